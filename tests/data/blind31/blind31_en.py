"""English articles of the blind31 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b31en01: EFE English
DOCS.append(dict(
    id="b31en01_zelensky_madrid_2025_11",
    lang="en",
    published="2025-11-18",
    body="""
Sanchez pledges new military aid as Zelensky visits Madrid

Madrid, Nov 18 (EFE).- Spanish Prime Minister Pedro Sanchez on Tuesday announced a new package of military aid for Ukraine worth 817 million euros during a visit to Madrid by President Volodymyr Zelensky, the third stop of a European tour focused on air defense and energy.
The two leaders met for almost two hours at the Moncloa Palace before appearing together before the press.
"Spain will stand by Ukraine for as long as it takes, and that includes rebuilding its power grid," Sanchez said.

Zelensky thanked Spain for its support and asked for more Patriot interceptors and for help in financing purchases of American weapons through NATO's PURL mechanism.
According to government sources, Spain will contribute 100 million euros to PURL this year, joining Germany, the Netherlands and the Nordic countries.
"Every missile we intercept is a hospital or a school that keeps working," Zelensky said.

Zelensky arrived in Madrid from Paris, where on Monday he and French President Emmanuel Macron signed a letter of intent on the purchase of up to 100 Rafale fighter jets.
On Sunday he had been in Athens, where Greece agreed to supply liquefied natural gas to Ukraine during the winter.

Russia launched another large-scale drone and missile attack overnight, hitting energy infrastructure in the Kharkiv and Odesa regions, Ukrainian authorities said.
Kremlin spokesman Dmitry Peskov said on Tuesday that Western arms deliveries "will not change the situation on the front line" and would only prolong the conflict.
Russian Foreign Ministry spokeswoman Maria Zakharova accused Madrid of "wasting Spanish taxpayers' money on a lost cause."

Zelensky said he expected U.S. Army Secretary Dan Driscoll, who is due in Kyiv this week, to bring "new ideas" from Washington on how to end the war.
Sanchez, for his part, backed the European Commission's proposal to use immobilized Russian assets to finance a loan to Ukraine, which EU leaders are to discuss at their summit in Brussels in December.
Belgium, which holds most of the assets at the Euroclear depository, has so far refused to give its approval.

Spain and Ukraine signed a ten-year security agreement in May 2024, under which Madrid committed 1 billion euros in military aid that year.
Spain has taken in more than 250,000 Ukrainian refugees since February 2022.
Zelensky was also scheduled to be received by King Felipe VI at the Zarzuela Palace before leaving Madrid in the evening.
""",
    timexes=[
        T("Nov 18", "DATE", "2025-11-18"),
        T("Tuesday", "DATE", "2025-11-18"),
        T("almost two hours", "DURATION", "PT2H", mod="APPROX"),
        T("this year", "DATE", "2025"),
        T("Monday", "DATE", "2025-11-17"),
        T("Sunday", "DATE", "2025-11-16"),
        T("the winter", "DATE", "2025-WI"),
        T("overnight", "TIME", "2025-11-17TNI"),
        T("Tuesday", "DATE", "2025-11-18", n=1),
        T("this week", "DATE", "2025-W47"),
        T("December", "DATE", "2025-12"),
        T("ten-year", "DURATION", "P10Y"),
        T("May 2024", "DATE", "2024-05"),
        T("that year", "DATE", "2024"),
        T("February 2022", "DATE", "2022-02"),
        T("the evening", "TIME", "2025-11-18TEV"),
    ],
    events=[
        E("Spain announces a new 817-million-euro military aid package for Ukraine", "AID",
          ["Ukraine"], "2025-11-18", "text", "occurred", "announced a new package",
          note="Spain and Sanchez are not canonical"),
        E("Zelensky and Sanchez meet at the Moncloa Palace", "CONSULT",
          ["Volodymyr Zelensky"], "2025-11-18", "context", "occurred", "met for almost two hours",
          note="Sanchez is not canonical"),
        E("Zelensky asks for Patriot interceptors and help financing US weapons through PURL", "REQUEST",
          ["Volodymyr Zelensky", "NATO"], "2025-11-18", "context", "occurred", "Patriot interceptors"),
        E("Spain to contribute 100 million euros to PURL", "AID",
          ["NATO", "Ukraine"], "2025", "text", "planned", "100 million euros to PURL"),
        E("Zelensky and Macron sign a letter of intent on up to 100 Rafale jets", "AGREE",
          ["Volodymyr Zelensky", "Emmanuel Macron"], "2025-11-17", "text", "occurred", "Rafale"),
        E("Zelensky visits Athens", "CONSULT",
          ["Volodymyr Zelensky"], "2025-11-16", "text", "occurred", "he had been in Athens"),
        E("Greece agrees to supply LNG to Ukraine over the winter", "AGREE",
          ["Ukraine"], "2025-11-16", "context", "occurred", "he had been in Athens",
          note="Greece is not canonical"),
        E("Russian drone and missile attack on energy infrastructure", "ASSAULT",
          ["Russia", "Ukraine"], "2025-11-17TNI", "text", "occurred", "large-scale drone and missile attack"),
        E("Peskov: Western arms deliveries only prolong the conflict", "ACCUSE",
          ["Dmitry Peskov"], "2025-11-18", "text", "occurred", "will not change the situation"),
        E("Zakharova accuses Madrid of wasting money on a lost cause", "ACCUSE",
          ["Maria Zakharova"], "2025-11-18", "published", "occurred", "lost cause"),
        E("US Army Secretary Driscoll due in Kyiv", "CONSULT",
          ["United States", "Ukraine"], "2025-W47", "text", "planned", "Dan Driscoll"),
        E("Use of immobilised Russian assets to finance a loan to Ukraine", "AID",
          ["European Union", "Russia", "Ukraine"], "2025-12", "text", "uncertain", "immobilized Russian assets",
          note="to be discussed at the December summit"),
        E("EU summit in Brussels", "CONSULT",
          ["European Union"], "2025-12", "text", "planned", "immobilized Russian assets"),
        E("Spain–Ukraine ten-year security agreement", "AGREE",
          ["Ukraine"], "2024-05", "text", "occurred", "ten-year security agreement"),
        E("Zelensky to be received by King Felipe VI", "CONSULT",
          ["Volodymyr Zelensky"], "2025-11-18", "context", "planned", "King Felipe"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Spain; asks for Patriots and help financing US weapons via PURL",
          "2025-11-18", "context", "Patriot interceptors"),
        S("Volodymyr Zelensky", "Every intercepted missile keeps a hospital or school working", "2025-11-18",
          "context", "Every missile we intercept"),
        S("Ukraine", "Overnight attack hit energy infrastructure in Kharkiv and Odesa regions", "2025-11-18",
          "published", "large-scale drone and missile attack"),
        S("Dmitry Peskov", "Western deliveries will not change the front and only prolong the conflict",
          "2025-11-18", "text", "will not change the situation"),
        S("Maria Zakharova", "Madrid is wasting taxpayers' money on a lost cause", "2025-11-18", "published",
          "lost cause"),
        S("Volodymyr Zelensky", "Expects Driscoll to bring new ideas from Washington", "2025-11-18", "context",
          "Dan Driscoll"),
    ],
    actors=["Ukraine", "Volodymyr Zelensky", "NATO", "United States", "Germany", "France", "Emmanuel Macron",
            "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union"],
))

# ---------------------------------------------------------------- b31en02: Kathimerini English Edition
DOCS.append(dict(
    id="b31en02_athens_summit_2023_08",
    lang="en",
    published="2023-08-22",
    body="""
