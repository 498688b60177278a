"""German articles of the blind131 set (fictionalised; written and annotated blind to the extraction code).

Theme: Austria's exit from Russian gas and Raiffeisen Bank International, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b131de01 (WirtschaftsBlatt-style business daily)
DE01 = """
Raiffeisen prüft Ausstieg aus Russland – Moskau droht mit Zwangsverwaltung

Wien. Die Raiffeisen Bank International (RBI) schließt einen Rückzug aus Russland erstmals nicht mehr aus.
Man prüfe „alle strategischen Optionen“ für die russische Tochter, bis hin zu einem „sorgfältig gesteuerten Ausstieg“, teilte das Institut am Donnerstagabend mit.
Die Aktie legte am Freitag im Frühhandel an der Wiener Börse um mehr als acht Prozent zu.
Die Raiffeisenbank in Moskau zählt mit rund 9.000 Beschäftigten zu den größten ausländischen Geldhäusern in Russland und lieferte im Vorjahr knapp ein Drittel des Konzerngewinns.

Aus Moskau kam umgehend eine Warnung.
Kremlsprecher Dmitri Peskow sagte am Freitag, ausländische Unternehmen, die das Land überstürzt verließen, müssten mit „Konsequenzen“ rechnen, ihr Vermögen könne unter externe Verwaltung gestellt werden.
Kremlchef Wladimir Putin hatte vor einer Woche in einer Regierungssitzung vorgeschlagen, Firmen, die ihre Geschäfte „aus politischen Gründen“ einstellten, unter Zwangsverwaltung zu stellen.
Nach Angaben aus Bankkreisen arbeitet die Raiffeisenbank derzeit unter strengen Kapitalverkehrskontrollen der russischen Zentralbank.

Druck kommt auch aus Kiew.
Der ukrainische Präsident Wolodymyr Selenskyj hatte in einer Videobotschaft am Mittwochabend westliche Banken aufgefordert, „nicht länger das Geld dieses Krieges zu verwalten“.
Der ukrainische Botschafter in Wien, Wassyl Chymynez, warf der RBI vor, mit ihren Steuern in Russland den Angriffskrieg mitzufinanzieren.
Finanzminister Magnus Brunner (ÖVP) sagte hingegen, die Entscheidung liege allein bei der Bank, die Bundesregierung mische sich nicht ein.

Heikler ist für Wien die Gasfrage.
Österreich bezieht derzeit rund 80 Prozent seines Erdgases aus Russland, vor allem über den Liefervertrag der OMV mit Gazprom, der bis 2040 läuft.
Beim EU-Gipfel in Versailles hatten die Staats- und Regierungschefs vergangene Woche vereinbart, die Abhängigkeit von russischem Gas, Öl und Kohle „so bald wie möglich“ zu beenden.
Ein Embargo auf russisches Gas lehnte Bundeskanzler Karl Nehammer (ÖVP) dort aber ausdrücklich ab.
Die EU-Kommission will Mitte Mai einen Plan vorlegen, wie die Union bis 2027 ohne russische Energie auskommen kann.

Im Westen wächst zugleich der Sanktionsdruck.
Die EU hatte Anfang März sieben russische Banken vom Zahlungssystem Swift ausgeschlossen, die Raiffeisenbank blieb davon unberührt.
US-Präsident Joe Biden kündigte am vergangenen Freitag an, Russland den Status einer meistbegünstigten Handelsnation zu entziehen.
Ein Verkauf der russischen Tochter dürfte Monate dauern, sagte ein Analyst der Erste Group.
Die RBI selbst stellte eine Entscheidung für die kommenden Wochen in Aussicht.
"""

# ---------------------------------------------------------------- b131de02 (Weinviertel regional weekly)
DE02 = """
Gas-Drosselung: In Baumgarten kommt nur noch die Hälfte an

Baumgarten/Wien. Seit vergangenem Donnerstag liefert der russische Staatskonzern Gazprom über die Gasdrehscheibe Baumgarten an der March nur noch etwa die Hälfte der von der OMV bestellten Mengen.
Die OMV bestätigte die Kürzung am Montag, die Versorgung der Kunden sei aber gesichert.
Die Station im Bezirk Gänserndorf ist der wichtigste Einspeisepunkt für russisches Gas in Österreich, von hier fließt es weiter nach Italien, Slowenien und Ungarn.

Gazprom begründet die Kürzung mit technischen Problemen an der Ostseepipeline Nord Stream 1.
Dort fehle eine in Kanada gewartete Turbine von Siemens, die wegen der westlichen Sanktionen nicht zurückgeliefert werde, sagte Kremlsprecher Dmitri Peskow.
Der deutsche Wirtschaftsminister Robert Habeck hatte diese Begründung vergangene Woche als „vorgeschoben“ bezeichnet, es handle sich um eine politische Entscheidung, um Europa zu verunsichern.
Energieministerin Leonore Gewessler (Grüne) sprach von einer „Erpressung mit Ansage“.

Die Bundesregierung reagiert mit einem Bündel an Maßnahmen.
Am Sonntag beschloss sie, das stillgelegte Kohlekraftwerk Mellach in der Steiermark für den Notfall wieder betriebsbereit zu machen.
Zudem soll Gazprom seine Kapazitäten im Speicher Haidach bei Salzburg verlieren, wenn der Konzern sie nicht befüllt.
Ein entsprechendes Gesetz soll der Nationalrat Anfang Juli beschließen.
Der Speicher ist derzeit nur zu rund zehn Prozent gefüllt.

