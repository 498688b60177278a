"""English articles of the blind16 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- en01: AP, Friday 2022-01-21
EN01 = dict(
    id="b16en01_blinken_lavrov_geneva_2022_01",
    lang="en",
    published="2022-01-21",
    body="""Blinken, Lavrov agree to keep talking, but no breakthrough on Ukraine
GENEVA (AP) — U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov agreed Friday to keep talking about the crisis over Ukraine, but their meeting in Geneva produced no breakthrough as tens of thousands of Russian troops remained massed near the Ukrainian border.
The two diplomats met for about 90 minutes at a lakeside hotel, in what both later described as frank but useful talks.
Blinken told reporters afterward that Washington would share written responses to Russia's security demands with Moscow next week.
"We didn't expect any major breakthroughs to happen today, but I believe we are now on a clearer path in terms of understanding each other's concerns," Blinken said.

Lavrov called the meeting "constructive" and said the American side had promised the written answers.
He repeated Moscow's insistence that NATO rule out membership for Ukraine and pull back forces from countries that joined the alliance after 1997, demands that Washington and its allies formally turned down in talks last week.
Blinken warned that any Russian forces crossing the border would be met with a "swift, severe and united response" from the United States and its partners.

Friday's meeting capped a week of diplomacy that took Blinken to Kyiv on Wednesday, where he met President Volodymyr Zelenskyy, and to Berlin on Thursday for talks with his German, French and British counterparts.
It followed talks between Russian and American negotiators in Geneva on Jan. 10 and a session of the NATO-Russia Council in Brussels two days later.
President Joe Biden drew criticism from Kyiv earlier this week when he suggested that a "minor incursion" by Russia might draw a lesser response.
The White House later clarified that any movement of Russian troops across the border would be treated as an invasion.

