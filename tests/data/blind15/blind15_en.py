"""English articles of the blind15 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------------------------------------
# b15en01: Al Jazeera-style report on the Erdogan-Guterres-Zelenskyy meeting in Lviv.
EN01 = dict(
    id="b15en01_lviv_erdogan_guterres_zelenskyy_2022_08",
    lang="en",
    published="2022-08-18",
    body="""
Erdogan, Guterres meet Zelenskyy in Lviv as fears grow over nuclear plant
Turkish President Recep Tayyip Erdogan and United Nations Secretary-General Antonio Guterres have held talks with Ukraine's President Volodymyr Zelenskyy in the western city of Lviv, with the Zaporizhzhia nuclear power plant and grain exports topping the agenda.
Thursday's three-way meeting lasted around three hours, according to Turkish officials.

Guterres said he was "gravely concerned" about the situation at Zaporizhzhia, Europe's largest nuclear plant, which Russian forces seized in March and which has come under repeated shelling in recent weeks.
"Any potential damage to Zaporizhzhia is suicide," he told reporters, calling for Russian and Ukrainian troops to stay away from the site and for the area to be demilitarised.
Zelenskyy said he and the UN chief had agreed on the parameters of an International Atomic Energy Agency (IAEA) mission to the plant in the coming weeks, but insisted that Moscow must first withdraw its troops "without any conditions".

"We are worried. We do not want to live through another Chernobyl," Erdogan said through an interpreter, adding that he would raise the issue with Russian President Vladimir Putin in the coming days.
The Turkish leader, who met Putin in the Russian resort of Sochi on August 5, helped broker the UN-backed deal signed in Istanbul on July 22 that reopened three Ukrainian Black Sea ports.
He also offered to host a new round of peace talks between Moscow and Kyiv, saying he believed the war would "end at the negotiating table".

Since the first cargo ship left Odesa on August 1, 25 vessels carrying more than 600,000 tonnes of grain and other foodstuffs have sailed.
Guterres is due to visit the port of Odesa on Friday and to inspect the Joint Coordination Centre in Istanbul, which monitors the shipments, on Saturday.

Moscow was quick to pour cold water on the UN chief's proposal.
Foreign Ministry spokeswoman Maria Zakharova called the idea of a demilitarised zone around the plant "unacceptable", saying Russian troops were guarding it against sabotage.
Russia's defence ministry accused Kyiv of preparing a "provocation" at the plant to coincide with Guterres's visit, a claim Ukrainian officials dismissed as an attempt to justify a Russian attack.

Overnight, Russian missiles struck residential buildings and a dormitory in the northeastern city of Kharkiv, killing at least 13 people, according to regional authorities.
Zelenskyy called the attack "vile and cynical".
Moscow said it had hit a base of "foreign mercenaries".
""",
    timexes=[
        T("Thursday", "DATE", "2022-08-18"),
        T("around three hours", "DURATION", "PT3H", mod="APPROX"),
        T("March", "DATE", "2022-03"),
        T("recent weeks", "DATE", "PAST_REF"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("August 5", "DATE", "2022-08-05"),
        T("July 22", "DATE", "2022-07-22"),
        T("August 1", "DATE", "2022-08-01"),
        T("Friday", "DATE", "2022-08-19"),
        T("Saturday", "DATE", "2022-08-20"),
        T("Overnight", "TIME", "2022-08-17TNI"),
    ],
    events=[
        E("Erdoğan, Guterres and Zelensky hold three-way talks in Lviv", "CONSULT",
          ["Recep Tayyip Erdoğan", "António Guterres", "Volodymyr Zelensky"], "2022-08-18", "context", "occurred",
          "have held talks with Ukraine's President"),
        E("Russian forces seized the Zaporizhzhia nuclear plant", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03", "text", "occurred", "which Russian forces seized in March"),
        E("Guterres calls for troops to stay away and the plant area to be demilitarised", "REQUEST",
          ["António Guterres", "Russia", "Ukraine"], "2022-08-18", "context", "occurred",
          "calling for Russian and Ukrainian troops"),
        E("Zelensky and Guterres agree on the parameters of an IAEA mission", "AGREE",
          ["Volodymyr Zelensky", "António Guterres"], "2022-08-18", "context", "occurred",
          "had agreed on the parameters"),
        E("IAEA mission to the Zaporizhzhia plant", "CONSULT", ["IAEA"], "FUTURE_REF", "vague", "planned",
          "had agreed on the parameters"),
        E("Zelensky demands that Moscow withdraw its troops from the plant unconditionally", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2022-08-18", "context", "occurred", "without any conditions"),
        E("Erdoğan to raise the plant with Putin", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "he would raise the issue with Russian President"),
        E("Erdoğan met Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-08-05", "text", "occurred", "who met Putin in the Russian resort of Sochi"),
        E("UN-backed grain deal signed in Istanbul, brokered with Erdoğan's help", "AGREE",
          ["Recep Tayyip Erdoğan", "United Nations", "Russia", "Ukraine"], "2022-07-22", "text", "occurred",
          "helped broker the UN-backed deal"),
        E("Erdoğan offers to host new peace talks between Moscow and Kyiv", "REQUEST",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-08-18", "context", "occurred",
          "offered to host a new round of peace talks"),
        E("Guterres to visit the port of Odesa", "CONSULT", ["António Guterres"], "2022-08-19", "text", "planned",
          "is due to visit the port of Odesa"),
        E("Guterres to inspect the Joint Coordination Centre in Istanbul", "CONSULT", ["António Guterres"],
          "2022-08-20", "text", "planned", "to inspect the Joint Coordination Centre"),
        E("Zakharova rejects a demilitarised zone around the plant", "REJECT", ["Maria Zakharova", "António Guterres"],
          "2022-08-18", "published", "occurred", "called the idea of a demilitarised zone"),
        E("Russian defence ministry accuses Kyiv of preparing a provocation at the plant", "ACCUSE",
          ["Russia", "Ukraine"], "2022-08-18", "published", "occurred", "accused Kyiv of preparing"),
        E("Ukraine dismisses the Russian claim", "REJECT", ["Ukraine", "Russia"], "2022-08-18", "published",
          "occurred", "a claim Ukrainian officials dismissed"),
        E("Russian missile strike on Kharkiv kills at least 13", "ASSAULT", ["Russia", "Ukraine"],
          "2022-08-17TNI", "text", "occurred", "Russian missiles struck residential buildings"),
        E("Zelensky condemns the Kharkiv strike as vile and cynical", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-08-18", "published", "occurred", "Zelenskyy called the attack"),
    ],
    statements=[
        S("Turkey", "The three-way meeting lasted about three hours", "2022-08-18", "published",
          "according to Turkish officials"),
        S("António Guterres", "Gravely concerned about the situation at Zaporizhzhia", "2022-08-18", "context",
          "gravely concerned"),
        S("António Guterres", "Any damage to Zaporizhzhia is suicide; troops should stay away, area demilitarised",
          "2022-08-18", "context", "is suicide"),
        S("Volodymyr Zelensky", "Agreed IAEA mission parameters with Guterres; Moscow must first withdraw unconditionally",
          "2022-08-18", "context", "had agreed on the parameters"),
        S("Recep Tayyip Erdoğan", "Worried about another Chernobyl; will raise the issue with Putin", "2022-08-18",
          "context", "another Chernobyl"),
        S("Recep Tayyip Erdoğan", "The war will end at the negotiating table", "2022-08-18", "context",
          "end at the negotiating table"),
        S("Maria Zakharova", "A demilitarised zone is unacceptable; Russian troops guard the plant against sabotage",
          "2022-08-18", "published", "called the idea of a demilitarised zone"),
        S("Russia", "Kyiv is preparing a provocation at the plant during Guterres's visit", "2022-08-18",
          "published", "accused Kyiv of preparing"),
        S("Ukraine", "The claim is an attempt to justify a Russian attack", "2022-08-18", "published",
          "a claim Ukrainian officials dismissed"),
        S("Ukraine", "Regional authorities: at least 13 killed in Kharkiv", "2022-08-18", "published",
          "according to regional authorities"),
        S("Volodymyr Zelensky", "The Kharkiv strike was vile and cynical", "2022-08-18", "published",
          "Zelenskyy called the attack"),
        S("Russia", "It hit a base of foreign mercenaries in Kharkiv", "2022-08-18", "published",
          "Moscow said it had hit"),
    ],
    actors=["Recep Tayyip Erdoğan", "Turkey", "António Guterres", "United Nations", "Volodymyr Zelensky",
            "Ukraine", "Russia", "IAEA", "Vladimir Putin", "Maria Zakharova"],
)

# ---------------------------------------------------------------------------------------------
# b15en02: AP-style report on Lavrov chairing the UN Security Council in New York.
EN02 = dict(
    id="b15en02_lavrov_chairs_security_council_2023_04",
    lang="en",
    published="2023-04-25",
    body="""
