"""Daily reminder times: validation, and when the next one is due (no Qt)."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from acupoint_gui.model.reminders import next_reminder, parse_time

NOW = datetime(2026, 11, 24, 20, 15)


def test_later_today_wins_over_tomorrow() -> None:
    assert next_reminder(("08:00", "21:00"), NOW) == datetime(2026, 11, 24, 21, 0)


def test_all_times_passed_means_tomorrow_morning() -> None:
    assert next_reminder(("19:30", "08:00"), NOW) == datetime(2026, 11, 25, 8, 0)


def test_across_midnight_and_month_end() -> None:
    late = datetime(2026, 11, 30, 23, 59, 30)
    assert next_reminder(("00:00",), late) == datetime(2026, 12, 1, 0, 0)
    assert next_reminder(("23:59",), late) == datetime(2026, 12, 1, 23, 59), "the current minute is past"
    new_year = datetime(2026, 12, 31, 23, 0)
    assert next_reminder(("07:00",), new_year) == datetime(2027, 1, 1, 7, 0)


def test_exactly_now_is_tomorrow() -> None:
    assert next_reminder(("20:15",), NOW) == datetime(2026, 11, 25, 20, 15)
    assert next_reminder(("20:16",), NOW) == datetime(2026, 11, 24, 20, 16)


def test_bad_strings_are_skipped_and_none_means_no_reminder() -> None:
    assert next_reminder(("25:00", "soon", "8:00", "08:60", ""), NOW) is None
    assert next_reminder(("nope", "21:30"), NOW) == datetime(2026, 11, 24, 21, 30)
    assert next_reminder((), NOW) is None


def test_timezone_aware_now_keeps_its_zone() -> None:
    from datetime import UTC

    aware = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    due = next_reminder(("07:00",), aware)
    assert due == datetime(2026, 11, 24, 7, 0, tzinfo=UTC) and due.tzinfo is UTC


@pytest.mark.parametrize(("text", "expected"), [("08:30", time(8, 30)), ("00:00", time(0)), (" 23:59 ", time(23, 59))])
def test_parse_time_accepts_hh_mm(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["8am", "8:30", "24:00", "12:60", "12-30", "", "08:30:00", "0830"])
def test_parse_time_rejects_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="not a time like 08:30"):
        parse_time(text)
