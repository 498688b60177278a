"""English articles of the blind32 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# ---------------------------------------------------------------- b32en01
DOCS.append(dict(
    id="b32en01_johnson_kyiv_visit_2022_04",
    lang="en",
    published="2022-04-09",
    body="""
Johnson makes surprise visit to Kyiv and promises armoured vehicles

Boris Johnson has made an unannounced visit to Kyiv, where he held talks with Ukrainian President Volodymyr Zelensky and pledged a fresh package of military aid.
The Prime Minister travelled to the Ukrainian capital on Saturday in a show of solidarity, Downing Street said, after photographs of the two leaders in the presidential office circulated on social media.
It is his first visit to Ukraine since Russia launched its invasion on February 24.

Mr Johnson said Britain would send 120 armoured vehicles and new anti-ship missile systems, on top of the anti-tank weapons and £100 million of high-grade equipment announced on Friday.
He also confirmed an additional $500 million in World Bank lending, taking the UK's total loan guarantee to $1 billion.
"Ukraine has defied the odds and pushed back Russian forces from the gates of Kyiv, achieving the greatest feat of arms of our time," the Prime Minister said.

Mr Zelensky thanked the UK for its support and urged other Western democracies to "follow the example of the United Kingdom" by imposing a full embargo on Russian energy.
"Russia must be forced to look for peace," he told reporters.

The visit came a day after a Russian missile struck the railway station in Kramatorsk, killing more than 50 people who were waiting to be evacuated.
Mr Johnson described the attack as a war crime and said it showed "the depths to which Putin's army has sunk".
The Kremlin has denied responsibility, claiming the missile was a Tochka-U of a type used only by Ukraine's forces.

European Commission President Ursula von der Leyen visited Bucha and Kyiv on Friday, handing Mr Zelensky a questionnaire on EU membership, and Austrian Chancellor Karl Nehammer was also in the capital on Saturday.
Talks between Russian and Ukrainian negotiators, who last met face to face in Istanbul on March 29, are continuing by video link, the Kremlin said.
Russian Foreign Minister Sergei Lavrov on Thursday accused Kyiv of "provocations" aimed at derailing the negotiations.

Downing Street said the Prime Minister would brief the Cabinet on his return.
Labour leader Sir Keir Starmer said the opposition stood behind the Government's "unwavering" support for Ukraine.
""",
    timexes=[
        T("Saturday", "DATE", "2022-04-09"),
        T("February 24", "DATE", "2022-02-24"),
        T("Friday", "DATE", "2022-04-08"),
        T("Friday", "DATE", "2022-04-08", n=1),
        T("Saturday", "DATE", "2022-04-09", n=1),
        T("March 29", "DATE", "2022-03-29"),
        T("Thursday", "DATE", "2022-04-07"),
    ],
    events=[
        E("Johnson visits Kyiv and holds talks with Zelensky", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"],
          "2022-04-09", "text", "occurred", "travelled to the Ukrainian capital"),
        E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
          "launched its invasion"),
        E("UK to send 120 armoured vehicles and anti-ship missile systems", "AID", ["United Kingdom", "Ukraine"],
          "2022-04-09", "context", "occurred", "120 armoured vehicles"),
        E("UK announced anti-tank weapons and £100 million of equipment", "AID", ["United Kingdom", "Ukraine"],
          "2022-04-08", "text", "occurred", "120 armoured vehicles"),
        E("UK confirms an additional $500 million in World Bank lending", "AID", ["United Kingdom", "Ukraine"],
          "2022-04-09", "context", "occurred", "World Bank lending"),
        E("Zelensky urges Western democracies to impose a full embargo on Russian energy", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2022-04-09", "context", "occurred", "full embargo"),
        E("Russian missile strike on Kramatorsk railway station", "ASSAULT", ["Russia", "Ukraine"], "2022-04-08",
          "context", "occurred", "railway station in Kramatorsk", note="the day before the visit"),
        E("Johnson calls the Kramatorsk attack a war crime", "ACCUSE", ["United Kingdom", "Vladimir Putin", "Russia"],
          "2022-04-09", "context", "occurred", "described the attack as a war crime"),
        E("Kremlin blames Ukraine's forces for the missile", "ACCUSE", ["Kremlin", "Ukraine"], "2022-04-09",
          "published", "occurred", "Tochka-U"),
        E("Von der Leyen visits Bucha and Kyiv and hands Zelensky the EU questionnaire", "CONSULT",
          ["Ursula von der Leyen", "Volodymyr Zelensky"], "2022-04-08", "text", "occurred",
          "handing Mr Zelensky a questionnaire"),
        E("Austrian chancellor Nehammer visits Kyiv", "CONSULT", ["Ukraine"], "2022-04-09", "text", "occurred",
          "handing Mr Zelensky a questionnaire"),
        E("Russian and Ukrainian negotiators met in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2022-03-29", "text",
          "occurred", "last met face to face"),
        E("Russian–Ukrainian talks continue by video link", "CONSULT", ["Russia", "Ukraine"], "2022-04-09",
          "published", "occurred", "continuing by video link"),
        E("Lavrov accuses Kyiv of provocations to derail the talks", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2022-04-07", "text", "occurred", "provocations"),
    ],
    statements=[
        S("United Kingdom", "Downing Street: Johnson travelled to Kyiv in a show of solidarity", "2022-04-09",
          "published", "travelled to the Ukrainian capital"),
        S("United Kingdom", "Johnson: Britain will send 120 armoured vehicles and anti-ship missiles", "2022-04-09",
          "context", "120 armoured vehicles"),
        S("United Kingdom", "Johnson: Ukraine achieved the greatest feat of arms of our time", "2022-04-09",
          "context", "defied the odds"),
        S("Volodymyr Zelensky", "Thanks the UK and urges others to follow with an energy embargo", "2022-04-09",
          "context", "full embargo"),
        S("Volodymyr Zelensky", "Russia must be forced to look for peace", "2022-04-09", "context",
          "forced to look for peace"),
        S("United Kingdom", "Johnson: the Kramatorsk attack is a war crime", "2022-04-09", "context",
          "described the attack as a war crime"),
        S("Kremlin", "Denies responsibility; the missile was of a type used only by Ukraine", "2022-04-09",
          "published", "Tochka-U"),
        S("Kremlin", "Talks with Ukraine are continuing by video link", "2022-04-09", "published",
          "continuing by video link"),
        S("Sergey Lavrov", "Kyiv's provocations aim to derail the negotiations", "2022-04-07", "text",
          "provocations"),
        S("United Kingdom", "Johnson will brief the Cabinet on his return", "2022-04-09", "published",
          "brief the Cabinet"),
        S("Keir Starmer", "Labour stands behind the Government's support for Ukraine", "2022-04-09", "published",
          "unwavering"),
    ],
    actors=["United Kingdom", "Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin",
            "Ursula von der Leyen", "European Union", "Sergey Lavrov", "Keir Starmer"],
))

# ---------------------------------------------------------------- b32en02
DOCS.append(dict(
    id="b32en02_eu_ukraine_summit_kyiv_2023_02",
    lang="en",
    published="2023-02-03",
    body="""
