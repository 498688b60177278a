"""German articles of the blind119 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b119de01 (Fränkische Landeszeitung, Ansbach)
DE01 = """
Besatzer kündigen Abstimmungen über einen Anschluss an Russland an

Ansbach/New York. Die von Russland eingesetzten Verwaltungen in vier besetzten Gebieten der Ukraine wollen schon von Freitag an über einen Beitritt zur Russischen Föderation abstimmen lassen.
Die Behörden in Luhansk, Donezk, Cherson und Saporischschja kündigten am Dienstag an, die sogenannten Referenden sollten vom 23. bis 27. September dauern.
Der frühere Präsident Dmitri Medwedew, inzwischen Vizechef des russischen Sicherheitsrats, schrieb am Dienstagmorgen auf Telegram, nach einer Aufnahme der Gebiete sei jeder Angriff auf sie ein Verbrechen, das den Einsatz aller Mittel der Selbstverteidigung erlaube.

Im Westen stieß die Ankündigung auf scharfe Ablehnung.
Bundeskanzler Olaf Scholz sagte am Dienstag am Rande der UN-Generalversammlung in New York, es sei „ganz, ganz klar“, dass diese Scheinreferenden nicht akzeptiert werden könnten.
In seiner Rede vor der Vollversammlung warf Scholz dem russischen Präsidenten Wladimir Putin am Abend „blanken Imperialismus“ vor und sicherte der Ukraine weitere Waffenlieferungen zu.
Frankreichs Präsident Emmanuel Macron sprach in New York von einer „Parodie“ und warf den Staaten, die zum russischen Angriff schwiegen, vor, sich zu Komplizen eines „neuen Imperialismus“ zu machen.
Der Nationale Sicherheitsberater von US-Präsident Joe Biden, Jake Sullivan, sagte im Weißen Haus, die Vereinigten Staaten würden das Gebiet „niemals“ als etwas anderes als einen Teil der Ukraine anerkennen.
Nato-Generalsekretär Jens Stoltenberg nannte die geplanten Abstimmungen illegitim; sie änderten nichts am Charakter des russischen Angriffskriegs.

Der ukrainische Außenminister Dmytro Kuleba schrieb noch am Dienstag auf Twitter, Russland könne tun, was es wolle, es werde nichts ändern.
Präsident Wolodymyr Selenskyj sagte in seiner abendlichen Videoansprache, die Ukraine werde ihr Land befreien, „egal, was in Russland gesagt wird“.
Die ukrainische Armee hatte zuletzt im Osten große Gebiete zurückerobert, darunter die Stadt Isjum im Gebiet Charkiw.

Für Dienstagabend war in Moskau eine Fernsehansprache Putins erwartet worden, die bis Redaktionsschluss jedoch nicht ausgestrahlt wurde.
Kremlsprecher Dmitri Peskow hatte am Montag gesagt, die Bewohner der Gebiete müssten selbst über ihr Schicksal entscheiden.
Der russische Außenminister Sergej Lawrow wird am Donnerstag zu einer Sitzung des UN-Sicherheitsrats erwartet, an der auch US-Außenminister Antony Blinken teilnehmen soll.
Nach Angaben aus Berliner Regierungskreisen sollen weitere Sanktionen gegen Moskau in den kommenden Tagen auf EU-Ebene beraten werden.

