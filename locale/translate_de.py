"""Fill the German catalogue for the public timeline, then compile it.

Run after `manage.py makemessages -l de --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*'`:
    .venv/bin/python locale/translate_de.py && .venv/bin/python manage.py compilemessages -l de
Existing translations are kept; only empty ones listed here are filled.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

PO = Path(__file__).resolve().parent / "de" / "LC_MESSAGES" / "django.po"

DE: dict[str | tuple[str, str], str | tuple[str, str]] = {
    "English": "Englisch",
    "German": "Deutsch",
    "Home": "Start",
    "Conflict diplomacy timeline": "Chronik der Konfliktdiplomatie",
    "Skip to content": "Zum Inhalt springen",
    "Language": "Sprache",
    "Switch": "Wechseln",
    "Only entries confirmed by a moderator are shown. Every entry links to the articles that report it.":
        "Gezeigt werden nur von der Moderation bestätigte Einträge. Jeder Eintrag verweist auf die Artikel, "
        "die darüber berichten.",
    "Actors": "Beteiligte",
    "Statement": "Äußerung",
    "Statements": "Äußerungen",
    "Unknown speaker": "Unbekannte Person",
    "Addressed": "Adressiert an",
    "Follow this view:": "Diese Ansicht abonnieren:",
    "Atom feed": "Atom-Feed",
    "Calendar of planned events (ICS)": "Kalender geplanter Ereignisse (ICS)",
    "TimelineJS data (JSON)": "TimelineJS-Daten (JSON)",
    "Sources": "Quellen",
    "Article": "Artikel",
    "Filter the timeline": "Chronik filtern",
    "Apply filters": "Filter anwenden",
    "Reset": "Zurücksetzen",
    "Entries per week": "Einträge pro Woche",
    "Entries per month": "Einträge pro Monat",
    "Week of %(day)s: %(count)s entry": ("Woche vom %(day)s: %(count)s Eintrag",
                                         "Woche vom %(day)s: %(count)s Einträge"),
    "%(month)s: %(count)s entry": ("%(month)s: %(count)s Eintrag", "%(month)s: %(count)s Einträge"),
    "%(total)s entries from %(start)s to %(end)s; the tallest bar is %(maximum)s. Select a bar to see that period.":
        "%(total)s Einträge vom %(start)s bis %(end)s; der höchste Balken steht für %(maximum)s. "
        "Ein Balken führt zu diesem Zeitraum.",
    "Entries": "Einträge",
    "Showing %(start)s–%(end)s of %(total)s entries in date order.":
        "Einträge %(start)s–%(end)s von %(total)s, nach Datum geordnet.",
    "No confirmed entries match these filters.": "Keine bestätigten Einträge passen zu diesen Filtern.",
    "Date unknown": "Datum unbekannt",
    "date unknown": "Datum unbekannt",
    "Pages": "Seiten",
    "← Earlier": "← Früher",
    "Page %(number)s of %(total)s": "Seite %(number)s von %(total)s",
    "Later →": "Später →",
    "Timeline": "Chronik",
    "Breadcrumb": "Brotkrumen",
    "Wording in the source": "Wortlaut in der Quelle",
    "Date (EDTF)": "Datum (EDTF)",
    "Conflicts": "Konflikte",
    "No conflicts yet.": "Noch keine Konflikte.",
    "Speaker": "Sprecher/in",
    "US local time": "US-Ortszeit",
    "local time": "Ortszeit",
    "Kyiv time": "Kyjiwer Zeit",
    "Moscow time": "Moskauer Zeit",
    "CET": "MEZ",
    ("part of day", "morning"): "morgens",
    ("part of day", "midday"): "mittags",
    ("part of day", "afternoon"): "nachmittags",
    ("part of day", "evening"): "abends",
    ("part of day", "night"): "nachts",
    ("part of day", "daytime"): "tagsüber",
    "spring %(year)s": "Frühjahr %(year)s",
    "summer %(year)s": "Sommer %(year)s",
    "autumn %(year)s": "Herbst %(year)s",
    "winter %(year)s": "Winter %(year)s",
    "early %(month)s": "Anfang %(month)s",
    "mid-%(month)s": "Mitte %(month)s",
    "late %(month)s": "Ende %(month)s",
    "%(day)s, %(time)s": "%(day)s, %(time)s Uhr",
    "%(day)s, %(part)s": "%(day)s, %(part)s",
    "first half of %(year)s": "erstes Halbjahr %(year)s",
    "second half of %(year)s": "zweites Halbjahr %(year)s",
    "Q%(quarter)s %(year)s": "%(quarter)s. Quartal %(year)s",
    "%(start)s – %(end)s": "%(start)s – %(end)s",
    "soon after %(day)s": "demnächst nach dem %(day)s",
    "soon": "demnächst",
    "around %(day)s": "um den %(day)s",
    "recently before %(day)s": "kürzlich vor dem %(day)s",
    "before %(day)s": "vor dem %(day)s",
    "after %(day)s": "nach dem %(day)s",
    "week of %(day)s": "Woche vom %(day)s",
    "%(date)s (day of the report)": "%(date)s (Tag der Meldung)",
    "weekend of %(day)s": "Wochenende vom %(day)s",
    "about %(date)s": "etwa %(date)s",
    "%(name)s: planned events": "%(name)s: geplante Ereignisse",
    "Confirmed events and statements": "Bestätigte Ereignisse und Äußerungen",
    "Events": "Ereignisse",
    "Search": "Suche",
    "Actor": "Akteur",
    "All actors": "Alle Akteure",
    "Type": "Art",
    "All types": "Alle Arten",
    "Occurrence": "Stand",
    "Any": "Alle",
    "Show": "Zeigen",
    "Events and statements": "Ereignisse und Äußerungen",
    "From": "Von",
    "To": "Bis",
    ("event type", "Agreement"): "Vereinbarung",
    ("event type", "Talks"): "Gespräch",
    ("event type", "Support"): "Unterstützung",
    ("event type", "Concession"): "Zugeständnis",
    ("event type", "Cooperation"): "Zusammenarbeit",
    ("event type", "Aid"): "Hilfe",
    ("event type", "Retreat"): "Rückzug",
    ("event type", "Request"): "Forderung",
    ("event type", "Accusation"): "Vorwurf",
    ("event type", "Rejection"): "Ablehnung",
    ("event type", "Threat"): "Drohung",
    ("event type", "Protest"): "Protest",
    ("event type", "Sanctions"): "Sanktionen",
    ("event type", "Mobilisation"): "Mobilisierung",
    ("event type", "Coercion"): "Zwang",
    ("event type", "Attack"): "Angriff",
    "Planned": "Geplant",
    "Took place": "Stattgefunden",
    "Cancelled": "Abgesagt",
    "Unconfirmed": "Unbestätigt",
    "Events this actor took part in and statements they made or received, over time.":
        "Ereignisse mit diesem Akteur und seine oder an ihn gerichtete Äußerungen, zeitlich geordnet.",
    "Entries of %(name)s": "Einträge von %(name)s",
    "Permalink": "Permalink",
    "Filtered by": "Gefiltert nach",
    "%(counter)s confirmed event": ("%(counter)s bestätigtes Ereignis", "%(counter)s bestätigte Ereignisse"),
    "%(counter)s statement": ("%(counter)s Äußerung", "%(counter)s Äußerungen"),
    "Remove filter %(label)s: %(value)s": "Filter entfernen: %(label)s: %(value)s",
    "Show on the timeline": "In der Chronik zeigen",
}


def main() -> None:
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        msgid = str(message.id[0] if isinstance(message.id, tuple | list) else message.id)
        key: str | tuple[str, str] = (str(message.context), msgid) if message.context else msgid
        translation = DE.get(key)
        if translation is None:
            continue
        current = message.string
        translated = (isinstance(current, tuple) and any(current)) or (isinstance(current, str) and bool(current))
        if translated and "fuzzy" not in message.flags:
            continue
        message.string = translation
        message.flags.discard("fuzzy")
        filled += 1
    catalog.fuzzy = False
    catalog.project = "conflict-timeline-tracker"
    catalog.version = "0.1"
    catalog.language_team = "German <de@li.org>"
    catalog.last_translator = "Timeline maintainers"
    with PO.open("wb") as handle:
        write_po(handle, catalog, width=120, include_previous=False)
    print(f"filled {filled} messages")


if __name__ == "__main__":
    main()