Russia's Lavrov, chairing UN council, faces accusations of hypocrisy
UNITED NATIONS (AP) — Russia's foreign minister presided over a U.N. Security Council meeting on upholding the U.N. Charter on Monday, as Secretary-General Antonio Guterres told him to his face that Moscow's invasion of Ukraine had violated that very charter.
Sergey Lavrov took the council's gavel because Russia holds its rotating presidency this month, a quirk of scheduling that Ukraine's U.N. ambassador called "a sad day" for the United Nations.
"The Russian invasion of Ukraine, in violation of the U.N. Charter and international law, is causing massive suffering and devastation," Guterres said.

Lavrov, for his part, accused the United States and its allies of trying to impose a "rules-based order" on the rest of the world and of having put the U.N.'s founding principles at risk.
He did not mention Ukraine once during his 26-minute opening speech.

U.S. Ambassador Linda Thomas-Greenfield said the Russian minister's presence in the chair was "hypocritical" and demanded the immediate release of Wall Street Journal reporter Evan Gershkovich, who was detained in Yekaterinburg last month on espionage charges that the newspaper and the U.S. government deny.
Asked about Gershkovich, Lavrov said a court would decide his fate and rejected any talk of a prisoner swap.

The meeting was overshadowed by a dispute over visas.
Lavrov said on Sunday that Moscow would "not forget" Washington's refusal to issue visas to the Russian journalists who were to accompany him.
The State Department said it had processed the applications on time.

On the sidelines, Guterres met Lavrov and handed him a letter for President Vladimir Putin with proposals to extend and broaden the Black Sea grain deal, which expires on May 18, U.N. spokesman Stephane Dujarric said.
Lavrov told reporters afterward that Russia's demands under the deal, chiefly reconnecting the Russian Agricultural Bank to the SWIFT payment system, had not been met, and warned that Moscow could let the agreement lapse.
Ukraine's Foreign Minister Dmytro Kuleba said the grain initiative must not become "a hostage of Russian blackmail".

