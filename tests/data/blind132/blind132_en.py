"""English articles of the blind132 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Czech ammunition initiative and Central European arms supplies to Ukraine (2024-2025).
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b132en01 (iPolitics)
EN01 = """
Canada puts $40 million into Czech-led push to buy artillery shells for Ukraine

OTTAWA — Canada will contribute $40 million to a Czech-led initiative to buy hundreds of thousands of artillery shells for Ukraine on the international market, Defence Minister Bill Blair announced Thursday.
"This is the fastest way to get ammunition to the front lines right now," Blair told reporters on Parliament Hill, adding that the money would come from funding already set aside for Ukraine.
Canada signalled last month that it would join the effort, which Czech President Petr Pavel unveiled at the Munich Security Conference on Feb. 17.

Prime Minister Justin Trudeau had promised more help for Ukraine's artillery when he visited Kyiv two weeks ago to mark the second anniversary of the full-scale invasion.
President Volodymyr Zelenskyy thanked Canada in his nightly video address on Thursday, saying every shell "saves the lives of our soldiers."
Ukrainian Defence Minister Rustem Umerov said the first shells could reach his troops "within weeks, not months."

The Czech government says about 20 countries have now backed the plan, with pledges worth more than 1.5 billion euros.
German Chancellor Olaf Scholz said Tuesday that Berlin would provide "a mid three-digit million" sum, and Dutch Prime Minister Mark Rutte raised his country's share to 250 million euros last week.
French President Emmanuel Macron, whose government was initially cool on buying ammunition outside Europe, said France would also take part.

Not every neighbour is on board.
Slovak Prime Minister Robert Fico has said his government will not contribute, and on Wednesday Prague put off joint cabinet talks with Bratislava after Slovakia's foreign minister met Russia's Sergey Lavrov at a forum in Antalya last weekend.

Russia's embassy in Ottawa said in a statement Friday that Canada was "prolonging the bloodshed" and would bear responsibility for "every civilian killed by these shells."
Kremlin spokesman Dmitry Peskov said earlier this week that no amount of Western ammunition would change "the realities on the ground."
Conservative defence critic James Bezan called the contribution welcome but "a drop in the bucket," and urged the government to reach NATO's two per cent spending target.
Blair is expected to discuss ammunition production with allied counterparts at the next meeting of the Ukraine Defense Contact Group in Ramstein, Germany, on March 19.
"""

DOCS.append(doc(
    "b132en01_canada_40_million_shells_2024_03", "2024-03-08", EN01,
    [
        T("Thursday", "DATE", "2024-03-07", 0),
        T("right now", "DATE", "PRESENT_REF"),
        T("last month", "DATE", "2024-02"),
        T("Feb. 17", "DATE", "2024-02-17"),
        T("two weeks ago", "DATE", "2024-W08"),
        T("nightly", "SET", "P1D"),
        T("Thursday", "DATE", "2024-03-07", 1),
        T("weeks", "DURATION", "PXW", 1),
        T("months", "DURATION", "PXM"),
        T("now", "DATE", "PRESENT_REF", 1),
        T("Tuesday", "DATE", "2024-03-05"),
        T("last week", "DATE", "2024-W09"),
        T("Wednesday", "DATE", "2024-03-06"),
        T("last weekend", "DATE", "2024-W09-WE"),
        T("Friday", "DATE", "2024-03-08"),
        T("this week", "DATE", "2024-W10"),
        T("March 19", "DATE", "2024-03-19"),
    ],
    [
        E("Canada to contribute $40 million to the Czech-led shell initiative for Ukraine", "AID", ["Ukraine"],
          "2024-03-07", "text", "planned", "Canada will contribute $40 million",
          note="Canada and Blair are not canonical"),
        E("Canada signalled it would join the initiative", "AID", ["Ukraine"], "2024-02", "text", "planned",
          "Canada signalled last month"),
        E("Pavel unveiled the initiative at the Munich Security Conference", "AID", ["Ukraine"], "2024-02-17", "text",
          "planned", "Canada signalled last month"),
        E("Trudeau visited Kyiv for the second anniversary of the invasion", "CONSULT", ["Ukraine"], "2024-W08", "text",
          "occurred", "when he visited Kyiv two weeks ago"),
        E("Trudeau promised more help for Ukraine's artillery", "AID", ["Ukraine"], "2024-W08", "text", "planned",
          "when he visited Kyiv two weeks ago"),
        E("Zelensky thanks Canada", "SUPPORT", ["Volodymyr Zelensky"], "2024-03-07", "text", "occurred",
          "saves the lives of our soldiers"),
        E("About 20 countries back the plan with more than 1.5 billion euros", "AID", ["Ukraine"], "2024-03-08",
          "published", "occurred", "about 20 countries have now backed"),
        E("Scholz: Germany to provide a mid three-digit million sum", "AID", ["Olaf Scholz", "Ukraine"], "2024-03-05",
          "text", "planned", "a mid three-digit million"),
        E("Rutte raises the Dutch share to 250 million euros", "AID", ["Mark Rutte", "Ukraine"], "2024-W09", "text",
          "planned", "a mid three-digit million"),
        E("Macron: France will also take part", "AID", ["Emmanuel Macron", "Ukraine"], "2024-03-08", "published",
          "planned", "said France would also take part"),
        E("Fico: Slovakia will not contribute", "REJECT", ["Ukraine"], "2024-03-08", "published", "occurred",
          "his government will not contribute", note="Fico and Slovakia are not canonical; the text gives no day"),
        E("Slovakia's foreign minister met Lavrov in Antalya", "CONSULT", ["Sergey Lavrov"], "2024-W09-WE", "text",
          "occurred", "his government will not contribute"),
        E("Russian embassy accuses Canada of prolonging the bloodshed", "ACCUSE", ["Russia"], "2024-03-08", "text",
          "occurred", "prolonging the bloodshed"),
        E("Peskov: Western ammunition will not change the realities on the ground", "REJECT", ["Dmitry Peskov"],
          "2024-W10", "text", "occurred", "the realities on the ground"),
        E("Ukraine Defense Contact Group to meet in Ramstein", "CONSULT", ["Ukraine"], "2024-03-19", "text", "planned",
          "Ukraine Defense Contact Group"),
    ],
    [
        S("Volodymyr Zelensky", "Thanks Canada; every shell 'saves the lives of our soldiers'", "2024-03-07", "text",
          "saves the lives of our soldiers"),
        S("Rustem Umerov", "The first shells could reach the troops 'within weeks, not months'", "2024-03-08",
          "published", "within weeks, not months"),
        S("Olaf Scholz", "Germany will provide 'a mid three-digit million' sum", "2024-03-05", "text",
          "a mid three-digit million"),
        S("Emmanuel Macron", "France will also take part", "2024-03-08", "published",
          "said France would also take part"),
        S("Russia", "Canada is 'prolonging the bloodshed' and bears responsibility for every civilian killed",
          "2024-03-08", "text", "prolonging the bloodshed"),
        S("Dmitry Peskov", "No amount of Western ammunition will change 'the realities on the ground'", "2024-W10",
          "text", "the realities on the ground"),
    ],
    ["Ukraine", "Volodymyr Zelensky", "Rustem Umerov", "Olaf Scholz", "Germany", "Mark Rutte", "Emmanuel Macron",
     "France", "Sergey Lavrov", "Russia", "Dmitry Peskov", "Kremlin", "NATO"],
))

LIVE_EDT = "live-blog time (EDT, Washington)"

# ---------------------------------------------------------------- b132en02 (Defence Industry Europe, live coverage)
EN02 = """
NATO summit live: Czech shells and F-16 transfers dominate day two in Washington

