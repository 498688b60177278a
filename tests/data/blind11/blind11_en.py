"""English articles of the blind11 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b11en01
EN01 = dict(
    id="b11en01_zelensky_congress_war_criminal_2022_03",
    lang="en",
    published="2022-03-16",
    body="""
Zelensky invokes Pearl Harbor in plea to Congress; Biden brands Putin a 'war criminal'
WASHINGTON, March 16 (Reuters) - Ukrainian President Volodymyr Zelensky implored U.S. lawmakers on Wednesday to help close the skies over his country, invoking Pearl Harbor and the attacks on New York in 2001 in a virtual address that drew repeated standing ovations on Capitol Hill.
"We need you right now," Zelensky told them, switching from Ukrainian to English at the end of the 17-minute speech.
Hours later, President Joe Biden announced an additional $800 million in security assistance, including 800 Stinger anti-aircraft systems, 9,000 anti-armor weapons and 100 drones.
Biden stopped short of endorsing a no-fly zone or the transfer of Polish MiG-29 fighter jets, which the Pentagon has said risks drawing NATO into a direct clash with Russia.

Asked by a reporter as he left an unrelated event whether Putin was a war criminal, Biden replied: "Oh, I think he is a war criminal."
The Kremlin called the remark "unacceptable and unforgivable rhetoric" from the head of a state whose bombs had killed people around the world, spokesman Dmitry Peskov told the TASS news agency.

Also on Wednesday, the International Court of Justice in The Hague ordered Russia to suspend its military operations in Ukraine, in a 13-2 ruling that Moscow is widely expected to ignore.
Russia's representatives stayed away from the hearings last week, and the Foreign Ministry said it did not recognize the court's jurisdiction in the case.

Negotiators from both sides held another round of talks by video link, and officials offered the most upbeat assessments since the fighting began three weeks ago.
Russia's chief negotiator Vladimir Medinsky said the two sides were discussing a neutral, demilitarized Ukraine with its own army and navy, along the lines of Austria or Sweden.
Kyiv swiftly dismissed the idea, with presidential adviser Mykhailo Podolyak saying only "absolutely reliable security guarantees" from a group of partner states could underpin a deal.
Foreign Minister Sergey Lavrov told the RBC outlet that some wording was "close to being agreed", but cautioned that neutrality was only one element of a package.

In Brussels, NATO defense ministers agreed on Wednesday to task military commanders with drawing up options for a longer-term reinforcement of the alliance's eastern flank, Secretary General Jens Stoltenberg said.
Biden is scheduled to travel to Brussels next week for an extraordinary NATO summit and talks with European Union leaders, the White House said.
""",
    timexes=[
        T("March 16", "DATE", "2022-03-16"),
        T("Wednesday", "DATE", "2022-03-16"),
        T("2001", "DATE", "2001"),
        T("right now", "DATE", "PRESENT_REF"),
        T("17-minute", "DURATION", "PT17M"),
        T("Wednesday", "DATE", "2022-03-16", n=1),
        T("last week", "DATE", "2022-W10"),
        T("three weeks ago", "DATE", "2022-W08"),
        T("Wednesday", "DATE", "2022-03-16", n=2),
        T("next week", "DATE", "2022-W12"),
    ],
    events=[
        E("Zelensky implores U.S. lawmakers to help close Ukraine's skies", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2022-03-16", "text", "occurred",
          "Zelensky implored U.S. lawmakers"),
        E("Biden announces $800 million in additional security assistance", "AID",
          ["Joe Biden", "Ukraine"], "2022-03-16", "context", "occurred",
          "Hours later, President Joe Biden announced"),
        E("Biden declines to back a no-fly zone or the transfer of Polish MiG-29s", "REJECT",
          ["Joe Biden", "Ukraine", "Poland"], "2022-03-16", "context", "occurred",
          "Biden stopped short of endorsing"),
        E("Biden calls Putin a war criminal", "ACCUSE",
          ["Joe Biden", "Vladimir Putin"], "2022-03-16", "published", "occurred",
          "Oh, I think he is a war criminal"),
        E("Kremlin calls Biden's remark unacceptable and unforgivable rhetoric", "ACCUSE",
          ["Kremlin", "Dmitry Peskov", "Joe Biden"], "2022-03-16", "published", "occurred",
          "The Kremlin called the remark"),
        E("ICJ orders Russia to suspend its military operations in Ukraine", "REQUEST",
          ["Russia", "Ukraine"], "2022-03-16", "text", "occurred",
          "the International Court of Justice in The Hague ordered",
          note="the ICJ is not canonical"),
        E("Russia stays away from the ICJ hearings", "REJECT",
          ["Russia"], "2022-W10", "text", "occurred",
          "stayed away from the hearings"),
        E("Russia's invasion of Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-W08", "text", "occurred",
          "Negotiators from both sides held another round", note="24 Feb 2022"),
        E("Russian and Ukrainian negotiators hold another round of talks by video link", "CONSULT",
          ["Russia", "Ukraine"], "2022-03-16", "published", "occurred",
          "Negotiators from both sides held another round"),
        E("Russia proposes a neutral, demilitarized Ukraine on the Austrian or Swedish model", "REQUEST",
          ["Vladimir Medinsky", "Russia", "Ukraine"], "2022-03-16", "published", "occurred",
          "Russia's chief negotiator Vladimir Medinsky said"),
        E("Kyiv dismisses the neutrality model", "REJECT",
          ["Ukraine", "Russia"], "2022-03-16", "published", "occurred",
          "Kyiv swiftly dismissed the idea"),
        E("Kyiv demands absolutely reliable security guarantees from partner states", "REQUEST",
          ["Ukraine"], "2022-03-16", "published", "occurred",
          "Kyiv swiftly dismissed the idea"),
        E("NATO defense ministers meet in Brussels", "CONSULT",
          ["NATO"], "2022-03-16", "text", "occurred",
          "NATO defense ministers agreed on Wednesday"),
        E("NATO defense ministers agree to have options drawn up for reinforcing the eastern flank", "AGREE",
          ["NATO"], "2022-03-16", "text", "occurred",
          "NATO defense ministers agreed on Wednesday"),
        E("Biden to attend an extraordinary NATO summit in Brussels", "CONSULT",
          ["Joe Biden", "NATO"], "2022-W12", "text", "planned",
          "Biden is scheduled to travel to Brussels"),
        E("Biden to hold talks with EU leaders in Brussels", "CONSULT",
          ["Joe Biden", "European Union"], "2022-W12", "text", "planned",
          "Biden is scheduled to travel to Brussels"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Asks U.S. lawmakers to help close the skies over Ukraine",
          "2022-03-16", "text", "Zelensky implored U.S. lawmakers"),
        S("Volodymyr Zelensky", "We need you right now",
          "2022-03-16", "context", "We need you right now"),
        S("United States", "A MiG-29 transfer risks drawing NATO into a direct clash with Russia",
          "2022-03-16", "published", "Biden stopped short of endorsing"),
        S("Joe Biden", "I think he is a war criminal",
          "2022-03-16", "published", "Oh, I think he is a war criminal"),
        S("Dmitry Peskov", "Biden's remark is unacceptable and unforgivable rhetoric",
          "2022-03-16", "published", "The Kremlin called the remark"),
        S("Russia", "Does not recognize the court's jurisdiction in the case",
          "2022-03-16", "published", "stayed away from the hearings"),
        S("Vladimir Medinsky", "Sides discuss a neutral, demilitarized Ukraine with its own army",
          "2022-03-16", "published", "Russia's chief negotiator Vladimir Medinsky said"),
        S("Ukraine", "Only absolutely reliable security guarantees from partner states can underpin a deal",
          "2022-03-16", "published", "Kyiv swiftly dismissed the idea"),
        S("Sergey Lavrov", "Some wording close to being agreed; neutrality only one element",
          "2022-03-16", "published", "Foreign Minister Sergey Lavrov told the RBC outlet"),
        S("Jens Stoltenberg", "Defense ministers agreed to task commanders with options for the eastern flank",
          "2022-03-16", "context", "NATO defense ministers agreed on Wednesday"),
        S("White House", "Biden to travel to Brussels next week for a NATO summit and EU talks",
          "2022-03-16", "published", "Biden is scheduled to travel to Brussels"),
    ],
    actors=["Volodymyr Zelensky", "Joe Biden", "Vladimir Putin", "Ukraine", "United States", "Poland", "NATO",
            "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "Sergey Lavrov", "Jens Stoltenberg",
            "European Union", "White House"],
)

# ---------------------------------------------------------------- b11en02
EN02 = dict(
    id="b11en02_zelensky_washington_aid_stalled_2023_12",
    lang="en",
    published="2023-12-12",
    body="""
