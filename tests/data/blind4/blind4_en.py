"""English blind4 articles (fictionalised wire style; wording invented, facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- en01
DOCS.append(dict(
    id="b4en01_new_start_biden_kyiv_2023_02", lang="en", published="2023-02-21",
    body="""
Putin suspends New START treaty as Biden rallies allies after surprise Kyiv trip
MOSCOW — President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last remaining nuclear arms control treaty with the United States, escalating his confrontation with the West less than 24 hours after Joe Biden walked the streets of Kyiv.
In an address to the Federal Assembly that began at noon Moscow time and lasted nearly two hours, the Russian leader accused the West of wanting to "finish us off" and insisted that Russia could not be defeated on the battlefield.
Mr. Putin said Russia would not be the first to resume nuclear testing, but that it would be ready to do so if Washington did.

Mr. Biden, who arrived in the Ukrainian capital by train on Monday morning after a journey kept secret until the last minute, pledged another $500 million in military aid, including artillery ammunition and Javelin missiles.
"Kyiv stands. And Ukraine stands. Democracy stands," he said at the Mariinsky Palace, standing beside President Volodymyr Zelensky.
The White House said it had notified Moscow of the trip "for deconfliction purposes" a few hours before Mr. Biden's departure.
Mr. Zelensky said after the talks that they had discussed long-range weapons and "weapons that may still be supplied to Ukraine, although they were not supplied before".

Dmitry Peskov, the Kremlin spokesman, had said the day before that the visit would not change Russia's goals in what Moscow calls its "special military operation".
Russia's Foreign Ministry said in a statement on Tuesday evening that Moscow would nonetheless keep to the treaty's caps on deployed warheads until it expires in February 2026.
Secretary of State Antony Blinken called the decision "deeply unfortunate and irresponsible" and said Washington remained ready to discuss strategic arms limits with Russia.

Mr. Biden, who travelled on to Warsaw on Monday night, is scheduled to deliver a speech outside the Royal Castle at 5:30 p.m. local time on Tuesday.
On Wednesday, he will meet leaders of the Bucharest Nine, a group of NATO members on the alliance's eastern flank, before flying back to Washington.
The visit came four days before the first anniversary of the full-scale invasion, which Russia launched on Feb. 24 last year and which Western officials expect to grind on for months.
""",
    timexes=[
        T("Tuesday", "DATE", "2023-02-21", 0),
        T("less than 24 hours", "DURATION", "PT24H", mod="LESS_THAN"),
        T("noon Moscow time", "TIME", "2023-02-21T12:00", note="Moscow time"),
        T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
        T("Monday morning", "TIME", "2023-02-20TMO"),
        T("a few hours", "DURATION", "PTXH"),
        T("the day before", "DATE", "2023-02-20"),
        T("Tuesday evening", "TIME", "2023-02-21TEV"),
        T("February 2026", "DATE", "2026-02"),
        T("Monday night", "TIME", "2023-02-20TNI"),
        T("5:30 p.m. local time", "TIME", "2023-02-21T17:30", note="Warsaw local time"),
        T("Tuesday", "DATE", "2023-02-21", 2),
        T("Wednesday", "DATE", "2023-02-22"),
        T("four days", "DURATION", "P4D"),
        T("Feb. 24 last year", "DATE", "2022-02-24"),
        T("months", "DURATION", "PXM"),
    ],
    events=[
        E("Putin suspends Russia's participation in the New START treaty", "SANCTION",
          ["Vladimir Putin", "Russia", "United States"], "2023-02-21", "text", "occurred",
          "suspending its participation in New START"),
        E("Putin accuses the West of wanting to finish Russia off", "ACCUSE", ["Vladimir Putin"],
          "2023-02-21", "context", "occurred", "finish us off"),
        E("Putin threatens to resume nuclear testing if the United States does", "THREATEN",
          ["Vladimir Putin", "Russia", "United States"], "2023-02-21", "context", "occurred",
          "resume nuclear testing"),
        E("Biden makes a surprise visit to Kyiv", "CONSULT", ["Joe Biden", "Ukraine"],
          "2023-02-20TMO", "text", "occurred", "by train on Monday morning"),
        E("Biden pledges another $500 million in military aid", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2023-02-20", "context", "occurred", "by train on Monday morning"),
        E("Biden and Zelensky hold talks in Kyiv", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2023-02-20", "context", "occurred", "long-range weapons"),
        E("Russia says it will keep to the treaty's warhead caps", "AGREE", ["Russia"],
          "2023-02-21TEV", "text", "occurred", "caps on deployed warheads"),
        E("Blinken criticises the suspension as irresponsible", "ACCUSE", ["Antony Blinken", "United States", "Russia"],
          "2023-02-21", "published", "occurred", "deeply unfortunate"),
        E("Biden to meet Bucharest Nine leaders", "CONSULT", ["Joe Biden", "NATO"],
          "2023-02-22", "text", "planned", "Bucharest Nine"),
        E("Russia launched the full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02-24", "text", "occurred", "first anniversary"),
    ],
    statements=[
        S("Vladimir Putin", "Russia is suspending its participation in New START", "2023-02-21", "text",
          "suspending its participation in New START"),
        S("Vladimir Putin", "The West wants to finish Russia off; Russia cannot be defeated on the battlefield",
          "2023-02-21", "context", "finish us off"),
        S("Vladimir Putin", "Russia will not be first to resume nuclear testing but is ready if the US does",
          "2023-02-21", "context", "resume nuclear testing"),
        S("Joe Biden", "Kyiv stands, Ukraine stands, democracy stands", "2023-02-20", "context", "Democracy stands"),
        S("White House", "Moscow was notified of the trip for deconfliction purposes", "2023-02-21", "published",
          "deconfliction"),
        S("Volodymyr Zelensky", "Discussed long-range weapons and weapons not supplied before", "2023-02-20",
          "context", "long-range weapons"),
        S("Dmitry Peskov", "The visit will not change Russia's goals", "2023-02-20", "text", "the day before"),
        S("Russia", "Moscow will keep to the treaty's caps on deployed warheads", "2023-02-21", "text",
          "caps on deployed warheads"),
        S("Antony Blinken", "The decision is deeply unfortunate and irresponsible; the US remains ready to talk",
          "2023-02-21", "published", "deeply unfortunate"),
    ],
    actors=["Vladimir Putin", "Russia", "United States", "Joe Biden", "Ukraine", "Volodymyr Zelensky",
            "White House", "Dmitry Peskov", "Kremlin", "Antony Blinken", "NATO"],
))

# --------------------------------------------------------------------------- en02
DOCS.append(dict(
    id="b4en02_kakhovka_dam_2023_06", lang="en", published="2023-06-07",
    body="""
