"""English articles of the blind9 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b9en01
EN01 = dict(
    id="b9en01_reaper_drone_black_sea_2023_03",
    lang="en",
    published="2023-03-16",
    body="""
US and Russian defense chiefs talk after drone downing over Black Sea
The top defense officials of the United States and Russia held a rare phone call on Wednesday, a day after a Russian fighter jet collided with a US surveillance drone over the Black Sea.
Defense Secretary Lloyd Austin told reporters he had stressed that Washington would "continue to fly and operate wherever international law allows."
The chairman of the Joint Chiefs of Staff, Gen. Mark Milley, also spoke with his Russian counterpart, Valery Gerasimov, the Pentagon said.
It was the first time the two defense chiefs had talked since October.

According to US officials, two Russian Su-27 jets intercepted the MQ-9 Reaper drone on Tuesday morning, dumped fuel on it and struck its propeller, forcing operators to bring it down in international waters.
On Thursday the Pentagon released a 42-second video it said showed the encounter.
Russia's defense ministry denied any contact, saying the drone had crashed after "sharp maneuvering."
Moscow accused Washington of flying near Crimea with its transponders switched off to gather intelligence for Ukraine.

The State Department summoned Russian Ambassador Anatoly Antonov on Tuesday to protest what it called "unsafe and unprofessional" conduct.
Antonov said afterward that Russia did not want a confrontation, but warned that US flights near Russia's borders were "unacceptable."
Secretary of State Antony Blinken said he had not yet spoken with Russian Foreign Minister Sergey Lavrov about the incident.
Kremlin spokesman Dmitry Peskov said relations between the two countries were "at their lowest point."

In Kyiv, President Volodymyr Zelensky said the incident showed that Vladimir Putin wanted to drag other countries into the war.
White House national security spokesman John Kirby said the US was not seeking escalation but called the intercept "reckless."
NATO Secretary General Jens Stoltenberg urged both sides to keep military lines of communication open to avoid "dangerous miscalculations."
""",
    timexes=[
        T("Wednesday", "DATE", "2023-03-15"),
        T("October", "DATE", "2022-10"),
        T("Tuesday morning", "TIME", "2023-03-14TMO"),
        T("Thursday", "DATE", "2023-03-16"),
        T("42-second", "DURATION", "PT42S"),
        T("Tuesday", "DATE", "2023-03-14", n=1),
    ],
    events=[
        E("Austin and Shoigu phone call", "CONSULT", ["United States", "Russia"], "2023-03-15", "text", "occurred",
          "held a rare phone call", note="Lloyd Austin and Sergei Shoigu are not canonical"),
        E("Milley and Gerasimov phone call", "CONSULT", ["United States", "Russia"], "2023-03-15", "context",
          "occurred", "Mark Milley"),
        E("Russian jets force down a US MQ-9 drone over the Black Sea", "ASSAULT", ["Russia", "United States"],
          "2023-03-14TMO", "text", "occurred", "intercepted the MQ-9",
          note="Russia denies any contact with the drone"),
        E("Russia accuses the US of intelligence flights for Ukraine", "ACCUSE", ["Russia", "United States"],
          "2023-03-16", "published", "occurred", "Moscow accused Washington"),
        E("State Department summons the Russian ambassador", "ACCUSE", ["United States", "Russia"], "2023-03-14",
          "text", "occurred", "summoned Russian Ambassador"),
        E("Russian ambassador warns US flights near Russia's borders are unacceptable", "REQUEST",
          ["Russia", "United States"], "2023-03-14", "context", "occurred", "Antonov said afterward"),
        E("Zelensky says Putin wants to drag others into the war", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2023-03-16", "published", "occurred", "drag other countries"),
        E("White House calls the intercept reckless", "ACCUSE", ["White House", "Russia"], "2023-03-16", "published",
          "occurred", "reckless"),
        E("Stoltenberg urges both sides to keep military communication open", "REQUEST",
          ["Jens Stoltenberg", "United States", "Russia"], "2023-03-16", "published", "occurred",
          "dangerous miscalculations"),
    ],
    statements=[
        S("United States", "Austin: the US will continue to fly wherever international law allows", "2023-03-15",
          "context", "continue to fly and operate"),
        S("United States", "Pentagon: Milley also spoke with Gerasimov", "2023-03-15", "context", "Mark Milley"),
        S("United States", "US officials: Russian jets dumped fuel on the drone and struck its propeller",
          "2023-03-16", "published", "intercepted the MQ-9"),
        S("United States", "Pentagon releases video it says shows the encounter", "2023-03-16", "text",
          "42-second video"),
        S("Russia", "Defense ministry denies contact; drone crashed after sharp maneuvering", "2023-03-16",
          "published", "denied any contact"),
        S("Russia", "US flew near Crimea with transponders off to gather intelligence for Ukraine", "2023-03-16",
          "published", "Moscow accused Washington"),
        S("United States", "State Department protests unsafe and unprofessional conduct", "2023-03-14", "text",
          "summoned Russian Ambassador"),
        S("Russia", "Ambassador: no confrontation wanted, but US flights near the border unacceptable",
          "2023-03-14", "context", "Antonov said afterward"),
        S("Antony Blinken", "Has not yet spoken with Lavrov about the incident", "2023-03-16", "published",
          "not yet spoken"),
        S("Dmitry Peskov", "Relations are at their lowest point", "2023-03-16", "published", "lowest point"),
        S("Volodymyr Zelensky", "The incident shows Putin wants to drag other countries into the war", "2023-03-16",
          "published", "drag other countries"),
        S("White House", "The US does not seek escalation; the intercept was reckless", "2023-03-16", "published",
          "reckless"),
        S("Jens Stoltenberg", "Keep military lines of communication open", "2023-03-16", "published",
          "dangerous miscalculations"),
    ],
    actors=["United States", "Russia", "Ukraine", "Antony Blinken", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
            "Volodymyr Zelensky", "Vladimir Putin", "White House", "NATO", "Jens Stoltenberg"],
)

# ---------------------------------------------------------------- b9en02
EN02 = dict(
    id="b9en02_tianjin_sco_beijing_parade_2025_09",
    lang="en",
    published="2025-09-03",
    body="""
