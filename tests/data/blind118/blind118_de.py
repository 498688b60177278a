"""German articles of the blind118 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b118de01 (Eichsfelder Tageblatt)
DE01 = """
Lukaschenko lässt 18 politische Gefangene frei – Opposition warnt vor „Geiseldiplomatie“

Minsk/Duderstadt. Erstmals seit Jahren hat der belarussische Machthaber Alexander Lukaschenko politische Gefangene begnadigt.
Wie sein Pressedienst am Mittwoch mitteilte, kommen 18 Menschen frei, die wegen angeblich „extremistischer“ Taten verurteilt worden waren, darunter mehrere Schwerkranke.
Unter ihnen ist der krebskranke Oppositionspolitiker Ryhor Kastusjou, der seit 2021 in Haft saß.
Lukaschenko hatte die Freilassungen am Dienstagabend bei einer Feierstunde im Minsker Palast der Republik angekündigt.
„Wir werden Menschen mit schweren Krankheiten und diejenigen, die bereuen, nicht im Gefängnis behalten“, sagte er nach Angaben der Staatsagentur Belta.

Nach Zählung der Menschenrechtsorganisation Wjasna sind in Belarus derzeit rund 1400 politische Gefangene inhaftiert.
Seit den Massenprotesten gegen die gefälschte Präsidentenwahl im August 2020 wurden nach ihren Angaben mehr als 35.000 Menschen festgenommen.
Wjasna-Gründer Ales Bjaljazki, der 2022 den Friedensnobelpreis erhielt, verbüßt weiterhin eine zehnjährige Haftstrafe.
Die in Vilnius lebende Oppositionsführerin Swetlana Tichanowskaja sprach von einem „Signal an den Westen“, warnte aber: Das Regime lasse einige Menschen frei und sperre täglich neue ein.

Die Europäische Union begrüßte die Freilassungen am Mittwoch als „positiven Schritt“.
Ein Sprecher des Auswärtigen Dienstes in Brüssel forderte Minsk zugleich auf, alle politischen Gefangenen sofort und bedingungslos freizulassen.
An den Sanktionen werde sich nichts ändern, solange die Repression anhalte, hieß es in Brüssel.
Erst am Samstag hatten die EU-Staaten ihre Strafmaßnahmen gegen Belarus verschärft und unter anderem die Ausfuhr von Hochtechnologie und Flugzeugtreibstoff verboten, um die Umgehung der Russland-Sanktionen zu erschweren.
Das Auswärtige Amt in Berlin begrüßte die Begnadigungen ebenfalls, nannte sie aber „überfällig“ und verlangte konsularischen Zugang zu den inhaftierten Ausländern.

Kremlchef Wladimir Putin gratulierte Lukaschenko am Mittwoch in einem Telegramm zum Nationalfeiertag und lobte die „unerschütterliche Union“ beider Staaten.
Lukaschenko selbst sagte bei der Militärparade am Mittwoch, Belarus sei bereit, mit allen Nachbarn „ohne Vorbedingungen“ zu reden.
Zuerst aber müssten die EU und die USA ihre „unrechtmäßigen Sanktionen“ aufheben, fügte er hinzu.
Das US-Außenministerium in Washington erklärte, man verfolge die Entwicklung genau, und rief Minsk auf, auch die inhaftierten US-Bürger freizulassen.

