"""English articles of the blind97 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b97en01 (Today's Zaman)
EN01 = """
Turkey will not recognize Crimea's annexation, Davutoğlu says after Putin signs treaty

ANKARA – Turkey will not recognize Russia's annexation of Crimea, Foreign Minister Ahmet Davutoğlu said on March 19, a day after Russian President Vladimir Putin signed a treaty making the Black Sea peninsula part of Russia.
"We consider the referendum and the steps that followed it illegitimate," Davutoğlu told reporters in Ankara, adding that Turkey would stand by the "territorial integrity, political unity and sovereignty of Ukraine."
He also said Turkey would apply the 1936 Montreux Convention, which governs the passage of warships through the Turkish Straits, "to the letter."

Putin signed the treaty in the Kremlin on March 18 after a speech to both houses of parliament in which he said Crimea had "always been an inseparable part of Russia."
The signing came two days after a referendum held under the eyes of Russian troops, in which the peninsula's self-declared authorities said 96.8 percent had voted to join Russia.
Ukraine's acting Prime Minister Arseniy Yatsenyuk said the conflict had moved "from a political to a military stage" after a Ukrainian soldier was shot dead at a base in Simferopol on Tuesday.

Ankara's main concern is the fate of the roughly 300,000 Crimean Tatars, a Turkic Muslim people, many of whom boycotted the vote.
Prime Minister Recep Tayyip Erdoğan spoke with Putin by phone on the evening of March 17 and asked him to protect the rights of the Tatars, according to the Prime Ministry.
Putin promised that their rights would be guaranteed, the Kremlin said in its own account of the call.
Mustafa Dzhemilev, the veteran Tatar leader, is expected in Ankara next week for talks with Davutoğlu.
"Our Tatar brothers must not be left alone," a senior Turkish diplomat told Today's Zaman, speaking on condition of anonymity.

The United States and the European Union on Monday imposed travel bans and asset freezes on Russian and Crimean officials, the first sanctions since the crisis began.
U.S. Vice President Joe Biden, visiting Warsaw on Tuesday, told Polish Prime Minister Donald Tusk that Washington was "absolutely committed" to the defense of its NATO allies.
Leaders of the Group of Seven will meet in The Hague next Monday to discuss further steps, possibly including Russia's suspension from the G8.
Kremlin spokesman Dmitry Peskov called the sanctions "unacceptable" and said Moscow would respond in kind.
U.N. Secretary-General Ban Ki-moon will travel to Moscow on Thursday and to Kyiv on Friday, his spokesman said.
"""

# ---------------------------------------------------------------- b97en02 (New Straits Times)
EN02 = """
MH17: Black boxes handed to Malaysian team after Najib strikes deal with rebels

KUALA LUMPUR: The two flight recorders of Malaysia Airlines flight MH17 were handed over to a Malaysian team in Donetsk at about 1am Ukrainian time today, hours after Prime Minister Datuk Seri Najib Razak announced a deal with the separatist leader who controls the crash site in eastern Ukraine.
Under the agreement, the remains of the victims will be taken by train to Kharkiv and flown to the Netherlands, and international investigators will be given safe access to the site.
Najib announced the deal in a televised statement at Seri Perdana late Monday night, saying Malaysia had acted "behind the scenes" for days.

In New York, the United Nations Security Council on Monday unanimously adopted Resolution 2166, drafted by Australia, which demands "safe, secure, full and unrestricted access" to the site and a "full, thorough and independent international investigation."
Russia, which had objected to parts of an earlier draft, voted in favour after changes to the wording.
Its ambassador, Vitaly Churkin, said the Ukrainian authorities must also halt their military operations around the crash zone.

Dutch Prime Minister Mark Rutte, whose country lost 193 citizens, said he had told Russian President Vladimir Putin in a telephone call on Sunday that "time is running out" for him to show that he wanted to help.
Putin said in a televised address in the early hours of Monday that no one should use the tragedy for "selfish political aims" and blamed Kyiv for resuming its offensive in the east.
The Kremlin said Moscow would do "everything in its power" to ensure an objective investigation.

United States President Barack Obama said on Monday that Russia had a "direct responsibility" to compel the separatists to cooperate and warned that the costs for Moscow would rise.
European Union foreign ministers meet in Brussels today to consider tougher sanctions, including an arms embargo.

Of the 298 people on board, 43 were Malaysians, among them 15 crew members.
The Boeing 777 was shot down over Hrabove on Thursday; Kyiv blames a Russian-made Buk missile fired from rebel-held territory.
Moscow denies any involvement.
The recorders are to be analysed by Britain's Air Accidents Investigation Branch in Farnborough later this week, the Dutch Safety Board said.
"""

# ---------------------------------------------------------------- b97en03 (Western Mail)
EN03 = """
Ceasefire deal struck in Minsk after all-night talks, but doubts remain

The leaders of Russia, Ukraine, Germany and France agreed a new ceasefire for eastern Ukraine yesterday after marathon talks in the Belarusian capital that lasted more than 16 hours.
The talks, hosted by Belarusian President Alexander Lukashenko at the Palace of Independence, had begun on Wednesday evening and ran through the night.
The truce is to take effect at 00:00 Kyiv time on Sunday, and both sides are to start pulling heavy weapons back from the front line within two days and complete the withdrawal within two weeks.
The accord, signed by envoys of Ukraine, Russia and the OSCE and by the two rebel leaders, also foresees a prisoner exchange and a constitutional reform giving the east more autonomy by the end of the year.

"It was not the best night of my life, but the morning, I think, is good," Russian President Vladimir Putin told reporters.
He said Ukrainian troops encircled around the town of Debaltseve were expected to lay down their arms, a claim Kyiv rejected.
Ukrainian President Petro Poroshenko said Russia had put forward "unacceptable" conditions during the night and insisted there would be no federalisation of Ukraine.
German Chancellor Angela Merkel spoke of "a glimmer of hope", while President François Hollande said that "nothing is settled yet".

