"""English articles of the blind26 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b26en01 (Voice of America)
EN01 = """
Biden Warns Xi of 'Consequences' if China Aids Russia's War

WASHINGTON — U.S. President Joe Biden warned Chinese President Xi Jinping on Friday that Beijing would face "implications and consequences" if it provided material support to Russia as it wages war in Ukraine, the White House said.
The two leaders spoke by video for nearly two hours, their first conversation since Russia launched its invasion of Ukraine on Feb. 24.
White House press secretary Jen Psaki told reporters that Biden had "detailed" the costs Beijing would face, but she declined to say whether Xi had offered any assurances.

A Chinese readout carried by state broadcaster CCTV quoted Xi as saying that "conflict and confrontation are not in anyone's interest" and that the United States and NATO should hold dialogue with Russia to address "the crux of the Ukraine crisis."
Xi also said that sweeping sanctions would make "the people suffer," and he called on all sides to support talks between Russia and Ukraine, according to the readout.

The call followed a seven-hour meeting in Rome on Monday between U.S. national security adviser Jake Sullivan and China's top diplomat, Yang Jiechi, during which Sullivan raised concerns about Beijing's alignment with Moscow.
Secretary of State Antony Blinken said Thursday that China bears "a responsibility" to use its influence with Russian President Vladimir Putin, and that Washington was concerned Beijing was considering directly assisting Moscow with military equipment.
Kremlin spokesman Dmitry Peskov said on Friday that Russia had enough resources to continue what it calls its "special military operation" and did not need Chinese help.

In Kyiv, Ukrainian President Volodymyr Zelenskyy said in an overnight video address that talks with Russia were "difficult" but continuing, and he called for "meaningful" negotiations on peace and security.
Russian negotiator Vladimir Medinsky said earlier this week that the two sides had come closer on the question of Ukraine's neutral status.

At the United Nations, the Security Council met on Friday at Russia's request to hear its claims of U.S.-funded biological weapons laboratories in Ukraine.
Washington and Kyiv have dismissed the allegations as disinformation.
"This is a lie, and it is the kind of lie Russia tells before it uses such weapons itself," U.S. Ambassador Linda Thomas-Greenfield told the council.

Biden is due to travel to Brussels next week for emergency summits of NATO and the European Union, and will then visit Poland, the White House said.
China has so far refused to condemn Russia's invasion and abstained in a vote in the U.N. Security Council last month.
Analysts in Washington said the outcome of the call would become clear only over the coming weeks.
"""

# ---------------------------------------------------------------- b26en02 (Daily Sabah)
EN02 = """
CIA chief meets Russian counterpart in Ankara as Türkiye hosts rare US-Russia talks

The director of the U.S. Central Intelligence Agency (CIA), William Burns, met with Sergei Naryshkin, the head of Russia's Foreign Intelligence Service (SVR), in the Turkish capital Ankara on Monday, in the highest-level face-to-face contact between the two countries since Russia invaded Ukraine in February.
The meeting was hosted by Türkiye's National Intelligence Organization (MIT), Turkish security sources told Daily Sabah.

A spokesperson for the White House National Security Council said Burns was "conveying a message on the consequences of the use of nuclear weapons by Russia, and the risks of escalation to strategic stability."
"He is not conducting negotiations of any kind. He is not discussing settlement of the war in Ukraine," the spokesperson added, stressing that Kyiv had been briefed in advance.
Burns would also raise the cases of U.S. citizens detained in Russia, the spokesperson said, an apparent reference to basketball star Brittney Griner and former Marine Paul Whelan.
Kremlin spokesperson Dmitry Peskov confirmed that a meeting had taken place but declined to give any details.
The contact followed a phone call between U.S. Defense Secretary Lloyd Austin and his Russian counterpart Sergei Shoigu in October.

President Recep Tayyip Erdoğan, who will attend the Group of 20 (G-20) summit in Bali starting Tuesday, is expected to meet U.S. President Joe Biden there on Wednesday, the Communications Directorate said.
Erdoğan said on Sunday that he expected the Black Sea grain deal, which expires on Nov. 19, to be extended, adding that he would raise the issue with Russian Foreign Minister Sergey Lavrov, who leads Moscow's delegation in Bali.
The deal was brokered by Türkiye and the United Nations in July and has allowed more than 10 million tons of grain to leave Ukrainian ports.
Türkiye also helped secure a prisoner swap in September in which Russia released commanders of the Azov regiment, who are to remain in Türkiye until the end of the war.

Also on Monday, the U.N. General Assembly adopted a resolution calling on Russia to pay reparations to Ukraine, with 94 countries voting in favor and 14 against.
Russia's U.N. ambassador Vassily Nebenzia called the text "legally void."
Separately, the U.S. Treasury on Monday sanctioned 14 people and 28 entities it said had helped Russia's military obtain Western technology.

In Bali, Biden and Chinese President Xi Jinping held their first in-person talks on Monday and underscored their opposition to the use or threat of use of nuclear weapons in Ukraine, according to the White House.
Meanwhile, Ukrainian President Volodymyr Zelenskyy visited the recaptured city of Kherson, saying its liberation marked "the beginning of the end of the war."
Russia had announced its withdrawal from the city last Wednesday.
"""

# ---------------------------------------------------------------- b26en03 (Evening Standard)
EN03 = """
Lord Cameron urges Republicans to pass Ukraine aid after dinner with Trump at Mar-a-Lago

Lord Cameron has urged Republicans in Congress to unblock a $60 billion (£47bn) package of military aid for Ukraine, a day after he met Donald Trump at his Florida estate.
Speaking alongside US Secretary of State Antony Blinken in Washington on Tuesday, the Foreign Secretary said that failing to support Kyiv would be "a gift to Putin" and a signal to "every aggressor" in the world.
"I'm not here to lecture anyone, but I believe this is the moment to act," Lord Cameron said.
Mr Blinken said the Biden administration was "working every day" to get the package through the House of Representatives.

The former prime minister had flown to Florida on Monday for dinner with Mr Trump, where the Foreign Office said they discussed Ukraine, Nato and the Middle East.
House Speaker Mike Johnson, who has kept the bill from a vote since February, declined to meet Lord Cameron, a snub the Foreign Office played down.
Rishi Sunak, who spoke to Volodymyr Zelensky by phone on Monday, reaffirmed Britain's £2.5bn package of military support for this year.
Mr Zelensky warned on Sunday that Ukraine would lose the war if Congress did not approve the aid, saying his forces were running out of air defence missiles.

