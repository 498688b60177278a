"""English articles of the blind50 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b50en01 (NV, live blog)
EN01 = """
Ukraine war live: Zelensky and Trump speak after record drone attack; Kremlin rejects early Istanbul talks

21:40 — President Volodymyr Zelensky said in his nightly video address that Ukraine's delegation, led by National Security and Defense Council Secretary Rustem Umerov, was ready to travel to Istanbul "any day this week."
He accused Moscow of "hiding behind the calendar" while preparing new strikes on Ukrainian cities.

19:15 — The Kremlin has dismissed Türkiye's proposal to host a new round of Russia-Ukraine talks in Istanbul on July 3.
"These dates are not realistic," Kremlin spokesman Dmitry Peskov told reporters, adding that a meeting might be possible "not earlier than mid-July," once working groups had finished their documents.
Turkish Foreign Minister Hakan Fidan put forward the proposal on Sunday in a phone call with his Ukrainian counterpart Andrii Sybiha.

17:30 — British Prime Minister Keir Starmer spoke with Zelensky by phone and promised a further 5,000 interceptor drones "within weeks," Downing Street said.
Moscow's reaction was swift: Russian Foreign Ministry spokeswoman Maria Zakharova accused London of "doing everything to drag out the war."

15:05 — Ukraine and Russia have exchanged 84 prisoners of war each in a swap mediated by the United Arab Emirates, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.
Among those returned were defenders of Mariupol who had been held in Russian captivity since 2022.

13:20 — Zelensky said he had a "long and substantive" call with U.S. President Donald Trump.
Trump promised to "look very seriously" at Kyiv's request for more Patriot systems and said he would speak to Russian dictator Vladimir Putin this week, according to Zelensky.

11:00 — European Commission President Ursula von der Leyen announced that the EU will make 2 billion euros from its Ukraine loan available for air defense in the coming weeks.
"Russia is attacking cities, and we will help Ukraine protect them," she wrote on X.

09:10 — Russia's overnight attack was the largest since the start of the year, Ukraine's Air Force said: 652 drones and 41 missiles, of which 608 drones and 33 missiles were shot down or jammed.
Lviv, Rivne and the Kyiv region were hit hardest, and at least six people were killed, according to regional authorities.
Air raid alerts were in effect across western Ukraine for more than seven hours.

07:45 — This is NV's live coverage of Russia's war against Ukraine on day 1,587 of the full-scale invasion.
Follow our updates below.
"""

# ---------------------------------------------------------------- b50en02 (PAP English service, news ticker)
EN02 = """
Ukraine war: Tusk and Zelensky agree on joint drone team; Lavrov warns Warsaw - news ticker

20:10 - Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelensky agreed in a phone call to set up a joint team to intercept Russian drones near the border, the Government Information Centre said.
The two leaders will meet in person in Rzeszów on May 12, Tusk wrote on X.

18:45 - Russian Foreign Minister Sergey Lavrov warned that Poland would "bear full responsibility" if its air force shot down Russian drones over Ukrainian territory.
Foreign Minister Radosław Sikorski called the remarks "the usual blackmail" and said Poland would defend its airspace "without asking Moscow for permission."

17:05 - President Karol Nawrocki said Poland would not send soldiers to Ukraine as part of any international monitoring mission, but was prepared to serve as its logistics hub.

16:20 - NATO Secretary General Mark Rutte, on a visit to Warsaw, announced that the alliance's Eastern Sentry mission on the eastern flank would be extended until the end of the year.
"Every drone that enters allied airspace is a test of our resolve, and we will pass that test," Rutte said after meeting Nawrocki.

14:00 - The Operational Command of the Polish Armed Forces said it had scrambled fighter jets overnight as Russia fired more than 300 drones and 25 missiles at western Ukraine, with Lviv and Lutsk the main targets.
Fragments of a drone were found in a field near Hrubieszów, in the Lublin region, on Tuesday morning, police said.

12:30 - Poland will host a meeting of foreign ministers of the so-called coalition of the willing in Kraków in mid-May, Deputy Foreign Minister Marcin Bosacki told PAP.
The meeting is to discuss a future monitoring mission and air defence for Ukraine's cities, he said.

11:15 - Kremlin spokesman Dmitry Peskov said Russia was ready for a new round of talks with Ukraine and the United States, but not in a "European capital."
He thus rejected an offer made by Warsaw last week to host the negotiations.

09:40 - US President Donald Trump said he had had a "very good" phone call with Vladimir Putin on Monday and expected "big news" on a ceasefire within two weeks.
The White House did not provide further details of the conversation.

08:00 - PAP's ticker on the war in Ukraine and its diplomatic fallout starts here.
"""

# ---------------------------------------------------------------- b50en03 (Foreign Policy, Morning Brief)
EN03 = """
Trump Shortens Putin's Deadline

Welcome to Foreign Policy's Morning Brief, where we're watching Trump's new deadline for Russia, a deadly strike on a Ukrainian prison and a ceasefire in Southeast Asia.

U.S. President Donald Trump on Monday cut the 50-day deadline he had given Russian President Vladimir Putin to end the war in Ukraine to "10 or 12 days," raising the prospect of new sanctions and so-called secondary tariffs on buyers of Russian oil as early as next week.
"There's no reason in waiting," Trump told reporters at his golf resort in Turnberry, Scotland, where he was hosting British Prime Minister Keir Starmer.
"We just don't see any progress being made."
The new deadline would expire around Aug. 8.
Starmer, standing next to Trump, said Europe would keep up its own pressure on Moscow.

Trump first set the deadline on July 14, when he also announced that European NATO members would buy U.S. weapons, including Patriot systems, for Ukraine.
Since then, the president has said repeatedly that he is "disappointed" in Putin, who talks nicely on the phone and then keeps bombing Ukrainian cities.

