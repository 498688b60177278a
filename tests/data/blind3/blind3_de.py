"""German articles of the blind3 set (fictionalised wire style; facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- bde01
DOCS.append(dict(
    id="bde01_antalya_lawrow_kuleba_2022_03", lang="de", published="2022-03-10",
    body="""
Treffen in Antalya: Lawrow und Kuleba gehen ohne Einigung auseinander
ANTALYA (dpa) - Das erste Treffen der Außenminister Russlands und der Ukraine seit Beginn des Krieges ist am Donnerstag ohne greifbares Ergebnis zu Ende gegangen.
Sergej Lawrow und sein ukrainischer Kollege Dmytro Kuleba berieten im südtürkischen Antalya rund anderthalb Stunden lang, vermittelt vom türkischen Außenminister Mevlüt Çavuşoğlu.
Kuleba sagte anschließend vor Journalisten, er habe eine 24-stündige Feuerpause für humanitäre Zwecke vorgeschlagen, Lawrow habe sich dazu aber nicht verpflichten wollen.
„Es scheint, dass es in Russland andere Entscheidungsträger für diese Frage gibt“, fügte der ukrainische Chefdiplomat hinzu.

Moskaus Chefdiplomat gab sich auf seiner eigenen Pressekonferenz unbeeindruckt.
Russland habe die Ukraine nicht angegriffen, behauptete Lawrow, und wies Vorwürfe zurück, die russische Armee habe am Vortag eine Geburtsklinik in Mariupol bombardiert.
Das Gebäude sei längst von ukrainischen Kämpfern besetzt gewesen, die Bilder seien inszeniert, sagte er.
Ein Treffen zwischen Kremlchef Wladimir Putin und Präsident Wolodymyr Selenskyj schloss er nicht grundsätzlich aus, es müsse aber gründlich vorbereitet werden.

Der türkische Präsident Recep Tayyip Erdoğan hatte das Dreiertreffen nach Telefonaten mit beiden Seiten Ende Februar angeregt und sprach am Abend von einem „wichtigen ersten Schritt“.
Ankara unterhält enge Beziehungen zu Kiew wie zu Moskau und hat sich den westlichen Strafmaßnahmen nicht angeschlossen.

Unterdessen verständigten sich die Staats- und Regierungschefs der Europäischen Union, die am Abend zu einem zweitägigen Gipfel in Versailles zusammenkamen, auf eine schrittweise Abkehr von russischem Gas, Öl und Kohle.
Bundeskanzler Olaf Scholz hatte am Freitag vergangener Woche mit Putin telefoniert und ihn zu einem sofortigen Waffenstillstand aufgefordert.
Der französische Präsident Emmanuel Macron sprach am Sonntag erneut fast zwei Stunden mit dem Kremlchef, ohne dass sich eine Annäherung abzeichnete.
In Kiew rechnet man nicht damit, dass die für kommende Woche geplante vierte Runde der Delegationsgespräche einen Durchbruch bringt.
Die Verhandlungen hatten bislang an der belarussischen Grenze stattgefunden und sollen diesmal per Video geführt werden.
""",
    timexes=[
        T("Donnerstag", "DATE", "2022-03-10"),
        T("rund anderthalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
        T("24-stündige", "DURATION", "PT24H"),
        T("Vortag", "DATE", "2022-03-09"),
        T("Ende Februar", "DATE", "2022-02", mod="END"),
        T("Abend", "TIME", "2022-03-10TEV", 0),
        T("Abend", "TIME", "2022-03-10TEV", 1),
        T("zweitägigen", "DURATION", "P2D"),
        T("Freitag vergangener Woche", "DATE", "2022-03-04"),
        T("Sonntag", "DATE", "2022-03-06"),
        T("fast zwei Stunden", "DURATION", "PT2H", mod="APPROX"),
        T("kommende Woche", "DATE", "2022-W11"),
    ],
    events=[
        E("Lavrov and Kuleba meet in Antalya without result", "CONSULT", ["Sergey Lavrov", "Russia", "Ukraine", "Turkey"],
          "2022-03-10", "text", "occurred", "Das erste Treffen der Außenminister"),
        E("Kuleba proposes a 24-hour humanitarian ceasefire", "REQUEST", ["Ukraine", "Russia"],
          "2022-03-10", "context", "occurred", "24-stündige Feuerpause"),
        E("Lavrov declines to commit to a humanitarian ceasefire", "REJECT", ["Sergey Lavrov", "Ukraine"],
          "2022-03-10", "context", "occurred", "24-stündige Feuerpause"),
        E("Lavrov rejects accusations over the Mariupol maternity hospital", "REJECT", ["Sergey Lavrov", "Russia"],
          "2022-03-10", "context", "occurred", "wies Vorwürfe zurück"),
        E("Bombing of a maternity hospital in Mariupol (attributed to Russia)", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03-09", "text", "uncertain", "wies Vorwürfe zurück"),
        E("Erdoğan's phone calls with both sides proposing the meeting", "CONSULT",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-02", "text", "occurred", "nach Telefonaten mit beiden Seiten",
          date_mod="END"),
        E("EU leaders meet at a two-day summit in Versailles", "CONSULT", ["European Union"],
          "2022-03-10TEV", "text", "occurred", "Gipfel in Versailles", note="10-11 March 2022"),
        E("EU leaders agree to phase out Russian gas, oil and coal", "AGREE", ["European Union", "Russia"],
          "2022-03-10TEV", "text", "occurred", "Gipfel in Versailles"),
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2022-03-04", "text", "occurred", "Freitag vergangener Woche"),
        E("Scholz urges Putin to agree to an immediate ceasefire", "REQUEST", ["Olaf Scholz", "Vladimir Putin"],
          "2022-03-04", "text", "occurred", "Freitag vergangener Woche"),
        E("Macron–Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-03-06", "text", "occurred", "fast zwei Stunden"),
        E("Fourth round of Russian-Ukrainian delegation talks", "CONSULT", ["Russia", "Ukraine"],
          "2022-W11", "text", "planned", "vierte Runde", note="held by video on 14 March 2022"),
    ],
    statements=[
        S("Ukraine", "Proposed a 24-hour humanitarian ceasefire, Lavrov would not commit", "2022-03-10", "context",
          "24-stündige Feuerpause"),
        S("Ukraine", "There seem to be other decision-makers in Russia on this question", "2022-03-10", "context",
          "andere Entscheidungsträger"),
        S("Sergey Lavrov", "Russia did not attack Ukraine; rejects the Mariupol hospital accusations", "2022-03-10",
          "context", "wies Vorwürfe zurück"),
        S("Sergey Lavrov", "The building was occupied by Ukrainian fighters; the images are staged", "2022-03-10",
          "context", "die Bilder seien inszeniert"),
        S("Sergey Lavrov", "A Putin–Zelensky meeting is not ruled out but must be prepared", "2022-03-10", "context",
          "nicht grundsätzlich aus"),
        S("Recep Tayyip Erdoğan", "The meeting was an important first step", "2022-03-10", "text",
          "wichtigen ersten Schritt"),
    ],
    actors=["Russia", "Ukraine", "Sergey Lavrov", "Turkey", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky",
            "Recep Tayyip Erdoğan", "European Union", "Olaf Scholz", "Germany", "Emmanuel Macron", "France"],
))

# --------------------------------------------------------------------------- bde02
DOCS.append(dict(
    id="bde02_raketenwelle_g7_schalte_2022_10", lang="de", published="2022-10-11",
    body="""
