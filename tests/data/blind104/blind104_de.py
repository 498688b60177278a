"""German articles of the blind104 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b104de01 (finews.ch)
DE01 = """
G20 in Washington: Yellen führt Auszug an, als Siluanow spricht

Washington/Zürich. Beim Treffen der Finanzminister und Notenbankchefs der G20 in Washington haben am Mittwoch mehrere westliche Delegationen den Saal verlassen, als der russische Finanzminister Anton Siluanow per Video das Wort ergriff.
Angeführt wurde der Auszug von US-Finanzministerin Janet Yellen, ihr folgten unter anderem die kanadische Finanzministerin Chrystia Freeland und der britische Schatzkanzler Rishi Sunak.
Bundesfinanzminister Christian Lindner blieb auf seinem Platz, warf Moskau in seiner Wortmeldung aber vor, mit dem Krieg die Weltwirtschaft in Geiselhaft zu nehmen.

Siluanow beschuldigte nach Angaben seines Ministeriums seinerseits den Westen, die G20 mit Politik zu überfrachten und mit Sanktionen die Nahrungsmittelpreise in die Höhe zu treiben.
Die russische Aussenamtssprecherin Maria Sacharowa sprach am Abend von einem «kindischen Theater».
Bereits am Dienstagabend hatten Yellen, Lindner und Sunak im Kreis der G7 über schärfere Sanktionen gegen die russische Zentralbank beraten.

Am Rand der Frühjahrstagung von Internationalem Währungsfonds (IWF) und Weltbank geht es vor allem um das Geld, das der ukrainische Staat zum Überleben braucht.
IWF-Chefin Kristalina Georgiewa bezifferte die Lücke für die kommenden drei Monate auf monatlich rund fünf Milliarden Dollar.
Die Weltbank kündigte ein zusätzliches Hilfspaket von 1,5 Milliarden Dollar an.
Yellen sagte, die USA würden Kiew in den kommenden Wochen weitere 500 Millionen Dollar an direkter Budgethilfe überweisen.

Der ukrainische Ministerpräsident Denys Schmyhal ist eigens nach Washington gereist und wird am heutigen Donnerstag von Yellen im Finanzministerium empfangen.
Am Mittwoch verlangte er, die im Westen eingefrorenen Reserven der russischen Zentralbank für den Wiederaufbau seines Landes einzusetzen.
Danach soll Schmyhal an einem Runden Tisch von IWF und Weltbank teilnehmen, bei dem die Geber ihre Zusagen bündeln wollen.

Für die Schweiz verfolgte Bundesrat Ueli Maurer die Tagung; die Eidgenossenschaft führt im IWF-Exekutivrat eine eigene Stimmrechtsgruppe an, der auch Polen angehört.
Seit Ende Februar hat die Schweiz Vermögen russischer Personen und Firmen im Umfang von 7,5 Milliarden Franken gesperrt.
Ein Sprecher des Staatssekretariats für Wirtschaft sagte gegenüber finews.ch, man prüfe laufend weitere Meldungen der Banken.
US-Präsident Joe Biden hatte im März gefordert, Russland aus der G20 auszuschliessen.
Bei Schweizer Privatbanken ist man derweil vor allem mit der Frage beschäftigt, wie lange die Sperren dauern werden.
"""

# ---------------------------------------------------------------- b104de02 (Euro am Sonntag)
DE02 = """
G7 schnüren Milliardenpaket für Kiew – was das für Anleger bedeutet

München/Königswinter. Die Finanzminister und Notenbankchefs der sieben großen Industriestaaten haben der Ukraine Budgethilfen von insgesamt 19,8 Milliarden Dollar zugesagt.
Darauf einigten sie sich am Freitag zum Abschluss ihres zweitägigen Treffens auf dem Petersberg bei Bonn, zu dem Bundesfinanzminister Christian Lindner (FDP) eingeladen hatte.
Das Geld soll die Zahlungsfähigkeit des ukrainischen Staates über den Sommer sichern, Renten und Gehälter eingeschlossen.

Den größten Einzelbeitrag leisten die USA, die in dem Ende April beantragten Ukraine-Paket 7,5 Milliarden Dollar an direkter Budgethilfe vorgesehen haben.
Die EU-Kommission hatte am Mittwoch vorgeschlagen, Kiew mit bis zu neun Milliarden Euro an Makrofinanzhilfe zu unterstützen.
US-Finanzministerin Janet Yellen sagte auf dem Petersberg, der Bedarf der Ukraine sei enorm, die Zusagen müssten rasch fließen.
Der ukrainische Finanzminister Serhij Martschenko, der per Video zugeschaltet war, dankte den Partnern, warnte aber, die Lücke für das zweite Halbjahr sei noch längst nicht geschlossen.

