"""English articles of the blind131 set (fictionalised; written and annotated blind to the extraction code).

Theme: Austria's exit from Russian gas and Raiffeisen Bank International, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b131en01 (gas trade press, ICIS-like)
EN01 = """
Austria passes law to seize Gazprom's unused Haidach storage capacity

LONDON (ICIS)--Austria's parliament on Thursday passed legislation that allows the government to strip Russia's Gazprom of storage capacity it leaves empty at the Haidach site near Salzburg, one of the largest gas storage facilities in central Europe.
Under the "use it or lose it" rule, capacity that is not filled will be offered to other traders, the energy ministry in Vienna said.
Gazprom's marketing arm GSA holds about two thirds of Haidach's 2.9 billion cubic metres of working gas capacity, and its part of the site has been empty since the spring.

Energy minister Leonore Gewessler said the first auction of the capacity could take place later this month.
Haidach, which is currently connected only to the German grid, is also to be linked directly to the Austrian network by the end of the year.
Gazprom said on Friday that it regarded the law as a breach of its contractual rights and would "examine all legal options".

Austrian storage sites were 43% full on Thursday, against an EU target of 80% by November 1 that member states agreed late last month.
Gazprom cut deliveries to Austria's OMV by about half in mid-June, and flows at the Baumgarten hub have stayed well below nominations since.
Day-ahead prices at the Austrian CEGH hub rose to about EUR180/MWh this week.

Flows via Nord Stream 1 will stop altogether for ten days from Monday, when Gazprom begins annual maintenance on the line.
German economy minister Robert Habeck warned on Thursday that Russia might use the maintenance to halt flows for good.
Kremlin spokesman Dmitry Peskov told reporters on Friday that any reduction in supplies was the result of sanctions imposed by Canada and the EU, which had kept a Siemens turbine in Montreal.
Ukraine's foreign ministry on Wednesday urged Ottawa not to return the turbine, saying that doing so would amount to "adjusting sanctions to the whims of Russia".

The European Commission will present a winter preparedness plan on July 20, including possible targets for cutting gas demand.
Traders in Vienna said the Haidach auctions would test whether any company is willing to inject gas at current summer prices for sale next winter.
"""

# ---------------------------------------------------------------- b131en02 (wire report)
EN02 = """
U.S. sanctions Deripaska-linked Rasperia, closing Raiffeisen's Strabag route

WASHINGTON/VIENNA, May 24 - The U.S. Treasury on Wednesday imposed sanctions on Rasperia Trading, the Russian company that holds a large stake in Austrian builder Strabag, and on three firms linked to it.
The step shuts a deal that Raiffeisen Bank International (RBI) abandoned earlier this month under U.S. pressure.
RBI's Russian unit had planned to buy the Strabag shares for about 1.5 billion euros, a move critics said would have let Russian money flow back into Europe.

The Treasury said the designations targeted a "scheme" to move frozen Russian assets back into Western markets.
"Those who seek to evade our sanctions through complex transactions will be held to account," Deputy Treasury Secretary Wally Adeyemo said in the statement.
Rasperia was long controlled by Russian tycoon Oleg Deripaska, who has been under U.S. sanctions since 2018.
A senior Treasury official visited Vienna last month and warned RBI that its access to the U.S. financial system could be at risk, people familiar with the matter said.

RBI said on Thursday that it had no business with the designated companies and would keep reducing its Russian operations.
Its shares rose 1.2% in Vienna.

Moscow reacted angrily.
Russian Foreign Ministry spokeswoman Maria Zakharova on Thursday called the sanctions "economic racketeering" and said Moscow would respond.
In Kyiv, Foreign Minister Dmytro Kuleba welcomed the move on Thursday, writing on X that "every loophole closed is a step towards peace."
Ukraine has listed RBI as an "international sponsor of war" since March last year.

Separately, the European Central Bank has ordered RBI to cut its loans in Russia by up to 65% by 2026 from the level at the end of last year, people familiar with the matter said.
RBI, the largest Western bank still operating in Russia, made more than half of its 2023 profit there.
The European Union is negotiating a 14th package of sanctions, which diplomats hope to agree next month.
"""

# ---------------------------------------------------------------- b131en03 (legal trade press)
EN03 = """
Kaliningrad court orders Raiffeisen's Russian arm to pay EUR2bn to former Deripaska vehicle

