"""Event proposals: PLOVER type conventions (ANNOTATION.md), participants, occurrence and dates.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract
from tracker.extraction.types import EventProposal

PUB = date(2025, 5, 18)  # a Sunday


def events(text: str, lang: str, published: date = PUB) -> list[EventProposal]:
    return extract(text, published=published, language=lang).events


def kinds(text: str, lang: str) -> set[str]:
    return {e.type for e in events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Trump telefonierte am Montag mit Putin.", "de", "CONSULT"),
        ("Trump spoke with Putin by phone on Monday.", "en", "CONSULT"),
        ("Rubio and Lavrov met in Riyadh on Tuesday.", "en", "CONSULT"),
        ("Russland und die Ukraine einigten sich auf einen Gefangenenaustausch.", "de", "AGREE"),
        ("The two sides agreed to restore embassy staff.", "en", "AGREE"),
        ("Eine Einigung auf eine Waffenruhe scheiterte.", "de", "REJECT"),
        ("Moskau lehnte den Vorschlag ab.", "de", "REJECT"),
        ("Russland und die Ukraine tauschten 390 Gefangene aus, die freigelassen wurden.", "de", "CONCEDE"),
        ("Putin verkündete eine Oster-Waffenruhe.", "de", "RETREAT"),
        ("Putin declared a ceasefire for Orthodox Christmas.", "en", "RETREAT"),
        ("Trump stellte Russland ein Ultimatum von 50 Tagen.", "de", "THREATEN"),
        ("Selenskyj forderte eine bedingungslose Waffenruhe.", "de", "REQUEST"),
        ("Zelensky called for an unconditional ceasefire.", "en", "REQUEST"),
        ("Selenskyj warf Moskau vor, die Feuerpause gebrochen zu haben.", "de", "ACCUSE"),
        ("Die EU beschloss ein neues Sanktionspaket gegen Russland.", "de", "SANCTION"),
        ("Russia launched a massive drone attack on Kyiv.", "en", "ASSAULT"),
        ("Die EU will eingefrorene russische Vermögen nutzen, um die Ukraine zu finanzieren.", "de", "AID"),
    ],
)
def test_type_conventions(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


def test_one_sentence_can_give_several_events() -> None:
    text = (
        "Bei einem Treffen in Istanbul wurde ein Austausch von Gefangenen erreicht, "
        "eine Einigung auf eine Waffenruhe scheiterte jedoch."
    )
    assert {"CONSULT", "AGREE", "REJECT"} <= kinds(text, "de")


def test_nationality_adjectives_become_state_participants() -> None:
    (event,) = [e for e in events("Russische und ukrainische Unterhändler trafen sich in Istanbul.", "de")]
    assert event.type == "CONSULT"
    assert set(event.actors) == {"Russia", "Ukraine"}


@pytest.mark.parametrize(
    ("text", "occurrence"),
    [
        ("Ein Telefonat zwischen Trump und Putin soll am Montag stattfinden.", "planned"),
        ("Trump plans to meet Putin next week.", "planned"),
        ("Das geplante Gipfeltreffen von Trump und Putin in Budapest wurde abgesagt.", "cancelled"),
        ("The summit between Trump and Putin was called off.", "cancelled"),
        ("Trump traf Putin am Freitag in Alaska.", "occurred"),
        ("Ein Treffen von Trump und Putin könnte im Juni stattfinden.", "uncertain"),
    ],
)
def test_occurrence(text: str, occurrence: str) -> None:
    consult = [e for e in events(text, "de" if " der " in text or "Ein" in text else "en") if e.type == "CONSULT"]
    assert consult and consult[0].occurrence == occurrence


def test_future_date_makes_an_event_planned() -> None:
    (event,) = [e for e in events("Trump trifft Putin am 23. Mai in Budapest.", "de") if e.type == "CONSULT"]
    assert event.date.value == "2025-05-23"
    assert event.occurrence == "planned"


def test_dates_text_context_published_vague() -> None:
    text = (
        "Trump telefonierte am Freitag mit Putin. Im Anschluss sprach er mit Selenskyj. "
        "Kürzlich hatten sich die Unterhändler in Istanbul getroffen."
    )
    evs = [e for e in events(text, "de") if e.type == "CONSULT"]
    assert [(e.date.value, e.date.basis) for e in evs] == [
        ("2025-05-16", "text"),
        ("2025-05-16", "context"),
        ("PAST_REF", "vague"),
    ]
    undated = events("Moskau lehnte den Vorschlag ab.", "de")
    assert [(e.date.value, e.date.basis) for e in undated] == [("2025-05-18", "published")]


def test_borrowed_participants_when_the_sentence_names_none() -> None:
    text = "US-Präsident Donald Trump will erneut mit Wladimir Putin sprechen. Geplant ist ein Telefonat am Montag."
    call = [e for e in events(text, "de") if e.trigger and text[e.trigger[0] : e.trigger[1]] == "Telefonat"]
    assert call and call[0].actors == ["Donald Trump", "Vladimir Putin"]


def test_hopes_are_not_events() -> None:
    text = "Trump äußerte die Hoffnung, dass die Gespräche zu einer Waffenruhe führen."
    assert "CONSULT" not in kinds(text, "de")


def test_evidence_trigger_and_title() -> None:
    text = "Vorab. Trump telefonierte am Montag mit Putin."
    (event,) = events(text, "de")
    assert text[event.evidence[0] : event.evidence[1]] == "Trump telefonierte am Montag mit Putin."
    assert text[event.trigger[0] : event.trigger[1]] == "telefonierte"
    assert event.title.startswith("Trump–Putin")
    assert 0 < event.confidence <= 1


def test_pronoun_subject_is_the_last_person_named() -> None:
    text = "Putin sprach von einer Verständigung. Zum Schluss lud er Trump nach Moskau ein."
    (invite,) = [e for e in events(text, "de") if e.type == "REQUEST"]
    assert {"Vladimir Putin", "Donald Trump"} <= set(invite.actors)


def test_collective_subject_takes_the_parties_of_the_last_event() -> None:
    text = "Scholz telefonierte am Freitag mit Putin. Beide Seiten vereinbarten, in Kontakt zu bleiben."
    (agree,) = [e for e in events(text, "de") if e.type == "AGREE"]
    assert {"Olaf Scholz", "Vladimir Putin"} <= set(agree.actors)
    assert (agree.date.value, agree.date.basis) == ("2025-05-16", "context")


def test_dateline_places_are_not_participants() -> None:
    text = "Washington/Moskau (dpa) – Trump hat das geplante Gipfeltreffen mit Putin in Budapest abgesagt."
    (summit,) = [e for e in events(text, "de") if e.type == "CONSULT"]
    assert "United States" not in summit.actors and "Russia" not in summit.actors
    assert summit.occurrence == "cancelled"


def test_deadline_and_quoted_times_do_not_date_the_event() -> None:
    deadline = [
        e for e in events("Trump setzte Kiew am Freitag eine Frist bis Donnerstag.", "de") if e.type == "THREATEN"
    ]
    assert [e.date.value for e in deadline] == ["2025-05-16"]
    text = "Trump traf Putin am Freitag. Zum Schluss lud Putin ihn nach Moskau ein: „Next time in Moscow.“"
    (invite,) = [e for e in events(text, "de") if e.type == "REQUEST"]
    assert (invite.date.value, invite.date.basis) == ("2025-05-16", "context")


def test_cancelled_working_dinner_in_a_second_clause() -> None:
    text = (
        "Trump traf Putin am Freitag. Die Gespräche dauerten drei Stunden; ein geplantes Arbeitsessen wurde gestrichen."
    )
    consult = [e for e in events(text, "de") if e.type == "CONSULT"]
    assert [e.occurrence for e in consult] == ["occurred", "cancelled"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Das Treffen in Budapest wurde abgesagt, doch Rubio und Lawrow telefonierten am Montag miteinander.",
            "de",
            {("CONSULT", "Treffen", "cancelled"), ("CONSULT", "telefonierten", "occurred")},
        ),
        (
            "The Budapest summit was called off, but Rubio and Lavrov spoke by phone on Monday.",
            "en",
            {("CONSULT", "summit", "cancelled"), ("CONSULT", "spoke by phone", "occurred")},
        ),
        (
            "Trump cancelled the meeting with Putin after Lavrov rejected a ceasefire on Tuesday.",
            "en",
            {("CONSULT", "meeting", "cancelled"), ("REJECT", "rejected", "occurred")},
        ),
    ],
)
def test_a_cancellation_belongs_to_the_meeting_it_names(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {(e.type, text[e.trigger[0] : e.trigger[1]], e.occurrence) for e in events(text, lang, date(2025, 10, 22))}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["Lavrov spoke to reporters in Moscow on Monday.", "Lawrow sprach am Montag in Moskau mit Journalisten."],
)
def test_talking_to_the_press_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in kinds(text, "en" if "spoke" in text else "de")


def test_a_date_in_another_clause_does_not_move_the_announced_event() -> None:
    text = (
        "The outgoing administration on Saturday announced another $988 million in military aid for Kyiv, "
        "part of a push to commit all funds before Trump takes office on January 20."
    )
    (aid,) = [e for e in events(text, "en", date(2024, 12, 8)) if e.type == "AID"]
    assert (aid.date.value, aid.occurrence) == ("2024-12-07", "occurred")


@pytest.mark.parametrize(
    ("text", "lang", "office"),
    [
        ("UN-Generalsekretär António Guterres forderte beide Seiten zu einer Feuerpause auf.", "de", "United Nations"),
        ("IAEA chief Rafael Grossi met Zelensky in Kyiv on Tuesday.", "en", "IAEA"),
        ("Kardinal Matteo Zuppi traf am Donnerstag Selenskyj in Kiew.", "de", "Vatican"),
        ("Kremlsprecher Dmitri Peskow wies die Vorwürfe am Montag zurück.", "de", "Kremlin"),
        ("Putin will taktische Atomwaffen in Belarus stationieren.", "de", "Russia"),
    ],
)
def test_an_official_brings_the_organisation_they_act_for(text: str, lang: str, office: str) -> None:
    found = events(text, lang)
    assert found and all(office in e.actors for e in found)


def test_counting_rounds_since_may_neither_dates_nor_doubts_the_meeting() -> None:
    text = "Negotiators met on Wednesday evening. The meeting was the third round of direct talks since May."
    meeting = [e for e in events(text, "en", date(2025, 7, 24)) if "meeting" in e.sentence[:12]]
    assert meeting and all(e.date.value != "2025-05" and e.occurrence == "occurred" for e in meeting)


def test_a_so_called_name_does_not_make_a_plan_past() -> None:
    text = "He will meet leaders of the so-called Bucharest Nine on Wednesday before flying back."
    (meeting,) = [e for e in events(text, "en", date(2023, 2, 21)) if e.type == "CONSULT"]
    assert (meeting.date.value, meeting.occurrence) == ("2023-02-22", "planned")


def test_english_call_on_a_weekday_is_a_call_not_a_demand() -> None:
    text = "Erdogan told Putin in a phone call on Sunday that Ankara was ready to host the talks."
    assert "CONSULT" in kinds(text, "en")


def test_day_of_speaking_does_not_date_an_earlier_reported_event() -> None:
    text = (
        "Trump spoke with Putin by phone on Wednesday. "
        "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Putin had invited Trump to visit Moscow."
    )
    (invite,) = [e for e in extract(text, published=PUB, language="en").events if e.type == "REQUEST"]
    assert (invite.date.value, invite.date.basis) == ("2025-05-14", "context")


def test_demand_in_a_statement_takes_the_day_of_speaking() -> None:
    text = "Trump traf Putin am Mittwoch. Merz forderte am Freitag, Russland müsse einer Waffenruhe zustimmen."
    (demand,) = [e for e in events(text, "de") if e.type == "REQUEST"]
    assert (demand.date.value, demand.date.basis) == ("2025-05-16", "text")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Moskau schloss eine Waffenruhe vor Verhandlungen aus.", "de", "REJECT"),
        ("The Kremlin ruled out a ceasefire before talks.", "en", "REJECT"),
        ("Trump phoned Putin on Monday.", "en", "CONSULT"),
        ("Rubio held talks with Lavrov in Riyadh.", "en", "CONSULT"),
        ("Das Parlament ratifizierte das Abkommen.", "de", "AGREE"),
        ("Russia will withdraw its troops from the region.", "en", "RETREAT"),
        ("Kiew bestand auf einer bedingungslosen Waffenruhe.", "de", "REQUEST"),
    ],
)
def test_more_trigger_forms(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


def test_role_aliases_are_resolved_on_the_event_date() -> None:
    text = "Der US-Präsident hatte im März 2022 mit Selenskyj telefoniert. Der US-Präsident traf am Freitag Putin."
    found = [(e.actors, e.date.value) for e in events(text, "de") if e.type == "CONSULT"]
    assert found == [
        (["Joe Biden", "Volodymyr Zelensky"], "2022-03"),
        (["Donald Trump", "Vladimir Putin"], "2025-05-16"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Kremlin said the deal would only take effect after sanctions were lifted.", "en", "REQUEST"),
        ("Ein Treffen sei erst möglich, wenn ein Vertrag vorliege, sagte Medinski.", "de", "REQUEST"),
        ('Zelensky warned that Moscow was "trying to buy time."', "en", "ACCUSE"),
        ("Selenskyj warf Moskau vor, auf Zeit zu spielen.", "de", "ACCUSE"),
    ],
)
def test_conditions_and_stalling_accusations(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


def test_statement_shortly_afterwards_follows_the_scene() -> None:
    text = "Putin and Trump spoke on Tuesday. Shortly afterwards, the Kremlin said the deal needed more work."
    (st,) = extract(text, published=PUB, language="en").statements
    assert (st.speaker, st.date.value, st.date.basis) == ("Kremlin", "2025-05-13", "context")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('Moscow was open to "serious dialogue" if Kyiv accepted the new realities.', "en", "REQUEST"),
        ("Ein Verzicht auf den NATO-Beitritt sei ein Grundpfeiler jeder Lösung, sagte Peskow.", "de", "REQUEST"),
        ("Zelensky told Congress that the aid was an investment.", "en", "CONSULT"),
    ],
)
def test_openness_on_conditions_and_addresses(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "occurrence"),
    [
        ("Deutschland liefert der Ukraine weitere Patriot-Systeme.", "de", "occurred"),
        ("Deutschland will der Ukraine weitere Patriot-Systeme liefern.", "de", "planned"),
        ("The US will send more air defense systems to Ukraine.", "en", "planned"),
    ],
)
def test_weapons_deliveries_are_aid(text: str, lang: str, occurrence: str) -> None:
    aid = [e for e in events(text, lang) if e.type == "AID"]
    assert [e.occurrence for e in aid] == [occurrence]
    assert "Ukraine" in aid[0].actors


def test_refused_delivery_is_not_aid() -> None:
    assert "AID" not in kinds("Berlin will keine Taurus-Marschflugkörper liefern.", "de")


def test_refusals_and_demands_are_made_now_even_with_will() -> None:
    (reject,) = [e for e in events("Berlin will keine Taurus-Marschflugkörper liefern.", "de") if e.type == "REJECT"]
    assert reject.occurrence == "occurred"
    english = kinds("Trump said the US would not send Tomahawks to Ukraine.", "en")
    assert "REJECT" in english and "AID" not in english


def test_headline_echo_is_dropped() -> None:
    text = "Trump und Putin telefonieren\nTrump telefonierte am Freitag mit Putin. Die Gespräche dauerten zwei Stunden."
    consult = [e for e in events(text, "de") if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].sentence.startswith("Trump telefonierte")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Zelensky said Kyiv would not recognize any agreement made without Ukraine.", "en", "REJECT"),
        ("Moskau werde die Ergebnisse niemals anerkennen, sagte Peskow.", "de", "REJECT"),
        ("Die Ukraine erkennt die Annexion nicht an.", "de", "REJECT"),
        ("Putin warned Trump that supplying Tomahawks would damage relations.", "en", "REQUEST"),
        ("Putin warnte Trump, dass die Lieferung von Tomahawks die Beziehungen beschädigen würde.", "de", "REQUEST"),
        ("Selenskyj erklärte, die Ukraine unterstütze die Pause bei Angriffen auf Energieanlagen.", "de", "AGREE"),
        ("Kyiv backed the US proposal for a 30-day ceasefire.", "en", "AGREE"),
        ("Rubio verhandelte am Dienstag in Riad mit Lawrow.", "de", "CONSULT"),
        ("Trump will be hosting Zelensky at the White House on Monday.", "en", "CONSULT"),
        ("Die EU verhängte ein Einreiseverbot gegen russische Beamte.", "de", "SANCTION"),
        ("The G7 agreed a price cap on Russian oil.", "en", "SANCTION"),
        ("Die Ukraine startete eine Gegenoffensive im Süden.", "de", "ASSAULT"),
        ("Washington announced a new weapons package for Kyiv.", "en", "AID"),
    ],
)
def test_general_lexicon_entries(text: str, lang: str, expected: str) -> None:
    assert expected in kinds(text, lang)


def test_backing_needs_a_proposal_or_truce() -> None:
    assert "AGREE" not in kinds("Die Bundesregierung unterstützt die Ukraine mit Geld.", "de")


def test_a_warning_without_addressee_is_no_request() -> None:
    assert "REQUEST" not in kinds("Zakharova warned that the talks would be difficult.", "en")


def test_the_alliance_is_nato() -> None:
    found = events("Maria Zakharova accused the alliance of militarisation on Tuesday.", "en")
    assert any(e.type == "ACCUSE" and "NATO" in e.actors for e in found)


def test_threat_by_an_official_is_also_the_states() -> None:
    found = events("Maria Zakharova warned on Friday that Patriot systems would become a legitimate target.", "en")
    threat = next(e for e in found if e.type == "THREATEN")
    assert threat.actors[0] == "Maria Zakharova" and "Russia" in threat.actors


def test_named_date_beats_vague_now_in_the_same_clause() -> None:
    found = events("He said the visit would now take place on May 25.", "en")
    visit = next(e for e in found if e.type == "CONSULT")
    assert visit.date.value == "2025-05-25"


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "target"),
    [
        (
            "Die Bundesregierung will neue Militärhilfe für die Ukraine nur noch im Haushalt bewilligen. "
            "Kremlsprecher Dmitri Peskow nannte die Pläne am Montag „Diebstahl“.",
            "de",
            "ACCUSE",
            "Germany",
        ),
        (
            "The White House on Tuesday sent Kyiv a draft of a security guarantee. "
            "Kremlin spokesman Dmitry Peskov on Wednesday rejected the draft.",
            "en",
            "REJECT",
            "White House",
        ),
    ],
)
def test_a_reaction_naming_one_side_answers_the_event_before(
    text: str, lang: str, event_type: str, target: str
) -> None:
    reaction = [e for e in events(text, lang) if e.type == event_type and "Dmitry Peskov" in e.actors]
    assert reaction and target in reaction[0].actors


def test_a_reaction_naming_both_sides_takes_no_one_else() -> None:
    text = (
        "Die Bundesregierung will neue Militärhilfe für die Ukraine bewilligen. "
        "Kremlsprecher Dmitri Peskow warf Polen am Montag Provokationen vor."
    )
    accusation = next(e for e in events(text, "de") if e.type == "ACCUSE")
    assert "Poland" in accusation.actors and "Germany" not in accusation.actors


def test_a_leaders_refusal_is_also_the_refusal_of_the_state() -> None:
    rejection = next(
        e for e in events("Selenskyj wies den Vorschlag am Montag zurück.", "de") if e.type == "REJECT"
    )
    assert {"Volodymyr Zelensky", "Ukraine"} <= set(rejection.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said they hoped such a summit could take place before the end of the year.",
        "Trump told governors on Thursday that Putin wanted to meet him.",
    ],
)
def test_a_meeting_hoped_for_is_proposed_as_uncertain(text: str) -> None:
    talks = [e for e in events(text, "en") if e.type == "CONSULT"]
    assert talks and all(e.occurrence == "uncertain" for e in talks), talks


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Starmer spoke with Zelensky by phone and promised a further 5,000 interceptor drones.", "en"),
        ("Auf dem Petersberg haben 40 Staaten zusätzliche Hilfe für die Räumung von Minen zugesagt.", "de"),
    ],
)
def test_a_promise_of_weapons_or_money_is_also_aid(text: str, lang: str) -> None:
    assert {"AGREE", "AID"} <= kinds(text, lang)


def test_a_promise_without_aid_is_only_an_agreement() -> None:
    assert "AID" not in kinds("Putin promised to attend the summit in Istanbul.", "en")


def test_aid_beside_a_promise_is_titled_as_aid() -> None:
    text = "Starmer spoke with Zelensky by phone and promised a further 5,000 interceptor drones."
    aid = [e for e in events(text, "en") if e.type == "AID"]
    assert aid and "agreement" not in aid[0].title and "aid" in aid[0].title.lower(), [e.title for e in aid]
