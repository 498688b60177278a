"""English articles of the blind5 set (one sentence per line, blank line between paragraphs, headline first).

Written and annotated blind to the extraction code; see README.md in this directory.
"""
from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ b5en01
    dict(
        id="b5en01_zaporizhzhia_repair_truce_2025_10",
        lang="en",
        published="2025-10-19",
        body="""
Repairs start on Zaporizhzhia power line under IAEA-brokered local ceasefire

VIENNA/KYIV, Oct 19 (Reuters) - Engineers began repairing a damaged high-voltage line to the Russian-held Zaporizhzhia nuclear power plant on Saturday under localised ceasefires brokered by the International Atomic Energy Agency, ending nearly a month in which Europe's largest nuclear facility depended on emergency diesel generators.
The plant lost its last external power connection on Sept. 23, the tenth such outage since Russian forces seized it in the first weeks of the full-scale invasion in 2022.
The IAEA said late Saturday that both sides had engaged "constructively" with its experts to make the work possible and that repairs to a backup line would follow once the main one was reconnected.
Rafael Grossi, the agency's director general, called it a "very complex" operation that showed cooperation was possible "even in the middle of a war".

Russia's state nuclear corporation Rosatom, whose chief Alexei Likhachev has held several rounds of talks with Grossi this year, said the repairs were being carried out with the help of Russian specialists and again rejected any role for Kyiv in running the plant.
Kremlin spokesman Dmitry Peskov told reporters on Friday that the future of the station was "a subject for contacts with the Americans", a reference to U.S. proposals floated in March that Washington could take over its operation as part of a peace settlement.
Ukraine's foreign ministry said the blackout had been caused by deliberate Russian shelling and accused Moscow of "nuclear blackmail".
Foreign Minister Andrii Sybiha called on the IAEA's board to demand the plant's return to Ukrainian control and the withdrawal of Russian personnel.

President Volodymyr Zelensky, speaking in Washington after his meeting with President Donald Trump on Friday, said the plant must never become "a bargaining chip".
Their talks at the White House focused mainly on air defence and long-range Tomahawk missiles, which Trump said he hoped Ukraine would not need.
The agency's 35-member board of governors is due to meet in Vienna next month, and Grossi is expected to travel to Moscow before then.
The plant's six reactors have been in cold shutdown since April 2024, but they still need a reliable power supply to cool their fuel.
""",
        timexes=[
            T("Oct 19", "DATE", "2025-10-19"),
            T("Saturday", "DATE", "2025-10-18"),
            T("nearly a month", "DURATION", "P1M", mod="APPROX"),
            T("Sept. 23", "DATE", "2025-09-23"),
            T("2022", "DATE", "2022"),
            T("late Saturday", "TIME", "2025-10-18TNI"),
            T("this year", "DATE", "2025"),
            T("Friday", "DATE", "2025-10-17"),
            T("March", "DATE", "2025-03"),
            T("Friday", "DATE", "2025-10-17", n=1),
            T("next month", "DATE", "2025-11"),
            T("April 2024", "DATE", "2024-04"),
        ],
        events=[
            E("Localised ceasefires brokered by the IAEA to allow power-line repairs", "RETREAT",
              ["Russia", "Ukraine", "IAEA"], "2025-10-18", "text", "occurred", "Engineers began repairing"),
            E("Russian forces seized the Zaporizhzhia plant", "ASSAULT",
              ["Russia", "Ukraine"], "2022", "text", "occurred", "the tenth such outage", note="2022-03-04"),
            E("Rosatom chief held several rounds of talks with the IAEA chief", "CONSULT",
              ["Russia", "IAEA"], "2025", "text", "occurred", "Rosatom"),
            E("Rosatom rejected any role for Kyiv in running the plant", "REJECT",
              ["Russia", "Ukraine"], "2025-10-19", "published", "occurred", "Rosatom"),
            E("US proposed taking over the operation of the plant", "REQUEST",
              ["United States"], "2025-03", "text", "occurred", "U.S. proposals floated in March",
              note="suggested in the Trump-Zelensky call of 2025-03-19"),
            E("Ukraine accused Russia of deliberate shelling and nuclear blackmail", "ACCUSE",
              ["Ukraine", "Russia"], "2025-10-19", "published", "occurred", "nuclear blackmail"),
            E("Sybiha called on the IAEA board to demand the plant's return to Ukraine", "REQUEST",
              ["Andrii Sybiha", "IAEA"], "2025-10-19", "published", "occurred", "Foreign Minister Andrii Sybiha"),
            E("Zelensky met Trump at the White House", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-10-17", "text", "occurred", "a bargaining chip"),
            E("Meeting of the IAEA board of governors", "CONSULT",
              ["IAEA"], "2025-11", "text", "planned", "35-member board of governors"),
        ],
        statements=[
            S("IAEA", "Both sides engaged constructively; repairs to a backup line will follow", "2025-10-18TNI", "text",
              "The IAEA said late Saturday"),
            S("Russia", "Repairs are carried out with Russian specialists; no role for Kyiv in running the plant",
              "2025-10-19", "published", "Rosatom"),
            S("Dmitry Peskov", "The plant's future is a subject for contacts with the Americans", "2025-10-17", "text",
              "Kremlin spokesman Dmitry Peskov"),
            S("Ukraine", "The blackout was caused by deliberate Russian shelling; Moscow engages in nuclear blackmail",
              "2025-10-19", "published", "nuclear blackmail"),
            S("Andrii Sybiha", "The IAEA board should demand the plant's return to Ukrainian control", "2025-10-19",
              "published", "Foreign Minister Andrii Sybiha"),
            S("Volodymyr Zelensky", "The plant must never become a bargaining chip", "2025-10-17", "context",
              "a bargaining chip"),
            S("Donald Trump", "Hopes Ukraine will not need Tomahawk missiles", "2025-10-17", "context",
              "Tomahawk missiles"),
        ],
        actors=["IAEA", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "United States", "Andrii Sybiha",
                "Volodymyr Zelensky", "Donald Trump"],
    ),
    # ------------------------------------------------------------------ b5en02
    dict(
        id="b5en02_black_sea_mine_pact_2024_01",
        lang="en",
        published="2024-01-12",
        body="""
Turkey, Romania and Bulgaria sign Black Sea mine-clearing pact as Ukraine's grain corridor holds

ISTANBUL (AP) — Turkey, Romania and Bulgaria signed an agreement on Thursday to clear the Black Sea of drifting mines that threaten merchant shipping, a step officials said would help keep open the route Ukraine has used to export grain since Russia walked away from a U.N.-brokered deal last summer.
Defense ministers of the three NATO members put their signatures to the memorandum at a ceremony in Istanbul, with Turkish Defense Minister Yasar Guler saying the joint task force would start work "as soon as possible."
Turkey first floated the initiative in September, Guler said, adding that other allies could join only once the war was over.

Ukraine says more than 20 million metric tons of cargo, most of it grain, have left the ports of the Odesa region through the corridor it set up in August, which hugs the coasts of Romania and Bulgaria.
Late Wednesday, Russian drones struck port infrastructure in Izmail on the Danube, damaging grain storage facilities, the Ukrainian military said.
President Volodymyr Zelensky said in his nightly video address that the corridor had shown that "Russia cannot dictate the rules at sea" and thanked Ankara for its role.
A Ukrainian delegation is expected in Ankara next week to discuss insurance for ships using the route, a Ukrainian official said.

Turkish President Recep Tayyip Erdogan, who brokered the original deal together with the United Nations in July 2022, has said repeatedly that he wants to revive it, and raised the issue with Russian President Vladimir Putin in Sochi in September.
The Kremlin has said it will return to the arrangement only if Western restrictions on Russian agricultural exports, payments and shipping insurance are lifted.
Foreign Minister Hakan Fidan said on Friday that Turkey was in contact with both Moscow and Kyiv about a possible new framework and was ready to host talks "whenever the parties are ready."
U.N. Secretary-General Antonio Guterres said last month that the organization would keep looking for ways to get Russian and Ukrainian food and fertilizer to world markets.

Moscow pulled out of the Black Sea Grain Initiative on July 17, arguing that the parts of the package meant to ease its own exports had never been implemented.
About 33 million tons of grain left Ukrainian ports while the deal was in force.
In the weeks that followed, Russia pounded Odesa's ports with missiles and drones and warned that ships heading for Ukraine could be treated as carriers of military cargo.
""",
        timexes=[
            T("Thursday", "DATE", "2024-01-11"),
            T("last summer", "DATE", "2023-SU"),
            T("September", "DATE", "2023-09"),
            T("August", "DATE", "2023-08"),
            T("Late Wednesday", "TIME", "2024-01-10TNI"),
            T("nightly", "SET", "P1D"),
            T("next week", "DATE", "2024-W03"),
            T("July 2022", "DATE", "2022-07"),
            T("September", "DATE", "2023-09", n=1),
            T("Friday", "DATE", "2024-01-12"),
            T("last month", "DATE", "2023-12"),
            T("July 17", "DATE", "2023-07-17"),
        ],
        events=[
            E("Turkey, Romania and Bulgaria signed a Black Sea mine-clearing agreement", "AGREE",
              ["Turkey"], "2024-01-11", "text", "occurred", "signed an agreement on Thursday",
              note="Romania and Bulgaria are not canonical actors"),
            E("Turkey proposed the mine-clearing initiative", "REQUEST",
              ["Turkey"], "2023-09", "text", "occurred", "Turkey first floated the initiative"),
            E("Russian drone strike on port infrastructure in Izmail", "ASSAULT",
              ["Russia", "Ukraine"], "2024-01-10TNI", "text", "occurred", "Late Wednesday, Russian drones"),
            E("Ukrainian delegation to hold talks in Ankara on shipping insurance", "CONSULT",
              ["Ukraine", "Turkey"], "2024-W03", "text", "planned", "A Ukrainian delegation is expected"),
            E("Erdogan and the UN brokered the original Black Sea grain deal", "AGREE",
              ["Recep Tayyip Erdoğan", "United Nations", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "brokered the original deal", note="signed in Istanbul on 2022-07-22"),
            E("Erdogan raised reviving the grain deal with Putin in Sochi", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-09", "text", "occurred", "brokered the original deal",
              note="2023-09-04"),
            E("Kremlin demands lifting of Western restrictions as condition for returning to the deal", "REQUEST",
              ["Kremlin"], "2024-01-12", "published", "occurred", "The Kremlin has said"),
            E("Russia pulled out of the Black Sea Grain Initiative", "SANCTION",
              ["Russia"], "2023-07-17", "text", "occurred", "Moscow pulled out"),
            E("Russia pounded Odesa's ports with missiles and drones", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07", "context", "occurred", "In the weeks that followed",
              note="in the weeks after 2023-07-17"),
            E("Russia warned that ships heading for Ukraine could be treated as military cargo carriers", "THREATEN",
              ["Russia", "Ukraine"], "2023-07", "context", "occurred", "In the weeks that followed",
              note="warning of 2023-07-19"),
        ],
        statements=[
            S("Ukraine", "More than 20 million tons of cargo have left Odesa-region ports through its corridor",
              "2024-01-12", "published", "Ukraine says more than 20 million"),
            S("Ukraine", "Russian drones hit port infrastructure and grain storage in Izmail", "2024-01-12", "published",
              "Late Wednesday, Russian drones"),
            S("Volodymyr Zelensky", "The corridor shows Russia cannot dictate the rules at sea; thanks Ankara",
              "2024-01-12", "published", "nightly video address"),
            S("Ukraine", "A delegation will go to Ankara next week to discuss ship insurance", "2024-01-12", "published",
              "A Ukrainian delegation is expected"),
            S("Recep Tayyip Erdoğan", "Wants to revive the grain deal", "2024-01-12", "published",
              "brokered the original deal"),
            S("Kremlin", "Russia will return to the deal only if Western restrictions on its exports are lifted",
              "2024-01-12", "published", "The Kremlin has said"),
            S("Hakan Fidan", "Turkey is in contact with both sides on a new framework and ready to host talks",
              "2024-01-12", "text", "Foreign Minister Hakan Fidan"),
            S("António Guterres", "The UN will keep seeking ways to get Russian and Ukrainian food and fertilizer to markets",
              "2023-12", "text", "Antonio Guterres"),
        ],
        actors=["Turkey", "NATO", "Russia", "Ukraine", "United Nations", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
                "Vladimir Putin", "Kremlin", "Hakan Fidan", "António Guterres"],
    ),
    # ------------------------------------------------------------------ b5en03
    dict(
        id="b5en03_doha_energy_talks_shelved_2024_08",
        lang="en",
        published="2024-08-18",
        body="""
Qatar-mediated talks on halting energy strikes put off after Kursk incursion

LONDON/KYIV, Aug 18 (Reuters) - Indirect talks between Russia and Ukraine on a partial truce covering strikes on energy infrastructure, which Qatar had been due to host next week, have been put off after Ukraine's surprise incursion into Russia's Kursk region, officials familiar with the matter said.
Delegations from both countries were to have travelled to Doha to meet separately with Qatari mediators, who would have shuttled between them, the Washington Post first reported on Saturday.
Kyiv confirmed on Sunday that a meeting had been planned, but said it had been postponed "due to the situation in the Middle East" and that consultations with Qatar would instead take place by video link on Aug. 22.
The Kremlin did not respond to a request for comment.

Qatari officials had quietly sounded out both sides since June, according to the report.
Russian President Vladimir Putin said on Monday there could be no talk of negotiations with people who "indiscriminately strike civilians", and his foreign policy aide Yuri Ushakov said on Saturday that Moscow was not ready to resume any talks at this stage.
Ukraine launched the cross-border offensive on Aug. 6, its biggest attack on Russian territory since Moscow's full-scale invasion in February 2022.

Russia has pounded Ukraine's power grid with waves of missiles and drones since March, knocking out roughly half of the country's generating capacity and forcing rolling blackouts, while Ukrainian long-range drones have repeatedly hit Russian oil refineries.
A deal in Doha would have been the first agreement between the warring sides on limiting attacks since the Black Sea grain arrangement collapsed last year.
The United States had urged both sides earlier this year to refrain from striking energy facilities, warning of the risk to global oil prices.

Zelensky said in his nightly video address on Saturday that the Kursk operation was meant in part to create a "buffer zone" and to push Moscow towards a "just peace".
A White House spokesman said on Friday that Washington had not been given advance notice of the incursion and had played no part in it.
Qatar has previously helped broker the return of dozens of Ukrainian children taken to Russia.
""",
        timexes=[
            T("Aug 18", "DATE", "2024-08-18"),
            T("next week", "DATE", "2024-W34"),
            T("Saturday", "DATE", "2024-08-17"),
            T("Sunday", "DATE", "2024-08-18"),
            T("Aug. 22", "DATE", "2024-08-22"),
            T("June", "DATE", "2024-06"),
            T("Monday", "DATE", "2024-08-12"),
            T("Saturday", "DATE", "2024-08-17", n=1),
            T("Aug. 6", "DATE", "2024-08-06"),
            T("February 2022", "DATE", "2022-02"),
            T("March", "DATE", "2024-03"),
            T("last year", "DATE", "2023"),
            T("earlier this year", "DATE", "2024"),
            T("nightly", "SET", "P1D"),
            T("Saturday", "DATE", "2024-08-17", n=2),
            T("Friday", "DATE", "2024-08-16"),
        ],
        events=[
            E("Qatar-hosted indirect talks on an energy-strike truce put off", "CONSULT",
              ["Russia", "Ukraine", "Qatar"], "2024-W34", "text", "cancelled", "Indirect talks between Russia and Ukraine",
              note="postponed after the Kursk incursion"),
            E("Ukraine-Qatar consultations by video link", "CONSULT",
              ["Ukraine", "Qatar"], "2024-08-22", "text", "planned", "Kyiv confirmed on Sunday"),
            E("Qatari officials sounded out both sides", "CONSULT",
              ["Qatar", "Russia", "Ukraine"], "2024-06", "text", "occurred", "Qatari officials had quietly"),
            E("Putin ruled out negotiations with Kyiv", "REJECT",
              ["Vladimir Putin", "Ukraine"], "2024-08-12", "text", "occurred", "indiscriminately strike civilians"),
            E("Ushakov said Moscow was not ready to resume talks", "REJECT",
              ["Yuri Ushakov", "Russia", "Ukraine"], "2024-08-17", "text", "occurred", "indiscriminately strike civilians"),
            E("Ukraine's cross-border offensive into the Kursk region", "ASSAULT",
              ["Ukraine", "Russia"], "2024-08-06", "text", "occurred", "Ukraine launched the cross-border offensive"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT",
              ["Russia", "Ukraine"], "2022-02", "text", "occurred", "Ukraine launched the cross-border offensive",
              note="2022-02-24"),
            E("Russian missile and drone strikes on Ukraine's power grid", "ASSAULT",
              ["Russia", "Ukraine"], "2024-03", "text", "occurred", "pounded Ukraine's power grid",
              note="a campaign since March; dated by its start"),
            E("US urged both sides to refrain from striking energy facilities", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2024", "text", "occurred", "The United States had urged"),
        ],
        statements=[
            S("Ukraine", "A Doha meeting had been planned but was postponed; video consultations with Qatar on 22 August",
              "2024-08-18", "text", "Kyiv confirmed on Sunday"),
            S("Vladimir Putin", "No talk of negotiations with people who indiscriminately strike civilians", "2024-08-12",
              "text", "indiscriminately strike civilians"),
            S("Yuri Ushakov", "Moscow is not ready to resume talks at this stage", "2024-08-17", "text",
              "indiscriminately strike civilians"),
            S("Volodymyr Zelensky", "The Kursk operation aims to create a buffer zone and push Moscow towards a just peace",
              "2024-08-17", "text", "buffer zone"),
            S("White House", "Washington had no advance notice of the incursion and played no part in it", "2024-08-16",
              "text", "A White House spokesman"),
        ],
        actors=["Russia", "Ukraine", "Qatar", "Kremlin", "Vladimir Putin", "Yuri Ushakov", "United States",
                "Volodymyr Zelensky", "White House"],
    ),
    # ------------------------------------------------------------------ b5en04
    dict(
        id="b5en04_nato_washington_summit_2024_07",
        lang="en",
        published="2024-07-11",
        body="""
NATO calls Ukraine's path to membership 'irreversible' as allies pledge more air defense

WASHINGTON (AP) — NATO leaders declared on Wednesday that Ukraine was on an "irreversible path" to membership, stopping short of the formal invitation that President Volodymyr Zelensky has sought for more than a year, while committing to keep military aid flowing at current levels.
In a joint declaration, the 32 allies pledged a minimum of 40 billion euros ($43 billion) in military assistance within the next year and agreed to set up a command in Wiesbaden, Germany, to coordinate training and weapons deliveries for Kyiv.
The declaration said Russia bore "full responsibility" for the war and called China a "decisive enabler" of Moscow's war effort.
China's foreign ministry said on Thursday that the alliance was "hyping up" Beijing's responsibility and should stop "inciting confrontation."

On Tuesday, President Joe Biden opened the summit by announcing that the United States, Germany, the Netherlands and Romania would supply Ukraine with equipment for four additional Patriot batteries, and that Italy would send a SAMP/T system.
"Make no mistake: Ukraine can and will stop Putin," Biden said in the Mellon Auditorium, where the alliance's founding treaty was signed 75 years ago.
Zelensky, who met congressional leaders on Wednesday, called the pledges "a strong signal" but said Ukraine needed at least seven Patriot systems to protect its cities.
He is due to hold talks with Biden on Thursday on the sidelines of the summit.

German Chancellor Olaf Scholz welcomed a U.S. plan to station long-range missiles, including Tomahawks, in Germany from 2026, calling it an important contribution to deterrence.
Kremlin spokesman Dmitry Peskov said the decision put European capitals within range of Russian missiles and warned that Moscow would take "countermeasures".

The gathering was overshadowed by Hungarian Prime Minister Viktor Orban's self-styled peace mission, which took him to Kyiv, Moscow and Beijing earlier this month.
Orban was due to fly to Florida on Thursday to meet former President Donald Trump, the Republican candidate in the Nov. 5 election.
NATO Secretary General Jens Stoltenberg, who hands over to former Dutch Prime Minister Mark Rutte on Oct. 1, warned allies against "rewarding aggression" and said the war would most likely end at the negotiating table.
""",
        timexes=[
            T("Wednesday", "DATE", "2024-07-10"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("the next year", "DURATION", "P1Y"),
            T("Thursday", "DATE", "2024-07-11"),
            T("Tuesday", "DATE", "2024-07-09"),
            T("75 years ago", "DATE", "1949"),
            T("Wednesday", "DATE", "2024-07-10", n=1),
            T("Thursday", "DATE", "2024-07-11", n=1),
            T("2026", "DATE", "2026"),
            T("earlier this month", "DATE", "2024-07"),
            T("Thursday", "DATE", "2024-07-11", n=2),
            T("Nov. 5", "DATE", "2024-11-05"),
            T("Oct. 1", "DATE", "2024-10-01"),
        ],
        events=[
            E("NATO declared Ukraine's path to membership irreversible", "SUPPORT",
              ["NATO", "Ukraine"], "2024-07-10", "text", "occurred", "irreversible path"),
            E("Allies pledged at least 40 billion euros in military assistance for Ukraine", "AID",
              ["NATO", "Ukraine"], "2024-07-10", "context", "occurred", "pledged a minimum of 40 billion euros"),
            E("Allies agreed to set up a NATO command in Wiesbaden for Ukraine", "AGREE",
              ["NATO", "Ukraine"], "2024-07-10", "context", "occurred", "pledged a minimum of 40 billion euros"),
            E("NATO declaration blamed Russia and called China a decisive enabler", "ACCUSE",
              ["NATO", "Russia", "China"], "2024-07-10", "context", "occurred", "decisive enabler"),
            E("China accused NATO of hyping up its responsibility and inciting confrontation", "ACCUSE",
              ["China", "NATO"], "2024-07-11", "text", "occurred", "hyping up"),
            E("Biden announced four Patriot batteries for Ukraine with Germany, the Netherlands and Romania", "AID",
              ["Joe Biden", "United States", "Germany", "Ukraine"], "2024-07-09", "text", "occurred",
              "four additional Patriot batteries"),
            E("Zelensky met US congressional leaders", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2024-07-10", "text", "occurred", "met congressional leaders"),
            E("Zelensky to hold talks with Biden", "CONSULT",
              ["Volodymyr Zelensky", "Joe Biden"], "2024-07-11", "text", "planned", "He is due to hold talks"),
            E("US to station long-range missiles in Germany", "MOBILIZE",
              ["United States", "Germany"], "2026", "text", "planned", "station long-range missiles"),
            E("Peskov warned Moscow would take countermeasures", "THREATEN",
              ["Dmitry Peskov", "Russia"], "2024-07-11", "published", "occurred", "countermeasures"),
            E("Orbán's peace mission to Kyiv, Moscow and Beijing", "CONSULT",
              ["Viktor Orbán", "Ukraine", "Russia", "China"], "2024-07", "text", "occurred", "self-styled peace mission",
              note="Kyiv 2024-07-02, Moscow 2024-07-05, Beijing 2024-07-08"),
            E("Orbán to meet Trump in Florida", "CONSULT",
              ["Viktor Orbán", "Donald Trump"], "2024-07-11", "text", "planned", "Orban was due to fly"),
        ],
        statements=[
            S("NATO", "Ukraine is on an irreversible path to membership; Russia bears full responsibility; China is a decisive enabler",
              "2024-07-10", "context", "decisive enabler"),
            S("China", "NATO is hyping up China's responsibility and should stop inciting confrontation", "2024-07-11",
              "text", "hyping up"),
            S("Joe Biden", "Ukraine can and will stop Putin", "2024-07-09", "context", "Make no mistake"),
            S("Volodymyr Zelensky", "The pledges are a strong signal, but Ukraine needs at least seven Patriot systems",
              "2024-07-10", "context", "met congressional leaders"),
            S("Olaf Scholz", "The US missile deployment is an important contribution to deterrence", "2024-07-11",
              "published", "station long-range missiles"),
            S("Dmitry Peskov", "The deployment puts European capitals in range of Russian missiles; Moscow will respond",
              "2024-07-11", "published", "countermeasures"),
            S("Jens Stoltenberg", "Aggression must not be rewarded; the war will most likely end at the negotiating table",
              "2024-07-11", "published", "rewarding aggression"),
        ],
        actors=["NATO", "Ukraine", "Volodymyr Zelensky", "Russia", "China", "Joe Biden", "United States", "Germany",
                "Vladimir Putin", "Olaf Scholz", "Kremlin", "Dmitry Peskov", "Viktor Orbán", "Donald Trump",
                "Jens Stoltenberg", "Mark Rutte"],
    ),
    # ------------------------------------------------------------------ b5en05
    dict(
        id="b5en05_g20_delhi_declaration_2023_09",
        lang="en",
        published="2023-09-10",
        body="""
G20 declaration on Ukraine stops short of condemning Russia; Kyiv sees 'nothing to be proud of'

NEW DELHI, Sept 10 (Reuters) - Leaders of the Group of 20 major economies adopted a declaration on Saturday that called on all states to refrain from the threat or use of force to seize territory but stopped short of directly criticising Russia for its war in Ukraine, a compromise Moscow welcomed and Kyiv derided.
The text, agreed by consensus after days of haggling among negotiators, refers to "the war in Ukraine" rather than a war against Ukraine, and drops the language of last year's summit in Bali, where most members "strongly condemned" the conflict.
Ukraine's foreign ministry said on Saturday that the G20 had "nothing to be proud of" in the Ukraine section and circulated a copy of the text with its own corrections marked in red.
Kyiv was not invited to the gathering, unlike in Bali, where President Volodymyr Zelensky addressed leaders by video link.

Russian Foreign Minister Sergei Lavrov, who led Moscow's delegation in place of President Vladimir Putin, called the summit a success on Sunday and said the West had failed to "Ukrainise" the agenda.
Putin, who faces an International Criminal Court arrest warrant, has not attended a G20 summit in person since the invasion began.
German Chancellor Olaf Scholz said at his closing news conference on Sunday that it was significant that Russia had signed up to the principle of territorial integrity, though he conceded the wording was not as clear as some had wanted.
French President Emmanuel Macron said the G20 was not the place for diplomatic progress on Ukraine and insisted that Russia remained "diplomatically isolated".

The declaration also called for the safe flow of grain, food and fertiliser from Russia and Ukraine; Moscow quit the Black Sea Grain Initiative in July.
Turkish President Tayyip Erdogan told reporters on the sidelines that Ankara would soon present new proposals to revive the arrangement, after he met Putin in Sochi on Monday.
Saudi Arabia, which hosted talks of some 40 countries on a Ukrainian peace formula in Jeddah last month, said it would keep up its contacts with both Kyiv and Moscow.
U.S. President Joe Biden met Saudi Crown Prince Mohammed bin Salman on Saturday to launch a rail and shipping corridor linking India, the Middle East and Europe.
The next G20 summit will be held in Rio de Janeiro in November 2024 under Brazil's presidency.
""",
        timexes=[
            T("Sept 10", "DATE", "2023-09-10"),
            T("Saturday", "DATE", "2023-09-09"),
            T("days", "DURATION", "PXD"),
            T("last year's", "DATE", "2022"),
            T("Saturday", "DATE", "2023-09-09", n=1),
            T("Sunday", "DATE", "2023-09-10"),
            T("Sunday", "DATE", "2023-09-10", n=1),
            T("July", "DATE", "2023-07"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2023-09-04"),
            T("last month", "DATE", "2023-08"),
            T("Saturday", "DATE", "2023-09-09", n=2),
            T("November 2024", "DATE", "2024-11"),
        ],
        events=[
            E("G20 leaders adopted a declaration calling on states not to seize territory by force", "AGREE",
              ["Russia", "United States", "Germany", "France", "Turkey", "Saudi Arabia"], "2023-09-09", "text",
              "occurred", "adopted a declaration on Saturday",
              note="the G20 is not canonical; the actors are the members named in the article"),
            E("Most G20 members condemned the war at the Bali summit", "ACCUSE",
              ["Russia"], "2022", "text", "occurred", "strongly condemned", note="Bali summit, 2022-11"),
            E("Ukraine criticised the G20 declaration", "ACCUSE",
              ["Ukraine"], "2023-09-09", "text", "occurred", "nothing to be proud of\" in the Ukraine section"),
            E("Russia quit the Black Sea Grain Initiative", "SANCTION",
              ["Russia"], "2023-07", "text", "occurred", "Moscow quit the Black Sea Grain Initiative",
              note="2023-07-17"),
            E("Erdogan to present new proposals to revive the grain deal", "REQUEST",
              ["Recep Tayyip Erdoğan", "Turkey"], "FUTURE_REF", "vague", "planned", "Turkish President Tayyip Erdogan"),
            E("Erdogan met Putin in Sochi", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-09-04", "text", "occurred", "Turkish President Tayyip Erdogan"),
            E("Saudi Arabia hosted talks on a Ukrainian peace formula in Jeddah", "CONSULT",
              ["Saudi Arabia", "Ukraine"], "2023-08", "text", "occurred", "Jeddah last month", note="2023-08-05/06"),
            E("Biden met the Saudi crown prince", "CONSULT",
              ["Joe Biden", "Saudi Arabia"], "2023-09-09", "text", "occurred", "Mohammed bin Salman"),
        ],
        statements=[
            S("Ukraine", "The G20 has nothing to be proud of in the Ukraine section", "2023-09-09", "text",
              "nothing to be proud of\" in the Ukraine section"),
            S("Sergey Lavrov", "The summit was a success; the West failed to 'Ukrainise' the agenda", "2023-09-10",
              "text", "Ukrainise"),
            S("Olaf Scholz", "Significant that Russia signed up to territorial integrity, though the wording is not as clear as wished",
              "2023-09-10", "text", "closing news conference"),
            S("Emmanuel Macron", "The G20 is not the place for diplomatic progress on Ukraine; Russia remains isolated",
              "2023-09-10", "published", "diplomatically isolated"),
            S("Recep Tayyip Erdoğan", "Ankara will soon present new proposals to revive the grain deal", "2023-09-10",
              "published", "Turkish President Tayyip Erdogan"),
            S("Saudi Arabia", "Will keep up contacts with both Kyiv and Moscow", "2023-09-10", "published",
              "Jeddah last month"),
        ],
        actors=["Russia", "Ukraine", "Volodymyr Zelensky", "Sergey Lavrov", "Vladimir Putin", "Olaf Scholz", "Germany",
                "Emmanuel Macron", "France", "Recep Tayyip Erdoğan", "Turkey", "Saudi Arabia", "Joe Biden",
                "United States"],
    ),
    # ------------------------------------------------------------------ b5en06
    dict(
        id="b5en06_erdogan_zelensky_ankara_2025_11",
        lang="en",
        published="2025-11-20",
        body="""
Erdogan offers to host new talks as Zelensky seeks to revive negotiations; Witkoff visit put off

ANKARA, Nov 20 (AP) — Turkish President Recep Tayyip Erdogan offered on Wednesday to host a new round of direct negotiations between Russia and Ukraine, telling visiting Ukrainian President Volodymyr Zelensky that Istanbul was ready to bring the two delegations together again "whenever they are ready."
The two leaders met for about three hours at the presidential complex in Ankara, Erdogan's office said.
U.S. envoy Steve Witkoff had been expected to join the talks, but his trip was postponed, a Turkish official said, without giving a reason.

Zelensky said he had come to Turkey to "reinvigorate negotiations" and hoped to restart prisoner exchanges that stalled after the last round of talks in Istanbul in July.
His security council secretary, Rustem Umerov, said last weekend that consultations mediated by Turkey and the United Arab Emirates were meant to unblock the release of 1,200 Ukrainians.
Hours before the meeting, a Russian missile and drone attack on the western city of Ternopil killed at least 25 people, Ukrainian officials said.

The visit coincided with reports that Witkoff had drawn up a 28-point plan to end the war together with Kremlin envoy Kirill Dmitriev, who spent three days in Miami late last month.
According to people familiar with the draft, it would require Ukraine to cede the parts of the Donetsk region it still holds, cap the size of its armed forces and give up its bid to join NATO, in exchange for U.S. security guarantees.
Kremlin spokesman Dmitry Peskov said on Thursday there were "no new developments" beyond the understandings reached at the Anchorage summit in August and that no consultations were currently under way.
U.S. Army Secretary Dan Driscoll arrived in Kyiv on Thursday for talks with Ukrainian military and government officials, the first such visit by a senior Pentagon delegation since President Donald Trump took office in January.
Zelensky's office said he expected to speak with Trump in the coming days.

Turkey hosted three rounds of direct talks between the warring sides in Istanbul this year, which produced the largest prisoner exchanges of the war but no ceasefire.
Erdogan, who has kept close ties with both Vladimir Putin and Zelensky, also proposed resuming talks on safe navigation in the Black Sea and on the Zaporizhzhia nuclear plant.
""",
        timexes=[
            T("Nov 20", "DATE", "2025-11-20"),
            T("Wednesday", "DATE", "2025-11-19"),
            T("about three hours", "DURATION", "PT3H", mod="APPROX"),
            T("July", "DATE", "2025-07"),
            T("last weekend", "DATE", "2025-W46-WE"),
            T("three days", "DURATION", "P3D"),
            T("late last month", "DATE", "2025-10", mod="END"),
            T("Thursday", "DATE", "2025-11-20"),
            T("August", "DATE", "2025-08"),
            T("currently", "DATE", "PRESENT_REF"),
            T("Thursday", "DATE", "2025-11-20", n=1),
            T("January", "DATE", "2025-01"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("this year", "DATE", "2025"),
        ],
        events=[
            E("Erdogan offered to host a new round of direct Russia-Ukraine negotiations", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-11-19", "text", "occurred", "offered on Wednesday"),
            E("Erdogan and Zelensky met in Ankara", "CONSULT",
              ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2025-11-19", "context", "occurred",
              "The two leaders met for about three hours"),
            E("Witkoff's participation in the Ankara talks postponed", "CONSULT",
              ["Steve Witkoff", "Volodymyr Zelensky", "Turkey"], "2025-11-19", "context", "cancelled",
              "his trip was postponed", note="postponed without a new date"),
            E("Last round of Russia-Ukraine talks in Istanbul", "CONSULT",
              ["Russia", "Ukraine"], "2025-07", "text", "occurred", "reinvigorate negotiations", note="2025-07-23"),
            E("Russian missile and drone attack on Ternopil", "ASSAULT",
              ["Russia", "Ukraine"], "2025-11-19", "context", "occurred", "Ternopil",
              note="hours before the Ankara meeting"),
            E("Dmitriev spent three days in Miami with Witkoff", "CONSULT",
              ["Kirill Dmitriev", "Steve Witkoff"], "2025-10", "text", "occurred", "28-point plan", date_mod="END",
              note="2025-10-24 to 2025-10-26"),
            E("Witkoff and Dmitriev drew up a 28-point peace plan", "REQUEST",
              ["Steve Witkoff", "Kirill Dmitriev"], "2025-11-20", "published", "uncertain", "28-point plan",
              note="reported, not confirmed"),
            E("Trump–Putin summit in Anchorage", "CONSULT",
              ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred", "Anchorage summit",
              note="2025-08-15; the participants are named elsewhere in the article"),
            E("US Army Secretary held talks in Kyiv", "CONSULT",
              ["United States", "Ukraine"], "2025-11-20", "text", "occurred", "Dan Driscoll"),
            E("Zelensky expected to speak with Trump", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "FUTURE_REF", "vague", "planned", "speak with Trump"),
            E("Erdogan proposed talks on Black Sea navigation and the Zaporizhzhia plant", "REQUEST",
              ["Recep Tayyip Erdoğan"], "2025-11-19", "context", "occurred", "safe navigation in the Black Sea"),
        ],
        statements=[
            S("Recep Tayyip Erdoğan", "Istanbul is ready to bring the two delegations together whenever they are ready",
              "2025-11-19", "text", "offered on Wednesday"),
            S("Turkey", "Witkoff's trip was postponed", "2025-11-20", "published", "his trip was postponed"),
            S("Volodymyr Zelensky", "Came to Turkey to reinvigorate negotiations and restart prisoner exchanges",
              "2025-11-19", "context", "reinvigorate negotiations"),
            S("Rustem Umerov", "Consultations in Turkey and the UAE are meant to unblock the release of 1,200 Ukrainians",
              "2025-W46-WE", "text", "Rustem Umerov"),
            S("Ukraine", "The Ternopil attack killed at least 25 people", "2025-11-20", "published", "Ternopil"),
            S("Dmitry Peskov", "No new developments beyond the Anchorage understandings; no consultations under way",
              "2025-11-20", "text", "no new developments"),
            S("Ukraine", "Zelensky expects to speak with Trump in the coming days", "2025-11-20", "published",
              "speak with Trump"),
        ],
        actors=["Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "Volodymyr Zelensky", "Steve Witkoff",
                "United States", "Rustem Umerov", "Kremlin", "Kirill Dmitriev", "NATO", "Dmitry Peskov", "Donald Trump",
                "Vladimir Putin"],
    ),
]
