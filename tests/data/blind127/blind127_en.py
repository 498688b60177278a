"""English articles of the blind127 set (fictionalised; written and annotated blind to the extraction code).

Theme: Orbán's 2024 "peace mission" and the quarrel over Hungary's EU presidency (July-December 2024).
"""

from build import E, S, T

LIVE = "live-blog time (EET, Kyiv)"


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b127en01 (The Palm Beach Post)
EN01 = """
Hungary's Orban meets Trump at Mar-a-Lago as his "peace mission" reaches Palm Beach

PALM BEACH — Hungarian Prime Minister Viktor Orban met former U.S. President Donald Trump at Mar-a-Lago on Thursday, the latest stop on what Orban calls a "peace mission" to end Russia's war in Ukraine.
Orban flew to Palm Beach from Washington, where he had attended the NATO summit this week.
"We discussed ways to make peace. The good news: he's going to solve it!" Orban wrote on X after the meeting, posting a photo of the two men.
Trump, who has said he would end the war within 24 hours if elected, wrote on Truth Social that Orban was "a very strong leader" and that they had discussed "peace through strength."

The visit capped a tour that took Orban to Kyiv on July 2 for talks with President Volodymyr Zelenskyy, to Moscow three days later to meet Russian President Vladimir Putin and to Beijing on Monday to see Chinese President Xi Jinping.
On Wednesday he also met Turkish President Recep Tayyip Erdogan in Washington, a meeting he billed as "peace mission 4.0."
European Union leaders have sharply criticized the trips, saying Hungary, which took over the bloc's rotating presidency on July 1, has no mandate to negotiate on behalf of the 27 member states.

At a news conference in Washington on Thursday evening, President Joe Biden said he was not worried about Orban's contacts with Trump, adding: "Putin is not going to win in Ukraine."
NATO Secretary General Jens Stoltenberg said Wednesday that Orban had made clear to allies that he was not representing NATO on his trips.
Zelenskyy, who also attended the summit, told reporters on Thursday that peace would not come from "shuttles to Moscow" and asked allies to deliver more air defense systems before the fall.

The Kremlin said Friday it had no information about the content of the Mar-a-Lago talks, but spokesman Dmitry Peskov called Orban's efforts "useful" and said Putin remained open to dialogue.
Orban told Hungarian public radio last month that Budapest would use its six-month presidency to push for a ceasefire.

Palm Beach police closed parts of South Ocean Boulevard for about two hours on Thursday afternoon as Orban's motorcade arrived at the club.
Trump is scheduled to accept the Republican nomination at the party's convention in Milwaukee next Thursday.
"""

# ---------------------------------------------------------------- b127en02 (DutchNews.nl)
EN02 = """
Borrell moves EU ministers' meeting from Budapest to Brussels, Veldkamp backs the snub

The EU's foreign policy chief Josep Borrell announced on Monday that an informal meeting of foreign ministers planned in Budapest would be held in Brussels instead, in protest at Hungarian Prime Minister Viktor Orban's trips to Moscow and Beijing.
"We have to send a signal, even if it is a symbolic signal," Borrell told reporters after a meeting of EU foreign ministers in Brussels.
He said the informal meeting of defence ministers, also due in late August, would move to Brussels as well.
The foreign ministers' meeting, known as Gymnich, is now expected on August 29, Borrell's office said.

Dutch foreign minister Caspar Veldkamp, who was attending his first Foreign Affairs Council after taking office on July 2, said he supported the decision.
"The Hungarian presidency does not speak for the Netherlands, and certainly not in Moscow," Veldkamp told DutchNews.nl.
Hungary's foreign minister Peter Szijjarto called the move "very childish" and accused Borrell of a "political vendetta".

The row follows a boycott announced by the European Commission last week, when President Ursula von der Leyen decided that only senior civil servants would represent the Commission at informal meetings of Orban's presidency.
Sweden, Finland and the three Baltic states have also said they will send lower-level officials.
Orban has defended his trips as a "peace mission", arguing that the EU must talk to all sides.

On Monday the ministers also agreed to use the first tranche of windfall profits from frozen Russian assets to buy weapons for Ukraine, bypassing Hungary's veto on the European Peace Facility.
Borrell said Budapest could not block the move because Hungary had abstained when the use of the proceeds was agreed in May.
Kremlin spokesman Dmitry Peskov said on Tuesday that the EU was "punishing Orban for wanting peace" and called the use of Russian assets "theft" that "will not go unanswered".
The Netherlands has earmarked two billion euros in military support for Ukraine this year, according to the defence ministry.
"""