Ukraine's Foreign Ministry said Friday that Kyiv had been briefed on the talks and welcomed Washington's commitment to "nothing about Ukraine without Ukraine."
In Moscow, Kremlin spokesman Dmitry Peskov told reporters that a meeting between Biden and President Vladimir Putin was possible if needed, but that no preparations were underway.
The two leaders held a video call on Dec. 7 and spoke by phone on Dec. 30, but neither conversation eased the tensions.
""",
    timexes=[
        T("Friday", "DATE", "2022-01-21"),
        T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
        T("next week", "DATE", "2022-W04"),
        T("today", "DATE", "2022-01-21"),
        T("now", "DATE", "PRESENT_REF"),
        T("1997", "DATE", "1997"),
        T("last week", "DATE", "2022-W02"),
        T("Friday", "DATE", "2022-01-21", n=1),
        T("a week", "DURATION", "P1W"),
        T("Wednesday", "DATE", "2022-01-19"),
        T("Thursday", "DATE", "2022-01-20"),
        T("Jan. 10", "DATE", "2022-01-10"),
        T("two days later", "DATE", "2022-01-12"),
        T("earlier this week", "DATE", "2022-W03"),
        T("Friday", "DATE", "2022-01-21", n=2),
        T("Dec. 7", "DATE", "2021-12-07"),
        T("Dec. 30", "DATE", "2021-12-30"),
    ],
    events=[
        E("Blinken and Lavrov meet in Geneva", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-01-21", "text",
          "occurred", "agreed Friday to keep talking"),
        E("Blinken and Lavrov agree to keep talking", "AGREE", ["Antony Blinken", "Sergey Lavrov"], "2022-01-21",
          "text", "occurred", "agreed Friday to keep talking"),
        E("The Geneva meeting produces no breakthrough", "REJECT", ["Antony Blinken", "Sergey Lavrov"], "2022-01-21",
          "text", "occurred", "agreed Friday to keep talking"),
        E("Russian troops remain massed near the Ukrainian border", "MOBILIZE", ["Russia"], "2022-01-21", "published",
          "occurred", "agreed Friday to keep talking", note="ongoing build-up; no date of its own"),
        E("US promises written responses to Russia's security demands", "AGREE",
          ["Antony Blinken", "United States", "Russia"], "2022-W04", "text", "planned",
          "Washington would share written responses", note="promise made on 2022-01-21 for the following week"),
        E("Lavrov repeats demands that NATO rule out Ukrainian membership and pull back forces", "REQUEST",
          ["Sergey Lavrov", "NATO", "Ukraine"], "2022-01-21", "context", "occurred", "He repeated Moscow's insistence"),
        E("Washington and its allies turned down Russia's demands", "REJECT", ["United States", "NATO", "Russia"],
          "2022-W02", "text", "occurred", "He repeated Moscow's insistence"),
        E("Blinken warns of a swift, severe and united response to any incursion", "THREATEN",
          ["Antony Blinken", "Russia"], "2022-01-21", "context", "occurred", "Blinken warned that any Russian forces"),
        E("Blinken meets Zelensky in Kyiv", "CONSULT", ["Antony Blinken", "Volodymyr Zelensky"], "2022-01-19", "text",
          "occurred", "capped a week of diplomacy"),
        E("Blinken meets his German, French and British counterparts in Berlin", "CONSULT",
          ["Antony Blinken", "Germany", "France", "United Kingdom"], "2022-01-20", "text", "occurred",
          "capped a week of diplomacy"),
        E("Russian-American talks in Geneva", "CONSULT", ["Russia", "United States"], "2022-01-10", "text", "occurred",
          "It followed talks between Russian and American negotiators"),
        E("NATO-Russia Council session in Brussels", "CONSULT", ["NATO", "Russia"], "2022-01-12", "text", "occurred",
          "It followed talks between Russian and American negotiators"),
        E("Kyiv criticises Biden's 'minor incursion' remark", "ACCUSE", ["Ukraine", "Joe Biden"], "2022-W03", "text",
          "occurred", "drew criticism from Kyiv earlier this week"),
        E("Ukraine welcomes Washington's commitment", "SUPPORT", ["Ukraine", "United States"], "2022-01-21", "text",
          "occurred", "Ukraine's Foreign Ministry said Friday"),
        E("Possible Biden–Putin meeting", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2022-01-21", "published",
          "uncertain", "a meeting between Biden and President Vladimir Putin was possible",
          note="Peskov: possible if needed, no preparations under way"),
        E("Biden–Putin video call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-07", "text", "occurred",
          "The two leaders held a video call"),
        E("Biden–Putin phone call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-30", "text", "occurred",
          "The two leaders held a video call"),
    ],
    statements=[
        S("Antony Blinken", "Washington will share written responses with Moscow next week", "2022-01-21", "context",
          "Washington would share written responses"),
        S("Antony Blinken", "No breakthrough expected; now on a clearer path to understanding each other's concerns",
          "2022-01-21", "context", "We didn't expect any major breakthroughs"),
        S("Sergey Lavrov", "The meeting was constructive; the US promised written answers", "2022-01-21", "context",
          "Lavrov called the meeting"),
        S("Sergey Lavrov", "NATO must rule out membership for Ukraine and pull back forces", "2022-01-21", "context",
          "He repeated Moscow's insistence"),
        S("Antony Blinken", "Any Russian incursion would meet a swift, severe and united response", "2022-01-21",
          "context", "Blinken warned that any Russian forces"),
        S("Joe Biden", "A 'minor incursion' might draw a lesser response", "2022-W03", "text",
          "drew criticism from Kyiv earlier this week"),
        S("White House", "Any movement of Russian troops across the border would be treated as an invasion", "2022-W03",
          "context", "The White House later clarified"),
        S("Ukraine", "Kyiv was briefed and welcomes the commitment to 'nothing about Ukraine without Ukraine'",
          "2022-01-21", "text", "Ukraine's Foreign Ministry said Friday"),
        S("Dmitry Peskov", "A Biden–Putin meeting is possible if needed; no preparations under way", "2022-01-21",
          "published", "In Moscow, Kremlin spokesman Dmitry Peskov"),
    ],
    actors=["Antony Blinken", "Sergey Lavrov", "United States", "Russia", "Ukraine", "NATO", "Volodymyr Zelensky",
            "Germany", "France", "United Kingdom", "Joe Biden", "White House", "Kremlin", "Dmitry Peskov",
            "Vladimir Putin"],
)

# ---------------------------------------------------------------- en02: the Guardian, Friday 2024-09-13
EN02 = dict(
    id="b16en02_uk_diplomats_expelled_2024_09",
    lang="en",
    published="2024-09-13",
    body="""Russia expels six British diplomats as Starmer heads to Washington for talks on Ukraine missiles
Russia has expelled six British diplomats, accusing them of spying and "subversive activities", hours before Keir Starmer was due to meet Joe Biden to discuss whether to let Ukraine fire western long-range missiles deep into Russian territory.
The FSB security service said on Friday it had revoked the accreditation of the diplomats, claiming documents showed that a department of the Foreign Office was coordinating efforts to inflict a "strategic defeat" on Russia.
The Foreign Office said the allegations were "completely baseless", and a UK government source said the timing of Friday's announcement was no coincidence.

