"""English articles of the blind17 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

EN01 = dict(
    id="b17en01_biden_warsaw_speech_2022_03",
    lang="en",
    published="2022-03-27",
    body="""
Biden's unscripted line on Putin overshadows Warsaw visit as aides rush to clarify
WARSAW — President Biden ended a four-day trip to Europe on Saturday with a forceful speech in the courtyard of Warsaw's Royal Castle, saying of Russian President Vladimir Putin, “For God's sake, this man cannot remain in power” — a line that was not in his prepared remarks and that sent aides scrambling within minutes to walk it back.
A White House official said shortly afterward that the president “was not discussing Putin's power in Russia, or regime change,” but meant that Putin could not be allowed to exercise power over his neighbors or the region.
Secretary of State Antony Blinken, speaking in Jerusalem on Sunday, said the United States had no strategy of regime change in Russia “or anywhere else, for that matter,” and that the question of Russia's leadership was up to the Russian people.

The Kremlin was quick to respond.
“That is not for Biden to decide,” Kremlin spokesman Dmitry Peskov told reporters, adding that the president of Russia was elected by Russians.
Peskov said Biden's personal insults were narrowing the “window of opportunity” for relations between the two countries under the current administration in Washington.

Earlier Saturday, Biden met for the first time since the invasion with Ukraine's foreign and defense ministers, Dmytro Kuleba and Oleksii Reznikov, who had crossed into Poland for the talks, joined by Blinken and Defense Secretary Lloyd Austin.
Kuleba said afterward that Biden had promised further steps to strengthen Ukraine's defenses but declined to say which weapons had been discussed.
Biden also held talks with Polish President Andrzej Duda at the presidential palace, where he called NATO's Article 5 commitment a “sacred obligation” that the United States would honor.

While Biden met refugees at the National Stadium, Russian missiles struck a fuel depot on the edge of Lviv, less than 50 miles from the Polish border, wounding five people, according to the regional governor.
It was the second strike on the western city in a week.

The trip began Thursday in Brussels, where Biden attended back-to-back emergency summits of NATO, the Group of Seven and the European Union and announced $1 billion in humanitarian aid along with plans to take in up to 100,000 Ukrainian refugees.
On Friday, Russia's Defense Ministry said the “first stage” of its military operation had largely been completed and that its forces would concentrate on the “liberation” of the Donbas region in eastern Ukraine, a shift some Western officials read as a scaling back of Moscow's war aims.

French President Emmanuel Macron, who has kept up a line of communication with Putin since the war began, cautioned on Sunday against an “escalation of words or actions,” telling France 3 television that he would not use such language himself.
Macron said he still hoped to obtain a ceasefire and the withdrawal of Russian troops through diplomacy and expected to speak with Putin again in the coming days about an evacuation of civilians from the besieged port of Mariupol.
""",
    timexes=[
        T("four-day", "DURATION", "P4D"),
        T("Saturday", "DATE", "2022-03-26"),
        T("minutes", "DURATION", "PTXM"),
        T("Sunday", "DATE", "2022-03-27"),
        T("Saturday", "DATE", "2022-03-26", n=1),
        T("a week", "DURATION", "P1W"),
        T("Thursday", "DATE", "2022-03-24"),
        T("Friday", "DATE", "2022-03-25"),
        T("Sunday", "DATE", "2022-03-27", n=1),
        T("the coming days", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Biden says Putin cannot remain in power", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
          "2022-03-26", "text", "occurred", "cannot remain in power"),
        E("Blinken: no US strategy of regime change in Russia", "REJECT", ["Antony Blinken", "Russia"],
          "2022-03-27", "text", "occurred", "no strategy of regime change"),
        E("Peskov: not for Biden to decide who leads Russia", "REJECT", ["Dmitry Peskov", "Joe Biden"],
          "2022-03-26", "context", "occurred", "That is not for Biden to decide"),
        E("Peskov says Biden's personal insults narrow the window for relations", "ACCUSE",
          ["Dmitry Peskov", "Joe Biden"], "2022-03-26", "context", "occurred", "personal insults"),
        E("Biden meets Ukraine's foreign and defense ministers in Warsaw with Blinken and Austin", "CONSULT",
          ["Joe Biden", "Ukraine", "Antony Blinken", "United States"], "2022-03-26", "text", "occurred",
          "Earlier Saturday", note="Kuleba and Reznikov credited to Ukraine, Austin to the United States"),
        E("Biden promises further steps to strengthen Ukraine's defenses", "AGREE", ["Joe Biden", "Ukraine"],
          "2022-03-26", "context", "occurred", "promised further steps"),
        E("Biden meets Polish President Duda", "CONSULT", ["Joe Biden", "Poland"],
          "2022-03-26", "context", "occurred", "Polish President Andrzej Duda"),
        E("Biden calls Article 5 a sacred obligation the US will honor", "AGREE", ["Joe Biden", "Poland", "NATO"],
          "2022-03-26", "context", "occurred", "Polish President Andrzej Duda"),
        E("Russian missiles strike a fuel depot in Lviv", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03-26", "context", "occurred", "fuel depot"),
        E("Emergency summits of NATO, the G7 and the EU in Brussels", "CONSULT",
          ["Joe Biden", "NATO", "European Union"], "2022-03-24", "text", "occurred", "The trip began Thursday"),
        E("Biden announces $1 billion in humanitarian aid and refugee admissions", "AID", ["Joe Biden", "Ukraine"],
          "2022-03-24", "context", "occurred", "The trip began Thursday"),
        E("Russia says it will concentrate its operation on the Donbas", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03-25", "text", "planned", "first stage"),
        E("Macron cautions against an escalation of words", "REQUEST", ["Emmanuel Macron", "Joe Biden"],
          "2022-03-27", "text", "occurred", "escalation of words"),
        E("Macron expects to speak with Putin again about a Mariupol evacuation", "CONSULT",
          ["Emmanuel Macron", "Vladimir Putin"], "FUTURE_REF", "vague", "planned", "expected to speak with Putin again"),
    ],
    statements=[
        S("Joe Biden", "For God's sake, this man cannot remain in power", "2022-03-26", "text",
          "cannot remain in power"),
        S("White House", "The president was not discussing regime change but Putin's power over his neighbors",
          "2022-03-26", "context", "A White House official"),
        S("Antony Blinken", "The US has no strategy of regime change in Russia or anywhere else", "2022-03-27", "text",
          "no strategy of regime change"),
        S("Dmitry Peskov", "That is not for Biden to decide; Russia's president is elected by Russians", "2022-03-26",
          "context", "That is not for Biden to decide"),
        S("Dmitry Peskov", "Biden's personal insults narrow the window of opportunity for relations", "2022-03-26",
          "context", "personal insults"),
        S("Joe Biden, via Ukraine", "Biden promised further steps to strengthen Ukraine's defenses", "2022-03-26",
          "context", "promised further steps"),
        S("Joe Biden", "Article 5 is a sacred obligation the United States will honor", "2022-03-26", "context",
          "Polish President Andrzej Duda"),
        S("Ukraine", "Five people were wounded in the strike on Lviv", "2022-03-26", "context", "fuel depot"),
        S("Russia", "The first stage of the operation is largely complete; forces will concentrate on the Donbas",
          "2022-03-25", "text", "first stage"),
        S("Emmanuel Macron", "Cautions against an escalation of words or actions; would not use such language",
          "2022-03-27", "text", "escalation of words"),
        S("Emmanuel Macron", "Hopes for a ceasefire through diplomacy; expects to speak with Putin again",
          "2022-03-27", "context", "still hoped"),
    ],
    actors=["Joe Biden", "Vladimir Putin", "Russia", "White House", "Antony Blinken", "United States", "Kremlin",
            "Dmitry Peskov", "Ukraine", "Poland", "NATO", "European Union", "Emmanuel Macron", "France"],
)

EN02 = dict(
    id="b17en02_g7_call_missile_barrage_2022_10",
    lang="en",
    published="2022-10-11",
    body="""