Last week Nato foreign ministers, meeting in Brussels for the alliance's 75th anniversary, discussed a proposal by secretary general Jens Stoltenberg for a €100bn fund to support Ukraine over five years.
Dmytro Kuleba, Ukraine's foreign minister, used the meeting to plead for more Patriot systems, saying his country needed at least seven.
Germany's Chancellor Olaf Scholz, who travels to China on Saturday, has said he will urge Xi Jinping to use his influence on Moscow.

In Beijing, Sergei Lavrov met Xi on Tuesday, with Chinese state media quoting the president as saying that China and Russia would continue to "support each other".
Mr Lavrov told reporters that Russia would not take part in the peace conference Switzerland plans to host in June, calling it "pointless".
Dmitry Peskov, the Kremlin spokesman, said on Tuesday that further Western aid would "not change the dynamics at the front" and would only prolong the conflict.

The UN's nuclear watchdog, the IAEA, warned on Sunday against any further attacks on the Zaporizhzhia nuclear power plant after drones hit one of its reactor buildings.
Both Moscow and Kyiv denied responsibility.
Lord Cameron, who has made Ukraine the centrepiece of his four months at the Foreign Office, is due back in London on Wednesday.
"""

# ---------------------------------------------------------------- b26en04 (Vatican News)
EN04 = """
Pope Leo XIV meets President Zelensky after Mass inaugurating his Petrine Ministry

Following the Mass for the inauguration of his Petrine Ministry on Sunday, Pope Leo XIV received the President of Ukraine, Volodymyr Zelensky, and his wife Olena in the Vatican.
The Director of the Holy See Press Office, Matteo Bruni, confirmed the meeting, which lasted about 20 minutes.
It was their first in-person encounter since the Pope's election on 8 May; the two had spoken by telephone on 12 May.

President Zelensky wrote on social media that he had invited the Holy Father to make an apostolic journey to Ukraine.
He also thanked the Pope for the Holy See's readiness to serve as a platform for direct negotiations between Ukraine and Russia.
On Wednesday, addressing the faithful of the Eastern Catholic Churches, Pope Leo had said the Holy See was available so that enemies might meet and "look one another in the eyes".
At the Regina Caeli at the end of Sunday's celebration, the Pope said that "martyred Ukraine" awaits negotiations "for a just and lasting peace".

Kremlin spokesman Dmitry Peskov said on Friday that Moscow appreciated the Pope's willingness to help, but that the Vatican as a venue for talks was not on the agenda.
Cardinal Secretary of State Pietro Parolin told journalists that the Holy See would "do everything possible" to support a just peace.

United States Vice President JD Vance and Secretary of State Marco Rubio, who led the American delegation to the inauguration, met President Zelensky later on Sunday at the residence of the US Ambassador to Italy.
President Zelensky said they had discussed the talks held in Istanbul on Friday, sanctions against Russia and the telephone conversation between President Donald Trump and Russian President Vladimir Putin scheduled for Monday.
He said Ukraine remained ready for "a full and unconditional ceasefire".
The Istanbul talks, the first direct negotiations between the two sides since 2022, ended with an agreement to exchange 1,000 prisoners each, but without a ceasefire.

The Holy Father is scheduled to receive Mr Vance and Mr Rubio in a private audience on Monday, the Press Office said.
Russia was represented at the inauguration by Culture Minister Olga Lyubimova.
Some 200,000 people attended the Mass in St Peter's Square, according to the Vatican, among them more than 150 official delegations.
"""

# ---------------------------------------------------------------- b26en05 (Arab News)
EN05 = """
Crown Prince hosts Trump-Putin summit in Riyadh; leaders agree energy truce

RIYADH: US President Donald Trump and Russian President Vladimir Putin agreed on Wednesday to halt strikes on energy infrastructure in Ukraine for 30 days from June 1, after nearly four hours of talks in Riyadh hosted by Crown Prince Mohammed bin Salman.
The summit at Al-Yamamah Palace was the first meeting between the two leaders since their encounter in Alaska in August last year.
The Saudi Press Agency said the Crown Prince had welcomed both leaders at the palace and held separate talks with each of them before the summit.

Speaking to reporters aboard Air Force One, Trump described the meeting as "very productive" but acknowledged that a full ceasefire was "not there yet."
He said he had invited Putin to Washington "at the right time."
Russian presidential aide Yuri Ushakov said Moscow and Kyiv would carry out a prisoner exchange of 1,200 for 1,200 in the coming weeks, with Saudi mediation.
Ushakov told Russian media that technical teams would meet in Jeddah next week to discuss the lines of a possible ceasefire, and that Putin had repeated his demand that Ukrainian forces leave the parts of the Donetsk region they still hold.
Kremlin spokesman Dmitry Peskov said on Thursday that no date had been set for a further summit.

Ukrainian President Volodymyr Zelensky, who was not invited to Riyadh, spoke with Trump by phone late Wednesday.
"Ukraine will honor an energy truce if Russia does, but we will never withdraw from our own land," Zelensky said in his nightly video address.
On Wednesday morning, Russian missiles struck the city of Kharkiv, killing at least four people, according to regional officials.

Saudi Foreign Minister Prince Faisal bin Farhan said the Kingdom stood ready to host further rounds, including a meeting with Ukraine's participation.
Kirill Dmitriev, the head of Russia's sovereign wealth fund, held separate talks in Riyadh with US envoy Steve Witkoff on possible joint projects in the Arctic.

In a joint statement, German Chancellor Friedrich Merz, French President Emmanuel Macron and British Prime Minister Keir Starmer welcomed the energy truce but warned that "no decision about Ukraine can be taken without Ukraine."
EU foreign policy chief Kaja Kallas said Russia must not be "rewarded for its aggression."
Saudi Arabia has positioned itself as a mediator since hosting the first US-Russian talks on the war in February 2025.
"""

# ---------------------------------------------------------------- b26en06 (Newsweek)
EN06 = """
Ukraine Loses Access to U.S. Intelligence as Trump Squeezes Zelensky

