"""Dates as precisely as they are known, per locale."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from timeline.dates import DateParts, human_date

D = dt.date


CASES = [
    (DateParts(D(2025, 5, 19), D(2025, 5, 19), "time", "2025-05-19TMO", note="US local time"),
     "19. Mai 2025, morgens (US-Ortszeit)", "May 19, 2025, morning (US local time)"),
    (DateParts(D(2025, 5, 19), D(2025, 5, 19), "time", "2025-05-19T14:30"),
     "19. Mai 2025, 14:30 Uhr", "May 19, 2025, 14:30"),
    (DateParts(D(2025, 5, 19), D(2025, 5, 19), "day", "2025-05-19"), "19. Mai 2025", "May 19, 2025"),
    (DateParts(D(2025, 5, 1), D(2025, 5, 31), "month", "2025-05"), "Mai 2025", "May 2025"),
    (DateParts(D(2025, 5, 1), D(2025, 5, 31), "month", "2025-05", mod="MID"), "Mitte Mai 2025", "mid-May 2025"),
    (DateParts(D(2025, 5, 1), D(2025, 5, 31), "month", "2025-05", mod="START"), "Anfang Mai 2025", "early May 2025"),
    (DateParts(None, D(2025, 5, 18), "vague", "PAST_REF"),
     "kürzlich vor dem 18. Mai 2025", "recently before May 18, 2025"),
    (DateParts(D(2025, 5, 18), None, "vague", "FUTURE_REF"),
     "demnächst nach dem 18. Mai 2025", "soon after May 18, 2025"),
    (DateParts(D(2025, 5, 12), D(2025, 5, 18), "week", "2025-W20"),
     "Woche vom 12. Mai 2025", "week of May 12, 2025"),
    (DateParts(D(2025, 5, 17), D(2025, 5, 18), "week", "2025-W20-WE"),
     "Wochenende vom 17. Mai 2025", "weekend of May 17, 2025"),
    (DateParts(D(2025, 4, 1), D(2025, 6, 30), "quarter", "2025-Q2"), "2. Quartal 2025", "Q2 2025"),
    (DateParts(D(2025, 6, 1), D(2025, 8, 31), "quarter", "2025-SU"), "Sommer 2025", "summer 2025"),
    (DateParts(D(2025, 1, 1), D(2025, 12, 31), "year", "2025"), "2025", "2025"),
    (DateParts(D(2025, 1, 1), D(2025, 12, 31), "year", "2025", mod="END"), "Ende 2025", "late 2025"),
    (DateParts(D(2025, 5, 16), D(2025, 5, 18), "day", ""),
     "16. Mai 2025 – 18. Mai 2025", "May 16, 2025 – May 18, 2025"),
    (DateParts(D(2025, 5, 1), D(2025, 5, 31), "month", "2025-05", mod="APPROX"), "etwa Mai 2025", "about May 2025"),
    (DateParts(None, None, "vague", ""), "Datum unbekannt", "date unknown"),
    (DateParts(D(2025, 5, 18), D(2025, 5, 18), "day", "2025-05-18", basis="published"),
     "18. Mai 2025 (Tag der Meldung)", "May 18, 2025 (day of the report)"),
]


@pytest.mark.parametrize(("parts", "german", "english"), CASES)
def test_dates_read_as_precisely_as_they_are_known(parts, german, english):
    with translation.override("de"):
        assert human_date(parts) == german
    with translation.override("en"):
        assert human_date(parts) == english
