"""English articles of the blind13 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b13en01
EN01 = dict(
    id="b13en01_starmer_kyiv_hundred_year_partnership_2025_01",
    lang="en",
    published="2025-01-16",
    body="""
Starmer signs '100-year partnership' in Kyiv as drones buzz overhead

Sir Keir Starmer has signed what he called a "landmark" 100-year partnership with Ukraine during his first visit to Kyiv as prime minister.
The agreement, signed alongside President Volodymyr Zelensky on Thursday afternoon, covers defence co-operation, energy, trade and maritime security in the Black Sea and the Sea of Azov.
Shortly before the two leaders met, air-raid sirens sounded across the capital and Ukraine's air force said Russian drones had been shot down over the city.

Speaking at a news conference in the Mariinsky Palace, Sir Keir said the UK would provide at least £3bn a year in military aid "for as long as it takes".
He added that Britain would "play our full part" in any security guarantees for Ukraine once the fighting stops.
Zelensky said the two had discussed the possible deployment of foreign troops to Ukraine after a ceasefire, but that it was "too early" to go into details.
The deal also sets up a joint forum on defence industry co-operation and a British-backed push to expand Ukraine's drone production.

In Moscow, Kremlin spokesman Dmitry Peskov said any British military bases in Ukraine would be "a matter of concern" and warned London against steps that would draw it deeper into the conflict.
Russia's foreign ministry brushed the agreement aside as "a propaganda exercise".

The visit comes days before Donald Trump's inauguration on Monday, amid uncertainty over whether American military support will continue at its current level.
Trump has vowed to bring the war to a swift end, and his Ukraine envoy Keith Kellogg is expected in Kyiv in the coming weeks.
Sir Keir said he would speak to the president-elect "soon" about Ukraine and the need for European and American unity.
Earlier on Thursday he laid a wreath at the Wall of Remembrance and visited wounded soldiers in a Kyiv hospital.
""",
    timexes=[
        T("100-year", "DURATION", "P100Y", 0),
        T("100-year", "DURATION", "P100Y", 1),
        T("Thursday afternoon", "TIME", "2025-01-16TAF"),
        T("a year", "SET", "P1Y"),
        T("Monday", "DATE", "2025-01-20"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("soon", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2025-01-16", 1),
    ],
    events=[
        E("Starmer visits Kyiv for the first time as prime minister", "CONSULT", ["Keir Starmer", "Ukraine"],
          "2025-01-16", "context", "occurred", "during his first visit to Kyiv"),
        E("Starmer and Zelensky sign the 100-year partnership", "AGREE", ["Keir Starmer", "Volodymyr Zelensky"],
          "2025-01-16TAF", "text", "occurred", "signed alongside President Volodymyr Zelensky"),
        E("Russian drones shot down over Kyiv before the leaders met", "ASSAULT", ["Russia", "Ukraine"],
          "2025-01-16", "context", "occurred", "Russian drones had been shot down"),
        E("UK pledges at least £3bn a year in military aid", "AID", ["Keir Starmer", "United Kingdom", "Ukraine"],
          "2025-01-16", "context", "planned", "at least £3bn a year"),
        E("Starmer promises Britain will play its full part in security guarantees", "AGREE",
          ["Keir Starmer", "United Kingdom", "Ukraine"], "2025-01-16", "context", "occurred", "play our full part"),
        E("Deal sets up a defence-industry forum and a drone production push", "COOPERATE",
          ["United Kingdom", "Ukraine"], "2025-01-16", "context", "planned", "joint forum on defence industry"),
        E("Peskov warns London against steps drawing it deeper into the conflict", "REQUEST",
          ["Dmitry Peskov", "United Kingdom"], "2025-01-16", "published", "occurred", "a matter of concern"),
        E("Russian foreign ministry dismisses the agreement as propaganda", "REJECT",
          ["Russia", "United Kingdom", "Ukraine"], "2025-01-16", "published", "occurred", "a propaganda exercise"),
        E("Kellogg expected in Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "Keith Kellogg is expected in Kyiv"),
        E("Starmer to speak to Trump about Ukraine", "CONSULT", ["Keir Starmer", "Donald Trump"], "FUTURE_REF",
          "vague", "planned", "speak to the president-elect"),
    ],
    statements=[
        S("Keir Starmer", "Calls the partnership a landmark", "2025-01-16", "context",
          "during his first visit to Kyiv"),
        S("Ukraine", "Drones were shot down over Kyiv", "2025-01-16", "context", "Russian drones had been shot down"),
        S("Keir Starmer", "UK will provide at least £3bn a year for as long as it takes", "2025-01-16", "context",
          "at least £3bn a year"),
        S("Keir Starmer", "Britain will play its full part in security guarantees", "2025-01-16", "context",
          "play our full part"),
        S("Volodymyr Zelensky", "Foreign troop deployment discussed; too early for details", "2025-01-16",
          "context", "too early"),
        S("Dmitry Peskov", "British bases would be a concern; warns London", "2025-01-16", "published",
          "a matter of concern"),
        S("Russia", "The agreement is a propaganda exercise", "2025-01-16", "published", "a propaganda exercise"),
        S("Donald Trump", "Vowed to end the war swiftly", "2025-01-16", "published", "swift end"),
        S("Keir Starmer", "Will speak to Trump soon about Ukraine and unity", "2025-01-16", "context",
          "speak to the president-elect"),
    ],
    actors=["Keir Starmer", "Ukraine", "Volodymyr Zelensky", "Russia", "United Kingdom", "Kremlin",
            "Dmitry Peskov", "Donald Trump", "United States", "Keith Kellogg"],
)

# ---------------------------------------------------------------- b13en02
EN02 = dict(
    id="b13en02_london_talks_downgraded_rubio_2025_04",
    lang="en",
    published="2025-04-23",
    body="""