EU leaders in Kyiv promise support, but no shortcut to membership

EU leaders travelled to Kyiv on Friday (3 February) for the first EU-Ukraine summit since the war began, promising the country the bloc's backing "for as long as it takes" but stopping short of a timetable for membership.
European Commission president Ursula von der Leyen and European Council president Charles Michel met Ukrainian president Volodymyr Zelensky for several hours, as air-raid sirens sounded across the capital.
"Ukraine has made impressive progress, and we will keep supporting you at every step of the way," von der Leyen told a joint press conference.
Michel said there were "no rigid timelines" for accession, and that the EU would assess Kyiv's reforms in a report due in October.

Zelensky, who wants accession talks to open this year, said he expected "a positive decision" on that step before the end of 2023.
"We deserve to start negotiations this year," he said.

The two sides agreed on new steps in energy, trade and security, including a €25 million EU contribution to demining.
The EU's military assistance mission will also train a further 15,000 Ukrainian soldiers, bringing its target to 30,000.
Von der Leyen said the bloc aimed to have its tenth sanctions package in place by 24 February, the first anniversary of the invasion, and confirmed that a price cap on Russian petroleum products would take effect on Sunday.

Moscow was dismissive.
Kremlin spokesman Dmitry Peskov said the EU's promises would not change the course of what Russia calls its "special military operation".
Russian foreign ministry spokeswoman Maria Zakharova accused Brussels of "pumping weapons" into Ukraine and prolonging the war.
On Wednesday night, Russian missiles struck residential buildings in Kramatorsk, killing at least three people, according to Ukrainian officials.