Lavrov is scheduled to chair another council session, on the Middle East, on Tuesday.
In Washington, Secretary of State Antony Blinken said last week that the United States would keep pressing for Gershkovich's release "at every level".
""",
    timexes=[
        T("Monday", "DATE", "2023-04-24"),
        T("this month", "DATE", "2023-04"),
        T("26-minute", "DURATION", "PT26M"),
        T("last month", "DATE", "2023-03"),
        T("Sunday", "DATE", "2023-04-23"),
        T("May 18", "DATE", "2023-05-18"),
        T("Tuesday", "DATE", "2023-04-25"),
        T("last week", "DATE", "2023-W16"),
    ],
    events=[
        E("Lavrov chairs a UN Security Council meeting on the UN Charter", "CONSULT",
          ["Sergey Lavrov", "United Nations", "António Guterres"], "2023-04-24", "text", "occurred",
          "presided over a U.N. Security Council meeting"),
        E("Guterres tells Lavrov that Russia's invasion violated the UN Charter", "ACCUSE",
          ["António Guterres", "Russia", "Sergey Lavrov"], "2023-04-24", "text", "occurred",
          "told him to his face"),
        E("Ukraine's UN ambassador calls Russia's presidency a sad day for the UN", "ACCUSE", ["Ukraine", "Russia"],
          "2023-04-25", "published", "occurred", "a sad day"),
        E("Lavrov accuses the US and its allies of imposing a 'rules-based order'", "ACCUSE",
          ["Sergey Lavrov", "United States"], "2023-04-24", "context", "occurred",
          "accused the United States and its allies"),
        E("US ambassador calls Lavrov's presence in the chair hypocritical", "ACCUSE",
          ["United States", "Sergey Lavrov"], "2023-04-24", "context", "occurred", "hypocritical"),
        E("US demands the immediate release of Evan Gershkovich", "REQUEST", ["United States", "Russia"],
          "2023-04-24", "context", "occurred", "demanded the immediate release"),
        E("Russia detained WSJ reporter Evan Gershkovich", "COERCE", ["Russia"], "2023-03", "text", "occurred",
          "who was detained in Yekaterinburg last month"),
        E("Lavrov rejects talk of a prisoner swap for Gershkovich", "REJECT", ["Sergey Lavrov", "United States"],
          "2023-04-24", "context", "occurred", "rejected any talk of a prisoner swap"),
        E("Lavrov warns Moscow will 'not forget' the visa refusal", "THREATEN", ["Sergey Lavrov", "United States"],
          "2023-04-23", "text", "occurred", "Lavrov said on Sunday"),
        E("Washington refuses visas to Russian journalists accompanying Lavrov", "REJECT", ["United States", "Russia"],
          "2023-04-23", "context", "occurred", "refusal to issue visas",
          note="the refusal preceded Lavrov's Sunday remarks; no day given"),
        E("State Department denies delaying the visas", "REJECT", ["United States", "Russia"],
          "2023-04-25", "published", "occurred", "processed the applications on time"),
        E("Guterres meets Lavrov on the sidelines", "CONSULT", ["António Guterres", "Sergey Lavrov"],
          "2023-04-24", "context", "occurred", "On the sidelines, Guterres met Lavrov"),
        E("Guterres sends Putin proposals to extend and broaden the grain deal", "REQUEST",
          ["António Guterres", "Vladimir Putin"], "2023-04-24", "context", "occurred",
          "handed him a letter for President Vladimir Putin"),
        E("Lavrov warns Moscow could let the grain deal lapse", "THREATEN", ["Sergey Lavrov"],
          "2023-04-24", "context", "occurred", "could let the agreement lapse"),
        E("Kuleba: grain initiative must not become a hostage of Russian blackmail", "ACCUSE", ["Ukraine", "Russia"],
          "2023-04-25", "published", "occurred", "Russian blackmail"),
        E("Lavrov to chair a council session on the Middle East", "CONSULT", ["Sergey Lavrov", "United Nations"],
          "2023-04-25", "text", "planned", "is scheduled to chair another council session"),
        E("Blinken: US will keep pressing for Gershkovich's release", "REQUEST", ["Antony Blinken", "Russia"],
          "2023-W16", "text", "occurred", "would keep pressing for Gershkovich's release"),
    ],
    statements=[
        S("António Guterres", "Russia's invasion of Ukraine violated the UN Charter", "2023-04-24", "text",
          "told him to his face"),
        S("Ukraine", "Russia's council presidency is a sad day for the United Nations", "2023-04-25", "published",
          "a sad day"),
        S("António Guterres", "The Russian invasion is causing massive suffering and devastation", "2023-04-24",
          "context", "is causing massive suffering"),
        S("Sergey Lavrov", "The US and its allies impose a 'rules-based order' and put UN principles at risk",
          "2023-04-24", "context", "accused the United States and its allies"),
        S("United States", "Lavrov's presence in the chair is hypocritical; Gershkovich must be released",
          "2023-04-24", "context", "hypocritical"),
        S("Sergey Lavrov", "A court will decide Gershkovich's fate; no talk of a swap", "2023-04-24", "context",
          "rejected any talk of a prisoner swap"),
        S("Sergey Lavrov", "Moscow will not forget the visa refusal", "2023-04-23", "text", "Lavrov said on Sunday"),
        S("United States", "The visa applications were processed on time", "2023-04-25", "published",
          "processed the applications on time"),
        S("United Nations", "Guterres met Lavrov and handed him a letter for Putin on the grain deal", "2023-04-25",
          "published", "Stephane Dujarric said"),
        S("Sergey Lavrov", "Russia's demands under the grain deal are unmet; Moscow could let it lapse", "2023-04-24",
          "context", "could let the agreement lapse"),
        S("Ukraine", "The grain initiative must not become a hostage of Russian blackmail", "2023-04-25",
          "published", "Russian blackmail"),
        S("Antony Blinken", "The US will keep pressing for Gershkovich's release at every level", "2023-W16", "text",
          "would keep pressing for Gershkovich's release"),
    ],
    actors=["Sergey Lavrov", "Russia", "United Nations", "António Guterres", "Ukraine", "United States",
            "Vladimir Putin", "Antony Blinken"],
)

# ---------------------------------------------------------------------------------------------
# b15en03: Reuters-style report from the BRICS summit in Johannesburg (Putin by video link).
EN03 = dict(
    id="b15en03_brics_johannesburg_putin_video_2023_08",
    lang="en",
    published="2023-08-23",
    body="""
Putin, appearing by video, tells BRICS summit the West unleashed war in Ukraine
JOHANNESBURG, Aug 23 (Reuters) - Russian President Vladimir Putin told a BRICS summit in Johannesburg by video link on Wednesday that Moscow's actions in Ukraine were aimed at ending a war "unleashed by the West and its satellites", while Foreign Minister Sergei Lavrov attended in person.
Putin, the subject of an International Criminal Court arrest warrant issued in March over the deportation of Ukrainian children, agreed last month not to travel to South Africa after weeks of speculation over whether the host country would be obliged to arrest him.

Lavrov, who is leading Russia's delegation, held talks with Chinese President Xi Jinping on the sidelines on Tuesday, Russia's foreign ministry said.
Xi, on only his second trip abroad this year, told the leaders China would "continue to promote peace talks" and called for a political settlement of the conflict.
His remarks echoed the 12-point position paper that Beijing published in February, which Kyiv and its Western allies criticised for failing to demand a Russian withdrawal.

Putin also said Russia was prepared to return to the Black Sea grain deal, which it quit on July 17, but only once the West fulfilled its obligations regarding Russian food and fertiliser exports.
He repeated a pledge, made at a Russia-Africa summit in St Petersburg last month, to ship up to 50,000 tonnes of grain free of charge to six African countries in the coming months.

Ukraine's foreign ministry said Putin's speech was "a collection of lies" and urged BRICS members not to lend a platform to a man wanted for war crimes.

The five-nation bloc of Brazil, Russia, India, China and South Africa is discussing an expansion, with Saudi Arabia, Iran and Argentina among the candidates.
The leaders are expected to announce on Thursday whether to admit new members, two officials involved in the talks said.
U.N. Secretary-General Antonio Guterres is due to attend the summit on Thursday.

