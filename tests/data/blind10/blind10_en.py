"""English articles of the blind10 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b10en01
EN01 = dict(
    id="b10en01_african_peace_mission_kyiv_2023_06",
    lang="en",
    published="2023-06-17",
    body="""
African leaders press peace plan in Kyiv as missiles fly overhead

A delegation of African leaders has urged Ukraine and Russia to start talking, after a visit to Kyiv that was overshadowed by a Russian missile attack on the capital.
Air-raid sirens wailed across the city on Friday morning, shortly after the group, led by South Africa's President Cyril Ramaphosa, had arrived by train.
Ukrainian officials said air defences had shot down six Kinzhal hypersonic missiles and several drones.
The Kremlin denied that it had targeted Kyiv during the visit.

After meeting the delegation, President Volodymyr Zelensky said negotiations with Moscow would be possible only once Russian troops had left occupied Ukrainian territory.
Allowing talks now would mean freezing the war and the pain, he told a joint news conference.
Mr Ramaphosa said the group had come to listen, and called for de-escalation on both sides.
The mission's ten-point proposal includes the release of prisoners of war, the return of children taken to Russia and unhindered grain exports across the Black Sea.

The leaders are due to meet President Vladimir Putin in St Petersburg later on Saturday.
Kremlin spokesman Dmitry Peskov said Mr Putin would listen carefully to the proposals, though he cautioned against expecting a breakthrough.
The initiative has been met with scepticism in Western capitals, where officials worry that any ceasefire leaving Russian forces in place would reward aggression.

The visit comes as Ukraine presses a counter-offensive in the south and east, launched earlier this month.
Russia's Foreign Minister Sergei Lavrov said on Thursday that Moscow remained open to talks but would not accept conditions set by Kyiv.
Meanwhile, US Secretary of State Antony Blinken is expected in Beijing this weekend, where the war is likely to feature in his discussions with Chinese officials.
A spokesman for the State Department said Washington would welcome any effort by China to press Moscow to withdraw.
""",
    timexes=[
        T("Friday morning", "TIME", "2023-06-16TMO"),
        T("now", "DATE", "PRESENT_REF"),
        T("Saturday", "DATE", "2023-06-17"),
        T("earlier this month", "DATE", "2023-06"),
        T("Thursday", "DATE", "2023-06-15"),
        T("this weekend", "DATE", "2023-W24-WE"),
    ],
    events=[
        E("African leaders urge Ukraine and Russia to start talks", "REQUEST", ["Ukraine", "Russia"], "2023-06-16",
          "context", "occurred", "A delegation of African leaders has urged",
          note="the African leaders are not canonical actors"),
        E("Russian missile attack on Kyiv during the African leaders' visit", "ASSAULT", ["Russia", "Ukraine"],
          "2023-06-16TMO", "text", "occurred", "Air-raid sirens wailed across the city"),
        E("Kremlin denies targeting Kyiv during the visit", "REJECT", ["Kremlin"], "2023-06-17", "published",
          "occurred", "The Kremlin denied that it had targeted Kyiv"),
        E("Zelensky meets the African delegation in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-06-16",
          "context", "occurred", "After meeting the delegation"),
        E("Zelensky demands Russian withdrawal before any negotiations", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2023-06-16", "context", "occurred", "After meeting the delegation"),
        E("Zelensky rejects talks now as freezing the war", "REJECT", ["Volodymyr Zelensky"], "2023-06-16",
          "context", "occurred", "Allowing talks now would mean"),
        E("Ramaphosa calls for de-escalation on both sides", "REQUEST", ["Russia", "Ukraine"], "2023-06-16",
          "context", "occurred", "called for de-escalation on both sides"),
        E("Ten-point African peace proposal", "REQUEST", ["Russia", "Ukraine"], "2023-06-17", "published",
          "occurred", "The mission's ten-point proposal"),
        E("African leaders to meet Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2023-06-17", "text",
          "planned", "The leaders are due to meet President Vladimir Putin"),
        E("Ukraine's counter-offensive in the south and east", "ASSAULT", ["Ukraine", "Russia"], "2023-06", "text",
          "occurred", "The visit comes as Ukraine presses a counter-offensive"),
        E("Lavrov says Moscow is open to talks", "AGREE", ["Sergey Lavrov", "Russia"], "2023-06-15", "text",
          "occurred", "Russia's Foreign Minister Sergei Lavrov said on Thursday"),
        E("Lavrov rejects conditions set by Kyiv", "REJECT", ["Sergey Lavrov", "Ukraine"], "2023-06-15", "text",
          "occurred", "Russia's Foreign Minister Sergei Lavrov said on Thursday"),
        E("Blinken to visit Beijing", "CONSULT", ["Antony Blinken", "China"], "2023-W24-WE", "text", "planned",
          "Antony Blinken is expected in Beijing this weekend"),
        E("US calls on China to press Moscow to withdraw", "REQUEST", ["United States", "China", "Russia"],
          "2023-06-17", "published", "occurred", "A spokesman for the State Department said"),
    ],
    statements=[
        S("Ukraine", "Air defences shot down six Kinzhal missiles and several drones", "2023-06-16", "context",
          "Ukrainian officials said air defences"),
        S("Kremlin", "Denies targeting Kyiv during the visit", "2023-06-17", "published",
          "The Kremlin denied that it had targeted Kyiv"),
        S("Volodymyr Zelensky", "Negotiations only once Russian troops leave occupied territory", "2023-06-16",
          "context", "After meeting the delegation"),
        S("Volodymyr Zelensky", "Talks now would freeze the war and the pain", "2023-06-16", "context",
          "Allowing talks now would mean"),
        S("Dmitry Peskov", "Putin will listen carefully; do not expect a breakthrough", "2023-06-17", "published",
          "Kremlin spokesman Dmitry Peskov said Mr Putin would listen"),
        S("Sergey Lavrov", "Moscow open to talks but rejects conditions from Kyiv", "2023-06-15", "text",
          "Russia's Foreign Minister Sergei Lavrov said on Thursday"),
        S("United States", "Would welcome any Chinese effort to press Moscow to withdraw", "2023-06-17",
          "published", "A spokesman for the State Department said"),
    ],
    actors=["Ukraine", "Russia", "Kremlin", "Volodymyr Zelensky", "Vladimir Putin", "Dmitry Peskov",
            "Sergey Lavrov", "Antony Blinken", "United States", "China"],
)

# ---------------------------------------------------------------- b10en02
EN02 = dict(
    id="b10en02_new_start_offer_tomahawks_2025_10",
    lang="en",
    published="2025-10-06",
    body="""
