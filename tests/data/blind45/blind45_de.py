"""German articles of the blind45 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b45de01 (Westfalenpost)
DE01 = """
Merz in Kiew: Der Sauerländer setzt den Kanzler unter Zugzwang

Kiew/Arnsberg. CDU-Chef Friedrich Merz ist am Dienstag in Kiew mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zusammengetroffen und hat damit als bislang ranghöchster deutscher Politiker seit Beginn der russischen Invasion die ukrainische Hauptstadt besucht.
Das Gespräch im abgeschirmten Präsidialamt dauerte nach Angaben aus der Delegation gut eine Stunde.
Der Oppositionsführer, der in der Nacht zum Dienstag mit dem Zug aus Polen angereist war, traf außerdem Regierungschef Denys Schmyhal und Bürgermeister Vitali Klitschko und ließ sich durch den schwer zerstörten Vorort Irpin führen.

Selenskyj habe ihn eindringlich um schwere Waffen gebeten, und zwar „schnell und ohne weitere Debatten“, berichtete Merz am Abend vor Journalisten.
Deutschland müsse liefern, was der Bundestag beschlossen habe, sagte der Abgeordnete aus dem Hochsauerlandkreis.
Er verwies auf den gemeinsamen Antrag von Ampel-Koalition und Union, den das Parlament am vergangenen Donnerstag mit 586 Ja-Stimmen verabschiedet hatte und der die Bundesregierung auffordert, die Lieferung schwerer Waffen an die Ukraine zu beschleunigen.

In Berlin sorgte die Reise für Unmut.
Bundeskanzler Olaf Scholz (SPD) hatte am Montagabend im ZDF erklärt, er werde vorerst nicht nach Kiew fahren, weil die ukrainische Führung Bundespräsident Frank-Walter Steinmeier Mitte April ausgeladen habe.
Das stehe „der Sache im Weg“, sagte der Kanzler.
Merz hielt am Dienstag in Kiew dagegen, Scholz solle „nicht beleidigt zu Hause bleiben“, sondern selbst in die Ukraine reisen; die Ausladung Steinmeiers sei ein Fehler gewesen, dürfe aber nicht die Politik einer ganzen Regierung bestimmen.
SPD-Generalsekretär Kevin Kühnert warf dem CDU-Vorsitzenden vor, die Reise für „Innenpolitik auf dem Rücken der Ukraine“ zu nutzen.

Nach Angaben aus dem Umfeld von Merz lud Selenskyj den Kanzler bei dem Treffen ausdrücklich in die ukrainische Hauptstadt ein.
Kremlsprecher Dmitri Peskow sagte am Dienstag in Moskau auf Nachfrage, die Reise eines deutschen Oppositionspolitikers sei für Russland „ohne Bedeutung“.
Berlin solle lieber aufhören, mit immer neuen Waffenlieferungen „Öl ins Feuer zu gießen“, fügte Peskow hinzu.

Unterdessen will EU-Kommissionspräsidentin Ursula von der Leyen am heutigen Mittwoch im Europaparlament in Straßburg ein sechstes Sanktionspaket gegen Russland vorstellen.
Nach Angaben von Diplomaten sieht es vor, die Einfuhr russischen Rohöls binnen sechs Monaten und die von Ölprodukten bis Ende des Jahres zu beenden.
Ungarns Regierungschef Viktor Orbán hat bereits Widerstand angekündigt.

Im Hochsauerlandkreis wurde die Reise des heimischen Abgeordneten aufmerksam verfolgt.
Merz werde am Samstag beim Kreisparteitag in Meschede über seine Eindrücke berichten, teilte der CDU-Kreisverband mit.
Nach Angaben der Kreisverwaltung sind seit Ende Februar rund 3.400 Geflüchtete aus der Ukraine in den Städten und Gemeinden zwischen Winterberg und Sundern angekommen.
"""

# ---------------------------------------------------------------- b45de02 (vorwärts)
DE02 = """
Mützenich wirbt für das Nachdenken über ein Kriegsende – Union scheitert erneut mit Taurus-Antrag

Die Unionsfraktion ist im Bundestag zum zweiten Mal mit dem Versuch gescheitert, die Bundesregierung zur Lieferung von Taurus-Marschflugkörpern an die Ukraine zu verpflichten.
Für ihren Antrag stimmten am Donnerstag 188 Abgeordnete, 494 votierten dagegen, fünf enthielten sich.
Bestimmt wurde die gut zweistündige Debatte allerdings von einer Frage, die der SPD-Fraktionsvorsitzende Rolf Mützenich in den Plenarsaal stellte: Ob es nicht an der Zeit sei, nicht nur darüber zu reden, wie man einen Krieg führe, sondern auch darüber nachzudenken, „wie man einen Krieg einfrieren und später auch beenden kann“.

Oppositionsführer Friedrich Merz (CDU) warf der SPD noch in der Aussprache vor, sie bereite einen „Diktatfrieden zu den Bedingungen Putins“ vor.
Der Kanzler solle seine „Blockade“ beim Taurus endlich aufgeben, forderte Merz.
Mützenich wies die Vorwürfe zurück: Wer das Nachdenken über Diplomatie für Verrat halte, habe aus der Geschichte nichts gelernt, sagte er am Rande der Sitzung.

Bundeskanzler Olaf Scholz hatte sein Nein zu dem Marschflugkörper bereits am Mittwoch in der Regierungsbefragung bekräftigt.
„Ich bin der Kanzler, und deshalb gilt das“, sagte Scholz.
Eine Waffe mit einer Reichweite von 500 Kilometern könne nur verantwortbar eingesetzt werden, wenn deutsche Soldaten an der Zielsteuerung beteiligt seien, und das schließe er aus.
Schon am 27. Februar hatte der Kanzler klargestellt, dass weder europäische noch Nato-Staaten Bodentruppen in die Ukraine schicken würden, nachdem Frankreichs Präsident Emmanuel Macron am Vorabend in Paris einen solchen Einsatz ausdrücklich nicht ausgeschlossen hatte.

Am heutigen Freitag empfängt Scholz Macron und den polnischen Ministerpräsidenten Donald Tusk im Kanzleramt zu einem Treffen im sogenannten Weimarer Dreieck, das die zuletzt deutlich gewordenen Risse zwischen Berlin und Paris kitten soll.
Tusk war erst am Dienstag gemeinsam mit Präsident Andrzej Duda bei US-Präsident Joe Biden im Weißen Haus zu Gast gewesen und hatte dort an den Kongress appelliert, das seit Monaten blockierte Hilfspaket für die Ukraine über 60 Milliarden Dollar freizugeben.

