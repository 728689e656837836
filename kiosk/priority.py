"""Work that is not the door's gives way to it: a lower nice value, so that on a two-core machine
the window confirming a scan gets a core first (issue 23). Where the system has no nice values
(Windows), the work runs as it is."""

from __future__ import annotations

import os
import sys
import threading

NICENESS = 10  # added to the current one: 0 becomes 10 (19 at most)


def lower_this_process() -> None:
    """A staff command (an import, a report, a backup): an import of 200,000 visits on the other
    core made a scan's confirmation wait 65 ms."""
    if hasattr(os, "nice"):
        try:
            os.nice(NICENESS)
        except OSError:
            pass


def lower_this_thread() -> None:
    """Background work in the kiosk itself: the day's backup checks a 300 MB file's integrity in
    SQLite's C code (the GIL let go) for 15 s beside the scans. Linux gives each thread its own
    nice value; elsewhere the thread keeps the process's."""
    if sys.platform.startswith("linux"):
        try:
            thread = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, thread, min(os.getpriority(os.PRIO_PROCESS, thread) + NICENESS, 19))
        except OSError:
            pass
