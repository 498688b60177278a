"""English articles of the blind14 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------------------------------------------------------
# Reuters style: Guterres, Erdogan and Zelenskiy meet in Lviv, 18 Aug 2022.
EN01 = dict(
    id="b14en01_lviv_guterres_erdogan_zaporizhzhia_2022_08",
    lang="en",
    published="2022-08-18",
    body="""
U.N. chief, Erdogan meet Zelenskiy in Lviv as fears grow over nuclear plant
LVIV, Ukraine, Aug 18 (Reuters) - U.N. Secretary-General Antonio Guterres and Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy in the western city of Lviv on Thursday, with the safety of Europe's largest nuclear power plant high on the agenda.
Guterres told a news conference after the three-way talks that any damage to the Zaporizhzhia plant would be "suicide" and that Russian forces must not use the facility as part of any military operation.
Zelenskiy said he had agreed with Guterres on the parameters of a possible mission to the plant by the International Atomic Energy Agency (IAEA).
Russian troops have occupied the site since early March.
Zelenskiy demanded that Moscow withdraw its forces from the complex and accused them of "deliberate" shelling there.

Erdogan said Turkey was "worried" and did not want to live through "another Chernobyl".
He said he would discuss the plant and a possible exchange of prisoners with Russian President Vladimir Putin, whom he met in the Black Sea resort of Sochi on Aug. 5.
Ankara brokered last month's deal, together with the United Nations, that reopened Ukraine's Black Sea ports for grain exports.
More than 20 ships have left Ukrainian ports since the first vessel sailed on Aug. 1, according to the U.N.
Guterres will travel to the port of Odesa on Friday before heading to Istanbul, where the centre that inspects the grain ships is based.

In Moscow, Russia's defence ministry accused Kyiv of preparing a "provocation" at the plant during Guterres' visit, a charge Ukraine dismissed as cynical.
Kremlin spokesman Dmitry Peskov told reporters there was no question of Russian forces leaving the plant.
Mikhail Ulyanov, Moscow's envoy to international organisations in Vienna, called the idea of a demilitarised zone around the site "unacceptable".

