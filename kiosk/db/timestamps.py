"""Times are stored as UTC ISO-8601 text with a Z, to the second, so text order is time order."""

from __future__ import annotations

from datetime import datetime, timezone


def to_text(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)
