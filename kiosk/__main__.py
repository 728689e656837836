"""The ``kiosk`` command: the kiosk itself, or one of the staff sub-commands."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__

if TYPE_CHECKING:
    from kiosk.errors import KioskError


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="kiosk", description="Front-desk kiosk for a community workroom.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the per-user data folder)")
    parser.add_argument("--windowed", action="store_true", help="a 1280x800 window instead of full screen")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data first")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="make a new, empty kiosk database (refuses an existing file)")
    init.add_argument("--db", type=Path, required=True, dest="sub_db")
    init.add_argument("--room", metavar="NAME", help="the room's name (shown on the home screen and the cards)")
    init.add_argument("--coordinator", metavar="NAME",
                      help="the room's first coordinator (staff account); the PIN is asked twice, never on the command line")

    demo = commands.add_parser("demo", help="write realistic demo data into an empty database")
    demo.add_argument("--db", type=Path, required=True, dest="sub_db")
    demo.add_argument("--people", type=int, default=120)
    demo.add_argument("--months", type=int, default=6)
    demo.add_argument("--seed", type=int, default=1)

    export = commands.add_parser("export", help="write people.csv and visits.csv")
    export.add_argument("--db", type=Path, required=True, dest="sub_db")
    export.add_argument("--out", type=Path, required=True)

    cards = commands.add_parser("cards", help="an A4 PDF of cut-out QR cards")
    cards.add_argument("--db", type=Path, required=True, dest="sub_db")
    cards.add_argument("--out", type=Path, required=True)
    cards.add_argument("--person", type=int, action="append", default=[], metavar="ID", help="only this person (repeatable)")
    cards.add_argument("--new-since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only people registered since")

    labels = commands.add_parser("labels", help="an A4 PDF of small QR labels for the items")
    labels.add_argument("--db", type=Path, required=True, dest="sub_db")
    labels.add_argument("--out", type=Path, required=True)

    lunch_list = commands.add_parser("lunch-list", help="the cook's list for one lunch, as a PDF")
    lunch_list.add_argument("--db", type=Path, required=True, dest="sub_db")
    lunch_list.add_argument("--date", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    lunch_list.add_argument("--out", type=Path, required=True)

    activities = commands.add_parser("activities", help="the month's programme with the rosters, as a PDF (and CSV)")
    activities.add_argument("--db", type=Path, required=True, dest="sub_db")
    activities.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    activities.add_argument("--out", type=Path, required=True)
    activities.add_argument("--csv", type=Path, metavar="DIR", help="also sessions-YYYY-MM.csv and roster-YYYY-MM.csv")

    report = commands.add_parser("report", help="the monthly report for the funders, as a PDF")
    report.add_argument("--db", type=Path, required=True, dest="sub_db")
    span = report.add_mutually_exclusive_group(required=True)
    span.add_argument("--month", type=_month, metavar="YYYY-MM")
    span.add_argument("--quarter", type=_quarter, metavar="YYYYQN", help="a quarter, e.g. 2026Q4: answers by gender too")
    span.add_argument("--year", type=_year, metavar="YYYY", help="a year, e.g. 2026: answers by gender too")
    report.add_argument("--out", type=Path, required=True)
    report.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    report.add_argument("--participants", action="store_true", help="append the confidential participant list")
    report.add_argument("--attendance-cards", action="store_true",
                        help="append a confidential attendance card for each work-trial or rehabilitative participant")
    report.add_argument("--csv", type=Path, metavar="DIR", help="also write the figures as CSV files into DIR")
    report.add_argument("--authorised", action="store_true",
                        help="exact counts for the ESF+ audit, gender cross-tables and attendance; LUOTTAMUKSELLINEN on every page")

    import_people = commands.add_parser("import-people", help="bring in an existing visitor list (CSV)")
    import_people.add_argument("file", type=Path)
    import_people.add_argument("--db", type=Path, required=True, dest="sub_db")

    import_visits = commands.add_parser("import-visits", help="bring in earlier paper sign-in sheets (CSV)")
    import_visits.add_argument("file", type=Path)
    import_visits.add_argument("--db", type=Path, required=True, dest="sub_db")

    import_periods = commands.add_parser("import-periods", help="bring in dated role periods (work trial, rehabilitative work, ...) (CSV)")
    import_periods.add_argument("file", type=Path)
    import_periods.add_argument("--db", type=Path, required=True, dest="sub_db")

    backup = commands.add_parser("backup", help="a verified copy of the database into a folder (the last 30 kept)")
    backup.add_argument("--db", type=Path, required=True, dest="sub_db")
    backup.add_argument("--to", type=Path, required=True)

    restore = commands.add_parser("restore", help="put a backup (a file, or the off-site copy) in place of the database")
    restore.add_argument("backup", type=Path, nargs="?")
    restore.add_argument("--db", type=Path, required=True, dest="sub_db")
    restore.add_argument("--remote", metavar="NAME", help="an rclone remote (and folder) holding the room's off-site copies; "
                         "the recovery key is asked, or read from KIOSK_RECOVERY_KEY")
    restore.add_argument("--at", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the newest copy made on or before this day")
    restore.add_argument("--force", action="store_true", help="replace an existing database (it is kept aside)")

    exchange = commands.add_parser("exchange", help="the month's figures for the room's network, as a JSON exchange file")
    exchange.add_argument("--db", type=Path, dest="sub_db")
    exchange.add_argument("--month", type=_month, metavar="YYYY-MM")
    exchange.add_argument("--from-csv", type=Path, metavar="FILE", help="a filled docs/exchange-template.csv instead of a database")
    exchange.add_argument("--out", type=Path, required=True)

    network = commands.add_parser("network-report", help="the coordinator's report over the rooms' exchange files (no database)")
    network.add_argument("--from", type=Path, required=True, dest="source", metavar="FOLDER_OR_REMOTE",
                         help="a folder of exchange files, or an rclone remote holding them (verkosto:kuukaudet)")
    network.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    network.add_argument("--out", type=Path, required=True)
    network.add_argument("--csv", type=Path, metavar="DIR", help="also write the tables as CSV files into DIR")
    network.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="the PDF's language (default fi)")

    setup = commands.add_parser("offsite-setup", help="set the room's encrypted off-site copies and print the recovery sheet")
    setup.add_argument("--db", type=Path, required=True, dest="sub_db")
    setup.add_argument("--kind", choices=("webdav", "s3", "sftp"), required=True)
    setup.add_argument("--url", required=True, help="the server's address (S3: the endpoint; SFTP: host[:port])")
    setup.add_argument("--user", default="", help="the user (S3: the access key id)")
    setup.add_argument("--path", default="kiosk", help="the folder on the server (S3: bucket/folder)")
    setup.add_argument("--sheet", type=Path, required=True, metavar="FILE.pdf", help="where to write the recovery sheet")
    setup.add_argument("--new-key", action="store_true", help="make a new recovery key (older copies keep the old one)")
    setup.add_argument("--lang", choices=("fi", "sv", "en"), default=None,
                       help="the recovery sheet's language (default: the room's language setting)")

    absences = commands.add_parser("absences", help="work-trial and rehabilitative participants' absence notice "
                                   "(laid out like Kela's TT3) and monthly attendance card, as PDF")
    absences.add_argument("--db", type=Path, required=True, dest="sub_db")
    who = absences.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=int, metavar="ID", help="one participant: --out is the PDF file")
    who.add_argument("--all", action="store_true", help="every participant: --out is a folder, one file each")
    absences.add_argument("--from", type=_day, required=True, dest="first", metavar="YYYY-MM-DD")
    absences.add_argument("--to", type=_day, required=True, dest="last", metavar="YYYY-MM-DD")
    absences.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|DIR")

    _settings_parser(commands)

    shots = commands.add_parser("screenshots", help="render every screen to PNG, offscreen")
    shots.add_argument("--db", type=Path, required=True, dest="sub_db")
    shots.add_argument("--out", type=Path, required=True)
    shots.add_argument("--language", type=_choices(("fi", "sv", "en")), default=None,
                       help="only these languages, e.g. fi or fi,sv (default: fi,sv,en)")
    shots.add_argument("--look", type=_choices(("plain", "larger", "contrast", "bilingual")), default=None,
                       help="only these looks, e.g. plain or larger,contrast (default: all four)")
    return parser


def _settings_parser(commands) -> None:
    """kiosk settings export / import / table (issue 20): the room's settings as a template."""
    settings = commands.add_parser("settings", help="the room's settings as a template (export, import) or the README table")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the room's settings (no PIN, no secrets, no personal data) as JSON")
    export.add_argument("--db", type=Path, required=True, dest="sub_db")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    taken = actions.add_parser("import", help="set the room's settings from a template; nothing is set if any value is wrong")
    taken.add_argument("file", type=Path, metavar="FILE.json")
    taken.add_argument("--db", type=Path, required=True, dest="sub_db")
    actions.add_parser("table", help="print the README's table of settings (Markdown)")


