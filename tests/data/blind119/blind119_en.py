"""English articles of the blind119 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b119en01 (Chicago Sun-Times, wire copy)
EN01 = """
Blinken, Lavrov trade charges at UN as votes begin in occupied Ukraine

UNITED NATIONS — Secretary of State Antony Blinken accused Russia on Thursday of "shredding" the international order, as the U.N. Security Council met while world leaders gathered in New York for the General Assembly.
"President Vladimir Putin has chosen to add fuel to the fire he started," Blinken told the 15-member council, which met at the level of foreign ministers.
The session, chaired by French Foreign Minister Catherine Colonna, was called to discuss accountability for atrocities committed in Ukraine.

Russian Foreign Minister Sergey Lavrov arrived about 90 minutes after the session began, spoke for roughly 20 minutes and left without listening to any other speaker.
Lavrov accused Kyiv of shelling civilians in the Donbas and said the West was "fueling" the war by pouring weapons into Ukraine.
Ukrainian Foreign Minister Dmytro Kuleba later told reporters that Russian diplomats "run away just like Russian soldiers."

U.N. Secretary-General António Guterres, who opened the meeting, said talk of nuclear conflict was "totally unacceptable."
China's Foreign Minister Wang Yi called for talks "without preconditions" and said Beijing's position was "objective and impartial."
British Foreign Secretary James Cleverly said the referendums Russia planned to stage were "a sham" whose results had been "decided in advance."

The meeting came a day after Putin ordered the call-up of 300,000 reservists and warned the West that he was "not bluffing" about using all means to defend Russian territory.
On Friday, Moscow-installed officials in four occupied regions of Ukraine began referendums on joining Russia, which Kyiv and its allies have dismissed as a sham.
Voting is to run until Tuesday, with election officials carrying ballot boxes door to door for the first four days, the Russian-backed authorities said.
Blinken said the United States would "never" recognize the annexation of Ukrainian territory and would impose further costs on Russia if it went ahead.

Sen. Dick Durbin, D-Ill., co-chair of the Senate Ukraine Caucus, said he would push for a resolution condemning the referendums next week.
In Chicago's Ukrainian Village, several hundred people rallied Thursday evening outside St. Volodymyr and Olha Church against the votes and the mobilization.
"My aunt in Melitopol was told she would lose her pension if she does not vote," said Oksana Hrytsenko, 41, of Palatine.
"""

COUNCIL = ["United Nations", "France", "Antony Blinken", "Sergey Lavrov", "Ukraine", "United Kingdom", "China",
           "António Guterres"]

DOCS.append(doc(
    "b119en01_blinken_lavrov_security_council_2022_09", "2022-09-23", EN01,
    [
        T("Thursday", "DATE", "2022-09-22"),
        T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
        T("roughly 20 minutes", "DURATION", "PT20M", mod="APPROX"),
        T("Friday", "DATE", "2022-09-23"),
        T("Tuesday", "DATE", "2022-09-27"),
        T("the first four days", "DURATION", "P4D"),
        T("next week", "DATE", "2022-W39"),
        T("Thursday evening", "TIME", "2022-09-22TEV"),
    ],
    [
        E("Blinken accuses Russia of shredding the international order", "ACCUSE", ["Antony Blinken", "Russia"],
          "2022-09-22", "text", "occurred", "of \"shredding\" the international order"),
        E("Security Council meets at foreign-minister level on accountability in Ukraine", "CONSULT", COUNCIL,
          "2022-09-22", "context", "occurred", "chaired by French Foreign Minister Catherine Colonna"),
        E("Lavrov accuses Kyiv of shelling civilians in the Donbas", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2022-09-22", "context", "occurred", "Lavrov accused Kyiv"),
        E("Kuleba mocks Russian diplomats for running away like Russian soldiers", "ACCUSE", ["Ukraine", "Russia"],
          "2022-09-22", "context", "occurred", "run away just like Russian soldiers"),
        E("Guterres warns that talk of nuclear conflict is unacceptable", "REQUEST", ["António Guterres", "Russia"],
          "2022-09-22", "context", "occurred", "totally unacceptable"),
        E("Wang Yi calls for talks without preconditions", "REQUEST", ["China", "Russia", "Ukraine"], "2022-09-22",
          "context", "occurred", "without preconditions"),
        E("Cleverly calls the planned referendums a sham", "ACCUSE", ["United Kingdom", "Russia"], "2022-09-22",
          "context", "occurred", "James Cleverly"),
        E("Putin orders the call-up of 300,000 reservists", "MOBILIZE", ["Vladimir Putin", "Russia"], "2022-09-21",
          "context", "occurred", "call-up of 300,000 reservists",
          note="the day before the Thursday session; partial mobilisation of 21 September 2022"),
        E("Putin warns the West he is not bluffing about using all means", "THREATEN", ["Vladimir Putin"],
          "2022-09-21", "context", "occurred", "call-up of 300,000 reservists"),
        E("Referendums on joining Russia begin in four occupied regions", "COERCE", ["Russia", "Ukraine"],
          "2022-09-23", "text", "occurred", "Moscow-installed officials in four occupied regions",
          note="voting 23-27 September 2022"),
        E("Blinken: the US will never recognise the annexation of Ukrainian territory", "REJECT",
          ["Antony Blinken", "Russia"], "2022-09-22", "context", "occurred", "would \"never\" recognize"),
        E("Blinken threatens further costs on Russia if it goes ahead", "THREATEN", ["Antony Blinken", "Russia"],
          "2022-09-22", "context", "occurred", "would \"never\" recognize"),
        E("Durbin to push for a Senate resolution condemning the referendums", "ACCUSE", ["United States", "Russia"],
          "2022-W39", "text", "planned", "Dick Durbin"),
    ],
    [
        S("Antony Blinken", "Russia is shredding the international order", "2022-09-22", "text",
          "of \"shredding\" the international order"),
        S("Antony Blinken", "Putin has chosen to add fuel to the fire he started", "2022-09-22", "context",
          "add fuel to the fire"),
        S("Sergey Lavrov", "Kyiv shells civilians in the Donbas; the West fuels the war with weapons", "2022-09-22",
          "context", "Lavrov accused Kyiv"),
        S("Ukraine", "Kuleba: Russian diplomats run away just like Russian soldiers", "2022-09-22", "context",
          "run away just like Russian soldiers"),
        S("António Guterres", "Talk of nuclear conflict is totally unacceptable", "2022-09-22", "context",
          "totally unacceptable"),
        S("China", "Wang Yi calls for talks without preconditions; China's position is objective and impartial",
          "2022-09-22", "context", "without preconditions"),
        S("United Kingdom", "Cleverly: the referendums are a sham with results decided in advance", "2022-09-22",
          "context", "James Cleverly"),
        S("Vladimir Putin", "Not bluffing about using all means to defend Russian territory", "2022-09-21",
          "context", "call-up of 300,000 reservists"),
        S("Russia", "Russian-backed authorities: voting until Tuesday, door to door for the first four days",
          "2022-09-23", "published", "Voting is to run until Tuesday"),
        S("Antony Blinken", "The US will never recognise the annexation and will impose further costs on Russia",
          "2022-09-22", "context", "would \"never\" recognize"),
        S("United States", "Durbin will push for a resolution condemning the referendums next week", "2022-09-23",
          "published", "Dick Durbin"),
    ],
    ["Antony Blinken", "Russia", "United Nations", "Vladimir Putin", "France", "Sergey Lavrov", "Ukraine",
     "António Guterres", "China", "United Kingdom", "United States"],
))

# ---------------------------------------------------------------- b119en02 (Caspian News)
EN02 = """
Kazakhstan Will Not Recognize Referendums in Occupied Ukraine, Foreign Ministry Says

