"""Fontconfig reads its configuration files and its font list once per process, when Qt first needs
a font: FcInit(), 28 M instructions, 3.3 ms here, the largest single piece of the kiosk's cold start
that a bare window does not have (issue 23: home draws text, a bare window none). Begun on a thread
before Qt is imported, it is done by the time Qt asks, and Qt's own FcInit() then finds it made.

application() waits for it before QApplication exists, so the two never run at once; the library
loaded here is the one Qt links to (same soname, one copy per process)."""

from __future__ import annotations

import sys
import threading

_thread: threading.Thread | None = None
# What the start did, for tests/test_first_frame.py: FcInit()'s answer (1: a configuration is
# there, ours or one already made), whether Qt was imported before the thread began, and whether
# wait() came before the QApplication.
result: int | None = None
began_before_qt: bool | None = None
waited_before_qapp: bool | None = None


def begin() -> None:
    """Linux only: on Windows Qt has no fontconfig, and a bare library name on macOS is also looked
    for in the current folder. Between this and wait() nothing may set an environment variable:
    FcInit reads them (getenv), and glibc's setenv is not safe beside it."""
    global _thread, began_before_qt
    if not sys.platform.startswith("linux"):
        return
    began_before_qt = "PySide6" not in sys.modules
    _thread = threading.Thread(target=_init, name="fontconfig", daemon=True)
    _thread.start()


def wait() -> None:
    """Before Qt may touch fonts."""
    global waited_before_qapp
    if _thread is None:
        return
    widgets = sys.modules.get("PySide6.QtWidgets")
    waited_before_qapp = widgets is None or widgets.QApplication.instance() is None
    _thread.join()


def _init() -> None:
    global result
    try:
        # _ctypes, not ctypes: importing ctypes runs 8 M instructions of Python holding the GIL, which
        # the main thread needs for its own imports meanwhile; _ctypes is ~1 M. call_function lets
        # the GIL go while FcInit runs.
        import _ctypes

        library = _ctypes.dlopen("libfontconfig.so.1")
        result = _ctypes.call_function(_ctypes.dlsym(library, "FcInit"), ())
    except Exception:  # no fontconfig, or a Python whose _ctypes differs: Qt reads the fonts as before
        pass