Nach Raketenwelle gegen ukrainische Städte: G7 beraten mit Selenskyj, Scholz sagt Luftabwehr zu
KIEW/BERLIN (dpa) - Nach den schwersten russischen Luftangriffen seit Monaten sind die Staats- und Regierungschefs der G7 am Dienstag zu einer Videokonferenz mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammengekommen.
Selenskyj forderte die Partner in der Schalte auf, seinem Land einen „Luftschild“ zu verschaffen.
Zudem schlug er eine internationale Beobachtermission an der Grenze zu Belarus vor.
Bundeskanzler Olaf Scholz, der die G7 in diesem Jahr führt, sicherte Kiew anschließend Unterstützung zu, „so lange wie nötig“.
Das erste von vier zugesagten Flugabwehrsystemen vom Typ Iris-T werde in den kommenden Tagen geliefert, teilte das Verteidigungsministerium in Berlin mit.

Russland hatte am Montagmorgen mitten im Berufsverkehr mehr als 80 Raketen auf Städte in der gesamten Ukraine abgefeuert; nach ukrainischen Angaben wurden mindestens 19 Menschen getötet.
Kremlchef Wladimir Putin bezeichnete die Angriffe als Vergeltung für die Explosion auf der Krim-Brücke am Samstag, für die er ukrainische Geheimdienste verantwortlich machte.
Sollten die „terroristischen Angriffe“ weitergehen, werde die Antwort „hart“ ausfallen, drohte Putin bei einer Sitzung seines Sicherheitsrats.
Kremlsprecher Dmitri Peskow sagte am Dienstag, ein Treffen Putins mit US-Präsident Joe Biden beim G20-Gipfel auf Bali im November sei derzeit nicht geplant.

UN-Generalsekretär António Guterres zeigte sich „zutiefst schockiert“ und sprach von einer weiteren inakzeptablen Eskalation.
Auch die Türkei appellierte an beide Seiten, die Kämpfe umgehend einzustellen; Präsident Recep Tayyip Erdoğan will Putin am Donnerstag in Astana treffen.
Für Unruhe sorgte zudem Belarus: Machthaber Alexander Lukaschenko kündigte am Vorabend die Bildung einer gemeinsamen regionalen Truppe mit Russland an und warf Kiew vor, einen Angriff auf sein Land vorzubereiten.
Die UN-Vollversammlung will Mitte der Woche über eine Resolution abstimmen, die die Annexion von vier ukrainischen Gebieten durch Moskau verurteilt.
Diplomaten in New York rechnen mit einer deutlichen Mehrheit.
""",
    timexes=[
        T("Monaten", "DURATION", "PXM"),
        T("Dienstag", "DATE", "2022-10-11", 0),
        T("diesem Jahr", "DATE", "2022"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Montagmorgen", "TIME", "2022-10-10TMO"),
        T("Samstag", "DATE", "2022-10-08"),
        T("Dienstag", "DATE", "2022-10-11", 1),
        T("November", "DATE", "2022-11"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Donnerstag", "DATE", "2022-10-13"),
        T("Vorabend", "TIME", "2022-10-10TEV"),
        T("Mitte der Woche", "DATE", "2022-W41", mod="MID"),
    ],
    events=[
        E("G7 leaders hold a video conference with Zelensky", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2022-10-11", "text", "occurred", "Videokonferenz"),
        E("Zelensky asks the partners for an air shield", "REQUEST", ["Volodymyr Zelensky"],
          "2022-10-11", "context", "occurred", "Luftschild"),
        E("Zelensky proposes an international observer mission on the Belarus border", "REQUEST",
          ["Volodymyr Zelensky", "Belarus"], "2022-10-11", "context", "occurred", "Beobachtermission"),
        E("Scholz pledges support for Ukraine as long as necessary", "AGREE", ["Olaf Scholz", "Germany", "Ukraine"],
          "2022-10-11", "context", "occurred", "so lange wie nötig"),
        E("Delivery of the first IRIS-T air defence system", "AID", ["Germany", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Iris-T"),
        E("Massive Russian missile strikes on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-10TMO", "text", "occurred", "mehr als 80 Raketen"),
        E("Putin blames Ukrainian intelligence for the Crimean bridge explosion", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2022-10-10", "context", "occurred", "Krim-Brücke"),
        E("Explosion on the Crimean bridge (blamed on Ukraine by Putin)", "ASSAULT", ["Ukraine", "Russia"],
          "2022-10-08", "text", "uncertain", "Krim-Brücke"),
        E("Putin threatens a harsh response to further attacks", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2022-10-10", "context", "occurred", "Sicherheitsrats"),
        E("Guterres condemns the strikes as an unacceptable escalation", "ACCUSE",
          ["António Guterres", "United Nations", "Russia"], "2022-10-11", "published", "occurred", "zutiefst schockiert"),
        E("Turkey appeals to both sides to stop the fighting", "REQUEST", ["Turkey", "Russia", "Ukraine"],
          "2022-10-11", "published", "occurred", "appellierte"),
        E("Erdoğan to meet Putin in Astana", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-10-13", "text", "planned", "Astana"),
        E("Lukashenko announces a joint regional force with Russia", "MOBILIZE",
          ["Alexander Lukashenko", "Belarus", "Russia"], "2022-10-10TEV", "text", "occurred", "regionalen Truppe"),
        E("Lukashenko accuses Kyiv of preparing an attack on Belarus", "ACCUSE", ["Alexander Lukashenko", "Ukraine"],
          "2022-10-10TEV", "text", "occurred", "regionalen Truppe"),
        E("UN General Assembly vote on a resolution condemning the annexation", "ACCUSE", ["United Nations", "Russia"],
          "2022-W41", "text", "planned", "UN-Vollversammlung", date_mod="MID", note="vote held on 12 October 2022"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Asks the partners for an air shield for Ukraine", "2022-10-11", "context", "Luftschild"),
        S("Volodymyr Zelensky", "Proposes an international observer mission on the border with Belarus", "2022-10-11",
          "context", "Beobachtermission"),
        S("Olaf Scholz", "Germany will support Ukraine as long as necessary", "2022-10-11", "context",
          "so lange wie nötig"),
        S("Germany", "The first IRIS-T system will be delivered in the coming days", "2022-10-11", "published", "Iris-T"),
        S("Vladimir Putin", "The strikes are retaliation for the Crimean bridge blast, which Ukrainian intelligence staged",
          "2022-10-10", "context", "Krim-Brücke"),
        S("Vladimir Putin", "The response to further terrorist attacks will be harsh", "2022-10-10", "context",
          "Sicherheitsrats"),
        S("Dmitry Peskov", "A Putin–Biden meeting at the G20 is currently not planned", "2022-10-11", "text", "Bali"),
        S("António Guterres", "Deeply shocked; another unacceptable escalation", "2022-10-11", "published",
          "zutiefst schockiert"),
        S("Alexander Lukashenko", "Kyiv is preparing an attack on Belarus", "2022-10-10", "text", "regionalen Truppe"),
    ],
    actors=["Russia", "Volodymyr Zelensky", "Ukraine", "Belarus", "Olaf Scholz", "Germany", "Kremlin",
            "Vladimir Putin", "Dmitry Peskov", "Joe Biden", "United States", "António Guterres", "United Nations",
            "Turkey", "Recep Tayyip Erdoğan", "Alexander Lukashenko"],
))

# --------------------------------------------------------------------------- bde03
DOCS.append(dict(
    id="bde03_leopard_freigabe_2023_01", lang="de", published="2023-01-25",
    body="""
