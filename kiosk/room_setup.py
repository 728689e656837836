"""The room's own facts, asked at first start and changed later by staff: names, opening hours,
lunch days, the kiosk's behaviour, and the staff PIN."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import opening_hours, settings_catalog
from kiosk.db import Database
from kiosk.errors import Invalid, InvalidInput
from kiosk.staff_access import hash_pin, valid_pin

CAMERAS = settings_catalog.CATALOG["camera"].choices


@dataclass(frozen=True)
class RoomSetup:
    room_name: str
    organisation_name: str
    week: opening_hours.Week
    lunch_days: frozenset[int]  # weekdays, Monday 0
    screensaver_minutes: int = 10
    camera: str = "front"
    backup_folder: str = ""  # empty: backups/ beside the database


def needs_setup(db: Database) -> bool:
    return not settings_catalog.is_set(db, "staff_pin_hash")


def load(db: Database) -> RoomSetup:
    def value(key: str):
        return settings_catalog.get(db, key)

    return RoomSetup(
        room_name=value("room_name"),
        organisation_name=value("organisation_name"),
        week=opening_hours.week(db),
        lunch_days=frozenset(int(d) for d in value("lunch_weekdays")),
        screensaver_minutes=value("screensaver_minutes"),
        camera=value("camera"),
        backup_folder=value("backup_folder"),
    )


def save(db: Database, setup: RoomSetup, pin: str | None = None) -> None:
    """All of it in one transaction; ``pin`` None keeps the PIN there is."""
    if not setup.room_name.strip():
        raise InvalidInput(Invalid.ROOM_NAME_MISSING, "the room needs a name")
    if setup.camera not in CAMERAS:
        raise ValueError(f"not a camera choice: {setup.camera}")
    values = {
        "room_name": setup.room_name.strip(),
        "organisation_name": setup.organisation_name.strip(),
        "opening_hours": opening_hours.format_week(setup.week),
        "lunch_weekdays": ",".join(str(d) for d in sorted(setup.lunch_days)),
        "screensaver_minutes": str(max(1, min(setup.screensaver_minutes, 240))),
        "camera": setup.camera,
        "backup_folder": setup.backup_folder.strip(),
    }
    if pin is not None:
        if not valid_pin(pin):
            raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")
        values["staff_pin_hash"] = hash_pin(pin)
    settings_catalog.put(db, values)


class RoomSettings:
    """The same, for a screen: it holds the database so the screen does not; and every setting of
    the catalog for the settings screen (staff mode → Asetukset)."""

    def __init__(self, db: Database, clock=None):
        self._db, self._clock = db, clock

    def value(self, key: str):
        """A setting's typed value (kiosk/settings_catalog.py)."""
        return settings_catalog.get(self._db, key)

    def stored(self, keys) -> dict[str, str]:
        """The stored text of each key (its default when none is stored)."""
        return {key: settings_catalog.stored(self._db, key) for key in keys}

    def change(self, values: dict[str, str], actor: str = "staff") -> dict[str, str]:
        """Validated whole (InvalidSetting names the first wrong one), then written in one
        transaction with an audit entry per changed key."""
        return settings_catalog.change(self._db, values, self._clock.now(), actor)

    def set_pin(self, pin: str, actor: str = "staff") -> None:
        """A new staff PIN, audit-logged as changed (never its hash)."""
        if not valid_pin(pin):
            raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")
        settings_catalog.change(self._db, {"staff_pin_hash": hash_pin(pin)}, self._clock.now(), actor)

    def needs_setup(self) -> bool:
        return needs_setup(self._db)

    def load(self) -> RoomSetup:
        return load(self._db)

    def save(self, setup: RoomSetup, pin: str | None = None) -> None:
        save(self._db, setup, pin)