Kyiv and Moscow trade blame as floodwaters pour from destroyed Kakhovka dam
KHERSON, Ukraine (AP) — Thousands of people were evacuated from villages and towns along the lower Dnipro River on Wednesday as water kept surging through the breached Kakhovka dam, which was blown apart at about 2:50 a.m. on Tuesday.
Ukrainian officials said some 42,000 people were at risk, and the regional governor warned that water levels in Kherson could keep rising until Thursday.

Speaking at a meeting of his security council on Tuesday morning, President Volodymyr Zelensky accused Russian forces of blowing up the dam from the inside, calling it "an environmental bomb of mass destruction".
He also demanded an emergency session of the UN Security Council.
Mr. Zelensky had warned as early as last October that Russian troops had mined the structure.
The Kremlin flatly rejected the accusation.
Kremlin spokesman Dmitry Peskov told reporters it was "deliberate sabotage by the Ukrainian side", aimed at cutting off water supplies to Crimea.

Ahead of an emergency session of the Security Council late Tuesday, UN Secretary-General António Guterres called the destruction "another devastating consequence of the Russian invasion of Ukraine".
Russia's UN ambassador, Vassily Nebenzia, told the council that Kyiv had staged the attack to distract from the faltering start of its counteroffensive.
NATO Secretary-General Jens Stoltenberg called the destruction "outrageous", saying it demonstrated "once again the brutality of Russia's war in Ukraine".
The European Union said it had received a formal request for assistance from Kyiv on Wednesday morning and was ready to send water pumps, generators and boats.

