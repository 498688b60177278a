"""English articles of the blind62 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b62en01 (The Times of India)
EN01 = """
Modi meets Zelenskyy at Evian, says India ready to 'support every sincere effort' for peace

EVIAN-LES-BAINS: Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelenskyy on the sidelines of the G7 outreach session at this French lakeside resort on Tuesday, telling him that India was ready to "support every sincere effort" to end the war with Russia.
The two leaders spoke for about 35 minutes, their first face-to-face meeting since Modi's visit to Kyiv in August 2024.
Foreign secretary Vikram Misri told reporters that Modi had reiterated that "dialogue and diplomacy" were the only way forward, and that the two sides had also discussed trade, agriculture and the repair of Ukraine's power grid.

Zelenskyy, in a post on X, thanked Modi for India's humanitarian aid and said he had asked New Delhi to use its "special relationship" with Moscow to press for a ceasefire.
"India can play an important role. We count on a clear signal to Russia," he wrote.
He said he had invited Modi to visit Ukraine again later this year.

Modi also held talks with French President Emmanuel Macron, the summit's host, on defence cooperation and the Rafale Marine deal, and had a brief pull-aside with US President Donald Trump before the outreach session began.
Officials said the two discussed the proposed bilateral trade agreement.
Washington had raised tariffs on Indian goods to 50% last August over New Delhi's purchases of Russian oil, before cutting them under an interim deal in February.

Trump, who met Zelenskyy and Macron on Tuesday afternoon, said he would speak to Russian President Vladimir Putin "very soon" and pass on the G7's message.
In a joint statement issued on Tuesday evening, the leaders of the G7, among them Trump, Macron, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer, pledged $12 billion to rebuild Ukraine's energy system before winter and urged Russia to accept a ceasefire along the current front line.

In Moscow, Kremlin spokesman Dmitry Peskov said on Wednesday that Russia "values India's balanced position" and had no objection to Modi's contacts with Kyiv.
"India is our special and privileged strategic partner," Peskov said, adding that Putin planned to attend the BRICS summit that India will host in the coming months.
Putin last visited New Delhi in December 2025, when the two sides agreed to expand trade to $100 billion by 2030.

India has avoided condemning Russia's invasion and has abstained on most resolutions on Ukraine at the United Nations.
Modi told Putin in Samarkand in September 2022 that "this is not an era of war", a line he repeated in Kyiv two years later.
"""

# ---------------------------------------------------------------- b62en02 (Hromadske, English service)
EN02 = """
EU and Ukraine sign drone alliance in Lviv as sirens interrupt summit

LVIV — European Union and Ukrainian leaders signed an agreement on the joint production of drones at a summit in Lviv on Thursday, hours after Russia launched one of its heaviest combined attacks on western Ukraine.
European Council President António Costa, European Commission President Ursula von der Leyen and President Volodymyr Zelensky put their signatures to the "EU-Ukraine Drone Alliance" at the Potocki Palace, committing up to €6 billion from the EU's SAFE defence loans to production in Ukraine and in member states over the next two years.
The ceremony was delayed by about 40 minutes when air-raid sirens sounded across the city shortly before noon and the delegations were taken to a shelter.

"Ukraine has become Europe's most experienced defender. It is time that Europe builds with Ukraine, not only for Ukraine," von der Leyen told reporters.
Zelensky said the first jointly produced interceptor drones should reach the front before the autumn, and he urged EU governments to release the immobilised Russian central bank assets for weapons purchases.
Costa said the leaders had also agreed to start work on a "security compact" that would tie EU support for Ukraine to a ten-year framework, with a first draft due for the European Council in October.

In their joint statement, the two sides condemned "Russia's continued strikes against civilians and critical infrastructure" and reaffirmed that Ukraine's future lies in the European Union.
EU foreign policy chief Kaja Kallas said Brussels was finalising a 21st sanctions package aimed at Russia's shadow fleet and at banks in third countries, which she expected ministers to approve in June.
Kallas also met Foreign Minister Andrii Sybiha, who asked the EU to put Rosatom on its sanctions list.

Ukraine's Air Force said Russia had fired 312 drones and 21 missiles overnight, striking energy facilities in the Lviv, Ivano-Frankivsk and Kyiv regions.
Lviv Mayor Andriy Sadovyi said three people had been injured in the city.

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that Russia increasingly regarded the EU as "a military bloc" and that the drone alliance "confirms Brussels' course towards confrontation."
He accused European governments of trying to derail US efforts to bring about a settlement.

The EU opened accession negotiations with Ukraine in June 2024, but progress stalled for more than a year because of Hungary's veto.
Thursday's meeting was the first EU-Ukraine summit since February 2023, when EU leaders travelled to Kyiv.
"""

# ---------------------------------------------------------------- b62en03 (The i Paper)
EN03 = """
Starmer and Erdogan agree Black Sea mine-clearing push as Nato leaders gather in Ankara

Sir Keir Starmer has agreed with Turkey's president Recep Tayyip Erdogan to expand a mine-clearing mission in the Black Sea, as Nato leaders arrived in Ankara for a summit overshadowed by doubts over Donald Trump's commitment to Ukraine.
The prime minister held talks with Erdogan at the presidential complex on Tuesday morning, before the two were joined by Volodymyr Zelensky for a half-hour trilateral meeting.
Under the plan, Britain will send two Royal Navy minehunters to join the mission run by Turkey, Romania and Bulgaria from September, to help keep Ukraine's grain corridor open.

Downing Street said Starmer would also announce £350m for air-defence missiles for Ukraine, paid for with the proceeds of immobilised Russian assets.
"Putin is betting that our resolve will crack. He is wrong, and this summit will show him that," Starmer told reporters on the flight to Ankara on Monday night.
Zelensky thanked Britain and Turkey and said the Black Sea had become "a place where Russia is losing".

Trump arrived on Tuesday afternoon and was due to meet Zelensky before the leaders' dinner hosted by Erdogan.
The White House said the president would attend only the first day of the two-day gathering.
Speaking on arrival, Nato's secretary general, Mark Rutte, said he expected allies to agree on Wednesday to supply Ukraine with at least six more Patriot batteries and to commit €40bn in military aid for next year.
"We are not going to leave Ukraine alone, not now and not after a ceasefire," he said.