The United States has paused intelligence sharing with Ukraine, CIA Director John Ratcliffe said on Wednesday, days after President Donald Trump halted all military aid to Kyiv.
Ratcliffe told Fox Business Network that the pause would probably be lifted once Trump was convinced that Ukrainian President Volodymyr Zelensky was serious about peace talks.
National security adviser Mike Waltz said Washington was "taking a step back" to review all aspects of the relationship.
The aid pause, which took effect late Monday, affects more than $1 billion in weapons and ammunition already ordered, according to U.S. officials cited by several media outlets.

Why It Matters: On Tuesday, Zelensky said in a post on X that Ukraine was "ready to come to the negotiating table as soon as possible" and that the Oval Office meeting had been "regrettable."
He proposed a truce in the air and at sea, with a ban on missiles, long-range drones and strikes on energy infrastructure, together with the release of prisoners, if Russia did the same.
Trump read from what he called an "important letter" from Zelensky during his address to a joint session of Congress on Tuesday night, saying he appreciated it.
The minerals deal, whose signing was called off after Friday's Oval Office meeting, could still be signed, Trump said.

What People Are Saying: Kremlin spokesman Dmitry Peskov said Tuesday that if the aid pause was confirmed, it would be "the best contribution to peace."
British Prime Minister Keir Starmer told Parliament on Monday that Britain and France would work with Ukraine on a ceasefire plan to present to Washington.
French President Emmanuel Macron, who proposed a one-month truce on Sunday, was due to address the nation on Wednesday evening.
European Commission President Ursula von der Leyen on Tuesday proposed an 800 billion euro ($860 billion) plan to "rearm Europe," ahead of an emergency EU summit on Thursday at which Zelensky is expected.

