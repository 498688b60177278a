"""German articles of the blind68 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b68de01 (Pfälzischer Merkur)
DE01 = """
Ramstein-Runde: Pistorius sagt Kiew neue Munition zu – Taurus bleibt offen

Ramstein/Zweibrücken. Bei ihrem 16. Treffen auf der US-Luftwaffenbasis Ramstein haben die Unterstützerstaaten der Ukraine am Dienstag weitere Militärhilfe für den bevorstehenden Winter zugesagt.
Gastgeber Lloyd Austin, der amerikanische Verteidigungsminister, sagte nach der rund vierstündigen Sitzung, die Kontaktgruppe werde sich auf die Luftverteidigung konzentrieren, „damit die Ukraine ihre Städte und ihr Stromnetz schützen kann“.
Erstmals saß der neue ukrainische Verteidigungsminister Rustem Umjerow mit am Tisch, der Anfang des Monats die Nachfolge von Olexij Resnikow angetreten hatte.

Bundesverteidigungsminister Boris Pistorius (SPD) kündigte am Rande des Treffens ein neues Paket im Wert von rund 400 Millionen Euro an, darunter Artilleriemunition, Schützenpanzer vom Typ Marder und weitere Minenräumgeräte.
Über eine Lieferung des Marschflugkörpers Taurus sei dagegen noch nicht entschieden, sagte der SPD-Politiker: „Das Thema ist nicht vom Tisch, aber es gibt keinen neuen Stand.“
Umjerow hatte seinen deutschen Kollegen zuvor in einem Gespräch unter vier Augen um die Waffe gebeten, die Ziele in mehr als 500 Kilometern Entfernung treffen kann.
Kanzler Olaf Scholz hatte sich vergangene Woche im Bundestag erneut ablehnend geäußert und betont, er werde sich „nicht drängen lassen“.

Austin zufolge sollen die ersten amerikanischen Kampfpanzer vom Typ Abrams in den kommenden Tagen in der Ukraine eintreffen.
Washington stellte zudem ein weiteres Paket über 325 Millionen Dollar in Aussicht, das Präsident Joe Biden am Donnerstag beim Besuch seines ukrainischen Amtskollegen Wolodymyr Selenskyj im Weißen Haus verkünden will.
Selenskyj sprach am Dienstag vor der UN-Generalversammlung in New York und warf Russland vor, Lebensmittel und Energie als Waffen einzusetzen.
Am heutigen Mittwoch will er im Sicherheitsrat auftreten, wo auch Russlands Außenminister Sergej Lawrow erwartet wird.

Aus Moskau kam prompt Kritik.
Kremlsprecher Dmitri Peskow sagte am Dienstag, die Lieferungen der Nato-Staaten würden den Konflikt nur verlängern, am Ausgang der „militärischen Spezialoperation“ aber nichts ändern.
Außenamtssprecherin Maria Sacharowa warnte Berlin, eine Taurus-Lieferung würde Deutschland „direkt in den Konflikt hineinziehen“, und drohte mit Konsequenzen.

In der Nacht zum Dienstag hatte Russland die westukrainische Stadt Lwiw mit Drohnen angegriffen; nach Behördenangaben brannte ein Lagerhaus mit humanitären Gütern aus.
Selenskyj verlangte noch am selben Tag in New York mehr Flugabwehrsysteme von den westlichen Partnern.

Für die Westpfalz bedeutete der Ministerauflauf erneut Sperrungen rund um den Stützpunkt.
Die Polizei hatte die Zufahrten zur Air Base bereits seit Montagabend abgeriegelt; ab Mittwochmittag sollen die Straßen wieder frei sein.
Das nächste Treffen der Kontaktgruppe ist nach Angaben des Pentagons für Oktober in Brüssel geplant.
"""

# ---------------------------------------------------------------- b68de02 (Göttinger Tageblatt)
DE02 = """
Zehn Jahre Beistand: Scholz und Selenskyj unterzeichnen Sicherheitsabkommen

Berlin/Göttingen. Deutschland hat sich in einem bilateralen Abkommen verpflichtet, die Ukraine über die kommenden zehn Jahre militärisch und finanziell zu unterstützen.
Bundeskanzler Olaf Scholz (SPD) und der ukrainische Präsident Wolodymyr Selenskyj unterzeichneten das Dokument am Freitagnachmittag im Kanzleramt, nachdem beide gut eine Stunde unter vier Augen gesprochen hatten.
Zugleich sagte Scholz ein weiteres Rüstungspaket im Wert von 1,1 Milliarden Euro zu, darunter 36 Haubitzen und 120.000 Schuss Artilleriemunition.
„Das ist ein historischer Schritt“, sagte der Kanzler bei der gemeinsamen Pressekonferenz.

Für dieses Jahr sind deutsche Hilfen von mehr als sieben Milliarden Euro eingeplant.
Eine Beistandspflicht nach dem Vorbild von Artikel 5 des Nato-Vertrags enthält das Papier nicht; es soll der Ukraine aber bis zu einem Beitritt zur Allianz Schutz bieten.
Großbritannien hatte als erstes Land bereits Mitte Januar ein solches Abkommen mit Kiew geschlossen.

Am Abend reiste Selenskyj weiter nach Paris, wo Präsident Emmanuel Macron im Élysée-Palast ein ähnliches Abkommen mit ihm unterzeichnete.
Frankreich sagt darin für 2024 zusätzliche Militärhilfe von bis zu drei Milliarden Euro zu.
Macron sprach von einer Zäsur und rief die Europäer auf, sich auf einen langen Krieg einzustellen.

In Berlin hatte Selenskyj die Verbündeten eindringlich um mehr Artilleriemunition und Waffen mit größerer Reichweite gebeten.
Eine Lieferung von Taurus-Marschflugkörpern lehnte Scholz auf Nachfrage erneut ab.
Am heutigen Samstag wird der ukrainische Präsident auf der Münchner Sicherheitskonferenz erwartet, wo er unter anderem US-Vizepräsidentin Kamala Harris treffen will.

Der Kreml reagierte mit Geringschätzung.
Solche Papiere seien „nichts wert“, solange Berlin und Paris Kiew zu einem Krieg „bis zum letzten Ukrainer“ drängten, sagte Kremlsprecher Dmitri Peskow am Freitagabend.
Außenamtssprecherin Maria Sacharowa nannte die Abkommen eine „Absichtserklärung zur Verlängerung des Blutvergießens“.

Überschattet wurde der Freitag von der Nachricht vom Tod des Kremlkritikers Alexej Nawalny in einem Straflager nördlich des Polarkreises.
In der Nacht zum Samstag ordnete der ukrainische Oberbefehlshaber Olexander Syrskyj zudem den Rückzug seiner Truppen aus der seit Monaten umkämpften Stadt Awdijiwka an.
In Göttingen leben nach Angaben der Stadt derzeit rund 2.400 Geflüchtete aus der Ukraine; der Ukrainische Verein lädt für kommenden Samstag zu einer Kundgebung am Gänseliesel ein.
"""

# ---------------------------------------------------------------- b68de03 (Thurgauer Zeitung)
DE03 = """
«Koalition der Willigen»: Starmer will die Pläne für eine Friedenstruppe vorantreiben