7:10 p.m.: That's all from us today; our coverage resumes tomorrow morning, when allied leaders meet Ukrainian President Volodymyr Zelenskyy in the NATO-Ukraine Council.

6:30 p.m.: Czech Prime Minister Petr Fiala told reporters the Czech ammunition initiative would deliver "at least 500,000 shells" to Ukraine by the end of the year, and more if new money arrived.
He said the first 50,000 rounds had reached Ukraine in June.

5:15 p.m.: Secretary of State Antony Blinken said the transfer of F-16 fighter jets from Denmark and the Netherlands was under way and that the jets would be flying over Ukraine this summer.

4:40 p.m.: Washington and Berlin said earlier in the day that the United States would station long-range missiles in Germany from 2026.
Kremlin spokesman Dmitry Peskov accused NATO of being "fully involved" in the conflict and said Moscow would respond with "countermeasures."

3:05 p.m.: British Prime Minister Keir Starmer, at his first NATO summit less than a week after taking office, pledged 3 billion pounds a year in military aid for Ukraine.

1:50 p.m.: Hungarian Prime Minister Viktor Orbán, who met Vladimir Putin in Moscow on Friday and Xi Jinping in Beijing on Monday, told a panel that NATO must not become "a war alliance."
Secretary General Jens Stoltenberg replied that helping Ukraine defend itself "does not make NATO a party to the conflict."

11:20 a.m.: Allies agreed in the summit declaration to provide a minimum baseline of 40 billion euros in military aid to Ukraine within the next year.
Zelenskyy welcomed the pledge but said Ukraine still needed "at least seven Patriot systems" to protect its cities after Russia's missile strike on Kyiv's Okhmatdyt children's hospital on Monday.

9:40 a.m.: Canada's Defence Minister Bill Blair said Ottawa would add 500 million Canadian dollars in military aid this year, part of it for artillery ammunition.
The Netherlands and Denmark, the largest European backers of the Czech initiative after Germany, are expected to announce new money at Thursday's council.

