"""English articles of the blind53 set (fictionalised; written and annotated blind to the extraction code).

Theme: economic diplomacy around the war (product price caps, a sovereign default, tariffs on oil buyers, a
shadow-fleet boarding, war-risk insurance, a minerals fund), in English business and trade-press styles.
"""

from build import E, S, T

# ---------------------------------------------------------------- b53en01 (S&P Global Commodity Insights)
EN01 = """
EU, G7 agree $100/b, $45/b price caps on Russian oil products ahead of Feb. 5 ban

London — EU member states agreed Feb. 3 to cap the price of Russian diesel and other premium-to-crude products at $100/b and of discounted products such as fuel oil and naphtha at $45/b, clearing the way for the caps to take effect alongside the bloc's embargo on seaborne imports of Russian products on Feb. 5.
The deal among EU ambassadors in Brussels followed days of haggling, with Poland and the Baltic states pressing for lower levels and Greece, Malta and Cyprus, whose shipowners carry much of the trade, warning against caps that would hand business to tankers outside Western jurisdiction.
The Group of Seven — Canada, France, Germany, Italy, Japan, the UK and the US — and Australia confirmed the same levels later Friday in a joint statement, saying the caps would "further limit Russia's revenues" while keeping global markets supplied.

US Treasury Secretary Janet Yellen said the product caps would build on the $60/b cap on Russian crude, which had already reduced Moscow's oil income without disrupting supply.
Russia's oil and gas budget revenues in January were 46% lower than in January 2022, according to finance ministry data published Feb. 3.
Under the mechanism, Western shippers, insurers and financiers may only service cargoes of Russian-origin products sold at or below the caps, and cargoes loaded before Feb. 5 and unloaded before April 1 are exempt.
The European Commission will review the levels every two months, and EU officials said the crude cap, in force since Dec. 5, would also be reviewed in March.

Kremlin spokesman Dmitry Peskov said Feb. 3 that Moscow was taking measures to protect its interests and that the caps would lead to "further imbalance" in global energy markets.
A decree signed by President Vladimir Putin in late December bans sales of Russian oil to buyers that adhere to the caps, though traders said enforcement of the measure, which took effect Feb. 1, remained unclear.
Deputy Prime Minister Alexander Novak warned in December that Russia could cut output by 500,000-700,000 b/d in early 2023 in response.

In Kyiv, the head of the Ukrainian presidential office, Andriy Yermak, welcomed the product caps but repeated his call to lower the crude cap to $30/b, saying the current level still left Moscow with "too much money for missiles."

Platts assessed diesel cargoes CIF Northwest Europe at $995.75/mt Feb. 3, down from more than $1,100/mt in mid-January, as traders stockpiled Russian barrels ahead of the ban.
Platts Analytics expects Russian product exports to fall by about 500,000 b/d in the first quarter as volumes are redirected to North Africa, the Middle East and Asia, often on longer voyages.
"""

# ---------------------------------------------------------------- b53en02 (CNBC)
EN02 = """
Russia slides into first foreign debt default in a century as sanctions block payments

Russia has defaulted on its foreign-currency sovereign debt for the first time since 1918, after a 30-day grace period on about $100 million of interest payments expired on Sunday night, bondholders and credit analysts said.
The Kremlin rejected the label on Monday, saying Moscow had paid the money in May and could not be held responsible if Western financial institutions failed to pass it on to investors.
"These claims of a default are absolutely wrong," Kremlin spokesman Dmitry Peskov told reporters on a conference call.

The payments, sent to Euroclear in Belgium in late May, have been stuck there since the Treasury Department allowed a license that let Moscow pay American bondholders to expire on May 25.
Treasury Secretary Janet Yellen said in May that the decision was meant to keep up the pressure on Moscow, which has about half of its roughly $600 billion in reserves frozen after the US, the European Union and other allies imposed sanctions on its central bank in late February.
Finance Minister Anton Siluanov called the situation a "farce" last week and said Russia would in the future pay holders of its eurobonds in rubles under a decree signed by President Vladimir Putin.

The default came as leaders of the Group of Seven gathered in the Bavarian Alps, where the US, the UK, Canada and Japan announced a ban on imports of Russian gold, the country's most valuable export after energy, on Sunday.
President Joe Biden said the ban would deprive Russia of tens of billions of dollars.
Ukrainian Prime Minister Denys Shmyhal, who will present a $750 billion recovery plan at a conference in Lugano, Switzerland, next week, has called for the frozen Russian reserves to be used to rebuild his country.

Analysts said the practical impact would be limited, since Russia has been largely shut out of Western capital markets since the invasion of Ukraine began on Feb. 24.
"This is a default in name only - Russia has the money, it just cannot deliver it," said one emerging-markets strategist at a London investment bank.
Russia's dollar bonds due 2026 traded at less than 20 cents on the dollar on Monday, while the ruble, supported by capital controls, hovered near a seven-year high against the dollar.
"""