On Thursday, 15 members of the European Commission, led by von der Leyen, held talks with the Ukrainian government, the first such meeting in a country at war.
Hungarian prime minister Viktor Orbán, who has repeatedly clashed with Brussels over sanctions, said in Budapest on Friday that Ukraine was "far from" ready to join.
""",
    timexes=[
        T("Friday", "DATE", "2023-02-03"),
        T("3 February", "DATE", "2023-02-03"),
        T("several hours", "DURATION", "PXH"),
        T("October", "DATE", "2023-10"),
        T("this year", "DATE", "2023"),
        T("the end of 2023", "DATE", "2023", mod="END"),
        T("this year", "DATE", "2023", n=1),
        T("24 February", "DATE", "2023-02-24"),
        T("Sunday", "DATE", "2023-02-05"),
        T("Wednesday night", "TIME", "2023-02-01TNI"),
        T("Thursday", "DATE", "2023-02-02"),
        T("Friday", "DATE", "2023-02-03", n=1),
    ],
    events=[
        E("First EU–Ukraine summit since the war began, in Kyiv", "CONSULT", ["European Union", "Ukraine"],
          "2023-02-03", "text", "occurred", "first EU-Ukraine summit"),
        E("EU promises Ukraine backing for as long as it takes", "AGREE", ["European Union", "Ukraine"],
          "2023-02-03", "text", "occurred", "first EU-Ukraine summit"),
        E("Von der Leyen and Michel meet Zelensky", "CONSULT",
          ["Ursula von der Leyen", "European Union", "Volodymyr Zelensky"], "2023-02-03", "context", "occurred",
          "for several hours"),
        E("Von der Leyen promises continued support", "AGREE", ["Ursula von der Leyen", "Ukraine"], "2023-02-03",
          "context", "occurred", "every step of the way"),
        E("No timetable for accession", "REJECT", ["European Union", "Ukraine"], "2023-02-03", "context",
          "occurred", "no rigid timelines"),
        E("Zelensky wants accession talks opened this year", "REQUEST", ["Volodymyr Zelensky", "European Union"],
          "2023-02-03", "context", "occurred", "a positive decision"),
        E("EU and Ukraine agree new steps in energy, trade and security", "AGREE", ["European Union", "Ukraine"],
          "2023-02-03", "context", "occurred", "The two sides agreed"),
        E("EU contributes €25 million to demining", "AID", ["European Union", "Ukraine"], "2023-02-03", "context",
          "occurred", "The two sides agreed"),
        E("EU mission to train a further 15,000 Ukrainian soldiers", "AID", ["European Union", "Ukraine"],
          "2023-02-03", "context", "planned", "further 15,000"),
        E("Tenth EU sanctions package to be in place by 24 February", "SANCTION", ["European Union", "Russia"],
          "2023-02-24", "text", "planned", "tenth sanctions package"),
        E("Price cap on Russian petroleum products takes effect", "SANCTION", ["European Union", "Russia"],
          "2023-02-05", "text", "planned", "tenth sanctions package"),
        E("Zakharova accuses the EU of pumping weapons into Ukraine", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2023-02-03", "published", "occurred", "pumping weapons"),
        E("Russian missile strike on Kramatorsk", "ASSAULT", ["Russia", "Ukraine"], "2023-02-01TNI", "text",
          "occurred", "On Wednesday night"),
        E("European Commission members hold talks with the Ukrainian government", "CONSULT",
          ["Ursula von der Leyen", "European Union", "Ukraine"], "2023-02-02", "text", "occurred",
          "15 members of the European Commission"),
        E("Orbán says Ukraine is far from ready to join", "REJECT", ["Viktor Orbán", "Ukraine"], "2023-02-03",
          "text", "occurred", "far from"),
    ],
    statements=[
        S("Ursula von der Leyen", "Ukraine has made impressive progress; the EU will keep supporting it",
          "2023-02-03", "context", "every step of the way"),
        S("European Union", "Michel: no rigid timelines; report on reforms due in October", "2023-02-03", "context",
          "no rigid timelines"),
        S("Volodymyr Zelensky", "Expects a positive decision on accession talks before the end of 2023",
          "2023-02-03", "context", "a positive decision"),
        S("Volodymyr Zelensky", "Ukraine deserves to start negotiations this year", "2023-02-03", "context",
          "We deserve to start"),
        S("Ursula von der Leyen", "Tenth package by 24 February; price cap on petroleum products from Sunday",
          "2023-02-03", "context", "tenth sanctions package"),
        S("Russia", "Moscow was dismissive", "2023-02-03", "published", "Moscow was dismissive"),
        S("Dmitry Peskov", "The EU's promises will not change the course of the operation", "2023-02-03",
          "published", "would not change the course"),
        S("Maria Zakharova", "Brussels is pumping weapons into Ukraine and prolonging the war", "2023-02-03",
          "published", "pumping weapons"),
        S("Ukraine", "At least three killed in Kramatorsk", "2023-02-03", "published", "On Wednesday night"),
        S("Viktor Orbán", "Ukraine is far from ready to join", "2023-02-03", "text", "far from"),
    ],
    actors=["European Union", "Ukraine", "Ursula von der Leyen", "Volodymyr Zelensky", "Russia", "Kremlin",
            "Dmitry Peskov", "Maria Zakharova", "Viktor Orbán"],
))

# ---------------------------------------------------------------- b32en03
DOCS.append(dict(
    id="b32en03_g20_rio_declaration_2024_11",
    lang="en",
    published="2024-11-19",
    body="""
G20 Leaders Back 'Just and Durable Peace' in Ukraine Without Naming Russia

RIO DE JANEIRO, BRAZIL – Leaders of the Group of 20 adopted a joint declaration on Monday that calls for a "comprehensive, just and durable peace" in Ukraine but avoids any direct criticism of Russia, after Brazilian negotiators worked through the weekend to keep the text acceptable to all members.
The paragraph on the war, agreed at the Museum of Modern Art late Sunday, "welcomes all relevant and constructive initiatives" and warns against "the threat or use of force to seek territorial acquisition".
Russian Foreign Minister Sergey Lavrov, who led the Russian delegation in place of President Vladimir Putin, called the text "balanced".
Putin, who faces an International Criminal Court arrest warrant, had said he did not want to "disrupt the normal work" of the summit.

