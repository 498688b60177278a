"""English articles of the blind106 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b106en01 (SpaceNews)
EN01 = """
OneWeb suspends Baikonur launches after Roscosmos ultimatum

WASHINGTON — OneWeb said March 3 that it has suspended all launches from the Baikonur Cosmodrome, a day after the head of Roscosmos demanded that the British government give up its stake in the company.
The decision leaves 36 OneWeb satellites atop a Soyuz rocket in Kazakhstan and upends the company's plan to complete its broadband constellation this year.

Dmitry Rogozin, director general of the Russian state space corporation, said March 2 that the launch scheduled for March 4 would go ahead only if OneWeb guaranteed that its satellites would not be used for military purposes.
He also demanded that the U.K. government, which bought into the company out of bankruptcy in 2020, sell its share.
Rogozin set a deadline of 9:30 p.m. Moscow time Friday for an answer.
"There is no negotiation on OneWeb: the U.K. government is not selling its share," U.K. Business Secretary Kwasi Kwarteng responded on Twitter the same day.

On Thursday, Roscosmos rolled the Soyuz back to its assembly building, and video posted by the agency showed workers covering the U.S., British and Japanese flags on the payload fairing.
Rogozin said the same day that Russia would stop delivering RD-180 rocket engines to the United States and would no longer service the engines it had already supplied.
"Let them fly on their broomsticks," he said in an interview with Russian state television.
The RD-180 powers United Launch Alliance's Atlas 5, although ULA said it has enough engines for its remaining missions.

The moves are the latest in a series of Russian responses to Western sanctions imposed after Russia invaded Ukraine Feb. 24.
U.S. President Joe Biden said that day that new export controls on semiconductors and other technologies would "degrade their aerospace industry, including their space program."
Last Saturday, Roscosmos suspended Soyuz launches from Europe's spaceport in French Guiana and withdrew its personnel, citing European Union sanctions.

NASA has so far kept its distance from the dispute.
The agency said March 3 that it continues to work with Roscosmos and its other international partners to maintain safe operations of the International Space Station.
Industry officials said OneWeb was already in talks with other launch providers, including SpaceX and India's ISRO, although no agreement has been announced.
The British government said it remains committed to the company.
"""

# ---------------------------------------------------------------- b106en02 (Ars Technica)
EN02 = """
"The hell with it": Musk says SpaceX will keep funding Starlink in Ukraine after all

Elon Musk reversed course on Saturday and said SpaceX would continue to pay for Starlink service in Ukraine, two days after a leaked letter showed the company had asked the Pentagon to take over the bill.
"The hell with it," Musk wrote on Twitter. "Even though Starlink is still losing money & other companies are getting billions of taxpayer $, we'll just keep funding Ukraine govt for free."

The letter, first reported by CNN on Thursday, was sent to the Pentagon in September.
In it, SpaceX said it could not continue to fund the service indefinitely and asked the Defense Department to cover about $120 million through the end of the year and close to $400 million for the next 12 months.
Musk defended the request on Friday, saying the company was "not asking to recoup past expenses" but could not fund the system forever.
A Pentagon spokesperson told Ars that the department remained in communication with SpaceX about Starlink but declined to discuss contract details.

The funding question is not new.
USAID said in April that it had paid for 1,333 terminals, with SpaceX donating the rest of an initial batch of 5,000, and Poland has been buying terminals for Ukraine since March.
Ukrainian officials say about 20,000 Starlink dishes are now in use by the military, hospitals and utilities.
Digital Minister Mykhailo Fedorov thanked Musk on Saturday and said Starlink remained "a critical element" of Ukraine's infrastructure.

The reversal comes after two weeks in which Musk's relationship with Kyiv soured.
On Oct. 3, he posted a peace plan that proposed repeating the annexation referendums under UN supervision and recognizing Crimea as part of Russia, along with a poll for his followers.
Ukraine's ambassador to Germany, Andrij Melnyk, replied with an expletive, and President Volodymyr Zelensky posted a poll of his own asking which Musk people liked more, "one who supports Ukraine" or "one who supports Russia."
The next day, Kremlin spokesman Dmitry Peskov called Musk's proposal "very positive" compared to the views of Western diplomats, though he said the referendums had settled the question.

