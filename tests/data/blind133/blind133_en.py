"""English articles of the blind133 set (fictionalised; written and annotated blind to the extraction code).

Theme: Romania and the war, 2023-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b133en01 (The Romania Journal)
EN01 = """
Russian drones hit Ukraine's Danube port of Reni, within sight of Romania

BUCHAREST - Russian drones struck grain silos and berths in the Ukrainian Danube port of Reni on Monday, hitting targets only a few hundred metres from the Romanian border across the river.
The attack began around 3 a.m. local time and lasted about two hours, the Odesa regional administration said, adding that seven people were injured and some 14,000 tonnes of grain destroyed.
Romanian President Klaus Iohannis condemned the strike on Monday evening as an "unacceptable escalation" that posed serious risks to security in the Black Sea.

The Romanian defence ministry said there had been no direct threat to Romanian territory, but that it had raised the readiness of its air surveillance along the river.
NATO said it was following the situation closely and was in contact with Bucharest, adding that the allies "stand in solidarity with Romania."
In Washington, State Department spokesman Matthew Miller said on Monday that the strikes, "right across the river from NATO territory", showed Russia's intent to choke off Ukraine's exports.

Ukrainian President Volodymyr Zelensky said in his nightly video address on Monday that Moscow was waging war "on the world's food security" and urged the allies to send more air defence to the Danube region.
Foreign Minister Dmytro Kuleba called on NATO to help protect shipping on the Danube and in the approaches through Romanian waters.

Russia quit the Black Sea Grain Initiative, brokered by the United Nations and Turkey, on July 17, ending a year of safe passage for ships from Odesa, Chornomorsk and Pivdennyi.
On July 19, the Russian defence ministry warned that all vessels heading for Ukrainian ports would be regarded as potential carriers of military cargo.
Since then, Reni and nearby Izmail have become Ukraine's main outlet for grain, with most cargo passing through the Romanian-controlled Sulina Channel.

Kremlin spokesman Dmitry Peskov said on Monday that Russia would return to the deal only once its demands on its own farm exports had been "actually fulfilled."
Turkish President Recep Tayyip Erdoğan said on Sunday he would discuss a revival of the deal with Russian President Vladimir Putin, possibly during a visit to Turkey in August.
The European Commission said last week it was ready to finance extra capacity on the "Solidarity Lanes" through Romania, which have carried more than 25 million tonnes of Ukrainian goods since May 2022.
Romanian Prime Minister Marcel Ciolacu is due to meet port operators in Galati on Thursday to discuss security on the Danube.
"""

# ---------------------------------------------------------------- b133en02 (Riviera, maritime trade press)
EN02 = """
Ukrainian corridor posts record month as Constanta readies for mine-clearing role

Ships using Ukraine's Black Sea corridor carried 5.9 million tonnes of cargo in March, the highest monthly volume since the route opened last August, according to figures published by the Ukrainian Sea Ports Authority on Tuesday.
Most vessels hug the Romanian and Bulgarian coasts before heading for the Bosphorus, and many call at Constanta, whose operators say Ukrainian transit made up almost a third of the port's grain throughput in the first quarter.

The figures come despite a fresh wave of Russian strikes on the Odesa ports.
A Russian missile hit a grain terminal at Pivdennyi on Tuesday night, killing one dock worker and damaging a Liberian-flagged bulk carrier that had been loading maize, Ukraine's navy said.
Navy spokesman Dmytro Pletenchuk said Russia was trying to "scare shipowners away from the corridor", but that traffic would not stop.

War-risk premiums for a seven-day call at Odesa have fallen to about 0.7% of hull value, from more than 1% in the autumn, London brokers said.
The US International Development Finance Corporation said last month it would extend its $50 million reinsurance line for cargoes on the corridor until the end of the year.

Drifting and moored mines remain the main worry for owners and their underwriters.
A Panama-flagged bulker was holed by a mine off the Danube delta in late December, and Romanian minesweepers have destroyed at least a dozen mines in their waters since 2022.
Under an agreement signed in Istanbul on January 11, Romania, Bulgaria and Turkey are setting up a joint mine countermeasures group, which Turkish Foreign Minister Hakan Fidan said last week would be operational "before the summer."
Britain said on Monday it would fund training for Romanian and Ukrainian mine-clearance divers at a naval base near Constanta.

Moscow is watching the plans with suspicion.
Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the mine-clearing group was a "pretext" for NATO to expand its presence in the Black Sea, and that Russia would "take this into account in its military planning."
NATO Secretary General Jens Stoltenberg said earlier this month that the alliance's Black Sea members could count on its "full support."

The ports authority expects volumes to ease in May, once most of the old crop has been shipped, before the new harvest starts moving in July.
Constanta's port company plans to open a new grain berth for Ukrainian transit next month.
"""

# ---------------------------------------------------------------- b133en03 (ECFR-style commentary, question-and-answer explainer)
EN03 = """
Explainer: What Georgescu's surprise first place means for Romania's role in the war

Romania's presidential election took an unexpected turn on Sunday, when Calin Georgescu, a far-right independent who had polled in single digits, came first with almost 23% of the vote.
He faces the centre-right candidate Elena Lasconi in a runoff on December 8, and a parliamentary election comes first, this Sunday.
Here is what the result could mean for NATO's eastern flank and for Ukraine.