The reservoir also supplies the cooling ponds of the Russian-occupied Zaporizhzhia nuclear power plant upstream.
The International Atomic Energy Agency said on Tuesday there was "no immediate nuclear safety risk" at the site, but that the situation was being closely monitored.
Its director general, Rafael Grossi, will travel to the plant next week, the agency said.
Ukrainian commanders insisted that the flooding would not derail their military plans, but officials in Kyiv acknowledged that repairing the damage would take years.
""",
    timexes=[
        T("Wednesday", "DATE", "2023-06-07", 0),
        T("about 2:50 a.m.", "TIME", "2023-06-06T02:50", mod="APPROX", note="local time"),
        T("Tuesday", "DATE", "2023-06-06", 0),
        T("Thursday", "DATE", "2023-06-08"),
        T("Tuesday morning", "TIME", "2023-06-06TMO"),
        T("last October", "DATE", "2022-10"),
        T("late Tuesday", "TIME", "2023-06-06TNI"),
        T("Wednesday morning", "TIME", "2023-06-07TMO"),
        T("Tuesday", "DATE", "2023-06-06", 3),
        T("next week", "DATE", "2023-W24"),
        T("years", "DURATION", "PXY"),
    ],
    events=[
        E("Kakhovka dam blown apart", "ASSAULT", ["Russia", "Ukraine"],
          "2023-06-06T02:50", "text", "occurred", "blown apart", date_mod="APPROX",
          note="responsibility disputed: Kyiv blames Russia, Moscow blames Ukraine"),
        E("Zelensky accuses Russian forces of blowing up the dam", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2023-06-06TMO", "text", "occurred", "environmental bomb"),
        E("Zelensky demands an emergency session of the UN Security Council", "REQUEST",
          ["Volodymyr Zelensky", "United Nations"], "2023-06-06", "context", "occurred", "He also demanded"),
        E("Zelensky warned that Russian troops had mined the dam", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2022-10", "text", "occurred", "mined the structure"),
        E("Kremlin rejects the accusation", "REJECT", ["Kremlin", "Ukraine"],
          "2023-06-07", "published", "occurred", "flatly rejected"),
        E("Peskov accuses Ukraine of deliberate sabotage", "ACCUSE", ["Dmitry Peskov", "Kremlin", "Ukraine"],
          "2023-06-07", "published", "occurred", "deliberate sabotage"),
        E("Emergency session of the UN Security Council", "CONSULT", ["United Nations", "Russia", "Ukraine"],
          "2023-06-06TNI", "text", "occurred", "devastating consequence"),
        E("Guterres calls the destruction a consequence of the Russian invasion", "ACCUSE",
          ["António Guterres", "United Nations", "Russia"], "2023-06-06", "context", "occurred",
          "devastating consequence"),
        E("Russia's UN ambassador accuses Kyiv of staging the attack", "ACCUSE", ["Russia", "Ukraine"],
          "2023-06-06TNI", "context", "occurred", "staged the attack"),
        E("Stoltenberg calls the destruction outrageous", "ACCUSE", ["Jens Stoltenberg", "NATO", "Russia"],
          "2023-06-07", "published", "occurred", "outrageous"),
        E("Kyiv requests EU assistance", "REQUEST", ["Ukraine", "European Union"],
          "2023-06-07TMO", "text", "occurred", "formal request for assistance"),
        E("EU ready to send water pumps, generators and boats", "AID", ["European Union", "Ukraine"],
          "2023-06-07", "context", "planned", "formal request for assistance"),
        E("IAEA chief Grossi to travel to the Zaporizhzhia plant", "CONSULT", ["IAEA"],
          "2023-W24", "text", "planned", "Rafael Grossi"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Russian forces blew up the dam; an environmental bomb of mass destruction",
          "2023-06-06", "text", "environmental bomb"),
        S("Dmitry Peskov", "Deliberate sabotage by the Ukrainian side to cut Crimea's water supply", "2023-06-07",
          "published", "deliberate sabotage"),
        S("António Guterres", "Another devastating consequence of the Russian invasion", "2023-06-06", "text",
          "devastating consequence"),
        S("Russia", "Kyiv staged the attack to distract from its faltering counteroffensive", "2023-06-06",
          "context", "staged the attack"),
        S("Jens Stoltenberg", "Outrageous; shows the brutality of Russia's war", "2023-06-07", "published",
          "outrageous"),
        S("European Union", "Received Kyiv's request and is ready to send pumps, generators and boats",
          "2023-06-07", "context", "formal request for assistance"),
        S("IAEA", "No immediate nuclear safety risk at the plant; situation closely monitored", "2023-06-06", "text",
          "no immediate nuclear safety risk"),
        S("IAEA", "Grossi will travel to the plant next week", "2023-06-07", "published", "Rafael Grossi"),
    ],
    actors=["Ukraine", "Russia", "Volodymyr Zelensky", "United Nations", "Kremlin", "Dmitry Peskov",
            "António Guterres", "Jens Stoltenberg", "NATO", "European Union", "IAEA"],
))

# --------------------------------------------------------------------------- en03
DOCS.append(dict(
    id="b4en03_vilnius_summit_2023_07", lang="en", published="2023-07-11",
    body="""
Zelensky attacks 'absurd' lack of timeline as NATO stops short of membership invitation
VILNIUS, Lithuania — NATO leaders declared on Tuesday that Ukraine's future lay in the alliance but stopped short of setting a timeline for its membership, drawing a furious response from President Volodymyr Zelensky as he travelled to the summit.
"We will be in a position to extend an invitation to Ukraine to join the Alliance when Allies agree and conditions are met," the leaders said in their communiqué.
In a post on Twitter sent shortly before he landed in Vilnius, Mr. Zelensky called it "unprecedented and absurd" that no time frame had been set for either the invitation or membership.
"Uncertainty is weakness," he wrote.

NATO Secretary General Jens Stoltenberg told reporters that allies had dropped the requirement for a Membership Action Plan, shortening Ukraine's path to membership "from a two-step process to a one-step process".
Allies also agreed on a multiyear assistance programme to help Ukraine's armed forces meet NATO standards, he said.
The first meeting of a new NATO-Ukraine Council, with Mr. Zelensky at the table, is set to take place on Wednesday.

President Joe Biden met Turkish President Recep Tayyip Erdoğan on the sidelines of the summit on Tuesday afternoon, thanking him for his "diplomacy and courage".
The meeting came after Mr. Erdoğan unexpectedly dropped his opposition to Sweden's accession following talks with Mr. Stoltenberg and Sweden's prime minister, Ulf Kristersson, on Monday evening.
Mr. Biden is due to deliver a speech at Vilnius University on Wednesday evening before flying to Helsinki.

