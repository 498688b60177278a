"""English articles of the blind125 set (fictionalised; written and annotated blind to the extraction code).

Theme: Serbia between Moscow and Brussels, 2022–2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b125en01 (Tanjug English service)
EN01 = """
Selakovic, Lavrov sign consultation plan in New York

NEW YORK/BELGRADE, Sept 26 (Tanjug) - Serbian Foreign Minister Nikola Selakovic and his Russian counterpart Sergey Lavrov on Saturday signed a plan of consultations between the two foreign ministries for 2023 and 2024 on the sidelines of the UN General Assembly in New York.
The document provides for regular talks at the level of ministers and deputy ministers on international and regional issues, the Serbian Foreign Ministry said.
Selakovic thanked Russia for its "principled support" for Serbia's territorial integrity and its position on Kosovo and Metohija in the UN Security Council.

Lavrov said after the meeting that relations between Moscow and Belgrade were "developing steadily despite unprecedented pressure from the West."
He also accused the EU of trying to force candidate countries to give up their national interests.
Earlier on Saturday, Lavrov told the General Assembly that Western countries were waging a "hybrid war" against Russia.

The signing drew criticism in Brussels.
EU foreign policy spokesperson Peter Stano said on Sunday that the move "sends a wrong signal at a time when Russia is escalating its aggression against Ukraine" and reminded Belgrade that it was expected to align with the bloc's foreign policy.
U.S. Ambassador to Serbia Christopher Hill said the timing was "unfortunate."
Serbia has so far refused to join Western sanctions against Russia, although it voted in March for a UN resolution condemning the invasion.

President Aleksandar Vucic told reporters on Sunday evening that the plan had been "agreed in principle last year" and was a purely technical document.
Vucic also said Serbia would not recognise the results of the referendums staged by Moscow in four occupied Ukrainian regions, which are due to end on Tuesday.
The votes began on Friday, and Kyiv and its Western partners have dismissed them as a sham.

Kremlin spokesman Dmitry Peskov on Monday praised Belgrade's "balanced" position and said Russia would continue its energy cooperation with Serbia.
Serbia's three-year gas contract with Gazprom, agreed by Vucic and Russian President Vladimir Putin in a phone call on May 29, took effect on June 1.
Selakovic is due to return to Belgrade on Tuesday.
"""

DOC_EN01 = doc(
    "b125en01_selakovic_lavrov_plan_2022_09", "2022-09-26", EN01,
    [
        T("Sept 26", "DATE", "2022-09-26"),
        T("Saturday", "DATE", "2022-09-24", 0),
        T("2023", "DATE", "2023"),
        T("2024", "DATE", "2024"),
        T("Saturday", "DATE", "2022-09-24", 1),
        T("Sunday", "DATE", "2022-09-25", 0),
        T("March", "DATE", "2022-03"),
        T("Sunday evening", "TIME", "2022-09-25TEV"),
        T("last year", "DATE", "2021", note="in Vucic's quote, speech time 25 September 2022"),
        T("Tuesday", "DATE", "2022-09-27", 0),
        T("Friday", "DATE", "2022-09-23"),
        T("Monday", "DATE", "2022-09-26"),
        T("three-year", "DURATION", "P3Y"),
        T("May 29", "DATE", "2022-05-29"),
        T("June 1", "DATE", "2022-06-01"),
        T("Tuesday", "DATE", "2022-09-27", 1),
    ],
    [
        E("Selakovic meets Lavrov on the sidelines of the UN General Assembly", "CONSULT", ["Sergey Lavrov"],
          "2022-09-24", "text", "occurred", "Nikola Selakovic and his Russian counterpart"),
        E("Serbia and Russia sign a plan of consultations for 2023 and 2024", "AGREE", ["Sergey Lavrov"],
          "2022-09-24", "text", "occurred", "Nikola Selakovic and his Russian counterpart"),
        E("Selakovic thanks Russia for its support on territorial integrity and Kosovo", "SUPPORT", ["Russia"],
          "2022-09-24", "context", "occurred", "Selakovic thanked Russia"),
        E("Lavrov accuses the EU of forcing candidate countries to give up their national interests", "ACCUSE",
          ["Sergey Lavrov", "European Union"], "2022-09-24", "context", "occurred", "He also accused the EU"),
        E("Lavrov tells the General Assembly the West is waging a hybrid war against Russia", "ACCUSE",
          ["Sergey Lavrov"], "2022-09-24", "text", "occurred", "Earlier on Saturday"),
        E("EU criticises the signing as a wrong signal", "ACCUSE", ["European Union"], "2022-09-25", "text",
          "occurred", "Peter Stano said on Sunday"),
        E("EU reminds Belgrade it is expected to align with the bloc's foreign policy", "REQUEST",
          ["European Union"], "2022-09-25", "text", "occurred", "Peter Stano said on Sunday"),
        E("US ambassador calls the timing unfortunate", "ACCUSE", ["United States"], "2022-09-26", "published",
          "occurred", "Christopher Hill said"),
        E("Serbia refuses to join sanctions against Russia", "REJECT", ["Russia"], "2022-09-26", "published",
          "occurred", "Serbia has so far refused"),
        E("Serbia voted for the UN resolution condemning the invasion", "SUPPORT", ["United Nations"], "2022-03",
          "text", "occurred", "Serbia has so far refused"),
        E("Vucic: Serbia will not recognise the referendums in occupied Ukrainian regions", "REJECT", ["Russia"],
          "2022-09-25TEV", "context", "occurred", "Vucic also said Serbia would not recognise"),
        E("Russia stages referendums in four occupied Ukrainian regions", "COERCE", ["Russia", "Ukraine"],
          "2022-09-23", "text", "occurred", "The votes began on Friday", note="23–27 September 2022"),
        E("Kyiv dismisses the referendums as a sham", "ACCUSE", ["Ukraine", "Russia"], "2022-09-26", "published",
          "occurred", "The votes began on Friday"),
        E("Peskov praises Belgrade's balanced position", "SUPPORT", ["Dmitry Peskov"], "2022-09-26", "text",
          "occurred", "Dmitry Peskov on Monday praised"),
        E("Peskov: Russia will continue energy cooperation with Serbia", "AGREE", ["Dmitry Peskov"], "2022-09-26",
          "text", "occurred", "Dmitry Peskov on Monday praised"),
        E("Vucic–Putin phone call", "CONSULT", ["Vladimir Putin"], "2022-05-29", "text", "occurred",
          "in a phone call on May 29"),
        E("Vucic and Putin agree a three-year gas contract", "AGREE", ["Vladimir Putin"], "2022-05-29", "text",
          "occurred", "in a phone call on May 29"),
    ],
    [
        S("Sergey Lavrov", "Relations between Moscow and Belgrade develop steadily despite unprecedented Western "
          "pressure", "2022-09-24", "context", "Lavrov said after the meeting"),
        S("Sergey Lavrov", "The EU tries to force candidate countries to give up their national interests",
          "2022-09-24", "context", "He also accused the EU"),
        S("Sergey Lavrov", "Western countries are waging a hybrid war against Russia", "2022-09-24", "text",
          "Earlier on Saturday"),
        S("European Union", "Stano: the signing sends a wrong signal; Belgrade is expected to align with EU foreign "
          "policy", "2022-09-25", "text", "Peter Stano said on Sunday"),
        S("United States", "Ambassador Hill: the timing is unfortunate", "2022-09-26", "published",
          "Christopher Hill said"),
        S("Dmitry Peskov", "Praises Belgrade's balanced position; Russia will continue energy cooperation with Serbia",
          "2022-09-26", "text", "Dmitry Peskov on Monday praised"),
    ],
    ["Sergey Lavrov", "Russia", "United Nations", "European Union", "Ukraine", "United States", "Kremlin",
     "Dmitry Peskov", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b125en02 (Prishtina Insight)
EN02 = """
Leaked Pentagon file says Serbia agreed to arm Ukraine; Belgrade cries "fake"