Overnight, Russian missiles struck residential buildings in Kharkiv, Ukraine's second-largest city, killing at least 11 people, regional officials said.
Zelenskiy called the strike "a vile and cynical" attack on civilians that had "no justification".
""",
    timexes=[
        T("Aug 18", "DATE", "2022-08-18"),
        T("Thursday", "DATE", "2022-08-18"),
        T("early March", "DATE", "2022-03", mod="START"),
        T("Aug. 5", "DATE", "2022-08-05"),
        T("last month", "DATE", "2022-07"),
        T("Aug. 1", "DATE", "2022-08-01"),
        T("Friday", "DATE", "2022-08-19"),
        T("Overnight", "TIME", "2022-08-17TNI"),
    ],
    events=[
        E("Guterres, Erdogan and Zelensky meet in Lviv", "CONSULT",
          ["António Guterres", "Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2022-08-18", "text", "occurred",
          "met Ukrainian President Volodymyr Zelenskiy in the western city"),
        E("Guterres warns Russian forces not to use the Zaporizhzhia plant militarily", "REQUEST",
          ["António Guterres", "Russia"], "2022-08-18", "context", "occurred", "would be \"suicide\""),
        E("Zelensky and Guterres agree on the parameters of an IAEA mission", "AGREE",
          ["Volodymyr Zelensky", "António Guterres"], "2022-08-18", "context", "occurred", "parameters of a possible mission"),
        E("Possible IAEA mission to the Zaporizhzhia plant", "CONSULT", ["IAEA"],
          "2022-08-18", "published", "uncertain", "parameters of a possible mission", note="no date given"),
        E("Russian troops occupy the Zaporizhzhia plant", "ASSAULT", ["Russia", "Ukraine"],
          "2022-03", "text", "occurred", "have occupied the site since early March", date_mod="START"),
        E("Zelensky demands that Moscow withdraw its forces from the plant", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2022-08-18", "context", "occurred", "Zelenskiy demanded that Moscow"),
        E("Zelensky accuses Russian forces of deliberate shelling of the plant", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-08-18", "context", "occurred", "Zelenskiy demanded that Moscow"),
        E("Erdogan to discuss the plant and a prisoner exchange with Putin", "CONSULT",
          ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-18", "published", "planned", "whom he met in the Black Sea",
          note="no date given"),
        E("Erdogan met Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-08-05", "text", "occurred", "whom he met in the Black Sea"),
        E("Grain deal brokered by Turkey and the UN reopens Ukraine's Black Sea ports", "AGREE",
          ["Turkey", "United Nations", "Ukraine", "Russia"], "2022-07", "text", "occurred", "Ankara brokered",
          note="signed in Istanbul on 22 July 2022"),
        E("Guterres to travel to Odesa", "CONSULT", ["António Guterres"],
          "2022-08-19", "text", "planned", "Guterres will travel to the port of Odesa"),
        E("Russia's defence ministry accuses Kyiv of preparing a provocation at the plant", "ACCUSE",
          ["Russia", "Ukraine"], "2022-08-18", "published", "occurred", "preparing a \"provocation\""),
        E("Ukraine dismisses the Russian charge as cynical", "REJECT", ["Ukraine", "Russia"],
          "2022-08-18", "published", "occurred", "preparing a \"provocation\""),
        E("Kremlin rules out withdrawing Russian forces from the plant", "REJECT", ["Dmitry Peskov"],
          "2022-08-18", "published", "occurred", "no question of Russian forces leaving"),
        E("Russia rejects a demilitarised zone around the plant", "REJECT", ["Russia"],
          "2022-08-18", "published", "occurred", "demilitarised zone"),
        E("Russian missile strikes on residential buildings in Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
          "2022-08-17TNI", "text", "occurred", "Overnight, Russian missiles struck"),
        E("Zelensky condemns the Kharkiv strike as vile and cynical", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-08-18", "published", "occurred", "a vile and cynical"),
    ],
    statements=[
        S("António Guterres", "Damage to Zaporizhzhia would be suicide; the plant must not be used militarily",
          "2022-08-18", "context", "would be \"suicide\""),
        S("Volodymyr Zelensky", "Agreed with Guterres on the parameters of an IAEA mission", "2022-08-18", "context",
          "parameters of a possible mission"),
        S("Volodymyr Zelensky", "Moscow must withdraw its forces and stop deliberate shelling", "2022-08-18",
          "context", "Zelenskiy demanded that Moscow"),
        S("Recep Tayyip Erdoğan", "Turkey is worried; no other Chernobyl", "2022-08-18", "context",
          "another Chernobyl"),
        S("Recep Tayyip Erdoğan", "Will discuss the plant and a prisoner exchange with Putin", "2022-08-18",
          "context", "whom he met in the Black Sea"),
        S("United Nations", "More than 20 ships have left Ukrainian ports", "2022-08-18", "published",
          "More than 20 ships"),
        S("Russia", "Defence ministry: Kyiv is preparing a provocation at the plant", "2022-08-18", "published",
          "preparing a \"provocation\""),
        S("Ukraine", "Dismisses the Russian charge as cynical", "2022-08-18", "published",
          "preparing a \"provocation\""),
        S("Dmitry Peskov", "No question of Russian forces leaving the plant", "2022-08-18", "published",
          "no question of Russian forces leaving"),
        S("Russia", "Ulyanov: a demilitarised zone is unacceptable", "2022-08-18", "published", "demilitarised zone"),
        S("Ukraine", "Regional officials: at least 11 killed in Kharkiv", "2022-08-18", "published",
          "Overnight, Russian missiles struck"),
        S("Volodymyr Zelensky", "The strike was a vile and cynical attack with no justification", "2022-08-18",
          "published", "a vile and cynical"),
    ],
    actors=["United Nations", "António Guterres", "Recep Tayyip Erdoğan", "Turkey", "Volodymyr Zelensky", "Ukraine",
            "Russia", "IAEA", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------------------------------------------------------
# Guardian style: Modi in Kyiv, 23 Aug 2024.
EN02 = dict(
    id="b14en02_modi_kyiv_never_neutral_2024_08",
    lang="en",
    published="2024-08-23",
    body="""
Modi tells Zelenskyy India 'was never neutral' on first visit to Kyiv
Narendra Modi has become the first Indian prime minister to visit Ukraine since it gained independence in 1991, telling Volodymyr Zelenskyy that India stood "on the side of peace" in the war with Russia.
The two leaders embraced on Friday at the Mariinskyi palace in Kyiv, where they held talks that lasted about three hours.
"India was never neutral. From the very first day, we have taken sides, and we are firmly on the side of peace," Modi said.
He said India was ready to play "an active role" and urged Kyiv and Moscow to sit down for talks "without wasting time".

Zelenskyy, who has spent months courting countries of the global south, said he hoped India would attend the next peace summit and suggested it could host one.
"We'll be glad to have a second peace summit in India," he told reporters after the meeting.
Officials from the two countries signed four agreements on agriculture, medicine, culture and humanitarian aid, and India handed over mobile hospital units known as Bhishm cubes.
Modi also laid flowers at a memorial to children killed in the war.

