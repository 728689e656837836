"""Faults of the world, shown kindly to the person; anything else is a bug of ours and is logged."""

from __future__ import annotations

import enum


class Problem(enum.Enum):
    DATABASE_LOCKED = "database_locked"
    DATABASE_CORRUPT = "database_corrupt"
    DATABASE_NEWER = "database_newer"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"


class KioskError(Exception):
    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