Kehrtwende in Berlin: Scholz gibt Leopard-Panzer für die Ukraine frei
BERLIN (dpa) - Nach wochenlangem Zögern hat die Bundesregierung die Lieferung von Kampfpanzern des Typs Leopard 2 an die Ukraine beschlossen.
Deutschland werde zunächst eine Kompanie mit 14 Panzern aus Beständen der Bundeswehr bereitstellen und auch anderen Ländern die Weitergabe erlauben, teilte Regierungssprecher Steffen Hebestreit am Mittwoch mit.
Bundeskanzler Olaf Scholz verteidigte den Schritt am Nachmittag im Bundestag: Man handle international eng abgestimmt, eine Beteiligung der Nato am Krieg werde es nicht geben.
Die ersten Panzer sollen nach Angaben des Verteidigungsministeriums Ende März in der Ukraine eintreffen; die Ausbildung ukrainischer Besatzungen in Deutschland soll rasch beginnen.

Präsident Wolodymyr Selenskyj dankte Scholz in einem Telefonat am Abend und sprach von einem „wichtigen und rechtzeitigen Schritt“.
Zugleich drängte er die Partner, auch Kampfflugzeuge und Raketen mit größerer Reichweite zu liefern.
In Washington wollte US-Präsident Joe Biden nach Angaben aus Regierungskreisen noch am selben Tag die Lieferung von 31 Kampfpanzern vom Typ Abrams verkünden.
Polen hatte bereits am Dienstag offiziell um die Genehmigung zur Weitergabe seiner Leopard-Panzer gebeten.

Moskau reagierte scharf.
Kremlsprecher Dmitri Peskow nannte die Pläne „ziemlich katastrophal“; die Panzer würden „brennen wie alle anderen“.
Der russische Botschafter in Berlin, Sergej Netschajew, warf der Bundesregierung vor, den Konflikt auf eine neue Stufe der Konfrontation zu heben.
Außenamtssprecherin Maria Sacharowa kündigte an, Moskau werde den Schritt „nicht unbeantwortet lassen“.

Die Entscheidung beendet ein Ringen, das Scholz im In- und Ausland viel Kritik eingebracht hatte.
Bei einem Treffen der Ukraine-Kontaktgruppe auf dem US-Stützpunkt Ramstein war vergangenen Freitag noch keine Einigung zustande gekommen.
Für den 3. Februar ist ein EU-Ukraine-Gipfel in Kiew angesetzt, und bis zum 24. Februar will die Europäische Union ein zehntes Sanktionspaket gegen Russland beschließen.
""",
    timexes=[
        T("wochenlangem", "DURATION", "PXW"),
        T("Mittwoch", "DATE", "2023-01-25"),
        T("Nachmittag", "TIME", "2023-01-25TAF"),
        T("Ende März", "DATE", "2023-03", mod="END"),
        T("Abend", "TIME", "2023-01-25TEV"),
        T("selben Tag", "DATE", "2023-01-25"),
        T("Dienstag", "DATE", "2023-01-24"),
        T("vergangenen Freitag", "DATE", "2023-01-20"),
        T("3. Februar", "DATE", "2023-02-03"),
        T("24. Februar", "DATE", "2023-02-24"),
    ],
    events=[
        E("German government decides to deliver Leopard 2 tanks to Ukraine", "AID", ["Germany", "Ukraine"],
          "2023-01-25", "context", "occurred", "Nach wochenlangem Zögern"),
        E("Germany allows other countries to re-export Leopard tanks to Ukraine", "AGREE", ["Germany", "Ukraine"],
          "2023-01-25", "text", "occurred", "Weitergabe erlauben"),
        E("First Leopard tanks to arrive in Ukraine", "AID", ["Germany", "Ukraine"],
          "2023-03", "text", "planned", "Ende März", date_mod="END"),
        E("Zelensky–Scholz phone call", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2023-01-25TEV", "text", "occurred", "in einem Telefonat am Abend"),
        E("Zelensky urges partners to supply fighter jets and longer-range missiles", "REQUEST", ["Volodymyr Zelensky"],
          "2023-01-25TEV", "context", "occurred", "Kampfflugzeuge"),
        E("Biden to announce the delivery of 31 Abrams tanks", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2023-01-25", "text", "planned", "Abrams"),
        E("Poland formally requests permission to re-export its Leopard tanks", "REQUEST", ["Poland", "Germany"],
          "2023-01-24", "text", "occurred", "Polen hatte bereits"),
        E("Russian ambassador accuses Berlin of escalating the conflict", "ACCUSE", ["Russia", "Germany"],
          "2023-01-25", "published", "occurred", "Netschajew"),
        E("Zakharova threatens a response to the tank deliveries", "THREATEN", ["Maria Zakharova", "Russia", "Germany"],
          "2023-01-25", "published", "occurred", "nicht unbeantwortet"),
        E("Ukraine Contact Group meeting at Ramstein without agreement on tanks", "CONSULT", ["Ukraine"],
          "2023-01-20", "text", "occurred", "Ramstein"),
        E("EU–Ukraine summit in Kyiv", "CONSULT", ["European Union", "Ukraine"],
          "2023-02-03", "text", "planned", "EU-Ukraine-Gipfel"),
        E("EU to adopt a tenth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2023-02-24", "text", "planned", "zehntes Sanktionspaket", note="'bis zum 24. Februar' (deadline)"),
    ],
    statements=[
        S("Germany", "Germany will provide 14 Leopard 2 tanks and allow other countries to re-export theirs",
          "2023-01-25", "text", "Weitergabe erlauben"),
        S("Olaf Scholz", "Germany acts in close international coordination; NATO will not become a party to the war",
          "2023-01-25", "text", "Bundestag"),
        S("Germany", "The first tanks are to arrive in Ukraine at the end of March", "2023-01-25", "published",
          "Ende März"),
        S("Volodymyr Zelensky", "The decision is an important and timely step", "2023-01-25", "text",
          "rechtzeitigen Schritt"),
        S("Dmitry Peskov", "The plans are rather catastrophic; the tanks will burn like all the others", "2023-01-25",
          "published", "ziemlich katastrophal"),
        S("Russia", "Berlin is lifting the conflict to a new level of confrontation", "2023-01-25", "published",
          "Netschajew"),
        S("Maria Zakharova", "Moscow will not leave the step unanswered", "2023-01-25", "published",
          "nicht unbeantwortet"),
    ],
    actors=["Germany", "Ukraine", "Olaf Scholz", "NATO", "Volodymyr Zelensky", "Joe Biden", "United States",
            "Poland", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union"],
))

# --------------------------------------------------------------------------- bde04
DOCS.append(dict(
    id="bde04_xi_staatsbesuch_moskau_2023_03", lang="de", published="2023-03-21",
    body="""