Zelenskyy leaves Washington without aid breakthrough as Biden warns of 'Christmas gift' to Putin
WASHINGTON (AP) — President Joe Biden said Tuesday that Congress would be handing Vladimir Putin "the greatest Christmas gift" if it failed to approve more money for Ukraine, as he and Volodymyr Zelenskyy made a joint appeal at the White House to break a deadlock over $61 billion in military aid.
The Oval Office meeting capped a day of hurried visits on Capitol Hill, where Zelenskyy spent about an hour with senators behind closed doors.
Republicans have tied any new Ukraine money to tougher measures at the U.S.-Mexico border, and several senators said after the session that the Ukrainian leader's appeal had not changed their minds.

Biden also approved a $200 million drawdown of weapons from U.S. stockpiles on Tuesday, a package officials described as among the last the Pentagon could send before funds run dry at the end of the year.
A senior administration official, speaking on condition of anonymity, said the White House had no "magic pot of money" to fall back on if Congress did not act before lawmakers leave for the holidays.
Zelenskyy, visiting Washington for the third time since Russia's full-scale invasion in February 2022, thanked Americans for their support but warned that any delay would be exploited by Moscow.
He said after the Oval Office meeting that he had received "positive signals" on additional air defense and that Biden had agreed to work toward joint production of weapons systems.

In Moscow, Kremlin spokesman Dmitry Peskov said the trip showed Western support for Kyiv was faltering and predicted that "fatigue" with the war would deepen in the coming months.
President Vladimir Putin, who is due to take questions at his year-end news conference on Thursday, said last week that Russia's goals in Ukraine had not changed.

European Union leaders are due to decide at a summit in Brussels on Thursday and Friday whether to open membership talks with Ukraine and approve a further 50 billion euros ($54 billion) in support through 2027.
Hungary's Prime Minister Viktor Orban has threatened to block both decisions, arguing that Ukraine is not ready for accession and that the money would be better spent at home.
European Commission President Ursula von der Leyen urged member states on Monday not to let Kyiv down, saying Ukraine had met most of the conditions set for it.
""",
    timexes=[
        T("Tuesday", "DATE", "2023-12-12"),
        T("about an hour", "DURATION", "PT1H", mod="APPROX"),
        T("Tuesday", "DATE", "2023-12-12", n=1),
        T("the end of the year", "DATE", "2023", mod="END"),
        T("February 2022", "DATE", "2022-02"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2023-12-14"),
        T("last week", "DATE", "2023-W49"),
        T("Thursday", "DATE", "2023-12-14", n=1),
        T("Friday", "DATE", "2023-12-15"),
        T("2027", "DATE", "2027"),
        T("Monday", "DATE", "2023-12-11"),
    ],
    events=[
        E("Biden and Zelenskyy jointly appeal to Congress to approve $61 billion in military aid", "REQUEST",
          ["Joe Biden", "Volodymyr Zelensky", "United States"], "2023-12-12", "text", "occurred",
          "President Joe Biden said Tuesday"),
        E("Biden–Zelenskyy meeting in the Oval Office", "CONSULT",
          ["Joe Biden", "Volodymyr Zelensky"], "2023-12-12", "context", "occurred",
          "The Oval Office meeting capped"),
        E("Zelenskyy meets U.S. senators behind closed doors for about an hour", "CONSULT",
          ["Volodymyr Zelensky", "United States"], "2023-12-12", "context", "occurred",
          "The Oval Office meeting capped"),
        E("Senators say Zelenskyy's appeal has not changed their minds", "REJECT",
          ["United States", "Volodymyr Zelensky"], "2023-12-12", "context", "occurred",
          "several senators said after the session"),
        E("$61 billion U.S. military aid package stalled in Congress", "AID",
          ["United States", "Ukraine"], "2023-12-12", "published", "uncertain",
          "President Joe Biden said Tuesday"),
        E("Biden approves a $200 million weapons drawdown for Ukraine", "AID",
          ["Joe Biden", "Ukraine"], "2023-12-12", "text", "occurred",
          "Biden also approved a $200 million drawdown"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "since Russia's full-scale invasion in February 2022"),
        E("Biden agrees to work toward joint production of weapons systems with Ukraine", "AGREE",
          ["Joe Biden", "Volodymyr Zelensky"], "2023-12-12", "context", "occurred",
          "He said after the Oval Office meeting"),
        E("EU summit in Brussels", "CONSULT",
          ["European Union"], "2023-12-14", "text", "planned",
          "European Union leaders are due to decide", note="Thursday–Friday, 14–15 Dec"),
        E("EU to decide on opening membership talks with Ukraine", "AGREE",
          ["European Union", "Ukraine"], "2023-12-14", "context", "uncertain",
          "European Union leaders are due to decide"),
        E("EU to decide on a further 50 billion euros for Ukraine through 2027", "AID",
          ["European Union", "Ukraine"], "2023-12-14", "context", "uncertain",
          "European Union leaders are due to decide"),
        E("Orban threatens to block accession talks and the aid package", "THREATEN",
          ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-12", "published", "occurred",
          "Hungary's Prime Minister Viktor Orban has threatened"),
        E("Von der Leyen urges member states not to let Kyiv down", "REQUEST",
          ["Ursula von der Leyen", "European Union"], "2023-12-11", "text", "occurred",
          "European Commission President Ursula von der Leyen urged"),
    ],
    statements=[
        S("Joe Biden", "Congress would hand Putin the greatest Christmas gift if it fails to approve Ukraine aid",
          "2023-12-12", "text", "President Joe Biden said Tuesday"),
        S("United States", "Senators' minds not changed by the appeal",
          "2023-12-12", "context", "several senators said after the session"),
        S("United States", "The White House has no magic pot of money if Congress does not act",
          "2023-12-12", "published", "A senior administration official"),
        S("Volodymyr Zelensky", "Thanks Americans; any delay would be exploited by Moscow",
          "2023-12-12", "published", "visiting Washington for the third time"),
        S("Volodymyr Zelensky", "Positive signals on air defense; Biden agreed to work toward joint production",
          "2023-12-12", "context", "He said after the Oval Office meeting"),
        S("Dmitry Peskov", "Western support for Kyiv is faltering; fatigue will deepen",
          "2023-12-12", "published", "In Moscow, Kremlin spokesman Dmitry Peskov"),
        S("Vladimir Putin", "Russia's goals in Ukraine have not changed",
          "2023-W49", "text", "said last week that Russia's goals"),
        S("Viktor Orbán", "Ukraine not ready for accession; money better spent at home",
          "2023-12-12", "published", "Hungary's Prime Minister Viktor Orban has threatened"),
        S("Ursula von der Leyen", "Ukraine has met most of the conditions; do not let Kyiv down",
          "2023-12-11", "text", "European Commission President Ursula von der Leyen urged"),
    ],
    actors=["Joe Biden", "Vladimir Putin", "Ukraine", "Volodymyr Zelensky", "White House", "United States",
            "Russia", "Kremlin", "Dmitry Peskov", "European Union", "Viktor Orbán", "Ursula von der Leyen"],
)

# ---------------------------------------------------------------- b11en03
EN03 = dict(
    id="b11en03_kharkiv_strikes_permission_2024_05",
    lang="en",
    published="2024-05-31",
    body="""