Im Eichsfeld wird die Nachricht mit gemischten Gefühlen aufgenommen.
Der Duderstädter Verein „Brücke nach Gomel“ lädt seit 1993 jeden Sommer Kinder aus der Region um Tschernobyl ein; in diesem Jahr kommen 14 Mädchen und Jungen Mitte Juli für drei Wochen ins Untereichsfeld.
„Für unsere Gastfamilien ist jede Freilassung eine Hoffnung“, sagt die Vorsitzende Monika Hartung, „aber die Angst, etwas Falsches zu sagen, reist immer mit.“
"""

DOCS.append(doc(
    "b118de01_lukaschenko_begnadigung_2024_07", "2024-07-04", DE01,
    [
        T("Jahren", "DURATION", "PXY", 0),
        T("Mittwoch", "DATE", "2024-07-03", 0),
        T("2021", "DATE", "2021"),
        T("Dienstagabend", "TIME", "2024-07-02TEV"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("August 2020", "DATE", "2020-08"),
        T("2022", "DATE", "2022"),
        T("zehnjährige", "DURATION", "P10Y"),
        T("täglich", "SET", "P1D"),
        T("Mittwoch", "DATE", "2024-07-03", 1),
        T("Samstag", "DATE", "2024-06-29"),
        T("Mittwoch", "DATE", "2024-07-03", 2),
        T("Nationalfeiertag", "DATE", "2024-07-03", note="Belarus's Independence Day, 3 July"),
        T("Mittwoch", "DATE", "2024-07-03", 3),
        T("1993", "DATE", "1993"),
        T("jeden Sommer", "SET", "P1Y", note="every summer"),
        T("diesem Jahr", "DATE", "2024"),
        T("Mitte Juli", "DATE", "2024-07", mod="MID"),
        T("drei Wochen", "DURATION", "P3W"),
    ],
    [
        E("Lukashenko pardons 18 people convicted of 'extremist' offences", "CONCEDE",
          ["Alexander Lukashenko", "Belarus"], "2024-07-03", "text", "occurred", "kommen 18 Menschen frei"),
        E("Opposition politician Kastusiou in detention since 2021", "COERCE", ["Belarus"], "2021", "text",
          "occurred", "der seit 2021 in Haft saß", date_mod="START"),
        E("Lukashenko announces the release of seriously ill prisoners", "AGREE", ["Alexander Lukashenko"],
          "2024-07-02TEV", "text", "occurred", "am Dienstagabend bei einer Feierstunde"),
        E("More than 35,000 people detained since the protests of August 2020", "COERCE", ["Belarus"], "2020-08",
          "text", "occurred", "mehr als 35.000 Menschen festgenommen", date_mod="START"),
        E("Tsikhanouskaya: the regime frees some and jails new people every day", "ACCUSE", ["Belarus"],
          "2024-07-04", "published", "occurred", "Signal an den Westen"),
        E("EU welcomes the releases as a positive step", "SUPPORT", ["European Union", "Belarus"], "2024-07-03",
          "text", "occurred", "begrüßte die Freilassungen am Mittwoch"),
        E("EU calls on Minsk to free all political prisoners", "REQUEST", ["European Union", "Belarus"],
          "2024-07-03", "context", "occurred", "Ein Sprecher des Auswärtigen Dienstes"),
        E("EU: no change to the sanctions while repression continues", "REJECT", ["European Union", "Belarus"],
          "2024-07-03", "context", "occurred", "An den Sanktionen werde sich nichts ändern"),
        E("EU tightens sanctions on Belarus (high tech, jet fuel)", "SANCTION", ["European Union", "Belarus"],
          "2024-06-29", "text", "occurred", "Erst am Samstag hatten die EU-Staaten"),
        E("German Foreign Office welcomes the pardons", "SUPPORT", ["Germany", "Belarus"], "2024-07-04",
          "published", "occurred", "Das Auswärtige Amt in Berlin"),
        E("German Foreign Office demands consular access to jailed foreigners", "REQUEST", ["Germany", "Belarus"],
          "2024-07-04", "published", "occurred", "Das Auswärtige Amt in Berlin"),
        E("Putin congratulates Lukashenko on the national holiday", "SUPPORT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2024-07-03", "text", "occurred", "gratulierte Lukaschenko"),
        E("Lukashenko: Belarus ready to talk to all neighbours without preconditions", "AGREE",
          ["Alexander Lukashenko"], "2024-07-03", "text", "occurred", "bei der Militärparade am Mittwoch"),
        E("Lukashenko demands that the EU and the US lift their sanctions first", "REQUEST",
          ["Alexander Lukashenko", "European Union", "United States"], "2024-07-03", "context", "occurred",
          "Zuerst aber müssten die EU und die USA"),
        E("US calls on Minsk to free jailed US citizens", "REQUEST", ["United States", "Belarus"], "2024-07-04",
          "published", "occurred", "rief Minsk auf, auch die inhaftierten US-Bürger"),
    ],
    [
        S("Belarus", "Press service: 18 people convicted of 'extremist' offences are pardoned", "2024-07-03", "text",
          "kommen 18 Menschen frei"),
        S("Alexander Lukashenko", "Announces the release of seriously ill prisoners", "2024-07-02TEV", "text",
          "am Dienstagabend bei einer Feierstunde"),
        S("Alexander Lukashenko, via Belarus", "Seriously ill people and those who repent will not be kept in prison",
          "2024-07-02TEV", "context", "nach Angaben der Staatsagentur Belta"),
        S("European Union", "Welcomes the releases as a positive step", "2024-07-03", "text",
          "begrüßte die Freilassungen am Mittwoch"),
        S("European Union", "Spokesman: Minsk must free all political prisoners immediately and unconditionally",
          "2024-07-03", "context", "Ein Sprecher des Auswärtigen Dienstes"),
        S("European Union", "Sanctions unchanged as long as the repression continues", "2024-07-03", "context",
          "An den Sanktionen werde sich nichts ändern"),
        S("Germany", "Foreign Office: the pardons are overdue; demands consular access", "2024-07-04", "published",
          "Das Auswärtige Amt in Berlin"),
        S("Vladimir Putin", "Congratulates Lukashenko and praises the 'unshakeable union'", "2024-07-03", "text",
          "gratulierte Lukaschenko"),
        S("Alexander Lukashenko", "Belarus ready to talk to all neighbours without preconditions", "2024-07-03",
          "text", "bei der Militärparade am Mittwoch"),
        S("Alexander Lukashenko", "The EU and the US must first lift their 'unlawful sanctions'", "2024-07-03",
          "context", "Zuerst aber müssten die EU und die USA"),
        S("United States", "State Department follows the developments and calls for the release of US citizens",
          "2024-07-04", "published", "rief Minsk auf, auch die inhaftierten US-Bürger"),
    ],
    ["Alexander Lukashenko", "Belarus", "European Union", "Germany", "Russia", "Kremlin", "Vladimir Putin",
     "United States"],
))

# ---------------------------------------------------------------- b118de02 (Bocholter-Borkener Volksblatt, dpa)
DE02 = """
Nach US-Besuch in Minsk: Belarus lässt Amerikaner und Journalisten frei

Minsk/Vilnius (dpa) - Belarus hat nach dem Besuch eines ranghohen US-Diplomaten drei Gefangene freigelassen, darunter einen US-Bürger und den Journalisten Andrej Kusnetschyk.
Die drei seien am Mittwoch über die Grenze nach Litauen gebracht worden, teilte das US-Außenministerium mit.
Am selben Tag hatte Machthaber Alexander Lukaschenko in Minsk den für Osteuropa zuständigen Spitzenbeamten des Ministeriums, Christopher Smith, empfangen, wie sein Pressedienst auf Telegram mitteilte.

US-Außenminister Marco Rubio sprach von einem Erfolg der Politik von Präsident Donald Trump.
„Präsident Trump holt Amerikaner nach Hause“, schrieb Rubio auf der Plattform X.
Die Namen des US-Bürgers und einer ebenfalls freigelassenen Belarussin wurden zunächst nicht genannt.
Kusnetschyk, der für den US-Sender Radio Free Europe/Radio Liberty arbeitete, war im November 2021 festgenommen und im Juni 2022 zu sechs Jahren Haft verurteilt worden.
Der Sender dankte der US-Regierung und forderte die Freilassung seiner drei weiteren in Belarus inhaftierten Mitarbeiter.

Lukaschenko ließ nach dem Treffen verbreiten, er sei zu einem „großen Deal“ mit Washington bereit.
Belarus könne alle Häftlinge freilassen, die der Westen als politische Gefangene bezeichne, wenn im Gegenzug die Sanktionen gegen die Staatsfluglinie Belavia und die Kaliindustrie fielen, zitierte ihn die Staatsagentur Belta.
Nach Zählung der Menschenrechtsgruppe Wjasna sind in Belarus derzeit knapp 1250 politische Gefangene in Haft.
Die Oppositionsführerin Swetlana Tichanowskaja begrüßte die Freilassungen, mahnte aber, Lukaschenko dürfe für die Freilassung von Menschen, die er selbst eingesperrt habe, nicht belohnt werden.