Staatsbesuch in Moskau: Xi und Putin demonstrieren Schulterschluss
MOSKAU/PEKING (AFP) - Chinas Staatschef Xi Jinping und Kremlchef Wladimir Putin haben am Dienstag im Kreml ihre offiziellen Verhandlungen aufgenommen.
Bereits am Montagnachmittag war Xi zu seinem dreitägigen Staatsbesuch in Moskau eingetroffen; am Abend sprachen die beiden Präsidenten nach Kremlangaben viereinhalb Stunden lang unter vier Augen.
Putin sagte zum Auftakt der Gespräche, er habe den chinesischen Zwölf-Punkte-Plan zur Ukraine „aufmerksam studiert“ und sei offen für Verhandlungen.
Viele Punkte des Plans könnten als Grundlage für eine Lösung dienen, sobald der Westen und Kiew dazu bereit seien, hieß es später in einer gemeinsamen Erklärung beider Seiten.
Xi lud Putin zu einem Gegenbesuch nach China noch in diesem Jahr ein.

Kremlsprecher Dmitri Peskow hatte vor dem Besuch betont, man werde mit Peking auch über Energielieferungen beraten, ein Abkommen über die Gaspipeline „Kraft Sibiriens 2“ stehe aber noch nicht zur Unterschrift an.
Beobachter werten die Reise als demonstratives Zeichen, dass Peking Moskau trotz des Krieges nicht fallen lässt.

In Washington stieß der Besuch auf scharfe Kritik.
US-Außenminister Antony Blinken warf Peking am Montag vor, Russland „diplomatische Deckung“ für weitere Verbrechen zu geben.
Eine Waffenruhe, die lediglich die russischen Eroberungen festschreibe, lehne Washington ab, fügte er hinzu.
Der Internationale Strafgerichtshof in Den Haag hatte am Freitag Haftbefehl gegen Putin wegen der Verschleppung ukrainischer Kinder erlassen.
Peking weist die Vorwürfe aus dem Westen zurück und betont, in dem Konflikt eine neutrale Position einzunehmen.

Der ukrainische Präsident Wolodymyr Selenskyj hatte Xi zuletzt vor zwei Wochen zu einem Gespräch eingeladen, eine Antwort aus Peking steht aus.
Zeitgleich mit Xis Besuch traf der japanische Ministerpräsident Fumio Kishida überraschend in Kiew ein, wo er Selenskyj am Nachmittag zu Gesprächen treffen wollte.
Nach dem Abschluss der Gespräche am Mittwoch will Xi nach Peking zurückkehren; eine gemeinsame Pressekonferenz ist nicht vorgesehen.
""",
    timexes=[
        T("Dienstag", "DATE", "2023-03-21"),
        T("Montagnachmittag", "TIME", "2023-03-20TAF"),
        T("dreitägigen", "DURATION", "P3D"),
        T("Abend", "TIME", "2023-03-20TEV"),
        T("viereinhalb Stunden", "DURATION", "PT4H30M"),
        T("diesem Jahr", "DATE", "2023"),
        T("Montag", "DATE", "2023-03-20"),
        T("Freitag", "DATE", "2023-03-17"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("vor zwei Wochen", "DATE", "2023-W10"),
        T("Nachmittag", "TIME", "2023-03-21TAF"),
        T("Mittwoch", "DATE", "2023-03-22"),
    ],
    events=[
        E("Xi and Putin open official talks in the Kremlin", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-03-21", "text", "occurred", "ihre offiziellen Verhandlungen"),
        E("Xi arrives in Moscow for a three-day state visit", "CONSULT", ["Xi Jinping", "Russia"],
          "2023-03-20TAF", "text", "occurred", "Montagnachmittag"),
        E("Xi and Putin hold four and a half hours of one-on-one talks", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-03-20TEV", "text", "occurred", "Montagnachmittag"),
        E("Russia and China say the Chinese peace plan could be a basis for a settlement", "AGREE", ["Russia", "China"],
          "2023-03-21", "context", "occurred", "gemeinsamen Erklärung"),
        E("Xi invites Putin to visit China", "REQUEST", ["Xi Jinping", "Vladimir Putin"],
          "2023-03-21", "context", "occurred", "Gegenbesuch"),
        E("Putin's return visit to China", "CONSULT", ["Vladimir Putin", "China"],
          "2023", "text", "uncertain", "Gegenbesuch", note="Putin visited Beijing in October 2023"),
        E("Blinken accuses China of giving Russia diplomatic cover", "ACCUSE", ["Antony Blinken", "China", "Russia"],
          "2023-03-20", "text", "occurred", "diplomatische Deckung"),
        E("US rejects a ceasefire that freezes Russian conquests", "REJECT", ["Antony Blinken", "United States"],
          "2023-03-20", "context", "occurred", "lehne Washington ab"),
        E("ICC issues an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"],
          "2023-03-17", "text", "occurred", "Haftbefehl", note="issuer (ICC) not a canonical actor"),
        E("China rejects Western accusations", "REJECT", ["China"],
          "2023-03-21", "published", "occurred", "Peking weist die Vorwürfe"),
        E("Zelensky invites Xi to talks", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"],
          "2023-W10", "text", "occurred", "vor zwei Wochen"),
        E("Kishida to meet Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"],
          "2023-03-21TAF", "text", "planned", "Kishida", note="Japanese prime minister is not a canonical actor"),
        E("Conclusion of Xi's talks in Moscow", "CONSULT", ["Xi Jinping", "Russia"],
          "2023-03-22", "text", "planned", "Nach dem Abschluss der Gespräche"),
    ],
    statements=[
        S("Vladimir Putin", "Has carefully studied China's twelve-point plan and is open to negotiations", "2023-03-21",
          "context", "aufmerksam studiert"),
        S("Joint statement: Russia, China", "Many points of the Chinese plan can be a basis for a settlement",
          "2023-03-21", "context", "gemeinsamen Erklärung"),
        S("Dmitry Peskov", "Energy will be discussed, but a Power of Siberia 2 deal is not ready for signature",
          "2023-03-21", "published", "Kraft Sibiriens"),
        S("Antony Blinken", "China gives Russia diplomatic cover for further crimes", "2023-03-20", "text",
          "diplomatische Deckung"),
        S("Antony Blinken", "Washington rejects a ceasefire that freezes Russian conquests", "2023-03-20", "context",
          "lehne Washington ab"),
        S("China", "Rejects Western accusations; China is neutral in the conflict", "2023-03-21", "published",
          "Peking weist die Vorwürfe"),
    ],
    actors=["China", "Xi Jinping", "Kremlin", "Vladimir Putin", "Ukraine", "Russia", "Dmitry Peskov",
            "United States", "Antony Blinken", "Volodymyr Zelensky"],
))

# --------------------------------------------------------------------------- bde05
DOCS.append(dict(
    id="bde05_sicherheitsabkommen_berlin_2024_02", lang="de", published="2024-02-17",
    body="""
