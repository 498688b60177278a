"""German articles of the blind82 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b82de01 (NZZ am Sonntag)
DE01 = """
Russland zielt auf das Stromnetz – und Kiew gehen die Abfangraketen aus

Die ukrainische Energieversorgung hat in der Nacht auf Freitag den schwersten Schlag seit Kriegsbeginn erlitten.
Nach Angaben der ukrainischen Luftwaffe feuerte die russische Armee rund 90 Raketen und mehr als 60 Kampfdrohnen ab; getroffen wurde unter anderem das Wasserkraftwerk am Dnipro in Saporischja, das grösste des Landes.
Mindestens fünf Menschen kamen ums Leben, in Charkiw waren Hunderttausende ohne Strom.
Bereits am Donnerstagmorgen hatten erstmals seit sechs Wochen wieder Marschflugkörper die Hauptstadt Kiew angegriffen.

Präsident Wolodimir Selenski verlangte noch am Freitag von den Verbündeten mehr Flugabwehr, und zwar sofort.
«Russische Raketen kennen keine Verzögerungen, anders als Hilfspakete», schrieb er auf Telegram.
Aussenminister Dmytro Kuleba wurde am Samstag deutlicher: Die Ukraine brauche «Patriots, jetzt», und Deutschland und die Vereinigten Staaten wüssten genau, wo solche Systeme stünden.

Das Verteidigungsministerium in Moskau sprach von einem «massiven Schlag» gegen Energie- und Rüstungsbetriebe und stellte ihn als Vergeltung für ukrainische Angriffe auf die Grenzregion Belgorod dar.
Kremlsprecher Dmitri Peskow sagte in einem am Freitag veröffentlichten Interview, Russland befinde sich «im Kriegszustand», weil der Westen sich auf der Seite Kiews in den Konflikt eingemischt habe.
Überschattet wurde das Wochenende allerdings vom Anschlag auf die Crocus City Hall bei Moskau am Freitagabend.
Wladimir Putin deutete am Samstag in einer Fernsehansprache an, die Täter hätten sich in die Ukraine absetzen wollen.
Kiew wies jede Verwicklung umgehend und entschieden zurück.

In Brüssel hatten sich die Staats- und Regierungschefs der EU am Donnerstag grundsätzlich darauf verständigt, die Zinserträge aus eingefrorenen russischen Zentralbankgeldern für Waffenkäufe zugunsten der Ukraine einzusetzen.
Bis zu drei Milliarden Euro pro Jahr könnten so zusammenkommen, schätzt die EU-Kommission.
Bundeskanzler Olaf Scholz sprach am Rande des Gipfels von einem wichtigen Signal und erinnerte daran, dass Deutschland im vergangenen Jahr zwei Patriot-Systeme an Kiew abgegeben habe.
Aus dem Weissen Haus hiess es am Freitag, die Angriffe auf zivile Infrastruktur seien «abscheulich»; Washington werde Kiew helfen, die Schäden am Netz zu beheben.

In Bern verfolgt man die Entwicklung mit Sorge.
Auf Bitten Selenskis, der Mitte Januar in Bern zu Gast war, will der Bundesrat im Sommer eine hochrangige Friedenskonferenz ausrichten.
Bundespräsidentin Viola Amherd hält an dem Plan fest, auch wenn Moskau das Treffen schon jetzt als «sinnlos» abtut.
Eine Beteiligung an der Luftverteidigung der Ukraine schliesst die Schweiz mit Verweis auf ihre Neutralität weiterhin aus.
"""

# ---------------------------------------------------------------- b82de02 (Bild am Sonntag)
DE02 = """
Putins Terror-Nacht gegen das Gas: Selenskyj fleht um Flugabwehr

Kiew/Berlin – Es war eine der schwersten Angriffswellen seit Monaten.
In der Nacht zu Freitag feuerte Russland nach ukrainischen Angaben 67 Raketen und 194 Drohnen auf die Ukraine ab, Hauptziel waren Gasförderanlagen und Kraftwerke.
Zur Abwehr stiegen erstmals auch Mirage-Kampfjets auf, die Frankreich erst im Februar geliefert hatte.
In der Nacht zu Samstag traf es dann die Kleinstadt Dobropillja im Gebiet Donezk: Elf Tote, darunter fünf Kinder, meldeten die Behörden.

Präsident Wolodymyr Selenskyj (47) verlangte am Samstagabend in seiner Videoansprache mehr Flugabwehr für sein Land.
„Wer Frieden will, muss jetzt helfen, Raketen abzufangen, statt Moskau Zeit zu schenken“, sagte er.
Am Montag reist Selenskyj zu Kronprinz Mohammed bin Salman nach Saudi-Arabien.
Am Dienstag verhandeln dann Präsidialamtschef Andrij Jermak und Außenminister Andrij Sybiha in Dschidda mit der US-Delegation um Außenminister Marco Rubio.

US-Präsident Donald Trump (78) meldete sich am Freitag auf seiner Plattform Truth Social zu Wort: Weil Russland die Ukraine derzeit regelrecht zerschlage, erwäge er ernsthaft umfassende Bank-Sanktionen und Zölle gegen Moskau, bis eine Waffenruhe stehe.
Zugleich forderte er Russen und Ukrainer auf, sich „sofort an den Tisch“ zu setzen.
Mit Russland sei es allerdings „einfacher“ als mit der Ukraine, fügte Trump im Oval Office hinzu.
Die Weitergabe von Geheimdienstinformationen an Kiew hatte Washington erst am Mittwoch ausgesetzt, nachdem Trump schon Anfang der Woche die Waffenlieferungen gestoppt hatte.

In Berlin wächst der Druck.
Verteidigungsminister Boris Pistorius (SPD) sagte BILD am SONNTAG: „Putin setzt auf Terror gegen Zivilisten. Wir liefern weiter IRIS-T, so schnell es geht.“
CDU-Chef Friedrich Merz, der nach der Bundestagswahl vor zwei Wochen Kanzler werden will, versprach am Freitag, Deutschland werde die Ukraine „nicht im Stich lassen“.

Im Kreml gab man sich ungerührt.
Sprecher Dmitri Peskow behauptete am Freitag, die Angriffe hätten ausschließlich militärischen Zielen gegolten.
Präsident Wladimir Putin sei offen für Frieden, aber nur, wenn die „Ursachen des Konflikts“ beseitigt würden, so Peskow.
Außenminister Sergej Lawrow hatte schon am Donnerstag jede europäische Friedenstruppe in der Ukraine kategorisch abgelehnt.
"""

# ---------------------------------------------------------------- b82de03 (Schaumburger Nachrichten)
DE03 = """
Größter Luftangriff des Krieges: Kiew bittet die Nachbarn um Hilfe beim Abschießen

