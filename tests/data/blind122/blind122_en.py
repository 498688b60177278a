"""English articles of the blind122 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b122en01 (Brussels Morning)
EN01 = """
Commission backs candidate status for Ukraine and Moldova, tells Georgia to wait

BRUSSELS – The European Commission on Friday recommended that Ukraine and Moldova be granted the status of candidates for EU membership, setting the stage for a decision by the bloc's leaders next week.
Commission President Ursula von der Leyen, wearing a blue blazer over a yellow blouse, told reporters that Ukrainians were "ready to die for the European perspective" and that "we want them to live with us the European dream."
The recommendation for Kyiv comes with seven conditions, among them a reform of the Constitutional Court, a tougher fight against high-level corruption and a law to curb the influence of oligarchs.
Moldova was given a list of nine reforms, with a focus on the judiciary and public administration.

Georgia, which applied on the same day as Moldova in early March, was offered a "European perspective" but no candidate status until it addresses a set of priorities.
Tbilisi said it was disappointed, while the opposition called for protests.

Ukrainian President Volodymyr Zelensky called the recommendation "a historic decision" in his nightly video address on Friday and said he expected "a positive result" from the leaders.
A day earlier, German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime Minister Mario Draghi had travelled to Kyiv by night train and met Zelensky.
The three leaders declared their support for immediate candidate status during the visit.

EU leaders are to decide at their summit in Brussels next Thursday and Friday, where unanimity is required.
Dutch Prime Minister Mark Rutte, long among the sceptics, signalled on Friday that The Hague could back the recommendation, provided the conditions are strictly monitored.
Diplomats said they now expected all 27 capitals to fall in line.

Candidate status does not in itself open negotiations, and the road to membership usually takes years.
Turkey was granted candidate status in 1999, North Macedonia in 2005, and neither has joined.
Kremlin spokesman Dmitry Peskov said on Friday that Moscow was following the process "very attentively," since the EU had stepped up its defence ambitions.
Brussels Morning will publish a full guide to the conditions for both countries on Monday.
"""

DOC_EN01 = doc(
    "b122en01_commission_opinion_candidate_status_2022_06", "2022-06-18", EN01,
    [
        T("Friday", "DATE", "2022-06-17", 0),
        T("next week", "DATE", "2022-W25"),
        T("early March", "DATE", "2022-03", mod="START"),
        T("nightly", "SET", "P1D"),
        T("Friday", "DATE", "2022-06-17", 1),
        T("A day earlier", "DATE", "2022-06-16"),
        T("next Thursday", "DATE", "2022-06-23"),
        T("Friday", "DATE", "2022-06-24", 2),
        T("Friday", "DATE", "2022-06-17", 3),
        T("now", "DATE", "PRESENT_REF"),
        T("years", "DURATION", "PXY"),
        T("1999", "DATE", "1999"),
        T("2005", "DATE", "2005"),
        T("Friday", "DATE", "2022-06-17", 4),
        T("Monday", "DATE", "2022-06-20"),
    ],
    [
        E("Commission recommends candidate status for Ukraine and Moldova", "SUPPORT", ["European Union", "Ukraine"],
          "2022-06-17", "text", "occurred", "The European Commission on Friday recommended"),
        E("Seven conditions for Ukraine attached to the recommendation", "REQUEST", ["European Union", "Ukraine"],
          "2022-06-17", "context", "occurred", "The recommendation for Kyiv comes with seven conditions"),
        E("Nine reforms required of Moldova", "REQUEST", ["European Union"], "2022-06-17", "context", "occurred",
          "Moldova was given a list of nine reforms"),
        E("Georgia and Moldova applied for membership in early March", "REQUEST", ["European Union"], "2022-03",
          "text", "occurred", "which applied on the same day as Moldova", date_mod="START"),
        E("Commission withholds candidate status from Georgia", "REJECT", ["European Union"], "2022-06-17",
          "context", "occurred", "which applied on the same day as Moldova"),
        E("Zelensky welcomes the recommendation as a historic decision", "SUPPORT",
          ["Volodymyr Zelensky", "European Union"], "2022-06-17", "text", "occurred",
          "in his nightly video address on Friday"),
        E("Scholz, Macron and Draghi visit Kyiv and meet Zelensky", "CONSULT",
          ["Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelensky"], "2022-06-16", "text", "occurred",
          "A day earlier, German Chancellor Olaf Scholz"),
        E("Scholz, Macron and Draghi back immediate candidate status", "SUPPORT",
          ["Olaf Scholz", "Emmanuel Macron", "Ukraine"], "2022-06-16", "context", "occurred",
          "The three leaders declared their support"),
        E("EU summit to decide on candidate status", "CONSULT", ["European Union"], "2022-06-23", "text", "planned",
          "EU leaders are to decide at their summit"),
        E("Leaders may grant candidate status at the summit", "AGREE", ["European Union", "Ukraine"], "2022-06-23",
          "context", "uncertain", "EU leaders are to decide at their summit"),
        E("Rutte signals the Netherlands could back the recommendation", "AGREE", ["Mark Rutte", "Ukraine"],
          "2022-06-17", "text", "occurred", "Dutch Prime Minister Mark Rutte"),
        E("Rutte's condition: strict monitoring of the conditions", "REQUEST", ["Mark Rutte", "Ukraine"],
          "2022-06-17", "text", "occurred", "Dutch Prime Minister Mark Rutte"),
        E("Turkey granted candidate status in 1999", "AGREE", ["European Union", "Turkey"], "1999", "text",
          "occurred", "Turkey was granted candidate status in 1999"),
        E("North Macedonia granted candidate status in 2005", "AGREE", ["European Union"], "2005", "text",
          "occurred", "Turkey was granted candidate status in 1999"),
    ],
    [
        S("Ursula von der Leyen", "Ukrainians are ready to die for the European perspective; the EU wants them to "
          "live the European dream with it", "2022-06-17", "context", "wearing a blue blazer"),
        S("Volodymyr Zelensky", "A historic decision; expects a positive result from the leaders", "2022-06-17",
          "text", "in his nightly video address on Friday"),
        S("Mark Rutte", "The Hague could back the recommendation if the conditions are strictly monitored",
          "2022-06-17", "text", "Dutch Prime Minister Mark Rutte"),
        S("Dmitry Peskov", "Moscow follows the process very attentively because the EU stepped up its defence "
          "ambitions", "2022-06-17", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
    ],
    ["European Union", "Ukraine", "Ursula von der Leyen", "Volodymyr Zelensky", "Olaf Scholz", "Germany",
     "Emmanuel Macron", "France", "Mark Rutte", "Turkey", "Kremlin", "Dmitry Peskov", "Russia"],
)



# ---------------------------------------------------------------- b122en02 (CTK, English service)
EN02 = """
Commission: Ukraine has met two of seven conditions for accession talks

