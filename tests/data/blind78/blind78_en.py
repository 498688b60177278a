"""English articles of the blind78 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b78en01 (The Banker)
EN01 = """
Ukraine's rebuild bill reaches $349bn as donors weigh who pays

LONDON — Rebuilding Ukraine will cost at least $349bn, according to a joint assessment released on Friday by the Ukrainian government, the European Commission and the World Bank, a sum about one and a half times the country's pre-war economic output.
The estimate covers damage only up to June 1 and will rise for as long as the fighting continues, the authors cautioned.
Housing, transport and energy account for the largest shares of direct damage, which the report puts at more than $97bn.

Speaking by video link, Prime Minister Denys Shmyhal said Ukraine needed $17bn for urgent repairs before the end of the year, and renewed Kyiv's call for frozen Russian central bank reserves to be handed over for reconstruction.
"Russia must pay for what it has destroyed," he said.

The figures capped a busy stretch for Ukraine's backers.
On Thursday, US Secretary of State Antony Blinken made an unannounced visit to Kyiv, where he met President Volodymyr Zelensky and announced $2.2bn in long-term military financing for Ukraine and 17 neighbouring states.
Defense Secretary Lloyd Austin unveiled a further $675m weapons package at the Ramstein air base in Germany the same day.
"The counteroffensive is proving effective," Blinken told reporters in Kyiv, as Ukrainian forces pushed into Balakliia in the Kharkiv region this week.

In Brussels, the Commission on Wednesday proposed a €5bn loan to Ukraine, the bulk of a €9bn package whose first €1bn was paid out only in August after wrangling among member states.
Commission President Ursula von der Leyen said the money would keep "schools and hospitals running" through the winter.

Moscow is pulling the other way.
At the Eastern Economic Forum in Vladivostok on Wednesday, President Vladimir Putin threatened to halt all oil and gas supplies to Europe and the United States if they imposed a price cap on Russian energy, and accused the West of "sanctions fever".
Gazprom has kept the Nord Stream 1 pipeline to Germany shut since last Friday, citing an oil leak in a turbine.
Kremlin spokesman Dmitry Peskov said on Thursday that new US weapons would only "prolong the suffering" of Ukrainians.

For investors, the arithmetic remains daunting.
Ukraine's dollar bonds due 2026 trade at about 20 cents on the dollar after bondholders agreed last month to a two-year payment freeze.
The next test comes on October 25, when Germany and the Commission host an expert conference on reconstruction in Berlin.
"""

# ---------------------------------------------------------------- b78en02 (Global Construction Review)
EN02 = """
Ukraine's rebuild bill rises to $411bn as Putin tours Russian-built blocks in Mariupol

Ukraine will need $411bn over the next decade to repair the damage caused by Russia's invasion, according to an assessment published on Thursday by the World Bank, the Ukrainian government, the European Commission and the United Nations.
Transport accounts for the largest share, at $92bn, followed by housing at almost $69bn and energy at $47bn.
About 1.4 million homes have been damaged or destroyed, roughly a tenth of the country's housing stock.
The report puts the cost of critical repairs this year alone at $14bn, of which the government's budget covers about $3bn.

Prime Minister Denys Shmyhal said on Thursday that Kyiv expected to sign a $15.6bn loan programme with the International Monetary Fund within weeks, after the two sides reached a staff-level agreement on Tuesday.
Ukraine's restoration agency said it would tender the first flagship projects, among them bridges near Kyiv and a hospital in Okhtyrka, by the end of April.

Russian President Vladimir Putin, meanwhile, made a night-time visit to occupied Mariupol at the weekend, his first trip to the Ukrainian regions Russia annexed in September.
State television showed him driving through the city and talking to residents of a new apartment complex built by contractors of the Russian defence ministry.
Deputy Prime Minister Marat Khusnullin told him the city centre would be rebuilt by 2025, and Moscow says more than 2,000 flats have been handed over since last summer.
Ukraine's foreign ministry on Sunday called the trip "the cynical visit of a criminal to the scene of his crimes", pointing to the drama theatre where hundreds died in a Russian air strike in March last year.
Kremlin spokesman Dmitry Peskov said on Monday that Putin had wanted to see the reconstruction "with his own eyes".

The trip opened a busy diplomatic stretch.
Chinese President Xi Jinping held talks with Putin in Moscow from Monday to Wednesday, while Japanese Prime Minister Fumio Kishida travelled to Kyiv on Tuesday, met President Volodymyr Zelensky and pledged $500m for energy and other equipment.
At their summit in Brussels on Thursday, EU leaders endorsed a plan to send Ukraine one million artillery shells within 12 months.
Commission President Ursula von der Leyen told them that a proposal for longer-term financing of Ukraine's recovery would follow before the summer.

Contractors now have a date for their diaries.
Britain will host a two-day Ukraine Recovery Conference in London from June 21, Foreign Secretary James Cleverly confirmed on Wednesday, with a focus on private capital and war-risk insurance.
"""

# ---------------------------------------------------------------- b78en03 (Mining Weekly)
EN03 = """
Ukraine ratifies minerals deal with US, clearing way for joint investment fund

JOHANNESBURG (miningweekly.com) – Ukraine's Parliament on Thursday ratified the agreement with the US on a joint fund for the development of the country's critical minerals, oil and gas, with 338 lawmakers voting in favour.
The deal, signed in Washington on April 30, sets up the US-Ukraine Reconstruction Investment Fund, into which Kyiv will pay half of the royalties and licence fees from new projects.
First Deputy Prime Minister Yulia Svyrydenko, who signed the document with US Treasury Secretary Scott Bessent, told lawmakers before the vote that the fund could start operating within months.
"This is not a deal about debt – there is no debt," she said.

