"""German articles of the blind88 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b88de01 (Münstersche Zeitung)
DE01 = """
Metsola reist als erste EU-Spitzenpolitikerin seit Kriegsbeginn nach Kiew

Kiew/Münster. Als erste Spitzenvertreterin einer EU-Institution seit dem russischen Einmarsch ist Parlamentspräsidentin Roberta Metsola in die ukrainische Hauptstadt gereist.
Die Malteserin traf am Freitag Präsident Wolodymyr Selenskyj und sprach danach vor der Werchowna Rada, deren Vorsitzender Ruslan Stefantschuk sie am Bahnhof empfangen hatte.
„Wir sind hier, um Ihnen zu sagen, dass Europa an Ihrer Seite steht“, rief Metsola den Abgeordneten zu.
Das Europäische Parlament werde sich dafür einsetzen, dass die Ukraine rasch den Status eines Beitrittskandidaten erhalte, versprach sie.

Selenskyj dankte der Besucherin für ihren Mut und forderte die Europäische Union auf, endlich ein Embargo für russisches Öl und Gas zu verhängen.
Jeder Euro, der nach Moskau fließe, bezahle die Raketen, die auf ukrainische Städte fielen, sagte der Präsident nach dem rund einstündigen Gespräch.
Metsola sagte zu, im Parlament für ein fünftes Sanktionspaket zu werben; das Straßburger Plenum werde in der kommenden Woche über eine Entschließung abstimmen, die einen vollständigen Importstopp verlange.

Am selben Tag hielten Kommissionspräsidentin Ursula von der Leyen und Ratspräsident Charles Michel einen Videogipfel mit Chinas Staatschef Xi Jinping ab.
Von der Leyen warnte Peking eindringlich davor, Russland bei der Umgehung der Sanktionen zu helfen.
Xi verlangte nach Angaben der staatlichen Nachrichtenagentur Xinhua, die EU solle ihre China-Politik unabhängig von Washington gestalten.
Nach Angaben ihrer Sprecherin will von der Leyen in den kommenden Tagen selbst nach Kiew reisen.

Unterdessen setzten Unterhändler Russlands und der Ukraine ihre Gespräche am Freitag per Videoschalte fort, nachdem sie sich am Dienstag in Istanbul persönlich getroffen hatten.
Kremlsprecher Dmitri Peskow sagte, ein Treffen von Präsident Wladimir Putin mit Selenskyj sei erst denkbar, wenn ein unterschriftsreifer Vertragstext vorliege.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, tat Metsolas Reise als „PR-Aktion“ ab, die den Krieg nur verlängere.
In der Nacht zum Freitag hatte die russische Armee nach ukrainischen Angaben erneut Wohnviertel in Charkiw und Mykolajiw beschossen.

In Münster, wo seit Anfang März mehr als 2000 Geflüchtete aus der Ukraine angekommen sind, verfolgt man die Nachrichten aus Kiew mit großer Anteilnahme.
Am Montag soll in der früheren Oxford-Kaserne eine weitere Notunterkunft öffnen, kündigte die Stadtverwaltung an.
"""

# ---------------------------------------------------------------- b88de02 (Pinneberger Tageblatt, sh:z)
DE02 = """
Bundestag stuft Holodomor als Völkermord ein – Moskau spricht von Provokation

Berlin/Pinneberg. Der Bundestag hat die Hungersnot, die Stalins Führung in den Jahren 1932 und 1933 in der Ukraine herbeiführte, als Völkermord anerkannt.
Einen gemeinsamen Antrag von SPD, Grünen, FDP und CDU/CSU nahm das Parlament am Mittwochabend mit großer Mehrheit an, AfD und Linke enthielten sich.
In dem Antrag heißt es, auch heute versuche Russland, die nationale Identität der Ukraine auszulöschen.
Auf der Besuchertribüne verfolgte der ukrainische Botschafter Oleksii Makeiev die Abstimmung.

Präsident Wolodymyr Selenskyj dankte den Abgeordneten noch am Abend in seiner Videoansprache: Die Entscheidung sei „ein Signal an viele andere Länder“.
Der Vorsitzende der Werchowna Rada, Ruslan Stefantschuk, lud Bundestagspräsidentin Bärbel Bas ein, im kommenden Jahr vor dem ukrainischen Parlament zu sprechen.
Bas hatte Kiew bereits im Mai besucht.

Aus Moskau kam scharfer Widerspruch.
Die russische Botschaft in Berlin wies den Beschluss als „antirussische Provokation“ zurück und warf den Abgeordneten vor, die Geschichte umzuschreiben.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, solche Entscheidungen dienten allein dazu, Russland zu dämonisieren.
Außenamtssprecherin Maria Sacharowa kündigte eine „angemessene Antwort“ an, ohne Einzelheiten zu nennen.

Erst vor einer Woche hatte das Europäische Parlament Russland zum staatlichen Unterstützer des Terrorismus erklärt.
Die Nato-Außenminister sagten der Ukraine zum Abschluss ihres zweitägigen Treffens in Bukarest am Mittwoch weitere Hilfe beim Wiederaufbau des Stromnetzes zu, das russische Raketen seit Oktober systematisch zerstören.
US-Außenminister Antony Blinken hatte dort bereits am Dienstag 53 Millionen Dollar für Transformatoren und Generatoren angekündigt.
Nato-Generalsekretär Jens Stoltenberg warf Kremlchef Wladimir Putin vor, den Winter als Waffe einzusetzen.

Im Kreis Pinneberg hatten ukrainische Familien bereits am Sonnabend, dem Gedenktag für die Opfer des Holodomor, vor der Drostei Kerzen aufgestellt.
„Dass der Bundestag das jetzt ausspricht, bedeutet uns sehr viel“, sagte Olena Kowalenko vom Verein der Ukrainer im Kreis Pinneberg unserer Zeitung.
"""

# ---------------------------------------------------------------- b88de03 (Parlamentskorrespondenz, Wien)
DE03 = """
Europarat: Parlamentarische Versammlung fordert Sondertribunal zur russischen Aggression