Trump says Putin's offer to keep nuclear limits 'sounds like a good idea'

President Donald Trump on Sunday welcomed a Russian proposal to keep observing the limits of the last remaining nuclear arms control treaty between the two countries for another year after it expires.
“Sounds like a good idea to me,” Trump told reporters at the White House, without saying whether Washington would formally respond.

Russian President Vladimir Putin made the offer late last month at a meeting of his Security Council, saying Moscow was prepared to stick to the treaty's caps on deployed strategic warheads for one year after February 5, if the United States did the same.
The New START treaty, signed in 2010, is set to lapse in early February, and talks on a successor have been frozen since Russia suspended its participation in 2023.

Kremlin spokesman Dmitry Peskov said on Monday that Moscow was still waiting for an official reply.
“We hope the signal has been heard,” he said.
Arms control experts cautioned that without inspections, which have been halted since the pandemic, neither side would be able to verify the other's compliance.

The nuclear overture comes as the administration weighs whether to supply Kyiv with long-range Tomahawk cruise missiles.
Trump said on Monday he had “sort of made a decision” on the missiles but wanted to know how Ukraine intended to use them.
Putin warned last week that such deliveries would mark a new stage of escalation and would wreck the tentative improvement in relations between Moscow and Washington.
Ukrainian President Volodymyr Zelensky, who discussed air defense and long-range capabilities with Trump in a phone call on Sunday, has argued that the mere threat of Tomahawks could push Moscow toward negotiations.

