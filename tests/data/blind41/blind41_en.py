"""English articles of the blind41 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b41en01 (The Economist)
EN01 = """
The Black Sea grain deal survives another round

For a few days it looked as if the Black Sea Grain Initiative, which has let Ukraine ship food out of three of its ports since last summer, would quietly expire.
Then, on May 17th, Recep Tayyip Erdogan, Turkey's president, announced that Russia had agreed to extend it by another two months.
Ukraine and the United Nations, the deal's other parties, quickly confirmed it.

It had been a close-run thing.
Last month Sergei Lavrov, Russia's foreign minister, warned that Moscow would let the arrangement lapse on May 18th unless the West removed obstacles to Russia's own exports of grain and fertiliser.
His list included reconnecting Rosselkhozbank, a state agricultural lender, to SWIFT, the international payments system, and reopening a pipeline that carried Russian ammonia to the port of Odesa before the war.
On Thursday Maria Zakharova, a spokeswoman for the foreign ministry, said this would be the last extension unless "the Russian part" of the package was honoured.

António Guterres, the UN's secretary-general, who brokered the original deal with Turkey in July 2022 alongside a separate memorandum promising to ease Russian farm exports, called the extension "good news for the world".
America's State Department welcomed it too, while accusing Russia of holding the world's food supply hostage.
The relief is tempered.
Since late last year inspections of ships by joint teams in Istanbul have slowed to a crawl, and Ukraine accuses Russia of dragging its feet.
Ukrainian officials say the number of vessels inspected each day fell from about ten in October to barely three this month.

Ukraine wants more, not less.
Oleksandr Kubrakov, its infrastructure minister, has asked for the port of Mykolaiv to be added to the corridor and for the deal to run for at least a year.
Vladimir Putin, for his part, hinted in March that Russia could give grain to poor African countries for free if the arrangement collapsed.
He may repeat the offer at a summit with African leaders in St Petersburg planned for late July.

Mr Erdogan, who faces a run-off election on May 28th, will take the credit.
Earlier this week he spoke to Mr Putin by telephone, according to his office, and the two agreed to stay in close contact about the corridor.
The next deadline falls in mid-July.
Few in Kyiv or at the UN expect Russia to make it an easy one.
"""

# ---------------------------------------------------------------- b41en02 (NucNet)
EN02 = """
IAEA Chief Visits Kursk Nuclear Station As Fighting Continues Nearby

28 Aug (NucNet): International Atomic Energy Agency director-general Rafael Mariano Grossi visited the Kursk nuclear power station in western Russia on Tuesday and warned that military activity in the region posed a serious threat to its safety.
Mr Grossi, who was accompanied by Rosatom director-general Alexey Likhachev, said the danger of a nuclear accident had become "real" since Ukrainian forces crossed into the region on 6 August.
He called on both sides to show "maximum restraint" around all nuclear facilities.

The station, near the town of Kurchatov, lies about 50km from the border.
Its four RBMK-1000 units, two of which are in operation, have no protective containment dome over the reactor hall, which makes them more vulnerable to artillery or drone strikes than modern designs, Mr Grossi said.
Russian officials showed him what they said were the remains of a drone shot down near the site on 22 August and accused Ukraine of trying to attack the plant.
Mr Grossi said the IAEA was not in a position to confirm where the drone had come from.

Kyiv criticised the trip.
Ukraine's foreign ministry said the IAEA should concentrate on the Zaporizhzhia station in the south of Ukraine, which Russian forces have occupied since March 2022, and said Kyiv had no intention of targeting the Kursk plant.
On 11 August a fire broke out in one of Zaporizhzhia's cooling towers, with Moscow and Kyiv blaming each other.

Mr Grossi said he would travel to Kyiv next week and then to the Zaporizhzhia station to oversee the rotation of IAEA experts there.
The visit came a day after Russia launched one of its largest missile and drone attacks of the war on Ukraine's power grid, which the IAEA said forced Ukraine's operating nuclear stations to reduce output.
A meeting in Qatar at which Russia and Ukraine were to discuss a halt to strikes on energy infrastructure had been planned for this month but was put off after the Kursk incursion, according to people familiar with the matter.
Kremlin spokesman Dmitry Peskov said on Wednesday that no such talks were on the agenda.

Russia's Kursk-2 station, under construction next to the existing units, is expected to start commercial operation of its first VVER-TOI unit in 2025.
"""

# ---------------------------------------------------------------- b41en03 (WAM)
EN03 = """
UAE succeeds in new mediation between Russia and Ukraine, securing release of 390 captives

ABU DHABI, 2nd October, 2025 (WAM) -- The UAE has succeeded in a new mediation between the Russian Federation and Ukraine, resulting in the release on Thursday of 390 captives from both sides, including 20 Ukrainian civilians.
The Ministry of Foreign Affairs (MoFA) said that the latest mediation brought the total number of captives released in exchanges mediated by the UAE between the two countries to 4,641.
The Ministry expressed its appreciation to both countries for their cooperation with the UAE's mediation efforts.

It added that the success of the new mediation reflected the close friendship between the UAE and both Moscow and Kyiv.
The UAE reaffirmed its commitment to supporting all efforts aimed at resolving the crisis through dialogue and to alleviating its humanitarian consequences.

