"""English articles of the blind86 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b86en01 (The Dallas Morning News)
EN01 = """
Trump gives Putin until end of February to accept cease-fire, threatens tariffs on buyers of Russian oil

WASHINGTON — President Donald Trump on Monday gave Russian President Vladimir Putin until the end of February to agree to a cease-fire in Ukraine, warning that countries buying Russian oil would otherwise face steep U.S. tariffs.
"I've been very patient, but patience runs out," Trump told reporters in the Oval Office.
He said he would impose tariffs of up to 25% on goods from any country that keeps buying Russian crude after the deadline, naming China and India.

U.S., Russian and Ukrainian negotiators are due to meet in Lisbon, Portugal, on Jan. 26 and 27.
The last round, held in Abu Dhabi in early December, ended without a deal.
Secretary of State Marco Rubio said Tuesday the Lisbon talks were "on track" and that he would lead the U.S. delegation together with special envoy Steve Witkoff.

Kremlin spokesman Dmitry Peskov said Tuesday that Moscow "does not accept the language of ultimatums" but remained committed to the Lisbon talks.
Foreign Minister Sergey Lavrov went further on Wednesday, accusing Washington of trying to "dictate the outcome before the first handshake."

Ukrainian President Volodymyr Zelenskyy welcomed the deadline in his nightly address Monday, saying "pressure is the only argument Moscow understands."
Ukraine's chief negotiator, Rustem Umerov, is due in Washington on Thursday to coordinate positions with Witkoff.
European Union foreign policy chief Kaja Kallas said the 27-nation bloc was preparing a 23rd package of sanctions, to be proposed in the coming weeks, "so that Moscow feels the same pressure from Europe."

The threat reverberated in Texas, where exporters of liquefied natural gas have sold more cargoes to Europe since Russian pipeline supplies dried up.
U.S. Sen. John Cornyn, R-Texas, said in a statement Tuesday that the tariffs would "put the squeeze on Putin's war chest" and urged the administration to follow through.
Shares of Houston-based LNG exporters rose in Tuesday trading, and Brent crude, the international benchmark, gained 2.1% to $78.40 a barrel.
"""

# ---------------------------------------------------------------- b86en02 (Ottawa Citizen)
EN02 = """
Putin tells Trump Russia will show up in Lisbon as Canada hosts allies' call

Russian President Vladimir Putin assured U.S. President Donald Trump in a phone call Tuesday that a Russian delegation will travel to Lisbon next week for talks with Ukraine, the Kremlin said.
The call, which lasted about 90 minutes, was the first between the two leaders since December.
The talks were originally scheduled for Jan. 26 and 27 but were pushed back at Moscow's request last week.

Kremlin aide Yuri Ushakov told reporters that Putin had proposed a mutual halt to strikes on energy facilities for as long as the negotiations last.
Trump called it "a very good idea" in a post on Truth Social late Tuesday and said he expected "real progress" in Portugal.
Ushakov said Moscow still insisted that the "root causes" of the conflict be on the agenda, and that presidential aide Vladimir Medinsky would again head the Russian team.

Ukrainian President Volodymyr Zelenskyy said Wednesday that Kyiv was ready to stop striking Russian refineries if Moscow halted its attacks on Ukraine's power grid, but only under international monitoring.
He also accused Moscow of using the delay to stockpile missiles for new attacks on cities.
Russia has launched more than 400 drones and 30 missiles at Ukrainian energy sites since the start of January, according to Ukraine's Energy Ministry.

In Ottawa, Foreign Affairs Minister Anita Anand hosted a virtual meeting of foreign ministers from the so-called coalition of the willing on Wednesday, with Ukraine's Andrii Sybiha and EU foreign policy chief Kaja Kallas taking part.
Anand announced $200 million in new Canadian funding for air-defence systems for Ukraine bought through NATO's PURL program.
Sybiha thanked Canada and urged allies to "keep the pressure on" ahead of Lisbon.
Kallas said Europe must have "a seat at the table" when security guarantees are discussed.

Prime Minister Mark Carney spoke with Zelenskyy by phone Tuesday, his office said.
Kremlin spokesman Dmitry Peskov on Thursday dismissed the Ottawa meeting as "a gathering of those who want the war to continue."
Members of Ottawa's Ukrainian community plan a vigil on Parliament Hill on Saturday evening.
"""

# ---------------------------------------------------------------- b86en03 (The Portugal News)
EN03 = """
Lisbon talks called off as Russia pulls out at the last minute

The peace talks between the United States, Russia and Ukraine that were due to open in Lisbon on Tuesday did not take place after Moscow withdrew its delegation.
Kremlin spokesman Dmitry Peskov announced on Monday that the Russian team would not travel "under the current circumstances", citing a Ukrainian drone attack on a military airfield in the Saratov region over the weekend.

Prime Minister Luís Montenegro said on Monday evening that he deeply regretted the decision, but that Portugal's offer to host the talks "remains on the table".
Foreign Minister Paulo Rangel said the Palácio das Necessidades had been ready to receive about 120 delegates and that security preparations by the PSP had been completed "down to the last detail".
Several hotels in the Lapa district reported cancellations worth an estimated €1.5 million.

US Secretary of State Marco Rubio called the Russian decision "regrettable" on Monday but insisted the talks were "postponed, not dead".
He said he had spoken to Russian Foreign Minister Sergey Lavrov by phone that day and told him Washington expected a new date within weeks.
President Donald Trump, asked on Tuesday whether he would bring forward his deadline, said Putin still had "until the end of the month" to agree to a ceasefire.
Special envoy Steve Witkoff is expected in Moscow next week, according to the White House.

Ukraine's delegation, led by Rustem Umerov, had arrived in Lisbon on Sunday and met Rangel on Monday before flying home on Tuesday morning.
President Volodymyr Zelensky accused Russia on Monday of "looking for any excuse to avoid a ceasefire".
Turkish President Recep Tayyip Erdoğan offered on Wednesday to host the talks in Istanbul instead, during a phone call with Putin.