European leaders made no secret of their frustration.
"It is a shame that the declaration does not make clear that Russia bears responsibility for this war," German Chancellor Olaf Scholz told reporters, adding that he would keep talking to Putin "when it makes sense".
Scholz held a one-hour phone call with Putin on Friday, the first in almost two years, and defended it in Rio against criticism from Ukrainian President Volodymyr Zelensky, who had said the call opened "Pandora's box".

French President Emmanuel Macron said the declaration had at least avoided "false equivalence" between aggressor and victim.
British Prime Minister Keir Starmer used his first meeting with Chinese President Xi Jinping to urge Beijing to stop supplying Russia with goods used in its war machine.
A readout from the Chinese side said Xi told Starmer that China "is not the creator of the crisis" and would continue to "play a constructive role".

The summit opened a day after U.S. President Joe Biden authorized Ukraine to strike targets inside Russia with long-range ATACMS missiles.
Lavrov told reporters on Tuesday that the decision marked "a qualitatively new round of escalation" and that Moscow would respond.
Biden, who arrived in Rio from the APEC summit in Lima, did not mention Ukraine in his public remarks.

For President Luiz Inácio Lula da Silva, who has offered Brazil's services as a mediator, the outcome was a diplomatic success.
"We did not come here to divide, but to unite," Lula said at the closing session before handing the G20 presidency to South Africa.
Brazil and China launched a "Friends for Peace" group with countries of the Global South at the United Nations in September.
""",
    timexes=[
        T("Monday", "DATE", "2024-11-18"),
        T("the weekend", "DATE", "2024-W46-WE"),
        T("late Sunday", "TIME", "2024-11-17TNI"),
        T("one-hour", "DURATION", "PT1H"),
        T("Friday", "DATE", "2024-11-15"),
        T("almost two years", "DURATION", "P2Y", mod="APPROX"),
        T("Tuesday", "DATE", "2024-11-19"),
        T("September", "DATE", "2024-09"),
    ],
    events=[
        E("G20 leaders adopt a declaration calling for a just and durable peace in Ukraine", "AGREE",
          ["United States", "Russia", "China", "Germany", "France", "United Kingdom"], "2024-11-18", "text",
          "occurred", "adopted a joint declaration"),
        E("G20 declaration calls for a comprehensive, just and durable peace", "REQUEST",
          ["United States", "Russia", "China", "Germany", "France", "United Kingdom", "Ukraine"], "2024-11-18",
          "text", "occurred", "adopted a joint declaration"),
        E("Lavrov leads the Russian delegation at the summit", "CONSULT", ["Sergey Lavrov", "Russia"],
          "2024-11-18", "context", "occurred", "led the Russian delegation"),
        E("Putin stays away from the G20 summit", "CONSULT", ["Vladimir Putin"], "2024-11-18", "context",
          "cancelled", "led the Russian delegation"),
        E("Lavrov welcomes the declaration as balanced", "SUPPORT", ["Sergey Lavrov"], "2024-11-18", "context",
          "occurred", "led the Russian delegation"),
        E("Scholz regrets that the declaration does not blame Russia", "ACCUSE", ["Olaf Scholz", "Russia"],
          "2024-11-18", "context", "occurred", "It is a shame"),
        E("Scholz ready to keep talking to Putin", "AGREE", ["Olaf Scholz", "Vladimir Putin"], "2024-11-18",
          "context", "occurred", "It is a shame"),
        E("Scholz–Putin phone call", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "text",
          "occurred", "one-hour phone call"),
        E("Zelensky criticises Scholz's call with Putin", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
          "2024-11-15", "context", "occurred", "one-hour phone call",
          note="the remark was made after the call; no day is given"),
        E("Starmer meets Xi for the first time", "CONSULT", ["Keir Starmer", "Xi Jinping"], "2024-11-18",
          "context", "occurred", "first meeting with Chinese President"),
        E("Starmer urges Beijing to stop supplying Russia's war machine", "REQUEST",
          ["Keir Starmer", "China", "Russia"], "2024-11-18", "context", "occurred",
          "first meeting with Chinese President"),
        E("Xi rejects responsibility for the crisis", "REJECT", ["Xi Jinping", "Keir Starmer"], "2024-11-18",
          "context", "occurred", "not the creator of the crisis"),
        E("Biden authorizes Ukraine to strike inside Russia with ATACMS", "AID",
          ["Joe Biden", "United States", "Ukraine", "Russia"], "2024-11-17", "context", "occurred",
          "authorized Ukraine to strike", note="the day before the summit opened"),
        E("Lavrov calls the ATACMS decision a new round of escalation", "ACCUSE",
          ["Sergey Lavrov", "United States"], "2024-11-19", "text", "occurred", "qualitatively new round"),
        E("Lavrov says Moscow would respond", "THREATEN", ["Sergey Lavrov", "United States"], "2024-11-19", "text",
          "occurred", "qualitatively new round"),
        E("Brazil and China launch the Friends for Peace group", "COOPERATE", ["China"], "2024-09", "text",
          "occurred", "Friends for Peace"),
    ],
    statements=[
        S("Sergey Lavrov", "The declaration is balanced", "2024-11-18", "context", "led the Russian delegation"),
        S("Vladimir Putin", "Did not want to disrupt the normal work of the summit", "2024-11-19", "published",
          "disrupt the normal work"),
        S("Olaf Scholz", "A shame the declaration does not say Russia bears responsibility; will keep talking to Putin",
          "2024-11-18", "context", "It is a shame"),
        S("Olaf Scholz", "Defends his call with Putin", "2024-11-18", "context", "one-hour phone call"),
        S("Volodymyr Zelensky", "Scholz's call opened Pandora's box", "2024-11-15", "context",
          "one-hour phone call"),
        S("Emmanuel Macron", "The declaration avoided false equivalence between aggressor and victim", "2024-11-18",
          "context", "false equivalence"),
        S("Keir Starmer", "Beijing should stop supplying Russia's war machine", "2024-11-18", "context",
          "first meeting with Chinese President"),
        S("Xi Jinping, via China", "China is not the creator of the crisis and will keep playing a constructive role",
          "2024-11-18", "context", "not the creator of the crisis"),
        S("Sergey Lavrov", "The ATACMS decision is a new round of escalation; Moscow will respond", "2024-11-19",
          "text", "qualitatively new round"),
    ],
    actors=["Russia", "Ukraine", "Sergey Lavrov", "Vladimir Putin", "Olaf Scholz", "Germany", "Volodymyr Zelensky",
            "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Xi Jinping", "China", "Joe Biden",
            "United States", "European Union", "United Nations"],
))

# ---------------------------------------------------------------- b32en04
DOCS.append(dict(
    id="b32en04_zelensky_aarhus_presidency_2025_07",
    lang="en",
    published="2025-07-03",
    body="""