8:00 a.m.: President Joe Biden opened the summit on Tuesday evening with a pledge of five more strategic air defence systems for Ukraine, including four Patriot batteries.
"""

DOCS.append(doc(
    "b132en02_nato_summit_live_czech_shells_2024_07", "2024-07-10", EN02,
    [
        T("7:10 p.m.", "TIME", "2024-07-10T19:10", note=LIVE_EDT),
        T("today", "DATE", "2024-07-10"),
        T("tomorrow morning", "TIME", "2024-07-11TMO"),
        T("6:30 p.m.", "TIME", "2024-07-10T18:30", note=LIVE_EDT),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("June", "DATE", "2024-06"),
        T("5:15 p.m.", "TIME", "2024-07-10T17:15", note=LIVE_EDT),
        T("this summer", "DATE", "2024-SU"),
        T("4:40 p.m.", "TIME", "2024-07-10T16:40", note=LIVE_EDT),
        T("the day", "DATE", "2024-07-10"),
        T("2026", "DATE", "2026"),
        T("3:05 p.m.", "TIME", "2024-07-10T15:05", note=LIVE_EDT),
        T("less than a week", "DURATION", "P1W", mod="LESS_THAN"),
        T("a year", "SET", "P1Y"),
        T("1:50 p.m.", "TIME", "2024-07-10T13:50", note=LIVE_EDT),
        T("Friday", "DATE", "2024-07-05"),
        T("Monday", "DATE", "2024-07-08", 0),
        T("11:20 a.m.", "TIME", "2024-07-10T11:20", note=LIVE_EDT),
        T("the next year", "DURATION", "P1Y"),
        T("Monday", "DATE", "2024-07-08", 1),
        T("9:40 a.m.", "TIME", "2024-07-10T09:40", note=LIVE_EDT),
        T("this year", "DATE", "2024"),
        T("Thursday", "DATE", "2024-07-11"),
        T("8:00 a.m.", "TIME", "2024-07-10T08:00", note=LIVE_EDT),
        T("Tuesday evening", "TIME", "2024-07-09TEV"),
    ],
    [
        E("Allied leaders to meet Zelensky in the NATO-Ukraine Council", "CONSULT", ["NATO", "Volodymyr Zelensky"],
          "2024-07-11TMO", "text", "planned", "our coverage resumes tomorrow morning"),
        E("Czech initiative to deliver at least 500,000 shells to Ukraine by the end of the year", "AID", ["Ukraine"],
          "2024", "text", "planned", "at least 500,000 shells", date_mod="END"),
        E("First 50,000 rounds reached Ukraine in June", "AID", ["Ukraine"], "2024-06", "text", "occurred",
          "the first 50,000 rounds"),
        E("F-16 jets from Denmark and the Netherlands being transferred to Ukraine", "AID", ["Ukraine"], "2024-SU",
          "text", "occurred", "the transfer of F-16 fighter jets",
          note="Denmark and the Netherlands are not canonical; Blinken only reports the transfer"),
        E("US and Germany announce the stationing of US long-range missiles in Germany", "AGREE",
          ["United States", "Germany"], "2024-07-10", "text", "occurred", "Washington and Berlin said"),
        E("US long-range missiles to be stationed in Germany from 2026", "MOBILIZE", ["United States", "Germany"],
          "2026", "text", "planned", "Washington and Berlin said", date_mod="START"),
        E("Peskov accuses NATO of being fully involved in the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"],
          "2024-07-10", "published", "occurred", "fully involved"),
        E("Peskov: Moscow will respond with countermeasures", "THREATEN",
          ["Dmitry Peskov", "United States", "Germany"], "2024-07-10", "published", "occurred", "fully involved"),
        E("Starmer pledges 3 billion pounds a year in military aid for Ukraine", "AID", ["Keir Starmer", "Ukraine"],
          "2024-07-10", "published", "planned", "3 billion pounds a year"),
        E("Orbán met Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text",
          "occurred", "a war alliance"),
        E("Orbán met Xi in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07-08", "text", "occurred",
          "a war alliance"),
        E("Orbán warns NATO not to become a war alliance", "REQUEST", ["Viktor Orbán", "NATO"], "2024-07-10",
          "published", "occurred", "a war alliance"),
        E("Stoltenberg rejects Orbán's claim", "REJECT", ["Jens Stoltenberg", "Viktor Orbán"], "2024-07-10",
          "published", "occurred", "does not make NATO a party"),
        E("Allies agree a baseline of 40 billion euros in military aid for Ukraine", "AID", ["NATO", "Ukraine"],
          "2024-07-10", "published", "planned", "minimum baseline of 40 billion euros",
          note="within the next year; agreed in the summit declaration on the day"),
        E("Zelensky welcomes the pledge", "SUPPORT", ["Volodymyr Zelensky", "NATO"], "2024-07-10", "published",
          "occurred", "at least seven Patriot systems"),
        E("Zelensky asks for at least seven Patriot systems", "REQUEST", ["Volodymyr Zelensky", "NATO"], "2024-07-10",
          "published", "occurred", "at least seven Patriot systems"),
        E("Russian missile strike on Kyiv's Okhmatdyt children's hospital", "ASSAULT", ["Russia", "Ukraine"],
          "2024-07-08", "text", "occurred", "at least seven Patriot systems"),
        E("Canada to add 500 million Canadian dollars in military aid this year", "AID", ["Ukraine"], "2024", "text",
          "planned", "500 million Canadian dollars"),
        E("The Netherlands and Denmark expected to announce new money for the initiative", "AID", ["Ukraine"],
          "2024-07-11", "text", "planned", "the largest European backers"),
        E("Biden pledges five more strategic air defence systems for Ukraine", "AID", ["Joe Biden", "Ukraine"],
          "2024-07-09TEV", "text", "planned", "five more strategic air defence systems"),
    ],
    [
        S("Antony Blinken", "The transfer of Danish and Dutch F-16s is under way; they will fly over Ukraine this summer",
          "2024-07-10", "published", "the transfer of F-16 fighter jets"),
        S("Joint statement: United States, Germany", "The US will station long-range missiles in Germany from 2026",
          "2024-07-10", "text", "Washington and Berlin said"),
        S("Dmitry Peskov", "NATO is 'fully involved' in the conflict; Moscow will respond with countermeasures",
          "2024-07-10", "published", "fully involved"),
        S("Keir Starmer", "Pledges 3 billion pounds a year in military aid for Ukraine", "2024-07-10", "published",
          "3 billion pounds a year"),
        S("Viktor Orbán", "NATO must not become 'a war alliance'", "2024-07-10", "published", "a war alliance"),
        S("Jens Stoltenberg", "Helping Ukraine defend itself does not make NATO a party to the conflict", "2024-07-10",
          "published", "does not make NATO a party"),
        S("Volodymyr Zelensky", "Welcomes the pledge; Ukraine still needs at least seven Patriot systems",
          "2024-07-10", "published", "at least seven Patriot systems"),
        S("Joe Biden", "Pledges five more strategic air defence systems for Ukraine", "2024-07-09TEV", "text",
          "five more strategic air defence systems"),
    ],
    ["Volodymyr Zelensky", "NATO", "Ukraine", "Antony Blinken", "United States", "Germany", "Dmitry Peskov",
     "Kremlin", "Russia", "Keir Starmer", "United Kingdom", "Viktor Orbán", "Vladimir Putin", "Xi Jinping",
     "Jens Stoltenberg", "Joe Biden"],
))

# ---------------------------------------------------------------- b132en03 (Expats.cz)
EN03 = """
Babiš vows to "audit" Czech ammunition initiative as Fiala hits back