Auch in Brüssel ist die Gasversorgung Thema.
EU-Kommissionspräsidentin Ursula von der Leyen warf Russland am Dienstag vor, Gas gezielt als Waffe einzusetzen.
Sie forderte die Mitgliedstaaten auf, Notfallpläne für einen vollständigen Lieferstopp vorzubereiten.
Die EU-Staaten hatten sich kürzlich darauf verständigt, ihre Gasspeicher bis 1. November zu mindestens 80 Prozent zu füllen.
Die Staats- und Regierungschefs der EU kommen am Donnerstag und Freitag zu einem Gipfel zusammen.
Dort soll die Ukraine den Status eines Beitrittskandidaten erhalten, der ukrainische Präsident Wolodymyr Selenskyj wird per Video zugeschaltet.

Im Weinviertel ist man beunruhigt.
Viele Gemeinden rechnen im kommenden Winter mit deutlich höheren Heizkosten für Schulen und Kindergärten.
„Wir reden seit Monaten über Alternativen, aber ein Gasanschluss lässt sich nicht über Nacht ersetzen“, sagt der Bürgermeister einer Nachbargemeinde von Baumgarten.
Die Landesregierung in St. Pölten kündigte für Juli einen Energiegipfel mit den Bezirkshauptleuten an.
"""

# ---------------------------------------------------------------- b131de03 (banking trade press, Die Bank-like)
DE03 = """
Kiew setzt Raiffeisen auf die Liste der „Kriegssponsoren“

Kiew/Wien. Die ukrainische Antikorruptionsbehörde NAZK hat die Raiffeisen Bank International (RBI) am Dienstag in ihre Liste „internationaler Sponsoren des Krieges“ aufgenommen.
Die Bank zahle in Russland Steuern, vergebe Kredite an Rüstungsbetriebe und biete Soldaten Sonderkonditionen, begründete die Behörde den Schritt.
Die RBI wies die Vorwürfe am Mittwoch zurück und erklärte, sie halte sich an alle Sanktionen und habe das Kreditvolumen in Russland um mehr als ein Drittel verringert.

Außenminister Alexander Schallenberg (ÖVP) nannte die Entscheidung „nicht nachvollziehbar“.
Er will das Thema bei einem Telefonat mit seinem ukrainischen Amtskollegen Dmytro Kuleba in der kommenden Woche ansprechen.
Kuleba hatte am Donnerstag in Kiew gesagt, Unternehmen, die in Russland Geld verdienten, trügen eine Mitverantwortung für den Krieg.
Rechtliche Folgen hat die Liste nicht, für internationale Investoren ist sie aber ein Warnsignal.

Auch in Washington steht die Bank unter Beobachtung.
Die US-Sanktionsbehörde OFAC hatte im Januar Auskünfte über den Zahlungsverkehr der RBI im Zusammenhang mit Russland verlangt.
Ein Sprecher des US-Finanzministeriums sagte am Mittwoch, man beobachte Banken, die in Russland aktiv blieben, „sehr genau“.
Aus Aufsichtskreisen in Frankfurt verlautet, die Europäische Zentralbank dränge seit Monaten auf einen schnelleren Abbau des Russlandgeschäfts.

Ein Ausstieg wird zugleich immer teurer.
Moskau verlangt von westlichen Konzernen, die ihre Töchter verkaufen wollen, seit Dezember einen Abschlag von mindestens 50 Prozent auf den Marktwert und eine „freiwillige Zahlung“ an den Staatshaushalt.
Verkäufe von Bankbeteiligungen bedürfen zudem seit einem Dekret von Kremlchef Wladimir Putin vom August vergangenen Jahres seiner persönlichen Zustimmung.
Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Kiew am Donnerstag vor, westliche Firmen zu „erpressen“.

Die RBI lädt am kommenden Donnerstag zur Hauptversammlung, Vorstandschef Johann Strobl will dort über den Stand der Verkaufspläne berichten.
In Brüssel arbeitet die EU-Kommission an einem elften Sanktionspaket, das Ende April vorgelegt werden soll und sich vor allem gegen die Umgehung der Strafmaßnahmen richtet.
„Für die RBI ist die Liste vor allem ein Reputationsproblem, das eigentliche Risiko liegt in Washington“, sagt ein Bankanalyst in Wien.
"""

# ---------------------------------------------------------------- b131de04 (news site of a private TV broadcaster)
DE04 = """
Nach Druck aus Washington: RBI bläst Strabag-Deal ab

Wien. Die Raiffeisen Bank International (RBI) verzichtet auf den umstrittenen Kauf eines Aktienpakets am Baukonzern Strabag.
Man habe sich nach Gesprächen mit den zuständigen Behörden entschieden, „übertriebene Vorsicht walten zu lassen“, teilte die Bank am Dienstagabend mit.
Die russische RBI-Tochter hätte für rund 1,5 Milliarden Euro 27,8 Prozent der Strabag-Aktien von der Gesellschaft Rasperia übernehmen sollen, die bis vor kurzem dem Oligarchen Oleg Deripaska zugerechnet wurde.
Das Geschäft war im Dezember angekündigt worden und hätte es der Bank ermöglicht, in Russland blockierte Gewinne nach Österreich zu holen.

