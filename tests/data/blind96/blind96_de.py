"""German articles of the blind96 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b96de01 (VersicherungsJournal)
DE01 = """
Schweden prüft ab Juli Versicherungsnachweise von Tankern in seinen Hoheitsgewässern

Die schwedische Regierung verschärft ihren Kurs gegen die sogenannte Schattenflotte Russlands.
Ab dem 1. Juli soll die Küstenwache bei Schiffen, die schwedische Hoheitsgewässer durchfahren, Angaben zu Flagge, Versicherung und Ladung abfragen und die Versicherungsnachweise prüfen.
Das kündigte Ministerpräsident Ulf Kristersson am Donnerstag in Stockholm an.
Schiffe ohne gültigen Versicherungsschutz sollen künftig festgehalten werden können, bis ein Nachweis vorliegt.

Hintergrund sind nach Angaben aus Stockholm die zahlreichen alten Tanker, die russisches Öl an den westlichen Sanktionen vorbei über die Ostsee transportieren.
Viele dieser Schiffe fahren unter den Flaggen von Staaten wie Gabun oder den Komoren und sind nach Einschätzung von Fachleuten nur unzureichend oder gar nicht gegen Haftpflichtrisiken versichert.
Im Fall einer Havarie könnten die Küstenstaaten deshalb auf den Kosten einer Ölpest sitzen bleiben.
Die International Group of P&I Clubs, deren Mitglieder rund 90 Prozent der Welttonnage versichern, begrüßte den Schritt ausdrücklich.

Schweden folgt damit Dänemark, Finnland und Estland, die bereits seit dem Winter Versicherungsdokumente von Tankern abfragen, die vor ihren Küsten ankern oder ihre Gewässer passieren.
Die Staaten der Nordic-Baltic-8-Gruppe und Großbritannien hatten sich im Dezember vergangenen Jahres in Tallinn darauf verständigt, solche Kontrollen gemeinsam auszuweiten.
Die EU-Außenbeauftragte Kaja Kallas sagte, die Europäische Union arbeite an einem 18. Sanktionspaket, das weitere Schiffe der Schattenflotte auf die Liste setzen und den Ölpreisdeckel senken solle.
Die Kontrollen der Anrainer und die Listungen in Brüssel ergänzten einander, fügte sie hinzu.

Moskau reagierte scharf.
Die russische Außenamtssprecherin Maria Sacharowa nannte die schwedischen Pläne am Freitag „Piraterie unter staatlicher Flagge“ und drohte mit „angemessenen Gegenmaßnahmen“.
Kremlsprecher Dmitri Peskow sagte, Russland werde die Sicherheit seiner Handelsschifffahrt in der Ostsee „mit allen verfügbaren Mitteln“ gewährleisten.
Die russische Marine hatte zuletzt Tanker auf dem Weg aus Primorsk und Ust-Luga durch den Finnischen Meerbusen begleitet.

Der ukrainische Außenminister Andrij Sybiha dankte Schweden und rief die übrigen Ostseeanrainer auf, dem Beispiel zu folgen.
Jede Ladung, die die Schattenflotte sicher ans Ziel bringe, finanziere Raketen auf ukrainische Städte, schrieb er auf der Plattform X.

Für die deutschen Transportversicherer ändert sich zunächst wenig.
Beim Gesamtverband der Deutschen Versicherungswirtschaft (GDV) hieß es, die Mitgliedsunternehmen hielten sich bereits seit Dezember 2022 an den Preisdeckel der G7 und zeichneten keine Deckungen für Tanker der Schattenflotte.
Ein Sprecher rechnet jedoch damit, dass die Prämien für Kasko- und Haftpflichtdeckungen in der Ostsee in den kommenden Monaten steigen.
Die schwedischen Kontrollen sollen zunächst bis Ende des Jahres gelten und dann überprüft werden.
"""

# ---------------------------------------------------------------- b96de02 (Schiff & Hafen)
DE02 = """
IMO-Vollversammlung verurteilt die „Dark Fleet“ – Russland stimmt dagegen

Die Vollversammlung der Internationalen Seeschifffahrts-Organisation (IMO) hat die Mitgliedstaaten aufgefordert, entschieden gegen die illegalen Operationen der sogenannten Dark Fleet vorzugehen.
Die Resolution wurde am Mittwoch in London zum Abschluss der Beratungen angenommen und richtet sich gegen Tanker, die ihre AIS-Transponder abschalten, auf hoher See Ladung umschlagen und ohne ausreichenden Versicherungsschutz fahren.
Flaggenstaaten sollen nach dem Text sicherstellen, dass ihre Schiffe die Regeln einhalten, Hafenstaaten sollen Schiffe mit zweifelhaften Papieren gezielt kontrollieren.
Die 33. Vollversammlung hatte am 27. November begonnen.

Russland lehnte die Resolution ab.
Bereits am Freitag vergangener Woche war Moskau bei der Wahl zum IMO-Rat gescheitert, zum ersten Mal überhaupt.
Der russische Vertreter sprach in London von einem „politisch motivierten Angriff“ auf die Handelsschifffahrt seines Landes, die Resolution diene allein der Durchsetzung westlicher Sanktionen.
Das Außenministerium in Moskau kündigte am Donnerstag an, Russland werde die Resolution nicht anwenden.