Opposition leader Andrej Babiš has promised to put the Czech-led ammunition initiative for Ukraine under a full audit if his ANO movement wins the general election next year, accusing the government of overpaying arms dealers.
Speaking in the Chamber of Deputies on Tuesday, Babiš said middlemen were making "hundreds of millions" on shells that Ukraine could buy directly, and that his government would hand the scheme over to NATO.
Prime Minister Petr Fiala rejected the claims the same evening, calling them "lies that help only Putin."

According to the Defence Ministry, the initiative has delivered around 500,000 rounds of large-calibre ammunition to Ukraine since June, and a further 300,000 are due by the end of December.
Fiala said every contract was checked by the donor countries and that prices were below what European producers charge.
German Defence Minister Boris Pistorius, who visited Prague last week, pledged a further 100 million euros for the scheme.

Ukrainian Foreign Minister Andrii Sybiha, who held talks with his Czech counterpart Jan Lipavský in Prague last Thursday, said on Monday that the shells had "changed the situation" at the front and urged Czech politicians to keep the initiative "above party lines."
NATO Secretary General Mark Rutte, who took office at the beginning of the month, praised the initiative earlier this month as "a model of what allies can do together."
Zelenskyy presents his "victory plan" to the Ukrainian parliament today and will take it to EU leaders in Brussels on Thursday.

In Bratislava, Slovak Prime Minister Robert Fico said on Monday that Babiš was "right to ask where the money goes" and repeated that Slovakia would not send "a single bullet" from army stocks to Ukraine.
Russian Foreign Ministry spokeswoman Maria Zakharova said last Friday that the Czech government was "making money on Ukrainian blood," a charge Lipavský called "grotesque."
Kremlin spokesman Dmitry Peskov declined to comment on Czech domestic politics, saying Moscow "does not interfere."

ANO won ten of the 13 regions in last month's regional elections and leads national polls by more than ten points.
The next general election must be held by October 2025.
For the tens of thousands of Ukrainians living in Prague, the debate is anything but abstract: "My brother is in an artillery unit near Pokrovsk," said Olena, a 34-year-old who has worked in a Prague café since 2022.
"""

DOCS.append(doc(
    "b132en03_babis_audit_fiala_2024_10", "2024-10-16", EN03,
    [
        T("next year", "DATE", "2025"),
        T("Tuesday", "DATE", "2024-10-15"),
        T("the same evening", "TIME", "2024-10-15TEV"),
        T("June", "DATE", "2024-06"),
        T("the end of December", "DATE", "2024-12", mod="END"),
        T("last week", "DATE", "2024-W41"),
        T("last Thursday", "DATE", "2024-10-10"),
        T("Monday", "DATE", "2024-10-14", 0),
        T("the beginning of the month", "DATE", "2024-10", mod="START"),
        T("this month", "DATE", "2024-10"),
        T("today", "DATE", "2024-10-16"),
        T("Thursday", "DATE", "2024-10-17", 1),
        T("Monday", "DATE", "2024-10-14", 1),
        T("last Friday", "DATE", "2024-10-11"),
        T("last month", "DATE", "2024-09"),
        T("October 2025", "DATE", "2025-10"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("The initiative has delivered around 500,000 rounds to Ukraine since June", "AID", ["Ukraine"], "2024-06",
          "text", "occurred", "has delivered around 500,000", date_mod="START"),
        E("A further 300,000 rounds due by the end of December", "AID", ["Ukraine"], "2024-12", "text", "planned",
          "has delivered around 500,000", date_mod="END"),
        E("Pistorius pledges a further 100 million euros for the scheme", "AID", ["Germany", "Ukraine"], "2024-W41",
          "text", "planned", "pledged a further 100 million euros"),
        E("Sybiha holds talks with Lipavský in Prague", "CONSULT", ["Andrii Sybiha"], "2024-10-10", "text",
          "occurred", "held talks with his Czech counterpart"),
        E("Sybiha urges Czech politicians to keep the initiative above party lines", "REQUEST", ["Andrii Sybiha"],
          "2024-10-14", "text", "occurred", "held talks with his Czech counterpart"),
        E("Rutte praises the initiative as a model for allies", "SUPPORT", ["Mark Rutte"], "2024-10", "text",
          "occurred", "a model of what allies can do together"),
        E("Zelensky to present his victory plan to EU leaders in Brussels", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2024-10-17", "text", "planned", "victory plan"),
        E("Fico: Slovakia will not send a single bullet from army stocks to Ukraine", "REJECT", ["Ukraine"],
          "2024-10-14", "text", "occurred", "a single bullet"),
        E("Zakharova accuses the Czech government of making money on Ukrainian blood", "ACCUSE", ["Maria Zakharova"],
          "2024-10-11", "text", "occurred", "making money on Ukrainian blood"),
    ],
    [
        S("Germany", "Pistorius pledges a further 100 million euros for the scheme", "2024-W41", "text",
          "pledged a further 100 million euros"),
        S("Andrii Sybiha", "The shells have 'changed the situation' at the front; keep the initiative 'above party "
          "lines'", "2024-10-14", "text", "held talks with his Czech counterpart"),
        S("Mark Rutte", "The initiative is 'a model of what allies can do together'", "2024-10", "text",
          "a model of what allies can do together"),
        S("Maria Zakharova", "The Czech government is 'making money on Ukrainian blood'", "2024-10-11", "text",
          "making money on Ukrainian blood"),
        S("Dmitry Peskov", "Declines to comment on Czech domestic politics; Moscow 'does not interfere'", "2024-10-16",
          "published", "does not interfere"),
    ],
    ["Ukraine", "NATO", "Vladimir Putin", "Germany", "Andrii Sybiha", "Mark Rutte", "Volodymyr Zelensky",
     "European Union", "Maria Zakharova", "Russia", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b132en04 (Prague Morning, explainer)
EN04 = """
Explainer: Why Denmark is now the biggest backer of the Czech shell initiative

