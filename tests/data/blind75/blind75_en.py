"""English articles of the blind75 set (fictionalised; written and annotated blind to the extraction code).

The same crisis week of November 2026 (fiction) as in blind75_de.py, told by five live blogs and one wire report.
"""

from build import E, S, T

# ---------------------------------------------------------------- b75en01 (Daily Mirror, live blog)
EN01 = """
Putin nuclear test LIVE: Keir Starmer joins Macron and Merz in warning Kremlin as Russian ambassador hauled in

20:45 - Donald Trump has told reporters at the White House that Vladimir Putin "shouldn't do it".
The US President said he would speak to the Kremlin boss "very soon", adding that he did not think Putin would go through with the test.

19:10 - Russian ambassador Andrei Kelin was summoned to the Foreign Office this afternoon, where he was told the test order must be "reversed immediately".
Foreign Secretary Yvette Cooper said Britain would "not be cowed by nuclear sabre-rattling".

17:30 - Keir Starmer has condemned Putin's order as "reckless and dangerous".
Speaking at a press conference in Downing Street, the PM confirmed he had spoken to French President Emmanuel Macron and German Chancellor Friedrich Merz this morning.
"We are united, and we are clear: Putin must step back," he said.

16:05 - The EU's foreign policy chief Kaja Kallas has branded the move "a dangerous and irresponsible escalation".
EU foreign ministers will hold an emergency video call on Wednesday afternoon to discuss a response, including sanctions.

14:20 - The Kremlin has hit back at Western criticism, insisting a test would be a "mirror response" to American plans.
"The ball is in Washington's court," Putin's spokesman Dmitry Peskov told reporters in Moscow.

12:40 - Beijing has urged Moscow and Washington to show restraint.
China "opposes nuclear testing" and hopes the two sides will settle their differences through dialogue, foreign ministry spokesman Lin Jian said.

11:15 - Nato chief Mark Rutte has said the alliance "will not be intimidated" and announced that ambassadors will meet in Brussels tomorrow morning.

09:30 - Volodymyr Zelensky has called the order "nuclear blackmail" in a video address late Sunday.
The Ukrainian leader urged allies to send more air defence systems, warning that Putin wanted to "frighten the world into pressuring Ukraine".

08:00 - Good morning and welcome to our live coverage after Vladimir Putin ordered his military on Sunday evening to prepare a nuclear weapons test on the Arctic archipelago of Novaya Zemlya within ten days.
The Russian leader said Moscow would only hold back if the US gave a written pledge to drop its own plans for a test in the Nevada desert.
It would be Russia's first nuclear test since the Soviet Union exploded a device at the same site in October 1990.
"""

# ---------------------------------------------------------------- b75en02 (Herald Sun, live blog, Melbourne time)
EN02 = """
Trump and Putin talk for two hours as world waits on Russian nuclear test: live updates

1.15pm - Foreign Minister Penny Wong says Australia has called in Russia's ambassador to express its "deep concern".
"Australia has championed the test ban since 1996 and we will not stay silent," Senator Wong told reporters in Adelaide.

12.05pm - EU foreign ministers will hold an emergency video conference tonight, Melbourne time, to discuss sanctions on Russia's nuclear sector, EU foreign policy chief Kaja Kallas has confirmed.

11.40am - Geoscience Australia says its seismic stations, part of the global monitoring network, are watching the Arctic site around the clock.

10.20am - Prime Minister Anthony Albanese has welcomed the contact between Washington and Moscow but urged Russia to "step back from the brink".

9.05am - Ukrainian President Volodymyr Zelensky says Mr Trump called him after speaking to Putin.
Mr Zelensky thanked the US President for his "clear position" and insisted nothing could be decided about Ukraine "without Ukraine".

8.30am - Nato ambassadors met in Brussels last night and demanded that Russia withdraw the order, Secretary-General Mark Rutte said.

7.50am - The Kremlin has confirmed the call, but Putin's foreign policy aide Yuri Ushakov said the Russian leader had made "no promise" to call off the test.
Ushakov said the two presidents agreed that Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov would meet in Istanbul on Thursday.

6.30am - Mr Trump has described the call as "very good and very productive" in a post on his Truth Social platform.
"President Putin will not do anything rash," he wrote.

5.45am - Good morning.
US President Donald Trump and Russian President Vladimir Putin spoke by phone for almost two hours overnight, Australian time, as the world waits to see whether Russia will carry out its first nuclear test since 1990.
Putin ordered his military on Sunday, Moscow time, to prepare the test within ten days, demanding a written US pledge to abandon plans for a test in Nevada.
Russian cruise missiles also struck Kyiv on Tuesday night, Kyiv time, injuring three people.
"""

# ---------------------------------------------------------------- b75en03 (MSNBC, live updates)
EN03 = """
Live updates: U.N. Security Council meets on Russia's nuclear test threat as Xi presses Putin

5:50 p.m. ET - Russian Ambassador Vassily Nebenzia told the Security Council that Washington had "started this" by preparing its own test in Nevada.
"Russia will not accept double standards," Nebenzia said.

4:30 p.m. ET - U.S. Ambassador Mike Waltz said the United States had "no plans" for an explosive test and urged Moscow to "stop the theatrics."

3:15 p.m. ET - Secretary-General António Guterres opened the emergency session by warning that a Russian test would be "a grave mistake" that could "open Pandora's box."
The meeting was requested by France and Britain.

1:40 p.m. ET - Secretary of State Marco Rubio confirmed he would meet Russian Foreign Minister Sergey Lavrov in Istanbul on Thursday.
"We're going there to listen, and to be very clear," Rubio told reporters at the State Department.

12:05 p.m. ET - EU foreign ministers agreed in a video call to prepare sanctions on Russia's state nuclear company Rosatom, foreign policy chief Kaja Kallas said.
Hungarian Prime Minister Viktor Orbán said Budapest would veto the move, citing the Paks II nuclear plant that Rosatom is building in his country.

10:20 a.m. ET - Chinese President Xi Jinping told Vladimir Putin in a phone call that "a nuclear war cannot be won and must never be fought," according to a Chinese readout.
Xi said China opposed nuclear tests "by any party," the readout said.
The Kremlin said only that Putin had explained Russia's reasons to Xi.

9:50 a.m. ET - Ukrainian President Volodymyr Zelensky accused Moscow of trying to "sabotage" next week's three-way talks with Russia and the U.S. in Abu Dhabi, and called for sanctions on Russia's nuclear sector.

8:45 a.m. ET - Russian cruise missiles struck Kyiv overnight, injuring three people in the Darnytskyi district, Mayor Vitali Klitschko said.

7:30 a.m. ET - Welcome to our live coverage.
Vladimir Putin on Sunday ordered preparations for Russia's first nuclear test since the Soviet era, giving Washington until Nov. 18 to drop its own testing plans.
Today, the U.N. Security Council holds an emergency meeting in New York, and President Donald Trump has said Putin told him on Tuesday he would not do "anything rash."
"""