For Lisbon, the collapse is a blow to its ambition to become a venue for international mediation.
The city hosted a NATO summit in 2010, and the EU's Lisbon Treaty was signed in the Jerónimos Monastery in 2007.
"It would have been an honour for Portugal," Rangel said, adding that the government would "keep the door open".
"""

# ---------------------------------------------------------------- b86en04 (The Canberra Times)
EN04 = """
Trump's oil tariffs to bite from March 15 as Vatican sets date for Ukraine talks

US President Donald Trump has ordered 25 per cent tariffs on goods from countries that buy Russian oil, after the deadline he gave Vladimir Putin to agree to a ceasefire in Ukraine passed on Sunday.
Mr Trump signed the order on Monday; the tariffs take effect on March 15 "unless Putin gets serious", he told reporters.
He spoke by phone with Ukrainian President Volodymyr Zelensky on Tuesday evening, the White House said.

The Holy See said on Tuesday that negotiators from the United States, Russia and Ukraine would meet at the Vatican on March 22 and 23.
It will be the first round since talks planned for Lisbon collapsed a month ago, when Moscow withdrew its delegation at the last minute.
Pope Leo XIV will receive the heads of the three delegations at the opening session, the Vatican press office said.

Kremlin spokesman Dmitry Peskov confirmed on Wednesday that Russia would attend, but called the US tariffs "illegitimate pressure that will not work".
He said Mr Putin's demand that Ukraine withdraw from the Donetsk region within 30 days "remains in force".
Ukrainian Foreign Minister Andrii Sybiha said Kyiv would go to the Vatican "without preconditions" and thanked Mr Trump for "keeping his word".

China's foreign ministry said on Tuesday it "firmly opposes" the tariffs and would "take necessary measures to protect its legitimate rights".
China and India together bought more than 60 per cent of Russia's seaborne crude exports last year, according to shipping data.

In Canberra, Foreign Minister Penny Wong on Wednesday announced sanctions on 40 more tankers of Russia's so-called shadow fleet, taking the number listed by Australia to more than 200.
Senator Wong said Australia "stands with Ukraine" and would keep working with partners "to choke off the revenue that funds this war".
Australian coal and LNG producers, who also sell heavily to China and India, were watching for any knock-on effects, industry groups said.
"""

# ---------------------------------------------------------------- b86en05 (The Press and Journal)
EN05 = """
Hope for north-east family as Geneva talks agree to swap all prisoners of war

Russia and Ukraine have agreed to exchange all prisoners of war in stages, bringing fresh hope to an Aberdeen family whose relative has been held in Russia for more than three years.
The deal was struck on Tuesday evening at the end of two days of talks between US, Russian and Ukrainian negotiators in Geneva.
The exchange is to be completed by Orthodox Easter on May 2, with the first 500 prisoners from each side to be swapped within three weeks.
Negotiators also set up working groups on humanitarian issues and on energy infrastructure, but failed to agree on a ceasefire.

Russia's chief negotiator, Vladimir Medinsky, told reporters that a truce was only possible once Ukrainian troops had left the Donetsk region.
His Ukrainian counterpart, Rustem Umerov, said Kyiv "will not trade land for a pause in the killing".
US Secretary of State Marco Rubio, who met Russian Foreign Minister Sergey Lavrov on the sidelines on Monday, said on Tuesday that the next round would be held in mid-April, with the venue still to be decided.

Moscow's 30-day ultimatum for a Ukrainian withdrawal from Donetsk ran out on Thursday.
Ukraine's foreign ministry dismissed it as "an empty threat from a country that cannot win on the battlefield".
Kremlin spokesman Dmitry Peskov said that day the army would "draw the necessary conclusions", while insisting Russia would honour the Geneva deal on prisoners.
Overnight, Russian drones struck the city of Dnipro, killing two people, regional officials said.

Sir Keir Starmer welcomed the agreement in the Commons on Wednesday as "a glimmer of light" and urged Moscow to accept an unconditional ceasefire.
The Prime Minister spoke to Mr Zelensky by phone later that day.
Downing Street said Britain would give £5 million to the International Committee of the Red Cross to help carry out the exchanges.

In Aberdeen, Olha Kravchenko has not heard from her brother Dmytro, a marine captured near Avdiivka in February 2024, for more than a year.
"Every time talks are cancelled, it breaks your heart a little more," she said.
"This time I am letting myself hope."
"""

# ---------------------------------------------------------------- b86en06 (Otago Daily Times)
EN06 = """
Putin-Zelensky summit off the table for May, Kremlin says

Hopes of a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky this month have faded.
Kremlin aide Yuri Ushakov told reporters in Moscow on Wednesday that such a meeting was "not on the agenda for May" because the negotiators had "not yet done their work".
Turkish President Recep Tayyip Erdoğan had said last month that the two leaders could meet in Istanbul in May.

US President Donald Trump on Tuesday gave Mr Putin two weeks to agree to a meeting with Mr Zelensky, threatening otherwise to double his tariffs on buyers of Russian oil to 50 per cent.
The 25 per cent tariffs, in force since mid-March, have failed to shift Moscow's position.
Kremlin spokesman Dmitry Peskov said on Wednesday that Russia "does not respond to ultimatums, whoever sets them".
Mr Zelensky said on Wednesday that Mr Putin was "hiding from a meeting because he has nothing to offer but ultimatums".

The talks between negotiators in Istanbul on April 27 and 28 did produce a 30-day moratorium on strikes on energy infrastructure, which took effect on Saturday.
On the same day, the two sides exchanged 700 prisoners each, the second stage of the all-for-all swap agreed in Geneva in March.
But Ukraine's energy ministry accused Russia of breaking the moratorium with a drone strike on a substation in the Kharkiv region on Thursday morning.
Moscow denied the charge.