On Thursday, Vladimir Putin warned that allowing Kyiv to use such weapons would mean Nato countries were "at war" with Russia, and that Moscow would take "appropriate decisions" in response.
"It would mean that Nato countries, the United States and European countries, are fighting with Russia," Putin told a state television reporter in St Petersburg.
Starmer, speaking to reporters on the plane to Washington, said the UK did not seek "any conflict with Russia" and that Ukraine had a right to self-defence.
He and Biden are due to meet at the White House on Friday afternoon, with the question of British Storm Shadow missiles being used against targets inside Russia at the top of the agenda.

On Wednesday, the foreign secretary, David Lammy, and the US secretary of state, Antony Blinken, travelled together to Kyiv, where Volodymyr Zelenskyy urged them again to lift the restrictions.
Blinken said in Kyiv that Washington would "adjust as necessary" as the battlefield changed, but gave no commitment.
The Kremlin spokesperson, Dmitry Peskov, said on Friday that the decision had "most likely already been taken" and that the west was merely preparing the public for it.
Russia's UN ambassador, Vassily Nebenzia, told the security council on Friday that Nato would become "a direct party to hostilities against a nuclear power" if the restrictions were lifted.

Relations between London and Moscow have been deteriorating for months.
In May, Britain expelled Russia's defence attache, Col Adrian Coghill, whom it described as an undeclared military intelligence officer, and stripped several Russian-owned properties of their diplomatic status.
Moscow retaliated days later by ordering Britain's defence attache to leave the country.
""",
    timexes=[
        T("Friday", "DATE", "2024-09-13"),
        T("Friday", "DATE", "2024-09-13", n=1),
        T("Thursday", "DATE", "2024-09-12"),
        T("Friday afternoon", "TIME", "2024-09-13TAF"),
        T("Wednesday", "DATE", "2024-09-11"),
        T("Friday", "DATE", "2024-09-13", n=3),
        T("Friday", "DATE", "2024-09-13", n=4),
        T("months", "DURATION", "PXM"),
        T("May", "DATE", "2024-05"),
    ],
    events=[
        E("Russia expels six British diplomats", "SANCTION", ["Russia", "United Kingdom"], "2024-09-13", "context",
          "occurred", "Russia has expelled six British diplomats"),
        E("Russia accuses the British diplomats of spying and subversion", "ACCUSE", ["Russia", "United Kingdom"],
          "2024-09-13", "context", "occurred", "Russia has expelled six British diplomats"),
        E("Foreign Office rejects the allegations as completely baseless", "REJECT", ["United Kingdom", "Russia"],
          "2024-09-13", "published", "occurred", "The Foreign Office said the allegations"),
        E("Putin warns that allowing long-range strikes would mean NATO is at war with Russia", "THREATEN",
          ["Vladimir Putin", "NATO", "Ukraine"], "2024-09-12", "text", "occurred", "On Thursday, Vladimir Putin warned"),
        E("Starmer–Biden meeting at the White House on long-range missiles", "CONSULT", ["Keir Starmer", "Joe Biden"],
          "2024-09-13TAF", "text", "planned", "He and Biden are due to meet"),
        E("Lammy and Blinken visit Kyiv and meet Zelensky", "CONSULT",
          ["United Kingdom", "Antony Blinken", "Volodymyr Zelensky"], "2024-09-11", "text", "occurred",
          "travelled together to Kyiv", note="Lammy is not canonical; credited to the United Kingdom"),
        E("Zelensky urges Lammy and Blinken to lift the restrictions on long-range weapons", "REQUEST",
          ["Volodymyr Zelensky", "United Kingdom", "Antony Blinken"], "2024-09-11", "text", "occurred",
          "travelled together to Kyiv"),
        E("Nebenzia warns NATO would become a direct party to hostilities", "THREATEN", ["Russia", "NATO"],
          "2024-09-13", "text", "occurred", "Russia's UN ambassador, Vassily Nebenzia"),
        E("Britain expels Russia's defence attache and strips properties of diplomatic status", "SANCTION",
          ["United Kingdom", "Russia"], "2024-05", "text", "occurred", "In May, Britain expelled"),
        E("Moscow expels Britain's defence attache in retaliation", "SANCTION", ["Russia", "United Kingdom"], "2024-05",
          "context", "occurred", "Moscow retaliated days later"),
    ],
    statements=[
        S("Russia", "FSB revoked the accreditation; Foreign Office coordinating efforts to defeat Russia", "2024-09-13",
          "text", "The FSB security service said on Friday"),
        S("United Kingdom", "The allegations are completely baseless; the timing is no coincidence", "2024-09-13",
          "published", "The Foreign Office said the allegations"),
        S("Vladimir Putin", "Allowing Kyiv to use such weapons would mean NATO is at war with Russia", "2024-09-12",
          "text", "On Thursday, Vladimir Putin warned"),
        S("Vladimir Putin", "NATO countries would be fighting with Russia", "2024-09-12", "context",
          "Putin told a state television reporter"),
        S("Keir Starmer", "The UK does not seek conflict with Russia; Ukraine has a right to self-defence", "2024-09-13",
          "published", "speaking to reporters on the plane"),
        S("Antony Blinken", "Washington would adjust as necessary", "2024-09-11", "context", "Blinken said in Kyiv"),
        S("Dmitry Peskov", "The decision has most likely already been taken", "2024-09-13", "text",
          "The Kremlin spokesperson, Dmitry Peskov, said on Friday"),
        S("Russia", "NATO would become a direct party to hostilities against a nuclear power", "2024-09-13", "text",
          "Russia's UN ambassador, Vassily Nebenzia"),
    ],
    actors=["Russia", "United Kingdom", "Keir Starmer", "Joe Biden", "Ukraine", "Vladimir Putin", "NATO",
            "United States", "Antony Blinken", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "United Nations"],
)

# ---------------------------------------------------------------- en03: Kyiv Independent, Wednesday 2025-01-15
EN03 = dict(
    id="b16en03_tusk_kyiv_exhumations_2025_01",
    lang="en",
    published="2025-01-15",
    body="""Tusk in Kyiv: Poland, Ukraine reach 'breakthrough' on Volyn exhumations
