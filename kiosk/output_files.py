"""Files handed to people (CSV exports, PDFs) are written under a temporary name beside their place
and renamed over it only when whole: a full disk or a killed command leaves the old file as it was,
never a truncated people.csv that looks valid or a 0-byte PDF (issue 15)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """The temporary path to write; renamed to ``path`` when the block ends without an error and
    something was written there (a writer with nothing to write leaves no file)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.writing-{os.getpid()}")
    try:
        yield temporary
        if temporary.exists():
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())  # on the disk before it takes the good file's name
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def all_written_whole(paths: list[Path]) -> Iterator[list[Path]]:
    """``written_whole`` for several files at once: none is renamed unless every one was written."""
    with ExitStack() as stack:
        yield [stack.enter_context(written_whole(path)) for path in paths]
