"""English articles of the blind27 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

EN01 = dict(
    id="b27en01_kishida_kyiv_xi_moscow_2023_03",
    lang="en",
    published="2023-03-22",
    body="""
Kishida makes surprise Kyiv trip, pledges aid as Xi meets Putin in Moscow

KYIV (Kyodo) -- Japanese Prime Minister Fumio Kishida met Ukrainian President Volodymyr Zelenskyy in Kyiv on Tuesday, becoming the last Group of Seven leader to visit the country since Russia launched its invasion in February last year.
Kishida, who arrived by train from Poland after a trip to India, told Zelenskyy that Japan would "continue to stand by Ukraine" and pledged $30 million to a NATO trust fund for nonlethal equipment.
Tokyo will also provide $470 million in additional grant aid for energy and other sectors, the Japanese government said.

During talks that lasted about two and a half hours, the two leaders agreed to raise their countries' ties to a "special global partnership," according to a joint statement.
Kishida invited Zelenskyy to take part online in the G7 summit that Japan will host in Kishida's home constituency of Hiroshima from May 19 to 21, and Zelenskyy accepted, Japanese officials said.
Before the talks, Kishida laid flowers at a church in Bucha, the town outside Kyiv where hundreds of civilians were found dead after Russian troops withdrew last spring.
"I feel strong anger at the atrocities," he told reporters there.

The visit coincided with Chinese President Xi Jinping's three-day state visit to Moscow, where he held formal talks with Russian President Vladimir Putin on Tuesday.
Xi and Putin signed a joint statement that called for "responsible dialogue" on Ukraine and criticized unilateral sanctions.
Putin said China's 12-point position paper could serve as a basis for a settlement once the West and Kyiv were ready for it.
Zelenskyy told a joint news conference with Kishida that Ukraine had invited China last month to join its peace formula but was still waiting for an answer.

Moscow responded coolly to Kishida's trip.
Two Russian Tu-95 strategic bombers flew over the Sea of Japan for about seven hours on Tuesday, Japan's Defense Ministry said, prompting the Air Self-Defense Force to scramble fighter jets.
Kremlin spokesman Dmitry Peskov said Russia would not change the course of its "special military operation" because of foreign visitors to Kyiv.
Chief Cabinet Secretary Hirokazu Matsuno said in Tokyo on Wednesday that Japan would keep coordinating closely with the other G7 members on sanctions against Russia.
""",
    timexes=[
        T("Tuesday", "DATE", "2023-03-21"),
        T("February last year", "DATE", "2022-02"),
        T("about two and a half hours", "DURATION", "PT2H30M", mod="APPROX"),
        T("May 19", "DATE", "2023-05-19"),
        T("21", "DATE", "2023-05-21"),
        T("last spring", "DATE", "2022-SP"),
        T("three-day", "DURATION", "P3D"),
        T("Tuesday", "DATE", "2023-03-21", n=1),
        T("last month", "DATE", "2023-02"),
        T("about seven hours", "DURATION", "PT7H", mod="APPROX"),
        T("Tuesday", "DATE", "2023-03-21", n=2),
        T("Wednesday", "DATE", "2023-03-22"),
    ],
    events=[
        E("Kishida meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-03-21", "text", "occurred",
          "Fumio Kishida met Ukrainian President"),
        E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "Fumio Kishida met Ukrainian President"),
        E("Kishida promises Japan will continue to stand by Ukraine", "AGREE", ["Ukraine"], "2023-03-21", "context",
          "occurred", "continue to stand by Ukraine"),
        E("Japan pledges $30 million to a NATO trust fund for Ukraine", "AID", ["NATO", "Ukraine"], "2023-03-21",
          "context", "occurred", "continue to stand by Ukraine"),
        E("Japan to provide $470 million in grant aid", "AID", ["Ukraine"], "2023-03-21", "context", "occurred",
          "$470 million"),
        E("Japan and Ukraine raise ties to a special global partnership", "AGREE", ["Volodymyr Zelensky", "Ukraine"],
          "2023-03-21", "context", "occurred", "special global partnership"),
        E("Kishida invites Zelensky to the Hiroshima G7 summit", "REQUEST", ["Volodymyr Zelensky"], "2023-03-21",
          "context", "occurred", "Hiroshima from May 19"),
        E("Zelensky accepts the invitation", "AGREE", ["Volodymyr Zelensky"], "2023-03-21", "context", "occurred",
          "Hiroshima from May 19"),
        E("Zelensky to take part online in the G7 summit in Hiroshima", "CONSULT", ["Volodymyr Zelensky"],
          "2023-05-19", "text", "planned", "Hiroshima from May 19", note="summit 19-21 May 2023"),
        E("Russian troops withdrew from the Kyiv region", "RETREAT", ["Russia", "Ukraine"], "2022-SP", "text",
          "occurred", "Russian troops withdrew last spring"),
        E("Xi's state visit and formal talks with Putin in Moscow", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-03-21", "text", "occurred", "three-day state visit"),
        E("Xi and Putin sign a joint statement", "AGREE", ["Xi Jinping", "Vladimir Putin"], "2023-03-21", "context",
          "occurred", "Xi and Putin signed"),
        E("Joint statement calls for responsible dialogue on Ukraine", "REQUEST", ["Xi Jinping", "Vladimir Putin"],
          "2023-03-21", "context", "occurred", "Xi and Putin signed"),
        E("Joint statement criticises unilateral sanctions", "ACCUSE", ["Xi Jinping", "Vladimir Putin"], "2023-03-21",
          "context", "occurred", "Xi and Putin signed"),
        E("Putin: China's paper could serve as a basis for a settlement", "SUPPORT", ["Vladimir Putin", "China"],
          "2023-03-21", "context", "occurred", "12-point position paper"),
        E("Ukraine invited China to join its peace formula", "REQUEST", ["Ukraine", "China"], "2023-02", "text",
          "occurred", "invited China last month"),
        E("Russian strategic bombers fly over the Sea of Japan", "MOBILIZE", ["Russia"], "2023-03-21", "text",
          "occurred", "Tu-95 strategic bombers"),
        E("Peskov: Russia will not change course because of visitors to Kyiv", "REJECT", ["Dmitry Peskov", "Ukraine"],
          "2023-03-22", "published", "occurred", "would not change the course"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Ukraine has invited China to join its peace formula and is waiting for an answer",
          "2023-03-21", "context", "invited China last month"),
        S("Joint statement: Xi Jinping, Vladimir Putin", "Calls for responsible dialogue on Ukraine; criticises "
          "unilateral sanctions", "2023-03-21", "context", "Xi and Putin signed"),
        S("Vladimir Putin", "China's 12-point paper could serve as a basis for a settlement once the West and Kyiv are "
          "ready", "2023-03-21", "context", "12-point position paper"),
        S("Russia", "Moscow responded coolly to Kishida's trip", "2023-03-22", "published", "Moscow responded coolly"),
        S("Dmitry Peskov", "Russia will not change the course of its operation because of visitors to Kyiv",
          "2023-03-22", "published", "would not change the course"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "NATO", "Xi Jinping", "China", "Vladimir Putin",
            "Kremlin", "Dmitry Peskov"],
)

EN02 = dict(
    id="b27en02_yoon_kyiv_visit_2023_07",
    lang="en",
    published="2023-07-16",
    body="""
