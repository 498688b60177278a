"""German articles of the blind64 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b64de01 (Qantara.de)
DE01 = """
Katars leise Diplomatie: Vier ukrainische Kinder zurück bei ihren Familien

Doha/Kiew. Vier ukrainische Kinder, die nach Russland gebracht worden waren, sind nach Vermittlung Katars zu ihren Familien zurückgekehrt.
Das Außenministerium in Doha gab ihre Rückkehr am Montag bekannt; die Jungen und Mädchen, das jüngste von ihnen ein Kleinkind, waren zuvor mehrere Tage in der katarischen Botschaft in Moskau untergebracht.
Von dort reisten sie über Belarus in die Ukraine, wie Ministeriumssprecher Madschid al-Ansari mitteilte.
Es handle sich um „einen ersten Schritt“, dem weitere folgen sollten, sagte er.

Präsident Wolodymyr Selenskyj dankte dem Emir, Scheich Tamim bin Hamad Al Thani, am Dienstagabend in einem Telefonat für die Hilfe.
Man habe vereinbart, bei der Rückführung weiterer Kinder eng zusammenzuarbeiten, schrieb Selenskyj anschließend auf Telegram.
Nach Angaben der ukrainischen Regierung wurden seit Februar 2022 fast 20.000 Kinder aus den besetzten Gebieten nach Russland oder auf die Krim verschleppt; zurückgeholt werden konnten bislang nur einige Hundert.
Menschenrechtsbeauftragter Dmytro Lubinez sprach von einem „Verbrechen mit System“ und verlangte, Moskau müsse die vollständigen Listen der Kinder herausgeben.

In Moskau wies die Kinderrechtsbeauftragte Maria Lwowa-Belowa den Vorwurf der Verschleppung erneut zurück.
Es gehe um „Familienzusammenführung“, Russland habe die Kinder vor den Kämpfen in Sicherheit gebracht, sagte sie der Agentur Tass.
Kremlsprecher Dmitri Peskow erklärte am Mittwoch, Moskau sei bereit, humanitäre Fragen weiter über Katar zu klären; eine politische Vermittlung stehe aber nicht zur Debatte.
Gegen Lwowa-Belowa und Präsident Wladimir Putin hatte der Internationale Strafgerichtshof im März Haftbefehle wegen der Deportation von Kindern erlassen.

Für Katar ist die Vermittlung Teil einer Strategie, die das Emirat als unverzichtbaren Gesprächspartner zwischen verfeindeten Lagern positionieren soll.
Staatsministerin Lolwah al-Khater war im Juli zunächst nach Kiew und dann nach Moskau gereist, um die Gespräche über die Kinder anzubahnen.
Seit dem Überfall der Hamas auf Israel am 7. Oktober steht Doha zugleich als Vermittler im Gaza-Krieg im Rampenlicht, wo es um die Freilassung von Geiseln geht.
Kritiker werfen dem Emirat vor, sich über solche Kanäle vor allem politischen Einfluss zu sichern.

Die nächste Gelegenheit, über das Schicksal der Kinder zu sprechen, bietet sich Ende Oktober.
Dann beraten auf Malta Sicherheitsberater aus mehreren Dutzend Staaten über Selenskyjs Friedensformel; die ukrainische Delegation leitet Präsidialamtschef Andrij Jermak, Russland ist nicht eingeladen.
In Doha hieß es, weitere Rückführungen könnten in den kommenden Wochen folgen.
"""

doc01 = doc(
    "b64de01_katar_kinder_rueckkehr_2023_10", "2023-10-19", DE01,
    [
        T("Montag", "DATE", "2023-10-16"),
        T("mehrere Tage", "DURATION", "PXD"),
        T("Dienstagabend", "TIME", "2023-10-17TEV"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Mittwoch", "DATE", "2023-10-18"),
        T("März", "DATE", "2023-03"),
        T("Juli", "DATE", "2023-07"),
        T("7. Oktober", "DATE", "2023-10-07"),
        T("Ende Oktober", "DATE", "2023-10", mod="END"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    [
        E("Four Ukrainian children return to their families from Russia after Qatari mediation", "CONCEDE",
          ["Russia", "Ukraine", "Qatar"], "2023-10-16", "context", "occurred", "sind nach Vermittlung Katars",
          note="return announced by Qatar's foreign ministry on Monday"),
        E("Qatar mediates between Russia and Ukraine on the children's return", "CONSULT",
          ["Qatar", "Russia", "Ukraine"], "2023-10-16", "context", "occurred", "sind nach Vermittlung Katars"),
        E("Zelensky phones the Emir of Qatar", "CONSULT", ["Volodymyr Zelensky", "Qatar"], "2023-10-17TEV", "text",
          "occurred", "dankte dem Emir"),
        E("Zelensky thanks the Emir for Qatar's help", "SUPPORT", ["Volodymyr Zelensky", "Qatar"], "2023-10-17TEV",
          "text", "occurred", "dankte dem Emir"),
        E("Zelensky and the Emir agree to cooperate closely on returning more children", "AGREE",
          ["Volodymyr Zelensky", "Qatar"], "2023-10-17TEV", "context", "occurred", "Man habe vereinbart"),
        E("Russia deports almost 20,000 Ukrainian children since February 2022 (Kyiv's figure)", "COERCE",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred", "seit Februar 2022", date_mod="START"),
        E("Lubinets calls the deportations a systematic crime", "ACCUSE", ["Ukraine", "Russia"], "2023-10-19",
          "published", "occurred", "Verbrechen mit System"),
        E("Lubinets demands that Moscow hand over complete lists of the children", "REQUEST", ["Ukraine", "Russia"],
          "2023-10-19", "published", "occurred", "Verbrechen mit System"),
        E("Lvova-Belova rejects the charge of deportation", "REJECT", ["Russia", "Ukraine"], "2023-10-19",
          "published", "occurred", "wies die Kinderrechtsbeauftragte"),
        E("Kremlin: Moscow ready to keep settling humanitarian questions through Qatar", "AGREE", ["Russia", "Qatar"],
          "2023-10-18", "text", "occurred", "Kremlsprecher Dmitri Peskow erklärte am Mittwoch"),
        E("Kremlin rules out political mediation by Qatar", "REJECT", ["Russia", "Qatar"], "2023-10-18", "text",
          "occurred", "Kremlsprecher Dmitri Peskow erklärte am Mittwoch"),
        E("ICC issues arrest warrants for Putin and Lvova-Belova over the deportation of children", "ACCUSE",
          ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "Internationale Strafgerichtshof im März",
          note="warrants of 17 March 2023"),
        E("Qatar's minister of state al-Khater visits Kyiv", "CONSULT", ["Qatar", "Ukraine"], "2023-07", "text",
          "occurred", "Staatsministerin Lolwah al-Khater"),
        E("Qatar's minister of state al-Khater visits Moscow", "CONSULT", ["Qatar", "Russia"], "2023-07", "text",
          "occurred", "Staatsministerin Lolwah al-Khater"),
        E("National security advisers meet in Malta on Zelensky's peace formula, Yermak leading Ukraine's delegation",
          "CONSULT", ["Ukraine", "Andriy Yermak"], "2023-10", "context", "planned", "Dann beraten auf Malta",
          date_mod="END", note="Malta meeting of 28-29 October 2023"),
        E("Further returns of children through Qatar may follow", "CONCEDE", ["Qatar", "Russia", "Ukraine"],
          "FUTURE_REF", "vague", "uncertain", "weitere Rückführungen"),
    ],
    [
        S("Qatar", "Foreign ministry announces the return of four Ukrainian children", "2023-10-16", "text",
          "Das Außenministerium in Doha"),
        S("Qatar", "The children travelled from the embassy in Moscow via Belarus to Ukraine", "2023-10-16",
          "context", "Von dort reisten sie"),
        S("Qatar", "A first step that further ones should follow", "2023-10-16", "context", "einen ersten Schritt"),
        S("Volodymyr Zelensky", "Agreed with the Emir to work closely on returning more children", "2023-10-17",
          "context", "Man habe vereinbart"),
        S("Ukraine", "Almost 20,000 children deported since February 2022, only a few hundred brought back",
          "2023-10-19", "published", "Nach Angaben der ukrainischen Regierung"),
        S("Ukraine", "Lubinets: a systematic crime; Moscow must hand over complete lists", "2023-10-19",
          "published", "Verbrechen mit System"),
        S("Russia", "Lvova-Belova again rejects the charge of deportation", "2023-10-19", "published",
          "wies die Kinderrechtsbeauftragte"),
        S("Russia", "Lvova-Belova: family reunification; Russia brought the children to safety", "2023-10-19",
          "published", "Familienzusammenführung"),
        S("Dmitry Peskov", "Moscow ready to settle humanitarian questions via Qatar, no political mediation",
          "2023-10-18", "text", "Kremlsprecher Dmitri Peskow erklärte am Mittwoch"),
        S("Qatar", "Further returns could follow in the coming weeks", "2023-10-19", "published",
          "weitere Rückführungen"),
    ],
    ["Qatar", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
     "Andriy Yermak"],
)

# ---------------------------------------------------------------- b64de02 (L'Osservatore Romano, German weekly edition)
DE02 = """
Papst wirbt für Austausch „aller gegen alle“ – Kiew dankt, Moskau bleibt zurückhaltend

