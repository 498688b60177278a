"""English articles of the blind77 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b77en01 (RFE/RL)
EN01 = """
Gazprom Threatens To Cut Gas To Moldova, Accuses Ukraine Of Holding Back Supplies

Russian state energy giant Gazprom has threatened to reduce gas deliveries to Moldova via Ukraine, accusing Kyiv of keeping volumes meant for Moldovan consumers.
In a statement posted on its Telegram channel on November 22, Gazprom said 52.52 million cubic meters of gas it had shipped through Ukraine for Moldova had been "retained" on Ukrainian territory.
If the imbalance persists, the company said, it will start cutting the flow through the Sudzha entry point on Monday morning.

Ukraine's gas transmission operator, GTSOU, rejected the claim as "false," saying all gas entering the country for Moldova had been passed on in full.
Gazprom is looking for a pretext to cut Moldova off in the middle of winter, Naftogaz CEO Oleksiy Chernyshov told RFE/RL's Ukrainian Service.
Moldovan Deputy Prime Minister Andrei Spinu said Chisinau had paid Gazprom for November in full and would not give in to "blackmail."

Gazprom already cut its supplies to Moldova by about 30 percent in October, citing the difficulty of transit through a war zone.
Moldova, which relies on a Russian-controlled power plant in the breakaway Transdniester region for most of its electricity, suffered blackouts after Russian missile strikes on Ukraine's energy grid on November 15.
Kremlin spokesman Dmitry Peskov told reporters on November 22 that the dispute was "a commercial matter" for Gazprom and that he had nothing to add.

Ukrainian President Volodymyr Zelensky accused Moscow in his nightly video address on November 21 of waging "energy terror" against Ukraine and its neighbors.
Ukraine's Energy Ministry offered to export electricity to Moldova as soon as repairs to its own grid allow.
European Commission President Ursula von der Leyen announced a 250 million-euro package earlier this month to help Moldova pay for gas and electricity this winter.
U.S. Secretary of State Antony Blinken is expected to meet Moldovan President Maia Sandu next week on the sidelines of a NATO foreign ministers' meeting in Bucharest, where energy aid for Ukraine and Moldova will be on the agenda.

Moldova's state trader Energocom holds about 200 million cubic meters of gas in Ukrainian underground storage, which Naftogaz has agreed to release at short notice.
Analysts said a Russian cutoff could force Chisinau to draw on those reserves in the coming weeks.
"""

# ---------------------------------------------------------------- b77en02 (Natural Gas World)
EN02 = """
Brussels Tables Legal Ban On Russian Gas As Hungary And Slovakia Cry Foul

The European Commission on June 17 proposed a regulation that would phase out all imports of Russian pipeline gas and LNG into the EU by the end of 2027, turning its May roadmap into law.
Under the draft, new contracts would be banned from January 1, 2026, existing short-term deals would have to end by June 17, 2026, and long-term contracts would expire at the end of 2027.
"Europe has paid enough," Energy Commissioner Dan Jorgensen told reporters in Strasbourg, adding that Russian gas still made up around 19% of EU imports.

Because the measure is based on trade and energy law, it needs only a qualified majority of member states, denying Budapest and Bratislava a veto.
Hungarian Prime Minister Viktor Orban wrote on X on Tuesday evening that Brussels was "sacrificing Central Europe's energy security on the altar of ideology."
His foreign minister, Peter Szijjarto, said Hungary would challenge the regulation at the EU's top court once it is adopted.
Slovak Prime Minister Robert Fico went further on Wednesday, threatening to block the EU's 18th sanctions package against Russia unless Bratislava receives guarantees on gas prices.
Fico, who met Russian President Vladimir Putin in Moscow on May 9, argues that the ban would cost Slovakia billions in lost transit fees.

In Moscow, Kremlin spokesman Dmitry Peskov said the plan would make energy in Europe "even more expensive" and that Russian gas would find other buyers.
Ukraine's Naftogaz welcomed the proposal, with CEO Sergii Koretskyi calling it "the final nail in the coffin of Gazprom's European business."
Naftogaz said on June 16 that an arbitration tribunal in The Hague had ordered Gazprom to pay $1.37 billion for unpaid transit services.
Gazprom has said it will not recognise the award.

Russian pipeline gas now reaches the EU only via TurkStream, after Ukraine let its transit contract with Gazprom expire on January 1.
The proposal also comes as Washington presses Brussels to buy more US LNG in trade talks ahead of a July 9 deadline set by President Donald Trump for higher tariffs.
EU leaders will discuss the plan at their summit in Brussels next week.

Front-month TTF contracts rose 2.1% to €38.40/MWh on Tuesday, as traders also watched tensions in the Middle East.
"""

# ---------------------------------------------------------------- b77en03 (Novinite)
EN03 = """
Bulgaria's Levy On Russian Gas Transit Draws Fire From Budapest, Belgrade And Moscow

Sofia. Bulgaria's new fee on Russian gas crossing its territory has triggered a diplomatic row with Hungary and Serbia, the two main customers of the TurkStream route.
The National Assembly voted last week to impose a levy of 20 leva (about 10 euro) per megawatt hour on Russian-origin gas entering the Balkan Stream pipeline at the border.
Finance Minister Assen Vassilev said the fee would cut into Gazprom's profits and could bring in up to 2 billion leva a year.