In Washington, Bessent welcomed the vote on Thursday as a signal to Moscow that the US was committed to "a free, sovereign and prosperous Ukraine".
The US International Development Finance Corporation, which will run the fund together with a Ukrainian state agency, said the first projects could be selected before the end of the year.
The Dobra lithium deposit in the Kirovohrad region is expected to be among the first licences offered, in a tender later this year.

Ukraine holds deposits of 22 of the 34 minerals the European Union classes as critical, including lithium, graphite, titanium and rare earths, although several lie in areas occupied by Russia or close to the front line.
Analysts caution that bringing a new mine into production usually takes at least a decade.
China, which dominates rare-earth processing, tightened export controls on seven rare earths in April, adding urgency to Western efforts to secure alternative supplies.

Moscow has played down the agreement.
Security Council deputy chairman Dmitry Medvedev wrote last week that Kyiv had "paid for weapons with its subsoil".
Kremlin spokesperson Dmitry Peskov said on Thursday that Russia's own rare-earth reserves were open to American investors, including in what Moscow calls its "new regions".

The vote coincided with the start of Russia's unilateral three-day ceasefire for the Victory Day commemorations, which Kyiv said was violated from the first hours by assaults along the front.
In his nightly address on Thursday, President Volodymyr Zelensky called the minerals agreement "truly equal" and repeated his call for a 30-day ceasefire instead.
US President Donald Trump also demanded an unconditional 30-day ceasefire on Thursday and warned that Washington and its partners would impose further sanctions if it was not respected.
"""

# ---------------------------------------------------------------- b78en04 (Fortune)
EN04 = """
Zelensky says no, for now, to Trump's $500 billion minerals ask

Ukrainian President Volodymyr Zelensky has refused, for now, to give the United States a stake in his country's mineral wealth, arguing that the draft Washington put on the table offered Ukraine nothing in return.
"I didn't let the ministers sign the agreement, because in my view it is not ready to protect us," Zelensky told reporters at the Munich Security Conference on Saturday.
The draft, which Treasury Secretary Scott Bessent handed to Zelensky in Kyiv on Wednesday, would have given the US half of the revenues from Ukraine's rare earths, graphite, lithium and other resources, but contained no security guarantees, according to two people familiar with its contents.

President Donald Trump has framed the arrangement as repayment for American aid.
"I told them that I want the equivalent of, like, $500 billion worth of rare earths," he said in a Fox News interview that aired on Monday.
A Treasury spokesperson said on Friday that talks with Kyiv would continue.

The minerals dispute capped a dizzying week for the Ukrainian leader.
On Wednesday, Trump spoke with Vladimir Putin for about 90 minutes and agreed to start negotiations on ending the war "immediately".
The same day, Defense Secretary Pete Hegseth told Ukraine's allies in Brussels that a return to its borders of before 2014 was "unrealistic".
Zelensky met Vice President JD Vance on the sidelines of the Munich conference on Friday, a meeting both sides called constructive.
US and Russian officials are due to meet in Saudi Arabia in the coming days, with no Ukrainian at the table.
"Ukraine will never accept any agreements made behind our backs," Zelensky said in his speech on Saturday.

European leaders, alarmed at being sidelined, will meet in Paris on Monday at the invitation of French President Emmanuel Macron.
Trump's envoy for Ukraine, Keith Kellogg, is expected in Kyiv next week.
In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that Ukraine would take part in the talks "one way or another", but that Russia and the United States would speak first.

For investors, the stakes are large.
Some estimates put the value of Ukraine's mineral deposits, which include some of Europe's largest reserves of lithium and titanium, at more than $10 trillion, although a significant share lies under Russian occupation in the east.
Fortune has reached out to the Treasury for further comment.
"""

# ---------------------------------------------------------------- b78en05 (Euromoney)
EN05 = """
Ukraine prices debut reconstruction bond in London with a British guarantee

Ukraine raised $1.5 billion on Tuesday with its first bond dedicated to reconstruction, a ten-year deal guaranteed in part by the UK and priced to yield 7.25%.
The order book peaked at more than $6 billion, according to bankers on the deal, with pension funds and insurers from Britain, the Netherlands and the Gulf among the largest buyers.
Proceeds will go to housing, water and power projects chosen with the European Investment Bank and the World Bank.

Prime Minister Keir Starmer, who opened trading at the London Stock Exchange with Ukraine's finance minister Sergii Marchenko on Tuesday morning, called the deal "proof that Ukraine is being rebuilt now, not only after the war".
The Treasury said its guarantee, provided through UK Export Finance, covers up to $500 million of the principal.
Chancellor Rachel Reeves announced a further £250m of loan guarantees for British companies working on Ukrainian reconstruction projects.
Starmer also said he would travel to Kyiv in the coming weeks.

In a video message, European Commission President Ursula von der Leyen said the EU's Ukraine Investment Framework would absorb first losses on a second tranche planned for the autumn.
The 90-billion-euro EU loan agreed in December, financed through joint borrowing, already covers most of Kyiv's budget needs for 2026 and 2027.

Moscow was quick to object.
Russian foreign ministry spokeswoman Maria Zakharova said on Tuesday that investors were buying "paper backed by stolen money" and warned that Russia would pursue "all those involved" in the courts.
Kremlin spokesman Dmitry Peskov said Ukraine's debts would remain "the problem of Kyiv and its sponsors".
The sale comes as talks between Ukraine, Russia and the US on a ceasefire remain stalled; a round in Geneva at the end of April broke up without agreement.