Blinken confirms Biden let Ukraine hit targets in Russia near Kharkiv with U.S. arms
PRAGUE, May 31 (Reuters) - U.S. Secretary of State Antony Blinken confirmed on Friday that President Joe Biden had authorized Ukraine earlier this week to use American weapons against targets inside Russia near the Kharkiv region, a limited but significant shift after weeks of pressure from Kyiv and several European allies.
Blinken, speaking at an informal meeting of NATO foreign ministers in the Czech capital, said Washington had "adapted and adjusted" its approach as Russian forces pushed across the border this month.
A U.S. official, speaking on condition of anonymity, said the permission covered counter-fire against Russian forces massing or firing from across the border, but that the policy against long-range strikes deep inside Russia had not changed.

Germany followed suit on Friday, with a government spokesman saying Ukraine could defend itself against attacks launched from positions just across the border "in line with its obligations under international law".
French President Emmanuel Macron had said on Tuesday, at a joint news conference with German Chancellor Olaf Scholz at Meseberg castle outside Berlin, that Ukraine should be allowed to "neutralize" military sites from which missiles were fired.
NATO Secretary General Jens Stoltenberg, who had urged allies in an interview last week to reconsider the restrictions, welcomed the decisions, saying the right to self-defense included striking legitimate military targets on Russian territory.

Moscow reacted with fresh warnings.
Speaking in Tashkent on Tuesday, President Vladimir Putin said European countries with small territories and dense populations should be "mindful of what they are playing with," adding that such steps could lead to "serious consequences."
Foreign ministry spokeswoman Maria Zakharova said any U.S. weapons used to strike Russian territory would be destroyed and accused Washington of deliberately pushing escalation.

