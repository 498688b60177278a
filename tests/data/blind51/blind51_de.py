"""German articles of the blind51 set (fictionalised; written and annotated blind to the extraction code).

Humanitarian diplomacy and civilians, told by regional papers in Austria and Switzerland.
"""

from build import E, S, T

# ---------------------------------------------------------------- b51de01 (BVZ – Burgenländische Volkszeitung)
DE01 = """
Fluchtkorridore: Erste Busse verlassen Sumy – Mariupol bleibt eingeschlossen

Sumy/Nickelsdorf. Nach tagelangem Ringen ist am Dienstag erstmals ein humanitärer Korridor aus einer umkämpften ukrainischen Großstadt zustande gekommen.
Aus Sumy im Nordosten des Landes konnten nach Angaben der Regionalverwaltung rund 5.000 Zivilisten, unter ihnen Hunderte ausländische Studierende, in Bussen und Privatautos in Richtung Poltawa ausreisen.
Das Internationale Komitee vom Roten Kreuz (IKRK), das den Konvoi begleitete, sprach von einem „ersten, zerbrechlichen Schritt“.
Für Mittwoch sei eine weitere Feuerpause von 9 Uhr bis 21 Uhr Ortszeit vereinbart worden, teilte die ukrainische Vizeregierungschefin Iryna Wereschtschuk mit.

In der belagerten Hafenstadt Mariupol scheiterte am Dienstag dagegen auch der dritte Versuch, Frauen, Kinder und alte Menschen in Sicherheit zu bringen.
Die Stadtverwaltung warf den russischen Truppen vor, die vereinbarte Route erneut beschossen zu haben; das Verteidigungsministerium in Moskau wies das zurück und machte „ukrainische Nationalisten“ verantwortlich.
Nach Angaben des IKRK harren in Mariupol seit mehr als einer Woche rund 200.000 Menschen ohne Strom, Wasser und Heizung aus.

Bereits am Montag hatte Russland Fluchtrouten angekündigt, die aus Kiew, Charkiw, Sumy und Mariupol überwiegend nach Russland und Belarus geführt hätten.
Kiew lehnte das als „unmoralisch“ ab, Frankreichs Präsident Emmanuel Macron sprach von „moralischem und politischem Zynismus“.
Die dritte Verhandlungsrunde russischer und ukrainischer Unterhändler im belarussischen Grenzgebiet hatte am Montagabend nach ukrainischer Darstellung nur „kleine positive Ergebnisse“ bei der Logistik der Korridore gebracht.
Der russische Delegationsleiter Wladimir Medinski sagte nach dem Treffen, er hoffe, dass die Korridore „ab morgen“ funktionierten.

Kremlchef Wladimir Putin hatte Macron in einem Telefonat am Sonntag nach Angaben des Kremls erklärt, Russland werde seine Ziele „entweder durch Verhandlungen oder durch Krieg“ erreichen.
Am Donnerstag wollen die Außenminister Sergej Lawrow und Dmytro Kuleba im türkischen Antalya erstmals seit Kriegsbeginn direkt miteinander sprechen; Gastgeber ist der türkische Außenminister Mevlüt Çavuşoğlu.
UN-Generalsekretär António Guterres verlangte am Dienstag in New York sicheren und ungehinderten Zugang für Hilfskonvois in alle umkämpften Städte.

In Nickelsdorf kamen unterdessen auch in der Nacht auf Mittwoch wieder Busse mit Geflüchteten an, die über Ungarn eingereist waren.
Das Rote Kreuz Burgenland betreibt am Grenzübergang seit vergangener Woche eine Versorgungsstation, an der fast stündlich neue Gruppen eintreffen.
Landeshauptmann Hans Peter Doskozil (SPÖ) kündigte an, heuer zusätzliche Quartiere in leer stehenden Pensionen im Seewinkel bereitzustellen.
"""


# ---------------------------------------------------------------- b51de02 (Neues Volksblatt, Linz)
DE02 = """
Suche nach Vermissten: Kiew und Moskau tauschen Namenslisten – Hoffnung auch für eine Familie in Wels

Kiew/Linz. An der belarussisch-ukrainischen Grenze sind am Mittwoch die Menschenrechtsbeauftragten der Ukraine und Russlands, Dmytro Lubinez und Tatjana Moskalkowa, zu einem mehrstündigen Gespräch zusammengekommen.
Dabei hätten beide Seiten Listen mit den Namen von mehr als 1.500 vermissten Soldaten und Zivilisten übergeben, teilte Lubinez anschließend auf Telegram mit.
Man habe vereinbart, neue Anfragen monatlich über die Zentrale Suchagentur des Internationalen Komitees vom Roten Kreuz (IKRK) in Genf abzugleichen.
Moskalkowa bestätigte das Treffen und sprach von einem „humanitären Dialog, der trotz allem funktioniert“.

Nach ukrainischen Angaben gelten derzeit mehr als 70.000 Menschen als vermisst, die meisten von ihnen Soldaten.
Der Beauftragte für Vermisste unter besonderen Umständen, Artur Dobroserdow, sagte, bei vielen Familien gebe es seit Monaten kein Lebenszeichen.
Auch die Rückführung Gefallener geht weiter: Am Donnerstag vergangener Woche übergab Russland nach Angaben des Koordinierungsstabs in Kiew 1.000 Leichname, die Ukraine ihrerseits 31.
Die Übergaben gehen auf die Vereinbarung zurück, die beide Delegationen am 2. Juni in Istanbul getroffen hatten; Moskaus Chefunterhändler Wladimir Medinski hatte damals die Herausgabe von 6.000 Leichnamen zugesagt.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau sei bereit, den Austausch von Gefangenen und Gefallenen „im Rahmen der Istanbuler Vereinbarungen“ fortzusetzen.
Über eine Waffenruhe werde man aber erst reden, wenn die „Ursachen des Konflikts“ beseitigt seien.
Außenminister Andrij Sybiha forderte Russland auf, dem IKRK endlich Zugang zu allen ukrainischen Kriegsgefangenen zu gewähren; derzeit könnten dessen Delegierte nur einen Bruchteil der Lager besuchen.
Präsident Wolodymyr Selenskyj dankte am Mittwochabend in seiner täglichen Videoansprache „allen, die helfen, unsere Leute nach Hause zu holen“.

Österreich unterstützt die Suchagentur heuer mit zusätzlich zwei Millionen Euro, wie Außenministerin Beate Meinl-Reisinger (NEOS) am Mittwoch in Wien ankündigte.
Sie bot zudem an, Wien als Ort für ein Treffen der Vermisstenbeauftragten beider Seiten zur Verfügung zu stellen.

Für Olena K. aus Wels ist jede neue Liste ein Hoffnungsschimmer.
Ihr Sohn Andrij, inzwischen 24, gilt seit den Kämpfen um Awdijiwka im Februar 2024 als vermisst.
„Das Rote Kreuz hat mir vor drei Wochen geschrieben, dass sein Name an die russische Seite weitergeleitet wurde“, erzählt die Mutter, die seit 2022 mit ihrer Tochter in Oberösterreich lebt.
Eine Antwort aus Moskau gebe es noch nicht.
"""