Leaders of the Group of Seven are expected to unveil a joint declaration on Wednesday committing them to long-term security assistance for Ukraine, a senior administration official said, with individual countries negotiating bilateral agreements with Kyiv in the coming weeks and months.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia would respond with "countermeasures" if NATO moved its military infrastructure closer to Russian borders.
He described the summit as a gathering of countries that regarded Russia as an "enemy".
Russia launched a fresh wave of drone attacks on Kyiv and Odesa overnight, killing at least one person, according to the Ukrainian air force.
""",
    timexes=[
        T("Tuesday", "DATE", "2023-07-11", 0),
        T("multiyear", "DURATION", "PXY"),
        T("Wednesday", "DATE", "2023-07-12", 0),
        T("Tuesday afternoon", "TIME", "2023-07-11TAF"),
        T("Monday evening", "TIME", "2023-07-10TEV"),
        T("Wednesday evening", "TIME", "2023-07-12TEV"),
        T("Wednesday", "DATE", "2023-07-12", 2),
        T("the coming weeks and months", "DATE", "FUTURE_REF"),
        T("overnight", "TIME", "2023-07-10TNI"),
    ],
    events=[
        E("NATO stops short of setting a timeline for Ukraine's membership", "REJECT", ["NATO", "Ukraine"],
          "2023-07-11", "text", "occurred", "stopped short"),
        E("Zelensky criticises the lack of a time frame as absurd", "ACCUSE", ["Volodymyr Zelensky", "NATO"],
          "2023-07-11", "context", "occurred", "unprecedented and absurd"),
        E("Allies drop the Membership Action Plan requirement for Ukraine", "AGREE", ["NATO", "Ukraine"],
          "2023-07-11", "context", "occurred", "Membership Action Plan"),
        E("Allies agree a multiyear assistance programme for Ukraine", "AID", ["NATO", "Ukraine"],
          "2023-07-11", "context", "occurred", "multiyear assistance"),
        E("First meeting of the NATO-Ukraine Council with Zelensky", "CONSULT",
          ["NATO", "Ukraine", "Volodymyr Zelensky"], "2023-07-12", "text", "planned", "NATO-Ukraine Council"),
        E("Biden meets Erdoğan on the sidelines of the summit", "CONSULT", ["Joe Biden", "Recep Tayyip Erdoğan"],
          "2023-07-11TAF", "text", "occurred", "diplomacy and courage"),
        E("Erdoğan drops his opposition to Sweden's NATO accession", "CONCEDE", ["Recep Tayyip Erdoğan", "Turkey"],
          "2023-07-10TEV", "context", "occurred", "dropped his opposition"),
        E("Erdoğan holds talks with Stoltenberg and the Swedish prime minister", "CONSULT",
          ["Recep Tayyip Erdoğan", "Jens Stoltenberg"], "2023-07-10TEV", "text", "occurred",
          "dropped his opposition"),
        E("G7 to unveil a declaration on long-term security assistance for Ukraine", "AGREE", ["Ukraine"],
          "2023-07-12", "text", "planned", "Group of Seven"),
        E("Bilateral security agreements to be negotiated with Kyiv", "CONSULT", ["Ukraine"],
          "FUTURE_REF", "vague", "planned", "Group of Seven"),
        E("Peskov threatens countermeasures if NATO moves infrastructure closer to Russia", "THREATEN",
          ["Dmitry Peskov", "Kremlin", "NATO"], "2023-07-11", "published", "occurred", "countermeasures"),
        E("Russian drone attacks on Kyiv and Odesa", "ASSAULT", ["Russia", "Ukraine"],
          "2023-07-10TNI", "text", "occurred", "drone attacks"),
    ],
    statements=[
        S("NATO", "Ukraine's future lies in the alliance", "2023-07-11", "text", "stopped short"),
        S("NATO", "An invitation will be extended when allies agree and conditions are met", "2023-07-11",
          "context", "extend an invitation"),
        S("Volodymyr Zelensky", "Unprecedented and absurd that no time frame was set", "2023-07-11", "context",
          "unprecedented and absurd"),
        S("Volodymyr Zelensky", "Uncertainty is weakness", "2023-07-11", "context", "Uncertainty is weakness"),
        S("Jens Stoltenberg", "Membership Action Plan dropped: a one-step path to membership", "2023-07-11",
          "context", "Membership Action Plan"),
        S("Jens Stoltenberg", "Allies agreed a multiyear assistance programme", "2023-07-11", "context",
          "multiyear assistance"),
        S("Joe Biden", "Thanks Erdoğan for his diplomacy and courage", "2023-07-11", "text",
          "diplomacy and courage"),
        S("United States", "G7 will unveil a declaration on long-term security assistance for Ukraine",
          "2023-07-11", "published", "Group of Seven"),
        S("Dmitry Peskov", "Russia will respond with countermeasures if NATO moves infrastructure closer",
          "2023-07-11", "published", "countermeasures"),
        S("Dmitry Peskov", "The summit gathers countries that regard Russia as an enemy", "2023-07-11",
          "published", "enemy"),
    ],
    actors=["NATO", "Ukraine", "Volodymyr Zelensky", "Jens Stoltenberg", "Joe Biden", "Recep Tayyip Erdoğan",
            "Turkey", "United States", "Kremlin", "Dmitry Peskov", "Russia"],
))

# --------------------------------------------------------------------------- en04
DOCS.append(dict(
    id="b4en04_us_aid_package_signed_2024_04", lang="en", published="2024-04-24",
    body="""