Keine Einigung gab es bei der Frage, ob die eingefrorenen Devisenreserven der russischen Zentralbank für den Wiederaufbau herangezogen werden sollen.
Lindner zeigte sich nach Angaben aus Teilnehmerkreisen „politisch offen“ für eine solche Lösung.
Yellen hatte dagegen schon am Mittwoch gesagt, eine Beschlagnahme sei nach US-Recht derzeit nicht zulässig.
In ihrer Abschlusserklärung verurteilten die Minister den russischen Angriffskrieg als Bedrohung für die Weltwirtschaft.
In Moskau sprach Außenamtssprecherin Maria Sacharowa am Donnerstag von „Diebstahl am helllichten Tag“ und drohte mit Gegenmaßnahmen gegen westliches Vermögen in Russland.

Für Anleger ist der Beschluss vom Petersberg ein gemischtes Signal.
Die ukrainischen Staatsanleihen mit Fälligkeit 2026 notierten am Freitag bei rund 40 Prozent des Nennwerts, kaum höher als vor dem Treffen.
Fondsmanager rechnen damit, dass Kiew seine privaten Gläubiger in den kommenden Monaten um einen Zahlungsaufschub bitten wird.
„Die Hilfen der Staaten sichern den Haushalt, nicht den Kupon“, sagt ein Frankfurter Rentenfondsmanager.
Der nächste Termin steht schon fest: Ende Juni lädt Bundeskanzler Olaf Scholz (SPD) die Staats- und Regierungschefs der G7 auf Schloss Elmau ein.
"""

# ---------------------------------------------------------------- b104de03 (DAS INVESTMENT)
DE03 = """
IWF-Milliarden für die Ukraine: Was Anleihe-Investoren jetzt wissen müssen

Hamburg/Washington. Der Internationale Währungsfonds (IWF) hat der Ukraine ein Kreditprogramm über 15,6 Milliarden Dollar bewilligt.
Das Direktorium des Fonds gab am Freitag in Washington grünes Licht für die vierjährige Erweiterte Fondsfazilität, die erste Tranche von rund 2,7 Milliarden Dollar wird umgehend ausgezahlt.
Es ist das erste große IWF-Programm für ein Land im Krieg; der Fonds hatte dafür eigens seine Regeln für die Kreditvergabe unter „außergewöhnlicher Unsicherheit“ geändert.

Präsident Wolodymyr Selenskyj dankte dem Fonds noch am Freitagabend in seiner täglichen Videoansprache und sprach von einem „wichtigen Signal an alle Partner“.
Ministerpräsident Denys Schmyhal versprach am Samstag, Kiew werde die vereinbarten Reformen bei Steuern, Zoll und Korruptionsbekämpfung „Punkt für Punkt“ umsetzen.
US-Finanzministerin Janet Yellen begrüßte die Entscheidung und rief die übrigen Geber auf, ihre Zusagen rasch zu erfüllen.

Das Programm ist Teil eines Finanzierungspakets von insgesamt 115 Milliarden Dollar, dessen Rest vor allem westliche Regierungen tragen.
Die EU hatte für 2023 bereits 18 Milliarden Euro zugesagt, von denen im Januar eine erste Tranche von drei Milliarden Euro floss.
Die staatlichen Gläubiger der Ukraine, darunter Deutschland, Frankreich, Großbritannien und die USA, haben zugesichert, den Schuldendienst bis zum Ende des Programms auszusetzen.

Moskau reagierte mit Spott.
Kremlsprecher Dmitri Peskow sagte am Montag, das Geld des Westens verlängere nur den Krieg und fließe „in ein Fass ohne Boden“.
Russland ist selbst Mitglied des IWF; sein Exekutivdirektor enthielt sich nach Angaben aus Fondskreisen bei der Abstimmung.

An den Märkten fiel die Reaktion verhalten aus: Die ukrainischen Dollar-Anleihen legten am Montag um bis zu zwei Cent zu.
Der private Zahlungsaufschub, den die Anleihegläubiger Kiew 2022 gewährt hatten, läuft Ende 2024 aus, bis dahin muss eine Umschuldung stehen.
„Für Emerging-Markets-Fonds bleibt die Ukraine eine Wette mit hohem Risiko, aber das Abwärtsrisiko ist kleiner geworden“, sagte eine Hamburger Fondsmanagerin DAS INVESTMENT.
Der IWF will die Fortschritte erstmals im Juni überprüfen.
"""

# ---------------------------------------------------------------- b104de04 (Börse Express, Wien)
DE04 = """
Osteuropabank bekommt vier Milliarden Euro frisches Kapital – die Ukraine steht im Zentrum

Wien/London. Die Europäische Bank für Wiederaufbau und Entwicklung (EBRD) erhält von ihren Anteilseignern vier Milliarden Euro zusätzliches eingezahltes Kapital.
Der Gouverneursrat billigte die Kapitalerhöhung in einer schriftlichen Abstimmung, deren Ergebnis die Bank am Freitag in London bekanntgab.
Mit dem Geld will die EBRD in den kommenden Jahren vor allem die Ukraine stützen, wo sie ab 2024 jährlich bis zu 1,5 Milliarden Euro investieren will.
Bankchefin Odile Renaud-Basso sprach von einem „starken Signal der Anteilseigner“.

