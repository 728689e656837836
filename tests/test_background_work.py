"""Work on a thread gives way to the door's window (issue 23)."""

import os
import sys
import threading

import pytest

from kiosk.background_work import at_once, in_background
from kiosk.priority import NICENESS


def own_niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_background_work_runs_at_a_lower_priority_and_the_caller_keeps_its_own():
    before = own_niceness()
    assert in_background(own_niceness).result(timeout=10) == min(before + NICENESS, 19)
    assert own_niceness() == before
    assert at_once(own_niceness).result() == before  # a command's own work keeps the caller's


def test_a_fault_in_background_work_is_handed_over_in_the_future():
    def broken():
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        in_background(broken).result(timeout=10)
