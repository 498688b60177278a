"""English articles of the blind70 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b70en01 (MaltaToday)
EN01 = """
Borg chairs Security Council as world marks a year of war in Ukraine

Foreign Minister Ian Borg presided over a ministerial meeting of the UN Security Council in New York on Friday, exactly one year after Russian troops crossed into Ukraine.
The session, held under Malta's rotating presidency of the 15-member council, opened with a minute of silence for the victims of the war.
Russia's ambassador Vassily Nebenzia then asked for the floor and demanded that the council also honour "all victims since 2014", a request Borg granted after brief consultations.

UN Secretary-General António Guterres told ministers that the invasion was "an affront to our collective conscience" and a violation of the UN Charter.
US Secretary of State Antony Blinken said that if Russia stopped fighting, the war would end, while if Ukraine stopped fighting, "Ukraine would end".
Ukraine's foreign minister Dmytro Kuleba urged members to back President Volodymyr Zelensky's peace formula, and British Foreign Secretary James Cleverly accused Moscow of "trying to rewrite history".
Nebenzia rejected the criticism, saying the West had been preparing Ukraine for war against Russia since 2014.

On Thursday the General Assembly had adopted a resolution demanding that Russia "immediately, completely and unconditionally" withdraw its forces, by 141 votes to seven, with 32 abstentions.
Belarus, North Korea, Syria and Russia itself were among those voting against, while China and India abstained.
Beijing on Friday published a 12-point position paper calling for a ceasefire and peace talks, which Kuleba said his government would study carefully.

Speaking to journalists after the meeting, Borg said Malta would "not be neutral between the aggressor and the victim".
He said Malta stood ready to host a meeting of national security advisers on the peace formula later this year and had discussed the idea with Kuleba on the margins of the session.
Prime Minister Robert Abela announced that a further shipment of generators for Ukrainian hospitals would leave Malta next month.
Malta's presidency of the council ends on Tuesday, when Mozambique takes over.
"""

# ---------------------------------------------------------------- b70en02 (SABC News)
EN02 = """
Putin will not attend BRICS Summit in Johannesburg, Presidency confirms

The Presidency has confirmed that Russian President Vladimir Putin will not travel to South Africa for the BRICS Summit next month.
In a statement issued on Wednesday evening, Presidential spokesperson Vincent Magwenya said the decision had been taken "by mutual agreement" and that Russia would be represented by Foreign Minister Sergey Lavrov.
The summit of Brazil, Russia, India, China and South Africa takes place at the Sandton Convention Centre from 22 to 24 August.

Putin is the subject of an arrest warrant issued by the International Criminal Court in March over the alleged deportation of Ukrainian children.
As a party to the Rome Statute, South Africa would have been obliged to arrest him had he set foot in the country.
Court papers made public on Tuesday showed that President Cyril Ramaphosa had told the Gauteng High Court that Moscow had made clear an arrest would amount to "a declaration of war".
The Democratic Alliance, which had gone to court to force the government's hand, welcomed Wednesday's announcement.

Kremlin spokesperson Dmitry Peskov said on Thursday morning that Putin would take part in the summit via video link and deliver a speech.
"This is not a question of the warrant. It is a decision taken together with our South African friends," Peskov told reporters.
Chinese President Xi Jinping is expected to attend in person, according to Beijing's foreign ministry.

Ukraine's foreign ministry welcomed the outcome, saying it showed that the court's decision "is being respected".
Kyiv has urged African governments to keep their distance from Moscow since Russia on Monday refused to extend the Black Sea Grain Initiative.
Ramaphosa led a delegation of African leaders to Kyiv and St Petersburg last month, where he met Ukrainian President Volodymyr Zelensky and Putin in turn and presented a ten-point peace plan.
He is expected to discuss the initiative with Lavrov on the sidelines of the summit.
"""

# ---------------------------------------------------------------- b70en03 (The Brazilian Report)
EN03 = """
G20 in Rio: Brazil's debut as host overshadowed by Ukraine and Gaza

RIO DE JANEIRO — Brazil's first major meeting as G20 chair ended on Thursday without a joint communiqué, as foreign ministers of the world's largest economies clashed over Russia's war in Ukraine and Israel's offensive in Gaza.
Instead, Foreign Minister Mauro Vieira issued a chair's summary noting that members had "expressed different views" on both conflicts.
The two-day meeting at the Marina da Glória convention center was the first under Brazil's presidency, which culminates in a leaders' summit in Rio in November.

Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken sat at the same table but did not meet.
According to Western diplomats, Blinken told the closed-door session that Moscow bore responsibility for the death of opposition leader Alexei Navalny in an Arctic prison camp last Friday.
Lavrov, in turn, accused Washington of prolonging the war by "pumping weapons" into Ukraine and said Russia would only negotiate on the basis of "the realities on the ground."
British Foreign Secretary David Cameron called it "absurd" that Lavrov lectured the G20 about peace while Russian missiles were hitting Ukrainian cities.

