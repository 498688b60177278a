"""English articles of the blind72 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b72en01 (The Budapest Times)
EN01 = """
Orbán takes his 'Voks' verdict to Brussels as 26 leaders back Ukraine without him

BRUSSELS – Prime Minister Viktor Orbán arrived at Thursday's European Council armed with the result of his government's consultation on Ukraine's EU membership, and left it once again as the odd man out.
The summit's conclusions on Ukraine were "firmly supported by 26 heads of state or government", the formula the bloc has used since March whenever Hungary withholds its consent.

Mr Orbán told reporters on his way in that 95 percent of the more than two million Hungarians who took part in "Voks 2025" had voted against Ukrainian membership.
"I have a mandate, and I will represent it," he said, adding that admitting a country at war would "import the war into the European Union".
Opposition leader Péter Magyar, whose Tisza party leads most polls ahead of next April's election, dismissed the consultation as a taxpayer-funded campaign stunt.

The summit's real fight over Russia took place elsewhere.
Slovakia's Prime Minister Robert Fico maintained his block on the EU's 18th sanctions package, demanding guarantees from the Commission before Bratislava accepts the plan to phase out Russian gas imports by the end of 2027.
Commission President Ursula von der Leyen said she hoped the package could be adopted "next week", while German Chancellor Friedrich Merz said he was "confident" that a solution for Slovakia would be found.
The leaders did agree to roll over the existing economic sanctions against Russia for another six months, until the end of January.

Volodymyr Zelensky, who addressed the leaders by video, urged them not to let "one or two capitals" hold the whole Union hostage and asked for the first negotiating cluster to be opened "without further delay".
A day earlier in The Hague, the Ukrainian president had met US President Donald Trump on the sidelines of the NATO summit and asked for more Patriot air-defence systems.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that Ukraine's bid to join the EU was its "sovereign right", but warned that the bloc's rapid "militarisation" was turning it into a hostile military alliance little different from NATO.
Budapest has meanwhile told Kyiv that opening the first cluster would require "substantial guarantees" for the Hungarian minority in Transcarpathia, according to Foreign Minister Péter Szijjártó.

At home, the government has promised to send the results of the consultation to every member of the European Parliament.
Government spokesman Zoltán Kovács said on Friday that the cost of the exercise, put by the opposition at more than 10 billion forints, was "a fraction" of what Hungary would lose if Ukraine joined.
"""

# ---------------------------------------------------------------- b72en02 (Brussels Signal)
EN02 = """
Leaders back Russian-asset windfall for Kyiv's arms as Orbán keeps his distance

BRUSSELS – EU leaders on Thursday gave their political blessing to a Commission plan to channel the profits from immobilised Russian central-bank assets into weapons for Ukraine.
Under the proposal, presented on Wednesday by Commission President Ursula von der Leyen and foreign-policy chief Josep Borrell, around 90 percent of the estimated €3 billion a year would flow through the European Peace Facility to buy arms, with the rest going to Ukraine's reconstruction.

UN Secretary-General António Guterres joined the leaders for a working lunch on Thursday and called for "a just and lasting peace in Ukraine, in line with the UN Charter".
Volodymyr Zelensky, speaking by video link, thanked the leaders for the decision but pleaded again for artillery shells and air defence.
"Every day of delay costs lives," the Ukrainian president said.

Hungary's Prime Minister Viktor Orbán said he would not block the decision but that "not a single forint" of Hungarian money would end up in weapons for Ukraine.
Under the treaties, Budapest can abstain constructively from decisions on the Peace Facility, and Robert Fico's government in Bratislava has signalled it will do the same.

The leaders also agreed to open accession talks with Bosnia and Herzegovina and urged ministers to adopt the negotiating frameworks for Ukraine and Moldova swiftly, after deciding in December to open talks with both.
German Chancellor Olaf Scholz, criticised at home and in Paris for refusing to send Taurus cruise missiles, said Germany would remain Ukraine's biggest backer in Europe "for as long as necessary".
French President Emmanuel Macron, whose refusal last month to rule out Western troops on Ukrainian soil caused consternation among allies, said only that Europe "must not be weak".

Moscow's response was swift.
Kremlin spokesman Dmitry Peskov said on Thursday evening that using the proceeds would be "theft" and warned that Russia would pursue "everyone involved" through the courts.
In an interview published on Friday, he went further, saying Russia was now "in a state of war" because the United States and the EU had become directly involved.

Critics note that the legal basis remains untested.
Euroclear, which holds the bulk of the roughly €210 billion of Russian central-bank assets immobilised in the EU, has warned that Moscow could retaliate against its own holdings in Russia.
The Council is expected to adopt the legal acts in the coming weeks, with a first tranche possibly paid out in July.
"""

# ---------------------------------------------------------------- b72en03 (Visegrad Insight)
EN03 = """
Fico in Uzhhorod: warm words for Kyiv, a cold shoulder for NATO

Slovakia's Prime Minister Robert Fico crossed into Ukraine on Friday for his first meeting with the Ukrainian government since returning to power in October, and sounded notably more conciliatory than he does at home.
After intergovernmental consultations with his Ukrainian counterpart Denys Shmyhal in the border city of Uzhhorod, Fico said Slovakia would not stand in the way of Ukraine's EU membership "if it meets the criteria" and would not stop Slovak companies from selling arms to Kyiv.

He was just as clear about the limits.
"I will never agree to Ukraine's membership of NATO, because it would be the basis for a third world war," Fico told reporters.
Shmyhal, for his part, said the two governments had agreed to build a new energy interconnector and to open another border crossing, and that Kyiv "appreciates" Slovakia's humanitarian help.
In Kyiv, President Volodymyr Zelensky thanked Slovakia on Friday evening for "keeping the border open" and said he hoped to meet Fico "soon".