A classified U.S. document circulating online claims that Serbia had recently agreed to supply weapons to Ukraine or had already sent them, in what would be a sharp break with Belgrade's carefully cultivated neutrality.
The undated slide, part of a trove of Pentagon files that surfaced on social media earlier this month, lists Serbia among European states that had either "committed" to provide lethal aid to Kyiv or were considering doing so.
It gives no details about the type or volume of the alleged supplies.

Serbian Defence Minister Milos Vucevic dismissed the claim on Wednesday as "a lie," saying Serbia "has not sold and will not sell" arms to Ukraine or Russia.
President Aleksandar Vucic went further on Thursday, calling the document "nonsense" and suggesting it had been planted to damage Serbia's relations with Moscow.
He did not rule out, however, that Serbian-made ammunition sold to third countries might have ended up on the battlefield.

Moscow has so far responded with caution.
Kremlin spokesman Dmitry Peskov told reporters on Thursday that Russia had "no reason to doubt" the assurances of its Serbian partners but would "study the reports carefully."
Russian Foreign Ministry spokeswoman Maria Zakharova said the leak showed how Washington "pressures sovereign states" into taking part in the war against Russia.

In Washington, Secretary of State Antony Blinken said on Monday that the United States was engaging with allies "at high levels" to reassure them about its ability to protect sensitive information.
The FBI arrested a member of the Massachusetts Air National Guard on Thursday in connection with the leak.