The visit is a delicate balancing act for Delhi.
In July, Modi travelled to Moscow for two days of talks with Vladimir Putin and was photographed embracing him hours after Russian missiles hit Kyiv's Okhmatdyt children's hospital.
Zelenskyy said at the time it was "a huge disappointment" to see the leader of the world's largest democracy hug "the world's most bloody criminal".

The Kremlin said it respected India's right to conduct its own foreign policy and would study the results of the trip.
Dmitry Peskov, Putin's spokesperson, said talks with Kyiv were out of the question after Ukraine's cross-border incursion into Russia's Kursk region, launched on 6 August.
Modi travelled to Kyiv overnight on a 10-hour train journey from Poland, where he had met the prime minister, Donald Tusk, in Warsaw on Thursday.
Ukraine marks its independence day on Saturday.
""",
    timexes=[
        T("1991", "DATE", "1991"),
        T("Friday", "DATE", "2024-08-23"),
        T("about three hours", "DURATION", "PT3H", mod="APPROX"),
        T("months", "DURATION", "PXM"),
        T("July", "DATE", "2024-07"),
        T("two days", "DURATION", "P2D"),
        T("6 August", "DATE", "2024-08-06"),
        T("overnight", "TIME", "2024-08-22TNI"),
        T("10-hour", "DURATION", "PT10H"),
        T("Thursday", "DATE", "2024-08-22"),
        T("Saturday", "DATE", "2024-08-24"),
    ],
    events=[
        E("Modi visits Kyiv and holds talks with Zelensky", "CONSULT", ["Volodymyr Zelensky"],
          "2024-08-23", "text", "occurred", "The two leaders embraced on Friday",
          note="Modi and India are not canonical"),
        E("Modi urges Kyiv and Moscow to start talks", "REQUEST", ["Ukraine", "Russia"],
          "2024-08-23", "context", "occurred", "urged Kyiv and Moscow",
          note="the requester (Modi) is not canonical"),
        E("Zelensky invites India to the next peace summit and suggests it host one", "REQUEST",
          ["Volodymyr Zelensky"], "2024-08-23", "context", "occurred", "would attend the next peace summit"),
        E("India and Ukraine sign four agreements", "AGREE", ["Ukraine"],
          "2024-08-23", "context", "occurred", "signed four agreements"),
        E("India hands over mobile hospital units to Ukraine", "AID", ["Ukraine"],
          "2024-08-23", "context", "occurred", "signed four agreements"),
        E("Modi's talks with Putin in Moscow", "CONSULT", ["Vladimir Putin"],
          "2024-07", "text", "occurred", "Modi travelled to Moscow", note="8-9 July 2024"),
        E("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", "ASSAULT", ["Russia", "Ukraine"],
          "2024-07", "text", "occurred", "Okhmatdyt", note="8 July 2024"),
        E("Zelensky condemns Modi's embrace of 'the world's most bloody criminal' Putin", "ACCUSE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2024-07", "context", "occurred", "a huge disappointment"),
        E("Kremlin rules out talks with Kyiv after the Kursk incursion", "REJECT", ["Dmitry Peskov", "Ukraine"],
          "2024-08-23", "published", "occurred", "out of the question"),
        E("Ukraine's cross-border incursion into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"],
          "2024-08-06", "text", "occurred", "out of the question"),
        E("Modi met Tusk in Warsaw", "CONSULT", ["Donald Tusk"],
          "2024-08-22", "text", "occurred", "where he had met the prime minister"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Hopes India attends the next peace summit; it could host one", "2024-08-23",
          "context", "would attend the next peace summit"),
        S("Volodymyr Zelensky", "Glad to have a second peace summit in India", "2024-08-23", "context",
          "second peace summit in India"),
        S("Volodymyr Zelensky", "A huge disappointment to see Modi hug the world's most bloody criminal", "2024-07",
          "context", "a huge disappointment"),
        S("Kremlin", "Respects India's right to its own foreign policy; will study the results", "2024-08-23",
          "published", "respected India's right"),
        S("Dmitry Peskov", "Talks with Kyiv are out of the question after the Kursk incursion", "2024-08-23",
          "published", "out of the question"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Donald Tusk"],
)

# ---------------------------------------------------------------------------------------------------------------
# Kyiv Independent style: Kuleba's visit to China, July 2024.
EN03 = dict(
    id="b14en03_kuleba_wang_yi_guangzhou_2024_07",
    lang="en",
    published="2024-07-25",
    body="""