def _settings(args) -> int:
    from kiosk import settings_template as template

    if args.action == "table":
        print(template.markdown_table(), end="")
        return 0
    if args.action == "export":
        from kiosk.output_files import written_whole

        with _database(args) as db:
            document = template.export(db)
        with written_whole(args.out) as writing:
            writing.write_text(template.dumps(document), encoding="utf-8")
        print(f"{len(document['settings'])} settings written to {args.out} (no PIN, no secrets, no personal data)")
        return 0
    from kiosk.clock import SystemClock

    try:
        values = template.parse(args.file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        values, problems = None, ["not a UTF-8 text file"]
    except template.TemplateError as error:
        values, problems = None, [p.sentence() for p in error.problems]
    if values is None:
        for problem in problems:
            print(f"kiosk settings import: {args.file}: {problem}", file=sys.stderr)
        print("kiosk settings import: nothing was set: fix the file and run again", file=sys.stderr)
        return 1
    with _database(args) as db:
        template.apply(db, values, SystemClock().now())
    print(f"{len(values)} settings set from {args.file} (each change in the audit log)")
    return 0


def _choices(allowed: tuple[str, ...]):
    def parse(text: str) -> tuple[str, ...]:
        chosen = tuple(part.strip() for part in text.split(",") if part.strip())
        wrong = [part for part in chosen if part not in allowed]
        if wrong or not chosen:
            raise _wrong(f"not one of {', '.join(allowed)}: {text!r}")
        return chosen

    return parse


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text) if len(text) == 10 else date.fromisoformat("")
    except ValueError:
        raise _wrong(f"not a day (YYYY-MM-DD): {text!r}") from None


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise _wrong(f"not a month (YYYY-MM): {text!r}") from None
    return year, month