Erdogan, who has repeatedly offered to host talks between Moscow and Kyiv, said on Monday that Istanbul was ready for a new round "at any moment".
Turkey's foreign minister, Hakan Fidan, had spoken to Russian foreign minister Sergei Lavrov by phone on Sunday to discuss the summit, the Turkish foreign ministry said.

In Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday that the summit showed Nato remained "an instrument of confrontation".
He warned that any Western troops sent to Ukraine would be "legitimate targets" for the Russian army.

The gathering is the first Nato summit in Turkey since Istanbul hosted the alliance in 2004.
At last year's summit in The Hague, allies agreed to raise defence spending to 5 per cent of GDP by 2035, a target Britain says it will meet.
"""

# ---------------------------------------------------------------- b62en04 (Sputnik)
EN04 = """
Moscow Slams NATO's Ankara Declaration as 'Confrontational', Vows Response

MOSCOW (Sputnik) - The declaration adopted by NATO leaders in Ankara confirms the alliance's course toward confrontation with Russia and will not remain without a response, Russian Deputy Foreign Minister Alexander Grushko told Sputnik on Thursday.
"NATO has once again declared Russia its main enemy and is preparing to deploy even more forces near our borders. We will take all necessary measures to guarantee our security," Grushko said.

The declaration, adopted on Wednesday, calls Russia "the most significant and direct threat" to the bloc and pledges at least 40 billion euros ($47 billion) in military aid to Kiev next year, as well as six more Patriot air defense units by the end of 2026.
On the same day, the NATO-Ukraine Council met at the level of heads of state in the Turkish capital with Vladimir Zelensky in attendance.

Kremlin spokesman Dmitry Peskov said on Thursday that the Ankara decisions "prolong the conflict and the suffering of Ukrainians" and show that Western countries are "not interested in peace."
Peskov added that President Vladimir Putin remained open to contacts with US President Donald Trump and that a phone conversation could be arranged "quickly if necessary," although no date had been set yet.

Putin and Turkish President Recep Tayyip Erdogan spoke by phone on Wednesday evening, shortly after the summit ended, the Kremlin said.
Erdogan informed Putin about the results of the meeting, and the two leaders discussed the situation around Ukraine, the Akkuyu nuclear power plant and navigation in the Black Sea.
Putin thanked Erdogan for Turkey's mediation, including in the exchange of prisoners, according to the Kremlin.

Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing on Thursday that the meeting between Trump and Zelensky on Tuesday "changes nothing."
She accused the Kiev regime of sabotaging negotiations and said Kiev was using every international forum "to beg for weapons."
Zakharova also said the plans to strengthen NATO's eastern flank would be "taken into account in Russia's military planning."

Russian Foreign Minister Sergey Lavrov said on Wednesday, at a press conference in Moscow with his Laotian counterpart, that European NATO members were "openly preparing for war with Russia."
He urged Washington not to follow the lead of "European hawks" who, in his words, wanted to prevent a settlement.

Moscow has repeatedly warned that arms deliveries to Ukraine hinder a settlement and make NATO countries a direct party to the conflict.
Russia launched the special military operation in February 2022.
Russian and Ukrainian delegations have met several times in Geneva since February 2026, agreeing on prisoner exchanges but not on a ceasefire.
"""

# ---------------------------------------------------------------- b62en05 (Buenos Aires Herald)
EN05 = """
Milei meets Zelensky in New York, offers Buenos Aires for conference on deported children

NEW YORK - President Javier Milei met his Ukrainian counterpart Volodymyr Zelensky on the sidelines of the United Nations General Assembly on Wednesday and offered to host an international conference on the return of Ukrainian children taken to Russia.
The two leaders spoke for about 40 minutes at the Argentine mission to the UN, hours after Zelensky addressed the Assembly, presidential spokesman Manuel Adorni said.
"Argentina will always be on the side of freedom," Milei told reporters afterwards, adding that he had invited Zelensky to visit Buenos Aires next year.

Zelensky, who attended Milei's inauguration in December 2023, thanked him for Argentina's "principled position" and said Kyiv accepted the offer.
"Every child that Russia has stolen must come home," he wrote on X.

In his speech to the General Assembly on Wednesday morning, Zelensky accused Moscow of "stealing children and calling it evacuation" and asked member states for more air defence systems.
"Russia does not want peace. It wants more time," he said.
He also urged the UN to set up a mechanism to trace the children, with the help of the International Committee of the Red Cross.

On Tuesday, US President Donald Trump had given Russian President Vladimir Putin until the end of the year to agree to a meeting with Zelensky, threatening higher tariffs on countries that buy Russian oil.
Milei, one of Trump's closest allies in the region, had a brief exchange with him at a reception that evening.

Kremlin spokesman Dmitry Peskov dismissed Zelensky's speech on Thursday as "a set of well-worn accusations."
The Russian embassy in Buenos Aires said the Argentine initiative served "Kyiv's propaganda" and ignored the work of Russian authorities to reunite families.
Russian Foreign Minister Sergei Lavrov, who arrived in New York on Wednesday night, is due to meet US Secretary of State Marco Rubio on Thursday and to address the Assembly on Saturday.

Argentina has voted with Ukraine on most General Assembly resolutions since 2022, and Milei attended the peace summit in Switzerland in June 2024.
Peronist lawmakers criticised the offer, saying the president was dragging Argentina into a conflict that was not its own.
"""

# ---------------------------------------------------------------- b62en06 (Mail & Guardian)
EN06 = """
Ramaphosa pitches African role in Ukraine prisoner talks after meeting Zelensky and Lavrov

President Cyril Ramaphosa has offered South Africa's help in brokering a large exchange of prisoners between Russia and Ukraine, after separate meetings with Ukrainian President Volodymyr Zelensky and Russian Foreign Minister Sergei Lavrov on the sidelines of the UN General Assembly in New York.
Ramaphosa met Lavrov at the South African mission on Friday morning, having received Zelensky at his hotel on Wednesday evening, the presidency said.