Kuleba tells Wang Yi Ukraine ready for talks with Russia 'at a certain stage'
Foreign Minister Dmytro Kuleba told his Chinese counterpart Wang Yi on July 24 that Ukraine is ready to conduct negotiations with Russia at a certain stage, once Moscow is prepared to negotiate "in good faith," the Foreign Ministry said.
Kuleba arrived in China on July 23 for a three-day visit, the first by a Ukrainian foreign minister since Russia launched its full-scale invasion in February 2022.
The talks took place in the southern city of Guangzhou.

According to a readout published by China's Foreign Ministry, Wang said that while "conditions and timing are not yet ripe," Beijing will continue to play a "constructive role" in ending the war.
Wang also said Russia and Ukraine had recently "signaled willingness to negotiate to varying degrees."

Kyiv plans to hold a second peace summit, this time with Russia's participation, before the end of the year.
The first summit, held in Switzerland in June, was attended by more than 90 countries, but China stayed away, saying the meeting lacked Russian participation.
Instead, Beijing and Brasilia in May put forward a six-point plan calling for a peace conference recognized by both Moscow and Kyiv.

Kremlin spokesman Dmitry Peskov said on July 24 that Kuleba's remarks were "in tune with our position" but that Moscow needed to hear "more details."
In mid-June, Russian President Vladimir Putin demanded that Ukraine withdraw from four regions Moscow claims as its own and drop its NATO bid before any ceasefire, conditions Kyiv rejected as an ultimatum.

