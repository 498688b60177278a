"""English articles of the blind139 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b139en01 (New Europe)
EN01 = """
EU proposes sanctions on Patriarch Kirill as Hungary balks at oil ban

BRUSSELS - The European Commission has proposed putting Patriarch Kirill, the head of the Russian Orthodox Church, on the EU sanctions list, placing one of Vladimir Putin's most prominent backers alongside oligarchs and generals.
The draft of the bloc's sixth sanctions package, sent to member states' ambassadors on Wednesday, would freeze any assets the patriarch holds in the EU and bar him from entering its territory, according to two diplomats who have seen the document.
The list also names the wife and children of Kremlin spokesman Dmitry Peskov and dozens of military officers accused of atrocities in Bucha.

Commission President Ursula von der Leyen presented the package, which also includes a ban on Russian crude oil within six months and on refined products by the end of the year, to the European Parliament in Strasbourg on Wednesday morning.
"Putin must pay a high price for his brutal aggression," she told lawmakers.
Sberbank, Russia's largest bank, would be cut off from the SWIFT payment system.

Hungary was quick to object.
Foreign Minister Peter Szijjarto said on Wednesday that Budapest could not support the oil embargo in its current form, which he compared to "an atomic bomb" for the Hungarian economy.
A spokesman for Prime Minister Viktor Orban said on Thursday that Hungary would also oppose any sanctions against church leaders, citing "religious freedom."

Kirill, a close ally of Putin, has described the war as a struggle against Western "gay parades" and blessed Russian troops.
Pope Francis told the Corriere della Sera in an interview published on Tuesday that the patriarch "cannot become Putin's altar boy," recalling a video call with him on March 16.
Ukraine's foreign ministry welcomed the proposal and urged all EU capitals to back it without exceptions.

In Moscow, Peskov said on Thursday that attempts to sanction the patriarch showed that Brussels had "completely lost its reason."
Kirill's spokesman, Vladimir Legoida, said the church leader had never been afraid of such threats.
EU ambassadors are due to resume talks on the package on Friday, and diplomats hope to secure agreement before EU leaders meet in Brussels at the end of the month.
"""

# ---------------------------------------------------------------- b139en02 (Kyiv Post)
EN02 = """
Zelensky Moves to Ban Moscow-Linked Church Activity, Sanctions Clerics

KYIV - President Volodymyr Zelensky has ordered the government to draft a law banning religious organizations "affiliated with centers of influence in the Russian Federation" from operating in Ukraine.
The instruction is part of a decision of the National Security and Defense Council (NSDC) that Zelensky put into force by decree on Thursday evening.
"We will never allow anyone to build an empire inside the Ukrainian soul," the president said in his nightly video address.

The NSDC also told the State Service for Ethnopolitics and Freedom of Conscience to examine whether the Ukrainian Orthodox Church (UOC) is still tied to the Moscow Patriarchate, despite declaring its independence in May.
Personal sanctions were imposed on ten clerics, among them several bishops who stayed in Russian-occupied territories and welcomed the occupiers.
The Security Service of Ukraine (SBU) was instructed to step up its counterintelligence work inside the church.

Since Nov. 22, the SBU has searched the Kyiv Pechersk Lavra and more than a dozen other church sites across the country.
The agency says it found pro-Kremlin literature, large amounts of cash and Russian passports.

Kremlin spokesman Dmitry Peskov said on Friday that Kyiv was "waging war against the Russian Orthodox Church" and that the steps confirmed Moscow's "special military operation" had been justified.
Russian Foreign Ministry spokeswoman Maria Zakharova said Russia had asked the UN Security Council to discuss "the persecution of believers" in Ukraine.
Patriarch Kirill has called the searches "an act of intimidation" and written to the heads of other Orthodox churches.

The UOC leadership said in a statement on Friday morning that it would study the decision and that "no evidence of any crime" had been presented against its bishops.
Metropolitan Epiphanius, head of the rival Orthodox Church of Ukraine, urged UOC parishes to join his church "before it is too late."

Abroad, the issue has become entangled with the debate over sanctions on Kirill himself.
Britain sanctioned the patriarch in June, but the European Union dropped him from its sixth package that month at the insistence of Hungarian Prime Minister Viktor Orban.
The European Commission is expected to present a ninth package next week, and Ukraine's foreign ministry has urged Brussels to include Kirill this time.
"""

# ---------------------------------------------------------------- b139en03 (Christian Today)
EN03 = """
WCC declines to suspend Russian church, backs talks between Russian and Ukrainian church leaders