South African President Cyril Ramaphosa, who spoke to Putin by phone last week, has said his country will not be drawn into a contest between global powers.
"""
,
    timexes=[
        T("Aug 23", "DATE", "2023-08-23", note="dateline"),
        T("Wednesday", "DATE", "2023-08-23"),
        T("March", "DATE", "2023-03"),
        T("last month", "DATE", "2023-07"),
        T("weeks", "DURATION", "PXW"),
        T("Tuesday", "DATE", "2023-08-22"),
        T("this year", "DATE", "2023"),
        T("February", "DATE", "2023-02"),
        T("July 17", "DATE", "2023-07-17"),
        T("last month", "DATE", "2023-07", n=1),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2023-08-24"),
        T("Thursday", "DATE", "2023-08-24", n=1),
        T("last week", "DATE", "2023-W33"),
    ],
    events=[
        E("Putin addresses the BRICS summit by video; Lavrov attends in person", "CONSULT",
          ["Vladimir Putin", "Sergey Lavrov"], "2023-08-23", "text", "occurred", "by video link on Wednesday"),
        E("Putin says the West unleashed the war in Ukraine", "ACCUSE", ["Vladimir Putin"],
          "2023-08-23", "text", "occurred", "unleashed by the West and its satellites",
          note="the accused ('the West') is not canonical"),
        E("ICC issued an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
          "arrest warrant issued in March", note="the ICC is not canonical; only the accused is listed"),
        E("Putin's in-person attendance at the Johannesburg summit called off", "CONSULT", ["Vladimir Putin"],
          "2023-08-23", "context", "cancelled", "agreed last month not to travel to South Africa",
          note="dated by the summit day it would have concerned; the decision was taken in July (last month)"),
        E("Lavrov holds talks with Xi on the sidelines", "CONSULT", ["Sergey Lavrov", "Xi Jinping"],
          "2023-08-22", "text", "occurred", "held talks with Chinese President Xi Jinping"),
        E("Xi promises China will continue to promote peace talks", "AGREE", ["Xi Jinping", "China"],
          "2023-08-23", "context", "occurred", "continue to promote peace talks"),
        E("Xi calls for a political settlement of the conflict", "REQUEST", ["Xi Jinping"],
          "2023-08-23", "context", "occurred", "called for a political settlement"),
        E("China published a 12-point position paper on Ukraine", "REQUEST", ["China"], "2023-02", "text", "occurred",
          "12-point position paper"),
        E("Kyiv criticised the paper for not demanding a Russian withdrawal", "ACCUSE", ["Ukraine", "China"],
          "2023-02", "context", "occurred", "which Kyiv and its Western allies criticised"),
        E("Putin says Russia is ready to return to the grain deal", "AGREE", ["Vladimir Putin", "Russia"],
          "2023-08-23", "context", "occurred", "was prepared to return to the Black Sea grain deal"),
        E("Putin makes the return conditional on the West meeting its obligations", "REQUEST", ["Vladimir Putin"],
          "2023-08-23", "context", "occurred", "but only once the West fulfilled"),
        E("Russia quit the Black Sea grain deal", "SANCTION", ["Russia"], "2023-07-17", "text", "occurred",
          "which it quit on July 17"),
        E("Russia-Africa summit in St Petersburg", "CONSULT", ["Russia", "Vladimir Putin"], "2023-07", "text",
          "occurred", "made at a Russia-Africa summit"),
        E("Putin pledged free grain to six African countries", "AID", ["Vladimir Putin"], "2023-07", "text",
          "occurred", "to ship up to 50,000 tonnes of grain"),
        E("Ukraine calls Putin's speech a collection of lies", "ACCUSE", ["Ukraine", "Vladimir Putin"],
          "2023-08-23", "published", "occurred", "a collection of lies"),
        E("Ukraine urges BRICS members not to give Putin a platform", "REQUEST", ["Ukraine"],
          "2023-08-23", "published", "occurred", "urged BRICS members"),
        E("BRICS leaders to announce on Thursday whether to admit new members", "AGREE", ["Russia", "China"],
          "2023-08-24", "text", "uncertain", "expected to announce on Thursday",
          note="the bloc is not canonical; its canonical members named in the text are listed"),
        E("Guterres to attend the BRICS summit", "CONSULT", ["António Guterres"], "2023-08-24", "text", "planned",
          "is due to attend the summit on Thursday"),
        E("Ramaphosa spoke to Putin by phone", "CONSULT", ["Vladimir Putin"], "2023-W33", "text", "occurred",
          "who spoke to Putin by phone last week"),
    ],
    statements=[
        S("Vladimir Putin", "Moscow's actions in Ukraine aim to end a war unleashed by the West", "2023-08-23", "text",
          "by video link on Wednesday"),
        S("Russia", "Lavrov held talks with Xi on Tuesday", "2023-08-23", "published",
          "Russia's foreign ministry said"),
        S("Xi Jinping", "China will continue to promote peace talks; calls for a political settlement", "2023-08-23",
          "context", "continue to promote peace talks"),
        S("Vladimir Putin", "Russia is ready to return to the grain deal once the West fulfils its obligations",
          "2023-08-23", "context", "was prepared to return to the Black Sea grain deal"),
        S("Vladimir Putin", "Repeats the pledge of free grain for six African countries", "2023-08-23", "context",
          "He repeated a pledge"),
        S("Ukraine", "Putin's speech was a collection of lies; BRICS should not give him a platform", "2023-08-23",
          "published", "a collection of lies"),
    ],
    actors=["Vladimir Putin", "Russia", "Sergey Lavrov", "Xi Jinping", "China", "Ukraine", "Saudi Arabia",
            "António Guterres", "United Nations"],
)

# ---------------------------------------------------------------------------------------------
# b15en04: Financial Times-style analysis of Putin's one-day trip to the UAE and Saudi Arabia.
EN04 = dict(
    id="b15en04_putin_gulf_tour_riyadh_2023_12",
    lang="en",
    published="2023-12-07",
    body="""
Putin's Gulf tour signals Moscow's escape from diplomatic isolation
Vladimir Putin flew to the United Arab Emirates and Saudi Arabia on Wednesday, his most ambitious trip abroad since the International Criminal Court issued a warrant for his arrest in March, in a display of the Russian president's growing confidence that the west's effort to isolate him over the war in Ukraine is fraying.

In Abu Dhabi, where his plane was escorted by four Su-35 fighter jets, Putin held talks with President Sheikh Mohamed bin Zayed and thanked him for mediating prisoner exchanges between Moscow and Kyiv.
He then flew on to Riyadh, where Crown Prince Mohammed bin Salman received him for talks that covered oil production, the war in Gaza and Ukraine, according to the Kremlin.
The crown prince helped broker the release of ten foreign fighters captured in Ukraine in September 2022, a role Putin acknowledged.
Putin invited him to visit Moscow; a date would be agreed through diplomatic channels, the Kremlin said.

Russia and Saudi Arabia lead the Opec+ group of oil producers, which agreed last week to deepen output cuts into the first quarter of next year.
Putin told the crown prince that Moscow and Riyadh would keep co-ordinating "for the good of the global economy".
"Attempts to isolate Russia have failed," Dmitry Peskov, the Kremlin spokesman, told reporters on Thursday, as Putin received Iran's President Ebrahim Raisi in the Kremlin.

The White House played down the trip.
John Kirby, a national security spokesman, said Washington had no indication that either Gulf state would supply Moscow with weapons, but urged Riyadh and Abu Dhabi to press Putin to end the war.

