"""English articles of the blind12 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b12en01
EN01 = dict(
    id="b12en01_poland_migs_ramstein_2022_03",
    lang="en",
    published="2022-03-09",
    body="""
U.S. rejects Polish plan to hand MiG-29 jets to Ukraine via Ramstein
WASHINGTON/WARSAW, March 9 (Reuters) - The United States has turned down a surprise Polish offer to fly its Soviet-era MiG-29 fighter jets to a U.S. base in Germany so they could be passed on to Ukraine, saying the plan raised "serious concerns" for the whole NATO alliance.
Pentagon spokesman John Kirby said late Tuesday that the prospect of jets departing from a U.S. and NATO base to fly into airspace contested with Russia was not "tenable".

Warsaw announced on Tuesday that it was ready to deploy all of its MiG-29 jets "immediately and free of charge" to Ramstein Air Base and place them at the disposal of the U.S. government.
In return, it asked Washington to provide Poland with used aircraft of corresponding operational capabilities.
The offer followed remarks by Secretary of State Antony Blinken, who said on Sunday that Poland had a "green light" to send fighter jets to Ukraine.

Ukrainian President Volodymyr Zelenskiy has pleaded with the West to close the skies over his country or at least send more warplanes, and he renewed the appeal in a video address to the British parliament on Tuesday.
"We will not give up and we will not lose," he told lawmakers, who gave him a standing ovation.
Moscow warned over the weekend that countries providing airfields for Ukrainian military aircraft could be regarded as parties to the conflict.

NATO Secretary-General Jens Stoltenberg said on Wednesday the alliance would not send planes or troops into Ukraine, but allies would keep supplying weapons to Kyiv.
Defense Secretary Lloyd Austin was due to speak with his Polish counterpart on Wednesday, and Vice President Kamala Harris is expected in Warsaw on Thursday for talks with Polish President Andrzej Duda.