Zelensky in Aarhus: Denmark opens its doors to Ukrainian arms makers

Ukrainian President Volodymyr Zelensky visited Aarhus on Thursday as Denmark took over the rotating presidency of the Council of the EU, and left with a deal allowing Ukrainian defence companies to set up production on Danish soil.
Zelensky and Prime Minister Mette Frederiksen signed a declaration of intent at the city's concert hall, Musikhuset, in the presence of European Commission President Ursula von der Leyen and European Council President António Costa.
Under the agreement, the first Ukrainian firms are expected to begin production in Denmark before the end of the year.

"Ukraine is fighting for all of us, and Denmark will stand by Ukraine," Frederiksen said.
Zelensky thanked Denmark, which has financed weapons made in Ukraine under what has become known as the "Danish model", and called on other European countries to follow suit.
"We have the engineers and the experience, you have the security and the capital," he told reporters.

Von der Leyen said Ukraine had "delivered" on the reforms required to open the first negotiating cluster and that the Commission was ready to move ahead.
Hungary, however, continues to block the opening of the talks, which requires unanimity among the 27 member states.
Costa said he hoped all clusters could be opened in December, and Frederiksen said Denmark would use its six months at the helm to push for progress.

Zelensky said he expected to speak to US President Donald Trump in the coming days about the suspension of some US weapons deliveries, including Patriot interceptors, which the Pentagon confirmed on Tuesday.
Trump was due to speak to Russian President Vladimir Putin by phone later on Thursday, the White House said.
Kremlin spokesman Dmitry Peskov said Moscow was "ready for dialogue" but that its goals in Ukraine remained unchanged.

