"""English articles of the blind117 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b117en01 (LNG Prime)
EN01 = """
Baltic states halt Russian gas imports as Klaipeda FSRU takes over

Lithuania, Latvia and Estonia stopped importing natural gas from Russia at the start of April, the region's grid operators said, with the Independence FSRU in the Lithuanian port of Klaipeda taking over supply.
"Since April 1, Russian natural gas is not flowing to Latvia, Estonia and Lithuania," Uldis Bariss, chief executive of Latvian transmission system operator Conexus Baltic Grid, said on Saturday.
Lithuanian President Gitanas Nauseda said the same day that his country had become the first EU member to give up Russian gas entirely, and urged the rest of Europe to follow.
Demand in the three countries is now met from the Klaipeda terminal and from gas stored at the Incukalns underground facility in Latvia.

The halt coincided with a decree by Russian President Vladimir Putin that took effect on Friday and requires buyers from "unfriendly" countries to pay for Russian gas in rubles through accounts at Gazprombank.
Putin signed the decree on Thursday and warned that existing contracts would be stopped if buyers refused to pay.
G7 energy ministers rejected the ruble demand as a breach of contract on March 28.
In Berlin, Chancellor Olaf Scholz said on Friday that German companies would keep paying in euros, as their contracts stipulate.

Kremlin spokesman Dmitry Peskov told reporters on Monday that Russia would "not supply gas for free" and that Europe's attempts to abandon Russian energy would hurt European consumers first.
Gazprom said deliveries to its European customers continued in line with their requests.

The European Union is racing to cut its dependence on Russian gas.
Commission President Ursula von der Leyen and U.S. President Joe Biden agreed in Brussels on March 25 that the United States would supply at least 15 Bcm of additional LNG to Europe this year.
Poland has said it will stop importing Russian gas by the end of the year, when its Baltic Pipe link to Norway is due to start.
Estonian Prime Minister Kaja Kallas said on Sunday that Tallinn was currently in talks with Finland on leasing a floating terminal for the port of Paldiski before next winter.