This week, political scientist Ian Bremmer claimed Musk had spoken with Vladimir Putin before posting the plan.
Musk denied it, saying he had talked to the Russian president only once, about 18 months ago, and that the subject was space.
Ars has asked SpaceX how long the company intends to cover the costs; it did not immediately respond.
"""

# ---------------------------------------------------------------- b106en03 (C4ISRNET)
EN03 = """
Russia says commercial satellites aiding Ukraine could be "legitimate target"

WASHINGTON — A senior Russian diplomat warned Wednesday that commercial satellites helping Ukraine's military could become targets for retaliation, the most explicit threat yet against the private space companies that have become central to Kyiv's war effort.
Konstantin Vorontsov, deputy director of the Russian Foreign Ministry's department for nonproliferation and arms control, told the United Nations General Assembly's First Committee that "quasi-civilian infrastructure may become a legitimate target."
He accused the United States and its allies of using civilian space assets for military purposes, calling it "an extremely dangerous trend" that goes beyond the harmless use of outer space.

Vorontsov did not name any company.
But his remarks come as thousands of SpaceX Starlink terminals keep Ukrainian units connected and as firms such as Maxar and Planet sell high-resolution imagery of Russian positions to Western governments, much of which reaches Kyiv.

The White House responded Thursday.
"Any attack on U.S. infrastructure will be met with a response in a time and manner of our choosing," National Security Council spokesman John Kirby told reporters.
A Space Force spokesperson told C4ISRNET the service was "aware of the statements" and continued to monitor the space domain, but declined to discuss what protection commercial operators could expect.

Russia demonstrated its ability to destroy satellites in November 2021, when it shot down a defunct Soviet-era spacecraft with a ground-launched missile, creating more than 1,500 pieces of trackable debris.
In April, Vice President Kamala Harris announced that the United States would not conduct destructive direct-ascent anti-satellite missile tests and urged other nations to follow.
The First Committee is expected to vote next week on a U.S.-drafted resolution calling on all states to make the same commitment.

Analysts said the Russian warning was aimed as much at companies' boards as at governments.
"This is about raising the perceived cost of doing business with Ukraine," said Brian Weeden of the Secure World Foundation, adding that jamming and cyberattacks were a more likely response than kinetic strikes.
Russia has already tried to jam Starlink signals in Ukraine since the spring, according to U.S. officials.
The Pentagon is meanwhile weighing whether to pay for Starlink service in Ukraine after SpaceX said this month it could not keep funding it indefinitely.
"""

# ---------------------------------------------------------------- b106en04 (Tom's Hardware)
EN04 = """
Senate grills chipmakers over U.S. silicon found in Russian missiles

U.S. senators on Tuesday accused four of the country's biggest chipmakers of failing to stop their products from reaching Russia's arms factories, more than two years into the war in Ukraine.
At a hearing of the Senate Permanent Subcommittee on Investigations, chairman Richard Blumenthal presented the results of a 10-month investigation into how processors, FPGAs and analog parts from Intel, AMD, Texas Instruments and Analog Devices keep turning up in Russian cruise missiles and drones.
"These companies have made billions, and they have not done nearly enough to make sure their chips are not killing Ukrainians," Blumenthal said.

According to the subcommittee's report, Russia imported about $2.9 billion worth of Western-branded components in 2023, most of it through distributors in China and Hong Kong.
Ukrainian investigators have pulled Texas Instruments microcontrollers and Xilinx FPGAs, now sold by AMD, from the wreckage of Kh-101 missiles, including one that hit Kyiv's Okhmatdyt children's hospital in July.
The companies' representatives told senators that they do not sell to Russia, that they have cut off distributors caught reselling, and that tracing chips through several layers of the gray market is extremely difficult.

The Commerce Department, which enforces export controls, has been adding intermediaries to its Entity List at a steady clip.
In August, it added more than 100 companies in Russia, China and other countries that it said had supplied Russia's military.
Under Secretary Alan Estevez has described the effort as a constant game of whack-a-mole, and on Tuesday a department official told the subcommittee that penalties against shippers had grown "every quarter."
The Group of Seven leaders, including President Joe Biden, pledged in June to act against actors in China and other third countries that materially support Russia's war machine.

Kyiv has pressed Washington to go further.
Vladyslav Vlasiuk, the Ukrainian presidential office's sanctions commissioner, said on Wednesday that chipmakers should be held financially liable if their parts are found in weapons that kill civilians.
Beijing rejected the criticism.
Chinese foreign ministry spokesperson Mao Ning said Wednesday that "normal trade" between China and Russia should not be interfered with and accused the United States of "smearing" Chinese firms.