Athens summit backs Ukraine's territorial integrity; Greece to help train F-16 pilots

Leaders from Southeastern Europe signed a declaration in Athens on Monday night supporting Ukraine's sovereignty and territorial integrity, at an informal summit hosted by Prime Minister Kyriakos Mitsotakis and attended by Ukrainian President Volodymyr Zelensky.
The text, also signed by European Council President Charles Michel, reaffirms the "European perspective" of Ukraine, Moldova and the Western Balkans and condemns Russia's "war of aggression."

Speaking to reporters after the dinner at the Maximos Mansion, Mitsotakis said Greece would take part in training Ukrainian pilots on F-16 fighter jets once the program is up and running.
Denmark and the Netherlands pledged on Sunday to deliver the aircraft to Kyiv.
Zelensky, who flew in from Copenhagen, called the Greek decision "a strong signal" and thanked Athens for its "principled stance."

Michel said the European Union would open accession negotiations with Kyiv "once the conditions are met," ahead of a European Commission report due in October.
Serbian President Aleksandar Vucic also put his signature to the declaration, but told Serbian media afterwards that Belgrade would not join Western sanctions against Moscow.
Zelensky and Vucic held a brief meeting on the sidelines, their first since the start of the full-scale invasion.

Moscow was quick to respond.
The Russian Embassy in Athens said in a statement on Tuesday that the summit was "yet another anti-Russian show" that would not bring peace "a single step closer."
Kremlin spokesman Dmitry Peskov had warned on Monday that the F-16s would "burn" like all other Western equipment sent to Ukraine.

Greece has sent Ukraine ammunition and armored vehicles since 2022, but has declined to hand over its Russian-made S-300 air defense systems, citing the threat it faces in the Aegean.
Zelensky flew back to Kyiv overnight to host the third Crimea Platform summit on Wednesday.

