"""English articles of the blind67 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b67en01 (City A.M.)
EN01 = """
Aluminium prices spike as London and Washington shut LME door on new Russian metal

Aluminium prices jumped as much as nine per cent this morning after Britain and the US barred new Russian supplies of the metal, along with copper and nickel, from the world's two biggest metals exchanges.
The joint measures, unveiled on Friday evening, prohibit the London Metal Exchange (LME) and the Chicago Mercantile Exchange from accepting Russian metal produced on or after 13 April.
Washington also banned imports of the three metals into the US, while the UK had already outlawed imports of Russian aluminium, copper and nickel last year.

"This action targets a major source of revenue that Putin is using to fund his illegal war," Chancellor Jeremy Hunt said in a statement.
US deputy Treasury secretary Wally Adeyemo said the move was designed to "limit Russia's ability to generate revenue" while protecting American and British companies from collateral damage.
The Treasury also issued a general licence allowing metal already in exchange warehouses to keep trading, and the LME said on Saturday it would comply in full.

Moscow hit back over the weekend.
Kremlin spokesman Dmitry Peskov said on Monday the restrictions were "illegal" and would hurt global markets more than Russia, adding that Russian producers would find other buyers.
The Russian embassy in London accused the British government of "economic banditry" and warned that Moscow reserved the right to respond.
Rusal, the aluminium giant once controlled by oligarch Oleg Deripaska, said the sanctions would not affect its ability to supply customers.

Benchmark aluminium on the LME rose to $2,644 a tonne shortly after the open before paring gains, while nickel climbed as much as eight per cent.
Russia accounted for around six per cent of global aluminium output last year, and Russian metal made up roughly 90 per cent of the aluminium stock in LME warehouses in March.
Traders said the ban was likely to split the market into a two-tier pricing system.

Ukraine's president Volodymyr Zelensky welcomed the step and urged the European Union to follow suit, saying Russian aluminium still flowed into the bloc "as if there were no war".
The EU has so far shied away from a full ban, partly because several member states' industries depend on Russian supplies, but Brussels is expected to discuss options in the coming weeks.

G7 finance ministers, who meet in Washington this week on the sidelines of the International Monetary Fund's spring meetings, are also expected to discuss how to use some $300bn of frozen Russian central bank assets to support Kyiv.
Hunt told reporters on Sunday he hoped for "real progress" before the G7 leaders' summit in Italy in June.
"""

# ---------------------------------------------------------------- b67en02 (Barron's)
EN02 = """
The U.S. Just Got Tougher on Russia's Oil Price Cap. What It Means for Tanker Stocks.

The Biden administration on Thursday imposed the first sanctions for violations of the G-7's price cap on Russian oil, a sign that Washington is losing patience with the shippers that have helped Moscow sell crude well above the $60-a-barrel limit.
The Treasury Department blacklisted two companies, one based in Turkey and one in the United Arab Emirates, along with the two tankers they own, saying the vessels had carried Russian crude priced at more than $75 a barrel this summer.

"The United States remains committed to reducing Russia's revenue," Deputy Treasury Secretary Wally Adeyemo said in a statement, adding that those who used Western services to ship oil above the cap "will face consequences."
The State Department and Britain's Foreign Office issued a joint alert to the maritime industry on Thursday, urging shippers and insurers to check price attestations more carefully.
Officials said further actions would follow in the coming weeks.
Treasury Secretary Janet Yellen and British Chancellor Jeremy Hunt, meeting with their G-7 counterparts in Marrakech this week, pledged to keep enforcing the cap.

Shares of tanker operators barely reacted.
Frontline and Euronav were little changed on Friday morning, while International Seaways slipped 1%.
Analysts at Jefferies said stricter enforcement would likely push more Russian crude onto the so-called shadow fleet of older, often poorly insured vessels, tightening the supply of compliant tankers and lifting charter rates.

The G-7, the European Union and Australia imposed the cap in December 2022 to squeeze the Kremlin's revenue while keeping Russian oil flowing to world markets.
But with Brent crude above $90 a barrel in late September, Russia's Urals blend has traded above the cap for most of the past three months.
Kremlin spokesman Dmitry Peskov said on Friday that Russia had "adapted" to the restrictions and would keep selling its oil "to those who want to buy it."
Moscow has banned sales to buyers that observe the cap since February, under a decree signed by President Vladimir Putin.

Ukraine has argued for months that the cap should be cut to $30 a barrel.
Andriy Yermak, the head of President Volodymyr Zelensky's office, welcomed the U.S. move on Thursday evening and called on the European Union to "close the loopholes" in its own sanctions.
Officials in Brussels expect to present a 12th package of sanctions in November, which could include tighter rules on the sale of used tankers to Russia.
"""

# ---------------------------------------------------------------- b67en03 (The Bell)
EN03 = """
Kremlin grabs Danone and Carlsberg's Russian businesses

The Russian state has taken control of the local businesses of two of the largest Western consumer goods companies still operating in the country.
A decree signed by Vladimir Putin on Sunday placed Danone's Russian dairy unit and Carlsberg's Baltika Breweries under the "temporary management" of Rosimushchestvo, the federal property agency.
Yakub Zakriev, Chechnya's agriculture minister and a nephew of Chechen leader Ramzan Kadyrov, was named head of Danone Russia the same day.