Ukrainian President Volodymyr Zelensky thanked Biden in his nightly video address but said the decision had come late and renewed his appeal for permission to hit military airfields deeper inside Russia.
Biden and Zelensky are expected to meet next week in France on the sidelines of the D-Day commemorations, and again at the Group of Seven summit in Italy the following week, people familiar with the plans said.
Switzerland hosts a peace conference on June 15 to which Russia was not invited and which China has said it will not attend.
""",
    timexes=[
        T("May 31", "DATE", "2024-05-31"),
        T("Friday", "DATE", "2024-05-31"),
        T("earlier this week", "DATE", "2024-W22"),
        T("weeks", "DURATION", "PXW"),
        T("this month", "DATE", "2024-05"),
        T("Friday", "DATE", "2024-05-31", n=1),
        T("Tuesday", "DATE", "2024-05-28"),
        T("last week", "DATE", "2024-W21"),
        T("Tuesday", "DATE", "2024-05-28", n=1),
        T("nightly", "SET", "P1D"),
        T("next week", "DATE", "2024-W23"),
        T("the following week", "DATE", "2024-W24"),
        T("June 15", "DATE", "2024-06-15"),
    ],
    events=[
        E("Biden authorizes Ukraine to use U.S. weapons against targets in Russia near Kharkiv", "AID",
          ["Joe Biden", "Ukraine"], "2024-W22", "text", "occurred",
          "U.S. Secretary of State Antony Blinken confirmed on Friday"),
        E("Informal meeting of NATO foreign ministers in Prague", "CONSULT",
          ["NATO", "Antony Blinken"], "2024-05-31", "context", "occurred",
          "speaking at an informal meeting of NATO foreign ministers", note="30–31 May"),
        E("Russian offensive across the border in the Kharkiv region", "ASSAULT",
          ["Russia", "Ukraine"], "2024-05", "text", "occurred",
          "speaking at an informal meeting of NATO foreign ministers"),
        E("Germany allows Ukraine to use German weapons against attacks from just across the border", "AID",
          ["Germany", "Ukraine"], "2024-05-31", "text", "occurred",
          "Germany followed suit on Friday"),
        E("Macron–Scholz joint news conference at Meseberg", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz"], "2024-05-28", "context", "occurred",
          "French President Emmanuel Macron had said on Tuesday"),
        E("Macron says Ukraine should be allowed to neutralize military sites in Russia", "REQUEST",
          ["Emmanuel Macron", "Ukraine"], "2024-05-28", "text", "occurred",
          "French President Emmanuel Macron had said on Tuesday"),
        E("Stoltenberg urges allies to reconsider the restrictions", "REQUEST",
          ["Jens Stoltenberg", "NATO"], "2024-W21", "text", "occurred",
          "NATO Secretary General Jens Stoltenberg, who had urged allies"),
        E("Stoltenberg welcomes the decisions", "SUPPORT",
          ["Jens Stoltenberg", "Joe Biden", "Germany"], "2024-05-31", "published", "occurred",
          "NATO Secretary General Jens Stoltenberg, who had urged allies"),
        E("Putin warns European countries of serious consequences", "THREATEN",
          ["Vladimir Putin"], "2024-05-28", "text", "occurred",
          "Speaking in Tashkent on Tuesday"),
        E("Zakharova says U.S. weapons used against Russian territory would be destroyed", "THREATEN",
          ["Maria Zakharova", "United States"], "2024-05-31", "published", "occurred",
          "Foreign ministry spokeswoman Maria Zakharova said"),
        E("Zakharova accuses Washington of pushing escalation", "ACCUSE",
          ["Maria Zakharova", "United States"], "2024-05-31", "published", "occurred",
          "Foreign ministry spokeswoman Maria Zakharova said"),
        E("Zelensky renews his appeal for permission to strike airfields deeper inside Russia", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2024-05-31", "published", "occurred",
          "thanked Biden in his nightly video address"),
        E("Biden–Zelensky meeting in France at the D-Day commemorations", "CONSULT",
          ["Joe Biden", "Volodymyr Zelensky"], "2024-W23", "text", "planned",
          "Biden and Zelensky are expected to meet"),
        E("Biden–Zelensky meeting at the G7 summit in Italy", "CONSULT",
          ["Joe Biden", "Volodymyr Zelensky"], "2024-W24", "text", "planned",
          "Biden and Zelensky are expected to meet"),
        E("Peace conference in Switzerland", "CONSULT",
          ["Ukraine"], "2024-06-15", "text", "planned",
          "Switzerland hosts a peace conference", note="Switzerland is not canonical; Russia not invited"),
        E("China will not attend the peace conference", "REJECT",
          ["China"], "2024-06-15", "context", "planned",
          "Switzerland hosts a peace conference"),
    ],
    statements=[
        S("Antony Blinken", "Biden authorized Ukraine to use U.S. weapons against targets in Russia near Kharkiv",
          "2024-05-31", "text", "U.S. Secretary of State Antony Blinken confirmed on Friday"),
        S("Antony Blinken", "Washington adapted and adjusted its approach",
          "2024-05-31", "context", "speaking at an informal meeting of NATO foreign ministers"),
        S("United States", "Permission covers counter-fire near the border; long-range policy unchanged",
          "2024-05-31", "published", "A U.S. official, speaking on condition of anonymity"),
        S("Germany", "Ukraine may defend itself against attacks from positions just across the border",
          "2024-05-31", "text", "Germany followed suit on Friday"),
        S("Emmanuel Macron", "Ukraine should be allowed to neutralize military sites from which missiles are fired",
          "2024-05-28", "text", "French President Emmanuel Macron had said on Tuesday"),
        S("Jens Stoltenberg", "Self-defense includes striking legitimate military targets on Russian territory",
          "2024-05-31", "published", "NATO Secretary General Jens Stoltenberg, who had urged allies"),
        S("Vladimir Putin", "Small, densely populated European countries should be mindful; serious consequences",
          "2024-05-28", "text", "Speaking in Tashkent on Tuesday"),
        S("Maria Zakharova", "U.S. weapons used against Russia would be destroyed; Washington pushes escalation",
          "2024-05-31", "published", "Foreign ministry spokeswoman Maria Zakharova said"),
        S("Volodymyr Zelensky", "Thanks Biden; decision came late; wants permission to hit airfields deeper in Russia",
          "2024-05-31", "published", "thanked Biden in his nightly video address"),
        S("China", "Will not attend the peace conference",
          "2024-05-31", "published", "Switzerland hosts a peace conference"),
    ],
    actors=["Antony Blinken", "Joe Biden", "Ukraine", "Russia", "United States", "NATO", "Germany",
            "Emmanuel Macron", "France", "Olaf Scholz", "Jens Stoltenberg", "Vladimir Putin", "Maria Zakharova",
            "Volodymyr Zelensky", "China"],
)

# ---------------------------------------------------------------- b11en04
EN04 = dict(
    id="b11en04_us_oil_sanctions_biden_exit_2025_01",
    lang="en",
    published="2025-01-10",
    body="""
U.S. hits Russian oil majors and shadow fleet in Biden's parting sanctions blow
WASHINGTON, Jan 10 (Reuters) - The Biden administration on Friday imposed its broadest sanctions yet on Russia's oil sector, targeting producers Gazprom Neft and Surgutneftegas and 183 vessels that have carried Russian crude, in a move aimed at giving Ukraine and the incoming Trump team leverage ahead of any peace talks.
The measures, announced by the Treasury Department as President-elect Donald Trump prepares to take office, could cost Russia billions of dollars a month in revenue if fully enforced, U.S. officials said.
Britain announced parallel sanctions against the two companies, and the White House said the steps had been coordinated with partners in the Group of Seven.

Trump has vowed to end the war quickly, and on Thursday told Republican governors at his Mar-a-Lago club that Putin wanted to meet him and that a meeting was being set up "very soon."
Kremlin spokesman Dmitry Peskov told reporters on Friday that Putin was open to contacts without preconditions, but that nothing concrete had been arranged.
Peskov said the sanctions were an attempt to leave "the heaviest possible legacy" for the new administration and that Russia would take steps to minimize the damage.

Ukrainian President Volodymyr Zelensky welcomed the measures as "a significant blow" and urged Trump's team to keep them in place, saying the less revenue Russia earned, the sooner peace would be restored.
Some of the largest buyers of Russian crude in India and China were already scrambling to find alternative cargoes, traders said, pushing benchmark Brent prices toward $80 a barrel for the first time since October.