Who is Georgescu?
A soil scientist and former UN official, Georgescu has praised Russian President Vladimir Putin as "a man who loves his country" and called the NATO missile-defence site at Deveselu "a disgrace to diplomacy."
He says Romania should end its support for Ukraine and put "Romanian interests first."

Why are the authorities alarmed?
On Thursday the Supreme Council of National Defence said one candidate had received "preferential treatment" on TikTok and that election systems had faced cyber attacks from a "state actor."
The same day, the Constitutional Court ordered a recount of all first-round ballots.
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had "nothing to do" with the Romanian vote and that talk of interference was "groundless."
Russian Foreign Ministry spokeswoman Maria Zakharova went further on Thursday, accusing Brussels of preparing to "cancel" a result it did not like.

What is at stake for Ukraine?
Romania has become a key transit country, with much of Ukraine's grain now leaving through the Danube ports or along the Romanian coast.
Bucharest handed over a Patriot air-defence system to Kyiv in September and hosts a training centre for Ukrainian F-16 pilots at Fetesti.
Ukraine's foreign ministry said on Monday that it respected the choice of Romanian voters and expected Bucharest's support "to continue."

How have allies reacted?
NATO Secretary General Mark Rutte said on Wednesday he had "full confidence" in Romania's institutions and that the country remained "a rock-solid ally."
The European Commission said the same day it had asked TikTok to explain how it handled political content during the campaign.
German Foreign Minister Annalena Baerbock said on Thursday that Europe must not be "naive" about Russian influence campaigns, pointing to Moldova's EU referendum last month.
A State Department spokesperson said Washington was following the process closely and warned against any attempt to undermine Romania's democracy.

What happens next?
The recount is expected to be completed over the weekend, and the court is due to decide on Monday whether to validate the first round.
Polls point to a close runoff, with Georgescu slightly ahead.
For Kyiv and Brussels, the next ten days will show whether NATO's largest ally on the Black Sea keeps its course.
"""

# ---------------------------------------------------------------- b133en04 (AP-style wire report)
EN04 = """
Romania's top court confirms ban on pro-Russian Georgescu; Moscow cries foul

BUCHAREST, Romania (AP) - Romania's Constitutional Court on Tuesday upheld a decision to bar far-right politician Calin Georgescu from the rerun of the presidential election, drawing sharp criticism from Moscow and from allies of U.S. President Donald Trump.
The Central Electoral Bureau had rejected his candidacy on Sunday, citing the court's ruling that annulled last year's vote amid allegations of Russian interference.
Hundreds of his supporters clashed with riot police outside the bureau on Sunday night, and several officers were injured.

Kremlin spokesman Dmitry Peskov said on Monday that barring Georgescu was "a violation of all democratic norms" and that Europe's talk of freedom was "hypocritical."
Russian Foreign Ministry spokeswoman Maria Zakharova accused the European Union on Tuesday of "steering" Romania's elections "from Brussels."
In Washington, Vice President JD Vance, who criticized the annulment in Munich last month, wrote on Monday that the decision showed Europe had "a real problem with democracy."

A spokesperson for the European Commission said on Tuesday that elections were a national matter and that the Commission was continuing to examine TikTok's role under the bloc's Digital Services Act.
Georgescu, who has praised Russian President Vladimir Putin, was charged by prosecutors on Feb. 26 with incitement against the constitutional order and with making false statements about his campaign funding.
He denies wrongdoing.

The dispute comes as relations between Bucharest and Moscow have sunk to a new low.
Earlier this month, Romania declared Russia's defense attache and his deputy persona non grata over what it called activities incompatible with their status.
Russia's Foreign Ministry promised a "tough response," and on Wednesday it summoned Romania's ambassador in Moscow.

The rerun is set for May 4, with a runoff on May 18 if no candidate wins a majority.
Candidates must register by Saturday, and nationalist party leader George Simion said he would decide on his own bid within days.
Romania, which borders Ukraine and hosts a major NATO air base on the Black Sea, has been watched closely since Tuesday's talks in Jeddah, where Ukraine accepted a U.S. proposal for a 30-day ceasefire.
Moscow has yet to respond to that proposal.
"""

# ---------------------------------------------------------------- b133en05 (Nine O'Clock, Bucharest English-language daily)
EN05 = """
Parliament gives army green light to shoot down drones over Romania

Romania's Chamber of Deputies on Wednesday passed a law allowing the armed forces to shoot down drones that illegally enter Romanian airspace, even in peacetime, by 246 votes to 12.
The bill, adopted by the Senate two weeks ago, now goes to President Nicusor Dan, who has said he will sign it "without delay."
Under the new rules, the defence minister can order a drone destroyed if it threatens people or property, without waiting for it to leave the border area.

Lawmakers moved after a series of incidents along the Danube, the most serious on September 13, when a Russian drone flew for some 50 minutes over Tulcea county during an attack on Ukrainian ports.
Romanian F-16s tracked it but were not cleared to fire.
On September 10, about 20 Russian drones had crossed into Poland, prompting Warsaw to request consultations under Article 4 of the NATO treaty.
NATO launched its "Eastern Sentry" mission to reinforce air defence on the eastern flank on September 12.

