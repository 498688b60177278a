"""Fuzzy dates: TIMEX3 values <-> calendar intervals <-> EDTF strings.

Dependency-free (stdlib only) so Django models can import it to compute EDTF.

Conventions
-----------
* ``parse_timex_value`` maps a TIMEX3 value to ``(date_start, date_end, precision)``;
  both ends are inclusive calendar days.
* ``to_edtf`` renders an interval: ``2025-05-19``, ``2025-05``, ``2025``, ``2025-05~`` (mod APPROX),
  ``2025-05-12/2025-05-18`` (weeks and any other interval), ``../2025-05-18`` (open start: PAST_REF
  anchored at publication), ``2025-05-18/..`` (FUTURE_REF), ``""`` when nothing is known.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .types import DateBasis, FuzzyDate, Precision, Timex

__all__ = [
    "VAGUE_VALUES",
    "fuzzy_from_published",
    "fuzzy_from_timex",
    "month_end",
    "parse_timex_value",
    "to_edtf",
    "week_bounds",
]

VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}(?::\d{2}){0,2}))?$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF_RE = re.compile(r"^(\d{4})-H([12])$")
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE_RE = re.compile(r"^(\d{3})$")
_CENTURY_RE = re.compile(r"^(\d{2})$")

# Meteorological seasons (northern hemisphere); winter runs into the next year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_APPROX_MODS = frozenset({"APPROX"})


def month_end(year: int, month: int) -> date:
    """Last day of ``year``-``month``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def week_bounds(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of ISO week ``year``-W``week``."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    """Interval from the first day of month ``first`` to the end of month ``last`` (may exceed 12)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), month_end(end_year, end_month)


def parse_timex_value(value: str) -> tuple[date | None, date | None, Precision]:
    """Calendar interval and precision of a TIMEX3 value.

    >>> parse_timex_value("2025-05-19TMO")
    (datetime.date(2025, 5, 19), datetime.date(2025, 5, 19), 'time')
    >>> parse_timex_value("2025-W17")
    (datetime.date(2025, 4, 21), datetime.date(2025, 4, 27), 'week')

    Durations, sets, vague references and anything unparseable give ``(None, None, "vague")``.
    """
    value = (value or "").strip()
    try:
        return _parse_value(value)
    except ValueError:  # e.g. 2025-02-30 or week 54
        return None, None, "vague"


def _parse_value(value: str) -> tuple[date | None, date | None, Precision]:
    m = _DAY_RE.match(value)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, ("time" if "T" in value else "day")
    m = _MONTH_RE.match(value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), month_end(y, mo), "month"
    m = _YEAR_RE.match(value)
    if m:
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    m = _WEEK_RE.match(value)
    if m:
        start, end = week_bounds(int(m[1]), int(m[2]))
        if m[3] == "WE":
            return start + timedelta(days=5), end, "week"
        if m[3]:
            d = start + timedelta(days=int(m[3]) - 1)
            return d, d, "day"
        return start, end, "week"
    m = _QUARTER_RE.match(value)
    if m:
        q = int(m[2])
        return (*_month_span(int(m[1]), 3 * q - 2, 3 * q), "quarter")
    m = _HALF_RE.match(value)
    if m:
        h = int(m[2])
        return (*_month_span(int(m[1]), 6 * h - 5, 6 * h), "quarter")
    m = _SEASON_RE.match(value)
    if m:
        first, last = _SEASON_MONTHS[m[2]]
        return (*_month_span(int(m[1]), first, last), "quarter")
    m = _DECADE_RE.match(value)
    if m:
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31), "year"
    m = _CENTURY_RE.match(value)
    if m and value != "00":
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "year"
    return None, None, "vague"


def _is_whole_month(start: date, end: date) -> bool:
    return start.day == 1 and end == month_end(start.year, start.month)


def _is_whole_year(start: date, end: date) -> bool:
    return (start.month, start.day) == (1, 1) and (end.year, end.month, end.day) == (start.year, 12, 31)


def _single(start: date, end: date, precision: Precision) -> str | None:
    """The one-token EDTF form when the interval is exactly one unit of ``precision``."""
    if precision in ("day", "time") and start == end:
        return start.isoformat()
    if precision == "month" and _is_whole_month(start, end):
        return start.isoformat()[:7]
    if precision == "year" and _is_whole_year(start, end):
        return f"{start.year:04d}"
    if start == end:
        return start.isoformat()
    if _is_whole_month(start, end):
        return start.isoformat()[:7]
    if _is_whole_year(start, end):
        return f"{start.year:04d}"
    return None


def _render_interval(start: date, end: date) -> tuple[str, str]:
    """Both ends at the coarsest common granularity: years, months or days."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year:04d}", f"{end.year:04d}"
    if start.day == 1 and end == month_end(end.year, end.month):
        return start.isoformat()[:7], end.isoformat()[:7]
    return start.isoformat(), end.isoformat()


def _render_open(d: date, precision: Precision) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return d.isoformat()[:7]
    return d.isoformat()


def to_edtf(start: date | None, end: date | None, precision: Precision, mod: str | None = None) -> str:
    """EDTF string for a calendar interval.

    ``mod == "APPROX"`` appends ``~``. An open end renders as ``..`` (``../2025-05-18``).
    """
    mark = "~" if mod in _APPROX_MODS else ""
    if start is None and end is None:
        return ""
    if start is None:
        assert end is not None
        return f"../{_render_open(end, precision)}{mark}"
    if end is None:
        return f"{_render_open(start, precision)}{mark}/.."
    if end < start:
        start, end = end, start
    if precision == "vague":
        # PRESENT_REF and friends anchored on a day: approximately that day.
        token = _single(start, end, "day")
        return f"{token}~" if token else f"{start.isoformat()}~/{end.isoformat()}~"
    token = _single(start, end, precision)
    if token is not None:
        return token + mark
    lo, hi = _render_interval(start, end)
    return f"{lo}{mark}/{hi}{mark}"


def fuzzy_from_timex(timex: Timex, basis: DateBasis = "text") -> FuzzyDate:
    """A FuzzyDate carrying ``timex``'s value, interval and precision."""
    start, end, precision = timex.date_start, timex.date_end, timex.precision
    if start is None and end is None and timex.value not in VAGUE_VALUES:
        start, end, precision = parse_timex_value(timex.value)
    if timex.value in VAGUE_VALUES:
        precision = "vague"
        if basis == "text":
            basis = "vague"
    return FuzzyDate(
        value=timex.value,
        start=start,
        end=end,
        precision=precision,
        edtf=to_edtf(start, end, precision, timex.mod),
        basis=basis,
        expression=timex.text,
        expression_span=(timex.start, timex.end),
        mod=timex.mod,
        note=timex.note,
    )


def fuzzy_from_published(published: date) -> FuzzyDate:
    """The publication day as a FuzzyDate with basis ``published``."""
    return FuzzyDate(
        value=published.isoformat(),
        start=published,
        end=published,
        precision="day",
        edtf=published.isoformat(),
        basis="published",
    )
