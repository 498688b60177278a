"""Human dates for readers: as precise as the source allows, in the active language.

``human_date(entry)`` turns a FuzzyDateModel's fields into text such as
"19. Mai 2025, morgens (US-Ortszeit)", "Mitte Mai 2025", "kürzlich vor dem 18. Mai 2025" (German) or
"May 19, 2025, morning (US local time)", "mid-May 2025", "recently, before May 18, 2025" (English).
Day and month formats come from Django's locale formats, phrases from the gettext catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, gettext_noop, pgettext

__all__ = ["DateParts", "FuzzyDated", "format_day", "format_month", "human_date", "sort_date"]


class FuzzyDated(Protocol):
    date_start: date | None
    date_end: date | None
    date_precision: str
    date_value: str
    date_mod: str
    date_note: str
    date_basis: str


@dataclass(frozen=True, slots=True)
class DateParts:
    start: date | None
    end: date | None
    precision: str
    value: str = ""
    mod: str = ""
    note: str = ""
    basis: str = ""


_PART_OF_DAY_RE = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")
_CLOCK_RE = re.compile(r"T(\d{2}):(\d{2})")
_HALF_RE = re.compile(r"^\d{4}-H([12])$")
_SEASON_RE = re.compile(r"^\d{4}-(SP|SU|FA|WI)$")

# Notes the extraction pipeline writes; listed so that makemessages puts them into the catalogue.
KNOWN_NOTES = (
    gettext_noop("US local time"),
    gettext_noop("local time"),
    gettext_noop("Kyiv time"),
    gettext_noop("Moscow time"),
    gettext_noop("CET"),
)


def _part_of_day(code: str) -> str:
    labels = {
        "MO": pgettext("part of day", "morning"),
        "MI": pgettext("part of day", "midday"),
        "AF": pgettext("part of day", "afternoon"),
        "EV": pgettext("part of day", "evening"),
        "NI": pgettext("part of day", "night"),
        "DT": pgettext("part of day", "daytime"),
    }
    return labels[code]


def _season(code: str, year: int) -> str:
    labels = {
        "SP": gettext("spring %(year)s"),
        "SU": gettext("summer %(year)s"),
        "FA": gettext("autumn %(year)s"),
        "WI": gettext("winter %(year)s"),
    }
    return labels[code] % {"year": year}


@lru_cache(maxsize=8192)
def _formatted(day: date, fmt: str, language: str | None) -> str:
    return date_format(day, fmt)


def format_day(day: date) -> str:
    """A calendar day in the active locale: "19. Mai 2025" / "May 19, 2025"."""
    return _formatted(day, "DATE_FORMAT", get_language())


def format_month(day: date) -> str:
    """A month in the active locale: "Mai 2025" / "May 2025"."""
    return _formatted(day.replace(day=1), "YEAR_MONTH_FORMAT", get_language())


def _with_mod(period: str, mod: str) -> str:
    """Early/mid/late plus a month or a year: "Mitte Mai 2025", "Anfang 2025"."""
    phrases = {
        "START": gettext("early %(month)s"),
        "MID": gettext("mid-%(month)s"),
        "END": gettext("late %(month)s"),
    }
    phrase = phrases.get(mod)
    return phrase % {"month": period} if phrase else period


def _month_with_mod(day: date, mod: str) -> str:
    return _with_mod(format_month(day), mod)


def _time_text(day: date, value: str) -> str:
    clock = _CLOCK_RE.search(value)
    if clock:
        return gettext("%(day)s, %(time)s") % {"day": format_day(day), "time": f"{clock[1]}:{clock[2]}"}
    part = _PART_OF_DAY_RE.search(value)
    if part:
        return gettext("%(day)s, %(part)s") % {"day": format_day(day), "part": _part_of_day(part[1])}
    return format_day(day)


def _quarter_text(start: date, end: date, value: str) -> str:
    half = _HALF_RE.match(value)
    if half:
        phrase = gettext("first half of %(year)s") if half[1] == "1" else gettext("second half of %(year)s")
        return phrase % {"year": start.year}
    season = _SEASON_RE.match(value)
    if season:
        return _season(season[1], start.year)
    if (end.month - start.month) == 2 and start.day == 1 and start.month in (1, 4, 7, 10):
        return gettext("Q%(quarter)s %(year)s") % {"quarter": (start.month - 1) // 3 + 1, "year": start.year}
    return _range_text(start, end, "month")


def _range_text(start: date, end: date, precision: str) -> str:
    fmt = format_month if precision in ("month", "quarter") else format_day
    first, last = fmt(start), fmt(end)
    if first == last:
        return first
    return gettext("%(start)s – %(end)s") % {"start": first, "end": last}


def _vague_text(parts: DateParts) -> str:
    start, end, value = parts.start, parts.end, parts.value
    if value == "FUTURE_REF" or (start is not None and end is None):
        anchor = start or end
        return gettext("soon after %(day)s") % {"day": format_day(anchor)} if anchor else gettext("soon")
    if value == "PRESENT_REF" and start is not None:
        return gettext("around %(day)s") % {"day": format_day(start)}
    anchor = end or start
    if anchor is None:
        return gettext("date unknown")
    return gettext("recently before %(day)s") % {"day": format_day(anchor)}


def _precise_text(parts: DateParts) -> str:
    start, end = parts.start, parts.end
    if start is None and end is None:
        return gettext("date unknown")
    if start is None:
        assert end is not None
        return gettext("before %(day)s") % {"day": format_day(end)}
    if end is None:
        return gettext("after %(day)s") % {"day": format_day(start)}
    precision = parts.precision
    if precision == "time":
        return _time_text(start, parts.value) if start == end else _range_text(start, end, "day")
    if precision == "day":
        return _range_text(start, end, "day")
    if precision == "week":
        if parts.value.endswith("-WE"):
            return gettext("weekend of %(day)s") % {"day": format_day(start)}
        return gettext("week of %(day)s") % {"day": format_day(start)}
    if precision == "month":
        if start.year == end.year and start.month == end.month:
            return _month_with_mod(start, parts.mod)
        return _range_text(start, end, "month")
    if precision == "quarter":
        return _quarter_text(start, end, parts.value)
    if precision == "year":
        return _with_mod(str(start.year), parts.mod) if start.year == end.year else f"{start.year}–{end.year}"
    return _range_text(start, end, "day")


def _parts_of(entry: FuzzyDated | DateParts) -> DateParts:
    if isinstance(entry, DateParts):
        return entry
    return DateParts(
        start=entry.date_start,
        end=entry.date_end,
        precision=entry.date_precision,
        value=entry.date_value or "",
        mod=entry.date_mod or "",
        note=entry.date_note or "",
        basis=entry.date_basis or "",
    )


def human_date(entry: FuzzyDated | DateParts) -> str:
    """The entry's date as precisely as it is known, in the active language, with its note."""
    parts = _parts_of(entry)
    if parts.precision == "vague" or parts.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        text = _vague_text(parts)
    else:
        text = _precise_text(parts)
        if parts.mod == "APPROX":
            text = gettext("about %(date)s") % {"date": text}
    if parts.note:
        text = f"{text} ({gettext(parts.note)})"
    elif parts.basis == "published":  # no date in the text: the article's day stands in
        text = gettext("%(date)s (day of the report)") % {"date": text}
    return text


def sort_date(entry: FuzzyDated) -> date | None:
    """Where the entry sits on the time axis: its start, or its end when only that is known."""
    return entry.date_start or entry.date_end