Moscow responded with a mix of scorn and calm.
Former President Dmitry Medvedev, now deputy chair of Russia's Security Council, wrote on X that "each new ultimatum is a threat and a step towards war."
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had "taken note" of Trump's remarks and remained committed to a settlement on its own terms.

Ukrainian President Volodymyr Zelensky thanked Trump for "the right focus" and his determination to stop the killing.
Hours before Trump spoke, Russian glide bombs hit a prison in the Zaporizhzhia region, killing at least 16 inmates, Ukrainian officials said.
A third round of direct talks in Istanbul last Wednesday lasted less than an hour; the two sides agreed to swap 1,200 prisoners each but made no progress toward a ceasefire.
Kyiv's delegation, led by Rustem Umerov, proposed a meeting between Zelensky and Putin before the end of August.

Asian truce.
Thailand and Cambodia agreed on Monday to an "immediate and unconditional" ceasefire after talks in Malaysia, ending five days of border clashes.

Trade talks.
U.S. and Chinese negotiators resume talks in Stockholm today, with a pause on steep tariffs set to expire in mid-August.
"""

# ---------------------------------------------------------------- b50en04 (Times Radio, news bulletin)
EN04 = """
Times Radio News at six o'clock: Russia launches biggest air attack of the war

This is Times Radio News at six o'clock.

Russia has launched what Ukraine says is its biggest aerial attack since the full-scale invasion began.
Ukraine's air force says 122 missiles and 36 drones were fired at cities across the country overnight and into this morning.
At least thirty people were killed, among them patients when a maternity hospital in Dnipro was hit, and more than a hundred were injured.
President Volodymyr Zelensky said Russia had used "nearly every type of weapon in its arsenal" and appealed to Ukraine's partners for more air defence.

Poland says a Russian missile entered its airspace for about three minutes before leaving towards Ukraine.
The Polish military scrambled fighter jets, and the government in Warsaw has demanded an explanation from Moscow.
A NATO spokesperson said the alliance was in close contact with Poland and monitoring the situation.

In Washington, President Joe Biden said Russia's aim remained "to obliterate Ukraine" and urged Congress to pass his request for sixty-one billion dollars in aid for Kyiv without further delay.
The Foreign Secretary, Lord Cameron, said Putin must not be allowed to win, and the Defence Secretary, Grant Shapps, said Britain would send about two hundred more air defence missiles in the coming weeks.

The UN Secretary-General, António Guterres, condemned the attacks through his spokesman and called for an end to strikes on civilians and civilian infrastructure.
The Security Council is to meet later today in New York at Ukraine's request.

Moscow says it struck only military and defence industry targets.
Its defence ministry accused Kyiv of using Western weapons against Russian towns near the border.

Two weeks ago, European Union leaders agreed to open membership talks with Ukraine after Hungary's prime minister Viktor Orbán left the room rather than veto the decision.
Mr Orbán is still blocking fifty billion euros in EU aid for Kyiv, which leaders hope to unlock at a summit on the first of February.

Times Radio News.
"""

# ---------------------------------------------------------------- b50en05 (SBS News, explainer)
EN05 = """
Ukraine's push into Russia's Kursk region: what we know

Ukrainian forces have carried out their largest cross-border attack into Russia since the start of the war, pushing several kilometres into the Kursk region.
Here is what we know so far.

What happened?

The operation began on Tuesday, when Ukrainian troops backed by armoured vehicles crossed the border near the town of Sudzha, a transit point for Russian gas to Europe.
Russia's chief of the general staff, Valery Gerasimov, claimed on Wednesday that the advance had been halted, but fighting continued on Thursday and Russian officials declared a regional state of emergency.

How has Russia responded?

President Vladimir Putin called the attack a "large-scale provocation" and accused Kyiv of "indiscriminate fire" on civilian buildings at a meeting with security officials on Wednesday.
Foreign Ministry spokeswoman Maria Zakharova said the incursion showed that Kyiv had no interest in a peaceful settlement, and promised a "harsh response".

What has Ukraine said?

Kyiv was silent for two days.
In his nightly address on Thursday, President Volodymyr Zelensky said Russia had brought the war to Ukraine and "should feel what it has done", without directly confirming the operation.

How have Ukraine's allies reacted?

The United States said it had not been told of the operation in advance.
A White House spokesperson said Washington would seek to understand Kyiv's objectives, and that US policy on the use of American weapons had not changed.
The German government said Ukraine had a right to defend itself under international law, including on Russian territory.

What about the nuclear plant?

The Kursk nuclear power plant lies about 50 kilometres from the fighting.
The head of the International Atomic Energy Agency, Rafael Grossi, urged "maximum restraint" from both sides and said he was in contact with Moscow and Kyiv.

What does it mean for talks?

Zelensky has said he wants Russia to attend a second peace summit in November.
Analysts say the incursion could strengthen Kyiv's hand if negotiations begin.

SBS News has contacted the Russian Embassy in Canberra for comment.
"""

# ---------------------------------------------------------------- b50en06 (The Week, weekly review)
EN06 = """
Putin's nuclear show, Trump's test order and a summit that never was

This week the war in Ukraine was discussed less in terms of territory than of warheads.

Russia.
On Sunday, Vladimir Putin, dressed in military fatigues, announced the "final successful test" of the Burevestnik, a nuclear-powered cruise missile that he said had flown 14,000km in about 15 hours, and ordered preparations for its deployment.
On Wednesday he announced a test of the Poseidon, a nuclear-powered underwater drone, which he said no weapon in the world could match.

