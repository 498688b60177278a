"""English articles of the blind126 set (fictionalised; written and annotated blind to the extraction code).

Theme: landmine and cluster-munition treaties and the war, 2023–2025. Straight double quotes throughout.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS: list[dict] = []

# ---------------------------------------------------------------- b126en01 (Cambodianess, Phnom Penh)
EN01 = """
Putin Says Russia Could Answer US Cluster Munitions in Kind as Hun Sen Repeats Plea

PHNOM PENH – Russian President Vladimir Putin has said Russia holds a "sufficient stockpile" of cluster munitions and reserves the right to take "reciprocal action" if Ukraine uses the weapons supplied by the United States against Russian troops.
In an interview with state television broadcast on Sunday, Putin also claimed that Russia had not used cluster munitions in the war, an assertion contradicted by UN investigators and rights groups.
Brigadier General Oleksandr Tarnavskyi, who commands Ukraine's forces in the south, said on Thursday that the first shipment had arrived and that the weapons would be used only on Ukrainian territory.

Washington announced the transfer on July 7 as part of an $800 million package, saying Kyiv was running short of artillery shells.
White House national security spokesman John Kirby said last week that Ukraine had given written assurances to use the munitions in a way that minimises risks to civilians.
Kremlin spokesman Dmitry Peskov said on Monday that the deliveries showed Washington was ready to fight "to the last Ukrainian."
President Volodymyr Zelensky has defended his request, saying his troops need the munitions to break through Russian trenches in the counteroffensive launched in June.

The decision has drawn sharp criticism in Cambodia, where cluster bombs dropped by US aircraft during the Vietnam War still kill and maim farmers.
Prime Minister Hun Sen, who urged Washington on July 9 not to send the weapons and Kyiv not to use them, repeated his appeal on Monday, warning that Ukrainians would suffer from unexploded bomblets for many years.
Heng Ratana, director general of the Cambodian Mine Action Centre, told Cambodianess that his teams were still clearing American bomblets in the northeast "almost every day."

UN Secretary-General Antonio Guterres, through his spokesman, said he did not want cluster munitions to be used by either side in Ukraine.
Britain, Germany and Spain, all parties to the 2008 convention banning the weapons, have said they will not supply them.
Neither the United States, Russia nor Ukraine has joined that treaty.
Cambodia goes to the polls on Sunday, and Hun Sen is expected to hand over the premiership to his son Hun Manet in the coming weeks.
"""

DOCS.append(
    doc(
        "b126en01_putin_reciprocal_cluster_hun_sen_2023_07", "2023-07-17", EN01,
        [
            T("Sunday", "DATE", "2023-07-16", 0),
            T("Thursday", "DATE", "2023-07-13"),
            T("July 7", "DATE", "2023-07-07"),
            T("last week", "DATE", "2023-W28"),
            T("Monday", "DATE", "2023-07-17", 0),
            T("June", "DATE", "2023-06"),
            T("July 9", "DATE", "2023-07-09"),
            T("Monday", "DATE", "2023-07-17", 1),
            T("many years", "DURATION", "PXY"),
            T("almost every day", "SET", "P1D", mod="APPROX"),
            T("2008", "DATE", "2008"),
            T("Sunday", "DATE", "2023-07-23", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Putin threatens reciprocal action if Ukraine uses US cluster munitions against Russian troops",
              "THREATEN", ["Vladimir Putin", "Ukraine", "United States"], "2023-07-16", "context", "occurred",
              "reserves the right to take"),
            E("First shipment of US cluster munitions arrives in Ukraine", "AID", ["United States", "Ukraine"],
              "2023-07-13", "context", "occurred", "Brigadier General Oleksandr Tarnavskyi"),
            E("Ukraine pledges to use the munitions only on its own territory", "AGREE", ["Ukraine"], "2023-07-13",
              "text", "occurred", "Brigadier General Oleksandr Tarnavskyi"),
            E("Washington announces the transfer of cluster munitions in an $800 million package", "AID",
              ["United States", "Ukraine"], "2023-07-07", "text", "occurred", "Washington announced the transfer"),
            E("Ukraine gave the US written assurances on the use of the munitions", "AGREE",
              ["Ukraine", "United States"], "2023-W28", "context", "occurred", "had given written assurances",
              note="assurances given before Kirby's remarks of last week"),
            E("Peskov accuses Washington of being ready to fight to the last Ukrainian", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-07-17", "text", "occurred", "Kremlin spokesman Dmitry Peskov"),
            E("Ukraine's counteroffensive launched in June", "ASSAULT", ["Ukraine", "Russia"], "2023-06", "text",
              "occurred", "has defended his request"),
            E("Hun Sen urges Washington not to send cluster munitions and Kyiv not to use them", "REQUEST",
              ["United States", "Ukraine"], "2023-07-09", "text", "occurred", "who urged Washington on July 9"),
            E("Hun Sen repeats his appeal to Ukraine not to use the munitions", "REQUEST", ["Ukraine"], "2023-07-17",
              "text", "occurred", "who urged Washington on July 9"),
            E("Guterres does not want cluster munitions used by either side", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2023-07-17", "published", "occurred",
              "through his spokesman"),
            E("Britain and Germany will not supply cluster munitions", "REJECT", ["United Kingdom", "Germany"],
              "2023-07-17", "published", "occurred", "Britain, Germany and Spain"),
        ],
        [
            S("Vladimir Putin", "Russia has a sufficient stockpile of cluster munitions and reserves the right to "
              "reciprocal action", "2023-07-16", "context", "reserves the right to take"),
            S("Vladimir Putin", "Russia has not used cluster munitions in the war", "2023-07-16", "text",
              "In an interview with state television"),
            S("Ukraine", "The first shipment has arrived; the weapons will be used only on Ukrainian territory",
              "2023-07-13", "text", "Brigadier General Oleksandr Tarnavskyi"),
            S("White House", "Ukraine gave written assurances to minimise risks to civilians", "2023-W28", "text",
              "had given written assurances"),
            S("Dmitry Peskov", "The deliveries show Washington is ready to fight to the last Ukrainian",
              "2023-07-17", "text", "Kremlin spokesman Dmitry Peskov"),
            S("Volodymyr Zelensky", "His troops need the munitions to break through Russian trenches", "2023-07-17",
              "published", "has defended his request"),
            S("António Guterres", "Does not want cluster munitions used by either side in Ukraine", "2023-07-17",
              "published", "through his spokesman"),
            S("United Kingdom", "Will not supply cluster munitions", "2023-07-17", "published",
              "Britain, Germany and Spain"),
            S("Germany", "Will not supply cluster munitions", "2023-07-17", "published",
              "Britain, Germany and Spain"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "United States", "United Nations", "White House", "Kremlin",
         "Dmitry Peskov", "Volodymyr Zelensky", "António Guterres", "United Kingdom", "Germany"],
    )
)

# ---------------------------------------------------------------- b126en02 (Baltic Sentinel, weekly briefing)
EN02 = """
Lithuania votes to quit cluster munitions ban, citing Russian threat

