"""German articles of the blind16 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- de01: ORF (Austrian), Monday 2022-04-11
DE01 = dict(
    id="b16de01_nehammer_putin_moskau_2022_04",
    lang="de",
    published="2022-04-11",
    body="""Nehammer nach Treffen mit Putin: „Sehr direkt, offen und hart“
Bundeskanzler Karl Nehammer (ÖVP) ist am Montag in Moskau als erster Regierungschef eines EU-Landes seit Beginn des russischen Angriffskriegs mit Kreml-Chef Wladimir Putin zusammengetroffen.
Das Gespräch in Putins Residenz Nowo-Ogarjowo vor den Toren der Hauptstadt dauerte nach Angaben des Bundeskanzleramts rund 75 Minuten, Fotos und eine gemeinsame Pressekonferenz gab es nicht.
Es sei „kein Freundschaftsbesuch“ gewesen, ließ Nehammer danach in einer Aussendung wissen, die Unterredung sei „sehr direkt, offen und hart“ verlaufen.

Er habe Putin mit den „schweren Kriegsverbrechen“ in Butscha und anderen Orten konfrontiert und verlangt, dass alle Verantwortlichen zur Rechenschaft gezogen werden, sagte der Kanzler am Abend vor Journalisten.
Zudem habe er auf einen Waffenstillstand, auf humanitäre Korridore für eingeschlossene Städte wie Mariupol und auf ungehinderten Zugang für das Rote Kreuz gedrängt.
Optimistisch sei er nach dem Treffen nicht, räumte Nehammer ein, Putin befinde sich „massiv in einer Kriegslogik“.
Auch über die Gaslieferungen, von denen Österreich zu rund 80 Prozent abhängt, sei gesprochen worden; Putin habe zugesichert, dass Russland seine Verträge erfülle.

Der Kreml hatte den Besuch erst am Sonntag bestätigt und zugleich die Erwartungen gedämpft.
Kremlsprecher Dmitri Peskow sagte der Agentur Interfax, Putin sei zu dem Gespräch bereit, eine gemeinsame Erklärung sei aber nicht vorgesehen.
Über den Inhalt der Unterredung wollte sich die russische Seite am Montag zunächst nicht äußern.

Nehammer war am Samstag in Kiew gewesen, wo er mit Präsident Wolodymyr Selenskyj zusammengetroffen war und den Vorort Butscha besucht hatte.
Seine Reise nach Moskau habe er in den vergangenen Tagen mit Berlin, mit der ukrainischen Führung und mit dem türkischen Präsidenten Recep Tayyip Erdoğan abgestimmt, hieß es aus dem Kanzleramt.
Das Außenministerium in Wien hatte erst am vergangenen Donnerstag vier russische Diplomaten zu unerwünschten Personen erklärt, sie müssen das Land bis Mittwoch verlassen.
In Luxemburg berieten unterdessen die EU-Außenminister über ein sechstes Sanktionspaket gegen Russland, ein Embargo auf russisches Öl bleibt unter den Mitgliedsstaaten aber umstritten.
""",
    timexes=[
        T("Montag", "DATE", "2022-04-11"),
        T("rund 75 Minuten", "DURATION", "PT75M", mod="APPROX"),
        T("Abend", "TIME", "2022-04-11TEV"),
        T("Sonntag", "DATE", "2022-04-10"),
        T("Montag", "DATE", "2022-04-11", n=1),
        T("Samstag", "DATE", "2022-04-09"),
        T("den vergangenen Tagen", "DATE", "PAST_REF"),
        T("vergangenen Donnerstag", "DATE", "2022-04-07"),
        T("Mittwoch", "DATE", "2022-04-13", note="deadline for the expelled diplomats to leave"),
    ],
    events=[
        E("Austrian chancellor Nehammer meets Putin near Moscow", "CONSULT", ["Vladimir Putin"],
          "2022-04-11", "text", "occurred", "ist am Montag in Moskau als erster Regierungschef",
          note="Nehammer and Austria are not canonical"),
        E("Nehammer confronts Putin with war crimes in Bucha", "ACCUSE", ["Vladimir Putin"],
          "2022-04-11", "context", "occurred", "mit den „schweren Kriegsverbrechen“ in Butscha"),
        E("Nehammer demands that those responsible be held to account", "REQUEST", ["Vladimir Putin"],
          "2022-04-11", "context", "occurred", "mit den „schweren Kriegsverbrechen“ in Butscha"),
        E("Nehammer presses Putin for a ceasefire, humanitarian corridors and Red Cross access", "REQUEST",
          ["Vladimir Putin"], "2022-04-11", "context", "occurred", "auf humanitäre Korridore für eingeschlossene"),
        E("Putin assures that Russia will honour its gas contracts", "AGREE", ["Vladimir Putin", "Russia"],
          "2022-04-11", "context", "occurred", "Putin habe zugesichert, dass Russland seine Verträge"),
        E("Nehammer meets Zelensky in Kyiv and visits Bucha", "CONSULT", ["Volodymyr Zelensky"],
          "2022-04-09", "text", "occurred", "Nehammer war am Samstag in Kiew gewesen"),
        E("Nehammer coordinates the Moscow trip with Berlin, Kyiv and Erdoğan", "CONSULT",
          ["Germany", "Ukraine", "Recep Tayyip Erdoğan"], "PAST_REF", "vague", "occurred",
          "Seine Reise nach Moskau habe er in den vergangenen Tagen"),
        E("Austria expels four Russian diplomats", "SANCTION", ["Russia"], "2022-04-07", "text", "occurred",
          "vier russische Diplomaten zu unerwünschten Personen", note="Austria is not canonical"),
        E("EU foreign ministers meet in Luxembourg", "CONSULT", ["European Union"], "2022-04-11", "published",
          "occurred", "In Luxemburg berieten unterdessen die EU-Außenminister"),
        E("Sixth EU sanctions package against Russia under discussion", "SANCTION", ["European Union", "Russia"],
          "2022-04-11", "published", "planned", "In Luxemburg berieten unterdessen die EU-Außenminister",
          note="the package was discussed at the meeting of the day; the oil embargo is disputed"),
    ],
    statements=[
        S("Vladimir Putin", "Assured Nehammer that Russia will honour its gas contracts", "2022-04-11", "context",
          "Putin habe zugesichert, dass Russland seine Verträge"),
        S("Kremlin", "Confirmed Nehammer's visit and dampened expectations", "2022-04-10", "text",
          "Der Kreml hatte den Besuch erst am Sonntag bestätigt"),
        S("Dmitry Peskov", "Putin is ready for the talk; no joint statement planned", "2022-04-10", "context",
          "Kremlsprecher Dmitri Peskow sagte der Agentur Interfax"),
    ],
    actors=["Vladimir Putin", "Kremlin", "Russia", "European Union", "Dmitry Peskov", "Volodymyr Zelensky",
            "Ukraine", "Germany", "Recep Tayyip Erdoğan", "Turkey"],
)

# ---------------------------------------------------------------- de02: tagesschau-style live blog, Sunday 2022-02-27
TICK = "ticker time, CET"
DE02 = dict(
    id="b16de02_liveblog_alarmbereitschaft_2022_02",
    lang="de",
    published="2022-02-27",
    body="""Liveblog ++ Putin versetzt Abschreckungswaffen in Alarmbereitschaft ++
21.40 Uhr: Die Europäische Union schließt ihren Luftraum für Flugzeuge aus Russland.
Kommissionschefin Ursula von der Leyen kündigte zudem an, dass die EU erstmals den Kauf und die Lieferung von Waffen an ein angegriffenes Land finanzieren werde, im Gespräch sind 450 Millionen Euro.
Auch die russischen Staatsmedien RT und Sputnik sollen in der EU verboten werden.

