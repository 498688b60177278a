"""German articles of the blind114 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b114de01 (Ukraine verstehen, LibMod)
DE01 = """
Durchsuchung bei Witalij Schabunin: Kyjiws Reformversprechen auf dem Prüfstand

Während in Rom über Milliarden für den Wiederaufbau der Ukraine beraten wurde, haben Ermittler in der Ukraine einen der bekanntesten Korruptionsbekämpfer des Landes ins Visier genommen.
Beamte des Staatlichen Ermittlungsbüros (DBR) und des Inlandsgeheimdienstes SBU durchsuchten am Freitagmorgen die Wohnung von Witalij Schabunin, dem Vorsitzenden des Antikorruptionszentrums (AntAC), sowie das Haus seiner Eltern im Gebiet Kyjiw.
Die Generalstaatsanwaltschaft wirft Schabunin, der seit 2022 in den Streitkräften dient, Betrug und Dienstentziehung vor.
Schabunin weist die Vorwürfe zurück und spricht von einem Racheakt des Präsidialamts.

Das AntAC gehört seit mehr als zehn Jahren zu den schärfsten Kritikern der Staatsführung, zuletzt vor allem des Leiters des Präsidialamts, Andrij Jermak.
Schabunin hatte wiederholt davor gewarnt, dass die Regierung die Unabhängigkeit des Nationalen Antikorruptionsbüros (NABU) beschneiden wolle.
Mehrere zivilgesellschaftliche Organisationen verurteilten die Durchsuchungen in einer gemeinsamen Erklärung als Einschüchterungsversuch.
Die Delegation der Europäischen Union in Kyjiw erklärte am Freitag, man verfolge den Fall aufmerksam, und forderte ein faires und transparentes Verfahren.

Der Zeitpunkt ist heikel.
Am Donnerstag und Freitag hatte Italiens Ministerpräsidentin Giorgia Meloni in Rom die vierte Ukraine-Wiederaufbaukonferenz ausgerichtet, an der neben Präsident Wolodymyr Selenskyj auch Bundeskanzler Friedrich Merz und EU-Kommissionspräsidentin Ursula von der Leyen teilnahmen.
Nach Angaben Melonis sagten die Teilnehmer Hilfen und Investitionen von mehr als zehn Milliarden Euro zu.
Von der Leyen kündigte einen europäischen Fonds für den Wiederaufbau an, der zunächst mit 220 Millionen Euro ausgestattet werden soll.
Merz bot am Rande der Konferenz an, in den USA Patriot-Luftabwehrsysteme für die Ukraine zu kaufen.

EU-Erweiterungskommissarin Marta Kos machte in Rom zugleich deutlich, dass das Geld aus der Ukraine-Fazilität an Bedingungen geknüpft bleibt.
„Ohne Rechtsstaatlichkeit und unabhängige Antikorruptionsbehörden wird es keine weiteren Auszahlungen geben“, sagte Kos am Donnerstag.
Brüssel hatte Kyjiw erst im Juni an ausstehende Reformschritte erinnert, darunter die Ernennung eines neuen Direktors des Büros für wirtschaftliche Sicherheit.

Selenskyj selbst äußerte sich bis Samstagmorgen nicht zu dem Fall.
In Rom hatte er die Partner aufgefordert, Geld für die ukrainische Rüstungsindustrie als Investition in die Sicherheit ganz Europas zu verstehen.
Überschattet wurde die Konferenz von einem weiteren schweren Luftangriff auf Kyjiw: In der Nacht zum Donnerstag feuerte Russland nach ukrainischen Angaben rund 400 Drohnen und 18 Raketen auf die Hauptstadt ab, mindestens zwei Menschen wurden getötet.
Für die kommende Woche wird im Parlament die Abstimmung über eine neue Regierung erwartet, an deren Spitze nach Medienberichten die bisherige Wirtschaftsministerin Julija Swyrydenko stehen soll.
"""

# ---------------------------------------------------------------- b114de02 (Memminger Zeitung)
DE02 = """
Proteste in Kiew: Selenskyj stutzt die Korruptionsjäger – Brüssel ist alarmiert

Kiew/Memmingen. Zum ersten Mal seit Beginn des russischen Angriffskriegs sind in der Ukraine Tausende Menschen gegen eine Entscheidung ihrer eigenen Führung auf die Straße gegangen.
Am Dienstagabend versammelten sich nach Schätzungen von Reportern mindestens 2000 Menschen nahe dem Iwan-Franko-Theater im Zentrum Kiews, auch in Lwiw, Odessa und Dnipro wurde demonstriert.
Auslöser ist ein Gesetz, das die Werchowna Rada am Dienstag mit 263 Stimmen verabschiedet und das Präsident Wolodymyr Selenskyj noch am selben Abend unterzeichnet hatte.
Es unterstellt das Nationale Antikorruptionsbüro (Nabu) und die Sonderstaatsanwaltschaft für Korruptionsbekämpfung (Sap) faktisch dem Generalstaatsanwalt, der vom Präsidenten vorgeschlagen wird.

Die EU-Kommission reagierte mit ungewöhnlich deutlichen Worten.
Erweiterungskommissarin Marta Kos nannte die Entscheidung noch am Dienstag einen „ernsthaften Rückschritt“ und erinnerte daran, dass unabhängige Antikorruptionsbehörden eine Voraussetzung für den EU-Beitritt seien.
Ein Kommissionssprecher sagte am Mittwoch in Brüssel, Präsidentin Ursula von der Leyen habe die ukrainische Regierung um Erklärungen gebeten.
Die Hilfen aus der 50 Milliarden Euro schweren Ukraine-Fazilität seien an Fortschritte bei Rechtsstaatlichkeit und Korruptionsbekämpfung geknüpft, fügte er hinzu.