In Ansbach verfolgen viele der rund 900 ukrainischen Geflüchteten die Nachrichten mit Sorge.
„Meine Eltern leben in Cherson, sie sollen jetzt abstimmen, ob sie Russen werden wollen“, sagte eine Lehrerin aus Nowa Kachowka am Dienstag bei einem Treffen im Ansbacher Begegnungszentrum.
"""

DOCS.append(doc(
    "b119de01_besatzer_referenden_angekuendigt_2022_09", "2022-09-21", DE01,
    [
        T("Freitag", "DATE", "2022-09-23"),
        T("Dienstag", "DATE", "2022-09-20", 0),
        T("23.", "DATE", "2022-09-23"),
        T("27. September", "DATE", "2022-09-27"),
        T("Dienstagmorgen", "TIME", "2022-09-20TMO"),
        T("Dienstag", "DATE", "2022-09-20", 1),
        T("Abend", "TIME", "2022-09-20TEV", note="New York local time"),
        T("Dienstag", "DATE", "2022-09-20", 2),
        T("abendlichen", "SET", "P1D"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Dienstagabend", "TIME", "2022-09-20TEV"),
        T("Montag", "DATE", "2022-09-19"),
        T("Donnerstag", "DATE", "2022-09-22"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("jetzt", "DATE", "PRESENT_REF", note="in the teacher's quote, speech time Tuesday 20 September"),
        T("Dienstag", "DATE", "2022-09-20", 3),
    ],
    [
        E("Sham referendums on joining Russia to be held in four occupied regions from 23 to 27 September", "COERCE",
          ["Russia", "Ukraine"], "2022-09-23", "text", "planned", "sollten vom 23. bis 27. September dauern",
          note="voting 23-27 September 2022; announced on Tuesday 20 September"),
        E("Medvedev: any attack on the regions after accession would justify all means of self-defence", "THREATEN",
          ["Russia", "Ukraine"], "2022-09-20TMO", "text", "occurred", "Dmitri Medwedew"),
        E("Scholz: the sham referendums cannot be accepted", "REJECT", ["Olaf Scholz", "Russia"], "2022-09-20",
          "text", "occurred", "ganz, ganz klar"),
        E("Scholz accuses Putin of naked imperialism in his General Assembly speech", "ACCUSE",
          ["Olaf Scholz", "Vladimir Putin"], "2022-09-20TEV", "text", "occurred", "blanken Imperialismus"),
        E("Scholz promises Ukraine further weapons deliveries", "AID", ["Olaf Scholz", "Ukraine"], "2022-09-20TEV",
          "text", "planned", "blanken Imperialismus"),
        E("Macron calls the referendums a parody and accuses silent states of complicity", "ACCUSE",
          ["Emmanuel Macron", "Russia"], "2022-09-20", "context", "occurred", "Parodie"),
        E("The US will never recognise the territory as anything but Ukrainian", "REJECT", ["United States", "Russia"],
          "2022-09-20", "context", "occurred", "Jake Sullivan"),
        E("Stoltenberg calls the planned votes illegitimate", "ACCUSE", ["Jens Stoltenberg", "Russia"], "2022-09-20",
          "context", "occurred", "nannte die geplanten Abstimmungen illegitim"),
        E("Kuleba dismisses the referendums: they will change nothing", "REJECT", ["Ukraine", "Russia"], "2022-09-20",
          "text", "occurred", "Dmytro Kuleba"),
        E("Ukrainian army recaptured large areas in the east, including Izium", "ASSAULT", ["Ukraine", "Russia"],
          "PAST_REF", "vague", "occurred", "große Gebiete zurückerobert",
          note="Kharkiv counter-offensive, early September 2022"),
        E("Security Council session with Lavrov and Blinken expected on Thursday", "CONSULT",
          ["Sergey Lavrov", "Antony Blinken", "United Nations"], "2022-09-22", "text", "planned",
          "Sitzung des UN-Sicherheitsrats"),
        E("Further EU sanctions against Moscow to be discussed", "SANCTION", ["European Union", "Russia"], "FUTURE_REF",
          "vague", "planned", "weitere Sanktionen gegen Moskau"),
    ],
    [
        S("Russia", "Medvedev: after accession any attack on the regions is a crime allowing all means of "
          "self-defence", "2022-09-20TMO", "text", "Dmitri Medwedew"),
        S("Olaf Scholz", "It is very clear that these sham referendums cannot be accepted", "2022-09-20", "text",
          "ganz, ganz klar"),
        S("Olaf Scholz", "Putin pursues naked imperialism; Germany will keep delivering weapons to Ukraine",
          "2022-09-20TEV", "text", "blanken Imperialismus"),
        S("Emmanuel Macron", "The referendums are a parody; states that stay silent are accomplices of a new "
          "imperialism", "2022-09-20", "context", "Parodie"),
        S("United States", "Sullivan: the US will never recognise the territory as anything other than part of "
          "Ukraine", "2022-09-20", "context", "Jake Sullivan"),
        S("Jens Stoltenberg", "The planned votes are illegitimate and do not change the nature of Russia's war",
          "2022-09-20", "context", "nannte die geplanten Abstimmungen illegitim"),
        S("Ukraine", "Kuleba: Russia can do what it wants, it will change nothing", "2022-09-20", "text",
          "Dmytro Kuleba"),
        S("Volodymyr Zelensky", "Ukraine will liberate its land whatever is said in Russia", "2022-09-21",
          "published", "abendlichen Videoansprache"),
        S("Dmitry Peskov", "The residents of the regions must decide their fate themselves", "2022-09-19", "text",
          "Kremlsprecher Dmitri Peskow"),
        S("Germany", "Government sources: further sanctions to be discussed at EU level in the coming days",
          "2022-09-21", "published", "weitere Sanktionen gegen Moskau"),
    ],
    ["Russia", "Ukraine", "Olaf Scholz", "Germany", "United Nations", "Vladimir Putin", "Emmanuel Macron", "France",
     "Joe Biden", "United States", "NATO", "Jens Stoltenberg", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
     "Sergey Lavrov", "Antony Blinken", "European Union"],
))

# ---------------------------------------------------------------- b119de02 (Die Ostschweiz, St. Gallen)
DE02 = """
Lawrow verteidigt vor der UNO die Abstimmungen in den besetzten Gebieten

New York/St. Gallen. Der russische Aussenminister Sergej Lawrow hat die umstrittenen Abstimmungen in vier besetzten Gebieten der Ukraine vor der UNO-Generalversammlung verteidigt.
Die Menschen dort hätten nach acht Jahren der Unterdrückung durch Kiew das Recht, über ihr Schicksal selbst zu bestimmen, sagte Lawrow am Samstag in New York.
Er warf dem Westen eine «groteske Russophobie» vor und behauptete, die USA und ihre Verbündeten wollten Russland zerstören.
An seiner Medienkonferenz sagte er, die Gebiete stünden nach einer Aufnahme in die Russische Föderation unter dem «vollen Schutz» des Staates.

Am Vortag hatte sich der chinesische Aussenminister Wang Yi am Rande der Generalversammlung erstmals seit Kriegsbeginn mit seinem ukrainischen Amtskollegen Dmytro Kuleba getroffen.
China unterstütze alle Bemühungen, die einer friedlichen Lösung dienten, sagte Wang nach Angaben seines Ministeriums.
In seiner eigenen Rede am Samstag rief Wang alle Parteien auf, ein Übergreifen der Krise zu verhindern, und verlangte, die territoriale Integrität aller Staaten zu respektieren.

Die Staats- und Regierungschefs der G7, darunter US-Präsident Joe Biden, Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron, hatten am Freitag in einer gemeinsamen Erklärung versichert, sie würden die Ergebnisse der «Scheinreferenden» niemals anerkennen.
Zugleich drohten sie Moskau mit weiteren wirtschaftlichen Kosten.

In den Gebieten Luhansk, Donezk, Saporischschja und Cherson läuft die Abstimmung seit Freitag.
Nach Angaben ukrainischer Behörden gehen Wahlhelfer in Begleitung bewaffneter Soldaten von Tür zu Tür.
Die Wahllokale öffnen erst am Dienstag, dem letzten Tag der Abstimmung.
Kiew und westliche Regierungen rechnen damit, dass Moskau die Gebiete noch in der kommenden Woche annektiert.
Der ukrainische Präsident Wolodymyr Selenskyj forderte die Bewohner der besetzten Gebiete am Samstagabend auf, sich der russischen Mobilmachung zu entziehen, und rief russische Soldaten auf, sich in Gefangenschaft zu begeben.

