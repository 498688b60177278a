"""German articles of the blind117 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b117de01 (EUWID Neue Energie)
DE01 = """
Litauen kappt den Stromhandel mit Russland – das Netz bleibt vorerst im BRELL-Ring

Vilnius (EUWID) – Litauen bezieht seit Sonntag keinen Strom mehr aus Russland.
Der Übertragungsnetzbetreiber Litgrid hat die Kapazität für kommerzielle Importe an den Grenzen zu Belarus und zur russischen Exklave Kaliningrad um Mitternacht auf null gesetzt, nachdem der Seimas Anfang Mai ein entsprechendes Gesetz verabschiedet hatte.
Auch in Lettland und Estland wird seit dem Wochenende kein russischer Strom mehr über die Börse Nord Pool gehandelt.
Energieminister Dainius Kreivys sprach von einem „historischen Schritt“: „Wir bezahlen den Aggressor nicht länger für seine Energie.“

Der russische Versorger Inter RAO hatte bereits am 14. Mai seine Lieferungen nach Finnland eingestellt und dies mit ausstehenden Zahlungen begründet.
2021 hatte Russland nach Angaben von Litgrid noch rund 17 Prozent des in Litauen verbrauchten Stroms geliefert.
Den Bezug von russischem Gas hatte Vilnius schon Anfang April beendet; seither wird das Land über das LNG-Terminal in Klaipėda versorgt.
Strom aus dem belarussischen Atomkraftwerk Astrawez boykottiert Litauen seit November 2020.

Physisch bleiben die Netze der drei baltischen Staaten allerdings mit dem russischen System synchronisiert.
Die Frequenz im sogenannten BRELL-Ring – benannt nach Belarus, Russland, Estland, Lettland und Litauen – wird bislang von Moskau aus geregelt.
Die Abkopplung und die Synchronisierung mit dem kontinentaleuropäischen Netz über Polen sind mit Fördermitteln der EU für Ende 2025 geplant.
Litgrid-Chef Rokas Masiulis drängt darauf, den Termin vorzuziehen, und will im kommenden Jahr einen Inselbetrieb von einigen Stunden testen.

In Moskau gab man sich gelassen.
Kremlsprecher Dmitri Peskow sagte am Montag, Russland werde für seinen Strom andere Abnehmer finden, der Schritt schade vor allem den Verbrauchern im Baltikum selbst.
Die Versorgung des Gebiets Kaliningrad, das über litauische Leitungen mit dem russischen Netz verbunden ist, sei gesichert, fügte er hinzu.
Gouverneur Anton Alichanow verwies darauf, dass die Exklave über eigene Gaskraftwerke verfüge und notfalls autark arbeiten könne.

Die EU-Kommission hatte am vergangenen Mittwoch mit ihrem Plan REPowerEU vorgeschlagen, die Abhängigkeit von russischer Energie bis 2027 zu beenden.
Kommissionspräsidentin Ursula von der Leyen nannte die baltischen Staaten dabei ein Vorbild für die Union.
Estlands Regierungschefin Kaja Kallas forderte die übrigen EU-Staaten auf, dem Beispiel zu folgen und ihre Energieimporte aus Russland so schnell wie möglich einzustellen.
Für die Strompreise in der Region erwarten Händler kaum Folgen, da die Lücke über die Verbindungen nach Schweden, Finnland und Polen geschlossen werden könne.
"""

DOCS.append(doc(
    "b117de01_litauen_stromimporte_russland_2022_05", "2022-05-23", DE01,
    [
        T("Sonntag", "DATE", "2022-05-22"),
        T("Mitternacht", "TIME", "2022-05-22T00:00", note="midnight at the start of Sunday 22 May, Lithuanian time"),
        T("Anfang Mai", "DATE", "2022-05", mod="START"),
        T("dem Wochenende", "DATE", "2022-W20-WE"),
        T("14. Mai", "DATE", "2022-05-14"),
        T("2021", "DATE", "2021"),
        T("Anfang April", "DATE", "2022-04", mod="START"),
        T("November 2020", "DATE", "2020-11"),
        T("Ende 2025", "DATE", "2025", mod="END"),
        T("kommenden Jahr", "DATE", "2023", note="in Masiulis's reported plan"),
        T("einigen Stunden", "DURATION", "PTXH"),
        T("Montag", "DATE", "2022-05-23"),
        T("vergangenen Mittwoch", "DATE", "2022-05-18"),
        T("2027", "DATE", "2027"),
    ],
    [
        E("Lithuania stops importing electricity from Russia", "SANCTION", ["Russia"], "2022-05-22", "text",
          "occurred", "Litauen bezieht seit Sonntag"),
        E("Lithuania's parliament passes the law banning Russian electricity imports", "SANCTION", ["Russia"],
          "2022-05", "text", "occurred", "Der Übertragungsnetzbetreiber Litgrid", date_mod="START"),
        E("Latvia and Estonia stop trading Russian electricity on Nord Pool", "SANCTION", ["Russia"], "2022-W20-WE",
          "text", "occurred", "Auch in Lettland und Estland"),
        E("Inter RAO halts electricity supplies to Finland", "SANCTION", ["Russia"], "2022-05-14", "text",
          "occurred", "Der russische Versorger Inter RAO"),
        E("Lithuania ends imports of Russian gas", "SANCTION", ["Russia"], "2022-04", "text", "occurred",
          "Den Bezug von russischem Gas", date_mod="START"),
        E("Lithuania boycotts electricity from the Belarusian Astravets nuclear plant", "SANCTION", ["Belarus"],
          "2020-11", "text", "occurred", "Astrawez", date_mod="START"),
        E("Baltic grids to disconnect from the Russian-run BRELL ring", "SANCTION", ["Russia", "Belarus"], "2025",
          "text", "planned", "Die Abkopplung und die Synchronisierung", date_mod="END"),
        E("Baltic grids to synchronise with continental Europe via Poland, funded by the EU", "COOPERATE",
          ["European Union", "Poland"], "2025", "text", "planned", "Die Abkopplung und die Synchronisierung",
          date_mod="END"),
        E("Peskov: the step mainly hurts consumers in the Baltic states", "ACCUSE", ["Dmitry Peskov"], "2022-05-23",
          "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        E("Commission proposes REPowerEU to end dependence on Russian energy by 2027", "REQUEST",
          ["European Union", "Russia"], "2022-05-18", "text", "occurred", "REPowerEU"),
        E("Von der Leyen holds up the Baltic states as a model", "SUPPORT", ["Ursula von der Leyen"], "2022-05-18",
          "context", "occurred", "nannte die baltischen Staaten"),
        E("Kallas calls on the other EU states to stop energy imports from Russia", "REQUEST",
          ["Kaja Kallas", "European Union", "Russia"], "2022-05-23", "published", "occurred",
          "Estlands Regierungschefin Kaja Kallas"),
    ],
    [
        S("Dmitry Peskov", "Russia will find other buyers; the step mainly hurts Baltic consumers", "2022-05-23",
          "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("Dmitry Peskov", "Kaliningrad's power supply is secure", "2022-05-23", "context",
          "Die Versorgung des Gebiets Kaliningrad"),
        S("Russia", "Governor Alikhanov: the exclave has its own gas plants and can run on its own", "2022-05-23",
          "published", "Gouverneur Anton Alichanow"),
        S("Ursula von der Leyen", "The Baltic states are a model for the Union", "2022-05-18", "context",
          "nannte die baltischen Staaten"),
        S("Kaja Kallas", "The other EU states should follow and stop energy imports from Russia as fast as possible",
          "2022-05-23", "published", "Estlands Regierungschefin Kaja Kallas"),
    ],
    ["Russia", "Belarus", "Poland", "European Union", "Kremlin", "Dmitry Peskov", "Ursula von der Leyen",
     "Kaja Kallas"],
))

# ---------------------------------------------------------------- b117de02 (Preußische Allgemeine Zeitung)
DE02 = """
Brüssel öffnet den Schienenweg nach Königsberg – Moskau spricht von einem ersten Schritt