Police closed off much of central Athens on Monday evening, deploying some 2,500 officers and banning gatherings around Syntagma Square.
Traffic returned to normal on Tuesday morning, according to the Hellenic Police.
""",
    timexes=[
        T("Monday night", "TIME", "2023-08-21TNI"),
        T("Sunday", "DATE", "2023-08-20"),
        T("October", "DATE", "2023-10"),
        T("Tuesday", "DATE", "2023-08-22"),
        T("Monday", "DATE", "2023-08-21", n=1),
        T("2022", "DATE", "2022"),
        T("overnight", "TIME", "2023-08-21TNI"),
        T("Wednesday", "DATE", "2023-08-23"),
        T("Monday evening", "TIME", "2023-08-21TEV"),
        T("Tuesday morning", "TIME", "2023-08-22TMO"),
    ],
    events=[
        E("Athens summit declaration in support of Ukraine's territorial integrity", "AGREE",
          ["Volodymyr Zelensky", "Ukraine", "European Union"], "2023-08-21TNI", "text", "occurred",
          "signed a declaration in Athens", note="the host and the other signatories are not canonical"),
        E("Informal Southeast European summit in Athens with Zelensky", "CONSULT",
          ["Volodymyr Zelensky", "European Union"], "2023-08-21TNI", "text", "occurred",
          "signed a declaration in Athens"),
        E("Declaration condemns Russia's war of aggression", "ACCUSE",
          ["European Union", "Volodymyr Zelensky", "Russia"], "2023-08-21TNI", "context", "occurred",
          "condemns Russia"),
        E("Greece to take part in training Ukrainian F-16 pilots", "AID",
          ["Ukraine"], "2023-08-21", "context", "planned", "training Ukrainian pilots",
          note="Greece is not canonical"),
        E("Denmark and the Netherlands pledge F-16s to Ukraine", "AID",
          ["Ukraine"], "2023-08-20", "text", "occurred", "pledged on Sunday",
          note="Denmark and the Netherlands are not canonical"),
        E("Michel: EU will open accession talks with Kyiv once conditions are met", "AGREE",
          ["European Union", "Ukraine"], "2023-08-21", "context", "occurred", "open accession negotiations"),
        E("Zelensky meets Vucic on the sidelines", "CONSULT",
          ["Volodymyr Zelensky"], "2023-08-21", "context", "occurred", "brief meeting on the sidelines",
          note="Vucic is not canonical"),
        E("Russian embassy calls the summit an anti-Russian show", "ACCUSE",
          ["Russia"], "2023-08-22", "text", "occurred", "anti-Russian show"),
        E("Peskov warns the F-16s will burn", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2023-08-21", "text", "occurred", "would \"burn\""),
        E("Greece has sent ammunition and armoured vehicles to Ukraine", "AID",
          ["Ukraine"], "2022", "text", "occurred", "armored vehicles since 2022", date_mod="START"),
        E("Zelensky to host the third Crimea Platform summit", "CONSULT",
          ["Volodymyr Zelensky"], "2023-08-23", "text", "planned", "Crimea Platform"),
    ],
    statements=[
        S("Joint statement: Volodymyr Zelensky, European Union",
          "Support for Ukraine's territorial integrity and European perspective; condemns Russia's aggression",
          "2023-08-21TNI", "context", "condemns Russia"),
        S("Volodymyr Zelensky", "Greek decision is a strong signal; thanks Athens", "2023-08-21", "context",
          "a strong signal"),
        S("European Union", "Michel: accession talks once the conditions are met", "2023-08-21", "context",
          "open accession negotiations"),
        S("Russia", "Moscow was quick to respond", "2023-08-22", "published", "Moscow was quick to respond."),
        S("Russia", "Embassy: the summit is another anti-Russian show", "2023-08-22", "text", "anti-Russian show"),
        S("Dmitry Peskov", "F-16s will burn like other Western equipment", "2023-08-21", "text", "would \"burn\""),
    ],
    actors=["Ukraine", "Volodymyr Zelensky", "European Union", "Russia", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b31en03: EUobserver
DOCS.append(dict(
    id="b31en03_eu_china_summit_beijing_2025_07",
    lang="en",
    published="2025-07-24",
    body="""
EU leaders press Xi on Russia at slimmed-down Beijing summit

European Commission president Ursula von der Leyen and European Council president Antonio Costa urged Chinese president Xi Jinping on Thursday (24 July) to use his influence on Moscow to bring Russia's war against Ukraine to an end.
The meeting in the Great Hall of the People, which Beijing had cut from two days to one, was the first EU-China summit held in person in the Chinese capital since 2023.

"China has an important role to play in bringing about a just and lasting peace," von der Leyen told reporters after the talks, adding that Chinese exports of dual-use goods were "fuelling Russia's war machine."
According to the Chinese readout, Xi told his guests that China was "not a party to the Ukraine crisis" and warned Brussels against "adding Chinese companies to its sanctions lists."
Later on Thursday, premier Li Qiang co-chaired the formal summit session with Costa and von der Leyen.

The EU adopted its 18th sanctions package against Russia on 18 July, listing for the first time two regional Chinese banks accused of helping Moscow evade restrictions.
Beijing lodged "stern representations" the following day and threatened unspecified countermeasures.
Earlier this month, foreign minister Wang Yi reportedly told EU foreign policy chief Kaja Kallas in Brussels that China could not accept a Russian defeat, as it would allow the US to turn its full attention to Beijing.

Trade took up much of the day.
Von der Leyen said relations had reached "an inflection point," pointing to a trade deficit of more than €300bn last year and to Chinese export controls on rare earths.
The only joint text the two sides agreed on was a statement on climate change.

In Kyiv, foreign minister Andrii Sybiha welcomed the EU's message and said China could end the war "with one phone call to Moscow" if it chose to.
Kremlin spokesman Dmitry Peskov said Russia and China would continue their "strategic partnership" regardless of what he called the EU's attempts to "drive a wedge" between them.

