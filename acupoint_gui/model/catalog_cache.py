"""A JSON copy of the checked catalog, so a normal start needs neither YAML nor the SVG parser.

Reading ``points.yaml`` safely, checking every field and placing every marker takes longer
than anything else before the window can appear. The result only changes when one of its
input files does, so it is kept as plain JSON in the user's cache folder, stamped with the
app version and each input file's path, size and modification time (the same test Python
uses for its own byte-code cache). A cache that is missing, stale, unreadable or wrong in
any way is ignored and rebuilt: it is never user data and never the only copy of anything.

JSON rather than pickle: a file in a user-writable folder must not be able to run code.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from .catalog import Catalog, catalog_inputs, load_catalog
from .records import record_fields
from .wording import current_language

CACHE_FORMAT = 2  # 2: points keep the line of landmarks_used
CACHE_NAME = "catalog.json"  # English; another language has its own (catalog.zh_CN.json)


def cache_name(language: str) -> str:
    """The cache file for the data's texts in ``language``: switching back and forth rebuilds nothing."""
    return CACHE_NAME if language == "en" else f"catalog.{language}.json"


MAX_CACHE_BYTES = 8 * 1024 * 1024  # the real one is under 100 kB; anything huge is not ours


class CacheMismatchError(Exception):
    """The cached data does not fit the model (an older layout, or a damaged file)."""


def stamp(inputs: Sequence[Path]) -> list[Any]:
    """What must be unchanged for a cached catalog to be used: versions and each input's stat."""
    files = []
    for path in inputs:
        status = path.stat()
        files.append([str(path.resolve()), status.st_size, status.st_mtime_ns])
    return [CACHE_FORMAT, __version__, current_language(), files]


def encode(value: object) -> Any:
    """Model objects as JSON values: records as objects, tuples as lists, enums by value."""
    names = record_fields(value)
    if names:
        return {name: encode(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): encode(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(kind: Any, data: Any) -> Any:
    """The inverse of :func:`encode`, guided by the type annotations of the model classes."""
    return _decoder(kind)(data)


Decoder = Callable[[Any], Any]
_decoders: dict[Any, Decoder] = {}


def _decoder(kind: Any) -> Decoder:
    """A function that decodes JSON data of this type, built once per type (the cache holds
    thousands of numbers; looking at the annotations for each of them would be slow)."""
    found = _decoders.get(kind)
    if found is None:
        found = _decoders[kind] = _make_decoder(kind)
    return found


def _make_decoder(kind: Any) -> Decoder:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        # the model's only unions are "X | None"
        (inner,) = [option for option in typing.get_args(kind) if option is not type(None)]
        inner_decoder = _decoder(inner)
        return lambda data: None if data is None else inner_decoder(data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            size = _point_size(args[0])
            if size:
                return _points_decoder(size)
            item = _decoder(args[0])
            return lambda data: tuple(item(value) for value in _checked(data, list))
        if _point_size(kind):  # a box or a position
            decode_one = _points_decoder(len(args))
            return lambda data: decode_one([data])[0]
        parts = [_decoder(arg) for arg in args]

        def fixed(data: Any) -> tuple[Any, ...]:
            if len(_checked(data, list)) != len(parts):
                raise CacheMismatchError(f"expected {len(parts)} items, found {len(data)}")
            return tuple(part(value) for part, value in zip(parts, data, strict=True))

        return fixed
    if origin in (Mapping, dict):
        key_kind, value_kind = typing.get_args(kind)
        keys, values = _decoder(key_kind), _decoder(value_kind)
        return lambda data: {keys(k): values(v) for k, v in _checked(data, dict).items()}
    if not isinstance(kind, type):
        raise CacheMismatchError(f"no rule for {kind!r}")
    names = record_fields(kind)
    if names:
        hints = typing.get_type_hints(kind)
        field_decoders = [(name, _decoder(hints[name])) for name in names]
        expected = set(names)
        cls = kind

        def instance(data: Any) -> Any:
            if _checked(data, dict).keys() != expected:
                raise CacheMismatchError(f"{cls.__name__}: fields differ")
            return cls(*[decode_field(data[name]) for name, decode_field in field_decoders])

        return instance
    if issubclass(kind, enum.Enum):
        return kind
    if kind is Path:
        return lambda data: Path(_checked(data, str))
    if kind is float:
        return lambda data: float(_checked(data, int | float))
    return lambda data: _checked(data, kind)


def _point_size(kind: Any) -> int:
    """``n`` for ``tuple[float, ...n times]`` (a position or a box), else 0."""
    if typing.get_origin(kind) is not tuple:
        return 0
    args = typing.get_args(kind)
    return len(args) if args and all(arg is float for arg in args) else 0


def _points_decoder(size: int) -> Decoder:
    """Lists of ``size`` numbers, all checked in one pass: the figure outlines hold thousands."""

    def points(data: Any) -> tuple[tuple[float, ...], ...]:
        rows = _checked(data, list)
        if any(type(row) is not list or len(row) != size for row in rows):
            raise CacheMismatchError(f"expected lists of {size} numbers")
        if not {type(value) for row in rows for value in row} <= {int, float}:  # bool is neither
            raise CacheMismatchError("expected numbers")
        return tuple(tuple(map(float, row)) for row in rows)

    return points


def _checked(data: Any, kind: Any) -> Any:
    if not isinstance(data, kind) or isinstance(data, bool) is not (kind is bool):
        raise CacheMismatchError(f"expected {kind}, found {type(data).__name__}")
    return data


def read_cache(cache_file: Path, current: list[Any]) -> Catalog | None:
    """The cached catalog if it was made by this version from inputs with this :func:`stamp`,
    else ``None``."""
    try:
        if cache_file.stat().st_size > MAX_CACHE_BYTES:
            return None
        document = json.loads(cache_file.read_bytes())
        if not isinstance(document, dict) or document.get("stamp") != current:
            return None
        catalog = decode(Catalog, document["catalog"])
    except (OSError, ValueError, KeyError, TypeError, CacheMismatchError, RecursionError):
        return None
    return catalog if isinstance(catalog, Catalog) else None


def write_cache(cache_file: Path, catalog: Catalog, made_from: list[Any]) -> bool:
    """Save the catalog, with the :func:`stamp` its inputs had *before* they were read (so a file
    edited while it was being read makes the cache stale rather than wrong); ``False`` (and no
    file) when saving is not possible.

    Written to a temporary file and renamed, so a reader never sees half a cache. No fsync:
    a cache lost in a power cut is simply rebuilt.
    """
    tmp = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        text = json.dumps({"stamp": made_from, "catalog": encode(catalog)}, ensure_ascii=False)
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(cache_file)
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def load_catalog_cached(cache_file: Path, points_path: Path | None = None) -> Catalog:
    """Like :func:`~.catalog.load_catalog`, through the cache: read it when it is current, else
    load and check the data files and save the result for next time.

    Raises :class:`~.problems.DataError` exactly as ``load_catalog`` does; a bad file is never cached.
    """
    try:
        inputs = catalog_inputs(points_path)
        before = stamp(inputs)
    except OSError:
        return load_catalog(points_path)  # a missing file: load_catalog says which, with the usual error
    cached = read_cache(cache_file, before)
    if cached is not None and cached.points_path == inputs[0]:
        return cached
    catalog = load_catalog(points_path)
    write_cache(cache_file, catalog, before)
    return catalog