# ---------------------------------------------------------------- b127en03 (HotNews.ro English)
EN03 = """
Orban in Baile Tusnad: "The Western world is losing", Trump would end the war

Hungarian Prime Minister Viktor Orban said on Saturday that his "peace mission" would continue and predicted that a second Trump presidency would push Ukraine and Russia to the negotiating table.
Speaking at the Balvanyos Summer University in Baile Tusnad, in Romania's Harghita county, Orban told an audience of ethnic Hungarians that Europe's strategy in Ukraine had failed and that "the Western world is losing."
He said he had urged EU leaders in a letter earlier this month to seek talks with China on a peace conference, and that Donald Trump, if elected in November, would "act immediately" as a peace broker.
Orban also repeated his opposition to Ukraine joining NATO, saying it would mean "a world war".

Romania's foreign ministry said on Sunday that some of Orban's remarks were "unacceptable" and that it would raise the matter through diplomatic channels.
Ukraine's foreign ministry spokesman Heorhii Tykhyi said Orban's ideas of a peace over Ukraine's head were "out of touch with reality" and that only Kyiv would decide on the terms.
President Volodymyr Zelensky said in his nightly address on Saturday that "nobody will decide anything about Ukraine without Ukraine."

The speech came three weeks after Orban met Zelensky in Kyiv and Russian President Vladimir Putin in Moscow, trips that drew sharp criticism from EU capitals.
On Monday, EU foreign policy chief Josep Borrell moved a foreign ministers' gathering from Budapest to Brussels, and a week earlier the European Commission had said it would send only civil servants to informal meetings of Orban's presidency.
Kremlin spokesman Dmitry Peskov told state television on Sunday that Moscow valued Orban's "sober approach", but that the conditions for talks set out by Putin in June remained unchanged.
Earlier in the week, Ukrainian Foreign Minister Dmytro Kuleba had held talks with his Chinese counterpart Wang Yi in Guangzhou, the first such visit to China since the full-scale invasion.

The Summer University has been held in the resort since 1990 and drew several thousand visitors this year, the organizers said.
"""

# ---------------------------------------------------------------- b127en04 (Budapest Business Journal)
EN04 = """
Commission gives Budapest until August 19 to explain National Card for Russian workers

The European Commission on Monday asked Hungary to explain by August 19 why it extended its "National Card" fast-track work permit scheme to Russian and Belarusian citizens, warning that the move could pose a risk to security in the Schengen area.
In a letter to Interior Minister Sandor Pinter, Home Affairs Commissioner Ylva Johansson wrote that the scheme could allow "potential spies and saboteurs" to enter the EU, BBJ has learned.
Since July 8, the scheme, originally designed for guest workers from Ukraine and Serbia, has also covered citizens of Russia and Belarus.

The government of Prime Minister Viktor Orban has rejected the criticism.
Government spokesman Zoltan Kovacs wrote on X on Monday evening that the cards were issued only after "strict security checks" and accused Brussels of "hysteria" over Hungary's peace efforts.
Employers say the scheme is vital for construction and manufacturing, which employed about 95,000 foreign guest workers at the end of June, according to the Central Statistical Office (KSH).

The row escalated last Friday, when Manfred Weber, leader of the European People's Party group in the European Parliament, wrote to European Council President Charles Michel asking EU leaders to discuss the scheme at their summit in October.
Weber wrote that the decision created "a backdoor for Russian spies" and called for consequences for Hungary, which holds the EU's rotating presidency until December 31.
Germany's interior ministry said on Tuesday that it was "following the matter closely" and had asked Budapest how many cards had been issued so far.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the card showed Budapest's "common sense" and was "an example for others in Europe".
The dispute adds to the quarrel over Orban's "peace mission", which took him to Moscow for talks with President Vladimir Putin on July 5, and over the Commission's decision last month to boycott informal meetings of the Hungarian presidency.
The forint weakened slightly against the euro on Tuesday morning, trading at around 396 per euro.
"""

# ---------------------------------------------------------------- b127en05 (Belarus Digest)
EN05 = """
Szijjarto in Minsk: Hungary's minister breaks EU ranks to meet Lukashenko and Lavrov

Hungarian Foreign Minister Peter Szijjarto was received by Alexander Lukashenko in Minsk on Thursday, becoming the first foreign minister of an EU member state to visit Belarus since the crackdown on protests in 2020.
Szijjarto, whose country holds the rotating EU presidency until the end of the year, was attending the Minsk International Conference on Eurasian Security, where he also held talks with Russian Foreign Minister Sergei Lavrov.
According to the state news agency BelTA, Lukashenko told his guest that Minsk was ready to "restore normal relations" with the European Union.

Lavrov used his speech at the conference to accuse the United States and NATO of seeking a "strategic defeat" of Russia and to propose a new Eurasian security architecture "without the Americans".
Szijjarto told reporters after the talks that Hungary would "never give up" dialogue with Russia and that a ceasefire was "the only way to stop the killing".

The EU's diplomatic service said on Friday that the visit "was not coordinated" and that Szijjarto "does not represent the EU" in Minsk.
A spokesperson for EU foreign policy chief Josep Borrell recalled that the bloc has sanctioned Lukashenko's regime since February 2022 for letting Russian troops use Belarusian territory to invade Ukraine.
Lithuanian Foreign Minister Gabrielius Landsbergis said Orban's government was "breaking ranks again" and "rewarding a dictator".
Exiled opposition leader Sviatlana Tsikhanouskaya called the trip "a gift to the regime" and urged Budapest to raise the fate of about 1,300 political prisoners.
Ukraine's Foreign Minister Andrii Sybiha wrote on Thursday evening that normalising ties with Minsk was "a mistake" as long as Belarus remained "a launchpad for Russian aggression".

In early July, Prime Minister Viktor Orban opened the Hungarian presidency with a "peace mission" that took him to Volodymyr Zelensky, Vladimir Putin and Xi Jinping.
Russia stationed tactical nuclear weapons in Belarus last year, and Lukashenko and Putin are due to sign a treaty on security guarantees in Minsk in December.
"""