EU ambassadors are to discuss the outcome of the summit next week, while work on a 19th sanctions package is expected to begin in September.
One EU diplomat described the mood in Beijing as "polite, but frosty."
""",
    timexes=[
        T("Thursday", "DATE", "2025-07-24"),
        T("24 July", "DATE", "2025-07-24"),
        T("two days", "DURATION", "P2D"),
        T("2023", "DATE", "2023"),
        T("Thursday", "DATE", "2025-07-24", n=1),
        T("18 July", "DATE", "2025-07-18"),
        T("the following day", "DATE", "2025-07-19"),
        T("this month", "DATE", "2025-07"),
        T("last year", "DATE", "2024"),
        T("next week", "DATE", "2025-W31"),
        T("September", "DATE", "2025-09"),
    ],
    events=[
        E("Von der Leyen and Costa urge Xi to use his influence on Moscow to end the war", "REQUEST",
          ["Ursula von der Leyen", "European Union", "Xi Jinping", "Russia"], "2025-07-24", "text", "occurred",
          "use his influence"),
        E("EU–China summit in Beijing", "CONSULT",
          ["Ursula von der Leyen", "European Union", "Xi Jinping", "China"], "2025-07-24", "context", "occurred",
          "Great Hall of the People"),
        E("Von der Leyen: Chinese dual-use exports fuel Russia's war machine", "ACCUSE",
          ["Ursula von der Leyen", "China", "Russia"], "2025-07-24", "context", "occurred",
          "fuelling Russia's war machine"),
        E("Xi rejects the charge: China is not a party to the Ukraine crisis", "REJECT",
          ["Xi Jinping", "European Union"], "2025-07-24", "context", "occurred", "not a party to the Ukraine crisis"),
        E("Xi warns Brussels against listing Chinese companies", "REQUEST",
          ["Xi Jinping", "European Union"], "2025-07-24", "context", "occurred", "not a party to the Ukraine crisis"),
        E("Li Qiang co-chairs the formal summit session with the EU leaders", "CONSULT",
          ["China", "European Union", "Ursula von der Leyen"], "2025-07-24", "text", "occurred", "Li Qiang"),
        E("EU adopts its 18th sanctions package, listing two Chinese banks", "SANCTION",
          ["European Union", "Russia", "China"], "2025-07-18", "text", "occurred", "18th sanctions package"),
        E("Beijing protests the listing of Chinese banks", "ACCUSE",
          ["China", "European Union"], "2025-07-19", "text", "occurred", "stern representations"),
        E("Beijing threatens countermeasures", "THREATEN",
          ["China", "European Union"], "2025-07-19", "text", "occurred", "stern representations"),
        E("Wang Yi meets Kallas in Brussels", "CONSULT",
          ["China", "Kaja Kallas"], "2025-07", "text", "occurred", "Wang Yi reportedly"),
        E("EU and China agree a statement on climate change", "AGREE",
          ["European Union", "China"], "2025-07-24", "context", "occurred", "statement on climate change"),
        E("Sybiha welcomes the EU's message to Beijing", "SUPPORT",
          ["Andrii Sybiha", "European Union"], "2025-07-24", "published", "occurred", "welcomed the EU's message"),
        E("Peskov accuses the EU of trying to drive a wedge between Russia and China", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2025-07-24", "published", "occurred", "drive a wedge"),
        E("EU ambassadors to discuss the summit outcome", "CONSULT",
          ["European Union"], "2025-W31", "text", "planned", "EU ambassadors"),
        E("Work on a 19th EU sanctions package", "SANCTION",
          ["European Union", "Russia"], "2025-09", "text", "planned", "EU ambassadors"),
    ],
    statements=[
        S("Ursula von der Leyen", "China has a role to play in a just peace; its dual-use exports fuel Russia's war",
          "2025-07-24", "context", "important role to play"),
        S("Xi Jinping, via China", "China is not a party to the crisis; warns against sanctions on Chinese firms",
          "2025-07-24", "context", "not a party to the Ukraine crisis"),
        S("China", "Stern representations over the listing of Chinese banks; countermeasures", "2025-07-19", "text",
          "stern representations"),
        S("China", "Wang Yi: China cannot accept a Russian defeat", "2025-07", "text", "Wang Yi reportedly"),
        S("Ursula von der Leyen", "Relations are at an inflection point", "2025-07-24", "context",
          "inflection point"),
        S("Andrii Sybiha", "Welcomes the EU message; China could end the war with one phone call", "2025-07-24",
          "published", "welcomed the EU's message"),
        S("Dmitry Peskov", "Russia and China will continue their strategic partnership despite the EU", "2025-07-24",
          "published", "drive a wedge"),
    ],
    actors=["European Union", "Ursula von der Leyen", "China", "Xi Jinping", "Russia", "Ukraine", "Kaja Kallas",
            "United States", "Andrii Sybiha", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b31en04: Carnegie Politika (commentary)
DOCS.append(dict(
    id="b31en04_putin_xi_no_limits_2022_02",
    lang="en",
    published="2022-02-05",
    body="""
No Limits, Some Caveats: What Putin Took Home From Beijing

When Vladimir Putin sat down with Xi Jinping in Beijing on Friday, a few hours before the opening ceremony of the Winter Olympics, he came for more than sport.
The two leaders talked for about three hours and then released a 5,000-word joint statement declaring that the friendship between their states "has no limits."

