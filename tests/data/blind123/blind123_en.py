"""English articles of the blind123 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Nord Stream sabotage investigations and their diplomacy, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b123en01 (TT News Agency)
EN01 = """
Swedish prosecutor finds explosives at Nord Stream site; Moscow demands access

STOCKHOLM (TT) - Traces of explosives have been found on several foreign objects recovered at the site of the Nord Stream gas pipeline leaks, Sweden's prosecution authority said on Friday, confirming that the pipelines were deliberately blown up.
"The analysis shows that this is a case of gross sabotage," senior prosecutor Mats Ljungqvist said in a statement.
He called the investigation "very complex and comprehensive" and declined to say who might be behind the explosions of Sept. 26.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that the findings must be shared with Russia, whose state-controlled Gazprom is the majority owner of both pipelines.
"We are being kept in the dark," Peskov told reporters.
Foreign Ministry spokeswoman Maria Zakharova accused Stockholm, Copenhagen and Berlin on Friday evening of trying to "hide the traces" of the real perpetrators.
Earlier this month, the Russian Foreign Ministry summoned the ambassadors of Germany, Denmark and Sweden to protest against what it called their refusal to let Russian experts take part in the investigations.
Sweden said last month that it would not share the results of its probe with Moscow, citing national security.

Germany's federal prosecutor opened its own investigation on Oct. 10, and Denmark is also investigating.
The German Interior Ministry said Berlin was in "close contact" with Swedish and Danish authorities.
At a forum in Moscow on Oct. 27, President Vladimir Putin said the United States stood to benefit most from the blasts, which he called an act of international terrorism.
The White House rejected such claims last month as "preposterous."

NATO said in October it had doubled its naval presence in the Baltic and North seas to more than 30 ships, backed by maritime patrol aircraft and submarines.
"We will protect our critical infrastructure," Secretary General Jens Stoltenberg said at the time.
Russia said it would raise the issue again at the U.N. Security Council in the coming weeks.
The council discussed the leaks at Moscow's request on Sept. 30, without taking any decision.

The blasts came as Europe scrambled to replace Russian energy.
Gazprom had already halted flows through Nord Stream 1 to Germany at the end of August, blaming Western sanctions for problems with a turbine.
"""

# ---------------------------------------------------------------- b123en02 (Slate, explainer)
EN02 = """
Who Blew Up Nord Stream? What We Know After the Latest Leak

Eight months after the explosions that ruptured three of the four Nord Stream gas lines under the Baltic Sea, the question of who did it has taken another turn.
On Tuesday, the Washington Post reported that the CIA had learned of a Ukrainian plan to attack the pipelines in June 2022, three months before the blasts, from Dutch military intelligence.
Here is what we know, and what we don't.

What did the Post report?
According to leaked intelligence documents, a team of six Ukrainian special forces soldiers was to rent a boat and use divers to plant the charges.
The CIA reportedly passed the warning on to Germany and other allies in June 2022.
U.S. officials are also said to have urged Kyiv at the time not to go ahead.

Who has denied what?
President Volodymyr Zelensky told the German tabloid Bild in an interview published on Monday that he would never have ordered such an attack.
"I am the president, and I give orders accordingly," he said.
In Moscow, Kremlin spokesman Dmitry Peskov said on Tuesday that the report showed Washington "knew everything" and demanded that the United States explain its role.
Foreign Ministry spokeswoman Maria Zakharova on Wednesday called the story "a cover-up operation" meant to shield Washington.
White House spokesman John Kirby said on Tuesday that the administration would not comment on leaked documents and urged patience with the European investigations.

Where do the investigations stand?
Germany, Sweden and Denmark are each running criminal inquiries, and none has named a suspect.
German prosecutors confirmed in March that they had searched a yacht suspected of carrying the explosives in January.
Defense Minister Boris Pistorius cautioned then that it could be a "false flag" operation meant to blame Ukraine.
Russia has pushed for a U.N.-led inquiry instead, but in late March its draft resolution at the Security Council won only three votes in favor, with the other 12 members abstaining.

Why does it matter now?
The leak lands in the middle of another disaster: the destruction of the Kakhovka dam in southern Ukraine on Tuesday, for which Kyiv and Moscow blame each other.
Ukraine's long-awaited counteroffensive against Russian forces is expected to begin in the coming weeks.
Berlin, for its part, said on Tuesday that the reports would not change its support for Kyiv.
For the moment, the official answer to the question in the headline remains: nobody knows.
"""

# ---------------------------------------------------------------- b123en03 (Energy Intelligence)
EN03 = """
Denmark Closes Nord Stream Probe, Leaving Germany Alone in the Hunt

Danish police on Monday closed their investigation into the September 2022 explosions on the Nord Stream pipelines, concluding that there were "not sufficient grounds to pursue a criminal case in Denmark."
The decision follows Sweden's closure of its own inquiry on Feb. 7 and leaves Germany's federal prosecutor as the only authority still investigating the attacks.
Copenhagen Police said they had worked closely with the German investigators, who will receive the material gathered in Danish waters.