Hungary's Prime Minister Viktor Orban said on Friday that Budapest would not let Sofia "tax Hungarian families" and warned that Hungary could block Bulgaria's entry into the Schengen area if the fee stays.
Serbian President Aleksandar Vucic called the levy an unfriendly act and said Belgrade was looking for alternative supplies.
Gazprom, which under its contracts hands over the gas at the Bulgarian border, said it would not pay the fee and that the cost fell on the buyers.

Kremlin spokesman Dmitry Peskov on Wednesday described the levy as "clearly unfriendly" towards Russia's partners in Europe.
A day earlier, Orban met Russian President Vladimir Putin on the sidelines of the Belt and Road Forum in Beijing, the first meeting of an EU leader with Putin since the International Criminal Court issued a warrant for his arrest in March.
Putin told Orban that Russia was ready to keep supplying gas "in the volumes Hungary needs," according to the Kremlin's account of the talks.
The meeting drew criticism from Washington, with US Ambassador David Pressman saying it sent "a message" to Moscow that was at odds with Hungary's allies.

The European Commission said on Thursday it was examining whether the levy complies with the rules of the EU customs union, under which member states cannot set their own duties on imports.
Ukraine's Energy Minister German Galushchenko welcomed Sofia's move and urged other EU states to follow suit.
Bulgaria itself stopped receiving Russian gas in April 2022, when Gazprom cut it off for refusing to pay in rubles.
Sofia hopes that EU interior ministers will approve its Schengen accession in December, a step Austria has blocked since last year.
"""

# ---------------------------------------------------------------- b77en04 (Telex English)
EN04 = """
Orbán in the Kremlin: Putin promises oil and gas for the winter, Kyiv and Brussels fume

Prime Minister Viktor Orbán held more than three hours of talks with Russian President Vladimir Putin in the Kremlin on Friday, his first trip to Moscow since his self-styled "peace mission" in July 2024.
Speaking to Hungarian journalists after the meeting, Orbán said Putin had guaranteed that Hungary's oil and gas supplies would be secure "this winter and beyond."
The two also discussed the Paks II nuclear plant, which Russia's Rosatom is building, and the possibility of a Russian–American summit in Budapest, he said.

According to the Kremlin's readout, Putin thanked Orbán for his "balanced position" on Ukraine and praised Hungary's "independent course."
Kremlin spokesman Dmitry Peskov told reporters on Friday that Budapest "remains on the table" as a venue for a meeting between Putin and US President Donald Trump, which was shelved in October.

The visit comes three weeks after Orbán secured an exemption from US sanctions on Rosneft and Lukoil for purchases through the Druzhba pipeline at a White House meeting with Trump on November 7.
Washington says the waiver runs for one year; Budapest insists it is open-ended.
Druzhba flows to Hungary were interrupted several times in August after Ukrainian drones struck a pumping station in Russia's Bryansk region.

Ukraine's Foreign Minister Andrii Sybiha wrote on X on Friday evening that Orbán was "buying cheap gas with Ukrainian blood."
EU foreign policy chief Kaja Kallas said on Saturday that no European leader should "reward the aggressor," while a Commission spokesperson reminded Budapest that the bloc's ban on Russian gas will apply to Hungary too.
Orbán also voiced support for the US 28-point peace plan, calling it "the best chance for peace in years," and urged European leaders to open their own channel to Moscow.

US envoy Steve Witkoff is expected in Moscow next week to discuss a revised version of the plan with Putin.
At home, opposition leader Péter Magyar accused Orbán of turning Hungary into "a Russian energy colony" ahead of the April election.
"""

# ---------------------------------------------------------------- b77en05 (The Daily Telegraph)
EN05 = """
Trump and von der Leyen seal trade deal as Brussels pledges $750bn of American energy

Donald Trump and Ursula von der Leyen struck a trade deal at the President's golf resort in Turnberry on Sunday, averting a transatlantic tariff war.
After an hour of talks, Mr Trump announced that most EU exports to the United States would face a 15 per cent tariff, half the 30 per cent rate he had threatened in a letter earlier this month.
Mrs von der Leyen said the EU would buy $750 billion of American energy over three years to replace Russian gas and oil, adding: "We still have too much Russian LNG coming in through the back door."
The EU also agreed to invest $600 billion in the US, Mr Trump said.

The deal met a cool reception in several European capitals.
Friedrich Merz, the German Chancellor, welcomed the agreement for avoiding "an unnecessary escalation", but François Bayrou, the French prime minister, called it "a dark day".
Viktor Orban, the Hungarian prime minister, mocked the outcome, saying Mr Trump had "eaten von der Leyen for breakfast".
The Kremlin said Europe was swapping "cheap Russian energy for expensive American energy" and would pay the price.
Volodymyr Zelensky, the Ukrainian president, said on Sunday night that every cubic metre of Russian gas Europe stops buying "means fewer drones over our cities".
EU ambassadors will be briefed on the details in Brussels later on Monday.