According to operator KN, the Klaipeda terminal, which started operations in December 2014, received 41 cargoes last year, most of them from Norway and the United States.
From May, Lithuania will also be able to send regasified LNG to Poland through the new GIPL interconnector.
The FSRU, chartered from Hoegh LNG, has a regasification capacity of about 3.75 Bcm per year, more than the combined demand of the three Baltic states.
"""

DOCS.append(doc(
    "b117en01_baltic_states_halt_russian_gas_2022_04", "2022-04-04", EN01,
    [
        T("the start of April", "DATE", "2022-04", mod="START"),
        T("April 1", "DATE", "2022-04-01"),
        T("Saturday", "DATE", "2022-04-02"),
        T("the same day", "DATE", "2022-04-02"),
        T("now", "DATE", "PRESENT_REF"),
        T("Friday", "DATE", "2022-04-01", 0),
        T("Thursday", "DATE", "2022-03-31"),
        T("March 28", "DATE", "2022-03-28"),
        T("Friday", "DATE", "2022-04-01", 1),
        T("Monday", "DATE", "2022-04-04"),
        T("March 25", "DATE", "2022-03-25"),
        T("this year", "DATE", "2022"),
        T("the end of the year", "DATE", "2022", mod="END"),
        T("Sunday", "DATE", "2022-04-03"),
        T("currently", "DATE", "PRESENT_REF"),
        T("next winter", "DATE", "2022-WI"),
        T("December 2014", "DATE", "2014-12"),
        T("last year", "DATE", "2021"),
        T("May", "DATE", "2022-05"),
        T("per year", "SET", "P1Y"),
    ],
    [
        E("Lithuania, Latvia and Estonia stop importing Russian gas", "SANCTION", ["Russia"], "2022-04", "text",
          "occurred", "stopped importing natural gas from Russia", date_mod="START"),
        E("Nauseda urges the rest of Europe to give up Russian gas", "REQUEST", ["European Union", "Russia"],
          "2022-04-02", "text", "occurred", "Lithuanian President Gitanas Nauseda"),
        E("Putin decree requires gas payments in rubles", "REQUEST", ["Vladimir Putin"], "2022-03-31", "text",
          "occurred", "Putin signed the decree on Thursday", note="in force from Friday 1 April"),
        E("Putin warns contracts will be stopped if buyers refuse to pay in rubles", "THREATEN", ["Vladimir Putin"],
          "2022-03-31", "text", "occurred", "Putin signed the decree on Thursday"),
        E("G7 energy ministers reject the ruble demand", "REJECT",
          ["United States", "Germany", "France", "United Kingdom", "Vladimir Putin"], "2022-03-28", "text",
          "occurred", "G7 energy ministers rejected"),
        E("Scholz: German companies will keep paying in euros", "REJECT", ["Olaf Scholz", "Vladimir Putin"],
          "2022-04-01", "text", "occurred", "In Berlin, Chancellor Olaf Scholz"),
        E("Peskov: Russia will not supply gas for free", "THREATEN", ["Dmitry Peskov", "European Union"],
          "2022-04-04", "text", "occurred", "not supply gas for free"),
        E("Von der Leyen and Biden agree on additional US LNG for Europe", "AGREE",
          ["Ursula von der Leyen", "Joe Biden"], "2022-03-25", "text", "occurred", "agreed in Brussels on March 25"),
        E("Poland to stop importing Russian gas by the end of the year", "SANCTION", ["Poland", "Russia"], "2022",
          "text", "planned", "Poland has said", date_mod="END"),
        E("Estonia in talks with Finland on leasing a floating LNG terminal", "CONSULT", ["Kaja Kallas"],
          "PRESENT_REF", "vague", "occurred", "Estonian Prime Minister Kaja Kallas"),
        E("Lithuania to send regasified LNG to Poland through GIPL", "COOPERATE", ["Poland"], "2022-05", "text",
          "planned", "GIPL interconnector", date_mod="START"),
    ],
    [
        S("Vladimir Putin", "Existing contracts will be stopped if buyers refuse to pay in rubles", "2022-03-31",
          "context", "Putin signed the decree on Thursday"),
        S("Olaf Scholz", "German companies will keep paying in euros, as their contracts stipulate", "2022-04-01",
          "text", "In Berlin, Chancellor Olaf Scholz"),
        S("Dmitry Peskov", "Russia will not supply gas for free; abandoning Russian energy hurts European consumers "
          "first", "2022-04-04", "text", "not supply gas for free"),
        S("Russia", "Gazprom: deliveries to European customers continue in line with their requests", "2022-04-04",
          "published", "Gazprom said deliveries"),
        S("Poland", "Poland will stop importing Russian gas by the end of the year", "2022-04-04", "published",
          "Poland has said"),
        S("Kaja Kallas", "Estonia is in talks with Finland on leasing a floating terminal for Paldiski", "2022-04-03",
          "text", "Estonian Prime Minister Kaja Kallas"),
    ],
    ["Russia", "European Union", "Vladimir Putin", "United States", "Germany", "France", "United Kingdom",
     "Olaf Scholz", "Kremlin", "Dmitry Peskov", "Ursula von der Leyen", "Joe Biden", "Poland", "Kaja Kallas"],
))

# ---------------------------------------------------------------- b117en02 (Railway Gazette International)
EN02 = """
Lithuania resumes rail transit of sanctioned goods to Kaliningrad

LTG Cargo has resumed accepting consignments of sanctioned goods moving by rail between mainland Russia and the Kaliningrad exclave, following guidance issued by the European Commission on July 13.
The first train of the new regime, 50 wagons of cement, crossed the border at Kybartai on Saturday morning, Lithuanian Railways said.
Consignments are being checked against the average volumes shipped over the last three years, which the Commission set as the ceiling for essential traffic.

Lithuania stopped the rail transit of goods subject to EU sanctions, including steel and ferrous metals, on June 18, citing the EU's fourth sanctions package.
The list was extended to cement, alcohol and other goods on July 10, when transitional periods expired.
According to Kaliningrad governor Anton Alikhanov, the restrictions affected around half of the freight moved between the exclave and the rest of Russia.

On Thursday, EU ministers adopted a further "maintenance and alignment" sanctions package, which bans imports of Russian gold and writes the Commission's interpretation of the transit rules into law.
A Commission spokesperson said on Friday that the EU was "not blockading" Kaliningrad and that member states would continue to check every consignment.

Russian Railways said it had resumed loading at its stations and expected traffic to return to normal levels over the coming weeks.
Kremlin spokesman Dmitry Peskov said on Monday that the resumption was "a step in the right direction", but that volume caps were unacceptable and Moscow expected transit to be fully restored.
Alikhanov said the region would nevertheless keep expanding the ferry service between Ust-Luga and Baltiysk, which has been reinforced with three more vessels since June.