London talks on Ukraine downgraded as Rubio stays away, Trump lashes out at Zelenskiy

LONDON/WASHINGTON, April 23 (Reuters) - Talks in London aimed at ending the war in Ukraine were downgraded to a meeting of officials on Wednesday after U.S. Secretary of State Marco Rubio abruptly called off his trip, exposing deepening rifts between Washington, Kyiv and European capitals.
The State Department said late Tuesday that scheduling issues had prevented Rubio from attending and that Keith Kellogg, President Donald Trump's envoy for Ukraine, would go in his place.
Special envoy Steve Witkoff, who had also been expected in London, will instead travel to Moscow later this week for another meeting with President Vladimir Putin, the White House said.

The British Foreign Office said the talks, attended by national security advisers from Britain, France, Germany and Ukraine, had been "constructive" and that the sides had agreed to keep working towards a ceasefire.
Ukrainian Foreign Minister Andrii Sybiha, who met Kellogg on the sidelines, wrote on X that Kyiv remained committed to an "unconditional, full and complete ceasefire" as a first step.

Hours later, Trump accused Zelenskiy of prolonging the "killing field" by refusing to recognise Russia's control of Crimea, which Moscow annexed in 2014.
Zelenskiy had said on Tuesday that Ukraine would not legally recognise the occupation of Crimea, calling it a matter of the constitution.
In a post on his Truth Social platform, Trump wrote that Zelenskiy's statements were "very harmful" to the peace negotiations and that "nobody is asking" Kyiv to recognise Crimea as Russian territory.
Vice President JD Vance, speaking during a visit to India, said Washington had made "a very explicit proposal" to both sides and it was time for them to "either say yes, or for the United States to walk away from this process."

Kremlin spokesman Dmitry Peskov said Moscow welcomed Washington's efforts but cautioned that there were "many nuances" still to be settled and that it was too early to speak of any agreement.
He dismissed as fake a newspaper report that Putin had offered to halt the invasion along the current front line.