With US deliveries to Ukraine briefly frozen this month, Europe's own supply lines have come under the spotlight.
Here is what you need to know about the Czech ammunition initiative and Denmark's growing role in it.

What is the initiative?
Launched by President Petr Pavel in February 2024, the scheme buys artillery shells from producers outside the EU and ships them to Ukraine with money from donor governments.
The government says it delivered about 1.5 million rounds last year, and Prime Minister Petr Fiala has said deliveries for the first half of 2025 are financed.

Why does Denmark matter?
Copenhagen has become the largest single contributor after Germany, and on Wednesday it said it would send a further 1.3 billion kroner, about 175 million euros, to the scheme.
Denmark also pioneered the so-called Danish model, under which donors pay Ukrainian arms makers directly; it has funded Ukrainian-built howitzers that way since the summer of 2024.
President Volodymyr Zelenskyy thanked Denmark on Wednesday evening, calling it "a true friend in difficult times."

What happened with US aid?
President Donald Trump ordered a pause in all US military aid to Ukraine on March 3, after his Oval Office clash with Zelenskyy on Feb. 28.
Deliveries and intelligence sharing resumed on Tuesday after Ukrainian and US delegations met in Jeddah, where Kyiv accepted a US proposal for a 30-day ceasefire.
Secretary of State Marco Rubio said the offer was now "in Russia's court."
Vladimir Putin said on Thursday he supported the idea "in principle" but raised a series of conditions.

Does Europe have a plan?
European Commission President Ursula von der Leyen presented a plan last week to mobilise up to 800 billion euros for defence, and EU leaders endorsed it at a summit on March 6.
Kremlin spokesman Dmitry Peskov said Europe was "choosing the path of militarisation" instead of peace.