Kiew/Bückeburg. Russland hat die Ukraine am Montag mit dem bislang größten kombinierten Luftangriff des Krieges überzogen.
Nach Angaben von Präsident Wolodymyr Selenskyj setzten die russischen Streitkräfte 127 Raketen und 109 Kampfdrohnen ein; in mindestens 15 Regionen wurden Energieanlagen getroffen, sieben Menschen kamen ums Leben.
In der Nacht zu Dienstag folgten weitere Angriffe, unter anderem auf Krywyj Rih und Charkiw.

Polen ließ am Montagmorgen Kampfflugzeuge aufsteigen.
Ein Flugobjekt, vermutlich eine russische Drohne, sei aus der Ukraine kommend in den polnischen Luftraum eingedrungen, teilte das Einsatzführungskommando in Warschau mit; die Suche dauere an.
Selenskyj forderte am Montagabend Polen und die anderen Nachbarstaaten auf, russische Raketen und Drohnen schon über der Westukraine abzuschießen.
Zugleich verlangte er von den USA und Großbritannien erneut die Erlaubnis, westliche Waffen gegen Ziele tief in Russland einzusetzen.
Der polnische Außenminister Radosław Sikorski sagte am Dienstag, Warschau prüfe die Bitte, brauche dafür aber die Rückendeckung der Nato-Partner.

US-Präsident Joe Biden verurteilte die Angriffe noch am Montag als „empörend“ und sicherte Kiew weitere Ausrüstung für das Stromnetz und die Luftabwehr zu.
Der britische Außenminister David Lammy sprach ebenfalls am Montag von einem „barbarischen“ Angriff auf die Zivilbevölkerung.
Der EU-Außenbeauftragte Josep Borrell will die Frage der Waffenbeschränkungen am Donnerstag beim Treffen der EU-Außenminister in Brüssel auf den Tisch legen.

Das russische Verteidigungsministerium erklärte dagegen, man habe „kritische Energieinfrastruktur“ getroffen, die die ukrainische Rüstungsindustrie versorge.
Außenminister Sergej Lawrow warnte die USA am Montag, sie „spielten mit dem Feuer“, wenn sie Kiew Angriffe tief im russischen Hinterland erlaubten.
Seit dem 6. August halten ukrainische Truppen Teile des russischen Gebiets Kursk besetzt, Moskau spricht von einer „Provokation“ des Westens.

Auch in Bückeburg verfolgen viele die Nachrichten mit Sorge.
Der Verein „Schaumburg hilft“ will in der kommenden Woche einen weiteren Transport mit Stromgeneratoren nach Lwiw schicken, wie die Vorsitzende unserer Zeitung sagte.
Rund 600 Geflüchtete aus der Ukraine leben derzeit im Landkreis, viele von ihnen haben Angehörige in Städten, die in diesen Tagen ohne Strom sind.
"""

# ---------------------------------------------------------------- b82de04 (Hamburger Morgenpost)
DE04 = """
Raketen auf Wohnblocks in Ternopil: Dutzende Tote – und Selenskyj sitzt bei Erdoğan

Es ist einer der blutigsten Angriffe auf eine ukrainische Stadt in diesem Jahr: Russische Raketen haben am frühen Mittwochmorgen zwei neunstöckige Wohnhäuser im westukrainischen Ternopil getroffen.
Bis Donnerstagmorgen zählten die Rettungskräfte 26 Tote, darunter drei Kinder, Dutzende Menschen werden noch vermisst.
Insgesamt schickte Russland in der Nacht nach Angaben der ukrainischen Luftwaffe 476 Drohnen und 48 Raketen los, auch in Lwiw und Charkiw gab es Einschläge.

Präsident Wolodymyr Selenskyj erfuhr von dem Angriff auf dem Weg nach Ankara, wo er am Mittwoch den türkischen Präsidenten Recep Tayyip Erdoğan traf.
„Jeder Angriff dieser Art zeigt, dass der Druck auf Russland nicht ausreicht“, sagte Selenskyj nach dem Treffen und verlangte mehr Flugabwehr und schärfere Sanktionen.
Erdoğan bot erneut an, in Istanbul direkte Verhandlungen zwischen Moskau und Kiew auszurichten.
Selenskyj drängte darauf, die im Sommer in Istanbul vereinbarten Gefangenenaustausche wieder aufzunehmen.
Ein geplantes Treffen mit dem US-Sondergesandten Steve Witkoff in der Türkei kam dagegen nicht zustande.

Kremlsprecher Dmitri Peskow stellte am Mittwoch klar, Russland werde an Gesprächen in der Türkei nicht teilnehmen.
Das Verteidigungsministerium in Moskau sprach von einem „massiven Schlag mit Präzisionswaffen“ gegen Rüstungsbetriebe und Energieanlagen.
Unterdessen berichteten US-Medien, Witkoff habe im Oktober in Miami mit dem Kremlbeauftragten Kirill Dmitrijew einen 28-Punkte-Plan ausgearbeitet, der Kiew weitreichende Zugeständnisse abverlange.
An diesem Donnerstag wird US-Heeresminister Dan Driscoll in Kiew erwartet.

Die EU-Außenbeauftragte Kaja Kallas verurteilte den Angriff noch am Mittwoch als „abscheulich“.
Sie forderte die Mitgliedstaaten auf, den Druck auf Moskau mit dem 20. Sanktionspaket rasch zu erhöhen.
Bundeskanzler Friedrich Merz schrieb am Mittwochabend auf X, Putin bombardiere weiter, statt zu verhandeln.

Auch in Hamburg war die Erschütterung groß.
Auf dem Rathausmarkt versammelten sich ebenfalls am Mittwochabend rund 300 Menschen zu einer Mahnwache, zu der die ukrainische Gemeinde aufgerufen hatte.
„Viele von uns haben Verwandte in Ternopil“, sagte eine Sprecherin der Gemeinde der MOPO.
"""

# ---------------------------------------------------------------- b82de05 (Waiblinger Kreiszeitung)
DE05 = """
Drohne beschädigt deutsche Botschaft in Kiew – Berlin bestellt Russlands Botschafter ein

Kiew/Waiblingen. Bei einem russischen Drohnenangriff auf Kiew ist in der Nacht zum Mittwoch auch die deutsche Botschaft beschädigt worden.
Trümmerteile einer abgeschossenen Drohne durchschlugen nach Angaben des Auswärtigen Amts das Dach der Visastelle; ein ukrainischer Wachmann wurde leicht verletzt, deutsche Diplomaten kamen nicht zu Schaden.
Insgesamt griff Russland die Hauptstadt mehr als fünf Stunden lang mit rund 300 Drohnen und 20 Raketen an, mindestens neun Menschen starben.