For the Kremlin, the most valuable passage is a short one: for the first time, China has put in writing that it opposes "further enlargement of NATO."
That is the demand at the heart of the draft treaties Moscow handed to Washington and NATO in December.
The United States and the alliance rejected that demand in written replies on January 26, while offering talks on arms control and military transparency.

Beijing also gave Putin something tangible.
Gazprom and China's CNPC signed a 30-year contract for an additional 10 billion cubic meters of gas a year, to be delivered via a new pipeline from Russia's Far East.

Yet the statement does not mention Ukraine, and Chinese diplomats have been careful to stress that Kyiv's sovereignty must be respected.
When Foreign Minister Wang Yi spoke to Secretary of State Antony Blinken by phone on January 27, he said Russia's "legitimate security concerns" should be taken seriously, but he also named the Minsk agreements as the basis for a settlement.
Beijing, in other words, backs Moscow's grievances without endorsing a war.

Washington is not waiting to find out where that line lies.
President Joe Biden on Wednesday ordered about 3,000 additional troops to NATO's eastern flank, and the Pentagon says another 8,500 remain on heightened alert.
German Chancellor Olaf Scholz will see Biden at the White House on Monday, the same day French President Emmanuel Macron is due in Moscow for talks with Putin.

Kremlin spokesman Dmitry Peskov on Saturday called the Beijing trip "extremely successful" and repeated that Russia had "no plans to attack anyone."
In Kyiv, Foreign Minister Dmytro Kuleba said no deal between great powers could be made "about Ukraine without Ukraine."

The "no limits" formula should not be overread.
China wants a stable partner on its northern border and cheap energy, not a war that would drag it into Western sanctions, and the real test of the partnership will come only if Putin orders his troops across the border.
Tatiana Orlova is a nonresident scholar at the Carnegie Moscow Center.
""",
    timexes=[
        T("Friday", "DATE", "2022-02-04"),
        T("about three hours", "DURATION", "PT3H", mod="APPROX"),
        T("December", "DATE", "2021-12"),
        T("January 26", "DATE", "2022-01-26"),
        T("30-year", "DURATION", "P30Y"),
        T("a year", "SET", "P1Y"),
        T("January 27", "DATE", "2022-01-27"),
        T("Wednesday", "DATE", "2022-02-02"),
        T("Monday", "DATE", "2022-02-07"),
        T("the same day", "DATE", "2022-02-07"),
        T("Saturday", "DATE", "2022-02-05"),
    ],
    events=[
        E("Putin and Xi meet in Beijing", "CONSULT",
          ["Vladimir Putin", "Xi Jinping"], "2022-02-04", "text", "occurred", "sat down with Xi Jinping"),
        E("Putin and Xi issue a joint statement on a 'no limits' friendship", "AGREE",
          ["Vladimir Putin", "Xi Jinping", "Russia", "China"], "2022-02-04", "context", "occurred", "has no limits"),
        E("China and Russia oppose further NATO enlargement in writing", "REJECT",
          ["China", "Russia", "NATO"], "2022-02-04", "context", "occurred", "further enlargement of NATO"),
        E("Moscow's draft treaties handed to Washington and NATO", "REQUEST",
          ["Russia", "United States", "NATO"], "2021-12", "text", "occurred", "draft treaties"),
        E("US and NATO reject Russia's core demand in written replies", "REJECT",
          ["United States", "NATO", "Russia"], "2022-01-26", "text", "occurred", "written replies"),
        E("US and NATO offer talks on arms control and transparency", "REQUEST",
          ["United States", "NATO", "Russia"], "2022-01-26", "text", "occurred", "written replies"),
        E("Gazprom and CNPC sign a 30-year gas contract", "AGREE",
          ["Russia", "China"], "2022-02-04", "context", "occurred", "30-year contract",
          note="state companies count as their states"),
        E("Wang Yi–Blinken phone call", "CONSULT",
          ["China", "Antony Blinken"], "2022-01-27", "text", "occurred", "Wang Yi spoke"),
        E("Wang Yi asks that Russia's security concerns be taken seriously", "REQUEST",
          ["China", "Antony Blinken"], "2022-01-27", "text", "occurred", "Wang Yi spoke"),
        E("Biden orders about 3,000 more troops to NATO's eastern flank", "MOBILIZE",
          ["Joe Biden", "United States", "NATO"], "2022-02-02", "text", "occurred", "3,000 additional troops"),
        E("Scholz to meet Biden at the White House", "CONSULT",
          ["Olaf Scholz", "Joe Biden"], "2022-02-07", "text", "planned", "will see Biden"),
        E("Macron to hold talks with Putin in Moscow", "CONSULT",
          ["Emmanuel Macron", "Vladimir Putin"], "2022-02-07", "text", "planned", "will see Biden"),
        E("Kuleba: no deal about Ukraine without Ukraine", "REQUEST",
          ["Ukraine"], "2022-02-05", "published", "occurred", "about Ukraine without Ukraine"),
    ],
    statements=[
        S("Joint statement: Vladimir Putin, Xi Jinping", "Friendship between the two states has no limits",
          "2022-02-04", "context", "has no limits"),
        S("China", "Opposes further enlargement of NATO", "2022-02-04", "context", "further enlargement of NATO"),
        S("China", "Kyiv's sovereignty must be respected", "2022-02-05", "published", "Chinese diplomats"),
        S("China", "Wang Yi: Russia's security concerns must be taken seriously; Minsk agreements the basis",
          "2022-01-27", "text", "Wang Yi spoke"),
        S("United States", "Pentagon: another 8,500 troops on heightened alert", "2022-02-05", "published",
          "3,000 additional troops"),
        S("Dmitry Peskov", "Beijing trip extremely successful; Russia has no plans to attack anyone", "2022-02-05",
          "text", "extremely successful"),
        S("Ukraine", "Kuleba: no deal about Ukraine without Ukraine", "2022-02-05", "published",
          "about Ukraine without Ukraine"),
    ],
    actors=["Vladimir Putin", "Xi Jinping", "Russia", "China", "Kremlin", "NATO", "United States", "Ukraine",
            "Antony Blinken", "Joe Biden", "Germany", "Olaf Scholz", "France", "Emmanuel Macron", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b31en05: Ukrainska Pravda (fiction)
DOCS.append(dict(
    id="b31en05_odesa_black_sea_forum_2026_05",
    lang="en",
    published="2026-05-29",
    body="""