Bundespräsident Ignazio Cassis, der Lawrow am Mittwoch in New York getroffen hatte, sagte am Freitag, die Schweiz werde die Ergebnisse nicht anerkennen.
In St. Gallen demonstrierten am Samstagnachmittag rund 150 Ukrainerinnen und Ukrainer beim Hauptbahnhof gegen die Abstimmungen.
«Niemand bei uns glaubt an diese Zahlen», sagte die Organisatorin, die aus Mariupol stammt.
"""

DOCS.append(doc(
    "b119de02_lawrow_uno_rede_referenden_2022_09", "2022-09-25", DE02,
    [
        T("acht Jahren", "DURATION", "P8Y"),
        T("Samstag", "DATE", "2022-09-24", 0),
        T("Vortag", "DATE", "2022-09-23"),
        T("Samstag", "DATE", "2022-09-24", 1),
        T("Freitag", "DATE", "2022-09-23", 0),
        T("Freitag", "DATE", "2022-09-23", 1),
        T("Dienstag", "DATE", "2022-09-27"),
        T("der kommenden Woche", "DATE", "2022-W39"),
        T("Samstagabend", "TIME", "2022-09-24TEV"),
        T("Mittwoch", "DATE", "2022-09-21"),
        T("Freitag", "DATE", "2022-09-23", 2),
        T("Samstagnachmittag", "TIME", "2022-09-24TAF"),
    ],
    [
        E("Lavrov accuses Kyiv of eight years of oppression of the people in the occupied regions", "ACCUSE",
          ["Sergey Lavrov", "Ukraine"], "2022-09-24", "text", "occurred", "acht Jahren der Unterdrückung"),
        E("Lavrov accuses the West of Russophobia and the US of wanting to destroy Russia", "ACCUSE",
          ["Sergey Lavrov", "United States"], "2022-09-24", "context", "occurred", "groteske Russophobie"),
        E("Lavrov: annexed regions would be under the full protection of the Russian state", "THREATEN",
          ["Sergey Lavrov", "Ukraine"], "2022-09-24", "context", "occurred", "vollen Schutz"),
        E("Wang Yi meets Kuleba, the first meeting since the invasion", "CONSULT", ["China", "Ukraine"], "2022-09-23",
          "text", "occurred", "Am Vortag hatte sich"),
        E("China supports all efforts for a peaceful settlement", "SUPPORT", ["China", "Ukraine"], "2022-09-23",
          "context", "occurred", "China unterstütze alle Bemühungen"),
        E("Wang calls on all parties to prevent a spillover and to respect territorial integrity", "REQUEST",
          ["China", "Russia", "Ukraine"], "2022-09-24", "text", "occurred", "In seiner eigenen Rede"),
        E("G7 leaders will never recognise the results of the sham referendums", "REJECT",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Russia"], "2022-09-23", "text", "occurred",
          "Die Staats- und Regierungschefs der G7"),
        E("G7 leaders threaten Moscow with further economic costs", "THREATEN",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Russia"], "2022-09-23", "context", "occurred",
          "drohten sie Moskau"),
        E("Referendums under way in Luhansk, Donetsk, Zaporizhzhia and Kherson", "COERCE", ["Russia", "Ukraine"],
          "2022-09-23", "text", "occurred", "läuft die Abstimmung seit Freitag", note="voting 23-27 September 2022"),
        E("Moscow expected to annex the regions in the coming week", "COERCE", ["Russia", "Ukraine"], "2022-W39",
          "text", "uncertain", "noch in der kommenden Woche annektiert"),
        E("Zelensky calls on residents of occupied areas to evade mobilisation and on Russian soldiers to surrender",
          "REQUEST", ["Volodymyr Zelensky", "Russia"], "2022-09-24TEV", "text", "occurred", "Samstagabend"),
        E("Cassis met Lavrov in New York", "CONSULT", ["Sergey Lavrov"], "2022-09-21", "text", "occurred",
          "Bundespräsident Ignazio Cassis"),
        E("Switzerland will not recognise the results", "REJECT", ["Russia"], "2022-09-23", "text", "occurred",
          "Bundespräsident Ignazio Cassis"),
    ],
    [
        S("Sergey Lavrov", "After eight years of oppression by Kyiv the people have the right to decide their fate",
          "2022-09-24", "text", "acht Jahren der Unterdrückung"),
        S("Sergey Lavrov", "The West shows grotesque Russophobia; the US and its allies want to destroy Russia",
          "2022-09-24", "context", "groteske Russophobie"),
        S("Sergey Lavrov", "After accession the regions will be under the full protection of the state",
          "2022-09-24", "context", "vollen Schutz"),
        S("China", "Wang Yi: China supports all efforts that serve a peaceful solution", "2022-09-23", "context",
          "China unterstütze alle Bemühungen"),
        S("China", "Wang Yi calls on all parties to prevent a spillover and to respect territorial integrity",
          "2022-09-24", "text", "In seiner eigenen Rede"),
        S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron",
          "G7 leaders will never recognise the results of the sham referendums", "2022-09-23", "text",
          "Die Staats- und Regierungschefs der G7"),
        S("Ukraine", "Election workers go door to door escorted by armed soldiers", "2022-09-25", "published",
          "Tür zu Tür"),
        S("Volodymyr Zelensky", "Residents of occupied areas should evade mobilisation; Russian soldiers should "
          "surrender", "2022-09-24TEV", "text", "Samstagabend"),
    ],
    ["Sergey Lavrov", "Russia", "Ukraine", "United Nations", "United States", "China", "Joe Biden", "Olaf Scholz",
     "Germany", "Emmanuel Macron", "France", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- b119de03 (Gelnhäuser Neue Zeitung)
DE03 = """
Putin unterzeichnet Annexionsgesetze – Selenskyj schließt Gespräche mit ihm aus

Moskau/Kiew. Der russische Präsident Wladimir Putin hat am Mittwoch die Gesetze über die Aufnahme von vier teilweise besetzten ukrainischen Gebieten in die Russische Föderation unterzeichnet.
Zuvor hatten die Staatsduma am Montag und der Föderationsrat am Dienstag die Verträge einstimmig ratifiziert.
Donezk und Luhansk sollen nach Angaben von Kremlsprecher Dmitri Peskow vom Montag in ihren Grenzen von 2014 aufgenommen werden, die Grenzen der Gebiete Cherson und Saporischschja würden „in Absprache mit der Bevölkerung“ noch festgelegt.