Vatikanstadt. Mit seinem Osterappell für einen umfassenden Gefangenenaustausch zwischen Russland und der Ukraine hat Papst Franziskus in Kiew Zustimmung, in Moskau dagegen Zurückhaltung ausgelöst.
In seiner Botschaft „Urbi et Orbi“ hatte der Heilige Vater am Ostersonntag von der Mittelloggia des Petersdoms aus zu einem „allgemeinen Austausch aller Gefangenen zwischen Russland und der Ukraine: alle für alle“ aufgerufen.
Zugleich mahnte er, die zivile Infrastruktur zu schonen, die in den vergangenen Wochen wiederholt Ziel schwerer Angriffe geworden war.

Präsident Wolodymyr Selenskyj dankte dem Papst am Ostermontag in seiner abendlichen Videoansprache für die „klaren Worte“.
Die Ukraine sei jederzeit zu einem Austausch aller gegen alle bereit, sagte er; es sei Russland, das die Verhandlungen darüber seit Wochen verschleppe.
Der ukrainische Menschenrechtsbeauftragte Dmytro Lubinez äußerte die Hoffnung, dass bis zum orthodoxen Osterfest am 5. Mai ein weiterer Austausch zustande komme.
Der bislang letzte Austausch hatte am 8. Februar unter Vermittlung der Vereinigten Arabischen Emirate stattgefunden; damals kehrten 100 Ukrainer nach Hause zurück, im Gegenzug wurden 100 Russen übergeben.

Im Kreml fiel die Reaktion deutlich kühler aus.
Kremlsprecher Dmitri Peskow sagte am Dienstag, der Austausch von Gefangenen werde „auf der Ebene der zuständigen Stellen“ geregelt, ein Austausch aller gegen alle stehe derzeit nicht auf der Tagesordnung.
Die russische Menschenrechtsbeauftragte Tatjana Moskalkowa teilte hingegen mit, sie habe dem Apostolischen Nuntius in Moskau, Erzbischof Giovanni d’Aniello, eine Liste mit Namen russischer Soldaten in ukrainischer Gefangenschaft übergeben.
Sie rechne mit einer Antwort „in den nächsten Wochen“.

Kardinalstaatssekretär Pietro Parolin bekräftigte am Mittwoch am Rande einer Buchvorstellung in Rom, der Heilige Stuhl stehe bereit, „jeden Kanal offenzuhalten, der Menschen nach Hause bringt“.
Seit der Mission von Kardinal Matteo Zuppi, der im Juni vergangenen Jahres in Moskau mit dem außenpolitischen Berater des Kremls, Juri Uschakow, gesprochen hatte, bemüht sich der Vatikan über einen eigenen Mechanismus um die Rückkehr ukrainischer Kinder.
Nach vatikanischen Angaben konnten auf diesem Weg bereits einige Kinder zu ihren Familien zurückkehren.

