"""German articles of the blind109 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b109de01 (Bilanz)
DE01 = """
Russisches Öl: Biden drängt Modi – Indien verweist auf Europa

Indien lässt sich von den USA nicht vorschreiben, bei wem es sein Rohöl einkauft.
US-Präsident Joe Biden hat den indischen Premierminister Narendra Modi am Montag in einer rund einstündigen Videoschalte gedrängt, die Einfuhren von russischem Öl nicht weiter zu steigern.
Das liege nicht im Interesse Indiens, habe Biden seinem Gesprächspartner gesagt, erklärte Pressesprecherin Jen Psaki im Weißen Haus.
Zugleich habe der Präsident angeboten, Indien beim Ausbau anderer Energiequellen zu unterstützen.

Modi nannte die Berichte über getötete Zivilisten in Butscha „sehr besorgniserregend“ und sprach sich für eine unabhängige Untersuchung aus.
Er habe in den vergangenen Wochen mehrfach mit dem russischen Präsidenten Wladimir Putin und dem ukrainischen Präsidenten Wolodymyr Selenskyj telefoniert und beiden direkte Gespräche nahegelegt, sagte Modi zu Beginn der Schalte.
Eine Verurteilung Russlands vermied er, wie schon bei den Abstimmungen in den Vereinten Nationen, bei denen sich Indien seit Kriegsbeginn stets enthalten hat.

Am selben Tag kamen in Washington die Außen- und Verteidigungsminister beider Länder zu ihrem sogenannten 2+2-Dialog zusammen: US-Außenminister Antony Blinken und Verteidigungsminister Lloyd Austin empfingen Subrahmanyam Jaishankar und Rajnath Singh.
Auf der Pressekonferenz reagierte Jaishankar gereizt auf eine Frage nach den Ölkäufen: Europa kaufe an einem einzigen Tag mehr russisches Öl als Indien in einem Monat.
Wer sich um Indiens Energieeinkäufe sorge, solle lieber nach Europa schauen, fügte er hinzu.
Blinken sagte, jedes Land treffe seine eigenen Entscheidungen, Washington erwarte aber von seinen Partnern, dass sie die Sanktionen gegen Moskau nicht untergraben.

Der Druck aus Washington war zuletzt gewachsen.
Ende März hatte der stellvertretende Nationale Sicherheitsberater Daleep Singh in Neu-Delhi vor „Konsequenzen“ für Länder gewarnt, die die Strafmaßnahmen aktiv umgehen.
Am 1. April empfing Modi dann den russischen Außenminister Sergej Lawrow, der Indien anbot, „alle Waren“ zu liefern, die das Land kaufen wolle.
Russische Ölkonzerne gewähren indischen Raffinerien seit März Preisnachlässe von bis zu 30 Dollar je Fass auf die Sorte Urals.

Kremlsprecher Dmitri Peskow lobte am Dienstag die „ausgewogene Haltung“ Neu-Delhis.
Zugleich warf er Washington vor, souveränen Staaten seine Bedingungen diktieren zu wollen.

In der Schweiz verfolgen die Rohstoffhändler den Streit genau.
Mehrere Genfer Handelshäuser wollen ab Mitte Mai keine neuen Geschäfte mit russischem Öl mehr abschließen.
Indische Käufer wickelten ihre Geschäfte zunehmend über Dubai ab, sagte ein Händler gegenüber BILANZ.
Biden und Modi wollen sich im Mai beim Quad-Gipfel in Tokio persönlich treffen.
"""

# ---------------------------------------------------------------- b109de02 (Pressburger Zeitung)
DE02 = """
Jaishankar in Pressburg: „Europas Probleme sind nicht die Probleme der Welt“

Pressburg. Der indische Außenminister Subrahmanyam Jaishankar hat beim Sicherheitsforum Globsec die europäische Kritik an den indischen Ölkäufen in Russland zurückgewiesen.
Europa müsse sich von der Denkweise lösen, dass seine Probleme die Probleme der Welt seien, die Probleme der Welt aber nicht die Probleme Europas, sagte Jaishankar am Freitag auf dem Podium im Hotel Carlton.
Auf die Frage, ob Indien mit seinen Käufen den russischen Krieg mitfinanziere, antwortete er mit einer Gegenfrage: Ob denn der Kauf russischen Gases durch die Europäer den Krieg nicht finanziere?
Man solle „ein wenig ausgewogener“ urteilen, fügte er hinzu.
Indien fordere ein Ende der Gewalt und sei bereit, zwischen Moskau und Kiew zu vermitteln, wenn beide Seiten dies wünschten.

In Brüssel nahmen die Mitgliedstaaten am selben Tag das sechste Sanktionspaket förmlich an, das ein Embargo für russisches Öl auf dem Seeweg vorsieht.
Rohöllieferungen per Schiff sollen binnen sechs Monaten, Ölprodukte binnen acht Monaten auslaufen.
Auf Drängen des ungarischen Regierungschefs Viktor Orbán hatten die Staats- und Regierungschefs am Montag eine vorläufige Ausnahme für Öl aus Pipelines vereinbart.
Kommissionspräsidentin Ursula von der Leyen sprach von einem Paket, das den Kreml dort treffe, wo es wehtue.

Kremlsprecher Dmitri Peskow erklärte ebenfalls am Freitag, Russland werde sein Öl an andere Abnehmer umleiten, der Weltmarkt sei groß genug.
Die EU schade mit dem Embargo vor allem ihren eigenen Bürgern, warf er Brüssel vor.
Tatsächlich hat Indien seine Einfuhren russischen Rohöls seit März vervielfacht; im Mai kam nach Branchenschätzungen bereits mehr als jedes sechste importierte Fass aus Russland.