Kazakhstan will not recognize the results of the referendums being held in four Russian-occupied regions of Ukraine, the country's Foreign Ministry said on Monday.
Astana proceeds from the principles of territorial integrity of states, their sovereign equality and peaceful coexistence, ministry spokesman Aibek Smadiyarov told reporters.
The position is the same one Kazakhstan took on the self-proclaimed "people's republics" in Donetsk and Luhansk, he added.
President Kassym-Jomart Tokayev said in June, with Vladimir Putin seated next to him at the St. Petersburg International Economic Forum, that his country would not recognize the two entities, calling them "quasi-state territories."

Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow respects the position of its partners but that the referendums reflect the "free will" of the people in the regions.
He said Russia and Kazakhstan remained "allies and strategic partners."

Tokayev on Tuesday ordered his government to take care of the tens of thousands of Russians who have crossed into Kazakhstan since Putin announced a partial mobilization last Wednesday.
"Most of them are forced to leave because of the hopeless situation," Tokayev said at a government meeting.
According to the Interior Ministry, about 98,000 Russian citizens have entered Kazakhstan since Sept. 21.
Long lines have formed at the Kairak and Zhana Zhol border crossings, where some people waited for more than 24 hours.

Ukraine's Foreign Ministry spokesman Oleg Nikolenko welcomed Astana's statement on Monday evening, writing that "no pseudo-referendum will change the status" of the occupied territories.
Turkish President Recep Tayyip Erdogan said last week that the territories Russia has occupied, including Crimea, should be returned to Ukraine.

