"""Years of sessions: pages and counts from SQL, the pain trend by day, week or month, and a CSV
export that streams."""

from __future__ import annotations

import csv
import statistics
import tracemalloc
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from acupoint_gui.model.history import History
from acupoint_gui.model.history_query import (
    Grain,
    HistorySpan,
    SortKey,
    count_sessions,
    pain_trend,
    period_end,
    period_start,
    session_page,
    span_grain,
    span_start,
)
from acupoint_gui.model.history_sample import generate_history

TODAY = date(2026, 11, 24)  # a Tuesday


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    """10,000 sessions, two a day, the last today: almost 14 years."""
    with generate_history(tmp_path_factory.mktemp("years") / "h.sqlite3", 10_000, last_day=TODAY) as history:
        yield history


def test_pages_are_newest_first_and_counted_in_sql(years: History) -> None:
    assert count_sessions(years) == 10_000
    first = session_page(years, 0, 50)
    assert len(first) == 50
    assert first[0].started_at.astimezone().date() == TODAY
    assert [r.started_at for r in first] == sorted((r.started_at for r in first), reverse=True)
    oldest = session_page(years, 9_990, 50)
    assert len(oldest) == 10, "the last page is short"
    assert oldest[-1].started_at.astimezone().date() == TODAY - timedelta(days=4_999)
    assert first[-1].started_at > session_page(years, 50, 1)[0].started_at, "pages follow on"


def test_a_range_filters_the_count_and_the_pages(years: History) -> None:
    since = TODAY - timedelta(days=6)
    assert count_sessions(years, since) == 14, "two a day for seven days"
    page = session_page(years, 0, 100, since=since)
    assert len(page) == 14
    assert min(r.started_at.astimezone().date() for r in page) == since


@pytest.mark.parametrize("key", [SortKey.PAIN_BEFORE, SortKey.ROUTINE, SortKey.NOTE])
@pytest.mark.parametrize("descending", [True, False])
def test_sorted_pages_never_overlap_and_scores_left_blank_come_last(
    years: History, key: SortKey, descending: bool
) -> None:
    since = TODAY - timedelta(days=199)  # 400 sessions, read in pages of 64
    pages = [
        session_page(years, offset, 64, sort=key, descending=descending, since=since) for offset in range(0, 400, 64)
    ]
    records = [r for page in pages for r in page]
    assert len({r.id for r in records}) == len(records) == 400
    if key is SortKey.PAIN_BEFORE:
        scores = [r.pain_before for r in records]
        blank = scores.index(None)
        assert blank > 0 and set(scores[blank:]) == {None}, "no score: at the end either way"
        known = [s for s in scores[:blank] if s is not None]
        assert known == sorted(known, reverse=descending)


def test_period_boundaries() -> None:
    assert period_start(TODAY, Grain.WEEK) == date(2026, 11, 23), "weeks start on Monday"
    assert period_end(date(2026, 11, 23), Grain.WEEK) == date(2026, 11, 30)
    assert period_start(TODAY, Grain.MONTH) == date(2026, 11, 1)
    assert period_end(date(2026, 12, 1), Grain.MONTH) == date(2027, 1, 1)
    assert period_end(date(2028, 2, 1), Grain.MONTH) == date(2028, 3, 1)
    assert span_start(HistorySpan.WEEKS_4, TODAY) == date(2026, 10, 28), "28 days with today"
    assert span_start(HistorySpan.MONTHS_3, TODAY) == date(2026, 8, 31), "13 whole weeks"
    assert span_start(HistorySpan.MONTHS_12, TODAY) == date(2025, 12, 1), "12 whole months"
    assert span_start(HistorySpan.MONTHS_12, date(2026, 1, 5)) == date(2025, 2, 1)
    assert span_start(HistorySpan.ALL, TODAY) is None
    assert period_start(TODAY, Grain.QUARTER) == date(2026, 10, 1)
    assert period_start(date(2026, 3, 31), Grain.QUARTER) == date(2026, 1, 1)
    assert period_end(date(2026, 10, 1), Grain.QUARTER) == date(2027, 1, 1)
    assert (period_start(TODAY, Grain.YEAR), period_end(date(2026, 1, 1), Grain.YEAR)) == (
        date(2026, 1, 1),
        date(2027, 1, 1),
    )


@pytest.mark.parametrize(
    ("days", "grain"),
    [
        *((1, Grain.DAY), (42, Grain.DAY), (43, Grain.WEEK), (183, Grain.WEEK), (184, Grain.MONTH)),
        *((1830, Grain.MONTH), (1831, Grain.QUARTER), (5490, Grain.QUARTER), (5491, Grain.YEAR)),
    ],
)
def test_all_sessions_are_drawn_by_day_for_weeks_and_by_week_or_month_for_longer(days: int, grain: Grain) -> None:
    assert span_grain(HistorySpan.ALL, TODAY - timedelta(days=days - 1), TODAY) is grain


