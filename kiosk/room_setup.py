"""The room's own facts, asked at first start and changed later by staff: names, opening hours,
lunch days, the kiosk's behaviour; and at first start the first coordinator's name and PIN."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import opening_hours, settings_catalog
from kiosk.db import Database
from kiosk.errors import Invalid, InvalidInput
from kiosk.staff_access import StaffAccess, valid_pin, who

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


def save(db: Database, setup: RoomSetup) -> None:
    """All of it in one transaction."""
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
    settings_catalog.put(db, values)


class RoomSettings:
    """The same, for a screen: it holds the database so the screen does not; and every setting of
    the catalog for the settings screen (staff mode → Asetukset)."""

    def __init__(self, db: Database, clock=None, access: StaffAccess | None = None):
        self._db, self._clock = db, clock
        self._access = access or StaffAccess(db, clock)

    def value(self, key: str):
        """A setting's typed value (kiosk/settings_catalog.py)."""
        return settings_catalog.get(self._db, key)

    def stored(self, keys) -> dict[str, str]:
        """The stored text of each key (its default when none is stored)."""
        return {key: settings_catalog.stored(self._db, key) for key in keys}

    def change(self, values: dict[str, str], actor: str | None = None) -> dict[str, str]:
        """Validated whole (InvalidSetting names the first wrong one), then written in one
        transaction with an audit entry per changed key, naming who is signed in."""
        return settings_catalog.change(self._db, values, self._clock.now(), who(self._access.session, actor))

    def set_pin(self, pin: str) -> None:
        """The signed-in person's own new PIN (audit-logged as changed, never its hash)."""
        self._access.change_own_pin(pin)

    def needs_setup(self) -> bool:
        """No coordinator yet: there is no staff mode until the setup makes one."""
        return not self._access.is_set_up()

    def load(self) -> RoomSetup:
        return load(self._db)

    def save(self, setup: RoomSetup, pin: str | None = None, name: str = "") -> None:
        """``pin``: at first start the first coordinator's (named ``name``), later the signed-in
        person's new PIN; None keeps it. Checked before anything is written."""
        if pin is not None and not valid_pin(pin):
            raise InvalidInput(Invalid.PIN_FORMAT, "a PIN is 4 to 8 digits")
        save(self._db, setup)
        if pin is None:
            return
        if self.needs_setup():
            self._access.first_coordinator(name or "Koordinaattori", pin)
        else:
            self._access.change_own_pin(pin)