In Kyiv, President Volodymyr Zelenskyy said on Thursday that 185 servicemen and 20 civilians had returned home, many of them held since 2022.
He thanked the UAE and said Ukraine would keep working to free "every one of our people", calling on Moscow to agree to an exchange of all prisoners for all.
The Coordination Headquarters for the Treatment of Prisoners of War said the youngest of those released was 22 and the oldest 60.

The Russian Ministry of Defence said 185 Russian servicemen had been returned and would receive medical and psychological care.
Russia's human rights commissioner, Tatyana Moskalkova, said the group also included residents of the Kursk region who had been held in Ukraine.
Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to humanitarian steps but saw no progress in political negotiations with Kyiv.

The exchange was the first since 24th August, when 146 prisoners from each side were swapped in a UAE-mediated operation.
Delegations of the two countries agreed on large-scale exchanges of prisoners and of the bodies of fallen soldiers during talks in Istanbul in May, June and July, but no further round has been held.
US Special Envoy Steve Witkoff welcomed the exchange on social media as "a good sign" and thanked Abu Dhabi for its role.
The UAE has also facilitated the reunification of several Ukrainian and Russian children with their families this year, according to the Ministry.
"""

# ---------------------------------------------------------------- b41en04 (JURIST)
EN04 = """
ICC Issues Arrest Warrants for Three Russian Officials Over Deportation of Ukrainian Children

Pre-Trial Chamber II of the International Criminal Court (ICC) on Thursday issued arrest warrants for three Russian officials suspected of the unlawful deportation and transfer of children from occupied parts of Ukraine's Kherson and Zaporizhzhia regions.
According to the court's press release, there are reasonable grounds to believe that the suspects, among them a deputy governor installed by Moscow in the Kherson region, bear responsibility for the removal of at least 400 children between October 2022 and the spring of 2023.
The chamber made the names public at the prosecution's request, finding that publicity could help prevent further crimes.

The warrants follow those issued in March 2023 against Russian President Vladimir Putin and his children's rights commissioner, Maria Lvova-Belova, on the same charges.
Russia does not recognize the court's jurisdiction and has ignored the earlier warrants.

Ukraine's Office of the Prosecutor General welcomed the decision and said it had shared evidence on more than 19,000 deported children with the court.
Foreign Minister Andrii Sybiha wrote on X that "every child taken by Russia must come home" and urged all states parties to arrest the suspects if they set foot on their territory.

Russian Foreign Ministry spokesperson Maria Zakharova said on Friday the warrants were "legally null and void" for Moscow and accused the court of carrying out "Western political orders."
Kremlin spokesperson Dmitry Peskov said Russia had evacuated children from combat zones to protect them and was returning them to relatives who came forward.

The warrants came days after Hungary's withdrawal from the Rome Statute took effect on Tuesday, making it the first European Union member to leave the court.
Budapest notified the UN secretary-general of its decision in June 2025, two months after Prime Minister Viktor Orban announced the move during a visit by Israeli Prime Minister Benjamin Netanyahu, who is also the subject of an ICC warrant.
EU foreign policy chief Kaja Kallas called the withdrawal "deeply regrettable" and said the bloc would continue to back the court.

The United States, which is not a party to the Rome Statute, imposed sanctions on the court's prosecutor and several of its judges last year.
A State Department spokesperson said on Thursday that Washington's position on the court "has not changed" but declined to comment on the new warrants.

Separately, Ukraine and the Council of Europe signed an agreement establishing a special tribunal for the crime of aggression in June 2025; its first judges are due to be elected by the end of this year.
The ICC itself cannot try Russian leaders for aggression because Russia is not a party to the statute.
"""

# ---------------------------------------------------------------- b41en05 (Devex)
EN05 = """
Exclusive: First UN aid convoy crosses front line into Russian-held southern Ukraine

The first United Nations humanitarian convoy to reach Russian-occupied territory in southern Ukraine since the full-scale invasion crossed the front line near Vasylivka on Tuesday, UN officials told Devex.
The five trucks carried medicines, hygiene kits and water purification equipment for an estimated 30,000 people in the Zaporizhzhia region, according to the UN Office for the Coordination of Humanitarian Affairs, or OCHA.

The operation followed an arrangement that OCHA negotiated with Moscow and Kyiv late last month, after several rounds of talks in Geneva over the summer.
Under it, both sides committed to a four-hour pause in hostilities along the route, and UN staff were to return to government-controlled territory the same day.
The pause held, according to the UN, although artillery fire could be heard in the distance.

Tom Fletcher, the UN's emergency relief coordinator, said on Wednesday that the convoy was "a small door, but a door."
He called on both parties to allow regular deliveries and access for UN human rights monitors, who have been barred from the occupied areas since 2022.

Russia's foreign ministry said the convoy had been made possible by "the goodwill of the Russian side" and that the aid would be distributed by local authorities together with the Russian Red Cross.
A spokesperson for Ukraine's Ministry of Reintegration told Devex that Kyiv had consented on condition that nothing was handed to occupation authorities and that the UN alone chose the recipients.
A second UN official, speaking on condition of anonymity, said that condition had not been fully met.