The route via Vilnius and Kaunas to Kybartai and on to Chernyakhovsk is the exclave's only rail link with the rest of Russia, and is operated with 1520 mm gauge equipment throughout.
Kaliningrad transit accounted for about 5% of LTG Cargo's freight last year, the company said.
Passenger trains between Moscow and Kaliningrad, which cross Lithuania in sealed coaches under a facilitated transit regime agreed in 2003, have not been affected.
"""

DOCS.append(doc(
    "b117en02_kaliningrad_rail_transit_resumes_2022_07", "2022-07-25", EN02,
    [
        T("July 13", "DATE", "2022-07-13"),
        T("Saturday morning", "TIME", "2022-07-23TMO"),
        T("the last three years", "DURATION", "P3Y"),
        T("June 18", "DATE", "2022-06-18"),
        T("July 10", "DATE", "2022-07-10"),
        T("Thursday", "DATE", "2022-07-21"),
        T("Friday", "DATE", "2022-07-22"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("Monday", "DATE", "2022-07-25"),
        T("June", "DATE", "2022-06", 1),
        T("last year", "DATE", "2021"),
        T("2003", "DATE", "2003"),
    ],
    [
        E("Commission guidance allows rail transit of sanctioned goods to Kaliningrad", "CONCEDE",
          ["European Union", "Russia"], "2022-07-13", "text", "occurred", "following guidance issued"),
        E("First train of sanctioned goods crosses Lithuania to Kaliningrad", "CONCEDE", ["Russia"],
          "2022-07-23TMO", "text", "occurred", "The first train of the new regime"),
        E("Lithuania stops rail transit of sanctioned goods to Kaliningrad", "SANCTION", ["European Union", "Russia"],
          "2022-06-18", "text", "occurred", "Lithuania stopped the rail transit"),
        E("Transit ban extended to cement and alcohol", "SANCTION", ["European Union", "Russia"], "2022-07-10",
          "text", "occurred", "The list was extended"),
        E("EU adopts the maintenance and alignment sanctions package", "SANCTION", ["European Union", "Russia"],
          "2022-07-21", "text", "occurred", "maintenance and alignment"),
        E("Commission denies blockading Kaliningrad", "REJECT", ["European Union", "Russia"], "2022-07-22", "text",
          "occurred", "not blockading"),
        E("Peskov welcomes the resumption as a step in the right direction", "SUPPORT", ["Dmitry Peskov"],
          "2022-07-25", "text", "occurred", "a step in the right direction"),
        E("Peskov demands full restoration of transit without volume caps", "REQUEST",
          ["Dmitry Peskov", "European Union"], "2022-07-25", "text", "occurred", "a step in the right direction"),
        E("Facilitated rail transit regime for passengers agreed", "AGREE", ["Russia", "European Union"], "2003",
          "text", "occurred", "facilitated transit regime"),
    ],
    [
        S("Russia", "Alikhanov: the restrictions affected about half of the freight between the exclave and Russia",
          "2022-07-25", "published", "According to Kaliningrad governor"),
        S("European Union", "The EU is not blockading Kaliningrad; member states keep checking every consignment",
          "2022-07-22", "text", "not blockading"),
        S("Russia", "Russian Railways resumed loading and expects traffic to return to normal", "2022-07-25",
          "published", "Russian Railways said"),
        S("Dmitry Peskov", "A step in the right direction, but volume caps are unacceptable; transit must be fully "
          "restored", "2022-07-25", "text", "a step in the right direction"),
        S("Russia", "Alikhanov: the region will keep expanding the ferry service", "2022-07-25", "published",
          "Alikhanov said the region"),
    ],
    ["European Union", "Russia", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b117en03 (Power Engineering International)
EN03 = """
Baltic states to quit Russian-controlled grid in February 2025, a year early

Estonia, Latvia and Lithuania will disconnect their power systems from the Russian-controlled BRELL ring in February 2025, almost a year earlier than planned, the three countries' transmission system operators said on Wednesday.
The timetable was endorsed by the prime ministers of the three states, who met in Riga on Tuesday evening.
"We will no longer be hostage to the whims of the Kremlin," Estonian Prime Minister Kaja Kallas said after the meeting.
Synchronisation with the Continental European Synchronous Area had previously been scheduled for the end of 2025.

Elering, Augstsprieguma tikls and Litgrid said the remaining work, including the installation of synchronous condensers in all three countries, would be completed by the end of next year.
The Baltic systems will first be tied to continental Europe through the existing 500 MW LitPol Link between Lithuania and Poland.
A 700 MW undersea cable between the two countries, the Harmony Link, is due to follow by 2030.
The European Union has committed around EUR1.2 billion from the Connecting Europe Facility to the project since 2019.