Ebenfalls am Mittwoch telefonierte Trump rund eineinhalb Stunden mit Kremlchef Wladimir Putin; beide vereinbarten, Verhandlungen über ein Ende des Kriegs in der Ukraine aufzunehmen.
Bereits am Dienstag war der US-Lehrer Marc Fogel nach Vermittlung des Trump-Gesandten Steve Witkoff aus russischer Haft freigekommen.
In Kiew wird die Annäherung zwischen Washington und Minsk mit Argwohn verfolgt.
Außenminister Andrij Sybiha erinnerte daran, dass Belarus im Februar 2022 russischen Truppen sein Territorium für den Angriff auf die Ukraine überlassen habe.
Lukaschenko hatte sich im Januar bei einer Wahl ohne echte Gegenkandidaten eine siebte Amtszeit gesichert, die EU sprach damals von einer „Farce“.
Brüssel hält an seinen Sanktionen gegen Minsk fest.
"""

DOCS.append(doc(
    "b118de02_smith_minsk_freilassung_2025_02", "2025-02-13", DE02,
    [
        T("Mittwoch", "DATE", "2025-02-12", 0),
        T("selben Tag", "DATE", "2025-02-12"),
        T("November 2021", "DATE", "2021-11"),
        T("Juni 2022", "DATE", "2022-06"),
        T("sechs Jahren", "DURATION", "P6Y"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Mittwoch", "DATE", "2025-02-12", 1),
        T("rund eineinhalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
        T("Dienstag", "DATE", "2025-02-11"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Januar", "DATE", "2025-01"),
    ],
    [
        E("Belarus frees three prisoners, among them a US citizen and journalist Kuznechyk, to Lithuania",
          "CONCEDE", ["Belarus", "United States"], "2025-02-12", "text", "occurred",
          "Die drei seien am Mittwoch"),
        E("Lukashenko receives senior State Department official Christopher Smith in Minsk", "CONSULT",
          ["Alexander Lukashenko", "United States"], "2025-02-12", "text", "occurred", "Am selben Tag hatte"),
        E("Kuznechyk arrested", "COERCE", ["Belarus"], "2021-11", "text", "occurred", "im November 2021 festgenommen"),
        E("Kuznechyk sentenced to six years in prison", "COERCE", ["Belarus"], "2022-06", "text", "occurred",
          "im November 2021 festgenommen"),
        E("RFE/RL demands the release of its three other jailed staff", "REQUEST", ["Belarus"], "2025-02-13",
          "published", "occurred", "Der Sender dankte der US-Regierung"),
        E("Lukashenko ready for a 'big deal' with Washington", "AGREE", ["Alexander Lukashenko", "United States"],
          "2025-02-12", "context", "occurred", "ließ nach dem Treffen verbreiten"),
        E("Lukashenko offers to free all political prisoners if sanctions on Belavia and potash are lifted",
          "REQUEST", ["Alexander Lukashenko", "United States"], "2025-02-12", "context", "occurred",
          "zitierte ihn die Staatsagentur Belta"),
        E("Tsikhanouskaya warns against rewarding Lukashenko for the releases", "REQUEST",
          ["Alexander Lukashenko"], "2025-02-13", "published", "occurred", "mahnte aber, Lukaschenko dürfe"),
        E("Trump–Putin phone call of about 90 minutes", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-02-12", "text", "occurred", "Ebenfalls am Mittwoch telefonierte Trump"),
        E("Trump and Putin agree to start negotiations on ending the war", "AGREE",
          ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text", "occurred",
          "Ebenfalls am Mittwoch telefonierte Trump"),
        E("Russia frees US teacher Marc Fogel after Witkoff's mediation", "CONCEDE",
          ["Russia", "United States", "Steve Witkoff"], "2025-02-11", "text", "occurred", "Marc Fogel"),
        E("Belarus let Russian troops use its territory to attack Ukraine", "ASSAULT",
          ["Russia", "Belarus", "Ukraine"], "2022-02", "text", "occurred", "Außenminister Andrij Sybiha erinnerte"),
        E("EU calls the Belarusian election a farce", "ACCUSE", ["European Union", "Belarus"], "2025-01", "text",
          "occurred", "eine siebte Amtszeit gesichert"),
        E("EU keeps its sanctions against Minsk", "REJECT", ["European Union", "Belarus"], "2025-02-13",
          "published", "occurred", "Brüssel hält an seinen Sanktionen"),
    ],
    [
        S("United States", "State Department: the three were brought across the border to Lithuania on Wednesday",
          "2025-02-13", "published", "Die drei seien am Mittwoch"),
        S("Belarus", "Lukashenko's press service reports his meeting with Christopher Smith", "2025-02-13",
          "published", "Am selben Tag hatte"),
        S("Marco Rubio", "The release is a success of President Trump's policy", "2025-02-13", "published",
          "sprach von einem Erfolg"),
        S("Marco Rubio", "'President Trump is bringing Americans home'", "2025-02-13", "published",
          "schrieb Rubio auf der Plattform X"),
        S("Alexander Lukashenko", "Ready for a 'big deal' with Washington", "2025-02-12", "context",
          "ließ nach dem Treffen verbreiten"),
        S("Alexander Lukashenko, via Belarus",
          "Belarus could free all prisoners the West calls political if sanctions on Belavia and potash fall",
          "2025-02-12", "context", "zitierte ihn die Staatsagentur Belta"),
        S("Andrii Sybiha", "Belarus gave Russian troops its territory for the attack on Ukraine in February 2022",
          "2025-02-13", "published", "Außenminister Andrij Sybiha erinnerte"),
        S("European Union", "Called the election a farce", "2025-01", "text", "eine siebte Amtszeit gesichert"),
    ],
    ["Belarus", "United States", "Alexander Lukashenko", "Marco Rubio", "Donald Trump", "Kremlin", "Vladimir Putin",
     "Ukraine", "Russia", "Steve Witkoff", "Andrii Sybiha", "European Union"],
))

# ---------------------------------------------------------------- b118de03 (Allgemeine Zeitung Uelzen)
DE03 = """
Belarus lässt US-Anwalt Sjankowitsch frei – Kellogg spricht von „gutem Zeichen“

Washington/Minsk. Vier Jahre nach seiner Festnahme in Moskau ist der belarussisch-amerikanische Anwalt Juras Sjankowitsch wieder in Freiheit.
Er sei am Dienstag freigelassen worden und „sicher auf dem Weg nach Hause“, bestätigte das US-Außenministerium am Abend.
Sjankowitsch war im April 2021 gemeinsam mit dem Politologen Alexander Feduta in Moskau festgenommen und an Belarus überstellt worden.
Ein Gericht in Minsk verurteilte ihn im September 2022 wegen einer angeblichen Verschwörung zur Ermordung Lukaschenkos zu elf Jahren Haft; seine Familie sprach stets von einem konstruierten Verfahren.

