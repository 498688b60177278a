"""English articles of the blind47 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b47en01 (UPI)
EN01 = """
Blinken, Lavrov hold first call since Russia's invasion of Ukraine

WASHINGTON, July 29 (UPI) -- Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister Sergei Lavrov on Friday, the first known conversation between the two top diplomats since Russian troops crossed into Ukraine more than five months ago.
Blinken told reporters at the State Department that he had pressed Lavrov to accept a "substantial proposal" Washington put forward in June to secure the release of WNBA star Brittney Griner and former Marine Paul Whelan.
"I urged him to move forward with it," Blinken said, declining to detail the offer, which people familiar with it said would involve the convicted arms dealer Viktor Bout.

Blinken said he also warned Lavrov that the world would never recognize any attempt by Moscow to annex more Ukrainian territory, and urged Russia to honor the U.N.- and Turkish-brokered grain export deal it signed with Ukraine last week in Istanbul.
The Russian Foreign Ministry said Lavrov had told Blinken that Washington should return to "quiet diplomacy" on the prisoner question instead of "speculative leaks," and had complained about the flood of Western weapons to Kyiv.
Kremlin spokesman Dmitry Peskov had said on Wednesday that any exchange would have to be worked out without "megaphone diplomacy."

Griner, who was detained at a Moscow airport in February with vape cartridges containing cannabis oil, is on trial in Khimki outside Moscow, and a verdict is expected next week.
Her supporters have urged the White House to make a deal before she is sentenced.

The call came as Russia and Ukraine traded blame for a strike overnight on a prison in Olenivka, in the Russian-controlled part of the Donetsk region, that Russian officials said killed 40 Ukrainian prisoners of war.
Ukraine's General Staff denied any involvement and accused Russian forces of blowing up the barracks to cover up torture, while Moscow said Kyiv had used U.S.-supplied HIMARS rockets.
President Volodymyr Zelensky called it "a deliberate Russian war crime" in his nightly address and demanded that the United Nations and the Red Cross be given access to the site.

On Wednesday, the Senate unanimously passed a non-binding resolution calling on the State Department to designate Russia a state sponsor of terrorism, a step Blinken has so far resisted.
Lavrov, who wrapped up an Africa tour in Addis Ababa on Thursday, told reporters there that Moscow was ready for talks with Washington on strategic stability, but only on an equal footing.
The last time the two men spoke was in mid-February, days before the invasion.
"""

# ---------------------------------------------------------------- b47en02 (Roll Call)
EN02 = """
Rubio tells senators that a sanctions threat now could end Russia talks

Secretary of State Marco Rubio urged senators on Tuesday to hold off on new sanctions against Russia, arguing that threatening Moscow now would push the Kremlin away from the negotiating table just as President Donald Trump is trying to broker a ceasefire in Ukraine.
"If you start threatening sanctions, the Russians will stop talking," Rubio told the Senate Foreign Relations Committee during a hearing on the State Department's budget request, adding that the president reserved the right to impose them if the talks collapse.

His testimony came after Trump spoke with Russian President Vladimir Putin for more than two hours on Monday and announced that Russia and Ukraine would "immediately" start negotiations toward a ceasefire and an end to the war.
Trump also spoke with Ukrainian President Volodymyr Zelensky and several European leaders after the call, and suggested that the Vatican could host the negotiations, an idea the Holy See said it was open to.
Putin said after the call that Russia was ready to work with Ukraine on a "memorandum" on a possible peace accord, but Kremlin spokesman Dmitry Peskov said Tuesday there was no deadline for drafting it and that "the devil is in the details."
Zelensky told reporters in Kyiv that Ukraine would not withdraw its troops from its own territory and again called for an unconditional 30-day ceasefire.

Sen. Lindsey Graham, R-S.C., whose bill would impose secondary tariffs of 500 percent on countries that buy Russian oil, gas and uranium, has signed up 81 co-sponsors, enough to override a veto.
Graham said after the hearing that he would give the White House "a little more time," but that Majority Leader John Thune, R-S.D., had assured him the measure could reach the floor quickly once the administration signaled support.
Sen. Richard Blumenthal, D-Conn., the bill's lead Democratic sponsor, said Putin was "playing Trump for time," noting that Russian forces had launched one of the largest drone attacks of the war on Ukrainian cities over the weekend.

Democrats on the committee pressed Rubio on whether the administration would ever walk away from Ukraine.
Rubio said the United States would not abandon Kyiv but would not "stay in this forever" either, and that the president wanted to see "concrete proposals" from both sides in the coming days.

The European Union and Britain on Tuesday announced new sanctions on Russia's shadow fleet of oil tankers, with EU foreign policy chief Kaja Kallas saying Moscow was "not serious" about peace.
Rubio is scheduled to testify before the House Foreign Affairs Committee on Wednesday afternoon.
"""

# ---------------------------------------------------------------- b47en03 (Washington Examiner)
EN03 = """
Blinken demands Lavrov free jailed reporter Evan Gershkovich

Secretary of State Antony Blinken called Russian Foreign Minister Sergey Lavrov on Sunday and demanded the immediate release of Wall Street Journal reporter Evan Gershkovich, who was arrested last week in Yekaterinburg on espionage charges that the newspaper and the U.S. government say are baseless.
Blinken "conveyed the United States' grave concern over Russia's unacceptable detention of a U.S. citizen journalist," State Department spokesman Vedant Patel said in a statement, adding that he also pressed for the release of former Marine Paul Whelan.
The call was the first known conversation between the two men since they spoke for about 10 minutes on the sidelines of a Group of 20 meeting in New Delhi on March 2.

The Russian Foreign Ministry said Lavrov told Blinken that Gershkovich had been "caught red-handed," that his fate would be decided by a court, and that Washington should refrain from "whipping up a fuss" in the media.
Lavrov also told Blinken that the United States would have to take Russia's security interests into account and stop "pumping weapons" into Ukraine if it wanted to lower tensions, the ministry said.
Kremlin spokesman Dmitry Peskov said Monday that it was too early to talk about a prisoner exchange.