Officials say the risk that Russia could cut the Baltic states off at short notice has grown since the full-scale invasion of Ukraine in February 2022.
Under the BRELL agreement, the operators must notify Russia and Belarus of their exit six months in advance.
Litgrid chief executive Rokas Masiulis said the notice would be served "at the right moment", probably in the summer of 2024.
Lithuania tested island operation for the first time in April, running its system in isolation for ten hours.

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that the decision was the Baltic states' "sovereign right", but accused them of acting out of Russophobia at the expense of their own consumers.
He said Russia had done everything necessary to guarantee the power supply of the Kaliningrad region, which since 2020 has been able to run on its own gas-fired plants.
Belarus, whose Astravets nuclear plant lost its Lithuanian market in 2020, said it would adjust the operation of its grid in coordination with Moscow.

EU Energy Commissioner Kadri Simson welcomed the decision, saying that ending the Baltic states' dependence on the Russian grid was "a matter of security for the whole Union".
"""

DOCS.append(doc(
    "b117en03_baltic_grid_exit_brought_forward_2023_08", "2023-08-03", EN03,
    [
        T("February 2025", "DATE", "2025-02", 0),
        T("a year", "DURATION", "P1Y"),
        T("February 2025", "DATE", "2025-02", 1),
        T("almost a year", "DURATION", "P1Y", mod="APPROX"),
        T("Wednesday", "DATE", "2023-08-02"),
        T("Tuesday evening", "TIME", "2023-08-01TEV"),
        T("the end of 2025", "DATE", "2025", mod="END"),
        T("the end of next year", "DATE", "2024", mod="END"),
        T("2030", "DATE", "2030"),
        T("2019", "DATE", "2019"),
        T("February 2022", "DATE", "2022-02"),
        T("six months", "DURATION", "P6M"),
        T("the summer of 2024", "DATE", "2024-SU"),
        T("April", "DATE", "2023-04"),
        T("ten hours", "DURATION", "PT10H"),
        T("Thursday", "DATE", "2023-08-03"),
        T("2020", "DATE", "2020", 0),
        T("2020", "DATE", "2020", 1),
    ],
    [
        E("Baltic states to disconnect from the BRELL ring in February 2025", "SANCTION", ["Russia", "Belarus"],
          "2025-02", "text", "planned", "will disconnect their power systems"),
        E("Baltic prime ministers meet in Riga", "CONSULT", ["Kaja Kallas"], "2023-08-01TEV", "text", "occurred",
          "who met in Riga"),
        E("Baltic prime ministers endorse the earlier timetable", "AGREE", ["Kaja Kallas"], "2023-08-01TEV",
          "text", "occurred", "who met in Riga"),
        E("Baltic grids to be tied to continental Europe through the LitPol Link", "COOPERATE", ["Poland"],
          "2025-02", "context", "planned", "500 MW LitPol Link"),
        E("Harmony Link undersea cable with Poland due by 2030", "COOPERATE", ["Poland"], "2030", "text", "planned",
          "Harmony Link"),
        E("The EU funds the synchronisation project", "AID", ["European Union"], "2019", "text", "occurred",
          "Connecting Europe Facility", date_mod="START"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
          "occurred", "since the full-scale invasion of Ukraine"),
        E("Operators to notify Russia and Belarus of the BRELL exit", "SANCTION", ["Russia", "Belarus"], "2024-SU",
          "text", "planned", "at the right moment"),
        E("Peskov accuses the Baltic states of acting out of Russophobia", "ACCUSE", ["Dmitry Peskov"],
          "2023-08-03", "text", "occurred", "sovereign right"),
        E("Belarus to adjust its grid in coordination with Moscow", "COOPERATE", ["Belarus", "Russia"], "2023-08-03",
          "published", "planned", "said it would adjust the operation"),
        E("EU Commissioner welcomes the decision", "SUPPORT", ["European Union"], "2023-08-03", "published",
          "occurred", "Kadri Simson welcomed"),
    ],
    [
        S("Kaja Kallas", "We will no longer be hostage to the whims of the Kremlin", "2023-08-01", "context",
          "We will no longer be hostage"),
        S("Dmitry Peskov", "The decision is the Baltic states' sovereign right, but taken out of Russophobia at their "
          "consumers' expense", "2023-08-03", "text", "sovereign right"),
        S("Dmitry Peskov", "Russia has done everything necessary to guarantee Kaliningrad's power supply",
          "2023-08-03", "context", "He said Russia had done everything necessary"),
        S("Belarus", "Will adjust the operation of its grid in coordination with Moscow", "2023-08-03", "published",
          "said it would adjust the operation"),
        S("European Union", "Simson: ending the dependence on the Russian grid is a matter of security for the Union",
          "2023-08-03", "published", "Kadri Simson welcomed"),
    ],
    ["Russia", "Belarus", "Kremlin", "Kaja Kallas", "Poland", "European Union", "Ukraine", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b117en04 (Energy Monitor)
EN04 = """
Baltic states give Russia formal notice they will leave the Soviet-era grid

