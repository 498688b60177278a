"""German articles of the blind11 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b11de01
DE01 = dict(
    id="b11de01_bodentruppen_paris_2024_02",
    lang="de",
    published="2024-02-27",
    body="""
Macron schließt Bodentruppen nicht aus – Scholz widerspricht umgehend
Der französische Präsident Emmanuel Macron hat mit Äußerungen über einen möglichen Einsatz westlicher Bodentruppen in der Ukraine eine heftige Debatte unter den Verbündeten ausgelöst.
Nach einer Unterstützerkonferenz mit gut 20 Staats- und Regierungschefs im Élysée-Palast sagte Macron am Montagabend, es gebe derzeit zwar keinen Konsens über die Entsendung von Truppen, doch dürfe „nichts ausgeschlossen werden“.
Man werde alles tun, was nötig sei, damit Russland diesen Krieg nicht gewinnen könne, fügte er hinzu.

Bundeskanzler Olaf Scholz wies den Vorstoß am Dienstag bei einem Auftritt in Freiburg deutlich zurück.
Bei dem Treffen in Paris habe Einigkeit darüber bestanden, dass es „keine Bodentruppen, keine Soldaten“ aus europäischen Staaten oder NATO-Ländern auf ukrainischem Boden geben werde, sagte der SPD-Politiker.
Auch aus Warschau kamen distanzierende Signale: Polens Regierungschef Donald Tusk erklärte, sein Land plane keine Entsendung eigener Soldaten.
NATO-Generalsekretär Jens Stoltenberg sagte der Nachrichtenagentur AP, es gebe „keine Pläne“ für Kampftruppen des Bündnisses in der Ukraine.

Der Kreml reagierte mit einer unverhohlenen Warnung.
Sollten NATO-Staaten Soldaten in die Ukraine schicken, sei ein direkter Konflikt zwischen Russland und dem Bündnis nicht mehr nur wahrscheinlich, sondern unausweichlich, sagte Kremlsprecher Dmitri Peskow in Moskau.
Schon die Tatsache, dass über eine solche Möglichkeit gesprochen werde, sei „ein sehr wichtiges neues Element“, fügte er hinzu.

Greifbarer war ein anderes Ergebnis der Pariser Runde: Mehrere Teilnehmer sagten zu, sich an einer tschechischen Initiative zum Ankauf von Artilleriemunition außerhalb der EU zu beteiligen.
Nach Angaben aus dem Élysée soll zudem eine Koalition für Raketen mit mittlerer und großer Reichweite gebildet werden.
Die Ukraine hatte zuletzt immer dringlicher um Munition gebeten, nachdem ihre Truppen Mitte Februar die Stadt Awdijiwka aufgeben mussten.
Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, warnte die Europäer, Putin werde nicht an der ukrainischen Grenze haltmachen.