Im Streit um den Transit in das Königsberger Gebiet hat die EU-Kommission Litauen zum Einlenken gebracht.
Nach den am Mittwoch veröffentlichten Leitlinien dürfen sanktionierte Waren wie Stahl, Zement oder Baustoffe wieder per Bahn durch Litauen in die russische Exklave rollen, sofern die Mengen den Durchschnitt der vergangenen drei Jahre nicht übersteigen.
Für den Straßentransport durch russische Spediteure bleibt das Verbot dagegen bestehen.
Wilna werde die Vorgaben umsetzen, erklärte Außenminister Gabrielius Landsbergis, warnte aber, Moskau werde das Entgegenkommen als Schwäche deuten.

Litauen hatte am 18. Juni begonnen, den Bahntransit von Waren zu stoppen, die unter die EU-Sanktionen fallen, und sich dabei auf die Auslegung der Kommission berufen.
Betroffen war nach Angaben von Gouverneur Anton Alichanow rund die Hälfte aller Güter, die auf dem Landweg in das Gebiet gelangen.
Seit dem 10. Juli galt das Verbot auch für Zement und Alkohol.
Der Sekretär des russischen Sicherheitsrats, Nikolai Patruschew, hatte bei einem Besuch in Königsberg im Juni mit Maßnahmen gedroht, welche die Bevölkerung Litauens „ernsthaft“ treffen würden.

In Moskau wurde die Entscheidung zurückhaltend aufgenommen.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, man werte die Leitlinien als einen ersten Schritt, es gehe aber um die vollständige Wiederherstellung des Transits.
Außenamtssprecherin Maria Sacharowa sprach von einem „Sieg des Realismus über die Hysterie“ und verlangte Garantien, dass der Warenverkehr künftig nicht wieder unterbrochen werde.
Russland werde genau beobachten, wie Litauen die Regeln anwende, fügte sie hinzu.

Nach Berichten aus Brüssel hatte in den vergangenen Wochen vor allem Berlin auf eine Lösung gedrungen, um eine Zuspitzung an der Ostflanke der Nato zu vermeiden.
Bundeskanzler Olaf Scholz hatte Ende Juni am Rande des Nato-Gipfels in Madrid Litauen die Solidarität Deutschlands versichert und zugleich zur Besonnenheit aufgerufen.
Der EU-Außenbeauftragte Josep Borrell hatte schon am 20. Juni betont, von einer „Blockade“ des Gebiets könne keine Rede sein.