19.55 Uhr: Das Weiße Haus wirft Putin vor, mit der Alarmbereitschaft eine Bedrohung heraufzubeschwören, die es nicht gibt.
Russland sei zu keinem Zeitpunkt von der NATO oder der Ukraine bedroht gewesen, sagte Sprecherin Jen Psaki dem Sender ABC.

17.12 Uhr: NATO-Generalsekretär Jens Stoltenberg nennt die Anordnung des Kremlchefs „gefährliche Rhetorik“ und ein „unverantwortliches Verhalten“.

14.38 Uhr: Präsident Wladimir Putin hat die Abschreckungswaffen der russischen Armee, zu denen auch Atomwaffen gehören, in besondere Alarmbereitschaft versetzt.
Er begründete den Schritt bei einem im Fernsehen übertragenen Treffen mit der Militärführung mit „aggressiven Äußerungen“ führender NATO-Staaten und den „unrechtmäßigen“ Sanktionen des Westens.

13.05 Uhr: Die Ukraine ist doch zu Gesprächen mit einer russischen Delegation an der ukrainisch-belarussischen Grenze bereit.
Das Präsidialamt in Kiew teilte mit, Selenskyj habe sich darauf in einem Telefonat mit dem belarussischen Machthaber Alexander Lukaschenko verständigt.
Lukaschenko habe zugesichert, dass während der Reise, der Gespräche und der Rückreise der ukrainischen Delegation alle in Belarus stationierten Flugzeuge, Hubschrauber und Raketen am Boden blieben.
Am Vormittag hatte Selenskyj Gespräche in Belarus noch abgelehnt und stattdessen Warschau, Bratislava, Budapest, Istanbul oder Baku als Verhandlungsorte vorgeschlagen.
Kremlsprecher Dmitri Peskow hatte erklärt, die russische Delegation sei bereits in Gomel eingetroffen und warte dort auf die Ukrainer.

12.15 Uhr: Bundeskanzler Olaf Scholz hat in einer Sondersitzung des Bundestags ein Sondervermögen von 100 Milliarden Euro für die Bundeswehr angekündigt.
„Wir erleben eine Zeitenwende“, sagte Scholz, Putin wolle „ein russisches Imperium errichten“.
Die am Samstagabend beschlossene Lieferung von 1000 Panzerabwehrwaffen und 500 Stinger-Raketen an die Ukraine verteidigte der Kanzler als richtige Antwort auf den Überfall.

08.50 Uhr: Deutschland sperrt seinen Luftraum ab 15 Uhr für drei Monate für russische Flugzeuge, wie Verkehrsminister Volker Wissing mitteilte.
In der Nacht hatten sich die USA, die EU-Kommission, Deutschland, Frankreich, Großbritannien, Italien und Kanada darauf verständigt, ausgewählte russische Banken aus dem Zahlungssystem Swift auszuschließen.
""",
    timexes=[
        T("21.40 Uhr", "TIME", "2022-02-27T21:40", note=TICK),
        T("19.55 Uhr", "TIME", "2022-02-27T19:55", note=TICK),
        T("17.12 Uhr", "TIME", "2022-02-27T17:12", note=TICK),
        T("14.38 Uhr", "TIME", "2022-02-27T14:38", note=TICK),
        T("13.05 Uhr", "TIME", "2022-02-27T13:05", note=TICK),
        T("Vormittag", "TIME", "2022-02-27TMO"),
        T("12.15 Uhr", "TIME", "2022-02-27T12:15", note=TICK),
        T("Samstagabend", "TIME", "2022-02-26TEV"),
        T("08.50 Uhr", "TIME", "2022-02-27T08:50", note=TICK),
        T("15 Uhr", "TIME", "2022-02-27T15:00", n=1, note="CET"),
        T("drei Monate", "DURATION", "P3M"),
        T("der Nacht", "TIME", "2022-02-26TNI", note="night to Sunday; the decision was announced late on Saturday"),
    ],
    events=[
        E("EU closes its airspace to Russian aircraft", "SANCTION", ["European Union", "Russia"], "2022-02-27",
          "published", "occurred", "Die Europäische Union schließt ihren Luftraum",
          note="ticker entry of 21.40; ticker times are report times"),
        E("EU to finance weapons for Ukraine for the first time (450 million euros)", "AID",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2022-02-27", "published", "occurred",
          "Kommissionschefin Ursula von der Leyen kündigte zudem an"),
        E("EU to ban Russian state media RT and Sputnik", "SANCTION", ["European Union", "Russia"], "2022-02-27",
          "published", "planned", "Auch die russischen Staatsmedien RT und Sputnik"),
        E("White House accuses Putin of manufacturing a threat", "ACCUSE", ["White House", "Vladimir Putin"],
          "2022-02-27", "published", "occurred", "Das Weiße Haus wirft Putin vor"),
        E("Stoltenberg calls Putin's order dangerous rhetoric and irresponsible", "ACCUSE",
          ["Jens Stoltenberg", "Vladimir Putin"], "2022-02-27", "published", "occurred",
          "NATO-Generalsekretär Jens Stoltenberg nennt die Anordnung"),
        E("Putin puts Russia's deterrence forces, including nuclear weapons, on special alert", "MOBILIZE",
          ["Vladimir Putin", "Russia"], "2022-02-27", "published", "occurred",
          "hat die Abschreckungswaffen der russischen Armee"),
        E("Putin blames aggressive statements by NATO states and Western sanctions", "ACCUSE",
          ["Vladimir Putin", "NATO"], "2022-02-27", "published", "occurred", "Er begründete den Schritt"),
        E("Ukraine agrees to talks with a Russian delegation at the Belarusian border", "AGREE",
          ["Ukraine", "Russia"], "2022-02-27", "published", "occurred", "Die Ukraine ist doch zu Gesprächen"),
        E("Ukrainian-Russian talks at the Belarusian border", "CONSULT", ["Ukraine", "Russia"], "2022-02-27",
          "published", "planned", "Die Ukraine ist doch zu Gesprächen",
          note="no date in the text; the talks took place on 2022-02-28 in the Gomel region"),
        E("Zelensky–Lukashenko phone call", "CONSULT", ["Volodymyr Zelensky", "Alexander Lukashenko"],
          "2022-02-27", "published", "occurred", "in einem Telefonat mit dem belarussischen Machthaber"),
        E("Lukashenko guarantees that aircraft and missiles in Belarus stay grounded during the talks", "AGREE",
          ["Alexander Lukashenko", "Ukraine"], "2022-02-27", "published", "occurred",
          "Lukaschenko habe zugesichert"),
        E("Zelensky rejects talks in Belarus", "REJECT", ["Volodymyr Zelensky", "Russia"], "2022-02-27TMO", "text",
          "occurred", "Am Vormittag hatte Selenskyj Gespräche in Belarus"),
        E("Zelensky proposes Warsaw, Bratislava, Budapest, Istanbul or Baku as venues", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2022-02-27TMO", "text", "occurred",
          "Am Vormittag hatte Selenskyj Gespräche in Belarus"),
        E("Scholz announces a 100-billion-euro special fund for the Bundeswehr", "MOBILIZE",
          ["Olaf Scholz", "Germany"], "2022-02-27", "published", "planned",
          "ein Sondervermögen von 100 Milliarden Euro",
          note="increase of military capacity announced in the Bundestag"),
        E("Scholz accuses Putin of wanting to build a Russian empire", "ACCUSE", ["Olaf Scholz", "Vladimir Putin"],
          "2022-02-27", "published", "occurred", "„Wir erleben eine Zeitenwende“"),
        E("Germany decides to deliver 1000 anti-tank weapons and 500 Stinger missiles to Ukraine", "AID",
          ["Germany", "Ukraine"], "2022-02-26TEV", "text", "occurred", "Die am Samstagabend beschlossene Lieferung"),
        E("Germany closes its airspace to Russian aircraft for three months", "SANCTION", ["Germany", "Russia"],
          "2022-02-27T15:00", "text", "planned", "Deutschland sperrt seinen Luftraum"),
        E("Western allies agree to cut selected Russian banks off from SWIFT", "AGREE",
          ["United States", "European Union", "Germany", "France", "United Kingdom"], "2022-02-26TNI", "text",
          "occurred", "aus dem Zahlungssystem Swift auszuschließen", note="Italy and Canada are not canonical"),
        E("Selected Russian banks to be excluded from SWIFT", "SANCTION",
          ["United States", "European Union", "Germany", "France", "United Kingdom", "Russia"], "2022-02-26TNI",
          "text", "occurred", "aus dem Zahlungssystem Swift auszuschließen"),
    ],
    statements=[
        S("Ursula von der Leyen", "The EU will finance weapons for Ukraine; 450 million euros discussed", "2022-02-27",
          "published", "Kommissionschefin Ursula von der Leyen kündigte zudem an"),
        S("White House", "Putin is manufacturing a threat that does not exist", "2022-02-27", "published",
          "Das Weiße Haus wirft Putin vor"),
        S("White House", "Russia was never threatened by NATO or Ukraine (Psaki)", "2022-02-27", "published",
          "sagte Sprecherin Jen Psaki dem Sender ABC"),
        S("Jens Stoltenberg", "Putin's order is dangerous rhetoric and irresponsible", "2022-02-27", "published",
          "NATO-Generalsekretär Jens Stoltenberg nennt die Anordnung"),
        S("Vladimir Putin", "Justifies the alert with aggressive NATO statements and illegal Western sanctions",
          "2022-02-27", "published", "Er begründete den Schritt"),
        S("Ukraine", "Zelensky agreed on talks at the border in a call with Lukashenko", "2022-02-27", "published",
          "Das Präsidialamt in Kiew teilte mit"),
        S("Alexander Lukashenko, via Ukraine", "All aircraft and missiles in Belarus will stay on the ground during the talks",
          "2022-02-27", "published", "Lukaschenko habe zugesichert"),
        S("Volodymyr Zelensky", "Rejected talks in Belarus, proposed other venues", "2022-02-27TMO", "text",
          "Am Vormittag hatte Selenskyj Gespräche in Belarus"),
        S("Dmitry Peskov", "The Russian delegation has arrived in Gomel and is waiting", "2022-02-27", "published",
          "Kremlsprecher Dmitri Peskow hatte erklärt"),
        S("Olaf Scholz", "A turning point; Putin wants to build a Russian empire", "2022-02-27", "published",
          "„Wir erleben eine Zeitenwende“"),
        S("Olaf Scholz", "Defends the weapons delivery as the right answer to the invasion", "2022-02-27", "published",
          "verteidigte der Kanzler als richtige Antwort"),
        S("Germany", "German airspace closed to Russian aircraft from 3 p.m. for three months (Wissing)", "2022-02-27",
          "published", "Deutschland sperrt seinen Luftraum"),
    ],
    actors=["European Union", "Russia", "Ursula von der Leyen", "Ukraine", "White House", "Vladimir Putin", "NATO",
            "Jens Stoltenberg", "Kremlin", "Volodymyr Zelensky", "Alexander Lukashenko", "Belarus", "Dmitry Peskov",
            "Olaf Scholz", "Germany", "United States", "France", "United Kingdom"],
)

# ---------------------------------------------------------------- de03: dpa wire, Wednesday 2023-05-31
DE03 = dict(
    id="b16de03_generalkonsulate_obergrenze_2023_05",
    lang="de",
    published="2023-05-31",
    body="""Deutschland schließt vier russische Generalkonsulate – Antwort auf Moskauer Obergrenze
