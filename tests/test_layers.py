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
                m for m in imports if m.startswith("kiosk.") and not m.startswith(("kiosk.db", "kiosk.errors", "kiosk.collation"))
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