Separately, U.S. Defense Secretary Lloyd Austin hosted what was expected to be the last meeting of the Ukraine Defense Contact Group under the Biden administration at Ramstein Air Base in Germany on Thursday.
Austin announced a final $500 million weapons package there and urged the incoming administration not to abandon the coalition of some 50 countries he had built.
Keith Kellogg, Trump's pick as envoy for Ukraine and Russia, has postponed a visit to Kyiv planned for early January until after the Jan. 20 inauguration, according to people familiar with the matter.
""",
    timexes=[
        T("Jan 10", "DATE", "2025-01-10"),
        T("Friday", "DATE", "2025-01-10"),
        T("a month", "SET", "P1M"),
        T("Thursday", "DATE", "2025-01-09"),
        T("very soon", "DATE", "FUTURE_REF"),
        T("Friday", "DATE", "2025-01-10", n=1),
        T("October", "DATE", "2024-10"),
        T("Thursday", "DATE", "2025-01-09", n=1),
        T("early January", "DATE", "2025-01", mod="START"),
        T("Jan. 20", "DATE", "2025-01-20"),
    ],
    events=[
        E("U.S. sanctions Gazprom Neft, Surgutneftegas and 183 tankers", "SANCTION",
          ["United States", "Russia"], "2025-01-10", "text", "occurred",
          "The Biden administration on Friday imposed"),
        E("Britain announces parallel sanctions on the two oil companies", "SANCTION",
          ["United Kingdom", "Russia"], "2025-01-10", "published", "occurred",
          "Britain announced parallel sanctions"),
        E("Possible Trump–Putin meeting being set up", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague", "uncertain",
          "told Republican governors at his Mar-a-Lago club"),
        E("Putin open to contacts with Trump without preconditions", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2025-01-10", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov told reporters on Friday"),
        E("Peskov says the sanctions aim to leave the heaviest possible legacy", "ACCUSE",
          ["Dmitry Peskov", "United States"], "2025-01-10", "context", "occurred",
          "Peskov said the sanctions were an attempt"),
        E("Zelensky welcomes the sanctions", "SUPPORT",
          ["Volodymyr Zelensky", "United States"], "2025-01-10", "published", "occurred",
          "Ukrainian President Volodymyr Zelensky welcomed"),
        E("Zelensky urges Trump's team to keep the sanctions in place", "REQUEST",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-01-10", "published", "occurred",
          "Ukrainian President Volodymyr Zelensky welcomed"),
        E("Last Ukraine Defense Contact Group meeting under Biden at Ramstein", "CONSULT",
          ["United States", "Ukraine"], "2025-01-09", "text", "occurred",
          "Separately, U.S. Defense Secretary Lloyd Austin hosted"),
        E("Austin announces a final $500 million weapons package", "AID",
          ["United States", "Ukraine"], "2025-01-09", "context", "occurred",
          "Austin announced a final $500 million weapons package"),
        E("Austin urges the incoming administration not to abandon the coalition", "REQUEST",
          ["United States", "Donald Trump"], "2025-01-09", "context", "occurred",
          "Austin announced a final $500 million weapons package"),
        E("Kellogg postpones his Kyiv visit", "CONSULT",
          ["Keith Kellogg", "Ukraine"], "2025-01", "text", "cancelled",
          "has postponed a visit to Kyiv", date_mod="START", note="postponed until after the 20 Jan inauguration"),
    ],
    statements=[
        S("United States", "The measures could cost Russia billions of dollars a month",
          "2025-01-10", "published", "The measures, announced by the Treasury Department"),
        S("White House", "Steps coordinated with G7 partners",
          "2025-01-10", "published", "Britain announced parallel sanctions"),
        S("Donald Trump", "Has vowed to end the war quickly",
          "2025-01-10", "published", "told Republican governors at his Mar-a-Lago club"),
        S("Donald Trump", "Putin wants to meet; a meeting is being set up very soon",
          "2025-01-09", "text", "told Republican governors at his Mar-a-Lago club"),
        S("Vladimir Putin, via Dmitry Peskov", "Open to contacts without preconditions",
          "2025-01-10", "text", "Kremlin spokesman Dmitry Peskov told reporters on Friday"),
        S("Dmitry Peskov", "Nothing concrete has been arranged",
          "2025-01-10", "text", "Kremlin spokesman Dmitry Peskov told reporters on Friday"),
        S("Dmitry Peskov", "Sanctions aim to leave the heaviest legacy; Russia will minimize the damage",
          "2025-01-10", "context", "Peskov said the sanctions were an attempt"),
        S("Volodymyr Zelensky", "A significant blow; Trump's team should keep the sanctions",
          "2025-01-10", "published", "Ukrainian President Volodymyr Zelensky welcomed"),
        S("United States", "Incoming administration should not abandon the coalition",
          "2025-01-09", "context", "Austin announced a final $500 million weapons package"),
    ],
    actors=["United States", "Russia", "Joe Biden", "Ukraine", "Donald Trump", "United Kingdom", "White House",
            "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Keith Kellogg"],
)

# ---------------------------------------------------------------- b11en05
EN05 = dict(
    id="b11en05_nato_ankara_summit_2026_07",
    lang="en",
    published="2026-07-08",
    body="""
NATO leaders vow to keep arming Ukraine as Erdogan offers to host Putin-Zelensky summit
ANKARA, July 8 (Reuters) - NATO leaders on Wednesday pledged to maintain military support for Ukraine "for as long as Russia's aggression continues", in a summit declaration that stopped short of any new promise on membership but named Russia the most direct threat to the alliance's security.
The two-day gathering in the Turkish capital, which opened on Tuesday, was dominated by haggling over a U.S. demand that European allies buy more American weapons for Kyiv through the alliance's PURL mechanism.
Earlier on Wednesday, U.S. President Donald Trump held a 40-minute meeting with Ukrainian President Volodymyr Zelensky on the sidelines.
Zelensky said afterwards the talks had been "substantive" and that he had asked for additional Patriot systems ahead of the winter, when Russia usually intensifies its strikes on the power grid.

Trump told reporters at the end of the summit that Europeans were "finally paying their share" and that Washington would keep selling Patriot batteries to NATO for onward delivery to Ukraine.
NATO Secretary General Mark Rutte said allies had committed a further 15 billion euros to PURL purchases this year, and that a new training centre for Ukrainian troops would open in Poland by the end of 2026.

Turkish President Tayyip Erdogan used his role as host to renew an offer to stage a meeting between Zelensky and Russian President Vladimir Putin in Istanbul, saying Turkey was ready to host such talks "at any moment".
Foreign Minister Hakan Fidan said he had discussed the idea by phone with his Russian counterpart Sergei Lavrov on Monday.

The Kremlin was dismissive.
Spokesman Dmitry Peskov said a meeting between the two presidents could only crown a finished agreement, not replace one, and described the summit declaration as "confrontational rhetoric".
Russia's foreign ministry warned that any deployment of European troops to Ukraine after a ceasefire would be treated as a legitimate target.

