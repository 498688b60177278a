"""English articles of the blind73 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b73en01 (NewsMaker, Chisinau)
EN01 = """
Moldova summons Russian ambassador after drones crash in Gagauzia and Soroca

Moldova's Foreign Ministry summoned Russian Ambassador Oleg Ozerov on Friday after two drones used in an overnight attack on Ukraine came down on Moldovan territory, one of them exploding in a field near Ceadîr-Lunga.
The second drone was found on Friday morning near the village of Cosăuți in the northern Soroca district, the ministry said.
No one was injured.

President Maia Sandu condemned the incident as a "flagrant violation" of Moldova's airspace by Russia and said the war next door "continues to threaten" the country's security.
At the meeting, Foreign Minister Mihai Popescu told Ozerov that Chisinau expected Moscow to stop attacks near its borders and to respect Moldova's neutrality.
Ozerov left the ministry without speaking to reporters; the Russian embassy later said in a statement that Moldova had provided "no evidence" the drones were Russian.

The same night, a drone struck the protective shelter over the destroyed reactor at the Chornobyl nuclear power plant, Ukrainian President Volodymyr Zelensky said.
The International Atomic Energy Agency confirmed that radiation levels remained normal and stable.
Zelensky, who met US Vice President JD Vance in Munich on Friday, said the strike showed that Russian leader Vladimir Putin was "definitely not preparing for negotiations."
Kremlin spokesman Dmitry Peskov denied any Russian involvement, saying the Russian military "does not do that."

US President Donald Trump spoke with Putin by phone on Wednesday and said afterwards that the two had agreed to have their teams start negotiations "immediately."
Zelensky has insisted that no deal about Ukraine can be made without Ukraine.

It is not the first time Russian weapons have strayed into Moldova.
In February 2023, a Russian cruise missile bound for Ukraine crossed Moldovan airspace, and debris from downed drones has fallen near the Ukrainian border several times since.
The EU delegation in Chisinau expressed solidarity with Moldova on Friday, while EU foreign policy chief Kaja Kallas said Moscow's "reckless" attacks were putting the whole region at risk.
Sandu's government, which faces parliamentary elections in the autumn, has long accused Moscow of trying to destabilise the country.
Ministry officials told NewsMaker that Chisinau would raise the incidents with its EU partners next week.
"""

# ---------------------------------------------------------------- b73en02 (BNS, Baltic News Service)
EN02 = """
Latvia to seek more NATO air defence after Russian drone crashes near Rezekne

RIGA, Sept 9 (BNS) – Latvia will ask its NATO allies for additional air defence capabilities after a Russian military drone crossed into the country from Belarus and crashed near Gaigalava in Rezekne municipality early on Saturday, Defence Minister Andris Spruds said on Monday.
The Shahed-type drone, launched by Russia in an attack on Ukraine, flew about 30 kilometres over Latvian territory before falling into a field, the National Armed Forces said.
Nobody was hurt.

President Edgars Rinkevics said on Sunday that the incident was "not an accident" but part of a pattern of Russian provocations, and called on the alliance to close the gaps in air defence along its eastern flank.
Prime Minister Evika Silina convened the government's national security committee on Sunday evening.

NATO spokesperson Farah Dakhlallah said the alliance was in close contact with Riga and had "no information indicating an intentional attack by Russia against allies."
Secretary General Jens Stoltenberg, who hands over to former Dutch Prime Minister Mark Rutte on Oct. 1, condemned Moscow's "reckless behaviour" in a post on X.

On the same day, Romania's Defence Ministry reported drone fragments near Periprava on the Danube after Russian strikes on Ukrainian port infrastructure across the river; two Romanian F-16s were scrambled.
Belarus's Defence Ministry said its air defence had shot down several drones over its territory and accused Kyiv of deliberately steering them into Belarus.
Polish Foreign Minister Radoslaw Sikorski said that "the Kremlin is testing NATO," adding that allies should consider shooting down Russian missiles over western Ukraine.

Kremlin spokesman Dmitry Peskov told reporters on Monday that he had "nothing to say" about the incident and referred questions to the military.
Ukraine's Foreign Ministry said the crash showed that "Russian terror does not stop at Ukraine's borders" and urged partners to lift restrictions on long-range strikes against Russian airfields.
US Secretary of State Antony Blinken and British Foreign Secretary David Lammy are due in Kyiv later this week, with long-range weapons expected to top the agenda.

The Saeima is to debate on Thursday amendments allowing the armed forces to shoot down drones violating Latvian airspace without a separate order, BNS was told in parliament.
"""

# ---------------------------------------------------------------- b73en03 (Channel 4 News)
EN03 = """
Nine children among 18 killed in Russian missile strike on Zelensky's home city

A Russian ballistic missile has struck a residential area of Kryvyi Rih, killing 18 people, nine of them children, in one of the deadliest attacks on civilians this year.
The missile hit near a children's playground at about 6.50pm on Friday, Ukrainian officials said, as families were out enjoying the sunshine.
More than 60 others were wounded.

President Volodymyr Zelensky, who was born in the city, said Russia was deliberately targeting civilians and that there was "only one reason" for the strike: "Russia does not want a ceasefire."
He declared Sunday a day of mourning in Kryvyi Rih.
Mr Zelensky also rounded on the US embassy in Kyiv, calling its response "very weak" because it did not even name Russia as the attacker.
Ambassador Bridget Brink had written late Friday that she was "horrified" that a ballistic missile had struck near a playground, adding: "This is why the war must end."