Ukraine's GDP warrants rose two points after pricing, and bankers said Kyiv could return before the end of the year, possibly with a euro-denominated green bond.
Polish Prime Minister Donald Tusk, who hosts the next Ukraine Recovery Conference in Gdańsk in June, said last week he hoped it would bring "the first private money at scale".
"""

# ---------------------------------------------------------------- b78en06 (Decode39)
EN06 = """
Zelensky in Rome: a papal audience, a record barrage and a recovery conference

ROME – Ukrainian President Volodymyr Zelensky met Pope Leo XIV at the papal summer residence in Castel Gandolfo on Wednesday, on the eve of the fourth Ukraine Recovery Conference, which Italy hosts in Rome on Thursday and Friday.
According to the Holy See press office, the Pope reaffirmed that the Vatican was ready to host direct talks between Russia and Ukraine, and the two discussed the return of children taken to Russia and of prisoners of war.
Zelensky thanked the Pope for his "readiness to help" and said Kyiv remained open to talks "in any format that brings results".

Hours earlier, Russia launched its largest air attack of the war, firing 728 drones and 13 missiles at Ukraine overnight, mainly at the western city of Lutsk, according to Ukraine's air force.
"This is a telling answer to all the peace efforts," Zelensky wrote on X, urging partners to hit Russia's oil revenues with new sanctions.

Washington's position has shifted again.
On Monday, President Donald Trump said the US would "have to" send more defensive weapons to Kyiv, reversing a Pentagon pause on some deliveries that was announced last week.
At a cabinet meeting on Tuesday he complained that Putin was throwing "a lot of nonsense" at Washington and said he was looking "very strongly" at a Senate bill that would impose sweeping sanctions on Russia.
US envoy Keith Kellogg is already in Rome and is due to meet Zelensky on Thursday.

Prime Minister Giorgia Meloni will open the conference at the La Nuvola centre on Thursday morning, alongside Zelensky, European Commission President Ursula von der Leyen, German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk.
Decode39 understands that Palazzo Chigi expects pledges of more than €10 billion from governments, development banks and companies.
On Thursday afternoon, Keir Starmer and Emmanuel Macron will chair a video call of the "coalition of the willing" from London, with Zelensky joining from Rome.
Macron has been in Britain since Tuesday on a three-day state visit.

