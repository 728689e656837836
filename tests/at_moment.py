"""A pytest plugin that runs tests as if at another moment (scripts/test_at_moments.sh): CI runs at
whatever hour a session stops, and a test that read the machine's day failed at 00:51 in Helsinki.

With KIOSK_TEST_AT (an ISO time with its offset, e.g. 2026-12-31T23:59:40+02:00), each test begins
at that moment: kiosk.clock.SystemClock in this process is moved by the difference, and every
`python -m kiosk …` or Python script it starts runs under libfaketime with the same offset (the
monotonic clock, which the kiosk's timers use, is left alone). Tests marked `real_clock` are skipped:
they start rclone or run as another user, which libfaketime cannot follow (OSError, Errno 22).

The test process's own `time` and `datetime.now()` are not moved: a test that reads them, rather
than the kiosk's clock or output, fails here, as it would have at the wrong hour.

Load with `-p tests.at_moment`; without KIOSK_TEST_AT it does nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers import FAKETIME

AT = datetime.fromisoformat(os.environ["KIOSK_TEST_AT"]) if os.environ.get("KIOSK_TEST_AT") else None
_offset = timedelta(0)


def _ours(args) -> bool:
    """The kiosk or a Python script of the tests, started with this interpreter."""
    if isinstance(args, (str, bytes)) or not args:
        return False
    args = [str(a) for a in args]
    if args[0] != sys.executable:
        return False
    rest = args[1:]
    return ("-m" in rest and rest[rest.index("-m") + 1:rest.index("-m") + 2] == ["kiosk"]) or (
        bool(rest) and rest[0].endswith(".py"))


_popen_init = subprocess.Popen.__init__


def _faked_popen_init(self, args, *more, **options):
    env = dict(options.get("env") or os.environ)
    if _ours(args) and "FAKETIME" not in env:  # a test that fakes its own moment keeps it
        env.update(LD_PRELOAD=FAKETIME, FAKETIME=f"{_offset.total_seconds():+.0f}",
                   FAKETIME_DONT_FAKE_MONOTONIC="1", FAKETIME_DISABLE_SHM="1")
        options["env"] = env
    return _popen_init(self, args, *more, **options)


def pytest_configure(config):
    if AT is None:
        return
    from kiosk import clock

    subprocess.Popen.__init__ = _faked_popen_init
    clock.SystemClock.now = lambda self: datetime.now(timezone.utc) + _offset


def pytest_collection_modifyitems(config, items):
    if AT is None:
        return
    skip = pytest.mark.skip(reason="real_clock: libfaketime cannot follow rclone or another user")
    for item in items:
        if item.get_closest_marker("real_clock"):
            item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    global _offset
    if AT is not None:
        _offset = AT - datetime.now(timezone.utc)
