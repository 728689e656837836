"""kiosk absences: the TT3-like absence notice and the monthly attendance card, read back with pdftotext."""

import re
import subprocess
import sys
from datetime import date

from kiosk import privacy
from kiosk.absence_notice import write_absences, write_all
from kiosk.db import settings
from tests.test_attendance import at, fortnight, period, visit

DAY_ROW = re.compile(r"^\s*(ma|ti|ke|to|pe|la|su) (\d+)\.(\d+)\.2026\s+(\S+)", re.M)


def pdf_pages(path) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout.split("\f")


def kiosk(*args):
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True)


def notice_rows(page: str) -> list[tuple[int, str]]:
    """(day of month, code) of each row of the notice's absence table."""
    table = page.split("Ajanjakso:")[1].split("\n", 1)[1].split("Koodit:")[0]
    table = re.split(r"käynti jäi auki|Palvelua ei järjestetty", table)[0]
    return [(int(m[2]), m[4]) for m in DAY_ROW.finditer(table)]


def test_the_fortnight_through_the_command(db, db_path, people, tmp_path):
    settings.put(db, "room_name", "Työhuone Kääntöpiiri")
    settings.put(db, "organisation_name", "Naapuriyhdistys ry")
    clock, tiina, _ = fortnight(db, people)
    out = tmp_path / "tiina.pdf"
    done = kiosk("absences", "--db", db_path, "--person", tiina.id, "--from", "2026-11-02", "--to", "2026-11-15",
                 "--out", out)
    assert (done.returncode, done.stdout.strip()) == (0, str(out))
    notice, card, *rest = pdf_pages(out)
    assert not "".join(rest).strip()  # two pages: the notice, November's card
    assert "Ilmoitus poissaolosta" in notice and "TT3" in notice
    assert "Tiina Työkokeilija" in notice and "Naapuriyhdistys ry · Työhuone Kääntöpiiri" in notice
    assert "Ajanjakso: ma 2.11.2026 – su 15.11.2026" in notice
    assert notice_rows(notice) == [(3, "S"), (4, "L"), (10, "H"), (11, "J")]
    assert "Eetu kuumeessa" in notice and "valtuuston kokous" in notice
    assert "to 12.11.2026: käynti jäi auki" in notice
    arranged = notice.split("Palvelua ei järjestetty")[1].split("Koodit:")[0]
    assert [int(m) for m in re.findall(r"pe (\d+)\.11\.2026", arranged)] == [6, 13]
    assert "Pyhäinpäivän jälkeinen loma" in arranged and "palvelua ei järjestetä" in arranged
    assert "Osallistujan allekirjoitus" in notice and "Järjestäjän edustajan allekirjoitus" in notice

    assert "Läsnäolokortti – Tiina Työkokeilija – marraskuu 2026" in card
    rows = {int(m[2]): m[0] for m in re.finditer(DAY_ROW.pattern + ".*$", card, re.M)}
    assert "3,50" in rows[5] and "läsnä" in rows[5] and "9,00" in rows[9]
    assert "?" in rows[12] and "korjaa ajat" in rows[12] and "0,00" not in rows[12]
    assert "Päiviä, joilta maksetaan 9 € päivässä: 3 (3 × 9 € = 27 €)" in card
    assert "Korvaus: kulukorvaus" in card and "Maksaja jaksolla: Kela." in " ".join(card.split())
    assert "to 5.11.2026: alle 4 tuntia (3,50 h)" in card and "ma 9.11.2026: yli 8 tuntia (9,00 h)" in card


def test_a_period_starting_mid_fortnight_and_one_ending_in_it(db, people, tmp_path):
    clock, tiina, service = fortnight(db, people)
    eino = people.add("Eino", "Myöhäinen")
    period(db, clock, eino.id, "rehab_work", "2026-11-09", "2026-11-12", weekdays="1,2,3", payer="Tampereen kaupunki")
    service.record_absence(eino.id, date(2026, 11, 10), "other", "ei syytä")
    visit(db, eino.id, at(2026, 11, 9, 9), at(2026, 11, 9, 14))
    out = tmp_path / "eino.pdf"
    assert write_absences(db, clock, eino.id, date(2026, 11, 2), date(2026, 11, 15), out)
    notice, card, *_ = pdf_pages(out)
    assert "Ajanjakso: ma 9.11.2026 – to 12.11.2026" in notice
    assert notice_rows(notice) == [(10, "M"), (11, "?")]  # the 11th: no reason given
    assert "Syy puuttuu" in notice and "Maksaja jaksolla: Tampereen kaupunki" in " ".join(card.split())
    assert "Korvaus: toimintaraha" in card
    assert sorted(int(m[2]) for m in DAY_ROW.finditer(card)) == [9, 10, 11]
    assert "Päiviä, joilta maksetaan 9 € päivässä: 1 " in card