London. Auf Einladung des britischen Premierministers Keir Starmer haben am Samstag rund 25 Staats- und Regierungschefs in einer Videokonferenz über Sicherheitsgarantien für die Ukraine beraten.
Die Planungen für eine multinationale Truppe träten jetzt in eine «operative Phase», sagte Starmer nach dem knapp zweistündigen Gespräch vor den Medien in der Downing Street.
Bereits am Donnerstag sollen die Militärchefs der beteiligten Länder in Grossbritannien zusammenkommen, um die Einsätze zu Lande, zu Wasser und in der Luft zu konkretisieren.

Zugeschaltet waren unter anderen der französische Präsident Emmanuel Macron, die italienische Ministerpräsidentin Giorgia Meloni, der scheidende deutsche Bundeskanzler Olaf Scholz, EU-Kommissionspräsidentin Ursula von der Leyen, Nato-Generalsekretär Mark Rutte und der ukrainische Präsident Wolodymyr Selenskyj.
Meloni bekräftigte nach Angaben aus Rom, Italien werde keine eigenen Soldaten in die Ukraine entsenden.
Scholz versicherte, Deutschland werde die Ukraine weiter unterstützen; eine Debatte über deutsche Bodentruppen sei aber verfrüht.

Starmer forderte Kremlchef Wladimir Putin auf, der von den USA vorgeschlagenen 30-tägigen Waffenruhe ohne Vorbedingungen zuzustimmen; der Ball liege jetzt «in seinem Feld».
Putin hatte am Donnerstag in Moskau erklärt, er unterstütze die Idee einer Feuerpause grundsätzlich, es gebe aber «Nuancen», die zuerst geklärt werden müssten.
Am selben Abend war der US-Sondergesandte Steve Witkoff im Kreml mit ihm zusammengetroffen.
Selenskyj warf Putin in der Videokonferenz vor, die Waffenruhe mit immer neuen Bedingungen hinauszuzögern, und verlangte mehr Druck auf Moskau.

US-Präsident Donald Trump kündigte am Sonntagabend an, er werde am Dienstag mit Putin telefonieren.
Die USA gehören der Koalition nicht an; Starmer und Macron werben in Washington aber um eine amerikanische Rückversicherung für eine Friedenstruppe, einen sogenannten Backstop.

Moskau lehnt die Pläne ab.
Aussenamtssprecherin Maria Sacharowa hatte bereits am Donnerstag erklärt, Soldaten aus Nato-Staaten in der Ukraine würden für Russland einen «direkten bewaffneten Konflikt» bedeuten und entsprechend behandelt.
Kremlsprecher Dmitri Peskow wies die Londoner Initiative am Montagmorgen als «Einmischung» zurück, die einer Einigung im Weg stehe.

Die Schweiz ist an der Koalition nicht beteiligt.
Das Eidgenössische Departement für auswärtige Angelegenheiten teilte auf Anfrage mit, man verfolge die Gespräche «mit grossem Interesse».
Auch im Thurgau wird die Debatte aufmerksam verfolgt: Beim Waffenplatz Frauenfeld sind derzeit rund 40 ukrainische Offiziere zu Gast, die in der Schweiz an einem Kurs in humanitärer Minenräumung teilnehmen.
"""

# ---------------------------------------------------------------- b68de04 (Badisches Tagblatt)
DE04 = """
Amerikanische Marschflugkörper für Deutschland: Moskau kündigt Gegenmaßnahmen an

Washington/Baden-Baden. Die USA wollen von 2026 an erstmals seit dem Ende des Kalten Krieges wieder Waffen mit großer Reichweite in Deutschland stationieren.
Das teilten die Regierungen beider Länder am Mittwochabend am Rande des Nato-Gipfels in Washington in einer knappen gemeinsamen Erklärung mit.
Vorgesehen sind zunächst zeitweise Stationierungen von Tomahawk-Marschflugkörpern, SM-6-Raketen und neu entwickelten Hyperschallwaffen, die später in eine dauerhafte Präsenz übergehen sollen.
Bundeskanzler Olaf Scholz (SPD) begrüßte den Schritt am Donnerstagmorgen als „sehr gute Entscheidung“, die der Abschreckung diene.

Der Kreml reagierte scharf.
Kremlsprecher Dmitri Peskow sprach am Donnerstag von einer „sehr ernsten Bedrohung“ für die Sicherheit Russlands, der man mit „durchdachten, koordinierten und wirksamen“ Schritten begegnen werde.
Die europäischen Hauptstädte würden so wieder zur Zielscheibe russischer Raketen, wie zur Zeit der Blockkonfrontation, fügte Peskow hinzu.
Vizeaußenminister Sergej Rjabkow kündigte eine „militärische Antwort“ an, die man „ohne Nerven und ohne Emotionen“ vorbereiten werde.
Kremlchef Wladimir Putin hatte bereits Ende Juni gedroht, Russland werde die Produktion von Mittelstreckenraketen wieder aufnehmen, sollten die USA solche Waffen in Europa aufstellen.

Beim Gipfel selbst stand die Ukraine im Mittelpunkt.
Die Staats- und Regierungschefs der 32 Mitgliedstaaten bescheinigten dem Land in ihrer Abschlusserklärung einen „unumkehrbaren“ Weg in die Nato und sagten für das kommende Jahr Militärhilfe von mindestens 40 Milliarden Euro zu.
Bereits am Dienstag hatten die USA, Deutschland, die Niederlande, Rumänien und Italien angekündigt, Kiew fünf weitere Patriot-Systeme und andere strategische Flugabwehrsysteme zu liefern.
Der ukrainische Präsident Wolodymyr Selenskyj, der am Mittwochabend am Essen von US-Präsident Joe Biden für die Gipfelteilnehmer im Weißen Haus teilnahm, verlangte, die Beschränkungen für den Einsatz westlicher Waffen gegen Ziele in Russland aufzuheben.

Verteidigungsminister Boris Pistorius (SPD) sagte, mit der Stationierung werde eine „ernsthafte Fähigkeitslücke“ in Europa geschlossen.
Kritik kam dagegen aus den eigenen Reihen: SPD-Fraktionschef Rolf Mützenich warnte vor einer neuen Rüstungsspirale.
Wo genau die Waffen stehen sollen, ist noch offen.
Im Gespräch ist nach Medienberichten unter anderem Wiesbaden, wo die US-Armee seit 2021 ein Kommando für weitreichende Waffen unterhält.

In Mittelbaden weckt die Nachricht Erinnerungen: Der frühere kanadische Luftwaffenstützpunkt Söllingen bei Rheinmünster war bis 1993 Teil der Nato-Verteidigung am Oberrhein.
"""

# ---------------------------------------------------------------- b68de05 (Ludwigsburger Kreiszeitung)
DE05 = """
Merz gibt den Taurus frei – Moskau bestellt den deutschen Botschafter ein