In Berlin sorgte der Auftritt Macrons auch deshalb für Verstimmung, weil Scholz erst am Montag erneut eine Lieferung des Marschflugkörpers Taurus abgelehnt hatte.
Aus Regierungskreisen hieß es, man werde das Thema bei dem für Mitte März geplanten Treffen des Weimarer Dreiecks ansprechen.
Macron selbst verteidigte seine Wortwahl am Dienstag während eines Besuchs in Montpellier: Jedes seiner Worte sei „abgewogen und durchdacht“ gewesen.
""",
    timexes=[
        T("Montagabend", "TIME", "2024-02-26TEV"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Dienstag", "DATE", "2024-02-27"),
        T("zuletzt", "DATE", "PAST_REF"),
        T("Mitte Februar", "DATE", "2024-02", mod="MID"),
        T("Montag", "DATE", "2024-02-26"),
        T("Mitte März", "DATE", "2024-03", mod="MID"),
        T("Dienstag", "DATE", "2024-02-27", n=1),
    ],
    events=[
        E("Ukraine support conference of some 20 leaders at the Élysée in Paris", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"], "2024-02-26", "context", "occurred",
          "Nach einer Unterstützerkonferenz"),
        E("Macron vows to do whatever is needed so that Russia cannot win the war", "AGREE",
          ["Emmanuel Macron", "Ukraine"], "2024-02-26", "context", "occurred",
          "Man werde alles tun, was nötig sei"),
        E("Scholz rejects Macron's idea of ground troops", "REJECT",
          ["Olaf Scholz", "Emmanuel Macron"], "2024-02-27", "text", "occurred",
          "Bundeskanzler Olaf Scholz wies den Vorstoß"),
        E("Tusk says Poland plans no deployment of its soldiers", "REJECT",
          ["Donald Tusk", "Poland"], "2024-02-27", "published", "occurred",
          "Polens Regierungschef Donald Tusk erklärte"),
        E("Stoltenberg: no plans for NATO combat troops in Ukraine", "REJECT",
          ["Jens Stoltenberg", "NATO"], "2024-02-27", "published", "occurred",
          "es gebe „keine Pläne“ für Kampftruppen"),
        E("Kremlin warns that NATO troops in Ukraine would make a direct conflict inevitable", "THREATEN",
          ["Dmitry Peskov", "Kremlin", "NATO"], "2024-02-27", "published", "occurred",
          "Sollten NATO-Staaten Soldaten in die Ukraine schicken"),
        E("Several participants pledge to join the Czech initiative to buy artillery ammunition for Ukraine", "AID",
          ["Ukraine"], "2024-02-26", "context", "occurred",
          "Mehrere Teilnehmer sagten zu",
          note="the pledging states are not named"),
        E("A coalition for medium- and long-range missiles for Ukraine is to be formed", "AID",
          ["France", "Ukraine"], "2024-02-27", "published", "planned",
          "eine Koalition für Raketen mit mittlerer und großer Reichweite"),
        E("Ukraine's increasingly urgent requests for ammunition", "REQUEST",
          ["Ukraine"], "PAST_REF", "vague", "occurred",
          "Die Ukraine hatte zuletzt immer dringlicher um Munition gebeten"),
        E("Ukrainian troops had to give up Avdiivka", "RETREAT",
          ["Ukraine"], "2024-02", "text", "occurred",
          "Die Ukraine hatte zuletzt immer dringlicher um Munition gebeten", date_mod="MID"),
        E("Scholz again rejects delivering Taurus cruise missiles", "REJECT",
          ["Olaf Scholz", "Ukraine"], "2024-02-26", "text", "occurred",
          "weil Scholz erst am Montag erneut eine Lieferung"),
        E("Weimar Triangle meeting planned for mid-March", "CONSULT",
          ["Germany", "France", "Poland"], "2024-03", "text", "planned",
          "Treffen des Weimarer Dreiecks", date_mod="MID"),
    ],
    statements=[
        S("Emmanuel Macron", "No consensus on sending troops, but nothing must be ruled out",
          "2024-02-26TEV", "text", "Nach einer Unterstützerkonferenz"),
        S("Emmanuel Macron", "Will do everything needed so that Russia cannot win this war",
          "2024-02-26TEV", "context", "Man werde alles tun, was nötig sei"),
        S("Olaf Scholz", "Paris meeting agreed there will be no ground troops from European or NATO states",
          "2024-02-27", "context", "Bei dem Treffen in Paris habe Einigkeit"),
        S("Donald Tusk", "Poland does not plan to send its own soldiers",
          "2024-02-27", "published", "Polens Regierungschef Donald Tusk erklärte"),
        S("Jens Stoltenberg", "No plans for NATO combat troops in Ukraine",
          "2024-02-27", "published", "es gebe „keine Pläne“ für Kampftruppen"),
        S("Dmitry Peskov", "NATO troops in Ukraine would make a direct conflict with Russia inevitable",
          "2024-02-27", "published", "Sollten NATO-Staaten Soldaten in die Ukraine schicken"),
        S("Dmitry Peskov", "Even discussing the possibility is an important new element",
          "2024-02-27", "published", "Schon die Tatsache"),
        S("France", "A coalition for medium- and long-range missiles is to be formed",
          "2024-02-27", "published", "eine Koalition für Raketen mit mittlerer und großer Reichweite"),
        S("Volodymyr Zelensky", "Warns Europeans that Putin will not stop at Ukraine's border",
          "2024-02-26", "context", "der per Video zugeschaltet war"),
        S("Germany", "Will raise the issue at the Weimar Triangle meeting in mid-March",
          "2024-02-27", "published", "Aus Regierungskreisen hieß es"),
        S("Emmanuel Macron", "Every word was weighed and thought through",
          "2024-02-27", "text", "Macron selbst verteidigte seine Wortwahl"),
    ],
    actors=["Emmanuel Macron", "France", "Ukraine", "Russia", "Olaf Scholz", "Germany", "NATO", "Donald Tusk",
            "Poland", "Jens Stoltenberg", "Kremlin", "Dmitry Peskov", "European Union", "Volodymyr Zelensky",
            "Vladimir Putin"],
)

# ---------------------------------------------------------------- b11de02
DE02 = dict(
    id="b11de02_sapad_manoever_us_beobachter_2025_09",
    lang="de",
    published="2025-09-15",
    body="""
US-Offiziere beobachten „Sapad“-Manöver – Lukaschenko sucht die Nähe zu Washington
Beim russisch-belarussischen Großmanöver „Sapad 2025“ sind am Montag überraschend auch zwei Offiziere der US-Streitkräfte als Beobachter aufgetreten.
Der belarussische Machthaber Alexander Lukaschenko begrüßte die Amerikaner nach Angaben seines Pressedienstes persönlich auf einem Übungsplatz bei Borissow und bot ihnen an, sich alles anzusehen, was sie interessiere.
Die Übung hatte am Freitag begonnen und soll am Dienstag enden; nach Moskauer Angaben proben die Truppen unter anderem den Einsatz taktischer Atomwaffen und der neuen Mittelstreckenrakete Oreschnik.

Die Geste folgt auf einen Besuch des US-Sondergesandten John Coale in Minsk in der vergangenen Woche.
Lukaschenko hatte dabei 52 Gefangene freigelassen, darunter mehrere Ausländer, die über die Grenze nach Litauen gebracht wurden.
Im Gegenzug hob Washington Sanktionen gegen die staatliche Fluggesellschaft Belavia auf.
US-Präsident Donald Trump hatte Lukaschenko bereits im August in einem Telefonat als „hochgeschätzten Präsidenten“ bezeichnet und ein persönliches Treffen in Aussicht gestellt.

In Warschau stößt die Annäherung auf Unbehagen.
Polen hatte seine Grenze zu Belarus mit Beginn des Manövers vollständig geschlossen, nachdem in der Nacht zum vergangenen Mittwoch russische Drohnen in den polnischen Luftraum eingedrungen waren.
Ministerpräsident Donald Tusk sagte, die Übergänge blieben so lange dicht, wie es die Sicherheit der Bürger erfordere; das Manöver sei „sehr aggressiv“ angelegt.
Die NATO kündigte an, im Rahmen der Mission „Eastern Sentry“ zusätzliche Kampfjets an die Ostflanke zu verlegen, auch Deutschland beteiligt sich mit Eurofightern.