VILNIUS – Lithuania's parliament voted on Thursday to withdraw the country from the Convention on Cluster Munitions, making it the first state to leave the 2008 treaty.
The Seimas backed the bill by 84 votes to 5 with 13 abstentions after Defence Minister Laurynas Kasciunas argued that Lithuania could not rule out any means of defending itself against Russia.
President Gitanas Nauseda is expected to sign the law next week, and the withdrawal takes effect six months after the United Nations, as depositary, has been notified.

NATO Secretary General Jens Stoltenberg, speaking to reporters in Brussels on Thursday evening, called the vote "a national decision" and said the alliance took no position on the convention, to which most of its members belong.
A spokesperson for UN Secretary-General Antonio Guterres said he "regrets" the decision and urged Vilnius to reconsider.
The International Committee of the Red Cross said it was "deeply concerned" that a state party was leaving while cluster munitions were killing civilians in Ukraine almost daily.
In Berlin, the Foreign Office said Germany respected the sovereign decision of an ally but would itself remain bound by the treaty.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova on Friday accused Vilnius of turning Lithuania into "a NATO testing ground" and said Russia would take the decision into account in its military planning.

Lithuanian officials have pointed to Ukraine's experience since July last year, when the United States began supplying Kyiv with cluster shells from its own stockpiles.
Ukraine's deputy defence minister told a conference in Vilnius in May that the munitions had proved "indispensable" against Russian infantry assaults.
Estonia and Latvia never joined the convention, and neither did Poland.