The timing is awkward for Kyiv.
A $61bn US aid package remains stalled in Congress, and Hungary's prime minister Viktor Orbán, who on Monday repeated his threat to veto the opening of EU membership talks with Ukraine, is expected to dig in at next week's summit in Brussels.
EU diplomats say a decision on the talks is still possible.
"The question is not whether Putin is welcome in the Gulf, but what he is able to sell there," said one Gulf-based analyst.
""",
    timexes=[
        T("Wednesday", "DATE", "2023-12-06"),
        T("March", "DATE", "2023-03"),
        T("September 2022", "DATE", "2022-09"),
        T("last week", "DATE", "2023-W48"),
        T("the first quarter of next year", "DATE", "2024-Q1"),
        T("Thursday", "DATE", "2023-12-07"),
        T("Monday", "DATE", "2023-12-04"),
        T("next week", "DATE", "2023-W50"),
    ],
    events=[
        E("Putin visits the UAE and Saudi Arabia", "CONSULT", ["Vladimir Putin", "Saudi Arabia"],
          "2023-12-06", "text", "occurred", "flew to the United Arab Emirates and Saudi Arabia on Wednesday",
          note="the UAE is not canonical"),
        E("ICC issued an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
          "issued a warrant for his arrest in March", note="the ICC is not canonical; only the accused is listed"),
        E("Putin holds talks with UAE President Mohamed bin Zayed in Abu Dhabi", "CONSULT", ["Vladimir Putin"],
          "2023-12-06", "context", "occurred", "Putin held talks with President Sheikh Mohamed bin Zayed",
          note="the UAE and its president are not canonical"),
        E("Putin thanks the UAE president for mediating prisoner exchanges", "SUPPORT", ["Vladimir Putin"],
          "2023-12-06", "context", "occurred", "thanked him for mediating prisoner exchanges"),
        E("Putin holds talks with Crown Prince Mohammed bin Salman in Riyadh", "CONSULT",
          ["Vladimir Putin", "Saudi Arabia"], "2023-12-06", "context", "occurred",
          "Crown Prince Mohammed bin Salman received him"),
        E("Saudi-brokered release of ten foreign fighters captured in Ukraine", "CONCEDE", ["Saudi Arabia", "Russia"],
          "2022-09", "text", "occurred", "helped broker the release of ten foreign fighters"),
        E("Putin acknowledges the crown prince's mediation role", "SUPPORT", ["Vladimir Putin", "Saudi Arabia"],
          "2023-12-06", "context", "occurred", "a role Putin acknowledged"),
        E("Putin invites the crown prince to Moscow", "REQUEST", ["Vladimir Putin", "Saudi Arabia"],
          "2023-12-06", "context", "occurred", "Putin invited him to visit Moscow"),
        E("Opec+ agreed to deepen output cuts", "AGREE", ["Russia", "Saudi Arabia"], "2023-W48", "text", "occurred",
          "which agreed last week to deepen output cuts"),
        E("Putin promises continued Russian-Saudi coordination", "AGREE", ["Vladimir Putin", "Russia", "Saudi Arabia"],
          "2023-12-06", "context", "occurred", "would keep co-ordinating"),
        E("Putin receives Iran's President Raisi in the Kremlin", "CONSULT", ["Vladimir Putin"],
          "2023-12-07", "text", "occurred", "as Putin received Iran's President Ebrahim Raisi",
          note="Iran is not canonical"),
        E("White House urges Riyadh and Abu Dhabi to press Putin to end the war", "REQUEST",
          ["White House", "Saudi Arabia", "Vladimir Putin"], "2023-12-07", "published", "occurred",
          "urged Riyadh and Abu Dhabi"),
        E("US aid package for Ukraine stalled in Congress", "AID", ["United States", "Ukraine"],
          "2023-12-07", "published", "uncertain", "remains stalled in Congress"),
        E("Orbán repeats his threat to veto EU membership talks with Ukraine", "THREATEN",
          ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-04", "text", "occurred",
          "repeated his threat to veto"),
        E("EU summit in Brussels next week", "CONSULT", ["European Union", "Viktor Orbán"],
          "2023-W50", "text", "planned", "next week's summit in Brussels"),
        E("Possible EU decision to open membership talks with Ukraine", "AGREE", ["European Union", "Ukraine"],
          "2023-W50", "context", "uncertain", "a decision on the talks is still possible"),
    ],
    statements=[
        S("Kremlin", "Putin and the crown prince discussed oil production, Gaza and Ukraine", "2023-12-07",
          "published", "according to the Kremlin"),
        S("Kremlin", "A date for the crown prince's visit will be agreed through diplomatic channels", "2023-12-07",
          "published", "through diplomatic channels"),
        S("Vladimir Putin", "Moscow and Riyadh will keep coordinating for the good of the global economy",
          "2023-12-06", "context", "would keep co-ordinating"),
        S("Dmitry Peskov", "Attempts to isolate Russia have failed", "2023-12-07", "text",
          "Attempts to isolate Russia have failed"),
        S("White House", "Plays down the trip", "2023-12-07", "published", "The White House played down the trip"),
        S("White House", "No sign the Gulf states will arm Moscow; they should press Putin to end the war",
          "2023-12-07", "published", "urged Riyadh and Abu Dhabi"),
    ],
    actors=["Vladimir Putin", "Saudi Arabia", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "White House",
            "United States", "Viktor Orbán", "European Union"],
)

# ---------------------------------------------------------------------------------------------
# b15en05: (fiction) live blog on the first foreign-minister-level trilateral talks in Jeddah (BST).
EN05 = dict(
    id="b15en05_jeddah_trilateral_live_blog_2026_05",
    lang="en",
    published="2026-05-28",
    body="""
Russia-Ukraine talks in Jeddah: Rubio, Lavrov and Sybiha meet - as it happened
16.42 BST: The talks in Jeddah have ended after more than five hours without a joint statement.
According to a Saudi readout, the three delegations agreed to set up working groups on prisoner exchanges and on shipping in the Black Sea, and to meet again in June.
A senior US official described the mood as "businesslike, not warm".

15.10 BST: In Moscow, Kremlin spokesman Dmitry Peskov said the Kremlin was "not expecting breakthroughs" from Jeddah.
A meeting between Vladimir Putin and Volodymyr Zelenskyy could only be considered once "a concrete document" was ready, he told reporters.

14.25 BST: The EU's foreign policy chief Kaja Kallas has renewed her call for Europe to have a seat at the table.
"Any deal about Europe's security made without Europe will not hold," she said in Brussels, urging Moscow to accept an immediate and unconditional ceasefire.

13.02 BST: Zelenskyy has posted on Telegram that Ukraine's delegation has "a clear mandate", adding that Kyiv would not recognise any occupied territory as Russian.

11.48 BST: US Secretary of State Marco Rubio opened the session by telling both sides that President Donald Trump wanted the war to end "this year".
"Nobody in this room will get everything they want," he said.
Russian Foreign Minister Sergey Lavrov replied that Moscow was ready to work "on the basis of the understandings reached in Alaska" and accused European governments of sabotaging a settlement.