Polish Prime Minister Donald Tusk arrived in Kyiv on Jan. 15 for talks with President Volodymyr Zelensky, as Poland holds the rotating presidency of the Council of the EU, which it took over on Jan. 1.
Following the meeting, Tusk announced that the two sides had reached a "breakthrough" on the exhumation of Polish victims of the 1943 Volyn massacre, a dispute that has strained relations between the neighbors for years.
Polish and Ukrainian specialists are expected to carry out the first exhumations in the spring, Ukraine's Institute of National Remembrance said.
"We have a lot of history, both good and bad, and we will deal with it together, as partners," Zelensky told a joint press conference.

Tusk said the Polish presidency would do everything it could to open the first negotiating cluster of Ukraine's EU accession talks by the end of June, when Warsaw hands the presidency over to Denmark.
Asked about Western troops being sent to Ukraine as part of future security guarantees, Tusk said Poland had no plans to deploy its soldiers there.
He added that peace negotiations between Kyiv and Moscow could begin "in the coming months," but warned that Ukraine must not be pressured into a bad deal.

Hours before Tusk's arrival, Russia launched a massive overnight missile and drone attack against Ukraine's energy infrastructure, targeting gas production and storage facilities in the western Lviv and Ivano-Frankivsk oblasts.
Poland scrambled fighter jets to secure its airspace during the attack, the Polish Armed Forces Operational Command said.
"Russia's goal remains unchanged: to leave Ukrainians without heat and gas," Zelensky wrote on Telegram, urging partners to speed up deliveries of air defense systems.