Berlin (dpa) - Als Reaktion auf eine von Moskau verhängte Obergrenze für deutsches Personal in Russland entzieht die Bundesregierung vier der fünf russischen Generalkonsulate in Deutschland die Zustimmung zum Betrieb.
Das teilte ein Sprecher des Auswärtigen Amts am Mittwoch in Berlin mit.
Die russische Seite habe im April entschieden, dass Deutschland ab Anfang Juni nicht mehr als 350 Personen in seinen Vertretungen in Russland beschäftigen dürfe, einschließlich der Mitarbeiter von Goethe-Instituten und deutschen Schulen.
Um diese Vorgabe zu erfüllen, werde Deutschland seine Generalkonsulate in Kaliningrad, Jekaterinburg und Nowosibirsk bis Jahresende schließen; bestehen bleiben sollen nur die Botschaft in Moskau und das Generalkonsulat in Sankt Petersburg.

Russland dürfe im Gegenzug von November an neben seiner Botschaft in Berlin nur noch ein Generalkonsulat betreiben, sagte der Sprecher.
Es gehe darum, in der Präsenz beider Länder „eine Balance“ herzustellen.

Aus Moskau kam umgehend scharfe Kritik.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Entscheidung eine „provokative Maßnahme“, die die Beziehungen weiter zerstöre.
Moskau werde darauf „hart“ antworten und behalte sich die Ausweisung weiterer deutscher Diplomaten vor, sagte sie nach Angaben der Agentur Ria Nowosti.
Kremlsprecher Dmitri Peskow erklärte, die Beziehungen befänden sich „auf dem Tiefpunkt“, die Verantwortung dafür trage allein Berlin.

Außenministerin Annalena Baerbock nannte die Obergrenze am Rande eines Nato-Treffens im norwegischen Oslo „durch nichts gerechtfertigt“.
Deutschland habe kein Interesse an einer weiteren Eskalation, man werde aber die eigenen Mitarbeiter schützen, fügte die Grünen-Politikerin hinzu.
Die Außenminister des Bündnisses beraten am Mittwoch und Donnerstag in Oslo über die Vorbereitung des Gipfels in Vilnius im Juli.