United States.
On Monday, Donald Trump called Putin's missile boast "not an appropriate thing to be saying" and suggested that the Russian leader should end the war instead.
On Thursday, Trump ordered the Pentagon to begin testing nuclear weapons "on an equal basis" with other powers, the first such order in more than three decades.
The Kremlin said Russia would respond in kind if Washington carried out a test.

Asia.
Trump met China's Xi Jinping in Busan on Thursday, their first meeting since 2019.
Trump said Ukraine had come up "very strongly" and that the two had agreed to work together to end the war; Beijing's account did not mention Ukraine.

Oil.
Lukoil said it would sell its foreign assets, a week after Washington imposed sanctions on it and on Rosneft, Russia's two largest oil companies.
Hungary's Viktor Orbán, whose refineries depend on Russian crude, is due at the White House next Friday to ask for an exemption.

Europe.
EU leaders last week adopted a 19th package of sanctions, including a ban on Russian liquefied natural gas from 2027, but put off until December a decision on lending Ukraine €140bn backed by frozen Russian assets.
Keir Starmer, hosting the "coalition of the willing" in London last Friday, urged allies to push Russian oil and gas off the world market.

Ukraine.
Russia launched one of its heaviest attacks on Ukraine's power grid overnight into Thursday, with about 650 drones and 50 missiles.
Volodymyr Zelensky asked Europe for more Patriot systems and urged Washington to approve long-range Tomahawk missiles, which Trump refused at their White House meeting this month.
The Budapest summit between Trump and Putin, announced with fanfare two weeks ago, remains shelved.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


NV = "live-blog time (Kyiv, EEST)"
PAP = "ticker time (Warsaw, CEST)"
RADIO = "UK time (GMT)"