Eingebracht hatten den Text im Oktober unter anderem Großbritannien, Deutschland und die Ukraine.
Die ukrainische Delegation erklärte nach der Abstimmung, die Schattenflotte bedrohe nicht nur die Meeresumwelt, sondern finanziere auch Russlands Krieg gegen die Ukraine.
Die Bundesregierung begrüßte die Annahme als wichtigen Schritt für die Sicherheit in Nord- und Ostsee.
IMO-Generalsekretär Kitack Lim sagte zum Abschluss, die Staatengemeinschaft sende ein klares Signal, dass Schiffe ohne Versicherung und ohne funktionierende Ortung auf den Weltmeeren nichts zu suchen hätten.
Sein gewählter Nachfolger Arsenio Dominguez, der sein Amt am 1. Januar antritt, kündigte an, das Thema zu einem Schwerpunkt seiner Amtszeit zu machen.

Nach Schätzungen von Branchendiensten gehören inzwischen mehr als 600 Tanker zur Schattenflotte, viele davon älter als zwanzig Jahre.
Versicherer und Umweltverbände warnen seit Monaten vor einer Ölkatastrophe in der Ostsee oder im Ärmelkanal.
Die Europäische Union will mit ihrem zwölften Sanktionspaket, über das die Mitgliedstaaten in der kommenden Woche beraten, den Verkauf von Tankern an Drittstaaten meldepflichtig machen.
Die USA hatten im Oktober erstmals Reedereien wegen Verstößen gegen den Preisdeckel für russisches Öl sanktioniert.

Der Verband Deutscher Reeder (VDR) nannte die Resolution überfällig.
Eine rechtliche Handhabe gegen Schiffe, die ohne Flagge oder mit gefälschten Registerpapieren unterwegs seien, gebe es damit aber noch nicht, sagte eine Sprecherin des Verbands gegenüber Schiff & Hafen.
Der Verband fordert, die Regeln für Schiffsregister auf der nächsten Sitzung des Rechtsausschusses der IMO zu verschärfen.
"""

# ---------------------------------------------------------------- b96de03 (Usedom-Kurier)
DE03 = """
Tusk: Schiff der Schattenflotte manövrierte verdächtig nahe an Ostseekabel

Warschau/Heringsdorf. Ein Schiff der russischen Schattenflotte hat nach Angaben von Polens Regierungschef Donald Tusk verdächtige Manöver in der Nähe des Stromkabels zwischen Polen und Schweden ausgeführt.
Erst nach dem Eingreifen des polnischen Militärs sei der Tanker in Richtung eines russischen Hafens abgedreht, schrieb Tusk am Mittwoch auf der Plattform X.
Verteidigungsminister Władysław Kosiniak-Kamysz sagte, ein Hubschrauber und ein Schiff der Marine seien zu dem Tanker geschickt worden, der unter der Flagge von Antigua und Barbuda fahre und auf westlichen Sanktionslisten stehe.
Die Marine habe ihre Patrouillen in der südlichen Ostsee seither verstärkt.

Nach Angaben Tusks war es nicht der erste Vorfall dieser Art.
Seit Jahresbeginn hätten die Behörden mehrere Schiffe beobachtet, die sich auffällig lange über Kabeln und Pipelines aufgehalten hätten.
Polen werde gemeinsam mit den Verbündeten gegen die Schattenflotte vorgehen, kündigte der Regierungschef an.

Kremlsprecher Dmitri Peskow sagte, ihm lägen keine Informationen über einen solchen Vorfall vor, Russland habe mit der „sogenannten Schattenflotte“ nichts zu tun.
Die Sprecherin des Außenministeriums, Maria Sacharowa, warf Warschau vor, mit „erfundenen Geschichten“ die Spannungen in der Ostsee anzuheizen.

Die Nato verwies auf ihre Mission Baltic Sentry, mit der das Bündnis seit Januar Kabel, Pipelines und andere kritische Infrastruktur in der Ostsee überwacht.
Erst am Dienstag hatten die EU-Außenminister in Brüssel das 17. Sanktionspaket beschlossen, mit dem fast 190 weitere Schiffe der Schattenflotte auf die Liste gesetzt wurden.
Die EU-Außenbeauftragte Kaja Kallas sagte nach dem Treffen, Europa werde den Druck auf Moskaus Schattenflotte weiter erhöhen.

Auf Usedom werden die Meldungen mit Sorge verfolgt.
Vor Swinemünde liegt das polnische LNG-Terminal, über das ein großer Teil der Gasversorgung des Nachbarlands läuft, und auch die Fähren nach Skandinavien kreuzen die Routen der Tanker.
Seit den Kabelschäden um Weihnachten patrouillieren auch Boote der Bundespolizei häufiger vor der Insel.
Ein Sprecher der Bundespolizei See in Neustadt sagte dem Usedom-Kurier, man arbeite eng mit den polnischen Kollegen zusammen.
"""

# ---------------------------------------------------------------- b96de04 (Fehmarnsches Tageblatt)
DE04 = """
Russische Korvette geleitet Schattenflotten-Tanker durch den Fehmarnbelt

Burg auf Fehmarn. Eine Korvette der russischen Baltischen Flotte hat am Mittwochabend zwei sanktionierte Tanker durch den Fehmarnbelt begleitet.
Die beiden Schiffe, die unter den Flaggen von Sierra Leone und Gabun fahren und auf der Sanktionsliste der EU stehen, waren mit Rohöl aus Primorsk auf dem Weg in Richtung Skagen.
Die Deutsche Marine ließ den Verband nach Angaben eines Sprechers des Marinekommandos in Rostock von der Korvette „Magdeburg“ und einem Hubschrauber beobachten.
Zwischenfälle habe es nicht gegeben, westlich von Fehmarn habe die dänische Marine die Begleitung übernommen.