Auch in Berlin wird die Entwicklung mit Sorge verfolgt.
Bundesaußenminister Johann Wadephul (CDU) telefonierte am Mittwochvormittag mit seinem ukrainischen Amtskollegen Andrij Sybiha und mahnte, die Unabhängigkeit der Behörden müsse gewahrt bleiben.
Die Botschafter der G7-Staaten in Kiew hatten sich bereits am Montag mit den Spitzen von Nabu und Sap getroffen, um über „ernste Bedenken“ zu sprechen.

Selenskyj verteidigte das Gesetz in seiner Videoansprache am Dienstagabend.
Die Antikorruptionsinfrastruktur werde weiterarbeiten, „nur ohne russischen Einfluss“, sagte er.
Für Mittwoch kündigte er ein Treffen mit den Chefs von Nabu, Sap, Generalstaatsanwaltschaft und Geheimdienst SBU an.
Der SBU hatte am Montag Dutzende Wohnungen von Nabu-Mitarbeitern durchsucht und einen Ermittler unter dem Vorwurf festgenommen, Geschäfte mit Russland gemacht zu haben.
In Moskau kommentierte Außenamtssprecherin Maria Sacharowa die Proteste mit Häme und sprach von einem „Regime, das sich vor dem eigenen Volk fürchtet“.

Unterdessen sollen am Mittwochabend in Istanbul Delegationen Russlands und der Ukraine zu einer dritten Verhandlungsrunde zusammenkommen.
Kiews Delegation leitet der Sekretär des Sicherheitsrats, Rustem Umerow, die russische Präsidentenberater Wladimir Medinski.

In Memmingen verfolgt die ukrainische Gemeinde die Bilder aus der Heimat mit gemischten Gefühlen.
„Unsere Männer kämpfen an der Front nicht dafür, dass Korruption wieder geschützt wird“, sagte eine Sprecherin des Vereins der Ukrainer im Unterallgäu unserer Zeitung.
Für Samstag plant der Verein eine Mahnwache auf dem Marktplatz.
"""

# ---------------------------------------------------------------- b114de03 (Ukraine-Nachrichten, translation)
DE03 = """
NABU und SAP decken Schmiergeldsystem bei Drohnenkäufen auf – Abgeordneter unter Verdacht

Das Nationale Antikorruptionsbüro der Ukraine (NABU) und die Spezialisierte Antikorruptionsstaatsanwaltschaft (SAP) haben ein Schmiergeldsystem bei der Beschaffung von Drohnen und Geräten der elektronischen Kampfführung für die Armee aufgedeckt.
Das teilten beide Behörden am Samstag in Kiew mit.
Unter Verdacht stehen der Parlamentsabgeordnete Oleksij Kusnezow von der Präsidentenpartei „Diener des Volkes“ [ukr. Sluha Narodu – Anm. d. Übers.], zwei Leiter von Bezirksverwaltungen, ein Bürgermeister sowie mehrere Angehörige der Nationalgarde.
Nach Angaben der Ermittler wurden Lieferverträge zu um bis zu 30 Prozent überhöhten Preisen geschlossen, die Differenz floss als Schmiergeld an die Beteiligten zurück.
Vier Verdächtige wurden festgenommen.

Präsident Wolodymyr Selenskyj dankte NABU und SAP am Samstagnachmittag in einer Mitteilung auf Telegram.
„Gegenüber Korruption kann es nur null Toleranz geben“, schrieb Selenskyj.
Er erwarte ein gerechtes Urteil, die Antikorruptionsinfrastruktur arbeite „unabhängig“.
Am Freitag hatte der Präsident die Leiter von NABU und SAP, Semen Krywonos und Oleksandr Klymenko, empfangen und mit ihnen nach eigenen Angaben einen gemeinsamen Aktionsplan besprochen.
Die Fraktion „Diener des Volkes“ setzte Kusnezows Mitgliedschaft am Samstagabend aus.

Der Fall ist der erste große, den die beiden Behörden seit der Wiederherstellung ihrer Unabhängigkeit öffentlich machen.
Am Donnerstag hatte die Werchowna Rada mit 331 Stimmen ein Gesetz verabschiedet, das die Einschränkungen vom 22. Juli wieder aufhebt, Selenskyj unterzeichnete es noch am selben Tag.
Das Gesetz vom 22. Juli hatte landesweite Proteste ausgelöst und in Brüssel scharfe Kritik hervorgerufen.
EU-Erweiterungskommissarin Marta Kos hatte die Rücknahme am Donnerstagabend begrüßt, zugleich aber weitere Reformen angemahnt.
Die EU-Botschafterin in Kiew, Katarína Mathernová, schrieb am Samstag auf X, der Fall zeige, „wofür unabhängige Institutionen da sind“.

Die Enthüllungen überschatten die Trauer um die Opfer der schweren russischen Angriffe dieser Woche.
In der Nacht zum Donnerstag hatte Russland Kiew mit Raketen und Drohnen angegriffen, nach Angaben der Stadtverwaltung kamen mehr als 30 Menschen ums Leben, am Freitag galt in der Hauptstadt Staatstrauer.
US-Präsident Donald Trump hatte Moskau am Dienstag eine Frist bis zum 8. August gesetzt, um einer Waffenruhe zuzustimmen, andernfalls drohten neue Sanktionen.
Trumps Sondergesandter Steve Witkoff wird in der kommenden Woche in Moskau erwartet.