In Moskau wurde die Berliner Debatte genau verfolgt.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, eine Lieferung des Taurus würde Deutschland „direkt in den Konflikt hineinziehen“.
Präsident Wladimir Putin hatte in einem am Mittwoch ausgestrahlten Interview erklärt, Russland sei zu Verhandlungen bereit, allerdings nicht auf der Grundlage von „Wunschdenken“, sondern auf der Grundlage der Realitäten am Boden.
Aus Kiew kam scharfe Kritik an Mützenich: Außenminister Dmytro Kuleba schrieb auf X, wer vom Einfrieren rede, belohne den Aggressor.

Für die SPD ist die Lage heikel.
Parteichef Lars Klingbeil stellte sich am Freitagmorgen hinter den Fraktionschef und sagte, die Sozialdemokratie stehe „fest an der Seite der Ukraine“ und zugleich für jede ernsthafte Chance auf Frieden.
Deutschland sei nach den USA der größte Unterstützer der Ukraine, der Bundestag habe erst am 22. Februar mit den Stimmen der Koalition die Lieferung „zusätzlicher weitreichender Waffensysteme“ befürwortet.
"""

# ---------------------------------------------------------------- b45de03 (phoenix)
DE03 = """
Regierungserklärung: Merz wirbt für Milliardenkredit an Kiew – Weidel spricht von „Rechtsbruch“

Bundeskanzler Friedrich Merz (CDU) hat am Mittwoch im Bundestag eindringlich dafür geworben, das in der EU festgesetzte Vermögen der russischen Zentralbank zur Finanzierung der Ukraine zu nutzen.
Europa habe es „selbst in der Hand“, der Ukraine für die kommenden zwei Jahre finanzielle Sicherheit zu geben, sagte Merz in seiner Regierungserklärung vor dem Gipfel der Staats- und Regierungschefs, der an diesem Donnerstag in Brüssel beginnt.
Das sogenannte Reparationsdarlehen soll nach den Plänen der EU-Kommission bis zu 210 Milliarden Euro umfassen; Kiew müsste es nur zurückzahlen, wenn Russland für die angerichteten Kriegsschäden aufkommt.

Der Kanzler berichtete auch über die Gespräche mit den US-Unterhändlern Steve Witkoff und Jared Kushner sowie Präsident Wolodymyr Selenskyj, die am Sonntag und Montag im Kanzleramt stattgefunden hatten.
Die amerikanische Seite habe dort Sicherheitsgarantien angeboten, die in ihrer Substanz einer Beistandspflicht nach Artikel 5 des Nato-Vertrags nahekämen, sagte Merz; das sei „ein bemerkenswerter Schritt“.
Zugleich warnte er Moskau davor, die Gespräche weiter zu verschleppen.
Wer auf Zeit spiele, werde „mit wachsendem Druck“ rechnen müssen, sagte der Kanzler unter dem Beifall der Koalitionsfraktionen.

Die Opposition reagierte gespalten.
AfD-Fraktionschefin Alice Weidel warf der Bundesregierung vor, mit dem Zugriff auf die russischen Gelder einen „Rechtsbruch“ zu begehen und die deutschen Steuerzahler in Haftung zu nehmen.
Die Ukraine brauche keinen weiteren Kredit, sondern einen sofortigen Waffenstillstand, sagte Weidel.
Grünen-Fraktionschefin Katharina Dröge unterstützte den Kurs im Grundsatz, hielt Merz aber vor, die Bundesregierung habe monatelang zu zögerlich agiert.
Linken-Fraktionschefin Heidi Reichinnek nannte das Darlehen ein „Spiel mit dem Feuer“, SPD-Fraktionschef Matthias Miersch stellte sich ausdrücklich hinter den Kanzler.

Offen ist, ob Belgien den Weg freimacht.
Premierminister Bart De Wever lehnt den Plan bislang ab, weil der größte Teil der Gelder beim Finanzdienstleister Euroclear in Brüssel verwahrt wird, und verlangt, dass die Risiken auf alle Mitgliedstaaten verteilt werden.
Merz sagte, er habe am Dienstagabend noch einmal mit De Wever telefoniert und sei „vorsichtig zuversichtlich“.

Moskau reagierte scharf.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, jede Verwendung russischer Gelder sei „Diebstahl“ und werde nicht ohne Antwort bleiben.
Zu den in Berlin diskutierten Sicherheitsgarantien sagte Peskow, Russland werde Truppen aus Nato-Staaten auf ukrainischem Boden „unter keinen Umständen“ akzeptieren.
phoenix überträgt die Pressekonferenz des Kanzlers zum Abschluss des Gipfels am Freitag live.
"""

# ---------------------------------------------------------------- b45de04 (Frankenpost)
DE04 = """
Russisches Gas nach dem Krieg? Ost-Regierungschefs preschen vor – Söder: „Ein Geschenk an Putin“

Hof/Dresden. Mit einem gemeinsamen Brief an Bundeskanzler Friedrich Merz (CDU) haben die Ministerpräsidenten von Sachsen, Thüringen und Sachsen-Anhalt eine heftige Debatte über die Zeit nach einem möglichen Waffenstillstand in der Ukraine ausgelöst.
Deutschland müsse sich „schon jetzt“ darauf vorbereiten, nach einem Ende der Kämpfe wieder Gas aus Russland zu beziehen, heißt es in dem Schreiben von Michael Kretschmer, Mario Voigt und Sven Schulze (alle CDU), das am Mittwoch bekannt wurde.
Zudem solle die Bundesregierung darauf dringen, bei den von Washington vermittelten Verhandlungen „mit am Tisch zu sitzen“, statt die Ergebnisse aus der Zeitung zu erfahren.

Anlass des Vorstoßes ist die Entscheidung von US-Präsident Donald Trump aus der vergangenen Woche, die Sanktionen gegen den russischen Ölkonzern Lukoil für 90 Tage auszusetzen.
Das Weiße Haus hatte den Schritt mit „echten Fortschritten“ in den Gesprächen mit Moskau begründet.
Die Verhandlungen wurden am Montag in Abu Dhabi mit Delegationen der USA, Russlands und der Ukraine fortgesetzt.
Nach Angaben aus Kiew ging es dort um eine Waffenruhe entlang der Frontlinie; eine Einigung gab es nicht, eine weitere Runde ist für Ende April geplant.

