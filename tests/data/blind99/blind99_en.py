"""English articles of the blind99 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b99en01 (JAMnews)
EN01 = """
Georgia to ban re-export of Western cars to Russia from March

Georgia will ban the re-export of cars made in the United States, the European Union, Japan and Canada to Russia and Belarus from March 1, the Finance Ministry announced on Wednesday.
The ban covers new and used vehicles that entered Georgia after the start of Russia's full-scale invasion of Ukraine, including those already on the territory of the Rustavi car market.

Since 2022, Georgia has turned into one of the busiest transit routes for Western cars heading north across the Upper Lars border crossing.
According to Geostat, car exports to Russia more than tripled between January and November last year.
Finance Minister Lasha Khutsishvili said the decision had been taken "in coordination with our partners" and would protect Georgian businesses from secondary sanctions.

The U.S. Embassy in Tbilisi welcomed the decision on Wednesday evening, calling it "an important step to prevent the circumvention of sanctions."
James O'Brien, head of the State Department's Office of Sanctions Coordination, had visited Tbilisi in November and urged the government to close the route.
The EU's sanctions envoy David O'Sullivan, who visited Georgia last spring, said the move showed that "a candidate country can align with our measures without harming its own economy."
EU leaders granted Georgia candidate status in December.

Georgia has not joined Western sanctions against Russia, and Prime Minister Irakli Garibashvili has said several times that doing so would ruin the country's economy.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Tbilisi was acting "under dictation from Washington and Brussels" and that Georgian citizens would pay the price.
Russia remains one of Georgia's largest trading partners, and direct flights between the two countries resumed in May.
Ukraine's Foreign Ministry called the step "long overdue" and urged Tbilisi to also halt the flights.

Traders at the Rustavi market told JAMnews that Russian buyers had started to disappear in recent weeks.
"Half of my clients were from Russia; now I will have to sell to Armenians and Kazakhs," one dealer said.
Experts expect part of the trade to shift to Armenia and Kyrgyzstan, where controls are weaker.
The Revenue Service said it would publish a detailed list of the affected models by the end of January.
"""

# ---------------------------------------------------------------- b99en02 (AKIpress)
EN02 = """
US sanctions Kyrgyz firms behind ruble-backed A7A5 stablecoin

BISHKEK (AKIpress) - The U.S. Treasury Department on Thursday imposed sanctions on the crypto exchange Grinex and three Kyrgyzstan-registered companies linked to the ruble-backed stablecoin A7A5.
The Treasury accused the companies of helping Russia move money past Western sanctions and of serving Russian defense suppliers.
According to the Treasury, Grinex is the successor of the Russian exchange Garantex, which was shut down by U.S., German and Finnish authorities in March.

"Cryptocurrency exchanges like Grinex are now a lifeline for the Kremlin's war economy," Treasury Under Secretary John Hurley said in a statement.
The A7A5 token, issued under Kyrgyz law, reached a market value of more than $500 million within months of its launch in February.

President Sadyr Japarov said on Friday that Kyrgyzstan "does not help anyone evade sanctions" and that the companies operate "in full compliance with our legislation."
The Cabinet of Ministers said it would ask Washington for the evidence behind the designations.
The National Bank said local banks had no correspondent relationships with Grinex.

The United Kingdom had already listed the A7A5 issuer Old Vector in May.
The European Union is considering adding the token to its 19th sanctions package, diplomats in Brussels told AKIpress.

Kremlin spokesman Dmitry Peskov called the U.S. measures "illegal" on Friday and said Russia would "continue to use all available instruments" for trade settlements.
The designations came a day before U.S. President Donald Trump is due to meet Russian President Vladimir Putin in Anchorage, Alaska, later on Friday.
Trump warned on Wednesday of "very severe consequences" if Putin does not agree to stop the war.

Ukrainian President Volodymyr Zelensky welcomed the sanctions in his nightly video address on Thursday and urged partners to target "every financial channel" of Russia's war.
Kyrgyzstan's trade with Russia grew by more than 20 percent in the first half of the year, official data show.
Bishkek has faced rising Western pressure since last year, when the U.S. first sanctioned Kyrgyz banks over payments for Russian companies.
"""

# ---------------------------------------------------------------- b99en03 (Kun.uz)
EN03 = """
US sanctions envoy in Tashkent: "Uzbekistan is not the problem, some companies are"