On Tuesday, President Joe Biden also banned imports of Russian oil, gas and coal, saying Americans would pay a price but that the ban dealt "another powerful blow" to Vladimir Putin's war machine.
The Kremlin said the United States had declared an "economic war" on Russia and warned that it would take its interests into account in its response.
""",
    timexes=[
        T("March 9", "DATE", "2022-03-09"),
        T("late Tuesday", "TIME", "2022-03-08TNI"),
        T("Tuesday", "DATE", "2022-03-08", n=1),
        T("Sunday", "DATE", "2022-03-06"),
        T("Tuesday", "DATE", "2022-03-08", n=2),
        T("the weekend", "DATE", "2022-W09-WE"),
        T("Wednesday", "DATE", "2022-03-09", n=0),
        T("Wednesday", "DATE", "2022-03-09", n=1),
        T("Thursday", "DATE", "2022-03-10"),
        T("Tuesday", "DATE", "2022-03-08", n=3),
    ],
    events=[
        E("US turns down Poland's offer to hand its MiG-29s over via Ramstein", "REJECT", ["United States", "Poland"],
          "2022-03-08", "context", "occurred", "turned down a surprise"),
        E("Poland offers to deploy all its MiG-29s to Ramstein at US disposal", "AID",
          ["Poland", "United States", "Ukraine"], "2022-03-08", "text", "planned", "Warsaw announced"),
        E("Poland asks the US for used aircraft in return", "REQUEST", ["Poland", "United States"],
          "2022-03-08", "context", "occurred", "In return"),
        E("Blinken gives Poland a 'green light' to send jets", "SUPPORT", ["Antony Blinken", "Poland"],
          "2022-03-06", "text", "occurred", "green light"),
        E("Zelensky renews his appeal for warplanes before the British parliament", "REQUEST",
          ["Volodymyr Zelensky", "United Kingdom"], "2022-03-08", "text", "occurred", "British parliament"),
        E("Moscow warns countries providing airfields could be parties to the conflict", "THREATEN", ["Russia"],
          "2022-W09-WE", "text", "occurred", "over the weekend"),
        E("NATO will not send planes or troops into Ukraine", "REJECT", ["Jens Stoltenberg", "NATO", "Ukraine"],
          "2022-03-09", "text", "occurred", "would not send planes"),
        E("Allies will keep supplying weapons to Kyiv", "AID", ["NATO", "Ukraine"],
          "2022-03-09", "context", "planned", "would not send planes"),
        E("Austin to speak with his Polish counterpart", "CONSULT", ["United States", "Poland"],
          "2022-03-09", "text", "planned", "Lloyd Austin"),
        E("Harris to hold talks with Duda in Warsaw", "CONSULT", ["United States", "Poland"],
          "2022-03-10", "text", "planned", "Lloyd Austin"),
        E("Biden bans imports of Russian oil, gas and coal", "SANCTION", ["Joe Biden", "Russia"],
          "2022-03-08", "text", "occurred", "banned imports"),
        E("Kremlin accuses the US of declaring economic war", "ACCUSE", ["Kremlin", "United States"],
          "2022-03-09", "published", "occurred", "economic war"),
        E("Kremlin warns of a response taking its interests into account", "THREATEN", ["Kremlin", "United States"],
          "2022-03-09", "published", "occurred", "economic war"),
    ],
    statements=[
        S("United States", "Polish plan raises serious concerns for NATO", "2022-03-08", "context",
          "turned down a surprise"),
        S("United States", "Kirby: jets departing from a US/NATO base not tenable", "2022-03-08TNI", "text",
          "John Kirby"),
        S("Poland", "Ready to deploy all MiG-29s to Ramstein free of charge", "2022-03-08", "text", "Warsaw announced"),
        S("Poland", "Asks for used aircraft of corresponding capabilities", "2022-03-08", "context", "In return"),
        S("Antony Blinken", "Poland has a green light to send jets", "2022-03-06", "text", "green light"),
        S("Volodymyr Zelensky", "We will not give up and we will not lose", "2022-03-08", "context",
          "We will not give up"),
        S("Russia", "Countries providing airfields could be regarded as parties to the conflict", "2022-W09-WE",
          "text", "over the weekend"),
        S("Jens Stoltenberg", "No NATO planes or troops into Ukraine; weapons will keep flowing", "2022-03-09",
          "text", "would not send planes"),
        S("Joe Biden", "Americans will pay a price; the ban is another powerful blow to Putin", "2022-03-08", "text",
          "banned imports"),
        S("Kremlin", "US has declared economic war; response will take Russia's interests into account",
          "2022-03-09", "published", "economic war"),
    ],
    actors=["United States", "Poland", "Ukraine", "NATO", "Russia", "Antony Blinken", "Volodymyr Zelensky",
            "United Kingdom", "Jens Stoltenberg", "Joe Biden", "Vladimir Putin", "Kremlin"],
)

# ---------------------------------------------------------------- b12en02
EN02 = dict(
    id="b12en02_navalny_death_munich_2024_02",
    lang="en",
    published="2024-02-17",
    body="""
Biden blames Putin for Navalny's death as allies weigh response
Joe Biden has said Vladimir Putin is responsible for the death of the Russian opposition leader Alexei Navalny, whose sudden death in an Arctic penal colony on Friday has shaken the Munich Security Conference and drawn condemnation across the west.
Speaking at the White House on Friday afternoon, the US president said the death was "yet more proof of Putin's brutality" and that Washington was looking at "a whole number of options" in response.
Russia's prison service said Navalny, 47, had lost consciousness after a walk and could not be revived.

Dmitry Peskov, the Kremlin spokesperson, rejected the western accusations as "absolutely unacceptable", saying doctors were still establishing the cause of death.
Maria Zakharova, the foreign ministry spokesperson, said Nato leaders had "exposed themselves" with their instant verdicts.