DOCS = [
    doc(
        "b50en01_liveblog_record_attack_istanbul_2026_06", "2026-06-29", EN01,
        [
            T("21:40", "TIME", "2026-06-29T21:40", note=NV),
            T("nightly", "SET", "P1D"),
            T("this week", "DATE", "2026-W27", 0),
            T("19:15", "TIME", "2026-06-29T19:15", note=NV),
            T("July 3", "DATE", "2026-07-03"),
            T("mid-July", "DATE", "2026-07", mod="MID"),
            T("Sunday", "DATE", "2026-06-28"),
            T("17:30", "TIME", "2026-06-29T17:30", note=NV),
            T("weeks", "DURATION", "PXW", 0),
            T("15:05", "TIME", "2026-06-29T15:05", note=NV),
            T("2022", "DATE", "2022"),
            T("13:20", "TIME", "2026-06-29T13:20", note=NV),
            T("this week", "DATE", "2026-W27", 1),
            T("11:00", "TIME", "2026-06-29T11:00", note=NV),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("09:10", "TIME", "2026-06-29T09:10", note=NV),
            T("overnight", "TIME", "2026-06-28TNI", note="night of 28 to 29 June"),
            T("the start of the year", "DATE", "2026", mod="START"),
            T("more than seven hours", "DURATION", "PT7H", mod="MORE_THAN"),
            T("07:45", "TIME", "2026-06-29T07:45", note=NV),
        ],
        [
            E("Zelensky: Ukraine's delegation under Umerov ready to travel to Istanbul this week", "AGREE",
              ["Volodymyr Zelensky", "Rustem Umerov", "Russia"], "2026-06-29", "published", "occurred",
              "any day this week"),
            E("Zelensky accuses Moscow of hiding behind the calendar while preparing new strikes", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-06-29", "published", "occurred", "hiding behind the calendar"),
            E("Kremlin dismisses Türkiye's proposal of Istanbul talks on July 3", "REJECT", ["Kremlin", "Turkey"],
              "2026-06-29", "published", "occurred", "The Kremlin has dismissed"),
            E("Peskov: a meeting might be possible not earlier than mid-July", "CONSULT", ["Russia", "Ukraine"],
              "2026-07", "text", "uncertain", "These dates are not realistic", date_mod="MID"),
            E("Fidan–Sybiha phone call", "CONSULT", ["Hakan Fidan", "Andrii Sybiha"], "2026-06-28", "text",
              "occurred", "put forward the proposal on Sunday"),
            E("Fidan proposes Russia–Ukraine talks in Istanbul on July 3", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-06-28", "text", "occurred",
              "put forward the proposal on Sunday"),
            E("Starmer–Zelensky phone call", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2026-06-29",
              "published", "occurred", "spoke with Zelensky by phone"),
            E("Starmer pledges 5,000 more interceptor drones", "AID", ["Keir Starmer", "United Kingdom", "Ukraine"],
              "2026-06-29", "published", "occurred", "spoke with Zelensky by phone"),
            E("Zakharova accuses London of dragging out the war", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
              "2026-06-29", "published", "occurred", "drag out the war"),
            E("Ukraine and Russia exchange 84 prisoners of war each, mediated by the UAE", "CONCEDE",
              ["Ukraine", "Russia"], "2026-06-29", "published", "occurred", "exchanged 84 prisoners of war each"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2026-06-29",
              "published", "occurred", "long and substantive"),
            E("Kyiv asks Washington for more Patriot systems", "REQUEST", ["Ukraine", "Donald Trump"], "2026-06-29",
              "published", "occurred", "look very seriously"),
            E("Trump to speak to Putin this week", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-W27", "text",
              "planned", "look very seriously"),
            E("EU to make 2 billion euros from its Ukraine loan available for air defence", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "2 billion euros from its Ukraine loan"),
            E("Russia's largest overnight attack of the year", "ASSAULT", ["Russia", "Ukraine"], "2026-06-28TNI",
              "text", "occurred", "overnight attack was the largest"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine's delegation under Umerov is ready to travel to Istanbul any day this week",
              "2026-06-29", "published", "any day this week"),
            S("Volodymyr Zelensky", "Moscow hides behind the calendar while preparing new strikes", "2026-06-29",
              "published", "hiding behind the calendar"),
            S("Dmitry Peskov", "The proposed dates are not realistic; a meeting not earlier than mid-July",
              "2026-06-29", "published", "These dates are not realistic"),
            S("Keir Starmer, via United Kingdom", "Promised 5,000 more interceptor drones within weeks", "2026-06-29",
              "published", "spoke with Zelensky by phone"),
            S("Maria Zakharova", "London is doing everything to drag out the war", "2026-06-29", "published",
              "drag out the war"),
            S("Ukraine", "Coordination Headquarters: 84 prisoners of war exchanged", "2026-06-29", "published",
              "exchanged 84 prisoners of war each"),
            S("Volodymyr Zelensky", "Had a long and substantive call with Trump", "2026-06-29", "published",
              "long and substantive"),
            S("Donald Trump, via Volodymyr Zelensky", "Will look very seriously at more Patriots and speak to Putin "
              "this week", "2026-06-29", "context", "look very seriously"),
            S("Ursula von der Leyen", "The EU will make 2 billion euros available for air defence in the coming weeks",
              "2026-06-29", "published", "2 billion euros from its Ukraine loan"),
            S("Ursula von der Leyen", "Russia attacks cities; the EU will help Ukraine protect them", "2026-06-29",
              "published", "Russia is attacking cities"),
            S("Ukraine", "Air Force: 652 drones and 41 missiles, 608 drones and 33 missiles downed or jammed",
              "2026-06-29", "published", "overnight attack was the largest"),
            S("Ukraine", "Regional authorities: at least six people killed", "2026-06-29", "published",
              "at least six people were killed"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Rustem Umerov", "Russia", "Kremlin", "Turkey", "Dmitry Peskov",
         "Hakan Fidan", "Andrii Sybiha", "Keir Starmer", "United Kingdom", "Maria Zakharova", "Donald Trump",
         "United States", "Vladimir Putin", "Ursula von der Leyen", "European Union"],
    ),
    doc(
        "b50en02_ticker_tusk_zelensky_lavrov_2026_04", "2026-04-28", EN02,
        [
            T("20:10", "TIME", "2026-04-28T20:10", note=PAP),
            T("May 12", "DATE", "2026-05-12"),
            T("18:45", "TIME", "2026-04-28T18:45", note=PAP),
            T("17:05", "TIME", "2026-04-28T17:05", note=PAP),
            T("16:20", "TIME", "2026-04-28T16:20", note=PAP),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("14:00", "TIME", "2026-04-28T14:00", note=PAP),
            T("overnight", "TIME", "2026-04-27TNI", note="night of 27 to 28 April"),
            T("Tuesday morning", "TIME", "2026-04-28TMO"),
            T("12:30", "TIME", "2026-04-28T12:30", note=PAP),
            T("mid-May", "DATE", "2026-05", mod="MID"),
            T("11:15", "TIME", "2026-04-28T11:15", note=PAP),
            T("last week", "DATE", "2026-W17"),
            T("09:40", "TIME", "2026-04-28T09:40", note=PAP),
            T("Monday", "DATE", "2026-04-27"),
            T("two weeks", "DURATION", "P2W"),
            T("08:00", "TIME", "2026-04-28T08:00", note=PAP),
        ],
        [
            E("Tusk–Zelensky phone call", "CONSULT", ["Donald Tusk", "Volodymyr Zelensky"], "2026-04-28", "published",
              "occurred", "agreed in a phone call"),
            E("Tusk and Zelensky agree on a joint team to intercept Russian drones", "AGREE",
              ["Donald Tusk", "Volodymyr Zelensky"], "2026-04-28", "published", "occurred", "agreed in a phone call"),
            E("Tusk and Zelensky to meet in Rzeszów", "CONSULT", ["Donald Tusk", "Volodymyr Zelensky"], "2026-05-12",
              "text", "planned", "Rzeszów on May 12"),
            E("Lavrov warns Poland it would bear full responsibility for shooting down Russian drones over Ukraine",
              "THREATEN", ["Sergey Lavrov", "Poland"], "2026-04-28", "published", "occurred",
              "bear full responsibility"),
            E("Sikorski calls Lavrov's remarks the usual blackmail", "ACCUSE", ["Poland", "Sergey Lavrov"],
              "2026-04-28", "published", "occurred", "the usual blackmail"),
            E("Nawrocki: no Polish soldiers for a monitoring mission in Ukraine", "REJECT", ["Poland", "Ukraine"],
              "2026-04-28", "published", "occurred", "would not send soldiers"),
            E("Rutte visits Warsaw and meets President Nawrocki", "CONSULT", ["Mark Rutte", "Poland"], "2026-04-28",
              "published", "occurred", "on a visit to Warsaw"),
            E("NATO extends its Eastern Sentry mission until the end of the year", "MOBILIZE", ["NATO", "Poland"],
              "2026-04-28", "published", "occurred", "on a visit to Warsaw",
              note="the extension runs until the end of 2026"),
            E("Polish military scrambles fighter jets during the overnight Russian attack", "MOBILIZE", ["Poland"],
              "2026-04-27TNI", "text", "occurred", "scrambled fighter jets overnight"),
            E("Russian drone and missile attack on western Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2026-04-27TNI",
              "text", "occurred", "scrambled fighter jets overnight"),
            E("Poland to host the coalition of the willing's foreign ministers in Kraków", "CONSULT", ["Poland"],
              "2026-05", "text", "planned", "Kraków in mid-May", date_mod="MID"),
            E("Peskov: Russia ready for a new round of talks with Ukraine and the US, not in a European capital",
              "AGREE", ["Dmitry Peskov", "Ukraine", "United States"], "2026-04-28", "published", "occurred",
              "ready for a new round of talks"),
            E("Peskov rejects Warsaw's offer to host the negotiations", "REJECT", ["Dmitry Peskov", "Poland"],
              "2026-04-28", "published", "occurred", "He thus rejected an offer"),
            E("Warsaw offers to host the negotiations", "REQUEST", ["Poland", "Russia", "Ukraine"], "2026-W17", "text",
              "occurred", "He thus rejected an offer"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-04-27", "text",
              "occurred", "very good"),
        ],
        [
            S("Poland", "Government Information Centre: Tusk and Zelensky agreed on a joint drone-interception team",
              "2026-04-28", "published", "agreed in a phone call"),
            S("Donald Tusk", "Will meet Zelensky in person in Rzeszów on May 12", "2026-04-28", "published",
              "Rzeszów on May 12"),
            S("Sergey Lavrov", "Poland would bear full responsibility if it shot down Russian drones over Ukraine",
              "2026-04-28", "published", "bear full responsibility"),
            S("Poland", "Sikorski: the usual blackmail; Poland will defend its airspace without asking Moscow",
              "2026-04-28", "published", "the usual blackmail"),
            S("Poland", "Nawrocki: no Polish soldiers for a monitoring mission, but Poland ready to be its logistics hub",
              "2026-04-28", "published", "would not send soldiers"),
            S("Mark Rutte", "Eastern Sentry will be extended until the end of the year", "2026-04-28", "published",
              "on a visit to Warsaw"),
            S("Mark Rutte", "Every drone entering allied airspace is a test of resolve that NATO will pass",
              "2026-04-28", "published", "Every drone that enters"),
            S("Poland", "Operational Command: fighter jets scrambled overnight", "2026-04-28", "published",
              "scrambled fighter jets overnight"),
            S("Poland", "Police: drone fragments found near Hrubieszów", "2026-04-28", "published",
              "Fragments of a drone"),
            S("Poland", "Bosacki: Poland will host the coalition's foreign ministers in Kraków in mid-May",
              "2026-04-28", "published", "Kraków in mid-May"),
            S("Poland", "Bosacki: the meeting is to discuss a monitoring mission and air defence", "2026-04-28",
              "published", "The meeting is to discuss"),
            S("Dmitry Peskov", "Russia is ready for new talks, but not in a European capital", "2026-04-28",
              "published", "ready for a new round of talks"),
            S("Donald Trump", "Had a very good call with Putin; expects big news on a ceasefire within two weeks",
              "2026-04-28", "published", "very good"),
        ],
        ["Donald Tusk", "Volodymyr Zelensky", "Ukraine", "Poland", "Sergey Lavrov", "Russia", "NATO", "Mark Rutte",
         "Kremlin", "Dmitry Peskov", "United States", "Donald Trump", "Vladimir Putin", "White House"],
    ),
    doc(
        "b50en03_morning_brief_trump_deadline_2025_07", "2025-07-29", EN03,
        [
            T("Monday", "DATE", "2025-07-28", 0),
            T("50-day", "DURATION", "P50D"),
            T("10 or 12 days", "DURATION", "P10D", mod="APPROX", note="'10 or 12 days'"),
            T("next week", "DATE", "2025-W32"),
            T("Aug. 8", "DATE", "2025-08-08", mod="APPROX"),
            T("July 14", "DATE", "2025-07-14"),
            T("now", "DATE", "PRESENT_REF"),
            T("Tuesday", "DATE", "2025-07-29"),
            T("last Wednesday", "DATE", "2025-07-23"),
            T("less than an hour", "DURATION", "PT1H", mod="LESS_THAN"),
            T("the end of August", "DATE", "2025-08", mod="END"),
            T("Monday", "DATE", "2025-07-28", 1),
            T("five days", "DURATION", "P5D"),
            T("today", "DATE", "2025-07-29"),
            T("mid-August", "DATE", "2025-08", mod="MID"),
        ],
        [
            E("Trump cuts Putin's 50-day deadline to 10 or 12 days", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2025-07-28", "text", "occurred", "cut the 50-day deadline", note="new deadline around 8 August 2025"),
            E("Possible new US sanctions and secondary tariffs on buyers of Russian oil next week", "SANCTION",
              ["United States", "Russia"], "2025-W32", "text", "uncertain", "cut the 50-day deadline"),
            E("Trump hosts Starmer at Turnberry", "CONSULT", ["Donald Trump", "Keir Starmer"], "2025-07-28", "context",
              "occurred", "where he was hosting British Prime Minister"),
            E("Trump's original 50-day deadline", "THREATEN", ["Donald Trump", "Vladimir Putin"], "2025-07-14", "text",
              "occurred", "Trump first set the deadline on July 14"),
            E("European NATO members to buy US weapons, including Patriots, for Ukraine", "AID",
              ["NATO", "United States", "Ukraine"], "2025-07-14", "text", "occurred",
              "Trump first set the deadline on July 14"),
            E("Medvedev: each new ultimatum is a threat and a step towards war", "ACCUSE", ["Russia", "Donald Trump"],
              "2025-07-28", "context", "occurred", "each new ultimatum"),
            E("Zelensky thanks Trump", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"], "2025-07-28", "context",
              "occurred", "thanked Trump"),
            E("Russian glide bombs hit a prison in the Zaporizhzhia region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-07-28", "context", "occurred", "glide bombs hit a prison"),
            E("Third round of direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-07-23",
              "text", "occurred", "A third round of direct talks"),
            E("Agreement to swap 1,200 prisoners each", "AGREE", ["Russia", "Ukraine"], "2025-07-23", "context",
              "occurred", "A third round of direct talks"),
            E("No progress toward a ceasefire", "REJECT", ["Russia", "Ukraine"], "2025-07-23", "context", "occurred",
              "A third round of direct talks"),
            E("Umerov proposes a Zelensky–Putin meeting before the end of August", "REQUEST",
              ["Rustem Umerov", "Vladimir Putin", "Volodymyr Zelensky"], "2025-07-23", "context", "occurred",
              "proposed a meeting between Zelensky and Putin"),
            E("US–China trade talks resume in Stockholm", "CONSULT", ["United States", "China"], "2025-07-29", "text",
              "planned", "resume talks in Stockholm today"),
        ],
        [
            S("Donald Trump", "Cuts Putin's deadline to 10 or 12 days", "2025-07-28", "text", "cut the 50-day deadline"),
            S("Donald Trump", "There's no reason in waiting", "2025-07-28", "context", "no reason in waiting"),
            S("Donald Trump", "We just don't see any progress being made", "2025-07-28", "context",
              "We just don't see any progress"),
            S("Keir Starmer", "Europe will keep up its own pressure on Moscow", "2025-07-28", "context",
              "keep up its own pressure"),
            S("Donald Trump", "Disappointed in Putin", "2025-07-29", "published", "disappointed"),
            S("Russia", "Medvedev: each new ultimatum is a threat and a step towards war", "2025-07-28", "context",
              "each new ultimatum"),
            S("Dmitry Peskov", "Moscow has taken note of Trump's remarks and remains committed to a settlement on its "
              "terms", "2025-07-29", "text", "taken note"),
            S("Volodymyr Zelensky", "Thanks Trump for the right focus and his determination to stop the killing",
              "2025-07-28", "context", "thanked Trump"),
            S("Ukraine", "At least 16 inmates killed in the strike on the prison", "2025-07-29", "published",
              "glide bombs hit a prison"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Russia", "Ukraine", "Keir Starmer", "United Kingdom",
         "European Union", "NATO", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Rustem Umerov", "China"],
    ),
    doc(
        "b50en04_radio_bulletin_largest_air_attack_2023_12", "2023-12-29", EN04,
        [
            T("six o'clock", "TIME", "2023-12-29T18:00", 0, note=RADIO),
            T("six o'clock", "TIME", "2023-12-29T18:00", 1, note=RADIO),
            T("overnight", "TIME", "2023-12-28TNI", note="night of 28 to 29 December"),
            T("this morning", "TIME", "2023-12-29TMO"),
            T("about three minutes", "DURATION", "PT3M", mod="APPROX"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("today", "DATE", "2023-12-29"),
            T("Two weeks ago", "DATE", "2023-W50", note="EU summit decision of 14 December 2023"),
            T("the first of February", "DATE", "2024-02-01"),
        ],
        [
            E("Russia's biggest aerial attack of the war: 122 missiles and 36 drones", "ASSAULT", ["Russia", "Ukraine"],
              "2023-12-28TNI", "text", "occurred", "122 missiles and 36 drones were fired",
              note="overnight and into the morning of 29 December"),
            E("Zelensky accuses Russia of using nearly every type of weapon in its arsenal", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-12-29", "published", "occurred", "nearly every type of weapon"),
            E("Zelensky appeals to Ukraine's partners for more air defence", "REQUEST", ["Volodymyr Zelensky"],
              "2023-12-29", "published", "occurred", "nearly every type of weapon"),
            E("Poland says a Russian missile entered its airspace", "ACCUSE", ["Poland", "Russia"], "2023-12-29",
              "published", "occurred", "Poland says a Russian missile"),
            E("Polish military scrambles fighter jets", "MOBILIZE", ["Poland"], "2023-12-29", "published", "occurred",
              "scrambled fighter jets"),
            E("Warsaw demands an explanation from Moscow", "REQUEST", ["Poland", "Russia"], "2023-12-29", "published",
              "occurred", "demanded an explanation from Moscow"),
            E("Biden: Russia's aim remains to obliterate Ukraine", "ACCUSE", ["Joe Biden", "Russia"], "2023-12-29",
              "published", "occurred", "to obliterate Ukraine"),
            E("UK to send about 200 more air defence missiles to Ukraine", "AID", ["United Kingdom", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "two hundred more air defence missiles"),
            E("Guterres condemns the attacks", "ACCUSE", ["António Guterres", "Russia"], "2023-12-29", "published",
              "occurred", "condemned the attacks"),
            E("Guterres calls for an end to strikes on civilians and civilian infrastructure", "REQUEST",
              ["António Guterres", "Russia"], "2023-12-29", "published", "occurred", "condemned the attacks"),
            E("UN Security Council to meet at Ukraine's request", "CONSULT", ["United Nations", "Ukraine"],
              "2023-12-29", "text", "planned", "The Security Council is to meet"),
            E("Ukraine requests a Security Council meeting", "REQUEST", ["Ukraine", "United Nations"], "2023-12-29",
              "published", "occurred", "The Security Council is to meet"),
            E("Russia's defence ministry accuses Kyiv of using Western weapons against Russian border towns",
              "ACCUSE", ["Russia", "Ukraine"], "2023-12-29", "published", "occurred", "accused Kyiv"),
            E("EU leaders agree to open membership talks with Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2023-W50", "text", "occurred", "agreed to open membership talks", note="14 December 2023"),
            E("Orbán leaves the room rather than veto the decision", "CONCEDE", ["Viktor Orbán", "European Union"],
              "2023-W50", "context", "occurred", "agreed to open membership talks"),
            E("Orbán still blocks fifty billion euros in EU aid for Kyiv", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-12-29", "published", "occurred",
              "still blocking fifty billion euros"),
            E("EU summit on the first of February", "CONSULT", ["European Union"], "2024-02-01", "text", "planned",
              "the first of February"),
        ],
        [
            S("Ukraine", "Air force: 122 missiles and 36 drones fired", "2023-12-29", "published",
              "Ukraine's air force says"),
            S("Volodymyr Zelensky", "Russia used nearly every type of weapon in its arsenal; partners must send more "
              "air defence", "2023-12-29", "published", "nearly every type of weapon"),
            S("Poland", "A Russian missile entered Polish airspace for about three minutes", "2023-12-29", "published",
              "Poland says a Russian missile"),
            S("NATO", "In close contact with Poland and monitoring the situation", "2023-12-29", "published",
              "A NATO spokesperson said"),
            S("Joe Biden", "Russia's aim remains to obliterate Ukraine; Congress must pass the aid", "2023-12-29",
              "published", "to obliterate Ukraine"),
            S("United Kingdom", "Cameron: Putin must not be allowed to win", "2023-12-29", "published",
              "Lord Cameron"),
            S("United Kingdom", "Shapps: Britain will send about two hundred more air defence missiles", "2023-12-29",
              "published", "Lord Cameron"),
            S("António Guterres, via United Nations", "Condemns the attacks; strikes on civilians must end",
              "2023-12-29", "published", "condemned the attacks"),
            S("Russia", "Struck only military and defence industry targets", "2023-12-29", "published",
              "Moscow says it struck only"),
            S("Russia", "Kyiv uses Western weapons against Russian towns near the border", "2023-12-29", "published",
              "accused Kyiv"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Poland", "NATO", "Joe Biden", "United Kingdom",
         "Vladimir Putin", "António Guterres", "United Nations", "European Union", "Viktor Orbán"],
    ),
    doc(
        "b50en05_what_we_know_kursk_incursion_2024_08", "2024-08-09", EN05,
        [
            T("Tuesday", "DATE", "2024-08-06"),
            T("Wednesday", "DATE", "2024-08-07", 0),
            T("Thursday", "DATE", "2024-08-08", 0),
            T("Wednesday", "DATE", "2024-08-07", 1),
            T("two days", "DURATION", "P2D"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2024-08-08", 1),
            T("November", "DATE", "2024-11"),
        ],
        [
            E("Ukrainian cross-border offensive into Russia's Kursk region begins", "ASSAULT", ["Ukraine", "Russia"],
              "2024-08-06", "text", "occurred", "The operation began on Tuesday", date_mod="START"),
            E("Putin calls the attack a large-scale provocation and accuses Kyiv of indiscriminate fire", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2024-08-07", "text", "occurred", "large-scale provocation"),
            E("Zakharova: Kyiv has no interest in a peaceful settlement", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-08-09", "published", "occurred", "no interest in a peaceful settlement"),
            E("Zakharova promises a harsh response", "THREATEN", ["Maria Zakharova", "Ukraine"], "2024-08-09",
              "published", "occurred", "no interest in a peaceful settlement"),
            E("Zelensky: Russia brought the war to Ukraine and should feel what it has done", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-08-08", "text", "occurred", "should feel what it has done"),
            E("Germany: Ukraine has a right to defend itself, including on Russian territory", "SUPPORT",
              ["Germany", "Ukraine"], "2024-08-09", "published", "occurred", "right to defend itself"),
            E("Grossi urges maximum restraint from both sides", "REQUEST", ["IAEA", "Russia", "Ukraine"], "2024-08-09",
              "published", "occurred", "maximum restraint"),
            E("Grossi in contact with Moscow and Kyiv", "CONSULT", ["IAEA", "Russia", "Ukraine"], "2024-08-09",
              "published", "occurred", "maximum restraint"),
            E("Zelensky wants Russia to attend a second peace summit", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2024-08-09", "published", "occurred", "second peace summit"),
            E("Second peace summit planned for November", "CONSULT", ["Ukraine", "Russia"], "2024-11", "text",
              "planned", "second peace summit"),
        ],
        [
            S("Russia", "Gerasimov: the advance has been halted", "2024-08-07", "text", "claimed on Wednesday"),
            S("Vladimir Putin", "A large-scale provocation; Kyiv fires indiscriminately at civilian buildings",
              "2024-08-07", "text", "large-scale provocation"),
            S("Maria Zakharova", "Kyiv has no interest in a peaceful settlement; a harsh response will follow",
              "2024-08-09", "published", "no interest in a peaceful settlement"),
            S("Volodymyr Zelensky", "Russia brought the war to Ukraine and should feel what it has done", "2024-08-08",
              "text", "should feel what it has done"),
            S("United States", "Was not told of the operation in advance", "2024-08-09", "published",
              "had not been told"),
            S("White House", "Washington will seek to understand Kyiv's objectives; policy on US weapons unchanged",
              "2024-08-09", "published", "A White House spokesperson"),
            S("Germany", "Ukraine has a right to self-defence under international law, including on Russian territory",
              "2024-08-09", "published", "right to defend itself"),
            S("IAEA", "Grossi urges maximum restraint and is in contact with Moscow and Kyiv", "2024-08-09",
              "published", "maximum restraint"),
            S("Volodymyr Zelensky", "Wants Russia to attend a second peace summit in November", "2024-08-09",
              "published", "second peace summit"),
        ],
        ["Ukraine", "Russia", "Vladimir Putin", "Maria Zakharova", "Volodymyr Zelensky", "United States",
         "White House", "Germany", "IAEA"],
    ),
    doc(
        "b50en06_week_in_review_nuclear_tests_2025_10", "2025-10-31", EN06,
        [
            T("This week", "DATE", "2025-W44"),
            T("Sunday", "DATE", "2025-10-26"),
            T("about 15 hours", "DURATION", "PT15H", mod="APPROX"),
            T("Wednesday", "DATE", "2025-10-29"),
            T("Monday", "DATE", "2025-10-27"),
            T("Thursday", "DATE", "2025-10-30", 0),
            T("more than three decades", "DURATION", "P30Y", mod="MORE_THAN"),
            T("Thursday", "DATE", "2025-10-30", 1),
            T("2019", "DATE", "2019"),
            T("next Friday", "DATE", "2025-11-07"),
            T("last week", "DATE", "2025-W43"),
            T("2027", "DATE", "2027"),
            T("December", "DATE", "2025-12"),
            T("last Friday", "DATE", "2025-10-24"),
            T("overnight into Thursday", "TIME", "2025-10-29TNI", note="night of 29 to 30 October"),
            T("this month", "DATE", "2025-10"),
            T("two weeks ago", "DATE", "2025-W42"),
        ],
        [
            E("Putin announces the final Burevestnik test and orders preparations for its deployment", "MOBILIZE",
              ["Vladimir Putin"], "2025-10-26", "text", "occurred", "Burevestnik"),
            E("Putin announces a test of the Poseidon underwater drone", "MOBILIZE", ["Vladimir Putin"], "2025-10-29",
              "text", "occurred", "Poseidon"),
            E("Trump criticises Putin's missile boast", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-10-27",
              "text", "occurred", "not an appropriate thing"),
            E("Trump suggests Putin should end the war instead", "REQUEST", ["Donald Trump", "Vladimir Putin"],
              "2025-10-27", "text", "occurred", "not an appropriate thing"),
            E("Trump orders the Pentagon to begin nuclear weapons testing", "MOBILIZE", ["Donald Trump",
                                                                                         "United States"],
              "2025-10-30", "text", "occurred", "ordered the Pentagon"),
            E("Kremlin: Russia would respond in kind to a US test", "THREATEN", ["Kremlin", "United States"],
              "2025-10-30", "context", "occurred", "respond in kind"),
            E("Trump meets Xi in Busan", "CONSULT", ["Donald Trump", "Xi Jinping"], "2025-10-30", "text", "occurred",
              "Trump met China's Xi Jinping"),
            E("Trump and Xi agree to work together to end the war", "AGREE", ["Donald Trump", "Xi Jinping"],
              "2025-10-30", "context", "occurred", "agreed to work together"),
            E("US sanctions on Lukoil and Rosneft", "SANCTION", ["United States", "Russia"], "2025-W43", "context",
              "occurred", "Lukoil said it would sell", note="22 October 2025"),
            E("Orbán due at the White House next Friday", "CONSULT", ["Viktor Orbán", "White House"], "2025-11-07",
              "text", "planned", "due at the White House next Friday"),
            E("Orbán to ask for an exemption from the oil sanctions", "REQUEST", ["Viktor Orbán", "United States"],
              "2025-11-07", "context", "planned", "due at the White House next Friday"),
            E("EU adopts its 19th sanctions package, with a ban on Russian LNG from 2027", "SANCTION",
              ["European Union", "Russia"], "2025-W43", "text", "occurred", "19th package of sanctions"),
            E("EU decision on a loan to Ukraine backed by frozen Russian assets put off until December", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12", "text", "planned", "19th package of sanctions"),
            E("Starmer hosts the coalition of the willing in London", "CONSULT", ["Keir Starmer"], "2025-10-24", "text",
              "occurred", "hosting the \"coalition of the willing\""),
            E("Starmer urges allies to push Russian oil and gas off the world market", "REQUEST",
              ["Keir Starmer", "Russia"], "2025-10-24", "text", "occurred", "push Russian oil and gas"),
            E("Heavy Russian attack on Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"], "2025-10-29TNI", "text",
              "occurred", "overnight into Thursday"),
            E("Zelensky asks Europe for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2025-10-31", "published", "occurred", "Tomahawk"),
            E("Zelensky urges Washington to approve Tomahawk missiles", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2025-10-31", "published", "occurred", "Tomahawk"),
            E("Trump–Zelensky meeting at the White House this month", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-10", "text", "occurred", "Tomahawk", note="17 October 2025"),
            E("Trump refuses Tomahawks at the White House meeting", "REJECT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-10", "text", "occurred", "Tomahawk", note="17 October 2025"),
            E("Trump–Putin summit in Budapest shelved", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-W42",
              "text", "cancelled", "The Budapest summit",
              note="announced on 16 October 2025; no date was set, so it is dated by the announcement"),
        ],
        [
            S("Vladimir Putin", "Final successful test of the Burevestnik, which flew 14,000km in about 15 hours",
              "2025-10-26", "text", "Burevestnik"),
            S("Vladimir Putin", "No weapon in the world can match the Poseidon", "2025-10-29", "text", "Poseidon"),
            S("Donald Trump", "Putin's boast is not appropriate; he should end the war instead", "2025-10-27", "text",
              "not an appropriate thing"),
            S("Kremlin", "Russia would respond in kind if Washington carried out a test", "2025-10-30", "context",
              "respond in kind"),
            S("Donald Trump", "Ukraine came up very strongly; he and Xi agreed to work together to end the war",
              "2025-10-30", "context", "agreed to work together"),
            S("Keir Starmer", "Allies must push Russian oil and gas off the world market", "2025-10-24", "text",
              "push Russian oil and gas"),
            S("Volodymyr Zelensky", "Asks Europe for more Patriots and Washington for Tomahawks", "2025-10-31",
              "published", "Tomahawk"),
        ],
        ["Vladimir Putin", "Russia", "Donald Trump", "United States", "Kremlin", "Xi Jinping", "China", "Ukraine",
         "Viktor Orbán", "White House", "European Union", "Keir Starmer", "Volodymyr Zelensky"],
    ),
]