Biden signs $95bn aid package as first US weapons head to Ukraine
WASHINGTON (Reuters) - President Joe Biden on Wednesday signed into law a long-stalled $95 billion foreign aid package that includes about $61 billion for Ukraine, and said the first weapons shipments would begin "in the next few hours".
The Senate passed the legislation late Tuesday by 79 votes to 18, after the House of Representatives approved it on Saturday following months of delay engineered by Republican hard-liners loyal to Donald Trump.
"It's going to make America safer, it's going to make the world safer," Mr. Biden said in remarks at the White House.
The Pentagon unveiled a first $1 billion tranche the same afternoon, including ammunition for Patriot air defence systems and HIMARS rocket launchers, Bradley fighting vehicles and Stinger missiles.

US officials also confirmed that Washington had secretly shipped long-range ATACMS missiles to Ukraine in March under a package Mr. Biden approved in mid-February.
Ukrainian forces used them for the first time against a Russian airfield in Crimea last week, according to the officials, who spoke on condition of anonymity.

"This aid will strengthen Ukraine and send a powerful signal to the Kremlin," President Volodymyr Zelensky wrote on X shortly after the signing.
The Ukrainian leader, who had warned earlier this month that his country would lose the war if Congress did not act, said the priority now was air defence for cities and power plants.
Kremlin spokesman Dmitry Peskov said the aid would "lead to even more Ukrainians dying" and would not change the situation at the front.
Maria Zakharova, the Russian Foreign Ministry spokeswoman, had said on Saturday after the House vote that Washington was enriching its arms makers and "further ruining" Ukraine.

The funding is expected to sustain Ukraine's war effort through the end of the year, but analysts cautioned that it would take weeks for larger quantities of ammunition to reach the front line.
NATO Secretary General Jens Stoltenberg urged European allies on Monday to supply more Patriot systems, saying there was "no time to lose".
Mr. Zelensky is expected to attend the NATO summit in Washington in July, where allies are set to discuss a long-term package for Kyiv.
""",
    timexes=[
        T("Wednesday", "DATE", "2024-04-24"),
        T("the next few hours", "DATE", "FUTURE_REF"),
        T("late Tuesday", "TIME", "2024-04-23TNI"),
        T("Saturday", "DATE", "2024-04-20", 0),
        T("months", "DURATION", "PXM"),
        T("the same afternoon", "TIME", "2024-04-24TAF"),
        T("March", "DATE", "2024-03"),
        T("mid-February", "DATE", "2024-02", mod="MID"),
        T("last week", "DATE", "2024-W16"),
        T("earlier this month", "DATE", "2024-04"),
        T("now", "DATE", "PRESENT_REF"),
        T("Saturday", "DATE", "2024-04-20", 1),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("weeks", "DURATION", "PXW"),
        T("Monday", "DATE", "2024-04-22"),
        T("July", "DATE", "2024-07"),
    ],
    events=[
        E("Biden signs the $95 billion aid package including $61 billion for Ukraine", "AID",
          ["Joe Biden", "United States", "Ukraine"], "2024-04-24", "text", "occurred", "signed into law"),
        E("Senate passes the aid legislation", "AID", ["United States", "Ukraine"],
          "2024-04-23TNI", "text", "occurred", "79 votes to 18"),
        E("House of Representatives approves the aid package", "AID", ["United States", "Ukraine"],
          "2024-04-20", "text", "occurred", "79 votes to 18"),
        E("Pentagon unveils a first $1 billion weapons tranche", "AID", ["United States", "Ukraine"],
          "2024-04-24TAF", "text", "occurred", "$1 billion tranche"),
        E("US secretly shipped ATACMS missiles to Ukraine", "AID", ["United States", "Ukraine"],
          "2024-03", "text", "occurred", "secretly shipped"),
        E("Biden approved the package that included ATACMS", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2024-02", "text", "occurred", "secretly shipped", date_mod="MID"),
        E("Ukraine strikes a Russian airfield in Crimea with ATACMS", "ASSAULT", ["Ukraine", "Russia"],
          "2024-W16", "text", "occurred", "Russian airfield in Crimea"),
        E("Zelensky warned Ukraine would lose the war if Congress did not act", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2024-04", "text", "occurred", "would lose the war"),
        E("Peskov says the aid will lead to more Ukrainian deaths", "ACCUSE",
          ["Dmitry Peskov", "Kremlin", "United States"], "2024-04-24", "published", "occurred",
          "even more Ukrainians dying"),
        E("Zakharova accuses Washington of enriching arms makers and ruining Ukraine", "ACCUSE",
          ["Maria Zakharova", "Russia", "United States"], "2024-04-20", "text", "occurred", "further ruining"),
        E("Stoltenberg urges European allies to supply more Patriot systems", "REQUEST", ["Jens Stoltenberg", "NATO"],
          "2024-04-22", "text", "occurred", "no time to lose"),
        E("NATO summit in Washington with Zelensky", "CONSULT", ["NATO", "Volodymyr Zelensky", "Ukraine"],
          "2024-07", "text", "planned", "NATO summit in Washington"),
    ],
    statements=[
        S("Joe Biden", "The first weapons shipments will begin in the next few hours", "2024-04-24", "text",
          "signed into law"),
        S("Joe Biden", "The aid will make America and the world safer", "2024-04-24", "context",
          "make America safer"),
        S("United States", "ATACMS were secretly shipped to Ukraine in March", "2024-04-24", "published",
          "secretly shipped"),
        S("Volodymyr Zelensky", "The aid will strengthen Ukraine and send a powerful signal to the Kremlin",
          "2024-04-24", "context", "powerful signal"),
        S("Volodymyr Zelensky", "The priority now is air defence for cities and power plants", "2024-04-24",
          "published", "would lose the war"),
        S("Dmitry Peskov", "The aid will lead to more Ukrainians dying and will not change the front",
          "2024-04-24", "published", "even more Ukrainians dying"),
        S("Maria Zakharova", "Washington is enriching its arms makers and further ruining Ukraine", "2024-04-20",
          "text", "further ruining"),
        S("Jens Stoltenberg", "Allies must supply more Patriots; there is no time to lose", "2024-04-22", "text",
          "no time to lose"),
    ],
    actors=["Joe Biden", "United States", "Ukraine", "Donald Trump", "Russia", "Volodymyr Zelensky", "Kremlin",
            "Dmitry Peskov", "Maria Zakharova", "NATO", "Jens Stoltenberg"],
))

# --------------------------------------------------------------------------- en05
DOCS.append(dict(
    id="b4en05_oval_office_clash_london_2025_03", lang="en", published="2025-03-01",
    body="""