Prague/Brussels, June 22 (CTK) – Ukraine has so far fully met two of the seven conditions the European Union set for the opening of accession talks, Enlargement Commissioner Oliver Varhelyi told the ambassadors of the member states in Brussels on Wednesday, diplomats said.
According to the oral update, Kyiv has fulfilled the requirements on the selection of judges for the Constitutional Court and on the media law, while work on the anti-oligarch law and on minority rights is still under way.
Moldova has met three of its nine conditions.
The Commission will issue its formal assessment in the annual enlargement report in October.

Czech Minister for European Affairs Martin Dvorak said on Thursday that Prague would continue to push for the talks with both countries to be opened by the end of the year.
"Ukraine is reforming in the middle of a war, which is more than some candidates have managed in twenty years," Dvorak told CTK.
Czech Prime Minister Petr Fiala is expected to make the same case at the summit of EU leaders in Brussels next Thursday and Friday.

Ukrainian Foreign Minister Dmytro Kuleba said on Wednesday evening that his country would complete the remaining steps "in the coming weeks."
He said Kyiv expected the leaders to decide on opening the talks in December.
President Volodymyr Zelensky will address the summit by video, his office said.
Zelensky has repeatedly said that Ukraine deserves to start the negotiations this year.

Hungarian Prime Minister Viktor Orban said last Friday in his regular radio interview that it was "premature" to talk about negotiations with a country at war.
Budapest has also been holding up a 500-million-euro tranche of the European Peace Facility for Ukraine since May.
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow had "no illusions" about the EU, which he said had become "an appendage of NATO."