GENEVA - The World Council of Churches has again refused to suspend the Russian Orthodox Church, despite renewed calls from Kyiv, and has instead backed plans for a meeting of Russian and Ukrainian church representatives in Geneva.
The WCC's central committee ended its week-long session at the Ecumenical Centre on Tuesday with a statement describing the war in Ukraine as "illegal and unjustifiable."
It called on the Russian Federation to withdraw its troops and on both sides to treat prisoners of war in line with international humanitarian law.

General Secretary Jerry Pillay told journalists that expelling the Moscow Patriarchate would close "the only table" at which its representatives could still be confronted with the suffering their government had caused.
Pillay met Patriarch Kirill in Moscow last month, after visiting Kyiv in April, where he was received by Ukraine's deputy foreign minister.
The roundtable between the churches is planned for the autumn, he said.

Ukraine's foreign ministry said on Wednesday it was "deeply disappointed" and accused the council of offering a platform to "accomplices of war crimes."
Kyiv has pressed for the Russian church's suspension since the WCC assembly in Karlsruhe last September, where German President Frank-Walter Steinmeier accused the Moscow church leadership of leading its faithful onto "an anti-Christian path."
In Moscow, foreign ministry spokeswoman Maria Zakharova welcomed the fact that the council "did not bow to pressure."

Patriarch Kirill, who has repeatedly blessed Russian soldiers heading to the front, was sanctioned by Britain and Canada in 2022.
The European Union dropped him from its sixth sanctions package last year at the insistence of Hungarian Prime Minister Viktor Orban.

The WCC's decision comes as the Vatican steps up its own efforts.
Cardinal Matteo Zuppi, Pope Francis's peace envoy, arrived in Moscow on Wednesday for two days of talks, after meeting President Volodymyr Zelensky in Kyiv earlier this month.
The Kremlin said Zuppi would meet presidential aide Yuri Ushakov, but that no meeting with President Vladimir Putin was planned.
"""

# ---------------------------------------------------------------- b139en04 (Emerging Europe)
EN04 = """
Kirill back on the table: Vilnius and Prague revive push to blacklist the patriarch

Lithuania and the Czech Republic have asked for Patriarch Kirill to be added to the European Union's sanctions list, reviving a fight with Hungary that cost the bloc weeks of wrangling last year.
The two countries put forward the proposal at a meeting of EU ambassadors in Brussels on Tuesday, diplomats said, as the 27 member states negotiate an 11th sanctions package aimed mainly at stopping the circumvention of existing measures.
Hungary's foreign minister Peter Szijjarto said on Wednesday that Budapest would "not support any sanctions against church leaders."
Prime Minister Viktor Orban had already told state radio on Friday that sanctioning the patriarch was "out of the question."

Ukraine's foreign minister Dmytro Kuleba urged EU governments not to let "one capital" shield a man who "blesses the bombing of Ukrainian cities."
Kremlin spokesman Dmitry Peskov said such proposals were "absurd" and reflected the "Russophobic hysteria" in some EU capitals.

Kirill has been on Britain's and Canada's sanctions lists since last year.
The EU removed him from the draft of its sixth package last June after Orban threatened to veto the whole package, which also contained an embargo on Russian oil.

The Commission's proposal for the 11th package, presented earlier this month, would for the first time allow the EU to restrict exports to third countries that help Russia bypass sanctions, and it lists several Chinese companies.
China has warned that it would respond if its firms were targeted.
EU ambassadors will return to the package on Friday, and diplomats hope for agreement before EU leaders meet at the end of June.

The debate comes as Western leaders prepare to tighten the screws on Moscow.
Leaders of the Group of Seven, including US President Joe Biden and German Chancellor Olaf Scholz, gather in Hiroshima from Friday and are expected to announce new measures against Russia there.
For Prague, the Kirill listing is also a matter of principle, a Czech diplomat said: "Either we sanction the propagandists of this war or we do not."
"""

# ---------------------------------------------------------------- b139en05 (Greek Reporter)
EN05 = """
Bartholomew: Kirill has made his church "an accomplice" of the Kremlin's war

Ecumenical Patriarch Bartholomew has accused Patriarch Kirill of Moscow of turning the Russian Orthodox Church into "an accomplice in the crimes" of the Kremlin, in some of his sharpest words since Russia's full-scale invasion of Ukraine in February 2022.
In an interview with the Athens daily Kathimerini published on Sunday, the spiritual leader of the world's Orthodox Christians said Kirill had "exchanged the Gospel for the ideology of the Russian world."
He repeated that the Phanar would never accept Moscow's claim that Ukraine is its "canonical territory" and defended the autocephaly it granted to the Orthodox Church of Ukraine in 2019.