In Pristina, the reaction was sharper.
Prime Minister Albin Kurti said on Thursday evening that the episode showed Belgrade "keeps one foot in Moscow and one in Brussels" and called on the EU to stop "rewarding" Serbia's ambiguity.
Kosovo has applied all EU sanctions against Russia since last year.
Serbia has refused to join Western sanctions since the invasion in February 2022, though it voted for the General Assembly resolution of February this year calling for a Russian withdrawal.
Vucic is expected at the European Political Community summit in Moldova on June 1, where French President Emmanuel Macron and German Chancellor Olaf Scholz plan to press him and Kurti to implement the EU-brokered normalisation deal agreed in Ohrid last month.
"""

DOC_EN02 = doc(
    "b125en02_pentagon_leak_serbia_2023_04", "2023-04-14", EN02,
    [
        T("recently", "DATE", "PAST_REF"),
        T("this month", "DATE", "2023-04"),
        T("Wednesday", "DATE", "2023-04-12"),
        T("Thursday", "DATE", "2023-04-13", 0),
        T("Thursday", "DATE", "2023-04-13", 1),
        T("Monday", "DATE", "2023-04-10"),
        T("Thursday", "DATE", "2023-04-13", 2),
        T("Thursday evening", "TIME", "2023-04-13TEV"),
        T("last year", "DATE", "2022"),
        T("February 2022", "DATE", "2022-02"),
        T("February this year", "DATE", "2023-02"),
        T("June 1", "DATE", "2023-06-01"),
        T("last month", "DATE", "2023-03"),
    ],
    [
        E("Leaked document claims Serbia agreed to supply weapons to Ukraine", "AGREE", ["Ukraine"], "PAST_REF",
          "vague", "uncertain", "A classified U.S. document circulating online"),
        E("Serbia's defence minister denies selling arms to Ukraine or Russia", "REJECT", ["Ukraine", "Russia"],
          "2023-04-12", "text", "occurred", "Milos Vucevic dismissed the claim"),
        E("Peskov: no reason to doubt the assurances of the Serbian partners", "SUPPORT", ["Dmitry Peskov"],
          "2023-04-13", "text", "occurred", "Dmitry Peskov told reporters on Thursday"),
        E("Zakharova accuses Washington of pressuring sovereign states into the war", "ACCUSE",
          ["Maria Zakharova", "United States"], "2023-04-14", "published", "occurred", "pressures sovereign states"),
        E("Blinken: the US is engaging with allies at high levels over the leak", "CONSULT", ["Antony Blinken"],
          "2023-04-10", "text", "occurred", "Antony Blinken said on Monday"),
        E("Kurti calls on the EU to stop rewarding Serbia's ambiguity", "REQUEST", ["European Union"],
          "2023-04-13TEV", "text", "occurred", "Albin Kurti said on Thursday evening"),
        E("Kosovo applies all EU sanctions against Russia", "SANCTION", ["Russia"], "2022", "text", "occurred",
          "Kosovo has applied all EU sanctions", date_mod="START"),
        E("Serbia refuses to join Western sanctions since the invasion", "REJECT", ["Russia"], "2022-02", "text",
          "occurred", "Serbia has refused to join Western sanctions", date_mod="START"),
        E("Serbia voted for the General Assembly resolution calling for a Russian withdrawal", "SUPPORT",
          ["United Nations"], "2023-02", "text", "occurred", "Serbia has refused to join Western sanctions"),
        E("Macron and Scholz to meet Vucic and Kurti at the EPC summit in Moldova", "CONSULT",
          ["Emmanuel Macron", "Olaf Scholz"], "2023-06-01", "text", "planned", "Vucic is expected at the European"),
        E("Macron and Scholz to press Vucic and Kurti to implement the normalisation deal", "REQUEST",
          ["Emmanuel Macron", "Olaf Scholz"], "2023-06-01", "text", "planned", "Vucic is expected at the European"),
        E("EU-brokered normalisation deal agreed in Ohrid", "AGREE", ["European Union"], "2023-03", "text",
          "occurred", "Vucic is expected at the European", note="18 March 2023"),
    ],
    [
        S("Russia", "Moscow has responded with caution", "2023-04-14", "published",
          "Moscow has so far responded with caution."),
        S("Dmitry Peskov", "No reason to doubt the Serbian partners' assurances, but Russia will study the reports",
          "2023-04-13", "text", "Dmitry Peskov told reporters on Thursday"),
        S("Maria Zakharova", "The leak shows how Washington pressures sovereign states into the war against Russia",
          "2023-04-14", "published", "pressures sovereign states"),
        S("Antony Blinken", "The US is engaging with allies at high levels to reassure them it can protect secrets",
          "2023-04-10", "text", "Antony Blinken said on Monday"),
    ],
    ["United States", "Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Antony Blinken",
     "European Union", "United Nations", "Emmanuel Macron", "France", "Olaf Scholz", "Germany"],
)

# ---------------------------------------------------------------- b125en03 (Caixin Global live blog)
EN03 = """
Live: Belt and Road Forum in Beijing – Putin meets Vucic on the sidelines

Caixin Global is following the third Belt and Road Forum for International Cooperation in Beijing.
All times are Beijing time.

19:05 The European Union says it expects candidate countries to avoid steps that contradict its common position on Russia.
"Meetings with President Putin are not business as usual," EU foreign affairs spokesperson Peter Stano told Caixin when asked about the talks between Vucic and Putin.

18:40 Serbian President Aleksandar Vucic says he met Russian President Vladimir Putin on the sidelines of the forum this afternoon, their first face-to-face meeting since 2019.
Vucic told Serbian reporters that the conversation was "open and friendly" and covered gas supplies and Kosovo.
He said he had told Putin that Serbia remained on its path to the European Union and respected the territorial integrity of Ukraine, "as we respect that of Russia."

18:15 The Kremlin confirms the meeting.
Presidential aide Yuri Ushakov said Putin and Vucic had discussed energy cooperation and agreed to keep "regular contacts," adding that Moscow valued Serbia's refusal to join Western sanctions.

17:30 Ukraine's Foreign Ministry says any meeting with Putin "legitimises aggression" and urges leaders attending the forum not to shake the hand of a man wanted by the International Criminal Court.

16:00 Xi Jinping and Putin begin talks at the Great Hall of the People, their second meeting this year after Xi's state visit to Moscow in March.