(LEAD) Yoon visits Kyiv, pledges expanded support in summit with Zelensky

SEOUL, July 16 (Yonhap) -- President Yoon Suk Yeol made an unannounced visit to Kyiv on Saturday and held summit talks with Ukrainian President Volodymyr Zelensky, pledging to expand South Korea's humanitarian and nonlethal military support for the war-torn country, his office said Sunday.
It was the first trip to Ukraine by a South Korean president since Seoul established diplomatic ties with Kyiv in 1992.
Yoon traveled to Ukraine from Poland by train, wrapping up a weeklong European trip that included the NATO summit in Vilnius.

During the talks, which lasted about two hours, Yoon announced a "Ukraine Peace Solidarity Initiative" that will cover security and humanitarian assistance as well as help with reconstruction, his office said.
Seoul will provide more demining equipment, ambulances and other supplies that Kyiv had requested, and the two sides agreed to sign a framework arrangement on reconstruction projects later this year.
Zelensky thanked Yoon for the visit and asked for help in strengthening Ukraine's air defense, according to Kim Tae-hyo, Yoon's first deputy national security adviser.
Yoon stuck to Seoul's policy of not supplying lethal weapons to a country at war, Kim said.

Before the talks, Yoon laid flowers in Bucha and Irpin, the Kyiv suburbs where Russian troops were accused of killing civilians in the early weeks of the war.
"Russia's attempt to change the status quo by force must end," he said there.
Zelensky invited Yoon to attend a Ukrainian peace summit planned for later in the year, officials said.