The move builds on an April decree that allowed the state to take over assets of companies from "unfriendly" countries in retaliation for any seizure of Russian property abroad.
It was first used the same month against the Russian subsidiaries of Germany's state-owned Uniper and Finland's Fortum.
Kremlin spokesman Dmitry Peskov said on Monday the decision was "not an expropriation" and that the owners' rights "are not being taken away", but declined to comment on Zakriev's appointment.

Danone said it was "investigating the situation" and was prepared to take all measures to protect its rights as a shareholder.
Carlsberg, which had agreed to sell Baltika and was awaiting approval of the deal, said it had not been notified and that the sale was now "highly uncertain."
Both companies announced plans to leave Russia last year, but under rules tightened in December foreign sellers must accept a discount of at least 50% and make a "voluntary contribution" to the federal budget.

French finance minister Bruno Le Maire said on Tuesday the seizure was "unacceptable" and a violation of international law.
Denmark's business minister called the move "theft", while a European Commission spokesperson said the bloc condemned "this latest example of Russia's disregard for the rule of law".
Ukraine's foreign ministry said the case showed that doing business in Russia meant "financing the war" and urged the remaining Western firms to leave.

The seizures came a day before Moscow pulled out of the Black Sea grain deal on Monday, a sign of the Kremlin's readiness to escalate its economic confrontation with the West.
Officials in Moscow have repeatedly linked the fate of Western assets in Russia to the roughly $300 billion of Russian central bank reserves frozen by the European Union, the United States and their allies since February 2022.
The EU and the G7 are exploring ways to use those reserves for Ukraine's reconstruction.
By The Bell's estimates, Western companies still own assets worth more than $100 billion in Russia.
"""

# ---------------------------------------------------------------- b67en04 (Estonian World)
EN04 = """
Estonia becomes first EU country to allow frozen Russian assets to be used for compensating Ukraine

Estonia's parliament, the Riigikogu, on Wednesday passed a law allowing frozen Russian assets to be used to compensate Ukraine for damage caused by Russia's full-scale invasion, making the country the first European Union member to create such a mechanism.
The amendments to the International Sanctions Act were approved with 51 votes in favour and none against.
Under the law, the assets of a sanctioned person or company may be used once an international body or court has established Russia's responsibility for the damage and a Ukrainian claim has been filed.

"Russia must pay for the destruction it has caused, and this law shows that it can be done in a legally sound way," Prime Minister Kaja Kallas said after the vote.
She urged other EU countries and the G7 to follow Estonia's example and go further by using the roughly €200 billion of Russian central bank assets immobilised in the bloc.

According to the foreign ministry, about €38 million of Russian assets are currently frozen in Estonia, most of it belonging to sanctioned individuals and companies.
Justice Minister Kalle Laanet said the first cases could reach the courts "within months", but stressed that the precedent mattered more than the sum.

Moscow responded angrily.
The Russian embassy in Tallinn handed a protest note to the Estonian foreign ministry on Wednesday evening.
Russian foreign ministry spokeswoman Maria Zakharova said on Thursday that the "Tallinn regime" was "legalising theft" and warned that Russia would respond "in the harshest way", including by going after Estonian property in Russia.
Kremlin spokesman Dmitry Peskov said any attempt to seize Russian assets would lead to "endless legal proceedings" against those involved.

Ukraine's foreign minister Dmytro Kuleba thanked Tallinn on X and called the law "a model for the whole free world".
EU countries are expected to give final approval next week to a plan to channel the windfall profits generated by immobilised Russian central bank assets, estimated at €2.5-3 billion a year, mainly into weapons for Ukraine.
The first tranche could be paid out as early as July.

G7 finance ministers will meet in Stresa, Italy, from 23 May, where the United States is expected to push for a loan of up to $50 billion backed by future profits from the assets.
Kallas, who has led Estonia since 2021, is widely tipped to become the EU's next foreign policy chief after the European elections in June.
"""

# ---------------------------------------------------------------- b67en05 (Central Banking)
EN05 = """
G7 finalises $50bn loan to Ukraine backed by immobilised Russian reserves

Finance ministers of the Group of Seven on Friday agreed on the details of a $50 billion loan package for Ukraine that will be repaid from the windfall profits generated by Russian central bank assets immobilised in the West.
The agreement, reached on the sidelines of the International Monetary Fund and World Bank annual meetings in Washington, ends months of wrangling over how to share the burden and the risks among the group's members.
US Treasury secretary Janet Yellen said the United States would contribute $20 billion, its share of the package, with the remainder coming from the European Union, the UK, Canada and Japan.

The EU's share, up to €18.1 billion, will be channelled through a macro-financial assistance loan of up to €35 billion, which the European Parliament approved on Tuesday with 518 votes in favour.
Member states are expected to give their final sign-off this week, allowing a first disbursement before the end of the year.
"It is only fair that Russia pays for the destruction it has caused," Commission president Ursula von der Leyen said.