Sicherheitsabkommen unterzeichnet: Scholz sagt Selenskyj langfristige Hilfe zu
BERLIN/MÜNCHEN (dpa) - Deutschland und die Ukraine haben ein bilaterales Sicherheitsabkommen geschlossen, das Kiew für die kommenden zehn Jahre militärische und finanzielle Unterstützung zusichert.
Bundeskanzler Olaf Scholz und Präsident Wolodymyr Selenskyj unterzeichneten das Dokument am Freitagabend im Kanzleramt, wenige Stunden bevor beide zur Münchner Sicherheitskonferenz weiterreisten.
Zugleich kündigte die Bundesregierung ein weiteres Rüstungspaket im Umfang von 1,1 Milliarden Euro an, darunter 36 Haubitzen und 120.000 Schuss Artilleriemunition.
Scholz sprach von einem „historischen Schritt“.
Selenskyj bedankte sich und sagte, die Vereinbarung sei ein Signal an Moskau, dass die Ukraine nicht allein stehe.
Ein ähnliches Abkommen schloss der ukrainische Staatschef am selben Abend in Paris mit dem französischen Präsidenten Emmanuel Macron.

Überschattet wurde die Reise von der Nachricht vom Tod des Kremlkritikers Alexej Nawalny in einem Straflager jenseits des Polarkreises.
US-Präsident Joe Biden machte noch am Freitag Kremlchef Wladimir Putin persönlich dafür verantwortlich.
Kremlsprecher Dmitri Peskow wies die westlichen Reaktionen als „absolut inakzeptabel“ zurück; die Todesursache werde untersucht.

Am Samstag wollte Selenskyj in München eine Rede halten und unter anderem mit US-Vizepräsidentin Kamala Harris zusammenkommen.
Auf dem Programm stand auch ein Treffen mit Nato-Generalsekretär Jens Stoltenberg.
Die Ukraine steht derzeit an der Front massiv unter Druck, in der umkämpften Stadt Awdijiwka droht den Verteidigern die Einkesselung.
Im US-Kongress hängt ein Hilfspaket über rund 60 Milliarden Dollar seit Monaten fest, weil Republikaner im Repräsentantenhaus die Zustimmung verweigern.
Selenskyj hatte bei seinem Besuch in Washington Mitte Dezember vergeblich um die Freigabe geworben.
Ähnliche Abkommen hat Kiew bereits im Januar mit Großbritannien unterzeichnet; weitere sollen in den kommenden Wochen folgen, unter anderem mit Italien und Kanada.
""",
    timexes=[
        T("die kommenden zehn Jahre", "DURATION", "P10Y"),
        T("Freitagabend", "TIME", "2024-02-16TEV"),
        T("wenige Stunden", "DURATION", "PTXH"),
        T("selben Abend", "TIME", "2024-02-16TEV"),
        T("Freitag", "DATE", "2024-02-16"),
        T("Samstag", "DATE", "2024-02-17"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Monaten", "DURATION", "PXM"),
        T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
        T("Januar", "DATE", "2024-01"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Scholz and Zelensky sign a bilateral security agreement", "AGREE",
          ["Olaf Scholz", "Volodymyr Zelensky", "Germany", "Ukraine"], "2024-02-16TEV", "text", "occurred",
          "unterzeichneten das Dokument"),
        E("Germany announces a 1.1-billion-euro arms package", "AID", ["Germany", "Ukraine"],
          "2024-02-16TEV", "context", "occurred", "1,1 Milliarden"),
        E("Zelensky and Macron sign a security agreement in Paris", "AGREE",
          ["Volodymyr Zelensky", "Emmanuel Macron", "France", "Ukraine"], "2024-02-16TEV", "text", "occurred",
          "selben Abend in Paris"),
        E("Biden blames Putin for Navalny's death", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
          "2024-02-16", "text", "occurred", "persönlich dafür verantwortlich"),
        E("Peskov rejects the Western reactions", "REJECT", ["Dmitry Peskov", "Kremlin"],
          "2024-02-16", "context", "occurred", "absolut inakzeptabel"),
        E("Zelensky to meet US Vice President Harris in Munich", "CONSULT", ["Volodymyr Zelensky", "United States"],
          "2024-02-17", "text", "planned", "Kamala Harris"),
        E("Zelensky to meet NATO Secretary-General Stoltenberg", "CONSULT",
          ["Volodymyr Zelensky", "Jens Stoltenberg", "NATO"], "2024-02-17", "context", "planned", "Stoltenberg"),
        E("Zelensky visited Washington", "CONSULT", ["Volodymyr Zelensky", "United States"],
          "2023-12", "text", "occurred", "Mitte Dezember", date_mod="MID", note="12 December 2023"),
        E("Zelensky lobbied in vain for the release of US aid", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2023-12", "text", "occurred", "Mitte Dezember", date_mod="MID"),
        E("Ukraine and the United Kingdom signed a security agreement", "AGREE", ["Ukraine", "United Kingdom"],
          "2024-01", "text", "occurred", "Großbritannien"),
        E("Further security agreements to follow", "AGREE", ["Ukraine"],
          "FUTURE_REF", "vague", "planned", "Großbritannien"),
    ],
    statements=[
        S("Olaf Scholz", "The agreement is a historic step", "2024-02-16", "context", "historischen Schritt"),
        S("Volodymyr Zelensky", "The agreement signals to Moscow that Ukraine does not stand alone", "2024-02-16",
          "context", "nicht allein stehe"),
        S("Germany", "Announces a further 1.1-billion-euro arms package", "2024-02-16", "context", "1,1 Milliarden"),
        S("Joe Biden", "Putin is personally responsible for Navalny's death", "2024-02-16", "text",
          "persönlich dafür verantwortlich"),
        S("Dmitry Peskov", "The Western reactions are absolutely unacceptable; the cause of death is being investigated",
          "2024-02-16", "context", "absolut inakzeptabel"),
    ],
    actors=["Germany", "Ukraine", "Olaf Scholz", "Volodymyr Zelensky", "Russia", "Emmanuel Macron", "France",
            "Kremlin", "Joe Biden", "United States", "Vladimir Putin", "Dmitry Peskov", "NATO", "Jens Stoltenberg",
            "United Kingdom"],
))

# --------------------------------------------------------------------------- bde06
DOCS.append(dict(
    id="bde06_oreschnik_dnipro_2024_11", lang="de", published="2024-11-22",
    body="""
„Oreschnik“: Putin droht dem Westen nach Angriff auf Dnipro mit weiteren Schlägen
MOSKAU/KIEW (dpa) - Nach dem Einsatz einer neuartigen Mittelstreckenrakete gegen die ukrainische Stadt Dnipro hat Kremlchef Wladimir Putin dem Westen mit weiteren Angriffen gedroht.
Man halte sich für berechtigt, Waffen gegen militärische Einrichtungen jener Länder einzusetzen, die der Ukraine den Einsatz ihrer Waffen gegen russisches Gebiet erlaubten, sagte Putin in einer am Donnerstagabend ausgestrahlten Fernsehansprache.
Die Rakete vom Typ „Oreschnik“ sei am Morgen desselben Tages auf einen Rüstungsbetrieb in Dnipro abgefeuert worden, als Antwort auf ukrainische Angriffe mit amerikanischen ATACMS- und britischen Storm-Shadow-Raketen.
Kiew hatte das russische Grenzgebiet Brjansk am Dienstag erstmals mit ATACMS beschossen, nachdem die scheidende US-Regierung von Präsident Joe Biden am Sonntag ihr Veto gegen solche Einsätze aufgehoben hatte.
Bereits Anfang der Woche hatte Moskau eine überarbeitete Nukleardoktrin in Kraft gesetzt, die die Schwelle für den Einsatz von Atomwaffen senkt.

