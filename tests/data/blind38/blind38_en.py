"""English articles of the blind38 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b38en01 (National Catholic Reporter)
EN01 = """
Pope says he offered to go to Moscow, has had no answer from Putin

ROME — Pope Francis says he asked the Vatican's top diplomat to tell Russian President Vladimir Putin that he was willing to travel to Moscow to help stop the war in Ukraine, but that the Kremlin has not replied.
"We have not yet had a response and we are still insisting," Francis told the Milan daily Corriere della Sera in an interview published Tuesday.
The pope said he made the request through Cardinal Pietro Parolin, the Vatican secretary of state, in mid-March, about three weeks into the war.
"I fear that Putin cannot, and does not want, to have this meeting at this time," he said.

Francis said he would not travel to Kyiv for now: "I feel that I must go first to Moscow."
He also suggested that "NATO barking at Russia's door" might have prompted the invasion, although he said he could not say whether Moscow's anger had been "provoked or facilitated."

The pope described a 40-minute video call on March 16 with Patriarch Kirill of Moscow, who he said spent the first 20 minutes reading out justifications for the war.
"Brother, we are not clerics of state," Francis said he told the patriarch, adding that Kirill "cannot become Putin's altar boy."
A meeting between the two that had been planned for June 14 in Jerusalem was called off on the advice of Vatican diplomats, Francis said.

He also said Hungarian Prime Minister Viktor Orbán had told him at their meeting on April 21 that the Russians had a plan to end the war by May 9.
Asked whether it was right to arm Ukraine, Francis said he could not answer: "I am too far away."

Kremlin spokesman Dmitry Peskov said on Tuesday that there were "no concrete plans" for a papal visit and that contacts with the Holy See went through diplomatic channels.
Ukraine's ambassador to the Holy See, Andrii Yurash, welcomed the pope's readiness to mediate but said a visit to Kyiv "would be the most powerful sign."
President Volodymyr Zelenskyy had invited Francis to the Ukrainian capital in a phone call on March 22.
Parolin told reporters last week that the Holy See was ready to "facilitate" any talks between Moscow and Kyiv.

On Sunday, Francis renewed his appeal for humanitarian corridors to let civilians leave the besieged Azovstal steelworks in Mariupol.
The interview drew attention in Rome for its candor about the pope's health: Francis, who has used a wheelchair in recent days because of knee pain, said he would soon receive injections.
Russian Foreign Minister Sergey Lavrov, meanwhile, is at the center of a diplomatic row with Israel after claiming in an interview with Italian television on Sunday that Adolf Hitler had "Jewish blood."
Israel summoned Russia's ambassador on Monday over the remark, which Prime Minister Naftali Bennett called "a lie."
"""

# ---------------------------------------------------------------- b38en02 (RFI English)
EN02 = """
Macron presses Xi on Russia as Chinese leader rejects 'smears' over Ukraine

PARIS – French President Emmanuel Macron urged Chinese President Xi Jinping on Monday to use his influence with Moscow to help end the war in Ukraine, as the two leaders held talks at the Élysée Palace during Xi's first visit to Europe in five years.
Macron also called for an "Olympic truce" in all conflicts during the Paris Games, which open on July 26, and said Xi had agreed to support the idea.

"We are not at the origin of this crisis, nor a party to it, nor a participant," Xi told reporters at a joint appearance.
He said China opposed attempts "to use the Ukraine crisis to shift blame onto a third country and smear it."
Earlier in the day, Macron and European Commission President Ursula von der Leyen held a three-way meeting with Xi, in which von der Leyen urged Beijing to do more to stop the flow of dual-use goods to Russia.
According to Macron, Xi gave assurances that China would not sell weapons to Russia and would "strictly control" exports of dual-use goods.

Xi said China supported an international peace conference "recognised by both Russia and Ukraine", a sign that Beijing is unlikely to attend the meeting Switzerland will host in mid-June without Moscow.
Ukraine's foreign ministry said it still hoped China would take part and that Kyiv was in contact with Beijing "at all levels."
Kremlin spokesman Dmitry Peskov said on Monday that Moscow valued Beijing's "balanced" position.

The same day, Russia's defence ministry announced drills involving tactical nuclear weapons, citing "provocative statements" by Macron and British officials about sending troops to Ukraine or allowing strikes on Russian soil.
Moscow also summoned the British and French ambassadors on Monday, warning London that Russia could hit British military targets in response to any Ukrainian strikes with British weapons.
Putin, who is to be sworn in for a fifth term on Tuesday, is expected to travel to China later this month.

On Tuesday, Macron is to take Xi to the Tourmalet pass in the Pyrenees, where the French president spent holidays as a child.
Xi will then fly to Serbia on Tuesday evening and to Hungary on Wednesday for talks with Prime Minister Viktor Orbán.
French business leaders hoped the visit would also ease a trade dispute over Chinese electric cars and French cognac.
"""

# ---------------------------------------------------------------- b38en03 (TRT World)
EN03 = """
Erdogan offers to host Russia-Ukraine-US talks as Zelenskyy visits Ankara

President Recep Tayyip Erdogan said on Tuesday that Türkiye would be an "ideal host" for future negotiations between Russia, Ukraine and the United States, as he received Ukrainian President Volodymyr Zelenskyy in Ankara.
Speaking at a joint press conference at the Presidential Complex, Erdogan said Türkiye supported Ukraine's territorial integrity and would keep working for a "just and lasting peace."
The two leaders also chaired the 13th meeting of the High-Level Strategic Council, where ministers signed agreements on defence industry cooperation and trade.

Zelenskyy, whose country was not invited to talks between US and Russian officials in Riyadh on the same day, said Kyiv would not recognise any agreement reached without it.
"Ukraine, Europe – and I mean here also Türkiye and the UK – should be at the table," he said.
He added that he would postpone a visit to Saudi Arabia that had been planned for Wednesday so as not to lend legitimacy to the Riyadh meeting.