The visit came days before U.S. President-elect Donald Trump, who has vowed to end the war quickly, is sworn in on Jan. 20.
Tusk said Europe had to be "at the table" when any settlement is discussed, and that Poland would coordinate closely with Washington.
""",
    timexes=[
        T("Jan. 15", "DATE", "2025-01-15"),
        T("Jan. 1", "DATE", "2025-01-01"),
        T("1943", "DATE", "1943"),
        T("years", "DURATION", "PXY"),
        T("the spring", "DATE", "2025-SP"),
        T("the end of June", "DATE", "2025-06", mod="END"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("overnight", "TIME", "2025-01-14TNI", note="night to 15 January"),
        T("Jan. 20", "DATE", "2025-01-20"),
    ],
    events=[
        E("Tusk visits Kyiv for talks with Zelensky", "CONSULT", ["Donald Tusk", "Volodymyr Zelensky"], "2025-01-15",
          "text", "occurred", "Polish Prime Minister Donald Tusk arrived in Kyiv"),
        E("Poland and Ukraine reach a breakthrough on Volyn exhumations", "AGREE", ["Poland", "Ukraine"], "2025-01-15",
          "context", "occurred", "Following the meeting, Tusk announced"),
        E("First joint Polish-Ukrainian exhumations", "COOPERATE", ["Poland", "Ukraine"], "2025-SP", "text", "planned",
          "Polish and Ukrainian specialists are expected"),
        E("Tusk pledges to open the first EU accession cluster with Ukraine by the end of June", "AGREE",
          ["Donald Tusk", "Poland", "Ukraine", "European Union"], "2025-06", "text", "planned",
          "Tusk said the Polish presidency would do everything", date_mod="END",
          note="promise made on 2025-01-15"),
        E("Tusk: Poland has no plans to deploy soldiers to Ukraine", "REJECT", ["Donald Tusk", "Poland"], "2025-01-15",
          "context", "occurred", "Tusk said Poland had no plans to deploy"),
        E("Possible Ukraine–Russia peace negotiations in the coming months", "CONSULT", ["Ukraine", "Russia"],
          "FUTURE_REF", "vague", "uncertain", "He added that peace negotiations"),
        E("Massive Russian missile and drone attack on Ukraine's gas infrastructure", "ASSAULT", ["Russia", "Ukraine"],
          "2025-01-14TNI", "text", "occurred", "Russia launched a massive overnight missile"),
        E("Poland scrambles fighter jets during the attack", "MOBILIZE", ["Poland"], "2025-01-14TNI", "context",
          "occurred", "Poland scrambled fighter jets"),
        E("Zelensky accuses Russia of trying to leave Ukrainians without heat", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2025-01-15", "published", "occurred", "Zelensky wrote on Telegram"),
        E("Zelensky urges partners to speed up air defense deliveries", "REQUEST", ["Volodymyr Zelensky"], "2025-01-15",
          "published", "occurred", "Zelensky wrote on Telegram"),
        E("Tusk demands that Europe be at the table in any settlement", "REQUEST", ["Donald Tusk"], "2025-01-15",
          "context", "occurred", "Tusk said Europe had to be"),
        E("Tusk promises close coordination with Washington", "AGREE", ["Donald Tusk", "Poland", "United States"],
          "2025-01-15", "context", "occurred", "Tusk said Europe had to be"),
    ],
    statements=[
        S("Donald Tusk", "Poland and Ukraine reached a breakthrough on the exhumations", "2025-01-15", "context",
          "Following the meeting, Tusk announced"),
        S("Ukraine", "The first exhumations are expected in the spring (Institute of National Remembrance)", "2025-01-15",
          "published", "Polish and Ukrainian specialists are expected"),
        S("Volodymyr Zelensky", "We will deal with our history together, as partners", "2025-01-15", "context",
          "Zelensky told a joint press conference"),
        S("Donald Tusk", "The Polish presidency will do everything to open the first cluster by the end of June",
          "2025-01-15", "context", "Tusk said the Polish presidency would do everything"),
        S("Donald Tusk", "Poland has no plans to deploy its soldiers to Ukraine", "2025-01-15", "context",
          "Tusk said Poland had no plans to deploy"),
        S("Donald Tusk", "Peace negotiations could begin in the coming months; Ukraine must not be pressured",
          "2025-01-15", "context", "He added that peace negotiations"),
        S("Poland", "Fighter jets were scrambled to secure Polish airspace", "2025-01-15", "published",
          "Poland scrambled fighter jets"),
        S("Volodymyr Zelensky", "Russia wants to leave Ukrainians without heat; partners must speed up air defense",
          "2025-01-15", "published", "Zelensky wrote on Telegram"),
        S("Donald Trump", "Has vowed to end the war quickly", "2025-01-15", "published",
          "who has vowed to end the war quickly"),
        S("Donald Tusk", "Europe must be at the table; Poland will coordinate closely with Washington", "2025-01-15",
          "context", "Tusk said Europe had to be"),
    ],
    actors=["Donald Tusk", "Poland", "Volodymyr Zelensky", "Ukraine", "European Union", "Russia", "United States",
            "Donald Trump"],
)

# ---------------------------------------------------------------- en04: Reuters, Thursday 2025-08-28
EN04 = dict(
    id="b16en04_kyiv_strike_eu_mission_2025_08",
    lang="en",
    published="2025-08-28",
    body="""Russian strike on Kyiv kills at least 19, damages EU mission and British Council
KYIV, Aug 28 (Reuters) - A massive Russian missile and drone attack on Kyiv overnight killed at least 19 people, including four children, and damaged the buildings of the European Union's delegation and the British Council in the city centre, Ukrainian officials said on Thursday.
Russia fired 598 drones and 31 missiles at Ukraine during the night, most of them aimed at the capital, Ukraine's air force said.
European Commission President Ursula von der Leyen said two missiles had struck within 20 seconds of the EU mission, which was damaged by the blast wave.
"Russia will stop at nothing to terrorise Ukraine, blindly killing civilians, men, women and children, and even targeting the EU," she wrote on X.
The EU summoned Russia's charge d'affaires in Brussels later on Thursday, the bloc's foreign policy chief Kaja Kallas said.