The Czech Republic is hosting some 350,000 refugees from Ukraine, more per capita than any other EU country.
Their temporary protection has been extended until March 2024.
"""

DOC_EN02 = doc(
    "b122en02_oral_update_seven_conditions_2023_06", "2023-06-22", EN02,
    [
        T("June 22", "DATE", "2023-06-22"),
        T("Wednesday", "DATE", "2023-06-21", 0),
        T("annual", "SET", "P1Y"),
        T("October", "DATE", "2023-10"),
        T("Thursday", "DATE", "2023-06-22", 0),
        T("the end of the year", "DATE", "2023", mod="END"),
        T("twenty years", "DURATION", "P20Y"),
        T("next Thursday", "DATE", "2023-06-29"),
        T("Friday", "DATE", "2023-06-30", 0),
        T("Wednesday evening", "TIME", "2023-06-21TEV"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("December", "DATE", "2023-12"),
        T("this year", "DATE", "2023"),
        T("last Friday", "DATE", "2023-06-16"),
        T("May", "DATE", "2023-05"),
        T("Thursday", "DATE", "2023-06-22", 2),
        T("March 2024", "DATE", "2024-03"),
    ],
    [
        E("Varhelyi briefs the member states' ambassadors on the candidates' progress", "CONSULT",
          ["European Union"], "2023-06-21", "text", "occurred", "told the ambassadors of the member states"),
        E("Czech Republic pushes for the talks to be opened by the end of the year", "REQUEST", ["European Union"],
          "2023-06-22", "text", "occurred", "Czech Minister for European Affairs Martin Dvorak said on Thursday"),
        E("EU summit in Brussels next Thursday and Friday", "CONSULT", ["European Union"], "2023-06-29", "text",
          "planned", "is expected to make the same case at the summit"),
        E("Kuleba promises to complete the remaining steps in the coming weeks", "AGREE",
          ["Ukraine", "European Union"], "2023-06-21TEV", "text", "occurred",
          "Ukrainian Foreign Minister Dmytro Kuleba said on Wednesday evening"),
        E("Leaders expected to decide on opening the talks in December", "AGREE", ["European Union", "Ukraine"],
          "2023-12", "text", "uncertain", "He said Kyiv expected the leaders to decide"),
        E("Zelensky to address the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
          "2023-06-29", "context", "planned", "President Volodymyr Zelensky will address the summit by video"),
        E("Orban: talk of negotiations with a country at war is premature", "REJECT", ["Viktor Orbán", "Ukraine"],
          "2023-06-16", "text", "occurred", "Hungarian Prime Minister Viktor Orban said last Friday"),
        E("Hungary holds up a European Peace Facility tranche for Ukraine since May", "REJECT",
          ["European Union", "Ukraine"], "2023-05", "text", "occurred", "Budapest has also been holding up",
          date_mod="START"),
        E("Peskov accuses the EU of having become an appendage of NATO", "ACCUSE",
          ["Dmitry Peskov", "European Union", "NATO"], "2023-06-22", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov said on Thursday"),
    ],
    [
        S("European Union", "Varhelyi: Ukraine has fully met two of seven conditions, Moldova three of nine",
          "2023-06-21", "text", "told the ambassadors of the member states"),
        S("Ukraine", "Kuleba: the remaining steps will be completed in the coming weeks", "2023-06-21TEV", "text",
          "Ukrainian Foreign Minister Dmytro Kuleba said on Wednesday evening"),
        S("Ukraine", "Kuleba: Kyiv expects the leaders to decide on opening the talks in December", "2023-06-21TEV",
          "context", "He said Kyiv expected the leaders to decide"),
        S("Volodymyr Zelensky", "Ukraine deserves to start the negotiations this year", "2023-06-22", "published",
          "Zelensky has repeatedly said"),
        S("Viktor Orbán", "It is premature to talk about negotiations with a country at war", "2023-06-16", "text",
          "Hungarian Prime Minister Viktor Orban said last Friday"),
        S("Dmitry Peskov", "Moscow has no illusions about the EU, which has become an appendage of NATO",
          "2023-06-22", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
    ],
    ["European Union", "Ukraine", "Volodymyr Zelensky", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Russia",
     "NATO"],
)


# ---------------------------------------------------------------- b122en03 (TASR, English service)
EN03 = """
Commission sees progress in Ukraine and Moldova, Fico says Slovakia will not block Kyiv's EU path

Bratislava/Brussels, October 31 (TASR) – The European Commission on Wednesday published its annual enlargement package, concluding that Ukraine has continued to implement reforms despite Russia's full-scale war and that Moldova has advanced "in extremely difficult circumstances."
High Representative Josep Borrell and Enlargement Commissioner Oliver Varhelyi presented the reports to the foreign affairs committee of the European Parliament in Brussels in the afternoon.
The Commission said the first clusters with Ukraine could be opened once the member states agree, but called on Kyiv to step up the fight against corruption and to complete the reform of the Constitutional Court.
For Moldova, it noted "unprecedented" Russian interference ahead of the October 20 referendum on EU membership.

Slovak Prime Minister Robert Fico said in Bratislava on Wednesday that Slovakia would not stand in the way of Ukraine's accession to the European Union.
He added that Bratislava would, however, never support Ukraine's membership in NATO, as it would mean "the beginning of World War Three."
Slovak Foreign Minister Juraj Blanar spoke by phone with his Ukrainian counterpart Andrii Sybiha on Monday about border crossings and gas transit, which is due to end on December 31.

Hungary, which holds the rotating presidency of the EU Council until the end of December, has said it will not convene an intergovernmental conference with Ukraine during its term.
Hungarian Foreign Minister Peter Szijjarto said on Wednesday the report ignored the situation of the Hungarian minority in Transcarpathia.

Ukrainian Deputy Prime Minister Olha Stefanishyna welcomed the report on Wednesday evening and said Kyiv was "ready to open the first cluster by the end of the year."
Slovenian diplomat Marta Kos, nominated as the next enlargement commissioner, faces her confirmation hearing in the European Parliament on November 7.
Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Brussels was "rewarding" Chisinau for its anti-Russian course.