In Munich, Navalny's widow, Yulia Navalnaya, took the stage hours after the news broke and said Putin and his entourage would be held to account.
Olaf Scholz, the German chancellor, said on Saturday that Navalny had paid for his courage with his life.
The EU's foreign policy chief, Josep Borrell, said the "Russian regime" bore sole responsibility.
Britain's foreign secretary, David Cameron, said there should be "consequences" for Russia, and the German foreign ministry said it would summon the Russian ambassador in the coming days.

Volodymyr Zelenskyy, who met the US vice-president, Kamala Harris, in Munich on Saturday, said Navalny had "obviously" been killed by Putin and urged allies not to let the Kremlin exploit divisions in the west.
His appeal for more artillery shells came as Ukraine's army chief, Oleksandr Syrskyi, announced that troops were being pulled out of the besieged town of Avdiivka to avoid encirclement.
The US Congress has yet to pass a $60bn aid package for Kyiv, which Biden said on Friday was needed "now more than ever".
""",
    timexes=[
        T("Friday", "DATE", "2024-02-16", n=0),
        T("Friday afternoon", "TIME", "2024-02-16TAF"),
        T("Saturday", "DATE", "2024-02-17", n=0),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Saturday", "DATE", "2024-02-17", n=1),
        T("Friday", "DATE", "2024-02-16", n=2),
        T("now", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Biden says Putin is responsible for Navalny's death", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
          "2024-02-16", "context", "occurred", "Joe Biden has said"),
        E("Biden says Washington is weighing a number of options in response", "THREATEN",
          ["Joe Biden", "Vladimir Putin"], "2024-02-16TAF", "text", "occurred", "Friday afternoon"),
        E("Peskov rejects the western accusations", "REJECT", ["Dmitry Peskov"],
          "2024-02-17", "published", "occurred", "absolutely unacceptable"),
        E("Zakharova says NATO leaders exposed themselves", "ACCUSE", ["Maria Zakharova", "NATO"],
          "2024-02-17", "published", "occurred", "exposed themselves"),
        E("EU: the Russian regime bears sole responsibility", "ACCUSE", ["European Union", "Russia"],
          "2024-02-17", "published", "occurred", "sole responsibility"),
        E("UK: there should be consequences for Russia", "THREATEN", ["United Kingdom", "Russia"],
          "2024-02-17", "published", "occurred", "consequences"),
        E("Germany to summon the Russian ambassador", "ACCUSE", ["Germany", "Russia"],
          "FUTURE_REF", "vague", "planned", "consequences"),
        E("Zelensky meets Harris in Munich", "CONSULT", ["Volodymyr Zelensky", "United States"],
          "2024-02-17", "text", "occurred", "Kamala Harris"),
        E("Zelensky says Navalny was obviously killed by Putin", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-02-17", "context", "occurred", "Kamala Harris"),
        E("Zelensky urges allies not to let the Kremlin exploit western divisions", "REQUEST", ["Volodymyr Zelensky"],
          "2024-02-17", "context", "occurred", "Kamala Harris"),
        E("Zelensky appeals for more artillery shells", "REQUEST", ["Volodymyr Zelensky"],
          "2024-02-17", "context", "occurred", "artillery shells"),
        E("Ukrainian troops pulled out of Avdiivka", "RETREAT", ["Ukraine"],
          "2024-02-17", "published", "occurred", "artillery shells"),
        E("US $60bn aid package for Kyiv still stuck in Congress", "AID", ["United States", "Ukraine"],
          "2024-02-17", "published", "uncertain", "60bn"),
    ],
    statements=[
        S("Joe Biden", "Putin is responsible for Navalny's death", "2024-02-16", "context", "Joe Biden has said"),
        S("Joe Biden", "More proof of Putin's brutality; weighing options", "2024-02-16TAF", "text",
          "Friday afternoon"),
        S("Russia", "Prison service: Navalny lost consciousness after a walk", "2024-02-17", "published",
          "prison service"),
        S("Dmitry Peskov", "Western accusations absolutely unacceptable; cause of death being established",
          "2024-02-17", "published", "absolutely unacceptable"),
        S("Maria Zakharova", "NATO leaders exposed themselves", "2024-02-17", "published", "exposed themselves"),
        S("Olaf Scholz", "Navalny paid for his courage with his life", "2024-02-17", "text", "paid for his courage"),
        S("European Union", "Borrell: the Russian regime bears sole responsibility", "2024-02-17", "published",
          "sole responsibility"),
        S("United Kingdom", "Cameron: there should be consequences for Russia", "2024-02-17", "published",
          "consequences"),
        S("Germany", "Will summon the Russian ambassador", "2024-02-17", "published", "consequences"),
        S("Volodymyr Zelensky", "Navalny obviously killed by Putin; allies must not let the Kremlin exploit divisions",
          "2024-02-17", "context", "Kamala Harris"),
        S("Ukraine", "Syrskyi: troops pulled out of Avdiivka", "2024-02-17", "published", "artillery shells"),
        S("Joe Biden", "Aid needed now more than ever", "2024-02-16", "text", "60bn"),
    ],
    actors=["Joe Biden", "Vladimir Putin", "Russia", "United States", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
            "NATO", "Germany", "Olaf Scholz", "European Union", "United Kingdom", "Volodymyr Zelensky", "Ukraine"],
)

# ---------------------------------------------------------------- b12en03
EN03 = dict(
    id="b12en03_atacms_doctrine_2024_11",
    lang="en",
    published="2024-11-19",
    body="""