The tone was a far cry from last Saturday, when Fico told Slovak Radio that Ukraine was "not an independent and sovereign country" but under the "total influence of the United States", remarks that drew a protest from Kyiv's foreign ministry the same day.
His government halted military aid from Slovak army stocks in November, although existing commercial contracts have been allowed to run.

Why it matters: Fico now echoes Budapest's rhetoric, but not its votes.
At the December summit, Viktor Orbán blocked the €50 billion Ukraine Facility after leaving the room so that the other 26 could decide to open accession talks with Kyiv; Fico backed both.
EU leaders meet again on 1 February to unlock the facility, and Orbán has signalled he could accept it if the payments are reviewed every year.

What to watch: Shmyhal invited Fico to Kyiv for a second round of consultations later this year, an invitation the Slovak leader said he would "consider".
Moscow, meanwhile, has praised Bratislava's "pragmatism"; Kremlin spokesman Dmitry Peskov said last month that Russia welcomed "sober-minded voices" in Europe.
"""

# ---------------------------------------------------------------- b72en04 (The New European)
EN04 = """
Meloni squares the circle on Ukraine – for now

Giorgia Meloni has got her Ukraine decree, but it took a fortnight of coalition wrangling and a telling change of vocabulary.
Italy's cabinet on Monday evening approved the annual decree that allows the government to keep sending equipment to Kyiv throughout 2026, after the text was pulled from the agenda in mid-December at the League's insistence.

The new text speaks of "defensive, logistical and civilian" support and no longer carries the words "military aid" in its title, a concession to Matteo Salvini, whose League has argued since the summer that more weapons only prolong the war.
Defence minister Guido Crosetto insisted that nothing had changed in substance: air-defence components, ammunition and generators would keep flowing, with a 12th package expected in the first weeks of January.
Rome has sent eleven packages since 2022, their contents classified.

"Italy stands where it has stood since February 2022: with Ukraine, with its allies and for a just peace," Meloni said in a statement on Tuesday morning.
On Sunday night she had joined a video call of European leaders with Volodymyr Zelensky after his talks with Donald Trump at Mar-a-Lago, and the leaders agreed to meet again in Paris in early January.
The prime minister's office let it be known that she had told the Ukrainian president the decree would pass "before the end of the year".

Moscow was quick to comment.
Foreign ministry spokeswoman Maria Zakharova accused Rome on Tuesday of "feeding the agony of the Kyiv regime" and said Italian weapons would become "legitimate targets" the moment they crossed into Ukraine.
Kremlin spokesman Dmitry Peskov was more measured, saying Moscow had "noted" the new wording but saw "no change in substance".

The episode matters beyond Rome.
Italy is the only large EU state governed by a coalition in which one partner openly doubts the case for arming Ukraine, and Salvini will be tempted to reopen the question before the general election due in 2027.
For now, Meloni has shown that she can keep both Washington and Brussels on side.
Whether she can keep Salvini there for another year is a different question.
"""

# ---------------------------------------------------------------- b72en05 (The Yorkshire Post)
EN05 = """
EU agrees Russian oil embargo as Humber refiners say they have already moved on

European Union leaders agreed late Monday to ban most imports of Russian oil by the end of the year, after Hungary won an exemption for crude delivered by pipeline.
The compromise, reached shortly before midnight at a summit in Brussels, will cut about two thirds of the bloc's Russian oil imports straight away and around 90 per cent by the end of 2022 once Germany and Poland stop their pipeline purchases, European Council President Charles Michel said.

Hungary's Prime Minister Viktor Orbán, who had held up the package since early May, hailed the outcome in a video posted on Facebook: "Hungarian families can sleep peacefully tonight."
He also demanded that the Russian Orthodox Patriarch Kirill be struck off the list of people to be sanctioned, diplomats said, a request EU ambassadors will consider on Wednesday.

Volodymyr Zelensky, addressing the summit by video on Monday afternoon, had urged the leaders to stop "quarrelling" and adopt the embargo without further delay.
"Russia must pay a price for what it is doing," the Ukrainian president said, adding that Europe was still paying Moscow around a billion euros a day for energy.
The leaders also agreed on €9bn in loans to help Kyiv pay salaries and pensions over the summer.

Moscow shrugged off the decision.
Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would find other buyers for its oil and that the embargo would hurt Europeans more than Russians.
Gazprom said it would halt gas supplies to the Dutch trader GasTerra from today because it had refused to pay in roubles, following similar cut-offs to Poland and Bulgaria in April and to Finland ten days ago.

On the Humber, where the Phillips 66 and Prax Lindsey refineries process much of the crude that fuels the North of England, the news was greeted with a shrug of a different kind.
Both companies stopped buying Russian crude in the spring, after the Government announced in March that the UK would phase out imports of Russian oil by the end of this year.
Business Secretary Kwasi Kwarteng said yesterday that Britain would look at "further measures" with European partners, including a ban on insuring Russian cargoes.
"""

# ---------------------------------------------------------------- b72en06 (Channel 4 News)
EN06 = """
Macron and Merz in Kyiv: 'Europe will not accept a deal over Ukraine's head'

Emmanuel Macron and Friedrich Merz arrived in Kyiv by overnight train this morning, their first joint visit to Ukraine without other European leaders.
By midday they had signed a three-way declaration with Volodymyr Zelensky under which France and Germany will deliver two more SAMP/T batteries and four IRIS-T systems in 2027, paid for largely from the EU's loan to Ukraine.

At a joint press conference, Mr Zelensky thanked both leaders for "a very concrete signal" and said Ukraine needed the systems before the coldest weeks of this winter.
Mr Macron said Europe would "never accept" a settlement negotiated over Ukraine's head, in an apparent reference to the talks between Washington and Moscow.
Mr Merz said Germany was ready to help secure a ceasefire "from the air and from the sea", but repeated that he would not send German ground troops.

