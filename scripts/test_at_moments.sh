#!/usr/bin/env bash
# The tests that read the real clock, run as if at the moments that have broken such tests: the
# room's midnight, closing time, a month's and a year's end, a weekend, both DST changes, before
# opening (tests/at_moment.py; CI runs at whatever hour a session stops). Each moment is a whole
# pytest run; a failure names its moment. Extra arguments go to pytest instead of the default files
# (e.g. `tests/e2e`: the real kiosk on Xvfb, about 4 minutes a moment).
#   bash scripts/test_at_moments.sh                      # the default files at every moment (~20 min)
#   KIOSK_MOMENTS="2026-12-31T23:59:40+02:00" bash scripts/test_at_moments.sh tests/e2e
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
MOMENTS="${KIOSK_MOMENTS:-2026-12-31T23:59:40+02:00 2027-01-01T00:00:30+02:00 2026-11-24T15:59:00+02:00
2026-11-24T17:30:00+02:00 2026-11-28T12:00:00+02:00 2026-11-30T10:30:00+02:00 2027-03-28T02:59:50+02:00
2026-10-25T03:59:50+03:00 2026-11-26T11:00:00+02:00 2026-11-25T07:00:00+02:00 2026-11-30T23:59:30+02:00}"
# Files whose tests run the kiosk or its commands on the system clock (the rest use a fixed clock).
FILES=(tests/test_absence_notice.py tests/test_backup.py tests/test_cards.py tests/test_cli.py
       tests/test_database_file.py tests/test_database_gone.py tests/test_durability.py tests/test_exchange.py
       tests/test_first_frame.py tests/test_import_streaming.py tests/test_labels.py tests/test_lunch_list.py
       tests/test_network.py tests/test_offsite.py tests/test_offsite_more.py tests/test_output_files.py
       tests/test_periods_import.py tests/test_programme.py tests/test_report.py tests/test_report_public.py
       tests/test_settings_catalog.py tests/test_settings_template.py tests/test_staff_access.py
       tests/test_visits_import.py tests/ui/test_staff_mode.py)
[ $# -gt 0 ] && FILES=("$@")
failed=()
for at in $MOMENTS; do
  echo "== at $at"
  if ! KIOSK_TEST_AT="$at" .venv/bin/python -m pytest -q -p tests.at_moment -p no:cacheprovider \
       -n "${KIOSK_TEST_WORKERS:-2}" --dist loadfile "${FILES[@]}"; then
    failed+=("$at")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed at: ${failed[*]}"
  exit 1
fi
echo "passed at every moment"