Übersetzung aus dem Ukrainischen: Ukraine-Nachrichten.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b114de01_schabunin_durchsuchung_2025_07", "2025-07-12", DE01,
        [
            T("Freitagmorgen", "TIME", "2025-07-11TMO"),
            T("2022", "DATE", "2022"),
            T("mehr als zehn Jahren", "DURATION", "P10Y", mod="MORE_THAN"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Freitag", "DATE", "2025-07-11", 0),
            T("Donnerstag", "DATE", "2025-07-10", 0),
            T("Freitag", "DATE", "2025-07-11", 1),
            T("Donnerstag", "DATE", "2025-07-10", 1),
            T("Juni", "DATE", "2025-06"),
            T("Samstagmorgen", "TIME", "2025-07-12TMO"),
            T("der Nacht zum Donnerstag", "TIME", "2025-07-09TNI", note="night of 9 to 10 July"),
            T("die kommende Woche", "DATE", "2025-W29"),
        ],
        [
            E("EU delegation in Kyiv demands a fair and transparent procedure in the Shabunin case", "REQUEST",
              ["European Union", "Ukraine"], "2025-07-11", "text", "occurred",
              "Die Delegation der Europäischen Union in Kyjiw erklärte"),
            E("Ukraine Recovery Conference in Rome hosted by Meloni with Zelensky, Merz and von der Leyen", "CONSULT",
              ["Giorgia Meloni", "Volodymyr Zelensky", "Friedrich Merz", "Ursula von der Leyen"], "2025-07-10", "text",
              "occurred", "die vierte Ukraine-Wiederaufbaukonferenz", note="two-day conference, 10-11 July"),
            E("Participants pledge more than ten billion euros for Ukraine", "AID", ["Giorgia Meloni", "Ukraine"],
              "2025-07-10", "context", "occurred", "Nach Angaben Melonis"),
            E("Von der Leyen announces a European reconstruction fund with 220 million euros", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2025-07-10", "context", "occurred",
              "Von der Leyen kündigte einen europäischen Fonds"),
            E("Merz offers to buy Patriot systems in the US for Ukraine", "AID",
              ["Friedrich Merz", "United States", "Ukraine"], "2025-07-10", "context", "uncertain",
              "Merz bot am Rande der Konferenz an"),
            E("Kos: no further Ukraine Facility payments without rule of law and independent anti-corruption bodies",
              "THREATEN", ["European Union", "Ukraine"], "2025-07-10", "text", "occurred",
              "wird es keine weiteren Auszahlungen geben"),
            E("Brussels reminds Kyiv of outstanding reform steps", "REQUEST", ["European Union", "Ukraine"],
              "2025-06", "text", "occurred", "Brüssel hatte Kyjiw erst im Juni"),
            E("Zelensky urges partners to fund Ukraine's defence industry", "REQUEST", ["Volodymyr Zelensky"],
              "2025-07-10", "context", "occurred", "In Rom hatte er die Partner aufgefordert"),
            E("Russian missile and drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-09TNI", "text",
              "occurred", "In der Nacht zum Donnerstag feuerte Russland"),
        ],
        [
            S("European Union", "EU delegation follows the Shabunin case closely and demands a fair procedure",
              "2025-07-11", "text", "Die Delegation der Europäischen Union in Kyjiw erklärte"),
            S("Giorgia Meloni", "Participants pledged more than ten billion euros", "2025-07-10", "context",
              "Nach Angaben Melonis"),
            S("European Union", "Kos: Ukraine Facility money remains conditional", "2025-07-10", "context",
              "machte in Rom zugleich deutlich"),
            S("European Union", "Kos: without rule of law and independent anti-corruption bodies no further payments",
              "2025-07-10", "text", "wird es keine weiteren Auszahlungen geben"),
            S("Volodymyr Zelensky", "Money for Ukraine's arms industry is an investment in Europe's security",
              "2025-07-10", "context", "In Rom hatte er die Partner aufgefordert"),
            S("Ukraine", "Russia fired about 400 drones and 18 missiles at Kyiv; at least two killed", "2025-07-10",
              "context", "In der Nacht zum Donnerstag feuerte Russland"),
        ],
        ["Ukraine", "European Union", "Giorgia Meloni", "Volodymyr Zelensky", "Friedrich Merz", "Germany",
         "Ursula von der Leyen", "United States", "Russia", "Andriy Yermak"],
    ),
    doc(
        "b114de02_nabu_gesetz_proteste_2025_07", "2025-07-23", DE02,
        [
            T("Dienstagabend", "TIME", "2025-07-22TEV", 0),
            T("Dienstag", "DATE", "2025-07-22", 0),
            T("selben Abend", "TIME", "2025-07-22TEV"),
            T("Dienstag", "DATE", "2025-07-22", 1),
            T("Mittwoch", "DATE", "2025-07-23", 0),
            T("Mittwochvormittag", "TIME", "2025-07-23TMO"),
            T("Montag", "DATE", "2025-07-21", 0),
            T("Dienstagabend", "TIME", "2025-07-22TEV", 1),
            T("Mittwoch", "DATE", "2025-07-23", 1),
            T("Montag", "DATE", "2025-07-21", 1),
            T("Mittwochabend", "TIME", "2025-07-23TEV"),
            T("Samstag", "DATE", "2025-07-26"),
        ],
        [
            E("Kos calls the NABU law a serious step back", "ACCUSE", ["European Union", "Ukraine"], "2025-07-22",
              "text", "occurred", "einen „ernsthaften Rückschritt“"),
            E("Kos: independent anti-corruption bodies are a condition for EU accession", "REQUEST",
              ["European Union", "Ukraine"], "2025-07-22", "text", "occurred", "einen „ernsthaften Rückschritt“"),
            E("Von der Leyen asks the Ukrainian government for explanations", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2025-07-23", "context", "occurred",
              "habe die ukrainische Regierung um Erklärungen gebeten",
              note="dated by the spokesman's Wednesday statement"),
            E("Commission: Ukraine Facility aid tied to rule-of-law progress", "THREATEN",
              ["European Union", "Ukraine"], "2025-07-23", "context", "occurred", "Die Hilfen aus der 50 Milliarden"),
            E("Wadephul–Sybiha phone call", "CONSULT", ["Germany", "Andrii Sybiha"], "2025-07-23TMO", "text",
              "occurred", "telefonierte am Mittwochvormittag"),
            E("Wadephul urges that the agencies' independence be preserved", "REQUEST", ["Germany", "Ukraine"],
              "2025-07-23TMO", "text", "occurred", "telefonierte am Mittwochvormittag"),
            E("G7 ambassadors meet the heads of NABU and SAP over serious concerns", "CONSULT",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2025-07-21", "text", "occurred",
              "Die Botschafter der G7-Staaten"),
            E("Zakharova mocks the protests as a regime afraid of its own people", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2025-07-23", "published", "occurred",
              "kommentierte Außenamtssprecherin Maria Sacharowa"),
            E("Third round of Russia–Ukraine talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine", "Rustem Umerov", "Vladimir Medinsky"], "2025-07-23TEV", "text", "planned",
              "zu einer dritten Verhandlungsrunde"),
        ],
        [
            S("European Union", "Kos: a serious step back; independent anti-corruption bodies are a condition for "
              "accession", "2025-07-22", "text", "einen „ernsthaften Rückschritt“"),
            S("European Union", "Commission spokesman: von der Leyen asked the Ukrainian government for explanations",
              "2025-07-23", "text", "Ein Kommissionssprecher sagte am Mittwoch"),
            S("European Union", "Ukraine Facility aid is tied to progress on rule of law and fighting corruption",
              "2025-07-23", "context", "Die Hilfen aus der 50 Milliarden"),
            S("Germany", "Wadephul: the agencies' independence must be preserved", "2025-07-23TMO", "text",
              "telefonierte am Mittwochvormittag"),
            S("Joint statement: United States, United Kingdom, France, Germany", "G7 ambassadors voice serious "
              "concerns", "2025-07-21", "context", "Die Botschafter der G7-Staaten"),
            S("Volodymyr Zelensky", "Defends the law in his video address", "2025-07-22TEV", "text",
              "Selenskyj verteidigte das Gesetz"),
            S("Volodymyr Zelensky", "Anti-corruption infrastructure will keep working, only without Russian influence",
              "2025-07-22TEV", "context", "nur ohne russischen Einfluss"),
            S("Volodymyr Zelensky", "Announces a meeting with the heads of the agencies on Wednesday",
              "2025-07-22TEV", "context", "Für Mittwoch kündigte er ein Treffen"),
            S("Maria Zakharova", "A regime afraid of its own people", "2025-07-23", "published",
              "kommentierte Außenamtssprecherin Maria Sacharowa"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "European Union", "Ursula von der Leyen", "Germany", "Andrii Sybiha",
         "United States", "United Kingdom", "France", "Russia", "Maria Zakharova", "Rustem Umerov",
         "Vladimir Medinsky"],
    ),
    doc(
        "b114de03_drohnen_schmiergeld_2025_08", "2025-08-03", DE03,
        [
            T("Samstag", "DATE", "2025-08-02", 0),
            T("Samstagnachmittag", "TIME", "2025-08-02TAF"),
            T("Freitag", "DATE", "2025-08-01", 0),
            T("Samstagabend", "TIME", "2025-08-02TEV"),
            T("Donnerstag", "DATE", "2025-07-31", 0),
            T("22. Juli", "DATE", "2025-07-22", 0),
            T("selben Tag", "DATE", "2025-07-31"),
            T("22. Juli", "DATE", "2025-07-22", 1),
            T("Donnerstagabend", "TIME", "2025-07-31TEV"),
            T("Samstag", "DATE", "2025-08-02", 1),
            T("dieser Woche", "DATE", "2025-W31"),
            T("der Nacht zum Donnerstag", "TIME", "2025-07-30TNI", note="night of 30 to 31 July"),
            T("Freitag", "DATE", "2025-08-01", 1),
            T("Dienstag", "DATE", "2025-07-29"),
            T("8. August", "DATE", "2025-08-08"),
            T("der kommenden Woche", "DATE", "2025-W32"),
        ],
        [
            E("Brussels criticises the law of 22 July", "ACCUSE", ["European Union", "Ukraine"], "2025-07-22",
              "context", "occurred", "in Brüssel scharfe Kritik hervorgerufen",
              note="dated by the law of 22 July named in the sentence"),
            E("Kos welcomes the rollback of the restrictions", "SUPPORT", ["European Union", "Ukraine"],
              "2025-07-31TEV", "text", "occurred", "Marta Kos hatte die Rücknahme"),
            E("Kos urges further reforms", "REQUEST", ["European Union", "Ukraine"], "2025-07-31TEV", "text",
              "occurred", "Marta Kos hatte die Rücknahme"),
            E("EU ambassador Mathernová praises the independent institutions", "SUPPORT",
              ["European Union", "Ukraine"], "2025-08-02", "text", "occurred", "Katarína Mathernová"),
            E("Russian missile and drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-07-30TNI", "text",
              "occurred", "In der Nacht zum Donnerstag hatte Russland"),
            E("Trump sets Moscow a deadline of 8 August to agree to a ceasefire", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-29", "text", "occurred", "eine Frist bis zum 8. August",
              note="deadline 8 August 2025"),
            E("Witkoff expected in Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2025-W32", "text", "planned",
              "Steve Witkoff wird in der kommenden Woche"),
        ],
        [
            S("Ukraine", "NABU and SAP announce they exposed a kickback scheme in drone procurement", "2025-08-02",
              "text", "Das teilten beide Behörden am Samstag"),
            S("Ukraine", "Investigators: contracts at prices inflated by up to 30 percent", "2025-08-02", "context",
              "Nach Angaben der Ermittler"),
            S("Volodymyr Zelensky", "Thanks NABU and SAP", "2025-08-02TAF", "text", "dankte NABU und SAP"),
            S("Volodymyr Zelensky", "Only zero tolerance for corruption", "2025-08-02TAF", "context",
              "null Toleranz"),
            S("Volodymyr Zelensky", "Expects a fair verdict; the anti-corruption infrastructure works independently",
              "2025-08-02TAF", "context", "Er erwarte ein gerechtes Urteil"),
            S("Volodymyr Zelensky", "Discussed a joint action plan with the heads of NABU and SAP", "2025-08-01",
              "context", "Am Freitag hatte der Präsident"),
            S("European Union", "Kos welcomes the rollback but urges further reforms", "2025-07-31TEV", "text",
              "Marta Kos hatte die Rücknahme"),
            S("European Union", "Mathernová: the case shows what independent institutions are for", "2025-08-02",
              "text", "Katarína Mathernová"),
            S("Ukraine", "Kyiv city administration: more than 30 people killed", "2025-08-03", "published",
              "In der Nacht zum Donnerstag hatte Russland"),
            S("Donald Trump", "Sets Moscow a deadline of 8 August, threatens new sanctions", "2025-07-29", "text",
              "eine Frist bis zum 8. August"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "European Union", "Russia", "Donald Trump", "United States",
         "Steve Witkoff"],
    ),
]

