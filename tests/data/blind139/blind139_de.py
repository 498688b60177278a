"""German articles of the blind139 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b139de01 (Glaube und Heimat)
DE01 = """
Ukrainische orthodoxe Kirche sagt sich von Moskau los

Kiew/Weimar. Die Ukrainische Orthodoxe Kirche (UOK), die bislang dem Moskauer Patriarchat unterstand, hat ihre „volle Selbstständigkeit und Unabhängigkeit“ erklärt.
Ein eilig einberufenes Landeskonzil im Kloster Feofanija am Stadtrand von Kiew beschloss am Freitag, alle Verweise auf Moskau aus dem Statut der Kirche zu streichen.
Zugleich verurteilte das Konzil den Krieg als Verstoß gegen das Gebot „Du sollst nicht töten“ und rief die Regierungen in Moskau und Kiew auf, ihre Verhandlungen fortzusetzen.
Ausdrücklich widersprach es Patriarch Kyrill, der den Angriff auf die Ukraine seit Februar in seinen Predigten als Kampf gegen die „Kräfte des Bösen“ rechtfertigt.

Metropolit Onufrij, das Oberhaupt der Kirche, sagte nach dem Konzil, man habe sich „nicht leichten Herzens“ entschieden.
Einen förmlichen Bruch mit Moskau oder eine Vereinigung mit der 2018 gegründeten Orthodoxen Kirche der Ukraine (OKU) beschloss das Konzil allerdings nicht.
Deren Oberhaupt, Metropolit Epifanij, lud die Schwesterkirche dennoch zu Gesprächen ein.
Das Moskauer Patriarchat teilte mit, der Heilige Synod werde sich in den kommenden Tagen mit den Beschlüssen befassen.
Kremlsprecher Dmitri Peskow sagte am Samstag, es handle sich um eine innere Angelegenheit der Kirche, die der Kreml nicht kommentiere.

Präsident Wolodymyr Selenskyj sagte am Freitagabend in seiner Videoansprache, jeder Schritt der Kirche weg von Moskau sei zu begrüßen, entscheidend seien aber Taten.
Im ukrainischen Parlament waren schon im März Gesetzentwürfe eingebracht worden, die der Moskau unterstellten Kirche jede Tätigkeit im Land verbieten sollen.
Russland führt seit dem 24. Februar Krieg gegen die Ukraine; nach Angaben der Vereinten Nationen wurden dabei bereits mehr als hundert Kirchen und Gebetshäuser beschädigt oder zerstört.

Auch politisch gerät Kyrill unter Druck.
Die EU-Kommission hatte Anfang Mai vorgeschlagen, den Patriarchen im sechsten Sanktionspaket mit einem Einreiseverbot zu belegen und sein Vermögen in der EU einzufrieren.
Ungarns Ministerpräsident Viktor Orbán lehnt das ab; er werde einer Aufnahme Kyrills „niemals zustimmen“, sagte er.
Die Staats- und Regierungschefs der EU beraten am Montag und Dienstag in Brüssel über das Paket, zu dem auch ein Ölembargo gehört.

In Thüringen wird die Entwicklung aufmerksam verfolgt.
Die ukrainisch-orthodoxe Gemeinde in Erfurt betreut seit März Dutzende Geflüchtete.
Viele Gläubige hätten seit Kriegsbeginn aufgehört, im Gottesdienst für den Patriarchen zu beten, sagte Pfarrer Wassyl Tkatsch unserer Zeitung.
Am Pfingstsonntag, dem 5. Juni, will die Gemeinde gemeinsam mit der evangelischen Predigergemeinde für den Frieden beten.
"""

# ---------------------------------------------------------------- b139de02 (Hamburger Abendblatt)
DE02 = """
Razzia im Höhlenkloster: Ukrainischer Geheimdienst durchsucht die Kiewer Lawra

Kiew/Hamburg. Der ukrainische Geheimdienst SBU hat am Dienstagmorgen das Kiewer Höhlenkloster durchsucht, eines der bedeutendsten Heiligtümer der orthodoxen Welt.
Gemeinsam mit Polizei und Nationalgarde überprüften Ermittler nach Angaben des SBU die Wohnräume der Mönche und die Verwaltung der Kiewer Metropolie, um zu verhindern, dass das Kloster als Versteck für „Saboteure, Kollaborateure und Waffen“ genutzt werde.
Auch ein Frauenkloster in der Region Riwne im Westen des Landes wurde durchsucht.

Anlass war nach SBU-Angaben ein Video, das vor rund zehn Tagen in sozialen Netzwerken kursierte.
Darin ist zu hören, wie Gläubige bei einem Gottesdienst in der Lawra ein Lied über das „Erwachen Mutter Russlands“ singen.
Die Ukrainische Orthodoxe Kirche (UOK), die das Kloster vom Staat gepachtet hat, erklärte, sie habe nichts zu verbergen.
Im Mai hatte sich die Kirche auf einem Konzil von Moskau losgesagt; Kritiker halten das für eine Fassade.

In Moskau löste die Razzia scharfe Reaktionen aus.
Kremlsprecher Dmitri Peskow sprach am Dienstag von einem weiteren Beleg dafür, dass Kiew „einen Krieg gegen die russische Orthodoxie“ führe.
Die Sprecherin des Außenministeriums, Maria Sacharowa, forderte die Vereinten Nationen auf, sich mit dem Vorgehen der ukrainischen Behörden zu befassen.
Das Moskauer Patriarchat nannte die Durchsuchung einen „Akt der Einschüchterung“.

