#!/usr/bin/env bash
# The long durability run: the real kiosk killed 1,000 times while checking people in (CI does 30).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
KIOSK_DURABILITY_KILLS="${KIOSK_DURABILITY_KILLS:-1000}" exec .venv/bin/python -m pytest -q -s tests/test_durability.py "$@"
