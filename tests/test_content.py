"""The content itself: codes people type, pregnancy, names, what each sheet says."""

from __future__ import annotations

import pytest

from acupoint_gui.model.catalog import Catalog
from acupoint_gui.model.search import PointSearch


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("LV3", "LR3"),
        ("Liv 3", "LR3"),
        ("K1", "KI1"),
        ("UB28", "BL28"),
        ("B62", "BL62"),
        ("UB60", "BL60"),
        ("Hoku", "LI4"),
        ("B47", "BL52"),
        ("B48", "BL53"),
        ("B53", "BL39"),
        ("B54", "BL40"),
        ("REN 6", "CV6"),
    ],
)
def test_common_spellings_of_a_code_open_the_point(catalog: Catalog, typed: str, code: str) -> None:
    assert catalog.atlas.point(typed).code == code
    assert PointSearch(catalog.atlas).search(typed)[0].point.code == code


@pytest.mark.parametrize(
    ("typed", "old_owner"), [("BL47", "BL52"), ("BL48", "BL53"), ("BL53", "BL39"), ("BL54", "BL40")]
)
def test_todays_codes_never_open_the_point_that_had_that_number_before(
    catalog: Catalog, typed: str, old_owner: str
) -> None:
    """BL47 is Hunmen today: it must not lead to BL52, which the articles call B47 (old numbering)."""
    hits = [hit.point.code for hit in PointSearch(catalog.atlas).search(typed)]
    assert old_owner not in hits, hits
    found = catalog.atlas.find(typed)
    assert found is None or found.code == typed


def test_bl53_opens_baohuang(catalog: Catalog) -> None:
    assert PointSearch(catalog.atlas).search("BL53")[0].point.pinyin == "Bāohuāng"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("foot point while sleeping", "LR3"), ("Foot Point (while sitting)", "KI1"), ("hand point", "LI4")],
)
def test_the_articles_labels_still_find_their_points(catalog: Catalog, typed: str, code: str) -> None:
    assert PointSearch(catalog.atlas).search(typed)[0].point.code == code