Kuleba's trip followed Hungarian Prime Minister Viktor Orban's meeting with Chinese leader Xi Jinping in Beijing earlier this month, part of what Orban called a "peace mission" that also took him to Kyiv and Moscow.
At their summit in Washington on July 10, NATO leaders called China a "decisive enabler" of Russia's war, a charge Beijing rejected as "smearing."
President Volodymyr Zelensky has said Ukraine wants China to use its influence on Moscow to help end the war.
""",
    timexes=[
        T("July 24", "DATE", "2024-07-24", n=0),
        T("July 23", "DATE", "2024-07-23"),
        T("three-day", "DURATION", "P3D"),
        T("February 2022", "DATE", "2022-02"),
        T("recently", "DATE", "PAST_REF"),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("June", "DATE", "2024-06", n=0),
        T("May", "DATE", "2024-05"),
        T("July 24", "DATE", "2024-07-24", n=1),
        T("mid-June", "DATE", "2024-06", mod="MID"),
        T("earlier this month", "DATE", "2024-07"),
        T("July 10", "DATE", "2024-07-10"),
    ],
    events=[
        E("Kuleba holds talks with Wang Yi in Guangzhou", "CONSULT", ["Ukraine", "China"],
          "2024-07-24", "text", "occurred", "told his Chinese counterpart Wang Yi",
          note="Kuleba and Wang Yi are not canonical"),
        E("Ukraine says it is ready to negotiate with Russia at a certain stage", "AGREE", ["Ukraine", "Russia"],
          "2024-07-24", "text", "occurred", "told his Chinese counterpart Wang Yi"),
        E("Ukraine's condition: Moscow must be ready to negotiate in good faith", "REQUEST", ["Ukraine", "Russia"],
          "2024-07-24", "text", "occurred", "told his Chinese counterpart Wang Yi"),
        E("Kuleba's three-day visit to China begins", "CONSULT", ["Ukraine", "China"],
          "2024-07-23", "text", "occurred", "Kuleba arrived in China on July 23", note="23-25 July 2024"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "Kuleba arrived in China on July 23"),
        E("China promises to keep playing a constructive role in ending the war", "AGREE", ["China", "Ukraine"],
          "2024-07-24", "context", "occurred", "constructive role"),
        E("Second peace summit with Russia's participation planned by Kyiv", "CONSULT", ["Ukraine", "Russia"],
          "2024", "text", "planned", "second peace summit", date_mod="END"),
        E("First peace summit in Switzerland", "CONSULT", ["Ukraine"],
          "2024-06", "text", "occurred", "The first summit, held in Switzerland",
          note="15-16 June 2024, Bürgenstock; Switzerland not canonical"),
        E("China stays away from the peace summit", "REJECT", ["China"],
          "2024-06", "text", "occurred", "The first summit, held in Switzerland"),
        E("China and Brazil put forward a six-point plan calling for a peace conference", "REQUEST",
          ["China", "Russia", "Ukraine"], "2024-05", "text", "occurred", "six-point plan",
          note="Brazil is not canonical"),
        E("Peskov: Kuleba's remarks are in tune with Moscow's position", "SUPPORT", ["Dmitry Peskov", "Ukraine"],
          "2024-07-24", "text", "occurred", "in tune with our position"),
        E("Putin demands Ukraine's withdrawal from four regions and renunciation of NATO membership", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2024-06", "text", "occurred", "In mid-June", date_mod="MID",
          note="14 June 2024"),
        E("Kyiv rejects Putin's conditions as an ultimatum", "REJECT", ["Ukraine", "Vladimir Putin"],
          "2024-06", "context", "occurred", "In mid-June", date_mod="MID"),
        E("Orban meets Xi Jinping in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"],
          "2024-07", "text", "occurred", "Xi Jinping in Beijing earlier this month"),
        E("Orban's peace-mission visit to Kyiv", "CONSULT", ["Viktor Orbán", "Ukraine"],
          "2024-07", "context", "occurred", "Xi Jinping in Beijing earlier this month"),
        E("Orban's peace-mission visit to Moscow", "CONSULT", ["Viktor Orbán", "Russia"],
          "2024-07", "context", "occurred", "Xi Jinping in Beijing earlier this month"),
        E("NATO calls China a decisive enabler of Russia's war", "ACCUSE", ["NATO", "China"],
          "2024-07-10", "text", "occurred", "decisive enabler"),
        E("China rejects NATO's charge as smearing", "REJECT", ["China", "NATO"],
          "2024-07-10", "context", "occurred", "decisive enabler"),
    ],
    statements=[
        S("Ukraine", "Ukraine ready to negotiate with Russia once Moscow is ready to act in good faith", "2024-07-24",
          "text", "told his Chinese counterpart Wang Yi"),
        S("China", "Conditions not yet ripe; China will keep playing a constructive role", "2024-07-24", "context",
          "constructive role"),
        S("China", "Russia and Ukraine have recently signalled willingness to negotiate", "2024-07-24", "context",
          "signaled willingness"),
        S("China", "The peace summit lacked Russian participation", "2024-06", "text",
          "The first summit, held in Switzerland"),
        S("Dmitry Peskov", "Kuleba's remarks are in tune with our position; need more details", "2024-07-24", "text",
          "in tune with our position"),
        S("Vladimir Putin", "Ukraine must leave four regions and drop its NATO bid before any ceasefire", "2024-06",
          "text", "In mid-June"),
        S("Ukraine", "Putin's conditions are an ultimatum", "2024-06", "context", "In mid-June"),
        S("NATO", "China is a decisive enabler of Russia's war", "2024-07-10", "text", "decisive enabler"),
        S("China", "Rejects NATO's charge as smearing", "2024-07-10", "context", "decisive enabler"),
        S("Volodymyr Zelensky", "Wants China to use its influence on Moscow to end the war", "2024-07-25",
          "published", "use its influence on Moscow"),
    ],
    actors=["Ukraine", "China", "Russia", "Dmitry Peskov", "Kremlin", "Vladimir Putin", "NATO", "Viktor Orbán",
            "Xi Jinping", "Volodymyr Zelensky"],
)

# ---------------------------------------------------------------------------------------------------------------
# AP style: Putin congratulates Trump at Valdai, Nov 2024.
EN04 = dict(
    id="b14en04_putin_valdai_congratulates_trump_2024_11",
    lang="en",
    published="2024-11-08",
    body="""
Putin congratulates Trump on election win, says he is ready for talks
MOSCOW (AP) — Russian President Vladimir Putin on Thursday congratulated Donald Trump on his election victory and said he was ready for talks with the president-elect, praising him as "courageous" for the way he responded to an assassination attempt in July.
Speaking at the Valdai discussion forum in the Black Sea resort of Sochi, Putin said Trump's campaign remarks about restoring ties with Russia and helping to end the war in Ukraine "deserve attention at the very least."
It was Putin's first public comment on the U.S. election since Trump's win on Tuesday.

Trump told NBC News on Thursday that he had spoken with about 70 world leaders since the vote and expected to talk to Putin, although he had not done so.
During the campaign, Trump repeatedly boasted that he could end the war "in 24 hours," without saying how.

Ukrainian President Volodymyr Zelenskyy, who spoke with Trump by phone on Wednesday, warned European leaders gathered in Budapest on Thursday against pushing Kyiv into concessions.
"Hugs with Putin will not help," Zelenskyy said at the European Political Community summit, in a clear jab at Hungary's Prime Minister Viktor Orbán, the host, who has cast himself as a peace broker.
Zelenskyy's office said the call with Trump had been "excellent" and that the two had agreed to maintain close dialogue.