10.30 BST: Saudi Foreign Minister Prince Faisal bin Farhan has welcomed the delegations at the Al-Salam palace.
It is the first time that Lavrov and his Ukrainian counterpart Andrii Sybiha have sat at the same table since Russia's full-scale invasion.
Turkey's President Recep Tayyip Erdoğan has already offered Istanbul as a venue for a follow-up round.

09.15 BST: Ukraine's air force says Russia launched 312 drones and 9 missiles overnight, mainly at Kharkiv and Dnipro.
Russia's defence ministry said its air defences had shot down 58 Ukrainian drones over several regions, and a fire broke out at a refinery in Saratov.

08.05 BST: Welcome to our live coverage of the first three-way talks between US, Russian and Ukrainian foreign ministers.
Trump said on Wednesday that "very good things" were happening and that he would speak to Putin "soon".
""",
    timexes=[
        T("16.42 BST", "TIME", "2026-05-28T16:42", note="live-blog time, BST"),
        T("more than five hours", "DURATION", "PT5H", mod="MORE_THAN"),
        T("June", "DATE", "2026-06"),
        T("15.10 BST", "TIME", "2026-05-28T15:10", note="live-blog time, BST"),
        T("14.25 BST", "TIME", "2026-05-28T14:25", note="live-blog time, BST"),
        T("13.02 BST", "TIME", "2026-05-28T13:02", note="live-blog time, BST"),
        T("11.48 BST", "TIME", "2026-05-28T11:48", note="live-blog time, BST"),
        T("this year", "DATE", "2026"),
        T("10.30 BST", "TIME", "2026-05-28T10:30", note="live-blog time, BST"),
        T("09.15 BST", "TIME", "2026-05-28T09:15", note="live-blog time, BST"),
        T("overnight", "TIME", "2026-05-27TNI"),
        T("08.05 BST", "TIME", "2026-05-28T08:05", note="live-blog time, BST"),
        T("Wednesday", "DATE", "2026-05-27"),
        T("soon", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Rubio, Lavrov and Sybiha hold three-way talks in Jeddah", "CONSULT",
          ["Marco Rubio", "Sergey Lavrov", "Andrii Sybiha"], "2026-05-28", "published", "occurred",
          "The talks in Jeddah have ended"),
        E("Jeddah talks end without a joint statement", "REJECT", ["Marco Rubio", "Sergey Lavrov", "Andrii Sybiha"],
          "2026-05-28", "published", "occurred", "without a joint statement"),
        E("Delegations agree to set up working groups on prisoner exchanges and Black Sea shipping", "AGREE",
          ["United States", "Russia", "Ukraine"], "2026-05-28", "published", "occurred",
          "agreed to set up working groups"),
        E("Next round of talks in June", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-06", "text",
          "planned", "to meet again in June"),
        E("Peskov: Putin-Zelensky meeting only once a concrete document is ready", "REQUEST",
          ["Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky"], "2026-05-28", "published", "occurred",
          "a concrete document"),
        E("Kallas renews her call for Europe to have a seat at the table", "REQUEST",
          ["Kaja Kallas", "European Union"], "2026-05-28", "published", "occurred", "renewed her call"),
        E("Kallas urges Moscow to accept an immediate and unconditional ceasefire", "REQUEST",
          ["Kaja Kallas", "Russia"], "2026-05-28", "published", "occurred", "urging Moscow to accept"),
        E("Zelensky: Kyiv will not recognise occupied territory as Russian", "REJECT",
          ["Volodymyr Zelensky", "Ukraine", "Russia"], "2026-05-28", "published", "occurred",
          "would not recognise any occupied territory"),
        E("Rubio tells both sides Trump wants the war to end this year", "REQUEST",
          ["Marco Rubio", "Russia", "Ukraine"], "2026-05-28", "published", "occurred",
          "opened the session by telling both sides"),
        E("Lavrov: Moscow ready to work on the basis of the Alaska understandings", "AGREE",
          ["Sergey Lavrov", "Russia"], "2026-05-28", "published", "occurred", "on the basis of the understandings"),
        E("Lavrov accuses European governments of sabotaging a settlement", "ACCUSE",
          ["Sergey Lavrov", "European Union"], "2026-05-28", "published", "occurred",
          "accused European governments"),
        E("Erdoğan offers Istanbul for a follow-up round", "REQUEST", ["Recep Tayyip Erdoğan", "Turkey"],
          "2026-05-28", "published", "occurred", "has already offered Istanbul"),
        E("Russian drone and missile attack on Kharkiv and Dnipro", "ASSAULT", ["Russia", "Ukraine"],
          "2026-05-27TNI", "text", "occurred", "Russia launched 312 drones"),
        E("Ukrainian drone attack on Russia; fire at a Saratov refinery", "ASSAULT", ["Ukraine", "Russia"],
          "2026-05-27TNI", "context", "occurred", "shot down 58 Ukrainian drones"),
        E("Trump to speak to Putin soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
          "planned", "he would speak to Putin"),
    ],
    statements=[
        S("Saudi Arabia", "Delegations agreed on working groups and to meet again in June", "2026-05-28", "published",
          "According to a Saudi readout"),
        S("United States", "The mood was businesslike, not warm", "2026-05-28", "published", "businesslike, not warm"),
        S("Dmitry Peskov", "The Kremlin is not expecting breakthroughs from Jeddah", "2026-05-28", "published",
          "not expecting breakthroughs"),
        S("Dmitry Peskov", "A Putin-Zelensky meeting only once a concrete document is ready", "2026-05-28",
          "published", "a concrete document"),
        S("Kaja Kallas", "Europe must have a seat at the table", "2026-05-28", "published", "renewed her call"),
        S("Kaja Kallas", "Any deal on Europe's security without Europe will not hold; Moscow should accept a ceasefire",
          "2026-05-28", "published", "urging Moscow to accept"),
        S("Volodymyr Zelensky", "The delegation has a clear mandate; no recognition of occupied territory as Russian",
          "2026-05-28", "published", "would not recognise any occupied territory"),
        S("Donald Trump, via Marco Rubio", "Trump wants the war to end this year", "2026-05-28", "published",
          "opened the session by telling both sides"),
        S("Marco Rubio", "Nobody in this room will get everything they want", "2026-05-28", "published",
          "Nobody in this room"),
        S("Sergey Lavrov", "Moscow is ready to work on the basis of the Alaska understandings; Europeans sabotage a settlement",
          "2026-05-28", "published", "on the basis of the understandings"),
        S("Ukraine", "Air force: Russia launched 312 drones and 9 missiles overnight", "2026-05-28", "published",
          "Russia launched 312 drones"),
        S("Russia", "Defence ministry: 58 Ukrainian drones shot down", "2026-05-28", "published",
          "shot down 58 Ukrainian drones"),
        S("Donald Trump", "Very good things are happening; will speak to Putin soon", "2026-05-27", "text",
          "Trump said on Wednesday"),
    ],
    actors=["Marco Rubio", "Sergey Lavrov", "Andrii Sybiha", "United States", "Russia", "Ukraine", "Saudi Arabia",
            "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Kaja Kallas", "European Union",
            "Donald Trump", "Recep Tayyip Erdoğan", "Turkey"],
)

# ---------------------------------------------------------------------------------------------
# b15en06: BBC-style report on Putin's trip to Tehran (Astana-format summit, talks with Erdogan).
EN06 = dict(
    id="b15en06_putin_tehran_erdogan_grain_2022_07",
    lang="en",
    published="2022-07-19",
    body="""
