"""English articles of the blind34 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b34en01 (The Slovak Spectator)
EN01 = """
Fico meets Putin in Moscow as end of Ukrainian gas transit nears

Prime Minister Robert Fico met Russian President Vladimir Putin in the Kremlin on Sunday, becoming only the third EU head of government to travel to Moscow since Russia launched its full-scale invasion of Ukraine.
The unannounced visit came days before the transit of Russian gas through Ukraine is due to end on January 1, when Kyiv's contract with Gazprom expires.
Fico said after his return that Putin had confirmed Russia's readiness to keep supplying gas to Slovakia and the West.
He added that the transit was "practically impossible" to save after January 1 because of Ukraine's position.

The Kremlin confirmed the talks, and spokesman Dmitry Peskov said they had focused on "the international situation" and on gas.
Putin was also ready to meet other European leaders "if they want," Peskov said.
The last EU leader to visit Putin was Hungarian Prime Minister Viktor Orbán in July, whose trip was condemned by most of the bloc.

Ukrainian President Volodymyr Zelensky reacted sharply on Sunday evening, accusing Fico of helping Putin finance the war and weaken Ukraine.
At last week's EU summit in Brussels, Zelensky had told Fico that Ukraine would allow the transit only of non-Russian gas and only if payments to Moscow were withheld until the war ends, an offer Fico rejected.
Foreign Minister Andrii Sybiha wrote that Slovakia would "pay the price" for Fico's "energy dependence on the aggressor."
A European Commission spokesperson said Slovakia was free to arrange its own supplies but that the EU's goal of phasing out Russian gas by 2027 stood.
Hungary's Orbán defended the trip as "a sovereign decision."

At home, opposition leader Michal Šimečka of Progressive Slovakia called the visit "a shame" and said Fico was leading Slovakia "out of the West."
President Peter Pellegrini's office said he had been informed in advance.
Slovakia still buys about 3 billion cubic metres of Russian gas a year under a contract between state-owned SPP and Gazprom that runs until 2034.
Fico, who returned to power in October 2023, halted state military aid to Ukraine shortly after taking office, though private arms deals continue.
"""

# ---------------------------------------------------------------- b34en02 (The Baltic Times)
EN02 = """
Tsikhanouski freed after Trump envoy Kellogg meets Lukashenko in Minsk

VILNIUS – Belarusian opposition figure Siarhei Tsikhanouski arrived in Vilnius on Saturday after being freed from prison in Belarus, hours after US special envoy Keith Kellogg held talks with Alexander Lukashenko in Minsk.
Tsikhanouski, a blogger who was arrested in May 2020 while trying to run for president and later sentenced to 18 years, was among 14 prisoners released, the US State Department said.
They included citizens of Poland, Latvia, Estonia, Sweden, Japan and the United States.

Kellogg's trip was the most senior US visit to Belarus since Secretary of State Mike Pompeo travelled to Minsk in February 2020.
According to the state news agency BelTA, Lukashenko told the envoy that Minsk was "open to talking about everything" and discussed the war in Ukraine with him for several hours.
In February, Minsk had freed three prisoners, including an American, after a visit by a State Department official.

Sviatlana Tsikhanouskaya, the exiled opposition leader and Tsikhanouski's wife, thanked US President Donald Trump and his team at a news conference in Vilnius on Saturday evening.
She urged Washington to keep up the pressure until all of the roughly 1,150 political prisoners in Belarus are free.
Lithuanian Foreign Minister Kęstutis Budrys said the release did "not change the nature of the regime" on Lithuania's doorstep.
Poland's foreign ministry said one Polish citizen had been freed and that it was in contact with his family.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia had no objections to contacts between Minsk and Washington because Belarus was "a sovereign state."
Ukrainian Foreign Minister Andrii Sybiha warned against any easing of sanctions on Minsk, which he said "lets its territory be used for Russia's war."
Lukashenko is due to host Russian President Vladimir Putin at a summit of the Eurasian Economic Union in Minsk on Thursday.
NATO leaders, including Lithuania's President Gitanas Nausėda, gather in The Hague on Tuesday for a two-day summit at which the Baltic states want to press for higher defence spending.
"""

# ---------------------------------------------------------------- b34en03 (Crux)
EN03 = """
Pope Leo XIV in Kyiv: 'The world cannot get used to this war'

KYIV, Ukraine – Pope Leo XIV on Saturday became the first pontiff to set foot in Ukraine since St. John Paul II in 2001, spending nearly nine hours in Kyiv on a trip that was kept secret until he crossed the Polish border.
The pope travelled by train from Przemyśl, where Polish Prime Minister Donald Tusk had welcomed him late Friday.
At the Mariinsky Palace he held more than an hour of private talks with President Volodymyr Zelensky, the Holy See Press Office said.

Zelensky said afterward that he had asked the pope to help bring home Ukrainian children deported to Russia and to press for an "all-for-all" prisoner exchange.
"The Holy Father understands that a just peace cannot mean rewarding the aggressor," he wrote on X.
He said he would travel to Rome next month to continue the conversation.

