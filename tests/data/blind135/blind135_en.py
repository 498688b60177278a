"""English articles of the blind135 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b135en01 (Interfax-Ukraine)
EN01 = """
Kyiv recalls ambassador from Tbilisi over Georgia's refusal to join sanctions

KYIV – Ukraine has recalled its ambassador to Georgia for consultations over Tbilisi's refusal to join sanctions against Russia, President Volodymyr Zelensky said late Tuesday.
In a video address, Zelensky said the Georgian authorities had also stopped a charter flight that was to take Georgian volunteers to Ukraine on Monday, calling their stance "immoral".

Georgian Prime Minister Irakli Garibashvili said on Friday that his country would not join the financial and economic sanctions imposed by the European Union and the United States, arguing that they would hurt Georgians more than Moscow.
He stressed that Georgia supports Ukraine's territorial integrity and votes with Kyiv in international bodies.
Tens of thousands of Georgians have rallied in Tbilisi in support of Ukraine since Thursday, and on Monday evening protesters demanded Garibashvili's resignation.

Foreign Minister Dmytro Kuleba said on Wednesday that Kyiv expected "real solidarity" from a country that had itself been attacked by Russia in 2008.
"History will judge those who stand aside today," Kuleba wrote on Twitter.
U.S. State Department spokesman Ned Price said on Tuesday that Washington expected all its partners "to make sure Russia cannot evade the costs of its aggression."

In Moscow, Kremlin spokesman Dmitry Peskov welcomed what he called Tbilisi's "balanced and pragmatic" position on Wednesday.
Russia and Georgia have had no diplomatic relations since the 2008 war, and Moscow has banned direct flights between the two countries since 2019.

Despite the row, Tbilisi is moving closer to Brussels.
Irakli Kobakhidze, chairman of the ruling Georgian Dream party, announced on Wednesday that Georgia would submit its application for EU membership on Thursday instead of in 2024, as the party had planned.
Ukraine applied on Monday, and Zelensky has asked the bloc for a special fast-track procedure.
Later on Wednesday the U.N. General Assembly is due to vote on a resolution demanding that Russia withdraw its troops from Ukraine, which Georgia has co-sponsored.
"""

# ---------------------------------------------------------------- b135en02 (Interpressnews, English service)
EN02 = """
Georgia's central bank shields ex-prosecutor from U.S. sanctions, two deputies quit

TBILISI – Two vice governors of the National Bank of Georgia resigned on Wednesday in protest at a rule change that allows Otar Partskhaladze, a former prosecutor general sanctioned by the United States last week, to keep using his Georgian bank accounts.
The bank announced on Tuesday that sanctions imposed by foreign governments on Georgian citizens would only apply once a Georgian court had confirmed them.
Governor Koba Gvenetadze defended the move, saying the central bank could not "punish citizens without a court ruling."

The State Department and the Treasury designated Partskhaladze on Sept. 14 together with Alexander Onishchenko, an officer of Russia's FSB security service.
Washington said the two had worked to influence Georgian society and politics "for the benefit of Russia."
According to the State Department, Partskhaladze, who briefly served as chief prosecutor in 2013, obtained Russian citizenship last year.

U.S. Ambassador Kelly Degnan said on Wednesday that the bank's decision "undermines the entire sanctions regime."
She warned that Georgian banks ignoring U.S. sanctions could lose access to dollar transactions.
The EU delegation in Tbilisi said on Thursday that it expected Georgia to align with the bloc's foreign policy, including on sanctions, before EU leaders decide on its candidate status in December.

Georgian Dream chairman Irakli Kobakhidze called the U.S. measures "unjustified" and accused the American embassy of interfering in Georgia's internal affairs.
In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that Washington was punishing Georgians "for normal contacts with Russia."

Relations between Tbilisi and Washington have cooled since March, when the ruling party tried to push a "foreign agents" bill through parliament, and since Russia resumed direct flights to Georgia in May.
Prime Minister Irakli Garibashvili, who is attending the U.N. General Assembly in New York this week, has said Georgia will not be "dragged into the war."
Opposition parties have called for Gvenetadze's resignation and plan a protest outside the bank on Saturday.
"""

# ---------------------------------------------------------------- b135en03 (AP)
EN03 = """
Hungary's Orbán visits Georgia to back ruling party as opposition alleges vote was rigged

TBILISI, Georgia (AP) — Hungarian Prime Minister Viktor Orbán arrived in Georgia on Monday for a two-day visit to congratulate the governing Georgian Dream party on its victory in Saturday's parliamentary election, which the opposition and the country's president say was rigged with Russian help.
Orbán, whose country holds the rotating presidency of the European Union, met Prime Minister Irakli Kobakhidze on Tuesday and praised Georgia as a "conservative, Christian and pro-peace" nation.
He had already congratulated Georgian Dream on Saturday night, before official results were announced.

