"""English articles of the blind18 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

DOC01 = dict(
    id="b18en01_nato_russia_council_brussels_2022_01",
    lang="en",
    published="2022-01-12",
    body="""
NATO, Russia fail to bridge 'significant differences' over Ukraine

Brussels (AFP) - NATO and Russia failed to overcome deep divisions on Wednesday at their first formal talks in more than two years, with the Western alliance rejecting Moscow's demand to shut its door to Ukraine and the Kremlin refusing to pull back its forces from its neighbour's border.
"There are significant differences between NATO allies and Russia on these issues," NATO Secretary General Jens Stoltenberg told reporters after almost four hours of talks at the alliance's headquarters.
"Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics."

Stoltenberg said the 30 allies were ready to discuss arms control, limits on missile deployments and more transparency about military exercises, and had proposed a series of further meetings, but that Russia had not agreed to a new date.
He insisted that the alliance would not compromise on the principle that every nation, including Ukraine, has the right to choose its own path.

Russia's delegation, led by Deputy Foreign Minister Alexander Grushko, repeated its demand for a halt to NATO's eastward expansion and a pullback of allied forces from eastern Europe.
"For us, it is absolutely mandatory to ensure that Ukraine never, never, never becomes a member of NATO," Grushko told reporters, warning that Moscow would respond with "military-technical" means if the alliance sought to contain it.

US Deputy Secretary of State Wendy Sherman, who led Washington's delegation, said Moscow had given no commitment to de-escalate.
"Russia will have to decide whether it is serious about diplomacy," she said, adding that nobody would be allowed to "slam closed NATO's open-door policy".

The Brussels meeting was the second stage of a week of intense diplomacy that began on Monday in Geneva, where Sherman and Russian Deputy Foreign Minister Sergei Ryabkov held nearly eight hours of strategic stability talks without a breakthrough.
The third round is due on Thursday in Vienna, where the 57-nation Organization for Security and Co-operation in Europe will take up the crisis.

Moscow has massed an estimated 100,000 troops near Ukraine's border, and Western capitals fear the Kremlin is preparing an invasion, a charge Russia denies.
President Vladimir Putin has demanded legally binding security guarantees, and in mid-December Moscow submitted two draft treaties to Washington and NATO.
Kremlin spokesman Dmitry Peskov said on Wednesday that the talks had shown "some positive elements" but that Moscow was still waiting for concrete answers to its proposals.
""",
    timexes=[
        T("Wednesday", "DATE", "2022-01-12"),
        T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
        T("almost four hours", "DURATION", "PT4H", mod="APPROX"),
        T("a week", "DURATION", "P1W"),
        T("Monday", "DATE", "2022-01-10"),
        T("nearly eight hours", "DURATION", "PT8H", mod="APPROX"),
        T("Thursday", "DATE", "2022-01-13"),
        T("mid-December", "DATE", "2021-12", mod="MID"),
        T("Wednesday", "DATE", "2022-01-12", n=1),
    ],
    events=[
        E("NATO-Russia Council meets in Brussels", "CONSULT", ["NATO", "Russia"], "2022-01-12", "text", "occurred",
          "Brussels (AFP) - NATO and Russia failed"),
        E("NATO rejects Moscow's demand to close its door to Ukraine", "REJECT", ["NATO", "Russia", "Ukraine"],
          "2022-01-12", "context", "occurred", "Brussels (AFP) - NATO and Russia failed"),
        E("Kremlin refuses to pull back its forces from Ukraine's border", "REJECT", ["Kremlin", "NATO"],
          "2022-01-12", "context", "occurred", "Brussels (AFP) - NATO and Russia failed"),
        E("NATO ready to discuss arms control, missile limits and transparency on exercises", "AGREE",
          ["NATO", "Russia"], "2022-01-12", "context", "occurred", "Stoltenberg said the 30 allies were ready"),
        E("NATO proposes a series of further meetings", "REQUEST", ["NATO", "Russia"], "2022-01-12", "context",
          "occurred", "Stoltenberg said the 30 allies were ready"),
        E("Russia does not agree to a date for further talks", "REJECT", ["Russia", "NATO"], "2022-01-12", "context",
          "occurred", "Stoltenberg said the 30 allies were ready"),
        E("Russia demands a halt to NATO expansion and a pullback of allied forces", "REQUEST", ["Russia", "NATO"],
          "2022-01-12", "context", "occurred", "repeated its demand for a halt"),
        E("Russia warns of 'military-technical' responses", "THREATEN", ["Russia", "NATO"], "2022-01-12",
          "context", "occurred", "never, never, never"),
        E("US-Russia strategic stability talks in Geneva", "CONSULT", ["United States", "Russia"], "2022-01-10",
          "text", "occurred", "The Brussels meeting was the second stage"),
        E("Geneva talks end without a breakthrough", "REJECT", ["United States", "Russia"], "2022-01-10", "context",
          "occurred", "The Brussels meeting was the second stage"),
        E("OSCE meeting on the crisis in Vienna", "CONSULT", ["Russia", "United States"], "2022-01-13", "text",
          "planned", "The third round is due on Thursday",
          note="OSCE Permanent Council; the participating states are not named"),
        E("Russian troop build-up near Ukraine's border", "MOBILIZE", ["Russia", "Ukraine"], "2022-01-12",
          "published", "occurred", "Moscow has massed an estimated 100,000 troops",
          note="the build-up began in autumn 2021"),
        E("Russia denies preparing an invasion", "REJECT", ["Russia"], "2022-01-12", "published", "occurred",
          "Moscow has massed an estimated 100,000 troops"),
        E("Putin demands legally binding guarantees; Moscow submits two draft treaties", "REQUEST",
          ["Vladimir Putin", "Russia", "United States", "NATO"], "2021-12", "text", "occurred",
          "President Vladimir Putin has demanded legally binding", date_mod="MID"),
    ],
    statements=[
        S("Jens Stoltenberg", "There are significant differences between NATO allies and Russia", "2022-01-12",
          "context", "There are significant differences"),
        S("Jens Stoltenberg", "Differences not easy to bridge, but sitting at one table is a positive sign",
          "2022-01-12", "context", "Our differences will not be easy to bridge"),
        S("Jens Stoltenberg", "Allies ready to discuss arms control; Russia did not agree to a new date",
          "2022-01-12", "context", "Stoltenberg said the 30 allies were ready"),
        S("Jens Stoltenberg", "NATO will not compromise on every nation's right to choose its path", "2022-01-12",
          "context", "He insisted that the alliance would not compromise"),
        S("Russia", "Grushko: halt to NATO expansion and pullback are a matter of national security", "2022-01-12",
          "context", "repeated its demand for a halt"),
        S("Russia", "Grushko: Ukraine must never become a NATO member; warns of military-technical means",
          "2022-01-12", "context", "never, never, never"),
        S("United States", "Sherman: Moscow gave no commitment to de-escalate", "2022-01-12", "context",
          "said Moscow had given no commitment to de-escalate"),
        S("United States", "Sherman: Russia must decide whether it is serious about diplomacy", "2022-01-12",
          "context", "Russia will have to decide whether it is serious"),
        S("Dmitry Peskov", "The talks showed some positive elements; Moscow awaits concrete answers", "2022-01-12",
          "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
    ],
    actors=["NATO", "Russia", "Ukraine", "Kremlin", "Jens Stoltenberg", "United States", "Vladimir Putin", "Dmitry Peskov"],
)

DOC02 = dict(
    id="b18en02_zelensky_london_wings_2023_02",
    lang="en",
    published="2023-02-09",
    body="""