At the NATO summit in Washington last week, allied leaders pledged at least 40 billion euros in military aid for Ukraine within the next year.
Kasciunas said Lithuania intended to buy cluster munitions "as soon as possible" but did not say from which supplier.
Baltic Sentinel will follow the notification process in our briefing next Friday.
"""

DOCS.append(
    doc(
        "b126en02_lithuania_quits_cluster_convention_2024_07", "2024-07-19", EN02,
        [
            T("Thursday", "DATE", "2024-07-18"),
            T("2008", "DATE", "2008"),
            T("next week", "DATE", "2024-W30"),
            T("six months", "DURATION", "P6M"),
            T("Thursday evening", "TIME", "2024-07-18TEV"),
            T("almost daily", "SET", "P1D", mod="APPROX"),
            T("Friday", "DATE", "2024-07-19", 0),
            T("July last year", "DATE", "2023-07"),
            T("May", "DATE", "2024-05"),
            T("last week", "DATE", "2024-W28"),
            T("the next year", "DURATION", "P1Y"),
            T("next Friday", "DATE", "2024-07-26"),
        ],
        [
            E("Stoltenberg calls Lithuania's withdrawal a national decision", "SUPPORT", ["Jens Stoltenberg"],
              "2024-07-18TEV", "text", "occurred", "NATO Secretary General Jens Stoltenberg"),
            E("Guterres regrets the decision and urges Vilnius to reconsider", "REQUEST", ["António Guterres"],
              "2024-07-19", "published", "occurred", "A spokesperson for UN Secretary-General"),
            E("Zakharova accuses Vilnius of turning Lithuania into a NATO testing ground", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2024-07-19", "text", "occurred", "Maria Zakharova on Friday"),
            E("Zakharova: Russia will take the decision into account in its military planning", "THREATEN",
              ["Maria Zakharova"], "2024-07-19", "text", "occurred", "Maria Zakharova on Friday"),
            E("The United States began supplying Ukraine with cluster shells", "AID", ["United States", "Ukraine"],
              "2023-07", "text", "occurred", "since July last year", date_mod="START"),
            E("NATO summit in Washington", "CONSULT", ["NATO"], "2024-W28", "text", "occurred",
              "At the NATO summit in Washington"),
            E("NATO leaders pledge at least 40 billion euros in military aid for Ukraine", "AID", ["NATO", "Ukraine"],
              "2024-W28", "text", "occurred", "At the NATO summit in Washington"),
        ],
        [
            S("Jens Stoltenberg", "The vote is a national decision; NATO takes no position on the convention",
              "2024-07-18TEV", "text", "NATO Secretary General Jens Stoltenberg"),
            S("António Guterres", "Regrets the decision and urges Vilnius to reconsider", "2024-07-19", "published",
              "A spokesperson for UN Secretary-General"),
            S("Germany", "Respects the ally's sovereign decision but remains bound by the treaty", "2024-07-19",
              "published", "In Berlin, the Foreign Office said"),
            S("Maria Zakharova", "Vilnius turns Lithuania into a NATO testing ground; Russia will take it into "
              "account in military planning", "2024-07-19", "text", "Maria Zakharova on Friday"),
            S("Ukraine", "Cluster munitions have proved indispensable against Russian infantry assaults", "2024-05",
              "text", "Ukraine's deputy defence minister"),
        ],
        ["Russia", "United Nations", "NATO", "Jens Stoltenberg", "António Guterres", "Ukraine", "Germany",
         "Maria Zakharova", "United States", "Poland"],
    )
)

# ---------------------------------------------------------------- b126en03 (Kiripost, Phnom Penh)
EN03 = """
Siem Reap Mine Ban Conference Closes Under the Shadow of US Mines for Ukraine

SIEM REAP – States parties to the Ottawa Convention on Friday adopted the Siem Reap-Angkor Action Plan, a five-year roadmap for clearing mines and assisting survivors, as the treaty's Fifth Review Conference closed amid criticism of Washington's decision to send anti-personnel mines to Ukraine.
More than 100 states, among them Ukraine, Germany and Poland, took part in the five-day meeting.
Prime Minister Hun Manet, who opened the conference on Monday, urged all nations never again to use a weapon that has killed or maimed more than 65,000 Cambodians since 1979.

US President Joe Biden approved the transfer of "non-persistent" anti-personnel mines to Kyiv last week, arguing they were needed to slow Russian advances in the east.
In a joint statement on Thursday, a group of states parties including Germany said they "deeply regret" the decision and called on all states to refrain from transferring or using such weapons.
The European Union told the conference that the ban applied "to all states parties, at all times."
The State Department, whose delegation attended as an observer, said the mines would be used only on Ukrainian territory and would deactivate within two weeks.

Ukraine's delegation told the conference on Wednesday that Kyiv remained committed to the treaty but was facing Russia, "an aggressor that recognises no rules," and asked for understanding.
Kyiv also secured an extension of its deadline for clearing mined areas until 2033, one of several granted on Thursday.
Ukrainian officials estimate that close to a quarter of the country is potentially contaminated.

Russia, which has never joined the convention, has laid mines on an unprecedented scale since it invaded Ukraine in February 2022, according to the annual Landmine Monitor report presented on the sidelines.
ICRC President Mirjana Spoljaric told delegates on Tuesday that any erosion of the ban would be paid for "by children, farmers and deminers for generations."
In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the conference had "closed its eyes" to the mines Kyiv had scattered in Donbas.