Der Widerspruch ließ nicht lange auf sich warten.
Bereits am Mittwochmittag hatte Regierungssprecher Stefan Kornelius klargestellt, die Sanktionen der EU blieben in Kraft, solange Russland seinen Angriffskrieg fortsetze, eine Rückkehr zu russischem Gas stehe „nicht zur Debatte“.
Der Kanzler habe den Brief erhalten und werde ihn beantworten, fügte Kornelius hinzu.
Bayerns Ministerpräsident Markus Söder (CSU) legte am Abend in München nach: „Wer jetzt über russisches Gas redet, macht Putin ein Geschenk und schwächt die Ukraine am Verhandlungstisch.“
Sachsens Regierungschef Kretschmer verteidigte den Brief am Donnerstag im Landtag in Dresden: Es gehe nicht um Nachgiebigkeit gegenüber Moskau, sondern um bezahlbare Energie für Industrie und Haushalte im Osten.

Im Kreml wurde der Brief aufmerksam registriert.
Kremlsprecher Dmitri Peskow sagte am Donnerstag, es gebe in Deutschland offenbar noch „vernünftige Stimmen“; Russland sei grundsätzlich bereit, wieder Gas nach Europa zu liefern, die Entscheidung liege allein bei den Europäern.
EU-Außenbeauftragte Kaja Kallas erteilte solchen Überlegungen am selben Tag in Brüssel eine Absage: Über eine Lockerung der Sanktionen werde nicht gesprochen, solange russische Truppen in der Ukraine stünden.
Der ukrainische Botschafter in Berlin, Oleksii Makeiev, sagte, jeder Kubikmeter russisches Gas finanziere Raketen auf ukrainische Städte.

In Oberfranken wird die Debatte mit gemischten Gefühlen verfolgt.
Die Porzellan- und Textilbetriebe zwischen Selb und Münchberg zählen zu den energieintensivsten Branchen der Region; nach Angaben der IHK für Oberfranken Bayreuth liegen die Gaspreise für die Industrie noch immer deutlich über dem Niveau von 2021.
Hofs Landrat Oliver Bär (CSU) sagte der Frankenpost, er verstehe die Sorgen der Unternehmen, halte eine Debatte über russisches Gas aber für „das falsche Signal zur falschen Zeit“.
"""

# ---------------------------------------------------------------- b45de05 (Falter)
DE05 = """
Die Bühne steht bereit: Wien bietet sich als Gipfelort an – und der Nationalrat streitet über die Neutralität

Beate Meinl-Reisinger spielt in diesen Tagen zwei Rollen: die der Außenministerin, die Wien als Ort für einen Ukraine-Gipfel anpreist, und die der Neos-Chefin, die sich im Nationalrat von der FPÖ den „Verrat an der Neutralität“ vorwerfen lassen muss.
Vergangenen Donnerstag telefonierte sie nach Angaben ihres Ministeriums fast eine Stunde lang mit US-Außenminister Marco Rubio und bot an, ein Treffen von Donald Trump, Wladimir Putin und Wolodymyr Selenskyj in der Hofburg auszurichten.
Rubio habe das Angebot „mit Interesse“ aufgenommen, hieß es am Minoritenplatz.

Neu ist die Idee nicht, und in der Hofburg weist man gern darauf hin: 1961 trafen sich in Wien John F. Kennedy und Nikita Chruschtschow, 1979 unterzeichneten Jimmy Carter und Leonid Breschnew hier den SALT-II-Vertrag.
Dass die Stadt auch heute als Verhandlungsort taugt, zeigte sich erst vergangene Woche, als in der UNO-City unter Vermittlung der Internationalen Atomenergiebehörde russische und ukrainische Fachleute zwei Tage lang über die Lage am Atomkraftwerk Saporischschja berieten.
IAEA-Chef Rafael Grossi sprach danach von „konstruktiven, wenn auch schwierigen“ Gesprächen.

Moskau zeigte sich zurückhaltend.
Außenminister Sergej Lawrow sagte am Montag vor Journalisten, Österreich habe seine Neutralität mit der Übernahme der EU-Sanktionen „aufgegeben“; als Gastgeber komme Wien nur in Frage, wenn es zu „echter Neutralität“ zurückkehre.
Kremlsprecher Dmitri Peskow nannte ein Dreiertreffen mit Selenskyj ohnehin „verfrüht“, solange die Unterhändler keine unterschriftsreifen Ergebnisse vorlegten.
Aus dem Büro Selenskyjs hieß es dagegen, der Präsident sei zu einem Treffen mit Putin „an jedem Ort außer Moskau und Minsk“ bereit.
Der US-Sondergesandte Steve Witkoff hatte am Sonntag in einem Fernsehinterview gesagt, Genf, Istanbul und Wien seien „alle im Spiel“.

Im Hohen Haus debattierte der Nationalrat am Dienstag auf Verlangen der FPÖ in einer Sondersitzung über „Neutralität statt Kriegsbeteiligung“.
Parteichef Herbert Kickl forderte, Österreich müsse aus den EU-Sanktionen gegen Russland aussteigen und seine Beiträge zur Europäischen Friedensfazilität einstellen: „Wer Waffen mitfinanziert, kann kein ehrlicher Makler sein.“
Meinl-Reisinger hielt ihm vor, Neutralität heiße nicht Gleichgültigkeit gegenüber einem Angreifer, und erinnerte daran, dass Österreich sich bei Waffenkäufen über die Fazilität konstruktiv enthalte.
Ein Misstrauensantrag gegen die Außenministerin scheiterte am Abend an den Stimmen von ÖVP, SPÖ, Neos und Grünen.
Bundeskanzler Christian Stocker (ÖVP) sagte, Österreich werde die Sanktionen weiter mittragen, sei heuer aber bereit, „jeden Beitrag“ zu leisten, damit in Wien über Frieden geredet werde.

Ob Trump, Putin und Selenskyj je gemeinsam im Redoutensaal Platz nehmen, entscheidet sich freilich nicht am Ring, sondern in Washington und Moskau.
"""

# ---------------------------------------------------------------- b45de06 (Zuger Zeitung)
DE06 = """
Ölpreisdeckel sinkt: Bundesrat zieht mit der EU gleich – Zuger Händler unter Druck, SVP spricht von «Neutralitätsbruch»

Bern/Zug. Die Schweiz senkt die Preisobergrenze für russisches Rohöl von 60 auf 47,60 Dollar pro Fass und vollzieht damit einen zentralen Schritt des 18. Sanktionspakets der EU nach.
Der Bundesrat hat den Entscheid am Mittwoch gefällt, die neue Obergrenze gilt ab dem 15. September; für bestehende Verträge gibt es eine Übergangsfrist von 90 Tagen.
Die EU hatte ihr Paket am 18. Juli verabschiedet, nachdem die Slowakei am Vortag nach wochenlangem Tauziehen ihr Veto aufgegeben hatte.

