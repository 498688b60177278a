"""German articles of the blind83 set (fictionalised; written and annotated blind to the extraction code).

Theme: interviews and TV appearances reported as news, with flashbacks to earlier meetings and calls.
"""

from build import E, S, T

# ---------------------------------------------------------------- b83de01 (Welt am Sonntag)
DE01 = """
Merz: „Putin spielt auf Zeit“

Berlin. Bundeskanzler Friedrich Merz (CDU) hat Kremlchef Wladimir Putin vorgeworfen, die Verhandlungen über eine Waffenruhe in der Ukraine gezielt zu verschleppen.
„Putin spielt auf Zeit, und was er an Zeit gewinnt, bezahlen die Menschen in Charkiw und Saporischschja mit ihrem Leben“, sagte Merz im Interview mit WELT AM SONNTAG.
Der Kanzler forderte US-Präsident Donald Trump auf, Moskau eine klare Frist zu setzen und die angedrohten Strafzölle auf Käufer russischen Öls notfalls auch zu verhängen.

Mit Trump habe er zuletzt am Donnerstagabend telefoniert, knapp 40 Minuten lang, berichtete Merz.
Dabei habe er zugesagt, dass sich Deutschland an der Absicherung eines Waffenstillstands beteiligen werde – „mit Luftverteidigung, mit Aufklärung, mit Ausbildung, aber nicht mit Kampftruppen an der Front“.
Zugleich erinnerte der CDU-Vorsitzende an das Treffen im Weißen Haus im August vergangenen Jahres, bei dem Trump den Europäern und dem ukrainischen Präsidenten Wolodymyr Selenskyj erstmals amerikanische Hilfe bei Sicherheitsgarantien in Aussicht gestellt habe.
„Auf dieses Wort verlasse ich mich“, sagte Merz.

Zu einem Telefonat mit Putin sei er grundsätzlich bereit, allerdings erst, wenn der Kremlchef einer Feuerpause von mindestens 30 Tagen zustimme.
„Ich telefoniere nicht, damit hinterher in Moskau ein Foto für das Staatsfernsehen entsteht“, sagte Merz.
Das bislang letzte Gespräch eines deutschen Regierungschefs mit Putin hatte sein Vorgänger Olaf Scholz im November 2024 geführt; Kiew und mehrere EU-Partner hatten das rund einstündige Telefonat scharf kritisiert.

Anfang Mai will Merz nach eigenen Worten gemeinsam mit Frankreichs Präsident Emmanuel Macron und dem britischen Premierminister Keir Starmer nach Kiew reisen, um mit Selenskyj über die Luftverteidigung vor dem nächsten Winter zu sprechen.
Es wäre die erste gemeinsame Reise der drei in die ukrainische Hauptstadt, seit sie am 10. Mai 2025 zusammen mit Polens Ministerpräsident Donald Tusk in Kiew eine 30-tägige Waffenruhe von Moskau verlangt hatten.
Beim Nato-Gipfel im Juli in Ankara werde er mit Trump zudem über ein gemeinsames Vorgehen gegen die russische Schattenflotte sprechen, kündigte Merz an.

Moskau reagierte bereits am Samstag auf vorab veröffentlichte Auszüge des Gesprächs.
Kremlsprecher Dmitri Peskow sagte, Berlin habe „jede Glaubwürdigkeit“ als möglicher Vermittler verspielt und solle aufhören, Washington Ratschläge zu erteilen.
Außenamtssprecherin Maria Sacharowa nannte die Forderung nach einer Frist den „Versuch, Russland Ultimaten zu diktieren“; solche Ultimaten werde Moskau nicht akzeptieren.
In der Nacht zum Sonntag griff Russland nach Angaben der ukrainischen Luftwaffe erneut Charkiw mit Drohnen und Gleitbomben an, mindestens vier Menschen wurden getötet.

Von einem Zerwürfnis mit Washington wollte der Kanzler trotz der Differenzen über den Umgang mit Moskau nichts wissen.
„Trump und ich sind nicht immer einer Meinung, aber wir sprechen offen miteinander – und öfter, als viele glauben“, sagte Merz.
"""


