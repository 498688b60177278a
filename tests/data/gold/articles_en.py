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
    actors=["Donald Trump", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "Ukraine", "Dmitry Peskov",
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
    actors=["Ukraine", "United States", "Russia", "Saudi Arabia", "Donald Trump", "Volodymyr Zelensky", "Marco Rubio",
            "Vladimir Putin", "Steve Witkoff", "Kremlin", "Dmitry Peskov", "Emmanuel Macron", "Poland", "Donald Tusk"],
))
