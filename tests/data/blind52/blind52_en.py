"""English articles of the blind52 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b52en01 (The Japan News by The Yomiuri Shimbun)
EN01 = """
Motegi pledges energy aid on Kyiv visit, eyes role in reconstruction

KYIV — Foreign Minister Toshimitsu Motegi met Ukrainian President Volodymyr Zelensky in Kyiv on Wednesday and pledged about $450 million in new assistance to repair power plants and transmission lines damaged by Russian attacks.
It was Motegi's first visit to Ukraine since he took office in October.
Motegi told reporters after the talks that Japan "stands firmly with Ukraine" and would continue its support "through the winter and beyond."
Zelensky thanked Japan for its "consistent and principled" position and asked Tokyo to consider supplying mobile radar systems and generators, according to the Ukrainian presidential office.
The two sides also signed a memorandum on demining, under which Japan will provide 30 more mine-clearing machines by the end of the year and train Ukrainian operators in Cambodia.

Motegi also held talks with Foreign Minister Andrii Sybiha, who briefed him on the U.S.-brokered negotiations with Russia that are expected to resume in Geneva next week.
Sybiha said any ceasefire must be backed by "reliable security guarantees" and urged Japan to keep its sanctions in place until Russia pays for the damage it has caused.

Japan has provided about $12 billion in support to Ukraine and in 2024 joined the other Group of Seven members in a $50 billion loan serviced by profits from immobilized Russian assets.
Prime Minister Sanae Takaichi told Zelensky in a phone call on Monday that Japan would host an international conference on Ukraine's reconstruction in Tokyo in the autumn.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Tokyo's "blind following of Washington's anti-Russian course" made any return to peace treaty talks impossible.
She warned that any Japanese participation in a foreign military presence in Ukraine after a ceasefire would be regarded as a hostile act.
On Tuesday, two Russian Tu-95 strategic bombers flew over the Sea of Japan and the East China Sea for about seven hours, prompting the Air Self-Defense Force to scramble fighter jets, the Defense Ministry said.

Motegi left Kyiv by train on Wednesday night and is scheduled to meet U.S. Secretary of State Marco Rubio in Washington on Friday.
"""

# ---------------------------------------------------------------- b52en02 (The Korea Times)
EN02 = """
Kremlin warns Seoul against arming Ukraine after Yoon signals possible shift

Russia warned South Korea on Wednesday that supplying weapons to Ukraine would make it a party to the conflict, hours after President Yoon Suk Yeol suggested for the first time that Seoul could move beyond humanitarian and economic aid.

In an interview with Reuters published Wednesday, Yoon said that if Ukraine faced "a large-scale civilian attack, massacre or serious violation of the laws of war," it "might be difficult for us to insist only on humanitarian or financial support."
Seoul has so far refused to provide lethal weapons to Kyiv, citing a long-standing policy of not arming countries at war and its relations with Moscow.

Kremlin spokesman Dmitry Peskov told reporters that any supply of weapons would "indirectly mean a certain degree of involvement in this conflict."
He added that Seoul had "taken a rather unfriendly position" since the start of the special military operation.
Former President Dmitry Medvedev, the deputy chairman of Russia's Security Council, went further on Thursday, asking on Telegram how South Koreans would react if they saw "the newest Russian weapons in the hands of our partners from the DPRK."

The presidential office sought to play down the remarks, saying Yoon had described a "hypothetical situation" and that the government's position "has not changed at this point."
A senior presidential official, speaking on condition of anonymity, called it "inappropriate" for Moscow to comment on what Seoul might do in the future and said South Korea had "never threatened Russia."

Ukrainian Foreign Minister Dmytro Kuleba welcomed Yoon's comments, writing on Twitter that Kyiv was "counting on" South Korea and had "a long list" of air-defense needs.

Seoul has sent Ukraine humanitarian aid and non-lethal equipment such as helmets and bulletproof vests, and last year signed deals worth billions of dollars to sell tanks, howitzers and fighter jets to Poland.
Leaked U.S. intelligence documents recently suggested that Washington had discussed with Seoul ways to move 155-millimeter artillery shells to Ukraine via third countries.
Moscow has repeatedly warned Seoul against arming Kyiv, with President Vladimir Putin saying in October that such a step would "destroy" bilateral relations.

Yoon will leave for Washington on Monday for a state visit, with a summit with President Joe Biden scheduled for April 26.
Officials said Ukraine and the war's implications for the Korean Peninsula would be on the agenda.
"""

# ---------------------------------------------------------------- b52en03 (ThePrint)
EN03 = """
Modi receives Lavrov, offers to 'contribute' to peace efforts as US warns of 'consequences'

New Delhi: Prime Minister Narendra Modi met Russian Foreign Minister Sergey Lavrov Friday evening and reiterated his call for an early cessation of violence in Ukraine, offering to contribute "in any way" to peace efforts, the Ministry of External Affairs (MEA) said.
The meeting, which was not on Lavrov's original schedule, was seen as a rare gesture — Modi had not received Chinese Foreign Minister Wang Yi, who visited Delhi on 25 March.
Lavrov had arrived Thursday evening from China, where he held talks with Wang in the city of Tunxi on Wednesday.