A Russian drone hit a bus carrying workers in the central city of Marhanets on Wednesday morning, killing at least nine people, regional officials said.
Zelenskiy said the attack showed that Washington should be putting pressure on Moscow, not on Kyiv.
""",
    timexes=[
        T("April 23", "DATE", "2025-04-23"),
        T("Wednesday", "DATE", "2025-04-23", 0),
        T("late Tuesday", "TIME", "2025-04-22TNI"),
        T("later this week", "DATE", "2025-W17"),
        T("2014", "DATE", "2014"),
        T("Tuesday", "DATE", "2025-04-22", 1),
        T("Wednesday morning", "TIME", "2025-04-23TMO"),
    ],
    events=[
        E("London talks on ending the war, downgraded to officials", "CONSULT",
          ["United States", "Ukraine", "United Kingdom", "France", "Germany", "Keith Kellogg"], "2025-04-23",
          "text", "occurred", "Talks in London aimed at ending the war"),
        E("Rubio calls off his trip to the London talks", "CONSULT", ["Marco Rubio"], "2025-04-23", "context",
          "cancelled", "Talks in London aimed at ending the war"),
        E("Witkoff drops out of the London talks", "CONSULT", ["Steve Witkoff"], "2025-04-23", "context",
          "cancelled", "who had also been expected in London"),
        E("Witkoff to meet Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-W17", "text",
          "planned", "who had also been expected in London"),
        E("Sides agree to keep working towards a ceasefire", "AGREE",
          ["United Kingdom", "France", "Germany", "Ukraine", "United States"], "2025-04-23", "context", "occurred",
          "keep working towards a ceasefire"),
        E("Sybiha meets Kellogg on the sidelines", "CONSULT", ["Andrii Sybiha", "Keith Kellogg"], "2025-04-23",
          "context", "occurred", "who met Kellogg on the sidelines"),
        E("Kyiv remains committed to a full ceasefire", "AGREE", ["Andrii Sybiha", "Ukraine"], "2025-04-23",
          "context", "occurred", "who met Kellogg on the sidelines"),
        E("Trump accuses Zelensky of prolonging the war over Crimea", "ACCUSE",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-04-23", "context", "occurred", "killing field"),
        E("Russia annexes Crimea", "COERCE", ["Russia", "Ukraine"], "2014", "text", "occurred", "killing field"),
        E("Zelensky refuses to recognise the occupation of Crimea", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2025-04-22", "text", "occurred", "Zelenskiy had said on Tuesday"),
        E("Vance: US made an explicit proposal to both sides", "REQUEST", ["JD Vance", "Russia", "Ukraine"],
          "2025-04-23", "published", "occurred", "a very explicit proposal"),
        E("Vance threatens the US will walk away", "THREATEN", ["JD Vance", "Russia", "Ukraine"], "2025-04-23",
          "published", "occurred", "a very explicit proposal"),
        E("Peskov welcomes Washington's efforts", "SUPPORT", ["Dmitry Peskov", "United States"], "2025-04-23",
          "published", "occurred", "many nuances"),
        E("Peskov dismisses report of a Putin offer to halt along the front line", "REJECT", ["Dmitry Peskov"],
          "2025-04-23", "published", "occurred", "He dismissed as fake"),
        E("Russian drone hits a workers' bus in Marhanets", "ASSAULT", ["Russia", "Ukraine"], "2025-04-23TMO",
          "text", "occurred", "Marhanets"),
        E("Zelensky urges Washington to pressure Moscow, not Kyiv", "REQUEST",
          ["Volodymyr Zelensky", "United States", "Russia"], "2025-04-23", "published", "occurred",
          "Washington should be putting pressure on Moscow"),
    ],
    statements=[
        S("United States", "Scheduling issues kept Rubio away; Kellogg goes instead", "2025-04-22TNI", "text",
          "The State Department said late Tuesday"),
        S("White House", "Witkoff will travel to Moscow to meet Putin", "2025-04-23", "published",
          "who had also been expected in London"),
        S("United Kingdom", "Talks were constructive; sides agreed to keep working towards a ceasefire",
          "2025-04-23", "context", "keep working towards a ceasefire"),
        S("Andrii Sybiha", "Kyiv committed to an unconditional, full ceasefire as a first step", "2025-04-23",
          "context", "who met Kellogg on the sidelines"),
        S("Donald Trump", "Zelensky prolongs the killing field by refusing to recognise Crimea", "2025-04-23",
          "context", "killing field"),
        S("Volodymyr Zelensky", "Ukraine will not legally recognise the occupation of Crimea", "2025-04-22",
          "text", "Zelenskiy had said on Tuesday"),
        S("Donald Trump", "Zelensky's statements very harmful; nobody asks Kyiv to recognise Crimea",
          "2025-04-23", "context", "In a post on his Truth Social platform"),
        S("JD Vance", "Explicit proposal made; say yes or the US walks away", "2025-04-23", "published",
          "a very explicit proposal"),
        S("Dmitry Peskov", "Welcomes US efforts; many nuances; too early to speak of agreement", "2025-04-23",
          "published", "many nuances"),
        S("Dmitry Peskov", "Report of a Putin offer to halt along the front line is fake", "2025-04-23",
          "published", "He dismissed as fake"),
        S("Ukraine", "At least nine killed in the drone strike on a bus", "2025-04-23", "published", "Marhanets"),
        S("Volodymyr Zelensky", "Washington should pressure Moscow, not Kyiv", "2025-04-23", "published",
          "Washington should be putting pressure on Moscow"),
    ],
    actors=["Ukraine", "United States", "Marco Rubio", "Keith Kellogg", "Donald Trump", "Steve Witkoff",
            "Vladimir Putin", "White House", "United Kingdom", "France", "Germany", "Andrii Sybiha",
            "Volodymyr Zelensky", "Russia", "JD Vance", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b13en03
EN03 = dict(
    id="b13en03_kim_putin_vostochny_2023_09",
    lang="en",
    published="2023-09-13",
    body="""
