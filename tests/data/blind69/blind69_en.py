"""English articles of the blind69 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b69en01 (RBC-Ukraine)
EN01 = """
Yermak and Umerov discuss energy truce with Witkoff and Kellogg; Kremlin says it has seen no proposal

Head of the Office of the President Andriy Yermak and Secretary of the National Security and Defense Council Rustem Umerov held a video call with US Special Envoy Steve Witkoff and Special Envoy for Ukraine Keith Kellogg on Wednesday evening, the Office of the President reported.
According to Yermak, the Ukrainian side presented a proposal for a mutual halt to strikes on energy infrastructure before winter.
"We have agreed on the next steps and on a schedule of contacts for the coming weeks," Yermak wrote on Telegram.

Umerov said a Ukrainian delegation would travel to Washington next week to work out the details with the American team.
A source in the Office of the President told RBC-Ukraine that the proposal also covers attacks on ports and an exchange of all prisoners.
Kellogg told Fox News on Thursday that an energy truce could become "the first brick" of a broader ceasefire and that Washington backed the idea.

The Kremlin responded coolly.
Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow had "not received any proposals" on an energy truce through official channels.
He accused Kyiv of using talk of a truce to "win a pause" and rearm.
Kirill Dmitriev, the Russian president's special envoy for investment and economic cooperation, dismissed the idea on X as "a PR move for Western audiences."

Overnight into Thursday, Russia launched 465 drones and 32 missiles at Ukraine, targeting energy facilities in the Kyiv, Chernihiv and Poltava regions, the Air Force said.
President Volodymyr Zelensky said the attack showed that "Moscow is mocking every diplomatic effort" and urged partners to speed up deliveries of Patriot systems.
Ukrenergo introduced emergency power cuts in five regions on Thursday morning.

Yermak and Witkoff last met in person in New York in mid-September, on the sidelines of the UN General Assembly.
US President Donald Trump said on Monday that he had "sort of" made a decision on Tomahawk missiles for Ukraine but wanted to know how they would be used.
"""

# ---------------------------------------------------------------- b69en02 (European Pravda)
EN02 = """
Sybiha briefs EU ministers on new US draft as Kallas rules out early sanctions relief

Ukrainian Foreign Minister Andrii Sybiha briefed EU foreign ministers in Luxembourg on Monday on the latest version of the US-drafted peace framework, European Pravda reports.
Sybiha told journalists after the meeting that Kyiv and Washington had "narrowed the gaps" on security guarantees, while Russia was "blocking every step towards a ceasefire."
He urged the EU to adopt its 21st sanctions package without delay and to use immobilised Russian assets for Ukraine's defence.
Before the session, Sybiha had breakfast with German Foreign Minister Johann Wadephul and his Polish counterpart Radoslaw Sikorski, who both called for Europe to be given a seat at the negotiating table.

EU High Representative Kaja Kallas said sanctions on Russia would stay in place "until there is a just and lasting peace, not a pause."
Ministers reached political agreement on the package, which lists 118 more shadow-fleet vessels and bans the remaining imports of Russian oil products via third countries, and formal adoption is expected on Friday, Kallas said.

In Washington, the State Department said Secretary of State Marco Rubio had spoken by phone with Sybiha on Sunday ahead of the meeting.
Special Envoy Steve Witkoff is due in Moscow later this week for another meeting with President Vladimir Putin, the Kremlin confirmed.

Kremlin spokesman Dmitry Peskov said on Tuesday that "the Europeans are not a party to these talks" and that Moscow would not discuss any document "written in Brussels."
Russian Foreign Ministry spokeswoman Maria Zakharova accused EU ministers of "prolonging the war with every new package."
She warned that Moscow would answer any seizure of its assets with "mirror measures" against European property in Russia.

Also on Monday, Ukraine and Russia carried out a 150-for-150 prisoner exchange mediated by the United Arab Emirates.
President Volodymyr Zelensky said some of those returned had been in captivity since 2022.
Sybiha is expected to travel to Ankara on Thursday for talks with Turkish Foreign Minister Hakan Fidan on Black Sea navigation.
"""

# ---------------------------------------------------------------- b69en03 (USA TODAY, live updates)
EN03 = """
Russia-Ukraine peace talks live updates: Witkoff, Kushner meet Putin in Moscow

5:20 p.m. ET: President Donald Trump told reporters in the Oval Office that Putin "wants to make a deal" and that he would speak to the Russian leader "very soon."
Trump said he was not ready to lift sanctions on Russia's oil companies "until I see a signature."

4:00 p.m. ET: EU foreign policy chief Kaja Kallas warned Washington against lifting any sanctions "as a reward for talking" and said a deal would need "real pressure" on Moscow.
She spoke after a video call of EU foreign ministers chaired from Brussels.

3:10 p.m. ET: Ukrainian President Volodymyr Zelensky said Witkoff had promised to brief Rustem Umerov, Kyiv's chief negotiator, in person "in the coming days."
"Nobody will trade our land in Moscow," Zelensky said in a video statement.

2:05 p.m. ET: French President Emmanuel Macron and British Prime Minister Keir Starmer spoke by phone with Zelensky and agreed that Europe "must be at the table" when security guarantees are discussed, the Élysée said.

1:30 p.m. ET: Kremlin aide Yuri Ushakov told reporters the talks had been "useful" but brought "no breakthrough" on the territorial question.
He said Putin had accepted a US proposal for a new round of trilateral talks in Abu Dhabi in mid-November.
Kirill Dmitriev, who also took part, said a separate working group would examine resuming direct flights between the two countries.

11:55 a.m. ET: Special envoy Steve Witkoff and Jared Kushner left the Kremlin after nearly five hours of talks with Russian President Vladimir Putin, Russian state media reported.
It was Witkoff's first trip to Moscow since the summer.