Zelensky heads to London after Oval Office clash derails minerals deal
LONDON (Reuters) - Volodymyr Zelensky was due to meet British Prime Minister Keir Starmer in Downing Street on Saturday afternoon, after a televised shouting match with Donald Trump and JD Vance in the Oval Office on Friday ended with the Ukrainian leader being asked to leave the White House.
A signing ceremony for an agreement giving the United States a share of revenues from Ukraine's critical minerals, billed by both sides as the centrepiece of the visit, was called off, as was a joint news conference scheduled for 1 p.m. Eastern time.
"He can come back when he is ready for Peace," Mr. Trump wrote on his Truth Social platform shortly afterwards, accusing his guest of having "disrespected the United States of America in its cherished Oval Office".
Mr. Vance had told Mr. Zelensky during the meeting that it was "disrespectful" to "litigate this in front of the American media".

In an interview with Fox News late Friday, Mr. Zelensky declined to apologise, but said the row was "not good for both sides" and that he was still prepared to sign the minerals deal.
The White House said on Saturday that Mr. Trump had no plans to speak to Mr. Zelensky "at this time".
Officials in Washington would not say whether the agreement could be revived.

European leaders rallied behind the Ukrainian president within hours.
"You are never alone, dear President," European Commission President Ursula von der Leyen wrote on X.
French President Emmanuel Macron said there was "an aggressor, Russia, and a victim, Ukraine", adding that it had been right to help Ukraine "for three years".
Friedrich Merz, Germany's chancellor-in-waiting, said one must "never confuse aggressor and victim in this terrible war".

