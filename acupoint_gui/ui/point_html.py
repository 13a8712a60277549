"""A point as HTML for the detail panel. Every piece of data text is escaped: the data files
are user-editable, so they must never inject links, images or markup.

The first screen holds what a person needs to press the point safely: its cautions (never
pushed below the fold), where it is, how to find it and how to press it. Every statement that
comes from a source carries a small number ([1]); the full titles are listed once at the end,
after everything else (what the articles say it helps, where they disagree, the WHO text, its
other names and the notes on mapping).
"""

from __future__ import annotations

from html import escape

from ..model.citations import Citations, marks
from ..model.points import Atlas, Caution, Claim, Point, Pregnancy, articles_call_it
from ..model.step_wording import channel_words, motion_words
from ..model.wording import QT_TRANSLATE_NOOP, Words, sentences, space_between
from .theme import Theme

PRESSURE_WORDS = {
    "gentle": QT_TRANSLATE_NOOP("PointDetails", "Gentle pressure"),
    "medium": QT_TRANSLATE_NOOP("PointDetails", "Medium pressure"),
    "firm": QT_TRANSLATE_NOOP("PointDetails", "Firm pressure"),
}
# A caution no article gives is Acupoint's own (for example about pregnancy): it says so.
GENERAL_ADVICE = QT_TRANSLATE_NOOP("PointDetails", "(general advice, not from the articles)")
FINGERS_NOTE = QT_TRANSLATE_NOOP(
    "PointDetails", "Finger widths are those of the person being pressed (Help ▸ Measuring with your fingers)."
)
# Some points are said to help numbness or weakness, which are also warning signs.
CLAIMS_NOTE = QT_TRANSLATE_NOOP(
    "PointDetails",
    "These are the articles' claims, not proven effects. Numbness or weakness that is new or "
    "getting worse needs a doctor first, not acupressure (Help ▸ Safety and when to see a doctor).",
)
PARTNER_WORDS = {
    "no": QT_TRANSLATE_NOOP("PointDetails", "You can reach this point yourself."),
    "helpful": QT_TRANSLATE_NOOP("PointDetails", "A partner makes this easier."),
    "required": QT_TRANSLATE_NOOP("PointDetails", "You will need a partner to reach this point."),
}
PREGNANCY_LEADS = {
    Pregnancy.CONTRAINDICATED: QT_TRANSLATE_NOOP("PointDetails", "⚠ Do not press this point during pregnancy."),
    Pregnancy.CAUTION: QT_TRANSLATE_NOOP(
        "PointDetails", "⚠ Pregnancy: ask your doctor or midwife before pressing here."
    ),
}
CAUTIONS_HEADING = QT_TRANSLATE_NOOP("PointDetails", "⚠ Cautions")
LEFT_OUT_WHEN_PREGNANT = QT_TRANSLATE_NOOP(
    "PointDetails", "Your settings say you are pregnant: this point is left out of sessions."
)
MORE_HEADING = QT_TRANSLATE_NOOP("PointDetails", "More about this point")
SOURCES_HEADING = QT_TRANSLATE_NOOP("PointDetails", "Sources")
THE_PERSON_S_OWN_TEXT = QT_TRANSLATE_NOOP("PointDetails", "(the person’s own)")
WHERE_IT_IS_TEXT = QT_TRANSLATE_NOOP("PointDetails", "Where it is")
HOW_TO_PRESS_TEXT = QT_TRANSLATE_NOOP("PointDetails", "How to press")
HOW_TO_FIND_IT_TEXT = QT_TRANSLATE_NOOP("PointDetails", "How to find it")
NAMES_TEXT = QT_TRANSLATE_NOOP("PointDetails", "Names")
# The title's size and a heading's, as multiples of the panel's own font size.
TITLE_SCALE = 1.3
HEADING_SCALE = 1.15


class PointDetails(Words):
    """The detail panel's own words (it is HTML made by functions, not a QObject)."""