Der US-Sondergesandte Keith Kellogg wertete die Freilassung als „gutes Zeichen“ und dankte Machthaber Alexander Lukaschenko ausdrücklich.
Washington stehe bereit, „weitere Schritte“ zu prüfen, wenn Minsk auch andere politische Gefangene freilasse, schrieb Kellogg.
Nach Angaben aus belarussischen Regierungskreisen wurde Sjankowitsch von einem US-Beamten begleitet, der bereits im Februar in Minsk gewesen war.
Damals waren drei Gefangene freigekommen, darunter ein US-Bürger.

Lukaschenkos Pressesprecherin Natalja Eismont sagte am Mittwoch, die Begnadigung sei eine „humanitäre Geste“ und zeige, dass Minsk zum Dialog mit Washington bereit sei.
Sie brachte zudem einen Besuch Kelloggs in der belarussischen Hauptstadt ins Gespräch; einen Termin nannte sie nicht.
In Kiew wurde die Nachricht zurückhaltend aufgenommen.
Außenminister Andrij Sybiha warnte die USA davor, Lukaschenko „aufzuwerten“, solange Russland belarussisches Territorium für Angriffe auf die Ukraine nutzen könne.

Die EU hatte ihre Sanktionen gegen Minsk Ende Februar um ein weiteres Jahr verlängert.
Die USA belegen die belarussische Kaliindustrie seit 2021 mit Strafmaßnahmen; deren Lockerung gilt als Lukaschenkos wichtigstes Ziel.
Auch im Landkreis Uelzen wird der Fall verfolgt: Die Kirchengemeinde in Bad Bevensen hält seit Jahren Kontakt zu einer Partnergemeinde bei Brest und lädt für den kommenden Sonntag zu einem Fürbittgottesdienst für die politischen Gefangenen ein.
"""

DOCS.append(doc(
    "b118de03_sjankowitsch_freilassung_2025_04", "2025-04-30", DE03,
    [
        T("Dienstag", "DATE", "2025-04-29"),
        T("Abend", "TIME", "2025-04-29TEV"),
        T("April 2021", "DATE", "2021-04"),
        T("September 2022", "DATE", "2022-09"),
        T("elf Jahren", "DURATION", "P11Y"),
        T("Februar", "DATE", "2025-02", 0),
        T("Mittwoch", "DATE", "2025-04-30"),
        T("Ende Februar", "DATE", "2025-02", mod="END"),
        T("ein weiteres Jahr", "DURATION", "P1Y"),
        T("2021", "DATE", "2021", 1),
        T("Jahren", "DURATION", "PXY", 1),
        T("kommenden Sonntag", "DATE", "2025-05-04"),
    ],
    [
        E("Belarus frees US-Belarusian lawyer Ziankovich", "CONCEDE", ["Belarus", "United States"], "2025-04-29",
          "text", "occurred", "Er sei am Dienstag freigelassen worden"),
        E("Ziankovich arrested in Moscow and handed over to Belarus", "COERCE", ["Russia", "Belarus"], "2021-04",
          "text", "occurred", "im April 2021 gemeinsam"),
        E("Minsk court sentences Ziankovich to eleven years", "COERCE", ["Belarus"], "2022-09", "text", "occurred",
          "Ein Gericht in Minsk verurteilte ihn"),
        E("Kellogg welcomes the release and thanks Lukashenko", "SUPPORT", ["Keith Kellogg", "Alexander Lukashenko"],
          "2025-04-30", "published", "occurred", "wertete die Freilassung als"),
        E("Kellogg: Washington ready to consider further steps", "AGREE", ["Keith Kellogg", "Belarus"], "2025-04-30",
          "published", "occurred", "Washington stehe bereit"),
        E("Kellogg: condition that Minsk free other political prisoners", "REQUEST", ["Keith Kellogg", "Belarus"],
          "2025-04-30", "published", "occurred", "Washington stehe bereit"),
        E("Senior US official visits Minsk", "CONSULT", ["United States", "Belarus"], "2025-02", "text", "occurred",
          "der bereits im Februar in Minsk gewesen war"),
        E("Three prisoners, among them a US citizen, freed in February", "CONCEDE", ["Belarus", "United States"],
          "2025-02", "context", "occurred", "Damals waren drei Gefangene freigekommen"),
        E("Lukashenko's spokeswoman: Minsk ready for dialogue with Washington", "AGREE", ["Belarus", "United States"],
          "2025-04-30", "text", "occurred", "Natalja Eismont sagte am Mittwoch"),
        E("Eismont floats a Kellogg visit to Minsk", "REQUEST", ["Belarus", "Keith Kellogg"], "2025-04-30",
          "context", "occurred", "einen Besuch Kelloggs"),
        E("Possible Kellogg visit to Minsk", "CONSULT", ["Keith Kellogg", "Belarus"], "2025-04-30", "published",
          "uncertain", "einen Besuch Kelloggs"),
        E("Sybiha warns the US against upgrading Lukashenko", "REQUEST",
          ["Andrii Sybiha", "United States", "Alexander Lukashenko"], "2025-04-30", "published", "occurred",
          "warnte die USA davor"),
        E("Sybiha: Russia can use Belarusian territory for attacks on Ukraine", "ACCUSE", ["Andrii Sybiha", "Belarus"],
          "2025-04-30", "published", "occurred", "warnte die USA davor"),
        E("EU extends its sanctions against Minsk by a year", "SANCTION", ["European Union", "Belarus"], "2025-02",
          "text", "occurred", "Ende Februar um ein weiteres Jahr", date_mod="END"),
        E("US sanctions on the Belarusian potash industry since 2021", "SANCTION", ["United States", "Belarus"],
          "2021", "text", "occurred", "Die USA belegen die belarussische Kaliindustrie", date_mod="START"),
    ],
    [
        S("United States", "State Department: Ziankovich freed on Tuesday and safely on his way home", "2025-04-29TEV",
          "text", "Er sei am Dienstag freigelassen worden"),
        S("Keith Kellogg", "The release is a good sign; thanks Lukashenko", "2025-04-30", "published",
          "wertete die Freilassung als"),
        S("Keith Kellogg", "Washington ready to consider further steps if Minsk frees other political prisoners",
          "2025-04-30", "published", "Washington stehe bereit"),
        S("Belarus", "Government circles: Ziankovich was accompanied by a US official who was in Minsk in February",
          "2025-04-30", "published", "Nach Angaben aus belarussischen Regierungskreisen"),
        S("Belarus", "Eismont: the pardon is a humanitarian gesture; Minsk ready for dialogue", "2025-04-30", "text",
          "Natalja Eismont sagte am Mittwoch"),
        S("Belarus", "Eismont floats a Kellogg visit to Minsk without a date", "2025-04-30", "context",
          "einen Besuch Kelloggs"),
        S("Ukraine", "Kyiv receives the news with reserve", "2025-04-30", "published",
          "In Kiew wurde die Nachricht"),
        S("Andrii Sybiha", "Warns the US against upgrading Lukashenko while Russia can use Belarusian territory",
          "2025-04-30", "published", "warnte die USA davor"),
    ],
    ["United States", "Belarus", "Russia", "Alexander Lukashenko", "Keith Kellogg", "Ukraine", "Andrii Sybiha",
     "European Union"],
))

# ---------------------------------------------------------------- b118de04 (KIRCHE IN NOT)
DE04 = """
Belarus: Zwei katholische Priester nach Vermittlung des Vatikans frei