Zelensky pleads for 'wings for freedom' as Sunak vows to train Ukrainian pilots

Volodymyr Zelensky made an impassioned plea for fighter jets during his first visit to Britain since the Russian invasion, as Rishi Sunak promised to train Ukrainian pilots on Nato-standard aircraft.
Addressing both Houses of Parliament in Westminster Hall on Wednesday, the Ukrainian president handed the Speaker a pilot's helmet inscribed with the words: "We have freedom, give us wings to protect it."
"I appeal to you and the world with simple and yet most important words: combat aircraft for Ukraine, wings for freedom," he told MPs and peers, drawing a standing ovation.

Earlier in the day, Mr Zelensky held talks with the Prime Minister in Downing Street before the two men travelled to a military base in Dorset, where Ukrainian crews are learning to operate Challenger 2 tanks.
Downing Street said the UK would begin training Ukrainian fighter pilots "as soon as possible" and would, in the longer term, prepare them to fly sophisticated Nato-standard jets.
Mr Sunak said "nothing is off the table" when asked whether Britain would send its own Typhoons, but officials conceded that no decision on jets was imminent.

On Wednesday evening, Mr Zelensky flew on to Paris for a working dinner at the Élysée Palace with Emmanuel Macron and Olaf Scholz, the German Chancellor.
"France and Germany have the capacity to be game-changers," he said before the dinner, urging both leaders to move "as fast as possible" on heavy weapons and aircraft.
On Thursday he is due to address the European Parliament and to join EU leaders at a summit in Brussels, where he will press for a timetable for accession talks.

Moscow reacted with fury.
The Russian embassy in London warned that if Britain supplied fighter jets, "the military and political consequences for the European continent and the whole world" would be on London's conscience.
Dmitry Peskov, the Kremlin spokesman, said on Thursday that the pilot training showed Britain was being drawn ever deeper into the conflict, but that it would not change the outcome of what he called the "special military operation".