# ---------------------------------------------------------------- b114de04 (Neue Südtiroler Tageszeitung)
DE04 = """
Brüssel dreht den Geldhahn nur halb auf

Die EU-Kommission hat am Donnerstag die nächste Zahlung aus der Ukraine-Fazilität freigegeben, allerdings nicht in voller Höhe.
Statt der möglichen 4,5 Milliarden Euro fließen rund 3,05 Milliarden nach Kiew, wie eine Sprecherin der Kommission in Brüssel mitteilte.
Der Rest wird zurückgehalten, weil die Ukraine drei von 16 vereinbarten Reformschritten nicht rechtzeitig umgesetzt hat.
Dazu gehören die Ernennung eines neuen Direktors des Büros für wirtschaftliche Sicherheit und ein Gesetz zur Reform der Zollverwaltung.

Das Geld sei nicht verloren, betonte EU-Erweiterungskommissarin Marta Kos am Donnerstagabend.
Kiew habe bis Ende des Jahres Zeit, die fehlenden Schritte nachzuholen, dann könne der zurückgehaltene Betrag zusammen mit der nächsten Tranche ausgezahlt werden.
„Wir stehen fest an der Seite der Ukraine, aber Reformen sind kein Selbstzweck“, sagte Kos.
Die Ukraine-Fazilität wurde im Februar 2024 beschlossen und sieht bis 2027 Hilfen von insgesamt 50 Milliarden Euro vor, davon 33 Milliarden als Kredite.
Ausgezahlt wird in Tranchen, jeweils nach einer Prüfung, ob Kiew die vereinbarten Reformen umgesetzt hat.

In Kiew reagierte man mit gemischten Gefühlen.
Vizeregierungschef Taras Katschka dankte der EU für die Unterstützung und versprach, die ausstehenden Reformen „in den kommenden Wochen“ abzuschließen.
Die Ernennung des obersten Wirtschaftsermittlers werde sich nicht weiter verzögern, sagte Katschka.

Präsident Wolodymyr Selenskyj war am Dienstag in New York am Rande der UN-Generalversammlung mit US-Präsident Donald Trump zusammengetroffen.
Trump erklärte danach überraschend, die Ukraine könne mit Unterstützung der EU ihr gesamtes Territorium zurückgewinnen.
Zugleich forderte er die Europäer auf, kein russisches Öl und Gas mehr zu kaufen.
Moskau kritisierte die Zahlung aus Brüssel erwartungsgemäß: Außenamtssprecherin Maria Sacharowa sprach von „Geld der europäischen Steuerzahler, das in den Taschen korrupter Beamter verschwindet“.
Ungarns Ministerpräsident Viktor Orbán blockiert weiterhin die Öffnung der ersten Verhandlungskapitel in den Beitrittsgesprächen mit Kiew.

Der Südtiroler EU-Abgeordnete Herbert Dorfmann (SVP) hält das Vorgehen der Kommission für richtig.
„Wer Milliarden bekommt, muss liefern, das kennen wir in Italien vom Wiederaufbaufonds“, sagte Dorfmann der TAGESZEITUNG.
"""