München/Minsk. Nach fast zwei Jahren Haft sind in Belarus zwei katholische Priester freigekommen.
Wie das weltweite päpstliche Hilfswerk KIRCHE IN NOT aus kirchlichen Quellen erfuhr, verließen die beiden Geistlichen am Mittwoch das Gefängnis, nachdem Machthaber Alexander Lukaschenko sie begnadigt hatte.
Einer von ihnen, ein 65-jähriger Pfarrer aus der Erzdiözese Minsk-Mahiljou, war im November 2023 unter dem Vorwurf des „Hochverrats“ festgenommen und später zu elf Jahren Haft verurteilt worden.
Der zweite, ein polnischer Karmelit aus dem Norden des Landes, saß seit dem Sommer 2024 wegen angeblicher Spionage in Untersuchungshaft; er ist inzwischen nach Polen ausgereist.

Der Freilassung ging ein Besuch von Kardinal Claudio Gugerotti in Minsk voraus.
Der Präfekt des vatikanischen Dikasteriums für die Ostkirchen, der von 2011 bis 2015 Apostolischer Nuntius in Belarus war, traf Lukaschenko am Dienstag zu einem rund zweistündigen Gespräch.
Nach Angaben des Präsidialamts überbrachte der Kardinal eine persönliche Botschaft von Papst Leo XIV.
Lukaschenko habe zugesagt, „humanitäre Fragen“ auch künftig „wohlwollend zu prüfen“, hieß es in Minsk.
Der Direktor des vatikanischen Presseamts, Matteo Bruni, bestätigte das Treffen am Mittwochabend, nannte aber keine Einzelheiten.

Papst Leo XIV. dankte am Donnerstag bei einer Audienz im Vatikan „allen, die mit Geduld und Diskretion“ zur Freilassung beigetragen hätten.
Das polnische Außenministerium begrüßte die Rückkehr des Ordensmannes und dankte dem Heiligen Stuhl für seine „diskrete Vermittlung“.
„Wir sind dankbar, aber wir vergessen die anderen nicht“, sagte der Geschäftsführer von KIRCHE IN NOT Deutschland, Florian Ripka.
Er rief die Behörden in Minsk auf, auch die übrigen inhaftierten Geistlichen und Laien freizulassen.
Nach Kenntnis des Hilfswerks sind in Belarus derzeit noch mindestens vier katholische Priester und ein griechisch-katholischer Geistlicher in Haft.

Die Freilassung reiht sich in eine Serie von Begnadigungen ein, die Lukaschenko seit dem Sommer 2024 gewährt hat.
Im September hatte der US-Sondergesandte John Coale in Minsk die Freilassung von 52 Gefangenen erreicht; im Gegenzug hoben die USA Sanktionen gegen die staatliche Fluggesellschaft Belavia auf.
Beobachter sehen in der Vermittlung des Heiligen Stuhls einen eigenen, stilleren Kanal: Anders als Washington verlange der Vatikan keine politischen Gegenleistungen.
KIRCHE IN NOT unterstützt die katholische Kirche in Belarus seit 1992, unter anderem bei der Ausbildung von Priestern und der Renovierung von Kirchen.
"""

DOCS.append(doc(
    "b118de04_priester_gugerotti_minsk_2025_11", "2025-11-21", DE04,
    [
        T("fast zwei Jahren", "DURATION", "P2Y", mod="APPROX"),
        T("Mittwoch", "DATE", "2025-11-19"),
        T("November 2023", "DATE", "2023-11"),
        T("elf Jahren", "DURATION", "P11Y"),
        T("dem Sommer 2024", "DATE", "2024-SU", 0),
        T("2011", "DATE", "2011"),
        T("2015", "DATE", "2015"),
        T("Dienstag", "DATE", "2025-11-18"),
        T("rund zweistündigen", "DURATION", "PT2H", mod="APPROX"),
        T("Mittwochabend", "TIME", "2025-11-19TEV"),
        T("Donnerstag", "DATE", "2025-11-20"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("dem Sommer 2024", "DATE", "2024-SU", 1),
        T("September", "DATE", "2025-09"),
        T("1992", "DATE", "1992"),
    ],
    [
        E("Lukashenko pardons two Catholic priests, who leave prison", "CONCEDE",
          ["Alexander Lukashenko", "Belarus", "Vatican", "Poland"], "2025-11-19", "text", "occurred",
          "verließen die beiden Geistlichen am Mittwoch"),
        E("Priest arrested on charges of high treason", "COERCE", ["Belarus"], "2023-11", "text", "occurred",
          "im November 2023 unter dem Vorwurf"),
        E("Polish Carmelite held in pre-trial detention on espionage charges", "COERCE", ["Belarus", "Poland"],
          "2024-SU", "text", "occurred", "ein polnischer Karmelit", date_mod="START"),
        E("Cardinal Gugerotti meets Lukashenko in Minsk", "CONSULT", ["Vatican", "Alexander Lukashenko"],
          "2025-11-18", "text", "occurred", "traf Lukaschenko am Dienstag"),
        E("Lukashenko promises to keep examining humanitarian questions favourably", "AGREE",
          ["Alexander Lukashenko", "Vatican"], "2025-11-18", "context", "occurred", "Lukaschenko habe zugesagt"),
        E("Pope Leo XIV thanks all who helped bring about the release", "SUPPORT", ["Vatican"], "2025-11-20", "text",
          "occurred", "dankte am Donnerstag bei einer Audienz"),
        E("Polish foreign ministry thanks the Holy See for its mediation", "SUPPORT", ["Poland", "Vatican"],
          "2025-11-21", "published", "occurred", "Das polnische Außenministerium"),
        E("Aid to the Church in Need calls on Minsk to free the remaining clergy and laity", "REQUEST", ["Belarus"],
          "2025-11-21", "published", "occurred", "Er rief die Behörden in Minsk auf"),
        E("Series of pardons by Lukashenko since summer 2024", "CONCEDE", ["Alexander Lukashenko", "Belarus"],
          "2024-SU", "text", "occurred", "Die Freilassung reiht sich", date_mod="START"),
        E("Coale in Minsk", "CONSULT", ["United States", "Belarus"], "2025-09", "text", "occurred",
          "Im September hatte der US-Sondergesandte"),
        E("52 prisoners freed after Coale's visit", "CONCEDE", ["Belarus", "United States"], "2025-09", "text",
          "occurred", "Im September hatte der US-Sondergesandte"),
        E("US lifts sanctions on Belavia", "CONCEDE", ["United States", "Belarus"], "2025-09", "context", "occurred",
          "Im September hatte der US-Sondergesandte"),
    ],
    [
        S("Belarus", "Presidential administration: the cardinal brought a personal message from Pope Leo XIV",
          "2025-11-18", "context", "Nach Angaben des Präsidialamts"),
        S("Alexander Lukashenko, via Belarus", "Promised to keep examining humanitarian questions favourably",
          "2025-11-18", "context", "Lukaschenko habe zugesagt"),
        S("Vatican", "Bruni confirms the meeting without giving details", "2025-11-19TEV", "text",
          "bestätigte das Treffen am Mittwochabend"),
        S("Vatican", "The Pope thanks all who contributed to the release with patience and discretion",
          "2025-11-20", "text", "dankte am Donnerstag bei einer Audienz"),
        S("Poland", "Welcomes the return of the monk and thanks the Holy See for its discreet mediation",
          "2025-11-21", "published", "Das polnische Außenministerium"),
    ],
    ["Alexander Lukashenko", "Belarus", "Vatican", "Poland", "United States"],
))

# ---------------------------------------------------------------- b118de05 (Werra-Rundschau)
DE05 = """
USA heben Sanktionen gegen Belaruskali auf – 123 Gefangene in Belarus frei