Türkiye offers Istanbul for Black Sea navigation talks as Russian drones target Odesa during security forum

Turkish Foreign Minister Hakan Fidan has offered to host talks between Ukraine and Russia on the safety of merchant shipping in the Black Sea, speaking at the Black Sea Security Forum in Odesa on Friday, 29 May.
Source: Fidan at a joint press conference with Ukrainian Foreign Minister Andrii Sybiha.
Quote: "Türkiye is ready to bring Ukrainian and Russian experts together in Istanbul as early as June to agree on rules that protect ships, ports and crews."

Details: Sybiha welcomed the proposal and said Kyiv was prepared to send a delegation, provided Russia stopped its strikes on port infrastructure in Odesa, Izmail and Chornomorsk.
The forum brought together ministers and officials from more than 20 countries, including EU High Representative Kaja Kallas and the foreign ministers of Romania, Bulgaria and Moldova.
Kallas announced that the EU would allocate €150 million over the next two years to clearing mines from Ukraine's coastal waters and port approaches.

At around 12:30, air-raid sirens forced participants to move to a shelter as Russian drones attacked the city's port district.
Oleh Kiper, head of Odesa Oblast Military Administration, said two port workers were injured and a grain warehouse was damaged.
Sybiha called the attack "Russia's answer to every peace proposal" and urged partners to strengthen Ukraine's air defence.

Background: Russian and Ukrainian delegations last met in Abu Dhabi in April, where they agreed on a prisoner exchange but made no progress towards a ceasefire.
Since Russia quit the Black Sea Grain Initiative in July 2023, Ukraine has exported grain through its own maritime corridor, which Russian forces regularly attack.

Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the forum as "a NATO gathering on the shores of a Russian sea" and said Moscow would discuss navigation only "with those who have real influence", an apparent reference to Washington.
Kremlin spokesman Dmitry Peskov said the Kremlin had "taken note" of the Turkish offer.