For the chip industry, the hearing could foreshadow stricter "know your customer" rules.
Blumenthal said he would propose legislation that would require manufacturers to verify end users for components on the joint U.S.-EU list of common high-priority items, a catalogue of 50 product categories that Russia needs for its weapons.
"""

# ---------------------------------------------------------------- b106en05 (Rest of World)
EN05 = """
Starlink terminals are reaching Russian troops through gray markets, Ukraine says

Ukraine's military intelligence agency said on Sunday that Russian units in occupied parts of the country are using Starlink terminals, the same satellite internet system that has kept Ukraine's own army connected since the first days of the invasion.
Andriy Yusov, a spokesperson for the agency, known as the HUR, said the devices were being bought through intermediaries in third countries and smuggled across the border.
"This is becoming systemic," Yusov said, adding that the HUR had passed its evidence to partners in Washington.

SpaceX has denied selling to Russia.
In a post on X on Thursday, the company said it "does not do business of any kind with the Russian government or its military" and that Starlink "does not work inside Russia."
Elon Musk wrote that, "to the best of our knowledge," no terminals had been sold to Russia directly or indirectly.

Moscow also rejected the claim.
Kremlin spokesperson Dmitry Peskov said on Monday that Starlink was not certified in Russia and "cannot be officially supplied here," and he dismissed the reports as Ukrainian propaganda.

But the hardware is easy to find.
Listings for Starlink kits appear on Russian marketplaces for the equivalent of $1,500 to $2,000, and Rest of World found resellers in Dubai and Almaty who offered to ship terminals registered to addresses outside Russia.
"We ask the customer which country they need, and we activate it there," a seller in Dubai told Rest of World on Monday, asking not to be named.
Because a terminal only needs a paid subscription and a view of the sky, roaming accounts registered elsewhere can work on the front line unless SpaceX blocks them.

The issue has reached Washington.
Two House Democrats said on Monday they would ask SpaceX to explain how it verifies where its terminals are used.
The U.S. State Department said it was aware of the reports and in contact with Ukrainian officials.
Similar gray-market flows have put Starlink in the hands of armed groups elsewhere, including Sudan's Rapid Support Forces, according to researchers who have tracked sales over the past year.

For Kyiv, the stakes are high.
Russia invaded in February 2022, and Ukrainian troops have depended on more than 40,000 terminals ever since.
Mykhailo Fedorov, Ukraine's digital transformation minister, said on Tuesday that his ministry was working with SpaceX to find ways to block unauthorized terminals on the Russian side.
"""

# ---------------------------------------------------------------- b106en06 (TechCrunch)
EN06 = """
Musk, Sikorski and Rubio trade barbs on X over Ukraine's reliance on Starlink

A spat on X over Starlink pulled Poland's foreign minister and the U.S. secretary of state into a public argument with Elon Musk on Sunday, days before U.S. and Ukrainian officials are due to meet in Saudi Arabia.
It started when Musk posted that his "Starlink system is the backbone of the Ukrainian army" and that Ukraine's "entire front line would collapse if I turned it off."

Radosław Sikorski, Poland's foreign minister, replied that the Starlink terminals used in Ukraine are paid for by Poland's digitization ministry at a cost of about $50 million per year.
"The ethics of threatening the victim of aggression apart, if SpaceX proves to be an unreliable provider we will be forced to look for other suppliers," Sikorski wrote.
Secretary of State Marco Rubio then weighed in, writing that "no one has made threats about cutting Ukraine off from Starlink."
"Stop making things up. And say thank you because without Starlink Ukraine would have lost this war long ago and Russians would be on the border with Poland right now," Rubio wrote.
Musk followed with "Be quiet, small man," before posting that Starlink "will never turn off its terminals," no matter how much he disagrees with U.S. policy on Ukraine.

The exchange came at a tense moment for Kyiv.
Last week, Washington paused intelligence sharing with Ukraine, and on Friday satellite operator Maxar said the U.S. government had suspended Ukraine's access to its imagery through a government program.
In February, Reuters reported that U.S. negotiators had raised the possibility of cutting off Starlink during talks over a minerals deal, a report Musk called false.
Rubio is expected to lead the U.S. delegation at Tuesday's talks with Ukrainian officials in Jeddah.