10:20 Putin, the forum's guest of honour, speaks after Xi and praises the Belt and Road as a project that "unites rather than divides."

09:45 Xi opens the forum with a keynote speech, announcing eight steps to support the initiative and warning against "unilateral sanctions" and "bloc confrontation."

Catching up on Tuesday: Vucic held talks with Xi, and Serbia and China signed a free trade agreement that an EU spokesperson said Serbia would have to give up when it joins the bloc.
Hungarian Prime Minister Viktor Orban also met Putin on Tuesday, drawing criticism from Washington and Kyiv.
"""

BJT = "Beijing time (CST)"

DOC_EN03 = doc(
    "b125en03_vucic_putin_beijing_live_2023_10", "2023-10-18", EN03,
    [
        T("19:05", "TIME", "2023-10-18T19:05", note=BJT),
        T("18:40", "TIME", "2023-10-18T18:40", note=BJT),
        T("this afternoon", "TIME", "2023-10-18TAF"),
        T("2019", "DATE", "2019"),
        T("18:15", "TIME", "2023-10-18T18:15", note=BJT),
        T("17:30", "TIME", "2023-10-18T17:30", note=BJT),
        T("16:00", "TIME", "2023-10-18T16:00", note=BJT),
        T("this year", "DATE", "2023"),
        T("March", "DATE", "2023-03"),
        T("10:20", "TIME", "2023-10-18T10:20", note=BJT),
        T("09:45", "TIME", "2023-10-18T09:45", note=BJT),
        T("Tuesday", "DATE", "2023-10-17", 0),
        T("Tuesday", "DATE", "2023-10-17", 1),
    ],
    [
        E("EU expects candidate countries to avoid steps contradicting its position on Russia", "REQUEST",
          ["European Union"], "2023-10-18T19:05", "text", "occurred", "19:05 The European Union says"),
        E("Vucic meets Putin on the sidelines of the forum", "CONSULT", ["Vladimir Putin"], "2023-10-18TAF", "text",
          "occurred", "18:40 Serbian President"),
        E("Vucic tells Putin Serbia respects Ukraine's territorial integrity", "SUPPORT", ["Ukraine"],
          "2023-10-18TAF", "context", "occurred", "He said he had told Putin"),
        E("Putin and Vucic agree to keep regular contacts", "AGREE", ["Vladimir Putin"], "2023-10-18TAF", "context",
          "occurred", "Presidential aide Yuri Ushakov said"),
        E("Ushakov: Moscow values Serbia's refusal to join Western sanctions", "SUPPORT", ["Yuri Ushakov"],
          "2023-10-18T18:15", "context", "occurred", "Presidential aide Yuri Ushakov said"),
        E("Ukraine: any meeting with Putin legitimises aggression", "ACCUSE", ["Ukraine", "Vladimir Putin"],
          "2023-10-18T17:30", "text", "occurred", "17:30 Ukraine's Foreign Ministry"),
        E("Ukraine urges leaders at the forum not to shake Putin's hand", "REQUEST", ["Ukraine"],
          "2023-10-18T17:30", "text", "occurred", "17:30 Ukraine's Foreign Ministry"),
        E("Xi–Putin talks at the Great Hall of the People", "CONSULT", ["Xi Jinping", "Vladimir Putin"],
          "2023-10-18T16:00", "text", "occurred", "16:00 Xi Jinping and Putin"),
        E("Xi's state visit to Moscow", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2023-03", "text", "occurred",
          "16:00 Xi Jinping and Putin"),
        E("Vucic holds talks with Xi", "CONSULT", ["Xi Jinping"], "2023-10-17", "text", "occurred",
          "Catching up on Tuesday"),
        E("Serbia and China sign a free trade agreement", "AGREE", ["China"], "2023-10-17", "text", "occurred",
          "Catching up on Tuesday"),
        E("EU: Serbia would have to give up the FTA with China on joining the bloc", "REQUEST", ["European Union"],
          "2023-10-17", "context", "occurred", "Catching up on Tuesday"),
        E("Orban meets Putin", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2023-10-17", "text", "occurred",
          "Hungarian Prime Minister Viktor Orban also met Putin"),
        E("Washington and Kyiv criticise Orban's meeting with Putin", "ACCUSE",
          ["United States", "Ukraine", "Viktor Orbán"], "2023-10-17", "context", "occurred",
          "Hungarian Prime Minister Viktor Orban also met Putin"),
    ],
    [
        S("European Union", "Expects candidate countries to avoid steps contradicting the EU's position on Russia",
          "2023-10-18T19:05", "text", "19:05 The European Union says"),
        S("European Union", "Stano: meetings with Putin are not business as usual", "2023-10-18T19:05", "context",
          "not business as usual"),
        S("Kremlin", "Confirms the Putin–Vucic meeting", "2023-10-18T18:15", "text", "18:15 The Kremlin confirms"),
        S("Yuri Ushakov", "Putin and Vucic discussed energy and agreed to keep regular contacts; Moscow values "
          "Serbia's refusal to join sanctions", "2023-10-18T18:15", "context", "Presidential aide Yuri Ushakov said"),
        S("Ukraine", "Any meeting with Putin legitimises aggression; leaders should not shake his hand",
          "2023-10-18T17:30", "text", "17:30 Ukraine's Foreign Ministry"),
        S("Vladimir Putin", "Praises the Belt and Road as a project that unites rather than divides",
          "2023-10-18T10:20", "text", "10:20 Putin"),
        S("Xi Jinping", "Announces eight steps to support the initiative; warns against unilateral sanctions and bloc "
          "confrontation", "2023-10-18T09:45", "text", "09:45 Xi opens the forum"),
        S("European Union", "Serbia would have to give up the FTA with China when it joins the EU", "2023-10-17",
          "context", "Catching up on Tuesday"),
    ],
    ["European Union", "Vladimir Putin", "Ukraine", "Russia", "Kremlin", "Yuri Ushakov", "Xi Jinping", "China",
     "Viktor Orbán", "United States"],
)

# ---------------------------------------------------------------- b125en04 (Hong Kong Free Press, AFP copy)
EN04 = """
Xi, Vucic pledge "shared future" as China courts Serbia on bombing anniversary