def _quarter(text: str) -> tuple[int, int]:
    """2026Q4 -> (2026, 10): the quarter's first month."""
    year, _, number = text.upper().partition("Q")
    if not (year.isdigit() and len(year) == 4 and number in ("1", "2", "3", "4")):
        raise _wrong(f"not a quarter (YYYYQN, e.g. 2026Q4): {text!r}")
    return int(year), 3 * int(number) - 2


def _year(text: str) -> tuple[int, int]:
    if not (text.isdigit() and len(text) == 4 and int(text) >= 1):
        raise _wrong(f"not a year (YYYY): {text!r}")
    return int(text), 1


@contextmanager
def _database(args, new_allowed: bool = False) -> Iterator:
    """The sub-commands' database, closed however the command ends. Only a kiosk database is
    opened: a mistyped path is refused, never made into an empty room."""
    from kiosk.db import open_database
    from kiosk.db.identity import require_ours

    if not (new_allowed and not args.sub_db.exists()):
        require_ours(args.sub_db)
    db = open_database(args.sub_db)
    try:
        yield db
    finally:
        db.close()


def _wrong(message: str) -> Exception:
    import argparse

    return argparse.ArgumentTypeError(message)


def _kiosk_options(argv: list[str]):
    """``kiosk [--db PATH] [--windowed] [--demo]`` read without argparse, whose import and 20
    sub-command parsers cost the kiosk's start ~15 ms before home is on screen (issue 23); None
    for anything else (a sub-command, --help, a mistake), which argparse reads and answers."""
    from types import SimpleNamespace

    found = {"db": None, "windowed": False, "demo": False, "command": None}
    words = iter(argv)
    for word in words:
        if word == "--db":
            value = next(words, None)
            if value is None:
                return None
            found["db"] = Path(value)
        elif word.startswith("--db="):
            found["db"] = Path(word.removeprefix("--db="))
        elif word in ("--windowed", "--demo"):
            found[word[2:]] = True
        else:
            return None
    return SimpleNamespace(**found)