For Siem Reap, which still has minefields in its rural districts, the week brought full hotels and a demonstration by mine-detection rats at the Cambodian Mine Action Centre on Tuesday morning.
The next meeting of states parties is scheduled for December 2025 in Geneva, where Ukraine is to report on its progress.
"""

DOCS.append(
    doc(
        "b126en03_siem_reap_review_conference_2024_11", "2024-11-29", EN03,
        [
            T("Friday", "DATE", "2024-11-29"),
            T("five-year", "DURATION", "P5Y"),
            T("five-day", "DURATION", "P5D"),
            T("Monday", "DATE", "2024-11-25"),
            T("1979", "DATE", "1979"),
            T("last week", "DATE", "2024-W47"),
            T("Thursday", "DATE", "2024-11-28", 0),
            T("two weeks", "DURATION", "P2W"),
            T("Wednesday", "DATE", "2024-11-27"),
            T("2033", "DATE", "2033"),
            T("Thursday", "DATE", "2024-11-28", 1),
            T("February 2022", "DATE", "2022-02"),
            T("annual", "SET", "P1Y"),
            T("Tuesday", "DATE", "2024-11-26", 0),
            T("Thursday", "DATE", "2024-11-28", 2),
            T("the week", "DATE", "2024-W48"),
            T("Tuesday morning", "TIME", "2024-11-26TMO"),
            T("December 2025", "DATE", "2025-12"),
        ],
        [
            E("States parties adopt the Siem Reap-Angkor Action Plan", "AGREE", ["Ukraine", "Germany", "Poland"],
              "2024-11-29", "text", "occurred", "States parties to the Ottawa Convention on Friday"),
            E("Fifth Review Conference of the Ottawa Convention in Siem Reap", "CONSULT",
              ["Ukraine", "Germany", "Poland"], "2024-11-25", "context", "occurred", "More than 100 states",
              note="25–29 November 2024"),
            E("Biden approves the transfer of anti-personnel mines to Kyiv", "AID", ["Joe Biden", "Ukraine"],
              "2024-W47", "text", "occurred", "US President Joe Biden approved"),
            E("Germany and other states parties deeply regret the US decision", "ACCUSE", ["Germany", "United States"],
              "2024-11-28", "text", "occurred", "In a joint statement on Thursday"),
            E("Germany and other states parties call on all states not to transfer or use such weapons", "REQUEST",
              ["Germany"], "2024-11-28", "text", "occurred", "In a joint statement on Thursday"),
            E("Ukraine accuses Russia of recognising no rules", "ACCUSE", ["Ukraine", "Russia"], "2024-11-27", "text",
              "occurred", "Ukraine's delegation told the conference"),
            E("Ukraine asks the conference for understanding", "REQUEST", ["Ukraine"], "2024-11-27", "text",
              "occurred", "Ukraine's delegation told the conference"),
            E("Conference grants Ukraine an extension of its clearance deadline until 2033", "AGREE", ["Ukraine"],
              "2024-11-28", "text", "occurred", "Kyiv also secured an extension"),
            E("Russia's invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Russia, which has never joined the convention"),
            E("Landmine Monitor accuses Russia of laying mines on an unprecedented scale", "ACCUSE", ["Russia"],
              "2024-11-29", "published", "occurred", "Russia, which has never joined the convention"),
            E("Zakharova accuses the conference of ignoring Kyiv's mines in Donbas", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2024-11-28", "text", "occurred", "In Moscow, Foreign Ministry"),
            E("Next meeting of states parties in Geneva, Ukraine to report", "CONSULT", ["Ukraine"], "2025-12", "text",
              "planned", "The next meeting of states parties"),
        ],
        [
            S("Germany", "Joint statement: deeply regret the US decision; all states should refrain from transferring "
              "or using such weapons", "2024-11-28", "text", "In a joint statement on Thursday"),
            S("European Union", "The ban applies to all states parties at all times", "2024-11-29", "published",
              "The European Union told the conference"),
            S("United States", "The mines will be used only on Ukrainian territory and deactivate within two weeks",
              "2024-11-29", "published", "The State Department, whose delegation"),
            S("Ukraine", "Committed to the treaty but facing an aggressor that recognises no rules; asks for "
              "understanding", "2024-11-27", "text", "Ukraine's delegation told the conference"),
            S("Ukraine", "Close to a quarter of the country is potentially contaminated", "2024-11-29", "published",
              "Ukrainian officials estimate"),
            S("Maria Zakharova", "The conference closed its eyes to Kyiv's mines in Donbas", "2024-11-28", "text",
              "In Moscow, Foreign Ministry"),
        ],
        ["Ukraine", "Germany", "Poland", "United States", "Joe Biden", "Russia", "European Union",
         "Maria Zakharova"],
    )
)

# ---------------------------------------------------------------- b126en04 (European Security & Defence)
EN04 = """
Poland and the Baltic states move to leave the Ottawa Convention