Mrs Merkel and Mr Hollande flew on to Brussels, where EU leaders at a summit warned that further sanctions against Russia would follow if the deal was not respected.
The White House called the agreement a potentially significant step but said it would judge Moscow by its actions.
Prime Minister David Cameron said sanctions should stay in place until Russia met its commitments in full.

The deal comes five months after the first Minsk ceasefire of September 5, announced while Nato leaders were meeting at the Celtic Manor in Newport.
That truce never fully held, and more than 5,000 people have been killed since the fighting began.
Olena Hrytsenko, of the Ukrainian community in Cardiff, told the Western Mail: "We have been here before, and we will believe it when the guns go quiet."
A vigil for the victims of the fighting is planned outside the Senedd on Saturday.
"""

# ---------------------------------------------------------------- b97en04 (The Plain Dealer / cleveland.com)
EN04 = """
Putin and Zelensky meet for first time in Paris, agree to swap all prisoners by year's end

PARIS — The presidents of Russia and Ukraine agreed Monday to exchange all remaining prisoners from the conflict in eastern Ukraine by the end of the year and to fully implement a ceasefire there.
The talks at the Elysee Palace, hosted by French President Emmanuel Macron and attended by German Chancellor Angela Merkel, lasted more than eight hours and included the first one-on-one meeting between Vladimir Putin and Volodymyr Zelensky.
It was the first summit of the so-called Normandy format in more than three years.

The four leaders also agreed to pull troops back from three more sections of the front line by the end of March and to open new crossing points for civilians.
In their joint conclusions, they said monitors of the Organization for Security and Co-operation in Europe must have unrestricted access to the whole conflict zone.
The leaders agreed to meet again in four months.

"It's a very good result for a first meeting, but honestly, it's too little," Zelensky told reporters at a joint news conference.
He said there could be no compromise on Ukraine's territorial integrity and that Kyiv wanted control of its border with Russia before any local elections in the east.
Putin said the settlement process was "developing in the right direction" but insisted that Kyiv grant the region a permanent special status, as foreseen in the Minsk agreements of 2015.
Macron called the meeting "a useful step" and said the real test would be on the ground.
Putin and Zelensky also discussed a new contract for Russian gas transit through Ukraine to replace the one that expires Dec. 31, but reached no deal.

The summit came as the House Judiciary Committee in Washington held a hearing in the impeachment inquiry into President Donald Trump's dealings with Zelensky.
At its heart is a July phone call in which Trump asked Zelensky to investigate former Vice President Joe Biden.

In Parma, home to one of the largest Ukrainian communities in Ohio, the news was greeted with cautious hope.
"Having the prisoners home by the end of the year would be a miracle," said Maria Dmytrenko, a parishioner at St. Josaphat Ukrainian Catholic Cathedral, whose nephew is held in the Donetsk region.
The cathedral will hold a prayer service for the prisoners on Sunday, the parish said.
"""

# ---------------------------------------------------------------- b97en05 (Australian Financial Review)
EN05 = """
Biden offers Putin a summit as troops mass on Ukraine's border; rouble rallies

Washington | US President Joe Biden has proposed a summit with Russian President Vladimir Putin in a third country in the coming months, in a phone call on Tuesday (US time) in which he urged Moscow to de-escalate tensions over its military build-up near Ukraine.
The White House said Biden "emphasised the United States' unwavering commitment to Ukraine's sovereignty and territorial integrity" and voiced concern about the "sudden Russian military build-up in occupied Crimea and on Ukraine's borders".
The Kremlin's account of the call said Putin had set out Moscow's approach to a settlement based on the Minsk agreements, and that both leaders agreed to continue their dialogue.

In Moscow, Defence Minister Sergei Shoigu said on Tuesday that two armies and three airborne formations had been moved to Russia's western borders over the past three weeks as part of snap combat-readiness checks.
He said the deployment was a response to threatening activity by NATO.
Deputy Foreign Minister Sergei Ryabkov warned the same day that US warships should stay away from Crimea "for their own good".
Washington had notified Turkey that it planned to send two destroyers into the Black Sea this week.

In Brussels, Secretary of State Antony Blinken, who met Ukrainian Foreign Minister Dmytro Kuleba at NATO headquarters on Tuesday, said Russia had massed more troops on the border than at any time since 2014.
Kuleba said Ukraine wanted "not only words of support but concrete steps", including further sanctions against Moscow.
NATO foreign and defence ministers will hold a joint video conference on Wednesday to discuss the situation.

The rouble gained almost 1 per cent against the US dollar after news of the call, recovering part of the ground it had lost since the start of the month.
"A summit offer lowers the risk of sweeping new sanctions in the near term," said a Sydney-based emerging-markets strategist, who asked not to be named.
Wheat traders are also watching closely: Russia and Ukraine together account for roughly a quarter of world wheat exports, and Australian growers compete with both in Asian markets.
"""

# ---------------------------------------------------------------- b97en06 (The Denver Post)
EN06 = """
Biden warns Putin of "strong economic measures" if Russia invades Ukraine

WASHINGTON — President Joe Biden warned Russian President Vladimir Putin in a two-hour video call Tuesday that the United States and its European allies would respond with "strong economic and other measures" if Russia escalated militarily in Ukraine.
National Security Adviser Jake Sullivan told reporters after the call that Washington would in that case also send Ukraine additional defensive equipment and reinforce NATO's eastern flank.
Putin's foreign policy adviser Yuri Ushakov described the conversation as "frank and businesslike".
According to Ushakov, Putin demanded "reliable, legally binding guarantees" that NATO would not expand further east or deploy offensive weapons near Russia's borders.
The two leaders agreed that their aides would continue the talks.