In Zug, wo mehrere der weltweit grössten Rohstoffhändler ihren Sitz haben, wird der Entscheid mit gemischten Gefühlen aufgenommen.
Der Handel mit russischem Öl sei für die meisten Zuger Firmen seit 2022 ohnehin stark zurückgegangen, sagte die Zuger Volkswirtschaftsdirektorin Silvia Thalmann-Gut (Mitte) auf Anfrage; der Aufwand für die Kontrollen sei aber enorm.
Der Branchenverband Suissenégoce warnte, Geschäfte könnten in Drittstaaten wie die Vereinigten Arabischen Emirate abwandern, wo keine Preisobergrenze gelte.

Die russische Botschaft in Bern bezeichnete den Entscheid noch am Mittwochabend als «unfreundlichen Akt», der die Beziehungen weiter belaste und «nicht unbeantwortet» bleiben werde.
In Bundesbern ist das Thema derweil ein innenpolitisches: Am Dienstag debattierte der Nationalrat stundenlang über die sogenannte Neutralitätsinitiative, die der Schweiz nichtmilitärische Zwangsmassnahmen gegen kriegführende Staaten verbieten will.
SVP-Nationalrat Franz Grüter sprach von einem «fortgesetzten Neutralitätsbruch», die Übernahme der EU-Sanktionen mache die Schweiz «zur Kriegspartei».
Der Rat empfahl die Initiative schliesslich mit 126 zu 65 Stimmen zur Ablehnung; der Ständerat befasst sich im Dezember damit.

Aussenminister Ignazio Cassis hatte im August angeboten, ein Treffen zwischen Wladimir Putin und Wolodimir Selenski in Genf auszurichten, und zugesichert, der Kremlchef würde trotz des Haftbefehls des Internationalen Strafgerichtshofs nicht festgenommen.
Seither ist es still geworden um die Idee.
Putin hatte Anfang September am Rande seines Besuchs in Peking erklärt, Selenski könne nach Moskau kommen, wenn er wolle; Aussenminister Andrij Sybiha wies das als «inakzeptabel» zurück.
US-Präsident Donald Trump, der Putin Mitte August in Alaska getroffen hatte, zeigte sich zuletzt enttäuscht, dass ein Treffen der beiden Präsidenten nicht zustande komme.