What comes next?
Prague wants to secure money for the second half of the year by the end of April, and the general election due in October could change everything: Andrej Babiš's ANO, which leads the polls, wants to end state funding for the scheme.
"""

DOCS.append(doc(
    "b132en04_explainer_denmark_backer_2025_03", "2025-03-14", EN04,
    [
        T("now", "DATE", "PRESENT_REF", 0),
        T("this month", "DATE", "2025-03"),
        T("February 2024", "DATE", "2024-02"),
        T("last year", "DATE", "2024"),
        T("the first half of 2025", "DATE", "2025-H1"),
        T("Wednesday", "DATE", "2025-03-12", 0),
        T("the summer of 2024", "DATE", "2024-SU"),
        T("Wednesday evening", "TIME", "2025-03-12TEV"),
        T("March 3", "DATE", "2025-03-03"),
        T("Feb. 28", "DATE", "2025-02-28"),
        T("Tuesday", "DATE", "2025-03-11"),
        T("30-day", "DURATION", "P30D"),
        T("now", "DATE", "PRESENT_REF", 1),
        T("Thursday", "DATE", "2025-03-13"),
        T("last week", "DATE", "2025-W10"),
        T("March 6", "DATE", "2025-03-06"),
        T("the second half of the year", "DATE", "2025-H2"),
        T("the end of April", "DATE", "2025-04", mod="END"),
        T("October", "DATE", "2025-10"),
    ],
    [
        E("Pavel launched the ammunition scheme for Ukraine", "AID", ["Ukraine"], "2024-02", "text", "occurred",
          "Launched by President Petr Pavel", date_mod="START"),
        E("The initiative delivered about 1.5 million rounds last year", "AID", ["Ukraine"], "2024", "text",
          "occurred", "about 1.5 million rounds"),
        E("Deliveries for the first half of 2025 are financed", "AID", ["Ukraine"], "2025-H1", "text", "planned",
          "about 1.5 million rounds"),
        E("Denmark to send a further 1.3 billion kroner to the scheme", "AID", ["Ukraine"], "2025-03-12", "text",
          "planned", "a further 1.3 billion kroner", note="Denmark is not canonical"),
        E("Denmark has funded Ukrainian-built howitzers under the Danish model", "AID", ["Ukraine"], "2024-SU", "text",
          "occurred", "so-called Danish model", date_mod="START"),
        E("Zelensky thanks Denmark", "SUPPORT", ["Volodymyr Zelensky"], "2025-03-12TEV", "text", "occurred",
          "a true friend in difficult times"),
        E("Trump orders a pause in all US military aid to Ukraine", "SANCTION", ["Donald Trump", "Ukraine"],
          "2025-03-03", "text", "occurred", "ordered a pause"),
        E("Trump–Zelensky clash in the Oval Office", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-02-28",
          "text", "occurred", "ordered a pause"),
        E("US deliveries and intelligence sharing resume", "AID", ["United States", "Ukraine"], "2025-03-11", "text",
          "occurred", "Deliveries and intelligence sharing resumed"),
        E("Ukrainian and US delegations meet in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11",
          "context", "occurred", "Deliveries and intelligence sharing resumed"),
        E("Kyiv accepts the US proposal for a 30-day ceasefire", "AGREE", ["Ukraine", "United States"], "2025-03-11",
          "context", "occurred", "Deliveries and intelligence sharing resumed"),
        E("Rubio: the offer is now in Russia's court", "REQUEST", ["Marco Rubio", "Russia"], "2025-03-14", "published",
          "occurred", "in Russia's court"),
        E("Putin supports the ceasefire idea in principle", "AGREE", ["Vladimir Putin"], "2025-03-13", "text",
          "occurred", "in principle"),
        E("Putin raises a series of conditions", "REQUEST", ["Vladimir Putin"], "2025-03-13", "text", "occurred",
          "in principle"),
        E("Von der Leyen presents a plan to mobilise up to 800 billion euros for defence", "REQUEST",
          ["Ursula von der Leyen", "European Union"], "2025-W10", "text", "occurred", "800 billion euros"),
        E("EU leaders endorse the plan at a summit", "AGREE", ["European Union"], "2025-03-06", "text", "occurred",
          "800 billion euros"),
        E("Peskov accuses Europe of choosing militarisation instead of peace", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2025-03-14", "published", "occurred", "the path of militarisation"),
        E("Prague wants to secure money for the second half of the year by the end of April", "AID", ["Ukraine"],
          "2025-04", "text", "uncertain", "the second half of the year", date_mod="END"),
        E("ANO wants to end state funding for the scheme", "REJECT", ["Ukraine"], "2025-03-14", "published",
          "uncertain", "wants to end state funding"),
    ],
    [
        S("Volodymyr Zelensky", "Thanks Denmark, 'a true friend in difficult times'", "2025-03-12TEV", "text",
          "a true friend in difficult times"),
        S("Marco Rubio", "The ceasefire offer is now 'in Russia's court'", "2025-03-14", "published",
          "in Russia's court"),
        S("Vladimir Putin", "Supports the ceasefire idea 'in principle' but raises conditions", "2025-03-13", "text",
          "in principle"),
        S("Dmitry Peskov", "Europe is 'choosing the path of militarisation' instead of peace", "2025-03-14",
          "published", "the path of militarisation"),
    ],
    ["United States", "Ukraine", "European Union", "Germany", "Volodymyr Zelensky", "Donald Trump", "Marco Rubio",
     "Russia", "Vladimir Putin", "Ursula von der Leyen", "Dmitry Peskov", "Kremlin"],
))

# ---------------------------------------------------------------- b132en05 (Dennik N in English)
EN05 = """
Fico threatens to block EU money for Czech shell initiative days before Czech vote

BRATISLAVA — Prime Minister Robert Fico said Slovakia would veto any attempt to finance the Czech-led ammunition initiative for Ukraine from the European Peace Facility, deepening a rift with Prague eight days before the Czech general election.
"Not a single euro of European money should go to a scheme that only prolongs the killing," Fico told public broadcaster STVR on Wednesday.
He added that he would ask Andrej Babiš, whose ANO movement leads the polls ahead of the two-day vote that starts on October 3, to "close down this business" if Babiš became prime minister.

Fico's government stopped military aid from Slovak army stocks after taking office in October 2023, but has let Slovak arms makers keep selling shells to Ukraine on commercial terms.
Foreign Minister Juraj Blanár said on Thursday morning that the veto threat was "a legitimate use of our sovereign right" and not directed against Ukraine.
Earlier this month Fico met President Volodymyr Zelenskyy in Uzhhorod, where the two men agreed that their energy ministers would meet.

Zelenskyy, speaking in New York on Wednesday, accused Fico of "playing Moscow's game" and urged EU leaders not to let "one capital hold the whole Union hostage."
He met US President Donald Trump on the sidelines of the UN General Assembly on Tuesday, after which Trump wrote that Ukraine could win back "all of its territory" with Europe's help.
EU foreign policy chief Kaja Kallas said the peace facility was "not hostage to any one member state" and called the Czech initiative "one of the best things Europe has done for Ukraine."
In Moscow, Foreign Ministry spokeswoman Maria Zakharova praised "the voice of reason from Bratislava."

