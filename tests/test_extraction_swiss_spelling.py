"""Swiss and Liechtenstein German write "ss" for "ß" ("hiess es", "schliessen", "Weisses Haus"): every rule written
with "ß" matches both spellings, and so do the gazetteer's aliases.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.lexicons import swiss_spelling
from tracker.extraction.pipeline import extract

PUB = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("standard", "swiss"),
    [
        ("Kiew begrüßte den Vorstoß Washingtons.", "Kiew begrüsste den Vorstoss Washingtons."),
        ("Die russische Seite ließ 84 Zivilisten frei.", "Die russische Seite liess 84 Zivilisten frei."),
        ("In Kiew gingen Tausende auf die Straße.", "In Kiew gingen Tausende auf die Strasse."),
    ],
)
def test_swiss_spelling_finds_the_same_events(standard: str, swiss: str) -> None:
    def kinds(text: str) -> set[str]:
        return {e.type for e in extract(text, published=PUB, language="de").events}

    assert kinds(standard)
    assert kinds(swiss) == kinds(standard)


def test_swiss_spelling_of_actors_and_attributions() -> None:
    result = extract("Das Weisse Haus lehne den Plan ab, hiess es aus Washington.", published=PUB, language="de")
    assert "White House" in {m.name for m in result.actors}
    assert result.statements and result.statements[0].speaker in {"White House", "United States"}


def test_character_classes_keep_their_sharp_s() -> None:
    assert swiss_spelling("Stra[ßs]e|Gruß") == "Stra[ßs]e|Gru(?:ß|ss)"