Ukraine fires U.S. ATACMS into Russia for first time as Putin lowers nuclear threshold
KYIV/MOSCOW, Nov 19 (Reuters) - Ukraine struck Russian territory with U.S.-made ATACMS missiles for the first time on Tuesday, Russia's defence ministry said, days after President Joe Biden's administration lifted restrictions on their use.
The ministry said six missiles were fired at a military facility in the Bryansk region at 3:25 a.m. Moscow time, five of which were shot down, while debris from the sixth caused a fire.
Ukraine's General Staff confirmed a strike on an arms depot near the town of Karachev but did not say which weapons had been used.

U.S. officials said on Sunday that Biden had authorised Kyiv to use the long-range weapons against targets inside Russia, a major reversal of policy after months of pleading by President Volodymyr Zelenskiy.
Zelenskiy responded the same evening that "the missiles will speak for themselves".

Putin on Tuesday signed a decree approving an updated nuclear doctrine that allows Russia to consider a nuclear response to a conventional attack on it by a state backed by a nuclear power.
Kremlin spokesman Dmitry Peskov said the doctrine had been published "in a timely manner" and that Western capitals should study it carefully.
Speaking at the G20 summit in Rio de Janeiro, Foreign Minister Sergei Lavrov said the use of ATACMS was a "signal" that the West wanted escalation and that Moscow would respond "accordingly".

