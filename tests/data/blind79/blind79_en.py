"""English articles of the blind79 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b79en01 (The Philadelphia Inquirer)
EN01 = """
House clears $61 billion for Ukraine, and Philadelphia's Ukrainian community exhales

WASHINGTON — After six months of delay, the House on Saturday approved $60.8 billion in aid for Ukraine, sending the long-stalled package to the Senate with a bipartisan 311-112 vote.
Every Pennsylvania Democrat and most of the state's Republicans backed the measure, while 112 Republicans voted no.
Democrats on the House floor waved small blue-and-yellow flags as the gavel came down shortly after 1 p.m.

The Senate is expected to take up the package Tuesday.
President Joe Biden urged senators in a statement Saturday to send it to his desk quickly and promised to sign it "immediately."
Pentagon officials said the first shipments of artillery shells and air-defense interceptors could be on their way next week.
Speaker Mike Johnson, who had held up the aid since the fall, defended his decision to bring it to the floor, saying he would "rather send bullets to Ukraine than American boys."

In Kyiv, President Volodymyr Zelensky thanked lawmakers within minutes of the vote, writing that the aid "will keep the war from expanding" and save "thousands and thousands of lives."
He had renewed his plea for more Patriot air-defense systems in a call with Biden on Thursday.
A Russian missile strike on the northern city of Chernihiv on Wednesday killed at least 18 people.

The Kremlin was dismissive.
Spokesman Dmitry Peskov said Saturday that the aid "will make the United States richer and further ruin Ukraine" and would change nothing on the battlefield.
Foreign Ministry spokeswoman Maria Zakharova went further, accusing Washington of "sponsoring terrorism."

Former President Donald Trump, who had pressed Republicans in February to make any aid a loan, struck a softer tone this week, writing on social media that Ukraine's survival was "important" to the United States.
He also demanded that Europe "step up" and pay more.

At the Ukrainian Catholic Cathedral of the Immaculate Conception in Northern Liberties, parishioners lit candles after the vote.
"Our soldiers cannot wait another six months," said a parish volunteer whose brother serves near Kharkiv.
Rep. Brian Fitzpatrick, the Bucks County Republican who co-chairs the Ukraine Caucus, called the vote "long overdue."
"""

# ---------------------------------------------------------------- b79en02 (Rzeczpospolita, English edition)
EN02 = """
Nawrocki vetoes Ukrainian aid law, putting Poland's Starlink payments for Kyiv in doubt

President Karol Nawrocki on Monday vetoed a bill extending benefits for Ukrainian refugees in Poland, opening the sharpest clash yet with Donald Tusk's government and unsettling Kyiv.
The bill would also have provided the legal basis for Poland to keep paying for Starlink terminals used by Ukraine's army and hospitals.

In a televised address, Nawrocki said child benefits should go only to Ukrainians who work in Poland, and announced his own bill that would lengthen the path to citizenship from three to ten years.
He also wants to make the promotion of "Banderism" a crime, a move sure to anger many Ukrainians.
"Kyiv must understand that the patience of Poles has limits," he said.

Digital Affairs Minister Krzysztof Gawkowski warned that the veto left the government without a legal basis to pay for Ukraine's Starlink service from October.
Tusk said on Monday evening that the cabinet would adopt its own bill at its Tuesday meeting and promised Kyiv there would be "no break in support."
Foreign Minister Radosław Sikorski spoke by phone with his Ukrainian counterpart Andrii Sybiha the same evening to assure him that the payments would continue.

Ukraine's Foreign Ministry said it respected Poland's internal procedures but counted on "uninterrupted" Starlink service, which it called vital for front-line units.
Sybiha thanked Sikorski for the assurance.
On Sunday, Ukraine's Independence Day, US envoy Keith Kellogg was in Kyiv, where President Volodymyr Zelensky awarded him an order of merit.
The same day, Russia and Ukraine exchanged 146 prisoners each in a swap mediated by the United Arab Emirates.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said the quarrel showed that Warsaw's "Russophobic elite" had fed "the Kyiv regime" at the expense of ordinary Poles.
Nawrocki is due at the White House on Sept. 3 for his first meeting with President Donald Trump.
He is expected to seek assurances there that US troops will stay in Poland.
Trump had already received him in the Oval Office in May, weeks before the runoff, in what Tusk's camp saw as an endorsement.
"""

# ---------------------------------------------------------------- b79en03 (Star Tribune)
EN03 = """
Senate passes Russia sanctions bill with Klobuchar's help, and Minnesota farmers eye China's response

WASHINGTON — The Senate on Wednesday overwhelmingly passed legislation that would impose sweeping sanctions on Russia and tariffs of up to 500% on countries that keep buying its oil, the toughest step Congress has taken against Moscow since the full-scale invasion in 2022.
The 84-14 vote came after months of hesitation in the White House, which had asked Republican leaders to hold the bill while President Donald Trump pursued talks with Vladimir Putin.
The measure gives the president power to waive the penalties for up to 180 days if he certifies that Russia is negotiating in good faith.
The House is expected to vote on it next week.

Sen. Amy Klobuchar, D-Minn., a co-sponsor, said on the Senate floor that the bill would "cut off the money that pays for the missiles falling on Kyiv."
Trump, who has threatened since last summer to punish buyers of Russian oil, signaled Wednesday that he would not stand in the way.
"I want a deal, but I want a deal with teeth," he told reporters in the Oval Office.