Bei der Generalaudienz am Mittwoch hielt der Papst einen Rosenkranz und ein Neues Testament in die Höhe, die einem gefallenen ukrainischen Soldaten gehört hatten, und bat die Gläubigen, für die „gequälte Ukraine“ und für Russland zu beten.
Die schweren russischen Angriffe auf das ukrainische Stromnetz vom 22. März hatte der Vatikan bereits in der Karwoche als „unmenschlich“ verurteilt.
"""

doc02 = doc(
    "b64de02_papst_osterappell_alle_fuer_alle_2024_04", "2024-04-05", DE02,
    [
        T("Ostersonntag", "DATE", "2024-03-31"),
        T("den vergangenen Wochen", "DATE", "PAST_REF"),
        T("Ostermontag", "DATE", "2024-04-01"),
        T("abendlichen", "SET", "P1D"),
        T("Wochen", "DURATION", "PXW", 1),
        T("orthodoxen Osterfest", "DATE", "2024-05-05"),
        T("5. Mai", "DATE", "2024-05-05"),
        T("8. Februar", "DATE", "2024-02-08"),
        T("Dienstag", "DATE", "2024-04-02"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den nächsten Wochen", "DATE", "FUTURE_REF", note="in Moskalkova's quote"),
        T("Mittwoch", "DATE", "2024-04-03", 0),
        T("Juni vergangenen Jahres", "DATE", "2023-06"),
        T("Mittwoch", "DATE", "2024-04-03", 1),
        T("22. März", "DATE", "2024-03-22"),
        T("Karwoche", "DATE", "2024-W13", note="Holy Week, 24-30 March 2024"),
    ],
    [
        E("Pope Francis appeals for a general all-for-all exchange of prisoners between Russia and Ukraine",
          "REQUEST", ["Vatican", "Russia", "Ukraine"], "2024-03-31", "text", "occurred", "Urbi et Orbi"),
        E("Pope urges sparing civilian infrastructure", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2024-03-31",
          "context", "occurred", "Zugleich mahnte er"),
        E("Zelensky thanks the Pope for his clear words", "SUPPORT", ["Volodymyr Zelensky", "Vatican"], "2024-04-01",
          "text", "occurred", "dankte dem Papst"),
        E("Zelensky: Ukraine ready for an all-for-all exchange at any time", "AGREE", ["Volodymyr Zelensky", "Russia"],
          "2024-04-01", "context", "occurred", "jederzeit zu einem Austausch"),
        E("Zelensky accuses Russia of dragging out the exchange talks", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2024-04-01", "context", "occurred", "jederzeit zu einem Austausch"),
        E("100-for-100 prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2024-02-08", "text", "occurred",
          "am 8. Februar"),
        E("UAE mediates the February exchange", "CONSULT", ["Russia", "Ukraine"], "2024-02-08", "text", "occurred",
          "am 8. Februar"),
        E("Peskov: an all-for-all exchange is not on the agenda", "REJECT", ["Dmitry Peskov", "Vatican"],
          "2024-04-02", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        E("Moskalkova hands the nuncio in Moscow a list of Russian soldiers held by Ukraine", "REQUEST",
          ["Russia", "Vatican"], "2024-04-05", "published", "occurred", "Liste mit Namen"),
        E("Parolin: the Holy See stands ready to keep every channel open", "AGREE", ["Vatican"], "2024-04-03", "text",
          "occurred", "Kardinalstaatssekretär Pietro Parolin"),
        E("Cardinal Zuppi meets Ushakov in Moscow", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-06", "text",
          "occurred", "Seit der Mission von Kardinal"),
        E("The Vatican works through its own mechanism for the return of Ukrainian children", "CONSULT",
          ["Vatican", "Russia", "Ukraine"], "2023-06", "context", "occurred", "Seit der Mission von Kardinal",
          date_mod="START"),
        E("Some children returned to their families through the Vatican channel", "CONCEDE",
          ["Russia", "Ukraine", "Vatican"], "2023-06", "context", "occurred", "Nach vatikanischen Angaben",
          date_mod="START"),
        E("Russian strikes on Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"], "2024-03-22", "text",
          "occurred", "vom 22. März"),
        E("The Vatican condemns the strikes as inhuman", "ACCUSE", ["Vatican", "Russia"], "2024-W13", "text",
          "occurred", "vom 22. März"),
    ],
    [
        S("Vatican", "Pope calls for a general exchange of all prisoners, all for all", "2024-03-31", "text",
          "Urbi et Orbi"),
        S("Vatican", "Pope urges sparing civilian infrastructure", "2024-03-31", "context", "Zugleich mahnte er"),
        S("Volodymyr Zelensky", "Thanks the Pope for his clear words", "2024-04-01", "text", "dankte dem Papst"),
        S("Volodymyr Zelensky", "Ukraine ready for all-for-all at any time; Russia drags out the talks",
          "2024-04-01", "context", "jederzeit zu einem Austausch"),
        S("Ukraine", "Lubinets hopes for another exchange before Orthodox Easter", "2024-04-05", "published",
          "äußerte die Hoffnung"),
        S("Kremlin", "The Kremlin's reaction to the Pope's appeal is much cooler", "2024-04-05", "published",
          "Im Kreml fiel die Reaktion"),
        S("Dmitry Peskov", "Exchanges are handled by the competent bodies; all-for-all not on the agenda",
          "2024-04-02", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
        S("Russia", "Moskalkova handed the nuncio a list of Russian soldiers in Ukrainian captivity", "2024-04-05",
          "published", "Liste mit Namen"),
        S("Russia", "Moskalkova expects an answer in the coming weeks", "2024-04-05", "published",
          "Sie rechne mit einer Antwort"),
        S("Vatican", "Parolin: the Holy See is ready to keep open every channel that brings people home",
          "2024-04-03", "text", "Kardinalstaatssekretär Pietro Parolin"),
        S("Vatican", "Some children have returned to their families through the Vatican channel", "2024-04-05",
          "published", "Nach vatikanischen Angaben"),
        S("Vatican", "Pope asks the faithful to pray for 'tormented Ukraine' and for Russia", "2024-04-03", "text",
          "Bei der Generalaudienz am Mittwoch"),
        S("Vatican", "Condemned the strikes on the power grid as inhuman", "2024-W13", "text", "vom 22. März"),
    ],
    ["Vatican", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Yuri Ushakov"],
)

# ---------------------------------------------------------------- b64de03 (Westfalen-Blatt)
DE03 = """
Gefangenenaustausch unter saudischer Vermittlung: Bielefelderin bangt nicht mehr um ihren Bruder

Riad/Bielefeld. Russland und die Ukraine haben am Mittwoch unter Vermittlung Saudi-Arabiens jeweils 250 Gefangene ausgetauscht.
Unter den Heimkehrern ist auch der Soldat Oleh K., dessen Schwester seit 2022 mit ihren beiden Kindern in Bielefeld-Sennestadt lebt.
„Ich habe seine Stimme am Telefon kaum wiedererkannt“, sagte Natalija K. unserer Zeitung am Mittwochabend.