Presidential spokesperson Vincent Magwenya said Ramaphosa had proposed that African mediators help prepare an "all-for-all" exchange and the return of children, building on the peace mission the president led to Kyiv and St Petersburg in June 2023.
According to Magwenya, Lavrov said Moscow valued Africa's "balanced approach" and would study the proposal.
Zelensky, for his part, asked South Africa to help trace Ukrainian children held in Russia, and invited Ramaphosa to Kyiv.

At a high-level debate on Ukraine in the Security Council on Thursday, Lavrov accused Western governments of "pumping Kyiv full of weapons" and blamed them for the failure of the talks in Geneva.
Ukraine's Foreign Minister Andrii Sybiha told the council that Russia had to "stop the killing first" and demanded that Moscow return all deported children.
US Secretary of State Marco Rubio called for "a ceasefire now and negotiations immediately" and met Lavrov for about 90 minutes later on Thursday.
UN Secretary-General António Guterres told the council that any settlement had to respect Ukraine's territorial integrity.

Kremlin spokesman Dmitry Peskov said on Friday that Moscow appreciated African efforts but that "the key questions will be settled in direct contacts with Kyiv and with Washington."

South Africa has abstained on General Assembly resolutions condemning Russia's invasion and insists on its non-aligned stance.
Relations with Washington have been strained since President Donald Trump stayed away from the G20 summit in Johannesburg in November 2025.
Ramaphosa is due to return home on Sunday.
"""

G7_LEADERS = ["Donald Trump", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b62en01_modi_zelenskyy_evian_g7_2026_06", "2026-06-17", EN01,
        [
            T("Tuesday", "DATE", "2026-06-16", 0),
            T("about 35 minutes", "DURATION", "PT35M", mod="APPROX"),
            T("August 2024", "DATE", "2024-08"),
            T("this year", "DATE", "2026"),
            T("last August", "DATE", "2025-08"),
            T("February", "DATE", "2026-02"),
            T("Tuesday afternoon", "TIME", "2026-06-16TAF"),
            T("very soon", "DATE", "FUTURE_REF"),
            T("Tuesday evening", "TIME", "2026-06-16TEV"),
            T("winter", "DATE", "2026-WI"),
            T("Wednesday", "DATE", "2026-06-17"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("December 2025", "DATE", "2025-12"),
            T("2030", "DATE", "2030"),
            T("September 2022", "DATE", "2022-09"),
        ],
        [
            E("Modi meets Zelenskyy on the sidelines of the G7 outreach session", "CONSULT", ["Volodymyr Zelensky"],
              "2026-06-16", "text", "occurred", "Prime Minister Narendra Modi met Ukrainian President"),
            E("Modi's visit to Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2024-08", "text", "occurred",
              "since Modi's visit to Kyiv in August 2024"),
            E("Zelenskyy thanks Modi for India's humanitarian aid", "SUPPORT", ["Volodymyr Zelensky"], "2026-06-16",
              "context", "occurred", "thanked Modi for India's humanitarian aid"),
            E("Zelenskyy asks New Delhi to press Moscow for a ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-06-16", "context", "occurred", "thanked Modi for India's humanitarian aid"),
            E("Zelenskyy invites Modi to visit Ukraine again", "REQUEST", ["Volodymyr Zelensky"], "2026-06-16",
              "context", "occurred", "He said he had invited Modi"),
            E("Modi holds talks with Macron", "CONSULT", ["Emmanuel Macron"], "2026-06-16", "context", "occurred",
              "Modi also held talks with French President Emmanuel Macron"),
            E("Modi's pull-aside with Trump", "CONSULT", ["Donald Trump"], "2026-06-16", "context", "occurred",
              "Modi also held talks with French President Emmanuel Macron"),
            E("US raises tariffs on Indian goods to 50% over purchases of Russian oil", "SANCTION", ["United States"],
              "2025-08", "text", "occurred", "Washington had raised tariffs"),
            E("US cuts the tariffs under an interim deal", "CONCEDE", ["United States"], "2026-02", "text",
              "occurred", "Washington had raised tariffs"),
            E("Trump meets Zelenskyy and Macron", "CONSULT", ["Donald Trump", "Volodymyr Zelensky", "Emmanuel Macron"],
              "2026-06-16TAF", "text", "occurred", "Trump, who met Zelenskyy and Macron"),
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "Trump, who met Zelenskyy and Macron"),
            E("G7 leaders pledge $12 billion to rebuild Ukraine's energy system", "AID", G7_LEADERS + ["Ukraine"],
              "2026-06-16TEV", "text", "occurred", "In a joint statement issued on Tuesday evening"),
            E("G7 leaders urge Russia to accept a ceasefire along the current front line", "REQUEST",
              G7_LEADERS + ["Russia"], "2026-06-16TEV", "text", "occurred",
              "In a joint statement issued on Tuesday evening"),
            E("Peskov: no objection to Modi's contacts with Kyiv", "SUPPORT", ["Dmitry Peskov"], "2026-06-17", "text",
              "occurred", "had no objection to Modi's contacts with Kyiv"),
            E("Putin to attend the BRICS summit in India", "CONSULT", ["Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "India is our special and privileged strategic partner"),
            E("Putin's visit to New Delhi", "CONSULT", ["Vladimir Putin"], "2025-12", "text", "occurred",
              "Putin last visited New Delhi"),
            E("Russia and India agree to expand trade to $100 billion by 2030", "AGREE", ["Russia"], "2025-12",
              "context", "occurred", "Putin last visited New Delhi"),
            E("Modi meets Putin in Samarkand", "CONSULT", ["Vladimir Putin"], "2022-09", "text", "occurred",
              "Modi told Putin in Samarkand"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Modi for humanitarian aid; asked New Delhi to press Moscow for a ceasefire",
              "2026-06-16", "context", "thanked Modi for India's humanitarian aid"),
            S("Volodymyr Zelensky", "India can play an important role; we count on a clear signal to Russia",
              "2026-06-16", "context", "India can play an important role"),
            S("Volodymyr Zelensky", "Has invited Modi to visit Ukraine again this year", "2026-06-16", "context",
              "He said he had invited Modi"),
            S("Donald Trump", "Will speak to Putin very soon and pass on the G7's message", "2026-06-16", "context",
              "Trump, who met Zelenskyy and Macron"),
            S("Joint statement: Donald Trump, Emmanuel Macron, Friedrich Merz, Keir Starmer",
              "$12 billion for Ukraine's energy system before winter; Russia should accept a ceasefire along the "
              "current front line", "2026-06-16", "text", "In a joint statement issued on Tuesday evening"),
            S("Dmitry Peskov", "Russia values India's balanced position and has no objection to Modi's contacts with Kyiv",
              "2026-06-17", "text", "had no objection to Modi's contacts with Kyiv"),
            S("Dmitry Peskov", "India is a special and privileged strategic partner; Putin plans to attend the BRICS "
              "summit in India", "2026-06-17", "context", "India is our special and privileged strategic partner"),
        ],
        ["Volodymyr Zelensky", "Russia", "Ukraine", "Emmanuel Macron", "France", "Donald Trump", "United States",
         "Vladimir Putin", "Friedrich Merz", "Germany", "Keir Starmer", "United Kingdom", "Kremlin",
         "Dmitry Peskov", "United Nations"],
    ),
    doc(
        "b62en02_eu_ukraine_summit_lviv_drones_2026_05", "2026-05-28", EN02,
        [
            T("Thursday", "DATE", "2026-05-28", 0),
            T("the next two years", "DURATION", "P2Y"),
            T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
            T("noon", "TIME", "2026-05-28T12:00", note="Kyiv time"),
            T("the autumn", "DATE", "2026-FA"),
            T("ten-year", "DURATION", "P10Y"),
            T("October", "DATE", "2026-10"),
            T("June", "DATE", "2026-06", 0),
            T("overnight", "TIME", "2026-05-27TNI", note="night of 27 to 28 May"),
            T("Thursday", "DATE", "2026-05-28", 1),
            T("June 2024", "DATE", "2024-06"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
            T("Thursday", "DATE", "2026-05-28", 2),
            T("February 2023", "DATE", "2023-02"),
        ],
        [
            E("EU–Ukraine summit in Lviv", "CONSULT", ["European Union", "Ukraine"], "2026-05-28", "text", "occurred",
              "LVIV — European Union and Ukrainian leaders"),
            E("Costa, von der Leyen and Zelensky sign the EU-Ukraine Drone Alliance", "AGREE",
              ["European Union", "Ursula von der Leyen", "Volodymyr Zelensky"], "2026-05-28", "context", "occurred",
              "put their signatures to the"),
            E("EU commits up to 6 billion euros of SAFE loans to drone production", "AID",
              ["European Union", "Ukraine"], "2026-05-28", "context", "planned", "put their signatures to the"),
            E("Zelensky urges EU governments to release the immobilised Russian assets for weapons", "REQUEST",
              ["Volodymyr Zelensky", "European Union", "Russia"], "2026-05-28", "context", "occurred",
              "he urged EU governments to release"),
            E("Leaders agree to start work on a ten-year security compact", "AGREE", ["European Union", "Ukraine"],
              "2026-05-28", "context", "occurred", "security compact"),
            E("EU and Ukraine condemn Russia's strikes on civilians and infrastructure", "ACCUSE",
              ["European Union", "Ukraine", "Russia"], "2026-05-28", "context", "occurred",
              "In their joint statement, the two sides condemned"),
            E("21st sanctions package to be approved in June", "SANCTION", ["Kaja Kallas", "European Union", "Russia"],
              "2026-06", "text", "planned", "21st sanctions package"),
            E("Kallas meets Sybiha", "CONSULT", ["Kaja Kallas", "Andrii Sybiha"], "2026-05-28", "context", "occurred",
              "Kallas also met Foreign Minister Andrii Sybiha"),
            E("Sybiha asks the EU to sanction Rosatom", "REQUEST", ["Andrii Sybiha", "European Union", "Russia"],
              "2026-05-28", "context", "occurred", "Kallas also met Foreign Minister Andrii Sybiha"),
            E("Russian drone and missile attack on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2026-05-27TNI", "text", "occurred", "Russia had fired 312 drones and 21 missiles overnight"),
            E("Peskov calls the EU a military bloc on a course of confrontation", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-05-28", "text", "occurred", "a military bloc"),
            E("Peskov accuses European governments of trying to derail US peace efforts", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-05-28", "context", "occurred",
              "He accused European governments"),
            E("EU opens accession negotiations with Ukraine", "CONSULT", ["European Union", "Ukraine"], "2024-06",
              "text", "occurred", "The EU opened accession negotiations"),
            E("Previous EU–Ukraine summit in Kyiv", "CONSULT", ["European Union", "Ukraine"], "2023-02", "text",
              "occurred", "Thursday's meeting was the first EU-Ukraine summit"),
        ],
        [
            S("Ursula von der Leyen", "Ukraine is Europe's most experienced defender; Europe must build with Ukraine",
              "2026-05-28", "context", "most experienced defender"),
            S("Volodymyr Zelensky", "First joint interceptor drones at the front before autumn; release the frozen "
              "Russian assets for weapons", "2026-05-28", "context", "he urged EU governments to release"),
            S("European Union", "Costa: leaders agreed to work on a ten-year security compact, first draft by October",
              "2026-05-28", "context", "security compact"),
            S("Joint statement: European Union, Ukraine",
              "Condemn Russia's strikes on civilians and infrastructure; Ukraine's future lies in the EU",
              "2026-05-28", "context", "In their joint statement, the two sides condemned"),
            S("Kaja Kallas", "A 21st sanctions package on the shadow fleet and third-country banks, expected in June",
              "2026-05-28", "context", "21st sanctions package"),
            S("Andrii Sybiha", "Asks the EU to list Rosatom", "2026-05-28", "context",
              "Kallas also met Foreign Minister Andrii Sybiha"),
            S("Ukraine", "Air Force: 312 drones and 21 missiles fired overnight", "2026-05-28", "published",
              "Russia had fired 312 drones and 21 missiles overnight"),
            S("Ukraine", "Lviv's mayor: three people injured in the city", "2026-05-28", "published",
              "Lviv Mayor Andriy Sadovyi"),
            S("Dmitry Peskov", "The EU is increasingly a military bloc; the drone alliance confirms its course of "
              "confrontation", "2026-05-28", "text", "a military bloc"),
            S("Dmitry Peskov", "European governments are trying to derail US efforts towards a settlement",
              "2026-05-28", "context", "He accused European governments"),
        ],
        ["European Union", "Ukraine", "Russia", "Ursula von der Leyen", "Volodymyr Zelensky", "Kaja Kallas",
         "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "United States"],
    ),
    doc(
        "b62en03_starmer_erdogan_nato_ankara_2026_07", "2026-07-07", EN03,
        [
            T("Tuesday morning", "TIME", "2026-07-07TMO"),
            T("half-hour", "DURATION", "PT30M"),
            T("September", "DATE", "2026-09"),
            T("Monday night", "TIME", "2026-07-06TNI"),
            T("Tuesday afternoon", "TIME", "2026-07-07TAF"),
            T("two-day", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2026-07-08"),
            T("next year", "DATE", "2027"),
            T("now", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2026-07-06", 1),
            T("Sunday", "DATE", "2026-07-05"),
            T("Tuesday", "DATE", "2026-07-07", 2),
            T("2004", "DATE", "2004"),
            T("last year", "DATE", "2025"),
            T("2035", "DATE", "2035"),
        ],
        [
            E("Starmer and Erdoğan agree to expand the Black Sea mine-clearing mission", "AGREE",
              ["Keir Starmer", "Recep Tayyip Erdoğan"], "2026-07-07", "context", "occurred",
              "Sir Keir Starmer has agreed with Turkey's president"),
            E("NATO summit in Ankara opens", "CONSULT", ["NATO"], "2026-07-07", "published", "occurred",
              "Sir Keir Starmer has agreed with Turkey's president", note="summit 7–8 July 2026"),
            E("Starmer–Erdoğan talks", "CONSULT", ["Keir Starmer", "Recep Tayyip Erdoğan"], "2026-07-07TMO", "text",
              "occurred", "The prime minister held talks with Erdogan"),
            E("Trilateral meeting of Starmer, Erdoğan and Zelensky", "CONSULT",
              ["Keir Starmer", "Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-07-07", "context", "occurred",
              "The prime minister held talks with Erdogan"),
            E("Britain to send two minehunters to the Black Sea mission", "COOPERATE", ["United Kingdom", "Turkey"],
              "2026-09", "text", "planned", "Royal Navy minehunters", date_mod="START"),
            E("UK to fund air-defence missiles for Ukraine from immobilised Russian assets", "AID",
              ["Keir Starmer", "Ukraine", "Russia"], "2026-07-07", "published", "planned",
              "Downing Street said Starmer would also announce"),
            E("Zelensky thanks Britain and Turkey", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom", "Turkey"],
              "2026-07-07", "context", "occurred", "Zelensky thanked Britain and Turkey"),
            E("Trump to meet Zelensky before the leaders' dinner", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2026-07-07", "context", "planned", "was due to meet Zelensky"),
            E("Erdoğan hosts the NATO leaders' dinner", "CONSULT", ["Recep Tayyip Erdoğan", "NATO"], "2026-07-07",
              "context", "planned", "was due to meet Zelensky"),
            E("Allies expected to agree Patriots and 40 billion euros of military aid for Ukraine", "AID",
              ["NATO", "Ukraine"], "2026-07-08", "text", "planned", "Speaking on arrival"),
            E("Rutte: NATO will not leave Ukraine alone", "AGREE", ["Mark Rutte", "Ukraine"], "2026-07-07",
              "published", "occurred", "We are not going to leave Ukraine alone"),
            E("Erdoğan offers Istanbul for a new round of Russia–Ukraine talks", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-07-06", "text", "occurred",
              "said on Monday that Istanbul was ready"),
            E("Fidan–Lavrov phone call", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"], "2026-07-05", "text", "occurred",
              "Hakan Fidan, had spoken to Russian foreign minister"),
            E("Peskov calls NATO an instrument of confrontation", "ACCUSE", ["Dmitry Peskov", "NATO"], "2026-07-07",
              "text", "occurred", "an instrument of confrontation"),
            E("Peskov: Western troops in Ukraine would be legitimate targets", "THREATEN", ["Dmitry Peskov", "NATO"],
              "2026-07-07", "context", "occurred", "legitimate targets"),
            E("NATO summit in Istanbul", "CONSULT", ["NATO", "Turkey"], "2004", "text", "occurred",
              "since Istanbul hosted the alliance in 2004"),
            E("Allies agree at The Hague to raise defence spending to 5 per cent of GDP by 2035", "AGREE", ["NATO"],
              "2025", "text", "occurred", "At last year's summit in The Hague"),
        ],
        [
            S("United Kingdom", "Downing Street: Starmer will announce £350m for air-defence missiles for Ukraine",
              "2026-07-07", "published", "Downing Street said Starmer would also announce"),
            S("Keir Starmer", "Putin is betting that our resolve will crack; he is wrong", "2026-07-06", "text",
              "Putin is betting that our resolve will crack"),
            S("Volodymyr Zelensky", "Thanks Britain and Turkey; the Black Sea is a place where Russia is losing",
              "2026-07-07", "context", "Zelensky thanked Britain and Turkey"),
            S("White House", "Trump will attend only the first day of the summit", "2026-07-07", "published",
              "The White House said the president would attend only"),
            S("Mark Rutte", "Expects allies to agree on six more Patriot batteries and 40 billion euros of aid",
              "2026-07-07", "published", "Speaking on arrival"),
            S("Mark Rutte", "We will not leave Ukraine alone, now or after a ceasefire", "2026-07-07", "published",
              "We are not going to leave Ukraine alone"),
            S("Recep Tayyip Erdoğan", "Istanbul is ready for a new round of talks at any moment", "2026-07-06",
              "text", "said on Monday that Istanbul was ready"),
            S("Turkey", "Foreign ministry: Fidan and Lavrov spoke by phone on Sunday about the summit", "2026-07-07",
              "published", "Hakan Fidan, had spoken to Russian foreign minister"),
            S("Dmitry Peskov", "The summit shows NATO remains an instrument of confrontation", "2026-07-07", "text",
              "an instrument of confrontation"),
            S("Dmitry Peskov", "Western troops sent to Ukraine would be legitimate targets", "2026-07-07", "context",
              "legitimate targets"),
            S("United Kingdom", "Britain says it will meet the 5 per cent target", "2026-07-07", "published",
              "At last year's summit in The Hague"),
        ],
        ["Keir Starmer", "Recep Tayyip Erdoğan", "Turkey", "NATO", "Donald Trump", "Ukraine", "Volodymyr Zelensky",
         "United Kingdom", "Russia", "Vladimir Putin", "White House", "Mark Rutte", "Hakan Fidan", "Sergey Lavrov",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b62en04_sputnik_moscow_ankara_declaration_2026_07", "2026-07-09", EN04,
        [
            T("Thursday", "DATE", "2026-07-09", 0),
            T("Wednesday", "DATE", "2026-07-08", 0),
            T("next year", "DATE", "2027"),
            T("the end of 2026", "DATE", "2026", mod="END"),
            T("the same day", "DATE", "2026-07-08"),
            T("Thursday", "DATE", "2026-07-09", 1),
            T("Wednesday evening", "TIME", "2026-07-08TEV"),
            T("weekly", "SET", "P1W"),
            T("Thursday", "DATE", "2026-07-09", 2),
            T("Tuesday", "DATE", "2026-07-07"),
            T("Wednesday", "DATE", "2026-07-08", 2),
            T("February 2022", "DATE", "2022-02"),
            T("February 2026", "DATE", "2026-02"),
        ],
        [
            E("Grushko: the Ankara declaration confirms NATO's course toward confrontation", "ACCUSE",
              ["Russia", "NATO"], "2026-07-09", "text", "occurred", "Alexander Grushko told Sputnik"),
            E("Grushko: the declaration will not remain without a response", "THREATEN", ["Russia", "NATO"],
              "2026-07-09", "text", "occurred", "Alexander Grushko told Sputnik"),
            E("NATO declaration calls Russia the most significant and direct threat", "ACCUSE", ["NATO", "Russia"],
              "2026-07-08", "text", "occurred", "The declaration, adopted on Wednesday"),
            E("NATO pledges at least 40 billion euros of military aid to Ukraine next year", "AID",
              ["NATO", "Ukraine"], "2027", "text", "planned", "The declaration, adopted on Wednesday"),
            E("Six more Patriot units for Ukraine by the end of 2026", "AID", ["NATO", "Ukraine"], "2026", "text",
              "planned", "The declaration, adopted on Wednesday", date_mod="END"),
            E("NATO-Ukraine Council meets with Zelensky", "CONSULT", ["NATO", "Ukraine", "Volodymyr Zelensky"],
              "2026-07-08", "text", "occurred", "On the same day, the NATO-Ukraine Council"),
            E("Peskov: the Ankara decisions prolong the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"], "2026-07-09",
              "text", "occurred", "prolong the conflict and the suffering of Ukrainians"),
            E("Putin open to contacts and a phone call with Trump", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2026-07-09", "context", "occurred", "remained open to contacts with US President Donald Trump"),
            E("Putin–Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2026-07-08TEV",
              "text", "occurred", "spoke by phone on Wednesday evening"),
            E("Putin thanks Erdoğan for Turkey's mediation", "SUPPORT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2026-07-08", "context", "occurred", "Putin thanked Erdogan"),
            E("Trump–Zelensky meeting in Ankara", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-07-07",
              "text", "occurred", "the meeting between Trump and Zelensky on Tuesday"),
            E("Zakharova accuses Kyiv of sabotaging negotiations and begging for weapons", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-07-09", "context", "occurred", "She accused the Kiev regime"),
            E("Zakharova: eastern-flank plans will be taken into account in Russia's military planning", "THREATEN",
              ["Maria Zakharova", "NATO"], "2026-07-09", "context", "occurred", "taken into account in Russia"),
            E("Lavrov meets his Laotian counterpart in Moscow", "CONSULT", ["Sergey Lavrov"], "2026-07-08", "context",
              "occurred", "at a press conference in Moscow with his Laotian counterpart"),
            E("Lavrov: European NATO members are openly preparing for war with Russia", "ACCUSE",
              ["Sergey Lavrov", "NATO"], "2026-07-08", "text", "occurred", "openly preparing for war with Russia"),
            E("Lavrov urges Washington not to follow the European hawks", "REQUEST", ["Sergey Lavrov", "United States"],
              "2026-07-08", "context", "occurred", "He urged Washington not to follow"),
            E("Lavrov accuses European hawks of wanting to prevent a settlement", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2026-07-08", "context", "occurred",
              "He urged Washington not to follow"),
            E("Russia launches its invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Russia launched the special military operation"),
            E("Russian and Ukrainian delegations meet in Geneva", "CONSULT", ["Russia", "Ukraine"], "2026-02", "text",
              "occurred", "have met several times in Geneva", date_mod="START"),
            E("Agreements on prisoner exchanges in Geneva", "AGREE", ["Russia", "Ukraine"], "2026-02", "text",
              "occurred", "have met several times in Geneva", date_mod="START"),
            E("No agreement on a ceasefire in Geneva", "REJECT", ["Russia", "Ukraine"], "2026-02", "text", "occurred",
              "have met several times in Geneva", date_mod="START"),
        ],
        [
            S("Russia", "Grushko: the Ankara declaration confirms NATO's confrontational course and will not remain "
              "without a response", "2026-07-09", "text", "Alexander Grushko told Sputnik"),
            S("Russia", "Grushko: NATO declared Russia its main enemy; Russia will take all necessary measures",
              "2026-07-09", "context", "We will take all necessary measures"),
            S("NATO", "Russia is the most significant and direct threat; 40 billion euros for Ukraine next year and six "
              "more Patriot units", "2026-07-08", "text", "The declaration, adopted on Wednesday"),
            S("Dmitry Peskov", "The Ankara decisions prolong the conflict; the West is not interested in peace",
              "2026-07-09", "text", "prolong the conflict and the suffering of Ukrainians"),
            S("Vladimir Putin, via Dmitry Peskov", "Open to contacts with Trump; a call could be arranged quickly, no "
              "date set", "2026-07-09", "context", "remained open to contacts with US President Donald Trump"),
            S("Kremlin", "Putin and Erdoğan discussed Ukraine, Akkuyu and the Black Sea by phone", "2026-07-09",
              "published", "spoke by phone on Wednesday evening"),
            S("Vladimir Putin, via Kremlin", "Thanks Erdoğan for Turkey's mediation, including on prisoner exchanges",
              "2026-07-08", "context", "Putin thanked Erdogan"),
            S("Maria Zakharova", "The Trump–Zelensky meeting changes nothing", "2026-07-09", "text",
              "the meeting between Trump and Zelensky on Tuesday"),
            S("Maria Zakharova", "Kyiv sabotages negotiations and uses every forum to beg for weapons", "2026-07-09",
              "context", "She accused the Kiev regime"),
            S("Maria Zakharova", "The eastern-flank plans will be taken into account in Russia's military planning",
              "2026-07-09", "context", "taken into account in Russia"),
            S("Sergey Lavrov", "European NATO members are openly preparing for war with Russia", "2026-07-08", "text",
              "openly preparing for war with Russia"),
            S("Sergey Lavrov", "Washington should not follow the European hawks who want to prevent a settlement",
              "2026-07-08", "context", "He urged Washington not to follow"),
            S("Russia", "Arms deliveries hinder a settlement and make NATO countries a party to the conflict",
              "2026-07-09", "published", "Moscow has repeatedly warned"),
        ],
        ["NATO", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "United States", "Donald Trump", "Recep Tayyip Erdoğan", "Turkey", "Maria Zakharova", "Sergey Lavrov",
         "European Union"],
    ),
    doc(
        "b62en05_milei_zelensky_unga_children_2026_09", "2026-09-24", EN05,
        [
            T("Wednesday", "DATE", "2026-09-23", 0),
            T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
            T("next year", "DATE", "2027"),
            T("December 2023", "DATE", "2023-12"),
            T("Wednesday morning", "TIME", "2026-09-23TMO"),
            T("Tuesday", "DATE", "2026-09-22"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("that evening", "TIME", "2026-09-22TEV"),
            T("Thursday", "DATE", "2026-09-24", 0),
            T("Wednesday night", "TIME", "2026-09-23TNI"),
            T("Thursday", "DATE", "2026-09-24", 1),
            T("Saturday", "DATE", "2026-09-26"),
            T("2022", "DATE", "2022"),
            T("June 2024", "DATE", "2024-06"),
        ],
        [
            E("Milei meets Zelensky on the sidelines of the UN General Assembly", "CONSULT", ["Volodymyr Zelensky"],
              "2026-09-23", "text", "occurred", "President Javier Milei met his Ukrainian counterpart"),
            E("Milei offers to host a conference on the return of deported children", "REQUEST",
              ["Volodymyr Zelensky"], "2026-09-23", "text", "occurred",
              "President Javier Milei met his Ukrainian counterpart"),
            E("Milei invites Zelensky to Buenos Aires", "REQUEST", ["Volodymyr Zelensky"], "2026-09-23", "context",
              "occurred", "he had invited Zelensky to visit Buenos Aires"),
            E("Zelensky at Milei's inauguration", "CONSULT", ["Volodymyr Zelensky"], "2023-12", "text", "occurred",
              "who attended Milei's inauguration"),
            E("Zelensky thanks Milei for Argentina's position", "SUPPORT", ["Volodymyr Zelensky"], "2026-09-23",
              "context", "occurred", "who attended Milei's inauguration"),
            E("Zelensky accepts the offer of a conference", "AGREE", ["Volodymyr Zelensky", "Ukraine"], "2026-09-23",
              "context", "occurred", "who attended Milei's inauguration"),
            E("Zelensky demands that every stolen child come home", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-09-23", "context", "occurred", "Every child that Russia has stolen"),
            E("Zelensky accuses Moscow at the General Assembly of stealing children", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-09-23TMO", "text", "occurred",
              "In his speech to the General Assembly on Wednesday morning"),
            E("Zelensky asks member states for more air defence", "REQUEST", ["Volodymyr Zelensky", "United Nations"],
              "2026-09-23TMO", "text", "occurred", "In his speech to the General Assembly on Wednesday morning"),
            E("Zelensky urges the UN to set up a mechanism to trace the children", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2026-09-23", "context", "occurred",
              "He also urged the UN to set up a mechanism"),
            E("Trump gives Putin until the end of the year to agree to meet Zelensky, threatening tariffs",
              "THREATEN", ["Donald Trump", "Vladimir Putin"], "2026-09-22", "text", "occurred",
              "had given Russian President Vladimir Putin until the end of the year", note="deadline: end of 2026"),
            E("Milei's brief exchange with Trump at a reception", "CONSULT", ["Donald Trump"], "2026-09-22TEV", "text",
              "occurred", "had a brief exchange with him at a reception that evening"),
            E("Peskov dismisses Zelensky's speech", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"], "2026-09-24",
              "text", "occurred", "dismissed Zelensky's speech on Thursday"),
            E("Russian embassy accuses the Argentine initiative of serving Kyiv's propaganda", "ACCUSE",
              ["Russia", "Ukraine"], "2026-09-24", "published", "occurred", "The Russian embassy in Buenos Aires said"),
            E("Lavrov to meet Rubio", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2026-09-24", "text", "planned",
              "is due to meet US Secretary of State Marco Rubio"),
            E("Peace summit in Switzerland", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Milei attended the peace summit in Switzerland"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Milei for Argentina's principled position; Kyiv accepts the offer",
              "2026-09-23", "context", "who attended Milei's inauguration"),
            S("Volodymyr Zelensky", "Every child that Russia has stolen must come home", "2026-09-23", "context",
              "Every child that Russia has stolen"),
            S("Volodymyr Zelensky", "Russia steals children and calls it evacuation; asks for more air defence",
              "2026-09-23", "text", "In his speech to the General Assembly on Wednesday morning"),
            S("Volodymyr Zelensky", "Russia does not want peace, it wants more time", "2026-09-23", "context",
              "Russia does not want peace"),
            S("Volodymyr Zelensky", "The UN should set up a mechanism to trace the children", "2026-09-23",
              "context", "He also urged the UN to set up a mechanism"),
            S("Donald Trump", "Putin has until the end of the year to agree to meet Zelensky, or tariffs will rise",
              "2026-09-22", "text", "had given Russian President Vladimir Putin until the end of the year"),
            S("Dmitry Peskov", "Zelensky's speech was 'a set of well-worn accusations'", "2026-09-24", "text",
              "dismissed Zelensky's speech on Thursday"),
            S("Russia", "Embassy: the Argentine initiative serves Kyiv's propaganda and ignores Russia's work to "
              "reunite families", "2026-09-24", "published", "The Russian embassy in Buenos Aires said"),
        ],
        ["Volodymyr Zelensky", "United Nations", "Ukraine", "Russia", "United States", "Donald Trump",
         "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Marco Rubio"],
    ),
    doc(
        "b62en06_ramaphosa_unga_lavrov_zelensky_2026_09", "2026-09-25", EN06,
        [
            T("Friday morning", "TIME", "2026-09-25TMO"),
            T("Wednesday evening", "TIME", "2026-09-23TEV"),
            T("June 2023", "DATE", "2023-06"),
            T("Thursday", "DATE", "2026-09-24", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
            T("Thursday", "DATE", "2026-09-24", 1),
            T("Friday", "DATE", "2026-09-25", 1),
            T("November 2025", "DATE", "2025-11"),
            T("Sunday", "DATE", "2026-09-27"),
        ],
        [
            E("Ramaphosa meets Lavrov", "CONSULT", ["Sergey Lavrov"], "2026-09-25TMO", "text", "occurred",
              "Ramaphosa met Lavrov at the South African mission"),
            E("Ramaphosa receives Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2026-09-23TEV", "text", "occurred",
              "Ramaphosa met Lavrov at the South African mission"),
            E("Ramaphosa proposes African help with an all-for-all exchange and the return of children", "REQUEST",
              ["Russia", "Ukraine"], "2026-09-25", "published", "occurred", "Ramaphosa had proposed"),
            E("African peace mission to Kyiv and St Petersburg", "CONSULT", ["Ukraine", "Russia"], "2023-06", "text",
              "occurred", "Ramaphosa had proposed"),
            E("Zelensky asks South Africa to help trace Ukrainian children held in Russia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-09-23", "context", "occurred",
              "Zelensky, for his part, asked South Africa"),
            E("Zelensky invites Ramaphosa to Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2026-09-23", "context",
              "occurred", "Zelensky, for his part, asked South Africa"),
            E("High-level Security Council debate on Ukraine", "CONSULT",
              ["United Nations", "Sergey Lavrov", "Andrii Sybiha", "Marco Rubio", "António Guterres"], "2026-09-24",
              "text", "occurred", "At a high-level debate on Ukraine"),
            E("Lavrov accuses Western governments of arming Kyiv and of the failure of the Geneva talks", "ACCUSE",
              ["Sergey Lavrov"], "2026-09-24", "text", "occurred", "At a high-level debate on Ukraine"),
            E("Sybiha demands that Russia stop the killing and return all deported children", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-09-24", "context", "occurred", "stop the killing first"),
            E("Rubio calls for a ceasefire now and negotiations immediately", "REQUEST",
              ["Marco Rubio", "Russia", "Ukraine"], "2026-09-24", "context", "occurred",
              "a ceasefire now and negotiations immediately"),
            E("Rubio meets Lavrov", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-09-24", "text", "occurred",
              "a ceasefire now and negotiations immediately"),
            E("Guterres: any settlement must respect Ukraine's territorial integrity", "REQUEST",
              ["António Guterres", "Russia"], "2026-09-24", "context", "occurred", "territorial integrity"),
            E("Trump stays away from the G20 summit in Johannesburg", "CONSULT", ["Donald Trump"], "2025-11", "text",
              "cancelled", "stayed away from the G20 summit"),
        ],
        [
            S("Sergey Lavrov", "Moscow values Africa's balanced approach and will study the proposal", "2026-09-25",
              "context", "Lavrov said Moscow valued"),
            S("Volodymyr Zelensky", "Asks South Africa to help trace Ukrainian children held in Russia", "2026-09-23",
              "context", "Zelensky, for his part, asked South Africa"),
            S("Sergey Lavrov", "Western governments pump Kyiv full of weapons and caused the failure of the Geneva talks",
              "2026-09-24", "text", "At a high-level debate on Ukraine"),
            S("Andrii Sybiha", "Russia must stop the killing first and return all deported children", "2026-09-24",
              "context", "stop the killing first"),
            S("Marco Rubio", "A ceasefire now and negotiations immediately", "2026-09-24", "context",
              "a ceasefire now and negotiations immediately"),
            S("António Guterres", "Any settlement must respect Ukraine's territorial integrity", "2026-09-24",
              "context", "territorial integrity"),
            S("Dmitry Peskov", "Moscow appreciates African efforts, but key questions will be settled with Kyiv and "
              "Washington", "2026-09-25", "text", "Moscow appreciated African efforts"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Sergey Lavrov", "United Nations", "Andrii Sybiha",
         "United States", "Marco Rubio", "António Guterres", "Kremlin", "Dmitry Peskov", "Donald Trump"],
    ),
]
