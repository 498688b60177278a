"""English articles of the blind96 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b96en01 (Newsroom Panama)
EN01 = """
Panama strips flags from sanctioned tankers as Rubio visits

Panama has begun cancelling the registration of dozens of oil tankers linked to Russia's shadow fleet, the Panama Maritime Authority (AMP) said on Monday.
The AMP said 107 vessels had been removed from the Panamanian registry since January 10, when the US Treasury added more than 180 tankers to its sanctions list.
The announcement came a day after US Secretary of State Marco Rubio met President José Raúl Mulino at the presidential palace.

Rubio, on his first trip abroad as secretary of state, spent about three hours with Mulino on Sunday.
According to the State Department, Rubio told Mulino that China's influence over the canal area was "unacceptable" and that Panama had to make "immediate changes" or face possible US measures.
Mulino told reporters afterwards that he did not feel "a real threat" and that Panama would not renew its participation in China's Belt and Road Initiative.

Washington has pressed Panama for months to stop registering tankers that carry sanctioned Russian and Iranian oil.
Panama has the largest ship registry in the world, and industry analysts estimate that more than a hundred shadow-fleet tankers have sailed under its flag since 2022.
Many of the de-flagged ships are expected to move to smaller registries such as Gabon, the Comoros or Sierra Leone, or to sail with no valid flag at all.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday that Panama had been "forced to carry out Washington's orders" and that the move violated the freedom of navigation.
Kremlin spokesman Dmitry Peskov declined to comment on individual vessels, but said Russian oil exports would continue "regardless of any flags."
Ukraine's Foreign Minister Andrii Sybiha thanked Panama and urged other open registries to follow its example.
In Brussels, EU foreign policy chief Kaja Kallas said the bloc's 16th sanctions package, due by February 24, would list more shadow-fleet vessels and could also target the registries that help them.

Maritime lawyers in Panama City told Newsroom Panama that the cancellations would hurt the registry's reputation less than the risk of being placed on a US blacklist.
The registry earns the state roughly $100 million a year in fees.
Rubio was due to fly on to El Salvador later on Monday.
"""

# ---------------------------------------------------------------- b96en02 (Hellenic Shipping News)
EN02 = """
US blacklists Sovcomflot and 14 tankers in anniversary sanctions push

The US Treasury on Friday imposed sanctions on Sovcomflot, Russia's largest state-owned shipping company, and identified 14 of its crude oil tankers as blocked property.
The designation was part of a package of more than 500 sanctions that Washington announced ahead of the second anniversary of Russia's full-scale invasion of Ukraine and in response to the death of opposition politician Alexei Navalny in an Arctic prison on February 16.
Treasury Secretary Janet Yellen said the measures would further restrict Russia's revenue and warned that those who help evade the price cap "will face consequences."
President Joe Biden said in a statement on Friday that the sanctions would ensure that Putin "pays an even steeper price for his aggression abroad and repression at home."

Sovcomflot, which operates more than 100 vessels, has been at the centre of Moscow's efforts to move crude outside the G7 price cap of $60 a barrel introduced in December 2022.
Since the Treasury's first cap-related designations in October, more than 40 tankers have been sanctioned.
The UK announced its own package on Thursday, listing 50 individuals and entities, among them operators of tankers that carry Russian oil.
EU member states adopted the bloc's 13th sanctions package on Friday, but it targets mainly suppliers of Russia's military industry and lists no tankers.

Athens-based brokers told Hellenic Shipping News that at least three of the 14 tankers had been bought from Greek owners in 2022 and 2023, when older Aframax and Suezmax units fetched record prices from buyers in Dubai and Hong Kong.
The Union of Greek Shipowners declined to comment.
Charterers were already avoiding Sovcomflot tonnage on Monday, and rates for Aframaxes loading in the Baltic rose by about 10 percent, one broker said.

The Russian embassy in Washington called the sanctions "illegitimate" and said they would only harm global energy markets.
Kremlin spokesman Dmitry Peskov said on Monday that Russia would "minimize the consequences" and that its oil sales would continue.
Ukrainian President Volodymyr Zelensky welcomed the "strong" US package and called on partners to go after "every tanker" of Russia's shadow fleet.
Sovcomflot said in a statement that it had "adapted to sanctions before" and that its operations were running normally.
"""

# ---------------------------------------------------------------- b96en03 (Navy Lookout)
EN03 = """
Royal Navy shadows Russian corvette escorting sanctioned tankers through the Channel