Estonia, Latvia and Lithuania formally notified Russia and Belarus on Friday that they will withdraw from the BRELL electricity agreement, clearing the way for their power systems to leave the Soviet-era grid early next year.
The notice was delivered by the three transmission system operators to their counterparts in Moscow and Minsk, Lithuania's energy ministry said.
The BRELL agreement, signed in 2001, requires six months' notice, which means the exit cannot take place before late January.

The operators are expected to announce an exact date in the autumn, and industry officials have pointed to the first half of February.
The switch will come in two steps: a day or so of "island mode", in which the Baltic grid balances itself, followed by synchronisation with continental Europe through the link with Poland.
Poland's grid operator PSE has said it stands ready to support the Baltic systems during the switch.

"This is the last step in leaving the Soviet legacy behind," Kaja Kallas said on Friday, in one of her last appearances as Estonia's head of government.
Kallas, who resigned as prime minister last week to become the EU's next foreign policy chief, hands over to Kristen Michal, who is due to be sworn in on Tuesday.

Russia has been preparing the Kaliningrad exclave, which will lose its only grid connection to the rest of Russia, for years.
In May, Russia's system operator ran the region in isolated mode for several days as a test.
Kaliningrad has four gas-fired plants and a floating LNG terminal, the Marshal Vasilevskiy, commissioned in 2019.
Kremlin spokesman Dmitry Peskov said on Monday that Russia had "taken all necessary measures" to keep the region supplied, and called the Baltic decision "unfriendly" but expected.
Foreign ministry spokeswoman Maria Zakharova said the Baltic states were "burning bridges" at the behest of Brussels and Washington.
The Belarusian energy ministry said the country's grid would remain stable.

The project has cost around EUR1.6bn, three-quarters of it covered by EU funds.
Security has become a central concern: the NATO summit in Washington earlier this month agreed to step up the protection of critical infrastructure, including undersea cables in the Baltic Sea.
For Baltic consumers, grid operators expect a slight rise in network tariffs to pay for reserve capacity once the region balances its own frequency.
"""

DOCS.append(doc(
    "b117en04_baltic_brell_exit_notice_2024_07", "2024-07-22", EN04,
    [
        T("Friday", "DATE", "2024-07-19", 0),
        T("early next year", "DATE", "2025", mod="START"),
        T("2001", "DATE", "2001"),
        T("six months", "DURATION", "P6M"),
        T("late January", "DATE", "2025-01", mod="END"),
        T("the autumn", "DATE", "2024-FA"),
        T("the first half of February", "DATE", "2025-02", mod="START"),
        T("a day or so", "DURATION", "P1D", mod="APPROX"),
        T("Friday", "DATE", "2024-07-19", 1),
        T("last week", "DATE", "2024-W29"),
        T("Tuesday", "DATE", "2024-07-23"),
        T("years", "DURATION", "PXY"),
        T("May", "DATE", "2024-05"),
        T("several days", "DURATION", "PXD"),
        T("2019", "DATE", "2019"),
        T("Monday", "DATE", "2024-07-22"),
        T("this month", "DATE", "2024-07"),
    ],
    [
        E("Baltic states formally notify Russia and Belarus of their exit from BRELL", "SANCTION",
          ["Russia", "Belarus"], "2024-07-19", "text", "occurred", "formally notified Russia and Belarus on Friday"),
        E("Baltic grids to leave the Soviet-era system", "SANCTION", ["Russia", "Belarus"], "2025", "text",
          "planned", "formally notified Russia and Belarus on Friday", date_mod="START"),
        E("BRELL agreement signed", "AGREE", ["Russia", "Belarus"], "2001", "text", "occurred",
          "The BRELL agreement, signed in 2001"),
        E("Baltic grids to synchronise with continental Europe through Poland", "COOPERATE", ["Poland"], "2025-02",
          "context", "planned", "The switch will come in two steps", date_mod="START"),
        E("Poland's PSE stands ready to support the Baltic systems", "AGREE", ["Poland"], "2024-07-22", "published",
          "occurred", "Poland's grid operator PSE"),
        E("Peskov calls the Baltic decision unfriendly", "ACCUSE", ["Dmitry Peskov"], "2024-07-22", "text",
          "occurred", "Kremlin spokesman Dmitry Peskov"),
        E("Zakharova: the Baltic states burn bridges at the behest of Brussels and Washington", "ACCUSE",
          ["Maria Zakharova", "European Union", "United States"], "2024-07-22", "published", "occurred",
          "burning bridges"),
        E("NATO summit in Washington agrees to step up protection of critical infrastructure", "AGREE", ["NATO"],
          "2024-07", "text", "occurred", "the NATO summit in Washington", note="summit of 9-11 July 2024"),
    ],
    [
        S("Poland", "PSE stands ready to support the Baltic systems during the switch", "2024-07-22", "published",
          "Poland's grid operator PSE"),
        S("Kaja Kallas", "This is the last step in leaving the Soviet legacy behind", "2024-07-19", "text",
          "This is the last step"),
        S("Dmitry Peskov", "Russia has taken all necessary measures; the Baltic decision is unfriendly but expected",
          "2024-07-22", "text", "Kremlin spokesman Dmitry Peskov"),
        S("Maria Zakharova", "The Baltic states are burning bridges at the behest of Brussels and Washington",
          "2024-07-22", "published", "burning bridges"),
        S("Belarus", "Energy ministry: the Belarusian grid will remain stable", "2024-07-22", "published",
          "The Belarusian energy ministry"),
    ],
    ["Russia", "Belarus", "Poland", "Kaja Kallas", "European Union", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
     "United States", "NATO"],
))

# ---------------------------------------------------------------- b117en05 (UNITED24 Media)
EN05 = """
Baltic states join Europe's power grid, ending their dependence on Russia