The EU's 18th sanctions package, adopted on July 18, lowered the price cap on Russian crude from $60 to $47.60 a barrel from September and banned imports of fuel refined from Russian oil in third countries.
Britain matched the lower cap on the same day, but Washington has so far declined to follow.

Mr Trump will hold talks with Sir Keir Starmer at Turnberry today, with Ukraine, Gaza and British steel on the agenda.
Speaking on Sunday, the President said he was "disappointed" in Vladimir Putin and would shorten the 50-day deadline he gave the Russian leader on July 14.
The Kremlin has said it "took note" of the ultimatum.
"""

# ---------------------------------------------------------------- b77en06 (MarketWatch)
EN06 = """
Price cap on Russian oil to fall to $44.10 as EU tightens the screws

The European Union will lower its price cap on Russian crude oil to $44.10 a barrel from Feb. 1, the European Commission said Thursday, the second cut under a mechanism that tracks market prices.
The cap, currently $47.60, is reset every six months at 15% below the average price of Russia's Urals blend over the previous 22 weeks.
Britain said it would match the new level, but a U.S. Treasury spokesperson said Washington had no plans to move from the $60 cap agreed by the Group of Seven in 2022.

Brent crude futures BRN00 rose 0.6% to $64.12 a barrel on Friday, while West Texas Intermediate CL00 gained 0.5%.
Urals loaded at Baltic ports has traded at discounts of more than $20 to Brent since the U.S. blacklisted Rosneft and Lukoil in October, according to traders.

Kremlin spokesman Dmitry Peskov said Friday that Russia would "not sell a single barrel" under the cap and called the measure illegal.
Russian President Vladimir Putin last month extended until June 30 a decree that bans oil sales to buyers applying the cap.
Kirill Dmitriev, the Kremlin's envoy for economic cooperation, wrote on X that price caps had "failed for three years in a row."

Ukrainian President Volodymyr Zelensky urged the EU on Thursday to go further and cut the cap to $30, saying Russia was still earning "billions a month" from oil.
EU foreign-policy chief Kaja Kallas said the bloc's 20th sanctions package, which she wants agreed by Feb. 24, would include a full ban on maritime services for Russian crude.
Hungary and Slovakia, which still receive Russian oil through the Druzhba pipeline, are not affected because the cap applies only to seaborne cargoes.
Greece, Malta and Cyprus, whose shipowners carry much of the trade, had sought a slower cut but did not block the decision, diplomats said.
Analysts at Kpler expect Russian seaborne crude exports to stay near 3.3 million barrels a day in February.