Since February 2022, more than 130,000 people from Ukraine have received temporary protection in Slovakia, according to the Interior Ministry.
"""

DOC_EN03 = doc(
    "b122en03_enlargement_package_fico_2024_10", "2024-10-31", EN03,
    [
        T("October 31", "DATE", "2024-10-31"),
        T("Wednesday", "DATE", "2024-10-30", 0),
        T("annual", "SET", "P1Y"),
        T("the afternoon", "TIME", "2024-10-30TAF"),
        T("October 20", "DATE", "2024-10-20"),
        T("Wednesday", "DATE", "2024-10-30", 1),
        T("Monday", "DATE", "2024-10-28"),
        T("December 31", "DATE", "2024-12-31"),
        T("the end of December", "DATE", "2024-12", mod="END"),
        T("Wednesday", "DATE", "2024-10-30", 2),
        T("Wednesday evening", "TIME", "2024-10-30TEV"),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("November 7", "DATE", "2024-11-07"),
        T("Thursday", "DATE", "2024-10-31"),
        T("February 2022", "DATE", "2022-02"),
    ],
    [
        E("Commission finds Ukraine continued reforms and Moldova advanced", "SUPPORT", ["European Union", "Ukraine"],
          "2024-10-30", "text", "occurred", "The European Commission on Wednesday published"),
        E("Borrell and Varhelyi present the reports to the Parliament's foreign affairs committee", "CONSULT",
          ["European Union"], "2024-10-30TAF", "text", "occurred", "presented the reports to the foreign affairs"),
        E("Commission calls on Kyiv to step up the fight against corruption and complete the court reform",
          "REQUEST", ["European Union", "Ukraine"], "2024-10-30", "context", "occurred",
          "The Commission said the first clusters"),
        E("Commission notes unprecedented Russian interference ahead of Moldova's referendum", "ACCUSE",
          ["European Union", "Russia"], "2024-10-30", "context", "occurred", "For Moldova, it noted"),
        E("Fico: Slovakia will not stand in the way of Ukraine's EU accession", "SUPPORT", ["Ukraine"],
          "2024-10-30", "text", "occurred", "Slovak Prime Minister Robert Fico said"),
        E("Fico: Slovakia will never support Ukraine's NATO membership", "REJECT", ["Ukraine", "NATO"],
          "2024-10-30", "context", "occurred", "He added that Bratislava would, however, never support"),
        E("Blanar and Sybiha speak by phone", "CONSULT", ["Andrii Sybiha"], "2024-10-28", "text", "occurred",
          "Slovak Foreign Minister Juraj Blanar spoke by phone"),
        E("Gas transit through Ukraine to end on December 31", "SANCTION", ["Ukraine", "Russia"], "2024-12-31",
          "text", "planned", "Slovak Foreign Minister Juraj Blanar spoke by phone",
          note="Kyiv does not renew the transit contract with Gazprom"),
        E("Hungarian presidency will not convene an intergovernmental conference with Ukraine", "REJECT",
          ["European Union", "Ukraine"], "2024-10-31", "published", "occurred",
          "has said it will not convene an intergovernmental conference"),
        E("Szijjarto accuses the report of ignoring the Hungarian minority", "ACCUSE", ["European Union"],
          "2024-10-30", "text", "occurred", "Hungarian Foreign Minister Peter Szijjarto said"),
        E("Stefanishyna welcomes the report", "SUPPORT", ["Ukraine", "European Union"], "2024-10-30TEV", "text",
          "occurred", "Olha Stefanishyna welcomed the report"),
        E("Kos's confirmation hearing in the European Parliament", "CONSULT", ["European Union"], "2024-11-07",
          "text", "planned", "faces her confirmation hearing"),
        E("Zakharova accuses Brussels of rewarding Chisinau for its anti-Russian course", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2024-10-31", "text", "occurred",
          "Russian Foreign Ministry spokeswoman Maria Zakharova"),
    ],
    [
        S("European Union", "Clusters can open once member states agree; Kyiv must step up the anti-corruption "
          "fight and finish the court reform", "2024-10-30", "context", "The Commission said the first clusters"),
        S("European Union", "Unprecedented Russian interference ahead of Moldova's referendum", "2024-10-30",
          "context", "For Moldova, it noted"),
        S("Ukraine", "Stefanishyna: Kyiv is ready to open the first cluster by the end of the year", "2024-10-30TEV",
          "text", "Olha Stefanishyna welcomed the report"),
        S("Maria Zakharova", "Brussels is rewarding Chisinau for its anti-Russian course", "2024-10-31", "text",
          "Russian Foreign Ministry spokeswoman Maria Zakharova"),
    ],
    ["European Union", "Ukraine", "Russia", "NATO", "Andrii Sybiha", "Maria Zakharova"],
)


# ---------------------------------------------------------------- b122en04 (MTI, English service)
EN04 = """
Boka: Hungarian presidency put enlargement back on the agenda, Ukraine must meet minority conditions