James O'Brien, head of the US State Department's Office of Sanctions Coordination, held talks in Tashkent on Wednesday with Foreign Minister Bakhtiyor Saidov and officials of the Customs Committee and the Central Bank.
The visit focused on re-exports of microelectronics, machine tools and drone parts to Russia, the US Embassy said.

"Uzbekistan is not the problem, but some companies are," O'Brien told journalists after the talks.
He said Washington would keep designating third-country firms that supply Russia's military, but preferred to "work with governments first."
According to the embassy, O'Brien also met representatives of Uzbek banks and the Chamber of Commerce.

Saidov told Kun.uz after the meeting that Uzbekistan was ready to exchange customs data with the United States and the European Union.
In January, the government tightened controls on exports of items from the common high priority list to Russia, requiring a permit from the Ministry of Investment, Industry and Trade.
"We are not going to let anyone turn Uzbekistan into a back door," Saidov said.

In February, the US Treasury listed three Uzbek companies among more than 500 targets, accusing them of supplying electronic components to Russian arms makers.
Secretary of State Antony Blinken met the five Central Asian foreign ministers in Astana in February last year and announced $25 million to help the region diversify its trade away from Russia.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Washington was "blackmailing" Central Asian states and that Russia's ties with Uzbekistan "will not be affected."
Russia is one of Uzbekistan's two largest trading partners, and more than a million Uzbek migrants work there.
Russian President Vladimir Putin is expected in Tashkent for a state visit next month.

The EU's sanctions envoy David O'Sullivan plans to travel to Tashkent in May, the EU delegation said.
Uzbek exporters told Kun.uz that banks in Tashkent had started to reject payments from some Russian buyers in recent months, fearing secondary sanctions.
"Our clients now ask for the payment to go through a third country, and that takes weeks," said the director of a Tashkent trading firm.
"""

# ---------------------------------------------------------------- b99en04 (bianet English)
EN04 = """
Türkiye stops transit of sanctioned goods to Russia after US pressure

Turkish customs offices have stopped clearing goods that are subject to EU, US and UK sanctions for transit to Russia, exporters and freight forwarders told bianet.
The change took effect at the beginning of March, when the customs system began rejecting transit declarations for such goods without explanation.
Dozens of trucks carrying machinery and electronics are reported to be waiting at the Kapıköy and Sarp border gates.

The move follows a visit to Ankara and Istanbul by US Treasury Under Secretary Brian Nelson in early February.
During the visit, Nelson warned Turkish banks and companies that they risked losing access to G7 markets if they did business with sanctioned Russian entities.

Trade Minister Mehmet Muş said on Monday that Türkiye "does not and will not allow" its territory to be used to circumvent sanctions.
He added that Türkiye was "not a party" to the Western sanctions and would continue its trade with Russia "within the law."
A State Department spokesperson said Washington "welcomes the steps" taken by Türkiye and would "continue the dialogue."

Kremlin spokesman Dmitry Peskov said on Monday that Moscow was aware of "problems" with some transit shipments and was in contact with its Turkish partners.
Türkiye's exports to Russia rose by more than 60 percent last year, and Turkish ports became a hub for goods that Western firms no longer ship to Russia directly.

President Recep Tayyip Erdoğan, who is campaigning for the May 14 elections, has positioned Türkiye as a mediator between Moscow and Kyiv.
He brokered the Black Sea grain deal with the United Nations in July last year, and Ankara is pressing Moscow to extend it before it expires on Saturday.
Ukraine's ambassador to Türkiye, Vasyl Bodnar, thanked Ankara for the customs step and called for "equal vigilance" in the ports.

Critics say the government acted only under pressure.
"For a year, Türkiye was the open door, and the government looked away," said an opposition lawmaker from the CHP, who asked for parliamentary questions on the volume of re-exports.
Exporters, for their part, complain that the rules are unclear and that nobody has told them which goods are affected.
"""

# ---------------------------------------------------------------- b99en05 (Gulf Business)
EN05 = """
US sanctions hit UAE-based traders accused of supplying Russia's military

The US Treasury on Wednesday imposed sanctions on more than 120 individuals and entities in over 20 countries, including several trading companies registered in the UAE, for helping Russia obtain electronics and other goods for its military.
Britain imposed parallel measures on some of the same targets on the same day.

According to the State Department, the UAE-based firms, most of them in Dubai free zones, shipped semiconductors, radio equipment and aircraft parts to Russian defence companies.
"We will continue to target those who help Russia evade our sanctions, wherever they are," Treasury Secretary Janet Yellen said.
A UAE official told Gulf Business that the country "takes its compliance obligations seriously" and was studying the designations.