Auf der Fährlinie zwischen Baltijsk und Ust-Luga hat Russland seine Kapazitäten inzwischen ausgebaut, nach Angaben der Gebietsregierung legen dort täglich drei Schiffe ab.
Nach Auskunft der litauischen Staatsbahn sollen die ersten Güterzüge mit Zement bereits in der kommenden Woche wieder über die Grenze bei Kybartai rollen.
Für die knapp eine Million Menschen im Gebiet, in dem noch immer zahlreiche Zeugnisse der ostpreußischen Vergangenheit stehen, bleibt der Landweg durch Litauen die wichtigste Verbindung zum russischen Kernland.
"""

DOCS.append(doc(
    "b117de02_koenigsberg_transit_leitlinien_2022_07", "2022-07-15", DE02,
    [
        T("Mittwoch", "DATE", "2022-07-13"),
        T("der vergangenen drei Jahre", "DURATION", "P3Y"),
        T("18. Juni", "DATE", "2022-06-18"),
        T("10. Juli", "DATE", "2022-07-10"),
        T("Juni", "DATE", "2022-06", 1),
        T("Donnerstag", "DATE", "2022-07-14"),
        T("den vergangenen Wochen", "DATE", "PAST_REF"),
        T("Ende Juni", "DATE", "2022-06", mod="END"),
        T("20. Juni", "DATE", "2022-06-20"),
        T("täglich", "SET", "P1D"),
        T("der kommenden Woche", "DATE", "2022-W29"),
    ],
    [
        E("Commission guidelines allow rail transit of sanctioned goods to Kaliningrad again", "CONCEDE",
          ["European Union", "Russia"], "2022-07-13", "text", "occurred", "Nach den am Mittwoch veröffentlichten"),
        E("The ban on road transit by Russian hauliers stays in place", "SANCTION", ["European Union", "Russia"],
          "2022-07-13", "context", "occurred", "Für den Straßentransport"),
        E("Lithuania will implement the Commission's guidelines", "AGREE", ["European Union"], "2022-07-13",
          "context", "occurred", "Wilna werde die Vorgaben umsetzen"),
        E("Lithuania starts stopping rail transit of sanctioned goods to Kaliningrad", "SANCTION",
          ["European Union", "Russia"], "2022-06-18", "text", "occurred", "Litauen hatte am 18. Juni"),
        E("Transit ban extended to cement and alcohol", "SANCTION", ["European Union", "Russia"], "2022-07-10",
          "text", "occurred", "Seit dem 10. Juli"),
        E("Patrushev threatens measures that would seriously hit Lithuania's population", "THREATEN", ["Russia"],
          "2022-06", "text", "occurred", "Nikolai Patruschew"),
        E("Peskov: the guidelines are a first step, full restoration of transit required", "REQUEST",
          ["Dmitry Peskov", "European Union"], "2022-07-14", "text", "occurred", "Kremlsprecher Dmitri Peskow"),
        E("Zakharova calls the guidelines a victory of realism", "SUPPORT", ["Maria Zakharova", "European Union"],
          "2022-07-15", "published", "occurred", "Sieg des Realismus"),
        E("Zakharova demands guarantees that transit will not be interrupted again", "REQUEST",
          ["Maria Zakharova", "European Union"], "2022-07-15", "published", "occurred", "Sieg des Realismus"),
        E("Berlin presses for a solution to avoid escalation", "REQUEST", ["Germany", "European Union"], "PAST_REF",
          "vague", "occurred", "Nach Berichten aus Brüssel"),
        E("NATO summit in Madrid", "CONSULT", ["NATO"], "2022-06", "text", "occurred", "Nato-Gipfels in Madrid",
          date_mod="END", note="28-30 June 2022"),
        E("Scholz assures Lithuania of Germany's solidarity", "SUPPORT", ["Olaf Scholz", "Germany"], "2022-06",
          "text", "occurred", "Nato-Gipfels in Madrid", date_mod="END"),
        E("Scholz calls for restraint", "REQUEST", ["Olaf Scholz"], "2022-06", "text", "occurred",
          "Nato-Gipfels in Madrid", date_mod="END"),
        E("Borrell rejects the claim of a blockade", "REJECT", ["European Union", "Russia"], "2022-06-20", "text",
          "occurred", "Josep Borrell"),
        E("First cement trains to Kaliningrad to cross Lithuania again", "CONCEDE", ["Russia"], "2022-W29", "text",
          "planned", "die ersten Güterzüge mit Zement"),
    ],
    [
        S("Russia", "Governor Alikhanov: about half of all goods reaching the region by land were affected",
          "2022-07-15", "published", "Gouverneur Anton Alichanow"),
        S("Russia", "Patrushev threatens measures that would seriously hit Lithuania's population", "2022-06",
          "text", "Nikolai Patruschew"),
        S("Dmitry Peskov", "The guidelines are a first step, but full restoration of transit is needed", "2022-07-14",
          "text", "Kremlsprecher Dmitri Peskow"),
        S("Maria Zakharova", "A victory of realism over hysteria; guarantees needed that transit is not cut again",
          "2022-07-15", "published", "Sieg des Realismus"),
        S("Maria Zakharova", "Russia will watch closely how Lithuania applies the rules", "2022-07-15", "published",
          "Russland werde genau beobachten"),
        S("Olaf Scholz", "Assures Lithuania of Germany's solidarity and calls for restraint", "2022-06", "text",
          "Nato-Gipfels in Madrid"),
        S("European Union", "Borrell: there can be no talk of a blockade of the region", "2022-06-20", "text",
          "Josep Borrell"),
    ],
    ["European Union", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Germany", "Olaf Scholz", "NATO"],
))

# ---------------------------------------------------------------- b117de03 (Böhme-Zeitung)
DE03 = """
Litauen schließt zwei Grenzübergänge nach Belarus – Sorge um die Wagner-Söldner

Vilnius/Soltau. Litauen macht zwei seiner sechs Grenzübergänge nach Belarus dicht.
Die Regierung in Vilnius beschloss am Mittwoch, die Kontrollpunkte Šumskas und Tverečius ab Freitag, 0 Uhr, vorübergehend zu schließen.
Innenministerin Agnė Bilotaitė begründete den Schritt mit der Anwesenheit von Söldnern der russischen Gruppe Wagner im Nachbarland und einer „unberechenbaren“ Lage an der Grenze.
Der Verkehr werde über die übrigen vier Übergänge umgeleitet, Lastwagenfahrer müssten sich auf längere Wartezeiten einstellen.
Sollte sich die Lage zuspitzen, sei auch eine vollständige Schließung der Grenze nicht ausgeschlossen, sagte die Ministerin.

