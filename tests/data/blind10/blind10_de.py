"""German articles of the blind10 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b10de01
DE01 = dict(
    id="b10de01_pariser_krisentreffen_2025_02",
    lang="de",
    published="2025-02-18",
    body="""
Europäer beraten in Paris über die Ukraine – Streit über Friedenstruppe

Nach dem Vorstoß der US-Regierung für rasche Verhandlungen mit Moskau haben mehrere europäische Staats- und Regierungschefs am Montagabend in Paris über ihre Rolle bei einer möglichen Friedenslösung für die Ukraine beraten.
Frankreichs Präsident Emmanuel Macron hatte kurzfristig in den Élysée-Palast geladen, nachdem Washington hatte durchblicken lassen, die Europäer nicht unmittelbar an den Gesprächen zu beteiligen.
Neben Kanzler Olaf Scholz waren unter anderem der britische Premier Keir Starmer, Italiens Regierungschefin Giorgia Meloni, Polens Ministerpräsident Donald Tusk, NATO-Generalsekretär Mark Rutte und EU-Kommissionspräsidentin Ursula von der Leyen angereist.
Ein gemeinsames Abschlussdokument gab es nach gut dreieinhalb Stunden nicht.

Vor allem die Frage, ob europäische Soldaten einen künftigen Waffenstillstand absichern sollten, spaltete die Runde.
Starmer hatte bereits am Wochenende erklärt, Großbritannien sei bereit, im Fall einer Einigung eigene Truppen in die Ukraine zu entsenden.
Scholz zeigte sich darüber nach dem Treffen „etwas irritiert“: Eine solche Debatte komme zur völligen Unzeit, solange noch gekämpft werde, sagte der Kanzler vor Journalisten.
Auch Tusk winkte ab: Polen plane nicht, Soldaten in die Ukraine zu schicken, werde aber Länder, die dazu bereit seien, logistisch unterstützen.
Meloni soll in der Runde Zweifel geäußert haben, ob ein solcher Einsatz überhaupt wirksam wäre.

Einig waren sich die Teilnehmer nach Angaben aus Diplomatenkreisen darin, dass Europa deutlich mehr für die eigene Verteidigung ausgeben müsse.
Von der Leyen schrieb im Anschluss auf X, die Ukraine verdiene „Frieden durch Stärke“, und kündigte an, die EU werde ihre Verteidigungsausgaben kräftig hochfahren.
Rutte forderte die Europäer auf, konkrete Vorschläge vorzulegen, statt sich über fehlende Einladungen zu beklagen.
Macron telefonierte nach Angaben des Élysée noch vor Beginn des Treffens rund 20 Minuten mit US-Präsident Donald Trump.

Das Treffen fand am Vorabend erster direkter Gespräche zwischen Washington und Moskau seit Jahren statt.
US-Außenminister Marco Rubio und sein russischer Amtskollege Sergej Lawrow wollen sich an diesem Dienstag in der saudischen Hauptstadt Riad treffen, um eine Annäherung auszuloten und ein mögliches Gipfeltreffen zwischen Trump und Kremlchef Wladimir Putin vorzubereiten.
Lawrow hatte am Montag gesagt, er sehe keinen Sinn darin, die Europäer an den Verhandlungstisch zu holen, wenn diese den Krieg lediglich „einfrieren“ wollten.
Kremlsprecher Dmitri Peskow erklärte, Moskau erwarte von dem Treffen vor allem eine Normalisierung der bilateralen Beziehungen.

Der ukrainische Präsident Wolodymyr Selenskyj stellte unterdessen klar, Kiew werde keine Vereinbarung anerkennen, die ohne seine Beteiligung getroffen werde.
Selenskyj hielt sich am Montag zu einem Besuch in den Vereinigten Arabischen Emiraten auf und wird in den kommenden Tagen in Saudi-Arabien und der Türkei erwartet.
Schon Mitte der Woche will Macron weitere EU-Staaten sowie Kanada zu einer Videoschalte zusammenbringen.
""",
    timexes=[
        T("Montagabend", "TIME", "2025-02-17TEV"),
        T("gut dreieinhalb Stunden", "DURATION", "PT3H30M", mod="APPROX"),
        T("Wochenende", "DATE", "2025-W07-WE"),
        T("rund 20 Minuten", "DURATION", "PT20M", mod="APPROX"),
        T("Jahren", "DURATION", "PXY"),
        T("diesem Dienstag", "DATE", "2025-02-18"),
        T("Montag", "DATE", "2025-02-17"),
        T("Montag", "DATE", "2025-02-17", n=1),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Mitte der Woche", "DATE", "2025-W08", mod="MID"),
    ],
    events=[
        E("European leaders meet in Paris on Ukraine and a possible peace settlement", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk", "Mark Rutte",
           "Ursula von der Leyen"], "2025-02-17TEV", "text", "occurred", "am Montagabend in Paris über ihre Rolle"),
        E("Paris meeting ends without a joint final document", "REJECT",
          ["Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk"],
          "2025-02-17TEV", "context", "occurred", "Ein gemeinsames Abschlussdokument gab es"),
        E("Starmer offers to send British troops to Ukraine in case of a settlement", "MOBILIZE",
          ["Keir Starmer", "United Kingdom", "Ukraine"], "2025-W07-WE", "text", "planned",
          "Starmer hatte bereits am Wochenende erklärt",
          note="offer made at the weekend; a deployment only after an agreement"),
        E("Scholz rejects a debate on peacekeeping troops as premature", "REJECT", ["Olaf Scholz"],
          "2025-02-17TEV", "context", "occurred", "Scholz zeigte sich darüber nach dem Treffen"),
        E("Tusk rules out sending Polish soldiers to Ukraine", "REJECT", ["Donald Tusk", "Poland"],
          "2025-02-17TEV", "context", "occurred", "Auch Tusk winkte ab"),
        E("Tusk promises logistical support to countries that send troops", "AGREE", ["Donald Tusk", "Poland"],
          "2025-02-17TEV", "context", "occurred", "Auch Tusk winkte ab"),
        E("Participants agree Europe must spend more on its own defence", "AGREE",
          ["Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk", "Mark Rutte",
           "Ursula von der Leyen"], "2025-02-17TEV", "context", "occurred", "Einig waren sich die Teilnehmer"),
        E("Rutte calls on Europeans to present concrete proposals", "REQUEST", ["Mark Rutte", "NATO"],
          "2025-02-17TEV", "context", "occurred", "Rutte forderte die Europäer auf"),
        E("Macron phones Trump before the meeting", "CONSULT", ["Emmanuel Macron", "Donald Trump"],
          "2025-02-17", "context", "occurred", "Macron telefonierte nach Angaben des Élysée"),
        E("Rubio and Lavrov to meet in Riyadh", "CONSULT",
          ["Marco Rubio", "Sergey Lavrov", "United States", "Russia"], "2025-02-18", "text", "planned",
          "wollen sich an diesem Dienstag in der saudischen Hauptstadt Riad treffen"),
        E("Possible Trump–Putin summit to be prepared", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-02-18", "published", "uncertain", "wollen sich an diesem Dienstag in der saudischen Hauptstadt Riad treffen",
          note="no date given; only its preparation is planned"),
        E("Lavrov rejects a place for the Europeans at the negotiating table", "REJECT", ["Sergey Lavrov"],
          "2025-02-17", "text", "occurred", "Lawrow hatte am Montag gesagt"),
        E("Zelensky rejects any agreement made without Ukraine", "REJECT", ["Volodymyr Zelensky", "Ukraine"],
          "2025-02-18", "published", "occurred", "Kiew werde keine Vereinbarung anerkennen"),
        E("Zelensky visits the United Arab Emirates", "CONSULT", ["Volodymyr Zelensky"], "2025-02-17", "text",
          "occurred", "zu einem Besuch in den Vereinigten Arabischen Emiraten",
          note="the UAE is not a canonical actor"),
        E("Zelensky expected in Saudi Arabia and Turkey", "CONSULT",
          ["Volodymyr Zelensky", "Saudi Arabia", "Turkey"], "FUTURE_REF", "vague", "planned",
          "zu einem Besuch in den Vereinigten Arabischen Emiraten"),
        E("Macron to convene further EU states and Canada by video", "CONSULT", ["Emmanuel Macron"],
          "2025-W08", "text", "planned", "Schon Mitte der Woche will Macron", date_mod="MID"),
    ],
    statements=[
        S("Keir Starmer", "UK ready to send troops to Ukraine if there is an agreement", "2025-W07-WE", "text",
          "Starmer hatte bereits am Wochenende erklärt"),
        S("Olaf Scholz", "Irritated; the troop debate comes at the wrong time while fighting goes on", "2025-02-17",
          "context", "Scholz zeigte sich darüber nach dem Treffen"),
        S("Donald Tusk", "Poland will not send soldiers but will support others logistically", "2025-02-17",
          "context", "Auch Tusk winkte ab"),
        S("Giorgia Meloni", "Doubts that such a deployment would be effective", "2025-02-17", "context",
          "Meloni soll in der Runde Zweifel"),
        S("Ursula von der Leyen", "Ukraine deserves peace through strength; EU will raise defence spending",
          "2025-02-17", "context", "Von der Leyen schrieb im Anschluss auf X"),
        S("Mark Rutte", "Europeans should present concrete proposals instead of complaining", "2025-02-17",
          "context", "Rutte forderte die Europäer auf"),
        S("France", "Macron spoke with Trump for about 20 minutes before the meeting", "2025-02-18", "published",
          "Macron telefonierte nach Angaben des Élysée"),
        S("Sergey Lavrov", "No point in bringing Europeans to the table if they only want to freeze the war",
          "2025-02-17", "text", "Lawrow hatte am Montag gesagt"),
        S("Dmitry Peskov", "Moscow expects mainly a normalisation of bilateral relations", "2025-02-18", "published",
          "Kremlsprecher Dmitri Peskow erklärte"),
        S("Volodymyr Zelensky", "Kyiv will not recognise any agreement made without it", "2025-02-18", "published",
          "Kiew werde keine Vereinbarung anerkennen"),
    ],
    actors=["Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk", "Mark Rutte",
            "Ursula von der Leyen", "Donald Trump", "Marco Rubio", "Sergey Lavrov", "Vladimir Putin",
            "Dmitry Peskov", "Volodymyr Zelensky", "France", "Germany", "United Kingdom", "Poland", "NATO",
            "European Union", "United States", "Russia", "Ukraine", "Kremlin", "Saudi Arabia", "Turkey"],
)

# ---------------------------------------------------------------- b10de02
DE02 = dict(
    id="b10de02_eu_sondergipfel_aufruestung_2025_03",
    lang="de",
    published="2025-03-07",
    body="""
