"""blind43, English articles (written blind to the extraction code; see README.md).

One sentence per line, headline first, a blank line between paragraphs.
"""

from build import E, S, T

EN01 = dict(
    id="b43en01_storm_shadow_commons_2023_05",
    lang="en",
    published="2023-05-11",
    body="""
UK sends Storm Shadow long-range missiles to Ukraine as Kremlin warns of 'adequate response'

Britain has become the first country to supply Ukraine with long-range cruise missiles, Defence Secretary Ben Wallace confirmed today.
Speaking in the Commons on Thursday afternoon, Mr Wallace said some Storm Shadow missiles were "now going into, or are in, the country".
The missiles have a range of more than 250 kilometres, far beyond anything Kyiv has so far received from its Western partners.
Mr Wallace described the donation as "a calibrated and proportionate response to Russia's escalations", including its strikes on civilian infrastructure.
He told MPs that Ukraine had given assurances the missiles would only be used within its own sovereign territory.

The Kremlin reacted within hours.
President Vladimir Putin's spokesman Dmitry Peskov said the decision was "extremely negative" and would require "an adequate response from our military".
He accused London of drawing itself ever deeper into the conflict.
Russia's defence ministry said its air defences were capable of intercepting the missiles.

In Kyiv, President Volodymyr Zelensky thanked Prime Minister Rishi Sunak in a post on Telegram on Thursday evening.
Earlier in the day, Mr Zelensky told the BBC that Ukraine needed "a bit more time" before launching its long-awaited counteroffensive, because not all the Western equipment it had been promised had arrived.
He also renewed his appeal for fighter jets, saying a "jet coalition" was needed.

The White House said the UK's move was a sovereign decision and that Washington had no plans to send long-range ATACMS missiles of its own.
In Berlin, a German government spokesman said Germany was not considering supplying its Taurus cruise missile.
A senior government source told ITV News that the UK had coordinated closely with France, which builds the same missile under the name SCALP.

The Prime Minister is expected to travel to Reykjavik next week for a Council of Europe summit.
Mr Wallace will join a virtual meeting of the Ukraine Defence Contact Group later this month.
""",
    timexes=[
        T("today", "DATE", "2023-05-11"),
        T("Thursday afternoon", "TIME", "2023-05-11TAF"),
        T("now", "DATE", "PRESENT_REF"),
        T("hours", "DURATION", "PTXH"),
        T("Thursday evening", "TIME", "2023-05-11TEV"),
        T("the day", "DATE", "2023-05-11"),
        T("next week", "DATE", "2023-W20"),
        T("this month", "DATE", "2023-05"),
    ],
    events=[
        E("UK confirms it has sent Storm Shadow cruise missiles to Ukraine", "AID", ["United Kingdom", "Ukraine"],
          "2023-05-11TAF", "text", "occurred", "Speaking in the Commons on Thursday afternoon"),
        E("Wallace blames Russia's escalation and strikes on civilian infrastructure", "ACCUSE",
          ["United Kingdom", "Russia"], "2023-05-11TAF", "context", "occurred", "calibrated and proportionate"),
        E("Ukraine gave assurances to use the missiles only on its own territory", "AGREE",
          ["Ukraine", "United Kingdom"], "2023-05-11", "published", "occurred", "He told MPs",
          note="The text gives no day for the assurances; they were reported on the day of the announcement."),
        E("Peskov: the decision requires an adequate military response", "THREATEN",
          ["Dmitry Peskov", "United Kingdom"], "2023-05-11", "context", "occurred", "extremely negative"),
        E("Peskov accuses London of drawing itself deeper into the conflict", "ACCUSE",
          ["Dmitry Peskov", "United Kingdom"], "2023-05-11", "context", "occurred", "He accused London"),
        E("Zelensky thanks Sunak", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom"],
          "2023-05-11TEV", "text", "occurred", "thanked Prime Minister Rishi Sunak"),
        E("Ukraine's counteroffensive to be launched after more equipment arrives", "ASSAULT", ["Ukraine", "Russia"],
          "2023-05-11", "published", "planned", "Earlier in the day",
          note="No date is given for the counteroffensive (it began in early June 2023)."),
        E("Zelensky appeals for fighter jets and a jet coalition", "REQUEST", ["Volodymyr Zelensky"],
          "2023-05-11", "context", "occurred", "jet coalition"),
        E("Washington has no plans to send ATACMS", "REJECT", ["United States", "Ukraine"],
          "2023-05-11", "published", "occurred", "The White House said"),
        E("Germany not considering supplying Taurus", "REJECT", ["Germany", "Ukraine"],
          "2023-05-11", "published", "occurred", "German government spokesman"),
        E("UK coordinated the delivery closely with France", "CONSULT", ["United Kingdom", "France"],
          "2023-05-11", "published", "occurred", "A senior government source"),
        E("Sunak to attend the Council of Europe summit in Reykjavik", "CONSULT", ["United Kingdom"],
          "2023-W20", "text", "planned", "travel to Reykjavik",
          note="The Council of Europe is not canonical."),
        E("Virtual meeting of the Ukraine Defence Contact Group", "CONSULT", ["United Kingdom", "Ukraine"],
          "2023-05", "text", "planned", "virtual meeting of the Ukraine Defence Contact Group"),
    ],
    statements=[
        S("United Kingdom", "Wallace confirms Britain is the first to supply long-range cruise missiles", "2023-05-11",
          "text", "confirmed today"),
        S("United Kingdom", "Some Storm Shadow missiles are going into or are in Ukraine", "2023-05-11TAF", "text",
          "Speaking in the Commons on Thursday afternoon"),
        S("United Kingdom", "The donation is a calibrated response to Russia's escalations", "2023-05-11TAF", "context",
          "calibrated and proportionate"),
        S("United Kingdom", "Ukraine gave assurances to use the missiles on its own territory only", "2023-05-11TAF",
          "context", "He told MPs"),
        S("Kremlin", "The Kremlin reacted within hours", "2023-05-11", "published", "The Kremlin reacted within hours."),
        S("Dmitry Peskov", "Extremely negative decision requiring an adequate military response", "2023-05-11",
          "context", "extremely negative"),
        S("Dmitry Peskov", "London is drawing itself ever deeper into the conflict", "2023-05-11", "context",
          "He accused London"),
        S("Russia", "Russian air defences can intercept the missiles", "2023-05-11", "published",
          "Russia's defence ministry said"),
        S("Volodymyr Zelensky", "Thanks Sunak", "2023-05-11TEV", "text", "thanked Prime Minister Rishi Sunak"),
        S("Volodymyr Zelensky", "Ukraine needs a bit more time before the counteroffensive", "2023-05-11", "text",
          "Earlier in the day"),
        S("Volodymyr Zelensky", "Renews appeal for fighter jets and a jet coalition", "2023-05-11", "context",
          "jet coalition"),
        S("White House", "A sovereign UK decision; no US plans to send ATACMS", "2023-05-11", "published",
          "The White House said"),
        S("Germany", "Not considering supplying Taurus", "2023-05-11", "published", "German government spokesman"),
        S("United Kingdom", "The UK coordinated closely with France", "2023-05-11", "published",
          "A senior government source"),
    ],
    actors=["United Kingdom", "Ukraine", "Russia", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Volodymyr Zelensky",
            "White House", "United States", "Germany", "France"],
)