The Central Election Commission says Georgian Dream won nearly 54% of the vote.
President Salome Zourabichvili, who has broken with the party that once backed her, said on Sunday that she would not recognize the results and called the election a "Russian special operation."
Thousands of opposition supporters rallied outside parliament on Monday evening.

The European Union's foreign policy chief, Josep Borrell, and the European Commission said Sunday that international observers had reported intimidation and vote buying, and called for the allegations to be investigated "swiftly, transparently and independently."
On Tuesday, Borrell said Orbán was not speaking for the bloc, since the EU had given him no mandate for the trip.
U.S. Secretary of State Antony Blinken also urged an investigation on Monday and condemned "misuse of public resources, vote buying and voter intimidation."

The Kremlin rejected the accusations of interference.
Kremlin spokesman Dmitry Peskov said Monday that it was the United States and the European Union, not Russia, that were trying to meddle in Georgia, and that Moscow had "nothing to do" with the result.

Georgia was granted EU candidate status in December last year, but Brussels froze the process in June after parliament adopted a "foreign influence" law that critics say was modeled on Russian legislation.
The Georgian government has declined to join Western sanctions against Russia, and direct flights between the two countries resumed last year.
Orbán himself angered EU partners in July when he traveled to Moscow to meet Russian President Vladimir Putin on what he called a peace mission.
Later on Tuesday he was due to meet Georgian Dream founder Bidzina Ivanishvili, a billionaire who made his fortune in Russia.
"""

# ---------------------------------------------------------------- b135en04 (The Guardian, live blog)
EN04 = """
Georgia crisis live: Kavelashvili sworn in as president while Zourabichvili leaves palace

15.10 GMT: Russia's foreign ministry spokesperson Maria Zakharova has welcomed the inauguration, writing on Telegram that Georgians had "defended their sovereignty against foreign puppeteers."
She also accused Washington of trying to "punish a whole nation" with Friday's sanctions.

13.45 GMT: The EU's foreign policy chief, Kaja Kallas, said in a statement that the inauguration had taken place amid an "ongoing violent crackdown" on protesters and journalists.
She called for the release of all those detained and said EU foreign ministers would discuss "further measures" at their meeting in January.

12.30 GMT: Ukraine's president, Volodymyr Zelensky, imposed sanctions on Friday on Georgian Dream founder Bidzina Ivanishvili and 18 other Georgian officials, accusing them of "surrendering Georgia to Russia."

11.15 GMT: A reminder of the background.
The US Treasury on Friday imposed sanctions on Ivanishvili, saying he had undermined Georgia's democratic future "for the benefit of the Russian Federation."
Secretary of State Antony Blinken said the move was a response to the violent crackdown since the government suspended its EU accession bid on 28 November.
Washington had already suspended its strategic partnership with Tbilisi on 30 November, and Britain sanctioned five Georgian security officials, including the interior minister, on 19 December.

10.20 GMT: Salome Zourabichvili has left the Orbeliani presidential palace, saying she remains the country's "only legitimate president" and will keep working with the protesters.
She urged western governments not to recognise her successor.

09.05 GMT: Mikheil Kavelashvili, a former Manchester City striker and co-founder of an anti-western party, has been sworn in as president in parliament.
He was chosen on 14 December by an electoral college dominated by Georgian Dream and boycotted by the opposition.
In his speech he praised the government's decision to pause EU accession talks until 2028 and promised to "restore peace" with all neighbours.

08.30 GMT: Good morning and welcome to our live coverage from Tbilisi, where crowds have gathered outside parliament for a month of nightly protests.
"""

# ---------------------------------------------------------------- b135en05 (Euronews, explainer)
EN05 = """
Explained: Georgia's new foreign agents act and why it matters

What happened? Georgia's parliament on Tuesday passed a Foreign Agents Registration Act, an almost word-for-word translation of the U.S. law of 1938, with 83 votes in favour and none against, as opposition deputies stayed away.
The law takes effect on May 31 and foresees prison sentences of up to five years for "agents of a foreign principal" who fail to register.

Isn't there already such a law? The "transparency of foreign influence" law passed in May 2024, which sparked mass protests and led Brussels to freeze Georgia's accession path in June that year, remains in force.
Georgian Dream says the new act is more precise and cannot be criticised in the West because it copies American legislation.

How has Brussels reacted? In a joint statement on Tuesday evening, EU foreign policy chief Kaja Kallas and Enlargement Commissioner Marta Kos said the law "further undermines" Georgia's European path and called on the authorities to repeal it.
The bloc suspended visa-free travel for Georgian diplomats and officials in January, and the Commission has recently warned that visa-free travel for all Georgians could follow.

