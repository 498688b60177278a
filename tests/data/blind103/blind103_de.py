"""German articles of the blind103 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b103de01 (Waldeckische Landeszeitung)
DE01 = """
Selenskyj im Flutgebiet – Kiew ermittelt wegen „Ökozids“

Kiew/Korbach. Zwei Tage nach der Zerstörung des Kachowka-Staudamms hat der ukrainische Präsident Wolodymyr Selenskyj am Donnerstag das Überschwemmungsgebiet am unteren Dnipro besucht.
In Cherson ließ er sich nach Angaben seines Büros über die Evakuierung der Bewohner und die Trinkwasserversorgung unterrichten.
Selenskyj warf Russland bei dem Besuch erneut vor, den Damm in der Nacht zum Dienstag gezielt von innen gesprengt zu haben, und sprach von einem „Ökozid“.
Die Generalstaatsanwaltschaft in Kiew hatte bereits am Dienstag ein Ermittlungsverfahren gegen russische Militärs wegen Ökozids und Verletzung der Kriegsgesetze eingeleitet.

Moskau weist jede Verantwortung zurück.
Kremlsprecher Dmitri Peskow hatte am Dienstag von „vorsätzlicher Sabotage“ der ukrainischen Seite gesprochen, mit der Kiew von seiner stockenden Gegenoffensive ablenken wolle.
Der türkische Präsident Recep Tayyip Erdoğan schlug am Mittwoch in Telefonaten mit Selenskyj und Kremlchef Wladimir Putin vor, eine internationale Kommission aus Experten der Kriegsparteien, der Vereinten Nationen und der Türkei solle die Ursache untersuchen.
Putin habe in dem Gespräch von einem „barbarischen Akt“ Kiews gesprochen, teilte der Kreml anschließend mit.

Nach ukrainischen Angaben stehen auf dem rechten Ufer rund 600 Quadratkilometer unter Wasser, auf dem von Russland besetzten linken Ufer sei die Lage noch schlimmer.
Russische Truppen beschossen am Mittwoch nach Angaben der Militärverwaltung von Cherson einen Evakuierungspunkt in der Stadt, mehrere Helfer wurden verletzt.
UN-Nothilfekoordinator Martin Griffiths warnte, die Folgen für die Landwirtschaft und die Wasserversorgung Hunderttausender Menschen würden sich erst in den kommenden Wochen ganz zeigen.

Die Bundesregierung sagte Hilfe zu.
Das Technische Hilfswerk schickt nach Angaben des Bundesinnenministeriums Wasserfilter, Pumpen und Stromerzeuger, die Kiew am Mittwoch über das EU-Katastrophenschutzverfahren angefordert hatte.
EU-Kommissionspräsidentin Ursula von der Leyen machte Russland für die Zerstörung verantwortlich und kündigte weitere Hilfe der Union für die betroffenen Gemeinden an.

Am Edersee weckt die Katastrophe Erinnerungen.
Vor 80 Jahren, in der Nacht zum 17. Mai 1943, hatten alliierte Bomber die Staumauer gesprengt, die Flutwelle riss im Edertal Dutzende Menschen in den Tod.
Ein Sprecher des Wasserstraßen- und Schifffahrtsamts in Hann. Münden sagte unserer Zeitung, moderne Talsperren seien zwar robuster, gegen eine Sprengung von innen gebe es aber keinen vollständigen Schutz.
Der Landkreis Waldeck-Frankenberg sammelt ab Montag Sachspenden für die Flutopfer in der Südukraine.
"""

# ---------------------------------------------------------------- b103de02 (Klimareporter°)
DE02 = """
Thunberg und Wallström in Kiew: Umweltschäden sollen in den Friedensplan

Der ukrainische Präsident Wolodymyr Selenskyj hat am Donnerstag in Kiew die Klimaaktivistin Greta Thunberg, die frühere irische Präsidentin Mary Robinson, die ehemalige schwedische Außenministerin Margot Wallström und die finnische Grünen-Politikerin Heidi Hautala empfangen.
Bei dem Treffen wurde eine internationale Arbeitsgruppe ins Leben gerufen, die die Umweltfolgen des Krieges erfassen und Vorschläge für Haftung und Wiedergutmachung machen soll.
Den Vorsitz hat Selenskyjs Bürochef Andrij Jermak, der ankündigte, die Gruppe werde bis Ende des Jahres erste Empfehlungen vorlegen.

Selenskyj sagte, Russland habe mit der Sprengung des Kachowka-Staudamms vor drei Wochen „ein Verbrechen gegen die Natur“ begangen, dessen Folgen noch lange zu spüren sein würden.
Er verlangte, dass die Umweltsicherheit, der achte Punkt seiner Friedensformel, in jedem künftigen Abkommen verbindlich verankert wird.
Thunberg, die sich am Mittwoch in Irpin und Borodjanka zerstörte Wohnviertel angesehen hatte, sagte, die Welt dürfe „den Ökozid nicht als Kollateralschaden abtun“.