Seit Anfang Juli sind nach Angaben aus Minsk mehrere tausend Wagner-Kämpfer in ein Lager bei Assipowitschi eingezogen.
Ihr Anführer Jewgeni Prigoschin hatte den Aufstand gegen die russische Militärführung am 24. Juni nach wenigen Stunden abgebrochen.
Staatschef Alexander Lukaschenko hatte den Söldnern im Rahmen seiner Vermittlung Aufnahme in Belarus zugesagt.
Polen hatte Anfang August seine Truppen an der Grenze verstärkt, nachdem zwei belarussische Militärhubschrauber in seinen Luftraum eingedrungen waren.

Das Staatliche Grenzkomitee in Minsk nannte die Entscheidung Litauens am Mittwochabend einen „weiteren unfreundlichen Schritt“, der vor allem die Bürger beider Länder treffe.
In Moskau warf Außenamtssprecherin Maria Sacharowa den baltischen Staaten vor, mit „künstlicher Hysterie“ um Wagner neue Trennlinien in Europa zu ziehen.
Die EU-Kommission stellte sich hinter Vilnius: Der Schutz der Außengrenze sei Sache der Mitgliedstaaten, Litauen habe die volle Unterstützung der Union.

Beim Nato-Gipfel in Vilnius im Juli hatten die Verbündeten zugesagt, die Ostflanke weiter zu stärken.
Verteidigungsminister Boris Pistorius hatte bereits im Juni angekündigt, dauerhaft eine Brigade mit rund 4000 Soldaten in Litauen zu stationieren.
Die Regierung in Vilnius will dafür bis 2026 Kasernen und Übungsplätze bereitstellen.

Auch in der Heide wird die Entwicklung aufmerksam verfolgt.
Rund 200 Soldatinnen und Soldaten aus Munster gehören derzeit zum multinationalen Nato-Gefechtsverband im litauischen Rukla, den die Bundeswehr führt.
Ein Sprecher der Panzerlehrbrigade 9 sagte, die Lage an der Grenze habe auf den Dienstalltag bislang keine Auswirkungen.
Das Kontingent werde im Oktober planmäßig abgelöst und kehre in die Kaserne an der Kohlenbissener Straße zurück.
"""

DOCS.append(doc(
    "b117de03_litauen_grenzuebergaenge_belarus_2023_08", "2023-08-16", DE03,
    [
        T("Mittwoch", "DATE", "2023-08-16"),
        T("Freitag", "DATE", "2023-08-18"),
        T("0 Uhr", "TIME", "2023-08-18T00:00", note="Lithuanian time"),
        T("Anfang Juli", "DATE", "2023-07", mod="START"),
        T("24. Juni", "DATE", "2023-06-24"),
        T("wenigen Stunden", "DURATION", "PTXH"),
        T("Anfang August", "DATE", "2023-08", mod="START"),
        T("Mittwochabend", "TIME", "2023-08-16TEV"),
        T("Juli", "DATE", "2023-07", 1),
        T("Juni", "DATE", "2023-06", 1),
        T("2026", "DATE", "2026"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Oktober", "DATE", "2023-10"),
    ],
    [
        E("Lithuania decides to close two of its six crossings to Belarus", "SANCTION", ["Belarus"], "2023-08-16",
          "text", "occurred", "Die Regierung in Vilnius beschloss am Mittwoch", note="closure from Friday 18 August"),
        E("Lithuania does not rule out closing the whole border", "THREATEN", ["Belarus"], "2023-08-16", "context",
          "occurred", "Sollte sich die Lage zuspitzen"),
        E("Wagner fighters move into a camp in Belarus", "MOBILIZE", ["Belarus"], "2023-07", "text", "occurred",
          "Seit Anfang Juli", date_mod="START"),
        E("Lukashenko promised the mercenaries refuge in Belarus as part of his mediation", "AGREE",
          ["Alexander Lukashenko"], "2023-06-24", "context", "occurred", "im Rahmen seiner Vermittlung"),
        E("Poland reinforces its troops on the border with Belarus", "MOBILIZE", ["Poland", "Belarus"], "2023-08",
          "text", "occurred", "Polen hatte Anfang August", date_mod="START"),
        E("Belarus's border committee calls the closure another unfriendly step", "ACCUSE", ["Belarus"],
          "2023-08-16TEV", "text", "occurred", "Das Staatliche Grenzkomitee"),
        E("Zakharova accuses the Baltic states of artificial hysteria over Wagner", "ACCUSE", ["Maria Zakharova"],
          "2023-08-16", "published", "occurred", "künstlicher Hysterie"),
        E("The Commission backs Lithuania", "SUPPORT", ["European Union"], "2023-08-16", "published", "occurred",
          "Die EU-Kommission stellte sich hinter Vilnius"),
        E("NATO allies pledge at the Vilnius summit to strengthen the eastern flank", "AGREE", ["NATO"], "2023-07",
          "text", "occurred", "Beim Nato-Gipfel in Vilnius", note="summit of 11-12 July 2023"),
        E("Pistorius announces a permanent German brigade in Lithuania", "AGREE", ["Germany"], "2023-06", "text",
          "occurred", "Verteidigungsminister Boris Pistorius"),
        E("Lithuania to provide barracks and training grounds for the German brigade by 2026", "COOPERATE",
          ["Germany"], "2026", "text", "planned", "bis 2026 Kasernen"),
        E("Soldiers from Munster serve in the NATO battlegroup in Lithuania", "MOBILIZE", ["Germany", "NATO"],
          "PRESENT_REF", "vague", "occurred", "Rund 200 Soldatinnen und Soldaten"),
        E("The Munster contingent to be relieved in October", "MOBILIZE", ["Germany"], "2023-10", "text", "planned",
          "Das Kontingent werde im Oktober"),
    ],
    [
        S("Belarus", "Border committee: the closure is another unfriendly step that hurts the citizens of both "
          "countries", "2023-08-16TEV", "text", "Das Staatliche Grenzkomitee"),
        S("Maria Zakharova", "The Baltic states draw new dividing lines in Europe with artificial hysteria over Wagner",
          "2023-08-16", "published", "künstlicher Hysterie"),
        S("European Union", "Protecting the external border is for the member states; Lithuania has the Union's full "
          "support", "2023-08-16", "published", "Die EU-Kommission stellte sich hinter Vilnius"),
        S("Germany", "Bundeswehr spokesman: the border situation has not affected daily duty", "2023-08-16",
          "published", "Ein Sprecher der Panzerlehrbrigade 9"),
        S("Germany", "The contingent will be relieved as planned in October", "2023-08-16", "published",
          "Das Kontingent werde im Oktober"),
    ],
    ["Belarus", "Russia", "Alexander Lukashenko", "Poland", "Maria Zakharova", "European Union", "NATO", "Germany"],
))

# ---------------------------------------------------------------- b117de04 (ADAC)
DE04 = """
Einreiseverbot für Autos mit russischem Kennzeichen: Was Reisende jetzt wissen müssen