Voting, which began on Friday, ends on Tuesday, and the Moscow-installed authorities are expected to announce preliminary results on Tuesday evening.
The U.N. Security Council is due to discuss the votes at 3 p.m. New York time on Tuesday at the request of Ukraine, the United States and Albania.
British defense intelligence said Putin could formally announce the annexation in a speech to both houses of parliament as early as Friday.
Kazakhstan, which shares a 7,600-kilometer border with Russia, has also said it will not help Moscow evade Western sanctions.
"""

DOCS.append(doc(
    "b119en02_kazakhstan_no_recognition_referendums_2022_09", "2022-09-27", EN02,
    [
        T("Monday", "DATE", "2022-09-26"),
        T("June", "DATE", "2022-06"),
        T("Tuesday", "DATE", "2022-09-27", 0),
        T("Tuesday", "DATE", "2022-09-27", 1),
        T("last Wednesday", "DATE", "2022-09-21"),
        T("Sept. 21", "DATE", "2022-09-21"),
        T("more than 24 hours", "DURATION", "PT24H", mod="MORE_THAN"),
        T("Monday evening", "TIME", "2022-09-26TEV"),
        T("last week", "DATE", "2022-W38"),
        T("Friday", "DATE", "2022-09-23", 0),
        T("Tuesday", "DATE", "2022-09-27", 2),
        T("Tuesday evening", "TIME", "2022-09-27TEV"),
        T("3 p.m. New York time", "TIME", "2022-09-27T15:00", note="New York time"),
        T("Tuesday", "DATE", "2022-09-27", 4),
        T("Friday", "DATE", "2022-09-30", 1),
    ],
    [
        E("Kazakhstan will not recognise the referendums in occupied Ukraine", "REJECT", ["Russia"], "2022-09-26",
          "text", "occurred", "Kazakhstan will not recognize the results"),
        E("Tokayev refused in June to recognise the Donetsk and Luhansk entities, next to Putin", "REJECT",
          ["Vladimir Putin", "Russia"], "2022-06", "text", "occurred", "quasi-state territories",
          note="St Petersburg International Economic Forum, 17 June 2022"),
        E("Peskov: Russia and Kazakhstan remain allies and strategic partners", "SUPPORT", ["Dmitry Peskov"],
          "2022-09-27", "context", "occurred", "allies and strategic partners"),
        E("Putin announces a partial mobilisation", "MOBILIZE", ["Vladimir Putin", "Russia"], "2022-09-21", "text",
          "occurred", "partial mobilization last Wednesday"),
        E("Ukraine welcomes Kazakhstan's statement", "SUPPORT", ["Ukraine"], "2022-09-26TEV", "text", "occurred",
          "Oleg Nikolenko"),
        E("Kyiv: no pseudo-referendum will change the status of the occupied territories", "REJECT",
          ["Ukraine", "Russia"], "2022-09-26TEV", "context", "occurred", "Oleg Nikolenko"),
        E("Erdoğan: territories occupied by Russia, including Crimea, should be returned to Ukraine", "REQUEST",
          ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-W38", "text", "occurred", "Recep Tayyip Erdogan"),
        E("Referendums in four occupied regions, under way since Friday", "COERCE", ["Russia", "Ukraine"],
          "2022-09-23", "text", "occurred", "Voting, which began on Friday", note="voting 23-27 September 2022"),
        E("Security Council to discuss the votes", "CONSULT", ["United Nations", "Ukraine", "United States"],
          "2022-09-27T15:00", "text", "planned", "is due to discuss the votes"),
        E("Ukraine and the US request a Security Council meeting on the votes", "REQUEST",
          ["Ukraine", "United States", "United Nations"], "2022-09-27", "published", "occurred",
          "is due to discuss the votes"),
        E("Putin could announce the annexation in a speech to parliament on Friday", "COERCE",
          ["Vladimir Putin", "Ukraine"], "2022-09-30", "text", "uncertain", "British defense intelligence"),
        E("Kazakhstan will not help Moscow evade Western sanctions", "REJECT", ["Russia"], "2022-09-27", "published",
          "occurred", "7,600-kilometer border"),
    ],
    [
        S("Dmitry Peskov", "Moscow respects its partners' position but the referendums reflect the free will of the "
          "people", "2022-09-27", "text", "Moscow respects the position of its partners"),
        S("Dmitry Peskov", "Russia and Kazakhstan remain allies and strategic partners", "2022-09-27", "context",
          "allies and strategic partners"),
        S("Ukraine", "Nikolenko welcomes Astana's statement: no pseudo-referendum will change the status of the "
          "occupied territories", "2022-09-26TEV", "text", "Oleg Nikolenko"),
        S("Recep Tayyip Erdoğan", "Territories occupied by Russia, including Crimea, should be returned to Ukraine",
          "2022-W38", "text", "Recep Tayyip Erdogan"),
        S("United Kingdom", "Defence intelligence: Putin could announce the annexation to parliament on Friday",
          "2022-09-27", "published", "British defense intelligence"),
    ],
    ["Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Recep Tayyip Erdoğan", "Turkey",
     "United Nations", "United States", "United Kingdom"],
))

# ---------------------------------------------------------------- b119en03 (Brussels Morning)
EN03 = """
EU Adopts Eighth Sanctions Package in Response to Russia's Sham Referendums

BRUSSELS – The Council of the EU on Thursday formally adopted an eighth package of sanctions against Russia over the illegal annexation of four Ukrainian regions that Vladimir Putin proclaimed last Friday.
EU ambassadors had reached a political agreement on the package on Wednesday after Cyprus, Greece and Malta received assurances on the planned oil price cap.
The measures create the legal basis for a G7 price cap on Russian seaborne oil, extend the import ban on Russian products by an estimated €7 billion and bar EU nationals from sitting on the boards of Russian state-owned companies.
They also list 30 individuals and seven entities, among them officials who organised the votes held from 23 to 27 September in Donetsk, Luhansk, Kherson and Zaporizhzhia.

