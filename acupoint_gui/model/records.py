"""What the model's records have in common, for code that handles any of them (cache, export).

The records that the window needs to open (points, figures, markers, routines, settings) are
``typing.NamedTuple`` classes rather than frozen dataclasses: just as immutable and typed, but
made in one step, where each dataclass compiles its methods when its module is imported
(about half a millisecond each on Python 3.11, a third of Acupoint's own start-up).
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