G7 warns Putin he will be held to account as Russia fires fresh missiles at Ukrainian cities
Leaders of the G7 have warned Vladimir Putin that he will be held to account for Russia's missile barrage on Ukrainian cities, as Kyiv's allies rushed to promise new air defence systems.
The group's leaders, among them US President Joe Biden, German Chancellor Olaf Scholz, France's Emmanuel Macron and Britain's Liz Truss, held an emergency video call on Tuesday with Volodymyr Zelensky, who urged them to help create an "air shield" over Ukraine.
In a joint statement afterwards, the G7 condemned the attacks "in the strongest possible terms", said indiscriminate strikes on civilians constituted a war crime and promised to stand with Ukraine "for as long as it takes".

Russia fired more than 80 cruise missiles and dozens of Iranian-made drones at targets across Ukraine on Monday morning, hitting a children's playground in central Kyiv, power stations in Lviv and Kharkiv and apartment blocks in Dnipro and Zaporizhzhia.
At least 19 people were killed, Ukrainian officials said.
A second, smaller wave of strikes on Tuesday knocked out electricity in Lviv once again.
Addressing his Security Council on Monday, Mr Putin said the barrage was retaliation for what he called a "terrorist attack" on the Kerch bridge linking Russia to annexed Crimea on Saturday, which Moscow blames on Ukrainian special services.
He warned that if attacks on Russian territory continued, Moscow's response would be "harsh".

Mr Biden spoke to Mr Zelensky by phone on Monday and pledged to provide Ukraine with "advanced air defence systems", the White House said.
Germany said the first of four IRIS-T air defence systems it has promised Kyiv would arrive in the coming days, while the UK announced it would send AMRAAM missiles for the NASAMS launchers being supplied by the US.

In Minsk, Belarusian leader Alexander Lukashenko announced on Monday that his country and Russia had agreed to deploy a joint regional grouping of troops, accusing Kyiv of plotting an attack on Belarus.
Ukraine's foreign ministry dismissed the claim as absurd.