Earlier on Friday, Lavrov held talks with External Affairs Minister S. Jaishankar at Hyderabad House.
At a joint press appearance, Lavrov said Russia was ready to supply India with "any goods" it wanted to buy, and that the two sides were working on a rupee-rouble payment mechanism to bypass Western sanctions.
Asked whether India could mediate between Moscow and Kyiv, he said: "If India wants to play a role in supporting such a process, nobody would be against it."
He also said Russia's talks with Ukraine in Istanbul on Tuesday had shown "progress" on Kyiv's readiness to accept neutrality, and accused the West of trying to turn "any international issue into the Ukrainian crisis."

On Thursday, US Deputy National Security Adviser Daleep Singh, who was on a two-day visit to Delhi, warned that there would be "consequences" for countries that "actively attempt to circumvent or backfill" American sanctions.
India should not expect Russia to "come running to India's defence" if China violated the Line of Actual Control, Singh told reporters.
British Foreign Secretary Liz Truss, also in Delhi on Thursday, said Britain wanted to deepen defence ties so that India would depend less on Russian weapons.
Jaishankar hit back that Europe had bought more Russian oil and gas in March than in the month before, while India's purchases were "a fraction" of that.

Ukrainian Foreign Minister Dmytro Kuleba said on Friday that India should use its "special relationship" with Moscow to press for an end to the war.
India has abstained on resolutions condemning Russia at the UN Security Council and General Assembly and has not joined Western sanctions, while calling for dialogue and diplomacy.
Lavrov, whose visit was his first to India since Russia invaded Ukraine on 24 February, left for Moscow late Friday.
"""

# ---------------------------------------------------------------- b52en04 (ANTARA News)
EN04 = """
Indonesia ready to send peacekeepers to Ukraine under UN mandate: FM

Jakarta (ANTARA) - Indonesia is prepared to contribute troops to a United Nations mission monitoring a future ceasefire in Ukraine, Foreign Minister Sugiono said here on Monday after receiving his Ukrainian counterpart Andrii Sybiha.
Indonesia would take part only if the mission had a clear mandate from the UN Security Council and the consent of both Russia and Ukraine, Sugiono told a joint press conference at the Pancasila Building.
"In line with our free and active foreign policy, Indonesia stands ready to contribute to world peace, as mandated by our Constitution," he said.

Sybiha, who arrived in Jakarta on Sunday for a two-day visit, the first by a Ukrainian foreign minister since 2021, thanked Indonesia for its humanitarian assistance during the talks and invited President Prabowo Subianto to visit Kyiv.
He said Kyiv valued Indonesia's voice in the Global South and hoped Jakarta would support efforts to return Ukrainian children deported to Russia.
Any monitoring mission must not "freeze the conflict or reward aggression," Sybiha said.

Prabowo, then defence minister, proposed a ceasefire along the front lines, a demilitarised zone and UN peacekeepers at the Shangri-La Dialogue in Singapore in June 2023, a plan Kyiv rejected at the time.
He met President Vladimir Putin in St. Petersburg in June last year, when the two leaders signed a declaration on strategic partnership, and Indonesia joined BRICS as a full member in January 2025.

In Moscow, Foreign Ministry spokesperson Maria Zakharova told reporters on Tuesday that Russia respected Indonesia's independent position, but that foreign troops in Ukraine were "out of the question" as long as the "root causes" of the conflict had not been eliminated.
Russian Ambassador to Indonesia Sergei Tolchenov told ANTARA that Moscow appreciated Jakarta's balanced approach and would welcome President Prabowo in Russia "at any time."
U.S. special envoy Steve Witkoff said last week that ceasefire monitoring remained "one of the open questions" in the talks between Moscow and Kyiv.

Sugiono said Indonesia would discuss the proposal with UN Secretary-General Antonio Guterres during a visit to New York next month.
The Indonesian National Armed Forces (TNI) currently have more than 2,700 personnel serving in UN peacekeeping missions, including in Lebanon and the Central African Republic.
"""

# ---------------------------------------------------------------- b52en05 (New Zealand Herald)
EN05 = """
Russia sanctions law passes unanimously as Government readies list targeting Putin

New Zealand's first law allowing the Government to impose its own sanctions on another country passed all stages under urgency last night, with every MP in the House voting in favour.
The Russia Sanctions Act allows ministers to freeze assets, ban Russian ships and aircraft from New Zealand waters and airspace, and stop trade with people and companies linked to the invasion of Ukraine.
Foreign Minister Nanaia Mahuta said the first designations, expected in the coming weeks, would include President Vladimir Putin and about 100 other individuals, among them senior ministers and oligarchs with links to New Zealand.