What Happens Next: U.S. envoy Steve Witkoff said on Wednesday that American and Ukrainian officials were working to set up a meeting, possibly in Saudi Arabia, to agree on a "framework" for a peace deal.
Ukraine's air force said Russia launched 112 drones and two missiles overnight into Wednesday.
Newsweek has contacted the White House, the Kremlin and Ukraine's foreign ministry for comment via email.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b26en01_biden_xi_video_call_2022_03", "2022-03-18", EN01,
        [
            T("Friday", "DATE", "2022-03-18", 0),
            T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("Monday", "DATE", "2022-03-14"),
            T("seven-hour", "DURATION", "PT7H"),
            T("Thursday", "DATE", "2022-03-17"),
            T("Friday", "DATE", "2022-03-18", 1),
            T("overnight", "TIME", "2022-03-17TNI", note="night of 17 to 18 March"),
            T("this week", "DATE", "2022-W11"),
            T("Friday", "DATE", "2022-03-18", 2),
            T("next week", "DATE", "2022-W12"),
            T("last month", "DATE", "2022-02"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Biden warns Xi of consequences if China gives Russia material support", "REQUEST",
              ["Joe Biden", "Xi Jinping"], "2022-03-18", "text", "occurred",
              "warned Chinese President Xi Jinping on Friday"),
            E("Biden–Xi video call", "CONSULT", ["Joe Biden", "Xi Jinping"], "2022-03-18", "context", "occurred",
              "The two leaders spoke by video"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "The two leaders spoke by video"),
            E("Xi: the US and NATO should hold dialogue with Russia", "REQUEST",
              ["Xi Jinping", "United States", "NATO", "Russia"], "2022-03-18", "context", "occurred",
              "A Chinese readout carried by state broadcaster"),
            E("Xi criticises sweeping sanctions", "ACCUSE", ["Xi Jinping", "United States"], "2022-03-18", "context",
              "occurred", "sweeping sanctions would make"),
            E("Xi calls on all sides to support Russia–Ukraine talks", "REQUEST", ["Xi Jinping", "Russia", "Ukraine"],
              "2022-03-18", "context", "occurred", "sweeping sanctions would make"),
            E("Sullivan meets Yang Jiechi in Rome", "CONSULT", ["United States", "China"], "2022-03-14", "text",
              "occurred", "seven-hour meeting in Rome"),
            E("Blinken: China has a responsibility to use its influence with Putin", "REQUEST",
              ["Antony Blinken", "China"], "2022-03-17", "text", "occurred",
              "Secretary of State Antony Blinken said Thursday"),
            E("Zelenskyy calls for meaningful negotiations with Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-03-17TNI", "text", "occurred", "overnight video address"),
            E("UN Security Council meets at Russia's request", "CONSULT", ["United Nations", "Russia"], "2022-03-18",
              "text", "occurred", "the Security Council met on Friday"),
            E("Russia alleges US-funded biological weapons labs in Ukraine", "ACCUSE",
              ["Russia", "United States", "Ukraine"], "2022-03-18", "context", "occurred",
              "the Security Council met on Friday"),
            E("Washington and Kyiv dismiss the allegations as disinformation", "REJECT",
              ["United States", "Ukraine", "Russia"], "2022-03-18", "published", "occurred",
              "Washington and Kyiv have dismissed"),
            E("US ambassador calls Russia's claim a lie", "ACCUSE", ["United States", "Russia"], "2022-03-18",
              "context", "occurred", "This is a lie"),
            E("Biden to attend emergency NATO and EU summits in Brussels", "CONSULT",
              ["Joe Biden", "NATO", "European Union"], "2022-W12", "text", "planned",
              "Biden is due to travel to Brussels"),
            E("Biden to visit Poland", "CONSULT", ["Joe Biden", "Poland"], "2022-W12", "context", "planned",
              "Biden is due to travel to Brussels"),
        ],
        [
            S("Joe Biden, via White House", "Warned Xi that China would face consequences if it aids Russia",
              "2022-03-18", "text", "warned Chinese President Xi Jinping on Friday"),
            S("United States", "Psaki: Biden detailed the costs Beijing would face", "2022-03-18", "context",
              "Jen Psaki"),
            S("Xi Jinping, via China", "Conflict is in no one's interest; the US and NATO should talk with Russia",
              "2022-03-18", "context", "A Chinese readout carried by state broadcaster"),
            S("Xi Jinping, via China", "Sweeping sanctions make the people suffer; all sides should support talks",
              "2022-03-18", "context", "sweeping sanctions would make"),
            S("Antony Blinken", "China bears a responsibility to use its influence with Putin", "2022-03-17", "text",
              "Secretary of State Antony Blinken said Thursday"),
            S("Dmitry Peskov", "Russia has enough resources and needs no Chinese help", "2022-03-18", "text",
              "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Volodymyr Zelensky", "Talks with Russia are difficult but continuing; calls for meaningful negotiations",
              "2022-03-17TNI", "text", "overnight video address"),
            S("Vladimir Medinsky", "The sides have come closer on Ukraine's neutral status", "2022-W11", "text",
              "Medinsky said earlier this week"),
            S("United States", "Dismisses the biolab allegations as disinformation", "2022-03-18", "published",
              "Washington and Kyiv have dismissed"),
            S("Ukraine", "Dismisses the biolab allegations as disinformation", "2022-03-18", "published",
              "Washington and Kyiv have dismissed"),
            S("United States", "Thomas-Greenfield: Russia lies before using such weapons itself", "2022-03-18",
              "context", "This is a lie"),
            S("White House", "Biden will travel to Brussels for NATO and EU summits, then to Poland", "2022-03-18",
              "published", "Biden is due to travel to Brussels"),
        ],
        ["Joe Biden", "Xi Jinping", "China", "Russia", "Ukraine", "White House", "United States", "NATO",
         "Antony Blinken", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky", "Vladimir Medinsky",
         "United Nations", "European Union", "Poland"],
    ),
    doc(
        "b26en02_burns_naryshkin_ankara_2022_11", "2022-11-14", EN02,
        [
            T("Monday", "DATE", "2022-11-14", 0),
            T("February", "DATE", "2022-02"),
            T("October", "DATE", "2022-10"),
            T("Tuesday", "DATE", "2022-11-15"),
            T("Wednesday", "DATE", "2022-11-16", 0),
            T("Sunday", "DATE", "2022-11-13"),
            T("Nov. 19", "DATE", "2022-11-19"),
            T("July", "DATE", "2022-07"),
            T("September", "DATE", "2022-09"),
            T("Monday", "DATE", "2022-11-14", 1),
            T("Monday", "DATE", "2022-11-14", 2),
            T("Monday", "DATE", "2022-11-14", 3),
            T("last Wednesday", "DATE", "2022-11-09"),
        ],
        [
            E("CIA director Burns meets SVR chief Naryshkin in Ankara, hosted by Turkish intelligence", "CONSULT",
              ["United States", "Russia", "Turkey"], "2022-11-14", "text", "occurred",
              "William Burns, met with Sergei Naryshkin"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "William Burns, met with Sergei Naryshkin"),
            E("Burns warns Russia of the consequences of using nuclear weapons", "REQUEST", ["United States", "Russia"],
              "2022-11-14", "context", "occurred", "conveying a message on the consequences"),
            E("Burns raises the cases of detained US citizens", "REQUEST", ["United States", "Russia"], "2022-11-14",
              "context", "occurred", "Burns would also raise the cases"),
            E("Austin–Shoigu phone call", "CONSULT", ["United States", "Russia"], "2022-10", "text", "occurred",
              "phone call between U.S. Defense Secretary Lloyd Austin"),
            E("Erdoğan to meet Biden at the G-20 in Bali", "CONSULT", ["Recep Tayyip Erdoğan", "Joe Biden"],
              "2022-11-16", "text", "planned", "is expected to meet U.S. President Joe Biden there on Wednesday"),
            E("Erdoğan to raise the grain deal with Lavrov in Bali", "CONSULT", ["Recep Tayyip Erdoğan", "Sergey Lavrov"],
              "2022-11-15", "context", "planned", "he would raise the issue with Russian Foreign Minister"),
            E("Grain deal brokered by Turkey and the UN", "AGREE", ["Turkey", "United Nations", "Russia", "Ukraine"],
              "2022-07", "text", "occurred", "The deal was brokered by Türkiye"),
            E("Prisoner swap with Turkish help; Russia releases Azov commanders", "CONCEDE",
              ["Russia", "Ukraine", "Turkey"], "2022-09", "text", "occurred", "prisoner swap in September"),
            E("UN General Assembly calls on Russia to pay reparations to Ukraine", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2022-11-14", "text", "occurred",
              "adopted a resolution calling on Russia to pay reparations"),
            E("Nebenzia rejects the reparations resolution", "REJECT", ["Russia", "United Nations"], "2022-11-14",
              "context", "occurred", "legally void"),
            E("US Treasury sanctions a Russian military procurement network", "SANCTION", ["United States", "Russia"],
              "2022-11-14", "text", "occurred", "the U.S. Treasury on Monday sanctioned"),
            E("Biden and Xi hold talks in Bali", "CONSULT", ["Joe Biden", "Xi Jinping"], "2022-11-14", "text",
              "occurred", "In Bali, Biden and Chinese President Xi Jinping held"),
            E("Biden and Xi oppose the use or threat of nuclear weapons in Ukraine", "REQUEST",
              ["Joe Biden", "Xi Jinping", "Russia"], "2022-11-14", "context", "occurred",
              "In Bali, Biden and Chinese President Xi Jinping held"),
            E("Russia announces withdrawal from Kherson", "RETREAT", ["Russia"], "2022-11-09", "text", "occurred",
              "Russia had announced its withdrawal"),
        ],
        [
            S("Turkey", "The meeting was hosted by the MIT", "2022-11-14", "published",
              "Turkish security sources told Daily Sabah"),
            S("White House", "Burns conveys a message on the consequences of Russian nuclear use", "2022-11-14",
              "published", "conveying a message on the consequences"),
            S("White House", "Burns is not negotiating or discussing a settlement; Kyiv was briefed", "2022-11-14",
              "published", "He is not conducting negotiations"),
            S("White House", "Burns will raise the cases of detained US citizens", "2022-11-14", "published",
              "Burns would also raise the cases"),
            S("Dmitry Peskov", "Confirms that a meeting took place, gives no details", "2022-11-14", "published",
              "Kremlin spokesperson Dmitry Peskov confirmed"),
            S("Turkey", "Erdoğan is expected to meet Biden in Bali on Wednesday", "2022-11-14", "published",
              "Communications Directorate"),
            S("Recep Tayyip Erdoğan", "Expects the grain deal to be extended; will raise it with Lavrov",
              "2022-11-13", "text", "Erdoğan said on Sunday"),
            S("Russia", "Nebenzia calls the reparations resolution legally void", "2022-11-14", "context",
              "legally void"),
            S("White House", "Biden and Xi oppose the use or threat of nuclear weapons in Ukraine", "2022-11-14",
              "context", "In Bali, Biden and Chinese President Xi Jinping held"),
            S("Volodymyr Zelensky", "The liberation of Kherson is the beginning of the end of the war", "2022-11-14",
              "published", "the beginning of the end of the war"),
        ],
        ["United States", "Russia", "Ukraine", "Turkey", "White House", "Dmitry Peskov", "Kremlin",
         "Recep Tayyip Erdoğan", "Joe Biden", "Sergey Lavrov", "United Nations", "Xi Jinping", "China",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b26en03_cameron_trump_mar_a_lago_2024_04", "2024-04-09", EN03,
        [
            T("Tuesday", "DATE", "2024-04-09", 0),
            T("every day", "SET", "P1D"),
            T("Monday", "DATE", "2024-04-08", 0),
            T("February", "DATE", "2024-02"),
            T("Monday", "DATE", "2024-04-08", 1),
            T("this year", "DATE", "2024"),
            T("Sunday", "DATE", "2024-04-07", 0),
            T("Last week", "DATE", "2024-W14"),
            T("five years", "DURATION", "P5Y"),
            T("Saturday", "DATE", "2024-04-13"),
            T("Tuesday", "DATE", "2024-04-09", 1),
            T("June", "DATE", "2024-06"),
            T("Tuesday", "DATE", "2024-04-09", 2),
            T("Sunday", "DATE", "2024-04-07", 1),
            T("four months", "DURATION", "P4M"),
            T("Wednesday", "DATE", "2024-04-10"),
        ],
        [
            E("Cameron urges Congress to pass the Ukraine aid package", "REQUEST", ["United Kingdom", "United States"],
              "2024-04-09", "text", "occurred", "Speaking alongside US Secretary of State Antony Blinken"),
            E("Cameron meets Blinken in Washington", "CONSULT", ["United Kingdom", "Antony Blinken"], "2024-04-09",
              "text", "occurred", "Speaking alongside US Secretary of State Antony Blinken"),
            E("Cameron dines with Trump at Mar-a-Lago", "CONSULT", ["United Kingdom", "Donald Trump"], "2024-04-08",
              "text", "occurred", "had flown to Florida on Monday"),
            E("Speaker Johnson declines to meet Cameron", "REJECT", ["United States", "United Kingdom"], "2024-04-09",
              "published", "occurred", "declined to meet Lord Cameron"),
            E("Sunak–Zelensky phone call", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2024-04-08", "text",
              "occurred", "Rishi Sunak, who spoke to"),
            E("Zelensky warns Ukraine will lose without US aid", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2024-04-07", "text", "occurred", "Mr Zelensky warned on Sunday"),
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO"], "2024-W14", "text", "occurred",
              "Last week Nato foreign ministers"),
            E("Stoltenberg proposes a 100 billion euro five-year fund for Ukraine", "REQUEST",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-W14", "context", "occurred",
              "Last week Nato foreign ministers"),
            E("Kuleba pleads for more Patriot systems", "REQUEST", ["Ukraine", "NATO"], "2024-W14", "context",
              "occurred", "Dmytro Kuleba"),
            E("Scholz travels to China", "CONSULT", ["Olaf Scholz", "China"], "2024-04-13", "text", "planned",
              "who travels to China on Saturday"),
            E("Scholz to urge Xi to use his influence on Moscow", "REQUEST", ["Olaf Scholz", "Xi Jinping"],
              "2024-04-13", "context", "planned", "who travels to China on Saturday"),
            E("Lavrov meets Xi in Beijing", "CONSULT", ["Sergey Lavrov", "Xi Jinping"], "2024-04-09", "text",
              "occurred", "In Beijing, Sergei Lavrov met Xi on Tuesday"),
            E("Xi: China and Russia will continue to support each other", "AGREE", ["Xi Jinping", "Russia"],
              "2024-04-09", "context", "occurred", "In Beijing, Sergei Lavrov met Xi on Tuesday"),
            E("Lavrov: Russia will not take part in the Swiss peace conference", "REJECT", ["Sergey Lavrov"],
              "2024-04-09", "context", "occurred", "Mr Lavrov told reporters"),
            E("IAEA warns against further attacks on the Zaporizhzhia plant", "REQUEST", ["IAEA"], "2024-04-07", "text",
              "occurred", "The UN's nuclear watchdog, the IAEA, warned on Sunday"),
        ],
        [
            S("United Kingdom", "Failing to support Kyiv would be a gift to Putin and a signal to every aggressor",
              "2024-04-09", "text", "Speaking alongside US Secretary of State Antony Blinken"),
            S("United Kingdom", "Not here to lecture, but this is the moment to act", "2024-04-09", "context",
              "not here to lecture"),
            S("Antony Blinken", "The administration is working every day to get the package through the House",
              "2024-04-09", "context", "working every day"),
            S("United Kingdom", "Foreign Office: Cameron and Trump discussed Ukraine, NATO and the Middle East",
              "2024-04-09", "published", "had flown to Florida on Monday"),
            S("United Kingdom", "Sunak reaffirms the £2.5bn military support package for this year", "2024-04-08",
              "text", "Rishi Sunak, who spoke to"),
            S("Volodymyr Zelensky", "Ukraine will lose the war if Congress does not approve the aid", "2024-04-07",
              "text", "Mr Zelensky warned on Sunday"),
            S("Ukraine", "Kuleba: Ukraine needs at least seven more Patriot systems", "2024-W14", "context",
              "Dmytro Kuleba"),
            S("Olaf Scholz", "Will urge Xi to use his influence on Moscow", "2024-04-09", "published",
              "who travels to China on Saturday"),
            S("Xi Jinping, via China", "China and Russia will continue to support each other", "2024-04-09",
              "context", "In Beijing, Sergei Lavrov met Xi on Tuesday"),
            S("Sergey Lavrov", "Russia will not take part in the Swiss peace conference, which is pointless",
              "2024-04-09", "context", "Mr Lavrov told reporters"),
            S("Dmitry Peskov", "More Western aid will not change the dynamics at the front", "2024-04-09", "text",
              "Dmitry Peskov, the Kremlin spokesman"),
            S("IAEA", "Warns against further attacks on the Zaporizhzhia nuclear plant", "2024-04-07", "text",
              "The UN's nuclear watchdog, the IAEA, warned on Sunday"),
            S("Russia", "Denies responsibility for the drone strikes on the plant", "2024-04-09", "published",
              "Both Moscow and Kyiv denied"),
            S("Ukraine", "Denies responsibility for the drone strikes on the plant", "2024-04-09", "published",
              "Both Moscow and Kyiv denied"),
        ],
        ["United Kingdom", "United States", "Ukraine", "Antony Blinken", "Vladimir Putin", "Joe Biden",
         "Donald Trump", "NATO", "Volodymyr Zelensky", "Jens Stoltenberg", "Germany", "Olaf Scholz", "China",
         "Xi Jinping", "Russia", "Sergey Lavrov", "Dmitry Peskov", "Kremlin", "IAEA"],
    ),
    doc(
        "b26en04_leo_xiv_zelensky_inauguration_2025_05", "2025-05-18", EN04,
        [
            T("Sunday", "DATE", "2025-05-18", 0),
            T("about 20 minutes", "DURATION", "PT20M", mod="APPROX"),
            T("8 May", "DATE", "2025-05-08"),
            T("12 May", "DATE", "2025-05-12"),
            T("Wednesday", "DATE", "2025-05-14"),
            T("Sunday", "DATE", "2025-05-18", 1),
            T("Friday", "DATE", "2025-05-16", 0),
            T("Sunday", "DATE", "2025-05-18", 2),
            T("Friday", "DATE", "2025-05-16", 1),
            T("Monday", "DATE", "2025-05-19", 0),
            T("2022", "DATE", "2022"),
            T("Monday", "DATE", "2025-05-19", 1),
        ],
        [
            E("Pope Leo XIV receives Zelensky", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2025-05-18", "text",
              "occurred", "Pope Leo XIV received the President of Ukraine"),
            E("Pope Leo and Zelensky spoke by telephone", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2025-05-12",
              "text", "occurred", "the two had spoken by telephone on 12 May"),
            E("Zelensky invites the Pope to visit Ukraine", "REQUEST", ["Volodymyr Zelensky", "Vatican"],
              "2025-05-18", "context", "occurred", "he had invited the Holy Father"),
            E("Pope offers the Holy See as a place for enemies to meet", "REQUEST", ["Vatican"], "2025-05-14", "text",
              "occurred", "On Wednesday, addressing the faithful"),
            E("Pope calls for negotiations for a just and lasting peace for Ukraine", "REQUEST", ["Vatican", "Ukraine"],
              "2025-05-18", "context", "occurred", "martyred Ukraine"),
            E("Peskov: Moscow appreciates the Pope's willingness to help", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2025-05-16", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Peskov: the Vatican as a venue is not on the agenda", "REJECT", ["Dmitry Peskov", "Vatican"],
              "2025-05-16", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Parolin: the Holy See will do everything possible for a just peace", "AGREE", ["Vatican"],
              "2025-05-18", "published", "occurred", "Pietro Parolin told journalists"),
            E("Vance and Rubio meet Zelensky in Rome", "CONSULT", ["JD Vance", "Marco Rubio", "Volodymyr Zelensky"],
              "2025-05-18", "text", "occurred", "met President Zelensky later on Sunday"),
            E("Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text", "occurred",
              "the talks held in Istanbul on Friday"),
            E("Trump–Putin phone call scheduled", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-05-19", "text",
              "planned", "the talks held in Istanbul on Friday"),
            E("Zelensky: Ukraine ready for a full and unconditional ceasefire", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2025-05-18", "context", "occurred", "remained ready"),
            E("Istanbul talks agree a 1,000-for-1,000 prisoner exchange", "AGREE", ["Russia", "Ukraine"], "2025-05-16",
              "context", "occurred", "ended with an agreement to exchange"),
            E("No ceasefire agreed in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-05-16", "context", "occurred",
              "ended with an agreement to exchange"),
            E("Pope to receive Vance and Rubio", "CONSULT", ["Vatican", "JD Vance", "Marco Rubio"], "2025-05-19",
              "text", "planned", "private audience on Monday"),
        ],
        [
            S("Vatican", "Bruni confirms the meeting with Zelensky", "2025-05-18", "published", "Matteo Bruni"),
            S("Volodymyr Zelensky", "Invited the Pope to make an apostolic journey to Ukraine", "2025-05-18",
              "context", "he had invited the Holy Father"),
            S("Volodymyr Zelensky", "Thanks the Pope for the Holy See's readiness to host direct negotiations",
              "2025-05-18", "context", "He also thanked the Pope"),
            S("Vatican", "The Holy See is available so that enemies may meet and look one another in the eyes",
              "2025-05-14", "text", "On Wednesday, addressing the faithful"),
            S("Vatican", "Martyred Ukraine awaits negotiations for a just and lasting peace", "2025-05-18", "context",
              "martyred Ukraine"),
            S("Dmitry Peskov", "Moscow appreciates the Pope's willingness; the Vatican as venue is not on the agenda",
              "2025-05-16", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Vatican", "Parolin: the Holy See will do everything possible to support a just peace", "2025-05-18",
              "published", "Pietro Parolin told journalists"),
            S("Volodymyr Zelensky", "Discussed the Istanbul talks, sanctions and the Trump–Putin call with Vance and "
              "Rubio", "2025-05-18", "context", "President Zelensky said they had discussed"),
            S("Volodymyr Zelensky", "Ukraine remains ready for a full and unconditional ceasefire", "2025-05-18",
              "context", "remained ready"),
            S("Vatican", "The Pope will receive Vance and Rubio on Monday", "2025-05-18", "published",
              "private audience on Monday"),
            S("Vatican", "Some 200,000 people attended the Mass", "2025-05-18", "published", "Some 200,000 people"),
        ],
        ["Vatican", "Volodymyr Zelensky", "Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "United States",
         "JD Vance", "Marco Rubio", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b26en05_riyadh_trump_putin_summit_2026_05", "2026-05-14", EN05,
        [
            T("Wednesday", "DATE", "2026-05-13", 0),
            T("30 days", "DURATION", "P30D"),
            T("June 1", "DATE", "2026-06-01"),
            T("nearly four hours", "DURATION", "PT4H", mod="APPROX"),
            T("August last year", "DATE", "2025-08"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("next week", "DATE", "2026-W21"),
            T("Thursday", "DATE", "2026-05-14"),
            T("late Wednesday", "TIME", "2026-05-13TNI"),
            T("nightly", "SET", "P1D"),
            T("Wednesday morning", "TIME", "2026-05-13TMO"),
            T("February 2025", "DATE", "2025-02"),
        ],
        [
            E("Trump and Putin agree to halt strikes on energy infrastructure", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2026-05-13", "text", "occurred", "agreed on Wednesday to halt strikes"),
            E("30-day energy truce from 1 June", "RETREAT", ["Russia", "Ukraine"], "2026-06-01", "text", "planned",
              "agreed on Wednesday to halt strikes"),
            E("Trump–Putin summit in Riyadh hosted by the Saudi Crown Prince", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Saudi Arabia"], "2026-05-13", "text", "occurred",
              "agreed on Wednesday to halt strikes"),
            E("Trump and Putin met in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "their encounter in Alaska", note="15 August 2025"),
            E("Crown Prince holds separate talks with Trump", "CONSULT", ["Saudi Arabia", "Donald Trump"],
              "2026-05-13", "context", "occurred", "held separate talks with each of them"),
            E("Crown Prince holds separate talks with Putin", "CONSULT", ["Saudi Arabia", "Vladimir Putin"],
              "2026-05-13", "context", "occurred", "held separate talks with each of them"),
            E("Trump invites Putin to Washington", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2026-05-13",
              "context", "occurred", "He said he had invited Putin"),
            E("1,200-for-1,200 prisoner exchange with Saudi mediation", "CONCEDE", ["Russia", "Ukraine", "Saudi Arabia"],
              "FUTURE_REF", "vague", "planned", "prisoner exchange of 1,200 for 1,200"),
            E("Technical teams to meet in Jeddah on ceasefire lines", "CONSULT", ["Russia", "United States"],
              "2026-W21", "text", "planned", "technical teams would meet in Jeddah"),
            E("Putin demands Ukraine withdraw from the rest of Donetsk region", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-05-13", "context", "occurred", "technical teams would meet in Jeddah"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2026-05-13TNI", "text",
              "occurred", "spoke with Trump by phone late Wednesday"),
            E("Zelensky: Ukraine will honour an energy truce if Russia does", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2026-05-13TNI", "context", "occurred", "Ukraine will honor an energy truce"),
            E("Zelensky: Ukraine will never withdraw from its land", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-05-13TNI", "context", "occurred", "Ukraine will honor an energy truce"),
            E("Russian missile strike on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2026-05-13TMO", "text",
              "occurred", "On Wednesday morning, Russian missiles"),
            E("Saudi Arabia offers to host further rounds including Ukraine", "REQUEST",
              ["Saudi Arabia", "Ukraine", "Russia", "United States"], "2026-05-14", "published", "occurred",
              "stood ready to host further rounds"),
            E("Dmitriev and Witkoff discuss joint Arctic projects", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2026-05-13", "context", "occurred", "Kirill Dmitriev, the head of Russia"),
            E("Merz, Macron and Starmer welcome the energy truce", "SUPPORT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer"], "2026-05-14", "published", "occurred",
              "In a joint statement, German Chancellor"),
            E("Merz, Macron and Starmer warn: no decision about Ukraine without Ukraine", "REQUEST",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Trump"], "2026-05-14", "published",
              "occurred", "In a joint statement, German Chancellor"),
            E("Kallas: Russia must not be rewarded for its aggression", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-05-14", "published", "occurred", "Kaja Kallas said Russia must not"),
            E("Saudi Arabia hosted the first US–Russian talks on the war", "CONSULT",
              ["Saudi Arabia", "United States", "Russia"], "2025-02", "text", "occurred",
              "hosting the first US-Russian talks", note="Riyadh, 18 February 2025"),
        ],
        [
            S("Saudi Arabia", "The Crown Prince welcomed both leaders and held separate talks with each",
              "2026-05-14", "published", "The Saudi Press Agency said"),
            S("Donald Trump", "The meeting was very productive, but a full ceasefire is not there yet", "2026-05-13",
              "context", "Speaking to reporters aboard"),
            S("Donald Trump", "Has invited Putin to Washington at the right time", "2026-05-13", "context",
              "He said he had invited Putin"),
            S("Yuri Ushakov", "Moscow and Kyiv will exchange 1,200 prisoners each in the coming weeks", "2026-05-13",
              "context", "prisoner exchange of 1,200 for 1,200"),
            S("Yuri Ushakov", "Technical teams meet in Jeddah next week; Putin repeated his Donetsk demand",
              "2026-05-13", "context", "technical teams would meet in Jeddah"),
            S("Dmitry Peskov", "No date set for a further summit", "2026-05-14", "text",
              "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Volodymyr Zelensky", "Ukraine will honour an energy truce if Russia does, but never withdraw from its "
              "land", "2026-05-13", "context", "Ukraine will honor an energy truce"),
            S("Ukraine", "Regional officials: at least four killed in Kharkiv", "2026-05-14", "published",
              "according to regional officials"),
            S("Saudi Arabia", "The Kingdom is ready to host further rounds, including with Ukraine", "2026-05-14",
              "published", "stood ready to host further rounds"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer",
              "Welcome the energy truce; no decision about Ukraine without Ukraine", "2026-05-14", "published",
              "In a joint statement, German Chancellor"),
            S("Kaja Kallas", "Russia must not be rewarded for its aggression", "2026-05-14", "published",
              "Kaja Kallas said Russia must not"),
        ],
        ["Donald Trump", "Vladimir Putin", "United States", "Russia", "Ukraine", "Saudi Arabia", "Yuri Ushakov",
         "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky", "Kirill Dmitriev", "Steve Witkoff", "Friedrich Merz",
         "Germany", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b26en06_intelligence_pause_2025_03", "2025-03-05", EN06,
        [
            T("Wednesday", "DATE", "2025-03-05", 0),
            T("late Monday", "TIME", "2025-03-03TNI"),
            T("Tuesday", "DATE", "2025-03-04", 0),
            T("Tuesday night", "TIME", "2025-03-04TNI"),
            T("Friday", "DATE", "2025-02-28"),
            T("Tuesday", "DATE", "2025-03-04", 2),
            T("Monday", "DATE", "2025-03-03", 1),
            T("one-month", "DURATION", "P1M"),
            T("Sunday", "DATE", "2025-03-02"),
            T("Wednesday evening", "TIME", "2025-03-05TEV"),
            T("Tuesday", "DATE", "2025-03-04", 3),
            T("Thursday", "DATE", "2025-03-06"),
            T("Wednesday", "DATE", "2025-03-05", 2),
            T("overnight into Wednesday", "TIME", "2025-03-04TNI"),
        ],
        [
            E("US pauses intelligence sharing with Ukraine", "SANCTION", ["United States", "Ukraine"], "2025-03-05",
              "context", "occurred", "The United States has paused intelligence sharing",
              note="dated by Ratcliffe's announcement"),
            E("US links lifting the pause to Zelensky's seriousness about peace talks", "REQUEST",
              ["United States", "Volodymyr Zelensky"], "2025-03-05", "context", "occurred",
              "Ratcliffe told Fox Business Network"),
            E("Trump halts all military aid to Ukraine", "SANCTION", ["Donald Trump", "United States", "Ukraine"],
              "2025-03-03TNI", "text", "occurred", "The aid pause, which took effect late Monday"),
            E("Zelensky: Ukraine ready to come to the negotiating table", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2025-03-04", "text", "occurred", "ready to come to the negotiating table"),
            E("Zelensky proposes a truce in the air and at sea and a prisoner release", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-03-04", "context", "occurred", "He proposed a truce"),
            E("Trump welcomes Zelensky's letter", "SUPPORT", ["Donald Trump", "Volodymyr Zelensky"], "2025-03-04TNI",
              "text", "occurred", "Trump read from what he called"),
            E("Oval Office meeting of Trump and Zelensky", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-02-28", "text", "occurred", "The minerals deal, whose signing was called off"),
            E("Signing of the minerals deal called off", "AGREE", ["United States", "Ukraine"], "2025-02-28",
              "context", "cancelled", "The minerals deal, whose signing was called off"),
            E("Peskov welcomes a US aid pause as 'the best contribution to peace'", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-03-04", "text", "occurred", "the best contribution to peace"),
            E("Britain and France to work with Ukraine on a ceasefire plan", "COOPERATE",
              ["Keir Starmer", "France", "Ukraine"], "2025-03-05", "published", "planned",
              "Britain and France would work with Ukraine"),
            E("Macron proposes a one-month truce", "REQUEST", ["Emmanuel Macron", "Russia", "Ukraine"], "2025-03-02",
              "text", "occurred", "proposed a one-month truce on Sunday"),
            E("Von der Leyen proposes an 800 billion euro plan to rearm Europe", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2025-03-04", "text", "occurred",
              "proposed an 800 billion euro"),
            E("Emergency EU summit with Zelensky", "CONSULT", ["European Union", "Volodymyr Zelensky"], "2025-03-06",
              "text", "planned", "proposed an 800 billion euro"),
            E("US and Ukrainian officials work to set up a meeting on a peace framework", "CONSULT",
              ["United States", "Ukraine"], "2025-03-05", "published", "planned", "working to set up a meeting"),
            E("Russian drone and missile attack overnight", "ASSAULT", ["Russia", "Ukraine"], "2025-03-04TNI", "text",
              "occurred", "Russia launched 112 drones"),
        ],
        [
            S("United States", "Ratcliffe: the US has paused intelligence sharing with Ukraine", "2025-03-05", "text",
              "The United States has paused intelligence sharing"),
            S("United States", "Ratcliffe: the pause will probably be lifted once Zelensky is serious about talks",
              "2025-03-05", "context", "Ratcliffe told Fox Business Network"),
            S("United States", "Waltz: Washington is taking a step back to review the relationship", "2025-03-05",
              "published", "Mike Waltz"),
            S("United States", "Officials: the aid pause affects more than $1 billion in weapons", "2025-03-05",
              "published", "The aid pause, which took effect late Monday"),
            S("Volodymyr Zelensky", "Ukraine is ready to come to the negotiating table; the Oval Office meeting was "
              "regrettable", "2025-03-04", "text", "ready to come to the negotiating table"),
            S("Volodymyr Zelensky", "Proposes a truce in the air and at sea and a release of prisoners",
              "2025-03-04", "context", "He proposed a truce"),
            S("Donald Trump", "Appreciates Zelensky's important letter", "2025-03-04", "text",
              "Trump read from what he called"),
            S("Donald Trump", "The minerals deal could still be signed", "2025-03-05", "published",
              "could still be signed"),
            S("Dmitry Peskov", "A US aid pause would be the best contribution to peace", "2025-03-04", "text",
              "the best contribution to peace"),
            S("Keir Starmer", "Britain and France will work with Ukraine on a ceasefire plan for Washington",
              "2025-03-03", "text", "Britain and France would work with Ukraine"),
            S("Emmanuel Macron", "Proposes a one-month truce in the air, at sea and on energy infrastructure",
              "2025-03-02", "text", "proposed a one-month truce on Sunday"),
            S("Ursula von der Leyen", "Proposes an 800 billion euro plan to rearm Europe", "2025-03-04", "text",
              "proposed an 800 billion euro"),
            S("Steve Witkoff", "US and Ukrainian officials are working to set up a meeting on a peace framework",
              "2025-03-05", "text", "working to set up a meeting"),
            S("Ukraine", "Air force: Russia launched 112 drones and two missiles overnight", "2025-03-05",
              "published", "Russia launched 112 drones"),
        ],
        ["United States", "Ukraine", "Donald Trump", "Volodymyr Zelensky", "Russia", "Dmitry Peskov", "Kremlin",
         "Keir Starmer", "United Kingdom", "France", "Emmanuel Macron", "Ursula von der Leyen", "European Union",
         "Steve Witkoff", "White House"],
    ),
]