A Russian Navy corvette escorted two sanctioned tankers through the Dover Strait and the English Channel this week, watched throughout by the Royal Navy.
The Steregushchiy-class corvette Stoikiy met the tankers off the Dutch coast on Wednesday and stayed with them as they headed west towards the Atlantic.
HMS Tyne, a River-class offshore patrol vessel, and a Wildcat helicopter from 815 Naval Air Squadron monitored the group for more than 30 hours, the Ministry of Defence said.
The French Navy took over the watch off Ushant on Thursday morning.
A Royal Navy spokesperson said the corvette and the tankers had behaved "in a safe and professional manner" throughout.

Both tankers are on the UK sanctions list and sail under flags that the Ministry of Defence describes as "false or fraudulent."
Russian warships began accompanying shadow-fleet tankers in the Baltic after the Estonian Navy tried to stop one of them in May, but an escort through the Channel is still unusual.
It is also a reminder of how thin the RN is stretched: HMS Tyne is a 22-year-old patrol ship, and no frigate was available at short notice.

Defence Secretary John Healey said the UK "will not hesitate to act" to protect its waters and undersea infrastructure.
Prime Minister Keir Starmer said at the G7 summit in Kananaskis on Tuesday that Britain would keep up the pressure on the shadow fleet "with our allies, ship by ship."
The UK has now sanctioned more than 130 shadow-fleet vessels, including 20 listed in May.

The Russian embassy in London said the escort was "fully in line with international law" and accused the Royal Navy of "provocative shadowing."
In Moscow, Kremlin spokesman Dmitry Peskov said Russian ships would continue to "ensure the safety of navigation" wherever Russian cargoes sail.

In our view the episode shows a clear shift.
Moscow is now prepared to put warships alongside an oil trade that it officially says does not exist.
Most tankers leaving Primorsk and Ust-Luga take the route through the Danish straits and the Channel to reach buyers in India and Turkey.
For the RN, which already tracks Russian submarines and survey ships in the North Sea, each new escort means another hull tied up for days.
"""

# ---------------------------------------------------------------- b96en04 (Naval Technology)
EN04 = """
JEF activates "Nordic Warden" to track Russia's shadow fleet

The UK-led Joint Expeditionary Force (JEF) has activated an advanced reaction system to track potential threats to undersea infrastructure and to monitor Russia's shadow fleet, the UK Ministry of Defence announced on Monday.
Known as Nordic Warden, the system uses artificial intelligence to assess data from sources including the Automatic Identification System (AIS) and flags vessels that loiter near cables, pipelines and other critical sites.
It covers 22 areas of interest from the English Channel to the Gulf of Finland and automatically alerts JEF nations when a ship on a sanctions list enters one of them.

The activation follows the damage to the Estlink 2 power cable between Finland and Estonia on December 25, for which Finnish investigators blame the anchor of the tanker Eagle S.
Helsinki counts the Cook Islands-flagged vessel as part of Russia's shadow fleet, and Finnish authorities boarded it the following day.
JEF leaders, among them Prime Minister Keir Starmer and Finnish President Alexander Stubb, had agreed in Tallinn in December to step up joint monitoring of the Baltic.

Defence Secretary John Healey said Nordic Warden would allow the ten JEF nations to "act decisively" against any threat to infrastructure.
"We are determined to protect our critical infrastructure, and we will not allow the shadow fleet to operate in our waters with impunity," he said.
The MoD said the system would run alongside the work of national navies and coast guards and did not replace it.

NATO is preparing a wider response.
Secretary General Mark Rutte is expected to announce a new Baltic Sea activity at a meeting of the Baltic Sea allies in Helsinki next week.

Moscow has dismissed the accusations.
Kremlin spokesman Dmitry Peskov said on December 27 that the cable damage had "nothing to do" with Russia.
Foreign Ministry spokeswoman Maria Zakharova said last week that Western governments were using the incident to prepare "a naval blockade" of Russia's Baltic ports.

For the defence industry, Nordic Warden is a test case for AI-enabled maritime domain awareness.
The JEF has not named the companies involved, but officials say the system draws on commercial satellite imagery and radio-frequency data as well as military sensors.
Analysts expect similar tools to be adopted for NATO's new mission.
"""

# ---------------------------------------------------------------- b96en05 (Riddle Russia)
EN05 = """
Patrushev's warning: Moscow puts the navy behind its oil tankers