And Washington? The State Department said on Tuesday it was "concerned by any legislation used to stifle dissent," but stressed that FARA is applied "very differently" in the United States.
Georgian Dream leaders had hoped for a reset with President Donald Trump, but the sanctions imposed on the party's founder, Bidzina Ivanishvili, in December remain in place.
In Congress, a bipartisan group of lawmakers reintroduced the MEGOBARI Act in January, which would impose further sanctions on Georgian officials.

What does Moscow say? Kremlin spokesman Dmitry Peskov said on Wednesday that Russia did not interfere in Georgia's affairs, but that Tbilisi was protecting its sovereignty "like any normal country."
Critics in Tbilisi see the act as another step toward Russia's own "foreign agent" rules, in force since 2012.

What happens next? President Mikheil Kavelashvili is expected to sign the law within days, and opposition parties have called a rally for Saturday.
EU foreign ministers will discuss Georgia again on April 14, and the Commission's enlargement report is due in the autumn.
"""

# ---------------------------------------------------------------- b135en06 (Lloyd's List)
EN06 = """
Georgia protests as EU sanctions hit Black Sea oil terminal at Kulevi

TBILISI/BRUSSELS – Georgia summoned the European Union's chargé d'affaires on Friday to protest against the listing of the Kulevi oil terminal on its Black Sea coast in the bloc's 19th package of sanctions against Russia.
EU governments formally adopted the package on Thursday after Slovakia lifted its veto; it bans imports of Russian liquefied natural gas from 2027 and targets 117 more tankers of Russia's shadow fleet.
The Commission says the terminal, operated by a subsidiary of Azerbaijan's state energy company SOCAR, has taken in Russian crude from shadow-fleet tankers since last year, helping Moscow sell oil above the Western price cap.
EU foreign policy chief Kaja Kallas said on Thursday that no country should become "a back door for Russia's war economy."

Georgia's Prime Minister Irakli Kobakhidze called the listing "unjustified and hostile" and insisted that his government had strictly complied with international sanctions.
The Economy Ministry said Georgian ports would keep operating "in line with Georgian law."
Tbilisi has not joined Western sanctions, and its trade with Russia has grown since 2022, with cars, electronics and machinery re-exported through the Upper Lars crossing.
Under Western pressure, Georgia banned the re-export of Western cars to Russia in January 2024.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that the EU was "punishing third countries for trading with Russia" and predicted the measures would fail.
Washington imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, on Wednesday.

Relations between Brussels and Tbilisi have deteriorated sharply since the government froze EU accession talks in November last year.
The United States sanctioned Georgian Dream founder Bidzina Ivanishvili last December, and in June the Commission gave Tbilisi until Aug. 31 to address its concerns or risk losing visa-free travel for all Georgians.
EU interior ministers are due to discuss a possible suspension in November.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


BLOG = "live-blog time (GMT)"