Kremlsprecher Dmitri Peskow sagte am Freitag, Washington sei rund 30 Minuten vor dem Start über die automatischen Kanäle zur Verhinderung eines Atomkriegs informiert worden.
Die ukrainische Luftwaffe hatte zunächst von einer Interkontinentalrakete gesprochen.
Präsident Wolodymyr Selenskyj warf Putin vor, die Ukraine zu einem „Testgelände“ zu machen, und verlangte eine „ernsthafte Reaktion“ der Welt.

Bundeskanzler Olaf Scholz nannte den Einsatz eine „furchtbare Eskalation“.
Am Rande eines Termins in Berlin bekräftigte er zugleich sein Nein zur Lieferung von Taurus-Marschflugkörpern an Kiew.
Scholz hatte vor einer Woche erstmals seit fast zwei Jahren wieder mit Putin telefoniert und war dafür in Kiew auf scharfe Kritik gestoßen.

Die Nato kündigte an, der Nato-Ukraine-Rat werde auf Bitte Kiews am Dienstag um 11 Uhr MEZ auf Botschafterebene in Brüssel zusammenkommen.
Der designierte US-Präsident Donald Trump, der am 20. Januar sein Amt antritt, äußerte sich zu dem Angriff zunächst nicht.
Militärexperten gehen davon aus, dass Russland nur wenige Exemplare der neuen Rakete besitzt.
""",
    timexes=[
        T("Donnerstagabend", "TIME", "2024-11-21TEV"),
        T("Morgen desselben Tages", "TIME", "2024-11-21TMO"),
        T("Dienstag", "DATE", "2024-11-19", 0),
        T("Sonntag", "DATE", "2024-11-17"),
        T("Anfang der Woche", "DATE", "2024-W47", mod="START"),
        T("Freitag", "DATE", "2024-11-22"),
        T("rund 30 Minuten", "DURATION", "PT30M", mod="APPROX"),
        T("vor einer Woche", "DATE", "2024-W46"),
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("Dienstag", "DATE", "2024-11-26", 1),
        T("11 Uhr MEZ", "TIME", "2024-11-26T11:00", note="MEZ (CET)"),
        T("20. Januar", "DATE", "2025-01-20"),
    ],
    events=[
        E("Putin threatens the West with further strikes", "THREATEN", ["Vladimir Putin"],
          "2024-11-21TEV", "context", "occurred", "hat Kremlchef Wladimir Putin dem Westen"),
        E("Russia strikes an arms plant in Dnipro with an Oreshnik missile", "ASSAULT", ["Russia", "Ukraine"],
          "2024-11-21TMO", "text", "occurred", "Morgen desselben Tages"),
        E("Ukraine strikes the Bryansk region with ATACMS for the first time", "ASSAULT", ["Ukraine", "Russia"],
          "2024-11-19", "text", "occurred", "Brjansk"),
        E("Biden administration lifts its veto on ATACMS strikes inside Russia", "AGREE",
          ["Joe Biden", "United States", "Ukraine"], "2024-11-17", "text", "occurred", "Brjansk"),
        E("Russia puts a revised nuclear doctrine into force", "THREATEN", ["Russia"],
          "2024-W47", "text", "occurred", "Nukleardoktrin", date_mod="START", note="signed 19 November 2024"),
        E("Zelensky accuses Putin of turning Ukraine into a testing ground", "ACCUSE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2024-11-22", "published", "occurred", "Testgelände"),
        E("Zelensky demands a serious reaction from the world", "REQUEST", ["Volodymyr Zelensky"],
          "2024-11-22", "published", "occurred", "Testgelände"),
        E("Scholz condemns the missile strike as a terrible escalation", "ACCUSE", ["Olaf Scholz", "Russia"],
          "2024-11-22", "published", "occurred", "furchtbare Eskalation"),
        E("Scholz again refuses to supply Taurus missiles", "REJECT", ["Olaf Scholz", "Germany", "Ukraine"],
          "2024-11-22", "published", "occurred", "Taurus"),
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"],
          "2024-W46", "text", "occurred", "vor einer Woche", note="15 November 2024"),
        E("Kyiv criticises Scholz for the call with Putin", "ACCUSE", ["Ukraine", "Olaf Scholz"],
          "2024-W46", "context", "occurred", "vor einer Woche"),
        E("NATO-Ukraine Council meets at Kyiv's request", "CONSULT", ["NATO", "Ukraine"],
          "2024-11-26T11:00", "text", "planned", "Nato-Ukraine-Rat", note="MEZ (CET)"),
    ],
    statements=[
        S("Vladimir Putin", "Russia may strike military facilities of countries that let Ukraine use their weapons against Russia",
          "2024-11-21", "text", "Man halte sich für berechtigt"),
        S("Vladimir Putin", "The Oreshnik was fired at a Dnipro arms plant in response to ATACMS and Storm Shadow strikes",
          "2024-11-21", "context", "Morgen desselben Tages"),
        S("Dmitry Peskov", "Washington was notified about 30 minutes before the launch", "2024-11-22", "text",
          "rund 30 Minuten"),
        S("Volodymyr Zelensky", "Putin is turning Ukraine into a testing ground; the world must react seriously",
          "2024-11-22", "published", "Testgelände"),
        S("Olaf Scholz", "The strike is a terrible escalation", "2024-11-22", "published", "furchtbare Eskalation"),
        S("Olaf Scholz", "Reaffirms his refusal to deliver Taurus missiles", "2024-11-22", "published", "Taurus"),
        S("NATO", "The NATO-Ukraine Council will meet on Tuesday at Kyiv's request", "2024-11-22", "published",
          "Nato-Ukraine-Rat"),
    ],
    actors=["Kremlin", "Vladimir Putin", "Ukraine", "Russia", "United States", "United Kingdom", "Joe Biden",
            "Dmitry Peskov", "Volodymyr Zelensky", "Olaf Scholz", "Germany", "NATO", "Donald Trump"],
))

# --------------------------------------------------------------------------- bde07
DOCS.append(dict(
    id="bde07_drohnen_polen_artikel4_2025_09", lang="de", published="2025-09-11",
    body="""
Drohnen über Polen: Warschau beantragt Nato-Konsultationen nach Artikel 4
WARSCHAU/BRÜSSEL (dpa) - Nach dem Eindringen russischer Drohnen in den polnischen Luftraum haben die Nato-Verbündeten auf Antrag Warschaus am Mittwoch Beratungen nach Artikel 4 des Nordatlantikvertrags aufgenommen.
Polnische und niederländische Kampfjets hatten in der Nacht zu Mittwoch mehrere von insgesamt 19 Flugobjekten abgeschossen, die nach Angaben der Regierung über einen Zeitraum von rund sieben Stunden in das Land eingedrungen waren.
Es war das erste Mal seit Beginn des Krieges, dass ein Nato-Staat über eigenem Gebiet auf russische Flugkörper feuerte.
Regierungschef Donald Tusk sagte im Parlament, die Lage sei einem offenen Konflikt so nahe wie seit dem Zweiten Weltkrieg nicht mehr.