A day earlier, Kremlin spokesman Dmitry Peskov had said Putin had no plans to congratulate Trump, calling the United States "an unfriendly country" that was directly and indirectly involved in the war against Russia.
Peskov added that Moscow would judge the new administration by its actions, not its words.

The warmer tone from the Kremlin comes as thousands of North Korean troops, sent to Russia in October, are moving toward the front in the Kursk region, according to U.S. and Ukrainian officials.
NATO Secretary-General Mark Rutte, who congratulated Trump on Wednesday, said the deployment was a "dangerous escalation."
President Joe Biden will host Trump at the White House next Wednesday to discuss the transition, including the war in Ukraine, the White House said.
""",
    timexes=[
        T("Thursday", "DATE", "2024-11-07", n=0),
        T("July", "DATE", "2024-07"),
        T("Tuesday", "DATE", "2024-11-05"),
        T("Thursday", "DATE", "2024-11-07", n=1),
        T("24 hours", "DURATION", "PT24H"),
        T("Wednesday", "DATE", "2024-11-06", n=0),
        T("Thursday", "DATE", "2024-11-07", n=2),
        T("A day earlier", "DATE", "2024-11-06"),
        T("October", "DATE", "2024-10"),
        T("Wednesday", "DATE", "2024-11-06", n=1),
        T("next Wednesday", "DATE", "2024-11-13"),
    ],
    events=[
        E("Putin congratulates Trump on his election victory", "SUPPORT", ["Vladimir Putin", "Donald Trump"],
          "2024-11-07", "text", "occurred", "congratulated Donald Trump on his election victory"),
        E("Putin says he is ready for talks with Trump", "AGREE", ["Vladimir Putin", "Donald Trump"],
          "2024-11-07", "text", "occurred", "congratulated Donald Trump on his election victory"),
        E("Trump expects to talk to Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2024-11-08", "published", "uncertain", "expected to talk to Putin", note="no date given"),
        E("Zelensky-Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2024-11-06", "text", "occurred", "who spoke with Trump by phone on Wednesday"),
        E("Zelensky attends the European Political Community summit in Budapest", "CONSULT",
          ["Volodymyr Zelensky", "European Union"], "2024-11-07", "text", "occurred",
          "who spoke with Trump by phone on Wednesday"),
        E("Zelensky warns European leaders against pushing Kyiv into concessions", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2024-11-07", "text", "occurred",
          "who spoke with Trump by phone on Wednesday"),
        E("Zelensky takes a jab at Orbán: hugs with Putin will not help", "ACCUSE",
          ["Volodymyr Zelensky", "Viktor Orbán"], "2024-11-07", "context", "occurred", "Hugs with Putin"),
        E("Zelensky and Trump agree to maintain close dialogue", "AGREE", ["Volodymyr Zelensky", "Donald Trump"],
          "2024-11-06", "context", "occurred", "maintain close dialogue"),
        E("Peskov says Putin has no plans to congratulate Trump", "REJECT", ["Dmitry Peskov", "Donald Trump"],
          "2024-11-06", "text", "occurred", "A day earlier"),
        E("Peskov calls the US an unfriendly country involved in the war against Russia", "ACCUSE",
          ["Dmitry Peskov", "United States"], "2024-11-06", "text", "occurred", "A day earlier"),
        E("North Korean troops sent to Russia", "MOBILIZE", ["Russia"],
          "2024-10", "text", "occurred", "North Korean troops", note="North Korea is not canonical"),
        E("Rutte congratulates Trump", "SUPPORT", ["Mark Rutte", "Donald Trump"],
          "2024-11-06", "text", "occurred", "dangerous escalation"),
        E("Rutte calls the North Korean deployment a dangerous escalation", "ACCUSE", ["Mark Rutte", "Russia"],
          "2024-11-08", "published", "occurred", "dangerous escalation"),
        E("Biden to host Trump at the White House", "CONSULT", ["Joe Biden", "Donald Trump"],
          "2024-11-13", "text", "planned", "will host Trump at the White House"),
    ],
    statements=[
        S("Vladimir Putin", "Congratulates Trump; ready for talks; Trump acted courageously", "2024-11-07", "text",
          "congratulated Donald Trump on his election victory"),
        S("Vladimir Putin", "Trump's remarks on restoring ties and ending the war deserve attention", "2024-11-07",
          "context", "deserve attention at the very least"),
        S("Donald Trump", "Spoke with about 70 leaders; expects to talk to Putin", "2024-11-07", "text",
          "expected to talk to Putin"),
        S("Donald Trump", "Could end the war in 24 hours", "2024-11-08", "published", "repeatedly boasted"),
        S("Volodymyr Zelensky", "Warns European leaders against pushing Kyiv into concessions", "2024-11-07", "text",
          "who spoke with Trump by phone on Wednesday"),
        S("Volodymyr Zelensky", "Hugs with Putin will not help", "2024-11-07", "context", "Hugs with Putin"),
        S("Ukraine", "The call with Trump was excellent; close dialogue agreed", "2024-11-06", "context",
          "maintain close dialogue"),
        S("Dmitry Peskov", "No plans for Putin to congratulate Trump; the US is an unfriendly country", "2024-11-06",
          "text", "A day earlier"),
        S("Dmitry Peskov", "Moscow will judge the new administration by its actions", "2024-11-06", "context",
          "judge the new administration"),
        S("United States", "North Korean troops are moving toward the front in Kursk", "2024-11-08", "published",
          "North Korean troops"),
        S("Ukraine", "North Korean troops are moving toward the front in Kursk", "2024-11-08", "published",
          "North Korean troops"),
        S("Mark Rutte", "The deployment is a dangerous escalation", "2024-11-08", "published", "dangerous escalation"),
        S("White House", "Biden will host Trump next Wednesday", "2024-11-08", "published",
          "will host Trump at the White House"),
    ],
    actors=["Vladimir Putin", "Donald Trump", "Russia", "United States", "Volodymyr Zelensky", "Ukraine",
            "European Union", "Viktor Orbán", "Dmitry Peskov", "Kremlin", "Mark Rutte", "NATO", "Joe Biden",
            "White House"],
)

# ---------------------------------------------------------------------------------------------------------------
# Reuters style, fiction: Rubio and Lavrov meet in Helsinki, June 2026.
EN05 = dict(
    id="b14en05_helsinki_rubio_lavrov_arms_control_2026_06",
    lang="en",
    published="2026-06-11",
    body="""