Commission President Ursula von der Leyen said the package was "a strong answer" to Putin's escalation and to his "illegal" referendums.
High Representative Josep Borrell said the EU would "never recognise" the annexation and would keep up the pressure on Moscow.
Hungarian Prime Minister Viktor Orbán, who said on Wednesday that the sanctions had "backfired" on Europe, did not block the package.

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that the sanctions would not change Russia's course.
Foreign Ministry spokeswoman Maria Zakharova said Russia would respond "in a way that takes our interests into account."

EU leaders are meeting in Prague on Thursday with counterparts from 17 other European countries, including Ukraine and Turkey, at the first summit of the European Political Community, with informal EU talks on energy prices following on Friday.
Borrell told reporters that work on a ninth package could start in the coming weeks if Moscow continued to escalate.
The G7 finance ministers agreed on 2 September to implement the price cap, whose level is still to be set before 5 December, when the EU embargo on Russian seaborne crude takes effect.
Ukraine's Foreign Minister Dmytro Kuleba welcomed the package but urged the EU to go further and stop all imports of Russian energy.
"""

G7 = ["Germany", "United States", "United Kingdom", "France"]

DOCS.append(doc(
    "b119en03_eu_eighth_package_adopted_2022_10", "2022-10-06", EN03,
    [
        T("Thursday", "DATE", "2022-10-06", 0),
        T("last Friday", "DATE", "2022-09-30"),
        T("Wednesday", "DATE", "2022-10-05", 0),
        T("23", "DATE", "2022-09-23"),
        T("27 September", "DATE", "2022-09-27"),
        T("Wednesday", "DATE", "2022-10-05", 1),
        T("Thursday", "DATE", "2022-10-06", 1),
        T("Thursday", "DATE", "2022-10-06", 2),
        T("Friday", "DATE", "2022-10-07", 1),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("2 September", "DATE", "2022-09-02"),
        T("5 December", "DATE", "2022-12-05"),
    ],
    [
        E("EU formally adopts the eighth sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
          "2022-10-06", "text", "occurred", "formally adopted an eighth package"),
        E("Putin proclaims the annexation of four Ukrainian regions", "COERCE", ["Vladimir Putin", "Ukraine"],
          "2022-09-30", "text", "occurred", "formally adopted an eighth package"),
        E("EU ambassadors reach a political agreement on the package", "AGREE", ["European Union"], "2022-10-05",
          "text", "occurred", "political agreement on the package"),
        E("Sham referendums held in four occupied regions", "COERCE", ["Russia", "Ukraine"], "2022-09-23", "text",
          "occurred", "30 individuals and seven entities", note="voting 23-27 September 2022"),
        E("Borrell: the EU will never recognise the annexation", "REJECT", ["European Union", "Russia"], "2022-10-06",
          "context", "occurred", "High Representative Josep Borrell"),
        E("Orbán says the sanctions backfired on Europe", "ACCUSE", ["Viktor Orbán", "European Union"], "2022-10-05",
          "text", "occurred", "backfired"),
        E("Peskov: the sanctions will not change Russia's course", "REJECT", ["Dmitry Peskov", "European Union"],
          "2022-10-06", "text", "occurred", "would not change Russia's course"),
        E("Zakharova announces a Russian response to the sanctions", "THREATEN", ["Maria Zakharova", "European Union"],
          "2022-10-06", "published", "occurred", "takes our interests into account"),
        E("First summit of the European Political Community in Prague", "CONSULT",
          ["European Union", "Ukraine", "Turkey"], "2022-10-06", "text", "occurred", "European Political Community"),
        E("Informal EU summit on energy prices", "CONSULT", ["European Union"], "2022-10-07", "text", "planned",
          "European Political Community"),
        E("Work on a ninth package could start", "SANCTION", ["European Union", "Russia"], "FUTURE_REF", "vague",
          "uncertain", "ninth package"),
        E("G7 finance ministers agree to implement an oil price cap", "AGREE", G7 + ["Russia"], "2022-09-02", "text",
          "occurred", "G7 finance ministers"),
        E("EU embargo on Russian seaborne crude takes effect", "SANCTION", ["European Union", "Russia"], "2022-12-05",
          "text", "planned", "G7 finance ministers"),
        E("Kuleba welcomes the package", "SUPPORT", ["Ukraine", "European Union"], "2022-10-06", "published",
          "occurred", "Dmytro Kuleba welcomed"),
        E("Kuleba urges the EU to stop all Russian energy imports", "REQUEST", ["Ukraine", "European Union"],
          "2022-10-06", "published", "occurred", "Dmytro Kuleba welcomed"),
    ],
    [
        S("Ursula von der Leyen", "The package is a strong answer to Putin's escalation and illegal referendums",
          "2022-10-06", "context", "a strong answer"),
        S("European Union", "Borrell: the EU will never recognise the annexation and will keep up the pressure",
          "2022-10-06", "context", "High Representative Josep Borrell"),
        S("Viktor Orbán", "The sanctions have backfired on Europe", "2022-10-05", "text", "backfired"),
        S("Dmitry Peskov", "The sanctions will not change Russia's course", "2022-10-06", "text",
          "would not change Russia's course"),
        S("Maria Zakharova", "Russia will respond in a way that takes its interests into account", "2022-10-06",
          "published", "takes our interests into account"),
        S("European Union", "Borrell: work on a ninth package could start in the coming weeks", "2022-10-06",
          "published", "ninth package"),
        S("Ukraine", "Kuleba welcomes the package and urges a stop to all Russian energy imports", "2022-10-06",
          "published", "Dmytro Kuleba welcomed"),
    ],
    ["European Union", "Russia", "Vladimir Putin", "Ukraine", "Ursula von der Leyen", "Viktor Orbán", "Kremlin",
     "Dmitry Peskov", "Maria Zakharova", "Turkey", "Germany", "United States", "United Kingdom", "France"],
))

# ---------------------------------------------------------------- b119en04 (The Northern Echo, Darlington)
EN04 = """
UN rejects Russian bid for secret vote on annexations as missiles hit Ukrainian cities