# ---------------------------------------------------------------- b114de05 (CORRECTIV)
DE05 = """
Korruptionsskandal in der Ukraine: Wie sicher ist das deutsche Geld für Kyjiws Stromnetz?

Deutschland ist der größte Geldgeber des Ukraine-Energie-Unterstützungsfonds, über den seit 2022 Transformatoren, Generatoren und Ersatzteile für das von russischen Angriffen zerstörte Stromnetz beschafft werden.
Nach Recherchen von CORRECTIV hat die Bundesregierung mehr als 390 Millionen Euro in den Fonds eingezahlt, der vom Sekretariat der Energiegemeinschaft in Wien verwaltet wird.
Zu den Empfängern gehört auch der staatliche Atomkonzern Energoatom, der seit Montag im Zentrum des größten Korruptionsskandals seit Beginn der russischen Vollinvasion steht.

Das Nationale Antikorruptionsbüro NABU wirft einer Gruppe um den Geschäftsmann Tymur Mindytsch, einen früheren Geschäftspartner von Präsident Wolodymyr Selenskyj, vor, Auftragnehmer von Energoatom zu Schmiergeldzahlungen von zehn bis 15 Prozent gezwungen zu haben.
Insgesamt sollen rund 100 Millionen US-Dollar gewaschen worden sein.
Mindytsch hatte die Ukraine kurz vor den Durchsuchungen verlassen.
Ermittelt wird auch gegen den früheren Energieminister Herman Haluschtschenko, der bis Mittwoch Justizminister war.

Ob auch Geld aus dem Fonds betroffen ist, ist unklar.
Das Bundeswirtschaftsministerium teilte auf Anfrage von CORRECTIV mit, es gebe „derzeit keine Hinweise“ darauf, dass deutsche Mittel zweckentfremdet worden seien.
Man erwarte von der ukrainischen Regierung aber „lückenlose Aufklärung“ und werde das Thema beim nächsten Treffen der Geberländer im Dezember ansprechen.
Außenminister Johann Wadephul (CDU) sagte am Donnerstag in Berlin, Deutschland stehe weiter fest an der Seite der Ukraine.
„Aber unsere Unterstützung ist nur dann zu vermitteln, wenn jeder Euro dort ankommt, wo er gebraucht wird“, fügte er hinzu.

Selenskyj hatte am Mittwoch den Rücktritt Haluschtschenkos und der Energieministerin Switlana Hryntschuk verlangt, beide reichten ihn noch am selben Tag ein.
Am Donnerstag verhängte der Nationale Sicherheits- und Verteidigungsrat auf Selenskyjs Antrag Sanktionen gegen Mindytsch und einen weiteren Beschuldigten.
In Brüssel bemühte sich die EU-Kommission um Schadensbegrenzung: Die Ermittlungen zeigten, dass die unabhängigen Antikorruptionsbehörden funktionierten, sagte ein Sprecher am Mittwoch.
Ungarns Ministerpräsident Viktor Orbán nutzte den Skandal dagegen für einen Angriff auf die Ukraine-Hilfen der EU: Das Geld der Europäer lande bei einer „Kriegsmafia“, schrieb er am Mittwoch auf X.

Die Debatte dürfte auch den EU-Gipfel am 18. Dezember prägen, auf dem die Staats- und Regierungschefs über einen Kredit von bis zu 140 Milliarden Euro aus eingefrorenen russischen Vermögen entscheiden wollen.
Für das Stromnetz selbst drängt die Zeit: In der Nacht zum Samstag hatte Russland mit Hunderten Drohnen und Dutzenden Raketen Kraftwerke und Umspannwerke im ganzen Land angegriffen.
CORRECTIV hat dem Ministerium und dem Sekretariat der Energiegemeinschaft weitere Fragen geschickt, die Antworten stehen noch aus.
"""

