"""Work handed to a thread, and a Future that tells when it is done and what it returned or
raised: the off-site connection test and copies, the recovery sheet's printing, the exchange
file's upload and the day's backup (which held the door's GUI thread for 15 s when it ran there).
``at_once`` does the same work before it returns, for commands and tests.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future

from kiosk.priority import lower_this_thread


def in_background(work, *args) -> Future:
    """``work(*args)`` on a daemon thread (quitting the kiosk never waits for a hung server); the
    Future tells when it is done and what it returned or raised."""
    future: Future = Future()

    def run():
        lower_this_thread()
        try:
            future.set_result(work(*args))
        except Exception as error:  # noqa: BLE001 (handed over in the Future)
            future.set_exception(error)

    threading.Thread(target=run, name=getattr(work, "__name__", "background"), daemon=True).start()
    return future


def at_once(work, *args) -> Future:
    """``in_background``'s Future, with the work done before it returns: for commands and tests
    that want the result in the same breath."""
    future: Future = Future()
    try:
        future.set_result(work(*args))
    except Exception as error:  # noqa: BLE001 (handed over in the Future)
        future.set_exception(error)
    return future