Budapest, December 18 (MTI) – The Hungarian EU presidency has brought enlargement "back to the top of the agenda," Minister for European Union Affairs Janos Boka said in Brussels on Tuesday after chairing the last meeting of the General Affairs Council under Hungary's presidency.
At an intergovernmental conference held the same day, Albania opened the cluster on external relations, while Montenegro provisionally closed three more chapters on Monday.
Boka said no intergovernmental conference with Ukraine had been convened because Kyiv had not yet fulfilled the conditions on the rights of national minorities, including the Hungarian community in Transcarpathia.
"The opening of clusters is not an automatic process, it is a matter of merit," he told reporters.

Prime Minister Viktor Orban said last Friday in his regular interview on Kossuth Radio that Ukraine's accession would "import the war" into the European Union.
Hungary would not support any step "that has not been properly prepared," he added.
Orban, who spoke with Russian President Vladimir Putin by phone on December 11, has repeatedly called for a ceasefire and peace talks.
Kremlin spokesman Dmitry Peskov said on Monday that Moscow valued Orban's "balanced position" and his efforts for peace.

In Kyiv, Ukrainian Foreign Ministry spokesman Heorhii Tykhyi said on Tuesday that Ukraine had adopted all laws on minorities recommended by the Venice Commission and accused Budapest of blocking the process "for political reasons."
Foreign Minister Andrii Sybiha has proposed a meeting with his Hungarian counterpart Peter Szijjarto in January in Uzhhorod, on the border.
President Volodymyr Zelensky is due in Brussels on Thursday for the European Council, the first to be chaired by its new president, Antonio Costa.

Poland takes over the presidency on January 1.
Polish Prime Minister Donald Tusk has said Warsaw wants to open the first cluster with Ukraine and Moldova by the end of June.
Government spokesman Zoltan Kovacs said the Hungarian presidency had "delivered on its promises" in the past six months, pointing to the competitiveness declaration adopted in Budapest in November.
"""

DOC_EN04 = doc(
    "b122en04_hungarian_presidency_last_gac_2024_12", "2024-12-18", EN04,
    [
        T("December 18", "DATE", "2024-12-18"),
        T("Tuesday", "DATE", "2024-12-17", 0),
        T("the same day", "DATE", "2024-12-17"),
        T("Monday", "DATE", "2024-12-16", 0),
        T("last Friday", "DATE", "2024-12-13"),
        T("December 11", "DATE", "2024-12-11"),
        T("Monday", "DATE", "2024-12-16", 1),
        T("Tuesday", "DATE", "2024-12-17", 1),
        T("January", "DATE", "2025-01", 0),
        T("Thursday", "DATE", "2024-12-19"),
        T("January 1", "DATE", "2025-01-01"),
        T("the end of June", "DATE", "2025-06", mod="END"),
        T("the past six months", "DURATION", "P6M"),
        T("November", "DATE", "2024-11"),
    ],
    [
        E("Boka chairs the last General Affairs Council of the Hungarian presidency", "CONSULT", ["European Union"],
          "2024-12-17", "text", "occurred", "after chairing the last meeting of the General Affairs Council"),
        E("Intergovernmental conference with Albania opens the external relations cluster", "CONSULT",
          ["European Union"], "2024-12-17", "text", "occurred", "Albania opened the cluster on external relations"),
        E("Montenegro provisionally closes three more chapters", "AGREE", ["European Union"], "2024-12-16", "text",
          "occurred", "Albania opened the cluster on external relations"),
        E("Presidency convenes no intergovernmental conference with Ukraine over minority conditions", "REJECT",
          ["European Union", "Ukraine"], "2024-12-17", "context", "occurred",
          "Boka said no intergovernmental conference with Ukraine"),
        E("Orban: Ukraine's accession would import the war into the EU", "REJECT", ["Viktor Orbán", "Ukraine"],
          "2024-12-13", "text", "occurred", "Prime Minister Viktor Orban said last Friday"),
        E("Orban–Putin phone call", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-12-11", "text", "occurred",
          "who spoke with Russian President Vladimir Putin by phone"),
        E("Peskov praises Orban's balanced position and peace efforts", "SUPPORT", ["Dmitry Peskov", "Viktor Orbán"],
          "2024-12-16", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Monday"),
        E("Kyiv accuses Budapest of blocking for political reasons", "ACCUSE", ["Ukraine"], "2024-12-17", "text",
          "occurred", "Heorhii Tykhyi said on Tuesday"),
        E("Sybiha proposes a meeting with Szijjarto in Uzhhorod in January", "REQUEST", ["Andrii Sybiha"],
          "2024-12-18", "published", "occurred", "has proposed a meeting with his Hungarian counterpart"),
        E("Planned Sybiha–Szijjarto meeting in Uzhhorod", "CONSULT", ["Andrii Sybiha"], "2025-01", "text",
          "uncertain", "has proposed a meeting with his Hungarian counterpart"),
        E("Zelensky to attend the European Council in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
          "2024-12-19", "text", "planned", "President Volodymyr Zelensky is due in Brussels"),
        E("Polish presidency wants to open the first cluster with Ukraine and Moldova by the end of June", "CONSULT",
          ["Poland", "Donald Tusk", "European Union", "Ukraine"], "2025-06", "text", "planned",
          "Polish Prime Minister Donald Tusk has said", date_mod="END"),
        E("EU leaders adopted the competitiveness declaration in Budapest", "AGREE", ["European Union"], "2024-11",
          "text", "occurred", "Government spokesman Zoltan Kovacs said",
          note="Budapest Declaration of the informal European Council, 8 November 2024"),
    ],
    [
        S("Viktor Orbán", "Ukraine's accession would import the war into the EU", "2024-12-13", "text",
          "Prime Minister Viktor Orban said last Friday"),
        S("Viktor Orbán", "Hungary will not support any step that has not been properly prepared", "2024-12-13",
          "context", "Hungary would not support any step"),
        S("Dmitry Peskov", "Moscow values Orban's balanced position and his peace efforts", "2024-12-16", "text",
          "Kremlin spokesman Dmitry Peskov said on Monday"),
        S("Ukraine", "Ukraine adopted all minority laws recommended by the Venice Commission; Budapest blocks for "
          "political reasons", "2024-12-17", "text", "Heorhii Tykhyi said on Tuesday"),
        S("Donald Tusk", "Warsaw wants to open the first cluster with Ukraine and Moldova by the end of June",
          "2024-12-18", "published", "Polish Prime Minister Donald Tusk has said"),
    ],
    ["European Union", "Ukraine", "Viktor Orbán", "Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov",
     "Andrii Sybiha", "Volodymyr Zelensky", "Poland", "Donald Tusk"],
)


# ---------------------------------------------------------------- b122en05 (Infotag, Chisinau)
EN05 = """
First EU-Moldova summit in Chisinau: "Moldova's future is in the European Union"