BELGRADE (AFP) - Chinese President Xi Jinping and his Serbian counterpart Aleksandar Vucic on Wednesday signed a joint statement on building a "community with a shared future," lifting ties between Beijing and Moscow's closest partner in Europe to a new level.
The two leaders also oversaw the signing of 28 agreements on trade, infrastructure and technology, and Vucic said a free trade deal between the two countries would enter into force on July 1.
"There is no force that can stop the friendship between China and Serbia," Xi told a crowd gathered in front of the Palace of Serbia.

Xi arrived in Belgrade on Tuesday evening, exactly 25 years after NATO bombs hit the Chinese embassy in the Yugoslav capital during the alliance's air war against Serbia, killing three Chinese journalists.
In an article published in the daily Politika on Tuesday, Xi wrote that the Chinese people "will never forget" the bombing and would not allow "such tragic history to repeat itself."
A NATO spokesperson in Brussels said on Wednesday that the 1999 campaign had been launched to protect civilians in Kosovo and that the alliance regretted the loss of life at the embassy.

Vucic, who has refused to join Western sanctions against Russia since its 2022 invasion of Ukraine, said Serbia would "never" act against China's interests and reaffirmed that "Taiwan is China."
Beijing in turn backed Serbia's position on Kosovo, whose 2008 declaration of independence China does not recognise.

The European Commission said on Wednesday that it expected Serbia, as a candidate for EU membership, to "progressively align" its foreign policy with that of the bloc, including on China.
Xi had come to Belgrade from Paris, where French President Emmanuel Macron and European Commission President Ursula von der Leyen pressed him on Monday to use his influence on Moscow to end the war in Ukraine.

