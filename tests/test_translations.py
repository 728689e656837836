"""The Swedish and English catalogues are complete and up to date with the code, the compiled .qm
files with the .ts sources, and the privacy notice is there in each language.

Finnish is the source language: every tr() / QCoreApplication.translate() in kiosk/ui (and
kiosk/app.py) is Finnish. When a test here fails, run ``bash scripts/translations.sh``, translate
what it marks unfinished in assets/i18n/kiosk_sv.ts and kiosk_en.ts, run it again and commit the
.ts and .qm files together.
"""

import os
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("sv", "en")
SCRIPT = (ROOT / "scripts" / "translations.sh").read_text(encoding="utf-8")


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease beside the interpreter, or lupdate / lrelease in the PySide6 package."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    import PySide6

    packaged = Path(PySide6.__file__).parent / name
    assert packaged.exists(), f"neither {beside} nor {packaged}: is PySide6 installed?"
    return str(packaged)


def messages(ts: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, disambiguation) -> (translation, its type: '' when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = (translation.text or "", translation.get("type", ""))
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:
    """Each catalogue as scripts/translations.sh would leave it: lupdate run over the code into a
    copy, with the script's own options."""
    folder = tmp_path_factory.mktemp("i18n")
    copies = {}
    for language in LANGUAGES:
        copy = folder / f"kiosk_{language}.ts"
        shutil.copy(I18N / f"kiosk_{language}.ts", copy)
        subprocess.run(
            [tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
             "kiosk/ui", "kiosk/app.py", "kiosk/settings_catalog.py", "-ts", str(copy)],
            cwd=ROOT, check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        copies[language] = copy
    return copies


def test_the_script_runs_lupdate_as_this_test_does():
    for option in ("-extensions py", "-locations none", "-no-obsolete", "kiosk/ui kiosk/app.py kiosk/settings_catalog.py", "-nounfinished"):
        assert option in SCRIPT


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(refreshed, language):
    committed = messages(I18N / f"kiosk_{language}.ts")
    in_code = messages(refreshed[language])
    assert len(in_code) > 300
    missing = sorted(key for key in in_code if key not in committed)
    unfinished = sorted(key for key, (text, kind) in committed.items() if key in in_code and (kind or not text))
    vanished = sorted(key for key in committed if key not in in_code)
    problems = [f"not in kiosk_{language}.ts: {context}: {source!r}" for context, source, _ in missing]
    problems += [f"unfinished in kiosk_{language}.ts: {context}: {source!r}" for context, source, _ in unfinished]
    problems += [f"in kiosk_{language}.ts but no longer in the code: {context}: {source!r}" for context, source, _ in vanished]
    assert not problems, "run bash scripts/translations.sh and translate:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_as_the_script_leaves_it(refreshed, language):
    """Nothing the script would change: no vanished or obsolete entries kept, translations as they are."""
    assert messages(refreshed[language]) == messages(I18N / f"kiosk_{language}.ts")
    root = ET.parse(I18N / f"kiosk_{language}.ts").getroot()
    assert root.get("sourcelanguage") == "fi_FI"
    assert root.get("language") == f"{language}_FI"


def fields(text: str) -> list[str]:
    return sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_line_breaks(language):
    wrong = []
    for (context, source, _), (translation, kind) in messages(I18N / f"kiosk_{language}.ts").items():
        if not translation:
            continue
        if fields(translation) != fields(source):
            wrong.append(f"{context}: {source!r} has {fields(source)}, {translation!r} has {fields(translation)}")
        if translation.count("\n") != source.count("\n"):
            wrong.append(f"{context}: {source!r} and {translation!r} break lines differently")
        if source[:1].isspace() != translation[:1].isspace() or source[-1:].isspace() != translation[-1:].isspace():
            wrong.append(f"{context}: {source!r} and {translation!r} differ in leading or trailing space")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(tmp_path, language):
    compiled = tmp_path / f"kiosk_{language}.qm"
    subprocess.run([tool("lrelease"), "-silent", "-nounfinished", str(I18N / f"kiosk_{language}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (I18N / f"kiosk_{language}.qm").read_bytes(), (
        f"kiosk_{language}.qm is older than kiosk_{language}.ts: run bash scripts/translations.sh and commit both")


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def test_the_privacy_notice_is_there_in_each_language():
    folder = ROOT / "assets" / "privacy"
    finnish = (folder / "fi.txt").read_text(encoding="utf-8")
    for language in LANGUAGES:
        text = (folder / f"{language}.txt").read_text(encoding="utf-8")
        assert len(paragraphs(text)) == len(paragraphs(finnish)), language
        # Each paragraph opens with its heading ("Rekisterinpitäjä: ...") as the Finnish does.
        assert [":" in p.split("\n")[0] for p in paragraphs(text)] == [":" in p.split("\n")[0] for p in paragraphs(finnish)]
        assert "24" in text and text != finnish