In Aarhus, several hundred people gathered outside Musikhuset waving Ukrainian flags, and police closed parts of the city centre.
Denmark has given Ukraine military aid worth more than 60 billion kroner (€8 billion), making it one of the largest donors relative to the size of its economy.
Zelensky is expected in Rome next week for the Ukraine Recovery Conference.
""",
    timexes=[
        T("Thursday", "DATE", "2025-07-03"),
        T("the end of the year", "DATE", "2025", mod="END"),
        T("December", "DATE", "2025-12"),
        T("six months", "DURATION", "P6M"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Tuesday", "DATE", "2025-07-01"),
        T("Thursday", "DATE", "2025-07-03", n=1),
        T("next week", "DATE", "2025-W28"),
    ],
    events=[
        E("Zelensky visits Aarhus at the start of the Danish EU presidency", "CONSULT", ["Volodymyr Zelensky"],
          "2025-07-03", "text", "occurred", "visited Aarhus on Thursday"),
        E("Zelensky and Frederiksen sign a declaration of intent on Ukrainian arms production in Denmark", "AGREE",
          ["Volodymyr Zelensky", "Ukraine"], "2025-07-03", "context", "occurred", "signed a declaration of intent"),
        E("Zelensky meets von der Leyen and Costa in Aarhus", "CONSULT",
          ["Volodymyr Zelensky", "Ursula von der Leyen", "European Union"], "2025-07-03", "context", "occurred",
          "signed a declaration of intent"),
        E("First Ukrainian firms to start production in Denmark", "COOPERATE", ["Ukraine"], "2025", "text",
          "planned", "begin production in Denmark", date_mod="END"),
        E("Zelensky calls on other European countries to follow the Danish model", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-07-03", "context", "occurred", "follow suit"),
        E("Von der Leyen: the Commission is ready to open the first cluster", "AGREE",
          ["Ursula von der Leyen", "Ukraine"], "2025-07-03", "context", "occurred", "delivered"),
        E("Hungary blocks the opening of accession talks", "REJECT", ["European Union", "Ukraine"], "2025-07-03",
          "published", "occurred", "continues to block"),
        E("Zelensky expects to talk to Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "FUTURE_REF",
          "vague", "planned", "the coming days"),
        E("Pentagon suspends some weapons deliveries to Ukraine", "REJECT", ["United States", "Ukraine"],
          "2025-07-01", "text", "occurred", "the coming days", note="confirmed on Tuesday"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-07-03", "text", "planned",
          "later on Thursday"),
        E("Peskov: Moscow ready for dialogue", "AGREE", ["Dmitry Peskov"], "2025-07-03", "published", "occurred",
          "ready for dialogue"),
        E("Zelensky to attend the Ukraine Recovery Conference in Rome", "CONSULT", ["Volodymyr Zelensky"],
          "2025-W28", "text", "planned", "Ukraine Recovery Conference"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Denmark and calls on other European countries to follow", "2025-07-03",
          "context", "follow suit"),
        S("Volodymyr Zelensky", "Ukraine has the engineers, Europe the security and capital", "2025-07-03",
          "context", "We have the engineers"),
        S("Ursula von der Leyen", "Ukraine delivered on the reforms; the Commission is ready to move ahead",
          "2025-07-03", "context", "delivered"),
        S("European Union", "Costa hopes all clusters can be opened in December", "2025-07-03", "context",
          "all clusters"),
        S("Volodymyr Zelensky", "Expects to speak to Trump about the suspended deliveries", "2025-07-03", "context",
          "the coming days"),
        S("White House", "Trump to speak to Putin later on Thursday", "2025-07-03", "published",
          "later on Thursday"),
        S("Dmitry Peskov", "Moscow is ready for dialogue but its goals are unchanged", "2025-07-03", "published",
          "ready for dialogue"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "European Union", "Ursula von der Leyen", "United States",
            "Donald Trump", "Vladimir Putin", "Russia", "White House", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b32en05
DOCS.append(dict(
    id="b32en05_nawrocki_white_house_2025_09",
    lang="en",
    published="2025-09-04",
    body="""
Trump assures Nawrocki US troops will stay in Poland

US President Donald Trump has told Polish President Karol Nawrocki that American troops will remain in Poland and could even be reinforced, during their first meeting at the White House on Wednesday.
"We're going to keep them there, and we'll put more there if they want," Trump told reporters in the Oval Office, sitting alongside Nawrocki.
Nawrocki, who took office in August, was the first European head of state received by Trump since the Alaska summit with Vladimir Putin.

Trump again voiced frustration with the Kremlin, saying he was "very disappointed" in Putin and that "something will happen" if Moscow did not move towards a ceasefire.
He did not say what measures he had in mind, but repeated that secondary sanctions on buyers of Russian oil remained an option.

Nawrocki said he had asked Trump to keep up pressure on Russia and to involve Poland in any talks on security guarantees for Ukraine.
"Poland cannot be absent where the security of our region is decided," he said after the meeting.

Prime Minister Donald Tusk, whose government has clashed with the conservative president over foreign policy, said in Warsaw on Wednesday that the visit was "a good signal" but warned against relying on Washington alone.
Tusk is due in Paris on Thursday for a meeting of the "coalition of the willing", which Ukrainian President Volodymyr Zelensky will attend in person and Trump's envoy Steve Witkoff is expected to join.

In Moscow, Kremlin spokesman Dmitry Peskov dismissed talk of US reinforcements as "a continuation of NATO's expansion towards our borders" and said Russia would take "the necessary measures".
Russian drones and missiles struck Ukrainian cities overnight, Ukraine's air force said, with energy facilities in the west of the country near the Polish border among the targets.