Der ukrainische Präsident Wolodymyr Selenskyj setzte am Dienstag per Dekret einen Beschluss des Nationalen Sicherheitsrats in Kraft, wonach Verhandlungen mit Putin unmöglich sind.
Mit Russland werde man reden, aber „mit einem anderen Präsidenten“, hatte Selenskyj bereits am Freitag vergangener Woche gesagt, als Putin im Kreml die Annexionsverträge unterzeichnete.

US-Präsident Joe Biden sagte Selenskyj am Dienstag in einem Telefonat weitere Militärhilfe im Wert von 625 Millionen Dollar zu, darunter vier Mehrfachraketenwerfer vom Typ Himars.
Die USA würden die angeblichen Annexionen niemals anerkennen, versicherte Biden nach Angaben des Weißen Hauses.

Die ukrainische Armee rückte unterdessen im Süden weiter vor und meldete die Befreiung mehrerer Dörfer am Dnipro im Gebiet Cherson.
Am Samstag hatte Russland seine Truppen aus der strategisch wichtigen Stadt Lyman im Gebiet Donezk abgezogen – einem der Gebiete, die Moskau inzwischen als eigenes Staatsgebiet betrachtet.

Die Botschafter der EU-Staaten verständigten sich am Mittwoch in Brüssel auf ein achtes Sanktionspaket, das am Donnerstag formell beschlossen werden soll.
Es soll unter anderem den Weg für einen Preisdeckel für russisches Öl frei machen.
Putin ordnete zudem per Dekret an, das Atomkraftwerk Saporischschja unter russische Verwaltung zu stellen; der ukrainische Betreiber Energoatom sprach von einem „nichtigen“ Akt.
Der Chef der Internationalen Atomenergiebehörde, Rafael Grossi, will in den kommenden Tagen nach Kiew und Moskau reisen.

Im Main-Kinzig-Kreis leben derzeit rund 5000 Geflüchtete aus der Ukraine.
Der Gelnhäuser Verein „Brücke nach Osten“ will im November einen weiteren Hilfstransport mit Stromgeneratoren in die Region Charkiw schicken, wie die Vorsitzende unserer Zeitung sagte.
"""

DOCS.append(doc(
    "b119de03_putin_annexionsgesetze_dekret_2022_10", "2022-10-05", DE03,
    [
        T("Mittwoch", "DATE", "2022-10-05", 0),
        T("Montag", "DATE", "2022-10-03", 0),
        T("Dienstag", "DATE", "2022-10-04", 0),
        T("Montag", "DATE", "2022-10-03", 1),
        T("2014", "DATE", "2014"),
        T("Dienstag", "DATE", "2022-10-04", 1),
        T("Freitag vergangener Woche", "DATE", "2022-09-30"),
        T("Dienstag", "DATE", "2022-10-04", 2),
        T("Samstag", "DATE", "2022-10-01"),
        T("Mittwoch", "DATE", "2022-10-05", 1),
        T("Donnerstag", "DATE", "2022-10-06"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("November", "DATE", "2022-11"),
    ],
    [
        E("Putin signs the laws incorporating four Ukrainian regions into Russia", "COERCE",
          ["Vladimir Putin", "Ukraine"], "2022-10-05", "text", "occurred", "die Gesetze über die Aufnahme"),
        E("State Duma ratifies the annexation treaties", "COERCE", ["Russia", "Ukraine"], "2022-10-03", "text",
          "occurred", "Zuvor hatten die Staatsduma"),
        E("Federation Council ratifies the annexation treaties", "COERCE", ["Russia", "Ukraine"], "2022-10-04",
          "text", "occurred", "Zuvor hatten die Staatsduma"),
        E("Peskov claims Donetsk and Luhansk in their 2014 borders; Kherson and Zaporizhzhia borders to be set",
          "THREATEN", ["Dmitry Peskov", "Ukraine"], "2022-10-03", "text", "occurred", "Grenzen von 2014"),
        E("Zelensky's decree declares negotiations with Putin impossible", "REJECT",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2022-10-04", "text", "occurred", "per Dekret einen Beschluss"),
        E("Zelensky: talks with Russia only with another president", "REJECT",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2022-09-30", "text", "occurred", "mit einem anderen Präsidenten"),
        E("Putin signs the annexation treaties in the Kremlin", "COERCE", ["Vladimir Putin", "Ukraine"],
          "2022-09-30", "context", "occurred", "mit einem anderen Präsidenten"),
        E("Biden–Zelensky phone call", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2022-10-04", "text",
          "occurred", "625 Millionen Dollar"),
        E("Biden pledges 625 million dollars in military aid including four HIMARS", "AID", ["Joe Biden", "Ukraine"],
          "2022-10-04", "text", "planned", "625 Millionen Dollar"),
        E("Biden: the US will never recognise the annexations", "REJECT", ["Joe Biden", "Russia"], "2022-10-04",
          "context", "occurred", "niemals anerkennen"),
        E("Ukrainian army advances in the south and liberates villages in Kherson region", "ASSAULT",
          ["Ukraine", "Russia"], "2022-10-05", "published", "occurred", "im Süden weiter vor"),
        E("Russia withdraws its troops from Lyman", "RETREAT", ["Russia", "Ukraine"], "2022-10-01", "text",
          "occurred", "Lyman"),
        E("EU ambassadors agree on an eighth sanctions package", "AGREE", ["European Union"], "2022-10-05", "text",
          "occurred", "Die Botschafter der EU-Staaten"),
        E("Eighth sanctions package to be formally adopted on Thursday", "SANCTION", ["European Union", "Russia"],
          "2022-10-06", "text", "planned", "Die Botschafter der EU-Staaten"),
        E("Putin decrees Russian control over the Zaporizhzhia nuclear plant", "COERCE", ["Vladimir Putin", "Ukraine"],
          "2022-10-05", "context", "occurred", "Atomkraftwerk Saporischschja"),
        E("Energoatom calls the decree null and void", "REJECT", ["Ukraine", "Vladimir Putin"], "2022-10-05",
          "published", "occurred", "Atomkraftwerk Saporischschja"),
        E("Grossi to travel to Kyiv and Moscow", "CONSULT", ["IAEA", "Ukraine", "Russia"], "FUTURE_REF", "vague",
          "planned", "Rafael Grossi"),
    ],
    [
        S("Dmitry Peskov", "Donetsk and Luhansk join in their 2014 borders; Kherson and Zaporizhzhia borders to be "
          "set in consultation with the population", "2022-10-03", "text", "Grenzen von 2014"),
        S("Volodymyr Zelensky", "Ukraine will talk with Russia, but with another president", "2022-09-30", "text",
          "mit einem anderen Präsidenten"),
        S("Joe Biden, via White House", "The US will never recognise the purported annexations", "2022-10-04",
          "context", "niemals anerkennen"),
        S("Ukraine", "The army reports the liberation of several villages on the Dnipro", "2022-10-05", "published",
          "im Süden weiter vor"),
        S("Ukraine", "Energoatom: the decree on the Zaporizhzhia plant is a null act", "2022-10-05", "published",
          "Atomkraftwerk Saporischschja"),
    ],
    ["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Joe Biden",
     "United States", "White House", "European Union", "IAEA"],
))

# ---------------------------------------------------------------- b119de04 (Stormarner Tageblatt, Bad Oldesloe)
DE04 = """
Putin verhängt Kriegsrecht in den annektierten Gebieten