A commercial court in Kaliningrad on Tuesday ordered AO Raiffeisenbank, the Russian subsidiary of Austria's Raiffeisen Bank International (RBI), to pay about EUR2.04 billion in damages to Rasperia Trading.
Rasperia, long controlled by sanctioned tycoon Oleg Deripaska, had sued RBI, Strabag's core Austrian shareholders and the Russian unit, arguing that a shareholder pact had left it unable to use its 24.1% stake in the Austrian builder.
EU sanctions froze the Strabag shares in 2022.
The court also confirmed an injunction, first issued in September, that bars RBI from selling its shares in the Russian unit.

RBI said on Wednesday that it would appeal and would seek to recover any loss from Rasperia's frozen assets in Austria.
Chief executive Johann Strobl called the ruling "a de facto expropriation".
Lawyers in Vienna said the case relied on provisions that, since 2020, give Russian courts exclusive jurisdiction over disputes involving sanctioned parties.
"Russian courts have become an instrument of countersanctions," said one arbitration partner, who asked not to be named.

The US Treasury, which sanctioned Rasperia last May, said on Thursday it was "closely following" the case.
It warned that any transaction allowing Rasperia to receive Strabag shares or their value would be "sanctionable".
Kremlin spokesman Dmitry Peskov said on Wednesday that the court had acted independently and that foreign companies "must respect Russian law".
EU foreign policy chief Kaja Kallas said on Thursday that the bloc would not allow Russian courts "to launder sanctioned assets through European companies".

Ukraine's foreign ministry said the ruling showed why Western banks should leave Russia without delay.
EU foreign ministers next meet on February 24, when the bloc aims to adopt its 16th sanctions package.
Appeals in Russia's arbitrazh courts typically take about three months, and RBI is due to publish its annual results on February 4.
"""

# ---------------------------------------------------------------- b131en04 (Vienna English-language city magazine, Metropole-like)
EN04 = """
Austria's first week without Russian gas: cold homes? Not quite

For the first time in more than half a century, no Russian gas is flowing into Austria.
Ukraine halted transit at 8 a.m. Moscow time on January 1, when the five-year transit contract between Naftogaz and Gazprom expired.
Gazprom said on New Year's Day that it had "no technical and legal possibility" to deliver gas through Ukraine.
At the Baumgarten hub east of Vienna, the meters on the line from Slovakia have shown zero ever since.

In Kyiv, President Volodymyr Zelensky called the end of transit "one of the biggest defeats of Moscow".
Kremlin spokesman Dmitry Peskov said last Thursday that Europeans would now pay more for gas and that the responsibility lay with Kyiv.
The dispute had spilled over into Slovakia, whose prime minister Robert Fico threatened on December 27 to cut electricity exports to Ukraine.
Zelensky accused Fico the same day of opening "a second energy front" on Vladimir Putin's orders.

Austria, by contrast, has been surprisingly calm.
Gas now reaches the country from Germany via Oberkappel and from Italy via Arnoldstein, and storage sites were about 75% full on Monday, according to the regulator E-Control.
Germany scrapped its gas storage levy on cross-border flows on January 1, after the Bundestag voted to abolish it in November.
Vienna had long argued that the levy made German gas too expensive for its neighbours.

Prices at the Vienna-based CEGH hub have hovered around EUR50 per megawatt hour this week, roughly where they stood before Christmas.
OMV, which ended its Gazprom contract in December, says it has booked enough supplies from Norway and LNG terminals for the rest of the winter.
The political backdrop is less calm: Chancellor Karl Nehammer announced his resignation on Saturday after coalition talks collapsed.

The European Commission's gas coordination group will meet next Tuesday to review supplies to central Europe.
Officials in Brussels said they expected no shortages but would watch Slovakia and Moldova closely in the coming weeks.
"""

# ---------------------------------------------------------------- b131en05 (Brussels morning newsletter)
EN05 = """
EU adopts 18th sanctions package after Vienna and Bratislava fold

Good morning from Brussels, where the EU's 18th sanctions package against Russia is finally done.
EU ambassadors adopted it on Friday morning, a few hours after Slovak Prime Minister Robert Fico lifted his veto on Thursday evening.
Fico said he had received written assurances from Commission President Ursula von der Leyen earlier this week that Slovakia would not face higher costs from the planned phase-out of Russian gas.

