"""Imports point down only: ui -> services -> db. Qt only in kiosk/ui and kiosk/app.py,
sqlite-utils only in kiosk/db."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # 'from kiosk import app' imports the module kiosk.app
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def modules():
    for path in PACKAGE.rglob("*.py"):
        yield path.relative_to(PACKAGE.parent).as_posix(), imported_modules(path)


def test_qt_only_in_ui_and_app():
    for name, imports in modules():
        if name.startswith("kiosk/ui/") or name == "kiosk/app.py":
            continue
        qt = {m for m in imports if m.split(".")[0] in ("PySide6", "shiboken6")}
        assert not qt, f"{name} imports {qt}"


def test_sqlite_only_in_db():
    for name, imports in modules():
        if not name.startswith("kiosk/db/"):
            assert not {m for m in imports if m.split(".")[0] in ("sqlite_utils", "sqlite3")}, name


def test_the_check_sees_every_form_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from kiosk import app\nimport sqlite3 as s\n")
    assert {"kiosk.app", "sqlite3"} <= imported_modules(sample)


def test_db_never_imports_services_or_ui():
    for name, imports in modules():
        if name.startswith("kiosk/db/"):
            upward = {
                m for m in imports if m.startswith("kiosk.") and not m.startswith(("kiosk.db", "kiosk.errors", "kiosk.collation", "kiosk.municipalities"))
            }
            assert not upward, f"{name} imports {upward}"


def test_services_never_import_ui_or_app():
    for name, imports in modules():
        if not name.startswith("kiosk/ui/") and name not in ("kiosk/app.py", "kiosk/__main__.py"):
            assert not {m for m in imports if m.startswith(("kiosk.ui", "kiosk.app"))}, name


def test_ui_never_imports_the_database_layer():
    """Screens get what they show from the services (issue 18): no SQL, no table module."""
    for name, imports in modules():
        if name.startswith("kiosk/ui/"):
            assert not {m for m in imports if m == "kiosk.db" or m.startswith("kiosk.db.")}, name


def test_documents_take_values_only():
    """kiosk/documents lays out what it is handed: no database layer, no SQL, no Qt (issue 18)."""
    for name, imports in modules():
        if name.startswith("kiosk/documents/"):
            assert not {m for m in imports if m == "kiosk.db" or m.startswith("kiosk.db.")}, name
            assert not {m for m in imports if m.split(".")[0] in ("sqlite3", "sqlite_utils", "PySide6", "shiboken6")}, name


# What a document may import from the kiosk: the toolkit and other documents, and modules of values
# and rules (the counting rules and suppression of kiosk.statistics, answer codes, the clock's
# time zone, collation, names, the exchange format's codes and the network's figures); service
# modules only for their value types and constants; output_files to write a file whole.
DOCUMENT_SOURCES = ("kiosk.documents", "kiosk.statistics", "kiosk.profile", "kiosk.clock", "kiosk.collation",
                    "kiosk.names", "kiosk.paths", "kiosk.qr", "kiosk.attendance", "kiosk.lunch", "kiosk.lending",
                    "kiosk.activities", "kiosk.activity_statistics", "kiosk.exchange_format", "kiosk.network",
                    "kiosk.output_files", "kiosk.municipalities")


def names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} | {
        node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}


def test_documents_are_handed_values_not_services():
    """kiosk/documents gets its values from the gathering modules (kiosk/report.py, cards.py,
    labels.py, lunch_list.py, absence_notice.py): it never names a service (nor, by the test above,
    the database layer and its settings), and imports only the kiosk modules that hold values and
    rules (issue 18)."""
    for path in (PACKAGE / "documents").rglob("*.py"):
        name = path.relative_to(PACKAGE.parent).as_posix()
        services = {used for used in names_used(path) if used.endswith("Service")}
        assert not services, f"{name} uses {services}"
        kiosk_imports = {m for m in imported_modules(path) if m == "kiosk" or m.startswith("kiosk.")}
        stray = {m for m in kiosk_imports if m != "kiosk" and not m.startswith(DOCUMENT_SOURCES)
                 and m != "kiosk.__version__"}
        assert not stray, f"{name} imports {stray}"


def test_the_gathering_modules_lay_nothing_out():
    """Cards, labels, the lunch list and the absence notice are gathered beside their services and
    laid out in kiosk/documents: the gathering modules import no reportlab layout."""
    for name in ("cards.py", "labels.py", "lunch_list.py", "absence_notice.py"):
        layout = {m for m in imported_modules(PACKAGE / name) if m.startswith("reportlab.platypus")
                  or m.startswith("reportlab.pdfgen")}
        assert not layout, f"kiosk/{name} imports {layout}"