In his homily at the Patriarchal Cathedral of the Resurrection of Christ, the spiritual home of the Ukrainian Greek Catholic Church, Leo said the world "cannot get used to this war."
He called for a ceasefire "without delay" and renewed his offer to host Russian and Ukrainian negotiators at the Vatican "at any moment."
Archbishop Sviatoslav Shevchuk, head of the Greek Catholic Church, called the visit "a balm for a wounded people."

Cardinal Pietro Parolin, the Vatican Secretary of State, told reporters on the papal train that the Holy See was in contact with both Moscow and Kyiv about the children, and that officials from both sides could meet in Rome in the coming weeks.
In Moscow, Kremlin spokesman Dmitry Peskov said Russia "respects" the pope's efforts but regretted that he had not also visited "the suffering people of Donbas."
Hours before the pope crossed the border, Russian drones struck energy facilities in the Kyiv region overnight, regional authorities said.
U.S. Secretary of State Marco Rubio called the visit "a powerful witness for peace."

Leo, the first American pope, spoke with Russian President Vladimir Putin by phone in June last year and received Zelensky at Castel Gandolfo in July and again in December.
He flew back to Rome from Rzeszów late Saturday.
"""

# ---------------------------------------------------------------- b34en04 (The Jakarta Post)
EN04 = """
Prabowo's Ukraine peace plan draws rebuke from Kyiv and Brussels

JAKARTA – A peace proposal for Ukraine put forward by Defense Minister Prabowo Subianto at a security forum in Singapore has drawn sharp rejection from Kyiv and the European Union, while the Foreign Ministry in Jakarta has sought to distance the government from it.
Speaking at the Shangri-La Dialogue on Saturday, Prabowo called on Russia and Ukraine to cease hostilities immediately "in place" and proposed that both sides pull back 15 kilometers to create a demilitarized zone.
He also suggested that a United Nations peacekeeping force monitor the zone and that the UN hold referendums in what he called "disputed territories."

Ukrainian Defense Minister Oleksii Reznikov, who attended the forum, replied within minutes that the plan "sounds like a Russian plan."
"We don't need this mediator coming to us with this strange plan," he said, adding that Russia had already staged "sham" referendums in four occupied regions last September.
EU foreign policy chief Josep Borrell said in Singapore that the war was "not a territorial dispute" and that peace required the withdrawal of Russian troops.
"We need a just peace, not a peace of surrender," Borrell said.

On Monday, Foreign Ministry spokesperson Teuku Faizasyah told reporters that the proposal reflected Prabowo's personal views, not an official position.
Indonesia's stance, he said, remained the one it took at the UN General Assembly, which in February demanded Russia's withdrawal with Indonesia's vote.
President Joko "Jokowi" Widodo, who met Volodymyr Zelensky in Kyiv and Vladimir Putin in Moscow in June last year, has not commented.

Russia's Ambassador to Indonesia, Lyudmila Vorobieva, said Moscow "appreciates" any initiative aimed at peace.
China's Defense Minister Li Shangfu, who last week turned down a US request for talks with Defense Secretary Lloyd Austin on the sidelines, urged dialogue on Ukraine in his own speech on Sunday.
Radityo Dharmaputra, an international relations lecturer at Airlangga University, said the episode showed the risk of foreign policy being used for domestic campaigning ahead of the February 2024 presidential election.
"""

# ---------------------------------------------------------------- b34en05 (CBS News)
EN05 = """
Blinken in Kyiv promises more air defense as Russia presses Kharkiv offensive

KYIV, Ukraine — Secretary of State Antony Blinken arrived in Kyiv on Tuesday on an unannounced visit, telling Ukrainians that new U.S. weapons were "on the way" as Russian troops pushed deeper into the northeastern Kharkiv region.
It was Blinken's fourth trip to Ukraine since Russia's full-scale invasion and the first by a Cabinet member since Congress approved $61 billion in aid after months of delay.
President Biden signed the package on April 24.

Blinken met President Volodymyr Zelensky, who asked for two more Patriot systems to protect Kharkiv, Ukraine's second-largest city.
"Today it is the biggest problem, air defense," Zelensky told Blinken at the start of their meeting.
Blinken said Washington was working "urgently" to find more Patriot batteries among allies.
Zelensky also renewed his invitation to Mr. Biden to attend the peace summit in Switzerland next month.

In a speech at Kyiv Polytechnic Institute on Tuesday evening, Blinken said Ukraine would emerge from the war stronger and that its future lay in NATO.
Asked about strikes on Russian territory with U.S. weapons, he said Washington had not encouraged them, but "ultimately Ukraine has to make decisions for itself."
That night, he joined a local band on stage at a bar to play Neil Young's "Rockin' in the Free World," a moment that drew both praise and criticism online.

On Wednesday, Blinken announced $2 billion in foreign military financing for Ukraine, including money for its domestic arms industry.
Kremlin spokesman Dmitry Peskov said the new weapons would "not change the dynamics at the front."
Russia's defense ministry said its forces had taken several more villages near Vovchansk, where the offensive began on Friday.
Ukrainian officials said more than 8,000 civilians had been evacuated from the area.