UN Secretary-General António Guterres said he was "deeply shocked" by the strikes, which had once again hit civilian infrastructure.
Turkey's President Recep Tayyip Erdoğan, who is due to meet Mr Putin in the Kazakh capital Astana on Thursday, said he would press for a ceasefire and again offered to host talks between Moscow and Kyiv.
The Kremlin said Mr Putin had no plans to meet Mr Biden at next month's G20 summit in Bali, but would consider it if an offer were made.
""",
    timexes=[
        T("Tuesday", "DATE", "2022-10-11"),
        T("Monday morning", "TIME", "2022-10-10TMO"),
        T("Tuesday", "DATE", "2022-10-11", n=1),
        T("Monday", "DATE", "2022-10-10", n=1),
        T("Saturday", "DATE", "2022-10-08"),
        T("Monday", "DATE", "2022-10-10", n=2),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Monday", "DATE", "2022-10-10", n=3),
        T("Thursday", "DATE", "2022-10-13"),
        T("next month", "DATE", "2022-11"),
    ],
    events=[
        E("G7 warns Putin he will be held to account for the strikes", "THREATEN",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Vladimir Putin"],
          "2022-10-11", "context", "occurred", "Leaders of the G7 have warned",
          note="the G7 is not canonical; its members named in the text; dated by the Tuesday call"),
        E("G7 emergency video call with Zelensky", "CONSULT",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Volodymyr Zelensky"],
          "2022-10-11", "text", "occurred", "emergency video call",
          note="Liz Truss is not canonical and is credited to the United Kingdom"),
        E("Zelensky urges the G7 to help create an air shield", "REQUEST",
          ["Volodymyr Zelensky", "Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom"],
          "2022-10-11", "context", "occurred", "emergency video call"),
        E("G7 condemns the strikes as a war crime", "ACCUSE",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Russia"],
          "2022-10-11", "context", "occurred", "In a joint statement afterwards"),
        E("G7 promises to stand with Ukraine for as long as it takes", "AGREE",
          ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Ukraine"],
          "2022-10-11", "context", "occurred", "In a joint statement afterwards"),
        E("Russian barrage of more than 80 cruise missiles and drones", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-10TMO", "text", "occurred", "more than 80 cruise missiles"),
        E("Second, smaller wave of Russian strikes", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-11", "text", "occurred", "A second, smaller wave"),
        E("Explosion on the Kerch bridge", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-08", "text", "occurred", "Addressing his Security Council",
          note="Moscow blames Ukrainian special services; the attribution is Russia's"),
        E("Putin blames Ukraine for a terrorist attack on the Kerch bridge", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2022-10-10", "text", "occurred", "Addressing his Security Council"),
        E("Putin threatens a harsh response to further attacks", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2022-10-10", "context", "occurred", "response would be"),
        E("Biden-Zelensky phone call", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2022-10-10", "text", "occurred", "Mr Biden spoke to Mr Zelensky"),
        E("Biden pledges advanced air defence systems", "AID", ["Joe Biden", "Ukraine"],
          "2022-10-10", "context", "occurred", "Mr Biden spoke to Mr Zelensky"),
        E("First German IRIS-T system to arrive", "AID", ["Germany", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "IRIS-T"),
        E("UK to send AMRAAM missiles for NASAMS", "AID", ["United Kingdom", "Ukraine"],
          "2022-10-11", "published", "occurred", "IRIS-T"),
        E("Belarus and Russia agree on a joint regional grouping of troops", "AGREE",
          ["Alexander Lukashenko", "Russia"], "2022-10-10", "context", "occurred", "joint regional grouping",
          note="announced on Monday; the day of the agreement is not stated"),
        E("Deployment of the joint Belarusian-Russian grouping", "MOBILIZE", ["Belarus", "Russia"],
          "2022-10-10", "context", "planned", "joint regional grouping"),
        E("Lukashenko accuses Kyiv of plotting an attack on Belarus", "ACCUSE", ["Alexander Lukashenko", "Ukraine"],
          "2022-10-10", "text", "occurred", "joint regional grouping"),
        E("Ukraine dismisses Lukashenko's claim", "REJECT", ["Ukraine", "Alexander Lukashenko"],
          "2022-10-11", "published", "occurred", "dismissed the claim"),
        E("Guterres deeply shocked by the strikes", "ACCUSE", ["António Guterres", "Russia"],
          "2022-10-11", "published", "occurred", "deeply shocked"),
        E("Erdogan to meet Putin in Astana", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-10-13", "text", "planned", "Kazakh capital Astana"),
        E("Erdogan to press Putin for a ceasefire", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-10-13", "context", "planned", "Kazakh capital Astana"),
        E("Erdogan offers again to host Russian-Ukrainian talks", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
          "2022-10-11", "published", "occurred", "Kazakh capital Astana"),
        E("Kremlin: Putin has no plans to meet Biden at the G20", "REJECT", ["Kremlin", "Vladimir Putin", "Joe Biden"],
          "2022-10-11", "published", "occurred", "no plans to meet"),
        E("Possible Putin-Biden meeting at the G20 in Bali", "CONSULT", ["Vladimir Putin", "Joe Biden"],
          "2022-11", "text", "uncertain", "no plans to meet"),
    ],
    statements=[
        S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron, United Kingdom",
          "Putin will be held to account for the missile barrage", "2022-10-11", "context",
          "Leaders of the G7 have warned"),
        S("Volodymyr Zelensky", "Urges the G7 to help create an air shield over Ukraine", "2022-10-11", "text",
          "emergency video call"),
        S("Joint statement: Joe Biden, Olaf Scholz, Emmanuel Macron, United Kingdom",
          "Condemn the strikes, call them a war crime, stand with Ukraine as long as it takes", "2022-10-11",
          "context", "In a joint statement afterwards"),
        S("Ukraine", "At least 19 people were killed", "2022-10-11", "published", "Ukrainian officials said"),
        S("Vladimir Putin", "The strikes were retaliation for the terrorist attack on the Kerch bridge", "2022-10-10",
          "text", "Addressing his Security Council"),
        S("Vladimir Putin", "Further attacks on Russian territory will meet a harsh response", "2022-10-10", "context",
          "response would be"),
        S("Joe Biden, via White House", "Pledged advanced air defence systems to Ukraine", "2022-10-10", "context",
          "Mr Biden spoke to Mr Zelensky"),
        S("Germany", "The first IRIS-T system will arrive in the coming days", "2022-10-11", "published", "IRIS-T"),
        S("United Kingdom", "Will send AMRAAM missiles for the NASAMS launchers", "2022-10-11", "published", "IRIS-T"),
        S("Alexander Lukashenko", "Belarus and Russia will deploy a joint grouping; Kyiv is plotting an attack",
          "2022-10-10", "text", "joint regional grouping"),
        S("Ukraine", "Lukashenko's claim is absurd", "2022-10-11", "published", "dismissed the claim"),
        S("António Guterres", "Deeply shocked by the strikes on civilian infrastructure", "2022-10-11", "published",
          "deeply shocked"),
        S("Recep Tayyip Erdoğan", "Will press for a ceasefire; offers to host talks", "2022-10-11", "published",
          "Kazakh capital Astana"),
        S("Kremlin", "Putin has no plans to meet Biden at the G20 but would consider an offer", "2022-10-11",
          "published", "no plans to meet"),
    ],
    actors=["Joe Biden", "United States", "Olaf Scholz", "Germany", "Emmanuel Macron", "France", "United Kingdom",
            "Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "White House", "Alexander Lukashenko",
            "Belarus", "António Guterres", "United Nations", "Recep Tayyip Erdoğan", "Turkey", "Kremlin"],
)

EN03 = dict(
    id="b17en03_macron_von_der_leyen_beijing_2023_04",
    lang="en",
    published="2023-04-07",
    body="""