The defence ministers of Poland, Lithuania, Latvia and Estonia on Tuesday jointly recommended that their countries withdraw from the Ottawa Convention banning anti-personnel mines, citing a "significantly" increased military threat from Russia and Belarus.
In their statement, Wladyslaw Kosiniak-Kamysz, Dovile Sakaliene, Andris Spruds and Hanno Pevkur said leaving the treaty would give their armed forces "flexibility and freedom of choice" in defending NATO's eastern flank.
The ministers stressed that their countries would remain committed to international humanitarian law, including the protection of civilians, during armed conflicts.

The move opens the way for the four states to produce and stockpile mines for a belt of fortifications along their borders with Russia and Belarus, including Poland's "East Shield" programme, which is due to be completed by 2028.
Polish Deputy Defence Minister Pawel Bejda told ESD last month that domestic producers could deliver "hundreds of thousands" of mines once the legal obstacles were removed.
Finland, which shares a 1,340-kilometre border with Russia, is reviewing its own membership, with a decision expected in early April.
President Alexander Stubb said on Wednesday that Helsinki would "not rule anything out."

The International Committee of the Red Cross said it was "deeply concerned" and urged the four governments to reconsider, warning that mines kill long after wars end.
A spokesperson for UN Secretary-General Antonio Guterres said on Wednesday that he regretted the announcement and hoped the four states would remain in the treaty.
NATO said the decision was a matter for each ally, and Secretary General Mark Rutte had said earlier this month that the alliance would "not second-guess" measures to protect its eastern flank.
Kremlin spokesman Dmitry Peskov said on Tuesday evening that the decision reflected "anti-Russian hysteria" in Warsaw and the Baltic capitals and that Moscow would respond "to ensure its security."

Ukraine, itself a party to the treaty, has used mines extensively to slow Russian advances and received US anti-personnel mines last November.
Polish Prime Minister Donald Tusk first floated the withdrawal in a speech to the Sejm on March 7.
Under the treaty, a withdrawal takes effect six months after the United Nations receives the instrument, and the parliaments of all four countries must approve it first.
Lithuania's exit from the Convention on Cluster Munitions took effect on March 6.
ESD will look at the industrial implications at the MSPO defence show in Kielce in September.
"""

DOCS.append(
    doc(
        "b126en04_poland_baltics_joint_ottawa_exit_2025_03", "2025-03-19", EN04,
        [
            T("Tuesday", "DATE", "2025-03-18", 0),
            T("2028", "DATE", "2028"),
            T("last month", "DATE", "2025-02"),
            T("early April", "DATE", "2025-04", mod="START"),
            T("Wednesday", "DATE", "2025-03-19", 0),
            T("Wednesday", "DATE", "2025-03-19", 1),
            T("this month", "DATE", "2025-03"),
            T("Tuesday evening", "TIME", "2025-03-18TEV"),
            T("last November", "DATE", "2024-11"),
            T("March 7", "DATE", "2025-03-07"),
            T("six months", "DURATION", "P6M"),
            T("March 6", "DATE", "2025-03-06"),
            T("September", "DATE", "2025-09"),
        ],
        [
            E("Defence ministers of Poland and the Baltic states recommend leaving the Ottawa Convention", "REJECT",
              ["Poland"], "2025-03-18", "text", "occurred", "The defence ministers of Poland"),
            E("The ministers promise to remain committed to international humanitarian law", "AGREE", ["Poland"],
              "2025-03-18", "context", "occurred", "The ministers stressed"),
            E("Poland's East Shield fortification programme to be completed by 2028", "MOBILIZE", ["Poland"], "2028",
              "text", "planned", "East Shield"),
            E("Guterres regrets the announcement and hopes the states remain in the treaty", "REQUEST",
              ["António Guterres", "Poland"], "2025-03-19", "text", "occurred", "A spokesperson for UN"),
            E("ICRC urges the four governments to reconsider", "REQUEST", ["Poland"], "2025-03-19", "published",
              "occurred", "The International Committee of the Red Cross"),
            E("NATO: the decision is a matter for each ally", "SUPPORT", ["NATO", "Poland"], "2025-03-19",
              "published", "occurred", "NATO said the decision"),
            E("Peskov accuses Warsaw and the Baltic capitals of anti-Russian hysteria", "ACCUSE",
              ["Dmitry Peskov", "Poland"], "2025-03-18TEV", "text", "occurred", "Kremlin spokesman Dmitry Peskov"),
            E("Peskov: Moscow will respond to ensure its security", "THREATEN", ["Dmitry Peskov", "Poland"],
              "2025-03-18TEV", "text", "occurred", "Kremlin spokesman Dmitry Peskov"),
            E("Ukraine received US anti-personnel mines", "AID", ["United States", "Ukraine"], "2024-11", "text",
              "occurred", "received US anti-personnel mines last November"),
            E("Tusk floats the withdrawal in a speech to the Sejm", "REJECT", ["Donald Tusk"], "2025-03-07", "text",
              "occurred", "first floated the withdrawal"),
        ],
        [
            S("Poland", "Joint statement of the four defence ministers: leave the Ottawa Convention because the threat "
              "from Russia and Belarus has increased significantly", "2025-03-18", "text",
              "The defence ministers of Poland"),
            S("Poland", "Leaving gives the armed forces flexibility and freedom of choice on NATO's eastern flank",
              "2025-03-18", "context", "In their statement"),
            S("Poland", "The four countries remain committed to international humanitarian law", "2025-03-18",
              "context", "The ministers stressed"),
            S("Poland", "Bejda: domestic producers could deliver hundreds of thousands of mines", "2025-02", "text",
              "Polish Deputy Defence Minister"),
            S("Alexander Stubb", "Helsinki will not rule anything out", "2025-03-19", "text",
              "President Alexander Stubb said"),
            S("António Guterres", "Regrets the announcement; hopes the four states remain in the treaty",
              "2025-03-19", "text", "A spokesperson for UN"),
            S("NATO", "The decision is a matter for each ally", "2025-03-19", "published", "NATO said the decision"),
            S("Mark Rutte", "NATO will not second-guess measures to protect its eastern flank", "2025-03", "text",
              "NATO said the decision"),
            S("Dmitry Peskov", "Anti-Russian hysteria in Warsaw and the Baltic capitals; Moscow will respond to "
              "ensure its security", "2025-03-18TEV", "text", "Kremlin spokesman Dmitry Peskov"),
        ],
        ["Poland", "Russia", "Belarus", "NATO", "Alexander Stubb", "United Nations", "António Guterres",
         "Mark Rutte", "Kremlin", "Dmitry Peskov", "Ukraine", "United States", "Donald Tusk"],
    )
)

# ---------------------------------------------------------------- b126en05 (News Now Finland)
EN05 = """
Eduskunta votes to leave landmine ban as Geneva meeting hears warnings