Nach Angaben von Umweltminister Ruslan Strilez hat der Krieg bislang Umweltschäden von mehr als 50 Milliarden Euro verursacht.
Eine Studie der Initiative on GHG Accounting of War beziffert die Emissionen seit Februar 2022 auf rund 120 Millionen Tonnen CO2-Äquivalent – etwa so viel, wie Belgien in einem Jahr ausstößt.
Hinzu kommen verminte Wälder, verseuchte Böden und das trockengefallene Reservoir des Kachowka-Stausees, in dem sich seit seiner Flutung 1956 Schwermetalle abgelagert haben.

Das UN-Umweltprogramm Unep kündigte an, in den kommenden Wochen ein Expertenteam in die Flutgebiete am Dnipro zu schicken.
Jermak hatte das Thema bereits am vergangenen Wochenende in Kopenhagen angesprochen, wo er mit Sicherheitsberatern aus rund einem Dutzend Staaten, darunter die USA, Indien und Brasilien, über die Friedensformel beriet.

Aus Moskau kam Spott.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte das Treffen am Freitag eine „Öko-Show für westliche Kameras“ und behauptete erneut, Kiew habe den Staudamm selbst zerstört.

Umweltverbände begrüßen die Initiative, warnen aber vor zu großen Erwartungen.
„Ein Ökozid-Tatbestand existiert im Völkerrecht bisher nicht“, gibt eine Völkerrechtlerin der Universität Hamburg zu bedenken.
Die Arbeitsgruppe will im Herbst erneut in Kiew zusammenkommen.
"""

# ---------------------------------------------------------------- b103de03 (Land & Forst)
DE03 = """
Minenräumung: Geber in Zagreb wollen der Ukraine ihre Äcker zurückgeben

Zagreb/Hannover. Auf einer internationalen Konferenz zur Minenräumung in der Ukraine haben Vertreter von rund 40 Staaten und Organisationen am Mittwoch und Donnerstag in Zagreb über Geld, Gerät und Ausbildung beraten.
Gastgeber waren Kroatien und die Ukraine, die für die Räumung nach Schätzungen der Weltbank in den nächsten zehn Jahren rund 37 Milliarden US-Dollar benötigt.
Die ukrainische Wirtschaftsministerin Julija Swyrydenko sagte, bis zu 174.000 Quadratkilometer gälten als möglicherweise vermint, darunter große Teile der fruchtbarsten Ackerböden im Süden und Osten.
Sie rief die Geber auf, vor allem Räummaschinen zu liefern, weil Räumtrupps von Hand allein viel zu langsam vorankämen.

Präsident Wolodymyr Selenskyj, der am Mittwoch per Video zugeschaltet war, dankte Kroatien für die Gastgeberschaft.
Jeder geräumte Hektar sei „ein Stück zurückgewonnene Ernährungssicherheit für die Welt“, sagte er.

Die USA sagten nach Angaben des State Department am Mittwoch weitere 90 Millionen Dollar für die Räumung zu.
Die EU-Kommission stellt 25 Millionen Euro bereit, mit denen unter anderem ukrainische Räumtrupps ausgebildet werden sollen.
Das Auswärtige Amt kündigte an, die deutsche Förderung für humanitäres Minenräumen in der Ukraine im kommenden Jahr aufzustocken, nannte aber keine Summe.
Zum Abschluss verabschiedeten die Teilnehmer am Donnerstag eine Erklärung, in der sie sich verpflichten, die Ukraine so lange wie nötig bei der Räumung zu unterstützen.
Die nächste Konferenz soll 2024 in der Schweiz stattfinden.

Moskau wies die Verantwortung für die Verminung zurück.
Außenamtssprecherin Maria Sacharowa nannte das Treffen am Donnerstag eine „Spendenshow“ und warf Kiew vor, mit Streumunition aus den USA selbst Dörfer im Donbass zu verminen.

Für die Landwirtschaft ist die Lage dramatisch.
Nach Angaben des ukrainischen Agrarministeriums sind seit Kriegsbeginn mehr als 200 Landwirte und Landarbeiter durch Minen und Blindgänger ums Leben gekommen.
Viele Betriebe bestellen ihre Felder nur noch mit gepanzerten Traktoren oder lassen sie brachliegen.
Ein Landtechnikhersteller aus dem Landkreis Cloppenburg hat im Sommer zwei umgebaute Forstmulcher in die Region Charkiw geliefert, mit denen Flächen vor der Räumung von Bewuchs befreit werden.
Der Geschäftsführer sagte Land & Forst, die Nachfrage aus der Ukraine übersteige die Kapazitäten deutlich.
"""

# ---------------------------------------------------------------- b103de04 (Spektrum.de)
DE04 = """
Brand im Kühlturm von Saporischschja: Was über den Vorfall bekannt ist

Am Sonntagabend ist in einem der beiden Kühltürme des von Russland besetzten Atomkraftwerks Saporischschja ein Feuer ausgebrochen.
Die Fachleute der Internationalen Atomenergiebehörde (IAEA), die sich ständig auf dem Gelände aufhalten, hörten nach eigenen Angaben mehrere Explosionen und sahen danach dichten dunklen Rauch im nördlichen Teil der Anlage.
Eine Gefahr für die nukleare Sicherheit bestehe nicht, teilte die Behörde noch in der Nacht mit.