Macron leans on Xi to bring Russia ‘to reason’ as von der Leyen plays bad cop
BEIJING — Emmanuel Macron urged Xi Jinping on Thursday to help “bring Russia to reason” over its war in Ukraine, as the French president and European Commission President Ursula von der Leyen pressed China's leader during a day of talks at the Great Hall of the People.
“I know I can count on you to bring Russia to reason and everyone back to the negotiating table,” Macron told Xi as their meeting opened in front of the cameras.
Xi replied that China was willing to issue a joint appeal with France for peace talks and repeated that nuclear weapons must not be used, but he made no commitment to pressure Moscow.

Xi also told his two European visitors he was ready to speak with Volodymyr Zelenskyy “when the conditions and the time are right,” according to a French official — a call Kyiv has been seeking since Beijing published its 12-point position paper on the war in February.

Von der Leyen, who took a markedly tougher line, said she had told Xi that arming the aggressor would be “clearly against international law” and would “significantly harm” relations between the EU and China.
She said she had been assured that Beijing had no intention of supplying weapons to Russia, though she acknowledged that Xi had not moved beyond China's known positions.
Unlike Macron, who was given a full state welcome with a military band, von der Leyen arrived through the regular passenger exit at Beijing airport and flew home on Thursday evening.

In Moscow, Kremlin spokesman Dmitry Peskov said China had “very effective and weighty mediation potential” but that the situation in Ukraine did not yet allow for a peaceful settlement.
Ukraine's foreign ministry welcomed Macron's efforts but said any Chinese initiative would have to be based on the full withdrawal of Russian troops.

Xi's state visit to Moscow two weeks ago, where he and Vladimir Putin signed a declaration on deepening their partnership, has left European capitals doubtful that Beijing could act as an honest broker.
Days later, Putin announced plans to station tactical nuclear weapons in Belarus.
Macron travels on Friday to Guangzhou, where he is due to meet Xi again for an informal tea ceremony at the residence of the provincial governor.
""",
    timexes=[
        T("Thursday", "DATE", "2023-04-06"),
        T("a day", "DURATION", "P1D"),
        T("February", "DATE", "2023-02"),
        T("Thursday evening", "TIME", "2023-04-06TEV"),
        T("two weeks ago", "DATE", "2023-W12"),
        T("Friday", "DATE", "2023-04-07"),
    ],
    events=[
        E("Macron urges Xi to help bring Russia to reason", "REQUEST", ["Emmanuel Macron", "Xi Jinping", "Russia"],
          "2023-04-06", "text", "occurred", "urged Xi Jinping on Thursday"),
        E("Macron and von der Leyen hold talks with Xi in Beijing", "CONSULT",
          ["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "2023-04-06", "text", "occurred",
          "urged Xi Jinping on Thursday"),
        E("Xi willing to issue a joint appeal with France for peace talks", "AGREE", ["Xi Jinping", "France"],
          "2023-04-06", "context", "occurred", "joint appeal"),
        E("Xi makes no commitment to pressure Moscow", "REJECT", ["Xi Jinping", "Emmanuel Macron"],
          "2023-04-06", "context", "occurred", "joint appeal"),
        E("Xi ready to speak with Zelensky when conditions are right", "AGREE", ["Xi Jinping", "Volodymyr Zelensky"],
          "2023-04-06", "context", "occurred", "when the conditions"),
        E("Kyiv has sought a call with Xi", "REQUEST", ["Ukraine", "Xi Jinping"],
          "2023-02", "context", "occurred", "when the conditions",
          note="sought since the position paper of February; dated by it"),
        E("China publishes its 12-point position paper on the war", "REQUEST", ["China", "Russia", "Ukraine"],
          "2023-02", "text", "occurred", "when the conditions", note="published on 24 February 2023"),
        E("Von der Leyen warns Xi against arming Russia", "REQUEST", ["Ursula von der Leyen", "Xi Jinping"],
          "2023-04-06", "context", "occurred", "arming the aggressor"),
        E("Beijing assures von der Leyen it will not supply weapons to Russia", "AGREE",
          ["China", "Ursula von der Leyen"], "2023-04-06", "context", "occurred", "no intention of supplying"),
        E("Peskov praises China's mediation potential", "SUPPORT", ["Dmitry Peskov", "China"],
          "2023-04-07", "published", "occurred", "mediation potential"),
        E("Peskov: situation does not yet allow a peaceful settlement", "REJECT", ["Dmitry Peskov", "Ukraine"],
          "2023-04-07", "published", "occurred", "mediation potential"),
        E("Ukraine welcomes Macron's efforts", "SUPPORT", ["Ukraine", "Emmanuel Macron"],
          "2023-04-07", "published", "occurred", "welcomed Macron's efforts"),
        E("Ukraine: any Chinese initiative must rest on a full Russian withdrawal", "REQUEST",
          ["Ukraine", "China", "Russia"], "2023-04-07", "published", "occurred", "welcomed Macron's efforts"),
        E("Xi's state visit to Moscow", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-W12", "text", "occurred", "two weeks ago", note="20-22 March 2023"),
        E("Xi and Putin sign a declaration on deepening their partnership", "AGREE", ["Xi Jinping", "Vladimir Putin"],
          "2023-W12", "context", "occurred", "two weeks ago"),
        E("Putin announces plans to station tactical nuclear weapons in Belarus", "MOBILIZE",
          ["Vladimir Putin", "Belarus"], "2023-W12", "context", "planned", "Days later",
          note="announced on 25 March 2023, in the same ISO week; 'Days later' is not annotated"),
        E("Macron to meet Xi again in Guangzhou", "CONSULT", ["Emmanuel Macron", "Xi Jinping"],
          "2023-04-07", "text", "planned", "Guangzhou"),
    ],
    statements=[
        S("Emmanuel Macron", "Urges Xi to help bring Russia to reason", "2023-04-06", "text",
          "urged Xi Jinping on Thursday"),
        S("Emmanuel Macron", "I know I can count on you to bring Russia to reason and everyone back to the table",
          "2023-04-06", "context", "I know I can count on you"),
        S("Xi Jinping", "China is willing to issue a joint appeal for peace talks; nuclear weapons must not be used",
          "2023-04-06", "context", "joint appeal"),
        S("Xi Jinping, via France", "Ready to speak with Zelensky when the conditions and the time are right",
          "2023-04-06", "context", "when the conditions"),
        S("Ursula von der Leyen", "Arming the aggressor would be against international law and harm EU-China ties",
          "2023-04-06", "context", "arming the aggressor"),
        S("Ursula von der Leyen", "Was assured Beijing does not intend to supply weapons; Xi did not move",
          "2023-04-06", "context", "no intention of supplying"),
        S("Dmitry Peskov", "China has weighty mediation potential, but a peaceful settlement is not yet possible",
          "2023-04-07", "published", "mediation potential"),
        S("Ukraine", "Welcomes Macron's efforts; a Chinese initiative must rest on full Russian withdrawal",
          "2023-04-07", "published", "welcomed Macron's efforts"),
        S("Vladimir Putin", "Announces plans to station tactical nuclear weapons in Belarus", "2023-W12", "context",
          "Days later"),
    ],
    actors=["Emmanuel Macron", "France", "Xi Jinping", "China", "Russia", "Ukraine", "Ursula von der Leyen",
            "European Union", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Belarus"],
)

EN04 = dict(
    id="b17en04_sunak_kyiv_security_pact_2024_01",
    lang="en",
    published="2024-01-12",
    body="""
