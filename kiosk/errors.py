"""Faults of the world, shown kindly to the person, and values a service refuses, with a code a screen
says in words; anything else is a bug of ours and is logged."""

from __future__ import annotations

import enum


class Problem(enum.Enum):
    DATABASE_LOCKED = "database_locked"
    DATABASE_CORRUPT = "database_corrupt"
    DATABASE_NEWER = "database_newer"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DATABASE_GONE = "database_gone"  # the file or its folder was removed or replaced under the kiosk


class KioskError(Exception):
    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class Invalid(enum.Enum):
    """What is wrong with a value someone typed or chose; a screen says it in their language."""

    FIRST_NAME_MISSING = "first_name_missing"
    BIRTH_YEAR = "birth_year"  # not a year between the oldest allowed and this one
    ANSWER = "answer"  # a role or an answer that is not one of the codes
    ITEM_NAME_MISSING = "item_name_missing"
    VISIT_ENDS_BEFORE_START = "visit_ends_before_start"
    VISIT_IN_FUTURE = "visit_in_future"
    ROOM_NAME_MISSING = "room_name_missing"
    PIN_FORMAT = "pin_format"
    SCANNER_GAP = "scanner_gap"  # outside the range the scanner test page offers
    SCANNER_PREFIX = "scanner_prefix"  # too long, or white space or control characters
    DAY = "day"  # a day that is not YYYY-MM-DD
    PERIOD_DATES = "period_dates"  # a role period's start missing or not a day, or its end before it
    PERIOD_VALUES = "period_values"  # weekdays or hours a day that cannot be
    PERIOD_OVERLAP = "period_overlap"  # another period of the same role covers some of the same days
    SETTING = "setting"  # a value a room setting does not take (kiosk/settings_catalog.py says which and why)
    STAFF_NAME_MISSING = "staff_name_missing"
    STAFF_NAME_TAKEN = "staff_name_taken"  # an enabled account has this name (the PIN screen lists names)
    LAST_COORDINATOR = "last_coordinator"  # disabling it would leave no one to manage the room


class InvalidInput(ValueError):
    """A value a service refuses, before anything is written. Still a ValueError; its text is the
    developer's (English, for the log), and ``invalid`` is what a screen turns into words."""

    def __init__(self, invalid: Invalid, detail: str):
        super().__init__(detail)
        self.invalid = invalid