Britain was the first Western country to pledge main battle tanks to Kyiv, announcing 14 Challenger 2s in mid-January.
The move paved the way for Germany and the United States to commit Leopard and Abrams tanks later that month, after weeks of hesitation in Berlin.
Defence sources told The Telegraph that Ukrainian pilots could start basic training in Britain this spring, but that it would take years before they could fly Typhoons in combat.
""",
    timexes=[
        T("Wednesday", "DATE", "2023-02-08"),
        T("Wednesday evening", "TIME", "2023-02-08TEV"),
        T("Thursday", "DATE", "2023-02-09"),
        T("Thursday", "DATE", "2023-02-09", n=1),
        T("mid-January", "DATE", "2023-01", mod="MID"),
        T("later that month", "DATE", "2023-01"),
        T("weeks", "DURATION", "PXW"),
        T("this spring", "DATE", "2023-SP"),
        T("years", "DURATION", "PXY"),
    ],
    events=[
        E("Zelensky visits Britain and addresses Parliament", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-02-08", "text", "occurred", "Addressing both Houses of Parliament"),
        E("Zelensky appeals for combat aircraft", "REQUEST", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-02-08", "context", "occurred", "combat aircraft for Ukraine, wings for freedom"),
        E("Zelensky holds talks with Sunak in Downing Street", "CONSULT", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-02-08", "context", "occurred", "held talks with the Prime Minister in Downing Street"),
        E("UK to train Ukrainian fighter pilots", "AID", ["United Kingdom", "Ukraine"], "2023-02-08", "context",
          "planned", "Downing Street said the UK would begin training"),
        E("Zelensky dines with Macron and Scholz in Paris", "CONSULT",
          ["Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz"], "2023-02-08TEV", "text", "occurred",
          "On Wednesday evening, Mr Zelensky flew on to Paris"),
        E("Zelensky urges France and Germany to move fast on heavy weapons and aircraft", "REQUEST",
          ["Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz"], "2023-02-08TEV", "context", "occurred",
          "France and Germany have the capacity"),
        E("Zelensky at the European Parliament and the EU summit in Brussels", "CONSULT",
          ["Volodymyr Zelensky", "European Union"], "2023-02-09", "text", "planned",
          "On Thursday he is due to address the European Parliament"),
        E("Zelensky to press for a timetable for EU accession talks", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2023-02-09", "context", "planned",
          "On Thursday he is due to address the European Parliament"),
        E("Russian embassy warns of consequences if Britain supplies jets", "THREATEN", ["Russia", "United Kingdom"],
          "2023-02-09", "published", "occurred", "The Russian embassy in London warned",
          note="the embassy statement was issued on 8 February 2023"),
        E("Peskov: Britain is drawn ever deeper into the conflict", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
          "2023-02-09", "text", "occurred", "Dmitry Peskov, the Kremlin spokesman, said on Thursday"),
        E("Britain pledges 14 Challenger 2 tanks", "AID", ["United Kingdom", "Ukraine"], "2023-01", "text",
          "occurred", "announcing 14 Challenger 2s in mid-January", date_mod="MID"),
        E("Germany and the US commit Leopard and Abrams tanks", "AID", ["Germany", "United States", "Ukraine"],
          "2023-01", "text", "occurred", "The move paved the way for Germany", note="decided on 25 January 2023"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Helmet inscription: we have freedom, give us wings to protect it", "2023-02-08",
          "text", "Addressing both Houses of Parliament"),
        S("Volodymyr Zelensky", "Appeals for combat aircraft for Ukraine, wings for freedom", "2023-02-08",
          "context", "combat aircraft for Ukraine, wings for freedom"),
        S("United Kingdom", "Downing Street: UK to begin training Ukrainian fighter pilots as soon as possible",
          "2023-02-08", "context", "Downing Street said the UK would begin training"),
        S("United Kingdom", "Sunak: nothing is off the table on jets", "2023-02-08", "context",
          "Mr Sunak said"),
        S("Volodymyr Zelensky", "France and Germany can be game-changers; move fast on heavy weapons",
          "2023-02-08TEV", "context", "France and Germany have the capacity"),
        S("Russia", "Embassy: consequences of jet deliveries would be on London's conscience", "2023-02-09",
          "published", "The Russian embassy in London warned"),
        S("Dmitry Peskov", "Pilot training shows Britain drawn deeper into the conflict; won't change the outcome",
          "2023-02-09", "text", "Dmitry Peskov, the Kremlin spokesman, said on Thursday"),
        S("United Kingdom", "Defence sources: pilots could start basic training this spring, years before combat",
          "2023-02-09", "published", "Defence sources told The Telegraph"),
    ],
    actors=["Volodymyr Zelensky", "United Kingdom", "Russia", "Ukraine", "NATO", "Emmanuel Macron", "Olaf Scholz", "Germany", "France", "European Union", "Dmitry Peskov", "Kremlin", "United States"],
)

DOC03 = dict(
    id="b18en03_putin_modi_new_delhi_2025_12",
    lang="en",
    published="2025-12-05",
    body="""
Putin Woos Modi in New Delhi as U.S. Peace Push Stalls

President Vladimir Putin on Friday held talks with Indian Prime Minister Narendra Modi in New Delhi, seeking to shore up one of Moscow's most important economic partnerships as Washington's push to end the war in Ukraine appeared to stall.
Putin arrived in the Indian capital on Thursday evening for his first visit since 2021 and was greeted on the tarmac by Modi with a hug before the two leaders dined privately at the prime minister's residence.

The two sides signed agreements on labor migration, health care and shipping and adopted a program to expand economic cooperation through 2030, the Kremlin said.
Putin pledged "uninterrupted shipments" of oil and fuel to India despite sanctions that the United States imposed on Russia's two largest oil producers, Rosneft and Lukoil, in October.
Modi, who has avoided condemning the invasion, told reporters that India "is not neutral — India is on the side of peace."

In an interview with the India Today channel broadcast on Thursday, Putin said Russia would take full control of the Donbas region "either by military means or otherwise."
He also brushed off U.S. pressure on New Delhi over its oil purchases: "If the United States has the right to buy our nuclear fuel, why shouldn't India have the same privilege?"
President Donald Trump doubled tariffs on Indian goods to 50% in August, citing New Delhi's purchases of Russian crude.

The visit came after Putin received U.S. envoy Steve Witkoff and Trump's son-in-law Jared Kushner at the Kremlin on Tuesday for nearly five hours of talks on Washington's peace plan.
Kremlin aide Yury Ushakov said afterward that "no compromise" had been found on the territorial question, though some of the American proposals were "acceptable."
On Thursday, Ukraine's chief negotiator Rustem Umerov met Witkoff and Kushner in Miami for what Kyiv described as a "productive" follow-up round.
Kremlin spokesman Dmitry Peskov said on Friday there was no date yet for new contacts with the Americans and that Moscow would not negotiate "through the media."