Nikolai Patrushev, the former Security Council secretary who has chaired Russia's Maritime Board since May 2024, has spelled out what many in the Baltic have suspected for months.
In an interview with Izvestia published on Tuesday, he said the Russian Navy would escort merchant ships "wherever and whenever it is necessary" to protect them from what he called unlawful inspections.
He described the checks carried out by Britain and the Baltic states as "piracy" and said that any attempt to seize a Russian-bound ship would be met with "an appropriate response, including by military means."
NATO, Patrushev claimed, wants to turn the Baltic into an "inland lake" and to cut off Kaliningrad and St Petersburg.

Patrushev holds no command, but his words matter.
The Maritime Board coordinates the navy, the shipbuilding industry and the ports, and Patrushev is one of the few officials who speaks to Vladimir Putin almost daily.
Asked about the interview on Wednesday, Kremlin spokesman Dmitry Peskov said Patrushev had expressed "the position of the Russian state."

The warning follows the most serious incident so far.
In May, a Russian Su-35 fighter briefly entered Estonian airspace while the Estonian Navy was trying to stop the tanker Jaguar, which was sailing without a valid flag.
Since then, Russian corvettes have accompanied tankers leaving Primorsk and Ust-Luga on several occasions.

European officials reacted calmly.
EU foreign policy chief Kaja Kallas said the bloc would "not be intimidated" and pointed to the 18th sanctions package, which EU ambassadors are expected to approve on Friday and which lists more than a hundred additional vessels.
A NATO official said the alliance's Baltic Sentry mission would continue "as planned."
Ukraine's Foreign Minister Andrii Sybiha said Patrushev had confirmed that the shadow fleet was "a state operation of the Russian Federation" and not a collection of private shipowners.

For the Kremlin the logic is simple: oil revenue pays for the war, and tankers are cheaper to defend than to replace.
For Europe the risk is that a routine insurance check turns into a standoff between warships.
"""

# ---------------------------------------------------------------- b96en06 (ShippingWatch)
EN06 = """
Denmark to check insurance papers of shadow fleet tankers off Skagen

The Danish Maritime Authority (DMA) will start asking oil tankers that anchor off Skagen or sail through Danish waters to document valid insurance, Minister for Industry, Business and Financial Affairs Morten Bødskov said on Wednesday.
The checks, which begin next week, are aimed at the shadow fleet of ageing tankers that carry Russian oil from the Baltic ports past Western sanctions.
Ships that cannot show proper cover will be reported to their flag states and to the authorities of the other Nordic and Baltic countries, the DMA said.
The checks are based on a list of suspect tankers drawn up together with Sweden, Finland and Estonia.

Denmark cannot stop ships in transit: under the Copenhagen Convention of 1857, merchant vessels have the right of free passage through the Danish straits.
"We cannot board ships that are simply passing through, but we can make it very clear that we are watching," Bødskov told ShippingWatch.
Around 40 tankers with Russian oil pass through the Great Belt every week, according to the DMA.
ShippingWatch has previously reported that ship-to-ship transfers in the anchorage off Skagen rose sharply in 2023.

EU foreign ministers are due to adopt a 15th sanctions package on Monday that is expected to list more than 50 additional shadow-fleet vessels.
EU foreign policy chief Kaja Kallas said on Wednesday that the shadow fleet was "not only a sanctions problem but an environmental and security threat."
Britain, which leads the Joint Expeditionary Force, said it would join the checks with its own list of suspect vessels.
JEF leaders are due to meet in Tallinn next week.
German Foreign Minister Annalena Baerbock welcomed the Danish move and said Germany would look at "all legal options" in its own waters.

The Russian embassy in Copenhagen said any interference with Russian shipping would breach the 1857 convention and "will not remain without consequences."
Kremlin spokesman Dmitry Peskov said Moscow was "closely monitoring" the Danish plans.