Berlin/Ludwigsburg. Nach jahrelangem Ringen liefert Deutschland der Ukraine Marschflugkörper vom Typ Taurus.
Bundeskanzler Friedrich Merz (CDU) gab die Entscheidung am Mittwochabend nach einer Sitzung des Bundessicherheitsrats im Kanzleramt bekannt.
Eine erste Tranche von 50 Flugkörpern soll bis Ende April in der Ukraine eintreffen, weitere 100 sollen im Laufe des Sommers folgen.
Die Bundeswehr werde keine Zielplanung übernehmen, betonte Merz; Kiew habe schriftlich zugesichert, die Waffe ausschließlich gegen militärische Ziele einzusetzen.

Der Kanzler begründete den Schritt mit den anhaltenden russischen Angriffen auf die Energieversorgung der Ukraine und warf Kremlchef Wladimir Putin vor, die Gespräche in Genf gezielt zu verschleppen.
„Wer auf Zeit spielt und zugleich Kraftwerke bombardiert, muss mit Konsequenzen rechnen“, sagte Merz.
Die Regierung in Kiew hatte seit Mai 2023 immer wieder um den Taurus gebeten, Merz' Vorgänger Olaf Scholz hatte eine Lieferung stets abgelehnt.

Präsident Wolodymyr Selenskyj dankte Merz noch in der Nacht auf der Plattform X für eine „mutige Entscheidung“, die „Leben retten“ werde.
Beide hatten nach Angaben eines Regierungssprechers bereits am Montag miteinander telefoniert.

Die Reaktion aus Moskau ließ nicht lange auf sich warten.
Das russische Außenministerium bestellte am Donnerstagmorgen den deutschen Botschafter Alexander Graf Lambsdorff ein.
Sprecherin Maria Sacharowa sprach von einem „feindseligen Akt“, mit dem sich Deutschland „endgültig zur Kriegspartei“ mache.
Kremlsprecher Dmitri Peskow sagte, deutsche Einrichtungen, die an Wartung oder Einsatz der Systeme beteiligt seien, würden zu „legitimen Zielen“.
Außenminister Sergej Lawrow hatte Berlin bereits vergangene Woche ausdrücklich vor einem solchen Schritt gewarnt.

Aus Washington kam Zustimmung.
Außenminister Marco Rubio ließ über einen Sprecher erklären, die USA respektierten die „souveräne Entscheidung“ Berlins.
Frankreich und Großbritannien liefern mit Scalp und Storm Shadow bereits seit 2023 vergleichbare Waffen an die Ukraine.

Im Kreis Ludwigsburg stieß die Entscheidung auf geteiltes Echo.
Die Friedensinitiative Ludwigsburg kündigte für Samstag eine Mahnwache auf dem Marktplatz an, während der CDU-Kreisverband von einem „überfälligen Signal“ sprach.
"""

# ---------------------------------------------------------------- b68de06 (Nordsee-Zeitung)
DE06 = """
Hegseth in Brüssel: Europäer sollen mehr US-Waffen für Kiew kaufen

Brüssel/Bremerhaven. Die Unterstützer der Ukraine haben am Mittwoch im Nato-Hauptquartier in Brüssel weitere Milliardenhilfen für die Luftverteidigung des Landes zugesagt.
Zum 31. Treffen der sogenannten Ramstein-Gruppe hatten der britische Verteidigungsminister John Healey und sein deutscher Kollege Boris Pistorius eingeladen; erstmals seit Februar nahm auch US-Verteidigungsminister Pete Hegseth wieder persönlich teil.

Hegseth forderte die Europäer auf, über den Nato-Mechanismus PURL deutlich mehr amerikanische Waffen für Kiew zu kaufen.
Sollte sich kein Weg zum Frieden abzeichnen, würden die USA gemeinsam mit ihren Verbündeten „die notwendigen Schritte ergreifen, um Russland Kosten aufzuerlegen“, sagte er.
Ob Washington der Ukraine auch Tomahawk-Marschflugkörper überlässt, ließ der Pentagon-Chef offen.

Pistorius kündigte an, Deutschland werde im kommenden Jahr Militärhilfe im Umfang von mehr als elf Milliarden Euro leisten, darunter zwei weitere Patriot-Systeme.
Zusätzlich beteiligt sich Berlin mit 500 Millionen Dollar an einem PURL-Paket, aus dem amerikanische Abfangraketen für die Ukraine bezahlt werden.
Healey berichtete, Großbritannien habe in den vergangenen Monaten mehr als 85.000 Drohnen geliefert.

Der ukrainische Verteidigungsminister Denys Schmyhal bat um zusätzliche Flugabwehrsysteme für den Winter.
In der Nacht zum Mittwoch hatte Russland erneut Gasförderanlagen im Osten des Landes mit Drohnen und Raketen angegriffen.
Präsident Wolodymyr Selenskyj reist am Freitag nach Washington, wo er US-Präsident Donald Trump treffen und um Tomahawks werben will.

Aus Moskau kamen erneut Warnungen.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, eine Lieferung von Tomahawks würde „eine neue Stufe der Eskalation“ bedeuten, auch im Verhältnis zwischen Russland und den USA.
Zugleich warf er den Europäern vor, Trump zu einer Fortsetzung des Krieges zu drängen.
Die Verteidigungsminister der Nato beraten am Donnerstag weiter, unter anderem über die Drohnenabwehr an der Ostflanke.