CHISINAU, July 4 (Infotag) – The European Union and the Republic of Moldova held their first-ever bilateral summit in Chisinau on Friday, with European Council President Antonio Costa and European Commission President Ursula von der Leyen pledging to keep the country's accession on track.
The two were received by President Maia Sandu at the presidency in the morning before the talks at the Government House.
In a joint declaration adopted at the end of the meeting, the sides agreed to deepen cooperation on security and defence, energy and the fight against disinformation.
Von der Leyen announced the disbursement of the first 270 million euros under the 1.9-billion-euro Growth Plan for Moldova, which the EU approved in the spring.
"Moldova's future is in the European Union, and we will walk this path with you," she told a joint press conference.
Costa praised what he called Chisinau's resilience against "hybrid attacks from Russia" and said the EU wanted to open the first negotiating clusters "as soon as all conditions are met."

Moldova's talks remain tied to Ukraine's, whose first cluster Hungary has been blocking since last year.
Diplomats in Brussels have floated the idea of decoupling the two candidates, but Sandu said on Friday that Chisinau would not seek to move ahead at Kyiv's expense.
Hungarian Prime Minister Viktor Orban repeated at the European Council last week that Budapest would not agree to any fast track for Ukraine.

Ukrainian President Volodymyr Zelensky, who met von der Leyen in Aarhus on Thursday at the start of the Danish EU presidency, wrote on X on Friday that Ukraine and Moldova were "moving together."
He called on the EU to open the clusters with both countries this year.