# ---------------------------------------------------------------- b51de03 (NÖN – Niederösterreichische Nachrichten)
DE03 = """
Zurück aus Russland: Ukrainische Kinder erholen sich an der Rax

Reichenau/Kiew. Dreißig ukrainische Kinder und Jugendliche, die nach Russland oder in besetzte Gebiete gebracht worden waren und inzwischen zu ihren Familien zurückgekehrt sind, verbringen seit Sonntag drei Wochen in einem Erholungsheim in Reichenau an der Rax.
Organisiert hat den Aufenthalt die Caritas der Erzdiözese Wien gemeinsam mit der ukrainischen Initiative „Bring Kids Back UA“, die Kosten trägt das Außenministerium.

Zwölf der Kinder gehören zu einer Gruppe von 27 Minderjährigen, die Russland erst in der Vorwoche unter Vermittlung Katars an die Ukraine übergeben hatte.
Nach Angaben des katarischen Außenministeriums war es bereits die elfte Rückführung dieser Art seit dem Herbst 2023.
Die Übergabe fand wie üblich an der belarussisch-ukrainischen Grenze statt, begleitet von Vertretern der katarischen Botschaft in Moskau.

Die russische Kinderrechtsbeauftragte Maria Lwowa-Belowa sprach von einer „Familienzusammenführung“, die Moskau „aus humanitären Gründen“ ermöglicht habe.
Von Verschleppung könne keine Rede sein, die Kinder seien vor den Kämpfen in Sicherheit gebracht worden.
Kremlsprecher Dmitri Peskow sagte am Montag, Russland sei offen für weitere Rückführungen, wenn Kiew seinerseits Listen von Kindern vorlege, deren Eltern in Russland lebten.

In Kiew stößt diese Darstellung auf scharfen Widerspruch.
Nach Angaben der ukrainischen Regierung wurden seit Februar 2022 mehr als 19.500 Kinder verschleppt, zurückgekehrt seien bisher nur rund 1.800.
Außenminister Andrij Sybiha warf Moskau vor, Kinder „als Verhandlungsmasse“ zu benutzen, und verlangte die Freilassung aller Minderjährigen ohne Vorbedingungen.
Präsident Wolodymyr Selenskyj dankte dem Emir von Katar, Scheich Tamim bin Hamad Al Thani, am Samstag in einem Telefonat für die Vermittlung.

Auch die Frau des US-Präsidenten, Melania Trump, setzt sich seit dem vergangenen Sommer für die Kinder ein; über ihren direkten Kanal zu Moskau sind nach Angaben des Weißen Hauses bislang 14 Kinder zu ihren Familien zurückgekehrt.
Bei den Gesprächen, die der US-Sondergesandte Steve Witkoff kommende Woche in Moskau führen will, soll das Thema ebenfalls zur Sprache kommen, hieß es in Washington.

In Reichenau sollen die Kinder vor allem eines: zur Ruhe kommen.
Neben zwei Psychologinnen aus Kiew betreuen sie Freiwillige aus der Region, am Wochenende steht ein Ausflug auf den Semmering auf dem Programm.
Bürgermeister Hannes Riegler (ÖVP) sagte, die Gemeinde habe „keine Sekunde gezögert“, als die Anfrage aus Wien gekommen sei.
"""


# ---------------------------------------------------------------- b51de04 (Thuner Tagblatt)
DE04 = """
IKRK-Präsident Maurer in Moskau: «Wir brauchen Zugang zu allen Gefangenen»

Moskau/Thun. Der Präsident des Internationalen Komitees vom Roten Kreuz (IKRK), der gebürtige Thuner Peter Maurer, ist am Donnerstag in Moskau mit dem russischen Aussenminister Sergei Lawrow zusammengetroffen.
Im Zentrum des rund einstündigen Gesprächs standen nach Angaben des IKRK der Schutz der Zivilbevölkerung, die Lage in der belagerten Hafenstadt Mariupol und der Zugang zu Kriegsgefangenen auf beiden Seiten.
Maurer traf im Anschluss auch den stellvertretenden Verteidigungsminister Alexander Fomin.
«Wir brauchen Zugang zu allen Kriegsgefangenen, und zwar jetzt», sagte er danach vor Journalisten.

Das russische Aussenministerium teilte mit, Lawrow habe dabei Kiew vorgeworfen, Zivilisten in Städten wie Mariupol als «menschliche Schutzschilde» zu missbrauchen.
Moskau sei bereit, weitere humanitäre Korridore zu öffnen, sowohl in Richtung Russland als auch in die von Kiew kontrollierten Gebiete, hiess es weiter.
Kremlsprecher Dmitri Peskow sagte am Freitag, die Gespräche mit der ukrainischen Delegation, die seit Tagen per Video geführt werden, kämen nur schleppend voran.

In Kiew war die Reise mit Argwohn verfolgt worden.
Die ukrainische Menschenrechtsbeauftragte Ljudmila Denissowa hatte dem IKRK in dieser Woche vorgeworfen, mit der geplanten Eröffnung eines Büros im russischen Rostow am Don die Deportation von Ukrainern nach Russland zu legitimieren.
Das IKRK wies den Vorwurf am Mittwoch entschieden zurück: Man plane kein solches Büro und unterstütze «niemals» erzwungene Umsiedlungen.
Maurer selbst war in der vergangenen Woche in Kiew gewesen und hatte dort Aussenminister Dmytro Kuleba getroffen.

Frankreichs Präsident Emmanuel Macron kündigte am Donnerstagabend am Rande des EU-Gipfels in Brüssel an, gemeinsam mit der Türkei und Griechenland eine humanitäre Operation zur Evakuierung von Zivilisten aus Mariupol zu starten.
Er wolle in den kommenden Tagen mit Kremlchef Wladimir Putin darüber sprechen.
Die Stadt am Asowschen Meer ist seit Anfang März von russischen Truppen eingeschlossen; nach ukrainischen Angaben harren dort noch rund 100'000 Menschen aus.

Bundespräsident Ignazio Cassis bekräftigte am Freitag, die Schweiz stehe für Gespräche zwischen Moskau und Kiew als Gastgeberin bereit.
Der ukrainische Präsident Wolodimir Selenski hatte am vergangenen Samstag in einer Videobotschaft an eine Kundgebung auf dem Bundesplatz in Bern die Schweiz aufgefordert, die Gelder russischer Oligarchen konsequent zu blockieren.
Zugleich kritisierte er Schweizer Firmen wie Nestlé, die weiter in Russland tätig seien.
In Thun, wo Maurer aufgewachsen ist, sammelte das Rote Kreuz Berner Oberland bis Mitte März über 400'000 Franken für die Ukraine-Hilfe.
"""