On Monday, Peskov had accused Washington of "adding fuel to the fire" by loosening the rules.
German Chancellor Olaf Scholz reiterated that Berlin would not supply its Taurus cruise missiles to Kyiv.
French Foreign Minister Jean-Noel Barrot said Paris had not ruled out allowing strikes with its SCALP missiles.
The U.S. embassy in Kyiv said it would remain open but urged Americans to be ready to shelter in case of a significant air attack in the coming days.
""",
    timexes=[
        T("Nov 19", "DATE", "2024-11-19"),
        T("Tuesday", "DATE", "2024-11-19", n=0),
        T("3:25 a.m. Moscow time", "TIME", "2024-11-19T03:25", note="Moscow time"),
        T("Sunday", "DATE", "2024-11-17"),
        T("months", "DURATION", "PXM"),
        T("the same evening", "TIME", "2024-11-17TEV"),
        T("Tuesday", "DATE", "2024-11-19", n=1),
        T("Monday", "DATE", "2024-11-18"),
        T("the coming days", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Ukraine strikes Russia's Bryansk region with ATACMS for the first time", "ASSAULT", ["Ukraine", "Russia"],
          "2024-11-19", "text", "occurred", "for the first time on Tuesday"),
        E("Biden authorises Kyiv to use ATACMS against targets inside Russia", "AID", ["Joe Biden", "Ukraine"],
          "2024-11-17", "text", "occurred", "had authorised Kyiv", note="Reported on Sunday 17 Nov"),
        E("Putin signs the updated nuclear doctrine", "THREATEN", ["Vladimir Putin"],
          "2024-11-19", "text", "occurred", "nuclear doctrine that allows"),
        E("Lavrov: ATACMS use signals the West wants escalation", "ACCUSE", ["Sergey Lavrov"],
          "2024-11-19", "published", "occurred", "Rio de Janeiro"),
        E("Lavrov: Moscow will respond accordingly", "THREATEN", ["Sergey Lavrov"],
          "2024-11-19", "published", "occurred", "Rio de Janeiro"),
        E("Peskov accuses Washington of adding fuel to the fire", "ACCUSE", ["Dmitry Peskov", "United States"],
          "2024-11-18", "text", "occurred", "adding fuel"),
        E("Scholz again refuses to supply Taurus missiles", "REJECT", ["Olaf Scholz", "Ukraine"],
          "2024-11-19", "published", "occurred", "Taurus"),
    ],
    statements=[
        S("Russia", "Defence ministry: Ukraine struck with ATACMS", "2024-11-19", "published",
          "for the first time on Tuesday"),
        S("Russia", "Six missiles fired, five shot down, debris caused a fire", "2024-11-19", "published",
          "3:25 a.m."),
        S("Ukraine", "General Staff confirms a strike on an arms depot near Karachev", "2024-11-19", "published",
          "Karachev"),
        S("United States", "Biden authorised Kyiv to use long-range weapons inside Russia", "2024-11-17", "text",
          "had authorised Kyiv"),
        S("Volodymyr Zelensky", "The missiles will speak for themselves", "2024-11-17TEV", "text",
          "speak for themselves"),
        S("Dmitry Peskov", "Doctrine published in a timely manner; the West should study it", "2024-11-19",
          "published", "timely manner"),
        S("Sergey Lavrov", "ATACMS a signal of escalation; Moscow will respond accordingly", "2024-11-19",
          "published", "Rio de Janeiro"),
        S("Dmitry Peskov", "Washington is adding fuel to the fire", "2024-11-18", "text", "adding fuel"),
        S("Olaf Scholz", "Berlin will not supply Taurus", "2024-11-19", "published", "Taurus"),
        S("France", "Barrot: strikes with SCALP not ruled out", "2024-11-19", "published", "SCALP"),
        S("United States", "Embassy stays open; Americans should be ready to shelter", "2024-11-19", "published",
          "embassy"),
    ],
    actors=["Ukraine", "Russia", "United States", "Joe Biden", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin",
            "Dmitry Peskov", "Sergey Lavrov", "Germany", "Olaf Scholz", "France"],
)

# ---------------------------------------------------------------- b12en04
EN04 = dict(
    id="b12en04_miami_dmitriev_witkoff_2025_12",
    lang="en",
    published="2025-12-21",
    body="""
Putin envoy meets Trump team in Miami as Ukraine weighs three-way talks
MIAMI (AP) - Kirill Dmitriev, the Kremlin's envoy for economic ties, met President Donald Trump's special envoy Steve Witkoff and son-in-law Jared Kushner in Miami on Saturday, the latest in a flurry of contacts aimed at ending the war in Ukraine.
Dmitriev described the discussions as "constructive" and said they would continue on Sunday.

A Ukrainian delegation led by Rustem Umerov, secretary of the National Security and Defense Council, held separate talks with the Americans on Friday and Saturday, with European national security advisers joining part of the sessions.
Witkoff called the meetings "productive" and said in a post on X that the sides had focused on security guarantees and "aligning positions" on a 20-point framework.
He also floated a three-way meeting of U.S., Ukrainian and Russian officials, an idea Ukrainian President Volodymyr Zelenskyy said his government could back if it led to a new prisoner exchange.
Kremlin spokesman Dmitry Peskov said on Sunday that no such format was being prepared.

