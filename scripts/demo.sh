#!/usr/bin/env bash
# Set up if needed, then start the kiosk in a window on demo data (demo.sqlite, made on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kiosk --db "${KIOSK_DEMO_DB:-demo.sqlite}" --demo --windowed "$@"