Der diplomatische Schlagabtausch zwischen Berlin und Moskau hatte sich zuletzt deutlich verschärft.
Im April 2022, wenige Tage nach Bekanntwerden der Gräueltaten von Butscha, hatte die Bundesregierung 40 russische Diplomaten zu unerwünschten Personen erklärt.
Im April dieses Jahres hatte Berlin erneut russische Botschaftsangehörige ausgewiesen, woraufhin Moskau mehr als 20 deutsche Diplomaten des Landes verwies.
Nach Angaben des Auswärtigen Amts waren Anfang des Jahres noch rund 650 deutsche Staatsbedienstete in Russland tätig.
""",
    timexes=[
        T("Mittwoch", "DATE", "2023-05-31"),
        T("April", "DATE", "2023-04"),
        T("Anfang Juni", "DATE", "2023-06", mod="START"),
        T("Jahresende", "DATE", "2023", mod="END"),
        T("November", "DATE", "2023-11"),
        T("Mittwoch", "DATE", "2023-05-31", n=1),
        T("Donnerstag", "DATE", "2023-06-01"),
        T("Juli", "DATE", "2023-07"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("April 2022", "DATE", "2022-04"),
        T("April dieses Jahres", "DATE", "2023-04"),
        T("Anfang des Jahres", "DATE", "2023", mod="START"),
    ],
    events=[
        E("Germany withdraws consent for four of the five Russian consulates general", "SANCTION",
          ["Germany", "Russia"], "2023-05-31", "context", "occurred", "Als Reaktion auf eine von Moskau verhängte",
          note="the Russian consulates must close by November (next paragraph)"),
        E("Russia caps German state staff in Russia at 350", "SANCTION", ["Russia", "Germany"], "2023-04", "text",
          "occurred", "Die russische Seite habe im April entschieden", note="the cap applies from early June 2023"),
        E("Zakharova calls the German decision a provocative measure", "ACCUSE", ["Maria Zakharova", "Germany"],
          "2023-05-31", "published", "occurred", "nannte die Entscheidung eine „provokative Maßnahme“"),
        E("Zakharova announces a harsh response and possible expulsion of more German diplomats", "THREATEN",
          ["Maria Zakharova", "Germany"], "2023-05-31", "published", "occurred", "Moskau werde darauf „hart“ antworten"),
        E("Peskov blames Berlin for the low point in relations", "ACCUSE", ["Dmitry Peskov", "Germany"], "2023-05-31",
          "published", "occurred", "Kremlsprecher Dmitri Peskow erklärte"),
        E("Baerbock calls the Russian cap unjustified", "ACCUSE", ["Germany", "Russia"], "2023-05-31", "published",
          "occurred", "Außenministerin Annalena Baerbock nannte die Obergrenze",
          note="Baerbock is not canonical; credited to Germany"),
        E("NATO foreign ministers meet in Oslo", "CONSULT", ["NATO"], "2023-05-31", "text", "occurred",
          "Die Außenminister des Bündnisses beraten", note="meeting on 31 May and 1 June 2023"),
        E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07", "text", "planned",
          "Die Außenminister des Bündnisses beraten"),
        E("Germany declares 40 Russian diplomats persona non grata", "SANCTION", ["Germany", "Russia"], "2022-04",
          "text", "occurred", "hatte die Bundesregierung 40 russische Diplomaten"),
        E("Germany again expels Russian embassy staff", "SANCTION", ["Germany", "Russia"], "2023-04", "text",
          "occurred", "Im April dieses Jahres hatte Berlin erneut"),
        E("Russia expels more than 20 German diplomats in response", "SANCTION", ["Russia", "Germany"], "2023-04",
          "text", "occurred", "Im April dieses Jahres hatte Berlin erneut"),
    ],
    statements=[
        S("Germany", "Germany withdraws consent for four Russian consulates general (Foreign Office spokesman)",
          "2023-05-31", "text", "Das teilte ein Sprecher des Auswärtigen Amts"),
        S("Germany", "Russia decided in April to cap German staff at 350 from June", "2023-05-31", "context",
          "Die russische Seite habe im April entschieden"),
        S("Germany", "Germany will close three of its consulates general in Russia by year-end", "2023-05-31",
          "context", "Um diese Vorgabe zu erfüllen"),
        S("Germany", "Russia may keep only its embassy and one consulate general from November", "2023-05-31",
          "context", "Russland dürfe im Gegenzug von November an"),
        S("Germany", "The aim is a balance in the presence of both countries", "2023-05-31", "context",
          "Es gehe darum, in der Präsenz beider Länder"),
        S("Maria Zakharova", "The decision is a provocative measure destroying relations", "2023-05-31", "published",
          "nannte die Entscheidung eine „provokative Maßnahme“"),
        S("Maria Zakharova", "Moscow will respond harshly and may expel more German diplomats", "2023-05-31",
          "published", "Moskau werde darauf „hart“ antworten"),
        S("Dmitry Peskov", "Relations are at a low point; Berlin alone is responsible", "2023-05-31", "published",
          "Kremlsprecher Dmitri Peskow erklärte"),
        S("Germany", "The cap is unjustified (Baerbock)", "2023-05-31", "published",
          "Außenministerin Annalena Baerbock nannte die Obergrenze"),
        S("Germany", "No interest in escalation, but staff will be protected (Baerbock)", "2023-05-31", "published",
          "Deutschland habe kein Interesse an einer weiteren Eskalation"),
        S("Germany", "About 650 German state employees were working in Russia at the start of the year", "2023-05-31",
          "published", "Nach Angaben des Auswärtigen Amts waren Anfang des Jahres"),
    ],
    actors=["Germany", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "NATO"],
)

# ---------------------------------------------------------------- de04: Der Standard (Austrian), Tuesday 2024-09-03
DE04 = dict(
    id="b16de04_putin_mongolei_haftbefehl_2024_09",
    lang="de",
    published="2024-09-03",
    body="""Putin in der Mongolei: Roter Teppich statt Haftbefehl
Ulan Bator/Kiew – Trotz eines internationalen Haftbefehls ist der russische Präsident Wladimir Putin am Dienstag in der mongolischen Hauptstadt Ulan Bator mit militärischen Ehren empfangen worden.
Putin war bereits am Montagabend eingetroffen; es ist seine erste Reise in einen Mitgliedsstaat des Internationalen Strafgerichtshofs (IStGH), seit dieser im März 2023 wegen der mutmaßlichen Verschleppung ukrainischer Kinder einen Haftbefehl gegen ihn erlassen hat.
Die Mongolei wäre als Vertragsstaat des Römischen Statuts eigentlich verpflichtet, den Kreml-Chef festzunehmen.
Bei seinem Treffen mit Präsident Uchnaagiin Chürelsüch ging es nach Kremlangaben um Energie, Handel und die geplante Pipeline „Kraft Sibiriens 2“, die russisches Gas über mongolisches Gebiet nach China bringen soll.
Anlass der Reise sind Feiern zum 85. Jahrestag der Schlacht am Chalchin Gol, in der sowjetische und mongolische Truppen 1939 die japanische Armee besiegt hatten.

Kiew reagierte empört.
Das ukrainische Außenministerium warf der Regierung in Ulan Bator vor, einem „Kriegsverbrecher“ zu helfen, sich der Justiz zu entziehen, und sprach von einem „schweren Schlag“ für den Strafgerichtshof.
Die Mongolei trage damit Mitverantwortung für Putins Verbrechen, hieß es in der Erklärung vom Dienstag.
Bereits in der vergangenen Woche hatte Kiew die mongolische Führung aufgefordert, den Haftbefehl zu vollstrecken.
Auch die EU bedauerte, dass die Mongolei ihren Verpflichtungen nicht nachgekommen sei; der Gerichtshof verdiene die Unterstützung aller Vertragsstaaten, betonte ein Sprecher in Brüssel.

Kremlsprecher Dmitri Peskow hatte vor der Reise erklärt, man mache sich „keine Sorgen“, es gebe einen „ausgezeichneten Dialog“ mit den mongolischen Freunden.
Alle Aspekte des Besuchs seien sorgfältig vorbereitet worden, sagte Peskow.
Russland erkennt die Zuständigkeit des Gerichts in Den Haag nicht an.