The operation is paid for from the Ukraine Humanitarian Fund, which has received $15 million from Germany and $10 million from the European Union this year, after the United States cut most of its humanitarian funding in 2025.
A second convoy, to the left bank of the Dnipro in the Kherson region, is planned for next month, OCHA said.

Kremlin spokesperson Dmitry Peskov said Moscow would "consider" further requests but linked wider access to progress in its talks with Washington.
UN Secretary-General António Guterres raised humanitarian access with Russian Foreign Minister Sergey Lavrov on the sidelines of the General Assembly last year, his spokesperson said.
The UN estimates that about 1.5 million people in the occupied areas need assistance.
"""

# ---------------------------------------------------------------- b41en06 (JusticeInfo.net)
EN06 = """
In The Hague, a new centre starts building the aggression case against Russia's leaders

An international centre meant to prepare future prosecutions for the crime of aggression against Ukraine opened on Monday at Eurojust, the European Union's agency for criminal justice cooperation in The Hague.
The International Centre for the Prosecution of the Crime of Aggression against Ukraine (ICPA) brings together prosecutors from Ukraine and five EU member states, as well as a special prosecutor seconded by the United States.
The International Criminal Court, which is investigating war crimes, crimes against humanity and genocide in Ukraine, also takes part.

"This is the first step towards a tribunal," Ukraine's Prosecutor General Andriy Kostin said at the launch, adding that his office had identified more than 600 suspects in aggression cases.
EU Justice Commissioner Didier Reynders said the centre would secure evidence "so that no time is lost when the tribunal is established."
Eurojust president Ladislav Hamran said the centre would work with a database of evidence that the agency set up in February.

What kind of tribunal the evidence will eventually serve remains disputed.
Kyiv wants a fully international court backed by the UN General Assembly, a demand President Volodymyr Zelensky repeated in a speech in The Hague in May.
Germany, France and the United States have so far favoured a "hybrid" court rooted in Ukrainian law, with international judges.
A core group of some 38 states convened by Ukraine has been discussing the options since early this year.

The ICC itself cannot prosecute the aggression because Russia has not ratified the Rome Statute.
It has, however, issued arrest warrants for President Vladimir Putin and his children's rights commissioner, Maria Lvova-Belova, over the deportation of Ukrainian children, in March.
Its prosecutor, Karim Khan, said at the launch that his office would share relevant information with the centre.

Moscow dismissed the initiative.
Maria Zakharova, the Russian foreign ministry's spokeswoman, said on Monday that the centre had "no legal basis" and accused Western governments of trying to "legitimise their own crimes" through selective justice.