def _t(text: str) -> str:
    """A marked text (QT_TRANSLATE_NOOP above), translated and escaped for the HTML."""
    return escape(PointDetails.tr(text))


def side_phrase(side: str | None) -> str:
    if side in (None, "", "midline"):
        return ""
    return PointDetails.tr("left side") if side == "left" else PointDetails.tr("right side")


def _cited(text: str, citations: Citations, sources: tuple[str, ...]) -> str:
    """``text`` with its sources' numbers after it, small: "Sciatica [2, 3]"."""
    mark = marks(citations.cite(sources))
    return f'{escape(text)}{space_between(text, mark)}<span class="ref">{mark}</span>' if mark else escape(text)


def _claims(claims: tuple[Claim, ...], citations: Citations) -> str:
    return "".join(f"<li>{_cited(c.text, citations, c.sources)}</li>" for c in claims)


def _caution(caution: Caution, citations: Citations) -> str:
    if not caution.sources:
        advice = PointDetails.tr(GENERAL_ADVICE)
        gap = space_between(caution.text, advice)
        return f'<li>{escape(caution.text)}{gap}<span class="src">{escape(advice)}</span></li>'
    return f"<li>{_cited(caution.text, citations, caution.sources)}</li>"


def _style(theme: Theme, text_pt: float) -> str:
    # Whole points: Qt's rich text ignores a fractional size. Margins are tight so that the
    # first screen of a narrow dock holds the cautions, the place and the directions.
    return (
        "<style>"
        f"h1 {{ font-size: {round(text_pt * TITLE_SCALE)}pt; margin: 0; }}"
        f"h2 {{ font-size: {round(text_pt * HEADING_SCALE)}pt; margin-top: 8px; margin-bottom: 0px; }}"
        "p { margin-top: 2px; margin-bottom: 4px; } li { margin-bottom: 2px; }"
        "ul, ol { margin-top: 2px; margin-bottom: 2px; }"
        f".src, .ref {{ color: gray; font-size: {round(text_pt * 0.9)}pt; }}"
        ".aka { color: gray; }"
        f".warn {{ background-color: {theme.warning_bg}; color: {theme.warning_fg}; }}"
        "</style>"
    )


def _heading(point: Point, side: str | None) -> str:
    side_text = side_phrase(side)
    parts = [f"<h1>{escape(point.code)} · {escape(point.name)}</h1>"]
    parts.append(f"<p>{escape(point.pinyin)} &nbsp; {escape(point.chinese)}")
    if side_text:
        own = _t(THE_PERSON_S_OWN_TEXT)
        parts.append(f" &nbsp;· <b>{escape(side_text)}</b>{space_between(side_text, own)}{own}")
    parts.append("</p>")
    return "".join(parts)


def _cautions(point: Point, citations: Citations, pregnant: bool) -> str:
    if not point.cautions and point.pregnancy is Pregnancy.NONE:
        return ""
    # The box opens with the pregnancy warning when there is one (it is the first thing to
    # know), else with the word "Cautions".
    lead = f"<p><b>{escape(PointDetails.tr(PREGNANCY_LEADS.get(point.pregnancy, CAUTIONS_HEADING)))}</b></p>"
    if pregnant and point.pregnancy is Pregnancy.CONTRAINDICATED:
        lead += f"<p><b>{escape(PointDetails.tr(LEFT_OUT_WHEN_PREGNANT))}</b></p>"
    items = "".join(_caution(c, citations) for c in point.cautions)
    box = f'<td class="warn">{lead}<ul>{items}</ul></td>' if items else f'<td class="warn">{lead}</td>'
    return f'<table width="100%" cellpadding="5" cellspacing="0"><tr>{box}</tr></table>'