Bartholomew called on President Vladimir Putin to agree to an immediate ceasefire and to return the Ukrainian children deported to Russia.
At the same time, he voiced unease about the law passed by Ukraine's parliament in August that bans religious groups tied to Moscow.
"No church should be punished collectively for the sins of its leaders," he said, urging Kyiv to apply the law "with wisdom and mercy."
The law entered into force on September 23, and the state service for religious freedom has since begun examining the ties of the Ukrainian Orthodox Church to the Moscow Patriarchate.

Bartholomew said he had spoken to President Volodymyr Zelensky by phone in September and would receive a Ukrainian government delegation at the Phanar in November.
He also said he hoped to welcome Pope Francis to Nicaea, the modern Turkish town of Iznik, next year for the 1,700th anniversary of the first ecumenical council.

Zelensky thanked the patriarch on X on Sunday for "clear words about the aggressor."
In Moscow, Kremlin spokesman Dmitry Peskov said on Monday that the Kremlin did not comment on "statements by foreign church hierarchs."
Foreign ministry spokeswoman Maria Zakharova accused Bartholomew of acting "on instructions from Washington," a charge she has repeatedly made since the Ukrainian church's independence.

The interview came days after Zelensky presented his "victory plan" to EU leaders in Brussels on Thursday, calling for an immediate invitation for Ukraine to join NATO.
The Moscow Patriarchate broke communion with Constantinople in 2018 over the Ukrainian question.
"""

# ---------------------------------------------------------------- b139en06 (Religion Unplugged, explainer)
EN06 = """
Explainer: A year after Ukraine's church ban took effect, where do things stand?

Ukraine's law banning religious organizations controlled from Russia took effect on Sept. 23, 2024.
It has since set off court battles at home and drawn criticism from Moscow and from some U.S. conservatives.
Here is what has happened, and what comes next.

What does the law do?
It bans the Russian Orthodox Church in Ukraine and allows the State Service for Ethnopolitics and Freedom of Conscience (DESS) to examine any religious group suspected of being governed from Moscow.
Groups found to be affiliated are ordered to cut those ties; if they fail to do so, the agency can ask a court to dissolve them.
The law passed parliament in August 2024 with 265 votes, and President Volodymyr Zelensky signed it on Independence Day, calling it a step toward Ukraine's "spiritual independence."

What has happened since?
In February, the DESS concluded that the Kyiv Metropolis of the Ukrainian Orthodox Church (UOC) remained part of the Russian church and ordered it to break those ties within 30 days.
After the deadline passed, the agency filed a lawsuit in July asking a Kyiv court to dissolve the metropolis.
Also in July, Zelensky stripped the UOC's head, Metropolitan Onufriy, of his Ukrainian citizenship after the Security Service said he had held a Russian passport since 2002.

How has Moscow responded?
Kremlin spokesman Dmitry Peskov said last week that the law was part of a "war on Orthodoxy," and Russia called a meeting of the UN Security Council on the issue in August.
Patriarch Kirill wrote to Pope Leo XIV and UN Secretary-General Antonio Guterres in June, asking them to defend the UOC's faithful.
Kirill has been on Britain's sanctions list since June 2022, but the European Union has never listed him, because Hungarian Prime Minister Viktor Orban has blocked every attempt, including during talks on the 18th package adopted in July.

What about Washington?
Several Republican members of Congress wrote to Secretary of State Marco Rubio in March, urging him to press Kyiv to repeal the law.
Rubio told a Senate hearing in May that religious freedom was "part of our conversations" with the Ukrainians.

