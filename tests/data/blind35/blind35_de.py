"""German articles of the blind35 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b35de01 (Märkische Allgemeine)
DE01 = """
Baerbock in Moskau: Kein Durchbruch, aber der Gesprächsfaden hält

Moskau/Potsdam. Bundesaußenministerin Annalena Baerbock (Grüne) hat bei ihrem Antrittsbesuch in Moskau auf eine Fortsetzung der Gespräche über die Ukraine-Krise gedrungen.
Nach einem rund dreistündigen Treffen mit dem russischen Außenminister Sergej Lawrow am Dienstag sagte die Potsdamer Bundestagsabgeordnete, es gebe „keine Alternative zu Diplomatie“.
Zugleich warnte sie, jede weitere Aggression gegen die Ukraine hätte „einen hohen Preis“ für Russland.

Lawrow zeigte sich nach dem Gespräch unbeeindruckt.
Russland bedrohe niemanden, sagte er, verlange aber vom Westen schriftliche Garantien, dass sich die Nato nicht weiter nach Osten ausdehne.
Antworten der USA und der Nato auf die russischen Vertragsentwürfe vom Dezember erwarte Moskau in den kommenden Tagen.
Bleibe eine ernsthafte Antwort aus, werde Russland „militärisch-technische“ Maßnahmen ergreifen.
Beide Minister vereinbarten, die Gespräche im sogenannten Normandie-Format mit Frankreich und der Ukraine wiederzubeleben.
Die außenpolitischen Berater der vier Staaten sollen sich nach Angaben aus Berlin in der kommenden Woche in Paris treffen.
Auf die Pipeline Nord Stream 2 angesprochen, sagte Baerbock, das Genehmigungsverfahren laufe nach europäischem Recht; Lawrow warf Berlin vor, das Projekt zu politisieren.

Am Montag war Baerbock in Kiew mit Präsident Wolodymyr Selenskyj und Außenminister Dmytro Kuleba zusammengetroffen.
Kuleba bat die Bundesregierung erneut um Defensivwaffen.
Baerbock lehnte dies mit Verweis auf die restriktive deutsche Rüstungsexportpolitik ab und sagte der Ukraine stattdessen Unterstützung bei der Energieversorgung und bei der Versorgung Verwundeter zu.
Kremlsprecher Dmitri Peskow nannte die Lage am Dienstag „sehr angespannt“, bestritt aber erneut, dass Russland einen Angriff auf das Nachbarland plane.

Nach Angaben aus Minsk verlegt Russland derzeit Truppen nach Belarus.
Machthaber Alexander Lukaschenko hatte am Montag gemeinsame Manöver beider Staaten für Februar angekündigt.
In Kiew wächst die Sorge, dass von dort aus ein Vorstoß auf die nur rund 90 Kilometer von der Grenze entfernte Hauptstadt möglich wäre.
Nach US-Angaben hat Russland an den Grenzen der Ukraine inzwischen rund 100.000 Soldaten zusammengezogen.
Bundeskanzler Olaf Scholz sagte am Dienstag in Berlin, im Falle einer militärischen Intervention stehe „alles zur Diskussion“, auch Nord Stream 2.

Die Diplomatie geht in dieser Woche im Eiltempo weiter.
US-Außenminister Antony Blinken wird am Mittwoch in Kiew erwartet und reist am Donnerstag nach Berlin, wo er Baerbock und ihre Kollegen aus Frankreich und Großbritannien trifft.
Am Freitag will er in Genf mit Lawrow zusammenkommen.

Auch in Brandenburg wird die Krise aufmerksam verfolgt.
Im Einsatzführungskommando der Bundeswehr in Schwielowsee bei Potsdam laufen nach Angaben eines Sprechers Planungen für eine mögliche Verstärkung der Nato-Battlegroup in Litauen, die Deutschland führt.
Entschieden sei aber noch nichts, sagte der Sprecher der MAZ.
"""

# ---------------------------------------------------------------- b35de02 (Flensburger Tageblatt / sh:z)
DE02 = """
Selenskyjs Blitzbesuch in Washington: Patriots für Kiew, Warnungen aus Moskau

Washington/Husum. Zehn Monate nach Beginn des russischen Angriffs ist der ukrainische Präsident Wolodymyr Selenskyj zu seiner ersten Auslandsreise seit Kriegsbeginn aufgebrochen – und hat sie in die USA geführt.
Im Weißen Haus empfing ihn US-Präsident Joe Biden am Mittwoch zu einem gut zweistündigen Gespräch.
Dabei sagte Biden die Lieferung eines Patriot-Flugabwehrsystems zu, das Teil eines neuen Militärhilfepakets über 1,85 Milliarden Dollar ist.
Die Ausbildung ukrainischer Soldaten an dem System werde in einem Drittland stattfinden und mehrere Monate dauern, teilte das Pentagon mit.
Die Lieferung weitreichender Raketen lehnte Biden dagegen erneut ab; sie könnten die Geschlossenheit der Nato gefährden, sagte er bei der gemeinsamen Pressekonferenz.
Selenskyj dankte für die Hilfe, betonte aber, für ihn könne es keinen „gerechten Frieden“ geben, der Kompromisse bei Souveränität und Territorium verlange.

Am Abend wandte sich Selenskyj in einer Rede an beide Kammern des Kongresses.
„Ihr Geld ist keine Wohltätigkeit, es ist eine Investition in die globale Sicherheit“, sagte er.
Der Senat billigte am Donnerstag einen Haushalt, der weitere rund 45 Milliarden Dollar für die Ukraine vorsieht; das Repräsentantenhaus soll am Freitag folgen.

In Moskau stieß die Reise auf scharfe Kritik.
Kremlsprecher Dmitri Peskow sagte noch am Mittwoch, die Patriot-Lieferung bringe eine Lösung des Konflikts nicht näher.
Die USA führten einen „indirekten Krieg“ gegen Russland bis zum letzten Ukrainer, warf er Washington vor.
Präsident Wladimir Putin nannte das Patriot-System am Donnerstag „ziemlich alt“; man werde ein „Gegenmittel“ finden.
Zugleich sagte Putin, Russland wolle den Krieg beenden, „je schneller, desto besser“, und zwar am Verhandlungstisch.
Der Vizechef des russischen Sicherheitsrats, Dmitri Medwedew, bezeichnete westliche Waffenlieferungen als „legitimes Ziel“ der russischen Streitkräfte.

Auf dem Rückweg traf Selenskyj am Donnerstag im polnischen Rzeszów Präsident Andrzej Duda.
Bundeskanzler Olaf Scholz begrüßte die Entscheidung Washingtons, die Luftverteidigung der Ukraine zu stärken.

Für Schleswig-Holstein hat das Thema eine besondere Note.
Polen hatte im November vorgeschlagen, die von Deutschland angebotenen Patriot-Staffeln statt in Polen direkt in der Ukraine aufzustellen, was Berlin ablehnte.
Stattdessen sollen Staffeln des Flugabwehrraketengeschwaders 1 aus Husum im Januar im ostpolnischen Zamość in Stellung gehen, wie ein Sprecher des Verteidigungsministeriums bestätigte.
Für die Soldatinnen und Soldaten aus Nordfriesland ist es der zweite Auslandseinsatz in diesem Jahr: Seit März schützt das Geschwader im Rahmen der Nato bereits den Luftraum der Slowakei.
"""

# ---------------------------------------------------------------- b35de03 (Börsen-Zeitung)
DE03 = """
Wiederaufbau der Ukraine: Geber mobilisieren in London Milliarden – Streit um russisches Zentralbankgeld

