"""The suite notices deliberate breaks of what people see (``tests/mutations.py``).

Each mutation runs the tests named for it in a copy of the source tree (a few seconds each;
the end-to-end ones longer), so the whole check is marked slow. Whether every mutation still
applies to today's code is checked quickly, without running anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mutation_check import MutationNoLongerAppliesError, apply, copy_tree, imports_from, mutated, run
from .mutations import MUTATIONS, Edit, Mutation


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = copy_tree(tmp_path_factory.mktemp("mutants"))
    assert Path(imports_from(copy)).is_relative_to(copy), "the mutated copy must be what the tests import"
    return copy


@pytest.mark.slow
@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_the_suite_notices(mutation: Mutation, tree: Path) -> None:
    outcome = run(mutation, tree)
    assert outcome.caught, (
        f"mutation {mutation.name!r} ({mutation.what}) was not caught: none of {list(mutation.tests)} "
        f"failed saying all of {list(mutation.expect)}.\n{outcome.output[-4000:]}"
    )


def test_every_mutation_still_applies_and_is_undone(tree: Path) -> None:
    for mutation in MUTATIONS:
        files = {edit.file for edit in mutation.edits if (tree / edit.file).exists()}
        before = {file: (tree / file).read_text(encoding="utf-8") for file in files}
        with mutated(mutation, tree):  # "mutation no longer applies" when a snippet or file is gone
            for edit in mutation.edits:
                assert edit.replacement in (tree / edit.file).read_text(encoding="utf-8")
        assert {file: (tree / file).read_text(encoding="utf-8") for file in before} == before
        assert mutation.tests and all(test.startswith("tests/") for test in mutation.tests)
    names = [m.name for m in MUTATIONS]
    assert len(set(names)) == len(names)


def test_a_snippet_no_longer_in_the_code_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    gone = Mutation("gone", "", (Edit("a.py", "x = 2", "x = 3"),), ("tests/t.py",), ())
    with pytest.raises(MutationNoLongerAppliesError, match="mutation no longer applies: gone: the snippet 'x = 2'"):
        apply(gone, tmp_path)
    twice = Mutation("twice", "", (Edit("a.py", "1", "2"),), ("tests/t.py",), ())
    (tmp_path / "a.py").write_text("x = 1\ny = 1\n", encoding="utf-8")
    with pytest.raises(MutationNoLongerAppliesError, match=r"is 2 times in a\.py"):
        apply(twice, tmp_path)