Fidan is expected to discuss the initiative with Russian Foreign Minister Sergey Lavrov by phone next week, a Turkish diplomatic source told Ukrainska Pravda.
The issue is also likely to feature at the NATO summit in Ankara in July.
""",
    timexes=[
        T("Friday", "DATE", "2026-05-29"),
        T("29 May", "DATE", "2026-05-29"),
        T("June", "DATE", "2026-06"),
        T("the next two years", "DURATION", "P2Y"),
        T("around 12:30", "TIME", "2026-05-29T12:30", mod="APPROX", note="Kyiv time (EEST)"),
        T("April", "DATE", "2026-04"),
        T("July 2023", "DATE", "2023-07"),
        T("next week", "DATE", "2026-W23"),
        T("July", "DATE", "2026-07", n=1),
    ],
    events=[
        E("Fidan offers to host Ukraine–Russia talks on Black Sea shipping in Istanbul", "REQUEST",
          ["Hakan Fidan", "Turkey", "Ukraine", "Russia"], "2026-05-29", "text", "occurred",
          "has offered to host talks"),
        E("Fidan and Sybiha hold a joint press conference in Odesa", "CONSULT",
          ["Hakan Fidan", "Andrii Sybiha"], "2026-05-29", "context", "occurred", "joint press conference"),
        E("Sybiha welcomes the proposal; Kyiv ready to send a delegation", "AGREE",
          ["Andrii Sybiha", "Hakan Fidan"], "2026-05-29", "context", "occurred", "welcomed the proposal"),
        E("Sybiha's condition: Russia must stop strikes on port infrastructure", "REQUEST",
          ["Andrii Sybiha", "Russia"], "2026-05-29", "context", "occurred", "welcomed the proposal"),
        E("Black Sea Security Forum in Odesa", "CONSULT",
          ["Andrii Sybiha", "Ukraine", "Hakan Fidan", "Turkey", "Kaja Kallas", "European Union"], "2026-05-29",
          "context", "occurred", "The forum brought together"),
        E("EU to allocate 150 million euros for demining Ukraine's coastal waters", "AID",
          ["Kaja Kallas", "European Union", "Ukraine"], "2026-05-29", "context", "occurred", "€150 million"),
        E("Russian drone attack on Odesa's port district during the forum", "ASSAULT",
          ["Russia", "Ukraine"], "2026-05-29T12:30", "text", "occurred", "air-raid sirens", date_mod="APPROX"),
        E("Sybiha blames Russia for the attack", "ACCUSE",
          ["Andrii Sybiha", "Russia"], "2026-05-29", "context", "occurred", "answer to every peace proposal"),
        E("Sybiha urges partners to strengthen Ukraine's air defence", "REQUEST",
          ["Andrii Sybiha"], "2026-05-29", "context", "occurred", "answer to every peace proposal"),
        E("Russian and Ukrainian delegations met in Abu Dhabi", "CONSULT",
          ["Russia", "Ukraine"], "2026-04", "text", "occurred", "Background: Russian and Ukrainian delegations"),
        E("Agreement on a prisoner exchange in Abu Dhabi", "AGREE",
          ["Russia", "Ukraine"], "2026-04", "context", "occurred", "Background: Russian and Ukrainian delegations"),
        E("No progress towards a ceasefire in Abu Dhabi", "REJECT",
          ["Russia", "Ukraine"], "2026-04", "context", "occurred", "Background: Russian and Ukrainian delegations"),
        E("Russia quit the Black Sea Grain Initiative", "SANCTION",
          ["Russia", "Ukraine"], "2023-07", "text", "occurred", "quit the Black Sea Grain Initiative"),
        E("Zakharova dismisses the forum as a NATO gathering", "ACCUSE",
          ["Maria Zakharova", "NATO"], "2026-05-29", "published", "occurred", "NATO gathering"),
        E("Zakharova: Moscow will discuss navigation only with those who have real influence", "REJECT",
          ["Maria Zakharova"], "2026-05-29", "published", "occurred", "NATO gathering"),
        E("Fidan–Lavrov phone call on the initiative", "CONSULT",
          ["Hakan Fidan", "Sergey Lavrov"], "2026-W23", "text", "planned", "by phone next week"),
        E("NATO summit in Ankara", "CONSULT",
          ["NATO"], "2026-07", "text", "planned", "NATO summit in Ankara"),
    ],
    statements=[
        S("Hakan Fidan", "Türkiye is ready to bring experts together in Istanbul in June", "2026-05-29", "context",
          "Türkiye is ready"),
        S("Andrii Sybiha", "Welcomes the proposal; Kyiv will send a delegation if Russia stops port strikes",
          "2026-05-29", "context", "welcomed the proposal"),
        S("Kaja Kallas", "EU will allocate 150 million euros for demining over two years", "2026-05-29", "context",
          "€150 million"),
        S("Ukraine", "Kiper: two port workers injured, grain warehouse damaged", "2026-05-29", "context",
          "Oleh Kiper"),
        S("Andrii Sybiha", "The attack is Russia's answer to every peace proposal; strengthen air defence",
          "2026-05-29", "context", "answer to every peace proposal"),
        S("Maria Zakharova", "The forum is a NATO gathering; navigation only with those with real influence",
          "2026-05-29", "published", "NATO gathering"),
        S("Dmitry Peskov", "The Kremlin has taken note of the Turkish offer", "2026-05-29", "published",
          "taken note"),
    ],
    actors=["Turkey", "Hakan Fidan", "Ukraine", "Russia", "Andrii Sybiha", "Kaja Kallas", "European Union", "NATO",
            "Maria Zakharova", "United States", "Kremlin", "Dmitry Peskov", "Sergey Lavrov"],
))

# ---------------------------------------------------------------- b31en06: NHK World-Japan
DOCS.append(dict(
    id="b31en06_g7_apulia_loan_2024_06",
    lang="en",
    published="2024-06-14",
    body="""
G7 agrees on $50 billion loan for Ukraine; Kishida signs support accord with Zelenskyy

Leaders of the Group of Seven industrialized nations agreed on Thursday to provide Ukraine with loans worth about 50 billion dollars, using profits from frozen Russian assets.
The agreement came on the first day of their summit in Puglia, southern Italy, which is hosted by Italian Prime Minister Giorgia Meloni.
The leaders aim to disburse the money by the end of the year.
The loans are to be repaid with the interest earned on about 280 billion dollars in Russian central bank assets that have been immobilized since Russia invaded Ukraine in February 2022.

Meloni said the decision sends "a clear message" to Moscow that the G7 will not abandon Ukraine.
US President Joe Biden and Ukrainian President Volodymyr Zelenskyy held talks on the sidelines and signed a bilateral security agreement that runs for 10 years.
Biden said the agreement commits the United States to providing weapons, training and intelligence to Ukraine, although it does not include a pledge to send American troops.

Japan's Prime Minister Kishida Fumio also met Zelenskyy and signed an accord under which Japan will continue supporting Ukraine for the next 10 years.
Kishida said Japan will provide 4.5 billion dollars to Ukraine this year, including humanitarian aid and help with reconstruction.
He also said Japan will cooperate with Ukraine in clearing landmines and restoring its power grid.
Zelenskyy expressed gratitude, saying Japan's support is "vital for the lives of ordinary Ukrainians."

Russian Foreign Ministry Spokesperson Maria Zakharova called the use of the frozen assets "theft" and warned on Thursday that Moscow would respond.
Kremlin Spokesperson Dmitry Peskov said security agreements signed with Kyiv "have no legal value."