Putin in Iran: Russian leader meets Erdogan and Raisi in rare trip abroad
Russian President Vladimir Putin has held talks with the leaders of Iran and Turkey in Tehran, on his first trip beyond the former Soviet Union since he ordered the invasion of Ukraine in February.
The three-way summit was formally about Syria, but much of the attention was on Mr Putin's one-to-one meeting with Turkey's President Recep Tayyip Erdogan, who has been trying to broker a deal to unblock Ukrainian grain exports.

Mr Putin thanked the Turkish leader for his mediation and told reporters that "not all issues have been resolved yet, but progress has been made".
Last week, military delegations from Russia, Ukraine and Turkey met UN officials in Istanbul and agreed in principle to set up a joint coordination centre to monitor shipments.
Turkish officials say a final agreement could be signed as early as this week.
In Kyiv, President Volodymyr Zelensky's office said Ukraine would only sign a deal that guaranteed the security of its ports.

At a news conference, Mr Putin also warned that gas flows to Europe through the Nord Stream 1 pipeline could be cut further if sanctions prevented the return of a turbine being repaired in Canada.
The pipeline, which supplies Germany, has been shut since 11 July for what Russian energy giant Gazprom calls routine maintenance.

Iran's Supreme Leader, Ayatollah Ali Khamenei, told Mr Putin that if Russia had not "taken the initiative", Nato would have started a war over Ukraine.
Earlier this month, the White House said Iran was preparing to supply Russia with hundreds of drones, including some capable of carrying weapons - a claim Tehran denies.

The visit came days after US President Joe Biden met Crown Prince Mohammed bin Salman in Jeddah on Friday.
During that trip, Mr Biden promised that Washington would not "walk away" from the Middle East and leave a vacuum to be filled by China, Russia or Iran.

Analysis by a BBC diplomatic correspondent: For Mr Putin, the pictures from Tehran matter as much as the substance.
They are meant to show a domestic audience that Russia is not isolated, even if his partners there, Iran and Turkey, have very different interests.
""",
    timexes=[
        T("February", "DATE", "2022-02"),
        T("Last week", "DATE", "2022-W28"),
        T("this week", "DATE", "2022-W29"),
        T("11 July", "DATE", "2022-07-11"),
        T("Earlier this month", "DATE", "2022-07"),
        T("Friday", "DATE", "2022-07-15"),
    ],
    events=[
        E("Putin holds talks with the leaders of Iran and Turkey in Tehran", "CONSULT",
          ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2022-07-19", "published", "occurred",
          "has held talks with the leaders of Iran and Turkey", note="Iran is not canonical"),
        E("Putin ordered the invasion of Ukraine", "ASSAULT", ["Vladimir Putin", "Ukraine"], "2022-02", "text",
          "occurred", "since he ordered the invasion of Ukraine in February"),
        E("Putin-Erdoğan one-to-one meeting", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
          "2022-07-19", "published", "occurred", "one-to-one meeting with Turkey's President"),
        E("Putin thanks Erdoğan for his mediation", "SUPPORT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
          "2022-07-19", "published", "occurred", "thanked the Turkish leader for his mediation"),
        E("Russian, Ukrainian and Turkish military delegations meet UN officials in Istanbul", "CONSULT",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-W28", "text", "occurred",
          "military delegations from Russia, Ukraine and Turkey met UN officials"),
        E("Agreement in principle on a joint coordination centre", "AGREE",
          ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-W28", "context", "occurred",
          "agreed in principle to set up a joint coordination centre"),
        E("Final grain agreement could be signed this week", "AGREE", ["Russia", "Ukraine", "Turkey", "United Nations"],
          "2022-W29", "text", "uncertain", "a final agreement could be signed"),
        E("Kyiv will only sign a deal guaranteeing the security of its ports", "REQUEST", ["Ukraine"],
          "2022-07-19", "published", "occurred", "would only sign a deal"),
        E("Putin warns Nord Stream 1 gas flows could be cut further", "THREATEN", ["Vladimir Putin"],
          "2022-07-19", "published", "occurred", "gas flows to Europe through the Nord Stream 1 pipeline"),
        E("Nord Stream 1 shut down, officially for maintenance", "SANCTION", ["Russia", "Germany"],
          "2022-07-11", "text", "occurred", "has been shut since 11 July",
          note="Gazprom calls it routine maintenance; counted as a halt of deliveries (blind12)"),
        E("Putin meets Iran's Supreme Leader Khamenei", "CONSULT", ["Vladimir Putin"], "2022-07-19", "published",
          "occurred", "Ayatollah Ali Khamenei, told Mr Putin", note="Iran is not canonical"),
        E("Khamenei blames Nato for the war over Ukraine", "ACCUSE", ["NATO"], "2022-07-19", "published", "occurred",
          "Nato would have started a war", note="the accuser is not canonical; only the target is listed"),
        E("Iran reportedly preparing to supply Russia with drones", "AID", ["Russia"], "2022-07", "context",
          "uncertain", "preparing to supply Russia with hundreds of drones",
          note="US claim denied by Tehran; Iran is not canonical"),
        E("Biden meets Saudi Crown Prince Mohammed bin Salman in Jeddah", "CONSULT", ["Joe Biden", "Saudi Arabia"],
          "2022-07-15", "text", "occurred", "met Crown Prince Mohammed bin Salman in Jeddah on Friday"),
    ],
    statements=[
        S("Vladimir Putin", "Not all issues resolved yet, but progress has been made", "2022-07-19", "published",
          "thanked the Turkish leader for his mediation"),
        S("Turkey", "A final agreement could be signed as early as this week", "2022-07-19", "published",
          "a final agreement could be signed"),
        S("Ukraine", "Ukraine will only sign a deal that guarantees the security of its ports", "2022-07-19",
          "published", "would only sign a deal"),
        S("Vladimir Putin", "Gas flows through Nord Stream 1 could be cut further if the turbine is not returned",
          "2022-07-19", "published", "gas flows to Europe through the Nord Stream 1 pipeline"),
        S("Russia", "Gazprom: the Nord Stream 1 shutdown is routine maintenance", "2022-07-19", "published",
          "has been shut since 11 July"),
        S("White House", "Iran is preparing to supply Russia with hundreds of drones", "2022-07", "text",
          "preparing to supply Russia with hundreds of drones"),
        S("Joe Biden", "Washington will not walk away from the Middle East and leave a vacuum", "2022-07-15",
          "context", "walk away"),
    ],
    actors=["Vladimir Putin", "Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "United Nations",
            "Volodymyr Zelensky", "Germany", "NATO", "White House", "Joe Biden", "United States", "Saudi Arabia",
            "China"],
)

# ---------------------------------------------------------------------------------------------
# b15en07: Euronews-style report on the June 2024 EU summit: security commitments, top jobs, talks opened.
EN07 = dict(
    id="b15en07_eu_ukraine_security_commitments_top_jobs_2024_06",
    lang="en",
    published="2024-06-27",
    body="""