Putin, Xi and Kim share the stage as Beijing stages massive military parade
Russian President Vladimir Putin stood alongside Chinese leader Xi Jinping and North Korea's Kim Jong Un on Wednesday as China marked the 80th anniversary of the end of World War II with a huge military parade in Beijing.
It was the first time the three leaders had appeared together in public.
After the parade, Putin held talks with Kim, thanking him for the North Korean soldiers who fought alongside Russian troops in the Kursk region.

The appearance capped a four-day visit to China that began on Sunday at a summit of the Shanghai Cooperation Organization in the port city of Tianjin.
Speaking there on Monday, Putin blamed the West for the war in Ukraine, saying the crisis had been caused by attempts to draw Kyiv into NATO.
He also said the understandings he reached with US President Donald Trump in Alaska last month "open the way" to peace.
On Tuesday, Putin and Xi held formal talks in Beijing, and Russia's Gazprom signed a legally binding memorandum with Chinese partners on building the Power of Siberia 2 gas pipeline.
Xi called the relationship between the two countries "a model" of ties between major powers.

Putin said he was willing to meet Ukrainian President Volodymyr Zelensky, but only in Moscow, and that any meeting had to be "well prepared."
Zelensky's office dismissed the offer as a stalling tactic.
Ukraine's air force said Russia had fired more than 500 drones and missiles at the country overnight.