In Kiew kündigte der Sekretär des Nationalen Sicherheits- und Verteidigungsrats, Olexij Danilow, an, das Gremium werde sich in nächster Zeit mit der Lage der Moskau nahestehenden Kirche befassen.
Präsidentenberater Mychajlo Podoljak schrieb auf Twitter, die Kirche müsse sich entscheiden, ob sie zur Ukraine gehöre oder zum Aggressor.

Die Durchsuchung fiel in eine Zeit neuer russischer Angriffe.
In der Nacht zum Dienstag beschoss Russland nach ukrainischen Angaben erneut die Stadt Cherson, aus der die russischen Truppen vor knapp zwei Wochen abgezogen waren.

In Hamburg, wo die ukrainisch-orthodoxe Gemeinde seit dem Frühjahr mehrere Hundert Geflüchtete betreut, sorgte die Nachricht für Gesprächsstoff.
„Die meisten unserer Leute wollen mit Moskau nichts mehr zu tun haben“, sagte ein Gemeindemitglied dem Abendblatt.
"""

# ---------------------------------------------------------------- b139de03 (ref.ch)
DE03 = """
War Patriarch Kyrill in Genf für den KGB tätig?

Genf/Zürich. Der Moskauer Patriarch Kyrill soll während seiner Jahre in Genf für den sowjetischen Geheimdienst KGB gearbeitet haben.
Das berichteten die «SonntagsZeitung» und «Le Matin Dimanche» am Sonntag unter Berufung auf Akten im Schweizerischen Bundesarchiv.
Kyrill, damals ein junger Geistlicher namens Wladimir Gundjajew, vertrat ab 1971 die Russisch-Orthodoxe Kirche beim Ökumenischen Rat der Kirchen (ÖRK) in Genf.
Die Bundespolizei habe ihn und mehrere andere Kirchenvertreter aus der Sowjetunion als Agenten eingestuft, heisst es in den Berichten.

Der ÖRK wollte die Berichte am Sonntag nicht kommentieren.
Das Moskauer Patriarchat sprach von «alten Märchen», die in Zeiten der «antirussischen Hysterie» aufgewärmt würden.
Kremlsprecher Dmitri Peskow sagte am Montag, er habe die Berichte nicht gelesen, sie seien aber «offensichtlich Teil einer Kampagne» gegen die russische Kirche.

In Kiew wurden die Enthüllungen mit Genugtuung aufgenommen.
Präsidentenberater Mychajlo Podoljak forderte die EU auf, Kyrill endlich auf ihre Sanktionsliste zu setzen.
Die EU will ihr zehntes Sanktionspaket gegen Russland bis zum Jahrestag des Einmarsches am 24. Februar beschliessen.
Im Juni vergangenen Jahres war Kyrill auf Druck von Ungarns Ministerpräsident Viktor Orbán aus dem Entwurf des sechsten Pakets gestrichen worden.
Grossbritannien und Kanada belegten den Patriarchen kurz darauf mit eigenen Sanktionen.

In der Schweiz fordern Politikerinnen und Politiker von SP und Grünen, der Bundesrat solle Kyrill notfalls im Alleingang sanktionieren.
Das Staatssekretariat für Wirtschaft verweist darauf, dass die Schweiz die Sanktionen der EU übernehme, nicht aber jene Londons.
Papst Franziskus hatte Kyrill im vergangenen Mai davor gewarnt, sich zum «Messdiener Putins» zu machen.

Der ÖRK selbst hatte bei seiner Vollversammlung in Karlsruhe im September trotz Forderungen aus Kiew eine Suspendierung der russischen Kirche abgelehnt und auf Dialog gesetzt.
Der neue Generalsekretär Jerry Pillay, seit Anfang Januar im Amt, will nach eigenen Angaben in den kommenden Monaten sowohl Kiew als auch Moskau besuchen.
Ein Sprecher des Rates in Genf sagte, Archivfragen aus der Zeit des Kalten Krieges würden «mit der gebotenen Sorgfalt» geprüft.
"""

# ---------------------------------------------------------------- b139de04 (Welt am Sonntag)
DE04 = """
Abt des Kiewer Höhlenklosters unter Hausarrest

Kiew. Im Streit um das Kiewer Höhlenkloster hat ein Gericht den Vorsteher der Anlage, Metropolit Pawlo, für zwei Monate unter Hausarrest gestellt.
Der Geheimdienst SBU wirft dem Geistlichen vor, religiösen Hass geschürt und den russischen Angriffskrieg gerechtfertigt zu haben.
Das Gericht folgte am Samstag weitgehend dem Antrag der Staatsanwaltschaft; Pawlo muss eine elektronische Fußfessel tragen.
Der Metropolit bestreitet die Vorwürfe und sprach vor dem Gerichtsgebäude von „politischer Verfolgung“.