HELSINKI – Finland's parliament voted on Thursday to withdraw from the Ottawa Convention, clearing the way for the armed forces to stockpile anti-personnel mines again for the first time in a decade.
Lawmakers backed the government's proposal by 157 votes to 18, with most of the opposition Left Alliance and some Greens voting against.
President Alexander Stubb is expected to sign the law next week, and the government plans to deposit the instrument of withdrawal with the UN Secretary-General in July, so that the exit would take effect in January.
Defence Minister Antti Hakkanen told the chamber on Wednesday that mines were "a cost-effective way to slow down a mechanised attacker" on the 1,340-kilometre eastern border.

The vote came as states parties met in Geneva this week for the convention's intersessional meetings, where the exits of Finland, Poland and the three Baltic states dominated the debate.
UN Secretary-General Antonio Guterres, in a message read out on Monday, called on the withdrawing states to reconsider and on all others to "hold the line."
ICRC Vice-President Gilles Carbonnier told delegates on Tuesday that the exits risked "unravelling a norm that has saved tens of thousands of lives."
Ukraine's representative told the meeting on Wednesday that Kyiv was "fully committed" to the treaty but could not fight "with one hand tied" against Russia, which had mined vast areas of Ukrainian land.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that Finland's decision was "part of the militarisation of Europe" and that Russia would factor it into the planning of its new Leningrad Military District.
Finland joined NATO in April 2023 after more than 70 years of military non-alignment.
Latvia's parliament approved its own withdrawal in April, while Estonia's Riigikogu is due to vote on Wednesday.
Poland's parliament has not yet taken up its bill.

