"""How long the monthly report takes for a busy month: figures, not a test.

    .venv/bin/python benchmarks/bench_report.py [--runs 7] [--december]

The month: demo data of 6,000 people over two months (seed 5), March 2026 has about 10,000
visits; the report is made as the staff screen makes it (StaffService.report_pdf: the figures
gathered, the PDF laid out and written), after one warm-up build (fonts registered, modules
imported: once a kiosk's life). Printed: the median wall time of ``--runs`` builds with its parts
(gathering the figures, laying the PDF out) and its process CPU time (what a busy machine's load
does not inflate as much), beside two baselines measured in the same run: a
bare reportlab document of one 400-row table, and the figure before issue 23's work (2.44 s in
the issue 23 note, on a loaded machine; 0.80 s gather + 0.17 s PDF process time at the start of
this work). Target: under 0.5 s (issue 23). ``--december`` also times December, whose "year to
date" column covers twelve months.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk import demo  # noqa: E402
from kiosk.clock import HELSINKI, FixedClock  # noqa: E402
from kiosk.db import open_database  # noqa: E402

TARGET_S = 0.5
BEFORE_S = 2.44  # issue 23's note: bench_soak.py at load 4.8, the PDF built twice, visits read four times


def bare_reportlab(folder: Path, rows: int = 400) -> float:
    """A document of one table of ``rows`` rows, laid out and written."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    data = [[str(i), "2026-03-11", "10.00", "12.00"] for i in range(rows)]
    start = time.perf_counter()
    SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=A4).build([Table(data)])
    return time.perf_counter() - start


def busy_database(folder: Path, months: int = 2):
    """The demo's 6,000 people: about 10,000 visits a month."""
    clock = FixedClock(datetime(2026, 4, 2, 12, 0, tzinfo=HELSINKI))
    db = open_database(folder / "report.sqlite")
    demo.fill(db, clock, people=6_000, months=months, seed=5)
    return db, clock


def report_times(db, clock, folder: Path, year: int, month: int, runs: int) -> dict[str, float]:
    """Median seconds of the whole report as the staff screen makes it, and of its two parts."""
    from kiosk.report import gather, write_pdf
    from kiosk.staff import StaffService

    staff = StaffService(db, clock, exports=folder / "exports")
    staff.report_pdf(year, month)  # warm-up
    whole, cpu, figures, layout = [], [], [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        staff.report_pdf(year, month)
        whole.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        start = time.perf_counter()
        data = gather(db, clock, year, month)
        figures.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_pdf(data, folder / "layout.pdf")
        layout.append(time.perf_counter() - start)
    return {"report": statistics.median(whole), "cpu": statistics.median(cpu), "gather": statistics.median(figures), "pdf": statistics.median(layout)}


def visits_in(db, year: int, month: int) -> int:
    first = f"{year:04d}-{month:02d}-01"
    stop = f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"
    return db.value("SELECT count(*) FROM visits WHERE check_in_at >= ? AND check_in_at < ?", (first, stop))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--december", action="store_true", help="also December 2026 (a year of demo data)")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="kiosk-report-") as tmp:
        folder = Path(tmp)
        db, clock = busy_database(folder)
        times = report_times(db, clock, folder, 2026, 3, args.runs)
        visits = visits_in(db, 2026, 3)
        bare = bare_reportlab(folder)
        db.close()
        ok = times["report"] < TARGET_S
        print(f"report PDF of March 2026, {visits} visits: median {times['report']:.3f} s of {args.runs} "
              f"(figures {times['gather']:.3f} s, PDF {times['pdf']:.3f} s; process CPU time {times['cpu']:.3f} s); bare 400-row reportlab table "
              f"{bare:.3f} s; before issue 23's work {BEFORE_S} s; target < {TARGET_S} s: {'PASS' if ok else 'FAIL'}")
        if args.december:
            december = Path(tmp) / "december"
            december.mkdir()
            clock = FixedClock(datetime(2027, 1, 4, 12, 0, tzinfo=HELSINKI))
            db = open_database(december / "report.sqlite")
            demo.fill(db, clock, people=6_000, months=12, seed=5)
            times = report_times(db, clock, december, 2026, 12, args.runs)
            print(f"report PDF of December 2026 ({visits_in(db, 2026, 12)} visits, the year to date "
                  f"{db.value('SELECT count(*) FROM visits')} visits): median {times['report']:.3f} s "
                  f"(figures {times['gather']:.3f} s, PDF {times['pdf']:.3f} s)")
            db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