EU leaders will discuss defence and Ukraine at an informal summit in Copenhagen next Wednesday, hosted by the Danish presidency.
The facility has been largely paralysed for more than a year by Hungary's refusal to approve reimbursements, and diplomats expect Fico's threat to push more donors towards national contributions.
Prague says the initiative has delivered more than three million rounds since early 2024.
"""

DOCS.append(doc(
    "b132en05_fico_veto_threat_epf_2025_09", "2025-09-25", EN05,
    [
        T("days", "DURATION", "PXD", 0),
        T("eight days", "DURATION", "P8D"),
        T("Wednesday", "DATE", "2025-09-24", 0),
        T("two-day", "DURATION", "P2D"),
        T("October 3", "DATE", "2025-10-03"),
        T("October 2023", "DATE", "2023-10"),
        T("Thursday morning", "TIME", "2025-09-25TMO"),
        T("this month", "DATE", "2025-09"),
        T("Wednesday", "DATE", "2025-09-24", 1),
        T("Tuesday", "DATE", "2025-09-23"),
        T("next Wednesday", "DATE", "2025-10-01"),
        T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
        T("early 2024", "DATE", "2024", mod="START"),
    ],
    [
        E("Fico threatens to veto EU Peace Facility financing for the Czech ammunition initiative", "THREATEN",
          ["European Union", "Ukraine"], "2025-09-24", "context", "occurred", "would veto any attempt",
          note="Fico and Slovakia are not canonical; dated by his Wednesday interview"),
        E("Fico's government stopped military aid from army stocks", "REJECT", ["Ukraine"], "2023-10", "text",
          "occurred", "stopped military aid from Slovak army stocks"),
        E("Slovak arms makers allowed to keep selling shells to Ukraine commercially", "AGREE", ["Ukraine"], "2023-10",
          "context", "occurred", "stopped military aid from Slovak army stocks"),
        E("Fico met Zelensky in Uzhhorod", "CONSULT", ["Volodymyr Zelensky"], "2025-09", "text", "occurred",
          "Fico met President Volodymyr Zelenskyy in Uzhhorod"),
        E("Fico and Zelensky agree that their energy ministers will meet", "AGREE", ["Volodymyr Zelensky"], "2025-09",
          "context", "occurred", "Fico met President Volodymyr Zelenskyy in Uzhhorod"),
        E("Zelensky accuses Fico of playing Moscow's game", "ACCUSE", ["Volodymyr Zelensky"], "2025-09-24", "text",
          "occurred", "playing Moscow's game"),
        E("Zelensky urges EU leaders not to let one capital hold the Union hostage", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2025-09-24", "context", "occurred", "playing Moscow's game"),
        E("Zelensky meets Trump at the UN General Assembly", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-09-23", "text", "occurred", "on the sidelines of the UN General Assembly"),
        E("Kallas rejects Fico's threat: the facility is not hostage to any member state", "REJECT", ["Kaja Kallas"],
          "2025-09-25", "published", "occurred", "not hostage to any one member state"),
        E("Kallas praises the Czech initiative", "SUPPORT", ["Kaja Kallas"], "2025-09-25", "published", "occurred",
          "not hostage to any one member state"),
        E("Zakharova praises Bratislava", "SUPPORT", ["Maria Zakharova"], "2025-09-25", "published", "occurred",
          "the voice of reason from Bratislava"),
        E("Informal EU summit in Copenhagen on defence and Ukraine", "CONSULT", ["European Union"], "2025-10-01",
          "text", "planned", "informal summit in Copenhagen"),
        E("The initiative has delivered more than three million rounds since early 2024", "AID", ["Ukraine"], "2024",
          "text", "occurred", "more than three million rounds", date_mod="START"),
    ],
    [
        S("Volodymyr Zelensky", "Fico is 'playing Moscow's game'; EU leaders must not let one capital hold the Union "
          "hostage", "2025-09-24", "text", "playing Moscow's game"),
        S("Donald Trump", "Ukraine could win back all of its territory with Europe's help", "2025-09-23", "context",
          "on the sidelines of the UN General Assembly"),
        S("Kaja Kallas", "The peace facility is not hostage to any member state; the Czech initiative is one of the "
          "best things Europe has done for Ukraine", "2025-09-25", "published", "not hostage to any one member state"),
        S("Maria Zakharova", "Praises 'the voice of reason from Bratislava'", "2025-09-25", "published",
          "the voice of reason from Bratislava"),
    ],
    ["European Union", "Ukraine", "Volodymyr Zelensky", "Russia", "Donald Trump", "United States", "United Nations",
     "Kaja Kallas", "Maria Zakharova"],
))

# ---------------------------------------------------------------- b132en06 (Brno Daily)
EN06 = """
Babiš coalition deal puts Czech ammunition initiative under NATO "umbrella" and off the state budget

Andrej Babiš's ANO movement signed a coalition agreement with the SPD and the Motorists on Monday afternoon, setting out a government programme that would hand the Czech ammunition initiative for Ukraine over to NATO and end its financing from the Czech state budget.
"We will not pay a single crown of Czech taxpayers' money, but we will not block anybody who wants to pay," Babiš told reporters after the signing in Prague.
The agreement also says the Czech Republic will not send troops to Ukraine and wants "a rapid end to the war through negotiations."
SPD leader Tomio Okamura, whose party has called for a referendum on leaving NATO and the EU, is expected to be elected speaker of the lower house on Wednesday.