The Kremlin was quick to react.
Kremlin spokesman Dmitry Peskov on Monday called the situation "almost absurd," saying the Nordic countries had refused to let Russia take part and were now dropping their cases without naming anyone.
He said Moscow would insist that Germany share its findings.
Russia's UN mission said on Monday it had requested a Security Council meeting on the issue, which diplomats expect to take place next month.

For the gas market, the fate of the pipelines matters more than the identity of the culprits.
Three of the four strings of Nord Stream 1 and 2 were ruptured; one string of Nord Stream 2 remains intact but has never carried commercial volumes.
Deputy Prime Minister Alexander Novak said last week that Gazprom stood ready to resume supplies to Germany through the intact string at short notice.
Berlin has ruled that out: an Economy Ministry spokeswoman said on Monday that Germany had "no intention" of importing Russian pipeline gas again.
Front-month Dutch TTF gas traded around EUR24/MWh on Tuesday, almost 90% below its August 2022 peak, with EU storage sites currently about 64% full.

The closures came days after the EU adopted its 13th sanctions package against Russia on Friday, adding nearly 200 companies and individuals but sparing Russian LNG.
Washington imposed more than 500 new sanctions the same day, citing the war and the death of opposition politician Alexei Navalny in an Arctic prison on Feb. 16.
Nord Stream AG, the Swiss-registered operator majority-owned by Gazprom, is meanwhile pursuing its insurers in London's High Court over the damage.
"A decision on whether to repair or mothball the lines is unlikely before the German probe concludes, and nobody expects that this year," a Berlin-based analyst told Energy Intelligence.
"""

# ---------------------------------------------------------------- b123en04 (New Eastern Europe)
EN04 = """
"Apologise and keep quiet": Tusk's Nord Stream retort tests the Warsaw-Berlin thaw

Poland and Germany had spent the summer repairing their relationship.
At government consultations in Warsaw on July 2, Prime Minister Donald Tusk and Chancellor Olaf Scholz agreed on closer defence cooperation, and Berlin promised support for surviving victims of the German occupation.
Since last week, the Nord Stream affair has put that thaw to the test.

Last Wednesday, German media reported that the federal prosecutor had obtained an arrest warrant in June for a Ukrainian diving instructor, Volodymyr Z., suspected of helping to plant the explosives in September 2022.
The warrant was sent to Poland, where the man lived, but he crossed into Ukraine in early July before he could be detained.
Polish prosecutors said the same day that the German side had failed to enter him into the Schengen database, so border guards had no grounds to stop him.

On Saturday, Tusk weighed in on X: "To all initiators and patrons of Nord Stream 1 and 2. The only thing you should do today about it is apologise and keep quiet."
The message was widely read in Berlin as aimed at the German politicians who had backed the pipelines for years against the warnings of Poland and the Baltic states.
The German government avoided a public row.
A spokesman said on Monday that cooperation with Warsaw on the case was "close and trusting" and that Germany would not comment on an ongoing investigation.

Moscow was quick to exploit the episode.
Foreign Ministry spokeswoman Maria Zakharova said on Sunday that Tusk's post amounted to "a confession" and accused Warsaw of sheltering a terrorist.
Kremlin spokesman Dmitry Peskov demanded on Monday that Germany and Poland "tell the whole truth" and let Russia join the investigation.

The timing is awkward for Kyiv, whose troops crossed into Russia's Kursk region on Aug. 6 and which is lobbying Berlin not to cut military aid in the 2025 budget.
For Tusk, the words play well at home, where the opposition Law and Justice party has long accused him of being soft on Germany.
Foreign Minister Radoslaw Sikorski is due in Berlin next month for talks with his German counterpart, Annalena Baerbock, and the case is certain to be on the table.
"""

# ---------------------------------------------------------------- b123en05 (STV News, live blog)
EN05 = """
Live: Polish court refuses to hand Nord Stream suspect to Germany

08:47 - A court in Warsaw has refused to extradite Ukrainian diving instructor Volodymyr Z., who is wanted by Germany over the 2022 Nord Stream sabotage, and ordered his release from custody.
The judge said the acts he is accused of, if committed, took place during a defensive war and could not be treated as sabotage.
Z. was arrested near Warsaw at the end of September on a European arrest warrant issued in Germany.

09:30 - Prime Minister Donald Tusk welcomed the ruling on X, writing: "The case is closed."
Earlier this month Tusk had said it was not in Poland's interest to charge the man or hand him over to another country.

10:05 - A German government spokesman said Berlin found the decision "regrettable" but respected the independence of Polish courts.
The federal prosecutor's office in Karlsruhe said it would examine further legal options.