Während Putin in Ulan Bator die Ehrenformation abschritt, schlugen am Dienstagvormittag in der zentralukrainischen Stadt Poltawa zwei ballistische Raketen auf dem Gelände einer militärischen Ausbildungseinrichtung ein.
Nach ukrainischen Angaben wurden mehr als 50 Menschen getötet und mehr als 200 verletzt, es ist einer der folgenschwersten Einzelangriffe seit Kriegsbeginn.
Präsident Wolodymyr Selenskyj forderte die westlichen Partner erneut auf, mehr Flugabwehrsysteme zu liefern und Angriffe auf Ziele tief in Russland zu erlauben.
""",
    timexes=[
        T("Dienstag", "DATE", "2024-09-03"),
        T("Montagabend", "TIME", "2024-09-02TEV"),
        T("März 2023", "DATE", "2023-03"),
        T("1939", "DATE", "1939"),
        T("Dienstag", "DATE", "2024-09-03", n=1),
        T("der vergangenen Woche", "DATE", "2024-W35"),
        T("Dienstagvormittag", "TIME", "2024-09-03TMO"),
    ],
    events=[
        E("Putin received with military honours in Ulaanbaatar despite the ICC warrant", "CONSULT", ["Vladimir Putin"],
          "2024-09-03", "text", "occurred", "mit militärischen Ehren empfangen worden",
          note="state visit to Mongolia (not canonical); the talks with President Khurelsukh are part of this visit"),
        E("ICC issues an arrest warrant for Putin over the deportation of Ukrainian children", "ACCUSE",
          ["Vladimir Putin"], "2023-03", "text", "occurred", "im März 2023 wegen der mutmaßlichen Verschleppung",
          note="the ICC is not canonical"),
        E("Ukraine accuses Mongolia of helping a war criminal evade justice", "ACCUSE", ["Ukraine", "Vladimir Putin"],
          "2024-09-03", "context", "occurred", "Das ukrainische Außenministerium warf der Regierung in Ulan Bator vor"),
        E("Kyiv urged Mongolia to execute the arrest warrant", "REQUEST", ["Ukraine", "Vladimir Putin"], "2024-W35",
          "text", "occurred", "Bereits in der vergangenen Woche hatte Kiew"),
        E("EU regrets that Mongolia did not meet its obligations", "ACCUSE", ["European Union"], "2024-09-03",
          "published", "occurred", "Auch die EU bedauerte"),
        E("Russian ballistic missiles strike a military training facility in Poltava", "ASSAULT", ["Russia", "Ukraine"],
          "2024-09-03TMO", "text", "occurred", "schlugen am Dienstagvormittag in der zentralukrainischen Stadt Poltawa"),
        E("Zelensky calls on Western partners for more air defence and permission for deep strikes", "REQUEST",
          ["Volodymyr Zelensky"], "2024-09-03", "published", "occurred",
          "Präsident Wolodymyr Selenskyj forderte die westlichen Partner"),
    ],
    statements=[
        S("Kremlin", "The talks covered energy, trade and the Power of Siberia 2 pipeline", "2024-09-03", "context",
          "ging es nach Kremlangaben um Energie"),
        S("Ukraine", "Mongolia helped a war criminal evade justice; a heavy blow to the ICC", "2024-09-03", "context",
          "Das ukrainische Außenministerium warf der Regierung in Ulan Bator vor"),
        S("Ukraine", "Mongolia shares responsibility for Putin's crimes", "2024-09-03", "text",
          "Die Mongolei trage damit Mitverantwortung"),
        S("European Union", "Regrets Mongolia's failure; the court deserves the support of all states parties",
          "2024-09-03", "published", "Auch die EU bedauerte"),
        S("Dmitry Peskov", "No worries; excellent dialogue with the Mongolian friends", "2024-09-03", "published",
          "Kremlsprecher Dmitri Peskow hatte vor der Reise erklärt"),
        S("Dmitry Peskov", "All aspects of the visit were carefully prepared", "2024-09-03", "published",
          "Alle Aspekte des Besuchs seien sorgfältig vorbereitet worden"),
        S("Ukraine", "More than 50 killed and more than 200 injured in Poltava", "2024-09-03", "published",
          "Nach ukrainischen Angaben wurden mehr als 50 Menschen getötet"),
        S("Volodymyr Zelensky", "Calls for more air defence and permission to strike deep into Russia", "2024-09-03",
          "published", "Präsident Wolodymyr Selenskyj forderte die westlichen Partner"),
    ],
    actors=["Vladimir Putin", "Russia", "Kremlin", "Ukraine", "European Union", "Dmitry Peskov", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- de05: tagesschau/ZDF-style online report, Wednesday 2025-06-04
DE05 = dict(
    id="b16de05_papst_leo_putin_telefonat_2025_06",
    lang="de",
    published="2025-06-04",
    body="""Papst Leo XIV. telefoniert erstmals mit Putin
Papst Leo XIV. hat am Mittwoch erstmals mit dem russischen Präsidenten Wladimir Putin telefoniert und ihn zu einer „Geste“ für den Frieden aufgerufen.
Das teilte der Vatikan am Abend mit.
Der Papst habe an Russland appelliert, einen Schritt zu tun, der den Frieden fördere, und die Bedeutung des Dialogs zwischen den Parteien betont, hieß es in einer Erklärung von Vatikansprecher Matteo Bruni.
Auch über die humanitäre Lage, den Austausch von Gefangenen und die Vermittlungsmission von Kardinal Matteo Zuppi hätten beide gesprochen.

Der Kreml bestätigte das Gespräch.
Putin habe dem Papst für dessen Bereitschaft gedankt, zu einer Lösung beizutragen, sagte Präsidentenberater Juri Uschakow in Moskau.
Zugleich habe der Kremlchef betont, eine dauerhafte Regelung sei nur möglich, wenn die „Grundursachen“ des Konflikts beseitigt würden.
Putin habe dem Papst zudem geschildert, dass Kiew auf „terroristische“ Sabotageakte setze, und dabei auf die Sprengung von Brücken in den Gebieten Brjansk und Kursk am Wochenende verwiesen.
Nach Uschakows Angaben dauerte das Telefonat mehr als eine Stunde.

Leo XIV. hatte Mitte Mai angeboten, den Vatikan als Ort für Verhandlungen zwischen Russland und der Ukraine zur Verfügung zu stellen.
Am 18. Mai empfing er den ukrainischen Präsidenten Wolodymyr Selenskyj nach der Messe zu seiner Amtseinführung zu einer Privataudienz, US-Vizepräsident JD Vance und Außenminister Marco Rubio trafen den Papst am Tag darauf.
Außenminister Sergej Lawrow hatte den Vorschlag eines Treffens im Vatikan vor knapp zwei Wochen jedoch als „nicht sehr elegant“ abgetan.
Es sei kaum vorstellbar, dass orthodoxe Länder auf katholischem Boden über die Beseitigung der Ursachen des Konflikts verhandelten, sagte er.

