"""The off-site remote's password (or S3 secret key), kept outside the database.

Why a file of its own: whatever is in the database travels inside every backup (a USB stick, a
folder that syncs elsewhere), every restored copy and every settings template, and a setting's
change is audit-logged with its old and new value. The password opens the storage where the room's
copies are, so whoever holds a stolen backup stick could delete them. So it lives in
``<database>.offsite-secret`` beside the database: readable by the kiosk's user only (mode 600,
like the database), never copied by a backup (SQLite's backup API copies the database file only),
never logged, never audited (only "set" or "removed" is).

How it is protected: encrypted with a key of this machine (Linux's /etc/machine-id, Windows'
MachineGuid): HMAC-SHA256 in counter mode as the key stream, a fresh random salt each time, and an
HMAC tag that refuses a changed or foreign file. Only Python's standard library does it (the venv
has no AES library, and rclone's ``obscure`` would not help an S3 secret key, which rclone takes in
plain text only). It is no defence against a program running as the kiosk's user on this machine,
which can read the machine id too; it makes the file alone useless anywhere else (a copy that lands
in a synced folder or an archive) and unreadable at a glance. Windows' DPAPI would tie it
to the Windows account as well; that needs pywin32, which the kiosk does not carry yet.

On a new machine after a restore there is no such file: staff type the password again in the
off-site screen (the recovery key comes back with the database).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
from pathlib import Path

from kiosk import settings_catalog
from kiosk.db import Database, audit

SUFFIX = ".offsite-secret"
OLD_KEY = "offsite_secret"  # where the first version kept it, in the settings table


def path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def machine_key() -> bytes:
    """This machine's own id, hashed with the kiosk's name so the key is ours alone."""
    found = ""
    if sys.platform.startswith("win"):
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                found = winreg.QueryValueEx(key, "MachineGuid")[0]
        except OSError:
            found = ""
    else:
        for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
            try:
                found = Path(candidate).read_text(encoding="ascii").strip()
            except OSError:
                continue
            if found:
                break
    return hashlib.sha256(f"workroom-kiosk offsite secret|{found}".encode()).digest()


def _stream(key: bytes, salt: bytes, length: int) -> bytes:
    blocks = (hmac.new(key, salt + n.to_bytes(4, "big"), hashlib.sha256).digest() for n in range(length // 32 + 1))
    return b"".join(blocks)[:length]


def seal(secret: str, key: bytes) -> str:
    salt = secrets.token_bytes(16)
    plain = secret.encode("utf-8")
    body = bytes(a ^ b for a, b in zip(plain, _stream(key, salt, len(plain))))
    tag = hmac.new(key, b"tag" + salt + body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(salt + tag + body).decode("ascii")


def unseal(text: str, key: bytes) -> str | None:
    """None when the text was sealed with another key (another machine) or changed."""
    try:
        raw = base64.urlsafe_b64decode(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None
    salt, tag, body = raw[:16], raw[16:48], raw[48:]
    if len(salt) < 16 or not hmac.compare_digest(tag, hmac.new(key, b"tag" + salt + body, hashlib.sha256).digest()):
        return None
    return bytes(a ^ b for a, b in zip(body, _stream(key, salt, len(body)))).decode("utf-8", "replace")


def save(db_path: Path, secret: str) -> None:
    """Sealed into a new private file, then renamed over the old one: never half written."""
    target = path_for(db_path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    text = json.dumps({"format": 1, "sealed": seal(secret, machine_key())})
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def load(db_path: Path) -> str:
    """The secret; "" when none is kept, or the file is unreadable or from another machine."""
    try:
        sealed = json.loads(path_for(db_path).read_text(encoding="utf-8")).get("sealed", "")
    except (OSError, ValueError, AttributeError):
        return ""
    return unseal(sealed, machine_key()) or ""


def stored(db_path: Path) -> bool:
    return bool(load(db_path))


def move_out(db: Database, at) -> bool:
    """A secret the first version kept in the settings table goes into the file, and out of the
    table (audit: that it moved, not what it is). True when one was moved. The backups made before
    still hold it: the README says to change the password on the server after the update."""
    old = settings_catalog.get(db, OLD_KEY)
    if not old:
        return False
    save(db.path, old)
    with db.transaction() as conn:
        settings_catalog.remove_in(conn, OLD_KEY)
        audit.record(conn, at, "system", "setting_changed", None, f"{OLD_KEY}: moved out of the database")
    return True