Xi flew on to Budapest on Wednesday afternoon and was due to hold talks with Hungarian Prime Minister Viktor Orban on Thursday.
Russian President Vladimir Putin, who was sworn in for a fifth term on Tuesday, is expected to visit China later this month, the Kremlin has said.
Kremlin spokesman Dmitry Peskov on Wednesday welcomed the "deepening" of China's ties with Serbia, saying Moscow had "no reason for jealousy."
"""

DOC_EN04 = doc(
    "b125en04_xi_belgrade_shared_future_2024_05", "2024-05-09", EN04,
    [
        T("Wednesday", "DATE", "2024-05-08", 0),
        T("July 1", "DATE", "2024-07-01"),
        T("Tuesday evening", "TIME", "2024-05-07TEV"),
        T("25 years", "DURATION", "P25Y"),
        T("Tuesday", "DATE", "2024-05-07", 1),
        T("Wednesday", "DATE", "2024-05-08", 1),
        T("1999", "DATE", "1999"),
        T("2022", "DATE", "2022"),
        T("2008", "DATE", "2008"),
        T("Wednesday", "DATE", "2024-05-08", 2),
        T("Monday", "DATE", "2024-05-06"),
        T("Wednesday afternoon", "TIME", "2024-05-08TAF"),
        T("Thursday", "DATE", "2024-05-09"),
        T("Tuesday", "DATE", "2024-05-07", 2),
        T("this month", "DATE", "2024-05"),
        T("Wednesday", "DATE", "2024-05-08", 4),
    ],
    [
        E("Xi and Vucic sign a joint statement on a community with a shared future", "AGREE",
          ["Xi Jinping", "China"], "2024-05-08", "text", "occurred", "on Wednesday signed a joint statement"),
        E("China and Serbia sign 28 agreements", "AGREE", ["Xi Jinping", "China"], "2024-05-08", "context",
          "occurred", "The two leaders also oversaw the signing"),
        E("China–Serbia free trade deal to enter into force", "COOPERATE", ["China"], "2024-07-01", "text",
          "planned", "The two leaders also oversaw the signing"),
        E("Xi's state visit to Belgrade", "CONSULT", ["Xi Jinping"], "2024-05-07TEV", "text", "occurred",
          "Xi arrived in Belgrade on Tuesday evening"),
        E("NATO bombs hit the Chinese embassy in Belgrade", "ASSAULT", ["NATO", "China"], "1999-05-07", "context",
          "occurred", "Xi arrived in Belgrade on Tuesday evening"),
        E("Xi: the Chinese people will never forget the NATO bombing", "ACCUSE", ["Xi Jinping", "NATO"],
          "2024-05-07", "text", "occurred", "In an article published in the daily Politika"),
        E("Serbia has refused to join sanctions against Russia since the invasion", "REJECT", ["Russia"], "2022",
          "text", "occurred", "Vucic, who has refused to join Western sanctions", date_mod="START"),
        E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
          "Vucic, who has refused to join Western sanctions"),
        E("Vucic: Serbia will never act against China's interests; Taiwan is China", "SUPPORT", ["China"],
          "2024-05-08", "context", "occurred", "Vucic, who has refused to join Western sanctions"),
        E("China backs Serbia's position on Kosovo", "SUPPORT", ["China"], "2024-05-08", "context", "occurred",
          "Beijing in turn backed Serbia's position"),
        E("Commission expects Serbia to align its foreign policy with the EU, including on China", "REQUEST",
          ["European Union"], "2024-05-08", "text", "occurred", "The European Commission said on Wednesday"),
        E("Macron and von der Leyen meet Xi in Paris", "CONSULT",
          ["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "2024-05-06", "text", "occurred",
          "Xi had come to Belgrade from Paris"),
        E("Macron and von der Leyen press Xi to use his influence on Moscow to end the war", "REQUEST",
          ["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "2024-05-06", "text", "occurred",
          "Xi had come to Belgrade from Paris"),
        E("Xi–Orban talks in Budapest", "CONSULT", ["Xi Jinping", "Viktor Orbán"], "2024-05-09", "text", "planned",
          "Xi flew on to Budapest"),
        E("Putin expected to visit China", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2024-05", "text",
          "planned", "who was sworn in for a fifth term"),
        E("Peskov welcomes the deepening of China's ties with Serbia", "SUPPORT", ["Dmitry Peskov", "China"],
          "2024-05-08", "text", "occurred", "Dmitry Peskov on Wednesday welcomed"),
    ],
    [
        S("Xi Jinping", "No force can stop the friendship between China and Serbia", "2024-05-08", "context",
          "There is no force that can stop"),
        S("Xi Jinping", "The Chinese people will never forget the bombing and will not allow such history to repeat",
          "2024-05-07", "text", "In an article published in the daily Politika"),
        S("NATO", "The 1999 campaign protected civilians in Kosovo; the alliance regrets the loss of life at the "
          "embassy", "2024-05-08", "text", "A NATO spokesperson in Brussels"),
        S("European Union", "Expects Serbia as a candidate to progressively align its foreign policy, including on "
          "China", "2024-05-08", "text", "The European Commission said on Wednesday"),
        S("Kremlin", "Putin is expected to visit China later this month", "2024-05-09", "published",
          "who was sworn in for a fifth term"),
        S("Dmitry Peskov", "Welcomes the deepening of China's ties with Serbia; Moscow has no reason for jealousy",
          "2024-05-08", "text", "Dmitry Peskov on Wednesday welcomed"),
    ],
    ["Xi Jinping", "China", "Russia", "NATO", "Ukraine", "European Union", "Emmanuel Macron", "France",
     "Ursula von der Leyen", "Viktor Orbán", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b125en05 (Energy Intelligence)
EN05 = """
Serbia's NIS scrambles after US sanctions hit Gazprom Neft owner

Serbia's sole refiner NIS has until late February to shed its Russian owners or face US sanctions, after the outgoing Biden administration blacklisted Gazprom Neft in its most sweeping move yet against Russian oil.
The US Treasury's Office of Foreign Assets Control (OFAC) on Friday designated Gazprom Neft and Surgutneftegas along with 183 tankers, arguing that oil revenues were financing Russia's war against Ukraine.
NIS, in which Gazprom Neft holds 44.85% and Gazprom a further 11.3%, was given a 45-day wind-down period that expires on Feb. 25.
The UK imposed matching sanctions on both Russian producers the same day.

President Aleksandar Vucic said on Monday that Belgrade had received "official notice" from Washington that the Russian stake must be fully divested.
He said Serbia would first talk to "our Russian friends" before taking up the matter with the incoming administration of Donald Trump, who takes office on Jan. 20.
"We will not seize anyone's property, but we will also not let our refinery stop," Vucic said.
He added that Belgrade was ready to buy the Russian share itself if no other solution could be found.

Moscow reacted with anger.
Kremlin spokesman Dmitry Peskov said on Monday that Russia considered the US sanctions "illegal" and would do everything to ensure that its companies kept working.
Russian Foreign Ministry spokeswoman Maria Zakharova accused Washington of "unfair competition" aimed at pushing Russian energy out of Europe and said the restrictions would not change Moscow's relations with Belgrade.