Vereinbart worden war der Austausch nach Angaben des saudischen Außenministeriums bei Gesprächen beider Seiten in Riad in der vergangenen Woche.
Kronprinz Mohammed bin Salman habe bereits Mitte Oktober mit Kremlchef Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj telefoniert, hieß es in Riad.
Die Übergabe selbst fand an der belarussisch-ukrainischen Grenze statt, Vertreter des Internationalen Komitees vom Roten Kreuz waren anwesend.

Selenskyj dankte dem Königreich für seine „beharrliche Vermittlung“ und forderte erneut einen Austausch aller gegen alle.
Nach ukrainischen Angaben befinden sich noch mehr als 7000 Ukrainer in russischer Gefangenschaft, darunter Hunderte Zivilisten.
Das russische Verteidigungsministerium warf Kiew vor, einen früheren Austausch im September durch kurzfristig geänderte Namenslisten verzögert zu haben.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau sei zu weiteren Schritten bereit, sofern Kiew seine „Provokationen“ im Grenzgebiet einstelle.

Saudi-Arabien hatte bereits im September 2022 die Freilassung von zehn ausländischen Kämpfern aus russischer Gefangenschaft erwirkt und sich seither neben den Emiraten und Katar als Vermittler etabliert.
Der US-Sondergesandte Steve Witkoff will in zwei Wochen nach Riad reisen, um mit beiden Delegationen über eine Waffenruhe für den Winter zu sprechen.
Die EU-Außenbeauftragte Kaja Kallas begrüßte den Austausch, warnte aber davor, humanitäre Gesten mit Friedensbereitschaft zu verwechseln.

In Bielefeld kümmert sich der Verein „Ukrainische Gemeinde OWL“ um Angehörige von Gefangenen; nach Angaben der Vorsitzenden warten allein in Ostwestfalen-Lippe mehr als 40 Familien auf ein Lebenszeichen.
Natalija K. will ihren Bruder in den kommenden Tagen in Kiew besuchen, sobald er aus dem Krankenhaus entlassen ist.
Zuletzt hatte sie im Frühjahr 2024 von ihm gehört – über einen Brief, den das Rote Kreuz weitergeleitet hatte.
"""

doc03 = doc(
    "b64de03_saudi_austausch_bielefeld_2026_10", "2026-10-29", DE03,
    [
        T("Mittwoch", "DATE", "2026-10-28"),
        T("2022", "DATE", "2022", 0),
        T("Mittwochabend", "TIME", "2026-10-28TEV"),
        T("der vergangenen Woche", "DATE", "2026-W43"),
        T("Mitte Oktober", "DATE", "2026-10", mod="MID"),
        T("September", "DATE", "2026-09", 0),
        T("Donnerstag", "DATE", "2026-10-29"),
        T("September 2022", "DATE", "2022-09"),
        T("zwei Wochen", "DURATION", "P2W", note="in two weeks from 29 October 2026: about 12 November 2026"),
        T("den Winter", "DATE", "2026-WI"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Zuletzt", "DATE", "PAST_REF"),
        T("Frühjahr 2024", "DATE", "2024-SP"),
    ],
    [
        E("Russia and Ukraine exchange 250 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-10-28", "text",
          "occurred", "jeweils 250 Gefangene"),
        E("Saudi Arabia mediates the exchange", "CONSULT", ["Saudi Arabia", "Russia", "Ukraine"], "2026-10-28", "text",
          "occurred", "jeweils 250 Gefangene"),
        E("Talks of both sides in Riyadh", "CONSULT", ["Saudi Arabia", "Russia", "Ukraine"], "2026-W43", "text",
          "occurred", "Vereinbart worden war der Austausch"),
        E("Exchange agreed at the Riyadh talks", "AGREE", ["Russia", "Ukraine", "Saudi Arabia"], "2026-W43", "text",
          "occurred", "Vereinbart worden war der Austausch"),
        E("Crown Prince Mohammed bin Salman phones Putin and Zelensky", "CONSULT",
          ["Saudi Arabia", "Vladimir Putin", "Volodymyr Zelensky"], "2026-10", "text", "occurred",
          "Kronprinz Mohammed bin Salman", date_mod="MID"),
        E("Zelensky thanks Saudi Arabia for its mediation", "SUPPORT", ["Volodymyr Zelensky", "Saudi Arabia"],
          "2026-10-29", "published", "occurred", "dankte dem Königreich"),
        E("Zelensky again demands an all-for-all exchange", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2026-10-29", "published", "occurred", "dankte dem Königreich"),
        E("Russian defence ministry accuses Kyiv of delaying the September exchange", "ACCUSE", ["Russia", "Ukraine"],
          "2026-10-29", "published", "occurred", "Verteidigungsministerium warf Kiew vor"),
        E("Earlier prisoner exchange in September", "CONCEDE", ["Russia", "Ukraine"], "2026-09", "text", "occurred",
          "Verteidigungsministerium warf Kiew vor"),
        E("Peskov: Moscow ready for further steps", "AGREE", ["Russia", "Ukraine"], "2026-10-29", "text", "occurred",
          "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        E("Moscow's condition: Kyiv must stop its 'provocations' in the border area", "REQUEST", ["Russia", "Ukraine"],
          "2026-10-29", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        E("Saudi Arabia secures the release of ten foreign fighters held by Russia", "CONCEDE",
          ["Russia", "Saudi Arabia"], "2022-09", "text", "occurred", "zehn ausländischen Kämpfern"),
        E("Witkoff to travel to Riyadh for talks with both delegations on a winter ceasefire", "CONSULT",
          ["Steve Witkoff", "Saudi Arabia", "Russia", "Ukraine"], "2026-W46", "text", "planned",
          "Steve Witkoff will in zwei Wochen", note="in two weeks from 29 October 2026"),
        E("Kallas welcomes the exchange", "SUPPORT", ["Kaja Kallas", "Russia", "Ukraine"], "2026-10-29", "published",
          "occurred", "Kaja Kallas begrüßte"),
        E("Kallas warns against confusing humanitarian gestures with readiness for peace", "REQUEST",
          ["Kaja Kallas"], "2026-10-29", "published", "occurred", "Kaja Kallas begrüßte"),
    ],
    [
        S("Saudi Arabia", "The exchange was agreed at talks of both sides in Riyadh last week", "2026-10-29",
          "published", "Vereinbart worden war der Austausch"),
        S("Saudi Arabia", "The Crown Prince phoned Putin and Zelensky in mid-October", "2026-10-29", "published",
          "Kronprinz Mohammed bin Salman"),
        S("Volodymyr Zelensky", "Thanks the kingdom for its persistent mediation; demands all-for-all",
          "2026-10-29", "published", "dankte dem Königreich"),
        S("Ukraine", "More than 7,000 Ukrainians still in Russian captivity, hundreds of them civilians",
          "2026-10-29", "published", "Nach ukrainischen Angaben"),
        S("Russia", "Kyiv delayed the September exchange by changing name lists at short notice", "2026-10-29",
          "published", "Verteidigungsministerium warf Kiew vor"),
        S("Dmitry Peskov", "Moscow ready for further steps if Kyiv stops its provocations in the border area",
          "2026-10-29", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
        S("Kaja Kallas", "Welcomes the exchange; humanitarian gestures are not readiness for peace", "2026-10-29",
          "published", "Kaja Kallas begrüßte"),
    ],
    ["Russia", "Ukraine", "Saudi Arabia", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov",
     "Qatar", "United States", "Steve Witkoff", "European Union", "Kaja Kallas"],
)

# ---------------------------------------------------------------- b64de04 (NEUE Vorarlberger Tageszeitung)
DE04 = """
Rotkreuz-Präsidentin fordert in Moskau Zugang zu allen Kriegsgefangenen

