"""Reading each point's ``find_it`` entry from ``points.yaml``, every problem with its line.

The catalog's loader leaves ``find_it`` alone (see :meth:`.fields.Fields.skip`); this module
reads it, when the close-ups or a guide are first wanted, or by ``check-data``.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from .closeups import CLOSEUP_ORDER, load_closeup_figures
from .fields import Fields, Problems, read_languages
from .find_it import DIRECTIONS, FINGER_CUN, SHOWS, FindIt, GuideStep, PointGuide
from .marker_fields import read_placement
from .points import Atlas, MarkerRule
from .problems import DataError
from .wording import current_language
from .yaml_source import YNode


def load_find_it(
    atlas: Atlas, points_path: Path | str | None = None, closeups_dir: Path | None = None, *, data: bytes | None = None
) -> FindIt:
    """The close-ups, their markers and every point's guide, checked; raise :class:`DataError`
    listing every problem (a guide that names a landmark its figure lacks, for one). With
    ``data``, the points file's text is that (``points_path`` is then only its shown name)."""
    from .find_it_check import check_find_it, place_markers
    from .loader import read_tree

    tree, filename = read_tree(points_path or paths.points_file(), data)
    problems = Problems(filename, current_language())
    guides = read_guides(tree, problems)
    figures = load_closeup_figures(closeups_dir)
    problems.items += check_find_it(atlas, guides, figures, filename)
    if problems.items:
        raise DataError(problems.items)
    return FindIt(figures, place_markers(atlas, guides, figures), guides)


def read_guides(tree: YNode, problems: Problems) -> dict[str, PointGuide]:
    """Each point's ``find_it``, by code. A point without one is a problem: every point is
    shown on at least one close-up."""
    guides: dict[str, PointGuide] = {}
    top = Fields.of(tree, "", problems)
    if top is None:
        return guides
    read_languages(top)
    for path, node in top.items("points"):
        point = Fields.of(node, path, problems)
        if point is None or not point.has("code"):
            continue
        code = point.text("code")
        if code is None:
            continue
        entry = point.fields("find_it")
        if entry is None:
            continue
        closeups = _read_closeups(entry)
        steps = _read_steps(entry)
        entry.finish()
        if closeups and steps:
            guides[code] = PointGuide(code, closeups, steps, line=entry.line)
    return guides


def _read_closeups(entry: Fields) -> tuple[MarkerRule, ...]:
    rules: list[MarkerRule] = []
    for path, node in entry.items("closeups", allow_empty=False):
        m = Fields.of(node, path, entry.problems)
        if m is None:
            continue
        placed = read_placement(m, CLOSEUP_ORDER)
        m.finish()
        if placed is None:
            continue
        view, origin, toward, fraction, lateral, down = placed
        if view is not None and origin is not None:
            rules.append(MarkerRule(view, origin, toward, fraction, lateral, down, line=m.line))
    return tuple(rules)


def _read_steps(entry: Fields) -> tuple[GuideStep, ...]:
    steps: list[GuideStep] = []
    for path, node in entry.items("guide", allow_empty=False):
        f = Fields.of(node, path, entry.problems)
        if f is None:
            continue
        show = f.choice("show", SHOWS)
        text = f.text("text", translated=True)
        landmark = f.text("landmark", required=show == "landmark") or None
        start = f.text("from", required=show == "measure") or None
        end = f.text("to", required=False) or None
        fraction = f.number("fraction", 0.01, 0.99, required=False) or 0.0
        cun = f.number("cun", 0.5, 20.0, required=False) or 0.0
        direction = f.choice("direction", DIRECTIONS, required=False) or ""
        f.finish()
        needed = {"measure": start, "landmark": landmark}.get(show or "", "")
        if show is None or text is None or needed is None:
            continue  # the problem is already told (a field missing or of the wrong type)
        step = GuideStep(show, text, landmark, start, end, float(fraction), float(cun), direction, line=f.line)
        message = _step_problem(step)
        if message is not None:
            f.error(message[0], message[1])
            continue
        steps.append(step)
    return tuple(steps)


def _step_problem(step: GuideStep) -> tuple[str, str] | None:
    """What is wrong with a step's fields, as ``(field, message)``."""
    if step.show != "measure":
        extra = [name for name, value in (("to", step.end), ("cun", step.cun), ("direction", step.direction)) if value]
        if extra:
            return (extra[0], f"only a measure step has '{extra[0]}'")
        return None
    if step.end is not None:
        if not step.fraction:
            return ("fraction", "missing: a measure along a line says how far along it the point is")
        if step.cun or step.direction:
            return ("cun", "a measure is either along a line ('to', 'fraction') or in finger widths ('cun')")
        return None
    if not step.cun:
        return ("cun", "missing: 1 (a thumb), 1.5 (two fingers) or 3 (four fingers)")
    if step.cun not in FINGER_CUN:
        return ("cun", f"must be 1 (a thumb), 1.5 (two fingers) or 3 (four fingers), not {step.cun:g}")
    if not step.direction:
        return ("direction", f"missing: one of {', '.join(DIRECTIONS)}")
    return None