The talks followed Russian President Vladimir Putin's year-end news conference on Friday, in which he said the "ball is in the court" of Kyiv and its Western backers and insisted Ukraine pull its troops out of the parts of the Donetsk region it still holds.
Putin also said Russia was ready to give legally binding guarantees that it would not attack Europe, calling Western fears "nonsense".
Trump told reporters at the White House on Friday that a deal was "closer than ever" but warned that he would stop pressing if neither side was willing.
Secretary of State Marco Rubio said earlier this month that Washington would not force any agreement on Ukraine.

Fighting continued as the diplomats talked.
Russian drones and missiles pounded energy facilities in the Odesa region overnight, knocking out power to tens of thousands of homes, Ukrainian officials said.
Ukraine said its long-range drones had hit an oil refinery and a tanker in the Russian port of Novorossiysk earlier this week.
Zelenskyy said Ukraine would not be pressured into surrendering land it has defended for years.
""",
    timexes=[
        T("Saturday", "DATE", "2025-12-20", n=0),
        T("Sunday", "DATE", "2025-12-21", n=0),
        T("Friday", "DATE", "2025-12-19", n=0),
        T("Saturday", "DATE", "2025-12-20", n=1),
        T("Sunday", "DATE", "2025-12-21", n=1),
        T("Friday", "DATE", "2025-12-19", n=1),
        T("Friday", "DATE", "2025-12-19", n=2),
        T("earlier this month", "DATE", "2025-12"),
        T("overnight", "TIME", "2025-12-20TNI"),
        T("earlier this week", "DATE", "2025-W51"),
        T("years", "DURATION", "PXY"),
    ],
    events=[
        E("Dmitriev meets Witkoff and Kushner in Miami", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
          "2025-12-20", "text", "occurred", "Kirill Dmitriev, the Kremlin"),
        E("Dmitriev-Witkoff talks to continue", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
          "2025-12-21", "text", "planned", "would continue on Sunday"),
        E("Umerov's delegation holds talks with the Americans", "CONSULT", ["Rustem Umerov", "United States"],
          "2025-12-19", "text", "occurred", "A Ukrainian delegation", note="Friday and Saturday, 19-20 Dec"),
        E("Witkoff floats a three-way US-Ukraine-Russia meeting", "REQUEST", ["Steve Witkoff", "Ukraine", "Russia"],
          "2025-12-21", "published", "occurred", "floated a three-way"),
        E("Peskov: no three-way format being prepared", "REJECT", ["Dmitry Peskov"],
          "2025-12-21", "text", "occurred", "no such format"),
        E("Putin insists Ukraine withdraw from the rest of Donetsk region", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2025-12-19", "context", "occurred", "ball is in the court"),
        E("Putin says Russia is ready to guarantee it will not attack Europe", "AGREE", ["Vladimir Putin"],
          "2025-12-19", "context", "occurred", "legally binding"),
        E("Trump warns he will stop pressing if neither side is willing", "THREATEN", ["Donald Trump"],
          "2025-12-19", "text", "occurred", "closer than ever"),
        E("Rubio: Washington will not force an agreement on Ukraine", "AGREE", ["Marco Rubio", "Ukraine"],
          "2025-12", "text", "occurred", "earlier this month"),
        E("Russian strikes on energy facilities in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
          "2025-12-20TNI", "text", "occurred", "pounded energy"),
        E("Ukrainian drones hit a refinery and a tanker in Novorossiysk", "ASSAULT", ["Ukraine", "Russia"],
          "2025-W51", "text", "occurred", "Novorossiysk"),
        E("Zelensky refuses to be pressured into surrendering land", "REJECT", ["Volodymyr Zelensky"],
          "2025-12-21", "published", "occurred", "surrendering land"),
    ],
    statements=[
        S("Kirill Dmitriev", "Discussions constructive; to continue Sunday", "2025-12-20", "context",
          "would continue on Sunday"),
        S("Steve Witkoff", "Meetings productive; focus on security guarantees and the 20-point framework",
          "2025-12-21", "published", "productive"),
        S("Steve Witkoff", "Floats a three-way meeting", "2025-12-21", "published", "floated a three-way"),
        S("Volodymyr Zelensky", "Could back a three-way meeting if it led to a prisoner exchange", "2025-12-21",
          "published", "floated a three-way"),
        S("Dmitry Peskov", "No such format is being prepared", "2025-12-21", "text", "no such format"),
        S("Vladimir Putin", "Ball in Kyiv's and the West's court; Ukraine must leave Donetsk", "2025-12-19",
          "context", "ball is in the court"),
        S("Vladimir Putin", "Ready to give binding guarantees not to attack Europe; fears nonsense", "2025-12-19",
          "context", "legally binding"),
        S("Donald Trump", "Deal closer than ever, but will stop pressing if no side is willing", "2025-12-19", "text",
          "closer than ever"),
        S("Marco Rubio", "Washington will not force an agreement on Ukraine", "2025-12", "text",
          "earlier this month"),
        S("Ukraine", "Officials: power cut to tens of thousands of homes in Odesa region", "2025-12-21", "published",
          "pounded energy"),
        S("Ukraine", "Drones hit a refinery and a tanker in Novorossiysk", "2025-12-21", "published",
          "Novorossiysk"),
        S("Volodymyr Zelensky", "Ukraine will not be pressured into surrendering land", "2025-12-21", "published",
          "surrendering land"),
    ],
    actors=["Kirill Dmitriev", "Kremlin", "Donald Trump", "Steve Witkoff", "Ukraine", "Rustem Umerov",
            "United States", "Russia", "Volodymyr Zelensky", "Dmitry Peskov", "Vladimir Putin", "Marco Rubio"],
)

# ---------------------------------------------------------------- b12en05
EN05 = dict(
    id="b12en05_abu_dhabi_trilateral_2026_01",
    lang="en",
    published="2026-01-24",
    body="""
