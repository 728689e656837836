#!/usr/bin/env bash
# Set up if needed, then run the whole test suite headless (extra arguments go to pytest).
# Two workers (pytest-xdist), a test file's tests on one worker: the suite is mostly waiting
# (real kiosk processes, Xvfb, servers on 127.0.0.1), so two cores run it in 5.7 minutes
# instead of 11.4. KIOSK_TEST_WORKERS=0 runs it in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -n "${KIOSK_TEST_WORKERS:-2}" --dist loadfile "$@"