Ukrainian President Volodymyr Zelensky urged the United States and Europe on Thursday not to ease pressure on Moscow, saying Putin's trip showed that "the gaps in the sanctions are still far too wide."
Overnight, Russia launched more than 400 drones and a dozen missiles at Ukraine's energy grid, leaving parts of the Kyiv and Odesa regions without power, Ukraine's Energy Ministry said.
""",
    timexes=[
        T("Friday", "DATE", "2025-12-05"),
        T("Thursday evening", "TIME", "2025-12-04TEV"),
        T("2021", "DATE", "2021"),
        T("2030", "DATE", "2030"),
        T("October", "DATE", "2025-10"),
        T("Thursday", "DATE", "2025-12-04", n=1),
        T("August", "DATE", "2025-08"),
        T("Tuesday", "DATE", "2025-12-02"),
        T("nearly five hours", "DURATION", "PT5H", mod="APPROX"),
        T("Thursday", "DATE", "2025-12-04", n=2),
        T("Friday", "DATE", "2025-12-05", n=1),
        T("Thursday", "DATE", "2025-12-04", n=3),
        T("Overnight", "TIME", "2025-12-04TNI", note="night of 4-5 December 2025"),
    ],
    events=[
        E("Putin holds talks with Modi in New Delhi", "CONSULT", ["Vladimir Putin"], "2025-12-05", "text",
          "occurred", "President Vladimir Putin on Friday held talks", note="Modi and India are not canonical"),
        E("Putin arrives in New Delhi for a state visit; private dinner with Modi", "CONSULT", ["Vladimir Putin"],
          "2025-12-04TEV", "text", "occurred", "Putin arrived in the Indian capital",
          note="two-day visit, 4-5 December 2025"),
        E("Russia and India sign agreements and an economic cooperation programme", "AGREE", ["Russia"],
          "2025-12-05", "context", "occurred", "The two sides signed agreements"),
        E("Putin pledges uninterrupted oil and fuel shipments to India", "AGREE", ["Vladimir Putin"], "2025-12-05",
          "context", "occurred", "uninterrupted shipments"),
        E("US sanctions on Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10", "text",
          "occurred", "uninterrupted shipments"),
        E("Putin: Russia will take the Donbas by military means or otherwise", "THREATEN",
          ["Vladimir Putin", "Russia", "Ukraine"], "2025-12-04", "text", "occurred",
          "In an interview with the India Today channel"),
        E("Putin dismisses US pressure on India over Russian oil", "REJECT", ["Vladimir Putin", "United States"],
          "2025-12-04", "context", "occurred", "He also brushed off U.S. pressure"),
        E("Trump doubles tariffs on Indian goods over Russian oil purchases", "SANCTION", ["Donald Trump"],
          "2025-08", "text", "occurred", "doubled tariffs on Indian goods", note="India is not canonical"),
        E("Putin receives Witkoff (and Kushner) at the Kremlin", "CONSULT", ["Vladimir Putin", "Steve Witkoff"],
          "2025-12-02", "text", "occurred", "The visit came after Putin received"),
        E("No compromise found on the territorial question", "REJECT", ["Vladimir Putin", "Steve Witkoff"],
          "2025-12-02", "context", "occurred", "Kremlin aide Yury Ushakov said afterward"),
        E("Umerov meets Witkoff (and Kushner) in Miami", "CONSULT", ["Rustem Umerov", "Steve Witkoff"],
          "2025-12-04", "text", "occurred", "Ukraine's chief negotiator Rustem Umerov met Witkoff"),
        E("Zelensky urges the US and Europe not to ease pressure on Moscow", "REQUEST",
          ["Volodymyr Zelensky", "United States", "European Union"], "2025-12-04", "text", "occurred",
          "urged the United States and Europe on Thursday"),
        E("Russian drone and missile attack on Ukraine's energy grid", "ASSAULT", ["Russia", "Ukraine"],
          "2025-12-04TNI", "text", "occurred", "Overnight, Russia launched more than 400 drones"),
    ],
    statements=[
        S("Kremlin", "Agreements on labor migration, health care, shipping and an economic programme to 2030",
          "2025-12-05", "published", "The two sides signed agreements"),
        S("Vladimir Putin", "Pledges uninterrupted shipments of oil and fuel to India", "2025-12-05", "context",
          "uninterrupted shipments"),
        S("Vladimir Putin", "Russia will take full control of the Donbas, by military means or otherwise",
          "2025-12-04", "text", "In an interview with the India Today channel"),
        S("Vladimir Putin", "If the US may buy Russian nuclear fuel, India may buy Russian oil", "2025-12-04",
          "context", "He also brushed off U.S. pressure"),
        S("Yuri Ushakov", "No compromise on the territory, but some US proposals acceptable", "2025-12-02",
          "context", "Kremlin aide Yury Ushakov said afterward"),
        S("Ukraine", "The Miami round was productive", "2025-12-04", "context",
          "Ukraine's chief negotiator Rustem Umerov met Witkoff"),
        S("Dmitry Peskov", "No date for new contacts with the Americans; no negotiating through the media",
          "2025-12-05", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
        S("Volodymyr Zelensky", "Putin's trip shows the gaps in the sanctions are still too wide", "2025-12-04",
          "text", "urged the United States and Europe on Thursday"),
        S("Ukraine", "Energy ministry: 400 drones and a dozen missiles, power cuts in Kyiv and Odesa regions",
          "2025-12-05", "published", "Overnight, Russia launched more than 400 drones"),
    ],
    actors=["Vladimir Putin", "Russia", "Ukraine", "United States", "Kremlin", "Donald Trump", "Steve Witkoff", "Yuri Ushakov", "Rustem Umerov", "Dmitry Peskov", "Volodymyr Zelensky", "European Union"],
)

DOC04 = dict(
    id="b18en04_hroza_strike_granada_2023_10",
    lang="en",
    published="2023-10-06",
    body="""
Hroza: Zelensky condemns 'brutal' strike on village wake as he lobbies leaders in Spain

At least 51 people were killed when a Russian missile hit a café in the village of Hroza in north-eastern Ukraine on Thursday, in one of the deadliest attacks on civilians in months, Ukrainian officials say.
Villagers had gathered for the wake of a local soldier, and almost every family in the settlement of some 330 people has lost a relative.
The missile struck at about 13:15 local time (10:15 GMT), the regional governor said.

Speaking at the European Political Community summit in the Spanish city of Granada, President Volodymyr Zelensky called the attack "a demonstratively brutal Russian crime" and "a completely deliberate act of terror".
"Russian terror must be stopped," he told reporters, urging European leaders to send more air defence systems before the winter.

German Chancellor Olaf Scholz used the summit to announce that Germany would send Ukraine a further Patriot air defence system to help protect its cities over the coming months.
Mr Zelensky also held talks with French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni on the sidelines, his office said.
Hungary's Viktor Orbán, who attended the meeting, told reporters he would not agree to revising the EU budget to find an additional €50bn for Kyiv.