# ---------------------------------------------------------------- b53en03 (Business Standard)
EN03 = """
G7 to target buyers of Russian oil as US presses for tariffs on India, China

New Delhi: Finance ministers of the Group of Seven (G7) agreed on Friday to step up pressure on Russia by going after those who help it sell oil, after the United States urged its partners to slap tariffs on India and China for buying Russian crude.
US Treasury Secretary Scott Bessent and trade representative Jamieson Greer told their counterparts on the video call that only tariffs could "cut off the revenue that funds Putin's war machine", according to a Treasury statement.
Canadian finance minister François-Philippe Champagne, who chaired Friday's call, said the ministers would use "every tool" against those increasing purchases of Russian oil and those enabling sanctions evasion.

The ministers also discussed using the full value of Russia's immobilised sovereign assets, most of which are held in Europe, to fund Ukraine's defence, a step backed by Washington but resisted by Belgium.
German finance minister Lars Klingbeil said Berlin was open to further measures but warned against a tariff spiral that would hurt Europe's exporters more than Moscow.
A UK Treasury spokesperson said London would announce new sanctions on the shadow fleet of ageing tankers that carries Russian crude in the coming weeks.

India's ministry of external affairs (MEA) said on Friday that singling out India was "unjustified and unreasonable", noting that the US and the European Union continue to trade with Russia.
Washington doubled the tariff on most Indian goods to 50 per cent on August 27, with half of it a penalty for New Delhi's purchases of Russian oil, which have risen from less than 2 per cent of its crude imports before the war to about 35 per cent.
Commerce and industry minister Piyush Goyal said talks with Washington on a bilateral trade agreement were progressing and that he hoped to conclude a first tranche by November.
US President Donald Trump said on Friday he was "very close" to a deal with India, but added that his patience with Russian President Vladimir Putin was "running out, and fast".

Kremlin spokesman Dmitry Peskov said pressure on Russia's trading partners was "illegitimate" and would not change Moscow's course, adding that contacts with Kyiv on a settlement were currently on pause.
The Russian embassy in New Delhi said India remained a "time-tested partner" and that Russian supplies would continue.

State-run refiners Indian Oil Corporation and Bharat Petroleum have bought at least 11 cargoes of Russian Urals for October loading this week, traders said, at discounts of $2-3 a barrel to Brent.
Brent crude settled at $66.99 a barrel on Friday, up 0.9 per cent, as traders weighed the risk of further sanctions.
"""

# ---------------------------------------------------------------- b53en04 (gCaptain)
EN04 = """
French Navy Boards Shadow Fleet Tanker Off Saint-Nazaire as Macron Urges Tougher Line

French naval commandos boarded the Benin-flagged crude tanker Boracay off the coast of western France on Tuesday and detained its captain and first officer, in what officials describe as a test of Europe's willingness to confront Russia's so-called shadow fleet.
The 244-meter Aframax, which loaded at the Russian Baltic port of Primorsk in late September and was bound for India, had been anchored off Saint-Nazaire since the weekend, according to ship-tracking data.
The Brest prosecutor's office said Thursday that the captain, a Chinese national, would stand trial in February for failing to justify the vessel's nationality and refusing to comply with naval orders, while the first officer had been released.

President Emmanuel Macron, speaking Wednesday in Copenhagen on the sidelines of a summit of European leaders, said the crew had committed "very serious" offenses and urged allies to "obstruct" shadow fleet tankers wherever they could.
"We are going to continue, and I want us to go further," Macron said, adding that the fleet financed a significant share of Russia's war effort.
The ship had been mentioned in Danish media in connection with drone flights that disrupted air traffic at Copenhagen and Aalborg airports last month, though French officials have not confirmed any link.

Russian President Vladimir Putin dismissed the boarding as "piracy" on Thursday, telling the Valdai discussion forum in Sochi that the tanker carried no military cargo and that France was trying to distract from its domestic problems.
Kremlin spokesman Dmitry Peskov said Moscow had no information about the ship, noting that it was neither Russian-owned nor Russian-flagged.

The Boracay, previously named Pushpa and Varada, is one of more than 550 vessels on the EU's sanctions list and was detained by Estonia in April for sailing without valid flag registration.
Brussels estimates that shadow fleet tankers carry around 70% of Russia's seaborne crude, much of it sold above the $47.60 per barrel cap the EU and the UK have applied since September 3.
EU ambassadors are expected to finalize a 19th sanctions package in the coming weeks that would add another 118 vessels to the list and tighten scrutiny of flag registries.

Ukraine's foreign minister Andrii Sybiha welcomed the French action on X and urged other coastal states to "follow France's example."
Marine insurance sources said P&I and war-risk underwriters were reviewing their exposure to tankers with opaque ownership after the boarding, which could make the Baltic route more costly for operators outside the Western market.
"""