Wer mit einem in Russland zugelassenen Auto ins Baltikum fahren will, wird seit Mittwoch an der Grenze abgewiesen.
Litauen, Lettland und Estland lassen Pkw mit russischen Kennzeichen nicht mehr ins Land, gleich ob am Steuer ein Russe, ein Deutscher oder ein Staatsbürger eines anderen Landes sitzt.
Finnland will die Regel ab Samstag anwenden, Polen ab Sonntag.
Grundlage ist eine Klarstellung der EU-Kommission vom vergangenen Freitag: Das Einfuhrverbot für bestimmte Waren aus Russland gelte auch für Fahrzeuge, die nur vorübergehend in die EU gebracht werden.

In den FAQ der Kommission waren zunächst auch Gegenstände des persönlichen Bedarfs wie Smartphones, Kosmetik oder Kleidung aufgeführt.
Eine Sprecherin der Kommission sagte am Mittwoch in Brüssel, die Mitgliedstaaten sollten die Regeln „verhältnismäßig und mit gesundem Menschenverstand“ anwenden, niemand müsse an der Grenze seine Zahnbürste abgeben.
Lettland verlangt von Haltern russischer Autos, die sich bereits im Land befinden, eine Ummeldung innerhalb von drei Monaten, andernfalls droht die Beschlagnahme.

Moskau reagierte empört.
Außenamtssprecherin Maria Sacharowa sprach am Mittwoch von „Rassismus“ und warf der EU vor, russische Bürger kollektiv zu bestrafen.
Kremlsprecher Dmitri Peskow nannte die Regel „absurd“, Russland werde die Interessen seiner Bürger schützen.
Die russische Botschaft in Riga protestierte am Donnerstag mit einer Note gegen die „diskriminierende“ Praxis.
Estlands Regierungschefin Kaja Kallas verteidigte die Maßnahme: Wer in Russland lebe und dort Steuern zahle, finanziere den Krieg gegen die Ukraine und solle nicht „mit seinem Auto durch Europa fahren“.
Sie forderte die übrigen EU-Staaten auf, dem Beispiel zu folgen.

In Deutschland gilt vorerst keine pauschale Einreisesperre.
Das Bundesfinanzministerium teilte mit, der Zoll prüfe die Vorgaben und werde Fahrzeuge mit russischem Kennzeichen nur im Einzelfall kontrollieren.
Nach Schätzungen sind in Deutschland derzeit mehrere tausend solcher Autos unterwegs, viele davon gehören Russen, die nach Kriegsbeginn ausgereist sind.