Österreich trägt nach Angaben des Finanzministeriums rund 90 Millionen Euro zur Kapitalerhöhung bei.
Finanzminister Magnus Brunner (ÖVP) sagte dem Börse Express, die Bank sei für heimische Unternehmen ein wichtiger Türöffner beim Wiederaufbau.
Die Raiffeisen Bank International arbeitet in der Ukraine über ihre Tochter Aval seit Jahren mit der EBRD bei Kreditgarantien für kleine Firmen zusammen.

Russland, einer der größeren Anteilseigner, nimmt an der Kapitalerhöhung nicht teil.
Im April 2022 hatte der Gouverneursrat Russland und Belarus den Zugang zu allen Mitteln der Bank gesperrt und die Büros in Moskau und Minsk geschlossen.
Das russische Finanzministerium nannte den Schritt damals „politisch motiviert“ und „rechtswidrig“.

Der ukrainische Finanzminister Serhij Martschenko dankte den Anteilseignern und bezifferte den Bedarf seines Landes an Auslandshilfe für 2024 auf rund 37 Milliarden Dollar.
Die Entscheidung kommt zu einem heiklen Zeitpunkt: Beim EU-Gipfel in Brüssel blockierte Ungarns Ministerpräsident Viktor Orbán in der Nacht zum Freitag ein 50-Milliarden-Euro-Paket für Kiew.
EU-Ratspräsident Charles Michel kündigte an, die Staats- und Regierungschefs würden Anfang 2024 einen neuen Anlauf nehmen.
Im US-Kongress steckt zudem ein Hilfspaket fest, das Präsident Joe Biden im Oktober beantragt hatte.

An der Wiener Börse legte die RBI-Aktie am Freitag um 1,2 Prozent zu.
Die EBRD hat seit Februar 2022 mehr als drei Milliarden Euro in der Ukraine investiert, vor allem in Energie, Handel und Gemeinden.
Die nächste Jahrestagung der Bank findet im Mai in Jerewan statt.
"""

# ---------------------------------------------------------------- b104de05 (Finanz-Szene)
DE05 = """
Erste ERA-Milliarden fließen nach Kiew – und bei Clearstream schaut man genau hin

Frankfurt/Brüssel. Die EU hat der Ukraine die ersten drei Milliarden Euro aus ihrem Anteil am G7-Kredit überwiesen, der aus den Erträgen eingefrorener russischer Zentralbankgelder zurückgezahlt werden soll.
Das Geld ging am Freitag auf dem Konto der ukrainischen Regierung ein, wie die EU-Kommission mitteilte.
Insgesamt will Brüssel in diesem Jahr 18,1 Milliarden Euro auszahlen; zusammen mit den Beiträgen der USA, Großbritanniens, Kanadas und Japans summiert sich das Paket auf 50 Milliarden Dollar.

Kommissionspräsidentin Ursula von der Leyen schrieb auf X, Russland müsse „für die Zerstörung bezahlen, die es anrichtet“.
Präsident Wolodymyr Selenskyj dankte der EU am Freitagabend und sprach von „Geld, das endlich dorthin geht, wo es hingehört“.
Die USA hatten ihren Anteil von 20 Milliarden Dollar bereits im Dezember über einen Fonds bei der Weltbank bereitgestellt.

Der Großteil der rund 210 Milliarden Euro an blockierten russischen Zentralbankgeldern in der EU liegt beim Brüsseler Verwahrer Euroclear.
Auch die Deutsche-Börse-Tochter Clearstream verwahrt nach Recherchen von Finanz-Szene einen mittleren einstelligen Milliardenbetrag.
Ein Clearstream-Sprecher wollte sich zu den Summen nicht äußern und verwies auf die Sanktionsregeln der EU.
Seit Juli 2024 führen die Verwahrer die Zufallsgewinne aus diesen Geldern an die EU ab, die damit Waffen und Wiederaufbau in der Ukraine finanziert.

In Moskau sagte Kremlsprecher Dmitri Peskow am Freitag, Russland werde jeden, der an diesem „Diebstahl“ beteiligt sei, juristisch verfolgen.
Präsident Wladimir Putin hatte den G7-Kredit schon im Oktober als Raub bezeichnet.

In Berlin begrüßte Finanzminister Jörg Kukies (SPD) die Auszahlung als Beleg dafür, dass Europa handlungsfähig sei.
An einer Beschlagnahme der Gelder selbst will die Bundesregierung aber nicht rühren, aus Sorge um den Finanzplatz und die Rechtssicherheit.
Ob diese Linie nach der Bundestagswahl am 23. Februar hält, ist offen: CDU-Chef Friedrich Merz hat sich offen dafür gezeigt, auch an die Substanz der Vermögen zu gehen.
Für Clearstream dürfte das Thema damit eher größer als kleiner werden.
"""

# ---------------------------------------------------------------- b104de06 (PLATOW Brief)
DE06 = """
IWF knüpft neues Kiew-Programm an Europas Reparationskredit