Der ukrainische Präsident Wolodymyr Selenskyj hatte sich am Donnerstag per Video an das Forum gewandt.
Er forderte die Teilnehmer auf, Russland jeden Zugang zu Einnahmen aus dem Energiegeschäft zu verwehren.
Das ukrainische Außenministerium hatte Neu-Delhi bereits im Frühjahr gebeten, auf russisches Öl zu verzichten.

Der slowakische Außenminister Ivan Korčok, der Jaishankar am Rande des Forums traf, sagte der Pressburger Zeitung, Indien sei ein Partner, dessen Sicht man verstehen müsse, auch wenn man sie nicht teile.
Die Slowakei selbst bezieht ihr Rohöl weiter über die Druschba-Leitung und profitiert von der Ausnahme; die Raffinerie Slovnaft im Stadtteil Vlčie hrdlo verarbeitet fast ausschließlich russisches Öl.
Jaishankar reiste am Samstag weiter nach Prag.
"""

# ---------------------------------------------------------------- b109de03 (EID Energie Informationsdienst)
DE03 = """
Preisdeckel in Kraft – Indien will ihn nicht mittragen

Neu-Delhi/Hamburg (EID) – Am ersten Tag des westlichen Preisdeckels für russisches Rohöl hat Indien klargemacht, dass es sich der Maßnahme nicht anschließen wird.
Außenminister Subrahmanyam Jaishankar sagte am Montag nach einem Treffen mit Bundesaußenministerin Annalena Baerbock in Neu-Delhi, die Europäische Union habe seit Februar sechsmal so viel fossile Energie aus Russland eingeführt wie Indien.
Es sei „nicht fair“, von Indien etwas anderes zu verlangen, solange Europa selbst seine Wahl treffe.
Baerbock entgegnete, Deutschland werde Indien nicht vorschreiben, woher es seine Energie beziehe, doch jedes Barrel russischen Öls fülle Putins Kriegskasse.
Beide Minister unterzeichneten ein Abkommen über Migration und Mobilität, das indischen Fachkräften den Weg nach Deutschland erleichtern soll.

Seit Montag dürfen Reedereien, Versicherer und Banken aus den G7-Staaten, der EU und Australien russisches Rohöl nur noch befördern oder versichern, wenn es zu höchstens 60 Dollar je Barrel verkauft wird.
Zugleich trat das EU-Embargo für russisches Rohöl auf dem Seeweg in Kraft.
Brent notierte am Montagnachmittag bei rund 83 Dollar, Urals wurde in Primorsk mit einem Abschlag von mehr als 20 Dollar gehandelt.

Indische Raffinerien haben ihre Käufe russischen Öls seit dem Frühjahr stark ausgeweitet.
Im November kamen nach Daten des Analysehauses Kpler mehr als ein Fünftel der indischen Rohölimporte aus Russland, das damit erstmals vor dem Irak lag.
Die Ladungen werden überwiegend von Händlern in Dubai vermittelt und teils in Dirham bezahlt.
Ölminister Hardeep Singh Puri hatte bereits in der vergangenen Woche erklärt, sein Land werde weiter dort kaufen, wo es am günstigsten sei.

Vizepremier Alexander Nowak hatte am Sonntag gedroht, Russland werde kein Öl an Länder liefern, die den Deckel anwenden, und notfalls die Förderung drosseln.
Kremlsprecher Dmitri Peskow sagte am Montag, Russland werde die Obergrenze nicht akzeptieren und bereite eine Antwort vor.
Der ukrainische Präsident Wolodymyr Selenskyj hatte die Schwelle von 60 Dollar bereits am Samstag als „nicht ernst zu nehmen“ kritisiert und eine deutlich niedrigere Grenze verlangt.

Für die deutschen Raffinerien ändert sich durch den Deckel wenig, denn russisches Pipeline-Öl beziehen Schwedt und Leuna ohnehin nur noch bis Jahresende.
Baerbock besucht am Dienstag ein Solarprojekt am Stadtrand von Neu-Delhi, bevor sie nach Berlin zurückfliegt.
"""

# ---------------------------------------------------------------- b109de04 (Grafschafter Nachrichten)
DE04 = """
Milliarden Rupien, mit denen Moskau nichts anfangen kann

Benaulim/Nordhorn. Russland sitzt nach Angaben seines Außenministers Sergej Lawrow auf Milliarden indischer Rupien, die es kaum ausgeben kann.
„Wir haben Milliarden Rupien auf indischen Banken angesammelt“, sagte Lawrow am Freitag am Rande des Außenministertreffens der Shanghaier Organisation für Zusammenarbeit (SOZ) im Küstenort Benaulim in Goa.
Das Geld müsse genutzt werden, dafür müsse es aber in eine andere Währung getauscht werden, verlangte Lawrow.

Hintergrund ist der Ölhandel: Indien kauft seit dem Frühjahr 2022 in großem Stil russisches Rohöl mit Rabatt, während die indischen Ausfuhren nach Russland gering bleiben.
Der bilaterale Handel erreichte im Finanzjahr bis Ende März einen Rekord von mehr als 49 Milliarden Dollar, davon entfielen nur rund drei Milliarden auf Waren aus Indien.
Beide Regierungen hatten seit dem vergangenen Jahr über einen Mechanismus zur Abrechnung in Rupien verhandelt.
Nach Berichten vom Donnerstag wurden die Gespräche ergebnislos auf Eis gelegt.

Am Donnerstagabend war Lawrow mit seinem indischen Kollegen Subrahmanyam Jaishankar zu einem bilateralen Gespräch zusammengekommen.
Jaishankar erklärte anschließend, man habe über Handel, Energie und die Lage in der Ukraine gesprochen, Indien stehe weiter für „Dialog und Diplomatie“.
Ebenfalls am Donnerstag traf Lawrow den chinesischen Außenminister Qin Gang.