Wer das Feuer verursacht hat, ist umstritten.
Der ukrainische Präsident Wolodymyr Selenskyj warf Russland in seiner abendlichen Videoansprache vor, den Brand gelegt zu haben, um die Ukraine und Europa zu erpressen.
Der von Moskau eingesetzte Gouverneur Jewgeni Balizki machte dagegen ukrainischen Beschuss aus der gegenüberliegenden Stadt Nikopol verantwortlich.
Rosatom-Chef Alexej Lichatschow sprach am Montag von einem gezielten Angriff mit Kampfdrohnen.
Kremlsprecher Dmitri Peskow nannte den Vorfall eine „Provokation“ Kiews, die die Welt nicht ignorieren dürfe.
IAEA-Chef Rafael Grossi bezeichnete Angriffe auf das Kraftwerk als „rücksichtslos“, ohne eine Seite zu beschuldigen, und verlangte am Montag Zugang zu dem beschädigten Turm.

Physikalisch ist der Brand weniger dramatisch, als die Bilder vermuten lassen.
Die sechs Reaktoren befinden sich seit April im Zustand der Kaltabschaltung, die Kühltürme werden dafür nicht gebraucht.
Die Restwärme der Brennelemente wird über das Wasser des Kühlbeckens abgeführt, das seit der Zerstörung des Kachowka-Staudamms im Juni 2023 aus elf eigens gebohrten Brunnen gespeist wird.
„Der Turm selbst ist für die Sicherheit nicht relevant“, sagt ein Reaktorexperte der Gesellschaft für Anlagen- und Reaktorsicherheit in Köln.
Entscheidend sei, dass die Stromversorgung für die Nachkühlung stabil bleibe; seit Monaten hängt das Werk an einer einzigen 750-Kilovolt-Leitung.

Das Feuer fällt in eine Phase erhöhter Spannung.
Seit Dienstag vergangener Woche stoßen ukrainische Truppen in die russische Region Kursk vor, wo ebenfalls ein Atomkraftwerk steht.
Das ukrainische Außenministerium forderte die IAEA und die Vereinten Nationen auf, Druck auf Moskau auszuüben, damit das Kraftwerk an die Ukraine zurückgegeben werde.
"""

# ---------------------------------------------------------------- b103de05 (RiffReporter)
DE05 = """
Ausstieg aus dem Ottawa-Vertrag: Die Ukraine setzt wieder auf Antipersonenminen

Die Ukraine will das Verbot von Antipersonenminen nicht länger einhalten.
Präsident Wolodymyr Selenskyj unterzeichnete am Sonntag ein Dekret über den Austritt aus dem Ottawa-Übereinkommen von 1997, das Einsatz, Herstellung und Lagerung solcher Minen verbietet.
Das Parlament muss noch zustimmen; wirksam wird der Schritt erst sechs Monate nach der Mitteilung an die Vereinten Nationen.

Außenminister Andrij Sybiha begründete die Entscheidung am Montag mit der Lage an der Front.
Russland, das dem Vertrag nie beigetreten ist, setze Minen „massenhaft und gegen Zivilisten“ ein, während die Ukraine sich selbst die Hände binde, sagte er.
Die Ukraine ist seit 2006 Vertragsstaat.

Kiew folgt damit Polen, Finnland und den baltischen Staaten, die im Frühjahr wegen der Bedrohung durch Russland ihren Austritt angekündigt hatten.
Die USA hatten der Ukraine bereits im November 2024 Antipersonenminen zugesagt.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte am Montag, Kiew habe die Konvention ohnehin nie eingehalten und verseuche mit westlicher Hilfe seit Jahren den Donbass.

UN-Generalsekretär António Guterres ließ über seinen Sprecher erklären, er bedaure den Schritt, und rief alle Vertragsstaaten auf, an dem Verbot festzuhalten.
Auch das Internationale Komitee vom Roten Kreuz warnte, jede neu verlegte Mine gefährde Menschen noch lange nach Kriegsende.

Für die Minenräumung bedeutet der Austritt zunächst wenig, sagt eine Expertin von Handicap International in München im Gespräch mit RiffReporter.
Die Ukraine gilt schon jetzt als eines der am stärksten verminten Länder der Welt: Nach Regierungsangaben sind rund 139.000 Quadratkilometer möglicherweise belastet, etwa ein Fünftel des Staatsgebiets.
Langfristig aber wachse die Fläche, die nach einem Waffenstillstand geräumt werden müsse – und mit ihr die Rechnung für die Geber.
Die EU hatte im Mai weitere 40 Millionen Euro für humanitäre Minenräumung in der Ukraine bereitgestellt.
Im Oktober wollen Geberstaaten in Tokio bei der nächsten internationalen Minenräumkonferenz über die Finanzierung beraten.
"""

# ---------------------------------------------------------------- b103de06 (Harz Kurier)
DE06 = """
Ein Jahr nach dem Dammbruch: Wo der Kachowka-Stausee war, wächst ein Wald