Moskau/Genf. Die Präsidentin des Internationalen Komitees vom Roten Kreuz (IKRK), Mirjana Spoljaric, ist am Donnerstag in Moskau mit dem russischen Außenminister Sergej Lawrow zusammengetroffen.
Bei dem rund zweistündigen Gespräch forderte die Schweizerin nach Angaben des IKRK ungehinderten Zugang zu allen Kriegsgefangenen, „unabhängig davon, wo sie festgehalten werden“.
Zudem ging es um das Schicksal Tausender Vermisster und um die Sicherheit des von Russland besetzten Atomkraftwerks Saporischschja.

Lawrow versicherte nach Angaben seines Ministeriums, Russland schätze die „neutrale und unparteiische“ Arbeit des Roten Kreuzes und werde die Zusammenarbeit fortsetzen.
Zugleich warf er der ukrainischen Seite vor, russische Kriegsgefangene zu misshandeln, und verlangte, das IKRK müsse dies „öffentlich und ohne doppelte Standards“ benennen.
Bereits am Mittwoch hatte Außenamtssprecherin Maria Sacharowa dem Komitee vorgehalten, zu Vorwürfen gegen Kiew zu schweigen.

In Kiew wurde der Besuch mit Skepsis verfolgt.
Menschenrechtsbeauftragter Dmytro Lubinez kritisierte, das IKRK habe noch immer keinen Zugang zum Lager Oleniwka erhalten, wo im Juli vergangenen Jahres mehr als 50 ukrainische Kriegsgefangene bei einer Explosion getötet worden waren.
Er rief Spoljaric auf, „nicht nur zu reden, sondern hinzufahren“.
Die IKRK-Präsidentin war im Dezember in Kiew gewesen und hatte dort mit Präsident Wolodymyr Selenskyj über den Schutz der Zivilbevölkerung gesprochen.

Der Besuch fiel in eine Zeit wachsenden Drucks auf Moskau.
Vor einer Woche hatte der Internationale Strafgerichtshof in Den Haag Haftbefehl gegen Präsident Wladimir Putin wegen der Verschleppung ukrainischer Kinder erlassen.
Anfang der Woche empfing Putin den chinesischen Staatschef Xi Jinping zu einem dreitägigen Staatsbesuch, bei dem beide für Verhandlungen warben, ohne konkrete Schritte zu nennen.
Der bislang letzte Gefangenenaustausch zwischen Russland und der Ukraine hatte Anfang März stattgefunden.