What comes next?
A first hearing in the DESS case is set for Oct. 14.
Pope Leo and Ecumenical Patriarch Bartholomew are due to meet in Nicaea in late November, and both urged Kyiv this summer not to punish believers collectively.
The UOC says it will take the case to the European Court of Human Rights if it loses.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b139en01_eu_proposes_kirill_sanctions_2022_05", "2022-05-05", EN01,
        [
            T("Wednesday", "DATE", "2022-05-04", 0),
            T("six months", "DURATION", "P6M"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("Wednesday morning", "TIME", "2022-05-04TMO"),
            T("Wednesday", "DATE", "2022-05-04", 2),
            T("Thursday", "DATE", "2022-05-05", 0),
            T("Tuesday", "DATE", "2022-05-03"),
            T("March 16", "DATE", "2022-03-16"),
            T("Thursday", "DATE", "2022-05-05", 1),
            T("Friday", "DATE", "2022-05-06"),
            T("the end of the month", "DATE", "2022-05", mod="END"),
        ],
        [
            E("Commission proposes putting Patriarch Kirill on the EU sanctions list", "REQUEST",
              ["European Union"], "2022-05-04", "context", "occurred", "has proposed putting Patriarch Kirill"),
            E("Commission also proposes listing Peskov's family and officers accused of atrocities in Bucha",
              "REQUEST", ["European Union", "Dmitry Peskov", "Russia"], "2022-05-04", "context", "occurred",
              "The list also names the wife and children"),
            E("Von der Leyen presents the sixth package with an oil ban to the European Parliament", "REQUEST",
              ["Ursula von der Leyen", "European Union", "Russia"], "2022-05-04TMO", "text", "occurred",
              "presented the package"),
            E("Szijjarto rejects the oil embargo in its current form", "REJECT", ["European Union"], "2022-05-04",
              "text", "occurred", "could not support the oil embargo"),
            E("Orban's spokesman: Hungary will oppose sanctions against church leaders", "REJECT",
              ["Viktor Orbán", "European Union"], "2022-05-05", "text", "occurred",
              "A spokesman for Prime Minister Viktor Orban"),
            E("Pope Francis: Kirill cannot become Putin's altar boy", "REQUEST", ["Vatican"], "2022-05-03", "text",
              "occurred", "cannot become Putin's altar boy"),
            E("Pope Francis and Kirill hold a video call", "CONSULT", ["Vatican"], "2022-03-16", "text", "occurred",
              "cannot become Putin's altar boy"),
            E("Ukraine welcomes the Commission's proposal", "SUPPORT", ["Ukraine", "European Union"], "2022-05-05",
              "published", "occurred", "Ukraine's foreign ministry welcomed"),
            E("Ukraine urges all EU capitals to back the listing", "REQUEST", ["Ukraine", "European Union"],
              "2022-05-05", "published", "occurred", "Ukraine's foreign ministry welcomed"),
            E("Peskov: Brussels has completely lost its reason", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2022-05-05", "text", "occurred", "completely lost its reason"),
            E("EU ambassadors resume talks on the package", "CONSULT", ["European Union"], "2022-05-06", "text",
              "planned", "EU ambassadors are due to resume talks"),
            E("EU leaders meet in Brussels", "CONSULT", ["European Union"], "2022-05", "text", "planned",
              "EU ambassadors are due to resume talks", date_mod="END"),
        ],
        [
            S("Ursula von der Leyen", "Putin must pay a high price for his brutal aggression", "2022-05-04TMO",
              "context", "Putin must pay a high price"),
            S("Viktor Orbán", "Hungary will oppose any sanctions against church leaders, citing religious freedom",
              "2022-05-05", "text", "A spokesman for Prime Minister Viktor Orban"),
            S("Vatican", "Pope Francis: the patriarch cannot become Putin's altar boy", "2022-05-03", "text",
              "cannot become Putin's altar boy"),
            S("Ukraine", "Foreign ministry welcomes the proposal and urges all EU capitals to back it", "2022-05-05",
              "published", "Ukraine's foreign ministry welcomed"),
            S("Dmitry Peskov", "Attempts to sanction the patriarch show Brussels has completely lost its reason",
              "2022-05-05", "text", "completely lost its reason"),
        ],
        ["European Union", "Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov", "Ursula von der Leyen",
         "Viktor Orbán", "Vatican", "Ukraine"],
    ),
    doc(
        "b139en02_zelensky_church_ban_decree_2022_12", "2022-12-02", EN02,
        [
            T("Thursday evening", "TIME", "2022-12-01TEV"),
            T("nightly", "SET", "P1D"),
            T("May", "DATE", "2022-05"),
            T("Nov. 22", "DATE", "2022-11-22"),
            T("Friday", "DATE", "2022-12-02", 0),
            T("Friday morning", "TIME", "2022-12-02TMO"),
            T("June", "DATE", "2022-06"),
            T("that month", "DATE", "2022-06"),
            T("next week", "DATE", "2022-W49"),
        ],
        [
            E("Zelensky orders a draft law banning religious organisations affiliated with Russia", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-12-01TEV", "context", "occurred",
              "has ordered the government to draft a law"),
            E("Ukraine imposes personal sanctions on ten clerics", "SANCTION", ["Ukraine"], "2022-12-01TEV",
              "context", "occurred", "Personal sanctions were imposed"),
            E("SBU searches the Kyiv Pechersk Lavra and other church sites", "COERCE", ["Ukraine"], "2022-11-22",
              "text", "occurred", "the SBU has searched", date_mod="START"),
            E("Peskov accuses Kyiv of waging war against the Russian Orthodox Church", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2022-12-02", "text", "occurred", "waging war against the Russian"),
            E("Russia asks the UN Security Council to discuss 'the persecution of believers' in Ukraine", "REQUEST",
              ["Russia", "United Nations"], "2022-12-02", "published", "occurred", "had asked the UN Security Council"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022-06", "text", "occurred",
              "Britain sanctioned the patriarch"),
            E("EU drops Kirill from its sixth package", "CONCEDE", ["European Union"], "2022-06", "text", "occurred",
              "Britain sanctioned the patriarch"),
            E("Orban insists on dropping Kirill from the sixth package", "REQUEST", ["Viktor Orbán", "European Union"],
              "2022-06", "context", "occurred", "Britain sanctioned the patriarch"),
            E("Commission to present a ninth sanctions package", "REQUEST", ["European Union", "Russia"], "2022-W49",
              "text", "planned", "ninth package next week"),
            E("Ukraine urges Brussels to include Kirill", "REQUEST", ["Ukraine", "European Union"], "2022-12-02",
              "published", "occurred", "ninth package next week"),
        ],
        [
            S("Volodymyr Zelensky", "We will never allow anyone to build an empire inside the Ukrainian soul",
              "2022-12-01TEV", "context", "build an empire inside the Ukrainian soul"),
            S("Ukraine", "SBU: found pro-Kremlin literature, cash and Russian passports", "2022-12-02", "published",
              "The agency says it found"),
            S("Dmitry Peskov", "Kyiv is waging war against the Russian Orthodox Church; the special military "
              "operation was justified", "2022-12-02", "text", "waging war against the Russian"),
            S("Maria Zakharova", "Russia has asked the UN Security Council to discuss the persecution of believers",
              "2022-12-02", "published", "had asked the UN Security Council"),
            S("Ukraine", "Foreign ministry urges Brussels to include Kirill in the ninth package", "2022-12-02",
              "published", "ninth package next week"),
        ],
        ["Volodymyr Zelensky", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United Nations",
         "United Kingdom", "European Union", "Viktor Orbán"],
    ),
    doc(
        "b139en03_wcc_central_committee_geneva_2023_06", "2023-06-28", EN03,
        [
            T("week-long", "DURATION", "P1W"),
            T("Tuesday", "DATE", "2023-06-27"),
            T("last month", "DATE", "2023-05"),
            T("April", "DATE", "2023-04"),
            T("the autumn", "DATE", "2023-FA"),
            T("Wednesday", "DATE", "2023-06-28", 0),
            T("last September", "DATE", "2022-09"),
            T("2022", "DATE", "2022"),
            T("last year", "DATE", "2022"),
            T("Wednesday", "DATE", "2023-06-28", 1),
            T("two days", "DURATION", "P2D"),
            T("this month", "DATE", "2023-06"),
        ],
        [
            E("WCC refuses to suspend the Russian Orthodox Church despite Kyiv's calls", "REJECT", ["Ukraine"],
              "2023-06-27", "context", "occurred", "has again refused to suspend"),
            E("WCC central committee calls the war in Ukraine illegal and unjustifiable", "ACCUSE", ["Russia"],
              "2023-06-27", "text", "occurred", "illegal and unjustifiable"),
            E("WCC calls on Russia to withdraw its troops", "REQUEST", ["Russia"], "2023-06-27", "context",
              "occurred", "It called on the Russian Federation"),
            E("WCC calls on both sides to treat prisoners of war in line with humanitarian law", "REQUEST",
              ["Russia", "Ukraine"], "2023-06-27", "context", "occurred", "It called on the Russian Federation"),
            E("Pillay received in Kyiv by Ukraine's deputy foreign minister", "CONSULT", ["Ukraine"], "2023-04",
              "text", "occurred", "after visiting Kyiv in April"),
            E("Ukraine accuses the WCC of offering a platform to accomplices of war crimes", "ACCUSE", ["Ukraine"],
              "2023-06-28", "text", "occurred", "deeply disappointed"),
            E("Kyiv presses for the Russian church's suspension", "REQUEST", ["Ukraine"], "2022-09", "text",
              "occurred", "Kyiv has pressed", date_mod="START"),
            E("Steinmeier accuses the Moscow church leadership of an anti-Christian path", "ACCUSE", ["Germany"],
              "2022-09", "context", "occurred", "Kyiv has pressed", note="speech of 31 August 2022"),
            E("Zakharova welcomes that the WCC did not bow to pressure", "SUPPORT", ["Maria Zakharova"],
              "2023-06-28", "published", "occurred", "did not bow to pressure"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022", "text", "occurred",
              "was sanctioned by Britain and Canada"),
            E("EU drops Kirill from its sixth package", "CONCEDE", ["European Union"], "2022", "text", "occurred",
              "dropped him from its sixth sanctions package"),
            E("Orban insists on dropping Kirill", "REQUEST", ["Viktor Orbán", "European Union"], "2022", "context",
              "occurred", "dropped him from its sixth sanctions package"),
            E("Cardinal Zuppi arrives in Moscow for talks", "CONSULT", ["Vatican", "Russia"], "2023-06-28", "text",
              "occurred", "arrived in Moscow on Wednesday"),
            E("Zuppi met Zelensky in Kyiv", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2023-06", "text",
              "occurred", "earlier this month"),
            E("Zuppi to meet Ushakov", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-06-28", "context", "planned",
              "would meet presidential aide"),
        ],
        [
            S("Ukraine", "Deeply disappointed; the WCC offers a platform to accomplices of war crimes", "2023-06-28",
              "text", "deeply disappointed"),
            S("Germany", "Steinmeier: the Moscow church leadership leads its faithful onto an anti-Christian path",
              "2022-09", "context", "Kyiv has pressed"),
            S("Maria Zakharova", "Welcomes that the council did not bow to pressure", "2023-06-28", "published",
              "did not bow to pressure"),
            S("Kremlin", "Zuppi will meet Ushakov; no meeting with Putin is planned", "2023-06-28", "published",
              "would meet presidential aide"),
        ],
        ["Ukraine", "Russia", "Germany", "Maria Zakharova", "United Kingdom", "European Union", "Viktor Orbán",
         "Vatican", "Volodymyr Zelensky", "Kremlin", "Yuri Ushakov", "Vladimir Putin"],
    ),
    doc(
        "b139en04_vilnius_prague_kirill_listing_2023_05", "2023-05-17", EN04,
        [
            T("weeks", "DURATION", "PXW"),
            T("last year", "DATE", "2022", 0),
            T("Tuesday", "DATE", "2023-05-16"),
            T("Wednesday", "DATE", "2023-05-17"),
            T("Friday", "DATE", "2023-05-12", 0),
            T("last year", "DATE", "2022", 1),
            T("last June", "DATE", "2022-06"),
            T("this month", "DATE", "2023-05"),
            T("Friday", "DATE", "2023-05-19", 1),
            T("the end of June", "DATE", "2023-06", mod="END"),
            T("Friday", "DATE", "2023-05-19", 2),
        ],
        [
            E("Lithuania and the Czech Republic ask the EU to list Kirill", "REQUEST", ["European Union"],
              "2023-05-16", "context", "occurred", "have asked for Patriarch Kirill"),
            E("EU ambassadors meet on the 11th package", "CONSULT", ["European Union"], "2023-05-16", "text",
              "occurred", "meeting of EU ambassadors in Brussels on Tuesday"),
            E("Szijjarto: Budapest will not support sanctions against church leaders", "REJECT", ["European Union"],
              "2023-05-17", "text", "occurred", "Szijjarto said on Wednesday"),
            E("Orban rules out sanctioning the patriarch", "REJECT", ["Viktor Orbán", "European Union"], "2023-05-12",
              "text", "occurred", "told state radio on Friday"),
            E("Kuleba urges EU governments not to let one capital shield Kirill", "REQUEST",
              ["Ukraine", "European Union"], "2023-05-17", "published", "occurred", "Dmytro Kuleba urged"),
            E("Peskov calls the proposals absurd and Russophobic", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2023-05-17", "published", "occurred", "Russophobic hysteria"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022", "text", "occurred",
              "sanctions lists since last year"),
            E("EU removes Kirill from the draft of the sixth package", "CONCEDE", ["European Union"], "2022-06",
              "text", "occurred", "The EU removed him"),
            E("Orban threatens to veto the sixth package", "THREATEN", ["Viktor Orbán", "European Union"], "2022-06",
              "context", "occurred", "The EU removed him"),
            E("Commission proposes the 11th package with an anti-circumvention tool and Chinese firms", "REQUEST",
              ["European Union", "Russia", "China"], "2023-05", "text", "occurred", "presented earlier this month"),
            E("China warns it will respond if its firms are targeted", "THREATEN", ["China", "European Union"],
              "2023-05-17", "published", "occurred", "China has warned"),
            E("EU ambassadors return to the package", "CONSULT", ["European Union"], "2023-05-19", "text", "planned",
              "will return to the package on Friday"),
            E("EU leaders meet at the end of June", "CONSULT", ["European Union"], "2023-06", "text", "planned",
              "will return to the package on Friday", date_mod="END"),
            E("G7 summit in Hiroshima with Biden and Scholz", "CONSULT", ["Joe Biden", "Olaf Scholz"], "2023-05-19",
              "text", "planned", "gather in Hiroshima"),
            E("G7 leaders expected to announce new measures against Russia", "SANCTION",
              ["Joe Biden", "Olaf Scholz", "Russia"], "2023-05-19", "context", "planned", "gather in Hiroshima"),
        ],
        [
            S("Viktor Orbán", "Sanctioning the patriarch is out of the question", "2023-05-12", "text",
              "told state radio on Friday"),
            S("Ukraine", "Kuleba: EU governments must not let one capital shield a man who blesses the bombing of "
              "Ukrainian cities", "2023-05-17", "published", "Dmytro Kuleba urged"),
            S("Dmitry Peskov", "Such proposals are absurd and reflect Russophobic hysteria", "2023-05-17",
              "published", "Russophobic hysteria"),
            S("China", "Will respond if its firms are targeted", "2023-05-17", "published", "China has warned"),
        ],
        ["European Union", "Russia", "Viktor Orbán", "Ukraine", "Kremlin", "Dmitry Peskov", "United Kingdom",
         "China", "United States", "Joe Biden", "Germany", "Olaf Scholz"],
    ),
    doc(
        "b139en05_bartholomew_interview_kirill_2024_10", "2024-10-21", EN05,
        [
            T("February 2022", "DATE", "2022-02"),
            T("Sunday", "DATE", "2024-10-20", 0),
            T("2019", "DATE", "2019"),
            T("August", "DATE", "2024-08"),
            T("September 23", "DATE", "2024-09-23"),
            T("September", "DATE", "2024-09", 1),
            T("November", "DATE", "2024-11"),
            T("next year", "DATE", "2025"),
            T("Sunday", "DATE", "2024-10-20", 1),
            T("Monday", "DATE", "2024-10-21"),
            T("Thursday", "DATE", "2024-10-17"),
            T("2018", "DATE", "2018"),
        ],
        [
            E("Bartholomew accuses Kirill of making his church an accomplice in the Kremlin's crimes", "ACCUSE",
              ["Kremlin"], "2024-10-20", "context", "occurred", "has accused Patriarch Kirill"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "has accused Patriarch Kirill"),
            E("Bartholomew calls on Putin to agree to an immediate ceasefire and return deported children",
              "REQUEST", ["Vladimir Putin"], "2024-10-20", "context", "occurred", "called on President Vladimir Putin"),
            E("Ukraine's parliament passes the law banning religious groups tied to Moscow", "SANCTION",
              ["Ukraine", "Russia"], "2024-08", "text", "occurred", "the law passed by Ukraine's parliament"),
            E("Bartholomew urges Kyiv to apply the law with wisdom and not punish churches collectively", "REQUEST",
              ["Ukraine"], "2024-10-20", "context", "occurred", "No church should be punished collectively"),
            E("Ukraine's church law enters into force", "SANCTION", ["Ukraine", "Russia"], "2024-09-23", "text",
              "occurred", "The law entered into force"),
            E("Bartholomew and Zelensky speak by phone", "CONSULT", ["Volodymyr Zelensky"], "2024-09", "text",
              "occurred", "by phone in September"),
            E("Bartholomew to receive a Ukrainian government delegation at the Phanar", "CONSULT", ["Ukraine"],
              "2024-11", "text", "planned", "by phone in September"),
            E("Bartholomew hopes to welcome Pope Francis to Nicaea", "CONSULT", ["Vatican"], "2025", "text",
              "planned", "hoped to welcome Pope Francis"),
            E("Zelensky thanks Bartholomew", "SUPPORT", ["Volodymyr Zelensky"], "2024-10-20", "text", "occurred",
              "Zelensky thanked the patriarch"),
            E("Zakharova accuses Bartholomew of acting on instructions from Washington", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-10-21", "published", "occurred",
              "on instructions from Washington"),
            E("Zelensky presents his victory plan to EU leaders", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2024-10-17", "text", "occurred", "victory plan"),
            E("Zelensky calls for an immediate NATO invitation", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2024-10-17", "context", "occurred", "victory plan"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Bartholomew for clear words about the aggressor", "2024-10-20", "text",
              "Zelensky thanked the patriarch"),
            S("Dmitry Peskov", "The Kremlin does not comment on statements by foreign church hierarchs",
              "2024-10-21", "text", "Peskov said on Monday"),
            S("Maria Zakharova", "Bartholomew acts on instructions from Washington", "2024-10-21", "published",
              "on instructions from Washington"),
        ],
        ["Kremlin", "Russia", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Vatican", "Dmitry Peskov",
         "Maria Zakharova", "United States", "European Union", "NATO"],
    ),
    doc(
        "b139en06_explainer_church_law_one_year_2025_09", "2025-09-23", EN06,
        [
            T("Sept. 23, 2024", "DATE", "2024-09-23"),
            T("August 2024", "DATE", "2024-08"),
            T("Independence Day", "DATE", "2024-08-24"),
            T("February", "DATE", "2025-02"),
            T("30 days", "DURATION", "P30D"),
            T("July", "DATE", "2025-07", 0),
            T("July", "DATE", "2025-07", 1),
            T("2002", "DATE", "2002"),
            T("last week", "DATE", "2025-W38"),
            T("August", "DATE", "2025-08", 1),
            T("June", "DATE", "2025-06", 0),
            T("June 2022", "DATE", "2022-06"),
            T("July", "DATE", "2025-07", 2),
            T("March", "DATE", "2025-03"),
            T("May", "DATE", "2025-05"),
            T("Oct. 14", "DATE", "2025-10-14"),
            T("late November", "DATE", "2025-11", mod="END"),
            T("this summer", "DATE", "2025-SU"),
        ],
        [
            E("Ukraine's law banning religious organisations controlled from Russia takes effect", "SANCTION",
              ["Ukraine", "Russia"], "2024-09-23", "text", "occurred", "took effect on Sept. 23, 2024"),
            E("Parliament passes the church law", "SANCTION", ["Ukraine", "Russia"], "2024-08", "text", "occurred",
              "The law passed parliament"),
            E("Zelensky signs the church law on Independence Day", "SANCTION", ["Volodymyr Zelensky", "Russia"],
              "2024-08-24", "text", "occurred", "The law passed parliament"),
            E("DESS finds the UOC's Kyiv Metropolis still part of the Russian church", "ACCUSE", ["Ukraine"],
              "2025-02", "text", "occurred", "the DESS concluded"),
            E("DESS orders the metropolis to break its ties within 30 days", "THREATEN", ["Ukraine"], "2025-02",
              "context", "occurred", "the DESS concluded", note="30-day deadline"),
            E("DESS files a lawsuit to dissolve the Kyiv Metropolis", "ACCUSE", ["Ukraine"], "2025-07", "text",
              "occurred", "filed a lawsuit in July"),
            E("Peskov calls the law part of a war on Orthodoxy", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-W38",
              "text", "occurred", "war on Orthodoxy"),
            E("Russia calls a UN Security Council meeting on the church law", "REQUEST", ["Russia", "United Nations"],
              "2025-08", "text", "occurred", "war on Orthodoxy"),
            E("UN Security Council meets on the church law", "CONSULT", ["United Nations", "Russia"], "2025-08",
              "context", "occurred", "war on Orthodoxy"),
            E("Kirill writes to Pope Leo XIV and Guterres asking them to defend the UOC's faithful", "REQUEST",
              ["Vatican", "António Guterres"], "2025-06", "text", "occurred", "Kirill wrote to Pope Leo XIV"),
            E("Britain sanctions Kirill", "SANCTION", ["United Kingdom"], "2022-06", "text", "occurred",
              "since June 2022", date_mod="START"),
            E("Orban blocks listing Kirill during the talks on the 18th package", "REJECT",
              ["Viktor Orbán", "European Union"], "2025-07", "context", "occurred", "since June 2022"),
            E("EU adopts its 18th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-07", "text",
              "occurred", "since June 2022"),
            E("Republican members of Congress urge Rubio to press Kyiv to repeal the law", "REQUEST",
              ["United States", "Marco Rubio", "Ukraine"], "2025-03", "text", "occurred", "members of Congress wrote"),
            E("Pope Leo and Bartholomew to meet in Nicaea", "CONSULT", ["Vatican"], "2025-11", "text", "planned",
              "due to meet in Nicaea", date_mod="END"),
            E("Pope Leo and Bartholomew urge Kyiv not to punish believers collectively", "REQUEST",
              ["Vatican", "Ukraine"], "2025-SU", "text", "occurred", "due to meet in Nicaea"),
        ],
        [
            S("Volodymyr Zelensky", "The law is a step toward Ukraine's spiritual independence", "2024-08-24",
              "context", "The law passed parliament"),
            S("Ukraine", "SBU: Onufriy has held a Russian passport since 2002", "2025-07", "context",
              "Also in July, Zelensky stripped"),
            S("Dmitry Peskov", "The law is part of a war on Orthodoxy", "2025-W38", "text", "war on Orthodoxy"),
            S("Marco Rubio", "Religious freedom is part of our conversations with the Ukrainians", "2025-05", "text",
              "Rubio told a Senate hearing"),
            S("Vatican", "Pope Leo urges Kyiv not to punish believers collectively", "2025-SU", "text",
              "due to meet in Nicaea"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "United Nations", "Vatican",
         "António Guterres", "United Kingdom", "European Union", "Viktor Orbán", "United States", "Marco Rubio"],
    ),
]