# ---------------------------------------------------------------- b114de06 (Gränzbote)
DE06 = """
Selenskyj verspricht Neustart bei Energoatom – der Westen pocht auf Taten

Kiew/Tuttlingen. Nach dem Korruptionsskandal beim staatlichen Atomkonzern Energoatom hat der ukrainische Präsident Wolodymyr Selenskyj einen personellen Neuanfang an der Spitze des Unternehmens angekündigt.
In seiner Videoansprache zum Internationalen Antikorruptionstag am Dienstagabend sagte Selenskyj, der Aufsichtsrat von Energoatom werde bis Ende Januar vollständig neu besetzt, mit einer Mehrheit unabhängiger internationaler Mitglieder.
„Jeder Cent, den unsere Partner uns geben, muss geschützt sein“, sagte er.
Bei der Auswahl sollen nach seinen Worten die G7-Staaten und die Europäische Bank für Wiederaufbau und Entwicklung mitwirken.

Damit reagiert Kiew auch auf wachsenden Druck aus dem Westen.
Die Botschafter der G7-Staaten hatten am Dienstag in einer gemeinsamen Erklärung eine „vollständige Aufarbeitung“ des Falls und den Schutz der Antikorruptionsbehörden vor politischem Druck verlangt.
EU-Erweiterungskommissarin Marta Kos knüpfte die nächste Auszahlung aus der Ukraine-Fazilität am Montag in Brüssel an eine unabhängige Prüfung der staatlichen Energiekonzerne.
Der Internationale Währungsfonds, dessen Direktorium im Januar über ein neues Kreditprogramm über 8,1 Milliarden Dollar entscheiden soll, verlangt ähnliche Schritte.
Der Skandal hat seit Mitte November bereits zwei Minister und Selenskyjs langjährigen Stabschef Andrij Jermak das Amt gekostet.

Moskau versucht, aus der Affäre Kapital zu schlagen.
Kremlsprecher Dmitri Peskow sagte am Dienstag, die Korruption in Kiew zeige, dass westliche Hilfe „in einem schwarzen Loch“ verschwinde.
In der Nacht zum Dienstag griffen russische Drohnen erneut Umspannwerke in den Gebieten Odessa und Tschernihiw an.
Zugleich gehen die Gespräche über einen Friedensplan weiter: Selenskyj hatte am Montag in London den britischen Premierminister Keir Starmer, Frankreichs Präsidenten Emmanuel Macron und Bundeskanzler Friedrich Merz getroffen.
Merz mahnte dort, Korruption dürfe die europäische Unterstützung für die Ukraine nicht untergraben.

In Tuttlingen, wo mehrere Medizintechnikfirmen Operationsbesteck an ukrainische Kliniken liefern, wird die Entwicklung aufmerksam verfolgt.
„Unsere Kunden in der Ukraine sind verlässlich, aber Ausschreibungen mit Staatsbeteiligung meiden viele Mittelständler wegen der Korruptionsrisiken“, sagte ein Sprecher der Industrie- und Handelskammer Schwarzwald-Baar-Heuberg unserer Zeitung.
Die Kammer plant für das Frühjahr eine Informationsveranstaltung zum Wiederaufbau der Ukraine.
"""