Lawrow nutzte seinen Auftritt auch, um den Drohnenangriff auf den Kreml in der Nacht zum Mittwoch als „feindseligen Akt“ zu bezeichnen, für den Kiew und Washington verantwortlich seien.
Der ukrainische Präsident Wolodymyr Selenskyj hatte jede Beteiligung bereits am Mittwoch bestritten.
Zudem stellte Lawrow die Verlängerung des Getreideabkommens infrage, das am 18. Mai ausläuft.
Die Zusagen an Russland seien nicht erfüllt worden, sagte er.

Auch in der Grafschaft wird der Ölhandel mit Indien aufmerksam verfolgt.
Ein Sprecher der BP-Raffinerie im benachbarten Lingen sagte den GN, man verarbeite seit Dezember kein russisches Rohöl mehr.
Diesel aus indischen Raffinerien, die russisches Öl verarbeiten, gelange über Rotterdam aber weiterhin auf den europäischen Markt.
Das nächste SOZ-Gipfeltreffen soll im Juli unter indischem Vorsitz stattfinden; erwartet wird auch Kremlchef Wladimir Putin.
"""

# ---------------------------------------------------------------- b109de05 (südasien)
DE05 = """
Zehn Jahre russisches Öl für Jamnagar: Rosneft und Reliance schließen Rekordvertrag

Der russische Staatskonzern Rosneft soll dem indischen Konzern Reliance Industries zehn Jahre lang knapp 500.000 Barrel Rohöl täglich liefern.
Die Vereinbarung, über die am Donnerstag zuerst Branchenkreise berichteten, hat einen Wert von rund 13 Milliarden Dollar jährlich und ist der größte Liefervertrag in der Geschichte der Ölbeziehungen beider Länder.
Die ersten Ladungen sollen im Januar in der Raffinerie Jamnagar am Golf von Kachchh eintreffen.
Bezahlt wird nach Angaben aus Branchenkreisen überwiegend in Rupien und Dirham.

Russland ist seit 2023 Indiens wichtigster Öllieferant.
Im November kam mehr als ein Drittel der indischen Rohölimporte aus Russland, zu Preisen, die nach Schätzungen weiterhin mehrere Dollar unter denen der Konkurrenz aus dem Nahen Osten liegen.

Politisch wurde das Geschäft in Moskau vorbereitet.
Am Dienstag empfing Präsident Wladimir Putin den indischen Verteidigungsminister Rajnath Singh im Kreml.
Putin sagte, die Beziehungen entwickelten sich „in allen Bereichen“, und er nehme die Einladung zu einem Besuch in Indien im kommenden Jahr gern an.
Am Vortag hatte Singh in Kaliningrad die Übergabe der in Russland gebauten Fregatte INS Tushil an die indische Marine verfolgt.

Zugleich bemüht sich Neu-Delhi, als möglicher Vermittler im Gespräch zu bleiben.
Außenminister Subrahmanyam Jaishankar sagte am vergangenen Samstag auf dem Doha-Forum, Indien spreche mit beiden Seiten und sei bereit zu helfen, wenn dies gewünscht werde.
Der ukrainische Außenminister Andrij Sybiha begrüßte am Mittwoch das Angebot.
Er verlangte aber, Neu-Delhi solle seine Ölimporte aus Russland verringern, weil sie Putins Kriegsmaschine finanzierten.

Aus Washington kam verhaltene Kritik.
Man beobachte die Vereinbarung genau und erwarte von Partnern, dass sie Russland keine zusätzlichen Einnahmen verschafften, hieß es im US-Außenministerium.
Die EU-Außenminister wollen am Montag ihr 15. Sanktionspaket beschließen, das weitere Tanker der russischen Schattenflotte trifft.
Für Reliance ist das bislang ohne Folgen: Der Konzern exportiert aus Jamnagar einen großen Teil seines Diesels nach Europa, raffiniert aus russischem Rohöl.
"""

# ---------------------------------------------------------------- b109de06 (Brennstoffspiegel)
DE06 = """
Frist abgelaufen: Indiens Raffinerien wenden sich von Rosneft und Lukoil ab

Mit dem Ablauf der amerikanischen Übergangsfrist für Geschäfte mit Rosneft und Lukoil am Freitag haben die großen indischen Raffinerien ihre Käufe bei den beiden russischen Konzernen weitgehend eingestellt.
Reliance Industries, der größte Einzelabnehmer russischen Öls in Indien, hatte bereits am Donnerstag mitgeteilt, in seiner Exportraffinerie in Jamnagar kein russisches Rohöl mehr zu verarbeiten.
Hintergrund ist auch das Verbot der EU für Einfuhren von Diesel und anderen Produkten aus russischem Rohöl, das ab dem 21. Januar gilt.

Das US-Finanzministerium hatte Rosneft und Lukoil am 22. Oktober auf die Sanktionsliste gesetzt und Geschäftspartnern eine Frist von einem Monat zur Abwicklung laufender Verträge eingeräumt.
Finanzminister Scott Bessent drohte damals Käufern russischen Öls mit weiteren Strafmaßnahmen.
Präsident Donald Trump hatte schon Mitte Oktober behauptet, Premierminister Narendra Modi habe ihm zugesagt, kein Öl mehr aus Russland zu kaufen.
Neu-Delhi hatte ein solches Gespräch nicht bestätigt.

Am 10. November stellte Trump in Aussicht, die seit dem 27. August geltenden US-Strafzölle von 50 Prozent auf indische Waren „irgendwann“ zu senken, weil Indien weitgehend aufgehört habe, russisches Öl zu kaufen.
Ein Handelsabkommen sei „sehr nahe“, sagte Trump.