The cut comes as U.S. envoys Steve Witkoff and Jared Kushner prepare for talks with Russian and Ukrainian negotiators in Abu Dhabi next week.
President Donald Trump said Wednesday that any easing of sanctions on Russian energy would depend on "real progress" toward a cease-fire.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b77en01_gazprom_moldova_transit_2022_11", "2022-11-22", EN01,
        [
            T("November 22", "DATE", "2022-11-22", 0),
            T("Monday morning", "TIME", "2022-11-28TMO"),
            T("the middle of winter", "DATE", "2022-WI", mod="MID"),
            T("November", "DATE", "2022-11", 1),
            T("October", "DATE", "2022-10"),
            T("November 15", "DATE", "2022-11-15"),
            T("November 22", "DATE", "2022-11-22", 1),
            T("nightly", "SET", "P1D"),
            T("November 21", "DATE", "2022-11-21"),
            T("earlier this month", "DATE", "2022-11"),
            T("this winter", "DATE", "2022-WI"),
            T("next week", "DATE", "2022-W48"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Gazprom accuses Ukraine of retaining gas meant for Moldova", "ACCUSE", ["Russia", "Ukraine"],
              "2022-11-22", "text", "occurred", "In a statement posted on its Telegram channel"),
            E("Gazprom threatens to cut the flow through Sudzha from Monday", "THREATEN", ["Russia", "Ukraine"],
              "2022-11-22", "context", "occurred", "If the imbalance persists",
              note="the cut was to start on the morning of 28 November 2022"),
            E("GTSOU rejects Gazprom's claim as false", "REJECT", ["Ukraine", "Russia"], "2022-11-22", "context",
              "occurred", "rejected the claim as"),
            E("Naftogaz accuses Gazprom of looking for a pretext to cut Moldova off", "ACCUSE", ["Ukraine", "Russia"],
              "2022-11-22", "published", "occurred", "is looking for a pretext"),
            E("Gazprom cuts supplies to Moldova by about 30 percent", "SANCTION", ["Russia"], "2022-10", "text",
              "occurred", "Gazprom already cut its supplies"),
            E("Russian missile strikes on Ukraine's energy grid", "ASSAULT", ["Russia", "Ukraine"], "2022-11-15",
              "text", "occurred", "suffered blackouts after Russian missile strikes"),
            E("Zelensky accuses Moscow of energy terror", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2022-11-21",
              "text", "occurred", "accused Moscow in his nightly video address"),
            E("Ukraine offers to export electricity to Moldova", "AID", ["Ukraine"], "2022-11-22", "published",
              "planned", "offered to export electricity"),
            E("Von der Leyen announces a 250 million-euro energy package for Moldova", "AID",
              ["Ursula von der Leyen", "European Union"], "2022-11", "text", "occurred",
              "announced a 250 million-euro package"),
            E("Blinken to meet Moldova's President Sandu", "CONSULT", ["Antony Blinken"], "2022-W48", "text",
              "planned", "is expected to meet Moldovan President Maia Sandu"),
            E("NATO foreign ministers to meet in Bucharest", "CONSULT", ["NATO"], "2022-W48", "context", "planned",
              "is expected to meet Moldovan President Maia Sandu"),
            E("Naftogaz agrees to release Moldova's gas stored in Ukraine", "AGREE", ["Ukraine"], "2022-11-22",
              "published", "occurred", "which Naftogaz has agreed to release"),
        ],
        [
            S("Russia", "Gazprom: 52.52 million cubic meters meant for Moldova were retained in Ukraine", "2022-11-22",
              "text", "In a statement posted on its Telegram channel"),
            S("Russia", "Gazprom: the flow through Sudzha will be cut from Monday morning if the imbalance persists",
              "2022-11-22", "context", "If the imbalance persists"),
            S("Ukraine", "GTSOU: the claim is false; all gas for Moldova was passed on in full", "2022-11-22",
              "context", "rejected the claim as"),
            S("Ukraine", "Chernyshov: Gazprom is looking for a pretext to cut Moldova off in winter", "2022-11-22",
              "published", "is looking for a pretext"),
            S("Dmitry Peskov", "The dispute is a commercial matter for Gazprom", "2022-11-22", "text",
              "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Volodymyr Zelensky", "Moscow is waging energy terror against Ukraine and its neighbours", "2022-11-21",
              "text", "accused Moscow in his nightly video address"),
            S("Ukraine", "Energy ministry offers to export electricity to Moldova once the grid allows", "2022-11-22",
              "published", "offered to export electricity"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "European Union",
         "Ursula von der Leyen", "United States", "Antony Blinken", "NATO"],
    ),
    doc(
        "b77en02_commission_russian_gas_ban_2025_06", "2025-06-18", EN02,
        [
            T("June 17", "DATE", "2025-06-17", 0),
            T("the end of 2027", "DATE", "2027", 0, mod="END"),
            T("May", "DATE", "2025-05", 0),
            T("January 1, 2026", "DATE", "2026-01-01"),
            T("June 17, 2026", "DATE", "2026-06-17"),
            T("the end of 2027", "DATE", "2027", 1, mod="END"),
            T("Tuesday evening", "TIME", "2025-06-17TEV"),
            T("Wednesday", "DATE", "2025-06-18"),
            T("May 9", "DATE", "2025-05-09"),
            T("June 16", "DATE", "2025-06-16"),
            T("now", "DATE", "PRESENT_REF"),
            T("January 1", "DATE", "2025-01-01", 1),
            T("July 9", "DATE", "2025-07-09"),
            T("next week", "DATE", "2025-W26"),
            T("Tuesday", "DATE", "2025-06-17", 1),
        ],
        [
            E("Commission proposes a legal phase-out of Russian gas imports", "SANCTION", ["European Union", "Russia"],
              "2025-06-17", "text", "planned", "proposed a regulation that would phase out",
              note="all imports to end by the end of 2027"),
            E("Orbán accuses Brussels of sacrificing Central Europe's energy security", "ACCUSE",
              ["Viktor Orbán", "European Union"], "2025-06-17TEV", "text", "occurred", "wrote on X on Tuesday evening"),
            E("Hungary's foreign minister threatens to challenge the regulation in court", "THREATEN",
              ["European Union"], "2025-06-18", "published", "occurred", "Peter Szijjarto"),
            E("Fico threatens to block the 18th sanctions package", "THREATEN", ["European Union"], "2025-06-18",
              "text", "occurred", "Robert Fico went further on Wednesday"),
            E("Fico demands guarantees on gas prices", "REQUEST", ["European Union"], "2025-06-18", "text",
              "occurred", "Robert Fico went further on Wednesday"),
            E("Fico met Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2025-05-09", "text", "occurred",
              "who met Russian President Vladimir Putin in Moscow on May 9"),
            E("Naftogaz welcomes the Commission's proposal", "SUPPORT", ["Ukraine", "European Union"], "2025-06-18",
              "published", "occurred", "Naftogaz welcomed the proposal"),
            E("Gazprom will not recognise the arbitration award to Naftogaz", "REJECT", ["Russia", "Ukraine"],
              "2025-06-18", "published", "occurred", "Gazprom has said it will not recognise the award"),
            E("Ukraine lets its gas transit contract with Gazprom expire", "SANCTION", ["Ukraine", "Russia"],
              "2025-01-01", "text", "occurred", "let its transit contract with Gazprom expire"),
            E("Washington presses Brussels to buy more US LNG", "REQUEST", ["United States", "European Union"],
              "2025-06-18", "published", "occurred", "presses Brussels to buy more US LNG"),
            E("EU leaders to discuss the plan at their summit", "CONSULT", ["European Union"], "2025-W26", "text",
              "planned", "EU leaders will discuss the plan"),
        ],
        [
            S("European Union", "Jorgensen: Europe has paid enough; Russian gas is still about 19% of EU imports",
              "2025-06-17", "context", "Europe has paid enough"),
            S("Viktor Orbán", "Brussels sacrifices Central Europe's energy security on the altar of ideology",
              "2025-06-17TEV", "text", "wrote on X on Tuesday evening"),
            S("Dmitry Peskov", "The plan will make energy in Europe even more expensive; Russian gas will find other "
              "buyers", "2025-06-18", "published", "In Moscow, Kremlin spokesman Dmitry Peskov"),
            S("Ukraine", "Koretskyi: the proposal is the final nail in the coffin of Gazprom's European business",
              "2025-06-18", "published", "Naftogaz welcomed the proposal"),
            S("Ukraine", "Naftogaz: a tribunal in The Hague ordered Gazprom to pay $1.37 billion", "2025-06-16",
              "text", "Naftogaz said on June 16"),
            S("Russia", "Gazprom will not recognise the award", "2025-06-18", "published",
              "Gazprom has said it will not recognise the award"),
        ],
        ["European Union", "Russia", "Viktor Orbán", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine",
         "United States", "Donald Trump"],
    ),
    doc(
        "b77en03_bulgaria_transit_levy_2023_10", "2023-10-20", EN03,
        [
            T("last week", "DATE", "2023-W41"),
            T("a year", "SET", "P1Y"),
            T("Friday", "DATE", "2023-10-20"),
            T("Wednesday", "DATE", "2023-10-18"),
            T("A day earlier", "DATE", "2023-10-17"),
            T("March", "DATE", "2023-03"),
            T("Thursday", "DATE", "2023-10-19"),
            T("April 2022", "DATE", "2022-04"),
            T("December", "DATE", "2023-12"),
            T("last year", "DATE", "2022"),
        ],
        [
            E("Bulgaria's parliament imposes a levy on Russian gas transit", "SANCTION", ["Russia"], "2023-W41",
              "text", "occurred", "The National Assembly voted last week"),
            E("Orbán threatens to block Bulgaria's Schengen entry over the fee", "THREATEN", ["Viktor Orbán"],
              "2023-10-20", "text", "occurred", "Viktor Orban said on Friday"),
            E("Gazprom refuses to pay the fee", "REJECT", ["Russia"], "2023-10-20", "published", "occurred",
              "said it would not pay the fee"),
            E("Peskov calls the levy clearly unfriendly", "ACCUSE", ["Dmitry Peskov"], "2023-10-18", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov on Wednesday"),
            E("Orbán meets Putin in Beijing", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2023-10-17", "text",
              "occurred", "A day earlier, Orban met"),
            E("ICC issues an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "A day earlier, Orban met"),
            E("Putin tells Orbán Russia is ready to keep supplying gas", "AGREE", ["Vladimir Putin", "Viktor Orbán"],
              "2023-10-17", "context", "occurred", "Putin told Orban that Russia was ready"),
            E("US ambassador criticises the Orbán–Putin meeting", "ACCUSE", ["United States", "Viktor Orbán"],
              "2023-10-20", "published", "occurred", "The meeting drew criticism from Washington"),
            E("Ukraine welcomes Bulgaria's levy", "SUPPORT", ["Ukraine"], "2023-10-20", "published", "occurred",
              "German Galushchenko welcomed"),
            E("Ukraine urges other EU states to follow Bulgaria", "REQUEST", ["Ukraine", "European Union"],
              "2023-10-20", "published", "occurred", "German Galushchenko welcomed"),
            E("Gazprom cuts off gas to Bulgaria over rouble payments", "SANCTION", ["Russia"], "2022-04", "text",
              "occurred", "Bulgaria itself stopped receiving Russian gas"),
            E("EU interior ministers to decide on Bulgaria's Schengen accession", "CONSULT", ["European Union"],
              "2023-12", "text", "planned", "Sofia hopes that EU interior ministers"),
        ],
        [
            S("Viktor Orbán", "Budapest will not let Sofia tax Hungarian families; Hungary could block Bulgaria's "
              "Schengen entry", "2023-10-20", "text", "Viktor Orban said on Friday"),
            S("Russia", "Gazprom will not pay the fee; the cost falls on the buyers", "2023-10-20", "published",
              "said it would not pay the fee"),
            S("Dmitry Peskov", "The levy is clearly unfriendly towards Russia's partners in Europe", "2023-10-18",
              "text", "Kremlin spokesman Dmitry Peskov on Wednesday"),
            S("Vladimir Putin, via Kremlin", "Russia is ready to keep supplying gas in the volumes Hungary needs",
              "2023-10-17", "context", "Putin told Orban that Russia was ready"),
            S("United States", "Pressman: the meeting sent a message to Moscow at odds with Hungary's allies",
              "2023-10-20", "published", "The meeting drew criticism from Washington"),
            S("European Union", "Commission examines whether the levy complies with customs-union rules",
              "2023-10-19", "text", "The European Commission said on Thursday"),
            S("Ukraine", "Galushchenko welcomes Sofia's move and urges other EU states to follow", "2023-10-20",
              "published", "German Galushchenko welcomed"),
        ],
        ["Russia", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "European Union", "United States",
         "Ukraine"],
    ),
    doc(
        "b77en04_orban_putin_kremlin_energy_2025_11", "2025-11-29", EN04,
        [
            T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
            T("Friday", "DATE", "2025-11-28", 0),
            T("July 2024", "DATE", "2024-07"),
            T("this winter", "DATE", "2025-WI"),
            T("Friday", "DATE", "2025-11-28", 1),
            T("October", "DATE", "2025-10"),
            T("November 7", "DATE", "2025-11-07"),
            T("one year", "DURATION", "P1Y"),
            T("August", "DATE", "2025-08"),
            T("Friday evening", "TIME", "2025-11-28TEV"),
            T("Saturday", "DATE", "2025-11-29"),
            T("years", "DURATION", "PXY"),
            T("next week", "DATE", "2025-W49"),
            T("April", "DATE", "2026-04"),
        ],
        [
            E("Orbán and Putin hold talks in the Kremlin", "CONSULT", ["Viktor Orbán", "Vladimir Putin"],
              "2025-11-28", "text", "occurred", "held more than three hours of talks"),
            E("Orbán's 'peace mission' visit to Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07",
              "text", "occurred", "held more than three hours of talks"),
            E("Putin guarantees Hungary's oil and gas supplies", "AGREE", ["Vladimir Putin", "Viktor Orbán"],
              "2025-11-28", "context", "occurred", "Putin had guaranteed"),
            E("Putin thanks Orbán for his balanced position", "SUPPORT", ["Vladimir Putin", "Viktor Orbán"],
              "2025-11-28", "context", "occurred", "According to the Kremlin's readout"),
            E("Planned Putin–Trump summit in Budapest shelved", "CONSULT", ["Vladimir Putin", "Donald Trump"],
              "2025-10", "text", "cancelled", "which was shelved in October"),
            E("Orbán meets Trump at the White House", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2025-11-07",
              "text", "occurred", "secured an exemption from US sanctions"),
            E("US grants Hungary an exemption from the Rosneft and Lukoil sanctions", "CONCEDE",
              ["Donald Trump", "Viktor Orbán"], "2025-11-07", "text", "occurred",
              "secured an exemption from US sanctions"),
            E("Ukrainian drones strike a Druzhba pumping station in Russia", "ASSAULT", ["Ukraine", "Russia"],
              "2025-08", "text", "occurred", "Ukrainian drones struck a pumping station"),
            E("Sybiha accuses Orbán of buying cheap gas with Ukrainian blood", "ACCUSE",
              ["Andrii Sybiha", "Viktor Orbán"], "2025-11-28TEV", "text", "occurred", "wrote on X on Friday evening"),
            E("Kallas warns against rewarding the aggressor", "ACCUSE", ["Kaja Kallas", "Viktor Orbán"], "2025-11-29",
              "text", "occurred", "reward the aggressor"),
            E("Orbán backs the US 28-point peace plan", "SUPPORT", ["Viktor Orbán", "United States"], "2025-11-28",
              "context", "occurred", "voiced support for the US 28-point peace plan"),
            E("Orbán urges European leaders to open a channel to Moscow", "REQUEST",
              ["Viktor Orbán", "European Union"], "2025-11-28", "context", "occurred",
              "voiced support for the US 28-point peace plan"),
            E("Witkoff to discuss the revised plan with Putin in Moscow", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2025-W49", "text", "planned", "is expected in Moscow next week"),
        ],
        [
            S("Viktor Orbán", "Putin guaranteed Hungary's oil and gas supplies this winter and beyond", "2025-11-28",
              "context", "Putin had guaranteed"),
            S("Viktor Orbán", "They also discussed Paks II and a possible Russian–American summit in Budapest",
              "2025-11-28", "context", "The two also discussed the Paks II"),
            S("Vladimir Putin, via Kremlin", "Thanks Orbán for his balanced position and praises Hungary's "
              "independent course", "2025-11-28", "context", "According to the Kremlin's readout"),
            S("Dmitry Peskov", "Budapest remains on the table as a venue for a Putin–Trump meeting", "2025-11-28",
              "text", "Kremlin spokesman Dmitry Peskov told reporters on Friday"),
            S("United States", "The waiver runs for one year", "2025-11-29", "published",
              "Washington says the waiver runs"),
            S("Andrii Sybiha", "Orbán is buying cheap gas with Ukrainian blood", "2025-11-28TEV", "text",
              "wrote on X on Friday evening"),
            S("Kaja Kallas", "No European leader should reward the aggressor", "2025-11-29", "text",
              "reward the aggressor"),
            S("European Union", "Commission: the EU ban on Russian gas will apply to Hungary too", "2025-11-29",
              "context", "reward the aggressor"),
            S("Viktor Orbán", "The US plan is the best chance for peace in years; Europe should open its own channel "
              "to Moscow", "2025-11-28", "context", "voiced support for the US 28-point peace plan"),
        ],
        ["Viktor Orbán", "Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov", "United States", "Donald Trump",
         "Ukraine", "Andrii Sybiha", "Kaja Kallas", "European Union", "Steve Witkoff"],
    ),
    doc(
        "b77en05_turnberry_trade_deal_energy_2025_07", "2025-07-28", EN05,
        [
            T("Sunday", "DATE", "2025-07-27", 0),
            T("an hour", "DURATION", "PT1H"),
            T("earlier this month", "DATE", "2025-07"),
            T("three years", "DURATION", "P3Y"),
            T("Sunday night", "TIME", "2025-07-27TNI"),
            T("Monday", "DATE", "2025-07-28"),
            T("July 18", "DATE", "2025-07-18"),
            T("September", "DATE", "2025-09"),
            T("the same day", "DATE", "2025-07-18"),
            T("today", "DATE", "2025-07-28"),
            T("Sunday", "DATE", "2025-07-27", 2),
            T("50-day", "DURATION", "P50D"),
            T("July 14", "DATE", "2025-07-14"),
        ],
        [
            E("Trump and von der Leyen meet at Turnberry", "CONSULT", ["Donald Trump", "Ursula von der Leyen"],
              "2025-07-27", "text", "occurred", "struck a trade deal at the President's golf resort"),
            E("Trump and von der Leyen agree a trade deal", "AGREE", ["Donald Trump", "Ursula von der Leyen"],
              "2025-07-27", "text", "occurred", "struck a trade deal at the President's golf resort"),
            E("Trump's letter threatening a 30 per cent tariff on EU goods", "THREATEN",
              ["Donald Trump", "European Union"], "2025-07", "text", "occurred", "half the 30 per cent rate",
              note="the tariff was to apply from 1 August 2025"),
            E("EU pledges to buy $750 billion of US energy over three years", "AGREE",
              ["European Union", "United States"], "2025-07-27", "context", "occurred",
              "the EU would buy $750 billion"),
            E("EU agrees to invest $600 billion in the US", "AGREE", ["European Union", "United States"],
              "2025-07-27", "context", "occurred", "The EU also agreed to invest"),
            E("Merz welcomes the agreement", "SUPPORT", ["Friedrich Merz", "European Union", "United States"],
              "2025-07-28", "published", "occurred", "welcomed the agreement"),
            E("French prime minister criticises the deal as a dark day", "ACCUSE", ["France", "European Union"],
              "2025-07-28", "published", "occurred", "welcomed the agreement"),
            E("Orbán mocks von der Leyen over the deal", "ACCUSE", ["Viktor Orbán", "Ursula von der Leyen"],
              "2025-07-28", "published", "occurred", "mocked the outcome"),
            E("Kremlin derides Europe for swapping cheap Russian energy for expensive US energy", "ACCUSE",
              ["Kremlin", "European Union"], "2025-07-28", "published", "occurred",
              "The Kremlin said Europe was swapping"),
            E("EU ambassadors to be briefed on the deal", "CONSULT", ["European Union"], "2025-07-28", "text",
              "planned", "EU ambassadors will be briefed"),
            E("EU adopts its 18th sanctions package with a lower oil price cap", "SANCTION",
              ["European Union", "Russia"], "2025-07-18", "text", "occurred", "The EU's 18th sanctions package"),
            E("Britain matches the lower price cap", "SANCTION", ["United Kingdom", "Russia"], "2025-07-18", "text",
              "occurred", "Britain matched the lower cap"),
            E("Washington declines to follow the lower cap", "REJECT", ["United States", "European Union"],
              "2025-07-28", "published", "occurred", "Britain matched the lower cap"),
            E("Trump to hold talks with Starmer at Turnberry", "CONSULT", ["Donald Trump", "Keir Starmer"],
              "2025-07-28", "text", "planned", "will hold talks with Sir Keir Starmer"),
            E("Trump says he is disappointed in Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-07-27",
              "text", "occurred", "he was \"disappointed\" in Vladimir Putin"),
            E("Trump gives Putin a 50-day deadline", "THREATEN", ["Donald Trump", "Vladimir Putin"], "2025-07-14",
              "text", "occurred", "he was \"disappointed\" in Vladimir Putin",
              note="deadline of early September 2025"),
        ],
        [
            S("Donald Trump", "Most EU exports to the US will face a 15 per cent tariff", "2025-07-27", "context",
              "Mr Trump announced that most EU exports"),
            S("Ursula von der Leyen", "The EU will buy $750 billion of US energy to replace Russian gas and oil; too "
              "much Russian LNG still comes in", "2025-07-27", "context", "the EU would buy $750 billion"),
            S("Donald Trump", "The EU agreed to invest $600 billion in the US", "2025-07-27", "context",
              "The EU also agreed to invest"),
            S("Friedrich Merz", "The agreement avoids an unnecessary escalation", "2025-07-28", "published",
              "welcomed the agreement"),
            S("France", "Bayrou: a dark day", "2025-07-28", "published", "welcomed the agreement"),
            S("Viktor Orbán", "Trump ate von der Leyen for breakfast", "2025-07-28", "published",
              "mocked the outcome"),
            S("Kremlin", "Europe swaps cheap Russian energy for expensive American energy and will pay the price",
              "2025-07-28", "published", "The Kremlin said Europe was swapping"),
            S("Volodymyr Zelensky", "Every cubic metre of Russian gas Europe stops buying means fewer drones",
              "2025-07-27TNI", "text", "means fewer drones over our cities"),
            S("Donald Trump", "Disappointed in Putin; will shorten the 50-day deadline", "2025-07-27", "text",
              "he was \"disappointed\" in Vladimir Putin"),
            S("Kremlin", "Took note of the ultimatum", "2025-07-28", "published", "took note"),
        ],
        ["Donald Trump", "Ursula von der Leyen", "European Union", "United States", "Russia", "Germany",
         "Friedrich Merz", "France", "Viktor Orbán", "Kremlin", "Volodymyr Zelensky", "Ukraine", "United Kingdom",
         "Keir Starmer", "Vladimir Putin"],
    ),
    doc(
        "b77en06_eu_price_cap_cut_4410_2026_01", "2026-01-16", EN06,
        [
            T("Feb. 1", "DATE", "2026-02-01"),
            T("Thursday", "DATE", "2026-01-15", 0),
            T("currently", "DATE", "PRESENT_REF"),
            T("every six months", "SET", "P6M"),
            T("the previous 22 weeks", "DURATION", "P22W"),
            T("2022", "DATE", "2022"),
            T("Friday", "DATE", "2026-01-16", 0),
            T("October", "DATE", "2025-10"),
            T("Friday", "DATE", "2026-01-16", 1),
            T("last month", "DATE", "2025-12"),
            T("June 30", "DATE", "2026-06-30"),
            T("three years", "DURATION", "P3Y"),
            T("Thursday", "DATE", "2026-01-15", 1),
            T("a month", "SET", "P1M"),
            T("Feb. 24", "DATE", "2026-02-24"),
            T("a day", "SET", "P1D"),
            T("February", "DATE", "2026-02"),
            T("next week", "DATE", "2026-W04"),
            T("Wednesday", "DATE", "2026-01-14"),
        ],
        [
            E("EU to lower its price cap on Russian crude to $44.10", "SANCTION", ["European Union", "Russia"],
              "2026-02-01", "text", "planned", "will lower its price cap"),
            E("Britain to match the new cap", "SANCTION", ["United Kingdom", "Russia"], "2026-02-01", "context",
              "planned", "Britain said it would match the new level"),
            E("US Treasury: no plans to move from the $60 cap", "REJECT", ["United States", "European Union"],
              "2026-01-15", "context", "occurred", "Britain said it would match the new level"),
            E("US blacklists Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10", "text",
              "occurred", "since the U.S. blacklisted Rosneft and Lukoil"),
            E("Peskov: Russia will not sell a single barrel under the cap", "REJECT",
              ["Dmitry Peskov", "European Union"], "2026-01-16", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said Friday"),
            E("Putin extends his decree banning oil sales to buyers applying the cap", "SANCTION", ["Vladimir Putin"],
              "2025-12", "text", "occurred", "last month extended until June 30"),
            E("Zelensky urges the EU to cut the cap to $30", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2026-01-15", "text", "occurred", "urged the EU on Thursday"),
            E("EU's 20th sanctions package with a maritime services ban, to be agreed by 24 February", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "the bloc's 20th sanctions package"),
            E("Talks of US, Russian and Ukrainian negotiators in Abu Dhabi", "CONSULT",
              ["Steve Witkoff", "Russia", "Ukraine"], "2026-W04", "text", "planned", "prepare for talks with Russian"),
            E("Trump: sanctions relief depends on real progress toward a ceasefire", "REQUEST",
              ["Donald Trump", "Russia"], "2026-01-14", "text", "occurred", "President Donald Trump said Wednesday"),
        ],
        [
            S("European Union", "Commission: the cap falls to $44.10 a barrel from 1 February", "2026-01-15", "text",
              "will lower its price cap"),
            S("United Kingdom", "Britain will match the new level", "2026-01-15", "context",
              "Britain said it would match the new level"),
            S("United States", "Treasury: Washington has no plans to move from the $60 cap", "2026-01-15",
              "context", "Britain said it would match the new level"),
            S("Dmitry Peskov", "Russia will not sell a single barrel under the cap; the measure is illegal",
              "2026-01-16", "text", "Kremlin spokesman Dmitry Peskov said Friday"),
            S("Kirill Dmitriev", "Price caps have failed for three years in a row", "2026-01-16", "published",
              "Kirill Dmitriev"),
            S("Volodymyr Zelensky", "The EU should cut the cap to $30; Russia still earns billions a month from oil",
              "2026-01-15", "text", "urged the EU on Thursday"),
            S("Kaja Kallas", "The 20th package, to be agreed by 24 February, will include a full maritime services "
              "ban", "2026-01-16", "published", "the bloc's 20th sanctions package"),
            S("Donald Trump", "Easing sanctions on Russian energy depends on real progress toward a ceasefire",
              "2026-01-14", "text", "President Donald Trump said Wednesday"),
        ],
        ["European Union", "Russia", "United Kingdom", "United States", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Kirill Dmitriev", "Ukraine", "Volodymyr Zelensky", "Kaja Kallas", "Steve Witkoff", "Donald Trump"],
    ),
]