About €190 billion of the roughly €210 billion of Russian central bank assets immobilised in the EU sit at Euroclear, the Brussels-based central securities depository, where most of the securities have matured and turned into cash.
Euroclear has been transferring windfall profits on those balances to the EU since July, after the bloc decided in May to use them mainly for Ukraine's defence.
Washington pressed Brussels in September to extend the sanctions renewal period from six months to 36 months to guarantee that the assets stay frozen.
Hungary's prime minister Viktor Orbán said he would not agree to the change before the US presidential election, and the US share will now be serviced regardless of the EU renewal.

Moscow has warned of retaliation.
Speaking at the Brics summit in Kazan on Thursday, President Vladimir Putin called the use of the proceeds "theft" and said "it will not go unpunished", adding that Russia could use Western assets frozen in the country in response.
Bank of Russia governor Elvira Nabiullina said last week that the central bank would challenge any confiscation in court, while acknowledging that the prospects of recovering the reserves in Western jurisdictions were slim.

Ukraine's finance minister Serhiy Marchenko said the money would be used for budget and military needs and that Kyiv expected the first funds before the end of the year.
President Volodymyr Zelensky thanked the G7 on Saturday, calling the agreement "a real example of justice".
"""

# ---------------------------------------------------------------- b67en06 (The Maritime Executive)
EN06 = """
Royal Navy Boards Falsely Flagged Shadow Fleet Tanker in English Channel

British forces boarded and detained a crude oil tanker in the English Channel on Tuesday morning, the first time the U.K. has seized a vessel from Russia's so-called shadow fleet since it began sanctioning the tankers in 2023.
A Royal Marines boarding team from the frigate HMS Iron Duke, supported by a Wildcat helicopter, took control of the 2008-built Aframax Kapitan Volkov about 20 nautical miles south of Dungeness at around 0530 local time.
According to the Ministry of Defence, the tanker was sailing under a false flag of the Comoros, which had removed her from its registry in December, making her stateless under international law.
She was carrying some 700,000 barrels of Urals crude loaded at Primorsk and had been on the U.K. sanctions list since last May.

Moscow reacted with fury.
Foreign ministry spokeswoman Maria Zakharova called the operation "an act of state piracy" on Tuesday evening and demanded the immediate release of the crew of 23, including 14 Russian nationals.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would "take all necessary measures" to protect its shipping.
The Russian navy said the corvette Boikiy, which had shadowed the tanker through the Strait of Dover, would escort Russia-bound vessels in the Channel "from now on".

Prime Minister Sir Keir Starmer said the boarding was "lawful, proportionate and long overdue," and warned that any vessel trying to dodge sanctions by hiding behind a fake flag would "face the same consequences."
The Ministry of Defence said the tanker would be escorted to an anchorage off Southend, where HM Revenue and Customs will inspect her cargo.
Government lawyers concluded in January that stateless ships could be boarded on the high seas, according to officials.

France, whose navy boarded the tanker Boracay off Saint-Nazaire last autumn, said it had provided surveillance support, and President Emmanuel Macron called the operation "a strong signal of European unity."
EU foreign policy chief Kaja Kallas said the bloc's 20th sanctions package, due to be adopted by February 24, would add a further 100 vessels to its list of shadow fleet tankers.