Britain also summoned the Russian ambassador, the Foreign Office said, and Prime Minister Keir Starmer accused Vladimir Putin of "killing children and civilians and sabotaging hopes of peace".
"This is Russia's answer to all our efforts for peace," Ukrainian President Volodymyr Zelenskiy said, adding that he expected a reaction "from China, from Hungary" and from other capitals that have remained silent.
The Kremlin said Russia remained interested in continuing negotiations, and its defence ministry said it had struck only military-industrial sites and air bases with high-precision weapons.
U.S. President Donald Trump was "not happy" about the attack but "not surprised", White House spokeswoman Karoline Leavitt told reporters.

The strike came as U.S. envoy Steve Witkoff prepared to meet a Ukrainian delegation led by Andriy Yermak and Rustem Umerov in New York on Friday.
Trump, who hosted Putin in Alaska on Aug 15, said last week he would decide within two weeks whether to impose new sanctions on Russia if there was no progress towards a peace deal.
Ukraine, for its part, said its drones had hit two Russian oil refineries overnight, part of a campaign that has pushed up fuel prices in Russia.
""",
    timexes=[
        T("Aug 28", "DATE", "2025-08-28", note="dateline"),
        T("overnight", "TIME", "2025-08-27TNI", note="night to Thursday 28 August"),
        T("Thursday", "DATE", "2025-08-28"),
        T("the night", "TIME", "2025-08-27TNI"),
        T("20 seconds", "DURATION", "PT20S"),
        T("Thursday", "DATE", "2025-08-28", n=1),
        T("Friday", "DATE", "2025-08-29"),
        T("Aug 15", "DATE", "2025-08-15"),
        T("last week", "DATE", "2025-W34"),
        T("two weeks", "DURATION", "P2W"),
        T("overnight", "TIME", "2025-08-27TNI", n=1),
    ],
    events=[
        E("Massive Russian missile and drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-08-27TNI", "text",
          "occurred", "A massive Russian missile and drone attack on Kyiv"),
        E("Von der Leyen accuses Russia of terrorising Ukraine and targeting the EU", "ACCUSE",
          ["Ursula von der Leyen", "Russia"], "2025-08-28", "published", "occurred", "she wrote on X"),
        E("EU summons Russia's charge d'affaires", "ACCUSE", ["European Union", "Russia"], "2025-08-28", "text",
          "occurred", "The EU summoned Russia's charge d'affaires"),
        E("Britain summons the Russian ambassador", "ACCUSE", ["United Kingdom", "Russia"], "2025-08-28", "published",
          "occurred", "Britain also summoned the Russian ambassador"),
        E("Starmer accuses Putin of killing civilians and sabotaging peace", "ACCUSE", ["Keir Starmer", "Vladimir Putin"],
          "2025-08-28", "published", "occurred", "Britain also summoned the Russian ambassador"),
        E("Zelensky calls the strike Russia's answer to peace efforts", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-08-28", "published", "occurred", "This is Russia's answer to all our efforts"),
        E("Zelensky expects a reaction from China and other silent capitals", "REQUEST",
          ["Volodymyr Zelensky", "China"], "2025-08-28", "published", "occurred",
          "This is Russia's answer to all our efforts", note="Hungary is not canonical"),
        E("Kremlin says Russia remains interested in negotiations", "AGREE", ["Kremlin", "Russia"], "2025-08-28",
          "published", "occurred", "The Kremlin said Russia remained interested"),
        E("Witkoff to meet a Ukrainian delegation led by Yermak and Umerov in New York", "CONSULT",
          ["Steve Witkoff", "Andriy Yermak", "Rustem Umerov"], "2025-08-29", "text", "planned",
          "The strike came as U.S. envoy Steve Witkoff"),
        E("Trump hosts Putin in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
          "occurred", "Trump, who hosted Putin in Alaska"),
        E("Trump gives himself two weeks to decide on new sanctions on Russia", "THREATEN", ["Donald Trump", "Russia"],
          "2025-W34", "text", "occurred", "Trump, who hosted Putin in Alaska", note="decision due within two weeks"),
        E("Ukrainian drones hit two Russian oil refineries", "ASSAULT", ["Ukraine", "Russia"], "2025-08-27TNI", "text",
          "occurred", "its drones had hit two Russian oil refineries"),
    ],
    statements=[
        S("Ukraine", "At least 19 killed; EU delegation and British Council damaged", "2025-08-28", "text",
          "Ukrainian officials said on Thursday"),
        S("Ukraine", "Russia fired 598 drones and 31 missiles (air force)", "2025-08-28", "published",
          "Ukraine's air force said"),
        S("Ursula von der Leyen", "Two missiles struck within 20 seconds of the EU mission", "2025-08-28", "published",
          "European Commission President Ursula von der Leyen said two missiles"),
        S("Ursula von der Leyen", "Russia will stop at nothing to terrorise Ukraine and even targets the EU",
          "2025-08-28", "published", "she wrote on X"),
        S("Kaja Kallas", "The EU summoned Russia's charge d'affaires", "2025-08-28", "text",
          "The EU summoned Russia's charge d'affaires"),
        S("United Kingdom", "Britain summoned the Russian ambassador (Foreign Office)", "2025-08-28", "published",
          "Britain also summoned the Russian ambassador"),
        S("Keir Starmer", "Putin is killing children and civilians and sabotaging hopes of peace", "2025-08-28",
          "published", "Britain also summoned the Russian ambassador"),
        S("Volodymyr Zelensky", "The strike is Russia's answer to peace efforts; expects a reaction from China and Hungary",
          "2025-08-28", "published", "This is Russia's answer to all our efforts"),
        S("Kremlin", "Russia remains interested in continuing negotiations", "2025-08-28", "published",
          "The Kremlin said Russia remained interested"),
        S("Russia", "Only military-industrial sites and air bases were struck (defence ministry)", "2025-08-28",
          "published", "The Kremlin said Russia remained interested"),
        S("White House", "Trump is not happy about the attack but not surprised (Leavitt)", "2025-08-28", "published",
          "White House spokeswoman Karoline Leavitt"),
        S("Donald Trump", "Will decide within two weeks on new sanctions if there is no progress", "2025-W34", "text",
          "Trump, who hosted Putin in Alaska"),
        S("Ukraine", "Ukrainian drones hit two Russian oil refineries", "2025-08-28", "published",
          "its drones had hit two Russian oil refineries"),
    ],
    actors=["Russia", "Ukraine", "European Union", "United Kingdom", "Ursula von der Leyen", "Kaja Kallas",
            "Keir Starmer", "Vladimir Putin", "Volodymyr Zelensky", "China", "Kremlin", "Donald Trump",
            "United States", "White House", "Steve Witkoff", "Andriy Yermak", "Rustem Umerov"],
)

# ---------------------------------------------------------------- en05: AP, Tuesday 2026-06-16, fiction
G7 = ["United States", "France", "Germany", "United Kingdom", "European Union"]
G7_NOTE = "G7 is not canonical: its canonical members named in the article (Italy, Japan and Canada are not canonical)"
EN05 = dict(
    id="b16en05_g7_evian_assets_2026_06",
    lang="en",
    published="2026-06-16",
    published_basis="Fiction in a plausible setting: the G7 summit at Evian in June 2026 is scheduled; its "
                    "statement, the meetings and all quotes are invented.",
    body="""G7 leaders vow to keep Russian assets frozen, urge ceasefire as Zelenskyy joins summit in France