The summit was the first hosted by Turkey since 2004.
Allies agreed to hold their next meeting in the Albanian capital Tirana in 2027.
""",
    timexes=[
        T("July 8", "DATE", "2026-07-08"),
        T("Wednesday", "DATE", "2026-07-08"),
        T("two-day", "DURATION", "P2D"),
        T("Tuesday", "DATE", "2026-07-07"),
        T("Wednesday", "DATE", "2026-07-08", n=1),
        T("40-minute", "DURATION", "PT40M"),
        T("the winter", "DATE", "2026-WI"),
        T("this year", "DATE", "2026"),
        T("the end of 2026", "DATE", "2026", mod="END"),
        T("Monday", "DATE", "2026-07-06"),
        T("2004", "DATE", "2004"),
        T("2027", "DATE", "2027"),
    ],
    events=[
        E("NATO leaders pledge to maintain military support for Ukraine", "AID",
          ["NATO", "Ukraine"], "2026-07-08", "text", "planned",
          "NATO leaders on Wednesday pledged"),
        E("NATO adopts its summit declaration", "AGREE",
          ["NATO"], "2026-07-08", "text", "occurred",
          "NATO leaders on Wednesday pledged"),
        E("Declaration names Russia the most direct threat to the alliance", "ACCUSE",
          ["NATO", "Russia"], "2026-07-08", "text", "occurred",
          "NATO leaders on Wednesday pledged"),
        E("Two-day NATO summit in Ankara", "CONSULT",
          ["NATO", "Turkey"], "2026-07-07", "text", "occurred",
          "The two-day gathering in the Turkish capital", note="7–8 July"),
        E("U.S. demands that European allies buy more American weapons for Kyiv through PURL", "REQUEST",
          ["United States", "NATO"], "2026-07-07", "context", "occurred",
          "The two-day gathering in the Turkish capital"),
        E("Trump–Zelensky meeting on the sidelines", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2026-07-08", "text", "occurred",
          "held a 40-minute meeting"),
        E("Zelensky asks for additional Patriot systems before the winter", "REQUEST",
          ["Volodymyr Zelensky", "Donald Trump"], "2026-07-08", "context", "occurred",
          "Zelensky said afterwards the talks"),
        E("Washington to keep selling Patriot batteries to NATO for Ukraine", "AID",
          ["United States", "NATO", "Ukraine"], "2026-07-08", "published", "planned",
          "Trump told reporters at the end of the summit"),
        E("Allies commit a further 15 billion euros to PURL purchases", "AID",
          ["NATO", "Ukraine"], "2026", "text", "occurred",
          "NATO Secretary General Mark Rutte said allies had committed"),
        E("New training centre for Ukrainian troops to open in Poland", "AID",
          ["NATO", "Ukraine", "Poland"], "2026", "text", "planned",
          "NATO Secretary General Mark Rutte said allies had committed", date_mod="END"),
        E("Erdogan renews his offer to host a Putin–Zelensky meeting in Istanbul", "REQUEST",
          ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-07-08", "published", "occurred",
          "Turkish President Tayyip Erdogan used his role as host"),
        E("Fidan–Lavrov phone call", "CONSULT",
          ["Hakan Fidan", "Sergey Lavrov"], "2026-07-06", "text", "occurred",
          "Foreign Minister Hakan Fidan said"),
        E("Kremlin dismisses a Putin–Zelensky meeting before an agreement", "REJECT",
          ["Kremlin", "Dmitry Peskov", "Recep Tayyip Erdoğan"], "2026-07-08", "published", "occurred",
          "Spokesman Dmitry Peskov said a meeting"),
        E("Peskov calls the declaration confrontational rhetoric", "ACCUSE",
          ["Dmitry Peskov", "NATO"], "2026-07-08", "published", "occurred",
          "Spokesman Dmitry Peskov said a meeting"),
        E("Russia warns European troops in Ukraine would be a legitimate target", "THREATEN",
          ["Russia"], "2026-07-08", "published", "occurred",
          "Russia's foreign ministry warned"),
        E("Next NATO summit in Tirana", "CONSULT",
          ["NATO"], "2027", "text", "planned",
          "Allies agreed to hold their next meeting"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Talks substantive; asked for more Patriots before the winter",
          "2026-07-08", "context", "Zelensky said afterwards the talks"),
        S("Donald Trump", "Europeans finally paying their share; Washington will keep selling Patriots to NATO",
          "2026-07-08", "context", "Trump told reporters at the end of the summit"),
        S("Mark Rutte", "Allies committed 15 billion euros to PURL; training centre in Poland by end of 2026",
          "2026-07-08", "published", "NATO Secretary General Mark Rutte said allies had committed"),
        S("Recep Tayyip Erdoğan", "Turkey ready to host Putin–Zelensky talks at any moment",
          "2026-07-08", "published", "Turkish President Tayyip Erdogan used his role as host"),
        S("Hakan Fidan", "Discussed the idea by phone with Lavrov on Monday",
          "2026-07-08", "published", "Foreign Minister Hakan Fidan said"),
        S("Dmitry Peskov", "A presidents' meeting can only crown an agreement; declaration is confrontational rhetoric",
          "2026-07-08", "published", "Spokesman Dmitry Peskov said a meeting"),
        S("Russia", "European troops in Ukraine after a ceasefire would be a legitimate target",
          "2026-07-08", "published", "Russia's foreign ministry warned"),
    ],
    actors=["NATO", "Ukraine", "Russia", "Turkey", "United States", "Donald Trump", "Volodymyr Zelensky",
            "Mark Rutte", "Poland", "Recep Tayyip Erdoğan", "Vladimir Putin", "Hakan Fidan", "Sergey Lavrov",
            "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b11en06
EN06 = dict(
    id="b11en06_vance_zelensky_munich_2025_02",
    lang="en",
    published="2025-02-14",
    body="""
Vance meets Zelensky in Munich, then rattles Europeans with speech on 'threat from within'
MUNICH, Feb 14 (Reuters) - U.S. Vice President JD Vance met Ukrainian President Volodymyr Zelensky on the sidelines of the Munich Security Conference on Friday, after President Donald Trump's phone call with Vladimir Putin on Wednesday upended three years of Western efforts to isolate the Kremlin leader.
"We want a lasting peace, not one that falls apart after a few months," Vance told reporters after the meeting, which lasted about 45 minutes.
Zelensky said the two had agreed to keep working on a plan to end the war, but that Ukraine would never accept a deal negotiated over its head.
Aides said Zelensky would use his own speech to the conference on Saturday to urge Europeans to build up an army of their own.

The meeting was overshadowed by Vance's address to the conference, in which he barely mentioned Russia or Ukraine and instead accused European governments, including Germany's, of suppressing free speech and ignoring voters' concerns about migration.
The threat he worried about most was not Russia or China but "the threat from within", Vance said.
German Chancellor Olaf Scholz, campaigning ahead of a Feb. 23 election, said it was not acceptable for outsiders to tell Germans how to run their democracy.