NATO leaders meet in The Hague next week, where allies are expected to commit to spending five percent of GDP on defence by 2035.
Stubb will attend and is due to meet US President Donald Trump on the sidelines of the summit, his office said.
"""

DOCS.append(
    doc(
        "b126en05_eduskunta_ottawa_vote_geneva_2025_06", "2025-06-20", EN05,
        [
            T("Thursday", "DATE", "2025-06-19"),
            T("a decade", "DURATION", "P10Y"),
            T("next week", "DATE", "2025-W26", 0),
            T("July", "DATE", "2025-07"),
            T("January", "DATE", "2026-01"),
            T("Wednesday", "DATE", "2025-06-18", 0),
            T("this week", "DATE", "2025-W25"),
            T("Monday", "DATE", "2025-06-16"),
            T("Tuesday", "DATE", "2025-06-17"),
            T("Wednesday", "DATE", "2025-06-18", 1),
            T("Friday", "DATE", "2025-06-20"),
            T("April 2023", "DATE", "2023-04"),
            T("more than 70 years", "DURATION", "P70Y", mod="MORE_THAN"),
            T("April", "DATE", "2025-04", 1),
            T("Wednesday", "DATE", "2025-06-25", 2),
            T("next week", "DATE", "2025-W26", 1),
            T("2035", "DATE", "2035"),
        ],
        [
            E("Stubb expected to sign the law on leaving the Ottawa Convention", "REJECT", ["Alexander Stubb"],
              "2025-W26", "text", "planned", "President Alexander Stubb is expected to sign"),
            E("Intersessional meetings of the Ottawa Convention in Geneva", "CONSULT", ["Ukraine"], "2025-W25",
              "text", "occurred", "The vote came as states parties met"),
            E("Guterres calls on the withdrawing states to reconsider", "REQUEST", ["António Guterres", "Poland"],
              "2025-06-16", "text", "occurred", "in a message read out on Monday"),
            E("Ukraine accuses Russia of mining vast areas of Ukrainian land", "ACCUSE", ["Ukraine", "Russia"],
              "2025-06-18", "text", "occurred", "Ukraine's representative told the meeting"),
            E("Peskov calls Finland's decision part of the militarisation of Europe", "ACCUSE", ["Dmitry Peskov"],
              "2025-06-20", "text", "occurred", "In Moscow, Kremlin spokesman"),
            E("Peskov: Russia will factor the decision into its military planning", "THREATEN", ["Dmitry Peskov"],
              "2025-06-20", "text", "occurred", "In Moscow, Kremlin spokesman"),
            E("Finland joined NATO", "AGREE", ["NATO"], "2023-04", "text", "occurred", "Finland joined NATO"),
            E("NATO summit in The Hague", "CONSULT", ["NATO"], "2025-W26", "text", "planned",
              "NATO leaders meet in The Hague"),
            E("Allies expected to commit to five percent of GDP on defence by 2035", "AGREE", ["NATO"], "2025-W26",
              "context", "uncertain", "NATO leaders meet in The Hague"),
            E("Stubb to meet Trump on the sidelines of the summit", "CONSULT", ["Alexander Stubb", "Donald Trump"],
              "2025-W26", "context", "planned", "Stubb will attend"),
        ],
        [
            S("António Guterres", "The withdrawing states should reconsider; all others should hold the line",
              "2025-06-16", "text", "in a message read out on Monday"),
            S("Ukraine", "Kyiv is fully committed to the treaty but cannot fight with one hand tied against Russia",
              "2025-06-18", "text", "Ukraine's representative told the meeting"),
            S("Dmitry Peskov", "Finland's decision is part of the militarisation of Europe; Russia will factor it "
              "into its planning", "2025-06-20", "text", "In Moscow, Kremlin spokesman"),
            S("Alexander Stubb", "Stubb will attend the summit and meet Trump on the sidelines", "2025-06-20",
              "published", "Stubb will attend"),
        ],
        ["Alexander Stubb", "United Nations", "Poland", "António Guterres", "Ukraine", "Russia", "Kremlin",
         "Dmitry Peskov", "NATO", "Donald Trump", "United States"],
    )
)

# ---------------------------------------------------------------- b126en06 (Action on Armed Violence, explainer)
EN06 = """
Explainer: What the Geneva mine ban meeting showed as six states head for the exit

What happened in Geneva this week?
Delegates from more than 120 states, among them Ukraine, Germany and the United Kingdom, met at the Palais des Nations from Monday to Friday for the 22nd Meeting of States Parties to the Ottawa Convention, the first since six members began leaving it.
In a final declaration adopted on Friday afternoon, states parties "deeply regretted" the withdrawals and called on Estonia, Finland, Latvia, Lithuania, Poland and Ukraine to reconsider.
Germany pledged 25 million euros for mine clearance in Ukraine next year.

When do the exits take effect?
The withdrawals of Estonia, Latvia and Lithuania, deposited at the end of June, take effect on December 27.
Finland's follows on January 10, and Poland's, deposited after its parliament voted in the autumn, in May 2026.
Ukraine is the exception: under Article 20, a state engaged in an armed conflict stays bound until the conflict ends, so Kyiv's exit, deposited in July, has no legal effect for now.

Who said what?
UN Secretary-General Antonio Guterres told the opening session on Monday by video that the treaty was "under the greatest strain in its history" and urged all states to "stand by a promise made to the victims."
Ukraine's delegation said Kyiv would keep clearing land and reporting to the treaty's bodies, and accused Russia of having turned an area the size of England into minefields.
Russia, which has never joined the treaty, was not represented.
In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the meeting was a "parade of hypocrisy" that ignored NATO arms deliveries to Kyiv.