On Wednesday, Blinken had flown to Brasília for a meeting with President Luiz Inácio Lula da Silva.
The two discussed Lula's comparison of Israel's campaign in Gaza with the Holocaust, which Blinken told Lula he disagreed with, according to the State Department.
Lula also reiterated his offer to help mediate between Moscow and Kyiv together with China.

Whether Vladimir Putin will attend the November summit remains an open question.
Brazil is a party to the Rome Statute, and the International Criminal Court issued a warrant for the Russian leader in March last year.
Lula said in September that Putin would not be arrested if he came to Rio, before backtracking and saying the decision lay with the courts.
Lavrov told reporters on Thursday that Putin, whom Lula invited in a phone call in January, would "decide closer to the date."
"""

# ---------------------------------------------------------------- b70en04 (WION)
EN04 = """
BRICS ministers 'recall national positions' on Ukraine as Lavrov mocks Swiss summit

Foreign ministers of the expanded BRICS grouping wrapped up two days of talks in the Russian city of Nizhny Novgorod on Tuesday with a joint statement that papered over their differences on the war in Ukraine.
The ministers "recalled their national positions" on the conflict and welcomed "relevant proposals of mediation and good offices aimed at a peaceful resolution," according to the text.
It was the first meeting of the bloc's top diplomats since Egypt, Ethiopia, Iran and the UAE joined in January.

India was represented by Secretary (Economic Relations) Dammu Ravi, as External Affairs Minister S Jaishankar, whose reappointment was announced on Monday, stayed back in New Delhi.
Ravi met Russian Foreign Minister Sergey Lavrov on the sidelines, officials said.

Lavrov, who hosted the meeting, used his closing press conference to pour scorn on the peace summit that Switzerland will host at the Bürgenstock resort this weekend, to which Russia has not been invited.
"It is a road to nowhere," he said, accusing Washington of trying to present Moscow with an ultimatum dressed up as a peace plan.
China's Wang Yi, who held talks with Lavrov on Monday, reiterated that Beijing would not attend a conference that was not recognised by both Russia and Ukraine.

Turkey's Foreign Minister Hakan Fidan, attending a BRICS dialogue session as a guest, met Lavrov on Monday evening and offered Istanbul as a venue for renewed negotiations between Moscow and Kyiv.
Ankara was ready "to contribute to a just and lasting peace," Fidan said after the meeting.
Lavrov announced that President Vladimir Putin would host the BRICS leaders in Kazan from October 22 to 24.

In Kyiv, foreign ministry spokesman Heorhii Tykhyi on Tuesday urged all BRICS members to send delegations to Bürgenstock.
"Staying away is also a choice," he wrote on X.
New Delhi has confirmed that it will be represented at the Swiss summit, though only at officials' level.
"""

# ---------------------------------------------------------------- b70en05 (Agenzia Nova)
EN05 = """
UN General Assembly demands Russia hand back Zaporizhzhia nuclear plant

New York, July 12 (Agenzia Nova) - The United Nations General Assembly on Thursday adopted a resolution demanding that Russia urgently withdraw its troops and other unauthorised personnel from the Zaporizhzhia nuclear power plant and return it to the full control of Ukraine.
The text, put forward by Ukraine with the support of some 50 co-sponsors including Italy, was approved with 99 votes in favour, nine against and 60 abstentions.
Russia, Belarus, Cuba, North Korea, Nicaragua, Syria, Mali, Burundi and Eritrea voted against, while China, Brazil, India and South Africa were among the countries abstaining.

Europe's largest nuclear power plant has been occupied by Russian forces since March 2022.
Its six reactors are in cold shutdown, but the International Atomic Energy Agency (IAEA) has warned of the danger of a nuclear accident, above all after drone strikes on the site in April.
IAEA Director General Rafael Grossi, who has experts permanently stationed at the plant, said the situation remained "extremely fragile" and announced that he would travel to Moscow and Kyiv in the coming weeks.

Ukraine's ambassador Serhiy Kyslytsya said the vote sent "a clear signal that nuclear blackmail will not be tolerated."
Russia's deputy ambassador Dmitry Polyanskiy dismissed the resolution as "a politicised show" and accused Kyiv of shelling the plant itself.
U.S. Ambassador Linda Thomas-Greenfield called on Moscow to "stop using a nuclear power plant as a military base."

The vote came as NATO leaders wrapped up their summit in Washington, where they declared Ukraine's path to membership "irreversible".
Italian Prime Minister Giorgia Meloni, who met President Volodymyr Zelensky on the sidelines on Thursday, reaffirmed Rome's support and said Italy would deliver a second SAMP/T air defence system "by the end of the summer".
Kremlin spokesman Dmitry Peskov said on Friday that the summit's decisions showed the alliance was "fully involved in the conflict".
"""

# ---------------------------------------------------------------- b70en06 (The Times of Central Asia)
EN06 = """
Putin in Dushanbe: Tajikistan again hosts a leader wanted by The Hague