Mr. Starmer, who spoke to both Mr. Trump and Mr. Zelensky by phone on Friday evening, will host around 18 leaders at Lancaster House on Sunday to discuss security guarantees for Ukraine.
Those expected include Mr. Macron, Italy's Giorgia Meloni, Poland's Donald Tusk and NATO Secretary General Mark Rutte.
In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said it was a "miracle" that Mr. Trump and Mr. Vance had shown restraint towards Mr. Zelensky.
""",
    timexes=[
        T("Saturday afternoon", "TIME", "2025-03-01TAF"),
        T("Friday", "DATE", "2025-02-28", 0),
        T("1 p.m. Eastern time", "TIME", "2025-02-28T13:00", note="US Eastern time"),
        T("late Friday", "TIME", "2025-02-28TNI"),
        T("Saturday", "DATE", "2025-03-01", 1),
        T("this time", "DATE", "PRESENT_REF"),
        T("hours", "DURATION", "PXH"),
        T("three years", "DURATION", "P3Y"),
        T("Friday evening", "TIME", "2025-02-28TEV"),
        T("Sunday", "DATE", "2025-03-02"),
    ],
    events=[
        E("Zelensky to meet Starmer in Downing Street", "CONSULT",
          ["Volodymyr Zelensky", "Keir Starmer", "United Kingdom"], "2025-03-01TAF", "text", "planned",
          "due to meet British Prime Minister"),
        E("Oval Office meeting of Zelensky with Trump and Vance ends in a shouting match", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump", "JD Vance"], "2025-02-28", "text", "occurred",
          "due to meet British Prime Minister"),
        E("Signing of the US-Ukraine minerals agreement called off", "AGREE", ["United States", "Ukraine"],
          "2025-02-28", "context", "cancelled", "signing ceremony"),
        E("Trump accuses Zelensky of disrespecting the United States", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "context", "occurred", "ready for Peace"),
        E("Vance accuses Zelensky of being disrespectful", "ACCUSE", ["JD Vance", "Volodymyr Zelensky"],
          "2025-02-28", "context", "occurred", "litigate this"),
        E("Zelensky declines to apologise", "REJECT", ["Volodymyr Zelensky"],
          "2025-02-28TNI", "text", "occurred", "declined to apologise"),
        E("Macron names Russia as the aggressor", "ACCUSE", ["Emmanuel Macron", "Russia"],
          "2025-03-01", "published", "occurred", "an aggressor, Russia"),
        E("Starmer speaks by phone with Trump and Zelensky", "CONSULT",
          ["Keir Starmer", "Donald Trump", "Volodymyr Zelensky"], "2025-02-28TEV", "text", "occurred",
          "Lancaster House"),
        E("London summit of around 18 leaders on security guarantees for Ukraine", "CONSULT",
          ["Keir Starmer", "Emmanuel Macron", "Giorgia Meloni", "Donald Tusk", "Mark Rutte", "Ukraine"],
          "2025-03-02", "text", "planned", "Lancaster House"),
        E("Zakharova mocks Zelensky after the Oval Office clash", "ACCUSE", ["Maria Zakharova", "Volodymyr Zelensky"],
          "2025-03-01", "published", "occurred", "miracle"),
    ],
    statements=[
        S("Donald Trump", "Zelensky can come back when he is ready for peace; he disrespected the US", "2025-02-28",
          "context", "ready for Peace"),
        S("JD Vance", "It is disrespectful to litigate this in front of the American media", "2025-02-28",
          "context", "litigate this"),
        S("Volodymyr Zelensky", "The row was not good for both sides; still prepared to sign the deal",
          "2025-02-28", "text", "declined to apologise"),
        S("White House", "Trump has no plans to speak to Zelensky at this time", "2025-03-01", "text",
          "no plans to speak"),
        S("Ursula von der Leyen", "Zelensky is never alone", "2025-03-01", "published", "never alone"),
        S("Emmanuel Macron", "There is an aggressor, Russia, and a victim, Ukraine", "2025-03-01", "published",
          "an aggressor, Russia"),
        S("Friedrich Merz", "Never confuse aggressor and victim", "2025-03-01", "published",
          "never confuse aggressor"),
        S("Maria Zakharova", "A miracle that Trump and Vance showed restraint towards Zelensky", "2025-03-01",
          "published", "miracle"),
    ],
    actors=["Volodymyr Zelensky", "Keir Starmer", "United Kingdom", "Donald Trump", "JD Vance", "Ukraine",
            "White House", "United States", "Ursula von der Leyen", "European Union", "Emmanuel Macron", "France",
            "Russia", "Friedrich Merz", "Germany", "Giorgia Meloni", "Donald Tusk", "Poland", "Mark Rutte", "NATO",
            "Maria Zakharova"],
))

# --------------------------------------------------------------------------- en06
DOCS.append(dict(
    id="b4en06_grain_deal_rejoined_2022_11", lang="en", published="2022-11-02",
    body="""
Russia rejoins Black Sea grain deal after Turkish mediation
ISTANBUL (AP) — Russia said on Wednesday that it would resume its participation in the UN-brokered deal allowing Ukraine to export grain from its Black Sea ports, reversing a decision taken four days earlier that had threatened to drive up food prices worldwide.
The Russian Defence Ministry said it had received written guarantees from Kyiv, through Turkish and UN mediators, that the humanitarian corridor would not be used for military operations against Russia.
President Recep Tayyip Erdoğan announced the reversal in Ankara shortly before the ministry's statement, saying grain shipments would continue as planned from noon.

Turkish Defence Minister Hulusi Akar had held phone calls with his Russian counterpart, Sergei Shoigu, on Monday and Tuesday, according to the Turkish ministry.
Mr. Erdoğan said he had also spoken with Vladimir Putin on Tuesday evening.
Speaking to his Security Council on Wednesday afternoon, Mr. Putin said Russia reserved the right to withdraw again if Ukraine broke its guarantees.
Even in that case, Moscow would not stand in the way of grain deliveries to Turkey and would supply the poorest countries free of charge, he added.

Moscow had justified the suspension on Saturday by accusing Ukraine of using the corridor to launch an aerial and naval drone attack on the Black Sea Fleet in Sevastopol, an allegation Kyiv dismissed as a "false pretext".
Despite the suspension, ships kept leaving Ukrainian ports on Monday under an arrangement between Ukraine, Turkey and the United Nations, with a record 354,500 tonnes of grain shipped that day.
President Volodymyr Zelensky, in his nightly video address on Tuesday, had urged the world to respond "firmly" to what he called Russia's attempt to blackmail it with hunger.

