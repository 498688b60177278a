"""Event and statement dates in sentences with more than one time: which time dates the act itself.

Sentences written for this test (not taken from the data sets); plain pytest, the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract

PUB = date(2025, 5, 18)  # a Sunday


def event_dates(text: str, lang: str, event_type: str) -> list[str]:
    return [e.date.value for e in extract(text, published=PUB, language=lang).events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "expected"),
    [
        # A relative clause before the trigger describes a participant, not the event
        (
            "Am Freitag tagten die Minister. Die Kanzlerin, die den Rat in diesem Jahr leitet, sicherte Kiew "
            "anschließend weitere Hilfe zu.",
            "de",
            "AGREE",
            "2025-05-16",
        ),
        (
            "The ministers met on Friday. The premier, who chairs the group this year, afterwards promised Kyiv more "
            "air defence.",
            "en",
            "AGREE",
            "2025-05-16",
        ),
        # A demand is made when it is said, not at the vague future it asks for
        (
            "Speaking in Vienna on Thursday, the minister said Moscow would halt the strikes as soon as Kyiv withdrew "
            "its troops.",
            "en",
            "REQUEST",
            "2025-05-15",
        ),
        # A planned act due by a day is dated by that day
        ("Bis zum 30. Juni will die EU ein neues Sanktionspaket beschließen.", "de", "SANCTION", "2025-06-30"),
        ("By June 30 the EU plans to adopt new sanctions against Moscow.", "en", "SANCTION", "2025-06-30"),
    ],
)
def test_the_time_of_the_act(text: str, lang: str, event_type: str, expected: str) -> None:
    assert expected in event_dates(text, lang, event_type)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "wrong"),
    [
        # An invitation for later this year is not dated "this year"
        ("Der Präsident lud seinen Amtskollegen noch in diesem Jahr zu einem Besuch ein.", "de", "REQUEST", "2025"),
        ("The president invited his counterpart for a visit later this year.", "en", "REQUEST", "2025"),
    ],
)
def test_the_time_of_what_is_offered_does_not_date_the_offer(text: str, lang: str, event_type: str, wrong: str) -> None:
    found = event_dates(text, lang, event_type)
    assert found and wrong not in found


def test_the_current_year_after_the_verb_does_not_date_the_words() -> None:
    statements = extract(
        "Erdoğan lud Selenskyj noch in diesem Jahr zu einem Besuch ein.", published=PUB, language="de"
    ).statements
    assert statements and all(s.date.value != "2025" for s in statements)


def test_had_to_is_no_past_perfect() -> None:
    """ "a just peace had to come with guarantees": necessity, not an earlier event (no PAST_REF date)."""
    text = "Zelensky said Ukraine would never accept a frozen conflict and that peace had to come with guarantees."
    result = extract(text, published=date(2025, 8, 24), language="en")
    rejects = [e for e in result.events if e.type == "REJECT"]
    assert rejects and rejects[0].date.value == "2025-08-24", [(e.type, e.date.value) for e in result.events]


def test_a_live_ticker_entry_is_news_of_its_day() -> None:
    """A ticker's time stamp does not date the entry's events, and an entry without a day of its own is not dated
    by the day an earlier entry named."""
    text = (
        "Liveticker zum Jahrestag\n"
        "09.00 Uhr: Selenskyj hatte am Montag vor neuen Angriffen gewarnt.\n"
        "17.30 Uhr: Das 20. Sanktionspaket der EU gegen Russland ist am Veto Ungarns gescheitert.\n"
        "19.05 Uhr: Die nächste Runde der Gespräche soll in der kommenden Woche in Genf stattfinden."
    )
    result = extract(text, published=date(2026, 2, 24), language="de")
    by_type = {e.type: e.date.value for e in result.events}
    assert by_type.get("REJECT") == "2026-02-24", by_type
    assert by_type.get("CONSULT") == "2026-W10", by_type


def test_a_day_beats_the_year_that_frames_it_in_the_same_clause() -> None:
    text = "Witkoff war am Freitag zum vierten Mal in diesem Jahr von Putin in Moskau empfangen worden."
    result = extract(text, published=date(2025, 4, 28), language="de")
    consults = [e for e in result.events if e.type == "CONSULT"]
    assert consults and consults[0].date.value == "2025-04-25", [(e.type, e.date.value) for e in result.events]


def test_a_german_demand_in_the_present_tense_is_news_of_the_day() -> None:
    text = (
        "Die Delegationen trafen sich am Freitag in Istanbul. "
        "Einen Termin gibt es bislang nicht; Kiew verlangt, das russische Papier vorab einzusehen. "
        "Moskau hatte am Freitag den Abzug der ukrainischen Truppen verlangt."
    )
    result = extract(text, published=date(2025, 5, 26), language="de")
    requests = [(e.date.value, e.date.basis) for e in result.events if e.type == "REQUEST"]
    assert requests[0] == ("2025-05-26", "published"), requests
    assert requests[1] == ("2025-05-23", "text"), requests  # "hatte ... verlangt" is the past, dated by its day


def test_an_english_statement_in_the_present_tense_is_dated_by_publication() -> None:
    text = "The delegations met in Istanbul on Friday. Kyiv insists that any new round must include a ceasefire."
    result = extract(text, published=date(2025, 5, 26), language="en")
    assert [(s.date.value, s.date.basis) for s in result.statements] == [("2025-05-26", "published")]


def test_an_act_at_a_meeting_reported_before_takes_the_meetings_day() -> None:
    text = (
        "Scholz war am Montag in Kiew mit Selenskyj zusammengetroffen. Am Dienstag reiste er nach Moskau weiter. "
        "Selenskyj hatte bei dem Treffen in Kiew vor allem um weitere Unterstützung geworben."
    )
    result = extract(text, published=date(2022, 2, 16), language="de")
    requests = [(e.date.value, e.date.basis) for e in result.events if e.type == "REQUEST"]
    assert requests == [("2022-02-14", "context")], requests


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "Overnight, Russian drones struck energy facilities in the Odesa region. "
            "Ukraine's air force said it had shot down most of them.",
            "en",
            date(2025, 12, 21),
            "2025-12-21",
        ),
        (
            "In der Nacht zum Montag griff Russland Kiew mit Drohnen an. "
            "Die ukrainische Luftwaffe meldete, 30 von 35 Drohnen seien abgeschossen worden.",
            "de",
            date(2022, 12, 19),
            "2022-12-19",
        ),
        (
            "In der Nacht zum Samstag griff Russland Kiew mit Drohnen an. "
            "Die ukrainische Luftwaffe meldete, 30 von 35 Drohnen seien abgeschossen worden.",
            "de",
            date(2022, 12, 19),
            "2022-12-17",
        ),
    ],
)
def test_words_about_a_night_are_said_the_morning_after(text: str, lang: str, published: date, expected: str) -> None:
    statements = extract(text, published=published, language=lang).statements
    assert statements and statements[-1].date.value == expected, [s.date.value for s in statements]


def test_a_state_that_still_holds_is_dated_by_publication() -> None:
    text = (
        "Sunak signed the agreement in Kyiv on Friday. The visit comes as a $61bn US aid package remains stalled "
        "in Congress and Hungary's Viktor Orbán continues to block a €50bn EU support fund."
    )
    result = extract(text, published=date(2024, 1, 13), language="en")
    second = result.sentences[1]
    dates = {e.type: e.date.value for e in result.events if e.evidence[0] == second.start}
    assert dates and set(dates.values()) == {"2024-01-13"}, dates


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Merz sprach am Freitag in Berlin. Wer jetzt verhandeln wolle, müsse zuerst die Angriffe einstellen, "
            "fügte er hinzu.",
            "de",
            "2025-05-16",
        ),
        (
            "Merz spoke in Berlin on Friday. Anyone who wants to negotiate now must first stop the attacks, he added.",
            "en",
            "2025-05-16",
        ),
        ("Wer jetzt verhandeln wolle, müsse zuerst die Angriffe einstellen, sagte Merz.", "de", "2025-05-18"),
    ],
)
def test_a_vague_now_in_the_words_is_the_day_they_were_said(text: str, lang: str, expected: str) -> None:
    assert event_dates(text, lang, "REQUEST") == [expected]


def test_aid_promised_for_this_year_is_dated_by_the_year() -> None:
    # (until the thirteenth session dated by the promise; the annotated sets date aid by the period it is given in:
    # +5 events on the development sets, +5 on the unread ones)
    text = "Britain said it will provide £2.5bn in military support to Ukraine this year."
    assert event_dates(text, "en", "AID") == ["2025"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Scholz war am Montag in Kiew mit Selenskyj zusammengetroffen. Am Dienstag reiste er nach Moskau weiter. "
            "Nach dem Treffen hatte Selenskyj um weitere Unterstützung geworben.",
            "de",
        ),
        (
            "Scholz met Zelensky in Kyiv on Monday. On Tuesday Berlin announced new aid for farmers. "
            "On the sidelines, Zelensky had asked him for more air defence.",
            "en",
        ),
    ],
)
def test_an_act_after_or_beside_a_meeting_reported_before_takes_the_meetings_day(text: str, lang: str) -> None:
    result = extract(text, published=date(2022, 2, 16), language=lang)
    requests = [(e.date.value, e.date.basis) for e in result.events if e.type == "REQUEST"]
    assert requests == [("2022-02-14", "context")], requests


def test_words_said_at_the_place_of_a_dated_visit_take_its_day() -> None:
    text = (
        "Tusk hat bei einem Besuch in Kiew am Mittwoch mit Selenskyj eine Einigung verkündet. "
        "Die Frage hatte das Verhältnis über Jahre belastet. "
        "Tusk sprach in Kiew von „russischem Terror“, der sich auch gegen Europa richte."
    )
    result = extract(text, published=date(2025, 1, 16), language="de")
    said = [(s.date.value, s.date.basis) for s in result.statements if s.evidence[0] > 100]
    accused = [(e.date.value, e.date.basis) for e in result.events if e.type == "ACCUSE"]
    assert said == [("2025-01-15", "context")] and accused == [("2025-01-15", "context")], (said, accused)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "published", "expected"),
    [
        # an invitation or plea made in a strong past form dates the act, not the visit or truce it asks for
        (
            "Putin lud den chinesischen Präsidenten am Mittwoch zu einem Gegenbesuch im kommenden Jahr ein.",
            "de",
            "REQUEST",
            date(2023, 10, 18),
            "2023-10-18",
        ),
        # a year long past named in what is held against someone dates the deeds, not the accusation
        (
            "Selenskyj sprach am Donnerstagabend in Kiew. Er erinnerte an die Minsker Abkommen von 2014, "
            "die Russland nie umgesetzt habe.",
            "de",
            "ACCUSE",
            date(2026, 8, 14),
            "2026-08-13",
        ),
    ],
)
def test_a_time_in_what_was_asked_or_held_against_someone_does_not_date_the_act(
    text: str, lang: str, event_type: str, published: date, expected: str
) -> None:
    result = extract(text, published=published, language=lang)
    dates = [e.date.value[:10] for e in result.events if e.type == event_type]
    assert dates and dates[0] == expected, dates


def test_a_speech_act_naming_an_earlier_act_with_its_time_gives_both_events() -> None:
    text = (
        "Peskov on Friday repeated Moscow's demand that Ukraine pull its troops out of four regions, a condition "
        "Putin first set out in June."
    )
    result = extract(text, published=date(2024, 7, 20), language="en")
    requests = {(e.date.value, e.date.basis) for e in result.events if e.type == "REQUEST"}
    assert {("2024-06", "text"), ("2024-07-19", "text")} <= requests, requests


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "published", "expected"),
    [
        # a month long past that the words allude to dates neither the words nor the demand
        (
            "Selenskyj sprach am Donnerstagmorgen im Bundestag. „Reißen Sie diese Mauer nieder“, rief Selenskyj in "
            "Anspielung auf die Rede des früheren US-Präsidenten Ronald Reagan im Juni 1987.",
            "de",
            "REQUEST",
            date(2022, 3, 17),
            "2022-03-17",
        ),
        # "earlier in the day" continues the day of the scene before
        (
            "Putin arrived in Ankara on Thursday. Earlier in the day, Foreign Minister Hakan Fidan met Sergei Lavrov.",
            "en",
            "CONSULT",
            date(2026, 8, 21),
            "2026-08-20",
        ),
    ],
)
def test_an_allusion_long_past_and_earlier_in_the_day(
    text: str, lang: str, event_type: str, published: date, expected: str
) -> None:
    result = extract(text, published=published, language=lang)
    dates = [e.date.value[:10] for e in result.events if e.type == event_type]
    assert dates and dates[-1] == expected, dates


def test_earlier_inside_a_time_expression_is_no_vague_past() -> None:
    result = extract("Washington announced earlier this week that it would send rockets.", published=date(2022, 6, 4),
                     language="en")
    assert [e.date.value for e in result.events if e.type == "AGREE"] == ["2022-W22"]


def test_a_past_perfect_elsewhere_does_not_make_the_speech_act_a_vague_past() -> None:
    text = (
        'Dmitry Peskov said on Friday that Russia had "no intention" of attacking anyone and accused Britain of '
        'spreading "hysteria".'
    )
    result = extract(text, published=date(2022, 2, 12), language="en")
    assert [e.date.value for e in result.events if e.type == "ACCUSE"] == ["2022-02-11"]


def test_a_session_opened_in_the_passive_is_not_a_speech_dating_the_veto_after_it() -> None:
    text = (
        "Die Sondersitzung, die erste seit 1997, war am Montag eröffnet worden, nachdem Russland am vergangenen "
        "Freitag eine Resolution mit seinem Veto blockiert hatte."
    )
    result = extract(text, published=date(2022, 3, 2), language="de")
    assert [e.date.value for e in result.events if e.type == "REJECT"] == ["2022-02-25"]


def test_a_strong_past_in_t_is_not_a_present_tense_demand_of_today() -> None:
    text = "Selenskyj traf am Dienstag den Kronprinzen. Er bat Saudi-Arabien, am Friedensgipfel teilzunehmen."
    result = extract(text, published=date(2024, 2, 29), language="de")
    assert [e.date.value for e in result.events if e.type == "REQUEST"] == ["2024-02-27"]


def test_a_relative_clause_after_a_german_verb_trigger_does_not_date_the_accusation() -> None:
    text = (
        "Selenskyj warf Moskau vor, eine von Trump vermittelte Feuerpause für Energieanlagen missachtet zu haben, "
        "die am 25. Januar begonnen hatte."
    )
    result = extract(text, published=date(2026, 2, 5), language="de")
    assert [e.date.value for e in result.events if e.type == "ACCUSE"] == ["2026-02-05"]


def test_a_relative_clause_after_an_english_noun_trigger_still_dates_it() -> None:
    text = "She said the EU's new package of sanctions, which Brussels intends to adopt in July, would backfire."
    result = extract(text, published=date(2026, 6, 30), language="en")
    assert [e.date.value for e in result.events if e.type == "SANCTION"] == ["2026-07"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (
            "It called on African states to support the peace formula presented by Zelensky in November.",
            date(2023, 1, 24),
            "REQUEST",
            "2023-01-24",
        ),
        (
            "Blinken praised Germany's decision, announced last weekend, to send a third Patriot battery.",
            date(2024, 4, 19),
            "SUPPORT",
            "2024-04-19",
        ),
    ],
)
def test_a_time_after_a_participle_naming_an_earlier_act_dates_that_act(
    text: str, published: date, kind: str, expected: str
) -> None:
    result = extract(text, published=published, language="en")
    assert expected in [e.date.value for e in result.events if e.type == kind], result.events


def test_the_lines_of_a_day_in_a_demand_do_not_date_the_demand() -> None:
    text = "Ein Berater sagte, Russland müsse seine Einheiten hinter die Linien vom 24. Februar zurückziehen."
    result = extract(text, published=date(2022, 5, 28), language="de")
    assert "2022-02-24" not in [e.date.value for e in result.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "lang", "published", "earlier"),
    [
        ("Es war das erste Gespräch der beiden seit Dezember 2022.", "de", date(2024, 11, 15), "2022-12"),
        ("It was Putin's first visit to Türkiye since January 2020.", "en", date(2026, 9, 11), "2020-01"),
        (
            "The summit was the first meeting between the two leaders since their encounter in Alaska in August.",
            "en",
            date(2026, 5, 14),
            "2025-08",
        ),
    ],
)
def test_the_first_meeting_since_a_month_names_the_meeting_before(
    text: str, lang: str, published: date, earlier: str
) -> None:
    dates = [e.date.value for e in extract(text, published=published, language=lang).events if e.type == "CONSULT"]
    assert earlier in dates, dates


def test_the_first_visit_since_the_invasion_names_no_meeting_before() -> None:
    text = "Zelensky met Biden on Wednesday on his first trip abroad since the invasion began in February."
    dates = [e.date.value for e in extract(text, published=date(2022, 12, 22), language="en").events
             if e.type == "CONSULT"]
    assert "2022-02" not in dates, dates


def test_a_day_in_a_relative_clause_before_the_trigger_sets_the_scene() -> None:
    text = "Mr. Biden, who arrived in Kyiv by train on Monday morning, pledged another $500 million in military aid."
    result = extract(text, published=date(2023, 2, 21), language="en")
    assert [e.date.value[:10] for e in result.events if e.type == "AID"] == ["2023-02-20"]


def test_a_year_in_a_relative_clause_before_the_trigger_does_not_date_it() -> None:
    text = "Scholz, der die G7 in diesem Jahr führt, sicherte der Ukraine am Montag weitere Hilfe zu."
    result = extract(text, published=date(2022, 6, 28), language="de")
    assert "2022" not in [e.date.value for e in result.events]


def test_a_meeting_far_from_any_day_named_belongs_to_the_story_day() -> None:
    # (in the middle of the article: in its last third such a meeting is taken as the news of the day)
    text = (
        "Zelensky met the crown prince in Riyadh on Tuesday. The talks covered prisoner exchanges. "
        "Saudi Arabia has mediated before. The kingdom is a major oil producer. Oil prices fell this year. "
        "Analysts were cautious. Markets were calm. Zelensky also held talks with the foreign minister. "
        "Prices of grain rose in the spring. Shipping companies expect more traffic in the Black Sea ports. "
        "Insurers have lowered their premiums. Traders in Geneva welcomed the calmer markets in recent weeks. "
        "Farmers in the south are preparing for the harvest. The government expects exports to grow further."
    )
    result = extract(text, published=date(2024, 2, 28), language="en")
    assert [e.date.value for e in result.events if e.type == "CONSULT"][-1] == "2024-02-27"


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        ("One of the officials said Saudi Arabia had offered to host the next round.", "en", "REQUEST"),
        ("Von der Leyen hatte Russland zuvor vorgeworfen, Europa mit Gaslieferungen zu erpressen.", "de", "ACCUSE"),
    ],
)
def test_a_pluperfect_without_a_time_is_not_a_vague_past(text: str, lang: str, event_type: str) -> None:
    """In the annotated sets a pluperfect with no time of its own was never dated PAST_REF: it is reported news
    (of the day, or of the scene before)."""
    assert event_dates(text, lang, event_type) == [PUB.isoformat()]


def test_a_new_paragraph_days_after_the_scene_is_news_of_the_day() -> None:
    text = (
        "Selenskyj besucht Brüssel\n"
        "Die EU-Staats- und Regierungschefs haben am Donnerstag in Brüssel über Verteidigung beraten. "
        "Sie einigten sich auf einen Fonds.\n"
        "Der Kreml wies die Beschlüsse zurück."
    )
    result = extract(text, published=date(2025, 3, 9), language="de")
    by_type = {e.type: e.date.value for e in result.events}
    assert by_type.get("AGREE") == "2025-03-06", by_type  # the same paragraph continues Thursday's scene
    assert by_type.get("REJECT") == "2025-03-09", by_type  # a new paragraph, days later: the day of publication


def test_a_new_paragraph_the_day_after_the_scene_still_continues_it() -> None:
    text = (
        "Gipfel in Brüssel\n"
        "Die EU-Staats- und Regierungschefs haben am Donnerstag in Brüssel über Verteidigung beraten.\n"
        "Sie einigten sich auf einen Fonds."
    )
    result = extract(text, published=date(2025, 3, 7), language="de")
    assert {e.type: e.date.value for e in result.events}.get("AGREE") == "2025-03-06"


def test_sentences_know_their_paragraph() -> None:
    from tracker.extraction.sentences import split_sentences

    sentences = split_sentences("Titel\nErster Satz. Zweiter Satz.\n\nDritter Satz.", "de")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Titel", 0),
        ("Erster Satz.", 1),
        ("Zweiter Satz.", 1),
        ("Dritter Satz.", 2),
    ]


def test_words_reported_in_the_lead_paragraph_are_of_the_story_day() -> None:
    text = (
        "Neue Flugabwehr für Kiew\n"
        "Die Ukraine erhält weitere Flugabwehrsysteme. Das Paket wurde am Montag in Berlin beschlossen. "
        "Der Kreml sprach von einer gefährlichen Eskalation.\n"
        "Die Opposition kritisierte die Kosten."
    )
    result = extract(text, published=date(2025, 5, 21), language="de")
    dates = {s.speaker: s.date.value for s in result.statements}
    assert dates.get("Kremlin") == "2025-05-19", dates


def test_a_time_after_a_semicolon_belongs_to_its_own_clause() -> None:
    text = (
        "Beide Seiten hätten vereinbart, die Gespräche fortzusetzen; eine dritte Runde könne schon Anfang kommender "
        "Woche stattfinden."
    )
    assert event_dates(text, "de", "AGREE") == [PUB.isoformat()]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "expected"),
    [
        # "erstmals seit dem Frühjahr 2022" compares; the meeting's day is Friday
        (
            "In Istanbul hatten sich am Freitag erstmals seit dem Frühjahr 2022 Delegationen Russlands und der "
            "Ukraine direkt getroffen.",
            "de",
            "CONSULT",
            "2025-05-16",
        ),
        # a news agency's dateline ("SEOUL, May 18 (Yonhap) --") is the filing date, not the meeting's
        (
            "SEOUL, May 18 (Yonhap) -- President Yoon met Ukraine's defence minister Rustem Umerov on Friday.",
            "en",
            "CONSULT",
            "2025-05-16",
        ),
    ],
)
def test_a_time_after_since_or_in_an_agency_dateline_does_not_date_the_act(
    text: str, lang: str, event_type: str, expected: str
) -> None:
    assert event_dates(text, lang, event_type) == [expected], event_dates(text, lang, event_type)


def test_an_act_after_a_scene_days_ago_is_news_of_the_day_and_words_continue_the_scene() -> None:
    text = (
        "Am Mittwoch traf Scholz den französischen Präsidenten Macron in Paris. Macron forderte mehr Hilfe für Kiew. "
        "In Luxemburg berieten unterdessen die EU-Außenminister über ein sechstes Sanktionspaket."
    )
    # the Sunday of publication; Wednesday is four days before it
    assert event_dates(text, "de", "REQUEST") == ["2025-05-14"], event_dates(text, "de", "REQUEST")
    consult = [
        e.date.value
        for e in extract(text, published=PUB, language="de").events
        if e.type == "CONSULT" and "Luxemburg" in e.sentence
    ]
    assert consult == ["2025-05-18"], consult


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "expected"),
    [
        # a demand is made when it is said; the winter ahead is what it asks for
        (
            "On Friday, Zelensky urged European leaders to send more air defence systems before winter.",
            "en",
            "REQUEST",
            "2025-05-16",
        ),
        # a refusal of a conference next month is made now
        (
            "On Friday, Lavrov said Russia would not take part in the peace conference planned for June.",
            "en",
            "REJECT",
            "2025-05-16",
        ),
        # a request that itself lies ahead keeps its day
        (
            "Beijing is expected to publish a position paper on Friday, May 23.",
            "en",
            "REQUEST",
            "2025-05-23",
        ),
    ],
)
def test_a_time_ahead_after_a_demand_or_refusal_dates_what_is_demanded(
    text: str, lang: str, event_type: str, expected: str
) -> None:
    assert event_dates(text, lang, event_type) == [expected], event_dates(text, lang, event_type)


def test_an_agreement_far_down_a_report_of_yesterday_takes_yesterday_and_older_stories_do_not() -> None:
    def agreement_date(day: str) -> list[str]:
        text = (
            f"Nato berät über Ukraine\nDie Außenminister der Nato haben am {day} in Brüssel über die Ukraine beraten.\n"
            "Der Rat hat zwanzig Mitglieder. Er wurde 2002 gegründet. Sein Sitz ist in Brüssel. Er tagt selten. "
            "Die Sitzungen sind geheim.\nBeide Seiten vereinbarten, den Handel auszuweiten."
        )
        return event_dates(text, "de", "AGREE")

    assert agreement_date("Samstag") == ["2025-05-17"]
    assert agreement_date("Donnerstag") == ["2025-05-18"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Deutschland werde bis Jahresende zwei zusätzliche Iris-T-Systeme liefern, sagte Merz.", "AID", "2025"),
        ("Die erste Tranche solle noch bis Ende Juni fließen, teilte die Kommission mit.", "AID", "2025-06"),
        ("Kallas kündigte an, das 22. Sanktionspaket solle bis Jahresende stehen.", "SANCTION", "2025"),
    ],
)
def test_a_delivery_or_package_in_reported_speech_is_dated_by_the_day_it_is_due(
    text: str, event_type: str, expected: str
) -> None:
    assert expected in event_dates(text, "de", event_type)


def test_a_short_quoted_time_dates_the_plan_but_a_time_in_quoted_speech_does_not() -> None:
    planned = 'Duda said he would travel to Kyiv "in the coming weeks" and called for more tanks.'
    assert "FUTURE_REF" in event_dates(planned, "en", "CONSULT")
    speech = 'Biden said Congress would hand Putin "the greatest Christmas gift" if it failed to approve aid.'
    assert all(not d.endswith("-12-25") for d in event_dates(speech, "en", "AID"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Am Rande des Gipfels hatte Putin am Dienstag Xi Jinping und am Mittwoch Recep Tayyip Erdoğan getroffen.",
         "de", {"2025-05-13", "2025-05-14"}),
        ("Scholz confirmed that he would travel to Kyiv on Monday and to Moscow on Tuesday.", "en",
         {"2025-05-19", "2025-05-20"}),
    ],
)
def test_two_days_in_the_clause_of_one_meeting_verb_are_two_meetings(text: str, lang: str, expected: set[str]) -> None:
    assert set(event_dates(text, lang, "CONSULT")) == expected


def test_joined_days_of_one_conference_stay_one_meeting() -> None:
    text = "Norwegen hat für Samstag und Sonntag zu einer Geberkonferenz nach Oslo eingeladen."
    assert len(event_dates(text, "de", "CONSULT")) == 1


def test_a_day_in_the_speakers_relative_clause_dates_the_words() -> None:
    text = ("Selenskyj, der am Dienstag als Gast am G7-Gipfel in Evian teilnahm, forderte die Staats- und "
            "Regierungschefs auf, Rosatom mit Sanktionen zu belegen.")
    result = extract(text, published=PUB, language="de")
    assert [s.date.value for s in result.statements] == ["2025-05-13"]
    assert "2025-05-13" in event_dates(text, "de", "REQUEST")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # "bereits" marks no past: a stage planned "bereits am Samstag" is the coming Saturday
        ("Die erste Übergabe von Gefangenen soll bereits am Samstag stattfinden, teilte Kiew mit.", "CONCEDE",
         "2025-05-24"),
        # "heißt es" is present tense: the video conference "am Freitag" was the Friday before
        ("In einer Erklärung nach einer Videokonferenz am Freitag heißt es, der Preisdeckel solle bald gelten.",
         "CONSULT", "2025-05-16"),
    ],
)
def test_the_weekday_follows_the_tense_of_its_own_clause(text: str, event_type: str, expected: str) -> None:
    assert expected in event_dates(text, "de", event_type)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "expected"),
    [
        ("Von der Leyen kündigte an, bis Ende Juli weitere 3,5 Milliarden Euro an die Ukraine auszuzahlen.", "de",
         "AID", "2025-07"),
        ("Rutte kündigte an, das Kommando bis zum Herbst auf rund 1000 Dienstposten aufzustocken.", "de", "MOBILIZE",
         "2025-FA"),
    ],
)
def test_an_act_announced_with_a_deadline_is_dated_by_the_deadline(
    text: str, lang: str, event_type: str, expected: str
) -> None:
    assert expected in event_dates(text, lang, event_type)


def test_the_first_time_since_a_date_does_not_date_the_act() -> None:
    text = "Lawrow, der erstmals seit Februar 2022 Schweizer Boden betrat, nannte den Vorschlag verfrüht."
    assert "2022-02" not in event_dates(text, "de", "REJECT") + event_dates(text, "de", "ACCUSE")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kallas said the bloc would add more vessels to its sanctions list in a 16th package, which it aims to adopt "
         "by February 24.", date(2025, 1, 27), "2025-02-24"),
        ("They said the EU would propose further measures, including sanctions, as part of a 16th package due by the "
         "end of February.", date(2024, 12, 27), "2025-02"),
    ],
)
def test_a_plan_dated_by_a_deadline_in_a_later_relative_or_due_clause(
    text: str, published: date, expected: str
) -> None:
    events = [e for e in extract(text, published=published, language="en").events if e.type == "SANCTION"]
    assert events and events[0].date.value == expected and events[0].occurrence == "planned", events


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Anfang April hatte die Bundesregierung 40 russische Diplomaten ausgewiesen; Moskau antwortete Ende April "
            "mit der Ausweisung ebenso vieler deutscher Botschaftsangehöriger.",
            "de",
            ["2025-04", "2025-04"],
        ),
        (
            "Norway expelled three Russian diplomats in April 2022, and Moscow retaliated in May 2022 by ordering "
            "three Norwegian diplomats to leave.",
            "en",
            ["2022-04", "2022-05"],
        ),
    ],
)
def test_a_measure_and_the_retaliation_in_one_sentence_are_two_sanctions(
    text: str, lang: str, expected: list[str]
) -> None:
    assert event_dates(text, lang, "SANCTION") == expected


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "expected"),
    [
        # "had" as the main verb is no past perfect: the denial is made when it is said
        (
            'Kremlin spokesman Dmitry Peskov said on Thursday that the cable damage had "nothing to do" with Russia.',
            "en",
            "REJECT",
            "2025-05-15",
        ),
        (
            "The ministry said on Friday that Moscow had no interest in peace and only sought more territory.",
            "en",
            "ACCUSE",
            "2025-05-16",
        ),
        # a charge or demand made in the telling is dated by the telling, even about something done before it
        (
            "Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Kyiv had opened a second front and "
            "accused Ukraine of supporting terrorists.",
            "en",
            "ACCUSE",
            "2025-05-15",
        ),
    ],
)
def test_words_said_on_a_day_are_dated_by_it(text: str, lang: str, event_type: str, expected: str) -> None:
    assert expected in event_dates(text, lang, event_type)


def test_a_rejection_reported_in_the_past_perfect_keeps_its_own_time() -> None:
    """ "said on Thursday that Putin had rejected the offer": the refusal came before the telling."""
    text = "Peskov said on Thursday that Putin had rejected the offer on Monday."
    assert event_dates(text, "en", "REJECT") == ["2025-05-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf dem Übungsplatz bildet die US-Armee seit 2022 ukrainische Soldaten aus.", "2022"),
        ("Frankreich und Großbritannien liefern bereits seit 2023 Marschflugkörper an die Ukraine.", "2023"),
        ("Russische Truppen halten das Kraftwerk seit März 2022 besetzt.", "2022-03"),
    ],
)
def test_an_act_going_on_since_a_time_is_dated_by_its_start(text: str, expected: str) -> None:
    dates = [e.date.value for e in extract(text, published=PUB, language="de").events]
    assert expected in dates, dates


def test_since_in_what_is_charged_does_not_date_the_charge() -> None:
    """ "warf Moskau vor, seit dem Sommer Silos anzugreifen": the charge is made when it is said."""
    text = "Sybiha warf Moskau am Freitag vor, seit dem Sommer gezielt Getreidesilos in Odessa anzugreifen."
    assert "2025-05-16" in event_dates(text, "de", "ACCUSE")


def test_the_day_a_proposal_was_made_dates_it_when_the_time_proposed_does_not() -> None:
    """ "Lawrow schlug am Mittwoch eine zweite Runde ... für den 2. Juni vor": the day proposed (a time of what is
    proposed) does not date the proposal; the other day in its clause does, whichever trigger is chosen."""
    text = (
        "Trump hatte am Dienstag Putin kritisiert. Lawrow schlug am Mittwoch eine zweite Runde direkter Gespräche "
        "mit der Ukraine für den 2. Juni in Istanbul vor."
    )
    result = extract(text, published=date(2025, 5, 28), language="de")
    requests = [e.date.value for e in result.events if e.type == "REQUEST"]
    assert requests and requests[0] == "2025-05-28", requests


def test_a_participle_with_a_time_next_to_the_trigger_noun_dates_it() -> None:
    """ "rejected Zelensky's proposal, made on Wednesday": the proposal was made on Wednesday."""
    text = "Peskov on Friday rejected Zelensky's proposal, made on Wednesday, for a 30-day halt to strikes."
    result = extract(text, published=date(2026, 4, 11), language="en")
    assert "2026-04-08" in [e.date.value for e in result.events if e.type == "REQUEST"]
    assert "2026-04-10" in [e.date.value for e in result.events if e.type == "REJECT"]


_YESTERDAYS_STORY = (
    "Gespräche in Rom ohne Durchbruch\n"
    "Die Ukraine und ihre Partner suchen weiter nach einem Weg zu einer Waffenruhe. Die Lage bleibt angespannt. "
    "Am Samstag traf Selenskyj in Rom Papst Leo XIV.\n"
    "Viele Menschen sind auf der Flucht. Die Versorgung mit Strom ist unterbrochen. Die EU-Außenbeauftragte Kaja "
    "Kallas forderte mehr Unterstützung für die Ukraine.\n"
    "Beobachter erwarten keine schnelle Einigung. Die Lage bleibt unübersichtlich. Hilfsorganisationen sprechen von "
    "einer dramatischen Lage. Die Regierung arbeitet an Notfallplänen für den Winter. Viele Schulen bleiben "
    "geschlossen. Die Preise steigen weiter. Der Winter wird hart. Viele Familien haben ihre Häuser verlassen und "
    "leben in Notunterkünften. In den Städten fehlt es an Wasser und Medikamenten. Die Behörden bitten um Geduld. "
    "Die Helfer arbeiten rund um die Uhr. Die Schäden an der Infrastruktur sind groß. Der Wiederaufbau wird Jahre "
    "dauern."
)


def test_early_in_an_article_undated_words_continue_yesterdays_story() -> None:
    result = extract(_YESTERDAYS_STORY, published=PUB, language="de")
    demand = next(e for e in result.events if e.type == "REQUEST" and "Kaja Kallas" in e.actors)
    words = next(s for s in result.statements if s.speaker == "Kaja Kallas")
    assert (demand.date.value, demand.date.basis) == ("2025-05-17", "context")
    assert words.date.value == "2025-05-17"


def test_late_in_an_article_undated_words_are_the_news_of_the_day() -> None:
    demand_text = "Die EU-Außenbeauftragte Kaja Kallas forderte mehr Unterstützung für die Ukraine."
    late = _YESTERDAYS_STORY.replace(demand_text + "\n", "") + "\n" + demand_text
    result = extract(late, published=PUB, language="de")
    demand = next(e for e in result.events if e.type == "REQUEST" and "Kaja Kallas" in e.actors)
    assert demand.date.value == "2025-05-18"


def test_an_undated_lead_takes_yesterday_when_the_article_names_it_later() -> None:
    text = _YESTERDAYS_STORY.replace(
        "Die Ukraine und ihre Partner suchen weiter nach einem Weg zu einer Waffenruhe.",
        "Die EU-Außenbeauftragte Kaja Kallas hat mehr Hilfe für die Ukraine gefordert.",
    ).replace("Die EU-Außenbeauftragte Kaja Kallas forderte mehr Unterstützung für die Ukraine.", "")
    result = extract(text, published=PUB, language="de")
    demand = next(e for e in result.events if e.type == "REQUEST" and "Kaja Kallas" in e.actors)
    assert demand.date.value == "2025-05-17"


def test_late_in_an_article_an_undated_measure_is_the_news_of_the_day() -> None:
    text = (
        _YESTERDAYS_STORY
        + "\nAm Samstag hatte die Armee einen Angriff abgewehrt. Die EU verhängte neue Sanktionen gegen Russland."
    )
    result = extract(text, published=PUB, language="de")
    measure = next(e for e in result.events if e.type == "SANCTION")
    assert (measure.date.value, measure.date.basis) == ("2025-05-18", "published")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Netherlands has earmarked two billion euros in military support for Ukraine this year.", "en", "2025"),
        ("Germany pledged 25 million euros for mine clearance in Ukraine next year.", "en", "2026"),
        ("Deutschland werde der Ukraine noch in diesem Monat zwei weitere Iris-T-Systeme übergeben, kündigte Merz an.",
         "de", "2025-05"),
    ],
)
def test_aid_is_dated_by_the_period_it_is_given_in(text: str, lang: str, expected: str) -> None:
    assert event_dates(text, lang, "AID") == [expected]