Frankfurt. Der Internationale Währungsfonds (IWF) und die Ukraine haben sich auf Arbeitsebene auf ein neues Kreditprogramm über rund 8,1 Mrd. Dollar mit einer Laufzeit von vier Jahren geeinigt.
Die Einigung wurde am Mittwochabend nach wochenlangen Verhandlungen in Kiew bekanntgegeben; sie ersetzt das 2023 aufgelegte Programm über 15,6 Mrd. Dollar.
Der Haken: Das Direktorium des Fonds will erst zustimmen, wenn die Geber die Finanzierung der Ukraine für die kommenden Jahre verbindlich zugesichert haben.
Wie PLATOW aus Fondskreisen erfuhr, blickt man am Sitz des IWF dabei vor allem nach Brüssel.

Im Zentrum steht der Reparationskredit über bis zu 140 Mrd. Euro, den die EU-Kommission aus den blockierten russischen Zentralbankgeldern speisen will.
Die Staats- und Regierungschefs sollen darüber am 18. Dezember in Brüssel entscheiden.
Belgiens Premier Bart De Wever sperrt sich bislang, weil er Haftungsrisiken für den Verwahrer Euroclear fürchtet.
Bundeskanzler Friedrich Merz (CDU) drängt dagegen auf einen Beschluss noch vor Weihnachten.

Finanzminister Serhij Martschenko sprach am Donnerstag von einem „Anker für die nächsten vier Jahre“.
Ministerpräsidentin Julija Swyrydenko sicherte zu, Kiew werde die verlangten Steuermaßnahmen umsetzen, darunter die Mehrwertsteuerpflicht für kleine Unternehmer.
Nach Schätzung des Fonds braucht die Ukraine bis 2029 rund 136 Mrd. Dollar an Außenfinanzierung.

Zusätzlich verkompliziert wird die Lage durch den US-Friedensplan, der 100 Mrd. Dollar der eingefrorenen Gelder in einen von Washington geführten Wiederaufbaufonds lenken will.
Kremlsprecher Dmitri Peskow warnte am Mittwoch, Russland werde jede Verwendung seiner Gelder „nicht unbeantwortet lassen“.
Die russische Zentralbank hat angekündigt, im Fall eines Beschlusses vor Gericht gegen Euroclear vorzugehen.

