"""Made-up exchange files for a network of rooms: for the tests and benchmarks/bench_network.py, and
for a coordinator to try the network report before the rooms send anything. Same seed, same files."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk import __version__
from kiosk.exchange_csv import ANSWERS
from kiosk.exchange_format import ATTENDANCE_ROLES, BREAKDOWN_NAMES, FORMAT, GENDER_KEYS, VERSION, utc_text, write
from kiosk.network import months_back


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def room_month(rng: random.Random, room_id: str, name: str, month: str, made: datetime) -> dict:
    distinct = rng.randint(0, 120)
    new = rng.randint(0, distinct)
    visits = distinct * rng.randint(1, 4) + rng.randint(0, 10)
    gender = dict(zip(GENDER_KEYS, _split(rng, distinct, 4)))
    breakdowns = {}
    for name_ in BREAKDOWN_NAMES:
        answers = list(ANSWERS[name_] or ("091", "049", "092")) + ["not_told"]
        rows: dict[str, dict[str, int]] = {}
        for g in GENDER_KEYS:  # each gender's people spread over the answers: the sums hold
            for answer, count in zip(answers, _split(rng, gender[g], len(answers))):
                rows.setdefault(answer, dict.fromkeys(GENDER_KEYS, 0))[g] += count
        breakdowns[name_] = {a: cells for a, cells in rows.items() if any(cells.values())}
    return {
        "format": FORMAT, "version": VERSION, "month": month, "made_at": utc_text(made),
        "software": f"workroom-kiosk {__version__}", "last_offsite_copy": utc_text(made - timedelta(hours=20)),
        "room": {"id": room_id, "name": name, "organisation": "Yhdistys ry", "municipality_code": "091",
                 "seats": rng.randint(6, 30), "hours_offered": 147.0, "days_offered": 21},
        "figures": {
            "visits": visits, "anonymous_visits": rng.randint(0, 10), "distinct_visitors": distinct,
            "new_visitors": new, "returning_visitors": distinct - new, "open_days": rng.randint(0, 21),
            "hours": round(rng.uniform(0, 3 * visits), 1), "left_open": rng.randint(0, 5), "imported_visits": 0,
            "gender": gender, "breakdowns": breakdowns,
            "volunteers": {"people": rng.randint(0, 5), "sessions": rng.randint(0, 20), "hours": round(rng.uniform(0, 60), 1)},
            "attendance": {r: {"participants": rng.randint(0, 3), "days": rng.randint(0, 40),
                               "hours": round(rng.uniform(0, 200), 2), "short_days": rng.randint(0, 5)}
                           for r in ATTENDANCE_ROLES},
            "lending": {"loans": 3, "borrowers": 2, "overdue_returns": rng.randint(0, 2),
                        "by_category": {"Ompelukone": {"loans": 2, "hours": 5.5}, "Läppäri": {"loans": 1, "hours": 2.0}}},
            "lunch": {"lunches": 4, "signed_up": rng.randint(0, 80), "guests": rng.randint(0, 8),
                      "served": rng.randint(0, 80), "no_shows": rng.randint(0, 10)},
        },
    }


def activities_month(rng: random.Random) -> dict:
    """A month's programme (format 2): a weekly course and a language café or nothing."""
    by_type = {}
    for kind, minutes in (("course", 120), ("language_cafe", 90)):
        sessions = rng.randint(0, 4)
        if sessions:
            visits = sessions * rng.randint(2, 10)
            by_type[kind] = {"sessions": sessions, "cancelled": rng.randint(0, 1), "participant_visits": visits,
                             "people": rng.randint(1, visits), "partners": rng.randint(0, 1),
                             "hours": sessions * minutes / 60, "mentor_sessions": 0, "mentor_hours": 0.0}
    return {"sessions": sum(t["sessions"] for t in by_type.values()),
            "cancelled": sum(t["cancelled"] for t in by_type.values()),
            "participant_visits": sum(t["participant_visits"] for t in by_type.values()),
            "people": max((t["people"] for t in by_type.values()), default=0),
            "hours": sum(t["hours"] for t in by_type.values()),
            "activity_only_visits": 0, "activity_only_people": 0, "by_type": by_type, "guidance": {}}


def write_network(folder: Path, rooms: int, last_month: str, months: int = 12, seed: int = 1) -> list[str]:
    """``rooms`` rooms' files for the ``months`` months ending with ``last_month``, one file each
    (``<room>-<month>.json``); the room ids, in order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(rooms)]
    for number, room_id in enumerate(ids, 1):
        for month in months_back(last_month, months):
            year, m = map(int, month.split("-"))
            made = datetime(year + m // 12, m % 12 + 1, 2, 8, tzinfo=timezone.utc)
            document = room_month(rng, room_id, f"Työhuone {number:03d}", month, made)
            # its own generator: the other figures stay those of the same seed before format 2
            document["figures"]["activities"] = activities_month(random.Random(f"{seed}-{room_id}-{month}"))
            write(document, folder / f"room{number:03d}-{month}.json")
    return ids
