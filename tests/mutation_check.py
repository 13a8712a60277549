"""The mutation check: break the app on purpose, in a copy, and make sure the suite notices.

Each mutation in :data:`MUTATIONS` (``tests/mutations.py``) is applied to a fresh copy of the
source tree; then only the tests named for it are run there. At least one of them must fail,
and the failures must say everything in ``expect`` (a test failing for some other reason
does not count).
A snippet that is no longer in its file fails loudly ("mutation no longer applies"): when the
code changes, the mutation is brought up to date rather than silently dropped.

    .venv/bin/python -m tests.mutation_check            # every mutation, a table at the end
    .venv/bin/python -m tests.mutation_check swap-map-side-words hide-markers

The suite runs the same check (``tests/test_mutation_check.py``, marked slow).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from .mutations import MUTATIONS, Mutation

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("acupoint_gui", "data", "resources", "tests", "pyproject.toml")
IGNORED = shutil.ignore_patterns("__pycache__", "artifacts", "*.pyc", ".hypothesis")


class MutationNoLongerAppliesError(AssertionError):
    pass


class Outcome(NamedTuple):
    mutation: Mutation
    caught: bool
    failed: tuple[str, ...]  # the named tests that failed
    seconds: float
    output: str


def copy_tree(target: Path) -> Path:
    """The parts of the checkout the app and its tests need, without caches or artifacts."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=IGNORED)
        else:
            shutil.copy2(source, target / name)
    return target


def apply(mutation: Mutation, tree: Path) -> dict[Path, str]:
    """Make every edit of ``mutation`` in ``tree``; return the files' original text."""
    originals: dict[Path, str] = {}
    for edit in mutation.edits:
        path = tree / edit.file
        text = originals.get(path)
        if text is None:
            if not path.exists():
                raise MutationNoLongerAppliesError(f"mutation no longer applies: {mutation.name}: {edit.file} is gone")
            text = originals[path] = path.read_text(encoding="utf-8")
        current = path.read_text(encoding="utf-8")
        found = current.count(edit.snippet)
        if found != 1:
            where = "is not in" if found == 0 else f"is {found} times in"
            raise MutationNoLongerAppliesError(
                f"mutation no longer applies: {mutation.name}: the snippet {edit.snippet!r} {where} {edit.file}"
            )
        path.write_text(current.replace(edit.snippet, edit.replacement), encoding="utf-8")
    return originals


@contextmanager
def mutated(mutation: Mutation, tree: Path) -> Iterator[None]:
    originals = apply(mutation, tree)
    try:
        yield
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")


def environment(tree: Path) -> dict[str, str]:
    """Run the copy, never the checkout: the copy first on the path, for the tests' own
    subprocesses too (the end-to-end test starts the installed ``acupoint-gui`` script)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env["PYTHONPATH"] = str(tree)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(mutation: Mutation, tree: Path, *, timeout: float = 300) -> Outcome:
    started = time.monotonic()
    with mutated(mutation, tree):
        result = subprocess.run(
            [
                *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", "-rf"),
                *("--hypothesis-profile", "mutation-check", *mutation.tests),
            ],
            cwd=tree,
            env=environment(tree),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    output = result.stdout + result.stderr
    failed = tuple(test for test in mutation.tests if f"FAILED {test}" in output)
    caught = bool(failed) and all(words in output for words in mutation.expect)
    return Outcome(mutation, caught, failed, time.monotonic() - started, output)


def imports_from(tree: Path) -> str:
    """Where the copy's environment imports the app from (must be the copy)."""
    result = subprocess.run(
        [sys.executable, "-c", "import acupoint_gui; print(acupoint_gui.__file__)"],
        cwd=tree,
        env=environment(tree),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def report(outcomes: Sequence[Outcome]) -> str:
    lines = [f"{'mutation':<34} {'result':<12} {'seconds':>7}  caught by"]
    for outcome in outcomes:
        result = "caught" if outcome.caught else "NOT CAUGHT"
        lines.append(
            f"{outcome.mutation.name:<34} {result:<12} {outcome.seconds:7.1f}  {', '.join(outcome.failed) or '-'}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    wanted = [m for m in MUTATIONS if not argv or m.name in argv]
    unknown = set(argv) - {m.name for m in MUTATIONS}
    if unknown:
        print(f"unknown mutations: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="acupoint-mutants-") as work:
        tree = copy_tree(Path(work))
        outcomes = []
        for mutation in wanted:
            outcome = run(mutation, tree)
            verdict = "caught" if outcome.caught else "NOT CAUGHT"
            print(f"{mutation.name}: {verdict} ({outcome.seconds:.1f} s)", flush=True)
            if not outcome.caught:
                print(outcome.output[-3000:])
            outcomes.append(outcome)
    print()
    print(report(outcomes))
    return 0 if all(o.caught for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