Der Kreml spielte die Anwesenheit der Amerikaner herunter.
Es sei übliche Praxis, ausländische Militärattachés einzuladen, sagte Kremlsprecher Dmitri Peskow; Russland habe dagegen keinerlei Einwände.
Das Verteidigungsministerium in Minsk betonte, das Manöver sei rein defensiv und richte sich gegen niemanden.

In Kiew wird die Übung dagegen mit Argwohn verfolgt.
Präsident Wolodymyr Selenskyj warnte, Russland könne unter dem Deckmantel von Manövern jederzeit neue Angriffsverbände bilden, so wie es im Winter 2022 geschehen sei.
Ein Sprecher des ukrainischen Grenzschutzes sagte hingegen, man sehe derzeit keine Anzeichen für eine Offensive aus dem Norden.
""",
    timexes=[
        T("Montag", "DATE", "2025-09-15"),
        T("Freitag", "DATE", "2025-09-12"),
        T("Dienstag", "DATE", "2025-09-16"),
        T("der vergangenen Woche", "DATE", "2025-W37"),
        T("August", "DATE", "2025-08"),
        T("der Nacht zum vergangenen Mittwoch", "TIME", "2025-09-09TNI", note="night to Wednesday 10 Sep"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Winter 2022", "DATE", "2022-WI"),
    ],
    events=[
        E("Two US officers attend the Zapad exercise as observers", "COOPERATE",
          ["United States", "Belarus"], "2025-09-15", "text", "occurred",
          "sind am Montag überraschend auch zwei Offiziere"),
        E("Lukashenko personally greets the US observers", "CONSULT",
          ["Alexander Lukashenko", "United States"], "2025-09-15", "context", "occurred",
          "begrüßte die Amerikaner"),
        E("Russian-Belarusian Zapad exercise, incl. tactical nuclear weapons and Oreshnik drills", "MOBILIZE",
          ["Russia", "Belarus"], "2025-09-12", "text", "occurred",
          "Die Übung hatte am Freitag begonnen", note="runs until Tuesday 16 Sep"),
        E("US envoy John Coale visits Minsk", "CONSULT",
          ["United States", "Alexander Lukashenko"], "2025-W37", "text", "occurred",
          "Die Geste folgt auf einen Besuch"),
        E("Lukashenko releases 52 prisoners", "CONCEDE",
          ["Alexander Lukashenko", "Belarus"], "2025-W37", "context", "occurred",
          "Lukaschenko hatte dabei 52 Gefangene freigelassen"),
        E("Washington lifts sanctions on Belavia", "CONCEDE",
          ["United States", "Belarus"], "2025-W37", "context", "occurred",
          "Im Gegenzug hob Washington Sanktionen"),
        E("Trump–Lukashenko phone call", "CONSULT",
          ["Donald Trump", "Alexander Lukashenko"], "2025-08", "text", "occurred",
          "bereits im August in einem Telefonat"),
        E("Trump holds out the prospect of a personal meeting with Lukashenko", "CONSULT",
          ["Donald Trump", "Alexander Lukashenko"], "2025-09-15", "published", "uncertain",
          "bereits im August in einem Telefonat", note="no date given for the meeting"),
        E("Poland closes its border with Belarus at the start of the exercise", "SANCTION",
          ["Poland", "Belarus"], "2025-09-12", "context", "occurred",
          "Polen hatte seine Grenze zu Belarus"),
        E("Russian drones enter Polish airspace", "ASSAULT",
          ["Russia", "Poland"], "2025-09-09TNI", "text", "occurred",
          "Polen hatte seine Grenze zu Belarus"),
        E("Tusk calls the exercise very aggressive", "ACCUSE",
          ["Donald Tusk", "Russia", "Belarus"], "2025-09-15", "published", "occurred",
          "Ministerpräsident Donald Tusk sagte"),
        E("NATO to move extra fighter jets to the eastern flank under Eastern Sentry, with German Eurofighters",
          "MOBILIZE", ["NATO", "Germany"], "2025-09-15", "published", "planned",
          "Die NATO kündigte an"),
        E("Zelensky warns Russia could form new attack groups under cover of exercises", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-09-15", "published", "occurred",
          "Präsident Wolodymyr Selenskyj warnte"),
        E("Russian build-up under cover of exercises in winter 2022", "MOBILIZE",
          ["Russia"], "2022-WI", "text", "occurred",
          "Präsident Wolodymyr Selenskyj warnte"),
    ],
    statements=[
        S("Alexander Lukashenko", "Offered the Americans to see whatever interests them",
          "2025-09-15", "context", "begrüßte die Amerikaner"),
        S("Russia", "Troops are practising the use of tactical nuclear weapons and the Oreshnik missile",
          "2025-09-15", "published", "Die Übung hatte am Freitag begonnen"),
        S("Donald Trump", "Called Lukashenko a highly respected president",
          "2025-08", "text", "bereits im August in einem Telefonat"),
        S("Donald Tusk", "Crossings stay closed as long as security requires; exercise very aggressive",
          "2025-09-15", "published", "Ministerpräsident Donald Tusk sagte"),
        S("NATO", "Will move extra fighter jets to the eastern flank under Eastern Sentry",
          "2025-09-15", "published", "Die NATO kündigte an"),
        S("Dmitry Peskov", "Inviting foreign military attachés is usual practice; Russia has no objections",
          "2025-09-15", "published", "Es sei übliche Praxis"),
        S("Belarus", "The exercise is purely defensive and aimed at no one",
          "2025-09-15", "published", "Das Verteidigungsministerium in Minsk betonte"),
        S("Volodymyr Zelensky", "Russia could form new attack groups under cover of exercises, as in winter 2022",
          "2025-09-15", "published", "Präsident Wolodymyr Selenskyj warnte"),
        S("Ukraine", "No signs of an offensive from the north at present",
          "2025-09-15", "published", "Ein Sprecher des ukrainischen Grenzschutzes"),
    ],
    actors=["Alexander Lukashenko", "Belarus", "United States", "Russia", "Donald Trump", "Poland", "Donald Tusk",
            "NATO", "Germany", "Kremlin", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b11de03
DE03 = dict(
    id="b11de03_oelpreisdeckel_in_kraft_2022_12",
    lang="de",
    published="2022-12-05",
    body="""