Moskau/Bad Oldesloe. Russlands Präsident Wladimir Putin hat über die vier von Moskau annektierten ukrainischen Gebiete das Kriegsrecht verhängt.
Er unterzeichnete am Mittwoch ein entsprechendes Dekret, das seit Donnerstag, 0 Uhr Moskauer Zeit, gilt.
Zu Beginn einer im Fernsehen übertragenen Sitzung des Sicherheitsrats begründete Putin den Schritt mit angeblichen Sabotageakten und Angriffen der Ukraine auf russisches Gebiet.
In den an die Ukraine grenzenden Regionen, darunter Belgorod und Kursk, gilt zudem eine erhöhte Alarmstufe, die Gouverneure aller Regionen erhielten zusätzliche Befugnisse.

Im Gebiet Cherson begann die von Moskau eingesetzte Verwaltung am Mittwoch, Zehntausende Bewohner auf das linke Ufer des Dnipro zu bringen.
Binnen sechs Tagen sollen bis zu 60.000 Menschen die Stadt und ihre Umgebung verlassen, kündigte Verwaltungschef Wladimir Saldo an.
Der neue Oberbefehlshaber der russischen Truppen in der Ukraine, General Sergej Surowikin, hatte am Dienstagabend im Fernsehen von „schwierigen Entscheidungen“ gesprochen.
Die ukrainische Regierung bezeichnete die Umsiedlung als Deportation und rief die Bewohner auf, sich nicht nach Russland bringen zu lassen.

Präsidentenberater Mychajlo Podoljak sprach von einer „Pseudo-Einführung“ des Kriegsrechts, die an der Befreiung der besetzten Gebiete nichts ändere.
Das Weiße Haus erklärte noch am Mittwoch, Putin greife zu immer brutaleren Methoden, weil er auf dem Schlachtfeld zurückgedrängt werde.
Ein Sprecher des Europäischen Auswärtigen Dienstes sagte, die Annexion sei und bleibe illegal, daran ändere auch das Kriegsrecht nichts.
Bundeskanzler Olaf Scholz warf Putin am Donnerstagmorgen in einer Regierungserklärung im Bundestag vor, mit den Angriffen auf Kraftwerke und Wasserversorgung die Ukraine in Kälte und Dunkelheit stürzen zu wollen.
Scholz kündigte an, Deutschland werde der Ukraine in den kommenden Wochen weitere Luftabwehrsysteme liefern.

Kremlsprecher Dmitri Peskow sagte, Pläne für eine Schließung der Grenzen gebe es derzeit nicht.
Seit Beginn der Teilmobilmachung am 21. September haben Hunderttausende Männer Russland verlassen.