Moskau wies jede Verantwortung zurück.
Das Verteidigungsministerium erklärte, Ziele auf polnischem Gebiet seien nicht geplant gewesen, man sei zu Konsultationen mit Warschau bereit.
Kremlsprecher Dmitri Peskow sagte, die EU und die Nato bezichtigten Russland beinahe täglich der Provokation, ohne Beweise vorzulegen.
Der belarussische Machthaber Alexander Lukaschenko behauptete, seine Luftabwehr habe einige der Drohnen, die wegen elektronischer Störungen vom Kurs abgekommen seien, schon über Belarus abgefangen und Warschau vorab gewarnt.

Nato-Generalsekretär Mark Rutte verurteilte das „rücksichtslose Verhalten“ Russlands und kündigte an, die Verbündeten würden ihre Abwehr an der Ostflanke verstärken.
Bundeskanzler Friedrich Merz sagte in Berlin, Putin teste die Entschlossenheit der Allianz; Deutschland werde sein Engagement bei der Luftraumüberwachung über Polen ausweiten.
US-Präsident Donald Trump reagierte am Mittwochmorgen Washingtoner Zeit mit einem knappen Beitrag in seinem Onlinedienst: „Auf geht’s!“
Der ukrainische Präsident Wolodymyr Selenskyj rief den Westen auf, einen gemeinsamen Schutzschirm über der Westukraine aufzuspannen, und bot Polen die Erfahrung seiner Drohnenabwehr an.

Für zusätzliche Spannungen sorgt das russisch-belarussische Großmanöver „Sapad 2025“, das am Freitag beginnen und bis Dienstag dauern soll.
Polen kündigte deshalb an, seine Grenzübergänge zu Belarus in der Nacht zu Freitag zu schließen.
Erst vor knapp zwei Wochen hatte ein russischer Großangriff auf Kiew auch die Vertretung der Europäischen Union beschädigt.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-09-10", 0),
        T("der Nacht zu Mittwoch", "TIME", "2025-09-09TNI", note="night to Wednesday 2025-09-10"),
        T("rund sieben Stunden", "DURATION", "PT7H", mod="APPROX"),
        T("beinahe täglich", "SET", "P1D", mod="APPROX"),
        T("Mittwochmorgen Washingtoner Zeit", "TIME", "2025-09-10TMO", note="Washington time"),
        T("Freitag", "DATE", "2025-09-12", 0),
        T("Dienstag", "DATE", "2025-09-16"),
        T("der Nacht zu Freitag", "TIME", "2025-09-11TNI", note="night to Friday 2025-09-12"),
        T("vor knapp zwei Wochen", "DATE", "2025-W35"),
    ],
    events=[
        E("NATO allies begin Article 4 consultations", "CONSULT", ["NATO", "Poland"],
          "2025-09-10", "text", "occurred", "Beratungen nach Artikel 4"),
        E("Poland requests Article 4 consultations", "REQUEST", ["Poland", "NATO"],
          "2025-09-10", "context", "occurred", "Beratungen nach Artikel 4"),
        E("Russian drones violate Polish airspace", "ASSAULT", ["Russia", "Poland"],
          "2025-09-09TNI", "text", "occurred", "19 Flugobjekten", note="night to Wednesday 2025-09-10"),
        E("Moscow rejects responsibility for the incursion", "REJECT", ["Russia"],
          "2025-09-11", "published", "occurred", "Moskau wies jede Verantwortung zurück."),
        E("Peskov accuses the EU and NATO of unfounded accusations", "ACCUSE",
          ["Dmitry Peskov", "European Union", "NATO"], "2025-09-11", "published", "occurred", "ohne Beweise"),
        E("Rutte condemns Russia's reckless behaviour", "ACCUSE", ["Mark Rutte", "NATO", "Russia"],
          "2025-09-11", "published", "occurred", "rücksichtslose Verhalten"),
        E("Merz pledges more German air policing over Poland", "AGREE", ["Friedrich Merz", "Germany", "Poland"],
          "2025-09-11", "published", "occurred", "Luftraumüberwachung"),
        E("Zelensky calls for a joint air shield over western Ukraine", "REQUEST", ["Volodymyr Zelensky"],
          "2025-09-11", "published", "occurred", "Schutzschirm"),
        E("Zelensky offers Poland Ukraine's drone defence experience", "AGREE", ["Volodymyr Zelensky", "Poland"],
          "2025-09-11", "published", "occurred", "Schutzschirm"),
        E("Russian-Belarusian Zapad 2025 exercise", "MOBILIZE", ["Russia", "Belarus"],
          "2025-09-12", "text", "planned", "Sapad 2025", note="12-16 September 2025"),
        E("Poland closes its border crossings with Belarus", "SANCTION", ["Poland", "Belarus"],
          "2025-09-11TNI", "text", "planned", "Grenzübergänge", note="night to Friday 2025-09-12"),
        E("Russian large-scale attack on Kyiv damages the EU mission", "ASSAULT", ["Russia", "Ukraine", "European Union"],
          "2025-W35", "text", "occurred", "vor knapp zwei Wochen", note="28 August 2025"),
    ],
    statements=[
        S("Donald Tusk", "The situation is closer to open conflict than at any time since the Second World War",
          "2025-09-11", "published", "offenen Konflikt"),
        S("Russia", "No targets in Poland were planned; Russia is ready for consultations with Warsaw", "2025-09-11",
          "published", "Konsultationen mit Warschau"),
        S("Dmitry Peskov", "The EU and NATO accuse Russia of provocation almost daily without evidence", "2025-09-11",
          "published", "ohne Beweise"),
        S("Alexander Lukashenko", "Belarus intercepted drones that had strayed off course and warned Warsaw",
          "2025-09-11", "published", "vorab gewarnt"),
        S("Mark Rutte", "Condemns Russia's reckless behaviour; allies will strengthen the eastern flank", "2025-09-11",
          "published", "rücksichtslose Verhalten"),
        S("Friedrich Merz", "Putin is testing the alliance; Germany will expand air policing over Poland", "2025-09-11",
          "published", "Luftraumüberwachung"),
        S("Donald Trump", "Here we go!", "2025-09-10", "text", "Onlinedienst"),
        S("Volodymyr Zelensky", "Calls for a joint air shield over western Ukraine; offers Poland drone defence help",
          "2025-09-11", "published", "Schutzschirm"),
    ],
    actors=["Russia", "Poland", "NATO", "Donald Tusk", "Kremlin", "Dmitry Peskov", "European Union", "Belarus",
            "Alexander Lukashenko", "Mark Rutte", "Friedrich Merz", "Vladimir Putin", "Germany", "Donald Trump",
            "United States", "Volodymyr Zelensky", "Ukraine"],
))

