"""Sending a finished PDF to the room's printer through the operating system, and saying how the
queue really stands (issue 20).

CUPS's ``lp`` prints a PDF as it is on Linux, and Windows prints it with the PDF reader's print
verb; elsewhere the file stays in the exports folder for the attendant to print by hand.

Every call here may wait on the print server (a CUPS server that accepts the connection and never
answers held ``lp`` for 30 s), so the screens run it off the GUI thread (kiosk/ui/print_job.py),
and all the commands of one job share one time limit. ``lp`` and ``lpstat`` are run with
``LC_ALL=C`` so that their answers can be read; their own words go to the log.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

TIME_LIMIT = 20.0  # seconds for the whole job: lp and the lpstat calls after it


@dataclass(frozen=True)
class Printed:
    printer: str  # the queue it went to ("" on Windows: the system chose)


@dataclass(frozen=True)
class Held:
    """Taken into the queue, but the printer is paused: it prints when someone resumes it."""

    printer: str
    reason: str = ""


@dataclass(frozen=True)
class Refused:
    """The queue rejects jobs (``cupsreject``): nothing was queued."""

    printer: str
    reason: str = ""


@dataclass(frozen=True)
class NoDefault:
    """No printer chosen in settings and no system default: a choice is needed."""


@dataclass(frozen=True)
class NoPrinting:
    """No way to print from here (no ``lp``): the file waits in the exports folder."""


@dataclass(frozen=True)
class TimedOut:
    seconds: float


@dataclass(frozen=True)
class Failed:
    detail: str  # lp's own words


Outcome = Printed | Held | Refused | NoDefault | NoPrinting | TimedOut | Failed


class _Late(Exception):
    pass


def _run(args: list[str], deadline: float) -> subprocess.CompletedProcess:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Late
    # A session of its own, so that on time-out the whole group goes (a wrapper script's children too).
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "LC_ALL": "C", "LANG": "C"}, start_new_session=True)
    try:
        out, err = process.communicate(timeout=left)
    except subprocess.TimeoutExpired as late:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise _Late from late
    return subprocess.CompletedProcess(args, process.returncode, out, err)


def printers(time_limit: float = 5.0) -> list[str]:
    """The print queues there are, for the printer choice in settings (``lpstat -e``; an older
    CUPS without ``-e`` is asked ``lpstat -p``). Empty when there is no CUPS or it does not answer."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    deadline = time.monotonic() + time_limit
    try:
        done = _run([lpstat, "-e"], deadline)
        if done.returncode == 0:
            return [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
        done = _run([lpstat, "-p"], deadline)
    except _Late:
        log.warning("lpstat did not answer in %.0f s: no printer list", time_limit)
        return []
    return [m.group(1) for m in re.finditer(r"^printer (\S+)", done.stdout, re.MULTILINE)]


def send_to_printer(path: Path, printer: str = "", time_limit: float = TIME_LIMIT) -> Outcome:
    """Print ``path`` on ``printer`` (empty: the system's default) and say how it went."""
    if sys.platform.startswith("win"):
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        except OSError:
            return NoPrinting()
        return Printed("")
    lp = shutil.which("lp")
    if lp is None:
        return NoPrinting()
    deadline = time.monotonic() + time_limit
    try:
        done = _run([lp, *(["-d", printer] if printer else []), "--", str(path)], deadline)
        if done.returncode != 0:
            error = " ".join((done.stderr or done.stdout).split())
            log.warning("lp %s failed (exit %s): %s", printer or "(default)", done.returncode, error)
            return _refusal(error, printer)
        queue = printer or _queue_of(done.stdout)
        log.info("lp: %s", done.stdout.strip())
        paused, reason = _paused(queue, deadline)
    except _Late:
        log.warning("the print server did not answer in %.0f s (printer %s)", time_limit, printer or "default")
        return TimedOut(time_limit)
    return Held(queue, reason) if paused else Printed(queue)


def _refusal(error: str, printer: str) -> Outcome:
    # CUPS's own sentences (cups/lp.c with LC_ALL=C): "No default destination.",
    # "Destination \"X\" is not accepting jobs.", "The printer or class does not exist."
    if "no default destination" in error.lower():
        return NoDefault()
    if "not accepting" in error.lower():
        return Refused(printer or _quoted(error), "")
    return Failed(error)


def _quoted(text: str) -> str:
    found = re.search(r'"([^"]+)"', text)
    return found.group(1) if found else ""


def _queue_of(lp_said: str) -> str:
    """'request id is Kalliola-12 (1 file(s))' -> 'Kalliola'."""
    found = re.search(r"request id is (\S+)-\d+", lp_said)
    return found.group(1) if found else ""


def _paused(queue: str, deadline: float) -> tuple[bool, str]:
    """Is the queue stopped (``cupsdisable``)? Then the job waits: say so, not "printed"."""
    lpstat = shutil.which("lpstat")
    if lpstat is None or not queue:
        return False, ""
    done = _run([lpstat, "-p", queue], deadline)
    # "printer X disabled since Mon ... -\n\treason" / "printer X is idle.  enabled since ..."
    first, _, rest = done.stdout.partition("\n")
    if re.match(rf"printer {re.escape(queue)} disabled", first):
        return True, " ".join(rest.split())
    return False, ""