Sunak pledges £2.5bn in military aid as he signs ‘historic’ security pact in Kyiv
Rishi Sunak has signed a new security agreement with Ukraine on an unannounced visit to Kyiv, promising that Britain will stand with the country “for the long haul” as Western support appears to be faltering.
The prime minister arrived by train on Friday morning and held talks with Volodymyr Zelensky before the two leaders signed the ten-year agreement in front of reporters at the presidential office.
Under the deal, Britain will provide £2.5bn in military support this year, £200m more than in each of the past two years, with much of the money going on thousands of drones.
It also commits the UK to provide “swift and sustained” assistance in the event of any future Russian armed attack on Ukraine, and to support the country's path to membership of Nato.

Mr Zelensky called it an “unprecedented” agreement and said that if such guarantees had existed in 2014, “there would have been no Russian aggression”.
Speaking alongside Mr Sunak, he said Ukraine was short of artillery shells and air defence missiles after a winter bombing campaign in which Russia has fired more than 500 missiles and drones at Ukrainian cities since 29 December.

The visit comes as a $61bn US aid package remains stalled in Congress and Hungary's Viktor Orbán continues to block a €50bn EU support fund for Ukraine, which European leaders will try again to agree at a summit on 1 February.
Mr Sunak said the agreement sent a clear message to Vladimir Putin that Britain would not waver: “He is betting that we will tire of this fight, and he is wrong”.

Moscow was dismissive.
Kremlin spokesman Dmitry Peskov said Western security “guarantees” would not stop Russia from achieving its goals, while foreign ministry spokeswoman Maria Zakharova accused London of “prolonging the agony” of the regime in Kyiv.