Auch in Vorarlberg ist die Arbeit des Roten Kreuzes gefragt: Beim Suchdienst in Feldkirch haben sich seit dem vergangenen Frühjahr mehr als 60 ukrainische Geflüchtete gemeldet, die Angehörige vermissen.
In etwa einem Dutzend Fällen habe man helfen können, sagte eine Sprecherin der NEUE.
Spoljaric will nach IKRK-Angaben in den kommenden Monaten auch erneut in die Ukraine reisen.
"""

doc04 = doc(
    "b64de04_ikrk_spoljaric_lawrow_2023_03", "2023-03-24", DE04,
    [
        T("Donnerstag", "DATE", "2023-03-23"),
        T("rund zweistündigen", "DURATION", "PT2H", mod="APPROX"),
        T("Mittwoch", "DATE", "2023-03-22"),
        T("Juli vergangenen Jahres", "DATE", "2022-07"),
        T("Dezember", "DATE", "2022-12"),
        T("Vor einer Woche", "DATE", "2023-W11"),
        T("Anfang der Woche", "DATE", "2023-W12", mod="START"),
        T("dreitägigen", "DURATION", "P3D"),
        T("Anfang März", "DATE", "2023-03", mod="START"),
        T("dem vergangenen Frühjahr", "DATE", "2022-SP"),
        T("den kommenden Monaten", "DATE", "FUTURE_REF"),
    ],
    [
        E("ICRC president Spoljaric meets Lavrov in Moscow", "CONSULT", ["Sergey Lavrov"], "2023-03-23", "text",
          "occurred", "ist am Donnerstag in Moskau"),
        E("Spoljaric demands unhindered access to all prisoners of war", "REQUEST", ["Russia", "Ukraine"],
          "2023-03-23", "context", "occurred", "rund zweistündigen"),
        E("Lavrov: Russia will continue its cooperation with the ICRC", "AGREE", ["Sergey Lavrov"], "2023-03-23",
          "context", "occurred", "Lawrow versicherte"),
        E("Lavrov accuses Ukraine of mistreating Russian prisoners of war", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2023-03-23", "context", "occurred", "Zugleich warf er der ukrainischen Seite"),
        E("Lavrov demands that the ICRC name this publicly", "REQUEST", ["Sergey Lavrov"], "2023-03-23", "context",
          "occurred", "Zugleich warf er der ukrainischen Seite"),
        E("Zakharova accuses the ICRC of keeping silent about charges against Kyiv", "ACCUSE", ["Maria Zakharova"],
          "2023-03-22", "text", "occurred", "Bereits am Mittwoch"),
        E("Lubinets criticises the ICRC's lack of access to Olenivka", "ACCUSE", ["Ukraine"], "2023-03-24",
          "published", "occurred", "Menschenrechtsbeauftragter Dmytro Lubinez kritisierte"),
        E("ICRC still denied access to the Olenivka camp", "REJECT", ["Russia"], "2023-03-24", "published",
          "occurred", "Menschenrechtsbeauftragter Dmytro Lubinez kritisierte",
          note="the text implies the Russian side as the one denying access"),
        E("Explosion at Olenivka kills more than 50 Ukrainian prisoners of war", "ASSAULT", ["Russia", "Ukraine"],
          "2022-07", "text", "occurred", "Menschenrechtsbeauftragter Dmytro Lubinez kritisierte",
          note="29 July 2022"),
        E("Lubinets urges Spoljaric to go to the camp", "REQUEST", ["Ukraine"], "2023-03-24", "published",
          "occurred", "Er rief Spoljaric auf"),
        E("Spoljaric met Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2022-12", "text", "occurred",
          "war im Dezember in Kiew"),
        E("ICC issues an arrest warrant for Putin over the deportation of children", "ACCUSE",
          ["Vladimir Putin", "Russia"], "2023-W11", "text", "occurred", "Vor einer Woche hatte",
          note="warrant of 17 March 2023"),
        E("Xi Jinping's state visit to Putin", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2023-W12", "text",
          "occurred", "Anfang der Woche empfing", date_mod="START", note="20-22 March 2023"),
        E("Putin and Xi call for negotiations", "REQUEST", ["Vladimir Putin", "Xi Jinping"], "2023-W12", "context",
          "occurred", "Anfang der Woche empfing", date_mod="START"),
        E("Latest Russia-Ukraine prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2023-03", "text", "occurred",
          "Anfang März", date_mod="START"),
        E("Spoljaric to travel to Ukraine again", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague", "planned",
          "erneut in die Ukraine reisen"),
    ],
    [
        S("Sergey Lavrov", "Russia values the ICRC's neutral work and will continue cooperating", "2023-03-23",
          "context", "Lawrow versicherte"),
        S("Sergey Lavrov", "Ukraine mistreats Russian POWs; the ICRC must say so publicly without double standards",
          "2023-03-23", "context", "Zugleich warf er der ukrainischen Seite"),
        S("Maria Zakharova", "The ICRC keeps silent about charges against Kyiv", "2023-03-22", "text",
          "Bereits am Mittwoch"),
        S("Ukraine", "Lubinets: the ICRC still has no access to Olenivka", "2023-03-24", "published",
          "Menschenrechtsbeauftragter Dmytro Lubinez kritisierte"),
        S("Ukraine", "Lubinets to Spoljaric: do not only talk, go there", "2023-03-24", "published",
          "Er rief Spoljaric auf"),
    ],
    ["Sergey Lavrov", "Russia", "Ukraine", "Maria Zakharova", "Volodymyr Zelensky", "Vladimir Putin", "Xi Jinping",
     "China"],
)

# ---------------------------------------------------------------- b64de05 (Telepolis)
DE05 = """
Gefangenenaustausch via Abu Dhabi: Wie die Golfstaaten vom Ukraine-Krieg profitieren

Russland und die Ukraine haben am Dienstag jeweils 90 Kriegsgefangene ausgetauscht.
Vermittelt hatten einmal mehr die Vereinigten Arabischen Emirate, wie die staatliche Nachrichtenagentur WAM meldete; es sei die siebte erfolgreiche Vermittlung Abu Dhabis in diesem Jahr.
Das russische Verteidigungsministerium bestätigte die Zahl und erklärte, die Heimkehrer würden zunächst in Belarus medizinisch versorgt.

Präsident Wolodymyr Selenskyj dankte den Emiraten noch am Dienstagabend auf X und kündigte an, die Ukraine werde „jeden einzelnen“ ihrer Leute zurückholen.
Der Koordinierungsstab für Kriegsgefangene in Kiew wies darauf hin, dass unter den Freigelassenen auch Verteidiger von Mariupol seien, die mehr als zwei Jahre in Gefangenschaft verbracht hätten.

Der Austausch fällt in eine Phase, in der sich die Golfmonarchien als unverzichtbare Vermittler in Szene setzen.
Während Abu Dhabi die Gefangenenfrage managt, bemüht sich Katar seit vergangenem Jahr um die Rückkehr ukrainischer Kinder aus Russland.
Saudi-Arabien wiederum nahm Mitte Juni an der Friedenskonferenz auf dem Bürgenstock teil, unterzeichnete deren Abschlusserklärung aber ebenso wenig wie Indien oder Südafrika.
Das Papier verlangt unter anderem die Freilassung aller Kriegsgefangenen im Austausch „alle gegen alle“ sowie die Rückkehr aller verschleppten Kinder.

Moskau, das zu der Konferenz nicht eingeladen war, tat sie als bedeutungslos ab.
Außenamtssprecherin Maria Sacharowa nannte das Treffen am vergangenen Freitag eine „Farce“, deren humanitäre Forderungen nur dazu dienten, den Westen „moralisch reinzuwaschen“.
Präsident Wladimir Putin hatte am 14. Juni, unmittelbar vor dem Gipfel, eigene Bedingungen für Verhandlungen genannt, darunter den Abzug ukrainischer Truppen aus vier Regionen und den Verzicht Kiews auf einen Nato-Beitritt.
In Kiew wurden diese Forderungen umgehend als Ultimatum zurückgewiesen.