Preisdeckel für russisches Öl in Kraft – Moskau will sich nicht beugen
Seit Montag gilt für russisches Rohöl, das auf dem Seeweg transportiert wird, eine Preisobergrenze von 60 Dollar je Barrel.
Die EU-Staaten hatten sich am Freitag nach tagelangem Ringen auf den Deckel verständigt, kurz darauf schlossen sich die G7-Staaten und Australien an.
Zugleich trat das Embargo der Europäischen Union für russisches Öl in Kraft, das per Tanker in die EU geliefert wird.
Westliche Reedereien und Versicherer dürfen russische Ladungen nur noch abwickeln, wenn das Öl zum Deckelpreis oder darunter verkauft wurde.

Der Kreml wies die Obergrenze umgehend zurück.
Russland werde den Deckel nicht akzeptieren und kein Öl an Länder verkaufen, die sich daran hielten, sagte Kremlsprecher Dmitri Peskow.
Man bereite eine Antwort vor, Einzelheiten würden in den kommenden Tagen bekanntgegeben, so Peskow.
Vizeregierungschef Alexander Nowak ließ wissen, Moskau werde notfalls lieber die Förderung drosseln, als zu den Bedingungen des Westens zu liefern.

Der ukrainische Präsident Wolodymyr Selenskyj nannte die Grenze von 60 Dollar „keine ernsthafte Entscheidung“.
Sie sei viel zu hoch angesetzt und werde den russischen Staatshaushalt kaum belasten, sagte er in einer Videoansprache am Samstagabend; Kiew hatte eine Obergrenze von 30 Dollar gefordert.
Polen und die baltischen Staaten hatten ebenfalls auf einen niedrigeren Preis gedrängt und erst nach der Zusage eingelenkt, den Deckel alle zwei Monate zu überprüfen.

Die Bundesregierung begrüßte das Inkrafttreten.
Ein Regierungssprecher sprach von einem wirksamen Instrument, das Moskaus Kriegskasse schmälere und zugleich die Weltmärkte stabil halte.
Fachleute bezweifeln allerdings die Wirkung, da Russland in den vergangenen Monaten eine eigene Flotte älterer Tanker aufgebaut hat, die ohne westliche Versicherungen fährt.
Die EU-Kommission kündigte an, vom 5. Februar an auch für Diesel und andere Ölprodukte Obergrenzen festzulegen.