The summit continues on Friday, when Pope Francis is scheduled to attend a session on artificial intelligence, becoming the first pontiff to take part in a G7 summit.
Zelenskyy will then travel to Switzerland for a peace conference on Saturday and Sunday.
Russia has not been invited, and China has said it will not attend.
""",
    timexes=[
        T("Thursday", "DATE", "2024-06-13"),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("February 2022", "DATE", "2022-02"),
        T("10 years", "DURATION", "P10Y"),
        T("the next 10 years", "DURATION", "P10Y"),
        T("this year", "DATE", "2024"),
        T("Thursday", "DATE", "2024-06-13", n=1),
        T("Friday", "DATE", "2024-06-14"),
        T("Saturday", "DATE", "2024-06-15"),
        T("Sunday", "DATE", "2024-06-16"),
    ],
    events=[
        E("G7 leaders agree on about 50 billion dollars in loans for Ukraine from frozen Russian assets", "AGREE",
          ["Giorgia Meloni", "Joe Biden", "Ukraine", "Russia"], "2024-06-13", "text", "occurred",
          "agreed on Thursday to provide",
          note="the G7 is not canonical; its members named in the article stand for it"),
        E("G7 summit in Puglia", "CONSULT",
          ["Giorgia Meloni", "Joe Biden", "Volodymyr Zelensky"], "2024-06-13", "context", "occurred",
          "first day of their summit"),
        E("Loans backed by Russian assets to be disbursed by the end of the year", "AID",
          ["Giorgia Meloni", "Joe Biden", "Ukraine", "Russia"], "2024", "text", "planned", "disburse the money",
          date_mod="END"),
        E("Russian central bank assets immobilised", "SANCTION",
          ["Russia"], "2022-02", "context", "occurred", "have been immobilized", date_mod="START",
          note="the immobilising states are not named"),
        E("Russia invades Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2022-02", "text", "occurred", "have been immobilized"),
        E("Biden and Zelensky hold talks on the sidelines", "CONSULT",
          ["Joe Biden", "Volodymyr Zelensky"], "2024-06-13", "context", "occurred", "held talks on the sidelines"),
        E("Biden and Zelensky sign a ten-year bilateral security agreement", "AGREE",
          ["Joe Biden", "Volodymyr Zelensky", "United States", "Ukraine"], "2024-06-13", "context", "occurred",
          "held talks on the sidelines"),
        E("Kishida meets Zelensky", "CONSULT",
          ["Volodymyr Zelensky"], "2024-06-13", "context", "occurred", "Kishida Fumio also met",
          note="Japan and Kishida are not canonical"),
        E("Japan–Ukraine accord on ten years of support", "AGREE",
          ["Volodymyr Zelensky", "Ukraine"], "2024-06-13", "context", "occurred", "Kishida Fumio also met"),
        E("Japan to provide 4.5 billion dollars to Ukraine this year", "AID",
          ["Ukraine"], "2024", "text", "planned", "4.5 billion dollars"),
        E("Japan to cooperate with Ukraine on demining and the power grid", "COOPERATE",
          ["Ukraine"], "2024-06-13", "context", "planned", "clearing landmines"),
        E("Zakharova calls the use of frozen assets theft", "ACCUSE",
          ["Maria Zakharova"], "2024-06-13", "text", "occurred", "\"theft\""),
        E("Zakharova warns Moscow will respond", "THREATEN",
          ["Maria Zakharova"], "2024-06-13", "text", "occurred", "\"theft\""),
        E("Peskov dismisses the security agreements with Kyiv", "REJECT",
          ["Dmitry Peskov", "Ukraine"], "2024-06-13", "context", "occurred", "no legal value"),
        E("Pope Francis to attend the G7 session on artificial intelligence", "CONSULT",
          ["Vatican"], "2024-06-14", "text", "planned", "Pope Francis"),
        E("Zelensky to attend the peace conference in Switzerland", "CONSULT",
          ["Volodymyr Zelensky"], "2024-06-15", "text", "planned", "travel to Switzerland",
          note="Saturday and Sunday, 15-16 June"),
        E("China will not attend the Swiss conference", "REJECT",
          ["China"], "2024-06-14", "published", "occurred", "China has said"),
    ],
    statements=[
        S("Giorgia Meloni", "The decision sends a clear message that the G7 will not abandon Ukraine", "2024-06-13",
          "context", "a clear message"),
        S("Joe Biden", "The agreement commits the US to weapons, training and intelligence, not troops",
          "2024-06-13", "context", "commits the United States"),
        S("Volodymyr Zelensky", "Japan's support is vital for ordinary Ukrainians", "2024-06-13", "context",
          "vital for the lives"),
        S("Maria Zakharova", "Use of frozen assets is theft; Moscow will respond", "2024-06-13", "text",
          "\"theft\""),
        S("Dmitry Peskov", "Security agreements with Kyiv have no legal value", "2024-06-13", "context",
          "no legal value"),
        S("China", "Will not attend the Swiss peace conference", "2024-06-14", "published", "China has said"),
    ],
    actors=["Ukraine", "Russia", "Giorgia Meloni", "Joe Biden", "Volodymyr Zelensky", "United States",
            "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vatican", "China"],
))
