"""English articles of the blind104 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b104en01 (Financial Post)
EN01 = """
Ukraine's government lenders back debt freeze as Kyiv asks bondholders for breathing room

Ukraine's biggest government lenders, Canada among them, have agreed to suspend debt payments on their loans to Kyiv until the end of 2023, giving the war-torn country room to keep paying soldiers, doctors and pensioners.
The Group of Creditors of Ukraine, which includes Canada, France, Germany, Japan, the United Kingdom and the United States, said in a joint statement on Wednesday that it was also prepared to consider extending the freeze by another year.
The same day, Ukraine's government asked holders of roughly US$20 billion of its international bonds to defer interest and principal payments for 24 months.
Kyiv has given bondholders until Aug. 9 to vote on the proposal.

Deputy Prime Minister and Finance Minister Chrystia Freeland said in Ottawa that the freeze would let Kyiv "put every dollar it has into defending itself."
Ukraine's finance minister, Serhiy Marchenko, thanked the creditor countries and said the deferral would save his budget about US$6 billion.
U.S. Treasury Secretary Janet Yellen had urged private creditors earlier this month to follow the lead of official lenders.

Ukraine's dollar bonds due 2026 rose about two cents to trade near 23 cents on the dollar after the announcement, according to traders.
"This is the least bad option for everyone, including the bondholders," said a Toronto-based emerging-markets portfolio manager who asked not to be named.

Russia, which holds a US$3-billion Eurobond sold to the government of Viktor Yanukovych in 2013, is not part of the process.
Kyiv has refused to repay that bond since 2015, arguing it was a bribe to keep Ukraine out of a trade pact with the European Union, and the dispute has been before British courts for years.
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow would "defend its interests in all instances."

Canada has lent Ukraine close to $2 billion since January, part of it through an account administered by the International Monetary Fund.
The freeze follows the US$19.8-billion budget-support pledge that G7 finance ministers made near Bonn in May.
Economists in Toronto caution that the relief only buys time: Ukraine's central bank is still printing money to cover a monthly deficit of about US$5 billion.
"""

# ---------------------------------------------------------------- b104en02 (Yahoo Finance)
EN02 = """
US sends Ukraine another $4.5 billion in budget aid as Russian strikes batter the economy

The Biden administration on Tuesday announced $4.5 billion in new direct budget support for Ukraine, money that will flow through a World Bank mechanism to pay the salaries of teachers, health workers and other public employees.
The Treasury Department and the U.S. Agency for International Development said the money would be disbursed in tranches over the coming weeks, bringing total U.S. budget support for Kyiv since February to about $13 billion.
"Russia's brutal attacks on Ukraine's energy infrastructure are designed to break the will of the Ukrainian people, and they will fail," Treasury Secretary Janet Yellen said in a statement.

The funds come from the $12.3 billion package Congress passed in late September and are channeled through the World Bank's PEACE project, which checks that they reach the intended payrolls.
USAID Administrator Samantha Power said the money would help keep hospitals and schools running "through a winter Russia wants to make as dark and cold as possible."
Ukrainian Prime Minister Denys Shmyhal thanked Washington on Twitter and said the aid would cover a large part of the November and December deficits.

Russia has fired waves of missiles and drones at Ukraine's power grid since Oct. 10, leaving millions without electricity for hours each day.
The World Bank estimated last week that Ukraine's economy will shrink by about 35% this year.
According to the International Monetary Fund, Kyiv needs $3 billion to $4 billion a month in outside financing.

The aid comes as Republicans prepare to take control of the House of Representatives in January.
House Republican leader Kevin McCarthy warned last month that his party would not write Ukraine a "blank check."
The White House asked Congress last week for another $37.7 billion for Ukraine, including about $14.5 billion in economic aid.

Russia's ambassador in Washington, Anatoly Antonov, said on Monday that U.S. money was "prolonging the agony of the Kyiv regime."
Investors shrugged: Ukraine's dollar bonds due 2028 traded around 20 cents on the dollar on Tuesday, and the hryvnia was little changed.
"""

# ---------------------------------------------------------------- b104en03 (Morocco World News)
EN03 = """
G7 Ministers in Marrakech Vow Russian Assets Stay Frozen Until Moscow Pays