Bundeskanzler Olaf Scholz hatte am Freitag rund eine Stunde lang mit Kremlchef Wladimir Putin telefoniert und ihn zum Abzug seiner Truppen aufgefordert.
Putin warf dem Westen in dem Gespräch nach Kremlangaben eine „destruktive“ Politik vor und verlangte, Berlin solle seinen Kurs bei den Waffenlieferungen überdenken.
Ein weiteres Telefonat sei derzeit nicht verabredet, hieß es in Berlin.
""",
    timexes=[
        T("Montag", "DATE", "2022-12-05"),
        T("Freitag", "DATE", "2022-12-02"),
        T("tagelangem", "DURATION", "PXD"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Samstagabend", "TIME", "2022-12-03TEV"),
        T("alle zwei Monate", "SET", "P2M"),
        T("den vergangenen Monaten", "DURATION", "PXM"),
        T("5. Februar", "DATE", "2023-02-05"),
        T("Freitag", "DATE", "2022-12-02", n=1),
        T("rund eine Stunde", "DURATION", "PT1H", mod="APPROX"),
        T("derzeit", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Price cap of 60 dollars per barrel on Russian seaborne crude takes effect", "SANCTION",
          ["European Union", "Russia"], "2022-12-05", "text", "occurred",
          "Seit Montag gilt für russisches Rohöl"),
        E("EU states agree on the price cap; G7 and Australia join", "AGREE",
          ["European Union"], "2022-12-02", "text", "occurred",
          "Die EU-Staaten hatten sich am Freitag"),
        E("EU embargo on Russian seaborne oil takes effect", "SANCTION",
          ["European Union", "Russia"], "2022-12-05", "context", "occurred",
          "Zugleich trat das Embargo"),
        E("Kremlin rejects the price cap", "REJECT",
          ["Kremlin", "European Union"], "2022-12-05", "published", "occurred",
          "Der Kreml wies die Obergrenze umgehend zurück."),
        E("Russia will sell no oil to countries that comply with the cap", "THREATEN",
          ["Dmitry Peskov", "Russia"], "2022-12-05", "published", "occurred",
          "Russland werde den Deckel nicht akzeptieren"),
        E("Russia prepares a response to the cap", "THREATEN",
          ["Dmitry Peskov", "Russia"], "2022-12-05", "published", "occurred",
          "Man bereite eine Antwort vor"),
        E("Moscow would rather cut output than deliver on Western terms", "THREATEN",
          ["Russia"], "2022-12-05", "published", "occurred",
          "Vizeregierungschef Alexander Nowak"),
        E("Zelensky criticises the 60-dollar cap as far too high", "ACCUSE",
          ["Volodymyr Zelensky", "European Union"], "2022-12-03TEV", "text", "occurred",
          "Sie sei viel zu hoch angesetzt"),
        E("Kyiv had demanded a cap of 30 dollars", "REQUEST",
          ["Ukraine"], "2022-12-05", "published", "occurred",
          "Sie sei viel zu hoch angesetzt"),
        E("Poland pushed for a lower price", "REQUEST",
          ["Poland", "European Union"], "2022-12-02", "context", "occurred",
          "Polen und die baltischen Staaten hatten ebenfalls"),
        E("Poland gives in on the cap", "CONCEDE",
          ["Poland"], "2022-12-02", "context", "occurred",
          "Polen und die baltischen Staaten hatten ebenfalls"),
        E("Promise to review the cap every two months", "AGREE",
          ["European Union", "Poland"], "2022-12-02", "context", "occurred",
          "Polen und die baltischen Staaten hatten ebenfalls"),
        E("German government welcomes the price cap taking effect", "SUPPORT",
          ["Germany", "European Union"], "2022-12-05", "published", "occurred",
          "Die Bundesregierung begrüßte das Inkrafttreten."),
        E("EU to set caps for diesel and other oil products from 5 February", "SANCTION",
          ["European Union", "Russia"], "2023-02-05", "text", "planned",
          "Die EU-Kommission kündigte an"),
        E("Scholz–Putin phone call of about an hour", "CONSULT",
          ["Olaf Scholz", "Vladimir Putin"], "2022-12-02", "text", "occurred",
          "Bundeskanzler Olaf Scholz hatte am Freitag"),
        E("Scholz urges Putin to withdraw his troops", "REQUEST",
          ["Olaf Scholz", "Vladimir Putin"], "2022-12-02", "context", "occurred",
          "Bundeskanzler Olaf Scholz hatte am Freitag"),
        E("Putin accuses the West of a destructive policy", "ACCUSE",
          ["Vladimir Putin"], "2022-12-02", "context", "occurred",
          "Putin warf dem Westen"),
        E("Putin demands Berlin reconsider its arms deliveries", "REQUEST",
          ["Vladimir Putin", "Germany"], "2022-12-02", "context", "occurred",
          "Putin warf dem Westen"),
    ],
    statements=[
        S("Dmitry Peskov", "Russia will not accept the cap and will not sell oil to countries that apply it",
          "2022-12-05", "published", "Russland werde den Deckel nicht akzeptieren"),
        S("Dmitry Peskov", "A response is being prepared; details in the coming days",
          "2022-12-05", "published", "Man bereite eine Antwort vor"),
        S("Russia", "Moscow would rather cut output than deliver on Western terms",
          "2022-12-05", "published", "Vizeregierungschef Alexander Nowak"),
        S("Volodymyr Zelensky", "The 60-dollar cap is not a serious decision",
          "2022-12-03TEV", "context", "keine ernsthafte Entscheidung"),
        S("Volodymyr Zelensky", "The cap is far too high and will hardly hurt Russia's budget",
          "2022-12-03TEV", "text", "Sie sei viel zu hoch angesetzt"),
        S("Germany", "The cap is an effective instrument that shrinks Moscow's war chest",
          "2022-12-05", "published", "Ein Regierungssprecher sprach"),
        S("European Union", "Caps for diesel and other oil products from 5 February",
          "2022-12-05", "published", "Die EU-Kommission kündigte an"),
        S("Vladimir Putin, via Kremlin", "The West pursues a destructive policy; Berlin should reconsider arms deliveries",
          "2022-12-02", "context", "Putin warf dem Westen"),
        S("Germany", "No further call arranged at present",
          "2022-12-05", "published", "Ein weiteres Telefonat sei derzeit nicht verabredet"),
    ],
    actors=["Russia", "European Union", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine", "Poland",
            "Germany", "Olaf Scholz", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b11de04
DE04 = dict(
    id="b11de04_eu_gesandter_moskau_vertagt_2026_03",
    lang="de",
    published="2026-03-20",
    body="""
EU-Gipfel streitet über eigenen Gesandten für Gespräche mit Moskau
Die Staats- und Regierungschefs der Europäischen Union haben sich bei ihrem Gipfel in Brüssel nicht auf einen eigenen Sondergesandten für Gespräche mit Russland einigen können.
Nach mehr als sechsstündigen Beratungen in der Nacht zum Freitag vertagten sie die Entscheidung auf das Treffen im Juni, wie mehrere Diplomaten berichteten.
Frankreichs Präsident Emmanuel Macron und Italiens Ministerpräsidentin Giorgia Meloni hatten dafür geworben, dass Europa mit einer Stimme direkt mit dem Kreml spreche, statt die Verhandlungen allein Washington zu überlassen.
Als mögliche Kandidaten wurden in Brüssel der finnische Präsident Alexander Stubb und der frühere italienische Regierungschef Mario Draghi gehandelt.

Bundeskanzler Friedrich Merz zeigte sich zurückhaltend.
Ein Gesandter ergebe nur Sinn, wenn Moskau ernsthaft zu Verhandlungen bereit sei, und dafür gebe es derzeit keine Anzeichen, sagte Merz nach dem Gipfel.
Die EU-Außenbeauftragte Kaja Kallas warnte davor, Putin mit einem solchen Schritt eine Bühne zu bieten: Russland wolle Europa spalten, nicht mit ihm verhandeln.
Ungarns Ministerpräsident Viktor Orbán begrüßte die Debatte dagegen und erklärte, er fordere direkte Gespräche mit Moskau schon seit Jahren.