Kremlin spokesman Dmitry Peskov said Thursday that no sanctions would change Russia's course and called the tariffs "economic terrorism" against third countries.
He added that Moscow would respond "in a way that Washington will feel."
China's Foreign Ministry said Beijing firmly opposed "illegal unilateral sanctions" and would take "necessary measures" to protect its companies.
Special envoy Steve Witkoff met Putin for five hours in Moscow last week, but the Kremlin said afterward that a ceasefire was "not on the agenda."

Ukrainian President Volodymyr Zelensky thanked the Senate in his nightly address and urged the House to act "without delay."
EU foreign policy chief Kaja Kallas welcomed the vote and said the bloc's 21st sanctions package, aimed at Russia's shadow fleet, would be ready by the end of June.

In Minnesota, the country's third-largest soybean producer, farm groups worried about retaliation from China, their biggest customer.
"We stand with Ukraine, but we can't be the ones who pay for it twice," said the president of the Minnesota Soybean Growers Association.
"""

# ---------------------------------------------------------------- b79en04 (ZN.UA / Mirror Weekly, English edition)
EN04 = """
Rada restores NABU's independence after nine days of protests and pressure from Brussels

KYIV — Ukraine's parliament on Thursday voted to restore the independence of the country's two main anti-corruption bodies, reversing a law it had passed nine days earlier that set off the largest street protests since the start of the full-scale war.
The bill, submitted by President Volodymyr Zelensky, passed with 331 votes and was signed by him hours later.
Zelensky, who last week defended the first law as a way to rid the agencies of "Russian influence," said on Thursday that the state had "heard society."

The European Commission welcomed the vote on Thursday afternoon.
Commission President Ursula von der Leyen, who had spoken with Zelensky by phone on Friday, called the reversal "the right step" on Ukraine's path to the EU.
Enlargement Commissioner Marta Kos had warned last week that the original law was "a serious step back" and that EU funding depended on progress on the rule of law.
Diplomats in Kyiv said several member states had made clear that the next tranche of the Ukraine Facility could be delayed.

The reversal came as Kyiv tries to keep its Western partners on side while talks with Moscow stall.
At a third round in Istanbul on July 23, Defense Council secretary Rustem Umerov and Russian negotiator Vladimir Medinsky agreed to swap another 1,200 prisoners of war but made no progress toward a ceasefire.
President Donald Trump on Monday gave Vladimir Putin about 10 days to agree to a ceasefire or face sanctions, cutting the 50-day deadline he had set in mid-July.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the affair showed Brussels "rules Ukraine like a colony."
Kremlin spokesman Dmitry Peskov declined to comment on what he called Ukraine's "internal affairs," but said Russia remained open to a fourth round in Istanbul.

On Maidan and outside the Ivan Franko Theater, where thousands had gathered each evening since July 22, protesters cheered as the result was announced.
Many held up cardboard signs, the trademark of the protests, reading "We are not Russia."
"""

# ---------------------------------------------------------------- b79en05 (The Sunday Times)
EN05 = """
Germany votes in Trump's shadow as Merz tells Europe to learn to defend itself

Germans go to the polls today in an election overshadowed by Donald Trump's upending of the western alliance, with Friedrich Merz, the conservative leader, expected to become chancellor.
Polls put Merz's Christian Democrats on about 30 per cent, well ahead of the far-right Alternative for Germany (AfD) on 20 per cent and Olaf Scholz's Social Democrats on 15 per cent.

Merz, 69, told a final rally in Munich on Friday night that Europe must "learn to defend itself" and could no longer take American protection for granted.
In a televised debate on Thursday he promised to send Taurus cruise missiles to Ukraine if Russia kept bombing civilians, a step Scholz again ruled out.

The campaign's final week was dominated by Washington.
JD Vance used his speech at the Munich Security Conference on February 14 to accuse European governments of suppressing free speech, then met Alice Weidel, the AfD leader.
Scholz said the next day that it was unacceptable for outsiders to interfere in a German election.
On Wednesday, Trump called Volodymyr Zelensky "a dictator without elections" and blamed Ukraine for starting the war.
Merz and Scholz both condemned the remark as "wrong and dangerous."

The outburst followed Tuesday's talks in Riyadh, where Marco Rubio and Sergei Lavrov agreed to restore their embassies' staffing and to begin work on ending the war, with neither Ukraine nor Europe at the table.
The Kremlin said yesterday it would "watch closely" how the next government in Berlin behaved, and Dmitry Peskov, Putin's spokesman, expressed hope for "a more pragmatic" line.

Sir Keir Starmer, who said last Sunday that he was ready to put British troops on the ground in Ukraine as part of a peace deal, will travel to Washington on Thursday.
Emmanuel Macron sees Trump at the White House tomorrow.
Tomorrow, the third anniversary of the invasion, Ursula von der Leyen and a dozen European leaders are due in Kyiv.
Zelensky said yesterday that he was ready to step down "if it means peace for Ukraine" or in exchange for Nato membership.
"""

# ---------------------------------------------------------------- b79en06 (Gazeta Wyborcza, English edition)
EN06 = """
Sejm lets Polish jets down drones over Ukraine, but Nawrocki keeps Tusk waiting

WARSAW — Poland's lower house on Thursday passed a law allowing the armed forces to shoot down Russian drones over western Ukraine before they reach Polish airspace, the boldest step by a NATO member since the war began.
The bill passed 276-152, with the nationalist Confederation voting against and several members of the ruling coalition abstaining.
It still needs the approval of the Senate and the signature of President Karol Nawrocki, who has 21 days to decide.