Russian foreign ministry spokesperson Maria Zakharova criticized the visit on Sunday, saying Seoul's "openly anti-Russian steps" would further damage bilateral relations.
Moscow has repeatedly warned that any South Korean arms supplies to Ukraine would destroy ties between the two countries.
At the NATO summit in Vilnius earlier in the week, Yoon met NATO Secretary General Jens Stoltenberg and agreed to expand information-sharing with the alliance.
At home, the trip drew criticism from opposition lawmakers, who accused Yoon of traveling abroad while torrential rains killed dozens of people across the country.
""",
    timexes=[
        T("July 16", "DATE", "2023-07-16"),
        T("Saturday", "DATE", "2023-07-15"),
        T("Sunday", "DATE", "2023-07-16"),
        T("1992", "DATE", "1992"),
        T("weeklong", "DURATION", "P1W"),
        T("about two hours", "DURATION", "PT2H", mod="APPROX"),
        T("this year", "DATE", "2023"),
        T("the year", "DATE", "2023"),
        T("Sunday", "DATE", "2023-07-16", n=1),
        T("the week", "DATE", "2023-W28"),
    ],
    events=[
        E("Yoon visits Kyiv and holds summit talks with Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2023-07-15",
          "text", "occurred", "made an unannounced visit to Kyiv"),
        E("Yoon announces the Ukraine Peace Solidarity Initiative", "AID", ["Ukraine"], "2023-07-15", "context",
          "occurred", "Ukraine Peace Solidarity Initiative"),
        E("Seoul to provide demining equipment, ambulances and supplies", "AID", ["Ukraine"], "2023-07-15", "context",
          "planned", "more demining equipment"),
        E("Agreement to sign a framework arrangement on reconstruction later this year", "AGREE", ["Ukraine"], "2023",
          "text", "planned", "more demining equipment"),
        E("Zelensky thanks Yoon for the visit", "SUPPORT", ["Volodymyr Zelensky"], "2023-07-15", "context",
          "occurred", "Zelensky thanked Yoon"),
        E("Zelensky asks for help with air defence", "REQUEST", ["Volodymyr Zelensky"], "2023-07-15", "context",
          "occurred", "Zelensky thanked Yoon"),
        E("Seoul sticks to not supplying lethal weapons", "REJECT", ["Ukraine"], "2023-07-15", "context", "occurred",
          "not supplying lethal weapons"),
        E("Zelensky invites Yoon to a Ukrainian peace summit", "REQUEST", ["Volodymyr Zelensky"], "2023-07-15",
          "context", "occurred", "Zelensky invited Yoon"),
        E("Ukrainian peace summit planned later in the year", "CONSULT", ["Ukraine"], "2023", "text", "planned",
          "Zelensky invited Yoon"),
        E("Zakharova criticises Yoon's visit", "ACCUSE", ["Maria Zakharova"], "2023-07-16", "text", "occurred",
          "openly anti-Russian steps"),
        E("Yoon meets Stoltenberg at the NATO summit in Vilnius", "CONSULT", ["Jens Stoltenberg", "NATO"], "2023-W28",
          "text", "occurred", "Yoon met NATO Secretary General"),
        E("South Korea and NATO agree to expand information-sharing", "AGREE", ["NATO"], "2023-W28", "context",
          "occurred", "Yoon met NATO Secretary General"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Yoon and asks for help strengthening air defence", "2023-07-15", "context",
          "Zelensky thanked Yoon"),
        S("Maria Zakharova", "Seoul's openly anti-Russian steps will further damage relations", "2023-07-16", "text",
          "openly anti-Russian steps"),
        S("Russia", "South Korean arms supplies to Ukraine would destroy ties", "2023-07-16", "published",
          "Moscow has repeatedly warned"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "NATO", "Russia", "Maria Zakharova", "Jens Stoltenberg"],
)

EN03 = dict(
    id="b27en03_zelensky_shangri_la_china_2024_06",
    lang="en",
    published="2024-06-03",
    body="""
Zelensky accuses China of helping Russia undermine Swiss peace summit

SINGAPORE – Ukrainian President Volodymyr Zelensky on June 2 accused China of helping Russia to disrupt a peace summit in Switzerland this month, in an unusually sharp attack on Beijing during his first visit to Singapore.
Speaking at the Shangri-La Dialogue, Asia's premier security forum, he said Chinese diplomats were working hard to persuade other countries not to attend the conference, which is set to take place at the Bürgenstock resort on June 15 and 16.
"It is a pity that such a big, independent, powerful country as China is an instrument in the hands of Putin," Mr Zelensky told reporters after his speech.

In his address, Mr Zelensky urged Asian countries to join the summit and said 106 countries had so far confirmed their participation.
He met US Defence Secretary Lloyd Austin on the sidelines of the forum, and the Pentagon said Mr Austin had reaffirmed Washington's "unwavering support" for Ukraine's defence.
Mr Zelensky also held talks with Prime Minister Lawrence Wong and President Tharman Shanmugaratnam, and met Indonesia's President-elect Prabowo Subianto and Timor-Leste's President José Ramos-Horta.

Beijing rejected the accusations.
Chinese Defence Minister Dong Jun, who addressed the forum a day earlier, had said China had never provided weapons to either side and strictly controlled exports of dual-use items.
At a regular briefing in Beijing on June 3, foreign ministry spokeswoman Mao Ning said China's position on the conference was "fair and just" and not aimed at any party.
China said on May 31 that it would not attend because the meeting did not meet its demands, including the equal participation of Russia, which has not been invited.