def expected_periods(history: History, grain: Grain, since: date | None) -> dict[date, tuple[int, float, float]]:
    """The same averages, worked out in Python from every record."""
    groups: dict[date, list[tuple[int | None, int | None]]] = defaultdict(list)
    for record in history.sessions():
        day = record.started_at.astimezone().date()
        if since is None or day >= since:
            groups[period_start(day, grain)].append((record.pain_before, record.pain_after))
    return {
        start: (
            len(pairs),
            statistics.fmean(b for b, _ in pairs if b is not None),
            statistics.fmean(a for _, a in pairs if a is not None),
        )
        for start, pairs in groups.items()
    }


@pytest.mark.parametrize(
    ("span", "grain", "count"),
    [
        (HistorySpan.WEEKS_4, Grain.DAY, 28),
        (HistorySpan.MONTHS_3, Grain.WEEK, 13),
        (HistorySpan.MONTHS_12, Grain.MONTH, 12),
    ],
)
def test_the_trend_averages_each_period_in_sql(years: History, span: HistorySpan, grain: Grain, count: int) -> None:
    trend = pain_trend(years, span, TODAY)
    assert trend.grain is grain and len(trend.periods) == count
    assert trend.start == span_start(span, TODAY) == trend.periods[0].start
    assert trend.end == trend.periods[-1].end == period_end(period_start(TODAY, grain), grain)
    expected = expected_periods(years, grain, trend.start)
    assert [p.start for p in trend.periods] == sorted(expected), "oldest first"
    for period in trend.periods:
        assert (period.sessions, period.pain_before, period.pain_after) == pytest.approx(expected[period.start])


def test_fourteen_years_are_drawn_by_quarter(years: History) -> None:
    trend = pain_trend(years, HistorySpan.ALL, TODAY)
    assert trend.grain is Grain.QUARTER and len(trend.periods) == 56, "a readable number of bars"
    assert (trend.start, trend.end) == (date(2013, 1, 1), date(2027, 1, 1))
    expected = expected_periods(years, Grain.QUARTER, None)
    assert [p.start for p in trend.periods] == sorted(expected)
    for period in trend.periods:
        assert (period.sessions, period.pain_before, period.pain_after) == pytest.approx(expected[period.start])


def test_all_of_two_years_is_drawn_by_month(tmp_path: Path) -> None:
    with generate_history(tmp_path / "h.sqlite3", 1_460, last_day=TODAY) as history:
        trend = pain_trend(history, HistorySpan.ALL, TODAY)
        assert trend.grain is Grain.MONTH
        assert (trend.start, trend.end) == (date(2024, 11, 1), date(2026, 12, 1))
        assert len(trend.periods) == 25 and sum(p.sessions for p in trend.periods) == 1_460
        assert trend.periods[0].pain_before is not None and trend.periods[-1].pain_before is not None
        assert trend.periods[0].pain_before > trend.periods[-1].pain_before + 3, "the example pain eases"


def test_four_weeks_of_sessions_are_drawn_by_day_and_a_gap_stays_a_gap(tmp_path: Path) -> None:
    with generate_history(tmp_path / "h.sqlite3", 56, last_day=TODAY - timedelta(days=30)) as history:
        trend = pain_trend(history, HistorySpan.ALL, TODAY)
        assert trend.grain is Grain.DAY and len(trend.periods) == 28
        assert trend.end == TODAY - timedelta(days=29), "all sessions: up to the last one"
        recent = pain_trend(history, HistorySpan.WEEKS_4, TODAY)
        assert recent.periods == () and recent.end == TODAY + timedelta(days=1), "nothing in the last 28 days"


def test_an_empty_history_has_an_empty_trend_ending_today(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        trend = pain_trend(history, HistorySpan.ALL, TODAY)
        assert (trend.grain, trend.start, trend.end, trend.periods) == (Grain.DAY, TODAY, TODAY + timedelta(days=1), ())
        assert count_sessions(history) == 0 and session_page(history, 0, 10) == []


def export_peak(history: History, out: Path) -> int:
    """The most memory held at once while ``history`` is exported (bytes, Python objects)."""
    tracemalloc.start()
    try:
        history.export_csv(out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_csv_export_streams_with_progress(years: History, tmp_path: Path) -> None:
    out = tmp_path / "history.csv"
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        assert not out.exists(), "written under a temporary name until it is whole"

    assert years.export_csv(out, progress) == 10_000
    assert reports[0] == (500, 10_000) and reports[-1] == (10_000, 10_000) and len(reports) == 20
    assert [p.name for p in tmp_path.iterdir()] == ["history.csv"]
    with out.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 10_001
    assert rows[1][0] < rows[-1][0], "oldest first"
    assert rows[-1][0].startswith(TODAY.isoformat()[:8])
    with generate_history(tmp_path / "small.sqlite3", 1_000, last_day=TODAY) as small:
        small_peak = export_peak(small, tmp_path / "small.csv")
    large_peak = export_peak(years, tmp_path / "large.csv")
    assert large_peak < 2 * small_peak, f"{large_peak} bytes for 10,000 rows, {small_peak} for 1,000: not streamed"