The summit came days after the US Congress passed a stopgap budget that left out new funding for Ukraine, raising fears in Kyiv that American support could dry up.
On Tuesday, President Joe Biden held a call with allied leaders, including those of Germany, France, the UK and Nato, to reassure them that Washington would keep supporting Ukraine.

In Russia, President Vladimir Putin told the Valdai discussion forum in Sochi on Thursday that Ukraine would not survive "for a week" if Western military supplies stopped.
He also said Russia had successfully tested its nuclear-powered Burevestnik cruise missile and suggested that Moscow could withdraw its ratification of the treaty banning nuclear tests, noting that the US had never ratified it.
Kremlin spokesman Dmitry Peskov said on Friday that the Russian military "does not strike civilian targets".

UN Secretary-General António Guterres condemned the strike, saying attacks against civilians were prohibited under international humanitarian law.
The UN human rights office said its monitors had travelled to the village, where rescue workers were still searching the rubble late into the night.
""",
    timexes=[
        T("Thursday", "DATE", "2023-10-05"),
        T("months", "DURATION", "PXM"),
        T("about 13:15 local time", "TIME", "2023-10-05T13:15", mod="APPROX", note="local time (EEST, UTC+3)"),
        T("10:15 GMT", "TIME", "2023-10-05T10:15", note="GMT"),
        T("the winter", "DATE", "2023-WI"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("Tuesday", "DATE", "2023-10-03"),
        T("Thursday", "DATE", "2023-10-05", n=1),
        T("a week", "DURATION", "P1W"),
        T("Friday", "DATE", "2023-10-06"),
        T("the night", "TIME", "2023-10-05TNI"),
    ],
    events=[
        E("Russian missile strike on a café in Hroza kills at least 51", "ASSAULT", ["Russia", "Ukraine"],
          "2023-10-05", "text", "occurred", "At least 51 people were killed"),
        E("Zelensky at the European Political Community summit in Granada", "CONSULT", ["Volodymyr Zelensky"],
          "2023-10-05", "context", "occurred", "Speaking at the European Political Community summit"),
        E("Zelensky calls the strike a deliberate Russian act of terror", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2023-10-05", "context", "occurred", "Speaking at the European Political Community summit"),
        E("Zelensky urges European leaders to send more air defence before winter", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2023-10-05", "context", "occurred",
          "Russian terror must be stopped"),
        E("Scholz announces a further Patriot system for Ukraine", "AID", ["Olaf Scholz", "Germany", "Ukraine"],
          "2023-10-05", "context", "occurred", "German Chancellor Olaf Scholz used the summit"),
        E("Zelensky meets Macron and Meloni on the sidelines", "CONSULT",
          ["Volodymyr Zelensky", "Emmanuel Macron", "Giorgia Meloni"], "2023-10-05", "context", "occurred",
          "Mr Zelensky also held talks"),
        E("Orbán refuses to revise the EU budget for an extra €50bn for Kyiv", "REJECT",
          ["Viktor Orbán", "European Union", "Ukraine"], "2023-10-05", "context", "occurred",
          "Hungary's Viktor Orbán, who attended the meeting"),
        E("Biden's call with allied leaders", "CONSULT", ["Joe Biden", "Germany", "France", "United Kingdom", "NATO"],
          "2023-10-03", "text", "occurred", "On Tuesday, President Joe Biden held a call"),
        E("Biden assures allies that Washington will keep supporting Ukraine", "AGREE", ["Joe Biden", "Ukraine"],
          "2023-10-03", "context", "occurred", "On Tuesday, President Joe Biden held a call"),
        E("Putin suggests Russia could withdraw its ratification of the nuclear test ban treaty", "THREATEN",
          ["Vladimir Putin", "United States"], "2023-10-05", "context", "occurred",
          "He also said Russia had successfully tested"),
        E("Kremlin denies striking civilian targets", "REJECT", ["Dmitry Peskov", "Ukraine"], "2023-10-06", "text",
          "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
        E("Guterres condemns the strike", "ACCUSE", ["António Guterres", "Russia"], "2023-10-06", "published",
          "occurred", "UN Secretary-General António Guterres condemned the strike",
          note="the condemnation was issued on 5 October 2023"),
    ],
    statements=[
        S("Ukraine", "At least 51 killed in the strike on Hroza", "2023-10-06", "published",
          "At least 51 people were killed"),
        S("Ukraine", "Regional governor: the missile struck at about 13:15 local time", "2023-10-06", "published",
          "The missile struck at about 13:15 local time"),
        S("Volodymyr Zelensky", "A demonstratively brutal Russian crime, a deliberate act of terror", "2023-10-05",
          "context", "Speaking at the European Political Community summit"),
        S("Volodymyr Zelensky", "Russian terror must be stopped; more air defence needed", "2023-10-05", "context",
          "Russian terror must be stopped"),
        S("Olaf Scholz", "Germany will send Ukraine a further Patriot system", "2023-10-05", "context",
          "German Chancellor Olaf Scholz used the summit"),
        S("Ukraine", "Zelensky's office: talks with Macron and Meloni", "2023-10-05", "context",
          "Mr Zelensky also held talks"),
        S("Viktor Orbán", "Will not agree to revising the EU budget for an extra €50bn for Kyiv", "2023-10-05",
          "context", "Hungary's Viktor Orbán, who attended the meeting"),
        S("Joe Biden", "Reassures allies that Washington will keep supporting Ukraine", "2023-10-03", "context",
          "On Tuesday, President Joe Biden held a call"),
        S("Vladimir Putin", "Ukraine would not survive a week without Western supplies", "2023-10-05", "text",
          "told the Valdai discussion forum"),
        S("Vladimir Putin", "Burevestnik tested; Russia could withdraw its test-ban ratification", "2023-10-05",
          "context", "He also said Russia had successfully tested"),
        S("Dmitry Peskov", "The Russian military does not strike civilian targets", "2023-10-06", "text",
          "Kremlin spokesman Dmitry Peskov said on Friday"),
        S("António Guterres", "Attacks against civilians are prohibited under international humanitarian law",
          "2023-10-06", "published", "UN Secretary-General António Guterres condemned the strike"),
        S("United Nations", "Human rights office: monitors travelled to the village", "2023-10-06", "published",
          "The UN human rights office said"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "Giorgia Meloni", "Viktor Orbán", "United States", "Joe Biden", "United Kingdom", "NATO", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "António Guterres", "United Nations"],
)

DOC05 = dict(
    id="b18en05_blinken_austin_kyiv_2022_04",
    lang="en",
    published="2022-04-25",
    body="""