Kiew/Osterode. Ein Jahr nach der Zerstörung des Kachowka-Staudamms hat der ukrainische Präsident Wolodymyr Selenskyj Russland erneut einen „Terroranschlag auf die Natur“ vorgeworfen.
Die Sprengung vor einem Jahr sei das größte Umweltverbrechen in Europa seit Tschernobyl gewesen, schrieb er am Donnerstag auf Telegram.
Selenskyj hielt sich am Jahrestag in der Normandie auf, wo er an den Gedenkfeiern zur Landung der Alliierten vor 80 Jahren teilnahm.
Am Freitag will er in Paris mit Präsident Emmanuel Macron über weitere Militärhilfe sprechen.

Generalstaatsanwalt Andrij Kostin teilte mit, die Ermittler hätten einen Kommandeur der russischen Truppen, die den Damm kontrollierten, als Tatverdächtigen identifiziert.
Das Verfahren wegen Ökozids laufe seit dem Tag der Sprengung, die Beweise seien auch dem Internationalen Strafgerichtshof übergeben worden.
Moskau bestreitet jede Verantwortung.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, der Damm sei durch ukrainischen Beschuss zerstört worden, und nannte die Vorwürfe „haltlos“.

Nach einer gemeinsamen Schätzung von Weltbank, EU und Vereinten Nationen haben Flut und Wassermangel Schäden von rund zwei Milliarden Dollar verursacht.
Russland hatte den UN im vergangenen Sommer den Zugang zu den überfluteten Orten am besetzten linken Ufer verweigert; bis heute gibt es dort keine unabhängige Bestandsaufnahme.
Auf dem Grund des früheren Stausees wachsen inzwischen dichte Bestände aus Weiden und Pappeln.
Umweltminister Ruslan Strilez sagte, der Stausee werde wieder aufgebaut, aber erst nach dem Krieg.

Für die Städte Krywyj Rih, Nikopol und Marhanez, die ihr Trinkwasser aus dem Stausee bezogen, ist seit dem Frühjahr eine neue Fernleitung in Betrieb.
Deutschland hat den Bau nach Angaben des Entwicklungsministeriums mit 20 Millionen Euro unterstützt.