The measures follow a visit to Abu Dhabi in February by the EU's sanctions envoy David O'Sullivan together with US and British officials, who raised concerns about re-exports of dual-use goods.
Trade between the UAE and Russia rose by about two thirds last year, and Dubai has become a hub for Russian companies and money since 2022.
Several banks in the UAE have tightened checks on Russian clients since the start of the year, according to compliance officers interviewed by Gulf Business.

Kremlin spokesman Dmitry Peskov said on Thursday that Moscow "highly values" its relations with the UAE and that the US sanctions were "illegal."
UAE President Sheikh Mohamed bin Zayed met Russian President Vladimir Putin in St Petersburg in October, and the two countries have kept close ties within OPEC+.
Ukraine's Foreign Ministry urged Gulf states to make sure that "no component made in the West reaches Russian missiles through their ports."

The UAE has not joined Western sanctions and has said it follows only measures adopted by the United Nations.
Lawyers in Dubai expect more designations: G7 leaders are due to discuss sanctions evasion at their summit in Hiroshima in May.
"Companies here used to ask whether a deal was legal; now they ask whether it is worth the risk," said a partner at a Dubai law firm.
For free-zone traders, the message from Washington is clear: a UAE licence no longer shields them from US measures.
"""

# ---------------------------------------------------------------- b99en06 (Asia Times)
EN06 = """
Tokayev's week between Trump and Putin shows the limits of Kazakhstan's balancing act

Kazakh President Kassym-Jomart Tokayev has spent the past week doing what Astana does best: telling Washington and Moscow what each of them wants to hear.
On November 6, Tokayev joined the leaders of the four other Central Asian states at the White House for a C5+1 summit hosted by Donald Trump.
Trump announced deals worth billions of dollars on critical minerals, aircraft and locomotives and called Tokayev "a great leader."

Behind closed doors, US officials pressed the Kazakh delegation on re-exports of dual-use goods to Russia, according to two people familiar with the talks.
Tokayev assured Trump that Kazakhstan would "not become a route for circumventing sanctions," a Kazakh official said.

Astana's most pressing concern is the US sanctions on Lukoil imposed on October 22.
They put at risk the Russian company's stakes in the Karachaganak and Tengiz fields and in the Caspian Pipeline Consortium, which carries most of Kazakhstan's oil exports.
The US Treasury last week issued licences that allow the two fields and the pipeline to keep operating.

On Wednesday, Tokayev was in Moscow, where he and Vladimir Putin signed a declaration raising relations to a "comprehensive strategic partnership and alliance."
Putin called Kazakhstan "a true ally" and said the two countries would expand trade in national currencies "regardless of external pressure."
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow had "no questions" about Tokayev's trip to Washington, which he called Astana's "sovereign right."

The European Union, Kazakhstan's largest investor, has also raised the pressure.
Its sanctions envoy David O'Sullivan is due in Astana later this month, and EU diplomats say Kazakh firms could be listed in the 20th sanctions package.
Ukraine's Foreign Minister Andrii Sybiha said on Tuesday that "every dual-use item that slips through a neighbour of Russia ends up in a drone that hits our cities."