The press conference was briefly interrupted when air-raid sirens sounded across the capital shortly after 1pm.
Ukraine's air force said Russia had launched more than 400 drones and 20 missiles overnight, most of them at power plants in the west of the country, and at least four people were killed in the Lviv region.

The two leaders also used the visit to press for all remaining accession clusters to be opened at next month's EU summit.
Slovakia's Prime Minister Robert Fico, who held up the renewal of EU sanctions for a week in July, said on Wednesday that he would not agree "as long as the transit question is unresolved".
"One country cannot hold twenty-six others hostage," Mr Merz said in Kyiv.

In Moscow, Kremlin spokesman Dmitry Peskov said the visit showed that the Europeans were "doing everything to prolong the war" and that the new systems would "change nothing on the front".
The US envoy Steve Witkoff is due in Moscow next week for another round of talks with Vladimir Putin, the White House confirmed tonight.
Channel 4 News understands that Mr Macron and Mr Merz spoke to Donald Trump by phone from the train.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b72en01_eu_summit_orban_voks_2025_06", "2025-06-27", EN01,
        [
            T("Thursday", "DATE", "2025-06-26"),
            T("March", "DATE", "2025-03"),
            T("next April", "DATE", "2026-04"),
            T("the end of 2027", "DATE", "2027", mod="END"),
            T("next week", "DATE", "2025-W27", note="in von der Leyen's words on Thursday 26 June"),
            T("six months", "DURATION", "P6M"),
            T("the end of January", "DATE", "2026-01", mod="END"),
            T("A day earlier", "DATE", "2025-06-25"),
            T("Friday", "DATE", "2025-06-27", 0),
            T("Friday", "DATE", "2025-06-27", 1),
        ],
        [
            E("European Council in Brussels", "CONSULT", ["European Union", "Viktor Orbán"], "2025-06-26", "text",
              "occurred", "Prime Minister Viktor Orbán arrived at Thursday's European Council"),
            E("Orbán withholds consent to the summit's conclusions on Ukraine", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2025-06-26", "context", "occurred",
              "The summit's conclusions on Ukraine were"),
            E("26 leaders firmly support the conclusions on Ukraine", "SUPPORT", ["European Union", "Ukraine"],
              "2025-06-26", "context", "occurred", "The summit's conclusions on Ukraine were"),
            E("Orbán rejects Ukraine's EU membership, citing his mandate", "REJECT", ["Viktor Orbán", "Ukraine"],
              "2025-06-26", "context", "occurred", "\"I have a mandate"),
            E("Slovakia keeps blocking the 18th sanctions package", "REJECT", ["European Union"], "2025-06-26",
              "context", "occurred", "Slovakia's Prime Minister Robert Fico maintained"),
            E("Fico demands guarantees from the Commission on the gas phase-out", "REQUEST", ["European Union"],
              "2025-06-26", "context", "occurred", "Slovakia's Prime Minister Robert Fico maintained"),
            E("18th sanctions package hoped to be adopted next week", "SANCTION",
              ["Ursula von der Leyen", "European Union", "Russia"], "2025-W27", "text", "planned",
              "Commission President Ursula von der Leyen said"),
            E("Leaders roll over economic sanctions against Russia for six months", "SANCTION",
              ["European Union", "Russia"], "2025-06-26", "context", "occurred", "The leaders did agree to roll over",
              note="extended until 31 January 2026"),
            E("Zelensky addresses the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2025-06-26", "context", "occurred", "Volodymyr Zelensky, who addressed the leaders by video"),
            E("Zelensky urges leaders not to let one or two capitals hold the Union hostage", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-06-26", "context", "occurred",
              "Volodymyr Zelensky, who addressed the leaders by video"),
            E("Zelensky asks for the first cluster to be opened without delay", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-06-26", "context", "occurred",
              "Volodymyr Zelensky, who addressed the leaders by video"),
            E("Zelensky meets Trump at the NATO summit in The Hague", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-06-25", "text", "occurred", "A day earlier in The Hague"),
            E("Zelensky asks Trump for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-06-25", "context", "occurred", "A day earlier in The Hague"),
            E("Peskov: EU membership is Ukraine's sovereign right", "SUPPORT", ["Dmitry Peskov", "Ukraine"],
              "2025-06-27", "text", "occurred", "In Moscow, Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Peskov: the EU's militarisation turns it into a hostile alliance", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2025-06-27", "text", "occurred",
              "In Moscow, Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Budapest demands guarantees for the Hungarian minority before the first cluster opens", "REQUEST",
              ["Ukraine"], "2025-06-27", "published", "occurred", "Budapest has meanwhile told Kyiv"),
        ],
        [
            S("European Union", "Conclusions on Ukraine firmly supported by 26 heads of state or government",
              "2025-06-26", "context", "The summit's conclusions on Ukraine were"),
            S("Viktor Orbán", "95 percent of participants in Voks 2025 voted against Ukrainian membership", "2025-06-26",
              "context", "Mr Orbán told reporters on his way in"),
            S("Viktor Orbán", "Has a mandate and will represent it; admitting a country at war would import the war",
              "2025-06-26", "context", "\"I have a mandate"),
            S("Ursula von der Leyen", "Hopes the 18th package can be adopted next week", "2025-06-26", "context",
              "Commission President Ursula von der Leyen said"),
            S("Friedrich Merz", "Confident that a solution for Slovakia will be found", "2025-06-26", "context",
              "German Chancellor Friedrich Merz said"),
            S("Volodymyr Zelensky", "One or two capitals must not hold the Union hostage; open the first cluster "
              "without further delay", "2025-06-26", "context", "Volodymyr Zelensky, who addressed the leaders by video"),
            S("Dmitry Peskov", "EU membership is Ukraine's sovereign right, but the EU's militarisation makes it a "
              "hostile alliance", "2025-06-27", "text", "In Moscow, Kremlin spokesman Dmitry Peskov said on Friday"),
        ],
        ["Viktor Orbán", "European Union", "Ukraine", "Russia", "Ursula von der Leyen", "Germany", "Friedrich Merz",
         "Volodymyr Zelensky", "United States", "Donald Trump", "NATO", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b72en02_eu_summit_windfall_profits_2024_03", "2024-03-22", EN02,
        [
            T("Thursday", "DATE", "2024-03-21", 0),
            T("Wednesday", "DATE", "2024-03-20"),
            T("a year", "SET", "P1Y"),
            T("Thursday", "DATE", "2024-03-21", 1),
            T("Every day", "SET", "P1D"),
            T("December", "DATE", "2023-12"),
            T("last month", "DATE", "2024-02"),
            T("Thursday evening", "TIME", "2024-03-21TEV"),
            T("Friday", "DATE", "2024-03-22"),
            T("now", "DATE", "PRESENT_REF"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("July", "DATE", "2024-07"),
        ],
        [
            E("European Council in Brussels", "CONSULT", ["European Union"], "2024-03-21", "text", "occurred",
              "EU leaders on Thursday gave their political blessing", note="European Council of 21–22 March 2024"),
            E("EU leaders endorse using windfall profits from immobilised Russian assets for Ukraine's weapons", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-03-21", "text", "occurred",
              "EU leaders on Thursday gave their political blessing"),
            E("Von der Leyen and Borrell present the windfall-profits proposal", "REQUEST",
              ["Ursula von der Leyen", "European Union", "Ukraine", "Russia"], "2024-03-20", "text", "occurred",
              "Under the proposal, presented on Wednesday"),
            E("Guterres joins EU leaders for a working lunch", "CONSULT", ["António Guterres", "European Union"],
              "2024-03-21", "text", "occurred", "UN Secretary-General António Guterres joined"),
            E("Guterres calls for a just and lasting peace in Ukraine in line with the UN Charter", "REQUEST",
              ["António Guterres"], "2024-03-21", "context", "occurred", "UN Secretary-General António Guterres joined"),
            E("Zelensky addresses the leaders by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2024-03-21", "context", "occurred", "Volodymyr Zelensky, speaking by video link"),
            E("Zelensky thanks the leaders for the decision", "SUPPORT", ["Volodymyr Zelensky", "European Union"],
              "2024-03-21", "context", "occurred", "Volodymyr Zelensky, speaking by video link"),
            E("Zelensky pleads for artillery shells and air defence", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2024-03-21", "context", "occurred", "Volodymyr Zelensky, speaking by video link"),
            E("Orbán will not block the decision", "AGREE", ["Viktor Orbán", "European Union"], "2024-03-21", "context",
              "occurred", "Hungary's Prime Minister Viktor Orbán said"),
            E("Orbán: not a single forint of Hungarian money for weapons for Ukraine", "REJECT",
              ["Viktor Orbán", "Ukraine"], "2024-03-21", "context", "occurred", "Hungary's Prime Minister Viktor Orbán said"),
            E("Leaders urge ministers to adopt the negotiating frameworks for Ukraine swiftly", "REQUEST",
              ["European Union", "Ukraine"], "2024-03-21", "context", "occurred",
              "The leaders also agreed to open accession talks"),
            E("EU decided to open accession talks with Ukraine", "AGREE", ["European Union", "Ukraine"], "2023-12",
              "text", "occurred", "The leaders also agreed to open accession talks"),
            E("Scholz: Germany will remain Ukraine's biggest backer in Europe", "AGREE", ["Olaf Scholz", "Ukraine"],
              "2024-03-21", "context", "occurred", "German Chancellor Olaf Scholz, criticised"),
            E("Peskov calls the use of the proceeds theft", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2024-03-21TEV", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday evening"),
            E("Peskov warns Russia will pursue everyone involved through the courts", "THREATEN",
              ["Dmitry Peskov", "European Union"], "2024-03-21TEV", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Thursday evening"),
            E("Peskov: Russia is in a state of war because the US and the EU are directly involved", "ACCUSE",
              ["Dmitry Peskov", "United States", "European Union"], "2024-03-22", "text", "occurred",
              "In an interview published on Friday"),
            E("Council to adopt the legal acts on the windfall profits", "AID", ["European Union", "Ukraine", "Russia"],
              "FUTURE_REF", "vague", "planned", "The Council is expected to adopt"),
            E("First tranche of windfall profits possibly paid out in July", "AID",
              ["European Union", "Ukraine", "Russia"], "2024-07", "text", "uncertain", "The Council is expected to adopt"),
        ],
        [
            S("António Guterres", "Calls for a just and lasting peace in Ukraine in line with the UN Charter",
              "2024-03-21", "text", "UN Secretary-General António Guterres joined"),
            S("Volodymyr Zelensky", "Thanks the leaders but pleads again for shells and air defence", "2024-03-21",
              "context", "Volodymyr Zelensky, speaking by video link"),
            S("Volodymyr Zelensky", "Every day of delay costs lives", "2024-03-21", "context",
              "\"Every day of delay costs lives,\""),
            S("Viktor Orbán", "Will not block the decision, but not a single forint for weapons for Ukraine",
              "2024-03-21", "context", "Hungary's Prime Minister Viktor Orbán said"),
            S("Olaf Scholz", "Germany will remain Ukraine's biggest backer in Europe for as long as necessary",
              "2024-03-21", "context", "German Chancellor Olaf Scholz, criticised"),
            S("Emmanuel Macron", "Refused to rule out Western troops on Ukrainian soil", "2024-02", "text",
              "French President Emmanuel Macron, whose refusal"),
            S("Emmanuel Macron", "Europe must not be weak", "2024-03-21", "context",
              "French President Emmanuel Macron, whose refusal"),
            S("Russia", "Moscow responds swiftly to the decision", "2024-03-21", "context", "Moscow's response was swift."),
            S("Dmitry Peskov", "Using the proceeds would be theft; Russia will pursue everyone involved through the "
              "courts", "2024-03-21TEV", "text", "Kremlin spokesman Dmitry Peskov said on Thursday evening"),
            S("Dmitry Peskov", "Russia is now in a state of war because the US and the EU are directly involved",
              "2024-03-22", "text", "In an interview published on Friday"),
        ],
        ["European Union", "Russia", "Ukraine", "Viktor Orbán", "Ursula von der Leyen", "António Guterres",
         "United Nations", "Volodymyr Zelensky", "Germany", "Olaf Scholz", "France", "Emmanuel Macron", "Kremlin",
         "Dmitry Peskov", "United States"],
    ),
    doc(
        "b72en03_fico_shmyhal_uzhhorod_2024_01", "2024-01-20", EN03,
        [
            T("Friday", "DATE", "2024-01-19"),
            T("October", "DATE", "2023-10"),
            T("now", "DATE", "PRESENT_REF"),
            T("Friday evening", "TIME", "2024-01-19TEV"),
            T("soon", "DATE", "FUTURE_REF"),
            T("last Saturday", "DATE", "2024-01-13"),
            T("the same day", "DATE", "2024-01-13"),
            T("November", "DATE", "2023-11"),
            T("December", "DATE", "2023-12"),
            T("1 February", "DATE", "2024-02-01"),
            T("every year", "SET", "P1Y"),
            T("this year", "DATE", "2024"),
            T("last month", "DATE", "2023-12"),
        ],
        [
            E("Fico and Shmyhal hold intergovernmental consultations in Uzhhorod", "CONSULT", ["Ukraine"],
              "2024-01-19", "context", "occurred", "After intergovernmental consultations"),
            E("Fico: Slovakia will not stand in the way of Ukraine's EU membership", "AGREE",
              ["Ukraine", "European Union"], "2024-01-19", "context", "occurred", "After intergovernmental consultations"),
            E("Fico's condition: Ukraine must meet the criteria", "REQUEST", ["Ukraine"], "2024-01-19", "context",
              "occurred", "After intergovernmental consultations"),
            E("Fico: Slovak companies will not be stopped from selling arms to Kyiv", "AGREE", ["Ukraine"],
              "2024-01-19", "context", "occurred", "After intergovernmental consultations"),
            E("Fico: never agree to Ukraine's NATO membership", "REJECT", ["Ukraine", "NATO"], "2024-01-19", "context",
              "occurred", "\"I will never agree to Ukraine's membership of NATO"),
            E("Slovakia and Ukraine agree on an energy interconnector and a new border crossing", "AGREE", ["Ukraine"],
              "2024-01-19", "context", "occurred", "Shmyhal, for his part"),
            E("Zelensky thanks Slovakia for keeping the border open", "SUPPORT", ["Volodymyr Zelensky"],
              "2024-01-19TEV", "text", "occurred", "In Kyiv, President Volodymyr Zelensky thanked"),
            E("Zelensky hopes to meet Fico soon", "CONSULT", ["Volodymyr Zelensky"], "FUTURE_REF", "vague", "uncertain",
              "In Kyiv, President Volodymyr Zelensky thanked"),
            E("Fico: Ukraine is not sovereign but under total US influence", "ACCUSE", ["Ukraine", "United States"],
              "2024-01-13", "text", "occurred", "The tone was a far cry"),
            E("Kyiv's foreign ministry protests against Fico's remarks", "ACCUSE", ["Ukraine"], "2024-01-13", "text",
              "occurred", "The tone was a far cry"),
            E("Slovakia halts military aid from army stocks", "REJECT", ["Ukraine"], "2023-11", "text", "occurred",
              "His government halted military aid"),
            E("Orbán blocks the 50-billion-euro Ukraine Facility", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
              "2023-12", "text", "occurred", "At the December summit"),
            E("The other 26 decide to open accession talks with Ukraine", "AGREE", ["European Union", "Ukraine"],
              "2023-12", "context", "occurred", "At the December summit"),
            E("EU summit on 1 February", "CONSULT", ["European Union"], "2024-02-01", "text", "planned",
              "EU leaders meet again on 1 February"),
            E("EU leaders to try to unlock the Ukraine Facility", "AID", ["European Union", "Ukraine"], "2024-02-01",
              "context", "uncertain", "EU leaders meet again on 1 February"),
            E("Orbán signals he could accept the facility", "AGREE", ["Viktor Orbán", "European Union", "Ukraine"],
              "2024-01-20", "published", "uncertain", "EU leaders meet again on 1 February"),
            E("Orbán's condition: the payments reviewed every year", "REQUEST", ["Viktor Orbán", "European Union"],
              "2024-01-20", "published", "occurred", "EU leaders meet again on 1 February"),
            E("Shmyhal invites Fico to Kyiv for a second round of consultations", "REQUEST", ["Ukraine"], "2024-01-19",
              "context", "occurred", "What to watch"),
            E("Second round of Slovak–Ukrainian consultations in Kyiv", "CONSULT", ["Ukraine"], "2024", "text",
              "uncertain", "What to watch"),
            E("Peskov welcomes sober-minded voices in Europe", "SUPPORT", ["Dmitry Peskov"], "2023-12", "text",
              "occurred", "Moscow, meanwhile, has praised"),
        ],
        [
            S("Ukraine", "Shmyhal: agreed on an energy interconnector and a border crossing; Kyiv appreciates "
              "Slovakia's humanitarian help", "2024-01-19", "context", "Shmyhal, for his part"),
            S("Volodymyr Zelensky", "Thanks Slovakia for keeping the border open and hopes to meet Fico soon",
              "2024-01-19TEV", "text", "In Kyiv, President Volodymyr Zelensky thanked"),
            S("Ukraine", "Foreign ministry protests against Fico's remarks", "2024-01-13", "text",
              "The tone was a far cry"),
            S("Viktor Orbán", "Could accept the facility if payments are reviewed every year", "2024-01-20",
              "published", "EU leaders meet again on 1 February"),
            S("Dmitry Peskov", "Russia welcomes sober-minded voices in Europe", "2023-12", "text",
              "Moscow, meanwhile, has praised"),
        ],
        ["Ukraine", "European Union", "NATO", "Volodymyr Zelensky", "United States", "Viktor Orbán", "Russia",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b72en04_italy_arms_decree_league_2025_12", "2025-12-30", EN04,
        [
            T("now", "DATE", "PRESENT_REF", 0),
            T("a fortnight", "DURATION", "P2W"),
            T("Monday evening", "TIME", "2025-12-29TEV"),
            T("annual", "SET", "P1Y"),
            T("2026", "DATE", "2026"),
            T("mid-December", "DATE", "2025-12", mod="MID"),
            T("the summer", "DATE", "2025-SU"),
            T("the first weeks of January", "DATE", "2026-01", mod="START"),
            T("2022", "DATE", "2022"),
            T("February 2022", "DATE", "2022-02"),
            T("Tuesday morning", "TIME", "2025-12-30TMO"),
            T("Sunday night", "TIME", "2025-12-28TNI"),
            T("early January", "DATE", "2026-01", mod="START"),
            T("the end of the year", "DATE", "2025", mod="END"),
            T("Tuesday", "DATE", "2025-12-30", 1),
            T("2027", "DATE", "2027"),
            T("now", "DATE", "PRESENT_REF", 1),
            T("another year", "DURATION", "P1Y"),
        ],
        [
            E("Italy's cabinet approves the decree allowing deliveries to Kyiv throughout 2026", "AID",
              ["Giorgia Meloni", "Ukraine"], "2025-12-29TEV", "text", "occurred", "Italy's cabinet on Monday evening"),
            E("Italy's 12th package expected in the first weeks of January", "AID", ["Ukraine"], "2026-01", "text",
              "planned", "Defence minister Guido Crosetto", date_mod="START"),
            E("Italy has sent eleven packages since 2022", "AID", ["Ukraine"], "2022", "text", "occurred",
              "Rome has sent eleven packages", date_mod="START"),
            E("Meloni: Italy stands with Ukraine", "SUPPORT", ["Giorgia Meloni", "Ukraine"], "2025-12-30TMO", "text",
              "occurred", "\"Italy stands where it has stood"),
            E("Meloni joins a video call of European leaders with Zelensky", "CONSULT",
              ["Giorgia Meloni", "Volodymyr Zelensky", "European Union"], "2025-12-28TNI", "text", "occurred",
              "On Sunday night she had joined"),
            E("Zelensky's talks with Trump at Mar-a-Lago", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-12-28", "context", "occurred", "On Sunday night she had joined"),
            E("Leaders agree to meet again in Paris", "AGREE", ["Giorgia Meloni", "Volodymyr Zelensky", "European Union"],
              "2025-12-28TNI", "context", "occurred", "On Sunday night she had joined"),
            E("Meeting in Paris in early January", "CONSULT", ["Giorgia Meloni", "Volodymyr Zelensky", "European Union"],
              "2026-01", "text", "planned", "On Sunday night she had joined", date_mod="START"),
            E("Meloni tells Zelensky the decree will pass before the end of the year", "AGREE",
              ["Giorgia Meloni", "Volodymyr Zelensky"], "2025-12-28TNI", "context", "occurred",
              "The prime minister's office let it be known"),
            E("Zakharova accuses Rome of feeding the agony of the Kyiv regime", "ACCUSE", ["Maria Zakharova"],
              "2025-12-30", "text", "occurred", "Foreign ministry spokeswoman Maria Zakharova"),
            E("Zakharova: Italian weapons will be legitimate targets", "THREATEN", ["Maria Zakharova"], "2025-12-30",
              "text", "occurred", "Foreign ministry spokeswoman Maria Zakharova"),
        ],
        [
            S("Giorgia Meloni", "Italy stands with Ukraine, its allies and a just peace, as since February 2022",
              "2025-12-30TMO", "text", "\"Italy stands where it has stood"),
            S("Giorgia Meloni", "Told Zelensky the decree would pass before the end of the year", "2025-12-28TNI",
              "context", "The prime minister's office let it be known"),
            S("Russia", "Moscow comments quickly on the decree", "2025-12-30", "published",
              "Moscow was quick to comment."),
            S("Maria Zakharova", "Rome feeds the agony of the Kyiv regime; Italian weapons will be legitimate targets",
              "2025-12-30", "text", "Foreign ministry spokeswoman Maria Zakharova"),
            S("Dmitry Peskov", "Moscow noted the new wording but sees no change in substance", "2025-12-30",
              "published", "Kremlin spokesman Dmitry Peskov was more measured"),
        ],
        ["Giorgia Meloni", "Ukraine", "Volodymyr Zelensky", "European Union", "Donald Trump", "Russia",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States"],
    ),
    doc(
        "b72en05_eu_oil_embargo_humber_2022_05", "2022-05-31", EN05,
        [
            T("late Monday", "TIME", "2022-05-30TNI"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("midnight", "TIME", "2022-05-31T00:00", note="Brussels time (CEST)"),
            T("the end of 2022", "DATE", "2022", mod="END"),
            T("early May", "DATE", "2022-05", mod="START"),
            T("tonight", "TIME", "2022-05-30TNI", note="in Orbán's words of Monday night"),
            T("Wednesday", "DATE", "2022-06-01"),
            T("Monday afternoon", "TIME", "2022-05-30TAF"),
            T("a day", "SET", "P1D"),
            T("the summer", "DATE", "2022-SU"),
            T("Tuesday", "DATE", "2022-05-31"),
            T("today", "DATE", "2022-05-31"),
            T("April", "DATE", "2022-04"),
            T("ten days ago", "DATE", "2022-05-21"),
            T("the spring", "DATE", "2022-SP"),
            T("March", "DATE", "2022-03"),
            T("the end of this year", "DATE", "2022", mod="END"),
            T("yesterday", "DATE", "2022-05-30"),
        ],
        [
            E("Special European Council in Brussels", "CONSULT", ["European Union"], "2022-05-30", "context",
              "occurred", "The compromise, reached shortly before", note="special European Council of 30–31 May 2022"),
            E("EU leaders agree to ban most imports of Russian oil", "SANCTION", ["European Union", "Russia"],
              "2022-05-30TNI", "text", "occurred", "European Union leaders agreed late Monday"),
            E("Exemption for pipeline crude granted at Hungary's demand", "AGREE", ["European Union"], "2022-05-30TNI",
              "context", "occurred", "European Union leaders agreed late Monday"),
            E("Germany and Poland to stop pipeline purchases of Russian oil by the end of 2022", "SANCTION",
              ["Germany", "Poland", "Russia"], "2022", "text", "planned", "The compromise, reached shortly before",
              date_mod="END"),
            E("Orbán held up the sanctions package", "REJECT", ["Viktor Orbán", "European Union"], "2022-05", "text",
              "occurred", "who had held up the package since early May", date_mod="START"),
            E("Orbán demands that Patriarch Kirill be removed from the sanctions list", "REQUEST",
              ["Viktor Orbán", "European Union"], "2022-05-30", "context", "occurred", "He also demanded"),
            E("EU ambassadors to consider Orbán's request", "CONSULT", ["European Union"], "2022-06-01", "text",
              "planned", "He also demanded"),
            E("Zelensky addresses the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2022-05-30TAF", "text", "occurred", "Volodymyr Zelensky, addressing the summit"),
            E("Zelensky urges leaders to stop quarrelling and adopt the embargo", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-05-30TAF", "text", "occurred",
              "Volodymyr Zelensky, addressing the summit"),
            E("EU loans of 9 billion euros for Kyiv over the summer", "AID", ["European Union", "Ukraine"], "2022-SU",
              "text", "planned", "The leaders also agreed on €9bn"),
            E("Peskov dismisses the embargo: Russia will find other buyers", "REJECT",
              ["Dmitry Peskov", "European Union"], "2022-05-31", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Gazprom halts gas supplies to GasTerra", "SANCTION", ["Russia"], "2022-05-31", "text", "occurred",
              "Gazprom said it would halt"),
            E("Gazprom cut off gas to Poland and Bulgaria", "SANCTION", ["Russia", "Poland"], "2022-04", "text",
              "occurred", "Gazprom said it would halt"),
            E("Gazprom cut off gas to Finland", "SANCTION", ["Russia"], "2022-05-21", "text", "occurred",
              "Gazprom said it would halt"),
            E("UK announces it will phase out Russian oil imports by the end of the year", "SANCTION",
              ["United Kingdom", "Russia"], "2022-03", "text", "occurred", "Both companies stopped buying",
              note="phase-out by the end of 2022"),
            E("Britain to look at further measures with European partners, including an insurance ban", "SANCTION",
              ["United Kingdom", "European Union", "Russia"], "2022-05-30", "text", "uncertain",
              "Business Secretary Kwasi Kwarteng"),
        ],
        [
            S("European Union", "Michel: the embargo cuts two thirds of Russian oil imports at once and 90 percent by "
              "the end of 2022", "2022-05-30TNI", "context", "The compromise, reached shortly before"),
            S("Viktor Orbán", "Hungarian families can sleep peacefully tonight", "2022-05-30TNI", "context",
              "who had held up the package since early May"),
            S("Volodymyr Zelensky", "Leaders must stop quarrelling and adopt the embargo", "2022-05-30TAF", "text",
              "Volodymyr Zelensky, addressing the summit"),
            S("Volodymyr Zelensky", "Russia must pay a price; Europe still pays Moscow a billion euros a day",
              "2022-05-30TAF", "context", "\"Russia must pay a price"),
            S("Russia", "Moscow shrugs off the embargo", "2022-05-31", "published", "Moscow shrugged off the decision."),
            S("Dmitry Peskov", "Russia will find other buyers; the embargo hurts Europeans more", "2022-05-31", "text",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Russia", "Gazprom halts gas to GasTerra over its refusal to pay in roubles", "2022-05-31", "published",
              "Gazprom said it would halt"),
            S("United Kingdom", "Kwarteng: Britain will look at further measures with European partners",
              "2022-05-30", "text", "Business Secretary Kwasi Kwarteng"),
        ],
        ["European Union", "Russia", "Germany", "Poland", "Viktor Orbán", "Volodymyr Zelensky", "Ukraine", "Kremlin",
         "Dmitry Peskov", "United Kingdom"],
    ),
    doc(
        "b72en06_macron_merz_kyiv_2026_11", "2026-11-19", EN06,
        [
            T("overnight", "TIME", "2026-11-18TNI", 0),
            T("this morning", "TIME", "2026-11-19TMO"),
            T("midday", "TIME", "2026-11-19T12:00", note="Kyiv time (EET)"),
            T("2027", "DATE", "2027"),
            T("this winter", "DATE", "2026-WI"),
            T("1pm", "TIME", "2026-11-19T13:00", note="Kyiv time (EET)"),
            T("overnight", "TIME", "2026-11-18TNI", 1),
            T("next month", "DATE", "2026-12"),
            T("a week", "DURATION", "P1W"),
            T("July", "DATE", "2026-07"),
            T("Wednesday", "DATE", "2026-11-18"),
            T("next week", "DATE", "2026-W48"),
            T("tonight", "TIME", "2026-11-19TNI"),
        ],
        [
            E("Macron and Merz visit Kyiv", "CONSULT", ["Emmanuel Macron", "Friedrich Merz", "Ukraine"],
              "2026-11-19TMO", "text", "occurred", "Emmanuel Macron and Friedrich Merz arrived"),
            E("Macron, Merz and Zelensky sign a three-way declaration", "AGREE",
              ["Emmanuel Macron", "Friedrich Merz", "Volodymyr Zelensky"], "2026-11-19T12:00", "text", "occurred",
              "By midday they had signed"),
            E("France and Germany to deliver two SAMP/T batteries and four IRIS-T systems in 2027", "AID",
              ["France", "Germany", "Ukraine"], "2027", "text", "planned", "By midday they had signed"),
            E("Zelensky thanks Macron and Merz", "SUPPORT", ["Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz"],
              "2026-11-19", "context", "occurred", "At a joint press conference"),
            E("Zelensky asks for the systems before the coldest weeks of winter", "REQUEST",
              ["Volodymyr Zelensky", "France", "Germany"], "2026-11-19", "context", "occurred",
              "At a joint press conference"),
            E("Macron: Europe will never accept a settlement over Ukraine's head", "REJECT",
              ["Emmanuel Macron", "United States", "Russia"], "2026-11-19", "context", "occurred",
              "Mr Macron said Europe would"),
            E("Merz: Germany ready to help secure a ceasefire from the air and the sea", "AGREE",
              ["Friedrich Merz", "Ukraine"], "2026-11-19", "context", "occurred", "Mr Merz said Germany was ready"),
            E("Merz: no German ground troops", "REJECT", ["Friedrich Merz", "Ukraine"], "2026-11-19", "context",
              "occurred", "Mr Merz said Germany was ready"),
            E("Russian overnight attack with more than 400 drones and 20 missiles", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-18TNI", "text", "occurred", "Ukraine's air force said"),
            E("Macron and Merz press for all remaining clusters to be opened", "REQUEST",
              ["Emmanuel Macron", "Friedrich Merz", "European Union"], "2026-11-19", "context", "occurred",
              "The two leaders also used the visit"),
            E("Opening of the remaining accession clusters at the December EU summit", "CONSULT",
              ["European Union", "Ukraine"], "2026-12", "text", "planned", "The two leaders also used the visit"),
            E("Fico held up the renewal of EU sanctions for a week", "REJECT", ["European Union"], "2026-07", "text",
              "occurred", "Slovakia's Prime Minister Robert Fico, who held up"),
            E("Fico will not agree to opening the clusters", "REJECT", ["European Union", "Ukraine"], "2026-11-18",
              "text", "occurred", "Slovakia's Prime Minister Robert Fico, who held up"),
            E("Fico's condition: the transit question must be resolved", "REQUEST", ["European Union", "Ukraine"],
              "2026-11-18", "text", "occurred", "Slovakia's Prime Minister Robert Fico, who held up"),
            E("Merz: one country cannot hold 26 others hostage", "ACCUSE", ["Friedrich Merz"], "2026-11-19",
              "context", "occurred", "\"One country cannot hold"),
            E("Peskov: the Europeans are doing everything to prolong the war", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2026-11-19", "published", "occurred",
              "In Moscow, Kremlin spokesman Dmitry Peskov said the visit"),
            E("Peskov: the new systems will change nothing on the front", "REJECT",
              ["Dmitry Peskov", "France", "Germany"], "2026-11-19", "published", "occurred",
              "In Moscow, Kremlin spokesman Dmitry Peskov said the visit"),
            E("Witkoff to meet Putin in Moscow next week", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2026-W48",
              "text", "planned", "The US envoy Steve Witkoff"),
            E("Macron and Merz phone Trump from the train", "CONSULT",
              ["Emmanuel Macron", "Friedrich Merz", "Donald Trump"], "2026-11-18TNI", "context", "occurred",
              "Channel 4 News understands", note="from the overnight train to Kyiv"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks both leaders for a very concrete signal; Ukraine needs the systems before "
              "the coldest weeks of winter", "2026-11-19", "context", "At a joint press conference"),
            S("Emmanuel Macron", "Europe will never accept a settlement negotiated over Ukraine's head", "2026-11-19",
              "context", "Mr Macron said Europe would"),
            S("Friedrich Merz", "Germany ready to help secure a ceasefire from the air and the sea, but no ground troops",
              "2026-11-19", "context", "Mr Merz said Germany was ready"),
            S("Ukraine", "Air force: more than 400 drones and 20 missiles overnight, at least four killed in the Lviv "
              "region", "2026-11-19", "published", "Ukraine's air force said"),
            S("Friedrich Merz", "One country cannot hold twenty-six others hostage", "2026-11-19", "context",
              "\"One country cannot hold"),
            S("Dmitry Peskov", "The Europeans are doing everything to prolong the war; the systems change nothing",
              "2026-11-19", "published", "In Moscow, Kremlin spokesman Dmitry Peskov said the visit"),
            S("White House", "Witkoff is due in Moscow next week for talks with Putin", "2026-11-19TNI", "text",
              "The US envoy Steve Witkoff"),
        ],
        ["Emmanuel Macron", "Friedrich Merz", "Ukraine", "Volodymyr Zelensky", "France", "Germany", "European Union",
         "United States", "Russia", "Kremlin", "Dmitry Peskov", "Steve Witkoff", "Vladimir Putin", "White House",
         "Donald Trump"],
    ),
]
