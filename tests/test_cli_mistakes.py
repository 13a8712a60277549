"""Every command-line mistake a person can make ends in one line on stderr and a non-zero exit:
no traceback, no usage block, no file (partial, temporary or otherwise) left behind.

Each case runs ``acupoint-gui`` as a real process. The suite runs as root, who may write to any
ordinary folder, so the unwritable places are /proc (takes no new files) and /sys (refuses them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import python_env, run_python

ROUTINE = ("sheet", "--routine", "hip-low-back-five")

# (case id, arguments with {tmp} for the test's own folder, what the one line must say)
CASES: list[tuple[str, tuple[str, ...], str]] = [
    # sheet: where the PDF goes
    ("sheet-to-proc", (*ROUTINE, "--output", "/proc/acupoint-test.pdf"), "that folder does not take new files"),
    (
        "sheet-to-sys",
        (*ROUTINE, "--output", "/sys/acupoint-test.pdf"),
        "Acupoint cannot write to /sys/acupoint-test.pdf",
    ),
    ("sheet-missing-folder", (*ROUTINE, "--output", "{tmp}/missing/sheet.pdf"), "the folder does not exist"),
    ("sheet-folder-is-a-file", (*ROUTINE, "--output", "{tmp}/notes.txt/sheet.pdf"), "part of that path is a file"),
    ("sheet-to-a-folder", (*ROUTINE, "--output", "{tmp}"), "is a folder: name a file inside it"),
    ("sheet-not-pdf", (*ROUTINE, "--output", "{tmp}/sheet.txt"), "must end in .pdf"),
    ("sheet-only-suffix", (*ROUTINE, "--output", "{tmp}/.pdf"), "has no name before .pdf"),
    ("sheet-empty-output", (*ROUTINE, "--output", ""), "No file name given"),
    # sheet: what goes on it
    ("sheet-bad-code", ("sheet", "--points", "ZZ9,BL23", "--output", "{tmp}/s.pdf"), "unknown point: ZZ9"),
    ("sheet-comma-only", ("sheet", "--points", ",", "--output", "{tmp}/s.pdf"), "--points lists no point codes"),
    ("sheet-empty-points", ("sheet", "--points", "", "--output", "{tmp}/s.pdf"), "--points lists no point codes"),
    ("sheet-unknown-routine", ("sheet", "--routine", "nope", "--output", "{tmp}/s.pdf"), "unknown routine 'nope'"),
    ("sheet-empty-routine", ("sheet", "--routine", "", "--output", "{tmp}/s.pdf"), "unknown routine ''"),
    ("sheet-bad-date", (*ROUTINE, "--date", "2026-13-40", "--output", "{tmp}/s.pdf"), "'2026-13-40' is not a date"),
    ("sheet-word-date", (*ROUTINE, "--date", "tomorrow", "--output", "{tmp}/s.pdf"), "write it as YYYY-MM-DD"),
    ("sheet-bad-page-size", (*ROUTINE, "--page-size", "A3", "--output", "{tmp}/s.pdf"), "'A3' is not a paper size"),
    ("sheet-unknown-printer", (*ROUTINE, "--printer", "No-Such-Printer"), "unknown printer 'No-Such-Printer'"),
    ("sheet-nowhere", ROUTINE, "one of the arguments --output --printer is required"),
    ("sheet-two-choices", (*ROUTINE, "--points", "BL23", "--output", "{tmp}/s.pdf"), "not allowed with argument"),
    ("sheet-unknown-option", (*ROUTINE, "--output", "{tmp}/s.pdf", "--colour"), "not understood: --colour"),
    # sheet: the practitioner's lines
    ("sheet-long-client", (*ROUTINE, "--client", "x" * 81, "--output", "{tmp}/s.pdf"), "The client's name is too long"),
    (
        "sheet-long-practitioner",
        (*ROUTINE, "--practitioner", "y" * 161, "--output", "{tmp}/s.pdf"),
        "The practitioner line is too long (161 characters; at most 160)",
    ),
    ("sheet-control-note", (*ROUTINE, "--note", "a\x1bb", "--output", "{tmp}/s.pdf"), "holds a control character"),
    # report
    ("report-to-proc", ("report", "--output", "/proc/acupoint-test.pdf"), "that folder does not take new files"),
    ("report-not-pdf", ("report", "--output", "{tmp}/report.txt"), "must end in .pdf"),
    ("report-to-a-folder", ("report", "--output", "{tmp}"), "is a folder: name a file inside it"),
    ("report-bad-date", ("report", "--output", "{tmp}/r.pdf", "--from", "2026-02-30"), "'2026-02-30' is not a date"),
    (
        "report-backwards",
        ("report", "--output", "{tmp}/r.pdf", "--from", "2026-04-02", "--to", "2026-04-01"),
        "--from must be on or before --to",
    ),
    ("report-long-client", ("report", "--output", "{tmp}/r.pdf", "--client", "x" * 81), "The client's name is too"),
    ("report-nowhere", ("report",), "one of the arguments --output --printer is required"),
    ("report-unknown-printer", ("report", "--printer", "No-Such-Printer"), "unknown printer 'No-Such-Printer'"),
    # render-map
    ("map-to-proc", ("render-map", "/proc/acupoint-test.png"), "that folder does not take new files"),
    ("map-missing-folder", ("render-map", "{tmp}/missing/map.png"), "the folder does not exist"),
    ("map-to-a-folder", ("render-map", "{tmp}"), "is a folder: name a file inside it"),
    ("map-not-png", ("render-map", "{tmp}/map.txt"), "must end in .png"),
    ("map-huge", ("render-map", "{tmp}/map.png", "--height", "99999999"), "--height must be between 300 and 8000"),
    ("map-negative", ("render-map", "{tmp}/map.png", "--height", "-5"), "--height must be between 300 and 8000"),
    ("map-height-word", ("render-map", "{tmp}/map.png", "--height", "tall"), "invalid int value: 'tall'"),
    ("map-no-output", ("render-map",), "the following arguments are required: OUT.png"),
    # check-data
    ("check-missing", ("check-data", "{tmp}/nope.yaml"), "cannot be read: there is no such file"),
    ("check-folder", ("check-data", "{tmp}"), "cannot be read: it is a folder, not a file"),
    ("check-binary", ("check-data", "{tmp}/binary.yaml"), "file is binary, not YAML text"),
    ("check-empty", ("check-data", "{tmp}/empty.yaml"), "file is empty"),
    ("check-endless", ("check-data", "/dev/zero"), "file is too large (more than"),
    ("check-against-missing", ("check-data", "{tmp}/mine.yaml", "--points", "{tmp}/nope.yaml"), "no such file"),
    # the window's --points file, before any window opens
    ("window-points-missing", ("--points", "{tmp}/nope.yaml"), "Acupoint cannot read {tmp}/nope.yaml: there is no"),
    ("window-points-folder", ("--points", "{tmp}"), "it is a folder, not a file"),
    ("window-points-no-file", ("--points",), "argument --points: expected one argument"),
    (
        "window-points-with-a-command",
        ("--points", "{tmp}/mine.yaml", "sheet", "--routine", "hip-low-back-five", "--output", "{tmp}/s.pdf"),
        "the 'sheet' command does not use it",
    ),
    # commands and options
    ("unknown-command", ("frobnicate",), "unknown command 'frobnicate' (choose from check-data, points"),
    ("unknown-option", ("--frob",), "not understood: --frob"),
    ("points-unknown-option", ("points", "--jsn"), "not understood: --jsn"),
    ("check-two-files", ("check-data", "a.yaml", "b.yaml"), "not understood: b.yaml"),
]


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def prepared_folder(tmp: Path) -> list[str]:
    """The files some cases read or stand in the way, and the folder's listing before the run."""
    (tmp / "notes.txt").write_text("not a folder", encoding="utf-8")
    (tmp / "binary.yaml").write_bytes(b"\x00\x01\xff\xfe not text")
    (tmp / "empty.yaml").write_bytes(b"")
    (tmp / "mine.yaml").write_text("schema: 1\nroutines: []\n", encoding="utf-8")
    return listing(tmp)


@pytest.mark.parametrize(("args", "says"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_mistake_is_one_line_and_a_failure(tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    before = prepared_folder(tmp_path)
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    # No display: were a window to open by mistake, it fails at once instead of waiting.
    env = {k: v for k, v in python_env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_python("-m", "acupoint_gui", *argv, env=env, timeout=120)
    lines = result.stderr.splitlines()
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert says.replace("{tmp}", str(tmp_path)) in lines[0]
    assert result.stdout == ""
    assert listing(tmp_path) == before, "no file, partial or temporary, left behind"
    for arg in argv:
        if arg.startswith(("/proc/", "/sys/")):
            assert not Path(arg).exists()


def test_argument_mistakes_exit_2_and_name_the_help() -> None:
    result = run_python("-m", "acupoint_gui", "sheet", "--routine", "x", "--date", "31/12/2026", "--output", "x.pdf")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("See 'acupoint-gui sheet --help'.")


def test_page_sizes_are_read_in_any_case(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = run_python("-m", "acupoint_gui", *ROUTINE, "--page-size", "letter", "--output", str(out), timeout=180)
    assert result.returncode == 0, result.stderr
    assert out.exists() and listing(tmp_path) == ["sheet.pdf"]
