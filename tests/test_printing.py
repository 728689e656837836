"""Printing says how the queue really stands, logs lp's words, keeps to its time limit, and never
reaches the machine's own printer (issue 20). lp and lpstat here are tests/fake_cups' stand-ins
(tests/conftest.py), except with the hung print server, where the real lp is used when there is one."""

import logging
import os
import shutil
import socket
import time

import pytest

from kiosk import printing
from kiosk.db import settings
from kiosk.staff import StaffService


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "lounas.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


def jobs(tmp_path) -> list[str]:
    log = tmp_path / "lp-jobs.txt"
    return log.read_text().splitlines() if log.exists() else []


def test_the_chosen_printer_gets_the_job(db, clock, pdf, tmp_path):
    settings.put(db, "printer", "Kalliola")
    assert printing.send_to_printer(pdf, StaffService(db, clock, tmp_path).printer()) == printing.Printed("Kalliola")
    assert jobs(tmp_path) == [f"-d Kalliola -- {pdf}"]


def test_without_a_choice_the_system_default_takes_it(pdf, tmp_path):
    assert printing.send_to_printer(pdf) == printing.Printed("test")
    assert jobs(tmp_path) == [f"-- {pdf}"]


def test_a_paused_printer_holds_the_job_and_says_so(pdf, monkeypatch):
    monkeypatch.setenv("FAKE_LPSTAT_PAUSED", "1")
    assert printing.send_to_printer(pdf, "Kalliola") == printing.Held("Kalliola", "Paused")


@pytest.mark.parametrize(("mode", "expected"), [
    ("reject", printing.Refused("Kalliola")),
    ("nodefault", printing.NoDefault()),
    ("error", printing.Failed("lp: Unable to open print file - Permission denied.")),
])
def test_lps_refusals_are_told_apart_and_its_words_logged(pdf, monkeypatch, caplog, mode, expected):
    monkeypatch.setenv("FAKE_LP", mode)
    with caplog.at_level(logging.WARNING, logger="kiosk.printing"):
        assert printing.send_to_printer(pdf, "" if mode == "nodefault" else "Kalliola") == expected
    assert "lp: " in caplog.text  # lp's own sentence, for whoever reads the log


def test_the_printer_list_comes_from_lpstat(monkeypatch):
    monkeypatch.setenv("FAKE_LPSTAT_PRINTERS", "Kalliola Toimisto_PDF")
    assert printing.printers() == ["Kalliola", "Toimisto_PDF"]


def test_without_cups_there_is_no_printing_and_no_list(pdf, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    assert printing.send_to_printer(pdf) == printing.NoPrinting()
    assert printing.printers() == []


@pytest.fixture
def hung_print_server(monkeypatch):
    """A print server that accepts the connection and never answers (issue 20's frozen screen)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    monkeypatch.setenv("CUPS_SERVER", "127.0.0.1:%d" % server.getsockname()[1])
    if shutil.which("lp", path=os.environ["PATH"].split(os.pathsep, 1)[1]):  # the real one, past the stand-in
        monkeypatch.setenv("PATH", os.environ["PATH"].split(os.pathsep, 1)[1])
    else:
        monkeypatch.setenv("FAKE_LP", "hang")  # no CUPS here: a stand-in that waits as lp would
    yield server
    server.close()


def test_a_hung_print_server_costs_the_time_limit_and_no_more(pdf, hung_print_server):
    started = time.monotonic()
    assert printing.send_to_printer(pdf, "Kalliola", time_limit=1.0) == printing.TimedOut(1.0)
    assert time.monotonic() - started < 5
