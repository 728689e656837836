"""Fontconfig reads its configuration files and its font list once per process, when Qt first needs
a font: ~28 M instructions, ~5 ms here, the largest single piece of the kiosk's cold start that a bare
window does not have (issue 23: home draws text, a bare window none). Begun on a thread before Qt is
imported, it is done by the time Qt asks, and Qt's own FcInit() then finds it made.

FcInit() is once per process and thread-safe (fontconfig keeps its configuration in one atomic
pointer); the library loaded here is the one Qt links to (same soname, one copy per process)."""

from __future__ import annotations

import threading

_thread: threading.Thread | None = None
result: int | None = None  # FcInit()'s answer, 1 when it read the configuration; None when not tried


def begin() -> None:
    global _thread
    _thread = threading.Thread(target=_init, name="fontconfig", daemon=True)
    _thread.start()


def wait() -> None:
    """Before Qt may touch fonts: were both to load the configuration, one copy would be thrown away."""
    if _thread is not None:
        _thread.join()


def _init() -> None:
    global result
    try:
        # _ctypes, not ctypes: importing ctypes runs 8 M instructions of Python holding the GIL, which
        # the main thread needs for its own imports meanwhile; _ctypes is ~1 M. call_function lets
        # the GIL go while FcInit runs.
        import _ctypes

        library = _ctypes.dlopen("libfontconfig.so.1", 2)  # RTLD_NOW
        result = _ctypes.call_function(_ctypes.dlsym(library, "FcInit"), ())
    except (ImportError, OSError, AttributeError):
        pass  # no fontconfig (Windows) or a Python without these: Qt reads the fonts as before