Wien (PK) – Die Parlamentarische Versammlung des Europarats (PACE) hat sich am Donnerstag in Straßburg für die Einrichtung eines internationalen Sondertribunals ausgesprochen, das die politische und militärische Führung Russlands und von Belarus wegen des Verbrechens der Aggression gegen die Ukraine zur Verantwortung ziehen soll.
Die Entschließung wurde ohne Gegenstimme angenommen.
Zudem sprach sich die Versammlung dafür aus, eingefrorene russische Vermögenswerte für den Wiederaufbau der Ukraine heranzuziehen.
Der österreichischen Delegation gehören in der Wintersitzung, die von Montag bis Freitag dauert, Abgeordnete aller fünf Parlamentsfraktionen an.

Delegationsleiter Reinhold Lopatka (ÖVP) betonte in der Debatte, ohne Rechenschaft für die Verbrechen könne es keinen dauerhaften Frieden in Europa geben.
Der ukrainische Außenminister Dmytro Kuleba, der am Mittwoch per Video zugeschaltet war, dankte den Abgeordneten und verlangte, das Tribunal noch in diesem Jahr einzurichten.
Versammlungspräsident Tiny Kox kündigte an, in den kommenden Wochen erneut nach Kiew zu reisen und mit Parlamentspräsident Ruslan Stefantschuk über die Umsetzung zu beraten.

Moskau reagierte mit Hohn.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Versammlung einen „Debattierklub“, dessen Beschlüsse für Russland keinerlei Bedeutung hätten.
Kremlsprecher Dmitri Peskow sagte, Russland werde kein Gericht anerkennen, das seine Gegner eigens zu diesem Zweck schüfen.
Russland war im März vergangenen Jahres auf Empfehlung der Versammlung aus dem Europarat ausgeschlossen worden.

Bundesaußenministerin Annalena Baerbock hatte Mitte Januar in Den Haag ein Sondertribunal vorgeschlagen, das auf ukrainischem Recht beruhen und internationale Elemente enthalten solle.
Bundeskanzler Olaf Scholz hatte am Mittwoch die Lieferung von Leopard-2-Kampfpanzern an die Ukraine angekündigt.
Der russische Botschafter in Berlin, Sergej Netschajew, sprach noch am selben Tag von einer „äußerst gefährlichen Entscheidung“.

Die Staats- und Regierungschefs der 46 Mitgliedstaaten des Europarats kommen am 16. und 17. Mai in Reykjavík zu einem Gipfel zusammen, bei dem ein Schadensregister für die Ukraine geschaffen werden soll.
Die Sitzungswoche in Straßburg endet am Freitag mit einer Debatte über die Lage im Südkaukasus.
"""

# ---------------------------------------------------------------- b88de04 (Landeszeitung für die Lüneburger Heide)
DE04 = """
Europaparlament stellt sich hinter Kiew und rügt Orbáns Reise nach Moskau

Straßburg/Lüneburg. Das neu gewählte Europaparlament hat gleich in seiner ersten Sitzungswoche ein deutliches Signal an die Ukraine gesendet.
In einer am Mittwoch mit 495 zu 137 Stimmen bei 47 Enthaltungen angenommenen Entschließung sichern die Abgeordneten dem Land Unterstützung zu, „so lange wie nötig“, und fordern die Mitgliedstaaten auf, ihre Militärhilfe für Kiew deutlich aufzustocken.
Scharf verurteilt wird in dem Text die Reise des ungarischen Ministerpräsidenten Viktor Orbán, der Anfang Juli ohne Mandat der EU in Moskau mit Kremlchef Wladimir Putin zusammengetroffen war.

Bereits am Dienstag war Roberta Metsola mit 562 Stimmen für weitere zweieinhalb Jahre als Parlamentspräsidentin bestätigt worden.
In ihrer Antrittsrede versprach die Malteserin, das Parlament werde an der Seite der Ukraine stehen, „bis sie gewonnen hat“, und kündigte an, noch in diesem Jahr erneut nach Kiew zu reisen.
Präsident Wolodymyr Selenskyj gratulierte ihr per Videobotschaft und dankte den Abgeordneten für die Entschließung.

Orbán, dessen Land seit dem 1. Juli den Vorsitz im Rat der EU führt, war nach seinem Besuch in Moskau am 8. Juli in Peking von Staatschef Xi Jinping empfangen worden und hatte am vergangenen Donnerstag in Florida Donald Trump getroffen.
Mehrere Regierungen wollen deshalb informelle Ministertreffen der ungarischen Ratspräsidentschaft boykottieren, die Kommission will dorthin nur noch Beamte entsenden.
Kremlsprecher Dmitri Peskow nannte Orbáns Vermittlungsversuch dagegen „respektabel“.

Putin hatte Mitte Juni gefordert, die Ukraine müsse ihre Truppen aus vier Regionen abziehen und auf einen Nato-Beitritt verzichten, bevor Verhandlungen beginnen könnten.
Kiew hatte das umgehend als Ultimatum zurückgewiesen.
Für Donnerstag ist in Straßburg die Abstimmung über eine zweite Amtszeit von Kommissionspräsidentin Ursula von der Leyen angesetzt, die die Hilfe für die Ukraine zu einem Schwerpunkt ihrer kommenden fünf Jahre machen will.

In Lüneburg will die Initiative „Lüneburg hilft“ am Sonnabend auf dem Marktplatz erneut Spenden für Krankenhäuser in Tscherniwzi sammeln.
Seit Frühjahr 2022 hat der Verein nach eigenen Angaben mehr als 40 Lastwagenladungen mit Verbandsmaterial und Generatoren in die Ukraine gebracht.
"""

# ---------------------------------------------------------------- b88de05 (Gießener Anzeiger)
DE05 = """
Klöckner spricht in der Rada: „Deutschland bleibt an Ihrer Seite“