Ausschlaggebend war nach übereinstimmenden Berichten der Druck aus den USA.
Eine hochrangige Vertreterin des US-Finanzministeriums war vor zwei Wochen in Wien und hatte der Bank bei einem Treffen klargemacht, dass ihr Zugang zum US-Finanzsystem auf dem Spiel stehe.
Deripaska steht seit 2018 auf der US-Sanktionsliste.
Das Finanzministerium in Washington begrüßte die Entscheidung am Mittwoch.
Auch die Europäische Zentralbank hatte die RBI zuletzt zu großer Vorsicht gemahnt.

In Moskau stieß der Rückzieher auf scharfe Kritik.
Außenamtssprecherin Maria Sacharowa warf Washington am Mittwoch vor, europäischen Banken „wie Vasallen“ Befehle zu erteilen.
Kremlsprecher Dmitri Peskow sagte, die Entscheidung zeige, dass Europa keine eigene Wirtschaftspolitik mehr betreibe.
Rasperia kündigte an, rechtliche Schritte zu prüfen.

Das ukrainische Außenministerium begrüßte den Schritt und forderte die RBI erneut auf, Russland vollständig zu verlassen.
Die Bank steht seit März vergangenen Jahres auf der ukrainischen Liste „internationaler Sponsoren des Krieges“.

Finanzminister Magnus Brunner (ÖVP) sprach von einer „vernünftigen Entscheidung“.
In Brüssel verhandeln die EU-Staaten derzeit über ein 14. Sanktionspaket, das bis Ende Juni beschlossen werden soll.
RBI-Chef Johann Strobl will den Verkauf oder die Abspaltung der Russland-Tochter in den kommenden Monaten weiter vorantreiben.
Die Aktie verlor am Mittwochvormittag gut drei Prozent.
"""

# ---------------------------------------------------------------- b131de05 (live ticker of an Austrian news portal)
DE05 = """
Liveticker: OMV kündigt Liefervertrag mit Gazprom

19.40 Uhr: Auch der Kreml hat inzwischen reagiert.
Gazprom habe seine Verpflichtungen stets erfüllt, die Entscheidung der OMV sei „politisch motiviert“, sagte Kremlsprecher Dmitri Peskow am Abend in Moskau.
Europa schade sich damit vor allem selbst.

18.15 Uhr: Kiew begrüßt den Schritt.
Energieminister Herman Haluschtschenko sprach von einem „wichtigen Signal“ und bekräftigte, dass die Ukraine den am 31. Dezember auslaufenden Transitvertrag mit Gazprom nicht verlängern werde.
Präsident Wolodymyr Selenskyj hatte am Montag gesagt, Kiew werde Moskau nicht erlauben, „mit unserem Blut“ weitere Milliarden zu verdienen.

16.50 Uhr: Ungarns Ministerpräsident Viktor Orbán forderte die Ukraine am Nachmittag auf, den Gastransit auch nach Jahresende zu ermöglichen.
Ungarn bezieht sein russisches Gas über die Pipeline Turkstream und ist vom Ende des Transits nicht direkt betroffen.

15.30 Uhr: Bundeskanzler Karl Nehammer (ÖVP) sagt, Österreich lasse sich „nicht erpressen“, die Versorgung sei für diesen Winter gesichert.
Energieministerin Leonore Gewessler (Grüne) spricht von einem „historischen Tag“, Österreich sei endlich „raus aus der Abhängigkeit“.

14.10 Uhr: Die EU-Kommission begrüßt die Entscheidung.
Energiekommissar Dan Jørgensen nannte sie in Brüssel „ein Beispiel für ganz Europa“.
Die Kommission will Anfang kommenden Jahres einen Fahrplan für den vollständigen Ausstieg aus russischem Gas vorlegen.
Am 19. Dezember beraten die Staats- und Regierungschefs der EU in Brüssel, auch Selenskyj wird dort erwartet.

12.20 Uhr: Zur Vorgeschichte: Gazprom hatte die Lieferungen an die OMV am 16. November eingestellt.
Zuvor hatte die OMV angekündigt, eine Schiedsgerichtsentschädigung von rund 230 Millionen Euro mit offenen Rechnungen zu verrechnen.

11.05 Uhr: Die OMV hat ihre langfristigen Lieferverträge mit Gazprom Export mit sofortiger Wirkung gekündigt.
Grund seien „mehrfache grundlegende Vertragsverletzungen“ des russischen Lieferanten, teilte der Konzern mit.
Die Verträge wären bis 2040 gelaufen, Österreichs Gasspeicher sind derzeit zu rund 85 Prozent gefüllt.
"""

# ---------------------------------------------------------------- b131de06 (questions-and-answers explainer)
DE06 = """
Fragen und Antworten: Warum Wien beim 18. Sanktionspaket auf eine Raiffeisen-Klausel pocht

Die EU-Kommission hat am Dienstag ihr 18. Sanktionspaket gegen Russland vorgelegt.
Österreich will es nur mittragen, wenn die Raiffeisen Bank International (RBI) für ein russisches Urteil entschädigt wird.

Was steht in dem Paket?
Es sieht unter anderem einen niedrigeren Preisdeckel für russisches Rohöl, ein Transaktionsverbot für die Ostseepipelines Nord Stream und weitere Listungen von Tankern der Schattenflotte vor.
Kommissionspräsidentin Ursula von der Leyen sagte am Dienstag, man werde den Druck erhöhen, bis Moskau einem bedingungslosen Waffenstillstand zustimme.
Die Außenbeauftragte Kaja Kallas sprach von „einem der stärksten Pakete“ seit Kriegsbeginn.