Russian President Vladimir Putin travels to Beijing on Thursday for a two-day state visit, his first trip abroad since being sworn in for a fifth term last week.
The White House has urged China to stop supplying Russia with machine tools and microelectronics used in weapons production.
"""

# ---------------------------------------------------------------- b34en06 (The Korea Herald)
EN06 = """
Two North Korean POWs captured in Kursk arrive in Seoul

Two North Korean soldiers captured by Ukrainian forces in Russia's Kursk region in January last year arrived at Incheon International Airport on Sunday, the Unification Ministry said Monday, the first North Korean prisoners of war to be transferred to the South.
The two men, aged 22 and 27, had been handed over to South Korean officials in Warsaw on Saturday after Ukraine's security service completed its screening.
They will spend about three months at the Hanawon resettlement center before starting new lives in South Korea.

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the transfer was in line with international humanitarian law, as both men had "freely and repeatedly" asked not to be sent back to North Korea or Russia.
President Volodymyr Zelensky wrote on X on Sunday that Ukraine had "kept its word" and thanked President Lee Jae-myung for his "humane approach."
Zelensky had first offered in January last year to hand the two over to Kim Jong-un in exchange for Ukrainians held in Russia, but Pyongyang never responded.
Kyiv then insisted for months on including them in a wider exchange with Moscow before dropping that demand in February after talks with Seoul.

Russia reacted angrily.
Foreign Ministry spokeswoman Maria Zakharova on Monday called the transfer "a cynical abduction" and demanded that the men be returned to Russia "together with all servicemen illegally held by the Kyiv regime."
North Korea's state news agency KCNA denounced the handover as a "hostile act" but did not name Ukraine.
The UN refugee agency UNHCR, whose staff interviewed the two men in Kyiv last month, said it had found their wish to go to South Korea "genuine."
Chinese Foreign Ministry spokesperson Lin Jian said Beijing hoped all parties would "contribute to peace and stability on the peninsula."