Minsk/Heringen. Die USA heben ihre Sanktionen gegen den belarussischen Kalikonzern Belaruskali auf.
Das kündigte der US-Sondergesandte John Coale am Samstag in Minsk an, nachdem Machthaber Alexander Lukaschenko 123 Gefangene begnadigt hatte.
Unter den Freigelassenen sind der Friedensnobelpreisträger Ales Bjaljazki, die Oppositionspolitikerin Maria Kolesnikowa und der frühere Präsidentschaftsbewerber Viktor Babariko.
Die meisten von ihnen wurden nach ukrainischen Angaben noch am Samstagabend in die Ukraine gebracht, Bjaljazki und einige andere nach Litauen.
Coale sprach nach zweitägigen Gesprächen mit Lukaschenko von einem „sehr produktiven“ Besuch; Präsident Donald Trump wolle die Beziehungen zu Belarus normalisieren.

Lukaschenko erklärte nach Angaben seines Pressedienstes, Belarus sei zu einem „großen Abkommen“ mit Washington bereit.
Coale bestätigte, dass auch über eine Wiedereröffnung der US-Botschaft in Minsk gesprochen worden sei, die seit Februar 2022 geschlossen ist.
Eine Sprecherin der EU-Kommission sagte am Sonntag in Brüssel, die Freilassungen seien „willkommen“, änderten aber nichts an der Unterstützung Minsks für den russischen Angriffskrieg gegen die Ukraine.
Die EU werde ihre eigenen Sanktionen beibehalten; die Einfuhr von Kali aus Belarus in die EU ist bereits seit 2021 weitgehend verboten.

In der Region wird die Entscheidung aus Washington aufmerksam verfolgt.
Belaruskali ist einer der größten Konkurrenten von K+S, dessen Verbundwerk Werra mit den Standorten Hattorf, Wintershall und Unterbreizbach zu den wichtigsten Arbeitgebern im Landkreis Hersfeld-Rotenburg zählt.
Nach den Sanktionen und dem Stopp des Transits über den litauischen Hafen Klaipėda im Februar 2022 war belarussisches Kali auf dem Weltmarkt knapp geworden; die Preise stiegen damals kräftig.
Ein K+S-Sprecher sagte am Montag, man sehe „keine unmittelbaren Auswirkungen“, da die EU-Sanktionen weiter gälten und Belarus ohnehin über russische Häfen exportiere.
Analysten rechnen dennoch mit Druck auf die Weltmarktpreise in den kommenden Monaten; die K+S-Aktie gab zum Handelsstart um rund drei Prozent nach.