Ukrainian Foreign Minister Andrii Sybiha thanked London and urged other coastal states to "stop the Kremlin's floating piggy bank."
The shadow fleet, estimated at more than 1,000 vessels, carries the bulk of Russia's seaborne crude exports and has been linked to damaged undersea cables in the Baltic.
Since the G7 price cap took effect in December 2022, Western governments have sanctioned hundreds of tankers, while insurers warn that many are poorly maintained and underinsured.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b67en01_lme_russian_metal_ban_2024_04", "2024-04-15", EN01,
        [
            T("this morning", "TIME", "2024-04-15TMO"),
            T("Friday evening", "TIME", "2024-04-12TEV"),
            T("13 April", "DATE", "2024-04-13"),
            T("last year", "DATE", "2023", 0),
            T("Saturday", "DATE", "2024-04-13"),
            T("the weekend", "DATE", "2024-W15-WE"),
            T("Monday", "DATE", "2024-04-15"),
            T("last year", "DATE", "2023", 1),
            T("March", "DATE", "2024-03"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("this week", "DATE", "2024-W16"),
            T("Sunday", "DATE", "2024-04-14"),
            T("June", "DATE", "2024-06"),
        ],
        [
            E("UK and US bar new Russian aluminium, copper and nickel from the LME and CME", "SANCTION",
              ["United Kingdom", "United States", "Russia"], "2024-04-12TEV", "text", "occurred",
              "The joint measures, unveiled on Friday evening"),
            E("US bans imports of Russian aluminium, copper and nickel", "SANCTION", ["United States", "Russia"],
              "2024-04-12TEV", "context", "occurred", "Washington also banned imports"),
            E("UK outlawed imports of Russian aluminium, copper and nickel last year", "SANCTION",
              ["United Kingdom", "Russia"], "2023", "text", "occurred", "Washington also banned imports"),
            E("US Treasury issues a general licence for metal already in warehouses", "AGREE", ["United States"],
              "2024-04-12TEV", "context", "occurred", "general licence"),
            E("Peskov calls the restrictions illegal", "ACCUSE", ["Dmitry Peskov", "United Kingdom", "United States"],
              "2024-04-15", "text", "occurred", "Peskov said on Monday"),
            E("Russian embassy accuses the British government of economic banditry", "ACCUSE",
              ["Russia", "United Kingdom"], "2024-04-15", "published", "occurred", "economic banditry"),
            E("Russian embassy warns Moscow reserves the right to respond", "THREATEN", ["Russia", "United Kingdom"],
              "2024-04-15", "published", "occurred", "economic banditry"),
            E("Zelensky welcomes the step", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom", "United States"],
              "2024-04-15", "published", "occurred", "welcomed the step"),
            E("Zelensky urges the EU to follow suit", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2024-04-15", "published", "occurred", "welcomed the step"),
            E("EU to discuss options for a ban", "CONSULT", ["European Union"], "FUTURE_REF", "vague", "planned",
              "expected to discuss options"),
            E("G7 finance ministers meet in Washington", "CONSULT", ["United Kingdom", "United States"], "2024-W16",
              "text", "planned", "G7 finance ministers, who meet"),
            E("G7 to discuss using frozen Russian central bank assets for Kyiv", "AID",
              ["United Kingdom", "United States", "Ukraine", "Russia"], "2024-W16", "context", "uncertain",
              "G7 finance ministers, who meet"),
            E("G7 leaders' summit in Italy in June", "CONSULT", ["United Kingdom", "United States"], "2024-06",
              "text", "planned", "Hunt told reporters"),
        ],
        [
            S("United Kingdom", "Hunt: the action targets a major source of revenue Putin uses to fund his illegal "
              "war", "2024-04-12", "context", "Chancellor Jeremy Hunt said in a statement"),
            S("United States", "Adeyemo: the move limits Russia's ability to generate revenue", "2024-04-12",
              "context", "Wally Adeyemo said"),
            S("Russia", "Moscow hit back over the weekend", "2024-W15-WE", "text", "Moscow hit back over the weekend."),
            S("Dmitry Peskov", "The restrictions are illegal, hurt markets more than Russia; producers will find "
              "other buyers", "2024-04-15", "text", "Peskov said on Monday"),
            S("Russia", "Embassy: economic banditry; Moscow reserves the right to respond", "2024-04-15",
              "published", "economic banditry"),
            S("Volodymyr Zelensky", "Welcomes the step; the EU should follow, Russian aluminium still flows in",
              "2024-04-15", "published", "welcomed the step"),
            S("United Kingdom", "Hunt hopes for real progress on the frozen assets before the G7 summit",
              "2024-04-14", "text", "Hunt told reporters"),
        ],
        ["United Kingdom", "United States", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine",
         "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b67en02_us_price_cap_tanker_sanctions_2023_10", "2023-10-13", EN02,
        [
            T("Thursday", "DATE", "2023-10-12", 0),
            T("this summer", "DATE", "2023-SU"),
            T("Thursday", "DATE", "2023-10-12", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("this week", "DATE", "2023-W41"),
            T("Friday morning", "TIME", "2023-10-13TMO"),
            T("December 2022", "DATE", "2022-12"),
            T("late September", "DATE", "2023-09", mod="END"),
            T("the past three months", "DURATION", "P3M"),
            T("Friday", "DATE", "2023-10-13", 1),
            T("February", "DATE", "2023-02"),
            T("months", "DURATION", "PXM", 1),
            T("Thursday evening", "TIME", "2023-10-12TEV"),
            T("November", "DATE", "2023-11"),
        ],
        [
            E("US imposes the first sanctions for violations of the oil price cap", "SANCTION",
              ["United States", "Russia"], "2023-10-12", "text", "occurred", "imposed the first sanctions",
              note="two shipowners in Turkey and the UAE and their tankers"),
            E("Adeyemo warns that those shipping oil above the cap will face consequences", "THREATEN",
              ["United States"], "2023-10-12", "context", "occurred", "will face consequences"),
            E("US and UK issue a joint alert urging shippers and insurers to check price attestations", "REQUEST",
              ["United States", "United Kingdom"], "2023-10-12", "text", "occurred", "joint alert"),
            E("Further US actions to follow", "SANCTION", ["United States"], "FUTURE_REF", "vague", "planned",
              "further actions would follow"),
            E("Yellen and Hunt meet G7 counterparts in Marrakech", "CONSULT", ["United States", "United Kingdom"],
              "2023-W41", "text", "occurred", "in Marrakech this week"),
            E("Yellen and Hunt pledge to keep enforcing the cap", "AGREE", ["United States", "United Kingdom"],
              "2023-W41", "text", "occurred", "in Marrakech this week"),
            E("G7, EU and Australia impose the price cap", "SANCTION", ["European Union", "Russia"], "2022-12",
              "text", "occurred", "imposed the cap in December 2022"),
            E("Putin's decree bans sales to buyers observing the cap since February", "SANCTION", ["Vladimir Putin"],
              "2023-02", "text", "occurred", "under a decree signed by President Vladimir Putin", date_mod="START"),
            E("Yermak welcomes the US move", "SUPPORT", ["Andriy Yermak", "United States"], "2023-10-12TEV", "text",
              "occurred", "welcomed the U.S. move"),
            E("Yermak calls on the EU to close the loopholes", "REQUEST", ["Andriy Yermak", "European Union"],
              "2023-10-12TEV", "text", "occurred", "welcomed the U.S. move"),
            E("EU to present its 12th sanctions package in November", "SANCTION", ["European Union", "Russia"],
              "2023-11", "text", "planned", "12th package"),
        ],
        [
            S("United States", "Adeyemo: committed to reducing Russia's revenue; violators will face consequences",
              "2023-10-12", "context", "will face consequences"),
            S("Joint statement: United States, United Kingdom", "Alert urging shippers and insurers to check price "
              "attestations", "2023-10-12", "text", "joint alert"),
            S("United States", "Officials: further actions will follow in the coming weeks", "2023-10-13",
              "published", "further actions would follow"),
            S("Joint statement: United States, United Kingdom", "Yellen and Hunt pledge to keep enforcing the cap",
              "2023-W41", "text", "in Marrakech this week"),
            S("Dmitry Peskov", "Russia has adapted and will keep selling oil to those who want to buy it",
              "2023-10-13", "text", "Peskov said on Friday"),
            S("Ukraine", "The cap should be cut to $30 a barrel", "2023-10-13", "published",
              "Ukraine has argued for months"),
            S("Andriy Yermak", "Welcomes the US move; the EU must close the loopholes", "2023-10-12TEV", "text",
              "welcomed the U.S. move"),
            S("European Union", "Officials expect to present a 12th package in November", "2023-10-13", "published",
              "12th package"),
        ],
        ["Joe Biden", "United States", "Russia", "United Kingdom", "European Union", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Ukraine", "Andriy Yermak", "Volodymyr Zelensky"],
    ),
    doc(
        "b67en03_danone_carlsberg_seizure_2023_07", "2023-07-18", EN03,
        [
            T("Sunday", "DATE", "2023-07-16"),
            T("the same day", "DATE", "2023-07-16"),
            T("April", "DATE", "2023-04"),
            T("the same month", "DATE", "2023-04"),
            T("Monday", "DATE", "2023-07-17", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("last year", "DATE", "2022"),
            T("December", "DATE", "2022-12"),
            T("Tuesday", "DATE", "2023-07-18"),
            T("Monday", "DATE", "2023-07-17", 1),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("Putin's decree places Danone Russia and Baltika under temporary state management", "SANCTION",
              ["Vladimir Putin"], "2023-07-16", "text", "occurred", "A decree signed by Vladimir Putin on Sunday",
              note="countermeasure against firms from unfriendly countries"),
            E("April decree allows the state to take over assets of firms from unfriendly countries", "SANCTION",
              ["Russia"], "2023-04", "text", "occurred", "builds on an April decree"),
            E("Russia takes over the Russian subsidiaries of Uniper and Fortum", "SANCTION", ["Russia", "Germany"],
              "2023-04", "text", "occurred", "It was first used the same month",
              note="Uniper is owned by the German state; Finland is not canonical"),
            E("Peskov denies that the move is an expropriation", "REJECT", ["Dmitry Peskov"], "2023-07-17", "text",
              "occurred", "not an expropriation"),
            E("Russia tightens the exit rules for foreign sellers", "SANCTION", ["Russia"], "2022-12", "text",
              "occurred", "under rules tightened in December"),
            E("Le Maire calls the seizure unacceptable and a violation of international law", "ACCUSE",
              ["France", "Russia"], "2023-07-18", "text", "occurred", "Bruno Le Maire said on Tuesday"),
            E("Denmark's business minister calls the move theft", "ACCUSE", ["Russia"], "2023-07-18", "published",
              "occurred", "Denmark's business minister", note="Denmark is not canonical"),
            E("European Commission condemns Russia's disregard for the rule of law", "ACCUSE",
              ["European Union", "Russia"], "2023-07-18", "published", "occurred", "Denmark's business minister"),
            E("Ukraine urges the remaining Western firms to leave Russia", "REQUEST", ["Ukraine"], "2023-07-18",
              "published", "occurred", "Ukraine's foreign ministry said"),
            E("Russia pulls out of the Black Sea grain deal", "SANCTION", ["Russia"], "2023-07-17", "text",
              "occurred", "pulled out of the Black Sea grain deal"),
            E("EU, US and allies freeze Russian central bank reserves", "SANCTION",
              ["European Union", "United States", "Russia"], "2022-02", "text", "occurred",
              "Officials in Moscow have repeatedly linked", date_mod="START"),
            E("EU and G7 explore using the reserves for Ukraine's reconstruction", "AID",
              ["European Union", "Ukraine", "Russia"], "2023-07-18", "published", "uncertain",
              "are exploring ways to use those reserves"),
        ],
        [
            S("Dmitry Peskov", "Not an expropriation; the owners' rights are not taken away", "2023-07-17", "text",
              "not an expropriation"),
            S("France", "Le Maire: the seizure is unacceptable and violates international law", "2023-07-18", "text",
              "Bruno Le Maire said on Tuesday"),
            S("European Union", "Commission condemns Russia's disregard for the rule of law", "2023-07-18",
              "published", "Denmark's business minister"),
            S("Ukraine", "Doing business in Russia means financing the war; remaining Western firms should leave",
              "2023-07-18", "published", "Ukraine's foreign ministry said"),
            S("Russia", "Moscow links the fate of Western assets in Russia to its frozen reserves", "2023-07-18",
              "published", "Officials in Moscow have repeatedly linked"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov", "Germany", "France", "European Union", "Ukraine",
         "United States"],
    ),
    doc(
        "b67en04_estonia_frozen_assets_law_2024_05", "2024-05-16", EN04,
        [
            T("Wednesday", "DATE", "2024-05-15", 0),
            T("currently", "DATE", "PRESENT_REF"),
            T("months", "DURATION", "PXM"),
            T("Wednesday evening", "TIME", "2024-05-15TEV"),
            T("Thursday", "DATE", "2024-05-16"),
            T("next week", "DATE", "2024-W21"),
            T("a year", "SET", "P1Y"),
            T("July", "DATE", "2024-07"),
            T("23 May", "DATE", "2024-05-23"),
            T("2021", "DATE", "2021"),
            T("June", "DATE", "2024-06"),
        ],
        [
            E("Estonia passes a law allowing frozen Russian assets to compensate Ukraine", "AID", ["Ukraine", "Russia"],
              "2024-05-15", "text", "planned", "on Wednesday passed a law",
              note="Estonia is not canonical; the assets are to be used once damage is established"),
            E("Kallas: Russia must pay for the destruction it caused", "REQUEST", ["Kaja Kallas", "Russia"],
              "2024-05-15", "context", "occurred", "Russia must pay for the destruction"),
            E("Kallas urges EU countries and the G7 to use the immobilised central bank assets", "REQUEST",
              ["Kaja Kallas", "European Union"], "2024-05-15", "context", "occurred", "She urged other EU countries"),
            E("Russian embassy hands a protest note to the Estonian foreign ministry", "ACCUSE", ["Russia"],
              "2024-05-15TEV", "text", "occurred", "protest note"),
            E("Zakharova accuses Tallinn of legalising theft", "ACCUSE", ["Maria Zakharova"], "2024-05-16", "text",
              "occurred", "legalising theft"),
            E("Zakharova threatens the harshest response, including against Estonian property", "THREATEN",
              ["Maria Zakharova"], "2024-05-16", "text", "occurred", "legalising theft"),
            E("Peskov warns of endless legal proceedings", "THREATEN", ["Dmitry Peskov"], "2024-05-16", "published",
              "occurred", "endless legal proceedings"),
            E("Kuleba thanks Tallinn", "SUPPORT", ["Ukraine"], "2024-05-16", "published", "occurred",
              "thanked Tallinn"),
            E("EU countries to give final approval to using windfall profits for weapons for Ukraine", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-W21", "text", "planned", "final approval next week"),
            E("First tranche of windfall profits to be paid out in July", "AID", ["European Union", "Ukraine", "Russia"],
              "2024-07", "text", "planned", "The first tranche could be paid out"),
            E("G7 finance ministers meet in Stresa", "CONSULT", ["United States"], "2024-05-23", "text", "planned",
              "will meet in Stresa"),
            E("US to push for a $50 billion loan backed by the assets' profits", "REQUEST", ["United States"],
              "2024-05-23", "context", "planned", "will meet in Stresa"),
            E("Loan of up to $50 billion for Ukraine backed by profits from the Russian assets", "AID",
              ["United States", "Ukraine", "Russia"], "2024-05-23", "context", "uncertain", "will meet in Stresa"),
        ],
        [
            S("Kaja Kallas", "Russia must pay; the law shows it can be done in a legally sound way", "2024-05-15",
              "context", "Russia must pay for the destruction"),
            S("Kaja Kallas", "Other EU countries and the G7 should follow and use the central bank assets",
              "2024-05-15", "context", "She urged other EU countries"),
            S("Russia", "Moscow responded angrily", "2024-05-16", "published", "Moscow responded angrily."),
            S("Russia", "Embassy protests against the law", "2024-05-15TEV", "text", "protest note"),
            S("Maria Zakharova", "The Tallinn regime legalises theft; Russia will respond in the harshest way",
              "2024-05-16", "text", "legalising theft"),
            S("Dmitry Peskov", "Any seizure of Russian assets will lead to endless legal proceedings", "2024-05-16",
              "published", "endless legal proceedings"),
            S("Ukraine", "Kuleba: the law is a model for the whole free world", "2024-05-16", "published",
              "thanked Tallinn"),
        ],
        ["Russia", "Ukraine", "European Union", "Kaja Kallas", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "United States"],
    ),
    doc(
        "b67en05_g7_era_loans_2024_10", "2024-10-28", EN05,
        [
            T("Friday", "DATE", "2024-10-25"),
            T("months", "DURATION", "PXM"),
            T("Tuesday", "DATE", "2024-10-22"),
            T("this week", "DATE", "2024-W44"),
            T("the end of the year", "DATE", "2024", 0, mod="END"),
            T("July", "DATE", "2024-07"),
            T("May", "DATE", "2024-05"),
            T("September", "DATE", "2024-09"),
            T("six months", "DURATION", "P6M"),
            T("36 months", "DURATION", "P36M"),
            T("now", "DATE", "PRESENT_REF"),
            T("Thursday", "DATE", "2024-10-24"),
            T("last week", "DATE", "2024-W43"),
            T("the end of the year", "DATE", "2024", 1, mod="END"),
            T("Saturday", "DATE", "2024-10-26"),
        ],
        [
            E("G7 finance ministers agree on the details of the $50 billion loan", "AGREE",
              ["United States", "European Union", "United Kingdom"], "2024-10-25", "text", "occurred",
              "on Friday agreed on the details",
              note="Canada and Japan are not canonical"),
            E("$50 billion loan for Ukraine repaid from the profits of immobilised Russian assets", "AID",
              ["United States", "European Union", "United Kingdom", "Ukraine", "Russia"], "2024-10-25", "text",
              "planned", "on Friday agreed on the details"),
            E("G7 finance ministers meet in Washington", "CONSULT", ["United States", "European Union", "United Kingdom"],
              "2024-10-25", "context", "occurred", "reached on the sidelines"),
            E("US to contribute $20 billion", "AID", ["United States", "Ukraine", "Russia"], "2024-10-25", "context",
              "planned", "Janet Yellen said"),
            E("European Parliament approves the macro-financial assistance loan", "AGREE",
              ["European Union", "Ukraine"], "2024-10-22", "text", "occurred", "European Parliament approved"),
            E("Member states to give their final sign-off", "AGREE", ["European Union"], "2024-W44", "text", "planned",
              "final sign-off this week"),
            E("First EU disbursement before the end of the year", "AID", ["European Union", "Ukraine", "Russia"],
              "2024", "text", "planned", "final sign-off this week", date_mod="END"),
            E("Von der Leyen: Russia must pay for the destruction", "REQUEST", ["Ursula von der Leyen", "Russia"],
              "2024-10-28", "published", "occurred", "It is only fair"),
            E("Euroclear transfers windfall profits to the EU since July", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-07", "text", "occurred",
              "Euroclear has been transferring", date_mod="START"),
            E("EU decides to use the windfall profits mainly for Ukraine's defence", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-05", "text", "occurred", "Euroclear has been transferring"),
            E("Washington presses Brussels to extend the renewal period to 36 months", "REQUEST",
              ["United States", "European Union"], "2024-09", "text", "occurred", "Washington pressed Brussels"),
            E("Orbán refuses to agree to the change before the US election", "REJECT",
              ["Viktor Orbán", "United States", "European Union"], "2024-09", "context", "occurred",
              "would not agree to the change"),
            E("Putin calls the use of the proceeds theft", "ACCUSE", ["Vladimir Putin"], "2024-10-24", "text",
              "occurred", "Speaking at the Brics summit"),
            E("Putin: it will not go unpunished; Russia could use frozen Western assets in response", "THREATEN",
              ["Vladimir Putin"], "2024-10-24", "text", "occurred", "Speaking at the Brics summit"),
            E("Bank of Russia to challenge any confiscation in court", "ACCUSE", ["Russia"], "2024-W43", "text",
              "planned", "Elvira Nabiullina said last week"),
            E("Zelensky thanks the G7", "SUPPORT",
              ["Volodymyr Zelensky", "United States", "European Union", "United Kingdom"], "2024-10-26", "text",
              "occurred", "thanked the G7 on Saturday"),
        ],
        [
            S("United States", "Yellen: the US will contribute $20 billion", "2024-10-25", "context",
              "Janet Yellen said"),
            S("Ursula von der Leyen", "It is only fair that Russia pays for the destruction it caused", "2024-10-28",
              "published", "It is only fair"),
            S("Viktor Orbán", "Will not agree to a longer renewal period before the US election", "2024-09", "context",
              "would not agree to the change"),
            S("Russia", "Moscow has warned of retaliation", "2024-10-28", "published",
              "Moscow has warned of retaliation."),
            S("Vladimir Putin", "Using the proceeds is theft that will not go unpunished; Russia could use frozen "
              "Western assets", "2024-10-24", "text", "Speaking at the Brics summit"),
            S("Russia", "Nabiullina: the central bank will challenge any confiscation in court; prospects are slim",
              "2024-W43", "text", "Elvira Nabiullina said last week"),
            S("Ukraine", "Marchenko: the money goes to budget and military needs; first funds before year end",
              "2024-10-28", "published", "Serhiy Marchenko said"),
            S("Volodymyr Zelensky", "The agreement is a real example of justice", "2024-10-26", "text",
              "thanked the G7 on Saturday"),
        ],
        ["United States", "European Union", "United Kingdom", "Ukraine", "Russia", "Ursula von der Leyen",
         "Viktor Orbán", "Vladimir Putin", "Volodymyr Zelensky"],
    ),
    doc(
        "b67en06_channel_tanker_boarding_2026_02", "2026-02-12", EN06,
        [
            T("Tuesday morning", "TIME", "2026-02-10TMO"),
            T("2023", "DATE", "2023"),
            T("2008", "DATE", "2008"),
            T("around 0530 local time", "TIME", "2026-02-10T05:30", mod="APPROX", note="local time (GMT)"),
            T("December", "DATE", "2025-12", 0),
            T("last May", "DATE", "2025-05"),
            T("Tuesday evening", "TIME", "2026-02-10TEV"),
            T("Wednesday", "DATE", "2026-02-11"),
            T("now", "DATE", "PRESENT_REF"),
            T("January", "DATE", "2026-01"),
            T("last autumn", "DATE", "2025-FA"),
            T("February 24", "DATE", "2026-02-24"),
            T("December 2022", "DATE", "2022-12"),
        ],
        [
            E("British forces board and detain a shadow-fleet tanker in the Channel", "COERCE",
              ["United Kingdom", "Russia"], "2026-02-10TMO", "text", "occurred", "British forces boarded and detained",
              note="fictional"),
            E("UK sanctions shadow-fleet tankers since 2023", "SANCTION", ["United Kingdom", "Russia"], "2023", "text",
              "occurred", "British forces boarded and detained", date_mod="START"),
            E("UK lists the Kapitan Volkov", "SANCTION", ["United Kingdom", "Russia"], "2025-05", "text", "occurred",
              "had been on the U.K. sanctions list", date_mod="START"),
            E("Zakharova calls the operation state piracy", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
              "2026-02-10TEV", "text", "occurred", "an act of state piracy"),
            E("Zakharova demands the release of the crew", "REQUEST", ["Maria Zakharova", "United Kingdom"],
              "2026-02-10TEV", "text", "occurred", "an act of state piracy"),
            E("Peskov: Russia will take all necessary measures to protect its shipping", "THREATEN",
              ["Dmitry Peskov", "United Kingdom"], "2026-02-11", "text", "occurred", "take all necessary measures"),
            E("Russian corvette shadows the tanker through the Strait of Dover", "MOBILIZE", ["Russia", "United Kingdom"],
              "2026-02-10", "context", "occurred", "corvette Boikiy"),
            E("Russian navy to escort Russia-bound vessels in the Channel", "MOBILIZE", ["Russia"], "PRESENT_REF",
              "vague", "planned", "corvette Boikiy"),
            E("Starmer warns falsely flagged vessels of the same consequences", "THREATEN", ["Keir Starmer", "Russia"],
              "2026-02-12", "published", "occurred", "face the same consequences"),
            E("French navy boarded the tanker Boracay", "COERCE", ["France", "Russia"], "2025-FA", "text", "occurred",
              "whose navy boarded the tanker Boracay"),
            E("France provides surveillance support to the UK operation", "COOPERATE", ["France", "United Kingdom"],
              "2026-02-10", "context", "occurred", "whose navy boarded the tanker Boracay"),
            E("Macron calls the operation a strong signal of European unity", "SUPPORT",
              ["Emmanuel Macron", "United Kingdom"], "2026-02-12", "published", "occurred",
              "whose navy boarded the tanker Boracay"),
            E("EU's 20th package to add 100 shadow-fleet vessels by February 24", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "20th sanctions package"),
            E("Sybiha thanks London", "SUPPORT", ["Andrii Sybiha", "United Kingdom"], "2026-02-12", "published",
              "occurred", "thanked London"),
            E("Sybiha urges other coastal states to act", "REQUEST", ["Andrii Sybiha"], "2026-02-12", "published",
              "occurred", "thanked London"),
            E("G7 price cap takes effect", "SANCTION", ["Russia"], "2022-12", "text", "occurred",
              "Since the G7 price cap took effect", date_mod="START"),
        ],
        [
            S("United Kingdom", "MoD: the tanker sailed under a false Comoros flag and was stateless", "2026-02-12",
              "published", "According to the Ministry of Defence"),
            S("Russia", "Moscow reacted with fury", "2026-02-12", "published", "Moscow reacted with fury."),
            S("Maria Zakharova", "An act of state piracy; the crew must be released immediately", "2026-02-10TEV",
              "text", "an act of state piracy"),
            S("Dmitry Peskov", "Russia will take all necessary measures to protect its shipping", "2026-02-11",
              "text", "take all necessary measures"),
            S("Russia", "Navy: the corvette Boikiy will escort Russia-bound vessels in the Channel", "2026-02-11",
              "context", "corvette Boikiy"),
            S("Keir Starmer", "The boarding was lawful, proportionate and long overdue; fake-flag vessels face the "
              "same consequences", "2026-02-12", "published", "face the same consequences"),
            S("United Kingdom", "MoD: the tanker will be escorted to Southend for a customs inspection", "2026-02-12",
              "published", "anchorage off Southend"),
            S("United Kingdom", "Officials: government lawyers concluded that stateless ships can be boarded",
              "2026-02-12", "published", "Government lawyers concluded"),
            S("France", "France provided surveillance support", "2026-02-12", "published",
              "whose navy boarded the tanker Boracay"),
            S("Emmanuel Macron", "A strong signal of European unity", "2026-02-12", "published",
              "whose navy boarded the tanker Boracay"),
            S("Kaja Kallas", "The 20th package will add 100 vessels to the shadow-fleet list", "2026-02-12",
              "published", "20th sanctions package"),
            S("Andrii Sybiha", "Thanks London; coastal states should stop the Kremlin's floating piggy bank",
              "2026-02-12", "published", "thanked London"),
        ],
        ["United Kingdom", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Keir Starmer", "France",
         "Emmanuel Macron", "Kaja Kallas", "European Union", "Ukraine", "Andrii Sybiha"],
    ),
]