Danish Shipping, the shipowners' association, welcomed the checks but warned that the problem would only be solved if flag states and insurers were held to account.
"An uninsured 20-year-old tanker in the Great Belt is an accident waiting to happen," its director told ShippingWatch.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b96en01_panama_deflagging_rubio_2025_02", "2025-02-03", EN01,
        [
            T("Monday", "DATE", "2025-02-03", 0),
            T("January 10", "DATE", "2025-01-10"),
            T("about three hours", "DURATION", "PT3H", mod="APPROX"),
            T("Sunday", "DATE", "2025-02-02"),
            T("months", "DURATION", "PXM"),
            T("2022", "DATE", "2022"),
            T("Monday", "DATE", "2025-02-03", 1),
            T("February 24", "DATE", "2025-02-24"),
            T("a year", "SET", "P1Y"),
            T("Monday", "DATE", "2025-02-03", 2),
        ],
        [
            E("Panama cancels the registration of shadow-fleet tankers", "SANCTION", ["Russia"], "2025-01-10",
              "context", "occurred", "Panama has begun cancelling", date_mod="START",
              note="announced by the AMP on Monday 2025-02-03; Panama is not canonical"),
            E("US Treasury sanctions more than 180 tankers", "SANCTION", ["United States", "Russia"], "2025-01-10",
              "text", "occurred", "The AMP said 107 vessels"),
            E("Rubio meets Mulino in Panama", "CONSULT", ["Marco Rubio", "United States"], "2025-02-02", "text",
              "occurred", "spent about three hours with Mulino"),
            E("Rubio calls China's influence over the canal area unacceptable", "ACCUSE", ["Marco Rubio", "China"],
              "2025-02-02", "context", "occurred", "According to the State Department"),
            E("Rubio demands immediate changes or possible US measures", "THREATEN", ["Marco Rubio"], "2025-02-02",
              "context", "occurred", "According to the State Department"),
            E("Panama will not renew its participation in the Belt and Road Initiative", "REJECT", ["China"],
              "2025-02-02", "context", "occurred", "Belt and Road Initiative"),
            E("Washington presses Panama to stop registering sanctioned tankers", "REQUEST", ["United States"],
              "2025-02-03", "published", "occurred", "Washington has pressed Panama"),
            E("Zakharova: Panama forced to carry out Washington's orders", "ACCUSE",
              ["Maria Zakharova", "United States"], "2025-02-03", "text", "occurred", "forced to carry out"),
            E("Peskov: Russian oil exports will continue regardless of flags", "AGREE", ["Dmitry Peskov"],
              "2025-02-03", "published", "occurred", "regardless of any flags"),
            E("Sybiha thanks Panama", "SUPPORT", ["Andrii Sybiha"], "2025-02-03", "published", "occurred",
              "Sybiha thanked Panama"),
            E("Sybiha urges other open registries to follow", "REQUEST", ["Andrii Sybiha"], "2025-02-03",
              "published", "occurred", "Sybiha thanked Panama"),
            E("EU's 16th package to list more shadow-fleet vessels by February 24", "SANCTION",
              ["European Union", "Russia"], "2025-02-24", "text", "planned", "16th sanctions package"),
            E("Rubio to travel on to El Salvador", "CONSULT", ["Marco Rubio"], "2025-02-03", "text", "planned",
              "El Salvador"),
        ],
        [
            S("Marco Rubio, via United States", "China's influence over the canal area is unacceptable; Panama must "
              "make immediate changes or face US measures", "2025-02-02", "context", "According to the State Department"),
            S("Maria Zakharova", "Panama was forced to carry out Washington's orders; the move violates freedom of "
              "navigation", "2025-02-03", "text", "forced to carry out"),
            S("Dmitry Peskov", "No comment on individual vessels; Russian oil exports continue regardless of flags",
              "2025-02-03", "published", "regardless of any flags"),
            S("Andrii Sybiha", "Thanks Panama and urges other open registries to follow", "2025-02-03", "published",
              "Sybiha thanked Panama"),
            S("Kaja Kallas", "The 16th package will list more shadow-fleet vessels and could target registries",
              "2025-02-03", "published", "16th sanctions package"),
        ],
        ["Russia", "United States", "Marco Rubio", "China", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "Andrii Sybiha", "Ukraine", "European Union", "Kaja Kallas"],
    ),
    doc(
        "b96en02_sovcomflot_sanctions_2024_02", "2024-02-26", EN02,
        [
            T("Friday", "DATE", "2024-02-23", 0),
            T("February 16", "DATE", "2024-02-16"),
            T("Friday", "DATE", "2024-02-23", 1),
            T("December 2022", "DATE", "2022-12"),
            T("October", "DATE", "2023-10"),
            T("Thursday", "DATE", "2024-02-22"),
            T("Friday", "DATE", "2024-02-23", 2),
            T("2022", "DATE", "2022", 1),
            T("2023", "DATE", "2023"),
            T("Monday", "DATE", "2024-02-26", 0),
            T("Monday", "DATE", "2024-02-26", 1),
        ],
        [
            E("US Treasury sanctions Sovcomflot and 14 of its tankers", "SANCTION", ["United States", "Russia"],
              "2024-02-23", "text", "occurred", "The US Treasury on Friday imposed sanctions"),
            E("US announces more than 500 sanctions over the war and Navalny's death", "SANCTION",
              ["United States", "Russia"], "2024-02-23", "context", "occurred", "a package of more than 500 sanctions"),
            E("Yellen warns that those who help evade the price cap will face consequences", "THREATEN",
              ["United States"], "2024-02-23", "context", "occurred", "will face consequences"),
            E("Biden: Putin to pay a steeper price for aggression abroad and repression at home", "ACCUSE",
              ["Joe Biden", "Vladimir Putin"], "2024-02-23", "text", "occurred", "President Joe Biden said"),
            E("Treasury's first price-cap designations in October", "SANCTION", ["United States", "Russia"], "2023-10",
              "text", "occurred", "first cap-related designations"),
            E("UK lists 50 individuals and entities including tanker operators", "SANCTION",
              ["United Kingdom", "Russia"], "2024-02-22", "text", "occurred", "The UK announced its own package"),
            E("EU adopts its 13th sanctions package", "SANCTION", ["European Union", "Russia"], "2024-02-23", "text",
              "occurred", "13th sanctions package"),
            E("Russian embassy calls the sanctions illegitimate", "ACCUSE", ["Russia", "United States"], "2024-02-26",
              "published", "occurred", "The Russian embassy in Washington"),
            E("Peskov: Russia will minimize the consequences and keep selling oil", "AGREE", ["Dmitry Peskov"],
              "2024-02-26", "text", "occurred", "minimize the consequences"),
            E("Zelensky welcomes the US package", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2024-02-26",
              "published", "occurred", "Zelensky welcomed"),
            E("Zelensky calls on partners to go after every shadow-fleet tanker", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2024-02-26", "published", "occurred", "Zelensky welcomed"),
        ],
        [
            S("United States", "Yellen: the measures restrict Russia's revenue; evaders of the cap will face "
              "consequences", "2024-02-23", "context", "will face consequences"),
            S("Joe Biden", "The sanctions ensure Putin pays a steeper price for aggression and repression",
              "2024-02-23", "text", "President Joe Biden said"),
            S("Russia", "The sanctions are illegitimate and only harm global energy markets", "2024-02-26",
              "published", "The Russian embassy in Washington"),
            S("Dmitry Peskov", "Russia will minimize the consequences; oil sales will continue", "2024-02-26", "text",
              "minimize the consequences"),
            S("Volodymyr Zelensky", "Welcomes the strong US package; partners should go after every shadow-fleet "
              "tanker", "2024-02-26", "published", "Zelensky welcomed"),
            S("Russia", "Sovcomflot: adapted to sanctions before, operations running normally", "2024-02-26",
              "published", "Sovcomflot said in a statement"),
        ],
        ["United States", "Russia", "Joe Biden", "Vladimir Putin", "United Kingdom", "European Union",
         "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b96en03_channel_corvette_escort_2025_06", "2025-06-20", EN03,
        [
            T("this week", "DATE", "2025-W25"),
            T("Wednesday", "DATE", "2025-06-18"),
            T("more than 30 hours", "DURATION", "PT30H", mod="MORE_THAN"),
            T("Thursday morning", "TIME", "2025-06-19TMO"),
            T("May", "DATE", "2025-05", 0),
            T("Tuesday", "DATE", "2025-06-17"),
            T("May", "DATE", "2025-05", 1),
            T("now", "DATE", "PRESENT_REF", 0),
            T("now", "DATE", "PRESENT_REF", 1),
            T("days", "DURATION", "PXD"),
        ],
        [
            E("Russian corvette escorts two sanctioned tankers through the Dover Strait and the Channel", "MOBILIZE",
              ["Russia"], "2025-06-18", "context", "occurred", "A Russian Navy corvette escorted",
              note="the escort began on Wednesday 2025-06-18 (next sentence)"),
            E("Royal Navy patrol ship and helicopter shadow the group", "MOBILIZE", ["United Kingdom"], "2025-06-18",
              "context", "occurred", "HMS Tyne, a River-class offshore patrol vessel"),
            E("French Navy takes over the watch from the Royal Navy off Ushant", "COOPERATE",
              ["France", "United Kingdom"], "2025-06-19TMO", "text", "occurred", "The French Navy took over"),
            E("Russian warships escort shadow-fleet tankers in the Baltic since May", "MOBILIZE", ["Russia"],
              "2025-05", "text", "occurred", "Russian warships began accompanying", date_mod="START"),
            E("Healey: the UK will not hesitate to act to protect its waters", "THREATEN", ["United Kingdom"],
              "2025-06-20", "published", "occurred", "will not hesitate to act"),
            E("Starmer: Britain will keep up the pressure on the shadow fleet", "SANCTION", ["Keir Starmer", "Russia"],
              "2025-06-17", "text", "planned", "keep up the pressure on the shadow fleet"),
            E("UK lists 20 shadow-fleet vessels in May", "SANCTION", ["United Kingdom", "Russia"], "2025-05", "text",
              "occurred", "The UK has now sanctioned"),
            E("Russian embassy accuses the Royal Navy of provocative shadowing", "ACCUSE", ["Russia", "United Kingdom"],
              "2025-06-20", "published", "occurred", "provocative shadowing"),
            E("Peskov: Russian ships will keep ensuring the safety of navigation for Russian cargoes", "MOBILIZE",
              ["Russia"], "2025-06-20", "published", "planned", "ensure the safety of navigation"),
        ],
        [
            S("United Kingdom", "MoD: HMS Tyne and a Wildcat monitored the group for more than 30 hours",
              "2025-06-20", "published", "monitored the group for more than 30 hours"),
            S("United Kingdom", "MoD: the tankers sail under false or fraudulent flags", "2025-06-20", "published",
              "false or fraudulent"),
            S("United Kingdom", "The corvette and the tankers behaved in a safe and professional manner", "2025-06-20",
              "published", "in a safe and professional manner"),
            S("United Kingdom", "Healey: the UK will not hesitate to act to protect its waters and infrastructure",
              "2025-06-20", "published", "will not hesitate to act"),
            S("Keir Starmer", "Britain will keep up the pressure on the shadow fleet with allies, ship by ship",
              "2025-06-17", "text", "keep up the pressure on the shadow fleet"),
            S("Russia", "The escort is in line with international law; the Royal Navy's shadowing is provocative",
              "2025-06-20", "published", "provocative shadowing"),
            S("Dmitry Peskov", "Russian ships will continue to ensure the safety of navigation", "2025-06-20",
              "published", "ensure the safety of navigation"),
        ],
        ["Russia", "United Kingdom", "France", "Keir Starmer", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b96en04_jef_nordic_warden_2025_01", "2025-01-07", EN04,
        [
            T("Monday", "DATE", "2025-01-06"),
            T("December 25", "DATE", "2024-12-25"),
            T("the following day", "DATE", "2024-12-26"),
            T("December", "DATE", "2024-12", 1),
            T("next week", "DATE", "2025-W03"),
            T("December 27", "DATE", "2024-12-27"),
            T("last week", "DATE", "2025-W01"),
        ],
        [
            E("JEF activates Nordic Warden to track threats to infrastructure and the shadow fleet", "MOBILIZE",
              ["United Kingdom"], "2025-01-06", "context", "occurred", "has activated an advanced reaction system",
              note="the JEF's other members are not canonical"),
            E("Finnish authorities board the Eagle S", "COERCE", ["Russia"], "2024-12-26", "text", "occurred",
              "Finnish authorities boarded it"),
            E("JEF leaders agreed in Tallinn to step up joint monitoring of the Baltic", "AGREE",
              ["Keir Starmer", "Alexander Stubb"], "2024-12", "text", "occurred", "had agreed in Tallinn"),
            E("Healey: JEF nations will act decisively against threats to infrastructure", "THREATEN",
              ["United Kingdom"], "2025-01-06", "context", "occurred", "act decisively"),
            E("Healey: the shadow fleet will not be allowed to operate with impunity", "THREATEN",
              ["United Kingdom", "Russia"], "2025-01-06", "context", "occurred", "with impunity"),
            E("Meeting of the Baltic Sea allies in Helsinki", "CONSULT", ["NATO", "Mark Rutte"], "2025-W03", "text",
              "planned", "Secretary General Mark Rutte is expected"),
            E("Rutte to announce a new NATO Baltic Sea activity", "MOBILIZE", ["NATO", "Mark Rutte"], "2025-W03",
              "text", "planned", "Secretary General Mark Rutte is expected"),
            E("Peskov denies any Russian link to the cable damage", "REJECT", ["Dmitry Peskov"], "2024-12-27", "text",
              "occurred", "nothing to do"),
            E("Zakharova accuses Western governments of preparing a naval blockade", "ACCUSE", ["Maria Zakharova"],
              "2025-W01", "text", "occurred", "a naval blockade"),
        ],
        [
            S("United Kingdom", "MoD: the JEF has activated Nordic Warden", "2025-01-06", "text",
              "has activated an advanced reaction system"),
            S("United Kingdom", "Healey: Nordic Warden lets the JEF act decisively against threats", "2025-01-06",
              "context", "act decisively"),
            S("United Kingdom", "Healey: determined to protect infrastructure; no impunity for the shadow fleet",
              "2025-01-06", "context", "with impunity"),
            S("United Kingdom", "MoD: the system complements national navies and coast guards", "2025-01-06",
              "context", "did not replace it"),
            S("Russia", "Moscow dismissed the accusations", "2025-01-07", "published",
              "Moscow has dismissed the accusations."),
            S("Dmitry Peskov", "The cable damage has nothing to do with Russia", "2024-12-27", "text", "nothing to do"),
            S("Maria Zakharova", "Western governments use the incident to prepare a naval blockade of Russia's Baltic "
              "ports", "2025-W01", "text", "a naval blockade"),
        ],
        ["United Kingdom", "Russia", "Keir Starmer", "Alexander Stubb", "NATO", "Mark Rutte", "Dmitry Peskov",
         "Kremlin", "Maria Zakharova"],
    ),
    doc(
        "b96en05_patrushev_navy_escorts_2025_07", "2025-07-17", EN05,
        [
            T("May 2024", "DATE", "2024-05"),
            T("months", "DURATION", "PXM", 0),
            T("Tuesday", "DATE", "2025-07-15"),
            T("almost daily", "SET", "P1D", mod="APPROX"),
            T("Wednesday", "DATE", "2025-07-16"),
            T("May", "DATE", "2025-05", 1),
            T("Friday", "DATE", "2025-07-18"),
        ],
        [
            E("Patrushev: the Russian Navy will escort merchant ships wherever necessary", "MOBILIZE", ["Russia"],
              "2025-07-15", "text", "planned", "wherever and whenever it is necessary"),
            E("Patrushev calls British and Baltic checks piracy", "ACCUSE", ["Russia", "United Kingdom"],
              "2025-07-15", "context", "occurred", "He described the checks"),
            E("Patrushev threatens an appropriate response, including military means, to any seizure", "THREATEN",
              ["Russia"], "2025-07-15", "context", "occurred", "He described the checks"),
            E("Patrushev accuses NATO of wanting to turn the Baltic into an inland lake", "ACCUSE", ["Russia", "NATO"],
              "2025-07-15", "context", "occurred", "inland lake"),
            E("Russian corvettes accompany tankers from Primorsk and Ust-Luga since May", "MOBILIZE", ["Russia"],
              "2025-05", "context", "occurred", "Russian corvettes have accompanied", date_mod="START"),
            E("Kallas: the EU will not be intimidated", "REJECT", ["Kaja Kallas", "Russia"], "2025-07-17",
              "published", "occurred", "not be intimidated"),
            E("EU ambassadors to approve the 18th package listing more vessels", "SANCTION",
              ["European Union", "Russia"], "2025-07-18", "text", "planned", "18th sanctions package"),
            E("NATO's Baltic Sentry mission to continue as planned", "MOBILIZE", ["NATO"], "2025-07-17", "published",
              "planned", "Baltic Sentry mission would continue"),
            E("Sybiha: the shadow fleet is a Russian state operation", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-07-17", "published", "occurred", "a state operation of the Russian Federation"),
        ],
        [
            S("Russia", "Patrushev: the navy will escort merchant ships wherever and whenever necessary", "2025-07-15",
              "text", "wherever and whenever it is necessary"),
            S("Russia", "Patrushev: British and Baltic checks are piracy; any seizure will meet an appropriate "
              "response", "2025-07-15", "context", "He described the checks"),
            S("Russia", "Patrushev: NATO wants to turn the Baltic into an inland lake", "2025-07-15", "context",
              "inland lake"),
            S("Dmitry Peskov", "Patrushev expressed the position of the Russian state", "2025-07-16", "text",
              "the position of the Russian state"),
            S("Kaja Kallas", "The EU will not be intimidated; points to the 18th package", "2025-07-17", "published",
              "not be intimidated"),
            S("NATO", "Baltic Sentry will continue as planned", "2025-07-17", "published",
              "Baltic Sentry mission would continue"),
            S("Andrii Sybiha", "Patrushev confirmed the shadow fleet is a Russian state operation", "2025-07-17",
              "published", "a state operation of the Russian Federation"),
        ],
        ["Russia", "United Kingdom", "NATO", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "European Union",
         "Kaja Kallas", "Andrii Sybiha", "Ukraine"],
    ),
    doc(
        "b96en06_denmark_skagen_insurance_checks_2024_12", "2024-12-12", EN06,
        [
            T("Wednesday", "DATE", "2024-12-11", 0),
            T("next week", "DATE", "2024-W51", 0),
            T("1857", "DATE", "1857", 0),
            T("every week", "SET", "P1W"),
            T("2023", "DATE", "2023"),
            T("Monday", "DATE", "2024-12-16"),
            T("Wednesday", "DATE", "2024-12-11", 1),
            T("next week", "DATE", "2024-W51", 1),
            T("1857", "DATE", "1857", 1),
        ],
        [
            E("Denmark's maritime authority to check the insurance of tankers off Skagen and in Danish waters",
              "SANCTION", ["Russia"], "2024-W51", "context", "planned", "will start asking oil tankers",
              note="announced on Wednesday 2024-12-11; the checks begin next week; Denmark is not canonical"),
            E("EU foreign ministers to adopt a 15th package listing more shadow-fleet vessels", "SANCTION",
              ["European Union", "Russia"], "2024-12-16", "text", "planned", "15th sanctions package"),
            E("Britain to join the checks with its own list of suspect vessels", "COOPERATE", ["United Kingdom"],
              "2024-W51", "context", "planned", "would join the checks",
              note="dated by the start of the checks next week"),
            E("JEF leaders to meet in Tallinn", "CONSULT", ["United Kingdom"], "2024-W51", "text", "planned",
              "JEF leaders are due to meet"),
            E("Baerbock welcomes the Danish checks", "SUPPORT", ["Germany"], "2024-12-12", "published", "occurred",
              "Baerbock welcomed"),
            E("Russian embassy: interference would breach the 1857 convention", "ACCUSE", ["Russia"], "2024-12-12",
              "published", "occurred", "The Russian embassy in Copenhagen"),
            E("Russian embassy warns of consequences", "THREATEN", ["Russia"], "2024-12-12", "published", "occurred",
              "The Russian embassy in Copenhagen"),
        ],
        [
            S("Kaja Kallas", "The shadow fleet is not only a sanctions problem but an environmental and security "
              "threat", "2024-12-11", "text", "not only a sanctions problem"),
            S("United Kingdom", "Britain will join the checks with its own list of suspect vessels", "2024-12-12",
              "published", "would join the checks"),
            S("Germany", "Baerbock welcomes the Danish move; Germany will look at all legal options", "2024-12-12",
              "published", "Baerbock welcomed"),
            S("Russia", "Interference with Russian shipping would breach the 1857 convention and have consequences",
              "2024-12-12", "published", "The Russian embassy in Copenhagen"),
            S("Dmitry Peskov", "Moscow is closely monitoring the Danish plans", "2024-12-12", "published",
              "closely monitoring"),
        ],
        ["Russia", "European Union", "Kaja Kallas", "United Kingdom", "Germany", "Dmitry Peskov", "Kremlin"],
    ),
]