EU-Sondergipfel: 26 Staaten stellen sich hinter Kiew – Orbán schert aus

Die Europäische Union will angesichts des Kurswechsels in Washington massiv in ihre Verteidigung investieren.
Bei einem Sondergipfel in Brüssel billigten die Staats- und Regierungschefs am Donnerstag die Grundzüge eines Aufrüstungsplans von Kommissionschefin Ursula von der Leyen, der insgesamt bis zu 800 Milliarden Euro mobilisieren soll.
Teil davon sind Kredite über 150 Milliarden Euro, mit denen die Mitgliedstaaten gemeinsam Rüstungsgüter beschaffen können.

Bei der Erklärung zur Ukraine kam dagegen keine Einstimmigkeit zustande.
Ungarns Regierungschef Viktor Orbán verweigerte dem Text seine Zustimmung, sodass die übrigen 26 Mitgliedstaaten ihn als eigene Erklärung veröffentlichten.
Darin sichern sie Kiew weiterhin politische, finanzielle und militärische Hilfe zu und betonen, es dürfe keine Verhandlungen über die Ukraine ohne die Ukraine geben.
Orbán hatte bereits am Mittwoch verlangt, die EU solle nach dem Vorbild der USA direkte Gespräche mit Moskau aufnehmen.

Der ukrainische Präsident Wolodymyr Selenskyj, der persönlich nach Brüssel gereist war, dankte den Europäern für ihre Rückendeckung.
Man sei „nicht allein“, sagte er vor Beginn der Beratungen.
Zugleich kündigte er an, dass sich eine ukrainische Delegation in der kommenden Woche in Saudi-Arabien mit Vertretern der US-Regierung treffen werde.
Washington hatte Anfang der Woche die Militärhilfe für Kiew auf Eis gelegt, nachdem ein Treffen Selenskyjs mit US-Präsident Donald Trump im Weißen Haus vor einer Woche im Eklat geendet hatte.

Für Aufsehen sorgte ein Vorstoß von Frankreichs Präsident Emmanuel Macron.
Er hatte am Mittwochabend in einer Fernsehansprache angeboten, mit den europäischen Partnern über einen Schutz durch die französischen Atomwaffen zu sprechen.
Der Kreml reagierte scharf: Außenminister Sergej Lawrow nannte die Rede eine „Bedrohung“ für Russland, Kremlchef Wladimir Putin verglich Macron am Donnerstag mit Napoleon.
Kanzler Olaf Scholz gab sich zurückhaltend und mahnte, die nukleare Teilhabe mit den USA dürfe nicht aufgegeben werden.