EN02 = dict(
    id="b43en02_cluster_munitions_decision_2023_07",
    lang="en",
    published="2023-07-08",
    body="""
Biden defends 'very difficult decision' to send cluster munitions to Ukraine

President Joe Biden said Friday that sending cluster munitions to Ukraine was "a very difficult decision," but that Kyiv was running out of artillery ammunition.
The weapons are part of a new $800 million military aid package announced by the Pentagon on Friday, the 42nd drawdown of U.S. equipment for Ukraine since August 2021.
National security adviser Jake Sullivan told reporters at the White House that the administration had deferred the decision "for as long as we could," and that Ukraine had provided written assurances on how the munitions would be used.
Kyiv has pledged not to fire them in Russia or in urban areas, and to record where they are used to ease demining after the war.

The move drew criticism from several allies that have signed a 2008 treaty banning the weapons.
British Prime Minister Rishi Sunak said on Saturday that the United Kingdom "discourages their use," while stressing that London would keep supporting Ukraine.
Spain's defense minister said her country opposed sending cluster bombs to anyone, and Canada said it did not support their use.
Germany, which will not supply such munitions itself, said it understood the U.S. position.

Ukrainian President Volodymyr Zelenskyy thanked Biden for what he called a "timely, broad and much-needed" package.
Russia's ambassador to the United States, Anatoly Antonov, called the decision "cynical" and said Washington would bear responsibility for civilian deaths.
Foreign ministry spokeswoman Maria Zakharova described it as an act of desperation and a sign that Ukraine's counteroffensive was failing.

The debate is expected to follow Biden to Europe.
He leaves Sunday for London, where he will meet Sunak and King Charles III, before attending the NATO summit in Vilnius on Tuesday and Wednesday.
Ukraine is pressing for an invitation to join the alliance there, but Biden said in an interview with CNN on Friday that Ukraine was "not ready" for membership.
""",
    timexes=[
        T("Friday", "DATE", "2023-07-07"),
        T("Friday", "DATE", "2023-07-07", n=1),
        T("August 2021", "DATE", "2021-08"),
        T("2008", "DATE", "2008"),
        T("Saturday", "DATE", "2023-07-08"),
        T("Sunday", "DATE", "2023-07-09"),
        T("Tuesday", "DATE", "2023-07-11"),
        T("Wednesday", "DATE", "2023-07-12"),
        T("Friday", "DATE", "2023-07-07", n=2),
    ],
    events=[
        E("Pentagon announces an $800 million package including cluster munitions", "AID",
          ["United States", "Ukraine"], "2023-07-07", "text", "occurred", "announced by the Pentagon on Friday"),
        E("US drawdowns of equipment for Ukraine since August 2021", "AID", ["United States", "Ukraine"],
          "2021-08", "text", "occurred", "announced by the Pentagon on Friday", date_mod="START",
          note="42 drawdowns summed up with their start."),
        E("Ukraine pledges how it will use the cluster munitions", "AGREE", ["Ukraine", "United States"],
          "2023-07-08", "published", "occurred", "Kyiv has pledged",
          note="The written assurances mentioned by Sullivan; no day in the text."),
        E("Sunak: the UK discourages the use of cluster munitions", "REQUEST", ["United Kingdom", "Ukraine"],
          "2023-07-08", "text", "occurred", "Rishi Sunak said on Saturday"),
        E("Sunak: London will keep supporting Ukraine", "AGREE", ["United Kingdom", "Ukraine"],
          "2023-07-08", "text", "occurred", "Rishi Sunak said on Saturday"),
        E("Spain and Canada oppose the US decision", "REJECT", ["United States"],
          "2023-07-08", "published", "occurred", "Spain's defense minister",
          note="Spain and Canada are not canonical; only the target is kept."),
        E("Germany will not supply cluster munitions itself", "REJECT", ["Germany", "Ukraine"],
          "2023-07-08", "published", "occurred", "which will not supply such munitions"),
        E("Germany says it understands the US position", "SUPPORT", ["Germany", "United States"],
          "2023-07-08", "published", "occurred", "which will not supply such munitions"),
        E("Zelenskyy thanks Biden for the package", "SUPPORT", ["Volodymyr Zelensky", "Joe Biden"],
          "2023-07-08", "published", "occurred", "timely, broad"),
        E("Antonov calls the decision cynical and blames Washington for civilian deaths", "ACCUSE",
          ["Russia", "United States"], "2023-07-08", "published", "occurred", "Anatoly Antonov"),
        E("Zakharova calls the decision an act of desperation", "ACCUSE", ["Maria Zakharova", "United States"],
          "2023-07-08", "published", "occurred", "act of desperation"),
        E("Biden to travel to London to meet Sunak and King Charles", "CONSULT", ["Joe Biden", "United Kingdom"],
          "2023-07-09", "text", "planned", "He leaves Sunday for London",
          note="Departure on Sunday; the meetings in London followed on Monday, 10 July."),
        E("NATO summit in Vilnius", "CONSULT", ["Joe Biden", "NATO"],
          "2023-07-11", "text", "planned", "He leaves Sunday for London", note="Tuesday and Wednesday, 11-12 July."),
        E("Ukraine presses for an invitation to join NATO", "REQUEST", ["Ukraine", "NATO"],
          "2023-07-08", "published", "occurred", "Ukraine is pressing for an invitation",
          note="An ongoing demand with no start in the text."),
        E("Biden: Ukraine not ready for NATO membership", "REJECT", ["Joe Biden", "Ukraine", "NATO"],
          "2023-07-07", "text", "occurred", "Ukraine is pressing for an invitation"),
    ],
    statements=[
        S("Joe Biden", "Sending cluster munitions was a very difficult decision; Kyiv is running out of ammunition",
          "2023-07-07", "text", "President Joe Biden said Friday"),
        S("United States", "Pentagon announces the $800 million package", "2023-07-07", "text",
          "announced by the Pentagon on Friday"),
        S("United States", "Sullivan: decision deferred as long as possible; Ukraine gave written assurances",
          "2023-07-07", "context", "Jake Sullivan told reporters"),
        S("United Kingdom", "Sunak: the UK discourages their use but will keep supporting Ukraine", "2023-07-08", "text",
          "Rishi Sunak said on Saturday"),
        S("Germany", "Will not supply such munitions but understands the US position", "2023-07-08", "published",
          "which will not supply such munitions"),
        S("Volodymyr Zelensky", "Thanks Biden for a timely, broad and much-needed package", "2023-07-08", "published",
          "timely, broad"),
        S("Russia", "Antonov: the decision is cynical; Washington bears responsibility for civilian deaths",
          "2023-07-08", "published", "Anatoly Antonov"),
        S("Maria Zakharova", "An act of desperation; the counteroffensive is failing", "2023-07-08", "published",
          "act of desperation"),
        S("Joe Biden", "Ukraine is not ready for NATO membership", "2023-07-07", "text",
          "Ukraine is pressing for an invitation"),
    ],
    actors=["Joe Biden", "United States", "Ukraine", "Russia", "United Kingdom", "Germany", "Volodymyr Zelensky",
            "Maria Zakharova", "NATO"],
)