Direkte Gespräche zwischen Russland und der Ukraine fanden stattdessen in Istanbul statt, die zweite Runde am Montag.
Dort vereinbarten beide Seiten den Austausch aller schwer verwundeten und jungen Kriegsgefangenen sowie die Rückgabe der sterblichen Überreste von jeweils 6000 Soldaten, eine Waffenruhe lehnte Moskau aber erneut ab.
Selenskyj warf Russland vor, die Gespräche nur zu nutzen, um neue Sanktionen des Westens hinauszuzögern.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-06-04"),
        T("Abend", "TIME", "2025-06-04TEV"),
        T("Wochenende", "DATE", "2025-W22-WE", note="31 May-1 June 2025"),
        T("mehr als eine Stunde", "DURATION", "PT1H", mod="MORE_THAN"),
        T("Mitte Mai", "DATE", "2025-05", mod="MID"),
        T("18. Mai", "DATE", "2025-05-18"),
        T("Tag darauf", "DATE", "2025-05-19"),
        T("vor knapp zwei Wochen", "DATE", "2025-W21"),
        T("Montag", "DATE", "2025-06-02"),
    ],
    events=[
        E("Pope Leo XIV and Putin hold their first phone call", "CONSULT", ["Vatican", "Vladimir Putin"], "2025-06-04",
          "text", "occurred", "hat am Mittwoch erstmals mit dem russischen Präsidenten"),
        E("Pope calls on Putin to make a gesture for peace", "REQUEST", ["Vatican", "Vladimir Putin"], "2025-06-04",
          "text", "occurred", "hat am Mittwoch erstmals mit dem russischen Präsidenten"),
        E("Putin thanks the Pope for his readiness to help", "SUPPORT", ["Vladimir Putin", "Vatican"], "2025-06-04",
          "context", "occurred", "Putin habe dem Papst für dessen Bereitschaft gedankt"),
        E("Putin: a lasting settlement requires removing the root causes of the conflict", "REQUEST",
          ["Vladimir Putin"], "2025-06-04", "context", "occurred", "Zugleich habe der Kremlchef betont"),
        E("Putin accuses Kyiv of terrorist sabotage", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2025-06-04", "context",
          "occurred", "Putin habe dem Papst zudem geschildert"),
        E("Bridges blown up in the Bryansk and Kursk regions", "ASSAULT", ["Ukraine", "Russia"], "2025-W22-WE", "text",
          "occurred", "Putin habe dem Papst zudem geschildert",
          note="Moscow blames Kyiv; the text gives only the Russian account"),
        E("Pope offers the Vatican as a venue for Russia–Ukraine negotiations", "REQUEST",
          ["Vatican", "Russia", "Ukraine"], "2025-05", "text", "occurred", "Leo XIV. hatte Mitte Mai angeboten",
          date_mod="MID"),
        E("Pope receives Zelensky in a private audience", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2025-05-18",
          "text", "occurred", "Am 18. Mai empfing er den ukrainischen Präsidenten"),
        E("Vance and Rubio meet the Pope", "CONSULT", ["JD Vance", "Marco Rubio", "Vatican"], "2025-05-19", "text",
          "occurred", "Am 18. Mai empfing er den ukrainischen Präsidenten"),
        E("Lavrov dismisses talks at the Vatican as 'not very elegant'", "REJECT", ["Sergey Lavrov", "Vatican"],
          "2025-W21", "text", "occurred", "Außenminister Sergej Lawrow hatte den Vorschlag"),
        E("Second round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text",
          "occurred", "Direkte Gespräche zwischen Russland und der Ukraine fanden stattdessen"),
        E("Russia and Ukraine agree to exchange wounded and young POWs and return 6000 bodies each", "AGREE",
          ["Russia", "Ukraine"], "2025-06-02", "context", "occurred", "Dort vereinbarten beide Seiten"),
        E("Moscow again rejects a ceasefire", "REJECT", ["Russia", "Ukraine"], "2025-06-02", "context", "occurred",
          "Dort vereinbarten beide Seiten"),
        E("Zelensky accuses Russia of using the talks to delay sanctions", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-06-04", "published", "occurred", "Selenskyj warf Russland vor"),
    ],
    statements=[
        S("Vatican", "Announced the Pope's call with Putin", "2025-06-04TEV", "text", "Das teilte der Vatikan am Abend mit."),
        S("Vatican", "The Pope appealed to Russia for a step towards peace and stressed dialogue", "2025-06-04TEV",
          "context", "Der Papst habe an Russland appelliert"),
        S("Vatican", "They also discussed the humanitarian situation, prisoner exchanges and Zuppi's mission",
          "2025-06-04TEV", "context", "Auch über die humanitäre Lage"),
        S("Kremlin", "Confirmed the call", "2025-06-04", "published", "Der Kreml bestätigte das Gespräch."),
        S("Vladimir Putin, via Yuri Ushakov", "Thanked the Pope for his readiness to help", "2025-06-04", "context",
          "Putin habe dem Papst für dessen Bereitschaft gedankt"),
        S("Vladimir Putin, via Yuri Ushakov", "A lasting settlement requires removing the root causes", "2025-06-04",
          "context", "Zugleich habe der Kremlchef betont"),
        S("Vladimir Putin, via Yuri Ushakov", "Kyiv relies on terrorist sabotage, as with the bridge blasts",
          "2025-06-04", "context", "Putin habe dem Papst zudem geschildert"),
        S("Yuri Ushakov", "The call lasted more than an hour", "2025-06-04", "context",
          "Nach Uschakows Angaben dauerte das Telefonat"),
        S("Sergey Lavrov", "A meeting at the Vatican is 'not very elegant'", "2025-W21", "text",
          "Außenminister Sergej Lawrow hatte den Vorschlag"),
        S("Sergey Lavrov", "Orthodox countries negotiating on Catholic ground is hardly imaginable", "2025-W21",
          "context", "Es sei kaum vorstellbar"),
        S("Volodymyr Zelensky", "Russia uses the talks only to delay new sanctions", "2025-06-04", "published",
          "Selenskyj warf Russland vor"),
    ],
    actors=["Vatican", "Vladimir Putin", "Russia", "Kremlin", "Yuri Ushakov", "Ukraine", "Volodymyr Zelensky",
            "United States", "JD Vance", "Marco Rubio", "Sergey Lavrov"],
)