Satellite images show tens of thousands of Russian troops already gathered near the border.
U.S. intelligence officials believe Russia could mass up to 175,000 soldiers there for a possible offensive early next year.
Biden said Wednesday that sending U.S. combat troops to Ukraine to deter Russia was "not on the table".
He is due to speak with Ukrainian President Volodymyr Zelensky on Thursday, having briefed the leaders of France, Germany, Italy and Britain straight after the Putin call.

Kremlin spokesman Dmitry Peskov said Wednesday that Moscow would put its proposals on security guarantees on paper within a week.
Peskov said Putin had also told Biden that Kyiv was sabotaging the Minsk agreements.
In Kyiv, Zelensky's office welcomed Washington's "solidarity" and said Ukraine was ready for a new summit in the Normandy format with Russia, Germany and France.

Secretary of State Antony Blinken had met Foreign Minister Sergei Lavrov last week on the sidelines of an OSCE meeting in Stockholm, their first face-to-face talks in months.
The two presidents last met in person in Geneva in June.
EU leaders will discuss further sanctions at their summit in Brussels next week.
At Fort Carson, near Colorado Springs, soldiers of the 10th Special Forces Group have rotated through western Ukraine since 2015 to help train its forces, a spokesperson for the base said.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b97en01_turkey_crimea_tatars_2014_03", "2014-03-19", EN01,
        [
            T("March 19", "DATE", "2014-03-19"),
            T("1936", "DATE", "1936"),
            T("March 18", "DATE", "2014-03-18"),
            T("Tuesday", "DATE", "2014-03-18", 0),
            T("the evening of March 17", "TIME", "2014-03-17TEV"),
            T("next week", "DATE", "2014-W13"),
            T("Monday", "DATE", "2014-03-17", 0),
            T("Tuesday", "DATE", "2014-03-18", 1),
            T("next Monday", "DATE", "2014-03-24"),
            T("Thursday", "DATE", "2014-03-20"),
            T("Friday", "DATE", "2014-03-21"),
        ],
        [
            E("Turkey will not recognize Russia's annexation of Crimea", "REJECT", ["Turkey", "Russia"], "2014-03-19",
              "text", "occurred", "Turkey will not recognize Russia's annexation of Crimea, Foreign Minister"),
            E("Putin signs the treaty annexing Crimea", "COERCE", ["Vladimir Putin", "Russia", "Ukraine"],
              "2014-03-18", "text", "occurred", "Putin signed the treaty in the Kremlin"),
            E("Putin signs the accession treaty", "AGREE", ["Vladimir Putin"], "2014-03-18", "text", "occurred",
              "Putin signed the treaty in the Kremlin"),
            E("Referendum in Crimea under Russian troops", "COERCE", ["Russia", "Ukraine"], "2014-03-16", "context",
              "occurred", "The signing came two days after a referendum", note="two days before the signing"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2014-03-17TEV",
              "text", "occurred", "Prime Minister Recep Tayyip Erdoğan spoke with Putin"),
            E("Erdoğan asks Putin to protect the rights of the Crimean Tatars", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2014-03-17TEV", "text", "occurred",
              "Prime Minister Recep Tayyip Erdoğan spoke with Putin"),
            E("Putin promises the Tatars' rights will be guaranteed", "AGREE",
              ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2014-03-17TEV", "context", "occurred",
              "Putin promised that their rights would be guaranteed"),
            E("Dzhemilev to hold talks with Davutoğlu in Ankara", "CONSULT", ["Turkey"], "2014-W13", "text",
              "planned", "Mustafa Dzhemilev, the veteran Tatar leader"),
            E("US and EU impose travel bans and asset freezes on Russian and Crimean officials", "SANCTION",
              ["United States", "European Union", "Russia"], "2014-03-17", "text", "occurred",
              "The United States and the European Union on Monday imposed"),
            E("Biden meets Tusk in Warsaw", "CONSULT", ["Joe Biden", "Donald Tusk", "Poland"], "2014-03-18", "text",
              "occurred", "visiting Warsaw on Tuesday"),
            E("Biden commits the US to the defense of NATO allies", "AGREE", ["Joe Biden", "NATO", "Poland"],
              "2014-03-18", "text", "occurred", "visiting Warsaw on Tuesday"),
            E("G7 leaders to meet in The Hague", "CONSULT", ["United States", "European Union"], "2014-03-24", "text",
              "planned", "Leaders of the Group of Seven"),
            E("Possible suspension of Russia from the G8", "SANCTION", ["United States", "European Union", "Russia"],
              "2014-03-24", "context", "uncertain", "Leaders of the Group of Seven"),
            E("Peskov rejects the sanctions as unacceptable", "REJECT",
              ["Dmitry Peskov", "United States", "European Union"], "2014-03-19", "published", "occurred",
              "Kremlin spokesman Dmitry Peskov called the sanctions"),
            E("Peskov: Moscow will respond in kind", "THREATEN", ["Dmitry Peskov", "United States", "European Union"],
              "2014-03-19", "published", "occurred", "Kremlin spokesman Dmitry Peskov called the sanctions"),
            E("Ban Ki-moon to visit Moscow", "CONSULT", ["United Nations", "Russia"], "2014-03-20", "text", "planned",
              "Ban Ki-moon will travel to Moscow"),
            E("Ban Ki-moon to visit Kyiv", "CONSULT", ["United Nations", "Ukraine"], "2014-03-21", "text", "planned",
              "Ban Ki-moon will travel to Moscow"),
        ],
        [
            S("Turkey", "Davutoğlu: Turkey will not recognize the annexation of Crimea", "2014-03-19", "text",
              "Turkey will not recognize Russia's annexation of Crimea, Foreign Minister"),
            S("Turkey", "The referendum and what followed are illegitimate; Turkey stands by Ukraine's territorial "
              "integrity", "2014-03-19", "context", "We consider the referendum"),
            S("Turkey", "Turkey will apply the Montreux Convention to the letter", "2014-03-19", "context",
              "He also said Turkey would apply the 1936 Montreux Convention"),
            S("Vladimir Putin", "Crimea has always been an inseparable part of Russia", "2014-03-18", "text",
              "Putin signed the treaty in the Kremlin"),
            S("Ukraine", "Yatsenyuk: the conflict has moved from a political to a military stage", "2014-03-18",
              "context", "Arseniy Yatsenyuk said"),
            S("Recep Tayyip Erdoğan, via Turkey", "Asked Putin to protect the rights of the Crimean Tatars",
              "2014-03-17TEV", "text", "Prime Minister Recep Tayyip Erdoğan spoke with Putin"),
            S("Vladimir Putin, via Kremlin", "The Tatars' rights will be guaranteed", "2014-03-17TEV", "context",
              "Putin promised that their rights would be guaranteed"),
            S("Joe Biden", "Washington is absolutely committed to the defense of its NATO allies", "2014-03-18",
              "text", "visiting Warsaw on Tuesday"),
            S("Dmitry Peskov", "The sanctions are unacceptable; Moscow will respond in kind", "2014-03-19",
              "published", "Kremlin spokesman Dmitry Peskov called the sanctions"),
            S("United Nations", "Ban Ki-moon will travel to Moscow on Thursday and to Kyiv on Friday", "2014-03-19",
              "published", "Ban Ki-moon will travel to Moscow"),
        ],
        ["Turkey", "Russia", "Vladimir Putin", "Ukraine", "Recep Tayyip Erdoğan", "Kremlin", "United States",
         "European Union", "Joe Biden", "Donald Tusk", "Poland", "NATO", "Dmitry Peskov", "United Nations"],
    ),
    doc(
        "b97en02_mh17_black_boxes_2014_07", "2014-07-22", EN02,
        [
            T("about 1am Ukrainian time", "TIME", "2014-07-22T01:00", mod="APPROX", note="Ukrainian time (EEST)"),
            T("today", "DATE", "2014-07-22", 0),
            T("late Monday night", "TIME", "2014-07-21TNI", note="Malaysian time"),
            T("days", "DURATION", "PXD"),
            T("Monday", "DATE", "2014-07-21", 1),
            T("Sunday", "DATE", "2014-07-20"),
            T("the early hours of Monday", "TIME", "2014-07-20TNI", note="the night to Monday 21 July"),
            T("Monday", "DATE", "2014-07-21", 3),
            T("today", "DATE", "2014-07-22", 1),
            T("Thursday", "DATE", "2014-07-17"),
            T("this week", "DATE", "2014-W30"),
        ],
        [
            E("Security Council adopts Resolution 2166 demanding access to the MH17 site and an international "
              "investigation", "REQUEST", ["United Nations"], "2014-07-21", "text", "occurred",
              "the United Nations Security Council on Monday unanimously adopted"),
            E("Russia votes for the resolution", "AGREE", ["Russia", "United Nations"], "2014-07-21", "context",
              "occurred", "Russia, which had objected to parts of an earlier draft"),
            E("Churkin demands that Kyiv halt military operations around the crash zone", "REQUEST",
              ["Russia", "Ukraine"], "2014-07-21", "context", "occurred", "Its ambassador, Vitaly Churkin"),
            E("Rutte–Putin phone call", "CONSULT", ["Mark Rutte", "Vladimir Putin"], "2014-07-20", "text", "occurred",
              "Dutch Prime Minister Mark Rutte"),
            E("Rutte presses Putin to show he wants to help", "REQUEST", ["Mark Rutte", "Vladimir Putin"],
              "2014-07-20", "text", "occurred", "Dutch Prime Minister Mark Rutte"),
            E("Putin warns against using the tragedy for political aims", "REQUEST", ["Vladimir Putin"],
              "2014-07-20TNI", "text", "occurred", "Putin said in a televised address"),
            E("Putin blames Kyiv for resuming its offensive", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2014-07-20TNI",
              "text", "occurred", "Putin said in a televised address"),
            E("Kremlin promises to do everything to ensure an objective investigation", "AGREE", ["Kremlin"],
              "2014-07-22", "published", "occurred", "The Kremlin said Moscow would do"),
            E("Obama says Russia must compel the separatists to cooperate", "REQUEST", ["United States", "Russia"],
              "2014-07-21", "text", "occurred", "Barack Obama said on Monday"),
            E("Obama warns the costs for Moscow will rise", "THREATEN", ["United States", "Russia"], "2014-07-21",
              "text", "occurred", "Barack Obama said on Monday"),
            E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"], "2014-07-22", "text", "planned",
              "European Union foreign ministers meet in Brussels today"),
            E("EU considers tougher sanctions including an arms embargo", "SANCTION", ["European Union", "Russia"],
              "2014-07-22", "context", "uncertain", "European Union foreign ministers meet in Brussels today"),
            E("MH17 shot down over Hrabove", "ASSAULT", ["Russia"], "2014-07-17", "text", "occurred",
              "The Boeing 777 was shot down", note="the attacker is disputed; Kyiv blames a Russian-made Buk"),
            E("Kyiv blames a Russian-made Buk fired from rebel-held territory", "ACCUSE", ["Ukraine", "Russia"],
              "2014-07-22", "published", "occurred", "The Boeing 777 was shot down"),
            E("Moscow denies any involvement", "REJECT", ["Russia", "Ukraine"], "2014-07-22", "published",
              "occurred", "Moscow denies any involvement"),
            E("Flight recorders to be analysed in Farnborough", "COOPERATE", ["United Kingdom"], "2014-W30", "text",
              "planned", "The recorders are to be analysed"),
        ],
        [
            S("Russia", "Churkin: the Ukrainian authorities must also halt military operations around the crash zone",
              "2014-07-21", "context", "Its ambassador, Vitaly Churkin"),
            S("Mark Rutte", "Told Putin that time is running out for him to show he wants to help", "2014-07-20",
              "text", "Dutch Prime Minister Mark Rutte"),
            S("Vladimir Putin", "No one should use the tragedy for selfish political aims; Kyiv resumed its "
              "offensive", "2014-07-20TNI", "text", "Putin said in a televised address"),
            S("Kremlin", "Moscow will do everything in its power to ensure an objective investigation", "2014-07-22",
              "published", "The Kremlin said Moscow would do"),
            S("United States", "Obama: Russia has a direct responsibility to compel the separatists; the costs will "
              "rise", "2014-07-21", "text", "Barack Obama said on Monday"),
            S("Ukraine", "A Russian-made Buk fired from rebel-held territory downed MH17", "2014-07-22", "published",
              "The Boeing 777 was shot down"),
            S("Russia", "Denies any involvement", "2014-07-22", "published", "Moscow denies any involvement"),
        ],
        ["United Nations", "Russia", "Ukraine", "Mark Rutte", "Vladimir Putin", "Kremlin", "United States",
         "European Union", "United Kingdom"],
    ),
    doc(
        "b97en03_minsk_ii_ceasefire_2015_02", "2015-02-13", EN03,
        [
            T("yesterday", "DATE", "2015-02-12"),
            T("more than 16 hours", "DURATION", "PT16H", mod="MORE_THAN"),
            T("Wednesday evening", "TIME", "2015-02-11TEV"),
            T("the night", "TIME", "2015-02-11TNI", 0, note="the night to Thursday 12 February"),
            T("00:00 Kyiv time", "TIME", "2015-02-15T00:00", note="Kyiv time (EET)"),
            T("Sunday", "DATE", "2015-02-15"),
            T("two days", "DURATION", "P2D"),
            T("two weeks", "DURATION", "P2W"),
            T("the end of the year", "DATE", "2015", mod="END"),
            T("the night", "TIME", "2015-02-11TNI", 1, note="the night to Thursday 12 February"),
            T("September 5", "DATE", "2014-09-05"),
            T("Saturday", "DATE", "2015-02-14"),
        ],
        [
            E("Russia, Ukraine, Germany and France agree a new ceasefire (Minsk II)", "AGREE",
              ["Russia", "Ukraine", "Germany", "France"], "2015-02-12", "text", "occurred",
              "agreed a new ceasefire for eastern Ukraine yesterday"),
            E("Four-way summit in Minsk hosted by Lukashenko", "CONSULT",
              ["Russia", "Ukraine", "Germany", "France", "Alexander Lukashenko"], "2015-02-11TEV", "text",
              "occurred", "The talks, hosted by Belarusian President Alexander Lukashenko"),
            E("Ceasefire to take effect at midnight on Sunday", "RETREAT", ["Ukraine", "Russia"], "2015-02-15T00:00",
              "text", "planned", "The truce is to take effect"),
            E("Pullback of heavy weapons from the front line", "RETREAT", ["Ukraine", "Russia"], "2015-02-15",
              "context", "planned", "The truce is to take effect",
              note="to start within two days of the truce and end within two weeks"),
            E("Ukraine to carry out constitutional reform by the end of the year", "AGREE", ["Ukraine"], "2015",
              "text", "planned", "The accord, signed by envoys", date_mod="END"),
            E("Putin: troops encircled at Debaltseve expected to lay down their arms", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2015-02-12", "context", "occurred", "He said Ukrainian troops encircled"),
            E("Kyiv rejects Putin's Debaltseve claim", "REJECT", ["Ukraine", "Vladimir Putin"], "2015-02-12",
              "context", "occurred", "He said Ukrainian troops encircled"),
            E("Poroshenko accuses Russia of unacceptable conditions during the night", "ACCUSE", ["Ukraine", "Russia"],
              "2015-02-11TNI", "text", "occurred", "Ukrainian President Petro Poroshenko said"),
            E("Poroshenko rules out federalisation", "REJECT", ["Ukraine", "Russia"], "2015-02-12", "context",
              "occurred", "Ukrainian President Petro Poroshenko said"),
            E("EU summit in Brussels", "CONSULT", ["European Union", "Germany", "France"], "2015-02-12", "context",
              "occurred", "Mrs Merkel and Mr Hollande flew on to Brussels"),
            E("EU leaders warn of further sanctions if the deal is not respected", "THREATEN",
              ["European Union", "Russia"], "2015-02-12", "context", "occurred",
              "Mrs Merkel and Mr Hollande flew on to Brussels"),
            E("White House calls the agreement a potentially significant step", "SUPPORT", ["White House"],
              "2015-02-13", "published", "occurred", "The White House called the agreement"),
            E("Cameron: sanctions stay until Russia meets its commitments", "REJECT", ["United Kingdom", "Russia"],
              "2015-02-13", "published", "occurred", "Prime Minister David Cameron said"),
            E("First Minsk ceasefire", "RETREAT", ["Ukraine", "Russia"], "2014-09-05", "text", "occurred",
              "the first Minsk ceasefire of September 5"),
            E("NATO summit at the Celtic Manor", "CONSULT", ["NATO"], "2014-09-05", "context", "occurred",
              "the first Minsk ceasefire of September 5", note="4-5 September 2014"),
        ],
        [
            S("Vladimir Putin", "Not the best night of my life, but the morning is good", "2015-02-12", "context",
              "It was not the best night of my life"),
            S("Vladimir Putin", "Ukrainian troops encircled at Debaltseve are expected to lay down their arms",
              "2015-02-12", "context", "He said Ukrainian troops encircled"),
            S("Ukraine", "Poroshenko: Russia put forward unacceptable conditions; no federalisation of Ukraine",
              "2015-02-12", "context", "Ukrainian President Petro Poroshenko said"),
            S("Germany", "Merkel: a glimmer of hope", "2015-02-12", "context", "German Chancellor Angela Merkel spoke"),
            S("France", "Hollande: nothing is settled yet", "2015-02-12", "context",
              "German Chancellor Angela Merkel spoke"),
            S("European Union", "Further sanctions will follow if the deal is not respected", "2015-02-12", "context",
              "Mrs Merkel and Mr Hollande flew on to Brussels"),
            S("White House", "A potentially significant step; Moscow will be judged by its actions", "2015-02-13",
              "published", "The White House called the agreement"),
            S("United Kingdom", "Cameron: sanctions should stay until Russia meets its commitments in full",
              "2015-02-13", "published", "Prime Minister David Cameron said"),
        ],
        ["Russia", "Ukraine", "Germany", "France", "Belarus", "Alexander Lukashenko", "Vladimir Putin",
         "European Union", "White House", "United Kingdom", "NATO"],
    ),
    doc(
        "b97en04_paris_normandy_summit_2019_12", "2019-12-10", EN04,
        [
            T("Monday", "DATE", "2019-12-09"),
            T("the end of the year", "DATE", "2019", 0, mod="END"),
            T("more than eight hours", "DURATION", "PT8H", mod="MORE_THAN"),
            T("more than three years", "DURATION", "P3Y", mod="MORE_THAN"),
            T("the end of March", "DATE", "2020-03", mod="END"),
            T("four months", "DURATION", "P4M", note="in four months: April 2020"),
            T("2015", "DATE", "2015"),
            T("Dec. 31", "DATE", "2019-12-31"),
            T("July", "DATE", "2019-07"),
            T("the end of the year", "DATE", "2019", 1, mod="END", note="in a parishioner's quote"),
            T("Sunday", "DATE", "2019-12-15"),
        ],
        [
            E("Putin and Zelensky agree to exchange all remaining prisoners and fully implement a ceasefire", "AGREE",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2019-12-09", "text", "occurred",
              "The presidents of Russia and Ukraine agreed Monday"),
            E("All-for-all prisoner exchange by the end of the year", "CONCEDE", ["Russia", "Ukraine"], "2019",
              "text", "planned", "The presidents of Russia and Ukraine agreed Monday", date_mod="END"),
            E("Full ceasefire by the end of the year", "RETREAT", ["Russia", "Ukraine"], "2019", "text", "planned",
              "The presidents of Russia and Ukraine agreed Monday", date_mod="END"),
            E("Normandy-format summit at the Elysee Palace", "CONSULT",
              ["Emmanuel Macron", "Germany", "Vladimir Putin", "Volodymyr Zelensky"], "2019-12-09", "context",
              "occurred", "The talks at the Elysee Palace"),
            E("First one-on-one meeting of Putin and Zelensky", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2019-12-09", "context", "occurred", "The talks at the Elysee Palace"),
            E("Agreement on disengagement in three more areas and new crossing points", "AGREE",
              ["Emmanuel Macron", "Germany", "Vladimir Putin", "Volodymyr Zelensky"], "2019-12-09", "context",
              "occurred", "The four leaders also agreed"),
            E("Troops to pull back from three more sections by the end of March", "RETREAT", ["Russia", "Ukraine"],
              "2020-03", "text", "planned", "The four leaders also agreed", date_mod="END"),
            E("Leaders demand unrestricted access for OSCE monitors", "REQUEST",
              ["Emmanuel Macron", "Germany", "Vladimir Putin", "Volodymyr Zelensky"], "2019-12-09", "context",
              "occurred", "In their joint conclusions"),
            E("Next Normandy summit in four months", "CONSULT",
              ["Emmanuel Macron", "Germany", "Vladimir Putin", "Volodymyr Zelensky"], "2020-04", "text", "planned",
              "The leaders agreed to meet again"),
            E("Zelensky: no compromise on territorial integrity", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2019-12-09", "context", "occurred", "He said there could be no compromise"),
            E("Zelensky wants control of the border before local elections", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2019-12-09", "context", "occurred",
              "He said there could be no compromise"),
            E("Putin insists on a permanent special status for the region", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2019-12-09", "context", "occurred", "Putin said the settlement process"),
            E("Minsk agreements of 2015", "AGREE", ["Russia", "Ukraine"], "2015", "text", "occurred",
              "Putin said the settlement process"),
            E("No deal on a new gas transit contract", "REJECT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2019-12-09", "context", "occurred", "also discussed a new contract for Russian gas transit"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2019-07", "text",
              "occurred", "At its heart is a July phone call", note="25 July 2019"),
            E("Trump asks Zelensky to investigate Joe Biden", "REQUEST", ["Donald Trump", "Volodymyr Zelensky"],
              "2019-07", "text", "occurred", "At its heart is a July phone call"),
        ],
        [
            S("Joint statement: Emmanuel Macron, Germany, Vladimir Putin, Volodymyr Zelensky",
              "OSCE monitors must have unrestricted access to the whole conflict zone", "2019-12-09", "context",
              "In their joint conclusions"),
            S("Volodymyr Zelensky", "A very good result for a first meeting, but too little", "2019-12-09", "context",
              "Zelensky told reporters"),
            S("Volodymyr Zelensky", "No compromise on territorial integrity; Kyiv wants control of its border before "
              "local elections", "2019-12-09", "context", "He said there could be no compromise"),
            S("Vladimir Putin", "The settlement is developing in the right direction; Kyiv must grant a permanent "
              "special status", "2019-12-09", "context", "Putin said the settlement process"),
            S("Emmanuel Macron", "A useful step; the real test will be on the ground", "2019-12-09", "context",
              "Macron called the meeting"),
        ],
        ["Russia", "Ukraine", "Emmanuel Macron", "France", "Germany", "Vladimir Putin", "Volodymyr Zelensky",
         "United States", "Donald Trump", "Joe Biden"],
    ),
    doc(
        "b97en05_biden_putin_call_buildup_2021_04", "2021-04-14", EN05,
        [
            T("the coming months", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2021-04-13", 0, note="US time"),
            T("Tuesday", "DATE", "2021-04-13", 1),
            T("the past three weeks", "DURATION", "P3W"),
            T("the same day", "DATE", "2021-04-13"),
            T("this week", "DATE", "2021-W15"),
            T("Tuesday", "DATE", "2021-04-13", 2),
            T("2014", "DATE", "2014"),
            T("Wednesday", "DATE", "2021-04-14"),
            T("the start of the month", "DATE", "2021-04", mod="START"),
            T("the near term", "DATE", "FUTURE_REF"),
        ],
        [
            E("Biden–Putin phone call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-04-13", "text", "occurred",
              "US President Joe Biden has proposed a summit"),
            E("Biden proposes a summit in a third country", "REQUEST", ["Joe Biden", "Vladimir Putin"], "2021-04-13",
              "text", "occurred", "US President Joe Biden has proposed a summit"),
            E("Possible Biden–Putin summit in a third country", "CONSULT", ["Joe Biden", "Vladimir Putin"],
              "FUTURE_REF", "vague", "uncertain", "US President Joe Biden has proposed a summit"),
            E("Biden urges Moscow to de-escalate", "REQUEST", ["Joe Biden", "Russia"], "2021-04-13", "text",
              "occurred", "US President Joe Biden has proposed a summit"),
            E("Biden affirms unwavering commitment to Ukraine's sovereignty", "SUPPORT", ["Joe Biden", "Ukraine"],
              "2021-04-13", "context", "occurred", "The White House said Biden"),
            E("Putin and Biden agree to continue their dialogue", "AGREE", ["Vladimir Putin", "Joe Biden"],
              "2021-04-13", "context", "occurred", "The Kremlin's account of the call"),
            E("Russia moves two armies and three airborne formations to its western borders", "MOBILIZE",
              ["Russia"], "2021-04-13", "context", "occurred", "Defence Minister Sergei Shoigu said on Tuesday",
              note="over the three weeks before Shoigu's statement"),
            E("Shoigu accuses NATO of threatening activity", "ACCUSE", ["Russia", "NATO"], "2021-04-13", "context",
              "occurred", "He said the deployment was a response"),
            E("Ryabkov warns US warships to stay away from Crimea", "REQUEST", ["Russia", "United States"],
              "2021-04-13", "text", "occurred", "Deputy Foreign Minister Sergei Ryabkov warned"),
            E("US plans to send two destroyers into the Black Sea", "MOBILIZE", ["United States", "Turkey"],
              "2021-W15", "text", "planned", "Washington had notified Turkey"),
            E("Blinken meets Kuleba at NATO headquarters", "CONSULT", ["Antony Blinken", "Ukraine", "NATO"],
              "2021-04-13", "text", "occurred", "who met Ukrainian Foreign Minister Dmytro Kuleba"),
            E("Blinken: Russia has massed more troops than at any time since 2014", "ACCUSE",
              ["Antony Blinken", "Russia"], "2021-04-13", "context", "occurred",
              "who met Ukrainian Foreign Minister Dmytro Kuleba"),
            E("Kuleba asks for concrete steps including sanctions", "REQUEST", ["Ukraine", "NATO", "Russia"],
              "2021-04-13", "context", "occurred", "Kuleba said Ukraine wanted"),
            E("NATO foreign and defence ministers' video conference", "CONSULT", ["NATO"], "2021-04-14", "text",
              "planned", "NATO foreign and defence ministers will hold"),
        ],
        [
            S("Joe Biden, via White House", "Unwavering commitment to Ukraine's sovereignty; concern about the sudden "
              "Russian build-up", "2021-04-13", "context", "The White House said Biden"),
            S("Vladimir Putin, via Kremlin", "Set out Moscow's approach to a settlement based on the Minsk agreements",
              "2021-04-13", "context", "The Kremlin's account of the call"),
            S("Russia", "Shoigu: two armies and three airborne formations moved west in snap checks", "2021-04-13",
              "text", "Defence Minister Sergei Shoigu said on Tuesday"),
            S("Russia", "Shoigu: the deployment responds to threatening NATO activity", "2021-04-13", "context",
              "He said the deployment was a response"),
            S("Russia", "Ryabkov: US warships should stay away from Crimea for their own good", "2021-04-13", "text",
              "Deputy Foreign Minister Sergei Ryabkov warned"),
            S("Antony Blinken", "Russia has massed more troops on the border than at any time since 2014",
              "2021-04-13", "context", "who met Ukrainian Foreign Minister Dmytro Kuleba"),
            S("Ukraine", "Kuleba: not only words of support but concrete steps, including sanctions", "2021-04-13",
              "context", "Kuleba said Ukraine wanted"),
        ],
        ["United States", "Joe Biden", "Vladimir Putin", "Russia", "Ukraine", "White House", "Kremlin", "NATO",
         "Turkey", "Antony Blinken"],
    ),
    doc(
        "b97en06_biden_putin_video_call_2021_12", "2021-12-08", EN06,
        [
            T("two-hour", "DURATION", "PT2H"),
            T("Tuesday", "DATE", "2021-12-07"),
            T("early next year", "DATE", "2022", mod="START"),
            T("Wednesday", "DATE", "2021-12-08", 0),
            T("Thursday", "DATE", "2021-12-09"),
            T("Wednesday", "DATE", "2021-12-08", 1),
            T("a week", "DURATION", "P1W"),
            T("last week", "DATE", "2021-W48"),
            T("months", "DURATION", "PXM"),
            T("June", "DATE", "2021-06"),
            T("next week", "DATE", "2021-W50"),
            T("2015", "DATE", "2015"),
        ],
        [
            E("Biden–Putin video call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-07", "text", "occurred",
              "President Joe Biden warned Russian President Vladimir Putin"),
            E("Biden warns of strong economic and other measures if Russia escalates", "THREATEN",
              ["Joe Biden", "Vladimir Putin", "Russia"], "2021-12-07", "text", "occurred",
              "President Joe Biden warned Russian President Vladimir Putin"),
            E("US would send Ukraine additional defensive equipment", "AID", ["United States", "Ukraine"],
              "2021-12-07", "context", "uncertain", "National Security Adviser Jake Sullivan"),
            E("US would reinforce NATO's eastern flank", "MOBILIZE", ["United States", "NATO"], "2021-12-07",
              "context", "uncertain", "National Security Adviser Jake Sullivan"),
            E("Putin demands legally binding guarantees against NATO expansion", "REQUEST",
              ["Vladimir Putin", "NATO", "Joe Biden"], "2021-12-07", "context", "occurred",
              "According to Ushakov, Putin demanded"),
            E("Biden and Putin agree their aides will continue the talks", "AGREE", ["Joe Biden", "Vladimir Putin"],
              "2021-12-07", "context", "occurred", "The two leaders agreed"),
            E("Russian troops gathered near the Ukrainian border", "MOBILIZE", ["Russia", "Ukraine"], "2021-12-08",
              "published", "occurred", "Satellite images show"),
            E("Russia could mass up to 175,000 soldiers for an offensive", "MOBILIZE", ["Russia", "Ukraine"], "2022",
              "text", "uncertain", "U.S. intelligence officials believe", date_mod="START"),
            E("Biden rules out sending US combat troops to Ukraine", "REJECT", ["Joe Biden", "Ukraine"],
              "2021-12-08", "text", "occurred", "Biden said Wednesday"),
            E("Biden to speak with Zelensky", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2021-12-09", "text",
              "planned", "He is due to speak with Ukrainian President"),
            E("Biden briefs the leaders of France, Germany, Italy and Britain", "CONSULT",
              ["Joe Biden", "France", "Germany", "United Kingdom"], "2021-12-07", "context", "occurred",
              "He is due to speak with Ukrainian President"),
            E("Moscow to put its security-guarantee proposals on paper within a week", "REQUEST",
              ["Dmitry Peskov", "Russia", "United States"], "2021-12-15", "text", "planned",
              "Kremlin spokesman Dmitry Peskov said Wednesday", note="within a week of 8 December"),
            E("Putin accuses Kyiv of sabotaging the Minsk agreements", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2021-12-07", "context", "occurred", "Peskov said Putin had also told Biden"),
            E("Zelensky's office welcomes US solidarity", "SUPPORT", ["Ukraine", "United States"], "2021-12-08",
              "published", "occurred", "Zelensky's office welcomed"),
            E("Ukraine ready for a new Normandy-format summit", "AGREE", ["Ukraine", "Russia", "Germany", "France"],
              "2021-12-08", "published", "occurred", "Zelensky's office welcomed"),
            E("Blinken meets Lavrov in Stockholm", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2021-W48", "text",
              "occurred", "Secretary of State Antony Blinken had met", note="2 December 2021"),
            E("Biden–Putin summit in Geneva", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-06", "text",
              "occurred", "The two presidents last met in person", note="16 June 2021"),
            E("EU summit to discuss further sanctions", "CONSULT", ["European Union"], "2021-W50", "text", "planned",
              "EU leaders will discuss further sanctions"),
            E("Possible further EU sanctions against Russia", "SANCTION", ["European Union", "Russia"], "2021-W50",
              "context", "uncertain", "EU leaders will discuss further sanctions"),
            E("US special forces have helped train Ukrainian forces since 2015", "COOPERATE",
              ["United States", "Ukraine"], "2015", "text", "occurred", "At Fort Carson", date_mod="START"),
        ],
        [
            S("United States", "Sullivan: the US would send Ukraine more defensive equipment and reinforce NATO's "
              "eastern flank", "2021-12-07", "context", "National Security Adviser Jake Sullivan"),
            S("Yuri Ushakov", "The conversation was frank and businesslike", "2021-12-07", "context",
              "Yuri Ushakov described the conversation"),
            S("Vladimir Putin, via Yuri Ushakov", "Demands reliable, legally binding guarantees against NATO's "
              "eastward expansion", "2021-12-07", "context", "According to Ushakov, Putin demanded"),
            S("Joe Biden", "Sending US combat troops to Ukraine is not on the table", "2021-12-08", "text",
              "Biden said Wednesday"),
            S("Dmitry Peskov", "Moscow will put its security-guarantee proposals on paper within a week", "2021-12-08",
              "text", "Kremlin spokesman Dmitry Peskov said Wednesday"),
            S("Vladimir Putin, via Dmitry Peskov", "Kyiv is sabotaging the Minsk agreements", "2021-12-07", "context",
              "Peskov said Putin had also told Biden"),
            S("Ukraine", "Welcomes Washington's solidarity; ready for a new Normandy-format summit", "2021-12-08",
              "published", "Zelensky's office welcomed"),
            S("United States", "Fort Carson: special forces soldiers have helped train Ukrainian forces since 2015",
              "2021-12-08", "published", "At Fort Carson"),
        ],
        ["United States", "Joe Biden", "Vladimir Putin", "Russia", "Ukraine", "NATO", "Yuri Ushakov",
         "Volodymyr Zelensky", "France", "Germany", "United Kingdom", "Kremlin", "Dmitry Peskov", "Antony Blinken",
         "Sergey Lavrov", "European Union"],
    ),
]
