"""English articles of the blind105 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b105en01 (Ynetnews)
EN01 = """
Putin calls Netanyahu, offers condolences as Russian UN draft fails

Russian President Vladimir Putin spoke by phone with Prime Minister Benjamin Netanyahu on Monday, their first conversation since Hamas's October 7 massacre, and offered condolences to the families of the victims, the Kremlin said.
According to the Kremlin readout, Putin told Netanyahu that Russia rejected any actions against civilians and outlined Moscow's efforts to prevent a humanitarian catastrophe in Gaza.
Netanyahu's office said the prime minister described the "atrocities" committed by Hamas and asked that Moscow press Iran to rein in Hezbollah on Israel's northern border.
Putin held calls the same day with the leaders of Egypt, Iran, Syria and the Palestinian Authority, the Kremlin said.

Late Monday, the UN Security Council rejected a Russian draft resolution that called for a humanitarian ceasefire but did not mention Hamas.
The text received five votes in favor, with the United States, Britain, France and Japan voting against and six members abstaining.
Russia's UN ambassador Vassily Nebenzia accused Western members of putting "selfish" interests first, while US Ambassador Linda Thomas-Greenfield said Washington could not back a text that "ignores Hamas terrorism."
A rival Brazilian draft is due to be put to a vote on Wednesday.

Ukrainian President Volodymyr Zelensky has asked to visit Israel in a show of solidarity, but Israeli officials told Ynet that the timing was "not right" for such a trip.
Zelensky has likened Hamas to Russia, saying last week that the terrorist attack on Israel and Russia's war against Ukraine were "the same evil."
Kremlin spokesman Dmitry Peskov said on Tuesday that such comparisons were "absurd" and that Moscow maintained contacts with all parties in the region.

Jerusalem has walked a fine line with Moscow since the invasion of Ukraine, in part because of the deconfliction mechanism the two militaries have operated over Syria since 2015.
Israeli officials are now watching with concern as Russia deepens its military ties with Tehran, which has supplied Moscow with hundreds of Shahed drones.

US President Joe Biden is due to arrive in Israel on Wednesday, as Washington juggles its support for two wars.
Secretary of State Antony Blinken, who has shuttled across the region for the past six days, met Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday.
Blinken said Monday that the administration would ask Congress for new funding for both Israel and Ukraine.
"""

# ---------------------------------------------------------------- b105en02 (Jewish Insider)
EN02 = """
Pentagon to send Israel artillery shells once slated for Ukraine

The Pentagon is sending Israel tens of thousands of 155mm artillery shells that had been earmarked for Ukraine, two U.S. officials told Jewish Insider on Wednesday, as the administration scrambles to supply two partners at war at the same time.
The shells come from a U.S. stockpile in Israel from which Washington had already drawn ammunition for Kyiv earlier this year.
Defense Secretary Lloyd Austin said Tuesday that the United States "can and will" support both Israel and Ukraine.

The White House sent Congress a $106 billion request last Friday that ties aid for the two countries together.
The new House speaker, Rep. Mike Johnson (R-LA), who was elected on Wednesday, has said he favors taking up Israel aid separately.
Sen. JD Vance (R-OH) told Jewish Insider that "Israel faces an existential threat and Ukraine does not," arguing that scarce munitions should go to Israel first.
Sen. Lindsey Graham (R-SC) countered that walking away from Kyiv would "embolden Iran and Russia alike."

In Kyiv, officials played down the report.
Ukraine's defense ministry said on Thursday that it had enough shells for the coming weeks and that its partners had assured it deliveries would continue.
President Volodymyr Zelensky warned last week that a drawn-out war in the Middle East would play into Moscow's hands, saying Russia hoped "the world will look away from Ukraine."
Foreign Minister Dmytro Kuleba is due in Washington next week to press lawmakers on the package.

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that Washington's struggle to arm both Israel and Ukraine showed that Western support for Kyiv "was never unlimited."
A Hamas delegation was received at the Russian foreign ministry the same day, prompting a sharp protest from Jerusalem.

The Pentagon is also weighing whether to return two Iron Dome batteries held by the U.S. Army to Israel, a defense official said.
Pro-Israel groups in Washington have urged lawmakers not to let the debate over Ukraine delay the package.
"""

# ---------------------------------------------------------------- b105en03 (The Media Line)
EN03 = """
Saudi Crown Prince Talked Putin Out of Arming Houthis, Report Says

Saudi Crown Prince Mohammed bin Salman persuaded Russian President Vladimir Putin in July to drop plans to send anti-ship missiles to Yemen's Houthi rebels, according to a report published Tuesday by CNN that cited US and Israeli sources.
The Biden administration had also tried to stop the transfer through intermediaries after learning of it, the report said.
Kremlin spokesman Dmitry Peskov on Wednesday dismissed the report as "another fake" and said Russia "complies with its international obligations."
There was no comment from Riyadh.
Putin and the crown prince last spoke by phone on Sept. 19, when they discussed coordination within OPEC+ and the situation in the Middle East, according to the Kremlin.

The Houthis have attacked dozens of merchant vessels in the Red Sea and the Gulf of Aden since November, saying they act in solidarity with Gaza.
A US-led naval coalition has struck Houthi targets in Yemen since January.
Russia has hosted Houthi delegations in Moscow at least twice this year, most recently in late June.