Prime Minister Jacinda Ardern said yesterday that the law sent "a clear message" that New Zealand would not stand by while Russia trampled on Ukraine's sovereignty.
Ardern spoke to Ukrainian President Volodymyr Zelensky by phone on Monday and offered New Zealand's "full support", her office said.

Until now, New Zealand could impose sanctions only through the United Nations, where Russia can block any measure with its veto on the Security Council.
Wellington imposed travel bans on Russian officials and banned exports to Russia's military and security forces on February 25, measures that ACT leader David Seymour, whose member's bill prompted the Government to act, called "toothless".

The Russian Embassy in Wellington said in a statement that the law was an "unfriendly step" that would damage relations, and accused New Zealand of "blindly following" the United States and Britain.
Moscow on Monday added New Zealand to its list of "unfriendly" countries, along with the United States, Britain, the European Union member states, Australia and Japan.

Ukraine's ambassador to Australia and New Zealand, Vasyl Myroshnychenko, welcomed the law as "a strong signal" and urged Wellington to send military equipment.
The Government has given $2 million in humanitarian aid and last week pledged $1 million to Nato's trust fund for non-lethal military supplies to Ukraine.
National's foreign affairs spokesman Gerry Brownlee said the Government had been "slow off the mark" but his party was glad to support the bill.
"""

# ---------------------------------------------------------------- b52en06 (Global Times)
EN06 = """
China urges Kyiv to 'correctly view' its role after Zelensky's claims about Chinese nationals

China's Foreign Ministry on Wednesday dismissed as "groundless" claims by Ukrainian President Volodymyr Zelensky that large numbers of Chinese nationals were fighting for Russia, urging the Ukrainian side to "correctly and rationally" view China's role in the Ukraine crisis.
Chinese Foreign Ministry spokesperson Lin Jian told a regular press conference that the Chinese government "has always asked Chinese citizens to stay away from areas of armed conflict" and to avoid any form of involvement, in particular in military operations of any party.
China's position on the Ukraine crisis is "objective and clear" and has been widely recognized by the international community, Lin said, adding that Beijing was verifying the relevant information with the Ukrainian side.

Zelensky said on Tuesday that Ukrainian troops had captured two Chinese citizens fighting in the Russian army in the Donetsk region, and posted a video of one of the men.
On Wednesday, he claimed that at least 155 Chinese nationals were fighting for Russia and accused Beijing of supplying gunpowder and artillery to Moscow, remarks Lin described as "irresponsible."
Ukrainian Foreign Minister Andrii Sybiha summoned the Chinese charge d'affaires in Kyiv on Tuesday to demand an explanation.
Kremlin spokesperson Dmitry Peskov said the same day that the Ukrainian claims were "not correct" and that Russia did not recruit foreigners through state channels.

A US State Department spokesperson called the reports "disturbing" and described China as a "primary enabler" of Russia's war.
Li Haidong, a professor at the China Foreign Affairs University, told the Global Times on Thursday that Kyiv's "hype" appeared aimed at winning Washington's attention as US-Ukraine talks had stalled.