London/Frankfurt. Die internationale Konferenz zum Wiederaufbau der Ukraine ist am Donnerstag in London mit Zusagen von mehr als 60 Mrd. Dollar zu Ende gegangen.
Gastgeber der zweitägigen Konferenz waren Großbritannien und die Ukraine, Vertreter von mehr als 60 Staaten, internationalen Finanzinstitutionen und rund 400 Unternehmen nahmen teil.

Premierminister Rishi Sunak kündigte zum Auftakt am Mittwoch Garantien für Kredite der Weltbank über 3 Mrd. Dollar für die kommenden drei Jahre an.
US-Außenminister Antony Blinken sagte am selben Tag zusätzliche 1,3 Mrd. Dollar zu, davon gut 500 Mio. Dollar für die Reparatur des Stromnetzes.
Kommissionspräsidentin Ursula von der Leyen warb für ihren am Dienstag in Brüssel vorgestellten Vorschlag, der Ukraine für die Jahre 2024 bis 2027 über eine neue Fazilität 50 Mrd. Euro aus dem EU-Haushalt bereitzustellen.
Die Mittel sollen als Zuschüsse, Kredite und Garantien fließen und an Reformen geknüpft werden.
Bundesaußenministerin Annalena Baerbock kündigte am Mittwoch weitere 381 Mio. Euro an humanitärer Hilfe an.

Ministerpräsident Denys Schmyhal bezifferte am Mittwoch den Bedarf für den schnellen Wiederaufbau in diesem Jahr auf 14 Mrd. Dollar und bat die Geber, die Lücke vor dem Winter zu schließen.
Präsident Wolodymyr Selenskyj, der zum Auftakt per Video zugeschaltet war, forderte, die eingefrorenen russischen Vermögenswerte für den Wiederaufbau zu verwenden.
Die EU-Kommission will bis Ende Juli einen Vorschlag vorlegen, wie Zufallsgewinne aus den bei Euroclear in Brüssel immobilisierten Mitteln der russischen Zentralbank genutzt werden können.
Der britische Außenminister James Cleverly sagte am Donnerstag, die Sanktionen gegen Russland blieben in Kraft, bis Moskau für die angerichteten Schäden bezahlt habe.
Am Rande der Konferenz unterzeichneten am Donnerstag der Versicherungsmarkt Lloyd's und die ukrainische Regierung eine Absichtserklärung über Kriegsrisikoversicherungen für Investoren.

Moskau reagierte mit Spott.
Außenamtssprecherin Maria Sacharowa nannte die Konferenz eine „Versammlung von Plünderern“, die sich am Vermögen anderer Staaten bereichern wollten.
Jede Verwendung russischer Gelder werde Russland als Diebstahl betrachten und mit Gegenmaßnahmen beantworten, sagte sie.

In Frankfurt wird die Debatte über das russische Zentralbankgeld aufmerksam verfolgt.
Ein Vorstandsmitglied einer großen deutschen Bank warnte im Gespräch mit der Börsen-Zeitung vor Risiken für die Rolle des Euro als Reservewährung, sollte die EU auf die Substanz der Gelder zugreifen.
Die staatliche Förderbank KfW sagte der Ukraine unterdessen zu, ihre Programme für kleine und mittlere Unternehmen auszuweiten.
Die Staats- und Regierungschefs der EU wollen den Vorschlag der Kommission für die Ukraine-Fazilität auf ihrem Gipfel am 29. und 30. Juni erstmals beraten.
"""

# ---------------------------------------------------------------- b35de04 (Neue Westfälische)
DE04 = """
Trump nennt Selenskyj einen „Diktator“ – Kellogg-Besuch in Kiew endet ohne Pressekonferenz

Kiew/Bielefeld. Der Ukraine-Beauftragte von US-Präsident Donald Trump, Keith Kellogg, ist am Donnerstag in Kiew mit Präsident Wolodymyr Selenskyj zusammengetroffen.
Eine gemeinsame Pressekonferenz im Anschluss wurde auf Wunsch der amerikanischen Seite abgesagt, wie es aus dem Präsidialamt hieß.
Selenskyj sprach danach von einem „guten Gespräch“ und sagte, die Ukraine sei bereit zu einem „starken und wirksamen“ Abkommen mit den USA über Investitionen und Sicherheit.

Der Besuch stand im Schatten eines beispiellosen Angriffs Trumps auf Selenskyj.
Auf seiner Plattform Truth Social hatte Trump den Ukrainer am Mittwochabend einen „Diktator ohne Wahlen“ genannt.
Selenskyj müsse sich beeilen, „oder er wird kein Land mehr haben“, schrieb Trump.
Er reagierte damit auf Selenskyjs Äußerung vom Morgen, Trump lebe in einem von Russland geschaffenen „Raum der Desinformation“.

Auslöser des Streits war das Treffen von US-Außenminister Marco Rubio mit dem russischen Außenminister Sergej Lawrow in Riad am Dienstag, zu dem weder die Ukraine noch die Europäer eingeladen waren.
Beide Seiten vereinbarten dort, Teams für Verhandlungen über ein Ende des Krieges zu bilden und die Arbeit ihrer Botschaften zu normalisieren.
Kiew hatte in der vergangenen Woche zudem einen ersten US-Entwurf für ein Rohstoffabkommen abgelehnt, der Washington Erlöse von 500 Milliarden Dollar sichern sollte.

Bundeskanzler Olaf Scholz nannte es am Mittwoch „schlicht falsch und gefährlich“, Selenskyj die demokratische Legitimation abzusprechen.
Der britische Premierminister Keir Starmer rief Selenskyj noch am selben Abend an und versicherte ihm seine Unterstützung als „demokratisch gewählter Staatschef“.
Starmer will in der kommenden Woche nach Washington reisen, Frankreichs Präsident Emmanuel Macron bereits am Montag.

Im Kreml stieß Trumps Wortwahl auf Zustimmung.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, die Einschätzung des US-Präsidenten decke sich mit der Sicht Moskaus.
Präsident Wladimir Putin hatte die Gespräche in Riad am Mittwoch gelobt und gesagt, er sei zu einem Treffen mit Trump bereit, das allerdings gut vorbereitet werden müsse.

In Ostwestfalen-Lippe spielte der Streit im Endspurt vor der Bundestagswahl am Sonntag eine große Rolle.
Unionskanzlerkandidat Friedrich Merz sprach bei einem Auftritt in Paderborn am Donnerstagabend von einer „klassischen Täter-Opfer-Umkehr“.
In Bielefeld leben nach Angaben der Stadt derzeit rund 4.000 Geflüchtete aus der Ukraine.
Viele von ihnen verfolgten die Nachrichten aus Washington mit Sorge, sagte die Vorsitzende des ukrainischen Kulturvereins der NW.
"""

# ---------------------------------------------------------------- b35de05 (Tageblatt, Luxemburg)
DE05 = """
„Papiertiger“: Trump überrascht Selenskyj mit neuem Ton gegenüber Moskau

New York/Luxemburg. US-Präsident Donald Trump hat nach einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj am Rande der UN-Vollversammlung eine überraschende Kehrtwende vollzogen.
Die Ukraine sei mit Unterstützung der Europäischen Union in der Lage, „die gesamte Ukraine in ihrer ursprünglichen Form zurückzugewinnen“, schrieb Trump am Dienstag auf seiner Plattform Truth Social.
Russland nannte er einen „Papiertiger“, der seit dreieinhalb Jahren „ziellos“ Krieg führe.