Moscow reacted coolly.
Kremlin spokesman Dmitry Peskov said on Wednesday that the Europeans were "pouring money into the continuation of the war" rather than into peace.
Foreign Minister Sergei Lavrov, meanwhile, is set to meet Secretary of State Marco Rubio in Kuala Lumpur on Thursday, on the margins of an ASEAN meeting.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b78en01_world_bank_assessment_blinken_2022_09", "2022-09-09", EN01,
        [
            T("Friday", "DATE", "2022-09-09", 0),
            T("June 1", "DATE", "2022-06-01"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("Thursday", "DATE", "2022-09-08", 0),
            T("the same day", "DATE", "2022-09-08"),
            T("this week", "DATE", "2022-W36"),
            T("Wednesday", "DATE", "2022-09-07", 0),
            T("August", "DATE", "2022-08"),
            T("the winter", "DATE", "2022-WI"),
            T("Wednesday", "DATE", "2022-09-07", 1),
            T("last Friday", "DATE", "2022-09-02"),
            T("Thursday", "DATE", "2022-09-08", 1),
            T("2026", "DATE", "2026"),
            T("last month", "DATE", "2022-08"),
            T("two-year", "DURATION", "P2Y"),
            T("October 25", "DATE", "2022-10-25"),
        ],
        [
            E("Ukrainian government, European Commission and World Bank release a joint damage and needs assessment",
              "COOPERATE", ["Ukraine", "European Union"], "2022-09-09", "text", "occurred",
              "according to a joint assessment released on Friday"),
            E("Shmyhal renews Kyiv's call for frozen Russian reserves to be handed over for reconstruction",
              "REQUEST", ["Ukraine", "Russia"], "2022-09-09", "context", "occurred", "Speaking by video link"),
            E("Blinken visits Kyiv and meets Zelensky", "CONSULT", ["Antony Blinken", "Volodymyr Zelensky"],
              "2022-09-08", "text", "occurred", "On Thursday, US Secretary of State"),
            E("Blinken announces $2.2bn in long-term military financing for Ukraine and neighbours", "AID",
              ["Antony Blinken", "Ukraine"], "2022-09-08", "context", "occurred", "On Thursday, US Secretary of State"),
            E("Austin announces a further $675m weapons package at Ramstein", "AID", ["United States", "Ukraine"],
              "2022-09-08", "text", "occurred", "Defense Secretary Lloyd Austin"),
            E("Ukrainian counteroffensive pushes into Balakliia", "ASSAULT", ["Ukraine", "Russia"], "2022-W36", "text",
              "occurred", "The counteroffensive is proving effective"),
            E("Commission proposes a 5-billion-euro loan to Ukraine", "AID", ["European Union", "Ukraine"],
              "2022-09-07", "text", "planned", "In Brussels, the Commission on Wednesday"),
            E("First 1 billion euros of the EU package paid out", "AID", ["European Union", "Ukraine"], "2022-08",
              "text", "occurred", "In Brussels, the Commission on Wednesday"),
            E("Putin threatens to halt oil and gas supplies to Europe and the US if they impose a price cap",
              "THREATEN", ["Vladimir Putin", "European Union", "United States"], "2022-09-07", "text", "occurred",
              "At the Eastern Economic Forum"),
            E("Putin accuses the West of sanctions fever", "ACCUSE", ["Vladimir Putin", "European Union",
              "United States"], "2022-09-07", "text", "occurred", "At the Eastern Economic Forum"),
            E("Gazprom keeps Nord Stream 1 to Germany shut", "SANCTION", ["Russia", "Germany"], "2022-09-02", "text",
              "occurred", "Gazprom has kept the Nord Stream 1", date_mod="START"),
            E("Peskov: new US weapons only prolong the suffering of Ukrainians", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2022-09-08", "text", "occurred", "Kremlin spokesman Dmitry Peskov"),
            E("Germany and the Commission to host an expert conference on reconstruction in Berlin", "CONSULT",
              ["Germany", "European Union", "Ukraine"], "2022-10-25", "text", "planned", "The next test comes"),
        ],
        [
            S("Ukraine", "Shmyhal: $17bn needed for urgent repairs by year end; frozen Russian reserves should be "
              "handed over", "2022-09-09", "context", "Speaking by video link"),
            S("Ukraine", "Shmyhal: Russia must pay for what it has destroyed", "2022-09-09", "context",
              "Russia must pay for what it has destroyed"),
            S("Antony Blinken", "The counteroffensive is proving effective", "2022-09-08", "context",
              "The counteroffensive is proving effective"),
            S("Ursula von der Leyen", "The money will keep schools and hospitals running through the winter",
              "2022-09-07", "context", "schools and hospitals running"),
            S("Vladimir Putin", "Will halt oil and gas supplies to those who impose a price cap; the West has "
              "sanctions fever", "2022-09-07", "text", "At the Eastern Economic Forum"),
            S("Russia", "Gazprom cites an oil leak in a turbine for the Nord Stream 1 shutdown", "2022-09-09",
              "published", "Gazprom has kept the Nord Stream 1"),
            S("Dmitry Peskov", "New US weapons will only prolong the suffering of Ukrainians", "2022-09-08", "text",
              "Kremlin spokesman Dmitry Peskov"),
        ],
        ["Ukraine", "European Union", "Russia", "United States", "Antony Blinken", "Volodymyr Zelensky",
         "Germany", "Ursula von der Leyen", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b78en02_mariupol_reconstruction_needs_2023_03", "2023-03-24", EN02,
        [
            T("the next decade", "DURATION", "P10Y"),
            T("Thursday", "DATE", "2023-03-23", 0),
            T("this year", "DATE", "2023"),
            T("Thursday", "DATE", "2023-03-23", 1),
            T("weeks", "DURATION", "PXW"),
            T("Tuesday", "DATE", "2023-03-21", 0),
            T("the end of April", "DATE", "2023-04", mod="END"),
            T("the weekend", "DATE", "2023-W11-WE", note="night of 18 to 19 March 2023"),
            T("September", "DATE", "2022-09"),
            T("2025", "DATE", "2025"),
            T("last summer", "DATE", "2022-SU"),
            T("Sunday", "DATE", "2023-03-19"),
            T("March last year", "DATE", "2022-03"),
            T("Monday", "DATE", "2023-03-20", 0),
            T("Monday", "DATE", "2023-03-20", 1),
            T("Wednesday", "DATE", "2023-03-22", 0),
            T("Tuesday", "DATE", "2023-03-21", 1),
            T("Thursday", "DATE", "2023-03-23", 2),
            T("12 months", "DURATION", "P12M"),
            T("the summer", "DATE", "2023-SU"),
            T("now", "DATE", "PRESENT_REF"),
            T("two-day", "DURATION", "P2D"),
            T("June 21", "DATE", "2023-06-21"),
            T("Wednesday", "DATE", "2023-03-22", 1),
        ],
        [
            E("World Bank, Ukrainian government, European Commission and UN publish a joint needs assessment",
              "COOPERATE", ["Ukraine", "European Union", "United Nations"], "2023-03-23", "text", "occurred",
              "according to an assessment published on Thursday"),
            E("Ukraine and the IMF reach a staff-level agreement on a $15.6bn programme", "AGREE", ["Ukraine"],
              "2023-03-21", "text", "occurred", "Prime Minister Denys Shmyhal said on Thursday"),
            E("Russia annexed four Ukrainian regions", "COERCE", ["Russia", "Ukraine"], "2022-09", "text",
              "occurred", "made a night-time visit to occupied Mariupol"),
            E("Ukraine's foreign ministry condemns Putin's trip as the visit of a criminal to the scene of his crimes",
              "ACCUSE", ["Ukraine", "Vladimir Putin"], "2023-03-19", "text", "occurred",
              "Ukraine's foreign ministry on Sunday"),
            E("Russian air strike on the Mariupol drama theatre", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "Ukraine's foreign ministry on Sunday"),
            E("Xi and Putin hold talks in Moscow", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2023-03-20", "text",
              "occurred", "Chinese President Xi Jinping held talks", note="state visit of 20–22 March 2023"),
            E("Kishida visits Kyiv and meets Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2023-03-21", "text",
              "occurred", "Chinese President Xi Jinping held talks"),
            E("Japan pledges $500m for energy and other equipment", "AID", ["Ukraine"], "2023-03-21", "context",
              "occurred", "Chinese President Xi Jinping held talks"),
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2023-03-23", "text", "occurred",
              "At their summit in Brussels on Thursday"),
            E("EU leaders endorse sending Ukraine one million artillery shells within 12 months", "AID",
              ["European Union", "Ukraine"], "2023-03-23", "text", "planned", "At their summit in Brussels on Thursday"),
            E("Commission to propose longer-term financing for Ukraine's recovery", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2023-SU", "text", "planned", "longer-term financing"),
            E("Britain to host the Ukraine Recovery Conference in London", "CONSULT", ["United Kingdom", "Ukraine"],
              "2023-06-21", "text", "planned", "Britain will host a two-day", note="conference of 21–22 June 2023"),
        ],
        [
            S("Ukraine", "Shmyhal: a $15.6bn IMF programme to be signed within weeks", "2023-03-23", "text",
              "Prime Minister Denys Shmyhal said on Thursday"),
            S("Ukraine", "Restoration agency will tender the first flagship projects by the end of April",
              "2023-03-24", "published", "Ukraine's restoration agency said"),
            S("Russia", "Khusnullin: Mariupol's centre rebuilt by 2025; Moscow: more than 2,000 flats handed over",
              "2023-03-24", "published", "Deputy Prime Minister Marat Khusnullin"),
            S("Ukraine", "Foreign ministry: the cynical visit of a criminal to the scene of his crimes",
              "2023-03-19", "text", "Ukraine's foreign ministry on Sunday"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin wanted to see the reconstruction with his own eyes",
              "2023-03-20", "text", "Kremlin spokesman Dmitry Peskov said on Monday"),
            S("Ursula von der Leyen", "A proposal for longer-term financing of Ukraine's recovery will follow before "
              "the summer", "2023-03-23", "context", "longer-term financing"),
            S("United Kingdom", "Cleverly confirms the London recovery conference from June 21", "2023-03-22", "text",
              "Britain will host a two-day"),
        ],
        ["Ukraine", "European Union", "United Nations", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
         "China", "Xi Jinping", "Volodymyr Zelensky", "Ursula von der Leyen", "United Kingdom"],
    ),
    doc(
        "b78en03_minerals_deal_ratified_2025_05", "2025-05-09", EN03,
        [
            T("Thursday", "DATE", "2025-05-08", 0),
            T("April 30", "DATE", "2025-04-30"),
            T("months", "DURATION", "PXM"),
            T("Thursday", "DATE", "2025-05-08", 1),
            T("the end of the year", "DATE", "2025", mod="END"),
            T("this year", "DATE", "2025"),
            T("at least a decade", "DURATION", "P10Y", mod="EQUAL_OR_MORE"),
            T("April", "DATE", "2025-04", 1),
            T("last week", "DATE", "2025-W18"),
            T("Thursday", "DATE", "2025-05-08", 2),
            T("three-day", "DURATION", "P3D"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2025-05-08", 3),
            T("30-day", "DURATION", "P30D", 0),
            T("30-day", "DURATION", "P30D", 1),
            T("Thursday", "DATE", "2025-05-08", 4),
        ],
        [
            E("Ukraine's Parliament ratifies the minerals agreement with the US", "AGREE", ["Ukraine", "United States"],
              "2025-05-08", "text", "occurred", "Ukraine's Parliament on Thursday ratified"),
            E("Ukraine and the US signed the minerals agreement in Washington", "AGREE", ["Ukraine", "United States"],
              "2025-04-30", "text", "occurred", "The deal, signed in Washington on April 30"),
            E("Bessent welcomes the ratification", "SUPPORT", ["United States", "Ukraine"], "2025-05-08", "text",
              "occurred", "In Washington, Bessent welcomed the vote"),
            E("The joint fund to select its first projects by the end of the year", "COOPERATE",
              ["United States", "Ukraine"], "2025", "text", "planned", "International Development Finance Corporation",
              date_mod="END"),
            E("China tightens export controls on seven rare earths", "SANCTION", ["China", "United States"], "2025-04",
              "text", "occurred", "tightened export controls"),
            E("Medvedev mocks Kyiv for paying for weapons with its subsoil", "ACCUSE", ["Russia", "Ukraine"],
              "2025-W18", "text", "occurred", "deputy chairman Dmitry Medvedev"),
            E("Peskov offers Russia's rare-earth reserves, including in the occupied regions, to US investors",
              "REQUEST", ["Dmitry Peskov", "United States"], "2025-05-08", "text", "occurred",
              "Kremlin spokesperson Dmitry Peskov said on Thursday"),
            E("Russia's unilateral three-day Victory Day ceasefire begins", "RETREAT", ["Russia", "Ukraine"],
              "2025-05-08", "context", "occurred", "The vote coincided with the start",
              note="ceasefire of 8–10 May 2025"),
            E("Kyiv accuses Russia of violating the ceasefire with assaults along the front", "ACCUSE",
              ["Ukraine", "Russia"], "2025-05-08", "context", "occurred", "The vote coincided with the start"),
            E("Zelensky repeats his call for a 30-day ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-05-08", "text", "occurred", "In his nightly address on Thursday"),
            E("Trump demands an unconditional 30-day ceasefire", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2025-05-08", "text", "occurred", "US President Donald Trump also demanded"),
            E("Trump threatens further sanctions if the ceasefire is not respected", "THREATEN",
              ["Donald Trump", "Russia"], "2025-05-08", "text", "occurred", "US President Donald Trump also demanded"),
        ],
        [
            S("Ukraine", "Svyrydenko: the fund could start operating within months", "2025-05-08", "context",
              "First Deputy Prime Minister Yulia Svyrydenko"),
            S("Ukraine", "Svyrydenko: this is not a deal about debt", "2025-05-08", "context",
              "This is not a deal about debt"),
            S("United States", "Bessent: the vote signals US commitment to a free, sovereign and prosperous Ukraine",
              "2025-05-08", "text", "In Washington, Bessent welcomed the vote"),
            S("United States", "DFC: the first projects could be selected before the end of the year", "2025-05-09",
              "published", "International Development Finance Corporation"),
            S("Russia", "Medvedev: Kyiv paid for weapons with its subsoil", "2025-W18", "text",
              "deputy chairman Dmitry Medvedev"),
            S("Dmitry Peskov", "Russia's rare-earth reserves are open to American investors, including in the new "
              "regions", "2025-05-08", "text", "Kremlin spokesperson Dmitry Peskov said on Thursday"),
            S("Ukraine", "Kyiv: the ceasefire was violated from the first hours", "2025-05-08", "context",
              "The vote coincided with the start"),
            S("Volodymyr Zelensky", "The minerals agreement is truly equal; repeats his call for a 30-day ceasefire",
              "2025-05-08", "text", "In his nightly address on Thursday"),
            S("Donald Trump", "Demands an unconditional 30-day ceasefire and threatens further sanctions",
              "2025-05-08", "text", "US President Donald Trump also demanded"),
        ],
        ["Ukraine", "United States", "European Union", "Russia", "China", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky", "Donald Trump"],
    ),
    doc(
        "b78en04_munich_minerals_refusal_2025_02", "2025-02-16", EN04,
        [
            T("now", "DATE", "PRESENT_REF", 0),
            T("now", "DATE", "PRESENT_REF", 1),
            T("Saturday", "DATE", "2025-02-15", 0),
            T("Wednesday", "DATE", "2025-02-12", 0),
            T("Monday", "DATE", "2025-02-10", 0),
            T("Friday", "DATE", "2025-02-14", 0),
            T("a dizzying week", "DATE", "2025-W07"),
            T("Wednesday", "DATE", "2025-02-12", 1),
            T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
            T("The same day", "DATE", "2025-02-12"),
            T("2014", "DATE", "2014"),
            T("Friday", "DATE", "2025-02-14", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Saturday", "DATE", "2025-02-15", 1),
            T("Monday", "DATE", "2025-02-17", 1),
            T("next week", "DATE", "2025-W08"),
            T("Friday", "DATE", "2025-02-14", 2),
        ],
        [
            E("Zelensky refuses to let his ministers sign the US minerals draft", "REJECT",
              ["Volodymyr Zelensky", "United States"], "2025-02-15", "text", "occurred",
              "I didn't let the ministers sign", note="the signing was declined during Bessent's visit on 12 February"),
            E("Bessent hands Zelensky the minerals draft in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"],
              "2025-02-12", "text", "occurred", "The draft, which Treasury Secretary Scott Bessent"),
            E("US proposes a minerals agreement giving it half of Ukraine's resource revenues", "REQUEST",
              ["United States", "Ukraine"], "2025-02-12", "context", "occurred",
              "The draft, which Treasury Secretary Scott Bessent"),
            E("Trump demands rare earths worth $500 billion", "REQUEST", ["Donald Trump", "Ukraine"], "2025-02-10",
              "text", "occurred", "I told them that I want the equivalent"),
            E("Treasury: talks with Kyiv on the minerals deal will continue", "AGREE", ["United States", "Ukraine"],
              "2025-02-14", "text", "occurred", "A Treasury spokesperson said on Friday"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text",
              "occurred", "Trump spoke with Vladimir Putin"),
            E("Trump and Putin agree to start negotiations immediately", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-02-12", "context", "occurred", "Trump spoke with Vladimir Putin"),
            E("Hegseth rules out a return to Ukraine's borders of before 2014", "REJECT", ["United States", "Ukraine"],
              "2025-02-12", "text", "occurred", "Defense Secretary Pete Hegseth"),
            E("Zelensky meets Vance in Munich", "CONSULT", ["Volodymyr Zelensky", "JD Vance"], "2025-02-14", "text",
              "occurred", "Zelensky met Vice President JD Vance"),
            E("US and Russian officials to meet in Saudi Arabia", "CONSULT", ["United States", "Russia"],
              "FUTURE_REF", "vague", "planned", "US and Russian officials are due to meet",
              note="Riyadh talks of 18 February 2025"),
            E("Zelensky: Ukraine will never accept agreements made behind its back", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-15", "text", "occurred",
              "Ukraine will never accept any agreements"),
            E("European leaders to meet in Paris at Macron's invitation", "CONSULT",
              ["Emmanuel Macron", "European Union"], "2025-02-17", "text", "planned", "European leaders, alarmed"),
            E("Kellogg expected in Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-W08", "text", "planned",
              "Keith Kellogg, is expected in Kyiv"),
        ],
        [
            S("Volodymyr Zelensky", "Did not let the ministers sign because the draft is not ready to protect Ukraine",
              "2025-02-15", "text", "I didn't let the ministers sign"),
            S("Donald Trump", "Wants the equivalent of $500 billion worth of rare earths", "2025-02-10", "text",
              "I told them that I want the equivalent"),
            S("United States", "Treasury: talks with Kyiv will continue", "2025-02-14", "text",
              "A Treasury spokesperson said on Friday"),
            S("United States", "Hegseth: a return to the borders of before 2014 is unrealistic", "2025-02-12", "text",
              "Defense Secretary Pete Hegseth"),
            S("Ukraine", "The Zelensky–Vance meeting was constructive", "2025-02-14", "context",
              "Zelensky met Vice President JD Vance"),
            S("United States", "The Zelensky–Vance meeting was constructive", "2025-02-14", "context",
              "Zelensky met Vice President JD Vance"),
            S("Volodymyr Zelensky", "Ukraine will never accept agreements made behind its back", "2025-02-15", "text",
              "Ukraine will never accept any agreements"),
            S("Dmitry Peskov", "Ukraine will take part one way or another, but Russia and the US will talk first",
              "2025-02-14", "text", "In Moscow, Kremlin spokesman Dmitry Peskov"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United States", "Donald Trump", "Vladimir Putin", "JD Vance", "Russia",
         "European Union", "Emmanuel Macron", "Keith Kellogg", "Kremlin", "Dmitry Peskov", "France"],
    ),
    doc(
        "b78en05_london_reconstruction_bond_2026_05", "2026-05-20", EN05,
        [
            T("Tuesday", "DATE", "2026-05-19", 0),
            T("ten-year", "DURATION", "P10Y"),
            T("Tuesday morning", "TIME", "2026-05-19TMO"),
            T("now", "DATE", "PRESENT_REF"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("the autumn", "DATE", "2026-FA"),
            T("December", "DATE", "2025-12"),
            T("2026", "DATE", "2026"),
            T("2027", "DATE", "2027"),
            T("Tuesday", "DATE", "2026-05-19", 2),
            T("the end of April", "DATE", "2026-04", mod="END"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("June", "DATE", "2026-06"),
            T("last week", "DATE", "2026-W20"),
        ],
        [
            E("UK guarantees up to $500 million of Ukraine's reconstruction bond", "AID", ["United Kingdom", "Ukraine"],
              "2026-05-19", "context", "occurred", "The Treasury said its guarantee"),
            E("Starmer opens trading at the London Stock Exchange with Ukraine's finance minister", "CONSULT",
              ["Keir Starmer", "Ukraine"], "2026-05-19TMO", "text", "occurred", "Prime Minister Keir Starmer, who opened"),
            E("Reeves announces £250m of loan guarantees for British firms in Ukrainian reconstruction", "AID",
              ["United Kingdom", "Ukraine"], "2026-05-19", "context", "occurred", "Chancellor Rachel Reeves announced"),
            E("Starmer to travel to Kyiv", "CONSULT", ["Keir Starmer", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "Starmer also said he would travel to Kyiv"),
            E("EU investment framework to absorb first losses on a second tranche in the autumn", "AID",
              ["Ursula von der Leyen", "Ukraine"], "2026-FA", "text", "planned", "In a video message"),
            E("EU agreed a 90-billion-euro loan to Ukraine financed by joint borrowing", "AID",
              ["European Union", "Ukraine"], "2025-12", "text", "occurred", "The 90-billion-euro EU loan"),
            E("Zakharova accuses investors of buying paper backed by stolen money", "ACCUSE",
              ["Maria Zakharova", "United Kingdom", "Ukraine"], "2026-05-19", "text", "occurred",
              "Russian foreign ministry spokeswoman Maria Zakharova"),
            E("Zakharova warns Russia will pursue all those involved in the courts", "THREATEN",
              ["Maria Zakharova", "United Kingdom", "Ukraine"], "2026-05-19", "text", "occurred",
              "Russian foreign ministry spokeswoman Maria Zakharova"),
            E("Ukraine–Russia–US round in Geneva", "CONSULT", ["Ukraine", "Russia", "United States"], "2026-04",
              "text", "occurred", "a round in Geneva at the end of April", date_mod="END"),
            E("No ceasefire agreement in Geneva", "REJECT", ["Ukraine", "Russia"], "2026-04", "text", "occurred",
              "a round in Geneva at the end of April", date_mod="END"),
            E("Ukraine Recovery Conference in Gdańsk hosted by Tusk", "CONSULT", ["Donald Tusk", "Ukraine"], "2026-06",
              "text", "planned", "Polish Prime Minister Donald Tusk"),
        ],
        [
            S("Keir Starmer", "The deal is proof that Ukraine is being rebuilt now, not only after the war",
              "2026-05-19TMO", "context", "Prime Minister Keir Starmer, who opened"),
            S("United Kingdom", "Treasury: the guarantee covers up to $500 million of the principal", "2026-05-20",
              "published", "The Treasury said its guarantee"),
            S("United Kingdom", "Reeves announces £250m of loan guarantees", "2026-05-19", "context",
              "Chancellor Rachel Reeves announced"),
            S("Keir Starmer", "Will travel to Kyiv in the coming weeks", "2026-05-19", "context",
              "Starmer also said he would travel to Kyiv"),
            S("Ursula von der Leyen", "The Ukraine Investment Framework will absorb first losses on a second tranche",
              "2026-05-19", "context", "In a video message"),
            S("Russia", "Moscow objects to the bond", "2026-05-20", "published", "Moscow was quick to object"),
            S("Maria Zakharova", "Investors are buying paper backed by stolen money; Russia will pursue all those "
              "involved", "2026-05-19", "text", "Russian foreign ministry spokeswoman Maria Zakharova"),
            S("Dmitry Peskov", "Ukraine's debts remain the problem of Kyiv and its sponsors", "2026-05-20",
              "published", "Kremlin spokesman Dmitry Peskov said"),
            S("Donald Tusk", "Hopes the Gdańsk conference brings the first private money at scale", "2026-W20",
              "text", "Polish Prime Minister Donald Tusk"),
        ],
        ["Ukraine", "United Kingdom", "Keir Starmer", "Ursula von der Leyen", "European Union", "Russia",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Poland", "Donald Tusk"],
    ),
    doc(
        "b78en06_rome_pope_zelensky_recovery_eve_2025_07", "2025-07-09", EN06,
        [
            T("Wednesday", "DATE", "2025-07-09", 0),
            T("Thursday", "DATE", "2025-07-10", 0),
            T("Friday", "DATE", "2025-07-11"),
            T("overnight", "TIME", "2025-07-08TNI", note="night to Wednesday 9 July 2025"),
            T("Monday", "DATE", "2025-07-07"),
            T("last week", "DATE", "2025-W27"),
            T("Tuesday", "DATE", "2025-07-08", 0),
            T("Thursday", "DATE", "2025-07-10", 1),
            T("Thursday morning", "TIME", "2025-07-10TMO"),
            T("Thursday afternoon", "TIME", "2025-07-10TAF"),
            T("Tuesday", "DATE", "2025-07-08", 1),
            T("three-day", "DURATION", "P3D"),
            T("Wednesday", "DATE", "2025-07-09", 1),
            T("Thursday", "DATE", "2025-07-10", 4),
        ],
        [
            E("Zelensky meets Pope Leo XIV at Castel Gandolfo", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
              "2025-07-09", "text", "occurred", "met Pope Leo XIV at the papal summer residence"),
            E("Pope reaffirms the Vatican's offer to host direct Russia–Ukraine talks", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2025-07-09", "context", "occurred", "According to the Holy See press"),
            E("Zelensky thanks the Pope for his readiness to help", "SUPPORT", ["Volodymyr Zelensky", "Vatican"],
              "2025-07-09", "context", "occurred", "Zelensky thanked the Pope"),
            E("Zelensky: Kyiv remains open to talks in any format that brings results", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2025-07-09", "context", "occurred", "Zelensky thanked the Pope"),
            E("Russia's largest air attack of the war, 728 drones and 13 missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2025-07-08TNI", "text", "occurred", "Hours earlier, Russia launched"),
            E("Zelensky urges partners to hit Russia's oil revenues with new sanctions", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-07-09", "published", "occurred", "This is a telling answer"),
            E("Trump says the US will send more defensive weapons to Kyiv", "AID", ["Donald Trump", "Ukraine"],
              "2025-07-07", "text", "planned", "On Monday, President Donald Trump said"),
            E("Pentagon pause on some weapons deliveries to Ukraine", "SANCTION", ["United States", "Ukraine"],
              "2025-W27", "text", "occurred", "On Monday, President Donald Trump said"),
            E("Trump complains that Putin is throwing a lot of nonsense at Washington", "ACCUSE",
              ["Donald Trump", "Vladimir Putin"], "2025-07-08", "text", "occurred", "At a cabinet meeting on Tuesday"),
            E("Trump looks very strongly at a Senate bill with sweeping sanctions on Russia", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-08", "text", "occurred", "At a cabinet meeting on Tuesday"),
            E("Kellogg to meet Zelensky in Rome", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"], "2025-07-10",
              "text", "planned", "US envoy Keith Kellogg"),
            E("Ukraine Recovery Conference in Rome opened by Meloni", "CONSULT",
              ["Giorgia Meloni", "Volodymyr Zelensky", "Ursula von der Leyen", "Friedrich Merz", "Donald Tusk"],
              "2025-07-10TMO", "text", "planned", "Prime Minister Giorgia Meloni will open the conference",
              note="conference of 10–11 July 2025"),
            E("Italy expects pledges of more than 10 billion euros", "AID", ["Ukraine"], "2025-07-10", "context",
              "planned", "Decode39 understands"),
            E("Starmer and Macron to chair a coalition-of-the-willing video call with Zelensky", "CONSULT",
              ["Keir Starmer", "Emmanuel Macron", "Volodymyr Zelensky"], "2025-07-10TAF", "text", "planned",
              "On Thursday afternoon, Keir Starmer"),
            E("Macron's state visit to Britain", "CONSULT", ["Emmanuel Macron", "United Kingdom"], "2025-07-08",
              "text", "occurred", "Macron has been in Britain since Tuesday", date_mod="START"),
            E("Peskov accuses the Europeans of pouring money into the continuation of the war", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-07-09", "text", "occurred", "Kremlin spokesman Dmitry Peskov"),
            E("Lavrov to meet Rubio in Kuala Lumpur", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2025-07-10", "text",
              "planned", "Foreign Minister Sergei Lavrov"),
        ],
        [
            S("Vatican", "The Vatican is ready to host direct talks between Russia and Ukraine", "2025-07-09",
              "context", "According to the Holy See press"),
            S("Volodymyr Zelensky", "Thanks the Pope; Kyiv is open to talks in any format that brings results",
              "2025-07-09", "context", "Zelensky thanked the Pope"),
            S("Ukraine", "Air force: 728 drones and 13 missiles fired overnight", "2025-07-09", "published",
              "Hours earlier, Russia launched"),
            S("Volodymyr Zelensky", "The attack is a telling answer to peace efforts; partners should sanction "
              "Russian oil revenues", "2025-07-09", "published", "This is a telling answer"),
            S("Donald Trump", "The US will have to send more defensive weapons to Kyiv", "2025-07-07", "text",
              "On Monday, President Donald Trump said"),
            S("Donald Trump", "Putin throws a lot of nonsense at Washington; looking very strongly at the sanctions bill",
              "2025-07-08", "text", "At a cabinet meeting on Tuesday"),
            S("Russia", "Moscow reacts coolly", "2025-07-09", "published", "Moscow reacted coolly"),
            S("Dmitry Peskov", "The Europeans pour money into the continuation of the war", "2025-07-09", "text",
              "Kremlin spokesman Dmitry Peskov"),
        ],
        ["Volodymyr Zelensky", "Vatican", "Russia", "Ukraine", "Donald Trump", "United States", "Vladimir Putin",
         "Keith Kellogg", "Giorgia Meloni", "Ursula von der Leyen", "European Union", "Friedrich Merz", "Germany",
         "Donald Tusk", "Poland", "Keir Starmer", "Emmanuel Macron", "United Kingdom", "Kremlin", "Dmitry Peskov",
         "Sergey Lavrov", "Marco Rubio"],
    ),
]