Lukaschenko, der Belarus seit 1994 regiert, hat seit dem Sommer 2024 bereits mehrere hundert politische Gefangene begnadigt, darunter im September 52 nach einem ersten Besuch Coales.
Nach Angaben der Menschenrechtsgruppe Wjasna sind in Belarus aber noch mehr als 1100 Menschen aus politischen Gründen in Haft.
Die Oppositionsführerin Swetlana Tichanowskaja, deren Mann Sergej Tichanowski im Juni freikam, nannte die Freilassungen „historisch“ und forderte die EU auf, den Druck auf Minsk aufrechtzuerhalten.
"""

DOCS.append(doc(
    "b118de05_belaruskali_sanktionen_coale_2025_12", "2025-12-15", DE05,
    [
        T("Samstag", "DATE", "2025-12-13"),
        T("Samstagabend", "TIME", "2025-12-13TEV"),
        T("zweitägigen", "DURATION", "P2D"),
        T("Februar 2022", "DATE", "2022-02", 0),
        T("Sonntag", "DATE", "2025-12-14"),
        T("2021", "DATE", "2021"),
        T("Februar 2022", "DATE", "2022-02", 1),
        T("Montag", "DATE", "2025-12-15"),
        T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        T("1994", "DATE", "1994"),
        T("dem Sommer 2024", "DATE", "2024-SU"),
        T("September", "DATE", "2025-09"),
        T("Juni", "DATE", "2025-06"),
    ],
    [
        E("US lifts sanctions on potash producer Belaruskali", "CONCEDE", ["United States", "Belarus"], "2025-12-13",
          "text", "occurred", "Das kündigte der US-Sondergesandte John Coale am Samstag"),
        E("Lukashenko pardons 123 prisoners, among them Bialiatski, Kalesnikava and Babaryka", "CONCEDE",
          ["Alexander Lukashenko", "Belarus", "United States"], "2025-12-13", "context", "occurred",
          "Das kündigte der US-Sondergesandte John Coale am Samstag"),
        E("Most of the freed brought to Ukraine", "CONCEDE", ["Belarus", "Ukraine"], "2025-12-13TEV", "text",
          "occurred", "noch am Samstagabend in die Ukraine gebracht"),
        E("Two days of talks between Coale and Lukashenko", "CONSULT", ["United States", "Alexander Lukashenko"],
          "2025-12-13", "context", "occurred", "nach zweitägigen Gesprächen",
          note="talks on 12 and 13 December"),
        E("Trump wants to normalise relations with Belarus", "COOPERATE", ["Donald Trump", "Belarus"], "2025-12-13",
          "context", "planned", "nach zweitägigen Gesprächen"),
        E("Lukashenko ready for a 'big agreement' with Washington", "AGREE", ["Alexander Lukashenko", "United States"],
          "2025-12-13", "context", "occurred", "zu einem „großen Abkommen“"),
        E("Possible reopening of the US embassy in Minsk discussed", "COOPERATE", ["United States", "Belarus"],
          "2025-12-15", "published", "uncertain", "Wiedereröffnung der US-Botschaft"),
        E("EU Commission welcomes the releases", "SUPPORT", ["European Union", "Belarus"], "2025-12-14", "text",
          "occurred", "Eine Sprecherin der EU-Kommission"),
        E("EU Commission: Minsk supports Russia's war of aggression against Ukraine", "ACCUSE",
          ["European Union", "Belarus"], "2025-12-14", "text", "occurred", "Eine Sprecherin der EU-Kommission"),
        E("EU keeps its own sanctions", "REJECT", ["European Union", "Belarus"], "2025-12-14", "context", "occurred",
          "Die EU werde ihre eigenen Sanktionen beibehalten"),
        E("EU ban on potash imports from Belarus since 2021", "SANCTION", ["European Union", "Belarus"], "2021",
          "text", "occurred", "Die EU werde ihre eigenen Sanktionen beibehalten", date_mod="START"),
        E("Transit of Belarusian potash via Klaipėda stopped", "SANCTION", ["Belarus"], "2022-02", "text", "occurred",
          "dem Stopp des Transits"),
        E("Lukashenko has pardoned several hundred political prisoners since summer 2024", "CONCEDE",
          ["Alexander Lukashenko", "Belarus"], "2024-SU", "text", "occurred", "mehrere hundert politische Gefangene",
          date_mod="START"),
        E("52 prisoners freed in September after Coale's first visit", "CONCEDE", ["Belarus", "United States"],
          "2025-09", "text", "occurred", "mehrere hundert politische Gefangene"),
        E("Coale's first visit to Minsk", "CONSULT", ["United States", "Belarus"], "2025-09", "context", "occurred",
          "mehrere hundert politische Gefangene"),
        E("Tsikhanouski freed in June", "CONCEDE", ["Belarus"], "2025-06", "text", "occurred", "im Juni freikam"),
        E("Tsikhanouskaya calls on the EU to keep up the pressure on Minsk", "REQUEST", ["European Union", "Belarus"],
          "2025-12-15", "published", "occurred", "im Juni freikam"),
    ],
    [
        S("United States", "Coale announces the lifting of the sanctions on Belaruskali", "2025-12-13", "text",
          "Das kündigte der US-Sondergesandte John Coale am Samstag"),
        S("Ukraine", "Most of the freed were brought to Ukraine on Saturday evening", "2025-12-15", "published",
          "noch am Samstagabend in die Ukraine gebracht"),
        S("United States", "Coale: a very productive visit", "2025-12-13", "context", "nach zweitägigen Gesprächen"),
        S("Donald Trump, via United States", "Wants to normalise relations with Belarus", "2025-12-13", "context",
          "nach zweitägigen Gesprächen"),
        S("Alexander Lukashenko, via Belarus", "Belarus is ready for a 'big agreement' with Washington",
          "2025-12-13", "context", "zu einem „großen Abkommen“"),
        S("United States", "Coale: reopening of the US embassy in Minsk was also discussed", "2025-12-13", "context",
          "Wiedereröffnung der US-Botschaft"),
        S("European Union", "Commission: the releases are welcome but change nothing about Minsk's support for the war",
          "2025-12-14", "text", "Eine Sprecherin der EU-Kommission"),
        S("European Union", "The EU will keep its own sanctions", "2025-12-14", "context",
          "Die EU werde ihre eigenen Sanktionen beibehalten"),
    ],
    ["United States", "Belarus", "Alexander Lukashenko", "Ukraine", "Donald Trump", "European Union", "Russia"],
))

# ---------------------------------------------------------------- b118de06 (Eurailpress)
DE06 = """
Litauen lehnt Wiederaufnahme des Kali-Transits über Klaipėda ab

Vilnius/Klaipėda. Litauen wird den Bahntransit von belarussischem Kali zum Hafen Klaipėda trotz der gelockerten US-Sanktionen nicht wieder zulassen.
Das bekräftigte die Regierung in Vilnius am Dienstag nach einer Kabinettssitzung.
Die staatliche Güterbahn LTG Cargo hatte bis Anfang 2022 jährlich rund elf Millionen Tonnen Kalidünger aus Belarus an die Ostsee befördert und damit gut ein Drittel ihres Frachtaufkommens erwirtschaftet.
Der Transit war im Februar 2022 gestoppt worden, nachdem US-Sanktionen gegen den Produzenten Belaruskali im Dezember 2021 wirksam geworden waren.

Der US-Sondergesandte John Coale hatte am Samstag in Minsk die Aufhebung der amerikanischen Sanktionen gegen den Kalikonzern angekündigt und die Route über Klaipėda „den logischen Weg“ genannt.
Machthaber Alexander Lukaschenko forderte Litauen am Montag auf, die Strecke „ohne politische Spielchen“ zu öffnen.
Andernfalls werde Belarus den Transit litauischer Lastwagen erschweren, drohte er.
Ende Oktober hatte Litauen wegen Schmuggelballons aus Belarus seine Grenzübergänge für rund einen Monat geschlossen; Tausende litauische Lkw saßen danach wochenlang auf belarussischen Parkplätzen fest.