Das Gespräch der beiden im UN-Hauptquartier hatte am Dienstagnachmittag rund eine Stunde gedauert.
Selenskyj sprach anschließend von einem „großen Umschwung“.
Auf die Frage, ob Nato-Staaten russische Flugzeuge abschießen sollten, die ihren Luftraum verletzen, antwortete Trump mit einem knappen „Ja“.
In seiner Rede vor der Vollversammlung hatte Trump zuvor mit „sehr starken Zöllen“ gedroht, falls Russland nicht zu einem Abkommen bereit sei, und die Europäer aufgefordert, kein russisches Öl und Gas mehr zu kaufen.

Der Kreml reagierte gelassen.
Russland sei kein Papiertiger, sondern werde eher mit einem Bären in Verbindung gebracht, sagte Kremlsprecher Dmitri Peskow am Mittwoch.
Die Spezialoperation werde fortgesetzt, bis ihre Ziele erreicht seien; zugleich bleibe Moskau offen für Verhandlungen.

Am Mittwochabend kamen US-Außenminister Marco Rubio und sein russischer Kollege Sergej Lawrow in New York zu einem Gespräch zusammen.
Nach Angaben des US-Außenministeriums forderte Rubio Moskau auf, das Töten zu beenden und ernsthafte Schritte zu einer dauerhaften Lösung zu unternehmen.

Selenskyj warnte in seiner Rede vor der Vollversammlung am Mittwoch vor dem „zerstörerischsten Wettrüsten der Menschheitsgeschichte“ und verlangte internationale Regeln für den Einsatz von Drohnen und künstlicher Intelligenz in Waffen.
Er forderte zudem, den Druck auf Russland zu erhöhen, bis Moskau einer Waffenruhe zustimme.
EU-Außenbeauftragte Kaja Kallas rief Washington auf, den neuen Worten auch Sanktionen folgen zu lassen.
Die EU will ihr 19. Sanktionspaket gegen Russland noch im Oktober beschließen.

Auch Luxemburg war in New York prominent vertreten.
Premierminister Luc Frieden (CSV) traf Selenskyj am Dienstag und sicherte ihm die weitere Unterstützung des Großherzogtums zu.
Außenminister Xavier Bettel (DP) sagte dem Tageblatt, Trumps Äußerungen seien „ermutigend“, entscheidend seien aber Taten.
Luxemburg hatte zu Beginn der Woche am Rande der Vollversammlung den Staat Palästina anerkannt.
"""

# ---------------------------------------------------------------- b35de06 (Südostschweiz)
DE06 = """
Olympischer Frieden bleibt ein frommer Wunsch

Mailand/Chur. Italiens Ministerpräsidentin Giorgia Meloni hat zur Eröffnung der Olympischen Winterspiele am Freitagabend in Mailand eine Waffenruhe in der Ukraine für die Dauer der Spiele gefordert.
«Lassen wir die Waffen schweigen, solange die Flamme brennt», sagte sie vor der Feier im Stadion San Siro.
Die olympische Waffenruhe, zu der die UN-Vollversammlung im November mit grosser Mehrheit aufgerufen hatte, gilt vom 30. Januar bis zum 22. März.
Doch in der Nacht auf Samstag griff Russland nach ukrainischen Angaben erneut Energieanlagen in der Region Charkiw mit Drohnen an.

Papst Leo XIV. hatte bereits am Sonntag beim Angelusgebet dazu aufgerufen, die Spiele zu einer Zeit ohne Waffen zu machen.
UN-Generalsekretär António Guterres schloss sich dem Appell am Freitag an.
US-Vizepräsident JD Vance, der die amerikanische Delegation anführte, traf Meloni am Freitagnachmittag zu einem Gespräch über die Ukraine.

Präsident Wolodymyr Selenskyj begrüsste die Appelle, äusserte aber Zweifel an Moskaus Bereitschaft.
Die Ukraine sei bereit, Angriffe auf Energieanlagen für die Dauer der Spiele einzustellen, wenn Russland dasselbe tue, schrieb er auf X.
Die ukrainische Mannschaft trat bei der Eröffnungsfeier mit Trauerflor auf.

Aus Moskau kam Ablehnung.
Kremlsprecher Dmitri Peskow nannte es am Freitag «heuchlerisch», von Russland eine olympische Waffenruhe zu verlangen, während russische Sportler nur unter neutraler Flagge starten dürften.
Eine Feuerpause komme nur im Rahmen einer umfassenden Lösung in Frage, welche die «Ursachen des Konflikts» beseitige.
Aussenamtssprecherin Maria Sacharowa warf dem Internationalen Olympischen Komitee vor, den Sport zu politisieren.
Die Gespräche zwischen den USA, Russland und der Ukraine in Abu Dhabi sollen nach Angaben aus Kiew in der kommenden Woche fortgesetzt werden.