# ---------------------------------------------------------------- b51de05 (Bieler Tagblatt)
DE05 = """
Minenräumung in der Ukraine: Lausanner Konferenz sammelt Zusagen – Maschinen aus Tavannes gefragt

Lausanne/Tavannes. Rund 60 Staaten und Organisationen haben sich an einer zweitägigen Konferenz in Lausanne verpflichtet, die Räumung von Minen und Blindgängern in der Ukraine stärker zu unterstützen.
Bundespräsidentin Viola Amherd sprach zum Auftakt am Donnerstag von einer «Generationenaufgabe»: Nach ukrainischen Schätzungen ist derzeit fast ein Viertel des Staatsgebiets potenziell verseucht, eine Fläche viermal so gross wie die Schweiz.
Die Schweiz, die das Treffen gemeinsam mit der Ukraine ausrichtete, bekräftigte dabei ihre Zusage von 100 Millionen Franken bis 2027.

Die ukrainische Vize-Regierungschefin Julija Swyrydenko sagte, ohne Minenräumung gebe es weder Wiederaufbau noch Ernte.
Ihr Land wolle bis 2033 rund 80 Prozent der betroffenen Flächen wieder nutzbar machen.
Präsident Wolodimir Selenski dankte in einer Videobotschaft zum Auftakt für die Hilfe und forderte die Partner auf, zusätzliches Räumgerät und mehr Ausbildung bereitzustellen.

Die EU-Kommission kündigte am Freitag weitere 20 Millionen Euro an, die USA stellten nach Angaben des State Department für das Jahr 2025 zusätzliche 13 Millionen Dollar in Aussicht.
Deutschland und Grossbritannien sagten Räumfahrzeuge und Schutzausrüstung zu.
Die Schlusserklärung, der «Lausanne Call for Action», wurde von der EU, den USA, Deutschland und Grossbritannien mitgetragen; sie verpflichtet die Unterzeichner, die Hilfe besser zu koordinieren und lokale Räumfirmen zu stärken.

Russland war nicht eingeladen.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, nannte die Konferenz am Donnerstag eine «PR-Veranstaltung» und warf der Schweiz vor, ihre Neutralität endgültig aufgegeben zu haben.
Kiew wirft Moskau vor, beim Rückzug aus den Gebieten um Kiew, Charkiw und Cherson gezielt Sprengfallen in Wohnhäusern und auf Feldern hinterlassen zu haben.
Am Freitag tauschten Russland und die Ukraine unter Vermittlung der Vereinigten Arabischen Emirate zudem je 95 Kriegsgefangene aus.

Mit besonderem Interesse wurde die Konferenz in Tavannes im Berner Jura verfolgt.
Die Stiftung Digger baut dort ferngesteuerte Räummaschinen, von denen seit Sommer 2022 mehrere in der Ukraine im Einsatz sind.
Der Bund hatte im Juli zwei weitere Maschinen aus Tavannes für die Ukraine gekauft.
Nach Angaben der Stiftung liegen derzeit Anfragen für mehr als zwanzig Fahrzeuge vor, die Produktion solle im kommenden Jahr verdoppelt werden.
"""