Russian Foreign Ministry spokeswoman Maria Zakharova on Thursday called the summit "an electoral event" for Sandu's ruling party ahead of the September 28 parliamentary elections.
Kremlin spokesman Dmitry Peskov said Moscow would "closely follow" the developments in Moldova.
According to an IMAS poll published in June, 57 percent of Moldovans would vote for EU membership in a referendum.
"""

DOC_EN05 = doc(
    "b122en05_eu_moldova_summit_chisinau_2025_07", "2025-07-04", EN05,
    [
        T("July 4", "DATE", "2025-07-04"),
        T("Friday", "DATE", "2025-07-04", 0),
        T("the morning", "TIME", "2025-07-04TMO"),
        T("the spring", "DATE", "2025-SP"),
        T("last year", "DATE", "2024"),
        T("Friday", "DATE", "2025-07-04", 1),
        T("last week", "DATE", "2025-W26"),
        T("Thursday", "DATE", "2025-07-03", 0),
        T("Friday", "DATE", "2025-07-04", 2),
        T("this year", "DATE", "2025"),
        T("Thursday", "DATE", "2025-07-03", 1),
        T("September 28", "DATE", "2025-09-28"),
        T("June", "DATE", "2025-06"),
    ],
    [
        E("First EU–Moldova summit in Chisinau", "CONSULT", ["European Union", "Ursula von der Leyen"], "2025-07-04",
          "text", "occurred", "held their first-ever bilateral summit"),
        E("Joint declaration on security and defence, energy and disinformation", "AGREE", ["European Union"],
          "2025-07-04", "context", "occurred", "In a joint declaration adopted"),
        E("Von der Leyen announces the first 270 million euros of the Growth Plan", "AID", ["Ursula von der Leyen"],
          "2025-07-04", "context", "occurred", "Von der Leyen announced the disbursement"),
        E("EU approved the 1.9-billion-euro Growth Plan for Moldova", "AID", ["European Union"], "2025-SP", "text",
          "occurred", "Von der Leyen announced the disbursement"),
        E("Von der Leyen: we will walk this path with you", "AGREE", ["Ursula von der Leyen"], "2025-07-04",
          "context", "occurred", "we will walk this path with you"),
        E("Costa accuses Russia of hybrid attacks on Moldova", "ACCUSE", ["European Union", "Russia"], "2025-07-04",
          "context", "occurred", "Costa praised what he called"),
        E("EU wants to open the first clusters with Moldova once all conditions are met", "CONSULT",
          ["European Union"], "2025-07-04", "published", "uncertain", "Costa praised what he called",
          note="no date for the opening is given"),
        E("Hungary blocking Ukraine's first cluster since last year", "REJECT", ["European Union", "Ukraine"], "2024",
          "text", "occurred", "whose first cluster Hungary has been blocking", date_mod="START"),
        E("Orban: no fast track for Ukraine", "REJECT", ["Viktor Orbán", "Ukraine"], "2025-W26", "text", "occurred",
          "Hungarian Prime Minister Viktor Orban repeated"),
        E("Zelensky meets von der Leyen in Aarhus", "CONSULT", ["Volodymyr Zelensky", "Ursula von der Leyen"],
          "2025-07-03", "text", "occurred", "who met von der Leyen in Aarhus on Thursday"),
        E("Zelensky calls on the EU to open the clusters with both countries this year", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-07-04", "context", "occurred",
          "He called on the EU to open the clusters"),
        E("Zakharova calls the summit an electoral event for Sandu's party", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2025-07-03", "text", "occurred",
          "Maria Zakharova on Thursday called the summit"),
    ],
    [
        S("Ursula von der Leyen", "Moldova's future is in the EU; we will walk this path with you", "2025-07-04",
          "context", "we will walk this path with you"),
        S("European Union", "Costa praises Moldova's resilience against Russia's hybrid attacks; clusters to open "
          "once all conditions are met", "2025-07-04", "context", "Costa praised what he called"),
        S("Viktor Orbán", "Budapest will not agree to any fast track for Ukraine", "2025-W26", "text",
          "Hungarian Prime Minister Viktor Orban repeated"),
        S("Volodymyr Zelensky", "Ukraine and Moldova are moving together", "2025-07-04", "text",
          "who met von der Leyen in Aarhus on Thursday"),
        S("Volodymyr Zelensky", "The EU should open the clusters with both countries this year", "2025-07-04",
          "context", "He called on the EU to open the clusters"),
        S("Maria Zakharova", "The summit is an electoral event for Sandu's ruling party", "2025-07-03", "text",
          "Maria Zakharova on Thursday called the summit"),
        S("Dmitry Peskov", "Moscow will closely follow the developments in Moldova", "2025-07-04", "published",
          "Kremlin spokesman Dmitry Peskov said Moscow would"),
    ],
    ["European Union", "Ursula von der Leyen", "Russia", "Ukraine", "Viktor Orbán", "Volodymyr Zelensky",
     "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
)


# ---------------------------------------------------------------- b122en06 (UkraineWorld, Kyiv)
EN06 = """
Hungary blocks Ukraine's first negotiating cluster again. What comes next?

Hungary on Tuesday once again blocked the opening of the first negotiating cluster in Ukraine's EU accession talks, leaving the Polish presidency of the EU Council barely a month to keep its main enlargement promise.
At the General Affairs Council in Brussels, 26 of the 27 member states backed opening the "fundamentals" cluster, Poland's Minister for European Affairs Adam Szlapka told reporters after the meeting.
"There is one country that is blocking, and everyone knows which one," he said.
Enlargement Commissioner Marta Kos said Ukraine had "done its homework" and that the Commission stood ready to open all six clusters this year.

Budapest justifies its veto with the rights of the Hungarian minority in Zakarpattia and, since the spring, with "Voks 2025," a non-binding consultation asking Hungarians whether they support Ukraine's membership.
Prime Minister Viktor Orban has said he will announce the result in June and act on it.
Earlier this month, relations worsened further when Kyiv and Budapest expelled each other's diplomats in a spy row.

Deputy Prime Minister Olha Stefanishyna said on Tuesday evening that Ukraine had met all the conditions and called on the EU "not to let one government hold the whole Union hostage."
President Volodymyr Zelensky said in his nightly address that Ukraine would not beg for what it had earned.
Kremlin spokesman Dmitry Peskov said on Tuesday that joining the EU was Ukraine's "sovereign right," unlike joining NATO.

So what are the options?
One is to open the cluster with Moldova alone, but Chisinau has so far refused to be decoupled from Kyiv.
Another is to "frontload" the work: the Commission could present the screening reports and benchmarks informally, so that several clusters could be opened in one go once the veto falls.
A third, floated by European Council President Antonio Costa, would change the procedure so that interim steps are taken by qualified majority, although that change itself would need unanimity.