9:15 a.m. ET: Kremlin spokesman Dmitry Peskov said ahead of the meeting that Moscow was "open to dialogue" but would "not negotiate under the threat of tariffs."
Trump last week threatened 100% tariffs on countries buying Russian oil if there is no ceasefire by Thanksgiving.

7:00 a.m. ET: Russia struck Kyiv and the Zaporizhzhia region overnight with more than 400 drones and 12 missiles, Ukraine's Air Force said.
At least four people were killed in the capital, Mayor Vitali Klitschko said.
"""

# ---------------------------------------------------------------- b69en04 (LBC)
EN04 = """
Starmer tells LBC Putin is 'stringing Trump along' as envoys head for Geneva

Sir Keir Starmer has accused Vladimir Putin of "stringing along" the White House, as US, Russian and Ukrainian negotiators prepare for another round of talks in Geneva next week.
Speaking to Nick Ferrari on LBC this morning, the Prime Minister said Britain was ready to lead a reassurance force in Ukraine "the day after a ceasefire", but only with American backing.

Nick Ferrari: Prime Minister, Steve Witkoff was in Moscow again last week.
Is Putin serious about peace?

Keir Starmer: I spoke to President Trump on Tuesday evening, and I said to him very directly: Putin is stringing you along.
Every meeting is followed by hundreds of drones over Ukrainian cities.

Nick Ferrari: Did the President agree with you?

Keir Starmer: I won't give a running commentary on private calls, but he was clear that his patience is not unlimited.

Nick Ferrari: The Kremlin says British troops in Ukraine would be a legitimate target.

Keir Starmer: We heard exactly those threats before the invasion in February 2022, and we did not bend then.
We won't bend now.

Nick Ferrari: Will British soldiers be on the ground this year?

Keir Starmer: Not without a ceasefire and not without a clear mandate, and Parliament would have a vote.

Nick Ferrari: Would you sit down with Putin yourself?

Keir Starmer: Not while he is bombing children's hospitals and his envoys are talking about peace.

Kremlin spokesman Dmitry Peskov said on Wednesday that any British or French troops in Ukraine would be "legitimate targets" for Russia's armed forces.
Rustem Umerov, who leads Ukraine's delegation, said the Geneva round would focus on a monitoring mechanism for a future ceasefire.
In Kyiv, President Volodymyr Zelensky welcomed Starmer's words and said Ukraine needed "guarantees that work, not paper."
Witkoff is expected in Kyiv on Saturday before travelling on to Geneva, a US official said.
Downing Street said later that the Prime Minister would host a video call of the coalition of the willing on Monday, with Zelensky expected to join.
"""

# ---------------------------------------------------------------- b69en05 (The Yorkshire Post)
EN05 = """
Zelensky visits Catterick with Starmer as envoys work on 'economic annex' to peace plan

Volodymyr Zelensky has thanked the soldiers of Catterick Garrison for training "tens of thousands" of Ukrainian recruits, during a visit to North Yorkshire with Sir Keir Starmer.
The Ukrainian President and the Prime Minister watched a live-fire exercise on the ranges near Richmond on Wednesday afternoon before holding talks over lunch in the officers' mess.
Sir Keir announced that training under Operation Interflex would continue "for as long as it takes", with a further 10,000 places funded for this year.

Speaking to reporters afterwards, the Prime Minister called on Vladimir Putin to accept the 30-day ceasefire proposed by Washington "without further games."
He said Britain and France stood ready to deploy troops to Ukraine once a ceasefire was in place.
Ukraine's Foreign Minister Andrii Sybiha, who accompanied the President, held separate talks with Foreign Secretary Yvette Cooper on sanctions against Russia's shadow fleet.

The visit came as US and Russian envoys continued work on what Kirill Dmitriev, the Kremlin's special envoy, has called an "economic annex" to the US peace framework.
Dmitriev met Steve Witkoff in Miami over the weekend and said afterwards that the document was "80 per cent ready."
Mr Zelensky told reporters at Catterick that Ukraine would not accept "business deals instead of security" and that any economic arrangement had to follow firm guarantees, not replace them.

The Kremlin was dismissive of the visit.
Kremlin spokesman Dmitry Peskov said on Thursday that Western troops in Ukraine "under any flag" would be unacceptable to Moscow and accused London of "prolonging the conflict."
Overnight, Russian drones hit energy facilities in the Odesa region, Ukrainian officials said.

More than 60,000 Ukrainian recruits have passed through Interflex courses in Britain since the programme began in the summer of 2022, many of them at Catterick.
The garrison's commander said the visit had been "a proud day for the town", and dozens of residents gathered outside the main gate to wave Ukrainian flags as the motorcade left.
"""

# ---------------------------------------------------------------- b69en06 (BNS, Baltic News Service)
EN06 = """
Lithuania rejects Dmitriev's idea of Kaliningrad transit in peace deal

VILNIUS, Sep 8, BNS – Lithuania will not accept any peace arrangement that touches on transit to Russia's Kaliningrad region, Foreign Minister Kęstutis Budrys said on Tuesday, responding to proposals floated by Kremlin envoy Kirill Dmitriev.
Dmitriev told the Russian business daily Kommersant on Monday that the economic part of a settlement should include "unimpeded transit" to Kaliningrad and the lifting of EU sanctions on Belarusian potash.
He said he had discussed the ideas with US envoy Steve Witkoff in Riyadh last month.
"Our territory and our sanctions are not a bargaining chip," Budrys told journalists in Vilnius.

