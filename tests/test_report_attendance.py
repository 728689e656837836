"""The monthly report's attendance section (issue 19): planned, present, absent by reason group and
not-arranged days, counted in statistics from the attendance service; exact only in the
authorised version; the attendance cards ask the supervisor to fix a visit left open."""

import re
import subprocess
from datetime import date

from kiosk.report import write_report
from kiosk.statistics import PlannedAttendance, planned_attendance
from tests.test_attendance import fortnight


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


# Tiina's November as of Friday 20.11.: the fortnight's days (test_attendance.fortnight), then
# Mon 16 – Thu 19 absent with no reason given, Fri 20 (today) and the rest still to come.
NOVEMBER = PlannedAttendance(
    role="work_trial", participants=1, planned=19, present=3, hours=18.5, short_days=1, no_departure=1,
    absent=(("illness", 1), ("child_ill", 1), ("interview_or_office", 2), ("other", 0), ("missing", 4)),
    excused=4, not_arranged=2, upcoming=7,
)


def test_planned_days_are_counted_by_role_and_reason_group(db, people):
    clock, _, service = fortnight(db, people)
    assert planned_attendance(service.participations(date(2026, 11, 1), date(2026, 11, 30))) == (NOVEMBER,)


def test_the_authorised_report_has_the_section_and_the_public_one_no_count(db, people, tmp_path):
    clock, _, _ = fortnight(db, people)
    out = tmp_path / "authorised.pdf"
    write_report(db, clock, 2026, 11, out, authorised=True)
    text = pdf_text(out)
    section = text.split("Työkokeilu, koulutuskokeilu ja kuntouttava työtoiminta: läsnäolo")[1]
    for label, days in (("Osallistujat", 1), ("Suunnitellut päivät", 19), ("Läsnäolopäivät", 3), ("Tunnit", "18,5"),
                        ("Alle 4 tunnin päivät", 1), (r"Päivät, joiden ajat korjattava \(käynti jäi auki\)", 1),
                        ("Poissaolopäivät", 8), ("oma sairaus", 1), ("alle 10-vuotiaan lapsen sairaus", 1),
                        ("työhaastattelu tai luottamustehtävä", 2), ("muu syy", 0), ("syy puuttuu", 4),
                        ("näistä päivistä etuus maksetaan", 4), ("Päivät, joina palvelua ei järjestetty", 2)):
        assert re.search(rf"\n\s*{label}\s+{days}\n", section), label
    assert "Suunnitelluista päivistä 7 on vielä tulossa." in text and "Tiina" not in text
    public = tmp_path / "public.pdf"
    write_report(db, clock, 2026, 11, public)
    text = pdf_text(public)
    assert "syy puuttuu" not in text and "Suunnitellut päivät" not in text
    assert "(kiosk report --authorised)" in text  # the section says where its figures are


def test_the_attendance_card_asks_to_fix_a_visit_left_open(db, people, tmp_path):
    clock, _, _ = fortnight(db, people)
    out = tmp_path / "cards.pdf"
    write_report(db, clock, 2026, 11, out, cards=True)
    card = pdf_text(out).split("Läsnäolokortti – Tiina Työkokeilija")[1]
    assert re.search(r"12\.11\.2026\s+09\.00\s+\?\s+korjaa ajat", card)
    assert "Läsnäolopäiviä 3, joista alle 4 tunnin 1; tunteja 18,50" in card
    assert "Käynti jäi auki 1 päivänä (12.11.2026): ohjaaja korjaa ajat ennen allekirjoitusta" in card
    assert not re.search(r"12\.11\.2026.*(–|0,00)", card)


def test_the_authorised_csv_has_the_attendance_figures_and_the_public_one_none(db, people, tmp_path):
    from kiosk.report_csv import write_report_csv

    clock, _, _ = fortnight(db, people)
    write_report_csv(db, clock, 2026, 11, tmp_path / "public")
    assert not (tmp_path / "public" / "attendance_2026-11.csv").exists()
    write_report_csv(db, clock, 2026, 11, tmp_path / "exact", authorised=True)
    header, row = (tmp_path / "exact" / "attendance_2026-11.csv").read_text(encoding="utf-8-sig").splitlines()
    assert header.split(";") == ["role", "participants", "planned", "present", "hours", "short_days", "no_departure",
                                 "absences", "absent_illness", "absent_child_ill", "absent_interview_or_office",
                                 "absent_other", "absent_missing", "excused", "not_arranged", "upcoming"]
    assert row.split(";") == ["work_trial", "1", "19", "3", "18,5", "1", "1", "8", "1", "1", "2", "0", "4", "4", "2", "7"]