EVIAN-LES-BAINS, France (AP) — Leaders of the Group of Seven pledged Tuesday to keep Russia's central bank assets immobilized until Moscow pays for the damage it has caused in Ukraine, and called for an immediate and unconditional ceasefire.
The closing statement was hammered out after two days of talks at a lakeside resort in the French Alps and stopped short of the tougher language sought by European members.
According to two officials familiar with the negotiations, U.S. President Donald Trump on Monday refused to sign a draft that described Russia as the aggressor.
French President Emmanuel Macron, the summit's host, said the group was "united on the essentials" and that "the pressure on Russia will not ease."

Ukrainian President Volodymyr Zelenskyy joined the G7 leaders for a session on Ukraine on Tuesday morning and met Trump on the sidelines for about 40 minutes.
"It was a very good meeting. We're getting closer," Trump told reporters afterward, without giving details.
Zelenskyy said he had asked Trump for more Patriot air defense systems and for "real pressure" on Moscow, including sanctions on buyers of Russian oil.

The leaders also agreed to set up a joint task force to track the so-called shadow fleet of aging tankers that Russia uses to get around the oil price cap, and warned China against supplying components for Russian drones and missiles.
German Chancellor Friedrich Merz announced an additional 1.5 billion euros for Ukraine's air defense this year.
British Prime Minister Keir Starmer and European Commission President Ursula von der Leyen urged the group to go further and use the frozen assets themselves to finance Ukraine's military.