# ---------------------------------------------------------------- b53en05 (Insurance Insider)
EN05 = """
JWC lists Novorossiysk and Russian Baltic oil ports as tanker strikes reshape marine war market

The Lloyd's Market Association's Joint War Committee (JWC) added Russia's Black Sea ports of Novorossiysk and Tuapse and the Baltic oil terminals of Primorsk and Ust-Luga to its Listed Areas on Tuesday, a move that requires shipowners to notify underwriters and pay additional premiums for every call.
The revised circular takes effect immediately and follows a string of Ukrainian naval-drone and aerial-drone strikes on tankers and port infrastructure since November 28, when two tankers were hit off the Turkish coast.
Underwriters told Insurance Insider that additional premiums for Russian ports had jumped to as much as 1% of hull value per call, from around 0.25% a month ago, with several markets declining to quote at all.

President Vladimir Putin warned in December that Russia could cut Ukraine off from the sea if the attacks on tankers continued, and Russian missile and drone strikes on Odesa's ports intensified in the weeks that followed.
Kremlin spokesman Dmitry Peskov said on Tuesday the JWC decision showed that "Western insurers are part of the economic war against Russia" and that exporters would rely on domestic cover.
Russia's state-owned Russian National Reinsurance Company (RNRC) has provided much of the cover for shadow fleet tankers since Western insurers withdrew after the G7 price cap was introduced in December 2022.

Turkish foreign minister Hakan Fidan, whose country controls the Bosphorus through which Novorossiysk's tankers must pass, said last week that attacks near Turkey's exclusive economic zone were "unacceptable" and urged both sides to keep merchant shipping out of the war.
Ukraine's foreign minister Andrii Sybiha said the tankers were "legitimate elements of Russia's war economy" and that Kyiv would not agree to a truce at sea without a full ceasefire.

The European Commission is preparing a 20th sanctions package, due to be presented before February 24, that would replace the price cap with a full ban on maritime services for Russian crude, according to people familiar with the draft.
Such a ban would bar EU-based insurers, shipowners and brokers from any involvement in Russian oil trades, regardless of price.
The UK, home to the Lloyd's market, said in December it would follow with a ban of its own once the EU measure is agreed.

Brokers said Greek-owned tankers had largely stopped accepting Russian cargoes, and that rates for compliant Aframaxes loading in the Baltic rose by about a fifth this week.
"The market is pricing the Black Sea as a war zone again, and the Baltic is not far behind," one Lloyd's war underwriter said.
"""