Putin hosts Kim at remote spaceport as US warns against arms deals

SEOUL, South Korea (AP) — Russian President Vladimir Putin welcomed North Korean leader Kim Jong Un at a spaceport in Russia's Far East on Wednesday, promising to help Pyongyang build satellites as Washington warned the two countries against any deal that would send North Korean weapons to Moscow.
The two leaders toured the Vostochny Cosmodrome before sitting down for talks that, with lunch, lasted more than four hours, Russian state media reported.
Kim told Putin that Russia was waging a "sacred fight" to defend its sovereignty and that his country would always stand with Moscow.

Asked whether military co-operation would be discussed, Putin told Russian state television that "there are certain restrictions" but that Russia would "talk about all topics without haste."
Kremlin spokesman Dmitry Peskov said no agreements were planned to be signed during the visit.
Peskov added that Kim had invited Putin to visit North Korea at a convenient time and that the Russian leader had accepted.

In Washington, State Department spokesman Matthew Miller said the United States would "not hesitate" to impose new sanctions if the two countries struck an arms deal.
Any such deal would violate U.N. Security Council resolutions that Russia itself voted for, Miller said.
National security adviser Jake Sullivan said earlier this month that Moscow had been "actively" negotiating to buy artillery shells from Pyongyang.

South Korea's Foreign Ministry urged Moscow to abide by U.N. sanctions on the North.
Ukrainian President Volodymyr Zelenskyy, speaking in Kyiv, said any ammunition North Korea sent to Russia would end up being fired at Ukrainian cities and called on partners to respond firmly.