The speech compounded unease caused by Defense Secretary Pete Hegseth, who said in Brussels on Wednesday that a return to Ukraine's borders before 2014 was unrealistic and that NATO membership for Kyiv was not part of a realistic settlement.
Kremlin spokesman Dmitry Peskov praised what he called Washington's "sober" view and said Putin and Trump had agreed in their call to let their teams begin preparing a possible meeting, perhaps in Saudi Arabia.
Keith Kellogg, Trump's envoy for Ukraine and Russia, told a panel that Europeans would not have a seat at the negotiating table but that their interests would be taken into account.
Kellogg is due to travel to Kyiv next week, while French President Emmanuel Macron is preparing to host an emergency meeting of European leaders in Paris early next week, two diplomats said.
""",
    timexes=[
        T("Feb 14", "DATE", "2025-02-14"),
        T("Friday", "DATE", "2025-02-14"),
        T("Wednesday", "DATE", "2025-02-12"),
        T("three years", "DURATION", "P3Y"),
        T("a few months", "DURATION", "PXM"),
        T("about 45 minutes", "DURATION", "PT45M", mod="APPROX"),
        T("Saturday", "DATE", "2025-02-15"),
        T("Feb. 23", "DATE", "2025-02-23"),
        T("Wednesday", "DATE", "2025-02-12", n=1),
        T("2014", "DATE", "2014"),
        T("next week", "DATE", "2025-W08"),
        T("early next week", "DATE", "2025-W08", mod="START"),
    ],
    events=[
        E("Vance meets Zelensky on the sidelines of the Munich Security Conference", "CONSULT",
          ["JD Vance", "Volodymyr Zelensky"], "2025-02-14", "text", "occurred",
          "U.S. Vice President JD Vance met"),
        E("Trump–Putin phone call", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text", "occurred",
          "U.S. Vice President JD Vance met"),
        E("Vance and Zelensky agree to keep working on a plan to end the war", "AGREE",
          ["JD Vance", "Volodymyr Zelensky"], "2025-02-14", "context", "occurred",
          "Zelensky said the two had agreed"),
        E("Zelensky: Ukraine will never accept a deal negotiated over its head", "REJECT",
          ["Volodymyr Zelensky"], "2025-02-14", "context", "occurred",
          "Zelensky said the two had agreed"),
        E("Zelensky to urge Europeans to build an army of their own", "REQUEST",
          ["Volodymyr Zelensky"], "2025-02-15", "text", "planned",
          "Aides said Zelensky would use his own speech"),
        E("Vance accuses European governments, including Germany's, of suppressing free speech", "ACCUSE",
          ["JD Vance", "Germany"], "2025-02-14", "context", "occurred",
          "The meeting was overshadowed by Vance's address"),
        E("Scholz rejects outside lecturing on German democracy", "REJECT",
          ["Olaf Scholz", "JD Vance"], "2025-02-14", "published", "occurred",
          "German Chancellor Olaf Scholz, campaigning"),
        E("Hegseth rules out a return to pre-2014 borders and NATO membership for Ukraine", "REJECT",
          ["United States", "Ukraine", "NATO"], "2025-02-12", "text", "occurred",
          "Defense Secretary Pete Hegseth"),
        E("Peskov praises Washington's sober view", "SUPPORT",
          ["Dmitry Peskov", "United States"], "2025-02-14", "published", "occurred",
          "Kremlin spokesman Dmitry Peskov praised"),
        E("Putin and Trump agree to let their teams prepare a possible meeting", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2025-02-12", "context", "occurred",
          "Kremlin spokesman Dmitry Peskov praised"),
        E("Possible Putin–Trump meeting, perhaps in Saudi Arabia", "CONSULT",
          ["Vladimir Putin", "Donald Trump", "Saudi Arabia"], "2025-02-14", "published", "uncertain",
          "Kremlin spokesman Dmitry Peskov praised", note="no date given"),
        E("Kellogg: Europeans will not have a seat at the negotiating table", "REJECT",
          ["Keith Kellogg"], "2025-02-14", "published", "occurred",
          "Keith Kellogg, Trump's envoy for Ukraine and Russia, told a panel"),
        E("Kellogg to travel to Kyiv", "CONSULT",
          ["Keith Kellogg", "Ukraine"], "2025-W08", "text", "planned",
          "Kellogg is due to travel to Kyiv"),
        E("Macron to host an emergency meeting of European leaders in Paris", "CONSULT",
          ["Emmanuel Macron"], "2025-W08", "text", "planned",
          "Kellogg is due to travel to Kyiv", date_mod="START"),
    ],
    statements=[
        S("JD Vance", "Wants a lasting peace, not one that falls apart after a few months",
          "2025-02-14", "context", "We want a lasting peace"),
        S("Volodymyr Zelensky", "Agreed to keep working on a plan; Ukraine will never accept a deal over its head",
          "2025-02-14", "context", "Zelensky said the two had agreed"),
        S("Ukraine", "Zelensky will urge Europeans to build up an army of their own",
          "2025-02-14", "published", "Aides said Zelensky would use his own speech"),
        S("JD Vance", "The threat he worries about most is the threat from within",
          "2025-02-14", "context", "The threat he worried about most"),
        S("Olaf Scholz", "Not acceptable for outsiders to tell Germans how to run their democracy",
          "2025-02-14", "published", "German Chancellor Olaf Scholz, campaigning"),
        S("United States", "Return to borders before 2014 unrealistic; NATO membership not part of a settlement",
          "2025-02-12", "text", "Defense Secretary Pete Hegseth"),
        S("Dmitry Peskov", "Welcomes Washington's sober view; Putin and Trump agreed to let teams prepare a meeting",
          "2025-02-14", "published", "Kremlin spokesman Dmitry Peskov praised"),
        S("Keith Kellogg", "Europeans will not have a seat at the table but their interests will be considered",
          "2025-02-14", "published", "Keith Kellogg, Trump's envoy for Ukraine and Russia, told a panel"),
    ],
    actors=["JD Vance", "United States", "Volodymyr Zelensky", "Ukraine", "Donald Trump", "Vladimir Putin",
            "Kremlin", "Russia", "China", "Germany", "Olaf Scholz", "NATO", "Dmitry Peskov", "Saudi Arabia",
            "Keith Kellogg", "Emmanuel Macron", "France"],
)

# ---------------------------------------------------------------- b11en07
EN07 = dict(
    id="b11en07_geneva_truce_monitoring_talks_2026_09",
    lang="en",
    published="2026-09-18",
    body="""