DUSHANBE — Russian President Vladimir Putin wrapped up a two-day state visit to Tajikistan on Wednesday, his second trip in less than a year to a country that is a party to the International Criminal Court.
On Tuesday, Putin and President Emomali Rahmon signed a declaration on "allied strategic partnership" and nine intergovernmental agreements, including on labour migration and joint air defence.
Police closed much of central Dushanbe for several hours as the motorcade travelled from the airport to the Palace of the Nation.

The court's registry reminded the Tajik government on Monday that, as a state party to the Rome Statute, it was obliged to arrest Putin, against whom the court issued a warrant in March 2023 over the deportation of Ukrainian children.
Tajik officials did not respond publicly.
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had "no concerns whatsoever" about the trip, adding that Russia did not recognise the court's jurisdiction.
Ukraine's foreign ministry said on Wednesday it regretted Dushanbe's decision and urged all ICC member states to "fulfil their obligations instead of rolling out red carpets."
EU foreign policy chief Kaja Kallas said the visit undermined the court and that the EU would raise the matter at its ministerial meeting with the five Central Asian states in Luxembourg next week.

At a joint press conference on Wednesday, Putin said Russia was ready to continue the talks with Ukraine in Geneva but would not accept a ceasefire "that only gives Kyiv time to rearm."
He was prepared to meet Volodymyr Zelensky, "but only to sign a final agreement, not to talk," he added.
Foreign Minister Sergey Lavrov, who accompanied Putin, held separate talks on Tuesday with his Tajik counterpart Sirojiddin Muhriddin on security along the Afghan border.