Kim arrived in Russia on Tuesday aboard his armored train, his first trip abroad since the COVID-19 pandemic.
He is expected to travel on to Komsomolsk-on-Amur to see fighter jet factories and to Vladivostok in the coming days, Russian officials said.
The last meeting between the two was in 2019 in Vladivostok.
""",
    timexes=[
        T("Wednesday", "DATE", "2023-09-13"),
        T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
        T("earlier this month", "DATE", "2023-09"),
        T("Tuesday", "DATE", "2023-09-12"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("2019", "DATE", "2019"),
    ],
    events=[
        E("Putin hosts Kim Jong Un at the Vostochny spaceport", "CONSULT", ["Vladimir Putin"], "2023-09-13",
          "text", "occurred", "welcomed North Korean leader Kim Jong Un", note="Kim/North Korea not canonical"),
        E("Putin promises to help Pyongyang build satellites", "AGREE", ["Vladimir Putin"], "2023-09-13", "text",
          "occurred", "welcomed North Korean leader Kim Jong Un"),
        E("Washington warns Moscow and Pyongyang against an arms deal", "REQUEST", ["United States", "Russia"],
          "2023-09-13", "text", "occurred", "welcomed North Korean leader Kim Jong Un"),
        E("Kim pledges that his country will always stand with Moscow", "SUPPORT", ["Russia"], "2023-09-13",
          "context", "occurred", "sacred fight", note="Kim/North Korea not canonical"),
        E("Putin to visit North Korea after accepting Kim's invitation", "CONSULT", ["Vladimir Putin"],
          "2023-09-13", "published", "planned", "Kim had invited Putin", note="no date set"),
        E("Putin accepts Kim's invitation", "AGREE", ["Vladimir Putin"], "2023-09-13", "context", "occurred",
          "Kim had invited Putin"),
        E("US threatens new sanctions if an arms deal is struck", "THREATEN", ["United States", "Russia"],
          "2023-09-13", "published", "occurred", "not hesitate"),
        E("Sullivan accuses Moscow of negotiating to buy North Korean shells", "ACCUSE", ["United States", "Russia"],
          "2023-09", "text", "occurred", "Jake Sullivan said earlier this month"),
        E("South Korea urges Moscow to abide by UN sanctions", "REQUEST", ["Russia"], "2023-09-13", "published",
          "occurred", "South Korea's Foreign Ministry urged Moscow", note="South Korea not canonical"),
        E("Zelensky calls on partners to respond firmly", "REQUEST", ["Volodymyr Zelensky"], "2023-09-13",
          "published", "occurred", "called on partners to respond firmly"),
        E("Previous Putin-Kim meeting in Vladivostok", "CONSULT", ["Vladimir Putin"], "2019", "text", "occurred",
          "The last meeting between the two"),
    ],
    statements=[
        S("Russia", "The talks lasted more than four hours", "2023-09-13", "context", "Russian state media reported"),
        S("Vladimir Putin", "There are certain restrictions, but all topics will be discussed without haste",
          "2023-09-13", "context", "there are certain restrictions"),
        S("Dmitry Peskov", "No agreements planned to be signed during the visit", "2023-09-13", "published",
          "no agreements were planned"),
        S("Dmitry Peskov", "Kim invited Putin to North Korea and Putin accepted", "2023-09-13", "published",
          "Kim had invited Putin"),
        S("United States", "Will not hesitate to impose new sanctions over an arms deal", "2023-09-13",
          "published", "not hesitate"),
        S("United States", "Such a deal would violate UN Security Council resolutions", "2023-09-13", "published",
          "Any such deal would violate"),
        S("United States", "Moscow has been actively negotiating to buy artillery shells", "2023-09", "text",
          "Jake Sullivan said earlier this month"),
        S("Volodymyr Zelensky", "North Korean ammunition would be fired at Ukrainian cities; partners should respond",
          "2023-09-13", "published", "called on partners to respond firmly"),
        S("Russia", "Kim is expected to travel to Komsomolsk-on-Amur and Vladivostok", "2023-09-13", "published",
          "Komsomolsk-on-Amur"),
    ],
    actors=["Vladimir Putin", "Russia", "United States", "Kremlin", "Dmitry Peskov", "United Nations", "Ukraine",
            "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------- b13en04
EN04 = dict(
    id="b13en04_special_tribunal_strasbourg_2025_06",
    lang="en",
    published="2025-06-25",
    body="""
Zelenskyy signs off on tribunal to try Russia's leaders for aggression

STRASBOURG — Ukraine and the Council of Europe on Wednesday sealed a deal to set up a special tribunal to prosecute the crime of aggression against Ukraine, a move Kyiv hopes will eventually put Russia's top leadership in the dock.
Volodymyr Zelenskyy, who flew in from the NATO leaders' gathering in The Hague, signed the agreement with Council of Europe Secretary General Alain Berset in front of lawmakers from the organization's 46 member countries.
"It's a signal that aggression will be punished," Zelenskyy told the Parliamentary Assembly.