Das Auswärtige Amt bestellte noch am Mittwochvormittag den russischen Botschafter Sergej Netschajew ein.
Außenminister Johann Wadephul (CDU) verlangte von Moskau, die Angriffe auf zivile Ziele und diplomatische Einrichtungen sofort einzustellen.
„Wer Botschaften bombardiert, zeigt, was er von Diplomatie hält“, sagte Wadephul in Berlin.

Bundeskanzler Friedrich Merz (CDU) telefonierte am Mittwochabend mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.
Er sagte zwei weitere IRIS-T-Systeme und zusätzliche Patriot-Lenkflugkörper zu, die in den kommenden Wochen geliefert werden sollen.
Selenskyj dankte Deutschland auf der Plattform X für die „schnelle und klare Reaktion“.
Zugleich bat er um weitere Systeme für die Städte im Osten, die fast täglich angegriffen würden.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sprach am Donnerstag von einer „inszenierten Provokation“: Die Schäden habe die ukrainische Flugabwehr verursacht.
Berlin solle sich lieber fragen, warum es Kiew immer mehr Waffen liefere, fügte sie hinzu und drohte mit „Gegenmaßnahmen“, falls Deutschland Taurus-Marschflugkörper schicke.
Kremlsprecher Dmitri Peskow versicherte, die russischen Streitkräfte griffen „keine diplomatischen Vertretungen“ an.

Die EU-Außenbeauftragte Kaja Kallas kündigte an, die Außenminister der Union würden am kommenden Montag in Brüssel über zusätzliche Luftabwehr für die Ukraine beraten.
Nato-Generalsekretär Mark Rutte rief die Verbündeten auf, ihre Zusagen für die ukrainische Flugabwehr schneller einzulösen.

Im Rems-Murr-Kreis hat der Angriff Erinnerungen geweckt.
Der Verein „Remstal hilft“ hatte erst im April 50 Stromaggregate nach Kiew gebracht, einige davon für Krankenhäuser.
Die nächste Fahrt sei für Juni geplant, sagte der Vorsitzende unserer Zeitung.
"""

# ---------------------------------------------------------------- b82de06 (Lahrer Zeitung)
DE06 = """
Raketen auf Odessa: Paris bestellt Russlands Botschafter ein – Macron verspricht Luftabwehr

Odessa/Lahr. Bei einem der schwersten Angriffe auf Odessa seit Monaten haben russische Raketen in der Nacht zum Dienstag den Hafen und die historische Altstadt getroffen.
Mindestens 14 Menschen wurden getötet, mehr als 60 verletzt, teilte die Militärverwaltung der Stadt mit.
Schwer beschädigt wurde auch das Gebäude des Institut français, in dem sich nach Angaben des französischen Außenministeriums zur Zeit des Angriffs niemand aufhielt.

Frankreich bestellte am Dienstag den russischen Botschafter Alexej Meschkow ins Außenministerium am Quai d'Orsay ein.
Außenminister Jean-Noël Barrot sprach von einem „vorsätzlichen Angriff auf die Kultur und auf Zivilisten“ und kündigte an, Paris werde die Verantwortlichen zur Rechenschaft ziehen.
Präsident Emmanuel Macron telefonierte am Dienstagabend mit Wolodymyr Selenskyj und sagte ein weiteres Flugabwehrsystem vom Typ SAMP/T samt Aster-Raketen bis zum Sommer zu.
Italiens Regierungschefin Giorgia Meloni habe ihm bereits am Montag zugesagt, das System mitzufinanzieren, hieß es im Élysée-Palast.

Selenskyj dankte Macron für die „konkreten Schritte“ und rief die Partner auf, Odessa und die anderen Häfen am Schwarzen Meer besser zu schützen.
„Russland feiert Ostern mit Raketen auf Kirchen und Schulen“, schrieb er am Mittwoch mit Blick auf die orthodoxen Osterfeiertage am vergangenen Wochenende.

Das russische Verteidigungsministerium erklärte, getroffen worden seien Lagerhallen im Hafen, in denen westliche Waffen umgeschlagen würden.
Außenamtssprecherin Maria Sacharowa warf Paris am Mittwoch vor, mit seinen Waffenlieferungen den Krieg zu verlängern, und tat die Einbestellung als „theatralisch“ ab.
Kremlsprecher Dmitri Peskow sagte, Russland greife nur militärische Ziele an.

Die EU-Außenbeauftragte Kaja Kallas forderte, das 21. Sanktionspaket noch vor dem Gipfel im Juni zu beschließen.