And the United States?
Washington, which is not a party, supplied anti-personnel mines to Ukraine under the previous administration in late 2024.
The State Department said in October that the policy allowing such transfers remained under review.

What comes next?
States parties meet again in Geneva in June, and AOAV will track casualty figures from the regions along the Russian and Belarusian borders in the coming months.
"""

DOCS.append(
    doc(
        "b126en06_geneva_msp_explainer_2025_12", "2025-12-05", EN06,
        [
            T("this week", "DATE", "2025-W49"),
            T("Monday", "DATE", "2025-12-01", 0),
            T("Friday", "DATE", "2025-12-05"),
            T("Friday afternoon", "TIME", "2025-12-05TAF"),
            T("next year", "DATE", "2026"),
            T("the end of June", "DATE", "2025-06", mod="END"),
            T("December 27", "DATE", "2025-12-27"),
            T("January 10", "DATE", "2026-01-10"),
            T("the autumn", "DATE", "2025-FA"),
            T("May 2026", "DATE", "2026-05"),
            T("July", "DATE", "2025-07"),
            T("now", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2025-12-01", 1),
            T("Thursday", "DATE", "2025-12-04"),
            T("late 2024", "DATE", "2024", mod="END"),
            T("October", "DATE", "2025-10"),
            T("June", "DATE", "2026-06", 1),
            T("the coming months", "DATE", "FUTURE_REF"),
        ],
        [
            E("22nd Meeting of States Parties to the Ottawa Convention in Geneva", "CONSULT",
              ["Ukraine", "Germany", "United Kingdom"], "2025-12-01", "text", "occurred", "Delegates from more than",
              note="1–5 December 2025"),
            E("States parties adopt a final declaration", "AGREE", ["Germany", "United Kingdom"], "2025-12-05TAF",
              "text", "occurred", "In a final declaration adopted"),
            E("States parties call on the withdrawing states, Poland and Ukraine among them, to reconsider",
              "REQUEST", ["Germany", "United Kingdom", "Poland", "Ukraine"], "2025-12-05TAF", "text", "occurred",
              "In a final declaration adopted"),
            E("Germany pledges 25 million euros for mine clearance in Ukraine next year", "AID", ["Germany", "Ukraine"],
              "2026", "text", "planned", "Germany pledged 25 million euros"),
            E("Poland's withdrawal from the convention takes effect", "REJECT", ["Poland"], "2026-05", "text",
              "planned", "Finland's follows on January 10"),
            E("Poland's parliament voted to leave the convention", "REJECT", ["Poland"], "2025-FA", "text", "occurred",
              "Finland's follows on January 10"),
            E("Ukraine deposited its withdrawal from the convention", "REJECT", ["Ukraine"], "2025-07", "text",
              "occurred", "Ukraine is the exception"),
            E("Guterres urges all states to stand by the treaty", "REQUEST", ["António Guterres"], "2025-12-01", "text",
              "occurred", "told the opening session on Monday"),
            E("Ukraine promises to keep clearing land and reporting to the treaty's bodies", "AGREE", ["Ukraine"],
              "2025-W49", "context", "occurred", "Ukraine's delegation said"),
            E("Ukraine accuses Russia of turning a huge area into minefields", "ACCUSE", ["Ukraine", "Russia"],
              "2025-W49", "context", "occurred", "Ukraine's delegation said"),
            E("Zakharova calls the meeting a parade of hypocrisy ignoring NATO arms deliveries", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2025-12-04", "text", "occurred", "Maria Zakharova said on Thursday"),
            E("The US supplied anti-personnel mines to Ukraine", "AID", ["United States", "Ukraine"], "2024", "text",
              "occurred", "supplied anti-personnel mines to Ukraine", date_mod="END"),
        ],
        [
            S("Germany", "Pledges 25 million euros for mine clearance in Ukraine next year", "2025-12-05", "published",
              "Germany pledged 25 million euros"),
            S("António Guterres", "The treaty is under the greatest strain in its history; all states should stand "
              "by the promise to the victims", "2025-12-01", "text", "told the opening session on Monday"),
            S("Ukraine", "Kyiv will keep clearing land and reporting; Russia has turned an area the size of England "
              "into minefields", "2025-W49", "context", "Ukraine's delegation said"),
            S("Maria Zakharova", "The meeting is a parade of hypocrisy ignoring NATO arms deliveries to Kyiv",
              "2025-12-04", "text", "Maria Zakharova said on Thursday"),
            S("United States", "The policy allowing such transfers remains under review", "2025-10", "text",
              "The State Department said in October"),
        ],
        ["Ukraine", "Germany", "United Kingdom", "Poland", "United Nations", "António Guterres", "Russia",
         "Maria Zakharova", "NATO", "United States", "Belarus"],
    )
)