Nach Informationen aus Sicherheitskreisen ist es das erste Mal, dass ein russisches Kriegsschiff Tanker der Schattenflotte durch deutsche Gewässer eskortiert.
Im Finnischen Meerbusen begleitet die russische Marine sanktionierte Tanker bereits seit dem Frühjahr.
Verteidigungsminister Boris Pistorius (SPD) sprach am Donnerstag von einer „gezielten Machtdemonstration“.
Die Bundesregierung werde sich davon nicht einschüchtern lassen, sagte er.

Bundeskanzler Friedrich Merz (CDU) forderte die EU-Partner auf, die Schattenflotte mit dem nächsten Sanktionspaket noch härter ins Visier zu nehmen.
Die EU-Kommission will ihren Vorschlag für das 19. Paket in der kommenden Woche vorlegen.

Kremlsprecher Dmitri Peskow bestätigte die Eskorte indirekt.
Russland werde die Sicherheit seiner Handelsschiffe auf allen Meeren gewährleisten, sagte er am Donnerstag in Moskau.
Außenamtssprecherin Maria Sacharowa warf Berlin vor, die Ostsee zu einem Binnenmeer der Nato machen zu wollen.

Die Begegnung fällt in eine Zeit großer Anspannung an der Ostflanke.
In der Nacht zum Mittwoch waren russische Drohnen in den polnischen Luftraum eingedrungen.
Auf Antrag Polens berieten die Nato-Staaten am Mittwoch nach Artikel 4 des Bündnisvertrags.

Auf Fehmarn sorgte der Konvoi für Aufsehen.
Von der Fehmarnsundbrücke und vom Hafen Burgstaaken aus filmten Schaulustige die Schiffe, Segler berichteten von Funksprüchen der Marine.
Die Baustelle des Fehmarnbelt-Tunnels bei Puttgarden sei nicht betroffen gewesen, teilte die Projektgesellschaft Femern mit.
Der Tunnel soll 2031 eröffnet werden.
"""

# ---------------------------------------------------------------- b96de05 (blue News)
DE05 = """
Kabelschaden in der Ostsee: Finnisches Gericht erklärt sich im Fall «Eagle S» für nicht zuständig

Ein Gericht in Helsinki hat die Anklage gegen den Kapitän und zwei Offiziere des Öltankers «Eagle S» am Freitag abgewiesen.
Finnland habe keine Gerichtsbarkeit über die Vorwürfe, weil die Schäden ausserhalb der finnischen Hoheitsgewässer entstanden seien, begründete das Bezirksgericht seinen Entscheid.
Die drei Männer waren wegen schwerer Sachbeschädigung angeklagt, ihnen hatten mehrere Jahre Haft gedroht.
Die Staatsanwaltschaft hat 30 Tage Zeit, um Berufung einzulegen, und prüft diesen Schritt nach eigenen Angaben.

Der unter der Flagge der Cookinseln fahrende Tanker soll am ersten Weihnachtstag 2024 seinen Anker fast hundert Kilometer weit über den Meeresboden geschleift und dabei das Stromkabel Estlink 2 sowie mehrere Datenkabel zwischen Finnland und Estland beschädigt haben.
Finnische Spezialkräfte hatten das Schiff am 26. Dezember geentert und in einen Hafen östlich von Helsinki gebracht.
Die Polizei gab den Tanker im März wieder frei.
Die EU setzte die «Eagle S» im Mai als Teil der russischen Schattenflotte auf ihre Sanktionsliste, die Schweiz übernahm die Massnahme kurz darauf.

Der finnische Präsident Alexander Stubb sagte am Freitagnachmittag, er respektiere die Unabhängigkeit der Justiz.
Das Urteil zeige aber, dass das internationale Seerecht Lücken habe, die geschlossen werden müssten, damit Küstenstaaten ihre Infrastruktur schützen könnten.
Die EU-Aussenbeauftragte Kaja Kallas forderte, die Union müsse rechtliche Instrumente entwickeln, um gegen Schiffe der Schattenflotte auch in der ausschliesslichen Wirtschaftszone vorgehen zu können.

In Moskau wurde der Entscheid mit Genugtuung aufgenommen.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, erklärte, die Vorwürfe gegen Russland seien damit als haltlos entlarvt.
Der Westen betreibe eine «Hetzjagd» auf friedliche Handelsschiffe, sagte sie.
Kremlsprecher Dmitri Peskow sagte, Russland habe mit dem Schiff nie etwas zu tun gehabt.

Nach dem Vorfall hatte die Nato ihre Präsenz in der Ostsee deutlich verstärkt.
Seit Januar überwachen Fregatten, Seefernaufklärer und Drohnen im Rahmen der Mission «Baltic Sentry» Kabel und Pipelines.
Für die Schweiz, über deren Handelshäuser früher ein grosser Teil des russischen Öls verkauft wurde, hat der Fall vor allem symbolische Bedeutung.
Das Staatssekretariat für Wirtschaft teilte mit, Schweizer Firmen seien nach heutigem Kenntnisstand nicht in den Transport verwickelt gewesen.
"""

# ---------------------------------------------------------------- b96de06 (Marineforum)
DE06 = """
Estland erlaubt seiner Marine Gewalt gegen Schiffe, die Unterwasserinfrastruktur bedrohen

