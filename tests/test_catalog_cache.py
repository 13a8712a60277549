"""The cached catalog: identical to a fresh load, rebuilt whenever an input changes, and a
damaged cache is never an error. No Qt here."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from acupoint_gui import paths
from acupoint_gui.model import catalog_cache
from acupoint_gui.model.catalog import Catalog, catalog_inputs, load_catalog
from acupoint_gui.model.catalog_cache import (
    CacheMismatchError,
    decode,
    encode,
    load_catalog_cached,
    read_cache,
    stamp,
    write_cache,
)
from acupoint_gui.model.points import Side
from acupoint_gui.model.problems import DataError


@pytest.fixture(scope="module")
def fresh() -> Catalog:
    return load_catalog()


@pytest.fixture
def points_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "points.yaml"
    shutil.copyfile(paths.points_file(), copy)
    return copy


def no_yaml_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, building the catalog from the data files is a test failure."""

    def refuse(*_args: object, **_kwargs: object) -> Catalog:
        raise AssertionError("the catalog was loaded from YAML, not from the cache")

    monkeypatch.setattr(catalog_cache, "load_catalog", refuse)


def test_encoding_and_decoding_give_back_the_same_catalog(fresh: Catalog) -> None:
    round_trip = decode(Catalog, json.loads(json.dumps(encode(fresh))))
    assert round_trip == fresh
    # equality ignores source line numbers; the cache keeps them for error messages
    assert [m.line for p in round_trip.atlas.points for m in p.markers] == [
        m.line for p in fresh.atlas.points for m in p.markers
    ]
    assert round_trip.markers[0].side in set(Side)
    assert isinstance(round_trip.points_path, Path)


def test_second_load_comes_from_the_cache(tmp_path: Path, fresh: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache" / "catalog.json"
    first = load_catalog_cached(cache)
    assert first == fresh and cache.is_file()
    no_yaml_loading(monkeypatch)
    assert load_catalog_cached(cache) == fresh


def test_an_edited_points_file_is_read_again(tmp_path: Path, points_copy: Path) -> None:
    cache = tmp_path / "catalog.json"
    before = load_catalog_cached(cache, points_copy)
    text = points_copy.read_text(encoding="utf-8")
    old = before.atlas.point("BL23").location
    points_copy.write_text(text.replace(old, old + " (edited)", 1), encoding="utf-8")
    os.utime(points_copy, ns=(1, 1))  # a different time even on file systems with coarse clocks
    after = load_catalog_cached(cache, points_copy)
    assert after.atlas.point("BL23").location == old + " (edited)"
    assert after.points_path == points_copy


def test_a_file_edited_while_it_is_read_leaves_a_stale_cache_not_a_wrong_one(
    tmp_path: Path, points_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "catalog.json"
    real_load = load_catalog  # the function catalog_cache calls, before the patch below replaces it there
    old_text = points_copy.read_text(encoding="utf-8")

    def load_then_edit(path: Path | None = None) -> Catalog:
        result = real_load(path)
        points_copy.write_text(old_text.replace("Kidney Shu", "Kidney Shu (edited)", 1), encoding="utf-8")
        os.utime(points_copy, ns=(2, 2))
        return result

    monkeypatch.setattr(catalog_cache, "load_catalog", load_then_edit)
    load_catalog_cached(cache, points_copy)
    monkeypatch.setattr(catalog_cache, "load_catalog", real_load)
    assert read_cache(cache, stamp(catalog_inputs(points_copy))) is None
    assert "Kidney Shu (edited)" in load_catalog_cached(cache, points_copy).atlas.point("BL23").english


def test_another_points_file_is_not_served_from_a_cache_of_the_bundled_one(
    tmp_path: Path, points_copy: Path, fresh: Catalog
) -> None:
    cache = tmp_path / "catalog.json"
    load_catalog_cached(cache)
    assert load_catalog_cached(cache, points_copy).points_path == points_copy


def test_a_bad_points_file_raises_as_before_and_is_never_cached(tmp_path: Path, points_copy: Path) -> None:
    cache = tmp_path / "catalog.json"
    points_copy.write_text("version: 1\npoints: [\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_catalog_cached(cache, points_copy)
    assert caught.value.problems[0].file == str(points_copy)
    assert not cache.exists()


def test_a_missing_points_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot be read"):
        load_catalog_cached(tmp_path / "catalog.json", tmp_path / "nowhere.yaml")


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        b"[]",
        b'{"stamp": 1}',
        b"{" * 5000,  # deep nesting
    ],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path: Path, fresh: Catalog, damage: bytes) -> None:
    cache = tmp_path / "catalog.json"
    cache.write_bytes(damage)
    assert load_catalog_cached(cache) == fresh
    assert read_cache(cache, stamp(catalog_inputs())) == fresh  # rewritten, and good now


def test_a_cache_with_wrong_values_is_ignored(tmp_path: Path, fresh: Catalog) -> None:
    cache = tmp_path / "catalog.json"
    load_catalog_cached(cache)
    document = json.loads(cache.read_text(encoding="utf-8"))
    document["catalog"]["markers"][0]["x"] = "12.5"  # a string where a number belongs
    cache.write_text(json.dumps(document), encoding="utf-8")
    assert read_cache(cache, stamp(catalog_inputs())) is None
    document["catalog"]["markers"][0]["x"] = True  # JSON true is not a coordinate either
    cache.write_text(json.dumps(document), encoding="utf-8")
    assert read_cache(cache, stamp(catalog_inputs())) is None
    assert load_catalog_cached(cache) == fresh


def test_a_huge_cache_file_is_not_read(tmp_path: Path, fresh: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "catalog.json"
    load_catalog_cached(cache)
    good = cache.read_bytes()
    monkeypatch.setattr(catalog_cache, "MAX_CACHE_BYTES", len(good) - 1)
    assert read_cache(cache, stamp(catalog_inputs())) is None


def test_a_cache_from_another_version_is_ignored(tmp_path: Path, fresh: Catalog) -> None:
    cache = tmp_path / "catalog.json"
    load_catalog_cached(cache)
    document = json.loads(cache.read_text(encoding="utf-8"))
    document["stamp"][1] = "0.0.0-older"
    cache.write_text(json.dumps(document), encoding="utf-8")
    assert read_cache(cache, stamp(catalog_inputs())) is None


def test_decoding_checks_shapes() -> None:
    with pytest.raises(CacheMismatchError):
        decode(tuple[float, float], [1.0])
    with pytest.raises(CacheMismatchError):
        decode(tuple[str, ...], "abc")
    with pytest.raises(CacheMismatchError):
        decode(int, True)
    assert decode(float, 2) == 2.0 and isinstance(decode(float, 2), float)
    assert decode(str | None, None) is None


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, fresh: Catalog) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = blocker / "catalog.json"
    assert write_cache(cache, fresh, stamp(catalog_inputs())) is False
    assert load_catalog_cached(cache) == fresh
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]  # no temporary files left behind