China and Brazil issued a six-point consensus for a political settlement of the crisis in May last year, and Beijing has said it provides no lethal weapons to either party and strictly controls exports of dual-use items.
The dispute comes as the US and China are locked in an escalating tariff war, with Washington raising duties on Chinese goods to 125 percent on Wednesday.
Beijing announced countermeasures the same day.
President Xi Jinping will receive Spanish Prime Minister Pedro Sánchez in Beijing on Friday, when the trade dispute and the Ukraine crisis are expected to be discussed.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b52en01_motegi_kyiv_visit_2026_05", "2026-05-21", EN01,
        [
            T("Wednesday", "DATE", "2026-05-20"),
            T("October", "DATE", "2025-10"),
            T("the winter", "DATE", "2026-WI", note="in Motegi's quote"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("next week", "DATE", "2026-W22"),
            T("2024", "DATE", "2024"),
            T("Monday", "DATE", "2026-05-18"),
            T("the autumn", "DATE", "2026-FA"),
            T("Tuesday", "DATE", "2026-05-19"),
            T("about seven hours", "DURATION", "PT7H", mod="APPROX"),
            T("Wednesday night", "TIME", "2026-05-20TNI"),
            T("Friday", "DATE", "2026-05-22"),
        ],
        [
            E("Motegi meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2026-05-20", "text", "occurred",
              "Toshimitsu Motegi met Ukrainian President"),
            E("Japan pledges about $450 million to repair Ukraine's energy infrastructure", "AID", ["Ukraine"],
              "2026-05-20", "text", "occurred", "Toshimitsu Motegi met Ukrainian President"),
            E("Japan promises to continue its support through the winter and beyond", "AGREE", ["Ukraine"],
              "2026-05-20", "context", "occurred", "stands firmly with Ukraine"),
            E("Zelensky asks Tokyo for mobile radar systems and generators", "REQUEST", ["Volodymyr Zelensky"],
              "2026-05-20", "context", "occurred", "Zelensky thanked Japan"),
            E("Japan and Ukraine sign a memorandum on demining", "AGREE", ["Ukraine"], "2026-05-20", "context",
              "occurred", "memorandum on demining"),
            E("Japan to provide 30 more mine-clearing machines by the end of the year", "AID", ["Ukraine"], "2026",
              "text", "planned", "memorandum on demining", date_mod="END"),
            E("Motegi holds talks with Sybiha", "CONSULT", ["Andrii Sybiha"], "2026-05-20", "context", "occurred",
              "Motegi also held talks"),
            E("US-brokered negotiations with Russia to resume in Geneva next week", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-W22", "text", "planned", "Motegi also held talks"),
            E("Sybiha: any ceasefire must be backed by reliable security guarantees", "REQUEST", ["Andrii Sybiha"],
              "2026-05-20", "context", "occurred", "reliable security guarantees"),
            E("Sybiha urges Japan to keep sanctions until Russia pays for the damage", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-05-20", "context", "occurred", "reliable security guarantees"),
            E("Japan joins the G7's $50 billion loan serviced by profits from immobilized Russian assets", "AID",
              ["Ukraine", "Russia"], "2024", "text", "occurred", "in 2024 joined"),
            E("Takaichi–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2026-05-18", "text", "occurred",
              "Takaichi told Zelensky"),
            E("Japan to host a conference on Ukraine's reconstruction in Tokyo", "CONSULT", ["Ukraine"], "2026-FA",
              "text", "planned", "Takaichi told Zelensky"),
            E("Zakharova accuses Tokyo of blindly following Washington's anti-Russian course", "ACCUSE",
              ["Maria Zakharova"], "2026-05-21", "published", "occurred", "blind following"),
            E("Zakharova: a return to peace treaty talks is impossible", "REJECT", ["Maria Zakharova"], "2026-05-21",
              "published", "occurred", "blind following"),
            E("Zakharova: Japanese participation in a foreign military presence would be a hostile act", "THREATEN",
              ["Maria Zakharova"], "2026-05-21", "published", "occurred", "regarded as a hostile act"),
            E("Two Russian Tu-95 bombers fly over the Sea of Japan and the East China Sea", "MOBILIZE", ["Russia"],
              "2026-05-19", "text", "occurred", "Tu-95"),
            E("Motegi to meet Rubio in Washington", "CONSULT", ["Marco Rubio"], "2026-05-22", "text", "planned",
              "scheduled to meet U.S. Secretary"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Japan for its consistent position; asks for mobile radars and generators",
              "2026-05-20", "context", "Zelensky thanked Japan"),
            S("Andrii Sybiha", "A ceasefire needs reliable security guarantees; Japan should keep sanctions until "
              "Russia pays for the damage", "2026-05-20", "context", "reliable security guarantees"),
            S("Maria Zakharova", "Tokyo's blind following of Washington's anti-Russian course makes a return to "
              "peace treaty talks impossible", "2026-05-21", "published", "blind following"),
            S("Maria Zakharova", "Japanese participation in a foreign military presence in Ukraine would be a "
              "hostile act", "2026-05-21", "published", "regarded as a hostile act"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Andrii Sybiha", "United States", "Maria Zakharova",
         "Marco Rubio"],
    ),
    doc(
        "b52en02_yoon_weapons_kremlin_warning_2023_04", "2023-04-20", EN02,
        [
            T("Wednesday", "DATE", "2023-04-19", 0),
            T("Wednesday", "DATE", "2023-04-19", 1),
            T("Thursday", "DATE", "2023-04-20"),
            T("this point", "DATE", "PRESENT_REF"),
            T("the future", "DATE", "FUTURE_REF"),
            T("last year", "DATE", "2022"),
            T("recently", "DATE", "PAST_REF"),
            T("October", "DATE", "2022-10"),
            T("Monday", "DATE", "2023-04-24"),
            T("April 26", "DATE", "2023-04-26"),
        ],
        [
            E("Yoon signals Seoul could go beyond humanitarian and financial support for Ukraine", "AID",
              ["Ukraine"], "2023-04-19", "text", "uncertain", "In an interview with Reuters"),
            E("Peskov warns that any weapons supply would mean involvement in the conflict", "REQUEST",
              ["Dmitry Peskov"], "2023-04-19", "context", "occurred", "indirectly mean"),
            E("Peskov accuses Seoul of an unfriendly position", "ACCUSE", ["Dmitry Peskov"], "2023-04-19", "context",
              "occurred", "rather unfriendly position"),
            E("Medvedev threatens to arm North Korea with the newest Russian weapons", "THREATEN", ["Russia"],
              "2023-04-20", "text", "occurred", "Medvedev"),
            E("Seoul official calls Moscow's comments inappropriate", "ACCUSE", ["Russia"], "2023-04-20", "published",
              "occurred", "inappropriate"),
            E("Kuleba welcomes Yoon's comments", "SUPPORT", ["Ukraine"], "2023-04-20", "published", "occurred",
              "Kuleba welcomed"),
            E("Kuleba: Kyiv counts on South Korea and has a long list of air-defence needs", "REQUEST", ["Ukraine"],
              "2023-04-20", "published", "occurred", "Kuleba welcomed"),
            E("South Korea signs arms deals with Poland", "AGREE", ["Poland"], "2022", "text", "occurred",
              "last year signed deals"),
            E("Washington discussed with Seoul moving artillery shells to Ukraine via third countries", "CONSULT",
              ["United States"], "PAST_REF", "vague", "uncertain", "Leaked U.S. intelligence"),
            E("Putin warns that arming Kyiv would destroy relations with Seoul", "REQUEST", ["Vladimir Putin"],
              "2022-10", "text", "occurred", "Putin saying in October"),
            E("Yoon's state visit to Washington", "CONSULT", ["United States"], "2023-04-24", "text", "planned",
              "Yoon will leave for Washington"),
            E("Yoon–Biden summit", "CONSULT", ["Joe Biden"], "2023-04-26", "text", "planned",
              "Yoon will leave for Washington"),
        ],
        [
            S("Russia", "Supplying weapons to Ukraine would make South Korea a party to the conflict", "2023-04-19",
              "text", "Russia warned South Korea"),
            S("Dmitry Peskov", "Any supply of weapons would indirectly mean involvement in the conflict",
              "2023-04-19", "context", "indirectly mean"),
            S("Dmitry Peskov", "Seoul has taken a rather unfriendly position", "2023-04-19", "context",
              "rather unfriendly position"),
            S("Russia", "Medvedev: how would South Koreans react to the newest Russian weapons in North Korean hands",
              "2023-04-20", "text", "Medvedev"),
            S("Ukraine", "Kuleba: Kyiv counts on South Korea and has a long list of air-defence needs", "2023-04-20",
              "published", "Kuleba welcomed"),
            S("Vladimir Putin", "Arming Kyiv would destroy relations with Seoul", "2022-10", "text",
              "Putin saying in October"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Poland", "United States", "Vladimir Putin", "Joe Biden"],
    ),
    doc(
        "b52en03_lavrov_modi_new_delhi_2022_04", "2022-04-02", EN03,
        [
            T("Friday evening", "TIME", "2022-04-01TEV"),
            T("25 March", "DATE", "2022-03-25"),
            T("Thursday evening", "TIME", "2022-03-31TEV"),
            T("Wednesday", "DATE", "2022-03-30"),
            T("Friday", "DATE", "2022-04-01", 1),
            T("Tuesday", "DATE", "2022-03-29"),
            T("Thursday", "DATE", "2022-03-31", 1),
            T("two-day", "DURATION", "P2D"),
            T("Thursday", "DATE", "2022-03-31", 2),
            T("March", "DATE", "2022-03", 1),
            T("the month before", "DATE", "2022-02"),
            T("Friday", "DATE", "2022-04-01", 2),
            T("24 February", "DATE", "2022-02-24"),
            T("late Friday", "TIME", "2022-04-01TNI"),
        ],
        [
            E("Modi meets Lavrov", "CONSULT", ["Sergey Lavrov"], "2022-04-01TEV", "text", "occurred",
              "Narendra Modi met Russian Foreign Minister"),
            E("Modi reiterates his call for an early cessation of violence", "REQUEST", ["Sergey Lavrov"],
              "2022-04-01TEV", "text", "occurred", "Narendra Modi met Russian Foreign Minister"),
            E("Modi offers to contribute to peace efforts", "REQUEST", ["Russia", "Ukraine"], "2022-04-01TEV", "text",
              "occurred", "Narendra Modi met Russian Foreign Minister"),
            E("Wang Yi visits Delhi", "CONSULT", ["China"], "2022-03-25", "text", "occurred",
              "who visited Delhi on 25 March"),
            E("Lavrov holds talks with Wang Yi in Tunxi", "CONSULT", ["Sergey Lavrov", "China"], "2022-03-30", "text",
              "occurred", "Tunxi"),
            E("Lavrov–Jaishankar talks at Hyderabad House", "CONSULT", ["Sergey Lavrov"], "2022-04-01", "text",
              "occurred", "Hyderabad House"),
            E("Lavrov: Russia ready to supply India with any goods it wants to buy", "AGREE", ["Sergey Lavrov"],
              "2022-04-01", "context", "occurred", "any goods"),
            E("Russia and India work on a rupee-rouble payment mechanism", "COOPERATE", ["Russia"], "2022-04-01",
              "context", "occurred", "any goods"),
            E("Lavrov welcomes a possible Indian role in mediation", "SUPPORT", ["Sergey Lavrov"], "2022-04-01",
              "context", "occurred", "nobody would be against it"),
            E("Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2022-03-29", "text", "occurred",
              "talks with Ukraine in Istanbul"),
            E("Lavrov accuses the West of turning every issue into the Ukrainian crisis", "ACCUSE",
              ["Sergey Lavrov"], "2022-04-01", "context", "occurred", "talks with Ukraine in Istanbul"),
            E("Daleep Singh warns of consequences for circumventing US sanctions", "THREATEN", ["United States"],
              "2022-03-31", "text", "occurred", "Daleep Singh"),
            E("US deputy national security adviser visits Delhi", "CONSULT", ["United States"], "2022-03-31",
              "context", "occurred", "Daleep Singh", note="two-day visit, 30–31 March 2022"),
            E("Truss visits Delhi", "CONSULT", ["United Kingdom"], "2022-03-31", "text", "occurred", "Liz Truss"),
            E("Truss proposes deeper defence ties so India depends less on Russian weapons", "REQUEST",
              ["United Kingdom"], "2022-03-31", "text", "occurred", "Liz Truss"),
            E("Jaishankar retorts that Europe bought more Russian oil and gas", "ACCUSE", ["European Union"],
              "2022-03-31", "context", "occurred", "Jaishankar hit back"),
            E("Kuleba urges India to use its relationship with Moscow to press for an end to the war", "REQUEST",
              ["Ukraine", "Russia"], "2022-04-01", "text", "occurred", "Kuleba said on Friday"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "since Russia invaded"),
        ],
        [
            S("Sergey Lavrov", "Russia is ready to supply India with any goods; a rupee-rouble mechanism is being "
              "worked on", "2022-04-01", "context", "any goods"),
            S("Sergey Lavrov", "Nobody would be against an Indian role in supporting the process", "2022-04-01",
              "context", "nobody would be against it"),
            S("Sergey Lavrov", "The Istanbul talks showed progress on neutrality; the West turns every issue into "
              "the Ukrainian crisis", "2022-04-01", "context", "talks with Ukraine in Istanbul"),
            S("United States", "Singh: consequences for countries that circumvent or backfill US sanctions",
              "2022-03-31", "text", "Daleep Singh"),
            S("United States", "Singh: India should not expect Russia to come to its defence against China",
              "2022-03-31", "context", "come running"),
            S("United Kingdom", "Truss: Britain wants deeper defence ties with India", "2022-03-31", "text",
              "Liz Truss"),
            S("Ukraine", "Kuleba: India should use its special relationship with Moscow to press for an end to the "
              "war", "2022-04-01", "text", "Kuleba said on Friday"),
        ],
        ["Sergey Lavrov", "Russia", "Ukraine", "China", "United States", "United Kingdom", "European Union",
         "United Nations"],
    ),
    doc(
        "b52en04_indonesia_peacekeepers_sybiha_jakarta_2026_02", "2026-02-17", EN04,
        [
            T("Monday", "DATE", "2026-02-16"),
            T("Sunday", "DATE", "2026-02-15"),
            T("two-day", "DURATION", "P2D"),
            T("2021", "DATE", "2021"),
            T("June 2023", "DATE", "2023-06"),
            T("June last year", "DATE", "2025-06"),
            T("January 2025", "DATE", "2025-01"),
            T("Tuesday", "DATE", "2026-02-17"),
            T("last week", "DATE", "2026-W07"),
            T("next month", "DATE", "2026-03"),
            T("currently", "DATE", "PRESENT_REF"),
        ],
        [
            E("Foreign Minister Sugiono receives Sybiha in Jakarta", "CONSULT", ["Andrii Sybiha"], "2026-02-16",
              "text", "occurred", "Indonesia is prepared to contribute troops"),
            E("Indonesia offers troops for a UN mission monitoring a ceasefire in Ukraine", "MOBILIZE",
              ["United Nations", "Ukraine"], "2026-02-16", "text", "planned",
              "Indonesia is prepared to contribute troops"),
            E("Indonesia's condition: a UN Security Council mandate and the consent of Russia and Ukraine",
              "REQUEST", ["United Nations", "Russia", "Ukraine"], "2026-02-16", "context", "occurred",
              "clear mandate"),
            E("Sybiha invites President Prabowo to Kyiv", "REQUEST", ["Andrii Sybiha"], "2026-02-16", "context",
              "occurred", "invited President Prabowo"),
            E("Sybiha asks Jakarta to support the return of Ukrainian children deported to Russia", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-02-16", "context", "occurred", "deported to Russia"),
            E("Sybiha: a monitoring mission must not freeze the conflict or reward aggression", "REQUEST",
              ["Andrii Sybiha"], "2026-02-16", "context", "occurred", "freeze the conflict"),
            E("Prabowo proposes a ceasefire, demilitarised zone and UN peacekeepers at the Shangri-La Dialogue",
              "REQUEST", ["Russia", "Ukraine", "United Nations"], "2023-06", "text", "occurred",
              "then defence minister"),
            E("Kyiv rejects Prabowo's plan", "REJECT", ["Ukraine"], "2023-06", "context", "occurred",
              "then defence minister"),
            E("Prabowo meets Putin in St. Petersburg", "CONSULT", ["Vladimir Putin"], "2025-06", "text", "occurred",
              "He met President Vladimir Putin"),
            E("Indonesia and Russia sign a declaration on strategic partnership", "AGREE", ["Vladimir Putin"],
              "2025-06", "context", "occurred", "He met President Vladimir Putin"),
            E("Zakharova rules out foreign troops in Ukraine", "REJECT", ["Maria Zakharova"], "2026-02-17", "text",
              "occurred", "Zakharova told reporters"),
            E("Zakharova: the 'root causes' of the conflict must be eliminated first", "REQUEST",
              ["Maria Zakharova"], "2026-02-17", "text", "occurred", "Zakharova told reporters"),
            E("Russia's ambassador invites Prabowo to Russia", "REQUEST", ["Russia"], "2026-02-17", "published",
              "occurred", "Tolchenov"),
            E("Sugiono to discuss the proposal with Guterres in New York", "CONSULT", ["António Guterres"],
              "2026-03", "text", "planned", "Antonio Guterres"),
        ],
        [
            S("Andrii Sybiha", "Thanks Indonesia for its humanitarian aid and invites Prabowo to Kyiv", "2026-02-16",
              "context", "invited President Prabowo"),
            S("Andrii Sybiha", "Kyiv values Indonesia's voice in the Global South and hopes for support on the "
              "return of deported children", "2026-02-16", "context", "deported to Russia"),
            S("Andrii Sybiha", "A monitoring mission must not freeze the conflict or reward aggression",
              "2026-02-16", "context", "freeze the conflict"),
            S("Maria Zakharova", "Russia respects Indonesia's position, but foreign troops in Ukraine are out of the "
              "question until the root causes are eliminated", "2026-02-17", "text", "Zakharova told reporters"),
            S("Russia", "Tolchenov: Moscow appreciates Jakarta's balanced approach and would welcome Prabowo",
              "2026-02-17", "published", "Tolchenov"),
            S("Steve Witkoff", "Ceasefire monitoring remains one of the open questions in the talks", "2026-W07",
              "text", "Witkoff said last week"),
        ],
        ["United Nations", "Ukraine", "Andrii Sybiha", "Russia", "Vladimir Putin", "Maria Zakharova",
         "Steve Witkoff", "United States", "António Guterres"],
    ),
    doc(
        "b52en05_nz_russia_sanctions_act_2022_03", "2022-03-10", EN05,
        [
            T("last night", "TIME", "2022-03-09TNI"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("yesterday", "DATE", "2022-03-09"),
            T("Monday", "DATE", "2022-03-07", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("February 25", "DATE", "2022-02-25"),
            T("Monday", "DATE", "2022-03-07", 1),
            T("last week", "DATE", "2022-W09"),
        ],
        [
            E("New Zealand passes its Russia Sanctions Act", "SANCTION", ["Russia"], "2022-03-09TNI", "text",
              "occurred", "passed all stages"),
            E("First designations to include Putin and about 100 other individuals", "SANCTION",
              ["Vladimir Putin", "Russia"], "FUTURE_REF", "vague", "planned", "first designations"),
            E("Ardern accuses Russia of trampling on Ukraine's sovereignty", "ACCUSE", ["Russia"], "2022-03-09",
              "text", "occurred", "a clear message"),
            E("Ardern–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2022-03-07", "text", "occurred",
              "Ardern spoke to Ukrainian President"),
            E("Ardern offers New Zealand's full support", "SUPPORT", ["Volodymyr Zelensky"], "2022-03-07", "context",
              "occurred", "Ardern spoke to Ukrainian President"),
            E("New Zealand imposes travel bans on Russian officials and bans exports to Russia's military",
              "SANCTION", ["Russia"], "2022-02-25", "text", "occurred", "Wellington imposed travel bans"),
            E("Russian Embassy accuses New Zealand of blindly following the US and Britain", "ACCUSE", ["Russia"],
              "2022-03-10", "published", "occurred", "Russian Embassy in Wellington"),
            E("Russia adds New Zealand, the US, Britain and the EU states to its list of unfriendly countries",
              "SANCTION", ["Russia", "United States", "United Kingdom", "European Union"], "2022-03-07", "text",
              "occurred", "list of \"unfriendly\" countries"),
            E("Ukraine's ambassador welcomes the law", "SUPPORT", ["Ukraine"], "2022-03-10", "published", "occurred",
              "Myroshnychenko"),
            E("Ukraine's ambassador urges Wellington to send military equipment", "REQUEST", ["Ukraine"],
              "2022-03-10", "published", "occurred", "Myroshnychenko"),
            E("New Zealand pledges $1 million to NATO's trust fund for Ukraine", "AID", ["NATO", "Ukraine"],
              "2022-W09", "text", "occurred", "last week pledged"),
        ],
        [
            S("Russia", "Embassy: the law is an unfriendly step; New Zealand blindly follows the US and Britain",
              "2022-03-10", "published", "Russian Embassy in Wellington"),
            S("Ukraine", "Myroshnychenko: the law is a strong signal; Wellington should send military equipment",
              "2022-03-10", "published", "Myroshnychenko"),
        ],
        ["Russia", "Vladimir Putin", "Ukraine", "Volodymyr Zelensky", "United Nations", "United States",
         "United Kingdom", "European Union", "NATO"],
    ),
    doc(
        "b52en06_china_nationals_captured_2025_04", "2025-04-10", EN06,
        [
            T("Wednesday", "DATE", "2025-04-09", 0),
            T("Tuesday", "DATE", "2025-04-08", 0),
            T("Wednesday", "DATE", "2025-04-09", 1),
            T("Tuesday", "DATE", "2025-04-08", 1),
            T("the same day", "DATE", "2025-04-08", 0),
            T("Thursday", "DATE", "2025-04-10"),
            T("May last year", "DATE", "2024-05"),
            T("Wednesday", "DATE", "2025-04-09", 2),
            T("the same day", "DATE", "2025-04-09", 1),
            T("Friday", "DATE", "2025-04-11"),
        ],
        [
            E("China dismisses Zelensky's claims as groundless", "REJECT", ["China", "Volodymyr Zelensky"],
              "2025-04-09", "text", "occurred", "dismissed as \"groundless\""),
            E("China urges the Ukrainian side to view its role correctly", "REQUEST", ["China", "Ukraine"],
              "2025-04-09", "text", "occurred", "dismissed as \"groundless\""),
            E("Beijing verifies the information with the Ukrainian side", "CONSULT", ["China", "Ukraine"],
              "2025-04-09", "context", "occurred", "verifying the relevant information"),
            E("Ukrainian troops capture two Chinese citizens fighting for Russia", "COERCE", ["Ukraine"],
              "2025-04-08", "context", "occurred", "Zelensky said on Tuesday",
              note="dated by the day Zelensky made the capture known"),
            E("Zelensky accuses Beijing of supplying gunpowder and artillery to Moscow", "ACCUSE",
              ["Volodymyr Zelensky", "China"], "2025-04-09", "text", "occurred", "he claimed that at least 155"),
            E("Sybiha summons China's charge d'affaires", "ACCUSE", ["Andrii Sybiha", "China"], "2025-04-08", "text",
              "occurred", "summoned the Chinese"),
            E("Sybiha demands an explanation from Beijing", "REQUEST", ["Andrii Sybiha", "China"], "2025-04-08",
              "text", "occurred", "summoned the Chinese"),
            E("Peskov rejects the Ukrainian claims", "REJECT", ["Dmitry Peskov", "Ukraine"], "2025-04-08", "text",
              "occurred", "Peskov said the same day"),
            E("US State Department calls China a primary enabler of Russia's war", "ACCUSE", ["United States", "China"],
              "2025-04-10", "published", "occurred", "primary enabler"),
            E("China and Brazil issue a six-point consensus for a political settlement", "REQUEST", ["China"],
              "2024-05", "text", "occurred", "six-point consensus"),
            E("US raises tariffs on Chinese goods to 125 percent", "SANCTION", ["United States", "China"],
              "2025-04-09", "text", "occurred", "raising duties"),
            E("Beijing announces countermeasures", "SANCTION", ["China", "United States"], "2025-04-09", "text",
              "occurred", "Beijing announced countermeasures"),
            E("Xi to receive Spanish Prime Minister Sánchez in Beijing", "CONSULT", ["Xi Jinping"], "2025-04-11",
              "text", "planned", "Pedro Sánchez"),
        ],
        [
            S("China", "Zelensky's claims are groundless; the Ukrainian side should view China's role correctly",
              "2025-04-09", "text", "dismissed as \"groundless\""),
            S("China", "Lin Jian: China has always asked its citizens to stay away from armed conflict",
              "2025-04-09", "context", "regular press conference"),
            S("China", "Lin Jian: China's position is objective and clear; Beijing is verifying the information",
              "2025-04-09", "context", "verifying the relevant information"),
            S("Volodymyr Zelensky", "Ukrainian troops captured two Chinese citizens fighting for Russia",
              "2025-04-08", "text", "Zelensky said on Tuesday"),
            S("Volodymyr Zelensky", "At least 155 Chinese nationals fight for Russia; Beijing supplies gunpowder "
              "and artillery", "2025-04-09", "text", "he claimed that at least 155"),
            S("China", "Lin Jian calls Zelensky's remarks irresponsible", "2025-04-09", "context",
              "he claimed that at least 155"),
            S("Dmitry Peskov", "The Ukrainian claims are not correct; Russia does not recruit foreigners through "
              "state channels", "2025-04-08", "text", "Peskov said the same day"),
            S("United States", "The reports are disturbing; China is a primary enabler of Russia's war",
              "2025-04-10", "published", "primary enabler"),
            S("China", "Beijing provides no lethal weapons to either party and strictly controls dual-use exports",
              "2025-04-10", "published", "six-point consensus"),
        ],
        ["China", "Volodymyr Zelensky", "Ukraine", "Russia", "Andrii Sybiha", "Kremlin", "Dmitry Peskov",
         "United States", "Xi Jinping"],
    ),
]