President Joe Biden, asked by reporters on Friday what his message to Moscow was, said simply: "Let him go."
The administration has not yet formally declared Gershkovich "wrongfully detained," a designation that would hand his case to the special presidential envoy for hostage affairs, but National Security Council spokesman John Kirby said the review was moving "as fast as we can."
Sen. Marco Rubio (R-FL) accused Moscow of "taking hostages" to trade for Russian spies held in the West.

The call came as Russia began its monthlong presidency of the U.N. Security Council, which Ukrainian Foreign Minister Dmytro Kuleba on Saturday called "a slap in the face to the international community."
In his nightly address Sunday, President Volodymyr Zelensky said the presidency proved that the council needed to be reformed.
Lavrov is expected to chair a council debate in New York later this month, and the State Department said it would issue visas for his delegation in line with Washington's obligations as the host country.

Gershkovich, 31, is the first American reporter held on espionage charges in Russia since the Cold War.
He faces up to 20 years in prison if convicted, and a Moscow court has ordered him held in Lefortovo prison until May 29.
"""

# ---------------------------------------------------------------- b47en04 (The Washington Times)
EN04 = """
Biden widens Russia sanctions, targets Chinese suppliers as G-7 leaders gather

The Biden administration on Wednesday unveiled sweeping new sanctions on more than 300 people and companies helping Russia's war effort, including firms in China, and raised the threat of penalties for foreign banks that do business with Moscow's war economy.
The Treasury Department said it had broadened its definition of Russia's military-industrial base so that any foreign financial institution dealing with a sanctioned Russian entity could itself be cut off from the U.S. financial system.
"Today's actions strike at their remaining avenues for international materials and equipment," Treasury Secretary Janet L. Yellen said in a statement.

Among the targets was the Moscow Exchange, which said hours later that it would halt trading in dollars and euros from Thursday, leaving the Bank of Russia to set the ruble's exchange rate from over-the-counter deals.
The State Department separately sanctioned entities involved in the Arctic LNG 2 gas project and companies it said were shipping Chinese machine tools and microelectronics to Russian arms makers.

In Moscow, Kremlin spokesman Dmitry Peskov said Thursday that the measures were aimed at damaging the Russian economy but that the financial system would "adapt," and that Russians had no reason to panic.
Foreign Ministry spokeswoman Maria Zakharova said Russia would respond, calling the sanctions part of an "economic war" waged by Washington.
China's Foreign Ministry said it "firmly opposes" the listing of Chinese companies and would take "necessary measures" to protect their interests, insisting that its trade with Russia is normal.

Ukrainian President Volodymyr Zelensky welcomed the sanctions as he headed to southern Italy for the Group of Seven summit, which opens Thursday at a resort in Apulia.
Leaders there are expected to endorse a plan to lend Ukraine about $50 billion backed by the profits from frozen Russian central bank assets, and President Biden and Mr. Zelensky are scheduled to sign a 10-year bilateral security agreement on the sidelines.
Vice President Kamala Harris will lead the U.S. delegation to a peace conference in Switzerland on Saturday, to which Russia was not invited.
The Kremlin has dismissed the gathering as pointless.

The measures are the largest single package of U.S. sanctions since February, when the administration blacklisted more than 500 targets after the death in prison of opposition leader Alexei Navalny.
Congress approved $61 billion in new aid for Ukraine in April after a monthslong standoff in the House, and Republicans have largely backed tougher sanctions even as some question further spending.
Sen. Roger Wicker of Mississippi, the ranking Republican on the Armed Services Committee, said the steps were "welcome but overdue."
"""

# ---------------------------------------------------------------- b47en05 (The Christian Science Monitor)
EN05 = """
Trump's Russia deadline passes. Now China pays the price.

WASHINGTON – When President Donald Trump gave Vladimir Putin two weeks on March 18 to accept a ceasefire in Ukraine, skeptics in Washington and Kyiv noted that earlier deadlines had come and gone without consequences.
This time, the president followed through – though the bill is being sent to Beijing rather than Moscow.
On Thursday, Mr. Trump signed an executive order imposing an additional 25% tariff on goods from countries that continue to import Russian crude oil, starting with China, the largest buyer.
The tariff takes effect April 10, the White House said.

"The president gave Putin every chance," press secretary Karoline Leavitt told reporters.
"He chose to keep bombing."
Treasury Secretary Scott Bessent said India, which cut its purchases of Russian oil by more than half over the past year, would be spared, and that Turkey had been given 60 days to wind down its imports.

Beijing's response was swift.
China's Commerce Ministry called the tariff "unilateral bullying" and said it would take "resolute countermeasures," while Foreign Ministry spokeswoman Mao Ning said China's energy cooperation with Russia was "normal trade" that "no third party has the right to interfere with."

In Moscow, Kremlin spokesman Dmitry Peskov said Friday that the tariffs were "illegitimate" and would not change Russia's position, adding that Russia had "no shortage of buyers."
Special envoy Steve Witkoff spent nearly four hours with Mr. Putin in the Kremlin last week, but Russian officials said afterward that Moscow would not halt its offensive before Ukraine withdrew from the Donetsk region.

In Kyiv, President Volodymyr Zelensky thanked Mr. Trump for "keeping his word" and urged European governments to follow with their own measures against the tankers of Russia's shadow fleet.
But Ukrainian officials privately worry that a trade war with China could consume Washington's attention – and that Beijing, rather than Moscow, may end up at the center of the administration's calculations.