# ---------------------------------------------------------------- b53en06 (MINING.COM)
EN06 = """
US-Ukraine fund backs Dobra lithium, Balakhivka graphite in first investments

The United States-Ukraine Reconstruction Investment Fund has approved its first two investments, committing about $150 million to the Dobra lithium deposit and the Balakhivka graphite project in central Ukraine, the US International Development Finance Corporation (DFC) said on Tuesday.
The announcement was made at a ceremony in Kyiv attended by DFC chief executive Ben Black and Ukraine's economy minister Oleksiy Sobolev, more than a year after Washington and Kyiv signed the minerals deal that created the fund.
The agreement, signed in Washington on April 30, 2025, by Treasury Secretary Scott Bessent and then first deputy prime minister Yulia Svyrydenko, gives the fund preferential rights to invest in new Ukrainian natural-resource projects, with both governments contributing equally.

Dobra, in the Kirovohrad region, holds an estimated 1.1 million tonnes of lithium oxide ore, according to Ukraine's geological survey, and was awarded last year to a consortium led by the US-backed TechMet.
The fund will take a minority stake alongside TechMet, while the Balakhivka money will finance a pilot plant meant to produce battery-grade graphite by 2028.
"These are the first projects of what we expect to be a long pipeline," Black said.
Sobolev said the deals showed that American capital was coming to Ukraine "not after the war, but now."

Both sites lie more than 150 km from the front line, although Russian drones have repeatedly struck energy facilities in the region.
Ukrainian President Volodymyr Zelensky, who met US special envoy Steve Witkoff in Kyiv last week, said the fund was "part of the security architecture" because it gave the United States a direct stake in Ukraine's future.

In Moscow, Kremlin envoy Kirill Dmitriev repeated an offer for US companies to develop rare earths in Russia, including in what Moscow calls its "new territories", once sanctions are eased.
Kremlin spokesman Dmitry Peskov said deposits in the regions Russia annexed in 2022 "will not be the subject of anyone else's deals."

The first deals come as Western governments look for alternatives to Chinese graphite, after Beijing tightened export controls on the material in October and then suspended part of them for a year under a trade truce agreed with Washington in November.
Spodumene prices in China have risen by about a third since January, to around $1,100 a tonne, according to Fastmarkets.
Shares of TechMet's listed partners were little changed in Sydney on Wednesday.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b53en01_product_price_caps_2023_02", "2023-02-04", EN01,
        [
            T("Feb. 5", "DATE", "2023-02-05", 0),
            T("Feb. 3", "DATE", "2023-02-03", 0),
            T("Feb. 5", "DATE", "2023-02-05", 1),
            T("days", "DURATION", "PXD"),
            T("Friday", "DATE", "2023-02-03"),
            T("January", "DATE", "2023-01", 0),
            T("January 2022", "DATE", "2022-01"),
            T("Feb. 3", "DATE", "2023-02-03", 1),
            T("Feb. 5", "DATE", "2023-02-05", 2),
            T("April 1", "DATE", "2023-04-01"),
            T("every two months", "SET", "P2M"),
            T("Dec. 5", "DATE", "2022-12-05"),
            T("March", "DATE", "2023-03"),
            T("Feb. 3", "DATE", "2023-02-03", 2),
            T("late December", "DATE", "2022-12", mod="END"),
            T("Feb. 1", "DATE", "2023-02-01"),
            T("December", "DATE", "2022-12", 1),
            T("early 2023", "DATE", "2023", mod="START"),
            T("Feb. 3", "DATE", "2023-02-03", 3),
            T("mid-January", "DATE", "2023-01", mod="MID"),
            T("the first quarter", "DATE", "2023-Q1"),
        ],
        [
            E("EU member states agree price caps of $100/b and $45/b on Russian oil products", "AGREE",
              ["European Union"], "2023-02-03", "text", "occurred", "EU member states agreed Feb. 3"),
            E("Product price caps take effect on Feb. 5", "SANCTION", ["European Union", "Russia"], "2023-02-05", "text",
              "planned", "EU member states agreed Feb. 3"),
            E("EU embargo on seaborne imports of Russian products takes effect on Feb. 5", "SANCTION",
              ["European Union", "Russia"], "2023-02-05", "text", "planned", "EU member states agreed Feb. 3"),
            E("Poland and the Baltic states press for lower cap levels", "REQUEST", ["Poland", "European Union"],
              "2023-02-03", "context", "occurred", "The deal among EU ambassadors"),
            E("G7 and Australia confirm the same cap levels", "AGREE",
              ["France", "Germany", "United Kingdom", "United States"], "2023-02-03", "text", "occurred",
              "The Group of Seven"),
            E("$60/b price cap on Russian crude in force since Dec. 5", "SANCTION", ["European Union", "Russia"],
              "2022-12-05", "text", "occurred", "The European Commission will review", date_mod="START"),
            E("Peskov: the caps will further unbalance global energy markets", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2023-02-03", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said Feb. 3"),
            E("Putin decree bans oil sales to buyers that adhere to the caps", "SANCTION", ["Vladimir Putin"],
              "2022-12", "text", "occurred", "A decree signed by President Vladimir Putin", date_mod="END",
              note="in force from Feb. 1"),
            E("Novak warns Russia could cut output in response to the caps", "THREATEN", ["Russia"], "2022-12", "text",
              "occurred", "Deputy Prime Minister Alexander Novak"),
            E("Yermak welcomes the product caps", "SUPPORT", ["Andriy Yermak", "European Union"], "2023-02-04",
              "published", "occurred", "In Kyiv, the head of the Ukrainian presidential office"),
            E("Yermak calls for the crude cap to be lowered to $30/b", "REQUEST", ["Andriy Yermak", "European Union"],
              "2023-02-04", "published", "occurred", "In Kyiv, the head of the Ukrainian presidential office"),
        ],
        [
            S("Joint statement: France, Germany, United Kingdom, United States",
              "The caps will further limit Russia's revenues while keeping markets supplied", "2023-02-03", "text",
              "The Group of Seven"),
            S("United States", "Yellen: the product caps build on the crude cap, which cut Moscow's oil income",
              "2023-02-04", "published", "US Treasury Secretary Janet Yellen"),
            S("European Union", "EU officials: the crude cap will also be reviewed in March", "2023-02-04",
              "published", "The European Commission will review"),
            S("Dmitry Peskov", "Moscow is taking measures to protect its interests; the caps will cause further "
              "imbalance", "2023-02-03", "text", "Kremlin spokesman Dmitry Peskov said Feb. 3"),
            S("Russia", "Novak: Russia could cut output by 500,000-700,000 b/d in early 2023", "2022-12", "text",
              "Deputy Prime Minister Alexander Novak"),
            S("Andriy Yermak", "Welcomes the product caps; the crude cap should be $30/b", "2023-02-04", "published",
              "In Kyiv, the head of the Ukrainian presidential office"),
        ],
        ["European Union", "Russia", "Poland", "France", "Germany", "United Kingdom", "United States",
         "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Ukraine", "Andriy Yermak"],
    ),
    doc(
        "b53en02_russia_debt_default_2022_06", "2022-06-27", EN02,
        [
            T("a century", "DURATION", "P100Y"),
            T("1918", "DATE", "1918"),
            T("30-day", "DURATION", "P30D"),
            T("Sunday night", "TIME", "2022-06-26TNI"),
            T("Monday", "DATE", "2022-06-27", 0),
            T("May", "DATE", "2022-05", 0),
            T("late May", "DATE", "2022-05", mod="END"),
            T("May 25", "DATE", "2022-05-25"),
            T("May", "DATE", "2022-05", 3),
            T("late February", "DATE", "2022-02", mod="END"),
            T("last week", "DATE", "2022-W25"),
            T("the future", "DATE", "FUTURE_REF"),
            T("Sunday", "DATE", "2022-06-26", 1),
            T("next week", "DATE", "2022-W27"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("2026", "DATE", "2026"),
            T("Monday", "DATE", "2022-06-27", 1),
            T("seven-year", "DURATION", "P7Y"),
        ],
        [
            E("Kremlin rejects the default label", "REJECT", ["Kremlin"], "2022-06-27", "text", "occurred",
              "The Kremlin rejected the label"),
            E("US Treasury lets the license for Russia's payments to US bondholders expire", "SANCTION",
              ["United States", "Russia"], "2022-05-25", "text", "occurred", "The payments, sent to Euroclear"),
            E("US, EU and allies sanction Russia's central bank, freezing about half of its reserves", "SANCTION",
              ["United States", "European Union", "Russia"], "2022-02", "text", "occurred",
              "Treasury Secretary Janet Yellen said in May", date_mod="END"),
            E("Siluanov calls the situation a farce", "ACCUSE", ["Russia"], "2022-W25", "text", "occurred",
              "Finance Minister Anton Siluanov"),
            E("G7 leaders gather in the Bavarian Alps", "CONSULT", ["United States", "United Kingdom"], "2022-06-26",
              "context", "occurred", "The default came as leaders", note="the summit opened on Sunday 26 June"),
            E("US, UK, Canada and Japan announce a ban on imports of Russian gold", "SANCTION",
              ["United States", "United Kingdom", "Russia"], "2022-06-26", "text", "occurred",
              "The default came as leaders"),
            E("Shmyhal to present a recovery plan at a conference in Lugano next week", "CONSULT", ["Ukraine"],
              "2022-W27", "text", "planned", "Ukrainian Prime Minister Denys Shmyhal"),
            E("Shmyhal calls for frozen Russian reserves to be used to rebuild Ukraine", "REQUEST", ["Ukraine"],
              "2022-06-27", "published", "occurred", "Ukrainian Prime Minister Denys Shmyhal"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Analysts said the practical impact"),
        ],
        [
            S("Kremlin", "Moscow paid in May and is not responsible if Western institutions fail to pass the money "
              "on", "2022-06-27", "text", "The Kremlin rejected the label"),
            S("Dmitry Peskov", "Claims of a default are absolutely wrong", "2022-06-27", "context",
              "These claims of a default are absolutely wrong"),
            S("United States", "Yellen: the decision keeps up the pressure on Moscow", "2022-05", "text",
              "Treasury Secretary Janet Yellen said in May"),
            S("Russia", "Siluanov: the situation is a farce; Russia will pay eurobond holders in rubles", "2022-W25",
              "text", "Finance Minister Anton Siluanov"),
            S("Joe Biden", "The gold ban will deprive Russia of tens of billions of dollars", "2022-06-26", "context",
              "President Joe Biden said the ban"),
            S("Ukraine", "Shmyhal: frozen Russian reserves should be used to rebuild Ukraine", "2022-06-27",
              "published", "Ukrainian Prime Minister Denys Shmyhal"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "United States", "European Union", "Vladimir Putin", "United Kingdom",
         "Joe Biden", "Ukraine"],
    ),
    doc(
        "b53en03_g7_finance_tariffs_india_2025_09", "2025-09-13", EN03,
        [
            T("Friday", "DATE", "2025-09-12", 0),
            T("Friday", "DATE", "2025-09-12", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2025-09-12", 2),
            T("August 27", "DATE", "2025-08-27"),
            T("November", "DATE", "2025-11"),
            T("Friday", "DATE", "2025-09-12", 3),
            T("currently", "DATE", "PRESENT_REF"),
            T("October", "DATE", "2025-10"),
            T("this week", "DATE", "2025-W37"),
            T("Friday", "DATE", "2025-09-12", 4),
        ],
        [
            E("G7 finance ministers agree to step up pressure on Russia by targeting those who help it sell oil",
              "AGREE", ["United States", "Germany", "United Kingdom"], "2025-09-12", "text", "occurred",
              "Finance ministers of the Group of Seven"),
            E("Bessent and Greer urge G7 partners to impose tariffs on India and China", "REQUEST",
              ["United States", "China"], "2025-09-12", "context", "occurred",
              "US Treasury Secretary Scott Bessent and trade representative"),
            E("G7 finance ministers' video call chaired by Canada", "CONSULT",
              ["United States", "Germany", "United Kingdom"], "2025-09-12", "text", "occurred",
              "who chaired Friday's call"),
            E("Ministers discuss using the full value of immobilised Russian assets for Ukraine's defence", "AID",
              ["United States", "Germany", "United Kingdom", "Ukraine", "Russia"], "2025-09-12", "context", "uncertain",
              "The ministers also discussed"),
            E("Klingbeil warns against a tariff spiral", "REQUEST", ["Germany", "United States"], "2025-09-13",
              "published", "occurred", "German finance minister Lars Klingbeil"),
            E("UK to announce new sanctions on the shadow fleet", "SANCTION", ["United Kingdom", "Russia"], "FUTURE_REF",
              "vague", "planned", "A UK Treasury spokesperson"),
            E("India's foreign ministry calls singling out India unjustified, noting US and EU trade with Russia",
              "ACCUSE", ["United States", "European Union"], "2025-09-12", "text", "occurred",
              "India's ministry of external affairs"),
            E("US doubles the tariff on Indian goods to 50 per cent, half as a penalty for Russian oil purchases",
              "SANCTION", ["United States"], "2025-08-27", "text", "occurred", "Washington doubled the tariff"),
            E("India hopes to conclude a first tranche of a trade deal with the US by November", "AGREE",
              ["United States"], "2025-11", "text", "planned", "Commerce and industry minister Piyush Goyal"),
            E("Peskov calls the pressure on Russia's trading partners illegitimate", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-09-13", "published", "occurred",
              "Kremlin spokesman Dmitry Peskov said pressure"),
            E("Russian embassy: supplies to India will continue", "AGREE", ["Russia"], "2025-09-13", "published",
              "occurred", "The Russian embassy in New Delhi"),
        ],
        [
            S("United States", "Bessent and Greer: only tariffs can cut off the revenue that funds Putin's war machine",
              "2025-09-12", "context", "US Treasury Secretary Scott Bessent and trade representative"),
            S("Germany", "Klingbeil: Berlin is open to further measures but warns against a tariff spiral",
              "2025-09-13", "published", "German finance minister Lars Klingbeil"),
            S("United Kingdom", "London will announce new sanctions on the shadow fleet in the coming weeks",
              "2025-09-13", "published", "A UK Treasury spokesperson"),
            S("Donald Trump", "Very close to a deal with India; patience with Putin running out fast", "2025-09-12",
              "text", "US President Donald Trump said on Friday"),
            S("Dmitry Peskov", "Pressure on trading partners is illegitimate; contacts with Kyiv are on pause",
              "2025-09-13", "published", "Kremlin spokesman Dmitry Peskov said pressure"),
            S("Russia", "Embassy: India remains a time-tested partner and Russian supplies will continue",
              "2025-09-13", "published", "The Russian embassy in New Delhi"),
        ],
        ["United States", "Russia", "China", "Vladimir Putin", "Ukraine", "Germany", "United Kingdom",
         "European Union", "Donald Trump", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b53en04_france_boards_boracay_2025_10", "2025-10-03", EN04,
        [
            T("Tuesday", "DATE", "2025-09-30"),
            T("late September", "DATE", "2025-09", mod="END"),
            T("the weekend", "DATE", "2025-W39-WE"),
            T("Thursday", "DATE", "2025-10-02", 0),
            T("February", "DATE", "2026-02"),
            T("Wednesday", "DATE", "2025-10-01"),
            T("last month", "DATE", "2025-09"),
            T("Thursday", "DATE", "2025-10-02", 1),
            T("April", "DATE", "2025-04"),
            T("September 3", "DATE", "2025-09-03"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("French navy boards the shadow-fleet tanker Boracay and detains its captain and first officer",
              "COERCE", ["France", "Russia"], "2025-09-30", "text", "occurred", "French naval commandos boarded"),
            E("The captain is to stand trial in February", "COERCE", ["France"], "2026-02", "text", "planned",
              "The Brest prosecutor's office said Thursday"),
            E("Summit of European leaders in Copenhagen", "CONSULT", ["Emmanuel Macron", "European Union"],
              "2025-10-01", "text", "occurred", "President Emmanuel Macron, speaking Wednesday"),
            E("Macron urges allies to obstruct shadow-fleet tankers", "REQUEST", ["Emmanuel Macron", "European Union"],
              "2025-10-01", "text", "occurred", "President Emmanuel Macron, speaking Wednesday"),
            E("Macron: the shadow fleet finances Russia's war effort", "ACCUSE", ["Emmanuel Macron", "Russia"],
              "2025-10-01", "context", "occurred", "We are going to continue"),
            E("Putin calls the boarding piracy", "ACCUSE", ["Vladimir Putin", "France"], "2025-10-02", "text",
              "occurred", "Russian President Vladimir Putin dismissed the boarding"),
            E("EU and UK apply the lowered $47.60 price cap since September 3", "SANCTION",
              ["European Union", "United Kingdom", "Russia"], "2025-09-03", "text", "occurred", "Brussels estimates",
              date_mod="START"),
            E("EU to finalise a 19th sanctions package", "SANCTION", ["European Union", "Russia"], "FUTURE_REF",
              "vague", "planned", "EU ambassadors are expected"),
            E("Sybiha welcomes the French action", "SUPPORT", ["Andrii Sybiha", "France"], "2025-10-03", "published",
              "occurred", "Ukraine's foreign minister Andrii Sybiha welcomed"),
            E("Sybiha urges other coastal states to follow France's example", "REQUEST", ["Andrii Sybiha"],
              "2025-10-03", "published", "occurred", "Ukraine's foreign minister Andrii Sybiha welcomed"),
        ],
        [
            S("France", "Brest prosecutor: the captain will stand trial in February; the first officer was released",
              "2025-10-02", "text", "The Brest prosecutor's office said Thursday"),
            S("Emmanuel Macron", "The crew committed very serious offences; allies should obstruct shadow-fleet tankers",
              "2025-10-01", "text", "President Emmanuel Macron, speaking Wednesday"),
            S("Emmanuel Macron", "We will continue and go further; the fleet finances Russia's war effort",
              "2025-10-01", "context", "We are going to continue"),
            S("Vladimir Putin", "The boarding is piracy; France wants to distract from domestic problems",
              "2025-10-02", "text", "Russian President Vladimir Putin dismissed the boarding"),
            S("Dmitry Peskov", "Moscow has no information about the ship, which is not Russian-owned or -flagged",
              "2025-10-03", "published", "Kremlin spokesman Dmitry Peskov said Moscow had no information"),
            S("European Union", "Shadow-fleet tankers carry about 70% of Russia's seaborne crude", "2025-10-03",
              "published", "Brussels estimates"),
            S("Andrii Sybiha", "Welcomes the French action; coastal states should follow France's example",
              "2025-10-03", "published", "Ukraine's foreign minister Andrii Sybiha welcomed"),
        ],
        ["France", "Russia", "Emmanuel Macron", "European Union", "Vladimir Putin", "Dmitry Peskov", "Kremlin",
         "United Kingdom", "Ukraine", "Andrii Sybiha"],
    ),
    doc(
        "b53en05_jwc_listed_areas_russian_ports_2026_01", "2026-01-14", EN05,
        [
            T("Tuesday", "DATE", "2026-01-13", 0),
            T("November 28", "DATE", "2025-11-28"),
            T("a month ago", "DATE", "2025-12"),
            T("December", "DATE", "2025-12", 0),
            T("Tuesday", "DATE", "2026-01-13", 1),
            T("December 2022", "DATE", "2022-12"),
            T("last week", "DATE", "2026-W02"),
            T("February 24", "DATE", "2026-02-24"),
            T("December", "DATE", "2025-12", 2),
            T("this week", "DATE", "2026-W03"),
        ],
        [
            E("Ukrainian drone strikes on tankers and port infrastructure since 28 November", "ASSAULT",
              ["Ukraine", "Russia"], "2025-11-28", "text", "occurred", "The revised circular takes effect",
              date_mod="START"),
            E("Putin threatens to cut Ukraine off from the sea if attacks on tankers continue", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2025-12", "text", "occurred", "President Vladimir Putin warned in December"),
            E("Russian strikes on Odesa's ports intensify", "ASSAULT", ["Russia", "Ukraine"], "2025-12", "context",
              "occurred", "President Vladimir Putin warned in December",
              note="in the weeks after Putin's December warning"),
            E("Peskov: Western insurers are part of the economic war against Russia", "ACCUSE", ["Dmitry Peskov"],
              "2026-01-13", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("G7 price cap on Russian oil introduced", "SANCTION", ["Russia"], "2022-12", "text", "occurred",
              "Russian National Reinsurance Company"),
            E("Fidan urges both sides to keep merchant shipping out of the war", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-W02", "text", "occurred", "Turkish foreign minister Hakan Fidan"),
            E("Sybiha: no truce at sea without a full ceasefire", "REJECT", ["Andrii Sybiha", "Russia"], "2026-01-14",
              "published", "occurred", "Ukraine's foreign minister Andrii Sybiha said"),
            E("Commission to present a 20th package replacing the price cap with a maritime services ban", "SANCTION",
              ["European Union", "Russia"], "2026-02-24", "text", "planned", "The European Commission is preparing",
              note="to be presented before 24 February"),
            E("UK to follow with its own ban on maritime services", "SANCTION", ["United Kingdom", "Russia"], "2025-12",
              "text", "planned", "The UK, home to the Lloyd's market",
              note="announced in December; due once the EU measure is agreed"),
        ],
        [
            S("Vladimir Putin", "Russia could cut Ukraine off from the sea if attacks on tankers continue", "2025-12",
              "text", "President Vladimir Putin warned in December"),
            S("Dmitry Peskov", "Western insurers are part of the economic war against Russia; exporters will use "
              "domestic cover", "2026-01-13", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Hakan Fidan", "Attacks near Turkey's economic zone are unacceptable; keep merchant shipping out of the "
              "war", "2026-W02", "text", "Turkish foreign minister Hakan Fidan"),
            S("Andrii Sybiha", "The tankers are legitimate elements of Russia's war economy; no truce at sea without a "
              "full ceasefire", "2026-01-14", "published", "Ukraine's foreign minister Andrii Sybiha said"),
            S("United Kingdom", "London will follow with a ban of its own once the EU measure is agreed", "2025-12",
              "text", "The UK, home to the Lloyd's market"),
        ],
        ["Russia", "Ukraine", "Turkey", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "Hakan Fidan", "Andrii Sybiha",
         "European Union", "United Kingdom"],
    ),
    doc(
        "b53en06_us_ukraine_fund_first_investments_2026_06", "2026-06-17", EN06,
        [
            T("Tuesday", "DATE", "2026-06-16"),
            T("April 30, 2025", "DATE", "2025-04-30"),
            T("last year", "DATE", "2025"),
            T("2028", "DATE", "2028"),
            T("now", "DATE", "PRESENT_REF"),
            T("last week", "DATE", "2026-W24"),
            T("2022", "DATE", "2022"),
            T("October", "DATE", "2025-10"),
            T("a year", "DURATION", "P1Y", 1),
            T("November", "DATE", "2025-11"),
            T("January", "DATE", "2026-01"),
            T("Wednesday", "DATE", "2026-06-17"),
        ],
        [
            E("US-Ukraine Reconstruction Investment Fund approves its first two investments", "COOPERATE",
              ["United States", "Ukraine"], "2026-06-16", "text", "occurred",
              "Reconstruction Investment Fund has approved"),
            E("Ceremony in Kyiv with DFC chief Black and economy minister Sobolev", "CONSULT",
              ["United States", "Ukraine"], "2026-06-16", "context", "occurred", "The announcement was made at a ceremony"),
            E("US and Ukraine sign the minerals agreement in Washington", "AGREE", ["United States", "Ukraine"],
              "2025-04-30", "text", "occurred", "The agreement, signed in Washington"),
            E("Zelensky meets Witkoff in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Steve Witkoff"], "2026-W24", "text",
              "occurred", "who met US special envoy Steve Witkoff"),
            E("Dmitriev repeats his offer for US companies to develop rare earths in Russia", "REQUEST",
              ["Kirill Dmitriev", "United States"], "2026-06-17", "published", "occurred",
              "Kremlin envoy Kirill Dmitriev repeated"),
            E("Peskov: deposits in the annexed regions will not be the subject of anyone else's deals", "REJECT",
              ["Dmitry Peskov", "Ukraine", "United States"], "2026-06-17", "published", "occurred",
              "Kremlin spokesman Dmitry Peskov said deposits"),
            E("Russia annexes Ukrainian regions", "COERCE", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said deposits"),
            E("China tightens export controls on graphite", "SANCTION", ["China"], "2025-10", "text", "occurred",
              "The first deals come as"),
            E("China and the US agree a trade truce suspending part of the controls for a year", "AGREE",
              ["China", "United States"], "2025-11", "text", "occurred", "The first deals come as"),
        ],
        [
            S("United States", "DFC: the fund has approved its first two investments, about $150 million",
              "2026-06-16", "text", "Reconstruction Investment Fund has approved"),
            S("United States", "Black: the first projects of a long pipeline", "2026-06-16", "context",
              "These are the first projects"),
            S("Ukraine", "Sobolev: American capital is coming to Ukraine now, not after the war", "2026-06-16",
              "context", "Sobolev said the deals"),
            S("Volodymyr Zelensky", "The fund is part of the security architecture", "2026-06-17", "published",
              "who met US special envoy Steve Witkoff"),
            S("Kirill Dmitriev", "US companies could develop rare earths in Russia once sanctions are eased",
              "2026-06-17", "published", "Kremlin envoy Kirill Dmitriev repeated"),
            S("Dmitry Peskov", "Deposits in the annexed regions will not be the subject of anyone else's deals",
              "2026-06-17", "published", "Kremlin spokesman Dmitry Peskov said deposits"),
        ],
        ["United States", "Ukraine", "Russia", "Volodymyr Zelensky", "Steve Witkoff", "Kremlin", "Kirill Dmitriev",
         "Dmitry Peskov", "China"],
    ),
]