The Kremlin has dismissed the Swiss summit as pointless without Moscow's participation.
Mr Zelensky flew on from Singapore to Manila for talks with Philippine President Ferdinand Marcos Jr on Monday.
His appearance at the forum came as Ukraine braced for further Russian attacks on its energy grid, after a massive missile and drone strike on June 1 damaged power plants in several regions.
""",
    timexes=[
        T("June 2", "DATE", "2024-06-02"),
        T("this month", "DATE", "2024-06"),
        T("June 15", "DATE", "2024-06-15"),
        T("16", "DATE", "2024-06-16"),
        T("a day earlier", "DATE", "2024-06-01"),
        T("June 3", "DATE", "2024-06-03"),
        T("May 31", "DATE", "2024-05-31"),
        T("Monday", "DATE", "2024-06-03"),
        T("June 1", "DATE", "2024-06-01"),
    ],
    events=[
        E("Zelensky accuses China of helping Russia disrupt the peace summit", "ACCUSE",
          ["Volodymyr Zelensky", "China", "Russia"], "2024-06-02", "text", "occurred", "accused China of helping Russia"),
        E("Peace summit at the Bürgenstock", "CONSULT", ["Ukraine"], "2024-06-15", "text", "planned",
          "Bürgenstock resort", note="15-16 June 2024, hosted by Switzerland"),
        E("Zelensky urges Asian countries to join the summit", "REQUEST", ["Volodymyr Zelensky"], "2024-06-02",
          "context", "occurred", "urged Asian countries"),
        E("Zelensky meets Austin at the Shangri-La Dialogue", "CONSULT", ["Volodymyr Zelensky", "United States"],
          "2024-06-02", "context", "occurred", "Lloyd Austin"),
        E("Austin reaffirms US support for Ukraine's defence", "SUPPORT", ["United States", "Ukraine"], "2024-06-02",
          "context", "occurred", "Lloyd Austin"),
        E("Zelensky's talks with Singapore's leaders, Prabowo and Ramos-Horta", "CONSULT", ["Volodymyr Zelensky"],
          "2024-06-02", "context", "occurred", "Lawrence Wong"),
        E("China denies supplying weapons to either side", "REJECT", ["China", "Ukraine"], "2024-06-01", "text",
          "occurred", "Dong Jun"),
        E("China will not attend the peace summit", "REJECT", ["China", "Ukraine"], "2024-05-31", "text", "occurred",
          "China said on May 31"),
        E("China demands equal participation of Russia", "REQUEST", ["China", "Russia"], "2024-05-31", "context",
          "occurred", "China said on May 31"),
        E("Zelensky holds talks with Marcos in Manila", "CONSULT", ["Volodymyr Zelensky"], "2024-06-03", "text",
          "occurred", "Ferdinand Marcos"),
        E("Massive Russian missile and drone strike on the energy grid", "ASSAULT", ["Russia", "Ukraine"], "2024-06-01",
          "text", "occurred", "massive missile and drone strike"),
    ],
    statements=[
        S("Volodymyr Zelensky", "China is helping Russia disrupt the peace summit", "2024-06-02", "text",
          "accused China of helping Russia"),
        S("Volodymyr Zelensky", "Chinese diplomats are persuading countries not to attend", "2024-06-02", "context",
          "Chinese diplomats were working hard"),
        S("Volodymyr Zelensky", "China is an instrument in the hands of Putin", "2024-06-02", "context",
          "instrument in the hands of Putin"),
        S("Volodymyr Zelensky", "Urges Asian countries to join; 106 countries confirmed", "2024-06-02", "context",
          "urged Asian countries"),
        S("United States", "Pentagon: Austin reaffirmed unwavering support for Ukraine's defence", "2024-06-02",
          "context", "Lloyd Austin"),
        S("China", "Beijing rejected the accusations", "2024-06-03", "published", "Beijing rejected the accusations."),
        S("China", "Dong Jun: China never provided weapons to either side", "2024-06-01", "text", "Dong Jun"),
        S("China", "Mao Ning: China's position on the conference is fair and just", "2024-06-03", "text",
          "regular briefing in Beijing"),
        S("China", "Will not attend because its demands are not met", "2024-05-31", "text", "China said on May 31"),
        S("Kremlin", "The Swiss summit is pointless without Moscow", "2024-06-03", "published",
          "The Kremlin has dismissed"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "China", "Russia", "Vladimir Putin", "United States", "Kremlin"],
)

EN04 = dict(
    id="b27en04_zelensky_vilnius_baltic_tour_2024_01",
    lang="en",
    published="2024-01-10",
    body="""
Zelensky in Vilnius: 'If we do not stop Putin, he will come to the Baltic states'

Ukrainian President Volodymyr Zelensky arrived in Vilnius on Wednesday morning, starting a tour of the three Baltic states that will take him to Tallinn and Riga on Thursday.
It was Zelensky's first visit to Lithuania since the NATO summit held in the city in July.
After talks with President Gitanas Nausėda at the Presidential Palace, the two leaders told journalists that Lithuania would provide Ukraine with a long-term military aid package worth 200 million euros over the next three years.
The package includes ammunition, drones and generators, Nausėda said.

Zelensky warned that Russia would not stop at Ukraine.
"If we do not stop Putin, he will come to the Baltic states, to your homes," he said.
He thanked Lithuania for its support and asked for more air defence systems, after a wave of Russian missile and drone strikes on Ukrainian cities since December 29.
Nausėda said Lithuania would push for Ukraine to receive an invitation to join NATO at the alliance's summit in Washington in July.