In Riyadh, US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met for about four and a half hours, in the first high-level talks between the two countries since Russia's full-scale invasion of Ukraine in 2022.
The two sides agreed to restore the staffing of their embassies, the State Department said.
They also agreed to appoint high-level teams to work on ending the war and to explore economic cooperation.
Lavrov told reporters that any deployment of troops from NATO countries to Ukraine, even under another flag, would be "unacceptable" to Moscow.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin was ready to talk to Zelenskyy "if necessary," but questioned the legitimacy of the Ukrainian leader, whose term would have ended last year.
Foreign Minister Hakan Fidan, who also attended the Ankara talks, said Türkiye was ready to host technical negotiations on the safety of navigation in the Black Sea and on prisoner exchanges.
Türkiye hosted direct talks between Russian and Ukrainian delegations in Istanbul in March 2022 and helped broker the Black Sea Grain Initiative in July of that year.

Meanwhile, US special envoy Keith Kellogg is due in Kyiv on Wednesday for talks with Zelenskyy.
European leaders held an emergency meeting in Paris on Monday at the invitation of French President Emmanuel Macron, after Washington signalled that Europe would not have a seat at the table.
Türkiye, which has NATO's second-largest army, was not invited, a point Turkish officials noted with some irritation.
"""

# ---------------------------------------------------------------- b38en04 (News24)
EN04 = """
G20: European leaders say US peace plan for Ukraine needs 'additional work'

European leaders attending the G20 summit in Johannesburg said on Saturday that a US plan to end the war in Ukraine was "a basis which will require additional work".
The statement, drawn up on the sidelines of the summit at the Nasrec Expo Centre, was signed by German Chancellor Friedrich Merz, French President Emmanuel Macron, British Prime Minister Keir Starmer, Italian Prime Minister Giorgia Meloni and the leaders of Canada, Japan, Spain, the Netherlands, Finland, Ireland and Norway, as well as the heads of the EU's Commission and Council.
"We are clear on the principle that borders must not be changed by force," the leaders said, adding that they were concerned by proposed limits on Ukraine's armed forces.

The 28-point plan, which US Army Secretary Dan Driscoll presented to President Volodymyr Zelensky in Kyiv on Thursday, would require Ukraine to give up the part of the Donetsk region it still holds and to renounce membership of Nato.
US President Donald Trump, who is boycotting the Johannesburg summit, said on Friday that Kyiv had until Thursday to accept it.
On Saturday he told reporters in Washington that the plan was not his "final offer".
Zelensky said in a video address on Friday that Ukraine faced "one of the most difficult moments in our history".
Russian President Vladimir Putin said the same evening that the plan "could form the basis of a final settlement", but warned that Russian troops would keep advancing if Kyiv refused to negotiate.

US and Ukrainian officials, joined by national security advisers from Britain, France and Germany, were due to meet in Geneva on Sunday.
Secretary of State Marco Rubio and special envoy Steve Witkoff were expected to lead the US side, with Zelensky's chief of staff Andriy Yermak heading Kyiv's team.

At Nasrec, leaders adopted the summit's declaration on Saturday at the start of the meeting rather than at its end, a break with practice.
China was represented by Premier Li Qiang and Russia by Maxim Oreshkin, a deputy head of the Kremlin administration.
The declaration calls for "a just, comprehensive and lasting peace" in Ukraine, Sudan, the Democratic Republic of Congo and the occupied Palestinian territories.
The US State Department said on Saturday that it had been adopted over US objections.

President Cyril Ramaphosa is due to close the summit on Sunday, when the G20 presidency passes to the United States for next year.
Washington has said it will send only an embassy official to the handover, which Dirco called "a breach of protocol".
"""

# ---------------------------------------------------------------- b38en05 (Cyprus Mail)
EN05 = """
EU ministers in Limassol back tougher action on Russia's shadow fleet

EU foreign ministers meeting in Limassol on Friday agreed to prepare a 21st package of sanctions against Russia aimed at its "shadow fleet" of ageing oil tankers, EU foreign policy chief Kaja Kallas said.
The package, which the European Commission is to present by the end of April, would for the first time include a full ban on maritime services for Russian crude, Kallas told reporters after the first day of the informal meeting, known as a Gymnich.
The EU adopted its 20th package in February.

The ban is sensitive for Cyprus, whose ship management companies in Limassol look after a large share of the world's tanker fleet.
Foreign Minister Constantinos Kombos, who hosted the talks at a seafront hotel, said Nicosia would not stand in the way "as long as the measure is coordinated with the G7".
Hungarian Prime Minister Viktor Orban said in Budapest on Friday that Hungary would veto any package that touched Russian nuclear fuel or pipeline oil.
Orban faces a parliamentary election next month.

Ukrainian Foreign Minister Andrii Sybiha, who joined the ministers on Friday, urged them to seize tankers of the shadow fleet and to use immobilised Russian central bank assets "without further delay".
Kallas said the EU must have "a seat at the table" in any peace talks, after US envoys Steve Witkoff and Jared Kushner held a new round with Russian and Ukrainian negotiators in Abu Dhabi on Wednesday.

Russia launched more than 90 drones and three missiles at the Odesa region overnight into Saturday, damaging a grain terminal and a Maltese-flagged tanker, Ukraine's navy said.
In Moscow, foreign ministry spokeswoman Maria Zakharova accused the EU of "state piracy" over the detention of tankers and warned that Russia would protect its shipping "by all means".
Kremlin spokesman Dmitry Peskov said on Saturday that new sanctions would not change Moscow's position.

The two-day meeting ends on Saturday with a session on the Middle East.
Cyprus holds the rotating presidency of the Council of the EU until the end of June, its first since 2012.
Police closed the coastal road in Limassol's tourist area for both days, and a small group of protesters gathered near the venue on Friday evening to call for an end to the war.
"""

# ---------------------------------------------------------------- b38en06 (Hungary Today)
EN06 = """
Trump and Putin Meet in Budapest, Agree on Working Groups but No Ceasefire

US President Donald Trump and Russian President Vladimir Putin held nearly three hours of talks in Budapest on Thursday, agreeing to set up working groups on a ceasefire line and on economic issues but failing to agree on a truce in Ukraine.
The meeting at the Carmelite Monastery, the prime minister's office in the Castle District, was hosted by PM Viktor Orbán, who greeted both leaders at Liszt Ferenc International Airport.