Blinken and Austin make secret trip to Kyiv, promise more aid and a return of U.S. diplomats

Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met with Ukrainian President Volodymyr Zelenskyy in Kyiv on Sunday, the highest-level American visit to the country since Russia invaded two months ago.
The two Cabinet secretaries traveled by train from Poland and spent about three hours with Zelenskyy and his top aides.

Speaking to reporters near the Polish-Ukrainian border on Monday, the two men announced $713 million in new foreign military financing for Ukraine and 15 allied and partner countries in the region, $322 million of it for Kyiv.
"We want to see Russia weakened to the degree that it can't do the kinds of things that it has done in invading Ukraine," Austin said.
Blinken said U.S. diplomats would begin returning to Ukraine this week, starting in the western city of Lviv, and that President Biden would nominate veteran diplomat Bridget Brink as ambassador to Kyiv.
"Russia is failing. Ukraine is succeeding," Blinken said.

At a news conference on Saturday, Zelenskyy had said the visitors should not come "empty-handed" and that he expected "specific weapons" from them.

Moscow responded with a warning.
Russian Foreign Minister Sergey Lavrov said in an interview with Russian state television Monday that the risk of a nuclear conflict was "serious" and "real" and accused NATO of "in essence" waging a proxy war against Russia by arming Ukraine.
Russia's ambassador in Washington, Anatoly Antonov, told Russian media that U.S. arms shipments were "pouring oil on the fire" and that Moscow had sent a formal protest note to the State Department.

Austin is hosting defense officials from some 40 countries, including Ukraine's defense minister, on Tuesday at Ramstein Air Base in Germany to coordinate weapons deliveries.
U.N. Secretary-General António Guterres is due in Moscow the same day for talks with President Vladimir Putin and Lavrov, before traveling to Kyiv to meet Zelenskyy on Thursday.

Hours after the Cabinet secretaries left, Russian missiles struck five railway stations in central and western Ukraine on Monday morning, killing at least five people, according to Ukraine's state railway.
Ukrainian officials said the strikes were aimed at disrupting the delivery of Western weapons to the front in the east, where Russia has concentrated its forces since withdrawing from around Kyiv last month.
""",
    timexes=[
        T("Sunday", "DATE", "2022-04-24"),
        T("two months ago", "DATE", "2022-02"),
        T("about three hours", "DURATION", "PT3H", mod="APPROX"),
        T("Monday", "DATE", "2022-04-25"),
        T("this week", "DATE", "2022-W17"),
        T("Saturday", "DATE", "2022-04-23"),
        T("Monday", "DATE", "2022-04-25", n=1),
        T("Tuesday", "DATE", "2022-04-26"),
        T("the same day", "DATE", "2022-04-26"),
        T("Thursday", "DATE", "2022-04-28"),
        T("Monday morning", "TIME", "2022-04-25TMO"),
        T("last month", "DATE", "2022-03"),
    ],
    events=[
        E("Blinken and Austin meet Zelensky in Kyiv", "CONSULT",
          ["Antony Blinken", "United States", "Volodymyr Zelensky"], "2022-04-24", "text", "occurred",
          "met with Ukrainian President Volodymyr Zelenskyy in Kyiv on Sunday",
          note="Lloyd Austin is not canonical; credited to United States"),
        E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "met with Ukrainian President Volodymyr Zelenskyy in Kyiv on Sunday"),
        E("US announces $713 million in foreign military financing, $322 million for Ukraine", "AID",
          ["Antony Blinken", "United States", "Ukraine"], "2022-04-25", "text", "occurred",
          "the two men announced $713 million"),
        E("US diplomats to return to Ukraine, starting in Lviv", "COOPERATE", ["United States", "Ukraine"],
          "2022-W17", "text", "planned", "Blinken said U.S. diplomats would begin returning"),
        E("Biden to nominate Bridget Brink as ambassador to Kyiv", "COOPERATE", ["Joe Biden", "Ukraine"],
          "2022-04-25", "published", "planned", "Blinken said U.S. diplomats would begin returning"),
        E("Zelensky demands that the visitors bring specific weapons", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2022-04-23", "text", "occurred",
          "At a news conference on Saturday"),
        E("Lavrov warns that the risk of nuclear conflict is serious and real", "THREATEN",
          ["Sergey Lavrov", "NATO"], "2022-04-25", "text", "occurred", "Russian Foreign Minister Sergey Lavrov said"),
        E("Lavrov accuses NATO of waging a proxy war against Russia", "ACCUSE", ["Sergey Lavrov", "NATO"],
          "2022-04-25", "context", "occurred", "Russian Foreign Minister Sergey Lavrov said"),
        E("Antonov: US arms shipments are 'pouring oil on the fire'; protest note to the State Department",
          "ACCUSE", ["Russia", "United States"], "2022-04-25", "published", "occurred", "Anatoly Antonov"),
        E("Defence meeting of some 40 countries at Ramstein", "CONSULT", ["United States", "Ukraine"],
          "2022-04-26", "text", "planned", "Austin is hosting defense officials"),
        E("Guterres to meet Putin and Lavrov in Moscow", "CONSULT",
          ["António Guterres", "Vladimir Putin", "Sergey Lavrov"], "2022-04-26", "text", "planned",
          "is due in Moscow the same day"),
        E("Guterres to meet Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"], "2022-04-28",
          "text", "planned", "is due in Moscow the same day"),
        E("Russian missiles strike five railway stations", "ASSAULT", ["Russia", "Ukraine"], "2022-04-25TMO",
          "text", "occurred", "Russian missiles struck five railway stations"),
        E("Russia withdraws its forces from around Kyiv", "RETREAT", ["Russia", "Ukraine"], "2022-03", "text",
          "occurred", "since withdrawing from around Kyiv last month"),
    ],
    statements=[
        S("Joint statement: Antony Blinken, United States", "Announce $713 million in foreign military financing",
          "2022-04-25", "text", "the two men announced $713 million"),
        S("United States", "Austin: we want to see Russia weakened", "2022-04-25", "context",
          "We want to see Russia weakened"),
        S("Antony Blinken", "US diplomats return this week; Biden to nominate Brink as ambassador", "2022-04-25",
          "context", "Blinken said U.S. diplomats would begin returning"),
        S("Antony Blinken", "Russia is failing, Ukraine is succeeding", "2022-04-25", "context",
          "Russia is failing. Ukraine is succeeding"),
        S("Volodymyr Zelensky", "Visitors should not come empty-handed; expects specific weapons", "2022-04-23",
          "text", "At a news conference on Saturday"),
        S("Sergey Lavrov", "Risk of nuclear conflict is serious and real; NATO wages a proxy war", "2022-04-25",
          "text", "Russian Foreign Minister Sergey Lavrov said"),
        S("Russia", "Antonov: US arms shipments pour oil on the fire; protest note sent", "2022-04-25", "published",
          "Anatoly Antonov"),
        S("Ukraine", "State railway: five stations hit, at least five killed", "2022-04-25", "published",
          "Russian missiles struck five railway stations"),
        S("Ukraine", "The strikes aimed to disrupt deliveries of Western weapons", "2022-04-25", "published",
          "Ukrainian officials said the strikes were aimed"),
    ],
    actors=["Antony Blinken", "United States", "Volodymyr Zelensky", "Ukraine", "Russia", "Joe Biden", "Sergey Lavrov", "NATO", "António Guterres", "United Nations", "Vladimir Putin"],
)

DOC06 = dict(
    id="b18en06_trump_putin_istanbul_sea_talks_2026_09",
    lang="en",
    published="2026-09-29",
    body="""