10:40 - Italy's Court of Cassation on Wednesday annulled a Bologna court's decision to extradite a second suspect, Serhii K., and ordered a new hearing.
K. was arrested near Rimini in August on a German warrant, and his lawyer says he is on hunger strike.

11:20 - Russia's Foreign Ministry spokeswoman Maria Zakharova accused Poland of "openly protecting terrorists" and said Europe "does not want the truth."
Kremlin spokesman Dmitry Peskov again called for an international investigation under UN auspices.
Russia's deputy UN ambassador Dmitry Polyanskiy said Moscow would request a Security Council meeting in the coming days.

12:15 - Ukraine's foreign ministry welcomed the decision and thanked Poland for its "principled position."

12:40 - Tusk and German Chancellor Friedrich Merz will both attend the EU summit in Brussels next Thursday, and a Polish official said the two leaders could discuss the case on the sidelines.

13:02 - The ruling comes on the day President Volodymyr Zelensky meets Donald Trump at the White House, at 6pm UK time.
Zelensky is expected to ask for Tomahawk cruise missiles.
On Thursday, Trump and Vladimir Putin spoke by phone for more than two hours and agreed to meet in Budapest.
Trump said the summit could happen within two weeks.
"""

# ---------------------------------------------------------------- b123en06 (Security Council Report, What's in Blue)
EN06 = """
Ukraine/Russia: Briefing on the Nord Stream Investigations

Tomorrow afternoon (10 December), the Security Council will hold a briefing on the Nord Stream pipeline explosions of September 2022.
Russia requested the meeting in a letter to the Council president dated 8 December, citing "new facts" from the German and Polish court proceedings.
Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo is the anticipated briefer.

Three of the four strings of Nord Stream 1 and 2 were ruptured by underwater explosions on 26 September 2022.
Sweden and Denmark closed their investigations in February 2024, leaving the German Federal Prosecutor as the only authority still pursuing the case.
On 27 November, Italy extradited Ukrainian national Serhii K. to Germany, where he is in pre-trial detention.
On 17 October, a Warsaw court refused Germany's request to extradite a second suspect, Volodymyr Z.
In March 2023, a Russian draft resolution asking the Secretary-General to set up an international commission of inquiry received only three votes in favour.
Most recently, in September, Russia used an open debate on Ukraine to call again for an inquiry under the Secretary-General's authority.

A key issue for members is whether the Council has any role in a matter under active criminal investigation in a member state.
Russia has told members that it may circulate a new draft resolution in January.