In der Nacht zum Freitag überzog Russland die Ukraine erneut mit Raketen und Drohnen.
Ziel seien vor allem Gas- und Energieanlagen gewesen, teilte das Energieministerium in Kiew mit.
Trump schrieb daraufhin auf seiner Plattform Truth Social, er erwäge wegen der Angriffe umfangreiche Bankensanktionen gegen Russland, bis eine Waffenruhe vereinbart sei.
Beide Seiten müssten sich „sofort an den Tisch setzen“, bevor es zu spät sei, fügte der US-Präsident hinzu.
""",
    timexes=[
        T("Donnerstag", "DATE", "2025-03-06"),
        T("Mittwoch", "DATE", "2025-03-05"),
        T("der kommenden Woche", "DATE", "2025-W11"),
        T("Anfang der Woche", "DATE", "2025-W10", mod="START"),
        T("vor einer Woche", "DATE", "2025-W09"),
        T("Mittwochabend", "TIME", "2025-03-05TEV"),
        T("Donnerstag", "DATE", "2025-03-06", n=1),
        T("der Nacht zum Freitag", "TIME", "2025-03-06TNI", note="night to Friday"),
    ],
    events=[
        E("EU special summit in Brussels", "CONSULT", ["European Union"], "2025-03-06", "text", "occurred",
          "Bei einem Sondergipfel in Brüssel billigten"),
        E("EU leaders endorse von der Leyen's rearmament plan of up to 800 billion euros", "AGREE",
          ["European Union", "Ursula von der Leyen"], "2025-03-06", "text", "occurred",
          "Bei einem Sondergipfel in Brüssel billigten"),
        E("Orbán refuses to back the Ukraine declaration", "REJECT", ["Viktor Orbán"], "2025-03-06", "context",
          "occurred", "Ungarns Regierungschef Viktor Orbán verweigerte"),
        E("26 member states adopt the Ukraine text as their own declaration", "AGREE", ["European Union"],
          "2025-03-06", "context", "occurred", "Ungarns Regierungschef Viktor Orbán verweigerte"),
        E("26 states promise continued political, financial and military help to Kyiv", "AGREE",
          ["European Union", "Ukraine"], "2025-03-06", "context", "occurred", "Darin sichern sie Kiew"),
        E("26 states demand no negotiations about Ukraine without Ukraine", "REQUEST", ["European Union"],
          "2025-03-06", "context", "occurred", "Darin sichern sie Kiew"),
        E("Orbán demands the EU open direct talks with Moscow", "REQUEST",
          ["Viktor Orbán", "European Union", "Russia"], "2025-03-05", "text", "occurred",
          "Orbán hatte bereits am Mittwoch verlangt"),
        E("Zelensky attends the summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
          "2025-03-06", "context", "occurred", "der persönlich nach Brüssel gereist war"),
        E("Ukrainian delegation to meet US officials in Saudi Arabia", "CONSULT", ["Ukraine", "United States"],
          "2025-W11", "text", "planned", "Zugleich kündigte er an, dass sich eine ukrainische Delegation"),
        E("US suspends military aid to Ukraine", "SANCTION", ["United States", "Ukraine"], "2025-W10", "text",
          "occurred", "Washington hatte Anfang der Woche die Militärhilfe", date_mod="START"),
        E("Zelensky–Trump meeting at the White House ends in a row", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-W09", "text", "occurred",
          "Washington hatte Anfang der Woche die Militärhilfe", note="28 February 2025"),
        E("Macron offers European partners talks on protection by French nuclear weapons", "REQUEST",
          ["Emmanuel Macron", "France"], "2025-03-05TEV", "text", "occurred",
          "Er hatte am Mittwochabend in einer Fernsehansprache angeboten"),
        E("Lavrov calls Macron's speech a threat to Russia", "ACCUSE", ["Sergey Lavrov", "Emmanuel Macron"],
          "2025-03-06", "context", "occurred", "Der Kreml reagierte scharf"),
        E("Putin compares Macron with Napoleon", "ACCUSE", ["Vladimir Putin", "Emmanuel Macron"], "2025-03-06",
          "text", "occurred", "Der Kreml reagierte scharf"),
        E("Russian missile and drone attack on Ukraine's energy facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2025-03-06TNI", "text", "occurred", "In der Nacht zum Freitag überzog Russland"),
        E("Trump considers large-scale banking sanctions on Russia until a ceasefire", "SANCTION",
          ["Donald Trump", "Russia"], "2025-03-07", "published", "uncertain",
          "er erwäge wegen der Angriffe umfangreiche Bankensanktionen"),
        E("Trump urges both sides to negotiate immediately", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
          "2025-03-07", "published", "occurred", "Beide Seiten müssten sich"),
    ],
    statements=[
        S("European Union", "26 states pledge further help to Kyiv; no negotiations on Ukraine without Ukraine",
          "2025-03-06", "context", "Darin sichern sie Kiew"),
        S("Viktor Orbán", "The EU should open direct talks with Moscow like the US", "2025-03-05", "text",
          "Orbán hatte bereits am Mittwoch verlangt"),
        S("Volodymyr Zelensky", "Ukraine is not alone", "2025-03-06", "context", "Man sei „nicht allein“"),
        S("Volodymyr Zelensky", "A Ukrainian delegation will meet US officials in Saudi Arabia next week",
          "2025-03-06", "context", "Zugleich kündigte er an, dass sich eine ukrainische Delegation"),
        S("Emmanuel Macron", "Offers talks with European partners on French nuclear protection", "2025-03-05TEV",
          "text", "Er hatte am Mittwochabend in einer Fernsehansprache angeboten"),
        S("Sergey Lavrov", "Macron's speech is a threat to Russia", "2025-03-06", "context",
          "Der Kreml reagierte scharf"),
        S("Vladimir Putin", "Compares Macron with Napoleon", "2025-03-06", "text", "Der Kreml reagierte scharf"),
        S("Olaf Scholz", "Nuclear sharing with the US must not be given up", "2025-03-07", "published",
          "Kanzler Olaf Scholz gab sich zurückhaltend"),
        S("Ukraine", "The attacks targeted mainly gas and energy facilities", "2025-03-07", "published",
          "teilte das Energieministerium in Kiew mit"),
        S("Donald Trump", "Considering large-scale banking sanctions on Russia until a ceasefire", "2025-03-07",
          "published", "er erwäge wegen der Angriffe umfangreiche Bankensanktionen"),
        S("Donald Trump", "Both sides must come to the table immediately", "2025-03-07", "published",
          "Beide Seiten müssten sich"),
    ],
    actors=["European Union", "Ursula von der Leyen", "Viktor Orbán", "Ukraine", "United States", "Russia",
            "Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron", "France", "Kremlin", "Sergey Lavrov",
            "Vladimir Putin", "Olaf Scholz", "Germany"],
)

# ---------------------------------------------------------------- b10de03
DE03 = dict(
    id="b10de03_cherson_rueckzug_2022_11",
    lang="de",
    published="2022-11-10",
    body="""
Russland kündigt Rückzug aus Cherson an – Kiew bleibt misstrauisch

Russland will seine Truppen aus der südukrainischen Stadt Cherson abziehen.
Verteidigungsminister Sergej Schoigu ordnete am Mittwochnachmittag bei einem im Fernsehen übertragenen Treffen mit dem Oberbefehlshaber Sergej Surowikin an, die Soldaten auf das östliche Ufer des Dnipro zu verlegen.
Surowikin begründete den Schritt damit, dass die Versorgung der Stadt nicht länger gewährleistet sei.
Cherson war die einzige Gebietshauptstadt, die russische Einheiten seit Beginn der Invasion erobert hatten.

In Kiew reagierte man zurückhaltend.
Der Feind mache keine Geschenke, sagte Präsident Wolodymyr Selenskyj in seiner abendlichen Videoansprache.
Man gehe sehr vorsichtig vor und werde erst dann von einer Befreiung sprechen, wenn ukrainische Flaggen über der Stadt wehten.
Ein Berater des Präsidialamts warnte, Russland könne in Cherson eine Falle vorbereiten.

US-Präsident Joe Biden sagte am Mittwochabend (Ortszeit) in Washington, es sei „interessant“, dass Moskau den Schritt erst nach den Kongresswahlen bekanntgegeben habe.
Der Rückzug sei ein Beleg dafür, dass die russische Armee „echte Probleme“ habe.
US-Generalstabschef Mark Milley sprach von einem möglichen Zeitfenster für Verhandlungen im Winter.

Der Kreml betonte am Donnerstag, der Abzug ändere nichts am Status des Gebiets.
Die Region Cherson bleibe ein Subjekt der Russischen Föderation, sagte Sprecher Dmitri Peskow.
Moskau hatte die Region Ende September nach international nicht anerkannten Scheinreferenden annektiert.