Putin last visited Dushanbe in October for a summit of the Commonwealth of Independent States.
In September 2024 he travelled to Mongolia, also an ICC member, which the court later found to have breached its obligations.
Tajikistan hosts Russia's largest military base abroad, and more than a million Tajik citizens work in Russia.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b70en01_borg_security_council_anniversary_2023_02", "2023-02-25", EN01,
        [
            T("a year", "DURATION", "P1Y"),
            T("Friday", "DATE", "2023-02-24", 0),
            T("2014", "DATE", "2014", 0),
            T("2014", "DATE", "2014", 1),
            T("Thursday", "DATE", "2023-02-23"),
            T("Friday", "DATE", "2023-02-24", 1),
            T("this year", "DATE", "2023"),
            T("next month", "DATE", "2023-03"),
            T("Tuesday", "DATE", "2023-02-28"),
        ],
        [
            E("UN Security Council ministerial meeting on the anniversary of the invasion, chaired by Malta", "CONSULT",
              ["United Nations", "Russia", "Ukraine", "United States", "United Kingdom", "António Guterres",
               "Antony Blinken"], "2023-02-24", "text", "occurred", "Foreign Minister Ian Borg presided"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "context", "occurred",
              "Foreign Minister Ian Borg presided", note="'exactly one year after' the Friday meeting"),
            E("Nebenzia demands that the council also honour all victims since 2014", "REQUEST",
              ["Russia", "United Nations"], "2023-02-24", "context", "occurred", "asked for the floor"),
            E("The chair grants Russia's request", "AGREE", ["United Nations", "Russia"], "2023-02-24", "context",
              "occurred", "asked for the floor"),
            E("Guterres calls the invasion an affront to collective conscience and a violation of the Charter",
              "ACCUSE", ["António Guterres", "Russia"], "2023-02-24", "context", "occurred",
              "an affront to our collective conscience"),
            E("Kuleba urges council members to back Zelensky's peace formula", "REQUEST", ["Ukraine", "United Nations"],
              "2023-02-24", "context", "occurred", "Dmytro Kuleba urged members"),
            E("Cleverly accuses Moscow of trying to rewrite history", "ACCUSE", ["United Kingdom", "Russia"],
              "2023-02-24", "context", "occurred", "Dmytro Kuleba urged members"),
            E("Nebenzia rejects the Western criticism", "REJECT", ["Russia", "United States", "United Kingdom"],
              "2023-02-24", "context", "occurred", "Nebenzia rejected the criticism"),
            E("Nebenzia: the West has prepared Ukraine for war against Russia since 2014", "ACCUSE", ["Russia", "Ukraine"],
              "2023-02-24", "context", "occurred", "Nebenzia rejected the criticism"),
            E("General Assembly demands Russia's immediate, complete and unconditional withdrawal", "REQUEST",
              ["United Nations", "Russia"], "2023-02-23", "text", "occurred", "On Thursday the General Assembly"),
            E("Belarus and Russia vote against the resolution", "REJECT", ["Belarus", "Russia"], "2023-02-23",
              "context", "occurred", "among those voting against"),
            E("China's 12-point position paper calls for a ceasefire and peace talks", "REQUEST",
              ["China", "Russia", "Ukraine"], "2023-02-24", "text", "occurred", "12-point position paper"),
            E("Malta offers to host a meeting of national security advisers on the peace formula", "REQUEST",
              ["Ukraine"], "2023-02-24", "context", "occurred", "stood ready to host"),
            E("Meeting of national security advisers on the peace formula in Malta", "CONSULT", ["Ukraine"], "2023",
              "text", "planned", "stood ready to host"),
            E("Borg discusses the idea with Kuleba on the margins", "CONSULT", ["Ukraine"], "2023-02-24", "context",
              "occurred", "stood ready to host"),
            E("Malta to send generators for Ukrainian hospitals", "AID", ["Ukraine"], "2023-03", "text", "planned",
              "Prime Minister Robert Abela announced"),
        ],
        [
            S("Russia", "Nebenzia demands that the council also honour all victims since 2014", "2023-02-24", "context",
              "asked for the floor"),
            S("António Guterres", "The invasion is an affront to our collective conscience and violates the UN Charter",
              "2023-02-24", "context", "an affront to our collective conscience"),
            S("Antony Blinken", "If Russia stops fighting the war ends; if Ukraine stops fighting, Ukraine ends",
              "2023-02-24", "context", "US Secretary of State Antony Blinken said"),
            S("Ukraine", "Kuleba urges members to back Zelensky's peace formula", "2023-02-24", "context",
              "Dmytro Kuleba urged members"),
            S("United Kingdom", "Cleverly: Moscow is trying to rewrite history", "2023-02-24", "context",
              "Dmytro Kuleba urged members"),
            S("Russia", "Nebenzia: the West has been preparing Ukraine for war against Russia since 2014", "2023-02-24",
              "context", "Nebenzia rejected the criticism"),
            S("China", "Position paper calls for a ceasefire and peace talks", "2023-02-24", "text",
              "12-point position paper"),
            S("Ukraine", "Kuleba: Kyiv will study China's paper carefully", "2023-02-24", "context",
              "12-point position paper"),
        ],
        ["United Nations", "Russia", "Ukraine", "António Guterres", "Antony Blinken", "United States",
         "Volodymyr Zelensky", "United Kingdom", "Belarus", "China"],
    ),
    doc(
        "b70en02_putin_brics_johannesburg_icc_2023_07", "2023-07-20", EN02,
        [
            T("next month", "DATE", "2023-08"),
            T("Wednesday evening", "TIME", "2023-07-19TEV"),
            T("22", "DATE", "2023-08-22"),
            T("24 August", "DATE", "2023-08-24"),
            T("March", "DATE", "2023-03"),
            T("Tuesday", "DATE", "2023-07-18"),
            T("Wednesday", "DATE", "2023-07-19", 1),
            T("Thursday morning", "TIME", "2023-07-20TMO"),
            T("Monday", "DATE", "2023-07-17"),
            T("last month", "DATE", "2023-06"),
        ],
        [
            E("Putin will not attend the BRICS summit in Johannesburg", "CONSULT", ["Vladimir Putin"], "2023-08-22",
              "context", "cancelled", "Vincent Magwenya said", note="summit on 22-24 August 2023"),
            E("Lavrov to represent Russia at the BRICS summit", "CONSULT", ["Sergey Lavrov", "Russia"], "2023-08-22",
              "context", "planned", "Vincent Magwenya said"),
            E("BRICS summit at the Sandton Convention Centre", "CONSULT", ["Russia", "China"], "2023-08-22", "text",
              "planned", "Sandton Convention Centre", note="22-24 August 2023"),
            E("ICC arrest warrant for Putin over the deportation of Ukrainian children", "ACCUSE",
              ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "arrest warrant issued"),
            E("Moscow warned that arresting Putin would amount to a declaration of war", "THREATEN", ["Russia"],
              "2023-07-18", "context", "occurred", "Court papers made public",
              note="warning made known through Ramaphosa's affidavit, published on Tuesday"),
            E("Putin to take part in the summit by video link", "CONSULT", ["Vladimir Putin"], "2023-08-22", "context",
              "planned", "Putin would take part in the summit via video link"),
            E("Xi Jinping expected to attend the summit in person", "CONSULT", ["Xi Jinping"], "2023-08-22", "context",
              "planned", "Xi Jinping is expected"),
            E("Ukraine welcomes Putin's absence", "SUPPORT", ["Ukraine"], "2023-07-20", "published", "occurred",
              "Ukraine's foreign ministry welcomed"),
            E("Kyiv urges African governments to keep their distance from Moscow", "REQUEST", ["Ukraine"],
              "2023-07-17", "context", "occurred", "Kyiv has urged African governments", date_mod="START"),
            E("Russia refuses to extend the Black Sea Grain Initiative", "SANCTION", ["Russia"], "2023-07-17", "text",
              "occurred", "Kyiv has urged African governments"),
            E("African leaders' mission meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-06", "text",
              "occurred", "Ramaphosa led a delegation", note="16 June 2023"),
            E("African leaders' mission meets Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2023-06", "text",
              "occurred", "Ramaphosa led a delegation", note="17 June 2023"),
            E("Ramaphosa presents a ten-point peace plan to Zelensky and Putin", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2023-06", "context", "occurred", "Ramaphosa led a delegation"),
            E("Ramaphosa to discuss the peace initiative with Lavrov at the summit", "CONSULT", ["Sergey Lavrov"],
              "2023-08-22", "context", "planned", "He is expected to discuss the initiative"),
        ],
        [
            S("Russia", "An arrest of Putin would amount to a declaration of war (as cited in Ramaphosa's affidavit)",
              "2023-07-18", "context", "Court papers made public"),
            S("Dmitry Peskov", "Putin will take part in the summit by video link and deliver a speech",
              "2023-07-20TMO", "text", "Putin would take part in the summit via video link"),
            S("Dmitry Peskov", "Not a question of the warrant; a decision taken together with South Africa",
              "2023-07-20TMO", "context", "This is not a question of the warrant"),
            S("China", "Xi Jinping is expected to attend in person", "2023-07-20", "published",
              "Xi Jinping is expected"),
            S("Ukraine", "Welcomes the outcome: the court's decision is being respected", "2023-07-20", "published",
              "Ukraine's foreign ministry welcomed"),
        ],
        ["Vladimir Putin", "Russia", "Sergey Lavrov", "China", "Kremlin", "Dmitry Peskov", "Xi Jinping", "Ukraine",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b70en03_g20_foreign_ministers_rio_2024_02", "2024-02-23", EN03,
        [
            T("Thursday", "DATE", "2024-02-22", 0),
            T("two-day", "DURATION", "P2D"),
            T("November", "DATE", "2024-11", 0),
            T("last Friday", "DATE", "2024-02-16"),
            T("Wednesday", "DATE", "2024-02-21"),
            T("November", "DATE", "2024-11", 1),
            T("March last year", "DATE", "2023-03"),
            T("September", "DATE", "2023-09"),
            T("Thursday", "DATE", "2024-02-22", 1),
            T("January", "DATE", "2024-01"),
        ],
        [
            E("G20 foreign ministers' meeting in Rio ends", "CONSULT",
              ["Sergey Lavrov", "Antony Blinken", "United Kingdom"], "2024-02-22", "text", "occurred",
              "Brazil's first major meeting as G20 chair", note="meeting on 21-22 February 2024"),
            E("No joint communiqué as ministers clash over Ukraine and Gaza", "REJECT",
              ["Sergey Lavrov", "Antony Blinken", "United Kingdom"], "2024-02-22", "text", "occurred",
              "Brazil's first major meeting as G20 chair"),
            E("Lavrov and Blinken do not meet in Rio", "CONSULT", ["Sergey Lavrov", "Antony Blinken"], "2024-02-22",
              "context", "cancelled", "sat at the same table but did not meet"),
            E("Blinken holds Moscow responsible for Navalny's death", "ACCUSE", ["Antony Blinken", "Russia"],
              "2024-02-22", "context", "occurred", "Blinken told the closed-door session"),
            E("Lavrov accuses Washington of prolonging the war by pumping weapons into Ukraine", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2024-02-22", "context", "occurred", "Lavrov, in turn, accused"),
            E("Lavrov: Russia will only negotiate on the basis of the realities on the ground", "REQUEST",
              ["Sergey Lavrov", "Ukraine"], "2024-02-22", "context", "occurred", "Lavrov, in turn, accused"),
            E("Cameron calls Lavrov's peace lecture absurd", "ACCUSE", ["United Kingdom", "Sergey Lavrov"], "2024-02-22",
              "context", "occurred", "David Cameron called it"),
            E("Blinken meets Lula in Brasília", "CONSULT", ["Antony Blinken"], "2024-02-21", "text", "occurred",
              "Blinken had flown to Brasília"),
            E("Blinken tells Lula he disagrees with his Holocaust comparison", "REJECT", ["Antony Blinken"],
              "2024-02-21", "context", "occurred", "which Blinken told Lula he disagreed with"),
            E("Lula reiterates his offer to mediate between Moscow and Kyiv together with China", "REQUEST",
              ["China", "Russia", "Ukraine"], "2024-02-21", "context", "occurred", "Lula also reiterated his offer"),
            E("Putin's attendance at the Rio G20 summit open", "CONSULT", ["Vladimir Putin"], "2024-11", "text",
              "uncertain", "Whether Vladimir Putin will attend"),
            E("ICC warrant for Putin", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred",
              "issued a warrant for the Russian leader"),
            E("Lula says Putin would not be arrested in Rio", "AGREE", ["Vladimir Putin"], "2023-09", "text",
              "occurred", "Lula said in September"),
            E("Lula invites Putin to the G20 summit in a phone call", "REQUEST", ["Vladimir Putin"], "2024-01", "text",
              "occurred", "whom Lula invited in a phone call"),
            E("Lula–Putin phone call", "CONSULT", ["Vladimir Putin"], "2024-01", "text", "occurred",
              "whom Lula invited in a phone call"),
        ],
        [
            S("Antony Blinken", "Moscow bears responsibility for Navalny's death", "2024-02-22", "context",
              "Blinken told the closed-door session"),
            S("Sergey Lavrov", "Washington prolongs the war by pumping weapons into Ukraine; Russia will only negotiate "
              "on the basis of the realities on the ground", "2024-02-22", "context", "Lavrov, in turn, accused"),
            S("United Kingdom", "Cameron: absurd that Lavrov lectures the G20 about peace while Russian missiles hit "
              "Ukrainian cities", "2024-02-22", "context", "David Cameron called it"),
            S("Antony Blinken", "Tells Lula he disagrees with the comparison of Israel's campaign with the Holocaust",
              "2024-02-21", "context", "which Blinken told Lula he disagreed with"),
            S("Sergey Lavrov", "Putin will decide closer to the date whether to attend the Rio summit", "2024-02-22",
              "text", "Lavrov told reporters on Thursday"),
        ],
        ["Russia", "Ukraine", "Sergey Lavrov", "Antony Blinken", "United States", "United Kingdom", "China",
         "Vladimir Putin"],
    ),
    doc(
        "b70en04_brics_ministers_nizhny_novgorod_2024_06", "2024-06-12", EN04,
        [
            T("two days", "DURATION", "P2D"),
            T("Tuesday", "DATE", "2024-06-11", 0),
            T("January", "DATE", "2024-01"),
            T("Monday", "DATE", "2024-06-10", 0),
            T("this weekend", "DATE", "2024-W24-WE"),
            T("Monday", "DATE", "2024-06-10", 1),
            T("Monday evening", "TIME", "2024-06-10TEV"),
            T("October 22", "DATE", "2024-10-22"),
            T("24", "DATE", "2024-10-24"),
            T("Tuesday", "DATE", "2024-06-11", 1),
        ],
        [
            E("BRICS foreign ministers meet in Nizhny Novgorod", "CONSULT", ["Sergey Lavrov", "China", "Hakan Fidan"],
              "2024-06-11", "text", "occurred", "wrapped up two days of talks", note="meeting on 10-11 June 2024"),
            E("BRICS ministers welcome proposals of mediation and good offices", "SUPPORT", ["Russia", "China"],
              "2024-06-11", "context", "occurred", "recalled their national positions"),
            E("India's Dammu Ravi meets Lavrov on the sidelines", "CONSULT", ["Sergey Lavrov"], "2024-06-11",
              "context", "occurred", "Ravi met Russian Foreign Minister"),
            E("Peace summit at the Bürgenstock resort", "CONSULT", ["Ukraine"], "2024-W24-WE", "text", "planned",
              "pour scorn on the peace summit", note="15-16 June 2024"),
            E("Lavrov dismisses the Swiss peace summit as a road to nowhere", "REJECT", ["Sergey Lavrov", "Ukraine"],
              "2024-06-11", "context", "occurred", "It is a road to nowhere"),
            E("Lavrov accuses Washington of presenting Moscow with an ultimatum", "ACCUSE",
              ["Sergey Lavrov", "United States"], "2024-06-11", "context", "occurred", "It is a road to nowhere"),
            E("Wang Yi and Lavrov hold talks", "CONSULT", ["China", "Sergey Lavrov"], "2024-06-10", "text", "occurred",
              "who held talks with Lavrov on Monday"),
            E("China will not attend a conference not recognised by both Russia and Ukraine", "REJECT", ["China"],
              "2024-06-10", "context", "occurred", "who held talks with Lavrov on Monday"),
            E("Fidan meets Lavrov", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"], "2024-06-10TEV", "text", "occurred",
              "met Lavrov on Monday evening"),
            E("Fidan offers Istanbul as a venue for renewed Russia–Ukraine negotiations", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2024-06-10TEV", "context", "occurred",
              "met Lavrov on Monday evening"),
            E("Putin to host the BRICS summit in Kazan", "CONSULT", ["Vladimir Putin"], "2024-10-22", "text", "planned",
              "would host the BRICS leaders in Kazan", note="22-24 October 2024"),
            E("Kyiv urges all BRICS members to send delegations to Bürgenstock", "REQUEST", ["Ukraine"], "2024-06-11",
              "text", "occurred", "Heorhii Tykhyi on Tuesday urged"),
        ],
        [
            S("Joint statement: Russia, China", "BRICS ministers recall national positions on Ukraine and welcome "
              "proposals of mediation and good offices", "2024-06-11", "context", "recalled their national positions"),
            S("Sergey Lavrov", "The Swiss conference is a road to nowhere; Washington tries to present Moscow with an "
              "ultimatum", "2024-06-11", "context", "It is a road to nowhere"),
            S("China", "Wang Yi: Beijing will not attend a conference not recognised by both Russia and Ukraine",
              "2024-06-10", "context", "who held talks with Lavrov on Monday"),
            S("Hakan Fidan", "Ankara is ready to contribute to a just and lasting peace", "2024-06-10TEV", "context",
              "Fidan said after the meeting"),
            S("Sergey Lavrov", "Putin will host the BRICS leaders in Kazan on 22-24 October", "2024-06-11", "context",
              "would host the BRICS leaders in Kazan"),
            S("Ukraine", "Urges all BRICS members to send delegations to Bürgenstock", "2024-06-11", "text",
              "Heorhii Tykhyi on Tuesday urged"),
            S("Ukraine", "Staying away is also a choice", "2024-06-11", "context", "Staying away is also a choice"),
        ],
        ["Ukraine", "Russia", "China", "Sergey Lavrov", "United States", "Hakan Fidan", "Turkey", "Vladimir Putin"],
    ),
    doc(
        "b70en05_unga_zaporizhzhia_resolution_2024_07", "2024-07-12", EN05,
        [
            T("July 12", "DATE", "2024-07-12"),
            T("Thursday", "DATE", "2024-07-11", 0),
            T("March 2022", "DATE", "2022-03"),
            T("April", "DATE", "2024-04"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2024-07-11", 1),
            T("the end of the summer", "DATE", "2024-SU", mod="END"),
            T("Friday", "DATE", "2024-07-12"),
        ],
        [
            E("General Assembly demands that Russia withdraw from the Zaporizhzhia plant and return it to Ukraine",
              "REQUEST", ["United Nations", "Russia", "Ukraine"], "2024-07-11", "text", "occurred",
              "The United Nations General Assembly on Thursday adopted"),
            E("Ukraine puts forward the resolution with some 50 co-sponsors", "REQUEST", ["Ukraine", "United Nations"],
              "2024-07-11", "context", "occurred", "put forward by Ukraine"),
            E("Russia and Belarus among nine states voting against", "REJECT", ["Russia", "Belarus"], "2024-07-11",
              "context", "occurred", "Russia, Belarus, Cuba"),
            E("Russian forces occupy the Zaporizhzhia plant", "COERCE", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "has been occupied by Russian forces", date_mod="START"),
            E("Grossi to travel to Moscow and Kyiv", "CONSULT", ["IAEA", "Russia", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "IAEA Director General Rafael Grossi"),
            E("Kyslytsya welcomes the vote as a clear signal against nuclear blackmail", "SUPPORT",
              ["Ukraine", "United Nations"], "2024-07-11", "context", "occurred", "Serhiy Kyslytsya said"),
            E("Polyanskiy dismisses the resolution as a politicised show", "REJECT", ["Russia", "United Nations"],
              "2024-07-11", "context", "occurred", "Dmitry Polyanskiy dismissed"),
            E("Polyanskiy accuses Kyiv of shelling the plant itself", "ACCUSE", ["Russia", "Ukraine"], "2024-07-11",
              "context", "occurred", "Dmitry Polyanskiy dismissed"),
            E("Thomas-Greenfield calls on Moscow to stop using the plant as a military base", "REQUEST",
              ["United States", "Russia"], "2024-07-11", "context", "occurred", "Linda Thomas-Greenfield called on"),
            E("NATO summit in Washington ends", "CONSULT", ["NATO"], "2024-07-11", "context", "occurred",
              "The vote came as NATO leaders wrapped up", note="summit on 9-11 July 2024"),
            E("NATO declares Ukraine's path to membership irreversible", "AGREE", ["NATO", "Ukraine"], "2024-07-11",
              "context", "occurred", "The vote came as NATO leaders wrapped up"),
            E("Meloni meets Zelensky on the sidelines", "CONSULT", ["Giorgia Meloni", "Volodymyr Zelensky"],
              "2024-07-11", "text", "occurred", "Giorgia Meloni, who met"),
            E("Meloni reaffirms Italy's support for Ukraine", "SUPPORT", ["Giorgia Meloni", "Ukraine"], "2024-07-11",
              "context", "occurred", "Giorgia Meloni, who met"),
            E("Italy to deliver a second SAMP/T system", "AID", ["Giorgia Meloni", "Ukraine"], "2024-SU", "text",
              "planned", "Giorgia Meloni, who met", date_mod="END"),
            E("Peskov: the summit's decisions show NATO is fully involved in the conflict", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2024-07-12", "text", "occurred", "Kremlin spokesman Dmitry Peskov said"),
        ],
        [
            S("IAEA", "Grossi: the situation remains extremely fragile; he will travel to Moscow and Kyiv", "2024-07-12",
              "published", "IAEA Director General Rafael Grossi"),
            S("Ukraine", "Kyslytsya: the vote is a clear signal that nuclear blackmail will not be tolerated",
              "2024-07-11", "context", "Serhiy Kyslytsya said"),
            S("Russia", "Polyanskiy: the resolution is a politicised show; Kyiv shells the plant itself", "2024-07-11",
              "context", "Dmitry Polyanskiy dismissed"),
            S("United States", "Thomas-Greenfield: Moscow must stop using a nuclear power plant as a military base",
              "2024-07-11", "context", "Linda Thomas-Greenfield called on"),
            S("NATO", "Ukraine's path to membership is irreversible", "2024-07-11", "context",
              "The vote came as NATO leaders wrapped up"),
            S("Giorgia Meloni", "Reaffirms support; Italy will deliver a second SAMP/T by the end of the summer",
              "2024-07-11", "context", "Giorgia Meloni, who met"),
            S("Dmitry Peskov", "The summit's decisions show the alliance is fully involved in the conflict",
              "2024-07-12", "text", "Kremlin spokesman Dmitry Peskov said"),
        ],
        ["United Nations", "Russia", "Ukraine", "Belarus", "China", "IAEA", "United States", "NATO", "Giorgia Meloni",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b70en06_putin_dushanbe_icc_2026_06", "2026-06-11", EN06,
        [
            T("two-day", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2026-06-10", 0),
            T("less than a year", "DURATION", "P1Y", mod="LESS_THAN"),
            T("Tuesday", "DATE", "2026-06-09", 0),
            T("several hours", "DURATION", "PTXH"),
            T("Monday", "DATE", "2026-06-08"),
            T("March 2023", "DATE", "2023-03"),
            T("Tuesday", "DATE", "2026-06-09", 1),
            T("Wednesday", "DATE", "2026-06-10", 1),
            T("next week", "DATE", "2026-W25"),
            T("Wednesday", "DATE", "2026-06-10", 2),
            T("Tuesday", "DATE", "2026-06-09", 2),
            T("October", "DATE", "2025-10"),
            T("September 2024", "DATE", "2024-09"),
        ],
        [
            E("Putin's two-day state visit to Tajikistan", "CONSULT", ["Vladimir Putin"], "2026-06-10", "text",
              "occurred", "wrapped up a two-day state visit", note="visit on 9-10 June 2026"),
            E("Putin and Rahmon sign a partnership declaration and nine agreements", "AGREE",
              ["Vladimir Putin", "Russia"], "2026-06-09", "text", "occurred", "On Tuesday, Putin and President"),
            E("ICC arrest warrant for Putin over the deportation of Ukrainian children", "ACCUSE",
              ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "The court's registry reminded"),
            E("Peskov: Russia does not recognise the court's jurisdiction", "REJECT", ["Dmitry Peskov"], "2026-06-09",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Ukraine regrets Dushanbe's decision to host Putin", "ACCUSE", ["Ukraine"], "2026-06-10", "text",
              "occurred", "Ukraine's foreign ministry said on Wednesday"),
            E("Ukraine urges ICC member states to fulfil their obligations", "REQUEST", ["Ukraine"], "2026-06-10",
              "text", "occurred", "Ukraine's foreign ministry said on Wednesday"),
            E("Kallas: the visit undermined the court", "ACCUSE", ["Kaja Kallas", "Vladimir Putin"], "2026-06-11",
              "published", "occurred", "Kaja Kallas said the visit undermined"),
            E("EU–Central Asia ministerial meeting in Luxembourg", "CONSULT", ["European Union"], "2026-W25", "text",
              "planned", "Kaja Kallas said the visit undermined"),
            E("Putin ready to continue the Geneva talks with Ukraine", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2026-06-10", "text", "occurred", "At a joint press conference on Wednesday"),
            E("Putin rejects a ceasefire that would only let Kyiv rearm", "REJECT", ["Vladimir Putin", "Ukraine"],
              "2026-06-10", "text", "occurred", "At a joint press conference on Wednesday"),
            E("Putin prepared to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"], "2026-06-10",
              "context", "occurred", "He was prepared to meet Volodymyr Zelensky"),
            E("Putin's condition: a meeting only to sign a final agreement", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026-06-10", "context", "occurred",
              "He was prepared to meet Volodymyr Zelensky"),
            E("Lavrov holds talks with Tajik foreign minister Muhriddin", "CONSULT", ["Sergey Lavrov"], "2026-06-09",
              "text", "occurred", "held separate talks on Tuesday"),
            E("Putin at the CIS summit in Dushanbe", "CONSULT", ["Vladimir Putin"], "2025-10", "text", "occurred",
              "Putin last visited Dushanbe"),
            E("Putin's visit to Mongolia", "CONSULT", ["Vladimir Putin"], "2024-09", "text", "occurred",
              "In September 2024 he travelled to Mongolia"),
        ],
        [
            S("Dmitry Peskov", "Moscow has no concerns whatsoever about the trip; Russia does not recognise the court's "
              "jurisdiction", "2026-06-09", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Ukraine", "Regrets Dushanbe's decision; ICC member states should fulfil their obligations instead of "
              "rolling out red carpets", "2026-06-10", "text", "Ukraine's foreign ministry said on Wednesday"),
            S("Kaja Kallas", "The visit undermined the court; the EU will raise the matter with the Central Asian states",
              "2026-06-11", "published", "Kaja Kallas said the visit undermined"),
            S("Vladimir Putin", "Russia is ready to continue the Geneva talks but will not accept a ceasefire that only "
              "gives Kyiv time to rearm", "2026-06-10", "text", "At a joint press conference on Wednesday"),
            S("Vladimir Putin", "Prepared to meet Zelensky, but only to sign a final agreement", "2026-06-10", "context",
              "He was prepared to meet Volodymyr Zelensky"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine", "Kaja Kallas", "European Union",
         "Volodymyr Zelensky", "Sergey Lavrov"],
    ),
]