Das estnische Parlament hat am Mittwoch eine Gesetzesänderung verabschiedet, die der Marine erlaubt, Schiffe, die Kabel oder Pipelines gefährden, notfalls mit Waffengewalt zu stoppen.
Die Regelung gilt für das Küstenmeer und die ausschließliche Wirtschaftszone (AWZ) Estlands und sieht als äußerstes Mittel auch die Versenkung eines Schiffes vor.
Voraussetzung ist, dass ein Schiff die Aufforderungen der Marine missachtet und eine unmittelbare Gefahr für die Infrastruktur besteht.
Verteidigungsminister Hanno Pevkur sagte, Estland werde nicht tatenlos zusehen, wie seine Verbindungen nach Finnland zerstört würden.

Anlass sind die Schäden an Kabeln und Pipelines in der Ostsee.
Zuletzt war am ersten Weihnachtstag das Stromkabel Estlink 2 ausgefallen, nachdem ein Tanker seinen Anker über den Meeresgrund geschleift hatte.
Finnische Behörden hatten das Schiff, das zur russischen Schattenflotte gezählt wird, am Tag darauf festgesetzt.
Die estnische Marine hatte seither mehrfach Tanker ohne gültige Flagge aufgefordert, sich zu identifizieren, und war dabei nach eigenen Angaben an rechtliche Grenzen gestoßen.

Die Reaktion aus Moskau fiel scharf aus.
Außenamtssprecherin Maria Sacharowa nannte das Gesetz am Donnerstag einen „Freibrief für staatliche Piraterie“.
Jeder Angriff auf Schiffe, die russische Häfen anlaufen, werde als Angriff auf Russland betrachtet und entsprechend beantwortet, sagte sie.
Kremlsprecher Dmitri Peskow kündigte an, die Marine werde die Sicherheit der Handelsschifffahrt im Finnischen Meerbusen „in jeder Hinsicht“ gewährleisten.

Nato-Generalsekretär Mark Rutte sagte am Donnerstag in Brüssel, jeder Verbündete habe das Recht, seine kritische Infrastruktur zu schützen.
Das Bündnis werde seine Präsenz in der Ostsee im Rahmen von Baltic Sentry aufrechterhalten.
Die EU-Außenbeauftragte Kaja Kallas, bis vergangenen Sommer selbst estnische Regierungschefin, verteidigte das Gesetz gegen die Kritik aus Moskau.

