"""How long the monthly report takes for a busy month: 10,000 visits by 600 people.

Prints the median of a few builds, beside a bare baseline measured in the same run: a one-page
reportlab PDF with one table. Target: under 2 s for the report. Not a test.

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402
from kiosk.db.timestamps import to_text  # noqa: E402
from kiosk.demo import _profile  # noqa: E402
from kiosk.report import write_report  # noqa: E402

VISITS, PEOPLE, RUNS = 10_000, 600, 5


def busy_month(path: Path) -> None:
    import random

    rng = random.Random(1)
    db = open_database(path)
    with db.transaction() as conn:
        conn.executemany("INSERT INTO people (uuid, first_name, last_name, created_at) VALUES (?, ?, ?, ?)",
                         [(str(uuid.uuid4()), f"Etu{i}", f"Suku{i}", "2026-01-01T08:00:00Z") for i in range(PEOPLE)])
    from kiosk.db import bulk

    bulk.set_profiles(db, [_profile(rng, i, PEOPLE) for i in range(1, PEOPLE + 1)])
    rows = []
    for i in range(VISITS):
        day = 1 + i % 30
        start = datetime(2026, 11, day, 9 + i % 6, tzinfo=HELSINKI)
        end = start.replace(hour=start.hour + 1 + i % 3) if i % 50 else None
        rows.append((str(uuid.uuid4()), 1 + rng.randrange(PEOPLE), to_text(start), to_text(end) if end else None))
    with db.transaction() as conn:
        conn.executemany("INSERT INTO visits (uuid, person_id, check_in_at, check_out_at, source) VALUES (?, ?, ?, ?, 'scan')", rows)
    db.close()


def bare_pdf() -> None:
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table([["a", "b"], ["1", "2"]])])


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "busy.sqlite"
        busy_month(path)
        db = open_database(path)
        clock = FixedClock(datetime(2026, 12, 2, 10, tzinfo=HELSINKI))
        out = Path(tmp) / "report.pdf"
        report = [timed(lambda: write_report(db, clock, 2026, 11, out)) for _ in range(RUNS)]
        bare = [timed(bare_pdf) for _ in range(RUNS)]
        median, base = statistics.median(report), statistics.median(bare)
        print(f"report for {VISITS} visits by {PEOPLE} people: median {median:.2f} s over {RUNS} builds "
              f"(bare one-table PDF {base * 1000:.1f} ms, ratio {median / base:.0f}x); target < 2 s: "
              f"{'PASS' if median < 2 else 'FAIL'}")


if __name__ == "__main__":
    main()