The UN General Assembly has rejected a Russian demand for a secret ballot on a resolution condemning Moscow's attempt to annex four regions of Ukraine.
In a procedural vote on Monday, 107 countries backed a motion by Albania to hold the vote in public, while 13 sided with Russia and 39 abstained.
Russia's ambassador, Vassily Nebenzia, had argued that a recorded vote would expose smaller states to "unprecedented pressure" from Western delegations.
He accused the assembly's leadership of "a disgraceful manipulation" after his appeal was dismissed.

The draft, tabled by Ukraine with the support of EU states, calls on all countries not to recognise the annexation and demands that Russia reverse it immediately.
Britain's ambassador, Dame Barbara Woodward, told the chamber: "Russia cannot be allowed to redraw borders by force."
Ukraine's ambassador, Sergiy Kyslytsya, said the referendums staged at gunpoint last month were "a crime, not a vote."

The debate opened hours after Russia fired more than 80 missiles at Ukrainian cities during the Monday morning rush hour, killing at least 19 people.
Mr Putin called the strikes retaliation for Saturday's explosion on the Kerch bridge to Crimea, which he blamed on Ukraine's special services.
Secretary-General António Guterres was "deeply shocked" by the attacks, his spokesman said.
Prime Minister Liz Truss spoke to President Volodymyr Zelensky on Monday evening and promised further air defence support, Downing Street said.
G7 leaders, including Ms Truss, are to hold an emergency video call with Mr Zelensky on Tuesday afternoon.