Russia's Defence Ministry claimed it had hit a restaurant where Ukrainian commanders were meeting "Western instructors", killing up to 85 servicemen – a claim for which it offered no evidence.
The city's military administration dismissed the account as a lie, saying there had been no military gathering in the area.
Kremlin spokesman Dmitry Peskov insisted on Saturday that Russian forces strike only military targets.

The attack came a day after Kirill Dmitriev, Vladimir Putin's envoy for economic cooperation, wrapped up two days of talks in Washington with the White House envoy Steve Witkoff, the most senior Russian visit to the US since the full-scale invasion.
Mr Dmitriev said afterwards that the two sides had made "progress" and that a meeting between Mr Putin and President Donald Trump could take place in the coming months.
Mr Trump, who last Sunday threatened secondary tariffs on buyers of Russian oil if Moscow drags its feet, has not commented on the strike.

In London, the Foreign Secretary, David Lammy, said Mr Putin's "barbaric" attacks were "not the actions of someone who is serious about peace".
The EU's foreign policy chief, Kaja Kallas, said the strike showed Moscow "continues to prolong the war" and urged allies to step up military aid.
Mr Zelensky renewed his appeal for more Patriot systems, saying Ukraine was ready to pay for them.
The Ukraine Defence Contact Group meets in Brussels next Friday, chaired for the first time by Britain and Germany.
"""

# ---------------------------------------------------------------- b73en04 (TVN24, English service)
EN04 = """
Drone explodes in cornfield in eastern Poland, defence minister points to "Russian provocation"

A drone crashed and exploded in a cornfield in the village of Osiny in Lublin province at around 3am on Wednesday, shattering windows in nearby houses, police said.
No one was injured.
The site lies about 100 kilometres from the border with Ukraine.

Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said on Wednesday that everything pointed to "another provocation by the Russian Federation" and that Poland would send a protest note to Moscow.
The drone was most likely of the same type that Russia launches at Ukraine nearly every night and had come in over Belarus, he told reporters at the site.
The Operational Command of the Armed Forces said its radars had not recorded any violation of Polish airspace overnight, and that military police and prosecutors were examining the debris.

Prime Minister Donald Tusk wrote on X that he had been briefed by the minister and that the incident was "another test of our vigilance".
President Karol Nawrocki convened the heads of the National Security Bureau and is due to discuss the incident with US President Donald Trump, the presidential palace said.

Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had "no information" about the incident and accused Warsaw of "hysteria aimed at dragging out the war".

The crash came as Western diplomacy over the war gathered pace.
On Monday, Trump hosted Ukrainian President Volodymyr Zelensky and European leaders at the White House, where he said he had phoned Russian President Vladimir Putin to start arranging a meeting between the Russian leader and Zelensky.
Zelensky has said he is ready for such a meeting, while the Kremlin has said any summit would have to be "prepared step by step".
Trump met Putin in Anchorage last Friday, but the talks produced no ceasefire.

Warsaw has long pressed its NATO allies to strengthen air defences on the eastern flank.
The Lublin province prosecutor's office said an investigation had been opened and that results of the examination of the debris were expected within days, tvn24.pl was told.
"""

# ---------------------------------------------------------------- b73en05 (Global News, Canada)
EN05 = """
Russian bombs hit crowded Kharkiv hardware store, killing at least 12

KYIV – Russian guided bombs slammed into a busy home improvement store in Kharkiv on Saturday afternoon, killing at least 12 people and wounding 43 others, Ukrainian officials said.
Regional governor Oleh Syniehubov said about 200 people may have been inside the Epicentr hypermarket when it was hit, and rescuers worked through the night to pull survivors from the burning building.
It was the second deadly strike on the city in three days, after a missile attack on a printing house on Thursday killed seven people.

President Volodymyr Zelensky, who visited Kharkiv on Saturday evening, called the attack "another manifestation of Russian madness."
If Ukraine had enough air defence systems and modern combat aircraft, strikes like this would be impossible, he said.
On Sunday, Zelensky urged U.S. President Joe Biden and Chinese President Xi Jinping to attend next month's peace summit in Switzerland.
China has said any peace conference should be recognized by both Russia and Ukraine.

Russia's Defence Ministry said its forces had struck "military infrastructure" in the Kharkiv region and accused Kyiv of hiding weapons in civilian buildings.
Kremlin spokesman Dmitry Peskov said on Friday that the Swiss conference made no sense without Russia's participation.

In Stresa, Italy, G7 finance ministers agreed on Saturday to make progress on using the windfall profits from frozen Russian central bank assets for Ukraine, leaving the details to their leaders' summit next month.
U.S. Treasury Secretary Janet Yellen said Washington wanted a loan of about $50 billion backed by the profits, an idea Germany and France have approached more cautiously.
Deputy Prime Minister and Finance Minister Chrystia Freeland said Canada was ready to contribute and called the Kharkiv attack "a horrific reminder" of why Ukraine needed the money quickly.

Prime Minister Justin Trudeau condemned the strike in a post on X, and Ukrainian-Canadian groups are planning a vigil in Toronto on Monday evening.
With files from The Associated Press and Reuters.
"""

# ---------------------------------------------------------------- b73en06 (Janes)
EN06 = """
Russian Kh-22 strike on Odesa region kills 21 after Snake Island withdrawal