U.S., Russia agree in Helsinki to revive arms control talks, no breakthrough on Ukraine
HELSINKI, June 11 (Reuters) - U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov agreed on Thursday to open talks on a successor to the expired New START nuclear treaty, but made no visible progress toward a ceasefire in Ukraine after nearly five hours of talks in the Finnish capital.
Finnish President Alexander Stubb, who offered Helsinki as a venue last month, received the two ministers separately at the Presidential Palace before the talks.

Rubio told reporters the talks had been "frank and useful" and that both sides had agreed to set up expert groups on strategic stability that would meet "within weeks."
On Ukraine, he said Washington was still pressing Moscow to accept an unconditional ceasefire along the current front line.
Lavrov, speaking separately, said any truce would have to address "the root causes of the conflict," including NATO's eastward expansion.
He added that Russia would not accept troops from NATO countries in Ukraine "under any circumstances."

Ukrainian Foreign Minister Andrii Sybiha said Rubio had briefed him by phone after the meeting and had assured him that "nothing about Ukraine will be decided without Ukraine."
EU foreign policy chief Kaja Kallas warned Washington against a return to "business as usual" with Moscow while Russian missiles were still falling on Ukrainian cities.

Kremlin spokesman Dmitry Peskov called the talks "useful" and said a meeting between President Vladimir Putin and U.S. President Donald Trump was "possible this year" if the expert groups made progress.
Trump, asked about the talks at the White House on Thursday, said he would "probably" speak to Putin by phone next week.