Zelensky also addressed the stalled aid from Ukraine's largest backers.
The US Congress has yet to approve a 61-billion-dollar package requested by President Joe Biden, and Hungary's Prime Minister Viktor Orbán blocked a 50-billion-euro EU support package at a summit in December.
EU leaders are due to try again at a special summit in Brussels on February 1.
"I am confident that we will find a solution with our European partners," Zelensky said.

Later on Wednesday, Zelensky laid flowers at the Antakalnis cemetery, where the victims of the Soviet crackdown of January 1991 are buried.
The Kremlin did not comment on the visit directly, but spokesman Dmitry Peskov told reporters that Western aid to Kyiv would "not change the dynamics on the battlefield".
In Moscow, the Russian foreign ministry summoned Lithuania's chargé d'affaires last week over what it called the "hostile" treatment of Russian citizens at the border, LRT reported.
""",
    timexes=[
        T("Wednesday morning", "TIME", "2024-01-10TMO"),
        T("Thursday", "DATE", "2024-01-11"),
        T("July", "DATE", "2023-07"),
        T("the next three years", "DURATION", "P3Y"),
        T("December 29", "DATE", "2023-12-29"),
        T("July", "DATE", "2024-07", n=1),
        T("December", "DATE", "2023-12", n=1),
        T("February 1", "DATE", "2024-02-01"),
        T("Wednesday", "DATE", "2024-01-10", n=1),
        T("January 1991", "DATE", "1991-01"),
        T("last week", "DATE", "2024-W01"),
    ],
    events=[
        E("Zelensky arrives in Vilnius at the start of his Baltic tour", "CONSULT", ["Volodymyr Zelensky"],
          "2024-01-10TMO", "text", "occurred", "arrived in Vilnius"),
        E("Zelensky to visit Tallinn and Riga", "CONSULT", ["Volodymyr Zelensky"], "2024-01-11", "text", "planned",
          "arrived in Vilnius"),
        E("Zelensky's talks with Nausėda", "CONSULT", ["Volodymyr Zelensky"], "2024-01-10", "context", "occurred",
          "After talks with President Gitanas"),
        E("Lithuania to provide a 200-million-euro military aid package over three years", "AID", ["Ukraine"],
          "2024-01-10", "context", "occurred", "After talks with President Gitanas"),
        E("Zelensky thanks Lithuania", "SUPPORT", ["Volodymyr Zelensky"], "2024-01-10", "context", "occurred",
          "He thanked Lithuania"),
        E("Zelensky asks for more air defence systems", "REQUEST", ["Volodymyr Zelensky"], "2024-01-10", "context",
          "occurred", "He thanked Lithuania"),
        E("Wave of Russian missile and drone strikes on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
          "2023-12-29", "text", "occurred", "He thanked Lithuania", date_mod="START"),
        E("Lithuania will push for a NATO invitation for Ukraine", "REQUEST", ["NATO", "Ukraine"], "2024-01-10",
          "context", "occurred", "receive an invitation to join NATO"),
        E("NATO summit in Washington", "CONSULT", ["NATO"], "2024-07", "text", "planned",
          "receive an invitation to join NATO"),
        E("US aid package requested by Biden not yet approved", "AID", ["United States", "Joe Biden", "Ukraine"],
          "2024-01-10", "published", "uncertain", "61-billion-dollar package"),
        E("Orbán blocked the 50-billion-euro EU package", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
          "2023-12", "text", "occurred", "61-billion-dollar package"),
        E("EU special summit to try again on the aid package", "CONSULT", ["European Union"], "2024-02-01", "text",
          "planned", "special summit in Brussels"),
        E("EU support package for Ukraine to be decided", "AID", ["European Union", "Ukraine"], "2024-02-01", "text",
          "planned", "special summit in Brussels"),
        E("Russia summons Lithuania's chargé d'affaires", "ACCUSE", ["Russia"], "2024-W01", "text", "occurred",
          "summoned Lithuania's"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Lithuania will provide a 200-million-euro package over three years", "2024-01-10",
          "context", "After talks with President Gitanas"),
        S("Volodymyr Zelensky", "Russia will not stop at Ukraine", "2024-01-10", "context",
          "Zelensky warned that Russia"),
        S("Volodymyr Zelensky", "If we do not stop Putin, he will come to the Baltic states", "2024-01-10", "context",
          "to your homes"),
        S("Volodymyr Zelensky", "Thanks Lithuania and asks for more air defence", "2024-01-10", "context",
          "He thanked Lithuania"),
        S("Volodymyr Zelensky", "Confident of a solution with European partners", "2024-01-10", "context",
          "I am confident"),
        S("Dmitry Peskov", "Western aid to Kyiv will not change the dynamics on the battlefield", "2024-01-10",
          "published", "not change the dynamics"),
        S("Russia", "Lithuania's treatment of Russian citizens at the border is hostile", "2024-W01", "text",
          "summoned Lithuania's"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "NATO", "Russia", "Vladimir Putin", "United States", "Joe Biden",
            "Viktor Orbán", "European Union", "Kremlin", "Dmitry Peskov"],
)

EN05 = dict(
    id="b27en05_poland_drones_article4_2025_09",
    lang="en",
    published="2025-09-10",
    body="""