Der Kreml reagierte verhalten positiv.
Präsident Wladimir Putin sei grundsätzlich bereit, mit Vertretern Europas zu sprechen, sagte Kremlsprecher Dmitri Peskow am Freitag.
Allerdings müsse Europa zuerst seine „feindselige Linie“ aufgeben und die Waffenlieferungen an Kiew einstellen.
Außenamtssprecherin Maria Sacharowa sprach dagegen von einem „Schaulaufen“, das an der Lage an der Front nichts ändere.

Beim Gipfel billigten die Mitgliedstaaten außerdem fünf Milliarden Euro zur Finanzierung ukrainischer Drohnenproduktion.
Der ukrainische Präsident Wolodymyr Selenskyj, der am Donnerstagnachmittag persönlich nach Brüssel gereist war, dankte für die Hilfe, mahnte aber, jeder europäische Gesandte müsse sich eng mit Kiew abstimmen.
Die von den USA vermittelten Gespräche laufen unterdessen weiter: Der US-Sondergesandte Steve Witkoff wird nach Angaben des Weißen Hauses in der kommenden Woche erneut in Moskau erwartet.
In derselben Nacht griff Russland abermals die Energieversorgung der Ukraine mit Drohnen und Raketen an; in Charkiw fiel nach Behördenangaben für mehrere Stunden der Strom aus.
""",
    timexes=[
        T("mehr als sechsstündigen", "DURATION", "PT6H", mod="MORE_THAN"),
        T("der Nacht zum Freitag", "TIME", "2026-03-19TNI", note="night to Friday 20 Mar"),
        T("Juni", "DATE", "2026-06"),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("Jahren", "DURATION", "PXY"),
        T("Freitag", "DATE", "2026-03-20", n=1),
        T("Donnerstagnachmittag", "TIME", "2026-03-19TAF"),
        T("der kommenden Woche", "DATE", "2026-W13"),
        T("derselben Nacht", "TIME", "2026-03-19TNI", note="night to Friday 20 Mar"),
        T("mehrere Stunden", "DURATION", "PTXH"),
    ],
    events=[
        E("EU summit in Brussels", "CONSULT",
          ["European Union"], "2026-03-19", "context", "occurred",
          "Die Staats- und Regierungschefs der Europäischen Union haben sich",
          note="Thursday–Friday summit, 19–20 Mar"),
        E("EU leaders fail to agree on a special envoy for talks with Russia and postpone the decision", "REJECT",
          ["European Union"], "2026-03-19TNI", "text", "occurred",
          "vertagten sie die Entscheidung"),
        E("Next EU summit in June to take up the envoy decision", "CONSULT",
          ["European Union"], "2026-06", "text", "planned",
          "vertagten sie die Entscheidung"),
        E("Macron and Meloni call for Europe to speak directly with the Kremlin", "REQUEST",
          ["Emmanuel Macron", "Giorgia Meloni", "Kremlin"], "2026-03-20", "published", "occurred",
          "hatten dafür geworben"),
        E("Kallas warns against giving Putin a stage", "REQUEST",
          ["Kaja Kallas", "European Union", "Vladimir Putin"], "2026-03-20", "published", "occurred",
          "Die EU-Außenbeauftragte Kaja Kallas warnte"),
        E("Kallas accuses Russia of wanting to split Europe", "ACCUSE",
          ["Kaja Kallas", "Russia"], "2026-03-20", "published", "occurred",
          "Die EU-Außenbeauftragte Kaja Kallas warnte"),
        E("Orbán welcomes the debate on talks with Moscow", "SUPPORT",
          ["Viktor Orbán"], "2026-03-20", "published", "occurred",
          "Ungarns Ministerpräsident Viktor Orbán begrüßte"),
        E("Putin ready in principle to talk with European representatives", "AGREE",
          ["Vladimir Putin", "European Union"], "2026-03-20", "text", "occurred",
          "Präsident Wladimir Putin sei grundsätzlich bereit"),
        E("Kremlin demands Europe drop its hostile line and stop arms deliveries to Kyiv first", "REQUEST",
          ["Dmitry Peskov", "European Union"], "2026-03-20", "context", "occurred",
          "Allerdings müsse Europa zuerst"),
        E("Zakharova derides the envoy debate as a show", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2026-03-20", "published", "occurred",
          "Außenamtssprecherin Maria Sacharowa"),
        E("EU states approve five billion euros for Ukrainian drone production", "AID",
          ["European Union", "Ukraine"], "2026-03-19", "context", "occurred",
          "billigten die Mitgliedstaaten", note="at the 19–20 Mar summit"),
        E("Zelensky travels to the EU summit in Brussels", "CONSULT",
          ["Volodymyr Zelensky", "European Union"], "2026-03-19TAF", "text", "occurred",
          "der am Donnerstagnachmittag persönlich nach Brüssel gereist war"),
        E("Zelensky demands that any European envoy coordinate closely with Kyiv", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2026-03-19TAF", "context", "occurred",
          "der am Donnerstagnachmittag persönlich nach Brüssel gereist war"),
        E("Witkoff expected in Moscow again next week", "CONSULT",
          ["Steve Witkoff", "Russia"], "2026-W13", "text", "planned",
          "Der US-Sondergesandte Steve Witkoff"),
        E("Russian drone and missile attack on Ukraine's energy supply", "ASSAULT",
          ["Russia", "Ukraine"], "2026-03-19TNI", "text", "occurred",
          "In derselben Nacht griff Russland"),
    ],
    statements=[
        S("Friedrich Merz", "An envoy only makes sense if Moscow is seriously ready to negotiate; no signs of that",
          "2026-03-20", "context", "Ein Gesandter ergebe nur Sinn"),
        S("Kaja Kallas", "Do not give Putin a stage; Russia wants to split Europe, not negotiate",
          "2026-03-20", "published", "Die EU-Außenbeauftragte Kaja Kallas warnte"),
        S("Viktor Orbán", "Has been demanding direct talks with Moscow for years",
          "2026-03-20", "published", "Ungarns Ministerpräsident Viktor Orbán begrüßte"),
        S("Vladimir Putin, via Dmitry Peskov", "Ready in principle to talk with European representatives",
          "2026-03-20", "text", "Präsident Wladimir Putin sei grundsätzlich bereit"),
        S("Dmitry Peskov", "Europe must first drop its hostile line and stop arms deliveries to Kyiv",
          "2026-03-20", "context", "Allerdings müsse Europa zuerst"),
        S("Maria Zakharova", "The debate is a show that changes nothing at the front",
          "2026-03-20", "published", "Außenamtssprecherin Maria Sacharowa"),
        S("Volodymyr Zelensky", "Thanks for the aid; any European envoy must coordinate closely with Kyiv",
          "2026-03-19TAF", "context", "der am Donnerstagnachmittag persönlich nach Brüssel gereist war"),
        S("White House", "Witkoff expected in Moscow again next week",
          "2026-03-20", "published", "Der US-Sondergesandte Steve Witkoff"),
        S("Ukraine", "Power cut for several hours in Kharkiv",
          "2026-03-20", "published", "In derselben Nacht griff Russland"),
    ],
    actors=["European Union", "Russia", "Emmanuel Macron", "France", "Giorgia Meloni", "Kremlin", "United States",
            "Alexander Stubb", "Friedrich Merz", "Germany", "Kaja Kallas", "Vladimir Putin", "Viktor Orbán",
            "Dmitry Peskov", "Maria Zakharova", "Ukraine", "Volodymyr Zelensky", "Steve Witkoff", "White House"],
)

# ---------------------------------------------------------------- b11de05
DE05 = dict(
    id="b11de05_reichweite_selenskyj_berlin_2025_05",
    lang="de",
    published="2025-05-28",
    body="""