def main(argv: list[str] | None = None) -> int:
    from_command_line = argv is None  # not a test calling main() in its own process
    argv = sys.argv[1:] if argv is None else argv
    args = _kiosk_options(argv) or _parser().parse_args(argv)
    if args.command is None and from_command_line:
        # No cyclic garbage collection until home is painted (kiosk/app.py turns it back on): the
        # start's imports, enums and widgets made it run ~30 times, ~4 ms of the cold start
        # (issue 23). Little of what the start makes is garbage, and none of it for long.
        import gc

        from kiosk import font_warmup

        gc.disable()
        font_warmup.begin()  # while Qt is imported
    if args.command is not None and from_command_line:
        from kiosk.priority import lower_this_process

        lower_this_process()
    # Everything the kiosk writes (database, log, backups, exports, PDFs: names and card codes) is
    # readable by its own user only.
    previous = os.umask(0o077)
    try:
        return _run(args)
    finally:
        os.umask(previous)  # main() called in a test process leaves its umask as it was


def _run(args) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    name = f"kiosk {args.command}" if args.command else "kiosk"
    try:
        if args.command is None:
            from kiosk.app import run

            return run(args.db, args.windowed, args.demo)
        return COMMANDS[args.command](args)
    except OSError as error:
        # A full disk, a folder it may not write: one sentence, never a traceback.
        where = f" ({error.filename})" if error.filename else ""
        print(f"{name}: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except Exception as error:
        # Imported only here, not before the kiosk's first frame: NotOurs with its dataclasses cost
        # the start ~5 ms, KioskError with its enums ~1 ms (issue 23).
        from kiosk.db.identity import NotOurs
        from kiosk.errors import KioskError

        if isinstance(error, KioskError):
            print(f"{name}: {_problem_sentence(error)}", file=sys.stderr)
        elif isinstance(error, NotOurs):
            print(f"{name}: {error}", file=sys.stderr)
        else:
            raise
        return 2


def _problem_sentence(error: KioskError) -> str:
    from kiosk.errors import Problem

    sentences = {
        Problem.DATABASE_LOCKED: "the database is busy (another program is writing to it); try again in a moment",
        Problem.DISK_FULL: "the disk is full; free some space and try again",
        Problem.READ_ONLY: "the database cannot be written (a read-only file, folder or disk)",
        Problem.DATABASE_CORRUPT: "the database is damaged or not a kiosk database; restore a backup with: kiosk restore",
        Problem.DATABASE_GONE: "the database file was removed or replaced while the command ran; nothing more was written",
    }
    return sentences.get(error.problem, str(error)) if error.problem is not Problem.DATABASE_NEWER else str(error)


def _init(args) -> int:
    from kiosk import settings_catalog
    from kiosk.db import open_database

    if args.sub_db.exists() or args.sub_db.is_symlink():
        print(f"kiosk init: {args.sub_db} exists already; init makes only new databases "
              "(to put a backup in place: kiosk restore)", file=sys.stderr)
        return 1
    if args.room:
        from kiosk.settings_template import Problem

        try:
            settings_catalog.validated({"room_name": args.room})
        except settings_catalog.InvalidSetting as error:  # said before any file is made
            print(f"kiosk init: --room: {Problem(error.key, error.reason).sentence()}", file=sys.stderr)
            return 2
    pin = None
    if args.coordinator:
        pin = _new_pin()
        if pin is None:
            return 1
    db = open_database(args.sub_db)
    try:
        if args.room:
            settings_catalog.put(db, {"room_name": args.room})
        room = settings_catalog.get(db, "room_name")
        if pin is not None:
            from kiosk.clock import SystemClock
            from kiosk.staff_access import StaffAccess

            StaffAccess(db, SystemClock()).first_coordinator(args.coordinator, pin)
    finally:
        db.close()
    print(f"made a new kiosk database for the room {room!r}: {args.sub_db}"
          + (f"; coordinator {args.coordinator!r}" if pin else ""))
    return 0


def _new_pin() -> str | None:
    """The first coordinator's PIN, twice: asked without echo on a terminal, else two lines of
    standard input (a setup script). Never an argument: those show in the process list."""
    import getpass

    from kiosk.staff_access import valid_pin

    if sys.stdin.isatty():
        first, second = getpass.getpass("PIN (4-8 digits): "), getpass.getpass("the same PIN again: ")
    else:
        first, second = sys.stdin.readline().strip(), sys.stdin.readline().strip()
    if not valid_pin(first):
        print("kiosk init: a PIN is 4 to 8 digits", file=sys.stderr)
        return None
    if first != second:
        print("kiosk init: the two PINs differ", file=sys.stderr)
        return None
    return first


def _demo(args) -> int:
    from kiosk import demo
    from kiosk.clock import SystemClock

    made = not args.sub_db.exists()
    try:
        with _database(args, new_allowed=True) as db:  # demo data only into a kiosk database or a new one
            summary = demo.fill(db, SystemClock(), people=args.people, months=args.months, seed=args.seed)
    except ValueError as error:
        print(f"kiosk demo: {error}", file=sys.stderr)
        return 1
    print(("made a new kiosk database with " if made else "")
          + f"{summary.people} people, {summary.visits} visits, {summary.present_now} in the room now: {args.sub_db}")
    return 0


def _export(args) -> int:
    from kiosk.export import export

    with _database(args) as db:
        for path in export(db, args.out):
            print(path)
    return 0


def _cards(args) -> int:
    from kiosk.cards import write_cards
    from kiosk.output_files import written_whole

    with _database(args) as db, written_whole(args.out) as writing:
        count = write_cards(db, writing, person_ids=args.person, new_since=args.new_since)
    print(f"{count} cards: {args.out}")
    return 0 if count else 1


def _labels(args) -> int:
    from kiosk.labels import write_labels
    from kiosk.output_files import written_whole

    with _database(args) as db, written_whole(args.out) as writing:
        count = write_labels(db, writing)
    print(f"{count} labels: {args.out}")
    return 0 if count else 1


def _lunch_list(args) -> int:
    from kiosk.clock import SystemClock
    from kiosk.lunch_list import write_lunch_list
    from kiosk.output_files import written_whole

    with _database(args) as db, written_whole(args.out) as writing:
        written = write_lunch_list(db, SystemClock(), args.date, writing)
    if not written:
        print(f"kiosk lunch-list: no lunch on {args.date}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def _activities(args) -> int:
    from kiosk.clock import SystemClock
    from kiosk.output_files import written_whole
    from kiosk.programme import write_month, write_month_csv

    (year, month) = args.month
    with _database(args) as db:
        with written_whole(args.out) as writing:
            count = write_month(db, SystemClock(), year, month, writing)
        csv_paths = write_month_csv(db, SystemClock(), year, month, args.csv) if args.csv else []
    for path in (args.out, *csv_paths):
        print(path)
    if not count:
        print(f"kiosk activities: no activities in {year:04d}-{month:02d}", file=sys.stderr)
    return 0


def _run_import(args, importer) -> int:
    """The importers share one shape: read the whole file, then all rows or none."""
    from kiosk.clock import SystemClock

    with _database(args) as db:
        report = importer(db, SystemClock(), args.file)
    for line in report.lines():
        print(line, file=sys.stderr if report.errors else sys.stdout)
    return 1 if report.errors else 0


def _report(args) -> int:
    from kiosk import settings_catalog
    from kiosk.clock import SystemClock
    from kiosk.report import write_report
    from kiosk.output_files import written_whole
    from kiosk.report_csv import write_report_csv

    (year, month), months = args.month or args.quarter or args.year, 1 if args.month else 3 if args.quarter else 12
    with _database(args) as db:
        notes = settings_catalog.get(db, settings_catalog.report_notes_key(year, month)) if months == 1 else ""
        with written_whole(args.out) as writing:
            write_report(db, SystemClock(), year, month, writing, lang=args.lang, participants=args.participants,
                         notes=notes, cards=args.attendance_cards, authorised=args.authorised, months=months)
        csv_paths = write_report_csv(db, SystemClock(), year, month, args.csv, lang=args.lang, months=months,
                                     authorised=args.authorised) if args.csv else []
    for path in (args.out, *csv_paths):
        print(path)
    return 0


def _import_people(args) -> int:
    from kiosk.people_import import import_people

    return _run_import(args, import_people)


def _import_visits(args) -> int:
    from kiosk.visits_import import import_visits

    return _run_import(args, import_visits)


def _import_periods(args) -> int:
    from kiosk.periods_import import import_periods

    return _run_import(args, import_periods)


def _backup(args) -> int:
    from kiosk.backup import BackupError, backup
    from kiosk.clock import SystemClock

    try:
        result = backup(args.sub_db, args.to, SystemClock())
    except BackupError as error:
        print(f"kiosk backup: {error}", file=sys.stderr)
        return 1
    print(result.path)
    return 0


def _restore(args) -> int:
    if (args.backup is None) == (args.remote is None):
        print("kiosk restore: give a backup file or --remote NAME (not both)", file=sys.stderr)
        return 2
    if args.at is not None and args.remote is None:
        print("kiosk restore: --at chooses among the off-site copies; it needs --remote", file=sys.stderr)
        return 2
    if args.remote is None:
        return _restore_file(args, args.backup)
    from kiosk.offsite import OffsiteError, fetch, target_for_remote

    key = _recovery_key()
    if not key:
        print("kiosk restore: no recovery key given", file=sys.stderr)
        return 1
    args.sub_db.parent.mkdir(parents=True, exist_ok=True)
    fetched = args.sub_db.with_name(f".{args.sub_db.name}.fetching-{os.getpid()}")
    try:
        try:
            name = fetch(target_for_remote(args.remote, key), fetched, args.at)
        except OffsiteError as error:
            print(f"kiosk restore: {error}", file=sys.stderr)
            return 1
        os.chmod(fetched, 0o600)
        print(f"fetched {name} from {args.remote}")
        return _restore_file(args, fetched, authenticated=True)
    finally:
        fetched.unlink(missing_ok=True)


def _recovery_key() -> str:
    """From KIOSK_RECOVERY_KEY, else asked without echo (or read from a pipe); case, spaces and
    dashes as typed from the sheet do not matter (offsite.normal_key)."""
    import getpass

    key = os.environ.get("KIOSK_RECOVERY_KEY")
    if key is None:
        key = getpass.getpass("recovery key: ") if sys.stdin.isatty() else sys.stdin.readline()
    return key.strip()


def _restore_file(args, backup_path: Path, authenticated: bool = False) -> int:
    from kiosk.backup import BackupError, check_backup, restore
    from kiosk.clock import SystemClock
    from kiosk.db.identity import State, examine
    from kiosk.kiosk_lock import KioskRunning

    try:
        brought = check_backup(backup_path, authenticated)  # ours, our schema and tables, the file's check: once
        print(f"brings:   {_contents(brought)}")
        current = examine(args.sub_db)
        if current.state is not State.MISSING:
            print(f"replaces: {_contents(current)}")
        done = restore(backup_path, args.sub_db, SystemClock(), force=args.force, checked=brought)
    except (BackupError, FileExistsError, KioskRunning) as error:
        print(f"kiosk restore: {error}", file=sys.stderr)
        return 1
    print(f"restored {args.remote or backup_path} to {args.sub_db}" + (f"; the replaced database is kept as {done.aside}" if done.aside else ""))
    return 0


def _contents(examined) -> str:
    """One line on a database: what a restore replaces and what it brings."""
    from kiosk.clock import local
    from kiosk.db.identity import State, sentence
    from kiosk.db.timestamps import from_text

    if examined.state is not State.OURS:
        return sentence(examined)
    last = f"{local(from_text(examined.last_visit)):%Y-%m-%d %H:%M}" if examined.last_visit else "none"
    return f"{examined.path}: {examined.people} people, {examined.visits} visits, last visit {last}"


def _exchange(args) -> int:
    from kiosk.exchange_format import ExchangeError, write

    if args.from_csv is not None:
        if args.sub_db is not None or args.month is not None:
            print("kiosk exchange: --from-csv takes the month from the sheet; leave out --db and --month", file=sys.stderr)
            return 2
        from datetime import datetime, timezone

        from kiosk.exchange_csv import from_csv

        document, errors = from_csv(args.from_csv, datetime.now(timezone.utc))
        for error in errors:
            print(f"kiosk exchange: {error}", file=sys.stderr)
        if document is None:
            print("kiosk exchange: nothing written: fix the lines above and run again", file=sys.stderr)
            return 1
    else:
        if args.sub_db is None or args.month is None:
            print("kiosk exchange: give --db and --month (or --from-csv)", file=sys.stderr)
            return 2
        from kiosk.clock import SystemClock
        from kiosk.exchange import NoSecret, build

        with _database(args) as db:
            try:
                document = build(db, SystemClock(), *args.month)
            except NoSecret as error:
                print(f"kiosk exchange: {error}", file=sys.stderr)
                return 1
    try:
        write(document, args.out)
    except ExchangeError as error:
        print(f"kiosk exchange: not written: {error}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def _network_report(args) -> int:
    from kiosk.network import network_month
    from kiosk.documents.network_report import write_csv, write_pdf

    import tempfile

    from kiosk.offsite import OffsiteError, download_folder

    year, month = args.month
    source = str(args.source)
    with tempfile.TemporaryDirectory(prefix="kiosk-network-") as fetched:
        if not args.source.is_dir() and re.match(r"^[^:/\\]{2,}:", source):  # an rclone remote, not C:\
            try:
                download_folder(source, Path(fetched))
            except OffsiteError as error:
                print(f"kiosk network-report: {source}: {error}", file=sys.stderr)
                return 1
            folder = Path(fetched)
        elif args.source.is_dir():
            folder = args.source
        else:
            print(f"kiosk network-report: {args.source} is not a folder of exchange files (nor an rclone remote)",
                  file=sys.stderr)
            return 2
        network = network_month(folder, f"{year:04d}-{month:02d}")
    for path, reason in network.unreadable:
        print(f"kiosk network-report: left out {reason}", file=sys.stderr)
    write_pdf(network, args.out, _helsinki_today(), lang=args.lang)
    for path in (args.out, *(write_csv(network, args.csv) if args.csv else ())):
        print(path)
    print(f"{len(network.rooms)} rooms sent {network.month}; missing: {len(network.missing)}; "
          f"replaced by a newer file: {len(network.replaced)}", file=sys.stderr)
    return 0


def _helsinki_today() -> date:
    """The day a document says it was made: Helsinki's, not the machine's zone (a machine kept in
    UTC is still on yesterday from midnight to 2 or 3 in Helsinki)."""
    from kiosk.clock import SystemClock, local

    return local(SystemClock().now()).date()


def _offsite_setup(args) -> int:
    """The password comes from KIOSK_OFFSITE_SECRET or is asked: never on the command line, where
    other users of the machine could see it."""
    import getpass

    from kiosk import offsite, offsite_secret, settings_catalog
    from kiosk.documents.recovery_sheet import write_sheet

    secret = os.environ.get("KIOSK_OFFSITE_SECRET")
    if secret is None:
        secret = getpass.getpass("password / secret key: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    with _database(args) as db:
        key = settings_catalog.get(db, "offsite_key")
        if not key or args.new_key:
            key = offsite.new_key()
        target = offsite.target_from_settings(args.kind, args.url, args.user, secret, args.path, key)
        try:
            count = offsite.test_connection(target)
        except offsite.OffsiteError as error:
            print(f"kiosk offsite-setup: the connection failed, nothing was saved: {error}", file=sys.stderr)
            return 1
        write_sheet(args.sheet, settings_catalog.get(db, "room_name"), f"{args.kind} {args.url} /{args.path}", key, _helsinki_today(),
                    args.lang or settings_catalog.get(db, "language"))
        offsite_secret.save(db.path, secret)  # beside the database, never inside it (kiosk/offsite_secret.py)
        settings_catalog.remove(db, "offsite_secret")  # where the first version kept it
        settings_catalog.put(db, {"offsite_kind": args.kind, "offsite_url": args.url, "offsite_user": args.user,
                                  "offsite_path": args.path, "offsite_key": key})
    print(f"connection works ({count} copies there); recovery sheet: {args.sheet} (print it, keep it locked away, "
          "delete the file)")
    return 0


def _absences(args) -> int:
    from kiosk.absence_notice import write_absences, write_all
    from kiosk.clock import SystemClock
    from kiosk.output_files import written_whole

    if args.last < args.first:
        print(f"kiosk absences: --to {args.last} is before --from {args.first}", file=sys.stderr)
        return 1
    with _database(args) as db:
        if args.all:
            written = write_all(db, SystemClock(), args.first, args.last, args.out)
        else:
            with written_whole(args.out) as writing:
                written = [args.out] if write_absences(db, SystemClock(), args.person, args.first, args.last, writing) else []
    if not written:
        print(f"kiosk absences: no work-trial or rehabilitative period {'of person ' + str(args.person) + ' ' if args.person else ''}"
              f"between {args.first} and {args.last}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _screenshots(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import screenshots
    from kiosk.db.identity import require_ours

    if args.sub_db.exists():
        require_ours(args.sub_db)  # a missing one: demo data on a copy, nothing made at the path
    for path in screenshots(args.sub_db, args.out, args.language, args.look):
        print(path)
    return 0


COMMANDS = {
    "init": _init,
    "demo": _demo,
    "export": _export,
    "cards": _cards,
    "labels": _labels,
    "lunch-list": _lunch_list,
    "activities": _activities,
    "report": _report,
    "import-people": _import_people,
    "import-visits": _import_visits,
    "import-periods": _import_periods,
    "backup": _backup,
    "restore": _restore,
    "screenshots": _screenshots,
    "exchange": _exchange,
    "network-report": _network_report,
    "offsite-setup": _offsite_setup,
    "absences": _absences,
    "settings": _settings,
}

if __name__ == "__main__":
    sys.exit(main())