European officials reacted cautiously.
NATO Secretary General Mark Rutte said any arms control arrangement must not come at the expense of Ukraine's security.
Russia, meanwhile, pressed on with overnight drone and missile strikes on Ukraine's energy grid, leaving parts of the Chernihiv region without power.
""",
    timexes=[
        T("Sunday", "DATE", "2025-10-05"),
        T("another year", "DURATION", "P1Y"),
        T("late last month", "DATE", "2025-09", mod="END"),
        T("one year", "DURATION", "P1Y"),
        T("February 5", "DATE", "2026-02-05"),
        T("2010", "DATE", "2010"),
        T("early February", "DATE", "2026-02", mod="START"),
        T("2023", "DATE", "2023"),
        T("Monday", "DATE", "2025-10-06"),
        T("Monday", "DATE", "2025-10-06", n=1),
        T("last week", "DATE", "2025-W40"),
        T("Sunday", "DATE", "2025-10-05", n=1),
        T("overnight", "TIME", "2025-10-05TNI"),
    ],
    events=[
        E("Trump welcomes Putin's offer to keep New START limits for another year", "SUPPORT",
          ["Donald Trump", "Vladimir Putin"], "2025-10-05", "text", "occurred",
          "President Donald Trump on Sunday welcomed"),
        E("Putin offers to observe New START caps for one year after expiry", "AGREE", ["Vladimir Putin", "Russia"],
          "2025-09", "text", "occurred", "Russian President Vladimir Putin made the offer", date_mod="END",
          note="conditional promise"),
        E("Putin's condition: the United States must do the same", "REQUEST",
          ["Vladimir Putin", "Russia", "United States"], "2025-09", "text", "occurred",
          "Russian President Vladimir Putin made the offer", date_mod="END"),
        E("New START treaty signed", "AGREE", ["Russia", "United States"], "2010", "text", "occurred",
          "The New START treaty, signed in 2010"),
        E("Russia suspended its participation in New START", "SANCTION", ["Russia", "United States"], "2023",
          "text", "occurred", "The New START treaty, signed in 2010"),
        E("US weighs supplying Tomahawk missiles to Ukraine", "AID", ["United States", "Ukraine"], "2025-10-06",
          "published", "uncertain", "The nuclear overture comes as the administration weighs"),
        E("Putin warns that Tomahawk deliveries would mean a new stage of escalation", "REQUEST",
          ["Vladimir Putin", "United States"], "2025-W40", "text", "occurred", "Putin warned last week"),
        E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-10-05", "text",
          "occurred", "in a phone call on Sunday"),
        E("Rutte: arms control must not come at the expense of Ukraine", "REQUEST", ["Mark Rutte", "NATO"],
          "2025-10-06", "published", "occurred", "NATO Secretary General Mark Rutte said"),
        E("Russian drone and missile strikes on Ukraine's energy grid", "ASSAULT", ["Russia", "Ukraine"],
          "2025-10-05TNI", "text", "occurred", "pressed on with overnight drone and missile strikes"),
    ],
    statements=[
        S("Donald Trump", "Putin's offer sounds like a good idea", "2025-10-05", "context",
          "“Sounds like a good idea to me,”"),
        S("Vladimir Putin", "Russia prepared to keep the caps for one year if the US does the same", "2025-09",
          "text", "Russian President Vladimir Putin made the offer"),
        S("Dmitry Peskov", "Moscow still waiting for an official reply", "2025-10-06", "text",
          "Kremlin spokesman Dmitry Peskov said on Monday"),
        S("Dmitry Peskov", "Hopes the signal has been heard", "2025-10-06", "context",
          "“We hope the signal has been heard,”"),
        S("Donald Trump", "Has sort of made a decision on Tomahawks; wants to know how Ukraine would use them",
          "2025-10-06", "text", "Trump said on Monday"),
        S("Vladimir Putin", "Tomahawk deliveries would mean escalation and wreck relations", "2025-W40", "text",
          "Putin warned last week"),
        S("Volodymyr Zelensky", "The threat of Tomahawks could push Moscow toward negotiations", "2025-10-06",
          "published", "in a phone call on Sunday"),
        S("Mark Rutte", "Arms control must not come at the expense of Ukraine's security", "2025-10-06",
          "published", "NATO Secretary General Mark Rutte said"),
    ],
    actors=["Donald Trump", "Vladimir Putin", "Russia", "United States", "Kremlin", "Dmitry Peskov", "Ukraine",
            "Volodymyr Zelensky", "NATO", "Mark Rutte"],
)

# ---------------------------------------------------------------- b10en03
EN03 = dict(
    id="b10en03_estonia_airspace_article4_2025_09",
    lang="en",
    published="2025-09-20",
    body="""