Auch im Harz wird der Jahrestag aufmerksam verfolgt.
Ingenieure der Harzwasserwerke hatten im Februar ukrainische Kollegen an der Sösetalsperre bei Osterode in der Überwachung von Staumauern geschult.
„Was wir hier an Sicherheitstechnik aufgebaut haben, kann man im Krieg nicht schützen“, sagte ein Sprecher der Harzwasserwerke.
Ein zweiter Lehrgang ist für den Herbst geplant.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b103de01_kachowka_flutgebiet_2023_06", "2023-06-09", DE01,
        [
            T("Donnerstag", "DATE", "2023-06-08"),
            T("der Nacht zum Dienstag", "TIME", "2023-06-05TNI", note="the night to Tuesday 6 June 2023"),
            T("Dienstag", "DATE", "2023-06-06", 1),
            T("Dienstag", "DATE", "2023-06-06", 2),
            T("Mittwoch", "DATE", "2023-06-07", 0),
            T("Mittwoch", "DATE", "2023-06-07", 1),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2023-06-07", 2),
            T("Vor 80 Jahren", "DATE", "1943"),
            T("der Nacht zum 17. Mai 1943", "TIME", "1943-05-16TNI", note="the night to 17 May 1943"),
            T("Montag", "DATE", "2023-06-12"),
        ],
        [
            E("Zelensky accuses Russia of blowing up the dam, 'ecocide'", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-06-08", "context", "occurred", "Selenskyj warf Russland bei dem Besuch"),
            E("Destruction of the Kakhovka dam", "ASSAULT", ["Russia", "Ukraine"], "2023-06-05TNI", "text",
              "occurred", "Selenskyj warf Russland bei dem Besuch",
              note="attribution disputed: Kyiv blames Russia, Moscow blames Kyiv"),
            E("Ukraine's prosecutor general opens an ecocide investigation against Russian servicemen", "ACCUSE",
              ["Ukraine", "Russia"], "2023-06-06", "text", "occurred", "Ermittlungsverfahren gegen russische Militärs"),
            E("Peskov blames Ukrainian sabotage for the dam", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2023-06-06",
              "text", "occurred", "vorsätzlicher Sabotage"),
            E("Erdoğan–Zelensky phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2023-06-07",
              "text", "occurred", "eine internationale Kommission aus Experten"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-06-07",
              "text", "occurred", "eine internationale Kommission aus Experten"),
            E("Erdoğan proposes an international commission to investigate the dam's destruction", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine", "United Nations", "Turkey"], "2023-06-07", "text",
              "occurred", "eine internationale Kommission aus Experten"),
            E("Putin calls the destruction a 'barbaric act' by Kyiv", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2023-06-07", "context", "occurred", "barbarischen Akt"),
            E("Russian shelling of an evacuation point in Kherson", "ASSAULT", ["Russia", "Ukraine"], "2023-06-07",
              "text", "occurred", "beschossen am Mittwoch"),
            E("Germany pledges water filters, pumps and generators via the THW", "AID", ["Germany", "Ukraine"],
              "2023-06-09", "published", "occurred", "Das Technische Hilfswerk schickt"),
            E("Kyiv requests help through the EU Civil Protection Mechanism", "REQUEST",
              ["Ukraine", "European Union"], "2023-06-07", "text", "occurred", "Das Technische Hilfswerk schickt"),
            E("Von der Leyen holds Russia responsible for the destruction", "ACCUSE",
              ["Ursula von der Leyen", "Russia"], "2023-06-09", "published", "occurred",
              "machte Russland für die Zerstörung verantwortlich"),
            E("Von der Leyen announces more EU help for the affected communities", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2023-06-09", "published", "planned",
              "machte Russland für die Zerstörung verantwortlich"),
        ],
        [
            S("Volodymyr Zelensky", "Russia blew up the dam from inside; an 'ecocide'", "2023-06-08", "context",
              "Selenskyj warf Russland bei dem Besuch"),
            S("Russia", "Moscow rejects any responsibility", "2023-06-09", "published",
              "Moskau weist jede Verantwortung zurück."),
            S("Dmitry Peskov", "Deliberate Ukrainian sabotage to distract from the stalled counter-offensive",
              "2023-06-06", "text", "vorsätzlicher Sabotage"),
            S("Recep Tayyip Erdoğan", "Proposes an international commission to investigate the cause", "2023-06-07",
              "text", "eine internationale Kommission aus Experten"),
            S("Vladimir Putin, via Kremlin", "A 'barbaric act' by Kyiv", "2023-06-07", "context",
              "barbarischen Akt"),
            S("Ukraine", "About 600 square kilometres flooded on the right bank, worse on the occupied left bank",
              "2023-06-09", "published", "rund 600 Quadratkilometer"),
            S("Ukraine", "Kherson military administration: Russian troops shelled an evacuation point",
              "2023-06-07", "text", "beschossen am Mittwoch"),
            S("United Nations", "Griffiths: consequences for farming and water supply will show in the coming weeks",
              "2023-06-09", "published", "Martin Griffiths"),
            S("Germany", "Interior ministry: the THW sends water filters, pumps and generators", "2023-06-09",
              "published", "Das Technische Hilfswerk schickt"),
            S("Ursula von der Leyen", "Russia is responsible; more EU help announced", "2023-06-09", "published",
              "machte Russland für die Zerstörung verantwortlich"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "Recep Tayyip Erdoğan",
         "Vladimir Putin", "United Nations", "Turkey", "Germany", "European Union", "Ursula von der Leyen"],
    ),
    doc(
        "b103de02_thunberg_arbeitsgruppe_oekozid_2023_06", "2023-06-30", DE02,
        [
            T("Donnerstag", "DATE", "2023-06-29"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("vor drei Wochen", "DATE", "2023-W23"),
            T("Mittwoch", "DATE", "2023-06-28"),
            T("Februar 2022", "DATE", "2022-02"),
            T("einem Jahr", "DURATION", "P1Y"),
            T("1956", "DATE", "1956"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("vergangenen Wochenende", "DATE", "2023-W25-WE"),
            T("Freitag", "DATE", "2023-06-30"),
            T("Herbst", "DATE", "2023-FA"),
        ],
        [
            E("Zelensky receives Thunberg, Robinson, Wallström and Hautala in Kyiv", "CONSULT",
              ["Volodymyr Zelensky"], "2023-06-29", "text", "occurred", "die Klimaaktivistin Greta Thunberg"),
            E("An international working group on the war's environmental consequences is set up", "COOPERATE",
              ["Ukraine"], "2023-06-29", "context", "occurred", "eine internationale Arbeitsgruppe ins Leben gerufen"),
            E("Zelensky accuses Russia of 'a crime against nature' by blowing up the Kakhovka dam", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-06-29", "context", "occurred", "ein Verbrechen gegen die Natur"),
            E("Destruction of the Kakhovka dam three weeks ago", "ASSAULT", ["Russia", "Ukraine"], "2023-W23", "text",
              "occurred", "ein Verbrechen gegen die Natur", note="the dam was destroyed on 6 June 2023; disputed"),
            E("Zelensky demands that environmental safety be part of any future agreement", "REQUEST",
              ["Volodymyr Zelensky"], "2023-06-29", "context", "occurred", "Er verlangte, dass die Umweltsicherheit"),
            E("UNEP to send an expert team to the flooded areas", "CONSULT", ["United Nations", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "ein Expertenteam in die Flutgebiete"),
            E("Yermak's Copenhagen meeting with security advisers on the peace formula", "CONSULT",
              ["Andriy Yermak", "United States"], "2023-W25-WE", "text", "occurred", "in Kopenhagen angesprochen"),
            E("Zakharova claims Kyiv destroyed the dam itself", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2023-06-30", "text", "occurred", "Öko-Show für westliche Kameras"),
            E("The working group to meet again in Kyiv in the autumn", "CONSULT", ["Ukraine"], "2023-FA", "text",
              "planned", "Die Arbeitsgruppe will im Herbst"),
        ],
        [
            S("Andriy Yermak", "The group will present first recommendations by the end of the year", "2023-06-29",
              "context", "Den Vorsitz hat Selenskyjs Bürochef"),
            S("Volodymyr Zelensky", "Russia committed 'a crime against nature' with the dam's destruction",
              "2023-06-29", "context", "ein Verbrechen gegen die Natur"),
            S("Volodymyr Zelensky", "Environmental safety must be anchored in any future agreement", "2023-06-29",
              "context", "Er verlangte, dass die Umweltsicherheit"),
            S("Ukraine", "Environment minister Strilets: environmental damage of more than 50 billion euros",
              "2023-06-30", "published", "Ruslan Strilez"),
            S("United Nations", "UNEP will send an expert team to the flooded areas in the coming weeks",
              "2023-06-30", "published", "ein Expertenteam in die Flutgebiete"),
            S("Russia", "Moscow mocks the meeting", "2023-06-30", "published", "Aus Moskau kam Spott."),
            S("Maria Zakharova", "The meeting is an 'eco-show for Western cameras'; Kyiv destroyed the dam itself",
              "2023-06-30", "text", "Öko-Show für westliche Kameras"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Andriy Yermak", "Russia", "United Nations", "United States",
         "Maria Zakharova"],
    ),
    doc(
        "b103de03_zagreb_minenraeumung_2023_10", "2023-10-12", DE03,
        [
            T("Mittwoch", "DATE", "2023-10-11", 0),
            T("Donnerstag", "DATE", "2023-10-12", 0),
            T("den nächsten zehn Jahren", "DURATION", "P10Y"),
            T("Mittwoch", "DATE", "2023-10-11", 1),
            T("Mittwoch", "DATE", "2023-10-11", 2),
            T("kommenden Jahr", "DATE", "2024"),
            T("Donnerstag", "DATE", "2023-10-12", 1),
            T("2024", "DATE", "2024"),
            T("Donnerstag", "DATE", "2023-10-12", 2),
            T("Sommer", "DATE", "2023-SU"),
        ],
        [
            E("International mine action conference for Ukraine in Zagreb", "CONSULT", ["Ukraine"], "2023-10-11",
              "text", "occurred", "Auf einer internationalen Konferenz zur Minenräumung",
              note="11-12 October 2023, co-hosted by Croatia"),
            E("Svyrydenko calls on donors to deliver demining machines", "REQUEST", ["Ukraine"], "2023-10-11",
              "context", "occurred", "Sie rief die Geber auf"),
            E("Zelensky thanks Croatia for hosting", "SUPPORT", ["Volodymyr Zelensky"], "2023-10-11", "text",
              "occurred", "dankte Kroatien für die Gastgeberschaft"),
            E("US pledges another 90 million dollars for demining", "AID", ["United States", "Ukraine"], "2023-10-11",
              "text", "occurred", "weitere 90 Millionen Dollar"),
            E("The EU Commission provides 25 million euros, including training of Ukrainian deminers", "AID",
              ["European Union", "Ukraine"], "2023-10-12", "published", "occurred", "Die EU-Kommission stellt"),
            E("Germany to increase its humanitarian demining funding next year", "AID", ["Germany", "Ukraine"], "2024",
              "text", "planned", "Das Auswärtige Amt kündigte an"),
            E("Participants adopt a declaration committing to support demining as long as needed", "AGREE",
              ["Ukraine", "United States", "European Union", "Germany"], "2023-10-12", "text", "occurred",
              "verabschiedeten die Teilnehmer am Donnerstag eine Erklärung"),
            E("Next mine action conference planned in Switzerland in 2024", "CONSULT", ["Ukraine"], "2024", "text",
              "planned", "Die nächste Konferenz soll 2024"),
            E("Zakharova accuses Kyiv of mining Donbas villages with US cluster munitions", "ACCUSE",
              ["Maria Zakharova", "Ukraine", "United States"], "2023-10-12", "text", "occurred", "Spendenshow"),
        ],
        [
            S("Ukraine", "Svyrydenko: up to 174,000 square kilometres may be mined", "2023-10-11", "context",
              "Julija Swyrydenko"),
            S("Ukraine", "Svyrydenko: donors should above all deliver demining machines", "2023-10-11", "context",
              "Sie rief die Geber auf"),
            S("Volodymyr Zelensky", "Every cleared hectare is regained food security for the world", "2023-10-11",
              "context", "zurückgewonnene Ernährungssicherheit"),
            S("Germany", "Foreign Office: German funding for humanitarian demining will rise next year",
              "2023-10-12", "published", "Das Auswärtige Amt kündigte an"),
            S("Russia", "Moscow rejects responsibility for the mining", "2023-10-12", "published",
              "Moskau wies die Verantwortung"),
            S("Maria Zakharova", "The conference is a 'donor show'; Kyiv mines Donbas villages with US cluster "
              "munitions", "2023-10-12", "text", "Spendenshow"),
            S("Ukraine", "Agriculture ministry: more than 200 farmers and farm workers killed by mines",
              "2023-10-12", "published", "Agrarministeriums"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United States", "European Union", "Germany", "Russia",
         "Maria Zakharova"],
    ),
    doc(
        "b103de04_saporischschja_kuehlturm_brand_2024_08", "2024-08-12", DE04,
        [
            T("Sonntagabend", "TIME", "2024-08-11TEV"),
            T("der Nacht", "TIME", "2024-08-11TNI", note="the night after the fire, Sunday to Monday"),
            T("abendlichen", "SET", "P1D"),
            T("Montag", "DATE", "2024-08-12", 0),
            T("Montag", "DATE", "2024-08-12", 1),
            T("April", "DATE", "2024-04"),
            T("Juni 2023", "DATE", "2023-06"),
            T("Monaten", "DURATION", "PXM"),
            T("Dienstag vergangener Woche", "DATE", "2024-08-06"),
        ],
        [
            E("Zelensky accuses Russia of setting the cooling tower on fire to blackmail Ukraine and Europe",
              "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2024-08-11TEV", "context", "occurred",
              "in seiner abendlichen Videoansprache vor"),
            E("Russian-installed governor Balitsky blames Ukrainian shelling from Nikopol", "ACCUSE",
              ["Russia", "Ukraine"], "2024-08-11", "context", "occurred", "Jewgeni Balizki"),
            E("Rosatom's Likhachev blames a targeted Ukrainian drone attack", "ACCUSE", ["Russia", "Ukraine"],
              "2024-08-12", "text", "occurred", "Alexej Lichatschow"),
            E("Peskov calls the fire a Kyiv 'provocation'", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2024-08-12",
              "published", "occurred", "Provokation"),
            E("Grossi demands access to the damaged cooling tower", "REQUEST", ["IAEA", "Russia"], "2024-08-12",
              "text", "occurred", "verlangte am Montag Zugang"),
            E("Ukrainian incursion into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06", "text",
              "occurred", "Seit Dienstag vergangener Woche", date_mod="START"),
            E("Kyiv calls on the IAEA and the UN to press Moscow to return the plant", "REQUEST",
              ["Ukraine", "IAEA", "United Nations", "Russia"], "2024-08-12", "published", "occurred",
              "Das ukrainische Außenministerium forderte"),
        ],
        [
            S("IAEA", "Experts heard explosions and saw dark smoke; no danger to nuclear safety", "2024-08-11TNI",
              "text", "Eine Gefahr für die nukleare Sicherheit"),
            S("Volodymyr Zelensky", "Russia set the fire to blackmail Ukraine and Europe", "2024-08-11TEV", "context",
              "in seiner abendlichen Videoansprache vor"),
            S("Russia", "Balitsky: Ukrainian shelling from Nikopol caused the fire", "2024-08-11", "context",
              "Jewgeni Balizki"),
            S("Russia", "Likhachev: a targeted attack with combat drones", "2024-08-12", "text",
              "Alexej Lichatschow"),
            S("Dmitry Peskov", "The fire is a Kyiv provocation the world must not ignore", "2024-08-12", "published",
              "Provokation"),
            S("IAEA", "Grossi: attacks on the plant are reckless; demands access to the tower", "2024-08-12", "text",
              "verlangte am Montag Zugang"),
            S("Ukraine", "Foreign ministry: IAEA and UN must press Moscow to return the plant", "2024-08-12",
              "published", "Das ukrainische Außenministerium forderte"),
        ],
        ["Russia", "IAEA", "Volodymyr Zelensky", "Ukraine", "Dmitry Peskov", "Kremlin", "United Nations"],
    ),
    doc(
        "b103de05_ottawa_vertrag_austritt_2025_06", "2025-06-30", DE05,
        [
            T("Sonntag", "DATE", "2025-06-29"),
            T("1997", "DATE", "1997"),
            T("Montag", "DATE", "2025-06-30", 0),
            T("2006", "DATE", "2006"),
            T("Frühjahr", "DATE", "2025-SP"),
            T("November 2024", "DATE", "2024-11"),
            T("Montag", "DATE", "2025-06-30", 1),
            T("Jahren", "DURATION", "PXY"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Mai", "DATE", "2025-05"),
            T("Oktober", "DATE", "2025-10"),
        ],
        [
            E("Zelensky signs a decree on withdrawing from the Ottawa Convention", "REJECT",
              ["Volodymyr Zelensky", "Ukraine"], "2025-06-29", "text", "occurred", "unterzeichnete am Sonntag ein Dekret"),
            E("Sybiha: Russia uses mines massively and against civilians", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-06-30", "context", "occurred", "massenhaft und gegen Zivilisten"),
            E("Poland announces its withdrawal from the Ottawa Convention over the Russian threat", "REJECT",
              ["Poland"], "2025-SP", "text", "occurred", "Kiew folgt damit Polen"),
            E("US promised anti-personnel mines to Ukraine in November 2024", "AID", ["United States", "Ukraine"],
              "2024-11", "text", "occurred", "im November 2024 Antipersonenminen zugesagt"),
            E("Zakharova: Kyiv never complied with the convention and has been contaminating the Donbas", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2025-06-30", "text", "occurred", "ohnehin nie eingehalten"),
            E("Guterres calls on states parties to keep the mine ban", "REQUEST", ["António Guterres", "Ukraine"], "2025-06-30",
              "published", "occurred", "rief alle Vertragsstaaten auf"),
            E("EU provided another 40 million euros for humanitarian demining in Ukraine", "AID",
              ["European Union", "Ukraine"], "2025-05", "text", "occurred", "weitere 40 Millionen Euro"),
            E("International mine action conference in Tokyo in October", "CONSULT", ["Ukraine"], "2025-10", "text",
              "planned", "Im Oktober wollen Geberstaaten in Tokio"),
        ],
        [
            S("Andrii Sybiha", "The decision reflects the situation at the front", "2025-06-30", "text",
              "begründete die Entscheidung am Montag"),
            S("Andrii Sybiha", "Russia uses mines massively and against civilians while Ukraine ties its own hands",
              "2025-06-30", "context", "massenhaft und gegen Zivilisten"),
            S("Maria Zakharova", "Kyiv never complied with the convention and contaminates the Donbas with Western "
              "help", "2025-06-30", "text", "ohnehin nie eingehalten"),
            S("António Guterres, via United Nations", "Regrets the step; calls on states parties to keep the ban",
              "2025-06-30", "published", "rief alle Vertragsstaaten auf"),
            S("Ukraine", "About 139,000 square kilometres are possibly contaminated", "2025-06-30", "published",
              "139.000 Quadratkilometer"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "United Nations", "Andrii Sybiha", "Russia", "Poland", "United States",
         "Maria Zakharova", "António Guterres", "European Union"],
    ),
    doc(
        "b103de06_kachowka_jahrestag_2024_06", "2024-06-06", DE06,
        [
            T("vor einem Jahr", "DATE", "2023"),
            T("Donnerstag", "DATE", "2024-06-06", 0),
            T("vor 80 Jahren", "DATE", "1944"),
            T("Freitag", "DATE", "2024-06-07"),
            T("Donnerstag", "DATE", "2024-06-06", 1),
            T("vergangenen Sommer", "DATE", "2023-SU"),
            T("heute", "DATE", "2024-06-06"),
            T("Frühjahr", "DATE", "2024-SP"),
            T("Februar", "DATE", "2024-02"),
            T("Herbst", "DATE", "2024-FA"),
        ],
        [
            E("Zelensky accuses Russia of a 'terrorist attack on nature' a year ago", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-06-06", "context", "occurred", "Terroranschlag auf die Natur"),
            E("Destruction of the Kakhovka dam a year ago", "ASSAULT", ["Russia", "Ukraine"], "2023", "text",
              "occurred", "Die Sprengung vor einem Jahr",
              note="6 June 2023; attribution disputed (Kyiv blames Russia, Moscow Ukrainian shelling)"),
            E("Zelensky to meet Macron in Paris on Friday on more military aid", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2024-06-07", "text", "planned", "Am Freitag will er in Paris"),
            E("Prosecutor general names a Russian commander as suspect in the ecocide case", "ACCUSE",
              ["Ukraine", "Russia"], "2024-06-06", "published", "occurred", "als Tatverdächtigen identifiziert"),
            E("Peskov blames Ukrainian shelling for the dam's destruction, calls the charges baseless", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2024-06-06", "text", "occurred", "durch ukrainischen Beschuss zerstört"),
            E("Peskov rejects Kyiv's charges as 'baseless'", "REJECT", ["Dmitry Peskov", "Ukraine"], "2024-06-06",
              "text", "occurred", "durch ukrainischen Beschuss zerstört"),
            E("Russia denied the UN access to the flooded occupied left bank last summer", "REJECT",
              ["Russia", "United Nations"], "2023-SU", "text", "occurred", "den UN im vergangenen Sommer den Zugang"),
            E("Germany supported the new water pipeline with 20 million euros", "AID", ["Germany", "Ukraine"],
              "2024-06-06", "published", "occurred", "mit 20 Millionen Euro unterstützt"),
        ],
        [
            S("Volodymyr Zelensky", "The dam's destruction was Europe's biggest environmental crime since Chernobyl",
              "2024-06-06", "text", "schrieb er am Donnerstag auf Telegram"),
            S("Ukraine", "Kostin: a Russian commander identified as suspect; evidence passed to the ICC",
              "2024-06-06", "published", "als Tatverdächtigen identifiziert"),
            S("Ukraine", "Kostin: the ecocide case has been running since the day of the explosion", "2024-06-06",
              "published", "Das Verfahren wegen Ökozids"),
            S("Russia", "Moscow denies any responsibility", "2024-06-06", "published",
              "Moskau bestreitet jede Verantwortung."),
            S("Dmitry Peskov", "The dam was destroyed by Ukrainian shelling; the charges are baseless", "2024-06-06",
              "text", "durch ukrainischen Beschuss zerstört"),
            S("Ukraine", "Strilets: the reservoir will be rebuilt, but only after the war", "2024-06-06", "published",
              "Ruslan Strilez"),
            S("Germany", "Development ministry: 20 million euros for the pipeline", "2024-06-06", "published",
              "mit 20 Millionen Euro unterstützt"),
        ],
        ["Volodymyr Zelensky", "Russia", "Ukraine", "Emmanuel Macron", "Dmitry Peskov", "Kremlin", "European Union",
         "United Nations", "Germany"],
    ),
]