Der Fall ist der vorläufige Höhepunkt eines Streits um das Kloster, das dem Staat gehört.
Das Kulturministerium hatte Anfang März den Pachtvertrag der Ukrainischen Orthodoxen Kirche (UOK) für die untere Lawra gekündigt und die Mönche aufgefordert, das Gelände bis zum 29. März zu verlassen.
Die Mönche weigerten sich; Ende März drohte Pawlo Präsident Wolodymyr Selenskyj vor laufenden Kameras mit „Gottes Strafe“.
Kulturminister Olexander Tkatschenko sagte am Samstag, wer im Kloster bleiben wolle, könne sich der Orthodoxen Kirche der Ukraine (OKU) anschließen.

Moskau reagierte empört.
Außenamtssprecherin Maria Sacharowa sprach am Samstagabend von einer „Hexenjagd“ und forderte die Vereinten Nationen auf, die Rechte der Gläubigen zu schützen.
Kremlsprecher Dmitri Peskow nannte das Vorgehen Kiews einen „beispiellosen Angriff auf die Religionsfreiheit“.
Patriarch Kyrill hatte sich bereits vergangene Woche mit Briefen an Papst Franziskus und UN-Generalsekretär António Guterres gewandt und sie um Hilfe für die Mönche gebeten.

Selenskyj hatte im Dezember per Dekret Sanktionen gegen mehrere Geistliche der UOK verhängt und ein Gesetz auf den Weg gebracht, das der Kirche wegen ihrer Bindung an Moskau ein Verbot bringen könnte.
Das Parlament hat darüber bislang nicht abgestimmt.
Die OKU hatte zum orthodoxen Weihnachtsfest am 7. Januar erstmals einen Gottesdienst in der Mariä-Entschlafens-Kathedrale des Klosters gefeiert.
Zum Osterfest am 16. April will sie dort erneut die Liturgie feiern.

In der Nacht zum Sonntag griff Russland die Ukraine nach Angaben der Luftwaffe erneut mit iranischen Kamikazedrohnen an; die meisten seien abgeschossen worden.
"""

# ---------------------------------------------------------------- b139de05 (Ostsee-Zeitung)
DE05 = """
Estlands Parlament: Moskauer Patriarchat unterstützt Russlands Krieg

Tallinn/Rostock. Das estnische Parlament hat das Moskauer Patriarchat zu einer Institution erklärt, die die militärische Aggression Russlands unterstützt.
Für die Erklärung stimmten am Mittwoch in Tallinn 58 der 101 Abgeordneten, nur die oppositionelle Zentrumspartei votierte dagegen.
Das Papier wirft Patriarch Kyrill vor, den Angriff auf die Ukraine zu rechtfertigen und den Krieg zu einem „Heiligen Krieg“ gegen den Westen erklärt zu haben.

Regierungschefin Kaja Kallas begrüßte den Beschluss.
„Eine Kirche, die Waffen segnet, darf in Estland nicht länger Anweisungen aus Moskau empfangen“, sagte sie am Mittwochabend im estnischen Fernsehen.
Ihre Regierung will bis zum Sommer einen Gesetzentwurf vorlegen, der Religionsgemeinschaften Verbindungen zu Organisationen untersagt, die die Sicherheit des Landes gefährden.
Bereits im Januar hatte Estland die Aufenthaltsgenehmigung von Metropolit Jewgeni, dem Oberhaupt der Moskau unterstellten estnischen orthodoxen Kirche, nicht verlängert; der russische Staatsbürger musste das Land Anfang Februar verlassen.

Moskau reagierte mit scharfer Kritik.
Außenamtssprecherin Maria Sacharowa warf der Regierung in Tallinn am Donnerstag „mittelalterlichen Obskurantismus“ vor und kündigte „Gegenmaßnahmen“ an.
Kremlsprecher Dmitri Peskow sagte, der Beschluss sei Teil einer „Kampagne gegen alles Russische“ im Baltikum.
Die estnische Kirche selbst betont, sie sei in ihrer Verwaltung unabhängig und verurteile den Krieg.

Aus Kiew kam Zustimmung: Das ukrainische Außenministerium dankte dem estnischen Parlament für ein „klares Signal“.
In der Ukraine selbst hatte das Parlament im Oktober vergangenen Jahres in erster Lesung ein Gesetz gebilligt, das Religionsgemeinschaften mit Leitung in Russland verbieten soll; die zweite Lesung steht noch aus.
Auf EU-Ebene scheitern Sanktionen gegen Kyrill seit 2022 am Widerstand von Ungarns Ministerpräsident Viktor Orbán, während Großbritannien den Patriarchen schon im Juni 2022 auf seine Liste gesetzt hat.

In Rostock wird die Debatte aufmerksam verfolgt: Die russisch-orthodoxe Gemeinde der Stadt, zu der inzwischen auch viele Geflüchtete aus der Ukraine gehören, untersteht der Berliner Diözese des Moskauer Patriarchats.
Der Gemeindepriester wollte sich gegenüber der OZ nicht äußern.
"""

# ---------------------------------------------------------------- b139de06 (Frankfurter Rundschau, news ticker)
DE06 = """
Ukraine-Ticker: Kyrill betet für den „Sieg“ – Trump zeigt Verständnis für Moskau

21.40 Uhr: Der designierte US-Präsident Donald Trump hat Verständnis für Russlands Ablehnung eines Nato-Beitritts der Ukraine geäußert.
Er könne die „Gefühle“ Moskaus in dieser Frage nachvollziehen, sagte Trump auf einer Pressekonferenz in seinem Anwesen Mar-a-Lago in Florida.
Putin wolle ihn treffen, ein Treffen werde bald organisiert, sagte Trump, der am 20. Januar sein Amt antritt.