The final vote is expected on Wednesday, and diplomats said the resolution could win more support than the 141 votes cast in March to demand Russia's withdrawal.
In Darlington, members of the region's Ukrainian community held a candlelit vigil outside the Dolphin Centre on Monday night.
Sedgefield MP Paul Howell, who attended, said Britain must "stand firm" with Ukraine through the winter.
"""

G7_LEADERS = ["Joe Biden", "Olaf Scholz", "Emmanuel Macron", "United Kingdom"]

DOCS.append(doc(
    "b119en04_un_secret_ballot_rejected_2022_10", "2022-10-11", EN04,
    [
        T("Monday", "DATE", "2022-10-10", 0),
        T("last month", "DATE", "2022-09"),
        T("Monday morning", "TIME", "2022-10-10TMO"),
        T("Saturday", "DATE", "2022-10-08"),
        T("Monday evening", "TIME", "2022-10-10TEV"),
        T("Tuesday afternoon", "TIME", "2022-10-11TAF"),
        T("Wednesday", "DATE", "2022-10-12"),
        T("March", "DATE", "2022-03"),
        T("Monday night", "TIME", "2022-10-10TNI"),
        T("the winter", "DATE", "2022-WI"),
    ],
    [
        E("General Assembly rejects Russia's demand for a secret ballot", "REJECT", ["United Nations", "Russia"],
          "2022-10-10", "text", "occurred", "In a procedural vote on Monday"),
        E("Russia demands a secret ballot on the annexation resolution", "REQUEST", ["Russia", "United Nations"],
          "2022-10-10", "context", "occurred", "unprecedented pressure"),
        E("Nebenzia accuses the assembly's leadership of manipulation", "ACCUSE", ["Russia", "United Nations"],
          "2022-10-10", "context", "occurred", "disgraceful manipulation"),
        E("Ukraine's draft calls for non-recognition and demands that Russia reverse the annexation", "REQUEST",
          ["Ukraine", "European Union", "Russia"], "2022-10-11", "published", "occurred", "The draft, tabled by Ukraine"),
        E("UK: Russia cannot be allowed to redraw borders by force", "REQUEST", ["United Kingdom", "Russia"],
          "2022-10-10", "context", "occurred", "Barbara Woodward"),
        E("Referendums staged at gunpoint in September", "COERCE", ["Russia", "Ukraine"], "2022-09", "text",
          "occurred", "Sergiy Kyslytsya", note="23-27 September 2022"),
        E("Kyslytsya calls the referendums a crime", "ACCUSE", ["Ukraine", "Russia"], "2022-10-10", "context",
          "occurred", "Sergiy Kyslytsya"),
        E("Russia fires more than 80 missiles at Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
          "2022-10-10TMO", "text", "occurred", "more than 80 missiles"),
        E("Explosion on the Kerch bridge, blamed by Putin on Ukraine", "ASSAULT", ["Ukraine", "Russia"], "2022-10-08",
          "text", "occurred", "Kerch bridge", note="the attribution is Putin's"),
        E("Putin blames Ukraine's special services for the bridge blast", "ACCUSE", ["Vladimir Putin", "Ukraine"],
          "2022-10-10", "context", "occurred", "Kerch bridge"),
        E("Guterres deeply shocked by the attacks", "ACCUSE", ["António Guterres", "Russia"], "2022-10-10", "context",
          "occurred", "deeply shocked"),
        E("Truss–Zelensky call", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2022-10-10TEV", "text",
          "occurred", "Liz Truss spoke"),
        E("Truss promises further air-defence support", "AID", ["United Kingdom", "Ukraine"], "2022-10-10TEV",
          "context", "planned", "Liz Truss spoke"),
        E("G7 leaders to hold an emergency video call with Zelensky", "CONSULT", G7_LEADERS + ["Volodymyr Zelensky"],
          "2022-10-11TAF", "text", "planned", "emergency video call"),
        E("General Assembly vote on the annexation resolution expected", "REQUEST", ["United Nations", "Russia"],
          "2022-10-12", "text", "planned", "The final vote is expected"),
        E("The General Assembly demanded Russia's withdrawal in March", "REQUEST", ["United Nations", "Russia"],
          "2022-03", "text", "occurred", "The final vote is expected", note="resolution ES-11/1 of 2 March 2022"),
    ],
    [
        S("Russia", "Nebenzia: a recorded vote would expose smaller states to unprecedented Western pressure",
          "2022-10-10", "context", "unprecedented pressure"),
        S("Russia", "Nebenzia accuses the assembly's leadership of a disgraceful manipulation", "2022-10-10",
          "context", "disgraceful manipulation"),
        S("United Kingdom", "Woodward: Russia cannot be allowed to redraw borders by force", "2022-10-10", "context",
          "Barbara Woodward"),
        S("Ukraine", "Kyslytsya: the referendums staged at gunpoint were a crime, not a vote", "2022-10-10",
          "context", "Sergiy Kyslytsya"),
        S("Vladimir Putin", "The strikes are retaliation for the Kerch bridge blast by Ukraine's special services",
          "2022-10-10", "context", "Kerch bridge"),
        S("António Guterres", "Deeply shocked by the attacks", "2022-10-10", "context", "deeply shocked"),
        S("United Kingdom", "Downing Street: Truss promised Zelensky further air-defence support", "2022-10-10TEV",
          "context", "Liz Truss spoke"),
        S("United Kingdom", "Howell: Britain must stand firm with Ukraine through the winter", "2022-10-11",
          "published", "Paul Howell"),
    ],
    ["United Nations", "Russia", "Ukraine", "European Union", "United Kingdom", "Vladimir Putin", "António Guterres",
     "Volodymyr Zelensky", "Joe Biden", "Olaf Scholz", "Emmanuel Macron"],
))

# ---------------------------------------------------------------- b119en05 (The Star-Ledger, Newark)
EN05 = """
Putin warns West of "tragic" consequences if troops are sent to Ukraine

MOSCOW — Russian President Vladimir Putin warned Western nations on Thursday that sending troops to Ukraine would risk a nuclear conflict, in a combative state-of-the-nation address ahead of a presidential election he is all but certain to win.
Putin said Western countries must understand that "we also have weapons that can hit targets on their territory," and that the threat of a nuclear conflict, "and therefore the destruction of civilization," was real.
He said the consequences of any deployment would be "tragic" for the countries involved.
He accused NATO of preparing strikes deep inside Russia and said Western talk of inflicting a "strategic defeat" on Moscow was a delusion.
The remarks followed French President Emmanuel Macron's statement on Monday that sending Western ground troops to Ukraine could not be "ruled out."

The speech in the Gostiny Dvor exhibition hall near Red Square lasted more than two hours and was broadcast live on national television.
Putin devoted much of the address to domestic spending, promising new programs for families and for veterans of what he calls the "special military operation" over the next six years.
Russians vote from March 15 to March 17, and the Central Election Commission has barred the only anti-war hopeful, Boris Nadezhdin, from the ballot.

The White House called the remarks "irresponsible," and national security spokesman John Kirby said the U.S. had seen no indications that Russia was preparing to use a nuclear weapon.
NATO Secretary General Jens Stoltenberg said on Thursday that the alliance had "no plans" to deploy combat troops to Ukraine.
In Kyiv, presidential adviser Mykhailo Podolyak called the speech "a classic act of nuclear blackmail."
Kremlin spokesman Dmitry Peskov said on Friday that the message had been addressed to "those who need to hear it."

The address came as Alexei Navalny's family prepared for his funeral in Moscow on Friday afternoon.
Navalny died in an Arctic penal colony on Feb. 16.
In Washington, the $95 billion foreign aid package passed by the Senate on Feb. 13, including about $60 billion for Ukraine, remains stalled in the House.
Sen. Cory Booker, D-N.J., on Thursday urged House Speaker Mike Johnson to bring the bill to a vote, saying Putin's speech showed "what is at stake."