Der ADAC rät Reisenden mit russisch zugelassenen Fahrzeugen, für Fahrten ins Baltikum, nach Finnland oder Polen andere Verkehrsmittel zu wählen.
Wer dauerhaft in Deutschland lebt, sollte sein Auto ummelden, was nach Erfahrung des Clubs mehrere Wochen dauern kann.
Bereits seit dem 19. September 2022 verweigern die drei baltischen Staaten und Polen russischen Touristen mit Schengen-Visum die Einreise.
"""

DOCS.append(doc(
    "b117de04_russische_kennzeichen_einreiseverbot_2023_09", "2023-09-14", DE04,
    [
        T("jetzt", "DATE", "PRESENT_REF"),
        T("Mittwoch", "DATE", "2023-09-13", 0),
        T("Samstag", "DATE", "2023-09-16"),
        T("Sonntag", "DATE", "2023-09-17"),
        T("vergangenen Freitag", "DATE", "2023-09-08"),
        T("Mittwoch", "DATE", "2023-09-13", 1),
        T("drei Monaten", "DURATION", "P3M"),
        T("Mittwoch", "DATE", "2023-09-13", 2),
        T("Donnerstag", "DATE", "2023-09-14"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("mehrere Wochen", "DURATION", "PXW"),
        T("19. September 2022", "DATE", "2022-09-19"),
    ],
    [
        E("Baltic states turn away cars with Russian number plates", "SANCTION", ["Russia"], "2023-09-13", "text",
          "occurred", "wird seit Mittwoch an der Grenze abgewiesen"),
        E("Finland to apply the entry ban for Russian-registered cars", "SANCTION", ["Russia"], "2023-09-16", "text",
          "planned", "Finnland will die Regel"),
        E("Poland to apply the entry ban for Russian-registered cars", "SANCTION", ["Poland", "Russia"],
          "2023-09-17", "text", "planned", "Finnland will die Regel"),
        E("Commission clarifies that the import ban covers cars registered in Russia", "SANCTION",
          ["European Union", "Russia"], "2023-09-08", "text", "occurred", "Grundlage ist eine Klarstellung"),
        E("Commission calls on member states to apply the rules proportionately", "REQUEST", ["European Union"],
          "2023-09-13", "text", "occurred", "Eine Sprecherin der Kommission"),
        E("Zakharova calls the ban racism and accuses the EU of collective punishment", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2023-09-13", "text", "occurred", "Rassismus"),
        E("Peskov calls the rule absurd", "REJECT", ["Dmitry Peskov", "European Union"], "2023-09-14", "published",
          "occurred", "nannte die Regel"),
        E("Russian embassy in Riga protests with a note", "ACCUSE", ["Russia"], "2023-09-14", "text", "occurred",
          "Die russische Botschaft in Riga"),
        E("Kallas calls on the other EU states to follow", "REQUEST", ["Kaja Kallas", "European Union"],
          "2023-09-14", "published", "occurred", "Sie forderte die übrigen EU-Staaten auf"),
        E("Baltic states and Poland refuse entry to Russian tourists with Schengen visas", "SANCTION",
          ["Poland", "Russia"], "2022-09-19", "text", "occurred", "Bereits seit dem 19. September 2022",
          date_mod="START"),
    ],
    [
        S("European Union", "Commission spokeswoman: apply the rules proportionately and with common sense",
          "2023-09-13", "text", "Eine Sprecherin der Kommission"),
        S("Maria Zakharova", "The ban is racism; the EU collectively punishes Russian citizens", "2023-09-13", "text",
          "Rassismus"),
        S("Dmitry Peskov", "The rule is absurd; Russia will protect its citizens' interests", "2023-09-14",
          "published", "nannte die Regel"),
        S("Russia", "Embassy in Riga: the practice is discriminatory", "2023-09-14", "text",
          "Die russische Botschaft in Riga"),
        S("Kaja Kallas", "Those who pay taxes in Russia finance the war and should not drive through Europe",
          "2023-09-14", "published", "Estlands Regierungschefin Kaja Kallas"),
        S("Kaja Kallas", "The other EU states should follow", "2023-09-14", "published",
          "Sie forderte die übrigen EU-Staaten auf"),
        S("Germany", "Finance ministry: customs will check Russian-registered cars only case by case", "2023-09-14",
          "published", "Das Bundesfinanzministerium"),
    ],
    ["Russia", "Poland", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Kaja Kallas", "Ukraine",
     "Germany"],
))

# ---------------------------------------------------------------- b117de05 (Segeberger Zeitung)
DE05 = """
Narva: Russland lässt nur noch Fußgänger über die Brücke

Narva/Bad Segeberg. Seit Donnerstag ist die Grenzbrücke zwischen dem estnischen Narva und dem russischen Iwangorod für Autos, Busse und Lastwagen gesperrt.
Russland hat seinen Kontrollpunkt in Iwangorod für den Fahrzeugverkehr geschlossen und begründet dies mit einem Umbau, der nach Angaben des russischen Grenzdienstes mindestens zwei Jahre dauern soll.
Fußgänger dürfen die Brücke über den Grenzfluss weiterhin passieren, müssen ihr Gepäck aber selbst tragen.
Am ersten Tag bildeten sich auf estnischer Seite lange Schlangen, vor allem ältere Menschen mit Koffern und Einkaufstrolleys warteten stundenlang in der Kälte.

Die estnische Polizei- und Grenzschutzbehörde leitet den Fahrzeugverkehr seither über die Übergänge Koidula und Luhamaa im Süden des Landes um.
Innenminister Lauri Läänemets sagte am Freitag, Moskau habe Tallinn erst Mitte Januar über die Schließung informiert.
Regierungschefin Kaja Kallas hatte am Mittwoch von einem weiteren Versuch Russlands gesprochen, die Grenze als Druckmittel einzusetzen, und versichert, Estland sei auf jede Provokation vorbereitet.
Rund 80 Prozent der Einwohner Narvas sprechen Russisch, viele haben Verwandte auf der anderen Seite des Flusses.

In Moskau wies Außenamtssprecherin Maria Sacharowa den Vorwurf am Donnerstag zurück.
Der Umbau sei seit Langem geplant, Tallinn betreibe „antirussische Propaganda“, sagte sie.
Kremlsprecher Dmitri Peskow erklärte, Grenzfragen seien Sache der Fachbehörden, Russland halte sich an alle Vereinbarungen mit seinen Nachbarn.
Die EU-Kommission sagte Estland am Freitag Unterstützung zu, falls der Druck an der Außengrenze zunehme.

Finnland hält seine gesamte Ostgrenze seit Mitte Dezember geschlossen, nachdem im Herbst Hunderte Migranten ohne Visum über Russland gekommen waren.
Die EU hatte Moskau damals vorgeworfen, die Menschen gezielt an die Grenze zu schleusen.
Estland hat für den Fall eines ähnlichen Drucks Pläne vorbereitet, auch den Fußgängerübergang in Narva binnen weniger Stunden zu schließen.