The court, to be based in The Hague, will be able to try Russian President Vladimir Putin, although proceedings against a sitting head of state could only go ahead once he leaves office.
EU foreign policy chief Kaja Kallas, who attended the ceremony, said the bloc would put €10 million toward getting the tribunal's management committee up and running.
Kallas also urged EU capitals to keep up the pressure on Moscow with a new sanctions package.

Moscow was quick to dismiss the initiative.
Foreign Ministry spokeswoman Maria Zakharova called the tribunal "legally null and void" and accused European governments of trying to "dress up revenge as justice."
Kremlin spokesman Dmitry Peskov said Russia did not recognize the jurisdiction of any such body.

The tribunal has been in the works for more than two years, since a core group of countries began meeting in early 2023.
But it has lost a key backer: the United States quietly withdrew in March from the International Centre for the Prosecution of the Crime of Aggression, a body set up to gather evidence for the future court.
The Trump administration has shown little appetite for confronting Moscow as it pursues its own peace push.

Zelenskyy is due in Brussels on Thursday, where EU leaders are expected to discuss extending economic sanctions on Russia for another six months.
Hungary's Viktor Orbán has threatened to hold up the rollover, arguing that the sanctions hurt Europe more than Russia.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-06-25"),
        T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
        T("early 2023", "DATE", "2023", mod="START"),
        T("March", "DATE", "2025-03"),
        T("Thursday", "DATE", "2025-06-26"),
        T("another six months", "DURATION", "P6M"),
    ],
    events=[
        E("Ukraine and the Council of Europe sign the special tribunal agreement", "AGREE",
          ["Ukraine", "Volodymyr Zelensky"], "2025-06-25", "text", "occurred",
          "Ukraine and the Council of Europe on Wednesday sealed a deal", note="Council of Europe not canonical"),
        E("Zelensky attends the NATO leaders' gathering in The Hague", "CONSULT", ["Volodymyr Zelensky", "NATO"],
          "2025-06-25", "context", "occurred", "who flew in from the NATO leaders' gathering",
          note="summit 24-25 June 2025"),
        E("EU to contribute €10 million to the tribunal's management committee", "AID",
          ["Kaja Kallas", "European Union", "Ukraine"], "2025-06-25", "context", "occurred", "€10 million"),
        E("Kallas urges a new sanctions package against Moscow", "REQUEST",
          ["Kaja Kallas", "European Union", "Russia"], "2025-06-25", "context", "occurred",
          "Kallas also urged EU capitals"),
        E("Zakharova rejects the tribunal as legally null and void", "REJECT", ["Maria Zakharova", "Ukraine"],
          "2025-06-25", "published", "occurred", "legally null and void"),
        E("Zakharova accuses European governments of dressing up revenge as justice", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2025-06-25", "published", "occurred", "legally null and void"),
        E("Peskov says Russia does not recognise the tribunal's jurisdiction", "REJECT", ["Dmitry Peskov"],
          "2025-06-25", "published", "occurred", "did not recognize the jurisdiction"),
        E("US withdraws from the International Centre for the Prosecution of the Crime of Aggression", "SANCTION",
          ["United States"], "2025-03", "text", "occurred", "quietly withdrew in March",
          note="leaving a joint investigative body; typed as reduced cooperation"),
        E("Zelensky due in Brussels for the EU summit", "CONSULT", ["Volodymyr Zelensky", "European Union"],
          "2025-06-26", "text", "planned", "Zelenskyy is due in Brussels"),
        E("EU leaders to discuss extending economic sanctions on Russia", "SANCTION",
          ["European Union", "Russia"], "2025-06-26", "context", "planned", "Zelenskyy is due in Brussels"),
        E("Orbán threatens to hold up the sanctions rollover", "THREATEN", ["Viktor Orbán", "European Union"],
          "2025-06-25", "published", "occurred", "threatened to hold up the rollover"),
    ],
    statements=[
        S("Volodymyr Zelensky", "A signal that aggression will be punished", "2025-06-25", "context",
          "It's a signal"),
        S("Kaja Kallas", "EU will put €10 million toward the tribunal's management committee", "2025-06-25",
          "context", "€10 million"),
        S("Kaja Kallas", "Keep up the pressure on Moscow with a new sanctions package", "2025-06-25", "context",
          "Kallas also urged EU capitals"),
        S("Maria Zakharova", "Tribunal legally null and void; revenge dressed up as justice", "2025-06-25",
          "published", "legally null and void"),
        S("Dmitry Peskov", "Russia does not recognise the jurisdiction of such a body", "2025-06-25", "published",
          "did not recognize the jurisdiction"),
        S("Viktor Orbán", "Sanctions hurt Europe more than Russia", "2025-06-25", "published",
          "threatened to hold up the rollover"),
    ],
    actors=["Ukraine", "Russia", "Volodymyr Zelensky", "NATO", "Vladimir Putin", "Kaja Kallas", "European Union",
            "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Viktor Orbán"],
)