In Stormarn sind nach Angaben der Kreisverwaltung derzeit gut 2300 Geflüchtete aus der Ukraine untergebracht, die meisten in Bad Oldesloe, Ahrensburg und Reinbek.
Für den Winter rechnet der Kreis mit weiteren Ankünften und sucht dringend Wohnraum.
"""

DOCS.append(doc(
    "b119de04_kriegsrecht_annektierte_gebiete_2022_10", "2022-10-20", DE04,
    [
        T("Mittwoch", "DATE", "2022-10-19", 0),
        T("Donnerstag", "DATE", "2022-10-20"),
        T("0 Uhr Moskauer Zeit", "TIME", "2022-10-20T00:00", note="Moscow time"),
        T("Mittwoch", "DATE", "2022-10-19", 1),
        T("sechs Tagen", "DURATION", "P6D"),
        T("Dienstagabend", "TIME", "2022-10-18TEV"),
        T("Mittwoch", "DATE", "2022-10-19", 2),
        T("Donnerstagmorgen", "TIME", "2022-10-20TMO"),
        T("den kommenden Wochen", "DATE", "FUTURE_REF"),
        T("derzeit", "DATE", "PRESENT_REF", 0),
        T("21. September", "DATE", "2022-09-21"),
        T("derzeit", "DATE", "PRESENT_REF", 1),
        T("den Winter", "DATE", "2022-WI"),
    ],
    [
        E("Putin decrees martial law in the four annexed Ukrainian regions", "COERCE", ["Vladimir Putin", "Ukraine"],
          "2022-10-19", "text", "occurred", "Er unterzeichnete am Mittwoch",
          note="in force from 00:00 Moscow time on Thursday 20 October"),
        E("Putin accuses Ukraine of sabotage and attacks on Russian territory", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2022-10-19", "context", "occurred", "angeblichen Sabotageakten"),
        E("Heightened alert level in Russian regions bordering Ukraine", "MOBILIZE", ["Russia"], "2022-10-19",
          "context", "occurred", "erhöhte Alarmstufe"),
        E("Moscow-installed administration begins moving tens of thousands of Kherson residents across the Dnipro",
          "COERCE", ["Russia", "Ukraine"], "2022-10-19", "text", "occurred", "linke Ufer des Dnipro"),
        E("Kyiv calls the relocation a deportation", "ACCUSE", ["Ukraine", "Russia"], "2022-10-20", "published",
          "occurred", "als Deportation"),
        E("Kyiv urges residents not to let themselves be taken to Russia", "REQUEST", ["Ukraine"], "2022-10-20",
          "published", "occurred", "als Deportation"),
        E("Podolyak dismisses the martial law as a pseudo-measure", "REJECT", ["Ukraine", "Russia"], "2022-10-20",
          "published", "occurred", "Pseudo-Einführung"),
        E("White House: Putin resorts to ever more brutal methods", "ACCUSE", ["White House", "Vladimir Putin"],
          "2022-10-19", "text", "occurred", "Das Weiße Haus erklärte"),
        E("EU: the annexation is and remains illegal", "ACCUSE", ["European Union", "Russia"], "2022-10-20",
          "published", "occurred", "Europäischen Auswärtigen Dienstes"),
        E("Scholz accuses Putin of trying to plunge Ukraine into cold and darkness", "ACCUSE",
          ["Olaf Scholz", "Vladimir Putin"], "2022-10-20TMO", "text", "occurred", "Regierungserklärung"),
        E("Scholz announces more air-defence systems for Ukraine in the coming weeks", "AID", ["Olaf Scholz", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "weitere Luftabwehrsysteme"),
        E("Russia's partial mobilisation began on 21 September", "MOBILIZE", ["Russia"], "2022-09-21", "text",
          "occurred", "Teilmobilmachung am 21. September", date_mod="START"),
    ],
    [
        S("Vladimir Putin", "Martial law is justified by sabotage and Ukrainian attacks on Russian territory",
          "2022-10-19", "context", "angeblichen Sabotageakten"),
        S("Russia", "Saldo: up to 60,000 people are to leave the city and its surroundings within six days",
          "2022-10-19", "context", "Wladimir Saldo"),
        S("Russia", "Surovikin speaks of difficult decisions", "2022-10-18TEV", "text", "Sergej Surowikin"),
        S("Ukraine", "The relocation is a deportation; residents should not let themselves be taken to Russia",
          "2022-10-20", "published", "als Deportation"),
        S("Ukraine", "Podolyak: a pseudo-introduction of martial law that changes nothing", "2022-10-20",
          "published", "Pseudo-Einführung"),
        S("White House", "Putin resorts to ever more brutal methods because he is being pushed back", "2022-10-19",
          "text", "Das Weiße Haus erklärte"),
        S("European Union", "The annexation is and remains illegal; martial law changes nothing", "2022-10-20",
          "published", "Europäischen Auswärtigen Dienstes"),
        S("Olaf Scholz", "Putin wants to plunge Ukraine into cold and darkness", "2022-10-20TMO", "text",
          "Regierungserklärung"),
        S("Olaf Scholz", "Germany will deliver more air-defence systems in the coming weeks", "2022-10-20TMO",
          "context", "weitere Luftabwehrsysteme"),
        S("Dmitry Peskov", "There are no plans to close the borders", "2022-10-20", "published",
          "Schließung der Grenzen"),
    ],
    ["Vladimir Putin", "Russia", "Ukraine", "White House", "European Union", "Olaf Scholz", "Germany", "Kremlin",
     "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b119de05 (Eisenacher Presse)
DE05 = """
Russland wählt – auch in den besetzten Gebieten der Ukraine

Moskau/Eisenach. In Russland hat am Freitag die dreitägige Präsidentenwahl begonnen, deren Ausgang als sicher gilt.
Amtsinhaber Wladimir Putin, der seit fast einem Vierteljahrhundert an der Spitze des Landes steht, strebt eine fünfte Amtszeit bis 2030 an.
Gewählt wird bis Sonntag auch auf der annektierten Krim und in den von Russland besetzten Teilen der Gebiete Donezk, Luhansk, Saporischschja und Cherson.
Dort hatte die vorzeitige Stimmabgabe bereits Ende Februar begonnen; nach ukrainischen Angaben gingen Wahlhelfer in Begleitung von Soldaten von Haus zu Haus.

Das ukrainische Außenministerium rief die Staatengemeinschaft am Donnerstag auf, die Ergebnisse nicht anzuerkennen und die Organisatoren der Abstimmung in den besetzten Gebieten mit Sanktionen zu belegen.
Die Wahl dort sei „null und nichtig“, hieß es in der Erklärung aus Kiew.
Präsident Wolodymyr Selenskyj sagte, Putin wolle sich lediglich die Macht auf Lebenszeit sichern.
Der EU-Außenbeauftragte Josep Borrell kündigte an, die Union werde die Abstimmung in den besetzten Gebieten nicht anerkennen.

Auch die Republik Moldau protestierte: Das Außenministerium in Chișinău bestellte am Donnerstag den russischen Botschafter Oleg Oserow ein, weil Russland in der abtrünnigen Region Transnistrien sechs Wahllokale eröffnen wollte.
Moskau wies die Kritik zurück; Außenamtssprecherin Maria Sacharowa sprach von einer „unfreundlichen Handlung“.

Putin hatte die Bürger am Donnerstagabend in einer Videobotschaft aufgerufen, ihre Stimme abzugeben, es gehe um die Zukunft des Vaterlandes.
Bei einem russischen Raketenangriff auf Odessa wurden am Freitag nach Behördenangaben mindestens 16 Menschen getötet, darunter ein Sanitäter.
Die zweite Rakete schlug ein, als Rettungskräfte bereits vor Ort waren.
Die ukrainische Armee griff in der Nacht erneut Ölraffinerien in mehreren russischen Regionen mit Drohnen an.
Das russische Verteidigungsministerium meldete am Morgen, über den Gebieten Belgorod, Kursk und Kaluga seien 17 Drohnen abgeschossen worden.
Am Montag beraten die Außenminister der EU in Brüssel über weitere Militärhilfe für Kiew.