Estonia, Latvia and Lithuania synchronized their power grids with the continental European network on Sunday, completing a break with a system that Moscow had controlled for more than three decades.
The connection was made at 14:05 local time through the LitPol Link between Lithuania and Poland, after the three countries had cut their last ties to the Russian and Belarusian grids on Saturday morning.
For roughly 24 hours in between, the Baltic grid ran on its own in "island mode" without any major disruption, the operators said.

At a ceremony in Vilnius, European Commission President Ursula von der Leyen called the moment "freedom from threats, freedom from blackmail".
"Russia can no longer use electricity as a weapon against the Baltic states," she said, adding that the EU had paid for most of the 1.6 billion euro project.
Polish President Andrzej Duda, who attended alongside the presidents of the three Baltic states, said Poland would protect the link "as its own critical infrastructure".
Polish military helicopters have been patrolling the route of the LitPol Link since Friday.

President Volodymyr Zelensky congratulated the three countries on Sunday evening.
"Every step that takes energy out of Russia's hands makes Europe stronger," he wrote on X.
Ukraine went through the same process under fire: its grid was disconnected from the Russian system for a planned test on the morning of February 24, 2022, the day the full-scale invasion began, and was never reconnected.
Emergency synchronization with continental Europe followed on March 16, 2022.

In Moscow, Kremlin spokesman Dmitry Peskov said on Monday that the Baltic move "does not concern Russia" and that the Kaliningrad region was running stably on its own generation.
Russian Energy Minister Sergei Tsivilev said the exclave had enough capacity to stay in autonomous mode "for as long as necessary".
Russia's Foreign Ministry accused the Baltic governments of wasting European taxpayers' money on "anti-Russian projects".

