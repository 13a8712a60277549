"""Search forgives one typo in a long word, never in a short one or a code, and ranks exact first."""

from __future__ import annotations

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.search import NAME_TYPO, TEXT, TEXT_TYPO, PointSearch
from acupoint_gui.model.typos import one_slip_apart


def codes(catalog: Catalog, typed: str) -> list[str]:
    return [hit.point.code for hit in PointSearch(catalog.atlas).search(typed)]


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("siatica", "sciatica", True),  # a letter left out
        ("shenshou", "shenshu", True),  # a letter added
        ("kidnay", "kidney", True),  # a letter changed
        ("sicatica", "sciatica", True),  # two neighbours swapped
        ("sciatica", "sciatica", True),
        ("siatca", "sciatica", False),  # two slips
        ("kindey", "kidney", True),  # "nd" for "dn": neighbours swapped
        ("kedniy", "kidney", False),  # a swap that is not of neighbours
        ("kid", "kidney", False),
    ],
)
def test_one_slip_apart(a: str, b: str, near: bool) -> None:
    assert one_slip_apart(a, b) is near
    assert one_slip_apart(b, a) is near


def test_a_typo_in_a_symptom_finds_the_same_points_after_the_exact_ones(catalog: Catalog) -> None:
    exact = PointSearch(catalog.atlas).search("sciatica")
    typo = PointSearch(catalog.atlas).search("siatica")
    assert [h.point.code for h in typo] == [h.point.code for h in exact] != []
    assert {h.rank for h in exact} == {TEXT} and {h.rank for h in typo} == {TEXT_TYPO}
    assert codes(catalog, "sicatica") == codes(catalog, "sciatica")


@pytest.mark.parametrize(("typed", "code"), [("shenshou", "BL23"), ("kidny", "BL23"), ("kidny shu", "BL23")])
def test_a_typo_in_a_name_finds_the_point(catalog: Catalog, typed: str, code: str) -> None:
    hits = PointSearch(catalog.atlas).search(typed)
    assert hits[0].point.code == code and hits[0].rank == NAME_TYPO


def test_a_word_being_typed_with_a_typo_already_finds_its_points(catalog: Catalog) -> None:
    assert set(codes(catalog, "sciatica")) <= set(codes(catalog, "siati"))


def test_exact_and_prefix_matches_come_before_typo_matches(catalog: Catalog) -> None:
    hits = PointSearch(catalog.atlas).search("shoulders")  # SI11 says "shoulders", GB29 "shoulder"
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks)
    assert hits[0].point.code == "SI11" and hits[0].rank < NAME_TYPO
    assert "GB29" in [h.point.code for h in hits if h.rank == TEXT_TYPO]
    assert [h.point.code for h in PointSearch(catalog.atlas).search("BL23")] == ["BL23"]


@pytest.mark.parametrize("typed", ["hop", "BL233", "BL2e", "kidy", "siat", "lower bak pain"])
def test_short_words_and_codes_need_an_exact_match(catalog: Catalog, typed: str) -> None:
    assert codes(catalog, typed) == []


def test_two_typos_in_one_word_find_nothing(catalog: Catalog) -> None:
    assert codes(catalog, "siatca") == []