The Polish presidency ends on June 30, and Denmark, which takes over on July 1, has said it will make Ukraine's accession a priority.
EU leaders meet in Brussels on June 26, and Hungary votes in a parliamentary election next April.
Until then, Kyiv's negotiators say, they will keep working as if the clusters were already open.
"""

DOC_EN06 = doc(
    "b122en06_gac_cluster_blocked_2025_05", "2025-05-28", EN06,
    [
        T("Tuesday", "DATE", "2025-05-27", 0),
        T("barely a month", "DURATION", "P1M", mod="APPROX"),
        T("this year", "DATE", "2025"),
        T("the spring", "DATE", "2025-SP"),
        T("June", "DATE", "2025-06", 0),
        T("this month", "DATE", "2025-05"),
        T("Tuesday evening", "TIME", "2025-05-27TEV"),
        T("nightly", "SET", "P1D"),
        T("Tuesday", "DATE", "2025-05-27", 2),
        T("June 30", "DATE", "2025-06-30"),
        T("July 1", "DATE", "2025-07-01"),
        T("June 26", "DATE", "2025-06-26"),
        T("next April", "DATE", "2026-04"),
    ],
    [
        E("Hungary blocks the opening of Ukraine's first negotiating cluster", "REJECT", ["European Union", "Ukraine"],
          "2025-05-27", "text", "occurred", "Hungary on Tuesday once again blocked"),
        E("General Affairs Council in Brussels", "CONSULT", ["European Union", "Poland"], "2025-05-27", "context",
          "occurred", "At the General Affairs Council in Brussels"),
        E("26 of 27 member states back opening the fundamentals cluster", "SUPPORT", ["European Union", "Ukraine"],
          "2025-05-27", "context", "occurred", "At the General Affairs Council in Brussels"),
        E("Kos: Ukraine has done its homework; the Commission is ready to open all six clusters this year", "AGREE",
          ["European Union", "Ukraine"], "2025-05-27", "context", "occurred", "Enlargement Commissioner Marta Kos said"),
        E("Kyiv and Budapest expel each other's diplomats in a spy row", "SANCTION", ["Ukraine"], "2025-05", "text",
          "occurred", "Earlier this month, relations worsened further"),
        E("Stefanishyna calls on the EU not to let one government hold the Union hostage", "REQUEST",
          ["Ukraine", "European Union"], "2025-05-27TEV", "text", "occurred",
          "Olha Stefanishyna said on Tuesday evening"),
        E("Peskov: joining the EU is Ukraine's sovereign right", "SUPPORT", ["Dmitry Peskov", "Ukraine"], "2025-05-27",
          "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        E("Peskov: unlike joining NATO", "REJECT", ["Dmitry Peskov", "Ukraine", "NATO"], "2025-05-27", "text",
          "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        E("Costa floats qualified-majority voting for interim steps", "REQUEST", ["European Union"], "2025-05-28",
          "published", "occurred", "A third, floated by European Council President Antonio Costa"),
        E("EU leaders meet in Brussels on June 26", "CONSULT", ["European Union"], "2025-06-26", "text", "planned",
          "EU leaders meet in Brussels on June 26"),
    ],
    [
        S("Poland", "Szlapka: 26 of 27 member states back opening the fundamentals cluster", "2025-05-27", "context",
          "At the General Affairs Council in Brussels"),
        S("Poland", "Szlapka: one country is blocking, and everyone knows which", "2025-05-27", "context",
          "There is one country that is blocking"),
        S("European Union", "Kos: Ukraine has done its homework; the Commission is ready to open all six clusters "
          "this year", "2025-05-27", "context", "Enlargement Commissioner Marta Kos said"),
        S("Viktor Orbán", "Will announce the result of Voks 2025 in June and act on it", "2025-05-28", "published",
          "Prime Minister Viktor Orban has said"),
        S("Ukraine", "Stefanishyna: Ukraine has met all conditions; the EU must not let one government hold the Union "
          "hostage", "2025-05-27TEV", "text", "Olha Stefanishyna said on Tuesday evening"),
        S("Volodymyr Zelensky", "Ukraine will not beg for what it has earned", "2025-05-27", "context",
          "President Volodymyr Zelensky said in his nightly address"),
        S("Dmitry Peskov", "Joining the EU is Ukraine's sovereign right, unlike joining NATO", "2025-05-27", "text",
          "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        S("Ukraine", "Kyiv's negotiators will keep working as if the clusters were already open", "2025-05-28",
          "published", "Until then, Kyiv's negotiators say"),
    ],
    ["European Union", "Ukraine", "Poland", "Viktor Orbán", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
     "NATO"],
)

DOCS = [DOC_EN01, DOC_EN02, DOC_EN03, DOC_EN04, DOC_EN05, DOC_EN06]