Estonia calls for NATO consultations after Russian jets violate its airspace

Estonia has requested urgent consultations with its NATO allies after three Russian MiG-31 fighter jets entered its airspace without permission on Friday and stayed for about 12 minutes.
The jets flew in over the Gulf of Finland near the island of Vaindloo and were escorted out by Italian F-35s stationed in the Baltic as part of the alliance's air-policing mission, Estonian officials said.

It is the first time Tallinn has invoked Article 4 of NATO's founding treaty, which allows any member to call for talks when it feels its security is threatened.
The consultations are expected to take place early next week.
Poland triggered the same clause earlier this month after Russian drones crossed into its territory.

Russia's defense ministry denied that the aircraft had violated Estonian airspace, saying they had been on a scheduled flight to the Kaliningrad region over neutral waters.
Foreign ministry spokeswoman Maria Zakharova accused Tallinn of spreading “unfounded” claims to stoke tensions.

NATO Secretary General Mark Rutte said the alliance had responded swiftly and intercepted the jets.
European Commission President Ursula von der Leyen called the incursion a reckless provocation, and the EU's foreign policy chief Kaja Kallas, a former Estonian prime minister, said Moscow was testing the West's resolve.
Asked about the incident at the White House, President Donald Trump said: “I don't love it. I don't love it when that happens,” adding that it could be “big trouble”.

Estonia has also asked for a meeting of the UN Security Council, which diplomats said would take place on Monday.
Ukraine's President Volodymyr Zelensky said the incident showed that Russia was deliberately widening the war, and called on European governments to build a joint air-defense shield.
Britain said it would send additional fighter jets to help guard the alliance's eastern flank in the coming weeks.
""",
    timexes=[
        T("Friday", "DATE", "2025-09-19"),
        T("about 12 minutes", "DURATION", "PT12M", mod="APPROX"),
        T("early next week", "DATE", "2025-W39", mod="START"),
        T("earlier this month", "DATE", "2025-09"),
        T("Monday", "DATE", "2025-09-22"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Three Russian MiG-31 jets violate Estonian airspace", "MOBILIZE", ["Russia"], "2025-09-19", "text",
          "occurred", "Estonia has requested urgent consultations",
          note="show of force without fire; Estonia is not a canonical actor"),
        E("Estonia requests NATO consultations under Article 4", "REQUEST", ["NATO"], "2025-09-20", "published",
          "occurred", "Estonia has requested urgent consultations"),
        E("Article 4 consultations of NATO allies", "CONSULT", ["NATO"], "2025-W39", "text", "planned",
          "The consultations are expected to take place", date_mod="START"),
        E("Poland invoked Article 4", "REQUEST", ["Poland", "NATO"], "2025-09", "text", "occurred",
          "Poland triggered the same clause"),
        E("Russian drones crossed into Poland", "ASSAULT", ["Russia", "Poland"], "2025-09", "context", "occurred",
          "Poland triggered the same clause"),
        E("Russia denies violating Estonian airspace", "REJECT", ["Russia"], "2025-09-20", "published", "occurred",
          "Russia's defense ministry denied"),
        E("Zakharova accuses Tallinn of spreading unfounded claims", "ACCUSE", ["Maria Zakharova"], "2025-09-20",
          "published", "occurred", "Foreign ministry spokeswoman Maria Zakharova accused"),
        E("Von der Leyen calls the incursion a reckless provocation", "ACCUSE", ["Ursula von der Leyen", "Russia"],
          "2025-09-20", "published", "occurred", "called the incursion a reckless provocation"),
        E("Kallas accuses Moscow of testing the West's resolve", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-09-20",
          "published", "occurred", "called the incursion a reckless provocation"),
        E("UN Security Council meeting on the incursion", "CONSULT", ["United Nations"], "2025-09-22", "text",
          "planned", "Estonia has also asked for a meeting of the UN Security Council"),
        E("Zelensky accuses Russia of deliberately widening the war", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-09-20", "published", "occurred", "the incident showed that Russia was deliberately widening"),
        E("Zelensky calls for a joint European air-defence shield", "REQUEST", ["Volodymyr Zelensky"], "2025-09-20",
          "published", "occurred", "the incident showed that Russia was deliberately widening"),
        E("Britain to send additional fighter jets to NATO's eastern flank", "MOBILIZE", ["United Kingdom", "NATO"],
          "FUTURE_REF", "vague", "planned", "Britain said it would send additional fighter jets"),
    ],
    statements=[
        S("Russia", "The jets flew over neutral waters on a scheduled flight to Kaliningrad", "2025-09-20",
          "published", "Russia's defense ministry denied"),
        S("Maria Zakharova", "Tallinn spreads unfounded claims to stoke tensions", "2025-09-20", "published",
          "Foreign ministry spokeswoman Maria Zakharova accused"),
        S("Mark Rutte", "NATO responded swiftly and intercepted the jets", "2025-09-20", "published",
          "NATO Secretary General Mark Rutte said"),
        S("Ursula von der Leyen", "The incursion is a reckless provocation", "2025-09-20", "published",
          "called the incursion a reckless provocation"),
        S("Kaja Kallas", "Moscow is testing the West's resolve", "2025-09-20", "published",
          "called the incursion a reckless provocation"),
        S("Donald Trump", "Does not love it; it could be big trouble", "2025-09-20", "published",
          "Asked about the incident at the White House"),
        S("Volodymyr Zelensky", "Russia is widening the war; Europe should build a joint air-defence shield",
          "2025-09-20", "published", "the incident showed that Russia was deliberately widening"),
        S("United Kingdom", "Will send additional fighter jets to the eastern flank", "2025-09-20", "published",
          "Britain said it would send additional fighter jets"),
    ],
    actors=["Russia", "NATO", "Poland", "Maria Zakharova", "Mark Rutte", "Ursula von der Leyen", "European Union",
            "Kaja Kallas", "Donald Trump", "United Nations", "Ukraine", "Volodymyr Zelensky", "United Kingdom"],
)

# ---------------------------------------------------------------- b10en04
EN04 = dict(
    id="b10en04_odesa_strike_after_grain_deal_2022_07",
    lang="en",
    published="2022-07-24",
    body="""