def test_all_participants_one_file_each_without_names_in_file_names(db, db_path, people, tmp_path):
    clock, tiina, _ = fortnight(db, people)
    people.add("Ville", "Vierailija")  # a visitor: no paperwork
    eino = people.add("Eino", "Kuntoutuja")
    period(db, clock, eino.id, "rehab_work", "2026-11-01", weekdays="2,4")
    folder = tmp_path / "lomakkeet"
    done = kiosk("absences", "--db", db_path, "--all", "--from", "2026-11-02", "--to", "2026-11-15", "--out", folder)
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"poissaolot-{tiina.id}-2026-11-02-2026-11-15.pdf", f"poissaolot-{eino.id}-2026-11-02-2026-11-15.pdf"]
    assert "Eino Kuntoutuja" in pdf_pages(folder / files[1])[0]
    assert "Tiina" not in "".join(pdf_pages(folder / files[1]))


def test_no_period_and_bad_days_are_refused_in_words(db, db_path, people, tmp_path):
    ville = people.add("Ville", "Vierailija")
    done = kiosk("absences", "--db", db_path, "--person", ville.id, "--from", "2026-11-02", "--to", "2026-11-15",
                 "--out", tmp_path / "v.pdf")
    assert done.returncode == 1 and "no work-trial or rehabilitative period" in done.stderr
    assert not (tmp_path / "v.pdf").exists()
    done = kiosk("absences", "--db", db_path, "--all", "--from", "2026-11-15", "--to", "2026-11-02", "--out", tmp_path)
    assert done.returncode == 1 and "before --from" in done.stderr
    done = kiosk("absences", "--db", db_path, "--all", "--from", "2.11.2026", "--to", "2026-11-15", "--out", tmp_path)
    assert done.returncode == 2 and "not a day (YYYY-MM-DD)" in done.stderr


def test_an_erased_participant_keeps_no_name_on_a_regenerated_file(db, people, tmp_path):
    clock, tiina, _ = fortnight(db, people)
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    write_absences(db, clock, tiina.id, date(2026, 11, 2), date(2026, 11, 15), before)
    assert "Tiina" in "".join(pdf_pages(before))
    privacy.erase(db, clock, tiina.id)
    write_all(db, clock, date(2026, 11, 2), date(2026, 11, 15), tmp_path / "all")
    write_absences(db, clock, tiina.id, date(2026, 11, 2), date(2026, 11, 15), after)
    for out in (after, *(tmp_path / "all").iterdir()):
        text = "".join(pdf_pages(out))
        assert not any(word in text for word in ("Tiina", "Työkokeilija", "Eetu", "valtuuston"))
        assert re.search(r"Osallistuja\s+#\d+", text)
        assert notice_rows(pdf_pages(out)[0]) == [(3, "S"), (4, "L"), (10, "H"), (11, "J")]  # the days stay


def test_a_work_trial_ending_in_the_days_gets_the_feedback_form(db, people, tmp_path):
    from kiosk.clock import FixedClock

    clock = FixedClock(at(2026, 11, 20, 12))
    tiina = people.add("Tiina", "Työkokeilija")
    period(db, clock, tiina.id, "work_trial", "2026-10-12", "2026-11-11")
    eino = people.add("Eino", "Kuntoutuja")
    period(db, clock, eino.id, "rehab_work", "2026-10-12", "2026-11-11")  # rehabilitative work: no such form
    for day in (12, 13, 14, 19):
        visit(db, tiina.id, at(2026, 10, day, 9), at(2026, 10, day, 15))
    visit(db, tiina.id, at(2026, 11, 2, 9), at(2026, 11, 2, 13, 30))
    out = tmp_path / "tiina.pdf"
    write_absences(db, clock, tiina.id, date(2026, 11, 2), date(2026, 11, 15), out)
    *_, feedback = pdf_pages(out)[:-1] if not pdf_pages(out)[-1].strip() else pdf_pages(out)
    assert "Työkokeilun palaute" in feedback and "Tiina Työkokeilija" in feedback
    flat = " ".join(feedback.split())
    assert "Suunnitellut päivät 23 Läsnäolopäivät 5" in flat and "Tunnit yhteensä 28,50" in flat
    assert "Suositus jatkosta" in feedback
    earlier = tmp_path / "earlier.pdf"  # the fortnight before the end: no form yet
    write_absences(db, clock, tiina.id, date(2026, 10, 19), date(2026, 11, 1), earlier)
    assert "Työkokeilun palaute" not in "".join(pdf_pages(earlier))
    rehab = tmp_path / "eino.pdf"
    write_absences(db, clock, eino.id, date(2026, 11, 2), date(2026, 11, 15), rehab)
    assert "Työkokeilun palaute" not in "".join(pdf_pages(rehab))