# ---------------------------------------------------------------- b83de02 (Solinger Tageblatt)
DE02 = """
Selenskyj: „Kein Patt“ – und keine Gespräche mit Moskau

Kiew/Solingen. Der ukrainische Präsident Wolodymyr Selenskyj hat Verhandlungen mit Russland zum jetzigen Zeitpunkt erneut ausgeschlossen.
„Wir sind nicht bereit, unsere Freiheit diesem Terroristen Putin zu überlassen“, sagte Selenskyj in einem am Sonntag ausgestrahlten Interview des US-Senders NBC.
Es gebe kein Patt, der Krieg stecke nicht in einer Sackgasse, betonte er und widersprach damit seinem Oberbefehlshaber Walerij Saluschnyj, der Anfang November in einem Beitrag für den „Economist“ von einem Patt an der Front geschrieben hatte.

Bei seinem Besuch im Weißen Haus im September habe ihm US-Präsident Joe Biden weitere Unterstützung zugesichert, sagte Selenskyj in dem Gespräch.
Er spüre keinen Druck der Partner, Zugeständnisse an Moskau zu machen.
Damit reagierte er auch auf ein Telefonat der italienischen Ministerpräsidentin Giorgia Meloni mit zwei russischen Komikern, das Mitte vergangener Woche öffentlich geworden war.
Die beiden hatten sich im September als Vertreter der Afrikanischen Union ausgegeben; Meloni sprach in dem Gespräch von einer „großen Müdigkeit“ unter den Unterstützern der Ukraine.
Ihr Amtssitz bedauerte am Mittwoch, dass die Regierungschefin auf die Täuschung hereingefallen sei.

Rückendeckung erhielt Kiew am Samstag von EU-Kommissionspräsidentin Ursula von der Leyen, die zu ihrem sechsten Besuch seit Kriegsbeginn in die ukrainische Hauptstadt gereist war und dort mit Selenskyj zusammentraf.
Sie stellte eine positive Empfehlung für den Beginn von Beitrittsverhandlungen in Aussicht; den Bericht der Kommission will sie am Mittwoch in Brüssel vorlegen.
Zugleich mahnte sie, Kiew müsse die noch offenen Reformen, etwa beim Schutz nationaler Minderheiten, rasch abschließen.

Aus Moskau kam am Montag prompt Widerspruch.
Kremlsprecher Dmitri Peskow warf Kiew vor, sich jeder Verhandlungslösung zu verweigern, und machte dafür die westlichen Unterstützer verantwortlich, die das Land mit Waffen „vollpumpten“.
Russland sei weiterhin offen für Gespräche, allerdings nur auf der Grundlage der „neuen Realitäten“, fügte er hinzu.
In der Nacht zum Montag hatte eine russische Rakete in Odessa das Kunstmuseum beschädigt, nach Angaben der Regionalverwaltung wurden acht Menschen verletzt.

In Solingen wird die Debatte über die Lage an der Front aufmerksam verfolgt.
Im Hilfszentrum der ukrainischen Gemeinde an der Kölner Straße packten Ehrenamtliche am Samstag erneut Winterpakete für Charkiw.
„Die Menschen dort brauchen keinen Waffenstillstand auf dem Papier, sondern Strom und Wärme“, sagte die Vereinsvorsitzende Olena Krawez.
"""
# ---------------------------------------------------------------- b83de03 (Kirchenzeitung für das Erzbistum Köln)
DE03 = """
Papst Leo XIV.: „Unsere Tür bleibt offen“

Vatikanstadt/Köln. Papst Leo XIV. hat das Angebot des Heiligen Stuhls bekräftigt, Vertreter Russlands und der Ukraine zu direkten Gesprächen im Vatikan zusammenzubringen.
„Unsere Tür steht offen, und sie bleibt offen“, sagte das Kirchenoberhaupt in einem Interview mit dem katholischen US-Portal „Crux“, aus dem am Donnerstag erste Auszüge veröffentlicht wurden.
Als Vermittler im engeren Sinne sehe sich der Vatikan allerdings nicht, schränkte der Papst ein: Der Heilige Stuhl könne Räume öffnen, verhandeln müssten die Parteien selbst.

Leo XIV. erinnerte an sein Telefonat mit Kremlchef Wladimir Putin Anfang Juni, das erste seit seiner Wahl.
Er habe Putin um eine „Geste für den Frieden“ gebeten; der russische Präsident habe ihm stattdessen ausführlich die Sicht Moskaus auf die „Ursachen“ des Konflikts dargelegt.
Mit dem ukrainischen Präsidenten Wolodymyr Selenskyj war der Papst am 18. Mai nach der Messe zu seiner Amtseinführung und am 9. Juli in der Sommerresidenz Castel Gandolfo zusammengetroffen.
Bei der zweiten Begegnung bot er an, im Vatikan auch Treffen über die Rückkehr verschleppter ukrainischer Kinder auszurichten.

Selenskyj dankte dem Papst noch am Donnerstagabend auf der Plattform X für seine „beständige Unterstützung“.
Die Ukraine sei zu einem Treffen auf Ebene der Staatschefs bereit, „an jedem Ort, den der Heilige Vater vorschlägt“, schrieb er.
Kremlsprecher Dmitri Peskow sagte am Freitag, Moskau schätze die Bemühungen des Vatikans, sehe derzeit aber keinen Bedarf für eine Vermittlung.
Das geeignete Format seien die direkten Gespräche mit Kiew in Istanbul, die im Mai begonnen hätten, fügte er hinzu.

Bei der Generalaudienz am Mittwoch hatte der Papst zudem nach dem Eindringen russischer Drohnen in den polnischen Luftraum in der vergangenen Woche zur „Besonnenheit auf allen Seiten“ aufgerufen.
Polens Ministerpräsident Donald Tusk hatte Moskau eine gezielte Provokation vorgeworfen und die Nato um Konsultationen nach Artikel 4 ersucht.
Nach Angaben des vatikanischen Presseamts soll Kardinal Matteo Zuppi, der Friedensbeauftragte des Papstes, in den kommenden Wochen erneut nach Moskau reisen.

Im Erzbistum Köln wird am kommenden Sonntag in allen Gottesdiensten für den Frieden in der Ukraine gebetet.
Die Kollekte ist für die Caritas in Lwiw bestimmt, die seit Februar 2022 Binnenflüchtlinge versorgt.
"""
# ---------------------------------------------------------------- b83de04 (Peiner Allgemeine Zeitung)
DE04 = """
Putin droht Berlin mit dem Ende der Beziehungen

St. Petersburg/Peine. Kremlchef Wladimir Putin hat die Bundesregierung davor gewarnt, deutsche Waffen gegen Ziele auf russischem Staatsgebiet einsetzen zu lassen.
Sollten solche Waffen dort zum Einsatz kommen, werde das die deutsch-russischen Beziehungen „endgültig zerstören“, sagte Putin am Mittwochabend bei einem Treffen mit den Chefs internationaler Nachrichtenagenturen am Rande des Wirtschaftsforums in St. Petersburg.
Die Runde, an der auch die Deutsche Presse-Agentur teilnahm, dauerte mehr als drei Stunden.

Der Kremlchef brachte zudem ins Spiel, Russland könne als „asymmetrische Antwort“ seinerseits weitreichende Waffen an Staaten oder Gruppen in anderen Weltregionen liefern, die damit westliche Einrichtungen angreifen könnten.
Pläne für einen Angriff auf Nato-Staaten wies er als „Unsinn“ zurück.
Atomwaffen werde Russland nur einsetzen, wenn seine Souveränität und territoriale Unversehrtheit bedroht seien, sagte Putin.

Die Bundesregierung hatte am vergangenen Freitag erklärt, die Ukraine dürfe von Deutschland gelieferte Waffen auch gegen militärische Ziele in Russland nahe der Region Charkiw einsetzen.
Tags zuvor war bekannt geworden, dass US-Präsident Joe Biden Kiew eine ähnliche, eng begrenzte Erlaubnis erteilt hatte.
Ihr bislang letztes Telefonat hatten Putin und Bundeskanzler Olaf Scholz im Dezember 2022 geführt.
Er sei zu einem Gespräch mit Scholz jederzeit bereit, die Initiative müsse aber von Berlin ausgehen, sagte Putin.

Zur Friedenskonferenz auf dem Bürgenstock in der Schweiz, zu der Präsident Wolodymyr Selenskyj in gut einer Woche Vertreter von mehr als 90 Staaten erwartet, ist Russland nicht eingeladen.
Putin nannte das Treffen den Versuch, Russland ein Ultimatum zu stellen, und verwies auf den Vertragsentwurf, den die Delegationen beider Länder im März 2022 in Istanbul ausgehandelt hätten.
Selenskyj sei nach dem Ende seiner regulären Amtszeit im Mai ohnehin kein legitimer Gesprächspartner mehr, behauptete der Kremlchef.

Regierungssprecher Steffen Hebestreit sagte am Donnerstag in Berlin, die Bundesregierung lasse sich von solchen Drohungen nicht beeindrucken.
Das ukrainische Außenministerium sprach von „nuklearer Erpressung in neuem Gewand“.
Kremlsprecher Dmitri Peskow legte am Donnerstag nach: Europa gerate mit jedem Schritt „tiefer in den Konflikt“.

In Peine wird die Zuspitzung mit Sorge verfolgt.
Das Walzwerk Peiner Träger hat seine Lieferketten nach eigenen Angaben bereits 2022 vollständig von russischem Vormaterial auf Lieferanten aus der EU umgestellt.
„Wir hängen nicht mehr am russischen Stahl, aber an stabilen Energiepreisen“, sagte ein Unternehmenssprecher.
"""
# ---------------------------------------------------------------- b83de05 (SonntagsZeitung, Zürich)
DE05 = """
Selenski lädt Xi nach Kiew ein – Peking schweigt

Kiew/Peking. Der ukrainische Präsident Wolodimir Selenski hat Chinas Staatschef Xi Jinping zu einem Besuch in die Ukraine eingeladen.
«Wir sind bereit, ihn hier zu sehen», sagte Selenski in einem Interview mit der Nachrichtenagentur AP, das am Mittwoch veröffentlicht wurde.
Er wolle mit Xi sprechen; vor dem Krieg habe man Kontakt gehabt, seit über einem Jahr aber nicht mehr.

Xi hatte vor knapp zwei Wochen einen dreitägigen Staatsbesuch in Moskau absolviert, bei dem er mit Präsident Wladimir Putin eine Vertiefung der «strategischen Partnerschaft» vereinbarte.
In einer gemeinsamen Erklärung riefen beide zu Friedensgesprächen auf, einen Abzug der russischen Truppen erwähnte das Papier nicht.
Ein Telefonat zwischen Xi und Selenski, über das seit Wochen spekuliert wird, hat Peking bisher nicht bestätigt.

Für Unruhe sorgte zudem Putins Ankündigung vom 25. März, taktische Atomwaffen im Nachbarland Belarus zu stationieren; die Lager dafür sollen bis zum 1. Juli fertig sein.
Der Kremlchef hatte den Schritt in einem Fernsehinterview damit begründet, dass die USA seit langem Atomwaffen bei ihren Verbündeten in Europa lagerten.
Kiew verlangte tags darauf eine Dringlichkeitssitzung des UN-Sicherheitsrats.

Seit Samstag hat ausgerechnet Russland für einen Monat den Vorsitz im Sicherheitsrat inne.
Der ukrainische Aussenminister Dmytro Kuleba nannte das einen «schlechten Aprilscherz».
Aussenminister Sergei Lawrow will im April zwei Sitzungen in New York selbst leiten, wie das Aussenministerium in Moskau mitteilte.

Frankreichs Präsident Emmanuel Macron reist kommende Woche nach Peking; er wolle Xi bitten, auf Putin einzuwirken, hiess es im Élysée.
Begleitet wird er von EU-Kommissionspräsidentin Ursula von der Leyen.

In Bern hält der Bundesrat derweil an seinem Nein zur Weitergabe von Schweizer Munition an die Ukraine fest.
Eine Anfrage Deutschlands, Munition für den Flugabwehrpanzer Gepard an Kiew weitergeben zu dürfen, hatte die Landesregierung bereits im vergangenen Jahr abgelehnt.
Bundespräsident Alain Berset hatte im März in einem Interview vor einem «Kriegsrausch» gewarnt – eine Wortwahl, die ihm auch im eigenen Land Kritik eintrug.
"""
# ---------------------------------------------------------------- b83de06 (Bild am Sonntag)
DE06 = """
Scholz: „Es darf keinen Atomkrieg geben“

Berlin – Bundeskanzler Olaf Scholz (SPD) verteidigt seinen vorsichtigen Kurs bei Waffenlieferungen an die Ukraine gegen wachsende Kritik.
Er tue alles, um eine Eskalation zu verhindern, die zu einem dritten Weltkrieg führen könne, sagte Scholz in einem am Freitag veröffentlichten Interview mit dem SPIEGEL.
Die direkte Lieferung schwerer Waffen aus Beständen der Bundeswehr lehnte er erneut ab.
Stattdessen sollen osteuropäische Partner Panzer sowjetischer Bauart an Kiew abgeben und dafür Ersatz aus Deutschland erhalten.

Der ukrainische Botschafter Andrij Melnyk warf dem Kanzler vor, mit seinen Worten Putins Drohkulisse zu bedienen.
Auch CDU-Chef Friedrich Merz geht den Kanzler scharf an: „Scholz zögert, zaudert und versteckt sich hinter den Partnern“, sagte Merz BILD am SONNTAG.
Merz kündigte an, in den kommenden Wochen selbst nach Kiew zu reisen und Präsident Wolodymyr Selenskyj zu treffen.

Scholz hatte Kremlchef Wladimir Putin zuletzt Ende März am Telefon aufgefordert, einer Waffenruhe zuzustimmen.
Bei seinem Besuch im Kreml am 15. Februar hatte ihm Putin noch versichert, Russland wolle keinen Krieg.
Neun Tage später marschierten russische Truppen in die Ukraine ein.

Selenskyj kündigte am Samstag an, dass US-Außenminister Antony Blinken und Verteidigungsminister Lloyd Austin an diesem Sonntag nach Kiew kommen.
Von ihnen erwarte er konkrete Zusagen für schwere Waffen, sagte der Präsident bei einer Pressekonferenz in einer Kiewer Metrostation.
UN-Generalsekretär António Guterres wird am Dienstag in Moskau von Putin und Außenminister Sergej Lawrow empfangen, am Donnerstag reist er nach Kiew weiter.
Ebenfalls am Dienstag beraten auf Einladung des Pentagons rund 40 Staaten auf dem US-Stützpunkt Ramstein in Rheinland-Pfalz über weitere Militärhilfe, für Deutschland nimmt Verteidigungsministerin Christine Lambrecht (SPD) teil.

Bei einem Raketenangriff auf Odessa wurden am Samstag nach ukrainischen Angaben acht Menschen getötet, darunter ein Säugling.
Selenskyj warf Moskau vor, nicht einmal über Ostern die Waffen ruhen zu lassen.
Die orthodoxen Christen in der Ukraine und in Russland feiern an diesem Sonntag das Osterfest.
"""