Kazakh exports of listed high-priority goods to Russia have fallen sharply since 2023, customs data show, but analysts say much of the trade has moved to smaller firms and to Kyrgyzstan.
"Astana does the minimum needed to stay off the lists," said a Central Asia analyst at a European think tank.
For now, Tokayev's bet is that both capitals need Kazakhstan more than Kazakhstan needs to choose between them.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b99en01_georgia_car_reexport_ban_2024_01", "2024-01-18", EN01,
        [
            T("March", "DATE", "2024-03"),
            T("March 1", "DATE", "2024-03-01"),
            T("Wednesday", "DATE", "2024-01-17"),
            T("2022", "DATE", "2022"),
            T("January", "DATE", "2023-01"),
            T("November last year", "DATE", "2023-11"),
            T("Wednesday evening", "TIME", "2024-01-17TEV"),
            T("November", "DATE", "2023-11", 1),
            T("last spring", "DATE", "2023-SP"),
            T("December", "DATE", "2023-12"),
            T("Thursday", "DATE", "2024-01-18"),
            T("May", "DATE", "2023-05"),
            T("recent weeks", "DATE", "PAST_REF"),
            T("now", "DATE", "PRESENT_REF"),
            T("the end of January", "DATE", "2024-01", mod="END"),
        ],
        [
            E("Georgia to ban re-exports of Western cars to Russia and Belarus from 1 March", "SANCTION",
              ["Russia", "Belarus"], "2024-03-01", "text", "planned", "Georgia will ban the re-export"),
            E("US Embassy welcomes Georgia's decision", "SUPPORT", ["United States"], "2024-01-17TEV", "text",
              "occurred", "The U.S. Embassy in Tbilisi welcomed"),
            E("O'Brien visits Tbilisi", "CONSULT", ["United States"], "2023-11", "text", "occurred",
              "James O'Brien, head of the State Department's"),
            E("O'Brien urges the Georgian government to close the route", "REQUEST", ["United States"], "2023-11",
              "context", "occurred", "James O'Brien, head of the State Department's"),
            E("EU sanctions envoy O'Sullivan visited Georgia", "CONSULT", ["European Union"], "2023-SP", "text",
              "occurred", "The EU's sanctions envoy David O'Sullivan"),
            E("EU leaders grant Georgia candidate status", "SUPPORT", ["European Union"], "2023-12", "text",
              "occurred", "EU leaders granted Georgia candidate status"),
            E("Zakharova accuses Tbilisi of acting under dictation from Washington and Brussels", "ACCUSE",
              ["Maria Zakharova", "United States", "European Union"], "2024-01-18", "text", "occurred",
              "Maria Zakharova said on Thursday"),
            E("Direct flights between Russia and Georgia resumed in May", "COOPERATE", ["Russia"], "2023-05", "text",
              "occurred", "direct flights between the two countries resumed"),
            E("Ukraine urges Tbilisi to halt the flights to Russia", "REQUEST", ["Ukraine"], "2024-01-18",
              "published", "occurred", "Ukraine's Foreign Ministry called the step"),
        ],
        [
            S("United States", "US Embassy: an important step to prevent the circumvention of sanctions",
              "2024-01-17TEV", "text", "The U.S. Embassy in Tbilisi welcomed"),
            S("European Union", "O'Sullivan: a candidate country can align with EU measures without harming its "
              "economy", "2024-01-18", "published", "The EU's sanctions envoy David O'Sullivan"),
            S("Maria Zakharova", "Tbilisi acts under dictation from Washington and Brussels; Georgians will pay the "
              "price", "2024-01-18", "text", "Maria Zakharova said on Thursday"),
            S("Ukraine", "The step is long overdue; Tbilisi should also halt the flights", "2024-01-18", "published",
              "Ukraine's Foreign Ministry called the step"),
        ],
        ["Russia", "Belarus", "Ukraine", "United States", "European Union", "Maria Zakharova"],
    ),
    doc(
        "b99en02_kyrgyzstan_a7a5_sanctions_2025_08", "2025-08-15", EN02,
        [
            T("Thursday", "DATE", "2025-08-14", 0),
            T("March", "DATE", "2025-03"),
            T("now", "DATE", "PRESENT_REF"),
            T("February", "DATE", "2025-02"),
            T("Friday", "DATE", "2025-08-15", 0),
            T("May", "DATE", "2025-05"),
            T("Friday", "DATE", "2025-08-15", 1),
            T("Friday", "DATE", "2025-08-15", 2),
            T("Wednesday", "DATE", "2025-08-13"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2025-08-14", 1),
            T("the first half of the year", "DATE", "2025-H1"),
            T("last year", "DATE", "2024"),
        ],
        [
            E("US Treasury sanctions Grinex and three Kyrgyz firms linked to A7A5", "SANCTION",
              ["United States", "Russia"], "2025-08-14", "text", "occurred",
              "The U.S. Treasury Department on Thursday"),
            E("Treasury accuses the firms of helping Russia evade sanctions", "ACCUSE", ["United States", "Russia"],
              "2025-08-14", "context", "occurred", "The Treasury accused the companies"),
            E("US, German and Finnish authorities shut down Garantex", "SANCTION", ["United States", "Germany"],
              "2025-03", "text", "occurred", "which was shut down by U.S., German and Finnish authorities"),
            E("Japarov rejects the charge that Kyrgyzstan helps evade sanctions", "REJECT", ["United States"],
              "2025-08-15", "text", "occurred", "President Sadyr Japarov said on Friday"),
            E("Kyrgyz cabinet to ask Washington for the evidence", "REQUEST", ["United States"], "2025-08-15",
              "published", "planned", "The Cabinet of Ministers said"),
            E("UK lists the A7A5 issuer Old Vector", "SANCTION", ["United Kingdom", "Russia"], "2025-05", "text",
              "occurred", "The United Kingdom had already listed"),
            E("EU considers adding A7A5 to its 19th package", "SANCTION", ["European Union", "Russia"], "2025-08-15",
              "published", "uncertain", "The European Union is considering"),
            E("Peskov calls the US measures illegal", "ACCUSE", ["Dmitry Peskov", "United States"], "2025-08-15",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov called"),
            E("Trump–Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "planned", "is due to meet Russian President Vladimir Putin"),
            E("Trump warns of very severe consequences if Putin does not agree to stop the war", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-08-13", "text", "occurred", "Trump warned on Wednesday"),
            E("Zelensky welcomes the sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2025-08-14",
              "text", "occurred", "Zelensky welcomed the sanctions"),
            E("Zelensky urges partners to target every financial channel of Russia's war", "REQUEST",
              ["Volodymyr Zelensky"], "2025-08-14", "context", "occurred", "Zelensky welcomed the sanctions"),
            E("US first sanctions Kyrgyz banks over payments for Russian companies", "SANCTION",
              ["United States", "Russia"], "2024", "text", "occurred", "when the U.S. first sanctioned Kyrgyz banks"),
        ],
        [
            S("United States", "Treasury: the firms help Russia move money past sanctions and serve defense suppliers",
              "2025-08-14", "context", "The Treasury accused the companies"),
            S("United States", "Hurley: crypto exchanges like Grinex are a lifeline for the Kremlin's war economy",
              "2025-08-14", "context", "Cryptocurrency exchanges like Grinex"),
            S("Dmitry Peskov", "The US measures are illegal; Russia will use all available instruments for trade "
              "settlements", "2025-08-15", "text", "Kremlin spokesman Dmitry Peskov called"),
            S("Donald Trump", "Very severe consequences if Putin does not agree to stop the war", "2025-08-13", "text",
              "Trump warned on Wednesday"),
            S("Volodymyr Zelensky", "Welcomes the sanctions and urges partners to target every financial channel of "
              "Russia's war", "2025-08-14", "text", "Zelensky welcomed the sanctions"),
        ],
        ["United States", "Russia", "Germany", "Kremlin", "United Kingdom", "European Union", "Dmitry Peskov",
         "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b99en03_obrien_tashkent_2024_04", "2024-04-25", EN03,
        [
            T("Wednesday", "DATE", "2024-04-24"),
            T("January", "DATE", "2024-01"),
            T("February", "DATE", "2024-02", 0),
            T("February last year", "DATE", "2023-02"),
            T("Thursday", "DATE", "2024-04-25"),
            T("next month", "DATE", "2024-05"),
            T("May", "DATE", "2024-05"),
            T("recent months", "DATE", "PAST_REF"),
            T("now", "DATE", "PRESENT_REF"),
            T("weeks", "DURATION", "PXW"),
        ],
        [
            E("O'Brien holds talks in Tashkent with Saidov and customs and central bank officials", "CONSULT",
              ["United States"], "2024-04-24", "text", "occurred", "held talks in Tashkent on Wednesday"),
            E("O'Brien: Washington will keep designating third-country firms supplying Russia's military",
              "THREATEN", ["United States"], "2024-04-24", "context", "occurred",
              "He said Washington would keep designating"),
            E("O'Brien meets Uzbek banks and the Chamber of Commerce", "CONSULT", ["United States"], "2024-04-24",
              "context", "occurred", "O'Brien also met representatives"),
            E("Uzbekistan ready to exchange customs data with the US and the EU", "AGREE",
              ["United States", "European Union"], "2024-04-24", "context", "occurred",
              "Saidov told Kun.uz after the meeting"),
            E("Uzbekistan tightens controls on exports of high-priority items to Russia", "SANCTION", ["Russia"],
              "2024-01", "text", "occurred", "In January, the government tightened controls"),
            E("US Treasury lists three Uzbek companies among more than 500 targets", "SANCTION",
              ["United States", "Russia"], "2024-02", "text", "occurred", "In February, the US Treasury listed"),
            E("Blinken meets the Central Asian foreign ministers in Astana", "CONSULT", ["Antony Blinken"], "2023-02",
              "text", "occurred", "Secretary of State Antony Blinken met the five"),
            E("Blinken announces $25 million for Central Asia's trade diversification", "AID", ["Antony Blinken"],
              "2023-02", "text", "occurred", "Secretary of State Antony Blinken met the five"),
            E("Zakharova accuses Washington of blackmailing Central Asian states", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-04-25", "text", "occurred",
              "Maria Zakharova said on Thursday"),
            E("Putin expected in Tashkent for a state visit next month", "CONSULT", ["Vladimir Putin"], "2024-05",
              "text", "planned", "Vladimir Putin is expected in Tashkent"),
            E("EU sanctions envoy O'Sullivan to travel to Tashkent in May", "CONSULT", ["European Union"], "2024-05",
              "text", "planned", "The EU's sanctions envoy David O'Sullivan plans"),
        ],
        [
            S("United States", "US Embassy: the visit focused on re-exports of microelectronics, machine tools and "
              "drone parts to Russia", "2024-04-24", "context", "The visit focused on re-exports"),
            S("United States", "O'Brien: Uzbekistan is not the problem, but some companies are", "2024-04-24",
              "context", "Uzbekistan is not the problem, but some companies are"),
            S("United States", "O'Brien: Washington will keep designating suppliers of Russia's military but prefers "
              "to work with governments first", "2024-04-24", "context", "He said Washington would keep designating"),
            S("Maria Zakharova", "Washington is blackmailing Central Asian states; Russia's ties with Uzbekistan will "
              "not be affected", "2024-04-25", "text", "Maria Zakharova said on Thursday"),
            S("European Union", "EU delegation: O'Sullivan plans to travel to Tashkent in May", "2024-04-25",
              "published", "The EU's sanctions envoy David O'Sullivan plans"),
        ],
        ["United States", "European Union", "Russia", "Antony Blinken", "Maria Zakharova", "Vladimir Putin"],
    ),
    doc(
        "b99en04_turkiye_transit_halt_2023_03", "2023-03-14", EN04,
        [
            T("the beginning of March", "DATE", "2023-03", mod="START"),
            T("early February", "DATE", "2023-02", mod="START"),
            T("Monday", "DATE", "2023-03-13", 0),
            T("Monday", "DATE", "2023-03-13", 1),
            T("last year", "DATE", "2022", 0),
            T("May 14", "DATE", "2023-05-14"),
            T("July last year", "DATE", "2022-07"),
            T("Saturday", "DATE", "2023-03-18"),
            T("a year", "DURATION", "P1Y"),
        ],
        [
            E("Turkish customs stop clearing EU-, US- and UK-sanctioned goods for transit to Russia", "SANCTION",
              ["Turkey", "Russia"], "2023-03", "text", "occurred", "The change took effect at the beginning of March",
              date_mod="START"),
            E("Nelson visits Ankara and Istanbul", "CONSULT", ["United States", "Turkey"], "2023-02", "text",
              "occurred", "The move follows a visit to Ankara and Istanbul", date_mod="START"),
            E("Nelson warns Turkish banks and companies they risk losing access to G7 markets", "THREATEN",
              ["United States"], "2023-02", "context", "occurred", "During the visit, Nelson warned",
              date_mod="START"),
            E("Muş: Türkiye will not allow its territory to be used to circumvent sanctions", "AGREE", ["Turkey"],
              "2023-03-13", "text", "occurred", "Trade Minister Mehmet Muş said on Monday"),
            E("Türkiye not a party to the Western sanctions, will continue trade with Russia", "REJECT", ["Turkey"],
              "2023-03-13", "context", "occurred", "He added that Türkiye was"),
            E("State Department welcomes Türkiye's steps", "SUPPORT", ["United States", "Turkey"], "2023-03-14",
              "published", "occurred", "A State Department spokesperson said"),
            E("Moscow in contact with its Turkish partners over transit problems", "CONSULT", ["Russia", "Turkey"],
              "2023-03-13", "context", "occurred", "Kremlin spokesman Dmitry Peskov said on Monday"),
            E("Erdoğan brokers the Black Sea grain deal with the UN", "AGREE",
              ["Recep Tayyip Erdoğan", "United Nations", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "He brokered the Black Sea grain deal"),
            E("Ankara presses Moscow to extend the grain deal before it expires on Saturday", "REQUEST",
              ["Turkey", "Russia"], "2023-03-14", "published", "occurred", "Ankara is pressing Moscow to extend it",
              note="the deal expires on Saturday 18 March 2023"),
            E("Ukraine's ambassador thanks Ankara for the customs step", "SUPPORT", ["Ukraine", "Turkey"],
              "2023-03-14", "published", "occurred", "Vasyl Bodnar, thanked Ankara"),
            E("Ukraine's ambassador calls for equal vigilance in the ports", "REQUEST", ["Ukraine", "Turkey"],
              "2023-03-14", "published", "occurred", "Vasyl Bodnar, thanked Ankara"),
        ],
        [
            S("United States", "Nelson: Turkish banks and firms risk losing access to G7 markets if they deal with "
              "sanctioned Russian entities", "2023-02", "context", "During the visit, Nelson warned"),
            S("Turkey", "Muş: Türkiye does not and will not allow its territory to be used to circumvent sanctions",
              "2023-03-13", "text", "Trade Minister Mehmet Muş said on Monday"),
            S("Turkey", "Muş: Türkiye is not a party to the Western sanctions and will keep trading with Russia "
              "within the law", "2023-03-13", "context", "He added that Türkiye was"),
            S("United States", "State Department welcomes Türkiye's steps and will continue the dialogue", "2023-03-14",
              "published", "A State Department spokesperson said"),
            S("Dmitry Peskov", "Moscow is aware of problems with transit shipments and in contact with Turkish partners",
              "2023-03-13", "text", "Kremlin spokesman Dmitry Peskov said on Monday"),
            S("Ukraine", "Bodnar thanks Ankara for the customs step and calls for equal vigilance in the ports",
              "2023-03-14", "published", "Vasyl Bodnar, thanked Ankara"),
        ],
        ["Turkey", "Russia", "European Union", "United States", "United Kingdom", "Kremlin", "Dmitry Peskov",
         "Recep Tayyip Erdoğan", "United Nations", "Ukraine"],
    ),
    doc(
        "b99en05_uae_traders_us_sanctions_2023_04", "2023-04-13", EN05,
        [
            T("Wednesday", "DATE", "2023-04-12"),
            T("the same day", "DATE", "2023-04-12"),
            T("February", "DATE", "2023-02"),
            T("last year", "DATE", "2022"),
            T("2022", "DATE", "2022"),
            T("the start of the year", "DATE", "2023", mod="START"),
            T("Thursday", "DATE", "2023-04-13"),
            T("October", "DATE", "2022-10"),
            T("May", "DATE", "2023-05"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("US Treasury sanctions more than 120 targets in over 20 countries, including UAE-based traders, for "
              "supplying Russia's military", "SANCTION", ["United States", "Russia"], "2023-04-12", "text",
              "occurred", "The US Treasury on Wednesday imposed sanctions"),
            E("Britain imposes parallel measures", "SANCTION", ["United Kingdom", "Russia"], "2023-04-12", "text",
              "occurred", "Britain imposed parallel measures"),
            E("Yellen vows to keep targeting those who help Russia evade sanctions", "THREATEN", ["United States"],
              "2023-04-12", "context", "occurred", "We will continue to target those"),
            E("EU envoy O'Sullivan visits Abu Dhabi with US and British officials", "CONSULT",
              ["European Union", "United States", "United Kingdom"], "2023-02", "text", "occurred",
              "The measures follow a visit to Abu Dhabi"),
            E("Peskov: Moscow highly values its relations with the UAE", "SUPPORT", ["Dmitry Peskov"], "2023-04-13",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Peskov calls the US sanctions illegal", "ACCUSE", ["Dmitry Peskov", "United States"], "2023-04-13",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Mohamed bin Zayed meets Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2022-10", "text",
              "occurred", "UAE President Sheikh Mohamed bin Zayed met"),
            E("Ukraine urges Gulf states to stop Western components reaching Russian missiles via their ports",
              "REQUEST", ["Ukraine"], "2023-04-13", "published", "occurred", "Ukraine's Foreign Ministry urged"),
            E("G7 leaders to discuss sanctions evasion at the Hiroshima summit", "CONSULT",
              ["United States", "United Kingdom", "Germany", "France"], "2023-05", "text", "planned",
              "G7 leaders are due to discuss"),
        ],
        [
            S("United States", "State Department: the UAE-based firms shipped semiconductors, radio equipment and "
              "aircraft parts to Russian defence companies", "2023-04-12", "context",
              "According to the State Department"),
            S("United States", "Yellen: we will continue to target those who help Russia evade our sanctions, wherever "
              "they are", "2023-04-12", "context", "We will continue to target those"),
            S("Dmitry Peskov", "Moscow highly values its relations with the UAE; the US sanctions are illegal",
              "2023-04-13", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Ukraine", "Gulf states must make sure no Western component reaches Russian missiles through their "
              "ports", "2023-04-13", "published", "Ukraine's Foreign Ministry urged"),
        ],
        ["United States", "Russia", "United Kingdom", "European Union", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Ukraine", "United Nations", "Germany", "France"],
    ),
    doc(
        "b99en06_tokayev_trump_putin_balancing_2025_11", "2025-11-13", EN06,
        [
            T("week", "DURATION", "P1W", 0, note="the week of the headline, 6 to 13 November 2025"),
            T("the past week", "DURATION", "P1W"),
            T("November 6", "DATE", "2025-11-06"),
            T("October 22", "DATE", "2025-10-22"),
            T("last week", "DATE", "2025-W45"),
            T("Wednesday", "DATE", "2025-11-12"),
            T("Thursday", "DATE", "2025-11-13"),
            T("this month", "DATE", "2025-11"),
            T("Tuesday", "DATE", "2025-11-11"),
            T("2023", "DATE", "2023"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("C5+1 summit with Trump at the White House", "CONSULT", ["Donald Trump"], "2025-11-06", "text",
              "occurred", "On November 6, Tokayev joined"),
            E("Trump announces deals on critical minerals, aircraft and locomotives", "AGREE", ["Donald Trump"],
              "2025-11-06", "context", "occurred", "Trump announced deals worth billions"),
            E("US officials press the Kazakh delegation on re-exports of dual-use goods to Russia", "REQUEST",
              ["United States"], "2025-11-06", "context", "occurred", "Behind closed doors, US officials pressed"),
            E("Tokayev assures Trump that Kazakhstan will not become a route for circumventing sanctions", "AGREE",
              ["Donald Trump"], "2025-11-06", "context", "occurred", "Tokayev assured Trump"),
            E("US sanctions on Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text", "occurred",
              "Astana's most pressing concern is the US sanctions on Lukoil"),
            E("US Treasury issues licences for Karachaganak, Tengiz and the CPC", "CONCEDE", ["United States"],
              "2025-W45", "text", "occurred", "The US Treasury last week issued licences"),
            E("Tokayev meets Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2025-11-12", "text", "occurred",
              "On Wednesday, Tokayev was in Moscow"),
            E("Putin and Tokayev sign a declaration on comprehensive strategic partnership and alliance", "AGREE",
              ["Vladimir Putin"], "2025-11-12", "text", "occurred", "On Wednesday, Tokayev was in Moscow"),
            E("Putin calls Kazakhstan a true ally and promises more trade in national currencies", "SUPPORT",
              ["Vladimir Putin"], "2025-11-12", "context", "occurred", "Putin called Kazakhstan"),
            E("Peskov calls Tokayev's Washington trip Astana's sovereign right", "SUPPORT", ["Dmitry Peskov"],
              "2025-11-13", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("EU sanctions envoy O'Sullivan due in Astana later this month", "CONSULT", ["European Union"], "2025-11",
              "text", "planned", "Its sanctions envoy David O'Sullivan is due in Astana"),
            E("Kazakh firms could be listed in the EU's 20th package", "SANCTION", ["European Union", "Russia"],
              "2025-11-13", "published", "uncertain", "Its sanctions envoy David O'Sullivan is due in Astana"),
            E("Sybiha: dual-use items slipping through Russia's neighbours end up in drones hitting Ukrainian cities",
              "ACCUSE", ["Andrii Sybiha", "Russia"], "2025-11-11", "text", "occurred",
              "Andrii Sybiha said on Tuesday"),
        ],
        [
            S("Donald Trump", "Tokayev is a great leader", "2025-11-06", "context",
              "Trump announced deals worth billions"),
            S("Vladimir Putin", "Kazakhstan is a true ally; trade in national currencies will grow regardless of "
              "external pressure", "2025-11-12", "context", "Putin called Kazakhstan"),
            S("Dmitry Peskov", "Moscow has no questions about Tokayev's trip to Washington, Astana's sovereign right",
              "2025-11-13", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("European Union", "EU diplomats: Kazakh firms could be listed in the 20th package", "2025-11-13",
              "published", "Its sanctions envoy David O'Sullivan is due in Astana"),
            S("Andrii Sybiha", "Every dual-use item that slips through a neighbour of Russia ends up in a drone that "
              "hits Ukrainian cities", "2025-11-11", "text", "Andrii Sybiha said on Tuesday"),
        ],
        ["Donald Trump", "United States", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "European Union",
         "Andrii Sybiha", "Ukraine"],
    ),
]