18.55 Uhr: Kremlchef Wladimir Putin hat den orthodoxen Christen zum Weihnachtsfest gratuliert und der Kirche für ihre Unterstützung der „Teilnehmer der militärischen Spezialoperation“ gedankt, wie der Kreml mitteilte.
In der Nacht hatte Putin nach Kreml-Angaben an einem Gottesdienst in der Hauskirche seiner Residenz Nowo-Ogarjowo bei Moskau teilgenommen.

16.30 Uhr: Kremlsprecher Dmitri Peskow hat Forderungen nach einer Waffenruhe über die Feiertage zurückgewiesen.
Eine Feuerpause stehe „nicht auf der Tagesordnung“, sagte Peskow in Moskau.

14.05 Uhr: In der Ukraine feiern viele Gemeinden der Ukrainischen Orthodoxen Kirche (UOK) heute Weihnachten, während die Orthodoxe Kirche der Ukraine, die seit 2023 dem neuen Kalender folgt, das Fest bereits am 25. Dezember begangen hat.
Die Religionsbehörde DESS teilte mit, ihre Prüfung der Verbindungen der UOK nach Moskau werde in den kommenden Wochen abgeschlossen.
Grundlage ist das Gesetz, das Religionsgemeinschaften mit Leitung in Russland verbietet und seit dem 23. September in Kraft ist.

11.20 Uhr: Die ukrainische Armee setzt nach eigenen Angaben ihre am Sonntag begonnenen Angriffe in der russischen Grenzregion Kursk fort.
Das russische Verteidigungsministerium meldete, es habe die Vorstöße abgewehrt.

9.45 Uhr: Patriarch Kyrill hat in der Nacht in der Moskauer Christ-Erlöser-Kathedrale die Weihnachtsliturgie gefeiert und für den „Sieg“ der russischen Truppen gebetet.
Er rief zudem die Vereinten Nationen auf, die „verfolgten Gläubigen“ der UOK in der Ukraine zu schützen.

8.10 Uhr: Russland hat die Ukraine in der Nacht mit 64 Drohnen angegriffen, teilte die ukrainische Luftwaffe mit.
In der Region Charkiw wurde ein Wohnhaus getroffen, zwei Menschen wurden verletzt.

7.00 Uhr: Guten Morgen, hier beginnt unser Ticker zum orthodoxen Weihnachtsfest.
Am Donnerstag treffen sich die Verteidigungsminister der Ukraine-Kontaktgruppe auf dem US-Stützpunkt Ramstein, zum letzten Mal unter Leitung des scheidenden US-Verteidigungsministers Lloyd Austin.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-ticker time (CET)"