The 96,000 b/d Pancevo refinery runs on crude delivered by tanker to Croatia's Omisalj terminal and piped north via JANAF, which has already said it will comply with the US restrictions.
Serbia has imported no Russian crude since an EU ban on deliveries through JANAF took effect in December 2022, relying on Iraqi and Kazakh barrels instead.
Its three-year gas contract with Gazprom, agreed by Vucic and Russian President Vladimir Putin in 2022, expires on March 31, and talks on a longer-term deal have yet to start.
Traders said a prolonged outage at Pancevo, which covers about 80% of Serbian demand, would force the country to import more diesel from Hungary and Romania in the coming months.
"""

DOC_EN05 = doc(
    "b125en05_nis_ofac_gazprom_neft_2025_01", "2025-01-14", EN05,
    [
        T("late February", "DATE", "2025-02", mod="END"),
        T("Friday", "DATE", "2025-01-10"),
        T("45-day", "DURATION", "P45D"),
        T("Feb. 25", "DATE", "2025-02-25"),
        T("the same day", "DATE", "2025-01-10"),
        T("Monday", "DATE", "2025-01-13", 0),
        T("Jan. 20", "DATE", "2025-01-20"),
        T("Monday", "DATE", "2025-01-13", 1),
        T("December 2022", "DATE", "2022-12"),
        T("three-year", "DURATION", "P3Y"),
        T("2022", "DATE", "2022", 1),
        T("March 31", "DATE", "2025-03-31"),
        T("the coming months", "DATE", "FUTURE_REF"),
    ],
    [
        E("OFAC designates Gazprom Neft, Surgutneftegas and 183 tankers", "SANCTION", ["United States", "Russia"],
          "2025-01-10", "text", "occurred", "Office of Foreign Assets Control (OFAC) on Friday"),
        E("NIS given 45 days to wind down Russian ownership or face sanctions", "THREATEN",
          ["United States", "Russia"], "2025-01-10", "context", "occurred", "was given a 45-day wind-down period",
          note="deadline 25 February 2025"),
        E("UK imposes matching sanctions on Gazprom Neft and Surgutneftegas", "SANCTION",
          ["United Kingdom", "Russia"], "2025-01-10", "text", "occurred", "The UK imposed matching sanctions"),
        E("Serbia to talk to the Russian owners first", "CONSULT", ["Russia"], "2025-01-14", "published", "planned",
          "He said Serbia would first talk", note="no date given"),
        E("Serbia to take the matter up with the incoming Trump administration", "CONSULT", ["United States"],
          "2025-01-14", "published", "planned", "He said Serbia would first talk",
          note="after the inauguration on 20 January"),
        E("Vucic: Belgrade ready to buy the Russian share itself", "REQUEST", ["Russia"], "2025-01-13", "context",
          "occurred", "He added that Belgrade was ready to buy"),
        E("Peskov calls the US sanctions illegal", "ACCUSE", ["Dmitry Peskov", "United States"], "2025-01-13",
          "text", "occurred", "Dmitry Peskov said on Monday"),
        E("Zakharova accuses Washington of unfair competition", "ACCUSE", ["Maria Zakharova", "United States"],
          "2025-01-14", "published", "occurred", "unfair competition"),
        E("EU ban on Russian crude deliveries through JANAF took effect", "SANCTION", ["European Union", "Russia"],
          "2022-12", "text", "occurred", "Serbia has imported no Russian crude"),
        E("Vucic and Putin agreed a three-year gas contract", "AGREE", ["Vladimir Putin"], "2022", "text",
          "occurred", "Its three-year gas contract with Gazprom"),
    ],
    [
        S("United States", "OFAC: oil revenues finance Russia's war against Ukraine", "2025-01-10", "text",
          "Office of Foreign Assets Control (OFAC) on Friday"),
        S("Russia", "Moscow reacted with anger", "2025-01-14", "published", "Moscow reacted with anger."),
        S("Dmitry Peskov", "The US sanctions are illegal; Russia will ensure its companies keep working",
          "2025-01-13", "text", "Dmitry Peskov said on Monday"),
        S("Maria Zakharova", "Washington uses unfair competition to push Russian energy out of Europe; relations with "
          "Belgrade will not change", "2025-01-14", "published", "unfair competition"),
    ],
    ["United States", "Joe Biden", "Russia", "Ukraine", "United Kingdom", "Donald Trump", "Kremlin",
     "Dmitry Peskov", "Maria Zakharova", "European Union", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b125en06 (Geopolitical Monitor, explainer)
EN06 = """
Explainer: Why Serbian shells keep ending up in Ukraine, and why Moscow is suddenly angry

Russia's foreign intelligence service has publicly accused Serbia of arming Ukraine, opening the sharpest rift yet between Moscow and its closest partner in the Balkans.
Here is what we know.

What did Moscow say?
In a statement on Thursday, May 29, the SVR said Serbian arms makers had shipped "hundreds of thousands" of artillery shells and rockets to Ukraine via intermediaries in the Czech Republic and Bulgaria.
It called the deliveries a "stab in the back" and said Belgrade was using its "historical friendship" with Russia as cover.

What has Belgrade done?
President Aleksandar Vucic said on Friday that Serbia would review all export licences and "stop anything that is suspicious," while insisting that his country had not sold a single bullet directly to Ukraine or Russia.
He acknowledged that he had discussed the issue with Russian President Vladimir Putin in Moscow on May 9, when the two met for about an hour after the Victory Day parade.
The trip had drawn warnings from Brussels: EU foreign policy chief Kaja Kallas told candidate countries in April that attending the parade would "not be taken lightly."

How has the Kremlin responded?
The Kremlin has so far avoided escalating the row.
Spokesman Dmitry Peskov said on Monday that Russia "values" Serbia's assurances and expected Vucic's review to produce results "soon."
Foreign Ministry spokeswoman Maria Zakharova was blunter on Tuesday, saying that "friends do not supply weapons to those who kill Russian soldiers."