# ---------------------------------------------------------------- de06: SRF (Swiss spelling), Thursday 2026-02-12, fiction
DE06 = dict(
    id="b16de06_cassis_osze_moskau_2026_02",
    lang="de",
    published="2026-02-12",
    published_basis="Fiction in a plausible setting: Switzerland holds the OSCE chair in 2026; the visit, its "
                    "content and all reactions are invented.",
    body="""Cassis in Moskau: OSZE bietet Überwachung einer Waffenruhe an
Bundesrat Ignazio Cassis hat am Mittwoch in Moskau als amtierender Vorsitzender der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) den russischen Aussenminister Sergej Lawrow getroffen.
Es war der erste Besuch eines OSZE-Vorsitzenden in der russischen Hauptstadt seit fast fünf Jahren.
Cassis habe Lawrow angeboten, dass die OSZE nach einem Waffenstillstand die Einhaltung der Feuerpause entlang der Frontlinie überwache, teilte das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) mit.
Die Schweiz sei zudem bereit, Gespräche zwischen den Kriegsparteien in Genf auszurichten, «wann immer die Parteien dies wünschen».

Lawrow zeigte sich zurückhaltend.
Die OSZE habe sich mit ihrer Beobachtermission im Donbass zwischen 2014 und 2022 «diskreditiert», sagte er vor den Medien.
Moskau werde die Schweizer Vorschläge zwar prüfen, einer «Einfrierung» des Konflikts werde Russland aber nicht zustimmen.
Zugleich warf Lawrow der Schweiz vor, mit der Übernahme der EU-Sanktionen ihre Neutralität preisgegeben zu haben.
Ein Treffen mit Präsident Wladimir Putin war nicht vorgesehen, wie Kremlsprecher Dmitri Peskow bereits am Dienstag erklärt hatte.

Vor seiner Reise nach Moskau war Cassis am Montag in Kiew von Präsident Wolodymyr Selenskyj und Aussenminister Andrij Sybiha empfangen worden.
Sybiha begrüsste ein stärkeres Engagement der OSZE, betonte aber, eine Beobachtermission könne Sicherheitsgarantien der westlichen Partner nicht ersetzen.
Selenskyj dankte der Schweiz für ihre Bereitschaft zur Vermittlung.

In Brüssel reagierte die EU-Aussenbeauftragte Kaja Kallas skeptisch.
Russland nutze jedes Gesprächsangebot, um Zeit zu gewinnen, während es die ukrainische Energieversorgung weiter bombardiere, sagte Kallas am Donnerstag.
In der Nacht auf Donnerstag griff Russland nach ukrainischen Angaben erneut Kraftwerke in den Regionen Charkiw und Odessa an.
Parallel laufen die von Washington vermittelten Gespräche weiter: Der US-Sondergesandte Steve Witkoff soll kommende Woche in Abu Dhabi erneut mit Unterhändlern Russlands und der Ukraine zusammentreffen.

Im Inland stiess die Reise auf ein geteiltes Echo.
Die SVP lobte sie als Ausdruck der Neutralität, während die Grünen von einem «Bückling vor dem Kreml» sprachen.
""",
    timexes=[
        T("Mittwoch", "DATE", "2026-02-11"),
        T("fast fünf Jahren", "DURATION", "P5Y", mod="APPROX"),
        T("2014", "DATE", "2014"),
        T("2022", "DATE", "2022"),
        T("Dienstag", "DATE", "2026-02-10"),
        T("Montag", "DATE", "2026-02-09"),
        T("Donnerstag", "DATE", "2026-02-12"),
        T("der Nacht auf Donnerstag", "TIME", "2026-02-11TNI", note="night to Thursday 12 February"),
        T("kommende Woche", "DATE", "2026-W08"),
    ],
    events=[
        E("OSCE chair Cassis meets Lavrov in Moscow", "CONSULT", ["Sergey Lavrov"], "2026-02-11", "text", "occurred",
          "hat am Mittwoch in Moskau als amtierender Vorsitzender",
          note="Cassis, Switzerland and the OSCE are not canonical"),
        E("Cassis offers OSCE monitoring of a future ceasefire", "REQUEST", ["Sergey Lavrov"], "2026-02-11", "context",
          "occurred", "Cassis habe Lawrow angeboten"),
        E("Switzerland offers to host talks between the warring parties in Geneva", "REQUEST", ["Russia", "Ukraine"],
          "2026-02-11", "context", "occurred", "Die Schweiz sei zudem bereit"),
        E("Lavrov says the OSCE discredited itself with its Donbas mission", "ACCUSE", ["Sergey Lavrov"], "2026-02-11",
          "context", "occurred", "Die OSZE habe sich mit ihrer Beobachtermission"),
        E("Lavrov rejects any freezing of the conflict", "REJECT", ["Sergey Lavrov", "Russia"], "2026-02-11",
          "context", "occurred", "Moskau werde die Schweizer Vorschläge zwar prüfen"),
        E("Lavrov accuses Switzerland of abandoning neutrality by adopting EU sanctions", "ACCUSE", ["Sergey Lavrov"],
          "2026-02-11", "context", "occurred", "Zugleich warf Lawrow der Schweiz vor"),
        E("Cassis received in Kyiv by Zelensky and Sybiha", "CONSULT", ["Volodymyr Zelensky", "Andrii Sybiha"],
          "2026-02-09", "text", "occurred", "Vor seiner Reise nach Moskau war Cassis am Montag"),
        E("Sybiha welcomes a stronger OSCE role", "SUPPORT", ["Andrii Sybiha"], "2026-02-09", "context", "occurred",
          "Sybiha begrüsste ein stärkeres Engagement"),
        E("Zelensky thanks Switzerland for its readiness to mediate", "SUPPORT", ["Volodymyr Zelensky"], "2026-02-09",
          "context", "occurred", "Selenskyj dankte der Schweiz"),
        E("Kallas accuses Russia of playing for time while bombing energy supplies", "ACCUSE", ["Kaja Kallas", "Russia"],
          "2026-02-12", "text", "occurred", "Russland nutze jedes Gesprächsangebot"),
        E("Russian strikes on power plants in the Kharkiv and Odesa regions", "ASSAULT", ["Russia", "Ukraine"],
          "2026-02-11TNI", "text", "occurred", "In der Nacht auf Donnerstag griff Russland"),
        E("Witkoff to meet Russian and Ukrainian negotiators in Abu Dhabi", "CONSULT",
          ["United States", "Steve Witkoff", "Russia", "Ukraine"], "2026-W08", "text", "planned",
          "Der US-Sondergesandte Steve Witkoff soll kommende Woche"),
    ],
    statements=[
        S("Sergey Lavrov", "The OSCE discredited itself with its Donbas mission 2014-2022", "2026-02-11", "context",
          "Die OSZE habe sich mit ihrer Beobachtermission"),
        S("Sergey Lavrov", "Moscow will examine the proposals but will not agree to a freeze", "2026-02-11", "context",
          "Moskau werde die Schweizer Vorschläge zwar prüfen"),
        S("Sergey Lavrov", "Switzerland gave up its neutrality by adopting EU sanctions", "2026-02-11", "context",
          "Zugleich warf Lawrow der Schweiz vor"),
        S("Dmitry Peskov", "No meeting of Cassis with Putin is planned", "2026-02-10", "text",
          "wie Kremlsprecher Dmitri Peskow bereits am Dienstag erklärt hatte"),
        S("Andrii Sybiha", "Welcomes a stronger OSCE role; monitors cannot replace security guarantees", "2026-02-09",
          "context", "Sybiha begrüsste ein stärkeres Engagement"),
        S("Volodymyr Zelensky", "Thanks Switzerland for its readiness to mediate", "2026-02-09", "context",
          "Selenskyj dankte der Schweiz"),
        S("Kaja Kallas", "Russia uses every offer of talks to gain time while bombing Ukraine's energy supply",
          "2026-02-12", "text", "Russland nutze jedes Gesprächsangebot"),
        S("Ukraine", "Russia again attacked power plants in the Kharkiv and Odesa regions", "2026-02-12", "published",
          "In der Nacht auf Donnerstag griff Russland"),
    ],
    actors=["Sergey Lavrov", "Russia", "European Union", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
            "Volodymyr Zelensky", "Andrii Sybiha", "Ukraine", "Kaja Kallas", "United States", "Steve Witkoff"],
)