# --------------------------------------------------------------------------- bde08
DOCS.append(dict(
    id="bde08_abu_dhabi_zweite_runde_2026_02", lang="de", published="2026-02-05",
    body="""
Zweite Runde in Abu Dhabi: Unterhändler einigen sich auf Gefangenenaustausch
ABU DHABI/KIEW (dpa) - Bei der zweiten Runde ihrer Gespräche in Abu Dhabi haben sich Unterhändler aus den USA, Russland und der Ukraine auf den Austausch von 314 Gefangenen verständigt.
Das teilte der US-Sondergesandte Steve Witkoff am Donnerstag nach zweitägigen Beratungen mit, die er als „detailliert und produktiv“ bezeichnete.
Der Austausch solle in den kommenden Tagen erfolgen, es wäre der erste seit mehr als drei Monaten.
Zudem vereinbarten Washington und Moskau nach Angaben Witkoffs, den Dialog zwischen ihren Militärs wieder aufzunehmen, der seit Ende 2021 geruht hatte.
Am Mittwochabend war Witkoff außerdem mit dem russischen Sondergesandten Kirill Dmitrijew zusammengekommen, um über wirtschaftliche Projekte zu sprechen, wie das Weiße Haus mitteilte.

Die ukrainische Delegation wurde vom Sekretär des Nationalen Sicherheitsrats, Rustem Umerow, angeführt.
Umerow sprach von „substanziellen“ Gesprächen, warnte aber vor überzogenen Erwartungen.
Kremlsprecher Dmitri Peskow sagte in Moskau, es gebe „noch viel Arbeit“, vor allem in der Territorialfrage sei man von einer Einigung weit entfernt.
Moskau verlangt weiterhin den Abzug der ukrainischen Truppen aus dem gesamten Donbass, was Präsident Wolodymyr Selenskyj kategorisch ablehnt.

Überschattet wurden die Verhandlungen von schweren Angriffen auf die ukrainische Energieversorgung.
In der Nacht zu Dienstag hatte Russland nach Angaben der ukrainischen Luftwaffe mehr als 450 Drohnen und 70 Raketen abgefeuert, bei strengem Frost fiel in Teilen Kiews die Heizung aus.
Selenskyj warf Moskau vor, eine von US-Präsident Donald Trump vermittelte einwöchige Feuerpause für Energieanlagen missachtet zu haben, die am 25. Januar begonnen hatte und am Sonntag ausgelaufen war.

Die Gespräche waren Ende vergangenen Jahres nach der Vorlage eines amerikanischen Friedensplans in Gang gekommen; die erste trilaterale Runde hatte Ende Januar ebenfalls in Abu Dhabi stattgefunden.
Ein nächstes Treffen könnte Anfang März in Genf oder erneut am Golf stattfinden, hieß es aus Delegationskreisen.
Selenskyj bekräftigte am Abend in seiner Videoansprache die Bereitschaft zu einem direkten Treffen mit Kremlchef Wladimir Putin.
Der Präsident sei zu einem solchen Gespräch bereit, allerdings nur in Moskau, hatte Peskow in der Vorwoche gesagt.
""",
    timexes=[
        T("Donnerstag", "DATE", "2026-02-05"),
        T("zweitägigen", "DURATION", "P2D"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("mehr als drei Monaten", "DURATION", "P3M", mod="MORE_THAN"),
        T("Ende 2021", "DATE", "2021", mod="END"),
        T("Mittwochabend", "TIME", "2026-02-04TEV"),
        T("der Nacht zu Dienstag", "TIME", "2026-02-02TNI", note="night to Tuesday 2026-02-03"),
        T("einwöchige", "DURATION", "P1W"),
        T("25. Januar", "DATE", "2026-01-25"),
        T("Sonntag", "DATE", "2026-02-01"),
        T("Ende vergangenen Jahres", "DATE", "2025", mod="END"),
        T("Ende Januar", "DATE", "2026-01", mod="END"),
        T("Anfang März", "DATE", "2026-03", mod="START"),
        T("Abend", "TIME", "2026-02-05TEV"),
        T("Vorwoche", "DATE", "2026-W05"),
    ],
    events=[
        E("Second round of US-Russia-Ukraine talks in Abu Dhabi", "CONSULT",
          ["United States", "Russia", "Ukraine", "Steve Witkoff"], "2026-02-05", "context", "occurred",
          "Bei der zweiten Runde", note="two-day talks, 4-5 February 2026"),
        E("Negotiators agree on an exchange of 314 prisoners", "AGREE", ["United States", "Russia", "Ukraine"],
          "2026-02-05", "context", "occurred", "Bei der zweiten Runde"),
        E("Exchange of 314 prisoners", "CONCEDE", ["Russia", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Der Austausch solle"),
        E("US and Russia agree to resume military-to-military dialogue", "AGREE", ["United States", "Russia"],
          "2026-02-05", "context", "occurred", "Dialog zwischen ihren Militärs"),
        E("Witkoff meets Dmitriev on economic projects", "CONSULT", ["Steve Witkoff", "Kirill Dmitriev"],
          "2026-02-04TEV", "text", "occurred", "Mittwochabend"),
        E("Moscow demands Ukraine's withdrawal from the whole Donbas", "REQUEST", ["Russia", "Ukraine"],
          "2026-02-05", "published", "occurred", "Donbass"),
        E("Zelensky rejects withdrawing from the Donbas", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2026-02-05", "published", "occurred", "Donbass"),
        E("Massive Russian drone and missile attack on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
          "2026-02-02TNI", "text", "occurred", "450 Drohnen", note="night to Tuesday 2026-02-03"),
        E("Zelensky accuses Moscow of disregarding the energy truce", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2026-02-05", "published", "occurred", "missachtet"),
        E("One-week energy truce brokered by Trump", "RETREAT", ["Russia", "Ukraine", "Donald Trump"],
          "2026-01-25", "text", "occurred", "missachtet", note="ended 2026-02-01"),
        E("First trilateral round in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2026-01", "text", "occurred", "erste trilaterale Runde", date_mod="END"),
        E("Possible next meeting in Geneva or the Gulf", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2026-03", "text", "uncertain", "Anfang März", date_mod="START"),
        E("Zelensky reaffirms readiness for a direct meeting with Putin", "REQUEST",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2026-02-05TEV", "text", "occurred", "Videoansprache"),
        E("Putin (via Peskov) offers to meet Zelensky only in Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2026-W05", "text", "occurred", "nur in Moskau"),
    ],
    statements=[
        S("Steve Witkoff", "Negotiators agreed to exchange 314 prisoners; the talks were detailed and productive",
          "2026-02-05", "text", "detailliert und produktiv"),
        S("Steve Witkoff", "The exchange will take place in the coming days", "2026-02-05", "context",
          "Der Austausch solle"),
        S("Steve Witkoff", "Washington and Moscow agreed to resume military dialogue", "2026-02-05", "context",
          "Dialog zwischen ihren Militärs"),
        S("White House", "Witkoff met Dmitriev to discuss economic projects", "2026-02-05", "published",
          "Mittwochabend"),
        S("Rustem Umerov", "The talks were substantive, but expectations should not be too high", "2026-02-05",
          "context", "substanziellen"),
        S("Dmitry Peskov", "Much work remains; far from agreement on territory", "2026-02-05", "published",
          "noch viel Arbeit"),
        S("Volodymyr Zelensky", "Moscow disregarded the energy truce brokered by Trump", "2026-02-05", "published",
          "missachtet"),
        S("Volodymyr Zelensky", "Ready for a direct meeting with Putin", "2026-02-05", "text", "Videoansprache"),
        S("Vladimir Putin, via Dmitry Peskov", "Ready to meet Zelensky, but only in Moscow", "2026-W05", "text",
          "nur in Moskau"),
    ],
    actors=["United States", "Russia", "Ukraine", "Steve Witkoff", "Kirill Dmitriev", "White House",
            "Rustem Umerov", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Donald Trump", "Vladimir Putin"],
))
