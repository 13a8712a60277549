"""``points.yaml`` to an :class:`~acupoint_gui.model.points.Atlas`, with every problem reported.

Reading is in two passes: :mod:`.yaml_source` builds a line-numbered tree safely, then this
module checks each field and cross-references (duplicate codes, aliases that clash, sources
that do not exist). All problems are collected and raised together as one
:class:`~acupoint_gui.model.yaml_source.DataError`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .fields import Fields, Problems, read_languages
from .marker_fields import read_placement
from .named_files import read_reason
from .points import (
    Atlas,
    Caution,
    Claim,
    CunMeasure,
    Instructions,
    Laterality,
    MarkerRule,
    Partner,
    Point,
    Pregnancy,
    Safety,
    Source,
    Technique,
    normalise_code,
)
from .problems import DataError, Problem
from .wording import current_language
from .yaml_source import MAX_BYTES, YNode, YScalar, decode, parse

SCHEMA_VERSION = 1
VIEWS = ("front", "back", "side", "sole")
PRESSURES = ("gentle", "medium", "firm")
MOTIONS = ("steady", "circular", "steady or circular")
CAUTION_KINDS = ("pregnancy", "general", "medical")
MAX_SECONDS = 600
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{2,3}[0-9]{1,2}$")
# An alias that starts like a WHO code ("BL47", "bl 47 (old numbering)") names that point to
# anyone who types it: it may only be the point's own code. Old numbers keep their old form (B47).
_WHO_CHANNELS = ("LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR", "GV", "CV")
_WHO_CODE_START = re.compile(rf"^\s*({'|'.join(_WHO_CHANNELS)})\s*-?\s*([0-9]{{1,2}})(?![0-9])", re.IGNORECASE)


def read_tree(path: Path | str, data: bytes | None = None) -> tuple[YNode, str]:
    """The YAML tree of a file (read from disk unless ``data`` is given) and its shown name."""
    filename = str(path)
    if data is None:
        try:
            size = Path(path).stat().st_size
            if size > MAX_BYTES:  # refuse before reading a huge file into memory
                raise DataError([_file_problem(filename, f"file is too large ({size:,} bytes; at most {MAX_BYTES:,})")])
            with Path(path).open("rb") as stream:  # at most one byte past the limit: /dev/zero ends too
                data = stream.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise DataError([_file_problem(filename, f"file is too large (more than {MAX_BYTES:,} bytes)")])
        except OSError as exc:
            raise DataError([_file_problem(filename, f"cannot be read: {read_reason(exc)}")]) from None
    return parse(decode(data, filename), filename), filename


def _file_problem(filename: str, message: str) -> Problem:
    return Problem(filename, 1, "", message)


def load_atlas(path: Path | str, data: bytes | None = None) -> Atlas:
    """Load and check a points file; raise :class:`DataError` listing every problem."""
    tree, filename = read_tree(path, data)
    problems = Problems(filename, current_language())
    atlas = _read_atlas(tree, problems)
    if problems.items or atlas is None:
        raise DataError(problems.items)
    return atlas


def _read_atlas(tree: YNode, problems: Problems) -> Atlas | None:
    top = Fields.of(tree, "", problems)
    if top is None:
        return None
    top.integer("schema", SCHEMA_VERSION, SCHEMA_VERSION)
    read_languages(top)
    sources = _read_sources(top, problems)
    source_ids = {s.id for s in sources}
    instructions = _read_instructions(top, problems, source_ids)
    safety = _read_safety(top)
    regions = top.text_list("regions")
    measures = _read_measures(top)
    points = _read_points(top, problems, source_ids, set(regions), {m.name for m in measures})
    top.finish()
    if instructions is None or safety is None:
        return None
    return Atlas(sources, instructions, safety, measures, points, regions)


def _read_sources(top: Fields, problems: Problems) -> tuple[Source, ...]:
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for path, node in top.items("sources", allow_empty=False):
        f = Fields.of(node, path, problems)
        if f is None:
            continue
        source_id = f.text("id")
        title = f.text("title")
        kind = f.choice("kind", ("article", "standard"))
        note = f.text("note", required=False, translated=True) or ""
        f.finish()
        if source_id is not None and not _ID.match(source_id):
            f.error("id", "must be lowercase letters, digits and hyphens")
            continue
        if source_id is not None and source_id in seen:
            f.error("id", f"duplicate source id {source_id!r} (first on line {seen[source_id]})")
            continue
        if source_id and title and kind:
            seen[source_id] = f.line_of("id")
            sources.append(Source(source_id, title, kind, note))
    return tuple(sources)


def _claim(f: Fields | None, source_ids: set[str], *, sources_required: bool = True) -> Claim | None:
    if f is None:
        return None
    text = f.text("text", translated=True)
    cited = _cited(f, "sources", source_ids, required=sources_required)
    f.finish()
    if text is None or cited is None:
        return None
    return Claim(text, cited)


def _cited(f: Fields, key: str, source_ids: set[str], *, required: bool = True) -> tuple[str, ...] | None:
    if not f.has(key) and not required:
        return ()
    cited = f.text_list(key, allow_empty=not required)
    ok = True
    for index, source_id in enumerate(cited):
        if source_id not in source_ids:
            f.problems.add(f.line_of(key), f"{f.sub(key)}[{index}]", f"unknown source {source_id!r}")
            ok = False
    return cited if ok else None


def read_claims(
    f: Fields, key: str, source_ids: set[str], *, required: bool = True, sources_required: bool = True
) -> tuple[Claim, ...]:
    """A list of ``{text, sources}`` claims; with ``sources_required=False`` an empty ``sources``
    marks a statement no source makes (Acupoint's own)."""
    claims: list[Claim] = []
    for path, node in f.items(key, required=required):
        claim = _claim(Fields.of(node, path, f.problems), source_ids, sources_required=sources_required)
        if claim is not None:
            claims.append(claim)
    return tuple(claims)


def _read_instructions(top: Fields, problems: Problems, source_ids: set[str]) -> Instructions | None:
    f = top.fields("instructions")
    if f is None:
        return None
    pressure = _claim(f.fields("pressure"), source_ids)
    seconds = f.integer("seconds_per_side", 1, MAX_SECONDS)
    minutes: list[int] = []
    for path, node in f.items("session_minutes"):
        value = node.value if isinstance(node, YScalar) else None
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 120:
            minutes.append(value)
        else:
            problems.add(node.line, path, "must be a whole number of minutes between 1 and 120")
    if len(minutes) == 2 and minutes[0] > minutes[1]:
        f.error("session_minutes", "the first (shortest) must not be larger than the second")
    elif len(minutes) != 2 and f.has("session_minutes"):
        f.error("session_minutes", "must be two numbers: [shortest, longest]")
    times = _claim(f.fields("times_per_day"), source_ids)
    breathing = _claim(f.fields("breathing"), source_ids)
    partner = _claim(f.fields("partner"), source_ids)
    other = read_claims(f, "other", source_ids, required=False)
    f.finish()
    if None in (pressure, seconds, times, breathing, partner) or len(minutes) != 2:
        return None
    assert pressure and seconds and times and breathing and partner
    return Instructions(pressure, seconds, (minutes[0], minutes[1]), times, breathing, partner, other)


def _read_safety(top: Fields) -> Safety | None:
    f = top.fields("safety")
    if f is None:
        return None
    notice = f.text("notice", translated=True)
    flags = f.text_list("red_flags", translated=True)
    flags_source = f.text("red_flags_source", required=False, translated=True) or ""
    doctor = f.text("see_a_doctor", translated=True)
    evidence = f.text("evidence", translated=True)
    f.finish()
    if notice is None or doctor is None or evidence is None or not flags:
        return None
    return Safety(notice, flags, doctor, evidence, flags_source)


def _read_measures(top: Fields) -> tuple[CunMeasure, ...]:
    measures: list[CunMeasure] = []
    for path, node in top.items("cun_measures", allow_empty=False):
        f = Fields.of(node, path, top.problems)
        if f is None:
            continue
        name = f.text("name")
        view = f.choice("view", VIEWS)
        start = f.text("start")
        end = f.text("end")
        cun = f.number("cun", 0.5, 40)
        f.finish()
        if name and view and start and end and cun:
            if any(m.name == name for m in measures):
                f.error("name", f"duplicate cun measure {name!r}")
                continue
            measures.append(CunMeasure(name, view, start, end, float(cun), line=f.line))
    return tuple(measures)


def _read_points(
    top: Fields, problems: Problems, source_ids: set[str], regions: set[str], scales: set[str]
) -> tuple[Point, ...]:
    points: list[Point] = []
    names: dict[str, tuple[str, int, int]] = {}  # normalised code or alias -> (owner code, owner index, line)
    for entry, (path, node) in enumerate(top.items("points", allow_empty=False)):
        f = Fields.of(node, path, problems)
        if f is None:
            continue
        point = _read_point(f, source_ids, regions, scales)
        if point is None:
            continue
        clash = False
        for index, name in enumerate((point.code, *point.aliases)):
            key = normalise_code(name)
            where = f.sub("code") if index == 0 else f"{f.sub('aliases')}[{index - 1}]"
            line = f.line_of("code" if index == 0 else "aliases")
            if key in names:
                owner, owner_entry, first_line = names[key]
                if owner_entry == entry:
                    problems.add(line, where, f"{name!r} is listed twice")
                elif index == 0:
                    problems.add(line, where, f"duplicate code {name!r} (also used on line {first_line})")
                else:
                    problems.add(line, where, f"alias {name!r} is already {owner}'s code or alias (line {first_line})")
                clash = True
            else:
                names[key] = (point.code, entry, line)
        for index, alias in enumerate(point.aliases):
            other = who_code_in(alias)
            if other is not None and other != point.code:
                problems.add(
                    f.line_of("aliases"),
                    f"{f.sub('aliases')}[{index}]",
                    f"alias {alias!r} starts with {other}, today's WHO code of another point; "
                    "write an old number in its old form (such as B47 or 'Bladder 47 (old numbering)')",
                )
                clash = True
        if not clash:
            points.append(point)
    return tuple(points)


def who_code_in(alias: str) -> str | None:
    """The WHO code an alias starts with (``"bl 47 (old)"`` → ``"BL47"``), or ``None``."""
    match = _WHO_CODE_START.match(alias)
    if match is None:
        return None
    return f"{match.group(1).upper()}{int(match.group(2))}"


def _read_point(f: Fields, source_ids: set[str], regions: set[str], scales: set[str]) -> Point | None:
    code = f.text("code")
    if code is not None and not _CODE.match(code):
        f.error("code", f"{code!r} is not a WHO code like BL23 or GB30")
        code = None
    aliases = f.text_list("aliases", allow_empty=True)
    pinyin = f.text("pinyin")
    chinese = f.text("chinese")
    english = f.text_list("english")
    article_names = f.text_list("article_names", required=False, allow_empty=True, translated=True)
    channel = f.text("channel")
    region = f.text("region")
    if region is not None and region not in regions:
        f.error("region", f"unknown region {region!r} (not in the top-level regions list)")
        region = None
    laterality = f.choice("laterality", tuple(item.value for item in Laterality))
    location = f.text("location", translated=True)
    finding = f.text_list("finding", translated=True)
    who_location = f.text("who_location", translated=True)
    indications = read_claims(f, "indications", source_ids)
    technique = _read_technique(f.fields("technique"), source_ids)
    partner = f.choice("partner", tuple(item.value for item in Partner))
    pregnancy = f.choice("pregnancy", tuple(item.value for item in Pregnancy))
    cautions = _read_cautions(f, source_ids)
    disagreements = read_claims(f, "disagreements", source_ids)
    sources = _cited(f, "sources", source_ids)
    mapping_note = f.text("mapping_note", required=False, translated=True) or ""
    landmarks_used = f.text_list("landmarks_used", required=False, allow_empty=True)
    markers = _read_markers(f, scales, laterality)
    f.skip("find_it")  # the close-ups and the guide: read by find_it_loader when first needed
    f.finish()
    required = (code, pinyin, chinese, channel, region, laterality, location, who_location, technique)
    if any(value is None for value in required) or None in (partner, pregnancy, sources):
        return None
    if not english or not finding or not markers:
        return None
    assert code and pinyin and chinese and channel and region and laterality and location
    assert who_location and technique and partner and pregnancy and sources is not None
    return Point(
        code=code,
        aliases=aliases,
        pinyin=pinyin,
        chinese=chinese,
        english=english,
        channel=channel,
        region=region,
        laterality=Laterality(laterality),
        location=location,
        finding=finding,
        who_location=who_location,
        indications=indications,
        technique=technique,
        partner=Partner(partner),
        pregnancy=Pregnancy(pregnancy),
        cautions=cautions,
        disagreements=disagreements,
        sources=sources,
        markers=markers,
        landmarks_used=landmarks_used,
        landmarks_used_line=f.line_of("landmarks_used"),
        mapping_note=mapping_note,
        article_names=article_names,
    )


def _read_technique(f: Fields | None, source_ids: set[str]) -> Technique | None:
    if f is None:
        return None
    pressure = f.choice("pressure", PRESSURES)
    seconds = f.integer("seconds_per_side", 1, MAX_SECONDS)
    motion = f.choice("motion", MOTIONS)
    notes = read_claims(f, "notes", source_ids, required=False)
    f.finish()
    if pressure is None or seconds is None or motion is None:
        return None
    return Technique(pressure, seconds, motion, notes)


def _read_cautions(f: Fields, source_ids: set[str]) -> tuple[Caution, ...]:
    cautions: list[Caution] = []
    for path, node in f.items("cautions"):
        c = Fields.of(node, path, f.problems)
        if c is None:
            continue
        kind = c.choice("kind", CAUTION_KINDS)
        text = c.text("text", translated=True)
        cited = _cited(c, "sources", source_ids, required=False)
        c.finish()
        if kind and text and cited is not None:
            cautions.append(Caution(kind, text, cited))
    # Pregnancy cautions come first wherever cautions are shown.
    return tuple(sorted(cautions, key=lambda caution: caution.kind != "pregnancy"))


def _read_markers(f: Fields, scales: set[str], laterality: str | None) -> tuple[MarkerRule, ...]:
    rules: list[MarkerRule] = []
    for path, node in f.items("markers", allow_empty=False):
        m = Fields.of(node, path, f.problems)
        if m is None:
            continue
        placed = read_placement(m, VIEWS)
        scale = m.text("scale", required=False) or None
        m.finish()
        if placed is None:
            continue
        view, origin, toward, fraction, lateral, down = placed
        if scale is not None and scale not in scales:
            m.error("scale", f"unknown cun measure {scale!r}")
            continue
        if (lateral or down) and scale is None:
            m.error("scale", "missing: an offset in cun needs the cun measure it is counted in")
            continue
        if lateral and laterality == Laterality.MIDLINE.value:
            m.error("lateral_cun", "a midline point cannot be offset to the side")
            continue
        if view is not None and origin is not None:
            rules.append(MarkerRule(view, origin, toward, fraction, lateral, down, scale, line=m.line))
    return tuple(rules)