EU foreign policy chief Kaja Kallas, speaking in Tallinn on Tuesday, said sanctions relief was "not Mr Dmitriev's to offer" and accused Moscow of trying "to split the EU along its weakest borders."
Polish Prime Minister Donald Tusk wrote on X that "nobody will trade Europe's borders in Miami or Riyadh."
NATO Secretary General Mark Rutte, visiting the Pabrade training area on Monday, said the allies would "not negotiate about the Suwalki corridor with anyone."
He also met President Gitanas Nauseda, who asked for a permanent rotation of allied air-defence systems in Lithuania.

Kremlin spokesman Dmitry Peskov said on Tuesday that Dmitriev's ideas were "worth considering", but that President Vladimir Putin had not instructed anyone to raise Kaliningrad at the talks.
Belarusian leader Alexander Lukashenko said on Monday that Minsk was ready to join any "economic track" of the negotiations.

Ukrainian President Volodymyr Zelensky, who spoke with Lithuanian President Gitanas Nauseda by phone on Monday evening, said economic arrangements must come "after, not instead of" security guarantees.
Moscow has accused Vilnius of a "blockade" of Kaliningrad since June 2022, when Lithuania began applying EU sanctions to the rail transit of steel and other goods.
The three Baltic foreign ministers are due to coordinate their position in Riga on Friday, ahead of an EU Foreign Affairs Council later this month.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE_ET = "live-blog time, ET"