The other holdout, Austria, had already given in.
Vienna on Tuesday dropped its demand that the package include a clause letting Raiffeisen Bank International (RBI) recover a EUR2bn Russian court award from the frozen Strabag shares of Rasperia, a company once controlled by Oleg Deripaska.
Foreign Minister Beate Meinl-Reisinger said Austria "will not stand in the way of pressure on Russia", but added that the RBI case "is not closed".
Diplomats said several capitals, including Berlin, had refused to delist a sanctioned company for the benefit of a bank that still operates in Russia.

What is in it?
The package lowers the price cap on Russian crude to $47.60 a barrel and introduces a mechanism that will reset it every six months.
It bans transactions linked to the Nord Stream pipelines, lists 105 more shadow-fleet tankers and targets a Rosneft-owned refinery in India.
EU foreign policy chief Kaja Kallas said the EU would "keep raising the costs, so that stopping the aggression becomes the only path for Moscow".

Reactions came fast.
Ukrainian President Volodymyr Zelensky thanked the EU on Friday and called the package "essential and timely".
Kremlin spokesman Dmitry Peskov said Moscow would analyse the measures "to minimise their consequences" and that Russia had long since adapted to sanctions.
The package lands days after U.S. President Donald Trump on Monday gave Moscow 50 days to agree a ceasefire or face "very severe" secondary tariffs.

RBI said on Friday that it "takes note" of the decision and would pursue its claims in Austrian courts.
Its Russian unit still employs about 8,000 people.
Commission officials said work on a 19th package would begin in September.
"""

# ---------------------------------------------------------------- b131en06 (think-tank explainer)
EN06 = """
Explainer: A year after OMV's break with Gazprom, where does Austria stand?

A year ago, Austria still bought most of its gas from Russia.
Now it buys none, while its largest bank remains stuck in the Russian market.
Here is where things stand.

What happened?
OMV terminated its long-term supply contract with Gazprom Export on December 11 last year, after Gazprom had halted deliveries in November.
The contract, signed in 1968 and extended in 2018, would have run until 2040.
Russian gas stopped flowing through Ukraine on January 1, when Kyiv let the transit agreement expire.

Where does the gas come from now?
Mostly from Norway, from German and Italian hubs and from LNG terminals on the Adriatic and the North Sea.
Austrian storage sites entered this winter more than 80% full, and wholesale prices have tracked the European benchmark.

What has the EU decided?
On December 3, negotiators of the Council and the European Parliament agreed on a regulation that bans Russian LNG from the start of 2027 and pipeline gas by the autumn of 2027.
Hungarian Prime Minister Viktor Orbán said on Friday that Budapest would challenge the ban at the EU Court of Justice.
Kremlin spokesman Dmitry Peskov said last week that the decision would only make Europe poorer.
On Tuesday, Ukrainian Foreign Minister Andrii Sybiha urged the EU to close remaining loopholes for Russian LNG "without waiting for 2027".

Why is Raiffeisen still in Russia?
Any sale of its Russian unit needs Vladimir Putin's personal approval, and a Kaliningrad court has barred one since September 2024.
The European Central Bank has pushed RBI to cut its Russian lending, which has fallen by about two thirds since 2022.
Washington keeps up the pressure as well.
When the United States sanctioned Rosneft and Lukoil on October 22, Treasury Secretary Scott Bessent warned foreign banks that dealing with them could expose them to secondary sanctions.