EN03 = dict(
    id="b43en03_romania_patriot_csat_2024_06",
    lang="en",
    published="2024-06-21",
    body="""
CSAT decides to donate a Patriot system to Ukraine; Iohannis withdraws from NATO race

Bucharest, June 21 /AGERPRES/ - Romania will donate one Patriot air defence system to Ukraine, the Supreme Council of National Defence (CSAT) decided on Thursday.
The decision was taken in consultation with allies and is conditional on Romania obtaining a replacement system, the Presidential Administration said in a statement after the meeting chaired by President Klaus Iohannis.
Romania will negotiate with the United States and other partners on "an alternative solution" to keep its own air defence capability intact, the statement said.
Iohannis said Romania could not stand aside while Ukrainian cities were "bombed daily by Russia".

On the same day, the head of state informed NATO allies that he was withdrawing his candidacy for the post of secretary general of the alliance.
The move clears the way for outgoing Dutch prime minister Mark Rutte, who is expected to be appointed by the North Atlantic Council next week.
Outgoing secretary general Jens Stoltenberg welcomed Romania's decision as "an important contribution" ahead of the alliance's summit in Washington, which opens on July 9.

Ukrainian President Volodymyr Zelensky thanked Iohannis and the Romanian people in a message on X on Thursday evening, calling the system "vital for protecting our skies".
In Washington, White House national security spokesman John Kirby announced on Thursday that the United States would prioritise deliveries of Patriot and NASAMS interceptors to Ukraine, pushing back orders from other countries.

Moscow reacted with anger.
Russian foreign ministry spokeswoman Maria Zakharova said Bucharest was "dragging Romania into the conflict" and warned that Romanian territory could face "consequences".
Russian ambassador Vladimir Lipaev was summoned to the Foreign Ministry in Bucharest earlier this month over repeated drone incursions during Russian attacks on Ukrainian Danube ports.

Romania's own Patriot systems, purchased from the United States, have been delivered since 2020 and are stationed near Bucharest.
Defence Minister Angel Tilvar told AGERPRES the donated system would be handed over "in the shortest possible time" once the agreement with allies is in place.
""",
    timexes=[
        T("June 21", "DATE", "2024-06-21"),
        T("Thursday", "DATE", "2024-06-20"),
        T("daily", "SET", "P1D"),
        T("the same day", "DATE", "2024-06-20"),
        T("next week", "DATE", "2024-W26"),
        T("July 9", "DATE", "2024-07-09"),
        T("Thursday evening", "TIME", "2024-06-20TEV"),
        T("Thursday", "DATE", "2024-06-20", n=2),
        T("this month", "DATE", "2024-06"),
        T("2020", "DATE", "2020"),
    ],
    events=[
        E("Romania decides to donate a Patriot system to Ukraine", "AID", ["Ukraine"],
          "2024-06-20", "text", "occurred", "Romania will donate one Patriot",
          note="Romania and its defence council are not canonical; only the recipient is kept."),
        E("Romania to negotiate a replacement system with the United States", "CONSULT", ["United States"],
          "2024-06-21", "published", "planned", "Romania will negotiate with the United States",
          note="No date in the text."),
        E("Iohannis: Ukrainian cities are bombed daily by Russia", "ACCUSE", ["Russia"],
          "2024-06-20", "context", "occurred", "Iohannis said Romania could not stand aside",
          note="The accuser is not canonical; only the target is kept."),
        E("Iohannis informs NATO allies that he withdraws his candidacy for secretary general", "CONSULT", ["NATO"],
          "2024-06-20", "text", "occurred", "On the same day"),
        E("Rutte expected to be appointed NATO secretary general", "AGREE", ["NATO", "Mark Rutte"],
          "2024-W26", "text", "planned", "The move clears the way"),
        E("Stoltenberg welcomes Romania's decision", "SUPPORT", ["Jens Stoltenberg", "Ukraine"],
          "2024-06-21", "published", "occurred", "Jens Stoltenberg welcomed"),
        E("NATO summit in Washington", "CONSULT", ["NATO"],
          "2024-07-09", "text", "planned", "Jens Stoltenberg welcomed"),
        E("Zelensky thanks Iohannis and the Romanian people", "SUPPORT", ["Volodymyr Zelensky"],
          "2024-06-20TEV", "text", "occurred", "message on X",
          note="Iohannis and Romania are not canonical."),
        E("US to prioritise Patriot and NASAMS interceptor deliveries to Ukraine", "AID", ["United States", "Ukraine"],
          "2024-06-20", "text", "occurred", "John Kirby announced"),
        E("Zakharova accuses Bucharest of dragging Romania into the conflict", "ACCUSE", ["Maria Zakharova"],
          "2024-06-21", "published", "occurred", "dragging Romania",
          note="The target (Romania) is not canonical."),
        E("Zakharova warns Romania of consequences", "THREATEN", ["Maria Zakharova"],
          "2024-06-21", "published", "occurred", "dragging Romania"),
        E("Romania summoned the Russian ambassador over drone incursions", "ACCUSE", ["Russia"],
          "2024-06", "text", "occurred", "Vladimir Lipaev was summoned",
          note="The summoning state is not canonical (blind4's summons rule)."),
    ],
    statements=[
        S("Jens Stoltenberg", "Romania's decision is an important contribution", "2024-06-21", "published",
          "Jens Stoltenberg welcomed"),
        S("Volodymyr Zelensky", "Thanks Iohannis; the system is vital for protecting Ukraine's skies", "2024-06-20TEV",
          "text", "message on X"),
        S("White House", "Kirby: the US will prioritise Patriot and NASAMS interceptors for Ukraine", "2024-06-20",
          "text", "John Kirby announced"),
        S("Russia", "Moscow reacted with anger", "2024-06-21", "published", "Moscow reacted with anger."),
        S("Maria Zakharova", "Bucharest is dragging Romania into the conflict; warns of consequences", "2024-06-21",
          "published", "dragging Romania"),
    ],
    actors=["Ukraine", "United States", "Russia", "NATO", "Mark Rutte", "Jens Stoltenberg", "Volodymyr Zelensky",
            "White House", "Maria Zakharova"],
)