The transfer came after Russia and Ukraine exchanged 300 prisoners each on March 5 in the latest swap mediated by the United Arab Emirates.
Seoul's National Intelligence Service estimates that about 11,000 North Korean troops were sent to fight for Russia in 2024 and 2025, several thousand of whom were killed or wounded.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b34en01_fico_putin_moscow_2024_12", "2024-12-23", EN01,
        [
            T("Sunday", "DATE", "2024-12-22"),
            T("January 1", "DATE", "2025-01-01", 0),
            T("January 1", "DATE", "2025-01-01", 1),
            T("July", "DATE", "2024-07"),
            T("Sunday evening", "TIME", "2024-12-22TEV"),
            T("last week", "DATE", "2024-W51"),
            T("2027", "DATE", "2027"),
            T("a year", "SET", "P1Y"),
            T("2034", "DATE", "2034"),
            T("October 2023", "DATE", "2023-10"),
        ],
        [
            E("Fico meets Putin in the Kremlin", "CONSULT", ["Vladimir Putin"], "2024-12-22", "text", "occurred",
              "Prime Minister Robert Fico met", note="Fico and Slovakia are not canonical"),
            E("Transit of Russian gas through Ukraine to end on 1 January", "SANCTION", ["Ukraine", "Russia"],
              "2025-01-01", "text", "planned", "The unannounced visit came days before"),
            E("Putin confirms Russia's readiness to keep supplying gas to Slovakia and the West", "AGREE",
              ["Vladimir Putin"], "2024-12-22", "context", "occurred", "Putin had confirmed Russia's readiness"),
            E("Putin ready to meet other European leaders", "AGREE", ["Vladimir Putin", "European Union"],
              "2024-12-23", "published", "occurred", "Putin was also ready to meet"),
            E("Orbán visited Putin in July", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text",
              "occurred", "The last EU leader to visit Putin"),
            E("Most of the EU condemned Orbán's trip", "ACCUSE", ["European Union", "Viktor Orbán"], "2024-07",
              "context", "occurred", "The last EU leader to visit Putin"),
            E("Zelensky accuses Fico of helping Putin finance the war", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2024-12-22TEV", "text", "occurred", "reacted sharply on Sunday evening"),
            E("EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"], "2024-W51", "text",
              "occurred", "At last week's EU summit", note="summit of 19 December 2024"),
            E("Zelensky offers transit of non-Russian gas only, with payments to Moscow withheld", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2024-W51", "context", "occurred", "At last week's EU summit"),
            E("Fico rejects Zelensky's offer", "REJECT", ["Volodymyr Zelensky"], "2024-W51", "context", "occurred",
              "At last week's EU summit", note="Fico is not canonical; only the canonical side is listed"),
            E("Sybiha: Slovakia will pay the price for Fico's energy dependence on the aggressor", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2024-12-23", "published", "occurred", "pay the price"),
            E("EU goal of phasing out Russian gas by 2027", "SANCTION", ["European Union", "Russia"], "2027", "text",
              "planned", "A European Commission spokesperson"),
            E("Orbán defends Fico's trip", "SUPPORT", ["Viktor Orbán"], "2024-12-23", "published", "occurred",
              "a sovereign decision"),
            E("Fico halted state military aid to Ukraine", "SANCTION", ["Ukraine"], "2023-10", "context", "occurred",
              "halted state military aid",
              note="'shortly after taking office' in October 2023; Slovakia is not canonical"),
        ],
        [
            S("Vladimir Putin", "(as relayed by Fico) Russia is ready to keep supplying gas to Slovakia and the West",
              "2024-12-22", "context", "Putin had confirmed Russia's readiness"),
            S("Kremlin", "Confirms the Fico–Putin talks", "2024-12-23", "published", "The Kremlin confirmed the talks"),
            S("Dmitry Peskov", "The talks focused on the international situation and gas", "2024-12-23", "published",
              "The Kremlin confirmed the talks"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin is ready to meet other European leaders if they want",
              "2024-12-23", "published", "Putin was also ready to meet"),
            S("Volodymyr Zelensky", "Fico is helping Putin finance the war and weaken Ukraine", "2024-12-22TEV", "text",
              "reacted sharply on Sunday evening"),
            S("Volodymyr Zelensky", "Ukraine would allow only non-Russian gas in transit, with payments to Moscow "
              "withheld until the war ends", "2024-W51", "context", "At last week's EU summit"),
            S("Andrii Sybiha", "Slovakia will pay the price for Fico's energy dependence on the aggressor",
              "2024-12-23", "published", "pay the price"),
            S("European Union", "Commission: Slovakia is free to arrange its supplies; the 2027 phase-out goal stands",
              "2024-12-23", "published", "A European Commission spokesperson"),
            S("Viktor Orbán", "Fico's trip was a sovereign decision", "2024-12-23", "published", "a sovereign decision"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "European Union", "Kremlin", "Dmitry Peskov", "Viktor Orbán",
         "Volodymyr Zelensky", "Andrii Sybiha"],
    ),
    doc(
        "b34en02_kellogg_minsk_tsikhanouski_2025_06", "2025-06-22", EN02,
        [
            T("Saturday", "DATE", "2025-06-21"),
            T("May 2020", "DATE", "2020-05"),
            T("18 years", "DURATION", "P18Y"),
            T("February 2020", "DATE", "2020-02"),
            T("several hours", "DURATION", "PTXH"),
            T("February", "DATE", "2025-02", 1),
            T("Saturday evening", "TIME", "2025-06-21TEV"),
            T("Thursday", "DATE", "2025-06-26"),
            T("Tuesday", "DATE", "2025-06-24"),
            T("two-day", "DURATION", "P2D"),
        ],
        [
            E("Kellogg holds talks with Lukashenko in Minsk", "CONSULT", ["Keith Kellogg", "Alexander Lukashenko"],
              "2025-06-21", "context", "occurred", "Siarhei Tsikhanouski arrived in Vilnius",
              note="'hours after' is event-anchored; the day comes from 'on Saturday'"),
            E("Belarus frees 14 prisoners, among them Tsikhanouski", "CONCEDE", ["Belarus", "United States"],
              "2025-06-21", "context", "occurred", "was among 14 prisoners released"),
            E("Tsikhanouski arrested in May 2020", "COERCE", ["Belarus"], "2020-05", "text", "occurred",
              "was among 14 prisoners released"),
            E("Pompeo visited Minsk in February 2020", "CONSULT", ["United States", "Belarus"], "2020-02", "text",
              "occurred", "Mike Pompeo travelled to Minsk"),
            E("Lukashenko tells Kellogg that Minsk is open to talking about everything", "AGREE",
              ["Alexander Lukashenko", "Keith Kellogg"], "2025-06-21", "context", "occurred",
              "open to talking about everything"),
            E("Minsk freed three prisoners, including an American, in February", "CONCEDE",
              ["Belarus", "United States"], "2025-02", "text", "occurred", "In February, Minsk had freed"),
            E("A State Department official visited Minsk", "CONSULT", ["United States", "Belarus"], "2025-02",
              "context", "occurred", "In February, Minsk had freed"),
            E("Tsikhanouskaya thanks Trump and his team", "SUPPORT", ["Donald Trump"], "2025-06-21TEV", "text",
              "occurred", "thanked US President Donald Trump",
              note="Tsikhanouskaya is not canonical; only the canonical side is listed"),
            E("Tsikhanouskaya urges Washington to keep up the pressure until all political prisoners are free",
              "REQUEST", ["United States", "Belarus"], "2025-06-21TEV", "context", "occurred", "She urged Washington",
              note="Tsikhanouskaya is not canonical; only the canonical sides are listed"),
            E("Lithuania: the release does not change the nature of the regime", "ACCUSE", ["Belarus"], "2025-06-22",
              "published", "occurred", "Kęstutis Budrys", note="Lithuania is not canonical"),
            E("Peskov: no objections to contacts between Minsk and Washington", "SUPPORT",
              ["Dmitry Peskov", "Belarus", "United States"], "2025-06-22", "published", "occurred", "no objections"),
            E("Sybiha warns against easing sanctions on Minsk", "REQUEST", ["Andrii Sybiha", "United States", "Belarus"],
              "2025-06-22", "published", "occurred", "warned against any easing"),
            E("Sybiha accuses Minsk of letting its territory be used for Russia's war", "ACCUSE",
              ["Andrii Sybiha", "Belarus", "Russia"], "2025-06-22", "published", "occurred",
              "warned against any easing"),
            E("Lukashenko to host Putin at the Eurasian Economic Union summit in Minsk", "CONSULT",
              ["Alexander Lukashenko", "Vladimir Putin"], "2025-06-26", "text", "planned", "Eurasian Economic Union"),
            E("NATO summit in The Hague", "CONSULT", ["NATO"], "2025-06-24", "text", "planned", "gather in The Hague"),
        ],
        [
            S("United States", "State Department: Tsikhanouski was among 14 prisoners released", "2025-06-22",
              "published", "was among 14 prisoners released"),
            S("Alexander Lukashenko, via Belarus", "Minsk is open to talking about everything", "2025-06-21",
              "context", "open to talking about everything"),
            S("Poland", "One Polish citizen has been freed; the ministry is in contact with his family", "2025-06-22",
              "published", "Poland's foreign ministry said"),
            S("Dmitry Peskov", "No objections to contacts between Minsk and Washington; Belarus is a sovereign state",
              "2025-06-22", "published", "no objections"),
            S("Andrii Sybiha", "Warns against easing sanctions on Minsk, which lets its territory be used for Russia's war",
              "2025-06-22", "published", "warned against any easing"),
        ],
        ["Belarus", "Keith Kellogg", "Alexander Lukashenko", "United States", "Poland", "Ukraine", "Donald Trump",
         "Kremlin", "Dmitry Peskov", "Russia", "Andrii Sybiha", "Vladimir Putin", "NATO"],
    ),
    doc(
        "b34en03_leo_xiv_kyiv_visit_2026_10", "2026-10-04", EN03,
        [
            T("Saturday", "DATE", "2026-10-03"),
            T("2001", "DATE", "2001"),
            T("nearly nine hours", "DURATION", "PT9H", mod="APPROX"),
            T("late Friday", "TIME", "2026-10-02TNI"),
            T("more than an hour", "DURATION", "PT1H", mod="MORE_THAN"),
            T("next month", "DATE", "2026-11"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("overnight", "TIME", "2026-10-02TNI", note="the night before the visit"),
            T("June last year", "DATE", "2025-06"),
            T("July", "DATE", "2025-07"),
            T("December", "DATE", "2025-12"),
            T("late Saturday", "TIME", "2026-10-03TNI"),
        ],
        [
            E("Pope Leo XIV visits Kyiv", "CONSULT", ["Vatican", "Ukraine"], "2026-10-03", "text", "occurred",
              "Pope Leo XIV on Saturday became"),
            E("John Paul II visited Ukraine in 2001", "CONSULT", ["Vatican", "Ukraine"], "2001", "text", "occurred",
              "Pope Leo XIV on Saturday became"),
            E("Tusk welcomes the pope in Przemyśl", "CONSULT", ["Donald Tusk", "Vatican"], "2026-10-02TNI", "text",
              "occurred", "had welcomed him late Friday"),
            E("Pope and Zelensky hold private talks at the Mariinsky Palace", "CONSULT",
              ["Vatican", "Volodymyr Zelensky"], "2026-10-03", "context", "occurred", "Mariinsky Palace"),
            E("Zelensky asks the pope to help return deported children and to press for an all-for-all exchange",
              "REQUEST", ["Volodymyr Zelensky", "Vatican"], "2026-10-03", "context", "occurred",
              "he had asked the pope"),
            E("Zelensky to travel to Rome next month", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2026-11", "text",
              "planned", "travel to Rome next month"),
            E("The pope calls for a ceasefire without delay", "REQUEST", ["Vatican"], "2026-10-03", "context",
              "occurred", "He called for a ceasefire"),
            E("The pope renews his offer to host Russian and Ukrainian negotiators at the Vatican", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2026-10-03", "context", "occurred", "He called for a ceasefire"),
            E("Archbishop Shevchuk praises the visit", "SUPPORT", ["Vatican"], "2026-10-04", "published", "occurred",
              "Archbishop Sviatoslav Shevchuk", note="Shevchuk is not canonical; only the canonical side is listed"),
            E("Russian and Ukrainian officials could meet in Rome on the children", "CONSULT",
              ["Russia", "Ukraine", "Vatican"], "FUTURE_REF", "vague", "uncertain", "Cardinal Pietro Parolin"),
            E("Peskov regrets that the pope did not visit Donbas", "ACCUSE", ["Dmitry Peskov", "Vatican"],
              "2026-10-04", "published", "occurred", "regretted that he had not"),
            E("Russian drones strike energy facilities in the Kyiv region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-02TNI", "text", "occurred", "Russian drones struck energy facilities"),
            E("Rubio praises the visit", "SUPPORT", ["Marco Rubio", "Vatican"], "2026-10-04", "published", "occurred",
              "a powerful witness for peace"),
            E("Leo XIV speaks with Putin by phone", "CONSULT", ["Vatican", "Vladimir Putin"], "2025-06", "text",
              "occurred", "by phone in June last year"),
            E("Leo XIV receives Zelensky at Castel Gandolfo in July", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2025-07", "text", "occurred", "Castel Gandolfo"),
            E("Leo XIV receives Zelensky at Castel Gandolfo again in December", "CONSULT",
              ["Vatican", "Volodymyr Zelensky"], "2025-12", "text", "occurred", "Castel Gandolfo"),
        ],
        [
            S("Vatican", "Press Office: more than an hour of private talks with Zelensky", "2026-10-04", "published",
              "Mariinsky Palace"),
            S("Volodymyr Zelensky", "Asked the pope to help bring home deported children and press for an "
              "all-for-all exchange", "2026-10-03", "context", "he had asked the pope"),
            S("Volodymyr Zelensky", "The Holy Father understands that a just peace cannot reward the aggressor",
              "2026-10-03", "context", "The Holy Father understands"),
            S("Volodymyr Zelensky", "Will travel to Rome next month to continue the conversation", "2026-10-03",
              "context", "travel to Rome next month"),
            S("Vatican", "The world cannot get used to this war", "2026-10-03", "context", "In his homily"),
            S("Vatican", "Calls for a ceasefire without delay; offers to host negotiators at the Vatican", "2026-10-03",
              "context", "He called for a ceasefire"),
            S("Vatican", "Parolin: in contact with Moscow and Kyiv about the children; officials could meet in Rome",
              "2026-10-03", "context", "Cardinal Pietro Parolin"),
            S("Dmitry Peskov", "Russia respects the pope's efforts but regrets he did not visit Donbas", "2026-10-04",
              "published", "regretted that he had not"),
            S("Ukraine", "Regional authorities: Russian drones struck energy facilities in the Kyiv region",
              "2026-10-04", "published", "Russian drones struck energy facilities"),
            S("Marco Rubio", "The visit is a powerful witness for peace", "2026-10-04", "published",
              "a powerful witness for peace"),
        ],
        ["Vatican", "Ukraine", "Poland", "Donald Tusk", "Volodymyr Zelensky", "Russia", "Kremlin", "Dmitry Peskov",
         "United States", "Marco Rubio", "Vladimir Putin"],
    ),
    doc(
        "b34en04_prabowo_peace_plan_2023_06", "2023-06-05", EN04,
        [
            T("Saturday", "DATE", "2023-06-03"),
            T("minutes", "DURATION", "PTXM"),
            T("last September", "DATE", "2022-09"),
            T("Monday", "DATE", "2023-06-05"),
            T("February", "DATE", "2023-02", 0),
            T("June last year", "DATE", "2022-06"),
            T("last week", "DATE", "2023-W22"),
            T("Sunday", "DATE", "2023-06-04"),
            T("February 2024", "DATE", "2024-02"),
        ],
        [
            E("Prabowo proposes a ceasefire in place and a demilitarised zone", "REQUEST", ["Russia", "Ukraine"],
              "2023-06-03", "text", "occurred", "Speaking at the Shangri-La Dialogue",
              note="Prabowo and Indonesia are not canonical; only the addressed sides are listed"),
            E("Prabowo suggests UN peacekeepers and UN-run referendums", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2023-06-03", "context", "occurred", "He also suggested"),
            E("Ukraine's defence minister rejects the plan as a Russian plan", "REJECT", ["Ukraine"], "2023-06-03",
              "context", "occurred", "replied within minutes"),
            E("Russia staged sham referendums in four occupied regions", "COERCE", ["Russia", "Ukraine"], "2022-09",
              "text", "occurred", "this strange plan"),
            E("Borrell: the war is not a territorial dispute", "REJECT", ["European Union"], "2023-06-03", "context",
              "occurred", "not a territorial dispute"),
            E("Borrell: peace requires the withdrawal of Russian troops", "REQUEST", ["European Union", "Russia"],
              "2023-06-03", "context", "occurred", "not a territorial dispute"),
            E("UN General Assembly demanded Russia's withdrawal in February", "REQUEST", ["United Nations", "Russia"],
              "2023-02", "text", "occurred", "which in February demanded"),
            E("Widodo met Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2022-06", "text", "occurred",
              "Widodo", note="Widodo is not canonical"),
            E("Widodo met Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2022-06", "text", "occurred", "Widodo",
              note="Widodo is not canonical"),
            E("Russia's ambassador: Moscow appreciates any peace initiative", "SUPPORT", ["Russia"], "2023-06-05",
              "published", "occurred", "appreciates"),
            E("China turned down a US request for talks between the defence ministers", "REJECT",
              ["China", "United States"], "2023-W22", "text", "occurred", "turned down a US request"),
            E("China's defence minister urges dialogue on Ukraine", "REQUEST", ["China"], "2023-06-04", "text",
              "occurred", "turned down a US request"),
        ],
        [
            S("Ukraine", "Reznikov: the plan sounds like a Russian plan", "2023-06-03", "context",
              "replied within minutes"),
            S("Ukraine", "Reznikov: we don't need this mediator with this strange plan; Russia already staged sham "
              "referendums", "2023-06-03", "context", "this strange plan"),
            S("European Union", "Borrell: the war is not a territorial dispute; peace requires Russian withdrawal",
              "2023-06-03", "context", "not a territorial dispute"),
            S("European Union", "Borrell: we need a just peace, not a peace of surrender", "2023-06-03", "context",
              "not a peace of surrender"),
            S("Russia", "Ambassador Vorobieva: Moscow appreciates any initiative aimed at peace", "2023-06-05",
              "published", "appreciates"),
            S("China", "Defence minister Li Shangfu urges dialogue on Ukraine", "2023-06-04", "text",
              "turned down a US request"),
        ],
        ["Ukraine", "European Union", "Russia", "United Nations", "Volodymyr Zelensky", "Vladimir Putin", "China",
         "United States"],
    ),
    doc(
        "b34en05_blinken_kyiv_2024_05", "2024-05-15", EN05,
        [
            T("Tuesday", "DATE", "2024-05-14", 0),
            T("months", "DURATION", "PXM"),
            T("April 24", "DATE", "2024-04-24"),
            T("Today", "DATE", "2024-05-14", note="in Zelensky's quote, speech time Tuesday 14 May"),
            T("next month", "DATE", "2024-06"),
            T("Tuesday evening", "TIME", "2024-05-14TEV"),
            T("That night", "TIME", "2024-05-14TNI"),
            T("Wednesday", "DATE", "2024-05-15"),
            T("Friday", "DATE", "2024-05-10"),
            T("Thursday", "DATE", "2024-05-16"),
            T("two-day", "DURATION", "P2D"),
            T("last week", "DATE", "2024-W19"),
        ],
        [
            E("Blinken arrives in Kyiv on an unannounced visit", "CONSULT", ["Antony Blinken", "Ukraine"],
              "2024-05-14", "text", "occurred", "arrived in Kyiv on Tuesday"),
            E("Blinken promises that new US weapons are on the way", "AGREE",
              ["Antony Blinken", "United States", "Ukraine"], "2024-05-14", "context", "occurred",
              "arrived in Kyiv on Tuesday"),
            E("Biden signs the 61 billion dollar aid package", "AID", ["Joe Biden", "Ukraine"], "2024-04-24", "text",
              "occurred", "President Biden signed the package"),
            E("Blinken meets Zelensky", "CONSULT", ["Antony Blinken", "Volodymyr Zelensky"], "2024-05-14", "context",
              "occurred", "Blinken met President Volodymyr Zelensky"),
            E("Zelensky asks for two more Patriot systems for Kharkiv", "REQUEST",
              ["Volodymyr Zelensky", "Antony Blinken"], "2024-05-14", "context", "occurred",
              "Blinken met President Volodymyr Zelensky"),
            E("Zelensky renews his invitation to Biden to the peace summit in Switzerland", "REQUEST",
              ["Volodymyr Zelensky", "Joe Biden"], "2024-05-14", "context", "occurred", "renewed his invitation"),
            E("Peace summit in Switzerland next month", "CONSULT", ["Ukraine"], "2024-06", "text", "planned",
              "renewed his invitation", note="Switzerland is not canonical"),
            E("US announces 2 billion dollars in foreign military financing for Ukraine", "AID",
              ["Antony Blinken", "United States", "Ukraine"], "2024-05-15", "text", "occurred",
              "Blinken announced $2 billion"),
            E("Russian forces take several more villages near Vovchansk", "ASSAULT", ["Russia", "Ukraine"],
              "2024-05-15", "published", "occurred", "taken several more villages"),
            E("Russian offensive near Vovchansk in the Kharkiv region begins", "ASSAULT", ["Russia", "Ukraine"],
              "2024-05-10", "text", "occurred", "taken several more villages"),
            E("Putin to pay a two-day state visit to China", "CONSULT", ["Vladimir Putin", "China"], "2024-05-16",
              "text", "planned", "travels to Beijing on Thursday"),
            E("White House urges China to stop supplying Russia with machine tools and microelectronics", "REQUEST",
              ["White House", "China", "Russia"], "2024-05-15", "published", "occurred",
              "The White House has urged China"),
        ],
        [
            S("Antony Blinken", "New US weapons are on the way", "2024-05-14", "context", "arrived in Kyiv on Tuesday"),
            S("Volodymyr Zelensky", "Air defence is today's biggest problem", "2024-05-14", "context",
              "Today it is the biggest problem"),
            S("Antony Blinken", "Washington is working urgently to find more Patriot batteries among allies",
              "2024-05-14", "context", "Blinken said Washington was working"),
            S("Antony Blinken", "Ukraine will emerge from the war stronger; its future lies in NATO", "2024-05-14TEV",
              "text", "Kyiv Polytechnic Institute"),
            S("Antony Blinken", "Washington has not encouraged strikes on Russia, but Ukraine decides for itself",
              "2024-05-14TEV", "context", "Asked about strikes"),
            S("Antony Blinken", "Announces 2 billion dollars in foreign military financing for Ukraine", "2024-05-15",
              "text", "Blinken announced $2 billion"),
            S("Dmitry Peskov", "The new weapons will not change the dynamics at the front", "2024-05-15", "published",
              "not change the dynamics"),
            S("Russia", "Defence ministry: forces took several more villages near Vovchansk", "2024-05-15",
              "published", "taken several more villages"),
            S("Ukraine", "More than 8,000 civilians have been evacuated from the area", "2024-05-15", "published",
              "8,000 civilians"),
            S("White House", "Urges China to stop supplying Russia with machine tools and microelectronics",
              "2024-05-15", "published", "The White House has urged China"),
        ],
        ["Antony Blinken", "United States", "Ukraine", "Russia", "Joe Biden", "Volodymyr Zelensky", "NATO",
         "Kremlin", "Dmitry Peskov", "Vladimir Putin", "China", "White House"],
    ),
    doc(
        "b34en06_north_korean_pows_seoul_2026_03", "2026-03-16", EN06,
        [
            T("January last year", "DATE", "2025-01", 0),
            T("Sunday", "DATE", "2026-03-15", 0),
            T("Monday", "DATE", "2026-03-16", 0),
            T("Saturday", "DATE", "2026-03-14"),
            T("about three months", "DURATION", "P3M", mod="APPROX"),
            T("Sunday", "DATE", "2026-03-15", 1),
            T("January last year", "DATE", "2025-01", 1),
            T("months", "DURATION", "PXM", 1),
            T("February", "DATE", "2026-02"),
            T("Monday", "DATE", "2026-03-16", 1),
            T("last month", "DATE", "2026-02"),
            T("March 5", "DATE", "2026-03-05"),
            T("2024", "DATE", "2024"),
            T("2025", "DATE", "2025"),
        ],
        [
            E("Ukrainian forces capture two North Korean soldiers in the Kursk region", "COERCE", ["Ukraine"],
              "2025-01", "text", "occurred", "Two North Korean soldiers captured",
              note="North Korea is not canonical; the soldiers fought for Russia"),
            E("Ukraine hands the two North Korean POWs over to South Korean officials in Warsaw", "CONCEDE",
              ["Ukraine"], "2026-03-14", "text", "occurred", "had been handed over",
              note="South Korea is not canonical; Warsaw is only the place"),
            E("Zelensky thanks President Lee for his humane approach", "SUPPORT", ["Volodymyr Zelensky"], "2026-03-15",
              "text", "occurred", "kept its word", note="Lee Jae-myung is not canonical"),
            E("Zelensky offered to hand the two over to Kim Jong-un in exchange for Ukrainians held in Russia",
              "REQUEST", ["Volodymyr Zelensky"], "2025-01", "text", "occurred", "Zelensky had first offered",
              note="North Korea is not canonical"),
            E("Kyiv drops its demand to include the two in a wider exchange", "CONCEDE", ["Ukraine"], "2026-02",
              "text", "occurred", "before dropping that demand"),
            E("Ukraine–South Korea talks on the two POWs", "CONSULT", ["Ukraine"], "2026-02", "context", "occurred",
              "before dropping that demand", note="South Korea is not canonical"),
            E("Zakharova calls the transfer a cynical abduction", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-03-16", "text", "occurred", "a cynical abduction"),
            E("Zakharova demands the men be returned to Russia with all servicemen held by Kyiv", "REQUEST",
              ["Maria Zakharova", "Ukraine"], "2026-03-16", "text", "occurred", "a cynical abduction"),
            E("UNHCR staff interview the two men in Kyiv", "CONSULT", ["United Nations"], "2026-02", "text",
              "occurred", "whose staff interviewed"),
            E("Russia and Ukraine exchange 300 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2026-03-05", "text",
              "occurred", "exchanged 300 prisoners each", note="mediated by the UAE (not canonical)"),
            E("North Korean troops sent to fight for Russia", "MOBILIZE", ["Russia"], "2024", "text", "occurred",
              "11,000 North Korean troops", date_mod="START",
              note="deployment in 2024 and 2025, as estimated by Seoul's intelligence service"),
        ],
        [
            S("Ukraine", "Coordination headquarters: the transfer complies with international humanitarian law",
              "2026-03-16", "published", "Coordination Headquarters"),
            S("Volodymyr Zelensky", "Ukraine kept its word; thanks President Lee for his humane approach",
              "2026-03-15", "text", "kept its word"),
            S("Russia", "Russia reacted angrily", "2026-03-16", "published", "Russia reacted angrily"),
            S("Maria Zakharova", "The transfer is a cynical abduction; the men must be returned to Russia",
              "2026-03-16", "text", "a cynical abduction"),
            S("United Nations", "UNHCR found the men's wish to go to South Korea genuine", "2026-03-16", "published",
              "whose staff interviewed"),
            S("China", "Lin Jian: Beijing hopes all parties contribute to peace and stability on the peninsula",
              "2026-03-16", "published", "Lin Jian"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Maria Zakharova", "United Nations", "China"],
    ),
]