Britain is the first G7 country to sign such a bilateral pact under a framework agreed at the Nato summit in Vilnius last July, where allies promised Ukraine long-term security commitments.
Mr Sunak's predecessor, Boris Johnson, made a similar surprise trip to Kyiv in April 2022, weeks after the full-scale invasion began.
Mr Zelensky is expected to travel to Switzerland next week for talks on his peace formula on the sidelines of the World Economic Forum in Davos.
""",
    timexes=[
        T("Friday morning", "TIME", "2024-01-12TMO"),
        T("ten-year", "DURATION", "P10Y"),
        T("this year", "DATE", "2024"),
        T("the past two years", "DURATION", "P2Y"),
        T("2014", "DATE", "2014"),
        T("winter", "DATE", "2023-WI"),
        T("29 December", "DATE", "2023-12-29"),
        T("1 February", "DATE", "2024-02-01"),
        T("last July", "DATE", "2023-07"),
        T("April 2022", "DATE", "2022-04"),
        T("next week", "DATE", "2024-W03"),
    ],
    events=[
        E("Sunak promises Britain will stand with Ukraine for the long haul", "AGREE", ["United Kingdom", "Ukraine"],
          "2024-01-12", "published", "occurred", "for the long haul",
          note="Sunak is not canonical and is credited to the United Kingdom"),
        E("Sunak holds talks with Zelensky in Kyiv", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"],
          "2024-01-12TMO", "text", "occurred", "arrived by train"),
        E("Sunak and Zelensky sign a ten-year security agreement", "AGREE", ["United Kingdom", "Volodymyr Zelensky"],
          "2024-01-12", "context", "occurred", "arrived by train"),
        E("UK to provide 2.5 billion pounds in military support this year", "AID", ["United Kingdom", "Ukraine"],
          "2024-01-12", "context", "occurred", "in military support this year",
          note="dated by the announcement; the money is for 2024"),
        E("UK commits to swift and sustained assistance in case of a future Russian attack", "AGREE",
          ["United Kingdom", "Ukraine", "Russia"], "2024-01-12", "context", "occurred", "swift and sustained"),
        E("UK commits to support Ukraine's path to NATO membership", "SUPPORT", ["United Kingdom", "Ukraine", "NATO"],
          "2024-01-12", "context", "occurred", "swift and sustained"),
        E("Russian winter bombing campaign since 29 December", "ASSAULT", ["Russia", "Ukraine"],
          "2023-12-29", "text", "occurred", "since 29 December", note="a campaign, dated by its start"),
        E("US aid package of $61bn stalled in Congress", "AID", ["United States", "Ukraine"],
          "2024-01-12", "published", "uncertain", "$61bn"),
        E("Orban blocks the 50-billion-euro EU support fund", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
          "2024-01-12", "published", "occurred", "$61bn", note="the veto was cast at the December 2023 summit"),
        E("EU summit on 1 February", "CONSULT", ["European Union"],
          "2024-02-01", "text", "planned", "$61bn"),
        E("New attempt to agree the EU support fund at the summit", "AID", ["European Union", "Ukraine"],
          "2024-02-01", "context", "uncertain", "$61bn"),
        E("Peskov dismisses Western security guarantees", "REJECT", ["Dmitry Peskov", "United Kingdom", "Ukraine"],
          "2024-01-12", "published", "occurred", "would not stop Russia"),
        E("Zakharova accuses London of prolonging the agony", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
          "2024-01-12", "published", "occurred", "would not stop Russia"),
        E("Allies promised Ukraine long-term security commitments at the Vilnius summit", "AGREE", ["NATO", "Ukraine"],
          "2023-07", "text", "occurred", "last July"),
        E("Boris Johnson's surprise trip to Kyiv", "CONSULT", ["United Kingdom", "Ukraine"],
          "2022-04", "text", "occurred", "Boris Johnson"),
        E("Zelensky expected in Davos for talks on his peace formula", "CONSULT", ["Volodymyr Zelensky"],
          "2024-W03", "text", "planned", "World Economic Forum"),
    ],
    statements=[
        S("United Kingdom", "Britain will stand with Ukraine for the long haul", "2024-01-12", "published",
          "for the long haul"),
        S("Volodymyr Zelensky", "An unprecedented agreement; with such guarantees in 2014 there would have been no aggression",
          "2024-01-12", "context", "unprecedented"),
        S("Volodymyr Zelensky", "Ukraine is short of artillery shells and air defence missiles", "2024-01-12",
          "context", "Speaking alongside Mr Sunak"),
        S("United Kingdom", "The pact tells Putin that Britain will not waver; he is wrong to bet that the West will tire",
          "2024-01-12", "context", "would not waver"),
        S("Dmitry Peskov", "Western guarantees will not stop Russia from achieving its goals", "2024-01-12",
          "published", "would not stop Russia"),
        S("Maria Zakharova", "London is prolonging the agony of the regime in Kyiv", "2024-01-12", "published",
          "prolonging the agony"),
    ],
    actors=["United Kingdom", "Ukraine", "Volodymyr Zelensky", "Russia", "NATO", "United States", "Viktor Orbán",
            "European Union", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

EN05 = dict(
    id="b17en05_trump_zelensky_paris_ceasefire_2024_12",
    lang="en",
    published="2024-12-08",
    body="""
Trump Calls for ‘Immediate Cease-Fire’ in Ukraine After Meeting Zelensky in Paris
President-elect Donald J. Trump on Sunday called for an “immediate cease-fire” in Ukraine and for negotiations to begin, saying that Ukraine wanted to “make a deal” and that Russia's leader, Vladimir V. Putin, should act as well.
The post on Truth Social came less than 24 hours after Mr. Trump sat down on Saturday with President Volodymyr Zelensky of Ukraine and President Emmanuel Macron of France at the Élysée Palace, shortly before the ceremony marking the reopening of Notre-Dame Cathedral.
The meeting, which lasted about 35 minutes and was arranged by Mr. Macron, was Mr. Trump's first with Mr. Zelensky since the election and the first chance for the Ukrainian leader to make his case in person to the incoming president.

“Zelenskyy and Ukraine would like to make a deal and stop the madness,” Mr. Trump wrote, adding that Ukraine had “ridiculously lost” 400,000 soldiers and that Russia's losses were even higher.
He also linked the war to the collapse of Bashar al-Assad's government in Syria, writing that Russia had been weakened by Ukraine and could no longer protect its ally.

Mr. Zelensky, in a statement posted after the meeting, called the talks “good and productive” and said Ukraine wanted a peace that Russia could not destroy within a few years.
On Sunday evening he added that a cease-fire without security guarantees would only allow Mr. Putin to regroup and attack again, and said Ukraine still needed to become a member of NATO.

The Kremlin responded cautiously.
Its spokesman, Dmitri S. Peskov, said Moscow remained open to negotiations, but only on the basis of what he called the understandings reached in Istanbul in the spring of 2022 and of the “new realities” on the ground.
Mr. Peskov also noted that Mr. Zelensky had signed a decree in 2022 barring any negotiations with Mr. Putin.