What comes next?
The Council and the Parliament are expected to formally approve the gas regulation in January.
EU leaders will discuss energy and the sanctions regime at their summit on December 18 and 19.
RBI says it aims to reduce its Russian loan book by a further 30% by the end of 2026.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b131en01_haidach_storage_law_2022_07", "2022-07-08", EN01,
        [
            T("Thursday", "DATE", "2022-07-07", 0),
            T("the spring", "DATE", "2022-SP"),
            T("this month", "DATE", "2022-07"),
            T("currently", "DATE", "PRESENT_REF"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("Friday", "DATE", "2022-07-08", 0),
            T("Thursday", "DATE", "2022-07-07", 1),
            T("November 1", "DATE", "2022-11-01"),
            T("late last month", "DATE", "2022-06", mod="END"),
            T("mid-June", "DATE", "2022-06", mod="MID"),
            T("this week", "DATE", "2022-W27"),
            T("ten days", "DURATION", "P10D"),
            T("Monday", "DATE", "2022-07-11"),
            T("annual", "SET", "P1Y"),
            T("Thursday", "DATE", "2022-07-07", 2),
            T("Friday", "DATE", "2022-07-08", 1),
            T("Wednesday", "DATE", "2022-07-06"),
            T("July 20", "DATE", "2022-07-20"),
            T("summer", "DATE", "2022-SU"),
            T("next winter", "DATE", "2022-WI"),
        ],
        [
            E("Austria's parliament passes a law to strip Gazprom of unused Haidach storage capacity", "SANCTION",
              ["Russia"], "2022-07-07", "text", "occurred", "Austria's parliament on Thursday passed"),
            E("Gazprom calls the law a breach of its contractual rights", "ACCUSE", ["Russia"], "2022-07-08", "text",
              "occurred", "Gazprom said on Friday"),
            E("EU member states agree an 80% storage target for November 1", "AGREE", ["European Union"], "2022-06",
              "text", "occurred", "against an EU target of 80%", date_mod="END"),
            E("Gazprom cuts deliveries to OMV by about half", "SANCTION", ["Russia"], "2022-06", "text", "occurred",
              "Gazprom cut deliveries to Austria's OMV", date_mod="MID"),
            E("Peskov blames Canadian and EU sanctions for reduced supplies", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-07-08", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov told reporters"),
            E("Ukraine urges Canada not to return the Nord Stream turbine", "REQUEST", ["Ukraine"], "2022-07-06",
              "text", "occurred", "urged Ottawa not to return the turbine"),
            E("Commission to present a winter preparedness plan", "REQUEST", ["European Union"], "2022-07-20", "text",
              "planned", "winter preparedness plan"),
        ],
        [
            S("Russia", "Gazprom: the law breaches its contractual rights; it will examine all legal options",
              "2022-07-08", "text", "Gazprom said on Friday"),
            S("Germany", "Habeck: Russia might use the maintenance to halt flows for good", "2022-07-07", "text",
              "Robert Habeck warned on Thursday"),
            S("Dmitry Peskov", "Any reduction in supplies results from Canadian and EU sanctions", "2022-07-08", "text",
              "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Ukraine", "Returning the turbine would adjust sanctions to Russia's whims", "2022-07-06", "text",
              "urged Ottawa not to return the turbine"),
        ],
        ["Russia", "European Union", "Germany", "Kremlin", "Dmitry Peskov", "Ukraine"],
    ),
    doc(
        "b131en02_us_sanctions_rasperia_2024_05", "2024-05-24", EN02,
        [
            T("May 24", "DATE", "2024-05-24"),
            T("Wednesday", "DATE", "2024-05-22"),
            T("this month", "DATE", "2024-05"),
            T("2018", "DATE", "2018"),
            T("last month", "DATE", "2024-04"),
            T("Thursday", "DATE", "2024-05-23", 0),
            T("Thursday", "DATE", "2024-05-23", 1),
            T("Thursday", "DATE", "2024-05-23", 2),
            T("March last year", "DATE", "2023-03"),
            T("2026", "DATE", "2026"),
            T("the end of last year", "DATE", "2023", mod="END"),
            T("2023", "DATE", "2023"),
            T("next month", "DATE", "2024-06"),
        ],
        [
            E("US Treasury sanctions Rasperia Trading and three linked firms", "SANCTION", ["United States", "Russia"],
              "2024-05-22", "text", "occurred", "imposed sanctions on Rasperia Trading"),
            E("Treasury accuses Rasperia of a scheme to move frozen Russian assets back to the West", "ACCUSE",
              ["United States"], "2024-05-22", "context", "occurred", "the designations targeted"),
            E("US sanctions on Deripaska since 2018", "SANCTION", ["United States"], "2018", "text", "occurred",
              "under U.S. sanctions since 2018", date_mod="START"),
            E("Treasury official visits Vienna", "CONSULT", ["United States"], "2024-04", "text", "occurred",
              "A senior Treasury official visited Vienna"),
            E("Treasury official warns RBI its access to the US financial system could be at risk", "THREATEN",
              ["United States"], "2024-04", "text", "occurred", "A senior Treasury official visited Vienna"),
            E("Zakharova calls the sanctions economic racketeering", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-05-23", "text", "occurred", "economic racketeering"),
            E("Zakharova says Moscow will respond", "THREATEN", ["Maria Zakharova", "United States"], "2024-05-23",
              "text", "occurred", "economic racketeering"),
            E("Kuleba welcomes the US sanctions", "SUPPORT", ["Ukraine", "United States"], "2024-05-23", "text",
              "occurred", "Dmytro Kuleba welcomed the move"),
            E("Ukraine lists RBI as an international sponsor of war since March 2023", "ACCUSE", ["Ukraine"],
              "2023-03", "text", "occurred", "Ukraine has listed RBI", date_mod="START"),
            E("ECB orders RBI to cut its Russian loans by up to 65% by 2026", "REQUEST", ["European Union"],
              "2024-05-24", "published", "occurred", "the European Central Bank has ordered RBI"),
            E("EU negotiates a 14th sanctions package", "CONSULT", ["European Union"], "2024-05-24", "published",
              "occurred", "14th package of sanctions"),
            E("EU hopes to agree the 14th package next month", "SANCTION", ["European Union", "Russia"], "2024-06",
              "text", "planned", "14th package of sanctions"),
        ],
        [
            S("United States", "Treasury: the designations target a scheme to move frozen Russian assets back into "
              "Western markets", "2024-05-22", "context", "the designations targeted"),
            S("United States", "Adeyemo: those who evade sanctions through complex transactions will be held to "
              "account", "2024-05-22", "context", "Wally Adeyemo said"),
            S("Maria Zakharova", "The sanctions are economic racketeering; Moscow will respond", "2024-05-23", "text",
              "economic racketeering"),
            S("Ukraine", "Kuleba: every loophole closed is a step towards peace", "2024-05-23", "text",
              "Dmytro Kuleba welcomed the move"),
        ],
        ["United States", "Russia", "Maria Zakharova", "Ukraine", "European Union"],
    ),
    doc(
        "b131en03_kaliningrad_court_raiffeisen_2025_01", "2025-01-31", EN03,
        [
            T("Tuesday", "DATE", "2025-01-28"),
            T("2022", "DATE", "2022"),
            T("September", "DATE", "2024-09"),
            T("Wednesday", "DATE", "2025-01-29", 0),
            T("2020", "DATE", "2020"),
            T("last May", "DATE", "2024-05"),
            T("Thursday", "DATE", "2025-01-30", 0),
            T("Wednesday", "DATE", "2025-01-29", 1),
            T("Thursday", "DATE", "2025-01-30", 1),
            T("February 24", "DATE", "2025-02-24"),
            T("about three months", "DURATION", "P3M", mod="APPROX"),
            T("annual", "SET", "P1Y"),
            T("February 4", "DATE", "2025-02-04"),
        ],
        [
            E("Kaliningrad court orders RBI's Russian unit to pay about EUR2.04bn to Rasperia", "COERCE", ["Russia"],
              "2025-01-28", "text", "occurred", "A commercial court in Kaliningrad"),
            E("EU sanctions freeze the Strabag shares", "SANCTION", ["European Union"], "2022", "text", "occurred",
              "EU sanctions froze the Strabag shares"),
            E("Russian court injunction bars RBI from selling its Russian unit", "COERCE", ["Russia"], "2024-09",
              "text", "occurred", "The court also confirmed an injunction"),
            E("RBI to appeal the ruling", "REJECT", ["Russia"], "2025-01-29", "text", "occurred",
              "RBI said on Wednesday that it would appeal"),
            E("US Treasury sanctioned Rasperia", "SANCTION", ["United States", "Russia"], "2024-05", "text",
              "occurred", "which sanctioned Rasperia last May"),
            E("US Treasury warns that transactions giving Rasperia the Strabag shares would be sanctionable",
              "THREATEN", ["United States"], "2025-01-30", "context", "occurred", "would be \"sanctionable\""),
            E("Kallas: the EU will not let Russian courts launder sanctioned assets", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2025-01-30", "text", "occurred", "to launder sanctioned assets"),
            E("Ukraine says Western banks should leave Russia without delay", "REQUEST", ["Ukraine"], "2025-01-31",
              "published", "occurred", "Ukraine's foreign ministry said the ruling"),
            E("EU foreign ministers to meet on February 24", "CONSULT", ["European Union"], "2025-02-24", "text",
              "planned", "EU foreign ministers next meet"),
            E("EU aims to adopt its 16th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-02-24",
              "text", "planned", "EU foreign ministers next meet"),
        ],
        [
            S("United States", "Treasury is closely following the case", "2025-01-30", "text",
              "said on Thursday it was \"closely following\""),
            S("United States", "Treasury: transactions letting Rasperia receive Strabag shares would be sanctionable",
              "2025-01-30", "context", "would be \"sanctionable\""),
            S("Dmitry Peskov", "The court acted independently; foreign companies must respect Russian law",
              "2025-01-29", "text", "must respect Russian law"),
            S("Kaja Kallas", "The EU will not allow Russian courts to launder sanctioned assets through European "
              "companies", "2025-01-30", "text", "to launder sanctioned assets"),
            S("Ukraine", "The ruling shows why Western banks should leave Russia without delay", "2025-01-31",
              "published", "Ukraine's foreign ministry said the ruling"),
        ],
        ["Russia", "European Union", "United States", "Kremlin", "Dmitry Peskov", "Kaja Kallas", "Ukraine"],
    ),
    doc(
        "b131en04_austria_first_week_without_russian_gas_2025_01", "2025-01-09", EN04,
        [
            T("more than half a century", "DURATION", "P50Y", mod="MORE_THAN"),
            T("8 a.m. Moscow time", "TIME", "2025-01-01T08:00", note="Moscow time"),
            T("January 1", "DATE", "2025-01-01", 0),
            T("five-year", "DURATION", "P5Y"),
            T("New Year's Day", "DATE", "2025-01-01"),
            T("last Thursday", "DATE", "2025-01-02"),
            T("now", "DATE", "PRESENT_REF", 0),
            T("December 27", "DATE", "2024-12-27"),
            T("the same day", "DATE", "2024-12-27"),
            T("now", "DATE", "PRESENT_REF", 1),
            T("Monday", "DATE", "2025-01-06"),
            T("January 1", "DATE", "2025-01-01", 1),
            T("November", "DATE", "2024-11"),
            T("this week", "DATE", "2025-W02"),
            T("Christmas", "DATE", "2024-12-25"),
            T("December", "DATE", "2024-12", 1),
            T("the winter", "DATE", "2024-WI"),
            T("Saturday", "DATE", "2025-01-04"),
            T("next Tuesday", "DATE", "2025-01-14"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Ukraine halts Russian gas transit as the contract expires", "SANCTION", ["Ukraine", "Russia"],
              "2025-01-01T08:00", "text", "occurred", "Ukraine halted transit"),
            E("Peskov blames Kyiv for higher gas prices in Europe", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-01-02", "text", "occurred", "Dmitry Peskov said last Thursday"),
            E("Fico threatens to cut electricity exports to Ukraine", "THREATEN", ["Ukraine"], "2024-12-27", "text",
              "occurred", "Robert Fico threatened"),
            E("Zelensky accuses Fico of opening a second energy front on Putin's orders", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-12-27", "text", "occurred", "second energy front"),
            E("Germany abolishes its gas storage levy on cross-border flows", "CONCEDE", ["Germany"], "2025-01-01",
              "text", "occurred", "Germany scrapped its gas storage levy"),
            E("OMV ended its Gazprom contract", "SANCTION", ["Russia"], "2024-12", "text", "occurred",
              "OMV, which ended its Gazprom contract in December"),
            E("Commission's gas coordination group to meet", "CONSULT", ["European Union"], "2025-01-14", "text",
              "planned", "gas coordination group will meet"),
        ],
        [
            S("Russia", "Gazprom: no technical and legal possibility to deliver gas through Ukraine", "2025-01-01",
              "text", "Gazprom said on New Year's Day"),
            S("Volodymyr Zelensky", "The end of transit is one of Moscow's biggest defeats", "2025-01-09",
              "published", "one of the biggest defeats of Moscow"),
            S("Dmitry Peskov", "Europeans will pay more for gas; responsibility lies with Kyiv", "2025-01-02", "text",
              "Dmitry Peskov said last Thursday"),
            S("Volodymyr Zelensky", "Fico opens a second energy front on Putin's orders", "2024-12-27", "text",
              "second energy front"),
            S("European Union", "Brussels officials expect no shortages but will watch Slovakia and Moldova",
              "2025-01-09", "published", "Officials in Brussels said"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Germany",
         "European Union"],
    ),
    doc(
        "b131en05_eu_18th_package_rbi_dropped_2025_07", "2025-07-18", EN05,
        [
            T("Friday morning", "TIME", "2025-07-18TMO"),
            T("a few hours", "DURATION", "PXH"),
            T("Thursday evening", "TIME", "2025-07-17TEV"),
            T("this week", "DATE", "2025-W29"),
            T("Tuesday", "DATE", "2025-07-15"),
            T("every six months", "SET", "P6M"),
            T("Friday", "DATE", "2025-07-18", 1),
            T("days", "DURATION", "PXD"),
            T("Monday", "DATE", "2025-07-14"),
            T("50 days", "DURATION", "P50D"),
            T("Friday", "DATE", "2025-07-18", 2),
            T("September", "DATE", "2025-09"),
        ],
        [
            E("EU ambassadors adopt the 18th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2025-07-18TMO", "text", "occurred", "EU ambassadors adopted it"),
            E("Fico lifts his veto", "CONCEDE", ["European Union"], "2025-07-17TEV", "text", "occurred",
              "EU ambassadors adopted it"),
            E("Von der Leyen gives Fico written assurances on the costs of the gas phase-out", "AGREE",
              ["Ursula von der Leyen"], "2025-W29", "text", "occurred", "written assurances"),
            E("Austria drops its demand for an RBI clause", "CONCEDE", ["European Union"], "2025-07-15", "text",
              "occurred", "Vienna on Tuesday dropped its demand"),
            E("Several capitals including Berlin refuse to delist Rasperia for RBI's benefit", "REJECT", ["Germany"],
              "2025-07-18", "published", "occurred", "including Berlin, had refused"),
            E("Package lowers the oil price cap to $47.60 with a six-monthly reset", "SANCTION",
              ["European Union", "Russia"], "2025-07-18TMO", "context", "occurred", "lowers the price cap"),
            E("Package bans Nord Stream transactions and lists 105 more shadow-fleet tankers", "SANCTION",
              ["European Union", "Russia"], "2025-07-18TMO", "context", "occurred", "It bans transactions"),
            E("Zelensky thanks the EU for the package", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2025-07-18", "text", "occurred", "Zelensky thanked the EU on Friday"),
            E("Trump gives Moscow 50 days to agree a ceasefire or face secondary tariffs", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-14", "text", "occurred", "gave Moscow 50 days",
              note="deadline about 2 September 2025"),
            E("Work on a 19th package to begin in September", "SANCTION", ["European Union", "Russia"], "2025-09",
              "text", "planned", "19th package"),
        ],
        [
            S("Ursula von der Leyen", "Slovakia will not face higher costs from the phase-out of Russian gas (via "
              "Fico)", "2025-W29", "text", "written assurances"),
            S("Kaja Kallas", "The EU will keep raising the costs so that stopping the aggression is Moscow's only "
              "path", "2025-07-18", "published", "keep raising the costs"),
            S("Volodymyr Zelensky", "The package is essential and timely", "2025-07-18", "text",
              "Zelensky thanked the EU on Friday"),
            S("Dmitry Peskov", "Moscow will analyse the measures to minimise their consequences; Russia has adapted "
              "to sanctions", "2025-07-18", "published", "to minimise their consequences"),
            S("Donald Trump", "Moscow has 50 days to agree a ceasefire or face very severe secondary tariffs",
              "2025-07-14", "text", "gave Moscow 50 days"),
        ],
        ["European Union", "Russia", "Ursula von der Leyen", "Germany", "Kaja Kallas", "Volodymyr Zelensky",
         "Ukraine", "Kremlin", "Dmitry Peskov", "Donald Trump", "United States"],
    ),
    doc(
        "b131en06_explainer_year_after_omv_2025_12", "2025-12-11", EN06,
        [
            T("A year ago", "DATE", "2024"),
            T("Now", "DATE", "PRESENT_REF"),
            T("December 11 last year", "DATE", "2024-12-11"),
            T("November", "DATE", "2024-11"),
            T("1968", "DATE", "1968"),
            T("2018", "DATE", "2018"),
            T("2040", "DATE", "2040"),
            T("January 1", "DATE", "2025-01-01"),
            T("now", "DATE", "PRESENT_REF"),
            T("this winter", "DATE", "2025-WI"),
            T("December 3", "DATE", "2025-12-03"),
            T("the start of 2027", "DATE", "2027", mod="START"),
            T("the autumn of 2027", "DATE", "2027-FA"),
            T("Friday", "DATE", "2025-12-05"),
            T("last week", "DATE", "2025-W49"),
            T("Tuesday", "DATE", "2025-12-09"),
            T("2027", "DATE", "2027", 2),
            T("September 2024", "DATE", "2024-09"),
            T("2022", "DATE", "2022"),
            T("October 22", "DATE", "2025-10-22"),
            T("January", "DATE", "2026-01", 1),
            T("December 18", "DATE", "2025-12-18"),
            T("19", "DATE", "2025-12-19"),
            T("the end of 2026", "DATE", "2026", mod="END"),
        ],
        [
            E("OMV terminates its supply contract with Gazprom Export", "SANCTION", ["Russia"], "2024-12-11", "text",
              "occurred", "OMV terminated its long-term supply contract"),
            E("Gazprom halts deliveries to OMV", "SANCTION", ["Russia"], "2024-11", "text", "occurred",
              "OMV terminated its long-term supply contract"),
            E("OMV–Gazprom contract extended in 2018", "AGREE", ["Russia"], "2018", "text", "occurred",
              "signed in 1968 and extended in 2018"),
            E("Russian gas transit through Ukraine ends as Kyiv lets the agreement expire", "SANCTION",
              ["Ukraine", "Russia"], "2025-01-01", "text", "occurred", "let the transit agreement expire"),
            E("Council and Parliament negotiators agree a regulation banning Russian gas imports", "AGREE",
              ["European Union"], "2025-12-03", "text", "occurred", "negotiators of the Council"),
            E("Ban on Russian LNG from the start of 2027", "SANCTION", ["European Union", "Russia"], "2027", "text",
              "planned", "negotiators of the Council", date_mod="START"),
            E("Orbán: Budapest will challenge the ban at the EU Court of Justice", "THREATEN",
              ["Viktor Orbán", "European Union"], "2025-12-05", "text", "occurred", "challenge the ban"),
            E("Peskov: the decision will only make Europe poorer", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2025-W49", "text", "occurred", "make Europe poorer"),
            E("Sybiha urges the EU to close remaining loopholes for Russian LNG", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2025-12-09", "text", "occurred", "urged the EU to close"),
            E("Kaliningrad court bars the sale since September 2024", "COERCE", ["Russia"], "2024-09", "text",
              "occurred", "needs Vladimir Putin's personal approval", date_mod="START"),
            E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "sanctioned Rosneft and Lukoil"),
            E("Bessent warns foreign banks of secondary sanctions", "THREATEN", ["United States"], "2025-10-22",
              "context", "occurred", "sanctioned Rosneft and Lukoil"),
            E("Council and Parliament to formally approve the gas regulation", "AGREE", ["European Union"], "2026-01",
              "text", "planned", "formally approve the gas regulation"),
            E("EU summit on December 18 and 19", "CONSULT", ["European Union"], "2025-12-18", "text", "planned",
              "at their summit on December 18"),
        ],
        [
            S("Viktor Orbán", "Budapest will challenge the gas ban at the EU Court of Justice", "2025-12-05", "text",
              "challenge the ban"),
            S("Dmitry Peskov", "The decision will only make Europe poorer", "2025-W49", "text", "make Europe poorer"),
            S("Andrii Sybiha", "The EU should close remaining loopholes for Russian LNG without waiting for 2027",
              "2025-12-09", "text", "urged the EU to close"),
            S("United States", "Bessent: dealing with Rosneft and Lukoil could expose foreign banks to secondary "
              "sanctions", "2025-10-22", "context", "sanctioned Rosneft and Lukoil"),
        ],
        ["Russia", "Ukraine", "European Union", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Andrii Sybiha",
         "Vladimir Putin", "United States"],
    ),
]