What does Kyiv say?
Foreign Minister Andrii Sybiha said on Monday that Ukraine was grateful to "every country that helps us defend ourselves, directly or indirectly."
Vucic is expected to attend a summit of South-East European leaders with President Volodymyr Zelensky in Odesa next week, his first visit to Ukraine since the full-scale invasion.

Why does it matter?
Serbia's arms industry, which exported weapons worth more than 1.5 billion euros last year, depends on Western buyers, while the country still gets almost all of its gas from Russia under a contract that Moscow agreed in March to extend until the end of September.
For Belgrade, which has refused to join EU sanctions against Russia since 2022, the row shows how hard it has become to keep one foot in each camp.
"""

DOC_EN06 = doc(
    "b125en06_svr_charge_serbian_shells_2025_06", "2025-06-04", EN06,
    [
        T("Thursday, May 29", "DATE", "2025-05-29"),
        T("Friday", "DATE", "2025-05-30"),
        T("May 9", "DATE", "2025-05-09"),
        T("about an hour", "DURATION", "PT1H", mod="APPROX"),
        T("April", "DATE", "2025-04"),
        T("Monday", "DATE", "2025-06-02", 0),
        T("soon", "DATE", "FUTURE_REF", note="in Peskov's words of Monday 2 June"),
        T("Tuesday", "DATE", "2025-06-03"),
        T("Monday", "DATE", "2025-06-02", 1),
        T("next week", "DATE", "2025-W24"),
        T("last year", "DATE", "2024"),
        T("March", "DATE", "2025-03"),
        T("the end of September", "DATE", "2025-09", mod="END"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("SVR accuses Serbian arms makers of shipping shells to Ukraine via intermediaries", "ACCUSE", ["Russia"],
          "2025-05-29", "text", "occurred", "In a statement on Thursday, May 29"),
        E("Vucic denies selling to Ukraine or Russia and orders a review of export licences", "REJECT", ["Russia"],
          "2025-05-30", "text", "occurred", "President Aleksandar Vucic said on Friday"),
        E("Vucic–Putin meeting in Moscow", "CONSULT", ["Vladimir Putin"], "2025-05-09", "text", "occurred",
          "He acknowledged that he had discussed the issue"),
        E("Kallas warns candidate countries not to attend the Moscow parade", "REQUEST", ["Kaja Kallas"], "2025-04",
          "text", "occurred", "Kaja Kallas told candidate countries in April"),
        E("Peskov: Russia values Serbia's assurances", "SUPPORT", ["Dmitry Peskov"], "2025-06-02", "text",
          "occurred", "Spokesman Dmitry Peskov said on Monday"),
        E("Peskov expects Vucic's review to produce results soon", "REQUEST", ["Dmitry Peskov"], "2025-06-02", "text",
          "occurred", "Spokesman Dmitry Peskov said on Monday"),
        E("Zakharova: friends do not supply weapons to those who kill Russian soldiers", "ACCUSE", ["Maria Zakharova"],
          "2025-06-03", "text", "occurred", "Maria Zakharova was blunter on Tuesday"),
        E("Sybiha thanks every country that helps Ukraine defend itself", "SUPPORT", ["Andrii Sybiha"], "2025-06-02",
          "text", "occurred", "Andrii Sybiha said on Monday"),
        E("Vucic expected at a South-East European summit with Zelensky in Odesa", "CONSULT",
          ["Volodymyr Zelensky"], "2025-W24", "text", "planned", "Vucic is expected to attend a summit"),
        E("Moscow agreed to extend the gas contract until the end of September", "AGREE", ["Russia"], "2025-03",
          "text", "occurred", "Serbia's arms industry"),
        E("Serbia has refused to join EU sanctions against Russia since 2022", "REJECT", ["European Union", "Russia"],
          "2022", "text", "occurred", "For Belgrade, which has refused", date_mod="START"),
    ],
    [
        S("Russia", "SVR: Serbian arms makers shipped hundreds of thousands of shells and rockets to Ukraine",
          "2025-05-29", "text", "In a statement on Thursday, May 29"),
        S("Russia", "SVR: the deliveries are a stab in the back; Belgrade uses the friendship with Russia as cover",
          "2025-05-29", "context", "stab in the back"),
        S("Kaja Kallas", "Attending the Moscow parade will not be taken lightly", "2025-04", "text",
          "Kaja Kallas told candidate countries in April"),
        S("Kremlin", "The Kremlin has avoided escalating the row", "2025-06-04", "published",
          "The Kremlin has so far avoided escalating the row."),
        S("Dmitry Peskov", "Russia values Serbia's assurances and expects the review to produce results soon",
          "2025-06-02", "text", "Spokesman Dmitry Peskov said on Monday"),
        S("Maria Zakharova", "Friends do not supply weapons to those who kill Russian soldiers", "2025-06-03", "text",
          "Maria Zakharova was blunter on Tuesday"),
        S("Andrii Sybiha", "Ukraine is grateful to every country that helps it defend itself, directly or indirectly",
          "2025-06-02", "text", "Andrii Sybiha said on Monday"),
    ],
    ["Russia", "Ukraine", "Vladimir Putin", "European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov",
     "Maria Zakharova", "Andrii Sybiha", "Volodymyr Zelensky"],
)

DOCS = [DOC_EN01, DOC_EN02, DOC_EN03, DOC_EN04, DOC_EN05, DOC_EN06]
