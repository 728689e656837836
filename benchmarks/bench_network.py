"""How long the coordinator's network report takes for 100 rooms × 12 months of exchange files
(1,200 files): reading and checking them, summing, and the PDF with its CSV files. Beside it, a bare
baseline measured in the same run: json.loads of the same files and nothing else. Target: under
5 s for the report. Not a test.

    .venv/bin/python benchmarks/bench_network.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.network import network_month  # noqa: E402
from kiosk.network_demo import write_network  # noqa: E402
from kiosk.documents.network_report import write_csv, write_pdf  # noqa: E402

ROOMS, MONTH, RUNS = 100, "2026-11", 5


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-network-") as folder:
        files = Path(folder) / "in"
        write_network(files, ROOMS, MONTH, months=12, seed=1)
        paths = sorted(files.glob("*.json"))
        bare, report = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            for path in paths:
                json.loads(path.read_text(encoding="utf-8"))
            bare.append(time.perf_counter() - started)
            started = time.perf_counter()
            network = network_month(files, MONTH)
            write_pdf(network, Path(folder) / "network.pdf", date(2026, 12, 7))
            write_csv(network, Path(folder) / "csv")
            report.append(time.perf_counter() - started)
        print(f"{ROOMS} rooms x 12 months = {len(paths)} exchange files, median of {RUNS} runs")
        print(f"network report (read, check, sum, PDF + CSV): {statistics.median(report):.2f} s  (target < 5 s)")
        print(f"bare baseline (json.loads of the same files):  {statistics.median(bare):.3f} s "
              f"({statistics.median(report) / statistics.median(bare):.0f}x)")


if __name__ == "__main__":
    main()
