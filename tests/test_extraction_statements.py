"""Statement proposals: speaker resolution, reported speech, two speakers in one sentence, quotes, dates.

Plain pytest (no database); the publication date is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.pipeline import extract
from tracker.extraction.types import StatementProposal

PUB = date(2025, 5, 18)


def statements(text: str, lang: str, published: date = PUB) -> list[StatementProposal]:
    return extract(text, published=published, language=lang).statements


def speakers(text: str, lang: str) -> list[str]:
    return [s.speaker for s in statements(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In einer Erklärung äußerte Trump die Hoffnung auf Frieden.", "de", ["Donald Trump"]),
        ("Im Vorfeld bestätigte der Kreml die Gespräche.", "de", ["Kremlin"]),
        ("Der ukrainische Präsident äußerte Enttäuschung.", "de", ["Volodymyr Zelensky"]),
        ("Der Kreml bestätigte die Gespräche, wie der Kremlsprecher Dmitri Peskow mitteilte.", "de", ["Dmitry Peskov"]),
        ("Die Gespräche seien konstruktiv gewesen, sagte Lawrow.", "de", ["Sergey Lavrov"]),
        ("Die Lage sei ernst, so Selenskyj.", "de", ["Volodymyr Zelensky"]),
        ("Kremlin spokesman Dmitry Peskov told reporters the talks were useful.", "en", ["Dmitry Peskov"]),
        ("The talks were useful, Rubio said.", "en", ["Marco Rubio"]),
        ("Laut Peskow ist ein Treffen möglich.", "de", ["Dmitry Peskov"]),
        ("Bundeskanzler Friedrich Merz lobte Trumps Einsatz.", "de", ["Friedrich Merz"]),
        # a spokesman of the ministry "in Kiew" in the genitive speaks for Ukraine
        ("Der Sprecher des Außenministeriums in Kiew schrieb, die Lage sei ernst.", "de", ["Ukraine"]),
        # ... also when his name follows as an apposition
        ("Der Sprecher des Außenministeriums in Kiew, Oleh Nikolenko, schrieb, die Lage sei ernst.", "de", ["Ukraine"]),
    ],
)
def test_speaker_resolution(text: str, lang: str, expected: list[str]) -> None:
    assert speakers(text, lang) == expected


def test_two_speech_verbs_two_speakers() -> None:
    text = (
        "Trump hebt die Notwendigkeit persönlicher Gipfeltreffen mit Putin hervor, "
        "obwohl der Kreml betont, dass solche Treffen sorgfältig vorbereitet werden müssen."
    )
    found = statements(text, "de")
    assert [s.speaker for s in found] == ["Donald Trump", "Kremlin"]
    assert all(s.evidence == (0, len(text)) for s in found)


def test_pronoun_speaker_continues_the_previous_one() -> None:
    text = "Selenskyj warf Moskau Wortbruch vor. Er forderte zugleich neue Sanktionen."
    assert speakers(text, "de") == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_unknown_speaker_is_kept_by_name() -> None:
    (st,) = statements("Das sei nicht akzeptabel, sagte Max Mustermann.", "de")
    assert (st.speaker, st.speaker_slug) == ("Max Mustermann", None)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Peskow sagte, das Treffen sei „konstruktiv“ gewesen.", "konstruktiv"),
        ('Rubio said the talks were "very productive".', "very productive"),
        ("Lawrow sagte, man sei zufrieden.", ""),
    ],
)
def test_quotes(text: str, quote: str) -> None:
    (st,) = statements(text, "de" if "sagte" in text else "en")
    assert st.quote == quote


def test_statement_dates() -> None:
    said_friday = statements("Trump sagte am Freitag, er werde bald mit Putin sprechen.", "de")
    assert [(s.date.value, s.date.basis) for s in said_friday] == [("2025-05-16", "text")]
    # A day inside the reported clause is not the day of speaking.
    future = statements("Selenskyj bestätigte, dass er am Montag im Weißen Haus erwartet werde.", "de")
    assert [(s.date.value, s.date.basis) for s in future] == [("2025-05-18", "published")]


def test_reported_speech_is_credited_to_the_original_speaker() -> None:
    text = "Kremlin aide Yuri Ushakov said the call had been useful and that Putin had warned Trump against escalation."
    found = statements(text, "en")
    assert [s.speaker for s in found] == ["Yuri Ushakov", "Vladimir Putin"]
    assert "(via Yuri Ushakov)" in found[1].summary


def test_relative_clause_speaker() -> None:
    text = "Trump said he then spoke with Ukrainian President Volodymyr Zelensky, who told him he also wants peace."
    assert speakers(text, "en") == ["Donald Trump", "Volodymyr Zelensky"]


def test_pronoun_after_the_verb() -> None:
    text = "Putin sagte, die Waffenruhe gelte ab Samstag. Die Kampfhandlungen würden eingestellt, fügte er hinzu."
    assert speakers(text, "de") == ["Vladimir Putin", "Vladimir Putin"]


def test_subject_before_a_relative_clause() -> None:
    text = "Der ukrainische Verteidigungsminister Rustem Umerow, der die Delegation anführte, sprach von einem Erfolg."
    assert speakers(text, "de") == ["Rustem Umerov"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Ankündigung kam, nachdem US-Außenminister Marco Rubio in Paris gedroht hatte.", "de", ["Marco Rubio"]),
        ("Putin hatte den Austausch während des Telefonats mit Trump angekündigt.", "de", ["Vladimir Putin"]),
        (
            "Zelensky postponed a trip to Saudi Arabia, saying he did not want to legitimise the talks.",
            "en",
            ["Volodymyr Zelensky"],
        ),
        (
            "Nach Angaben von Regierungssprecher Steffen Hebestreit forderte Scholz Putin auf, den Krieg zu beenden.",
            "de",
            ["Olaf Scholz"],
        ),
    ],
)
def test_places_partners_and_participles_are_not_speakers(text: str, lang: str, expected: list[str]) -> None:
    assert speakers(text, lang)[:1] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Budapest summit was called off, but Rubio and Lavrov spoke by phone on Monday.", "en"),
        ("Lawrow sprach am Montag in Moskau mit Rubio.", "de"),
        ("Lawrow sprach am Montag in Moskau mit Journalisten.", "de"),
    ],
)
def test_calling_off_and_talking_with_someone_are_no_statements(text: str, lang: str) -> None:
    assert statements(text, lang) == []


def test_speaking_of_something_is_a_statement() -> None:
    assert speakers("Lawrow sprach am Montag von einem Durchbruch.", "de") == ["Sergey Lavrov"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Der US-Präsident hatte im März 2022 gesagt, Putin sei ein Kriegsverbrecher.", "de", "Joe Biden"),
        ("The US president said in March 2022 that Putin was a war criminal.", "en", "Joe Biden"),
        ("Der US-Präsident sagte am Montag, Putin sei ein harter Verhandler.", "de", "Donald Trump"),
    ],
)
def test_a_role_names_who_held_it_when_the_words_were_said(text: str, lang: str, expected: str) -> None:
    (statement,) = statements(text, lang, date(2025, 10, 22))
    assert statement.speaker == expected
    assert statement.summary.startswith(expected)


def test_a_coordinated_speech_verb_keeps_the_subject_and_the_next_pronoun_follows() -> None:
    text = (
        "Russland habe die Ukraine nicht angegriffen, behauptete Lawrow, und wies Vorwürfe zurück, die russische "
        "Armee habe eine Klinik bombardiert. Die Bilder seien inszeniert, sagte er."
    )
    assert speakers(text, "de") == ["Sergey Lavrov", "Sergey Lavrov"]


def test_english_said_he_does_not_make_he_the_speaker() -> None:
    text = (
        'Putin accused European governments of sabotage and said Russia was "ready". '
        "Zelensky, speaking in Dublin on Tuesday, said he was waiting for signals from Washington."
    )
    assert speakers(text, "en") == ["Vladimir Putin", "Volodymyr Zelensky"]


def test_reactions_after_the_lead_take_its_day_not_the_datelines() -> None:
    text = (
        "Allies pledge troops\n"
        "PARIS, Jan 7 (AFP) - Britain and France signed a declaration of intent in Paris on Tuesday. "
        "Prime Minister Keir Starmer said the two countries would set up military hubs."
    )
    (statement,) = statements(text, "en", date(2026, 1, 7))
    assert statement.speaker == "Keir Starmer"
    assert (statement.date.value, statement.date.basis) == ("2026-01-06", "context")


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "The Ukrainian leader said civilians had been shot in the street.",
            "en",
            date(2022, 4, 5),
            "Volodymyr Zelensky",
        ),
        ("Moskaus Chefdiplomat sagte, man sei zu Gesprächen bereit.", "de", date(2022, 3, 10), "Sergey Lavrov"),
        # Kuleba's record represents Ukraine: a minister's words are credited to his state
        ("Der ukrainische Chefdiplomat sagte, die Lage sei ernst.", "de", date(2022, 3, 10), "Ukraine"),
        ("Der ukrainische Chefdiplomat sagte, die Lage sei ernst.", "de", date(2025, 3, 10), "Andrii Sybiha"),
    ],
)
def test_leader_and_top_diplomat_roles(text: str, lang: str, published: date, expected: str) -> None:
    assert speakers(text, lang) and statements(text, lang, published)[0].speaker == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In an interview the same night, Zelensky declined to do so, but said relations could be saved.",
            "en",
            "Volodymyr Zelensky",
        ),
        ("Ukraine's delegation, led by Rustem Umerov, proposed that the presidents meet in August.", "en", "Ukraine"),
        ("Scholz sicherte Kiew am Abend weitere Unterstützung zu.", "de", "Olaf Scholz"),
        ("Scholz verteidigte den Schritt im Bundestag: Man handle eng abgestimmt.", "de", "Olaf Scholz"),
    ],
)
def test_more_ways_of_saying(text: str, lang: str, expected: str) -> None:
    assert speakers(text, lang)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # an aside with the time right before the verb dates the words
        ("Zelensky, in his nightly video address on Tuesday, had urged the world to respond.", "en", date(2022, 11, 2),
         "2022-11-01"),
        # the time of a past-perfect report after the verb is not when the words were said
        ("Erdoğan said he had also spoken with Putin on Tuesday evening.", "en", date(2022, 11, 2), "2022-11-02"),
    ],
)
def test_when_the_words_were_said(text: str, lang: str, published: date, expected: str) -> None:
    (statement,) = statements(text, lang, published)
    assert statement.date.value[:10] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selenskyj, der nach Paris gereist war, sprach vom „ersten ernsthaften Schritt“.", "Volodymyr Zelensky"),
        ("Zuvor hatten sie Irpin besucht, wo Macron von „Spuren der Barbarei“ sprach.", "Emmanuel Macron"),
        ("Selenskyj widersprach dieser Darstellung am Abend.", "Volodymyr Zelensky"),
        ("Beide Seiten vereinbarten nach Angaben Witkoffs, den Dialog wieder aufzunehmen.", "Steve Witkoff"),
    ],
)
def test_more_german_ways_of_saying(text: str, expected: str) -> None:
    assert expected in speakers(text, "de")


def test_an_undated_lead_takes_the_day_of_the_next_sentence() -> None:
    text = (
        "Koalition sagt Truppen zu\n"
        "Sechsundzwanzig Länder haben sich nach Angaben von Emmanuel Macron verpflichtet, Truppen bereitzustellen. "
        "Macron gab das Ergebnis am Donnerstagabend nach einem Gipfel in Paris bekannt."
    )
    result = extract(text, published=date(2025, 9, 5), language="de")
    lead_statement = next(st for st in result.statements if "Sechsundzwanzig" in st.sentence)
    assert (lead_statement.date.value[:10], lead_statement.date.basis) == ("2025-09-04", "context")
    (pledge,) = [e for e in result.events if e.type == "AGREE"]
    assert pledge.date.value[:10] == "2025-09-04"


def test_the_united_states_is_no_speech_verb() -> None:
    text = "The United States had urged both sides earlier this year to refrain from striking energy facilities."
    result = extract(text, published=date(2024, 8, 18), language="en")
    (demand,) = [e for e in result.events if e.type == "REQUEST"]
    assert demand.date.value == "2024"
    assert [st.speaker for st in result.statements] == ["United States"]


@pytest.mark.parametrize(
    "text",
    ["EU member states agreed on new rules on Monday.", "Kyiv rejected Moscow's territorial claims as absurd."],
)
def test_nouns_that_look_like_speech_verbs_make_no_speaker(text: str) -> None:
    assert all(st.speaker not in {"European Union", "Ukraine"} or "rejected" in text for st in statements(text, "en"))
    assert "states" not in [text[s.trigger[0] : s.trigger[1]] for s in statements(text, "en")]


def test_a_titled_official_at_the_end_speaks_for_the_state() -> None:
    text = "The envoy's trip was postponed, a Turkish official said, without giving a reason."
    assert speakers(text, "en") == ["Turkey"]


def test_hiess_es_in_a_statement_from_a_capital_credits_its_state() -> None:
    text = "Belarus mache sich zur Geisel Moskaus, hieß es in der Erklärung aus Kiew."
    assert speakers(text, "de") == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day elsewhere in the sentence is the scene of the words
        ("Biden on Wednesday signed the aid package into law, and said the first shipments would leave soon.",
         date(2024, 4, 24), "2024-04-24"),
        # a time in a relative clause is about someone, not about the words
        ("Stoltenberg, who hands over to Rutte on Oct. 1, warned allies against rewarding aggression.",
         date(2024, 7, 11), "2024-07-11"),
    ],
)
def test_the_day_of_the_words(text: str, published: date, expected: str) -> None:
    (statement,) = statements(text, "en", published)
    assert statement.date.value[:10] == expected


def test_hiess_es_credits_the_place() -> None:
    text = "Aus Moskau hieß es, man kenne die Ergebnisse der Berliner Gespräche nicht."
    assert speakers(text, "de") == ["Russia"]


def test_he_said_refers_to_the_person_named_earlier_in_the_sentence() -> None:
    text = (
        "Merz lobte das Treffen. Trump, however, said a ceasefire was not necessary, citing wars he said he had ended."
    )
    assert speakers(text, "en")[-1:] == ["Donald Trump"]
    assert len([s for s in statements(text, "en") if "ceasefire" in s.sentence]) == 1


def test_summary_is_the_sentence_and_the_quote_is_separate() -> None:
    (st,) = statements('Ushakov said the talks were "raising the level" of contacts.', "en")
    assert st.quote == "raising the level"
    assert st.summary.startswith("Yuri Ushakov said: Ushakov said the talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Leiter der russischen Delegation, Kremlberater Wladimir Medinski, zeigte sich zufrieden.",
            ["Vladimir Medinsky"],
        ),
        (
            "Die Gespräche sollen am Sonntag stattfinden, kündigte der Sondergesandte Steve Witkoff an.",
            ["Steve Witkoff"],
        ),
        ("Die Ankündigung kam, kurz nachdem Marco Rubio am Freitag in Paris gedroht hatte.", ["Marco Rubio"]),
        (
            "Erdogan sagte, er sei besorgt. Er wolle in den kommenden Tagen mit dem Kremlchef telefonieren.",
            ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"],
        ),
    ],
)
def test_appositions_titles_adverbials_and_indirect_speech(text: str, expected: list[str]) -> None:
    assert speakers(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seit Kriegsbeginn sind nach UN-Angaben mehr als vier Millionen Menschen geflohen.", ["United Nations"]),
        ("Die Übergabe soll nach ukrainischen Angaben kommende Woche beginnen.", ["Ukraine"]),
    ],
)
def test_nach_angaben_credits_the_source(text: str, expected: list[str]) -> None:
    assert speakers(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Macron, Merz und Starmer warnten in einer gemeinsamen Erklärung vor neuen Sanktionen.",
            "de",
            "Joint statement: Emmanuel Macron, Friedrich Merz, Keir Starmer",
        ),
        (
            "US and Ukrainian officials met in Jeddah. In a joint statement, the two countries said talks would go on.",
            "en",
            "Joint statement: United States, Ukraine",
        ),
    ],
)
def test_joint_statements(text: str, lang: str, expected: str) -> None:
    joint = [s for s in statements(text, lang) if s.speaker.startswith("Joint statement")]
    assert [s.speaker for s in joint] == [expected]
    assert joint[0].speaker_slug is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An official known only by title speaks for the state of the adjective before the title
        (
            "Der polnische Botschafter in Moskau, Jan Kowalczyk, warf der russischen Regierung Wortbruch vor.",
            "de",
            "Poland",
        ),
        ("Der türkische Botschafter kritisierte die Entscheidung am Montag scharf.", "de", "Turkey"),
        ("The French ambassador, Claire Dubois, told the council that the vote was illegal.", "en", "France"),
        # English: after a comma (no quotation) the name after "said" is its object's subject, not the speaker
        (
            "Secretary of State Marco Rubio, speaking in Brussels ahead of a NATO meeting, said Moscow was "
            "stalling.",
            "en",
            "Marco Rubio",
        ),
    ],
)
def test_titled_officials_and_participle_openings(text: str, lang: str, expected: str) -> None:
    assert speakers(text, lang)[:1] == [expected]


def test_a_quotation_still_lets_the_name_after_said_speak() -> None:
    assert speakers('"The talks are over," said Peskov.', "en") == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a pronoun with an adverb before the verb is the previous speaker
        ("Trump flew back to Washington on Tuesday. He also signaled that Kyiv had more time.", "en", ["Donald Trump"]),
        ("Putin empfing Witkoff im Kreml. Er habe zudem erklärt, die Gespräche seien nützlich.", "de",
         ["Vladimir Putin"]),
        # a participle shares the subject of the verb before it when no person is named before it
        ("Trump spoke to reporters. He said Kyiv had more time, saying the only deadline was the end of the war.",
         "en", ["Donald Trump"]),
        # German "ließ wissen", "mitteilen lassen", "gebrandmarkt"
        ("Das Weiße Haus ließ am Dienstag wissen, ein Treffen sei derzeit nicht vorgesehen.", "de", ["White House"]),
        ("Macron hatte in der Nacht mitteilen lassen, Putin und Biden hätten einem Gipfel zugestimmt.", "de",
         ["Emmanuel Macron"]),
        ("Putin hatte den Aufstand am Samstag als „Verrat“ gebrandmarkt.", "de", ["Vladimir Putin"]),
        # "hieß es in Kiew", "nach den Worten von", "kommentiert", "meldete"
        ("Dort solle der Entwurf weiter abgestimmt werden, hieß es in Kiew.", "de", ["Ukraine"]),
        ("Der Kreml sieht nach den Worten von Sprecher Dmitri Peskow keine Anzeichen dafür.", "de", ["Dmitry Peskov"]),
        ("Trump hat den Jahrestag auf Truth Social kommentiert: Es hätte den Krieg nie gegeben.", "de",
         ["Donald Trump"]),
        ("Das ukrainische Energieministerium meldete großflächige Stromausfälle.", "de", ["Ukraine"]),
        # a clause opened by a pronoun, a capital's ministry after "in", comparing someone
        ("Macron sprach am Montag in Paris. Er hatte am Mittwochabend in einer Fernsehansprache angeboten, "
         "über Atomwaffen zu sprechen.", "de", ["Emmanuel Macron"]),
        ("Ziel seien vor allem Gasanlagen gewesen, teilte das Energieministerium in Kiew mit.", "de", ["Ukraine"]),
        ("Kremlchef Wladimir Putin verglich Macron am Donnerstag mit Napoleon.", "de", ["Vladimir Putin"]),
        # a negotiator's title before the name; a three-word name after "nach Worten von"
        ("Die nächste Runde solle Mitte Juli stattfinden, sagte Verhandlungsführer Rustem Umerow.", "de",
         ["Rustem Umerov"]),
        ("Die Kommission stellte nach Worten von Präsidentin Ursula von der Leyen weitere Milliarden in Aussicht.",
         "de", ["Ursula von der Leyen"]),
        # a ministry or department speaks for its state
        ("Das ukrainische Außenministerium erklärte, Orbán schüttle einem Kriegsverbrecher die Hand.", "de",
         ["Ukraine"]),
        ("The State Department said the talks in Riyadh had been useful.", "en", ["United States"]),
        # proposals as speech; the subject of an auxiliary, not the object before the participle
        ("Putin hatte am Freitag angeregt, die Ukraine unter eine Übergangsverwaltung zu stellen.", "de",
         ["Vladimir Putin"]),
        ("NATO-Generalsekretär Jens Stoltenberg hatte am Dienstag Nordkorea vorgeworfen, Munition zu liefern.", "de",
         ["Jens Stoltenberg"]),
    ],
)
def test_pronouns_participles_and_letting_it_be_known(text: str, lang: str, expected: list[str]) -> None:
    assert speakers(text, lang) == expected


def test_a_second_speech_act_of_the_speaker_is_dated_with_the_first() -> None:
    text = (
        "Selenskyj und Putin trafen sich am Samstag in Rom. "
        'Trump said on Thursday that the deal would pay off, and he again urged Moscow and Kyiv to agree to a truce.'
    )
    result = extract(text, published=date(2025, 5, 1), language="en")
    requests = [e for e in result.events if e.type == "REQUEST"]
    assert requests and requests[0].date.value == "2025-05-01", [(e.type, e.date.value) for e in result.events]


def test_a_day_opening_the_sentence_dates_the_words_even_after_the_same_speaker() -> None:
    text = (
        "Vladimir Putin said on Friday that he wanted to end the war. "
        "On Thursday, in his first meeting with Xi Jinping since the invasion, Putin said he understood "
        "Beijing's concerns. "
        "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Putin had invited Xi to Moscow."
    )
    result = extract(text, published=date(2022, 9, 16), language="en")
    dates = [(s.speaker, s.date.value) for s in result.statements]
    assert dates[:2] == [("Vladimir Putin", "2022-09-16"), ("Vladimir Putin", "2022-09-15")], dates
    # Thursday is when Peskov spoke, not when Putin invited Xi: the invitation is not dated by it
    assert ("Dmitry Peskov", "2022-09-15") in dates, dates


def test_a_night_attack_is_reported_the_morning_after() -> None:
    text = (
        "In der Nacht zum Dienstag griff Russland nach Angaben der ukrainischen Luftwaffe erneut mit Drohnen an, "
        "teilte die Luftwaffe mit."
    )
    result = extract(text, published=date(2025, 8, 5), language="de")
    assert [(s.date.value, s.date.basis) for s in result.statements] == [("2025-08-05", "published")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump drohte Russland mit Zöllen. "
            "Lawrow ließ die Kritik an sich abperlen: Russland werde sich von Drohungen nicht beeindrucken lassen.",
            "Sergey Lavrov",
        ),
        (
            "Selenskyj sprach von einem Angebot. "
            "Auch das Weiße Haus ließ die Idee abblitzen: Die Ukraine werde von ihrem Volk regiert.",
            "White House",
        ),
    ],
)
def test_indirect_speech_after_a_colon_is_the_words_of_the_one_named_before_it(text: str, expected: str) -> None:
    assert speakers(text, "de")[-1] == expected


def test_an_attribution_without_a_person_credits_the_body_named_first() -> None:
    text = "Nach Angaben der ukrainischen Luftwaffe setzte Russland mehr als 400 Drohnen und 18 Raketen ein."
    assert speakers(text, "de") == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Das Gespräch habe am Samstagvormittag stattgefunden, teilte ein Sprecher der Bundesregierung mit.",
            "de",
            "Germany",
        ),
        (
            "Ein Sprecher des ukrainischen Grenzschutzes sagte, man sehe keine Anzeichen für eine Offensive.",
            "de",
            "Ukraine",
        ),
        ("A spokesman for the Kremlin said the talks had been useful.", "en", "Kremlin"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_named_after_the_title(text: str, lang: str, expected: str) -> None:
    assert speakers(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das teilte ein Sprecher des Auswärtigen Amts am Mittwoch in Berlin mit.", "Germany"),
        ("Das Auswärtige Amt erklärte, die Entscheidung sei nicht gerechtfertigt.", "Germany"),
    ],
)
def test_the_german_foreign_office_speaks_for_germany(text: str, expected: str) -> None:
    assert speakers(text, "de") == [expected]


def test_a_state_named_inside_the_quotation_is_not_its_speaker() -> None:
    text = (
        "Deputy Secretary of State Wendy Sherman said Moscow had given no commitment to de-escalate. "
        '"Russia will have to decide whether it is serious about diplomacy," she said.'
    )
    assert "Russia" not in speakers(text, "en")


def test_a_closing_attribution_makes_the_verbs_before_it_part_of_the_words() -> None:
    text = (
        "Lawrow und Kuleba trafen sich in Antalya. Er habe eine Waffenruhe von 24 Stunden vorgeschlagen, um die "
        "dringendsten Probleme zu lösen, sagte Kuleba anschließend vor Journalisten."
    )
    assert speakers(text, "de") == ["Ukraine"]  # Kuleba speaks for Ukraine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz sprach von einem Fehler. Der russische Botschafter in Berlin nannte sie „äußerst gefährlich“.",
         "Russia"),
        ("Sacharowa sprach von einem Fehler. Jede Stationierung sei eine Beteiligung, fügte sie hinzu.",
         "Maria Zakharova"),
    ],
)
def test_sie_after_calling_is_what_is_called_after_adding_it_is_the_speaker(text: str, expected: str) -> None:
    assert speakers(text, "de")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary's Viktor Orbán, who attended the meeting, told reporters he would not agree.", "Viktor Orbán"),
        ('"Attempts to isolate Russia have failed," Dmitry Peskov, the Kremlin spokesman, told reporters.',
         "Dmitry Peskov"),
        ('"Russia talks about negotiations but announces military mobilisation," Zelensky said.', "Volodymyr Zelensky"),
        ("Downing Street said the UK would begin training Ukrainian fighter pilots.", "United Kingdom"),
    ],
)
def test_the_person_a_state_names_and_a_name_with_its_title_speak(text: str, expected: str) -> None:
    assert speakers(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Gespräch habe zwei Stunden gedauert, teilte der Élysée-Palast mit. "
            "Macron habe dabei auf eine Waffenruhe so schnell wie möglich gedrungen.",
            "Emmanuel Macron",
        ),
        (
            "Kuleba sagte nach dem Treffen, er habe eine Feuerpause vorgeschlagen. "
            "Lawrow sei darauf nicht eingegangen.",
            "Ukraine",  # Kuleba speaks for Ukraine
        ),
    ],
)
def test_reported_words_go_on_from_the_source_unless_they_relay_what_the_named_person_urged(
    text: str, expected: str
) -> None:
    assert speakers(text, "de")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selenskyj sprach in Brüssel. Die Nato habe noch nicht gesagt, wie sie helfen wolle, kritisierte er.",
            ["Volodymyr Zelensky"],
        ),
        (
            "Selenskyj sprach in Brüssel. Die Nato habe noch nicht gesagt, wie sie helfen wolle, kritisierte er am "
            "Abend.",
            ["Volodymyr Zelensky"],
        ),
    ],
)
def test_reported_words_closed_by_verb_and_pronoun_are_the_previous_speakers_only(
    text: str, expected: list[str]
) -> None:
    assert speakers(text, "de") == expected


def test_a_quoted_phrase_in_a_relative_clause_does_not_make_the_verb_follow_a_quotation() -> None:
    text = (
        'Hungarian Prime Minister Viktor Orban, who met Putin in Moscow on what he calls a "peace mission," told EU '
        "leaders in a letter that Trump would mediate."
    )
    assert speakers(text, "en")[0] == "Viktor Orbán"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's ambassador to Turkey, Vasyl Bodnar, accused Russia of stealing grain.", "Ukraine"),
        ("Ukraine's ambassador accused Russia of stealing grain.", "Ukraine"),
        ("Ukraine's chief negotiator Rustem Umerov said talks would resume.", "Rustem Umerov"),
    ],
)
def test_a_states_titled_official_opening_the_sentence_speaks_for_it(text: str, expected: str) -> None:
    assert speakers(text, "en")[0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected", "not_expected"),
    [
        # an English verb the speech list has no entry for keeps its English word order: the object is no speaker
        (
            "Lavrov, for his part, accused the United States and its allies of trying to impose a new order.",
            "en",
            "Sergey Lavrov",
            "United States",
        ),
        ("Russia's defence ministry accused Kyiv of preparing a provocation at the plant.", "en", "Russia", "Ukraine"),
        # a verb coordinated with an earlier one shares the subject named first, not the object of the first verb
        (
            "Russian President Vladimir Putin on Thursday congratulated Donald Trump and said he was ready for talks.",
            "en",
            "Vladimir Putin",
            "Donald Trump",
        ),
        (
            "Das russische Außenministerium bestellte am Montag die Geschäftsträgerin Litauens ein und verlangte, die "
            "Beschränkungen aufzuheben.",
            "de",
            "Russia",
            "Lithuania",
        ),
    ],
)
def test_the_subject_not_the_object_of_the_verb_speaks(text: str, lang: str, expected: str, not_expected: str) -> None:
    found = speakers(text, lang)
    assert expected in found and not_expected not in found, found


def test_a_possessive_name_is_not_the_subject_of_a_coordinated_verb() -> None:
    text = "Trumps Beauftragter Keith Kellogg traf am Montag Selenskyj und sagte, die Gespräche seien gut gewesen."
    assert "Donald Trump" not in speakers(text, "de"), speakers(text, "de")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Stoltenberg sprach von einem Angriff. Die Verantwortung trage Russland, fügte der Norweger hinzu.",
            "de",
            "Jens Stoltenberg",
        ),
        (
            "Macron sprach mit Biden. Man werde die Ukrainer nie zu einem Kompromiss drängen, betonte der Franzose.",
            "de",
            "Emmanuel Macron",
        ),
        (
            "Lawrow sprach in Antalya. Russland habe die Ukraine nicht angegriffen, behauptete der Minister.",
            "de",
            "Sergey Lavrov",
        ),
        ("Orbán rief Putin an. Er werde alle Mittel einsetzen, schrieb der Rechtspopulist.", "de", "Viktor Orbán"),
    ],
)
def test_a_title_or_demonym_after_the_verb_is_the_previous_speaker(text: str, lang: str, expected: str) -> None:
    last = statements(text, lang)[-1]
    assert last.speaker == expected, speakers(text, lang)


def test_a_body_named_after_the_verb_still_speaks() -> None:
    text = "Russland griff in der Nacht an, teilte die ukrainische Luftwaffe mit."
    assert speakers(text, "de") == ["Ukraine"], speakers(text, "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peskow sagte, Putin sei bereit. Neutrale Orte wie Istanbul kämen nicht infrage.", "Dmitry Peskov"),
        ("Peskow sagte, Putin sei bereit. Eine Stationierung von Soldaten bleibe inakzeptabel.", "Dmitry Peskov"),
        ("Erdogan sagte, der Krieg müsse enden. Die Türkei stehe bereit, Gespräche zu führen.", "Recep Tayyip Erdoğan"),
    ],
)
def test_reported_speech_goes_on_in_the_next_sentence(text: str, expected: str) -> None:
    found = statements(text, "de")
    assert len(found) == 2 and found[-1].speaker == expected, speakers(text, "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Kreml veröffentlichte eine Erklärung. Alle Kämpfe würden eingestellt, hieß es in der Erklärung.", "de"),
        ("The Kremlin published its readout of the call. The readout said both sides would stay in contact.", "en"),
    ],
)
def test_what_a_statement_says_is_credited_to_the_body_that_issued_it(text: str, lang: str) -> None:
    assert speakers(text, lang) == ["Kremlin"], speakers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russian drones struck port facilities in Mykolaiv, regional officials said.", "en", "Ukraine"),
        ("In der Nacht griff Russland die Ukraine nach Angaben der Luftwaffe mit 50 Drohnen an.", "de", "Ukraine"),
        ("Am Stadtrand von Moskau ist die Zahl der Toten nach Behördenangaben gestiegen.", "de", "Russia"),
    ],
)
def test_local_authorities_reporting_an_attack_speak_for_the_side_attacked(
    text: str, lang: str, expected: str
) -> None:
    assert speakers(text, lang) == [expected], speakers(text, lang)


def test_an_attack_report_with_no_side_named_has_no_speaker() -> None:
    assert speakers("The missile struck at 13:15 local time, the regional governor said.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die EU-Außenminister nannten die Aussagen am Montag „inakzeptabel“.", "de", "European Union"),
        ("NATO-Generalsekretär Jens Stoltenberg nennt die Anordnung „gefährliche Rhetorik“.", "de", "Jens Stoltenberg"),
        ("Scholz würdigte in seiner Rede die Ukrainer als Teil „unserer europäischen Familie“.", "de", "Olaf Scholz"),
        ("Kremlsprecher Dmitri Peskow bestritt, dass Moskau eine Vereinbarung getroffen habe.", "de", "Dmitry Peskov"),
        ("Lukaschenko hatte eine Kriegsbeteiligung bislang stets ausgeschlossen.", "de", "Alexander Lukashenko"),
        ("The White House played down the trip.", "en", "White House"),
        ("Russia's foreign ministry brushed the agreement aside as a propaganda exercise.", "en", "Russia"),
        ("Blinken had disclosed in July that Washington had put a proposal on the table.", "en", "Antony Blinken"),
        ("Macron cautioned on Sunday against an escalation of words.", "en", "Emmanuel Macron"),
    ],
)
def test_more_verbs_of_saying(text: str, lang: str, expected: str) -> None:
    assert speakers(text, lang) == [expected], speakers(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Lawrow sprach in Bali. Zuvor hatte er den USA und ihren Verbündeten vorgeworfen, die Gespräche zu kapern.",
        "Selenskyj sprach in Kiew. Zugleich verhängte er das Kriegsrecht und rief die EU auf, Russland zu stoppen.",
    ],
)
def test_a_pronoun_subject_after_the_first_verb_is_the_previous_speaker_not_the_name_after_it(text: str) -> None:
    found = speakers(text, "de")
    assert found and found[-1] in {"Sergey Lavrov", "Volodymyr Zelensky"}, found


def test_a_pronoun_in_a_leading_subordinate_clause_does_not_make_the_speaker() -> None:
    text = "Scholz sprach in Kiew. Als er abreiste, sagte Peskow, Moskau sei gesprächsbereit."
    assert speakers(text, "de")[-1] == "Dmitry Peskov", speakers(text, "de")


@pytest.mark.parametrize(
    ("text", "lang", "expected", "named"),
    [
        ("Vizeaußenminister Sergej Rjabkow sagte, die Nato verschlechtere die Lage.", "de", "Russia", "Sergei Ryabkov"),
        ("Foreign Secretary David Lammy said Britain would not waver.", "en", "United Kingdom", "David Lammy"),
        # an official of a body keeps his own name
        ("Kremlin spokesman Dmitry Peskov said Moscow was ready for talks.", "en", "Dmitry Peskov", "Dmitry Peskov"),
    ],
)
def test_an_official_who_speaks_for_a_state_is_credited_to_it_and_named_in_the_summary(
    text: str, lang: str, expected: str, named: str
) -> None:
    found = statements(text, lang)
    shown = [(s.speaker, s.summary) for s in found]
    assert [s.speaker for s in found] == [expected] and named in found[0].summary, shown


def test_an_unknown_surname_after_reported_words_speaks_not_the_person_named_inside() -> None:
    assert speakers("Er werde mit Lawrow telefonieren, sagte Vučić vor Journalisten.", "de") == ["Vučić"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ukraine brauche mehr Luftabwehr, argumentierte Scholz am Montag.", "de"),
        ("Die Ukraine brauche mehr Luftabwehr, gab Scholz am Montag zu.", "de"),
        ("Die Ukraine brauche mehr Luftabwehr, führte Scholz am Montag aus.", "de"),
        ("Ukraine needs more air defence, Scholz remarked on Monday.", "en"),
        ("Ukraine needs more air defence, Scholz contended on Monday.", "en"),
        ("Ukraine needs more air defence, Scholz pointed out on Monday.", "en"),
        ("Scholz maintained that Ukraine needed more air defence.", "en"),
        ("Ukraine needs more air defence, Scholz countered on Monday.", "en"),
        ("Scholz legte am Donnerstag nach: Europa gerate tiefer in den Konflikt.", "de"),
        ("Scholz entgegnete am Montag, Russland richte sich nicht nach Daten.", "de"),
        ("Scholz brachte zudem ins Spiel, Deutschland könne mehr liefern.", "de"),
        ("Scholz bat die Partner, den Druck auf Moskau zu erhöhen.", "de"),
        ("Scholz recalled meeting Trump at Trump Tower in New York.", "en"),
        ("Scholz recounted his meeting with Putin in Moscow.", "en"),
        ("Scholz hit back on Monday, saying the critics were wrong.", "en"),
        ("Scholz gab sich optimistisch, eine Einigung sei möglich.", "de"),
        ("Scholz drängte, die Hilfe müsse schneller kommen.", "de"),
        ("Scholz monierte, die Hilfe komme zu spät.", "de"),
        ("Scholz machte deutlich, die Hilfe werde fortgesetzt.", "de"),
        ("Scholz made clear that aid would continue.", "en"),
        ("Scholz assured Zelensky that aid would continue.", "en"),
        ("Scholz underscored that aid would continue.", "en"),
        ("Scholz condemned the attack.", "en"),
        ("Scholz tat die Konferenz am Montag als bedeutungslos ab.", "de"),
        ("Scholz hatte die Verbündeten Ende vergangener Woche aufgefordert, mehr zu liefern.", "de"),
        ("Scholz hatte dem Komitee vorgehalten, zu wenig zu tun.", "de"),
        ("Scholz blamed Moscow for the delays.", "en"),
        ("Scholz referred questions to the defence ministry.", "en"),
        ("Scholz renewed his call for a ceasefire.", "en"),
    ],
)
def test_less_common_speech_verbs_introduce_statements(text: str, lang: str) -> None:
    assert speakers(text, lang) == ["Olaf Scholz"]


def test_maintaining_a_block_is_no_statement() -> None:
    assert speakers("Fico maintained his block on the sanctions package.", "en") == []


def test_es_gibt_with_a_reflexive_later_is_no_statement() -> None:
    assert speakers("Es gibt Hinweise, dass sich Russland auf einen Angriff vorbereitet.", "de") == []