Russia says it struck Odesa port a day after signing grain export deal

Russia on Sunday acknowledged that it had fired missiles at the Ukrainian port of Odesa, less than 24 hours after it signed a deal brokered by the United Nations and Turkey to let grain exports from Ukraine's Black Sea ports resume.
Foreign ministry spokeswoman Maria Zakharova said the Kalibr missiles had destroyed a Ukrainian warship and a stock of anti-ship missiles supplied by the United States.

The strike on Saturday morning hit port infrastructure and caused a fire but did not seriously damage the grain storage area, Ukrainian officials said.
A day earlier, Russia and Ukraine had signed separate but mirror agreements in Istanbul with Turkey and the UN at a ceremony attended by Secretary-General António Guterres and Turkish President Recep Tayyip Erdogan.
The arrangement is meant to last 120 days and includes a coordination center in Istanbul to inspect ships.

Turkey's defense minister said Saturday that Russian officials had assured Ankara they had nothing to do with the attack.
Guterres “unequivocally” condemned the strike, his spokesperson said, stressing that all parties had committed to the safe movement of grain.
Secretary of State Antony Blinken said the attack cast serious doubt on the credibility of Russia's commitment to the deal.

President Volodymyr Zelensky called the strike “Russian barbarism” and said it proved that Moscow could not be trusted to implement any agreement.
Still, Kyiv said it was pushing ahead with preparations to restart shipments, and officials said the first vessels could leave port in the coming days.