# ---------------------------------------------------------------- de07: news portal summarising agency copy, Saturday 2026-05-16, fiction
DE07 = dict(
    id="b16de07_merz_putin_telefonat_2026_05",
    lang="de",
    published="2026-05-16",
    published_basis="Fiction in a plausible setting: the Merz–Putin call, the cancelled April round in Abu Dhabi "
                    "and the reactions are invented.",
    body="""Merz sucht das direkte Gespräch mit Putin – Kreml stellt Bedingungen
Bundeskanzler Friedrich Merz hat erstmals seit seinem Amtsantritt mit dem russischen Präsidenten Wladimir Putin telefoniert und ihn zu einer sofortigen Waffenruhe aufgefordert.
Das rund einstündige Gespräch fand am Freitagnachmittag statt, wie Regierungssprecher Stefan Kornelius am Abend mitteilte.
Merz habe zudem einen Austausch aller Gefangenen nach dem Prinzip „alle gegen alle“ und die Rückkehr verschleppter ukrainischer Kinder verlangt.
Der Kanzler hatte sich am Donnerstag in einer Videoschalte mit dem französischen Präsidenten Emmanuel Macron, dem britischen Premierminister Keir Starmer und dem ukrainischen Präsidenten Wolodymyr Selenskyj abgestimmt.

Der Kreml bestätigte das Telefonat und sprach von einem „sachlichen und offenen“ Austausch.
Putin habe deutlich gemacht, dass eine Waffenruhe nur in Frage komme, wenn die westlichen Waffenlieferungen an Kiew eingestellt würden, sagte sein außenpolitischer Berater Juri Uschakow.
Beide Seiten hätten vereinbart, den Kontakt auf der Ebene der Berater fortzusetzen.
Zugleich warf der Kremlchef Berlin vor, mit der geplanten Lieferung weiterer Langstreckenwaffen an die Ukraine den Krieg zu verlängern.

Der ukrainische Präsident äußerte die Hoffnung, dass das Gespräch den Druck auf Moskau erhöhe.
Er warnte aber davor, Putin Zugeständnisse „auf Kosten der Ukraine“ zu machen.
Merz habe ihn unmittelbar nach dem Telefonat unterrichtet, schrieb Selenskyj auf der Plattform X.
Polens Regierungschef Donald Tusk warf Putin vor, auf Zeit zu spielen, niemand solle sich über dessen Absichten Illusionen machen.

Die Gespräche zwischen Vertretern der USA, Russlands und der Ukraine in Abu Dhabi stocken derzeit, eine für April geplante vierte Runde war kurzfristig abgesagt worden.
US-Präsident Donald Trump hatte zuletzt erklärt, er verliere die Geduld mit beiden Seiten, und mit einem Rückzug aus der Vermittlung gedroht.
Die EU will in der kommenden Woche ihr 21. Sanktionspaket beschließen, das sich vor allem gegen die russische Schattenflotte richtet.
Merz' Vorgänger Olaf Scholz hatte im November 2024 mit Putin telefoniert und war dafür in Kiew und bei mehreren Verbündeten scharf kritisiert worden.
""",
    timexes=[
        T("rund einstündige", "DURATION", "PT1H", mod="APPROX"),
        T("Freitagnachmittag", "TIME", "2026-05-15TAF"),
        T("Abend", "TIME", "2026-05-15TEV"),
        T("Donnerstag", "DATE", "2026-05-14"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("April", "DATE", "2026-04"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("der kommenden Woche", "DATE", "2026-W21"),
        T("November 2024", "DATE", "2024-11"),
    ],
    events=[
        E("Merz–Putin phone call, the first since Merz took office", "CONSULT", ["Friedrich Merz", "Vladimir Putin"],
          "2026-05-15TAF", "context", "occurred", "hat erstmals seit seinem Amtsantritt"),
        E("Merz calls on Putin for an immediate ceasefire", "REQUEST", ["Friedrich Merz", "Vladimir Putin"],
          "2026-05-15TAF", "context", "occurred", "hat erstmals seit seinem Amtsantritt"),
        E("Merz demands an all-for-all prisoner exchange and the return of deported children", "REQUEST",
          ["Friedrich Merz", "Vladimir Putin"], "2026-05-15TAF", "context", "occurred",
          "Merz habe zudem einen Austausch aller Gefangenen"),
        E("Merz coordinates with Macron, Starmer and Zelensky in a video call", "CONSULT",
          ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"], "2026-05-14", "text",
          "occurred", "Der Kanzler hatte sich am Donnerstag in einer Videoschalte"),
        E("Putin makes a ceasefire conditional on an end to Western arms deliveries", "REQUEST",
          ["Vladimir Putin", "Friedrich Merz"], "2026-05-15TAF", "context", "occurred", "Putin habe deutlich gemacht"),
        E("Merz and Putin agree to keep in contact at the level of advisers", "AGREE",
          ["Friedrich Merz", "Vladimir Putin"], "2026-05-15TAF", "context", "occurred", "Beide Seiten hätten vereinbart"),
        E("Putin accuses Berlin of prolonging the war with long-range weapons", "ACCUSE", ["Vladimir Putin", "Germany"],
          "2026-05-15TAF", "context", "occurred", "Zugleich warf der Kremlchef Berlin vor"),
        E("Germany's planned delivery of further long-range weapons to Ukraine", "AID", ["Germany", "Ukraine"],
          "2026-05-16", "published", "planned", "Zugleich warf der Kremlchef Berlin vor"),
        E("Zelensky warns against concessions to Putin at Ukraine's expense", "REQUEST",
          ["Volodymyr Zelensky", "Friedrich Merz"], "2026-05-16", "published", "occurred",
          "Er warnte aber davor, Putin Zugeständnisse"),
        E("Merz briefs Zelensky right after the call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-05-15",
          "context", "occurred", "Merz habe ihn unmittelbar nach dem Telefonat unterrichtet"),
        E("Tusk accuses Putin of playing for time", "ACCUSE", ["Donald Tusk", "Vladimir Putin"], "2026-05-16",
          "published", "occurred", "Polens Regierungschef Donald Tusk warf Putin vor"),
        E("Fourth US–Russia–Ukraine round in Abu Dhabi planned for April called off", "CONSULT",
          ["United States", "Russia", "Ukraine"], "2026-04", "text", "cancelled",
          "eine für April geplante vierte Runde"),
        E("Trump threatens to withdraw from mediation", "THREATEN", ["Donald Trump", "Russia", "Ukraine"], "PAST_REF",
          "vague", "occurred", "US-Präsident Donald Trump hatte zuletzt erklärt"),
        E("EU to adopt its 21st sanctions package against Russia's shadow fleet", "SANCTION",
          ["European Union", "Russia"], "2026-W21", "text", "planned", "ihr 21. Sanktionspaket beschließen"),
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11", "text", "occurred",
          "Merz' Vorgänger Olaf Scholz hatte im November 2024"),
        E("Kyiv and allies criticise Scholz for his call with Putin", "ACCUSE", ["Ukraine", "Olaf Scholz"], "2024-11",
          "context", "occurred", "Merz' Vorgänger Olaf Scholz hatte im November 2024"),
    ],
    statements=[
        S("Germany", "The call took place on Friday afternoon and lasted about an hour (government spokesman)",
          "2026-05-15TEV", "text", "wie Regierungssprecher Stefan Kornelius am Abend mitteilte"),
        S("Friedrich Merz, via Germany", "Demanded an all-for-all prisoner exchange and the return of deported children",
          "2026-05-15TAF", "context", "Merz habe zudem einen Austausch aller Gefangenen"),
        S("Kremlin", "Confirmed the call; a businesslike and open exchange", "2026-05-16", "published",
          "Der Kreml bestätigte das Telefonat"),
        S("Vladimir Putin, via Yuri Ushakov", "A ceasefire only if Western arms deliveries to Kyiv stop",
          "2026-05-15TAF", "context", "Putin habe deutlich gemacht"),
        S("Yuri Ushakov", "Both sides agreed to continue contact at the level of advisers", "2026-05-15", "context",
          "Beide Seiten hätten vereinbart"),
        S("Vladimir Putin", "Berlin prolongs the war with planned long-range weapons deliveries", "2026-05-15TAF",
          "context", "Zugleich warf der Kremlchef Berlin vor"),
        S("Volodymyr Zelensky", "Hopes the call raises pressure on Moscow", "2026-05-16", "published",
          "Der ukrainische Präsident äußerte die Hoffnung"),
        S("Volodymyr Zelensky", "Warns against concessions to Putin at Ukraine's expense", "2026-05-16", "published",
          "Er warnte aber davor, Putin Zugeständnisse"),
        S("Volodymyr Zelensky", "Merz briefed him right after the call", "2026-05-16", "published",
          "schrieb Selenskyj auf der Plattform X"),
        S("Donald Tusk", "Putin is playing for time; no one should have illusions", "2026-05-16", "published",
          "Polens Regierungschef Donald Tusk warf Putin vor"),
        S("Donald Trump", "Is losing patience with both sides; threatens to withdraw from mediation", "PAST_REF", "vague",
          "US-Präsident Donald Trump hatte zuletzt erklärt"),
    ],
    actors=["Friedrich Merz", "Vladimir Putin", "Russia", "Germany", "Emmanuel Macron", "France", "Keir Starmer",
            "United Kingdom", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Yuri Ushakov", "Donald Tusk", "Poland",
            "United States", "Donald Trump", "European Union", "Olaf Scholz"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07]