Auch im Kreis Segeberg wird die Entwicklung mit Sorge verfolgt.
Für Olga K. aus Bad Segeberg, die in Narva aufgewachsen ist, wird der Besuch bei ihrer Mutter in Iwangorod noch beschwerlicher.
Sie wolle zu Ostern trotzdem hinfahren, sagte die 54-Jährige, den Koffer werde sie eben über die Brücke tragen.
"""

DOCS.append(doc(
    "b117de05_narva_iwangorod_grenzbruecke_2024_02", "2024-02-02", DE05,
    [
        T("Donnerstag", "DATE", "2024-02-01", 0),
        T("mindestens zwei Jahre", "DURATION", "P2Y", mod="EQUAL_OR_MORE"),
        T("stundenlang", "DURATION", "PXH"),
        T("Freitag", "DATE", "2024-02-02", 0),
        T("Mitte Januar", "DATE", "2024-01", mod="MID"),
        T("Mittwoch", "DATE", "2024-01-31"),
        T("Donnerstag", "DATE", "2024-02-01", 1),
        T("Freitag", "DATE", "2024-02-02", 1),
        T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
        T("Herbst", "DATE", "2023-FA"),
        T("weniger Stunden", "DURATION", "PTXH"),
        T("Ostern", "DATE", "2024-03-31"),
    ],
    [
        E("Russia closes its Ivangorod checkpoint to vehicles", "SANCTION", ["Russia"], "2024-02-01", "text",
          "occurred", "Seit Donnerstag ist die Grenzbrücke"),
        E("Kallas accuses Russia of using the border as leverage", "ACCUSE", ["Kaja Kallas", "Russia"], "2024-01-31",
          "text", "occurred", "Regierungschefin Kaja Kallas"),
        E("Zakharova rejects the Estonian charge", "REJECT", ["Maria Zakharova", "Kaja Kallas"], "2024-02-01", "text",
          "occurred", "wies Außenamtssprecherin Maria Sacharowa"),
        E("Zakharova accuses Tallinn of anti-Russian propaganda", "ACCUSE", ["Maria Zakharova"], "2024-02-01",
          "context", "occurred", "antirussische Propaganda"),
        E("The Commission promises Estonia support", "AGREE", ["European Union"], "2024-02-02", "text", "occurred",
          "Die EU-Kommission sagte Estland"),
        E("Finland keeps its eastern border with Russia closed", "SANCTION", ["Russia"], "2023-12", "text",
          "occurred", "Finnland hält seine gesamte Ostgrenze", date_mod="MID"),
        E("The EU accused Moscow of channelling migrants to the border", "ACCUSE", ["European Union", "Russia"],
          "2023-FA", "context", "occurred", "Die EU hatte Moskau damals"),
        E("Estonia prepares plans to close the Narva pedestrian crossing", "SANCTION", ["Russia"], "2024-02-02",
          "published", "uncertain", "Estland hat für den Fall"),
    ],
    [
        S("Russia", "Border service: the Ivangorod checkpoint is being rebuilt for at least two years", "2024-02-02",
          "published", "Russland hat seinen Kontrollpunkt"),
        S("Kaja Kallas", "Russia tries again to use the border as leverage; Estonia is prepared for any provocation",
          "2024-01-31", "text", "Regierungschefin Kaja Kallas"),
        S("Maria Zakharova", "Rejects the charge: the rebuilding was planned long ago, Tallinn spreads anti-Russian "
          "propaganda", "2024-02-01", "context", "antirussische Propaganda"),
        S("Dmitry Peskov", "Border questions are for the agencies; Russia keeps all agreements with its neighbours",
          "2024-02-02", "published", "Kremlsprecher Dmitri Peskow"),
        S("European Union", "Commission promises Estonia support if pressure on the border grows", "2024-02-02",
          "text", "Die EU-Kommission sagte Estland"),
    ],
    ["Russia", "Kaja Kallas", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "European Union"],
))

# ---------------------------------------------------------------- b117de06 (IWR.de)
DE06 = """
Baltische Staaten trennen sich vom russischen Stromnetz – Anschluss an Europa am Sonntag

Münster/Vilnius – Estland, Lettland und Litauen haben ihre Stromnetze am Samstagmorgen vom russischen Verbundsystem getrennt.
Um 9.09 Uhr Ortszeit schaltete der litauische Netzbetreiber Litgrid die letzte Leitung in Richtung der russischen Exklave Kaliningrad ab, wie die drei Übertragungsnetzbetreiber mitteilten.
Seitdem arbeiten die Netze für rund 24 Stunden im Inselbetrieb, in dem die Betreiber Frequenz und Spannung ohne Hilfe von außen halten müssen.
Am Sonntag sollen sie über die Leitung LitPol Link mit Polen an das kontinentaleuropäische Netz angeschlossen werden.

Damit endet ein Kapitel, das in die Sowjetzeit zurückreicht.
Seit dem Ende der Sowjetunion hingen die baltischen Staaten im sogenannten BRELL-Ring mit Russland und Belarus zusammen, die Frequenz wurde von Moskau aus gesteuert.
Die Betreiber hatten Russland und Belarus im vergangenen Sommer fristgerecht über den Austritt aus dem Abkommen informiert.
Die Kosten des Projekts beziffern die drei Länder auf rund 1,6 Milliarden Euro, gut 1,2 Milliarden davon trägt die EU.