Scoop: Putin agrees to Black Sea talks in Istanbul, Trump tells European leaders

President Trump told European leaders on a call Monday that Vladimir Putin had agreed to send a delegation to Istanbul for talks on a ceasefire at sea, two sources briefed on the call tell Axios.
Why it matters: It would be the first direct Russia–Ukraine negotiating round in more than a year, and a test of whether Trump can revive his stalled peace push before the winter.

Driving the news: Trump and Putin spoke by phone for about 90 minutes on Sunday, their first call since June.
Trump then briefed Ukrainian President Zelensky, German Chancellor Merz, French President Macron, British Prime Minister Starmer and Italian Prime Minister Meloni on a joint call Monday morning, the sources said.
According to one source, Trump told the leaders that Putin was ready for a "Black Sea-only" truce as a first step, with talks hosted by Turkey "within weeks."

The other side: The Kremlin confirmed the call but gave a far more cautious readout.
Putin's foreign policy aide Yuri Ushakov said Sunday night that the leaders had discussed "the possibility" of resuming direct contacts in Istanbul, but that Moscow would insist any truce be tied to a broader settlement addressing "the root causes of the conflict."
Kremlin spokesman Dmitry Peskov told reporters Monday that "there are no concrete dates yet."

Zelensky told Axios in an interview in New York last week that Ukraine was ready for a maritime ceasefire "at any moment" but would never accept a deal that "freezes the war on land while Russia rearms."
Foreign Minister Andrii Sybiha said Monday that Kyiv had not been formally invited but would "be at the table if the format is serious."

Between the lines: European officials fear Putin is using the sea talks to buy time and to split Washington from Europe on sanctions.
EU foreign policy chief Kaja Kallas warned Washington on Monday that "a ceasefire at sea cannot become a ceasefire on sanctions."
EU ambassadors are due to discuss a 22nd sanctions package against Russia on Wednesday.
Trump, who in August threatened "very severe consequences" if Moscow refused a ceasefire, has not imposed any new sanctions since.