EU and Ukraine sign security commitments as leaders carve up top jobs
Ukrainian President Volodymyr Zelenskyy signed a set of joint security commitments with the European Union in Brussels on Thursday, pledging reforms in return for predictable support from the bloc.
The document, signed with Commission President Ursula von der Leyen and European Council President Charles Michel, commits the EU to military, financial and political assistance for Ukraine in the years ahead.
Zelenskyy also put his signature to bilateral security agreements with Estonia and Lithuania on the sidelines of the summit.

On Tuesday, Ukraine and Moldova formally opened accession negotiations with the EU at an intergovernmental conference in Luxembourg.
Zelenskyy called it "a historic day" and said Ukraine would "never turn back" from the path to membership.
At the summit, he urged the leaders to speed up deliveries of air defence systems before Russia intensifies its strikes on the power grid.

Leaders also agreed to nominate von der Leyen for a second five-year term at the head of the Commission, former Portuguese prime minister António Costa as Council president and Estonia's prime minister Kaja Kallas as the bloc's next foreign policy chief.
Italy's Giorgia Meloni abstained on von der Leyen and voted against Costa and Kallas, while Hungary's Viktor Orbán voted against von der Leyen.
Kallas, one of the Kremlin's most outspoken critics, said the war in Ukraine was "an existential threat to the whole of Europe".

Earlier this week, EU foreign ministers adopted a 14th package of sanctions against Russia, banning for the first time the re-export of Russian liquefied natural gas through EU ports.

In Moscow, Kremlin spokesman Dmitry Peskov dismissed the security commitments as "a piece of paper" that would not change the situation on the ground.
He said Russia regarded Ukraine's bid to join the EU "with caution" but did not see it as a direct threat.

Orbán, whose country takes over the rotating presidency of the Council of the EU on 1 July, said opening talks with Kyiv had been "a political decision" that he did not share.
Officials in Kyiv fear Budapest could slow down the next steps in the accession process during the six-month presidency.
""",
    timexes=[
        T("Thursday", "DATE", "2024-06-27"),
        T("the years ahead", "DATE", "FUTURE_REF"),
        T("Tuesday", "DATE", "2024-06-25"),
        T("five-year", "DURATION", "P5Y"),
        T("Earlier this week", "DATE", "2024-W26"),
        T("1 July", "DATE", "2024-07-01"),
        T("six-month", "DURATION", "P6M"),
    ],
    events=[
        E("Zelensky and the EU sign joint security commitments", "AGREE", ["Volodymyr Zelensky", "European Union"],
          "2024-06-27", "text", "occurred", "signed a set of joint security commitments"),
        E("EU commits to military, financial and political assistance for Ukraine in the years ahead", "AID",
          ["European Union", "Ursula von der Leyen", "Ukraine"], "FUTURE_REF", "vague", "planned",
          "commits the EU to military, financial and political assistance"),
        E("Zelensky signs bilateral security agreements with Estonia and Lithuania", "AGREE", ["Volodymyr Zelensky"],
          "2024-06-27", "context", "occurred", "bilateral security agreements with Estonia and Lithuania",
          note="Estonia and Lithuania are not canonical"),
        E("Ukraine opens accession negotiations with the EU in Luxembourg", "CONSULT", ["Ukraine", "European Union"],
          "2024-06-25", "text", "occurred", "formally opened accession negotiations"),
        E("Zelensky urges EU leaders to speed up air defence deliveries", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2024-06-27", "context", "occurred",
          "urged the leaders to speed up deliveries"),
        E("EU leaders agree to nominate von der Leyen, Costa and Kallas for the top jobs", "AGREE",
          ["European Union", "Ursula von der Leyen", "Kaja Kallas"], "2024-06-27", "context", "occurred",
          "Leaders also agreed to nominate"),
        E("Meloni votes against Costa and Kallas", "REJECT", ["Giorgia Meloni", "Kaja Kallas"],
          "2024-06-27", "context", "occurred", "voted against Costa and Kallas"),
        E("Orbán votes against von der Leyen", "REJECT", ["Viktor Orbán", "Ursula von der Leyen"],
          "2024-06-27", "context", "occurred", "Orbán voted against von der Leyen"),
        E("EU adopts its 14th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2024-W26", "text", "occurred", "adopted a 14th package of sanctions"),
        E("Peskov dismisses the security commitments as a piece of paper", "REJECT",
          ["Dmitry Peskov", "European Union", "Ukraine"], "2024-06-27", "published", "occurred",
          "dismissed the security commitments"),
    ],
    statements=[
        S("Volodymyr Zelensky", "A historic day; Ukraine will never turn back from the path to membership",
          "2024-06-25", "context", "a historic day"),
        S("Volodymyr Zelensky", "Urges EU leaders to speed up air defence deliveries before Russia steps up grid strikes",
          "2024-06-27", "context", "urged the leaders to speed up deliveries"),
        S("Kaja Kallas", "The war in Ukraine is an existential threat to the whole of Europe", "2024-06-27",
          "published", "an existential threat"),
        S("Dmitry Peskov", "The security commitments are a piece of paper that changes nothing on the ground",
          "2024-06-27", "published", "dismissed the security commitments"),
        S("Dmitry Peskov", "Russia views Ukraine's EU bid with caution but not as a direct threat", "2024-06-27",
          "published", "with caution"),
        S("Viktor Orbán", "Opening talks with Kyiv was a political decision he does not share", "2024-06-27",
          "published", "a political decision"),
        S("Ukraine", "Fears Budapest could slow down the accession process during its presidency", "2024-06-27",
          "published", "Officials in Kyiv fear"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "European Union", "Ursula von der Leyen", "Kaja Kallas",
            "Giorgia Meloni", "Viktor Orbán", "Kremlin", "Russia", "Dmitry Peskov"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06, EN07]