Kiew/Gießen. Zum vierten Jahrestag des russischen Überfalls hat Bundestagspräsidentin Julia Klöckner (CDU) am Dienstag in Kiew vor der Werchowna Rada gesprochen.
„Deutschland bleibt an Ihrer Seite, so lange es nötig ist“, sagte sie unter dem Beifall der Abgeordneten.
Anschließend unterzeichnete Klöckner mit Parlamentspräsident Ruslan Stefantschuk eine Vereinbarung über eine engere Zusammenarbeit beider Parlamente, die gemeinsame Ausschusssitzungen und ein Austauschprogramm für Mitarbeiter vorsieht.
Stefantschuk nahm zugleich ihre Einladung an, im Mai mit einer Delegation nach Berlin zu kommen.

Am Nachmittag empfing Präsident Wolodymyr Selenskyj die Bundestagspräsidentin zu einem knapp einstündigen Gespräch.
Nach Angaben seines Büros bat der ukrainische Staatschef um weitere Patriot-Systeme und warb erneut für die Lieferung von Taurus-Marschflugkörpern, die Bundeskanzler Friedrich Merz bislang nicht zugesagt hat.
Merz selbst hatte am Morgen mit Selenskyj telefoniert und der Ukraine für dieses Jahr weitere elf Milliarden Euro an Militärhilfe in Aussicht gestellt.

Der Kreml reagierte gereizt.
Sprecher Dmitri Peskow sagte, Berlin habe jeden Anspruch verloren, als Vermittler aufzutreten, solange es Waffen liefere, mit denen russisches Gebiet angegriffen werde.
Außenamtssprecherin Maria Sacharowa warf Klöckner vor, in Kiew „deutschen Revanchismus“ zu predigen.
In der Nacht zum Dienstag hatte Russland die Ukraine mit mehr als 300 Drohnen und 20 Raketen angegriffen, in Kiew heulten die Sirenen auch während der Gedenkfeier auf dem Maidan.

Die nächste Verhandlungsrunde zwischen Vertretern der USA, Russlands und der Ukraine soll nach Angaben aus Kiew in der kommenden Woche in Genf stattfinden.
US-Präsident Donald Trump hatte am Montag erklärt, er sei „sehr enttäuscht“ von Kremlchef Wladimir Putin, und mit neuen Zöllen auf russisches Öl gedroht.

Begleitet wurde Klöckner von dem mittelhessischen Abgeordneten Jan-Peter Krämer (CDU).
Er wolle im Kreistag dafür werben, dass der Landkreis Gießen eine Partnerschaft mit einer Gemeinde in der Westukraine eingeht, sagte Krämer unserer Zeitung.
"""

# ---------------------------------------------------------------- b88de06 (Schwetzinger Zeitung)
DE06 = """
Auswärtiger Ausschuss wirbt in Washington für härtere Gangart gegen Moskau

Washington/Schwetzingen. Eine Delegation des Auswärtigen Ausschusses des Bundestages hat im US-Kongress für ein gemeinsames Vorgehen gegen Russlands Schattenflotte geworben.
Die sieben Abgeordneten um den Ausschussvorsitzenden Armin Laschet (CDU) trafen am Mittwoch Mitglieder des Auswärtigen Ausschusses des Senats, darunter dessen Vorsitzenden Jim Risch und die Demokratin Jeanne Shaheen.
Am Donnerstagmorgen empfing US-Außenminister Marco Rubio die Gruppe für eine halbe Stunde im State Department.

Rubio habe versichert, die Vereinigten Staaten würden die Ukraine bei einem Abkommen nicht im Stich lassen, berichtete Laschet anschließend.
Zugleich habe der Minister deutlich gemacht, dass Präsident Donald Trump von den Europäern mehr Geld für Waffenkäufe erwarte.
Deutschland sei bereit, über die Nato-Initiative Purl weitere amerikanische Waffen für Kiew zu bezahlen, verlange aber, dass Washington die Sanktionen gegen Tanker der Schattenflotte verschärfe, sagte Laschet.

Im Senat liegt seit Monaten ein parteiübergreifender Gesetzentwurf, der Strafzölle von bis zu 500 Prozent auf Waren aus Ländern vorsieht, die weiter russisches Öl kaufen.
Shaheen sagte nach dem Treffen, sie rechne mit einer Abstimmung im Juni.
Die Bundesregierung hat den Entwurf bislang nicht offiziell unterstützt.

In Moskau wies Kremlsprecher Dmitri Peskow die Gespräche als „Einmischung“ zurück, deutsche Abgeordnete sollten sich besser um die Wirtschaft ihres eigenen Landes kümmern.
Russlands Außenminister Sergej Lawrow hatte am Montag erklärt, Moskau sei zu einer neuen Gesprächsrunde mit der Ukraine in Istanbul bereit, allerdings nur, wenn Kiew die „Realitäten vor Ort“ anerkenne.
Der ukrainische Präsident Wolodymyr Selenskyj dankte den Abgeordneten am Donnerstagabend in einer Videobotschaft für ihren Einsatz.