Overnight, Russia launched 143 drones and three missiles at Ukraine, the Ukrainian Air Force reported, with energy facilities again among the targets.
The synchronization comes as the EU prepares its 16th sanctions package against Russia, which it aims to adopt by February 24, the third anniversary of the invasion.
"""

DOCS.append(doc(
    "b117en05_baltic_grid_synchronized_europe_2025_02", "2025-02-10", EN05,
    [
        T("Sunday", "DATE", "2025-02-09"),
        T("more than three decades", "DURATION", "P30Y", mod="MORE_THAN"),
        T("14:05 local time", "TIME", "2025-02-09T14:05", note="local time (EET), 13:05 CET"),
        T("Saturday morning", "TIME", "2025-02-08TMO"),
        T("roughly 24 hours", "DURATION", "PT24H", mod="APPROX"),
        T("Friday", "DATE", "2025-02-07"),
        T("Sunday evening", "TIME", "2025-02-09TEV"),
        T("the morning of February 24, 2022", "TIME", "2022-02-24TMO"),
        T("March 16, 2022", "DATE", "2022-03-16"),
        T("Monday", "DATE", "2025-02-10"),
        T("Overnight", "TIME", "2025-02-09TNI", note="night of 9 to 10 February"),
        T("February 24", "DATE", "2025-02-24", 1),
    ],
    [
        E("Baltic grids synchronize with continental Europe", "COOPERATE", ["Poland"], "2025-02-09", "text",
          "occurred", "synchronized their power grids with the continental European network on Sunday",
          note="14:05 local time, through the LitPol Link"),
        E("Baltic states cut their last ties to the Russian and Belarusian grids", "SANCTION", ["Russia", "Belarus"],
          "2025-02-08TMO", "text", "occurred", "The connection was made at"),
        E("Synchronization ceremony in Vilnius with von der Leyen and the Polish president", "CONSULT",
          ["Ursula von der Leyen", "Poland"], "2025-02-09", "context", "occurred", "At a ceremony in Vilnius"),
        E("Von der Leyen: Russia can no longer use electricity as a weapon", "ACCUSE",
          ["Ursula von der Leyen", "Russia"], "2025-02-09", "context", "occurred",
          "Russia can no longer use electricity"),
        E("Duda: Poland will protect the LitPol Link", "AGREE", ["Poland"], "2025-02-09", "context", "occurred",
          "Polish President Andrzej Duda"),
        E("Polish military helicopters patrol the LitPol Link", "MOBILIZE", ["Poland"], "2025-02-07", "text",
          "occurred", "Polish military helicopters"),
        E("Zelensky congratulates the Baltic states", "SUPPORT", ["Volodymyr Zelensky"], "2025-02-09TEV", "text",
          "occurred", "congratulated the three countries"),
        E("Ukraine's grid disconnected from the Russian system", "SANCTION", ["Ukraine", "Russia"], "2022-02-24TMO",
          "text", "occurred", "Ukraine went through the same process"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context",
          "occurred", "Ukraine went through the same process"),
        E("Ukraine's emergency synchronization with continental Europe", "COOPERATE", ["Ukraine"], "2022-03-16",
          "text", "occurred", "Emergency synchronization"),
        E("Russian Foreign Ministry accuses the Baltic governments of wasting money on anti-Russian projects",
          "ACCUSE", ["Russia"], "2025-02-10", "published", "occurred", "Russia's Foreign Ministry accused"),
        E("Russia launches 143 drones and three missiles at Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2025-02-09TNI", "text", "occurred", "143 drones"),
        E("EU to adopt its 16th sanctions package by February 24", "SANCTION", ["European Union", "Russia"],
          "2025-02-24", "text", "planned", "16th sanctions package"),
    ],
    [
        S("Ursula von der Leyen", "The moment means freedom from threats, freedom from blackmail", "2025-02-09",
          "context", "At a ceremony in Vilnius"),
        S("Ursula von der Leyen", "Russia can no longer use electricity as a weapon; the EU paid for most of the "
          "project", "2025-02-09", "context", "Russia can no longer use electricity"),
        S("Poland", "Duda: Poland will protect the link as its own critical infrastructure", "2025-02-09", "context",
          "Polish President Andrzej Duda"),
        S("Volodymyr Zelensky", "Every step that takes energy out of Russia's hands makes Europe stronger",
          "2025-02-09TEV", "context", "Every step that takes energy"),
        S("Dmitry Peskov", "The Baltic move does not concern Russia; Kaliningrad runs stably on its own generation",
          "2025-02-10", "text", "does not concern Russia"),
        S("Russia", "Tsivilev: the exclave can stay in autonomous mode for as long as necessary", "2025-02-10",
          "published", "Sergei Tsivilev"),
        S("Russia", "Foreign Ministry: the Baltic governments waste European taxpayers' money on anti-Russian "
          "projects", "2025-02-10", "published", "Russia's Foreign Ministry accused"),
        S("Ukraine", "Air Force: Russia launched 143 drones and three missiles overnight", "2025-02-10", "published",
          "143 drones"),
    ],
    ["Russia", "Belarus", "Poland", "Ursula von der Leyen", "European Union", "Volodymyr Zelensky", "Ukraine",
     "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b117en06 (Estonian Life / Eesti Elu)
EN06 = """
Estonia closes "Saatse Boot" road after armed Russian border guards appear

TALLINN – Estonia has closed the short stretch of road in the southeastern Setomaa region that runs through Russian territory, after its border guards spotted an unusually large group of armed Russian servicemen on the route on Friday morning.
The Police and Border Guard Board (PPA) said it blocked traffic at both ends of the so-called Saatse Boot at noon on Friday and would keep the road closed until further notice.
Drivers between Värska and Saatse now face a detour of about 15 kilometres.