Für die Emirate zahlt sich die Rolle aus: Der Handel mit Russland hat Rekordwerte erreicht, und westliche Forderungen nach schärferen Sanktionskontrollen gegenüber Abu Dhabi sind leiser geworden.
Ob eine zweite Friedenskonferenz, wie von Kiew gewünscht, noch in diesem Jahr und womöglich in einem Golfstaat stattfindet, ist offen.
Saudi-Arabien hat nach Medienberichten Interesse an einer Ausrichtung signalisiert, Russland hält sich bedeckt.
"""

doc05 = doc(
    "b64de05_emirate_austausch_buergenstock_2024_06", "2024-06-27", DE05,
    [
        T("Dienstag", "DATE", "2024-06-25"),
        T("diesem Jahr", "DATE", "2024", 0),
        T("Dienstagabend", "TIME", "2024-06-25TEV"),
        T("mehr als zwei Jahre", "DURATION", "P2Y", mod="MORE_THAN"),
        T("vergangenem Jahr", "DATE", "2023"),
        T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        T("vergangenen Freitag", "DATE", "2024-06-21"),
        T("14. Juni", "DATE", "2024-06-14"),
        T("diesem Jahr", "DATE", "2024", 1),
    ],
    [
        E("Russia and Ukraine exchange 90 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"], "2024-06-25",
          "text", "occurred", "jeweils 90 Kriegsgefangene"),
        E("UAE mediates the exchange", "CONSULT", ["Russia", "Ukraine"], "2024-06-25", "context", "occurred",
          "Vermittelt hatten einmal mehr"),
        E("Zelensky thanks the Emirates", "SUPPORT", ["Volodymyr Zelensky"], "2024-06-25TEV", "text", "occurred",
          "dankte den Emiraten"),
        E("Zelensky vows to bring every single one of Ukraine's people home", "AGREE", ["Volodymyr Zelensky"],
          "2024-06-25TEV", "context", "occurred", "dankte den Emiraten"),
        E("Qatar works for the return of Ukrainian children from Russia", "CONSULT", ["Qatar", "Russia", "Ukraine"],
          "2023", "text", "occurred", "bemüht sich Katar", date_mod="START"),
        E("Saudi Arabia takes part in the Bürgenstock peace conference", "CONSULT", ["Saudi Arabia", "Ukraine"],
          "2024-06", "text", "occurred", "Saudi-Arabien wiederum nahm", date_mod="MID",
          note="conference of 15-16 June 2024"),
        E("Saudi Arabia does not sign the final declaration", "REJECT", ["Saudi Arabia"], "2024-06", "context",
          "occurred", "Saudi-Arabien wiederum nahm", date_mod="MID"),
        E("Bürgenstock declaration demands an all-for-all exchange and the return of deported children", "REQUEST",
          ["Ukraine", "Russia"], "2024-06", "context", "occurred", "Das Papier verlangt", date_mod="MID"),
        E("Zakharova dismisses the conference as a farce", "REJECT", ["Maria Zakharova", "Ukraine"], "2024-06-21",
          "text", "occurred", "nannte das Treffen"),
        E("Zakharova: the humanitarian demands only serve to whitewash the West", "ACCUSE", ["Maria Zakharova"],
          "2024-06-21", "text", "occurred", "nannte das Treffen"),
        E("Putin sets conditions for negotiations: withdrawal from four regions, no NATO membership", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2024-06-14", "text", "occurred", "am 14. Juni"),
        E("Kyiv rejects Putin's conditions as an ultimatum", "REJECT", ["Ukraine", "Vladimir Putin"], "2024-06-14",
          "context", "occurred", "als Ultimatum zurückgewiesen"),
        E("A second peace conference, possibly in a Gulf state, this year", "CONSULT", ["Ukraine"], "2024", "text",
          "uncertain", "Ob eine zweite Friedenskonferenz"),
        E("Saudi Arabia signals interest in hosting the second conference", "REQUEST", ["Saudi Arabia", "Ukraine"],
          "2024-06-27", "published", "uncertain", "Interesse an einer Ausrichtung"),
    ],
    [
        S("Russia", "Defence ministry confirms the numbers; returnees first treated in Belarus", "2024-06-27",
          "published", "bestätigte die Zahl"),
        S("Volodymyr Zelensky", "Thanks the Emirates; Ukraine will bring every single one home", "2024-06-25",
          "text", "dankte den Emiraten"),
        S("Ukraine", "Coordination headquarters: defenders of Mariupol among those freed", "2024-06-27",
          "published", "Koordinierungsstab"),
        S("Russia", "Moscow dismisses the conference as meaningless", "2024-06-27", "published",
          "tat sie als bedeutungslos ab"),
        S("Maria Zakharova", "The conference was a farce meant to whitewash the West", "2024-06-21", "text",
          "nannte das Treffen"),
        S("Vladimir Putin", "Conditions for negotiations: withdrawal from four regions and no NATO membership",
          "2024-06-14", "text", "am 14. Juni"),
    ],
    ["Russia", "Ukraine", "Volodymyr Zelensky", "Qatar", "Saudi Arabia", "Maria Zakharova", "Vladimir Putin",
     "NATO"],
)

# ---------------------------------------------------------------- b64de06 (evangelisch.de, epd copy)
DE06 = """
Osterfrieden in weiter Ferne: Kirchen und UN werben vergeblich für eine Feuerpause

Frankfurt a.M./Genf (epd). Wenige Tage vor dem orthodoxen Osterfest am Sonntag sind die Appelle für eine Waffenruhe in der Ukraine ohne Antwort aus Moskau geblieben.
UN-Generalsekretär António Guterres hatte am Dienstag eine viertägige „humanitäre Pause“ vom Gründonnerstag bis zum orthodoxen Ostersonntag gefordert, um Zivilisten aus umkämpften Orten wie Mariupol in Sicherheit zu bringen.
Eine Reaktion der russischen Führung lag bis Freitagmittag nicht vor.

Papst Franziskus hatte bereits am Palmsonntag zu einer Osterwaffenruhe aufgerufen, die in echte Verhandlungen münden solle.
Für Verstimmung in Kiew sorgte dagegen der Kreuzweg am Karfreitag im Kolosseum, bei dem eine Ukrainerin und eine Russin gemeinsam das Kreuz trugen.
Der ukrainische Botschafter beim Heiligen Stuhl, Andrij Jurasch, hatte die Geste schon am 12. April als „unpassend“ kritisiert; der Vatikan ersetzte daraufhin den vorgesehenen Meditationstext durch ein stilles Gebet.

Die ukrainische Regierung schlug am Mittwoch vor, in Mariupol eine Sonderrunde von Verhandlungen abzuhalten, und bot an, die im Stahlwerk Azovstal eingeschlossenen Soldaten und Zivilisten gegen russische Kriegsgefangene auszutauschen.
Präsident Wolodymyr Selenskyj sagte, ein solcher Austausch sei „ohne Vorbedingungen“ möglich.
Moskau ging darauf nicht ein: Präsident Wladimir Putin erklärte die Stadt am Donnerstag für „befreit“ und ordnete an, das Werk abzuriegeln, statt es zu stürmen.