Unterdessen wurde bekannt, dass Kremlchef Wladimir Putin nicht persönlich zum G20-Gipfel auf der indonesischen Insel Bali reisen wird, der kommende Woche beginnt.
Stattdessen soll Außenminister Sergej Lawrow die russische Delegation anführen.
Selenskyj will sich per Video an die Runde wenden; er hatte kürzlich gefordert, Russland von dem Treffen auszuschließen.
Bundeskanzler Olaf Scholz kündigte an, in Bali auch mit der chinesischen Führung über den Krieg sprechen zu wollen.
""",
    timexes=[
        T("Mittwochnachmittag", "TIME", "2022-11-09TAF"),
        T("abendlichen", "SET", "P1D"),
        T("Mittwochabend", "TIME", "2022-11-09TEV", note="local time (Washington)"),
        T("Winter", "DATE", "2022-WI"),
        T("Donnerstag", "DATE", "2022-11-10"),
        T("Ende September", "DATE", "2022-09", mod="END"),
        T("kommende Woche", "DATE", "2022-W46"),
        T("kürzlich", "DATE", "PAST_REF"),
    ],
    events=[
        E("Russia orders its troops to withdraw from Kherson to the east bank of the Dnipro", "RETREAT",
          ["Russia"], "2022-11-09TAF", "text", "occurred", "Verteidigungsminister Sergej Schoigu ordnete",
          note="Shoigu and Surovikin are not canonical"),
        E("Russia annexed the Kherson region after sham referendums", "COERCE", ["Russia", "Ukraine"], "2022-09",
          "text", "occurred", "Moskau hatte die Region Ende September", date_mod="END"),
        E("Putin will not travel to the G20 summit in Bali", "CONSULT", ["Vladimir Putin"], "2022-W46",
          "text", "cancelled", "nicht persönlich zum G20-Gipfel"),
        E("Lavrov to lead the Russian delegation at the G20", "CONSULT", ["Sergey Lavrov", "Russia"], "2022-W46",
          "context", "planned", "Stattdessen soll Außenminister Sergej Lawrow"),
        E("Zelensky to address the G20 by video", "CONSULT", ["Volodymyr Zelensky"], "2022-W46", "context",
          "planned", "Selenskyj will sich per Video an die Runde wenden"),
        E("Zelensky demanded Russia's exclusion from the G20 summit", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "PAST_REF", "vague", "occurred", "Selenskyj will sich per Video an die Runde wenden"),
        E("Scholz plans talks with China's leadership on the war in Bali", "CONSULT", ["Olaf Scholz", "China"],
          "2022-W46", "context", "planned", "Bundeskanzler Olaf Scholz kündigte an"),
    ],
    statements=[
        S("Russia", "Supplying the city can no longer be guaranteed", "2022-11-09", "context",
          "Surowikin begründete den Schritt"),
        S("Volodymyr Zelensky", "The enemy does not make gifts", "2022-11-09", "context",
          "Der Feind mache keine Geschenke"),
        S("Volodymyr Zelensky", "Kyiv proceeds carefully; liberation only when Ukrainian flags fly over the city",
          "2022-11-09", "context", "Man gehe sehr vorsichtig vor"),
        S("Ukraine", "Russia may be preparing a trap in Kherson", "2022-11-10", "published",
          "Ein Berater des Präsidialamts warnte"),
        S("Joe Biden", "Interesting that Moscow announced it only after the midterm elections", "2022-11-09TEV",
          "text", "US-Präsident Joe Biden sagte am Mittwochabend"),
        S("Joe Biden", "The withdrawal shows the Russian army has real problems", "2022-11-09TEV", "context",
          "Der Rückzug sei ein Beleg dafür"),
        S("United States", "A possible window for negotiations in winter", "2022-11-10", "published",
          "US-Generalstabschef Mark Milley sprach"),
        S("Kremlin", "The withdrawal does not change the region's status", "2022-11-10", "text",
          "Der Kreml betonte am Donnerstag"),
        S("Dmitry Peskov", "Kherson region remains a subject of the Russian Federation", "2022-11-10", "context",
          "Die Region Cherson bleibe ein Subjekt"),
        S("Olaf Scholz", "Wants to discuss the war with China's leadership in Bali", "2022-11-10", "published",
          "Bundeskanzler Olaf Scholz kündigte an"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "Joe Biden", "United States", "Kremlin", "Dmitry Peskov",
            "Vladimir Putin", "Sergey Lavrov", "Olaf Scholz", "Germany", "China"],
)

# ---------------------------------------------------------------- b10de04
DE04 = dict(
    id="b10de04_drohnenwall_kopenhagen_2025_10",
    lang="de",
    published="2025-10-02",
    body="""
EU-Gipfel in Kopenhagen: Drohnenabwehr soll Ostflanke schützen

Nach einer Serie von Drohnensichtungen über dänischen Flughäfen und Militärstützpunkten haben die Staats- und Regierungschefs der EU am Mittwoch in Kopenhagen über einen besseren Schutz des europäischen Luftraums beraten.
Kommissionspräsidentin Ursula von der Leyen warb bei dem informellen Treffen für einen „Drohnenwall“ entlang der Ostgrenze sowie ein Überwachungsprojekt für die gesamte Ostflanke.
Bis Ende des Jahres solle ein konkreter Fahrplan vorliegen, sagte sie.

Mehrere Staaten zeigten sich skeptisch.
Frankreichs Präsident Emmanuel Macron warnte davor, zu viele Einzelprojekte anzustoßen, und plädierte stattdessen für eine engere Zusammenarbeit der nationalen Streitkräfte.
Bundeskanzler Friedrich Merz hatte am Montag gesagt, Europa befinde sich nicht im Krieg, aber „auch nicht mehr im Frieden“.
In Kopenhagen sprach er sich dafür aus, die Drohnenabwehr zügig gemeinsam mit der NATO aufzubauen.

Wer hinter den Flügen steckt, ist nicht abschließend geklärt.
Die dänische Regierung sprach von einem „hybriden Angriff“ und schloss eine russische Beteiligung nicht aus.
Der Kreml wies jeden Zusammenhang zurück; Sprecher Dmitri Peskow sprach von „haltlosen Anschuldigungen“.
Kremlchef Wladimir Putin spottete am Donnerstag bei einem Auftritt im Schwarzmeer-Kurort Sotschi, er werde „nicht mehr“ Drohnen nach Kopenhagen schicken, und warf den Europäern vor, eine Militarisierung voranzutreiben.

Auch über die Finanzierung der Ukraine wurde gesprochen.
Die Kommission schlägt vor, eingefrorene Gelder der russischen Zentralbank für ein sogenanntes Reparationsdarlehen von bis zu 140 Milliarden Euro zu nutzen.
Belgien, wo der Großteil der Gelder verwahrt wird, meldete rechtliche Bedenken an.
Eine Entscheidung soll beim regulären Gipfel Ende Oktober fallen.