Mr. Trump has vowed to end the war quickly, even before he takes office on Jan. 20, and has questioned the tens of billions of dollars in military aid that Washington has sent to Kyiv.
In an interview with NBC's “Meet the Press” broadcast on Sunday, he said Ukraine should “probably” expect less aid once he was in office.
Chancellor Olaf Scholz of Germany, who visited Kyiv last Monday, said on Sunday that no decision should be made over the heads of Ukrainians.
""",
    timexes=[
        T("Sunday", "DATE", "2024-12-08"),
        T("Saturday", "DATE", "2024-12-07"),
        T("about 35 minutes", "DURATION", "PT35M", mod="APPROX"),
        T("a few years", "DURATION", "PXY"),
        T("Sunday evening", "TIME", "2024-12-08TEV"),
        T("the spring of 2022", "DATE", "2022-SP"),
        T("2022", "DATE", "2022", n=1),
        T("Jan. 20", "DATE", "2025-01-20"),
        T("Sunday", "DATE", "2024-12-08", n=2),
        T("last Monday", "DATE", "2024-12-02"),
        T("Sunday", "DATE", "2024-12-08", n=3),
    ],
    events=[
        E("Trump calls for an immediate ceasefire and negotiations", "REQUEST",
          ["Donald Trump", "Ukraine", "Vladimir Putin"], "2024-12-08", "text", "occurred", "on Sunday called for"),
        E("Trump, Zelensky and Macron meet at the Elysee Palace", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "Emmanuel Macron"], "2024-12-07", "text", "occurred",
          "sat down on Saturday"),
        E("Zelensky: a ceasefire needs security guarantees", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
          "2024-12-08TEV", "text", "occurred", "On Sunday evening"),
        E("Zelensky: Ukraine still needs to become a NATO member", "REQUEST", ["Volodymyr Zelensky", "NATO"],
          "2024-12-08TEV", "text", "occurred", "On Sunday evening"),
        E("Peskov: Moscow remains open to negotiations", "AGREE", ["Dmitry Peskov", "Russia", "Ukraine"],
          "2024-12-08", "published", "occurred", "remained open to negotiations"),
        E("Peskov's conditions: the Istanbul understandings and the new realities", "REQUEST",
          ["Dmitry Peskov", "Russia", "Ukraine"], "2024-12-08", "published", "occurred", "remained open to negotiations"),
        E("Understandings reached in Istanbul in spring 2022", "AGREE", ["Russia", "Ukraine"],
          "2022-SP", "text", "occurred", "remained open to negotiations", note="as described by Peskov"),
        E("Zelensky's decree barring negotiations with Putin", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2022", "text", "occurred", "signed a decree", note="decree of 4 October 2022"),
        E("Trump says Ukraine should probably expect less aid", "THREATEN", ["Donald Trump", "Ukraine"],
          "2024-12-08", "text", "occurred", "expect less aid", note="interview broadcast on Sunday"),
        E("Scholz visited Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"],
          "2024-12-02", "text", "occurred", "who visited Kyiv last Monday"),
        E("Scholz: no decision over the heads of Ukrainians", "REQUEST", ["Olaf Scholz", "Ukraine"],
          "2024-12-08", "text", "occurred", "who visited Kyiv last Monday"),
    ],
    statements=[
        S("Donald Trump", "Calls for an immediate ceasefire; Ukraine wants a deal and Putin should act",
          "2024-12-08", "text", "on Sunday called for"),
        S("Donald Trump", "Zelenskyy and Ukraine would like to make a deal and stop the madness", "2024-12-08",
          "context", "stop the madness"),
        S("Donald Trump", "Russia has been weakened by Ukraine and could no longer protect Assad", "2024-12-08",
          "context", "collapse of Bashar al-Assad"),
        S("Volodymyr Zelensky", "The talks were good and productive; Ukraine wants a durable peace", "2024-12-07",
          "context", "good and productive"),
        S("Volodymyr Zelensky", "A ceasefire without guarantees lets Putin regroup; Ukraine needs NATO membership",
          "2024-12-08TEV", "text", "On Sunday evening"),
        S("Dmitry Peskov", "Moscow is open to negotiations on the basis of the Istanbul understandings and new realities",
          "2024-12-08", "published", "remained open to negotiations"),
        S("Dmitry Peskov", "Zelensky signed a decree barring negotiations with Putin", "2024-12-08", "published",
          "signed a decree"),
        S("Donald Trump", "Has vowed to end the war quickly, even before taking office", "2024-12-08", "published",
          "has vowed to end the war"),
        S("Donald Trump", "Ukraine should probably expect less aid", "2024-12-08", "text", "expect less aid"),
        S("Olaf Scholz", "No decision should be made over the heads of Ukrainians", "2024-12-08", "text",
          "who visited Kyiv last Monday"),
    ],
    actors=["Donald Trump", "Ukraine", "Vladimir Putin", "Russia", "Volodymyr Zelensky", "Emmanuel Macron", "France",
            "NATO", "Kremlin", "Dmitry Peskov", "United States", "Olaf Scholz", "Germany"],
)

EN06 = dict(
    id="b17en06_riyadh_economic_working_group_2026_10",
    lang="en",
    published="2026-10-14",
    body="""
US, Russia Set Up Economic Working Group in Riyadh as Kyiv Cries Foul
The US and Russia agreed to set up a working group on restoring economic ties, including the possible resumption of direct flights and the supply of aircraft parts to Russian airlines, after a day of talks in Riyadh that Ukraine denounced as premature.
Steve Witkoff, President Donald Trump's special envoy, and Kirill Dmitriev, the head of Russia's sovereign wealth fund, met for about six hours on Tuesday at a government guest palace, with Saudi Foreign Minister Prince Faisal bin Farhan acting as host, according to people familiar with the matter.
The group will meet monthly, alternating between Riyadh and Istanbul, with the first session planned for the week of Nov. 9, Dmitriev told reporters after the talks.

Dmitriev said Washington had signaled it could issue a license allowing Boeing Co. to sell spare parts to Aeroflot PJSC, the state-controlled carrier whose fleet has been shrinking since US and European sanctions took effect in 2022.
The Treasury Department declined to comment, and a State Department spokesperson said “no decisions have been made” on any easing of sanctions.
Secretary of State Marco Rubio said last week that any relief would depend on progress toward a ceasefire in Ukraine.

Ukrainian Foreign Minister Andrii Sybiha said rewarding Moscow with business deals while its missiles were still hitting Ukrainian cities “sends exactly the wrong signal,” and urged Washington not to lift any restrictions before a ceasefire is in place.
The European Union's foreign policy chief, Kaja Kallas, said the bloc's own sanctions, including a ban on aircraft exports, would stay in place, and EU ambassadors are due to discuss a 22nd package on Friday.

Kremlin spokesman Dmitry Peskov said the talks showed that “normal, pragmatic relations” with the US were possible, but cautioned that economic cooperation was no substitute for a political settlement on Russia's terms.
The ruble strengthened as much as 1.8% against the dollar in Moscow trading on Wednesday, while Aeroflot shares jumped 11%, the most since March.