In Jersey City, the Ukrainian National Home hosted a fundraiser for drones on Thursday night.
"Every time Putin talks about nukes, our relatives in Kharkiv hear more sirens," said Ihor Dmytrenko, 52, of Bayonne.
"""

DOCS.append(doc(
    "b119en05_putin_address_nuclear_warning_2024_03", "2024-03-01", EN05,
    [
        T("Thursday", "DATE", "2024-02-29", 0),
        T("Monday", "DATE", "2024-02-26"),
        T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
        T("the next six years", "DURATION", "P6Y"),
        T("March 15", "DATE", "2024-03-15"),
        T("March 17", "DATE", "2024-03-17"),
        T("Thursday", "DATE", "2024-02-29", 1),
        T("Friday", "DATE", "2024-03-01", 0),
        T("Friday afternoon", "TIME", "2024-03-01TAF"),
        T("Feb. 16", "DATE", "2024-02-16"),
        T("Feb. 13", "DATE", "2024-02-13"),
        T("Thursday", "DATE", "2024-02-29", 2),
        T("Thursday night", "TIME", "2024-02-29TNI"),
    ],
    [
        E("Putin: Russia has weapons that can hit targets on Western territory; nuclear threat is real", "THREATEN",
          ["Vladimir Putin", "NATO"], "2024-02-29", "context", "occurred", "hit targets on their territory"),
        E("Putin warns that deploying troops to Ukraine would have tragic consequences", "REQUEST",
          ["Vladimir Putin", "NATO", "Emmanuel Macron"], "2024-02-29", "context", "occurred",
          "He said the consequences of any deployment"),
        E("Putin accuses NATO of preparing strikes deep inside Russia", "ACCUSE", ["Vladimir Putin", "NATO"],
          "2024-02-29", "context", "occurred", "strikes deep inside Russia"),
        E("White House calls Putin's remarks irresponsible", "ACCUSE", ["White House", "Vladimir Putin"],
          "2024-02-29", "context", "occurred", "irresponsible"),
        E("Stoltenberg: NATO has no plans to deploy combat troops to Ukraine", "REJECT",
          ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-02-29", "text", "occurred", "no plans"),
        E("Podolyak calls the speech nuclear blackmail", "ACCUSE", ["Ukraine", "Vladimir Putin"], "2024-02-29",
          "context", "occurred", "nuclear blackmail"),
        E("Senate passes the $95 billion aid package including about $60 billion for Ukraine", "AID",
          ["United States", "Ukraine"], "2024-02-13", "text", "occurred", "passed by the Senate"),
    ],
    [
        S("Vladimir Putin", "Russia has weapons that can hit Western territory; the threat of nuclear conflict is "
          "real", "2024-02-29", "context", "hit targets on their territory"),
        S("Vladimir Putin", "Any deployment of troops would have tragic consequences", "2024-02-29", "context",
          "He said the consequences of any deployment"),
        S("Vladimir Putin", "NATO prepares strikes deep inside Russia; talk of a strategic defeat of Moscow is a "
          "delusion", "2024-02-29", "context", "strikes deep inside Russia"),
        S("Emmanuel Macron", "Sending Western ground troops to Ukraine cannot be ruled out", "2024-02-26", "text",
          "ruled out"),
        S("White House", "Putin's remarks are irresponsible; no indication Russia prepares to use a nuclear weapon",
          "2024-02-29", "context", "irresponsible"),
        S("Jens Stoltenberg", "NATO has no plans to deploy combat troops to Ukraine", "2024-02-29", "text",
          "no plans"),
        S("Ukraine", "Podolyak: the speech is a classic act of nuclear blackmail", "2024-02-29", "context",
          "nuclear blackmail"),
        S("Dmitry Peskov", "The message was addressed to those who need to hear it", "2024-03-01", "text",
          "those who need to hear it"),
        S("United States", "Booker urges Speaker Johnson to bring the aid bill to a vote", "2024-02-29", "text",
          "Cory Booker"),
    ],
    ["Vladimir Putin", "Ukraine", "Emmanuel Macron", "France", "Russia", "NATO", "White House", "United States",
     "Jens Stoltenberg", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b119en06 (Deccan Chronicle, Hyderabad)
EN06 = """
Modi dials Putin, Zelenskyy; backs dialogue and diplomacy

New Delhi: Prime Minister Narendra Modi on Wednesday spoke to Russian President Vladimir Putin over the phone and congratulated him on his re-election, before holding a separate conversation with Ukrainian President Volodymyr Zelenskyy.
"Spoke with President Putin and congratulated him on his re-election as President of the Russian Federation," Mr Modi posted on X.
The two leaders agreed to further deepen the "special and privileged strategic partnership" between India and Russia in the coming years, the Ministry of External Affairs (MEA) said.
According to the Kremlin, Mr Putin thanked Mr Modi for his congratulations, and the two discussed energy, trade and the situation around Ukraine, with Mr Modi reiterating India's call for "dialogue and diplomacy".

In the call with Mr Zelenskyy, Mr Modi said India would continue to support all efforts for peace and to send humanitarian assistance to Ukraine, the MEA said.
Mr Zelenskyy thanked India for its support of Ukraine's sovereignty and territorial integrity and invited it to take part in a peace summit that Switzerland plans to host in the summer.
He also raised the return of Ukrainian children deported to Russia, according to his office.