Ungarns Ministerpräsident Viktor Orbán bekräftigte sein Nein zur Eröffnung von Beitrittsverhandlungen mit der Ukraine.
Der ukrainische Präsident Wolodymyr Selenskyj, der heute am Treffen der Europäischen Politischen Gemeinschaft in der dänischen Hauptstadt teilnimmt, warf Budapest vor, die gesamte Union zu erpressen.
Heuer hat die EU bereits drei Sanktionspakete gegen Russland verabschiedet, ein 19. Paket hängt noch in den Verhandlungen fest.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-10-01"),
        T("Ende des Jahres", "DATE", "2025", mod="END"),
        T("Montag", "DATE", "2025-09-29"),
        T("Donnerstag", "DATE", "2025-10-02"),
        T("Ende Oktober", "DATE", "2025-10", mod="END"),
        T("heute", "DATE", "2025-10-02"),
        T("Heuer", "DATE", "2025"),
    ],
    events=[
        E("Informal EU summit in Copenhagen on air-space protection", "CONSULT", ["European Union"],
          "2025-10-01", "text", "occurred", "am Mittwoch in Kopenhagen über einen besseren Schutz"),
        E("Von der Leyen proposes a drone wall and an eastern-flank surveillance project", "REQUEST",
          ["Ursula von der Leyen", "European Union"], "2025-10-01", "context", "occurred",
          "warb bei dem informellen Treffen für einen „Drohnenwall“"),
        E("Macron warns against too many separate projects and calls for closer military cooperation", "REQUEST",
          ["Emmanuel Macron"], "2025-10-01", "context", "occurred", "Frankreichs Präsident Emmanuel Macron warnte"),
        E("Merz calls for building drone defence quickly together with NATO", "REQUEST",
          ["Friedrich Merz", "NATO"], "2025-10-01", "context", "occurred", "In Kopenhagen sprach er sich dafür aus"),
        E("Denmark calls the drone flights a hybrid attack and does not rule out Russian involvement", "ACCUSE",
          ["Russia"], "2025-10-02", "published", "occurred", "Die dänische Regierung sprach",
          note="Denmark is not a canonical actor"),
        E("Kremlin rejects any link to the drone flights", "REJECT", ["Kremlin", "Dmitry Peskov"], "2025-10-02",
          "published", "occurred", "Der Kreml wies jeden Zusammenhang zurück"),
        E("Putin mocks the drone accusations and accuses Europeans of militarisation", "ACCUSE",
          ["Vladimir Putin"], "2025-10-02", "text", "occurred", "Kremlchef Wladimir Putin spottete"),
        E("Commission proposes a reparations loan of up to 140 billion euros from frozen Russian assets", "AID",
          ["European Union", "Ukraine"], "2025-10-02", "published", "planned", "Die Kommission schlägt vor"),
        E("Regular EU summit at the end of October", "CONSULT", ["European Union"], "2025-10", "text", "planned",
          "Eine Entscheidung soll beim regulären Gipfel", date_mod="END"),
        E("Decision on the reparations loan expected at the October summit", "AGREE", ["European Union"],
          "2025-10", "text", "uncertain", "Eine Entscheidung soll beim regulären Gipfel", date_mod="END"),
        E("Orbán reaffirms his veto on opening accession talks with Ukraine", "REJECT", ["Viktor Orbán", "Ukraine"],
          "2025-10-01", "context", "occurred", "Ungarns Ministerpräsident Viktor Orbán bekräftigte"),
        E("Zelensky attends the European Political Community meeting in Copenhagen", "CONSULT",
          ["Volodymyr Zelensky"], "2025-10-02", "text", "occurred", "der heute am Treffen der Europäischen"),
        E("Zelensky accuses Budapest of blackmailing the EU", "ACCUSE", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2025-10-02", "context", "occurred", "der heute am Treffen der Europäischen"),
        E("EU has adopted three sanctions packages against Russia this year", "SANCTION",
          ["European Union", "Russia"], "2025", "text", "occurred", "Heuer hat die EU bereits"),
        E("19th EU sanctions package still stuck in negotiations", "SANCTION", ["European Union", "Russia"],
          "2025-10-02", "published", "uncertain", "Heuer hat die EU bereits"),
    ],
    statements=[
        S("Ursula von der Leyen", "Promotes a drone wall along the eastern border", "2025-10-01", "context",
          "warb bei dem informellen Treffen für einen „Drohnenwall“"),
        S("Ursula von der Leyen", "A concrete roadmap should be ready by the end of the year", "2025-10-01",
          "context", "Bis Ende des Jahres solle"),
        S("Emmanuel Macron", "Warns against too many separate projects; closer cooperation of armed forces",
          "2025-10-01", "context", "Frankreichs Präsident Emmanuel Macron warnte"),
        S("Friedrich Merz", "Europe is not at war but no longer at peace either", "2025-09-29", "text",
          "Bundeskanzler Friedrich Merz hatte am Montag gesagt"),
        S("Friedrich Merz", "Drone defence should be built quickly together with NATO", "2025-10-01", "context",
          "In Kopenhagen sprach er sich dafür aus"),
        S("Dmitry Peskov", "The accusations are baseless", "2025-10-02", "published",
          "Der Kreml wies jeden Zusammenhang zurück"),
        S("Vladimir Putin", "He will 'no longer' send drones to Copenhagen; Europe is militarising", "2025-10-02",
          "text", "Kremlchef Wladimir Putin spottete"),
        S("European Union", "Proposes using frozen Russian central bank assets for a reparations loan",
          "2025-10-02", "published", "Die Kommission schlägt vor"),
        S("Viktor Orbán", "Reaffirms his no to accession talks with Ukraine", "2025-10-01", "context",
          "Ungarns Ministerpräsident Viktor Orbán bekräftigte"),
        S("Volodymyr Zelensky", "Budapest is blackmailing the whole Union", "2025-10-02", "context",
          "der heute am Treffen der Europäischen"),
    ],
    actors=["European Union", "Ursula von der Leyen", "Emmanuel Macron", "France", "Friedrich Merz", "Germany",
            "NATO", "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Ukraine", "Viktor Orbán",
            "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b10de05
DE05 = dict(
    id="b10de05_kiew_regierungssitz_angriff_2025_09",
    lang="de",
    published="2025-09-08",
    body="""
Nach Großangriff auf Kiew: Trump deutet schärfere Sanktionen an

Nach dem bislang schwersten russischen Luftangriff seit Kriegsbeginn wächst in Washington und Europa der Druck auf Moskau.
In der Nacht zum Sonntag hatte Russland nach ukrainischen Angaben mehr als 800 Drohnen und gut ein Dutzend Raketen auf das Nachbarland abgefeuert.
In Kiew wurde erstmals das Gebäude des Ministerkabinetts im Regierungsviertel getroffen, auf dem Dach brach ein Feuer aus.
Mindestens vier Menschen kamen ums Leben, darunter ein Kleinkind.

US-Präsident Donald Trump zeigte sich am Sonntag vor Journalisten „nicht glücklich“ über die Entwicklung.
Auf die Frage, ob er zu einer zweiten Phase von Sanktionen gegen Russland bereit sei, antwortete er knapp: „Ja, bin ich.“
Details nannte er nicht.
Finanzminister Scott Bessent hatte zuvor erklärt, die USA und die EU könnten gemeinsam die russische Wirtschaft zum Einsturz bringen, wenn sie zusätzliche Strafzölle gegen Käufer russischen Öls verhängten.
Trump kündigte zudem an, in den kommenden Tagen mit Kremlchef Wladimir Putin sprechen zu wollen.

Der ukrainische Präsident Wolodymyr Selenskyj verlangte erneut mehr Flugabwehrsysteme.
Die Welt könne Putin zwingen, das Töten zu beenden, schrieb er auf Telegram.
Er rechne damit, Trump noch in diesem Monat am Rande der UN-Vollversammlung in New York zu treffen.

Kanzler Friedrich Merz verurteilte den Angriff als „weiteren Beleg“ dafür, dass Putin kein Interesse an Frieden habe.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, das 19. Sanktionspaket solle zügig vorgelegt werden.
Ein Gesandter der EU reist an diesem Montag nach Washington, um mit der US-Regierung über gemeinsame Strafmaßnahmen zu beraten.

Der Kreml gab sich unbeeindruckt.
Keine Sanktionen könnten Russland dazu bringen, seinen Kurs zu ändern, sagte Sprecher Dmitri Peskow am Montag.
Das Verteidigungsministerium in Moskau erklärte, es habe ausschließlich militärische Ziele und Betriebe der Rüstungsindustrie angegriffen.
""",
    timexes=[
        T("der Nacht zum Sonntag", "TIME", "2025-09-06TNI", note="night to Sunday"),
        T("Sonntag", "DATE", "2025-09-07", n=1),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("diesem Monat", "DATE", "2025-09"),
        T("diesem Montag", "DATE", "2025-09-08"),
        T("Montag", "DATE", "2025-09-08", n=1),
    ],
    events=[
        E("Largest Russian air attack on Ukraine; cabinet building in Kyiv hit", "ASSAULT", ["Russia", "Ukraine"],
          "2025-09-06TNI", "text", "occurred", "In der Nacht zum Sonntag hatte Russland"),
        E("Trump says he is ready for a second phase of sanctions on Russia", "THREATEN", ["Donald Trump", "Russia"],
          "2025-09-07", "context", "occurred", "Auf die Frage, ob er zu einer zweiten Phase"),
        E("Trump to speak with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
          "planned", "Trump kündigte zudem an"),
        E("Zelensky demands more air defence systems", "REQUEST", ["Volodymyr Zelensky"], "2025-09-08", "published",
          "occurred", "verlangte erneut mehr Flugabwehrsysteme"),
        E("Zelensky expects to meet Trump at the UN General Assembly", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-09", "text", "planned", "Er rechne damit, Trump noch"),
        E("Merz condemns the attack", "ACCUSE", ["Friedrich Merz", "Vladimir Putin"], "2025-09-08", "published",
          "occurred", "Kanzler Friedrich Merz verurteilte"),
        E("19th EU sanctions package to be presented quickly", "SANCTION",
          ["Ursula von der Leyen", "European Union", "Russia"], "2025-09-08", "published", "planned",
          "das 19. Sanktionspaket solle zügig"),
        E("EU envoy travels to Washington for talks on joint sanctions", "CONSULT", ["European Union", "United States"],
          "2025-09-08", "text", "planned", "Ein Gesandter der EU reist"),
        E("Kremlin rejects sanctions pressure", "REJECT", ["Dmitry Peskov", "Kremlin"], "2025-09-08", "text",
          "occurred", "Keine Sanktionen könnten Russland"),
    ],
    statements=[
        S("Ukraine", "Russia fired more than 800 drones and a dozen missiles", "2025-09-08", "published",
          "In der Nacht zum Sonntag hatte Russland"),
        S("Donald Trump", "Not happy with the situation", "2025-09-07", "text",
          "zeigte sich am Sonntag vor Journalisten"),
        S("Donald Trump", "Ready for a second phase of sanctions", "2025-09-07", "context",
          "Auf die Frage, ob er zu einer zweiten Phase"),
        S("United States", "US and EU could collapse the Russian economy with tariffs on buyers of Russian oil",
          "2025-09-08", "published", "Finanzminister Scott Bessent hatte zuvor erklärt"),
        S("Donald Trump", "Wants to speak with Putin in the coming days", "2025-09-07", "context",
          "Trump kündigte zudem an"),
        S("Volodymyr Zelensky", "The world can force Putin to stop the killing", "2025-09-08", "published",
          "Die Welt könne Putin zwingen"),
        S("Volodymyr Zelensky", "Expects to meet Trump this month at the UN General Assembly", "2025-09-08",
          "published", "Er rechne damit, Trump noch"),
        S("Friedrich Merz", "The attack is further proof Putin has no interest in peace", "2025-09-08",
          "published", "Kanzler Friedrich Merz verurteilte"),
        S("Ursula von der Leyen", "The 19th sanctions package will be presented quickly", "2025-09-08",
          "published", "das 19. Sanktionspaket solle zügig"),
        S("Dmitry Peskov", "No sanctions can make Russia change course", "2025-09-08", "text",
          "Keine Sanktionen könnten Russland"),
        S("Russia", "Only military targets and defence-industry sites were attacked", "2025-09-08", "published",
          "Das Verteidigungsministerium in Moskau erklärte"),
    ],
    actors=["Russia", "Ukraine", "United States", "European Union", "Donald Trump", "Vladimir Putin", "Kremlin",
            "Volodymyr Zelensky", "United Nations", "Friedrich Merz", "Germany", "Ursula von der Leyen",
            "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b10de06
DE06 = dict(
    id="b10de06_friedensgipfel_bern_zusage_2024_01",
    lang="de",
    published="2024-01-16",
    body="""
Selenskyj in Bern: Die Schweiz will einen Friedensgipfel ausrichten

Die Schweiz wird auf Wunsch der Ukraine eine internationale Friedenskonferenz auf höchster Ebene organisieren.
Das gab Bundespräsidentin Viola Amherd am Montag nach einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj in Bern bekannt.
Die Konferenz soll in den kommenden Monaten stattfinden, ein Datum und ein Ort stehen noch nicht fest.
Ziel sei es, möglichst viele Staaten – auch aus dem globalen Süden – für einen gerechten und dauerhaften Frieden zu gewinnen, sagte Amherd.

Selenskyjs Besuch war der erste offizielle Aufenthalt eines ukrainischen Staatschefs in der Schweiz seit Beginn der russischen Vollinvasion.
Er traf neben Amherd auch die Präsidenten beider Parlamentskammern und dankte für die humanitäre Hilfe.
Der Bundesrat hatte im vergangenen Jahr zusätzliche Mittel für den Wiederaufbau in Aussicht gestellt, Waffenlieferungen schliesst er wegen der Neutralität weiterhin aus.

Bereits am Sonntag hatten sich in Davos Sicherheitsberater aus 83 Staaten und Organisationen über die ukrainische Friedensformel ausgetauscht.
Geleitet wurde das Treffen vom ukrainischen Präsidialamtschef Andri Jermak und dem Schweizer Aussenminister Ignazio Cassis.
China, auf dessen Teilnahme Kiew gehofft hatte, blieb der Runde fern.
Jermak sprach danach von einem „sehr guten Signal“, räumte aber ein, dass es ohne Peking schwer werde, Russland an den Verhandlungstisch zu bringen.

In Moskau stiess der Vorstoss auf Ablehnung.
Kremlsprecher Dmitri Peskow sagte am Montag, Gespräche ohne russische Beteiligung hätten „keinerlei Aussicht“ auf ein Ergebnis.
Die ukrainische Friedensformel, die unter anderem den vollständigen Abzug der russischen Truppen vorsieht, sei für Moskau nicht annehmbar.

Am Dienstag will Selenskyj am Weltwirtschaftsforum in Davos auftreten.
Am Rande ist ein Gespräch mit US-Aussenminister Antony Blinken geplant, bei dem es um die blockierte Militärhilfe aus Washington gehen dürfte.
Im Kongress hängt ein Paket von rund 60 Milliarden Dollar seit Wochen fest, weil die Republikaner zuerst schärfere Regeln an der Grenze zu Mexiko durchsetzen wollen.
""",
    timexes=[
        T("Montag", "DATE", "2024-01-15"),
        T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        T("vergangenen Jahr", "DATE", "2023"),
        T("Sonntag", "DATE", "2024-01-14"),
        T("Montag", "DATE", "2024-01-15", n=1),
        T("Dienstag", "DATE", "2024-01-16"),
        T("Wochen", "DURATION", "PXW"),
    ],
    events=[
        E("Switzerland agrees to Ukraine's request to host a high-level peace conference", "AGREE", ["Ukraine"],
          "2024-01-15", "context", "occurred", "Die Schweiz wird auf Wunsch der Ukraine",
          note="Switzerland is not a canonical actor; announced on Monday"),
        E("Zelensky meets Swiss President Amherd in Bern", "CONSULT", ["Volodymyr Zelensky"], "2024-01-15", "text",
          "occurred", "Das gab Bundespräsidentin Viola Amherd am Montag"),
        E("High-level peace conference in Switzerland", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague", "planned",
          "Die Konferenz soll in den kommenden Monaten"),
        E("Swiss government pledged additional reconstruction funds", "AID", ["Ukraine"], "2023", "text",
          "occurred", "Der Bundesrat hatte im vergangenen Jahr"),
        E("National security advisers meet in Davos on Ukraine's peace formula", "CONSULT",
          ["Andriy Yermak", "Ukraine"], "2024-01-14", "text", "occurred", "Bereits am Sonntag hatten sich in Davos"),
        E("China stays away from the Davos meeting", "REJECT", ["China"], "2024-01-14", "context", "occurred",
          "China, auf dessen Teilnahme Kiew gehofft hatte"),
        E("Kremlin rejects talks without Russian participation", "REJECT", ["Dmitry Peskov", "Russia"],
          "2024-01-15", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        E("Zelensky to meet Blinken in Davos", "CONSULT", ["Volodymyr Zelensky", "Antony Blinken"], "2024-01-16",
          "context", "planned", "Am Rande ist ein Gespräch mit US-Aussenminister"),
        E("US aid package of about 60 billion dollars stuck in Congress", "AID", ["United States", "Ukraine"],
          "2024-01-16", "published", "uncertain", "Im Kongress hängt ein Paket"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Switzerland for its humanitarian aid", "2024-01-15", "context",
          "Er traf neben Amherd auch"),
        S("Andriy Yermak", "A very good signal, but hard to bring Russia to the table without Beijing",
          "2024-01-14", "context", "Jermak sprach danach"),
        S("Dmitry Peskov", "Talks without Russian participation have no prospect of a result", "2024-01-15",
          "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("Dmitry Peskov", "Ukraine's peace formula is unacceptable for Moscow", "2024-01-15", "context",
          "Die ukrainische Friedensformel"),
    ],
    actors=["Ukraine", "Volodymyr Zelensky", "Russia", "Andriy Yermak", "China", "Dmitry Peskov", "Kremlin",
            "Antony Blinken", "United States"],
)

# ---------------------------------------------------------------- b10de07
DE07 = dict(
    id="b10de07_g7_kananaskis_trump_abreise_2025_06",
    lang="de",
    published="2025-06-17",
    body="""
G7-Gipfel in Kanada: Trump reist vorzeitig ab – Treffen mit Selenskyj fällt aus

Beim G7-Gipfel im kanadischen Kananaskis ist ein geplantes Treffen zwischen US-Präsident Donald Trump und dem ukrainischen Präsidenten Wolodymyr Selenskyj geplatzt.
Trump verließ die Rocky Mountains bereits am Montagabend, einen Tag früher als vorgesehen, und begründete dies mit der Lage im Nahen Osten.
Das Gespräch mit Selenskyj war für Dienstag angesetzt gewesen.

Vor seiner Abreise hatte Trump mit der Bemerkung für Irritationen gesorgt, es sei ein „großer Fehler“ gewesen, Russland 2014 aus der damaligen G8 auszuschließen.
Mit Kremlchef Wladimir Putin am Tisch gäbe es den Krieg heute womöglich nicht, sagte er.
Zu neuen Sanktionen gegen Moskau äußerte er sich ausweichend: Strafmaßnahmen kosteten auch die USA viel Geld.

Selenskyj kam am Dienstag stattdessen mit Gastgeber Mark Carney und mehreren europäischen Regierungschefs zusammen.
Die Diplomatie stecke in der Krise, sagte er und rief die G7 auf, den Druck auf Moskau zu erhöhen.
Kanada sagte weitere Militärhilfe in Höhe von zwei Milliarden kanadischen Dollar zu.

Kanzler Friedrich Merz bedauerte Trumps Abreise, betonte aber, die Europäer seien sich einig, die Sanktionen zu verschärfen.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, das 18. Sanktionspaket solle eine Absenkung des Preisdeckels für russisches Öl enthalten.
Großbritanniens Premier Keir Starmer verkündete am Rande des Gipfels neue Strafmaßnahmen gegen Schiffe der russischen Schattenflotte.
Eine gemeinsame Abschlusserklärung zur Ukraine kam nicht zustande, Washington soll eine schärfere Formulierung abgelehnt haben.

Während der Gipfel noch lief, griff Russland in der Nacht zum Dienstag die ukrainische Hauptstadt mit Hunderten Drohnen und Raketen an.
Nach Angaben der Behörden wurden in Kiew mindestens 15 Menschen getötet, Dutzende wurden verletzt.
Der Kreml ließ wissen, man verfolge die Beratungen der G7 ohne besondere Erwartungen, für Moskau sei das Format „bedeutungslos“.
""",
    timexes=[
        T("Montagabend", "TIME", "2025-06-16TEV"),
        T("einen Tag", "DURATION", "P1D"),
        T("Dienstag", "DATE", "2025-06-17"),
        T("2014", "DATE", "2014"),
        T("heute", "DATE", "PRESENT_REF"),
        T("Dienstag", "DATE", "2025-06-17", n=1),
        T("der Nacht zum Dienstag", "TIME", "2025-06-16TNI", note="night to Tuesday"),
    ],
    events=[
        E("Planned Trump–Zelensky meeting at the G7 falls through", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-06-17", "context", "cancelled",
          "ist ein geplantes Treffen zwischen US-Präsident Donald Trump"),
        E("G7 summit in Kananaskis", "CONSULT",
          ["Donald Trump", "Friedrich Merz", "Keir Starmer", "Ursula von der Leyen", "Volodymyr Zelensky"],
          "2025-06-17", "published", "occurred", "Während der Gipfel noch lief", note="summit 15–17 June 2025"),
        E("Russia was excluded from the G8 in 2014", "SANCTION", ["Russia"], "2014", "text", "occurred",
          "Vor seiner Abreise hatte Trump"),
        E("Zelensky meets Carney and European leaders instead", "CONSULT", ["Volodymyr Zelensky"], "2025-06-17",
          "text", "occurred", "Selenskyj kam am Dienstag stattdessen"),
        E("Zelensky calls on the G7 to increase pressure on Moscow", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2025-06-17", "context", "occurred", "Die Diplomatie stecke in der Krise"),
        E("Canada pledges further military aid of two billion Canadian dollars", "AID", ["Ukraine"], "2025-06-17",
          "published", "occurred", "Kanada sagte weitere Militärhilfe", note="Canada is not a canonical actor"),
        E("Merz: Europeans agreed to tighten sanctions", "SANCTION", ["Friedrich Merz", "Russia"], "2025-06-17",
          "published", "planned", "Kanzler Friedrich Merz bedauerte"),
        E("18th EU sanctions package to include a lower oil price cap", "SANCTION",
          ["Ursula von der Leyen", "European Union", "Russia"], "2025-06-17", "published", "planned",
          "das 18. Sanktionspaket solle eine Absenkung"),
        E("UK announces new sanctions on shadow-fleet ships", "SANCTION", ["Keir Starmer", "United Kingdom", "Russia"],
          "2025-06-17", "published", "occurred", "Großbritanniens Premier Keir Starmer verkündete"),
        E("Washington reportedly rejects sharper wording; no joint statement on Ukraine", "REJECT",
          ["United States"], "2025-06-17", "published", "uncertain", "Eine gemeinsame Abschlusserklärung"),
        E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-06-16TNI", "text",
          "occurred", "griff Russland in der Nacht zum Dienstag"),
    ],
    statements=[
        S("Donald Trump", "Excluding Russia from the G8 in 2014 was a big mistake", "2025-06-16", "context",
          "Vor seiner Abreise hatte Trump"),
        S("Donald Trump", "With Putin at the table there might be no war today", "2025-06-16", "context",
          "Mit Kremlchef Wladimir Putin am Tisch"),
        S("Donald Trump", "Sanctions cost the US a lot of money", "2025-06-16", "context",
          "Zu neuen Sanktionen gegen Moskau"),
        S("Volodymyr Zelensky", "Diplomacy is in crisis; the G7 should increase pressure on Moscow", "2025-06-17",
          "context", "Die Diplomatie stecke in der Krise"),
        S("Friedrich Merz", "Regrets Trump's departure; Europeans agree on tougher sanctions", "2025-06-17",
          "published", "Kanzler Friedrich Merz bedauerte"),
        S("Ursula von der Leyen", "The 18th package should lower the oil price cap", "2025-06-17", "published",
          "das 18. Sanktionspaket solle eine Absenkung"),
        S("Keir Starmer", "Announces new sanctions on shadow-fleet ships", "2025-06-17", "published",
          "Großbritanniens Premier Keir Starmer verkündete"),
        S("Ukraine", "At least 15 people killed in Kyiv", "2025-06-17", "published", "Nach Angaben der Behörden"),
        S("Kremlin", "Follows the G7 without expectations; the format is meaningless", "2025-06-17", "published",
          "Der Kreml ließ wissen"),
    ],
    actors=["Donald Trump", "United States", "Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin",
            "Friedrich Merz", "Germany", "Ursula von der Leyen", "European Union", "Keir Starmer", "United Kingdom"],
)

# ---------------------------------------------------------------- b10de08
DE08 = dict(
    id="b10de08_macron_berater_moskau_2026_02",
    lang="de",
    published="2026-02-05",
    body="""
Europa sucht eigenen Draht nach Moskau – Macron-Berater im Kreml

Erstmals seit Jahren hat ein ranghoher Vertreter einer westeuropäischen Regierung zu Gesprächen über den Ukraine-Krieg in Moskau geweilt.
Der diplomatische Chefberater von Frankreichs Präsident Emmanuel Macron, Emmanuel Bonne, traf am Dienstag im Kreml mit Putins außenpolitischem Berater Juri Uschakow zusammen, wie der Élysée-Palast am Mittwochabend bestätigte.
Über die Inhalte des mehrstündigen Gesprächs wurde Stillschweigen vereinbart.

Kremlsprecher Dmitri Peskow sprach am Donnerstag von einem „nützlichen Austausch“.
Präsident Wladimir Putin sei grundsätzlich bereit, mit Macron zu telefonieren, wenn Paris dies wünsche, sagte Peskow.
Zugleich warf er den Europäern vor, die von Washington vermittelten Verhandlungen mit immer neuen Forderungen zu belasten.

Macron hatte bereits Ende Dezember angeregt, Europa müsse wieder direkt mit Moskau sprechen, statt die Gespräche allein den USA zu überlassen.
Die Reise sei mit Berlin und London abgestimmt gewesen, hieß es in Paris.
Bundeskanzler Friedrich Merz sagte in Berlin, er halte Kontakte nach Moskau für legitim, solange sie nicht hinter dem Rücken Kiews stattfänden.
Skeptischer äußerte sich die EU-Außenbeauftragte Kaja Kallas: Europa dürfe Putin nicht den Eindruck vermitteln, man lasse sich gegeneinander ausspielen.

Der ukrainische Präsident Wolodymyr Selenskyj erklärte, Kiew sei vorab unterrichtet worden.
Er verlangte jedoch, dass jede europäische Initiative auf eine sofortige Waffenruhe und verlässliche Sicherheitsgarantien ziele.
In der Nacht zum Mittwoch hatte Russland erneut Energieanlagen in den Regionen Kiew und Charkiw mit Drohnen angegriffen, Zehntausende Haushalte waren bei strengem Frost ohne Strom.

Parallel laufen die Vorbereitungen für eine weitere Runde der von den USA vermittelten Gespräche.
Der US-Sondergesandte Steve Witkoff und Russlands Investitionsbeauftragter Kirill Dmitrijew sollen sich nach Angaben aus Verhandlungskreisen kommende Woche in Abu Dhabi treffen, auch eine ukrainische Delegation unter Leitung von Rustem Umerow wird erwartet.
Ob das Treffen in dieser Form zustande kommt, ist allerdings noch offen.
""",
    timexes=[
        T("Jahren", "DURATION", "PXY"),
        T("Dienstag", "DATE", "2026-02-03"),
        T("Mittwochabend", "TIME", "2026-02-04TEV"),
        T("mehrstündigen", "DURATION", "PTXH"),
        T("Donnerstag", "DATE", "2026-02-05"),
        T("Ende Dezember", "DATE", "2025-12", mod="END"),
        T("der Nacht zum Mittwoch", "TIME", "2026-02-03TNI", note="night to Wednesday"),
        T("kommende Woche", "DATE", "2026-W07"),
    ],
    events=[
        E("Macron's diplomatic adviser Bonne meets Ushakov in the Kremlin", "CONSULT",
          ["France", "Yuri Ushakov", "Russia"], "2026-02-03", "text", "occurred",
          "traf am Dienstag im Kreml mit Putins außenpolitischem Berater",
          note="Emmanuel Bonne is not a canonical actor"),
        E("Both sides agree to keep the content of the talks confidential", "AGREE", ["France", "Russia"],
          "2026-02-03", "context", "occurred", "wurde Stillschweigen vereinbart"),
        E("Putin ready to phone Macron", "AGREE", ["Vladimir Putin", "Emmanuel Macron"], "2026-02-05", "context",
          "occurred", "Präsident Wladimir Putin sei grundsätzlich bereit"),
        E("Peskov accuses Europeans of burdening the US-brokered negotiations", "ACCUSE", ["Dmitry Peskov"],
          "2026-02-05", "context", "occurred", "Zugleich warf er den Europäern vor"),
        E("Macron proposed that Europe talk directly with Moscow again", "REQUEST", ["Emmanuel Macron", "Russia"],
          "2025-12", "text", "occurred", "Macron hatte bereits Ende Dezember angeregt", date_mod="END"),
        E("Kallas warns Europe not to let Putin play it off against itself", "REQUEST", ["Kaja Kallas"],
          "2026-02-05", "published", "occurred", "Skeptischer äußerte sich die EU-Außenbeauftragte"),
        E("Zelensky demands any European initiative aim at a ceasefire and security guarantees", "REQUEST",
          ["Volodymyr Zelensky"], "2026-02-05", "published", "occurred", "Er verlangte jedoch"),
        E("Russian drone attacks on energy facilities in the Kyiv and Kharkiv regions", "ASSAULT",
          ["Russia", "Ukraine"], "2026-02-03TNI", "text", "occurred", "In der Nacht zum Mittwoch hatte Russland"),
        E("Witkoff and Dmitriev to meet in Abu Dhabi with a Ukrainian delegation under Umerov", "CONSULT",
          ["Steve Witkoff", "Kirill Dmitriev", "Rustem Umerov", "United States", "Russia", "Ukraine"], "2026-W07",
          "text", "uncertain", "Der US-Sondergesandte Steve Witkoff"),
    ],
    statements=[
        S("France", "Confirms the adviser's meeting with Ushakov in the Kremlin", "2026-02-04TEV", "text",
          "traf am Dienstag im Kreml mit Putins außenpolitischem Berater"),
        S("Dmitry Peskov", "A useful exchange", "2026-02-05", "text", "Kremlsprecher Dmitri Peskow sprach"),
        S("Vladimir Putin, via Dmitry Peskov", "Ready in principle to phone Macron if Paris wishes", "2026-02-05",
          "context", "Präsident Wladimir Putin sei grundsätzlich bereit"),
        S("Dmitry Peskov", "Europeans burden the negotiations with new demands", "2026-02-05", "context",
          "Zugleich warf er den Europäern vor"),
        S("Emmanuel Macron", "Europe must talk directly with Moscow again", "2025-12", "text",
          "Macron hatte bereits Ende Dezember angeregt"),
        S("France", "The trip was coordinated with Berlin and London", "2026-02-05", "published",
          "Die Reise sei mit Berlin und London abgestimmt"),
        S("Friedrich Merz", "Contacts with Moscow legitimate as long as not behind Kyiv's back", "2026-02-05",
          "published", "Bundeskanzler Friedrich Merz sagte in Berlin"),
        S("Kaja Kallas", "Europe must not give Putin the impression it can be played off", "2026-02-05",
          "published", "Skeptischer äußerte sich die EU-Außenbeauftragte"),
        S("Volodymyr Zelensky", "Kyiv was informed in advance", "2026-02-05", "published",
          "Kiew sei vorab unterrichtet worden"),
        S("Volodymyr Zelensky", "European initiatives must aim at a ceasefire and reliable security guarantees",
          "2026-02-05", "published", "Er verlangte jedoch"),
    ],
    actors=["France", "Emmanuel Macron", "Yuri Ushakov", "Kremlin", "Russia", "Vladimir Putin", "Dmitry Peskov",
            "United States", "Germany", "United Kingdom", "Friedrich Merz", "Kaja Kallas", "European Union",
            "Ukraine", "Volodymyr Zelensky", "Steve Witkoff", "Kirill Dmitriev", "Rustem Umerov"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05, DE06, DE07, DE08]