Auch Graubünden spürt die Spiele.
Die Kantonspolizei unterstützt die italienischen Behörden am Grenzübergang La Drossa, über den ein Teil der Besucher nach Livigno reist.
Rund 150 Ukrainerinnen und Ukrainer, die seit 2022 im Kanton leben, verfolgten die Eröffnung beim Public Viewing in Chur.
«Wir hoffen, dass die Spiele wenigstens ein Zeichen setzen», sagte eine Organisatorin der Südostschweiz.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b35de01_baerbock_kiew_moskau_2022_01", "2022-01-19", DE01,
        [
            T("rund dreistündigen", "DURATION", "PT3H", mod="APPROX"),
            T("Dienstag", "DATE", "2022-01-18", 0),
            T("Dezember", "DATE", "2021-12"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("der kommenden Woche", "DATE", "2022-W04"),
            T("Montag", "DATE", "2022-01-17", 0),
            T("Dienstag", "DATE", "2022-01-18", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Montag", "DATE", "2022-01-17", 1),
            T("Februar", "DATE", "2022-02"),
            T("Dienstag", "DATE", "2022-01-18", 2),
            T("dieser Woche", "DATE", "2022-W03"),
            T("Mittwoch", "DATE", "2022-01-19"),
            T("Donnerstag", "DATE", "2022-01-20"),
            T("Freitag", "DATE", "2022-01-21"),
        ],
        [
            E("Baerbock and Lavrov meet in Moscow", "CONSULT", ["Germany", "Sergey Lavrov"], "2022-01-18", "text",
              "occurred", "Nach einem rund dreistündigen Treffen"),
            E("Baerbock calls for diplomacy: there is no alternative to it", "REQUEST", ["Germany", "Russia"],
              "2022-01-18", "context", "occurred", "keine Alternative zu Diplomatie"),
            E("Baerbock warns that further aggression against Ukraine would carry a high price", "THREATEN",
              ["Germany", "Russia"], "2022-01-18", "context", "occurred", "einen hohen Preis"),
            E("Lavrov denies that Russia threatens anyone", "REJECT", ["Sergey Lavrov"], "2022-01-18", "context",
              "occurred", "Russland bedrohe niemanden"),
            E("Lavrov demands written guarantees against further NATO enlargement", "REQUEST",
              ["Sergey Lavrov", "NATO"], "2022-01-18", "context", "occurred", "Russland bedrohe niemanden"),
            E("Russia's draft treaties on security guarantees", "REQUEST", ["Russia", "United States", "NATO"],
              "2021-12", "text", "occurred", "Vertragsentwürfe vom Dezember",
              note="drafts published on 17 December 2021"),
            E("Moscow demands answers to its drafts in the coming days", "REQUEST",
              ["Russia", "United States", "NATO"], "2022-01-18", "context", "occurred",
              "Vertragsentwürfe vom Dezember"),
            E("Lavrov threatens 'military-technical' measures if no serious answer comes", "THREATEN",
              ["Sergey Lavrov", "United States", "NATO"], "2022-01-18", "context", "occurred",
              "militärisch-technische"),
            E("Baerbock and Lavrov agree to revive the Normandy format", "AGREE", ["Germany", "Sergey Lavrov"],
              "2022-01-18", "context", "occurred", "Beide Minister vereinbarten"),
            E("Normandy-format advisers to meet in Paris next week", "CONSULT",
              ["Germany", "Russia", "France", "Ukraine"], "2022-W04", "text", "planned",
              "Die außenpolitischen Berater", note="held on 26 January 2022"),
            E("Lavrov accuses Berlin of politicising Nord Stream 2", "ACCUSE", ["Sergey Lavrov", "Germany"],
              "2022-01-18", "context", "occurred", "Lawrow warf Berlin vor"),
            E("Baerbock meets Zelensky and Kuleba in Kyiv", "CONSULT", ["Germany", "Volodymyr Zelensky", "Ukraine"],
              "2022-01-17", "text", "occurred", "Am Montag war Baerbock in Kiew"),
            E("Kuleba asks Germany again for defensive weapons", "REQUEST", ["Ukraine", "Germany"], "2022-01-17",
              "context", "occurred", "Kuleba bat die Bundesregierung"),
            E("Baerbock refuses to supply weapons", "REJECT", ["Germany", "Ukraine"], "2022-01-17", "context",
              "occurred", "Baerbock lehnte dies"),
            E("Germany pledges support for Ukraine's energy supply and the care of wounded", "AID",
              ["Germany", "Ukraine"], "2022-01-17", "context", "planned", "Baerbock lehnte dies"),
            E("Peskov denies that Russia plans an attack on Ukraine", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2022-01-18", "text", "occurred", "sehr angespannt"),
            E("Russia moves troops to Belarus", "MOBILIZE", ["Russia", "Belarus"], "PRESENT_REF", "vague",
              "occurred", "Nach Angaben aus Minsk"),
            E("Joint Russian–Belarusian manoeuvres in February", "MOBILIZE",
              ["Alexander Lukashenko", "Russia", "Belarus"], "2022-02", "text", "planned", "gemeinsame Manöver",
              note="announced by Lukashenko on Monday 17 January; exercise 'Allied Resolve', 10–20 February 2022"),
            E("Russia has massed about 100,000 troops on Ukraine's borders", "MOBILIZE", ["Russia", "Ukraine"],
              "2022-01-19", "published", "occurred", "100.000 Soldaten",
              note="build-up since autumn 2021; no date in the text"),
            E("Scholz warns that everything, including Nord Stream 2, is up for discussion in case of an "
              "intervention", "THREATEN", ["Olaf Scholz", "Russia"], "2022-01-18", "text", "occurred",
              "alles zur Diskussion"),
            E("Blinken expected in Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2022-01-19", "text", "planned",
              "wird am Mittwoch in Kiew erwartet"),
            E("Blinken to meet Baerbock and the French and British foreign ministers in Berlin", "CONSULT",
              ["Antony Blinken", "Germany", "France", "United Kingdom"], "2022-01-20", "text", "planned",
              "wird am Mittwoch in Kiew erwartet"),
            E("Blinken to meet Lavrov in Geneva", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-01-21",
              "text", "planned", "Am Freitag will er in Genf"),
            E("Bundeswehr plans a possible reinforcement of the NATO battlegroup in Lithuania", "MOBILIZE",
              ["Germany", "NATO"], "2022-01-19", "published", "uncertain", "Einsatzführungskommando"),
        ],
        [
            S("Germany", "Baerbock presses in Moscow for the talks on the Ukraine crisis to continue", "2022-01-19",
              "published", "bei ihrem Antrittsbesuch in Moskau"),
            S("Germany", "Baerbock: there is no alternative to diplomacy", "2022-01-18", "text",
              "keine Alternative zu Diplomatie"),
            S("Germany", "Any further aggression against Ukraine would carry a high price for Russia", "2022-01-18",
              "context", "einen hohen Preis"),
            S("Sergey Lavrov", "Lavrov unimpressed after the talks", "2022-01-18", "context",
              "Lawrow zeigte sich"),
            S("Sergey Lavrov", "Russia threatens no one but demands written guarantees against NATO enlargement",
              "2022-01-18", "context", "Russland bedrohe niemanden"),
            S("Sergey Lavrov", "Moscow expects answers to its draft treaties in the coming days", "2022-01-18",
              "context", "Vertragsentwürfe vom Dezember"),
            S("Sergey Lavrov", "Without a serious answer Russia will take 'military-technical' measures",
              "2022-01-18", "context", "militärisch-technische"),
            S("Germany", "Normandy-format advisers to meet in Paris next week", "2022-01-19", "published",
              "Die außenpolitischen Berater"),
            S("Germany", "Baerbock: the Nord Stream 2 approval follows European law", "2022-01-18", "context",
              "Lawrow warf Berlin vor"),
            S("Sergey Lavrov", "Berlin is politicising Nord Stream 2", "2022-01-18", "context",
              "Lawrow warf Berlin vor"),
            S("Ukraine", "Kuleba asks Germany again for defensive weapons", "2022-01-17", "context",
              "Kuleba bat die Bundesregierung"),
            S("Germany", "Baerbock refuses weapons and pledges help with energy and the wounded", "2022-01-17",
              "context", "Baerbock lehnte dies"),
            S("Dmitry Peskov", "The situation is very tense, but Russia plans no attack", "2022-01-18", "text",
              "sehr angespannt"),
            S("Belarus", "Russia is moving troops to Belarus", "2022-01-19", "published", "Nach Angaben aus Minsk"),
            S("Alexander Lukashenko", "Announces joint manoeuvres with Russia for February", "2022-01-17", "text",
              "gemeinsame Manöver"),
            S("United States", "Russia has massed about 100,000 troops on Ukraine's borders", "2022-01-19",
              "published", "100.000 Soldaten"),
            S("Olaf Scholz", "In case of a military intervention everything is up for discussion, Nord Stream 2 "
              "included", "2022-01-18", "text", "alles zur Diskussion"),
            S("Germany", "Bundeswehr command is planning a possible reinforcement of the battlegroup in Lithuania",
              "2022-01-19", "published", "Einsatzführungskommando"),
            S("Germany", "Nothing has been decided yet", "2022-01-19", "published", "Entschieden sei"),
        ],
        ["Germany", "Sergey Lavrov", "Russia", "Ukraine", "NATO", "United States", "France", "Volodymyr Zelensky",
         "Dmitry Peskov", "Kremlin", "Belarus", "Alexander Lukashenko", "Olaf Scholz", "Antony Blinken",
         "United Kingdom"],
    ),
    doc(
        "b35de02_selenskyj_washington_patriot_2022_12", "2022-12-23", DE02,
        [
            T("Mittwoch", "DATE", "2022-12-21", 0),
            T("gut zweistündigen", "DURATION", "PT2H", mod="APPROX"),
            T("mehrere Monate", "DURATION", "PXM"),
            T("Abend", "TIME", "2022-12-21TEV"),
            T("Donnerstag", "DATE", "2022-12-22", 0),
            T("Freitag", "DATE", "2022-12-23"),
            T("Mittwoch", "DATE", "2022-12-21", 1),
            T("Donnerstag", "DATE", "2022-12-22", 1),
            T("Donnerstag", "DATE", "2022-12-22", 2),
            T("November", "DATE", "2022-11"),
            T("Januar", "DATE", "2023-01"),
            T("diesem Jahr", "DATE", "2022"),
            T("März", "DATE", "2022-03"),
        ],
        [
            E("Biden receives Zelensky at the White House", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2022-12-21", "text", "occurred", "Im Weißen Haus empfing ihn"),
            E("Biden pledges a Patriot system as part of a 1.85 billion dollar package", "AID",
              ["Joe Biden", "Ukraine"], "2022-12-21", "context", "occurred", "Dabei sagte Biden"),
            E("US to train Ukrainian soldiers on the Patriot in a third country", "AID", ["United States", "Ukraine"],
              "2022-12-23", "published", "planned", "teilte das Pentagon mit", note="no start date given"),
            E("Biden again refuses to supply long-range missiles", "REJECT", ["Joe Biden", "Ukraine"], "2022-12-21",
              "context", "occurred", "weitreichender Raketen"),
            E("Zelensky thanks Biden for the aid", "SUPPORT", ["Volodymyr Zelensky", "Joe Biden"], "2022-12-21",
              "context", "occurred", "Selenskyj dankte"),
            E("Zelensky rejects any peace that requires compromises on sovereignty and territory", "REJECT",
              ["Volodymyr Zelensky"], "2022-12-21", "context", "occurred", "Selenskyj dankte"),
            E("Senate passes a budget with about 45 billion dollars for Ukraine", "AID", ["United States", "Ukraine"],
              "2022-12-22", "text", "occurred", "Der Senat billigte"),
            E("House of Representatives to pass the budget", "AID", ["United States", "Ukraine"], "2022-12-23",
              "text", "planned", "Der Senat billigte"),
            E("Peskov accuses the US of waging an indirect war against Russia", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2022-12-21", "context", "occurred", "indirekten Krieg"),
            E("Putin says Russia wants to end the war at the negotiating table", "AGREE", ["Vladimir Putin"],
              "2022-12-22", "context", "occurred", "je schneller, desto besser"),
            E("Medvedev calls Western weapons deliveries a legitimate target", "THREATEN", ["Russia", "Ukraine"],
              "2022-12-23", "published", "occurred", "legitimes Ziel"),
            E("Zelensky meets Duda in Rzeszów", "CONSULT", ["Volodymyr Zelensky", "Poland"], "2022-12-22", "text",
              "occurred", "Auf dem Rückweg traf"),
            E("Scholz welcomes the US decision to strengthen Ukraine's air defence", "SUPPORT",
              ["Olaf Scholz", "United States"], "2022-12-23", "published", "occurred", "Scholz begrüßte"),
            E("Poland proposes that Germany's Patriots be deployed in Ukraine", "REQUEST",
              ["Poland", "Germany", "Ukraine"], "2022-11", "text", "occurred", "Polen hatte im November"),
            E("Berlin rejects the Polish proposal", "REJECT", ["Germany", "Poland"], "2022-11", "context",
              "occurred", "Polen hatte im November"),
            E("Patriot squadrons from Husum to deploy to Zamość in January", "MOBILIZE", ["Germany", "Poland"],
              "2023-01", "text", "planned", "Zamość"),
            E("The Husum wing has protected Slovakia's airspace for NATO since March", "MOBILIZE",
              ["Germany", "NATO"], "2022-03", "text", "occurred", "Seit März schützt", date_mod="START"),
        ],
        [
            S("United States", "Pentagon: training on the Patriot in a third country will take several months",
              "2022-12-23", "published", "teilte das Pentagon mit"),
            S("Joe Biden", "Long-range missiles could endanger NATO's unity", "2022-12-21", "context",
              "weitreichender Raketen"),
            S("Volodymyr Zelensky", "Thanks for the aid; no 'just peace' with compromises on sovereignty and "
              "territory", "2022-12-21", "context", "Selenskyj dankte"),
            S("Volodymyr Zelensky", "To Congress: your money is not charity but an investment in global security",
              "2022-12-21TEV", "context", "keine Wohltätigkeit"),
            S("Russia", "The trip met sharp criticism in Moscow", "2022-12-23", "published",
              "stieß die Reise auf scharfe Kritik"),
            S("Dmitry Peskov", "The Patriot delivery does not bring a settlement closer", "2022-12-21", "text",
              "noch am Mittwoch"),
            S("Dmitry Peskov", "The US wages an indirect war against Russia to the last Ukrainian", "2022-12-21",
              "context", "indirekten Krieg"),
            S("Vladimir Putin", "The Patriot is 'pretty old'; Russia will find an antidote", "2022-12-22", "text",
              "ziemlich alt"),
            S("Vladimir Putin", "Russia wants to end the war, the sooner the better, at the negotiating table",
              "2022-12-22", "context", "je schneller, desto besser"),
            S("Russia", "Medvedev: Western weapons deliveries are a legitimate target", "2022-12-23", "published",
              "legitimes Ziel"),
            S("Olaf Scholz", "Welcomes Washington's decision to strengthen Ukraine's air defence", "2022-12-23",
              "published", "Scholz begrüßte"),
            S("Germany", "Defence ministry: Husum squadrons to deploy to Zamość in January", "2022-12-23",
              "published", "Zamość"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Joe Biden", "United States", "NATO", "Russia",
         "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Poland", "Olaf Scholz", "Germany"],
    ),
    doc(
        "b35de03_wiederaufbaukonferenz_london_2023_06", "2023-06-23", DE03,
        [
            T("Donnerstag", "DATE", "2023-06-22", 0),
            T("zweitägigen", "DURATION", "P2D"),
            T("Mittwoch", "DATE", "2023-06-21", 0),
            T("die kommenden drei Jahre", "DURATION", "P3Y"),
            T("selben Tag", "DATE", "2023-06-21"),
            T("Dienstag", "DATE", "2023-06-20"),
            T("2024", "DATE", "2024"),
            T("2027", "DATE", "2027"),
            T("Mittwoch", "DATE", "2023-06-21", 1),
            T("Mittwoch", "DATE", "2023-06-21", 2),
            T("diesem Jahr", "DATE", "2023"),
            T("dem Winter", "DATE", "2023-WI"),
            T("Ende Juli", "DATE", "2023-07", mod="END"),
            T("Donnerstag", "DATE", "2023-06-22", 1),
            T("Donnerstag", "DATE", "2023-06-22", 2),
            T("29.", "DATE", "2023-06-29"),
            T("30. Juni", "DATE", "2023-06-30"),
        ],
        [
            E("Ukraine Recovery Conference in London", "CONSULT",
              ["United Kingdom", "Ukraine", "Antony Blinken", "Ursula von der Leyen", "Germany",
               "Volodymyr Zelensky"], "2023-06-22", "text", "occurred", "mit Zusagen von mehr als 60 Mrd. Dollar",
              note="two-day conference, 21–22 June 2023; dated by the closing day the text names"),
            E("Donors pledge more than 60 billion dollars for Ukraine's reconstruction", "AID", ["Ukraine"],
              "2023-06-22", "context", "occurred", "mit Zusagen von mehr als 60 Mrd. Dollar",
              note="pledges made over both conference days"),
            E("UK guarantees 3 billion dollars of World Bank loans for three years", "AID",
              ["United Kingdom", "Ukraine"], "2023-06-21", "text", "occurred", "Garantien für Kredite der Weltbank"),
            E("Blinken pledges an additional 1.3 billion dollars", "AID", ["Antony Blinken", "Ukraine"], "2023-06-21",
              "text", "occurred", "zusätzliche 1,3 Mrd. Dollar"),
            E("Von der Leyen proposes a 50 billion euro Ukraine facility for 2024–2027", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2023-06-20", "text", "planned",
              "neue Fazilität", note="proposal presented in Brussels on Tuesday 20 June 2023"),
            E("Germany pledges 381 million euros of humanitarian aid", "AID", ["Germany", "Ukraine"], "2023-06-21",
              "text", "occurred", "381 Mio. Euro"),
            E("Shmyhal asks donors to close the 14 billion dollar gap before winter", "REQUEST", ["Ukraine"],
              "2023-06-21", "text", "occurred", "bat die Geber"),
            E("Zelensky demands that frozen Russian assets be used for reconstruction", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-06-21", "context", "occurred",
              "eingefrorenen russischen Vermögenswerte"),
            E("Commission to propose using windfall profits from immobilised Russian central-bank assets", "AID",
              ["European Union", "Russia", "Ukraine"], "2023-07", "text", "uncertain", "Zufallsgewinne",
              date_mod="END", note="proposal due by the end of July"),
            E("UK: sanctions on Russia stay until Moscow pays for the damage", "REJECT", ["United Kingdom", "Russia"],
              "2023-06-22", "text", "occurred", "James Cleverly"),
            E("Lloyd's and the Ukrainian government sign a memorandum on war-risk insurance", "AGREE", ["Ukraine"],
              "2023-06-22", "text", "occurred", "Am Rande der Konferenz"),
            E("Zakharova calls the conference a 'gathering of looters'", "ACCUSE", ["Maria Zakharova"], "2023-06-23",
              "published", "occurred", "Versammlung von Plünderern"),
            E("Zakharova threatens countermeasures against any use of Russian funds", "THREATEN",
              ["Maria Zakharova"], "2023-06-23", "published", "occurred", "Gegenmaßnahmen"),
            E("KfW to expand its programmes for Ukrainian small and medium-sized firms", "AID",
              ["Germany", "Ukraine"], "2023-06-23", "published", "planned", "KfW"),
            E("EU summit to discuss the Ukraine facility", "CONSULT", ["European Union"], "2023-06-29", "text",
              "planned", "auf ihrem Gipfel am 29.", note="summit of 29–30 June 2023"),
        ],
        [
            S("United Kingdom", "Sunak announces guarantees for 3 billion dollars of World Bank loans", "2023-06-21",
              "text", "Garantien für Kredite der Weltbank"),
            S("Antony Blinken", "Pledges an additional 1.3 billion dollars", "2023-06-21", "text",
              "zusätzliche 1,3 Mrd. Dollar"),
            S("Ursula von der Leyen", "Promotes her proposal of a 50 billion euro facility for 2024–2027",
              "2023-06-23", "published", "neue Fazilität"),
            S("Germany", "Baerbock announces 381 million euros of humanitarian aid", "2023-06-21", "text",
              "381 Mio. Euro"),
            S("Ukraine", "Shmyhal: 14 billion dollars needed this year; asks donors to close the gap before winter",
              "2023-06-21", "text", "bat die Geber"),
            S("Volodymyr Zelensky", "Frozen Russian assets should be used for reconstruction", "2023-06-21",
              "context", "eingefrorenen russischen Vermögenswerte"),
            S("United Kingdom", "Cleverly: sanctions stay until Moscow pays for the damage", "2023-06-22", "text",
              "James Cleverly"),
            S("Russia", "Moscow reacted with mockery", "2023-06-23", "published", "Moskau reagierte mit Spott"),
            S("Maria Zakharova", "The conference is a 'gathering of looters'", "2023-06-23", "published",
              "Versammlung von Plünderern"),
            S("Maria Zakharova", "Any use of Russian funds is theft and will be answered with countermeasures",
              "2023-06-23", "published", "Gegenmaßnahmen"),
        ],
        ["United Kingdom", "Ukraine", "Antony Blinken", "United States", "Ursula von der Leyen", "European Union",
         "Germany", "Volodymyr Zelensky", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b35de04_kellogg_kiew_diktator_2025_02", "2025-02-21", DE04,
        [
            T("Donnerstag", "DATE", "2025-02-20", 0),
            T("Mittwochabend", "TIME", "2025-02-19TEV"),
            T("Morgen", "TIME", "2025-02-19TMO"),
            T("Dienstag", "DATE", "2025-02-18"),
            T("der vergangenen Woche", "DATE", "2025-W07"),
            T("Mittwoch", "DATE", "2025-02-19", 0),
            T("selben Abend", "TIME", "2025-02-19TEV"),
            T("der kommenden Woche", "DATE", "2025-W09"),
            T("Montag", "DATE", "2025-02-24"),
            T("Donnerstag", "DATE", "2025-02-20", 1),
            T("Mittwoch", "DATE", "2025-02-19", 1),
            T("Sonntag", "DATE", "2025-02-23"),
            T("Donnerstagabend", "TIME", "2025-02-20TEV"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Kellogg meets Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"], "2025-02-20",
              "text", "occurred", "Keith Kellogg, ist am Donnerstag"),
            E("Joint press conference called off at the US side's request", "CONSULT",
              ["Keith Kellogg", "Volodymyr Zelensky"], "2025-02-20", "context", "cancelled",
              "Eine gemeinsame Pressekonferenz"),
            E("Zelensky ready for an investment and security agreement with the US", "AGREE",
              ["Volodymyr Zelensky", "United States"], "2025-02-20", "context", "occurred", "guten Gespräch"),
            E("Trump calls Zelensky a 'dictator without elections'", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-02-19TEV", "text", "occurred", "Diktator ohne Wahlen"),
            E("Trump warns Zelensky he will soon have no country left", "THREATEN",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-02-19TEV", "context", "occurred", "kein Land mehr"),
            E("Zelensky says Trump lives in a Russian-made 'disinformation space'", "ACCUSE",
              ["Volodymyr Zelensky", "Donald Trump", "Russia"], "2025-02-19TMO", "text", "occurred",
              "Raum der Desinformation"),
            E("Rubio and Lavrov meet in Riyadh without Ukraine or the Europeans", "CONSULT",
              ["Marco Rubio", "Sergey Lavrov"], "2025-02-18", "text", "occurred", "Auslöser des Streits"),
            E("US and Russia agree to form negotiating teams and normalise their embassies", "AGREE",
              ["United States", "Russia"], "2025-02-18", "context", "occurred", "Beide Seiten vereinbarten dort"),
            E("Kyiv rejects a first US draft minerals agreement", "REJECT", ["Ukraine", "United States"], "2025-W07",
              "text", "occurred", "Rohstoffabkommen abgelehnt"),
            E("Scholz calls denying Zelensky's legitimacy wrong and dangerous", "ACCUSE",
              ["Olaf Scholz", "Donald Trump"], "2025-02-19", "text", "occurred", "schlicht falsch"),
            E("Starmer phones Zelensky", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2025-02-19TEV", "text",
              "occurred", "rief Selenskyj noch am selben Abend"),
            E("Starmer backs Zelensky as a democratically elected leader", "SUPPORT",
              ["Keir Starmer", "Volodymyr Zelensky"], "2025-02-19TEV", "context", "occurred",
              "rief Selenskyj noch am selben Abend"),
            E("Starmer to travel to Washington next week", "CONSULT", ["Keir Starmer", "Donald Trump"], "2025-W09",
              "text", "planned", "Starmer will in der kommenden Woche"),
            E("Macron to travel to Washington on Monday", "CONSULT", ["Emmanuel Macron", "Donald Trump"],
              "2025-02-24", "text", "planned", "Starmer will in der kommenden Woche"),
            E("Peskov: Trump's assessment matches Moscow's view", "SUPPORT", ["Dmitry Peskov", "Donald Trump"],
              "2025-02-20", "text", "occurred", "decke sich mit der Sicht Moskaus"),
            E("Putin praises the Riyadh talks", "SUPPORT", ["Vladimir Putin"], "2025-02-19", "text", "occurred",
              "Gespräche in Riad am Mittwoch gelobt"),
            E("Putin ready to meet Trump", "AGREE", ["Vladimir Putin", "Donald Trump"], "2025-02-19", "context",
              "occurred", "Gespräche in Riad am Mittwoch gelobt"),
            E("Putin: a meeting with Trump must be well prepared", "REQUEST", ["Vladimir Putin", "Donald Trump"],
              "2025-02-19", "context", "occurred", "Gespräche in Riad am Mittwoch gelobt"),
            E("Merz accuses Trump of reversing perpetrator and victim", "ACCUSE", ["Friedrich Merz", "Donald Trump"],
              "2025-02-20TEV", "text", "occurred", "Täter-Opfer-Umkehr"),
        ],
        [
            S("Ukraine", "Presidential office: the joint press conference was called off at the US side's request",
              "2025-02-21", "published", "wie es aus dem Präsidialamt hieß"),
            S("Volodymyr Zelensky", "A good talk; Ukraine is ready for a strong and effective agreement with the US",
              "2025-02-20", "context", "guten Gespräch"),
            S("Donald Trump", "Zelensky is a 'dictator without elections'", "2025-02-19TEV", "text",
              "Diktator ohne Wahlen"),
            S("Donald Trump", "Zelensky must hurry or he will have no country left", "2025-02-19TEV", "context",
              "kein Land mehr"),
            S("Volodymyr Zelensky", "Trump lives in a disinformation space created by Russia", "2025-02-19TMO",
              "text", "Raum der Desinformation"),
            S("Olaf Scholz", "Denying Zelensky democratic legitimacy is simply wrong and dangerous", "2025-02-19",
              "text", "schlicht falsch"),
            S("Keir Starmer", "Backs Zelensky as a democratically elected head of state", "2025-02-19TEV", "text",
              "rief Selenskyj noch am selben Abend"),
            S("Kremlin", "Trump's wording met with approval in the Kremlin", "2025-02-21", "published",
              "Im Kreml stieß"),
            S("Dmitry Peskov", "The US president's assessment matches Moscow's view", "2025-02-20", "text",
              "decke sich mit der Sicht Moskaus"),
            S("Vladimir Putin", "Praises the Riyadh talks; ready to meet Trump if well prepared", "2025-02-19",
              "text", "Gespräche in Riad am Mittwoch gelobt"),
            S("Friedrich Merz", "Trump's words are a classic reversal of perpetrator and victim", "2025-02-20TEV",
              "text", "Täter-Opfer-Umkehr"),
        ],
        ["Donald Trump", "United States", "Keith Kellogg", "Volodymyr Zelensky", "Ukraine", "Russia", "Marco Rubio",
         "Sergey Lavrov", "European Union", "Olaf Scholz", "Germany", "Keir Starmer", "United Kingdom",
         "Emmanuel Macron", "France", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Friedrich Merz"],
    ),
    doc(
        "b35de05_trump_papiertiger_uno_2025_09", "2025-09-25", DE05,
        [
            T("Dienstag", "DATE", "2025-09-23", 0),
            T("dreieinhalb Jahren", "DURATION", "P42M"),
            T("Dienstagnachmittag", "TIME", "2025-09-23TAF"),
            T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("Mittwoch", "DATE", "2025-09-24", 0),
            T("Mittwochabend", "TIME", "2025-09-24TEV"),
            T("Mittwoch", "DATE", "2025-09-24", 1),
            T("Oktober", "DATE", "2025-10"),
            T("Dienstag", "DATE", "2025-09-23", 1),
            T("Beginn der Woche", "DATE", "2025-W39", mod="START"),
        ],
        [
            E("Trump: with EU support Ukraine can win back all its territory", "SUPPORT",
              ["Donald Trump", "Ukraine", "European Union"], "2025-09-23", "text", "occurred", "ursprünglichen Form"),
            E("Trump calls Russia a 'paper tiger' waging war aimlessly", "ACCUSE", ["Donald Trump", "Russia"],
              "2025-09-23", "context", "occurred", "der seit dreieinhalb Jahren"),
            E("Trump and Zelensky meet at UN headquarters", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-09-23TAF", "text", "occurred", "Das Gespräch der beiden"),
            E("Trump says NATO states should shoot down Russian aircraft violating their airspace", "THREATEN",
              ["Donald Trump", "Russia", "NATO"], "2025-09-23", "context", "occurred", "abschießen"),
            E("Trump threatens Russia with very strong tariffs if it does not agree to a deal", "THREATEN",
              ["Donald Trump", "Russia"], "2025-09-23", "context", "occurred", "sehr starken Zöllen"),
            E("Trump calls on the Europeans to stop buying Russian oil and gas", "REQUEST",
              ["Donald Trump", "European Union"], "2025-09-23", "context", "occurred", "sehr starken Zöllen"),
            E("Peskov rejects the 'paper tiger' label: Russia is a bear", "REJECT", ["Dmitry Peskov", "Donald Trump"],
              "2025-09-24", "text", "occurred", "kein Papiertiger"),
            E("Peskov: the special operation will continue until its goals are reached", "ASSAULT",
              ["Russia", "Ukraine"], "2025-09-24", "context", "planned", "Die Spezialoperation werde fortgesetzt"),
            E("Peskov: Moscow remains open to negotiations", "AGREE", ["Russia"], "2025-09-24", "context", "occurred",
              "Die Spezialoperation werde fortgesetzt"),
            E("Rubio and Lavrov meet in New York", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-09-24TEV",
              "text", "occurred", "Am Mittwochabend kamen"),
            E("Rubio calls on Moscow to stop the killing and take serious steps towards a lasting solution",
              "REQUEST", ["Marco Rubio", "Russia"], "2025-09-24TEV", "context", "occurred", "das Töten zu beenden"),
            E("Zelensky demands international rules on drones and AI in weapons", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2025-09-24", "text", "occurred", "Wettrüsten"),
            E("Zelensky calls for more pressure on Russia until it accepts a ceasefire", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-09-24", "context", "occurred", "den Druck auf Russland"),
            E("Kallas calls on Washington to follow its words with sanctions", "REQUEST",
              ["Kaja Kallas", "United States"], "2025-09-25", "published", "occurred", "Kallas rief Washington auf"),
            E("EU to adopt its 19th sanctions package in October", "SANCTION", ["European Union", "Russia"], "2025-10",
              "text", "planned", "19. Sanktionspaket"),
            E("Frieden meets Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2025-09-23", "text", "occurred",
              "Luc Frieden", note="Luxembourg is not canonical"),
            E("Frieden promises Luxembourg's continued support", "AGREE", ["Volodymyr Zelensky"], "2025-09-23",
              "context", "occurred", "Luc Frieden"),
        ],
        [
            S("Donald Trump", "Trump makes a surprising U-turn after meeting Zelensky", "2025-09-25", "published",
              "überraschende Kehrtwende"),
            S("Donald Trump", "With EU support Ukraine can win back all of Ukraine in its original form",
              "2025-09-23", "text", "ursprünglichen Form"),
            S("Donald Trump", "Russia is a 'paper tiger' that has fought aimlessly for three and a half years",
              "2025-09-23", "context", "der seit dreieinhalb Jahren"),
            S("Volodymyr Zelensky", "Speaks of a 'big shift'", "2025-09-23TAF", "context", "großen Umschwung"),
            S("Donald Trump", "Yes, NATO states should shoot down Russian aircraft violating their airspace",
              "2025-09-23", "context", "abschießen"),
            S("Donald Trump", "Threatens very strong tariffs; Europeans should stop buying Russian oil and gas",
              "2025-09-23", "context", "sehr starken Zöllen"),
            S("Kremlin", "The Kremlin reacted calmly", "2025-09-25", "published", "Der Kreml reagierte gelassen"),
            S("Dmitry Peskov", "Russia is not a paper tiger but a bear", "2025-09-24", "text", "kein Papiertiger"),
            S("Dmitry Peskov", "The special operation continues until its goals are reached; Moscow remains open to "
              "talks", "2025-09-24", "context", "Die Spezialoperation werde fortgesetzt"),
            S("Marco Rubio", "Moscow must stop the killing and take serious steps towards a lasting solution",
              "2025-09-24TEV", "context", "das Töten zu beenden"),
            S("Volodymyr Zelensky", "Warns of the most destructive arms race in history; demands rules for drones "
              "and AI", "2025-09-24", "text", "Wettrüsten"),
            S("Volodymyr Zelensky", "Pressure on Russia must rise until Moscow agrees to a ceasefire", "2025-09-24",
              "context", "den Druck auf Russland"),
            S("Kaja Kallas", "Washington should follow its new words with sanctions", "2025-09-25", "published",
              "Kallas rief Washington auf"),
        ],
        ["Donald Trump", "United States", "Volodymyr Zelensky", "Ukraine", "United Nations", "European Union",
         "Russia", "NATO", "Kremlin", "Dmitry Peskov", "Marco Rubio", "Sergey Lavrov", "Kaja Kallas"],
    ),
    doc(
        "b35de06_olympische_waffenruhe_2026_02", "2026-02-07", DE06,
        [
            T("Freitagabend", "TIME", "2026-02-06TEV"),
            T("November", "DATE", "2025-11"),
            T("30. Januar", "DATE", "2026-01-30"),
            T("22. März", "DATE", "2026-03-22"),
            T("der Nacht auf Samstag", "TIME", "2026-02-06TNI", note="night of 6 to 7 February"),
            T("Sonntag", "DATE", "2026-02-01"),
            T("Freitag", "DATE", "2026-02-06", 0),
            T("Freitagnachmittag", "TIME", "2026-02-06TAF"),
            T("Freitag", "DATE", "2026-02-06", 1),
            T("der kommenden Woche", "DATE", "2026-W07"),
            T("2022", "DATE", "2022"),
        ],
        [
            E("Meloni calls for a ceasefire in Ukraine for the duration of the Games", "REQUEST",
              ["Giorgia Meloni", "Russia", "Ukraine"], "2026-02-06TEV", "text", "occurred",
              "für die Dauer der Spiele gefordert"),
            E("UN General Assembly calls for an Olympic truce", "REQUEST", ["United Nations"], "2025-11", "text",
              "occurred", "zu der die UN-Vollversammlung im November",
              note="truce period 30 January to 22 March 2026"),
            E("Russian drone attack on energy facilities in the Kharkiv region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-02-06TNI", "text", "occurred", "in der Nacht auf Samstag"),
            E("Pope Leo XIV calls for the Games to be a time without weapons", "REQUEST", ["Vatican"], "2026-02-01",
              "text", "occurred", "Papst Leo XIV. hatte bereits am Sonntag"),
            E("Guterres joins the appeal", "REQUEST", ["António Guterres"], "2026-02-06", "text", "occurred",
              "schloss sich dem Appell"),
            E("Vance meets Meloni on Ukraine", "CONSULT", ["JD Vance", "Giorgia Meloni"], "2026-02-06TAF", "text",
              "occurred", "traf Meloni am Freitagnachmittag"),
            E("Zelensky welcomes the appeals", "SUPPORT",
              ["Volodymyr Zelensky", "Giorgia Meloni", "Vatican", "António Guterres"], "2026-02-07", "published",
              "occurred", "begrüsste die Appelle"),
            E("Zelensky: Ukraine ready to halt strikes on energy facilities during the Games", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2026-02-07", "published", "occurred", "schrieb er auf X"),
            E("Zelensky's condition: Russia must do the same", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-02-07", "published", "occurred", "schrieb er auf X"),
            E("Peskov rejects an Olympic truce as hypocritical", "REJECT", ["Dmitry Peskov"], "2026-02-06", "text",
              "occurred", "heuchlerisch"),
            E("Peskov: a pause only as part of a settlement removing the root causes", "REQUEST", ["Dmitry Peskov"],
              "2026-02-06", "context", "occurred", "Ursachen des Konflikts"),
            E("Zakharova accuses the IOC of politicising sport", "ACCUSE", ["Maria Zakharova"], "2026-02-07",
              "published", "occurred", "Sacharowa warf"),
            E("US–Russia–Ukraine talks in Abu Dhabi to continue next week", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-W07", "text", "planned", "in Abu Dhabi"),
        ],
        [
            S("Giorgia Meloni", "Calls for a ceasefire in Ukraine for the duration of the Games", "2026-02-06TEV",
              "text", "für die Dauer der Spiele gefordert"),
            S("Giorgia Meloni", "Let the weapons fall silent as long as the flame burns", "2026-02-06TEV", "context",
              "solange die Flamme brennt"),
            S("Ukraine", "Russia attacked energy facilities in the Kharkiv region with drones", "2026-02-07",
              "published", "in der Nacht auf Samstag"),
            S("Vatican", "The Pope calls for the Games to be a time without weapons", "2026-02-01", "text",
              "Papst Leo XIV. hatte bereits am Sonntag"),
            S("António Guterres", "Joins the appeal for an Olympic truce", "2026-02-06", "text",
              "schloss sich dem Appell"),
            S("Volodymyr Zelensky", "Welcomes the appeals but doubts Moscow's readiness", "2026-02-07", "published",
              "begrüsste die Appelle"),
            S("Volodymyr Zelensky", "Ukraine will halt strikes on energy facilities during the Games if Russia does",
              "2026-02-07", "published", "schrieb er auf X"),
            S("Russia", "Moscow answers with a refusal", "2026-02-07", "published", "Aus Moskau kam Ablehnung"),
            S("Dmitry Peskov", "Demanding an Olympic truce from Russia is hypocritical", "2026-02-06", "text",
              "heuchlerisch"),
            S("Dmitry Peskov", "A pause only within a comprehensive settlement that removes the root causes",
              "2026-02-06", "context", "Ursachen des Konflikts"),
            S("Maria Zakharova", "The IOC politicises sport", "2026-02-07", "published", "Sacharowa warf"),
            S("Ukraine", "The Abu Dhabi talks will continue next week", "2026-02-07", "published", "in Abu Dhabi"),
        ],
        ["Giorgia Meloni", "Ukraine", "United Nations", "Russia", "Vatican", "António Guterres", "JD Vance",
         "United States", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
    ),
]