Marrakech - Finance ministers and central bank governors of the Group of Seven pledged on Thursday that Russia's sovereign assets will remain immobilized until Moscow pays for the damage it has caused in Ukraine.
The ministers met on the sidelines of the IMF and World Bank Annual Meetings, which Morocco is hosting this week as the first such gathering on African soil since Nairobi in 1973.
Ukraine's Finance Minister Serhiy Marchenko attended the session in person, alongside U.S. Treasury Secretary Janet Yellen and German Finance Minister Christian Lindner.

In their joint statement, the ministers said they would continue to explore how the profits generated by the immobilized assets could be used to support Ukraine, "consistent with applicable legal frameworks."
Lindner told reporters that Germany would double its budget support for Kyiv next year.
French Finance Minister Bruno Le Maire said Europe had to be ready to carry a larger share of the burden if support from Washington faltered.
Japan's Finance Minister Shunichi Suzuki, who chaired the meeting, called the G7's support for Ukraine "unwavering."

IMF Managing Director Kristalina Georgieva said Ukraine's economy was proving "remarkably resilient" and that she expected the next disbursement of about $900 million under the fund's $15.6 billion program by the end of the year.
Marchenko told Morocco World News that Ukraine faced a budget gap of about $41 billion next year and urged partners to "move from promises to payments."

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that any use of Russian assets would amount to "theft" and would not go unanswered.
Russia's Finance Minister Anton Siluanov stayed away from Marrakech this week.

The meetings went ahead five weeks after the earthquake of Sept. 8 that killed nearly 3,000 people in the Al Haouz province, south of the city.
Moroccan officials had rejected calls to postpone them, arguing that the event would showcase the kingdom's recovery.
About 14,000 delegates registered for the week, according to the organizers.
"""

# ---------------------------------------------------------------- b104en04 (GlobalCapital)
EN04 = """
Ukraine strikes deal with bondholders ahead of August 1 standstill cliff

Ukraine has reached an agreement in principle with an ad hoc committee of its international bondholders to restructure about $20bn of Eurobonds, days before a two-year payment standstill expires on August 1.
The finance ministry in Kyiv announced the deal on Monday after what one adviser described as a very intense fortnight of talks in London.
Under the terms, holders will take a 37% haircut on the nominal value of their bonds and swap them into two new series of notes, one of which steps up if Ukraine's economy outperforms the IMF's forecasts.
Kyiv estimates the deal will cut its debt service by $11.4bn over the next three years.

The agreement comes after a first round of talks collapsed in June, when the committee rejected Kyiv's proposal of a 60% haircut.
Finance minister Serhiy Marchenko called the deal "a fair outcome for both sides" that would let Ukraine focus its resources on defence.
The committee, whose members include BlackRock, Amundi, Amia Capital and Pimco, said it had accepted significant losses to support the country.

The Group of Creditors of Ukraine, which includes the US, the UK, France, Germany, Japan and Canada, confirmed that the terms met the comparability of treatment the official lenders require.
The IMF said the deal was in line with the debt targets of its $15.6bn programme.
The Verkhovna Rada is expected to pass the necessary legislation before the end of the month, and Kyiv aims to launch the exchange offer in August.

Excluded from the deal is the $3bn bond Ukraine sold to Russia in December 2013, which Moscow has been trying to enforce in the English courts since 2016.
Russia's finance ministry said on Tuesday that it would continue to defend its rights as a creditor and would not recognise any restructuring agreed without its consent.

The bonds due 2029 rallied on the news and were bid at 30.5 cents on the dollar on Tuesday morning, up from 27 cents last week.
Rating agencies are expected to cut Ukraine to selective default once the exchange closes, before upgrading it on the new debt.
"This is the template for a wartime restructuring," said a London-based emerging markets investor.
"""

# ---------------------------------------------------------------- b104en05 (MLex)
EN05 = """
EU transfers first EUR 1.5bn of Russian-asset windfall profits to Ukraine; Hungary sidelined on military share