Worum geht es bei Raiffeisen?
Ein Gericht im russischen Kaliningrad hatte die russische RBI-Tochter im Januar zur Zahlung von rund zwei Milliarden Euro Schadenersatz an die Firma Rasperia verurteilt, die früher dem Oligarchen Oleg Deripaska gehörte.
Wien will, dass sich die Bank im Gegenzug an den in der EU eingefrorenen Strabag-Aktien von Rasperia schadlos halten kann, dafür müsste Rasperia von der Sanktionsliste gestrichen werden.
Bundeskanzler Christian Stocker (ÖVP) hatte Mitte Mai in Brüssel erstmals verlangt, die Frage im Sanktionsrecht zu lösen.

Wie reagiert Brüssel?
Kallas äußerte sich am Mittwoch zurückhaltend: Man dürfe „nicht Sanktionen lockern, um ein russisches Urteil zu bedienen“.
Die EU-Botschafter beraten am Freitag erstmals über das Paket.

Und die Ukraine?
Außenminister Andrij Sybiha warnte am Mittwoch davor, das Paket „mit Sonderwünschen zu verwässern“, und forderte eine rasche Annahme.

Was sagt Moskau?
Außenamtssprecherin Maria Sacharowa nannte die Pläne am Donnerstag „Diebstahl in neuer Verpackung“ und drohte mit Gegenmaßnahmen.
Kremlsprecher Dmitri Peskow sagte, neue Sanktionen würden Russland nicht zu Zugeständnissen bewegen.