Russia's Foreign Minister Sergei Lavrov, who arrived in Cairo on Sunday at the start of a tour of African countries, insisted that nothing in the agreement barred Moscow from hitting military infrastructure.
He accused the West of exaggerating the food crisis and blamed Western sanctions for soaring prices.
The deal had been hailed as the first significant diplomatic breakthrough since the invasion began in February.
""",
    timexes=[
        T("Sunday", "DATE", "2022-07-24"),
        T("less than 24 hours", "DURATION", "PT24H", mod="LESS_THAN"),
        T("Saturday morning", "TIME", "2022-07-23TMO"),
        T("A day earlier", "DATE", "2022-07-22"),
        T("120 days", "DURATION", "P120D"),
        T("Saturday", "DATE", "2022-07-23", n=1),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Sunday", "DATE", "2022-07-24", n=1),
        T("February", "DATE", "2022-02"),
    ],
    events=[
        E("Russian missile strike on the port of Odesa", "ASSAULT", ["Russia", "Ukraine"], "2022-07-23TMO", "text",
          "occurred", "The strike on Saturday morning hit port infrastructure"),
        E("Russia and Ukraine sign mirror grain-export agreements with Turkey and the UN in Istanbul", "AGREE",
          ["Russia", "Ukraine", "Turkey", "United Nations", "António Guterres", "Recep Tayyip Erdoğan"],
          "2022-07-22", "text", "occurred", "A day earlier, Russia and Ukraine had signed"),
        E("Guterres condemns the strike", "ACCUSE", ["António Guterres", "Russia"], "2022-07-24", "published",
          "occurred", "condemned the strike, his spokesperson said"),
        E("Blinken says the attack casts doubt on Russia's commitment", "ACCUSE", ["Antony Blinken", "Russia"],
          "2022-07-24", "published", "occurred", "Secretary of State Antony Blinken said the attack"),
        E("Zelensky calls the strike Russian barbarism", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2022-07-24",
          "published", "occurred", "called the strike “Russian barbarism”"),
        E("Lavrov arrives in Cairo at the start of an African tour", "CONSULT", ["Sergey Lavrov"], "2022-07-24",
          "text", "occurred", "who arrived in Cairo on Sunday", note="Egypt is not a canonical actor"),
        E("Lavrov accuses the West of exaggerating the food crisis", "ACCUSE", ["Sergey Lavrov"], "2022-07-24",
          "context", "occurred", "He accused the West of exaggerating"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "since the invasion began in February"),
    ],
    statements=[
        S("Russia", "Acknowledges the missile strike on Odesa", "2022-07-24", "text",
          "Russia on Sunday acknowledged"),
        S("Maria Zakharova", "The missiles destroyed a Ukrainian warship and US-supplied anti-ship missiles",
          "2022-07-24", "context", "Foreign ministry spokeswoman Maria Zakharova said"),
        S("Ukraine", "The strike did not seriously damage the grain storage area", "2022-07-24", "published",
          "The strike on Saturday morning hit port infrastructure"),
        S("Russia, via Turkey", "Russia had nothing to do with the attack", "2022-07-23", "text",
          "Turkey's defense minister said Saturday"),
        S("António Guterres", "Unequivocally condemns the strike; all parties committed to safe grain movement",
          "2022-07-24", "published", "condemned the strike, his spokesperson said"),
        S("Antony Blinken", "The attack casts serious doubt on Russia's commitment", "2022-07-24", "published",
          "Secretary of State Antony Blinken said the attack"),
        S("Volodymyr Zelensky", "Russian barbarism; Moscow cannot be trusted to implement any agreement",
          "2022-07-24", "published", "called the strike “Russian barbarism”"),
        S("Ukraine", "Preparations to restart shipments continue; first vessels could leave in the coming days",
          "2022-07-24", "published", "Still, Kyiv said it was pushing ahead"),
        S("Sergey Lavrov", "Nothing in the agreement bars strikes on military infrastructure", "2022-07-24",
          "context", "who arrived in Cairo on Sunday"),
        S("Sergey Lavrov", "The West exaggerates the food crisis; sanctions drive prices", "2022-07-24", "context",
          "He accused the West of exaggerating"),
    ],
    actors=["Russia", "Ukraine", "United Nations", "Turkey", "Maria Zakharova", "United States", "António Guterres",
            "Recep Tayyip Erdoğan", "Antony Blinken", "Volodymyr Zelensky", "Sergey Lavrov"],
)

DOCS = [EN01, EN02, EN03, EN04]