Für die Deutsche Marine stellt sich die Frage nach den eigenen Befugnissen.
Der Inspekteur der Marine, Vizeadmiral Jan Christian Kaack, sagte, in der deutschen AWZ gebe es keine vergleichbare Rechtsgrundlage, die Marine könne dort lediglich beobachten und melden.
Die Bundesregierung prüft derzeit, ob die Befugnisse der Bundespolizei See erweitert werden sollen.
Das Deutsche Maritime Institut diskutiert die rechtlichen Fragen bei seinem nächsten Fachgespräch am 9. April in Bonn.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b96de01_schweden_versicherungskontrollen_2025_06", "2025-06-23", DE01,
        [
            T("Juli", "DATE", "2025-07"),
            T("1. Juli", "DATE", "2025-07-01"),
            T("Donnerstag", "DATE", "2025-06-19"),
            T("dem Winter", "DATE", "2024-WI"),
            T("Dezember vergangenen Jahres", "DATE", "2024-12"),
            T("Freitag", "DATE", "2025-06-20"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Dezember 2022", "DATE", "2022-12"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Ende des Jahres", "DATE", "2025", mod="END"),
        ],
        [
            E("Sweden's coast guard to check insurance documents of ships in Swedish waters from 1 July", "SANCTION",
              ["Russia"], "2025-07-01", "text", "planned", "Ab dem 1. Juli soll die Küstenwache", date_mod="START",
              note="announced by Kristersson on Thursday 2025-06-19; Sweden is not canonical"),
            E("Denmark, Finland and Estonia check insurance documents of tankers since the winter", "SANCTION",
              ["Russia"], "2024-WI", "text", "occurred", "Schweden folgt damit Dänemark", date_mod="START"),
            E("NB8 states and the UK agree in Tallinn to extend joint checks", "AGREE", ["United Kingdom"], "2024-12",
              "text", "occurred", "Nordic-Baltic-8-Gruppe und Großbritannien"),
            E("EU working on an 18th package listing more shadow-fleet ships and lowering the price cap", "SANCTION",
              ["European Union", "Russia"], "2025-06-23", "published", "planned", "arbeite an einem 18. Sanktionspaket"),
            E("Zakharova calls the Swedish plans state piracy", "ACCUSE", ["Maria Zakharova"], "2025-06-20", "text",
              "occurred", "Piraterie unter staatlicher Flagge"),
            E("Zakharova threatens countermeasures", "THREATEN", ["Maria Zakharova"], "2025-06-20", "text",
              "occurred", "Piraterie unter staatlicher Flagge"),
            E("Peskov: Russia will secure its merchant shipping in the Baltic with all available means", "THREATEN",
              ["Dmitry Peskov"], "2025-06-23", "published", "occurred", "mit allen verfügbaren Mitteln"),
            E("Russian navy recently escorted tankers through the Gulf of Finland", "MOBILIZE", ["Russia"],
              "PAST_REF", "vague", "occurred", "Die russische Marine hatte zuletzt"),
            E("Sybiha thanks Sweden", "SUPPORT", ["Andrii Sybiha"], "2025-06-23", "published", "occurred",
              "dankte Schweden"),
            E("Sybiha calls on the other Baltic states to follow Sweden's example", "REQUEST", ["Andrii Sybiha"],
              "2025-06-23", "published", "occurred", "dankte Schweden"),
        ],
        [
            S("Kaja Kallas", "The EU is working on an 18th package with more listed ships and a lower price cap",
              "2025-06-23", "published", "arbeite an einem 18. Sanktionspaket"),
            S("Kaja Kallas", "National checks and EU listings complement each other", "2025-06-23", "published",
              "ergänzten einander"),
            S("Russia", "Moscow reacted sharply", "2025-06-23", "published", "Moskau reagierte scharf."),
            S("Maria Zakharova", "The Swedish plans are piracy under a state flag; threatens countermeasures",
              "2025-06-20", "text", "Piraterie unter staatlicher Flagge"),
            S("Dmitry Peskov", "Russia will secure its merchant shipping in the Baltic with all available means",
              "2025-06-23", "published", "mit allen verfügbaren Mitteln"),
            S("Andrii Sybiha", "Thanks Sweden and calls on the other Baltic states to follow", "2025-06-23",
              "published", "dankte Schweden"),
            S("Andrii Sybiha", "Every shadow-fleet cargo finances missiles on Ukrainian cities", "2025-06-23",
              "published", "finanziere Raketen"),
        ],
        ["Russia", "United Kingdom", "European Union", "Kaja Kallas", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "Andrii Sybiha", "Ukraine"],
    ),
    doc(
        "b96de02_imo_dark_fleet_resolution_2023_12", "2023-12-08", DE02,
        [
            T("Mittwoch", "DATE", "2023-12-06"),
            T("27. November", "DATE", "2023-11-27"),
            T("Freitag vergangener Woche", "DATE", "2023-12-01"),
            T("Donnerstag", "DATE", "2023-12-07"),
            T("Oktober", "DATE", "2023-10", 0),
            T("1. Januar", "DATE", "2024-01-01"),
            T("Monaten", "DURATION", "PXM"),
            T("der kommenden Woche", "DATE", "2023-W50"),
            T("Oktober", "DATE", "2023-10", 1),
        ],
        [
            E("IMO Assembly adopts a resolution calling for action against the dark fleet", "REQUEST",
              ["United Nations"], "2023-12-06", "text", "occurred", "Die Resolution wurde am Mittwoch"),
            E("33rd IMO Assembly in session since 27 November", "CONSULT", ["United Nations"], "2023-11-27", "text",
              "occurred", "Die 33. Vollversammlung", date_mod="START"),
            E("Russia votes against the resolution", "REJECT", ["Russia", "United Nations"], "2023-12-06", "context",
              "occurred", "Russland lehnte die Resolution ab."),
            E("Russia fails in the election to the IMO Council", "REJECT", ["United Nations", "Russia"], "2023-12-01",
              "text", "occurred", "bei der Wahl zum IMO-Rat gescheitert"),
            E("Russian representative calls the resolution a politically motivated attack", "ACCUSE",
              ["Russia", "United Nations"], "2023-12-06", "context", "occurred", "politisch motivierten Angriff"),
            E("Russian foreign ministry says Russia will not apply the resolution", "REJECT",
              ["Russia", "United Nations"], "2023-12-07", "text", "occurred", "Das Außenministerium in Moskau"),
            E("UK, Germany and Ukraine submitted the draft in October", "REQUEST",
              ["United Kingdom", "Germany", "Ukraine", "United Nations"], "2023-10", "text", "occurred",
              "Eingebracht hatten den Text"),
            E("Ukraine: the shadow fleet finances Russia's war", "ACCUSE", ["Ukraine", "Russia"], "2023-12-06",
              "context", "occurred", "Die ukrainische Delegation erklärte"),
            E("German government welcomes the resolution", "SUPPORT", ["Germany", "United Nations"], "2023-12-08",
              "published", "occurred", "Die Bundesregierung begrüßte"),
            E("EU's twelfth package to make tanker sales to third countries notifiable", "SANCTION",
              ["European Union", "Russia"], "2023-W50", "text", "planned", "zwölften Sanktionspaket"),
            E("US sanctioned shipowners for price-cap violations in October", "SANCTION", ["United States", "Russia"],
              "2023-10", "text", "occurred", "Die USA hatten im Oktober"),
        ],
        [
            S("Russia", "The resolution is a politically motivated attack serving Western sanctions", "2023-12-06",
              "context", "politisch motivierten Angriff"),
            S("Russia", "Russia will not apply the resolution", "2023-12-07", "text", "Das Außenministerium in Moskau"),
            S("Ukraine", "The shadow fleet threatens the marine environment and finances Russia's war", "2023-12-06",
              "context", "Die ukrainische Delegation erklärte"),
            S("Germany", "Welcomes the resolution as an important step for North Sea and Baltic security",
              "2023-12-08", "published", "Die Bundesregierung begrüßte"),
            S("United Nations", "Kitack Lim: a clear signal that uninsured ships without tracking have no place at sea",
              "2023-12-06", "context", "IMO-Generalsekretär Kitack Lim"),
            S("United Nations", "Dominguez will make the issue a priority of his term", "2023-12-08", "published",
              "Arsenio Dominguez"),
        ],
        ["United Nations", "Russia", "Ukraine", "Germany", "United Kingdom", "European Union", "United States"],
    ),
    doc(
        "b96de03_tusk_kabel_schattenflotte_2025_05", "2025-05-22", DE03,
        [
            T("Mittwoch", "DATE", "2025-05-21"),
            T("Jahresbeginn", "DATE", "2025", mod="START"),
            T("Januar", "DATE", "2025-01"),
            T("Dienstag", "DATE", "2025-05-20"),
            T("Weihnachten", "DATE", "2024-12-25", note="the Estlink 2 damage of Christmas Day 2024"),
        ],
        [
            E("Tusk accuses a Russian shadow-fleet ship of suspicious manoeuvres near the Poland–Sweden cable",
              "ACCUSE", ["Donald Tusk", "Russia"], "2025-05-21", "context", "occurred",
              "verdächtige Manöver in der Nähe des Stromkabels"),
            E("Polish military intervenes and makes the tanker turn towards a Russian port", "COERCE",
              ["Poland", "Russia"], "2025-05-21", "context", "occurred", "Erst nach dem Eingreifen"),
            E("Polish navy steps up patrols in the southern Baltic", "MOBILIZE", ["Poland"], "2025-05-21", "context",
              "occurred", "Die Marine habe ihre Patrouillen", date_mod="START"),
            E("Peskov denies knowledge of the incident and any link to the shadow fleet", "REJECT",
              ["Dmitry Peskov", "Donald Tusk"], "2025-05-22", "published", "occurred", "ihm lägen keine Informationen"),
            E("Zakharova accuses Warsaw of stoking tensions with invented stories", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2025-05-22", "published", "occurred", "erfundenen Geschichten"),
            E("NATO's Baltic Sentry monitors Baltic infrastructure since January", "MOBILIZE", ["NATO"], "2025-01",
              "text", "occurred", "Baltic Sentry", date_mod="START"),
            E("EU foreign ministers adopt the 17th package listing almost 190 more shadow-fleet ships", "SANCTION",
              ["European Union", "Russia"], "2025-05-20", "text", "occurred", "das 17. Sanktionspaket beschlossen"),
            E("Kallas: Europe will keep raising the pressure on Moscow's shadow fleet", "SANCTION",
              ["Kaja Kallas", "Russia"], "2025-05-20", "context", "planned", "den Druck auf Moskaus Schattenflotte"),
        ],
        [
            S("Donald Tusk", "A shadow-fleet ship made suspicious manoeuvres near the Poland–Sweden power cable",
              "2025-05-21", "context", "verdächtige Manöver in der Nähe des Stromkabels"),
            S("Donald Tusk", "Only after the military intervened did the tanker turn towards a Russian port",
              "2025-05-21", "text", "Erst nach dem Eingreifen"),
            S("Poland", "Kosiniak-Kamysz: a helicopter and a navy ship were sent to the sanctioned tanker", "2025-05-22",
              "published", "Verteidigungsminister Władysław Kosiniak-Kamysz"),
            S("Poland", "The navy has stepped up its patrols in the southern Baltic", "2025-05-22", "published",
              "Die Marine habe ihre Patrouillen"),
            S("Donald Tusk", "Not the first such incident; several ships observed over cables since the start of the "
              "year", "2025-05-22", "published", "Seit Jahresbeginn hätten die Behörden"),
            S("Donald Tusk", "Poland will act against the shadow fleet together with its allies", "2025-05-22",
              "published", "Polen werde gemeinsam mit den Verbündeten"),
            S("Dmitry Peskov", "No information about such an incident; Russia has nothing to do with the shadow fleet",
              "2025-05-22", "published", "ihm lägen keine Informationen"),
            S("Maria Zakharova", "Warsaw stokes tensions in the Baltic with invented stories", "2025-05-22",
              "published", "erfundenen Geschichten"),
            S("NATO", "Points to its Baltic Sentry mission", "2025-05-22", "published", "Die Nato verwies"),
            S("Kaja Kallas", "Europe will keep raising the pressure on Moscow's shadow fleet", "2025-05-20",
              "context", "den Druck auf Moskaus Schattenflotte"),
            S("Germany", "Federal police spokesman: close cooperation with the Polish colleagues", "2025-05-22",
              "published", "Ein Sprecher der Bundespolizei See"),
        ],
        ["Donald Tusk", "Poland", "Russia", "Dmitry Peskov", "Kremlin", "Maria Zakharova", "NATO", "European Union",
         "Kaja Kallas", "Germany"],
    ),
    doc(
        "b96de04_korvette_fehmarnbelt_eskorte_2025_09", "2025-09-12", DE04,
        [
            T("Mittwochabend", "TIME", "2025-09-10TEV"),
            T("dem Frühjahr", "DATE", "2025-SP"),
            T("Donnerstag", "DATE", "2025-09-11", 0),
            T("der kommenden Woche", "DATE", "2025-W38"),
            T("Donnerstag", "DATE", "2025-09-11", 1),
            T("der Nacht zum Mittwoch", "TIME", "2025-09-09TNI", note="night to Wednesday 2025-09-10"),
            T("Mittwoch", "DATE", "2025-09-10", 1),
            T("2031", "DATE", "2031"),
        ],
        [
            E("Russian corvette escorts two sanctioned tankers through the Fehmarn Belt", "MOBILIZE", ["Russia"],
              "2025-09-10TEV", "text", "occurred", "Eine Korvette der russischen Baltischen Flotte"),
            E("German navy shadows the convoy with a corvette and a helicopter", "MOBILIZE", ["Germany"],
              "2025-09-10TEV", "context", "occurred", "Die Deutsche Marine ließ den Verband"),
            E("Russian navy escorts sanctioned tankers in the Gulf of Finland since the spring", "MOBILIZE",
              ["Russia"], "2025-SP", "text", "occurred", "Im Finnischen Meerbusen", date_mod="START"),
            E("Pistorius calls the escort a deliberate show of force", "ACCUSE", ["Germany", "Russia"], "2025-09-11",
              "text", "occurred", "gezielten Machtdemonstration"),
            E("Merz calls on EU partners to target the shadow fleet harder in the next package", "REQUEST",
              ["Friedrich Merz", "European Union"], "2025-09-12", "published", "occurred",
              "Merz (CDU) forderte die EU-Partner auf"),
            E("Commission to present its proposal for the 19th package next week", "REQUEST", ["European Union"],
              "2025-W38", "text", "planned", "Die EU-Kommission will ihren Vorschlag"),
            E("Peskov: Russia will ensure the security of its merchant ships on all seas", "THREATEN",
              ["Dmitry Peskov"], "2025-09-11", "text", "occurred", "auf allen Meeren gewährleisten"),
            E("Zakharova accuses Berlin of wanting to turn the Baltic into a NATO lake", "ACCUSE",
              ["Maria Zakharova", "Germany", "NATO"], "2025-09-12", "published", "occurred", "Binnenmeer der Nato"),
            E("Russian drones enter Polish airspace", "ASSAULT", ["Russia", "Poland"], "2025-09-09TNI", "text",
              "occurred", "russische Drohnen in den polnischen Luftraum"),
            E("Poland requests Article 4 consultations", "REQUEST", ["Poland", "NATO"], "2025-09-10", "context",
              "occurred", "Auf Antrag Polens"),
            E("NATO allies consult under Article 4", "CONSULT", ["NATO", "Poland"], "2025-09-10", "text", "occurred",
              "Auf Antrag Polens"),
        ],
        [
            S("Germany", "Navy command: the convoy was watched by the corvette Magdeburg and a helicopter", "2025-09-12",
              "published", "Die Deutsche Marine ließ den Verband"),
            S("Germany", "No incidents; the Danish navy took over west of Fehmarn", "2025-09-12", "published",
              "Zwischenfälle habe es nicht gegeben"),
            S("Germany", "Security sources: first Russian warship escort of shadow-fleet tankers through German waters",
              "2025-09-12", "published", "Nach Informationen aus Sicherheitskreisen"),
            S("Germany", "Pistorius: a deliberate show of force", "2025-09-11", "text", "gezielten Machtdemonstration"),
            S("Germany", "Pistorius: the government will not be intimidated", "2025-09-11", "context",
              "nicht einschüchtern lassen"),
            S("Friedrich Merz", "EU partners should target the shadow fleet harder in the next package", "2025-09-12",
              "published", "Merz (CDU) forderte die EU-Partner auf"),
            S("Dmitry Peskov", "Indirectly confirms the escort", "2025-09-11", "context",
              "Peskow bestätigte die Eskorte indirekt."),
            S("Dmitry Peskov", "Russia will ensure the security of its merchant ships on all seas", "2025-09-11",
              "text", "auf allen Meeren gewährleisten"),
            S("Maria Zakharova", "Berlin wants to turn the Baltic into a NATO inland sea", "2025-09-12", "published",
              "Binnenmeer der Nato"),
        ],
        ["Russia", "Germany", "European Union", "Friedrich Merz", "Dmitry Peskov", "Kremlin", "Maria Zakharova",
         "NATO", "Poland"],
    ),
    doc(
        "b96de05_eagle_s_gericht_helsinki_2025_10", "2025-10-03", DE05,
        [
            T("Freitag", "DATE", "2025-10-03"),
            T("mehrere Jahre", "DURATION", "PXY"),
            T("30 Tage", "DURATION", "P30D"),
            T("ersten Weihnachtstag 2024", "DATE", "2024-12-25"),
            T("26. Dezember", "DATE", "2024-12-26"),
            T("März", "DATE", "2025-03"),
            T("Mai", "DATE", "2025-05"),
            T("Freitagnachmittag", "TIME", "2025-10-03TAF"),
            T("Januar", "DATE", "2025-01"),
        ],
        [
            E("Finnish special forces board the Eagle S and take it to port", "COERCE", ["Russia"], "2024-12-26",
              "text", "occurred", "Finnische Spezialkräfte hatten das Schiff",
              note="Finland is not canonical; the tanker is counted as Russia's shadow fleet"),
            E("Finnish police release the Eagle S", "CONCEDE", ["Russia"], "2025-03", "text", "occurred",
              "Die Polizei gab den Tanker im März wieder frei."),
            E("EU lists the Eagle S as part of Russia's shadow fleet", "SANCTION", ["European Union", "Russia"],
              "2025-05", "text", "occurred", "Die EU setzte die «Eagle S» im Mai"),
            E("Stubb: the gaps in the law of the sea must be closed", "REQUEST", ["Alexander Stubb"],
              "2025-10-03TAF", "context", "occurred", "Das Urteil zeige aber"),
            E("Kallas calls for EU legal instruments against shadow-fleet ships in the EEZ", "REQUEST",
              ["Kaja Kallas", "European Union"], "2025-10-03", "published", "occurred",
              "Kaja Kallas forderte"),
            E("Zakharova: the accusations against Russia are exposed as baseless", "REJECT", ["Maria Zakharova"],
              "2025-10-03", "published", "occurred", "als haltlos entlarvt"),
            E("Zakharova accuses the West of a witch-hunt on merchant ships", "ACCUSE", ["Maria Zakharova"],
              "2025-10-03", "published", "occurred", "Hetzjagd"),
            E("Peskov denies any Russian link to the ship", "REJECT", ["Dmitry Peskov"], "2025-10-03", "published",
              "occurred", "Russland habe mit dem Schiff nie etwas zu tun gehabt"),
            E("NATO stepped up its Baltic presence after the incident", "MOBILIZE", ["NATO"], "2025-01", "context",
              "occurred", "Nach dem Vorfall hatte die Nato",
              note="dated by the start of Baltic Sentry in the next sentence"),
            E("Baltic Sentry monitors cables and pipelines since January", "MOBILIZE", ["NATO"], "2025-01", "text",
              "occurred", "Seit Januar überwachen Fregatten", date_mod="START"),
        ],
        [
            S("Alexander Stubb", "Respects the independence of the judiciary", "2025-10-03TAF", "text",
              "er respektiere die Unabhängigkeit der Justiz"),
            S("Alexander Stubb", "The ruling shows gaps in the law of the sea that must be closed", "2025-10-03TAF",
              "context", "Das Urteil zeige aber"),
            S("Kaja Kallas", "The EU must develop legal instruments against shadow-fleet ships in the EEZ",
              "2025-10-03", "published", "Kaja Kallas forderte"),
            S("Maria Zakharova", "The accusations against Russia are exposed as baseless", "2025-10-03", "published",
              "als haltlos entlarvt"),
            S("Maria Zakharova", "The West is conducting a witch-hunt on peaceful merchant ships", "2025-10-03",
              "published", "Hetzjagd"),
            S("Dmitry Peskov", "Russia never had anything to do with the ship", "2025-10-03", "published",
              "Russland habe mit dem Schiff nie etwas zu tun gehabt"),
        ],
        ["European Union", "Russia", "Alexander Stubb", "Kaja Kallas", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "NATO"],
    ),
    doc(
        "b96de06_estland_marinegesetz_2025_03", "2025-03-21", DE06,
        [
            T("Mittwoch", "DATE", "2025-03-19"),
            T("Zuletzt", "DATE", "PAST_REF"),
            T("ersten Weihnachtstag", "DATE", "2024-12-25"),
            T("Tag darauf", "DATE", "2024-12-26"),
            T("Donnerstag", "DATE", "2025-03-20", 0),
            T("Donnerstag", "DATE", "2025-03-20", 1),
            T("vergangenen Sommer", "DATE", "2024-SU"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("9. April", "DATE", "2025-04-09"),
        ],
        [
            E("Finnish authorities detain the shadow-fleet tanker the day after the Estlink 2 damage", "COERCE",
              ["Russia"], "2024-12-26", "text", "occurred", "Finnische Behörden hatten das Schiff",
              note="the Eagle S; Finland is not canonical"),
            E("Zakharova calls the law a licence for state piracy", "ACCUSE", ["Maria Zakharova"], "2025-03-20",
              "text", "occurred", "Freibrief für staatliche Piraterie"),
            E("Zakharova: any attack on ships calling at Russian ports will be answered", "THREATEN",
              ["Maria Zakharova"], "2025-03-20", "context", "occurred", "Jeder Angriff auf Schiffe"),
            E("Russian navy to ensure the security of merchant shipping in the Gulf of Finland", "MOBILIZE",
              ["Russia"], "2025-03-21", "published", "planned", "in jeder Hinsicht"),
            E("Rutte: every ally has the right to protect its critical infrastructure", "SUPPORT", ["Mark Rutte"],
              "2025-03-20", "text", "occurred", "jeder Verbündete habe das Recht"),
            E("NATO to keep its Baltic presence under Baltic Sentry", "MOBILIZE", ["NATO", "Mark Rutte"],
              "2025-03-20", "context", "planned", "im Rahmen von Baltic Sentry aufrechterhalten"),
            E("Kallas defends the Estonian law against Moscow's criticism", "SUPPORT", ["Kaja Kallas"], "2025-03-21",
              "published", "occurred", "verteidigte das Gesetz"),
        ],
        [
            S("Russia", "Moscow's reaction was sharp", "2025-03-21", "published", "Die Reaktion aus Moskau"),
            S("Maria Zakharova", "The law is a licence for state piracy", "2025-03-20", "text",
              "Freibrief für staatliche Piraterie"),
            S("Maria Zakharova", "Any attack on ships calling at Russian ports will be treated as an attack on Russia",
              "2025-03-20", "context", "Jeder Angriff auf Schiffe"),
            S("Dmitry Peskov", "The navy will ensure the security of merchant shipping in the Gulf of Finland",
              "2025-03-21", "published", "in jeder Hinsicht"),
            S("Mark Rutte", "Every ally has the right to protect its critical infrastructure", "2025-03-20", "text",
              "jeder Verbündete habe das Recht"),
            S("Mark Rutte", "NATO will maintain its Baltic presence under Baltic Sentry", "2025-03-20", "context",
              "im Rahmen von Baltic Sentry aufrechterhalten"),
            S("Kaja Kallas", "Defends the Estonian law against Moscow's criticism", "2025-03-21", "published",
              "verteidigte das Gesetz"),
            S("Germany", "Kaack: no comparable legal basis in the German EEZ; the navy can only observe and report",
              "2025-03-21", "published", "Vizeadmiral Jan Christian Kaack"),
        ],
        ["Russia", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Mark Rutte", "NATO", "Kaja Kallas",
         "European Union", "Germany"],
    ),
]