"We are closer than we have ever been," Trump told reporters after the talks, adding that he would call Ukrainian President Volodymyr Zelensky on Friday.
Putin said the two sides had agreed "in principle" on an exchange of all prisoners of war, but insisted that any ceasefire must follow the withdrawal of Ukrainian troops from the Donetsk region.
He also invited Trump to Moscow, an offer the US president said he would "seriously consider."
Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov had prepared the summit over dinner on Wednesday evening, joined by Hungarian Foreign Minister Péter Szijjártó.
Kremlin aide Yuri Ushakov said the working groups would meet in Istanbul in early April.

Zelensky, who was not invited, said in his nightly video address that "no decision on Ukraine can be taken without Ukraine" and ruled out any withdrawal from Donetsk.
Foreign Minister Andrii Sybiha on Thursday accused Orbán of "rolling out the red carpet for a war criminal."
EU foreign policy chief Kaja Kallas said on Thursday that Orbán's government had been obliged to arrest Putin, since Hungary remains a member of the International Criminal Court until its withdrawal takes effect in June.
The court issued an arrest warrant for Putin in March 2023 over the deportation of Ukrainian children.

Overnight into Friday, Russian drones struck energy facilities in the Kharkiv and Poltava regions, Ukraine's air force said.

For Orbán, who faces a tight parliamentary election next month, the summit was a chance to present Budapest as "the capital of peace," as he put it on Thursday.
Péter Magyar, leader of the opposition Tisza Party, called the event "a campaign rally paid for by Hungarian taxpayers."
Government spokesman Zoltán Kovács said the costs would be published "in due course."
Several streets in the Castle District remained closed on Friday morning as delegations left the city.
"""


def doc(id, published, body, timexes, events, statements, actors, basis=None):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors, published_basis=basis)


EU4 = ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni", "European Union"]
EU4_JOINT = "Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer, Giorgia Meloni, European Union"
G20 = EU4 + ["China", "Russia"]

DOCS = [
    doc(
        "b38en01_pope_corriere_moscow_offer_2022_05", "2022-05-04", EN01,
        [
            T("Tuesday", "DATE", "2022-05-03", 0),
            T("mid-March", "DATE", "2022-03", mod="MID"),
            T("this time", "DATE", "PRESENT_REF"),
            T("now", "DATE", "PRESENT_REF"),
            T("40-minute", "DURATION", "PT40M"),
            T("March 16", "DATE", "2022-03-16"),
            T("the first 20 minutes", "DURATION", "PT20M"),
            T("June 14", "DATE", "2022-06-14"),
            T("April 21", "DATE", "2022-04-21"),
            T("May 9", "DATE", "2022-05-09"),
            T("Tuesday", "DATE", "2022-05-03", 1),
            T("March 22", "DATE", "2022-03-22"),
            T("last week", "DATE", "2022-W17"),
            T("Sunday", "DATE", "2022-05-01", 0),
            T("recent days", "DATE", "PAST_REF"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Sunday", "DATE", "2022-05-01", 1),
            T("Monday", "DATE", "2022-05-02"),
        ],
        [
            E("Pope asks Parolin to convey to Putin his readiness to travel to Moscow", "REQUEST",
              ["Vatican", "Vladimir Putin"], "2022-03", "text", "occurred", "made the request through Cardinal",
              date_mod="MID"),
            E("Pope will not travel to Kyiv for now", "REJECT", ["Vatican", "Ukraine"], "2022-05-03", "context",
              "occurred", "go first to Moscow", note="declines Zelensky's invitation for the time being; dated by "
              "the interview"),
            E("Pope suggests NATO 'barking at Russia's door' may have prompted the invasion", "ACCUSE",
              ["Vatican", "NATO"], "2022-05-03", "context", "occurred", "NATO barking"),
            E("Video call between Pope Francis and Patriarch Kirill", "CONSULT", ["Vatican"], "2022-03-16", "text",
              "occurred", "40-minute video call", note="Kirill is not canonical"),
            E("Pope tells Kirill he cannot become Putin's altar boy", "ACCUSE", ["Vatican"], "2022-03-16", "context",
              "occurred", "altar boy"),
            E("Planned Jerusalem meeting of the pope and Kirill called off", "CONSULT", ["Vatican"], "2022-06-14",
              "text", "cancelled", "called off on the advice"),
            E("Pope Francis meets Orbán", "CONSULT", ["Vatican", "Viktor Orbán"], "2022-04-21", "text", "occurred",
              "had told him at their meeting on April 21"),
            E("Ukraine's ambassador welcomes the pope's readiness to mediate", "SUPPORT", ["Ukraine", "Vatican"],
              "2022-05-04", "published", "occurred", "Andrii Yurash"),
            E("Ukraine's ambassador urges a papal visit to Kyiv", "REQUEST", ["Ukraine", "Vatican"], "2022-05-04",
              "published", "occurred", "Andrii Yurash"),
            E("Zelensky–Pope phone call", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2022-03-22", "text",
              "occurred", "in a phone call on March 22"),
            E("Zelensky invites the pope to Kyiv", "REQUEST", ["Volodymyr Zelensky", "Vatican"], "2022-03-22", "text",
              "occurred", "in a phone call on March 22"),
            E("Parolin: the Holy See is ready to facilitate talks between Moscow and Kyiv", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2022-W17", "text", "occurred", "Parolin told reporters"),
            E("Pope appeals for humanitarian corridors from Azovstal", "REQUEST", ["Vatican"], "2022-05-01", "text",
              "occurred", "renewed his appeal"),
            E("Israel summons Russia's ambassador over Lavrov's remark", "ACCUSE", ["Russia"], "2022-05-02", "text",
              "occurred", "Israel summoned Russia's ambassador", note="Israel is not canonical"),
        ],
        [
            S("Vatican", "The pope offered through Parolin to travel to Moscow; the Kremlin has not replied",
              "2022-05-03", "context", "the Kremlin has not replied"),
            S("Vatican", "No response from Moscow yet; the pope keeps insisting", "2022-05-03", "text",
              "We have not yet had a response"),
            S("Vatican", "The pope asked Parolin in mid-March to convey his readiness to go to Moscow", "2022-05-03",
              "context", "made the request through Cardinal"),
            S("Vatican", "Fears Putin cannot and does not want the meeting at this time", "2022-05-03", "context",
              "I fear that Putin"),
            S("Vatican", "Will not travel to Kyiv for now; must go to Moscow first", "2022-05-03", "context",
              "go first to Moscow"),
            S("Vatican", "NATO barking at Russia's door may have prompted the invasion", "2022-05-03", "context",
              "NATO barking"),
            S("Vatican", "Told Kirill: we are not clerics of state, he cannot become Putin's altar boy",
              "2022-03-16", "context", "altar boy"),
            S("Vatican", "The June meeting with Kirill in Jerusalem was called off on diplomats' advice",
              "2022-05-03", "context", "called off on the advice"),
            S("Viktor Orbán, via Vatican", "The Russians have a plan to end the war by May 9", "2022-04-21", "text",
              "had told him at their meeting on April 21"),
            S("Vatican", "Cannot say whether arming Ukraine is right: too far away", "2022-05-03", "context",
              "I am too far away"),
            S("Dmitry Peskov", "No concrete plans for a papal visit; contacts go through diplomatic channels",
              "2022-05-03", "text", "no concrete plans"),
            S("Ukraine", "Ambassador Yurash welcomes the pope's readiness; a visit to Kyiv would be the most powerful "
              "sign", "2022-05-04", "published", "Andrii Yurash"),
            S("Vatican", "Parolin: the Holy See is ready to facilitate talks", "2022-W17", "text", "Parolin told reporters"),
            S("Vatican", "The pope renews his appeal for humanitarian corridors from Azovstal", "2022-05-01", "text",
              "renewed his appeal"),
            S("Vatican", "The pope will soon receive injections for his knee", "2022-05-03", "context",
              "injections"),
            S("Sergey Lavrov", "Claims Hitler had Jewish blood", "2022-05-01", "text", "Jewish blood"),
        ],
        ["Vatican", "Vladimir Putin", "Kremlin", "Ukraine", "Russia", "NATO", "Viktor Orbán", "Dmitry Peskov",
         "Volodymyr Zelensky", "Sergey Lavrov"],
        "Report of Wednesday 4 May 2022 on the pope's interview published in Corriere della Sera on Tuesday 3 May.",
    ),
    doc(
        "b38en02_xi_paris_macron_von_der_leyen_2024_05", "2024-05-07", EN02,
        [
            T("Monday", "DATE", "2024-05-06", 0),
            T("five years", "DURATION", "P5Y"),
            T("July 26", "DATE", "2024-07-26"),
            T("mid-June", "DATE", "2024-06", mod="MID"),
            T("Monday", "DATE", "2024-05-06", 1),
            T("The same day", "DATE", "2024-05-06"),
            T("Monday", "DATE", "2024-05-06", 2),
            T("Tuesday", "DATE", "2024-05-07", 0),
            T("later this month", "DATE", "2024-05"),
            T("Tuesday", "DATE", "2024-05-07", 1),
            T("Tuesday evening", "TIME", "2024-05-07TEV"),
            T("Wednesday", "DATE", "2024-05-08"),
        ],
        [
            E("Macron urges Xi to use his influence with Moscow to end the war", "REQUEST",
              ["Emmanuel Macron", "Xi Jinping", "Russia"], "2024-05-06", "text", "occurred", "use his influence"),
            E("Macron–Xi talks at the Élysée", "CONSULT", ["Emmanuel Macron", "Xi Jinping"], "2024-05-06", "text",
              "occurred", "use his influence"),
            E("Macron calls for an Olympic truce in all conflicts", "REQUEST", ["Emmanuel Macron"], "2024-05-06",
              "context", "occurred", "Olympic truce"),
            E("Xi agrees to support the Olympic truce", "SUPPORT", ["Xi Jinping", "Emmanuel Macron"], "2024-05-06",
              "context", "occurred", "Olympic truce"),
            E("Xi rejects attempts to shift blame onto China over Ukraine", "REJECT", ["Xi Jinping"], "2024-05-06",
              "context", "occurred", "shift blame"),
            E("Three-way meeting of Macron, von der Leyen and Xi", "CONSULT",
              ["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "2024-05-06", "context", "occurred",
              "three-way meeting"),
            E("Von der Leyen urges Beijing to stop dual-use goods reaching Russia", "REQUEST",
              ["Ursula von der Leyen", "China"], "2024-05-06", "context", "occurred", "three-way meeting"),
            E("Xi assures Macron China will not sell weapons to Russia and will control dual-use exports", "AGREE",
              ["Xi Jinping", "Emmanuel Macron"], "2024-05-06", "context", "occurred", "gave assurances"),
            E("Xi backs a peace conference recognised by both Russia and Ukraine", "REQUEST",
              ["Xi Jinping", "Russia", "Ukraine"], "2024-05-06", "context", "occurred", "recognised by both"),
            E("China unlikely to attend the Swiss peace conference", "CONSULT", ["China"], "2024-06", "text",
              "uncertain", "recognised by both", date_mod="MID", note="Bürgenstock conference of 15–16 June 2024"),
            E("Ukraine hopes China will take part in the Swiss conference", "REQUEST", ["Ukraine", "China"],
              "2024-05-07", "published", "occurred", "at all levels"),
            E("Peskov: Moscow values Beijing's balanced position", "SUPPORT", ["Dmitry Peskov", "China"],
              "2024-05-06", "text", "occurred", "balanced"),
            E("Russia announces tactical nuclear weapons drills", "MOBILIZE", ["Russia"], "2024-05-06", "text",
              "occurred", "provocative statements"),
            E("Russia blames provocative statements by Macron and British officials", "ACCUSE",
              ["Russia", "Emmanuel Macron", "United Kingdom"], "2024-05-06", "context", "occurred",
              "provocative statements"),
            E("Moscow summons the British and French ambassadors", "ACCUSE", ["Russia", "United Kingdom", "France"],
              "2024-05-06", "text", "occurred", "summoned the British and French ambassadors"),
            E("Moscow warns it could hit British military targets", "THREATEN", ["Russia", "United Kingdom"],
              "2024-05-06", "context", "occurred", "summoned the British and French ambassadors"),
            E("Putin to visit China", "CONSULT", ["Vladimir Putin", "China"], "2024-05", "text", "planned",
              "later this month", note="Putin visited China on 16–17 May 2024"),
            E("Macron takes Xi to the Tourmalet pass", "CONSULT", ["Emmanuel Macron", "Xi Jinping"], "2024-05-07",
              "text", "planned", "Tourmalet"),
            E("Xi to visit Serbia", "CONSULT", ["Xi Jinping"], "2024-05-07TEV", "text", "planned", "fly to Serbia",
              note="Serbia is not canonical"),
            E("Xi to hold talks with Orbán in Hungary", "CONSULT", ["Xi Jinping", "Viktor Orbán"], "2024-05-08",
              "text", "planned", "fly to Serbia"),
        ],
        [
            S("Emmanuel Macron", "Urges Xi to use his influence with Moscow to help end the war", "2024-05-06",
              "text", "use his influence"),
            S("Emmanuel Macron", "Calls for an Olympic truce; Xi agreed to support it", "2024-05-06", "context",
              "Olympic truce"),
            S("Xi Jinping", "China is not at the origin of the crisis, nor a party, nor a participant", "2024-05-06",
              "context", "not at the origin"),
            S("Xi Jinping", "Opposes using the Ukraine crisis to shift blame onto and smear a third country",
              "2024-05-06", "context", "shift blame"),
            S("Ursula von der Leyen", "Beijing must do more to stop dual-use goods reaching Russia", "2024-05-06",
              "context", "three-way meeting"),
            S("Xi Jinping, via Emmanuel Macron", "China will not sell weapons to Russia and will strictly control "
              "dual-use exports", "2024-05-06", "context", "gave assurances"),
            S("Xi Jinping", "Supports a peace conference recognised by both Russia and Ukraine", "2024-05-06",
              "context", "recognised by both"),
            S("Ukraine", "Hopes China will take part; in contact with Beijing at all levels", "2024-05-07",
              "published", "at all levels"),
            S("Dmitry Peskov", "Moscow values Beijing's balanced position", "2024-05-06", "text", "balanced"),
            S("Russia", "Defence ministry: nuclear drills in response to provocative Western statements",
              "2024-05-06", "text", "provocative statements"),
            S("Russia", "Warns London that Russia could hit British military targets", "2024-05-06", "context",
              "summoned the British and French ambassadors"),
        ],
        ["Emmanuel Macron", "France", "Xi Jinping", "China", "Russia", "Ukraine", "Ursula von der Leyen",
         "European Union", "Dmitry Peskov", "Kremlin", "United Kingdom", "Vladimir Putin", "Viktor Orbán"],
        "Report of Tuesday 7 May 2024 on Xi Jinping's talks in Paris on Monday 6 May.",
    ),
    doc(
        "b38en03_erdogan_zelenskyy_ankara_riyadh_2025_02", "2025-02-18", EN03,
        [
            T("Tuesday", "DATE", "2025-02-18"),
            T("the same day", "DATE", "2025-02-18"),
            T("Wednesday", "DATE", "2025-02-19", 0),
            T("about four and a half hours", "DURATION", "PT4H30M", mod="APPROX"),
            T("2022", "DATE", "2022", 0),
            T("last year", "DATE", "2024"),
            T("March 2022", "DATE", "2022-03"),
            T("July of that year", "DATE", "2022-07"),
            T("Wednesday", "DATE", "2025-02-19", 1),
            T("Monday", "DATE", "2025-02-17"),
        ],
        [
            E("Erdoğan offers Türkiye as host for Russia–Ukraine–US negotiations", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine", "United States"], "2025-02-18", "text", "occurred",
              "ideal host"),
            E("Erdoğan receives Zelensky in Ankara", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2025-02-18", "text", "occurred", "ideal host"),
            E("Erdoğan backs Ukraine's territorial integrity", "SUPPORT", ["Recep Tayyip Erdoğan", "Ukraine"],
              "2025-02-18", "context", "occurred", "territorial integrity"),
            E("Turkish and Ukrainian ministers sign agreements on defence industry and trade", "AGREE",
              ["Turkey", "Ukraine"], "2025-02-18", "context", "occurred", "High-Level Strategic Council"),
            E("Zelensky: Kyiv will not recognise any agreement reached without it", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-18", "context", "occurred",
              "would not recognise"),
            E("Zelensky: Ukraine, Europe, Türkiye and the UK should be at the table", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union", "Turkey", "United Kingdom"], "2025-02-18",
              "context", "occurred", "should be at the table"),
            E("Zelensky postpones his visit to Saudi Arabia", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"],
              "2025-02-19", "text", "cancelled", "postpone a visit"),
            E("Rubio and Lavrov meet in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-02-18",
              "context", "occurred", "met for about four and a half hours"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text",
              "occurred", "met for about four and a half hours"),
            E("US and Russia agree to restore embassy staffing", "AGREE", ["United States", "Russia"], "2025-02-18",
              "context", "occurred", "restore the staffing"),
            E("US and Russia agree to appoint teams on ending the war and to explore economic cooperation", "AGREE",
              ["United States", "Russia"], "2025-02-18", "context", "occurred", "high-level teams"),
            E("Lavrov: troops from NATO countries in Ukraine unacceptable", "REJECT", ["Sergey Lavrov", "NATO"],
              "2025-02-18", "context", "occurred", "unacceptable"),
            E("Putin ready to talk to Zelensky if necessary", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-02-18", "published", "occurred", "if necessary"),
            E("Peskov questions Zelensky's legitimacy", "ACCUSE", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2025-02-18", "published", "occurred", "if necessary"),
            E("Fidan: Türkiye ready to host technical talks on Black Sea navigation and prisoner exchanges",
              "REQUEST", ["Hakan Fidan", "Russia", "Ukraine"], "2025-02-18", "context", "occurred",
              "technical negotiations"),
            E("Russian–Ukrainian talks in Istanbul hosted by Türkiye", "CONSULT", ["Turkey", "Russia", "Ukraine"],
              "2022-03", "text", "occurred", "helped broker"),
            E("Black Sea Grain Initiative brokered with Türkiye's help", "AGREE", ["Turkey", "Russia", "Ukraine"],
              "2022-07", "text", "occurred", "helped broker"),
            E("Kellogg to hold talks with Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"],
              "2025-02-19", "text", "planned", "Keith Kellogg is due in Kyiv"),
            E("Emergency meeting of European leaders in Paris", "CONSULT", ["Emmanuel Macron", "European Union"],
              "2025-02-17", "text", "occurred", "emergency meeting in Paris"),
        ],
        [
            S("Recep Tayyip Erdoğan", "Türkiye would be an ideal host for Russia–Ukraine–US negotiations",
              "2025-02-18", "text", "ideal host"),
            S("Recep Tayyip Erdoğan", "Türkiye supports Ukraine's territorial integrity and works for a just and "
              "lasting peace", "2025-02-18", "context", "territorial integrity"),
            S("Volodymyr Zelensky", "Kyiv will not recognise any agreement reached without Ukraine", "2025-02-18",
              "context", "would not recognise"),
            S("Volodymyr Zelensky", "Ukraine, Europe, Türkiye and the UK should be at the table", "2025-02-18",
              "context", "should be at the table"),
            S("Volodymyr Zelensky", "Postpones his Saudi visit so as not to legitimise the Riyadh meeting",
              "2025-02-18", "context", "postpone a visit"),
            S("United States", "State Department: the two sides agreed to restore embassy staffing", "2025-02-18",
              "context", "restore the staffing"),
            S("Sergey Lavrov", "Troops from NATO countries in Ukraine, even under another flag, are unacceptable",
              "2025-02-18", "context", "unacceptable"),
            S("Vladimir Putin, via Dmitry Peskov", "Ready to talk to Zelensky if necessary", "2025-02-18",
              "published", "if necessary"),
            S("Dmitry Peskov", "Questions the legitimacy of Zelensky, whose term would have ended last year",
              "2025-02-18", "published", "if necessary"),
            S("Hakan Fidan", "Türkiye is ready to host technical talks on Black Sea navigation and prisoner exchanges",
              "2025-02-18", "context", "technical negotiations"),
            S("Turkey", "Officials irritated that Türkiye was not invited to Paris", "2025-02-18", "published",
              "noted with some irritation"),
        ],
        ["Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "United States", "Volodymyr Zelensky",
         "European Union", "United Kingdom", "Saudi Arabia", "Marco Rubio", "Sergey Lavrov", "NATO",
         "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Hakan Fidan", "Keith Kellogg", "Emmanuel Macron", "France"],
        "Online report of Tuesday 18 February 2025, the day of the Ankara visit and of the Riyadh talks.",
    ),
    doc(
        "b38en04_g20_johannesburg_europeans_plan_2025_11", "2025-11-23", EN04,
        [
            T("Saturday", "DATE", "2025-11-22", 0),
            T("Thursday", "DATE", "2025-11-20", 0),
            T("Friday", "DATE", "2025-11-21", 0),
            T("Thursday", "DATE", "2025-11-27", 1),
            T("Saturday", "DATE", "2025-11-22", 1),
            T("Friday", "DATE", "2025-11-21", 1),
            T("the same evening", "TIME", "2025-11-21TEV"),
            T("Sunday", "DATE", "2025-11-23", 0),
            T("Saturday", "DATE", "2025-11-22", 2),
            T("Saturday", "DATE", "2025-11-22", 3),
            T("Sunday", "DATE", "2025-11-23", 1),
            T("next year", "DATE", "2026"),
        ],
        [
            E("European leaders: the US plan is a basis that requires additional work", "REQUEST",
              EU4 + ["United States"], "2025-11-22", "text", "occurred", "a basis which will require"),
            E("European leaders meet on the sidelines of the G20 summit", "CONSULT", EU4, "2025-11-22", "context",
              "occurred", "drawn up on the sidelines"),
            E("European leaders: borders must not be changed by force", "REQUEST", EU4 + ["Russia"], "2025-11-22",
              "context", "occurred", "borders must not be changed"),
            E("US Army Secretary presents the 28-point plan to Zelensky in Kyiv", "CONSULT",
              ["United States", "Volodymyr Zelensky"], "2025-11-20", "text", "occurred", "28-point plan"),
            E("US plan requires Ukraine to give up the rest of Donetsk and renounce NATO membership", "REQUEST",
              ["United States", "Ukraine"], "2025-11-20", "text", "occurred", "28-point plan"),
            E("Trump stays away from the Johannesburg summit", "CONSULT", ["Donald Trump"], "2025-11-22", "context",
              "cancelled", "who is boycotting"),
            E("Trump gives Kyiv until Thursday to accept the plan", "THREATEN", ["Donald Trump", "Ukraine"],
              "2025-11-21", "text", "occurred", "who is boycotting", note="deadline: Thursday 27 November 2025"),
            E("Putin: the plan could form the basis of a final settlement", "SUPPORT",
              ["Vladimir Putin", "United States"], "2025-11-21TEV", "text", "occurred", "could form the basis"),
            E("Putin warns Russian troops will keep advancing if Kyiv refuses to negotiate", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2025-11-21TEV", "context", "occurred", "could form the basis"),
            E("US–Ukraine talks in Geneva with British, French and German advisers", "CONSULT",
              ["United States", "Ukraine", "United Kingdom", "France", "Germany", "Marco Rubio", "Steve Witkoff",
               "Andriy Yermak"], "2025-11-23", "text", "planned", "were due to meet in Geneva"),
            E("G20 summit in Johannesburg", "CONSULT", G20, "2025-11-22", "text", "occurred",
              "adopted the summit's declaration"),
            E("G20 leaders adopt the declaration at the start of the summit", "AGREE", G20, "2025-11-22", "text",
              "occurred", "adopted the summit's declaration"),
            E("G20 declaration calls for a just and lasting peace in Ukraine", "REQUEST", G20 + ["Ukraine"],
              "2025-11-22", "context", "occurred", "comprehensive and lasting peace"),
            E("US objects to the adoption of the declaration", "REJECT", ["United States"], "2025-11-22", "text",
              "occurred", "over US objections"),
            E("Washington to send only an embassy official to the G20 handover", "REJECT", ["United States"],
              "2025-11-23", "published", "occurred", "embassy official",
              note="South Africa is not canonical; the handover is on Sunday 23 November"),
        ],
        [
            S(EU4_JOINT, "The US plan is a basis which will require additional work", "2025-11-22", "text",
              "a basis which will require"),
            S(EU4_JOINT, "Borders must not be changed by force; concerned by proposed limits on Ukraine's armed "
              "forces", "2025-11-22", "context", "borders must not be changed"),
            S("Donald Trump", "Kyiv has until Thursday to accept the plan", "2025-11-21", "text",
              "who is boycotting"),
            S("Donald Trump", "The plan is not his final offer", "2025-11-22", "text", "final offer"),
            S("Volodymyr Zelensky", "Ukraine faces one of the most difficult moments in its history", "2025-11-21",
              "text", "most difficult moments"),
            S("Vladimir Putin", "The plan could form the basis of a final settlement; troops will keep advancing if "
              "Kyiv refuses to negotiate", "2025-11-21TEV", "text", "could form the basis"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer, Giorgia Meloni, European Union, China, "
              "Russia", "G20 declaration: a just, comprehensive and lasting peace in Ukraine, Sudan, DR Congo and the "
              "occupied Palestinian territories", "2025-11-22", "context", "comprehensive and lasting peace"),
            S("United States", "State Department: the declaration was adopted over US objections", "2025-11-22",
              "text", "over US objections"),
            S("United States", "Will send only an embassy official to the handover", "2025-11-23", "published",
              "embassy official"),
        ],
        ["Friedrich Merz", "Germany", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom",
         "Giorgia Meloni", "European Union", "United States", "Ukraine", "Volodymyr Zelensky", "Donald Trump",
         "Vladimir Putin", "Russia", "Marco Rubio", "Steve Witkoff", "Andriy Yermak", "China", "Kremlin", "NATO"],
        "Sunday report of 23 November 2025, the second day of the G20 summit in Johannesburg (22–23 November).",
    ),
    doc(
        "b38en05_gymnich_limassol_shadow_fleet_2026_03", "2026-03-14", EN05,
        [
            T("Friday", "DATE", "2026-03-13", 0),
            T("the end of April", "DATE", "2026-04", mod="END"),
            T("February", "DATE", "2026-02"),
            T("Friday", "DATE", "2026-03-13", 1),
            T("next month", "DATE", "2026-04"),
            T("Friday", "DATE", "2026-03-13", 2),
            T("Wednesday", "DATE", "2026-03-11"),
            T("overnight into Saturday", "TIME", "2026-03-13TNI", note="night of 13 to 14 March"),
            T("Saturday", "DATE", "2026-03-14", 1),
            T("two-day", "DURATION", "P2D"),
            T("Saturday", "DATE", "2026-03-14", 2),
            T("the end of June", "DATE", "2026-06", mod="END"),
            T("2012", "DATE", "2012"),
            T("Friday evening", "TIME", "2026-03-13TEV"),
        ],
        [
            E("Informal meeting of EU foreign ministers (Gymnich) in Limassol", "CONSULT",
              ["European Union", "Kaja Kallas"], "2026-03-13", "text", "occurred", "agreed to prepare a 21st package",
              note="meeting of 13–14 March 2026"),
            E("EU ministers agree to prepare a 21st sanctions package against the shadow fleet", "AGREE",
              ["European Union", "Russia"], "2026-03-13", "text", "occurred", "agreed to prepare a 21st package"),
            E("21st package with a full maritime services ban to be presented by the end of April", "SANCTION",
              ["European Union", "Russia"], "2026-04", "text", "planned", "full ban on maritime services",
              date_mod="END"),
            E("EU adopted its 20th sanctions package", "SANCTION", ["European Union", "Russia"], "2026-02", "text",
              "occurred", "20th package"),
            E("Orbán threatens to veto any package touching Russian nuclear fuel or pipeline oil", "THREATEN",
              ["Viktor Orbán", "European Union"], "2026-03-13", "text", "occurred", "would veto"),
            E("Sybiha joins the EU ministers", "CONSULT", ["Andrii Sybiha", "European Union"], "2026-03-13", "text",
              "occurred", "without further delay"),
            E("Sybiha urges the EU to seize shadow-fleet tankers and use immobilised Russian assets", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-03-13", "context", "occurred", "without further delay"),
            E("Kallas: the EU must have a seat at the table in peace talks", "REQUEST",
              ["Kaja Kallas", "United States"], "2026-03-13", "context", "occurred", "a seat at the table"),
            E("Witkoff holds a new round with Russian and Ukrainian negotiators in Abu Dhabi", "CONSULT",
              ["Steve Witkoff", "Russia", "Ukraine"], "2026-03-11", "text", "occurred", "a seat at the table"),
            E("Russian drone and missile attack on the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-03-13TNI", "text", "occurred", "overnight into Saturday"),
            E("Zakharova accuses the EU of state piracy", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2026-03-14", "published", "occurred", "state piracy"),
            E("Zakharova: Russia will protect its shipping by all means", "THREATEN",
              ["Maria Zakharova", "European Union"], "2026-03-14", "published", "occurred", "state piracy"),
        ],
        [
            S("Kaja Kallas", "Ministers agreed to prepare a 21st package aimed at the shadow fleet", "2026-03-13",
              "text", "agreed to prepare a 21st package"),
            S("Kaja Kallas", "The package, due by the end of April, would include a full maritime services ban for "
              "Russian crude", "2026-03-13", "context", "full ban on maritime services"),
            S("Viktor Orbán", "Hungary would veto any package touching Russian nuclear fuel or pipeline oil",
              "2026-03-13", "text", "would veto"),
            S("Andrii Sybiha", "The EU should seize shadow-fleet tankers and use immobilised Russian assets without "
              "delay", "2026-03-13", "context", "without further delay"),
            S("Kaja Kallas", "The EU must have a seat at the table in any peace talks", "2026-03-13", "context",
              "a seat at the table"),
            S("Ukraine", "Navy: more than 90 drones and three missiles hit the Odesa region overnight", "2026-03-14",
              "published", "overnight into Saturday"),
            S("Maria Zakharova", "The EU commits state piracy; Russia will protect its shipping by all means",
              "2026-03-14", "published", "state piracy"),
            S("Dmitry Peskov", "New sanctions will not change Moscow's position", "2026-03-14", "text",
              "would not change Moscow's position"),
        ],
        ["European Union", "Russia", "Kaja Kallas", "Viktor Orbán", "Andrii Sybiha", "Ukraine", "Steve Witkoff",
         "United States", "Maria Zakharova", "Dmitry Peskov", "Kremlin"],
        "Fiction in a plausible setting: an informal meeting of EU foreign ministers in Limassol under the Cyprus "
        "presidency, 13–14 March 2026; online report of Saturday 14 March.",
    ),
    doc(
        "b38en06_trump_putin_budapest_summit_2026_03", "2026-03-27", EN06,
        [
            T("nearly three hours", "DURATION", "PT3H", mod="APPROX"),
            T("Thursday", "DATE", "2026-03-26", 0),
            T("Friday", "DATE", "2026-03-27", 0),
            T("Wednesday evening", "TIME", "2026-03-25TEV"),
            T("early April", "DATE", "2026-04", mod="START"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2026-03-26", 1),
            T("Thursday", "DATE", "2026-03-26", 2),
            T("June", "DATE", "2026-06"),
            T("March 2023", "DATE", "2023-03"),
            T("Overnight into Friday", "TIME", "2026-03-26TNI", note="night of 26 to 27 March"),
            T("next month", "DATE", "2026-04"),
            T("Thursday", "DATE", "2026-03-26", 3),
            T("Friday morning", "TIME", "2026-03-27TMO"),
        ],
        [
            E("Trump–Putin summit in Budapest hosted by Orbán", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Viktor Orbán"], "2026-03-26", "text", "occurred",
              "held nearly three hours of talks"),
            E("Trump and Putin agree to set up working groups on a ceasefire line and economic issues", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2026-03-26", "text", "occurred", "held nearly three hours of talks"),
            E("No agreement on a truce in Ukraine", "REJECT", ["Donald Trump", "Vladimir Putin"], "2026-03-26",
              "text", "occurred", "held nearly three hours of talks"),
            E("Trump to call Zelensky", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-03-27", "text",
              "planned", "closer than we have ever been"),
            E("Agreement in principle on an all-for-all prisoner exchange", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2026-03-26", "context", "occurred", "in principle"),
            E("Putin: a ceasefire only after Ukraine withdraws from Donetsk", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-03-26", "context", "occurred", "in principle"),
            E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"], "2026-03-26",
              "context", "occurred", "seriously consider"),
            E("Rubio and Lavrov prepare the summit over dinner", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
              "2026-03-25TEV", "text", "occurred", "over dinner"),
            E("Working groups to meet in Istanbul", "CONSULT", ["United States", "Russia"], "2026-04", "text",
              "planned", "working groups would meet in Istanbul", date_mod="START"),
            E("Zelensky: no decision on Ukraine without Ukraine", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin"], "2026-03-26", "context", "occurred",
              "no decision on Ukraine"),
            E("Zelensky rules out a withdrawal from Donetsk", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2026-03-26", "context", "occurred", "no decision on Ukraine"),
            E("Sybiha accuses Orbán of rolling out the red carpet for a war criminal", "ACCUSE",
              ["Andrii Sybiha", "Viktor Orbán"], "2026-03-26", "text", "occurred", "red carpet"),
            E("Kallas: Orbán's government was obliged to arrest Putin", "ACCUSE", ["Kaja Kallas", "Viktor Orbán"],
              "2026-03-26", "text", "occurred", "obliged to arrest"),
            E("ICC arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "issued an arrest warrant", note="the ICC is not canonical (blind4's rule)"),
            E("Russian drone strikes on energy facilities in Kharkiv and Poltava regions", "ASSAULT",
              ["Russia", "Ukraine"], "2026-03-26TNI", "text", "occurred", "Overnight into Friday"),
        ],
        [
            S("Donald Trump", "We are closer than ever; will call Zelensky on Friday", "2026-03-26", "context",
              "closer than we have ever been"),
            S("Vladimir Putin", "Agreed in principle on an all-for-all exchange; a ceasefire must follow Ukraine's "
              "withdrawal from Donetsk", "2026-03-26", "context", "in principle"),
            S("Donald Trump", "Will seriously consider Putin's invitation to Moscow", "2026-03-26", "context",
              "seriously consider"),
            S("Yuri Ushakov", "The working groups will meet in Istanbul in early April", "2026-03-26", "context",
              "working groups would meet in Istanbul"),
            S("Volodymyr Zelensky", "No decision on Ukraine without Ukraine; no withdrawal from Donetsk",
              "2026-03-26", "context", "no decision on Ukraine"),
            S("Andrii Sybiha", "Orbán rolls out the red carpet for a war criminal", "2026-03-26", "text",
              "red carpet"),
            S("Kaja Kallas", "Orbán's government was obliged to arrest Putin as an ICC member", "2026-03-26", "text",
              "obliged to arrest"),
            S("Ukraine", "Air force: Russian drones hit energy facilities in Kharkiv and Poltava regions overnight",
              "2026-03-27", "published", "Overnight into Friday"),
            S("Viktor Orbán", "Budapest is the capital of peace", "2026-03-26", "text", "capital of peace"),
            S("Viktor Orbán", "Government spokesman: the costs will be published in due course", "2026-03-27",
              "published", "Zoltán Kovács"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Russia", "Viktor Orbán", "Ukraine",
         "Volodymyr Zelensky", "Marco Rubio", "Sergey Lavrov", "Yuri Ushakov", "Kremlin", "Andrii Sybiha",
         "Kaja Kallas", "European Union"],
        "Fiction in a plausible setting: a Trump–Putin summit in Budapest on Thursday 26 March 2026; report of "
        "Friday 27 March.",
    ),
]