Analysts say the gamble is considerable.
China buys roughly 2 million barrels of Russian crude daily, and a tariff fight with Beijing would rattle markets that the administration has been trying to calm.
"Secondary tariffs are a blunt instrument," says Maria Snegovaya, a Russia specialist in Washington.
"They hurt the buyer long before they hurt the seller."
On Capitol Hill, Republican Sen. Lindsey Graham, whose Russia sanctions bill has been stalled for more than a year, praised the order as "the real deal."
The next test comes April 10, when the tariffs take effect – and when Chinese negotiators are due in Washington for trade talks that were scheduled long before the Russia deadline.
"""

# ---------------------------------------------------------------- b47en06 (NV, The New Voice of Ukraine)
EN06 = """
Rubio makes first visit to Kyiv, says US 'will not trade Ukraine's security' for a deal with Moscow

Secretary of State Marco Rubio arrived in Kyiv by train on April 23 on his first visit to Ukraine since taking office, and spent more than four hours with President Volodymyr Zelensky and Foreign Minister Andrii Sybiha on Bankova Street.
Rubio told a joint news conference that the United States would not trade Ukraine's security "for a piece of paper signed in Moscow" and that President Donald Trump remained determined to end the war "this year."
The two sides signed a memorandum on protecting Ukraine's energy grid and agreed that the first three projects of the U.S.-Ukraine Reconstruction Investment Fund, two of them in gas production, would be launched in June.

Zelensky said he had asked for eight more Patriot systems and for further U.S. pressure on the "remaining buyers" of Russian oil, after Washington's tariffs on Chinese goods took effect earlier this month.
"When the money stops, the missiles stop," Zelensky said.
Rubio said the administration was "not done" with secondary tariffs and that Turkey, which was given 60 days to wind down its purchases, was "on notice."
Sybiha called the visit "a strong signal that Ukraine is not alone."

In Moscow, Kremlin spokesman Dmitry Peskov said the visit showed that Washington "continues to pump weapons into the Kyiv regime," but that Russia remained open to contacts with the United States "at all levels."
Russian Foreign Ministry spokeswoman Maria Zakharova mocked Rubio's train journey as "a tourist trip to the front" and said Moscow would not negotiate "under the threat of tariffs."
During the visit, air raid sirens sounded twice in the capital as Russian drones targeted the Kyiv region, the city military administration reported.