Für Anleger ukrainischer Staatsanleihen ist die Einigung eine gute Nachricht, aber noch kein Freifahrtschein.
Ohne frisches Geld wäre die Kasse in Kiew nach Einschätzung von Diplomaten im zweiten Quartal 2026 leer.
PLATOW bleibt bei seiner Einschätzung: Halten, aber keine neuen Positionen vor dem Gipfel.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b104de01_g20_auszug_washington_2022_04", "2022-04-21", DE01,
        [
            T("Mittwoch", "DATE", "2022-04-20", 0),
            T("Abend", "TIME", "2022-04-20TEV"),
            T("Dienstagabend", "TIME", "2022-04-19TEV"),
            T("die kommenden drei Monate", "DURATION", "P3M"),
            T("monatlich", "SET", "P1M"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("heutigen Donnerstag", "DATE", "2022-04-21"),
            T("Mittwoch", "DATE", "2022-04-20", 1),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
            T("März", "DATE", "2022-03"),
        ],
        [
            E("G20 finance ministers and central bank governors meet in Washington, Siluanov by video", "CONSULT",
              ["United States", "United Kingdom", "Germany", "Russia"], "2022-04-20", "text", "occurred",
              "mehrere westliche Delegationen den Saal verlassen"),
            E("Western delegations led by Yellen walk out of the G20 meeting as Siluanov speaks", "REJECT",
              ["United States", "United Kingdom", "Russia"], "2022-04-20", "text", "occurred",
              "mehrere westliche Delegationen den Saal verlassen"),
            E("Lindner accuses Moscow of holding the world economy hostage with the war", "ACCUSE",
              ["Germany", "Russia"], "2022-04-20", "context", "occurred", "in Geiselhaft zu nehmen"),
            E("Siluanov accuses the West of politicising the G20 and driving up food prices with sanctions",
              "ACCUSE", ["Russia"], "2022-04-20", "context", "occurred", "Siluanow beschuldigte"),
            E("Zakharova calls the walkout childish theatre", "ACCUSE", ["Maria Zakharova"], "2022-04-20TEV",
              "text", "occurred", "kindischen Theater"),
            E("G7 ministers Yellen, Lindner and Sunak discuss tougher sanctions on Russia's central bank",
              "CONSULT", ["United States", "Germany", "United Kingdom"], "2022-04-19TEV", "text", "occurred",
              "Bereits am Dienstagabend"),
            E("World Bank announces an additional 1.5 billion dollar package for Ukraine", "AID", ["Ukraine"],
              "2022-04-21", "published", "occurred", "zusätzliches Hilfspaket"),
            E("US to transfer another 500 million dollars of budget support to Kyiv", "AID",
              ["United States", "Ukraine"], "FUTURE_REF", "vague", "planned", "weitere 500 Millionen Dollar"),
            E("Yellen receives Shmyhal at the Treasury", "CONSULT", ["United States", "Ukraine"], "2022-04-21",
              "text", "planned", "von Yellen im Finanzministerium empfangen"),
            E("Shmyhal demands that frozen Russian central bank reserves be used for reconstruction", "REQUEST",
              ["Ukraine", "Russia"], "2022-04-20", "text", "occurred", "Am Mittwoch verlangte er"),
            E("Shmyhal to join the IMF and World Bank roundtable of donors", "CONSULT", ["Ukraine"], "2022-04-21",
              "context", "planned", "an einem Runden Tisch"),
            E("Switzerland has frozen 7.5 billion francs of Russian assets since late February", "SANCTION",
              ["Russia"], "2022-02", "text", "occurred", "7,5 Milliarden Franken gesperrt",
              date_mod="START", note="since the end of February 2022"),
            E("Biden demands Russia's exclusion from the G20", "REQUEST", ["Joe Biden", "Russia"], "2022-03",
              "text", "occurred", "aus der G20 auszuschliessen"),
        ],
        [
            S("Germany", "Lindner: Moscow holds the world economy hostage with its war", "2022-04-20", "context",
              "in Geiselhaft zu nehmen"),
            S("Russia", "Siluanov: the West overloads the G20 with politics and drives up food prices",
              "2022-04-20", "context", "Siluanow beschuldigte"),
            S("Maria Zakharova", "The walkout was childish theatre", "2022-04-20TEV", "text",
              "kindischen Theater"),
            S("United States", "Yellen: another 500 million dollars of budget support in the coming weeks",
              "2022-04-21", "published", "weitere 500 Millionen Dollar"),
            S("Ukraine", "Shmyhal: use the frozen Russian central bank reserves for reconstruction", "2022-04-20",
              "text", "Am Mittwoch verlangte er"),
        ],
        ["United States", "United Kingdom", "Russia", "Germany", "Maria Zakharova", "Ukraine", "Poland",
         "Joe Biden"],
    ),
    doc(
        "b104de02_g7_petersberg_budgethilfe_2022_05", "2022-05-21", DE02,
        [
            T("Freitag", "DATE", "2022-05-20", 0),
            T("zweitägigen", "DURATION", "P2D"),
            T("den Sommer", "DATE", "2022-SU"),
            T("Ende April", "DATE", "2022-04", mod="END"),
            T("Mittwoch", "DATE", "2022-05-18", 0),
            T("das zweite Halbjahr", "DATE", "2022-H2"),
            T("Mittwoch", "DATE", "2022-05-18", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Donnerstag", "DATE", "2022-05-19"),
            T("2026", "DATE", "2026"),
            T("Freitag", "DATE", "2022-05-20", 1),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Ende Juni", "DATE", "2022-06", mod="END"),
        ],
        [
            E("G7 finance ministers pledge 19.8 billion dollars of budget support to Ukraine", "AID",
              ["Germany", "United States", "Ukraine"], "2022-05-20", "context", "occurred",
              "Budgethilfen von insgesamt 19,8 Milliarden Dollar zugesagt"),
            E("G7 finance ministers meet on the Petersberg, hosted by Lindner, Ukraine's minister by video",
              "CONSULT", ["Germany", "United States", "Ukraine"], "2022-05-20", "text", "occurred",
              "Darauf einigten sie sich am Freitag", note="two-day meeting, 19-20 May 2022"),
            E("US earmarks 7.5 billion dollars of direct budget support in the aid package requested in late April",
              "AID", ["United States", "Ukraine"], "2022-04", "text", "planned",
              "Den größten Einzelbeitrag leisten die USA", date_mod="END"),
            E("Commission proposes up to nine billion euros of macro-financial assistance for Kyiv", "AID",
              ["European Union", "Ukraine"], "2022-05-18", "text", "planned", "bis zu neun Milliarden Euro"),
            E("Commission proposal of macro-financial assistance", "REQUEST", ["European Union"], "2022-05-18",
              "text", "occurred", "bis zu neun Milliarden Euro"),
            E("Marchenko thanks the partners", "SUPPORT", ["Ukraine", "Germany", "United States"], "2022-05-20",
              "context", "occurred", "dankte den Partnern"),
            E("No agreement on using the Russian central bank's frozen reserves", "REJECT",
              ["Germany", "United States", "Russia"], "2022-05-20", "context", "occurred",
              "Keine Einigung gab es"),
            E("Yellen rules out seizing Russian reserves under current US law", "REJECT", ["United States"],
              "2022-05-18", "text", "occurred", "eine Beschlagnahme sei nach US-Recht"),
            E("G7 ministers condemn Russia's war of aggression", "ACCUSE", ["Germany", "United States", "Russia"],
              "2022-05-20", "context", "occurred", "In ihrer Abschlusserklärung"),
            E("Zakharova calls the idea theft in broad daylight", "ACCUSE", ["Maria Zakharova"], "2022-05-19",
              "text", "occurred", "Diebstahl am helllichten Tag"),
            E("Zakharova threatens countermeasures against Western assets in Russia", "THREATEN",
              ["Maria Zakharova"], "2022-05-19", "text", "occurred", "drohte mit Gegenmaßnahmen"),
            E("Kyiv expected to ask private creditors for a payment deferral", "REQUEST", ["Ukraine"],
              "FUTURE_REF", "vague", "uncertain", "Zahlungsaufschub"),
            E("G7 leaders' summit at Schloss Elmau hosted by Scholz", "CONSULT",
              ["Olaf Scholz", "Germany", "United States"], "2022-06", "text", "planned", "Schloss Elmau",
              date_mod="END", note="26-28 June 2022"),
        ],
        [
            S("United States", "Yellen: Ukraine's needs are enormous, pledges must flow quickly", "2022-05-20",
              "context", "der Bedarf der Ukraine sei enorm"),
            S("Ukraine", "Marchenko thanks partners but warns the second-half gap is not closed", "2022-05-20",
              "context", "dankte den Partnern"),
            S("Germany", "Lindner 'politically open' to using Russian reserves", "2022-05-20", "context",
              "politisch offen"),
            S("United States", "Yellen: seizure not currently allowed under US law", "2022-05-18", "text",
              "eine Beschlagnahme sei nach US-Recht"),
            S("Joint statement: Germany, United States", "G7 condemns Russia's war as a threat to the world economy",
              "2022-05-20", "context", "In ihrer Abschlusserklärung"),
            S("Maria Zakharova", "Theft in broad daylight; countermeasures against Western assets", "2022-05-19",
              "text", "Diebstahl am helllichten Tag"),
        ],
        ["Germany", "United States", "Ukraine", "European Union", "Russia", "Maria Zakharova", "Olaf Scholz"],
    ),
    doc(
        "b104de03_iwf_programm_anleihen_2023_04", "2023-04-03", DE03,
        [
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2023-03-31"),
            T("vierjährige", "DURATION", "P4Y"),
            T("Freitagabend", "TIME", "2023-03-31TEV"),
            T("täglichen", "SET", "P1D"),
            T("Samstag", "DATE", "2023-04-01"),
            T("2023", "DATE", "2023"),
            T("Januar", "DATE", "2023-01"),
            T("Montag", "DATE", "2023-04-03", 0),
            T("Montag", "DATE", "2023-04-03", 1),
            T("2022", "DATE", "2022"),
            T("Ende 2024", "DATE", "2024", mod="END"),
            T("Juni", "DATE", "2023-06"),
        ],
        [
            E("IMF board approves a 15.6 billion dollar Extended Fund Facility for Ukraine, 2.7 billion at once",
              "AID", ["Ukraine"], "2023-03-31", "text", "occurred", "gab am Freitag in Washington grünes Licht"),
            E("Zelensky thanks the IMF in his nightly address", "SUPPORT", ["Volodymyr Zelensky"],
              "2023-03-31TEV", "text", "occurred", "dankte dem Fonds"),
            E("Shmyhal promises to implement the agreed reforms point by point", "AGREE", ["Ukraine"],
              "2023-04-01", "text", "occurred", "Punkt für Punkt"),
            E("Yellen welcomes the IMF decision", "SUPPORT", ["United States", "Ukraine"], "2023-04-03",
              "published", "occurred", "begrüßte die Entscheidung"),
            E("Yellen calls on other donors to honour their pledges quickly", "REQUEST", ["United States"],
              "2023-04-03", "published", "occurred", "rief die übrigen Geber auf"),
            E("First EU tranche of three billion euros paid to Ukraine", "AID", ["European Union", "Ukraine"],
              "2023-01", "text", "occurred", "eine erste Tranche von drei Milliarden Euro"),
            E("Official creditors including Germany, France, the UK and the US commit to suspend Ukraine's debt "
              "service until the end of the programme", "AGREE",
              ["Germany", "France", "United Kingdom", "United States", "Ukraine"], "2023-04-03", "published",
              "occurred", "den Schuldendienst bis zum Ende des Programms auszusetzen"),
            E("Peskov: Western money only prolongs the war", "ACCUSE", ["Dmitry Peskov"], "2023-04-03", "text",
              "occurred", "in ein Fass ohne Boden"),
            E("Bondholders granted Kyiv a payment deferral", "AGREE", ["Ukraine"], "2022", "text", "occurred",
              "den die Anleihegläubiger Kiew 2022 gewährt hatten"),
            E("IMF to review Ukraine's progress for the first time", "CONSULT", ["Ukraine"], "2023-06", "text",
              "planned", "erstmals im Juni überprüfen"),
        ],
        [
            S("Volodymyr Zelensky", "The IMF decision is an important signal to all partners", "2023-03-31TEV",
              "text", "dankte dem Fonds"),
            S("Ukraine", "Shmyhal: the agreed reforms will be implemented point by point", "2023-04-01", "text",
              "Punkt für Punkt"),
            S("United States", "Yellen welcomes the decision and urges donors to pay quickly", "2023-04-03",
              "published", "begrüßte die Entscheidung"),
            S("Russia", "Moscow reacted with mockery", "2023-04-03", "published", "Moskau reagierte mit Spott."),
            S("Dmitry Peskov", "Western money only prolongs the war and flows into a bottomless pit", "2023-04-03",
              "text", "in ein Fass ohne Boden"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United States", "European Union", "Germany", "France",
         "United Kingdom", "Russia", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b104de04_ebrd_kapitalerhoehung_2023_12", "2023-12-18", DE04,
        [
            T("Freitag", "DATE", "2023-12-15", 0),
            T("den kommenden Jahren", "DATE", "FUTURE_REF"),
            T("2024", "DATE", "2024", 0),
            T("jährlich", "SET", "P1Y"),
            T("Jahren", "DURATION", "PXY", 1),
            T("April 2022", "DATE", "2022-04"),
            T("2024", "DATE", "2024", 1),
            T("der Nacht zum Freitag", "TIME", "2023-12-14TNI", note="night to Friday 15 December 2023"),
            T("Anfang 2024", "DATE", "2024", mod="START"),
            T("Oktober", "DATE", "2023-10"),
            T("Freitag", "DATE", "2023-12-15", 2),
            T("Februar 2022", "DATE", "2022-02"),
            T("Mai", "DATE", "2024-05"),
        ],
        [
            E("EBRD to invest up to 1.5 billion euros a year in Ukraine from 2024 with the new capital", "AID",
              ["Ukraine"], "2024", "text", "planned", "vor allem die Ukraine stützen", date_mod="START"),
            E("EBRD governors suspended Russia's and Belarus's access to the bank's resources and closed the "
              "Moscow and Minsk offices", "SANCTION", ["Russia", "Belarus"], "2022-04", "text", "occurred",
              "Im April 2022 hatte der Gouverneursrat"),
            E("Russian finance ministry calls the suspension politically motivated and unlawful", "ACCUSE",
              ["Russia"], "2022-04", "context", "occurred", "politisch motiviert"),
            E("Marchenko thanks the shareholders", "SUPPORT", ["Ukraine"], "2023-12-18", "published", "occurred",
              "dankte den Anteilseignern"),
            E("Orbán blocks the 50 billion euro EU package for Kyiv at the Brussels summit", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-14TNI", "text", "occurred",
              "50-Milliarden-Euro-Paket für Kiew"),
            E("EU leaders to make a new attempt on the Ukraine package", "CONSULT", ["European Union"], "2024",
              "text", "planned", "einen neuen Anlauf nehmen", date_mod="START"),
            E("Biden's aid request for Ukraine stuck in Congress", "AID", ["Joe Biden", "Ukraine"], "2023-10",
              "text", "uncertain", "Im US-Kongress steckt", note="requested in October 2023"),
            E("EBRD has invested more than three billion euros in Ukraine since February 2022", "AID",
              ["Ukraine"], "2022-02", "text", "occurred", "seit Februar 2022", date_mod="START"),
        ],
        [
            S("Russia", "The suspension is politically motivated and unlawful", "2022-04", "context",
              "politisch motiviert"),
            S("Ukraine", "Marchenko thanks shareholders; Ukraine needs about 37 billion dollars in 2024",
              "2023-12-18", "published", "dankte den Anteilseignern"),
            S("European Union", "Michel: leaders will try again in early 2024", "2023-12-18", "published",
              "einen neuen Anlauf nehmen"),
        ],
        ["Ukraine", "Russia", "Belarus", "Viktor Orbán", "European Union", "Joe Biden"],
    ),
    doc(
        "b104de05_era_kredit_erste_tranche_2025_01", "2025-01-13", DE05,
        [
            T("Freitag", "DATE", "2025-01-10", 0),
            T("diesem Jahr", "DATE", "2025"),
            T("Freitagabend", "TIME", "2025-01-10TEV"),
            T("Dezember", "DATE", "2024-12"),
            T("Juli 2024", "DATE", "2024-07"),
            T("Freitag", "DATE", "2025-01-10", 1),
            T("Oktober", "DATE", "2024-10"),
            T("23. Februar", "DATE", "2025-02-23"),
        ],
        [
            E("EU pays Ukraine the first three billion euros of its share of the G7 loan backed by frozen "
              "Russian assets", "AID", ["European Union", "Ukraine", "Russia"], "2025-01-10", "context",
              "occurred", "die ersten drei Milliarden Euro"),
            E("EU to pay out 18.1 billion euros this year under the G7 loan", "AID",
              ["European Union", "Ukraine", "Russia", "United States", "United Kingdom"], "2025", "text",
              "planned", "18,1 Milliarden Euro auszahlen"),
            E("Zelensky thanks the EU", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2025-01-10TEV",
              "text", "occurred", "dankte der EU am Freitagabend"),
            E("US provided its 20 billion dollar share through a World Bank fund", "AID",
              ["United States", "Ukraine", "Russia"], "2024-12", "text", "occurred",
              "ihren Anteil von 20 Milliarden Dollar"),
            E("Windfall profits from the immobilised Russian assets transferred to the EU for Ukraine since "
              "July 2024", "AID", ["European Union", "Ukraine", "Russia"], "2024-07", "text", "occurred",
              "Seit Juli 2024", date_mod="START"),
            E("Peskov calls the loan theft", "ACCUSE", ["Dmitry Peskov", "European Union"], "2025-01-10", "text",
              "occurred", "juristisch verfolgen"),
            E("Peskov threatens legal action against everyone involved", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2025-01-10", "text", "occurred", "juristisch verfolgen"),
            E("Putin called the G7 loan robbery", "ACCUSE", ["Vladimir Putin"], "2024-10", "text", "occurred",
              "als Raub bezeichnet"),
            E("Kukies welcomes the disbursement", "SUPPORT", ["Germany", "European Union"], "2025-01-13",
              "published", "occurred", "begrüßte Finanzminister Jörg Kukies"),
            E("Berlin refuses to touch the frozen assets themselves", "REJECT", ["Germany", "Russia"],
              "2025-01-13", "published", "occurred", "An einer Beschlagnahme der Gelder selbst"),
        ],
        [
            S("European Union", "Commission: the money arrived in the Ukrainian government's account on Friday",
              "2025-01-10", "context", "wie die EU-Kommission mitteilte"),
            S("Ursula von der Leyen", "Russia must pay for the destruction it causes", "2025-01-13", "published",
              "schrieb auf X"),
            S("Volodymyr Zelensky", "Money finally going where it belongs", "2025-01-10TEV", "text",
              "dankte der EU am Freitagabend"),
            S("Dmitry Peskov", "Russia will pursue everyone involved in this theft in court", "2025-01-10", "text",
              "juristisch verfolgen"),
            S("Germany", "Kukies: the payout shows Europe can act", "2025-01-13", "published",
              "begrüßte Finanzminister Jörg Kukies"),
            S("Friedrich Merz", "Open to touching the substance of the assets", "2025-01-13", "published",
              "CDU-Chef Friedrich Merz"),
        ],
        ["European Union", "Ukraine", "Russia", "United States", "United Kingdom", "Ursula von der Leyen",
         "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Germany", "Friedrich Merz"],
    ),
    doc(
        "b104de06_iwf_reparationskredit_2025_11", "2025-11-27", DE06,
        [
            T("vier Jahren", "DURATION", "P4Y"),
            T("Mittwochabend", "TIME", "2025-11-26TEV"),
            T("wochenlangen", "DURATION", "PXW"),
            T("2023", "DATE", "2023"),
            T("die kommenden Jahre", "DATE", "FUTURE_REF"),
            T("18. Dezember", "DATE", "2025-12-18"),
            T("Weihnachten", "DATE", "2025-12-25"),
            T("Donnerstag", "DATE", "2025-11-27"),
            T("die nächsten vier Jahre", "DURATION", "P4Y"),
            T("2029", "DATE", "2029"),
            T("Mittwoch", "DATE", "2025-11-26"),
            T("zweiten Quartal 2026", "DATE", "2026-Q2"),
        ],
        [
            E("IMF staff and Ukraine reach agreement on a new four-year programme of about 8.1 billion dollars",
              "AGREE", ["Ukraine"], "2025-11-26TEV", "context", "occurred", "auf Arbeitsebene"),
            E("IMF programme of 15.6 billion dollars launched in 2023", "AID", ["Ukraine"], "2023", "text",
              "occurred", "das 2023 aufgelegte Programm"),
            E("Commission's reparations loan of up to 140 billion euros from the immobilised Russian central bank "
              "money", "AID", ["European Union", "Ukraine", "Russia"], "2025-11-27", "published", "uncertain",
              "Im Zentrum steht der Reparationskredit"),
            E("EU leaders to decide on the reparations loan in Brussels", "CONSULT", ["European Union"],
              "2025-12-18", "text", "planned", "am 18. Dezember in Brüssel"),
            E("Merz presses for a decision before Christmas", "REQUEST", ["Friedrich Merz", "European Union"],
              "2025-11-27", "published", "occurred", "drängt dagegen auf einen Beschluss"),
            E("Svyrydenko promises the required tax measures", "AGREE", ["Ukraine"], "2025-11-27", "published",
              "occurred", "sicherte zu"),
            E("US peace plan would channel 100 billion dollars of the frozen money into a US-led fund",
              "REQUEST", ["United States", "European Union"], "2025-11-27", "published", "occurred",
              "US-Friedensplan"),
            E("Peskov warns Russia will not leave any use of its money unanswered", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2025-11-26", "text", "occurred", "nicht unbeantwortet lassen"),
            E("Russian central bank to sue Euroclear if the EU decides", "ACCUSE", ["Russia"], "2025-11-27",
              "published", "planned", "vor Gericht gegen Euroclear"),
        ],
        [
            S("Ukraine", "Marchenko: the programme is an anchor for the next four years", "2025-11-27", "text",
              "Anker für die nächsten vier Jahre"),
            S("Ukraine", "Svyrydenko: Kyiv will implement the required tax measures", "2025-11-27", "published",
              "sicherte zu"),
            S("Friedrich Merz", "Wants a decision on the reparations loan before Christmas", "2025-11-27",
              "published", "drängt dagegen auf einen Beschluss"),
            S("Dmitry Peskov", "Russia will not leave any use of its money unanswered", "2025-11-26", "text",
              "nicht unbeantwortet lassen"),
            S("Russia", "Central bank will go to court against Euroclear", "2025-11-27", "published",
              "vor Gericht gegen Euroclear"),
        ],
        ["Ukraine", "European Union", "Russia", "Friedrich Merz", "Germany", "United States", "Dmitry Peskov",
         "Kremlin"],
    ),
]