Poland invokes NATO's Article 4 after shooting down Russian drones

Poland has asked for consultations under Article 4 of NATO's founding treaty after Polish and allied aircraft shot down Russian drones that entered the country's airspace during a massive overnight attack on Ukraine.
"This is the closest we have been to open conflict since the Second World War," Prime Minister Donald Tusk told the Sejm on Wednesday, adding that there was "no reason to claim that we are at war".
According to the armed forces, 19 violations of Polish airspace were recorded between 11.30 p.m. on Tuesday and 6.30 a.m. on Wednesday, and at least four drones were downed with the help of Dutch F-35s and an Italian surveillance plane.
Warsaw's Chopin airport, Rzeszów, Modlin and Lublin were closed for several hours.
In the village of Wyryki in Lublin province, debris tore off part of the roof of a family house; nobody was injured.

NATO ambassadors met in Brussels on Wednesday morning at Poland's request.
Secretary General Mark Rutte called the incursion "absolutely reckless" and said the alliance had shown that it would defend every inch of allied territory.
European Commission President Ursula von der Leyen expressed "full and unwavering solidarity" with Poland in her State of the Union address in Strasbourg.

The foreign ministry in Warsaw summoned Russia's chargé d'affaires, and Foreign Minister Radosław Sikorski said Poland would request an emergency meeting of the UN Security Council, which diplomats said could take place on Friday.
Russia's defence ministry said its forces had struck military-industrial targets in western Ukraine overnight and that "no objects on Polish territory were planned to be hit", adding that it was ready to hold consultations with Poland's defence ministry.
Belarus said it had informed Warsaw about drones that had "lost their way" because of electronic jamming.

Ukrainian President Volodymyr Zelensky called the incident "an extremely dangerous precedent for Europe" and offered to help train Polish units in shooting down Shahed drones.
In Washington, US President Donald Trump wrote on his Truth Social platform: "What's with Russia violating Poland's airspace with drones? Here we go!"
President Karol Nawrocki said he had spoken with Mr Trump on Wednesday and that the conversation confirmed "allied unity".
""",
    timexes=[
        T("overnight", "TIME", "2025-09-09TNI", note="night of 9 to 10 September"),
        T("Wednesday", "DATE", "2025-09-10"),
        T("11.30 p.m.", "TIME", "2025-09-09T23:30", note="Polish time (CEST)"),
        T("Tuesday", "DATE", "2025-09-09"),
        T("6.30 a.m.", "TIME", "2025-09-10T06:30", note="Polish time (CEST)"),
        T("Wednesday", "DATE", "2025-09-10", n=1),
        T("several hours", "DURATION", "PTXH"),
        T("Wednesday morning", "TIME", "2025-09-10TMO"),
        T("Friday", "DATE", "2025-09-12"),
        T("overnight", "TIME", "2025-09-09TNI", n=1),
        T("Wednesday", "DATE", "2025-09-10", n=3),
    ],
    events=[
        E("Poland requests consultations under NATO's Article 4", "REQUEST", ["Poland", "NATO"], "2025-09-10",
          "published", "occurred", "Poland has asked for consultations"),
        E("Russian drones enter Polish airspace and are shot down", "ASSAULT", ["Russia", "Poland"], "2025-09-09TNI",
          "text", "occurred", "Poland has asked for consultations",
          note="airspace violations between 23:30 on 9 Sept and 06:30 on 10 Sept"),
        E("Massive overnight Russian attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-09-09TNI", "text",
          "occurred", "Poland has asked for consultations"),
        E("NATO ambassadors meet at Poland's request", "CONSULT", ["NATO", "Poland"], "2025-09-10TMO", "text",
          "occurred", "NATO ambassadors met"),
        E("Rutte calls the incursion absolutely reckless", "ACCUSE", ["Mark Rutte", "Russia"], "2025-09-10TMO",
          "context", "occurred", "absolutely reckless"),
        E("Von der Leyen expresses solidarity with Poland", "SUPPORT", ["Ursula von der Leyen", "Poland"],
          "2025-09-10", "published", "occurred", "full and unwavering solidarity"),
        E("Poland summons Russia's chargé d'affaires", "ACCUSE", ["Poland", "Russia"], "2025-09-10", "published",
          "occurred", "summoned Russia's chargé"),
        E("Poland to request an emergency UN Security Council meeting", "REQUEST", ["Poland", "United Nations"],
          "2025-09-10", "published", "occurred", "summoned Russia's chargé"),
        E("UN Security Council emergency meeting", "CONSULT", ["United Nations", "Poland"], "2025-09-12", "text",
          "uncertain", "summoned Russia's chargé"),
        E("Russia denies planning to hit targets in Poland", "REJECT", ["Russia", "Poland"], "2025-09-10", "published",
          "occurred", "no objects on Polish territory"),
        E("Russia ready for consultations with Poland's defence ministry", "AGREE", ["Russia", "Poland"], "2025-09-10",
          "published", "occurred", "no objects on Polish territory"),
        E("Zelensky calls the incident an extremely dangerous precedent", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-09-10", "published", "occurred", "extremely dangerous precedent"),
        E("Zelensky offers to help train Polish units against Shahed drones", "AID", ["Volodymyr Zelensky", "Poland"],
          "2025-09-10", "published", "planned", "extremely dangerous precedent"),
        E("Trump criticises Russia's violation of Polish airspace", "ACCUSE", ["Donald Trump", "Russia"], "2025-09-10",
          "published", "occurred", "Here we go"),
        E("Nawrocki–Trump call", "CONSULT", ["Donald Trump", "Poland"], "2025-09-10", "text", "occurred",
          "President Karol Nawrocki"),
    ],
    statements=[
        S("Donald Tusk", "Closest to open conflict since WWII, but no reason to say we are at war", "2025-09-10", "text",
          "closest we have been"),
        S("Poland", "Armed forces: 19 airspace violations, at least four drones downed", "2025-09-10", "published",
          "According to the armed forces"),
        S("Mark Rutte", "The incursion was absolutely reckless; NATO will defend every inch", "2025-09-10TMO", "context",
          "absolutely reckless"),
        S("Ursula von der Leyen", "Full and unwavering solidarity with Poland", "2025-09-10", "published",
          "full and unwavering solidarity"),
        S("Poland", "Sikorski: Poland will request an emergency UN Security Council meeting", "2025-09-10", "published",
          "summoned Russia's chargé"),
        S("Russia", "Struck targets in western Ukraine; no targets in Poland planned; ready for consultations",
          "2025-09-10", "published", "no objects on Polish territory"),
        S("Belarus", "Informed Warsaw about drones that lost their way", "2025-09-10", "published",
          "Belarus said it had informed"),
        S("Volodymyr Zelensky", "An extremely dangerous precedent; offers training help", "2025-09-10", "published",
          "extremely dangerous precedent"),
        S("Donald Trump", "What's with Russia violating Poland's airspace with drones? Here we go!", "2025-09-10",
          "published", "Here we go"),
        S("Poland", "Nawrocki: the call with Trump confirmed allied unity", "2025-09-10", "published",
          "President Karol Nawrocki"),
    ],
    actors=["Poland", "NATO", "Russia", "Ukraine", "Donald Tusk", "Mark Rutte", "Ursula von der Leyen",
            "European Union", "United Nations", "Belarus", "Volodymyr Zelensky", "Donald Trump", "United States"],
)

EN06 = dict(
    id="b27en06_g7_niagara_foreign_ministers_2025_11",
    lang="en",
    published="2025-11-13",
    body="""