Für die Zuger Wirtschaft dürfte die Debatte damit nicht beendet sein.
Die EU-Kommission will ihr 19. Paket nach Angaben aus Brüssel noch im September vorlegen, und in Bern rechnet man damit, dass der Bundesrat auch dieses weitgehend übernimmt.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b45de01_merz_kiew_oppositionsfuehrer_2022_05", "2022-05-04", DE01,
        [
            T("Dienstag", "DATE", "2022-05-03", 0),
            T("gut eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("der Nacht zum Dienstag", "TIME", "2022-05-02TNI", note="night of 2-3 May 2022"),
            T("Abend", "TIME", "2022-05-03TEV"),
            T("vergangenen Donnerstag", "DATE", "2022-04-28"),
            T("Montagabend", "TIME", "2022-05-02TEV"),
            T("Mitte April", "DATE", "2022-04", mod="MID"),
            T("Dienstag", "DATE", "2022-05-03", 2),
            T("Dienstag", "DATE", "2022-05-03", 3),
            T("heutigen Mittwoch", "DATE", "2022-05-04"),
            T("sechs Monaten", "DURATION", "P6M"),
            T("Ende des Jahres", "DATE", "2022", mod="END"),
            T("Samstag", "DATE", "2022-05-07"),
            T("Ende Februar", "DATE", "2022-02", mod="END"),
        ],
        [
            E("Merz meets Zelensky in Kyiv", "CONSULT", ["Friedrich Merz", "Volodymyr Zelensky"], "2022-05-03",
              "text", "occurred", "CDU-Chef Friedrich Merz ist am Dienstag in Kiew"),
            E("Merz also meets Prime Minister Shmyhal and Mayor Klitschko", "CONSULT", ["Friedrich Merz", "Ukraine"],
              "2022-05-03", "context", "occurred", "traf außerdem Regierungschef Denys Schmyhal"),
            E("Zelensky urgently asks Merz for heavy weapons", "REQUEST", ["Volodymyr Zelensky", "Friedrich Merz"],
              "2022-05-03", "context", "occurred", "Selenskyj habe ihn eindringlich um schwere Waffen gebeten"),
            E("Merz demands that Germany deliver what the Bundestag decided", "REQUEST", ["Friedrich Merz", "Germany"],
              "2022-05-03", "context", "occurred", "Deutschland müsse liefern, was der Bundestag beschlossen habe"),
            E("Bundestag adopts the joint motion for faster deliveries of heavy weapons to Ukraine", "AID",
              ["Germany", "Ukraine"], "2022-04-28", "text", "occurred", "Er verwies auf den gemeinsamen Antrag"),
            E("Scholz says he will not travel to Kyiv for now", "REJECT", ["Olaf Scholz", "Ukraine"], "2022-05-02TEV",
              "text", "occurred", "hatte am Montagabend im ZDF erklärt"),
            E("Kyiv disinvited Federal President Steinmeier", "REJECT", ["Ukraine", "Germany"], "2022-04", "text",
              "occurred", "hatte am Montagabend im ZDF erklärt", date_mod="MID",
              note="the snub became known on 12 April 2022"),
            E("Merz calls on Scholz to travel to Ukraine himself instead of staying at home", "REQUEST",
              ["Friedrich Merz", "Olaf Scholz"], "2022-05-03", "text", "occurred", "Merz hielt am Dienstag in Kiew dagegen"),
            E("Merz mocks Scholz for staying at home offended", "ACCUSE", ["Friedrich Merz", "Olaf Scholz"],
              "2022-05-03", "text", "occurred", "Merz hielt am Dienstag in Kiew dagegen"),
            E("Merz calls the disinvitation of Steinmeier a mistake", "ACCUSE", ["Friedrich Merz", "Ukraine"],
              "2022-05-03", "text", "occurred", "Merz hielt am Dienstag in Kiew dagegen"),
            E("Zelensky invites Scholz to Kyiv", "REQUEST", ["Volodymyr Zelensky", "Olaf Scholz"], "2022-05-03",
              "context", "occurred", "lud Selenskyj den Kanzler"),
            E("Peskov: Berlin should stop pouring oil on the fire with arms deliveries", "REQUEST",
              ["Dmitry Peskov", "Germany"], "2022-05-03", "context", "occurred", "Berlin solle lieber aufhören"),
            E("Von der Leyen to present a sixth sanctions package against Russia", "SANCTION",
              ["Ursula von der Leyen", "European Union", "Russia"], "2022-05-04", "text", "planned",
              "Unterdessen will EU-Kommissionspräsidentin"),
            E("Orbán announces resistance to the package", "REJECT", ["Viktor Orbán", "European Union"], "2022-05-04",
              "published", "occurred", "Ungarns Regierungschef Viktor Orbán"),
        ],
        [
            S("Friedrich Merz", "Zelensky urgently asked him for heavy weapons, quickly and without further debate",
              "2022-05-03TEV", "text", "Selenskyj habe ihn eindringlich um schwere Waffen gebeten"),
            S("Friedrich Merz", "Germany must deliver what the Bundestag decided", "2022-05-03TEV", "context",
              "Deutschland müsse liefern, was der Bundestag beschlossen habe"),
            S("Olaf Scholz", "Will not travel to Kyiv for now because Kyiv disinvited Steinmeier", "2022-05-02TEV",
              "text", "hatte am Montagabend im ZDF erklärt"),
            S("Olaf Scholz", "The disinvitation stands in the way", "2022-05-02TEV", "context",
              "Das stehe „der Sache im Weg“"),
            S("Friedrich Merz", "Scholz should not stay at home offended but travel himself; the disinvitation was a "
              "mistake but must not set a government's policy", "2022-05-03", "text",
              "Merz hielt am Dienstag in Kiew dagegen"),
            S("Dmitry Peskov", "The trip of a German opposition politician means nothing to Russia", "2022-05-03",
              "text", "die Reise eines deutschen Oppositionspolitikers"),
            S("Dmitry Peskov", "Berlin should stop pouring oil on the fire with new arms deliveries", "2022-05-03",
              "context", "Berlin solle lieber aufhören"),
            S("Viktor Orbán", "Announced resistance to the sixth sanctions package", "2022-05-04", "published",
              "Ungarns Regierungschef Viktor Orbán"),
        ],
        ["Friedrich Merz", "Volodymyr Zelensky", "Russia", "Ukraine", "Germany", "Olaf Scholz", "Kremlin",
         "Dmitry Peskov", "Ursula von der Leyen", "European Union", "Viktor Orbán"],
    ),
    doc(
        "b45de02_muetzenich_taurus_bundestag_2024_03", "2024-03-15", DE02,
        [
            T("Donnerstag", "DATE", "2024-03-14", 0),
            T("gut zweistündige", "DURATION", "PT2H", mod="APPROX"),
            T("Mittwoch", "DATE", "2024-03-13", 0),
            T("27. Februar", "DATE", "2024-02-27"),
            T("Vorabend", "TIME", "2024-02-26TEV"),
            T("heutigen Freitag", "DATE", "2024-03-15"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Dienstag", "DATE", "2024-03-12"),
            T("Monaten", "DURATION", "PXM"),
            T("Donnerstag", "DATE", "2024-03-14", 1),
            T("Mittwoch", "DATE", "2024-03-13", 1),
            T("Freitagmorgen", "TIME", "2024-03-15TMO"),
            T("22. Februar", "DATE", "2024-02-22"),
        ],
        [
            E("Bundestag rejects the CDU/CSU motion to deliver Taurus cruise missiles to Ukraine", "REJECT",
              ["Germany", "Ukraine"], "2024-03-14", "text", "occurred", "Für ihren Antrag stimmten am Donnerstag"),
            E("Merz accuses the SPD of preparing a dictated peace on Putin's terms", "ACCUSE",
              ["Friedrich Merz", "Germany"], "2024-03-14", "context", "occurred", "warf der SPD noch in der Aussprache vor"),
            E("Merz demands that Scholz drop his Taurus blockade", "REQUEST", ["Friedrich Merz", "Olaf Scholz"],
              "2024-03-14", "context", "occurred", "Der Kanzler solle seine „Blockade“"),
            E("Scholz reaffirms his no to delivering Taurus", "REJECT", ["Olaf Scholz", "Ukraine"], "2024-03-13", "text",
              "occurred", "sein Nein zu dem Marschflugkörper"),
            E("Scholz rules out European or NATO ground troops in Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"],
              "2024-02-27", "text", "occurred", "Schon am 27. Februar hatte der Kanzler klargestellt"),
            E("Scholz hosts Macron and Tusk for a Weimar Triangle meeting", "CONSULT",
              ["Olaf Scholz", "Emmanuel Macron", "Donald Tusk"], "2024-03-15", "text", "planned",
              "Am heutigen Freitag empfängt Scholz Macron"),
            E("Tusk and Duda meet Biden at the White House", "CONSULT", ["Donald Tusk", "Poland", "Joe Biden"],
              "2024-03-12", "text", "occurred", "Tusk war erst am Dienstag"),
            E("Tusk appeals to Congress to release the blocked Ukraine aid package", "REQUEST",
              ["Donald Tusk", "United States"], "2024-03-12", "context", "occurred", "Tusk war erst am Dienstag"),
            E("US aid package of 60 billion dollars for Ukraine blocked in Congress", "AID", ["United States", "Ukraine"],
              "2024-03-15", "published", "uncertain", "Tusk war erst am Dienstag"),
            E("Peskov warns that a Taurus delivery would draw Germany directly into the conflict", "REQUEST",
              ["Dmitry Peskov", "Germany"], "2024-03-14", "text", "occurred", "eine Lieferung des Taurus würde Deutschland"),
            E("Putin says Russia is ready for negotiations", "AGREE", ["Vladimir Putin"], "2024-03-13", "text",
              "occurred", "Präsident Wladimir Putin hatte in einem am Mittwoch"),
            E("Putin demands that talks be based on the realities on the ground", "REQUEST", ["Vladimir Putin"],
              "2024-03-13", "text", "occurred", "Präsident Wladimir Putin hatte in einem am Mittwoch"),
            E("Kuleba criticises Mützenich: talk of freezing rewards the aggressor", "ACCUSE", ["Ukraine", "Germany"],
              "2024-03-14", "context", "occurred", "Aus Kiew kam scharfe Kritik an Mützenich",
              note="reply to Mützenich's Thursday remark; the day of the post is not given"),
            E("Bundestag endorses the delivery of additional long-range weapon systems", "AID", ["Germany", "Ukraine"],
              "2024-02-22", "text", "occurred", "der Bundestag habe erst am 22. Februar"),
        ],
        [
            S("Friedrich Merz", "The SPD is preparing a dictated peace on Putin's terms", "2024-03-14", "context",
              "warf der SPD noch in der Aussprache vor"),
            S("Friedrich Merz", "The chancellor should finally drop his Taurus blockade", "2024-03-14", "context",
              "Der Kanzler solle seine „Blockade“"),
            S("Olaf Scholz", "Reaffirmed his no to the Taurus cruise missile", "2024-03-13", "text",
              "sein Nein zu dem Marschflugkörper"),
            S("Olaf Scholz", "I am the chancellor, and that is why it stands", "2024-03-13", "context",
              "Ich bin der Kanzler, und deshalb gilt das"),
            S("Olaf Scholz", "A 500-km weapon could only be used responsibly with German soldiers in the targeting, "
              "which he rules out", "2024-03-13", "context", "Eine Waffe mit einer Reichweite von 500 Kilometern"),
            S("Olaf Scholz", "Neither European nor NATO states will send ground troops to Ukraine", "2024-02-27",
              "text", "Schon am 27. Februar hatte der Kanzler klargestellt"),
            S("Emmanuel Macron", "Did not rule out sending Western ground troops to Ukraine", "2024-02-26TEV", "text",
              "Schon am 27. Februar hatte der Kanzler klargestellt"),
            S("Donald Tusk", "Appealed to Congress to release the blocked aid package for Ukraine", "2024-03-12",
              "context", "Tusk war erst am Dienstag"),
            S("Dmitry Peskov", "A Taurus delivery would draw Germany directly into the conflict", "2024-03-14", "text",
              "eine Lieferung des Taurus würde Deutschland"),
            S("Vladimir Putin", "Russia is ready for negotiations, not on wishful thinking but on the realities on the "
              "ground", "2024-03-13", "text", "Präsident Wladimir Putin hatte in einem am Mittwoch"),
            S("Ukraine", "Kuleba: whoever talks of freezing the war rewards the aggressor", "2024-03-14", "context",
              "Aus Kiew kam scharfe Kritik an Mützenich"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Vladimir Putin", "Olaf Scholz", "NATO", "France",
         "Emmanuel Macron", "Poland", "Donald Tusk", "Joe Biden", "United States", "Kremlin", "Dmitry Peskov",
         "Russia"],
    ),
    doc(
        "b45de03_regierungserklaerung_reparationsdarlehen_2025_12", "2025-12-17", DE03,
        [
            T("Mittwoch", "DATE", "2025-12-17", 0),
            T("die kommenden zwei Jahre", "DURATION", "P2Y"),
            T("diesem Donnerstag", "DATE", "2025-12-18"),
            T("Sonntag", "DATE", "2025-12-14"),
            T("Montag", "DATE", "2025-12-15"),
            T("monatelang", "DURATION", "PXM"),
            T("Dienstagabend", "TIME", "2025-12-16TEV"),
            T("Mittwoch", "DATE", "2025-12-17", 1),
            T("Freitag", "DATE", "2025-12-19"),
        ],
        [
            E("Merz urges using the immobilised Russian central bank assets to finance Ukraine", "REQUEST",
              ["Friedrich Merz", "European Union"], "2025-12-17", "text", "occurred",
              "hat am Mittwoch im Bundestag eindringlich dafür geworben"),
            E("EU summit in Brussels", "CONSULT", ["European Union", "Friedrich Merz"], "2025-12-18", "text", "planned",
              "Europa habe es „selbst in der Hand“"),
            E("EU reparations loan of up to 210 billion euros for Ukraine from Russian assets", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-18", "context", "uncertain",
              "Das sogenannte Reparationsdarlehen",
              note="to be decided at the summit that starts on Thursday"),
            E("Talks of Witkoff, Kushner and Zelensky in the Chancellery", "CONSULT",
              ["Steve Witkoff", "United States", "Volodymyr Zelensky", "Friedrich Merz"], "2025-12-14", "text",
              "occurred", "Der Kanzler berichtete auch über die Gespräche",
              note="Sunday and Monday, 14-15 December 2025"),
            E("US offers security guarantees close to NATO Article 5", "AGREE", ["United States", "Ukraine"],
              "2025-12-14", "context", "occurred", "Die amerikanische Seite habe dort Sicherheitsgarantien angeboten",
              note="offered during the talks of 14-15 December"),
            E("Merz warns Moscow not to drag out the talks", "REQUEST", ["Friedrich Merz", "Russia"], "2025-12-17",
              "context", "occurred", "Zugleich warnte er Moskau"),
            E("Merz: whoever plays for time must expect growing pressure", "THREATEN", ["Friedrich Merz", "Russia"],
              "2025-12-17", "context", "occurred", "Wer auf Zeit spiele"),
            E("Merz phones De Wever", "CONSULT", ["Friedrich Merz"], "2025-12-16TEV", "text", "occurred",
              "am Dienstagabend noch einmal mit De Wever telefoniert"),
            E("Peskov calls any use of Russian assets theft", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2025-12-17", "text", "occurred", "jede Verwendung russischer Gelder sei „Diebstahl“"),
            E("Peskov: the use of the assets will not remain unanswered", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2025-12-17", "text", "occurred",
              "jede Verwendung russischer Gelder sei „Diebstahl“"),
            E("Peskov rejects troops from NATO states on Ukrainian soil", "REJECT", ["Dmitry Peskov", "NATO"],
              "2025-12-17", "context", "occurred", "Zu den in Berlin diskutierten Sicherheitsgarantien"),
        ],
        [
            S("Friedrich Merz", "Europe has it in its own hands to give Ukraine financial security for the next two "
              "years", "2025-12-17", "context", "Europa habe es „selbst in der Hand“"),
            S("Friedrich Merz", "The US side offered guarantees close to an Article 5 commitment; a remarkable step",
              "2025-12-17", "context", "Die amerikanische Seite habe dort Sicherheitsgarantien angeboten"),
            S("Friedrich Merz", "Warns Moscow not to drag out the talks", "2025-12-17", "context",
              "Zugleich warnte er Moskau"),
            S("Friedrich Merz", "Whoever plays for time must expect growing pressure", "2025-12-17", "context",
              "Wer auf Zeit spiele"),
            S("Friedrich Merz", "Phoned De Wever on Tuesday evening and is cautiously optimistic", "2025-12-17",
              "context", "am Dienstagabend noch einmal mit De Wever telefoniert"),
            S("Russia", "Moscow reacted sharply", "2025-12-17", "published", "Moskau reagierte scharf."),
            S("Dmitry Peskov", "Any use of Russian assets is theft and will not remain unanswered", "2025-12-17",
              "text", "jede Verwendung russischer Gelder sei „Diebstahl“"),
            S("Dmitry Peskov", "Russia will under no circumstances accept troops from NATO states on Ukrainian soil",
              "2025-12-17", "context", "Zu den in Berlin diskutierten Sicherheitsgarantien"),
        ],
        ["Friedrich Merz", "Germany", "European Union", "Russia", "Ukraine", "Steve Witkoff", "United States",
         "Volodymyr Zelensky", "NATO", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b45de04_ost_ministerpraesidenten_gasbrief_2026_04", "2026-04-17", DE04,
        [
            T("jetzt", "DATE", "PRESENT_REF", 0),
            T("Mittwoch", "DATE", "2026-04-15"),
            T("der vergangenen Woche", "DATE", "2026-W15"),
            T("90 Tage", "DURATION", "P90D"),
            T("Montag", "DATE", "2026-04-13"),
            T("Ende April", "DATE", "2026-04", mod="END"),
            T("Mittwochmittag", "TIME", "2026-04-15T12:00"),
            T("Abend", "TIME", "2026-04-15TEV"),
            T("jetzt", "DATE", "PRESENT_REF", 1),
            T("Donnerstag", "DATE", "2026-04-16", 0),
            T("Donnerstag", "DATE", "2026-04-16", 1),
            T("selben Tag", "DATE", "2026-04-16"),
            T("2021", "DATE", "2021"),
        ],
        [
            E("Trump suspends US sanctions on Lukoil for 90 days", "CONCEDE", ["Donald Trump", "Russia"], "2026-W15",
              "text", "occurred", "Anlass des Vorstoßes ist die Entscheidung"),
            E("Talks of US, Russian and Ukrainian delegations resume in Abu Dhabi", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-04-13", "text", "occurred",
              "Die Verhandlungen wurden am Montag in Abu Dhabi"),
            E("No agreement on a ceasefire along the front line in Abu Dhabi", "REJECT", ["Russia", "Ukraine"],
              "2026-04-13", "context", "occurred", "Nach Angaben aus Kiew ging es dort"),
            E("Further round of talks planned for the end of April", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-04", "text", "planned", "Nach Angaben aus Kiew ging es dort", date_mod="END"),
            E("Government spokesman: EU sanctions stay, no return to Russian gas", "REJECT", ["Germany", "Russia"],
              "2026-04-15T12:00", "text", "occurred", "Bereits am Mittwochmittag hatte Regierungssprecher"),
            E("Peskov: Russia is ready in principle to deliver gas to Europe again", "AGREE",
              ["Dmitry Peskov", "European Union"], "2026-04-16", "text", "occurred",
              "es gebe in Deutschland offenbar noch „vernünftige Stimmen“"),
            E("Kallas rules out easing sanctions while Russian troops remain in Ukraine", "REJECT",
              ["Kaja Kallas", "Russia"], "2026-04-16", "text", "occurred", "Kaja Kallas erteilte solchen Überlegungen"),
        ],
        [
            S("White House", "Justified the Lukoil suspension with real progress in the talks with Moscow", "2026-W15",
              "context", "Das Weiße Haus hatte den Schritt"),
            S("Ukraine", "The Abu Dhabi talks were about a ceasefire along the front line; no agreement, another round "
              "at the end of April", "2026-04-17", "published", "Nach Angaben aus Kiew ging es dort"),
            S("Germany", "Kornelius: EU sanctions stay in force while Russia continues its war; a return to Russian "
              "gas is not up for debate", "2026-04-15T12:00", "text", "Bereits am Mittwochmittag hatte Regierungssprecher"),
            S("Germany", "Kornelius: the chancellor received the letter and will answer it", "2026-04-15T12:00",
              "context", "Der Kanzler habe den Brief erhalten"),
            S("Dmitry Peskov", "There are still reasonable voices in Germany; Russia is ready in principle to deliver "
              "gas to Europe again, the decision lies with the Europeans", "2026-04-16", "text",
              "es gebe in Deutschland offenbar noch „vernünftige Stimmen“"),
            S("Kaja Kallas", "Easing sanctions is not on the table while Russian troops stand in Ukraine", "2026-04-16",
              "text", "Kaja Kallas erteilte solchen Überlegungen"),
            S("Ukraine", "Ambassador Makeiev: every cubic metre of Russian gas finances missiles on Ukrainian cities",
              "2026-04-17", "published", "Oleksii Makeiev"),
        ],
        ["Germany", "Friedrich Merz", "Ukraine", "Russia", "Vladimir Putin", "United States", "Donald Trump",
         "White House", "European Union", "Kremlin", "Dmitry Peskov", "Kaja Kallas"],
    ),
    doc(
        "b45de05_wien_gipfelort_nationalrat_2026_06", "2026-06-10", DE05,
        [
            T("diesen Tagen", "DATE", "PRESENT_REF"),
            T("Vergangenen Donnerstag", "DATE", "2026-06-04"),
            T("fast eine Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("1961", "DATE", "1961"),
            T("1979", "DATE", "1979"),
            T("heute", "DATE", "PRESENT_REF"),
            T("vergangene Woche", "DATE", "2026-W23"),
            T("zwei Tage", "DURATION", "P2D"),
            T("Montag", "DATE", "2026-06-08"),
            T("Sonntag", "DATE", "2026-06-07"),
            T("Dienstag", "DATE", "2026-06-09"),
            T("Abend", "TIME", "2026-06-09TEV"),
            T("heuer", "DATE", "2026"),
        ],
        [
            E("Meinl-Reisinger phones Rubio", "CONSULT", ["Marco Rubio"], "2026-06-04", "text", "occurred",
              "Vergangenen Donnerstag telefonierte sie"),
            E("Austria offers to host a Trump–Putin–Zelensky meeting in the Hofburg", "REQUEST",
              ["Marco Rubio", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2026-06-04", "context",
              "occurred", "Vergangenen Donnerstag telefonierte sie"),
            E("Russian and Ukrainian experts meet in Vienna under IAEA mediation on Zaporizhzhia", "CONSULT",
              ["IAEA", "Russia", "Ukraine"], "2026-W23", "text", "occurred", "Dass die Stadt auch heute"),
            E("Lavrov: Austria gave up its neutrality by adopting EU sanctions", "ACCUSE", ["Sergey Lavrov"],
              "2026-06-08", "text", "occurred", "Außenminister Sergej Lawrow sagte am Montag"),
            E("Lavrov: Vienna only acceptable as host if it returns to true neutrality", "REQUEST", ["Sergey Lavrov"],
              "2026-06-08", "text", "occurred", "Außenminister Sergej Lawrow sagte am Montag"),
            E("Peskov calls a three-way meeting with Zelensky premature", "REJECT",
              ["Dmitry Peskov", "Volodymyr Zelensky"], "2026-06-10", "published", "occurred",
              "Dreiertreffen mit Selenskyj ohnehin „verfrüht“"),
            E("Zelensky ready to meet Putin anywhere except Moscow and Minsk", "AGREE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-06-10", "published", "occurred",
              "Aus dem Büro Selenskyjs hieß es dagegen"),
        ],
        [
            S("Marco Rubio", "Received the offer to host a summit in Vienna with interest", "2026-06-04", "context",
              "Rubio habe das Angebot „mit Interesse“ aufgenommen"),
            S("IAEA", "Grossi: constructive if difficult talks on Zaporizhzhia", "2026-W23", "context",
              "IAEA-Chef Rafael Grossi"),
            S("Russia", "Moscow was reserved about Vienna as a venue", "2026-06-10", "published",
              "Moskau zeigte sich zurückhaltend."),
            S("Sergey Lavrov", "Austria gave up its neutrality with the EU sanctions; Vienna only comes into question "
              "if it returns to true neutrality", "2026-06-08", "text", "Außenminister Sergej Lawrow sagte am Montag"),
            S("Dmitry Peskov", "A three-way meeting with Zelensky is premature while negotiators have no results ready "
              "for signing", "2026-06-10", "published", "Dreiertreffen mit Selenskyj ohnehin „verfrüht“"),
            S("Volodymyr Zelensky, via Ukraine", "Ready to meet Putin anywhere except Moscow and Minsk", "2026-06-10",
              "published", "Aus dem Büro Selenskyjs hieß es dagegen"),
            S("Steve Witkoff", "Geneva, Istanbul and Vienna are all in play", "2026-06-07", "text",
              "Der US-Sondergesandte Steve Witkoff"),
        ],
        ["Marco Rubio", "United States", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "IAEA", "Russia",
         "Ukraine", "Sergey Lavrov", "European Union", "Kremlin", "Dmitry Peskov", "Steve Witkoff"],
    ),
    doc(
        "b45de06_schweiz_oelpreisdeckel_zug_2025_09", "2025-09-11", DE06,
        [
            T("Mittwoch", "DATE", "2025-09-10"),
            T("15. September", "DATE", "2025-09-15"),
            T("90 Tagen", "DURATION", "P90D"),
            T("18. Juli", "DATE", "2025-07-18"),
            T("Vortag", "DATE", "2025-07-17"),
            T("wochenlangem", "DURATION", "PXW"),
            T("2022", "DATE", "2022"),
            T("Mittwochabend", "TIME", "2025-09-10TEV"),
            T("Dienstag", "DATE", "2025-09-09"),
            T("stundenlang", "DURATION", "PTXH"),
            T("Dezember", "DATE", "2025-12"),
            T("August", "DATE", "2025-08", 0),
            T("Anfang September", "DATE", "2025-09", mod="START"),
            T("Mitte August", "DATE", "2025-08", mod="MID"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("September", "DATE", "2025-09", 2),
        ],
        [
            E("Switzerland lowers the price cap on Russian crude to 47.60 dollars", "SANCTION", ["Russia"],
              "2025-09-10", "text", "occurred", "Der Bundesrat hat den Entscheid am Mittwoch gefällt"),
            E("EU adopts its 18th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-07-18", "text",
              "occurred", "Die EU hatte ihr Paket am 18. Juli verabschiedet"),
            E("Slovakia drops its veto against the 18th package", "CONCEDE", ["European Union"], "2025-07-17", "text",
              "occurred", "Die EU hatte ihr Paket am 18. Juli verabschiedet"),
            E("Russian embassy calls the Swiss decision an unfriendly act", "ACCUSE", ["Russia"], "2025-09-10TEV",
              "text", "occurred", "Die russische Botschaft in Bern"),
            E("Russian embassy: the decision will not remain unanswered", "THREATEN", ["Russia"], "2025-09-10TEV",
              "text", "occurred", "Die russische Botschaft in Bern"),
            E("Switzerland offers to host a Putin–Zelensky meeting in Geneva", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08", "text", "occurred",
              "Aussenminister Ignazio Cassis hatte im August angeboten"),
            E("Switzerland assures Putin he would not be arrested despite the ICC warrant", "AGREE",
              ["Vladimir Putin"], "2025-08", "text", "occurred", "Aussenminister Ignazio Cassis hatte im August angeboten"),
            E("Putin invites Zelensky to Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"], "2025-09",
              "text", "occurred", "Putin hatte Anfang September", date_mod="START"),
            E("Sybiha rejects the invitation to Moscow as unacceptable", "REJECT", ["Andrii Sybiha", "Vladimir Putin"],
              "2025-09", "context", "occurred", "Putin hatte Anfang September", date_mod="START"),
            E("Trump and Putin meet in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "der Putin Mitte August in Alaska getroffen hatte", date_mod="MID",
              note="15 August 2025"),
            E("EU Commission to present its 19th package", "SANCTION", ["European Union", "Russia"], "2025-09", "text",
              "planned", "Die EU-Kommission will ihr 19. Paket"),
            E("Switzerland expected to adopt the 19th package largely as well", "SANCTION", ["Russia"], "2025-09-11",
              "published", "uncertain", "Die EU-Kommission will ihr 19. Paket"),
        ],
        [
            S("Russia", "Embassy in Bern: an unfriendly act that burdens relations and will not remain unanswered",
              "2025-09-10TEV", "text", "Die russische Botschaft in Bern"),
            S("Vladimir Putin", "Zelensky can come to Moscow if he wants", "2025-09", "text",
              "Putin hatte Anfang September"),
            S("Andrii Sybiha", "The invitation to Moscow is unacceptable", "2025-09", "context",
              "Putin hatte Anfang September"),
            S("Donald Trump", "Disappointed that a meeting of the two presidents does not happen", "PAST_REF", "vague",
              "der Putin Mitte August in Alaska getroffen hatte"),
            S("European Union", "The Commission will present its 19th package in September", "2025-09-11",
              "published", "Die EU-Kommission will ihr 19. Paket"),
        ],
        ["Russia", "European Union", "Vladimir Putin", "Volodymyr Zelensky", "Kremlin", "Andrii Sybiha",
         "Donald Trump", "United States"],
    ),
]