According to the PPA, a group of seven Russian border guards carrying weapons walked along the road and stood on it for several minutes, which the agency described as unusual activity.
Interior Minister Igor Taro said there was no immediate threat, but that Estonia would not take risks with people's safety.
The road, less than a kilometre long, has long been open to drivers who do not stop, although the land on both sides belongs to Russia.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Saturday that the border guards had been on a "routine patrol on Russian soil" and accused Tallinn of whipping up hysteria before Estonia's local elections on October 19.
Foreign Minister Margus Tsahkna said on Sunday that his ministry would ask the Russian embassy for an explanation.
EU foreign policy chief Kaja Kallas, a former Estonian prime minister, wrote on X on Sunday that Russia was "testing our borders again" and that the European Union stood with Estonia.
A NATO official said the alliance was following the situation closely and was in contact with the Estonian authorities.

The incident is the latest in a series along the Estonian-Russian border.
In September, three Russian MiG-31 fighter jets entered Estonian airspace near Vaindloo island for 12 minutes, prompting Tallinn to request consultations under Article 4 of the NATO treaty.
In May last year, Russian border guards removed buoys marking the navigation channel in the Narva River.
Estonia's parliament amended the constitution in March to strip Russian and Belarusian citizens of the right to vote in local elections, a step Moscow condemned as discrimination.

For many Setos in Canada, whose families come from villages on both sides of the border, the closure is a painful reminder of how Setomaa was divided.
The Toronto Seto Society will discuss the situation at its meeting at Tartu College on Saturday.
"""

DOCS.append(doc(
    "b117en06_estonia_closes_saatse_boot_road_2025_10", "2025-10-13", EN06,
    [
        T("Friday morning", "TIME", "2025-10-10TMO"),
        T("noon", "TIME", "2025-10-10T12:00", note="Estonian time"),
        T("Friday", "DATE", "2025-10-10", 1),
        T("now", "DATE", "PRESENT_REF"),
        T("several minutes", "DURATION", "PTXM"),
        T("Saturday", "DATE", "2025-10-11", 0),
        T("October 19", "DATE", "2025-10-19"),
        T("Sunday", "DATE", "2025-10-12", 0),
        T("Sunday", "DATE", "2025-10-12", 1),
        T("September", "DATE", "2025-09"),
        T("12 minutes", "DURATION", "PT12M"),
        T("May last year", "DATE", "2024-05"),
        T("March", "DATE", "2025-03"),
        T("Saturday", "DATE", "2025-10-18", 1),
    ],
    [
        E("Estonia closes the Saatse Boot road through Russian territory", "SANCTION", ["Russia"],
          "2025-10-10T12:00", "text", "occurred", "blocked traffic at both ends"),
        E("Zakharova accuses Tallinn of whipping up hysteria", "ACCUSE", ["Maria Zakharova"], "2025-10-11", "text",
          "occurred", "routine patrol on Russian soil"),
        E("Estonia to ask the Russian embassy for an explanation", "REQUEST", ["Russia"], "2025-10-12", "text",
          "planned", "Foreign Minister Margus Tsahkna"),
        E("Kallas: Russia is testing our borders again", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-10-12", "text",
          "occurred", "testing our borders again"),
        E("Kallas: the European Union stands with Estonia", "SUPPORT", ["Kaja Kallas", "European Union"],
          "2025-10-12", "text", "occurred", "testing our borders again"),
        E("Estonia requests NATO Article 4 consultations after the MiG-31 incursion", "REQUEST", ["NATO"], "2025-09",
          "text", "occurred", "MiG-31"),
        E("Russian border guards remove buoys in the Narva River", "COERCE", ["Russia"], "2024-05", "text",
          "occurred", "removed buoys"),
        E("Estonia strips Russian and Belarusian citizens of the local vote", "SANCTION", ["Russia", "Belarus"],
          "2025-03", "text", "occurred", "amended the constitution"),
        E("Moscow condemns the amendment as discrimination", "ACCUSE", ["Russia"], "2025-03", "context", "occurred",
          "amended the constitution"),
    ],
    [
        S("Maria Zakharova", "The border guards were on a routine patrol on Russian soil; Tallinn whips up hysteria "
          "before the elections", "2025-10-11", "text", "routine patrol on Russian soil"),
        S("Kaja Kallas", "Russia is testing our borders again; the European Union stands with Estonia", "2025-10-12",
          "text", "testing our borders again"),
        S("NATO", "Official: the alliance follows the situation closely and is in contact with Estonia", "2025-10-13",
          "published", "A NATO official said"),
        S("Russia", "Moscow condemns the constitutional amendment as discrimination", "2025-03", "context",
          "amended the constitution"),
    ],
    ["Russia", "Maria Zakharova", "Kaja Kallas", "European Union", "NATO", "Belarus"],
))