The EU has transferred the first 1.5 billion euros of windfall profits generated by immobilized Russian central bank assets to support Ukraine, European Commission President Ursula von der Leyen announced on Friday.
The money, paid by the central securities depository Euroclear in the middle of the month, is the first payment under the legal framework the Council adopted in May.
"There could be no better symbol or use for the Kremlin's money than making Ukraine and all of Europe a safer place to live," von der Leyen wrote on X.

Under the framework, 90 percent of the proceeds go to the European Peace Facility to buy weapons and ammunition for Ukraine, and 10 percent to the Ukraine Facility for reconstruction.
EU foreign policy chief Josep Borrell told reporters on Monday that Hungary, which abstained when the framework was adopted, would have no say over how the military share is spent.
Viktor Orbán's government has blocked 6.6 billion euros in reimbursements from the Peace Facility since May 2023.
MLex understands that lawyers in Budapest are examining whether Borrell's reading of the Council decision can be challenged before the EU courts.

The framework does not touch the principal of the assets, about 210 billion euros across the EU, most of which sits at Euroclear in Brussels.
A second payment is due in the first half of next year.
The size of future payments will depend on interest rates, which have driven Euroclear's income from the blocked cash balances.

Kremlin spokesman Dmitry Peskov said on Friday that the transfer amounted to "theft" and warned that everyone involved would be held accountable.
Russian Foreign Ministry spokeswoman Maria Zakharova called the EU "a gang of thieves" on Saturday.
Ukrainian President Volodymyr Zelensky thanked the EU on Friday evening and urged it to confiscate the assets themselves.
G7 leaders agreed in June in Apulia to use the same stream of profits to service a loan of about $50 billion to Ukraine, whose terms are still being negotiated.
"""

# ---------------------------------------------------------------- b104en06 (Economic Pravda)
EN06 = """
Ukraine skips $665 million GDP warrant payment after talks with holders fail

Ukraine will not make a payment of about $665 million due on Monday on its GDP-linked warrants, the Ministry of Finance confirmed, after talks with a group of holders ended without agreement.
The ministry said on Friday that the two sides had failed to bridge their differences over how to convert the instruments into ordinary bonds, and that Kyiv would suspend payments until a deal is reached.
Rating agencies are expected to place the warrants in default in the coming days; the restructured Eurobonds are not affected.

The warrants were issued in 2015 as part of Ukraine's previous debt restructuring and pay out when economic growth exceeds 3 percent.
Growth of 5.3 percent in 2023 triggered the payment due this year, although the economy is still about a fifth smaller than before the full-scale invasion.
Finance Minister Serhiy Marchenko told Economic Pravda that paying the holders in full while the country is at war "would be unfair to our other creditors and to our soldiers."
The holders' committee, which includes several American hedge funds, said it remained open to talks but accused the government of refusing to negotiate seriously.

The IMF, whose $15.5 billion program requires Ukraine to restructure the warrants on terms comparable with last year's Eurobond deal, backed the ministry's position.
IMF mission chief Gavin Gray said in Kyiv last week that he expected the eighth review of the program to be completed in June, unlocking about $500 million.
The Group of Creditors of Ukraine, whose members include the US, the UK, France and Germany, said in May that it would not accept better treatment for the warrant holders than for official lenders.

