"""English articles of the blind24 evaluation set (texts and gold annotations, written blind)."""

from build import E, S, T

DOCS = [
    dict(
        id="b24en01_g7_capri_air_defence_2024_04",
        lang="en",
        published="2024-04-19",
        body="""
G7 pledges to boost Ukraine's air defences as Capri meeting closes

(ANSA) - CAPRI, APR 19 - G7 foreign ministers on Friday pledged to strengthen Ukraine's air defences "urgently" as they wrapped up three days of talks on the island of Capri.
Around the table were US Secretary of State Antony Blinken, Germany's Annalena Baerbock, Britain's David Cameron, France's Stéphane Séjourné and EU foreign policy chief Josep Borrell, along with their Japanese and Canadian counterparts.
"We are committed to bolstering Ukraine's air defence capabilities to save lives and protect critical infrastructure," the ministers said in a final communique released at midday.
Italian Foreign Minister Antonio Tajani, who chaired the meeting, told reporters that several countries would announce new deliveries "in the coming days".

Ukrainian Foreign Minister Dmytro Kuleba, who joined the ministers on Thursday, said Kyiv needed at least seven more Patriot systems to shield its cities from Russian missiles.
He also urged the US House of Representatives to approve a long-delayed 61-billion-dollar aid package in a vote scheduled for Saturday.
Blinken praised Germany's decision, announced last weekend, to send a third Patriot battery to Ukraine, saying it set an example for other allies.

At a closing news conference Blinken accused China of helping Russia rebuild its defence industry, calling Beijing the "top contributor" to Moscow's war effort.
The final statement called on China to stop transferring dual-use goods to Russia.
Ministers also agreed that Russian sovereign assets would stay immobilised "until Russia pays for the damage it has caused".
They asked experts to explore options for using the assets for Ukraine before the leaders' summit in Apulia in June.

Moscow dismissed the meeting as irrelevant.
Kremlin spokesman Dmitry Peskov said any use of Russian assets by Washington or Brussels would be "theft" and warned that Moscow would retaliate by seizing Western property in Russia.

The talks were overshadowed by tensions in the Middle East after reports of an Israeli strike near the Iranian city of Isfahan overnight.
Earlier this week Italian Premier Giorgia Meloni had spoken to Ukrainian President Volodymyr Zelensky by phone and promised that Italy would keep supporting Ukraine "for as long as necessary".
Italy holds the rotating G7 presidency for 2024.
""",
        timexes=[
            T("APR 19", "DATE", "2024-04-19"),
            T("Friday", "DATE", "2024-04-19"),
            T("three days", "DURATION", "P3D"),
            T("midday", "TIME", "2024-04-19T12:00"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2024-04-18"),
            T("Saturday", "DATE", "2024-04-20"),
            T("last weekend", "DATE", "2024-W15-WE"),
            T("June", "DATE", "2024-06"),
            T("overnight", "TIME", "2024-04-18TNI"),
            T("Earlier this week", "DATE", "2024-W16"),
            T("2024", "DATE", "2024"),
        ],
        events=[
            E("G7 foreign ministers wrapped up three days of talks on Capri", "CONSULT",
              ["United States", "Germany", "United Kingdom", "France", "European Union"], "2024-04-19", "text",
              "occurred", "wrapped up three days of talks", note="17-19 April 2024; G7 members named in the article"),
            E("G7 pledged to strengthen Ukraine's air defences urgently", "AID",
              ["United States", "Germany", "United Kingdom", "France", "European Union", "Ukraine"], "2024-04-19",
              "text", "planned", "wrapped up three days of talks"),
            E("Several countries to announce new air-defence deliveries to Ukraine", "AID",
              ["Ukraine"], "FUTURE_REF", "vague", "planned", "Antonio Tajani",
              note="announced by Italy's foreign minister; the countries are not named"),
            E("Kuleba joined the G7 ministers", "CONSULT",
              ["Ukraine", "United States", "Germany", "United Kingdom", "France", "European Union"], "2024-04-18",
              "text", "occurred", "who joined the ministers on Thursday"),
            E("Kuleba asked for at least seven more Patriot systems", "REQUEST",
              ["Ukraine", "United States", "Germany", "United Kingdom", "France", "European Union"], "2024-04-18",
              "context", "occurred", "who joined the ministers on Thursday"),
            E("Kuleba urged the US House to approve the 61 billion dollar package", "REQUEST",
              ["Ukraine", "United States"], "2024-04-18", "context", "occurred", "urged the US House"),
            E("US House vote on the 61 billion dollar aid package", "AID",
              ["United States", "Ukraine"], "2024-04-20", "text", "planned", "urged the US House"),
            E("Blinken praised Germany's third Patriot battery", "SUPPORT",
              ["Antony Blinken", "Germany"], "2024-04-19", "published", "occurred", "Blinken praised Germany's decision"),
            E("Germany decided to send a third Patriot battery to Ukraine", "AID",
              ["Germany", "Ukraine"], "2024-W15-WE", "text", "occurred", "Blinken praised Germany's decision"),
            E("Blinken accused China of helping Russia rebuild its defence industry", "ACCUSE",
              ["Antony Blinken", "China"], "2024-04-19", "context", "occurred", "top contributor"),
            E("G7 called on China to stop transferring dual-use goods to Russia", "REQUEST",
              ["United States", "Germany", "United Kingdom", "France", "European Union", "China"], "2024-04-19",
              "context", "occurred", "dual-use goods"),
            E("G7 agreed Russian sovereign assets stay immobilised until Russia pays", "AGREE",
              ["United States", "Germany", "United Kingdom", "France", "European Union", "Russia"], "2024-04-19",
              "context", "occurred", "would stay immobilised"),
            E("Options for using immobilised Russian assets for Ukraine to be explored before Apulia", "AID",
              ["United States", "Germany", "United Kingdom", "France", "European Union", "Ukraine", "Russia"],
              "2024-06", "context", "uncertain", "explore options"),
            E("G7 leaders' summit in Apulia", "CONSULT",
              ["United States", "Germany", "United Kingdom", "France", "European Union"], "2024-06", "text",
              "planned", "explore options"),
            E("Peskov: use of Russian assets would be theft", "ACCUSE",
              ["Dmitry Peskov", "United States", "European Union"], "2024-04-19", "published", "occurred",
              "would be \"theft\""),
            E("Peskov warned Moscow would retaliate by seizing Western property", "THREATEN",
              ["Dmitry Peskov", "United States", "European Union"], "2024-04-19", "published", "occurred",
              "would be \"theft\""),
            E("Meloni spoke to Zelensky by phone", "CONSULT",
              ["Giorgia Meloni", "Volodymyr Zelensky"], "2024-W16", "text", "occurred", "had spoken to Ukrainian President"),
            E("Meloni promised Italy would keep supporting Ukraine", "AGREE",
              ["Giorgia Meloni", "Ukraine"], "2024-W16", "text", "occurred", "had spoken to Ukrainian President"),
        ],
        statements=[
            S("Joint statement: United States, Germany, United Kingdom, France, European Union",
              "Committed to bolstering Ukraine's air defence capabilities", "2024-04-19T12:00", "text",
              "We are committed to bolstering"),
            S("Ukraine", "Kyiv needs at least seven more Patriot systems", "2024-04-18", "context",
              "who joined the ministers on Thursday"),
            S("Ukraine", "The US House should approve the 61 billion dollar package", "2024-04-18", "context",
              "urged the US House"),
            S("Antony Blinken", "Germany's third Patriot battery sets an example for other allies", "2024-04-19",
              "published", "Blinken praised Germany's decision"),
            S("Antony Blinken", "China is the top contributor to Moscow's war effort", "2024-04-19", "context",
              "top contributor"),
            S("Joint statement: United States, Germany, United Kingdom, France, European Union",
              "China must stop transferring dual-use goods to Russia", "2024-04-19", "context", "dual-use goods"),
            S("Joint statement: United States, Germany, United Kingdom, France, European Union",
              "Russian assets stay immobilised until Russia pays for the damage", "2024-04-19", "context",
              "would stay immobilised"),
            S("Russia", "Moscow dismissed the meeting as irrelevant", "2024-04-19", "published",
              "Moscow dismissed the meeting"),
            S("Dmitry Peskov", "Using Russian assets would be theft; Moscow would seize Western property", "2024-04-19",
              "published", "would be \"theft\""),
            S("Giorgia Meloni", "Italy will keep supporting Ukraine for as long as necessary", "2024-W16", "text",
              "had spoken to Ukrainian President"),
        ],
        actors=["United States", "Antony Blinken", "Germany", "United Kingdom", "France", "European Union",
                "Ukraine", "Russia", "China", "Kremlin", "Dmitry Peskov", "Giorgia Meloni", "Volodymyr Zelensky"],
    ),
    dict(
        id="b24en02_unga_children_resolution_2025_12",
        lang="en",
        published="2025-12-04",
        body="""
General Assembly demands return of Ukrainian children transferred to Russia

The UN General Assembly on Wednesday adopted a resolution demanding the "immediate, safe and unconditional return" of all Ukrainian children forcibly transferred or deported to the Russian Federation since February 2022.
The text, put forward by Ukraine and co-sponsored by more than 50 Member States, passed by a recorded vote of 91 in favour to 12 against, with 57 abstentions.
The Russian Federation and Belarus voted against, while China abstained.
The United States also abstained, saying the issue should be settled "within the framework of ongoing peace negotiations".

Introducing the draft, Ukraine's First Deputy Foreign Minister Serhiy Kyslytsya said Kyiv had verified the names of more than 19,500 children and that only around 1,600 had been brought home.
"Every one of these children has a name, a family and a home to return to," he told the Assembly.

Speaking in explanation of vote, Russia's Permanent Representative Vassily Nebenzia rejected the text as "politicized" and said the children had been evacuated from combat zones "for their own safety".
He accused European delegations of using the issue to derail peace efforts.

Foreign Minister Andrii Sybiha welcomed the vote, thanking the co-sponsors and calling on Moscow to "stop using children as a weapon of war".
Secretary-General António Guterres has repeatedly called for the return of all children and for family reunification, his Spokesperson, Stéphane Dujarric, told reporters at the daily briefing in New York.
The UN human rights office (OHCHR) said in a report last month that the transfers violated international humanitarian law.

Several Member States have helped to bring children back.
Qatar, which has mediated the return of more than 100 children since 2023, was among the co-sponsors.
In October, the United States said eight children had been reunited with their families through a channel opened by First Lady Melania Trump.

The vote came a day after United States envoy Steve Witkoff held talks with President Vladimir Putin in Moscow on a plan to end the war.
After the five-hour meeting on Tuesday, Kremlin aide Yuri Ushakov said no compromise had yet been found on territorial questions.
The Assembly will hold its annual debate on the situation in the temporarily occupied territories of Ukraine in February.
""",
        timexes=[
            T("Wednesday", "DATE", "2025-12-03"),
            T("February 2022", "DATE", "2022-02"),
            T("daily", "SET", "P1D"),
            T("last month", "DATE", "2025-11"),
            T("2023", "DATE", "2023"),
            T("October", "DATE", "2025-10"),
            T("five-hour", "DURATION", "PT5H"),
            T("Tuesday", "DATE", "2025-12-02"),
            T("annual", "SET", "P1Y"),
            T("February", "DATE", "2026-02", n=1),
        ],
        events=[
            E("General Assembly demanded the return of Ukrainian children transferred to Russia", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2025-12-03", "text", "occurred", "adopted a resolution demanding"),
            E("Forcible transfer and deportation of Ukrainian children to Russia", "COERCE",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "adopted a resolution demanding", date_mod="START",
              note="as the resolution describes it"),
            E("Ukraine put forward the draft resolution", "REQUEST",
              ["Ukraine", "United Nations"], "2025-12-03", "context", "occurred", "put forward by Ukraine"),
            E("Russia and Belarus voted against the resolution", "REJECT",
              ["Russia", "Belarus", "United Nations"], "2025-12-03", "context", "occurred", "Belarus voted against"),
            E("Nebenzia rejected the text and denied deportations", "REJECT",
              ["Russia", "Ukraine"], "2025-12-03", "context", "occurred", "for their own safety"),
            E("Nebenzia accused European delegations of derailing peace efforts", "ACCUSE",
              ["Russia", "European Union"], "2025-12-03", "context", "occurred", "accused European delegations"),
            E("Sybiha welcomed the vote", "SUPPORT",
              ["Andrii Sybiha", "United Nations"], "2025-12-03", "context", "occurred", "Sybiha welcomed the vote"),
            E("Sybiha called on Moscow to stop using children as a weapon of war", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-12-03", "context", "occurred", "Sybiha welcomed the vote"),
            E("OHCHR report: the transfers violated international humanitarian law", "ACCUSE",
              ["United Nations", "Russia"], "2025-11", "text", "occurred", "OHCHR"),
            E("Qatar has mediated the return of more than 100 children", "CONSULT",
              ["Qatar", "Russia", "Ukraine"], "2023", "text", "occurred", "since 2023", date_mod="START"),
            E("Eight children reunited with their families through Melania Trump's channel", "CONCEDE",
              ["Russia", "Ukraine", "United States"], "2025-10", "context", "occurred", "eight children",
              note="date of the US announcement; the returns came earlier"),
            E("Witkoff held talks with Putin in Moscow", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2025-12-02", "context", "occurred", "held talks with President Vladimir Putin"),
            E("No compromise found on territorial questions", "REJECT",
              ["Vladimir Putin", "Steve Witkoff"], "2025-12-02", "text", "occurred", "no compromise had yet been found"),
            E("Assembly's annual debate on the occupied territories", "CONSULT",
              ["United Nations", "Ukraine"], "2026-02", "text", "planned", "annual debate"),
        ],
        statements=[
            S("United Nations", "Demands the immediate, safe and unconditional return of Ukrainian children",
              "2025-12-03", "text", "adopted a resolution demanding"),
            S("United States", "The issue should be settled within the framework of the peace negotiations",
              "2025-12-03", "context", "also abstained"),
            S("Ukraine", "More than 19,500 children verified, only about 1,600 brought home", "2025-12-03", "context",
              "Serhiy Kyslytsya"),
            S("Ukraine", "Every child has a name, a family and a home to return to", "2025-12-03", "context",
              "Every one of these children"),
            S("Russia", "The text is politicized; the children were evacuated for their own safety", "2025-12-03",
              "context", "for their own safety"),
            S("Russia", "European delegations use the issue to derail peace efforts", "2025-12-03", "context",
              "accused European delegations"),
            S("Andrii Sybiha", "Welcomed the vote; Moscow must stop using children as a weapon of war", "2025-12-03",
              "context", "Sybiha welcomed the vote"),
            S("António Guterres, via United Nations", "Calls for the return of all children and family reunification",
              "2025-12-04", "published", "Stéphane Dujarric"),
            S("United Nations", "The transfers violated international humanitarian law", "2025-11", "text", "OHCHR"),
            S("United States", "Eight children reunited with their families through the First Lady's channel",
              "2025-10", "text", "eight children"),
            S("Yuri Ushakov", "No compromise yet on territorial questions", "2025-12-02", "text",
              "no compromise had yet been found"),
        ],
        actors=["United Nations", "Ukraine", "Russia", "Belarus", "China", "United States", "European Union",
                "Andrii Sybiha", "António Guterres", "Qatar", "Steve Witkoff", "Vladimir Putin", "Kremlin",
                "Yuri Ushakov"],
    ),
    dict(
        id="b24en03_senate_sanctions_bill_2026_01",
        lang="en",
        published="2026-01-29",
        body="""
Senate passes Russia sanctions bill, sending it to House

The Senate on Wednesday passed sweeping legislation that would allow the president to impose tariffs of up to 500 percent on countries that buy Russian oil, in an 84-14 vote that sends the bill to the House.
The Sanctioning Russia Act, championed by Sen. Lindsey Graham (R-S.C.) and Sen. Richard Blumenthal (D-Conn.), had languished for months as the White House weighed whether it would complicate peace talks.
President Trump threw his support behind the bill earlier this month, accusing Russian President Vladimir Putin of "slow-walking" negotiations.
"This sends a clear message to Putin and to those who are funding his war machine," Graham said on the Senate floor before the vote.

The White House said Wednesday night that Trump "looks forward to signing" the measure.
House Speaker Mike Johnson (R-La.) said the chamber would take up the bill next week.
Democrats had pushed to limit the president's waiver authority to 180 days, but the amendment failed.

China, the largest buyer of Russian crude, reacted sharply.
Foreign Ministry spokesperson Guo Jiakun said Thursday that Beijing "firmly opposes" unilateral sanctions and would "take necessary measures" to protect its interests.
Kremlin spokesman Dmitry Peskov said on Thursday that no sanctions would change Moscow's course and accused Washington of trying to "pressure sovereign states".
Ukrainian President Volodymyr Zelensky thanked senators "from both parties" and urged the House to act quickly.

The vote came after the first three-way talks between U.S., Ukrainian and Russian officials in Abu Dhabi last weekend ended without a breakthrough on territory.
A second round is expected in early February, according to two people familiar with the planning.
Secretary of State Marco Rubio met Ukraine's chief negotiator Rustem Umerov in Washington on Tuesday to prepare for it.
The European Union, which is preparing its 20th sanctions package for adoption by Feb. 24, welcomed the Senate vote.
"Pressure on Russia works," EU foreign policy chief Kaja Kallas wrote on X.
""",
        timexes=[
            T("Wednesday", "DATE", "2026-01-28"),
            T("months", "DURATION", "PXM"),
            T("earlier this month", "DATE", "2026-01"),
            T("Wednesday night", "TIME", "2026-01-28TNI"),
            T("next week", "DATE", "2026-W06"),
            T("180 days", "DURATION", "P180D"),
            T("Thursday", "DATE", "2026-01-29"),
            T("Thursday", "DATE", "2026-01-29", n=1),
            T("last weekend", "DATE", "2026-W04-WE"),
            T("early February", "DATE", "2026-02", mod="START"),
            T("Tuesday", "DATE", "2026-01-27"),
            T("Feb. 24", "DATE", "2026-02-24"),
        ],
        events=[
            E("Senate passed the Russia sanctions bill", "SANCTION",
              ["United States", "Russia"], "2026-01-28", "text", "occurred", "The Senate on Wednesday passed",
              note="a legislative step, like the steps of an aid bill (blind4)"),
            E("Trump accused Putin of slow-walking negotiations", "ACCUSE",
              ["Donald Trump", "Vladimir Putin"], "2026-01", "text", "occurred", "slow-walking"),
            E("Trump to sign the sanctions bill", "SANCTION",
              ["Donald Trump", "Russia"], "2026-01-29", "published", "planned", "looks forward to signing",
              note="no date given; after the House vote"),
            E("House to take up the sanctions bill", "SANCTION",
              ["United States", "Russia"], "2026-W06", "text", "planned", "take up the bill next week"),
            E("China criticised unilateral sanctions", "ACCUSE",
              ["China", "United States"], "2026-01-29", "text", "occurred", "firmly opposes"),
            E("China threatened to take necessary measures", "THREATEN",
              ["China", "United States"], "2026-01-29", "text", "occurred", "firmly opposes"),
            E("Peskov: no sanctions will change Moscow's course", "REJECT",
              ["Dmitry Peskov", "United States"], "2026-01-29", "text", "occurred", "no sanctions would change"),
            E("Peskov accused Washington of pressuring sovereign states", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2026-01-29", "text", "occurred", "no sanctions would change"),
            E("Zelensky thanked senators from both parties", "SUPPORT",
              ["Volodymyr Zelensky", "United States"], "2026-01-29", "published", "occurred", "from both parties"),
            E("Zelensky urged the House to act quickly", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-01-29", "published", "occurred", "from both parties"),
            E("First three-way talks in Abu Dhabi", "CONSULT",
              ["United States", "Ukraine", "Russia"], "2026-W04-WE", "text", "occurred", "first three-way talks"),
            E("Abu Dhabi talks ended without a breakthrough on territory", "REJECT",
              ["United States", "Ukraine", "Russia"], "2026-W04-WE", "text", "occurred", "first three-way talks"),
            E("Second round of three-way talks expected", "CONSULT",
              ["United States", "Ukraine", "Russia"], "2026-02", "text", "planned", "A second round is expected",
              date_mod="START"),
            E("Rubio met Umerov in Washington", "CONSULT",
              ["Marco Rubio", "Rustem Umerov"], "2026-01-27", "text", "occurred", "Rustem Umerov"),
            E("EU welcomed the Senate vote", "SUPPORT",
              ["European Union", "United States"], "2026-01-29", "published", "occurred", "welcomed the Senate vote"),
            E("EU preparing its 20th sanctions package", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "welcomed the Senate vote"),
        ],
        statements=[
            S("Donald Trump", "Putin is slow-walking negotiations", "2026-01", "text", "slow-walking"),
            S("United States", "The bill sends a clear message to Putin and those funding his war", "2026-01-28",
              "context", "This sends a clear message"),
            S("Donald Trump, via White House", "Looks forward to signing the measure", "2026-01-28TNI", "text",
              "looks forward to signing"),
            S("United States", "The House will take up the bill next week", "2026-01-29", "published",
              "take up the bill next week"),
            S("China", "Reacted sharply", "2026-01-29", "published", "reacted sharply"),
            S("China", "Firmly opposes unilateral sanctions; will take necessary measures", "2026-01-29", "text",
              "firmly opposes"),
            S("Dmitry Peskov", "No sanctions will change Moscow's course; Washington pressures sovereign states",
              "2026-01-29", "text", "no sanctions would change"),
            S("Volodymyr Zelensky", "Thanked senators of both parties; urged the House to act quickly", "2026-01-29",
              "published", "from both parties"),
            S("European Union", "Welcomed the Senate vote", "2026-01-29", "published", "welcomed the Senate vote"),
            S("Kaja Kallas", "Pressure on Russia works", "2026-01-29", "published", "Pressure on Russia works"),
        ],
        actors=["United States", "Russia", "White House", "Donald Trump", "Vladimir Putin", "China", "Kremlin",
                "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine", "Marco Rubio", "Rustem Umerov", "European Union",
                "Kaja Kallas"],
    ),
    dict(
        id="b24en04_helsinki50_stubb_osce_2025_08",
        lang="en",
        published="2025-08-01",
        body="""
Stubb at Helsinki+50: "Russia tore up the rulebook we wrote together"

President Alexander Stubb on Thursday accused Russia of trampling on the principles of the Helsinki Final Act, as Finland marked the accords' 50th anniversary with a conference at Finlandia Hall.
"The rulebook we all signed in 1975 has not become outdated – one country decided to tear it up," Stubb told delegates.
Among the guests were Ukrainian Foreign Minister Andrii Sybiha, EU foreign policy chief Kaja Kallas and a US delegation, while Russia was represented only by a diplomat from its embassy in Helsinki.

Sybiha called on the participating states to press Moscow to return all deported Ukrainian children and prisoners of war.
The Russian diplomat left the hall during Sybiha's speech.
Sybiha said the Russian missile and drone attack on Kyiv overnight into Thursday, which killed at least 31 people, showed Moscow's contempt for every principle signed in Helsinki.
On the sidelines he met Stubb and Foreign Minister Elina Valtonen, who holds the OSCE chairmanship this year.

Kallas said the EU was working on a 19th package of sanctions to be ready in September.
President Volodymyr Zelensky, speaking in Kyiv, urged the United States and Europe to respond to the attack with new sanctions.
Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the conference on Friday as "a funeral of the OSCE" and accused Helsinki of having traded its neutrality for NATO.

The anniversary came days after US President Donald Trump gave Putin a new deadline of about 10 days to agree to a ceasefire or face "secondary tariffs", a warning he issued on Monday.
Stubb, who has built close ties with Trump over games of golf, told Yle he had spoken to the US president by phone on Wednesday evening.
He said he expected Trump's special envoy Steve Witkoff to travel to Moscow next week.

Finland has kept its 1,340-kilometre eastern border with Russia closed since December 2023, citing Moscow's use of migrants as a "hybrid weapon".
""",
        timexes=[
            T("Thursday", "DATE", "2025-07-31"),
            T("1975", "DATE", "1975"),
            T("overnight into Thursday", "TIME", "2025-07-30TNI", note="night of 30 to 31 July"),
            T("this year", "DATE", "2025"),
            T("September", "DATE", "2025-09"),
            T("Friday", "DATE", "2025-08-01"),
            T("about 10 days", "DURATION", "P10D", mod="APPROX"),
            T("Monday", "DATE", "2025-07-28"),
            T("Wednesday evening", "TIME", "2025-07-30TEV"),
            T("next week", "DATE", "2025-W32"),
            T("December 2023", "DATE", "2023-12"),
        ],
        events=[
            E("Stubb accused Russia of trampling on the Helsinki principles", "ACCUSE",
              ["Alexander Stubb", "Russia"], "2025-07-31", "text", "occurred", "accused Russia of trampling"),
            E("Helsinki+50 conference at Finlandia Hall", "CONSULT",
              ["Alexander Stubb", "Andrii Sybiha", "Kaja Kallas", "United States", "Russia"], "2025-07-31", "context",
              "occurred", "Among the guests were"),
            E("Sybiha called for pressure on Moscow to return deported children and prisoners of war", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-07-31", "context", "occurred", "Sybiha called on the participating states"),
            E("Russian diplomat walked out during Sybiha's speech", "REJECT",
              ["Russia", "Andrii Sybiha"], "2025-07-31", "context", "occurred", "left the hall"),
            E("Russian missile and drone attack on Kyiv", "ASSAULT",
              ["Russia", "Ukraine"], "2025-07-30TNI", "text", "occurred", "killed at least 31 people"),
            E("Sybiha: the attack showed Moscow's contempt for the Helsinki principles", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-07-31", "context", "occurred", "killed at least 31 people"),
            E("Sybiha met Stubb on the sidelines", "CONSULT",
              ["Andrii Sybiha", "Alexander Stubb"], "2025-07-31", "context", "occurred", "On the sidelines he met"),
            E("EU working on a 19th sanctions package", "SANCTION",
              ["European Union", "Russia"], "2025-09", "text", "planned", "19th package"),
            E("Zelensky urged the US and Europe to respond with new sanctions", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union"], "2025-07-31", "context", "occurred",
              "speaking in Kyiv"),
            E("Zakharova dismissed the conference", "REJECT",
              ["Maria Zakharova"], "2025-08-01", "text", "occurred", "a funeral of the OSCE"),
            E("Zakharova accused Helsinki of trading its neutrality for NATO", "ACCUSE",
              ["Maria Zakharova"], "2025-08-01", "text", "occurred", "a funeral of the OSCE",
              note="target Finland, which is not canonical"),
            E("Trump gave Putin a new deadline of about 10 days", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-07-28", "text", "occurred", "a new deadline",
              note="deadline about 8 August 2025"),
            E("Stubb spoke to Trump by phone", "CONSULT",
              ["Alexander Stubb", "Donald Trump"], "2025-07-30TEV", "text", "occurred", "by phone on Wednesday evening"),
            E("Witkoff expected to travel to Moscow", "CONSULT",
              ["Steve Witkoff", "Russia"], "2025-W32", "text", "planned", "to travel to Moscow next week"),
            E("Finland closed its border with Russia", "SANCTION",
              ["Russia"], "2023-12", "text", "occurred", "hybrid weapon", note="Finland is not canonical"),
        ],
        statements=[
            S("Alexander Stubb", "Russia trampled on the principles of the Helsinki Final Act", "2025-07-31", "text",
              "accused Russia of trampling"),
            S("Alexander Stubb", "The rulebook is not outdated; one country decided to tear it up", "2025-07-31",
              "context", "The rulebook we all signed"),
            S("Andrii Sybiha", "Press Moscow to return deported children and prisoners of war", "2025-07-31",
              "context", "Sybiha called on the participating states"),
            S("Andrii Sybiha", "The attack on Kyiv shows Moscow's contempt for every Helsinki principle", "2025-07-31",
              "context", "killed at least 31 people"),
            S("Kaja Kallas", "The EU is working on a 19th sanctions package for September", "2025-07-31", "context",
              "19th package"),
            S("Volodymyr Zelensky", "The US and Europe should respond with new sanctions", "2025-07-31", "context",
              "speaking in Kyiv"),
            S("Maria Zakharova", "A funeral of the OSCE; Helsinki traded its neutrality for NATO", "2025-08-01", "text",
              "a funeral of the OSCE"),
            S("Alexander Stubb", "Spoke to Trump by phone on Wednesday evening", "2025-08-01", "published",
              "by phone on Wednesday evening"),
            S("Alexander Stubb", "Expects Witkoff to travel to Moscow next week", "2025-08-01", "published",
              "to travel to Moscow next week"),
        ],
        actors=["Alexander Stubb", "Russia", "Andrii Sybiha", "Ukraine", "Kaja Kallas", "European Union",
                "United States", "Volodymyr Zelensky", "Maria Zakharova", "NATO", "Donald Trump", "Vladimir Putin",
                "Steve Witkoff"],
    ),
    dict(
        id="b24en05_biden_zelenskyy_paris_dday_2024_06",
        lang="en",
        published="2024-06-07",
        body="""
Biden apologizes to Zelenskyy for aid delay, unveils $225 million package

PARIS — President Joe Biden apologized to Ukrainian President Volodymyr Zelenskyy on Friday for the monthslong delay in U.S. military aid, as the two leaders met in Paris a day after commemorating the 80th anniversary of D-Day in Normandy.
"I apologize for the weeks of not knowing what's going to pass in terms of funding," Biden told Zelenskyy at the start of their meeting at a hotel near the Champs-Élysées.
Biden announced a new $225 million package of weapons, including ammunition for Patriot and HIMARS systems, and pledged that the United States would "not walk away" from Ukraine.
Zelenskyy thanked the American people and said the package would help "protect our sky".

On Thursday evening, French President Emmanuel Macron announced in a television interview that France would transfer Mirage 2000-5 fighter jets to Ukraine.
French instructors will begin training Ukrainian pilots this summer, Macron said.
He added that France would also help train and equip a brigade of 4,500 Ukrainian soldiers.

Biden, in an interview with ABC News that aired Thursday, said he would not authorize Ukraine to use American weapons to strike Moscow or the Kremlin.

The Kremlin was quick to respond.
Kremlin spokesman Dmitry Peskov said Friday that any French instructors in Ukraine would be "legitimate targets" for the Russian military.
Russian President Vladimir Putin, who was not invited to the Normandy ceremonies, had warned on Wednesday that Moscow could supply long-range weapons to other countries to strike targets in states that arm Kyiv, including the United States and France.

On Thursday, Zelenskyy received a standing ovation from veterans at the international ceremony at Omaha Beach, attended by Biden, Macron, German Chancellor Olaf Scholz and King Charles III.
Zelenskyy was scheduled to address the French National Assembly on Friday afternoon and to hold talks with Macron at the Élysée Palace on Saturday, when Biden will also be honored with a state visit.

The leaders will meet again next week at the Group of Seven summit in Italy, where Biden and Zelenskyy are expected to sign a bilateral security agreement.
Vice President Kamala Harris will represent the United States at the peace conference in Switzerland next weekend.
""",
        timexes=[
            T("Friday", "DATE", "2024-06-07"),
            T("monthslong", "DURATION", "PXM"),
            T("the weeks", "DURATION", "PXW"),
            T("Thursday evening", "TIME", "2024-06-06TEV"),
            T("this summer", "DATE", "2024-SU"),
            T("Thursday", "DATE", "2024-06-06", n=1),
            T("Friday", "DATE", "2024-06-07", n=1),
            T("Wednesday", "DATE", "2024-06-05"),
            T("Thursday", "DATE", "2024-06-06", n=2),
            T("Friday afternoon", "TIME", "2024-06-07TAF"),
            T("Saturday", "DATE", "2024-06-08"),
            T("next week", "DATE", "2024-W24"),
            T("next weekend", "DATE", "2024-W24-WE"),
        ],
        events=[
            E("Biden met Zelenskyy in Paris", "CONSULT",
              ["Joe Biden", "Volodymyr Zelensky"], "2024-06-07", "text", "occurred", "apologized to Ukrainian President"),
            E("Biden announced a 225 million dollar weapons package", "AID",
              ["Joe Biden", "Ukraine"], "2024-06-07", "context", "occurred", "$225 million package of weapons"),
            E("Biden pledged the US would not walk away from Ukraine", "AGREE",
              ["Joe Biden", "Ukraine"], "2024-06-07", "context", "occurred", "$225 million package of weapons"),
            E("Zelenskyy thanked the American people", "SUPPORT",
              ["Volodymyr Zelensky", "United States"], "2024-06-07", "context", "occurred", "protect our sky"),
            E("Macron announced the transfer of Mirage 2000-5 jets to Ukraine", "AID",
              ["Emmanuel Macron", "Ukraine"], "2024-06-06TEV", "text", "occurred", "Mirage 2000-5"),
            E("French instructors to train Ukrainian pilots", "AID",
              ["France", "Ukraine"], "2024-SU", "text", "planned", "French instructors will begin"),
            E("France to help train and equip a Ukrainian brigade", "AID",
              ["France", "Ukraine"], "2024-06-06TEV", "context", "planned", "a brigade of 4,500"),
            E("Biden ruled out authorizing strikes on Moscow or the Kremlin", "REJECT",
              ["Joe Biden", "Ukraine"], "2024-06-06", "text", "occurred", "ABC News"),
            E("Peskov: French instructors in Ukraine would be legitimate targets", "THREATEN",
              ["Dmitry Peskov", "France"], "2024-06-07", "text", "occurred", "legitimate targets"),
            E("Putin warned Moscow could arm others to strike states that arm Kyiv", "THREATEN",
              ["Vladimir Putin", "United States", "France"], "2024-06-05", "text", "occurred",
              "supply long-range weapons"),
            E("Zelenskyy to hold talks with Macron at the Élysée", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2024-06-08", "text", "planned", "French National Assembly"),
            E("Biden's state visit to France", "CONSULT",
              ["Joe Biden", "Emmanuel Macron"], "2024-06-08", "context", "planned", "French National Assembly"),
            E("Leaders to meet again at the G7 summit in Italy", "CONSULT",
              ["Joe Biden", "Volodymyr Zelensky", "Emmanuel Macron"], "2024-W24", "text", "planned",
              "Group of Seven summit"),
            E("Biden and Zelenskyy expected to sign a bilateral security agreement", "AGREE",
              ["Joe Biden", "Volodymyr Zelensky"], "2024-W24", "context", "planned", "Group of Seven summit"),
            E("Harris to represent the US at the peace conference in Switzerland", "CONSULT",
              ["United States", "Ukraine"], "2024-W24-WE", "text", "planned", "Kamala Harris"),
        ],
        statements=[
            S("Joe Biden", "Apologized for the monthslong delay in US military aid", "2024-06-07", "text",
              "apologized to Ukrainian President"),
            S("Joe Biden", "I apologize for the weeks of not knowing what's going to pass", "2024-06-07", "context",
              "I apologize for the weeks"),
            S("Joe Biden", "Announced 225 million dollars in weapons; the US will not walk away", "2024-06-07",
              "context", "$225 million package of weapons"),
            S("Volodymyr Zelensky", "Thanked the American people; the package will help protect our sky", "2024-06-07",
              "context", "protect our sky"),
            S("Emmanuel Macron", "France will transfer Mirage 2000-5 jets to Ukraine", "2024-06-06TEV", "text",
              "Mirage 2000-5"),
            S("Emmanuel Macron", "French instructors will begin training Ukrainian pilots this summer",
              "2024-06-06TEV", "context", "French instructors will begin"),
            S("Emmanuel Macron", "France will help train and equip a Ukrainian brigade", "2024-06-06TEV", "context",
              "a brigade of 4,500"),
            S("Joe Biden", "Will not authorize Ukraine to strike Moscow or the Kremlin with US weapons", "2024-06-06",
              "text", "ABC News"),
            S("Kremlin", "The Kremlin was quick to respond", "2024-06-07", "published", "was quick to respond"),
            S("Dmitry Peskov", "French instructors in Ukraine would be legitimate targets", "2024-06-07", "text",
              "legitimate targets"),
            S("Vladimir Putin", "Moscow could supply long-range weapons to strike states that arm Kyiv", "2024-06-05",
              "text", "supply long-range weapons"),
        ],
        actors=["Joe Biden", "Volodymyr Zelensky", "United States", "Ukraine", "Emmanuel Macron", "France",
                "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Russia", "Olaf Scholz", "Germany"],
    ),
    dict(
        id="b24en06_dirty_bomb_security_council_2022_10",
        lang="en",
        published="2022-10-26",
        body="""
Ireland joins Security Council rebuttal of Russia's 'dirty bomb' claim

Russia's allegation that Ukraine is preparing to detonate a radioactive "dirty bomb" on its own territory was rejected by the United States, Britain, France and Ireland at a closed-door meeting of the UN Security Council in New York on Tuesday evening.
Russia had requested the meeting in a letter sent to Secretary General António Guterres on Monday, in which its ambassador Vassily Nebenzia set out Moscow's claims.
Ireland's ambassador, Fergal Mythen, told the council the claim was "a dangerous distraction" from Russia's own attacks on Ukraine's energy grid.

The allegation was first made by Russian defence minister Sergei Shoigu in a series of telephone calls on Sunday with his counterparts in the United States, Britain, France and Turkey.
The following day, Gen Valery Gerasimov, chief of Russia's general staff, repeated it in calls with the top US and British military officers.
For US defence secretary Lloyd Austin, who had already spoken with Mr Shoigu on Friday, Sunday's call was the second between the two men in three days.

In a joint statement on Sunday, the foreign ministers of the US, Britain and France said they "reject Russia's transparently false allegations" and warned Moscow against using them "as a pretext for escalation".
US president Joe Biden warned on Tuesday that Russia would be making "an incredibly serious mistake" if it used a tactical nuclear weapon.

Ukrainian president Volodymyr Zelensky said in his nightly address on Sunday that the accusation showed Moscow itself was preparing "something like that", and invited the International Atomic Energy Agency to inspect Ukrainian nuclear sites.
The IAEA said on Monday it had accepted the invitation and would send inspectors to two locations named by Russia "in the coming days".

Russian president Vladimir Putin repeated the claim on Wednesday in a video address to security chiefs of the Commonwealth of Independent States.
Kremlin spokesman Dmitry Peskov dismissed the Western rebuttal as "unserious".

Minister for Foreign Affairs Simon Coveney said in Dublin that Ireland, which sits on the Security Council until the end of the year, had urged Moscow to give IAEA inspectors full access to the Zaporizhzhia nuclear plant.
Russia has struck Ukraine's power stations with missiles and Iranian-made drones since October 10th, leaving millions of people with rolling blackouts.
""",
        timexes=[
            T("Tuesday evening", "TIME", "2022-10-25TEV", note="New York time"),
            T("Monday", "DATE", "2022-10-24"),
            T("Sunday", "DATE", "2022-10-23"),
            T("The following day", "DATE", "2022-10-24"),
            T("Friday", "DATE", "2022-10-21"),
            T("Sunday", "DATE", "2022-10-23", n=1),
            T("three days", "DURATION", "P3D"),
            T("Sunday", "DATE", "2022-10-23", n=2),
            T("Tuesday", "DATE", "2022-10-25", n=1),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2022-10-23", n=3),
            T("Monday", "DATE", "2022-10-24", n=1),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Wednesday", "DATE", "2022-10-26"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("October 10th", "DATE", "2022-10-10"),
        ],
        events=[
            E("Closed-door UN Security Council meeting on Russia's dirty-bomb claim", "CONSULT",
              ["United Nations", "Russia", "United States", "United Kingdom", "France"], "2022-10-25TEV", "text",
              "occurred", "closed-door meeting"),
            E("US, Britain and France rejected Russia's allegation in the council", "REJECT",
              ["United States", "United Kingdom", "France", "Russia"], "2022-10-25TEV", "text", "occurred",
              "closed-door meeting", note="Ireland, also named, is not canonical"),
            E("Russia requested the council meeting in a letter to Guterres", "REQUEST",
              ["Russia", "United Nations", "António Guterres"], "2022-10-24", "text", "occurred",
              "Russia had requested the meeting"),
            E("Russia's letter accused Ukraine of preparing a dirty bomb", "ACCUSE",
              ["Russia", "Ukraine"], "2022-10-24", "text", "occurred", "Russia had requested the meeting"),
            E("Ireland's ambassador called the claim a distraction from Russia's attacks", "ACCUSE",
              ["Russia"], "2022-10-25TEV", "context", "occurred", "a dangerous distraction",
              note="the accuser, Ireland, is not canonical"),
            E("Shoigu's calls with his US, British, French and Turkish counterparts", "CONSULT",
              ["Russia", "United States", "United Kingdom", "France", "Turkey"], "2022-10-23", "text", "occurred",
              "series of telephone calls"),
            E("Shoigu claimed Ukraine was preparing a dirty bomb", "ACCUSE",
              ["Russia", "Ukraine"], "2022-10-23", "text", "occurred", "series of telephone calls"),
            E("Gerasimov's calls with the top US and British military officers", "CONSULT",
              ["Russia", "United States", "United Kingdom"], "2022-10-24", "text", "occurred", "Gen Valery Gerasimov"),
            E("Gerasimov repeated the dirty-bomb allegation", "ACCUSE",
              ["Russia", "Ukraine"], "2022-10-24", "text", "occurred", "Gen Valery Gerasimov"),
            E("Austin spoke with Shoigu", "CONSULT",
              ["United States", "Russia"], "2022-10-21", "text", "occurred", "Lloyd Austin"),
            E("US, UK and France rejected the 'transparently false' allegations", "REJECT",
              ["United States", "United Kingdom", "France", "Russia"], "2022-10-23", "text", "occurred",
              "transparently false"),
            E("US, UK and France warned Moscow against using them as a pretext for escalation", "REQUEST",
              ["United States", "United Kingdom", "France", "Russia"], "2022-10-23", "text", "occurred",
              "transparently false"),
            E("Biden warned Russia against using a tactical nuclear weapon", "REQUEST",
              ["Joe Biden", "Russia"], "2022-10-25", "text", "occurred", "incredibly serious mistake"),
            E("Zelensky: the accusation shows Moscow itself is preparing something like that", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-10-23", "text", "occurred", "nightly address"),
            E("Zelensky invited the IAEA to inspect Ukrainian nuclear sites", "REQUEST",
              ["Volodymyr Zelensky", "IAEA"], "2022-10-23", "text", "occurred", "nightly address"),
            E("IAEA accepted the invitation", "AGREE",
              ["IAEA", "Ukraine"], "2022-10-24", "text", "occurred", "accepted the invitation"),
            E("IAEA inspectors to visit two sites named by Russia", "CONSULT",
              ["IAEA", "Ukraine"], "FUTURE_REF", "vague", "planned", "accepted the invitation"),
            E("Putin repeated the dirty-bomb claim", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2022-10-26", "text", "occurred", "repeated the claim on Wednesday"),
            E("Peskov dismissed the Western rebuttal as unserious", "REJECT",
              ["Dmitry Peskov", "United States", "United Kingdom", "France"], "2022-10-26", "published", "occurred",
              "unserious"),
            E("Ireland urged Moscow to give IAEA inspectors full access to Zaporizhzhia", "REQUEST",
              ["Russia", "IAEA"], "2022-10-26", "published", "occurred", "Simon Coveney",
              note="the requester, Ireland, is not canonical"),
            E("Russian strikes on Ukraine's power stations", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "text", "occurred", "October 10th", date_mod="START"),
        ],
        statements=[
            S("Russia", "Ukraine is preparing a dirty bomb", "2022-10-24", "text", "Russia had requested the meeting"),
            S("Russia", "Ukraine is preparing a dirty bomb", "2022-10-23", "text", "series of telephone calls"),
            S("Russia", "Repeated the dirty-bomb allegation to the top US and British officers", "2022-10-24", "text",
              "Gen Valery Gerasimov"),
            S("Joint statement: United States, United Kingdom, France",
              "Reject Russia's transparently false allegations; warn against a pretext for escalation", "2022-10-23",
              "text", "transparently false"),
            S("Joe Biden", "Using a tactical nuclear weapon would be an incredibly serious mistake", "2022-10-25",
              "text", "incredibly serious mistake"),
            S("Volodymyr Zelensky", "Moscow itself is preparing something like that; invited the IAEA", "2022-10-23",
              "text", "nightly address"),
            S("IAEA", "Accepted the invitation; inspectors will visit two sites in the coming days", "2022-10-24",
              "text", "accepted the invitation"),
            S("Vladimir Putin", "Repeated the dirty-bomb claim", "2022-10-26", "text", "repeated the claim on Wednesday"),
            S("Dmitry Peskov", "The Western rebuttal is unserious", "2022-10-26", "published", "unserious"),
        ],
        actors=["Russia", "Ukraine", "United States", "United Kingdom", "France", "United Nations",
                "António Guterres", "Turkey", "Joe Biden", "Volodymyr Zelensky", "IAEA", "Vladimir Putin", "Kremlin",
                "Dmitry Peskov"],
    ),
]