Merz und Selenskyj vereinbaren gemeinsame Produktion weitreichender Waffen
Deutschland will der Ukraine helfen, eigene weitreichende Waffen herzustellen, die auch Ziele tief im russischen Hinterland erreichen können.
Bundeskanzler Friedrich Merz und der ukrainische Präsident Wolodymyr Selenskyj unterzeichneten am Mittwoch im Kanzleramt eine entsprechende Absichtserklärung.
Die Bundesregierung stellt dafür nach ukrainischen Angaben rund fünf Milliarden Euro bereit.
Es gebe keinerlei Reichweitenbeschränkungen mehr für Waffen, die an die Ukraine geliefert würden, bekräftigte Merz bei einer gemeinsamen Pressekonferenz.
Damit könne sich das Land auch gegen militärische Einrichtungen jenseits der Grenze verteidigen.

Merz hatte die Debatte bereits am Montag mit einer Äußerung beim Europaforum des WDR angestoßen, die in Berlin für Verwirrung sorgte.
Großbritannien, Frankreich und die USA hätten ebenso wie Deutschland die Beschränkungen aufgehoben, sagte der CDU-Chef damals.
Zu einer Lieferung des Marschflugkörpers Taurus äußerte er sich auch am Mittwoch nicht.

Moskau reagierte scharf.
Die Aufhebung der Beschränkungen sei eine „ziemlich gefährliche Entscheidung“, die den Bemühungen um eine politische Lösung zuwiderlaufe, sagte Kremlsprecher Dmitri Peskow.
Sollte Deutschland Taurus-Marschflugkörper liefern, werde Russland dies als direkte Beteiligung am Krieg werten, warnte Außenminister Sergej Lawrow.

Selenskyj dankte für die Unterstützung und rief die Europäer auf, den Druck auf Moskau mit neuen Sanktionen zu erhöhen.
Russland habe in der Nacht zum Sonntag mit fast 370 Drohnen und Raketen den schwersten Luftangriff seit Kriegsbeginn geflogen, sagte er; darauf müsse eine Antwort folgen.
Auch US-Präsident Donald Trump hatte am Dienstag Kremlchef Wladimir Putin vorgeworfen, er spiele „mit dem Feuer“.

