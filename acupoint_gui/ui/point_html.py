"""A point as HTML for the detail panel. Every piece of data text is escaped: the data files
are user-editable, so they must never inject links, images or markup."""

from __future__ import annotations

from html import escape

from ..model.points import Atlas, Claim, Point, Pregnancy, articles_call_it
from .theme import Theme

PRESSURE_WORDS = {"gentle": "Gentle", "medium": "Medium", "firm": "Firm"}
# A caution no article gives is Acupoint's own (for example about pregnancy): it says so.
GENERAL_ADVICE = ' <span class="src">(general advice, not from the articles)</span>'
FINGERS_NOTE = "Finger widths are those of the person being pressed (Help ▸ Measuring with your fingers)."
# Some points are said to help numbness or weakness, which are also warning signs.
CLAIMS_NOTE = (
    "These are the articles' claims, not proven effects. Numbness or weakness that is new or "
    "getting worse needs a doctor first, not acupressure (Help ▸ Safety and when to see a doctor)."
)
PARTNER_WORDS = {
    "no": "You can reach this point yourself.",
    "helpful": "A partner makes this easier.",
    "required": "You will need a partner to reach this point.",
}


def _sources(atlas: Atlas, ids: tuple[str, ...]) -> str:
    if not ids:
        return ""
    titles = []
    for source_id in ids:
        try:
            titles.append(atlas.source(source_id).title)
        except KeyError:
            titles.append(source_id)
    return f' <span class="src">({escape("; ".join(titles))})</span>'


def _claims(atlas: Atlas, claims: tuple[Claim, ...]) -> str:
    return "".join(f"<li>{escape(c.text)}{_sources(atlas, c.sources)}</li>" for c in claims)


def side_phrase(side: str | None) -> str:
    if side in (None, "", "midline"):
        return ""
    return f"{side} side"


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
    font size, so a larger system font makes all of it larger, not only the body text (whole
    points: Qt's rich text ignores a fractional size)."""
    parts: list[str] = [
        "<style>",
        f"h1 {{ font-size: {round(text_pt * 2.2)}pt; margin: 0; }}",
        f"h2 {{ font-size: {round(text_pt * 1.33)}pt; margin-top: 14px; margin-bottom: 4px; }}",
        f".sub {{ font-size: {round(text_pt * 1.33)}pt; }} .src {{ color: gray; font-size: {round(text_pt)}pt; }}",
        ".aka { color: gray; }",
        f".warn {{ background-color: {theme.warning_bg}; color: {theme.warning_fg}; padding: 6px; }}",
        "</style>",
    ]
    side_text = side_phrase(side)
    parts.append(f"<h1>{escape(point.code)} · {escape(point.name)}</h1>")
    parts.append(f'<p class="sub">{escape(point.pinyin)} &nbsp; {escape(point.chinese)}')
    if side_text:
        parts.append(f" &nbsp; — <b>{escape(side_text)}</b> (the person's own {escape(side_text)})")
    parts.append("</p>")
    if point.article_names:
        parts.append(f"<p>{escape(articles_call_it(point))}</p>")
    others = [name for name in point.english[1:]]
    if others:
        parts.append(f'<p class="aka">Also called: {escape(", ".join(others))}</p>')
    if point.aliases:
        parts.append(
            f'<p class="aka">Other codes in the articles and older books: {escape(", ".join(point.aliases))}</p>'
        )

    cautions = list(point.cautions)
    if cautions or point.pregnancy is not Pregnancy.NONE:
        items = "".join(f"<li>{escape(c.text)}{_sources(atlas, c.sources) or GENERAL_ADVICE}</li>" for c in cautions)
        lead = ""
        if point.pregnancy is Pregnancy.CONTRAINDICATED:
            lead = "<p><b>⚠ Do not press this point during pregnancy.</b></p>"
        elif point.pregnancy is Pregnancy.CAUTION:
            lead = "<p><b>⚠ Pregnancy: ask your doctor or midwife before pressing here.</b></p>"
        if pregnant and point.pregnancy is Pregnancy.CONTRAINDICATED:
            lead += "<p><b>Your settings say you are pregnant: this point is left out of sessions.</b></p>"
        box = f'<td class="warn"><b>Cautions</b>{lead}<ul>{items}</ul></td>'
        parts.append(f'<table width="100%" cellpadding="6"><tr>{box}</tr></table>')

    parts.append(f"<h2>Where it is</h2><p>{escape(point.location)}</p>")
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.finding)
    parts.append(f"<h2>How to find it</h2><ol>{steps}</ol>")
    parts.append(f'<p class="aka">{escape(FINGERS_NOTE)}</p>')
    technique = point.technique
    parts.append(
        "<h2>How to press</h2>"
        f"<p>{escape(PRESSURE_WORDS.get(technique.pressure, technique.pressure))} pressure, "
        f"{escape(technique.motion)}, for {technique.seconds_per_side} seconds"
        f"{' on each side' if point.is_bilateral else ''}.</p>"
    )
    if technique.notes:
        parts.append(f"<ul>{_claims(atlas, technique.notes)}</ul>")
    parts.append(f"<p>{escape(PARTNER_WORDS.get(point.partner.value, ''))}</p>")
    if point.indications:
        parts.append(f"<h2>What the articles say it helps</h2><ul>{_claims(atlas, point.indications)}</ul>")
        parts.append(f'<p class="aka">{escape(CLAIMS_NOTE)}</p>')
    if point.disagreements:
        parts.append(f"<h2>Where the sources disagree</h2><ul>{_claims(atlas, point.disagreements)}</ul>")
    parts.append(f"<h2>Standard location (WHO 2008)</h2><p>{escape(point.who_location)}</p>")
    if point.mapping_note:
        parts.append(f"<p><i>{escape(point.mapping_note)}</i></p>")
    titles = "; ".join(atlas.source(s).title for s in point.sources)
    parts.append(f"<p class='src'>Channel: {escape(point.channel)}. Sources: {escape(titles)}</p>")
    return "".join(parts)