Trump said on Monday that sanctions relief was “possible” if Putin showed he was serious about ending the war, a shift in tone from a year ago, when his administration blacklisted Russia's two largest oil producers, Rosneft PJSC and Lukoil PJSC.
The Riyadh channel is separate from the stalled negotiations between Russian and Ukrainian delegations, whose latest round in Abu Dhabi in August ended without agreement on a ceasefire line.
""",
    timexes=[
        T("a day", "DURATION", "P1D"),
        T("about six hours", "DURATION", "PT6H", mod="APPROX"),
        T("Tuesday", "DATE", "2026-10-13"),
        T("monthly", "SET", "P1M"),
        T("the week of Nov. 9", "DATE", "2026-W46"),
        T("2022", "DATE", "2022"),
        T("last week", "DATE", "2026-W41"),
        T("Friday", "DATE", "2026-10-16"),
        T("Wednesday", "DATE", "2026-10-14"),
        T("March", "DATE", "2026-03"),
        T("Monday", "DATE", "2026-10-12"),
        T("a year ago", "DATE", "2025"),
        T("August", "DATE", "2026-08"),
    ],
    events=[
        E("US and Russia agree to set up an economic working group", "AGREE", ["United States", "Russia"],
          "2026-10-13", "context", "occurred", "agreed to set up a working group"),
        E("Witkoff and Dmitriev hold talks in Riyadh hosted by the Saudi foreign minister", "CONSULT",
          ["Steve Witkoff", "Kirill Dmitriev", "Saudi Arabia"], "2026-10-13", "text", "occurred",
          "met for about six hours", note="Prince Faisal bin Farhan is not canonical and is credited to Saudi Arabia"),
        E("First session of the working group", "COOPERATE", ["United States", "Russia"],
          "2026-W46", "text", "planned", "meet monthly"),
        E("Washington signals a possible license for Boeing parts for Aeroflot", "CONCEDE", ["United States", "Russia"],
          "2026-10-14", "published", "uncertain", "issue a license"),
        E("US and European sanctions on Russian aviation took effect", "SANCTION",
          ["United States", "European Union", "Russia"], "2022", "text", "occurred", "issue a license"),
        E("Rubio: relief depends on progress toward a ceasefire", "REQUEST", ["Marco Rubio", "Russia"],
          "2026-W41", "text", "occurred", "Marco Rubio said last week"),
        E("Sybiha criticises rewarding Moscow with business deals", "ACCUSE", ["Andrii Sybiha", "United States"],
          "2026-10-14", "published", "occurred", "wrong signal"),
        E("Sybiha urges Washington not to lift restrictions before a ceasefire", "REQUEST",
          ["Andrii Sybiha", "United States"], "2026-10-14", "published", "occurred", "wrong signal"),
        E("Kallas: EU sanctions will stay in place", "REJECT", ["Kaja Kallas", "Russia"],
          "2026-10-14", "published", "occurred", "would stay in place"),
        E("EU ambassadors to meet on Friday", "CONSULT", ["European Union"],
          "2026-10-16", "text", "planned", "would stay in place"),
        E("22nd EU sanctions package to be discussed", "SANCTION", ["European Union", "Russia"],
          "2026-10-16", "context", "planned", "would stay in place"),
        E("Peskov: the talks show normal relations with the US are possible", "SUPPORT", ["Dmitry Peskov", "United States"],
          "2026-10-14", "published", "occurred", "pragmatic relations"),
        E("Trump: sanctions relief possible", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2026-10-12", "text", "occurred", "sanctions relief was"),
        E("Trump's condition: Putin must show he is serious about ending the war", "REQUEST",
          ["Donald Trump", "Vladimir Putin"], "2026-10-12", "text", "occurred", "sanctions relief was"),
        E("US blacklisted Rosneft and Lukoil", "SANCTION", ["United States", "Russia"],
          "2025", "text", "occurred", "sanctions relief was", note="sanctions of 22 October 2025"),
        E("Russian-Ukrainian round in Abu Dhabi", "CONSULT", ["Russia", "Ukraine"],
          "2026-08", "text", "occurred", "Abu Dhabi"),
        E("No agreement on a ceasefire line in Abu Dhabi", "REJECT", ["Russia", "Ukraine"],
          "2026-08", "context", "occurred", "Abu Dhabi"),
    ],
    statements=[
        S("Kirill Dmitriev", "The group will meet monthly, first in the week of Nov. 9", "2026-10-13", "context",
          "meet monthly"),
        S("Kirill Dmitriev", "Washington signalled it could license Boeing parts for Aeroflot", "2026-10-13",
          "context", "issue a license"),
        S("United States", "No decisions have been made on easing sanctions", "2026-10-14", "published",
          "no decisions have been made"),
        S("Marco Rubio", "Any relief depends on progress toward a ceasefire", "2026-W41", "text",
          "Marco Rubio said last week"),
        S("Andrii Sybiha", "Business deals with Moscow send the wrong signal; no lifting before a ceasefire",
          "2026-10-14", "published", "wrong signal"),
        S("Kaja Kallas", "EU sanctions, including the aircraft export ban, stay in place", "2026-10-14", "published",
          "would stay in place"),
        S("Dmitry Peskov", "Normal relations with the US are possible, but no substitute for a settlement",
          "2026-10-14", "published", "pragmatic relations"),
        S("Donald Trump", "Sanctions relief is possible if Putin is serious about ending the war", "2026-10-12",
          "text", "sanctions relief was"),
    ],
    actors=["United States", "Russia", "Ukraine", "Steve Witkoff", "Donald Trump", "Kirill Dmitriev", "Saudi Arabia",
            "European Union", "Marco Rubio", "Andrii Sybiha", "Kaja Kallas", "Kremlin", "Dmitry Peskov",
            "Vladimir Putin"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
