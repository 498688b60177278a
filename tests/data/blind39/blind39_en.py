"""blind39: English articles (written blind; see README.md).

Each body: one sentence per line, headline first, a blank line between paragraphs.
"""

from build import E, S, T

EN01 = dict(
    id="b39en01_imran_khan_moscow_2022_02",
    lang="en",
    published="2022-02-25",
    published_basis=(
        "Friday paper after Imran Khan's talks with Putin in the Kremlin on Thursday 24 February 2022, the first day "
        "of the invasion; model: Dawn (Karachi)."
    ),
    body="""
PM Imran holds talks with Putin as Russian forces attack Ukraine

MOSCOW: Prime Minister Imran Khan held talks with Russian President Vladimir Putin in the Kremlin on Thursday, the day Moscow launched a military assault on Ukraine, in a visit that officials had billed as focused on trade and energy cooperation.
The meeting lasted around three hours, according to the Prime Minister's Office, and covered bilateral relations, Afghanistan and the long-delayed Pakistan Stream gas pipeline.
According to the Kremlin, the two leaders discussed "the main aspects of bilateral cooperation" and "current regional issues".

Russian troops crossed into Ukraine from the north, east and south on Thursday morning, hours after Mr Putin announced a "special military operation" in a televised address.
PM Imran, who arrived in Moscow on Wednesday evening, had told reporters at the airport: "What a time I have come, so much excitement."
The remark drew criticism at home and abroad.
In a statement issued after the talks, the Foreign Office said the prime minister "regretted the latest situation" and had stressed that conflict was in no one's interest.
Foreign Minister Shah Mahmood Qureshi, who accompanied the prime minister, told Dawn that Pakistan would not become part of any bloc.

On Tuesday, the US State Department said it had conveyed its position on Russia's "further invasion of Ukraine" to Islamabad and expected every responsible country to voice its objections.
In Washington, President Joe Biden announced sweeping sanctions on Russian banks and new export controls on Thursday, saying Mr Putin had "chosen this war".
NATO allies held emergency consultations under Article 4 of the alliance's founding treaty on the same day.

Ukrainian President Volodymyr Zelensky announced on Thursday that Kyiv was breaking off diplomatic relations with Moscow and urged world leaders to impose "all possible sanctions" on Russia.
On Wednesday night, as the UN Security Council met in emergency session in New York, Secretary General Antonio Guterres appealed to Mr Putin "in the name of humanity" to bring his troops back to Russia.
The Kremlin said Mr Putin also spoke by phone on Thursday with French President Emmanuel Macron, who had called to demand an immediate halt to the offensive.

PM Imran's visit was the first by a Pakistani prime minister to Moscow in 23 years.
Islamabad and Moscow signed an amended agreement on the 1,100-kilometre pipeline from Karachi to Lahore in May last year.
""",
    timexes=[
        T("Thursday", "DATE", "2022-02-24"),
        T("around three hours", "DURATION", "PT3H", mod="APPROX"),
        T("Thursday morning", "TIME", "2022-02-24TMO"),
        T("Wednesday evening", "TIME", "2022-02-23TEV"),
        T("Tuesday", "DATE", "2022-02-22"),
        T("Thursday", "DATE", "2022-02-24", n=2),
        T("the same day", "DATE", "2022-02-24"),
        T("Thursday", "DATE", "2022-02-24", n=3),
        T("Wednesday night", "TIME", "2022-02-23TNI", note="New York time"),
        T("Thursday", "DATE", "2022-02-24", n=4),
        T("23 years", "DURATION", "P23Y"),
        T("May last year", "DATE", "2021-05"),
    ],
    events=[
        E("Imran Khan holds talks with Putin in the Kremlin", "CONSULT", ["Vladimir Putin"], "2022-02-24", "text",
          "occurred", "held talks with Russian President Vladimir Putin in the Kremlin",
          note="Pakistan is not canonical."),
        E("Russian troops invade Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24TMO", "text", "occurred",
          "Russian troops crossed into Ukraine"),
        E("Imran Khan arrives in Moscow for a visit to Russia", "CONSULT", ["Russia"], "2022-02-23TEV", "text",
          "occurred", "who arrived in Moscow on Wednesday evening",
          note="State visit dated by the arrival (blind15); Pakistan is not canonical."),
        E("US conveys its position on Russia's invasion to Islamabad", "CONSULT", ["United States"], "2022-02-22",
          "text", "occurred", "the US State Department said it had conveyed",
          note="Dated by the day the State Department said so; Pakistan is not canonical."),
        E("US expects every responsible country to voice objections to Russia's invasion", "REQUEST",
          ["United States"], "2022-02-22", "text", "occurred", "the US State Department said it had conveyed"),
        E("Biden announces sanctions on Russian banks and export controls", "SANCTION", ["Joe Biden", "Russia"],
          "2022-02-24", "text", "occurred", "announced sweeping sanctions"),
        E("Biden says Putin has chosen this war", "ACCUSE", ["Joe Biden", "Vladimir Putin"], "2022-02-24", "text",
          "occurred", "announced sweeping sanctions"),
        E("NATO allies hold emergency Article 4 consultations", "CONSULT", ["NATO"], "2022-02-24", "text",
          "occurred", "emergency consultations under Article 4"),
        E("Ukraine breaks off diplomatic relations with Russia", "SANCTION", ["Volodymyr Zelensky", "Ukraine", "Russia"],
          "2022-02-24", "text", "occurred", "breaking off diplomatic relations"),
        E("Zelensky urges world leaders to impose all possible sanctions on Russia", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2022-02-24", "text", "occurred", "breaking off diplomatic relations"),
        E("Emergency session of the UN Security Council", "CONSULT", ["United Nations"], "2022-02-23TNI", "text",
          "occurred", "met in emergency session in New York"),
        E("Guterres appeals to Putin to bring his troops back to Russia", "REQUEST",
          ["António Guterres", "Vladimir Putin"], "2022-02-23TNI", "text", "occurred", "in the name of humanity"),
        E("Putin-Macron phone call", "CONSULT", ["Vladimir Putin", "Emmanuel Macron"], "2022-02-24", "text",
          "occurred", "spoke by phone on Thursday with French President Emmanuel Macron"),
        E("Macron demands an immediate halt to the offensive", "REQUEST", ["Emmanuel Macron", "Vladimir Putin"],
          "2022-02-24", "context", "occurred", "spoke by phone on Thursday with French President Emmanuel Macron"),
        E("Pakistan and Russia sign an amended agreement on the Pakistan Stream pipeline", "AGREE", ["Russia"],
          "2021-05", "text", "occurred", "signed an amended agreement", note="Pakistan is not canonical."),
    ],
    statements=[
        S("Kremlin", "Putin and Khan discussed bilateral cooperation and regional issues", "2022-02-24", "context",
          "According to the Kremlin, the two leaders discussed"),
        S("United States", "Has conveyed its position on Russia's further invasion of Ukraine to Islamabad",
          "2022-02-22", "text", "the US State Department said it had conveyed"),
        S("Joe Biden", "Putin has chosen this war", "2022-02-24", "text", "announced sweeping sanctions"),
        S("Volodymyr Zelensky", "Kyiv breaks off relations with Moscow; calls for all possible sanctions",
          "2022-02-24", "text", "breaking off diplomatic relations"),
        S("António Guterres", "Appeals to Putin in the name of humanity to bring his troops back", "2022-02-23TNI",
          "text", "in the name of humanity"),
        S("Kremlin", "Putin spoke with Macron, who demanded a halt to the offensive", "2022-02-24", "text",
          "spoke by phone on Thursday with French President Emmanuel Macron"),
    ],
    actors=["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "United States", "Joe Biden", "NATO",
            "Volodymyr Zelensky", "United Nations", "António Guterres", "Emmanuel Macron", "France"],
)

EN02 = dict(
    id="b39en02_amlo_peace_committee_2022_09",
    lang="en",
    published="2022-09-17",
    published_basis=(
        "Saturday report after López Obrador's proposal at the Independence Day parade of Friday 16 September 2022; "
        "model: Mexico News Daily."
    ),
    body="""
AMLO proposes Modi, Pope Francis and Guterres as mediators for a Ukraine truce

President López Obrador on Friday proposed an international committee, made up of Indian Prime Minister Narendra Modi, Pope Francis and United Nations Secretary General António Guterres, to broker a truce of at least five years in the war in Ukraine.
Speaking at the Independence Day military parade in Mexico City's zócalo, the president said the war had caused "inflation, more hunger, more poverty" and that the major powers had done little to stop it.
He said Foreign Affairs Minister Marcelo Ebrard would present the plan to the United Nations General Assembly in New York next week.

Under the proposal, the committee would seek an immediate end to hostilities and direct talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.
Mexico voted in March to condemn the invasion at the UN General Assembly but has refused to join Western sanctions against Moscow, a position López Obrador repeated on Friday.

Kyiv was unimpressed.
Mykhailo Podolyak, an adviser to Zelensky, wrote on Twitter late Friday that the plan was "a Russian plan" that would give Moscow time to regroup and leave millions of Ukrainians under occupation.
Any peace formula, he wrote, had to start with the withdrawal of Russian troops from all Ukrainian territory.
In his nightly video address on Friday, Zelensky did not mention Mexico but said Ukraine would not accept "any pause that lets the occupier regroup".

Kremlin spokesman Dmitry Peskov said on Saturday that Moscow had not received any details of the initiative, but valued Mexico's "balanced position".
A spokesperson for Guterres said the Secretary General's good offices remained available "if both parties request them".
Pope Francis, who returned to Rome on Thursday from Kazakhstan, told reporters on the papal plane that supplying weapons to Ukraine for its self-defense could be "morally acceptable".

The General Assembly's high-level debate opens on Tuesday; Zelensky is due to address it by video, while Russia will be represented by Foreign Minister Sergei Lavrov.
Ebrard is also expected to attend a Security Council meeting on Ukraine on Thursday.
Opposition senators called the proposal naive, while business groups said they were more worried about inflation, which reached 8.7% in August, its highest level in more than two decades.
""",
    timexes=[
        T("Friday", "DATE", "2022-09-16"),
        T("at least five years", "DURATION", "P5Y", mod="EQUAL_OR_MORE"),
        T("next week", "DATE", "2022-W38"),
        T("March", "DATE", "2022-03"),
        T("Friday", "DATE", "2022-09-16", n=1),
        T("late Friday", "TIME", "2022-09-16TNI"),
        T("nightly", "SET", "P1D"),
        T("Friday", "DATE", "2022-09-16", n=3),
        T("Saturday", "DATE", "2022-09-17"),
        T("Thursday", "DATE", "2022-09-15"),
        T("Tuesday", "DATE", "2022-09-20"),
        T("Thursday", "DATE", "2022-09-22", n=1),
        T("August", "DATE", "2022-08"),
        T("more than two decades", "DURATION", "P20Y", mod="MORE_THAN"),
    ],
    events=[
        E("López Obrador proposes a committee of Modi, the Pope and Guterres to broker a truce", "REQUEST",
          ["Vatican", "António Guterres", "Ukraine", "Russia"], "2022-09-16", "text", "occurred",
          "proposed an international committee",
          note="Mexico and Modi are not canonical; the proposed mediators and the warring sides are listed."),
        E("Ebrard to present the plan to the UN General Assembly", "REQUEST", ["United Nations"], "2022-W38", "text",
          "planned", "would present the plan", note="Mexico is not canonical."),
        E("The plan calls for direct talks between Putin and Zelensky", "REQUEST",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2022-09-16", "context", "occurred", "Under the proposal"),
        E("Mexico refuses to join Western sanctions against Russia", "REJECT", ["Russia"], "2022-09-16", "text",
          "occurred", "has refused to join Western sanctions", note="Mexico is not canonical; repeated on Friday."),
        E("Podolyak dismisses the Mexican plan as a Russian plan", "REJECT", ["Ukraine"], "2022-09-16TNI", "text",
          "occurred", "wrote on Twitter late Friday", note="The plan's author, Mexico, is not canonical."),
        E("Kyiv demands the withdrawal of Russian troops as the start of any peace formula", "REQUEST",
          ["Ukraine", "Russia"], "2022-09-16TNI", "context", "occurred", "Any peace formula"),
        E("Zelensky: Ukraine will not accept a pause that lets the occupier regroup", "REJECT",
          ["Volodymyr Zelensky", "Russia"], "2022-09-16", "text", "occurred", "In his nightly video address"),
        E("Peskov praises Mexico's balanced position", "SUPPORT", ["Dmitry Peskov"], "2022-09-17", "text",
          "occurred", "balanced position", note="Mexico is not canonical."),
        E("Guterres's good offices remain available if both parties request them", "AGREE",
          ["António Guterres", "Russia", "Ukraine"], "2022-09-17", "published", "occurred",
          "if both parties request them"),
        E("Pope Francis: arming Ukraine for self-defence can be morally acceptable", "SUPPORT", ["Vatican", "Ukraine"],
          "2022-09-15", "text", "occurred", "morally acceptable"),
        E("UN General Assembly high-level debate with Zelensky by video and Lavrov", "CONSULT",
          ["United Nations", "Volodymyr Zelensky", "Sergey Lavrov", "Russia"], "2022-09-20", "text", "planned",
          "high-level debate opens on Tuesday", note="Lavrov spoke on 24 September."),
        E("UN Security Council meeting on Ukraine", "CONSULT", ["United Nations"], "2022-09-22", "text", "planned",
          "Security Council meeting on Ukraine", note="Ebrard (Mexico) is not canonical."),
    ],
    statements=[
        S("Ukraine", "Kyiv was unimpressed by the proposal", "2022-09-17", "published", "Kyiv was unimpressed."),
        S("Ukraine", "Podolyak: the Mexican plan is a Russian plan that gives Moscow time to regroup",
          "2022-09-16TNI", "text", "wrote on Twitter late Friday"),
        S("Ukraine", "Any peace formula must start with the withdrawal of Russian troops", "2022-09-16TNI", "context",
          "Any peace formula"),
        S("Volodymyr Zelensky", "Ukraine will not accept any pause that lets the occupier regroup", "2022-09-16",
          "text", "In his nightly video address"),
        S("Dmitry Peskov", "Moscow has no details of the initiative but values Mexico's balanced position",
          "2022-09-17", "text", "balanced position"),
        S("António Guterres, via United Nations", "The Secretary General's good offices remain available",
          "2022-09-17", "published", "if both parties request them"),
        S("Vatican", "Supplying weapons to Ukraine for self-defence can be morally acceptable", "2022-09-15", "text",
          "morally acceptable"),
    ],
    actors=["Vatican", "António Guterres", "United Nations", "Ukraine", "Russia", "Vladimir Putin",
            "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Sergey Lavrov"],
)

EN03 = dict(
    id="b39en03_iran_russia_treaty_2025_01",
    lang="en",
    published="2025-01-18",
    published_basis=(
        "Saturday report after Pezeshkian and Putin signed the Comprehensive Strategic Partnership Treaty in the "
        "Kremlin on Friday 17 January 2025; model: Tehran Times."
    ),
    body="""
Pezeshkian, Putin sign 20-year comprehensive strategic partnership treaty

TEHRAN – Iranian President Masoud Pezeshkian and his Russian counterpart Vladimir Putin signed a Comprehensive Strategic Partnership Treaty in the Kremlin on Friday, opening what both sides called a new chapter in relations between the two neighbors.
The 20-year treaty, which replaces a 2001 agreement, covers cooperation in energy, transport, finance and security and commits each side not to help any aggressor against the other.

The two presidents held more than three hours of talks before the signing, which was followed by a joint press conference.
Putin said the treaty was "not directed against anyone" and that the two sides had agreed to speed up work on the International North–South Transport Corridor and on a gas pipeline via Azerbaijan that would carry up to 55 billion cubic meters a year.
Pezeshkian told reporters that Tehran and Moscow would "neutralize" the effect of Western sanctions and trade increasingly in their national currencies.

Asked about the conflict in Ukraine, Putin said Moscow appreciated the Islamic Republic's "balanced position" and its support for a political settlement.
Foreign Minister Abbas Araghchi, who held separate talks with his Russian counterpart Sergei Lavrov, said Tehran was ready to help end the war through diplomacy.

In September last year, the United States, the United Kingdom, France and Germany imposed sanctions on Iran Air and several Iranian officials, accusing Tehran of delivering Fath-360 ballistic missiles to Russia, a charge the Islamic Republic has repeatedly rejected.
Kiev has long accused Tehran of supplying the Shahed drones that Russia uses in attacks on Ukrainian cities.
In Kiev, Foreign Ministry spokesman Heorhiy Tykhyi said on Friday that the treaty showed an "axis of aggressors" was closing ranks.
European Union foreign policy chief Kaja Kallas said the bloc would "look closely" at whether the treaty involved new military cooperation and was ready to consider further listings.

Kremlin spokesman Dmitry Peskov said on Friday that Putin was open to contacts with the incoming administration of Donald Trump, who takes office on Monday, but that no concrete proposals had been received.
Iranian officials have repeatedly stressed that the partnership with Moscow, like Tehran's growing ties with Beijing within BRICS and the Shanghai Cooperation Organization, is part of a shift toward a "multipolar order".
""",
    timexes=[
        T("20-year", "DURATION", "P20Y"),
        T("Friday", "DATE", "2025-01-17"),
        T("20-year", "DURATION", "P20Y", n=1),
        T("2001", "DATE", "2001"),
        T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
        T("a year", "SET", "P1Y"),
        T("September last year", "DATE", "2024-09"),
        T("Friday", "DATE", "2025-01-17", n=1),
        T("Friday", "DATE", "2025-01-17", n=2),
        T("Monday", "DATE", "2025-01-20"),
    ],
    events=[
        E("Putin and Pezeshkian sign the Comprehensive Strategic Partnership Treaty", "AGREE",
          ["Vladimir Putin", "Russia"], "2025-01-17", "text", "occurred", "signed a Comprehensive Strategic Partnership",
          note="Iran is not canonical."),
        E("Russia-Iran agreement of 2001", "AGREE", ["Russia"], "2001", "text", "occurred",
          "which replaces a 2001 agreement", note="Iran is not canonical."),
        E("Treaty commits each side not to help an aggressor against the other", "AGREE", ["Russia"], "2025-01-17",
          "context", "occurred", "which replaces a 2001 agreement"),
        E("Putin-Pezeshkian talks in the Kremlin", "CONSULT", ["Vladimir Putin"], "2025-01-17", "context",
          "occurred", "more than three hours of talks", note="Iran is not canonical."),
        E("Agreement to speed up the transport corridor and a gas pipeline via Azerbaijan", "AGREE",
          ["Vladimir Putin", "Russia"], "2025-01-17", "context", "occurred", "not directed against anyone"),
        E("Putin praises Iran's balanced position on Ukraine", "SUPPORT", ["Vladimir Putin"], "2025-01-17", "context",
          "occurred", "Asked about the conflict in Ukraine"),
        E("Araghchi-Lavrov talks", "CONSULT", ["Sergey Lavrov"], "2025-01-17", "context", "occurred",
          "Foreign Minister Abbas Araghchi", note="Iran is not canonical."),
        E("Iran offers to help end the war through diplomacy", "REQUEST", ["Russia", "Ukraine"], "2025-01-17",
          "context", "occurred", "Foreign Minister Abbas Araghchi", note="Iran is not canonical."),
        E("US, UK, France and Germany sanction Iran Air over missile deliveries to Russia", "SANCTION",
          ["United States", "United Kingdom", "France", "Germany"], "2024-09", "text", "occurred",
          "imposed sanctions on Iran Air", note="The target, Iran, is not canonical."),
        E("The four states accuse Iran of delivering ballistic missiles to Russia", "ACCUSE",
          ["United States", "United Kingdom", "France", "Germany", "Russia"], "2024-09", "context", "occurred",
          "imposed sanctions on Iran Air"),
        E("Alleged Iranian deliveries of Fath-360 missiles to Russia", "AID", ["Russia"], "2024-09", "context",
          "uncertain", "imposed sanctions on Iran Air",
          note="Only alleged; dated by the month of the charge; Iran is not canonical."),
        E("Tehran rejects the charge", "REJECT", ["United States", "United Kingdom", "France", "Germany"],
          "2025-01-18", "published", "occurred", "imposed sanctions on Iran Air",
          note="Standing denial of a non-canonical state; the accusers are listed (blind25)."),
        E("Kyiv accuses Tehran of supplying Shahed drones", "ACCUSE", ["Ukraine"], "2025-01-18", "published",
          "occurred", "Kiev has long accused Tehran", note="Standing charge with no day; Iran is not canonical."),
        E("Kyiv says the treaty shows an axis of aggressors closing ranks", "ACCUSE", ["Ukraine", "Russia"],
          "2025-01-17", "text", "occurred", "axis of aggressors"),
        E("EU ready to consider further listings", "SANCTION", ["Kaja Kallas", "European Union"], "2025-01-18",
          "published", "uncertain", "further listings", note="Listings against Iran, which is not canonical."),
        E("Putin open to contacts with the incoming Trump administration", "AGREE",
          ["Vladimir Putin", "Donald Trump", "United States"], "2025-01-17", "text", "occurred",
          "open to contacts with the incoming administration"),
    ],
    statements=[
        S("Vladimir Putin", "The treaty opens a new chapter in relations", "2025-01-17", "text",
          "signed a Comprehensive Strategic Partnership"),
        S("Vladimir Putin", "The treaty is not directed against anyone; corridor and pipeline work to be sped up",
          "2025-01-17", "context", "not directed against anyone"),
        S("Vladimir Putin", "Moscow appreciates Iran's balanced position on Ukraine", "2025-01-17", "context",
          "Asked about the conflict in Ukraine"),
        S("Ukraine", "Tykhyi: the treaty shows an axis of aggressors closing ranks", "2025-01-17", "text",
          "axis of aggressors"),
        S("Kaja Kallas", "The EU will look closely at the treaty and is ready to consider further listings",
          "2025-01-18", "published", "further listings"),
        S("Vladimir Putin, via Dmitry Peskov", "Putin is open to contacts with the incoming Trump administration",
          "2025-01-17", "text", "open to contacts with the incoming administration"),
        S("Dmitry Peskov", "No concrete proposals have been received from the incoming administration", "2025-01-17",
          "text", "open to contacts with the incoming administration"),
    ],
    actors=["Vladimir Putin", "Russia", "Sergey Lavrov", "Ukraine", "United States", "United Kingdom", "France",
            "Germany", "European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Donald Trump", "China"],
)

EN04 = dict(
    id="b39en04_mali_niger_cut_ties_ukraine_2024_08",
    lang="en",
    published="2024-08-07",
    published_basis=(
        "Wednesday report after Niger's announcement of Tuesday 6 August 2024 and Mali's of Sunday 4 August; "
        "model: Premium Times (Abuja)."
    ),
    body="""
Niger follows Mali in cutting ties with Ukraine over alleged support for rebels

Niger's military government on Tuesday announced it was severing diplomatic relations with Ukraine "with immediate effect", accusing Kyiv of supporting terrorist groups in the Sahel.
The move came two days after neighbouring Mali took the same step.

Mali's transitional authorities announced the rupture on Sunday, accusing Ukraine of violating Mali's sovereignty after remarks by Andriy Yusov, a spokesperson for Ukraine's military intelligence agency, about the deadly fighting near Tinzaouaten in late July.
Dozens of Malian soldiers and fighters of the Russian Wagner group were killed in the clashes with Tuareg separatists, in one of the heaviest losses suffered by the Russian mercenaries in Africa.
Yusov had said in a televised interview on July 29 that the rebels had received "the necessary information" for their operation.

Ukraine's foreign ministry on Monday expressed "deep regret" over Mali's decision, calling it "short-sighted and hasty" and rejecting the allegations.
The ministry said Kyiv adhered strictly to international law and accused Russia of trying to turn African states against Ukraine.

The Economic Community of West African States (ECOWAS) on Monday condemned "any foreign interference" in the region, in a statement widely read as directed at Kyiv.
In Dakar, Senegal's foreign ministry summoned Ukraine's ambassador, Yurii Pyvovarov, last week over a video posted by the embassy that appeared to endorse the attack near Tinzaouaten.

Russian foreign ministry spokeswoman Maria Zakharova said on Monday that Kyiv had opened "a second front" in Africa and that Yusov's remarks confirmed Ukraine's support for terrorism.
On the same day, Russian Deputy Foreign Minister Mikhail Bogdanov received Mali's ambassador in Moscow, the Russian foreign ministry said.

Nigeria, which holds the rotating chairmanship of ECOWAS, has not taken sides in the dispute.
Foreign Affairs Minister Yusuf Tuggar told reporters in Abuja on Tuesday that West Africa "must not become a theatre for other people's wars".
Ukraine has opened new embassies in several African countries since 2023 to counter Russian influence on the continent.
Russia, meanwhile, has expanded its security presence in the Sahel, where its Africa Corps has taken over from Wagner in several countries.
""",
    timexes=[
        T("Tuesday", "DATE", "2024-08-06"),
        T("Sunday", "DATE", "2024-08-04"),
        T("late July", "DATE", "2024-07", mod="END"),
        T("July 29", "DATE", "2024-07-29"),
        T("Monday", "DATE", "2024-08-05"),
        T("Monday", "DATE", "2024-08-05", n=1),
        T("last week", "DATE", "2024-W31"),
        T("Monday", "DATE", "2024-08-05", n=2),
        T("the same day", "DATE", "2024-08-05"),
        T("Tuesday", "DATE", "2024-08-06", n=1),
        T("2023", "DATE", "2023"),
    ],
    events=[
        E("Niger severs diplomatic relations with Ukraine", "SANCTION", ["Ukraine"], "2024-08-06", "text", "occurred",
          "Niger's military government", note="Niger is not canonical."),
        E("Niger accuses Kyiv of supporting terrorist groups", "ACCUSE", ["Ukraine"], "2024-08-06", "context",
          "occurred", "Niger's military government", note="Niger is not canonical."),
        E("Mali severs diplomatic relations with Ukraine", "SANCTION", ["Ukraine"], "2024-08-04", "text", "occurred",
          "Mali's transitional authorities", note="Mali is not canonical."),
        E("Mali accuses Ukraine of violating its sovereignty", "ACCUSE", ["Ukraine"], "2024-08-04", "context",
          "occurred", "Mali's transitional authorities", note="Mali is not canonical."),
        E("Kyiv rejects Mali's allegations", "REJECT", ["Ukraine"], "2024-08-05", "text", "occurred",
          "deep regret", note="Mali is not canonical."),
        E("Kyiv accuses Russia of turning African states against Ukraine", "ACCUSE", ["Ukraine", "Russia"],
          "2024-08-05", "context", "occurred", "accused Russia of trying to turn"),
        E("ECOWAS condemns foreign interference, read as directed at Kyiv", "ACCUSE", ["Ukraine"], "2024-08-05",
          "text", "occurred", "any foreign interference", note="ECOWAS is not canonical; the target is implicit."),
        E("Senegal summons Ukraine's ambassador over the embassy video", "ACCUSE", ["Ukraine"], "2024-W31", "text",
          "occurred", "summoned Ukraine's ambassador", note="Senegal is not canonical."),
        E("Zakharova accuses Kyiv of opening a second front in Africa", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2024-08-05", "text", "occurred", "a second front"),
        E("Bogdanov receives Mali's ambassador in Moscow", "CONSULT", ["Russia"], "2024-08-05", "text", "occurred",
          "Mikhail Bogdanov received", note="Mali is not canonical."),
        E("Ukraine opens new embassies in Africa", "COOPERATE", ["Ukraine"], "2023", "text", "occurred",
          "opened new embassies", date_mod="START"),
    ],
    statements=[
        S("Ukraine", "Yusov: the rebels had received the necessary information", "2024-07-29", "text",
          "the necessary information"),
        S("Ukraine", "Deep regret over Mali's short-sighted and hasty decision; allegations rejected", "2024-08-05",
          "text", "deep regret"),
        S("Ukraine", "Kyiv adheres to international law; Russia is turning African states against Ukraine",
          "2024-08-05", "context", "accused Russia of trying to turn"),
        S("Maria Zakharova", "Kyiv has opened a second front in Africa; Yusov's remarks confirm support for terrorism",
          "2024-08-05", "text", "a second front"),
        S("Russia", "Bogdanov received Mali's ambassador", "2024-08-05", "text", "Mikhail Bogdanov received"),
    ],
    actors=["Ukraine", "Russia", "Maria Zakharova"],
)

EN05 = dict(
    id="b39en05_amir_shuttle_moscow_kyiv_2026_09",
    lang="en",
    published="2026-09-03",
    published_basis=(
        "Fiction in a plausible setting: the Amir of Qatar meets Putin in Moscow (Monday 31 August 2026) and Zelensky "
        "in Kyiv (Wednesday 2 September) and offers Doha for a leaders' meeting; model: Gulf Times (Doha)."
    ),
    body="""
HH the Amir offers Doha as venue for Putin–Zelensky meeting

DOHA: His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Wednesday and offered to host a meeting between him and Russian President Vladimir Putin in Doha.
HH the Amir travelled to the Ukrainian capital by train from Poland, two days after holding talks with Putin in Moscow, becoming the first Gulf head of state to visit Kyiv since Russia launched its full-scale invasion in February 2022, Qatar News Agency (QNA) reported.

On Monday, Sheikh Tamim held more than three hours of talks with Putin at the Kremlin.
Putin told the Amir that Moscow "does not rule out" a meeting with Zelensky if it is "properly prepared", according to the Kremlin.
Kremlin aide Yuri Ushakov said any such meeting could only take place "at the final stage" and that Russia's demand for Ukraine's withdrawal from the Donetsk region remained unchanged.

Zelensky said after the talks in Kyiv that he was ready to meet Putin "in any format and at any venue, including Doha", but would not accept "ultimatums about our land".
The two leaders also discussed the return of Ukrainian children, and HH the Amir confirmed that 38 more children had been reunited with their families through Qatari mediation since June.
Qatar also pledged $100 million for repairs to Ukraine's power grid ahead of the winter.

HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani said in Doha on Thursday that Qatar had briefed Washington on both visits and remained in close contact with US Special Envoy Steve Witkoff.
Witkoff is expected in Doha next week, he added.

US President Donald Trump welcomed the initiative late Wednesday, writing on social media that Qatar was "a great friend" and that the two leaders should meet "fast".
Kremlin spokesman Dmitry Peskov said on Thursday that no date or venue had been agreed, but that Moscow valued Qatar's "constructive humanitarian role".
EU foreign policy chief Kaja Kallas cautioned that any summit must not become "a reward for aggression".

Qatar has mediated the return of Ukrainian children from Russia since 2023 and has hosted several rounds of technical contacts between the two sides.
Overnight, Russian drones and missiles struck energy facilities in the Kyiv and Chernihiv regions, Ukraine's air force said.
""",
    timexes=[
        T("Wednesday", "DATE", "2026-09-02"),
        T("February 2022", "DATE", "2022-02"),
        T("Monday", "DATE", "2026-08-31"),
        T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
        T("June", "DATE", "2026-06"),
        T("the winter", "DATE", "2026-WI"),
        T("Thursday", "DATE", "2026-09-03"),
        T("next week", "DATE", "2026-W37"),
        T("late Wednesday", "TIME", "2026-09-02TNI"),
        T("Thursday", "DATE", "2026-09-03", n=1),
        T("2023", "DATE", "2023"),
        T("Overnight", "TIME", "2026-09-02TNI"),
    ],
    events=[
        E("The Amir of Qatar holds talks with Zelensky in Kyiv", "CONSULT", ["Qatar", "Volodymyr Zelensky"],
          "2026-09-02", "text", "occurred", "held talks with Ukrainian President Volodymyr Zelensky in Kyiv"),
        E("Qatar offers to host a Putin-Zelensky meeting in Doha", "REQUEST",
          ["Qatar", "Volodymyr Zelensky", "Vladimir Putin"], "2026-09-02", "text", "occurred",
          "held talks with Ukrainian President Volodymyr Zelensky in Kyiv"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "full-scale invasion in February 2022"),
        E("The Amir holds talks with Putin at the Kremlin", "CONSULT", ["Qatar", "Vladimir Putin"], "2026-08-31",
          "text", "occurred", "On Monday, Sheikh Tamim"),
        E("Putin does not rule out a meeting with Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
          "2026-08-31", "context", "occurred", "does not rule out"),
        E("Putin's condition: the meeting must be properly prepared", "REQUEST", ["Vladimir Putin"], "2026-08-31",
          "context", "occurred", "does not rule out"),
        E("Ushakov: a meeting only at the final stage", "REQUEST", ["Yuri Ushakov"], "2026-08-31", "context",
          "occurred", "at the final stage"),
        E("Russia maintains its demand for Ukraine's withdrawal from Donetsk", "REQUEST", ["Yuri Ushakov", "Ukraine"],
          "2026-08-31", "context", "occurred", "at the final stage"),
        E("Zelensky ready to meet Putin in any format, including Doha", "AGREE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2026-09-02", "context", "occurred", "in any format"),
        E("Zelensky rejects ultimatums about Ukrainian land", "REJECT", ["Volodymyr Zelensky", "Russia"], "2026-09-02",
          "context", "occurred", "in any format"),
        E("38 more Ukrainian children reunited with their families through Qatari mediation", "CONCEDE",
          ["Russia", "Ukraine", "Qatar"], "2026-06", "text", "occurred", "38 more children", date_mod="START"),
        E("Qatar pledges $100 million for Ukraine's power grid", "AID", ["Qatar", "Ukraine"], "2026-09-02", "context",
          "occurred", "pledged $100 million"),
        E("Qatar briefs Washington on both visits", "CONSULT", ["Qatar", "United States", "Steve Witkoff"],
          "2026-09-03", "published", "occurred", "had briefed Washington",
          note="No day for the briefing is given."),
        E("Witkoff expected in Doha", "CONSULT", ["Steve Witkoff", "Qatar"], "2026-W37", "text", "planned",
          "Witkoff is expected in Doha"),
        E("Trump welcomes Qatar's initiative", "SUPPORT", ["Donald Trump", "Qatar"], "2026-09-02TNI", "text",
          "occurred", "welcomed the initiative late Wednesday"),
        E("Trump urges Putin and Zelensky to meet fast", "REQUEST",
          ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2026-09-02TNI", "text", "occurred",
          "welcomed the initiative late Wednesday"),
        E("Peskov praises Qatar's humanitarian role", "SUPPORT", ["Dmitry Peskov", "Qatar"], "2026-09-03", "text",
          "occurred", "constructive humanitarian role"),
        E("Kallas warns that a summit must not reward aggression", "REQUEST", ["Kaja Kallas"], "2026-09-03",
          "published", "occurred", "a reward for aggression"),
        E("Qatar mediates between Russia and Ukraine since 2023", "CONSULT", ["Qatar", "Russia", "Ukraine"], "2023",
          "text", "occurred", "Qatar has mediated the return", date_mod="START"),
        E("Russian drone and missile strikes on energy facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2026-09-02TNI", "text", "occurred", "Overnight, Russian drones"),
    ],
    statements=[
        S("Qatar", "QNA: the Amir is the first Gulf head of state to visit Kyiv since the invasion", "2026-09-03",
          "published", "Qatar News Agency (QNA) reported"),
        S("Vladimir Putin, via Kremlin", "Moscow does not rule out a meeting with Zelensky if properly prepared",
          "2026-08-31", "context", "does not rule out"),
        S("Yuri Ushakov", "A meeting only at the final stage; the Donetsk withdrawal demand stands", "2026-08-31",
          "context", "at the final stage"),
        S("Volodymyr Zelensky", "Ready to meet Putin in any format and venue, but no ultimatums about our land",
          "2026-09-02", "context", "in any format"),
        S("Qatar", "The Amir confirms 38 more children reunited through Qatari mediation", "2026-09-02", "context",
          "38 more children"),
        S("Qatar", "The prime minister: Washington briefed, close contact with Witkoff", "2026-09-03", "text",
          "had briefed Washington"),
        S("Qatar", "Witkoff is expected in Doha next week", "2026-09-03", "context", "Witkoff is expected in Doha"),
        S("Donald Trump", "Qatar is a great friend; the two leaders should meet fast", "2026-09-02TNI", "text",
          "welcomed the initiative late Wednesday"),
        S("Dmitry Peskov", "No date or venue agreed; Moscow values Qatar's humanitarian role", "2026-09-03", "text",
          "constructive humanitarian role"),
        S("Kaja Kallas", "Any summit must not become a reward for aggression", "2026-09-03", "published",
          "a reward for aggression"),
        S("Ukraine", "Air force: Russian drones and missiles struck energy facilities overnight", "2026-09-03",
          "published", "Overnight, Russian drones"),
    ],
    actors=["Qatar", "Volodymyr Zelensky", "Vladimir Putin", "Ukraine", "Russia", "Kremlin", "Yuri Ushakov",
            "United States", "Steve Witkoff", "Donald Trump", "Dmitry Peskov", "Kaja Kallas", "European Union"],
)

EN06 = dict(
    id="b39en06_lavrov_wonsan_kim_2025_07",
    lang="en",
    published="2025-07-13",
    published_basis=(
        "Sunday report on Lavrov's visit to Wonsan (Friday 11 to Sunday 13 July 2025) and his meeting with Kim Jong-un "
        "on Saturday 12 July; model: Korea JoongAng Daily."
    ),
    body="""
Lavrov meets Kim Jong-un in Wonsan as Pyongyang pledges 'unconditional support' for Moscow

Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong-un in the east coast resort city of Wonsan on Saturday, the second day of a three-day visit that highlighted the rapidly deepening military ties between Pyongyang and Moscow.
According to the North's state-run Korean Central News Agency (KCNA), Kim told Lavrov that Pyongyang would "unconditionally support" all measures taken by the Russian leadership to resolve "the root causes of the Ukraine crisis".
After meeting Kim, Lavrov said President Vladimir Putin looked forward to receiving the North Korean leader in Russia "in the near future".

Lavrov arrived in Wonsan on Friday from Kuala Lumpur and held two rounds of talks with North Korean Foreign Minister Choe Son-hui at the newly opened Kalma beach resort.
After the talks, Lavrov said Russia would "never forget" the help of North Korean soldiers in driving Ukrainian forces out of the Kursk region.
He also warned Washington, Seoul and Tokyo against building up military cooperation "aimed at North Korea and Russia".
Moscow said last month that the North would send 1,000 deminers and 5,000 military construction workers to help rebuild Kursk, in addition to the troops it dispatched there last year.

Ukraine's foreign ministry said on Saturday that Moscow was "importing" soldiers and weapons from a regime under UN sanctions and called on partners to increase pressure on both.
South Korea's foreign ministry said on Sunday it was closely monitoring the visit and urged Pyongyang and Moscow to comply with UN Security Council resolutions that ban military cooperation with the North.
The unification ministry said the new government of President Lee Jae-myung remained committed to dialogue with the North.

Before flying to Wonsan, Lavrov met U.S. Secretary of State Marco Rubio on Thursday on the sidelines of ASEAN meetings in Kuala Lumpur, their first in-person talks since February.
Rubio said afterward that Lavrov had presented "a new idea" on talks with Ukraine that he would pass on to President Donald Trump.
Kremlin spokesman Dmitry Peskov said Moscow would keep developing relations with Pyongyang "in all areas", regardless of Western criticism.
""",
    timexes=[
        T("Saturday", "DATE", "2025-07-12"),
        T("three-day", "DURATION", "P3D"),
        T("the near future", "DATE", "FUTURE_REF"),
        T("Friday", "DATE", "2025-07-11"),
        T("last month", "DATE", "2025-06"),
        T("last year", "DATE", "2024"),
        T("Saturday", "DATE", "2025-07-12", n=1),
        T("Sunday", "DATE", "2025-07-13"),
        T("Thursday", "DATE", "2025-07-10"),
        T("February", "DATE", "2025-02"),
    ],
    events=[
        E("Lavrov meets Kim Jong-un in Wonsan", "CONSULT", ["Sergey Lavrov"], "2025-07-12", "text", "occurred",
          "met North Korean leader Kim Jong-un", note="North Korea is not canonical."),
        E("Kim pledges unconditional support for Russia's measures on Ukraine", "SUPPORT",
          ["Russia", "Sergey Lavrov"], "2025-07-12", "context", "occurred", "unconditionally support",
          note="Kim (North Korea) is not canonical."),
        E("Putin to receive Kim in Russia", "CONSULT", ["Vladimir Putin"], "FUTURE_REF", "vague", "planned",
          "After meeting Kim", note="Kim is not canonical."),
        E("Lavrov holds talks with Choe Son-hui", "CONSULT", ["Sergey Lavrov"], "2025-07-11", "text", "occurred",
          "held two rounds of talks", note="North Korea is not canonical."),
        E("Lavrov thanks North Korea for its soldiers' help in Kursk", "SUPPORT", ["Sergey Lavrov"], "2025-07-11",
          "context", "occurred", "never forget", note="North Korea is not canonical."),
        E("Lavrov warns Washington, Seoul and Tokyo against military cooperation aimed at Pyongyang and Moscow",
          "REQUEST", ["Sergey Lavrov", "United States"], "2025-07-11", "context", "occurred",
          "He also warned Washington"),
        E("North Korea to send deminers and military builders to Kursk", "MOBILIZE", ["Russia"], "2025-06", "text",
          "planned", "1,000 deminers", note="Announced last month; North Korea is not canonical."),
        E("North Korean troops dispatched to Kursk", "MOBILIZE", ["Russia"], "2024", "text", "occurred",
          "1,000 deminers", note="North Korea is not canonical."),
        E("Kyiv accuses Moscow of importing soldiers and weapons from a sanctioned regime", "ACCUSE",
          ["Ukraine", "Russia"], "2025-07-12", "text", "occurred", "importing"),
        E("Kyiv calls on partners to increase pressure", "REQUEST", ["Ukraine", "Russia"], "2025-07-12", "context",
          "occurred", "importing"),
        E("Seoul urges Pyongyang and Moscow to comply with UN Security Council resolutions", "REQUEST", ["Russia"],
          "2025-07-13", "text", "occurred", "closely monitoring the visit", note="South Korea is not canonical."),
        E("Lavrov meets Rubio in Kuala Lumpur", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2025-07-10", "text",
          "occurred", "Lavrov met U.S. Secretary of State Marco Rubio"),
        E("Lavrov presents a new idea on talks with Ukraine", "REQUEST", ["Sergey Lavrov", "Marco Rubio"],
          "2025-07-10", "context", "occurred", "a new idea"),
        E("Peskov: Moscow will keep developing relations with Pyongyang in all areas", "AGREE", ["Dmitry Peskov"],
          "2025-07-13", "published", "occurred", "in all areas", note="North Korea is not canonical."),
    ],
    statements=[
        S("Vladimir Putin, via Sergey Lavrov", "Putin looks forward to receiving Kim in Russia in the near future",
          "2025-07-12", "context", "After meeting Kim"),
        S("Sergey Lavrov", "Russia will never forget the help of North Korean soldiers in Kursk", "2025-07-11",
          "context", "never forget"),
        S("Sergey Lavrov", "Warns Washington, Seoul and Tokyo against military cooperation aimed at Pyongyang and Moscow",
          "2025-07-11", "context", "He also warned Washington"),
        S("Russia", "North Korea will send 1,000 deminers and 5,000 military builders to Kursk", "2025-06", "text",
          "1,000 deminers"),
        S("Ukraine", "Moscow imports soldiers and weapons from a sanctioned regime; more pressure needed",
          "2025-07-12", "text", "importing"),
        S("Marco Rubio", "Lavrov presented a new idea on talks with Ukraine that he will pass on to Trump",
          "2025-07-10", "context", "a new idea"),
        S("Dmitry Peskov", "Moscow will keep developing relations with Pyongyang in all areas", "2025-07-13",
          "published", "in all areas"),
    ],
    actors=["Sergey Lavrov", "Russia", "Vladimir Putin", "Ukraine", "United States", "Marco Rubio", "Donald Trump",
            "Kremlin", "Dmitry Peskov", "United Nations"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