Russia's Central Election Commission on Monday declared Mr Putin the winner of last week's election with 87.28 per cent of the vote, the highest share of his career.
The EU said on Monday that it would not recognise the "illegal" elections held in occupied parts of Ukraine, while China's President Xi Jinping and Belarus's Alexander Lukashenko were among the first to congratulate Mr Putin.
India has not condemned Russia's invasion and has abstained in most UN votes on the war, while sharply raising its purchases of discounted Russian crude since 2022.
Mr Modi last met Mr Putin at the SCO summit in Samarkand in September 2022, where he told him that "this is not an era of war".

Ukrainian Foreign Minister Dmytro Kuleba is expected in New Delhi for talks with External Affairs Minister S Jaishankar next week, officials said.
The country's general election begins on April 19, with results due on June 4.
"""

DOCS.append(doc(
    "b119en06_modi_calls_putin_zelenskyy_2024_03", "2024-03-21", EN06,
    [
        T("Wednesday", "DATE", "2024-03-20"),
        T("the coming years", "DATE", "FUTURE_REF"),
        T("the summer", "DATE", "2024-SU"),
        T("Monday", "DATE", "2024-03-18", 0),
        T("last week", "DATE", "2024-W11"),
        T("Monday", "DATE", "2024-03-18", 1),
        T("2022", "DATE", "2022"),
        T("September 2022", "DATE", "2022-09"),
        T("next week", "DATE", "2024-W13"),
        T("April 19", "DATE", "2024-04-19"),
        T("June 4", "DATE", "2024-06-04"),
    ],
    [
        E("Modi–Putin phone call", "CONSULT", ["Vladimir Putin"], "2024-03-20", "text", "occurred",
          "Prime Minister Narendra Modi on Wednesday"),
        E("Modi congratulates Putin on his re-election", "SUPPORT", ["Vladimir Putin"], "2024-03-20", "text",
          "occurred", "Prime Minister Narendra Modi on Wednesday"),
        E("India and Russia agree to deepen their strategic partnership", "AGREE", ["Vladimir Putin", "Russia"],
          "2024-03-20", "context", "occurred", "special and privileged strategic partnership"),
        E("Modi reiterates India's call for dialogue and diplomacy on Ukraine", "REQUEST", ["Russia", "Ukraine"],
          "2024-03-20", "context", "occurred", "reiterating India's call"),
        E("Modi–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2024-03-20", "context", "occurred",
          "In the call with Mr Zelenskyy"),
        E("India to keep sending humanitarian assistance to Ukraine", "AID", ["Ukraine"], "2024-03-20", "context",
          "planned", "In the call with Mr Zelenskyy"),
        E("Zelensky thanks India for supporting Ukraine's territorial integrity", "SUPPORT", ["Volodymyr Zelensky"],
          "2024-03-20", "context", "occurred", "invited it to take part"),
        E("Zelensky invites India to the peace summit in Switzerland", "REQUEST", ["Volodymyr Zelensky"],
          "2024-03-20", "context", "occurred", "invited it to take part"),
        E("Zelensky raises the return of Ukrainian children deported to Russia", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2024-03-20", "context", "occurred", "children deported to Russia"),
        E("EU will not recognise the illegal elections in occupied parts of Ukraine", "REJECT",
          ["European Union", "Russia"], "2024-03-18", "text", "occurred", "The EU said on Monday"),
        E("Xi and Lukashenko congratulate Putin", "SUPPORT", ["Xi Jinping", "Alexander Lukashenko", "Vladimir Putin"],
          "2024-03-18", "context", "occurred", "The EU said on Monday"),
        E("Modi met Putin at the SCO summit in Samarkand", "CONSULT", ["Vladimir Putin"], "2022-09", "text",
          "occurred", "SCO summit in Samarkand", note="16 September 2022"),
        E("Kuleba expected in New Delhi for talks with Jaishankar", "CONSULT", ["Ukraine"], "2024-W13", "text",
          "planned", "Dmytro Kuleba is expected"),
    ],
    [
        S("Kremlin", "Putin thanked Modi; they discussed energy, trade and the situation around Ukraine",
          "2024-03-20", "context", "According to the Kremlin"),
        S("Volodymyr Zelensky", "Thanks India for supporting Ukraine's territorial integrity and invites it to the "
          "peace summit", "2024-03-20", "context", "invited it to take part"),
        S("Volodymyr Zelensky", "Raised the return of Ukrainian children deported to Russia", "2024-03-20",
          "context", "children deported to Russia"),
        S("Russia", "Central Election Commission: Putin won with 87.28 per cent", "2024-03-18", "text",
          "Central Election Commission on Monday"),
        S("European Union", "The EU will not recognise the illegal elections held in occupied parts of Ukraine",
          "2024-03-18", "text", "The EU said on Monday"),
    ],
    ["Vladimir Putin", "Russia", "Volodymyr Zelensky", "Ukraine", "Kremlin", "European Union", "China", "Xi Jinping",
     "Belarus", "Alexander Lukashenko", "United Nations"],
))
