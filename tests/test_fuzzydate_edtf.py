"""Fuzzy dates: TIMEX3 values to intervals, intervals to EDTF. Plain pytest (no Django)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.extraction.fuzzydate import fuzzy_from_published, fuzzy_from_timex, parse_timex_value, to_edtf
from tracker.extraction.types import Timex

D = date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-19", (D(2025, 5, 19), D(2025, 5, 19), "day")),
        ("2025-05-19TMO", (D(2025, 5, 19), D(2025, 5, 19), "time")),
        ("2025-12-14T21:00", (D(2025, 12, 14), D(2025, 12, 14), "time")),
        ("2025-05", (D(2025, 5, 1), D(2025, 5, 31), "month")),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29), "month")),
        ("2025", (D(2025, 1, 1), D(2025, 12, 31), "year")),
        ("2025-W17", (D(2025, 4, 21), D(2025, 4, 27), "week")),
        ("2025-W19", (D(2025, 5, 5), D(2025, 5, 11), "week")),
        ("2025-W20-WE", (D(2025, 5, 17), D(2025, 5, 18), "week")),
        ("2025-Q2", (D(2025, 4, 1), D(2025, 6, 30), "quarter")),
        ("2025-H2", (D(2025, 7, 1), D(2025, 12, 31), "quarter")),
        ("2022-SP", (D(2022, 3, 1), D(2022, 5, 31), "quarter")),
        ("2022-WI", (D(2022, 12, 1), D(2023, 2, 28), "quarter")),
        ("199", (D(1990, 1, 1), D(1999, 12, 31), "year")),
        ("PAST_REF", (None, None, "vague")),
        ("P30D", (None, None, "vague")),
        ("XXXX-WXX-1", (None, None, "vague")),
        ("2025-02-30", (None, None, "vague")),
        ("", (None, None, "vague")),
    ],
)
def test_parse_timex_value(value: str, expected: tuple[date | None, date | None, str]) -> None:
    assert parse_timex_value(value) == expected


@pytest.mark.parametrize(
    ("start", "end", "precision", "mod", "expected"),
    [
        (D(2025, 5, 19), D(2025, 5, 19), "day", None, "2025-05-19"),
        (D(2025, 5, 19), D(2025, 5, 19), "time", None, "2025-05-19"),
        (D(2025, 5, 1), D(2025, 5, 31), "month", None, "2025-05"),
        (D(2025, 5, 1), D(2025, 5, 31), "month", "APPROX", "2025-05~"),
        (D(2025, 1, 1), D(2025, 12, 31), "year", None, "2025"),
        (D(2025, 5, 12), D(2025, 5, 18), "week", None, "2025-05-12/2025-05-18"),
        (D(2025, 4, 1), D(2025, 6, 30), "quarter", None, "2025-04/2025-06"),
        (D(2025, 5, 11), D(2025, 5, 20), "month", "MID", "2025-05-11/2025-05-20"),
        (D(2024, 1, 1), D(2024, 4, 30), "year", "START", "2024-01/2024-04"),
        (D(2022, 1, 1), D(2023, 12, 31), "year", None, "2022/2023"),
        (D(2025, 5, 1), D(2025, 5, 31), "month", "APPROX", "2025-05~"),
        (None, D(2025, 5, 18), "vague", None, "../2025-05-18"),
        (D(2025, 5, 18), None, "vague", None, "2025-05-18/.."),
        (D(2025, 5, 18), D(2025, 5, 18), "vague", None, "2025-05-18~"),
        (None, None, "vague", None, ""),
        (D(2025, 5, 18), D(2025, 5, 12), "week", None, "2025-05-12/2025-05-18"),
    ],
)
def test_to_edtf(start: date | None, end: date | None, precision: str, mod: str | None, expected: str) -> None:
    assert to_edtf(start, end, precision, mod) == expected  # type: ignore[arg-type]


def test_fuzzy_from_timex_day_time() -> None:
    t = Timex(320, 332, "Montagmorgen", "TIME", "2025-05-19TMO", D(2025, 5, 19), D(2025, 5, 19), "time")
    fd = fuzzy_from_timex(t, "text")
    assert (fd.value, fd.start, fd.end, fd.precision, fd.edtf) == (
        "2025-05-19TMO",
        D(2025, 5, 19),
        D(2025, 5, 19),
        "time",
        "2025-05-19",
    )
    assert (fd.basis, fd.expression, fd.expression_span) == ("text", "Montagmorgen", (320, 332))


def test_fuzzy_from_timex_vague_past_ref() -> None:
    t = Timex(845, 855, "kürzlichen", "DATE", "PAST_REF", None, D(2025, 5, 18), "vague")
    fd = fuzzy_from_timex(t)
    assert (fd.precision, fd.edtf, fd.basis) == ("vague", "../2025-05-18", "vague")


def test_fuzzy_from_timex_fills_interval_from_value_when_missing() -> None:
    t = Timex(0, 9, "Mitte Mai", "DATE", "2025-05", precision="month", mod="APPROX")
    fd = fuzzy_from_timex(t, "context")
    assert (fd.start, fd.end, fd.edtf, fd.basis, fd.mod) == (
        D(2025, 5, 1),
        D(2025, 5, 31),
        "2025-05~",
        "context",
        "APPROX",
    )


def test_fuzzy_from_timex_week() -> None:
    t = Timex(0, 11, "letzte Woche", "DATE", "2025-W19", D(2025, 5, 5), D(2025, 5, 11), "week")
    assert fuzzy_from_timex(t).edtf == "2025-05-05/2025-05-11"


def test_fuzzy_from_timex_duration_has_no_edtf() -> None:
    t = Timex(0, 7, "30 Tage", "DURATION", "P30D", precision="vague")
    fd = fuzzy_from_timex(t)
    assert (fd.start, fd.end, fd.edtf) == (None, None, "")


def test_fuzzy_from_published() -> None:
    fd = fuzzy_from_published(D(2025, 5, 18))
    assert (fd.value, fd.start, fd.end, fd.precision, fd.edtf, fd.basis) == (
        "2025-05-18",
        D(2025, 5, 18),
        D(2025, 5, 18),
        "day",
        "2025-05-18",
        "published",
    )


@given(st.dates(), st.dates(), st.sampled_from(["day", "time", "week", "month", "quarter", "year", "vague"]),
       st.sampled_from([None, "APPROX", "START", "MID", "END"]))  # fmt: skip
def test_to_edtf_never_raises(a: date, b: date, precision: str, mod: str | None) -> None:
    out = to_edtf(a, b, precision, mod)  # type: ignore[arg-type]
    assert out and out[0].isdigit()


@given(st.text(max_size=30))
def test_parse_timex_value_never_raises(value: str) -> None:
    start, end, _ = parse_timex_value(value)
    assert (start is None) == (end is None)