# ---------------------------------------------------------------- b127en06 (Hromadske International, live blog)
EN06 = """
Live: Orban meets Trump and Musk at Mar-a-Lago, Kremlin says no summit is being prepared

08:05 Hungarian Prime Minister Viktor Orban met US President-elect Donald Trump and Elon Musk at Mar-a-Lago on Monday evening, Orban wrote on X.
He called the meeting "peace mission continued" and thanked Trump for "all his efforts for peace".
Orban's office said the two had discussed how to end the war quickly after Trump's inauguration on January 20.

09:30 The Kremlin said it had no information about the Mar-a-Lago talks.
Spokesman Dmitry Peskov told reporters in Moscow that President Vladimir Putin remained "open to contacts" with Trump, but that no preparations for a meeting were under way.

10:45 Overnight, Russia attacked Ukraine with 27 drones, 21 of which were shot down, the Ukrainian air force said.
An energy facility in the Zaporizhzhia region was damaged, regional governor Ivan Fedorov reported.

11:50 President Volodymyr Zelensky, who met Trump and French President Emmanuel Macron in Paris on Saturday, said in his nightly address on Monday that he had asked Trump for "peace through strength" and reliable security guarantees.
He did not mention Orban by name, but warned that "those who want to look like peacemakers should first help stop the Russian strikes".

13:20 In Brussels, EU foreign policy chief Kaja Kallas said there could be "no deal about Ukraine without Ukraine" and that Europe had to be at the table.
EU foreign ministers are due to adopt a 15th package of sanctions against Russia next Monday; Hungary has signalled that it will not block it.

14:10 Polish Prime Minister Donald Tusk, whose country takes over the EU presidency from Hungary on January 1, said Europe should not leave peace talks to "one or two politicians".

15:05 Orban told the Hungarian news agency MTI that he would "continue the peace mission" and did not rule out a call with Putin in the coming days.
He is expected at his last summit as holder of the EU presidency in Brussels on December 19.

16:30 Keith Kellogg, Trump's designated envoy for Ukraine and Russia, plans to visit Kyiv in early January, two Ukrainian officials told Hromadske.
"""