Wie geht es weiter?
Der Beschluss erfordert Einstimmigkeit, auch die Slowakei hat mit einem Veto gedroht.
Ziel ist eine Einigung beim EU-Gipfel am 26. und 27. Juni.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b131de01_raiffeisen_prueft_ausstieg_2022_03", "2022-03-18", DE01,
        [
            T("Donnerstagabend", "TIME", "2022-03-17TEV"),
            T("Freitag", "DATE", "2022-03-18", 0),
            T("Vorjahr", "DATE", "2021"),
            T("Freitag", "DATE", "2022-03-18", 1),
            T("vor einer Woche", "DATE", "2022-W10"),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Mittwochabend", "TIME", "2022-03-16TEV"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("2040", "DATE", "2040"),
            T("vergangene Woche", "DATE", "2022-W10"),
            T("Mitte Mai", "DATE", "2022-05", mod="MID"),
            T("2027", "DATE", "2027"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("vergangenen Freitag", "DATE", "2022-03-11"),
            T("Monate", "DURATION", "PXM"),
            T("die kommenden Wochen", "DATE", "FUTURE_REF"),
        ],
        [
            E("Peskov warns foreign firms leaving Russia of consequences and external administration", "THREATEN",
              ["Dmitry Peskov"], "2022-03-18", "text", "occurred", "müssten mit „Konsequenzen“ rechnen"),
            E("Putin proposes external administration for firms that halt business for political reasons",
              "THREATEN", ["Vladimir Putin"], "2022-W10", "text", "occurred", "Kremlchef Wladimir Putin hatte vor"),
            E("Zelensky calls on Western banks to stop managing the money of the war", "REQUEST",
              ["Volodymyr Zelensky"], "2022-03-16TEV", "text", "occurred", "westliche Banken aufgefordert"),
            E("Ukraine's ambassador accuses RBI of co-financing the war with its taxes in Russia", "ACCUSE",
              ["Ukraine"], "2022-03-18", "published", "occurred", "Wassyl Chymynez"),
            E("EU leaders meet in Versailles", "CONSULT", ["European Union"], "2022-W10", "text", "occurred",
              "Beim EU-Gipfel in Versailles"),
            E("EU leaders agree to end dependence on Russian gas, oil and coal as soon as possible", "AGREE",
              ["European Union"], "2022-W10", "text", "occurred", "Beim EU-Gipfel in Versailles"),
            E("Nehammer rejects an embargo on Russian gas at the Versailles summit", "REJECT", ["European Union"],
              "2022-W10", "context", "occurred", "Ein Embargo auf russisches Gas"),
            E("Commission to present a plan to do without Russian energy by 2027", "REQUEST", ["European Union"],
              "2022-05", "text", "planned", "Die EU-Kommission will Mitte Mai", date_mod="MID"),
            E("EU excludes seven Russian banks from SWIFT", "SANCTION", ["European Union", "Russia"], "2022-03",
              "text", "occurred", "sieben russische Banken", date_mod="START"),
            E("Biden announces revoking Russia's most-favoured-nation trade status", "SANCTION",
              ["Joe Biden", "United States", "Russia"], "2022-03-11", "text", "occurred",
              "meistbegünstigten Handelsnation"),
        ],
        [
            S("Dmitry Peskov", "Foreign firms leaving Russia hastily face consequences; their assets could be put under "
              "external administration", "2022-03-18", "text", "müssten mit „Konsequenzen“ rechnen"),
            S("Vladimir Putin", "Firms halting business for political reasons should be put under external "
              "administration", "2022-W10", "text", "Kremlchef Wladimir Putin hatte vor"),
            S("Volodymyr Zelensky", "Western banks should stop managing the money of this war", "2022-03-16TEV",
              "text", "westliche Banken aufgefordert"),
            S("Ukraine", "Ambassador Khymynets: RBI co-finances the war of aggression with its taxes in Russia",
              "2022-03-18", "published", "Wassyl Chymynez"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Ukraine", "Volodymyr Zelensky", "European Union",
         "United States", "Joe Biden"],
    ),
    doc(
        "b131de02_baumgarten_halbe_mengen_2022_06", "2022-06-22", DE02,
        [
            T("vergangenem Donnerstag", "DATE", "2022-06-16"),
            T("Montag", "DATE", "2022-06-20"),
            T("vergangene Woche", "DATE", "2022-W24"),
            T("Sonntag", "DATE", "2022-06-19"),
            T("Anfang Juli", "DATE", "2022-07", mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Dienstag", "DATE", "2022-06-21"),
            T("kürzlich", "DATE", "PAST_REF"),
            T("1. November", "DATE", "2022-11-01"),
            T("Donnerstag", "DATE", "2022-06-23", 1),
            T("Freitag", "DATE", "2022-06-24"),
            T("kommenden Winter", "DATE", "2022-WI"),
            T("Monaten", "DURATION", "PXM"),
            T("Juli", "DATE", "2022-07", 1),
        ],
        [
            E("Gazprom cuts deliveries to OMV via Baumgarten to about half", "SANCTION", ["Russia"], "2022-06-16",
              "text", "occurred", "Seit vergangenem Donnerstag liefert", date_mod="START"),
            E("Peskov blames Western sanctions for the missing Nord Stream turbine", "ACCUSE", ["Dmitry Peskov"],
              "2022-06-22", "published", "occurred", "in Kanada gewartete Turbine"),
            E("Habeck calls Russia's technical explanation a pretext for a political decision", "ACCUSE",
              ["Germany", "Russia"], "2022-W24", "text", "occurred", "Robert Habeck"),
            E("Gewessler accuses Russia of announced blackmail", "ACCUSE", ["Russia"], "2022-06-22", "published",
              "occurred", "Erpressung mit Ansage"),
            E("Austrian law to strip Gazprom of its unused Haidach storage capacity", "SANCTION", ["Russia"],
              "2022-07", "text", "planned", "Ein entsprechendes Gesetz", date_mod="START"),
            E("Von der Leyen accuses Russia of using gas as a weapon", "ACCUSE", ["Ursula von der Leyen", "Russia"],
              "2022-06-21", "text", "occurred", "Gas gezielt als Waffe"),
            E("Von der Leyen asks member states to prepare emergency plans for a full supply stop", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2022-06-21", "context", "occurred",
              "Sie forderte die Mitgliedstaaten auf"),
            E("EU states agree to fill gas storage to at least 80 percent by 1 November", "AGREE",
              ["European Union"], "PAST_REF", "vague", "occurred", "Die EU-Staaten hatten sich kürzlich"),
            E("EU summit on Thursday and Friday", "CONSULT", ["European Union"], "2022-06-23", "text", "planned",
              "kommen am Donnerstag und Freitag"),
            E("EU to grant Ukraine candidate status", "AGREE", ["European Union", "Ukraine"], "2022-06-23",
              "context", "planned", "Status eines Beitrittskandidaten"),
            E("Zelensky to join the EU summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2022-06-23", "context", "planned", "per Video zugeschaltet"),
        ],
        [
            S("Russia", "Gazprom: the cut is due to technical problems at Nord Stream 1", "2022-06-22", "published",
              "Gazprom begründet die Kürzung"),
            S("Dmitry Peskov", "A Siemens turbine serviced in Canada is not returned because of Western sanctions",
              "2022-06-22", "published", "in Kanada gewartete Turbine"),
            S("Germany", "Habeck: the explanation is a pretext; a political decision to unsettle Europe", "2022-W24",
              "text", "Robert Habeck"),
            S("Ursula von der Leyen", "Russia uses gas deliberately as a weapon", "2022-06-21", "text",
              "Gas gezielt als Waffe"),
            S("Ursula von der Leyen", "Member states should prepare emergency plans for a complete supply stop",
              "2022-06-21", "context", "Sie forderte die Mitgliedstaaten auf"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Germany", "Ursula von der Leyen", "European Union", "Ukraine",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b131de03_nazk_kriegssponsoren_2023_03", "2023-03-24", DE03,
        [
            T("Dienstag", "DATE", "2023-03-21"),
            T("Mittwoch", "DATE", "2023-03-22", 0),
            T("der kommenden Woche", "DATE", "2023-W13"),
            T("Donnerstag", "DATE", "2023-03-23", 0),
            T("Januar", "DATE", "2023-01"),
            T("Mittwoch", "DATE", "2023-03-22", 1),
            T("Monaten", "DURATION", "PXM"),
            T("Dezember", "DATE", "2022-12"),
            T("August vergangenen Jahres", "DATE", "2022-08"),
            T("Donnerstag", "DATE", "2023-03-23", 1),
            T("kommenden Donnerstag", "DATE", "2023-03-30"),
            T("Ende April", "DATE", "2023-04", mod="END"),
        ],
        [
            E("Ukraine's anti-corruption agency puts RBI on its list of international sponsors of war", "ACCUSE",
              ["Ukraine"], "2023-03-21", "text", "occurred", "in ihre Liste „internationaler Sponsoren"),
            E("RBI rejects the accusations", "REJECT", ["Ukraine"], "2023-03-22", "text", "occurred",
              "Die RBI wies die Vorwürfe am Mittwoch zurück"),
            E("Schallenberg criticises Kyiv's decision as incomprehensible", "ACCUSE", ["Ukraine"], "2023-03-24",
              "published", "occurred", "nicht nachvollziehbar"),
            E("Schallenberg to raise the listing in a phone call with Kuleba", "CONSULT", ["Ukraine"], "2023-W13",
              "text", "planned", "Er will das Thema bei einem Telefonat"),
            E("Kuleba: companies earning money in Russia share responsibility for the war", "ACCUSE", ["Ukraine"],
              "2023-03-23", "text", "occurred", "Kuleba hatte am Donnerstag in Kiew gesagt"),
            E("OFAC requests information on RBI's Russia-related payments", "REQUEST", ["United States"], "2023-01",
              "text", "occurred", "Die US-Sanktionsbehörde OFAC"),
            E("Moscow demands a discount of at least 50 percent and a payment from Western firms selling subsidiaries",
              "COERCE", ["Russia"], "2022-12", "text", "occurred", "Moskau verlangt von westlichen Konzernen",
              date_mod="START"),
            E("Putin's decree makes sales of bank stakes subject to his approval", "COERCE", ["Vladimir Putin"],
              "2022-08", "text", "occurred", "seit einem Dekret von Kremlchef"),
            E("Zakharova accuses Kyiv of blackmailing Western firms", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2023-03-23", "text", "occurred", "Maria Sacharowa, warf Kiew"),
            E("Commission to propose an eleventh sanctions package against circumvention", "REQUEST",
              ["European Union", "Russia"], "2023-04", "text", "planned", "elften Sanktionspaket", date_mod="END"),
        ],
        [
            S("Ukraine", "NAZK: the bank pays taxes in Russia, lends to arms makers and gives soldiers special terms",
              "2023-03-21", "context", "begründete die Behörde den Schritt"),
            S("Ukraine", "Kuleba: companies that earn money in Russia share responsibility for the war", "2023-03-23",
              "text", "Kuleba hatte am Donnerstag in Kiew gesagt"),
            S("United States", "Treasury spokesman: banks staying active in Russia are watched very closely",
              "2023-03-22", "text", "Ein Sprecher des US-Finanzministeriums"),
            S("Maria Zakharova", "Kyiv is blackmailing Western firms", "2023-03-23", "text",
              "Maria Sacharowa, warf Kiew"),
        ],
        ["Ukraine", "United States", "European Union", "Russia", "Vladimir Putin", "Kremlin", "Maria Zakharova"],
    ),
    doc(
        "b131de04_rbi_strabag_rueckzieher_2024_05", "2024-05-08", DE04,
        [
            T("Dienstagabend", "TIME", "2024-05-07TEV"),
            T("vor kurzem", "DATE", "PAST_REF"),
            T("Dezember", "DATE", "2023-12"),
            T("vor zwei Wochen", "DATE", "2024-W17"),
            T("2018", "DATE", "2018"),
            T("Mittwoch", "DATE", "2024-05-08", 0),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mittwoch", "DATE", "2024-05-08", 1),
            T("März vergangenen Jahres", "DATE", "2023-03"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Ende Juni", "DATE", "2024-06", mod="END"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Mittwochvormittag", "TIME", "2024-05-08TMO"),
        ],
        [
            E("US Treasury official meets RBI in Vienna", "CONSULT", ["United States"], "2024-W17", "text",
              "occurred", "Eine hochrangige Vertreterin des US-Finanzministeriums"),
            E("US official warns RBI that its access to the US financial system is at stake", "THREATEN",
              ["United States"], "2024-W17", "text", "occurred",
              "Eine hochrangige Vertreterin des US-Finanzministeriums"),
            E("US sanctions on Deripaska since 2018", "SANCTION", ["United States"], "2018", "text", "occurred",
              "Deripaska steht seit 2018", date_mod="START"),
            E("US Treasury welcomes RBI's decision", "SUPPORT", ["United States"], "2024-05-08", "text", "occurred",
              "begrüßte die Entscheidung am Mittwoch"),
            E("ECB urges RBI to be very cautious", "REQUEST", ["European Union"], "PAST_REF", "vague", "occurred",
              "Auch die Europäische Zentralbank"),
            E("Zakharova accuses Washington of ordering European banks about like vassals", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-05-08", "text", "occurred", "wie Vasallen"),
            E("Peskov: the decision shows Europe has no economic policy of its own", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2024-05-08", "published", "occurred",
              "keine eigene Wirtschaftspolitik"),
            E("Ukraine's foreign ministry welcomes the step", "SUPPORT", ["Ukraine"], "2024-05-08", "published",
              "occurred", "Das ukrainische Außenministerium begrüßte"),
            E("Ukraine's foreign ministry again asks RBI to leave Russia completely", "REQUEST", ["Ukraine"],
              "2024-05-08", "published", "occurred", "Das ukrainische Außenministerium begrüßte"),
            E("RBI on Ukraine's list of international sponsors of war since March 2023", "ACCUSE", ["Ukraine"],
              "2023-03", "text", "occurred", "Die Bank steht seit März", date_mod="START"),
            E("EU states negotiate a 14th sanctions package", "CONSULT", ["European Union"], "PRESENT_REF", "vague",
              "occurred", "14. Sanktionspaket"),
            E("EU to adopt the 14th sanctions package by the end of June", "SANCTION", ["European Union", "Russia"],
              "2024-06", "text", "planned", "14. Sanktionspaket", date_mod="END"),
        ],
        [
            S("United States", "Treasury welcomes RBI's decision", "2024-05-08", "text",
              "begrüßte die Entscheidung am Mittwoch"),
            S("Maria Zakharova", "Washington gives European banks orders like vassals", "2024-05-08", "text",
              "wie Vasallen"),
            S("Dmitry Peskov", "The decision shows Europe no longer has an economic policy of its own", "2024-05-08",
              "published", "keine eigene Wirtschaftspolitik"),
            S("Ukraine", "Foreign ministry welcomes the step; RBI should leave Russia completely", "2024-05-08",
              "published", "Das ukrainische Außenministerium begrüßte"),
        ],
        ["United States", "European Union", "Russia", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "Ukraine"],
    ),
    doc(
        "b131de05_omv_kuendigt_gazprom_ticker_2024_12", "2024-12-11", DE05,
        [
            T("19.40 Uhr", "TIME", "2024-12-11T19:40", note="live-ticker time (CET)"),
            T("Abend", "TIME", "2024-12-11TEV"),
            T("18.15 Uhr", "TIME", "2024-12-11T18:15", note="live-ticker time (CET)"),
            T("31. Dezember", "DATE", "2024-12-31"),
            T("Montag", "DATE", "2024-12-09"),
            T("16.50 Uhr", "TIME", "2024-12-11T16:50", note="live-ticker time (CET)"),
            T("Nachmittag", "TIME", "2024-12-11TAF"),
            T("Jahresende", "DATE", "2024", mod="END"),
            T("15.30 Uhr", "TIME", "2024-12-11T15:30", note="live-ticker time (CET)"),
            T("diesen Winter", "DATE", "2024-WI"),
            T("14.10 Uhr", "TIME", "2024-12-11T14:10", note="live-ticker time (CET)"),
            T("Anfang kommenden Jahres", "DATE", "2025", mod="START"),
            T("19. Dezember", "DATE", "2024-12-19"),
            T("12.20 Uhr", "TIME", "2024-12-11T12:20", note="live-ticker time (CET)"),
            T("16. November", "DATE", "2024-11-16"),
            T("11.05 Uhr", "TIME", "2024-12-11T11:05", note="live-ticker time (CET)"),
            T("2040", "DATE", "2040"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Peskov calls OMV's termination politically motivated", "ACCUSE", ["Dmitry Peskov"],
              "2024-12-11TEV", "text", "occurred", "politisch motiviert"),
            E("Ukraine welcomes OMV's step", "SUPPORT", ["Ukraine"], "2024-12-11", "published", "occurred",
              "Kiew begrüßt den Schritt"),
            E("Ukraine reaffirms it will not extend the transit contract with Gazprom", "REJECT", ["Ukraine", "Russia"],
              "2024-12-11", "published", "occurred", "Herman Haluschtschenko"),
            E("Ukraine's gas transit contract with Gazprom expires on 31 December", "SANCTION", ["Ukraine", "Russia"],
              "2024-12-31", "text", "planned", "Herman Haluschtschenko"),
            E("Zelensky: Kyiv will not let Moscow earn more billions with Ukrainian blood", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2024-12-09", "text", "occurred", "mit unserem Blut"),
            E("Orbán asks Ukraine to allow gas transit after the end of the year", "REQUEST",
              ["Viktor Orbán", "Ukraine"], "2024-12-11TAF", "text", "occurred", "Viktor Orbán forderte die Ukraine"),
            E("The Commission welcomes OMV's decision", "SUPPORT", ["European Union"], "2024-12-11", "published",
              "occurred", "Die EU-Kommission begrüßt die Entscheidung"),
            E("Commission to present a roadmap for a full exit from Russian gas early next year", "REQUEST",
              ["European Union"], "2025", "text", "planned", "einen Fahrplan", date_mod="START"),
            E("EU leaders meet in Brussels on 19 December", "CONSULT", ["European Union"], "2024-12-19", "text",
              "planned", "Am 19. Dezember beraten"),
            E("Zelensky expected at the EU summit", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2024-12-19", "text", "planned", "Am 19. Dezember beraten"),
            E("Gazprom stops deliveries to OMV", "SANCTION", ["Russia"], "2024-11-16", "text", "occurred",
              "Gazprom hatte die Lieferungen an die OMV"),
            E("OMV terminates its long-term supply contracts with Gazprom Export", "SANCTION", ["Russia"],
              "2024-12-11", "published", "occurred", "mit sofortiger Wirkung gekündigt"),
            E("OMV accuses Gazprom of repeated fundamental breaches of contract", "ACCUSE", ["Russia"], "2024-12-11",
              "published", "occurred", "grundlegende Vertragsverletzungen"),
        ],
        [
            S("Dmitry Peskov", "Gazprom always met its obligations; OMV's decision is politically motivated",
              "2024-12-11TEV", "text", "politisch motiviert"),
            S("Dmitry Peskov", "Europe mainly harms itself", "2024-12-11TEV", "context",
              "Europa schade sich damit"),
            S("Ukraine", "Halushchenko: an important signal; Ukraine will not extend the transit contract",
              "2024-12-11", "published", "Herman Haluschtschenko"),
            S("Volodymyr Zelensky", "Kyiv will not let Moscow earn further billions with our blood", "2024-12-09",
              "text", "mit unserem Blut"),
            S("Viktor Orbán", "Ukraine should allow gas transit after the end of the year", "2024-12-11TAF", "text",
              "Viktor Orbán forderte die Ukraine"),
            S("European Union", "Jørgensen: OMV's decision is an example for all of Europe", "2024-12-11",
              "published", "Dan Jørgensen"),
        ],
        ["Kremlin", "Dmitry Peskov", "Russia", "Ukraine", "Volodymyr Zelensky", "Viktor Orbán", "European Union"],
    ),
    doc(
        "b131de06_raiffeisen_klausel_sanktionspaket_2025_06", "2025-06-12", DE06,
        [
            T("Dienstag", "DATE", "2025-06-10", 0),
            T("Dienstag", "DATE", "2025-06-10", 1),
            T("Januar", "DATE", "2025-01"),
            T("Mitte Mai", "DATE", "2025-05", mod="MID"),
            T("Mittwoch", "DATE", "2025-06-11", 0),
            T("Freitag", "DATE", "2025-06-13"),
            T("Mittwoch", "DATE", "2025-06-11", 1),
            T("Donnerstag", "DATE", "2025-06-12"),
            T("26.", "DATE", "2025-06-26"),
            T("27. Juni", "DATE", "2025-06-27"),
        ],
        [
            E("Commission proposes the 18th sanctions package against Russia", "REQUEST",
              ["European Union", "Russia"], "2025-06-10", "text", "occurred", "ihr 18. Sanktionspaket gegen Russland"),
            E("Austria demands compensation for RBI as its condition for the package", "REQUEST", ["European Union"],
              "2025-06-12", "published", "occurred", "Österreich will es nur mittragen"),
            E("Von der Leyen: pressure will rise until Moscow agrees to an unconditional ceasefire", "REQUEST",
              ["Ursula von der Leyen", "Russia"], "2025-06-10", "text", "occurred", "bedingungslosen Waffenstillstand"),
            E("Kaliningrad court orders RBI's Russian unit to pay about two billion euros to Rasperia", "COERCE",
              ["Russia"], "2025-01", "text", "occurred", "Ein Gericht im russischen Kaliningrad"),
            E("Stocker first demands in Brussels that the RBI issue be solved in sanctions law", "REQUEST",
              ["European Union"], "2025-05", "text", "occurred", "Christian Stocker", date_mod="MID"),
            E("Kallas rejects easing sanctions to serve a Russian ruling", "REJECT", ["Kaja Kallas"], "2025-06-11",
              "text", "occurred", "Kallas äußerte sich am Mittwoch"),
            E("EU ambassadors to discuss the package for the first time", "CONSULT", ["European Union"], "2025-06-13",
              "text", "planned", "Die EU-Botschafter beraten"),
            E("Sybiha warns against diluting the package and calls for swift adoption", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2025-06-11", "text", "occurred", "Andrij Sybiha warnte"),
            E("Zakharova calls the plans theft", "ACCUSE", ["Maria Zakharova", "European Union"], "2025-06-12", "text",
              "occurred", "Diebstahl in neuer Verpackung"),
            E("Zakharova threatens countermeasures", "THREATEN", ["Maria Zakharova", "European Union"], "2025-06-12",
              "text", "occurred", "Diebstahl in neuer Verpackung"),
            E("Peskov: new sanctions will not move Russia to concessions", "REJECT", ["Dmitry Peskov"], "2025-06-12",
              "published", "occurred", "nicht zu Zugeständnissen bewegen"),
            E("Slovakia threatens a veto", "THREATEN", ["European Union"], "2025-06-12", "published", "occurred",
              "mit einem Veto gedroht"),
            E("EU summit on 26 and 27 June", "CONSULT", ["European Union"], "2025-06-26", "text", "planned",
              "Ziel ist eine Einigung"),
        ],
        [
            S("Ursula von der Leyen", "Pressure will rise until Moscow agrees to an unconditional ceasefire",
              "2025-06-10", "text", "bedingungslosen Waffenstillstand"),
            S("Kaja Kallas", "One of the strongest packages since the start of the war", "2025-06-10", "context",
              "einem der stärksten Pakete"),
            S("Kaja Kallas", "Sanctions must not be eased to serve a Russian ruling", "2025-06-11", "text",
              "Kallas äußerte sich am Mittwoch"),
            S("Andrii Sybiha", "The package must not be diluted with special wishes; adopt it quickly", "2025-06-11",
              "text", "Andrij Sybiha warnte"),
            S("Maria Zakharova", "The plans are theft in new packaging; countermeasures will follow", "2025-06-12",
              "text", "Diebstahl in neuer Verpackung"),
            S("Dmitry Peskov", "New sanctions will not move Russia to concessions", "2025-06-12", "published",
              "nicht zu Zugeständnissen bewegen"),
        ],
        ["European Union", "Russia", "Ursula von der Leyen", "Kaja Kallas", "Ukraine", "Andrii Sybiha",
         "Maria Zakharova", "Dmitry Peskov", "Kremlin"],
    ),
]