# ---------------------------------------------------------------- b75en04 (Mint, live updates, IST)
EN04 = """
Russia nuclear test news LIVE: Rubio, Lavrov agree on arms talks in Geneva after Istanbul meeting; PM Modi speaks to Putin

11:10 PM IST - Lavrov said after the talks that there were "positive signals" and that he would report to President Vladimir Putin later this evening.
"The question of the test will be decided in Moscow, not in Istanbul," he told reporters.

10:30 PM IST - Rubio and Lavrov agreed after about three and a half hours of talks at Istanbul's Dolmabahce Palace to open negotiations on "strategic stability" in Geneva in early December, Rubio said.
He said the US had "no plans" for an explosive nuclear test "in the foreseeable future" and that he had handed Lavrov a written note to that effect.

08:15 PM IST - The Ministry of External Affairs said Prime Minister Narendra Modi spoke to Putin by phone this afternoon and called for "restraint and dialogue".
India "has consistently stood for a world free of nuclear testing", MEA spokesperson Randhir Jaiswal said at the weekly briefing.

06:40 PM IST - Turkish President Recep Tayyip Erdogan received Rubio and Lavrov separately before the talks, his office said.
Foreign Minister Hakan Fidan opened the session by urging both sides to "choose the path of reason".

04:55 PM IST - Kremlin spokesperson Dmitry Peskov cautioned against expecting a breakthrough, saying preparations at Novaya Zemlya were continuing "according to plan".
Putin's deadline expires on November 18, Peskov said.

02:30 PM IST - Russian missiles killed four people in the city of Dnipro overnight, regional authorities said.

01:10 PM IST - Ukrainian Foreign Minister Andrii Sybiha warned Washington not to discuss Ukraine's future "behind our back" in Istanbul.

09:00 AM IST - Good morning!
US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov meet in Istanbul today, with the world watching for signs of de-escalation.
Russian President Vladimir Putin ordered his military on Sunday to prepare a nuclear test within ten days unless Washington drops its own testing plans.
Follow this space for all the latest updates.
"""

# ---------------------------------------------------------------- b75en05 (Newstalk, live blog)
EN05 = """
Live: Russia puts nuclear test on hold after Rubio-Lavrov talks, Taoiseach welcomes 'step back'

18:50 - Ukrainian President Volodymyr Zelensky has cautiously welcomed the Kremlin's decision in a video address this evening.
He said Putin had used the nuclear threat to pressure the West ahead of next Thursday's three-way talks with Russia and the US in Abu Dhabi, which must focus on "a ceasefire and nothing else".

17:20 - Taoiseach Micheál Martin said the Government welcomed the "step back from the brink" but warned that "nuclear blackmail cannot become a tool of diplomacy".

16:05 - Donald Trump has claimed credit for the Kremlin's U-turn.
"I told you he wouldn't do it," the US President wrote on Truth Social, adding that a meeting with Putin before the end of the year was "possible".

15:20 - Russian Foreign Ministry spokeswoman Maria Zakharova said the Europeans' "hysteria" over the test had been "exposed as baseless".

14:40 - EU foreign policy chief Kaja Kallas said the bloc would press ahead with planned sanctions on Rosatom regardless, with the European Commission due to present its proposal on Monday.

13:15 - German Chancellor Friedrich Merz said Putin had held the world "in suspense for a week to extort concessions".

11:45 - The Kremlin has suspended preparations for a nuclear test on Novaya Zemlya, spokesman Dmitry Peskov announced.
Putin took the decision after Foreign Minister Sergey Lavrov briefed him on Thursday evening on the Istanbul talks, Peskov said.
Russia would not carry out a test "as long as the United States does not", he added, and the deadline of November 18 was therefore "no longer relevant".

10:20 - Overnight, Russian drones struck energy infrastructure in Ukraine's Poltava region, damaging a gas compressor station, Naftogaz said.

09:00 - Good morning, and welcome to our live coverage, with all eyes on Moscow after US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met in Istanbul yesterday.
Ireland, which launched the resolution that led to the Nuclear Non-Proliferation Treaty in 1958, has called on all nuclear powers to respect the testing moratorium.
"""