Prime Minister Donald Tusk, who first floated the idea after Russian drones crashed into Polish territory in September 2025, told lawmakers that Poland would "not wait for the next drone to fall on a Polish house."
Nawrocki's chief of staff said the president supported defending Polish skies but would decide "after consulting our allies, above all Washington."
Relations between the president and the government have been frosty since his inauguration in August 2025.

Ukrainian President Volodymyr Zelensky welcomed the vote on Thursday evening and proposed a joint air-defense zone over the border regions.
Kyiv and Warsaw plan to sign an agreement on the rules of engagement next month, according to Ukraine's Foreign Ministry.
NATO Secretary General Mark Rutte called the law "a sovereign decision of Poland" but urged Warsaw to coordinate every interception with the alliance.
Rutte is due in Warsaw on Monday for talks with Nawrocki and Tusk.

Moscow's response was swift.
Foreign Ministry spokeswoman Maria Zakharova said on Friday that shooting down Russian drones over Ukraine would make Poland "a direct party to the conflict" and warned that the response would be "immediate."
Kremlin spokesman Dmitry Peskov accused Warsaw of "militaristic hysteria."
Overnight into Thursday, Russia launched more than 100 drones at western Ukraine, and Polish and allied jets were scrambled.

German Chancellor Friedrich Merz spoke with Tusk by phone on Wednesday and assured him of Germany's support.
In Washington, President Donald Trump said Poland was "a great ally" that could "defend itself any way it wants."
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b79en01_house_ukraine_aid_vote_2024_04", "2024-04-21", EN01,
        [
            T("six months", "DURATION", "P6M", 0),
            T("Saturday", "DATE", "2024-04-20", 0),
            T("1 p.m.", "TIME", "2024-04-20T13:00", note="Washington time (EDT)"),
            T("Tuesday", "DATE", "2024-04-23"),
            T("Saturday", "DATE", "2024-04-20", 1),
            T("next week", "DATE", "2024-W17"),
            T("the fall", "DATE", "2023-FA"),
            T("Thursday", "DATE", "2024-04-18"),
            T("Wednesday", "DATE", "2024-04-17"),
            T("Saturday", "DATE", "2024-04-20", 2),
            T("February", "DATE", "2024-02"),
            T("this week", "DATE", "2024-W16"),
            T("another six months", "DURATION", "P6M"),
        ],
        [
            E("House approves $60.8 billion in aid for Ukraine", "AID", ["United States", "Ukraine"], "2024-04-20",
              "text", "occurred", "the House on Saturday approved"),
            E("Senate to take up the Ukraine aid package", "AID", ["United States", "Ukraine"], "2024-04-23", "text",
              "planned", "The Senate is expected to take up"),
            E("Biden urges the Senate to pass the aid quickly", "REQUEST", ["Joe Biden", "United States"],
              "2024-04-20", "text", "occurred", "Biden urged senators"),
            E("Biden promises to sign the aid bill immediately", "AGREE", ["Joe Biden", "Ukraine"], "2024-04-20",
              "context", "occurred", "Biden urged senators"),
            E("First US shipments of shells and interceptors to Ukraine", "AID", ["United States", "Ukraine"],
              "2024-W17", "text", "planned", "Pentagon officials said"),
            E("Zelensky thanks US lawmakers for the vote", "SUPPORT", ["Volodymyr Zelensky", "United States"],
              "2024-04-20", "context", "occurred", "thanked lawmakers within minutes"),
            E("Zelensky–Biden phone call", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2024-04-18", "text",
              "occurred", "in a call with Biden on Thursday"),
            E("Zelensky asks Biden for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-04-18", "context", "occurred", "in a call with Biden on Thursday"),
            E("Russian missile strike on Chernihiv kills at least 18", "ASSAULT", ["Russia", "Ukraine"], "2024-04-17",
              "text", "occurred", "strike on the northern city of Chernihiv"),
            E("Peskov: the aid will enrich the US and further ruin Ukraine", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-04-20", "text", "occurred", "Spokesman Dmitry Peskov said Saturday"),
            E("Peskov: the aid will change nothing on the battlefield", "REJECT", ["Dmitry Peskov", "United States"],
              "2024-04-20", "text", "occurred", "Spokesman Dmitry Peskov said Saturday"),
            E("Zakharova accuses Washington of sponsoring terrorism", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-04-20", "context", "occurred", "sponsoring terrorism"),
            E("Trump presses Republicans to make any aid a loan", "REQUEST", ["Donald Trump", "United States"],
              "2024-02", "text", "occurred", "who had pressed Republicans in February"),
            E("Trump demands that Europe step up and pay more", "REQUEST", ["Donald Trump", "European Union"],
              "2024-W16", "context", "occurred", "He also demanded that Europe"),
        ],
        [
            S("Joe Biden", "Senate should send the bill to his desk quickly; he will sign it immediately", "2024-04-20",
              "text", "Biden urged senators"),
            S("United States", "Pentagon: first shipments of shells and interceptors could leave next week",
              "2024-04-21", "published", "Pentagon officials said"),
            S("Volodymyr Zelensky", "The aid will keep the war from expanding and save thousands of lives",
              "2024-04-20", "context", "thanked lawmakers within minutes"),
            S("Kremlin", "Dismissive of the House vote", "2024-04-20", "context", "The Kremlin was dismissive."),
            S("Dmitry Peskov", "The aid will make the US richer, further ruin Ukraine and change nothing on the "
              "battlefield", "2024-04-20", "text", "Spokesman Dmitry Peskov said Saturday"),
            S("Maria Zakharova", "Washington is sponsoring terrorism", "2024-04-20", "context", "sponsoring terrorism"),
            S("Donald Trump", "Ukraine's survival is important to the United States", "2024-W16", "text",
              "struck a softer tone this week"),
            S("Donald Trump", "Europe should step up and pay more", "2024-W16", "context", "He also demanded that Europe"),
        ],
        ["United States", "Ukraine", "Joe Biden", "Volodymyr Zelensky", "Russia", "Kremlin", "Dmitry Peskov",
         "Maria Zakharova", "Donald Trump", "European Union"],
    ),
    doc(
        "b79en02_nawrocki_veto_refugee_law_2025_08", "2025-08-26", EN02,
        [
            T("Monday", "DATE", "2025-08-25"),
            T("three", "DURATION", "P3Y"),
            T("ten years", "DURATION", "P10Y"),
            T("October", "DATE", "2025-10"),
            T("Monday evening", "TIME", "2025-08-25TEV"),
            T("Tuesday", "DATE", "2025-08-26"),
            T("the same evening", "TIME", "2025-08-25TEV"),
            T("Sunday", "DATE", "2025-08-24"),
            T("Independence Day", "DATE", "2025-08-24"),
            T("The same day", "DATE", "2025-08-24"),
            T("Sept. 3", "DATE", "2025-09-03"),
            T("May", "DATE", "2025-05"),
        ],
        [
            E("Nawrocki vetoes the law on aid to Ukrainians, including the Starlink payments", "REJECT",
              ["Poland", "Ukraine"], "2025-08-25", "text", "occurred", "President Karol Nawrocki on Monday vetoed"),
            E("Poland's payments for Ukraine's Starlink service from October in doubt", "AID", ["Poland", "Ukraine"],
              "2025-10", "text", "uncertain", "Gawkowski warned"),
            E("Polish cabinet to adopt its own aid bill", "AID", ["Donald Tusk", "Ukraine"], "2025-08-26", "text",
              "planned", "Tusk said on Monday evening"),
            E("Tusk promises Kyiv there will be no break in support", "AGREE", ["Donald Tusk", "Ukraine"],
              "2025-08-25TEV", "text", "occurred", "Tusk said on Monday evening"),
            E("Sikorski–Sybiha phone call", "CONSULT", ["Poland", "Andrii Sybiha"], "2025-08-25TEV", "text",
              "occurred", "spoke by phone with his Ukrainian counterpart"),
            E("Sikorski assures Sybiha that the payments will continue", "AGREE", ["Poland", "Andrii Sybiha"],
              "2025-08-25TEV", "context", "occurred", "spoke by phone with his Ukrainian counterpart"),
            E("Kyiv counts on uninterrupted Starlink service", "REQUEST", ["Ukraine", "Poland"], "2025-08-26",
              "published", "occurred", "Ukraine's Foreign Ministry said"),
            E("Sybiha thanks Sikorski for the assurance", "SUPPORT", ["Andrii Sybiha", "Poland"], "2025-08-25TEV",
              "context", "occurred", "Sybiha thanked Sikorski"),
            E("Kellogg in Kyiv on Independence Day, decorated by Zelensky", "CONSULT",
              ["Keith Kellogg", "Volodymyr Zelensky"], "2025-08-24", "text", "occurred", "US envoy Keith Kellogg"),
            E("Russia and Ukraine exchange 146 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2025-08-24", "text",
              "occurred", "exchanged 146 prisoners"),
            E("Zakharova accuses Warsaw's elite of feeding the Kyiv regime", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2025-08-26", "published", "occurred", "Russophobic elite"),
            E("Nawrocki's first meeting with Trump at the White House", "CONSULT", ["Poland", "Donald Trump"],
              "2025-09-03", "text", "planned", "Nawrocki is due at the White House"),
            E("Nawrocki to seek assurances that US troops stay in Poland", "REQUEST", ["Poland", "Donald Trump"],
              "2025-09-03", "context", "planned", "He is expected to seek assurances"),
            E("Trump receives Nawrocki in the Oval Office before the runoff", "CONSULT", ["Donald Trump", "Poland"],
              "2025-05", "text", "occurred", "Trump had already received him", note="meeting of 1 May 2025"),
        ],
        [
            S("Poland", "Nawrocki: child benefits only for Ukrainians who work; own bill on a longer path to "
              "citizenship", "2025-08-25", "context", "In a televised address"),
            S("Poland", "Nawrocki: Kyiv must understand that the patience of Poles has limits", "2025-08-25", "context",
              "the patience of Poles has limits"),
            S("Poland", "Gawkowski: no legal basis to pay for Ukraine's Starlink from October", "2025-08-26",
              "published", "Gawkowski warned"),
            S("Donald Tusk", "Cabinet will adopt its own bill on Tuesday; no break in support for Kyiv",
              "2025-08-25TEV", "text", "Tusk said on Monday evening"),
            S("Ukraine", "Respects Poland's procedures but counts on uninterrupted Starlink service", "2025-08-26",
              "published", "Ukraine's Foreign Ministry said"),
            S("Maria Zakharova", "Warsaw's Russophobic elite fed the Kyiv regime at the expense of ordinary Poles",
              "2025-08-26", "published", "Russophobic elite"),
        ],
        ["Poland", "Donald Tusk", "Ukraine", "Andrii Sybiha", "Keith Kellogg", "United States",
         "Volodymyr Zelensky", "Russia", "Maria Zakharova", "Donald Trump"],
    ),
    doc(
        "b79en03_senate_russia_sanctions_bill_2026_06", "2026-06-18", EN03,
        [
            T("Wednesday", "DATE", "2026-06-17", 0),
            T("2022", "DATE", "2022"),
            T("months", "DURATION", "PXM"),
            T("180 days", "DURATION", "P180D"),
            T("next week", "DATE", "2026-W26"),
            T("last summer", "DATE", "2025-SU"),
            T("Wednesday", "DATE", "2026-06-17", 1),
            T("Thursday", "DATE", "2026-06-18"),
            T("five hours", "DURATION", "PT5H"),
            T("last week", "DATE", "2026-W24"),
            T("nightly", "SET", "P1D"),
            T("the end of June", "DATE", "2026-06", mod="END"),
        ],
        [
            E("Senate passes sanctions on Russia and tariffs on buyers of its oil", "SANCTION",
              ["United States", "Russia"], "2026-06-17", "text", "occurred", "The Senate on Wednesday overwhelmingly"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "The Senate on Wednesday overwhelmingly", note="24 February 2022"),
            E("House to vote on the sanctions bill", "SANCTION", ["United States", "Russia"], "2026-W26", "text",
              "planned", "The House is expected to vote"),
            E("Trump threatens to punish buyers of Russian oil", "THREATEN", ["Donald Trump", "Russia"], "2025-SU",
              "text", "occurred", "who has threatened since last summer", date_mod="START"),
            E("Peskov: no sanctions will change Russia's course", "REJECT", ["Dmitry Peskov", "United States"],
              "2026-06-18", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Peskov calls the tariffs economic terrorism", "ACCUSE", ["Dmitry Peskov", "United States"], "2026-06-18",
              "context", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Peskov: Moscow will respond in a way Washington will feel", "THREATEN", ["Dmitry Peskov", "United States"],
              "2026-06-18", "context", "occurred", "He added that Moscow would respond"),
            E("China opposes illegal unilateral sanctions", "REJECT", ["China", "United States"], "2026-06-18",
              "published", "occurred", "China's Foreign Ministry said"),
            E("China to take necessary measures to protect its companies", "THREATEN", ["China", "United States"],
              "2026-06-18", "published", "occurred", "China's Foreign Ministry said"),
            E("Witkoff meets Putin for five hours in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-W24", "text", "occurred", "met Putin for five hours"),
            E("Kremlin: a ceasefire is not on the agenda", "REJECT", ["Kremlin", "Steve Witkoff"], "2026-W24",
              "context", "occurred", "met Putin for five hours"),
            E("Zelensky thanks the Senate", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2026-06-17",
              "context", "occurred", "thanked the Senate in his nightly address"),
            E("Zelensky urges the House to act without delay", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2026-06-17", "context", "occurred", "thanked the Senate in his nightly address"),
            E("Kallas welcomes the Senate vote", "SUPPORT", ["Kaja Kallas", "United States"], "2026-06-18",
              "published", "occurred", "Kallas welcomed the vote"),
            E("EU's 21st sanctions package against the shadow fleet", "SANCTION", ["European Union", "Russia"],
              "2026-06", "text", "planned", "Kallas welcomed the vote", date_mod="END"),
        ],
        [
            S("Donald Trump", "Signals he will not stand in the way of the sanctions bill", "2026-06-17", "text",
              "who has threatened since last summer"),
            S("Donald Trump", "Wants a deal, but a deal with teeth", "2026-06-17", "context", "I want a deal"),
            S("Dmitry Peskov", "No sanctions will change Russia's course; the tariffs are economic terrorism",
              "2026-06-18", "text", "Kremlin spokesman Dmitry Peskov said Thursday"),
            S("Dmitry Peskov", "Moscow will respond in a way Washington will feel", "2026-06-18", "context",
              "He added that Moscow would respond"),
            S("China", "Firmly opposes illegal unilateral sanctions; will take necessary measures", "2026-06-18",
              "published", "China's Foreign Ministry said"),
            S("Kremlin", "A ceasefire is not on the agenda", "2026-W24", "context", "met Putin for five hours"),
            S("Volodymyr Zelensky", "Thanks the Senate; the House should act without delay", "2026-06-17", "context",
              "thanked the Senate in his nightly address"),
            S("Kaja Kallas", "Welcomes the vote; the 21st package will be ready by the end of June", "2026-06-18",
              "published", "Kallas welcomed the vote"),
        ],
        ["United States", "Russia", "Ukraine", "White House", "Donald Trump", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "China", "Steve Witkoff", "Volodymyr Zelensky", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b79en04_rada_nabu_vote_2025_07", "2025-07-31", EN04,
        [
            T("nine days", "DURATION", "P9D"),
            T("Thursday", "DATE", "2025-07-31", 0),
            T("nine days earlier", "DATE", "2025-07-22"),
            T("last week", "DATE", "2025-W30", 0),
            T("Thursday", "DATE", "2025-07-31", 1),
            T("Thursday afternoon", "TIME", "2025-07-31TAF"),
            T("Friday", "DATE", "2025-07-25"),
            T("last week", "DATE", "2025-W30", 1),
            T("July 23", "DATE", "2025-07-23"),
            T("Monday", "DATE", "2025-07-28"),
            T("about 10 days", "DURATION", "P10D", mod="APPROX"),
            T("50-day", "DURATION", "P50D"),
            T("mid-July", "DATE", "2025-07", mod="MID"),
            T("Wednesday", "DATE", "2025-07-30"),
            T("each evening", "SET", "P1D"),
            T("July 22", "DATE", "2025-07-22"),
        ],
        [
            E("Zelensky accuses Russia of influence over the anti-corruption agencies", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-W30", "text", "occurred", "who last week defended the first law"),
            E("European Commission welcomes the Rada vote", "SUPPORT", ["European Union", "Ukraine"], "2025-07-31TAF",
              "text", "occurred", "The European Commission welcomed the vote"),
            E("Von der Leyen–Zelensky phone call", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
              "2025-07-25", "text", "occurred", "had spoken with Zelensky by phone on Friday"),
            E("Von der Leyen calls the reversal the right step on Ukraine's path to the EU", "SUPPORT",
              ["Ursula von der Leyen", "Ukraine"], "2025-07-31", "context", "occurred",
              "had spoken with Zelensky by phone on Friday"),
            E("Kos criticises the original law as a serious step back", "ACCUSE", ["European Union", "Ukraine"],
              "2025-W30", "text", "occurred", "Marta Kos had warned last week"),
            E("Kos warns that EU funding depends on progress on the rule of law", "THREATEN",
              ["European Union", "Ukraine"], "2025-W30", "text", "occurred", "Marta Kos had warned last week"),
            E("Next Ukraine Facility tranche could be delayed", "AID", ["European Union", "Ukraine"], "2025-07-31",
              "published", "uncertain", "the next tranche of the Ukraine Facility"),
            E("Third round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Rustem Umerov", "Vladimir Medinsky"],
              "2025-07-23", "text", "occurred", "At a third round in Istanbul"),
            E("Umerov and Medinsky agree to swap another 1,200 prisoners of war", "AGREE",
              ["Rustem Umerov", "Vladimir Medinsky"], "2025-07-23", "context", "occurred", "At a third round in Istanbul"),
            E("No progress toward a ceasefire in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-07-23", "context",
              "occurred", "At a third round in Istanbul"),
            E("Trump gives Putin about 10 days to agree to a ceasefire or face sanctions", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-07-28", "text", "occurred", "President Donald Trump on Monday",
              note="deadline about 8 August 2025"),
            E("Trump's 50-day deadline to Putin", "THREATEN", ["Donald Trump", "Vladimir Putin"], "2025-07", "text",
              "occurred", "President Donald Trump on Monday", date_mod="MID", note="set on 14 July 2025"),
            E("Zakharova: Brussels rules Ukraine like a colony", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2025-07-30", "text", "occurred", "rules Ukraine like a colony"),
            E("Peskov: Russia remains open to a fourth round in Istanbul", "AGREE", ["Dmitry Peskov", "Ukraine"],
              "2025-07-31", "published", "occurred", "remained open to a fourth round"),
        ],
        [
            S("Volodymyr Zelensky", "The first law rid the agencies of Russian influence", "2025-W30", "text",
              "who last week defended the first law"),
            S("Volodymyr Zelensky", "The state has heard society", "2025-07-31", "text", "who last week defended the first law"),
            S("Ursula von der Leyen", "The reversal is the right step on Ukraine's path to the EU", "2025-07-31",
              "context", "had spoken with Zelensky by phone on Friday"),
            S("European Union", "Kos: the original law was a serious step back; EU funding depends on the rule of law",
              "2025-W30", "text", "Marta Kos had warned last week"),
            S("Maria Zakharova", "The affair shows Brussels rules Ukraine like a colony", "2025-07-30", "text",
              "rules Ukraine like a colony"),
            S("Dmitry Peskov", "No comment on Ukraine's internal affairs; Russia remains open to a fourth round in "
              "Istanbul", "2025-07-31", "published", "remained open to a fourth round"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "European Union", "Ursula von der Leyen", "Rustem Umerov",
         "Vladimir Medinsky", "Donald Trump", "Vladimir Putin", "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b79en05_german_election_day_2025_02", "2025-02-23", EN05,
        [
            T("today", "DATE", "2025-02-23"),
            T("Friday night", "TIME", "2025-02-21TNI"),
            T("Thursday", "DATE", "2025-02-20", 0),
            T("February 14", "DATE", "2025-02-14"),
            T("the next day", "DATE", "2025-02-15"),
            T("Wednesday", "DATE", "2025-02-19"),
            T("Tuesday", "DATE", "2025-02-18"),
            T("yesterday", "DATE", "2025-02-22", 0),
            T("last Sunday", "DATE", "2025-02-16"),
            T("Thursday", "DATE", "2025-02-27", 1),
            T("tomorrow", "DATE", "2025-02-24"),
            T("Tomorrow", "DATE", "2025-02-24"),
            T("yesterday", "DATE", "2025-02-22", 1),
        ],
        [
            E("Merz: Europe must learn to defend itself", "REQUEST", ["Friedrich Merz", "European Union"],
              "2025-02-21TNI", "text", "occurred", "told a final rally in Munich"),
            E("Merz promises Taurus missiles for Ukraine if Russia keeps bombing civilians", "AID",
              ["Friedrich Merz", "Ukraine"], "2025-02-20", "text", "uncertain", "In a televised debate on Thursday"),
            E("Merz's condition: Russia stops bombing civilians", "REQUEST", ["Friedrich Merz", "Russia"], "2025-02-20",
              "text", "occurred", "In a televised debate on Thursday"),
            E("Scholz again rules out Taurus for Ukraine", "REJECT", ["Olaf Scholz", "Ukraine"], "2025-02-20",
              "context", "occurred", "In a televised debate on Thursday"),
            E("Vance accuses European governments of suppressing free speech", "ACCUSE",
              ["JD Vance", "European Union"], "2025-02-14", "text", "occurred", "JD Vance used his speech"),
            E("Vance meets AfD leader Alice Weidel", "CONSULT", ["JD Vance"], "2025-02-14", "context", "occurred",
              "JD Vance used his speech"),
            E("Scholz rejects outside interference in the German election", "ACCUSE", ["Olaf Scholz", "JD Vance"],
              "2025-02-15", "text", "occurred", "Scholz said the next day"),
            E("Trump calls Zelensky a dictator without elections and blames Ukraine for the war", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-02-19", "text", "occurred", "a dictator without elections"),
            E("Merz and Scholz condemn Trump's remark as wrong and dangerous", "ACCUSE",
              ["Friedrich Merz", "Olaf Scholz", "Donald Trump"], "2025-02-19", "context", "occurred",
              "Merz and Scholz both condemned"),
            E("Rubio–Lavrov talks in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-02-18", "text",
              "occurred", "followed Tuesday's talks in Riyadh"),
            E("Rubio and Lavrov agree to restore embassy staffing and begin work on ending the war", "AGREE",
              ["Marco Rubio", "Sergey Lavrov"], "2025-02-18", "context", "occurred", "followed Tuesday's talks in Riyadh"),
            E("Starmer ready to put British troops on the ground in Ukraine as part of a peace deal", "AGREE",
              ["Keir Starmer", "Ukraine"], "2025-02-16", "text", "occurred", "who said last Sunday"),
            E("Starmer travels to Washington", "CONSULT", ["Keir Starmer", "United States"], "2025-02-27", "text",
              "planned", "will travel to Washington on Thursday"),
            E("Macron meets Trump at the White House", "CONSULT", ["Emmanuel Macron", "Donald Trump"], "2025-02-24",
              "text", "planned", "Emmanuel Macron sees Trump"),
            E("Von der Leyen and European leaders visit Kyiv", "CONSULT", ["Ursula von der Leyen", "Ukraine"],
              "2025-02-24", "text", "planned", "a dozen European leaders are due in Kyiv"),
            E("Zelensky ready to step down for peace or in exchange for NATO membership", "AGREE",
              ["Volodymyr Zelensky", "NATO"], "2025-02-22", "text", "occurred", "ready to step down"),
            E("Zelensky asks for NATO membership in exchange for stepping down", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2025-02-22", "context", "occurred", "ready to step down"),
        ],
        [
            S("Friedrich Merz", "Europe must learn to defend itself and cannot take American protection for granted",
              "2025-02-21TNI", "text", "told a final rally in Munich"),
            S("Friedrich Merz", "Will send Taurus to Ukraine if Russia keeps bombing civilians", "2025-02-20", "text",
              "In a televised debate on Thursday"),
            S("Olaf Scholz", "Rules out Taurus again", "2025-02-20", "context", "In a televised debate on Thursday"),
            S("JD Vance", "European governments suppress free speech", "2025-02-14", "text", "JD Vance used his speech"),
            S("Olaf Scholz", "Unacceptable for outsiders to interfere in a German election", "2025-02-15", "text",
              "Scholz said the next day"),
            S("Donald Trump", "Zelensky is a dictator without elections; Ukraine started the war", "2025-02-19", "text",
              "a dictator without elections"),
            S("Friedrich Merz", "Trump's remark is wrong and dangerous", "2025-02-19", "context",
              "Merz and Scholz both condemned"),
            S("Olaf Scholz", "Trump's remark is wrong and dangerous", "2025-02-19", "context",
              "Merz and Scholz both condemned"),
            S("Kremlin", "Will watch closely how the next German government behaves", "2025-02-22", "text",
              "watch closely"),
            S("Dmitry Peskov", "Hopes for a more pragmatic line from Berlin", "2025-02-22", "context", "watch closely"),
            S("Keir Starmer", "Ready to put British troops on the ground in Ukraine as part of a peace deal",
              "2025-02-16", "text", "who said last Sunday"),
            S("Volodymyr Zelensky", "Ready to step down if it means peace or in exchange for NATO membership",
              "2025-02-22", "text", "ready to step down"),
        ],
        ["Donald Trump", "Friedrich Merz", "Olaf Scholz", "Germany", "Ukraine", "Russia", "European Union",
         "JD Vance", "Volodymyr Zelensky", "Marco Rubio", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Keir Starmer", "United Kingdom", "United States", "Emmanuel Macron",
         "Ursula von der Leyen", "NATO"],
    ),
    doc(
        "b79en06_sejm_drone_interception_law_2026_09", "2026-09-25", EN06,
        [
            T("Thursday", "DATE", "2026-09-24", 0),
            T("21 days", "DURATION", "P21D"),
            T("September 2025", "DATE", "2025-09"),
            T("August 2025", "DATE", "2025-08"),
            T("Thursday evening", "TIME", "2026-09-24TEV"),
            T("next month", "DATE", "2026-10"),
            T("Monday", "DATE", "2026-09-28"),
            T("Friday", "DATE", "2026-09-25"),
            T("Overnight into Thursday", "TIME", "2026-09-23TNI", note="night to Thursday 24 September"),
            T("Wednesday", "DATE", "2026-09-23"),
        ],
        [
            E("Sejm passes a law allowing Poland to shoot down Russian drones over western Ukraine", "MOBILIZE",
              ["Poland", "Ukraine", "Russia"], "2026-09-24", "text", "occurred", "Poland's lower house on Thursday"),
            E("Russian drones crash into Polish territory", "ASSAULT", ["Russia", "Poland"], "2025-09", "text",
              "occurred", "first floated the idea", note="incursion of 10 September 2025"),
            E("Zelensky welcomes the Sejm vote", "SUPPORT", ["Volodymyr Zelensky", "Poland"], "2026-09-24TEV", "text",
              "occurred", "welcomed the vote on Thursday evening"),
            E("Zelensky proposes a joint air-defence zone over the border regions", "REQUEST",
              ["Volodymyr Zelensky", "Poland"], "2026-09-24TEV", "text", "occurred",
              "welcomed the vote on Thursday evening"),
            E("Kyiv and Warsaw to sign an agreement on rules of engagement", "AGREE", ["Ukraine", "Poland"], "2026-10",
              "text", "planned", "plan to sign an agreement"),
            E("Rutte calls the law a sovereign decision of Poland", "SUPPORT", ["Mark Rutte", "Poland"], "2026-09-25",
              "published", "occurred", "a sovereign decision of Poland"),
            E("Rutte urges Warsaw to coordinate every interception with NATO", "REQUEST", ["Mark Rutte", "Poland"],
              "2026-09-25", "published", "occurred", "a sovereign decision of Poland"),
            E("Rutte's talks with Nawrocki and Tusk in Warsaw", "CONSULT", ["Mark Rutte", "Poland", "Donald Tusk"],
              "2026-09-28", "text", "planned", "Rutte is due in Warsaw"),
            E("Zakharova: downing Russian drones would make Poland a party to the conflict", "REQUEST",
              ["Maria Zakharova", "Poland"], "2026-09-25", "text", "occurred", "Zakharova said on Friday"),
            E("Zakharova warns the response would be immediate", "THREATEN", ["Maria Zakharova", "Poland"],
              "2026-09-25", "context", "occurred", "Zakharova said on Friday"),
            E("Peskov accuses Warsaw of militaristic hysteria", "ACCUSE", ["Dmitry Peskov", "Poland"], "2026-09-25",
              "published", "occurred", "militaristic hysteria"),
            E("Russia launches more than 100 drones at western Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2026-09-23TNI", "text", "occurred", "Overnight into Thursday"),
            E("Polish and allied jets scrambled", "MOBILIZE", ["Poland"], "2026-09-23TNI", "text", "occurred",
              "Overnight into Thursday"),
            E("Merz–Tusk phone call", "CONSULT", ["Friedrich Merz", "Donald Tusk"], "2026-09-23", "text", "occurred",
              "spoke with Tusk by phone on Wednesday"),
            E("Merz assures Tusk of Germany's support", "AGREE", ["Friedrich Merz", "Donald Tusk"], "2026-09-23",
              "context", "occurred", "spoke with Tusk by phone on Wednesday"),
            E("Trump: Poland is a great ally and can defend itself any way it wants", "SUPPORT",
              ["Donald Trump", "Poland"], "2026-09-25", "published", "occurred", "a great ally"),
        ],
        [
            S("Donald Tusk", "Poland will not wait for the next drone to fall on a Polish house", "2026-09-24",
              "context", "first floated the idea"),
            S("Poland", "Nawrocki's chief of staff: the president will decide after consulting allies, above all "
              "Washington", "2026-09-25", "published", "Nawrocki's chief of staff said"),
            S("Volodymyr Zelensky", "Welcomes the vote and proposes a joint air-defence zone", "2026-09-24TEV", "text",
              "welcomed the vote on Thursday evening"),
            S("Ukraine", "Kyiv and Warsaw plan to sign an agreement on rules of engagement next month", "2026-09-25",
              "published", "plan to sign an agreement"),
            S("Mark Rutte", "A sovereign decision of Poland; coordinate every interception with NATO", "2026-09-25",
              "published", "a sovereign decision of Poland"),
            S("Russia", "Moscow's swift response", "2026-09-25", "published", "Moscow's response was swift."),
            S("Maria Zakharova", "Downing Russian drones would make Poland a direct party to the conflict; the "
              "response would be immediate", "2026-09-25", "text", "Zakharova said on Friday"),
            S("Dmitry Peskov", "Warsaw is in militaristic hysteria", "2026-09-25", "published", "militaristic hysteria"),
            S("Friedrich Merz", "Assures Tusk of Germany's support", "2026-09-23", "context",
              "spoke with Tusk by phone on Wednesday"),
            S("Donald Trump", "Poland is a great ally that can defend itself any way it wants", "2026-09-25",
              "published", "a great ally"),
        ],
        ["Poland", "Ukraine", "Russia", "NATO", "Donald Tusk", "United States", "Volodymyr Zelensky", "Mark Rutte",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Friedrich Merz", "Germany", "Donald Trump"],
    ),
]