In Washington, Trump reacted with sarcasm.
"Please give my warmest regards to Vladimir Putin, and Kim Jong Un, as you conspire against The United States of America," Trump wrote on Truth Social, addressing Xi.
Trump told reporters he would speak with Putin over the next few days and would be "very disappointed" if the Russian leader did not move toward a deal.
European leaders of the so-called coalition of the willing are due to meet in Paris on Thursday at the invitation of French President Emmanuel Macron, with Zelensky attending in person and Trump's envoy Steve Witkoff expected to join.
Kremlin spokesman Dmitry Peskov said any European troop presence in Ukraine would be "unacceptable" to Moscow.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-09-03"),
        T("four-day", "DURATION", "P4D"),
        T("Sunday", "DATE", "2025-08-31"),
        T("Monday", "DATE", "2025-09-01"),
        T("last month", "DATE", "2025-08"),
        T("Tuesday", "DATE", "2025-09-02"),
        T("overnight", "TIME", "2025-09-02TNI"),
        T("the next few days", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2025-09-04"),
    ],
    events=[
        E("Putin and Xi attend the Beijing military parade together", "CONSULT", ["Vladimir Putin", "Xi Jinping"],
          "2025-09-03", "text", "occurred", "stood alongside Chinese leader"),
        E("Putin holds talks with Kim Jong Un", "CONSULT", ["Vladimir Putin"], "2025-09-03", "context", "occurred",
          "held talks with Kim", note="Kim Jong Un is not canonical"),
        E("SCO summit in Tianjin", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2025-08-31", "text", "occurred",
          "Shanghai Cooperation Organization", note="summit 31 Aug - 1 Sep"),
        E("Putin blames the West and NATO expansion for the war", "ACCUSE", ["Vladimir Putin", "NATO"], "2025-09-01",
          "text", "occurred", "blamed the West"),
        E("Putin–Trump summit in Alaska", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-08", "text",
          "occurred", "in Alaska last month"),
        E("Understandings reached in Alaska", "AGREE", ["Vladimir Putin", "Donald Trump"], "2025-08", "text",
          "occurred", "in Alaska last month"),
        E("Putin and Xi hold formal talks in Beijing", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2025-09-02",
          "text", "occurred", "held formal talks"),
        E("Gazprom signs Power of Siberia 2 memorandum with Chinese partners", "AGREE", ["Russia", "China"],
          "2025-09-02", "context", "occurred", "held formal talks"),
        E("Putin says he is willing to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2025-09-03", "published", "occurred", "but only in Moscow"),
        E("Putin demands that a meeting take place in Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2025-09-03", "published", "occurred", "but only in Moscow"),
        E("Kyiv dismisses Putin's offer", "REJECT", ["Ukraine", "Vladimir Putin"], "2025-09-03", "published",
          "occurred", "stalling tactic"),
        E("Russian drone and missile attack overnight", "ASSAULT", ["Russia", "Ukraine"], "2025-09-02TNI", "text",
          "occurred", "more than 500 drones"),
        E("Trump accuses Xi, Putin and Kim of conspiring against the US", "ACCUSE",
          ["Donald Trump", "Xi Jinping", "Vladimir Putin"], "2025-09-03", "published", "occurred",
          "conspire against"),
        E("Trump to speak with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
          "planned", "the next few days"),
        E("Coalition of the willing meets in Paris", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky", "Steve Witkoff"], "2025-09-04", "text", "planned",
          "coalition of the willing"),
        E("Kremlin rejects any European troop presence in Ukraine", "REJECT", ["Dmitry Peskov"], "2025-09-03",
          "published", "occurred", "European troop presence"),
    ],
    statements=[
        S("Vladimir Putin", "Thanks Kim for the North Korean soldiers in Kursk", "2025-09-03", "context",
          "held talks with Kim"),
        S("Vladimir Putin", "The West caused the crisis by drawing Kyiv into NATO", "2025-09-01", "text",
          "blamed the West"),
        S("Vladimir Putin", "The Alaska understandings open the way to peace", "2025-09-01", "context",
          "in Alaska last month"),
        S("Xi Jinping", "Relations are a model of ties between major powers", "2025-09-02", "context", "a model"),
        S("Vladimir Putin", "Willing to meet Zelensky, only in Moscow, well prepared", "2025-09-03", "published",
          "but only in Moscow"),
        S("Ukraine", "Putin's offer is a stalling tactic", "2025-09-03", "published", "stalling tactic"),
        S("Ukraine", "Air force: more than 500 drones and missiles overnight", "2025-09-03", "published",
          "more than 500 drones"),
        S("Donald Trump", "Warmest regards to Putin and Kim as you conspire against the US", "2025-09-03",
          "published", "conspire against"),
        S("Donald Trump", "Will speak with Putin; very disappointed if no move toward a deal", "2025-09-03",
          "published", "the next few days"),
        S("Dmitry Peskov", "European troops in Ukraine unacceptable", "2025-09-03", "published",
          "European troop presence"),
    ],
    actors=["Russia", "Vladimir Putin", "China", "Xi Jinping", "NATO", "Ukraine", "United States", "Donald Trump",
            "Volodymyr Zelensky", "France", "Emmanuel Macron", "Steve Witkoff", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b9en03
EN03 = dict(
    id="b9en03_trump_tower_zelensky_victory_plan_2024_09",
    lang="en",
    published="2024-09-28",
    body="""
Trump meets Zelensky in New York, promises a "fair deal" if he wins
Former President Donald Trump met Ukrainian President Volodymyr Zelensky at Trump Tower in New York on Friday morning, days after sharply criticizing the Ukrainian leader on the campaign trail.
"We have a very good relationship, and I also have a very good relationship, as you know, with President Putin," Trump told reporters as the two sat down.
He said he would work out a "fair deal" quickly if he returns to the White House in January.
Zelensky said the two shared the view that "the war must be stopped" and that Vladimir Putin could not be allowed to win.

The meeting, which lasted about 45 minutes, had been in doubt until the last minute.
Trump had said on Wednesday that Zelensky was "the greatest salesman" for extracting billions of dollars from Washington, and that Ukraine should have made concessions before the war began.
Zelensky had angered Republicans earlier this week by calling Trump's running mate JD Vance "too radical" in an interview.

On Thursday, Zelensky presented his "victory plan" to President Joe Biden and Vice President Kamala Harris at the White House.
Biden announced nearly $8 billion in military aid ahead of the visit, including a first delivery of long-range glide bombs, but held off on allowing Kyiv to use Western missiles deep inside Russia.
Harris warned against ideas that would force Ukraine to give up territory, calling them "proposals for surrender."

In Moscow, Kremlin spokesman Dmitry Peskov said Zelensky's plan was an attempt to persuade the West to fight Russia "to the last Ukrainian."
Putin on Wednesday announced changes to Russia's nuclear doctrine, saying an attack by a non-nuclear state backed by a nuclear power would be treated as a joint attack.
Peskov described the move as a "signal" to Western capitals.
Biden is due to host a meeting of Ukraine's allies at the US air base in Ramstein, Germany, next month, where Zelensky hopes to win more support for his plan.
""",
    timexes=[
        T("Friday morning", "TIME", "2024-09-27TMO"),
        T("January", "DATE", "2025-01"),
        T("about 45 minutes", "DURATION", "PT45M", mod="APPROX"),
        T("Wednesday", "DATE", "2024-09-25", n=0),
        T("earlier this week", "DATE", "2024-W39"),
        T("Thursday", "DATE", "2024-09-26"),
        T("Wednesday", "DATE", "2024-09-25", n=1),
        T("next month", "DATE", "2024-10"),
    ],
    events=[
        E("Trump and Zelensky meet at Trump Tower", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2024-09-27TMO", "text", "occurred", "at Trump Tower"),
        E("Trump calls Zelensky 'the greatest salesman'", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
          "2024-09-25", "text", "occurred", "greatest salesman"),
        E("Zelensky calls Vance 'too radical'", "ACCUSE", ["Volodymyr Zelensky", "JD Vance"], "2024-W39", "text",
          "occurred", "too radical"),
        E("Zelensky meets Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2024-09-26",
          "text", "occurred", "victory plan\" to President"),
        E("Zelensky presents his victory plan to Biden", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
          "2024-09-26", "text", "occurred", "victory plan\" to President"),
        E("Biden announces nearly $8 billion in military aid", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2024-09-26", "context", "occurred", "nearly $8 billion"),
        E("Biden holds off on allowing long-range strikes inside Russia", "REJECT", ["Joe Biden", "Ukraine"],
          "2024-09-26", "context", "occurred", "nearly $8 billion"),
        E("Peskov: the plan aims to make the West fight Russia to the last Ukrainian", "ACCUSE",
          ["Dmitry Peskov", "Volodymyr Zelensky"], "2024-09-28", "published", "occurred", "to the last Ukrainian"),
        E("Putin announces changes to Russia's nuclear doctrine", "THREATEN", ["Vladimir Putin", "Russia"],
          "2024-09-25", "text", "occurred", "nuclear doctrine"),
        E("Ramstein meeting of Ukraine's allies hosted by Biden", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2024-10", "text", "planned", "Ramstein"),
    ],
    statements=[
        S("Donald Trump", "Very good relationship with Zelensky and with Putin", "2024-09-27", "context",
          "We have a very good relationship"),
        S("Donald Trump", "Would quickly work out a fair deal if he returns to the White House", "2024-09-27",
          "context", "work out a \"fair deal\""),
        S("Volodymyr Zelensky", "Both share the view that the war must be stopped; Putin must not win",
          "2024-09-27", "context", "the war must be stopped"),
        S("Donald Trump", "Zelensky is the greatest salesman; Ukraine should have made concessions", "2024-09-25",
          "text", "greatest salesman"),
        S("Volodymyr Zelensky", "Vance is too radical", "2024-W39", "text", "too radical"),
        S("Dmitry Peskov", "The plan aims to make the West fight Russia to the last Ukrainian", "2024-09-28",
          "published", "to the last Ukrainian"),
        S("Vladimir Putin", "Attack by a non-nuclear state backed by a nuclear power treated as joint attack",
          "2024-09-25", "text", "nuclear doctrine"),
        S("Dmitry Peskov", "The doctrine change is a signal to the West", "2024-09-28", "published",
          "Peskov described the move"),
    ],
    actors=["Donald Trump", "Volodymyr Zelensky", "Ukraine", "Vladimir Putin", "United States", "JD Vance",
            "Joe Biden", "Russia", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b9en04
EN04 = dict(
    id="b9en04_energy_moratorium_expires_2026_06",
    lang="en",
    published="2026-06-22",
    body="""
Energy truce collapses as Russia and Ukraine trade blame; Trump "not happy"
A 30-day moratorium on strikes against energy infrastructure expired on Friday, and within hours Russia and Ukraine accused each other of having resumed attacks.
Ukraine's air force said Russia launched 380 drones and 14 missiles overnight into Sunday, targeting power plants and substations in the Kyiv, Kharkiv and Dnipro regions.
Russia's defense ministry said Ukrainian drones had struck an oil depot in the Bryansk region late Saturday, calling the attack a "deliberate provocation."

The moratorium had been agreed on May 20 at talks in Abu Dhabi mediated by the United States and the United Arab Emirates.
Last week, Kyiv proposed extending it by another 60 days, but Moscow said it would only agree if Ukraine also halted its drone strikes on Russian refineries.

President Donald Trump said Sunday he was "not happy" with either side and threatened to "walk away" from mediation if there was no progress very soon.
Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergey Lavrov on Saturday, the State Department said, adding that Rubio had urged Moscow to restore the truce.
Russia's foreign ministry said Lavrov had told Rubio that Kyiv bore full responsibility for the collapse.

President Volodymyr Zelensky called on allies to deliver more air defense systems before winter, warning that Russia was trying to "freeze Ukraine into surrender."
UN Secretary-General António Guterres urged both sides to reinstate the moratorium without delay.
The IAEA said the Zaporizhzhia nuclear plant had lost one of its two remaining off-site power lines on Sunday.
Ukraine's chief negotiator Rustem Umerov is expected in Washington later this week for talks with special envoy Steve Witkoff, Ukrainian officials said.
Kremlin spokesman Dmitry Peskov said Moscow remained "open to dialogue" but would respond "appropriately" to any attacks on Russian territory.
""",
    timexes=[
        T("30-day", "DURATION", "P30D"),
        T("Friday", "DATE", "2026-06-19"),
        T("hours", "DURATION", "PTXH"),
        T("overnight into Sunday", "TIME", "2026-06-20TNI", note="night to Sunday 21 June"),
        T("late Saturday", "TIME", "2026-06-20TNI"),
        T("May 20", "DATE", "2026-05-20"),
        T("Last week", "DATE", "2026-W25"),
        T("60 days", "DURATION", "P60D"),
        T("Sunday", "DATE", "2026-06-21", n=1),
        T("very soon", "DATE", "FUTURE_REF"),
        T("Saturday", "DATE", "2026-06-20", n=1),
        T("winter", "DATE", "2026-WI"),
        T("Sunday", "DATE", "2026-06-21", n=2),
        T("later this week", "DATE", "2026-W26"),
    ],
    events=[
        E("Russia and Ukraine accuse each other of resuming attacks after the moratorium expired", "ACCUSE",
          ["Russia", "Ukraine"], "2026-06-19", "context", "occurred", "accused each other",
          note="'within hours' of the Friday expiry"),
        E("Russian drone and missile attack on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2026-06-20TNI", "text", "occurred", "380 drones"),
        E("Ukrainian drones strike an oil depot in Bryansk", "ASSAULT", ["Ukraine", "Russia"], "2026-06-20TNI",
          "text", "occurred", "oil depot"),
        E("Russia calls the Bryansk strike a deliberate provocation", "ACCUSE", ["Russia", "Ukraine"], "2026-06-22",
          "published", "occurred", "oil depot"),
        E("Energy-strike moratorium agreed in Abu Dhabi", "AGREE", ["Russia", "Ukraine", "United States"],
          "2026-05-20", "text", "occurred", "had been agreed on May 20"),
        E("US- and UAE-mediated talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-05-20", "text", "occurred", "had been agreed on May 20"),
        E("Kyiv proposes a 60-day extension", "REQUEST", ["Ukraine", "Russia"], "2026-W25", "text", "occurred",
          "extending it by another 60 days"),
        E("Moscow makes an extension conditional on a halt to refinery strikes", "REQUEST", ["Russia", "Ukraine"],
          "2026-W25", "context", "occurred", "extending it by another 60 days"),
        E("Trump criticises both sides", "ACCUSE", ["Donald Trump", "Russia", "Ukraine"], "2026-06-21", "text",
          "occurred", "not happy\" with either side"),
        E("Trump threatens to walk away from mediation", "THREATEN", ["Donald Trump"], "2026-06-21", "context",
          "occurred", "not happy\" with either side"),
        E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-06-20", "text", "occurred",
          "spoke by phone"),
        E("Rubio urges Moscow to restore the truce", "REQUEST", ["Marco Rubio", "Russia"], "2026-06-20", "context",
          "occurred", "spoke by phone"),
        E("Lavrov blames Kyiv for the collapse", "ACCUSE", ["Sergey Lavrov", "Ukraine"], "2026-06-20", "context",
          "occurred", "full responsibility"),
        E("Zelensky asks allies for more air defense", "REQUEST", ["Volodymyr Zelensky"], "2026-06-22", "published",
          "occurred", "freeze Ukraine"),
        E("Zelensky accuses Russia of trying to freeze Ukraine into surrender", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2026-06-22", "published", "occurred", "freeze Ukraine"),
        E("Guterres urges reinstating the moratorium", "REQUEST", ["António Guterres", "Russia", "Ukraine"],
          "2026-06-22", "published", "occurred", "reinstate the moratorium"),
        E("Umerov to hold talks with Witkoff in Washington", "CONSULT", ["Rustem Umerov", "Steve Witkoff"],
          "2026-W26", "text", "planned", "later this week"),
        E("Peskov threatens an appropriate response to attacks on Russian territory", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2026-06-22", "published", "occurred", "open to dialogue"),
    ],
    statements=[
        S("Ukraine", "Air force: 380 drones and 14 missiles at energy targets", "2026-06-22", "published",
          "380 drones"),
        S("Russia", "Defense ministry: Ukrainian drones hit a Bryansk oil depot, a deliberate provocation",
          "2026-06-22", "published", "oil depot"),
        S("Russia", "Would agree to an extension only if refinery strikes stop", "2026-W25", "context",
          "extending it by another 60 days"),
        S("Donald Trump", "Not happy with either side; may walk away from mediation", "2026-06-21", "text",
          "not happy\" with either side"),
        S("Marco Rubio", "State Department: Rubio urged Moscow to restore the truce", "2026-06-20", "context",
          "spoke by phone"),
        S("Sergey Lavrov", "Kyiv bears full responsibility for the collapse", "2026-06-20", "context",
          "full responsibility"),
        S("Volodymyr Zelensky", "Allies should deliver more air defense; Russia wants to freeze Ukraine into surrender",
          "2026-06-22", "published", "freeze Ukraine"),
        S("António Guterres", "Both sides should reinstate the moratorium", "2026-06-22", "published",
          "reinstate the moratorium"),
        S("IAEA", "Zaporizhzhia plant lost one of two remaining power lines", "2026-06-22", "published",
          "Zaporizhzhia nuclear plant"),
        S("Ukraine", "Umerov expected in Washington later this week", "2026-06-22", "published", "later this week"),
        S("Dmitry Peskov", "Open to dialogue but will respond appropriately to attacks", "2026-06-22", "published",
          "open to dialogue"),
    ],
    actors=["Russia", "Ukraine", "United States", "Donald Trump", "Marco Rubio", "Sergey Lavrov",
            "Volodymyr Zelensky", "United Nations", "António Guterres", "IAEA", "Rustem Umerov", "Steve Witkoff",
            "Kremlin", "Dmitry Peskov"],
)

DOCS = [EN01, EN02, EN03, EN04]
