"""Drawing helpers shared by the body figures and the close-ups: smooth outlines in the
figures' three colours, written as SVG Tiny (which Qt's renderer draws)."""

from __future__ import annotations

from collections.abc import Sequence

from body_proportions import MID, Point

FILL, OUTLINE, CUE = "#f3ede6", "#4a4540", "#a39a90"


def smooth_path(points: Sequence[Point], closed: bool = True) -> str:
    """A Catmull-Rom spline through the points, written as cubic Béziers."""
    n = len(points)
    parts = [f"M{points[0][0]:.1f},{points[0][1]:.1f}"]
    count = n if closed else n - 1
    for i in range(count):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[i]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {p2[0]:.1f},{p2[1]:.1f}")
    return " ".join(parts) + (" Z" if closed else "")


def sampled(points: Sequence[Point], steps: int = 6) -> list[Point]:
    """The same spline flattened to a polygon (for point-in-outline checks)."""
    n = len(points)
    out: list[Point] = []
    for i in range(n):
        p0, p1, p2, p3 = points[(i - 1) % n], points[i], points[(i + 1) % n], points[(i + 2) % n]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    return out


def line(points: Sequence[Point], dashed: bool = False, width: float = 1.2) -> str:
    dash = ' stroke-dasharray="3,4"' if dashed else ""
    return (
        f'<path d="{smooth_path(points, closed=False)}" fill="none" stroke="{CUE}" stroke-width="{width}"'
        f' stroke-linecap="round"{dash}/>'
    )


def ellipse(cx: float, cy: float, rx: float, ry: float) -> str:
    shape = f'cx="{cx:.1f}" cy="{cy:.1f}" rx="{rx:.1f}" ry="{ry:.1f}"'
    return f'<ellipse {shape} fill="none" stroke="{CUE}" stroke-width="1.2"/>'


def both_sides(draw: str, offsets: Sequence[Point]) -> list[str]:
    """A cue drawn on each side: ``draw`` is 'line' points given as offsets from the midline."""
    right = [(MID + dx, y) for dx, y in offsets]
    left = [(MID - dx, y) for dx, y in offsets]
    return [line(right, dashed=draw == "dashed"), line(left, dashed=draw == "dashed")]


def filled(points: Sequence[Point], width: float = 2.2) -> str:
    """A closed smooth shape in the body's fill and outline colours."""
    style = f'fill="{FILL}" stroke="{OUTLINE}" stroke-width="{width}" stroke-linejoin="round"'
    return f'<path d="{smooth_path(points)}" {style}/>'