# ---------------------------------------------------------------- b51de06 (Zürichsee-Zeitung)
DE06 = """
Schwer verwundete Kriegsgefangene: Erste Gruppe in Spitälern am Zürichsee eingetroffen

Zürich/Genf. Mit einem Ambulanzjet der Rega sind am Mittwochabend die ersten 24 schwer verwundeten Kriegsgefangenen aus Russland und der Ukraine in die Schweiz gebracht worden.
Je zwölf Männer aus beiden Ländern sollen in den Spitälern Männedorf und Horgen sowie in einer Rehabilitationsklinik behandelt und bis Kriegsende in der Schweiz interniert werden.
Es ist das erste Mal seit dem Zweiten Weltkrieg, dass die Schweiz von dieser Möglichkeit der Genfer Konventionen Gebrauch macht.

Die Vereinbarung hatten Delegationen beider Kriegsparteien Anfang Oktober in Genf unterzeichnet, nach dreiwöchigen Verhandlungen unter Vermittlung des Internationalen Komitees vom Roten Kreuz (IKRK).
Aussenminister Ignazio Cassis sagte am Donnerstag in Bern, die Schweiz nehme damit ihre Verantwortung als Depositarstaat der Genfer Konventionen wahr.
Weitere Gruppen sollen in den kommenden Wochen folgen, insgesamt ist von bis zu 200 Gefangenen die Rede.

Kremlsprecher Dmitri Peskow sprach von einem «wichtigen humanitären Schritt», betonte aber, Russland erwarte von Kiew «strikte Gegenseitigkeit» bei der Auswahl der Gefangenen.
Das russische Verteidigungsministerium bestätigte, dass zwölf russische Soldaten ausgeflogen worden seien.
Die Sprecherin des Aussenministeriums, Maria Sacharowa, warf der Ukraine zugleich vor, russischen Gefangenen die medizinische Versorgung vorzuenthalten.

Der ukrainische Aussenminister Andrij Sybiha dankte der Schweiz und dem IKRK, forderte aber erneut, dass die Delegierten des Komitees endlich alle Lager in Russland besuchen dürften.
Nach Angaben der ukrainischen Ombudsstelle berichten mehr als 90 Prozent der bisher freigelassenen Ukrainer von Folter und Misshandlungen in russischer Haft.
Präsident Wolodimir Selenski hatte in der Nacht auf Donnerstag in seiner Videoansprache von einem «Zeichen, dass Menschlichkeit noch möglich ist», gesprochen.

UN-Generalsekretär António Guterres begrüsste die Einigung als «Hoffnungsschimmer» und rief beide Seiten auf, rasch weitere Austausche von Gefangenen zu vereinbaren.
In der Nacht auf Mittwoch hatte Russland die Ukraine erneut mit über 300 Drohnen angegriffen; in Saporischschja wurden nach Behördenangaben vier Menschen getötet.

Am rechten Seeufer stösst die Aufnahme auf breite Zustimmung.
Der Männedorfer Spitaldirektor Daniel Brunner sagte, man habe in den vergangenen zwei Wochen eigens eine abgeschirmte Station eingerichtet; die Bewachung übernehme die Kantonspolizei.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b51de01_fluchtkorridore_sumy_mariupol_2022_03", "2022-03-09", DE01,
        [
            T("tagelangem", "DURATION", "PXD"),
            T("Dienstag", "DATE", "2022-03-08", 0),
            T("Mittwoch", "DATE", "2022-03-09", 0),
            T("9 Uhr", "TIME", "2022-03-09T09:00", note="local time (Kyiv, EET)"),
            T("21 Uhr Ortszeit", "TIME", "2022-03-09T21:00", note="local time (Kyiv, EET)"),
            T("Dienstag", "DATE", "2022-03-08", 1),
            T("mehr als einer Woche", "DURATION", "P1W", mod="MORE_THAN"),
            T("Montag", "DATE", "2022-03-07"),
            T("Montagabend", "TIME", "2022-03-07TEV"),
            T("morgen", "DATE", "2022-03-08", note="in Medinsky's quote, speech time Monday 7 March"),
            T("Sonntag", "DATE", "2022-03-06"),
            T("Donnerstag", "DATE", "2022-03-10"),
            T("Dienstag", "DATE", "2022-03-08", 2),
            T("der Nacht auf Mittwoch", "TIME", "2022-03-08TNI", note="night of 8 to 9 March"),
            T("vergangener Woche", "DATE", "2022-W09"),
            T("fast stündlich", "SET", "PT1H", mod="APPROX"),
            T("heuer", "DATE", "2022"),
        ],
        [
            E("Humanitarian corridor out of Sumy holds for the first time", "RETREAT", ["Russia", "Ukraine"],
              "2022-03-08", "text", "occurred", "Nach tagelangem Ringen"),
            E("A further ceasefire for Wednesday agreed", "AGREE", ["Russia", "Ukraine"], "2022-03-09", "published",
              "occurred", "Für Mittwoch sei eine weitere Feuerpause"),
            E("Ceasefire for evacuations from 9 a.m. to 9 p.m. on Wednesday", "RETREAT", ["Russia", "Ukraine"],
              "2022-03-09T09:00", "text", "planned", "Für Mittwoch sei eine weitere Feuerpause"),
            E("Third attempt at an evacuation ceasefire in Mariupol fails", "RETREAT", ["Russia", "Ukraine"],
              "2022-03-08", "text", "cancelled", "scheiterte am Dienstag dagegen auch der dritte Versuch"),
            E("Mariupol city administration accuses Russian troops of shelling the agreed route", "ACCUSE",
              ["Ukraine", "Russia"], "2022-03-08", "context", "occurred", "Die Stadtverwaltung warf"),
            E("Russian defence ministry rejects the charge", "REJECT", ["Russia", "Ukraine"], "2022-03-08", "context",
              "occurred", "Die Stadtverwaltung warf"),
            E("Russian defence ministry blames 'Ukrainian nationalists'", "ACCUSE", ["Russia", "Ukraine"],
              "2022-03-08", "context", "occurred", "Die Stadtverwaltung warf"),
            E("Russia announces escape routes leading mostly to Russia and Belarus", "REQUEST", ["Russia", "Ukraine"],
              "2022-03-07", "text", "occurred", "Bereits am Montag hatte Russland Fluchtrouten"),
            E("Kyiv rejects the Russian routes as immoral", "REJECT", ["Ukraine", "Russia"], "2022-03-07", "context",
              "occurred", "Kiew lehnte das als"),
            E("Macron denounces the routes as moral and political cynicism", "ACCUSE", ["Emmanuel Macron", "Russia"],
              "2022-03-07", "context", "occurred", "Kiew lehnte das als"),
            E("Third round of Russia–Ukraine talks near the Belarusian border", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-07TEV", "text", "occurred", "Die dritte Verhandlungsrunde"),
            E("Putin–Macron phone call", "CONSULT", ["Vladimir Putin", "Emmanuel Macron"], "2022-03-06", "text",
              "occurred", "Kremlchef Wladimir Putin hatte Macron"),
            E("Putin: Russia will reach its goals by negotiation or by war", "THREATEN", ["Vladimir Putin", "Ukraine"],
              "2022-03-06", "context", "occurred", "Kremlchef Wladimir Putin hatte Macron"),
            E("Lavrov and Kuleba to meet in Antalya, hosted by Turkey", "CONSULT",
              ["Sergey Lavrov", "Ukraine", "Turkey"], "2022-03-10", "text", "planned", "im türkischen Antalya"),
            E("Guterres demands safe and unhindered access for aid convoys", "REQUEST", ["António Guterres"],
              "2022-03-08", "text", "occurred", "UN-Generalsekretär António Guterres verlangte"),
        ],
        [
            S("Ukraine", "Regional administration: about 5,000 civilians left Sumy towards Poltava", "2022-03-09",
              "published", "nach Angaben der Regionalverwaltung"),
            S("Ukraine", "Vereshchuk: a further ceasefire from 9 a.m. to 9 p.m. has been agreed for Wednesday",
              "2022-03-09", "published", "Für Mittwoch sei eine weitere Feuerpause"),
            S("Ukraine", "Mariupol city administration: Russian troops shelled the agreed route again", "2022-03-08",
              "context", "Die Stadtverwaltung warf"),
            S("Russia", "Defence ministry rejects the charge and blames 'Ukrainian nationalists'", "2022-03-08",
              "context", "Die Stadtverwaltung warf"),
            S("Russia", "Announces escape routes from Kyiv, Kharkiv, Sumy and Mariupol", "2022-03-07", "text",
              "Bereits am Montag hatte Russland Fluchtrouten"),
            S("Ukraine", "The Russian routes are immoral", "2022-03-07", "context", "Kiew lehnte das als"),
            S("Emmanuel Macron", "The routes are moral and political cynicism", "2022-03-07", "context",
              "Kiew lehnte das als"),
            S("Ukraine", "The third round brought only small positive results on the corridors' logistics",
              "2022-03-07", "context", "Die dritte Verhandlungsrunde"),
            S("Vladimir Medinsky", "Hopes the corridors will work from tomorrow", "2022-03-07", "context",
              "Der russische Delegationsleiter"),
            S("Vladimir Putin, via Kremlin", "Russia will reach its goals either by negotiation or by war",
              "2022-03-06", "text", "Kremlchef Wladimir Putin hatte Macron"),
            S("António Guterres", "Demands safe and unhindered access for aid convoys to all besieged cities",
              "2022-03-08", "text", "UN-Generalsekretär António Guterres verlangte"),
        ],
        ["Russia", "Ukraine", "Emmanuel Macron", "France", "Vladimir Medinsky", "Kremlin", "Vladimir Putin",
         "Sergey Lavrov", "Turkey", "United Nations", "António Guterres"],
    ),
    doc(
        "b51de02_vermisste_namenslisten_2025_10", "2025-10-16", DE02,
        [
            T("Mittwoch", "DATE", "2025-10-15", 0),
            T("mehrstündigen", "DURATION", "PXH"),
            T("monatlich", "SET", "P1M"),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Monaten", "DURATION", "PXM"),
            T("Donnerstag vergangener Woche", "DATE", "2025-10-09"),
            T("2. Juni", "DATE", "2025-06-02"),
            T("Donnerstag", "DATE", "2025-10-16", 1),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("Mittwochabend", "TIME", "2025-10-15TEV"),
            T("täglichen", "SET", "P1D"),
            T("heuer", "DATE", "2025"),
            T("Mittwoch", "DATE", "2025-10-15", 1),
            T("Februar 2024", "DATE", "2024-02"),
            T("vor drei Wochen", "DATE", "2025-W39"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Ukrainian and Russian human rights commissioners meet at the Belarusian–Ukrainian border", "CONSULT",
              ["Ukraine", "Russia"], "2025-10-15", "text", "occurred", "zu einem mehrstündigen Gespräch"),
            E("Both sides hand over lists of more than 1,500 missing soldiers and civilians", "COOPERATE",
              ["Ukraine", "Russia"], "2025-10-15", "context", "occurred", "Dabei hätten beide Seiten Listen"),
            E("Agreement to reconcile tracing requests monthly via the ICRC", "AGREE", ["Ukraine", "Russia"],
              "2025-10-15", "context", "occurred", "Man habe vereinbart"),
            E("Russia hands over 1,000 bodies, Ukraine 31", "CONCEDE", ["Russia", "Ukraine"], "2025-10-09", "text",
              "occurred", "Am Donnerstag vergangener Woche übergab Russland"),
            E("Istanbul agreement on the return of the fallen", "AGREE", ["Russia", "Ukraine"], "2025-06-02", "text",
              "occurred", "Die Übergaben gehen auf die Vereinbarung zurück"),
            E("Medinsky promised to hand over 6,000 bodies", "AGREE", ["Vladimir Medinsky", "Ukraine"], "2025-06-02",
              "context", "occurred", "Die Übergaben gehen auf die Vereinbarung zurück"),
            E("Peskov: Moscow ready to continue exchanges of prisoners and the fallen", "AGREE",
              ["Dmitry Peskov", "Ukraine"], "2025-10-16", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte"),
            E("Peskov: ceasefire talks only once the 'root causes' are removed", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2025-10-16", "context", "occurred", "Über eine Waffenruhe werde man"),
            E("Sybiha demands ICRC access to all Ukrainian prisoners of war", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2025-10-16", "published", "occurred", "Außenminister Andrij Sybiha forderte"),
            E("Austria offers Vienna for a meeting of both sides' missing-persons commissioners", "REQUEST",
              ["Russia", "Ukraine"], "2025-10-15", "context", "occurred", "Sie bot zudem an"),
        ],
        [
            S("Ukraine", "Lubinets: both sides handed over lists of more than 1,500 missing people", "2025-10-15",
              "context", "Dabei hätten beide Seiten Listen"),
            S("Ukraine", "Lubinets: requests will be reconciled monthly via the ICRC's Central Tracing Agency",
              "2025-10-15", "context", "Man habe vereinbart"),
            S("Russia", "Moskalkova confirms the meeting: a humanitarian dialogue that works despite everything",
              "2025-10-15", "context", "Moskalkowa bestätigte"),
            S("Ukraine", "More than 70,000 people are currently missing, most of them soldiers", "2025-10-16",
              "published", "Nach ukrainischen Angaben gelten"),
            S("Ukraine", "Dobroserdov: many families have had no sign of life for months", "2025-10-16", "published",
              "Artur Dobroserdow"),
            S("Ukraine", "Coordination headquarters: Russia handed over 1,000 bodies, Ukraine 31", "2025-10-16",
              "published", "Am Donnerstag vergangener Woche übergab Russland"),
            S("Dmitry Peskov", "Moscow is ready to continue exchanges within the Istanbul agreements", "2025-10-16",
              "text", "Kremlsprecher Dmitri Peskow sagte"),
            S("Dmitry Peskov", "A ceasefire will be discussed only once the root causes are removed", "2025-10-16",
              "context", "Über eine Waffenruhe werde man"),
            S("Andrii Sybiha", "Russia must give the ICRC access to all Ukrainian prisoners of war", "2025-10-16",
              "published", "Außenminister Andrij Sybiha forderte"),
            S("Volodymyr Zelensky", "Thanks all who help bring Ukrainians home", "2025-10-15TEV", "text",
              "Präsident Wolodymyr Selenskyj dankte"),
        ],
        ["Ukraine", "Russia", "Vladimir Medinsky", "Dmitry Peskov", "Kremlin", "Andrii Sybiha",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b51de03_kinder_rax_rueckfuehrung_2026_01", "2026-01-20", DE03,
        [
            T("Sonntag", "DATE", "2026-01-18"),
            T("drei Wochen", "DURATION", "P3W"),
            T("der Vorwoche", "DATE", "2026-W03"),
            T("dem Herbst 2023", "DATE", "2023-FA"),
            T("Montag", "DATE", "2026-01-19"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Samstag", "DATE", "2026-01-17"),
            T("dem vergangenen Sommer", "DATE", "2025-SU"),
            T("kommende Woche", "DATE", "2026-W05"),
            T("Wochenende", "DATE", "2026-W04-WE"),
        ],
        [
            E("Russia hands 27 children over to Ukraine through Qatari mediation", "CONCEDE",
              ["Russia", "Ukraine", "Qatar"], "2026-W03", "text", "occurred", "Zwölf der Kinder gehören"),
            E("Qatar-mediated returns of children since autumn 2023", "CONCEDE", ["Russia", "Ukraine", "Qatar"],
              "2023-FA", "text", "occurred", "die elfte Rückführung", date_mod="START",
              note="the eleventh such return; the earlier ten since autumn 2023"),
            E("Russia denies that the children were deported", "REJECT", ["Russia", "Ukraine"], "2026-01-20",
              "published", "occurred", "Von Verschleppung könne keine Rede sein"),
            E("Peskov: Russia open to further returns", "AGREE", ["Dmitry Peskov", "Ukraine"], "2026-01-19", "text",
              "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Peskov's condition: Kyiv must submit lists of children whose parents live in Russia", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-01-19", "context", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Montag"),
            E("Deportation of Ukrainian children since February 2022, as Kyiv reports it", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "seit Februar 2022 mehr als 19.500 Kinder",
              date_mod="START", note="Kyiv's account"),
            E("Sybiha accuses Moscow of using children as bargaining chips", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-01-20", "published", "occurred", "Außenminister Andrij Sybiha warf Moskau vor"),
            E("Sybiha demands the release of all minors without preconditions", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-01-20", "published", "occurred",
              "Außenminister Andrij Sybiha warf Moskau vor"),
            E("Zelensky–Emir of Qatar phone call", "CONSULT", ["Volodymyr Zelensky", "Qatar"], "2026-01-17", "text",
              "occurred", "Präsident Wolodymyr Selenskyj dankte dem Emir"),
            E("Children returned through Melania Trump's channel to Moscow", "CONCEDE",
              ["Russia", "Ukraine", "United States"], "2025-SU", "context", "occurred", "Melania Trump",
              date_mod="START", note="14 children so far, by the White House's count"),
            E("Witkoff to hold talks in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W05", "text",
              "planned", "kommende Woche in Moskau"),
        ],
        [
            S("Qatar", "It was the eleventh such return since autumn 2023", "2026-01-20", "published",
              "die elfte Rückführung"),
            S("Russia", "Lvova-Belova: a family reunification made possible for humanitarian reasons", "2026-01-20",
              "published", "Maria Lwowa-Belowa"),
            S("Russia", "Lvova-Belova: there can be no talk of deportation; the children were brought to safety",
              "2026-01-20", "published", "Von Verschleppung könne keine Rede sein"),
            S("Dmitry Peskov", "Russia is open to further returns if Kyiv submits lists of children whose parents "
              "live in Russia", "2026-01-19", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Ukraine", "More than 19,500 children deported since February 2022, only about 1,800 returned",
              "2026-01-20", "published", "seit Februar 2022 mehr als 19.500 Kinder"),
            S("Andrii Sybiha", "Moscow uses children as bargaining chips; all minors must be freed without "
              "preconditions", "2026-01-20", "published", "Außenminister Andrij Sybiha warf Moskau vor"),
            S("Volodymyr Zelensky", "Thanks the Emir of Qatar for the mediation", "2026-01-17", "text",
              "Präsident Wolodymyr Selenskyj dankte dem Emir"),
            S("White House", "14 children have returned to their families through Melania Trump's channel",
              "2026-01-20", "published", "Melania Trump"),
            S("United States", "The children will also be raised in Witkoff's talks in Moscow next week",
              "2026-01-20", "published", "kommende Woche in Moskau"),
        ],
        ["Russia", "Ukraine", "Qatar", "Dmitry Peskov", "Kremlin", "Andrii Sybiha", "Volodymyr Zelensky",
         "United States", "White House", "Steve Witkoff"],
    ),
    doc(
        "b51de04_ikrk_maurer_moskau_2022_03", "2022-03-25", DE04,
        [
            T("Donnerstag", "DATE", "2022-03-24"),
            T("rund einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("Freitag", "DATE", "2022-03-25", 0),
            T("Tagen", "DURATION", "PXD"),
            T("dieser Woche", "DATE", "2022-W12"),
            T("Mittwoch", "DATE", "2022-03-23"),
            T("der vergangenen Woche", "DATE", "2022-W11"),
            T("Donnerstagabend", "TIME", "2022-03-24TEV"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Freitag", "DATE", "2022-03-25", 1),
            T("vergangenen Samstag", "DATE", "2022-03-19"),
            T("Mitte März", "DATE", "2022-03", mod="MID"),
        ],
        [
            E("ICRC president Maurer meets Lavrov in Moscow", "CONSULT", ["Sergey Lavrov"], "2022-03-24", "text",
              "occurred", "ist am Donnerstag in Moskau"),
            E("Maurer meets Deputy Defence Minister Fomin", "CONSULT", ["Russia"], "2022-03-24", "context",
              "occurred", "Maurer traf im Anschluss"),
            E("Maurer demands access to all prisoners of war", "REQUEST", ["Russia", "Ukraine"], "2022-03-24",
              "context", "occurred", "Wir brauchen Zugang zu allen Kriegsgefangenen, und zwar jetzt"),
            E("Lavrov accuses Kyiv of using civilians as human shields", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
              "2022-03-24", "context", "occurred", "Lawrow habe dabei Kiew vorgeworfen"),
            E("Moscow ready to open further humanitarian corridors", "AGREE", ["Russia", "Ukraine"], "2022-03-24",
              "context", "occurred", "Moskau sei bereit, weitere humanitäre Korridore"),
            E("Russia–Ukraine talks by video", "CONSULT", ["Russia", "Ukraine"], "2022-03-25", "published",
              "occurred", "die seit Tagen per Video geführt werden"),
            E("Ukraine's human rights commissioner accuses the ICRC of legitimising deportations", "ACCUSE",
              ["Ukraine"], "2022-W12", "text", "occurred", "Ljudmila Denissowa"),
            E("ICRC rejects the Ukrainian accusation", "REJECT", ["Ukraine"], "2022-03-23", "text", "occurred",
              "Das IKRK wies den Vorwurf am Mittwoch"),
            E("Maurer met Kuleba in Kyiv", "CONSULT", ["Ukraine"], "2022-W11", "text", "occurred",
              "Maurer selbst war in der vergangenen Woche in Kiew"),
            E("Macron announces a humanitarian evacuation operation for Mariupol with Turkey and Greece",
              "COOPERATE", ["Emmanuel Macron", "Turkey"], "2022-03-24TEV", "text", "planned",
              "kündigte am Donnerstagabend", note="dated by the announcement; no date given for the operation"),
            E("Macron to talk to Putin about the operation", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "Er wolle in den kommenden Tagen"),
            E("Russian troops encircle Mariupol", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text", "occurred",
              "Die Stadt am Asowschen Meer", date_mod="START"),
            E("Switzerland offers to host talks between Moscow and Kyiv", "REQUEST", ["Russia", "Ukraine"],
              "2022-03-25", "text", "occurred", "Bundespräsident Ignazio Cassis"),
            E("Zelensky urges Switzerland to block Russian oligarchs' money", "REQUEST", ["Volodymyr Zelensky"],
              "2022-03-19", "text", "occurred", "in einer Videobotschaft an eine Kundgebung"),
            E("Zelensky criticises Swiss firms still operating in Russia", "ACCUSE", ["Volodymyr Zelensky"],
              "2022-03-19", "context", "occurred", "Zugleich kritisierte er"),
        ],
        [
            S("Sergey Lavrov, via Russia", "Kyiv misuses civilians in cities such as Mariupol as human shields",
              "2022-03-24", "context", "Lawrow habe dabei Kiew vorgeworfen"),
            S("Russia", "Moscow is ready to open further humanitarian corridors towards Russia and Kyiv-held areas",
              "2022-03-24", "context", "Moskau sei bereit, weitere humanitäre Korridore"),
            S("Dmitry Peskov", "The video talks with the Ukrainian delegation are progressing only slowly",
              "2022-03-25", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Ukraine", "Denisova: an ICRC office in Rostov would legitimise deportations of Ukrainians",
              "2022-W12", "text", "Ljudmila Denissowa"),
            S("Emmanuel Macron", "Announces a humanitarian operation with Turkey and Greece to evacuate Mariupol",
              "2022-03-24TEV", "text", "kündigte am Donnerstagabend"),
            S("Emmanuel Macron", "Wants to talk to Putin about it in the coming days", "2022-03-24", "context",
              "Er wolle in den kommenden Tagen"),
            S("Ukraine", "About 100,000 people remain in Mariupol", "2022-03-25", "published",
              "Die Stadt am Asowschen Meer"),
            S("Volodymyr Zelensky", "Switzerland must consistently block Russian oligarchs' money", "2022-03-19",
              "text", "in einer Videobotschaft an eine Kundgebung"),
            S("Volodymyr Zelensky", "Criticises Swiss firms such as Nestlé that still operate in Russia",
              "2022-03-19", "context", "Zugleich kritisierte er"),
        ],
        ["Sergey Lavrov", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "France", "Turkey",
         "European Union", "Vladimir Putin", "Volodymyr Zelensky"],
    ),
    doc(
        "b51de05_minenraeumung_lausanne_2024_10", "2024-10-19", DE05,
        [
            T("zweitägigen", "DURATION", "P2D"),
            T("Donnerstag", "DATE", "2024-10-17", 0),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("2027", "DATE", "2027"),
            T("2033", "DATE", "2033"),
            T("Freitag", "DATE", "2024-10-18", 0),
            T("das Jahr 2025", "DATE", "2025"),
            T("Donnerstag", "DATE", "2024-10-17", 1),
            T("Freitag", "DATE", "2024-10-18", 1),
            T("Sommer 2022", "DATE", "2022-SU"),
            T("Juli", "DATE", "2024-07"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("kommenden Jahr", "DATE", "2025"),
        ],
        [
            E("Two-day Ukraine mine action conference in Lausanne", "CONSULT",
              ["Ukraine", "European Union", "United States", "Germany", "United Kingdom"], "2024-10-17", "context",
              "occurred", "an einer zweitägigen Konferenz in Lausanne", note="17–18 October 2024"),
            E("Switzerland reaffirms 100 million francs for demining in Ukraine until 2027", "AID", ["Ukraine"],
              "2024-10-17", "context", "occurred", "bekräftigte dabei ihre Zusage"),
            E("Zelensky asks partners for more demining equipment and training", "REQUEST", ["Volodymyr Zelensky"],
              "2024-10-17", "context", "occurred", "in einer Videobotschaft zum Auftakt"),
            E("EU Commission announces a further 20 million euros", "AID", ["European Union", "Ukraine"],
              "2024-10-18", "text", "occurred", "Die EU-Kommission kündigte am Freitag"),
            E("US holds out 13 million dollars more for 2025", "AID", ["United States", "Ukraine"], "2025", "text",
              "planned", "Die EU-Kommission kündigte am Freitag"),
            E("Germany and the UK pledge clearance vehicles and protective gear", "AID",
              ["Germany", "United Kingdom", "Ukraine"], "2024-10-18", "context", "occurred",
              "Deutschland und Grossbritannien sagten"),
            E("Lausanne Call for Action adopted", "AGREE",
              ["Ukraine", "European Union", "United States", "Germany", "United Kingdom"], "2024-10-18", "context",
              "occurred", "Lausanne Call for Action"),
            E("Zakharova dismisses the conference as a PR event", "REJECT", ["Maria Zakharova"], "2024-10-17",
              "text", "occurred", "Maria Sacharowa, nannte die Konferenz"),
            E("Zakharova accuses Switzerland of abandoning its neutrality", "ACCUSE", ["Maria Zakharova"],
              "2024-10-17", "text", "occurred", "Maria Sacharowa, nannte die Konferenz"),
            E("Kyiv accuses Moscow of leaving booby traps behind", "ACCUSE", ["Ukraine", "Russia"], "2024-10-19",
              "published", "occurred", "Kiew wirft Moskau vor"),
            E("Russia and Ukraine exchange 95 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"], "2024-10-18",
              "text", "occurred", "je 95 Kriegsgefangene"),
            E("Swiss government bought two more demining machines for Ukraine", "AID", ["Ukraine"], "2024-07",
              "text", "occurred", "Der Bund hatte im Juli"),
        ],
        [
            S("Ukraine", "Almost a quarter of the country is potentially contaminated", "2024-10-19", "published",
              "Bundespräsidentin Viola Amherd"),
            S("Ukraine", "Svyrydenko: without demining there is neither reconstruction nor harvest", "2024-10-19",
              "published", "Julija Swyrydenko"),
            S("Ukraine", "Aims to make 80 percent of the affected land usable again by 2033", "2024-10-19",
              "published", "Ihr Land wolle bis 2033"),
            S("Volodymyr Zelensky", "Thanks for the help; partners should provide more equipment and training",
              "2024-10-17", "context", "in einer Videobotschaft zum Auftakt"),
            S("United States", "State Department: an additional 13 million dollars for 2025", "2024-10-19",
              "published", "Die EU-Kommission kündigte am Freitag"),
            S("Joint statement: Ukraine, European Union, United States, Germany, United Kingdom",
              "Lausanne Call for Action: better coordination of aid, support for local demining firms",
              "2024-10-18", "context", "Lausanne Call for Action"),
            S("Maria Zakharova", "The conference is a PR event; Switzerland has abandoned its neutrality",
              "2024-10-17", "text", "Maria Sacharowa, nannte die Konferenz"),
            S("Ukraine", "Russia deliberately left booby traps in homes and fields when it withdrew", "2024-10-19",
              "published", "Kiew wirft Moskau vor"),
        ],
        ["Ukraine", "European Union", "United States", "Germany", "United Kingdom", "Russia", "Maria Zakharova",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b51de06_verwundete_gefangene_zuerichsee_2026_10", "2026-10-23", DE06,
        [
            T("Mittwochabend", "TIME", "2026-10-21TEV"),
            T("Anfang Oktober", "DATE", "2026-10", mod="START"),
            T("dreiwöchigen", "DURATION", "P3W"),
            T("Donnerstag", "DATE", "2026-10-22", 0),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("der Nacht auf Donnerstag", "TIME", "2026-10-21TNI", note="night of 21 to 22 October"),
            T("der Nacht auf Mittwoch", "TIME", "2026-10-20TNI", note="night of 20 to 21 October"),
            T("den vergangenen zwei Wochen", "DURATION", "P2W"),
        ],
        [
            E("First 24 seriously wounded prisoners of war from both sides transferred to Switzerland", "CONCEDE",
              ["Russia", "Ukraine"], "2026-10-21TEV", "text", "occurred", "Mit einem Ambulanzjet der Rega"),
            E("Russia and Ukraine sign an agreement in Geneva on interning wounded prisoners in Switzerland",
              "AGREE", ["Russia", "Ukraine"], "2026-10", "text", "occurred", "Die Vereinbarung hatten Delegationen",
              date_mod="START"),
            E("Three weeks of ICRC-mediated talks between the two sides in Geneva", "CONSULT", ["Russia", "Ukraine"],
              "2026-10", "context", "occurred", "Die Vereinbarung hatten Delegationen", date_mod="START",
              note="three weeks of talks ending with the signing in early October"),
            E("Further groups of prisoners to follow", "CONCEDE", ["Russia", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Weitere Gruppen sollen"),
            E("Peskov welcomes an important humanitarian step", "SUPPORT", ["Dmitry Peskov"], "2026-10-23",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("Peskov demands strict reciprocity from Kyiv", "REQUEST", ["Dmitry Peskov", "Ukraine"], "2026-10-23",
              "published", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("Zakharova accuses Ukraine of denying Russian prisoners medical care", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-10-23", "published", "occurred", "Maria Sacharowa, warf"),
            E("Sybiha demands ICRC access to all camps in Russia", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-10-23", "published", "occurred", "Andrij Sybiha dankte"),
            E("Ukraine's ombudsman: freed Ukrainians report torture in Russian custody", "ACCUSE",
              ["Ukraine", "Russia"], "2026-10-23", "published", "occurred", "Ombudsstelle"),
            E("Guterres welcomes the agreement", "SUPPORT", ["António Guterres", "Russia", "Ukraine"], "2026-10-23",
              "published", "occurred", "António Guterres begrüsste"),
            E("Guterres calls on both sides to agree further prisoner exchanges", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-10-23", "published", "occurred",
              "António Guterres begrüsste"),
            E("Russian drone attack on Ukraine, four killed in Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-20TNI", "text", "occurred", "In der Nacht auf Mittwoch hatte Russland"),
        ],
        [
            S("Dmitry Peskov", "An important humanitarian step, but Russia expects strict reciprocity from Kyiv",
              "2026-10-23", "published", "Kremlsprecher Dmitri Peskow sprach"),
            S("Russia", "Defence ministry confirms that twelve Russian soldiers were flown out", "2026-10-23",
              "published", "Das russische Verteidigungsministerium bestätigte"),
            S("Maria Zakharova", "Ukraine denies Russian prisoners medical care", "2026-10-23", "published",
              "Maria Sacharowa, warf"),
            S("Andrii Sybiha", "Thanks Switzerland and the ICRC; its delegates must be allowed into all camps in "
              "Russia", "2026-10-23", "published", "Andrij Sybiha dankte"),
            S("Ukraine", "More than 90 percent of freed Ukrainians report torture and abuse in Russian custody",
              "2026-10-23", "published", "Ombudsstelle"),
            S("Volodymyr Zelensky", "A sign that humanity is still possible", "2026-10-21TNI", "text",
              "Präsident Wolodimir Selenski hatte in der Nacht"),
            S("António Guterres", "A glimmer of hope; both sides should quickly agree further exchanges",
              "2026-10-23", "published", "António Guterres begrüsste"),
            S("Ukraine", "Four people killed in Zaporizhzhia", "2026-10-23", "published", "nach Behördenangaben"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Andrii Sybiha", "Volodymyr Zelensky",
         "United Nations", "António Guterres"],
    ),
]