U.S.-brokered Geneva talks on truce monitoring end without deal; Kremlin floats October round
GENEVA, Sept 18 (Reuters) - Military delegations from Ukraine, Russia and the United States ended two days of talks in Geneva on Thursday on how a future ceasefire line could be monitored, narrowing differences on technical questions but failing to agree on who would staff a monitoring mission, officials said.
The talks, which began on Wednesday at a lakeside hotel, were the first in which officers of the three armies sat at the same table, according to a statement from the Swiss foreign ministry.
U.S. envoy Steve Witkoff joined by video link on Thursday and spoke separately with Kremlin envoy Kirill Dmitriev, with whom he discussed economic projects that could follow a settlement, according to a Russian readout.

Kyiv wants the mission to include European soldiers from the so-called coalition of the willing led by Britain and France, while Moscow insists that no troops from NATO countries be deployed and has proposed observers from China, India or Brazil instead, two people familiar with the matter said.
Russian Foreign Minister Sergei Lavrov said on Friday that any Western soldier on Ukrainian soil would be a "legitimate target", whatever armband they wore.
Ukrainian President Volodymyr Zelensky said in a video address on Thursday night that Ukraine would not accept "a mission that watches only Ukrainians".
He also said Russia had fired more than 500 drones and missiles at Ukraine's power grid this week, undercutting Moscow's claim that it was negotiating in good faith.

Kremlin spokesman Dmitry Peskov called the Geneva format "useful" and said a next round could take place in October, though no date had been set.
U.S. President Donald Trump, asked about the talks at the White House on Thursday, said he was "very disappointed" and again threatened "very big tariffs" on buyers of Russian oil if there was no ceasefire "within two weeks".
British Prime Minister Keir Starmer and French President Emmanuel Macron will co-chair a video call of the coalition on Monday to discuss the outcome, Starmer's office said.
""",
    timexes=[
        T("October", "DATE", "2026-10"),
        T("Sept 18", "DATE", "2026-09-18"),
        T("two days", "DURATION", "P2D"),
        T("Thursday", "DATE", "2026-09-17"),
        T("Wednesday", "DATE", "2026-09-16"),
        T("Thursday", "DATE", "2026-09-17", n=1),
        T("Friday", "DATE", "2026-09-18"),
        T("Thursday night", "TIME", "2026-09-17TNI"),
        T("this week", "DATE", "2026-W38"),
        T("October", "DATE", "2026-10", n=1),
        T("Thursday", "DATE", "2026-09-17", n=3),
        T("two weeks", "DURATION", "P2W"),
        T("Monday", "DATE", "2026-09-21"),
    ],
    events=[
        E("U.S.-Russia-Ukraine military talks in Geneva on truce monitoring", "CONSULT",
          ["United States", "Russia", "Ukraine"], "2026-09-16", "context", "occurred",
          "Military delegations from Ukraine, Russia and the United States ended",
          note="Wednesday–Thursday, 16–17 Sep"),
        E("No agreement on who would staff a monitoring mission", "REJECT",
          ["United States", "Russia", "Ukraine"], "2026-09-17", "context", "occurred",
          "Military delegations from Ukraine, Russia and the United States ended"),
        E("Witkoff–Dmitriev conversation on economic projects", "CONSULT",
          ["Steve Witkoff", "Kirill Dmitriev"], "2026-09-17", "text", "occurred",
          "U.S. envoy Steve Witkoff joined by video link"),
        E("Kyiv wants European coalition soldiers in the monitoring mission", "REQUEST",
          ["Ukraine", "United Kingdom", "France"], "2026-09-18", "published", "occurred",
          "Kyiv wants the mission to include European soldiers"),
        E("Moscow insists no troops from NATO countries be deployed", "REQUEST",
          ["Russia", "NATO"], "2026-09-18", "published", "occurred",
          "Kyiv wants the mission to include European soldiers"),
        E("Moscow proposes observers from China, India or Brazil", "REQUEST",
          ["Russia", "China"], "2026-09-18", "published", "occurred",
          "Kyiv wants the mission to include European soldiers"),
        E("Lavrov: any Western soldier in Ukraine would be a legitimate target", "THREATEN",
          ["Sergey Lavrov"], "2026-09-18", "text", "occurred",
          "Russian Foreign Minister Sergei Lavrov said on Friday"),
        E("Zelensky rejects a mission that watches only Ukrainians", "REJECT",
          ["Volodymyr Zelensky", "Russia"], "2026-09-17TNI", "text", "occurred",
          "said in a video address on Thursday night"),
        E("Russia fires more than 500 drones and missiles at Ukraine's power grid", "ASSAULT",
          ["Russia", "Ukraine"], "2026-W38", "text", "occurred",
          "He also said Russia had fired"),
        E("Zelensky accuses Moscow of not negotiating in good faith", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2026-09-17TNI", "context", "occurred",
          "He also said Russia had fired"),
        E("Next round of Geneva talks could take place in October", "CONSULT",
          ["Russia", "Ukraine", "United States"], "2026-10", "text", "uncertain",
          "called the Geneva format"),
        E("Trump threatens very big tariffs on buyers of Russian oil without a ceasefire within two weeks",
          "THREATEN", ["Donald Trump", "Russia"], "2026-09-17", "text", "occurred",
          "asked about the talks at the White House", note="deadline: two weeks"),
        E("Starmer and Macron to co-chair a coalition video call", "CONSULT",
          ["Keir Starmer", "Emmanuel Macron"], "2026-09-21", "text", "planned",
          "will co-chair a video call"),
    ],
    statements=[
        S("Russia", "Witkoff and Dmitriev discussed economic projects after a settlement",
          "2026-09-17", "context", "U.S. envoy Steve Witkoff joined by video link"),
        S("Sergey Lavrov", "Any Western soldier on Ukrainian soil would be a legitimate target",
          "2026-09-18", "text", "Russian Foreign Minister Sergei Lavrov said on Friday"),
        S("Volodymyr Zelensky", "Ukraine will not accept a mission that watches only Ukrainians",
          "2026-09-17TNI", "text", "said in a video address on Thursday night"),
        S("Volodymyr Zelensky", "Russia fired more than 500 drones and missiles this week",
          "2026-09-17TNI", "context", "He also said Russia had fired"),
        S("Dmitry Peskov", "Geneva format useful; next round could be in October",
          "2026-09-18", "published", "called the Geneva format"),
        S("Donald Trump", "Very disappointed; threatens tariffs on buyers of Russian oil",
          "2026-09-17", "text", "asked about the talks at the White House"),
        S("United Kingdom", "Starmer and Macron will co-chair a coalition video call on Monday",
          "2026-09-18", "published", "will co-chair a video call"),
    ],
    actors=["United States", "Russia", "Ukraine", "Kremlin", "Steve Witkoff", "Kirill Dmitriev",
            "United Kingdom", "France", "NATO", "China", "Sergey Lavrov", "Volodymyr Zelensky", "Dmitry Peskov",
            "Donald Trump", "Keir Starmer", "Emmanuel Macron"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06, EN07]