Die Umstellung lief unter erhöhten Sicherheitsvorkehrungen.
Polen ließ die Trasse der Verbindung nach Litauen seit Freitag mit Hubschraubern und Drohnen überwachen.
Das Ostseekabel Estlink 2 zwischen Finnland und Estland war am ersten Weihnachtstag beschädigt worden, Finnland macht dafür einen Tanker der russischen Schattenflotte verantwortlich.
Seit Mitte Januar patrouilliert die Nato verstärkt in der Ostsee.

Moskau gab sich demonstrativ gelassen.
Kremlsprecher Dmitri Peskow hatte am Freitag gesagt, Russland habe alle nötigen Maßnahmen getroffen, um die Versorgung des Gebiets Kaliningrad zuverlässig zu sichern.
Das Gebiet wird seit Samstag aus eigenen Gaskraftwerken versorgt, nach Angaben des russischen Energieministeriums ohne Störungen.
Außenamtssprecherin Maria Sacharowa warf den baltischen Regierungen vor, aus politischen Gründen Milliarden für ein Projekt auszugeben, das die Strompreise für ihre Bürger in die Höhe treiben werde.

Kommissionspräsidentin Ursula von der Leyen wird am Sonntag zu einer Feier in Vilnius erwartet, gemeinsam mit den Präsidenten der drei Staaten und Polens.
Die EU-Außenbeauftragte Kaja Kallas sprach am Samstag von einem „Tag der Freiheit“, Russland könne Strom nicht länger als Waffe gegen die Balten einsetzen.
Für die Großhandelspreise erwarten Analysten nur geringe Ausschläge, da die Region genügend Reserven vorhalte.
"""

DOCS.append(doc(
    "b117de06_brell_abkopplung_inselbetrieb_2025_02", "2025-02-08", DE06,
    [
        T("Sonntag", "DATE", "2025-02-09", 0),
        T("Samstagmorgen", "TIME", "2025-02-08TMO"),
        T("9.09 Uhr Ortszeit", "TIME", "2025-02-08T09:09", note="local time (EET), 8.09 CET"),
        T("rund 24 Stunden", "DURATION", "PT24H", mod="APPROX"),
        T("Sonntag", "DATE", "2025-02-09", 1),
        T("vergangenen Sommer", "DATE", "2024-SU"),
        T("Freitag", "DATE", "2025-02-07", 0),
        T("ersten Weihnachtstag", "DATE", "2024-12-25"),
        T("Mitte Januar", "DATE", "2025-01", mod="MID"),
        T("Freitag", "DATE", "2025-02-07", 1),
        T("Samstag", "DATE", "2025-02-08", 0),
        T("Sonntag", "DATE", "2025-02-09", 2),
        T("Samstag", "DATE", "2025-02-08", 1),
    ],
    [
        E("Baltic states disconnect their grids from the Russian system", "SANCTION", ["Russia", "Belarus"],
          "2025-02-08TMO", "text", "occurred", "haben ihre Stromnetze am Samstagmorgen"),
        E("Litgrid switches off the last line to Kaliningrad", "SANCTION", ["Russia"], "2025-02-08T09:09", "text",
          "occurred", "Um 9.09 Uhr Ortszeit"),
        E("Baltic grids to be connected to continental Europe via Poland", "COOPERATE", ["Poland"], "2025-02-09",
          "text", "planned", "LitPol Link"),
        E("Operators notified Russia and Belarus of their exit from the BRELL agreement", "SANCTION",
          ["Russia", "Belarus"], "2024-SU", "text", "occurred", "fristgerecht"),
        E("Poland monitors the LitPol Link route with helicopters and drones", "MOBILIZE", ["Poland"], "2025-02-07",
          "text", "occurred", "Polen ließ die Trasse"),
        E("Estlink 2 cable damaged; Finland blames a Russian shadow-fleet tanker", "ASSAULT", ["Russia"],
          "2024-12-25", "text", "uncertain", "Estlink 2"),
        E("NATO steps up patrols in the Baltic Sea", "MOBILIZE", ["NATO"], "2025-01", "text", "occurred",
          "patrouilliert die Nato", date_mod="MID", note="Baltic Sentry"),
        E("Zakharova accuses the Baltic governments of wasting billions for political reasons", "ACCUSE",
          ["Maria Zakharova"], "2025-02-08", "published", "occurred", "Außenamtssprecherin Maria Sacharowa"),
        E("Von der Leyen to attend the synchronisation ceremony in Vilnius with the Polish president", "CONSULT",
          ["Ursula von der Leyen", "Poland"], "2025-02-09", "text", "planned", "wird am Sonntag zu einer Feier"),
        E("Kallas: Russia can no longer use electricity as a weapon against the Balts", "ACCUSE",
          ["Kaja Kallas", "Russia"], "2025-02-08", "text", "occurred", "Tag der Freiheit"),
    ],
    [
        S("Dmitry Peskov", "Russia has taken all measures to keep Kaliningrad reliably supplied", "2025-02-07", "text",
          "Kremlsprecher Dmitri Peskow"),
        S("Russia", "Energy ministry: Kaliningrad runs on its own gas plants without disruption", "2025-02-08",
          "published", "Das Gebiet wird seit Samstag"),
        S("Maria Zakharova", "The Baltic governments spend billions for political reasons and will drive up power "
          "prices", "2025-02-08", "published", "Außenamtssprecherin Maria Sacharowa"),
        S("Kaja Kallas", "A day of freedom; Russia can no longer use electricity as a weapon", "2025-02-08", "text",
          "Tag der Freiheit"),
    ],
    ["Russia", "Belarus", "Poland", "European Union", "NATO", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
     "Ursula von der Leyen", "Kaja Kallas"],
))