First three-way talks in Abu Dhabi as Russia presses its Donbas demand
Abu Dhabi (CNN) - American, Ukrainian and Russian officials sat down together in Abu Dhabi on Friday for the first trilateral talks since Russia's full-scale invasion, a meeting Ukrainian President Volodymyr Zelensky said should be judged by results, not symbolism.
The talks, which resumed on Saturday, were held behind closed doors and focused on military questions such as a possible ceasefire line and how it could be monitored, according to a source familiar with the discussions.
Russia's delegation is led by Igor Kostyukov, the head of military intelligence, while Ukraine sent Rustem Umerov and Kyrylo Budanov.

The meeting came hours after Steve Witkoff and Jared Kushner held talks with Russian President Vladimir Putin in the Kremlin late Thursday.
Putin's foreign policy aide Yuri Ushakov said afterwards that the conversation had been "substantive and frank" but that no lasting settlement was possible unless Ukraine withdrew from the Donbas.
Kremlin spokesman Dmitry Peskov repeated that demand on Saturday, calling it "a very important condition".

On Thursday, President Donald Trump met Zelensky on the sidelines of the World Economic Forum in Davos for about an hour, their first face-to-face encounter since late December.
Trump called the meeting "very good" and said he believed both Putin and Zelensky wanted a deal, but "there's still a long way to go".
Zelensky told reporters the two men had agreed on a document on security guarantees that still needed to be signed by both presidents and ratified by parliaments.
Hours later, in a pointed speech to the forum, he accused European leaders of being "lost" and slow to act on Russia's frozen assets.