Für Bremerhaven ist das Thema nicht abstrakt: Über die Kajen des Containerterminals werden seit dem Frühjahr 2022 immer wieder amerikanische Rüstungsgüter für die Nato-Partner in Osteuropa umgeschlagen.
Hafenkreise rechnen damit, dass die Zahl der Militärtransporte im kommenden Jahr weiter steigt.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b68de01_ramstein_umerov_taurus_2023_09", "2023-09-20", DE01,
        [
            T("Dienstag", "DATE", "2023-09-19", 0),
            T("den bevorstehenden Winter", "DATE", "2023-WI"),
            T("rund vierstündigen", "DURATION", "PT4H", mod="APPROX"),
            T("Anfang des Monats", "DATE", "2023-09", mod="START"),
            T("vergangene Woche", "DATE", "2023-W37"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2023-09-21"),
            T("Dienstag", "DATE", "2023-09-19", 1),
            T("heutigen Mittwoch", "DATE", "2023-09-20"),
            T("Dienstag", "DATE", "2023-09-19", 2),
            T("der Nacht zum Dienstag", "TIME", "2023-09-18TNI", note="night of 18 to 19 September 2023"),
            T("selben Tag", "DATE", "2023-09-19"),
            T("Montagabend", "TIME", "2023-09-18TEV"),
            T("Mittwochmittag", "TIME", "2023-09-20T12:00"),
            T("Oktober", "DATE", "2023-10"),
        ],
        [
            E("Ukraine Defense Contact Group meets at Ramstein Air Base", "CONSULT",
              ["United States", "Germany", "Ukraine", "Rustem Umerov"], "2023-09-19", "text", "occurred",
              "Bei ihrem 16. Treffen"),
            E("Austin: the contact group will concentrate on air defence for Ukraine", "AID",
              ["United States", "Ukraine"], "2023-09-19", "context", "planned", "Gastgeber Lloyd Austin",
              note="promise made at the meeting; no delivery date"),
            E("Pistorius announces a new German package of about 400 million euros", "AID", ["Germany", "Ukraine"],
              "2023-09-19", "context", "occurred", "kündigte am Rande des Treffens"),
            E("No decision yet on delivering Taurus cruise missiles", "AID", ["Germany", "Ukraine"], "2023-09-20",
              "published", "uncertain", "Über eine Lieferung des Marschflugkörpers Taurus",
              note="undecided; no date"),
            E("Umerov and Pistorius talk in private on the sidelines", "CONSULT", ["Rustem Umerov", "Germany"],
              "2023-09-19", "context", "occurred", "Umjerow hatte seinen deutschen Kollegen"),
            E("Umerov asks Pistorius for Taurus missiles", "REQUEST", ["Rustem Umerov", "Germany"], "2023-09-19",
              "context", "occurred", "Umjerow hatte seinen deutschen Kollegen"),
            E("Scholz again rejects a Taurus delivery in the Bundestag", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2023-W37", "text", "occurred", "Kanzler Olaf Scholz hatte sich"),
            E("First US Abrams tanks to arrive in Ukraine", "AID", ["United States", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Austin zufolge"),
            E("Biden to announce a further 325 million dollar package", "AID", ["United States", "Joe Biden", "Ukraine"],
              "2023-09-21", "text", "planned", "Washington stellte zudem"),
            E("Biden to receive Zelensky at the White House", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2023-09-21", "text", "planned", "Washington stellte zudem"),
            E("Zelensky accuses Russia at the UN General Assembly of weaponising food and energy", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-09-19", "text", "occurred", "Selenskyj sprach am Dienstag"),
            E("Zelensky to appear before the Security Council, Lavrov expected", "CONSULT",
              ["Volodymyr Zelensky", "United Nations", "Sergey Lavrov"], "2023-09-20", "text", "planned",
              "Am heutigen Mittwoch"),
            E("Peskov: NATO states' deliveries only prolong the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"],
              "2023-09-19", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("Peskov: the deliveries will not change the outcome", "REJECT", ["Dmitry Peskov", "NATO"],
              "2023-09-19", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            E("Zakharova warns Berlin against a Taurus delivery", "REQUEST", ["Maria Zakharova", "Germany"],
              "2023-09-20", "published", "occurred", "Außenamtssprecherin Maria Sacharowa warnte Berlin"),
            E("Zakharova threatens Germany with consequences", "THREATEN", ["Maria Zakharova", "Germany"],
              "2023-09-20", "published", "occurred", "Außenamtssprecherin Maria Sacharowa warnte Berlin"),
            E("Russian drone attack on Lviv destroys a warehouse with humanitarian goods", "ASSAULT",
              ["Russia", "Ukraine"], "2023-09-18TNI", "text", "occurred", "In der Nacht zum Dienstag hatte Russland",
              note="night of 18 to 19 September 2023"),
            E("Zelensky demands more air-defence systems from Western partners", "REQUEST", ["Volodymyr Zelensky"],
              "2023-09-19", "text", "occurred", "Selenskyj verlangte noch am selben Tag"),
            E("Next contact-group meeting planned in Brussels", "CONSULT", ["United States", "Germany", "Ukraine"],
              "2023-10", "text", "planned", "Das nächste Treffen der Kontaktgruppe"),
        ],
        [
            S("United States", "Austin: the contact group will concentrate on air defence so Ukraine can protect its "
              "cities and power grid", "2023-09-19", "context", "Gastgeber Lloyd Austin"),
            S("Germany", "Pistorius announces a package of about 400 million euros", "2023-09-19", "context",
              "kündigte am Rande des Treffens"),
            S("Germany", "Pistorius: Taurus is not off the table, but there is nothing new", "2023-09-19", "context",
              "Über eine Lieferung des Marschflugkörpers Taurus"),
            S("Olaf Scholz", "Will not be pushed into a Taurus delivery", "2023-W37", "text",
              "Kanzler Olaf Scholz hatte sich"),
            S("United States", "Austin: the first Abrams tanks will arrive in Ukraine in the coming days", "2023-09-19",
              "context", "Austin zufolge"),
            S("United States", "Washington holds out a further 325 million dollar package", "2023-09-20", "published",
              "Washington stellte zudem"),
            S("Volodymyr Zelensky", "Russia uses food and energy as weapons", "2023-09-19", "text",
              "Selenskyj sprach am Dienstag"),
            S("Russia", "Moscow criticises the Ramstein pledges", "2023-09-20", "published",
              "Aus Moskau kam prompt Kritik."),
            S("Dmitry Peskov", "NATO deliveries only prolong the conflict and will not change the outcome",
              "2023-09-19", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("Maria Zakharova", "A Taurus delivery would drag Germany directly into the conflict; threatens "
              "consequences", "2023-09-20", "published", "Außenamtssprecherin Maria Sacharowa warnte Berlin"),
            S("Ukraine", "Authorities: a warehouse with humanitarian goods burned out in Lviv", "2023-09-20",
              "published", "In der Nacht zum Dienstag hatte Russland"),
            S("Volodymyr Zelensky", "Demands more air-defence systems from Western partners", "2023-09-19", "text",
              "Selenskyj verlangte noch am selben Tag"),
            S("United States", "Pentagon: the next contact-group meeting is planned for October in Brussels",
              "2023-09-20", "published", "Das nächste Treffen der Kontaktgruppe"),
        ],
        ["United States", "Germany", "Ukraine", "Rustem Umerov", "Olaf Scholz", "Joe Biden", "Volodymyr Zelensky",
         "United Nations", "Russia", "Sergey Lavrov", "Kremlin", "Dmitry Peskov", "NATO", "Maria Zakharova"],
    ),
    doc(
        "b68de02_sicherheitsabkommen_berlin_paris_2024_02", "2024-02-17", DE02,
        [
            T("die kommenden zehn Jahre", "DURATION", "P10Y"),
            T("Freitagnachmittag", "TIME", "2024-02-16TAF"),
            T("gut eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("dieses Jahr", "DATE", "2024"),
            T("Mitte Januar", "DATE", "2024-01", mod="MID"),
            T("Abend", "TIME", "2024-02-16TEV"),
            T("2024", "DATE", "2024"),
            T("heutigen Samstag", "DATE", "2024-02-17"),
            T("Freitagabend", "TIME", "2024-02-16TEV"),
            T("Freitag", "DATE", "2024-02-16"),
            T("der Nacht zum Samstag", "TIME", "2024-02-16TNI", note="night of 16 to 17 February 2024"),
            T("Monaten", "DURATION", "PXM"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("kommenden Samstag", "DATE", "2024-02-24"),
        ],
        [
            E("Scholz and Zelensky sign a ten-year German–Ukrainian security agreement", "AGREE",
              ["Olaf Scholz", "Volodymyr Zelensky"], "2024-02-16TAF", "text", "occurred",
              "unterzeichneten das Dokument am Freitagnachmittag"),
            E("Scholz and Zelensky talk in private at the Chancellery", "CONSULT", ["Olaf Scholz", "Volodymyr Zelensky"],
              "2024-02-16", "context", "occurred", "unterzeichneten das Dokument am Freitagnachmittag"),
            E("Scholz pledges a further 1.1 billion euro arms package", "AID", ["Olaf Scholz", "Ukraine"],
              "2024-02-16", "context", "occurred", "Zugleich sagte Scholz"),
            E("German aid of more than seven billion euros planned for this year", "AID", ["Germany", "Ukraine"],
              "2024", "text", "planned", "Für dieses Jahr sind deutsche Hilfen"),
            E("Britain concludes a security agreement with Kyiv", "AGREE", ["United Kingdom", "Ukraine"], "2024-01",
              "text", "occurred", "Großbritannien hatte als erstes Land", date_mod="MID",
              note="signed in Kyiv on 12 January 2024"),
            E("Zelensky travels on to Paris and meets Macron at the Élysée", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2024-02-16TEV", "text", "occurred", "Am Abend reiste"),
            E("Macron and Zelensky sign a French–Ukrainian security agreement", "AGREE",
              ["Emmanuel Macron", "Volodymyr Zelensky"], "2024-02-16TEV", "text", "occurred", "Am Abend reiste"),
            E("France pledges up to three billion euros in additional military aid for 2024", "AID",
              ["France", "Ukraine"], "2024", "text", "planned", "Frankreich sagt darin"),
            E("Macron calls on the Europeans to prepare for a long war", "REQUEST", ["Emmanuel Macron", "European Union"],
              "2024-02-16TEV", "context", "occurred", "Macron sprach von einer Zäsur"),
            E("Zelensky asks the allies in Berlin for ammunition and longer-range weapons", "REQUEST",
              ["Volodymyr Zelensky"], "2024-02-16", "context", "occurred", "In Berlin hatte Selenskyj"),
            E("Scholz again refuses to deliver Taurus cruise missiles", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2024-02-16", "context", "occurred", "Eine Lieferung von Taurus-Marschflugkörpern"),
            E("Zelensky to meet US Vice President Harris at the Munich Security Conference", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2024-02-17", "text", "planned", "Am heutigen Samstag"),
            E("Peskov dismisses the agreements as worthless", "REJECT",
              ["Dmitry Peskov", "Germany", "France", "Ukraine"], "2024-02-16TEV", "text", "occurred",
              "Solche Papiere seien"),
            E("Peskov accuses Berlin and Paris of pushing Kyiv to fight to the last Ukrainian", "ACCUSE",
              ["Dmitry Peskov", "Germany", "France"], "2024-02-16TEV", "text", "occurred", "Solche Papiere seien"),
            E("Zakharova calls the agreements a declaration to prolong the bloodshed", "ACCUSE",
              ["Maria Zakharova", "Germany", "France"], "2024-02-17", "published", "occurred",
              "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Syrskyi orders the withdrawal of Ukrainian troops from Avdiivka", "RETREAT", ["Ukraine"],
              "2024-02-16TNI", "text", "occurred", "In der Nacht zum Samstag ordnete",
              note="night of 16 to 17 February 2024"),
        ],
        [
            S("Olaf Scholz", "The agreement is a historic step", "2024-02-16", "context", "ein historischer Schritt"),
            S("Emmanuel Macron", "Speaks of a turning point; Europeans must prepare for a long war", "2024-02-16TEV",
              "context", "Macron sprach von einer Zäsur"),
            S("Volodymyr Zelensky", "Asks the allies for more artillery ammunition and longer-range weapons",
              "2024-02-16", "context", "In Berlin hatte Selenskyj"),
            S("Olaf Scholz", "Again rules out delivering Taurus", "2024-02-16", "context",
              "Eine Lieferung von Taurus-Marschflugkörpern"),
            S("Kremlin", "The Kremlin reacts with disdain", "2024-02-17", "published",
              "Der Kreml reagierte mit Geringschätzung."),
            S("Dmitry Peskov", "Such papers are worthless while Berlin and Paris push Kyiv to war to the last "
              "Ukrainian", "2024-02-16TEV", "text", "Solche Papiere seien"),
            S("Maria Zakharova", "The agreements are a declaration of intent to prolong the bloodshed", "2024-02-17",
              "published", "Außenamtssprecherin Maria Sacharowa nannte"),
        ],
        ["Germany", "Ukraine", "Olaf Scholz", "Volodymyr Zelensky", "NATO", "United Kingdom", "Emmanuel Macron",
         "France", "European Union", "United States", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b68de03_koalition_videokonferenz_starmer_2025_03", "2025-03-17", DE03,
        [
            T("Samstag", "DATE", "2025-03-15"),
            T("jetzt", "DATE", "PRESENT_REF", 0),
            T("knapp zweistündigen", "DURATION", "PT2H", mod="APPROX"),
            T("Donnerstag", "DATE", "2025-03-20", 0),
            T("30-tägigen", "DURATION", "P30D"),
            T("jetzt", "DATE", "PRESENT_REF", 1),
            T("Donnerstag", "DATE", "2025-03-13", 1),
            T("selben Abend", "TIME", "2025-03-13TEV"),
            T("Sonntagabend", "TIME", "2025-03-16TEV"),
            T("Dienstag", "DATE", "2025-03-18"),
            T("Donnerstag", "DATE", "2025-03-13", 2),
            T("Montagmorgen", "TIME", "2025-03-17TMO"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Starmer hosts a video conference of about 25 leaders of the coalition of the willing", "CONSULT",
              ["Keir Starmer", "Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Ursula von der Leyen",
               "Mark Rutte", "Volodymyr Zelensky"], "2025-03-15", "text", "occurred",
              "Auf Einladung des britischen Premierministers"),
            E("Military chiefs of the coalition to meet in Britain", "CONSULT", ["United Kingdom"], "2025-03-20", "text",
              "planned", "Bereits am Donnerstag sollen die Militärchefs"),
            E("Meloni: Italy will not send soldiers to Ukraine", "REJECT", ["Giorgia Meloni", "Ukraine"], "2025-03-15",
              "context", "occurred", "Meloni bekräftigte"),
            E("Scholz assures continued German support for Ukraine", "AGREE", ["Olaf Scholz", "Ukraine"], "2025-03-15",
              "context", "occurred", "Scholz versicherte"),
            E("Scholz: a debate on German ground troops is premature", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2025-03-15", "context", "occurred", "Scholz versicherte"),
            E("Starmer calls on Putin to agree to the 30-day ceasefire without preconditions", "REQUEST",
              ["Keir Starmer", "Vladimir Putin"], "2025-03-15", "context", "occurred", "Starmer forderte Kremlchef"),
            E("Putin backs the idea of a ceasefire in principle", "AGREE", ["Vladimir Putin", "United States"],
              "2025-03-13", "text", "occurred", "Putin hatte am Donnerstag in Moskau erklärt"),
            E("Putin: 'nuances' must be clarified first", "REQUEST", ["Vladimir Putin", "United States"], "2025-03-13",
              "text", "occurred", "Putin hatte am Donnerstag in Moskau erklärt"),
            E("Witkoff meets Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-03-13TEV",
              "text", "occurred", "Am selben Abend war der US-Sondergesandte"),
            E("Zelensky accuses Putin of delaying the ceasefire with new conditions", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-03-15", "context", "occurred",
              "Selenskyj warf Putin in der Videokonferenz vor"),
            E("Zelensky demands more pressure on Moscow", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2025-03-15",
              "context", "occurred", "Selenskyj warf Putin in der Videokonferenz vor"),
            E("Trump to phone Putin on Tuesday", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "planned", "US-Präsident Donald Trump kündigte am Sonntagabend an"),
            E("Starmer and Macron lobby Washington for a US backstop", "REQUEST",
              ["Keir Starmer", "Emmanuel Macron", "United States"], "2025-03-17", "published", "occurred",
              "Die USA gehören der Koalition nicht an"),
            E("Zakharova: NATO soldiers in Ukraine would mean direct armed conflict and be treated accordingly",
              "THREATEN", ["Maria Zakharova", "NATO"], "2025-03-13", "text", "occurred",
              "Aussenamtssprecherin Maria Sacharowa hatte bereits am Donnerstag"),
            E("Peskov dismisses the London initiative", "REJECT", ["Dmitry Peskov", "United Kingdom"],
              "2025-03-17TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow wies die Londoner Initiative"),
            E("Peskov calls the initiative interference", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2025-03-17TMO", "text", "occurred", "Kremlsprecher Dmitri Peskow wies die Londoner Initiative"),
        ],
        [
            S("Keir Starmer", "Planning for a multinational force now enters an operational phase", "2025-03-15",
              "context", "Die Planungen für eine multinationale Truppe"),
            S("Giorgia Meloni", "Italy will not send its own soldiers to Ukraine", "2025-03-15", "context",
              "Meloni bekräftigte"),
            S("Olaf Scholz", "Germany will keep supporting Ukraine; a debate on ground troops is premature",
              "2025-03-15", "context", "Scholz versicherte"),
            S("Keir Starmer", "Putin must agree to the ceasefire without preconditions: the ball is in his court",
              "2025-03-15", "context", "Starmer forderte Kremlchef"),
            S("Vladimir Putin", "Supports a ceasefire in principle, but there are nuances to be clarified",
              "2025-03-13", "text", "Putin hatte am Donnerstag in Moskau erklärt"),
            S("Volodymyr Zelensky", "Putin is delaying the ceasefire with new conditions; more pressure on Moscow needed",
              "2025-03-15", "context", "Selenskyj warf Putin in der Videokonferenz vor"),
            S("Donald Trump", "Will speak to Putin on Tuesday", "2025-03-16TEV", "text",
              "US-Präsident Donald Trump kündigte am Sonntagabend an"),
            S("Russia", "Moscow rejects the plans", "2025-03-17", "published", "Moskau lehnt die Pläne ab."),
            S("Maria Zakharova", "NATO soldiers in Ukraine would mean direct armed conflict and be treated accordingly",
              "2025-03-13", "text", "Aussenamtssprecherin Maria Sacharowa hatte bereits am Donnerstag"),
            S("Dmitry Peskov", "The London initiative is interference that stands in the way of a settlement",
              "2025-03-17TMO", "text", "Kremlsprecher Dmitri Peskow wies die Londoner Initiative"),
        ],
        ["United Kingdom", "Keir Starmer", "Ukraine", "Emmanuel Macron", "France", "Giorgia Meloni", "Olaf Scholz",
         "Germany", "Ursula von der Leyen", "European Union", "NATO", "Mark Rutte", "Volodymyr Zelensky", "Kremlin",
         "Vladimir Putin", "United States", "Russia", "Steve Witkoff", "Donald Trump", "Maria Zakharova",
         "Dmitry Peskov"],
    ),
    doc(
        "b68de04_us_marschflugkoerper_nato_gipfel_2024_07", "2024-07-11", DE04,
        [
            T("2026", "DATE", "2026"),
            T("Mittwochabend", "TIME", "2024-07-10TEV", 0),
            T("Donnerstagmorgen", "TIME", "2024-07-11TMO"),
            T("Donnerstag", "DATE", "2024-07-11"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
            T("das kommende Jahr", "DATE", "2025"),
            T("Dienstag", "DATE", "2024-07-09"),
            T("Mittwochabend", "TIME", "2024-07-10TEV", 1),
            T("2021", "DATE", "2021"),
            T("1993", "DATE", "1993"),
        ],
        [
            E("US to station long-range weapons in Germany from 2026", "MOBILIZE", ["United States", "Germany"], "2026",
              "text", "planned", "Die USA wollen von 2026 an", date_mod="START"),
            E("US and German governments agree on the deployment in a joint statement", "AGREE",
              ["United States", "Germany"], "2024-07-10TEV", "text", "occurred",
              "Das teilten die Regierungen beider Länder"),
            E("Scholz welcomes the decision as serving deterrence", "SUPPORT", ["Olaf Scholz", "United States"],
              "2024-07-11TMO", "text", "occurred", "begrüßte den Schritt am Donnerstagmorgen"),
            E("Peskov calls the deployment a very serious threat to Russia's security", "ACCUSE",
              ["Dmitry Peskov", "United States", "Germany"], "2024-07-11", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sprach am Donnerstag"),
            E("Peskov announces considered, coordinated and effective countermeasures", "THREATEN",
              ["Dmitry Peskov", "United States", "Germany"], "2024-07-11", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sprach am Donnerstag"),
            E("Peskov: European capitals would again become targets of Russian missiles", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2024-07-11", "context", "occurred",
              "Die europäischen Hauptstädte würden so wieder"),
            E("Ryabkov announces a military response", "THREATEN", ["Russia", "United States", "Germany"], "2024-07-11",
              "published", "occurred", "Vizeaußenminister Sergej Rjabkow"),
            E("Putin threatens to resume production of intermediate-range missiles if the US deploys them in Europe",
              "THREATEN", ["Vladimir Putin", "United States"], "2024-06", "text", "occurred",
              "Kremlchef Wladimir Putin hatte bereits Ende Juni", date_mod="END", note="28 June 2024"),
            E("NATO summit in Washington", "CONSULT", ["NATO"], "2024-07-10", "context", "occurred",
              "Beim Gipfel selbst stand die Ukraine im Mittelpunkt.", note="summit of 9 to 11 July 2024"),
            E("NATO declaration: Ukraine's path to membership is irreversible", "AGREE", ["NATO", "Ukraine"],
              "2024-07-10", "context", "occurred", "bescheinigten dem Land in ihrer Abschlusserklärung"),
            E("NATO pledges at least 40 billion euros in military aid for next year", "AID", ["NATO", "Ukraine"], "2025",
              "text", "planned", "bescheinigten dem Land in ihrer Abschlusserklärung"),
            E("US, Germany and others announce five more Patriot and other air-defence systems for Kyiv", "AID",
              ["United States", "Germany", "Ukraine"], "2024-07-09", "text", "occurred", "Bereits am Dienstag hatten die USA"),
            E("Zelensky attends Biden's dinner for the summit participants", "CONSULT",
              ["Joe Biden", "Volodymyr Zelensky", "NATO"], "2024-07-10TEV", "text", "occurred",
              "der am Mittwochabend am Essen von US-Präsident Joe Biden"),
            E("Zelensky demands that restrictions on using Western weapons against targets in Russia be lifted",
              "REQUEST", ["Volodymyr Zelensky", "NATO"], "2024-07-10TEV", "context", "occurred",
              "der am Mittwochabend am Essen von US-Präsident Joe Biden"),
        ],
        [
            S("Joint statement: United States, Germany", "The US will station long-range weapons in Germany from 2026",
              "2024-07-10TEV", "text", "Das teilten die Regierungen beider Länder"),
            S("Olaf Scholz", "A very good decision that serves deterrence", "2024-07-11TMO", "text",
              "begrüßte den Schritt am Donnerstagmorgen"),
            S("Kremlin", "The Kremlin reacts sharply", "2024-07-11", "published", "Der Kreml reagierte scharf."),
            S("Dmitry Peskov", "A very serious threat to Russia's security that will be met with considered, "
              "coordinated and effective steps", "2024-07-11", "text", "Kremlsprecher Dmitri Peskow sprach am Donnerstag"),
            S("Dmitry Peskov", "European capitals would again become targets of Russian missiles", "2024-07-11",
              "context", "Die europäischen Hauptstädte würden so wieder"),
            S("Russia", "Ryabkov: a military response will be prepared without nerves and emotions", "2024-07-11",
              "published", "Vizeaußenminister Sergej Rjabkow"),
            S("Vladimir Putin", "Russia will resume producing intermediate-range missiles if the US deploys such "
              "weapons in Europe", "2024-06", "text", "Kremlchef Wladimir Putin hatte bereits Ende Juni"),
            S("NATO", "Summit declaration: Ukraine's path to NATO is irreversible; at least 40 billion euros next year",
              "2024-07-10", "context", "bescheinigten dem Land in ihrer Abschlusserklärung"),
            S("Volodymyr Zelensky", "Restrictions on using Western weapons against targets in Russia must be lifted",
              "2024-07-10TEV", "context", "der am Mittwochabend am Essen von US-Präsident Joe Biden"),
            S("Germany", "Pistorius: the deployment closes a serious capability gap in Europe", "2024-07-11",
              "published", "Verteidigungsminister Boris Pistorius"),
        ],
        ["United States", "Germany", "NATO", "Olaf Scholz", "Kremlin", "Dmitry Peskov", "Russia", "European Union",
         "Vladimir Putin", "Ukraine", "Volodymyr Zelensky", "Joe Biden"],
    ),
    doc(
        "b68de05_taurus_freigabe_2026_03", "2026-03-26", DE05,
        [
            T("jahrelangem", "DURATION", "PXY"),
            T("Mittwochabend", "TIME", "2026-03-25TEV"),
            T("Ende April", "DATE", "2026-04", mod="END"),
            T("des Sommers", "DATE", "2026-SU"),
            T("Mai 2023", "DATE", "2023-05"),
            T("der Nacht", "TIME", "2026-03-25TNI", note="the night after the Wednesday-evening announcement"),
            T("Montag", "DATE", "2026-03-23"),
            T("Donnerstagmorgen", "TIME", "2026-03-26TMO"),
            T("vergangene Woche", "DATE", "2026-W12"),
            T("2023", "DATE", "2023", 1),
            T("Samstag", "DATE", "2026-03-28"),
        ],
        [
            E("Merz announces the delivery of Taurus cruise missiles to Ukraine", "AID",
              ["Friedrich Merz", "Germany", "Ukraine"], "2026-03-25TEV", "text", "occurred",
              "gab die Entscheidung am Mittwochabend"),
            E("First tranche of 50 Taurus missiles to arrive by the end of April", "AID", ["Germany", "Ukraine"],
              "2026-04", "text", "planned", "Eine erste Tranche von 50 Flugkörpern", date_mod="END"),
            E("A further 100 Taurus missiles to follow in the summer", "AID", ["Germany", "Ukraine"], "2026-SU", "text",
              "planned", "Eine erste Tranche von 50 Flugkörpern"),
            E("Kyiv assures Berlin in writing it will use Taurus only against military targets", "AGREE",
              ["Ukraine", "Germany"], "2026-03-26", "published", "occurred", "Die Bundeswehr werde keine Zielplanung",
              note="assurance given before the decision; no date in the text"),
            E("Merz accuses Putin of deliberately stalling the Geneva talks", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2026-03-25TEV", "context", "occurred",
              "Der Kanzler begründete den Schritt"),
            E("Merz: whoever plays for time and bombs power plants must expect consequences", "THREATEN",
              ["Friedrich Merz", "Vladimir Putin"], "2026-03-25TEV", "context", "occurred",
              "Wer auf Zeit spielt"),
            E("Kyiv has asked for Taurus since May 2023", "REQUEST", ["Ukraine", "Germany"], "2023-05", "text",
              "occurred", "Die Regierung in Kiew hatte seit Mai 2023", date_mod="START"),
            E("Scholz refused to deliver Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2023-05", "context",
              "occurred", "Die Regierung in Kiew hatte seit Mai 2023", date_mod="START",
              note="repeated refusals during Scholz's chancellorship, dated by the requests they answered"),
            E("Zelensky thanks Merz for a courageous decision", "SUPPORT", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2026-03-25TNI", "text", "occurred", "Präsident Wolodymyr Selenskyj dankte Merz"),
            E("Merz and Zelensky spoke by phone on Monday", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"],
              "2026-03-23", "text", "occurred", "Beide hatten nach Angaben eines Regierungssprechers"),
            E("Russian foreign ministry summons the German ambassador", "ACCUSE", ["Russia", "Germany"],
              "2026-03-26TMO", "text", "occurred", "bestellte am Donnerstagmorgen den deutschen Botschafter"),
            E("Zakharova: a hostile act making Germany a party to the war", "ACCUSE", ["Maria Zakharova", "Germany"],
              "2026-03-26", "published", "occurred", "Sprecherin Maria Sacharowa sprach"),
            E("Peskov: German facilities involved with the systems become legitimate targets", "THREATEN",
              ["Dmitry Peskov", "Germany"], "2026-03-26", "published", "occurred", "legitimen Zielen"),
            E("Lavrov warned Berlin against the step last week", "REQUEST", ["Sergey Lavrov", "Germany"], "2026-W12",
              "text", "occurred", "Außenminister Sergej Lawrow hatte Berlin"),
            E("Rubio: the US respects Berlin's sovereign decision", "SUPPORT", ["Marco Rubio", "Germany"], "2026-03-26",
              "published", "occurred", "Außenminister Marco Rubio ließ"),
            E("France and Britain have delivered Scalp and Storm Shadow missiles to Ukraine since 2023", "AID",
              ["France", "United Kingdom", "Ukraine"], "2023", "text", "occurred", "Frankreich und Großbritannien liefern",
              date_mod="START"),
        ],
        [
            S("Friedrich Merz", "The Bundeswehr will do no targeting; Kyiv has assured in writing to use Taurus only "
              "against military targets", "2026-03-25TEV", "context", "Die Bundeswehr werde keine Zielplanung"),
            S("Friedrich Merz", "Justifies the step with Russia's attacks on Ukraine's energy supply; Putin is stalling "
              "the Geneva talks", "2026-03-25TEV", "context", "Der Kanzler begründete den Schritt"),
            S("Friedrich Merz", "Whoever plays for time and bombs power plants must expect consequences",
              "2026-03-25TEV", "context", "Wer auf Zeit spielt"),
            S("Volodymyr Zelensky", "Thanks Merz for a courageous decision that will save lives", "2026-03-25TNI",
              "text", "Präsident Wolodymyr Selenskyj dankte Merz"),
            S("Germany", "Government spokesman: Merz and Zelensky spoke by phone on Monday", "2026-03-26", "published",
              "Beide hatten nach Angaben eines Regierungssprechers"),
            S("Russia", "Moscow reacts quickly", "2026-03-26", "published", "Die Reaktion aus Moskau"),
            S("Maria Zakharova", "A hostile act by which Germany finally becomes a party to the war", "2026-03-26",
              "published", "Sprecherin Maria Sacharowa sprach"),
            S("Dmitry Peskov", "German facilities involved in maintaining or using the systems become legitimate "
              "targets", "2026-03-26", "published", "legitimen Zielen"),
            S("Sergey Lavrov", "Warned Berlin against such a step", "2026-W12", "text",
              "Außenminister Sergej Lawrow hatte Berlin"),
            S("United States", "Washington approves", "2026-03-26", "published", "Aus Washington kam Zustimmung."),
            S("Marco Rubio", "The US respects Berlin's sovereign decision", "2026-03-26", "published",
              "Außenminister Marco Rubio ließ"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Kremlin", "Vladimir Putin", "Olaf Scholz", "Volodymyr Zelensky",
         "Russia", "Maria Zakharova", "Dmitry Peskov", "Sergey Lavrov", "United States", "Marco Rubio", "France",
         "United Kingdom"],
    ),
    doc(
        "b68de06_ramstein_hegseth_purl_2025_10", "2025-10-16", DE06,
        [
            T("Mittwoch", "DATE", "2025-10-15", 0),
            T("Februar", "DATE", "2025-02"),
            T("kommenden Jahr", "DATE", "2026", 0),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("den Winter", "DATE", "2025-WI"),
            T("der Nacht zum Mittwoch", "TIME", "2025-10-14TNI", note="night of 14 to 15 October 2025"),
            T("Freitag", "DATE", "2025-10-17"),
            T("Mittwoch", "DATE", "2025-10-15", 2),
            T("Donnerstag", "DATE", "2025-10-16"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("kommenden Jahr", "DATE", "2026", 1),
        ],
        [
            E("31st meeting of the Ukraine Defense Contact Group at NATO headquarters, with Hegseth in person",
              "CONSULT", ["United Kingdom", "Germany", "United States", "Ukraine"], "2025-10-15", "context",
              "occurred", "Zum 31. Treffen der sogenannten Ramstein-Gruppe"),
            E("Hegseth calls on the Europeans to buy more US weapons for Kyiv through PURL", "REQUEST",
              ["United States", "European Union", "NATO"], "2025-10-15", "context", "occurred",
              "Hegseth forderte die Europäer auf"),
            E("Hegseth: the US and its allies will impose costs on Russia if there is no path to peace", "THREATEN",
              ["United States", "Russia"], "2025-10-15", "context", "occurred", "Sollte sich kein Weg zum Frieden"),
            E("Whether the US will give Ukraine Tomahawk missiles remains open", "AID", ["United States", "Ukraine"],
              "2025-10-16", "published", "uncertain", "Ob Washington der Ukraine auch Tomahawk",
              note="left open; no date"),
            E("Germany to provide more than eleven billion euros in military aid next year", "AID",
              ["Germany", "Ukraine"], "2026", "text", "planned", "Pistorius kündigte an"),
            E("Berlin contributes 500 million dollars to a PURL package of US interceptors for Ukraine", "AID",
              ["Germany", "Ukraine", "NATO"], "2025-10-15", "context", "occurred", "Zusätzlich beteiligt sich Berlin"),
            E("Britain has delivered more than 85,000 drones in recent months", "AID", ["United Kingdom", "Ukraine"],
              "PAST_REF", "vague", "occurred", "Healey berichtete"),
            E("Shmyhal asks for additional air-defence systems for the winter", "REQUEST", ["Ukraine"], "2025-10-15",
              "context", "occurred", "Denys Schmyhal bat"),
            E("Russia attacks gas production facilities in eastern Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-14TNI", "text", "occurred", "In der Nacht zum Mittwoch hatte Russland",
              note="night of 14 to 15 October 2025"),
            E("Zelensky to meet Trump in Washington", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-10-17",
              "text", "planned", "reist am Freitag nach Washington"),
            E("Zelensky to lobby Trump for Tomahawks", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"], "2025-10-17",
              "text", "planned", "reist am Freitag nach Washington"),
            E("Peskov warns that Tomahawk deliveries would mean a new stage of escalation", "REQUEST",
              ["Dmitry Peskov", "United States"], "2025-10-15", "text", "occurred",
              "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Peskov accuses the Europeans of pushing Trump to continue the war", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-10-15", "context", "occurred", "Zugleich warf er den Europäern"),
            E("NATO defence ministers continue their meeting", "CONSULT", ["NATO"], "2025-10-16", "text", "planned",
              "Die Verteidigungsminister der Nato"),
        ],
        [
            S("United States", "Hegseth: Europeans should buy far more US weapons for Kyiv through PURL", "2025-10-15",
              "context", "Hegseth forderte die Europäer auf"),
            S("United States", "Hegseth: the US and its allies will take the steps necessary to impose costs on Russia",
              "2025-10-15", "context", "Sollte sich kein Weg zum Frieden"),
            S("United States", "Hegseth leaves open whether Ukraine will get Tomahawks", "2025-10-15", "context",
              "Ob Washington der Ukraine auch Tomahawk"),
            S("Germany", "Pistorius: more than eleven billion euros in military aid next year, two more Patriot systems",
              "2025-10-15", "context", "Pistorius kündigte an"),
            S("United Kingdom", "Healey: Britain has delivered more than 85,000 drones in recent months", "2025-10-15",
              "context", "Healey berichtete"),
            S("Ukraine", "Shmyhal asks for additional air-defence systems for the winter", "2025-10-15", "context",
              "Denys Schmyhal bat"),
            S("Russia", "Moscow warns again", "2025-10-16", "published", "Aus Moskau kamen erneut Warnungen."),
            S("Dmitry Peskov", "Tomahawk deliveries would mean a new stage of escalation, also between Russia and the US",
              "2025-10-15", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Dmitry Peskov", "The Europeans push Trump to continue the war", "2025-10-15", "context",
              "Zugleich warf er den Europäern"),
        ],
        ["Ukraine", "NATO", "United Kingdom", "Germany", "United States", "European Union", "Russia",
         "Volodymyr Zelensky", "Donald Trump", "Kremlin", "Dmitry Peskov"],
    ),
]