The United States joined the work of the joint investigation team on Ukraine through a memorandum of understanding signed in March, its first such arrangement with Eurojust.
US Attorney General Merrick Garland announced the step during a visit to Lviv.
Separately, the member states of the Council of Europe agreed at their Reykjavik summit in May to set up a register of the damage caused by Russia's aggression.
One international law professor in Leiden cautioned that, without a court, the centre risked becoming "a very well-organised archive."
"""


def doc(id, published, body, timexes, events, statements, actors, published_basis=None):
    d = dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
             statements=statements, actors=actors)
    if published_basis:
        d["published_basis"] = published_basis
    return d


DOCS = [
    doc(
        "b41en01_grain_deal_extension_2023_05", "2023-05-20", EN01,
        [
            T("a few days", "DURATION", "PXD"),
            T("last summer", "DATE", "2022-SU"),
            T("May 17th", "DATE", "2023-05-17"),
            T("two months", "DURATION", "P2M"),
            T("Last month", "DATE", "2023-04"),
            T("May 18th", "DATE", "2023-05-18"),
            T("Thursday", "DATE", "2023-05-18"),
            T("July 2022", "DATE", "2022-07"),
            T("late last year", "DATE", "2022", mod="END"),
            T("each day", "SET", "P1D"),
            T("October", "DATE", "2022-10"),
            T("this month", "DATE", "2023-05"),
            T("at least a year", "DURATION", "P1Y", mod="EQUAL_OR_MORE"),
            T("March", "DATE", "2023-03"),
            T("late July", "DATE", "2023-07", mod="END"),
            T("May 28th", "DATE", "2023-05-28"),
            T("this week", "DATE", "2023-W20"),
            T("mid-July", "DATE", "2023-07", mod="MID"),
        ],
        [
            E("Russia agrees to extend the Black Sea Grain Initiative by two months, as Erdogan announces",
              "AGREE", ["Russia", "Recep Tayyip Erdoğan", "Ukraine", "United Nations"], "2023-05-17", "text",
              "occurred", "on May 17th"),
            E("Lavrov warns that Moscow will let the deal lapse on 18 May", "THREATEN", ["Sergey Lavrov"],
              "2023-04", "text", "occurred", "Last month Sergei Lavrov", note="deadline 2023-05-18"),
            E("Lavrov's demands: Rosselkhozbank back on SWIFT, the ammonia pipeline to Odesa reopened", "REQUEST",
              ["Sergey Lavrov"], "2023-04", "context", "occurred", "His list included"),
            E("Zakharova: this is the last extension unless the Russian part of the package is honoured",
              "THREATEN", ["Maria Zakharova"], "2023-05-18", "text", "occurred", "On Thursday Maria Zakharova"),
            E("Zakharova demands that the Russian part of the package be honoured", "REQUEST", ["Maria Zakharova"],
              "2023-05-18", "text", "occurred", "On Thursday Maria Zakharova"),
            E("Guterres and Turkey broker the original grain deal", "AGREE",
              ["António Guterres", "Turkey", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "brokered the original deal"),
            E("UN memorandum with Russia promising to ease Russian farm exports", "AGREE",
              ["António Guterres", "Russia"], "2022-07", "text", "occurred", "brokered the original deal"),
            E("Guterres welcomes the extension", "SUPPORT", ["António Guterres", "Russia", "Ukraine"], "2023-05-17",
              "context", "occurred", "brokered the original deal"),
            E("US State Department welcomes the extension", "SUPPORT", ["United States"], "2023-05-17", "context",
              "occurred", "State Department welcomed"),
            E("US accuses Russia of holding the world's food supply hostage", "ACCUSE", ["United States", "Russia"],
              "2023-05-17", "context", "occurred", "State Department welcomed"),
            E("Ukraine accuses Russia of slowing ship inspections in Istanbul", "ACCUSE", ["Ukraine", "Russia"],
              "2023-05-20", "published", "occurred", "dragging its feet"),
            E("Kubrakov asks for Mykolaiv to be added to the corridor and for a deal of at least a year", "REQUEST",
              ["Ukraine"], "2023-05-20", "published", "occurred", "Kubrakov"),
            E("Putin hints that Russia could give grain to poor African countries for free", "AID",
              ["Vladimir Putin", "Russia"], "2023-03", "text", "uncertain", "hinted in March"),
            E("Russia-Africa summit in St Petersburg planned for late July", "CONSULT", ["Vladimir Putin"],
              "2023-07", "text", "planned", "late July", date_mod="END"),
            E("Erdogan-Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-W20", "text",
              "occurred", "spoke to Mr Putin"),
            E("Erdogan and Putin agree to stay in close contact about the corridor", "AGREE",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-W20", "context", "occurred", "spoke to Mr Putin"),
        ],
        [
            S("Recep Tayyip Erdoğan", "Russia has agreed to extend the deal by another two months", "2023-05-17",
              "text", "on May 17th"),
            S("Ukraine", "Confirms the extension", "2023-05-17", "context", "quickly confirmed"),
            S("United Nations", "Confirms the extension", "2023-05-17", "context", "quickly confirmed"),
            S("Sergey Lavrov", "Moscow will let the deal lapse on 18 May unless obstacles to Russian grain and "
              "fertiliser exports are removed", "2023-04", "text", "Last month Sergei Lavrov"),
            S("Maria Zakharova", "This is the last extension unless the Russian part of the package is honoured",
              "2023-05-18", "text", "On Thursday Maria Zakharova"),
            S("António Guterres", "The extension is good news for the world", "2023-05-17", "context",
              "brokered the original deal"),
            S("United States", "Welcomes the extension; Russia held the world's food supply hostage", "2023-05-17",
              "context", "State Department welcomed"),
            S("Ukraine", "Russia is dragging its feet on ship inspections", "2023-05-20", "published",
              "dragging its feet"),
            S("Ukraine", "Inspections fell from about ten a day in October to barely three this month",
              "2023-05-20", "published", "Ukrainian officials say"),
            S("Ukraine", "Kubrakov: add Mykolaiv and let the deal run for at least a year", "2023-05-20",
              "published", "Kubrakov"),
            S("Vladimir Putin", "Russia could give grain to poor African countries for free if the deal "
              "collapsed", "2023-03", "text", "hinted in March"),
            S("Recep Tayyip Erdoğan", "His office: phone call with Putin, agreement to stay in close contact",
              "2023-W20", "context", "spoke to Mr Putin"),
        ],
        ["Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "United Nations", "Sergey Lavrov",
         "Maria Zakharova", "António Guterres", "United States", "Vladimir Putin"],
    ),
    doc(
        "b41en02_grossi_kursk_plant_2024_08", "2024-08-28", EN02,
        [
            T("28 Aug", "DATE", "2024-08-28"),
            T("Tuesday", "DATE", "2024-08-27"),
            T("6 August", "DATE", "2024-08-06"),
            T("22 August", "DATE", "2024-08-22"),
            T("March 2022", "DATE", "2022-03"),
            T("11 August", "DATE", "2024-08-11"),
            T("next week", "DATE", "2024-W36"),
            T("this month", "DATE", "2024-08"),
            T("Wednesday", "DATE", "2024-08-28"),
            T("2025", "DATE", "2025"),
        ],
        [
            E("Grossi visits the Kursk nuclear station, accompanied by Rosatom chief Likhachev", "CONSULT",
              ["IAEA", "Russia"], "2024-08-27", "text", "occurred", "visited the Kursk nuclear power station"),
            E("Ukrainian forces cross into the Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06",
              "text", "occurred", "crossed into the region"),
            E("Grossi calls on both sides to show maximum restraint around nuclear facilities", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2024-08-27", "context", "occurred", "maximum restraint"),
            E("Drone shot down near the Kursk plant, allegedly Ukrainian", "ASSAULT", ["Ukraine", "Russia"],
              "2024-08-22", "text", "uncertain", "remains of a drone",
              note="Russian claim; the IAEA could not confirm the drone's origin"),
            E("Russian officials accuse Ukraine of trying to attack the plant", "ACCUSE", ["Russia", "Ukraine"],
              "2024-08-27", "context", "occurred", "remains of a drone"),
            E("Ukraine says the IAEA should concentrate on the Zaporizhzhia station", "REQUEST", ["Ukraine", "IAEA"],
              "2024-08-28", "published", "occurred", "should concentrate"),
            E("Russian forces occupy the Zaporizhzhia station", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "should concentrate", date_mod="START"),
            E("Ukraine denies any intention of targeting the Kursk plant", "REJECT", ["Ukraine", "Russia"],
              "2024-08-28", "published", "occurred", "should concentrate"),
            E("Moscow and Kyiv blame each other for the fire in a Zaporizhzhia cooling tower", "ACCUSE",
              ["Russia", "Ukraine"], "2024-08-11", "context", "occurred", "cooling towers"),
            E("Grossi to travel to Kyiv and the Zaporizhzhia station for the rotation of IAEA experts", "CONSULT",
              ["IAEA", "Ukraine"], "2024-W36", "text", "planned", "travel to Kyiv next week"),
            E("Massive Russian missile and drone attack on Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"],
              "2024-08-26", "context", "occurred", "a day after Russia launched",
              note="the day before the visit of Tuesday 27 August"),
            E("Russia-Ukraine meeting in Qatar on halting energy strikes put off after the Kursk incursion",
              "CONSULT", ["Russia", "Ukraine", "Qatar"], "2024-08", "text", "cancelled", "meeting in Qatar"),
            E("Peskov: no talks on an energy-strike halt on the agenda", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-08-28", "text", "occurred", "no such talks"),
        ],
        [
            S("IAEA", "Military activity in the region poses a serious threat to the Kursk station's safety",
              "2024-08-27", "text", "visited the Kursk nuclear power station"),
            S("IAEA", "The danger of a nuclear accident has become real since the incursion", "2024-08-27",
              "context", "crossed into the region"),
            S("IAEA", "Both sides should show maximum restraint around nuclear facilities", "2024-08-27",
              "context", "maximum restraint"),
            S("IAEA", "The RBMK units lack a containment dome and are more vulnerable", "2024-08-27", "context",
              "containment dome"),
            S("Russia", "Drone remains show that Ukraine tried to attack the plant", "2024-08-27", "context",
              "remains of a drone"),
            S("IAEA", "Cannot confirm where the drone came from", "2024-08-27", "context", "not in a position"),
            S("Ukraine", "Kyiv criticised the trip", "2024-08-28", "published", "Kyiv criticised the trip"),
            S("Ukraine", "The IAEA should concentrate on Zaporizhzhia; Kyiv has no intention of targeting the "
              "Kursk plant", "2024-08-28", "published", "should concentrate"),
            S("IAEA", "Grossi will travel to Kyiv and Zaporizhzhia next week", "2024-08-27", "context",
              "travel to Kyiv next week"),
            S("IAEA", "The attack forced Ukraine's nuclear stations to reduce output", "2024-08-28", "published",
              "reduce output"),
            S("Dmitry Peskov", "No such talks are on the agenda", "2024-08-28", "text", "no such talks"),
        ],
        ["IAEA", "Russia", "Ukraine", "Qatar", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b41en03_uae_prisoner_exchange_2025_10", "2025-10-02", EN03,
        [
            T("2nd October, 2025", "DATE", "2025-10-02"),
            T("Thursday", "DATE", "2025-10-02", 0),
            T("Thursday", "DATE", "2025-10-02", 1),
            T("2022", "DATE", "2022"),
            T("24th August", "DATE", "2025-08-24"),
            T("May", "DATE", "2025-05"),
            T("June", "DATE", "2025-06"),
            T("July", "DATE", "2025-07"),
            T("this year", "DATE", "2025"),
        ],
        [
            E("UAE-mediated exchange: 185 servicemen from each side and 20 Ukrainian civilians released",
              "CONCEDE", ["Russia", "Ukraine"], "2025-10-02", "text", "occurred",
              "resulting in the release on Thursday"),
            E("Ukrainians held in Russian captivity since 2022", "COERCE", ["Russia"], "2022", "text", "occurred",
              "held since 2022", date_mod="START"),
            E("Zelensky calls on Moscow to agree to an all-for-all exchange", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-10-02", "context", "occurred", "all prisoners for all"),
            E("Peskov: Moscow remains open to humanitarian steps", "AGREE", ["Dmitry Peskov", "Ukraine"],
              "2025-10-02", "published", "occurred", "open to humanitarian steps"),
            E("UAE-mediated exchange of 146 prisoners from each side", "CONCEDE", ["Russia", "Ukraine"],
              "2025-08-24", "text", "occurred", "24th August"),
            E("Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05", "text", "occurred",
              "talks in Istanbul", date_mod="START", note="three rounds, in May, June and July 2025"),
            E("Agreement on large-scale exchanges of prisoners and of the bodies of fallen soldiers", "AGREE",
              ["Russia", "Ukraine"], "2025-05", "text", "occurred", "talks in Istanbul", date_mod="START",
              note="reached over the rounds of May, June and July 2025"),
            E("Witkoff welcomes the exchange", "SUPPORT", ["Steve Witkoff", "Russia", "Ukraine"], "2025-10-02",
              "published", "occurred", "a good sign"),
            E("Children reunited with their families through UAE mediation", "CONCEDE", ["Russia", "Ukraine"],
              "2025", "text", "occurred", "reunification"),
        ],
        [
            S("Volodymyr Zelensky", "185 servicemen and 20 civilians have returned home", "2025-10-02", "text",
              "In Kyiv, President"),
            S("Volodymyr Zelensky", "Ukraine will keep working to free every one of its people; Moscow should "
              "agree to an all-for-all exchange", "2025-10-02", "context", "all prisoners for all"),
            S("Ukraine", "Coordination headquarters: the youngest released was 22, the oldest 60", "2025-10-02",
              "published", "Coordination Headquarters"),
            S("Russia", "Defence ministry: 185 Russian servicemen returned and will receive medical and "
              "psychological care", "2025-10-02", "published", "Russian Ministry of Defence"),
            S("Russia", "Moskalkova: the group included Kursk residents held in Ukraine", "2025-10-02", "published",
              "Moskalkova"),
            S("Dmitry Peskov", "Moscow is open to humanitarian steps but sees no progress in political "
              "negotiations", "2025-10-02", "published", "open to humanitarian steps"),
            S("Steve Witkoff", "The exchange is a good sign", "2025-10-02", "published", "a good sign"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Steve Witkoff", "United States"],
    ),
    doc(
        "b41en04_icc_children_warrants_hungary_2026_06", "2026-06-05", EN04,
        [
            T("Thursday", "DATE", "2026-06-04", 0),
            T("October 2022", "DATE", "2022-10"),
            T("the spring of 2023", "DATE", "2023-SP"),
            T("March 2023", "DATE", "2023-03"),
            T("Friday", "DATE", "2026-06-05"),
            T("Tuesday", "DATE", "2026-06-02"),
            T("June 2025", "DATE", "2025-06", 0),
            T("last year", "DATE", "2025"),
            T("Thursday", "DATE", "2026-06-04", 1),
            T("June 2025", "DATE", "2025-06", 1),
            T("the end of this year", "DATE", "2026", mod="END"),
        ],
        [
            E("ICC issues arrest warrants for three Russian officials over the deportation of Ukrainian children",
              "ACCUSE", ["Russia"], "2026-06-04", "text", "occurred", "Pre-Trial Chamber II"),
            E("Deportation and transfer of at least 400 children from the Kherson and Zaporizhzhia regions",
              "COERCE", ["Russia", "Ukraine"], "2022-10", "text", "occurred", "at least 400 children",
              date_mod="START", note="until the spring of 2023"),
            E("ICC arrest warrants for Putin and Lvova-Belova", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03",
              "text", "occurred", "The warrants follow"),
            E("Ukraine's prosecutor general welcomes the decision", "SUPPORT", ["Ukraine"], "2026-06-05",
              "published", "occurred", "Prosecutor General welcomed"),
            E("Sybiha: every child taken by Russia must come home", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2026-06-05", "published", "occurred", "every child taken"),
            E("Sybiha urges states parties to arrest the suspects", "REQUEST", ["Andrii Sybiha"], "2026-06-05",
              "published", "occurred", "every child taken"),
            E("Zakharova rejects the warrants as legally null and void", "REJECT", ["Maria Zakharova"],
              "2026-06-05", "text", "occurred", "null and void"),
            E("Zakharova accuses the court of carrying out Western political orders", "ACCUSE",
              ["Maria Zakharova"], "2026-06-05", "text", "occurred", "null and void"),
            E("Peskov denies deportations: children were evacuated from combat zones", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2026-06-05", "published", "occurred", "evacuated children"),
            E("Hungary's withdrawal from the Rome Statute takes effect", "REJECT", ["Viktor Orbán"], "2026-06-02",
              "text", "occurred", "took effect on Tuesday", note="Hungary is represented by its prime minister"),
            E("Budapest notifies the UN Secretary-General of its withdrawal from the ICC", "REJECT",
              ["Viktor Orbán", "United Nations"], "2025-06", "text", "occurred", "Budapest notified"),
            E("Orbán announces Hungary's withdrawal from the ICC", "REJECT", ["Viktor Orbán"], "2025-04", "context",
              "occurred", "Budapest notified", note="two months before June 2025, during Netanyahu's visit"),
            E("Kallas criticises the Hungarian withdrawal", "ACCUSE", ["Kaja Kallas", "Viktor Orbán"], "2026-06-05",
              "published", "occurred", "deeply regrettable"),
            E("Kallas: the EU will continue to back the court", "AGREE", ["Kaja Kallas", "European Union"],
              "2026-06-05", "published", "occurred", "deeply regrettable"),
            E("US sanctions on the ICC prosecutor and judges", "SANCTION", ["United States"], "2025", "text",
              "occurred", "imposed sanctions"),
            E("Ukraine signs the special-tribunal agreement with the Council of Europe", "AGREE", ["Ukraine"],
              "2025-06", "text", "occurred", "special tribunal"),
        ],
        [
            S("Ukraine", "Welcomes the decision; has shared evidence on more than 19,000 deported children",
              "2026-06-05", "published", "Prosecutor General welcomed"),
            S("Andrii Sybiha", "Every child taken by Russia must come home; states parties should arrest the "
              "suspects", "2026-06-05", "published", "every child taken"),
            S("Maria Zakharova", "The warrants are legally null and void; the court serves Western political "
              "orders", "2026-06-05", "text", "null and void"),
            S("Dmitry Peskov", "Russia evacuated children from combat zones and returns them to relatives",
              "2026-06-05", "published", "evacuated children"),
            S("Kaja Kallas", "The withdrawal is deeply regrettable; the EU will keep backing the court",
              "2026-06-05", "published", "deeply regrettable"),
            S("United States", "Washington's position on the court has not changed", "2026-06-04", "text",
              "has not changed"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Andrii Sybiha", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "European Union", "United Nations", "Viktor Orbán", "Kaja Kallas", "United States"],
        published_basis="Fiction in a plausible setting: the June 2026 warrants and the reactions are invented; "
        "Hungary's withdrawal takes effect one year after its notification of June 2025.",
    ),
    doc(
        "b41en05_un_convoy_occupied_south_2026_09", "2026-09-17", EN05,
        [
            T("Tuesday", "DATE", "2026-09-15"),
            T("late last month", "DATE", "2026-08", mod="END"),
            T("the summer", "DATE", "2026-SU"),
            T("four-hour", "DURATION", "PT4H"),
            T("the same day", "DATE", "2026-09-15"),
            T("Wednesday", "DATE", "2026-09-16"),
            T("2022", "DATE", "2022"),
            T("this year", "DATE", "2026"),
            T("2025", "DATE", "2025"),
            T("next month", "DATE", "2026-10"),
            T("last year", "DATE", "2025"),
        ],
        [
            E("First UN humanitarian convoy crosses the front line into Russian-occupied southern Ukraine", "AID",
              ["United Nations", "Ukraine"], "2026-09-15", "text", "occurred", "crossed the front line"),
            E("OCHA negotiates an access arrangement with Moscow and Kyiv", "AGREE",
              ["United Nations", "Russia", "Ukraine"], "2026-08", "text", "occurred", "late last month",
              date_mod="END"),
            E("Talks in Geneva on humanitarian access", "CONSULT", ["United Nations", "Russia", "Ukraine"],
              "2026-SU", "text", "occurred", "late last month"),
            E("Four-hour pause in hostilities along the convoy route", "RETREAT", ["Russia", "Ukraine"],
              "2026-09-15", "context", "occurred", "four-hour pause"),
            E("Fletcher calls for regular deliveries and access for UN human rights monitors", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2026-09-16", "context", "occurred", "regular deliveries"),
            E("UN human rights monitors barred from the occupied areas", "REJECT", ["Russia", "United Nations"],
              "2022", "text", "occurred", "regular deliveries", date_mod="START"),
            E("Kyiv consents to the convoy", "AGREE", ["Ukraine", "United Nations"], "2026-08", "context",
              "occurred", "had consented", date_mod="END"),
            E("Kyiv's conditions: nothing for the occupation authorities, the UN alone chooses recipients",
              "REQUEST", ["Ukraine", "United Nations"], "2026-08", "context", "occurred", "had consented",
              date_mod="END"),
            E("Germany contributes 15 million dollars to the Ukraine Humanitarian Fund", "AID",
              ["Germany", "Ukraine"], "2026", "text", "occurred", "Ukraine Humanitarian Fund"),
            E("EU contributes 10 million dollars to the Ukraine Humanitarian Fund", "AID",
              ["European Union", "Ukraine"], "2026", "text", "occurred", "Ukraine Humanitarian Fund"),
            E("Second UN convoy to the Kherson region's left bank planned", "AID", ["United Nations", "Ukraine"],
              "2026-10", "text", "planned", "A second convoy"),
            E("Peskov links wider access to progress in talks with Washington", "REQUEST",
              ["Dmitry Peskov", "United States"], "2026-09-17", "published", "occurred", "linked wider access"),
            E("Guterres and Lavrov meet on the sidelines of the General Assembly", "CONSULT",
              ["António Guterres", "Sergey Lavrov"], "2025", "text", "occurred", "raised humanitarian access"),
            E("Guterres raises humanitarian access with Lavrov", "REQUEST", ["António Guterres", "Sergey Lavrov"],
              "2025", "text", "occurred", "raised humanitarian access"),
        ],
        [
            S("United Nations", "The first UN convoy crossed into occupied southern Ukraine on Tuesday",
              "2026-09-17", "published", "crossed the front line"),
            S("United Nations", "OCHA: five trucks with supplies for about 30,000 people", "2026-09-17",
              "published", "The five trucks"),
            S("United Nations", "The pause held", "2026-09-17", "published", "The pause held"),
            S("United Nations", "Fletcher: the convoy is a small door, but a door", "2026-09-16", "text",
              "a small door"),
            S("United Nations", "Fletcher calls for regular deliveries and access for human rights monitors",
              "2026-09-16", "context", "regular deliveries"),
            S("Russia", "The convoy was made possible by Russian goodwill; local authorities will distribute the "
              "aid", "2026-09-17", "published", "goodwill of the Russian side"),
            S("Ukraine", "Kyiv consented on condition that nothing goes to occupation authorities and the UN "
              "chooses the recipients", "2026-09-17", "published", "had consented"),
            S("United Nations", "A second official: the condition was not fully met", "2026-09-17", "published",
              "not been fully met"),
            S("United Nations", "OCHA: a second convoy is planned for next month", "2026-09-17", "published",
              "A second convoy"),
            S("Dmitry Peskov", "Moscow will consider further requests; wider access depends on talks with "
              "Washington", "2026-09-17", "published", "linked wider access"),
            S("United Nations", "Spokesperson: Guterres raised humanitarian access with Lavrov last year",
              "2026-09-17", "published", "raised humanitarian access"),
            S("United Nations", "About 1.5 million people in the occupied areas need assistance", "2026-09-17",
              "published", "The UN estimates"),
        ],
        ["United Nations", "Russia", "Ukraine", "Germany", "European Union", "United States", "Kremlin",
         "Dmitry Peskov", "António Guterres", "Sergey Lavrov"],
        published_basis="Fiction in a plausible setting: the UN convoy into occupied Zaporizhzhia region, the "
        "access arrangement and the reactions are invented. Published Thursday 17 September 2026.",
    ),
    doc(
        "b41en06_icpa_launch_hague_2023_07", "2023-07-04", EN06,
        [
            T("Monday", "DATE", "2023-07-03", 0),
            T("February", "DATE", "2023-02"),
            T("May", "DATE", "2023-05", 0),
            T("early this year", "DATE", "2023", mod="START"),
            T("March", "DATE", "2023-03", 0),
            T("Monday", "DATE", "2023-07-03", 1),
            T("March", "DATE", "2023-03", 1),
            T("May", "DATE", "2023-05", 1),
        ],
        [
            E("International Centre for the Prosecution of the Crime of Aggression opens at Eurojust", "COOPERATE",
              ["European Union", "Ukraine", "United States"], "2023-07-03", "text", "occurred", "opened on Monday",
              note="participants named in the next sentence"),
            E("Eurojust sets up a database of evidence", "COOPERATE", ["European Union"], "2023-02", "text",
              "occurred", "Hamran"),
            E("Zelensky calls for a fully international tribunal backed by the UN General Assembly", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2023-05", "text", "occurred", "repeated in a speech"),
            E("Core group of some 38 states convened by Ukraine discusses tribunal options", "CONSULT",
              ["Ukraine"], "2023", "text", "occurred", "core group", date_mod="START"),
            E("ICC arrest warrants for Putin and Lvova-Belova", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03",
              "text", "occurred", "issued arrest warrants"),
            E("ICC prosecutor to share relevant information with the centre", "COOPERATE", ["European Union"],
              "2023-07-03", "context", "planned", "Karim Khan"),
            E("Zakharova: the centre has no legal basis", "REJECT", ["Maria Zakharova", "European Union"],
              "2023-07-03", "text", "occurred", "no legal basis"),
            E("Zakharova accuses Western governments of legitimising their own crimes", "ACCUSE",
              ["Maria Zakharova"], "2023-07-03", "text", "occurred", "no legal basis"),
            E("US joins the joint investigation team's work through a memorandum with Eurojust", "AGREE",
              ["United States", "European Union"], "2023-03", "text", "occurred", "memorandum of understanding"),
            E("US Attorney General Garland visits Lviv", "CONSULT", ["United States", "Ukraine"], "2023-03",
              "context", "occurred", "Garland", note="a visit to Lviv whose host is not named"),
            E("Council of Europe states agree in Reykjavik to set up a register of damage caused by Russia",
              "AGREE", ["Ukraine", "Russia"], "2023-05", "text", "occurred", "register of the damage",
              note="Ukraine as member state and beneficiary, Russia as the state it is aimed at"),
        ],
        [
            S("Ukraine", "Kostin: the centre is the first step towards a tribunal; more than 600 suspects "
              "identified", "2023-07-03", "context", "first step towards a tribunal"),
            S("European Union", "Reynders: the centre will secure evidence so that no time is lost", "2023-07-03",
              "context", "Reynders"),
            S("European Union", "Hamran: the centre will work with the evidence database", "2023-07-03", "context",
              "Hamran"),
            S("Volodymyr Zelensky", "Calls for a fully international tribunal backed by the UN General Assembly",
              "2023-05", "text", "repeated in a speech"),
            S("Russia", "Moscow dismissed the initiative", "2023-07-04", "published", "Moscow dismissed"),
            S("Maria Zakharova", "The centre has no legal basis; Western governments try to legitimise their own "
              "crimes", "2023-07-03", "text", "no legal basis"),
            S("United States", "Garland announces joining the joint investigation team's work", "2023-03",
              "context", "Garland"),
        ],
        ["European Union", "Ukraine", "United States", "United Nations", "Volodymyr Zelensky", "Germany", "France",
         "Vladimir Putin", "Russia", "Maria Zakharova"],
    ),
]
