"""What the model's records have in common, for code that handles any of them (cache, export).

The records that the window needs to open (points, figures, markers, routines, settings) are
``typing.NamedTuple`` classes rather than frozen dataclasses: just as immutable and typed, but
made in one step, where each dataclass compiles its methods when its module is imported
(about half a millisecond each on Python 3.11, a third of Acupoint's own start-up).

The modules that define the records the window needs (points, geometry, catalog, routines,
settings, search, breathing, the routine library, step wording) do without ``from __future__
import annotations``: with string annotations every NamedTuple field, and every field the
catalog cache decodes through ``typing.get_type_hints``, compiles its annotation at start-up
(about 200 small compiles, 1% of the first frame's instructions).
"""

from __future__ import annotations


def record_fields(value_or_class: object) -> tuple[str, ...]:
    """The field names of a record or record class (a NamedTuple); ``()`` for anything else,
    plain tuples included."""
    kind = value_or_class if isinstance(value_or_class, type) else type(value_or_class)
    if not issubclass(kind, tuple):
        return ()
    names: tuple[str, ...] = getattr(kind, "_fields", ())
    return names