Das Internationale Komitee vom Roten Kreuz (IKRK) erklärte in Genf, seine Teams stünden bereit, eine Evakuierung aus dem Werk zu begleiten, sobald sich beide Seiten auf Zeit und Route geeinigt hätten.
Die Ratsvorsitzende der Evangelischen Kirche in Deutschland (EKD), Annette Kurschus, rief am vergangenen Sonntag in ihrer Osterpredigt beide Kriegsparteien auf, „das Schweigen der Waffen“ möglich zu machen.
Der Moskauer Patriarch Kyrill hatte den Krieg dagegen in seinen Predigten mehrfach gerechtfertigt.

Guterres will in der kommenden Woche nach Moskau und Kiew reisen.
Am Dienstag werde er von Putin und Außenminister Sergej Lawrow empfangen, am Donnerstag folge ein Treffen mit Selenskyj, teilte sein Sprecher am Freitag mit.
Zuvor macht der Generalsekretär am Montag Station in Ankara beim türkischen Präsidenten Recep Tayyip Erdoğan.
"""

doc06 = doc(
    "b64de06_osterpause_appelle_azovstal_2022_04", "2022-04-22", DE06,
    [
        T("orthodoxen Osterfest", "DATE", "2022-04-24"),
        T("Sonntag", "DATE", "2022-04-24", 0),
        T("Dienstag", "DATE", "2022-04-19", 0),
        T("viertägige", "DURATION", "P4D"),
        T("Gründonnerstag", "DATE", "2022-04-21", note="Orthodox Holy Thursday"),
        T("orthodoxen Ostersonntag", "DATE", "2022-04-24"),
        T("Freitagmittag", "TIME", "2022-04-22T12:00"),
        T("Palmsonntag", "DATE", "2022-04-10"),
        T("Karfreitag", "DATE", "2022-04-15"),
        T("12. April", "DATE", "2022-04-12"),
        T("Mittwoch", "DATE", "2022-04-20"),
        T("Donnerstag", "DATE", "2022-04-21", 0),
        T("vergangenen Sonntag", "DATE", "2022-04-17"),
        T("der kommenden Woche", "DATE", "2022-W17"),
        T("Dienstag", "DATE", "2022-04-26", 1),
        T("Donnerstag", "DATE", "2022-04-28", 1),
        T("Freitag", "DATE", "2022-04-22"),
        T("Montag", "DATE", "2022-04-25"),
    ],
    [
        E("Guterres calls for a four-day humanitarian pause over Orthodox Easter", "REQUEST",
          ["António Guterres", "Russia", "Ukraine"], "2022-04-19", "text", "occurred", "viertägige"),
        E("Pope Francis calls for an Easter truce leading to negotiations", "REQUEST", ["Vatican", "Russia", "Ukraine"],
          "2022-04-10", "text", "occurred", "Palmsonntag"),
        E("Ukraine's ambassador to the Holy See criticises the joint carrying of the cross", "ACCUSE",
          ["Ukraine", "Vatican"], "2022-04-12", "text", "occurred", "Andrij Jurasch"),
        E("The Vatican replaces the meditation with a silent prayer", "CONCEDE", ["Vatican", "Ukraine"], "2022-04-15",
          "context", "occurred", "Andrij Jurasch"),
        E("Ukraine proposes a special round of negotiations in Mariupol", "REQUEST", ["Ukraine", "Russia"],
          "2022-04-20", "text", "occurred", "Sonderrunde"),
        E("Ukraine offers to exchange the soldiers and civilians trapped in Azovstal for Russian prisoners", "REQUEST",
          ["Ukraine", "Russia"], "2022-04-20", "text", "occurred", "Sonderrunde"),
        E("Zelensky: such an exchange is possible without preconditions", "AGREE", ["Volodymyr Zelensky", "Russia"],
          "2022-04-20", "context", "occurred", "ohne Vorbedingungen"),
        E("Moscow does not take up Kyiv's offer", "REJECT", ["Russia", "Ukraine"], "2022-04-21", "context",
          "occurred", "Moskau ging darauf nicht ein"),
        E("Putin orders the Azovstal plant sealed off instead of stormed", "COERCE", ["Vladimir Putin", "Ukraine"],
          "2022-04-21", "text", "occurred", "Moskau ging darauf nicht ein"),
        E("ICRC offers to accompany an evacuation from the plant once both sides agree", "REQUEST",
          ["Russia", "Ukraine"], "2022-04-22", "published", "occurred", "seine Teams stünden bereit"),
        E("EKD council chair Kurschus appeals to both warring parties to let the weapons fall silent", "REQUEST",
          ["Russia", "Ukraine"], "2022-04-17", "text", "occurred", "Annette Kurschus"),
        E("Guterres to be received by Putin and Lavrov in Moscow", "CONSULT",
          ["António Guterres", "Vladimir Putin", "Sergey Lavrov"], "2022-04-26", "text", "planned",
          "teilte sein Sprecher am Freitag mit"),
        E("Guterres to meet Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"], "2022-04-28",
          "text", "planned", "teilte sein Sprecher am Freitag mit"),
        E("Guterres to stop in Ankara to meet Erdoğan", "CONSULT", ["António Guterres", "Recep Tayyip Erdoğan"],
          "2022-04-25", "text", "planned", "Station in Ankara"),
    ],
    [
        S("António Guterres", "Calls for a four-day humanitarian pause to evacuate civilians", "2022-04-19", "text",
          "viertägige"),
        S("Vatican", "Pope calls for an Easter truce that leads to real negotiations", "2022-04-10", "text",
          "Palmsonntag"),
        S("Ukraine", "Yurash calls the joint carrying of the cross inappropriate", "2022-04-12", "text",
          "Andrij Jurasch"),
        S("Ukraine", "Proposes special talks in Mariupol and an exchange of the Azovstal defenders", "2022-04-20",
          "text", "Sonderrunde"),
        S("Volodymyr Zelensky", "An exchange is possible without preconditions", "2022-04-20", "context",
          "ohne Vorbedingungen"),
        S("Vladimir Putin", "Declares Mariupol 'liberated' and orders the plant sealed off", "2022-04-21", "text",
          "Moskau ging darauf nicht ein"),
        S("United Nations", "Guterres will meet Putin and Lavrov on Tuesday and Zelensky on Thursday", "2022-04-22",
          "text", "teilte sein Sprecher am Freitag mit"),
    ],
    ["António Guterres", "United Nations", "Russia", "Ukraine", "Vatican", "Volodymyr Zelensky", "Vladimir Putin",
     "Sergey Lavrov", "Recep Tayyip Erdoğan", "Turkey"],
)

DOCS = [doc01, doc02, doc03, doc04, doc05, doc06]
