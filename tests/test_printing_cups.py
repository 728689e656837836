"""A real CUPS queue of the test's own (issue 20): a private cupsd on a free port of 127.0.0.1 with
a printer that writes to /dev/null, paused and then rejecting, read back through the real lp and
lpstat. The machine's own CUPS and its printers are never touched (CUPS_SERVER points at ours).

Skipped where cupsd is missing or cannot start, except in CI (scripts/setup.sh installs CUPS)."""

import os
import shutil
import socket
import subprocess
import time

import pytest

from kiosk import printing

CUPSD_CONF = """Listen 127.0.0.1:{port}
LogLevel warn
DefaultAuthType None
Browsing No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
AccessLog {root}/access_log
ErrorLog {root}/error_log
PageLog {root}/page_log
FileDevice Yes
"""


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CUPS is installed by scripts/setup.sh in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def cups(tmp_path, monkeypatch):
    cupsd = shutil.which("cupsd") or shutil.which("cupsd", path="/usr/sbin")
    if cupsd is None or not shutil.which("lpadmin", path="/usr/sbin:" + os.environ["PATH"]):
        _unavailable("no cupsd / lpadmin here")
    root = tmp_path / "cups"
    for folder in ("spool", "tmp", "cache", "state", "ppd"):
        (root / folder).mkdir(parents=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(port=port))
    (root / "cups-files.conf").write_text(FILES_CONF.format(root=root))
    server = subprocess.Popen([cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    real_path = os.environ["PATH"].split(os.pathsep, 1)[1]  # past tests/fake_cups: the real lp and lpstat
    monkeypatch.setenv("PATH", "/usr/sbin" + os.pathsep + real_path)
    monkeypatch.setenv("CUPS_SERVER", f"127.0.0.1:{port}")
    try:
        for _ in range(100):
            if server.poll() is not None:
                _unavailable(f"cupsd did not start: {server.stderr.read().decode(errors='replace')[-300:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            _unavailable("cupsd did not answer in 5 s")
        made = subprocess.run(["lpadmin", "-p", "kiosk-test", "-E", "-v", "file:/dev/null"], capture_output=True, text=True)
        if made.returncode != 0:
            _unavailable(f"lpadmin: {made.stderr.strip()}")
        yield "kiosk-test"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_real_queue_paused_then_rejecting_then_no_default(cups, tmp_path):
    pdf = tmp_path / "lounas.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert printing.printers() == [cups]
    assert printing.send_to_printer(pdf, cups) == printing.Printed(cups)
    subprocess.run(["cupsdisable", cups], check=True)
    assert printing.send_to_printer(pdf, cups) == printing.Held(cups, "Paused")
    subprocess.run(["cupsreject", cups], check=True)
    assert printing.send_to_printer(pdf, cups) == printing.Refused(cups)
    assert printing.send_to_printer(pdf) == printing.NoDefault()  # the test's server has no default