Mr Erdoğan said on Thursday that Turkey's offer to host both leaders "stands, whether in May, June or later".
Pope Leo XIV, who received Mr Zelensky at the Vatican on Monday, has also offered to host a summit.

In Wellington, Foreign Minister Winston Peters on Thursday announced NZ$5 million to help repair Ukraine's power grid, along with travel bans on 20 more Russian officials.
Mr Peters said New Zealand welcomed "every step towards peace, but peace cannot be dictated by the aggressor".
Members of Dunedin's Ukrainian community are planning a concert in the Octagon on Sunday to raise money for generators.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b86en01_trump_deadline_oil_tariffs_2027_01", "2027-01-13", EN01,
        [
            T("end of February", "DATE", "2027-02", mod="END"),
            T("Monday", "DATE", "2027-01-11", 0),
            T("the end of February", "DATE", "2027-02", mod="END"),
            T("Jan. 26", "DATE", "2027-01-26"),
            T("27", "DATE", "2027-01-27"),
            T("early December", "DATE", "2026-12", mod="START"),
            T("Tuesday", "DATE", "2027-01-12", 0),
            T("Tuesday", "DATE", "2027-01-12", 1),
            T("Wednesday", "DATE", "2027-01-13"),
            T("nightly", "SET", "P1D"),
            T("Monday", "DATE", "2027-01-11", 1),
            T("Thursday", "DATE", "2027-01-14"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2027-01-12", 2),
            T("Tuesday", "DATE", "2027-01-12", 3),
        ],
        [
            E("Trump gives Putin until the end of February to agree to a cease-fire, threatening tariffs on buyers "
              "of Russian oil", "THREATEN", ["Donald Trump", "Vladimir Putin"], "2027-01-11", "text", "occurred",
              "President Donald Trump on Monday gave", note="deadline end of February 2027"),
            E("U.S.–Russia–Ukraine talks in Lisbon on Jan. 26–27", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-01-26", "text", "planned", "are due to meet in Lisbon", note="26–27 January 2027"),
            E("Last round in Abu Dhabi", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-12", "text",
              "occurred", "The last round, held in Abu Dhabi", date_mod="START"),
            E("Abu Dhabi round ends without a deal", "REJECT", ["Russia", "Ukraine"], "2026-12", "text", "occurred",
              "The last round, held in Abu Dhabi", date_mod="START"),
            E("Peskov: Moscow does not accept ultimatums", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2027-01-12",
              "text", "occurred", "does not accept the language of ultimatums"),
            E("Peskov: Moscow remains committed to the Lisbon talks", "AGREE", ["Dmitry Peskov", "United States"],
              "2027-01-12", "context", "occurred", "does not accept the language of ultimatums"),
            E("Lavrov accuses Washington of trying to dictate the outcome", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2027-01-13", "text", "occurred", "Lavrov went further on Wednesday"),
            E("Zelenskyy welcomes the deadline", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"], "2027-01-11",
              "text", "occurred", "welcomed the deadline in his nightly address"),
            E("Umerov to meet Witkoff in Washington", "CONSULT", ["Rustem Umerov", "Steve Witkoff"], "2027-01-14", "text",
              "planned", "is due in Washington on Thursday"),
            E("EU preparing a 23rd sanctions package", "SANCTION", ["European Union", "Russia"], "FUTURE_REF", "vague",
              "planned", "was preparing a 23rd package of sanctions"),
        ],
        [
            S("Donald Trump", "Gives Putin until the end of February to agree to a cease-fire or face tariffs on oil "
              "buyers", "2027-01-11", "text", "President Donald Trump on Monday gave"),
            S("Donald Trump", "'I've been very patient, but patience runs out'", "2027-01-11", "context",
              "patience runs out"),
            S("Donald Trump", "Tariffs of up to 25% on any country buying Russian crude after the deadline, naming "
              "China and India", "2027-01-11", "context", "He said he would impose tariffs"),
            S("Marco Rubio", "The Lisbon talks are on track; he will lead the U.S. delegation with Witkoff",
              "2027-01-12", "text", "Secretary of State Marco Rubio said Tuesday"),
            S("Dmitry Peskov", "Moscow does not accept ultimatums but remains committed to the Lisbon talks",
              "2027-01-12", "text", "does not accept the language of ultimatums"),
            S("Sergey Lavrov", "Washington is trying to dictate the outcome before the first handshake", "2027-01-13",
              "text", "Lavrov went further on Wednesday"),
            S("Volodymyr Zelensky", "Pressure is the only argument Moscow understands", "2027-01-11", "text",
              "welcomed the deadline in his nightly address"),
            S("Kaja Kallas", "The EU is preparing a 23rd sanctions package so that Moscow feels the same pressure "
              "from Europe", "2027-01-13", "published", "was preparing a 23rd package of sanctions"),
        ],
        ["Donald Trump", "Vladimir Putin", "Russia", "United States", "China", "Ukraine", "Marco Rubio",
         "Steve Witkoff", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "Volodymyr Zelensky", "Rustem Umerov",
         "European Union", "Kaja Kallas"],
    ),
    doc(
        "b86en02_putin_trump_call_ottawa_2027_01", "2027-01-28", EN02,
        [
            T("Tuesday", "DATE", "2027-01-26", 0),
            T("next week", "DATE", "2027-W05"),
            T("about 90 minutes", "DURATION", "PT90M", mod="APPROX"),
            T("December", "DATE", "2026-12"),
            T("Jan. 26", "DATE", "2027-01-26"),
            T("27", "DATE", "2027-01-27"),
            T("last week", "DATE", "2027-W03"),
            T("late Tuesday", "TIME", "2027-01-26TNI"),
            T("Wednesday", "DATE", "2027-01-27", 0),
            T("the start of January", "DATE", "2027-01", mod="START"),
            T("Wednesday", "DATE", "2027-01-27", 1),
            T("Tuesday", "DATE", "2027-01-26", 2),
            T("Thursday", "DATE", "2027-01-28"),
            T("Saturday evening", "TIME", "2027-01-30TEV"),
        ],
        [
            E("Putin–Trump phone call", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2027-01-26", "text", "occurred",
              "assured U.S. President Donald Trump in a phone call Tuesday"),
            E("Putin assures Trump a Russian delegation will go to Lisbon", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2027-01-26", "context", "occurred", "assured U.S. President Donald Trump in a phone call Tuesday"),
            E("Talks with Ukraine in Lisbon next week", "CONSULT", ["Russia", "Ukraine", "United States"], "2027-W05",
              "text", "planned", "assured U.S. President Donald Trump in a phone call Tuesday",
              note="rescheduled for 2–3 February 2027"),
            E("Previous Trump–Putin call in December", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-12", "text",
              "occurred", "the first between the two leaders since December"),
            E("Lisbon talks of Jan. 26–27 postponed", "CONSULT", ["Russia", "Ukraine", "United States"], "2027-01-26",
              "text", "cancelled", "The talks were originally scheduled", note="pushed back a week, to 2–3 February"),
            E("Moscow asks for the postponement", "REQUEST", ["Russia", "United States"], "2027-W03", "text",
              "occurred", "The talks were originally scheduled"),
            E("Putin proposes a mutual halt to strikes on energy facilities during the talks", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2027-01-26", "context", "occurred", "Putin had proposed a mutual halt"),
            E("Ushakov insists on the 'root causes' being on the agenda", "REQUEST",
              ["Yuri Ushakov", "United States", "Ukraine"], "2027-01-26", "context", "occurred",
              "Moscow still insisted"),
            E("Trump welcomes Putin's proposal", "SUPPORT", ["Donald Trump", "Vladimir Putin"], "2027-01-26TNI", "text",
              "occurred", "Trump called it"),
            E("Zelenskyy ready to stop strikes on refineries if Russia stops hitting the grid", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2027-01-27", "text", "occurred", "Kyiv was ready to stop striking"),
            E("Zelenskyy demands international monitoring", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2027-01-27",
              "context", "occurred", "Kyiv was ready to stop striking"),
            E("Zelenskyy accuses Moscow of using the delay to stockpile missiles", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2027-01-27", "context", "occurred", "He also accused Moscow"),
            E("Russian drone and missile strikes on Ukrainian energy sites since early January", "ASSAULT",
              ["Russia", "Ukraine"], "2027-01", "text", "occurred", "Russia has launched more than 400 drones",
              date_mod="START"),
            E("Virtual meeting of coalition foreign ministers hosted by Canada", "CONSULT",
              ["Andrii Sybiha", "Kaja Kallas"], "2027-01-27", "text", "occurred", "hosted a virtual meeting"),
            E("Canada gives $200 million for air defence for Ukraine through PURL", "AID", ["Ukraine", "NATO"],
              "2027-01-27", "context", "occurred", "Anand announced $200 million"),
            E("Sybiha thanks Canada", "SUPPORT", ["Andrii Sybiha"], "2027-01-27", "context", "occurred",
              "Sybiha thanked Canada"),
            E("Sybiha urges allies to keep the pressure on Russia", "REQUEST", ["Andrii Sybiha", "Russia"],
              "2027-01-27", "context", "occurred", "Sybiha thanked Canada"),
            E("Kallas demands a seat at the table for Europe", "REQUEST", ["Kaja Kallas", "United States"],
              "2027-01-27", "context", "occurred", "a seat at the table"),
            E("Carney–Zelenskyy phone call", "CONSULT", ["Volodymyr Zelensky"], "2027-01-26", "text", "occurred",
              "Prime Minister Mark Carney spoke with Zelenskyy"),
            E("Peskov dismisses the Ottawa meeting as a gathering of those who want the war to continue", "ACCUSE",
              ["Dmitry Peskov", "Ukraine", "European Union"], "2027-01-28", "text", "occurred",
              "dismissed the Ottawa meeting"),
        ],
        [
            S("Vladimir Putin, via Kremlin", "A Russian delegation will travel to Lisbon next week", "2027-01-26",
              "context", "assured U.S. President Donald Trump in a phone call Tuesday"),
            S("Vladimir Putin, via Yuri Ushakov", "Putin proposed a mutual halt to strikes on energy facilities while "
              "the talks last", "2027-01-26", "context", "Putin had proposed a mutual halt"),
            S("Yuri Ushakov", "Moscow insists on the 'root causes' on the agenda; Medinsky will head the team",
              "2027-01-26", "context", "Moscow still insisted"),
            S("Donald Trump", "Putin's proposal is 'a very good idea'; expects real progress in Portugal",
              "2027-01-26", "text", "Trump called it"),
            S("Volodymyr Zelensky", "Ready to stop striking Russian refineries if Moscow stops attacking the grid, "
              "under international monitoring", "2027-01-27", "text", "Kyiv was ready to stop striking"),
            S("Volodymyr Zelensky", "Moscow is using the delay to stockpile missiles for new attacks on cities",
              "2027-01-27", "context", "He also accused Moscow"),
            S("Ukraine", "Energy Ministry: more than 400 drones and 30 missiles at energy sites since the start of "
              "January", "2027-01-28", "published", "Russia has launched more than 400 drones"),
            S("Andrii Sybiha", "Thanks Canada; allies must keep the pressure on ahead of Lisbon", "2027-01-27",
              "context", "Sybiha thanked Canada"),
            S("Kaja Kallas", "Europe must have a seat at the table when security guarantees are discussed",
              "2027-01-27", "context", "a seat at the table"),
            S("Dmitry Peskov", "The Ottawa meeting is a gathering of those who want the war to continue", "2027-01-28",
              "text", "dismissed the Ottawa meeting"),
        ],
        ["Vladimir Putin", "Russia", "Donald Trump", "United States", "Kremlin", "Ukraine", "Yuri Ushakov",
         "Vladimir Medinsky", "Volodymyr Zelensky", "Andrii Sybiha", "European Union", "Kaja Kallas", "NATO",
         "Dmitry Peskov"],
    ),
    doc(
        "b86en03_lisbon_talks_called_off_2027_02", "2027-02-05", EN03,
        [
            T("Tuesday", "DATE", "2027-02-02", 0),
            T("Monday", "DATE", "2027-02-01", 0),
            T("the weekend", "DATE", "2027-W04-WE"),
            T("Monday evening", "TIME", "2027-02-01TEV"),
            T("Monday", "DATE", "2027-02-01", 2),
            T("that day", "DATE", "2027-02-01"),
            T("weeks", "DURATION", "PXW"),
            T("Tuesday", "DATE", "2027-02-02", 1),
            T("the end of the month", "DATE", "2027-02", mod="END"),
            T("next week", "DATE", "2027-W06"),
            T("Sunday", "DATE", "2027-01-31"),
            T("Monday", "DATE", "2027-02-01", 3),
            T("Tuesday morning", "TIME", "2027-02-02TMO"),
            T("Monday", "DATE", "2027-02-01", 4),
            T("Wednesday", "DATE", "2027-02-03"),
            T("2010", "DATE", "2010"),
            T("2007", "DATE", "2007"),
        ],
        [
            E("US–Russia–Ukraine talks in Lisbon did not take place after Moscow withdrew", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2027-02-02", "text", "cancelled",
              "that were due to open in Lisbon on Tuesday", note="planned for 2–3 February 2027"),
            E("Peskov blames a Ukrainian drone attack for the withdrawal", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2027-02-01", "context", "occurred", "Kremlin spokesman Dmitry Peskov announced on Monday"),
            E("Ukrainian drone attack on a military airfield in the Saratov region", "ASSAULT", ["Ukraine", "Russia"],
              "2027-W04-WE", "text", "occurred", "Kremlin spokesman Dmitry Peskov announced on Monday"),
            E("Portugal's offer to host the talks stands", "REQUEST", ["Russia", "Ukraine", "United States"],
              "2027-02-01TEV", "text", "occurred", "Prime Minister Luís Montenegro said on Monday evening"),
            E("Rubio calls Russia's decision regrettable", "ACCUSE", ["Marco Rubio", "Russia"], "2027-02-01", "text",
              "occurred", "Marco Rubio called the Russian decision"),
            E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2027-02-01", "text", "occurred",
              "He said he had spoken to Russian Foreign Minister Sergey Lavrov"),
            E("Rubio tells Lavrov Washington expects a new date within weeks", "REQUEST", ["Marco Rubio", "Sergey Lavrov"],
              "2027-02-01", "context", "occurred", "He said he had spoken to Russian Foreign Minister Sergey Lavrov"),
            E("Trump keeps his end-of-February deadline for Putin", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2027-02-02", "text", "occurred", "asked on Tuesday whether he would bring forward his deadline",
              note="deadline end of February 2027, first set on 11 January"),
            E("Witkoff expected in Moscow next week", "CONSULT", ["Steve Witkoff", "Russia"], "2027-W06", "text",
              "planned", "Special envoy Steve Witkoff is expected in Moscow"),
            E("Umerov meets Portugal's foreign minister", "CONSULT", ["Rustem Umerov"], "2027-02-01", "text",
              "occurred", "Ukraine's delegation, led by Rustem Umerov"),
            E("Zelensky accuses Russia of looking for an excuse to avoid a ceasefire", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2027-02-01", "text", "occurred", "President Volodymyr Zelensky accused"),
            E("Erdoğan offers Istanbul as venue", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
              "2027-02-03", "text", "occurred", "offered on Wednesday to host the talks in Istanbul"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2027-02-03", "context",
              "occurred", "offered on Wednesday to host the talks in Istanbul"),
            E("NATO summit in Lisbon", "CONSULT", ["NATO"], "2010", "text", "occurred", "The city hosted a NATO summit"),
            E("EU's Lisbon Treaty signed", "AGREE", ["European Union"], "2007", "text", "occurred",
              "The city hosted a NATO summit"),
        ],
        [
            S("Dmitry Peskov", "The Russian team will not travel under the current circumstances, citing a Ukrainian "
              "drone attack", "2027-02-01", "text", "Kremlin spokesman Dmitry Peskov announced on Monday"),
            S("Marco Rubio", "Russia's decision is regrettable; the talks are postponed, not dead", "2027-02-01", "text",
              "Marco Rubio called the Russian decision"),
            S("Marco Rubio", "Told Lavrov that Washington expects a new date within weeks", "2027-02-01", "context",
              "He said he had spoken to Russian Foreign Minister Sergey Lavrov"),
            S("Donald Trump", "Putin still has until the end of the month to agree to a ceasefire", "2027-02-02",
              "text", "asked on Tuesday whether he would bring forward his deadline"),
            S("White House", "Witkoff is expected in Moscow next week", "2027-02-05", "published",
              "Special envoy Steve Witkoff is expected in Moscow"),
            S("Volodymyr Zelensky", "Russia is looking for any excuse to avoid a ceasefire", "2027-02-01", "text",
              "President Volodymyr Zelensky accused"),
            S("Recep Tayyip Erdoğan", "Offers to host the talks in Istanbul", "2027-02-03", "text",
              "offered on Wednesday to host the talks in Istanbul"),
        ],
        ["United States", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Marco Rubio", "Sergey Lavrov",
         "Donald Trump", "Vladimir Putin", "Steve Witkoff", "White House", "Rustem Umerov", "Volodymyr Zelensky",
         "Recep Tayyip Erdoğan", "NATO", "European Union"],
    ),
    doc(
        "b86en04_oil_tariffs_vatican_date_2027_03", "2027-03-04", EN04,
        [
            T("March 15", "DATE", "2027-03-15", 0),
            T("Sunday", "DATE", "2027-02-28"),
            T("Monday", "DATE", "2027-03-01"),
            T("March 15", "DATE", "2027-03-15", 1),
            T("Tuesday evening", "TIME", "2027-03-02TEV"),
            T("Tuesday", "DATE", "2027-03-02", 1),
            T("March 22", "DATE", "2027-03-22"),
            T("23", "DATE", "2027-03-23"),
            T("a month ago", "DATE", "2027-02"),
            T("Wednesday", "DATE", "2027-03-03", 0),
            T("30 days", "DURATION", "P30D"),
            T("Tuesday", "DATE", "2027-03-02", 2),
            T("last year", "DATE", "2026"),
            T("Wednesday", "DATE", "2027-03-03", 1),
        ],
        [
            E("Trump's 25 per cent tariffs on buyers of Russian oil take effect on March 15", "SANCTION",
              ["Donald Trump", "Russia"], "2027-03-15", "text", "planned", "Mr Trump signed the order on Monday",
              note="order signed on Monday 1 March 2027 after the deadline of 28 February passed"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2027-03-02TEV", "text",
              "occurred", "He spoke by phone with Ukrainian President"),
            E("US–Russia–Ukraine round at the Vatican on March 22–23", "CONSULT",
              ["United States", "Russia", "Ukraine", "Vatican"], "2027-03-22", "text", "planned",
              "would meet at the Vatican on March 22", note="22–23 March 2027"),
            E("Lisbon talks collapsed after Moscow withdrew", "CONSULT", ["United States", "Russia", "Ukraine"], "2027-02",
              "text", "cancelled", "talks planned for Lisbon collapsed", note="planned for 2–3 February 2027"),
            E("Pope Leo XIV to receive the heads of the three delegations", "CONSULT",
              ["Vatican", "United States", "Russia", "Ukraine"], "2027-03-22", "context", "planned",
              "Pope Leo XIV will receive the heads"),
            E("Peskov confirms Russia will attend the Vatican round", "AGREE", ["Dmitry Peskov", "Vatican"],
              "2027-03-03", "text", "occurred", "confirmed on Wednesday that Russia would attend"),
            E("Peskov calls the US tariffs illegitimate pressure", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2027-03-03", "context", "occurred", "confirmed on Wednesday that Russia would attend"),
            E("Peskov: Putin's 30-day demand for a withdrawal from Donetsk remains in force", "THREATEN",
              ["Dmitry Peskov", "Ukraine"], "2027-03-03", "context", "occurred", "remains in force"),
            E("Sybiha: Kyiv will go to the Vatican without preconditions", "AGREE", ["Andrii Sybiha", "Vatican"],
              "2027-03-04", "published", "occurred", "Kyiv would go to the Vatican"),
            E("Sybiha thanks Trump", "SUPPORT", ["Andrii Sybiha", "Donald Trump"], "2027-03-04", "published",
              "occurred", "Kyiv would go to the Vatican"),
            E("China firmly opposes the tariffs", "REJECT", ["China", "United States"], "2027-03-02", "text", "occurred",
              "China's foreign ministry said on Tuesday"),
            E("China threatens countermeasures", "THREATEN", ["China", "United States"], "2027-03-02", "context",
              "occurred", "China's foreign ministry said on Tuesday"),
            E("Australia sanctions 40 more shadow-fleet tankers", "SANCTION", ["Russia"], "2027-03-03", "text",
              "occurred", "Penny Wong on Wednesday announced sanctions"),
        ],
        [
            S("Donald Trump", "The tariffs take effect on March 15 unless Putin gets serious", "2027-03-01", "context",
              "Mr Trump signed the order on Monday"),
            S("Vatican", "Negotiators of the US, Russia and Ukraine will meet at the Vatican on March 22–23",
              "2027-03-02", "text", "would meet at the Vatican on March 22"),
            S("Vatican", "Pope Leo XIV will receive the heads of the delegations at the opening session", "2027-03-02",
              "context", "Pope Leo XIV will receive the heads"),
            S("Dmitry Peskov", "Russia will attend; the US tariffs are illegitimate pressure that will not work",
              "2027-03-03", "text", "confirmed on Wednesday that Russia would attend"),
            S("Dmitry Peskov", "Putin's demand for a withdrawal from Donetsk within 30 days remains in force",
              "2027-03-03", "context", "remains in force"),
            S("Andrii Sybiha", "Kyiv will go to the Vatican without preconditions; thanks Trump for keeping his word",
              "2027-03-04", "published", "Kyiv would go to the Vatican"),
            S("China", "Firmly opposes the tariffs and will take necessary measures", "2027-03-02", "text",
              "China's foreign ministry said on Tuesday"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Russia", "Ukraine", "Volodymyr Zelensky",
         "White House", "Vatican", "Kremlin", "Dmitry Peskov", "Andrii Sybiha", "China"],
    ),
    doc(
        "b86en05_geneva_prisoner_deal_aberdeen_2027_03", "2027-03-26", EN05,
        [
            T("more than three years", "DURATION", "P3Y", mod="MORE_THAN"),
            T("Tuesday evening", "TIME", "2027-03-23TEV"),
            T("two days", "DURATION", "P2D"),
            T("Orthodox Easter", "DATE", "2027-05-02"),
            T("May 2", "DATE", "2027-05-02"),
            T("three weeks", "DURATION", "P3W"),
            T("Monday", "DATE", "2027-03-22"),
            T("Tuesday", "DATE", "2027-03-23", 1),
            T("mid-April", "DATE", "2027-04", mod="MID"),
            T("30-day", "DURATION", "P30D"),
            T("Thursday", "DATE", "2027-03-25"),
            T("that day", "DATE", "2027-03-25", 0),
            T("Overnight", "TIME", "2027-03-25TNI", note="night of 25 to 26 March"),
            T("Wednesday", "DATE", "2027-03-24"),
            T("that day", "DATE", "2027-03-24", 1),
            T("February 2024", "DATE", "2024-02"),
            T("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
        ],
        [
            E("Two days of US–Russia–Ukraine talks in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2027-03-23", "context", "occurred", "The deal was struck on Tuesday evening",
              note="22–23 March 2027"),
            E("Russia and Ukraine agree to exchange all prisoners of war in stages", "AGREE", ["Russia", "Ukraine"],
              "2027-03-23TEV", "text", "occurred", "The deal was struck on Tuesday evening"),
            E("All-for-all exchange to be completed by Orthodox Easter", "CONCEDE", ["Russia", "Ukraine"], "2027-05-02",
              "text", "planned", "The exchange is to be completed by Orthodox Easter"),
            E("Working groups on humanitarian issues and energy infrastructure set up", "AGREE",
              ["United States", "Russia", "Ukraine"], "2027-03-23", "context", "occurred",
              "Negotiators also set up working groups"),
            E("No agreement on a ceasefire", "REJECT", ["Russia", "Ukraine"], "2027-03-23", "context", "occurred",
              "Negotiators also set up working groups"),
            E("Medinsky: a truce only after Ukrainian troops leave Donetsk", "REQUEST", ["Vladimir Medinsky", "Ukraine"],
              "2027-03-23", "context", "occurred", "Vladimir Medinsky, told reporters"),
            E("Umerov: Kyiv will not trade land for a pause", "REJECT", ["Rustem Umerov", "Vladimir Medinsky"],
              "2027-03-23", "context", "occurred", "will not trade land"),
            E("Rubio meets Lavrov on the sidelines", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2027-03-22", "text",
              "occurred", "who met Russian Foreign Minister Sergey Lavrov on the sidelines"),
            E("Next round in mid-April, venue undecided", "CONSULT", ["United States", "Russia", "Ukraine"], "2027-04",
              "text", "planned", "who met Russian Foreign Minister Sergey Lavrov on the sidelines", date_mod="MID"),
            E("Ukraine dismisses the ultimatum as an empty threat", "REJECT", ["Ukraine", "Russia"], "2027-03-26",
              "published", "occurred", "an empty threat"),
            E("Peskov: the army will draw the necessary conclusions", "THREATEN", ["Dmitry Peskov", "Ukraine"],
              "2027-03-25", "text", "occurred", "draw the necessary conclusions"),
            E("Peskov: Russia will honour the prisoner deal", "AGREE", ["Dmitry Peskov", "Ukraine"], "2027-03-25",
              "context", "occurred", "draw the necessary conclusions"),
            E("Russian drones strike Dnipro, killing two", "ASSAULT", ["Russia", "Ukraine"], "2027-03-25TNI", "text",
              "occurred", "Overnight, Russian drones struck"),
            E("Starmer welcomes the agreement", "SUPPORT", ["Keir Starmer", "Russia", "Ukraine"], "2027-03-24", "text",
              "occurred", "Sir Keir Starmer welcomed the agreement"),
            E("Starmer urges Moscow to accept an unconditional ceasefire", "REQUEST", ["Keir Starmer", "Russia"],
              "2027-03-24", "context", "occurred", "Sir Keir Starmer welcomed the agreement"),
            E("Starmer–Zelensky phone call", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2027-03-24", "text",
              "occurred", "The Prime Minister spoke to Mr Zelensky"),
            E("Britain gives £5 million to the ICRC for the prisoner exchanges", "AID", ["United Kingdom", "Ukraine"],
              "2027-03-26", "published", "occurred", "Downing Street said Britain would give"),
        ],
        [
            S("Vladimir Medinsky", "A truce is only possible once Ukrainian troops have left the Donetsk region",
              "2027-03-23", "context", "Vladimir Medinsky, told reporters"),
            S("Rustem Umerov", "Kyiv will not trade land for a pause in the killing", "2027-03-23", "context",
              "will not trade land"),
            S("Marco Rubio", "The next round will be held in mid-April; venue to be decided", "2027-03-23", "text",
              "who met Russian Foreign Minister Sergey Lavrov on the sidelines"),
            S("Ukraine", "The ultimatum is an empty threat from a country that cannot win on the battlefield",
              "2027-03-26", "published", "an empty threat"),
            S("Dmitry Peskov", "The army will draw the necessary conclusions; Russia will honour the prisoner deal",
              "2027-03-25", "text", "draw the necessary conclusions"),
            S("Ukraine", "Regional officials: two killed in a drone strike on Dnipro", "2027-03-26", "published",
              "Overnight, Russian drones struck"),
            S("Keir Starmer", "The agreement is 'a glimmer of light'; Moscow must accept an unconditional ceasefire",
              "2027-03-24", "text", "Sir Keir Starmer welcomed the agreement"),
            S("United Kingdom", "Britain will give £5 million to the ICRC to help carry out the exchanges",
              "2027-03-26", "published", "Downing Street said Britain would give"),
        ],
        ["Russia", "Ukraine", "United States", "Vladimir Medinsky", "Rustem Umerov", "Marco Rubio", "Sergey Lavrov",
         "Kremlin", "Dmitry Peskov", "Keir Starmer", "United Kingdom", "Volodymyr Zelensky"],
    ),
    doc(
        "b86en06_putin_zelensky_summit_off_2027_05", "2027-05-07", EN06,
        [
            T("May", "DATE", "2027-05", 0),
            T("this month", "DATE", "2027-05"),
            T("Wednesday", "DATE", "2027-05-05", 0),
            T("May", "DATE", "2027-05", 1),
            T("last month", "DATE", "2027-04"),
            T("May", "DATE", "2027-05", 2),
            T("Tuesday", "DATE", "2027-05-04"),
            T("two weeks", "DURATION", "P2W"),
            T("mid-March", "DATE", "2027-03", mod="MID"),
            T("Wednesday", "DATE", "2027-05-05", 1),
            T("Wednesday", "DATE", "2027-05-05", 2),
            T("April 27", "DATE", "2027-04-27"),
            T("28", "DATE", "2027-04-28"),
            T("30-day", "DURATION", "P30D"),
            T("Saturday", "DATE", "2027-05-01"),
            T("the same day", "DATE", "2027-05-01"),
            T("March", "DATE", "2027-03"),
            T("Thursday morning", "TIME", "2027-05-06TMO"),
            T("Thursday", "DATE", "2027-05-06", 1),
            T("May", "DATE", "2027-05", 3),
            T("June", "DATE", "2027-06"),
            T("Monday", "DATE", "2027-05-03"),
            T("Thursday", "DATE", "2027-05-06", 2),
            T("Sunday", "DATE", "2027-05-09"),
        ],
        [
            E("No Putin–Zelensky meeting in May", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"], "2027-05", "text",
              "cancelled", "not on the agenda for May"),
            E("Trump gives Putin two weeks to agree to a meeting with Zelensky or face doubled tariffs", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2027-05-04", "text", "occurred", "gave Mr Putin two weeks",
              note="deadline about 18 May 2027"),
            E("US 25 per cent tariffs on buyers of Russian oil in force since mid-March", "SANCTION",
              ["Donald Trump", "Russia"], "2027-03", "text", "occurred", "The 25 per cent tariffs, in force since",
              date_mod="MID"),
            E("Peskov: Russia does not respond to ultimatums", "REJECT", ["Dmitry Peskov", "Donald Trump"], "2027-05-05",
              "text", "occurred", "does not respond to ultimatums"),
            E("Zelensky accuses Putin of hiding from a meeting", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2027-05-05", "text", "occurred", "hiding from a meeting"),
            E("Istanbul talks of April 27–28", "CONSULT", ["Russia", "Ukraine"], "2027-04-27", "text", "occurred",
              "The talks between negotiators in Istanbul", note="27–28 April 2027"),
            E("30-day moratorium on strikes on energy infrastructure agreed", "AGREE", ["Russia", "Ukraine"],
              "2027-04-27", "context", "occurred", "The talks between negotiators in Istanbul",
              note="agreed at the talks of 27–28 April 2027"),
            E("Energy-strike moratorium takes effect", "RETREAT", ["Russia", "Ukraine"], "2027-05-01", "text",
              "occurred", "The talks between negotiators in Istanbul"),
            E("Second stage of the all-for-all exchange: 700 prisoners each", "CONCEDE", ["Russia", "Ukraine"],
              "2027-05-01", "text", "occurred", "the two sides exchanged 700 prisoners each"),
            E("All-for-all swap agreed in Geneva in March", "AGREE", ["Russia", "Ukraine"], "2027-03", "text",
              "occurred", "the two sides exchanged 700 prisoners each"),
            E("Ukraine accuses Russia of breaking the moratorium", "ACCUSE", ["Ukraine", "Russia"], "2027-05-06",
              "context", "occurred", "accused Russia of breaking the moratorium"),
            E("Russian drone strike on a substation in the Kharkiv region", "ASSAULT", ["Russia", "Ukraine"],
              "2027-05-06TMO", "text", "occurred", "accused Russia of breaking the moratorium"),
            E("Moscow denies the charge", "REJECT", ["Russia", "Ukraine"], "2027-05-06", "context", "occurred",
              "Moscow denied the charge"),
            E("Erdoğan: Turkey's offer to host both leaders stands", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2027-05-06", "text", "occurred",
              "Turkey's offer to host both leaders"),
            E("Pope Leo XIV receives Zelensky at the Vatican", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
              "2027-05-03", "text", "occurred", "Pope Leo XIV, who received Mr Zelensky"),
            E("Pope Leo XIV offers to host a summit", "REQUEST", ["Vatican", "Vladimir Putin", "Volodymyr Zelensky"],
              "2027-05-07", "published", "occurred", "Pope Leo XIV, who received Mr Zelensky"),
            E("New Zealand gives NZ$5 million for Ukraine's power grid", "AID", ["Ukraine"], "2027-05-06", "text",
              "occurred", "Foreign Minister Winston Peters on Thursday announced"),
            E("New Zealand travel bans on 20 more Russian officials", "SANCTION", ["Russia"], "2027-05-06", "context",
              "occurred", "Foreign Minister Winston Peters on Thursday announced"),
        ],
        [
            S("Yuri Ushakov", "A Putin–Zelensky meeting is not on the agenda for May; the negotiators have not yet done "
              "their work", "2027-05-05", "text", "not on the agenda for May"),
            S("Recep Tayyip Erdoğan", "The two leaders could meet in Istanbul in May", "2027-04", "text",
              "had said last month"),
            S("Donald Trump", "Gives Putin two weeks to agree to a meeting with Zelensky, or tariffs double to 50 per "
              "cent", "2027-05-04", "text", "gave Mr Putin two weeks"),
            S("Dmitry Peskov", "Russia does not respond to ultimatums, whoever sets them", "2027-05-05", "text",
              "does not respond to ultimatums"),
            S("Volodymyr Zelensky", "Putin is hiding from a meeting because he has nothing to offer but ultimatums",
              "2027-05-05", "text", "hiding from a meeting"),
            S("Ukraine", "Energy ministry: Russia broke the moratorium with a drone strike on a Kharkiv substation",
              "2027-05-06", "context", "accused Russia of breaking the moratorium"),
            S("Russia", "Denies breaking the moratorium", "2027-05-06", "context", "Moscow denied the charge"),
            S("Recep Tayyip Erdoğan", "Turkey's offer to host both leaders stands, whether in May, June or later",
              "2027-05-06", "text", "Turkey's offer to host both leaders"),
        ],
        ["Vladimir Putin", "Russia", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Yuri Ushakov",
         "Recep Tayyip Erdoğan", "Turkey", "Donald Trump", "United States", "Dmitry Peskov", "Vatican"],
    ),
]