NATO Secretary General Mark Rutte welcomed the vote on Wednesday, saying every ally "has the right to defend its airspace."
Moscow reacted sharply.
Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that any attack on a Russian aircraft would be treated as "a hostile act" and accused NATO of turning Romania into "a testing ground."
The Russian embassy in Bucharest insisted that no Russian drone had ever entered Romanian airspace "deliberately."

Ukrainian Foreign Minister Andrii Sybiha, who held talks with his Romanian counterpart Oana Toiu in Bucharest on Tuesday, offered to share Ukraine's experience in intercepting Shahed drones.
The two ministers agreed to set up a joint working group on drone defence, which is to meet for the first time in November.
EU leaders discussed plans for a "drone wall" along the bloc's eastern border at an informal summit in Copenhagen on October 1, and the Commission is due to present a roadmap by the end of the month.
EU foreign policy chief Kaja Kallas said on Monday that Russia was "testing" Europe and that the answer had to be collective.
The US embassy said Washington supported Romania's "sovereign right" to protect its territory.
Defence Minister Ionut Mosteanu said the army would receive additional short-range air defence and anti-drone systems by the spring.
"""

# ---------------------------------------------------------------- b133en06 (The Moscow Times, live blog)
EN06 = """
Live: Drone over Romania on National Day, Witkoff heads to Moscow

18:40: French President Emmanuel Macron received Ukrainian President Volodymyr Zelensky at the Elysee Palace, where they spoke by phone with US envoy Steve Witkoff and Ukraine's chief negotiator Rustem Umerov about Sunday's talks in Florida.
Macron said no peace plan could be finalised "without Ukraine and the Europeans at the table."

17:15: The Kremlin confirmed that Witkoff will meet President Vladimir Putin in Moscow on Tuesday.
Spokesman Dmitry Peskov said the meeting would take place "in the second half of the day" and that Moscow expected to hear the US side's latest ideas.

15:30: Polish Prime Minister Donald Tusk said in Warsaw that the drone over Romania was "another Russian test of NATO's nerves."
He offered to send Polish anti-drone teams to the Danube.

13:50: Romania's defence ministry said two F-16s were scrambled overnight after a drone entered Romanian airspace near Chilia Veche during the attack on Izmail.
For the first time, the pilots were cleared to fire under the law passed in October, but lost the drone over the Danube Delta.
Debris was found this morning near the village of Ceatalchioi, and the foreign ministry summoned Russia's charge d'affaires.

12:20: NATO Secretary General Mark Rutte said the incursion fitted "a pattern of reckless behaviour" by Moscow and that Eastern Sentry would continue as long as necessary.
NATO ambassadors had discussed drone defence on the eastern flank last Tuesday.

11:05: Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the Romanian account as "fantasies" and accused Bucharest of serving "NATO's escalation agenda."

10:00: Romania is marking its National Day with a military parade in Bucharest, where troops from France, the United States, Poland and Turkey are marching alongside Romanian units.
President Nicusor Dan said in a speech that Romania would "never again be a buffer zone."

08:30: Ukraine's air force said Russia launched 89 drones and two Iskander-M missiles overnight, mainly at the Odesa region and the Danube port of Izmail, and that 71 drones were shot down.
A grain warehouse in Izmail was set on fire.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (Moscow, UTC+3)"