In Eisenach leben derzeit rund 600 Menschen aus der Ukraine.
Der Ausländerbeirat der Stadt lädt für Sonntag um 12 Uhr zu einer Mahnwache auf dem Markt ein, zeitgleich mit den Protesten der russischen Opposition unter dem Motto „Mittag gegen Putin“.
"""

DOCS.append(doc(
    "b119de05_wahl_besetzte_gebiete_beginnt_2024_03", "2024-03-15", DE05,
    [
        T("Freitag", "DATE", "2024-03-15", 0),
        T("dreitägige", "DURATION", "P3D"),
        T("fast einem Vierteljahrhundert", "DURATION", "P25Y", mod="APPROX"),
        T("2030", "DATE", "2030"),
        T("Sonntag", "DATE", "2024-03-17", 0),
        T("Ende Februar", "DATE", "2024-02", mod="END"),
        T("Donnerstag", "DATE", "2024-03-14", 0),
        T("Donnerstag", "DATE", "2024-03-14", 1),
        T("Donnerstagabend", "TIME", "2024-03-14TEV"),
        T("Freitag", "DATE", "2024-03-15", 1),
        T("der Nacht", "TIME", "2024-03-14TNI", note="the night to Friday 15 March"),
        T("Morgen", "TIME", "2024-03-15TMO"),
        T("Montag", "DATE", "2024-03-18"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Sonntag", "DATE", "2024-03-17", 1),
        T("12 Uhr", "TIME", "2024-03-17T12:00", note="local time (CET)"),
    ],
    [
        E("Russian presidential vote held in occupied Crimea and parts of four Ukrainian regions", "COERCE",
          ["Russia", "Ukraine"], "2024-03-15", "context", "occurred", "Gewählt wird bis Sonntag",
          note="voting 15-17 March 2024"),
        E("Early voting in the occupied territories began in late February, with soldiers going door to door",
          "COERCE", ["Russia", "Ukraine"], "2024-02", "text", "occurred", "vorzeitige Stimmabgabe", date_mod="END"),
        E("Ukraine's foreign ministry calls on states not to recognise the results and to sanction the organisers",
          "REQUEST", ["Ukraine", "Russia"], "2024-03-14", "text", "occurred", "rief die Staatengemeinschaft"),
        E("Kyiv: the vote in the occupied territories is null and void", "REJECT", ["Ukraine", "Russia"],
          "2024-03-14", "context", "occurred", "null und nichtig"),
        E("Zelensky: Putin wants to secure power for life", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-03-15", "published", "occurred", "Macht auf Lebenszeit"),
        E("EU will not recognise the vote in the occupied territories", "REJECT", ["European Union", "Russia"],
          "2024-03-15", "published", "occurred", "Josep Borrell"),
        E("Moldova summons the Russian ambassador over polling stations in Transnistria", "ACCUSE", ["Russia"],
          "2024-03-14", "text", "occurred", "Oleg Oserow"),
        E("Moscow rejects Moldova's criticism", "REJECT", ["Maria Zakharova"], "2024-03-15", "published", "occurred",
          "unfreundlichen Handlung"),
        E("Zakharova calls Moldova's protest an unfriendly act", "ACCUSE", ["Maria Zakharova"], "2024-03-15",
          "published", "occurred", "unfreundlichen Handlung"),
        E("Russian missile strike on Odesa kills at least 16", "ASSAULT", ["Russia", "Ukraine"], "2024-03-15", "text",
          "occurred", "Raketenangriff auf Odessa"),
        E("Ukrainian drones attack oil refineries in several Russian regions", "ASSAULT", ["Ukraine", "Russia"],
          "2024-03-14TNI", "text", "occurred", "Ölraffinerien"),
        E("EU foreign ministers to discuss more military aid for Kyiv", "CONSULT", ["European Union"], "2024-03-18",
          "text", "planned", "Am Montag beraten"),
    ],
    [
        S("Ukraine", "Election workers went door to door escorted by soldiers", "2024-03-15", "published",
          "vorzeitige Stimmabgabe"),
        S("Ukraine", "Foreign ministry calls on states not to recognise the results and to sanction the organisers",
          "2024-03-14", "text", "rief die Staatengemeinschaft"),
        S("Ukraine", "The vote in the occupied territories is null and void", "2024-03-14", "context",
          "null und nichtig"),
        S("Volodymyr Zelensky", "Putin only wants to secure power for life", "2024-03-15", "published",
          "Macht auf Lebenszeit"),
        S("European Union", "Borrell: the EU will not recognise the vote in the occupied territories", "2024-03-15",
          "published", "Josep Borrell"),
        S("Maria Zakharova", "Moldova's protest is an unfriendly act", "2024-03-15", "published",
          "unfreundlichen Handlung"),
        S("Vladimir Putin", "Calls on citizens to vote; the future of the fatherland is at stake", "2024-03-14TEV",
          "text", "Videobotschaft"),
        S("Ukraine", "Authorities: at least 16 killed in the Odesa strike", "2024-03-15", "text",
          "Raketenangriff auf Odessa"),
        S("Russia", "Defence ministry: 17 drones shot down over Belgorod, Kursk and Kaluga", "2024-03-15TMO", "text",
          "17 Drohnen"),
    ],
    ["Russia", "Vladimir Putin", "Ukraine", "Volodymyr Zelensky", "European Union", "Maria Zakharova"],
))

# ---------------------------------------------------------------- b119de06 (Alb Bote, Münsingen)
DE06 = """
Putin lässt sich auf dem Roten Platz feiern

Moskau/Münsingen. Der russische Präsident Wladimir Putin hat seinen Wahlsieg mit einem Konzert auf dem Roten Platz in Moskau gefeiert.
Bei der Veranstaltung zum zehnten Jahrestag der Annexion der Krim sagte er am Montagabend vor Zehntausenden Menschen, die Halbinsel sei „nach Hause zurückgekehrt“.
Er kündigte an, eine Eisenbahnverbindung von Russland über die besetzten Gebiete im Süden der Ukraine bis auf die Krim zu bauen.
Auf der Bühne standen auch die drei unterlegenen Kandidaten und sangen mit Putin die Nationalhymne.

Nach Angaben der Zentralen Wahlkommission erhielt Putin 87,3 Prozent der Stimmen bei einer Beteiligung von mehr als 77 Prozent – beides Rekordwerte.
Unabhängige Beobachter waren nicht zugelassen; die OSZE hatte bereits im Januar mitgeteilt, dass sie keine Einladung erhalten habe.