G7 ministers vow to raise pressure on Moscow as Rubio signals limits to U.S. sanctions

NIAGARA-ON-THE-LAKE, ONT. – Foreign ministers of the Group of Seven pledged on Wednesday to increase the economic costs for Russia and to keep backing Ukraine's territorial integrity, wrapping up two days of talks in the Niagara region that were overshadowed by differences with Washington.
In a joint statement released after the meeting, the ministers called for an immediate ceasefire and said the current line of contact should be the starting point for negotiations.
They also said they were exploring options to fully use the value of immobilized Russian sovereign assets to support Ukraine.

Foreign Affairs Minister Anita Anand, who chaired the meeting, announced on Wednesday that Canada would impose sanctions on 13 individuals, 11 entities and 100 vessels of Russia's so-called shadow fleet.
Ukrainian Foreign Minister Andrii Sybiha, who joined the ministers on Wednesday, thanked Canada and urged Europe to approve a loan backed by the frozen assets "without further delay."
Ukraine needs the money to keep its budget afloat next year, he told reporters.

U.S. Secretary of State Marco Rubio struck a more cautious note.
After U.S. sanctions on Russia's two largest oil companies, Rosneft and Lukoil, last month, there was "not much left to sanction," Mr. Rubio said, adding that Washington remained in touch with both Moscow and Kyiv.
It was his first trip to Canada since trade tensions between Ottawa and the Trump administration escalated, and he and Ms. Anand met one-on-one on Tuesday evening.