Other money keeps coming in: the EU paid a further tranche of its share of the G7 loan backed by immobilized Russian assets last week.
Britain's first disbursement under its 2.26 billion pound share of the same loan arrived in May.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova mocked the default on Saturday, saying Western investors were "paying for the adventures of the Kyiv regime."
The missed payment comes as Ukrainian and Russian delegations meet in Istanbul on Monday for a second round of direct talks.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b104en01_creditors_debt_freeze_2022_07", "2022-07-21", EN01,
        [
            T("the end of 2023", "DATE", "2023", mod="END"),
            T("Wednesday", "DATE", "2022-07-20"),
            T("another year", "DURATION", "P1Y"),
            T("The same day", "DATE", "2022-07-20"),
            T("24 months", "DURATION", "P24M"),
            T("Aug. 9", "DATE", "2022-08-09"),
            T("this month", "DATE", "2022-07"),
            T("2026", "DATE", "2026"),
            T("2013", "DATE", "2013"),
            T("2015", "DATE", "2015"),
            T("years", "DURATION", "PXY"),
            T("Thursday", "DATE", "2022-07-21"),
            T("January", "DATE", "2022-01"),
            T("May", "DATE", "2022-05"),
            T("monthly", "SET", "P1M"),
        ],
        [
            E("Official creditors agree to suspend Ukraine's debt payments until the end of 2023", "AGREE",
              ["France", "Germany", "United Kingdom", "United States", "Ukraine"], "2022-07-20", "context", "occurred", "have agreed to suspend debt payments"),
            E("Ukraine asks bondholders to defer payments for 24 months", "REQUEST", ["Ukraine"], "2022-07-20",
              "text", "occurred", "asked holders of roughly"),
            E("Kyiv sets bondholders a voting deadline of 9 August", "THREATEN", ["Ukraine"], "2022-07-20",
              "context", "occurred", "until Aug. 9", note="deadline 2022-08-09"),
            E("Marchenko thanks the creditor countries", "SUPPORT", ["France", "Germany", "United Kingdom", "United States", "Ukraine"], "2022-07-21", "published",
              "occurred", "thanked the creditor countries"),
            E("Yellen urges private creditors to follow official lenders", "REQUEST", ["United States"], "2022-07",
              "text", "occurred", "urged private creditors"),
            E("Kyiv refuses to repay Russia's 2013 Eurobond", "REJECT", ["Ukraine", "Russia"], "2015", "text",
              "occurred", "refused to repay that bond since 2015", date_mod="START"),
            E("Peskov: Moscow will defend its interests in all instances", "THREATEN", ["Dmitry Peskov", "Ukraine"],
              "2022-07-21", "text", "occurred", "defend its interests in all instances"),
            E("Canada has lent Ukraine close to 2 billion dollars since January", "AID", ["Ukraine"], "2022-01",
              "text", "occurred", "Canada has lent Ukraine", date_mod="START"),
            E("G7 finance ministers pledged 19.8 billion dollars of budget support near Bonn", "AID",
              ["France", "Germany", "United Kingdom", "United States", "Ukraine"], "2022-05", "text", "occurred", "budget-support pledge"),
        ],
        [
            S("Joint statement: France, Germany, United Kingdom, United States",
              "Creditors suspend Ukraine's debt service until end-2023 and may extend by a year", "2022-07-20",
              "text", "said in a joint statement on Wednesday"),
            S("Ukraine", "Marchenko: the deferral saves the budget about 6 billion dollars", "2022-07-21",
              "published", "thanked the creditor countries"),
            S("United States", "Yellen urged private creditors to follow official lenders", "2022-07", "text",
              "urged private creditors"),
            S("Dmitry Peskov", "Moscow will defend its interests in all instances", "2022-07-21", "text",
              "defend its interests in all instances"),
        ],
        ["France", "Germany", "United Kingdom", "United States", "Ukraine", "Russia", "European Union",
         "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b104en02_us_budget_support_world_bank_2022_11", "2022-11-22", EN02,
        [
            T("Tuesday", "DATE", "2022-11-22", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("February", "DATE", "2022-02"),
            T("late September", "DATE", "2022-09", mod="END"),
            T("a winter", "DATE", "2022-WI"),
            T("November", "DATE", "2022-11"),
            T("December", "DATE", "2022-12"),
            T("Oct. 10", "DATE", "2022-10-10"),
            T("hours", "DURATION", "PXH"),
            T("each day", "SET", "P1D"),
            T("last week", "DATE", "2022-W46", 0),
            T("this year", "DATE", "2022"),
            T("a month", "SET", "P1M"),
            T("January", "DATE", "2023-01"),
            T("last month", "DATE", "2022-10"),
            T("last week", "DATE", "2022-W46", 1),
            T("Monday", "DATE", "2022-11-21"),
            T("2028", "DATE", "2028"),
            T("Tuesday", "DATE", "2022-11-22", 1),
        ],
        [
            E("US announces 4.5 billion dollars of direct budget support for Ukraine via the World Bank", "AID",
              ["United States", "Ukraine"], "2022-11-22", "text", "occurred", "The Biden administration on Tuesday"),
            E("US budget support for Kyiv since February reaches about 13 billion dollars", "AID",
              ["United States", "Ukraine"], "2022-02", "text", "occurred", "disbursed in tranches",
              date_mod="START"),
            E("Yellen: Russia's attacks on the energy grid are designed to break Ukrainians' will", "ACCUSE",
              ["United States", "Russia"], "2022-11-22", "context", "occurred", "designed to break the will"),
            E("Congress passed the 12.3 billion dollar package in late September", "AID",
              ["United States", "Ukraine"], "2022-09", "text", "occurred", "Congress passed in late September",
              date_mod="END"),
            E("Power: Russia wants to make the winter dark and cold", "ACCUSE", ["United States", "Russia"],
              "2022-11-22", "context", "occurred", "as dark and cold as possible"),
            E("Shmyhal thanks Washington", "SUPPORT", ["Ukraine", "United States"], "2022-11-22", "published",
              "occurred", "thanked Washington on Twitter"),
            E("Russian missile and drone strikes on Ukraine's power grid since 10 October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "text", "occurred", "fired waves of missiles",
              date_mod="START"),
            E("McCarthy warns Republicans will not write Ukraine a blank check", "REQUEST",
              ["United States", "Ukraine"], "2022-10", "text", "occurred", "blank check"),
            E("White House asks Congress for another 37.7 billion dollars for Ukraine", "AID",
              ["White House", "Ukraine"], "2022-W46", "text", "planned", "another $37.7 billion"),
            E("Antonov: US money prolongs the agony of the Kyiv regime", "ACCUSE", ["Russia", "United States"],
              "2022-11-21", "text", "occurred", "prolonging the agony"),
        ],
        [
            S("United States", "Treasury and USAID: the money will be paid in tranches over the coming weeks",
              "2022-11-22", "context", "disbursed in tranches"),
            S("United States", "Yellen: Russia's attacks on energy infrastructure will fail", "2022-11-22",
              "context", "designed to break the will"),
            S("United States", "Power: the aid keeps hospitals and schools running through the winter",
              "2022-11-22", "context", "as dark and cold as possible"),
            S("Ukraine", "Shmyhal: the aid covers much of the November and December deficits", "2022-11-22",
              "published", "thanked Washington on Twitter"),
            S("United States", "McCarthy: no blank check for Ukraine", "2022-10", "text", "blank check"),
            S("Russia", "Antonov: US money prolongs the agony of the Kyiv regime", "2022-11-21", "text",
              "prolonging the agony"),
        ],
        ["United States", "Ukraine", "Russia", "White House", "Joe Biden"],
    ),
    doc(
        "b104en03_g7_marrakech_assets_2023_10", "2023-10-13", EN03,
        [
            T("Thursday", "DATE", "2023-10-12"),
            T("this week", "DATE", "2023-W41", 0),
            T("1973", "DATE", "1973"),
            T("next year", "DATE", "2024", 0),
            T("the end of the year", "DATE", "2023", mod="END"),
            T("next year", "DATE", "2024", 1),
            T("Friday", "DATE", "2023-10-13"),
            T("this week", "DATE", "2023-W41", 1),
            T("Sept. 8", "DATE", "2023-09-08"),
            T("the week", "DATE", "2023-W41"),
        ],
        [
            E("G7 finance ministers agree Russia's assets stay immobilized until Moscow pays", "AGREE",
              ["United States", "Germany", "France", "Russia"], "2023-10-12", "text", "occurred",
              "will remain immobilized until Moscow pays"),
            E("G7 finance ministers meet in Marrakech with Ukraine's finance minister", "CONSULT",
              ["United States", "Germany", "France", "Ukraine"], "2023-10-12", "context", "occurred",
              "attended the session in person"),
            E("G7 to explore using profits of the immobilized assets for Ukraine", "AID",
              ["United States", "Germany", "France", "Ukraine", "Russia"], "2023-10-12", "context", "uncertain",
              "continue to explore"),
            E("Germany to double its budget support for Kyiv next year", "AID", ["Germany", "Ukraine"], "2024",
              "text", "planned", "double its budget support"),
            E("IMF disbursement of about 900 million dollars expected by year end", "AID", ["Ukraine"], "2023",
              "text", "planned", "the next disbursement", date_mod="END"),
            E("Marchenko urges partners to move from promises to payments", "REQUEST", ["Ukraine"], "2023-10-13",
              "published", "occurred", "move from promises to payments"),
            E("Peskov calls any use of Russian assets theft", "ACCUSE", ["Dmitry Peskov"], "2023-10-13", "text",
              "occurred", "would amount to"),
            E("Peskov warns the use of assets would not go unanswered", "THREATEN", ["Dmitry Peskov"], "2023-10-13",
              "text", "occurred", "would amount to"),
            E("Siluanov stays away from the Marrakech meetings", "CONSULT", ["Russia"], "2023-W41", "text",
              "cancelled", "stayed away from Marrakech"),
        ],
        [
            S("Joint statement: United States, Germany, France",
              "Russian assets stay immobilized until Moscow pays; G7 will explore using their profits",
              "2023-10-12", "context", "continue to explore"),
            S("Germany", "Lindner: Germany will double budget support for Kyiv next year", "2023-10-12", "context",
              "double its budget support"),
            S("France", "Le Maire: Europe must be ready to carry more if Washington's support falters", "2023-10-12",
              "context", "carry a larger share of the burden"),
            S("Ukraine", "Marchenko: 41 billion dollar gap next year; move from promises to payments", "2023-10-13",
              "published", "move from promises to payments"),
            S("Dmitry Peskov", "Any use of Russian assets is theft and will not go unanswered", "2023-10-13", "text",
              "would amount to"),
        ],
        ["United States", "Germany", "France", "Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "European Union"],
    ),
    doc(
        "b104en04_eurobond_restructuring_deal_2024_07", "2024-07-23", EN04,
        [
            T("August 1", "DATE", "2024-08-01", 0),
            T("two-year", "DURATION", "P2Y"),
            T("August 1", "DATE", "2024-08-01", 1),
            T("Monday", "DATE", "2024-07-22"),
            T("a very intense fortnight", "DURATION", "P2W"),
            T("the next three years", "DURATION", "P3Y"),
            T("June", "DATE", "2024-06"),
            T("the end of the month", "DATE", "2024-07", mod="END"),
            T("August", "DATE", "2024-08", 2),
            T("December 2013", "DATE", "2013-12"),
            T("2016", "DATE", "2016"),
            T("Tuesday", "DATE", "2024-07-23", 0),
            T("2029", "DATE", "2029"),
            T("Tuesday morning", "TIME", "2024-07-23TMO"),
            T("last week", "DATE", "2024-W29"),
        ],
        [
            E("Ukraine agrees in principle with its bondholders to restructure about 20 billion dollars of "
              "Eurobonds", "AGREE", ["Ukraine"], "2024-07-22", "context", "occurred",
              "has reached an agreement in principle"),
            E("First round of talks collapsed when the committee rejected Kyiv's 60% haircut proposal", "REJECT",
              ["Ukraine"], "2024-06", "text", "occurred", "a first round of talks collapsed in June"),
            E("Official creditors confirm the terms meet comparability of treatment", "SUPPORT",
              ["United States", "United Kingdom", "France", "Germany", "Ukraine"], "2024-07-23", "published",
              "occurred", "confirmed that the terms met"),
            E("Kyiv to launch the exchange offer to bondholders", "REQUEST", ["Ukraine"], "2024-08", "text",
              "planned", "launch the exchange offer"),
            E("Moscow has been trying to enforce its 3 billion dollar bond in the English courts since 2016",
              "ACCUSE", ["Russia", "Ukraine"], "2016", "text", "occurred", "trying to enforce in the English courts",
              date_mod="START"),
            E("Russia vows to keep defending its rights as a creditor", "THREATEN", ["Russia", "Ukraine"],
              "2024-07-23", "text", "occurred", "continue to defend its rights as a creditor"),
            E("Russia will not recognise a restructuring without its consent", "REJECT", ["Russia", "Ukraine"],
              "2024-07-23", "text", "occurred", "continue to defend its rights as a creditor"),
        ],
        [
            S("Ukraine", "Finance ministry announces the agreement in principle", "2024-07-22", "text",
              "announced the deal on Monday"),
            S("Ukraine", "Marchenko: a fair outcome that lets Ukraine focus on defence", "2024-07-23", "published",
              "a fair outcome for both sides"),
            S("Joint statement: United States, United Kingdom, France, Germany",
              "The terms meet the official creditors' comparability of treatment", "2024-07-23", "published",
              "confirmed that the terms met"),
            S("Russia", "Will defend its rights as a creditor and not recognise a restructuring without consent",
              "2024-07-23", "text", "continue to defend its rights as a creditor"),
        ],
        ["Ukraine", "United States", "United Kingdom", "France", "Germany", "Russia"],
    ),
    doc(
        "b104en05_windfall_first_transfer_2024_07", "2024-07-29", EN05,
        [
            T("Friday", "DATE", "2024-07-26", 0),
            T("the middle of the month", "DATE", "2024-07", mod="MID"),
            T("May", "DATE", "2024-05", 0),
            T("Monday", "DATE", "2024-07-29"),
            T("May 2023", "DATE", "2023-05"),
            T("the first half of next year", "DATE", "2025-H1"),
            T("Friday", "DATE", "2024-07-26", 1),
            T("Saturday", "DATE", "2024-07-27"),
            T("Friday evening", "TIME", "2024-07-26TEV"),
            T("June", "DATE", "2024-06"),
        ],
        [
            E("EU transfers the first 1.5 billion euros of windfall profits from immobilized Russian assets to "
              "support Ukraine", "AID", ["European Union", "Ursula von der Leyen", "Ukraine", "Russia"],
              "2024-07-26", "text", "occurred", "has transferred the first 1.5 billion euros"),
            E("Council adopted the windfall-profit framework in May", "AID", ["European Union", "Ukraine", "Russia"],
              "2024-05", "text", "occurred", "the legal framework the Council adopted in May"),
            E("Orbán's government blocks 6.6 billion euros of Peace Facility reimbursements", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-05", "text", "occurred",
              "has blocked 6.6 billion euros", date_mod="START"),
            E("Second windfall payment due in the first half of 2025", "AID", ["European Union", "Ukraine", "Russia"],
              "2025-H1", "text", "planned", "A second payment is due"),
            E("Peskov calls the transfer theft", "ACCUSE", ["Dmitry Peskov", "European Union"], "2024-07-26", "text",
              "occurred", "amounted to"),
            E("Peskov warns everyone involved will be held accountable", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2024-07-26", "text", "occurred", "held accountable"),
            E("Zakharova calls the EU a gang of thieves", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2024-07-27", "text", "occurred", "a gang of thieves"),
            E("Zelensky thanks the EU", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2024-07-26TEV",
              "text", "occurred", "thanked the EU on Friday evening"),
            E("Zelensky urges the EU to confiscate the Russian assets", "REQUEST",
              ["Volodymyr Zelensky", "European Union", "Russia"], "2024-07-26TEV", "text", "occurred",
              "thanked the EU on Friday evening"),
            E("G7 leaders agreed in Apulia to service a 50 billion dollar loan from the windfall profits", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-06", "text", "occurred", "G7 leaders agreed in June"),
        ],
        [
            S("Ursula von der Leyen", "Announces the first transfer of windfall profits", "2024-07-26", "text",
              "has transferred the first 1.5 billion euros"),
            S("Ursula von der Leyen", "No better use for the Kremlin's money than a safer Ukraine and Europe",
              "2024-07-26", "context", "von der Leyen wrote on X"),
            S("European Union", "Borrell: Hungary will have no say over the military share", "2024-07-29", "text",
              "Borrell told reporters on Monday"),
            S("Dmitry Peskov", "The transfer is theft; those involved will be held accountable", "2024-07-26",
              "text", "amounted to"),
            S("Maria Zakharova", "The EU is a gang of thieves", "2024-07-27", "text", "a gang of thieves"),
            S("Volodymyr Zelensky", "Thanks the EU and urges confiscation of the assets", "2024-07-26TEV", "text",
              "thanked the EU on Friday evening"),
        ],
        ["European Union", "Ursula von der Leyen", "Ukraine", "Russia", "Kremlin", "Viktor Orbán",
         "Dmitry Peskov", "Maria Zakharova", "Volodymyr Zelensky"],
    ),
    doc(
        "b104en06_gdp_warrants_payment_2025_06", "2025-06-02", EN06,
        [
            T("Monday", "DATE", "2025-06-02", 0),
            T("Friday", "DATE", "2025-05-30"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("2015", "DATE", "2015"),
            T("2023", "DATE", "2023"),
            T("this year", "DATE", "2025"),
            T("last year", "DATE", "2024"),
            T("last week", "DATE", "2025-W22", 0),
            T("June", "DATE", "2025-06"),
            T("May", "DATE", "2025-05", 0),
            T("last week", "DATE", "2025-W22", 1),
            T("May", "DATE", "2025-05", 1),
            T("Saturday", "DATE", "2025-05-31"),
            T("Monday", "DATE", "2025-06-02", 1),
        ],
        [
            E("Ukraine will not make the 665 million dollar GDP warrant payment due on Monday", "REJECT",
              ["Ukraine"], "2025-06-02", "text", "occurred", "will not make a payment"),
            E("Talks between the ministry and the warrant holders fail", "REJECT", ["Ukraine"], "2025-05-30",
              "text", "occurred", "failed to bridge their differences"),
            E("Warrants issued in the 2015 debt restructuring", "AGREE", ["Ukraine"], "2015", "text", "occurred",
              "The warrants were issued in 2015"),
            E("IMF backs the ministry's position", "SUPPORT", ["Ukraine"], "2025-06-02", "published", "occurred",
              "backed the ministry's position"),
            E("IMF eighth review to be completed in June, unlocking about 500 million dollars", "AID", ["Ukraine"],
              "2025-06", "text", "planned", "eighth review"),
            E("Official creditors refuse better treatment for warrant holders than for official lenders",
              "REJECT", ["United States", "United Kingdom", "France", "Germany"], "2025-05", "text", "occurred",
              "would not accept better treatment"),
            E("EU pays a further tranche of its share of the G7 loan backed by immobilized Russian assets", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-W22", "text", "occurred", "the EU paid a further tranche"),
            E("UK's first disbursement of its 2.26 billion pound share of the G7 loan", "AID",
              ["United Kingdom", "Ukraine", "Russia"], "2025-05", "text", "occurred", "Britain's first disbursement"),
            E("Zakharova mocks the default", "ACCUSE", ["Maria Zakharova", "Ukraine"], "2025-05-31", "text",
              "occurred", "paying for the adventures"),
            E("Ukrainian and Russian delegations meet in Istanbul for a second round of direct talks", "CONSULT",
              ["Ukraine", "Russia"], "2025-06-02", "text", "planned", "second round of direct talks"),
        ],
        [
            S("Ukraine", "Ministry of Finance confirms it will not pay the warrant coupon", "2025-06-02",
              "published", "will not make a payment"),
            S("Ukraine", "Talks failed; payments suspended until a deal", "2025-05-30", "text",
              "failed to bridge their differences"),
            S("Ukraine", "Marchenko: paying in full in wartime would be unfair to other creditors and soldiers",
              "2025-06-02", "published", "would be unfair to our other creditors"),
            S("Joint statement: United States, United Kingdom, France, Germany",
              "No better treatment for warrant holders than for official lenders", "2025-05", "text",
              "would not accept better treatment"),
            S("Maria Zakharova", "Western investors are paying for the adventures of the Kyiv regime", "2025-05-31",
              "text", "paying for the adventures"),
        ],
        ["Ukraine", "United States", "United Kingdom", "France", "Germany", "European Union", "Russia",
         "Maria Zakharova"],
    ),
]