Russian Tupolev Tu-22M3 'Backfire' bombers launched three Kh-22 (AS-4 'Kitchen') missiles at the village of Serhiivka in Ukraine's Odesa region at about 1 am local time on 1 July, killing at least 21 civilians, according to Ukraine's Operational Command South.
One missile hit a nine-storey apartment building and the other two struck a recreation centre; the Ukrainian Air Force said the aircraft had flown in over the Black Sea.

The strike came after Russian forces withdrew from Snake Island on 30 June, a move the Russian Ministry of Defence (MoD) described as a "gesture of goodwill" intended to show that Moscow was not obstructing grain exports.
Ukraine's military said the garrison had been driven off by artillery and missile fire.

President Volodymyr Zelensky called the attack "conscious, deliberately targeted Russian terror, not some kind of error or accidental missile strike".
Kremlin spokesman Dmitry Peskov told reporters on 1 July that President Vladimir Putin had already said that "the Russian armed forces do not work on civilian targets".

The attack followed the NATO summit in Madrid, which ended on 30 June with allies naming Russia "the most significant and direct threat" to their security and formally inviting Finland and Sweden to join.
On 29 June, US President Joe Biden announced a permanent headquarters for the US Army's V Corps in Poland and additional forces in Europe, while UK Prime Minister Boris Johnson pledged a further GBP1 billion (USD1.2 billion) in military aid to Ukraine the following day.
Speaking in Ashgabat on 29 June, Putin warned that Russia would respond "in kind" if NATO deployed troops and infrastructure in Finland and Sweden.