The diplomacy unfolded against the backdrop of heavy Russian strikes.
Overnight into Saturday, Russia launched more than 370 drones and 21 missiles at Ukraine, hitting power plants in Kyiv and Kharkiv and leaving hundreds of thousands of people without heating in sub-zero temperatures, Ukraine's air force said.
Zelensky said the timing showed Moscow was "not serious" and urged Washington to respond with more pressure on Russia's oil exports.
A second round of trilateral talks could take place next month, Witkoff told CNN, though no date has been set.
""",
    timexes=[
        T("Friday", "DATE", "2026-01-23"),
        T("Saturday", "DATE", "2026-01-24", n=0),
        T("late Thursday", "TIME", "2026-01-22TNI"),
        T("Saturday", "DATE", "2026-01-24", n=1),
        T("Thursday", "DATE", "2026-01-22", n=1),
        T("about an hour", "DURATION", "PT1H", mod="APPROX"),
        T("late December", "DATE", "2025-12", mod="END"),
        T("Overnight into Saturday", "TIME", "2026-01-23TNI"),
        T("next month", "DATE", "2026-02"),
    ],
    events=[
        E("First US-Ukraine-Russia trilateral talks in Abu Dhabi", "CONSULT", ["United States", "Ukraine", "Russia"],
          "2026-01-23", "text", "occurred", "sat down together", note="Friday and Saturday, 23-24 Jan"),
        E("Witkoff and Kushner hold talks with Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2026-01-22TNI", "text", "occurred", "late Thursday"),
        E("Ushakov: no settlement unless Ukraine withdraws from the Donbas", "REQUEST", ["Yuri Ushakov", "Ukraine"],
          "2026-01-22", "context", "occurred", "substantive and frank"),
        E("Peskov repeats the Donbas withdrawal demand", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2026-01-24", "text", "occurred", "repeated that demand"),
        E("Trump meets Zelensky in Davos", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2026-01-22", "text", "occurred", "World Economic Forum"),
        E("Trump and Zelensky agree on a security-guarantees document", "AGREE", ["Donald Trump", "Volodymyr Zelensky"],
          "2026-01-22", "context", "occurred", "security guarantees that"),
        E("Zelensky accuses European leaders of being lost and slow", "ACCUSE", ["Volodymyr Zelensky", "European Union"],
          "2026-01-22", "context", "occurred", "pointed speech"),
        E("Massive Russian drone and missile attack on Ukraine's power plants", "ASSAULT", ["Russia", "Ukraine"],
          "2026-01-23TNI", "text", "occurred", "Overnight into Saturday"),
        E("Zelensky: Moscow is not serious", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2026-01-24", "published", "occurred", "not serious"),
        E("Zelensky urges Washington to increase pressure on Russian oil exports", "REQUEST",
          ["Volodymyr Zelensky", "United States", "Russia"], "2026-01-24", "published", "occurred", "not serious"),
        E("Possible second round of trilateral talks", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2026-02", "text", "uncertain", "second round"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Meeting should be judged by results, not symbolism", "2026-01-24", "published",
          "sat down together"),
        S("Yuri Ushakov", "Conversation substantive and frank; no settlement without Donbas withdrawal",
          "2026-01-22", "context", "substantive and frank"),
        S("Dmitry Peskov", "Donbas withdrawal a very important condition", "2026-01-24", "text",
          "repeated that demand"),
        S("Donald Trump", "Meeting very good; both want a deal, long way to go", "2026-01-22", "context",
          "very good"),
        S("Volodymyr Zelensky", "Agreed a security-guarantees document still to be signed and ratified", "2026-01-22",
          "context", "security guarantees that"),
        S("Volodymyr Zelensky", "European leaders lost and slow on frozen assets", "2026-01-22", "context",
          "pointed speech"),
        S("Ukraine", "Air force: 370 drones and 21 missiles launched", "2026-01-24", "published",
          "Overnight into Saturday"),
        S("Volodymyr Zelensky", "Moscow not serious; Washington should press Russia's oil exports", "2026-01-24",
          "published", "not serious"),
        S("Steve Witkoff", "Second round could take place next month", "2026-01-24", "published", "second round"),
    ],
    actors=["United States", "Ukraine", "Russia", "Volodymyr Zelensky", "Steve Witkoff", "Vladimir Putin",
            "Kremlin", "Yuri Ushakov", "Dmitry Peskov", "Donald Trump", "European Union"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05]