def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b83de01_merz_wams_interview_2026_04", "2026-04-19", DE01,
        [
            T("zuletzt", "DATE", "PAST_REF"),
            T("Donnerstagabend", "TIME", "2026-04-16TEV"),
            T("knapp 40 Minuten", "DURATION", "PT40M", mod="APPROX"),
            T("August vergangenen Jahres", "DATE", "2025-08"),
            T("mindestens 30 Tagen", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
            T("November 2024", "DATE", "2024-11"),
            T("rund einstündige", "DURATION", "PT1H", mod="APPROX"),
            T("Anfang Mai", "DATE", "2026-05", mod="START"),
            T("dem nächsten Winter", "DATE", "2026-WI"),
            T("10. Mai 2025", "DATE", "2025-05-10"),
            T("30-tägige", "DURATION", "P30D"),
            T("Juli", "DATE", "2026-07"),
            T("Samstag", "DATE", "2026-04-18"),
            T("der Nacht zum Sonntag", "TIME", "2026-04-18TNI", note="night of 18 to 19 April 2026"),
        ],
        [
            E("Merz accuses Putin of deliberately stalling the ceasefire negotiations", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2026-04-19", "published", "occurred",
              "hat Kremlchef Wladimir Putin vorgeworfen"),
            E("Merz calls on Trump to set Moscow a deadline and impose the threatened tariffs on buyers of Russian oil",
              "REQUEST", ["Friedrich Merz", "Donald Trump"], "2026-04-19", "published", "occurred",
              "Der Kanzler forderte US-Präsident Donald Trump auf"),
            E("Merz–Trump phone call", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2026-04-16TEV", "text",
              "occurred", "Mit Trump habe er zuletzt am Donnerstagabend telefoniert"),
            E("Merz promises Trump German participation in securing a ceasefire (air defence, reconnaissance, "
              "training)", "AGREE", ["Friedrich Merz", "Donald Trump"], "2026-04-16TEV", "context", "occurred",
              "Dabei habe er zugesagt"),
            E("Merz rules out German combat troops at the front", "REJECT", ["Friedrich Merz", "Ukraine"],
              "2026-04-16TEV", "context", "occurred", "Dabei habe er zugesagt"),
            E("White House meeting of Trump with the Europeans and Zelensky", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "European Union", "Friedrich Merz"], "2025-08", "text",
              "occurred", "erinnerte der CDU-Vorsitzende an das Treffen im Weißen Haus"),
            E("Trump holds out US help with security guarantees for Ukraine", "AGREE",
              ["Donald Trump", "European Union", "Volodymyr Zelensky"], "2025-08", "context", "occurred",
              "erinnerte der CDU-Vorsitzende an das Treffen im Weißen Haus"),
            E("Merz ready in principle to phone Putin", "AGREE", ["Friedrich Merz", "Vladimir Putin"], "2026-04-19",
              "published", "occurred", "Zu einem Telefonat mit Putin sei er grundsätzlich bereit"),
            E("Merz's condition: Putin must first agree to a ceasefire of at least 30 days", "REQUEST",
              ["Friedrich Merz", "Vladimir Putin"], "2026-04-19", "published", "occurred",
              "Zu einem Telefonat mit Putin sei er grundsätzlich bereit"),
            E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11", "text", "occurred",
              "Das bislang letzte Gespräch eines deutschen Regierungschefs"),
            E("Kyiv and EU partners criticise Scholz's call with Putin", "ACCUSE",
              ["Ukraine", "European Union", "Olaf Scholz"], "2024-11", "context", "occurred",
              "Das bislang letzte Gespräch eines deutschen Regierungschefs"),
            E("Merz, Macron and Starmer to travel to Kyiv to meet Zelensky on air defence", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"], "2026-05", "text",
              "planned", "Anfang Mai will Merz", date_mod="START"),
            E("Merz, Macron, Starmer and Tusk in Kyiv", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Ukraine"], "2025-05-10", "text",
              "occurred", "Es wäre die erste gemeinsame Reise der drei"),
            E("Merz, Macron, Starmer and Tusk demand a 30-day ceasefire from Moscow", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Russia"], "2025-05-10", "text",
              "occurred", "Es wäre die erste gemeinsame Reise der drei"),
            E("Merz to discuss action against the shadow fleet with Trump at the NATO summit in Ankara", "CONSULT",
              ["Friedrich Merz", "Donald Trump", "NATO"], "2026-07", "text", "planned",
              "Beim Nato-Gipfel im Juli in Ankara"),
            E("Peskov: Berlin has lost all credibility as a mediator", "ACCUSE", ["Dmitry Peskov", "Germany"],
              "2026-04-18", "context", "occurred", "Kremlsprecher Dmitri Peskow sagte, Berlin habe"),
            E("Peskov tells Berlin to stop giving Washington advice", "REQUEST", ["Dmitry Peskov", "Germany"],
              "2026-04-18", "context", "occurred", "Kremlsprecher Dmitri Peskow sagte, Berlin habe"),
            E("Zakharova calls the demand for a deadline an attempt to dictate ultimatums", "ACCUSE",
              ["Maria Zakharova", "Friedrich Merz"], "2026-04-18", "context", "occurred",
              "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Zakharova: Moscow will not accept ultimatums", "REJECT", ["Maria Zakharova", "Friedrich Merz"],
              "2026-04-18", "context", "occurred", "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Russian drone and glide-bomb attack on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2026-04-18TNI",
              "text", "occurred", "In der Nacht zum Sonntag griff Russland"),
        ],
        [
            S("Friedrich Merz", "Putin is stalling; the people of Kharkiv and Zaporizhzhia pay for the time he gains",
              "2026-04-19", "published", "„Putin spielt auf Zeit, und was er an Zeit gewinnt"),
            S("Friedrich Merz", "Trump should set Moscow a deadline and impose the tariffs if necessary", "2026-04-19",
              "published", "Der Kanzler forderte US-Präsident Donald Trump auf"),
            S("Friedrich Merz", "Spoke with Trump on Thursday evening for almost 40 minutes", "2026-04-19",
              "published", "Mit Trump habe er zuletzt am Donnerstagabend telefoniert"),
            S("Friedrich Merz", "Germany will help secure a ceasefire with air defence, reconnaissance and training, "
              "not with combat troops", "2026-04-16TEV", "context", "Dabei habe er zugesagt"),
            S("Friedrich Merz", "Trump held out US help with security guarantees at the White House in August",
              "2026-04-19", "published", "erinnerte der CDU-Vorsitzende an das Treffen im Weißen Haus"),
            S("Friedrich Merz", "Relies on Trump's word", "2026-04-19", "published", "„Auf dieses Wort verlasse ich mich“"),
            S("Friedrich Merz", "Ready to phone Putin once he agrees to a ceasefire of at least 30 days", "2026-04-19",
              "published", "Zu einem Telefonat mit Putin sei er grundsätzlich bereit"),
            S("Friedrich Merz", "Will not phone Putin for a photo on Russian state television", "2026-04-19",
              "published", "„Ich telefoniere nicht"),
            S("Friedrich Merz", "Will travel to Kyiv with Macron and Starmer in early May", "2026-04-19", "published",
              "Anfang Mai will Merz"),
            S("Friedrich Merz", "Will discuss the shadow fleet with Trump at the NATO summit in July", "2026-04-19",
              "published", "Beim Nato-Gipfel im Juli in Ankara"),
            S("Russia", "Moscow reacted to the pre-released interview excerpts", "2026-04-18", "text",
              "Moskau reagierte bereits am Samstag"),
            S("Dmitry Peskov", "Berlin has lost all credibility as a mediator and should stop advising Washington",
              "2026-04-18", "context", "Kremlsprecher Dmitri Peskow sagte, Berlin habe"),
            S("Maria Zakharova", "The deadline demand is an attempt to dictate ultimatums, which Moscow will not accept",
              "2026-04-18", "context", "Außenamtssprecherin Maria Sacharowa nannte"),
            S("Ukraine", "Air force: Russia attacked Kharkiv with drones and glide bombs overnight, four killed",
              "2026-04-19", "published", "In der Nacht zum Sonntag griff Russland"),
            S("Friedrich Merz", "Denies a rift with Washington", "2026-04-19", "published",
              "Von einem Zerwürfnis mit Washington"),
            S("Friedrich Merz", "He and Trump do not always agree but talk openly and often", "2026-04-19",
              "published", "„Trump und ich sind nicht immer einer Meinung"),
        ],
        ["Friedrich Merz", "Vladimir Putin", "Kremlin", "Ukraine", "Donald Trump", "United States", "Russia",
         "Germany", "European Union", "Volodymyr Zelensky", "Olaf Scholz", "Emmanuel Macron", "France",
         "Keir Starmer", "United Kingdom", "Donald Tusk", "Poland", "NATO", "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b83de02_selenskyj_nbc_meloni_2023_11", "2023-11-06", DE02,
        [
            T("jetzigen Zeitpunkt", "DATE", "PRESENT_REF"),
            T("Sonntag", "DATE", "2023-11-05"),
            T("Anfang November", "DATE", "2023-11", mod="START"),
            T("September", "DATE", "2023-09", 0),
            T("Mitte vergangener Woche", "DATE", "2023-W44", mod="MID"),
            T("September", "DATE", "2023-09", 1),
            T("Mittwoch", "DATE", "2023-11-01", 0),
            T("Samstag", "DATE", "2023-11-04", 0),
            T("Mittwoch", "DATE", "2023-11-08", 1),
            T("Montag", "DATE", "2023-11-06"),
            T("der Nacht zum Montag", "TIME", "2023-11-05TNI", note="night of 5 to 6 November 2023"),
            T("Samstag", "DATE", "2023-11-04", 1),
        ],
        [
            E("Zelensky rules out negotiations with Russia at this time", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2023-11-05", "context", "occurred", "hat Verhandlungen mit Russland zum jetzigen Zeitpunkt"),
            E("Zelensky calls Putin a terrorist", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"], "2023-11-05",
              "text", "occurred", "diesem Terroristen Putin"),
            E("Zelensky–Biden meeting at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2023-09",
              "text", "occurred", "Bei seinem Besuch im Weißen Haus im September"),
            E("Biden assures Zelensky of further support", "AGREE", ["Joe Biden", "Volodymyr Zelensky"], "2023-09",
              "context", "occurred", "Bei seinem Besuch im Weißen Haus im September"),
            E("Meloni's phone call with two Russian pranksters posing as African Union officials", "CONSULT",
              ["Giorgia Meloni"], "2023-09", "context", "occurred", "Damit reagierte er auch auf ein Telefonat"),
            E("Von der Leyen visits Kyiv and meets Zelensky", "CONSULT",
              ["Ursula von der Leyen", "Volodymyr Zelensky", "Ukraine"], "2023-11-04", "text", "occurred",
              "Rückendeckung erhielt Kiew am Samstag"),
            E("Von der Leyen holds out a positive recommendation to open accession talks", "AGREE",
              ["Ursula von der Leyen", "Ukraine"], "2023-11-04", "context", "occurred",
              "Sie stellte eine positive Empfehlung"),
            E("Von der Leyen urges Kyiv to complete the outstanding reforms quickly", "REQUEST",
              ["Ursula von der Leyen", "Ukraine"], "2023-11-04", "context", "occurred", "Zugleich mahnte sie"),
            E("Peskov accuses Kyiv of refusing any negotiated solution", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2023-11-06", "context", "occurred", "Kremlsprecher Dmitri Peskow warf Kiew vor"),
            E("Peskov: Russia remains open to talks", "AGREE", ["Dmitry Peskov", "Ukraine"], "2023-11-06", "context",
              "occurred", "Russland sei weiterhin offen für Gespräche"),
            E("Peskov's condition: talks only on the basis of the 'new realities'", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2023-11-06", "context", "occurred",
              "Russland sei weiterhin offen für Gespräche"),
            E("Russian missile damages the art museum in Odesa", "ASSAULT", ["Russia", "Ukraine"], "2023-11-05TNI",
              "text", "occurred", "In der Nacht zum Montag hatte eine russische Rakete"),
        ],
        [
            S("Volodymyr Zelensky", "Rules out negotiations with Russia at this time", "2023-11-05", "context",
              "hat Verhandlungen mit Russland zum jetzigen Zeitpunkt"),
            S("Volodymyr Zelensky", "Ukraine is not ready to give its freedom to this terrorist Putin", "2023-11-05",
              "text", "diesem Terroristen Putin"),
            S("Volodymyr Zelensky", "The war is not at a stalemate", "2023-11-05", "context",
              "Es gebe kein Patt, der Krieg stecke nicht"),
            S("Volodymyr Zelensky", "Biden assured him of further support at the White House in September",
              "2023-11-05", "context", "Bei seinem Besuch im Weißen Haus im September"),
            S("Volodymyr Zelensky", "Feels no pressure from partners to make concessions to Moscow", "2023-11-05",
              "context", "Er spüre keinen Druck der Partner"),
            S("Giorgia Meloni", "There is great fatigue among Ukraine's supporters", "2023-09", "text",
              "Die beiden hatten sich im September"),
            S("Giorgia Meloni", "Her office regrets that she fell for the hoax", "2023-11-01", "text",
              "Ihr Amtssitz bedauerte am Mittwoch"),
            S("Ursula von der Leyen", "Holds out a positive recommendation to open accession talks; report on Wednesday",
              "2023-11-04", "context", "Sie stellte eine positive Empfehlung"),
            S("Ursula von der Leyen", "Kyiv must quickly complete the outstanding reforms", "2023-11-04", "context",
              "Zugleich mahnte sie"),
            S("Russia", "Moscow objects to Zelensky's remarks", "2023-11-06", "text", "Aus Moskau kam am Montag"),
            S("Dmitry Peskov", "Kyiv refuses any negotiated solution; its Western backers pump it full of weapons",
              "2023-11-06", "context", "Kremlsprecher Dmitri Peskow warf Kiew vor"),
            S("Dmitry Peskov", "Russia remains open to talks, but only on the basis of the 'new realities'",
              "2023-11-06", "context", "Russland sei weiterhin offen für Gespräche"),
            S("Ukraine", "Regional administration: eight people injured in the strike on Odesa", "2023-11-06",
              "published", "In der Nacht zum Montag hatte eine russische Rakete"),
        ],
        ["Volodymyr Zelensky", "Russia", "Vladimir Putin", "United States", "Joe Biden", "Giorgia Meloni",
         "Ursula von der Leyen", "European Union", "Ukraine", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b83de03_leo_crux_interview_2025_09", "2025-09-19", DE03,
        [
            T("Donnerstag", "DATE", "2025-09-18"),
            T("Anfang Juni", "DATE", "2025-06", mod="START"),
            T("18. Mai", "DATE", "2025-05-18"),
            T("9. Juli", "DATE", "2025-07-09"),
            T("Donnerstagabend", "TIME", "2025-09-18TEV"),
            T("Freitag", "DATE", "2025-09-19"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Mai", "DATE", "2025-05", 1),
            T("Mittwoch", "DATE", "2025-09-17"),
            T("der vergangenen Woche", "DATE", "2025-W37"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("kommenden Sonntag", "DATE", "2025-09-21"),
            T("Februar 2022", "DATE", "2022-02"),
        ],
        [
            E("Pope Leo XIV renews the Holy See's offer to host direct Russia–Ukraine talks in the Vatican", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2025-09-18", "context", "occurred",
              "hat das Angebot des Heiligen Stuhls bekräftigt"),
            E("Pope Leo XIV's phone call with Putin", "CONSULT", ["Vatican", "Vladimir Putin"], "2025-06", "text",
              "occurred", "erinnerte an sein Telefonat mit Kremlchef", date_mod="START"),
            E("The Pope asks Putin for a gesture for peace", "REQUEST", ["Vatican", "Vladimir Putin"], "2025-06",
              "context", "occurred", "Er habe Putin um eine „Geste für den Frieden“ gebeten"),
            E("The Pope meets Zelensky after his inauguration Mass", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2025-05-18", "text", "occurred", "war der Papst am 18. Mai"),
            E("The Pope meets Zelensky at Castel Gandolfo", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2025-07-09", "text", "occurred", "war der Papst am 18. Mai"),
            E("The Pope offers to host meetings on the return of deported Ukrainian children", "REQUEST",
              ["Vatican", "Ukraine", "Russia"], "2025-07-09", "context", "occurred",
              "Bei der zweiten Begegnung bot er an"),
            E("Zelensky thanks the Pope for his support", "SUPPORT", ["Volodymyr Zelensky", "Vatican"],
              "2025-09-18TEV", "text", "occurred", "Selenskyj dankte dem Papst"),
            E("Zelensky: Ukraine is ready for a leaders' meeting at any place the Pope proposes", "AGREE",
              ["Volodymyr Zelensky", "Russia", "Vatican"], "2025-09-18TEV", "context", "occurred",
              "Die Ukraine sei zu einem Treffen auf Ebene der Staatschefs bereit"),
            E("Peskov: Moscow appreciates the Vatican's efforts", "SUPPORT", ["Dmitry Peskov", "Vatican"], "2025-09-19",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Peskov sees no need for Vatican mediation", "REJECT", ["Dmitry Peskov", "Vatican"], "2025-09-19",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Direct Russia–Ukraine talks in Istanbul since May", "CONSULT", ["Russia", "Ukraine"], "2025-05", "text",
              "occurred", "Das geeignete Format seien die direkten Gespräche", date_mod="START"),
            E("The Pope calls for restraint on all sides after the drone incursion into Poland", "REQUEST", ["Vatican"],
              "2025-09-17", "text", "occurred", "Bei der Generalaudienz am Mittwoch"),
            E("Tusk accuses Moscow of a deliberate provocation", "ACCUSE", ["Donald Tusk", "Russia"], "2025-W37",
              "context", "occurred", "Polens Ministerpräsident Donald Tusk hatte Moskau"),
            E("Tusk requests NATO consultations under Article 4", "REQUEST", ["Donald Tusk", "NATO"], "2025-W37",
              "context", "occurred", "Polens Ministerpräsident Donald Tusk hatte Moskau"),
            E("Cardinal Zuppi to travel to Moscow again", "CONSULT", ["Vatican", "Russia"], "FUTURE_REF", "vague",
              "planned", "Nach Angaben des vatikanischen Presseamts"),
        ],
        [
            S("Vatican", "The Pope renews the offer to bring Russia and Ukraine together for talks in the Vatican",
              "2025-09-18", "context", "hat das Angebot des Heiligen Stuhls bekräftigt"),
            S("Vatican", "Our door is open and remains open", "2025-09-18", "text", "„Unsere Tür steht offen"),
            S("Vatican", "The Holy See is not a mediator in the narrow sense; the parties must negotiate themselves",
              "2025-09-18", "context", "Als Vermittler im engeren Sinne"),
            S("Vatican", "The Pope recalls his first phone call with Putin in early June", "2025-09-18", "context",
              "erinnerte an sein Telefonat mit Kremlchef"),
            S("Vladimir Putin, via Vatican", "Set out Moscow's view of the 'root causes' of the conflict", "2025-06",
              "context", "Er habe Putin um eine „Geste für den Frieden“ gebeten"),
            S("Volodymyr Zelensky", "Thanks the Pope for his constant support", "2025-09-18TEV", "text",
              "Selenskyj dankte dem Papst"),
            S("Volodymyr Zelensky", "Ukraine is ready for a meeting of leaders at any place the Pope proposes",
              "2025-09-18TEV", "context", "Die Ukraine sei zu einem Treffen auf Ebene der Staatschefs bereit"),
            S("Dmitry Peskov", "Moscow appreciates the Vatican's efforts but sees no need for mediation",
              "2025-09-19", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "The direct talks with Kyiv in Istanbul are the right format", "2025-09-19",
              "context", "Das geeignete Format seien die direkten Gespräche"),
            S("Vatican", "The Pope calls for restraint on all sides", "2025-09-17", "text",
              "Bei der Generalaudienz am Mittwoch"),
            S("Donald Tusk", "Moscow's drone incursion was a deliberate provocation", "2025-W37", "context",
              "Polens Ministerpräsident Donald Tusk hatte Moskau"),
            S("Vatican", "Press office: Cardinal Zuppi will travel to Moscow again in the coming weeks", "2025-09-19",
              "published", "Nach Angaben des vatikanischen Presseamts"),
        ],
        ["Vatican", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "Dmitry Peskov",
         "Donald Tusk", "Poland", "NATO"],
    ),
    doc(
        "b83de04_putin_agenturchefs_2024_06", "2024-06-06", DE04,
        [
            T("Mittwochabend", "TIME", "2024-06-05TEV"),
            T("mehr als drei Stunden", "DURATION", "PT3H", mod="MORE_THAN"),
            T("vergangenen Freitag", "DATE", "2024-05-31"),
            T("Tags zuvor", "DATE", "2024-05-30"),
            T("Dezember 2022", "DATE", "2022-12"),
            T("gut einer Woche", "DURATION", "P1W", mod="APPROX",
              note="the conference opened on 15 June 2024"),
            T("März 2022", "DATE", "2022-03"),
            T("Mai", "DATE", "2024-05"),
            T("Donnerstag", "DATE", "2024-06-06", 0),
            T("Donnerstag", "DATE", "2024-06-06", 1),
            T("2022", "DATE", "2022", 2),
        ],
        [
            E("Putin warns Berlin against letting German weapons be used against targets on Russian territory",
              "REQUEST", ["Vladimir Putin", "Germany"], "2024-06-05TEV", "context", "occurred",
              "hat die Bundesregierung davor gewarnt"),
            E("Putin: use of German weapons on Russian territory would destroy German–Russian relations", "THREATEN",
              ["Vladimir Putin", "Germany"], "2024-06-05TEV", "text", "occurred",
              "Sollten solche Waffen dort zum Einsatz kommen"),
            E("Putin floats supplying long-range weapons to others as an asymmetric response", "THREATEN",
              ["Vladimir Putin"], "2024-06-05TEV", "context", "occurred", "Der Kremlchef brachte zudem ins Spiel"),
            E("Putin dismisses plans to attack NATO states as nonsense", "REJECT", ["Vladimir Putin", "NATO"],
              "2024-06-05TEV", "context", "occurred", "Pläne für einen Angriff auf Nato-Staaten"),
            E("Putin: Russia would use nuclear weapons if its sovereignty and territorial integrity were threatened",
              "THREATEN", ["Vladimir Putin"], "2024-06-05TEV", "context", "occurred",
              "Atomwaffen werde Russland nur einsetzen"),
            E("Germany allows Ukraine to use German weapons against military targets in Russia near Kharkiv", "AGREE",
              ["Germany", "Ukraine"], "2024-05-31", "text", "occurred", "Die Bundesregierung hatte am vergangenen Freitag"),
            E("Biden gives Kyiv a similar, narrowly limited permission", "AGREE", ["Joe Biden", "Ukraine"],
              "2024-05-30", "text", "occurred", "Tags zuvor war bekannt geworden",
              note="dated by the day it became known"),
            E("Last Putin–Scholz phone call", "CONSULT", ["Vladimir Putin", "Olaf Scholz"], "2022-12", "text",
              "occurred", "Ihr bislang letztes Telefonat"),
            E("Putin ready to talk with Scholz", "AGREE", ["Vladimir Putin", "Olaf Scholz"], "2024-06-05TEV",
              "context", "occurred", "Er sei zu einem Gespräch mit Scholz jederzeit bereit"),
            E("Putin: the initiative must come from Berlin", "REQUEST", ["Vladimir Putin", "Germany"],
              "2024-06-05TEV", "context", "occurred", "Er sei zu einem Gespräch mit Scholz jederzeit bereit"),
            E("Peace conference on the Bürgenstock, to which Zelensky expects more than 90 states; Russia not invited", "CONSULT",
              ["Volodymyr Zelensky"], "2024-06-15", "text", "planned", "Zur Friedenskonferenz auf dem Bürgenstock",
              note="'in gut einer Woche'; the conference took place on 15–16 June 2024"),
            E("Putin calls the conference an attempt to present Russia with an ultimatum", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2024-06-05TEV", "context", "occurred",
              "Putin nannte das Treffen den Versuch"),
            E("Russian and Ukrainian delegations negotiate a draft treaty in Istanbul", "CONSULT",
              ["Russia", "Ukraine"], "2022-03", "text", "occurred", "Putin nannte das Treffen den Versuch"),
            E("Putin claims Zelensky is no longer a legitimate partner after the end of his term", "ACCUSE",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2024-06-05TEV", "context", "occurred",
              "kein legitimer Gesprächspartner mehr"),
            E("Berlin will not be impressed by Putin's threats", "REJECT", ["Germany", "Vladimir Putin"],
              "2024-06-06", "text", "occurred", "Regierungssprecher Steffen Hebestreit"),
            E("Ukraine's foreign ministry calls Putin's words nuclear blackmail", "ACCUSE",
              ["Ukraine", "Vladimir Putin"], "2024-06-06", "published", "occurred",
              "Das ukrainische Außenministerium sprach"),
            E("Peskov: Europe is drawn ever deeper into the conflict", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2024-06-06", "text", "occurred", "Kremlsprecher Dmitri Peskow legte am Donnerstag nach"),
        ],
        [
            S("Vladimir Putin", "Warns Berlin against the use of German weapons on Russian territory",
              "2024-06-05TEV", "context", "hat die Bundesregierung davor gewarnt"),
            S("Vladimir Putin", "Such use would finally destroy German–Russian relations", "2024-06-05TEV", "text",
              "Sollten solche Waffen dort zum Einsatz kommen"),
            S("Vladimir Putin", "Russia could supply long-range weapons to others as an asymmetric response",
              "2024-06-05TEV", "context", "Der Kremlchef brachte zudem ins Spiel"),
            S("Vladimir Putin", "Plans to attack NATO states are nonsense", "2024-06-05TEV", "context",
              "Pläne für einen Angriff auf Nato-Staaten"),
            S("Vladimir Putin", "Nuclear weapons only if sovereignty and territorial integrity are threatened",
              "2024-06-05TEV", "context", "Atomwaffen werde Russland nur einsetzen"),
            S("Germany", "Ukraine may use German weapons against military targets in Russia near Kharkiv",
              "2024-05-31", "text", "Die Bundesregierung hatte am vergangenen Freitag"),
            S("Vladimir Putin", "Ready to talk with Scholz at any time, but the initiative must come from Berlin",
              "2024-06-05TEV", "context", "Er sei zu einem Gespräch mit Scholz jederzeit bereit"),
            S("Vladimir Putin", "The conference is an attempt to give Russia an ultimatum; recalls the Istanbul draft",
              "2024-06-05TEV", "context", "Putin nannte das Treffen den Versuch"),
            S("Vladimir Putin", "Zelensky is no longer a legitimate partner since his term ended in May",
              "2024-06-05TEV", "context", "kein legitimer Gesprächspartner mehr"),
            S("Germany", "Hebestreit: the government will not be impressed by such threats", "2024-06-06", "text",
              "Regierungssprecher Steffen Hebestreit"),
            S("Ukraine", "Foreign ministry: nuclear blackmail in a new guise", "2024-06-06", "published",
              "Das ukrainische Außenministerium sprach"),
            S("Dmitry Peskov", "Europe is being drawn ever deeper into the conflict", "2024-06-06", "text",
              "Kremlsprecher Dmitri Peskow legte am Donnerstag nach"),
        ],
        ["Vladimir Putin", "Kremlin", "Germany", "Russia", "NATO", "Ukraine", "Joe Biden", "United States",
         "Olaf Scholz", "Volodymyr Zelensky", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b83de05_selenski_ap_xi_2023_04", "2023-04-02", DE05,
        [
            T("Mittwoch", "DATE", "2023-03-29"),
            T("über einem Jahr", "DURATION", "P1Y", mod="MORE_THAN"),
            T("vor knapp zwei Wochen", "DATE", "2023-W12", mod="APPROX"),
            T("dreitägigen", "DURATION", "P3D"),
            T("Wochen", "DURATION", "PXW", 1),
            T("25. März", "DATE", "2023-03-25"),
            T("1. Juli", "DATE", "2023-07-01"),
            T("tags darauf", "DATE", "2023-03-26"),
            T("Samstag", "DATE", "2023-04-01"),
            T("einen Monat", "DURATION", "P1M"),
            T("April", "DATE", "2023-04"),
            T("kommende Woche", "DATE", "2023-W14"),
            T("vergangenen Jahr", "DATE", "2022"),
            T("März", "DATE", "2023-03", 1),
        ],
        [
            E("Zelensky invites Xi to visit Ukraine", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"], "2023-03-29",
              "context", "occurred", "hat Chinas Staatschef Xi Jinping zu einem Besuch"),
            E("Zelensky asks to speak with Xi", "REQUEST", ["Volodymyr Zelensky", "Xi Jinping"], "2023-03-29",
              "context", "occurred", "Er wolle mit Xi sprechen"),
            E("Xi's state visit to Moscow and talks with Putin", "CONSULT", ["Xi Jinping", "Vladimir Putin", "Russia"],
              "2023-W12", "text", "occurred", "Xi hatte vor knapp zwei Wochen", date_mod="APPROX"),
            E("Xi and Putin agree to deepen the strategic partnership", "AGREE", ["Xi Jinping", "Vladimir Putin"],
              "2023-W12", "context", "occurred", "Xi hatte vor knapp zwei Wochen", date_mod="APPROX"),
            E("Xi and Putin call for peace talks in a joint statement", "REQUEST", ["Xi Jinping", "Vladimir Putin"],
              "2023-W12", "context", "occurred", "In einer gemeinsamen Erklärung riefen beide", date_mod="APPROX"),
            E("Putin to station tactical nuclear weapons in Belarus", "MOBILIZE", ["Vladimir Putin", "Belarus"],
              "2023-07-01", "text", "planned", "Putins Ankündigung vom 25. März",
              note="announced on 25 March 2023; storage facilities to be ready by 1 July"),
            E("Kyiv requests an emergency meeting of the UN Security Council", "REQUEST",
              ["Ukraine", "United Nations"], "2023-03-26", "text", "occurred", "Kiew verlangte tags darauf"),
            E("Kuleba calls Russia's Security Council presidency a bad April Fool's joke", "ACCUSE",
              ["Ukraine", "Russia"], "2023-04-02", "published", "occurred", "schlechten Aprilscherz"),
            E("Lavrov to chair two Security Council meetings in New York", "CONSULT",
              ["Sergey Lavrov", "United Nations"], "2023-04", "text", "planned",
              "Aussenminister Sergei Lawrow will im April"),
            E("Macron (with von der Leyen) to travel to Beijing to meet Xi", "CONSULT",
              ["Emmanuel Macron", "Xi Jinping", "Ursula von der Leyen"], "2023-W14", "text", "planned",
              "Frankreichs Präsident Emmanuel Macron reist kommende Woche"),
            E("Macron to ask Xi to use his influence on Putin", "REQUEST", ["Emmanuel Macron", "Xi Jinping"],
              "2023-W14", "context", "planned", "Frankreichs Präsident Emmanuel Macron reist kommende Woche"),
            E("Germany asks Switzerland for permission to pass on Gepard ammunition to Kyiv", "REQUEST",
              ["Germany", "Ukraine"], "2022", "context", "occurred", "Eine Anfrage Deutschlands",
              note="Switzerland is not a canonical actor"),
            E("Switzerland rejects Germany's request to re-export Gepard ammunition", "REJECT", ["Germany", "Ukraine"],
              "2022", "text", "occurred", "Eine Anfrage Deutschlands",
              note="refused by the Swiss Federal Council, which is not a canonical actor"),
        ],
        [
            S("Volodymyr Zelensky", "Invites Xi to Ukraine", "2023-03-29", "context",
              "hat Chinas Staatschef Xi Jinping zu einem Besuch"),
            S("Volodymyr Zelensky", "We are ready to see him here", "2023-03-29", "text", "«Wir sind bereit"),
            S("Volodymyr Zelensky", "Wants to talk with Xi; no contact for more than a year", "2023-03-29", "context",
              "Er wolle mit Xi sprechen"),
            S("Joint statement: Xi Jinping, Vladimir Putin", "Call for peace talks; no mention of a troop withdrawal",
              "2023-W12", "context", "In einer gemeinsamen Erklärung riefen beide"),
            S("Vladimir Putin", "The US has long stored nuclear weapons with its allies in Europe", "2023-03-25",
              "context", "Der Kremlchef hatte den Schritt"),
            S("Ukraine", "Kuleba: Russia's presidency of the Security Council is a bad April Fool's joke", "2023-04-02",
              "published", "schlechten Aprilscherz"),
            S("Russia", "Foreign ministry: Lavrov will chair two Security Council meetings in April", "2023-04-02",
              "published", "Aussenminister Sergei Lawrow will im April"),
            S("France", "Élysée: Macron wants to ask Xi to use his influence on Putin", "2023-04-02", "published",
              "Frankreichs Präsident Emmanuel Macron reist kommende Woche"),
        ],
        ["Volodymyr Zelensky", "Xi Jinping", "China", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Belarus",
         "United States", "United Nations", "Sergey Lavrov", "Emmanuel Macron", "France", "Ursula von der Leyen",
         "European Union", "Germany"],
    ),
    doc(
        "b83de06_scholz_spiegel_interview_2022_04", "2022-04-24", DE06,
        [
            T("Freitag", "DATE", "2022-04-22"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Ende März", "DATE", "2022-03", mod="END"),
            T("15. Februar", "DATE", "2022-02-15"),
            T("Samstag", "DATE", "2022-04-23", 0),
            T("diesem Sonntag", "DATE", "2022-04-24", 0),
            T("Dienstag", "DATE", "2022-04-26", 0),
            T("Donnerstag", "DATE", "2022-04-28"),
            T("Dienstag", "DATE", "2022-04-26", 1),
            T("Samstag", "DATE", "2022-04-23", 1),
            T("Ostern", "DATE", "2022-04-24", note="Orthodox Easter Sunday"),
            T("diesem Sonntag", "DATE", "2022-04-24", 1),
        ],
        [
            E("Scholz again rejects direct deliveries of heavy weapons from Bundeswehr stocks", "REJECT",
              ["Olaf Scholz", "Ukraine"], "2022-04-22", "context", "occurred", "Die direkte Lieferung schwerer Waffen"),
            E("Ring exchange: eastern partners to give Kyiv Soviet-type tanks and receive German replacements", "AID",
              ["Germany", "Ukraine"], "2022-04-22", "context", "planned", "Stattdessen sollen osteuropäische Partner"),
            E("Melnyk accuses Scholz of serving Putin's threats", "ACCUSE", ["Ukraine", "Olaf Scholz"], "2022-04-24",
              "published", "occurred", "Andrij Melnyk warf dem Kanzler vor"),
            E("Merz attacks Scholz for hesitating and hiding behind partners", "ACCUSE",
              ["Friedrich Merz", "Olaf Scholz"], "2022-04-24", "published", "occurred", "Scholz zögert, zaudert"),
            E("Merz to travel to Kyiv and meet Zelensky", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"],
              "FUTURE_REF", "vague", "planned", "Merz kündigte an, in den kommenden Wochen"),
            E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-03", "text", "occurred",
              "Scholz hatte Kremlchef Wladimir Putin zuletzt", date_mod="END"),
            E("Scholz urges Putin to agree to a ceasefire", "REQUEST", ["Olaf Scholz", "Vladimir Putin"], "2022-03",
              "context", "occurred", "Scholz hatte Kremlchef Wladimir Putin zuletzt", date_mod="END"),
            E("Scholz visits Putin in the Kremlin", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2022-02-15", "text",
              "occurred", "Bei seinem Besuch im Kreml am 15. Februar"),
            E("Putin assures Scholz that Russia does not want war", "AGREE", ["Vladimir Putin", "Olaf Scholz"],
              "2022-02-15", "context", "occurred", "Bei seinem Besuch im Kreml am 15. Februar"),
            E("Russian troops invade Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context", "occurred",
              "Neun Tage später marschierten", note="nine days after 15 February"),
            E("Blinken and Austin to visit Kyiv", "CONSULT",
              ["Antony Blinken", "United States", "Volodymyr Zelensky", "Ukraine"], "2022-04-24", "text", "planned",
              "Selenskyj kündigte am Samstag an"),
            E("Zelensky expects concrete pledges of heavy weapons from Blinken and Austin", "REQUEST",
              ["Volodymyr Zelensky", "Antony Blinken", "United States"], "2022-04-23", "context", "occurred",
              "Von ihnen erwarte er konkrete Zusagen"),
            E("Guterres to be received by Putin and Lavrov in Moscow", "CONSULT",
              ["António Guterres", "Vladimir Putin", "Sergey Lavrov"], "2022-04-26", "text", "planned",
              "UN-Generalsekretär António Guterres wird am Dienstag"),
            E("Guterres to travel on to Kyiv", "CONSULT", ["António Guterres", "Ukraine"], "2022-04-28", "text",
              "planned", "UN-Generalsekretär António Guterres wird am Dienstag"),
            E("About 40 states meet at Ramstein at the Pentagon's invitation on military aid", "CONSULT",
              ["United States", "Germany"], "2022-04-26", "text", "planned", "Ebenfalls am Dienstag beraten"),
            E("Russian missile strike on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2022-04-23", "text", "occurred",
              "Bei einem Raketenangriff auf Odessa"),
            E("Zelensky accuses Moscow of not even pausing the fighting over Easter", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-04-23", "context", "occurred", "Selenskyj warf Moskau vor"),
        ],
        [
            S("Olaf Scholz", "There must be no nuclear war", "2022-04-22", "context", "Es darf keinen Atomkrieg geben"),
            S("Olaf Scholz", "Defends his cautious course on arms deliveries", "2022-04-24", "published",
              "verteidigt seinen vorsichtigen Kurs"),
            S("Olaf Scholz", "Does everything to prevent an escalation that could lead to a third world war",
              "2022-04-22", "text", "Er tue alles, um eine Eskalation zu verhindern"),
            S("Olaf Scholz", "Rejects direct deliveries of heavy weapons from Bundeswehr stocks", "2022-04-22",
              "context", "Die direkte Lieferung schwerer Waffen"),
            S("Olaf Scholz", "Eastern partners should give Soviet-type tanks to Kyiv and get German replacements",
              "2022-04-22", "context", "Stattdessen sollen osteuropäische Partner"),
            S("Ukraine", "Melnyk: Scholz's words serve Putin's threats", "2022-04-24", "published",
              "Andrij Melnyk warf dem Kanzler vor"),
            S("Friedrich Merz", "Scholz hesitates, dithers and hides behind the partners", "2022-04-24", "published",
              "Scholz zögert, zaudert"),
            S("Friedrich Merz", "Will travel to Kyiv to meet Zelensky in the coming weeks", "2022-04-24", "published",
              "Merz kündigte an, in den kommenden Wochen"),
            S("Vladimir Putin", "Russia does not want war", "2022-02-15", "context",
              "Bei seinem Besuch im Kreml am 15. Februar"),
            S("Volodymyr Zelensky", "Blinken and Austin will come to Kyiv on Sunday", "2022-04-23", "text",
              "Selenskyj kündigte am Samstag an"),
            S("Volodymyr Zelensky", "Expects concrete pledges of heavy weapons", "2022-04-23", "context",
              "Von ihnen erwarte er konkrete Zusagen"),
            S("Ukraine", "Eight people killed in the missile strike on Odesa", "2022-04-24", "published",
              "Bei einem Raketenangriff auf Odessa"),
            S("Volodymyr Zelensky", "Moscow does not even let the weapons rest over Easter", "2022-04-23", "context",
              "Selenskyj warf Moskau vor"),
        ],
        ["Olaf Scholz", "Germany", "Ukraine", "Vladimir Putin", "Kremlin", "Friedrich Merz", "Volodymyr Zelensky",
         "Russia", "Antony Blinken", "United States", "António Guterres", "United Nations", "Sergey Lavrov"],
    ),
]
