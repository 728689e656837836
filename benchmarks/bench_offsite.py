"""How long an off-site copy of a 50,000-person database takes, pushed encrypted to a WebDAV server
on 127.0.0.1 (rclone serve webdav), and its restore: download, decrypt, check, put in place. Beside
each, a bare baseline in the same run: rclone copying the same file unencrypted. A real line to a
real server adds its own transfer time (e.g. 240 MB at 100 Mbit/s: about 20 s). Not a test.

    .venv/bin/python benchmarks/bench_offsite.py [DATABASE]

DATABASE defaults to the newest /tmp/kiosk-bench-50000-*.sqlite that benchmarks/bench_kiosk.py caches.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk import offsite  # noqa: E402
from kiosk.backup import backup, check_backup, restore  # noqa: E402
from kiosk.clock import SystemClock  # noqa: E402


def main() -> None:
    cached = sorted(Path("/tmp").glob("kiosk-bench-50000-*.sqlite"), key=lambda p: p.stat().st_mtime)
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else (cached[-1] if cached else None)
    if source is None:
        sys.exit("no database: run benchmarks/bench_kiosk.py once (it caches one in /tmp) or name one")
    with tempfile.TemporaryDirectory(prefix="bench-offsite-") as folder:
        folder = Path(folder)
        db = folder / "kiosk.sqlite"
        shutil.copy(source, db)
        served = folder / "server"
        served.mkdir()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([offsite.rclone(), "serve", "webdav", str(served), "--addr", f"127.0.0.1:{port}"],
                                  env=dict(os.environ, RCLONE_CONFIG=os.devnull), stderr=subprocess.DEVNULL)
        try:
            time.sleep(1)
            made = backup(db, folder / "backups", SystemClock()).path
            size = made.stat().st_size / 1e6
            target = offsite.target_from_settings("webdav", f"http://127.0.0.1:{port}", "", "", "kiosk", offsite.new_key())
            started = time.perf_counter()
            offsite.push(target, made, datetime.now(timezone.utc))
            pushed = time.perf_counter() - started
            started = time.perf_counter()
            subprocess.run([offsite.rclone(), "copyto", str(made), "kioskoffsite:bare/plain.sqlite"],
                           env=target.environment(), check=True, capture_output=True)
            bare_up = time.perf_counter() - started
            fetched = folder / "fetched.sqlite"
            (folder / "new").mkdir()
            (folder / "new2").mkdir()
            started = time.perf_counter()
            offsite.fetch(target, fetched)
            downloaded = time.perf_counter() - started
            # As kiosk restore --remote does it: checked once (quick_check: crypt authenticated every block).
            restore(fetched, folder / "new" / "kiosk.sqlite", SystemClock(), checked=check_backup(fetched, authenticated=True))
            restored = time.perf_counter() - started
            local_copy = folder / "local.sqlite"
            shutil.copy(made, local_copy)
            started = time.perf_counter()
            restore(local_copy, folder / "new2" / "kiosk.sqlite", SystemClock())  # as kiosk restore FILE: integrity_check
            restored_file = time.perf_counter() - started
            started = time.perf_counter()
            subprocess.run([offsite.rclone(), "copyto", "kioskoffsite:bare/plain.sqlite", str(folder / "plain.sqlite")],
                           env=target.environment(), check=True, capture_output=True)
            bare_down = time.perf_counter() - started
        finally:
            server.kill()
            server.wait()
    print(f"database: {source.name}, backup {size:.0f} MB, WebDAV on 127.0.0.1")
    print(f"push (encrypt, upload to incoming/, check size, move, thin): {pushed:.1f} s   "
          f"bare rclone upload, unencrypted: {bare_up:.1f} s")
    print(f"restore --remote (download, decrypt, identity + quick_check once, put in place): {restored:.1f} s, of which "
          f"download and decrypt {downloaded:.1f} s   bare rclone download, unencrypted: {bare_down:.1f} s")
    print(f"restore FILE (identity + integrity_check once, put in place): {restored_file:.1f} s")


if __name__ == "__main__":
    main()