Das US-Außenministerium erklärte zum Jahrestag am Montag, die Krim sei die Ukraine, die Vereinigten Staaten würden die Annexion niemals anerkennen.
UN-Generalsekretär António Guterres ließ über seinen Sprecher mitteilen, die Vereinten Nationen hielten an der Resolution der Generalversammlung vom März 2014 fest, die die territoriale Integrität der Ukraine bekräftigt.
Der ukrainische Außenminister Dmytro Kuleba schrieb am Montag, mit der Annexion vor zehn Jahren habe der Krieg begonnen, der seither andauere.
Präsident Wolodymyr Selenskyj sagte am Montagabend in seiner Videoansprache, die Krim werde wieder ukrainisch, und dankte den Staaten, die Putins Wahl in den besetzten Gebieten nicht anerkennen.

Die Außenminister der EU billigten am Montag in Brüssel fünf Milliarden Euro zusätzlicher Militärhilfe für die Ukraine.
Der Außenbeauftragte Josep Borrell nannte die Präsidentenwahl eine Abstimmung „ohne Wahl“, die auf Repression und Einschüchterung beruhe.

Kremlsprecher Dmitri Peskow wies die Kritik aus Washington, Brüssel und Berlin am Dienstag als „absurd“ zurück; das Ergebnis zeige, dass sich das Land um seinen Präsidenten schare.
Die Amtseinführung Putins ist für den 7. Mai geplant.

Auch auf der Alb wird die Lage in der Ukraine genau verfolgt.
Der Münsinger Freundeskreis Ukraine lädt für Samstag um 10 Uhr zu einem Spendenlauf im Stadtgarten ein.
In den vergangenen zwei Jahren hat der Verein nach eigenen Angaben 14 Hilfstransporte in die westukrainische Partnerregion organisiert.
"""

DOCS.append(doc(
    "b119de06_putin_roter_platz_krim_jahrestag_2024_03", "2024-03-19", DE06,
    [
        T("Montagabend", "TIME", "2024-03-18TEV", 0),
        T("Januar", "DATE", "2024-01"),
        T("Montag", "DATE", "2024-03-18", 0),
        T("März 2014", "DATE", "2014-03"),
        T("Montag", "DATE", "2024-03-18", 1),
        T("vor zehn Jahren", "DATE", "2014"),
        T("Montagabend", "TIME", "2024-03-18TEV", 1),
        T("Montag", "DATE", "2024-03-18", 2),
        T("Dienstag", "DATE", "2024-03-19"),
        T("den 7. Mai", "DATE", "2024-05-07"),
        T("Samstag", "DATE", "2024-03-23"),
        T("10 Uhr", "TIME", "2024-03-23T10:00", note="local time (CET)"),
        T("den vergangenen zwei Jahren", "DURATION", "P2Y"),
    ],
    [
        E("US: Crimea is Ukraine, the US will never recognise its annexation", "REJECT", ["United States", "Russia"],
          "2024-03-18", "text", "occurred", "Das US-Außenministerium erklärte"),
        E("The General Assembly's March 2014 resolution affirms Ukraine's territorial integrity", "SUPPORT",
          ["United Nations", "Ukraine"], "2014-03", "text", "occurred", "Resolution der Generalversammlung",
          note="resolution 68/262 of 27 March 2014"),
        E("Guterres: the UN stands by the 2014 resolution", "SUPPORT", ["António Guterres", "Ukraine"], "2024-03-19",
          "published", "occurred", "Resolution der Generalversammlung"),
        E("Russia annexed Crimea ten years ago", "COERCE", ["Russia", "Ukraine"], "2014", "text", "occurred",
          "Annexion vor zehn Jahren", note="March 2014"),
        E("Kuleba: the war began with the annexation of Crimea", "ACCUSE", ["Ukraine", "Russia"], "2024-03-18",
          "text", "occurred", "Annexion vor zehn Jahren"),
        E("Zelensky thanks states that do not recognise Putin's election in the occupied territories", "SUPPORT",
          ["Volodymyr Zelensky"], "2024-03-18TEV", "text", "occurred", "dankte den Staaten"),
        E("EU foreign ministers approve five billion euros of additional military aid for Ukraine", "AID",
          ["European Union", "Ukraine"], "2024-03-18", "text", "occurred", "fünf Milliarden Euro"),
        E("Borrell: an election without choice, based on repression and intimidation", "ACCUSE",
          ["European Union", "Russia"], "2024-03-18", "context", "occurred", "ohne Wahl"),
        E("Peskov dismisses criticism from Washington, Brussels and Berlin as absurd", "REJECT",
          ["Dmitry Peskov", "United States", "European Union", "Germany"], "2024-03-19", "text", "occurred",
          "absurd"),
    ],
    [
        S("Vladimir Putin", "Crimea has returned home", "2024-03-18TEV", "text", "nach Hause zurückgekehrt"),
        S("Vladimir Putin", "A railway will be built from Russia through the occupied south of Ukraine to Crimea",
          "2024-03-18TEV", "context", "Eisenbahnverbindung"),
        S("Russia", "Central Election Commission: Putin won 87.3 percent on a turnout of more than 77 percent",
          "2024-03-19", "published", "Zentralen Wahlkommission"),
        S("United States", "Crimea is Ukraine; the US will never recognise the annexation", "2024-03-18", "text",
          "Das US-Außenministerium erklärte"),
        S("António Guterres", "The UN stands by the General Assembly resolution of March 2014 on Ukraine's "
          "territorial integrity", "2024-03-19", "published", "Resolution der Generalversammlung"),
        S("Ukraine", "Kuleba: the war began with the annexation ten years ago", "2024-03-18", "text",
          "Annexion vor zehn Jahren"),
        S("Volodymyr Zelensky", "Crimea will be Ukrainian again; thanks to states not recognising the vote",
          "2024-03-18TEV", "text", "dankte den Staaten"),
        S("European Union", "Borrell: an election without choice, based on repression and intimidation",
          "2024-03-18", "context", "ohne Wahl"),
        S("Dmitry Peskov", "Western criticism is absurd; the result shows the country rallies behind its president",
          "2024-03-19", "text", "absurd"),
    ],
    ["Vladimir Putin", "Russia", "Ukraine", "United States", "António Guterres", "United Nations",
     "Volodymyr Zelensky", "European Union", "Kremlin", "Dmitry Peskov", "Germany"],
))