DOCS = [
    doc(
        "b135en01_kyiv_recalls_ambassador_tbilisi_2022_03", "2022-03-02", EN01,
        [
            T("late Tuesday", "TIME", "2022-03-01TNI"),
            T("Monday", "DATE", "2022-02-28", 0),
            T("Friday", "DATE", "2022-02-25"),
            T("Thursday", "DATE", "2022-02-24", 0),
            T("Monday evening", "TIME", "2022-02-28TEV"),
            T("Wednesday", "DATE", "2022-03-02", 0),
            T("2008", "DATE", "2008", 0),
            T("today", "DATE", "2022-03-02", note="in Kuleba's post, speech time Wednesday 2 March"),
            T("Tuesday", "DATE", "2022-03-01", 1),
            T("Wednesday", "DATE", "2022-03-02", 1),
            T("2008", "DATE", "2008", 1),
            T("2019", "DATE", "2019"),
            T("Wednesday", "DATE", "2022-03-02", 2),
            T("Thursday", "DATE", "2022-03-03", 1),
            T("2024", "DATE", "2024"),
            T("Monday", "DATE", "2022-02-28", 2),
            T("Wednesday", "DATE", "2022-03-02", 3),
        ],
        [
            E("Ukraine recalls its ambassador to Georgia for consultations", "SANCTION", ["Ukraine"],
              "2022-03-01TNI", "text", "occurred", "recalled its ambassador to Georgia"),
            E("Zelensky calls the Georgian authorities' stance immoral", "ACCUSE", ["Volodymyr Zelensky"],
              "2022-03-01TNI", "context", "occurred", "charter flight"),
            E("Georgian authorities stop a charter flight of volunteers to Ukraine", "REJECT", ["Ukraine"],
              "2022-02-28", "text", "occurred", "charter flight"),
            E("Garibashvili: Georgia will not join the EU and US sanctions", "REJECT",
              ["European Union", "United States"], "2022-02-25", "text", "occurred",
              "would not join the financial"),
            E("Garibashvili stresses Georgia's support for Ukraine's territorial integrity", "SUPPORT", ["Ukraine"],
              "2022-02-25", "context", "occurred", "territorial integrity"),
            E("Kuleba: Kyiv expects real solidarity from Georgia", "REQUEST", ["Ukraine"], "2022-03-02", "text",
              "occurred", "real solidarity"),
            E("Russia attacked Georgia in 2008", "ASSAULT", ["Russia"], "2008", "text", "occurred",
              "real solidarity"),
            E("Price: partners must make sure Russia cannot evade the costs of its aggression", "REQUEST",
              ["United States"], "2022-03-01", "text", "occurred", "Ned Price"),
            E("Peskov welcomes Tbilisi's balanced position", "SUPPORT", ["Dmitry Peskov"], "2022-03-02", "text",
              "occurred", "balanced and pragmatic"),
            E("No diplomatic relations between Russia and Georgia since the 2008 war", "SANCTION", ["Russia"],
              "2008", "text", "occurred", "no diplomatic relations", date_mod="START"),
            E("Moscow has banned direct flights to Georgia since 2019", "SANCTION", ["Russia"], "2019", "text",
              "occurred", "no diplomatic relations", date_mod="START"),
            E("Georgia to submit its EU membership application on Thursday", "REQUEST", ["European Union"],
              "2022-03-03", "text", "planned", "submit its application"),
            E("Ukraine applied for EU membership", "REQUEST", ["Ukraine", "European Union"], "2022-02-28", "text",
              "occurred", "Ukraine applied on Monday"),
            E("Zelensky asks the EU for a special fast-track procedure", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-02-28", "context", "occurred",
              "Ukraine applied on Monday"),
            E("UN General Assembly to vote on a resolution demanding Russia's withdrawal", "REQUEST",
              ["United Nations", "Russia"], "2022-03-02", "text", "planned", "General Assembly is due to vote"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine has recalled its ambassador to Georgia over Tbilisi's refusal to join "
              "sanctions", "2022-03-01TNI", "text", "recalled its ambassador to Georgia"),
            S("Volodymyr Zelensky", "Georgian authorities stopped a volunteers' flight; their stance is immoral",
              "2022-03-01TNI", "context", "charter flight"),
            S("Ukraine", "Kuleba: Kyiv expects real solidarity from a country attacked by Russia in 2008",
              "2022-03-02", "text", "real solidarity"),
            S("Ukraine", "Kuleba: history will judge those who stand aside today", "2022-03-02", "published",
              "History will judge"),
            S("United States", "Price: all partners must make sure Russia cannot evade the costs of its aggression",
              "2022-03-01", "text", "Ned Price"),
            S("Dmitry Peskov", "Welcomes Tbilisi's balanced and pragmatic position", "2022-03-02", "text",
              "balanced and pragmatic"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "European Union", "United States", "Kremlin", "Dmitry Peskov",
         "United Nations"],
    ),
    doc(
        "b135en02_partskhaladze_national_bank_2023_09", "2023-09-21", EN02,
        [
            T("Wednesday", "DATE", "2023-09-20", 0),
            T("last week", "DATE", "2023-W37"),
            T("Tuesday", "DATE", "2023-09-19"),
            T("Sept. 14", "DATE", "2023-09-14"),
            T("2013", "DATE", "2013"),
            T("last year", "DATE", "2022"),
            T("Wednesday", "DATE", "2023-09-20", 1),
            T("Thursday", "DATE", "2023-09-21"),
            T("December", "DATE", "2023-12"),
            T("Wednesday", "DATE", "2023-09-20", 2),
            T("March", "DATE", "2023-03"),
            T("May", "DATE", "2023-05"),
            T("this week", "DATE", "2023-W38"),
            T("Saturday", "DATE", "2023-09-23"),
        ],
        [
            E("National Bank rule lets Georgian citizens escape US sanctions without a Georgian court ruling",
              "REJECT", ["United States"], "2023-09-19", "text", "occurred", "The bank announced on Tuesday"),
            E("US sanctions Partskhaladze and FSB officer Onishchenko", "SANCTION", ["United States", "Russia"],
              "2023-09-14", "text", "occurred", "designated Partskhaladze"),
            E("US accuses the two of influencing Georgian politics for the benefit of Russia", "ACCUSE",
              ["United States", "Russia"], "2023-09-14", "context", "occurred", "for the benefit of Russia"),
            E("Degnan: the bank's decision undermines the sanctions regime", "ACCUSE", ["United States"],
              "2023-09-20", "text", "occurred", "undermines the entire sanctions regime"),
            E("Degnan warns Georgian banks could lose access to dollar transactions", "THREATEN", ["United States"],
              "2023-09-20", "context", "occurred", "dollar transactions"),
            E("EU delegation expects Georgia to align with EU foreign policy including sanctions", "REQUEST",
              ["European Union"], "2023-09-21", "text", "occurred", "align with the bloc's foreign policy"),
            E("EU leaders to decide on Georgia's candidate status in December", "CONSULT", ["European Union"],
              "2023-12", "text", "planned", "align with the bloc's foreign policy"),
            E("Kobakhidze rejects the US measures as unjustified", "REJECT", ["United States"], "2023-09-21",
              "published", "occurred", "unjustified"),
            E("Kobakhidze accuses the US embassy of interfering in Georgia's affairs", "ACCUSE", ["United States"],
              "2023-09-21", "published", "occurred", "unjustified"),
            E("Zakharova accuses Washington of punishing Georgians for contacts with Russia", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-09-20", "text", "occurred", "normal contacts with Russia"),
            E("Russia resumed direct flights to Georgia", "COOPERATE", ["Russia"], "2023-05", "text", "occurred",
              "resumed direct flights"),
            E("Garibashvili attends the UN General Assembly", "CONSULT", ["United Nations"], "2023-W38", "text",
              "occurred", "attending the U.N. General Assembly"),
        ],
        [
            S("United States", "Partskhaladze and Onishchenko worked to influence Georgia for the benefit of Russia",
              "2023-09-14", "context", "for the benefit of Russia"),
            S("United States", "Partskhaladze obtained Russian citizenship last year", "2023-09-14", "context",
              "obtained Russian citizenship"),
            S("United States", "Degnan: the bank's decision undermines the entire sanctions regime", "2023-09-20",
              "text", "undermines the entire sanctions regime"),
            S("United States", "Degnan: Georgian banks ignoring US sanctions could lose access to dollar "
              "transactions", "2023-09-20", "context", "dollar transactions"),
            S("European Union", "Expects Georgia to align with EU foreign policy, including on sanctions",
              "2023-09-21", "text", "align with the bloc's foreign policy"),
            S("Maria Zakharova", "Washington punishes Georgians for normal contacts with Russia", "2023-09-20",
              "text", "normal contacts with Russia"),
        ],
        ["United States", "Russia", "European Union", "Maria Zakharova", "United Nations"],
    ),
    doc(
        "b135en03_orban_tbilisi_after_election_2024_10", "2024-10-29", EN03,
        [
            T("Monday", "DATE", "2024-10-28", 0),
            T("two-day", "DURATION", "P2D"),
            T("Saturday", "DATE", "2024-10-26", 0),
            T("Tuesday", "DATE", "2024-10-29", 0),
            T("Saturday night", "TIME", "2024-10-26TNI"),
            T("Sunday", "DATE", "2024-10-27", 0),
            T("Monday evening", "TIME", "2024-10-28TEV"),
            T("Sunday", "DATE", "2024-10-27", 1),
            T("Tuesday", "DATE", "2024-10-29", 1),
            T("Monday", "DATE", "2024-10-28", 2),
            T("Monday", "DATE", "2024-10-28", 3),
            T("December last year", "DATE", "2023-12"),
            T("June", "DATE", "2024-06"),
            T("last year", "DATE", "2023", 1),
            T("July", "DATE", "2024-07"),
            T("Tuesday", "DATE", "2024-10-29", 2),
        ],
        [
            E("Orbán arrives in Georgia for a two-day visit", "CONSULT", ["Viktor Orbán"], "2024-10-28", "text",
              "occurred", "arrived in Georgia on Monday"),
            E("Orbán meets Prime Minister Kobakhidze", "CONSULT", ["Viktor Orbán"], "2024-10-29", "text",
              "occurred", "met Prime Minister Irakli Kobakhidze"),
            E("Orbán praises Georgia as conservative, Christian and pro-peace", "SUPPORT", ["Viktor Orbán"],
              "2024-10-29", "text", "occurred", "met Prime Minister Irakli Kobakhidze"),
            E("Orbán congratulated Georgian Dream before official results", "SUPPORT", ["Viktor Orbán"],
              "2024-10-26TNI", "text", "occurred", "already congratulated"),
            E("Zourabichvili calls the election a Russian special operation", "ACCUSE", ["Russia"], "2024-10-27",
              "text", "occurred", "Russian special operation"),
            E("EU calls for an investigation of the reported irregularities", "REQUEST", ["European Union"],
              "2024-10-27", "text", "occurred", "swiftly, transparently"),
            E("Borrell: Orbán is not speaking for the EU", "REJECT", ["European Union", "Viktor Orbán"],
              "2024-10-29", "text", "occurred", "not speaking for the bloc"),
            E("Blinken urges an investigation", "REQUEST", ["Antony Blinken"], "2024-10-28", "text", "occurred",
              "urged an investigation"),
            E("Blinken condemns vote buying and voter intimidation", "ACCUSE", ["Antony Blinken"], "2024-10-28",
              "text", "occurred", "urged an investigation"),
            E("Peskov accuses the US and the EU of meddling in Georgia", "ACCUSE",
              ["Dmitry Peskov", "United States", "European Union"], "2024-10-28", "text", "occurred",
              "trying to meddle"),
            E("EU granted Georgia candidate status", "AGREE", ["European Union"], "2023-12", "text", "occurred",
              "granted EU candidate status"),
            E("Brussels froze Georgia's accession process", "SANCTION", ["European Union"], "2024-06", "text",
              "occurred", "granted EU candidate status"),
            E("Direct flights between Russia and Georgia resumed", "COOPERATE", ["Russia"], "2023", "text",
              "occurred", "flights between the two countries resumed"),
            E("Orbán met Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text",
              "occurred", "peace mission"),
            E("Orbán to meet Ivanishvili", "CONSULT", ["Viktor Orbán"], "2024-10-29", "text", "planned",
              "Bidzina Ivanishvili"),
        ],
        [
            S("Viktor Orbán", "Georgia is a conservative, Christian and pro-peace nation", "2024-10-29", "text",
              "met Prime Minister Irakli Kobakhidze"),
            S("Viktor Orbán", "Congratulates Georgian Dream on its victory", "2024-10-26TNI", "text",
              "already congratulated"),
            S("European Union", "Observers reported intimidation and vote buying; the allegations must be "
              "investigated", "2024-10-27", "text", "swiftly, transparently"),
            S("European Union", "Borrell: Orbán is not speaking for the bloc and has no EU mandate", "2024-10-29",
              "text", "not speaking for the bloc"),
            S("Antony Blinken", "Urges an investigation and condemns misuse of resources, vote buying and "
              "intimidation", "2024-10-28", "text", "urged an investigation"),
            S("Kremlin", "Rejects the accusations of interference", "2024-10-28", "context",
              "The Kremlin rejected the accusations"),
            S("Dmitry Peskov", "The US and the EU, not Russia, are meddling; Moscow had nothing to do with the result",
              "2024-10-28", "text", "trying to meddle"),
        ],
        ["Viktor Orbán", "European Union", "Russia", "United States", "Antony Blinken", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin"],
    ),
    doc(
        "b135en04_liveblog_kavelashvili_inauguration_2024_12", "2024-12-29", EN04,
        [
            T("15.10 GMT", "TIME", "2024-12-29T15:10", note=BLOG),
            T("Friday", "DATE", "2024-12-27", 0),
            T("13.45 GMT", "TIME", "2024-12-29T13:45", note=BLOG),
            T("January", "DATE", "2025-01"),
            T("12.30 GMT", "TIME", "2024-12-29T12:30", note=BLOG),
            T("Friday", "DATE", "2024-12-27", 1),
            T("11.15 GMT", "TIME", "2024-12-29T11:15", note=BLOG),
            T("Friday", "DATE", "2024-12-27", 2),
            T("28 November", "DATE", "2024-11-28"),
            T("30 November", "DATE", "2024-11-30"),
            T("19 December", "DATE", "2024-12-19"),
            T("10.20 GMT", "TIME", "2024-12-29T10:20", note=BLOG),
            T("09.05 GMT", "TIME", "2024-12-29T09:05", note=BLOG),
            T("14 December", "DATE", "2024-12-14"),
            T("2028", "DATE", "2028"),
            T("08.30 GMT", "TIME", "2024-12-29T08:30", note=BLOG),
            T("a month", "DURATION", "P1M"),
            T("nightly", "SET", "P1D"),
        ],
        [
            E("Zakharova welcomes Kavelashvili's inauguration", "SUPPORT", ["Maria Zakharova"], "2024-12-29",
              "published", "occurred", "welcomed the inauguration"),
            E("Zakharova accuses Washington of trying to punish a whole nation", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-12-29", "published", "occurred", "punish a whole nation"),
            E("Kallas criticises the ongoing violent crackdown", "ACCUSE", ["Kaja Kallas"], "2024-12-29",
              "published", "occurred", "ongoing violent crackdown"),
            E("Kallas calls for the release of all detainees", "REQUEST", ["Kaja Kallas"], "2024-12-29",
              "published", "occurred", "release of all those detained"),
            E("EU foreign ministers to discuss further measures in January", "CONSULT", ["European Union"],
              "2025-01", "text", "planned", "release of all those detained"),
            E("Zelensky imposes sanctions on Ivanishvili and 18 Georgian officials", "SANCTION",
              ["Volodymyr Zelensky"], "2024-12-27", "text", "occurred", "18 other Georgian officials"),
            E("Zelensky accuses them of surrendering Georgia to Russia", "ACCUSE", ["Volodymyr Zelensky"],
              "2024-12-27", "context", "occurred", "18 other Georgian officials"),
            E("US Treasury imposes sanctions on Ivanishvili", "SANCTION", ["United States"], "2024-12-27", "text",
              "occurred", "The US Treasury on Friday"),
            E("US Treasury accuses Ivanishvili of undermining Georgia's democratic future for Russia's benefit",
              "ACCUSE", ["United States"], "2024-12-27", "context", "occurred", "The US Treasury on Friday"),
            E("Georgian government suspended its EU accession bid", "REJECT", ["European Union"], "2024-11-28",
              "text", "occurred", "suspended its EU accession bid"),
            E("US suspended its strategic partnership with Georgia", "SANCTION", ["United States"], "2024-11-30",
              "text", "occurred", "strategic partnership"),
            E("Britain sanctioned five Georgian security officials", "SANCTION", ["United Kingdom"], "2024-12-19",
              "text", "occurred", "strategic partnership"),
        ],
        [
            S("Maria Zakharova", "Georgians defended their sovereignty against foreign puppeteers", "2024-12-29",
              "published", "welcomed the inauguration"),
            S("Maria Zakharova", "Washington is trying to punish a whole nation with its sanctions", "2024-12-29",
              "published", "punish a whole nation"),
            S("Kaja Kallas", "The inauguration took place amid an ongoing violent crackdown", "2024-12-29",
              "published", "ongoing violent crackdown"),
            S("Kaja Kallas", "Calls for the release of detainees; EU ministers to discuss further measures in "
              "January", "2024-12-29", "published", "release of all those detained"),
            S("Volodymyr Zelensky", "The sanctioned officials are surrendering Georgia to Russia", "2024-12-27",
              "text", "18 other Georgian officials"),
            S("United States", "Ivanishvili undermined Georgia's democratic future for the benefit of Russia",
              "2024-12-27", "context", "The US Treasury on Friday"),
            S("Antony Blinken", "The sanctions respond to the violent crackdown since the suspension of the EU bid",
              "2024-12-27", "context", "suspended its EU accession bid"),
        ],
        ["Maria Zakharova", "Russia", "United States", "Kaja Kallas", "European Union", "Ukraine",
         "Volodymyr Zelensky", "Antony Blinken", "United Kingdom"],
    ),
    doc(
        "b135en05_explainer_fara_law_2025_04", "2025-04-02", EN05,
        [
            T("Tuesday", "DATE", "2025-04-01", 0),
            T("1938", "DATE", "1938"),
            T("May 31", "DATE", "2025-05-31"),
            T("five years", "DURATION", "P5Y"),
            T("May 2024", "DATE", "2024-05"),
            T("June that year", "DATE", "2024-06"),
            T("Tuesday evening", "TIME", "2025-04-01TEV"),
            T("January", "DATE", "2025-01", 0),
            T("recently", "DATE", "PAST_REF"),
            T("Tuesday", "DATE", "2025-04-01", 2),
            T("December", "DATE", "2024-12"),
            T("January", "DATE", "2025-01", 1),
            T("Wednesday", "DATE", "2025-04-02"),
            T("2012", "DATE", "2012"),
            T("days", "DURATION", "PXD"),
            T("Saturday", "DATE", "2025-04-05"),
            T("April 14", "DATE", "2025-04-14"),
            T("the autumn", "DATE", "2025-FA"),
        ],
        [
            E("Brussels froze Georgia's accession path", "SANCTION", ["European Union"], "2024-06", "text",
              "occurred", "freeze Georgia's accession path"),
            E("Kallas and Kos: the law further undermines Georgia's European path", "ACCUSE",
              ["Kaja Kallas", "European Union"], "2025-04-01TEV", "text", "occurred", "further undermines"),
            E("Kallas and Kos call on the authorities to repeal the law", "REQUEST", ["Kaja Kallas", "European Union"],
              "2025-04-01TEV", "text", "occurred", "further undermines"),
            E("EU suspended visa-free travel for Georgian diplomats and officials", "SANCTION", ["European Union"],
              "2025-01", "text", "occurred", "suspended visa-free travel"),
            E("Commission warns that visa-free travel for all Georgians could be suspended", "THREATEN",
              ["European Union"], "PAST_REF", "vague", "occurred", "suspended visa-free travel"),
            E("State Department concerned by legislation used to stifle dissent", "ACCUSE", ["United States"],
              "2025-04-01", "text", "occurred", "stifle dissent"),
            E("US sanctions on Ivanishvili", "SANCTION", ["United States"], "2024-12", "text", "occurred",
              "remain in place"),
            E("Lawmakers reintroduce the MEGOBARI Act proposing sanctions on Georgian officials", "REQUEST",
              ["United States"], "2025-01", "text", "occurred", "MEGOBARI"),
            E("Peskov: Tbilisi is protecting its sovereignty like any normal country", "SUPPORT", ["Dmitry Peskov"],
              "2025-04-02", "text", "occurred", "like any normal country"),
            E("EU foreign ministers to discuss Georgia", "CONSULT", ["European Union"], "2025-04-14", "text",
              "planned", "April 14"),
        ],
        [
            S("Joint statement: Kaja Kallas, European Union", "The law further undermines Georgia's European path; "
              "the authorities should repeal it", "2025-04-01TEV", "text", "further undermines"),
            S("European Union", "The Commission warns visa-free travel for all Georgians could follow", "PAST_REF",
              "vague", "suspended visa-free travel"),
            S("United States", "Concerned by legislation used to stifle dissent; FARA is applied very differently "
              "in the US", "2025-04-01", "text", "stifle dissent"),
            S("Dmitry Peskov", "Russia does not interfere; Tbilisi protects its sovereignty like any normal country",
              "2025-04-02", "text", "like any normal country"),
        ],
        ["United States", "European Union", "Kaja Kallas", "Donald Trump", "Kremlin", "Dmitry Peskov", "Russia"],
    ),
    doc(
        "b135en06_kulevi_terminal_sanctions_2025_10", "2025-10-24", EN06,
        [
            T("Friday", "DATE", "2025-10-24", 0),
            T("Thursday", "DATE", "2025-10-23", 0),
            T("2027", "DATE", "2027"),
            T("last year", "DATE", "2024", 0),
            T("Thursday", "DATE", "2025-10-23", 1),
            T("2022", "DATE", "2022"),
            T("January 2024", "DATE", "2024-01"),
            T("Friday", "DATE", "2025-10-24", 1),
            T("Wednesday", "DATE", "2025-10-22"),
            T("November last year", "DATE", "2024-11"),
            T("last December", "DATE", "2024-12"),
            T("June", "DATE", "2025-06"),
            T("Aug. 31", "DATE", "2025-08-31"),
            T("November", "DATE", "2025-11", 1),
        ],
        [
            E("Georgia summons the EU's chargé d'affaires in protest", "ACCUSE", ["European Union"], "2025-10-24",
              "text", "occurred", "summoned the European Union's chargé"),
            E("EU lists the Kulevi oil terminal in its 19th sanctions package", "SANCTION",
              ["European Union", "Russia"], "2025-10-23", "context", "occurred",
              "summoned the European Union's chargé"),
            E("EU adopts the 19th sanctions package, including 117 more shadow-fleet tankers", "SANCTION",
              ["European Union", "Russia"], "2025-10-23", "text", "occurred", "formally adopted the package"),
            E("EU ban on imports of Russian LNG from 2027", "SANCTION", ["European Union", "Russia"], "2027", "text",
              "planned", "formally adopted the package"),
            E("Commission: the terminal took in Russian crude, helping Moscow sell above the price cap", "ACCUSE",
              ["European Union", "Russia"], "2025-10-24", "published", "occurred", "helping Moscow sell oil"),
            E("Kallas warns that no country should become a back door for Russia's war economy", "REQUEST",
              ["Kaja Kallas"], "2025-10-23", "text", "occurred", "back door"),
            E("Kobakhidze rejects the listing as unjustified", "REJECT", ["European Union"], "2025-10-24",
              "published", "occurred", "unjustified and hostile"),
            E("Kobakhidze calls the listing hostile", "ACCUSE", ["European Union"], "2025-10-24", "published",
              "occurred", "unjustified and hostile"),
            E("Georgia banned the re-export of Western cars to Russia", "SANCTION", ["Russia"], "2024-01", "text",
              "occurred", "banned the re-export"),
            E("Peskov accuses the EU of punishing third countries for trading with Russia", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-10-24", "text", "occurred", "punishing third countries"),
            E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "Rosneft and Lukoil"),
            E("Georgian government froze EU accession talks", "REJECT", ["European Union"], "2024-11", "text",
              "occurred", "froze EU accession talks"),
            E("US sanctioned Ivanishvili", "SANCTION", ["United States"], "2024-12", "text", "occurred",
              "sanctioned Georgian Dream founder"),
            E("Commission gives Tbilisi a deadline to address its concerns or risk losing visa-free travel",
              "THREATEN", ["European Union"], "2025-06", "text", "occurred", "sanctioned Georgian Dream founder",
              note="deadline 31 August 2025"),
            E("EU interior ministers to discuss a possible suspension of visa-free travel", "CONSULT",
              ["European Union"], "2025-11", "text", "planned", "EU interior ministers"),
        ],
        [
            S("European Union", "The Kulevi terminal took in Russian crude from shadow-fleet tankers, helping Moscow "
              "sell above the price cap", "2025-10-24", "published", "helping Moscow sell oil"),
            S("Kaja Kallas", "No country should become a back door for Russia's war economy", "2025-10-23", "text",
              "back door"),
            S("Dmitry Peskov", "The EU punishes third countries for trading with Russia; the measures will fail",
              "2025-10-24", "text", "punishing third countries"),
        ],
        ["European Union", "Russia", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "United States"],
    ),
]