DOCS = [
    doc(
        "b139de01_uok_konzil_feofanija_2022_05", "2022-05-28", DE01,
        [
            T("Freitag", "DATE", "2022-05-27"),
            T("Februar", "DATE", "2022-02"),
            T("2018", "DATE", "2018"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Samstag", "DATE", "2022-05-28"),
            T("Freitagabend", "TIME", "2022-05-27TEV"),
            T("März", "DATE", "2022-03", 0),
            T("24. Februar", "DATE", "2022-02-24"),
            T("Anfang Mai", "DATE", "2022-05", mod="START"),
            T("Montag", "DATE", "2022-05-30"),
            T("Dienstag", "DATE", "2022-05-31"),
            T("März", "DATE", "2022-03", 1),
            T("Pfingstsonntag", "DATE", "2022-06-05"),
            T("5. Juni", "DATE", "2022-06-05"),
        ],
        [
            E("UOC council condemns the war as a breach of the commandment 'thou shalt not kill'", "ACCUSE",
              ["Russia"], "2022-05-27", "context", "occurred", "verurteilte das Konzil den Krieg"),
            E("UOC council calls on the governments in Moscow and Kyiv to continue negotiations", "REQUEST",
              ["Russia", "Ukraine"], "2022-05-27", "context", "occurred", "verurteilte das Konzil den Krieg"),
            E("Zelensky welcomes every step of the church away from Moscow", "SUPPORT", ["Volodymyr Zelensky"],
              "2022-05-27TEV", "text", "occurred", "jeder Schritt der Kirche weg von Moskau"),
            E("Bills to ban the Moscow-subordinated church introduced in the Ukrainian parliament", "REQUEST",
              ["Ukraine", "Russia"], "2022-03", "text", "occurred", "Gesetzentwürfe eingebracht"),
            E("Russia's war against Ukraine since 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24",
              "text", "occurred", "seit dem 24. Februar Krieg", date_mod="START"),
            E("More than a hundred churches damaged or destroyed in the war", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02-24", "context", "occurred", "seit dem 24. Februar Krieg", date_mod="START",
              note="damage since the invasion, by the UN's count"),
            E("Commission proposes an entry ban and asset freeze on Kirill in the sixth package", "REQUEST",
              ["European Union"], "2022-05", "text", "occurred", "Die EU-Kommission hatte Anfang Mai",
              date_mod="START"),
            E("Orbán rejects listing Kirill", "REJECT", ["Viktor Orbán", "European Union"], "2022-05-28",
              "published", "occurred", "Orbán lehnt das ab"),
            E("EU leaders meet in Brussels on the sixth package", "CONSULT", ["European Union"], "2022-05-30", "text",
              "planned", "beraten am Montag und Dienstag", note="30-31 May 2022"),
        ],
        [
            S("Dmitry Peskov", "The council is an internal church matter the Kremlin does not comment on",
              "2022-05-28", "text", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            S("Volodymyr Zelensky", "Every step of the church away from Moscow is welcome, but deeds are decisive",
              "2022-05-27TEV", "text", "jeder Schritt der Kirche weg von Moskau"),
            S("United Nations", "More than a hundred churches and prayer houses damaged or destroyed", "2022-05-28",
              "published", "nach Angaben der Vereinten Nationen"),
            S("Viktor Orbán", "Will never agree to listing Kirill", "2022-05-28", "published",
              "Orbán lehnt das ab"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "United Nations", "European Union",
         "Viktor Orbán"],
    ),
    doc(
        "b139de02_sbu_durchsucht_lawra_2022_11", "2022-11-23", DE02,
        [
            T("Dienstagmorgen", "TIME", "2022-11-22TMO"),
            T("vor rund zehn Tagen", "DATE", "2022-11-13", mod="APPROX"),
            T("Mai", "DATE", "2022-05"),
            T("Dienstag", "DATE", "2022-11-22"),
            T("nächster Zeit", "DATE", "FUTURE_REF"),
            T("der Nacht zum Dienstag", "TIME", "2022-11-21TNI", note="night of 21 to 22 November"),
            T("vor knapp zwei Wochen", "DATE", "2022-W45", mod="APPROX"),
            T("dem Frühjahr", "DATE", "2022-SP"),
        ],
        [
            E("SBU searches the Kyiv-Pechersk Lavra", "COERCE", ["Ukraine"], "2022-11-22TMO", "text", "occurred",
              "hat am Dienstagmorgen das Kiewer Höhlenkloster durchsucht"),
            E("SBU searches a convent in the Rivne region", "COERCE", ["Ukraine"], "2022-11-22", "context",
              "occurred", "Frauenkloster in der Region Riwne"),
            E("Peskov accuses Kyiv of waging a war against Russian Orthodoxy", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2022-11-22", "text", "occurred", "Peskow sprach am Dienstag"),
            E("Zakharova calls on the UN to deal with the Ukrainian authorities' actions", "REQUEST",
              ["Maria Zakharova", "United Nations"], "2022-11-23", "published", "occurred",
              "forderte die Vereinten Nationen auf"),
            E("Ukraine's security council to deal with the Moscow-linked church", "CONSULT", ["Ukraine"],
              "FUTURE_REF", "vague", "planned", "Olexij Danilow"),
            E("Podolyak: the church must choose between Ukraine and the aggressor", "REQUEST", ["Ukraine"],
              "2022-11-23", "published", "occurred", "Mychajlo Podoljak schrieb"),
            E("Russian shelling of Kherson", "ASSAULT", ["Russia", "Ukraine"], "2022-11-21TNI", "text", "occurred",
              "In der Nacht zum Dienstag beschoss Russland"),
            E("Russian troops withdraw from Kherson", "RETREAT", ["Russia"], "2022-W45", "text", "occurred",
              "In der Nacht zum Dienstag beschoss Russland", date_mod="APPROX", note="11 November 2022"),
        ],
        [
            S("Ukraine", "SBU: the search is to prevent the monastery being used by saboteurs, collaborators and for "
              "weapons", "2022-11-22", "context", "überprüften Ermittler nach Angaben des SBU"),
            S("Ukraine", "SBU: the search was prompted by a video of a pro-Russian song in the Lavra", "2022-11-22",
              "context", "Anlass war nach SBU-Angaben"),
            S("Dmitry Peskov", "The search is further proof that Kyiv wages a war against Russian Orthodoxy",
              "2022-11-22", "text", "Peskow sprach am Dienstag"),
            S("Maria Zakharova", "Calls on the UN to deal with the Ukrainian authorities' actions", "2022-11-23",
              "published", "forderte die Vereinten Nationen auf"),
            S("Ukraine", "Danilov: the security council will soon deal with the Moscow-linked church", "2022-11-23",
              "published", "Olexij Danilow"),
            S("Ukraine", "Podolyak: the church must decide whether it belongs to Ukraine or to the aggressor",
              "2022-11-23", "published", "Mychajlo Podoljak schrieb"),
            S("Ukraine", "Russia shelled Kherson again overnight", "2022-11-23", "published",
              "In der Nacht zum Dienstag beschoss Russland"),
        ],
        ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United Nations"],
    ),
    doc(
        "b139de03_kyrill_kgb_genf_2023_02", "2023-02-06", DE03,
        [
            T("Sonntag", "DATE", "2023-02-05", 0),
            T("1971", "DATE", "1971"),
            T("Sonntag", "DATE", "2023-02-05", 1),
            T("Montag", "DATE", "2023-02-06"),
            T("24. Februar", "DATE", "2023-02-24"),
            T("Juni vergangenen Jahres", "DATE", "2022-06"),
            T("vergangenen Mai", "DATE", "2022-05"),
            T("September", "DATE", "2022-09"),
            T("Anfang Januar", "DATE", "2023-01", mod="START"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        ],
        [
            E("Peskov dismisses the KGB reports as part of a campaign against the Russian church", "REJECT",
              ["Dmitry Peskov"], "2023-02-06", "text", "occurred", "Peskow sagte am Montag"),
            E("Podolyak calls on the EU to put Kirill on its sanctions list", "REQUEST",
              ["Ukraine", "European Union"], "2023-02-06", "published", "occurred",
              "Podoljak forderte die EU auf"),
            E("EU to adopt its tenth sanctions package by 24 February", "SANCTION", ["European Union", "Russia"],
              "2023-02-24", "text", "planned", "zehntes Sanktionspaket"),
            E("Kirill struck from the draft of the sixth package", "CONCEDE", ["European Union"], "2022-06", "text",
              "occurred", "Im Juni vergangenen Jahres war Kyrill"),
            E("Orbán presses for Kirill's removal from the sixth package", "REQUEST",
              ["Viktor Orbán", "European Union"], "2022-06", "context", "occurred",
              "Im Juni vergangenen Jahres war Kyrill"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022-06", "context", "occurred",
              "Grossbritannien und Kanada belegten", note="16 June 2022"),
            E("Pope Francis warns Kirill not to become Putin's altar boy", "REQUEST", ["Vatican"], "2022-05", "text",
              "occurred", "Messdiener Putins"),
            E("WCC assembly rejects suspending the Russian church despite Kyiv's demands", "REJECT", ["Ukraine"],
              "2022-09", "text", "occurred", "trotz Forderungen aus Kiew"),
            E("WCC general secretary Pillay to visit Kyiv and Moscow", "CONSULT", ["Ukraine", "Russia"],
              "FUTURE_REF", "vague", "planned", "sowohl Kiew als auch Moskau besuchen"),
        ],
        [
            S("Dmitry Peskov", "Has not read the reports, but they are obviously part of a campaign against the "
              "Russian church", "2023-02-06", "text", "Peskow sagte am Montag"),
            S("Ukraine", "Podolyak: the EU should finally put Kirill on its sanctions list", "2023-02-06",
              "published", "Podoljak forderte die EU auf"),
        ],
        ["Dmitry Peskov", "Kremlin", "Russia", "Ukraine", "European Union", "Viktor Orbán", "United Kingdom",
         "Vatican", "Vladimir Putin"],
    ),
    doc(
        "b139de04_metropolit_pawlo_hausarrest_2023_04", "2023-04-02", DE04,
        [
            T("zwei Monate", "DURATION", "P2M"),
            T("Samstag", "DATE", "2023-04-01", 0),
            T("Anfang März", "DATE", "2023-03", mod="START"),
            T("29. März", "DATE", "2023-03-29"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Samstag", "DATE", "2023-04-01", 1),
            T("Samstagabend", "TIME", "2023-04-01TEV"),
            T("vergangene Woche", "DATE", "2023-W12"),
            T("Dezember", "DATE", "2022-12"),
            T("orthodoxen Weihnachtsfest", "DATE", "2023-01-07"),
            T("7. Januar", "DATE", "2023-01-07"),
            T("Osterfest", "DATE", "2023-04-16"),
            T("16. April", "DATE", "2023-04-16"),
            T("der Nacht zum Sonntag", "TIME", "2023-04-01TNI", note="night of 1 to 2 April"),
        ],
        [
            E("Court places Metropolitan Pavlo under house arrest for two months", "COERCE", ["Ukraine"],
              "2023-04-01", "context", "occurred", "für zwei Monate unter Hausarrest gestellt"),
            E("SBU accuses Pavlo of inciting religious hatred and justifying Russia's war", "ACCUSE", ["Ukraine"],
              "2023-04-01", "context", "occurred", "Der Geheimdienst SBU wirft dem Geistlichen vor"),
            E("Culture ministry terminates the UOC's lease of the Lower Lavra", "SANCTION", ["Ukraine"], "2023-03",
              "text", "occurred", "den Pachtvertrag", date_mod="START"),
            E("Ministry orders the monks to leave the Lavra by 29 March", "THREATEN", ["Ukraine"], "2023-03",
              "context", "occurred", "den Pachtvertrag", date_mod="START", note="deadline 29 March 2023"),
            E("Pavlo threatens Zelensky with God's punishment", "THREATEN", ["Volodymyr Zelensky"], "2023-03",
              "text", "occurred", "drohte Pawlo Präsident", date_mod="END"),
            E("Culture minister: monks who want to stay can join the OCU", "REQUEST", ["Ukraine"], "2023-04-01",
              "text", "occurred", "Kulturminister Olexander Tkatschenko sagte am Samstag"),
            E("Zakharova calls the proceedings a witch hunt", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2023-04-01TEV", "text", "occurred", "Hexenjagd"),
            E("Zakharova calls on the UN to protect the rights of believers", "REQUEST",
              ["Maria Zakharova", "United Nations"], "2023-04-01TEV", "text", "occurred", "Hexenjagd"),
            E("Peskov calls Kyiv's action an unprecedented attack on religious freedom", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2023-04-02", "published", "occurred", "beispiellosen Angriff"),
            E("Kirill writes to Pope Francis and Guterres asking for help for the monks", "REQUEST",
              ["Vatican", "António Guterres"], "2023-W12", "text", "occurred", "mit Briefen an Papst Franziskus"),
            E("Zelensky imposes sanctions on several UOC clerics by decree", "SANCTION", ["Volodymyr Zelensky"],
              "2022-12", "text", "occurred", "per Dekret Sanktionen"),
            E("Zelensky initiates a law that could ban the Moscow-linked church", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-12", "context", "occurred", "per Dekret Sanktionen"),
            E("Russian drone attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2023-04-01TNI", "text",
              "occurred", "In der Nacht zum Sonntag griff Russland"),
        ],
        [
            S("Ukraine", "SBU: Pavlo incited religious hatred and justified Russia's war", "2023-04-01", "context",
              "Der Geheimdienst SBU wirft dem Geistlichen vor"),
            S("Ukraine", "Tkachenko: whoever wants to stay in the monastery can join the OCU", "2023-04-01", "text",
              "Kulturminister Olexander Tkatschenko sagte am Samstag"),
            S("Russia", "Moscow reacts with outrage", "2023-04-02", "published", "Moskau reagierte empört."),
            S("Maria Zakharova", "A witch hunt; the UN should protect the rights of believers", "2023-04-01TEV",
              "text", "Hexenjagd"),
            S("Dmitry Peskov", "Kyiv's action is an unprecedented attack on religious freedom", "2023-04-02",
              "published", "beispiellosen Angriff"),
            S("Ukraine", "Air force: renewed attack with Iranian drones, most shot down", "2023-04-02", "published",
              "In der Nacht zum Sonntag griff Russland"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Maria Zakharova", "United Nations", "Kremlin", "Dmitry Peskov",
         "Vatican", "António Guterres"],
    ),
    doc(
        "b139de05_estland_moskauer_patriarchat_2024_04", "2024-04-18", DE05,
        [
            T("Mittwoch", "DATE", "2024-04-17"),
            T("Mittwochabend", "TIME", "2024-04-17TEV"),
            T("Sommer", "DATE", "2024-SU"),
            T("Januar", "DATE", "2024-01"),
            T("Anfang Februar", "DATE", "2024-02", mod="START"),
            T("Donnerstag", "DATE", "2024-04-18"),
            T("Oktober vergangenen Jahres", "DATE", "2023-10"),
            T("2022", "DATE", "2022", 0),
            T("Juni 2022", "DATE", "2022-06"),
        ],
        [
            E("Estonian parliament declares the Moscow Patriarchate an institution supporting Russia's aggression",
              "ACCUSE", ["Russia"], "2024-04-17", "context", "occurred", "Das estnische Parlament hat"),
            E("Kallas welcomes the parliament's declaration", "SUPPORT", ["Kaja Kallas"], "2024-04-17", "context",
              "occurred", "Kallas begrüßte den Beschluss"),
            E("Kallas: a church that blesses weapons must no longer take instructions from Moscow", "REQUEST",
              ["Kaja Kallas", "Russia"], "2024-04-17TEV", "text", "occurred", "Eine Kirche, die Waffen segnet"),
            E("Kallas's government to present a bill barring religious groups from ties to dangerous organisations",
              "REQUEST", ["Kaja Kallas"], "2024-SU", "text", "planned", "Ihre Regierung will bis zum Sommer"),
            E("Zakharova accuses Tallinn of medieval obscurantism", "ACCUSE", ["Maria Zakharova"], "2024-04-18",
              "text", "occurred", "mittelalterlichen Obskurantismus"),
            E("Zakharova announces countermeasures", "THREATEN", ["Maria Zakharova"], "2024-04-18", "context",
              "occurred", "mittelalterlichen Obskurantismus"),
            E("Peskov calls the decision part of a campaign against everything Russian", "ACCUSE",
              ["Dmitry Peskov"], "2024-04-18", "published", "occurred", "Kampagne gegen alles Russische"),
            E("Ukraine thanks the Estonian parliament", "SUPPORT", ["Ukraine"], "2024-04-18", "published",
              "occurred", "dankte dem estnischen Parlament"),
            E("Rada approves in first reading a bill banning religious groups led from Russia", "SANCTION",
              ["Ukraine", "Russia"], "2023-10", "text", "occurred", "in erster Lesung"),
            E("Orbán blocks EU sanctions on Kirill", "REJECT", ["Viktor Orbán", "European Union"], "2022", "text",
              "occurred", "Auf EU-Ebene scheitern Sanktionen", date_mod="START"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022-06", "text", "occurred",
              "Auf EU-Ebene scheitern Sanktionen"),
        ],
        [
            S("Kaja Kallas", "A church that blesses weapons must no longer take instructions from Moscow in Estonia",
              "2024-04-17TEV", "text", "Eine Kirche, die Waffen segnet"),
            S("Russia", "Moscow reacts with sharp criticism", "2024-04-18", "published",
              "Moskau reagierte mit scharfer Kritik."),
            S("Maria Zakharova", "Accuses Tallinn of medieval obscurantism and announces countermeasures",
              "2024-04-18", "text", "mittelalterlichen Obskurantismus"),
            S("Dmitry Peskov", "The decision is part of a campaign against everything Russian in the Baltics",
              "2024-04-18", "published", "Kampagne gegen alles Russische"),
            S("Ukraine", "Foreign ministry thanks the Estonian parliament for a clear signal", "2024-04-18",
              "published", "dankte dem estnischen Parlament"),
        ],
        ["Russia", "Ukraine", "Kaja Kallas", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Viktor Orbán",
         "European Union", "United Kingdom"],
    ),
    doc(
        "b139de06_ticker_orthodoxe_weihnachten_2025_01", "2025-01-07", DE06,
        [
            T("21.40 Uhr", "TIME", "2025-01-07T21:40", note=LIVE),
            T("bald", "DATE", "FUTURE_REF"),
            T("20. Januar", "DATE", "2025-01-20"),
            T("18.55 Uhr", "TIME", "2025-01-07T18:55", note=LIVE),
            T("Weihnachtsfest", "DATE", "2025-01-07"),
            T("der Nacht", "TIME", "2025-01-06TNI", 0, note="night of 6 to 7 January"),
            T("16.30 Uhr", "TIME", "2025-01-07T16:30", note=LIVE),
            T("14.05 Uhr", "TIME", "2025-01-07T14:05", note=LIVE),
            T("heute", "DATE", "2025-01-07"),
            T("2023", "DATE", "2023"),
            T("25. Dezember", "DATE", "2024-12-25"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("23. September", "DATE", "2024-09-23"),
            T("11.20 Uhr", "TIME", "2025-01-07T11:20", note=LIVE),
            T("Sonntag", "DATE", "2025-01-05"),
            T("9.45 Uhr", "TIME", "2025-01-07T09:45", note=LIVE),
            T("der Nacht", "TIME", "2025-01-06TNI", 1, note="night of 6 to 7 January"),
            T("8.10 Uhr", "TIME", "2025-01-07T08:10", note=LIVE),
            T("der Nacht", "TIME", "2025-01-06TNI", 2, note="night of 6 to 7 January"),
            T("7.00 Uhr", "TIME", "2025-01-07T07:00", note=LIVE),
            T("orthodoxen Weihnachtsfest", "DATE", "2025-01-07"),
            T("Donnerstag", "DATE", "2025-01-09"),
        ],
        [
            E("Trump voices understanding for Russia's rejection of Ukraine's NATO membership", "SUPPORT",
              ["Donald Trump", "Russia"], "2025-01-07", "context", "occurred", "Trump hat Verständnis"),
            E("Trump: a meeting with Putin will be organised soon", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "ein Treffen werde bald organisiert"),
            E("Peskov rejects calls for a holiday ceasefire", "REJECT", ["Dmitry Peskov"], "2025-01-07", "context",
              "occurred", "Forderungen nach einer Waffenruhe"),
            E("Ukraine's law banning religious groups led from Russia in force since 23 September", "SANCTION",
              ["Ukraine", "Russia"], "2024-09-23", "text", "occurred", "seit dem 23. September in Kraft"),
            E("Ukrainian attacks in Russia's Kursk region, begun on Sunday", "ASSAULT", ["Ukraine", "Russia"],
              "2025-01-05", "text", "occurred", "am Sonntag begonnenen Angriffe", date_mod="START"),
            E("Kirill calls on the UN to protect the 'persecuted believers' of the UOC", "REQUEST",
              ["United Nations"], "2025-01-06TNI", "context", "occurred", "Er rief zudem die Vereinten Nationen auf"),
            E("Russian drone attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-01-06TNI", "text",
              "occurred", "mit 64 Drohnen angegriffen"),
            E("Ukraine contact group meets in Ramstein under Austin", "CONSULT", ["United States", "Ukraine"],
              "2025-01-09", "text", "planned", "Am Donnerstag treffen sich"),
        ],
        [
            S("Donald Trump", "Can understand Moscow's 'feelings' about Ukraine's NATO membership", "2025-01-07",
              "context", "Er könne die „Gefühle“ Moskaus"),
            S("Donald Trump", "Putin wants to meet him; a meeting will be organised soon", "2025-01-07", "context",
              "ein Treffen werde bald organisiert"),
            S("Vladimir Putin, via Kremlin", "Congratulates Orthodox Christians and thanks the church for supporting "
              "the soldiers", "2025-01-07", "context", "hat den orthodoxen Christen zum Weihnachtsfest"),
            S("Kremlin", "Putin attended a service in the house church of Novo-Ogaryovo overnight", "2025-01-07",
              "context", "nach Kreml-Angaben"),
            S("Dmitry Peskov", "A ceasefire is not on the agenda", "2025-01-07", "context",
              "nicht auf der Tagesordnung"),
            S("Ukraine", "DESS: the review of the UOC's ties to Moscow will be completed in the coming weeks",
              "2025-01-07", "context", "Die Religionsbehörde DESS"),
            S("Ukraine", "The army continues its attacks in the Kursk region", "2025-01-07", "context",
              "am Sonntag begonnenen Angriffe"),
            S("Russia", "Defence ministry: the advances were repelled", "2025-01-07", "context",
              "Das russische Verteidigungsministerium meldete"),
            S("Ukraine", "Air force: Russia attacked with 64 drones overnight", "2025-01-07", "context",
              "mit 64 Drohnen angegriffen"),
        ],
        ["Donald Trump", "Russia", "Ukraine", "NATO", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "United Nations",
         "United States"],
    ),
]