In Moscow, Kremlin spokesman Dmitry Peskov dismissed the statement as "detached from reality."
Any confiscation of Russian assets would be "theft" and would not go unanswered, he said.
Overnight into Tuesday, Russian drones struck port facilities in Mykolaiv, killing two people, regional officials said.
U.S.-brokered negotiations between Russia and Ukraine have stalled since a planned round in Abu Dhabi was called off in April.
""",
    timexes=[
        T("Tuesday", "DATE", "2026-06-16"),
        T("two days", "DURATION", "P2D"),
        T("Monday", "DATE", "2026-06-15"),
        T("Tuesday morning", "TIME", "2026-06-16TMO"),
        T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
        T("this year", "DATE", "2026"),
        T("Overnight into Tuesday", "TIME", "2026-06-15TNI"),
        T("April", "DATE", "2026-04"),
    ],
    events=[
        E("G7 pledges to keep Russia's central bank assets immobilized until Moscow pays", "AGREE", G7, "2026-06-16",
          "text", "occurred", "Leaders of the Group of Seven pledged Tuesday", note=G7_NOTE),
        E("G7 calls for an immediate and unconditional ceasefire", "REQUEST", G7 + ["Russia", "Ukraine"], "2026-06-16",
          "text", "occurred", "Leaders of the Group of Seven pledged Tuesday", note=G7_NOTE),
        E("G7 summit talks at Evian", "CONSULT", G7, "2026-06-15", "context", "occurred",
          "The closing statement was hammered out", note="two days of talks, 15-16 June 2026; " + G7_NOTE),
        E("Trump refuses to sign a draft naming Russia the aggressor", "REJECT", ["Donald Trump"], "2026-06-15", "text",
          "occurred", "refused to sign a draft"),
        E("Zelensky joins the G7 leaders for a session on Ukraine", "CONSULT", ["Volodymyr Zelensky"] + G7,
          "2026-06-16TMO", "text", "occurred", "joined the G7 leaders for a session", note=G7_NOTE),
        E("Zelensky and Trump meet on the sidelines", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2026-06-16TMO", "text", "occurred", "joined the G7 leaders for a session"),
        E("Zelensky asks Trump for more Patriots and pressure on Moscow", "REQUEST",
          ["Volodymyr Zelensky", "Donald Trump"], "2026-06-16TMO", "context", "occurred",
          "Zelenskyy said he had asked Trump"),
        E("G7 agrees to set up a task force on the shadow fleet", "COOPERATE", G7, "2026-06-16", "context", "planned",
          "The leaders also agreed to set up a joint task force", note=G7_NOTE),
        E("G7 warns China against supplying components for Russian weapons", "REQUEST", G7 + ["China"], "2026-06-16",
          "context", "occurred", "The leaders also agreed to set up a joint task force", note=G7_NOTE),
        E("Merz announces 1.5 billion euros for Ukraine's air defense", "AID", ["Friedrich Merz", "Germany", "Ukraine"],
          "2026-06-16", "published", "occurred", "German Chancellor Friedrich Merz announced",
          note="the money is for 2026 ('this year')"),
        E("Starmer and von der Leyen urge using the frozen assets to finance Ukraine's military", "REQUEST",
          ["Keir Starmer", "Ursula von der Leyen"], "2026-06-16", "published", "occurred",
          "urged the group to go further"),
        E("Peskov dismisses the G7 statement as detached from reality", "REJECT", ["Dmitry Peskov"], "2026-06-16",
          "published", "occurred", "dismissed the statement"),
        E("Peskov warns that a confiscation of Russian assets would not go unanswered", "THREATEN", ["Dmitry Peskov"],
          "2026-06-16", "published", "occurred", "would not go unanswered"),
        E("Russian drones strike port facilities in Mykolaiv", "ASSAULT", ["Russia", "Ukraine"], "2026-06-15TNI", "text",
          "occurred", "Russian drones struck port facilities"),
        E("Planned US-brokered round in Abu Dhabi called off", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2026-04", "text", "cancelled", "was called off in April"),
    ],
    statements=[
        S("Emmanuel Macron", "The G7 is united on the essentials; pressure on Russia will not ease", "2026-06-16",
          "published", "French President Emmanuel Macron, the summit's host"),
        S("Donald Trump", "A very good meeting with Zelensky; getting closer", "2026-06-16", "context",
          "Trump told reporters afterward"),
        S("Volodymyr Zelensky", "Asked Trump for more Patriots and real pressure on Moscow", "2026-06-16", "context",
          "Zelenskyy said he had asked Trump"),
        S("Dmitry Peskov", "The G7 statement is detached from reality", "2026-06-16", "published",
          "dismissed the statement"),
        S("Dmitry Peskov", "Confiscating Russian assets would be theft and would not go unanswered", "2026-06-16",
          "published", "would not go unanswered"),
        S("Ukraine", "Russian drones killed two people in Mykolaiv (regional officials)", "2026-06-16", "published",
          "Russian drones struck port facilities"),
    ],
    actors=["United States", "France", "Germany", "United Kingdom", "European Union", "Russia", "Ukraine",
            "Donald Trump", "Emmanuel Macron", "Volodymyr Zelensky", "China", "Friedrich Merz", "Keir Starmer",
            "Ursula von der Leyen", "Kremlin", "Dmitry Peskov"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05]