Kremlsprecher Dmitri Peskow sagte am Freitag, Russland werde Wege finden, seine Partner weiter zu beliefern.
Die US-Sanktionen seien rechtswidrig und schadeten dem Weltmarkt, warf er Washington vor.
Präsident Wladimir Putin wird Anfang Dezember zu einem Staatsbesuch in Neu-Delhi erwartet, bei dem es auch um Öllieferungen gehen soll.
Der ukrainische Präsident Wolodymyr Selenskyj begrüßte in seiner abendlichen Videoansprache am Donnerstag die Zurückhaltung der indischen Käufer.
Er forderte die Partner auf, den Druck auf Moskaus Energieeinnahmen aufrechtzuerhalten.

Am deutschen Markt schlug sich die Entwicklung vor allem beim Diesel nieder.
Die Marge der Raffinerien für Gasöl stieg in dieser Woche auf den höchsten Stand seit Anfang 2024, Heizöl verteuerte sich im Bundesdurchschnitt um rund drei Euro je 100 Liter.
Händler erwarten, dass indische Raffinerien verstärkt Rohöl aus dem Nahen Osten, den USA und Brasilien nachfragen und weniger Diesel nach Europa liefern.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b109de01_biden_modi_oel_2022_04", "2022-04-12", DE01,
        [
            T("Montag", "DATE", "2022-04-11"),
            T("rund einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("den vergangenen Wochen", "DATE", "PAST_REF"),
            T("selben Tag", "DATE", "2022-04-11"),
            T("einem einzigen Tag", "DURATION", "P1D"),
            T("einem Monat", "DURATION", "P1M"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Ende März", "DATE", "2022-03", mod="END"),
            T("1. April", "DATE", "2022-04-01"),
            T("März", "DATE", "2022-03", 1),
            T("Dienstag", "DATE", "2022-04-12"),
            T("Mitte Mai", "DATE", "2022-05", mod="MID"),
            T("Mai", "DATE", "2022-05", 1),
        ],
        [
            E("Biden and Modi hold a video call", "CONSULT", ["Joe Biden"], "2022-04-11", "text", "occurred",
              "in einer rund einstündigen Videoschalte"),
            E("Biden urges Modi not to raise imports of Russian oil", "REQUEST", ["Joe Biden"], "2022-04-11", "text",
              "occurred", "in einer rund einstündigen Videoschalte"),
            E("Biden offers to help India develop other energy sources", "REQUEST", ["Joe Biden"], "2022-04-11",
              "context", "occurred", "Zugleich habe der Präsident angeboten"),
            E("Modi's repeated phone calls with Putin", "CONSULT", ["Vladimir Putin"], "PAST_REF", "vague", "occurred",
              "mehrfach mit dem russischen Präsidenten"),
            E("Modi's repeated phone calls with Zelensky", "CONSULT", ["Volodymyr Zelensky"], "PAST_REF", "vague",
              "occurred", "mehrfach mit dem russischen Präsidenten"),
            E("Modi urges Putin and Zelensky to hold direct talks", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
              "PAST_REF", "vague", "occurred", "mehrfach mit dem russischen Präsidenten"),
            E("US–India 2+2 dialogue of foreign and defence ministers in Washington", "CONSULT",
              ["Antony Blinken", "United States"], "2022-04-11", "text", "occurred", "zu ihrem sogenannten 2+2-Dialog"),
            E("Jaishankar retorts that Europe buys more Russian oil in a day than India in a month", "ACCUSE",
              ["European Union"], "2022-04-11", "context", "occurred", "reagierte Jaishankar gereizt"),
            E("Blinken expects partners not to undermine the sanctions against Moscow", "REQUEST",
              ["Antony Blinken", "Russia"], "2022-04-11", "context", "occurred",
              "Blinken sagte, jedes Land treffe seine eigenen Entscheidungen"),
            E("Daleep Singh warns of consequences for countries that circumvent the sanctions", "THREATEN",
              ["United States"], "2022-03", "text", "occurred", "Ende März hatte der stellvertretende",
              date_mod="END", note="Singh was in New Delhi on 30-31 March 2022"),
            E("Modi receives Lavrov", "CONSULT", ["Sergey Lavrov"], "2022-04-01", "text", "occurred",
              "Am 1. April empfing Modi"),
            E("Lavrov offers to supply India with any goods it wants to buy", "REQUEST", ["Sergey Lavrov"],
              "2022-04-01", "context", "occurred", "Am 1. April empfing Modi"),
            E("Russian oil companies sell Urals to Indian refiners at discounts since March", "COOPERATE", ["Russia"],
              "2022-03", "text", "occurred", "Russische Ölkonzerne gewähren", date_mod="START"),
            E("Peskov praises New Delhi's balanced stance", "SUPPORT", ["Dmitry Peskov"], "2022-04-12", "text",
              "occurred", "Kremlsprecher Dmitri Peskow lobte"),
            E("Peskov accuses Washington of dictating its terms to sovereign states", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2022-04-12", "context", "occurred",
              "Zugleich warf er Washington vor"),
            E("Biden and Modi to meet in person at the Quad summit in Tokyo", "CONSULT", ["Joe Biden"], "2022-05",
              "text", "planned", "beim Quad-Gipfel in Tokio"),
        ],
        [
            S("Joe Biden, via White House", "Raising imports of Russian oil is not in India's interest", "2022-04-11",
              "context", "Das liege nicht im Interesse Indiens"),
            S("Joe Biden, via White House", "Biden offered to help India develop other energy sources", "2022-04-11",
              "context", "Zugleich habe der Präsident angeboten"),
            S("Antony Blinken", "Every country makes its own decisions, but partners should not undermine sanctions",
              "2022-04-11", "context", "Blinken sagte, jedes Land treffe seine eigenen Entscheidungen"),
            S("United States", "Singh warns of consequences for countries that actively circumvent the sanctions",
              "2022-03", "text", "Ende März hatte der stellvertretende"),
            S("Sergey Lavrov", "Russia is ready to supply India with any goods it wants to buy", "2022-04-01",
              "context", "Am 1. April empfing Modi"),
            S("Dmitry Peskov", "Praises New Delhi's balanced stance", "2022-04-12", "text",
              "Kremlsprecher Dmitri Peskow lobte"),
            S("Dmitry Peskov", "Washington wants to dictate its terms to sovereign states", "2022-04-12", "context",
              "Zugleich warf er Washington vor"),
        ],
        ["Joe Biden", "White House", "United States", "Russia", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine",
         "United Nations", "Antony Blinken", "European Union", "Sergey Lavrov", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b109de02_jaishankar_globsec_2022_06", "2022-06-04", DE02,
        [
            T("Freitag", "DATE", "2022-06-03", 0),
            T("selben Tag", "DATE", "2022-06-03"),
            T("sechs Monaten", "DURATION", "P6M"),
            T("acht Monaten", "DURATION", "P8M"),
            T("Montag", "DATE", "2022-05-30"),
            T("Freitag", "DATE", "2022-06-03", 1),
            T("März", "DATE", "2022-03"),
            T("Mai", "DATE", "2022-05"),
            T("Donnerstag", "DATE", "2022-06-02"),
            T("Frühjahr", "DATE", "2022-SP"),
            T("Samstag", "DATE", "2022-06-04"),
        ],
        [
            E("Jaishankar demands that Europe give up the mindset that its problems are the world's problems",
              "REQUEST", ["European Union"], "2022-06-03", "text", "occurred",
              "Europa müsse sich von der Denkweise lösen"),
            E("Jaishankar counters that Europe's purchases of Russian gas finance the war", "ACCUSE",
              ["European Union"], "2022-06-03", "context", "occurred", "antwortete er mit einer Gegenfrage"),
            E("India calls for an end to the violence", "REQUEST", ["Russia", "Ukraine"], "2022-06-03", "context",
              "occurred", "Indien fordere ein Ende der Gewalt"),
            E("India offers to mediate between Moscow and Kyiv", "REQUEST", ["Russia", "Ukraine"], "2022-06-03",
              "context", "occurred", "Indien fordere ein Ende der Gewalt"),
            E("EU member states formally adopt the sixth package with an embargo on seaborne Russian oil",
              "SANCTION", ["European Union", "Russia"], "2022-06-03", "text", "occurred",
              "das sechste Sanktionspaket förmlich an"),
            E("Orbán presses for an exemption for pipeline oil", "REQUEST", ["Viktor Orbán", "European Union"],
              "2022-05-30", "context", "occurred", "Auf Drängen des ungarischen Regierungschefs"),
            E("EU leaders agree a temporary exemption for pipeline oil", "AGREE", ["European Union", "Viktor Orbán"],
              "2022-05-30", "text", "occurred", "Auf Drängen des ungarischen Regierungschefs"),
            E("Peskov accuses the EU of harming its own citizens with the embargo", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-06-03", "context", "occurred",
              "Die EU schade mit dem Embargo"),
            E("India multiplies its imports of Russian crude since March", "COOPERATE", ["Russia"], "2022-03", "text",
              "occurred", "Tatsächlich hat Indien seine Einfuhren", date_mod="START"),
            E("Zelensky urges the forum to cut Russia off from energy revenue", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-06-02", "context", "occurred",
              "Er forderte die Teilnehmer auf"),
            E("Ukraine's foreign ministry asks New Delhi to forgo Russian oil", "REQUEST", ["Ukraine"], "2022-SP",
              "text", "occurred", "Das ukrainische Außenministerium hatte Neu-Delhi"),
        ],
        [
            S("Ursula von der Leyen", "The package hits the Kremlin where it hurts", "2022-06-04", "published",
              "Kommissionspräsidentin Ursula von der Leyen sprach"),
            S("Dmitry Peskov", "Russia will redirect its oil to other buyers; the world market is big enough",
              "2022-06-03", "text", "Kremlsprecher Dmitri Peskow erklärte ebenfalls"),
            S("Dmitry Peskov", "The EU harms mainly its own citizens with the embargo", "2022-06-03", "context",
              "Die EU schade mit dem Embargo"),
            S("Volodymyr Zelensky", "Russia must be denied any access to energy revenue", "2022-06-02", "context",
              "Er forderte die Teilnehmer auf"),
            S("Ukraine", "Asks New Delhi to forgo Russian oil", "2022-SP", "text",
              "Das ukrainische Außenministerium hatte Neu-Delhi"),
        ],
        ["European Union", "Russia", "Ukraine", "Viktor Orbán", "Ursula von der Leyen", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b109de03_baerbock_delhi_preisdeckel_2022_12", "2022-12-06", DE03,
        [
            T("Montag", "DATE", "2022-12-05", 0),
            T("Februar", "DATE", "2022-02"),
            T("Montag", "DATE", "2022-12-05", 1),
            T("Montagnachmittag", "TIME", "2022-12-05TAF"),
            T("dem Frühjahr", "DATE", "2022-SP"),
            T("November", "DATE", "2022-11"),
            T("der vergangenen Woche", "DATE", "2022-W48"),
            T("Sonntag", "DATE", "2022-12-04"),
            T("Montag", "DATE", "2022-12-05", 2),
            T("Samstag", "DATE", "2022-12-03"),
            T("Jahresende", "DATE", "2022", mod="END"),
            T("Dienstag", "DATE", "2022-12-06"),
        ],
        [
            E("Baerbock meets Jaishankar in New Delhi", "CONSULT", ["Germany"], "2022-12-05", "text", "occurred",
              "nach einem Treffen mit Bundesaußenministerin"),
            E("Jaishankar: the EU imported six times as much Russian fossil energy as India", "ACCUSE",
              ["European Union"], "2022-12-05", "text", "occurred", "nach einem Treffen mit Bundesaußenministerin"),
            E("Jaishankar rejects European demands on India's oil purchases as not fair", "REJECT",
              ["European Union", "Germany"], "2022-12-05", "context", "occurred", "Es sei „nicht fair“"),
            E("Germany and India sign a migration and mobility agreement", "AGREE", ["Germany"], "2022-12-05",
              "context", "occurred", "Beide Minister unterzeichneten"),
            E("The price cap of 60 dollars per barrel on Russian crude takes effect", "SANCTION",
              ["European Union", "Russia"], "2022-12-05", "text", "occurred", "Seit Montag dürfen Reedereien",
              date_mod="START"),
            E("The EU embargo on seaborne Russian crude takes effect", "SANCTION", ["European Union", "Russia"],
              "2022-12-05", "context", "occurred", "Zugleich trat das EU-Embargo", date_mod="START"),
            E("Indian refiners expand purchases of Russian oil since spring", "COOPERATE", ["Russia"], "2022-SP",
              "text", "occurred", "Indische Raffinerien haben ihre Käufe", date_mod="START"),
            E("Novak threatens to stop supplies to countries applying the cap and to cut output", "THREATEN",
              ["Russia"], "2022-12-04", "text", "occurred", "Vizepremier Alexander Nowak hatte am Sonntag"),
            E("Peskov: Russia will not accept the price cap", "REJECT", ["Dmitry Peskov", "European Union"],
              "2022-12-05", "text", "occurred", "Russland werde die Obergrenze nicht akzeptieren"),
            E("Peskov: Russia is preparing a response", "THREATEN", ["Dmitry Peskov"], "2022-12-05", "text",
              "occurred", "Russland werde die Obergrenze nicht akzeptieren"),
            E("Zelensky criticises the 60-dollar cap as not serious", "ACCUSE", ["Volodymyr Zelensky"], "2022-12-03",
              "text", "occurred", "nicht ernst zu nehmen"),
            E("Zelensky demands a much lower price cap", "REQUEST", ["Volodymyr Zelensky"], "2022-12-03", "text",
              "occurred", "nicht ernst zu nehmen"),
        ],
        [
            S("Germany", "Germany will not prescribe India's energy sources, but every barrel of Russian oil fills "
              "Putin's war chest", "2022-12-05", "context", "Baerbock entgegnete"),
            S("Russia", "Novak: no oil for countries that apply the cap; output may be cut", "2022-12-04", "text",
              "Vizepremier Alexander Nowak hatte am Sonntag"),
            S("Dmitry Peskov", "Russia will not accept the price cap and is preparing a response", "2022-12-05",
              "text", "Russland werde die Obergrenze nicht akzeptieren"),
            S("Volodymyr Zelensky", "The 60-dollar cap is not serious; a much lower limit is needed", "2022-12-03",
              "text", "nicht ernst zu nehmen"),
        ],
        ["European Union", "Germany", "Russia", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky",
         "Ukraine"],
    ),
    doc(
        "b109de04_lawrow_goa_rupien_2023_05", "2023-05-06", DE04,
        [
            T("Freitag", "DATE", "2023-05-05"),
            T("dem Frühjahr 2022", "DATE", "2022-SP"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("dem vergangenen Jahr", "DATE", "2022"),
            T("Donnerstag", "DATE", "2023-05-04", 0),
            T("Donnerstagabend", "TIME", "2023-05-04TEV"),
            T("Donnerstag", "DATE", "2023-05-04", 1),
            T("der Nacht zum Mittwoch", "TIME", "2023-05-02TNI", note="night of 2-3 May 2023"),
            T("Mittwoch", "DATE", "2023-05-03", 1),
            T("18. Mai", "DATE", "2023-05-18"),
            T("Dezember", "DATE", "2022-12"),
            T("Juli", "DATE", "2023-07"),
        ],
        [
            E("Lavrov demands that Russia's rupee holdings be converted into another currency", "REQUEST",
              ["Sergey Lavrov"], "2023-05-05", "context", "occurred", "Das Geld müsse genutzt werden"),
            E("India buys discounted Russian crude on a large scale since spring 2022", "COOPERATE", ["Russia"],
              "2022-SP", "text", "occurred", "Indien kauft seit dem Frühjahr 2022", date_mod="START"),
            E("India and Russia negotiate a rupee settlement mechanism since last year", "CONSULT", ["Russia"],
              "2022", "text", "occurred", "Beide Regierungen hatten seit dem vergangenen Jahr", date_mod="START"),
            E("The rupee settlement talks are put on hold without result", "REJECT", ["Russia"], "2023-05-04",
              "text", "uncertain", "Nach Berichten vom Donnerstag",
              note="reported on Thursday; the day of the suspension is not given"),
            E("Lavrov and Jaishankar hold bilateral talks in Goa", "CONSULT", ["Sergey Lavrov"], "2023-05-04TEV",
              "text", "occurred", "Am Donnerstagabend war Lawrow"),
            E("Jaishankar: India stands for dialogue and diplomacy on Ukraine", "REQUEST", ["Sergey Lavrov", "Russia"],
              "2023-05-04", "context", "occurred", "Jaishankar erklärte anschließend"),
            E("Lavrov meets China's foreign minister Qin Gang", "CONSULT", ["Sergey Lavrov", "China"], "2023-05-04",
              "text", "occurred", "Ebenfalls am Donnerstag traf Lawrow"),
            E("Drone attack on the Kremlin", "ASSAULT", ["Kremlin"], "2023-05-02TNI", "text", "occurred",
              "Lawrow nutzte seinen Auftritt auch"),
            E("Lavrov blames Kyiv and Washington for the drone attack on the Kremlin", "ACCUSE",
              ["Sergey Lavrov", "Ukraine", "United States"], "2023-05-05", "context", "occurred",
              "Lawrow nutzte seinen Auftritt auch"),
            E("Zelensky denies any involvement in the drone attack", "REJECT", ["Volodymyr Zelensky", "Kremlin"],
              "2023-05-03", "text", "occurred", "hatte jede Beteiligung bereits am Mittwoch bestritten"),
            E("Lavrov questions the extension of the grain deal expiring on 18 May", "THREATEN", ["Sergey Lavrov"],
              "2023-05-05", "context", "occurred", "Zudem stellte Lawrow die Verlängerung"),
            E("Lavrov: the promises made to Russia under the grain deal were not kept", "ACCUSE", ["Sergey Lavrov"],
              "2023-05-05", "context", "occurred", "Die Zusagen an Russland seien nicht erfüllt worden"),
            E("SCO summit under India's chair, Putin expected", "CONSULT", ["Vladimir Putin"], "2023-07", "text",
              "planned", "Das nächste SOZ-Gipfeltreffen"),
        ],
        [
            S("Sergey Lavrov", "Russia has accumulated billions of rupees in Indian banks", "2023-05-05", "text",
              "Wir haben Milliarden Rupien"),
            S("Sergey Lavrov", "The money must be used, but it has to be converted into another currency", "2023-05-05",
              "context", "Das Geld müsse genutzt werden"),
            S("Sergey Lavrov", "The drone attack on the Kremlin was a hostile act for which Kyiv and Washington are "
              "responsible", "2023-05-05", "context", "Lawrow nutzte seinen Auftritt auch"),
            S("Volodymyr Zelensky", "Denies any involvement in the drone attack", "2023-05-03", "text",
              "hatte jede Beteiligung bereits am Mittwoch bestritten"),
            S("Sergey Lavrov", "The promises made to Russia under the grain deal were not kept", "2023-05-05",
              "context", "Die Zusagen an Russland seien nicht erfüllt worden"),
        ],
        ["Sergey Lavrov", "Russia", "Ukraine", "China", "Kremlin", "United States", "Volodymyr Zelensky",
         "Vladimir Putin"],
    ),
    doc(
        "b109de05_rosneft_reliance_2024_12", "2024-12-13", DE05,
        [
            T("Zehn Jahre", "DURATION", "P10Y"),
            T("zehn Jahre", "DURATION", "P10Y"),
            T("täglich", "SET", "P1D"),
            T("Donnerstag", "DATE", "2024-12-12"),
            T("jährlich", "SET", "P1Y"),
            T("Januar", "DATE", "2025-01"),
            T("2023", "DATE", "2023"),
            T("November", "DATE", "2024-11"),
            T("Dienstag", "DATE", "2024-12-10"),
            T("kommenden Jahr", "DATE", "2025"),
            T("Vortag", "DATE", "2024-12-09"),
            T("vergangenen Samstag", "DATE", "2024-12-07"),
            T("Mittwoch", "DATE", "2024-12-11"),
            T("Montag", "DATE", "2024-12-16"),
        ],
        [
            E("Rosneft agrees to supply Reliance with nearly 500,000 barrels a day for ten years", "AGREE", ["Russia"],
              "2024-12-12", "text", "occurred", "Die Vereinbarung, über die am Donnerstag",
              note="reported on Thursday; the day of signing is not given"),
            E("First cargoes under the deal to arrive at Jamnagar", "COOPERATE", ["Russia"], "2025-01", "text",
              "planned", "Die ersten Ladungen sollen im Januar"),
            E("Russia has been India's main oil supplier since 2023", "COOPERATE", ["Russia"], "2023", "text",
              "occurred", "Russland ist seit 2023 Indiens wichtigster Öllieferant", date_mod="START"),
            E("Putin receives India's defence minister Rajnath Singh", "CONSULT", ["Vladimir Putin"], "2024-12-10",
              "text", "occurred", "Am Dienstag empfing Präsident Wladimir Putin"),
            E("Putin accepts the invitation to visit India", "AGREE", ["Vladimir Putin"], "2024-12-10", "context",
              "occurred", "er nehme die Einladung zu einem Besuch in Indien"),
            E("Putin to visit India next year", "CONSULT", ["Vladimir Putin"], "2025", "text", "planned",
              "er nehme die Einladung zu einem Besuch in Indien"),
            E("Russian-built frigate INS Tushil handed over to the Indian navy in Kaliningrad", "COOPERATE",
              ["Russia"], "2024-12-09", "text", "occurred", "Am Vortag hatte Singh in Kaliningrad"),
            E("Jaishankar: India talks to both sides and is ready to help", "REQUEST", ["Russia", "Ukraine"],
              "2024-12-07", "text", "occurred", "Indien spreche mit beiden Seiten"),
            E("Sybiha welcomes India's offer", "SUPPORT", ["Andrii Sybiha"], "2024-12-11", "text", "occurred",
              "Sybiha begrüßte am Mittwoch das Angebot"),
            E("Sybiha demands that New Delhi cut its oil imports from Russia", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2024-12-11", "context", "occurred", "Er verlangte aber, Neu-Delhi solle"),
            E("The State Department expects partners not to give Russia extra revenue", "REQUEST",
              ["United States", "Russia"], "2024-12-13", "published", "occurred", "hieß es im US-Außenministerium"),
            E("EU foreign ministers to adopt the 15th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2024-12-16", "text", "planned", "ihr 15. Sanktionspaket beschließen"),
        ],
        [
            S("Vladimir Putin", "Relations are developing in all areas; he gladly accepts the invitation to visit India",
              "2024-12-10", "context", "er nehme die Einladung zu einem Besuch in Indien"),
            S("Andrii Sybiha", "Welcomes India's offer to help", "2024-12-11", "text",
              "Sybiha begrüßte am Mittwoch das Angebot"),
            S("Andrii Sybiha", "New Delhi should cut its Russian oil imports, which finance Putin's war machine",
              "2024-12-11", "context", "Er verlangte aber, Neu-Delhi solle"),
            S("United States", "Watching the deal closely; partners should not give Russia extra revenue",
              "2024-12-13", "published", "hieß es im US-Außenministerium"),
        ],
        ["Russia", "Vladimir Putin", "Ukraine", "Andrii Sybiha", "United States", "European Union"],
    ),
    doc(
        "b109de06_raffinerien_rosneft_lukoil_2025_11", "2025-11-22", DE06,
        [
            T("Freitag", "DATE", "2025-11-21", 0),
            T("Donnerstag", "DATE", "2025-11-20", 0),
            T("dem 21. Januar", "DATE", "2026-01-21"),
            T("22. Oktober", "DATE", "2025-10-22"),
            T("einem Monat", "DURATION", "P1M"),
            T("Mitte Oktober", "DATE", "2025-10", mod="MID"),
            T("10. November", "DATE", "2025-11-10"),
            T("dem 27. August", "DATE", "2025-08-27"),
            T("irgendwann", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2025-11-21", 1),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
            T("abendlichen", "SET", "P1D"),
            T("Donnerstag", "DATE", "2025-11-20", 1),
            T("dieser Woche", "DATE", "2025-W47"),
            T("Anfang 2024", "DATE", "2024", mod="START"),
        ],
        [
            E("The US wind-down period for Rosneft and Lukoil ends and the sanctions take full effect", "SANCTION",
              ["United States", "Russia"], "2025-11-21", "text", "occurred", "Mit dem Ablauf der amerikanischen"),
            E("Reliance stops processing Russian crude at its export refinery", "SANCTION", ["Russia"], "2025-11-20",
              "text", "occurred", "Reliance Industries, der größte Einzelabnehmer",
              note="a halt of purchases, treated like a halt of deliveries"),
            E("EU ban on imports of products refined from Russian crude applies from 21 January", "SANCTION",
              ["European Union", "Russia"], "2026-01-21", "text", "planned", "Hintergrund ist auch das Verbot der EU",
              date_mod="START"),
            E("The US Treasury sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22",
              "text", "occurred", "Das US-Finanzministerium hatte Rosneft und Lukoil"),
            E("Bessent threatens buyers of Russian oil with further penalties", "THREATEN", ["United States"],
              "2025-10-22", "context", "occurred", "Finanzminister Scott Bessent drohte damals"),
            E("Trump claims Modi promised to stop buying Russian oil", "AGREE", ["Donald Trump"], "2025-10", "text",
              "uncertain", "Präsident Donald Trump hatte schon Mitte Oktober", date_mod="MID"),
            E("New Delhi does not confirm such a conversation", "REJECT", ["Donald Trump"], "2025-10", "context",
              "occurred", "Neu-Delhi hatte ein solches Gespräch nicht bestätigt", date_mod="MID"),
            E("Trump holds out the prospect of lowering the tariffs on Indian goods", "AGREE", ["Donald Trump"],
              "2025-11-10", "text", "occurred", "Am 10. November stellte Trump in Aussicht"),
            E("US 50 percent tariffs on Indian goods in force since 27 August", "SANCTION", ["United States"],
              "2025-08-27", "text", "occurred", "Am 10. November stellte Trump in Aussicht", date_mod="START"),
            E("Peskov accuses Washington of unlawful sanctions that harm the world market", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-11-21", "context", "occurred",
              "Die US-Sanktionen seien rechtswidrig"),
            E("Putin expected in New Delhi for a state visit in early December", "CONSULT", ["Vladimir Putin"],
              "2025-12", "text", "planned", "Präsident Wladimir Putin wird Anfang Dezember", date_mod="START"),
            E("Zelensky welcomes the Indian buyers' restraint", "SUPPORT", ["Volodymyr Zelensky"], "2025-11-20",
              "text", "occurred", "begrüßte in seiner abendlichen Videoansprache"),
            E("Zelensky urges partners to keep up pressure on Moscow's energy revenue", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-11-20", "context", "occurred", "Er forderte die Partner auf"),
        ],
        [
            S("United States", "Bessent threatens buyers of Russian oil with further penalties", "2025-10-22", "context",
              "Finanzminister Scott Bessent drohte damals"),
            S("Donald Trump", "Modi promised him to stop buying oil from Russia", "2025-10", "text",
              "Präsident Donald Trump hatte schon Mitte Oktober"),
            S("Donald Trump", "Will lower the tariffs on Indian goods at some point because India largely stopped "
              "buying Russian oil", "2025-11-10", "text", "Am 10. November stellte Trump in Aussicht"),
            S("Donald Trump", "A trade agreement is very close", "2025-11-10", "context",
              "Ein Handelsabkommen sei „sehr nahe“"),
            S("Dmitry Peskov", "Russia will find ways to keep supplying its partners", "2025-11-21", "text",
              "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Dmitry Peskov", "The US sanctions are unlawful and harm the world market", "2025-11-21", "context",
              "Die US-Sanktionen seien rechtswidrig"),
            S("Volodymyr Zelensky", "Welcomes the Indian buyers' restraint", "2025-11-20", "text",
              "begrüßte in seiner abendlichen Videoansprache"),
            S("Volodymyr Zelensky", "Partners must keep up the pressure on Moscow's energy revenue", "2025-11-20",
              "context", "Er forderte die Partner auf"),
        ],
        ["United States", "Russia", "European Union", "Donald Trump", "Dmitry Peskov", "Kremlin", "Vladimir Putin",
         "Volodymyr Zelensky", "Ukraine"],
    ),
]