Germany, which is not a Council member, wrote to the Council on 5 December to reject "any attempt to interfere" in proceedings before its courts.
Ukraine's Permanent Representative, Andriy Melnyk, is expected to participate under rule 37 and has called the meeting "a propaganda exercise."
Denmark, an elected member until the end of 2026, is likely to recall that its police found no basis for a case under Danish law.
The US position is less predictable, as Washington's attention is on its peace plan.
Special Envoy Steve Witkoff met President Vladimir Putin in Moscow on 2 December for about five hours, and US and Ukrainian negotiators continued their talks in Florida over the weekend.
Secretary-General António Guterres has said that the UN has no mandate to investigate without a decision by a competent body.
"""


LIVE = "live-blog time (BST)"


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b123en01_sweden_explosives_found_2022_11", "2022-11-18", EN01,
        [
            T("Friday", "DATE", "2022-11-18", 0),
            T("Sept. 26", "DATE", "2022-09-26"),
            T("Friday", "DATE", "2022-11-18", 1),
            T("Friday evening", "TIME", "2022-11-18TEV"),
            T("Earlier this month", "DATE", "2022-11"),
            T("last month", "DATE", "2022-10", 0),
            T("Oct. 10", "DATE", "2022-10-10"),
            T("Oct. 27", "DATE", "2022-10-27"),
            T("last month", "DATE", "2022-10", 1),
            T("October", "DATE", "2022-10"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Sept. 30", "DATE", "2022-09-30"),
            T("the end of August", "DATE", "2022-08", mod="END"),
        ],
        [
            E("Peskov demands that the Swedish findings be shared with Russia", "REQUEST", ["Dmitry Peskov"],
              "2022-11-18", "text", "occurred", "Peskov said on Friday that the findings",
              note="Sweden is not canonical"),
            E("Zakharova accuses Stockholm, Copenhagen and Berlin of hiding the traces of the perpetrators",
              "ACCUSE", ["Maria Zakharova", "Germany"], "2022-11-18TEV", "text", "occurred",
              "Zakharova accused Stockholm"),
            E("Russia summons the German, Danish and Swedish ambassadors", "ACCUSE", ["Russia", "Germany"], "2022-11",
              "text", "occurred", "summoned the ambassadors"),
            E("Sweden refuses to share its findings with Moscow", "REJECT", ["Russia"], "2022-10", "text",
              "occurred", "Sweden said last month"),
            E("Putin says the US benefits from the blasts, calling them international terrorism", "ACCUSE",
              ["Vladimir Putin", "United States"], "2022-10-27", "text", "occurred", "At a forum in Moscow"),
            E("White House rejects the claims as preposterous", "REJECT", ["White House", "Vladimir Putin"],
              "2022-10", "text", "occurred", "The White House rejected"),
            E("NATO doubles its naval presence in the Baltic and North seas", "MOBILIZE", ["NATO"], "2022-10",
              "text", "occurred", "NATO said in October"),
            E("Russia to raise the issue again at the Security Council", "REQUEST", ["Russia", "United Nations"],
              "FUTURE_REF", "vague", "planned", "Russia said it would raise"),
            E("Security Council discusses the leaks at Moscow's request", "CONSULT", ["United Nations", "Russia"],
              "2022-09-30", "text", "occurred", "The council discussed the leaks"),
            E("Gazprom halts flows through Nord Stream 1 to Germany", "SANCTION", ["Russia", "Germany"], "2022-08",
              "text", "occurred", "Gazprom had already halted", date_mod="END"),
        ],
        [
            S("Dmitry Peskov", "The findings must be shared with Russia", "2022-11-18", "text",
              "Peskov said on Friday that the findings"),
            S("Dmitry Peskov", "We are being kept in the dark", "2022-11-18", "context", "kept in the dark"),
            S("Maria Zakharova", "Stockholm, Copenhagen and Berlin are hiding the traces of the real perpetrators",
              "2022-11-18TEV", "text", "Zakharova accused Stockholm"),
            S("Germany", "Berlin is in close contact with Swedish and Danish authorities", "2022-11-18", "published",
              "The German Interior Ministry said"),
            S("Vladimir Putin", "The US stood to benefit most from the blasts, an act of international terrorism",
              "2022-10-27", "text", "At a forum in Moscow"),
            S("White House", "The claims are preposterous", "2022-10", "text", "The White House rejected"),
            S("Jens Stoltenberg", "We will protect our critical infrastructure", "2022-10", "context",
              "We will protect our critical infrastructure"),
            S("Russia", "Russia will raise the issue again at the Security Council", "2022-11-18", "published",
              "Russia said it would raise"),
        ],
        ["Kremlin", "Dmitry Peskov", "Russia", "Maria Zakharova", "Germany", "Vladimir Putin", "United States",
         "White House", "NATO", "Jens Stoltenberg", "United Nations"],
    ),
    doc(
        "b123en02_explainer_dutch_warning_2023_06", "2023-06-07", EN02,
        [
            T("Eight months", "DURATION", "P8M"),
            T("Tuesday", "DATE", "2023-06-06", 0),
            T("June 2022", "DATE", "2022-06", 0),
            T("three months", "DURATION", "P3M"),
            T("June 2022", "DATE", "2022-06", 1),
            T("Monday", "DATE", "2023-06-05"),
            T("Tuesday", "DATE", "2023-06-06", 1),
            T("Wednesday", "DATE", "2023-06-07"),
            T("Tuesday", "DATE", "2023-06-06", 2),
            T("March", "DATE", "2023-03", 0),
            T("January", "DATE", "2023-01"),
            T("late March", "DATE", "2023-03", mod="END"),
            T("now", "DATE", "PRESENT_REF"),
            T("Tuesday", "DATE", "2023-06-06", 3),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2023-06-06", 4),
            T("the moment", "DATE", "PRESENT_REF"),
        ],
        [
            E("CIA passes the Dutch warning on to Germany", "COOPERATE", ["United States", "Germany"], "2022-06",
              "text", "uncertain", "passed the warning on"),
            E("US officials urge Kyiv not to go ahead with the attack", "REQUEST", ["United States", "Ukraine"],
              "2022-06", "context", "uncertain", "urged Kyiv at the time"),
            E("Zelensky denies he would have ordered such an attack", "REJECT", ["Volodymyr Zelensky"], "2023-06-05",
              "text", "occurred", "told the German tabloid Bild"),
            E("Peskov says Washington knew everything", "ACCUSE", ["Dmitry Peskov", "United States"], "2023-06-06",
              "text", "occurred", "Peskov said on Tuesday"),
            E("Peskov demands that the US explain its role", "REQUEST", ["Dmitry Peskov", "United States"],
              "2023-06-06", "text", "occurred", "Peskov said on Tuesday"),
            E("Zakharova calls the story a cover-up to shield Washington", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-06-07", "text", "occurred", "a cover-up operation"),
            E("White House urges patience with the European investigations", "REQUEST", ["White House"],
              "2023-06-06", "text", "occurred", "urged patience"),
            E("Russia's draft resolution for a UN-led inquiry", "REQUEST", ["Russia", "United Nations"], "2023-03",
              "text", "occurred", "draft resolution at the Security Council", date_mod="END"),
            E("Security Council rejects Russia's draft (three votes in favour)", "REJECT",
              ["United Nations", "Russia"], "2023-03", "text", "occurred", "draft resolution at the Security Council",
              date_mod="END"),
            E("Kyiv blames Moscow for the destruction of the Kakhovka dam", "ACCUSE", ["Ukraine", "Russia"],
              "2023-06-06", "context", "occurred", "Kakhovka dam"),
            E("Moscow blames Kyiv for the destruction of the Kakhovka dam", "ACCUSE", ["Russia", "Ukraine"],
              "2023-06-06", "context", "occurred", "Kakhovka dam"),
            E("Ukrainian counteroffensive expected to begin", "ASSAULT", ["Ukraine", "Russia"], "FUTURE_REF",
              "vague", "planned", "long-awaited counteroffensive"),
            E("Berlin: the reports will not change its support for Kyiv", "AGREE", ["Germany", "Ukraine"],
              "2023-06-06", "text", "occurred", "Berlin, for its part"),
        ],
        [
            S("Volodymyr Zelensky", "He would never have ordered such an attack", "2023-06-05", "text",
              "told the German tabloid Bild"),
            S("Volodymyr Zelensky", "I am the president, and I give orders accordingly", "2023-06-05", "context",
              "I am the president"),
            S("Dmitry Peskov", "The report shows Washington knew everything; the US must explain its role",
              "2023-06-06", "text", "Peskov said on Tuesday"),
            S("Maria Zakharova", "The story is a cover-up operation to shield Washington", "2023-06-07", "text",
              "a cover-up operation"),
            S("White House", "Kirby: no comment on leaked documents; patience with the European investigations",
              "2023-06-06", "text", "urged patience"),
            S("Germany", "Pistorius: it could be a false flag operation to blame Ukraine", "2023-03", "context",
              "false flag"),
            S("Germany", "The reports will not change German support for Kyiv", "2023-06-06", "text",
              "Berlin, for its part"),
        ],
        ["United States", "Ukraine", "Germany", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "White House", "United Nations", "Russia"],
    ),
    doc(
        "b123en03_denmark_closes_probe_2024_02", "2024-02-27", EN03,
        [
            T("Monday", "DATE", "2024-02-26", 0),
            T("September 2022", "DATE", "2022-09"),
            T("Feb. 7", "DATE", "2024-02-07"),
            T("Monday", "DATE", "2024-02-26", 1),
            T("now", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2024-02-26", 2),
            T("next month", "DATE", "2024-03"),
            T("last week", "DATE", "2024-W08"),
            T("Monday", "DATE", "2024-02-26", 3),
            T("Tuesday", "DATE", "2024-02-27"),
            T("August 2022", "DATE", "2022-08"),
            T("currently", "DATE", "PRESENT_REF"),
            T("days", "DURATION", "PXD"),
            T("Friday", "DATE", "2024-02-23"),
            T("the same day", "DATE", "2024-02-23"),
            T("Feb. 16", "DATE", "2024-02-16"),
            T("this year", "DATE", "2024"),
        ],
        [
            E("Danish police worked with the German investigators, who will receive the material", "COOPERATE",
              ["Germany"], "2024-02-26", "context", "occurred", "worked closely with the German investigators",
              note="Denmark is not canonical"),
            E("Peskov calls the situation almost absurd", "ACCUSE", ["Dmitry Peskov"], "2024-02-26", "text",
              "occurred", "almost absurd"),
            E("Peskov: Moscow will insist that Germany share its findings", "REQUEST", ["Dmitry Peskov", "Germany"],
              "2024-02-26", "context", "occurred", "He said Moscow would insist"),
            E("Russia requests a Security Council meeting on Nord Stream", "REQUEST", ["Russia", "United Nations"],
              "2024-02-26", "context", "occurred", "Russia's UN mission said on Monday"),
            E("Security Council meeting on Nord Stream expected", "CONSULT", ["United Nations", "Russia"], "2024-03",
              "text", "planned", "Russia's UN mission said on Monday"),
            E("Novak offers gas to Germany through the intact Nord Stream 2 string", "REQUEST", ["Russia", "Germany"],
              "2024-W08", "text", "occurred", "Novak said last week"),
            E("Germany rules out importing Russian pipeline gas again", "REJECT", ["Germany", "Russia"], "2024-02-26",
              "text", "occurred", "Berlin has ruled that out"),
            E("EU adopts its 13th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2024-02-23", "text", "occurred", "13th sanctions package"),
            E("US imposes more than 500 new sanctions on Russia", "SANCTION", ["United States", "Russia"],
              "2024-02-23", "text", "occurred", "Washington imposed more than 500"),
        ],
        [
            S("Dmitry Peskov", "The situation is almost absurd: the Nordic countries kept Russia out and now drop "
              "their cases", "2024-02-26", "text", "almost absurd"),
            S("Dmitry Peskov", "Moscow will insist that Germany share its findings", "2024-02-26", "context",
              "He said Moscow would insist"),
            S("Russia", "UN mission has requested a Security Council meeting on Nord Stream", "2024-02-26", "text",
              "Russia's UN mission said on Monday"),
            S("Russia", "Novak: Gazprom is ready to resume supplies to Germany through the intact string",
              "2024-W08", "text", "Novak said last week"),
            S("Germany", "Economy ministry: no intention of importing Russian pipeline gas again", "2024-02-26",
              "text", "Berlin has ruled that out"),
        ],
        ["Germany", "Kremlin", "Dmitry Peskov", "Russia", "United Nations", "European Union", "United States"],
    ),
    doc(
        "b123en04_tusk_retort_warsaw_berlin_2024_08", "2024-08-20", EN04,
        [
            T("the summer", "DATE", "2024-SU"),
            T("July 2", "DATE", "2024-07-02"),
            T("last week", "DATE", "2024-W33"),
            T("Last Wednesday", "DATE", "2024-08-14"),
            T("June", "DATE", "2024-06"),
            T("September 2022", "DATE", "2022-09"),
            T("early July", "DATE", "2024-07", mod="START"),
            T("the same day", "DATE", "2024-08-14"),
            T("Saturday", "DATE", "2024-08-17"),
            T("today", "DATE", "2024-08-17", note="in Tusk's post of Saturday 17 August"),
            T("years", "DURATION", "PXY"),
            T("Monday", "DATE", "2024-08-19", 0),
            T("Sunday", "DATE", "2024-08-18"),
            T("Monday", "DATE", "2024-08-19", 1),
            T("Aug. 6", "DATE", "2024-08-06"),
            T("2025", "DATE", "2025"),
            T("next month", "DATE", "2024-09"),
        ],
        [
            E("German-Polish government consultations in Warsaw", "CONSULT", ["Donald Tusk", "Olaf Scholz"],
              "2024-07-02", "text", "occurred", "At government consultations in Warsaw"),
            E("Tusk and Scholz agree on closer defence cooperation", "AGREE", ["Donald Tusk", "Olaf Scholz"],
              "2024-07-02", "text", "occurred", "At government consultations in Warsaw"),
            E("Berlin promises support for surviving victims of the German occupation", "AGREE",
              ["Germany", "Poland"], "2024-07-02", "text", "occurred", "At government consultations in Warsaw"),
            E("German arrest warrant for Volodymyr Z. sent to Poland", "REQUEST", ["Germany", "Poland"], "2024-06",
              "context", "occurred", "The warrant was sent to Poland"),
            E("Polish prosecutors blame the German side for the missing Schengen alert", "ACCUSE",
              ["Poland", "Germany"], "2024-08-14", "text", "occurred", "Polish prosecutors said the same day"),
            E("Tusk tells the patrons of Nord Stream to apologise and keep quiet", "ACCUSE", ["Donald Tusk", "Germany"],
              "2024-08-17", "text", "occurred", "Tusk weighed in on X"),
            E("Zakharova accuses Warsaw of sheltering a terrorist", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2024-08-18", "text", "occurred", "Zakharova said on Sunday"),
            E("Peskov demands that Germany and Poland tell the whole truth and let Russia join the investigation",
              "REQUEST", ["Dmitry Peskov", "Germany", "Poland"], "2024-08-19", "text", "occurred",
              "Peskov demanded on Monday"),
            E("Ukrainian troops cross into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06",
              "text", "occurred", "Kursk region", date_mod="START"),
            E("Kyiv lobbies Berlin not to cut military aid", "REQUEST", ["Ukraine", "Germany"], "2024-08-20",
              "published", "occurred", "Kursk region"),
            E("Sikorski to hold talks with Baerbock in Berlin", "CONSULT", ["Poland", "Germany"], "2024-09", "text",
              "planned", "Sikorski is due in Berlin"),
        ],
        [
            S("Poland", "Prosecutors: the German side failed to enter Z. into the Schengen database", "2024-08-14",
              "text", "Polish prosecutors said the same day"),
            S("Donald Tusk", "The initiators and patrons of Nord Stream should apologise and keep quiet",
              "2024-08-17", "text", "Tusk weighed in on X"),
            S("Germany", "Cooperation with Warsaw is close and trusting; no comment on an ongoing investigation",
              "2024-08-19", "text", "A spokesman said on Monday"),
            S("Maria Zakharova", "Tusk's post amounts to a confession; Warsaw shelters a terrorist", "2024-08-18",
              "text", "Zakharova said on Sunday"),
            S("Dmitry Peskov", "Germany and Poland must tell the whole truth and let Russia join the investigation",
              "2024-08-19", "text", "Peskov demanded on Monday"),
        ],
        ["Poland", "Germany", "Donald Tusk", "Olaf Scholz", "Ukraine", "Russia", "Maria Zakharova", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b123en05_live_poland_refuses_extradition_2025_10", "2025-10-17", EN05,
        [
            T("08:47", "TIME", "2025-10-17T08:47", note=LIVE),
            T("2022", "DATE", "2022"),
            T("the end of September", "DATE", "2025-09", mod="END"),
            T("09:30", "TIME", "2025-10-17T09:30", note=LIVE),
            T("Earlier this month", "DATE", "2025-10"),
            T("10:05", "TIME", "2025-10-17T10:05", note=LIVE),
            T("10:40", "TIME", "2025-10-17T10:40", note=LIVE),
            T("Wednesday", "DATE", "2025-10-15"),
            T("August", "DATE", "2025-08"),
            T("11:20", "TIME", "2025-10-17T11:20", note=LIVE),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("12:15", "TIME", "2025-10-17T12:15", note=LIVE),
            T("12:40", "TIME", "2025-10-17T12:40", note=LIVE),
            T("next Thursday", "DATE", "2025-10-23"),
            T("13:02", "TIME", "2025-10-17T13:02", note=LIVE),
            T("6pm UK time", "TIME", "2025-10-17T18:00", note="UK time (BST)"),
            T("Thursday", "DATE", "2025-10-16", 1),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("two weeks", "DURATION", "P2W"),
        ],
        [
            E("Warsaw court refuses to extradite Volodymyr Z. to Germany", "REJECT", ["Poland", "Germany"],
              "2025-10-17", "published", "occurred", "A court in Warsaw has refused"),
            E("Volodymyr Z. arrested near Warsaw on a German warrant", "COERCE", ["Poland", "Ukraine"], "2025-09",
              "text", "occurred", "Z. was arrested near Warsaw", date_mod="END"),
            E("Tusk: not in Poland's interest to hand the man over to another country", "REJECT",
              ["Donald Tusk", "Germany"], "2025-10", "text", "occurred", "Earlier this month Tusk had said"),
            E("Berlin calls the decision regrettable", "ACCUSE", ["Germany", "Poland"], "2025-10-17", "published",
              "occurred", "regrettable"),
            E("Serhii K. arrested near Rimini on a German warrant", "COERCE", ["Germany", "Ukraine"], "2025-08",
              "text", "occurred", "K. was arrested near Rimini", note="arrested by Italy, which is not canonical"),
            E("Zakharova accuses Poland of openly protecting terrorists", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2025-10-17", "published", "occurred", "openly protecting terrorists"),
            E("Peskov calls for an international investigation under UN auspices", "REQUEST",
              ["Dmitry Peskov", "United Nations"], "2025-10-17", "published", "occurred", "under UN auspices"),
            E("Russia to request a Security Council meeting", "REQUEST", ["Russia", "United Nations"], "FUTURE_REF",
              "vague", "planned", "Polyanskiy said"),
            E("Ukraine welcomes the decision and thanks Poland", "SUPPORT", ["Ukraine", "Poland"], "2025-10-17",
              "published", "occurred", "principled position"),
            E("EU summit in Brussels attended by Tusk and Merz", "CONSULT",
              ["European Union", "Donald Tusk", "Friedrich Merz"], "2025-10-23", "text", "planned",
              "will both attend the EU summit"),
            E("Possible Tusk–Merz talk on the case on the sidelines of the summit", "CONSULT",
              ["Donald Tusk", "Friedrich Merz"], "2025-10-23", "context", "uncertain", "will both attend the EU summit"),
            E("Zelensky meets Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17T18:00", "text", "planned", "meets Donald Trump at the White House"),
            E("Zelensky expected to ask Trump for Tomahawk missiles", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-10-17", "context", "planned", "Tomahawk"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10-16", "text",
              "occurred", "spoke by phone"),
            E("Trump and Putin agree to meet in Budapest", "AGREE", ["Donald Trump", "Vladimir Putin"], "2025-10-16",
              "text", "occurred", "spoke by phone"),
        ],
        [
            S("Poland", "The judge: the acts took place during a defensive war and cannot be treated as sabotage",
              "2025-10-17", "published", "The judge said"),
            S("Donald Tusk", "The case is closed", "2025-10-17", "published", "The case is closed"),
            S("Donald Tusk", "Not in Poland's interest to charge the man or hand him over", "2025-10", "text",
              "Earlier this month Tusk had said"),
            S("Germany", "The decision is regrettable, but Berlin respects the independence of Polish courts",
              "2025-10-17", "published", "regrettable"),
            S("Maria Zakharova", "Poland openly protects terrorists; Europe does not want the truth", "2025-10-17",
              "published", "openly protecting terrorists"),
            S("Dmitry Peskov", "Calls again for an international investigation under UN auspices", "2025-10-17",
              "published", "under UN auspices"),
            S("Russia", "Polyanskiy: Moscow will request a Security Council meeting in the coming days", "2025-10-17",
              "published", "Polyanskiy said"),
            S("Ukraine", "Foreign ministry welcomes the decision and thanks Poland", "2025-10-17", "published",
              "principled position"),
            S("Poland", "An official: Tusk and Merz could discuss the case on the sidelines of the EU summit",
              "2025-10-17", "published", "will both attend the EU summit"),
            S("Donald Trump", "The summit with Putin could happen within two weeks", "2025-10-16", "context",
              "Trump said the summit"),
        ],
        ["Poland", "Germany", "Ukraine", "Donald Tusk", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "United Nations", "Friedrich Merz", "European Union", "Volodymyr Zelensky", "Donald Trump",
         "Vladimir Putin"],
    ),
    doc(
        "b123en06_security_council_briefing_2025_12", "2025-12-09", EN06,
        [
            T("Tomorrow afternoon", "TIME", "2025-12-10TAF"),
            T("10 December", "DATE", "2025-12-10"),
            T("September 2022", "DATE", "2022-09", 0),
            T("8 December", "DATE", "2025-12-08"),
            T("26 September 2022", "DATE", "2022-09-26"),
            T("February 2024", "DATE", "2024-02"),
            T("27 November", "DATE", "2025-11-27"),
            T("17 October", "DATE", "2025-10-17"),
            T("March 2023", "DATE", "2023-03"),
            T("Most recently", "DATE", "PAST_REF"),
            T("September", "DATE", "2025-09", 2),
            T("January", "DATE", "2026-01"),
            T("5 December", "DATE", "2025-12-05"),
            T("the end of 2026", "DATE", "2026", mod="END"),
            T("2 December", "DATE", "2025-12-02"),
            T("about five hours", "DURATION", "PT5H", mod="APPROX"),
            T("the weekend", "DATE", "2025-W49-WE"),
        ],
        [
            E("Security Council briefing on the Nord Stream explosions", "CONSULT", ["United Nations", "Russia"],
              "2025-12-10TAF", "text", "planned", "Tomorrow afternoon"),
            E("Russia requests the meeting by letter", "REQUEST", ["Russia", "United Nations"], "2025-12-08", "text",
              "occurred", "Russia requested the meeting"),
            E("Serhii K. extradited to Germany and held in pre-trial detention", "COERCE", ["Germany", "Ukraine"],
              "2025-11-27", "text", "occurred", "Italy extradited",
              note="extradited by Italy, which is not canonical"),
            E("Warsaw court refuses Germany's extradition request for Volodymyr Z.", "REJECT", ["Poland", "Germany"],
              "2025-10-17", "text", "occurred", "a Warsaw court refused"),
            E("Russia's draft resolution on a commission of inquiry", "REQUEST", ["Russia", "United Nations"],
              "2023-03", "text", "occurred", "In March 2023"),
            E("Security Council rejects Russia's draft (three votes in favour)", "REJECT", ["United Nations", "Russia"],
              "2023-03", "text", "occurred", "In March 2023"),
            E("Russia calls again for an inquiry in an open debate on Ukraine", "REQUEST", ["Russia", "United Nations"],
              "2025-09", "text", "occurred", "Most recently"),
            E("Russia may circulate a new draft resolution", "REQUEST", ["Russia", "United Nations"], "2026-01", "text",
              "uncertain", "may circulate a new draft"),
            E("Germany rejects any attempt to interfere in proceedings before its courts", "REJECT",
              ["Germany", "Russia"], "2025-12-05", "text", "occurred", "which is not a Council member"),
            E("Melnyk calls the meeting a propaganda exercise", "ACCUSE", ["Ukraine", "Russia"], "2025-12-09",
              "published", "occurred", "Andriy Melnyk"),
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-12-02", "text",
              "occurred", "Witkoff met President Vladimir Putin"),
            E("US and Ukrainian negotiators continue talks in Florida", "CONSULT", ["United States", "Ukraine"],
              "2025-W49-WE", "text", "occurred", "Witkoff met President Vladimir Putin"),
        ],
        [
            S("Russia", "Requests the meeting, citing new facts from the German and Polish proceedings", "2025-12-08",
              "text", "Russia requested the meeting"),
            S("Germany", "Rejects any attempt to interfere in proceedings before its courts", "2025-12-05", "text",
              "which is not a Council member"),
            S("Ukraine", "Melnyk calls the meeting a propaganda exercise", "2025-12-09", "published",
              "Andriy Melnyk"),
            S("António Guterres", "The UN has no mandate to investigate without a decision by a competent body",
              "2025-12-09", "published", "António Guterres has said"),
        ],
        ["United Nations", "Russia", "Germany", "Ukraine", "Poland", "United States", "Steve Witkoff",
         "Vladimir Putin", "António Guterres"],
    ),
]