# ---------------------------------------------------------------- b13en05
EN05 = dict(
    id="b13en05_iaea_vienna_zaporizhzhia_repair_window_2026_04",
    lang="en",
    published="2026-04-16",
    body="""
Russia, Ukraine agree repair window for Zaporizhzhia power line after IAEA talks

VIENNA, April 16 (Reuters) - Russian and Ukrainian nuclear officials agreed at talks hosted by the International Atomic Energy Agency to a local ceasefire that would allow engineers to repair the last backup power line to the Zaporizhzhia nuclear plant, the U.N. watchdog said on Thursday.
The closed-door talks at the agency's Vienna headquarters on Wednesday lasted nearly nine hours and were the first direct contact between the two sides on the plant since late last year, diplomats said.

Under the arrangement, fighting within a 10-km radius of the line will pause for five days starting on Saturday, IAEA Director General Rafael Grossi told reporters.
The plant, Europe's largest, has been held by Russian forces since March 2022 and its six reactors are in cold shutdown.

There was no breakthrough on who should run the station.
Ukraine's energy ministry said Kyiv would accept nothing less than the full return of the plant and the withdrawal of Russian troops.
Alexei Likhachev, head of Russia's state nuclear company Rosatom, countered that the plant was "Russian and will remain Russian" and that Moscow was ready to discuss only technical safety issues.

U.S. special envoy Steve Witkoff, who floated the idea of a joint U.S. operation of the plant in talks last autumn, sent a State Department expert to Vienna as an observer, a U.S. official said.
Kremlin spokesman Dmitry Peskov said any such arrangement was "not on the agenda at the moment."
U.N. Secretary-General Antonio Guterres welcomed the deal and urged both sides to refrain from any military activity near the site.

Hours after the talks ended, a drone struck a training centre in Enerhodar, the town where the plant's staff live; Russian-installed officials blamed Ukraine, which denied involvement.
The two sides are expected to meet again in Vienna in May to discuss cooling water supplies after the destruction of the Kakhovka dam.
""",
    timexes=[
        T("April 16", "DATE", "2026-04-16"),
        T("Thursday", "DATE", "2026-04-16"),
        T("Wednesday", "DATE", "2026-04-15"),
        T("nearly nine hours", "DURATION", "PT9H", mod="APPROX"),
        T("late last year", "DATE", "2025", mod="END"),
        T("five days", "DURATION", "P5D"),
        T("Saturday", "DATE", "2026-04-18"),
        T("March 2022", "DATE", "2022-03"),
        T("last autumn", "DATE", "2025-FA"),
        T("the moment", "DATE", "PRESENT_REF"),
        T("May", "DATE", "2026-05"),
    ],
    events=[
        E("Russia and Ukraine agree a local ceasefire to repair the backup power line", "AGREE",
          ["Russia", "Ukraine", "IAEA"], "2026-04-15", "context", "occurred", "Russian and Ukrainian nuclear officials"),
        E("IAEA-hosted closed-door talks in Vienna", "CONSULT", ["Russia", "Ukraine", "IAEA"], "2026-04-15", "text",
          "occurred", "The closed-door talks"),
        E("Five-day local pause in fighting around the line", "RETREAT", ["Russia", "Ukraine"], "2026-04-18",
          "text", "planned", "within a 10-km radius"),
        E("Russian forces seize the Zaporizhzhia plant", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
          "occurred", "has been held by Russian forces"),
        E("No breakthrough on who should run the plant", "REJECT", ["Russia", "Ukraine"], "2026-04-15", "context",
          "occurred", "There was no breakthrough"),
        E("Kyiv demands the full return of the plant and a Russian withdrawal", "REQUEST", ["Ukraine", "Russia"],
          "2026-04-16", "published", "occurred", "would accept nothing less"),
        E("Rosatom rejects handing back the plant", "REJECT", ["Russia", "Ukraine"], "2026-04-16", "published",
          "occurred", "will remain Russian"),
        E("Witkoff floated a joint US operation of the plant", "REQUEST", ["Steve Witkoff", "Russia", "Ukraine"],
          "2025-FA", "text", "occurred", "sent a State Department expert"),
        E("US sends an observer to the Vienna talks", "COOPERATE", ["United States", "IAEA"], "2026-04-15",
          "context", "occurred", "sent a State Department expert"),
        E("Peskov rejects a US role in running the plant", "REJECT", ["Dmitry Peskov", "United States"],
          "2026-04-16", "published", "occurred", "not on the agenda"),
        E("Guterres welcomes the deal", "SUPPORT", ["António Guterres"], "2026-04-16", "published", "occurred",
          "Antonio Guterres welcomed the deal"),
        E("Guterres urges both sides to refrain from military activity near the site", "REQUEST",
          ["António Guterres", "Russia", "Ukraine"], "2026-04-16", "published", "occurred",
          "Antonio Guterres welcomed the deal"),
        E("Drone strikes a training centre in Enerhodar", "ASSAULT", ["Ukraine", "Russia"], "2026-04-15",
          "context", "occurred", "a drone struck a training centre",
          note="attribution disputed: Russian-installed officials blame Ukraine, Kyiv denies"),
        E("Russian-installed officials blame Ukraine for the strike", "ACCUSE", ["Russia", "Ukraine"], "2026-04-15",
          "context", "occurred", "a drone struck a training centre"),
        E("Ukraine denies involvement", "REJECT", ["Ukraine", "Russia"], "2026-04-15", "context", "occurred",
          "a drone struck a training centre"),
        E("Next round in Vienna on cooling water", "CONSULT", ["Russia", "Ukraine", "IAEA"], "2026-05", "text",
          "planned", "expected to meet again in Vienna"),
    ],
    statements=[
        S("IAEA", "The sides agreed a local ceasefire for repairing the power line", "2026-04-16", "text",
          "Russian and Ukrainian nuclear officials"),
        S("IAEA", "Fighting will pause for five days from Saturday", "2026-04-16", "published",
          "within a 10-km radius"),
        S("Ukraine", "Nothing less than the full return of the plant and a Russian withdrawal", "2026-04-16",
          "published", "would accept nothing less"),
        S("Russia", "The plant is Russian and will remain so; only technical safety up for discussion",
          "2026-04-16", "published", "will remain Russian"),
        S("United States", "A State Department expert was sent as observer", "2026-04-16", "published",
          "sent a State Department expert"),
        S("Dmitry Peskov", "Such an arrangement is not on the agenda", "2026-04-16", "published",
          "not on the agenda"),
        S("António Guterres", "Welcomes the deal; both sides should refrain from military activity",
          "2026-04-16", "published", "Antonio Guterres welcomed the deal"),
        S("Russia", "Ukraine is to blame for the Enerhodar strike", "2026-04-15", "context",
          "a drone struck a training centre"),
        S("Ukraine", "Denies involvement in the Enerhodar strike", "2026-04-15", "context",
          "a drone struck a training centre"),
    ],
    actors=["Russia", "Ukraine", "IAEA", "United Nations", "United States", "Steve Witkoff", "Kremlin",
            "Dmitry Peskov", "António Guterres"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05]