The dispute has renewed interest in alternatives.
Shares of Eutelsat, which runs the OneWeb constellation, have more than tripled since the start of March, and its chief executive said on Friday that the company was in talks with the European Union about supplying Ukraine.
Analysts note that OneWeb has far fewer satellites and terminals than Starlink, which has more than 7,000 satellites in orbit.
A spokesperson for Poland's digitization ministry told TechCrunch on Monday that Warsaw had no plans to stop paying for Starlink "for now."

SpaceX did not respond to a request for comment.
The Kremlin did not comment on the exchange.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b106en01_oneweb_baikonur_roscosmos_2022_03", "2022-03-04", EN01,
        [
            T("March 3", "DATE", "2022-03-03", 0),
            T("this year", "DATE", "2022"),
            T("March 2", "DATE", "2022-03-02"),
            T("March 4", "DATE", "2022-03-04"),
            T("2020", "DATE", "2020"),
            T("9:30 p.m. Moscow time", "TIME", "2022-03-04T21:30", note="Moscow time"),
            T("Friday", "DATE", "2022-03-04"),
            T("the same day", "DATE", "2022-03-02", 0),
            T("Thursday", "DATE", "2022-03-03"),
            T("the same day", "DATE", "2022-03-03", 1),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("that day", "DATE", "2022-02-24"),
            T("Last Saturday", "DATE", "2022-02-26"),
            T("March 3", "DATE", "2022-03-03", 1),
        ],
        [
            E("Roscosmos demands guarantees that OneWeb satellites will not be used militarily", "REQUEST",
              ["Russia", "United Kingdom"], "2022-03-02", "text", "occurred", "Dmitry Rogozin, director general"),
            E("Rogozin demands the UK government sell its OneWeb stake", "REQUEST", ["Russia", "United Kingdom"],
              "2022-03-02", "context", "occurred", "He also demanded that the U.K. government"),
            E("Rogozin sets a deadline for an answer", "THREATEN", ["Russia", "United Kingdom"], "2022-03-02",
              "context", "occurred", "Rogozin set a deadline", note="deadline 2022-03-04T21:30 Moscow time"),
            E("Kwarteng rejects the demand: no negotiation, the UK is not selling", "REJECT",
              ["United Kingdom", "Russia"], "2022-03-02", "text", "occurred", "There is no negotiation on OneWeb"),
            E("Roscosmos rolls the OneWeb Soyuz back", "SANCTION", ["Russia", "United Kingdom"], "2022-03-03", "text",
              "occurred", "rolled the Soyuz back"),
            E("Russia stops RD-180 engine deliveries and servicing for the US", "SANCTION",
              ["Russia", "United States"], "2022-03-03", "text", "occurred", "stop delivering RD-180"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "after Russia invaded Ukraine Feb. 24"),
            E("Biden announces export controls on semiconductors and technology", "SANCTION", ["Joe Biden", "Russia"],
              "2022-02-24", "text", "occurred", "degrade their aerospace industry"),
            E("Roscosmos suspends Soyuz launches from French Guiana citing EU sanctions", "SANCTION",
              ["Russia", "European Union"], "2022-02-26", "text", "occurred", "Last Saturday, Roscosmos"),
            E("NASA continues to work with Roscosmos on the ISS", "COOPERATE", ["United States", "Russia"],
              "2022-03-03", "text", "occurred", "continues to work with Roscosmos"),
        ],
        [
            S("Russia", "Rogozin: the launch goes ahead only with guarantees of no military use", "2022-03-02", "text",
              "Dmitry Rogozin, director general"),
            S("Russia", "Rogozin: the UK government must sell its share", "2022-03-02", "context",
              "He also demanded that the U.K. government"),
            S("United Kingdom", "Kwarteng: no negotiation on OneWeb, the UK is not selling its share", "2022-03-02",
              "text", "There is no negotiation on OneWeb"),
            S("Russia", "Rogozin: Russia stops RD-180 deliveries and servicing for the US", "2022-03-03", "text",
              "stop delivering RD-180"),
            S("Russia", "Rogozin: let them fly on their broomsticks", "2022-03-03", "context", "broomsticks"),
            S("Joe Biden", "Export controls will degrade Russia's aerospace industry and space programme", "2022-02-24",
              "text", "degrade their aerospace industry"),
            S("United States", "NASA continues to work with Roscosmos and partners on safe ISS operations",
              "2022-03-03", "text", "continues to work with Roscosmos"),
            S("United Kingdom", "The British government remains committed to OneWeb", "2022-03-04", "published",
              "The British government said"),
        ],
        ["Russia", "United Kingdom", "United States", "Ukraine", "Joe Biden", "European Union"],
    ),
    doc(
        "b106en02_musk_starlink_funding_2022_10", "2022-10-16", EN02,
        [
            T("Saturday", "DATE", "2022-10-15", 0),
            T("Thursday", "DATE", "2022-10-13"),
            T("September", "DATE", "2022-09"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("the next 12 months", "DURATION", "P12M"),
            T("Friday", "DATE", "2022-10-14"),
            T("April", "DATE", "2022-04"),
            T("March", "DATE", "2022-03"),
            T("now", "DATE", "PRESENT_REF"),
            T("Saturday", "DATE", "2022-10-15", 1),
            T("two weeks", "DURATION", "P2W"),
            T("Oct. 3", "DATE", "2022-10-03"),
            T("The next day", "DATE", "2022-10-04"),
            T("This week", "DATE", "2022-W41"),
            T("about 18 months ago", "DATE", "2021-04", mod="APPROX",
              note="counted from Musk's denial in the week of 10 October 2022"),
        ],
        [
            E("Musk says SpaceX will keep funding Starlink for Ukraine's government for free", "AID", ["Ukraine"],
              "2022-10-15", "text", "planned", "Elon Musk reversed course on Saturday"),
            E("SpaceX letter asks the Pentagon to take over Starlink funding for Ukraine", "REQUEST",
              ["United States", "Ukraine"], "2022-09", "text", "occurred", "was sent to the Pentagon in September"),
            E("USAID pays for 1,333 Starlink terminals for Ukraine", "AID", ["United States", "Ukraine"], "2022-04",
              "text", "occurred", "USAID said in April"),
            E("Poland buys Starlink terminals for Ukraine", "AID", ["Poland", "Ukraine"], "2022-03", "text",
              "occurred", "USAID said in April", date_mod="START"),
            E("Fedorov thanks Musk", "SUPPORT", ["Ukraine"], "2022-10-15", "text", "occurred",
              "Fedorov thanked Musk on Saturday"),
            E("Musk posts a peace plan on annexation referendums and Crimea", "REQUEST", ["Ukraine", "Russia"],
              "2022-10-03", "text", "occurred", "he posted a peace plan"),
            E("Melnyk rejects Musk's plan with an expletive", "REJECT", ["Ukraine"], "2022-10-03", "context",
              "occurred", "Andrij Melnyk, replied"),
            E("Zelensky mocks Musk's plan with his own poll", "REJECT", ["Volodymyr Zelensky"], "2022-10-03",
              "context", "occurred", "Andrij Melnyk, replied"),
            E("Peskov praises Musk's proposal", "SUPPORT", ["Dmitry Peskov"], "2022-10-04", "text", "occurred",
              "called Musk's proposal"),
            E("Musk's only conversation with Putin", "CONSULT", ["Vladimir Putin"], "2021-04", "text", "occurred",
              "Musk denied it", date_mod="APPROX"),
        ],
        [
            S("United States", "The Pentagon remains in communication with SpaceX about Starlink", "2022-10-16",
              "published", "A Pentagon spokesperson told Ars"),
            S("United States", "USAID paid for 1,333 terminals of an initial batch of 5,000", "2022-04", "text",
              "USAID said in April"),
            S("Ukraine", "About 20,000 Starlink dishes are in use by the military, hospitals and utilities",
              "2022-10-16", "published", "Ukrainian officials say"),
            S("Ukraine", "Fedorov thanks Musk; Starlink is a critical element of Ukraine's infrastructure",
              "2022-10-15", "text", "Fedorov thanked Musk on Saturday"),
            S("Ukraine", "Melnyk replies to Musk with an expletive", "2022-10-03", "context", "Andrij Melnyk, replied"),
            S("Volodymyr Zelensky", "Poll: which Musk do you like more, the one who supports Ukraine or Russia",
              "2022-10-03", "context", "Andrij Melnyk, replied"),
            S("Dmitry Peskov", "Musk's proposal is very positive compared to Western diplomats; the referendums "
              "settled the question", "2022-10-04", "text", "called Musk's proposal"),
        ],
        ["Ukraine", "United States", "Poland", "Russia", "Volodymyr Zelensky", "Germany", "Dmitry Peskov", "Kremlin",
         "United Nations", "Vladimir Putin"],
    ),
    doc(
        "b106en03_russia_satellites_legitimate_target_2022_10", "2022-10-28", EN03,
        [
            T("Wednesday", "DATE", "2022-10-26"),
            T("Thursday", "DATE", "2022-10-27"),
            T("November 2021", "DATE", "2021-11"),
            T("April", "DATE", "2022-04"),
            T("next week", "DATE", "2022-W44"),
            T("the spring", "DATE", "2022-SP"),
            T("this month", "DATE", "2022-10"),
        ],
        [
            E("Vorontsov warns commercial satellites aiding Ukraine could be legitimate targets", "THREATEN",
              ["Russia", "United States", "Ukraine"], "2022-10-26", "text", "occurred",
              "A senior Russian diplomat warned Wednesday"),
            E("Vorontsov accuses the US and allies of using civilian space assets for military purposes", "ACCUSE",
              ["Russia", "United States"], "2022-10-26", "context", "occurred",
              "He accused the United States and its allies"),
            E("Kirby: any attack on US infrastructure will be met with a response", "THREATEN",
              ["White House", "Russia"], "2022-10-27", "context", "occurred", "Any attack on U.S. infrastructure"),
            E("Harris announces the US will not conduct destructive ASAT missile tests", "AGREE", ["United States"],
              "2022-04", "text", "occurred", "In April, Vice President Kamala Harris"),
            E("Harris urges other nations to follow the ASAT test ban", "REQUEST", ["United States"], "2022-04",
              "text", "occurred", "In April, Vice President Kamala Harris"),
            E("First Committee to vote on the US-drafted resolution on ASAT tests", "REQUEST",
              ["United Nations", "United States"], "2022-W44", "text", "planned", "The First Committee is expected"),
            E("Russia tries to jam Starlink signals in Ukraine", "COERCE", ["Russia", "Ukraine"], "2022-SP", "text",
              "occurred", "tried to jam Starlink", date_mod="START"),
            E("Pentagon weighs paying for Starlink service in Ukraine", "AID", ["United States", "Ukraine"],
              "2022-10-28", "published", "uncertain", "The Pentagon is meanwhile weighing"),
        ],
        [
            S("Russia", "Vorontsov: quasi-civilian infrastructure may become a legitimate target", "2022-10-26",
              "context", "told the United Nations General Assembly's First Committee"),
            S("Russia", "Vorontsov: Western use of civilian space assets for military purposes is an extremely "
              "dangerous trend", "2022-10-26", "context", "He accused the United States and its allies"),
            S("White House", "Kirby: any attack on US infrastructure will be met with a response of our choosing",
              "2022-10-27", "context", "Any attack on U.S. infrastructure"),
            S("United States", "Space Force is aware of the statements and monitors the space domain", "2022-10-28",
              "published", "A Space Force spokesperson"),
            S("United States", "Officials: Russia has tried to jam Starlink in Ukraine since the spring",
              "2022-10-28", "published", "tried to jam Starlink"),
        ],
        ["Russia", "Ukraine", "United Nations", "United States", "White House"],
    ),
    doc(
        "b106en04_senate_chipmakers_russian_missiles_2024_09", "2024-09-11", EN04,
        [
            T("Tuesday", "DATE", "2024-09-10", 0),
            T("10-month", "DURATION", "P10M"),
            T("2023", "DATE", "2023"),
            T("now", "DATE", "PRESENT_REF"),
            T("July", "DATE", "2024-07"),
            T("August", "DATE", "2024-08"),
            T("Tuesday", "DATE", "2024-09-10", 1),
            T("every quarter", "SET", "P3M"),
            T("June", "DATE", "2024-06"),
            T("Wednesday", "DATE", "2024-09-11", 0),
            T("Wednesday", "DATE", "2024-09-11", 1),
        ],
        [
            E("Senators accuse chipmakers of failing to stop chips reaching Russia's arms factories", "ACCUSE",
              ["United States"], "2024-09-10", "text", "occurred", "U.S. senators on Tuesday accused"),
            E("Russian Kh-101 missile hits Kyiv's Okhmatdyt children's hospital", "ASSAULT", ["Russia", "Ukraine"],
              "2024-07", "text", "occurred", "Okhmatdyt"),
            E("Commerce Department adds more than 100 companies in Russia, China and elsewhere to the Entity List",
              "SANCTION", ["United States", "Russia", "China"], "2024-08", "text", "occurred",
              "In August, it added"),
            E("G7 leaders pledge to act against third-country actors supporting Russia's war machine", "THREATEN",
              ["Joe Biden", "China", "Russia"], "2024-06", "text", "occurred", "pledged in June"),
            E("Vlasiuk demands that chipmakers be held financially liable", "REQUEST", ["Ukraine", "United States"],
              "2024-09-11", "text", "occurred", "Vladyslav Vlasiuk"),
            E("China rejects the criticism", "REJECT", ["China", "United States"], "2024-09-11", "text", "occurred",
              "Mao Ning said Wednesday"),
            E("China accuses the US of smearing Chinese firms", "ACCUSE", ["China", "United States"], "2024-09-11",
              "text", "occurred", "Mao Ning said Wednesday"),
        ],
        [
            S("United States", "Blumenthal: chipmakers have not done nearly enough to keep their chips from killing "
              "Ukrainians", "2024-09-10", "context", "These companies have made billions"),
            S("United States", "Subcommittee report: Russia imported about $2.9bn of Western-branded components in "
              "2023, mostly via China and Hong Kong", "2024-09-10", "context", "According to the subcommittee's report"),
            S("United States", "Commerce official: penalties against shippers have grown every quarter",
              "2024-09-10", "text", "whack-a-mole"),
            S("Ukraine", "Vlasiuk: chipmakers should be held financially liable", "2024-09-11", "text",
              "Vladyslav Vlasiuk"),
            S("China", "Mao Ning: normal China–Russia trade must not be interfered with; the US smears Chinese firms",
              "2024-09-11", "text", "Mao Ning said Wednesday"),
            S("United States", "Blumenthal will propose legislation requiring end-user checks", "2024-09-10",
              "context", "Blumenthal said he would propose legislation"),
        ],
        ["United States", "Russia", "Ukraine", "China", "Joe Biden", "European Union"],
    ),
    doc(
        "b106en05_starlink_russian_troops_gray_market_2024_02", "2024-02-13", EN05,
        [
            T("Sunday", "DATE", "2024-02-11"),
            T("Thursday", "DATE", "2024-02-08"),
            T("Monday", "DATE", "2024-02-12", 0),
            T("Monday", "DATE", "2024-02-12", 1),
            T("Monday", "DATE", "2024-02-12", 2),
            T("the past year", "DURATION", "P1Y"),
            T("February 2022", "DATE", "2022-02"),
            T("Tuesday", "DATE", "2024-02-13"),
        ],
        [
            E("HUR says Russian units in occupied areas use Starlink terminals", "ACCUSE", ["Ukraine", "Russia"],
              "2024-02-11", "text", "occurred", "Ukraine's military intelligence agency said on Sunday"),
            E("HUR passes its evidence to partners in Washington", "COOPERATE", ["Ukraine", "United States"],
              "2024-02-11", "context", "occurred", "passed its evidence"),
            E("Peskov rejects the claim and calls it Ukrainian propaganda", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-02-12", "text", "occurred", "Kremlin spokesperson Dmitry Peskov said on Monday"),
            E("State Department in contact with Ukrainian officials on the reports", "CONSULT",
              ["United States", "Ukraine"], "2024-02-13", "published", "occurred", "The U.S. State Department said"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Russia invaded in February 2022"),
            E("Ukraine's digital ministry works with SpaceX to block unauthorized terminals on the Russian side",
              "COOPERATE", ["Ukraine"], "2024-02-13", "text", "occurred", "Mykhailo Fedorov"),
        ],
        [
            S("Ukraine", "Yusov: Russian units buy Starlink terminals via third countries and smuggle them in",
              "2024-02-11", "context", "Andriy Yusov"),
            S("Ukraine", "Yusov: this is becoming systemic; evidence passed to partners in Washington", "2024-02-11",
              "context", "passed its evidence"),
            S("Dmitry Peskov", "Starlink is not certified in Russia and cannot be officially supplied; the reports "
              "are Ukrainian propaganda", "2024-02-12", "text", "Kremlin spokesperson Dmitry Peskov said on Monday"),
            S("Russia", "Moscow rejected the claim", "2024-02-12", "context", "Moscow also rejected the claim"),
            S("United States", "Two House Democrats will ask SpaceX how it verifies where terminals are used",
              "2024-02-12", "text", "Two House Democrats"),
            S("United States", "The State Department is aware of the reports and in contact with Ukrainian officials",
              "2024-02-13", "published", "The U.S. State Department said"),
            S("Ukraine", "Fedorov: the ministry works with SpaceX to block unauthorized terminals", "2024-02-13",
              "text", "Mykhailo Fedorov"),
        ],
        ["Ukraine", "Russia", "Dmitry Peskov", "Kremlin", "United States"],
    ),
    doc(
        "b106en06_musk_sikorski_rubio_starlink_2025_03", "2025-03-10", EN06,
        [
            T("Sunday", "DATE", "2025-03-09"),
            T("per year", "SET", "P1Y"),
            T("right now", "DATE", "PRESENT_REF", note="in Rubio's post of Sunday 9 March"),
            T("Last week", "DATE", "2025-W10"),
            T("Friday", "DATE", "2025-03-07", 0),
            T("February", "DATE", "2025-02"),
            T("Tuesday", "DATE", "2025-03-11"),
            T("the start of March", "DATE", "2025-03", mod="START"),
            T("Friday", "DATE", "2025-03-07", 1),
            T("Monday", "DATE", "2025-03-10"),
            T("now", "DATE", "PRESENT_REF", 1),
        ],
        [
            E("Sikorski warns Poland will look for other suppliers if SpaceX proves unreliable", "THREATEN",
              ["Poland"], "2025-03-09", "context", "occurred", "if SpaceX proves to be an unreliable provider"),
            E("Rubio denies that anyone threatened to cut Ukraine off from Starlink", "REJECT",
              ["Marco Rubio", "Poland"], "2025-03-09", "context", "occurred", "Secretary of State Marco Rubio then"),
            E("Rubio accuses Sikorski of making things up and tells him to say thank you", "ACCUSE",
              ["Marco Rubio", "Poland"], "2025-03-09", "context", "occurred", "Stop making things up"),
            E("Musk promises Starlink will never turn off its terminals in Ukraine", "AGREE", ["Ukraine"],
              "2025-03-09", "context", "occurred", "Be quiet, small man"),
            E("US pauses intelligence sharing with Ukraine", "SANCTION", ["United States", "Ukraine"], "2025-W10",
              "text", "occurred", "Last week, Washington paused"),
            E("US government suspends Ukraine's access to Maxar imagery", "SANCTION", ["United States", "Ukraine"],
              "2025-03-07", "text", "occurred", "Last week, Washington paused"),
            E("US negotiators raise cutting off Starlink in minerals talks", "THREATEN", ["United States", "Ukraine"],
              "2025-02", "text", "uncertain", "In February, Reuters reported"),
            E("US–Ukraine talks in Jeddah led by Rubio", "CONSULT", ["Marco Rubio", "United States", "Ukraine"],
              "2025-03-11", "text", "planned", "Rubio is expected to lead"),
            E("Eutelsat in talks with the EU about supplying Ukraine", "CONSULT", ["European Union"],
              "2025-03-07", "text", "occurred", "its chief executive said on Friday"),
        ],
        [
            S("Poland", "Sikorski: Poland's digitization ministry pays about $50 million a year for Ukraine's Starlinks",
              "2025-03-09", "context", "Radosław Sikorski, Poland's foreign minister, replied"),
            S("Poland", "Sikorski: if SpaceX proves unreliable, Poland will look for other suppliers", "2025-03-09",
              "context", "if SpaceX proves to be an unreliable provider"),
            S("Marco Rubio", "No one has threatened to cut Ukraine off from Starlink", "2025-03-09", "context",
              "Secretary of State Marco Rubio then"),
            S("Marco Rubio", "Stop making things up and say thank you; without Starlink Ukraine would have lost",
              "2025-03-09", "context", "Stop making things up"),
            S("Poland", "Digitization ministry: no plans to stop paying for Starlink for now", "2025-03-10", "text",
              "told TechCrunch on Monday"),
        ],
        ["Poland", "United States", "Marco Rubio", "Ukraine", "European Union", "Kremlin"],
    ),
]
