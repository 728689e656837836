#!/usr/bin/env bash
# Put the output of `kiosk settings table` (made from kiosk/settings_catalog.py) into the README's
# settings table, between its two markers. tests/test_settings_template.py keeps them equal.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
[ -x "$python" ] || python=python3
"$python" - <<'PY'
import subprocess
import sys
table = subprocess.run([sys.executable, "-m", "kiosk", "settings", "table"], capture_output=True, text=True, check=True).stdout
text = open("README.md", encoding="utf-8").read()
start = text.index("\n", text.index("<!-- settings table:")) + 1
end = text.index("<!-- end of settings table -->")
open("README.md", "w", encoding="utf-8").write(text[:start] + table + text[end:])
PY
