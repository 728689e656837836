"""Closing time: the attendant's checklist, visits left open closed automatically, the day's backup,
and the attendant's own fixes to visits (each one audit-logged)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk import backup, exchange, exchange_format, offsite, offsite_secret, opening_hours, settings_catalog
from kiosk.background_work import at_once, in_background
from kiosk.checkin import CheckinService, Present
from kiosk.clock import local, local_day_start
from kiosk.db import Database, audit
from kiosk.db import closing as closing_table
from kiosk.db.timestamps import from_text
from kiosk.errors import Invalid, InvalidInput
from kiosk.lending import LendingService, OpenLoan
from kiosk.lunch import LunchList, LunchService
from kiosk.names import shown_name
from kiosk.staff_access import StaffSession, who

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backup_folder"
DONE_ON = "closing_done_on"
OFFSITE_OK_AT, OFFSITE_ERROR = "offsite_last_ok_at", "offsite_last_error"
OFFSITE_EVERY = "offsite_every_hours"  # 0: only after the daily backup
OFFSITE_FIELDS = ("kind", "url", "user", "path")  # offsite_<field> in the settings; the secret is not there
ON_REMOTE = "offsite:"  # network_folder "offsite:verkosto": that folder on the room's off-site remote
RETRY_AFTER = timedelta(minutes=30)  # a push that failed (no network) is tried again after this
NETWORK_FOLDER, NETWORK_SENT = "network_folder", "network_sent_month"


@dataclass(frozen=True)
class BackupRun:
    at: datetime
    ok: bool
    file: str
    message: str  # "<failure>: <the system's English, for the log>"

    @property
    def failure(self) -> backup.Failure | None:
        if self.ok:
            return None
        code = self.message.split(":", 1)[0]
        return next((f for f in backup.Failure if f.value == code), backup.Failure.COPY)


@dataclass(frozen=True)
class Checklist:
    closes_at: datetime | None  # today's closing time; None on a closed day
    present: list[Present]
    loans_out: list[OpenLoan]
    next_lunch: LunchList | None
    last_backup: BackupRun | None
    offsite_stale: bool = False  # an off-site remote is set and its last copy is older than two days


@dataclass(frozen=True)
class SavedRemote:
    key: str
    sheet: Path | None  # the recovery sheet written because a new key was made


@dataclass(frozen=True)
class DayVisit:
    visit_id: int
    person_id: int
    shown_name: str
    check_in: datetime
    check_out: datetime | None
    automatic: bool


class ClosingService:
    def __init__(self, db: Database, clock, checkin: CheckinService, lending: LendingService, lunch: LunchService,
                 pushes: offsite.Background | None = None, session: StaffSession | None = None,
                 background=in_background):
        self._db, self._clock = db, clock
        self._session = session  # who is signed in, for the audit log
        self._checkin, self._lending, self._lunch = checkin, lending, lunch
        self._pushes = pushes or offsite.Background()
        self._last_try: datetime | None = None  # when a push was last started (this run of the kiosk)
        self._sending = None  # the exchange file's upload to the off-site remote (a Future)
        # The day's backup copies and checks the whole file (integrity_check: 15 s on a 50,000-person
        # database): on a thread, or the door froze at closing time. (when started, its Future)
        self._background = background
        self._daily: tuple[datetime, object] | None = None

    # --- the checklist
    def checklist(self) -> Checklist:
        today = local(self._clock.now()).date()
        upcoming = self._lunch.next_lunch()
        return Checklist(
            opening_hours.closing_at(self._db, today),
            self._checkin.present(),
            self._lending.open_loans(),
            self._lunch.list_for(upcoming.day) if upcoming else None,
            self.last_backup(),
            self.offsite_stale(),
        )

    # --- the attendant's hand
    def check_out(self, visit_id: int) -> bool:
        now = self._clock.now()
        with self._db.transaction() as conn:
            visit = closing_table.visit(self._db, visit_id)
            if visit is None or not closing_table.close(conn, visit_id, now, automatic=False):
                return False
            audit.record(conn, now, who(self._session), "check_out_by_staff", visit["person_id"], f"visit {visit_id}")
        return True

    def check_out_all(self) -> int:
        return sum(self.check_out(p.visit_id) for p in self._checkin.present())

    def visits_on(self, day: date) -> list[DayVisit]:
        rows = closing_table.visits_between(self._db, local_day_start(day), local_day_start(day + timedelta(days=1)))
        return [
            DayVisit(r["id"], r["person_id"], shown_name(r["first_name"], r["last_name"]), from_text(r["check_in_at"]),
                     from_text(r["check_out_at"]) if r["check_out_at"] else None, bool(r["auto_checkout"]))
            for r in rows
        ]

    def fix_times(self, visit_id: int, check_in: datetime, check_out: datetime | None) -> None:
        """Set a visit's real times. The audit log keeps the old and new times, not who it was."""
        now = self._clock.now()
        if check_out is not None and check_out < check_in:
            raise InvalidInput(Invalid.VISIT_ENDS_BEFORE_START, "a visit cannot end before it begins")
        if check_in > now or (check_out is not None and check_out > now):
            raise InvalidInput(Invalid.VISIT_IN_FUTURE, "a visit cannot be in the future")
        with self._db.transaction() as conn:
            visit = closing_table.visit(self._db, visit_id)
            if visit is None:
                raise ValueError(f"no visit {visit_id}")
            closing_table.set_times(conn, visit_id, check_in, check_out)
            audit.record(conn, now, who(self._session), "visit_times_fixed", visit["person_id"],
                         f"visit {visit_id}: {visit['check_in_at']}–{visit['check_out_at'] or ''} -> "
                         f"{check_in.isoformat()}–{check_out.isoformat() if check_out else ''}")

    # --- by itself
    def close_left_open(self) -> int:
        """Close every visit still open after its day's closing time, flagged as automatic. A visit
        begun after closing (an evening course) stays open until the end of its day."""
        now = self._clock.now()
        closed = 0
        for visit in closing_table.open_visits(self._db):
            check_in = from_text(visit["check_in_at"])
            day = local(check_in).date()
            closes = opening_hours.closing_at(self._db, day)
            at = closes if closes is not None and check_in < closes else local_day_start(day + timedelta(days=1)) - timedelta(seconds=1)
            if now < at:
                continue
            with self._db.transaction() as conn:
                closed += closing_table.close(conn, visit["id"], at, automatic=True)
        if closed:
            log.info("closing: %d visits left open were closed automatically", closed)
        return closed

    def backup_folder(self) -> Path:
        chosen = settings_catalog.get(self._db, BACKUP_FOLDER)
        return Path(chosen) if chosen else self._db.path.parent / "backups"

    def backup_now(self) -> BackupRun:
        """A backup now, waited for (staff's button, the command line)."""
        return self._recorded(self._clock.now(), at_once(backup.backup, self._db.path, self.backup_folder(), self._clock))

    def _recorded(self, at: datetime, made) -> BackupRun:
        error = made.exception()
        if error is None:
            run = BackupRun(at, True, str(made.result().path), "")
        elif isinstance(error, (backup.BackupError, OSError)):
            # A fault of the world with its reason, recorded for the checklist: no traceback.
            log.error("backup failed: %s", error)
            failure = error.failure if isinstance(error, backup.BackupError) else backup.Failure.FOLDER
            run = BackupRun(at, False, "", f"{failure.value}: {error}")
        else:
            raise error
        with self._db.transaction() as conn:
            closing_table.record_backup(conn, run.at, run.ok, run.file, run.message)
        return run

    def last_backup(self) -> BackupRun | None:
        row = closing_table.last_backup(self._db)
        return None if row is None else BackupRun(from_text(row["at"]), bool(row["ok"]), row["file"], row["message"])

    def tick(self) -> BackupRun | None:
        """Called every minute: closes what is left open, and once a day after closing time makes
        the day's backup on a thread of its own. Returns the backup at the tick that finds it done and
        records it. Each minute the main file catches up with the WAL, too."""
        self._db.checkpoint()
        self.close_left_open()
        now = self._clock.now()
        today = local(now).date()
        closes = opening_hours.closing_at(self._db, today)
        self.record_offsite()
        self.record_exchange()
        if closes is not None and now >= closes and settings_catalog.get(self._db, DONE_ON) != today.isoformat():
            settings_catalog.put(self._db, {DONE_ON: today.isoformat()})
            self._daily = now, self._background(backup.backup, self._db.path, self.backup_folder(), self._clock)
            self.send_exchange()
        finished = self._daily_finished()
        if finished is None and self._daily is None:
            self.push_if_due()
        return finished

    def _daily_finished(self) -> BackupRun | None:
        """The day's backup, recorded once its thread is done; then its off-site copy."""
        if self._daily is None or not self._daily[1].done():
            return None
        (at, made), self._daily = self._daily, None
        run = self._recorded(at, made)
        if run.ok:
            self.push_offsite(Path(run.file))
        return run

    def send_exchange(self) -> Path | None:
        """After month end, once: last month's exchange file into the network's folder (setting
        ``network_folder``: a synced or mounted folder the coordinator reads). A failure is logged
        and tried again at the next day's closing; the door never notices."""
        folder = settings_catalog.get(self._db, NETWORK_FOLDER).strip()
        year, month = exchange.previous_month(local(self._clock.now()).date())
        due = f"{year:04d}-{month:02d}"
        if not folder or settings_catalog.get(self._db, NETWORK_SENT) == due:
            return None
        if folder.startswith(ON_REMOTE):
            return self._send_exchange_remote(folder[len(ON_REMOTE):], year, month, due)
        try:
            document = exchange.build(self._db, self._clock, year, month)
            Path(folder).mkdir(parents=True, exist_ok=True)
            out = Path(folder) / exchange.file_name(document)
            exchange_format.write(document, out)
        except (OSError, ValueError) as error:  # a folder away, a full disk, no network secret
            log.error("exchange file for %s not sent: %s", due, error)
            return None
        settings_catalog.put(self._db, {NETWORK_SENT: due})
        log.info("exchange file for %s sent: %s", due, out)
        return out

    def _send_exchange_remote(self, folder: str, year: int, month: int, due: str) -> Path | None:
        """The exchange file uploaded to ``folder`` on the room's off-site remote (a folder the
        coordinator can read, e.g. one shared in the municipality's Nextcloud), on a thread: the
        file is made here, the upload's result is taken by the next minute's tick."""
        if self._sending is not None:
            return None
        try:
            target = self.offsite_target()
            if target is None:
                raise ValueError("network_folder is on the off-site remote, and no off-site remote is set")
            document = exchange.build(self._db, self._clock, year, month)
            out = self._db.path.with_name(f"{self._db.path.name}.{exchange.file_name(document)}")
            exchange_format.write(document, out)
        except (OSError, ValueError, offsite.OffsiteError) as error:
            log.error("exchange file for %s not sent: %s", due, error)
            return None
        dest = f"{folder.strip('/')}/{exchange.file_name(document)}"
        self._sending = in_background(offsite.upload_plain, target, out, dest)
        self._sending.month, self._sending.file = due, out
        return out

    def record_exchange(self) -> bool | None:
        """A finished upload of the exchange file: the month marked sent (or tried again at the
        next day's closing); None while none has finished."""
        sending = self._sending
        if sending is None or not sending.done():
            return None
        self._sending = None
        sending.file.unlink(missing_ok=True)
        if sending.exception() is not None:
            log.error("exchange file for %s not sent: %s", sending.month, sending.exception())
            return False
        settings_catalog.put(self._db, {NETWORK_SENT: sending.month})
        log.info("exchange file for %s sent to the off-site remote", sending.month)
        return True

    # --- the off-site copy, after each verified daily backup and every N hours
    def offsite_settings(self) -> dict[str, str]:
        """The remote as set: kind, url, user, path (no secret: it is not in the database)."""
        return {field: settings_catalog.get(self._db, f"offsite_{field}") for field in OFFSITE_FIELDS}

    def offsite_target(self) -> offsite.Target | None:
        """The room's remote from its settings and the secret file, or None when none is set."""
        offsite_secret.move_out(self._db, self._clock.now())  # once, from a database of the first version
        values = self.offsite_settings()
        key = settings_catalog.get(self._db, "offsite_key")
        if not values["kind"] or not values["url"] or not key:
            return None
        return offsite.target_from_settings(**values, secret=offsite_secret.load(self._db.path), key=key)

    def typed_target(self, kind: str, url: str, user: str, path: str, secret: str | None) -> offsite.Target:
        """A remote as staff typed it, for "Testaa yhteys"; ``secret`` None: the stored one."""
        stored = offsite_secret.load(self._db.path) if secret is None else secret
        return offsite.target_from_settings(kind, url, user, stored, path, settings_catalog.get(self._db, "offsite_key") or offsite.new_key())

    def configured(self) -> bool:
        return settings_catalog.is_set(self._db, "offsite_kind") and settings_catalog.is_set(self._db, "offsite_url")

    def secret_stored(self) -> bool:
        return offsite_secret.stored(self._db.path)

    def offsite_trouble(self) -> offsite.Trouble | None:
        """What went wrong with the last push, or None when it went well."""
        error = settings_catalog.get(self._db, OFFSITE_ERROR)
        return offsite.trouble_of(error) if error else None

    def now(self) -> datetime:
        return self._clock.now()

    def save_offsite(self, kind: str, url: str, user: str, path: str, secret: str | None, every_hours: int) -> SavedRemote:
        """Staff's remote saved (after a test that passed); ``secret`` None keeps the stored one.
        A new recovery key is made when the room has none, and then its recovery sheet is written
        into the exports folder (to print, lock away and delete). The audit log names each changed
        setting; the secret and the key only as "set" and "made", never their values."""
        key = settings_catalog.get(self._db, "offsite_key")
        if secret is not None:
            offsite_secret.save(self._db.path, secret)
        values = {"offsite_kind": kind, "offsite_url": url.strip(), "offsite_user": user.strip(),
                  "offsite_path": path.strip().strip("/"), OFFSITE_EVERY: str(every_hours)}
        settings_catalog.change(self._db, values, self._clock.now(), who(self._session))
        made = not key
        said = (["offsite secret: set"] if secret is not None else []) + (["offsite_key: a new key made"] if made else [])
        with self._db.transaction() as conn:
            if made:
                key = offsite.new_key()
                settings_catalog.put_in(conn, {"offsite_key": key})
            for text in said:
                audit.record(conn, self._clock.now(), who(self._session), "setting_changed", None, text)
        return SavedRemote(key, self.write_recovery_sheet() if made else None)

    def write_recovery_sheet(self, out: Path | None = None) -> Path:
        """The recovery sheet of the room's key, in the room's language (exports/ by default)."""
        from kiosk.documents.recovery_sheet import write_sheet

        today = local(self._clock.now()).date()
        out = out or self._db.path.parent / "exports" / f"palautusavain-{today.isoformat()}.pdf"
        out.parent.mkdir(parents=True, exist_ok=True)
        remote = self.offsite_settings()
        write_sheet(out, settings_catalog.get(self._db, "room_name"), f"{remote['kind']} {remote['url']} /{remote['path']}",
                    settings_catalog.get(self._db, "offsite_key"), today, settings_catalog.get(self._db, "language"))
        return out

    def every_hours(self) -> int:
        return settings_catalog.get(self._db, OFFSITE_EVERY)

    def push_offsite(self, backup_file: Path) -> bool:
        """Started on a thread of its own with a time limit: nothing at the door waits for the
        network. False when no remote is set, one is still running, or rclone is missing."""
        return self._start(lambda target, at: self._pushes.start(target, backup_file, at))

    def push_now(self) -> bool:
        """A fresh copy of the database, made and checked on the pushing thread, then pushed:
        "Tee kopio nyt", every N hours, and a retry after a push that failed."""
        return self._start(lambda target, at: self._pushes.start_fresh(target, self._db.path, at))

    def _start(self, begin) -> bool:
        try:
            target = self.offsite_target()
        except offsite.OffsiteError as error:
            settings_catalog.put(self._db, {OFFSITE_ERROR: str(error)})
            return False
        if target is None:
            return False
        now = self._clock.now()
        started = begin(target, now)
        if started:
            self._last_try = now
        return started

    def push_if_due(self) -> bool:
        """Every minute: a push when the last good one is ``offsite_every_hours`` old, or when the
        last one failed (no network) and RETRY_AFTER has passed since it was tried."""
        if self._pushes.busy() or not settings_catalog.is_set(self._db, "offsite_kind"):
            return False
        now = self._clock.now()
        if self._last_try is not None and now - self._last_try < RETRY_AFTER:
            return False
        last = self.last_offsite()
        every = self.every_hours()
        # Only a network that was away is worth trying again soon; a wrong password stays wrong.
        failed = offsite.trouble_of(settings_catalog.get(self._db, OFFSITE_ERROR)) is offsite.Trouble.NO_NETWORK
        due = (every > 0 and (last is None or now - last >= timedelta(hours=every))) or failed
        return due and self.push_now()

    def pushing(self) -> bool:
        return self._pushes.busy()

    def record_offsite(self) -> tuple[bool, str] | None:
        """A finished push's result into the settings (on the main thread, where the database is)."""
        result = self._pushes.take()
        if result is not None:
            ok, text = result
            if ok:
                settings_catalog.put(self._db, {OFFSITE_OK_AT: self._clock.now().isoformat(), OFFSITE_ERROR: ""})
            else:
                settings_catalog.put(self._db, {OFFSITE_ERROR: text})
        return result

    def last_offsite(self) -> datetime | None:
        text = settings_catalog.get(self._db, OFFSITE_OK_AT)
        return datetime.fromisoformat(text) if text else None

    def offsite_stale(self) -> bool:
        if not settings_catalog.is_set(self._db, "offsite_kind"):
            return False
        last = self.last_offsite()
        return last is None or self._clock.now() - last > offsite.STALE_AFTER