Janes assesses that the Kh-22, designed to strike aircraft carriers, is highly inaccurate against land targets, which raises the risk of civilian casualties when it is used against towns.
The same missile type was used in the strike on a shopping centre in Kremenchuk on 27 June, which killed at least 18 people and was condemned as a war crime by G7 leaders, among them German Chancellor Olaf Scholz.
Ukrainian officials have said that Russia has fired more than 200 Kh-22s since February, and Janes expects Moscow to keep using them against the Odesa region while its Black Sea Fleet stays out of range of Ukraine's coastal missiles.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b73en01_moldova_drones_ambassador_2025_02", "2025-02-14", EN01,
        [
            T("Friday", "DATE", "2025-02-14", 0),
            T("overnight", "TIME", "2025-02-13TNI", note="night of 13 to 14 February"),
            T("Friday morning", "TIME", "2025-02-14TMO"),
            T("The same night", "TIME", "2025-02-13TNI"),
            T("Friday", "DATE", "2025-02-14", 2),
            T("Wednesday", "DATE", "2025-02-12"),
            T("February 2023", "DATE", "2023-02"),
            T("Friday", "DATE", "2025-02-14", 3),
            T("the autumn", "DATE", "2025-FA"),
            T("next week", "DATE", "2025-W08"),
        ],
        [
            E("Moldova summons Russian Ambassador Ozerov", "ACCUSE", ["Russia"], "2025-02-14", "text", "occurred",
              "summoned Russian Ambassador Oleg Ozerov on Friday"),
            E("Russian overnight drone attack on Ukraine; two drones crash in Moldova", "ASSAULT",
              ["Russia", "Ukraine"], "2025-02-13TNI", "text", "occurred",
              "summoned Russian Ambassador Oleg Ozerov on Friday", note="night of 13 to 14 February"),
            E("Sandu condemns Russia's violation of Moldovan airspace", "ACCUSE", ["Russia"], "2025-02-14",
              "published", "occurred", "President Maia Sandu condemned"),
            E("Popescu demands that Moscow stop attacks near Moldova's borders and respect its neutrality", "REQUEST",
              ["Russia"], "2025-02-14", "context", "occurred", "At the meeting, Foreign Minister Mihai Popescu"),
            E("Russian embassy denies the drones were Russian", "REJECT", ["Russia"], "2025-02-14", "published",
              "occurred", "Ozerov left the ministry"),
            E("Drone strikes the shelter over Chornobyl's destroyed reactor", "ASSAULT", ["Russia", "Ukraine"],
              "2025-02-13TNI", "text", "occurred", "a drone struck the protective shelter"),
            E("Zelensky meets Vance in Munich", "CONSULT", ["Volodymyr Zelensky", "JD Vance"], "2025-02-14", "text",
              "occurred", "who met US Vice President JD Vance"),
            E("Zelensky says the strike shows Putin is not preparing for negotiations", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2025-02-14", "context", "occurred",
              "who met US Vice President JD Vance"),
            E("Peskov denies Russian involvement in the Chornobyl strike", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2025-02-14", "published", "occurred", "Kremlin spokesman Dmitry Peskov denied"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text",
              "occurred", "US President Donald Trump spoke with Putin"),
            E("Trump and Putin agree their teams will start negotiations", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2025-02-12", "context", "occurred", "US President Donald Trump spoke with Putin"),
            E("Zelensky insists no deal about Ukraine without Ukraine", "REQUEST", ["Volodymyr Zelensky"],
              "2025-02-14", "published", "occurred", "Zelensky has insisted"),
            E("Russian cruise missile bound for Ukraine crosses Moldovan airspace", "ASSAULT", ["Russia", "Ukraine"],
              "2023-02", "text", "occurred", "In February 2023"),
            E("EU delegation expresses solidarity with Moldova", "SUPPORT", ["European Union"], "2025-02-14", "text",
              "occurred", "The EU delegation in Chisinau"),
            E("Kallas says Moscow's reckless attacks endanger the whole region", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-02-14", "context", "occurred", "The EU delegation in Chisinau"),
            E("Sandu's government has long accused Moscow of destabilising Moldova", "ACCUSE", ["Russia"],
              "2025-02-14", "published", "occurred", "has long accused Moscow"),
            E("Chisinau to raise the incidents with its EU partners", "CONSULT", ["European Union"], "2025-W08",
              "text", "planned", "Ministry officials told NewsMaker"),
        ],
        [
            S("Russia", "Embassy: Moldova has provided no evidence the drones were Russian", "2025-02-14", "published",
              "Ozerov left the ministry"),
            S("Volodymyr Zelensky", "A drone struck the shelter over Chornobyl's destroyed reactor", "2025-02-14",
              "published", "a drone struck the protective shelter"),
            S("IAEA", "Radiation levels remain normal and stable", "2025-02-14", "published",
              "The International Atomic Energy Agency confirmed"),
            S("Volodymyr Zelensky", "The strike shows Putin is definitely not preparing for negotiations",
              "2025-02-14", "context", "who met US Vice President JD Vance"),
            S("Dmitry Peskov", "Denies Russian involvement: the Russian military does not do that", "2025-02-14",
              "published", "Kremlin spokesman Dmitry Peskov denied"),
            S("Donald Trump", "He and Putin agreed to have their teams start negotiations immediately", "2025-02-12",
              "context", "US President Donald Trump spoke with Putin"),
            S("Volodymyr Zelensky", "No deal about Ukraine can be made without Ukraine", "2025-02-14", "published",
              "Zelensky has insisted"),
            S("European Union", "Delegation in Chisinau expresses solidarity with Moldova", "2025-02-14", "text",
              "The EU delegation in Chisinau"),
            S("Kaja Kallas", "Moscow's reckless attacks put the whole region at risk", "2025-02-14", "context",
              "The EU delegation in Chisinau"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "IAEA", "JD Vance", "United States", "Vladimir Putin",
         "Dmitry Peskov", "Kremlin", "Donald Trump", "European Union", "Kaja Kallas"],
    ),
    doc(
        "b73en02_latvia_drone_rezekne_2024_09", "2024-09-09", EN02,
        [
            T("Sept 9", "DATE", "2024-09-09", note="agency dateline"),
            T("Saturday", "DATE", "2024-09-07"),
            T("Monday", "DATE", "2024-09-09", 0),
            T("Sunday", "DATE", "2024-09-08", 0),
            T("Sunday evening", "TIME", "2024-09-08TEV"),
            T("Oct. 1", "DATE", "2024-10-01"),
            T("the same day", "DATE", "2024-09-07"),
            T("Monday", "DATE", "2024-09-09", 1),
            T("this week", "DATE", "2024-W37"),
            T("Thursday", "DATE", "2024-09-12"),
        ],
        [
            E("Latvia to ask NATO allies for additional air defence", "REQUEST", ["NATO"], "2024-09-09", "published",
              "planned", "Latvia will ask its NATO allies"),
            E("Russian drone launched against Ukraine crosses from Belarus into Latvia and crashes near Rezekne",
              "ASSAULT", ["Russia", "Ukraine", "Belarus"], "2024-09-07", "text", "occurred",
              "Latvia will ask its NATO allies"),
            E("Rinkevics calls the incident part of a pattern of Russian provocations", "ACCUSE", ["Russia"],
              "2024-09-08", "text", "occurred", "President Edgars Rinkevics said on Sunday"),
            E("Rinkevics calls on NATO to close air defence gaps on the eastern flank", "REQUEST", ["NATO"],
              "2024-09-08", "text", "occurred", "President Edgars Rinkevics said on Sunday"),
            E("Stoltenberg condemns Moscow's reckless behaviour", "ACCUSE", ["Jens Stoltenberg", "Russia"],
              "2024-09-09", "published", "occurred", "condemned Moscow's"),
            E("Russian strikes on Ukrainian port infrastructure on the Danube; drone fragments in Romania",
              "ASSAULT", ["Russia", "Ukraine"], "2024-09-07", "text", "occurred", "On the same day, Romania's"),
            E("Belarus accuses Kyiv of steering drones into Belarus", "ACCUSE", ["Belarus", "Ukraine"], "2024-09-09",
              "published", "occurred", "Belarus's Defence Ministry said"),
            E("Sikorski says the Kremlin is testing NATO", "ACCUSE", ["Poland", "Kremlin"], "2024-09-09", "published",
              "occurred", "Radoslaw Sikorski said"),
            E("Sikorski urges allies to consider shooting down Russian missiles over western Ukraine", "REQUEST",
              ["Poland", "NATO"], "2024-09-09", "published", "occurred", "Radoslaw Sikorski said"),
            E("Ukraine accuses Russia of terror beyond its borders", "ACCUSE", ["Ukraine", "Russia"], "2024-09-09",
              "published", "occurred", "Ukraine's Foreign Ministry said"),
            E("Ukraine urges partners to lift restrictions on long-range strikes", "REQUEST", ["Ukraine"],
              "2024-09-09", "published", "occurred", "Ukraine's Foreign Ministry said"),
            E("Blinken and Lammy to visit Kyiv", "CONSULT", ["Antony Blinken", "United Kingdom", "Ukraine"], "2024-W37",
              "text", "planned", "US Secretary of State Antony Blinken and British"),
        ],
        [
            S("NATO", "In close contact with Riga; no information indicating an intentional Russian attack on allies",
              "2024-09-09", "published", "NATO spokesperson Farah Dakhlallah"),
            S("Jens Stoltenberg", "Condemns Moscow's reckless behaviour", "2024-09-09", "published",
              "condemned Moscow's"),
            S("Belarus", "Its air defence shot down several drones; Kyiv deliberately steered them into Belarus",
              "2024-09-09", "published", "Belarus's Defence Ministry said"),
            S("Poland", "Sikorski: the Kremlin is testing NATO; allies should consider shooting down Russian "
              "missiles over western Ukraine", "2024-09-09", "published", "Radoslaw Sikorski said"),
            S("Dmitry Peskov", "Nothing to say about the incident; refers questions to the military", "2024-09-09",
              "text", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Ukraine", "Russian terror does not stop at Ukraine's borders; partners should lift long-range "
              "restrictions", "2024-09-09", "published", "Ukraine's Foreign Ministry said"),
        ],
        ["NATO", "Russia", "Belarus", "Ukraine", "Jens Stoltenberg", "Mark Rutte", "Poland", "Kremlin",
         "Dmitry Peskov", "United States", "Antony Blinken", "United Kingdom"],
    ),
    doc(
        "b73en03_kryvyi_rih_playground_strike_2025_04", "2025-04-05", EN03,
        [
            T("this year", "DATE", "2025"),
            T("about 6.50pm", "TIME", "2025-04-04T18:50", mod="APPROX", note="local time"),
            T("Friday", "DATE", "2025-04-04", 0),
            T("Sunday", "DATE", "2025-04-06", 0),
            T("late Friday", "TIME", "2025-04-04TNI"),
            T("Saturday", "DATE", "2025-04-05"),
            T("two days", "DURATION", "P2D"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("last Sunday", "DATE", "2025-03-30"),
            T("next Friday", "DATE", "2025-04-11"),
        ],
        [
            E("Russian ballistic missile strikes a residential area of Kryvyi Rih, killing 18 including nine children",
              "ASSAULT", ["Russia", "Ukraine"], "2025-04-04", "text", "occurred", "The missile hit near a children's"),
            E("Zelensky accuses Russia of deliberately targeting civilians and not wanting a ceasefire", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-04-05", "published", "occurred",
              "who was born in the city"),
            E("Zelensky criticises the US embassy's weak response", "ACCUSE", ["Volodymyr Zelensky", "United States"],
              "2025-04-05", "published", "occurred", "rounded on the US embassy"),
            E("US ambassador Brink: this is why the war must end", "REQUEST", ["United States"], "2025-04-04TNI",
              "text", "occurred", "Ambassador Bridget Brink had written"),
            E("Kryvyi Rih's military administration rejects the Russian account as a lie", "REJECT",
              ["Ukraine", "Russia"], "2025-04-05", "published", "occurred", "The city's military administration"),
            E("Peskov insists Russian forces strike only military targets", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2025-04-05", "text", "occurred", "Kremlin spokesman Dmitry Peskov insisted"),
            E("Dmitriev holds two days of talks with Witkoff in Washington", "CONSULT",
              ["Kirill Dmitriev", "Steve Witkoff"], "2025-04-03", "context", "occurred",
              "The attack came a day after Kirill Dmitriev", note="talks on 2 and 3 April"),
            E("Possible Putin–Trump meeting in the coming months", "CONSULT", ["Vladimir Putin", "Donald Trump"],
              "FUTURE_REF", "vague", "uncertain", "Mr Dmitriev said afterwards"),
            E("Trump threatens secondary tariffs on buyers of Russian oil", "THREATEN", ["Donald Trump", "Russia"],
              "2025-03-30", "text", "occurred", "who last Sunday threatened"),
            E("Lammy: Putin's barbaric attacks are not the actions of someone serious about peace", "ACCUSE",
              ["United Kingdom", "Vladimir Putin"], "2025-04-05", "published", "occurred",
              "In London, the Foreign Secretary"),
            E("Kallas says Moscow keeps prolonging the war", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-04-05",
              "published", "occurred", "The EU's foreign policy chief"),
            E("Kallas urges allies to step up military aid", "REQUEST", ["Kaja Kallas"], "2025-04-05", "published",
              "occurred", "The EU's foreign policy chief"),
            E("Zelensky renews his appeal for more Patriot systems", "REQUEST", ["Volodymyr Zelensky"], "2025-04-05",
              "published", "occurred", "renewed his appeal for more Patriot"),
            E("Ukraine Defence Contact Group meets in Brussels, chaired by Britain and Germany", "CONSULT",
              ["United Kingdom", "Germany", "Ukraine"], "2025-04-11", "text", "planned",
              "The Ukraine Defence Contact Group meets"),
        ],
        [
            S("Ukraine", "Officials: the missile hit near a playground at about 6.50pm on Friday", "2025-04-05",
              "published", "The missile hit near a children's"),
            S("Volodymyr Zelensky", "Russia deliberately targets civilians; it does not want a ceasefire",
              "2025-04-05", "published", "who was born in the city"),
            S("Volodymyr Zelensky", "The US embassy's response is very weak because it does not name Russia",
              "2025-04-05", "published", "rounded on the US embassy"),
            S("United States", "Brink is horrified by the strike near a playground; this is why the war must end",
              "2025-04-04TNI", "text", "Ambassador Bridget Brink had written"),
            S("Russia", "Defence ministry: hit a restaurant where Ukrainian commanders met Western instructors, "
              "killing up to 85", "2025-04-05", "published", "Russia's Defence Ministry claimed"),
            S("Ukraine", "The Russian account is a lie; no military gathering in the area", "2025-04-05",
              "published", "The city's military administration"),
            S("Dmitry Peskov", "Russian forces strike only military targets", "2025-04-05", "text",
              "Kremlin spokesman Dmitry Peskov insisted"),
            S("Kirill Dmitriev", "Progress was made; a Putin–Trump meeting could take place in the coming months",
              "2025-04-03", "context", "Mr Dmitriev said afterwards"),
            S("United Kingdom", "Lammy: Putin's barbaric attacks are not the actions of someone serious about peace",
              "2025-04-05", "published", "In London, the Foreign Secretary"),
            S("Kaja Kallas", "Moscow continues to prolong the war; allies should step up military aid", "2025-04-05",
              "published", "The EU's foreign policy chief"),
            S("Volodymyr Zelensky", "Ukraine needs more Patriots and is ready to pay for them", "2025-04-05",
              "published", "renewed his appeal for more Patriot"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Dmitry Peskov", "Kremlin", "Kirill Dmitriev",
         "Vladimir Putin", "White House", "Steve Witkoff", "Donald Trump", "United Kingdom", "Kaja Kallas",
         "European Union", "Germany"],
    ),
    doc(
        "b73en04_osiny_drone_poland_2025_08", "2025-08-20", EN04,
        [
            T("around 3am", "TIME", "2025-08-20T03:00", mod="APPROX", note="local time"),
            T("Wednesday", "DATE", "2025-08-20", 0),
            T("Wednesday", "DATE", "2025-08-20", 1),
            T("nearly every night", "SET", "P1D", mod="APPROX"),
            T("overnight", "TIME", "2025-08-19TNI"),
            T("Monday", "DATE", "2025-08-18"),
            T("last Friday", "DATE", "2025-08-15"),
            T("days", "DURATION", "PXD"),
        ],
        [
            E("Drone crashes and explodes in a cornfield in Osiny, eastern Poland", "ASSAULT", ["Russia", "Poland"],
              "2025-08-20T03:00", "text", "uncertain", "A drone crashed and exploded",
              note="attributed to Russia by the Polish defence minister"),
            E("Kosiniak-Kamysz calls the crash another Russian provocation", "ACCUSE", ["Poland", "Russia"],
              "2025-08-20", "text", "occurred", "said on Wednesday that everything pointed"),
            E("Poland to send a protest note to Moscow", "ACCUSE", ["Poland", "Russia"], "2025-08-20", "published",
              "planned", "said on Wednesday that everything pointed"),
            E("Nawrocki to discuss the incident with Trump", "CONSULT", ["Poland", "Donald Trump"], "2025-08-20",
              "published", "planned", "President Karol Nawrocki convened"),
            E("Zakharova denies Moscow has any information on the incident", "REJECT", ["Maria Zakharova", "Poland"],
              "2025-08-20", "published", "occurred", "Maria Zakharova said"),
            E("Zakharova accuses Warsaw of hysteria aimed at dragging out the war", "ACCUSE",
              ["Maria Zakharova", "Poland"], "2025-08-20", "published", "occurred", "Maria Zakharova said"),
            E("Trump hosts Zelensky and European leaders at the White House", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-18", "text", "occurred",
              "On Monday, Trump hosted"),
            E("Trump phones Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-18", "context", "occurred",
              "On Monday, Trump hosted"),
            E("Putin–Zelensky meeting being arranged", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-08-20", "published", "planned", "On Monday, Trump hosted", note="no date set"),
            E("Zelensky ready to meet Putin", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"], "2025-08-20",
              "published", "occurred", "Zelensky has said he is ready"),
            E("Kremlin: any summit must be prepared step by step", "REQUEST", ["Kremlin"], "2025-08-20", "published",
              "occurred", "Zelensky has said he is ready"),
            E("Trump–Putin summit in Anchorage", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "occurred", "Trump met Putin in Anchorage"),
            E("Anchorage talks produce no ceasefire", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08-15",
              "context", "occurred", "Trump met Putin in Anchorage"),
            E("Warsaw presses NATO allies to strengthen air defences on the eastern flank", "REQUEST",
              ["Poland", "NATO"], "2025-08-20", "published", "occurred", "Warsaw has long pressed"),
        ],
        [
            S("Poland", "Kosiniak-Kamysz: another provocation by the Russian Federation; a protest note will be sent",
              "2025-08-20", "text", "said on Wednesday that everything pointed"),
            S("Poland", "The drone was most likely of the type Russia launches at Ukraine and came in over Belarus",
              "2025-08-20", "context", "The drone was most likely"),
            S("Poland", "Operational Command: no airspace violation recorded overnight; debris being examined",
              "2025-08-20", "published", "The Operational Command of the Armed Forces"),
            S("Donald Tusk", "Briefed by the minister; another test of our vigilance", "2025-08-20", "published",
              "Prime Minister Donald Tusk wrote"),
            S("Poland", "Presidential palace: Nawrocki will discuss the incident with Trump", "2025-08-20",
              "published", "President Karol Nawrocki convened"),
            S("Maria Zakharova", "No information about the incident; Warsaw's hysteria aims to drag out the war",
              "2025-08-20", "published", "Maria Zakharova said"),
            S("Donald Trump", "He phoned Putin to start arranging a Putin–Zelensky meeting", "2025-08-18", "context",
              "On Monday, Trump hosted"),
            S("Volodymyr Zelensky", "Ready for a meeting with Putin", "2025-08-20", "published",
              "Zelensky has said he is ready"),
            S("Kremlin", "Any summit must be prepared step by step", "2025-08-20", "published",
              "Zelensky has said he is ready"),
        ],
        ["Poland", "Russia", "Ukraine", "Belarus", "Donald Tusk", "United States", "Donald Trump", "Maria Zakharova",
         "Volodymyr Zelensky", "European Union", "White House", "Vladimir Putin", "Kremlin", "NATO"],
    ),
    doc(
        "b73en05_kharkiv_epicentr_stresa_2024_05", "2024-05-26", EN05,
        [
            T("Saturday afternoon", "TIME", "2024-05-25TAF"),
            T("the night", "TIME", "2024-05-25TNI"),
            T("three days", "DURATION", "P3D"),
            T("Thursday", "DATE", "2024-05-23"),
            T("Saturday evening", "TIME", "2024-05-25TEV"),
            T("Sunday", "DATE", "2024-05-26"),
            T("next month", "DATE", "2024-06", 0),
            T("Friday", "DATE", "2024-05-24"),
            T("Saturday", "DATE", "2024-05-25", 2),
            T("next month", "DATE", "2024-06", 1),
            T("Monday evening", "TIME", "2024-05-27TEV"),
        ],
        [
            E("Russian guided bombs hit the Epicentr hypermarket in Kharkiv, killing at least 12", "ASSAULT",
              ["Russia", "Ukraine"], "2024-05-25TAF", "text", "occurred", "Russian guided bombs slammed"),
            E("Missile attack on a Kharkiv printing house kills seven", "ASSAULT", ["Russia", "Ukraine"], "2024-05-23",
              "text", "occurred", "It was the second deadly strike"),
            E("Zelensky calls the attack another manifestation of Russian madness", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-05-25TEV", "context", "occurred",
              "who visited Kharkiv on Saturday evening"),
            E("Zelensky calls for more air defence systems and modern combat aircraft", "REQUEST",
              ["Volodymyr Zelensky"], "2024-05-25TEV", "context", "occurred", "If Ukraine had enough air defence"),
            E("Zelensky urges Biden and Xi to attend the peace summit", "REQUEST",
              ["Volodymyr Zelensky", "Joe Biden", "Xi Jinping"], "2024-05-26", "text", "occurred",
              "On Sunday, Zelensky urged"),
            E("Peace summit in Switzerland next month", "CONSULT", ["Ukraine"], "2024-06", "text", "planned",
              "On Sunday, Zelensky urged"),
            E("China: any peace conference must be recognised by both Russia and Ukraine", "REQUEST",
              ["China", "Russia", "Ukraine"], "2024-05-26", "published", "occurred", "China has said any peace"),
            E("Russia accuses Kyiv of hiding weapons in civilian buildings", "ACCUSE", ["Russia", "Ukraine"],
              "2024-05-26", "published", "occurred", "Russia's Defence Ministry said its forces"),
            E("Peskov dismisses the Swiss conference without Russia", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-05-24", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("G7 finance ministers agree to make progress on using windfall profits of frozen Russian assets",
              "AGREE", ["United States", "Germany", "France"], "2024-05-25", "text", "occurred",
              "In Stresa, Italy, G7 finance ministers"),
            E("G7 plan to use profits of frozen Russian assets for Ukraine, details at the leaders' summit", "AID",
              ["United States", "Germany", "France", "Ukraine", "Russia"], "2024-06", "text", "planned",
              "In Stresa, Italy, G7 finance ministers"),
            E("G7 leaders' summit next month", "CONSULT", ["United States", "Germany", "France"], "2024-06", "text",
              "planned", "In Stresa, Italy, G7 finance ministers"),
            E("Yellen proposes a loan of about $50 billion backed by the profits", "REQUEST", ["United States"],
              "2024-05-25", "context", "occurred", "U.S. Treasury Secretary Janet Yellen said"),
        ],
        [
            S("Ukraine", "Officials: at least 12 killed and 43 wounded in the Kharkiv strike", "2024-05-26",
              "published", "Russian guided bombs slammed"),
            S("Ukraine", "Governor: about 200 people may have been inside; rescuers worked through the night",
              "2024-05-26", "published", "Regional governor Oleh Syniehubov"),
            S("Volodymyr Zelensky", "Another manifestation of Russian madness", "2024-05-25TEV", "context",
              "who visited Kharkiv on Saturday evening"),
            S("Volodymyr Zelensky", "With enough air defence and modern aircraft such strikes would be impossible",
              "2024-05-25TEV", "context", "If Ukraine had enough air defence"),
            S("Volodymyr Zelensky", "Biden and Xi should attend the peace summit", "2024-05-26", "text",
              "On Sunday, Zelensky urged"),
            S("China", "Any peace conference should be recognised by both Russia and Ukraine", "2024-05-26",
              "published", "China has said any peace"),
            S("Russia", "Defence ministry: struck military infrastructure; Kyiv hides weapons in civilian buildings",
              "2024-05-26", "published", "Russia's Defence Ministry said its forces"),
            S("Dmitry Peskov", "The Swiss conference makes no sense without Russia", "2024-05-24", "text",
              "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("United States", "Yellen: Washington wants a loan of about $50 billion backed by the profits",
              "2024-05-25", "context", "U.S. Treasury Secretary Janet Yellen said"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Joe Biden", "China", "Xi Jinping",
         "Dmitry Peskov", "Kremlin", "Germany", "France"],
    ),
    doc(
        "b73en06_serhiivka_kh22_strike_2022_07", "2022-07-01", EN06,
        [
            T("about 1 am local time", "TIME", "2022-07-01T01:00", mod="APPROX", note="local time (EEST)"),
            T("1 July", "DATE", "2022-07-01", 0),
            T("30 June", "DATE", "2022-06-30", 0),
            T("1 July", "DATE", "2022-07-01", 1),
            T("30 June", "DATE", "2022-06-30", 1),
            T("29 June", "DATE", "2022-06-29", 0),
            T("the following day", "DATE", "2022-06-30"),
            T("29 June", "DATE", "2022-06-29", 1),
            T("27 June", "DATE", "2022-06-27"),
            T("February", "DATE", "2022-02"),
        ],
        [
            E("Russian Kh-22 missiles hit an apartment building and a recreation centre in Serhiivka, killing 21",
              "ASSAULT", ["Russia", "Ukraine"], "2022-07-01T01:00", "text", "occurred",
              "Russian Tupolev Tu-22M3 'Backfire' bombers"),
            E("Russian forces withdraw from Snake Island", "RETREAT", ["Russia", "Ukraine"], "2022-06-30", "text",
              "occurred", "The strike came after Russian forces withdrew"),
            E("Ukraine rejects the goodwill explanation: the garrison was driven off", "REJECT", ["Ukraine", "Russia"],
              "2022-07-01", "published", "occurred", "Ukraine's military said the garrison"),
            E("Zelensky calls the strike deliberately targeted Russian terror", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-07-01", "published", "occurred",
              "President Volodymyr Zelensky called the attack"),
            E("Peskov denies Russian forces target civilians", "REJECT", ["Dmitry Peskov", "Ukraine"], "2022-07-01",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
            E("NATO summit in Madrid ends", "CONSULT", ["NATO"], "2022-06-30", "text", "occurred",
              "The attack followed the NATO summit in Madrid", note="summit of 28 to 30 June"),
            E("NATO names Russia the most significant and direct threat", "ACCUSE", ["NATO", "Russia"], "2022-06-30",
              "context", "occurred", "The attack followed the NATO summit in Madrid"),
            E("NATO invites Finland and Sweden to join", "REQUEST", ["NATO"], "2022-06-30", "context", "occurred",
              "The attack followed the NATO summit in Madrid"),
            E("Biden announces a permanent V Corps headquarters in Poland and more US forces in Europe", "MOBILIZE",
              ["Joe Biden", "Poland"], "2022-06-29", "text", "planned", "On 29 June, US President Joe Biden"),
            E("Johnson pledges a further GBP1 billion in military aid to Ukraine", "AID", ["United Kingdom", "Ukraine"],
              "2022-06-30", "text", "occurred", "On 29 June, US President Joe Biden"),
            E("Putin warns Russia will respond in kind to NATO deployments in Finland and Sweden", "THREATEN",
              ["Vladimir Putin", "NATO"], "2022-06-29", "text", "occurred", "Speaking in Ashgabat"),
            E("Russian missile strike on a shopping centre in Kremenchuk kills at least 18", "ASSAULT",
              ["Russia", "Ukraine"], "2022-06-27", "text", "occurred", "The same missile type was used"),
            E("G7 leaders including Scholz condemn the Kremenchuk strike as a war crime", "ACCUSE",
              ["Olaf Scholz", "Russia"], "2022-06-27", "context", "occurred", "The same missile type was used"),
            E("Russia has fired more than 200 Kh-22 missiles since February", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02", "text", "occurred", "Ukrainian officials have said that Russia has fired", date_mod="START"),
        ],
        [
            S("Ukraine", "Operational Command South: three Kh-22 missiles killed at least 21 civilians in Serhiivka",
              "2022-07-01", "published", "Russian Tupolev Tu-22M3 'Backfire' bombers"),
            S("Ukraine", "Air Force: the bombers flew in over the Black Sea", "2022-07-01", "published",
              "One missile hit a nine-storey"),
            S("Russia", "MoD: the Snake Island withdrawal is a gesture of goodwill on grain exports", "2022-06-30",
              "context", "The strike came after Russian forces withdrew"),
            S("Ukraine", "The garrison was driven off by artillery and missile fire", "2022-07-01", "published",
              "Ukraine's military said the garrison"),
            S("Volodymyr Zelensky", "Conscious, deliberately targeted Russian terror, not an error", "2022-07-01",
              "published", "President Volodymyr Zelensky called the attack"),
            S("Vladimir Putin, via Dmitry Peskov", "The Russian armed forces do not work on civilian targets",
              "2022-07-01", "text", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("NATO", "Russia is the most significant and direct threat to allied security",
              "2022-06-30", "context", "The attack followed the NATO summit in Madrid"),
            S("Vladimir Putin", "Russia will respond in kind if NATO deploys troops and infrastructure in Finland "
              "and Sweden", "2022-06-29", "text", "Speaking in Ashgabat"),
            S("Olaf Scholz", "G7 leaders condemn the Kremenchuk strike as a war crime", "2022-06-27", "context",
              "The same missile type was used"),
            S("Ukraine", "Russia has fired more than 200 Kh-22s since February", "2022-07-01", "published",
              "Ukrainian officials have said that Russia has fired"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "NATO",
         "Joe Biden", "United States", "Poland", "United Kingdom", "Olaf Scholz", "Germany"],
    ),
]