Asked about the trip at the White House, Trump said Rubio was "doing a fantastic job" and that he would speak to Russian dictator Vladimir Putin "soon."
Rubio was due to travel on to Warsaw on Friday for talks with Polish officials and then to Brussels, where NATO foreign ministers meet next week.
It was the first visit by a U.S. secretary of state to Kyiv since Antony Blinken's trip in September 2024.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b47en01_blinken_lavrov_call_griner_2022_07", "2022-07-29", EN01,
        [
            T("July 29", "DATE", "2022-07-29"),
            T("Friday", "DATE", "2022-07-29"),
            T("more than five months ago", "DATE", "2022-02"),
            T("June", "DATE", "2022-06"),
            T("last week", "DATE", "2022-W29"),
            T("Wednesday", "DATE", "2022-07-27", 0),
            T("February", "DATE", "2022-02", 0),
            T("next week", "DATE", "2022-W31"),
            T("overnight", "TIME", "2022-07-28TNI", note="night of 28 to 29 July"),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2022-07-27", 1),
            T("Thursday", "DATE", "2022-07-28"),
            T("mid-February", "DATE", "2022-02", mod="MID"),
        ],
        [
            E("Blinken–Lavrov phone call, the first since the invasion", "CONSULT", ["Antony Blinken", "Sergey Lavrov"],
              "2022-07-29", "text", "occurred", "Secretary of State Antony Blinken spoke by phone"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Secretary of State Antony Blinken spoke by phone", note="24 February 2022"),
            E("US puts forward a proposal to free Griner and Whelan", "REQUEST", ["United States", "Russia"], "2022-06",
              "text", "occurred", "substantial proposal"),
            E("Blinken presses Lavrov to accept the proposal", "REQUEST", ["Antony Blinken", "Sergey Lavrov"],
              "2022-07-29", "context", "occurred", "substantial proposal"),
            E("Blinken warns Moscow against annexing more Ukrainian territory", "REQUEST", ["Antony Blinken", "Russia"],
              "2022-07-29", "context", "occurred", "never recognize"),
            E("Blinken urges Russia to honor the grain export deal", "REQUEST", ["Antony Blinken", "Russia"],
              "2022-07-29", "context", "occurred", "never recognize"),
            E("Russia and Ukraine sign the UN- and Turkish-brokered grain deal in Istanbul", "AGREE",
              ["Russia", "Ukraine", "United Nations", "Turkey"], "2022-W29", "text", "occurred", "never recognize",
              note="22 July 2022"),
            E("Lavrov tells Blinken to return to quiet diplomacy on the prisoner question", "REQUEST",
              ["Sergey Lavrov", "Antony Blinken"], "2022-07-29", "context", "occurred", "quiet diplomacy"),
            E("Lavrov complains about Western weapons for Kyiv", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2022-07-29", "context", "occurred", "quiet diplomacy"),
            E("Peskov: any exchange must be worked out without megaphone diplomacy", "REQUEST",
              ["Dmitry Peskov", "United States"], "2022-07-27", "text", "occurred", "megaphone diplomacy"),
            E("Griner detained at a Moscow airport", "COERCE", ["Russia"], "2022-02", "text", "occurred",
              "vape cartridges"),
            E("Griner's supporters urge the White House to make a deal", "REQUEST", ["White House"], "2022-07-29",
              "published", "occurred", "Her supporters have urged"),
            E("Strike on the prison in Olenivka", "ASSAULT", ["Russia", "Ukraine"], "2022-07-28TNI", "text",
              "occurred", "traded blame"),
            E("Ukraine accuses Russian forces of blowing up the barracks", "ACCUSE", ["Ukraine", "Russia"],
              "2022-07-29", "published", "occurred", "General Staff denied"),
            E("Moscow accuses Kyiv of using US-supplied HIMARS", "ACCUSE", ["Russia", "Ukraine", "United States"],
              "2022-07-29", "published", "occurred", "General Staff denied"),
            E("Zelensky calls the strike a deliberate Russian war crime", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-07-29", "published", "occurred", "deliberate Russian war crime"),
            E("Zelensky demands access for the UN and the Red Cross", "REQUEST", ["Volodymyr Zelensky", "United Nations"],
              "2022-07-29", "published", "occurred", "deliberate Russian war crime"),
            E("Senate resolution urges designating Russia a state sponsor of terrorism", "REQUEST",
              ["United States", "Russia"], "2022-07-27", "text", "occurred", "state sponsor of terrorism"),
            E("Lavrov ends his Africa tour in Addis Ababa", "CONSULT", ["Sergey Lavrov"], "2022-07-28", "text",
              "occurred", "Africa tour"),
            E("Lavrov: Moscow ready for strategic stability talks with Washington", "AGREE",
              ["Sergey Lavrov", "United States"], "2022-07-28", "text", "occurred", "Africa tour"),
            E("Lavrov: only on an equal footing", "REQUEST", ["Sergey Lavrov", "United States"], "2022-07-28", "text",
              "occurred", "Africa tour"),
            E("Blinken and Lavrov last spoke in mid-February", "CONSULT", ["Antony Blinken", "Sergey Lavrov"],
              "2022-02", "text", "occurred", "The last time the two men spoke", date_mod="MID",
              note="15 February 2022"),
        ],
        [
            S("Antony Blinken", "Pressed Lavrov to accept the substantial proposal for Griner and Whelan",
              "2022-07-29", "context", "substantial proposal"),
            S("Antony Blinken", "'I urged him to move forward with it'", "2022-07-29", "context", "I urged him"),
            S("Antony Blinken", "The world will never recognize annexations; Russia must honor the grain deal",
              "2022-07-29", "context", "never recognize"),
            S("Sergey Lavrov, via Russia", "Washington should return to quiet diplomacy; complains about Western "
              "weapons for Kyiv", "2022-07-29", "context", "quiet diplomacy"),
            S("Dmitry Peskov", "Any exchange must be worked out without megaphone diplomacy", "2022-07-27", "text",
              "megaphone diplomacy"),
            S("Russia", "Russian officials: 40 Ukrainian prisoners of war killed in Olenivka", "2022-07-29",
              "published", "traded blame"),
            S("Ukraine", "General Staff denies involvement; Russian forces blew up the barracks to cover up torture",
              "2022-07-29", "published", "General Staff denied"),
            S("Russia", "Kyiv used US-supplied HIMARS rockets", "2022-07-29", "published", "General Staff denied"),
            S("Volodymyr Zelensky", "A deliberate Russian war crime; the UN and the Red Cross must get access",
              "2022-07-29", "published", "deliberate Russian war crime"),
            S("Sergey Lavrov", "Moscow is ready for strategic stability talks with Washington, but only on an equal "
              "footing", "2022-07-28", "text", "Africa tour"),
        ],
        ["Antony Blinken", "Sergey Lavrov", "Russia", "Ukraine", "United States", "United Nations", "Turkey",
         "Kremlin", "Dmitry Peskov", "White House", "Volodymyr Zelensky"],
    ),
    doc(
        "b47en02_rubio_senate_sanctions_hearing_2025_05", "2025-05-21", EN02,
        [
            T("now", "DATE", "PRESENT_REF", 0),
            T("Tuesday", "DATE", "2025-05-20", 0),
            T("now", "DATE", "PRESENT_REF", 1),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Monday", "DATE", "2025-05-19"),
            T("Tuesday", "DATE", "2025-05-20", 1),
            T("30-day", "DURATION", "P30D"),
            T("the weekend", "DATE", "2025-W20-WE"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2025-05-20", 2),
            T("Wednesday afternoon", "TIME", "2025-05-21TAF"),
        ],
        [
            E("Rubio urges senators to hold off on new Russia sanctions", "REQUEST", ["Marco Rubio", "United States"],
              "2025-05-20", "text", "occurred", "Secretary of State Marco Rubio urged senators"),
            E("Trump reserves the right to impose sanctions if talks collapse", "THREATEN", ["Donald Trump", "Russia"],
              "2025-05-20", "context", "occurred", "If you start threatening sanctions"),
            E("Trump–Putin phone call of more than two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-05-19", "text", "occurred", "His testimony came after"),
            E("Russia and Ukraine to start negotiations toward a ceasefire immediately", "CONSULT",
              ["Russia", "Ukraine"], "2025-05-21", "published", "planned", "His testimony came after",
              note="announced by Trump on 19 May; no date set"),
            E("Trump speaks with Zelensky and several European leaders after the call", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-05-19", "context", "occurred",
              "several European leaders"),
            E("Trump suggests the Vatican host the negotiations", "REQUEST", ["Donald Trump", "Vatican"], "2025-05-19",
              "context", "occurred", "several European leaders"),
            E("The Holy See is open to hosting the negotiations", "AGREE", ["Vatican", "Donald Trump"], "2025-05-21",
              "published", "occurred", "several European leaders"),
            E("Putin: Russia ready to work with Ukraine on a memorandum on a possible peace accord", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2025-05-19", "context", "occurred", "memorandum"),
            E("Zelensky: Ukraine will not withdraw its troops from its own territory", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2025-05-21", "published", "occurred", "would not withdraw its troops"),
            E("Zelensky calls again for an unconditional 30-day ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-05-21", "published", "occurred", "would not withdraw its troops"),
            E("Graham's sanctions bill could reach the Senate floor once the administration signals support",
              "SANCTION", ["United States", "Russia"], "2025-05-21", "published", "uncertain", "reach the floor"),
            E("Blumenthal: Putin is playing Trump for time", "ACCUSE", ["United States", "Vladimir Putin"],
              "2025-05-21", "published", "occurred", "playing Trump for time"),
            E("One of the largest Russian drone attacks of the war on Ukrainian cities", "ASSAULT",
              ["Russia", "Ukraine"], "2025-W20-WE", "text", "occurred", "playing Trump for time"),
            E("Rubio: the US will not abandon Kyiv", "AGREE", ["Marco Rubio", "Ukraine"], "2025-05-20", "context",
              "occurred", "would not abandon Kyiv"),
            E("Trump wants concrete proposals from both sides in the coming days", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2025-05-20", "context", "occurred", "would not abandon Kyiv",
              note="proposals expected in the coming days"),
            E("EU and Britain announce new sanctions on Russia's shadow fleet", "SANCTION",
              ["European Union", "United Kingdom", "Russia"], "2025-05-20", "text", "occurred",
              "shadow fleet of oil tankers"),
            E("Kallas: Moscow is not serious about peace", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-05-20",
              "context", "occurred", "shadow fleet of oil tankers"),
        ],
        [
            S("Marco Rubio", "New sanctions should wait; threatening Moscow now would push the Kremlin away from the "
              "table", "2025-05-20", "text", "Secretary of State Marco Rubio urged senators"),
            S("Marco Rubio", "If you threaten sanctions, the Russians will stop talking; the president reserves the "
              "right to impose them", "2025-05-20", "context", "If you start threatening sanctions"),
            S("Donald Trump", "Russia and Ukraine will immediately start negotiations toward a ceasefire", "2025-05-19",
              "text", "His testimony came after"),
            S("Vatican", "Open to hosting the negotiations", "2025-05-21", "published", "several European leaders"),
            S("Vladimir Putin", "Russia is ready to work with Ukraine on a memorandum on a possible peace accord",
              "2025-05-19", "context", "memorandum"),
            S("Dmitry Peskov", "No deadline for drafting the memorandum; the devil is in the details", "2025-05-20",
              "text", "memorandum"),
            S("Volodymyr Zelensky", "Ukraine will not withdraw its troops from its own territory; calls for an "
              "unconditional 30-day ceasefire", "2025-05-21", "published", "would not withdraw its troops"),
            S("United States", "Graham: a little more time for the White House; Thune assured him the bill can reach "
              "the floor quickly", "2025-05-20", "context", "reach the floor"),
            S("United States", "Blumenthal: Putin is playing Trump for time", "2025-05-21", "published",
              "playing Trump for time"),
            S("Marco Rubio", "The US will not abandon Kyiv but will not stay in this forever; the president wants "
              "concrete proposals", "2025-05-20", "context", "would not abandon Kyiv"),
            S("Kaja Kallas", "Moscow is not serious about peace", "2025-05-20", "context", "shadow fleet of oil tankers"),
        ],
        ["Marco Rubio", "United States", "Russia", "Kremlin", "Donald Trump", "Ukraine", "Vladimir Putin",
         "Volodymyr Zelensky", "European Union", "Vatican", "Dmitry Peskov", "White House", "Kaja Kallas",
         "United Kingdom"],
    ),
    doc(
        "b47en03_blinken_lavrov_call_gershkovich_2023_04", "2023-04-03", EN03,
        [
            T("Sunday", "DATE", "2023-04-02", 0),
            T("last week", "DATE", "2023-W13"),
            T("about 10 minutes", "DURATION", "PT10M", mod="APPROX"),
            T("March 2", "DATE", "2023-03-02"),
            T("Monday", "DATE", "2023-04-03"),
            T("Friday", "DATE", "2023-03-31"),
            T("monthlong", "DURATION", "P1M"),
            T("Saturday", "DATE", "2023-04-01"),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2023-04-02", 1),
            T("this month", "DATE", "2023-04"),
            T("20 years", "DURATION", "P20Y"),
            T("May 29", "DATE", "2023-05-29"),
        ],
        [
            E("Blinken–Lavrov phone call", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2023-04-02", "text",
              "occurred", "called Russian Foreign Minister Sergey Lavrov on Sunday"),
            E("Blinken demands Gershkovich's immediate release", "REQUEST", ["Antony Blinken", "Sergey Lavrov"],
              "2023-04-02", "text", "occurred", "called Russian Foreign Minister Sergey Lavrov on Sunday"),
            E("Gershkovich arrested in Yekaterinburg on espionage charges", "COERCE", ["Russia"], "2023-W13", "text",
              "occurred", "called Russian Foreign Minister Sergey Lavrov on Sunday", note="29 March 2023"),
            E("Blinken presses for Paul Whelan's release", "REQUEST", ["Antony Blinken", "Sergey Lavrov"],
              "2023-04-02", "context", "occurred", "grave concern"),
            E("Blinken and Lavrov talk on the sidelines of the G20 meeting in New Delhi", "CONSULT",
              ["Antony Blinken", "Sergey Lavrov"], "2023-03-02", "text", "occurred", "about 10 minutes"),
            E("Lavrov: Gershkovich was caught red-handed and a court will decide", "REJECT",
              ["Sergey Lavrov", "Antony Blinken"], "2023-04-02", "context", "occurred", "caught red-handed"),
            E("Lavrov warns Washington against whipping up a fuss in the media", "REQUEST",
              ["Sergey Lavrov", "United States"], "2023-04-02", "context", "occurred", "caught red-handed"),
            E("Lavrov demands that the US stop pumping weapons into Ukraine", "REQUEST",
              ["Sergey Lavrov", "United States"], "2023-04-02", "context", "occurred", "pumping weapons"),
            E("Peskov: too early to talk about a prisoner exchange", "REJECT", ["Dmitry Peskov", "United States"],
              "2023-04-03", "text", "occurred", "too early to talk"),
            E("Biden: 'Let him go'", "REQUEST", ["Joe Biden", "Russia"], "2023-03-31", "text", "occurred",
              "Let him go"),
            E("Rubio accuses Moscow of taking hostages", "ACCUSE", ["Marco Rubio", "Russia"], "2023-04-03",
              "published", "occurred", "taking hostages"),
            E("Kuleba calls Russia's Security Council presidency a slap in the face", "ACCUSE", ["Ukraine", "Russia"],
              "2023-04-01", "text", "occurred", "slap in the face"),
            E("Zelensky: the Security Council needs to be reformed", "REQUEST", ["Volodymyr Zelensky", "United Nations"],
              "2023-04-02", "text", "occurred", "needed to be reformed"),
            E("Lavrov to chair a Security Council debate in New York", "CONSULT", ["Sergey Lavrov", "United Nations"],
              "2023-04", "text", "planned", "chair a council debate", note="24 and 25 April 2023"),
            E("State Department to issue visas for Lavrov's delegation", "AGREE", ["United States", "Russia"],
              "2023-04-03", "published", "occurred", "chair a council debate"),
        ],
        [
            S("Antony Blinken", "Grave concern over Russia's unacceptable detention of a US citizen journalist; "
              "pressed for Whelan's release", "2023-04-02", "context", "grave concern"),
            S("Sergey Lavrov, via Russia", "Gershkovich was caught red-handed; a court will decide; Washington should "
              "not whip up a fuss", "2023-04-02", "context", "caught red-handed"),
            S("Sergey Lavrov, via Russia", "The US must respect Russia's security interests and stop pumping weapons "
              "into Ukraine", "2023-04-02", "context", "pumping weapons"),
            S("Dmitry Peskov", "Too early to talk about a prisoner exchange", "2023-04-03", "text", "too early to talk"),
            S("Joe Biden", "'Let him go'", "2023-03-31", "text", "Let him go"),
            S("White House", "Kirby: the wrongful-detention review is moving as fast as possible", "2023-04-03",
              "published", "as fast as we can"),
            S("Marco Rubio", "Moscow takes hostages to trade for Russian spies held in the West", "2023-04-03",
              "published", "taking hostages"),
            S("Ukraine", "Kuleba: Russia's presidency is a slap in the face to the international community",
              "2023-04-01", "text", "slap in the face"),
            S("Volodymyr Zelensky", "Russia's presidency proves that the council must be reformed", "2023-04-02",
              "text", "needed to be reformed"),
            S("United States", "State Department: visas will be issued for Lavrov's delegation", "2023-04-03",
              "published", "chair a council debate"),
        ],
        ["Antony Blinken", "Sergey Lavrov", "United States", "Russia", "Dmitry Peskov", "Kremlin", "Joe Biden",
         "White House", "Marco Rubio", "United Nations", "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b47en04_treasury_sanctions_moscow_exchange_2024_06", "2024-06-13", EN04,
        [
            T("Wednesday", "DATE", "2024-06-12"),
            T("Today", "DATE", "2024-06-12", note="in Yellen's statement of 12 June"),
            T("Thursday", "DATE", "2024-06-13", 0),
            T("Thursday", "DATE", "2024-06-13", 1),
            T("Thursday", "DATE", "2024-06-13", 2),
            T("10-year", "DURATION", "P10Y"),
            T("Saturday", "DATE", "2024-06-15"),
            T("February", "DATE", "2024-02"),
            T("April", "DATE", "2024-04"),
            T("monthslong", "DURATION", "PXM"),
        ],
        [
            E("US sanctions more than 300 people and companies, including firms in China", "SANCTION",
              ["United States", "Russia", "China"], "2024-06-12", "text", "occurred", "sweeping new sanctions"),
            E("Treasury threatens foreign banks dealing with sanctioned Russian entities with secondary sanctions",
              "THREATEN", ["United States", "Russia"], "2024-06-12", "context", "occurred",
              "broadened its definition"),
            E("State Department sanctions Arctic LNG 2 entities and shippers of Chinese machine tools", "SANCTION",
              ["United States", "Russia", "China"], "2024-06-12", "context", "occurred", "Arctic LNG 2"),
            E("Peskov: the measures aim to damage the Russian economy", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-06-13", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Zakharova: Russia will respond", "THREATEN", ["Maria Zakharova", "United States"], "2024-06-13",
              "published", "occurred", "Maria Zakharova said Russia would respond"),
            E("Zakharova: the sanctions are part of Washington's economic war", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-06-13", "published", "occurred",
              "Maria Zakharova said Russia would respond"),
            E("China firmly opposes the listing of Chinese companies", "REJECT", ["China", "United States"],
              "2024-06-13", "published", "occurred", "firmly opposes"),
            E("China threatens necessary measures", "THREATEN", ["China", "United States"], "2024-06-13", "published",
              "occurred", "firmly opposes"),
            E("Zelensky welcomes the sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2024-06-13",
              "published", "occurred", "welcomed the sanctions"),
            E("G7 summit in Apulia with Zelensky", "CONSULT", ["Volodymyr Zelensky", "United States"], "2024-06-13",
              "text", "planned", "welcomed the sanctions"),
            E("G7 to endorse a $50bn loan to Ukraine backed by profits from frozen Russian assets", "AID",
              ["United States", "Ukraine", "Russia"], "2024-06-13", "context", "planned", "about $50 billion"),
            E("Biden and Zelensky to sign a 10-year bilateral security agreement", "AGREE",
              ["Joe Biden", "Volodymyr Zelensky"], "2024-06-13", "context", "planned", "about $50 billion"),
            E("Harris to lead the US delegation to the peace conference in Switzerland", "CONSULT", ["United States"],
              "2024-06-15", "text", "planned", "Kamala Harris"),
            E("US blacklisted more than 500 targets after Navalny's death", "SANCTION", ["United States", "Russia"],
              "2024-02", "text", "occurred", "more than 500 targets", note="23 February 2024"),
            E("Congress approves $61 billion in new aid for Ukraine", "AID", ["United States", "Ukraine"], "2024-04",
              "text", "occurred", "$61 billion", note="signed on 24 April 2024"),
        ],
        [
            S("United States", "Treasury: broadened definition of the military-industrial base; foreign banks risk "
              "being cut off", "2024-06-12", "context", "broadened its definition"),
            S("United States", "Yellen: today's actions strike at the remaining avenues for materials and equipment",
              "2024-06-12", "context", "Today's actions"),
            S("United States", "State Department: companies shipped Chinese machine tools and microelectronics to "
              "Russian arms makers", "2024-06-12", "context", "Arctic LNG 2"),
            S("Dmitry Peskov", "The measures aim to damage the economy, but the financial system will adapt; no "
              "reason to panic", "2024-06-13", "text", "Kremlin spokesman Dmitry Peskov said Thursday"),
            S("Maria Zakharova", "Russia will respond; the sanctions are part of an economic war waged by Washington",
              "2024-06-13", "published", "Maria Zakharova said Russia would respond"),
            S("China", "Firmly opposes the listing and will take necessary measures; its trade with Russia is normal",
              "2024-06-13", "published", "firmly opposes"),
            S("Volodymyr Zelensky", "Welcomes the sanctions", "2024-06-13", "published", "welcomed the sanctions"),
            S("Kremlin", "The peace conference in Switzerland is pointless", "2024-06-13", "published",
              "The Kremlin has dismissed"),
            S("United States", "Wicker: the steps are welcome but overdue", "2024-06-13", "published",
              "welcome but overdue"),
        ],
        ["Joe Biden", "United States", "Russia", "China", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b47en05_oil_tariffs_china_deadline_passes_2026_04", "2026-04-03", EN05,
        [
            T("Now", "DATE", "PRESENT_REF"),
            T("two weeks", "DURATION", "P2W"),
            T("March 18", "DATE", "2026-03-18"),
            T("Thursday", "DATE", "2026-04-02"),
            T("April 10", "DATE", "2026-04-10", 0),
            T("the past year", "DURATION", "P1Y"),
            T("60 days", "DURATION", "P60D"),
            T("Friday", "DATE", "2026-04-03"),
            T("nearly four hours", "DURATION", "PT4H", mod="APPROX"),
            T("last week", "DATE", "2026-W13"),
            T("daily", "SET", "P1D"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("April 10", "DATE", "2026-04-10", 1),
        ],
        [
            E("Trump gave Putin two weeks to accept a ceasefire", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2026-03-18", "text", "occurred", "skeptics in Washington and Kyiv",
              note="deadline expired on 1 April 2026"),
            E("Trump signs an executive order imposing a 25% tariff on buyers of Russian crude, starting with China",
              "SANCTION", ["Donald Trump", "China", "Russia"], "2026-04-02", "text", "occurred",
              "signed an executive order"),
            E("The tariff on Chinese goods takes effect", "SANCTION", ["United States", "China", "Russia"],
              "2026-04-10", "text", "planned", "The tariff takes effect"),
            E("Leavitt: Putin chose to keep bombing", "ACCUSE", ["White House", "Vladimir Putin"], "2026-04-02",
              "context", "occurred", "He chose to keep bombing"),
            E("Turkey given 60 days to wind down its imports of Russian oil", "THREATEN", ["United States", "Turkey"],
              "2026-04-03", "published", "occurred", "60 days"),
            E("China's Commerce Ministry calls the tariff unilateral bullying", "ACCUSE", ["China", "United States"],
              "2026-04-03", "published", "occurred", "unilateral bullying"),
            E("China vows resolute countermeasures", "THREATEN", ["China", "United States"], "2026-04-03", "published",
              "occurred", "unilateral bullying"),
            E("China rejects interference in its energy cooperation with Russia", "REJECT", ["China", "United States"],
              "2026-04-03", "published", "occurred", "unilateral bullying"),
            E("Peskov calls the tariffs illegitimate", "ACCUSE", ["Dmitry Peskov", "United States"], "2026-04-03",
              "text", "occurred", "illegitimate"),
            E("Peskov: the tariffs will not change Russia's position", "REJECT", ["Dmitry Peskov", "United States"],
              "2026-04-03", "text", "occurred", "illegitimate"),
            E("Witkoff meets Putin in the Kremlin for nearly four hours", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-W13", "text", "occurred", "nearly four hours"),
            E("Moscow refuses to halt its offensive before Ukraine withdraws from Donetsk", "REJECT",
              ["Russia", "Ukraine"], "2026-W13", "context", "occurred", "nearly four hours"),
            E("Russia demands Ukraine's withdrawal from the Donetsk region", "REQUEST", ["Russia", "Ukraine"],
              "2026-W13", "context", "occurred", "nearly four hours"),
            E("Zelensky thanks Trump for keeping his word", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2026-04-03", "published", "occurred", "keeping his word"),
            E("Zelensky urges European governments to act against the shadow fleet", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2026-04-03", "published", "occurred", "keeping his word"),
            E("Chinese negotiators due in Washington for trade talks", "CONSULT", ["China", "United States"],
              "2026-04-10", "text", "planned", "Chinese negotiators are due"),
        ],
        [
            S("White House", "The tariff takes effect on April 10", "2026-04-02", "context", "The tariff takes effect"),
            S("White House", "Leavitt: the president gave Putin every chance", "2026-04-02", "context",
              "every chance"),
            S("White House", "Leavitt: Putin chose to keep bombing", "2026-04-02", "context",
              "He chose to keep bombing"),
            S("United States", "Bessent: India will be spared; Turkey has 60 days to wind down its imports",
              "2026-04-03", "published", "60 days"),
            S("China", "Commerce Ministry: unilateral bullying; resolute countermeasures", "2026-04-03", "published",
              "unilateral bullying"),
            S("China", "Mao Ning: energy cooperation with Russia is normal trade; no third party may interfere",
              "2026-04-03", "published", "unilateral bullying"),
            S("Dmitry Peskov", "The tariffs are illegitimate and will not change Russia's position; no shortage of "
              "buyers", "2026-04-03", "text", "illegitimate"),
            S("Russia", "Moscow will not halt its offensive before Ukraine withdraws from the Donetsk region",
              "2026-W13", "context", "nearly four hours"),
            S("Volodymyr Zelensky", "Thanks Trump for keeping his word; Europeans should act against the shadow fleet",
              "2026-04-03", "published", "keeping his word"),
            S("Ukraine", "Officials worry a trade war with China could consume Washington's attention", "2026-04-03",
              "published", "privately worry"),
            S("United States", "Graham: the order is the real deal", "2026-04-03", "published", "the real deal"),
        ],
        ["Donald Trump", "Vladimir Putin", "Ukraine", "China", "Russia", "White House", "United States", "Turkey",
         "Dmitry Peskov", "Kremlin", "Steve Witkoff", "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b47en06_rubio_first_visit_kyiv_2026_04", "2026-04-24", EN06,
        [
            T("April 23", "DATE", "2026-04-23"),
            T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            T("this year", "DATE", "2026"),
            T("June", "DATE", "2026-06"),
            T("this month", "DATE", "2026-04"),
            T("60 days", "DURATION", "P60D"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2026-04-24"),
            T("next week", "DATE", "2026-W18"),
            T("September 2024", "DATE", "2024-09"),
        ],
        [
            E("Rubio's first visit to Kyiv: talks with Zelensky and Sybiha", "CONSULT",
              ["Marco Rubio", "Volodymyr Zelensky", "Andrii Sybiha"], "2026-04-23", "text", "occurred",
              "arrived in Kyiv by train"),
            E("Rubio: the US will not trade Ukraine's security for a deal with Moscow", "AGREE",
              ["Marco Rubio", "Ukraine"], "2026-04-23", "context", "occurred", "piece of paper signed in Moscow"),
            E("US and Ukraine sign a memorandum on protecting Ukraine's energy grid", "AGREE",
              ["United States", "Ukraine"], "2026-04-23", "context", "occurred", "signed a memorandum"),
            E("First three projects of the US-Ukraine Reconstruction Investment Fund to be launched in June",
              "COOPERATE", ["United States", "Ukraine"], "2026-06", "text", "planned", "signed a memorandum"),
            E("Zelensky asks for eight more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2026-04-23", "context", "occurred", "eight more Patriot systems"),
            E("Zelensky asks for more US pressure on the remaining buyers of Russian oil", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-04-23", "context", "occurred",
              "eight more Patriot systems"),
            E("US tariffs on Chinese goods take effect", "SANCTION", ["United States", "China"], "2026-04", "text",
              "occurred", "eight more Patriot systems", note="10 April 2026"),
            E("Turkey was given 60 days to wind down its purchases of Russian oil", "THREATEN",
              ["United States", "Turkey"], "2026-04-24", "published", "occurred", "on notice",
              note="deadline set on 2 April 2026"),
            E("Rubio: Turkey is on notice over its purchases of Russian oil", "THREATEN", ["Marco Rubio", "Turkey"],
              "2026-04-23", "context", "occurred", "on notice"),
            E("Peskov: Washington keeps pumping weapons into Kyiv", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2026-04-24", "published", "occurred", "pump weapons into the Kyiv regime"),
            E("Peskov: Russia remains open to contacts with the US at all levels", "AGREE",
              ["Dmitry Peskov", "United States"], "2026-04-24", "published", "occurred",
              "pump weapons into the Kyiv regime"),
            E("Zakharova mocks Rubio's trip as tourism to the front", "ACCUSE", ["Maria Zakharova", "Marco Rubio"],
              "2026-04-24", "published", "occurred", "tourist trip to the front"),
            E("Zakharova: Moscow will not negotiate under the threat of tariffs", "REJECT",
              ["Maria Zakharova", "United States"], "2026-04-24", "published", "occurred", "tourist trip to the front"),
            E("Russian drone attack on the Kyiv region during the visit", "ASSAULT", ["Russia", "Ukraine"],
              "2026-04-23", "context", "occurred", "air raid sirens"),
            E("Trump to speak to Putin soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "fantastic job"),
            E("Rubio to hold talks with Polish officials in Warsaw", "CONSULT", ["Marco Rubio", "Poland"],
              "2026-04-24", "text", "planned", "travel on to Warsaw"),
            E("NATO foreign ministers meet in Brussels next week", "CONSULT", ["NATO", "Marco Rubio"], "2026-W18",
              "text", "planned", "travel on to Warsaw"),
            E("Blinken's visit to Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2024-09", "text", "occurred",
              "September 2024", note="11 September 2024"),
        ],
        [
            S("Marco Rubio", "The US will not trade Ukraine's security for a piece of paper signed in Moscow; Trump is "
              "determined to end the war this year", "2026-04-23", "context", "piece of paper signed in Moscow"),
            S("Volodymyr Zelensky", "Asked for eight more Patriots and more pressure on the remaining buyers of Russian "
              "oil", "2026-04-23", "context", "eight more Patriot systems"),
            S("Volodymyr Zelensky", "'When the money stops, the missiles stop'", "2026-04-23", "context",
              "When the money stops"),
            S("Marco Rubio", "The administration is not done with secondary tariffs; Turkey is on notice", "2026-04-23",
              "context", "on notice"),
            S("Andrii Sybiha", "The visit is a strong signal that Ukraine is not alone", "2026-04-23", "context",
              "not alone"),
            S("Dmitry Peskov", "Washington keeps pumping weapons into Kyiv; Russia remains open to contacts at all "
              "levels", "2026-04-24", "published", "pump weapons into the Kyiv regime"),
            S("Maria Zakharova", "Rubio's trip is tourism to the front; no negotiations under the threat of tariffs",
              "2026-04-24", "published", "tourist trip to the front"),
            S("Ukraine", "City military administration: sirens sounded twice as drones targeted the Kyiv region",
              "2026-04-24", "published", "air raid sirens"),
            S("Donald Trump", "Rubio is doing a fantastic job; he will speak to Putin soon", "2026-04-24", "published",
              "fantastic job"),
        ],
        ["Marco Rubio", "Volodymyr Zelensky", "Andrii Sybiha", "United States", "Ukraine", "Donald Trump", "Russia",
         "China", "Turkey", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "White House", "Vladimir Putin", "Poland",
         "NATO", "Antony Blinken"],
    ),
]