For Kyiv, the report is a reminder of how the war has spilled into the Middle East.
Speaking at the UN Security Council on Tuesday, President Volodymyr Zelensky said Russia's partnerships with Iran and North Korea showed that Moscow "can only be forced into peace."
Ukraine's military intelligence has said for months that Iran supplies Russia with Shahed drones and, since the summer, with short-range ballistic missiles.

Riyadh has sought to keep lines open to both sides, hosting Russian Foreign Minister Sergey Lavrov for talks with Gulf ministers earlier this month.
The Kingdom has also offered to mediate further prisoner exchanges between Moscow and Kyiv.
Dr. Hesham Alghannam, a Saudi political analyst, told The Media Line that the crown prince "does not want a Russian-armed Houthi navy on the Kingdom's doorstep."
Saudi Arabia and the Houthis have observed an informal truce since April 2022, and Riyadh fears that advanced missiles could unravel it.
"""

# ---------------------------------------------------------------- b105en04 (L'Orient Today)
EN04 = """
Ukraine's top diplomat in Damascus, urges Syria to close the door on Russian bases

Ukrainian Foreign Minister Andrii Sybiha met Syria's new de facto leader Ahmad al-Sharaa in Damascus on Monday, the first visit by a Ukrainian minister since the fall of Bashar al-Assad three weeks ago.
Sybiha, who was also received by the caretaker foreign minister Asaad al-Shaibani, said the two countries had agreed to restore diplomatic relations "as soon as the new authorities are ready."
Kyiv cut ties with Damascus in June 2022, after Assad's government recognized the Russian-installed authorities in eastern Ukraine.

"Russia's military presence in Syria must end, and the Syrian people deserve to decide their future without foreign bombs," Sybiha told reporters after the meeting.
He said Ukraine and Syria shared "the experience of Russian airstrikes" and offered help with demining and reconstruction.
Sybiha added that he had invited al-Shaibani to visit Kyiv early next year.
The minister's trip followed the arrival on Sunday of 500 tons of Ukrainian wheat flour at the port of Latakia, delivered under the "Grain from Ukraine" program.
President Volodymyr Zelensky said in his nightly address that further shipments would follow in the coming weeks.

Moscow is seeking to keep its naval base at Tartus and the Hmeimim air base, which it has used since 2015.
Kremlin spokesman Dmitry Peskov said on Monday that no decisions had been made and that Russia remained "in contact" with the authorities in Damascus.
Foreign Minister Sergey Lavrov last week described the bases as a question "for the Syrian people to decide," while insisting that Russia's presence helped stability in the region.
Assad fled to Moscow on Dec. 8 and has been granted asylum there, the Kremlin said at the time.

For Beirut, the shifting map next door comes as a fragile truce between Israel and Hezbollah holds.
The ceasefire, brokered by the United States and France, took effect on Nov. 27 and is meant to see Israeli forces withdraw from southern Lebanon within 60 days.
"""

# ---------------------------------------------------------------- b105en05 (The Jewish Chronicle)
EN05 = """
Putin offers Iran words, not weapons, as ceasefire with Israel takes hold

Vladimir Putin received Iran's Foreign Minister Abbas Araghchi at the Kremlin on Monday and called the strikes on Iran's nuclear sites "absolutely unprovoked aggression", but offered Tehran no military help.
Russia was ready to help "the Iranian people", the Russian president said, without saying how.
The meeting came a day after American bombers struck the Fordow, Natanz and Isfahan facilities in the early hours of Sunday, joining Israel's campaign against the Islamic Republic.

On Monday evening Iran fired missiles at the Al Udeid air base in Qatar, which hosts US forces; most were intercepted and nobody was hurt.
Qatar condemned the attack as a "flagrant violation" of its sovereignty and said it reserved the right to respond.
Hours later, President Donald Trump announced a ceasefire between Israel and Iran, which Qatar's Emir had helped to broker at his request.
On Tuesday morning Mr Trump accused both sides of breaching the truce, but said it was "in effect."

Sir Keir Starmer welcomed the ceasefire on Tuesday and urged Tehran to return to negotiations on its nuclear programme.
The Prime Minister is in The Hague for the two-day Nato summit, where allies are set to agree a new target of 5 per cent of GDP for defence.

Former president Dmitry Medvedev, deputy chairman of Russia's Security Council, claimed on Sunday that "a number of countries" were ready to supply Iran with nuclear warheads.
Mr Trump hit back on social media, asking whether Mr Medvedev had really used "the N word."
Kremlin spokesman Dmitry Peskov said on Monday that Moscow's position was the one stated by Mr Putin.

In Kyiv, the war in the Gulf is watched with unease.
Volodymyr Zelensky, who arrived in The Hague on Tuesday, said Iran was the country "that gave Russia the Shaheds" and warned that the Middle East must not draw Patriot missiles away from Ukraine.
He is due to attend a dinner for Nato leaders on Tuesday evening and hopes to meet Mr Trump on Wednesday.
"""

# ---------------------------------------------------------------- b105en06 (Arab Times)
EN06 = """
GCC, Russia back political solution in Ukraine, ceasefire in Gaza

KUWAIT CITY, Sept 10: Foreign ministers of the Gulf Cooperation Council (GCC) and Russia called for a political settlement of the crisis in Ukraine in line with the UN Charter and for an immediate ceasefire in the Gaza Strip, at their eighth joint ministerial meeting held in Riyadh on Monday.
Foreign Minister Abdullah Ali Al-Yahya led the Kuwaiti delegation, KUNA reported.
The meeting was chaired by Saudi Foreign Minister Prince Faisal bin Farhan and attended by Russian Foreign Minister Sergey Lavrov and GCC Secretary-General Jasem Al-Budaiwi.