EN04 = dict(
    id="b43en04_udcg_brussels_hegseth_absent_2025_06",
    lang="en",
    published="2025-06-05",
    body="""
Hegseth skips Ukraine Defence Contact Group as UK pledges 100,000 drones

The UK will supply Ukraine with 100,000 drones this year, Defence Secretary John Healey announced as he chaired the Ukraine Defence Contact Group at NATO headquarters in Brussels on Wednesday.
It was the first meeting since the group was founded at Ramstein Air Base in April 2022 that a US defence secretary did not attend.
Pete Hegseth was in Brussels for a meeting of NATO defence ministers on Thursday but did not take part in the contact group, and the Pentagon did not join by video link.
Mr Healey, who co-chaired the session with his German counterpart Boris Pistorius, said more than 50 nations had taken part and "the message to Putin is clear: our support will not waver".

The drone package, worth £350 million, is part of the £4.5 billion in military support the UK has committed to Ukraine in 2025.
Mr Pistorius said Germany would finance the production of long-range weapons in Ukraine, following an agreement signed with Kyiv last week.
Norway and the Netherlands announced further funding for air defence, according to a joint statement by the two chairs.
Ukraine's Defence Minister Rustem Umerov, who attended in person, asked partners for more interceptors to protect cities from nightly drone attacks.

The absence of Mr Hegseth was widely seen as a sign of Washington's cooler stance on Ukraine.
A Pentagon spokesman said the United States remained "fully committed to NATO" and that further US contributions to Ukraine were "under review".
NATO Secretary General Mark Rutte played down the absence, telling Forces News that "the Americans are fully engaged" and that European allies were "stepping up".

Moscow was dismissive.
Kremlin spokesman Dmitry Peskov said the drone deliveries showed that European capitals "want the war to continue" and would "not change the situation on the ground".
On Wednesday evening, US President Donald Trump said he had spoken to Vladimir Putin for about an hour and 15 minutes, and that the Russian leader had told him Moscow would respond to Ukraine's weekend drone strikes on its airbases.

Separately, the Ministry of Defence said more than 54,000 Ukrainian recruits have now been trained in the UK under Operation Interflex since 2022.
The next meeting of the contact group is expected in July.
""",
    timexes=[
        T("this year", "DATE", "2025"),
        T("Wednesday", "DATE", "2025-06-04"),
        T("April 2022", "DATE", "2022-04"),
        T("Thursday", "DATE", "2025-06-05"),
        T("2025", "DATE", "2025"),
        T("last week", "DATE", "2025-W22"),
        T("nightly", "SET", "P1D"),
        T("Wednesday evening", "TIME", "2025-06-04TEV"),
        T("about an hour and 15 minutes", "DURATION", "PT1H15M", mod="APPROX"),
        T("weekend", "DATE", "2025-W22-WE"),
        T("now", "DATE", "PRESENT_REF"),
        T("2022", "DATE", "2022", n=1),
        T("July", "DATE", "2025-07"),
    ],
    events=[
        E("UK to supply Ukraine with 100,000 drones this year", "AID", ["United Kingdom", "Ukraine"],
          "2025-06-04", "text", "occurred", "The UK will supply Ukraine"),
        E("Ukraine Defence Contact Group meets at NATO headquarters, chaired by Healey and Pistorius", "CONSULT",
          ["United Kingdom", "Germany", "Ukraine", "Rustem Umerov"], "2025-06-04", "text", "occurred",
          "The UK will supply Ukraine",
          note="Participants named in the article: the two chairs and Umerov."),
        E("Contact group founded at Ramstein", "COOPERATE", ["United States", "Ukraine"],
          "2022-04", "text", "occurred", "It was the first meeting since the group was founded",
          note="Background; the founding meeting was convened by the US defence secretary."),
        E("Hegseth does not take part in the contact group", "CONSULT", ["United States"],
          "2025-06-04", "context", "cancelled", "did not take part in the contact group",
          note="The US defence secretary's participation did not happen."),
        E("NATO defence ministers meet in Brussels with Hegseth", "CONSULT", ["NATO", "United States"],
          "2025-06-05", "text", "occurred", "did not take part in the contact group"),
        E("Healey: support for Ukraine will not waver", "AGREE", ["United Kingdom", "Ukraine"],
          "2025-06-04", "context", "occurred", "our support will not waver"),
        E("Germany to finance long-range weapons production in Ukraine", "AID", ["Germany", "Ukraine"],
          "2025-06-04", "context", "occurred", "Mr Pistorius said"),
        E("Germany and Ukraine signed an agreement on long-range weapons", "AGREE", ["Germany", "Ukraine"],
          "2025-W22", "text", "occurred", "Mr Pistorius said"),
        E("Norway and the Netherlands announce air-defence funding for Ukraine", "AID", ["Ukraine"],
          "2025-06-04", "context", "occurred", "according to a joint statement",
          note="Norway and the Netherlands are not canonical."),
        E("Umerov asks partners for more interceptors", "REQUEST", ["Rustem Umerov"],
          "2025-06-04", "context", "occurred", "who attended in person"),
        E("Pentagon: the US remains fully committed to NATO", "AGREE", ["United States", "NATO"],
          "2025-06-05", "published", "occurred", "A Pentagon spokesman said"),
        E("Further US contributions to Ukraine under review", "AID", ["United States", "Ukraine"],
          "2025-06-05", "published", "uncertain", "A Pentagon spokesman said"),
        E("Peskov: drone deliveries show Europeans want the war to continue", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2025-06-05", "published", "occurred", "want the war to continue"),
        E("Trump and Putin speak by phone", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-06-04", "context", "occurred", "On Wednesday evening",
          note="Trump reported the call on Wednesday evening."),
        E("Putin says Moscow will respond to Ukraine's drone strikes", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2025-06-04", "context", "occurred", "On Wednesday evening"),
        E("Ukraine's drone strikes on Russian airbases", "ASSAULT", ["Ukraine", "Russia"],
          "2025-W22-WE", "text", "occurred", "On Wednesday evening"),
        E("UK has trained Ukrainian recruits under Operation Interflex", "AID", ["United Kingdom", "Ukraine"],
          "2022", "text", "occurred", "Operation Interflex", date_mod="START"),
        E("Next contact group meeting", "CONSULT", ["United Kingdom", "Germany", "Ukraine"],
          "2025-07", "text", "planned", "The next meeting of the contact group"),
    ],
    statements=[
        S("United Kingdom", "Healey announces 100,000 drones for Ukraine this year", "2025-06-04", "text",
          "The UK will supply Ukraine"),
        S("United Kingdom", "Healey: more than 50 nations took part; support will not waver", "2025-06-04", "context",
          "our support will not waver"),
        S("Germany", "Pistorius: Germany will finance long-range weapons production in Ukraine", "2025-06-04",
          "context", "Mr Pistorius said"),
        S("Joint statement: United Kingdom, Germany", "Norway and the Netherlands announce air-defence funding",
          "2025-06-04", "context", "according to a joint statement"),
        S("Rustem Umerov", "Asks partners for more interceptors against nightly drone attacks", "2025-06-04",
          "context", "who attended in person"),
        S("United States", "Fully committed to NATO; further contributions to Ukraine under review", "2025-06-05",
          "published", "A Pentagon spokesman said"),
        S("Mark Rutte", "The Americans are fully engaged; European allies are stepping up", "2025-06-05", "published",
          "played down the absence"),
        S("Russia", "Moscow was dismissive", "2025-06-05", "published", "Moscow was dismissive."),
        S("Dmitry Peskov", "Drone deliveries show Europeans want the war to continue", "2025-06-05", "published",
          "want the war to continue"),
        S("Donald Trump", "Spoke with Putin for about an hour and 15 minutes", "2025-06-04TEV", "text",
          "On Wednesday evening"),
        S("Vladimir Putin, via Donald Trump", "Moscow will respond to Ukraine's drone strikes", "2025-06-04", "context",
          "On Wednesday evening"),
        S("United Kingdom", "More than 54,000 recruits trained under Operation Interflex", "2025-06-05", "published",
          "Operation Interflex"),
    ],
    actors=["United Kingdom", "Ukraine", "NATO", "United States", "Germany", "Vladimir Putin", "Rustem Umerov",
            "Mark Rutte", "Russia", "Kremlin", "Dmitry Peskov", "European Union", "Donald Trump"],
)

EN05 = dict(
    id="b43en05_thales_belfast_zelensky_starmer_2026_05",
    lang="en",
    published="2026-05-21",
    body="""
Zelensky and Starmer in Belfast as Thales deal brings missile production to Ukraine

Volodymyr Zelensky became the first Ukrainian president to visit Northern Ireland yesterday, touring the Thales air defence factory in east Belfast with Prime Minister Sir Keir Starmer.
The two leaders witnessed the signing of an agreement under which Thales and Ukraine's state-owned Ukroboronprom will set up a joint venture to assemble Lightweight Multirole Missiles (LMM) in Ukraine from next year.
The deal also includes a new UK order for a further 10,000 LMMs for Ukraine, worth around £1.2 billion, to be built in Belfast over the next three years.
It builds on the £1.6 billion contract for 5,000 missiles agreed in March last year, which secured around 200 jobs at the site.

Sir Keir said the agreement showed that "Belfast-built missiles are protecting Ukrainian skies every night".
"We will stand with Ukraine for as long as it takes, and we will help it build the defences it needs," he said.
Mr Zelensky thanked the workforce and said Ukraine needed "thousands more interceptors" before the winter.
He also urged European partners to use frozen Russian assets to pay for air defence, saying: "Russia must pay for the destruction it causes."

First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly met the two leaders at Stormont Castle earlier in the day.
Mrs Little-Pengelly called the visit "a proud day for Northern Ireland's manufacturing sector".

Russia's foreign ministry reacted sharply.
Spokeswoman Maria Zakharova said Britain was "the main sponsor of the Kyiv regime's war" and that any factory in Ukraine producing Western missiles would be a "legitimate target".
Kremlin spokesman Dmitry Peskov said London was "doing everything to prevent a peaceful settlement".

The visit comes as efforts to reach a ceasefire remain stalled after a round of US-brokered talks between Russian and Ukrainian delegations in Abu Dhabi ended without agreement earlier this month.
Downing Street said Sir Keir would speak to President Donald Trump later this week about "next steps towards a just and lasting peace".
Mr Zelensky was due to fly on to Warsaw this morning for talks with Polish Prime Minister Donald Tusk.
""",
    timexes=[
        T("yesterday", "DATE", "2026-05-20"),
        T("next year", "DATE", "2027"),
        T("the next three years", "DURATION", "P3Y"),
        T("March last year", "DATE", "2025-03"),
        T("every night", "SET", "P1D"),
        T("the winter", "DATE", "2026-WI"),
        T("the day", "DATE", "2026-05-20"),
        T("this month", "DATE", "2026-05"),
        T("this week", "DATE", "2026-W21"),
        T("this morning", "TIME", "2026-05-21TMO"),
    ],
    events=[
        E("Zelensky visits the Thales factory in Belfast with Starmer", "CONSULT",
          ["Volodymyr Zelensky", "Keir Starmer"], "2026-05-20", "text", "occurred", "became the first Ukrainian president"),
        E("Agreement on a Thales-Ukroboronprom joint venture signed in the leaders' presence", "AGREE",
          ["Ukraine", "Keir Starmer", "Volodymyr Zelensky"], "2026-05-20", "context", "occurred",
          "The two leaders witnessed the signing",
          note="Thales is a company; the state company Ukroboronprom counts as Ukraine."),
        E("Joint venture to assemble LMM missiles in Ukraine", "COOPERATE", ["Ukraine"],
          "2027", "text", "planned", "The two leaders witnessed the signing", date_mod="START"),
        E("New UK order of 10,000 missiles for Ukraine", "AID", ["United Kingdom", "Ukraine"],
          "2026-05-20", "context", "occurred", "a new UK order"),
        E("UK contract for 5,000 missiles for Ukraine", "AID", ["United Kingdom", "Ukraine"],
          "2025-03", "text", "occurred", "It builds on the"),
        E("Starmer: the UK will stand with Ukraine and help build its defences", "AGREE", ["Keir Starmer", "Ukraine"],
          "2026-05-20", "context", "occurred", "We will stand with Ukraine"),
        E("Zelensky: Ukraine needs thousands more interceptors before winter", "REQUEST", ["Volodymyr Zelensky"],
          "2026-05-20", "context", "occurred", "thousands more interceptors"),
        E("Zelensky urges Europeans to use frozen Russian assets for air defence", "REQUEST",
          ["Volodymyr Zelensky", "European Union", "Russia"], "2026-05-20", "context", "occurred",
          "frozen Russian assets"),
        E("Northern Ireland's first ministers meet Zelensky and Starmer at Stormont", "CONSULT",
          ["Volodymyr Zelensky", "Keir Starmer"], "2026-05-20", "text", "occurred", "Stormont Castle",
          note="The Northern Ireland office-holders are not canonical."),
        E("Zakharova calls Britain the main sponsor of the war", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
          "2026-05-21", "published", "occurred", "main sponsor"),
        E("Zakharova: factories in Ukraine producing Western missiles are legitimate targets", "THREATEN",
          ["Maria Zakharova", "Ukraine"], "2026-05-21", "published", "occurred", "main sponsor"),
        E("Peskov accuses London of blocking a peaceful settlement", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
          "2026-05-21", "published", "occurred", "doing everything to prevent"),
        E("US-brokered Russia-Ukraine talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-05", "text", "occurred", "US-brokered talks"),
        E("Abu Dhabi talks end without agreement", "REJECT", ["Russia", "Ukraine"],
          "2026-05", "text", "occurred", "US-brokered talks"),
        E("Starmer to speak to Trump", "CONSULT", ["Keir Starmer", "Donald Trump"],
          "2026-W21", "text", "planned", "Downing Street said"),
        E("Zelensky to hold talks with Tusk in Warsaw", "CONSULT", ["Volodymyr Zelensky", "Donald Tusk"],
          "2026-05-21TMO", "text", "planned", "fly on to Warsaw"),
    ],
    statements=[
        S("Keir Starmer", "Belfast-built missiles are protecting Ukrainian skies every night", "2026-05-20", "context",
          "Belfast-built missiles"),
        S("Keir Starmer", "The UK will stand with Ukraine and help it build its defences", "2026-05-20", "context",
          "We will stand with Ukraine"),
        S("Volodymyr Zelensky", "Ukraine needs thousands more interceptors before the winter", "2026-05-20", "context",
          "thousands more interceptors"),
        S("Volodymyr Zelensky", "Europeans should use frozen Russian assets; Russia must pay", "2026-05-20", "context",
          "frozen Russian assets"),
        S("Russia", "The foreign ministry reacted sharply", "2026-05-21", "published", "reacted sharply"),
        S("Maria Zakharova", "Britain is the main sponsor of the war; factories are legitimate targets", "2026-05-21",
          "published", "main sponsor"),
        S("Dmitry Peskov", "London is doing everything to prevent a peaceful settlement", "2026-05-21", "published",
          "doing everything to prevent"),
        S("United Kingdom", "Starmer will speak to Trump about next steps towards peace", "2026-05-21", "published",
          "Downing Street said"),
    ],
    actors=["Volodymyr Zelensky", "Keir Starmer", "Ukraine", "United Kingdom", "European Union", "Russia",
            "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Donald Trump", "Donald Tusk", "Poland"],
)

EN06 = dict(
    id="b43en06_eu_loan_first_tranche_2026_04",
    lang="en",
    published="2026-04-16",
    body="""
EU pays first EUR 15 bln tranche of loan to Ukraine; US objects to 'European preference'

Kyiv. April 16 (Interfax-Ukraine) - The European Union on Wednesday transferred the first tranche of EUR 15 billion under its EUR 90 billion loan to Ukraine for 2026 and 2027, Prime Minister Yulia Svyrydenko has said.
"The funds have already been credited to the state budget and will be used first of all for air defence, drones and ammunition," Svyrydenko wrote on Telegram on Thursday morning.
EU leaders agreed on the loan at a summit in Brussels in December, after Belgium blocked a plan to finance Ukraine directly from immobilised Russian central bank assets.
Under the terms of the loan, at least two thirds of the money spent on weapons must go to manufacturers in the EU, the European Economic Area or Ukraine.

The so-called European preference has triggered a dispute with Washington.
U.S. Ambassador to NATO Matthew Whitaker said on Tuesday that the rule "discriminates against American industry" and could slow deliveries of Patriot systems that European allies buy for Ukraine through NATO's PURL mechanism.
Secretary of State Marco Rubio raised the issue with EU foreign policy chief Kaja Kallas in a phone call on Wednesday, the State Department said.
Kallas rejected the criticism, telling reporters in Luxembourg that Europe "has every right to invest European taxpayers' money in European defence".
She added that purchases from the United States remained possible where no European alternative was available.

Ukraine's Defence Ministry said it had signed the first contracts financed from the loan, with Ukrainian drone producers and with Germany's Diehl Defence for IRIS-T missiles.
President Volodymyr Zelensky thanked the EU in his nightly address on Wednesday and called on Washington and Brussels to "settle this quickly, because every week of delay costs lives".

Moscow responded with scorn.
Kremlin spokesman Dmitry Peskov said the loan would "only prolong the agony" and that Europe was "borrowing money to continue a lost war".
Russian Foreign Ministry spokeswoman Maria Zakharova warned that Moscow would respond to any attempt to seize Russian assets, which remain immobilised in the EU.

The second tranche is expected in July, subject to reforms agreed with the European Commission.
""",
    timexes=[
        T("April 16", "DATE", "2026-04-16"),
        T("Wednesday", "DATE", "2026-04-15"),
        T("2026", "DATE", "2026"),
        T("2027", "DATE", "2027"),
        T("Thursday morning", "TIME", "2026-04-16TMO"),
        T("December", "DATE", "2025-12"),
        T("Tuesday", "DATE", "2026-04-14"),
        T("Wednesday", "DATE", "2026-04-15", n=1),
        T("nightly", "SET", "P1D"),
        T("Wednesday", "DATE", "2026-04-15", n=2),
        T("every week", "SET", "P1W"),
        T("July", "DATE", "2026-07"),
    ],
    events=[
        E("EU transfers the first 15-billion-euro tranche of its loan to Ukraine", "AID",
          ["European Union", "Ukraine"], "2026-04-15", "text", "occurred", "The European Union on Wednesday"),
        E("EU leaders agreed on the 90-billion-euro loan", "AID", ["European Union", "Ukraine"],
          "2025-12", "text", "occurred", "EU leaders agreed on the loan"),
        E("Belgium blocked financing Ukraine from immobilised Russian assets", "REJECT", ["European Union", "Ukraine"],
          "2025-12", "context", "occurred", "EU leaders agreed on the loan",
          note="Belgium is not canonical (blind29's De Wever rule)."),
        E("US ambassador to NATO: the European preference discriminates against US industry", "ACCUSE",
          ["United States", "European Union"], "2026-04-14", "text", "occurred", "Matthew Whitaker said"),
        E("Rubio and Kallas speak by phone about the rule", "CONSULT", ["Marco Rubio", "Kaja Kallas"],
          "2026-04-15", "text", "occurred", "raised the issue"),
        E("Kallas rejects the US criticism", "REJECT", ["Kaja Kallas", "United States"],
          "2026-04-16", "published", "occurred", "Kallas rejected the criticism"),
        E("Ukraine's defence ministry signs the first contracts financed from the loan", "AGREE", ["Ukraine"],
          "2026-04-16", "published", "occurred", "Defence Ministry said",
          note="Contracts with companies (Ukrainian producers, Diehl Defence); no canonical counterpart."),
        E("Zelensky thanks the EU", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
          "2026-04-15", "text", "occurred", "nightly address"),
        E("Zelensky calls on Washington and Brussels to settle the dispute quickly", "REQUEST",
          ["Volodymyr Zelensky", "United States", "European Union"], "2026-04-15", "context", "occurred",
          "nightly address"),
        E("Peskov: the loan only prolongs the agony of a lost war", "ACCUSE", ["Dmitry Peskov", "European Union"],
          "2026-04-16", "published", "occurred", "only prolong the agony"),
        E("Zakharova warns Moscow will respond to any seizure of Russian assets", "THREATEN",
          ["Maria Zakharova", "European Union"], "2026-04-16", "published", "occurred", "Maria Zakharova warned"),
        E("Second tranche of the EU loan expected", "AID", ["European Union", "Ukraine"],
          "2026-07", "text", "planned", "The second tranche"),
    ],
    statements=[
        S("Ukraine", "Svyrydenko: the EU has transferred the first tranche", "2026-04-16", "published", "has said"),
        S("Ukraine", "The funds will be used first for air defence, drones and ammunition", "2026-04-16TMO", "text",
          "credited to the state budget"),
        S("United States", "Whitaker: the rule discriminates against American industry and could slow Patriot deliveries",
          "2026-04-14", "text", "Matthew Whitaker said"),
        S("Marco Rubio", "Raised the European preference with Kallas", "2026-04-15", "text", "raised the issue"),
        S("Kaja Kallas", "Europe has every right to invest in European defence", "2026-04-16", "published",
          "Kallas rejected the criticism"),
        S("Kaja Kallas", "US purchases remain possible where there is no European alternative", "2026-04-16",
          "published", "She added"),
        S("Ukraine", "Defence ministry signed the first contracts financed from the loan", "2026-04-16", "published",
          "Defence Ministry said"),
        S("Volodymyr Zelensky", "Thanks the EU; Washington and Brussels should settle this quickly", "2026-04-15",
          "text", "nightly address"),
        S("Russia", "Moscow responded with scorn", "2026-04-16", "published", "Moscow responded with scorn."),
        S("Dmitry Peskov", "The loan only prolongs the agony; Europe borrows for a lost war", "2026-04-16", "published",
          "only prolong the agony"),
        S("Maria Zakharova", "Moscow will respond to any attempt to seize Russian assets", "2026-04-16", "published",
          "Maria Zakharova warned"),
    ],
    actors=["European Union", "Ukraine", "Russia", "United States", "NATO", "Marco Rubio", "Kaja Kallas", "Germany",
            "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