DOCS = [
    doc(
        "b69en01_yermak_umerov_energy_truce_2025_10", "2025-10-09", EN01,
        [
            T("Wednesday evening", "TIME", "2025-10-08TEV"),
            T("winter", "DATE", "2025-WI"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("next week", "DATE", "2025-W42"),
            T("Thursday", "DATE", "2025-10-09", 0),
            T("Thursday", "DATE", "2025-10-09", 1),
            T("Overnight into Thursday", "TIME", "2025-10-08TNI", note="night of 8 to 9 October"),
            T("Thursday morning", "TIME", "2025-10-09TMO"),
            T("mid-September", "DATE", "2025-09", mod="MID"),
            T("Monday", "DATE", "2025-10-06"),
        ],
        [
            E("Yermak and Umerov hold a video call with Witkoff and Kellogg", "CONSULT",
              ["Andriy Yermak", "Rustem Umerov", "Steve Witkoff", "Keith Kellogg"], "2025-10-08TEV", "text",
              "occurred", "held a video call"),
            E("Ukraine proposes a mutual halt to strikes on energy infrastructure before winter", "REQUEST",
              ["Ukraine", "United States", "Russia"], "2025-10-08TEV", "context", "occurred", "presented a proposal"),
            E("Yermak and the US envoys agree on next steps and a schedule of contacts", "AGREE",
              ["Andriy Yermak", "Steve Witkoff", "Keith Kellogg"], "2025-10-08TEV", "context", "occurred",
              "We have agreed on the next steps"),
            E("Ukrainian delegation to travel to Washington", "CONSULT", ["Ukraine", "United States"], "2025-W42",
              "text", "planned", "would travel to Washington next week"),
            E("Kellogg backs the energy-truce idea", "SUPPORT", ["Keith Kellogg", "Ukraine"], "2025-10-09", "text",
              "occurred", "the first brick"),
            E("Peskov accuses Kyiv of using truce talk to win a pause and rearm", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-10-09", "context", "occurred", "He accused Kyiv"),
            E("Dmitriev dismisses the energy-truce idea as a PR move", "REJECT", ["Kirill Dmitriev", "Ukraine"],
              "2025-10-09", "published", "occurred", "dismissed the idea on X"),
            E("Russian drone and missile attack on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-08TNI", "text", "occurred", "Overnight into Thursday"),
            E("Zelensky: Moscow is mocking every diplomatic effort", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-10-09", "published", "occurred", "Moscow is mocking"),
            E("Zelensky urges partners to speed up Patriot deliveries", "REQUEST", ["Volodymyr Zelensky"],
              "2025-10-09", "published", "occurred", "Moscow is mocking"),
            E("Yermak and Witkoff met in New York", "CONSULT", ["Andriy Yermak", "Steve Witkoff"], "2025-09", "text",
              "occurred", "last met in person", date_mod="MID"),
        ],
        [
            S("Ukraine", "Office of the President: Yermak and Umerov held a video call with Witkoff and Kellogg",
              "2025-10-08TEV", "context", "held a video call"),
            S("Andriy Yermak", "Ukraine proposed a mutual halt to strikes on energy infrastructure before winter",
              "2025-10-08TEV", "context", "presented a proposal"),
            S("Andriy Yermak", "Next steps and a schedule of contacts for the coming weeks agreed", "2025-10-08TEV",
              "context", "We have agreed on the next steps"),
            S("Rustem Umerov", "A Ukrainian delegation will travel to Washington next week", "2025-10-09",
              "published", "would travel to Washington next week"),
            S("Ukraine", "Source: the proposal also covers attacks on ports and an all-for-all exchange", "2025-10-09",
              "published", "A source in the Office"),
            S("Keith Kellogg", "An energy truce could be the first brick of a ceasefire; Washington backs the idea",
              "2025-10-09", "text", "the first brick"),
            S("Kremlin", "The Kremlin responded coolly", "2025-10-09", "published", "responded coolly"),
            S("Dmitry Peskov", "Moscow has received no proposals on an energy truce through official channels",
              "2025-10-09", "text", "not received any proposals"),
            S("Dmitry Peskov", "Kyiv uses talk of a truce to win a pause and rearm", "2025-10-09", "context",
              "He accused Kyiv"),
            S("Kirill Dmitriev", "The idea is a PR move for Western audiences", "2025-10-09", "published",
              "dismissed the idea on X"),
            S("Ukraine", "Air Force: 465 drones and 32 missiles targeted energy facilities", "2025-10-09", "published",
              "the Air Force said"),
            S("Volodymyr Zelensky", "Moscow is mocking every diplomatic effort; partners should speed up Patriots",
              "2025-10-09", "published", "Moscow is mocking"),
            S("Donald Trump", "Has sort of made a decision on Tomahawks but wants to know how they would be used",
              "2025-10-06", "text", "sort of"),
        ],
        ["Andriy Yermak", "Rustem Umerov", "United States", "Steve Witkoff", "Keith Kellogg", "Ukraine", "Russia",
         "Kremlin", "Dmitry Peskov", "Kirill Dmitriev", "Volodymyr Zelensky", "United Nations", "Donald Trump"],
    ),
    doc(
        "b69en02_sybiha_eu_ministers_luxembourg_2026_06", "2026-06-23", EN02,
        [
            T("Monday", "DATE", "2026-06-22", 0),
            T("Friday", "DATE", "2026-06-26"),
            T("Sunday", "DATE", "2026-06-21"),
            T("this week", "DATE", "2026-W26"),
            T("Tuesday", "DATE", "2026-06-23"),
            T("Monday", "DATE", "2026-06-22", 1),
            T("2022", "DATE", "2022"),
            T("Thursday", "DATE", "2026-06-25"),
        ],
        [
            E("Sybiha briefs EU foreign ministers in Luxembourg on the US draft", "CONSULT",
              ["Andrii Sybiha", "European Union"], "2026-06-22", "text", "occurred", "briefed EU foreign ministers"),
            E("Sybiha: Russia is blocking every step towards a ceasefire", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-06-22", "context", "occurred", "narrowed the gaps"),
            E("Sybiha urges the EU to adopt the 21st package and use immobilised Russian assets", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-06-22", "context", "occurred", "He urged the EU"),
            E("Sybiha has breakfast with Wadephul and Sikorski", "CONSULT", ["Andrii Sybiha", "Germany", "Poland"],
              "2026-06-22", "context", "occurred", "had breakfast with"),
            E("Germany and Poland call for a European seat at the negotiating table", "REQUEST", ["Germany", "Poland"],
              "2026-06-22", "context", "occurred", "had breakfast with"),
            E("Kallas: sanctions stay until a just and lasting peace", "REJECT", ["Kaja Kallas", "Russia"],
              "2026-06-22", "context", "occurred", "would stay in place"),
            E("EU ministers reach political agreement on the 21st package", "AGREE", ["European Union"], "2026-06-22",
              "context", "occurred", "reached political agreement"),
            E("Formal adoption of the 21st sanctions package", "SANCTION", ["European Union", "Russia"], "2026-06-26",
              "text", "planned", "reached political agreement"),
            E("Rubio–Sybiha phone call", "CONSULT", ["Marco Rubio", "Andrii Sybiha"], "2026-06-21", "text", "occurred",
              "had spoken by phone with Sybiha"),
            E("Witkoff due in Moscow to meet Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-W26", "text",
              "planned", "is due in Moscow"),
            E("Peskov rejects any document written in Brussels", "REJECT", ["Dmitry Peskov", "European Union"],
              "2026-06-23", "text", "occurred", "are not a party"),
            E("Zakharova accuses EU ministers of prolonging the war", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2026-06-23", "published", "occurred", "prolonging the war"),
            E("Zakharova threatens mirror measures against European property", "THREATEN",
              ["Maria Zakharova", "European Union"], "2026-06-23", "published", "occurred", "mirror measures"),
            E("Ukraine and Russia exchange 150 prisoners each, mediated by the UAE", "CONCEDE", ["Ukraine", "Russia"],
              "2026-06-22", "text", "occurred", "150-for-150"),
            E("Sybiha to hold talks with Fidan in Ankara on Black Sea navigation", "CONSULT",
              ["Andrii Sybiha", "Hakan Fidan"], "2026-06-25", "text", "planned", "travel to Ankara"),
        ],
        [
            S("Andrii Sybiha", "Kyiv and Washington narrowed the gaps; Russia blocks every step towards a ceasefire",
              "2026-06-22", "context", "narrowed the gaps"),
            S("Andrii Sybiha", "Urges adoption of the 21st package and use of immobilised Russian assets",
              "2026-06-22", "context", "He urged the EU"),
            S("Germany", "Wadephul calls for Europe to be given a seat at the negotiating table", "2026-06-22",
              "context", "had breakfast with"),
            S("Poland", "Sikorski calls for Europe to be given a seat at the negotiating table", "2026-06-22",
              "context", "had breakfast with"),
            S("Kaja Kallas", "Sanctions stay in place until a just and lasting peace, not a pause", "2026-06-22",
              "context", "would stay in place"),
            S("Kaja Kallas", "Political agreement on the package; formal adoption expected on Friday", "2026-06-22",
              "context", "reached political agreement"),
            S("United States", "State Department: Rubio spoke by phone with Sybiha on Sunday", "2026-06-23",
              "published", "had spoken by phone with Sybiha"),
            S("Kremlin", "Witkoff is due in Moscow later this week to meet Putin", "2026-06-23", "published",
              "is due in Moscow"),
            S("Dmitry Peskov", "The Europeans are not a party to the talks; no document written in Brussels",
              "2026-06-23", "text", "are not a party"),
            S("Maria Zakharova", "EU ministers prolong the war with every new package", "2026-06-23", "published",
              "prolonging the war"),
            S("Maria Zakharova", "Any seizure of Russian assets will be answered with mirror measures", "2026-06-23",
              "published", "mirror measures"),
            S("Volodymyr Zelensky", "Some of those returned had been held since 2022", "2026-06-23", "published",
              "in captivity since 2022"),
        ],
        ["Ukraine", "Andrii Sybiha", "European Union", "United States", "Russia", "Germany", "Poland", "Kaja Kallas",
         "Marco Rubio", "Steve Witkoff", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Volodymyr Zelensky", "Turkey", "Hakan Fidan"],
    ),
    doc(
        "b69en03_liveblog_witkoff_putin_moscow_2026_10", "2026-10-29", EN03,
        [
            T("5:20 p.m. ET", "TIME", "2026-10-29T17:20", note=LIVE_ET),
            T("very soon", "DATE", "FUTURE_REF"),
            T("4:00 p.m. ET", "TIME", "2026-10-29T16:00", note=LIVE_ET),
            T("3:10 p.m. ET", "TIME", "2026-10-29T15:10", note=LIVE_ET),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("2:05 p.m. ET", "TIME", "2026-10-29T14:05", note=LIVE_ET),
            T("1:30 p.m. ET", "TIME", "2026-10-29T13:30", note=LIVE_ET),
            T("mid-November", "DATE", "2026-11", mod="MID"),
            T("11:55 a.m. ET", "TIME", "2026-10-29T11:55", note=LIVE_ET),
            T("nearly five hours", "DURATION", "PT5H", mod="APPROX"),
            T("the summer", "DATE", "2026-SU"),
            T("9:15 a.m. ET", "TIME", "2026-10-29T09:15", note=LIVE_ET),
            T("last week", "DATE", "2026-W43"),
            T("Thanksgiving", "DATE", "2026-11-26"),
            T("7:00 a.m. ET", "TIME", "2026-10-29T07:00", note=LIVE_ET),
            T("overnight", "TIME", "2026-10-28TNI", note="night of 28 to 29 October"),
        ],
        [
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
              "planned", "would speak to the Russian leader"),
            E("Trump not ready to lift sanctions on Russia's oil companies", "REJECT", ["Donald Trump", "Russia"],
              "2026-10-29", "published", "occurred", "not ready to lift sanctions"),
            E("Kallas warns Washington against lifting sanctions as a reward for talking", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-10-29", "published", "occurred", "warned Washington"),
            E("Video call of EU foreign ministers", "CONSULT", ["European Union"], "2026-10-29", "published",
              "occurred", "video call of EU foreign ministers"),
            E("Witkoff promises to brief Umerov in person", "AGREE", ["Steve Witkoff", "Rustem Umerov"], "2026-10-29",
              "published", "occurred", "had promised to brief"),
            E("Witkoff to brief Umerov in person", "CONSULT", ["Steve Witkoff", "Rustem Umerov"], "FUTURE_REF", "vague",
              "planned", "had promised to brief"),
            E("Zelensky: nobody will trade Ukraine's land in Moscow", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-10-29", "published", "occurred", "Nobody will trade our land"),
            E("Macron and Starmer phone Zelensky", "CONSULT", ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"],
              "2026-10-29", "published", "occurred", "spoke by phone with Zelensky"),
            E("Macron and Starmer: Europe must be at the table on security guarantees", "REQUEST",
              ["Emmanuel Macron", "Keir Starmer"], "2026-10-29", "published", "occurred",
              "spoke by phone with Zelensky"),
            E("No breakthrough on the territorial question in the Kremlin talks", "REJECT", ["Russia", "United States"],
              "2026-10-29", "published", "occurred", "no breakthrough"),
            E("Putin accepts a US proposal for a new trilateral round", "AGREE", ["Vladimir Putin", "United States"],
              "2026-10-29", "published", "occurred", "accepted a US proposal"),
            E("New round of trilateral talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"], "2026-11",
              "text", "planned", "accepted a US proposal", date_mod="MID"),
            E("Working group on resuming direct flights", "COOPERATE", ["Russia", "United States"], "2026-10-29",
              "published", "planned", "separate working group"),
            E("Witkoff and Kushner hold nearly five hours of talks with Putin in the Kremlin", "CONSULT",
              ["Steve Witkoff", "Vladimir Putin"], "2026-10-29", "published", "occurred", "left the Kremlin"),
            E("Peskov: Moscow open to dialogue", "AGREE", ["Dmitry Peskov", "United States"], "2026-10-29", "published",
              "occurred", "open to dialogue"),
            E("Peskov: Moscow will not negotiate under the threat of tariffs", "REJECT", ["Dmitry Peskov", "Donald Trump"],
              "2026-10-29", "published", "occurred", "open to dialogue"),
            E("Trump threatens 100% tariffs on buyers of Russian oil if no ceasefire by Thanksgiving", "THREATEN",
              ["Donald Trump", "Russia"], "2026-W43", "text", "occurred", "threatened 100% tariffs",
              note="deadline: Thanksgiving, 26 November 2026"),
            E("Russian drone and missile attack on Kyiv and Zaporizhzhia region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-10-28TNI", "text", "occurred", "Russia struck Kyiv"),
        ],
        [
            S("Donald Trump", "Putin wants to make a deal; will speak to him very soon", "2026-10-29", "published",
              "would speak to the Russian leader"),
            S("Donald Trump", "Not ready to lift sanctions on Russia's oil companies until he sees a signature",
              "2026-10-29", "published", "not ready to lift sanctions"),
            S("Kaja Kallas", "No sanctions relief as a reward for talking; a deal needs real pressure on Moscow",
              "2026-10-29", "published", "warned Washington"),
            S("Volodymyr Zelensky", "Witkoff promised to brief Umerov in person in the coming days", "2026-10-29",
              "published", "had promised to brief"),
            S("Volodymyr Zelensky", "Nobody will trade our land in Moscow", "2026-10-29", "published",
              "Nobody will trade our land"),
            S("France", "Élysée: Macron, Starmer and Zelensky agree Europe must be at the table", "2026-10-29",
              "published", "spoke by phone with Zelensky"),
            S("Yuri Ushakov", "The talks were useful but brought no breakthrough on territory", "2026-10-29",
              "published", "no breakthrough"),
            S("Yuri Ushakov", "Putin accepted a US proposal for a trilateral round in Abu Dhabi in mid-November",
              "2026-10-29", "published", "accepted a US proposal"),
            S("Kirill Dmitriev", "A separate working group will examine resuming direct flights", "2026-10-29",
              "published", "separate working group"),
            S("Dmitry Peskov", "Moscow is open to dialogue but will not negotiate under the threat of tariffs",
              "2026-10-29", "published", "open to dialogue"),
            S("Donald Trump", "Threatens 100% tariffs on buyers of Russian oil if no ceasefire by Thanksgiving",
              "2026-W43", "text", "threatened 100% tariffs"),
            S("Ukraine", "Air Force: more than 400 drones and 12 missiles overnight", "2026-10-29", "published",
              "Russia struck Kyiv"),
            S("Ukraine", "Klitschko: at least four killed in Kyiv", "2026-10-29", "published", "Mayor Vitali Klitschko"),
        ],
        ["Russia", "Ukraine", "Steve Witkoff", "Vladimir Putin", "Donald Trump", "Kaja Kallas", "European Union",
         "United States", "Volodymyr Zelensky", "Rustem Umerov", "Emmanuel Macron", "France", "Keir Starmer",
         "United Kingdom", "Kremlin", "Yuri Ushakov", "Kirill Dmitriev", "Dmitry Peskov"],
    ),
    doc(
        "b69en04_lbc_interview_starmer_2026_09", "2026-09-17", EN04,
        [
            T("next week", "DATE", "2026-W39"),
            T("this morning", "TIME", "2026-09-17TMO"),
            T("last week", "DATE", "2026-W37"),
            T("Tuesday evening", "TIME", "2026-09-15TEV"),
            T("February 2022", "DATE", "2022-02"),
            T("now", "DATE", "PRESENT_REF"),
            T("this year", "DATE", "2026"),
            T("Wednesday", "DATE", "2026-09-16"),
            T("Saturday", "DATE", "2026-09-19"),
            T("Monday", "DATE", "2026-09-21"),
        ],
        [
            E("Starmer accuses Putin of stringing the White House along", "ACCUSE", ["Keir Starmer", "Vladimir Putin"],
              "2026-09-17TMO", "context", "occurred", "has accused Vladimir Putin"),
            E("US, Russian and Ukrainian negotiators to meet in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-W39", "text", "planned", "has accused Vladimir Putin"),
            E("Britain ready to lead a reassurance force in Ukraine after a ceasefire", "MOBILIZE",
              ["United Kingdom", "Ukraine"], "2026-09-17TMO", "context", "planned", "ready to lead a reassurance force"),
            E("Starmer makes American backing a condition for the force", "REQUEST", ["Keir Starmer", "United States"],
              "2026-09-17TMO", "context", "occurred", "ready to lead a reassurance force"),
            E("Witkoff in Moscow again", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W37", "text", "occurred",
              "was in Moscow again last week"),
            E("Starmer–Trump phone call", "CONSULT", ["Keir Starmer", "Donald Trump"], "2026-09-15TEV", "text",
              "occurred", "I spoke to President Trump"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "We heard exactly those threats"),
            E("Starmer rules out sitting down with Putin while he bombs children's hospitals", "REJECT",
              ["Keir Starmer", "Vladimir Putin"], "2026-09-17TMO", "context", "occurred", "Not while he is bombing"),
            E("Peskov: British or French troops in Ukraine would be legitimate targets", "THREATEN",
              ["Dmitry Peskov", "United Kingdom", "France"], "2026-09-16", "text", "occurred", "legitimate targets"),
            E("Zelensky welcomes Starmer's words", "SUPPORT", ["Volodymyr Zelensky", "Keir Starmer"], "2026-09-17",
              "published", "occurred", "welcomed Starmer"),
            E("Zelensky: Ukraine needs guarantees that work, not paper", "REQUEST", ["Volodymyr Zelensky"],
              "2026-09-17", "published", "occurred", "welcomed Starmer"),
            E("Witkoff expected in Kyiv before Geneva", "CONSULT", ["Steve Witkoff", "Ukraine"], "2026-09-19", "text",
              "planned", "expected in Kyiv on Saturday"),
            E("Starmer to host a coalition-of-the-willing video call with Zelensky", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky"], "2026-09-21", "text", "planned", "host a video call"),
        ],
        [
            S("Keir Starmer", "Putin is stringing the White House along", "2026-09-17TMO", "context",
              "has accused Vladimir Putin"),
            S("Keir Starmer", "Britain is ready to lead a reassurance force after a ceasefire, only with US backing",
              "2026-09-17TMO", "context", "ready to lead a reassurance force"),
            S("Keir Starmer", "Told Trump on Tuesday evening that Putin is stringing him along", "2026-09-17TMO",
              "context", "I spoke to President Trump"),
            S("Keir Starmer", "Every meeting is followed by hundreds of drones over Ukrainian cities", "2026-09-17TMO",
              "context", "Every meeting is followed"),
            S("Keir Starmer", "No running commentary on private calls", "2026-09-17TMO", "context",
              "running commentary"),
            S("Donald Trump, via Keir Starmer", "His patience is not unlimited", "2026-09-15TEV", "context",
              "running commentary"),
            S("Kremlin", "British troops in Ukraine would be a legitimate target", "2026-09-17", "published",
              "The Kremlin says"),
            S("Keir Starmer", "The same threats were heard before the 2022 invasion; Britain did not bend",
              "2026-09-17TMO", "context", "We heard exactly those threats"),
            S("Keir Starmer", "We won't bend now", "2026-09-17TMO", "context", "We won't bend now"),
            S("Keir Starmer", "No British soldiers without a ceasefire and a clear mandate; Parliament would vote",
              "2026-09-17TMO", "context", "Not without a ceasefire"),
            S("Keir Starmer", "Will not sit down with Putin while he bombs children's hospitals", "2026-09-17TMO",
              "context", "Not while he is bombing"),
            S("Dmitry Peskov", "British or French troops in Ukraine would be legitimate targets", "2026-09-16", "text",
              "legitimate targets"),
            S("Rustem Umerov", "The Geneva round will focus on a monitoring mechanism for a ceasefire", "2026-09-17",
              "published", "monitoring mechanism"),
            S("Volodymyr Zelensky", "Welcomes Starmer's words; Ukraine needs guarantees that work, not paper",
              "2026-09-17", "published", "welcomed Starmer"),
            S("United States", "US official: Witkoff is expected in Kyiv on Saturday before Geneva", "2026-09-17",
              "published", "expected in Kyiv on Saturday"),
            S("United Kingdom", "Starmer will host a coalition video call on Monday with Zelensky", "2026-09-17",
              "published", "host a video call"),
        ],
        ["Keir Starmer", "Vladimir Putin", "White House", "United States", "Russia", "Ukraine", "United Kingdom",
         "Steve Witkoff", "Donald Trump", "Kremlin", "Dmitry Peskov", "France", "Rustem Umerov",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b69en05_catterick_zelensky_starmer_2026_04", "2026-04-09", EN05,
        [
            T("Wednesday afternoon", "TIME", "2026-04-08TAF"),
            T("this year", "DATE", "2026"),
            T("30-day", "DURATION", "P30D"),
            T("the weekend", "DATE", "2026-W14-WE"),
            T("Thursday", "DATE", "2026-04-09"),
            T("Overnight", "TIME", "2026-04-08TNI", note="night of 8 to 9 April"),
            T("the summer of 2022", "DATE", "2022-SU"),
        ],
        [
            E("Zelensky thanks Catterick's soldiers for training Ukrainian recruits", "SUPPORT",
              ["Volodymyr Zelensky", "United Kingdom"], "2026-04-08TAF", "context", "occurred", "has thanked the soldiers"),
            E("Zelensky and Starmer visit Catterick Garrison and hold talks", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer"], "2026-04-08TAF", "text", "occurred",
              "watched a live-fire exercise"),
            E("Starmer: Interflex training continues, 10,000 more places funded", "AID", ["Keir Starmer", "Ukraine"],
              "2026-04-08TAF", "context", "occurred", "Operation Interflex"),
            E("Starmer calls on Putin to accept the 30-day ceasefire", "REQUEST", ["Keir Starmer", "Vladimir Putin"],
              "2026-04-08TAF", "context", "occurred", "called on Vladimir Putin"),
            E("Britain and France ready to deploy troops to Ukraine after a ceasefire", "MOBILIZE",
              ["United Kingdom", "France", "Ukraine"], "2026-04-08TAF", "context", "planned", "stood ready to deploy"),
            E("Sybiha holds talks with the Foreign Secretary on shadow-fleet sanctions", "CONSULT",
              ["Andrii Sybiha", "United Kingdom"], "2026-04-08TAF", "context", "occurred", "held separate talks"),
            E("Dmitriev meets Witkoff in Miami on the economic annex", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2026-W14-WE", "text", "occurred", "met Steve Witkoff in Miami"),
            E("Zelensky rejects business deals instead of security", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-04-08TAF", "context", "occurred", "business deals instead of security"),
            E("Zelensky: economic arrangements must follow firm guarantees", "REQUEST", ["Volodymyr Zelensky"],
              "2026-04-08TAF", "context", "occurred", "business deals instead of security"),
            E("Peskov: Western troops in Ukraine under any flag unacceptable", "REJECT",
              ["Dmitry Peskov", "United Kingdom", "France"], "2026-04-09", "text", "occurred", "under any flag"),
            E("Peskov accuses London of prolonging the conflict", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2026-04-09", "text", "occurred", "under any flag"),
            E("Russian drones hit energy facilities in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-04-08TNI", "text", "occurred", "Overnight, Russian drones"),
            E("British training of Ukrainian recruits under Interflex", "AID", ["United Kingdom", "Ukraine"], "2022-SU",
              "text", "occurred", "More than 60,000", date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Catterick's soldiers for training tens of thousands of recruits",
              "2026-04-08TAF", "context", "has thanked the soldiers"),
            S("Keir Starmer", "Interflex training continues as long as it takes; 10,000 more places this year",
              "2026-04-08TAF", "context", "Operation Interflex"),
            S("Keir Starmer", "Putin must accept the 30-day ceasefire without further games", "2026-04-08TAF",
              "context", "called on Vladimir Putin"),
            S("Keir Starmer", "Britain and France stand ready to deploy troops once a ceasefire is in place",
              "2026-04-08TAF", "context", "stood ready to deploy"),
            S("Kirill Dmitriev", "The economic annex is 80 per cent ready", "2026-W14-WE", "context",
              "met Steve Witkoff in Miami"),
            S("Volodymyr Zelensky", "No business deals instead of security; economic arrangements must follow guarantees",
              "2026-04-08TAF", "context", "business deals instead of security"),
            S("Kremlin", "The Kremlin was dismissive of the visit", "2026-04-09", "published", "was dismissive"),
            S("Dmitry Peskov", "Western troops in Ukraine under any flag are unacceptable; London prolongs the conflict",
              "2026-04-09", "text", "under any flag"),
            S("Ukraine", "Officials: Russian drones hit energy facilities in the Odesa region", "2026-04-09",
              "published", "Ukrainian officials said"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Keir Starmer", "United Kingdom", "Vladimir Putin", "United States",
         "France", "Andrii Sybiha", "Russia", "Kirill Dmitriev", "Kremlin", "Steve Witkoff",
         "Dmitry Peskov"],
    ),
    doc(
        "b69en06_bns_kaliningrad_transit_2026_09", "2026-09-08", EN06,
        [
            T("Sep 8", "DATE", "2026-09-08"),
            T("Tuesday", "DATE", "2026-09-08", 0),
            T("Monday", "DATE", "2026-09-07", 0),
            T("last month", "DATE", "2026-08"),
            T("Tuesday", "DATE", "2026-09-08", 1),
            T("Monday", "DATE", "2026-09-07", 1),
            T("Tuesday", "DATE", "2026-09-08", 2),
            T("Monday", "DATE", "2026-09-07", 2),
            T("Monday evening", "TIME", "2026-09-07TEV"),
            T("June 2022", "DATE", "2022-06"),
            T("Friday", "DATE", "2026-09-11"),
            T("this month", "DATE", "2026-09"),
        ],
        [
            E("Lithuania rejects Dmitriev's proposals on Kaliningrad transit", "REJECT", ["Kirill Dmitriev"],
              "2026-09-08", "text", "occurred", "Lithuania will not accept"),
            E("Dmitriev proposes Kaliningrad transit and lifting EU sanctions on Belarusian potash", "REQUEST",
              ["Kirill Dmitriev", "European Union"], "2026-09-07", "text", "occurred", "told the Russian business daily"),
            E("Dmitriev and Witkoff discussed the ideas in Riyadh", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2026-08", "text", "occurred", "in Riyadh last month"),
            E("Kallas: sanctions relief is not Dmitriev's to offer", "REJECT", ["Kaja Kallas", "Kirill Dmitriev"],
              "2026-09-08", "text", "occurred", "not Mr Dmitriev"),
            E("Kallas accuses Moscow of trying to split the EU", "ACCUSE", ["Kaja Kallas", "Russia"], "2026-09-08",
              "text", "occurred", "not Mr Dmitriev"),
            E("Tusk: nobody will trade Europe's borders", "REJECT", ["Donald Tusk", "Russia"], "2026-09-08",
              "published", "occurred", "nobody will trade"),
            E("Rutte: allies will not negotiate about the Suwalki corridor", "REJECT", ["Mark Rutte", "Russia"],
              "2026-09-07", "text", "occurred", "Suwalki"),
            E("Rutte meets Lithuania's president", "CONSULT", ["Mark Rutte"], "2026-09-07", "context", "occurred",
              "He also met President Gitanas Nauseda"),
            E("Lithuania asks NATO for a permanent air-defence rotation", "REQUEST", ["NATO"], "2026-09-07", "context",
              "occurred", "He also met President Gitanas Nauseda"),
            E("Lukashenko: Minsk ready to join an economic track", "AGREE", ["Alexander Lukashenko"], "2026-09-07",
              "text", "occurred", "economic track"),
            E("Zelensky phones Lithuania's president", "CONSULT", ["Volodymyr Zelensky"], "2026-09-07TEV", "text",
              "occurred", "spoke with Lithuanian President"),
            E("Zelensky: economic arrangements only after security guarantees", "REQUEST", ["Volodymyr Zelensky"],
              "2026-09-07TEV", "context", "occurred", "spoke with Lithuanian President"),
            E("Moscow accuses Vilnius of a blockade of Kaliningrad", "ACCUSE", ["Russia"], "2022-06", "text",
              "occurred", "blockade", date_mod="START"),
            E("Lithuania applies EU sanctions to rail transit to Kaliningrad", "SANCTION", ["European Union", "Russia"],
              "2022-06", "text", "occurred", "blockade"),
            E("EU Foreign Affairs Council", "CONSULT", ["European Union"], "2026-09", "text", "planned",
              "Foreign Affairs Council"),
        ],
        [
            S("Kirill Dmitriev", "The economic part should include Kaliningrad transit and lifting sanctions on potash",
              "2026-09-07", "text", "told the Russian business daily"),
            S("Kirill Dmitriev", "Discussed the ideas with Witkoff in Riyadh last month", "2026-09-07", "context",
              "in Riyadh last month"),
            S("Kaja Kallas", "Sanctions relief is not Dmitriev's to offer; Moscow tries to split the EU", "2026-09-08",
              "text", "not Mr Dmitriev"),
            S("Donald Tusk", "Nobody will trade Europe's borders in Miami or Riyadh", "2026-09-08", "published",
              "nobody will trade"),
            S("Mark Rutte", "Allies will not negotiate about the Suwalki corridor with anyone", "2026-09-07", "text",
              "Suwalki"),
            S("Dmitry Peskov", "Dmitriev's ideas are worth considering; Putin did not instruct anyone to raise Kaliningrad",
              "2026-09-08", "text", "worth considering"),
            S("Alexander Lukashenko", "Minsk is ready to join any economic track of the negotiations", "2026-09-07",
              "text", "economic track"),
            S("Volodymyr Zelensky", "Economic arrangements must come after, not instead of, security guarantees",
              "2026-09-07TEV", "context", "spoke with Lithuanian President"),
        ],
        ["Russia", "Kremlin", "Kirill Dmitriev", "European Union", "Belarus", "United States", "Steve Witkoff",
         "Kaja Kallas", "Donald Tusk", "Poland", "NATO", "Mark Rutte", "Dmitry Peskov", "Vladimir Putin",
         "Alexander Lukashenko", "Ukraine", "Volodymyr Zelensky"],
    ),
]