Belarus exportiert sein Kali seit 2022 über russische Ostseehäfen wie Ust-Luga und Sankt Petersburg, nach Branchenschätzungen zu um ein Drittel höheren Transportkosten.
Die EU-Außenbeauftragte Kaja Kallas sagte am Montag nach dem Treffen der EU-Außenminister in Brüssel, die Freilassungen in Minsk änderten „nichts an unserer Haltung“, solange Belarus Russlands Krieg unterstütze.
Die EU-Sanktionen gegen belarussisches Kali gelten damit unverändert weiter.

Auch im Schienengüterverkehr zwischen China und Europa spielt Belarus eine Rolle: Ein Großteil der Containerzüge rollt über Brest und den polnischen Grenzbahnhof Małaszewicze.
Polen hatte die Grenze im September während des russisch-belarussischen Manövers „Sapad 2025“ für knapp zwei Wochen geschlossen, was zu langen Rückstaus führte.
Nach der Wiederöffnung Ende September normalisierte sich der Verkehr.
Bei LTG Cargo rechnet man nach Angaben eines Sprechers nicht mit einer raschen Rückkehr der Kalizüge; das Unternehmen hat seit 2022 mehrere hundert Stellen abgebaut.
"""

DOCS.append(doc(
    "b118de06_litauen_kali_transit_2025_12", "2025-12-17", DE06,
    [
        T("Dienstag", "DATE", "2025-12-16"),
        T("Anfang 2022", "DATE", "2022", mod="START"),
        T("jährlich", "SET", "P1Y"),
        T("Februar 2022", "DATE", "2022-02"),
        T("Dezember 2021", "DATE", "2021-12"),
        T("Samstag", "DATE", "2025-12-13"),
        T("Montag", "DATE", "2025-12-15", 0),
        T("Ende Oktober", "DATE", "2025-10", mod="END"),
        T("rund einen Monat", "DURATION", "P1M", mod="APPROX"),
        T("wochenlang", "DURATION", "PXW"),
        T("2022", "DATE", "2022", 2),
        T("Montag", "DATE", "2025-12-15", 1),
        T("September", "DATE", "2025-09", 0),
        T("knapp zwei Wochen", "DURATION", "P2W", mod="APPROX"),
        T("Ende September", "DATE", "2025-09", mod="END"),
        T("2022", "DATE", "2022", 3),
    ],
    [
        E("Lithuania will not allow the transit of Belarusian potash via Klaipėda again", "REJECT", ["Belarus"],
          "2025-12-16", "text", "occurred", "Das bekräftigte die Regierung in Vilnius am Dienstag"),
        E("Potash transit via Lithuania stopped", "SANCTION", ["Belarus"], "2022-02", "text", "occurred",
          "Der Transit war im Februar 2022 gestoppt worden"),
        E("US sanctions on Belaruskali take effect", "SANCTION", ["United States", "Belarus"], "2021-12", "text",
          "occurred", "Der Transit war im Februar 2022 gestoppt worden"),
        E("Coale announces the lifting of US sanctions on the potash company", "CONCEDE", ["United States", "Belarus"],
          "2025-12-13", "text", "occurred", "den logischen Weg"),
        E("Coale calls Klaipėda the logical route", "REQUEST", ["United States"], "2025-12-13", "context",
          "occurred", "den logischen Weg"),
        E("Lukashenko demands that Lithuania open the route", "REQUEST", ["Alexander Lukashenko"], "2025-12-15",
          "text", "occurred", "forderte Litauen am Montag auf"),
        E("Lukashenko threatens to hamper the transit of Lithuanian lorries", "THREATEN", ["Alexander Lukashenko"],
          "2025-12-15", "context", "occurred", "Andernfalls werde Belarus"),
        E("Lithuania closes its crossings to Belarus over smuggling balloons", "SANCTION", ["Belarus"], "2025-10",
          "text", "occurred", "wegen Schmuggelballons", date_mod="END"),
        E("Thousands of Lithuanian lorries held in Belarus for weeks", "COERCE", ["Belarus"], "2025-10", "context",
          "occurred", "wegen Schmuggelballons", date_mod="END"),
        E("Belarus exports its potash via Russian Baltic ports since 2022", "COOPERATE", ["Belarus", "Russia"], "2022",
          "text", "occurred", "über russische Ostseehäfen", date_mod="START"),
        E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"], "2025-12-15", "text", "occurred",
          "nach dem Treffen der EU-Außenminister"),
        E("Kallas: the releases change nothing about the EU's stance", "REJECT", ["Kaja Kallas", "Belarus"],
          "2025-12-15", "text", "occurred", "nach dem Treffen der EU-Außenminister"),
        E("Kallas: Belarus supports Russia's war", "ACCUSE", ["Kaja Kallas", "Belarus"], "2025-12-15", "text",
          "occurred", "nach dem Treffen der EU-Außenminister"),
        E("Poland closes the border during the Zapad 2025 exercise", "SANCTION", ["Poland", "Belarus"], "2025-09",
          "text", "occurred", "Polen hatte die Grenze im September"),
        E("Russian–Belarusian exercise Zapad 2025", "MOBILIZE", ["Russia", "Belarus"], "2025-09", "context",
          "occurred", "Polen hatte die Grenze im September"),
        E("Poland reopens the border", "CONCEDE", ["Poland", "Belarus"], "2025-09", "text", "occurred",
          "Nach der Wiederöffnung Ende September", date_mod="END"),
    ],
    [
        S("United States", "Coale: the route via Klaipėda is the logical one", "2025-12-13", "context",
          "den logischen Weg"),
        S("Alexander Lukashenko", "Lithuania must open the route without political games", "2025-12-15", "text",
          "forderte Litauen am Montag auf"),
        S("Alexander Lukashenko", "Otherwise Belarus will hamper the transit of Lithuanian lorries", "2025-12-15",
          "context", "Andernfalls werde Belarus"),
        S("Kaja Kallas", "The releases in Minsk change nothing about our stance while Belarus supports Russia's war",
          "2025-12-15", "text", "nach dem Treffen der EU-Außenminister"),
    ],
    ["Belarus", "United States", "Alexander Lukashenko", "European Union", "Kaja Kallas", "Russia", "Poland"],
))