Around 10,000 US troops are currently stationed in Poland, most of them on a rotational basis at bases in Poznań, Żagań and Rzeszów.
Nawrocki is due to address the UN General Assembly in New York later this month.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-09-03"),
        T("August", "DATE", "2025-08"),
        T("Wednesday", "DATE", "2025-09-03", n=1),
        T("Thursday", "DATE", "2025-09-04"),
        T("overnight", "TIME", "2025-09-03TNI"),
        T("currently", "DATE", "PRESENT_REF"),
        T("this month", "DATE", "2025-09"),
    ],
    events=[
        E("Trump receives Nawrocki at the White House", "CONSULT", ["Donald Trump", "Poland"], "2025-09-03", "text",
          "occurred", "during their first meeting"),
        E("Trump promises US troops will remain in Poland", "AGREE", ["Donald Trump", "United States", "Poland"],
          "2025-09-03", "text", "occurred", "during their first meeting"),
        E("US troops in Poland could be reinforced", "MOBILIZE", ["United States", "Poland"], "2025-09-03", "context",
          "uncertain", "put more there"),
        E("Trump says he is very disappointed in Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-09-03",
          "context", "occurred", "very disappointed"),
        E("Trump warns something will happen if Moscow does not move towards a ceasefire", "THREATEN",
          ["Donald Trump", "Russia"], "2025-09-03", "context", "occurred", "very disappointed"),
        E("Secondary sanctions on buyers of Russian oil remain an option", "SANCTION", ["Donald Trump", "Russia"],
          "2025-09-03", "context", "uncertain", "secondary sanctions"),
        E("Nawrocki asks Trump to keep up pressure on Russia and involve Poland in guarantee talks", "REQUEST",
          ["Poland", "Donald Trump"], "2025-09-03", "context", "occurred", "asked Trump to keep up pressure"),
        E("Tusk welcomes the visit as a good signal", "SUPPORT", ["Donald Tusk"], "2025-09-03", "text", "occurred",
          "a good signal"),
        E("Coalition of the willing meeting in Paris with Tusk, Zelensky and Witkoff", "CONSULT",
          ["Donald Tusk", "Volodymyr Zelensky", "Steve Witkoff"], "2025-09-04", "text", "planned",
          "coalition of the willing"),
        E("Peskov calls US reinforcements NATO expansion towards Russia's borders", "ACCUSE",
          ["Dmitry Peskov", "NATO", "United States"], "2025-09-04", "published", "occurred",
          "necessary measures"),
        E("Peskov: Russia will take the necessary measures", "THREATEN", ["Dmitry Peskov", "NATO", "United States"],
          "2025-09-04", "published", "occurred", "necessary measures"),
        E("Russian drone and missile strikes on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
          "2025-09-03TNI", "text", "occurred", "struck Ukrainian cities overnight"),
    ],
    statements=[
        S("Donald Trump", "US troops will stay in Poland, more if Poland wants", "2025-09-03", "context",
          "keep them there"),
        S("Donald Trump", "Very disappointed in Putin; something will happen without a ceasefire", "2025-09-03",
          "context", "very disappointed"),
        S("Donald Trump", "Secondary sanctions on buyers of Russian oil remain an option", "2025-09-03", "context",
          "secondary sanctions"),
        S("Poland", "Nawrocki asked Trump to keep up pressure and to involve Poland", "2025-09-03", "context",
          "asked Trump to keep up pressure"),
        S("Poland", "Nawrocki: Poland cannot be absent where regional security is decided", "2025-09-03", "context",
          "cannot be absent"),
        S("Donald Tusk", "The visit is a good signal, but do not rely on Washington alone", "2025-09-03", "text",
          "a good signal"),
        S("Dmitry Peskov", "US reinforcements continue NATO's expansion; Russia will take necessary measures",
          "2025-09-04", "published", "necessary measures"),
        S("Ukraine", "Air force reports overnight strikes, including on energy facilities in the west",
          "2025-09-04", "published", "struck Ukrainian cities overnight"),
    ],
    actors=["United States", "Donald Trump", "Poland", "Vladimir Putin", "Kremlin", "Russia", "Ukraine",
            "Donald Tusk", "Volodymyr Zelensky", "Steve Witkoff", "Dmitry Peskov", "NATO", "United Nations"],
))