What's next: Special envoy Steve Witkoff and Jared Kushner are expected to travel to Istanbul next week to prepare the talks with Turkish Foreign Minister Hakan Fidan, a U.S. official said.
President Erdoğan said Tuesday that Turkey was "ready to host both sides, at any level."
Meanwhile, Russian drones hit energy facilities in the Kharkiv and Sumy regions overnight, Ukraine's air force said.
""",
    timexes=[
        T("Monday", "DATE", "2026-09-28"),
        T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
        T("the winter", "DATE", "2026-WI"),
        T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
        T("Sunday", "DATE", "2026-09-27"),
        T("June", "DATE", "2026-06"),
        T("Monday morning", "TIME", "2026-09-28TMO"),
        T("weeks", "DURATION", "PXW"),
        T("Sunday night", "TIME", "2026-09-27TNI"),
        T("Monday", "DATE", "2026-09-28", n=2),
        T("last week", "DATE", "2026-W39"),
        T("Monday", "DATE", "2026-09-28", n=3),
        T("Monday", "DATE", "2026-09-28", n=4),
        T("Wednesday", "DATE", "2026-09-30"),
        T("August", "DATE", "2026-08"),
        T("next week", "DATE", "2026-W41"),
        T("Tuesday", "DATE", "2026-09-29"),
        T("overnight", "TIME", "2026-09-28TNI", note="night of 28-29 September 2026"),
    ],
    events=[
        E("Putin agrees to send a delegation to Istanbul for talks on a ceasefire at sea", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2026-09-27", "context", "occurred",
          "Putin had agreed to send a delegation to Istanbul", note="agreed in the Sunday call, reported by Trump"),
        E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-09-27", "text", "occurred",
          "Trump and Putin spoke by phone"),
        E("Trump briefs Zelensky, Merz, Macron, Starmer and Meloni on a joint call", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer",
           "Giorgia Meloni"], "2026-09-28TMO", "text", "occurred", "Trump then briefed Ukrainian President Zelensky"),
        E("Putin ready for a Black Sea-only truce as a first step", "AGREE", ["Vladimir Putin", "Donald Trump"],
          "2026-09-27", "context", "occurred", "Black Sea-only"),
        E("Russia-Ukraine talks hosted by Turkey", "CONSULT", ["Russia", "Ukraine", "Turkey"], "2026-09-29",
          "published", "planned", "Black Sea-only", note="'within weeks'; no date set"),
        E("Moscow insists any truce be tied to a broader settlement addressing root causes", "REQUEST",
          ["Russia", "Donald Trump"], "2026-09-27TNI", "text", "occurred", "Yuri Ushakov said Sunday night"),
        E("Zelensky: Ukraine ready for a maritime ceasefire", "AGREE", ["Volodymyr Zelensky", "Russia"], "2026-W39",
          "text", "occurred", "Zelensky told Axios in an interview"),
        E("Zelensky rejects a deal that freezes the war on land", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2026-W39", "context", "occurred", "Zelensky told Axios in an interview"),
        E("Sybiha: Kyiv will be at the table if the format is serious", "AGREE", ["Andrii Sybiha", "Ukraine"],
          "2026-09-28", "text", "occurred", "Foreign Minister Andrii Sybiha said Monday"),
        E("Kallas warns Washington against easing sanctions", "REQUEST", ["Kaja Kallas", "United States"],
          "2026-09-28", "text", "occurred", "Kaja Kallas warned Washington"),
        E("EU ambassadors meet to discuss the 22nd sanctions package", "CONSULT", ["European Union"], "2026-09-30",
          "text", "planned", "EU ambassadors are due to discuss"),
        E("22nd EU sanctions package against Russia", "SANCTION", ["European Union", "Russia"], "2026-09-30",
          "context", "planned", "EU ambassadors are due to discuss"),
        E("Trump threatens 'very severe consequences' if Moscow refuses a ceasefire", "THREATEN",
          ["Donald Trump", "Russia"], "2026-08", "text", "occurred", "Trump, who in August threatened"),
        E("Witkoff and Kushner to meet Fidan in Istanbul to prepare the talks", "CONSULT",
          ["Steve Witkoff", "Hakan Fidan"], "2026-W41", "text", "planned", "What's next: Special envoy Steve Witkoff"),
        E("Erdoğan offers to host both sides", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
          "2026-09-29", "text", "occurred", "President Erdoğan said Tuesday"),
        E("Russian drones hit energy facilities in Kharkiv and Sumy regions", "ASSAULT", ["Russia", "Ukraine"],
          "2026-09-28TNI", "text", "occurred", "Meanwhile, Russian drones hit energy facilities"),
    ],
    statements=[
        S("Vladimir Putin, via Donald Trump", "Putin agreed to send a delegation to Istanbul for sea-truce talks",
          "2026-09-27", "context", "Putin had agreed to send a delegation to Istanbul"),
        S("Vladimir Putin, via Donald Trump", "Putin is ready for a Black Sea-only truce as a first step",
          "2026-09-27", "context", "Black Sea-only"),
        S("Kremlin", "Confirms the Trump-Putin call", "2026-09-27TNI", "context", "The Kremlin confirmed the call"),
        S("Yuri Ushakov", "Discussed the possibility of direct contacts in Istanbul; truce must be tied to a settlement",
          "2026-09-27TNI", "text", "Yuri Ushakov said Sunday night"),
        S("Dmitry Peskov", "There are no concrete dates yet", "2026-09-28", "text", "there are no concrete dates yet"),
        S("Volodymyr Zelensky", "Ready for a maritime ceasefire, but no deal freezing the war on land", "2026-W39",
          "text", "Zelensky told Axios in an interview"),
        S("Andrii Sybiha", "Kyiv not formally invited but will be at the table if the format is serious",
          "2026-09-28", "text", "Foreign Minister Andrii Sybiha said Monday"),
        S("Kaja Kallas", "A ceasefire at sea cannot become a ceasefire on sanctions", "2026-09-28", "text",
          "Kaja Kallas warned Washington"),
        S("United States", "A U.S. official: Witkoff and Kushner to travel to Istanbul next week", "2026-09-29",
          "published", "What's next: Special envoy Steve Witkoff"),
        S("Recep Tayyip Erdoğan", "Turkey is ready to host both sides at any level", "2026-09-29", "text",
          "President Erdoğan said Tuesday"),
        S("Ukraine", "Air force: Russian drones hit energy facilities in Kharkiv and Sumy", "2026-09-29", "published",
          "Meanwhile, Russian drones hit energy facilities"),
    ],
    actors=["Donald Trump", "Vladimir Putin", "Russia", "Ukraine", "Turkey", "Volodymyr Zelensky", "Friedrich Merz", "Germany", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Giorgia Meloni", "Kremlin", "Yuri Ushakov", "Dmitry Peskov", "Andrii Sybiha", "Kaja Kallas", "European Union", "United States", "Steve Witkoff", "Hakan Fidan", "Recep Tayyip Erdoğan"],
)

DOCS = [DOC01, DOC02, DOC03, DOC04, DOC05, DOC06]
