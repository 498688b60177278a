"""English gold articles (fictionalised wire-style reports).  See build_gold.py."""
from build_gold import E, S, T

DOCS = []

# ---------------------------------------------------------------- en01
DOCS.append(dict(
    id="en01_trump_putin_call_2025_02", lang="en", published="2025-02-13",
    body="""
Trump and Putin agree to start Ukraine peace talks after lengthy phone call
WASHINGTON (AP) — President Donald Trump said he held a "lengthy and highly productive" phone call with Russian President Vladimir Putin on Wednesday and that they agreed to have their teams begin negotiations "immediately."
The call, which the Kremlin said lasted about an hour and a half, was the first publicly confirmed conversation between the leaders of the two countries since early 2022.
Trump said he then spoke with Ukrainian President Volodymyr Zelensky, who told him he also wants to make peace.

Zelensky described the conversation as "meaningful" and said in his nightly video address that Ukraine wants peace "more than anyone."
Kremlin spokesman Dmitry Peskov told reporters on Thursday that Putin had invited Trump to visit Moscow and that the two leaders agreed to meet in person.
Trump told reporters in the Oval Office that a first meeting could take place in Saudi Arabia in the not-too-distant future.

Secretary of State Marco Rubio and envoy Steve Witkoff will be among those leading the US side, the White House said.
Trump also said it was "unlikely" that Ukraine would return to its borders from before 2014 and that Kyiv joining NATO was not "practical."
NATO Secretary General Mark Rutte said in Brussels that Ukraine must be "involved in everything" and warned against a "bad deal."
German Chancellor Olaf Scholz called it "inappropriate" to discuss territorial concessions before negotiations had even begun.

Zelensky is due to meet Vice President JD Vance at the Munich Security Conference on Friday.
Russia invaded Ukraine nearly three years ago, and Moscow's forces currently control about a fifth of the country.
On Tuesday, Russia freed American teacher Marc Fogel, who had been held since August 2021, in what Witkoff described as a sign of good faith.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-02-12"),
        T("about an hour and a half", "DURATION", "PT90M", mod="APPROX"),
        T("early 2022", "DATE", "2022", mod="START"),
        T("nightly", "SET", "P1D"),
        T("Thursday", "DATE", "2025-02-13"),
        T("the not-too-distant future", "DATE", "FUTURE_REF"),
        T("2014", "DATE", "2014"),
        T("Friday", "DATE", "2025-02-14"),
        T("nearly three years ago", "DATE", "2022"),
        T("currently", "DATE", "PRESENT_REF"),
        T("Tuesday", "DATE", "2025-02-11"),
        T("August 2021", "DATE", "2021-08"),
    ],
    events=[
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-02-12", "text", "occurred", "highly productive"),
        E("Trump and Putin agree their teams begin negotiations", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2025-02-12", "context", "occurred", "highly productive"),
        E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-12", "context", "occurred", "Trump said he then spoke"),
        E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"],
          "2025-02-12", "context", "occurred", "Peskov told reporters on Thursday"),
        E("Trump and Putin agree to meet in person", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2025-02-12", "context", "occurred", "Peskov told reporters on Thursday"),
        E("Possible first Trump–Putin meeting in Saudi Arabia", "CONSULT", ["Donald Trump", "Vladimir Putin", "Saudi Arabia"],
          "FUTURE_REF", "vague", "uncertain", "in the not-too-distant future"),
        E("Scholz criticises discussing territorial concessions before talks", "ACCUSE", ["Olaf Scholz", "United States"],
          "2025-02-13", "published", "occurred", "Olaf Scholz called it"),
        E("Zelensky to meet Vance in Munich", "CONSULT", ["Volodymyr Zelensky", "JD Vance"],
          "2025-02-14", "text", "planned", "Zelensky is due to meet"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022", "text", "occurred", "Russia invaded Ukraine nearly three years ago"),
        E("Russia frees US teacher Marc Fogel", "CONCEDE", ["Russia", "United States"],
          "2025-02-11", "text", "occurred", "Marc Fogel"),
    ],
    statements=[
        S("Donald Trump", "Lengthy and highly productive call; teams to begin negotiations immediately", "2025-02-12", "context", "highly productive"),
        S("Kremlin", "The call lasted about an hour and a half", "2025-02-13", "published", "which the Kremlin said"),
        S("Donald Trump", "Spoke with Zelensky afterwards", "2025-02-12", "context", "Trump said he then spoke"),
        S("Volodymyr Zelensky, via Donald Trump", "Zelensky also wants to make peace", "2025-02-12", "context", "Trump said he then spoke"),
        S("Volodymyr Zelensky", "Meaningful conversation; Ukraine wants peace more than anyone", "2025-02-12", "context", "nightly video address"),
        S("Dmitry Peskov", "Putin invited Trump to Moscow; the leaders agreed to meet", "2025-02-13", "text", "Peskov told reporters on Thursday"),
        S("Donald Trump", "First meeting could take place in Saudi Arabia", "2025-02-13", "published", "in the not-too-distant future"),
        S("White House", "Rubio and Witkoff among those leading the US side", "2025-02-13", "published", "the White House said"),
        S("Donald Trump", "Return to pre-2014 borders unlikely; NATO membership for Kyiv not practical", "2025-02-13", "published", "Trump also said"),
        S("Mark Rutte", "Ukraine must be involved in everything; warns against a bad deal", "2025-02-13", "published", "Mark Rutte said in Brussels"),
        S("Olaf Scholz", "Inappropriate to discuss territorial concessions before talks begin", "2025-02-13", "published", "Olaf Scholz called it"),
        S("Steve Witkoff", "Fogel's release is a sign of good faith", "2025-02-13", "published", "Marc Fogel"),
    ],
    actors=["Germany", "Donald Trump", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "Ukraine", "Dmitry Peskov",
            "Saudi Arabia", "Marco Rubio", "Steve Witkoff", "White House", "NATO", "Mark Rutte", "Olaf Scholz",
            "United States", "JD Vance", "Russia"],
))

# ---------------------------------------------------------------- en02
DOCS.append(dict(
    id="en02_riyadh_2025_02", lang="en", published="2025-02-19",
    body="""
US and Russia agree to restore embassies, set up teams on Ukraine after Riyadh talks
RIYADH, Saudi Arabia (Reuters) — Top US and Russian diplomats agreed on Tuesday to work toward ending the war in Ukraine and to restore staffing at their embassies in Washington and Moscow.
Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov met for four and a half hours at Diriyah Palace, the first such meeting since Russia's full-scale invasion.
Envoy Steve Witkoff and Kremlin foreign policy aide Yuri Ushakov also took part.

Rubio told reporters after the meeting that the two sides would appoint high-level teams to negotiate an end to the conflict "as quickly as possible."
He said ending the war would require "concessions" from all sides.
Lavrov said the talks had been "useful" and that Moscow had explained why the deployment of troops from NATO countries to Ukraine would be "unacceptable."
Ushakov said it was too early to set a date for a summit between Putin and Trump.

Ukraine was not invited to the talks, and President Volodymyr Zelensky postponed a trip to Saudi Arabia that had been scheduled for Wednesday, saying Kyiv would not recognize any agreement made "without us."
He said the visit would now take place on March 10.
Speaking at his Mar-a-Lago residence on Tuesday evening, Trump said he was "very disappointed" that Ukraine had complained about being left out.
"You've been there for three years," Trump said of Ukraine's leadership.
He added that he would "probably" meet Putin before the end of the month.

The European Union is preparing a 16th package of sanctions against Russia, due to be adopted on Feb. 24, the third anniversary of the invasion.
EU foreign policy chief Kaja Kallas said Washington was seeking a "quick fix" and warned against a "dirty deal."
""",
    timexes=[
        T("Tuesday", "DATE", "2025-02-18"),
        T("four and a half hours", "DURATION", "PT4H30M"),
        T("Wednesday", "DATE", "2025-02-19"),
        T("now", "DATE", "PRESENT_REF"),
        T("March 10", "DATE", "2025-03-10"),
        T("Tuesday evening", "TIME", "2025-02-18TEV"),
        T("three years", "DURATION", "P3Y"),
        T("the end of the month", "DATE", "2025-02", mod="END"),
        T("Feb. 24", "DATE", "2025-02-24"),
    ],
    events=[
        E("US and Russia agree to work toward ending the war", "AGREE", ["United States", "Russia"],
          "2025-02-18", "text", "occurred", "Top US and Russian diplomats"),
        E("US and Russia agree to restore embassy staffing", "AGREE", ["United States", "Russia"],
          "2025-02-18", "text", "occurred", "Top US and Russian diplomats"),
        E("Rubio–Lavrov meeting in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov", "Steve Witkoff", "Yuri Ushakov"],
          "2025-02-18", "context", "occurred", "met for four and a half hours"),
        E("Russia rejects NATO troops in Ukraine", "REJECT", ["Sergey Lavrov", "Russia", "NATO"],
          "2025-02-18", "context", "occurred", "Lavrov said the talks"),
        E("Zelensky's visit to Saudi Arabia postponed", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"],
          "2025-02-19", "text", "cancelled", "postponed a trip"),
        E("Zelensky refuses to recognise agreements made without Ukraine", "REJECT", ["Volodymyr Zelensky"],
          "2025-02-19", "published", "occurred", "postponed a trip"),
        E("Zelensky's rescheduled visit to Saudi Arabia", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"],
          "2025-03-10", "text", "planned", "He said the visit would now"),
        E("Trump criticises Ukraine's leadership", "ACCUSE", ["Donald Trump", "Ukraine"],
          "2025-02-18TEV", "context", "occurred", "You've been there"),
        E("Possible Trump–Putin meeting before the end of February", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-02", "text", "uncertain", "He added that he would", date_mod="END"),
        E("EU's 16th sanctions package to be adopted", "SANCTION", ["European Union", "Russia"],
          "2025-02-24", "text", "planned", "16th package"),
        E("Kallas criticises the US approach", "ACCUSE", ["Kaja Kallas", "United States"],
          "2025-02-19", "published", "occurred", "Kaja Kallas said"),
    ],
    statements=[
        S("Marco Rubio", "High-level teams to negotiate an end to the conflict as quickly as possible", "2025-02-18", "context", "Rubio told reporters after the meeting"),
        S("Marco Rubio", "Ending the war will require concessions from all sides", "2025-02-18", "context", "He said ending the war"),
        S("Sergey Lavrov", "Talks useful; NATO troops in Ukraine unacceptable", "2025-02-18", "context", "Lavrov said the talks"),
        S("Yuri Ushakov", "Too early to set a date for a Putin–Trump summit", "2025-02-18", "context", "Ushakov said"),
        S("Volodymyr Zelensky", "Kyiv will not recognise any agreement made without it", "2025-02-19", "published", "postponed a trip"),
        S("Volodymyr Zelensky", "The Saudi visit will take place on March 10", "2025-02-19", "published", "He said the visit would now"),
        S("Donald Trump", "Very disappointed that Ukraine complained about being left out", "2025-02-18TEV", "text", "very disappointed"),
        S("Donald Trump", "You've been there for three years", "2025-02-18TEV", "context", "You've been there"),
        S("Donald Trump", "Will probably meet Putin before the end of the month", "2025-02-18TEV", "context", "He added that he would"),
        S("Kaja Kallas", "The US seeks a quick fix; warns against a dirty deal", "2025-02-19", "published", "Kaja Kallas said"),
    ],
    actors=["United States", "Russia", "Ukraine", "Saudi Arabia", "Marco Rubio", "Sergey Lavrov", "Steve Witkoff",
            "Kremlin", "Yuri Ushakov", "NATO", "Vladimir Putin", "Donald Trump", "Volodymyr Zelensky",
            "European Union", "Kaja Kallas"],
))

# ---------------------------------------------------------------- en03
DOCS.append(dict(
    id="en03_jeddah_2025_03", lang="en", published="2025-03-12",
    body="""
Ukraine backs US proposal for 30-day ceasefire; Washington resumes military aid
JEDDAH, Saudi Arabia (AP) — Ukraine said on Tuesday it was ready to accept a US proposal for an immediate 30-day ceasefire with Russia, after more than eight hours of talks with American officials in Saudi Arabia.
In a joint statement, the two countries said the United States would "immediately" lift its pause on intelligence sharing and resume security assistance to Ukraine.
Washington had suspended aid last week after a heated Oval Office meeting between President Donald Trump and Ukrainian President Volodymyr Zelensky on Feb. 28.

Secretary of State Marco Rubio told reporters after the talks that "the ball is now in Russia's court."
Zelensky said in a video address that Ukraine was "ready for peace" and that it was now up to the US to convince Russia.
Trump said on Wednesday he hoped Russia would agree to the ceasefire and that he might speak to Putin this week.
Envoy Steve Witkoff is expected in Moscow in the coming days.

Kremlin spokesman Dmitry Peskov said Moscow was studying the statements from Jeddah and cautioned against "getting ahead of ourselves."
Ukraine also proposed a prisoner exchange and the return of children deported to Russia.
The talks came as Ukraine launched its largest drone attack on the Moscow region since the start of the war early Tuesday, killing at least three people.
European leaders welcomed the outcome, with French President Emmanuel Macron calling the ceasefire proposal "a step forward."
Poland's Prime Minister Donald Tusk said Europe must now "help Ukraine get the best possible deal."
""",
    timexes=[
        T("30-day", "DURATION", "P30D"),
        T("Tuesday", "DATE", "2025-03-11"),
        T("30-day", "DURATION", "P30D", n=1),
        T("more than eight hours", "DURATION", "PT8H", mod="MORE_THAN"),
        T("last week", "DATE", "2025-W10"),
        T("Feb. 28", "DATE", "2025-02-28"),
        T("now", "DATE", "PRESENT_REF"),
        T("now", "DATE", "PRESENT_REF", n=1),
        T("Wednesday", "DATE", "2025-03-12"),
        T("this week", "DATE", "2025-W11"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("early Tuesday", "TIME", "2025-03-11TMO"),
        T("now", "DATE", "PRESENT_REF", n=2),
    ],
    events=[
        E("Ukraine accepts US proposal for a 30-day ceasefire", "AGREE", ["Ukraine", "United States"],
          "2025-03-11", "text", "occurred", "Ukraine said on Tuesday"),
        E("US–Ukraine talks in Jeddah", "CONSULT", ["United States", "Ukraine"],
          "2025-03-11", "context", "occurred", "Ukraine said on Tuesday"),
        E("US to resume intelligence sharing and security assistance", "AID", ["United States", "Ukraine"],
          "2025-03-11", "context", "planned", "In a joint statement"),
        E("US suspended aid to Ukraine", "SANCTION", ["United States", "Ukraine"],
          "2025-W10", "text", "occurred", "Washington had suspended aid", note="pause announced 2025-03-03/04"),
        E("Heated Trump–Zelensky Oval Office meeting", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "text", "occurred", "Washington had suspended aid"),
        E("Possible Trump–Putin call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-W11", "text", "uncertain", "Trump said on Wednesday"),
        E("Witkoff visit to Moscow", "CONSULT", ["Steve Witkoff", "Russia"],
          "FUTURE_REF", "vague", "planned", "Envoy Steve Witkoff is expected"),
        E("Ukraine proposes a prisoner exchange and return of deported children", "REQUEST", ["Ukraine", "Russia"],
          "2025-03-11", "context", "occurred", "Ukraine also proposed"),
        E("Large Ukrainian drone attack on the Moscow region", "ASSAULT", ["Ukraine", "Russia"],
          "2025-03-11TMO", "text", "occurred", "largest drone attack"),
    ],
    statements=[
        S("Ukraine", "Ready to accept an immediate 30-day ceasefire", "2025-03-11", "text", "Ukraine said on Tuesday"),
        S("Joint statement: United States, Ukraine", "US to lift pause on intelligence sharing and resume security assistance", "2025-03-11", "context", "In a joint statement"),
        S("Marco Rubio", "The ball is now in Russia's court", "2025-03-11", "context", "the ball is now"),
        S("Volodymyr Zelensky", "Ukraine ready for peace; up to the US to convince Russia", "2025-03-12", "published", "Zelensky said in a video address"),
        S("Donald Trump", "Hopes Russia agrees; might speak to Putin this week", "2025-03-12", "text", "Trump said on Wednesday"),
        S("Dmitry Peskov", "Moscow studying the Jeddah statements; cautions against getting ahead", "2025-03-12", "published", "Kremlin spokesman Dmitry Peskov said"),
        S("Emmanuel Macron", "The ceasefire proposal is a step forward", "2025-03-12", "published", "Emmanuel Macron calling"),
        S("Donald Tusk", "Europe must help Ukraine get the best possible deal", "2025-03-12", "published", "Donald Tusk said"),
    ],
    actors=["France", "Ukraine", "United States", "Russia", "Saudi Arabia", "Donald Trump", "Volodymyr Zelensky", "Marco Rubio",
            "Vladimir Putin", "Steve Witkoff", "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "Poland", "Donald Tusk"],
))

# ---------------------------------------------------------------- en04
DOCS.append(dict(
    id="en04_black_sea_2025_03", lang="en", published="2025-03-26",
    body="""
White House says Russia, Ukraine agree to Black Sea truce; Kremlin sets conditions
WASHINGTON (Reuters) — The White House said on Tuesday that Russia and Ukraine had agreed to ensure safe navigation in the Black Sea and to develop measures to implement a ban on strikes against energy facilities.
The announcements followed three days of talks in Riyadh that ended on Tuesday, where US officials met separately with Ukrainian and Russian delegations.

Shortly afterwards, the Kremlin said the Black Sea deal would only take effect after some Western sanctions were lifted, including restrictions on the state agricultural bank Rosselkhozbank.
The Kremlin also said the moratorium on strikes against energy infrastructure, agreed by Putin and Trump on March 18, had taken effect that day for 30 days.
Ukrainian President Volodymyr Zelensky accused Moscow of "manipulating" and said Ukraine would not accept any easing of sanctions.
"Russia is already trying to distort the agreements," he said in his nightly address.

Trump told Newsmax on Tuesday evening that Russia might be "dragging its feet" but added that both sides "want to see it end."
Asked about the Kremlin's conditions, he said: "We're thinking about all of them right now."
Russian Foreign Minister Sergey Lavrov said Moscow needed "clear guarantees" because past agreements had been broken, citing the 2022 grain deal.
US officials expect further technical talks with both sides in early April.
The talks were the most detailed since the war began more than three years ago.
""",
    timexes=[
        T("Tuesday", "DATE", "2025-03-25"),
        T("three days", "DURATION", "P3D"),
        T("Tuesday", "DATE", "2025-03-25", n=1),
        T("March 18", "DATE", "2025-03-18"),
        T("that day", "DATE", "2025-03-18"),
        T("30 days", "DURATION", "P30D"),
        T("nightly", "SET", "P1D"),
        T("Tuesday evening", "TIME", "2025-03-25TEV"),
        T("right now", "DATE", "PRESENT_REF"),
        T("2022", "DATE", "2022"),
        T("early April", "DATE", "2025-04", mod="START"),
        T("more than three years ago", "DATE", "2022"),
    ],
    events=[
        E("Russia and Ukraine agree to safe navigation in the Black Sea and to implement the energy strike ban", "AGREE",
          ["Russia", "Ukraine", "United States"], "2025-03-25", "context", "occurred", "The White House said on Tuesday"),
        E("US–Ukraine talks in Riyadh", "CONSULT", ["United States", "Ukraine"],
          "2025-03-25", "text", "occurred", "three days of talks", note="talks held 2025-03-23 to 2025-03-25"),
        E("US–Russia talks in Riyadh", "CONSULT", ["United States", "Russia"],
          "2025-03-25", "text", "occurred", "three days of talks", note="talks held 2025-03-23 to 2025-03-25"),
        E("Kremlin demands lifting of some sanctions before the Black Sea deal takes effect", "REQUEST", ["Kremlin", "Russia"],
          "2025-03-25", "context", "occurred", "Shortly afterwards"),
        E("Putin and Trump agree a 30-day moratorium on strikes on energy infrastructure", "AGREE", ["Vladimir Putin", "Donald Trump"],
          "2025-03-18", "text", "occurred", "moratorium on strikes"),
        E("Zelensky accuses Moscow of manipulation", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-03-26", "published", "occurred", "accused Moscow"),
        E("Ukraine rejects any easing of sanctions", "REJECT", ["Volodymyr Zelensky", "Ukraine"],
          "2025-03-26", "published", "occurred", "accused Moscow"),
        E("Further technical talks", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2025-04", "text", "planned", "US officials expect", date_mod="START"),
        E("Start of the war", "ASSAULT", ["Russia", "Ukraine"],
          "2022", "text", "occurred", "the war began", note="2022-02-24"),
    ],
    statements=[
        S("White House", "Russia and Ukraine agreed on Black Sea navigation and energy strike ban measures", "2025-03-25", "text", "The White House said on Tuesday"),
        S("Kremlin", "The Black Sea deal takes effect only after some sanctions are lifted", "2025-03-25", "context", "Shortly afterwards"),
        S("Kremlin", "The energy moratorium took effect on March 18 for 30 days", "2025-03-26", "published", "moratorium on strikes"),
        S("Volodymyr Zelensky", "Moscow is manipulating; no easing of sanctions", "2025-03-26", "published", "accused Moscow"),
        S("Volodymyr Zelensky", "Russia is already trying to distort the agreements", "2025-03-26", "published", "already trying to distort"),
        S("Donald Trump", "Russia may be dragging its feet; both sides want it to end", "2025-03-25TEV", "text", "Trump told Newsmax"),
        S("Donald Trump", "Thinking about all the conditions right now", "2025-03-25TEV", "context", "right now"),
        S("Sergey Lavrov", "Moscow needs clear guarantees because past agreements were broken", "2025-03-26", "published", "Sergey Lavrov said"),
    ],
    actors=["White House", "Russia", "Ukraine", "United States", "Kremlin", "Vladimir Putin", "Donald Trump",
            "Volodymyr Zelensky", "Sergey Lavrov"],
))

# ---------------------------------------------------------------- en05
DOCS.append(dict(
    id="en05_nato_hague_2025_06", lang="en", published="2025-06-25",
    body="""
NATO allies back 5% defense spending goal as Trump meets Zelensky in The Hague
THE HAGUE (Reuters) — NATO leaders agreed on Wednesday to raise their defense spending target to 5% of gross domestic product by 2035, bowing to pressure from US President Donald Trump.
The summit's final declaration, just five paragraphs long, described Russia as a "long-term threat" to Euro-Atlantic security.
Secretary General Mark Rutte called the decision "a quantum leap" for the alliance.

Trump met Ukrainian President Volodymyr Zelensky on the sidelines of the summit for about 50 minutes.
Zelensky said they discussed air defense and that Ukraine was ready to buy more Patriot systems.
Trump told reporters afterwards that Vladimir Putin should "get it over with" and that he would speak to him "soon."

Kremlin spokesman Dmitry Peskov said on Tuesday that NATO was turning into an "instrument of confrontation."
Russian Foreign Ministry spokeswoman Maria Zakharova accused the alliance of "militarisation" and said Moscow would respond.

Last year's summit in Washington had pledged at least 40 billion euros in military aid to Ukraine for 2025.
German Chancellor Friedrich Merz said Germany would reach the 3.5% core target by 2029, six years earlier than required.
The next NATO summit is scheduled to take place in Turkey in 2026.
Ukraine's bid to join the alliance was not mentioned in the declaration, unlike at the previous two summits.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-06-25"),
        T("2035", "DATE", "2035"),
        T("about 50 minutes", "DURATION", "PT50M", mod="APPROX"),
        T("soon", "DATE", "FUTURE_REF"),
        T("Tuesday", "DATE", "2025-06-24"),
        T("Last year", "DATE", "2024"),
        T("2025", "DATE", "2025"),
        T("2029", "DATE", "2029"),
        T("six years", "DURATION", "P6Y"),
        T("2026", "DATE", "2026"),
    ],
    events=[
        E("NATO agrees a 5% defense spending target by 2035", "AGREE", ["NATO"],
          "2025-06-25", "text", "occurred", "NATO leaders agreed on Wednesday"),
        E("NATO declaration calls Russia a long-term threat", "ACCUSE", ["NATO", "Russia"],
          "2025-06-25", "context", "occurred", "final declaration"),
        E("Trump–Zelensky meeting at the NATO summit", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-06-25", "context", "occurred", "Trump met Ukrainian President"),
        E("Trump to speak to Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "FUTURE_REF", "vague", "planned", "get it over with"),
        E("Peskov accuses NATO of becoming an instrument of confrontation", "ACCUSE", ["Dmitry Peskov", "NATO"],
          "2025-06-24", "text", "occurred", "Peskov said on Tuesday"),
        E("Zakharova accuses NATO of militarisation", "ACCUSE", ["Maria Zakharova", "NATO"],
          "2025-06-25", "published", "occurred", "Maria Zakharova accused"),
        E("NATO pledged military aid to Ukraine at the Washington summit", "AGREE", ["NATO", "Ukraine"],
          "2024", "text", "occurred", "Last year's summit"),
        E("Germany promises to reach the 3.5% core target by 2029", "AGREE", ["Friedrich Merz", "Germany"],
          "2025-06-25", "published", "occurred", "Friedrich Merz said"),
        E("Next NATO summit in Turkey", "CONSULT", ["NATO", "Turkey"],
          "2026", "text", "planned", "The next NATO summit"),
    ],
    statements=[
        S("NATO", "Russia is a long-term threat to Euro-Atlantic security", "2025-06-25", "context", "final declaration"),
        S("Mark Rutte", "The decision is a quantum leap for the alliance", "2025-06-25", "published", "Mark Rutte called"),
        S("Volodymyr Zelensky", "Discussed air defense; Ukraine ready to buy more Patriots", "2025-06-25", "published", "Zelensky said they discussed"),
        S("Donald Trump", "Putin should get it over with; will speak to him soon", "2025-06-25", "published", "get it over with"),
        S("Dmitry Peskov", "NATO is turning into an instrument of confrontation", "2025-06-24", "text", "Peskov said on Tuesday"),
        S("Maria Zakharova", "Accuses NATO of militarisation; Moscow will respond", "2025-06-25", "published", "Maria Zakharova accused"),
        S("Friedrich Merz", "Germany will reach the 3.5% core target by 2029", "2025-06-25", "published", "Friedrich Merz said"),
    ],
    actors=["NATO", "Donald Trump", "United States", "Russia", "Mark Rutte", "Volodymyr Zelensky", "Ukraine",
            "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Friedrich Merz", "Germany", "Turkey"],
))

# ---------------------------------------------------------------- en06
DOCS.append(dict(
    id="en06_orthodox_christmas_2023_01", lang="en", published="2023-01-06",
    body="""
Putin orders 36-hour Orthodox Christmas ceasefire; Kyiv dismisses it as 'hypocrisy'
MOSCOW (AP) — Russian President Vladimir Putin on Thursday ordered his forces in Ukraine to observe a unilateral ceasefire for 36 hours over Orthodox Christmas, the Kremlin said.
The truce was to begin at noon Moscow time on Jan. 6 and last until midnight on Jan. 7.
Putin acted at the request of the head of the Russian Orthodox Church, according to the Kremlin statement.

Earlier on Thursday, Putin spoke by phone with Turkish President Recep Tayyip Erdoğan, who urged him to declare a "unilateral ceasefire."
Putin told Erdoğan that Moscow was open to "serious dialogue" if Kyiv accepted the "new territorial realities," according to the Kremlin.

Ukrainian President Volodymyr Zelensky said in his nightly address that the truce was a ploy to halt Ukraine's advances in the Donbas and bring in more troops.
US President Joe Biden said Putin was "trying to find some oxygen."
Secretary of State Antony Blinken said the Kremlin had repeatedly failed to respect its own pledges.

Ukrainian officials reported Russian shelling of Kramatorsk on Friday afternoon, shortly after the truce was due to begin.
Russia has been at war with Ukraine for more than 10 months.
The Kremlin said no talks with Kyiv were planned for now.
""",
    timexes=[
        T("36-hour", "DURATION", "PT36H"),
        T("Thursday", "DATE", "2023-01-05"),
        T("36 hours", "DURATION", "PT36H"),
        T("Orthodox Christmas", "DATE", "2023-01-07", n=1),
        T("noon Moscow time", "TIME", "2023-01-06T12:00", note="Moscow time (UTC+3)"),
        T("Jan. 6", "DATE", "2023-01-06"),
        T("midnight", "TIME", "2023-01-08T00:00", note="Moscow time; midnight at the end of 7 January"),
        T("Jan. 7", "DATE", "2023-01-07"),
        T("Thursday", "DATE", "2023-01-05", n=1),
        T("nightly", "SET", "P1D"),
        T("Friday afternoon", "TIME", "2023-01-06TAF"),
        T("more than 10 months", "DURATION", "P10M", mod="MORE_THAN"),
        T("now", "DATE", "PRESENT_REF"),
    ],
    events=[
        E("Putin orders a 36-hour Orthodox Christmas ceasefire", "RETREAT", ["Vladimir Putin", "Russia"],
          "2023-01-06T12:00", "text", "occurred", "The truce was to begin",
          note="ordered on 2023-01-05"),
        E("Putin–Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
          "2023-01-05", "text", "occurred", "Earlier on Thursday"),
        E("Erdoğan urges Putin to declare a unilateral ceasefire", "REQUEST", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2023-01-05", "context", "occurred", "Earlier on Thursday"),
        E("Putin demands Kyiv accept the new territorial realities", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2023-01-05", "context", "occurred", "serious dialogue"),
        E("Ukraine dismisses the truce as a ploy", "REJECT", ["Volodymyr Zelensky", "Ukraine"],
          "2023-01-06", "published", "occurred", "Zelensky said in his nightly address"),
        E("Blinken accuses the Kremlin of breaking its pledges", "ACCUSE", ["Antony Blinken", "Kremlin"],
          "2023-01-06", "published", "occurred", "Antony Blinken said"),
        E("Russian shelling of Kramatorsk", "ASSAULT", ["Russia", "Ukraine"],
          "2023-01-06TAF", "text", "occurred", "shelling of Kramatorsk"),
    ],
    statements=[
        S("Kremlin", "Putin ordered a 36-hour ceasefire over Orthodox Christmas", "2023-01-05", "context", "the Kremlin said."),
        S("Kremlin", "Putin acted at the request of the head of the Russian Orthodox Church", "2023-01-05", "context", "Putin acted at the request"),
        S("Recep Tayyip Erdoğan", "Urges Putin to declare a unilateral ceasefire", "2023-01-05", "context", "Earlier on Thursday"),
        S("Vladimir Putin, via Kremlin", "Open to serious dialogue if Kyiv accepts the new territorial realities", "2023-01-05", "context", "serious dialogue"),
        S("Volodymyr Zelensky", "The truce is a ploy to halt Ukraine's advances and bring in troops", "2023-01-06", "published", "Zelensky said in his nightly address"),
        S("Joe Biden", "Putin is trying to find some oxygen", "2023-01-06", "published", "Joe Biden said"),
        S("Antony Blinken", "The Kremlin has repeatedly failed to respect its pledges", "2023-01-06", "published", "Antony Blinken said"),
        S("Ukraine", "Russian shelling of Kramatorsk after the truce was due to begin", "2023-01-06", "published", "shelling of Kramatorsk"),
        S("Kremlin", "No talks with Kyiv planned for now", "2023-01-06", "published", "no talks with Kyiv"),
    ],
    actors=["United States", "Turkey", "Vladimir Putin", "Kremlin", "Ukraine", "Russia", "Recep Tayyip Erdoğan", "Volodymyr Zelensky",
            "Joe Biden", "Antony Blinken"],
))

# ---------------------------------------------------------------- en07
DOCS.append(dict(
    id="en07_istanbul_proposal_2025_05", lang="en", published="2025-05-12",
    body="""
Zelensky says he will wait for Putin in Turkey on Thursday
KYIV (Reuters) — Ukrainian President Volodymyr Zelensky said he would travel to Turkey on Thursday and wait there for Vladimir Putin "personally," after the Russian leader proposed direct talks in Istanbul on May 15.
Putin made the proposal in a televised statement at the Kremlin shortly before 2 a.m. Moscow time on Sunday, saying the talks should begin "without any preconditions."

The proposal came after the leaders of France, Germany, Britain and Poland visited Kyiv on Saturday and demanded that Russia agree to an unconditional 30-day ceasefire starting Monday.
Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk warned in a joint statement of "massive" new sanctions if Moscow refused.
Macron said on Sunday that Putin's offer was "a first step, but not enough."

US President Donald Trump wrote on his Truth Social platform that Ukraine should agree to the Istanbul meeting "IMMEDIATELY."
Trump also said he was considering flying to Turkey for the talks.
Kremlin spokesman Dmitry Peskov said on Monday that Russia was "determined to seek peace" but dismissed the ultimatum language from European capitals as "unacceptable."

Turkish President Recep Tayyip Erdoğan told Putin in a phone call on Sunday that Ankara was ready to host the negotiations.
Ukraine and Russia last held direct talks in Istanbul in the spring of 2022, three years ago.
Zelensky said he expected a "full and lasting ceasefire" from Monday and that there was no point in continuing the killing for even a single day.
""",
    timexes=[
        T("Thursday", "DATE", "2025-05-15"),
        T("Thursday", "DATE", "2025-05-15", n=1),
        T("May 15", "DATE", "2025-05-15"),
        T("2 a.m. Moscow time", "TIME", "2025-05-11T02:00", mod="APPROX", note="Moscow time; 'shortly before'"),
        T("Sunday", "DATE", "2025-05-11"),
        T("Saturday", "DATE", "2025-05-10"),
        T("30-day", "DURATION", "P30D"),
        T("Monday", "DATE", "2025-05-12"),
        T("Sunday", "DATE", "2025-05-11", n=1),
        T("Monday", "DATE", "2025-05-12", n=1),
        T("Sunday", "DATE", "2025-05-11", n=2),
        T("the spring of 2022", "DATE", "2022-SP"),
        T("three years ago", "DATE", "2022"),
        T("Monday", "DATE", "2025-05-12", n=2),
        T("a single day", "DURATION", "P1D"),
    ],
    events=[
        E("Zelensky to wait for Putin in Turkey", "CONSULT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-05-15", "text", "uncertain", "wait there for Vladimir Putin"),
        E("Putin proposes direct talks in Istanbul", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2025-05-11", "text", "occurred", "Putin made the proposal"),
        E("Russia–Ukraine direct talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-05-15", "text", "planned", "wait there for Vladimir Putin"),
        E("European leaders visit Kyiv", "CONSULT", ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk", "Volodymyr Zelensky"],
          "2025-05-10", "text", "occurred", "visited Kyiv on Saturday"),
        E("European leaders demand an unconditional 30-day ceasefire from Monday", "REQUEST", ["France", "Germany", "United Kingdom", "Poland", "Russia"],
          "2025-05-10", "context", "occurred", "visited Kyiv on Saturday"),
        E("European leaders threaten massive new sanctions", "THREATEN", ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk", "Russia"],
          "2025-05-10", "context", "occurred", "warned in a joint statement"),
        E("Trump urges Ukraine to accept the Istanbul meeting", "REQUEST", ["Donald Trump", "Ukraine"],
          "2025-05-12", "published", "occurred", "IMMEDIATELY"),
        E("Trump may attend the talks in Turkey", "CONSULT", ["Donald Trump", "Turkey"],
          "2025-05-15", "context", "uncertain", "considering flying to Turkey"),
        E("Kremlin rejects European ultimatum language", "REJECT", ["Dmitry Peskov", "Russia"],
          "2025-05-12", "text", "occurred", "Peskov said on Monday"),
        E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2025-05-11", "text", "occurred", "told Putin in a phone call on Sunday"),
        E("Last direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2022-SP", "text", "occurred", "last held direct talks"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Will travel to Turkey on Thursday and wait for Putin personally", "2025-05-12", "published", "wait there for Vladimir Putin"),
        S("Vladimir Putin", "Proposes direct talks in Istanbul without preconditions", "2025-05-11", "text", "Putin made the proposal"),
        S("Joint statement: Emmanuel Macron, Friedrich Merz, Keir Starmer, Donald Tusk", "Massive new sanctions if Moscow refuses", "2025-05-10", "context", "warned in a joint statement"),
        S("Emmanuel Macron", "Putin's offer is a first step, but not enough", "2025-05-11", "text", "Macron said on Sunday"),
        S("Donald Trump", "Ukraine should agree to the Istanbul meeting immediately", "2025-05-12", "published", "IMMEDIATELY"),
        S("Donald Trump", "Considering flying to Turkey for the talks", "2025-05-12", "published", "considering flying to Turkey"),
        S("Dmitry Peskov", "Russia determined to seek peace; ultimatum language unacceptable", "2025-05-12", "text", "Peskov said on Monday"),
        S("Recep Tayyip Erdoğan", "Ankara ready to host the negotiations", "2025-05-11", "text", "told Putin in a phone call on Sunday"),
        S("Volodymyr Zelensky", "Expects a full and lasting ceasefire from Monday", "2025-05-12", "published", "full and lasting ceasefire"),
    ],
    actors=["United States", "Volodymyr Zelensky", "Vladimir Putin", "Turkey", "Kremlin", "Russia", "France", "Germany",
            "United Kingdom", "Poland", "Ukraine", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer",
            "Donald Tusk", "Donald Trump", "Dmitry Peskov", "Recep Tayyip Erdoğan"],
))

# ---------------------------------------------------------------- en08
DOCS.append(dict(
    id="en08_ankara_swap_2024_08", lang="en", published="2024-08-02",
    body="""
Gershkovich, Whelan freed in biggest US-Russia prisoner swap since Cold War
ANKARA (AP) — Russia and the United States completed their largest prisoner exchange in post-Soviet history on Thursday, freeing 24 people including Wall Street Journal reporter Evan Gershkovich and former Marine Paul Whelan.
The swap, which involved seven countries, took place at Ankara's airport and was coordinated by Turkey's intelligence agency.
Gershkovich had been held for more than 16 months on espionage charges that he, his employer and the US government vehemently denied.

President Joe Biden called the deal "a feat of diplomacy" and thanked allies including Germany, Poland and Turkey.
Biden greeted the freed Americans at Joint Base Andrews late Thursday.
Secretary of State Antony Blinken said the negotiations had taken place "over many, many months."
Germany released Vadim Krasikov, who had been serving a life sentence for a 2019 murder in a Berlin park.
Chancellor Olaf Scholz, who met the freed prisoners at Cologne airport on Thursday night, said the decision "was not easy."

Vladimir Putin personally met the returning Russians at Moscow's Vnukovo airport on Thursday evening and promised them state awards.
Kremlin spokesman Dmitry Peskov confirmed on Friday that Putin had signed pardons for the freed prisoners, but stressed that the exchange did not signal a broader thaw with Washington.
US officials said the talks had no link to efforts to end the war in Ukraine, now in its third year.
Turkish President Recep Tayyip Erdoğan said Ankara was ready to mediate further exchanges in the future.
Whelan had been detained in Moscow in December 2018.
""",
    timexes=[
        T("Thursday", "DATE", "2024-08-01"),
        T("more than 16 months", "DURATION", "P16M", mod="MORE_THAN"),
        T("late Thursday", "TIME", "2024-08-01TNI"),
        T("many, many months", "DURATION", "PXM"),
        T("2019", "DATE", "2019"),
        T("Thursday night", "TIME", "2024-08-01TNI"),
        T("Thursday evening", "TIME", "2024-08-01TEV"),
        T("Friday", "DATE", "2024-08-02"),
        T("now", "DATE", "PRESENT_REF"),
        T("the future", "DATE", "FUTURE_REF"),
        T("December 2018", "DATE", "2018-12"),
    ],
    events=[
        E("US–Russia prisoner exchange in Ankara", "CONCEDE", ["Russia", "United States"],
          "2024-08-01", "text", "occurred", "completed their largest prisoner exchange"),
        E("Germany releases Vadim Krasikov as part of the swap", "CONCEDE", ["Germany", "Russia"],
          "2024-08-01", "context", "occurred", "Germany released Vadim Krasikov"),
    ],
    statements=[
        S("Joe Biden", "The deal is a feat of diplomacy; thanks allies", "2024-08-02", "published", "a feat of diplomacy"),
        S("Antony Blinken", "Negotiations took place over many months", "2024-08-02", "published", "Antony Blinken said"),
        S("Olaf Scholz", "The decision was not easy", "2024-08-01TNI", "context", "was not easy"),
        S("Vladimir Putin", "Promised the returning Russians state awards", "2024-08-01TEV", "context", "promised them state awards"),
        S("Dmitry Peskov", "Putin signed pardons; the exchange does not signal a broader thaw with Washington", "2024-08-02", "text", "Peskov confirmed on Friday"),
        S("United States", "The talks had no link to efforts to end the war in Ukraine", "2024-08-02", "published", "US officials said"),
        S("Recep Tayyip Erdoğan", "Ankara ready to mediate further exchanges", "2024-08-02", "published", "Erdoğan said"),
    ],
    actors=["Russia", "United States", "Turkey", "Joe Biden", "Germany", "Poland", "Antony Blinken", "Olaf Scholz",
            "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine", "Recep Tayyip Erdoğan"],
))

# ---------------------------------------------------------------- en09
DOCS.append(dict(
    id="en09_white_house_europeans_2025_08", lang="en", published="2025-08-19",
    body="""
Trump pledges help on security guarantees after White House summit with Zelensky and European leaders
WASHINGTON (Reuters) — President Donald Trump hosted Ukrainian President Volodymyr Zelensky and seven European leaders at the White House on Monday in an effort to end the war.
The talks included German Chancellor Friedrich Merz, French President Emmanuel Macron, British Prime Minister Keir Starmer, Italian Prime Minister Giorgia Meloni, Finnish President Alexander Stubb, European Commission President Ursula von der Leyen and NATO Secretary General Mark Rutte.
Trump interrupted the meeting to call Vladimir Putin, a conversation that the Kremlin said lasted 40 minutes.

Trump said afterwards that he had begun arranging a meeting between Putin and Zelensky in the coming weeks, to be followed by a trilateral summit including himself.
Merz said such a meeting should take place within the next two weeks.
Kremlin aide Yuri Ushakov said Putin and Trump had discussed the idea of "raising the level" of the Russian and Ukrainian delegations.

Trump said the United States would help coordinate security guarantees for Ukraine, which European countries would provide.
Zelensky called the talks "the best" he had had with Trump, a stark contrast to their Oval Office clash in February.
Merz said he could not imagine another summit taking place without a ceasefire and urged one "without delay."
Trump, however, said a ceasefire was not necessary, citing wars he said he had ended this year without one.

The meeting came after Trump's summit with Putin in Alaska on Friday, which ended without a deal.
Starmer and Macron will chair a video call of the "coalition of the willing" on Tuesday.
""",
    timexes=[
        T("Monday", "DATE", "2025-08-18"),
        T("40 minutes", "DURATION", "PT40M"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("the next two weeks", "DURATION", "P2W"),
        T("February", "DATE", "2025-02"),
        T("this year", "DATE", "2025"),
        T("Friday", "DATE", "2025-08-15"),
        T("Tuesday", "DATE", "2025-08-19"),
    ],
    events=[
        E("Trump hosts Zelensky and European leaders at the White House", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni",
           "Alexander Stubb", "Ursula von der Leyen", "Mark Rutte"],
          "2025-08-18", "text", "occurred", "hosted Ukrainian President"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-08-18", "context", "occurred", "Trump interrupted the meeting"),
        E("Planned Putin–Zelensky meeting", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
          "FUTURE_REF", "vague", "planned", "he had begun arranging"),
        E("US promises to help coordinate security guarantees for Ukraine", "AGREE", ["Donald Trump", "United States", "Ukraine"],
          "2025-08-19", "published", "occurred", "help coordinate security guarantees"),
        E("Trump–Zelensky Oval Office clash", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02", "text", "occurred", "Oval Office clash", note="2025-02-28"),
        E("Merz calls for a ceasefire as soon as possible", "REQUEST", ["Friedrich Merz"],
          "2025-08-19", "published", "occurred", "Merz said he could not imagine"),
        E("Trump rejects the need for a ceasefire", "REJECT", ["Donald Trump"],
          "2025-08-19", "published", "occurred", "a ceasefire was not necessary"),
        E("Trump–Putin summit in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-08-15", "text", "occurred", "in Alaska on Friday"),
        E("Coalition of the willing video call", "CONSULT", ["Keir Starmer", "Emmanuel Macron"],
          "2025-08-19", "text", "planned", "coalition of the willing"),
    ],
    statements=[
        S("Kremlin", "The Trump–Putin call lasted 40 minutes", "2025-08-19", "published", "Trump interrupted the meeting"),
        S("Donald Trump", "Has begun arranging a Putin–Zelensky meeting and then a trilateral", "2025-08-18", "context", "he had begun arranging"),
        S("Friedrich Merz", "The meeting should take place within two weeks", "2025-08-19", "published", "Merz said such a meeting"),
        S("Yuri Ushakov", "Putin and Trump discussed raising the level of the delegations", "2025-08-19", "published", "Yuri Ushakov said"),
        S("Donald Trump", "US will help coordinate security guarantees provided by Europeans", "2025-08-19", "published", "help coordinate security guarantees"),
        S("Volodymyr Zelensky", "The best talks he has had with Trump", "2025-08-19", "published", "Zelensky called the talks"),
        S("Friedrich Merz", "Cannot imagine another summit without a ceasefire; urges one without delay", "2025-08-19", "published", "Merz said he could not imagine"),
        S("Donald Trump", "A ceasefire is not necessary", "2025-08-19", "published", "a ceasefire was not necessary"),
    ],
    actors=["Russia", "Germany", "France", "United Kingdom", "Donald Trump", "Volodymyr Zelensky", "White House", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer",
            "Giorgia Meloni", "Alexander Stubb", "Ursula von der Leyen", "NATO", "Mark Rutte", "Vladimir Putin",
            "Kremlin", "Yuri Ushakov", "United States", "Ukraine"],
))

# ---------------------------------------------------------------- en10
DOCS.append(dict(
    id="en10_azov_swap_2022_09", lang="en", published="2022-09-22",
    body="""
Ukraine frees pro-Kremlin politician in swap for 215 prisoners, including Azovstal defenders
KYIV (AP) — Ukraine and Russia carried out their biggest prisoner exchange of the war late Wednesday, with 215 Ukrainian and foreign fighters released in return for 55 Russians and pro-Moscow Ukrainians, Ukrainian officials said on Thursday.
Among those freed were five commanders of the defense of the Azovstal steel plant in Mariupol, which held out for nearly three months.
In return, Kyiv handed over Viktor Medvedchuk, a close ally of Vladimir Putin who faced treason charges in Ukraine.

President Volodymyr Zelensky said in his nightly video address that the commanders would stay in Turkey until the end of the war under a deal with Recep Tayyip Erdoğan.
Erdoğan said Turkey had worked with Saudi Arabia to secure the release of 10 foreigners, including five Britons and two Americans.

Earlier, on Wednesday morning, Putin announced a partial mobilisation of reservists in a televised address and threatened to use "all the means at our disposal" to defend Russia.
US President Joe Biden told the UN General Assembly on Wednesday that Russia had "shamelessly violated" the core tenets of the UN Charter.
Kremlin spokesman Dmitry Peskov said on Thursday that there were no plans for talks with Kyiv at the moment.
Russia's full-scale invasion began nearly seven months ago.
""",
    timexes=[
        T("late Wednesday", "TIME", "2022-09-21TNI"),
        T("Thursday", "DATE", "2022-09-22"),
        T("nearly three months", "DURATION", "P3M", mod="APPROX"),
        T("nightly", "SET", "P1D"),
        T("Wednesday morning", "TIME", "2022-09-21TMO"),
        T("Wednesday", "DATE", "2022-09-21", n=2),
        T("Thursday", "DATE", "2022-09-22", n=1),
        T("the moment", "DATE", "PRESENT_REF"),
        T("nearly seven months ago", "DATE", "2022-02"),
    ],
    events=[
        E("Russia–Ukraine exchange of 215 for 55 prisoners", "CONCEDE", ["Russia", "Ukraine"],
          "2022-09-21TNI", "text", "occurred", "biggest prisoner exchange"),
        E("Ukraine hands over Medvedchuk", "CONCEDE", ["Ukraine", "Russia"],
          "2022-09-21TNI", "context", "occurred", "Viktor Medvedchuk"),
        E("Putin announces partial mobilisation", "MOBILIZE", ["Vladimir Putin", "Russia"],
          "2022-09-21TMO", "text", "occurred", "partial mobilisation"),
        E("Putin threatens to use all means to defend Russia", "THREATEN", ["Vladimir Putin"],
          "2022-09-21TMO", "context", "occurred", "partial mobilisation"),
        E("Biden accuses Russia of violating the UN Charter", "ACCUSE", ["Joe Biden", "Russia"],
          "2022-09-21", "text", "occurred", "Joe Biden told the UN General Assembly"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "full-scale invasion began", note="2022-02-24"),
    ],
    statements=[
        S("Ukraine", "215 fighters freed in exchange for 55 Russians and pro-Moscow Ukrainians", "2022-09-22", "text", "biggest prisoner exchange"),
        S("Volodymyr Zelensky", "Commanders will stay in Turkey until the end of the war under a deal with Erdoğan", "2022-09-22", "published", "nightly video address"),
        S("Recep Tayyip Erdoğan", "Turkey worked with Saudi Arabia to free 10 foreigners", "2022-09-22", "published", "Erdoğan said Turkey"),
        S("Vladimir Putin", "Announces partial mobilisation; will use all means to defend Russia", "2022-09-21TMO", "text", "partial mobilisation"),
        S("Joe Biden", "Russia shamelessly violated the core tenets of the UN Charter", "2022-09-21", "text", "Joe Biden told the UN General Assembly"),
        S("Dmitry Peskov", "No plans for talks with Kyiv at the moment", "2022-09-22", "text", "Peskov said on Thursday"),
    ],
    actors=["United States", "Ukraine", "Russia", "Vladimir Putin", "Volodymyr Zelensky", "Turkey", "Recep Tayyip Erdoğan",
            "Saudi Arabia", "Joe Biden", "United Nations", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- en11
DOCS.append(dict(
    id="en11_paper_tiger_2025_09", lang="en", published="2025-09-24",
    body="""
Trump says Ukraine can win back all its territory, calls Russia a 'paper tiger'
NEW YORK (AP) — President Donald Trump said on Tuesday that Ukraine, with the support of the European Union, could "fight and win all of Ukraine back in its original form," a sharp shift in his rhetoric on the war.
Trump made the remarks on social media shortly after meeting Ukrainian President Volodymyr Zelensky on the sidelines of the UN General Assembly.
He described Russia as a "paper tiger" and said Moscow had been fighting "aimlessly" for three and a half years in a war that a real military power would have won in less than a week.

Zelensky told reporters the meeting had been "a good meeting" and that Trump had offered "strong signals" of support.
Trump also said NATO countries should shoot down Russian aircraft that violate their airspace.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russia was "not a tiger" but "a bear," adding that there was "no such thing as a paper bear."
Peskov also said the Russian economy was under strain but stable.

Secretary of State Marco Rubio is scheduled to meet Foreign Minister Sergey Lavrov on the sidelines of the assembly later on Wednesday.
Trump, who has repeatedly set deadlines for Vladimir Putin, declined to say whether he still trusted the Russian leader, saying: "I'll let you know in about a month from now."
European Commission President Ursula von der Leyen said the EU was working on a 19th sanctions package that would phase out Russian liquefied natural gas imports by January 2027.
The war, which began in February 2022, has killed or wounded hundreds of thousands of soldiers.
""",
    timexes=[
        T("Tuesday", "DATE", "2025-09-23"),
        T("three and a half years", "DURATION", "P42M"),
        T("less than a week", "DURATION", "P1W", mod="LESS_THAN"),
        T("Wednesday", "DATE", "2025-09-24"),
        T("Wednesday", "DATE", "2025-09-24", n=1),
        T("about a month from now", "DATE", "2025-10", mod="APPROX"),
        T("January 2027", "DATE", "2027-01"),
        T("February 2022", "DATE", "2022-02"),
    ],
    events=[
        E("Trump–Zelensky meeting at the UN General Assembly", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-09-23", "context", "occurred", "shortly after meeting"),
        E("Trump calls Russia a paper tiger", "ACCUSE", ["Donald Trump", "Russia"],
          "2025-09-23", "context", "occurred", "He described Russia"),
        E("Trump urges NATO countries to shoot down intruding Russian aircraft", "REQUEST", ["Donald Trump", "NATO"],
          "2025-09-24", "published", "occurred", "shoot down Russian aircraft"),
        E("Rubio–Lavrov meeting", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-09-24", "text", "planned", "scheduled to meet"),
        E("EU to phase out Russian LNG imports under its 19th sanctions package", "SANCTION", ["European Union", "Russia"],
          "2027-01", "text", "planned", "19th sanctions package"),
        E("Start of the war", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "The war, which began"),
    ],
    statements=[
        S("Donald Trump", "Ukraine with EU support can win back all its territory", "2025-09-23", "text", "Trump said on Tuesday"),
        S("Donald Trump", "Russia is a paper tiger fighting aimlessly", "2025-09-23", "context", "He described Russia"),
        S("Volodymyr Zelensky", "A good meeting; strong signals of support", "2025-09-24", "published", "Zelensky told reporters"),
        S("Donald Trump", "NATO countries should shoot down Russian aircraft violating their airspace", "2025-09-24", "published", "shoot down Russian aircraft"),
        S("Dmitry Peskov", "Russia is not a tiger but a bear; no such thing as a paper bear", "2025-09-24", "text", "Peskov said on Wednesday"),
        S("Dmitry Peskov", "Russian economy under strain but stable", "2025-09-24", "context", "Peskov also said"),
        S("Donald Trump", "Will say in about a month whether he trusts Putin", "2025-09-24", "published", "I'll let you know"),
        S("Ursula von der Leyen", "19th package to phase out Russian LNG imports by January 2027", "2025-09-24", "published", "Ursula von der Leyen said"),
    ],
    actors=["Donald Trump", "Ukraine", "European Union", "Volodymyr Zelensky", "United Nations", "Russia", "NATO",
            "Kremlin", "Dmitry Peskov", "Marco Rubio", "Sergey Lavrov", "Vladimir Putin", "Ursula von der Leyen"],
))

# ---------------------------------------------------------------- en12
DOCS.append(dict(
    id="en12_budapest_announced_2025_10", lang="en", published="2025-10-17",
    body="""
Trump to host Zelensky at White House after announcing new Putin summit in Budapest
WASHINGTON (Reuters) — Ukrainian President Volodymyr Zelensky will meet President Donald Trump at the White House on Friday, after Trump said on Thursday that he would meet Vladimir Putin in Budapest.
Trump and Putin spoke by phone for more than two hours on Thursday, their first conversation since the Alaska summit in August.
Trump wrote on Truth Social that "great progress" had been made and that the summit would take place in the Hungarian capital within two weeks or so.

Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov will meet next week to prepare the summit, Trump said.
Kremlin aide Yuri Ushakov said the call had been "very substantive" and that Putin had warned Trump that supplying Tomahawk cruise missiles to Ukraine would "substantially damage" relations.
Zelensky is currently seeking Tomahawks to strike deep inside Russia.

On arriving in Washington on Thursday evening, Zelensky said he expected Russia to "rush to resume dialogue" once it heard about the missiles.
Trump, who in September called Russia a "paper tiger," told reporters on Thursday that he might not be able to supply Tomahawks because the United States also needed them.
European leaders, including Chancellor Friedrich Merz, said they would stand by Ukraine and welcomed any effort toward "a just and lasting peace."

Russia launched a massive missile and drone attack on Ukraine's gas infrastructure on Thursday morning, Ukrainian officials said.
Hungary's Prime Minister Viktor Orbán said preparations for the summit were under way.
The planned meeting would be Trump's second with Putin this year.
""",
    timexes=[
        T("Friday", "DATE", "2025-10-17"),
        T("Thursday", "DATE", "2025-10-16"),
        T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
        T("Thursday", "DATE", "2025-10-16", n=1),
        T("August", "DATE", "2025-08"),
        T("two weeks or so", "DURATION", "P2W", mod="APPROX"),
        T("next week", "DATE", "2025-W43"),
        T("currently", "DATE", "PRESENT_REF"),
        T("Thursday evening", "TIME", "2025-10-16TEV"),
        T("September", "DATE", "2025-09"),
        T("Thursday", "DATE", "2025-10-16", n=3),
        T("Thursday morning", "TIME", "2025-10-16TMO"),
        T("this year", "DATE", "2025"),
    ],
    events=[
        E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-10-17", "text", "planned", "will meet President Donald Trump"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-10-16", "text", "occurred", "spoke by phone for more than two hours"),
        E("Trump–Putin summit in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-08", "text", "occurred", "spoke by phone for more than two hours", note="2025-08-15"),
        E("Trump–Putin summit in Budapest", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-10", "context", "planned", "Trump wrote on Truth Social", date_mod="APPROX",
          note="'within two weeks or so' after the 2025-10-16 call; no calendar date given"),
        E("Rubio–Lavrov meeting to prepare the summit", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-W43", "text", "planned", "will meet next week"),
        E("Putin warns Trump against supplying Tomahawks to Ukraine", "REQUEST", ["Vladimir Putin", "Donald Trump"],
          "2025-10-16", "context", "occurred", "Yuri Ushakov said"),
        E("Zelensky seeks Tomahawk missiles", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "PRESENT_REF", "vague", "occurred", "currently seeking"),
        E("Trump called Russia a paper tiger", "ACCUSE", ["Donald Trump", "Russia"],
          "2025-09", "text", "occurred", "in September called Russia"),
        E("Massive Russian attack on Ukraine's gas infrastructure", "ASSAULT", ["Russia", "Ukraine"],
          "2025-10-16TMO", "text", "occurred", "massive missile and drone attack"),
    ],
    statements=[
        S("Donald Trump", "Will meet Putin in Budapest", "2025-10-16", "text", "will meet President Donald Trump"),
        S("Donald Trump", "Great progress; summit in Budapest within two weeks or so", "2025-10-16", "context", "Trump wrote on Truth Social"),
        S("Donald Trump", "Rubio and Lavrov will meet next week", "2025-10-17", "published", "will meet next week"),
        S("Yuri Ushakov", "The call was very substantive", "2025-10-17", "published", "Yuri Ushakov said"),
        S("Vladimir Putin, via Yuri Ushakov", "Supplying Tomahawks would substantially damage relations", "2025-10-16", "context", "Yuri Ushakov said"),
        S("Volodymyr Zelensky", "Russia will rush to resume dialogue once it hears about the missiles", "2025-10-16TEV", "text", "rush to resume dialogue"),
        S("Donald Trump", "Might not be able to supply Tomahawks because the US needs them", "2025-10-16", "text", "told reporters on Thursday"),
        S("Friedrich Merz", "Europe stands by Ukraine and welcomes efforts toward a just and lasting peace", "2025-10-17", "published", "Friedrich Merz"),
        S("Ukraine", "Russia launched a massive attack on gas infrastructure", "2025-10-17", "published", "massive missile and drone attack"),
        S("Viktor Orbán", "Preparations for the summit are under way", "2025-10-17", "published", "Viktor Orbán said"),
    ],
    actors=["Volodymyr Zelensky", "Donald Trump", "White House", "Vladimir Putin", "Marco Rubio", "Sergey Lavrov",
            "Kremlin", "Yuri Ushakov", "Ukraine", "Russia", "United States", "Friedrich Merz", "Viktor Orbán"],
))

# ---------------------------------------------------------------- en13
DOCS.append(dict(
    id="en13_memorandum_call_2025_05", lang="en", published="2025-05-20",
    body="""
Putin agrees to work on peace 'memorandum' after two-hour call with Trump
WASHINGTON (AP) — Russian President Vladimir Putin said Russia was ready to work with Ukraine on a memorandum on a possible future peace accord after a call with President Donald Trump yesterday that lasted more than two hours.
Trump said afterwards that Russia and Ukraine would "immediately" start negotiations toward a ceasefire and that the Vatican had said it was "very interested" in hosting the talks.
Putin did not agree to the unconditional 30-day ceasefire that Ukraine and its European allies have demanded since early May.

Putin spoke to reporters in Sochi at about 9 p.m. Moscow time, shortly after the call ended.
On Sunday, the day before the call, Ukrainian President Volodymyr Zelensky met Vice President JD Vance and Secretary of State Marco Rubio in Rome.
Zelensky said he had spoken with Trump before and after the call with Putin, and warned that Moscow was "trying to buy time."

Three days ago, Russian forces struck a bus in the Sumy region, killing nine civilians, Ukrainian officials said.
Kremlin spokesman Dmitry Peskov told reporters today that there were no deadlines for the memorandum and that "there cannot be any."
He said the current round of contacts had not yet produced a date for the next meeting in Istanbul.

British Prime Minister Keir Starmer said Europe would tighten sanctions, and the European Union approved its 17th package today.
EU foreign ministers will meet in Brussels tomorrow to discuss further steps.
Trump has previously threatened to walk away from the peace effort if there is no progress.
A 30-hour Easter truce announced by Putin last month was widely violated, according to Kyiv.
""",
    timexes=[
        T("yesterday", "DATE", "2025-05-19"),
        T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
        T("30-day", "DURATION", "P30D"),
        T("early May", "DATE", "2025-05", mod="START"),
        T("about 9 p.m. Moscow time", "TIME", "2025-05-19T21:00", mod="APPROX", note="Moscow time (UTC+3)"),
        T("Sunday", "DATE", "2025-05-18"),
        T("Three days ago", "DATE", "2025-05-17"),
        T("today", "DATE", "2025-05-20"),
        T("today", "DATE", "2025-05-20", n=1),
        T("tomorrow", "DATE", "2025-05-21"),
        T("30-hour", "DURATION", "PT30H"),
        T("last month", "DATE", "2025-04"),
    ],
    events=[
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-05-19", "text", "occurred", "ready to work with Ukraine on a memorandum"),
        E("Putin agrees to work with Ukraine on a peace memorandum", "AGREE", ["Vladimir Putin", "Russia", "Ukraine"],
          "2025-05-19", "context", "occurred", "ready to work with Ukraine on a memorandum"),
        E("Putin does not accept the unconditional 30-day ceasefire", "REJECT", ["Vladimir Putin"],
          "2025-05-19", "context", "occurred", "Putin did not agree"),
        E("Ukraine and European allies demand an unconditional 30-day ceasefire", "REQUEST", ["Ukraine", "Russia"],
          "2025-05", "text", "occurred", "Putin did not agree", date_mod="START"),
        E("Zelensky meets Vance and Rubio in Rome", "CONSULT", ["Volodymyr Zelensky", "JD Vance", "Marco Rubio"],
          "2025-05-18", "text", "occurred", "On Sunday, the day before the call"),
        E("Trump–Zelensky phone calls before and after the Putin call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-05-19", "context", "occurred", "Zelensky said he had spoken"),
        E("Zelensky accuses Moscow of trying to buy time", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-05-20", "published", "occurred", "Zelensky said he had spoken"),
        E("Russian strike on a bus in the Sumy region", "ASSAULT", ["Russia", "Ukraine"],
          "2025-05-17", "text", "occurred", "struck a bus"),
        E("EU approves its 17th sanctions package", "SANCTION", ["European Union", "Russia"],
          "2025-05-20", "text", "occurred", "17th package"),
        E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"],
          "2025-05-21", "text", "planned", "EU foreign ministers"),
        E("Putin's Easter truce", "RETREAT", ["Vladimir Putin", "Russia"],
          "2025-04", "text", "occurred", "Easter truce"),
        E("Kyiv accuses Russia of violating the Easter truce", "ACCUSE", ["Ukraine", "Russia"],
          "2025-05-20", "published", "occurred", "Easter truce"),
    ],
    statements=[
        S("Vladimir Putin", "Russia ready to work with Ukraine on a peace memorandum", "2025-05-19", "context", "ready to work with Ukraine on a memorandum"),
        S("Donald Trump", "Russia and Ukraine will immediately start ceasefire negotiations", "2025-05-19", "context", "Trump said afterwards"),
        S("Vatican, via Donald Trump", "Very interested in hosting the talks", "2025-05-19", "context", "Trump said afterwards"),
        S("Volodymyr Zelensky", "Spoke with Trump before and after the Putin call; Moscow trying to buy time", "2025-05-20", "published", "Zelensky said he had spoken"),
        S("Ukraine", "Russian strike on a bus killed nine civilians", "2025-05-20", "published", "struck a bus"),
        S("Dmitry Peskov", "No deadlines for the memorandum, and there cannot be any", "2025-05-20", "text", "Peskov told reporters today"),
        S("Dmitry Peskov", "No date yet for the next meeting in Istanbul", "2025-05-20", "context", "the current round"),
        S("Keir Starmer", "Europe will tighten sanctions", "2025-05-20", "published", "Keir Starmer said"),
        S("Ukraine", "The Easter truce was widely violated", "2025-05-20", "published", "Easter truce"),
    ],
    actors=["United Kingdom", "Vladimir Putin", "Russia", "Ukraine", "Donald Trump", "Vatican", "Volodymyr Zelensky", "JD Vance",
            "Marco Rubio", "Kremlin", "Dmitry Peskov", "Keir Starmer", "European Union"],
))

# ---------------------------------------------------------------- en14
DOCS.append(dict(
    id="en14_zelensky_washington_2022_12", lang="en", published="2022-12-22",
    body="""
Zelensky makes first foreign trip since invasion, wins Patriot pledge from Biden
WASHINGTON (AP) — Ukrainian President Volodymyr Zelensky met President Joe Biden at the White House on Wednesday on his first trip abroad since Russia invaded his country nearly 10 months ago.
The visit lasted about 10 hours and was kept secret until shortly before he landed.
Biden announced 1.85 billion dollars in new military aid, including a Patriot air defense battery for the first time.

"We're going to continue to strengthen Ukraine's ability to defend itself," Biden said at a joint news conference.
Zelensky told Congress in the evening that the aid was "not charity" but "an investment in global security."
He said Ukrainian troops needed more weapons to hold their positions through the winter.

Kremlin spokesman Dmitry Peskov said on Thursday that the Patriot deliveries would prolong the suffering of the Ukrainian people.
Foreign Ministry spokeswoman Maria Zakharova had recently warned that Patriot systems in Ukraine would become a "legitimate target."
Vladimir Putin said on Thursday that Russia wanted to end the war "the sooner, the better."
Zelensky returned to Ukraine via Poland early Thursday.

Russian missile strikes have left millions without power, with blackouts in Kyiv lasting 12 hours daily.
Zelensky said he wanted a peace summit to be held by the end of February, around the first anniversary of the invasion.
The United States has provided more than 20 billion dollars in security assistance this year.
NATO Secretary General Jens Stoltenberg said allies must be prepared to support Kyiv "for the long haul."
""",
    timexes=[
        T("Wednesday", "DATE", "2022-12-21"),
        T("nearly 10 months ago", "DATE", "2022-02"),
        T("about 10 hours", "DURATION", "PT10H", mod="APPROX"),
        T("the evening", "TIME", "2022-12-21TEV"),
        T("the winter", "DATE", "2022-WI"),
        T("Thursday", "DATE", "2022-12-22"),
        T("recently", "DATE", "PAST_REF"),
        T("Thursday", "DATE", "2022-12-22", n=1),
        T("early Thursday", "TIME", "2022-12-22TMO"),
        T("12 hours", "DURATION", "PT12H"),
        T("daily", "SET", "P1D"),
        T("the end of February", "DATE", "2023-02", mod="END"),
        T("this year", "DATE", "2022"),
    ],
    events=[
        E("Zelensky meets Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
          "2022-12-21", "text", "occurred", "met President Joe Biden"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "met President Joe Biden", note="2022-02-24"),
        E("Biden announces USD 1.85 bn in military aid including a Patriot battery", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2022-12-21", "context", "occurred", "Biden announced"),
        E("Zelensky addresses Congress", "CONSULT", ["Volodymyr Zelensky", "United States"],
          "2022-12-21TEV", "text", "occurred", "Zelensky told Congress"),
        E("Zakharova warns Patriots would be a legitimate target", "THREATEN", ["Maria Zakharova", "Russia"],
          "PAST_REF", "vague", "occurred", "Maria Zakharova had recently warned"),
        E("Zelensky proposes a peace summit by the end of February", "REQUEST", ["Volodymyr Zelensky"],
          "2022-12-22", "published", "occurred", "peace summit"),
        E("Proposed peace summit", "CONSULT", ["Ukraine"],
          "2023-02", "text", "uncertain", "peace summit", date_mod="END"),
    ],
    statements=[
        S("Joe Biden", "Announces USD 1.85 bn in military aid including a Patriot battery", "2022-12-21", "context", "Biden announced"),
        S("Joe Biden", "The US will continue to strengthen Ukraine's ability to defend itself", "2022-12-21", "context", "We're going to continue"),
        S("Volodymyr Zelensky", "Aid is not charity but an investment in global security", "2022-12-21TEV", "text", "Zelensky told Congress"),
        S("Volodymyr Zelensky", "Troops need more weapons to hold through the winter", "2022-12-21TEV", "context", "He said Ukrainian troops"),
        S("Dmitry Peskov", "Patriot deliveries will prolong the suffering of Ukrainians", "2022-12-22", "text", "Peskov said on Thursday"),
        S("Maria Zakharova", "Patriot systems in Ukraine would be a legitimate target", "PAST_REF", "vague", "Maria Zakharova had recently warned"),
        S("Vladimir Putin", "Russia wants to end the war the sooner the better", "2022-12-22", "text", "Vladimir Putin said on Thursday"),
        S("Volodymyr Zelensky", "Wants a peace summit by the end of February", "2022-12-22", "published", "peace summit"),
        S("Jens Stoltenberg", "Allies must support Kyiv for the long haul", "2022-12-22", "published", "Jens Stoltenberg said"),
    ],
    actors=["Volodymyr Zelensky", "Joe Biden", "White House", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov",
            "Maria Zakharova", "Vladimir Putin", "Poland", "United States", "NATO", "Jens Stoltenberg"],
))