New START, the last treaty limiting U.S. and Russian strategic nuclear arsenals, expired on Feb. 5 without a follow-up agreement.
Overnight, Russia launched more than 400 drones and 40 missiles at Ukraine, killing at least six people in Kyiv and Kharkiv, Ukrainian officials said.
Ukraine's air force said it had shot down most of them.
""",
    timexes=[
        T("June 11", "DATE", "2026-06-11"),
        T("Thursday", "DATE", "2026-06-11", n=0),
        T("nearly five hours", "DURATION", "PT5H", mod="APPROX"),
        T("last month", "DATE", "2026-05"),
        T("weeks", "DURATION", "PXW"),
        T("this year", "DATE", "2026"),
        T("Thursday", "DATE", "2026-06-11", n=1),
        T("next week", "DATE", "2026-W25"),
        T("Feb. 5", "DATE", "2026-02-05"),
        T("Overnight", "TIME", "2026-06-10TNI"),
    ],
    events=[
        E("Rubio-Lavrov talks in Helsinki", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2026-06-11", "text", "occurred", "agreed on Thursday to open talks"),
        E("US and Russia agree to open talks on a New START successor", "AGREE", ["Marco Rubio", "Sergey Lavrov"],
          "2026-06-11", "text", "occurred", "agreed on Thursday to open talks"),
        E("No progress toward a ceasefire in Ukraine", "REJECT", ["Marco Rubio", "Sergey Lavrov"],
          "2026-06-11", "text", "occurred", "agreed on Thursday to open talks"),
        E("Stubb offered Helsinki as a venue", "REQUEST", ["Alexander Stubb"],
          "2026-05", "text", "occurred", "offered Helsinki as a venue"),
        E("Stubb receives Rubio", "CONSULT", ["Alexander Stubb", "Marco Rubio"],
          "2026-06-11", "context", "occurred", "offered Helsinki as a venue"),
        E("Stubb receives Lavrov", "CONSULT", ["Alexander Stubb", "Sergey Lavrov"],
          "2026-06-11", "context", "occurred", "offered Helsinki as a venue"),
        E("US and Russia to set up expert groups on strategic stability", "COOPERATE", ["United States", "Russia"],
          "2026-06-11", "published", "planned", "set up expert groups", note="groups to meet 'within weeks'"),
        E("Washington presses Moscow to accept an unconditional ceasefire", "REQUEST", ["United States", "Russia"],
          "2026-06-11", "context", "occurred", "still pressing Moscow"),
        E("Lavrov: any truce must address the root causes, including NATO expansion", "REQUEST",
          ["Sergey Lavrov", "NATO"], "2026-06-11", "context", "occurred", "the root causes of the conflict"),
        E("Lavrov rules out troops from NATO countries in Ukraine", "REJECT", ["Sergey Lavrov", "NATO"],
          "2026-06-11", "context", "occurred", "under any circumstances"),
        E("Rubio briefs Sybiha by phone", "CONSULT", ["Marco Rubio", "Andrii Sybiha"],
          "2026-06-11", "context", "occurred", "briefed him by phone"),
        E("Rubio assures Sybiha nothing about Ukraine will be decided without Ukraine", "AGREE",
          ["Marco Rubio", "Andrii Sybiha"], "2026-06-11", "context", "occurred", "briefed him by phone"),
        E("Kallas warns Washington against business as usual with Moscow", "REQUEST",
          ["Kaja Kallas", "United States", "Russia"], "2026-06-11", "published", "occurred", "business as usual"),
        E("Possible Putin-Trump meeting this year", "CONSULT", ["Vladimir Putin", "Donald Trump"],
          "2026", "text", "uncertain", "possible this year"),
        E("Trump will probably phone Putin next week", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2026-W25", "text", "uncertain", "speak to Putin by phone next week"),
        E("Russian overnight attack with more than 400 drones and 40 missiles", "ASSAULT", ["Russia", "Ukraine"],
          "2026-06-10TNI", "text", "occurred", "Overnight, Russia launched"),
    ],
    statements=[
        S("Marco Rubio", "Talks frank and useful; expert groups on strategic stability to meet within weeks",
          "2026-06-11", "context", "set up expert groups"),
        S("Marco Rubio", "Washington still presses Moscow to accept an unconditional ceasefire", "2026-06-11",
          "context", "still pressing Moscow"),
        S("Sergey Lavrov", "Any truce must address the root causes, including NATO's expansion", "2026-06-11",
          "context", "the root causes of the conflict"),
        S("Sergey Lavrov", "Russia will not accept troops from NATO countries in Ukraine", "2026-06-11", "context",
          "under any circumstances"),
        S("Andrii Sybiha", "Rubio briefed him by phone after the meeting", "2026-06-11", "context",
          "briefed him by phone"),
        S("Marco Rubio, via Andrii Sybiha", "Nothing about Ukraine will be decided without Ukraine", "2026-06-11",
          "context", "briefed him by phone"),
        S("Kaja Kallas", "Warns against business as usual with Moscow", "2026-06-11", "published", "business as usual"),
        S("Dmitry Peskov", "Talks useful; Putin-Trump meeting possible this year", "2026-06-11", "published",
          "possible this year"),
        S("Donald Trump", "Will probably speak to Putin by phone next week", "2026-06-11", "text",
          "speak to Putin by phone next week"),
        S("Ukraine", "At least six killed in Kyiv and Kharkiv", "2026-06-11", "published", "Overnight, Russia launched"),
        S("Ukraine", "Air force shot down most drones and missiles", "2026-06-11", "published", "shot down most"),
    ],
    actors=["United States", "Russia", "Marco Rubio", "Sergey Lavrov", "Alexander Stubb", "NATO", "Ukraine",
            "Andrii Sybiha", "European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
            "Donald Trump"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05]