Mit in Washington war die Schwetzinger Abgeordnete Lena Hoffmann (CDU), Obfrau ihrer Fraktion im Unterausschuss für Abrüstung.
Sie wolle ihre Eindrücke am Dienstag bei einer Bürgersprechstunde im Palais Hirsch schildern, sagte Hoffmann unserer Zeitung.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b88de01_metsola_kiew_2022_04", "2022-04-02", DE01,
        [
            T("Freitag", "DATE", "2022-04-01", 0),
            T("rund einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("der kommenden Woche", "DATE", "2022-W14"),
            T("selben Tag", "DATE", "2022-04-01"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2022-04-01", 1),
            T("Dienstag", "DATE", "2022-03-29"),
            T("der Nacht zum Freitag", "TIME", "2022-03-31TNI", note="night to Friday 1 April 2022"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Montag", "DATE", "2022-04-04"),
        ],
        [
            E("Metsola meets Zelensky in Kyiv and addresses the Rada", "CONSULT",
              ["European Union", "Volodymyr Zelensky", "Ukraine"], "2022-04-01", "text", "occurred",
              "Die Malteserin traf am Freitag"),
            E("Metsola promises the Parliament will work for Ukraine's candidate status", "AGREE",
              ["European Union", "Ukraine"], "2022-04-01", "context", "occurred",
              "Das Europäische Parlament werde sich dafür einsetzen"),
            E("Zelensky thanks Metsola for her visit", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2022-04-01", "context", "occurred", "Selenskyj dankte der Besucherin"),
            E("Zelensky demands an EU embargo on Russian oil and gas", "REQUEST",
              ["Volodymyr Zelensky", "European Union", "Russia"], "2022-04-01", "context", "occurred",
              "Selenskyj dankte der Besucherin"),
            E("Metsola promises to campaign for a fifth sanctions package", "AGREE", ["European Union", "Ukraine"],
              "2022-04-01", "context", "occurred", "Metsola sagte zu"),
            E("European Parliament to vote on a resolution demanding a full import ban", "REQUEST",
              ["European Union", "Russia"], "2022-W14", "text", "planned", "Metsola sagte zu"),
            E("EU–China video summit with Xi", "CONSULT",
              ["Ursula von der Leyen", "European Union", "Xi Jinping", "China"], "2022-04-01", "text", "occurred",
              "Am selben Tag hielten"),
            E("Von der Leyen warns Beijing not to help Russia evade sanctions", "REQUEST",
              ["Ursula von der Leyen", "China"], "2022-04-01", "context", "occurred", "Von der Leyen warnte Peking"),
            E("Xi demands an EU China policy independent of Washington", "REQUEST", ["Xi Jinping", "European Union"],
              "2022-04-01", "context", "occurred", "Xi verlangte"),
            E("Von der Leyen to travel to Kyiv", "CONSULT", ["Ursula von der Leyen", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "Nach Angaben ihrer Sprecherin"),
            E("Russian and Ukrainian negotiators continue talks by video", "CONSULT", ["Russia", "Ukraine"],
              "2022-04-01", "text", "occurred", "ihre Gespräche am Freitag per Videoschalte fort"),
            E("Russian and Ukrainian negotiators met in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2022-03-29",
              "text", "occurred", "ihre Gespräche am Freitag per Videoschalte fort"),
            E("Peskov: a Putin–Zelensky meeting only once a treaty text is ready to sign", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2022-04-02", "published", "occurred",
              "Kremlsprecher Dmitri Peskow sagte"),
            E("Zakharova calls Metsola's trip a PR stunt that prolongs the war", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2022-04-02", "published", "occurred", "PR-Aktion"),
            E("Russian army shells residential areas in Kharkiv and Mykolaiv overnight", "ASSAULT",
              ["Russia", "Ukraine"], "2022-03-31TNI", "text", "occurred", "In der Nacht zum Freitag"),
        ],
        [
            S("European Union", "Metsola: we are here to tell you Europe stands by your side", "2022-04-01",
              "context", "Wir sind hier"),
            S("European Union", "Metsola: Parliament will work for swift candidate status for Ukraine", "2022-04-01",
              "context", "Das Europäische Parlament werde sich dafür einsetzen"),
            S("Volodymyr Zelensky", "Thanks Metsola and demands an EU oil and gas embargo", "2022-04-01", "context",
              "Selenskyj dankte der Besucherin"),
            S("Volodymyr Zelensky", "Every euro that flows to Moscow pays for missiles on Ukrainian cities",
              "2022-04-01", "context", "Jeder Euro"),
            S("European Union", "Metsola will campaign for a fifth package; plenary votes next week", "2022-04-01",
              "context", "Metsola sagte zu"),
            S("Ursula von der Leyen", "Warns Beijing not to help Russia circumvent sanctions", "2022-04-01",
              "context", "Von der Leyen warnte Peking"),
            S("Xi Jinping, via China", "The EU should shape its China policy independently of Washington",
              "2022-04-01", "context", "Xi verlangte"),
            S("Ursula von der Leyen, via European Union", "Von der Leyen will travel to Kyiv in the coming days",
              "2022-04-02", "published", "Nach Angaben ihrer Sprecherin"),
            S("Dmitry Peskov", "A Putin–Zelensky meeting is conceivable only once a treaty text is ready",
              "2022-04-02", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Maria Zakharova", "Metsola's trip is a PR stunt that only prolongs the war", "2022-04-02",
              "published", "PR-Aktion"),
            S("Ukraine", "Russian army shelled residential areas in Kharkiv and Mykolaiv overnight", "2022-04-02",
              "published", "In der Nacht zum Freitag"),
        ],
        ["European Union", "Volodymyr Zelensky", "Ukraine", "Russia", "Ursula von der Leyen", "Xi Jinping", "China",
         "United States", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Maria Zakharova"],
    ),
    doc(
        "b88de02_holodomor_bundestag_2022_12", "2022-12-01", DE02,
        [
            T("1932", "DATE", "1932"),
            T("1933", "DATE", "1933"),
            T("Mittwochabend", "TIME", "2022-11-30TEV"),
            T("heute", "DATE", "PRESENT_REF"),
            T("Abend", "TIME", "2022-11-30TEV"),
            T("kommenden Jahr", "DATE", "2023"),
            T("Mai", "DATE", "2022-05"),
            T("Donnerstag", "DATE", "2022-12-01"),
            T("vor einer Woche", "DATE", "2022-W47", note="the European Parliament vote of 23 November 2022"),
            T("zweitägigen", "DURATION", "P2D"),
            T("Mittwoch", "DATE", "2022-11-30"),
            T("Oktober", "DATE", "2022-10"),
            T("Dienstag", "DATE", "2022-11-29"),
            T("Sonnabend", "DATE", "2022-11-26"),
            T("jetzt", "DATE", "PRESENT_REF"),
        ],
        [
            E("Bundestag recognises the Holodomor as genocide", "ACCUSE", ["Germany"], "2022-11-30TEV", "text",
              "occurred", "Einen gemeinsamen Antrag",
              note="the accused Soviet leadership of 1932–33 is not a canonical actor"),
            E("Bundestag resolution: Russia is trying to erase Ukraine's national identity today", "ACCUSE",
              ["Germany", "Russia"], "2022-11-30TEV", "context", "occurred", "In dem Antrag heißt es"),
            E("Zelensky thanks the Bundestag", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2022-11-30TEV", "text",
              "occurred", "dankte den Abgeordneten noch am Abend"),
            E("Stefanchuk invites Bundestag President Bas to address the Rada next year", "REQUEST",
              ["Ukraine", "Germany"], "2022-12-01", "published", "occurred", "lud Bundestagspräsidentin Bärbel Bas ein"),
            E("Bas visited Kyiv in May", "CONSULT", ["Germany", "Ukraine"], "2022-05", "text", "occurred",
              "Bas hatte Kiew bereits im Mai besucht"),
            E("Russian embassy rejects the resolution as an anti-Russian provocation", "REJECT", ["Russia", "Germany"],
              "2022-12-01", "published", "occurred", "antirussische Provokation"),
            E("Russian embassy accuses the Bundestag of rewriting history", "ACCUSE", ["Russia", "Germany"],
              "2022-12-01", "published", "occurred", "antirussische Provokation"),
            E("Peskov: such decisions serve only to demonise Russia", "ACCUSE", ["Dmitry Peskov", "Germany"],
              "2022-12-01", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            E("Zakharova announces an appropriate response", "THREATEN", ["Maria Zakharova", "Germany"], "2022-12-01",
              "published", "occurred", "angemessene Antwort"),
            E("European Parliament declares Russia a state sponsor of terrorism", "ACCUSE",
              ["European Union", "Russia"], "2022-W47", "text", "occurred", "Erst vor einer Woche",
              note="vote on 23 November 2022"),
            E("NATO foreign ministers meet in Bucharest", "CONSULT", ["NATO"], "2022-11-30", "text", "occurred",
              "Die Nato-Außenminister sagten", note="two-day meeting, 29–30 November 2022"),
            E("NATO pledges further help to rebuild Ukraine's power grid", "AID", ["NATO", "Ukraine"], "2022-11-30",
              "text", "occurred", "Die Nato-Außenminister sagten"),
            E("Russian missiles systematically destroy Ukraine's power grid since October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10", "text", "occurred", "Die Nato-Außenminister sagten",
              date_mod="START"),
            E("Blinken announces 53 million dollars for transformers and generators", "AID",
              ["Antony Blinken", "Ukraine"], "2022-11-29", "text", "occurred", "53 Millionen Dollar"),
            E("Stoltenberg accuses Putin of using winter as a weapon", "ACCUSE", ["Jens Stoltenberg", "Vladimir Putin"],
              "2022-11-30", "context", "occurred", "Winter als Waffe"),
        ],
        [
            S("Germany", "Bundestag resolution: Russia is again trying to erase Ukraine's national identity",
              "2022-11-30TEV", "context", "In dem Antrag heißt es"),
            S("Volodymyr Zelensky", "Thanks the Bundestag: the decision is a signal to many other countries",
              "2022-11-30TEV", "text", "dankte den Abgeordneten noch am Abend"),
            S("Ukraine", "Stefanchuk invites Bas to speak to the Rada next year", "2022-12-01", "published",
              "lud Bundestagspräsidentin Bärbel Bas ein"),
            S("Russia", "Sharp objection from Moscow", "2022-12-01", "published", "Aus Moskau kam scharfer Widerspruch"),
            S("Russia", "Embassy: the resolution is an anti-Russian provocation that rewrites history", "2022-12-01",
              "published", "antirussische Provokation"),
            S("Dmitry Peskov", "Such decisions serve only to demonise Russia", "2022-12-01", "text",
              "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Maria Zakharova", "Announces an appropriate response", "2022-12-01", "published", "angemessene Antwort"),
            S("Jens Stoltenberg", "Putin is using winter as a weapon", "2022-11-30", "context", "Winter als Waffe"),
        ],
        ["Germany", "Ukraine", "Russia", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Maria Zakharova",
         "European Union", "NATO", "Antony Blinken", "United States", "Jens Stoltenberg", "Vladimir Putin"],
    ),
    doc(
        "b88de03_pace_sondertribunal_2023_01", "2023-01-27", DE03,
        [
            T("Donnerstag", "DATE", "2023-01-26"),
            T("Montag", "DATE", "2023-01-23"),
            T("Freitag", "DATE", "2023-01-27", 0),
            T("Mittwoch", "DATE", "2023-01-25", 0),
            T("diesem Jahr", "DATE", "2023"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("März vergangenen Jahres", "DATE", "2022-03"),
            T("Mitte Januar", "DATE", "2023-01", mod="MID"),
            T("Mittwoch", "DATE", "2023-01-25", 1),
            T("selben Tag", "DATE", "2023-01-25"),
            T("16.", "DATE", "2023-05-16"),
            T("17. Mai", "DATE", "2023-05-17"),
            T("Freitag", "DATE", "2023-01-27", 1),
        ],
        [
            E("PACE calls for a special tribunal on the crime of aggression against the Russian and Belarusian "
              "leadership", "REQUEST", ["Russia", "Belarus"], "2023-01-26", "text", "occurred",
              "hat sich am Donnerstag in Straßburg",
              note="the Parliamentary Assembly of the Council of Europe is not a canonical actor"),
            E("PACE calls for frozen Russian assets to be used for Ukraine's reconstruction", "REQUEST",
              ["Russia", "Ukraine"], "2023-01-26", "context", "occurred", "Zudem sprach sich die Versammlung"),
            E("Kuleba thanks the Assembly", "SUPPORT", ["Ukraine"], "2023-01-25", "context", "occurred",
              "Dmytro Kuleba"),
            E("Kuleba demands the tribunal be set up this year", "REQUEST", ["Ukraine", "Russia"], "2023-01-25",
              "context", "occurred", "Dmytro Kuleba"),
            E("PACE President Kox to travel to Kyiv again", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague", "planned",
              "Versammlungspräsident Tiny Kox"),
            E("Zakharova dismisses the Assembly as a debating club whose decisions mean nothing", "REJECT",
              ["Maria Zakharova"], "2023-01-27", "published", "occurred", "Debattierklub"),
            E("Peskov: Russia will not recognise such a tribunal", "REJECT", ["Dmitry Peskov"], "2023-01-27",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "Russland war im März"),
            E("Baerbock proposes a special tribunal based on Ukrainian law", "REQUEST", ["Germany", "Russia"],
              "2023-01", "text", "occurred", "Baerbock hatte Mitte Januar", date_mod="MID"),
            E("Scholz announces Leopard 2 deliveries to Ukraine", "AID", ["Olaf Scholz", "Ukraine"], "2023-01-25",
              "text", "occurred", "Leopard-2"),
            E("Russian ambassador calls the tank decision extremely dangerous", "ACCUSE", ["Russia", "Germany"],
              "2023-01-25", "text", "occurred", "Netschajew"),
            E("Council of Europe summit in Reykjavík", "CONSULT", ["Ukraine"], "2023-05-16", "text", "planned",
              "Reykjavík", note="16–17 May 2023; no participant is named"),
            E("A register of damage for Ukraine to be created at the summit", "AGREE", ["Ukraine"], "2023-05-16",
              "context", "planned", "Reykjavík"),
        ],
        [
            S("Ukraine", "Kuleba thanks the deputies and demands the tribunal be set up this year", "2023-01-25",
              "context", "Dmytro Kuleba"),
            S("Russia", "Moscow reacted with scorn", "2023-01-27", "published", "Moskau reagierte mit Hohn"),
            S("Maria Zakharova", "The Assembly is a debating club whose decisions mean nothing for Russia",
              "2023-01-27", "published", "Debattierklub"),
            S("Dmitry Peskov", "Russia will not recognise a court created by its opponents for this purpose",
              "2023-01-27", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Germany", "Baerbock proposes a special tribunal based on Ukrainian law with international elements",
              "2023-01", "text", "Baerbock hatte Mitte Januar"),
            S("Russia", "Nechayev: an extremely dangerous decision", "2023-01-25", "text", "Netschajew"),
        ],
        ["Russia", "Belarus", "Ukraine", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Germany", "Olaf Scholz"],
    ),
    doc(
        "b88de04_europaparlament_orban_2024_07", "2024-07-18", DE04,
        [
            T("Mittwoch", "DATE", "2024-07-17"),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
            T("Dienstag", "DATE", "2024-07-16"),
            T("weitere zweieinhalb Jahre", "DURATION", "P2.5Y"),
            T("diesem Jahr", "DATE", "2024"),
            T("1. Juli", "DATE", "2024-07-01"),
            T("8. Juli", "DATE", "2024-07-08"),
            T("vergangenen Donnerstag", "DATE", "2024-07-11"),
            T("Mitte Juni", "DATE", "2024-06", mod="MID"),
            T("Donnerstag", "DATE", "2024-07-18", 1),
            T("ihrer kommenden fünf Jahre", "DURATION", "P5Y"),
            T("Sonnabend", "DATE", "2024-07-20"),
            T("Frühjahr 2022", "DATE", "2022-SP"),
        ],
        [
            E("European Parliament resolution assures Ukraine of support as long as necessary", "AGREE",
              ["European Union", "Ukraine"], "2024-07-17", "text", "occurred", "In einer am Mittwoch"),
            E("European Parliament calls on member states to increase military aid for Kyiv", "REQUEST",
              ["European Union", "Ukraine"], "2024-07-17", "text", "occurred", "In einer am Mittwoch"),
            E("European Parliament condemns Orbán's trip to Moscow", "ACCUSE", ["European Union", "Viktor Orbán"],
              "2024-07-17", "context", "occurred", "Scharf verurteilt"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text",
              "occurred", "Scharf verurteilt", date_mod="START", note="5 July 2024"),
            E("Metsola promises Parliament will stand by Ukraine until it has won", "AGREE",
              ["European Union", "Ukraine"], "2024-07-16", "context", "occurred", "In ihrer Antrittsrede"),
            E("Metsola to travel to Kyiv again this year", "CONSULT", ["European Union", "Ukraine"], "2024", "text",
              "planned", "In ihrer Antrittsrede"),
            E("Zelensky congratulates Metsola and thanks Parliament for the resolution", "SUPPORT",
              ["Volodymyr Zelensky", "European Union"], "2024-07-18", "published", "occurred",
              "gratulierte ihr per Videobotschaft"),
            E("Xi receives Orbán in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07-08", "text",
              "occurred", "am 8. Juli in Peking"),
            E("Orbán meets Trump in Florida", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2024-07-11", "text",
              "occurred", "am 8. Juli in Peking"),
            E("Several governments and the Commission to boycott informal meetings of the Hungarian presidency",
              "REJECT", ["European Union", "Viktor Orbán"], "2024-07-18", "published", "planned",
              "Mehrere Regierungen wollen"),
            E("Peskov calls Orbán's mediation attempt respectable", "SUPPORT", ["Dmitry Peskov", "Viktor Orbán"],
              "2024-07-18", "published", "occurred", "respektabel"),
            E("Putin demands Ukraine withdraw from four regions and renounce NATO membership before talks",
              "REQUEST", ["Vladimir Putin", "Ukraine", "NATO"], "2024-06", "text", "occurred",
              "Putin hatte Mitte Juni gefordert", date_mod="MID"),
            E("Kyiv rejects Putin's demands as an ultimatum", "REJECT", ["Ukraine", "Vladimir Putin"], "2024-06",
              "context", "occurred", "Kiew hatte das umgehend", date_mod="MID"),
            E("Von der Leyen wants to make aid to Ukraine a priority of her second term", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2024-07-18", "published", "occurred",
              "Für Donnerstag ist in Straßburg"),
        ],
        [
            S("European Union", "Parliament assures Ukraine of support and calls for more military aid",
              "2024-07-17", "text", "In einer am Mittwoch"),
            S("European Union", "Parliament condemns Orbán's Moscow trip without an EU mandate", "2024-07-17",
              "context", "Scharf verurteilt"),
            S("European Union", "Metsola: Parliament will stand by Ukraine until it has won; she will visit Kyiv again",
              "2024-07-16", "context", "In ihrer Antrittsrede"),
            S("Volodymyr Zelensky", "Congratulates Metsola and thanks Parliament for the resolution", "2024-07-18",
              "published", "gratulierte ihr per Videobotschaft"),
            S("Dmitry Peskov", "Orbán's mediation attempt is respectable", "2024-07-18", "published", "respektabel"),
            S("Vladimir Putin", "Ukraine must withdraw from four regions and renounce NATO before talks", "2024-06",
              "text", "Putin hatte Mitte Juni gefordert"),
            S("Ukraine", "Rejects Putin's demands as an ultimatum", "2024-06", "context", "Kiew hatte das umgehend"),
            S("Ursula von der Leyen", "Wants to make aid to Ukraine a priority of her next five years", "2024-07-18",
              "published", "Für Donnerstag ist in Straßburg"),
        ],
        ["European Union", "Ukraine", "Viktor Orbán", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky",
         "Xi Jinping", "Donald Trump", "Dmitry Peskov", "NATO", "Ursula von der Leyen"],
    ),
    doc(
        "b88de05_kloeckner_rada_2026_02", "2026-02-25", DE05,
        [
            T("Dienstag", "DATE", "2026-02-24", 0),
            T("Mai", "DATE", "2026-05"),
            T("Nachmittag", "TIME", "2026-02-24TAF"),
            T("knapp einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("Morgen", "TIME", "2026-02-24TMO"),
            T("dieses Jahr", "DATE", "2026"),
            T("der Nacht zum Dienstag", "TIME", "2026-02-23TNI", note="night to Tuesday 24 February 2026"),
            T("der kommenden Woche", "DATE", "2026-W10"),
            T("Montag", "DATE", "2026-02-23"),
        ],
        [
            E("Klöckner visits Kyiv and addresses the Rada", "CONSULT", ["Germany", "Ukraine"], "2026-02-24", "text",
              "occurred", "Zum vierten Jahrestag"),
            E("Klöckner: Germany will stay at Ukraine's side as long as necessary", "AGREE", ["Germany", "Ukraine"],
              "2026-02-24", "context", "occurred", "Deutschland bleibt an Ihrer Seite, so lange"),
            E("Klöckner and Stefanchuk sign an agreement on closer parliamentary cooperation", "AGREE",
              ["Germany", "Ukraine"], "2026-02-24", "context", "occurred", "Anschließend unterzeichnete Klöckner"),
            E("Klöckner invites Stefanchuk to Berlin", "REQUEST", ["Germany", "Ukraine"], "2026-02-24", "context",
              "occurred", "Stefantschuk nahm zugleich"),
            E("Stefanchuk accepts the invitation", "AGREE", ["Ukraine", "Germany"], "2026-02-24", "context",
              "occurred", "Stefantschuk nahm zugleich"),
            E("Stefanchuk to visit Berlin with a delegation in May", "CONSULT", ["Ukraine", "Germany"], "2026-05",
              "text", "planned", "Stefantschuk nahm zugleich"),
            E("Zelensky receives Klöckner", "CONSULT", ["Volodymyr Zelensky", "Germany"], "2026-02-24TAF", "text",
              "occurred", "Am Nachmittag empfing"),
            E("Zelensky asks for more Patriot systems and Taurus missiles", "REQUEST",
              ["Volodymyr Zelensky", "Germany"], "2026-02-24TAF", "context", "occurred", "Nach Angaben seines Büros"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-02-24TMO", "text",
              "occurred", "Merz selbst hatte am Morgen"),
            E("Merz holds out another eleven billion euros of military aid for this year", "AID",
              ["Friedrich Merz", "Ukraine"], "2026", "text", "planned", "Merz selbst hatte am Morgen"),
            E("Peskov: Berlin has lost any claim to mediate while it supplies weapons", "ACCUSE",
              ["Dmitry Peskov", "Germany"], "2026-02-25", "published", "occurred", "Sprecher Dmitri Peskow sagte"),
            E("Zakharova accuses Klöckner of preaching German revanchism", "ACCUSE", ["Maria Zakharova", "Germany"],
              "2026-02-25", "published", "occurred", "Revanchismus"),
            E("Russia attacks Ukraine with more than 300 drones and 20 missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-23TNI", "text", "occurred", "In der Nacht zum Dienstag"),
            E("Next US–Russia–Ukraine negotiating round in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W10", "text", "planned", "Die nächste Verhandlungsrunde"),
            E("Trump threatens new tariffs on Russian oil", "THREATEN", ["Donald Trump", "Russia"], "2026-02-23",
              "text", "occurred", "US-Präsident Donald Trump hatte am Montag"),
        ],
        [
            S("Germany", "Klöckner: Germany stays at your side as long as necessary", "2026-02-24", "context",
              "Deutschland bleibt an Ihrer Seite, so lange"),
            S("Volodymyr Zelensky", "Asks for more Patriot systems and Taurus cruise missiles", "2026-02-24TAF",
              "context", "Nach Angaben seines Büros"),
            S("Kremlin", "The Kremlin reacted irritably", "2026-02-25", "published", "Der Kreml reagierte gereizt"),
            S("Dmitry Peskov", "Berlin has lost any claim to act as mediator while it supplies weapons",
              "2026-02-25", "published", "Sprecher Dmitri Peskow sagte"),
            S("Maria Zakharova", "Klöckner preaches German revanchism in Kyiv", "2026-02-25", "published",
              "Revanchismus"),
            S("Ukraine", "The next round of talks is to take place in Geneva next week", "2026-02-25", "published",
              "Die nächste Verhandlungsrunde"),
            S("Donald Trump", "Very disappointed in Putin; threatens new tariffs on Russian oil", "2026-02-23", "text",
              "US-Präsident Donald Trump hatte am Montag"),
        ],
        ["Germany", "Ukraine", "Volodymyr Zelensky", "Friedrich Merz", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Russia", "United States", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b88de06_laschet_washington_2026_05", "2026-05-22", DE06,
        [
            T("Mittwoch", "DATE", "2026-05-20"),
            T("Donnerstagmorgen", "TIME", "2026-05-21TMO"),
            T("eine halbe Stunde", "DURATION", "PT30M"),
            T("Monaten", "DURATION", "PXM"),
            T("Juni", "DATE", "2026-06"),
            T("Montag", "DATE", "2026-05-18"),
            T("Donnerstagabend", "TIME", "2026-05-21TEV"),
            T("Dienstag", "DATE", "2026-05-26"),
        ],
        [
            E("Bundestag foreign affairs delegation meets members of the Senate Foreign Relations Committee",
              "CONSULT", ["Germany", "United States"], "2026-05-20", "text", "occurred", "Die sieben Abgeordneten"),
            E("Rubio receives the delegation at the State Department", "CONSULT", ["Germany", "Marco Rubio"],
              "2026-05-21TMO", "text", "occurred", "Am Donnerstagmorgen empfing"),
            E("Rubio assures the US will not abandon Ukraine in a deal", "AGREE", ["Marco Rubio", "Ukraine"],
              "2026-05-21TMO", "context", "occurred", "Rubio habe versichert"),
            E("Trump expects the Europeans to pay more for weapons", "REQUEST", ["Donald Trump", "European Union"],
              "2026-05-21TMO", "context", "occurred", "Zugleich habe der Minister"),
            E("Germany ready to pay for more US weapons for Kyiv through PURL", "AID",
              ["Germany", "Ukraine", "NATO"], "2026-05-21", "context", "planned", "Deutschland sei bereit"),
            E("Germany demands Washington tighten sanctions on shadow-fleet tankers", "REQUEST",
              ["Germany", "United States", "Russia"], "2026-05-21", "context", "occurred", "Deutschland sei bereit"),
            E("Senate vote on the Russia sanctions bill expected in June", "SANCTION", ["United States", "Russia"],
              "2026-06", "text", "planned", "Shaheen sagte nach dem Treffen"),
            E("Peskov rejects the talks as interference", "ACCUSE", ["Dmitry Peskov", "Germany"], "2026-05-22",
              "published", "occurred", "Einmischung"),
            E("Lavrov: Moscow ready for a new round with Ukraine in Istanbul", "AGREE", ["Sergey Lavrov", "Ukraine"],
              "2026-05-18", "text", "occurred", "Lawrow hatte am Montag"),
            E("Lavrov's condition: Kyiv must recognise the realities on the ground", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2026-05-18", "text", "occurred", "Lawrow hatte am Montag"),
            E("Zelensky thanks the German lawmakers", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2026-05-21TEV",
              "text", "occurred", "Selenskyj dankte den Abgeordneten"),
        ],
        [
            S("Marco Rubio, via Germany", "The US will not leave Ukraine in the lurch in a deal", "2026-05-21TMO",
              "context", "Rubio habe versichert"),
            S("Marco Rubio, via Germany", "Trump expects the Europeans to pay more for weapons", "2026-05-21TMO",
              "context", "Zugleich habe der Minister"),
            S("Germany", "Laschet: ready to pay for US weapons via PURL; Washington must tighten tanker sanctions",
              "2026-05-21", "context", "Deutschland sei bereit"),
            S("United States", "Shaheen expects a vote on the sanctions bill in June", "2026-05-20", "context",
              "Shaheen sagte nach dem Treffen"),
            S("Dmitry Peskov", "The talks are interference; German MPs should mind their own economy", "2026-05-22",
              "published", "Einmischung"),
            S("Sergey Lavrov", "Moscow ready for a new round in Istanbul if Kyiv recognises the realities on the "
              "ground", "2026-05-18", "text", "Lawrow hatte am Montag"),
            S("Volodymyr Zelensky", "Thanks the German lawmakers for their efforts", "2026-05-21TEV", "text",
              "Selenskyj dankte den Abgeordneten"),
        ],
        ["Germany", "United States", "Marco Rubio", "Ukraine", "Donald Trump", "European Union", "NATO", "Russia",
         "Dmitry Peskov", "Kremlin", "Sergey Lavrov", "Volodymyr Zelensky"],
    ),
]