Lawrow schlug am Mittwoch eine zweite Runde direkter Gespräche mit der Ukraine für den 2. Juni in Istanbul vor.
Moskau wolle dort ein Memorandum mit seinen Bedingungen für eine Waffenruhe vorlegen, sagte er.
Kiew erklärte, man sei zu einem Treffen bereit, wolle das russische Papier aber vorab sehen.
""",
    timexes=[
        T("Mittwoch", "DATE", "2025-05-28"),
        T("Montag", "DATE", "2025-05-26"),
        T("Mittwoch", "DATE", "2025-05-28", n=1),
        T("der Nacht zum Sonntag", "TIME", "2025-05-24TNI", note="night to Sunday 25 May"),
        T("Dienstag", "DATE", "2025-05-27"),
        T("Mittwoch", "DATE", "2025-05-28", n=2),
        T("2. Juni", "DATE", "2025-06-02"),
    ],
    events=[
        E("Merz and Zelensky meet at the Chancellery", "CONSULT",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2025-05-28", "text", "occurred",
          "unterzeichneten am Mittwoch im Kanzleramt"),
        E("Merz and Zelensky sign a declaration of intent on joint production of long-range weapons", "AGREE",
          ["Friedrich Merz", "Volodymyr Zelensky"], "2025-05-28", "text", "occurred",
          "unterzeichneten am Mittwoch im Kanzleramt"),
        E("Germany provides about five billion euros for Ukrainian long-range weapons", "AID",
          ["Germany", "Ukraine"], "2025-05-28", "context", "occurred",
          "Die Bundesregierung stellt dafür"),
        E("UK, France, the US and Germany lifted range restrictions on weapons for Ukraine", "AID",
          ["United Kingdom", "France", "United States", "Germany", "Ukraine"], "2025-05-26", "context", "occurred",
          "Großbritannien, Frankreich und die USA hätten",
          note="as stated by Merz on Monday; the date of the lifting itself is not given"),
        E("Peskov calls lifting the restrictions a dangerous decision", "ACCUSE",
          ["Dmitry Peskov", "Germany"], "2025-05-28", "published", "occurred",
          "Die Aufhebung der Beschränkungen sei"),
        E("Lavrov warns that Taurus deliveries would mean direct German participation in the war", "THREATEN",
          ["Sergey Lavrov", "Germany"], "2025-05-28", "published", "occurred",
          "Sollte Deutschland Taurus-Marschflugkörper liefern"),
        E("Zelensky calls on Europeans to raise pressure on Moscow with new sanctions", "REQUEST",
          ["Volodymyr Zelensky", "European Union", "Russia"], "2025-05-28", "context", "occurred",
          "rief die Europäer auf"),
        E("Heaviest Russian air attack with almost 370 drones and missiles", "ASSAULT",
          ["Russia", "Ukraine"], "2025-05-24TNI", "text", "occurred",
          "Russland habe in der Nacht zum Sonntag"),
        E("Trump accuses Putin of playing with fire", "ACCUSE",
          ["Donald Trump", "Vladimir Putin"], "2025-05-27", "text", "occurred",
          "Auch US-Präsident Donald Trump hatte am Dienstag"),
        E("Lavrov proposes a second round of direct talks in Istanbul on 2 June", "REQUEST",
          ["Sergey Lavrov", "Ukraine"], "2025-05-28", "text", "occurred",
          "Lawrow schlug am Mittwoch"),
        E("Second round of direct Russia–Ukraine talks in Istanbul", "CONSULT",
          ["Russia", "Ukraine"], "2025-06-02", "text", "planned",
          "Lawrow schlug am Mittwoch"),
        E("Moscow to present a memorandum with its ceasefire conditions", "REQUEST",
          ["Russia", "Ukraine"], "2025-06-02", "context", "planned",
          "Moskau wolle dort ein Memorandum"),
        E("Kyiv ready for a meeting", "AGREE",
          ["Ukraine", "Russia"], "2025-05-28", "published", "occurred",
          "Kiew erklärte, man sei zu einem Treffen bereit"),
        E("Kyiv wants to see the Russian paper in advance", "REQUEST",
          ["Ukraine", "Russia"], "2025-05-28", "published", "occurred",
          "Kiew erklärte, man sei zu einem Treffen bereit"),
    ],
    statements=[
        S("Ukraine", "Germany provides about five billion euros",
          "2025-05-28", "published", "Die Bundesregierung stellt dafür"),
        S("Friedrich Merz", "No more range restrictions on weapons delivered to Ukraine",
          "2025-05-28", "context", "Es gebe keinerlei Reichweitenbeschränkungen"),
        S("Friedrich Merz", "Ukraine can defend itself against military sites beyond the border",
          "2025-05-28", "context", "Damit könne sich das Land"),
        S("Friedrich Merz", "UK, France and the US have lifted the restrictions like Germany",
          "2025-05-26", "context", "Großbritannien, Frankreich und die USA hätten"),
        S("Dmitry Peskov", "Lifting the restrictions is a rather dangerous decision",
          "2025-05-28", "published", "Die Aufhebung der Beschränkungen sei"),
        S("Sergey Lavrov", "Taurus deliveries would be seen as direct participation in the war",
          "2025-05-28", "published", "Sollte Deutschland Taurus-Marschflugkörper liefern"),
        S("Volodymyr Zelensky", "Thanks for the support; Europeans should raise pressure on Moscow with new sanctions",
          "2025-05-28", "context", "rief die Europäer auf"),
        S("Volodymyr Zelensky", "Russia flew the heaviest air attack; a response must follow",
          "2025-05-28", "context", "Russland habe in der Nacht zum Sonntag"),
        S("Donald Trump", "Putin is playing with fire",
          "2025-05-27", "text", "Auch US-Präsident Donald Trump hatte am Dienstag"),
        S("Sergey Lavrov", "Moscow wants to present a memorandum with ceasefire conditions",
          "2025-05-28", "context", "Moskau wolle dort ein Memorandum"),
        S("Ukraine", "Ready for a meeting but wants to see the Russian paper in advance",
          "2025-05-28", "published", "Kiew erklärte, man sei zu einem Treffen bereit"),
    ],
    actors=["Germany", "Ukraine", "Russia", "Friedrich Merz", "Volodymyr Zelensky", "United Kingdom", "France",
            "United States", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "European Union", "Donald Trump",
            "Vladimir Putin"],
)

DOCS = [DE01, DE02, DE03, DE04, DE05]