DOCS += [
    doc(
        "b114de04_ukraine_fazilitaet_tranche_2025_09", "2025-09-26", DE04,
        [
            T("Donnerstag", "DATE", "2025-09-25"),
            T("Donnerstagabend", "TIME", "2025-09-25TEV"),
            T("Ende des Jahres", "DATE", "2025", mod="END"),
            T("Februar 2024", "DATE", "2024-02"),
            T("2027", "DATE", "2027"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Dienstag", "DATE", "2025-09-23"),
        ],
        [
            E("Commission releases the next Ukraine Facility payment, about 3.05 billion euros", "AID",
              ["European Union", "Ukraine"], "2025-09-25", "text", "occurred",
              "die nächste Zahlung aus der Ukraine-Fazilität freigegeben"),
            E("Commission withholds the rest because three of 16 reform steps are missing", "SANCTION",
              ["European Union", "Ukraine"], "2025-09-25", "context", "occurred", "Der Rest wird zurückgehalten"),
            E("Kos gives Kyiv until the end of the year to complete the missing steps", "THREATEN",
              ["European Union", "Ukraine"], "2025-09-25TEV", "context", "occurred",
              "Kiew habe bis Ende des Jahres Zeit", note="deadline end of 2025"),
            E("Ukraine Facility adopted", "AID", ["European Union", "Ukraine"], "2024-02", "text", "occurred",
              "Die Ukraine-Fazilität wurde im Februar 2024"),
            E("Kachka thanks the EU for its support", "SUPPORT", ["Ukraine", "European Union"], "2025-09-26",
              "published", "occurred", "Vizeregierungschef Taras Katschka dankte"),
            E("Kachka promises to complete the outstanding reforms", "AGREE", ["Ukraine", "European Union"],
              "2025-09-26", "published", "occurred", "Vizeregierungschef Taras Katschka dankte"),
            E("Zelensky meets Trump in New York on the sidelines of the UN General Assembly", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-09-23", "text", "occurred",
              "am Rande der UN-Generalversammlung"),
            E("Trump calls on the Europeans to stop buying Russian oil and gas", "REQUEST",
              ["Donald Trump", "European Union", "Russia"], "2025-09-23", "context", "occurred",
              "forderte er die Europäer auf"),
            E("Zakharova: European taxpayers' money disappears into corrupt officials' pockets", "ACCUSE",
              ["Maria Zakharova", "European Union", "Ukraine"], "2025-09-26", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa"),
            E("Orbán keeps blocking the opening of the first negotiating clusters with Ukraine", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2025-09-26", "published", "occurred",
              "Viktor Orbán blockiert weiterhin"),
        ],
        [
            S("European Union", "About 3.05 billion euros flow to Kyiv instead of 4.5 billion", "2025-09-25",
              "context", "wie eine Sprecherin der Kommission"),
            S("European Union", "Kos: the money is not lost", "2025-09-25TEV", "text", "Das Geld sei nicht verloren"),
            S("European Union", "Kos: Kyiv has until the end of the year to catch up", "2025-09-25TEV", "context",
              "Kiew habe bis Ende des Jahres Zeit"),
            S("European Union", "Kos: we stand firmly by Ukraine, but reforms are not an end in themselves",
              "2025-09-25TEV", "context", "Reformen sind kein Selbstzweck"),
            S("Ukraine", "Kachka thanks the EU and promises the reforms in the coming weeks", "2025-09-26",
              "published", "Vizeregierungschef Taras Katschka dankte"),
            S("Ukraine", "Kachka: the appointment will not be delayed further", "2025-09-26", "published",
              "Die Ernennung des obersten"),
            S("Donald Trump", "Ukraine could win back all its territory with EU support", "2025-09-23", "context",
              "Trump erklärte danach"),
            S("Donald Trump", "Europeans should stop buying Russian oil and gas", "2025-09-23", "context",
              "forderte er die Europäer auf"),
            S("Maria Zakharova", "European taxpayers' money disappears into the pockets of corrupt officials",
              "2025-09-26", "published", "Außenamtssprecherin Maria Sacharowa"),
        ],
        ["European Union", "Ukraine", "Volodymyr Zelensky", "Donald Trump", "United States", "United Nations",
         "Russia", "Maria Zakharova", "Viktor Orbán"],
    ),
    doc(
        "b114de05_energoatom_deutsches_geld_2025_11", "2025-11-14", DE05,
        [
            T("2022", "DATE", "2022"),
            T("Montag", "DATE", "2025-11-10"),
            T("Mittwoch", "DATE", "2025-11-12", 0),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dezember", "DATE", "2025-12", 0),
            T("Donnerstag", "DATE", "2025-11-13", 0),
            T("Mittwoch", "DATE", "2025-11-12", 1),
            T("selben Tag", "DATE", "2025-11-12"),
            T("Donnerstag", "DATE", "2025-11-13", 1),
            T("Mittwoch", "DATE", "2025-11-12", 2),
            T("Mittwoch", "DATE", "2025-11-12", 3),
            T("18. Dezember", "DATE", "2025-12-18"),
            T("der Nacht zum Samstag", "TIME", "2025-11-07TNI", note="night of 7 to 8 November"),
        ],
        [
            E("Germany funds the Ukraine Energy Support Fund since 2022", "AID", ["Germany", "Ukraine"], "2022",
              "text", "occurred", "Deutschland ist der größte Geldgeber", date_mod="START"),
            E("Economy ministry expects full clarification from the Ukrainian government", "REQUEST",
              ["Germany", "Ukraine"], "2025-11-14", "published", "occurred", "lückenlose Aufklärung"),
            E("Germany to raise the issue at the donors' meeting in December", "CONSULT", ["Germany"], "2025-12",
              "text", "planned", "lückenlose Aufklärung"),
            E("Wadephul: Germany stands firmly by Ukraine", "SUPPORT", ["Germany", "Ukraine"], "2025-11-13", "text",
              "occurred", "Außenminister Johann Wadephul (CDU) sagte am Donnerstag"),
            E("Wadephul: support only if every euro arrives where it is needed", "REQUEST", ["Germany", "Ukraine"],
              "2025-11-13", "context", "occurred", "wenn jeder Euro dort ankommt"),
            E("Commission: the investigation shows the anti-corruption bodies work", "SUPPORT",
              ["European Union", "Ukraine"], "2025-11-12", "text", "occurred",
              "bemühte sich die EU-Kommission um Schadensbegrenzung"),
            E("Orbán: European money ends up with a war mafia", "ACCUSE",
              ["Viktor Orbán", "Ukraine", "European Union"], "2025-11-12", "text", "occurred", "Kriegsmafia"),
            E("EU summit on 18 December", "CONSULT", ["European Union"], "2025-12-18", "text", "planned",
              "den EU-Gipfel am 18. Dezember"),
            E("Decision on a loan of up to 140 billion euros from frozen Russian assets", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-18", "text", "uncertain",
              "den EU-Gipfel am 18. Dezember"),
            E("Russian missile and drone attack on power plants and substations", "ASSAULT", ["Russia", "Ukraine"],
              "2025-11-07TNI", "text", "occurred", "In der Nacht zum Samstag hatte Russland"),
        ],
        [
            S("Ukraine", "NABU accuses Mindich's group of forcing Energoatom contractors to pay kickbacks",
              "2025-11-14", "published", "Das Nationale Antikorruptionsbüro NABU wirft"),
            S("Germany", "Economy ministry: currently no indication German funds were misused", "2025-11-14",
              "published", "derzeit keine Hinweise"),
            S("Germany", "Expects full clarification; will raise it at the donors' meeting", "2025-11-14",
              "published", "lückenlose Aufklärung"),
            S("Germany", "Wadephul: Germany stands firmly by Ukraine", "2025-11-13", "text",
              "Außenminister Johann Wadephul (CDU) sagte am Donnerstag"),
            S("Germany", "Wadephul: support only if every euro arrives where it is needed", "2025-11-13", "context",
              "wenn jeder Euro dort ankommt"),
            S("Volodymyr Zelensky", "Demands the resignation of Halushchenko and Hrynchuk", "2025-11-12", "text",
              "Selenskyj hatte am Mittwoch den Rücktritt"),
            S("European Union", "The investigation shows the independent anti-corruption bodies work", "2025-11-12",
              "text", "bemühte sich die EU-Kommission um Schadensbegrenzung"),
            S("Viktor Orbán", "European money ends up with a war mafia", "2025-11-12", "text", "Kriegsmafia"),
        ],
        ["Germany", "Ukraine", "Russia", "Volodymyr Zelensky", "European Union", "Viktor Orbán"],
    ),
    doc(
        "b114de06_energoatom_neustart_2025_12", "2025-12-10", DE06,
        [
            T("Internationalen Antikorruptionstag", "DATE", "2025-12-09"),
            T("Dienstagabend", "TIME", "2025-12-09TEV"),
            T("Ende Januar", "DATE", "2026-01", mod="END"),
            T("Dienstag", "DATE", "2025-12-09", 0),
            T("Montag", "DATE", "2025-12-08", 0),
            T("Januar", "DATE", "2026-01", 1),
            T("Mitte November", "DATE", "2025-11", mod="MID"),
            T("Dienstag", "DATE", "2025-12-09", 1),
            T("der Nacht zum Dienstag", "TIME", "2025-12-08TNI", note="night of 8 to 9 December"),
            T("Montag", "DATE", "2025-12-08", 1),
            T("das Frühjahr", "DATE", "2026-SP"),
        ],
        [
            E("New Energoatom supervisory board to be selected with the G7 states and the EBRD", "COOPERATE",
              ["Ukraine", "United States", "United Kingdom", "France", "Germany"], "2026-01", "context", "planned",
              "Bei der Auswahl sollen", date_mod="END", note="board to be renewed by the end of January"),
            E("G7 ambassadors demand a full investigation and protection of the anti-corruption bodies", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2025-12-09", "text", "occurred",
              "Die Botschafter der G7-Staaten hatten am Dienstag"),
            E("Kos ties the next Ukraine Facility payment to an independent audit of the state energy companies",
              "THREATEN", ["European Union", "Ukraine"], "2025-12-08", "text", "occurred", "Marta Kos knüpfte"),
            E("IMF board to decide on a new 8.1 billion dollar programme", "AID", ["Ukraine"], "2026-01", "text",
              "planned", "dessen Direktorium im Januar"),
            E("Peskov: Western aid disappears in a black hole", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-12-09",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Russian drones attack substations in the Odesa and Chernihiv regions", "ASSAULT", ["Russia", "Ukraine"],
              "2025-12-08TNI", "text", "occurred", "In der Nacht zum Dienstag griffen"),
            E("Zelensky meets Starmer, Macron and Merz in London", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"], "2025-12-08", "text",
              "occurred", "Selenskyj hatte am Montag in London"),
            E("Merz warns that corruption must not undermine European support", "REQUEST",
              ["Friedrich Merz", "Ukraine"], "2025-12-08", "context", "occurred", "Merz mahnte dort"),
        ],
        [
            S("Volodymyr Zelensky", "Energoatom's supervisory board to be fully renewed by the end of January",
              "2025-12-09TEV", "text", "In seiner Videoansprache zum Internationalen"),
            S("Volodymyr Zelensky", "Every cent our partners give us must be protected", "2025-12-09TEV", "context",
              "Jeder Cent"),
            S("Volodymyr Zelensky", "The G7 states and the EBRD are to take part in the selection", "2025-12-09TEV",
              "context", "Bei der Auswahl sollen"),
            S("Joint statement: United States, United Kingdom, France, Germany", "Demand a full investigation and "
              "protection of the anti-corruption bodies", "2025-12-09", "text",
              "Die Botschafter der G7-Staaten hatten am Dienstag"),
            S("European Union", "Kos: next payment tied to an independent audit of state energy companies",
              "2025-12-08", "text", "Marta Kos knüpfte"),
            S("Dmitry Peskov", "Corruption in Kyiv shows Western aid disappears in a black hole", "2025-12-09", "text",
              "Kremlsprecher Dmitri Peskow sagte"),
            S("Friedrich Merz", "Corruption must not undermine European support for Ukraine", "2025-12-08",
              "context", "Merz mahnte dort"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United States", "United Kingdom", "France", "Germany", "European Union",
         "Andriy Yermak", "Russia", "Dmitry Peskov", "Kremlin", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"],
    ),
]