def _first_screen(point: Point, citations: Citations) -> str:
    """Where it is, how to press it (short), then how to find it (the longest part)."""
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.finding)
    technique = point.technique
    how_long = (
        PointDetails.tr("%n second(s) on each side", "", technique.seconds_per_side)
        if point.is_bilateral
        else PointDetails.tr("%n second(s)", "", technique.seconds_per_side)
    )
    press = PointDetails.tr("{pressure}, {motion}, for {time}.").format(
        pressure=PointDetails.tr(PRESSURE_WORDS.get(technique.pressure, technique.pressure)),
        motion=motion_words(technique.motion),
        time=how_long,
    )
    partner = PARTNER_WORDS.get(point.partner.value)
    press = escape(sentences(press, PointDetails.tr(partner) if partner else ""))
    notes = f"<ul>{_claims(technique.notes, citations)}</ul>" if technique.notes else ""
    return (
        f"<h2>{_t(WHERE_IT_IS_TEXT)}</h2><p>{escape(point.location)}</p>"
        f"<h2>{_t(HOW_TO_PRESS_TEXT)}</h2><p>{press.strip()}</p>{notes}"
        f"<h2>{_t(HOW_TO_FIND_IT_TEXT)}</h2><ol>{steps}</ol>"
        f'<p class="aka">{escape(PointDetails.tr(FINGERS_NOTE))}</p>'
    )


def _the_rest(atlas: Atlas, point: Point, citations: Citations) -> str:
    """What the articles say it helps, where they disagree, the WHO text, names, mapping notes."""
    parts = [f"<hr/><p><b>{escape(PointDetails.tr(MORE_HEADING))}</b></p>"]
    if point.indications:
        heading = escape(PointDetails.tr("What the articles say it helps"))
        parts.append(f"<h2>{heading}</h2><ul>{_claims(point.indications, citations)}</ul>")
        parts.append(f'<p class="aka">{escape(PointDetails.tr(CLAIMS_NOTE))}</p>')
    if point.disagreements:
        heading = escape(PointDetails.tr("Where the sources disagree"))
        parts.append(f"<h2>{heading}</h2><ul>{_claims(point.disagreements, citations)}</ul>")
    standards = tuple(s for s in point.sources if s in {src.id for src in atlas.sources if src.kind == "standard"})
    heading = escape(PointDetails.tr("Standard location (WHO 2008)"))
    parts.append(f"<h2>{heading}</h2><p>{_cited(point.who_location, citations, standards)}</p>")
    if point.mapping_note:
        parts.append(f"<p><i>{escape(point.mapping_note)}</i></p>")
    names = []
    if point.article_names:
        names.append(escape(articles_call_it(point)))
    if point.english[1:]:
        names.append(escape(PointDetails.tr("Also called: {names}.").format(names=", ".join(point.english[1:]))))
    if point.aliases:
        other = PointDetails.tr("Other codes in the articles and older books: {codes}.")
        names.append(escape(other.format(codes=", ".join(point.aliases))))
    names.append(escape(PointDetails.tr("Channel: {channel}.").format(channel=channel_words(point.channel))))
    parts.append(f"<h2>{_t(NAMES_TEXT)}</h2><p>{'<br/>'.join(names)}</p>")
    # Every source of the point is listed, those not cited beside a statement too (they are
    # where the place and the directions come from).
    citations.cite(point.sources)
    listed = "".join(f"<p class='src'>[{number}] {escape(title)}</p>" for number, title in citations.listed())
    parts.append(f"<h2>{escape(PointDetails.tr(SOURCES_HEADING))}</h2>{listed}")
    return "".join(parts)


def point_html(
    atlas: Atlas,
    point: Point,
    theme: Theme,
    *,
    side: str | None = None,
    pregnant: bool = False,
    text_pt: float = 9.0,
) -> str:
    """The detail panel's text. Headings and notes are sized from ``text_pt``, the panel's own
    font size, so a larger system font makes all of it larger, not only the body text."""
    citations = Citations(atlas)
    return "".join(
        [
            _style(theme, text_pt),
            _heading(point, side),
            _cautions(point, citations, pregnant),
            _first_screen(point, citations),
            _the_rest(atlas, point, citations),
        ]
    )