DOCS = [
    doc(
        "b133en01_reni_drones_2023_07", "2023-07-25", EN01,
        [
            T("Monday", "DATE", "2023-07-24", 0),
            T("around 3 a.m. local time", "TIME", "2023-07-24T03:00", mod="APPROX", note="EEST, local time in Reni"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Monday evening", "TIME", "2023-07-24TEV"),
            T("Monday", "DATE", "2023-07-24", 2),
            T("nightly", "SET", "P1D"),
            T("Monday", "DATE", "2023-07-24", 3),
            T("July 17", "DATE", "2023-07-17"),
            T("a year", "DURATION", "P1Y"),
            T("July 19", "DATE", "2023-07-19"),
            T("Monday", "DATE", "2023-07-24", 4),
            T("Sunday", "DATE", "2023-07-23"),
            T("August", "DATE", "2023-08"),
            T("last week", "DATE", "2023-W29"),
            T("May 2022", "DATE", "2022-05"),
            T("Thursday", "DATE", "2023-07-27"),
        ],
        [
            E("Russian drones strike the Ukrainian Danube port of Reni", "ASSAULT", ["Russia", "Ukraine"],
              "2023-07-24", "text", "occurred", "Russian drones struck grain silos"),
            E("Iohannis condemns the Russian strike as an unacceptable escalation", "ACCUSE", ["Russia"],
              "2023-07-24TEV", "text", "occurred", "Klaus Iohannis condemned"),
            E("US State Department: the strikes show Russia's intent to choke off Ukraine's exports", "ACCUSE",
              ["United States", "Russia"], "2023-07-24", "text", "occurred", "Matthew Miller said on Monday"),
            E("Zelensky accuses Moscow of waging war on the world's food security", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-07-24", "text", "occurred", "nightly video address"),
            E("Zelensky urges the allies to send more air defence to the Danube region", "REQUEST",
              ["Volodymyr Zelensky"], "2023-07-24", "text", "occurred", "nightly video address"),
            E("Kuleba calls on NATO to help protect shipping on the Danube", "REQUEST", ["Ukraine", "NATO"],
              "2023-07-25", "published", "occurred", "Dmytro Kuleba called on NATO"),
            E("Russia quits the Black Sea Grain Initiative", "REJECT", ["Russia", "Ukraine", "United Nations", "Turkey"],
              "2023-07-17", "text", "occurred", "Russia quit the Black Sea Grain Initiative"),
            E("Russia warns that ships bound for Ukrainian ports will be treated as military cargo carriers",
              "THREATEN", ["Russia", "Ukraine"], "2023-07-19", "text", "occurred",
              "On July 19, the Russian defence ministry warned"),
            E("Peskov: Russia returns to the deal only once its demands are fulfilled", "REQUEST",
              ["Dmitry Peskov"], "2023-07-24", "text", "occurred", "would return to the deal only once"),
            E("Erdoğan to discuss reviving the grain deal with Putin, possibly during a visit to Turkey",
              "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-08", "text", "planned",
              "Recep Tayyip Erdoğan said on Sunday"),
            E("European Commission ready to finance more capacity on the Solidarity Lanes through Romania", "AID",
              ["European Union", "Ukraine"], "2023-W29", "text", "planned", "ready to finance extra capacity"),
        ],
        [
            S("Ukraine", "Odesa regional administration: the attack lasted about two hours, seven injured, "
              "14,000 tonnes of grain destroyed", "2023-07-25", "published", "The attack began around 3 a.m."),
            S("NATO", "Following the situation closely, in contact with Bucharest; the allies stand in solidarity "
              "with Romania", "2023-07-25", "published", "NATO said it was following"),
            S("United States", "Matthew Miller: the strikes right across from NATO territory show Russia's intent "
              "to choke off Ukraine's exports", "2023-07-24", "text", "Matthew Miller said on Monday"),
            S("Volodymyr Zelensky", "Moscow wages war on the world's food security; allies should send more air "
              "defence to the Danube", "2023-07-24", "text", "nightly video address"),
            S("Ukraine", "Kuleba: NATO should help protect shipping on the Danube and through Romanian waters",
              "2023-07-25", "published", "Dmytro Kuleba called on NATO"),
            S("Russia", "Defence ministry: vessels heading for Ukrainian ports will be regarded as potential "
              "carriers of military cargo", "2023-07-19", "text", "On July 19, the Russian defence ministry warned"),
            S("Dmitry Peskov", "Russia will return to the deal only once its demands are actually fulfilled",
              "2023-07-24", "text", "would return to the deal only once"),
            S("Recep Tayyip Erdoğan", "Will discuss a revival of the deal with Putin, possibly in Turkey in August",
              "2023-07-23", "text", "Recep Tayyip Erdoğan said on Sunday"),
            S("European Union", "Commission ready to finance extra capacity on the Solidarity Lanes through Romania",
              "2023-W29", "text", "ready to finance extra capacity"),
        ],
        ["Russia", "Ukraine", "NATO", "United States", "Volodymyr Zelensky", "United Nations", "Turkey", "Kremlin",
         "Dmitry Peskov", "Recep Tayyip Erdoğan", "Vladimir Putin", "European Union"],
    ),
    doc(
        "b133en02_corridor_constanta_2024_04", "2024-04-18", EN02,
        [
            T("March", "DATE", "2024-03"),
            T("last August", "DATE", "2023-08"),
            T("Tuesday", "DATE", "2024-04-16", 0),
            T("the first quarter", "DATE", "2024-Q1"),
            T("Tuesday night", "TIME", "2024-04-16TNI"),
            T("seven-day", "DURATION", "P7D"),
            T("the autumn", "DATE", "2023-FA"),
            T("last month", "DATE", "2024-03"),
            T("the end of the year", "DATE", "2024", mod="END"),
            T("late December", "DATE", "2023-12", mod="END"),
            T("2022", "DATE", "2022"),
            T("January 11", "DATE", "2024-01-11"),
            T("last week", "DATE", "2024-W15"),
            T("the summer", "DATE", "2024-SU"),
            T("Monday", "DATE", "2024-04-15"),
            T("Wednesday", "DATE", "2024-04-17"),
            T("this month", "DATE", "2024-04"),
            T("May", "DATE", "2024-05"),
            T("July", "DATE", "2024-07"),
            T("next month", "DATE", "2024-05"),
        ],
        [
            E("Russian missile hits a grain terminal at Pivdennyi, killing a dock worker and damaging a bulk carrier",
              "ASSAULT", ["Russia", "Ukraine"], "2024-04-16TNI", "text", "occurred",
              "A Russian missile hit a grain terminal"),
            E("Ukraine's navy accuses Russia of trying to scare shipowners away from the corridor", "ACCUSE",
              ["Ukraine", "Russia"], "2024-04-18", "published", "occurred", "Dmytro Pletenchuk said"),
            E("US DFC extends its $50 million reinsurance line for the corridor to the end of the year", "AID",
              ["United States", "Ukraine"], "2024-03", "text", "occurred", "Development Finance Corporation said"),
            E("Romania, Bulgaria and Turkey sign the agreement on a joint mine countermeasures group", "AGREE",
              ["Turkey"], "2024-01-11", "text", "occurred", "Under an agreement signed in Istanbul"),
            E("Britain to fund training for Romanian and Ukrainian mine-clearance divers", "AID",
              ["United Kingdom", "Ukraine"], "2024-04-15", "text", "planned", "Britain said on Monday"),
            E("Zakharova calls the mine-clearing group a pretext for NATO to expand in the Black Sea", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2024-04-17", "text", "occurred", "Maria Zakharova said on Wednesday"),
            E("Zakharova: Russia will take the group into account in its military planning", "THREATEN",
              ["Maria Zakharova", "NATO"], "2024-04-17", "text", "occurred", "Maria Zakharova said on Wednesday"),
            E("Stoltenberg promises the Black Sea allies NATO's full support", "AGREE", ["Jens Stoltenberg", "NATO"],
              "2024-04", "text", "occurred", "could count on its"),
        ],
        [
            S("Ukraine", "Sea Ports Authority: 5.9 million tonnes through the corridor in March, a record",
              "2024-04-16", "text", "according to figures published"),
            S("Ukraine", "Navy: a Russian missile hit a grain terminal at Pivdennyi, one dock worker killed",
              "2024-04-18", "published", "A Russian missile hit a grain terminal"),
            S("Ukraine", "Pletenchuk: Russia is trying to scare shipowners away from the corridor; traffic will "
              "not stop", "2024-04-18", "published", "Dmytro Pletenchuk said"),
            S("United States", "DFC will extend its $50 million reinsurance line until the end of the year",
              "2024-03", "text", "Development Finance Corporation said"),
            S("Hakan Fidan", "The joint mine countermeasures group will be operational before the summer", "2024-W15",
              "text", "Under an agreement signed in Istanbul"),
            S("United Kingdom", "Will fund training for Romanian and Ukrainian mine-clearance divers", "2024-04-15",
              "text", "Britain said on Monday"),
            S("Maria Zakharova", "The mine-clearing group is a pretext for NATO; Russia will take it into account "
              "in its military planning", "2024-04-17", "text", "Maria Zakharova said on Wednesday"),
            S("Jens Stoltenberg", "The alliance's Black Sea members can count on NATO's full support", "2024-04",
              "text", "could count on its"),
            S("Ukraine", "Ports authority expects volumes to ease in May before the new harvest moves in July",
              "2024-04-18", "published", "The ports authority expects"),
        ],
        ["Ukraine", "Russia", "United States", "Turkey", "Hakan Fidan", "United Kingdom", "Maria Zakharova", "NATO",
         "Jens Stoltenberg"],
    ),
    doc(
        "b133en03_georgescu_explainer_2024_11", "2024-11-29", EN03,
        [
            T("Sunday", "DATE", "2024-11-24", 0),
            T("December 8", "DATE", "2024-12-08"),
            T("this Sunday", "DATE", "2024-12-01"),
            T("Thursday", "DATE", "2024-11-28", 0),
            T("The same day", "DATE", "2024-11-28"),
            T("Tuesday", "DATE", "2024-11-26"),
            T("Thursday", "DATE", "2024-11-28", 1),
            T("now", "DATE", "PRESENT_REF"),
            T("September", "DATE", "2024-09"),
            T("Monday", "DATE", "2024-11-25", 0),
            T("Wednesday", "DATE", "2024-11-27"),
            T("the same day", "DATE", "2024-11-27"),
            T("Thursday", "DATE", "2024-11-28", 2),
            T("last month", "DATE", "2024-10"),
            T("the weekend", "DATE", "2024-W48-WE"),
            T("Monday", "DATE", "2024-12-02", 1),
            T("the next ten days", "DURATION", "P10D"),
        ],
        [
            E("Peskov: Moscow has nothing to do with the Romanian vote; interference claims groundless", "REJECT",
              ["Dmitry Peskov"], "2024-11-26", "text", "occurred", "Dmitry Peskov said on Tuesday"),
            E("Zakharova accuses Brussels of preparing to cancel the result", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2024-11-28", "text", "occurred", "Maria Zakharova went further"),
            E("Romania hands over a Patriot air-defence system to Ukraine", "AID", ["Ukraine"], "2024-09", "text",
              "occurred", "handed over a Patriot air-defence system"),
            E("Kyiv expects Bucharest's support to continue", "REQUEST", ["Ukraine"], "2024-11-25", "text",
              "occurred", "Ukraine's foreign ministry said on Monday"),
            E("Rutte expresses full confidence in Romania's institutions", "SUPPORT", ["Mark Rutte"], "2024-11-27",
              "text", "occurred", "Mark Rutte said on Wednesday"),
            E("European Commission asks TikTok to explain its handling of political content", "REQUEST",
              ["European Union"], "2024-11-27", "text", "occurred", "asked TikTok to explain"),
            E("Baerbock warns against naivety about Russian influence campaigns", "ACCUSE", ["Germany", "Russia"],
              "2024-11-28", "text", "occurred", "Annalena Baerbock said on Thursday"),
            E("Washington warns against any attempt to undermine Romania's democracy", "REQUEST", ["United States"],
              "2024-11-29", "published", "occurred", "A State Department spokesperson said"),
        ],
        [
            S("Dmitry Peskov", "Moscow has nothing to do with the Romanian vote; talk of interference is groundless",
              "2024-11-26", "text", "Dmitry Peskov said on Tuesday"),
            S("Maria Zakharova", "Brussels is preparing to cancel a result it does not like", "2024-11-28", "text",
              "Maria Zakharova went further"),
            S("Ukraine", "Foreign ministry respects Romanian voters' choice and expects Bucharest's support to "
              "continue", "2024-11-25", "text", "Ukraine's foreign ministry said on Monday"),
            S("Mark Rutte", "Full confidence in Romania's institutions; Romania remains a rock-solid ally",
              "2024-11-27", "text", "Mark Rutte said on Wednesday"),
            S("European Union", "Commission asked TikTok to explain how it handled political content", "2024-11-27",
              "text", "asked TikTok to explain"),
            S("Germany", "Baerbock: Europe must not be naive about Russian influence campaigns", "2024-11-28", "text",
              "Annalena Baerbock said on Thursday"),
            S("United States", "Following the process closely; warns against attempts to undermine Romania's "
              "democracy", "2024-11-29", "published", "A State Department spokesperson said"),
        ],
        ["Vladimir Putin", "Russia", "United Nations", "NATO", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "European Union", "Ukraine", "Mark Rutte", "Germany", "United States"],
    ),
    doc(
        "b133en04_georgescu_ban_upheld_2025_03", "2025-03-12", EN04,
        [
            T("Tuesday", "DATE", "2025-03-11", 0),
            T("Sunday", "DATE", "2025-03-09", 0),
            T("last year", "DATE", "2024"),
            T("Sunday night", "TIME", "2025-03-09TNI"),
            T("Monday", "DATE", "2025-03-10", 0),
            T("Tuesday", "DATE", "2025-03-11", 1),
            T("last month", "DATE", "2025-02"),
            T("Monday", "DATE", "2025-03-10", 1),
            T("Tuesday", "DATE", "2025-03-11", 2),
            T("Feb. 26", "DATE", "2025-02-26"),
            T("this month", "DATE", "2025-03"),
            T("Wednesday", "DATE", "2025-03-12"),
            T("May 4", "DATE", "2025-05-04"),
            T("May 18", "DATE", "2025-05-18"),
            T("Saturday", "DATE", "2025-03-15"),
            T("days", "DURATION", "PXD"),
            T("Tuesday", "DATE", "2025-03-11", 3),
            T("30-day", "DURATION", "P30D"),
        ],
        [
            E("Peskov calls barring Georgescu a violation of all democratic norms", "ACCUSE", ["Dmitry Peskov"],
              "2025-03-10", "text", "occurred", "Dmitry Peskov said on Monday"),
            E("Zakharova accuses the EU of steering Romania's elections from Brussels", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-03-11", "text", "occurred", "Maria Zakharova accused"),
            E("Vance says the decision shows Europe has a real problem with democracy", "ACCUSE", ["JD Vance"],
              "2025-03-10", "text", "occurred", "Vice President JD Vance, who criticized"),
            E("Vance criticised the annulment of Romania's election in Munich", "ACCUSE", ["JD Vance"], "2025-02",
              "text", "occurred", "Vice President JD Vance, who criticized"),
            E("Romania expels Russia's defense attache and his deputy", "SANCTION", ["Russia"], "2025-03", "text",
              "occurred", "declared Russia's defense attache"),
            E("Russia promises a tough response to the expulsions", "THREATEN", ["Russia"], "2025-03", "context",
              "occurred", "promised a \"tough response,\""),
            E("Moscow summons Romania's ambassador", "ACCUSE", ["Russia"], "2025-03-12", "text", "occurred",
              "summoned Romania's ambassador"),
            E("US-Ukraine talks in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11", "text", "occurred",
              "Tuesday's talks in Jeddah"),
            E("Ukraine accepts the US proposal for a 30-day ceasefire", "AGREE", ["Ukraine", "United States"],
              "2025-03-11", "text", "occurred", "Tuesday's talks in Jeddah"),
        ],
        [
            S("Dmitry Peskov", "Barring Georgescu violates all democratic norms; Europe's talk of freedom is "
              "hypocritical", "2025-03-10", "text", "Dmitry Peskov said on Monday"),
            S("Maria Zakharova", "The EU is steering Romania's elections from Brussels", "2025-03-11", "text",
              "Maria Zakharova accused"),
            S("JD Vance", "The decision shows Europe has a real problem with democracy", "2025-03-10", "text",
              "Vice President JD Vance, who criticized"),
            S("European Union", "Elections are a national matter; the Commission keeps examining TikTok's role under "
              "the DSA", "2025-03-11", "text", "A spokesperson for the European Commission"),
            S("Russia", "Foreign ministry promises a tough response to the expulsion of its attaches", "2025-03",
              "context", "promised a \"tough response,\""),
        ],
        ["United States", "Donald Trump", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union",
         "JD Vance", "Vladimir Putin", "NATO", "Ukraine"],
    ),
    doc(
        "b133en05_drone_shootdown_law_2025_10", "2025-10-09", EN05,
        [
            T("Wednesday", "DATE", "2025-10-08", 0),
            T("two weeks ago", "DATE", "2025-W39"),
            T("now", "DATE", "PRESENT_REF"),
            T("September 13", "DATE", "2025-09-13"),
            T("some 50 minutes", "DURATION", "PT50M", mod="APPROX"),
            T("September 10", "DATE", "2025-09-10"),
            T("September 12", "DATE", "2025-09-12"),
            T("Wednesday", "DATE", "2025-10-08", 1),
            T("Thursday", "DATE", "2025-10-09"),
            T("Tuesday", "DATE", "2025-10-07"),
            T("November", "DATE", "2025-11"),
            T("October 1", "DATE", "2025-10-01"),
            T("the end of the month", "DATE", "2025-10", mod="END"),
            T("Monday", "DATE", "2025-10-06"),
            T("the spring", "DATE", "2026-SP"),
        ],
        [
            E("A Russian drone flies over Tulcea county during an attack on Ukrainian ports", "ASSAULT",
              ["Russia", "Ukraine"], "2025-09-13", "text", "occurred", "the most serious on September 13"),
            E("About 20 Russian drones cross into Poland", "ASSAULT", ["Russia", "Poland"], "2025-09-10", "text",
              "occurred", "On September 10, about 20 Russian drones"),
            E("Poland requests Article 4 consultations", "REQUEST", ["Poland", "NATO"], "2025-09-10", "text",
              "occurred", "On September 10, about 20 Russian drones"),
            E("NATO launches Eastern Sentry", "MOBILIZE", ["NATO"], "2025-09-12", "text", "occurred",
              "NATO launched its"),
            E("Rutte welcomes the Romanian vote", "SUPPORT", ["Mark Rutte"], "2025-10-08", "text", "occurred",
              "Mark Rutte welcomed the vote"),
            E("Zakharova: any attack on a Russian aircraft will be treated as a hostile act", "THREATEN",
              ["Maria Zakharova"], "2025-10-09", "text", "occurred", "Maria Zakharova said on Thursday"),
            E("Zakharova accuses NATO of turning Romania into a testing ground", "ACCUSE", ["Maria Zakharova", "NATO"],
              "2025-10-09", "text", "occurred", "Maria Zakharova said on Thursday"),
            E("Russian embassy denies that any Russian drone entered Romanian airspace deliberately", "REJECT",
              ["Russia"], "2025-10-09", "published", "occurred", "The Russian embassy in Bucharest insisted"),
            E("Sybiha holds talks with Romania's foreign minister in Bucharest", "CONSULT", ["Andrii Sybiha"],
              "2025-10-07", "text", "occurred", "Andrii Sybiha, who held talks"),
            E("Sybiha offers Ukraine's experience in intercepting Shahed drones", "AID", ["Andrii Sybiha"],
              "2025-10-07", "context", "planned", "Andrii Sybiha, who held talks"),
            E("Ukraine and Romania agree on a joint working group on drone defence", "AGREE", ["Andrii Sybiha"],
              "2025-10-07", "context", "occurred", "The two ministers agreed"),
            E("First meeting of the Ukrainian-Romanian working group", "CONSULT", ["Ukraine"], "2025-11", "text",
              "planned", "The two ministers agreed"),
            E("EU leaders discuss a drone wall at an informal summit in Copenhagen", "CONSULT", ["European Union"],
              "2025-10-01", "text", "occurred", "EU leaders discussed plans"),
            E("Kallas: Russia is testing Europe", "ACCUSE", ["Kaja Kallas", "Russia"], "2025-10-06", "text",
              "occurred", "Kaja Kallas said on Monday"),
            E("US embassy backs Romania's sovereign right to protect its territory", "SUPPORT", ["United States"],
              "2025-10-09", "published", "occurred", "The US embassy said"),
        ],
        [
            S("Mark Rutte", "Every ally has the right to defend its airspace", "2025-10-08", "text",
              "Mark Rutte welcomed the vote"),
            S("Maria Zakharova", "Any attack on a Russian aircraft is a hostile act; NATO is turning Romania into "
              "a testing ground", "2025-10-09", "text", "Maria Zakharova said on Thursday"),
            S("Russia", "Embassy: no Russian drone ever entered Romanian airspace deliberately", "2025-10-09",
              "published", "The Russian embassy in Bucharest insisted"),
            S("Andrii Sybiha", "Offers Ukraine's experience in intercepting Shahed drones", "2025-10-07", "context",
              "Andrii Sybiha, who held talks"),
            S("Kaja Kallas", "Russia is testing Europe; the answer must be collective", "2025-10-06", "text",
              "Kaja Kallas said on Monday"),
            S("United States", "Embassy: Washington supports Romania's sovereign right to protect its territory",
              "2025-10-09", "published", "The US embassy said"),
        ],
        ["Russia", "Ukraine", "Poland", "NATO", "Mark Rutte", "Maria Zakharova", "Andrii Sybiha", "European Union",
         "Kaja Kallas", "United States"],
    ),
    doc(
        "b133en06_liveblog_national_day_drone_2025_12", "2025-12-01", EN06,
        [
            T("National Day", "DATE", "2025-12-01", 0),
            T("18:40", "TIME", "2025-12-01T18:40", note=LIVE),
            T("Sunday", "DATE", "2025-11-30"),
            T("17:15", "TIME", "2025-12-01T17:15", note=LIVE),
            T("Tuesday", "DATE", "2025-12-02", 0),
            T("the second half of the day", "TIME", "2025-12-02TAF"),
            T("15:30", "TIME", "2025-12-01T15:30", note=LIVE),
            T("13:50", "TIME", "2025-12-01T13:50", note=LIVE),
            T("overnight", "TIME", "2025-11-30TNI", 0, note="night of 30 November to 1 December"),
            T("October", "DATE", "2025-10"),
            T("this morning", "TIME", "2025-12-01TMO"),
            T("12:20", "TIME", "2025-12-01T12:20", note=LIVE),
            T("last Tuesday", "DATE", "2025-11-25"),
            T("11:05", "TIME", "2025-12-01T11:05", note=LIVE),
            T("10:00", "TIME", "2025-12-01T10:00", note=LIVE),
            T("National Day", "DATE", "2025-12-01", 1),
            T("08:30", "TIME", "2025-12-01T08:30", note=LIVE),
            T("overnight", "TIME", "2025-11-30TNI", 1, note="night of 30 November to 1 December"),
        ],
        [
            E("Macron receives Zelensky at the Elysee", "CONSULT", ["Emmanuel Macron", "Volodymyr Zelensky"],
              "2025-12-01", "published", "occurred", "Emmanuel Macron received"),
            E("Macron and Zelensky speak by phone with Witkoff and Umerov", "CONSULT",
              ["Emmanuel Macron", "Volodymyr Zelensky", "Steve Witkoff", "Rustem Umerov"], "2025-12-01", "published",
              "occurred", "Emmanuel Macron received"),
            E("US-Ukrainian talks in Florida", "CONSULT", ["United States", "Ukraine"], "2025-11-30", "text",
              "occurred", "Emmanuel Macron received"),
            E("Macron: no peace plan can be finalised without Ukraine and the Europeans", "REQUEST",
              ["Emmanuel Macron"], "2025-12-01", "published", "occurred", "Macron said no peace plan"),
            E("Witkoff to meet Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-12-02", "text",
              "planned", "Witkoff will meet President Vladimir Putin"),
            E("Tusk calls the drone over Romania another Russian test of NATO", "ACCUSE", ["Donald Tusk", "Russia"],
              "2025-12-01", "published", "occurred", "Donald Tusk said in Warsaw"),
            E("Tusk offers Polish anti-drone teams for the Danube", "AID", ["Donald Tusk"], "2025-12-01", "published",
              "planned", "He offered to send Polish anti-drone teams"),
            E("Bucharest summons Russia's chargé d'affaires over the drone", "ACCUSE", ["Russia"], "2025-12-01",
              "published", "occurred", "summoned Russia's charge d'affaires"),
            E("Rutte: the incursion fits a pattern of reckless Russian behaviour", "ACCUSE", ["Mark Rutte", "Russia"],
              "2025-12-01", "published", "occurred", "a pattern of reckless behaviour"),
            E("NATO ambassadors discuss drone defence on the eastern flank", "CONSULT", ["NATO"], "2025-11-25",
              "text", "occurred", "NATO ambassadors had discussed"),
            E("Zakharova dismisses the Romanian account as fantasies", "REJECT", ["Maria Zakharova"], "2025-12-01",
              "published", "occurred", "Maria Zakharova dismissed"),
            E("Zakharova accuses Bucharest of serving NATO's escalation agenda", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2025-12-01", "published", "occurred", "Maria Zakharova dismissed"),
            E("Russia attacks the Odesa region and Izmail with 89 drones and two missiles; a drone strays into "
              "Romania", "ASSAULT", ["Russia", "Ukraine"], "2025-11-30TNI", "text", "occurred",
              "Russia launched 89 drones"),
        ],
        [
            S("Emmanuel Macron", "No peace plan can be finalised without Ukraine and the Europeans at the table",
              "2025-12-01", "published", "Macron said no peace plan"),
            S("Kremlin", "Witkoff will meet Putin in Moscow on Tuesday", "2025-12-01", "published",
              "The Kremlin confirmed"),
            S("Dmitry Peskov", "The meeting takes place in the second half of the day; Moscow expects the US side's "
              "latest ideas", "2025-12-01", "published", "Spokesman Dmitry Peskov said"),
            S("Donald Tusk", "The drone over Romania is another Russian test of NATO's nerves; offers Polish "
              "anti-drone teams", "2025-12-01", "published", "Donald Tusk said in Warsaw"),
            S("Mark Rutte", "The incursion fits a pattern of reckless behaviour; Eastern Sentry continues as long "
              "as necessary", "2025-12-01", "published", "a pattern of reckless behaviour"),
            S("Maria Zakharova", "The Romanian account is fantasy; Bucharest serves NATO's escalation agenda",
              "2025-12-01", "published", "Maria Zakharova dismissed"),
            S("Ukraine", "Air force: 89 drones and two Iskander-M missiles launched overnight, 71 drones shot down",
              "2025-12-01", "published", "Russia launched 89 drones"),
        ],
        ["Emmanuel Macron", "France", "Volodymyr Zelensky", "Ukraine", "Steve Witkoff", "United States",
         "Rustem Umerov", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Russia", "Donald Tusk", "Poland", "NATO",
         "Mark Rutte", "Maria Zakharova", "Turkey"],
    ),
]