The EU's foreign policy chief, Kaja Kallas, said Europe would keep "tightening the screws" on Moscow and called on Washington to do the same.
In Moscow, Foreign Ministry spokeswoman Maria Zakharova dismissed the meeting as a "gathering of the sponsors of the Kyiv regime" and said any use of Russian assets would amount to "theft."
Overnight, Russia launched more than 400 drones and missiles at Ukraine, killing at least six people in Kyiv, Ukrainian officials said.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-11-12"),
        T("two days", "DURATION", "P2D"),
        T("Wednesday", "DATE", "2025-11-12", n=1),
        T("Wednesday", "DATE", "2025-11-12", n=2),
        T("next year", "DATE", "2026"),
        T("last month", "DATE", "2025-10"),
        T("Tuesday evening", "TIME", "2025-11-11TEV"),
        T("Overnight", "TIME", "2025-11-12TNI", note="night of 12 to 13 November"),
    ],
    events=[
        E("G7 foreign ministers' meeting in the Niagara region", "CONSULT", ["United States", "European Union"],
          "2025-11-11", "context", "occurred", "wrapping up two days of talks", note="11-12 November 2025"),
        E("G7 pledges to increase the economic costs for Russia", "SANCTION", ["United States", "European Union", "Russia"],
          "2025-11-12", "text", "planned", "wrapping up two days of talks"),
        E("G7 keeps backing Ukraine's territorial integrity", "SUPPORT", ["United States", "European Union", "Ukraine"],
          "2025-11-12", "text", "occurred", "wrapping up two days of talks"),
        E("G7 calls for an immediate ceasefire", "REQUEST", ["United States", "European Union", "Russia", "Ukraine"],
          "2025-11-12", "context", "occurred", "called for an immediate ceasefire"),
        E("G7: current line of contact as starting point for negotiations", "REQUEST",
          ["United States", "European Union", "Russia", "Ukraine"], "2025-11-12", "context", "occurred",
          "called for an immediate ceasefire"),
        E("G7 explores using immobilised Russian assets for Ukraine", "AID",
          ["United States", "European Union", "Russia", "Ukraine"], "2025-11-12", "context", "uncertain",
          "immobilized Russian sovereign assets"),
        E("Canada sanctions individuals, entities and shadow-fleet vessels", "SANCTION", ["Russia"], "2025-11-12",
          "text", "occurred", "Anita Anand"),
        E("Sybiha joins the G7 ministers", "CONSULT", ["Andrii Sybiha", "United States", "European Union"],
          "2025-11-12", "text", "occurred", "joined the ministers on Wednesday"),
        E("Sybiha thanks Canada", "SUPPORT", ["Andrii Sybiha"], "2025-11-12", "context", "occurred",
          "joined the ministers on Wednesday"),
        E("Sybiha urges Europe to approve the asset-backed loan", "REQUEST", ["Andrii Sybiha", "European Union"],
          "2025-11-12", "context", "occurred", "joined the ministers on Wednesday"),
        E("US sanctions on Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10", "text", "occurred",
          "not much left to sanction"),
        E("Rubio signals no further US sanctions", "REJECT", ["Marco Rubio", "Russia"], "2025-11-12", "context",
          "occurred", "not much left to sanction"),
        E("Rubio and Anand meet one-on-one", "CONSULT", ["Marco Rubio"], "2025-11-11TEV", "text", "occurred",
          "met one-on-one"),
        E("Kallas: Europe will keep tightening the screws on Moscow", "SANCTION", ["Kaja Kallas", "European Union", "Russia"],
          "2025-11-12", "context", "planned", "tightening the screws"),
        E("Kallas calls on Washington to do the same", "REQUEST", ["Kaja Kallas", "United States"], "2025-11-12",
          "context", "occurred", "tightening the screws"),
        E("Zakharova: using Russian assets would be theft", "ACCUSE", ["Maria Zakharova", "United States", "European Union"],
          "2025-11-13", "published", "occurred", "theft"),
        E("Overnight Russian attack with more than 400 drones and missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2025-11-12TNI", "text", "occurred", "Overnight, Russia launched"),
    ],
    statements=[
        S("Joint statement: United States, European Union", "Calls for an immediate ceasefire; the line of contact "
          "should be the starting point", "2025-11-12", "context", "called for an immediate ceasefire"),
        S("Joint statement: United States, European Union", "Exploring options to use immobilised Russian assets",
          "2025-11-12", "context", "immobilized Russian sovereign assets"),
        S("Andrii Sybiha", "Thanks Canada; Europe should approve the loan without further delay", "2025-11-12", "context",
          "joined the ministers on Wednesday"),
        S("Andrii Sybiha", "Ukraine needs the money for next year's budget", "2025-11-12", "context",
          "keep its budget afloat"),
        S("Marco Rubio", "Struck a more cautious note", "2025-11-12", "context", "struck a more cautious note"),
        S("Marco Rubio", "Not much left to sanction; in touch with Moscow and Kyiv", "2025-11-12", "context",
          "not much left to sanction"),
        S("Kaja Kallas", "Europe will keep tightening the screws; Washington should do the same", "2025-11-12",
          "context", "tightening the screws"),
        S("Maria Zakharova", "The meeting was a gathering of the Kyiv regime's sponsors; using assets is theft",
          "2025-11-13", "published", "theft"),
        S("Ukraine", "More than 400 drones and missiles; at least six killed in Kyiv", "2025-11-13", "published",
          "Overnight, Russia launched"),
    ],
    actors=["United States", "European Union", "Russia", "Ukraine", "Andrii Sybiha", "Marco Rubio", "Kaja Kallas",
            "Maria Zakharova", "Donald Trump"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
