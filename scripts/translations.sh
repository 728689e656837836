#!/usr/bin/env bash
# Bring the translation sources up to date with the code, then compile them.
#
#   bash scripts/translations.sh
#
# pyside6-lupdate reads every tr() / QCoreApplication.translate() in kiosk/ui and kiosk/app.py (and the
# settings labels, QT_TRANSLATE_NOOP in kiosk/settings_catalog.py)
# (Finnish, the source language) into assets/i18n/kiosk_sv.ts and kiosk_en.ts: translations
# already there are kept, new strings come in as unfinished (a changed string keeps its old
# translation as a suggestion, also unfinished), strings gone from the code are dropped. Translate
# the unfinished ones (Qt Linguist: .venv/bin/pyside6-linguist assets/i18n/kiosk_sv.ts, or any
# text editor), run this again, and commit the .ts and .qm files together:
# tests/test_translations.py fails while any string is unfinished or a .qm is older than its .ts.
# The .qm files are committed so that neither the kiosk nor the installer needs Qt's tools.
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
[ -x "$python" ] || python=python3
tools=$("$python" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')
lupdate=.venv/bin/pyside6-lupdate
lrelease=.venv/bin/pyside6-lrelease
[ -x "$lupdate" ] || lupdate="$tools/lupdate"
[ -x "$lrelease" ] || lrelease="$tools/lrelease"

for lang in sv en; do
    ts=assets/i18n/kiosk_$lang.ts
    # No line numbers: they would change with every edit of the code, in files several people edit.
    "$lupdate" -silent -extensions py -locations none -no-obsolete \
        -source-language fi_FI -target-language "$lang"_FI \
        kiosk/ui kiosk/app.py kiosk/settings_catalog.py -ts "$ts"
    # Unfinished translations stay out of the .qm: the Finnish shows until one is checked.
    "$lrelease" -nounfinished "$ts" -qm "${ts%.ts}.qm"
done