# ---------------------------------------------------------------- b75en06 (IANS, wire report)
EN06 = """
Russia puts nuclear test on hold after week of brinkmanship; India welcomes move

New Delhi/Moscow, Nov 14 (IANS) Russia has put on hold preparations for a nuclear weapons test on the Arctic archipelago of Novaya Zemlya after a week of intense diplomacy.
The Kremlin announced the decision on Friday, saying Moscow would not conduct a test "as long as the United States does not conduct one".

India on Saturday welcomed the decision.
"We welcome the step, which will contribute to de-escalation, and reiterate our consistent position in favour of dialogue and diplomacy," External Affairs Ministry spokesperson Randhir Jaiswal said in a statement.
Prime Minister Narendra Modi had urged President Vladimir Putin to show "restraint" in a phone call on Thursday.

Putin had ordered the preparations on November 8, giving Washington ten days to pledge in writing that it would abandon plans for an underground test in Nevada.
The US had announced in late October that preparations for such a test could be completed by the spring of 2027.
US President Donald Trump and Putin then spoke by phone for nearly two hours on Tuesday and agreed that their top diplomats should meet.

US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks in Istanbul on Thursday, hosted by Turkish Foreign Minister Hakan Fidan, and agreed to start negotiations on strategic stability in Geneva in early December.
Kremlin spokesman Dmitry Peskov said on Friday that Putin had taken the decision in light of "the assurances received in Istanbul".

Ukrainian President Volodymyr Zelensky accused Moscow of using "nuclear blackmail" to gain leverage before the next round of talks between Russia, Ukraine and the US, due in Abu Dhabi on Thursday.
The European Union has said it will go ahead with planned sanctions against Russian state nuclear company Rosatom, with proposals due on Monday.
Hungarian Prime Minister Viktor Orban has vowed to veto any measures affecting the Paks II nuclear plant, which Rosatom is building.

India, which has observed a voluntary moratorium on nuclear testing since its 1998 tests, is not a signatory to the Comprehensive Nuclear-Test-Ban Treaty.
New Delhi has refrained from criticising Moscow over the war in Ukraine and has called repeatedly for a negotiated settlement.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DEADLINE = "ten-day deadline set on 8 November 2026, i.e. 18 November 2026"
UK = "live-blog time, UK (GMT)"
AU = "live-blog time, AEDT (Melbourne)"
ET = "live-blog time, ET"
IST = "live-blog time, IST"
IE = "live-blog time, Irish time (GMT)"

DOCS = [
    doc(
        "b75en01_live_nuclear_test_order_reactions_2026_11", "2026-11-09", EN01,
        [
            T("20:45", "TIME", "2026-11-09T20:45", note=UK),
            T("very soon", "DATE", "FUTURE_REF"),
            T("19:10", "TIME", "2026-11-09T19:10", note=UK),
            T("this afternoon", "TIME", "2026-11-09TAF"),
            T("17:30", "TIME", "2026-11-09T17:30", note=UK),
            T("this morning", "TIME", "2026-11-09TMO"),
            T("16:05", "TIME", "2026-11-09T16:05", note=UK),
            T("Wednesday afternoon", "TIME", "2026-11-11TAF"),
            T("14:20", "TIME", "2026-11-09T14:20", note=UK),
            T("12:40", "TIME", "2026-11-09T12:40", note=UK),
            T("11:15", "TIME", "2026-11-09T11:15", note=UK),
            T("tomorrow morning", "TIME", "2026-11-10TMO"),
            T("09:30", "TIME", "2026-11-09T09:30", note=UK),
            T("late Sunday", "TIME", "2026-11-08TNI"),
            T("08:00", "TIME", "2026-11-09T08:00", note=UK),
            T("Sunday evening", "TIME", "2026-11-08TEV", note="Moscow time"),
            T("ten days", "DURATION", "P10D", note=DEADLINE),
            T("October 1990", "DATE", "1990-10"),
        ],
        [
            E("Trump warns that Putin should not carry out the test", "REQUEST", ["Donald Trump", "Vladimir Putin"],
              "2026-11-09", "published", "occurred", "shouldn't do it"),
            E("Trump to speak to Putin very soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "very soon"),
            E("Britain summons the Russian ambassador", "ACCUSE", ["United Kingdom", "Russia"], "2026-11-09TAF", "text",
              "occurred", "was summoned to the Foreign Office"),
            E("Britain demands that the test order be reversed immediately", "REQUEST", ["United Kingdom", "Russia"],
              "2026-11-09TAF", "text", "occurred", "was summoned to the Foreign Office"),
            E("Starmer condemns Putin's order as reckless and dangerous", "ACCUSE", ["Keir Starmer", "Vladimir Putin"],
              "2026-11-09", "published", "occurred", "has condemned Putin's order"),
            E("Starmer speaks to Macron and Merz", "CONSULT", ["Keir Starmer", "Emmanuel Macron", "Friedrich Merz"],
              "2026-11-09TMO", "text", "occurred", "this morning"),
            E("Starmer: Putin must step back", "REQUEST", ["Keir Starmer", "Vladimir Putin"], "2026-11-09",
              "published", "occurred", "Putin must step back"),
            E("Kallas brands the move a dangerous and irresponsible escalation", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2026-11-09", "published", "occurred", "irresponsible escalation"),
            E("EU foreign ministers' emergency video call on a response", "CONSULT", ["European Union"],
              "2026-11-11TAF", "text", "planned", "emergency video call"),
            E("The Kremlin rejects Western criticism", "REJECT", ["Kremlin"], "2026-11-09", "published", "occurred",
              "hit back at Western criticism"),
            E("The Kremlin: a test would be a mirror response to American plans", "THREATEN",
              ["Kremlin", "United States"], "2026-11-09", "published", "occurred", "hit back at Western criticism"),
            E("Beijing urges Moscow and Washington to show restraint", "REQUEST", ["China", "Russia", "United States"],
              "2026-11-09", "published", "occurred", "Beijing has urged"),
            E("NATO ambassadors to meet in Brussels", "CONSULT", ["NATO"], "2026-11-10TMO", "text", "planned",
              "tomorrow morning"),
            E("Zelensky calls the order nuclear blackmail", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-11-08TNI", "text", "occurred", "nuclear blackmail"),
            E("Zelensky urges allies to send more air defence", "REQUEST", ["Volodymyr Zelensky"], "2026-11-08TNI",
              "context", "occurred", "urged allies to send more air defence"),
            E("Putin orders his military to prepare a nuclear test on Novaya Zemlya within ten days", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2026-11-08TEV", "text", "occurred", "Good morning and welcome"),
            E("Putin: Moscow will hold back only with a written US pledge to drop its Nevada plans", "THREATEN",
              ["Vladimir Putin", "United States"], "2026-11-08TEV", "context", "occurred", "would only hold back",
              note=DEADLINE),
        ],
        [
            S("Donald Trump", "Putin shouldn't do it", "2026-11-09", "published", "shouldn't do it"),
            S("Donald Trump", "Will speak to Putin very soon; does not think he will go through with the test",
              "2026-11-09", "published", "very soon"),
            S("United Kingdom", "The test order must be reversed immediately", "2026-11-09TAF", "text",
              "was summoned to the Foreign Office"),
            S("United Kingdom", "Foreign Secretary Cooper: Britain will not be cowed by nuclear sabre-rattling",
              "2026-11-09", "published", "not be cowed"),
            S("Keir Starmer", "Putin's order is reckless and dangerous", "2026-11-09", "published",
              "has condemned Putin's order"),
            S("Keir Starmer", "Spoke to Macron and Merz this morning", "2026-11-09", "published", "this morning"),
            S("Keir Starmer", "We are united; Putin must step back", "2026-11-09", "published",
              "Putin must step back"),
            S("Kaja Kallas", "The move is a dangerous and irresponsible escalation", "2026-11-09", "published",
              "irresponsible escalation"),
            S("Kremlin", "A test would be a mirror response to American plans", "2026-11-09", "published",
              "hit back at Western criticism"),
            S("Dmitry Peskov", "The ball is in Washington's court", "2026-11-09", "published", "The ball is in"),
            S("China", "China opposes nuclear testing and hopes the two sides settle differences through dialogue",
              "2026-11-09", "published", "opposes nuclear testing"),
            S("Mark Rutte", "NATO will not be intimidated; ambassadors will meet tomorrow morning", "2026-11-09",
              "published", "will not be intimidated"),
            S("Volodymyr Zelensky", "The order is nuclear blackmail", "2026-11-08TNI", "text", "nuclear blackmail"),
            S("Volodymyr Zelensky", "Allies should send more air defence; Putin wants to frighten the world into "
              "pressuring Ukraine", "2026-11-08TNI", "context", "urged allies to send more air defence"),
            S("Vladimir Putin", "Moscow will hold back only if the US gives a written pledge to drop its Nevada plans",
              "2026-11-08TEV", "context", "would only hold back"),
        ],
        ["Donald Trump", "Vladimir Putin", "Kremlin", "United States", "Russia", "United Kingdom", "Keir Starmer",
         "France", "Emmanuel Macron", "Germany", "Friedrich Merz", "Kaja Kallas", "European Union", "Dmitry Peskov",
         "China", "Mark Rutte", "NATO", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b75en02_live_trump_putin_call_melbourne_2026_11", "2026-11-11", EN02,
        [
            T("two hours", "DURATION", "PT2H"),
            T("1.15pm", "TIME", "2026-11-11T13:15", note=AU),
            T("1996", "DATE", "1996"),
            T("12.05pm", "TIME", "2026-11-11T12:05", note=AU),
            T("tonight", "TIME", "2026-11-11TNI", note="Melbourne time; Wednesday afternoon in Europe"),
            T("11.40am", "TIME", "2026-11-11T11:40", note=AU),
            T("10.20am", "TIME", "2026-11-11T10:20", note=AU),
            T("9.05am", "TIME", "2026-11-11T09:05", note=AU),
            T("8.30am", "TIME", "2026-11-11T08:30", note=AU),
            T("last night", "TIME", "2026-11-10TNI", note="Melbourne time; Tuesday morning in Brussels"),
            T("7.50am", "TIME", "2026-11-11T07:50", note=AU),
            T("Thursday", "DATE", "2026-11-12"),
            T("6.30am", "TIME", "2026-11-11T06:30", note=AU),
            T("5.45am", "TIME", "2026-11-11T05:45", note=AU),
            T("almost two hours", "DURATION", "PT2H", mod="APPROX"),
            T("overnight", "TIME", "2026-11-10TNI", note="Australian time; Tuesday afternoon in Europe"),
            T("1990", "DATE", "1990"),
            T("Sunday", "DATE", "2026-11-08", note="Moscow time"),
            T("ten days", "DURATION", "P10D", note=DEADLINE),
            T("Tuesday night", "TIME", "2026-11-10TNI", note="Kyiv time"),
        ],
        [
            E("Australia calls in Russia's ambassador", "ACCUSE", ["Russia"], "2026-11-11", "published", "occurred",
              "called in Russia's ambassador"),
            E("EU foreign ministers' emergency video conference on sanctions", "CONSULT", ["European Union"],
              "2026-11-11TNI", "text", "planned", "emergency video conference tonight"),
            E("Albanese welcomes the contact between Washington and Moscow", "SUPPORT", ["United States", "Russia"],
              "2026-11-11", "published", "occurred", "Albanese"),
            E("Albanese urges Russia to step back from the brink", "REQUEST", ["Russia"], "2026-11-11", "published",
              "occurred", "Albanese"),
            E("Trump calls Zelensky after speaking to Putin", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2026-11-11", "published", "occurred", "Mr Trump called him"),
            E("Zelensky thanks Trump for his clear position", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2026-11-11", "published", "occurred", "clear position"),
            E("Zelensky insists nothing be decided about Ukraine without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2026-11-11", "published", "occurred", "clear position"),
            E("NATO ambassadors meet in Brussels", "CONSULT", ["NATO"], "2026-11-10TNI", "text", "occurred",
              "Nato ambassadors met"),
            E("NATO ambassadors demand that Russia withdraw the order", "REQUEST", ["NATO", "Russia"], "2026-11-10TNI",
              "text", "occurred", "Nato ambassadors met"),
            E("Putin makes no promise to call off the test", "REJECT", ["Vladimir Putin", "Donald Trump"],
              "2026-11-10TNI", "context", "occurred", "no promise"),
            E("Trump and Putin agree that Rubio and Lavrov meet", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-11-10TNI", "context", "occurred", "the two presidents agreed"),
            E("Rubio–Lavrov meeting in Istanbul", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "text",
              "planned", "the two presidents agreed"),
            E("Trump–Putin phone call of almost two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026-11-10TNI", "text", "occurred", "spoke by phone for almost two hours"),
            E("Putin orders his military to prepare a nuclear test within ten days", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2026-11-08", "text", "occurred", "Putin ordered his military on Sunday"),
            E("Putin demands a written US pledge to abandon the Nevada test plans", "THREATEN",
              ["Vladimir Putin", "United States"], "2026-11-08", "text", "occurred",
              "Putin ordered his military on Sunday", note=DEADLINE),
            E("Russian cruise-missile attack on Kyiv, three injured", "ASSAULT", ["Russia", "Ukraine"], "2026-11-10TNI",
              "text", "occurred", "cruise missiles also struck Kyiv"),
        ],
        [
            S("Kaja Kallas", "Confirms an emergency video conference of EU foreign ministers on sanctions",
              "2026-11-11", "published", "emergency video conference tonight"),
            S("Volodymyr Zelensky", "Trump called him after speaking to Putin", "2026-11-11", "published",
              "Mr Trump called him"),
            S("Volodymyr Zelensky", "Thanked Trump for his clear position; nothing about Ukraine without Ukraine",
              "2026-11-11", "published", "clear position"),
            S("Mark Rutte", "NATO ambassadors met and demanded that Russia withdraw the order", "2026-11-11",
              "published", "Nato ambassadors met"),
            S("Kremlin", "Confirms the call", "2026-11-11", "published", "The Kremlin has confirmed the call"),
            S("Yuri Ushakov", "Putin made no promise to call off the test", "2026-11-11", "published", "no promise"),
            S("Yuri Ushakov", "The two presidents agreed that Rubio and Lavrov meet in Istanbul on Thursday",
              "2026-11-11", "published", "the two presidents agreed"),
            S("Donald Trump", "The call was very good and very productive", "2026-11-10TNI", "context",
              "very good and very productive"),
            S("Donald Trump", "Putin will not do anything rash", "2026-11-10TNI", "context", "anything rash"),
        ],
        ["Russia", "European Union", "Kaja Kallas", "United States", "Volodymyr Zelensky", "Ukraine", "Donald Trump",
         "NATO", "Mark Rutte", "Kremlin", "Vladimir Putin", "Yuri Ushakov", "Marco Rubio", "Sergey Lavrov"],
    ),
    doc(
        "b75en03_live_security_council_xi_putin_2026_11", "2026-11-11", EN03,
        [
            T("5:50 p.m. ET", "TIME", "2026-11-11T17:50", note=ET),
            T("4:30 p.m. ET", "TIME", "2026-11-11T16:30", note=ET),
            T("3:15 p.m. ET", "TIME", "2026-11-11T15:15", note=ET),
            T("1:40 p.m. ET", "TIME", "2026-11-11T13:40", note=ET),
            T("Thursday", "DATE", "2026-11-12"),
            T("12:05 p.m. ET", "TIME", "2026-11-11T12:05", note=ET),
            T("10:20 a.m. ET", "TIME", "2026-11-11T10:20", note=ET),
            T("9:50 a.m. ET", "TIME", "2026-11-11T09:50", note=ET),
            T("next week", "DATE", "2026-W47"),
            T("8:45 a.m. ET", "TIME", "2026-11-11T08:45", note=ET),
            T("overnight", "TIME", "2026-11-10TNI", note="Kyiv time"),
            T("7:30 a.m. ET", "TIME", "2026-11-11T07:30", note=ET),
            T("Sunday", "DATE", "2026-11-08"),
            T("Nov. 18", "DATE", "2026-11-18"),
            T("Today", "DATE", "2026-11-11"),
            T("Tuesday", "DATE", "2026-11-10"),
        ],
        [
            E("Nebenzia: Washington started this by preparing its own test", "ACCUSE", ["Russia", "United States"],
              "2026-11-11", "published", "occurred", "started this"),
            E("Waltz urges Moscow to stop the theatrics", "REQUEST", ["United States", "Russia"], "2026-11-11",
              "published", "occurred", "stop the theatrics"),
            E("Guterres warns that a Russian test would be a grave mistake", "REQUEST", ["António Guterres", "Russia"],
              "2026-11-11", "published", "occurred", "opened the emergency session"),
            E("France and Britain request the Security Council meeting", "REQUEST",
              ["France", "United Kingdom", "United Nations"], "2026-11-11", "published", "occurred",
              "requested by France and Britain"),
            E("Rubio to meet Lavrov in Istanbul", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "text",
              "planned", "confirmed he would meet"),
            E("EU foreign ministers' video call", "CONSULT", ["European Union"], "2026-11-11", "published", "occurred",
              "agreed in a video call"),
            E("EU foreign ministers agree to prepare sanctions on Rosatom", "AGREE", ["European Union"], "2026-11-11",
              "published", "occurred", "agreed in a video call"),
            E("EU sanctions on Rosatom", "SANCTION", ["European Union", "Russia"], "2026-11-11", "published",
              "planned", "agreed in a video call", note="no date given; dated by the decision to prepare them"),
            E("Orbán: Budapest will veto sanctions on Rosatom", "REJECT", ["Viktor Orbán", "European Union"],
              "2026-11-11", "published", "occurred", "would veto the move"),
            E("Xi–Putin phone call", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2026-11-11", "published",
              "occurred", "told Vladimir Putin in a phone call"),
            E("Xi: China opposes nuclear tests by any party", "REQUEST", ["Xi Jinping", "Vladimir Putin"], "2026-11-11",
              "published", "occurred", "by any party"),
            E("Zelensky accuses Moscow of trying to sabotage the Abu Dhabi talks", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-11-11", "published", "occurred", "sabotage"),
            E("Three-way talks of Ukraine, Russia and the US in Abu Dhabi", "CONSULT",
              ["Ukraine", "Russia", "United States"], "2026-W47", "text", "planned", "sabotage"),
            E("Zelensky calls for sanctions on Russia's nuclear sector", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-11-11", "published", "occurred", "sabotage"),
            E("Russian cruise-missile attack on Kyiv, three injured", "ASSAULT", ["Russia", "Ukraine"], "2026-11-10TNI",
              "text", "occurred", "Russian cruise missiles struck Kyiv"),
            E("Putin orders preparations for a nuclear test", "MOBILIZE", ["Vladimir Putin", "Russia"], "2026-11-08",
              "text", "occurred", "on Sunday ordered preparations"),
            E("Putin gives Washington until 18 November to drop its testing plans", "THREATEN",
              ["Vladimir Putin", "United States"], "2026-11-08", "text", "occurred", "on Sunday ordered preparations"),
            E("UN Security Council emergency meeting", "CONSULT", ["United Nations"], "2026-11-11", "text", "occurred",
              "holds an emergency meeting"),
            E("Trump–Putin conversation", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-11-10", "text",
              "occurred", "holds an emergency meeting"),
        ],
        [
            S("Russia", "Ambassador Nebenzia: Washington started this by preparing its own test", "2026-11-11",
              "published", "started this"),
            S("Russia", "Russia will not accept double standards", "2026-11-11", "published", "double standards"),
            S("United States", "Ambassador Waltz: no plans for an explosive test; Moscow should stop the theatrics",
              "2026-11-11", "published", "stop the theatrics"),
            S("António Guterres", "A Russian test would be a grave mistake that could open Pandora's box",
              "2026-11-11", "published", "opened the emergency session"),
            S("Marco Rubio", "Confirms he will meet Lavrov in Istanbul on Thursday", "2026-11-11", "published",
              "confirmed he would meet"),
            S("Marco Rubio", "We are going there to listen and to be very clear", "2026-11-11", "published",
              "going there to listen"),
            S("Kaja Kallas", "EU foreign ministers agreed to prepare sanctions on Rosatom", "2026-11-11", "published",
              "agreed in a video call"),
            S("Viktor Orbán", "Budapest will veto the move because of Paks II", "2026-11-11", "published",
              "would veto the move"),
            S("Xi Jinping, via China", "A nuclear war cannot be won and must never be fought", "2026-11-11",
              "published", "told Vladimir Putin in a phone call"),
            S("Xi Jinping, via China", "China opposes nuclear tests by any party", "2026-11-11", "published",
              "by any party"),
            S("Vladimir Putin, via Kremlin", "Putin explained Russia's reasons to Xi", "2026-11-11", "published",
              "The Kremlin said only"),
            S("Volodymyr Zelensky", "Moscow is trying to sabotage next week's talks; calls for sanctions on Russia's "
              "nuclear sector", "2026-11-11", "published", "sabotage"),
            S("Ukraine", "Mayor Klitschko: three injured in the Darnytskyi district", "2026-11-11", "published",
              "Klitschko"),
            S("Vladimir Putin, via Donald Trump", "He will not do anything rash", "2026-11-10", "text",
              "anything rash"),
        ],
        ["Russia", "United States", "United Nations", "António Guterres", "France", "United Kingdom", "Marco Rubio",
         "Sergey Lavrov", "European Union", "Kaja Kallas", "Viktor Orbán", "Xi Jinping", "China", "Vladimir Putin",
         "Kremlin", "Volodymyr Zelensky", "Ukraine", "Donald Trump"],
    ),
    doc(
        "b75en04_live_istanbul_rubio_lavrov_india_2026_11", "2026-11-12", EN04,
        [
            T("11:10 PM IST", "TIME", "2026-11-12T23:10", note=IST),
            T("this evening", "TIME", "2026-11-12TEV", note="Istanbul time"),
            T("10:30 PM IST", "TIME", "2026-11-12T22:30", note=IST),
            T("about three and a half hours", "DURATION", "PT3H30M", mod="APPROX"),
            T("early December", "DATE", "2026-12", mod="START"),
            T("the foreseeable future", "DATE", "FUTURE_REF"),
            T("08:15 PM IST", "TIME", "2026-11-12T20:15", note=IST),
            T("this afternoon", "TIME", "2026-11-12TAF"),
            T("weekly", "SET", "P1W"),
            T("06:40 PM IST", "TIME", "2026-11-12T18:40", note=IST),
            T("04:55 PM IST", "TIME", "2026-11-12T16:55", note=IST),
            T("November 18", "DATE", "2026-11-18"),
            T("02:30 PM IST", "TIME", "2026-11-12T14:30", note=IST),
            T("overnight", "TIME", "2026-11-11TNI"),
            T("01:10 PM IST", "TIME", "2026-11-12T13:10", note=IST),
            T("09:00 AM IST", "TIME", "2026-11-12T09:00", note=IST),
            T("today", "DATE", "2026-11-12"),
            T("Sunday", "DATE", "2026-11-08"),
            T("ten days", "DURATION", "P10D", note=DEADLINE),
        ],
        [
            E("Lavrov to report to Putin later in the evening", "CONSULT", ["Sergey Lavrov", "Vladimir Putin"],
              "2026-11-12TEV", "text", "planned", "report to President Vladimir Putin"),
            E("Rubio and Lavrov agree to open negotiations on strategic stability", "AGREE",
              ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "published", "occurred", "three and a half hours"),
            E("US–Russian negotiations on strategic stability in Geneva", "CONSULT", ["United States", "Russia"],
              "2026-12", "text", "planned", "three and a half hours", date_mod="START"),
            E("Rubio assures Lavrov in writing that the US plans no explosive test", "AGREE",
              ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "published", "occurred", "written note"),
            E("Modi speaks to Putin by phone", "CONSULT", ["Vladimir Putin"], "2026-11-12TAF", "text", "occurred",
              "Narendra Modi spoke to Putin"),
            E("Modi calls on Putin for restraint and dialogue", "REQUEST", ["Vladimir Putin"], "2026-11-12TAF", "text",
              "occurred", "Narendra Modi spoke to Putin"),
            E("Erdoğan receives Rubio before the talks", "CONSULT", ["Recep Tayyip Erdoğan", "Marco Rubio"],
              "2026-11-12", "published", "occurred", "received Rubio and Lavrov separately"),
            E("Erdoğan receives Lavrov before the talks", "CONSULT", ["Recep Tayyip Erdoğan", "Sergey Lavrov"],
              "2026-11-12", "published", "occurred", "received Rubio and Lavrov separately"),
            E("Fidan urges both sides to choose the path of reason", "REQUEST", ["Hakan Fidan", "United States", "Russia"],
              "2026-11-12", "published", "occurred", "choose the path of reason"),
            E("Russian test preparations at Novaya Zemlya continue", "MOBILIZE", ["Russia"], "2026-11-12", "published",
              "occurred", "according to plan"),
            E("Russian missile attack on Dnipro, four killed", "ASSAULT", ["Russia", "Ukraine"], "2026-11-11TNI", "text",
              "occurred", "Dnipro overnight"),
            E("Sybiha warns Washington not to discuss Ukraine behind Kyiv's back", "REQUEST",
              ["Andrii Sybiha", "United States"], "2026-11-12", "published", "occurred", "behind our back"),
            E("Rubio–Lavrov meeting in Istanbul", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "text",
              "occurred", "meet in Istanbul today"),
            E("Putin orders his military to prepare a nuclear test within ten days", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2026-11-08", "text", "occurred", "ordered his military on Sunday"),
            E("Putin: the test goes ahead unless Washington drops its own testing plans", "THREATEN",
              ["Vladimir Putin", "United States"], "2026-11-08", "text", "occurred", "ordered his military on Sunday",
              note=DEADLINE),
        ],
        [
            S("Sergey Lavrov", "There are positive signals; will report to Putin this evening", "2026-11-12", "context",
              "positive signals"),
            S("Sergey Lavrov", "The test question will be decided in Moscow, not in Istanbul", "2026-11-12", "context",
              "decided in Moscow"),
            S("Marco Rubio", "Agreed with Lavrov to open negotiations on strategic stability in Geneva in early "
              "December", "2026-11-12", "context", "three and a half hours"),
            S("Marco Rubio", "The US has no plans for an explosive test in the foreseeable future; handed Lavrov a "
              "written note", "2026-11-12", "context", "written note"),
            S("Turkey", "Erdoğan received Rubio and Lavrov separately before the talks", "2026-11-12", "published",
              "received Rubio and Lavrov separately"),
            S("Hakan Fidan", "Both sides should choose the path of reason", "2026-11-12", "published",
              "choose the path of reason"),
            S("Dmitry Peskov", "No breakthrough to be expected; preparations continue according to plan",
              "2026-11-12", "published", "according to plan"),
            S("Dmitry Peskov", "Putin's deadline expires on November 18", "2026-11-12", "published",
              "Putin's deadline expires"),
            S("Ukraine", "Regional authorities: four killed in Dnipro", "2026-11-12", "published", "Dnipro overnight"),
            S("Andrii Sybiha", "Washington must not discuss Ukraine's future behind Kyiv's back", "2026-11-12",
              "published", "behind our back"),
        ],
        ["Sergey Lavrov", "Vladimir Putin", "Marco Rubio", "United States", "Russia", "Recep Tayyip Erdoğan", "Turkey",
         "Hakan Fidan", "Dmitry Peskov", "Kremlin", "Ukraine", "Andrii Sybiha"],
    ),
    doc(
        "b75en05_live_test_on_hold_dublin_2026_11", "2026-11-13", EN05,
        [
            T("18:50", "TIME", "2026-11-13T18:50", note=IE),
            T("this evening", "TIME", "2026-11-13TEV"),
            T("next Thursday", "DATE", "2026-11-19"),
            T("17:20", "TIME", "2026-11-13T17:20", note=IE),
            T("16:05", "TIME", "2026-11-13T16:05", note=IE),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("15:20", "TIME", "2026-11-13T15:20", note=IE),
            T("14:40", "TIME", "2026-11-13T14:40", note=IE),
            T("Monday", "DATE", "2026-11-16"),
            T("13:15", "TIME", "2026-11-13T13:15", note=IE),
            T("a week", "DURATION", "P1W"),
            T("11:45", "TIME", "2026-11-13T11:45", note=IE),
            T("Thursday evening", "TIME", "2026-11-12TEV"),
            T("November 18", "DATE", "2026-11-18"),
            T("10:20", "TIME", "2026-11-13T10:20", note=IE),
            T("Overnight", "TIME", "2026-11-12TNI"),
            T("09:00", "TIME", "2026-11-13T09:00", note=IE),
            T("yesterday", "DATE", "2026-11-12"),
            T("1958", "DATE", "1958"),
        ],
        [
            E("Zelensky cautiously welcomes the Kremlin's decision", "SUPPORT", ["Volodymyr Zelensky", "Kremlin"],
              "2026-11-13TEV", "text", "occurred", "cautiously welcomed"),
            E("Zelensky: Putin used the nuclear threat to pressure the West", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2026-11-13TEV", "context", "occurred",
              "used the nuclear threat"),
            E("Three-way talks of Ukraine, Russia and the US in Abu Dhabi", "CONSULT",
              ["Ukraine", "Russia", "United States"], "2026-11-19", "text", "planned", "used the nuclear threat"),
            E("Zelensky: the Abu Dhabi talks must focus on a ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-11-13TEV", "context", "occurred", "used the nuclear threat"),
            E("Trump–Putin meeting before the end of the year possible", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2026", "text", "uncertain", "I told you", date_mod="END"),
            E("Zakharova: the Europeans' hysteria exposed as baseless", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2026-11-13", "published", "occurred", "exposed as baseless"),
            E("Commission to present its proposal for sanctions on Rosatom", "SANCTION", ["European Union", "Russia"],
              "2026-11-16", "text", "planned", "press ahead"),
            E("Merz: Putin held the world in suspense to extort concessions", "ACCUSE",
              ["Friedrich Merz", "Vladimir Putin"], "2026-11-13", "published", "occurred", "in suspense"),
            E("The Kremlin suspends the preparations for a nuclear test on Novaya Zemlya", "CONCEDE",
              ["Kremlin", "Vladimir Putin"], "2026-11-13", "published", "occurred", "has suspended preparations"),
            E("Lavrov briefs Putin on the Istanbul talks", "CONSULT", ["Sergey Lavrov", "Vladimir Putin"],
              "2026-11-12TEV", "text", "occurred", "briefed him"),
            E("Russia will not test as long as the US does not", "AGREE", ["Russia", "United States"], "2026-11-13",
              "published", "occurred", "as long as the United States does not"),
            E("Russia's condition: no US test", "REQUEST", ["Russia", "United States"], "2026-11-13", "published",
              "occurred", "as long as the United States does not"),
            E("Russian drone attack on energy infrastructure in Poltava region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-12TNI", "text", "occurred", "Overnight, Russian drones"),
            E("Rubio and Lavrov meet in Istanbul", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "text",
              "occurred", "met in Istanbul yesterday"),
        ],
        [
            S("Volodymyr Zelensky", "Cautiously welcomes the Kremlin's decision", "2026-11-13TEV", "text",
              "cautiously welcomed"),
            S("Volodymyr Zelensky", "Putin used the nuclear threat to pressure the West; the Abu Dhabi talks must "
              "focus on a ceasefire", "2026-11-13TEV", "context", "used the nuclear threat"),
            S("Donald Trump", "Claims credit for the Kremlin's U-turn", "2026-11-13", "published", "claimed credit"),
            S("Donald Trump", "I told you he wouldn't do it; a meeting with Putin before the end of the year is "
              "possible", "2026-11-13", "published", "I told you"),
            S("Maria Zakharova", "The Europeans' hysteria over the test has been exposed as baseless", "2026-11-13",
              "published", "exposed as baseless"),
            S("Kaja Kallas", "The EU will press ahead with planned sanctions on Rosatom; proposal on Monday",
              "2026-11-13", "published", "press ahead"),
            S("Friedrich Merz", "Putin held the world in suspense for a week to extort concessions", "2026-11-13",
              "published", "in suspense"),
            S("Dmitry Peskov", "The Kremlin has suspended the test preparations", "2026-11-13", "published",
              "has suspended preparations"),
            S("Dmitry Peskov", "Putin decided after Lavrov briefed him on the Istanbul talks", "2026-11-13",
              "published", "briefed him"),
            S("Dmitry Peskov", "Russia will not test as long as the US does not; the deadline is no longer relevant",
              "2026-11-13", "published", "as long as the United States does not"),
            S("Ukraine", "Naftogaz: a gas compressor station was damaged", "2026-11-13", "published",
              "Overnight, Russian drones"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Kremlin", "Vladimir Putin", "Russia", "United States", "Donald Trump",
         "Maria Zakharova", "European Union", "Kaja Kallas", "Friedrich Merz", "Germany", "Dmitry Peskov",
         "Sergey Lavrov", "Marco Rubio"],
    ),
    doc(
        "b75en06_russia_test_on_hold_india_2026_11", "2026-11-14", EN06,
        [
            T("week", "DURATION", "P1W"),
            T("Nov 14", "DATE", "2026-11-14"),
            T("a week", "DURATION", "P1W"),
            T("Friday", "DATE", "2026-11-13", 0),
            T("Saturday", "DATE", "2026-11-14"),
            T("Thursday", "DATE", "2026-11-12", 0),
            T("November 8", "DATE", "2026-11-08"),
            T("ten days", "DURATION", "P10D", note=DEADLINE),
            T("late October", "DATE", "2026-10", mod="END"),
            T("the spring of 2027", "DATE", "2027-SP"),
            T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Tuesday", "DATE", "2026-11-10"),
            T("Thursday", "DATE", "2026-11-12", 1),
            T("early December", "DATE", "2026-12", mod="START"),
            T("Friday", "DATE", "2026-11-13", 1),
            T("Thursday", "DATE", "2026-11-19", 2),
            T("Monday", "DATE", "2026-11-16"),
            T("1998", "DATE", "1998"),
        ],
        [
            E("Russia puts its nuclear test preparations on hold", "CONCEDE", ["Russia", "Kremlin"], "2026-11-13",
              "context", "occurred", "has put on hold preparations"),
            E("Moscow will not test as long as the US does not", "AGREE", ["Kremlin", "United States"], "2026-11-13",
              "text", "occurred", "The Kremlin announced the decision on Friday"),
            E("Moscow's condition: no US test", "REQUEST", ["Kremlin", "United States"], "2026-11-13", "text",
              "occurred", "The Kremlin announced the decision on Friday"),
            E("India welcomes Russia's decision", "SUPPORT", ["Russia"], "2026-11-14", "text", "occurred",
              "India on Saturday welcomed"),
            E("Modi–Putin phone call", "CONSULT", ["Vladimir Putin"], "2026-11-12", "text", "occurred",
              "Narendra Modi had urged"),
            E("Modi urges Putin to show restraint", "REQUEST", ["Vladimir Putin"], "2026-11-12", "text", "occurred",
              "Narendra Modi had urged"),
            E("Putin orders the test preparations", "MOBILIZE", ["Vladimir Putin", "Russia"], "2026-11-08", "text",
              "occurred", "Putin had ordered the preparations"),
            E("Putin gives Washington ten days to pledge in writing to abandon its Nevada test plans", "THREATEN",
              ["Vladimir Putin", "United States"], "2026-11-08", "text", "occurred",
              "Putin had ordered the preparations", note=DEADLINE),
            E("US preparations for an underground test could be completed by spring 2027", "MOBILIZE",
              ["United States"], "2027-SP", "text", "planned", "The US had announced",
              note="announced at the end of October 2026"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-11-10", "text",
              "occurred", "nearly two hours"),
            E("Trump and Putin agree that their top diplomats should meet", "AGREE", ["Donald Trump", "Vladimir Putin"],
              "2026-11-10", "text", "occurred", "nearly two hours"),
            E("Rubio–Lavrov talks in Istanbul hosted by Fidan", "CONSULT", ["Marco Rubio", "Sergey Lavrov", "Hakan Fidan"],
              "2026-11-12", "text", "occurred", "held talks in Istanbul"),
            E("Rubio and Lavrov agree to start negotiations on strategic stability", "AGREE",
              ["Marco Rubio", "Sergey Lavrov"], "2026-11-12", "text", "occurred", "held talks in Istanbul"),
            E("US–Russian negotiations on strategic stability in Geneva", "CONSULT", ["United States", "Russia"],
              "2026-12", "text", "planned", "held talks in Istanbul", date_mod="START"),
            E("Zelensky accuses Moscow of nuclear blackmail", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2026-11-14",
              "published", "occurred", "nuclear blackmail"),
            E("Next round of Russia–Ukraine–US talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-11-19", "text", "planned", "nuclear blackmail"),
            E("EU proposals for sanctions against Rosatom", "SANCTION", ["European Union", "Russia"], "2026-11-16",
              "text", "planned", "go ahead with planned sanctions"),
            E("Orbán vows to veto measures affecting Paks II", "REJECT", ["Viktor Orbán", "European Union"],
              "2026-11-14", "published", "occurred", "vowed to veto"),
        ],
        [
            S("Kremlin", "Moscow will not conduct a test as long as the US does not", "2026-11-13", "text",
              "The Kremlin announced the decision on Friday"),
            S("Dmitry Peskov", "Putin took the decision in light of the assurances received in Istanbul", "2026-11-13",
              "text", "in light of"),
            S("United States", "Preparations for an underground test could be completed by spring 2027", "2026-10",
              "text", "The US had announced"),
            S("Volodymyr Zelensky", "Moscow used nuclear blackmail to gain leverage before the next round of talks",
              "2026-11-14", "published", "nuclear blackmail"),
            S("European Union", "Will go ahead with planned sanctions against Rosatom; proposals due on Monday",
              "2026-11-14", "published", "go ahead with planned sanctions"),
            S("Viktor Orbán", "Will veto any measures affecting the Paks II plant", "2026-11-14", "published",
              "vowed to veto"),
        ],
        ["Russia", "Kremlin", "United States", "Vladimir Putin", "Donald Trump", "Marco Rubio", "Sergey Lavrov",
         "Hakan Fidan", "Turkey", "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine", "European Union", "Viktor Orbán"],
    ),
]