UN Secretary-General António Guterres welcomed the announcement and said the UN was "in contact with all sides" about renewing the agreement, which expires on Nov. 19.
The deal, which Russia and Ukraine signed separately with Turkey and the UN in Istanbul in July, has allowed more than nine million tonnes of grain to leave Ukrainian ports.
Russian officials have repeatedly complained that a parallel memorandum easing their own fertilizer and food exports has not been honoured.
""",
    timexes=[
        T("Wednesday", "DATE", "2022-11-02", 0),
        T("four days earlier", "DATE", "2022-10-29"),
        T("noon", "TIME", "2022-11-02T12:00", note="local time"),
        T("Monday", "DATE", "2022-10-31", 0),
        T("Tuesday", "DATE", "2022-11-01", 0),
        T("Tuesday evening", "TIME", "2022-11-01TEV"),
        T("Wednesday afternoon", "TIME", "2022-11-02TAF"),
        T("Saturday", "DATE", "2022-10-29"),
        T("Monday", "DATE", "2022-10-31", 1),
        T("that day", "DATE", "2022-10-31"),
        T("nightly", "SET", "P1D"),
        T("Tuesday", "DATE", "2022-11-01", 2),
        T("Nov. 19", "DATE", "2022-11-19"),
        T("July", "DATE", "2022-07"),
    ],
    events=[
        E("Russia resumes its participation in the Black Sea grain deal", "AGREE", ["Russia", "Ukraine", "United Nations"],
          "2022-11-02", "text", "occurred", "resume its participation"),
        E("Russia suspended its participation in the grain deal", "SANCTION", ["Russia"],
          "2022-10-29", "text", "occurred", "resume its participation"),
        E("Ukraine gives written guarantees not to use the corridor for military operations", "AGREE",
          ["Ukraine", "Russia", "Turkey", "United Nations"], "2022-11-02", "context", "occurred",
          "written guarantees"),
        E("Turkish and Russian defence ministers hold phone calls", "CONSULT", ["Turkey", "Russia"],
          "2022-10-31", "text", "occurred", "Hulusi Akar", note="calls on Monday 31 Oct and Tuesday 1 Nov"),
        E("Erdoğan speaks with Putin", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-11-01TEV", "text", "occurred", "spoken with Vladimir Putin"),
        E("Putin reserves the right to withdraw again if Ukraine breaks its guarantees", "THREATEN",
          ["Vladimir Putin", "Russia", "Ukraine"], "2022-11-02TAF", "text", "occurred", "withdraw again"),
        E("Putin promises free grain for the poorest countries even if Russia withdraws", "AGREE",
          ["Vladimir Putin", "Russia", "Turkey"], "2022-11-02TAF", "context", "occurred", "free of charge"),
        E("Russia accuses Ukraine of a drone attack on the Black Sea Fleet", "ACCUSE", ["Russia", "Ukraine"],
          "2022-10-29", "text", "occurred", "false pretext"),
        E("Drone attack on the Black Sea Fleet in Sevastopol", "ASSAULT", ["Ukraine", "Russia"],
          "2022-10-29", "context", "occurred", "false pretext", note="attributed to Ukraine by Russia"),
        E("Kyiv dismisses the allegation as a false pretext", "REJECT", ["Ukraine", "Russia"],
          "2022-10-29", "context", "occurred", "false pretext"),
        E("Ships keep leaving Ukrainian ports under a Ukraine–Turkey–UN arrangement", "COOPERATE",
          ["Ukraine", "Turkey", "United Nations"], "2022-10-31", "text", "occurred", "354,500 tonnes"),
        E("Zelensky urges a firm response to Russia's hunger blackmail", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2022-11-01", "text", "occurred", "blackmail it with hunger"),
        E("Grain deal signed in Istanbul", "AGREE", ["Russia", "Ukraine", "Turkey", "United Nations"],
          "2022-07", "text", "occurred", "signed separately", note="22 July 2022"),
    ],
    statements=[
        S("Russia", "Received written guarantees that the corridor will not be used militarily", "2022-11-02",
          "context", "written guarantees"),
        S("Recep Tayyip Erdoğan", "Grain shipments will continue as planned from noon", "2022-11-02", "context",
          "announced the reversal"),
        S("Recep Tayyip Erdoğan", "Also spoke with Putin on Tuesday evening", "2022-11-02", "context",
          "spoken with Vladimir Putin"),
        S("Vladimir Putin", "Russia reserves the right to withdraw again if Ukraine breaks its guarantees",
          "2022-11-02", "text", "withdraw again"),
        S("Vladimir Putin", "Will not block grain to Turkey and will supply the poorest countries free of charge",
          "2022-11-02", "context", "free of charge"),
        S("Ukraine", "The drone-attack allegation is a false pretext", "2022-10-29", "context", "false pretext"),
        S("Volodymyr Zelensky", "The world must respond firmly to Russia's hunger blackmail", "2022-11-01", "text",
          "blackmail it with hunger"),
        S("António Guterres", "Welcomes the announcement; the UN is in contact with all sides on renewal",
          "2022-11-02", "published", "in contact with all sides"),
    ],
    actors=["Russia", "Ukraine", "United Nations", "Turkey", "Recep Tayyip Erdoğan", "Vladimir Putin",
            "Volodymyr Zelensky", "António Guterres"],
))