# ---------------------------------------------------------------- b32en06
DOCS.append(dict(
    id="b32en06_rubio_lavrov_manila_2026_07",
    lang="en",
    published="2026-07-10",
    body="""
Rubio and Lavrov meet in Manila as Ukraine talks stall

US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov have held talks on the sidelines of the ASEAN foreign ministers' meetings in Manila, their first face-to-face encounter in almost a year.
The two spoke for about 50 minutes on Thursday evening, a State Department spokesperson said, describing the conversation as "frank and direct".

According to the US side, Rubio pressed Lavrov on a ceasefire along the current line of contact and on the return of Ukrainian children, and made clear that Washington would not lift sanctions "while the killing continues".
Lavrov, speaking to Russian reporters afterwards, called the meeting "useful" but said any settlement had to address "the root causes of the conflict", including NATO's eastward expansion.
He said the two had agreed to keep working-level contacts on embassy operations going and to meet again "when there is something to discuss".

Ukraine's Foreign Minister Andrii Sybiha, who is not attending the Manila meetings, said on Friday that Kyiv had been briefed by Washington and that "no decisions about Ukraine can be taken without Ukraine".
Overnight, Russia launched more than 400 drones at Ukrainian cities, Ukraine's air force said, in one of the heaviest attacks this year.

Lavrov also met Chinese Foreign Minister Wang Yi on Thursday, and the two "reaffirmed their close coordination" on international issues, Russia's foreign ministry said.
In a statement at the close of the forum, ASEAN ministers called for "a just and lasting peace in Ukraine in line with the UN Charter".

New Zealand's Foreign Minister Winston Peters, who also attended, told RNZ he had raised concerns with Lavrov in a brief exchange about North Korean troops fighting for Russia.
Peters announced sanctions on a further 25 individuals and entities under the Russia Sanctions Act, including operators of shadow-fleet tankers.
"New Zealand will keep standing with Ukraine, and we will say so to anyone in the room," he said.
New Zealand has contributed about $130 million in support to Ukraine since 2022, including training of Ukrainian soldiers by New Zealand Defence Force personnel in the United Kingdom.
""",
    timexes=[
        T("almost a year", "DURATION", "P1Y", mod="APPROX"),
        T("about 50 minutes", "DURATION", "PT50M", mod="APPROX"),
        T("Thursday evening", "TIME", "2026-07-09TEV"),
        T("Friday", "DATE", "2026-07-10"),
        T("Overnight", "TIME", "2026-07-09TNI"),
        T("this year", "DATE", "2026"),
        T("Thursday", "DATE", "2026-07-09", n=1),
        T("2022", "DATE", "2022"),
    ],
    events=[
        E("Rubio and Lavrov meet in Manila", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-07-09TEV", "text",
          "occurred", "about 50 minutes"),
        E("Rubio presses Lavrov on a ceasefire and the return of Ukrainian children", "REQUEST",
          ["Marco Rubio", "Sergey Lavrov", "Ukraine"], "2026-07-09TEV", "context", "occurred",
          "Rubio pressed Lavrov"),
        E("Washington will not lift sanctions while the killing continues", "REJECT", ["Marco Rubio", "Russia"],
          "2026-07-09TEV", "context", "occurred", "Rubio pressed Lavrov"),
        E("Lavrov: a settlement must address the root causes, including NATO expansion", "REQUEST",
          ["Sergey Lavrov", "Marco Rubio", "NATO"], "2026-07-09TEV", "context", "occurred", "root causes"),
        E("Rubio and Lavrov agree to keep working-level contacts on embassies", "AGREE",
          ["Sergey Lavrov", "Marco Rubio"], "2026-07-09TEV", "context", "occurred", "working-level contacts"),
        E("Washington briefs Kyiv on the meeting", "CONSULT", ["United States", "Ukraine"], "2026-07-10", "context",
          "occurred", "had been briefed by Washington"),
        E("Russian attack with more than 400 drones on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
          "2026-07-09TNI", "text", "occurred", "more than 400 drones"),
        E("Lavrov meets Wang Yi", "CONSULT", ["Sergey Lavrov", "China"], "2026-07-09", "text", "occurred",
          "Lavrov also met Chinese Foreign Minister"),
        E("Russia and China reaffirm close coordination", "AGREE", ["Russia", "China"], "2026-07-09", "context",
          "occurred", "Lavrov also met Chinese Foreign Minister"),
        E("Peters raises North Korean troops with Lavrov", "CONSULT", ["Sergey Lavrov"], "2026-07-10", "published",
          "occurred", "brief exchange"),
        E("New Zealand sanctions 25 more individuals and entities", "SANCTION", ["Russia"], "2026-07-10",
          "published", "occurred", "a further 25 individuals"),
    ],
    statements=[
        S("United States", "State Department: the 50-minute conversation was frank and direct", "2026-07-09TEV",
          "context", "about 50 minutes"),
        S("United States", "Rubio pressed for a ceasefire and children's return; no sanctions relief",
          "2026-07-09TEV", "context", "Rubio pressed Lavrov"),
        S("Sergey Lavrov", "The meeting was useful; a settlement must address root causes", "2026-07-09TEV",
          "context", "root causes"),
        S("Sergey Lavrov", "Working-level contacts continue; meet again when there is something to discuss",
          "2026-07-09TEV", "context", "working-level contacts"),
        S("Andrii Sybiha", "Kyiv was briefed; no decisions about Ukraine without Ukraine", "2026-07-10", "text",
          "had been briefed by Washington"),
        S("Ukraine", "Air force: more than 400 drones overnight", "2026-07-10", "published",
          "more than 400 drones"),
        S("Russia", "Lavrov and Wang reaffirmed their close coordination", "2026-07-09", "context",
          "Lavrov also met Chinese Foreign Minister"),
    ],
    actors=["United States", "Marco Rubio", "Russia", "Sergey Lavrov", "Ukraine", "NATO", "Andrii Sybiha", "China",
            "United Nations"],
))
