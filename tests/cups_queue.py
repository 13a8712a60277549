"""A real printer for the tests: CUPS with a cups-pdf queue, started if needed."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from .conftest import require, require_tool

QUEUE = "AcupointTestPDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll an outside process (CUPS) until ``condition`` holds; fail with ``what`` on timeout."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _lpstat(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True, check=False)


def cups_running() -> bool:
    return _lpstat("-r").stdout.strip().startswith("scheduler is running")


def ensure_queue() -> Path:
    """Start CUPS if needed, add the cups-pdf queue, and return the folder its PDFs land in."""
    for tool in ("cupsd", "lpadmin", "lpstat"):
        require_tool(tool)
    require(Path("/usr/lib/cups/backend/cups-pdf").exists(), "printer-driver-cups-pdf is not installed")
    if not cups_running():
        require(os.geteuid() == 0, "starting CUPS needs root")
        subprocess.run(["cupsd"], check=True)
        wait_for(cups_running, 20, "the CUPS scheduler to start")
    if QUEUE not in _lpstat("-p").stdout:
        subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD], check=True)
        subprocess.run(["cupsenable", QUEUE], check=False)
        subprocess.run(["cupsaccept", QUEUE], check=False)
    home = Path("~").expanduser()
    out = home / "PDF"
    out.mkdir(exist_ok=True)
    return out


def job_ids() -> set[str]:
    return {line.split()[0] for line in _lpstat("-W", "all", "-o", QUEUE).stdout.splitlines() if line.strip()}


def job_completed(job: str) -> bool:
    return job in _lpstat("-W", "completed", "-o", QUEUE).stdout


def newest_pdf(folder: Path, after: float) -> Path | None:
    pdfs = [p for p in folder.glob("*.pdf") if p.stat().st_mtime >= after]
    return max(pdfs, key=lambda p: p.stat().st_mtime) if pdfs else None