In Lahr verfolgt man die Lage auch über die französische Partnerstadt Dole: Beide Städte hatten im vergangenen Jahr gemeinsam einen Hilfstransport nach Odessa organisiert.
Ein weiterer ist nach Angaben der Stadtverwaltung für Mai geplant.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b82de01_stromnetz_patriots_2024_03", "2024-03-24", DE01,
        [
            T("der Nacht auf Freitag", "TIME", "2024-03-21TNI", note="night to Friday 22 March 2024"),
            T("Donnerstagmorgen", "TIME", "2024-03-21TMO"),
            T("sechs Wochen", "DURATION", "P6W"),
            T("Freitag", "DATE", "2024-03-22", 1),
            T("Samstag", "DATE", "2024-03-23", 0),
            T("Freitag", "DATE", "2024-03-22", 2),
            T("Freitagabend", "TIME", "2024-03-22TEV"),
            T("Samstag", "DATE", "2024-03-23", 1),
            T("Donnerstag", "DATE", "2024-03-21"),
            T("Jahr", "SET", "P1Y", 0),
            T("vergangenen Jahr", "DATE", "2023"),
            T("Freitag", "DATE", "2024-03-22", 3),
            T("Mitte Januar", "DATE", "2024-01", mod="MID"),
            T("Sommer", "DATE", "2024-SU"),
            T("jetzt", "DATE", "PRESENT_REF", 0, note="in Kuleba's quote"),
            T("jetzt", "DATE", "PRESENT_REF", 1),
        ],
        [
            E("Russian missile and drone barrage on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
              "2024-03-21TNI", "text", "occurred", "den schwersten Schlag seit Kriegsbeginn erlitten",
              note="night to Friday 22 March 2024"),
            E("Cruise missiles strike Kyiv for the first time in six weeks", "ASSAULT", ["Russia", "Ukraine"],
              "2024-03-21TMO", "text", "occurred", "Bereits am Donnerstagmorgen"),
            E("Zelensky demands more air defence from the allies", "REQUEST", ["Volodymyr Zelensky"], "2024-03-22",
              "text", "occurred", "verlangte noch am Freitag"),
            E("Kuleba asks Germany and the United States for Patriots now", "REQUEST",
              ["Ukraine", "Germany", "United States"], "2024-03-23", "text", "occurred",
              "Kuleba wurde am Samstag deutlicher"),
            E("Russian defence ministry presents the strike as retaliation for Ukrainian attacks on Belgorod",
              "ACCUSE", ["Russia", "Ukraine"], "2024-03-22", "context", "occurred",
              "stellte ihn als Vergeltung"),
            E("Peskov blames the West's interference for a 'state of war'", "ACCUSE", ["Dmitry Peskov"],
              "2024-03-22", "text", "occurred", "im Kriegszustand"),
            E("Putin insinuates that the Crocus attackers wanted to flee to Ukraine", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2024-03-23", "text", "occurred", "deutete am Samstag"),
            E("Kyiv rejects any involvement in the Crocus attack", "REJECT", ["Ukraine", "Vladimir Putin"],
              "2024-03-23", "context", "occurred", "Kiew wies jede Verwicklung"),
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2024-03-21", "text", "occurred",
              "In Brüssel hatten sich die Staats- und Regierungschefs"),
            E("EU leaders agree in principle to use windfall profits from frozen Russian assets for arms for Ukraine",
              "AID", ["European Union", "Ukraine", "Russia"], "2024-03-21", "text", "occurred",
              "In Brüssel hatten sich die Staats- und Regierungschefs"),
            E("Germany handed two Patriot systems to Ukraine", "AID", ["Germany", "Ukraine"], "2023", "text",
              "occurred", "zwei Patriot-Systeme"),
            E("White House condemns the attacks on civilian infrastructure", "ACCUSE", ["White House", "Russia"],
              "2024-03-22", "text", "occurred", "Aus dem Weissen Haus"),
            E("US to help Kyiv repair the grid", "AID", ["United States", "Ukraine"], "2024-03-22", "context",
              "planned", "Aus dem Weissen Haus"),
            E("Zelensky asked Switzerland to host a peace conference during his visit to Bern", "REQUEST",
              ["Volodymyr Zelensky"], "2024-01", "text", "occurred", "Auf Bitten Selenskis",
              date_mod="MID"),
            E("High-level peace conference in Switzerland planned for the summer", "CONSULT", ["Ukraine"],
              "2024-SU", "text", "planned", "Auf Bitten Selenskis"),
            E("Moscow dismisses the planned conference as pointless", "REJECT", ["Russia", "Ukraine"],
              "PRESENT_REF", "vague", "occurred", "Amherd hält an dem Plan fest"),
        ],
        [
            S("Ukraine", "Air force: Russia fired about 90 missiles and more than 60 drones", "2024-03-24",
              "published", "Nach Angaben der ukrainischen Luftwaffe"),
            S("Volodymyr Zelensky", "Russian missiles know no delays, unlike aid packages", "2024-03-22", "context",
              "Russische Raketen kennen keine Verzögerungen"),
            S("Ukraine", "Kuleba: Ukraine needs Patriots now; Germany and the US know where they are", "2024-03-23",
              "text", "Kuleba wurde am Samstag deutlicher"),
            S("Russia", "Defence ministry: a massive strike on energy and defence plants, retaliation for Belgorod",
              "2024-03-22", "context", "stellte ihn als Vergeltung"),
            S("Dmitry Peskov", "Russia is in a state of war because the West interfered on Kyiv's side", "2024-03-22",
              "text", "im Kriegszustand"),
            S("Vladimir Putin", "The attackers wanted to escape to Ukraine", "2024-03-23", "text",
              "deutete am Samstag"),
            S("Ukraine", "Kyiv rejects any involvement", "2024-03-23", "context", "Kiew wies jede Verwicklung"),
            S("European Union", "Commission: up to three billion euros a year could be raised", "2024-03-24",
              "published", "schätzt die EU-Kommission"),
            S("Olaf Scholz", "An important signal; Germany gave Kyiv two Patriot systems last year", "2024-03-21",
              "context", "sprach am Rande des Gipfels"),
            S("White House", "The attacks on civilian infrastructure are abhorrent; the US will help repair the grid",
              "2024-03-22", "text", "Aus dem Weissen Haus"),
            S("Russia", "Moscow calls the peace conference pointless", "2024-03-24", "published",
              "Amherd hält an dem Plan fest"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Germany", "United States", "Dmitry Peskov", "Kremlin",
         "Vladimir Putin", "European Union", "Olaf Scholz", "White House"],
    ),
    doc(
        "b82de02_gasangriffe_trump_sanktionsdrohung_2025_03", "2025-03-09", DE02,
        [
            T("Monaten", "DURATION", "PXM"),
            T("der Nacht zu Freitag", "TIME", "2025-03-06TNI", note="night to Friday 7 March 2025"),
            T("Februar", "DATE", "2025-02"),
            T("der Nacht zu Samstag", "TIME", "2025-03-07TNI", note="night to Saturday 8 March 2025"),
            T("Samstagabend", "TIME", "2025-03-08TEV"),
            T("jetzt", "DATE", "PRESENT_REF", note="in Zelensky's quote"),
            T("Montag", "DATE", "2025-03-10"),
            T("Dienstag", "DATE", "2025-03-11"),
            T("Freitag", "DATE", "2025-03-07", 1),
            T("derzeit", "DATE", "PRESENT_REF", note="in Trump's post, 7 March"),
            T("Mittwoch", "DATE", "2025-03-05"),
            T("Anfang der Woche", "DATE", "2025-W10", mod="START"),
            T("vor zwei Wochen", "DATE", "2025-W08"),
            T("Freitag", "DATE", "2025-03-07", 2),
            T("Freitag", "DATE", "2025-03-07", 3),
            T("Donnerstag", "DATE", "2025-03-06"),
        ],
        [
            E("Russian missile and drone barrage on Ukraine's gas production and power plants", "ASSAULT",
              ["Russia", "Ukraine"], "2025-03-06TNI", "text", "occurred", "feuerte Russland nach ukrainischen Angaben",
              note="night to Friday 7 March 2025"),
            E("France delivered Mirage fighter jets to Ukraine", "AID", ["France", "Ukraine"], "2025-02", "text",
              "occurred", "Mirage-Kampfjets"),
            E("Russian strike on Dobropillia kills eleven", "ASSAULT", ["Russia", "Ukraine"], "2025-03-07TNI", "text",
              "occurred", "Dobropillja", note="night to Saturday 8 March 2025"),
            E("Zelensky demands more air defence", "REQUEST", ["Volodymyr Zelensky"], "2025-03-08TEV", "text",
              "occurred", "verlangte am Samstagabend"),
            E("Zelensky to visit Crown Prince Mohammed bin Salman in Saudi Arabia", "CONSULT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2025-03-10", "text", "planned", "Kronprinz Mohammed bin Salman"),
            E("Ukrainian–US talks in Jeddah (Yermak, Sybiha, Rubio)", "CONSULT",
              ["Ukraine", "United States", "Andriy Yermak", "Andrii Sybiha", "Marco Rubio"], "2025-03-11", "text",
              "planned", "Am Dienstag verhandeln dann"),
            E("Trump threatens Russia with banking sanctions and tariffs until a ceasefire", "THREATEN",
              ["Donald Trump", "Russia"], "2025-03-07", "text", "occurred", "Truth Social"),
            E("Trump calls on Russians and Ukrainians to come to the table immediately", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2025-03-07", "context", "occurred", "sofort an den Tisch"),
            E("US suspends intelligence sharing with Kyiv", "SANCTION", ["United States", "Ukraine"], "2025-03-05",
              "text", "occurred", "Die Weitergabe von Geheimdienstinformationen"),
            E("Trump stops weapons deliveries to Ukraine", "SANCTION", ["Donald Trump", "Ukraine"], "2025-W10", "text",
              "occurred", "Die Weitergabe von Geheimdienstinformationen", date_mod="START"),
            E("Pistorius accuses Putin of terror against civilians", "ACCUSE", ["Germany", "Vladimir Putin"],
              "2025-03-09", "published", "occurred", "Putin setzt auf Terror"),
            E("Germany to keep delivering IRIS-T to Ukraine", "AID", ["Germany", "Ukraine"], "2025-03-09",
              "published", "planned", "Putin setzt auf Terror"),
            E("Merz promises Germany will not abandon Ukraine", "AGREE", ["Friedrich Merz", "Ukraine"], "2025-03-07",
              "text", "occurred", "nicht im Stich lassen"),
            E("Peskov denies civilian targets, claims only military ones were hit", "REJECT", ["Dmitry Peskov"],
              "2025-03-07", "text", "occurred", "Sprecher Dmitri Peskow behauptete"),
            E("Putin open to peace via Peskov", "AGREE", ["Vladimir Putin", "Dmitry Peskov"], "2025-03-07", "context",
              "occurred", "sei offen für Frieden"),
            E("Putin's condition: the root causes of the conflict must be removed", "REQUEST",
              ["Vladimir Putin", "Dmitry Peskov"], "2025-03-07", "context", "occurred", "sei offen für Frieden"),
            E("Lavrov rejects any European peacekeeping force in Ukraine", "REJECT",
              ["Sergey Lavrov", "European Union"], "2025-03-06", "text", "occurred", "kategorisch abgelehnt"),
        ],
        [
            S("Ukraine", "Russia fired 67 missiles and 194 drones at gas production and power plants", "2025-03-07",
              "context", "feuerte Russland nach ukrainischen Angaben"),
            S("Ukraine", "Authorities: eleven dead in Dobropillia, five of them children", "2025-03-08", "context",
              "Dobropillja"),
            S("Volodymyr Zelensky", "Whoever wants peace must help intercept missiles now instead of giving Moscow time",
              "2025-03-08TEV", "context", "Wer Frieden will"),
            S("Donald Trump", "Russia is pounding Ukraine; strongly considering banking sanctions and tariffs until a "
              "ceasefire", "2025-03-07", "text", "Truth Social"),
            S("Donald Trump", "Russians and Ukrainians must come to the table immediately", "2025-03-07", "context",
              "sofort an den Tisch"),
            S("Donald Trump", "It is easier with Russia than with Ukraine", "2025-03-07", "context",
              "fügte Trump im Oval Office hinzu"),
            S("Germany", "Pistorius: Putin relies on terror against civilians; IRIS-T deliveries continue",
              "2025-03-09", "published", "Putin setzt auf Terror"),
            S("Friedrich Merz", "Germany will not abandon Ukraine", "2025-03-07", "text", "nicht im Stich lassen"),
            S("Dmitry Peskov", "The strikes targeted only military objects", "2025-03-07", "text",
              "Sprecher Dmitri Peskow behauptete"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin is open to peace only if the root causes are removed",
              "2025-03-07", "context", "sei offen für Frieden"),
            S("Sergey Lavrov", "Rejects any European peacekeeping force in Ukraine", "2025-03-06", "text",
              "kategorisch abgelehnt"),
        ],
        ["Russia", "Ukraine", "France", "Volodymyr Zelensky", "Saudi Arabia", "Andriy Yermak", "Andrii Sybiha",
         "United States", "Marco Rubio", "Donald Trump", "Germany", "Vladimir Putin", "Friedrich Merz", "Kremlin",
         "Dmitry Peskov", "Sergey Lavrov", "European Union"],
    ),
    doc(
        "b82de03_groesster_luftangriff_nachbarn_2024_08", "2024-08-28", DE03,
        [
            T("Montag", "DATE", "2024-08-26", 0),
            T("der Nacht zu Dienstag", "TIME", "2024-08-26TNI", note="night to Tuesday 27 August 2024"),
            T("Montagmorgen", "TIME", "2024-08-26TMO"),
            T("Montagabend", "TIME", "2024-08-26TEV"),
            T("Dienstag", "DATE", "2024-08-27", 1),
            T("Montag", "DATE", "2024-08-26", 1),
            T("Montag", "DATE", "2024-08-26", 2),
            T("Donnerstag", "DATE", "2024-08-29"),
            T("Montag", "DATE", "2024-08-26", 3),
            T("6. August", "DATE", "2024-08-06"),
            T("der kommenden Woche", "DATE", "2024-W36"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diesen Tagen", "DATE", "PRESENT_REF"),
        ],
        [
            E("Largest combined Russian air attack of the war on Ukraine's energy system", "ASSAULT",
              ["Russia", "Ukraine"], "2024-08-26", "text", "occurred", "mit dem bislang größten kombinierten"),
            E("Further Russian strikes on Kryvyi Rih and Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2024-08-26TNI",
              "text", "occurred", "In der Nacht zu Dienstag folgten", note="night to Tuesday 27 August 2024"),
            E("Poland scrambles fighter jets", "MOBILIZE", ["Poland"], "2024-08-26TMO", "text", "occurred",
              "Polen ließ am Montagmorgen"),
            E("Object, probably a Russian drone, enters Polish airspace", "ASSAULT", ["Russia", "Poland"],
              "2024-08-26", "context", "uncertain", "Ein Flugobjekt, vermutlich eine russische Drohne"),
            E("Zelensky asks Poland and the other neighbours to shoot down Russian missiles and drones over western "
              "Ukraine", "REQUEST", ["Volodymyr Zelensky", "Poland"], "2024-08-26TEV", "text", "occurred",
              "Selenskyj forderte am Montagabend"),
            E("Zelensky asks the US and Britain for permission to strike deep into Russia with Western weapons",
              "REQUEST", ["Volodymyr Zelensky", "United States", "United Kingdom"], "2024-08-26TEV", "context",
              "occurred", "Zugleich verlangte er von den USA"),
            E("Biden condemns the attacks as outrageous", "ACCUSE", ["Joe Biden", "Russia"], "2024-08-26", "text",
              "occurred", "Biden verurteilte die Angriffe"),
            E("Biden pledges more energy and air-defence equipment to Kyiv", "AID", ["Joe Biden", "Ukraine"],
              "2024-08-26", "text", "planned", "Biden verurteilte die Angriffe"),
            E("Lammy calls the attack barbaric", "ACCUSE", ["United Kingdom", "Russia"], "2024-08-26", "text",
              "occurred", "Lammy sprach"),
            E("EU foreign ministers to meet in Brussels and discuss weapons restrictions", "CONSULT",
              ["European Union"], "2024-08-29", "text", "planned", "Borrell will die Frage"),
            E("Lavrov warns the US against allowing Kyiv to strike deep into Russia", "REQUEST",
              ["Sergey Lavrov", "United States"], "2024-08-26", "text", "occurred", "spielten mit dem Feuer"),
            E("Ukrainian troops hold parts of the Kursk region since 6 August", "ASSAULT", ["Ukraine", "Russia"],
              "2024-08-06", "text", "occurred", "Seit dem 6. August", date_mod="START"),
            E("Moscow blames a Western provocation for the Kursk incursion", "ACCUSE", ["Russia"], "2024-08-28",
              "published", "occurred", "Seit dem 6. August"),
        ],
        [
            S("Volodymyr Zelensky", "Russia used 127 missiles and 109 drones; energy facilities in at least 15 regions "
              "hit, seven dead", "2024-08-26", "context", "Nach Angaben von Präsident"),
            S("Poland", "Operational Command: an object, probably a Russian drone, entered Polish airspace",
              "2024-08-26", "context", "Ein Flugobjekt, vermutlich eine russische Drohne"),
            S("Poland", "Sikorski: Warsaw is examining the request but needs NATO partners' backing", "2024-08-27",
              "text", "Sikorski sagte am Dienstag"),
            S("Joe Biden", "The attacks are outrageous; more energy and air-defence equipment for Kyiv", "2024-08-26",
              "text", "Biden verurteilte die Angriffe"),
            S("United Kingdom", "Lammy: a barbaric attack on civilians", "2024-08-26", "text", "Lammy sprach"),
            S("Russia", "Defence ministry: critical energy infrastructure supplying the arms industry was hit",
              "2024-08-26", "context", "kritische Energieinfrastruktur"),
            S("Sergey Lavrov", "The US is playing with fire if it allows strikes deep inside Russia", "2024-08-26",
              "text", "spielten mit dem Feuer"),
            S("Russia", "The Kursk incursion is a Western provocation", "2024-08-28", "published",
              "Seit dem 6. August"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Poland", "United States", "United Kingdom", "Joe Biden",
         "European Union", "Sergey Lavrov", "NATO"],
    ),
    doc(
        "b82de04_ternopil_erdogan_2025_11", "2025-11-20", DE04,
        [
            T("diesem Jahr", "DATE", "2025"),
            T("frühen Mittwochmorgen", "TIME", "2025-11-19TMO"),
            T("Donnerstagmorgen", "TIME", "2025-11-20TMO"),
            T("der Nacht", "TIME", "2025-11-18TNI", note="the night to Wednesday 19 November 2025"),
            T("Mittwoch", "DATE", "2025-11-19", 0),
            T("Sommer", "DATE", "2025-SU"),
            T("Mittwoch", "DATE", "2025-11-19", 1),
            T("Oktober", "DATE", "2025-10"),
            T("diesem Donnerstag", "DATE", "2025-11-20"),
            T("Mittwoch", "DATE", "2025-11-19", 2),
            T("Mittwochabend", "TIME", "2025-11-19TEV", 0),
            T("Mittwochabend", "TIME", "2025-11-19TEV", 1),
        ],
        [
            E("Russian missiles hit two apartment blocks in Ternopil", "ASSAULT", ["Russia", "Ukraine"],
              "2025-11-19TMO", "text", "occurred", "Russische Raketen haben am frühen Mittwochmorgen"),
            E("Zelensky meets Erdoğan in Ankara", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-11-19", "text", "occurred", "wo er am Mittwoch den türkischen Präsidenten"),
            E("Zelensky demands more air defence and tougher sanctions", "REQUEST", ["Volodymyr Zelensky"],
              "2025-11-19", "context", "occurred", "Jeder Angriff dieser Art"),
            E("Erdoğan offers to host direct Russia–Ukraine talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-11-19", "context", "occurred",
              "Erdoğan bot erneut an"),
            E("Zelensky urges resuming the prisoner exchanges", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-11-19", "context", "occurred", "Selenskyj drängte darauf"),
            E("Prisoner exchanges agreed in Istanbul in the summer", "AGREE", ["Russia", "Ukraine"], "2025-SU", "text",
              "occurred", "Selenskyj drängte darauf"),
            E("Planned Zelensky–Witkoff meeting in Turkey does not take place", "CONSULT",
              ["Volodymyr Zelensky", "Steve Witkoff"], "2025-11-19", "context", "cancelled",
              "Ein geplantes Treffen mit dem US-Sondergesandten"),
            E("Peskov: Russia will not take part in talks in Turkey", "REJECT", ["Dmitry Peskov", "Turkey"],
              "2025-11-19", "text", "occurred", "Peskow stellte am Mittwoch klar"),
            E("Witkoff and Dmitriev drafted a 28-point plan in Miami", "CONSULT", ["Steve Witkoff", "Kirill Dmitriev"],
              "2025-10", "text", "uncertain", "28-Punkte-Plan"),
            E("The 28-point plan demands far-reaching concessions from Kyiv", "REQUEST",
              ["Steve Witkoff", "Kirill Dmitriev", "Ukraine"], "2025-10", "text", "uncertain", "28-Punkte-Plan"),
            E("US Army Secretary Driscoll expected in Kyiv", "CONSULT", ["United States", "Ukraine"], "2025-11-20",
              "text", "planned", "Driscoll in Kiew erwartet"),
            E("Kallas condemns the attack as abhorrent", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-11-19", "text",
              "occurred", "Kallas verurteilte den Angriff"),
            E("Kallas calls for raising pressure on Moscow with the 20th sanctions package", "REQUEST",
              ["Kaja Kallas", "European Union", "Russia"], "2025-11-19", "context", "occurred",
              "Sie forderte die Mitgliedstaaten auf"),
            E("Merz accuses Putin of bombing instead of negotiating", "ACCUSE", ["Friedrich Merz", "Vladimir Putin"],
              "2025-11-19TEV", "text", "occurred", "Merz schrieb am Mittwochabend"),
        ],
        [
            S("Ukraine", "Rescuers: 26 dead in Ternopil, three of them children; dozens missing", "2025-11-20TMO", "text",
              "Bis Donnerstagmorgen zählten"),
            S("Ukraine", "Air force: Russia launched 476 drones and 48 missiles", "2025-11-19", "context",
              "476 Drohnen und 48 Raketen"),
            S("Volodymyr Zelensky", "Every such attack shows the pressure on Russia is not enough", "2025-11-19",
              "context", "Jeder Angriff dieser Art"),
            S("Recep Tayyip Erdoğan", "Offers Istanbul for direct talks between Moscow and Kyiv", "2025-11-19",
              "context", "Erdoğan bot erneut an"),
            S("Volodymyr Zelensky", "The prisoner exchanges agreed in Istanbul must resume", "2025-11-19", "context",
              "Selenskyj drängte darauf"),
            S("Dmitry Peskov", "Russia will not take part in talks in Turkey", "2025-11-19", "text",
              "Peskow stellte am Mittwoch klar"),
            S("Russia", "Defence ministry: a massive precision strike on defence plants and energy facilities",
              "2025-11-19", "context", "massiven Schlag mit Präzisionswaffen"),
            S("Kaja Kallas", "The attack is abhorrent; raise pressure on Moscow with the 20th package", "2025-11-19",
              "text", "Kallas verurteilte den Angriff"),
            S("Friedrich Merz", "Putin keeps bombing instead of negotiating", "2025-11-19TEV", "text",
              "Merz schrieb am Mittwochabend"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Turkey", "Steve Witkoff", "Kremlin",
         "Dmitry Peskov", "Kirill Dmitriev", "United States", "Kaja Kallas", "European Union", "Friedrich Merz",
         "Germany", "Vladimir Putin"],
    ),
    doc(
        "b82de05_botschaft_kiew_einbestellt_2026_05", "2026-05-14", DE05,
        [
            T("der Nacht zum Mittwoch", "TIME", "2026-05-12TNI", note="night to Wednesday 13 May 2026"),
            T("mehr als fünf Stunden", "DURATION", "PT5H", mod="MORE_THAN"),
            T("Mittwochvormittag", "TIME", "2026-05-13TMO"),
            T("Mittwochabend", "TIME", "2026-05-13TEV"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("fast täglich", "SET", "P1D", mod="APPROX"),
            T("Donnerstag", "DATE", "2026-05-14"),
            T("kommenden Montag", "DATE", "2026-05-18"),
            T("April", "DATE", "2026-04"),
            T("Juni", "DATE", "2026-06"),
        ],
        [
            E("Russian drone attack on Kyiv damages the German embassy", "ASSAULT", ["Russia", "Ukraine", "Germany"],
              "2026-05-12TNI", "text", "occurred", "auch die deutsche Botschaft beschädigt",
              note="night to Wednesday 13 May 2026"),
            E("Germany summons the Russian ambassador", "ACCUSE", ["Germany", "Russia"], "2026-05-13TMO", "text",
              "occurred", "bestellte noch am Mittwochvormittag"),
            E("Wadephul demands that Moscow stop attacks on civilian targets and diplomatic missions", "REQUEST",
              ["Germany", "Russia"], "2026-05-13", "context", "occurred", "Wadephul (CDU) verlangte"),
            E("Wadephul: whoever bombs embassies shows what he thinks of diplomacy", "ACCUSE", ["Germany", "Russia"],
              "2026-05-13", "context", "occurred", "Wer Botschaften bombardiert"),
            E("Merz–Zelensky phone call", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2026-05-13TEV", "text",
              "occurred", "telefonierte am Mittwochabend"),
            E("Merz pledges two more IRIS-T systems and Patriot missiles", "AID", ["Friedrich Merz", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "zwei weitere IRIS-T-Systeme"),
            E("Zelensky thanks Germany for its quick and clear reaction", "SUPPORT", ["Volodymyr Zelensky", "Germany"],
              "2026-05-13", "context", "occurred", "Selenskyj dankte Deutschland"),
            E("Zelensky asks for more systems for the eastern cities", "REQUEST", ["Volodymyr Zelensky", "Germany"],
              "2026-05-13", "context", "occurred", "Zugleich bat er um weitere Systeme"),
            E("Zakharova rejects the charge as a staged provocation", "REJECT", ["Maria Zakharova", "Germany"],
              "2026-05-14", "text", "occurred", "inszenierten Provokation"),
            E("Zakharova blames Ukrainian air defence for the damage", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-05-14", "text", "occurred", "inszenierten Provokation"),
            E("Zakharova threatens countermeasures if Germany sends Taurus missiles", "THREATEN",
              ["Maria Zakharova", "Germany"], "2026-05-14", "context", "occurred", "drohte mit"),
            E("Peskov denies that Russian forces attack diplomatic missions", "REJECT", ["Dmitry Peskov"],
              "2026-05-14", "published", "occurred", "keine diplomatischen Vertretungen"),
            E("EU foreign ministers to discuss more air defence for Ukraine", "CONSULT", ["European Union", "Ukraine"],
              "2026-05-18", "text", "planned", "am kommenden Montag in Brüssel"),
            E("Rutte urges allies to deliver their air-defence pledges faster", "REQUEST", ["Mark Rutte", "NATO"],
              "2026-05-14", "published", "occurred", "Rutte rief die Verbündeten auf"),
        ],
        [
            S("Germany", "Foreign Office: debris pierced the visa section's roof; a Ukrainian guard slightly hurt",
              "2026-05-13", "context", "Trümmerteile einer abgeschossenen Drohne"),
            S("Germany", "Wadephul: Moscow must stop attacks on civilian targets and diplomatic missions at once",
              "2026-05-13", "context", "Wadephul (CDU) verlangte"),
            S("Germany", "Wadephul: whoever bombs embassies shows what he thinks of diplomacy", "2026-05-13",
              "context", "Wer Botschaften bombardiert"),
            S("Volodymyr Zelensky", "Thanks Germany for its quick and clear reaction", "2026-05-13", "context",
              "Selenskyj dankte Deutschland"),
            S("Maria Zakharova", "A staged provocation; Ukrainian air defence caused the damage", "2026-05-14", "text",
              "inszenierten Provokation"),
            S("Maria Zakharova", "Berlin should ask why it sends ever more weapons; countermeasures if Taurus is sent",
              "2026-05-14", "context", "drohte mit"),
            S("Dmitry Peskov", "Russian forces do not attack diplomatic missions", "2026-05-14", "published",
              "keine diplomatischen Vertretungen"),
            S("Kaja Kallas", "EU foreign ministers will discuss more air defence on Monday", "2026-05-14", "published",
              "am kommenden Montag in Brüssel"),
            S("Mark Rutte", "Allies must deliver their air-defence pledges faster", "2026-05-14", "published",
              "Rutte rief die Verbündeten auf"),
        ],
        ["Russia", "Ukraine", "Germany", "Friedrich Merz", "Volodymyr Zelensky", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov", "Kaja Kallas", "European Union", "Mark Rutte", "NATO"],
    ),
    doc(
        "b82de06_odessa_institut_francais_2026_04", "2026-04-16", DE06,
        [
            T("Monaten", "DURATION", "PXM"),
            T("der Nacht zum Dienstag", "TIME", "2026-04-13TNI", note="night to Tuesday 14 April 2026"),
            T("Dienstag", "DATE", "2026-04-14", 1),
            T("Dienstagabend", "TIME", "2026-04-14TEV"),
            T("Sommer", "DATE", "2026-SU"),
            T("Montag", "DATE", "2026-04-13"),
            T("Mittwoch", "DATE", "2026-04-15", 0),
            T("vergangenen Wochenende", "DATE", "2026-W15-WE"),
            T("Mittwoch", "DATE", "2026-04-15", 1),
            T("Juni", "DATE", "2026-06"),
            T("vergangenen Jahr", "DATE", "2025"),
            T("Mai", "DATE", "2026-05"),
        ],
        [
            E("Russian missiles hit Odesa's port and old town, damaging the Institut français", "ASSAULT",
              ["Russia", "Ukraine"], "2026-04-13TNI", "text", "occurred", "haben russische Raketen in der Nacht",
              note="night to Tuesday 14 April 2026"),
            E("France summons the Russian ambassador", "ACCUSE", ["France", "Russia"], "2026-04-14", "text",
              "occurred", "Frankreich bestellte am Dienstag"),
            E("Barrot condemns a deliberate attack on culture and civilians", "ACCUSE", ["France", "Russia"],
              "2026-04-14", "context", "occurred", "Barrot sprach"),
            E("Barrot vows to hold those responsible to account", "THREATEN", ["France", "Russia"], "2026-04-14",
              "context", "occurred", "Barrot sprach"),
            E("Macron–Zelensky phone call", "CONSULT", ["Emmanuel Macron", "Volodymyr Zelensky"], "2026-04-14TEV",
              "text", "occurred", "Macron telefonierte am Dienstagabend"),
            E("Macron pledges another SAMP/T system with Aster missiles by the summer", "AID",
              ["Emmanuel Macron", "Ukraine"], "2026-SU", "text", "planned", "Macron telefonierte am Dienstagabend"),
            E("Meloni promised Macron to co-finance the system", "AGREE", ["Giorgia Meloni", "Emmanuel Macron"],
              "2026-04-13", "text", "occurred", "Meloni habe ihm bereits am Montag"),
            E("Zelensky thanks Macron for concrete steps", "SUPPORT", ["Volodymyr Zelensky", "Emmanuel Macron"],
              "2026-04-14TEV", "context", "occurred", "Selenskyj dankte Macron"),
            E("Zelensky calls on partners to protect Odesa and the Black Sea ports better", "REQUEST",
              ["Volodymyr Zelensky"], "2026-04-14TEV", "context", "occurred", "Selenskyj dankte Macron"),
            E("Zelensky accuses Russia of celebrating Easter with missiles on churches and schools", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-04-15", "text", "occurred", "Russland feiert Ostern"),
            E("Zakharova accuses Paris of prolonging the war with its arms deliveries", "ACCUSE",
              ["Maria Zakharova", "France"], "2026-04-15", "text", "occurred", "Sacharowa warf Paris"),
            E("Zakharova dismisses the summons as theatrical", "REJECT", ["Maria Zakharova", "France"], "2026-04-15",
              "text", "occurred", "Sacharowa warf Paris"),
            E("Peskov denies attacks on anything but military targets", "REJECT", ["Dmitry Peskov"], "2026-04-16",
              "published", "occurred", "Russland greife nur militärische Ziele an"),
            E("Kallas demands the 21st sanctions package before the June summit", "REQUEST",
              ["Kaja Kallas", "European Union", "Russia"], "2026-04-16", "published", "occurred",
              "Kallas forderte"),
            E("EU summit in June", "CONSULT", ["European Union"], "2026-06", "text", "planned", "Kallas forderte"),
        ],
        [
            S("Ukraine", "City military administration: at least 14 dead, more than 60 injured", "2026-04-14",
              "context", "teilte die Militärverwaltung der Stadt mit"),
            S("France", "Foreign ministry: nobody was in the Institut français building at the time", "2026-04-14",
              "context", "Schwer beschädigt wurde auch"),
            S("France", "Barrot: a deliberate attack on culture and civilians; those responsible will be held to "
              "account", "2026-04-14", "context", "Barrot sprach"),
            S("France", "Élysée: Meloni promised on Monday to co-finance the system", "2026-04-14TEV", "context",
              "Meloni habe ihm bereits am Montag"),
            S("Volodymyr Zelensky", "Thanks Macron for concrete steps; partners must protect Odesa and the ports",
              "2026-04-14TEV", "context", "Selenskyj dankte Macron"),
            S("Volodymyr Zelensky", "Russia celebrates Easter with missiles on churches and schools", "2026-04-15",
              "text", "Russland feiert Ostern"),
            S("Russia", "Defence ministry: port warehouses handling Western weapons were hit", "2026-04-14",
              "context", "Lagerhallen im Hafen"),
            S("Maria Zakharova", "Paris prolongs the war with its arms deliveries; the summons is theatrical",
              "2026-04-15", "text", "Sacharowa warf Paris"),
            S("Dmitry Peskov", "Russia attacks only military targets", "2026-04-16", "published",
              "Russland greife nur militärische Ziele an"),
            S("Kaja Kallas", "The 21st sanctions package must be adopted before the June summit", "2026-04-16",
              "published", "Kallas forderte"),
        ],
        ["Russia", "Ukraine", "France", "Emmanuel Macron", "Volodymyr Zelensky", "Giorgia Meloni", "Maria Zakharova",
         "Kremlin", "Dmitry Peskov", "Kaja Kallas", "European Union"],
    ),
]
