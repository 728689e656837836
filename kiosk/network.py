"""A network's month from its rooms' exchange files, on the coordinator's laptop: no kiosk database.

Each room is known by its id. Of two files of one room and month the later ``made_at`` wins (a room
that sent its month again corrected it); a file that is not a valid exchange file is listed with
its reason and counted nowhere. Totals are the sums of the rooms' own figures, code by code; distinct
visitors across rooms can only be known when every room of the month sent pseudonyms made with the
same network secret, otherwise the figure is the sum of the rooms' distinct visitors and says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kiosk.collation import name_key
from kiosk.exchange_format import ExchangeError, flatten, read

TREND_MONTHS = 12


@dataclass(frozen=True)
class RoomMonth:
    room_id: str
    name: str
    month: str
    file: Path
    document: dict

    @property
    def figures(self) -> dict:
        return self.document["figures"]


@dataclass(frozen=True)
class MissingRoom:
    room_id: str
    name: str
    last: RoomMonth  # the room's newest file of any earlier month


@dataclass(frozen=True)
class NetworkMonth:
    month: str
    rooms: tuple[RoomMonth, ...]  # that sent the month, by name
    missing: tuple[MissingRoom, ...]  # rooms known from other months that did not
    totals: dict[str, float]  # every figure's code summed over the rooms
    distinct_visitors: int
    distinct_matched: bool  # True: across the network by pseudonyms; False: the sum of the rooms'
    replaced: tuple[Path, ...]  # files a newer file of the same room and month replaced
    unreadable: tuple[tuple[Path, str], ...]  # files refused, with the reason
    trend: tuple[tuple[str, dict[str, float], int], ...]  # (month, totals, rooms sending), oldest first


def load(folder: Path) -> tuple[dict[tuple[str, str], RoomMonth], list[Path], list[tuple[Path, str]]]:
    """Every room's every month (the newest file of each), the files replaced, the files refused."""
    chosen: dict[tuple[str, str], RoomMonth] = {}
    replaced: list[Path] = []
    unreadable: list[tuple[Path, str]] = []
    for path in sorted(Path(folder).rglob("*.json")):
        try:
            document = read(path)
        except ExchangeError as error:
            unreadable.append((path, str(error)))
            continue
        found = RoomMonth(document["room"]["id"], document["room"]["name"], document["month"], path, document)
        key = (found.room_id, found.month)
        old = chosen.get(key)
        if old is None:
            chosen[key] = found
        elif (document["made_at"], path.name) > (old.document["made_at"], old.file.name):
            chosen[key] = found
            replaced.append(old.file)
        else:
            replaced.append(path)
    return chosen, replaced, unreadable


def months_back(month: str, count: int) -> list[str]:
    """The ``count`` months ending with ``month``, oldest first."""
    year, number = map(int, month.split("-"))
    result = []
    for _ in range(count):
        result.append(f"{year:04d}-{number:02d}")
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return result[::-1]


def sum_figures(rooms) -> dict[str, float]:
    totals: Counter = Counter()
    for room in rooms:
        for code, value in flatten(room.figures).items():
            totals[code] += value
    return {code: round(value, 2) if isinstance(value, float) else value for code, value in totals.items()}


def distinct(rooms) -> tuple[int, bool]:
    """Across the network when every room sent pseudonyms of one secret; else the rooms' sum."""
    keys = {r.document.get("pseudonyms", {}).get("key_id") for r in rooms}
    if rooms and None not in keys and len(keys) == 1:
        values = set().union(*(r.document["pseudonyms"]["values"] for r in rooms))
        return len(values) + sum(r.document["pseudonyms"]["without"] for r in rooms), True
    return sum(r.figures["distinct_visitors"] for r in rooms), False


def network_month(folder: Path, month: str) -> NetworkMonth:
    chosen, replaced, unreadable = load(folder)
    by_room: dict[str, list[RoomMonth]] = {}
    for found in chosen.values():
        by_room.setdefault(found.room_id, []).append(found)
    sending = sorted((chosen[(room, month)] for room in by_room if (room, month) in chosen),
                     key=lambda r: (r.name.casefold(), r.room_id))
    missing = []
    for room, files in by_room.items():
        if (room, month) not in chosen:
            last = max(files, key=lambda r: (r.month, r.document["made_at"]))
            missing.append(MissingRoom(room, last.name, last))
    trend = []
    for earlier in months_back(month, TREND_MONTHS):
        rooms = [r for (_, m), r in chosen.items() if m == earlier]
        trend.append((earlier, sum_figures(rooms), len(rooms)))
    count, matched = distinct(sending)
    return NetworkMonth(month, tuple(sending), tuple(sorted(missing, key=lambda m: (name_key(m.name), m.room_id))),
                        sum_figures(sending), count, matched, tuple(replaced), tuple(unreadable), tuple(trend))


def use_of_hours(room: RoomMonth) -> tuple[float | None, float | None]:
    """Visitors' hours per hour offered (the average number of visitors present while open), and
    that per seat (how full the room was), or None where the room gave no hours or seats."""
    offered = room.document["room"]["hours_offered"]
    seats = room.document["room"]["seats"]
    if not offered:
        return None, None
    present = room.figures["hours"] / offered
    return round(present, 2), (round(present / seats, 3) if seats else None)