President Petr Pavel, who has said he will appoint Babiš only once he explains how he will resolve his conflict of interest over the Agrofert conglomerate, met the ANO leader at Prague Castle last Thursday.
Pavel, a former chairman of NATO's Military Committee, launched the initiative at the Munich Security Conference in February 2024.

Ukrainian Foreign Minister Andrii Sybiha said on Monday evening that Kyiv respected the Czech voters' choice but counted on the shells "continuing to flow without interruption."
Zelenskyy said in his nightly address on Monday that he had spoken with Dutch Prime Minister Dick Schoof and Danish Prime Minister Mette Frederiksen about "keeping the Czech-led supply line alive."
The Dutch defence ministry confirmed that the Netherlands would keep paying into the scheme in 2026, and Canada's Foreign Minister Anita Anand said Ottawa would raise the issue when it hosts Secretary of State Marco Rubio and other G7 foreign ministers in Niagara next week.
NATO Secretary General Mark Rutte said on Tuesday that allies were "ready to look at" taking over coordination, but that "someone still has to pay for the shells."
Kremlin spokesman Dmitry Peskov said Moscow welcomed "any signs of common sense" in European capitals.

In Brno, where several of the companies that refurbish shells and howitzers for Ukraine have workshops, the deal caused unease.
"Our orders come from donor money, not from the Czech budget, so for now nothing changes," said the head of one South Moravian firm, who asked not to be named.
Babiš's government could be appointed before the end of the year.
"""

DOCS.append(doc(
    "b132en06_babis_coalition_nato_umbrella_2025_11", "2025-11-04", EN06,
    [
        T("Monday afternoon", "TIME", "2025-11-03TAF"),
        T("Wednesday", "DATE", "2025-11-05"),
        T("last Thursday", "DATE", "2025-10-30"),
        T("February 2024", "DATE", "2024-02"),
        T("Monday evening", "TIME", "2025-11-03TEV"),
        T("nightly", "SET", "P1D"),
        T("Monday", "DATE", "2025-11-03", 2),
        T("2026", "DATE", "2026"),
        T("next week", "DATE", "2025-W46"),
        T("Tuesday", "DATE", "2025-11-04"),
        T("now", "DATE", "PRESENT_REF"),
        T("the end of the year", "DATE", "2025", mod="END"),
    ],
    [
        E("Coalition agreement ends financing of the ammunition initiative from the Czech state budget", "REJECT",
          ["Ukraine"], "2025-11-03TAF", "text", "occurred", "signed a coalition agreement",
          note="ANO, Babiš and Czechia are not canonical"),
        E("Coalition programme would hand the initiative over to NATO", "REQUEST", ["NATO"], "2025-11-03TAF", "text",
          "occurred", "signed a coalition agreement"),
        E("Coalition agreement: no Czech troops for Ukraine", "REJECT", ["Ukraine"], "2025-11-03TAF", "context",
          "occurred", "will not send troops to Ukraine"),
        E("Pavel launched the initiative at the Munich Security Conference", "AID", ["Ukraine"], "2024-02", "text",
          "occurred", "launched the initiative at the Munich", date_mod="START"),
        E("Sybiha counts on the shells continuing to flow", "REQUEST", ["Andrii Sybiha"], "2025-11-03TEV", "text",
          "occurred", "continuing to flow without interruption"),
        E("Zelensky spoke with Schoof and Frederiksen about the Czech-led supply line", "CONSULT",
          ["Volodymyr Zelensky"], "2025-11-03", "context", "occurred", "keeping the Czech-led supply line alive"),
        E("The Netherlands to keep paying into the scheme in 2026", "AID", ["Ukraine"], "2026", "text", "planned",
          "keep paying into the scheme"),
        E("Canada to host Rubio and other G7 foreign ministers in Niagara", "CONSULT", ["Marco Rubio"], "2025-W46",
          "text", "planned", "keep paying into the scheme"),
        E("Rutte: allies ready to look at taking over coordination", "AGREE", ["Mark Rutte", "NATO"], "2025-11-04",
          "text", "occurred", "ready to look at"),
        E("Rutte: someone still has to pay for the shells", "REQUEST", ["Mark Rutte"], "2025-11-04", "context",
          "occurred", "ready to look at"),
        E("Peskov welcomes signs of common sense in European capitals", "SUPPORT", ["Dmitry Peskov"], "2025-11-04",
          "published", "occurred", "any signs of common sense"),
    ],
    [
        S("Andrii Sybiha", "Kyiv respects the Czech voters' choice but counts on the shells continuing to flow",
          "2025-11-03TEV", "text", "continuing to flow without interruption"),
        S("Volodymyr Zelensky", "Spoke with Schoof and Frederiksen about keeping the Czech-led supply line alive",
          "2025-11-03", "text", "keeping the Czech-led supply line alive"),
        S("Mark Rutte", "Allies are ready to look at taking over coordination, but someone still has to pay",
          "2025-11-04", "text", "ready to look at"),
        S("Dmitry Peskov", "Moscow welcomes any signs of common sense in European capitals", "2025-11-04", "published",
          "any signs of common sense"),
    ],
    ["Ukraine", "NATO", "European Union", "Andrii Sybiha", "Volodymyr Zelensky", "Marco Rubio", "United States",
     "Mark Rutte", "Dmitry Peskov", "Kremlin", "Russia"],
))