DOCS = [
    doc(
        "b127en01_orban_mar_a_lago_2024_07", "2024-07-12", EN01,
        [
            T("Thursday", "DATE", "2024-07-11", 0),
            T("this week", "DATE", "2024-W28"),
            T("24 hours", "DURATION", "PT24H"),
            T("July 2", "DATE", "2024-07-02"),
            T("three days later", "DATE", "2024-07-05"),
            T("Monday", "DATE", "2024-07-08"),
            T("Wednesday", "DATE", "2024-07-10", 0),
            T("July 1", "DATE", "2024-07-01"),
            T("Thursday evening", "TIME", "2024-07-11TEV"),
            T("Wednesday", "DATE", "2024-07-10", 1),
            T("Thursday", "DATE", "2024-07-11", 2),
            T("the fall", "DATE", "2024-FA"),
            T("Friday", "DATE", "2024-07-12"),
            T("last month", "DATE", "2024-06"),
            T("six-month", "DURATION", "P6M"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Thursday afternoon", "TIME", "2024-07-11TAF"),
            T("next Thursday", "DATE", "2024-07-18"),
        ],
        [
            E("Orbán meets Trump at Mar-a-Lago", "CONSULT", ["Viktor Orbán", "Donald Trump"], "2024-07-11", "text",
              "occurred", "met former U.S. President Donald Trump at Mar-a-Lago"),
            E("Orbán attends the NATO summit in Washington", "CONSULT", ["Viktor Orbán", "NATO"], "2024-W28", "text",
              "occurred", "Orban flew to Palm Beach from Washington"),
            E("Trump praises Orbán as a very strong leader", "SUPPORT", ["Donald Trump", "Viktor Orbán"], "2024-07-11",
              "context", "occurred", "wrote on Truth Social"),
            E("Orbán meets Zelensky in Kyiv", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07-02", "text",
              "occurred", "The visit capped a tour"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text",
              "occurred", "The visit capped a tour"),
            E("Orbán meets Xi Jinping in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07-08", "text",
              "occurred", "The visit capped a tour"),
            E("Orbán meets Erdoğan in Washington", "CONSULT", ["Viktor Orbán", "Recep Tayyip Erdoğan"], "2024-07-10",
              "text", "occurred", "On Wednesday he also met Turkish President"),
            E("EU leaders criticise Orbán's trips: no mandate to negotiate for the bloc", "ACCUSE",
              ["European Union", "Viktor Orbán"], "2024-07-12", "published", "occurred",
              "European Union leaders have sharply criticized"),
            E("Zelensky: peace will not come from shuttles to Moscow", "ACCUSE", ["Volodymyr Zelensky", "Viktor Orbán"],
              "2024-07-11", "text", "occurred", "shuttles to Moscow"),
            E("Zelensky asks allies for more air defence before the fall", "REQUEST", ["Volodymyr Zelensky", "NATO"],
              "2024-07-11", "text", "occurred", "shuttles to Moscow"),
            E("Peskov calls Orbán's efforts useful", "SUPPORT", ["Dmitry Peskov", "Viktor Orbán"], "2024-07-12", "text",
              "occurred", "The Kremlin said Friday"),
        ],
        [
            S("Viktor Orbán", "We discussed ways to make peace; Trump is going to solve it", "2024-07-11", "context",
              "The good news: he's going to solve it!"),
            S("Donald Trump", "Orbán is a very strong leader; they discussed peace through strength", "2024-07-11",
              "context", "wrote on Truth Social"),
            S("European Union", "Hungary's presidency has no mandate to negotiate on behalf of the member states",
              "2024-07-12", "published", "European Union leaders have sharply criticized"),
            S("Joe Biden", "Not worried about Orbán's contacts with Trump; Putin is not going to win in Ukraine",
              "2024-07-11", "text", "At a news conference in Washington"),
            S("Jens Stoltenberg", "Orbán made clear he was not representing NATO on his trips", "2024-07-10", "text",
              "NATO Secretary General Jens Stoltenberg"),
            S("Volodymyr Zelensky", "Peace will not come from shuttles to Moscow; allies should deliver more air defence",
              "2024-07-11", "text", "shuttles to Moscow"),
            S("Kremlin", "No information about the content of the Mar-a-Lago talks", "2024-07-12", "text",
              "The Kremlin said Friday"),
            S("Dmitry Peskov", "Orbán's efforts are useful", "2024-07-12", "text", "The Kremlin said Friday"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin remains open to dialogue", "2024-07-12", "text",
              "The Kremlin said Friday"),
            S("Viktor Orbán", "Hungary will use its presidency to push for a ceasefire", "2024-06", "text",
              "Orban told Hungarian public radio"),
        ],
        ["Viktor Orbán", "Donald Trump", "United States", "Russia", "Ukraine", "NATO", "Volodymyr Zelensky",
         "Vladimir Putin", "Xi Jinping", "China", "Recep Tayyip Erdoğan", "Turkey", "European Union", "Joe Biden",
         "Jens Stoltenberg", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b127en02_borrell_gymnich_move_2024_07", "2024-07-23", EN02,
        [
            T("Monday", "DATE", "2024-07-22", 0),
            T("late August", "DATE", "2024-08", mod="END"),
            T("now", "DATE", "PRESENT_REF"),
            T("August 29", "DATE", "2024-08-29"),
            T("July 2", "DATE", "2024-07-02"),
            T("last week", "DATE", "2024-W29"),
            T("Monday", "DATE", "2024-07-22", 1),
            T("May", "DATE", "2024-05"),
            T("Tuesday", "DATE", "2024-07-23"),
            T("this year", "DATE", "2024"),
        ],
        [
            E("Borrell moves the informal foreign ministers' meeting from Budapest to Brussels over Orbán's trips",
              "REJECT", ["European Union", "Viktor Orbán"], "2024-07-22", "text", "occurred",
              "Josep Borrell announced on Monday"),
            E("Meeting of EU foreign ministers in Brussels", "CONSULT", ["European Union"], "2024-07-22", "context",
              "occurred", "We have to send a signal"),
            E("Informal meeting of EU defence ministers to be held in Brussels", "CONSULT", ["European Union"], "2024-08",
              "text", "planned", "informal meeting of defence ministers", date_mod="END"),
            E("Gymnich expected in Brussels", "CONSULT", ["European Union"], "2024-08-29", "text", "planned",
              "known as Gymnich"),
            E("The Netherlands supports Borrell's decision", "SUPPORT", ["European Union"], "2024-07-22", "context",
              "occurred", "said he supported the decision",
              note="the Netherlands is not canonical; the canonical side only"),
            E("Szijjártó calls the move childish and accuses Borrell of a vendetta", "ACCUSE", ["European Union"],
              "2024-07-23", "published", "occurred", "very childish"),
            E("Von der Leyen: only senior civil servants to represent the Commission at Orbán's informal meetings",
              "REJECT", ["Ursula von der Leyen", "Viktor Orbán"], "2024-W29", "text", "planned",
              "The row follows a boycott"),
            E("Orbán: the EU must talk to all sides", "REQUEST", ["Viktor Orbán", "European Union"], "2024-07-23",
              "published", "occurred", "Orban has defended his trips"),
            E("EU ministers agree to use windfall profits from frozen Russian assets for weapons for Ukraine", "AID",
              ["European Union", "Ukraine"], "2024-07-22", "text", "occurred", "first tranche of windfall profits"),
            E("EU agreed the use of the proceeds in May", "AGREE", ["European Union"], "2024-05", "text", "occurred",
              "Borrell said Budapest could not block"),
            E("Peskov accuses the EU of punishing Orbán and calls the use of Russian assets theft", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2024-07-23", "text", "occurred", "punishing Orban for wanting peace"),
            E("Peskov: the use of Russian assets will not go unanswered", "THREATEN", ["Dmitry Peskov", "European Union"],
              "2024-07-23", "text", "occurred", "punishing Orban for wanting peace"),
            E("The Netherlands earmarks two billion euros in military support for Ukraine", "AID", ["Ukraine"], "2024",
              "text", "occurred", "The Netherlands has earmarked"),
        ],
        [
            S("European Union", "Borrell: we have to send a signal, even a symbolic one", "2024-07-22", "context",
              "We have to send a signal"),
            S("European Union", "Borrell: the defence ministers' informal meeting will also move to Brussels",
              "2024-07-22", "context", "informal meeting of defence ministers"),
            S("European Union", "Borrell's office: the Gymnich is now expected on August 29", "2024-07-23", "published",
              "known as Gymnich"),
            S("Viktor Orbán", "Defends his trips as a peace mission; the EU must talk to all sides", "2024-07-23",
              "published", "Orban has defended his trips"),
            S("European Union", "Borrell: Hungary could not block the move because it abstained in May", "2024-07-22",
              "context", "Borrell said Budapest could not block"),
            S("Dmitry Peskov", "The EU is punishing Orbán for wanting peace; using Russian assets is theft and will be answered",
              "2024-07-23", "text", "punishing Orban for wanting peace"),
        ],
        ["European Union", "Viktor Orbán", "Ursula von der Leyen", "Russia", "Ukraine", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b127en03_orban_tusnad_2024_07", "2024-07-28", EN03,
        [
            T("Saturday", "DATE", "2024-07-27", 0),
            T("this month", "DATE", "2024-07"),
            T("November", "DATE", "2024-11"),
            T("Sunday", "DATE", "2024-07-28", 0),
            T("nightly", "SET", "P1D"),
            T("Saturday", "DATE", "2024-07-27", 1),
            T("three weeks", "DURATION", "P3W"),
            T("Monday", "DATE", "2024-07-22"),
            T("a week earlier", "DATE", "2024-07-15"),
            T("Sunday", "DATE", "2024-07-28", 1),
            T("June", "DATE", "2024-06"),
            T("the week", "DATE", "2024-W30"),
            T("1990", "DATE", "1990"),
            T("this year", "DATE", "2024"),
        ],
        [
            E("Orbán: Europe's Ukraine strategy has failed, the Western world is losing", "ACCUSE",
              ["Viktor Orbán", "European Union"], "2024-07-27", "context", "occurred", "Balvanyos Summer University"),
            E("Orbán's letter urged EU leaders to seek talks with China on a peace conference", "REQUEST",
              ["Viktor Orbán", "European Union"], "2024-07", "text", "occurred", "He said he had urged EU leaders"),
            E("Orbán repeats his opposition to Ukraine joining NATO", "REJECT", ["Viktor Orbán", "Ukraine", "NATO"],
              "2024-07-27", "context", "occurred", "repeated his opposition"),
            E("Romania's foreign ministry calls Orbán's remarks unacceptable", "ACCUSE", ["Viktor Orbán"], "2024-07-28",
              "text", "occurred", "Romania's foreign ministry said",
              note="Romania is not canonical; the canonical side only"),
            E("Kyiv: Orbán's ideas of a peace over Ukraine's head are out of touch with reality", "ACCUSE",
              ["Ukraine", "Viktor Orbán"], "2024-07-28", "published", "occurred", "Heorhii Tykhyi"),
            E("Orbán meets Zelensky in Kyiv", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"], "2024-W27", "text",
              "occurred", "The speech came three weeks after", note="2 July 2024"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-W27", "text",
              "occurred", "The speech came three weeks after", note="5 July 2024"),
            E("Borrell moves the foreign ministers' meeting from Budapest to Brussels", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07-22", "text", "occurred", "moved a foreign ministers' gathering"),
            E("Commission to send only civil servants to informal meetings of Orbán's presidency", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07-15", "text", "planned", "moved a foreign ministers' gathering"),
            E("Peskov: Moscow values Orbán's sober approach", "SUPPORT", ["Dmitry Peskov", "Viktor Orbán"],
              "2024-07-28", "text", "occurred", "sober approach"),
            E("Putin's conditions for talks set out in June", "REQUEST", ["Vladimir Putin", "Ukraine"], "2024-06", "text",
              "occurred", "sober approach"),
            E("Kuleba holds talks with Wang Yi in Guangzhou", "CONSULT", ["Ukraine", "China"], "2024-W30", "text",
              "occurred", "Dmytro Kuleba had held talks", note="24 July 2024"),
        ],
        [
            S("Viktor Orbán", "His peace mission will continue; a second Trump presidency would push both sides to talks",
              "2024-07-27", "text", "Hungarian Prime Minister Viktor Orban said on Saturday"),
            S("Viktor Orbán", "Europe's Ukraine strategy has failed and the Western world is losing", "2024-07-27",
              "context", "Balvanyos Summer University"),
            S("Viktor Orbán", "Urged EU leaders to seek talks with China; Trump would act immediately as a peace broker",
              "2024-07-27", "context", "He said he had urged EU leaders"),
            S("Viktor Orbán", "Ukraine in NATO would mean a world war", "2024-07-27", "context",
              "repeated his opposition"),
            S("Ukraine", "Tykhyi: Orbán's ideas are out of touch with reality; only Kyiv decides on the terms",
              "2024-07-28", "published", "Heorhii Tykhyi"),
            S("Volodymyr Zelensky", "Nobody will decide anything about Ukraine without Ukraine", "2024-07-27", "text",
              "in his nightly address on Saturday"),
            S("Dmitry Peskov", "Moscow values Orbán's sober approach, but Putin's conditions are unchanged",
              "2024-07-28", "text", "sober approach"),
        ],
        ["Viktor Orbán", "Ukraine", "Russia", "European Union", "China", "Donald Trump", "NATO", "Volodymyr Zelensky",
         "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b127en04_national_card_2024_08", "2024-08-06", EN04,
        [
            T("August 19", "DATE", "2024-08-19", 0),
            T("Monday", "DATE", "2024-08-05"),
            T("August 19", "DATE", "2024-08-19", 1),
            T("July 8", "DATE", "2024-07-08"),
            T("Monday evening", "TIME", "2024-08-05TEV"),
            T("the end of June", "DATE", "2024-06", mod="END"),
            T("last Friday", "DATE", "2024-08-02"),
            T("October", "DATE", "2024-10"),
            T("December 31", "DATE", "2024-12-31"),
            T("Tuesday", "DATE", "2024-08-06"),
            T("Thursday", "DATE", "2024-08-01"),
            T("July 5", "DATE", "2024-07-05"),
            T("last month", "DATE", "2024-07"),
            T("Tuesday morning", "TIME", "2024-08-06TMO"),
        ],
        [
            E("Commission asks Hungary to explain the National Card scheme for Russians and Belarusians", "REQUEST",
              ["European Union"], "2024-08-05", "text", "occurred", "The European Commission on Monday asked Hungary",
              note="Hungary is not canonical; the canonical side only"),
            E("Commission sets Hungary a deadline of August 19", "THREATEN", ["European Union"], "2024-08-05", "text",
              "occurred", "The European Commission on Monday asked Hungary", note="deadline 19 August 2024"),
            E("Orbán's government rejects the criticism", "REJECT", ["Viktor Orbán", "European Union"], "2024-08-06",
              "published", "occurred", "The government of Prime Minister Viktor Orban has rejected"),
            E("Orbán's spokesman accuses Brussels of hysteria", "ACCUSE", ["Viktor Orbán", "European Union"],
              "2024-08-05TEV", "text", "occurred", "Government spokesman Zoltan Kovacs"),
            E("Weber asks EU leaders to discuss the scheme at their October summit", "REQUEST", ["European Union"],
              "2024-08-02", "text", "occurred", "The row escalated last Friday"),
            E("Weber: the scheme is a backdoor for Russian spies", "ACCUSE", ["European Union"], "2024-08-02", "context",
              "occurred", "a backdoor for Russian spies", note="Hungary is not canonical; the canonical side only"),
            E("Germany asks Budapest how many cards were issued", "REQUEST", ["Germany"], "2024-08-06", "text",
              "occurred", "Germany's interior ministry"),
            E("Zakharova praises the card as common sense", "SUPPORT", ["Maria Zakharova"], "2024-08-01", "text",
              "occurred", "Maria Zakharova said on Thursday"),
            E("Orbán meets Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05", "text",
              "occurred", "The dispute adds to the quarrel"),
            E("Commission decides to boycott informal meetings of the Hungarian presidency", "REJECT",
              ["European Union", "Viktor Orbán"], "2024-07", "text", "planned", "The dispute adds to the quarrel"),
        ],
        [
            S("European Union", "Johansson: the scheme could let potential spies and saboteurs into the EU",
              "2024-08-05", "context", "Home Affairs Commissioner Ylva Johansson"),
            S("Viktor Orbán", "Kovács: cards issued only after strict checks; Brussels' hysteria over peace efforts",
              "2024-08-05", "text", "Government spokesman Zoltan Kovacs"),
            S("Germany", "Following the matter closely; asked Budapest how many cards were issued", "2024-08-06",
              "text", "Germany's interior ministry"),
            S("Maria Zakharova", "The card shows Budapest's common sense and is an example for Europe", "2024-08-01",
              "text", "Maria Zakharova said on Thursday"),
        ],
        ["European Union", "Russia", "Viktor Orbán", "Germany", "Maria Zakharova", "Vladimir Putin"],
    ),
    doc(
        "b127en05_szijjarto_minsk_2024_11", "2024-11-01", EN05,
        [
            T("Thursday", "DATE", "2024-10-31", 0),
            T("2020", "DATE", "2020"),
            T("the end of the year", "DATE", "2024", mod="END"),
            T("Friday", "DATE", "2024-11-01"),
            T("February 2022", "DATE", "2022-02"),
            T("Thursday evening", "TIME", "2024-10-31TEV"),
            T("early July", "DATE", "2024-07", mod="START"),
            T("last year", "DATE", "2023"),
            T("December", "DATE", "2024-12"),
        ],
        [
            E("Lukashenko receives Hungary's foreign minister in Minsk", "CONSULT", ["Alexander Lukashenko"],
              "2024-10-31", "text", "occurred", "was received by Alexander Lukashenko",
              note="Hungary is not canonical; the canonical side only"),
            E("Szijjártó holds talks with Lavrov", "CONSULT", ["Sergey Lavrov"], "2024-10-31", "context", "occurred",
              "held talks with Russian Foreign Minister Sergei Lavrov"),
            E("Lukashenko: Minsk ready to restore normal relations with the EU", "AGREE",
              ["Alexander Lukashenko", "European Union"], "2024-10-31", "context", "occurred",
              "restore normal relations"),
            E("Lavrov accuses the US and NATO of seeking Russia's strategic defeat", "ACCUSE",
              ["Sergey Lavrov", "United States", "NATO"], "2024-10-31", "context", "occurred", "strategic defeat"),
            E("Lavrov proposes a Eurasian security architecture without the Americans", "REQUEST", ["Sergey Lavrov"],
              "2024-10-31", "context", "occurred", "strategic defeat"),
            E("EU diplomatic service: the visit was not coordinated and Szijjártó does not represent the EU", "ACCUSE",
              ["European Union"], "2024-11-01", "text", "occurred", "The EU's diplomatic service said on Friday"),
            E("EU sanctions on Lukashenko's regime since February 2022", "SANCTION",
              ["European Union", "Alexander Lukashenko"], "2022-02", "text", "occurred", "recalled that the bloc",
              date_mod="START"),
            E("Russia's invasion of Ukraine, partly from Belarusian territory", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02", "context", "occurred", "recalled that the bloc", note="24 February 2022"),
            E("Landsbergis: Orbán's government is breaking ranks and rewarding a dictator", "ACCUSE", ["Viktor Orbán"],
              "2024-11-01", "published", "occurred", "Gabrielius Landsbergis",
              note="Lithuania is not canonical; the canonical side only"),
            E("Sybiha: normalising ties with Minsk is a mistake while Belarus is a launchpad for Russian aggression",
              "ACCUSE", ["Andrii Sybiha", "Belarus"], "2024-10-31TEV", "text", "occurred",
              "Andrii Sybiha wrote on Thursday evening"),
            E("Orbán meets Zelensky", "CONSULT", ["Viktor Orbán", "Volodymyr Zelensky"], "2024-07", "text", "occurred",
              "In early July", date_mod="START"),
            E("Orbán meets Putin", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text", "occurred",
              "In early July", date_mod="START"),
            E("Orbán meets Xi Jinping", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07", "text", "occurred",
              "In early July", date_mod="START"),
            E("Russia stations tactical nuclear weapons in Belarus", "MOBILIZE", ["Russia", "Belarus"], "2023", "text",
              "occurred", "Russia stationed tactical nuclear weapons"),
            E("Lukashenko and Putin to sign a treaty on security guarantees in Minsk", "AGREE",
              ["Alexander Lukashenko", "Vladimir Putin"], "2024-12", "text", "planned",
              "Russia stationed tactical nuclear weapons"),
        ],
        [
            S("Alexander Lukashenko", "Minsk is ready to restore normal relations with the EU", "2024-10-31", "context",
              "restore normal relations"),
            S("Sergey Lavrov", "The US and NATO seek Russia's strategic defeat; proposes a Eurasian security architecture",
              "2024-10-31", "context", "strategic defeat"),
            S("European Union", "The visit was not coordinated; Szijjártó does not represent the EU in Minsk",
              "2024-11-01", "text", "The EU's diplomatic service said on Friday"),
            S("European Union", "Borrell's spokesperson: Lukashenko's regime sanctioned since February 2022",
              "2024-11-01", "published", "recalled that the bloc"),
            S("Andrii Sybiha", "Normalising ties with Minsk is a mistake while Belarus is a launchpad for aggression",
              "2024-10-31", "text", "Andrii Sybiha wrote on Thursday evening"),
        ],
        ["Alexander Lukashenko", "Belarus", "European Union", "Sergey Lavrov", "Russia", "United States", "NATO",
         "Ukraine", "Viktor Orbán", "Volodymyr Zelensky", "Vladimir Putin", "Xi Jinping", "Andrii Sybiha"],
    ),
    doc(
        "b127en06_liveblog_mar_a_lago_2024_12", "2024-12-10", EN06,
        [
            T("08:05", "TIME", "2024-12-10T08:05", note=LIVE),
            T("Monday evening", "TIME", "2024-12-09TEV", note="US Eastern time"),
            T("January 20", "DATE", "2025-01-20"),
            T("09:30", "TIME", "2024-12-10T09:30", note=LIVE),
            T("10:45", "TIME", "2024-12-10T10:45", note=LIVE),
            T("Overnight", "TIME", "2024-12-09TNI", note="the night to Tuesday 10 December"),
            T("11:50", "TIME", "2024-12-10T11:50", note=LIVE),
            T("Saturday", "DATE", "2024-12-07"),
            T("nightly", "SET", "P1D"),
            T("Monday", "DATE", "2024-12-09", 1),
            T("13:20", "TIME", "2024-12-10T13:20", note=LIVE),
            T("next Monday", "DATE", "2024-12-16"),
            T("14:10", "TIME", "2024-12-10T14:10", note=LIVE),
            T("January 1", "DATE", "2025-01-01"),
            T("15:05", "TIME", "2024-12-10T15:05", note=LIVE),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("December 19", "DATE", "2024-12-19"),
            T("16:30", "TIME", "2024-12-10T16:30", note=LIVE),
            T("early January", "DATE", "2025-01", mod="START"),
        ],
        [
            E("Orbán meets Trump (and Musk) at Mar-a-Lago", "CONSULT", ["Viktor Orbán", "Donald Trump"],
              "2024-12-09TEV", "text", "occurred", "met US President-elect Donald Trump and Elon Musk"),
            E("Orbán thanks Trump for his efforts for peace", "SUPPORT", ["Viktor Orbán", "Donald Trump"], "2024-12-09",
              "context", "occurred", "peace mission continued"),
            E("Russian drone attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"], "2024-12-09TNI", "text",
              "occurred", "Overnight, Russia attacked Ukraine"),
            E("Zelensky meets Trump and Macron in Paris", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"], "2024-12-07", "text", "occurred",
              "who met Trump and French President Emmanuel Macron"),
            E("Zelensky asks Trump for peace through strength and security guarantees", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2024-12-07", "context", "occurred",
              "who met Trump and French President Emmanuel Macron"),
            E("Zelensky: would-be peacemakers should first help stop Russian strikes", "ACCUSE",
              ["Volodymyr Zelensky", "Viktor Orbán"], "2024-12-09", "context", "occurred",
              "He did not mention Orban by name"),
            E("Kallas: no deal about Ukraine without Ukraine", "REQUEST", ["Kaja Kallas", "Ukraine"], "2024-12-10",
              "published", "occurred", "no deal about Ukraine without Ukraine"),
            E("EU foreign ministers to adopt a 15th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2024-12-16", "text", "planned", "15th package of sanctions"),
            E("Possible Orbán–Putin call", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "FUTURE_REF", "vague",
              "uncertain", "did not rule out a call with Putin"),
            E("Orbán's last summit as holder of the EU presidency", "CONSULT", ["Viktor Orbán", "European Union"],
              "2024-12-19", "text", "planned", "He is expected at his last summit"),
            E("Kellogg plans to visit Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-01", "text", "planned",
              "Keith Kellogg, Trump's designated envoy", date_mod="START"),
        ],
        [
            S("Viktor Orbán", "Calls the meeting 'peace mission continued' and thanks Trump for his peace efforts",
              "2024-12-09", "context", "peace mission continued"),
            S("Viktor Orbán", "His office: they discussed ending the war quickly after Trump's inauguration",
              "2024-12-10", "published", "Orban's office said"),
            S("Kremlin", "No information about the Mar-a-Lago talks", "2024-12-10", "published",
              "The Kremlin said it had no information"),
            S("Dmitry Peskov", "Putin remains open to contacts with Trump, but no meeting is being prepared",
              "2024-12-10", "published", "Spokesman Dmitry Peskov told reporters"),
            S("Ukraine", "Air force: 27 drones launched overnight, 21 shot down", "2024-12-10", "published",
              "Overnight, Russia attacked Ukraine"),
            S("Volodymyr Zelensky", "Asked Trump for peace through strength and reliable security guarantees",
              "2024-12-09", "text", "who met Trump and French President Emmanuel Macron"),
            S("Volodymyr Zelensky", "Would-be peacemakers should first help stop the Russian strikes", "2024-12-09",
              "context", "He did not mention Orban by name"),
            S("Kaja Kallas", "No deal about Ukraine without Ukraine; Europe must be at the table", "2024-12-10",
              "published", "no deal about Ukraine without Ukraine"),
            S("Donald Tusk", "Europe should not leave peace talks to one or two politicians", "2024-12-10", "published",
              "Polish Prime Minister Donald Tusk"),
            S("Viktor Orbán", "Will continue the peace mission; does not rule out a call with Putin", "2024-12-10",
              "published", "did not rule out a call with Putin"),
        ],
        ["Viktor Orbán", "Donald Trump", "United States", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Russia",
         "Ukraine", "Volodymyr Zelensky", "Emmanuel Macron", "France", "Kaja Kallas", "European Union", "Donald Tusk",
         "Poland", "Keith Kellogg"],
    ),
]