In their joint statement, the ministers stressed respect for the sovereignty and territorial integrity of states and welcomed the mediation efforts of Gulf countries, which have helped free hundreds of prisoners of war since 2022.
They also demanded unhindered humanitarian access to Gaza and urged a halt to attacks on shipping in the Red Sea.
Lavrov told reporters after the meeting that Moscow valued the "balanced position" of the Gulf states and accused Western countries of "dragging out" the war in Ukraine.
He said Russia remained open to talks "that take into account the realities on the ground."

On the sidelines, Lavrov held separate talks with Prince Faisal and with Qatar's Minister of State Mohammed Al-Khulaifi, who discussed the return of Ukrainian children to their families.
Al-Yahya, for his part, briefed Lavrov on Kuwait's humanitarian aid to Gaza.

Tehran reacted angrily to a clause in the statement that supported the UAE's claim to three islands in the Gulf, and Iranian media said the Russian ambassador would be summoned.
In Kyiv, the newly appointed Foreign Minister Andrii Sybiha said on Tuesday that Ukraine counted on the Gulf states to attend a second peace summit planned for November.
He had spoken with Prince Faisal by phone on Sunday, the Ukrainian foreign ministry said.

The ministers agreed to hold their next meeting in Moscow in 2025.
The GCC-Russia strategic dialogue was launched in 2011.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b105en01_putin_netanyahu_call_2023_10", "2023-10-17", EN01,
        [
            T("Monday", "DATE", "2023-10-16", 0),
            T("October 7", "DATE", "2023-10-07"),
            T("the same day", "DATE", "2023-10-16"),
            T("Late Monday", "TIME", "2023-10-16TNI", note="New York time"),
            T("Wednesday", "DATE", "2023-10-18", 0),
            T("last week", "DATE", "2023-W41"),
            T("Tuesday", "DATE", "2023-10-17"),
            T("2015", "DATE", "2015"),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday", "DATE", "2023-10-18", 1),
            T("the past six days", "DURATION", "P6D"),
            T("Sunday", "DATE", "2023-10-15"),
            T("Monday", "DATE", "2023-10-16", 2),
        ],
        [
            E("Putin–Netanyahu phone call", "CONSULT", ["Vladimir Putin"], "2023-10-16", "text", "occurred",
              "Russian President Vladimir Putin spoke by phone"),
            E("Putin urges preventing a humanitarian catastrophe in Gaza", "REQUEST", ["Vladimir Putin"],
              "2023-10-16", "context", "occurred", "According to the Kremlin readout"),
            E("Netanyahu asks Moscow to press Iran to rein in Hezbollah", "REQUEST", ["Russia"], "2023-10-16",
              "context", "occurred", "Netanyahu's office said"),
            E("Putin's calls with the leaders of Egypt, Iran, Syria and the Palestinian Authority", "CONSULT",
              ["Vladimir Putin"], "2023-10-16", "text", "occurred", "Putin held calls the same day"),
            E("The Security Council rejects Russia's draft resolution", "REJECT", ["United Nations", "Russia"],
              "2023-10-16TNI", "text", "occurred", "Late Monday, the UN Security Council rejected"),
            E("Russia's draft calls for a humanitarian ceasefire in Gaza", "REQUEST", ["Russia", "United Nations"],
              "2023-10-16TNI", "context", "occurred", "Late Monday, the UN Security Council rejected"),
            E("The US, Britain and France vote against the Russian draft", "REJECT",
              ["United States", "United Kingdom", "France", "Russia"], "2023-10-16TNI", "context", "occurred",
              "The text received five votes in favor"),
            E("Nebenzia accuses Western members of putting selfish interests first", "ACCUSE",
              ["Russia", "United States", "United Kingdom", "France"], "2023-10-16TNI", "context", "occurred",
              "Russia's UN ambassador Vassily Nebenzia accused"),
            E("Security Council vote on a Brazilian draft", "CONSULT", ["United Nations"], "2023-10-18", "text",
              "planned", "A rival Brazilian draft"),
            E("Zelensky asks to visit Israel", "REQUEST", ["Volodymyr Zelensky"], "2023-10-17", "published",
              "occurred", "has asked to visit Israel"),
            E("Israel says the timing is not right for Zelensky's visit", "REJECT", ["Volodymyr Zelensky"],
              "2023-10-17", "published", "occurred", "has asked to visit Israel"),
            E("Zelensky likens Hamas's attack to Russia's war", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-W41", "text", "occurred", "Zelensky has likened Hamas to Russia"),
            E("Peskov dismisses the comparison as absurd", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2023-10-17", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            E("Israeli–Russian deconfliction mechanism over Syria", "COOPERATE", ["Russia"], "2015", "text",
              "occurred", "deconfliction mechanism", date_mod="START"),
            E("Iran supplies Russia with hundreds of Shahed drones", "AID", ["Russia"], "PRESENT_REF", "vague",
              "occurred", "hundreds of Shahed drones", note="dated by the sentence's 'now'"),
            E("Biden to arrive in Israel", "CONSULT", ["Joe Biden"], "2023-10-18", "text", "planned",
              "US President Joe Biden is due to arrive"),
            E("Blinken meets Saudi Crown Prince Mohammed bin Salman in Riyadh", "CONSULT",
              ["Antony Blinken", "Saudi Arabia"], "2023-10-15", "text", "occurred", "met Saudi Crown Prince"),
            E("The administration to ask Congress for new funding for Israel and Ukraine", "AID",
              ["United States", "Ukraine"], "2023-10-16", "context", "planned", "Blinken said Monday"),
        ],
        [
            S("Kremlin", "Putin offered condolences to the families of the victims", "2023-10-16", "context",
              "Russian President Vladimir Putin spoke by phone"),
            S("Vladimir Putin, via Kremlin", "Russia rejects any actions against civilians and works to prevent a "
              "humanitarian catastrophe in Gaza", "2023-10-16", "context", "According to the Kremlin readout"),
            S("Kremlin", "Putin held calls with the leaders of Egypt, Iran, Syria and the Palestinian Authority",
              "2023-10-16", "context", "Putin held calls the same day"),
            S("Russia", "Nebenzia: Western members put selfish interests first", "2023-10-16TNI", "context",
              "Russia's UN ambassador Vassily Nebenzia accused"),
            S("United States", "Thomas-Greenfield: Washington cannot back a text that ignores Hamas terrorism",
              "2023-10-16TNI", "context", "Russia's UN ambassador Vassily Nebenzia accused"),
            S("Volodymyr Zelensky", "The terrorist attack on Israel and Russia's war are the same evil", "2023-W41",
              "text", "Zelensky has likened Hamas to Russia"),
            S("Dmitry Peskov", "The comparisons are absurd; Moscow keeps contacts with all parties in the region",
              "2023-10-17", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Antony Blinken", "The administration will ask Congress for new funding for Israel and Ukraine",
              "2023-10-16", "text", "Blinken said Monday"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "United Nations", "United States", "United Kingdom", "France",
         "Volodymyr Zelensky", "Ukraine", "Dmitry Peskov", "Joe Biden", "Antony Blinken", "Saudi Arabia"],
    ),
    doc(
        "b105en02_shells_israel_ukraine_2023_10", "2023-10-26", EN02,
        [
            T("Wednesday", "DATE", "2023-10-25", 0),
            T("this year", "DATE", "2023"),
            T("Tuesday", "DATE", "2023-10-24"),
            T("last Friday", "DATE", "2023-10-20"),
            T("Wednesday", "DATE", "2023-10-25", 1),
            T("Thursday", "DATE", "2023-10-26", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("last week", "DATE", "2023-W42"),
            T("next week", "DATE", "2023-W44"),
            T("Thursday", "DATE", "2023-10-26", 1),
            T("the same day", "DATE", "2023-10-26"),
        ],
        [
            E("The Pentagon diverts 155mm shells earmarked for Ukraine", "SANCTION", ["United States", "Ukraine"],
              "2023-10-25", "context", "occurred", "The Pentagon is sending Israel",
              note="dated by the officials' account on Wednesday"),
            E("The Pentagon sends Israel tens of thousands of 155mm shells", "AID", ["United States"], "2023-10-25",
              "context", "occurred", "The Pentagon is sending Israel"),
            E("Washington drew ammunition for Kyiv from the stockpile in Israel", "AID", ["United States", "Ukraine"],
              "2023", "text", "occurred", "The shells come from a U.S. stockpile"),
            E("Austin: the US can and will support both Israel and Ukraine", "AGREE", ["United States", "Ukraine"],
              "2023-10-24", "text", "occurred", "Defense Secretary Lloyd Austin said Tuesday"),
            E("The White House requests $106 billion from Congress for Israel and Ukraine", "AID",
              ["White House", "Ukraine"], "2023-10-20", "text", "planned", "The White House sent Congress"),
            E("Vance argues that scarce munitions should go to Israel first", "REQUEST", ["JD Vance"], "2023-10-26",
              "published", "occurred", "Sen. JD Vance (R-OH) told Jewish Insider"),
            E("Zelensky warns that a long Middle East war plays into Moscow's hands", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-W42", "text", "occurred", "President Volodymyr Zelensky warned"),
            E("Kuleba to visit Washington next week", "CONSULT", ["Ukraine", "United States"], "2023-W44", "text",
              "planned", "Foreign Minister Dmytro Kuleba is due in Washington"),
            E("Peskov: Western support for Kyiv was never unlimited", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2023-10-26", "text", "occurred", "In Moscow, Kremlin spokesman Dmitry Peskov"),
            E("A Hamas delegation is received at the Russian foreign ministry", "CONSULT", ["Russia"], "2023-10-26",
              "text", "occurred", "A Hamas delegation was received"),
            E("Israel protests sharply against the reception", "ACCUSE", ["Russia"], "2023-10-26", "context",
              "occurred", "A Hamas delegation was received"),
            E("The Pentagon weighs returning two Iron Dome batteries to Israel", "AID", ["United States"],
              "2023-10-26", "published", "uncertain", "The Pentagon is also weighing"),
        ],
        [
            S("United States", "Two officials: the Pentagon is sending Israel shells earmarked for Ukraine",
              "2023-10-25", "text", "The Pentagon is sending Israel"),
            S("United States", "Austin: the US can and will support both Israel and Ukraine", "2023-10-24", "text",
              "Defense Secretary Lloyd Austin said Tuesday"),
            S("United States", "Johnson favors taking up Israel aid separately", "2023-10-26", "published",
              "The new House speaker"),
            S("JD Vance", "Israel faces an existential threat and Ukraine does not; munitions should go to Israel first",
              "2023-10-26", "published", "Sen. JD Vance (R-OH) told Jewish Insider"),
            S("United States", "Graham: walking away from Kyiv would embolden Iran and Russia", "2023-10-26",
              "published", "Sen. Lindsey Graham (R-SC) countered"),
            S("Ukraine", "Officials play down the report", "2023-10-26", "published", "In Kyiv, officials played down"),
            S("Ukraine", "Defense ministry: enough shells for the coming weeks; partners assured deliveries continue",
              "2023-10-26", "text", "Ukraine's defense ministry said on Thursday"),
            S("Volodymyr Zelensky", "A long Middle East war plays into Moscow's hands; Russia hopes the world will look "
              "away from Ukraine", "2023-W42", "text", "President Volodymyr Zelensky warned"),
            S("Dmitry Peskov", "Washington's struggle to arm Israel and Ukraine shows Western support was never "
              "unlimited", "2023-10-26", "text", "In Moscow, Kremlin spokesman Dmitry Peskov"),
            S("United States", "A defense official: the Pentagon weighs returning two Iron Dome batteries to Israel",
              "2023-10-26", "published", "The Pentagon is also weighing"),
        ],
        ["United States", "Ukraine", "White House", "JD Vance", "Russia", "Volodymyr Zelensky", "Kremlin",
         "Dmitry Peskov"],
    ),
    doc(
        "b105en03_mbs_putin_houthis_2024_09", "2024-09-25", EN03,
        [
            T("July", "DATE", "2024-07"),
            T("Tuesday", "DATE", "2024-09-24", 0),
            T("Wednesday", "DATE", "2024-09-25"),
            T("Sept. 19", "DATE", "2024-09-19"),
            T("November", "DATE", "2023-11"),
            T("January", "DATE", "2024-01"),
            T("this year", "DATE", "2024"),
            T("late June", "DATE", "2024-06", mod="END"),
            T("Tuesday", "DATE", "2024-09-24", 1),
            T("months", "DURATION", "PXM"),
            T("the summer", "DATE", "2024-SU"),
            T("this month", "DATE", "2024-09"),
            T("April 2022", "DATE", "2022-04"),
        ],
        [
            E("Mohammed bin Salman urges Putin not to arm the Houthis", "REQUEST", ["Saudi Arabia", "Vladimir Putin"],
              "2024-07", "text", "occurred", "Saudi Crown Prince Mohammed bin Salman persuaded"),
            E("Russia's planned transfer of anti-ship missiles to the Houthis dropped", "AID", ["Russia"], "2024-07",
              "text", "cancelled", "Saudi Crown Prince Mohammed bin Salman persuaded"),
            E("The Biden administration tries to stop the transfer through intermediaries", "REQUEST",
              ["United States", "Russia"], "2024-07", "context", "occurred", "The Biden administration had also tried"),
            E("Peskov dismisses the report as another fake", "REJECT", ["Dmitry Peskov"], "2024-09-25", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov on Wednesday"),
            E("Putin–Mohammed bin Salman phone call on OPEC+ and the Middle East", "CONSULT",
              ["Vladimir Putin", "Saudi Arabia"], "2024-09-19", "text", "occurred", "last spoke by phone on Sept. 19"),
            E("US-led naval coalition strikes Houthi targets in Yemen", "ASSAULT", ["United States"], "2024-01",
              "text", "occurred", "A US-led naval coalition", date_mod="START"),
            E("Russia hosts a Houthi delegation in Moscow", "CONSULT", ["Russia"], "2024-06", "text", "occurred",
              "Russia has hosted Houthi delegations", date_mod="END"),
            E("Zelensky addresses the UN Security Council", "CONSULT", ["Volodymyr Zelensky", "United Nations"],
              "2024-09-24", "text", "occurred", "Speaking at the UN Security Council"),
            E("Zelensky: Russia's partnerships with Iran and North Korea show it can only be forced into peace",
              "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2024-09-24", "text", "occurred",
              "Speaking at the UN Security Council"),
            E("Iran supplies Russia with short-range ballistic missiles", "AID", ["Russia"], "2024-SU", "text",
              "occurred", "Ukraine's military intelligence has said", date_mod="START"),
            E("Saudi Arabia hosts Lavrov for talks with Gulf ministers", "CONSULT", ["Saudi Arabia", "Sergey Lavrov"],
              "2024-09", "text", "occurred", "Riyadh has sought to keep lines open"),
            E("Saudi Arabia offers to mediate further prisoner exchanges", "REQUEST",
              ["Saudi Arabia", "Russia", "Ukraine"], "2024-09-25", "published", "occurred",
              "The Kingdom has also offered to mediate"),
            E("Informal truce between Saudi Arabia and the Houthis", "RETREAT", ["Saudi Arabia"], "2022-04", "text",
              "occurred", "have observed an informal truce", date_mod="START"),
        ],
        [
            S("Dmitry Peskov", "The report is another fake; Russia complies with its international obligations",
              "2024-09-25", "text", "Kremlin spokesman Dmitry Peskov on Wednesday"),
            S("Kremlin", "Putin and the crown prince discussed OPEC+ coordination and the Middle East", "2024-09-19",
              "context", "last spoke by phone on Sept. 19"),
            S("Volodymyr Zelensky", "Russia's partnerships with Iran and North Korea show Moscow can only be forced "
              "into peace", "2024-09-24", "text", "Speaking at the UN Security Council"),
            S("Ukraine", "Military intelligence: Iran supplies Russia with Shahed drones and ballistic missiles",
              "2024-09-25", "published", "Ukraine's military intelligence has said"),
        ],
        ["Saudi Arabia", "Vladimir Putin", "United States", "Russia", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky", "United Nations", "Ukraine", "Sergey Lavrov"],
    ),
    doc(
        "b105en04_sybiha_damascus_2024_12", "2024-12-31", EN04,
        [
            T("Monday", "DATE", "2024-12-30", 0),
            T("three weeks ago", "DATE", "2024-W50"),
            T("June 2022", "DATE", "2022-06"),
            T("early next year", "DATE", "2025", mod="START"),
            T("Sunday", "DATE", "2024-12-29"),
            T("nightly", "SET", "P1D"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("2015", "DATE", "2015"),
            T("Monday", "DATE", "2024-12-30", 1),
            T("last week", "DATE", "2024-W52"),
            T("Dec. 8", "DATE", "2024-12-08"),
            T("Nov. 27", "DATE", "2024-11-27"),
            T("60 days", "DURATION", "P60D"),
        ],
        [
            E("Sybiha meets Syria's de facto leader al-Sharaa in Damascus", "CONSULT", ["Andrii Sybiha"],
              "2024-12-30", "text", "occurred", "met Syria's new de facto leader"),
            E("Sybiha received by the caretaker foreign minister al-Shaibani", "CONSULT", ["Andrii Sybiha"],
              "2024-12-30", "context", "occurred", "Sybiha, who was also received"),
            E("Ukraine and Syria agree to restore diplomatic relations", "AGREE", ["Andrii Sybiha", "Ukraine"],
              "2024-12-30", "context", "planned", "Sybiha, who was also received"),
            E("Kyiv cuts ties with Damascus", "SANCTION", ["Ukraine"], "2022-06", "text", "occurred",
              "Kyiv cut ties with Damascus"),
            E("Sybiha demands an end to Russia's military presence in Syria", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2024-12-30", "context", "occurred", "Russia's military presence in Syria must end"),
            E("Sybiha offers help with demining and reconstruction", "AID", ["Andrii Sybiha"], "2024-12-30",
              "context", "planned", "He said Ukraine and Syria shared"),
            E("Sybiha invites al-Shaibani to visit Kyiv", "REQUEST", ["Andrii Sybiha"], "2024-12-30", "context",
              "occurred", "he had invited al-Shaibani"),
            E("Al-Shaibani's visit to Kyiv", "CONSULT", ["Ukraine"], "2025", "text", "planned",
              "he had invited al-Shaibani", date_mod="START"),
            E("500 tons of Ukrainian wheat flour arrive in Latakia", "AID", ["Ukraine"], "2024-12-29", "text",
              "occurred", "The minister's trip followed the arrival"),
            E("Zelensky: further shipments will follow", "AID", ["Volodymyr Zelensky"], "FUTURE_REF", "vague",
              "planned", "further shipments would follow"),
            E("Russia uses the Tartus and Hmeimim bases", "MOBILIZE", ["Russia"], "2015", "text", "occurred",
              "Moscow is seeking to keep its naval base", date_mod="START"),
            E("Lavrov insists Russia's presence helps stability", "REQUEST", ["Sergey Lavrov"], "2024-W52", "text",
              "occurred", "Foreign Minister Sergey Lavrov last week"),
            E("Russia grants Assad asylum", "SUPPORT", ["Russia"], "2024-12-08", "context", "occurred",
              "Assad fled to Moscow on Dec. 8"),
            E("The US and France broker the Israel–Hezbollah ceasefire", "AGREE", ["United States", "France"],
              "2024-11-27", "context", "occurred", "The ceasefire, brokered by the United States and France",
              note="the truce took effect on 27 November; its parties are not canonical"),
        ],
        [
            S("Andrii Sybiha", "The two countries agreed to restore relations as soon as the new authorities are ready",
              "2024-12-30", "context", "Sybiha, who was also received"),
            S("Andrii Sybiha", "Russia's military presence in Syria must end", "2024-12-30", "context",
              "Russia's military presence in Syria must end"),
            S("Andrii Sybiha", "Ukraine and Syria share the experience of Russian airstrikes; offers help with "
              "demining", "2024-12-30", "context", "He said Ukraine and Syria shared"),
            S("Volodymyr Zelensky", "Further flour shipments will follow in the coming weeks", "2024-12-31",
              "published", "further shipments would follow"),
            S("Dmitry Peskov", "No decisions have been made; Russia remains in contact with Damascus", "2024-12-30",
              "text", "Kremlin spokesman Dmitry Peskov said on Monday"),
            S("Sergey Lavrov", "The bases are for the Syrian people to decide; Russia's presence helps stability",
              "2024-W52", "text", "Foreign Minister Sergey Lavrov last week"),
            S("Kremlin", "Assad has been granted asylum", "2024-12-08", "context", "Assad fled to Moscow on Dec. 8"),
        ],
        ["Andrii Sybiha", "Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Sergey Lavrov",
         "United States", "France"],
    ),
    doc(
        "b105en05_araghchi_putin_ceasefire_2025_06", "2025-06-24", EN05,
        [
            T("Monday", "DATE", "2025-06-23", 0),
            T("the early hours of Sunday", "TIME", "2025-06-21TNI", note="night of 21 to 22 June (Iran time)"),
            T("Monday evening", "TIME", "2025-06-23TEV"),
            T("Tuesday morning", "TIME", "2025-06-24TMO"),
            T("Tuesday", "DATE", "2025-06-24", 1),
            T("two-day", "DURATION", "P2D"),
            T("Sunday", "DATE", "2025-06-22", 1),
            T("Monday", "DATE", "2025-06-23", 2),
            T("Tuesday", "DATE", "2025-06-24", 2),
            T("Tuesday evening", "TIME", "2025-06-24TEV"),
            T("Wednesday", "DATE", "2025-06-25"),
        ],
        [
            E("Putin receives Araghchi at the Kremlin", "CONSULT", ["Vladimir Putin"], "2025-06-23", "text",
              "occurred", "Vladimir Putin received Iran's Foreign Minister"),
            E("Putin calls the strikes on Iran's nuclear sites unprovoked aggression", "ACCUSE",
              ["Vladimir Putin", "United States"], "2025-06-23", "text", "occurred",
              "Vladimir Putin received Iran's Foreign Minister"),
            E("US bombers strike Fordow, Natanz and Isfahan", "ASSAULT", ["United States"], "2025-06-21TNI", "text",
              "occurred", "The meeting came a day after American bombers"),
            E("Iran fires missiles at the Al Udeid base in Qatar", "ASSAULT", ["Qatar", "United States"],
              "2025-06-23TEV", "text", "occurred", "On Monday evening Iran fired missiles"),
            E("Qatar condemns the attack and reserves the right to respond", "ACCUSE", ["Qatar"], "2025-06-23TEV",
              "context", "occurred", "Qatar condemned the attack"),
            E("Trump announces an Israel–Iran ceasefire brokered with Qatar's help", "AGREE",
              ["Donald Trump", "Qatar"], "2025-06-23TNI", "context", "occurred", "Hours later, President Donald Trump",
              note="'Hours later' after the Monday evening attack"),
            E("Trump accuses both sides of breaching the truce", "ACCUSE", ["Donald Trump"], "2025-06-24TMO", "text",
              "occurred", "On Tuesday morning Mr Trump accused"),
            E("Starmer welcomes the ceasefire", "SUPPORT", ["Keir Starmer", "Donald Trump"], "2025-06-24", "text",
              "occurred", "Sir Keir Starmer welcomed the ceasefire"),
            E("Starmer urges Tehran to return to nuclear negotiations", "REQUEST", ["Keir Starmer"], "2025-06-24",
              "text", "occurred", "Sir Keir Starmer welcomed the ceasefire"),
            E("Nato summit in The Hague to agree a 5 per cent defence target", "AGREE", ["NATO", "Keir Starmer"],
              "2025-06-24", "published", "planned", "The Prime Minister is in The Hague",
              note="the summit runs on 24 and 25 June"),
            E("Medvedev: countries are ready to supply Iran with nuclear warheads", "THREATEN", ["Russia"],
              "2025-06-22", "text", "occurred", "Former president Dmitry Medvedev"),
            E("Trump hits back at Medvedev", "ACCUSE", ["Donald Trump", "Russia"], "2025-06-22", "context",
              "occurred", "Mr Trump hit back on social media"),
            E("Zelensky warns that the Middle East must not draw Patriot missiles away from Ukraine", "REQUEST",
              ["Volodymyr Zelensky"], "2025-06-24", "context", "occurred", "who arrived in The Hague on Tuesday"),
            E("Zelensky at the dinner for Nato leaders", "CONSULT", ["Volodymyr Zelensky", "NATO"], "2025-06-24TEV",
              "text", "planned", "He is due to attend a dinner"),
            E("Zelensky hopes to meet Trump", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-06-25",
              "text", "uncertain", "He is due to attend a dinner"),
        ],
        [
            S("Vladimir Putin", "The strikes on Iran are absolutely unprovoked aggression", "2025-06-23", "text",
              "Vladimir Putin received Iran's Foreign Minister"),
            S("Vladimir Putin", "Russia is ready to help the Iranian people", "2025-06-23", "context",
              "Russia was ready to help"),
            S("Qatar", "The attack is a flagrant violation of Qatar's sovereignty; it reserves the right to respond",
              "2025-06-23TEV", "context", "Qatar condemned the attack"),
            S("Donald Trump", "Announces a ceasefire between Israel and Iran", "2025-06-23TNI", "context",
              "Hours later, President Donald Trump"),
            S("Donald Trump", "Both sides breached the truce, but it is in effect", "2025-06-24TMO", "text",
              "On Tuesday morning Mr Trump accused"),
            S("Keir Starmer", "Welcomes the ceasefire; Tehran should return to nuclear negotiations", "2025-06-24",
              "text", "Sir Keir Starmer welcomed the ceasefire"),
            S("Russia", "Medvedev: a number of countries are ready to supply Iran with nuclear warheads", "2025-06-22",
              "text", "Former president Dmitry Medvedev"),
            S("Donald Trump", "Asks whether Medvedev really used the N word", "2025-06-22", "context",
              "Mr Trump hit back on social media"),
            S("Dmitry Peskov", "Moscow's position is the one stated by Putin", "2025-06-23", "text",
              "Kremlin spokesman Dmitry Peskov said on Monday"),
            S("Volodymyr Zelensky", "Iran gave Russia the Shaheds; the Middle East must not draw Patriots away from "
              "Ukraine", "2025-06-24", "context", "who arrived in The Hague on Tuesday"),
        ],
        ["Vladimir Putin", "Kremlin", "United States", "Qatar", "Donald Trump", "Keir Starmer", "NATO", "Russia",
         "Dmitry Peskov", "Volodymyr Zelensky", "Ukraine"],
    ),
    doc(
        "b105en06_gcc_russia_riyadh_2024_09", "2024-09-10", EN06,
        [
            T("Sept 10", "DATE", "2024-09-10"),
            T("Monday", "DATE", "2024-09-09"),
            T("2022", "DATE", "2022"),
            T("Tuesday", "DATE", "2024-09-10"),
            T("November", "DATE", "2024-11"),
            T("Sunday", "DATE", "2024-09-08"),
            T("2025", "DATE", "2025"),
            T("2011", "DATE", "2011"),
        ],
        [
            E("GCC and Russia call for a political settlement in Ukraine and a Gaza ceasefire", "REQUEST",
              ["Russia", "Saudi Arabia", "Qatar"], "2024-09-09", "text", "occurred",
              "Foreign ministers of the Gulf Cooperation Council"),
            E("Eighth GCC–Russia joint ministerial meeting in Riyadh", "CONSULT",
              ["Saudi Arabia", "Sergey Lavrov", "Russia", "Qatar"], "2024-09-09", "context", "occurred",
              "The meeting was chaired by Saudi Foreign Minister"),
            E("Gulf mediation has helped free hundreds of prisoners of war", "CONSULT",
              ["Russia", "Ukraine", "Saudi Arabia", "Qatar"], "2022", "text", "occurred",
              "In their joint statement", date_mod="START"),
            E("Ministers demand humanitarian access to Gaza and a halt to attacks on Red Sea shipping", "REQUEST",
              ["Russia", "Saudi Arabia", "Qatar"], "2024-09-09", "context", "occurred",
              "They also demanded unhindered humanitarian access"),
            E("Lavrov accuses Western countries of dragging out the war", "ACCUSE", ["Sergey Lavrov"], "2024-09-09",
              "context", "occurred", "Lavrov told reporters after the meeting"),
            E("Lavrov: Russia open to talks that account for the realities on the ground", "AGREE", ["Sergey Lavrov"],
              "2024-09-09", "context", "occurred", "He said Russia remained open to talks"),
            E("Lavrov's condition: talks must account for the realities on the ground", "REQUEST", ["Sergey Lavrov", "Ukraine"], "2024-09-09",
              "context", "occurred", "He said Russia remained open to talks"),
            E("Lavrov meets Prince Faisal", "CONSULT", ["Sergey Lavrov", "Saudi Arabia"], "2024-09-09", "context",
              "occurred", "On the sidelines, Lavrov held separate talks"),
            E("Lavrov meets Qatar's minister of state on the return of Ukrainian children", "CONSULT",
              ["Sergey Lavrov", "Qatar"], "2024-09-09", "context", "occurred", "On the sidelines, Lavrov held separate talks"),
            E("Iran to summon the Russian ambassador over the islands clause", "ACCUSE", ["Russia"], "2024-09-10",
              "published", "uncertain", "Tehran reacted angrily"),
            E("Sybiha counts on the Gulf states to attend a second peace summit", "REQUEST", ["Andrii Sybiha"],
              "2024-09-10", "text", "occurred", "the newly appointed Foreign Minister Andrii Sybiha"),
            E("Second peace summit", "CONSULT", ["Ukraine"], "2024-11", "text", "planned",
              "the newly appointed Foreign Minister Andrii Sybiha"),
            E("Sybiha–Prince Faisal phone call", "CONSULT", ["Andrii Sybiha", "Saudi Arabia"], "2024-09-08", "text",
              "occurred", "He had spoken with Prince Faisal"),
            E("Next GCC–Russia meeting in Moscow", "CONSULT", ["Russia", "Saudi Arabia", "Qatar"], "2025", "text",
              "planned", "The ministers agreed to hold their next meeting"),
            E("GCC–Russia strategic dialogue launched", "COOPERATE", ["Russia", "Saudi Arabia", "Qatar"], "2011",
              "text", "occurred", "The GCC-Russia strategic dialogue was launched"),
        ],
        [
            S("Joint statement: Russia, Saudi Arabia, Qatar", "Respect for sovereignty and territorial integrity; "
              "welcome for Gulf mediation", "2024-09-09", "context", "In their joint statement"),
            S("Sergey Lavrov", "Moscow values the balanced position of the Gulf states; the West is dragging out the "
              "war", "2024-09-09", "context", "Lavrov told reporters after the meeting"),
            S("Sergey Lavrov", "Russia is open to talks that take into account the realities on the ground",
              "2024-09-09", "context", "He said Russia remained open to talks"),
            S("Andrii Sybiha", "Ukraine counts on the Gulf states to attend a second peace summit", "2024-09-10",
              "text", "the newly appointed Foreign Minister Andrii Sybiha"),
            S("Ukraine", "Sybiha spoke with Prince Faisal by phone on Sunday", "2024-09-10", "published",
              "He had spoken with Prince Faisal"),
        ],
        ["Russia", "United Nations", "Saudi Arabia", "Sergey Lavrov", "Qatar", "Ukraine", "Andrii Sybiha"],
    ),
]
