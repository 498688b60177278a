"""English articles of the blind103 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b103en01 (Bulletin of the Atomic Scientists)
EN01 = """
At Zaporizhzhia, Grossi finds the cooling pond holding, for now

International Atomic Energy Agency Director General Rafael Grossi crossed the front line on Thursday to inspect the Zaporizhzhia nuclear power plant, where he met the Russian-installed management.
The visit came nine days after the destruction of the Kakhovka dam emptied the reservoir that had supplied the plant's cooling water since its first unit started up in 1985.
On June 8 the reservoir's level fell below 12.7 meters, the threshold below which the plant's pumps can no longer draw from it.

Speaking to reporters after the visit, Grossi said the situation was "serious" but "stable" and that the plant's cooling pond held enough water to cool the six shut-down reactors "for months."
"Our priority is to keep the water in the pond, and that means nobody touches the embankment," he said.
He urged Moscow and Kyiv to refrain from any military action that could damage the pond's dike, the last large body of water the plant can rely on.

Before the crossing, Grossi met President Volodymyr Zelensky near Zaporizhzhia on Tuesday.
Zelensky told him that Russia was using the plant as a military base and that Russian troops had mined parts of the site.

On the Russian side, Renat Karchaa, an adviser to the head of Rosatom's operating company, called the visit "useful" and accused Ukrainian forces of shelling the nearby town of Enerhodar while Grossi was there.
Kremlin spokesman Dmitry Peskov said on Friday that Russian specialists were guaranteeing the plant's safety and repeated Moscow's claim that Kyiv had blown up the dam.
The State Department said on Thursday that the United States fully supported the IAEA's efforts and again called on Russia to return the plant to Ukrainian control.

The arithmetic of the pond is simple but unforgiving.
This summer, evaporation alone will remove several centimeters a day, and the reactors in cold shutdown still need a steady flow to carry off their decay heat.
The plant's operators are drilling wells on the site, but a former IAEA safety official told the Bulletin that groundwater would not replace the reservoir "in any meaningful way."
The real test, he said, will come if the plant loses its last external power line again, as it has six times since the war began.
"""

# ---------------------------------------------------------------- b103en02 (Mongabay)
EN02 = """
Ukraine's "Environmental Compact" sets out how to count, and bill, the war's damage to nature

An international group of former officials and activists presented Ukraine on Friday with 50 recommendations for assessing the environmental damage of Russia's invasion and making Moscow pay for it.
The "Environmental Compact for Ukraine" was handed over in Kyiv to Andriy Yermak, the head of the presidential office, who co-chairs the group with former Swedish foreign minister Margot Wallström.
Yermak endorsed the document and said Kyiv would make it part of the peace plan it wants to put to a global summit in Switzerland later this year.

President Volodymyr Zelensky, speaking by video link, said Russia "must pay for every poisoned river and every burned forest."
The compact calls for a single national system to monitor damage, for environmental claims to be accepted by the international register of damage and for ecocide to be prosecuted as a crime.
It also urges that reconstruction money be tied to "green" standards, so that destroyed factories are not rebuilt as the polluters they were.

The scale of what is being counted is vast.
Ukraine's environment ministry has registered more than 2,000 cases of environmental harm, and Ukrainian scientists estimate that thousands of Black Sea dolphins died in 2022 alone, many of them likely disoriented by military sonar.
The Kinburn Spit, a protected steppe and wetland area at the mouth of the Dnipro, has been burned repeatedly by shelling.
The destruction of the Kakhovka dam in June 2023 drained a reservoir of 18 cubic kilometers and flooded parts of the Lower Dnipro National Nature Park.

"We now have a method that courts and donors can both work with," Wallström told Mongabay.
The UN Environment Programme, which helped draft parts of the compact, said in a report last month that the full picture would only emerge once the fighting ends.

The European Commission welcomed the compact on Friday and said it would draw on it for the EU's Ukraine Facility.
Russia's foreign ministry dismissed it on Saturday as "a propaganda product" and accused Kyiv of polluting the Dnipro itself.
The group plans to present the compact to the UN General Assembly in the autumn.
"""

# ---------------------------------------------------------------- b103en03 (Climate Home News)
EN03 = """
Ukraine reads ICJ climate opinion as a bill for Russia's war emissions

The International Court of Justice said on Wednesday that states have a legal duty to protect the climate system and that breaching it can oblige them to make full reparation.
The unanimous advisory opinion, requested by the UN General Assembly in March 2023 after a campaign led by Vanuatu, was hailed by small island states as a turning point.

Ukraine wasted no time in applying it to the war.
Foreign Minister Andrii Sybiha wrote on X on Thursday that the opinion "leaves no doubt" that a state whose aggression causes massive emissions and environmental destruction must answer for it, and that Kyiv would add climate damage to its claims against Russia.
According to the Initiative on GHG Accounting of War, the fighting released about 230 million tonnes of carbon dioxide equivalent between February 2022 and February 2025, roughly the annual emissions of Austria, Hungary, Czechia and Slovakia combined.
Fires, the burning of fuel depots and the future rebuilding of destroyed towns account for much of that figure.

Moscow was dismissive.
Russian foreign ministry spokeswoman Maria Zakharova said on Thursday that the opinion was "not binding on anyone" and that attempts to turn it against Russia were "absurd."
At the court's hearings in December, Russia had argued that the Paris Agreement alone defined states' climate obligations.

UN Secretary-General António Guterres welcomed the opinion on Wednesday as "a victory for our planet, for climate justice."
The European Commission said on Thursday it would study the opinion closely and that it strengthened the case for holding polluters to account.
A State Department spokesperson said the United States, which began leaving the Paris Agreement again in January, did not consider itself bound by the opinion.

Military emissions remain a blind spot in the climate regime: armed forces do not have to report them in full to the UN climate body, and war emissions are not counted at all.
"The court has not written a rule about wars, but it has written a rule about harm, and harm is what wars do," a lawyer at ClientEarth told Climate Home.
Kyiv plans to raise the issue at the COP30 climate summit in Belém in November.
"""

# ---------------------------------------------------------------- b103en04 (Japan Forward)
EN04 = """
Tokyo Mine Action Conference: Japan Puts Its Demining Know-How at Ukraine's Service

More than 40 countries and international organizations gathered in Tokyo on Thursday and Friday for the third international conference on clearing Ukraine of mines and unexploded ordnance, co-hosted by Japan and Ukraine.
Foreign Minister Takeshi Iwaya opened the meeting by announcing a further ¥10 billion for demining machines, detectors and the training of Ukrainian deminers.
Japan has trained more than 200 Ukrainian specialists in Cambodia together with the Cambodian Mine Action Centre since 2023.

Ukrainian Prime Minister Yulia Svyrydenko, who attended in person, said about a fifth of her country's territory was still considered potentially contaminated.
"Every field we clear is a harvest returned and a child who can walk to school," she said, and asked donors to help Ukraine build its own demining industry rather than rely on imported machines.
President Volodymyr Zelensky addressed the conference by video on Thursday and thanked Japan for "standing with Ukraine without firing a shot."

EU foreign policy chief Kaja Kallas, speaking by video, announced 30 million euros for humanitarian demining in the frontline regions.
Britain pledged £12 million for mine clearance in the Kharkiv and Mykolaiv regions.
The United States, which cut back much of its foreign demining funding earlier this year, sent a lower-level delegation, and a US official said Washington's support would continue through existing programs.

On Friday the participants adopted a Tokyo declaration in which they committed to support mine action in Ukraine "for as long as it takes" and to coordinate their funding through a common platform.
Poland offered to host the next conference in 2026.
The previous meeting was held in Lausanne a year ago.

In Moscow, foreign ministry spokeswoman Maria Zakharova accused Tokyo on Thursday of "financing the Kyiv regime under a humanitarian label."
Russia has never joined the treaty banning anti-personnel mines, and Ukraine began leaving it in June.

For Japanese firms the conference was also a showcase.
Remote-controlled clearing vehicles built in Yamanashi Prefecture have been working in the Kharkiv region since last year, and the manufacturer said it would open a maintenance center in western Ukraine.
"""

# ---------------------------------------------------------------- b103en05 (Carbon Brief)
EN05 = """
COP29: Ukraine puts a carbon price on Russia's war and asks the UN to count military emissions

Ukraine presented new estimates at the COP29 climate summit in Baku on Tuesday showing that the first two years of Russia's full-scale invasion released around 175 million tonnes of carbon dioxide equivalent (MtCO2e).
The figure, compiled by the Initiative on GHG Accounting of War, is larger than the annual emissions of the Netherlands.
Ukrainian environment minister Ruslan Strilets said the damage amounted to more than $32bn at the social cost of carbon and that Russia should be made to pay it.

Strilets also formally asked the UN climate secretariat to develop guidance on how countries should report emissions from military activity and from war.
Under the Paris Agreement, reporting of military emissions is voluntary, and Carbon Brief understands that only a handful of parties report them in any detail.
UN climate chief Simon Stiell told reporters on Tuesday that the request would be "looked at carefully," but that changes to reporting rules could only be agreed by all parties.

The EU backed the Ukrainian push.
EU climate commissioner Wopke Hoekstra said on Tuesday that "the polluter-pays principle cannot stop at the front line."
UK prime minister Keir Starmer, speaking in Baku on the same day, said the war had shown that "energy security and climate security are the same thing."

Russia's delegation rejected the exercise.
Ruslan Edelgeriyev, the Kremlin's climate envoy, said on Wednesday that the accounting was "a political show that has no place in climate negotiations" and accused Kyiv of using the summit to raise money for weapons.
Donald Trump, who won the US presidential election last week, has promised to pull the United States out of the Paris Agreement again, which hangs over the talks in Baku.

As delegates met on Wednesday morning, Russia launched its first missile attack on Kyiv in 73 days, according to the Ukrainian military.
The largest single sources in the new estimate are fires and the future reconstruction of destroyed buildings, followed by fuel burned by the armies.
Ukraine's team said it would update the figures before next year's summit in Belém.
"""

# ---------------------------------------------------------------- b103en06 (UN Dispatch)
EN06 = """
Russia Says No to UN Aid Convoys in the Flooded, Occupied Part of Kherson

The United Nations said on Sunday that Russia had declined its request for access to the parts of Ukraine's Kherson region under Russian control that were flooded after the destruction of the Kakhovka dam.
"We urge the Russian Federation to act in accordance with its obligations under international humanitarian law," Denise Brown, the UN humanitarian coordinator for Ukraine, said in a statement.
"Aid cannot be denied to people who need it," she added.

The refusal leaves the UN with no presence on the left bank of the Dnipro, where the flooding was worst and where, according to Russian-installed officials, dozens of people died.
UN agencies have delivered drinking water, food and cash to the Ukrainian-controlled side since June 6, the day the dam was breached.
The UN's humanitarian chief, Martin Griffiths, had raised access with Russian officials by phone last week, his office said.

Moscow offered a different account.
Dmitry Polyanskiy, Russia's deputy ambassador to the UN, wrote on Telegram on Monday that the UN had been invited to work "from the Russian side" and that the request had failed because Kyiv kept shelling the flooded towns.
Ukrainian officials say Russian forces have shelled evacuation boats on the river several times.

President Volodymyr Zelensky said in his nightly address on Sunday that the UN and the Red Cross "must be where people are drowning, not where it is convenient."
A State Department spokesperson called the Russian refusal "unconscionable" on Monday.

Access is not only a humanitarian question.
Without teams on the ground, the UN Environment Programme cannot take water and soil samples in the area that received most of the reservoir's sediment, or check the oil that leaked from the dam's turbine hall.
UNEP said last week it had begun a remote assessment using satellite imagery and would share it with both sides.
For now, the most complete picture of what the flood did to the lower Dnipro will come from one bank of the river only.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b103en01_zaporizhzhia_cooling_pond_grossi_2023_06", "2023-06-16", EN01,
        [
            T("now", "DATE", "PRESENT_REF"),
            T("Thursday", "DATE", "2023-06-15", 0),
            T("1985", "DATE", "1985"),
            T("June 8", "DATE", "2023-06-08"),
            T("months", "DURATION", "PXM"),
            T("Tuesday", "DATE", "2023-06-13"),
            T("Friday", "DATE", "2023-06-16"),
            T("Thursday", "DATE", "2023-06-15", 1),
            T("This summer", "DATE", "2023-SU"),
            T("a day", "SET", "P1D"),
        ],
        [
            E("Grossi visits the Zaporizhzhia plant and meets its Russian-installed management", "CONSULT",
              ["IAEA", "Russia"], "2023-06-15", "text", "occurred", "crossed the front line on Thursday"),
            E("Grossi urges Moscow and Kyiv to refrain from military action near the cooling pond", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2023-06-15", "context", "occurred", "He urged Moscow and Kyiv"),
            E("Grossi meets Zelensky near Zaporizhzhia", "CONSULT", ["IAEA", "Volodymyr Zelensky"], "2023-06-13",
              "text", "occurred", "Grossi met President Volodymyr Zelensky"),
            E("Zelensky accuses Russia of using the plant as a military base and mining the site", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-06-13", "context", "occurred",
              "Russia was using the plant as a military base"),
            E("Rosatom adviser accuses Ukraine of shelling Enerhodar during the visit", "ACCUSE", ["Russia", "Ukraine"],
              "2023-06-15", "context", "occurred", "Renat Karchaa"),
            E("Peskov repeats Moscow's claim that Kyiv blew up the dam", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2023-06-16", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("The United States supports the IAEA's efforts", "SUPPORT", ["United States", "IAEA"], "2023-06-15",
              "text", "occurred", "fully supported the IAEA's efforts"),
            E("The United States calls on Russia to return the plant to Ukraine", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2023-06-15", "text", "occurred",
              "fully supported the IAEA's efforts"),
        ],
        [
            S("IAEA", "Grossi: the situation is serious but stable; the pond holds water for months", "2023-06-15",
              "context", "Speaking to reporters after the visit"),
            S("IAEA", "Grossi: the priority is to keep the water in the pond; nobody may touch the embankment",
              "2023-06-15", "context", "Our priority is to keep the water"),
            S("IAEA", "Grossi urges both sides to refrain from military action near the dike", "2023-06-15",
              "context", "He urged Moscow and Kyiv"),
            S("Volodymyr Zelensky", "Russia uses the plant as a military base and has mined parts of the site",
              "2023-06-13", "context", "Russia was using the plant as a military base"),
            S("Russia", "Karchaa: the visit was useful; Ukrainian forces shelled Enerhodar", "2023-06-15", "context",
              "Renat Karchaa"),
            S("Dmitry Peskov", "Russian specialists guarantee the plant's safety; Kyiv blew up the dam", "2023-06-16",
              "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("United States", "Fully supports the IAEA; Russia must return the plant to Ukraine", "2023-06-15",
              "text", "fully supported the IAEA's efforts"),
        ],
        ["IAEA", "Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "United States"],
    ),
    doc(
        "b103en02_environmental_compact_2024_02", "2024-02-10", EN02,
        [
            T("Friday", "DATE", "2024-02-09", 0),
            T("this year", "DATE", "2024"),
            T("2022", "DATE", "2022"),
            T("June 2023", "DATE", "2023-06"),
            T("now", "DATE", "PRESENT_REF"),
            T("last month", "DATE", "2024-01"),
            T("Friday", "DATE", "2024-02-09", 1),
            T("Saturday", "DATE", "2024-02-10"),
            T("the autumn", "DATE", "2024-FA"),
        ],
        [
            E("The working group hands Yermak the Environmental Compact for Ukraine in Kyiv", "CONSULT",
              ["Andriy Yermak"], "2024-02-09", "text", "occurred", "was handed over in Kyiv to Andriy Yermak"),
            E("The group recommends ways to make Moscow pay for the environmental damage", "REQUEST",
              ["Ukraine", "Russia"], "2024-02-09", "text", "occurred", "presented Ukraine on Friday with 50 recommendations"),
            E("Yermak endorses the compact", "SUPPORT", ["Andriy Yermak"], "2024-02-09", "context", "occurred",
              "Yermak endorsed the document"),
            E("Global peace summit in Switzerland later this year", "CONSULT", ["Ukraine"], "2024", "text", "planned",
              "Yermak endorsed the document"),
            E("Zelensky demands that Russia pay for every poisoned river and burned forest", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2024-02-09", "context", "occurred", "must pay for every poisoned river"),
            E("The European Commission welcomes the compact", "SUPPORT", ["European Union", "Ukraine"], "2024-02-09",
              "text", "occurred", "The European Commission welcomed the compact"),
            E("Russia's foreign ministry dismisses the compact as propaganda", "REJECT", ["Russia", "Ukraine"],
              "2024-02-10", "text", "occurred", "a propaganda product"),
            E("Russia accuses Kyiv of polluting the Dnipro itself", "ACCUSE", ["Russia", "Ukraine"], "2024-02-10",
              "text", "occurred", "a propaganda product"),
            E("The group to present the compact to the UN General Assembly in the autumn", "CONSULT",
              ["United Nations"], "2024-FA", "text", "planned", "present the compact to the UN General Assembly"),
        ],
        [
            S("Andriy Yermak", "Kyiv will make the compact part of the peace plan for a summit in Switzerland",
              "2024-02-09", "context", "Yermak endorsed the document"),
            S("Volodymyr Zelensky", "Russia must pay for every poisoned river and every burned forest", "2024-02-09",
              "context", "must pay for every poisoned river"),
            S("Ukraine", "Environment ministry: more than 2,000 cases of environmental harm registered", "2024-02-10",
              "published", "more than 2,000 cases"),
            S("United Nations", "UNEP: the full picture will emerge only once the fighting ends", "2024-01", "text",
              "said in a report last month"),
            S("European Union", "Welcomes the compact and will draw on it for the Ukraine Facility", "2024-02-09",
              "text", "The European Commission welcomed the compact"),
            S("Russia", "The compact is a propaganda product; Kyiv polluted the Dnipro itself", "2024-02-10", "text",
              "a propaganda product"),
        ],
        ["Ukraine", "Russia", "Andriy Yermak", "Volodymyr Zelensky", "United Nations", "European Union"],
    ),
    doc(
        "b103en03_icj_climate_opinion_war_emissions_2025_07", "2025-07-24", EN03,
        [
            T("Wednesday", "DATE", "2025-07-23", 0),
            T("March 2023", "DATE", "2023-03"),
            T("Thursday", "DATE", "2025-07-24", 0),
            T("February 2022", "DATE", "2022-02"),
            T("February 2025", "DATE", "2025-02"),
            T("annual", "SET", "P1Y"),
            T("Thursday", "DATE", "2025-07-24", 1),
            T("December", "DATE", "2024-12"),
            T("Wednesday", "DATE", "2025-07-23", 1),
            T("Thursday", "DATE", "2025-07-24", 2),
            T("January", "DATE", "2025-01"),
            T("November", "DATE", "2025-11"),
        ],
        [
            E("The UN General Assembly requested the ICJ's advisory opinion on climate obligations", "REQUEST",
              ["United Nations"], "2023-03", "text", "occurred", "requested by the UN General Assembly in March 2023"),
            E("Sybiha: Russia must answer for its war's emissions and destruction", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-07-24", "text", "occurred", "Andrii Sybiha wrote on X on Thursday"),
            E("Kyiv to add climate damage to its claims against Russia", "ACCUSE", ["Ukraine", "Russia"], "2025-07-24",
              "context", "planned", "Andrii Sybiha wrote on X on Thursday"),
            E("Zakharova rejects attempts to turn the opinion against Russia as absurd", "REJECT",
              ["Maria Zakharova", "Ukraine"], "2025-07-24", "text", "occurred", "not binding on anyone"),
            E("Guterres welcomes the ICJ opinion", "SUPPORT", ["António Guterres"], "2025-07-23", "text", "occurred",
              "a victory for our planet"),
            E("The United States does not consider itself bound by the opinion", "REJECT", ["United States"],
              "2025-07-24", "published", "occurred", "did not consider itself bound"),
            E("The United States began leaving the Paris Agreement in January", "REJECT", ["United States"], "2025-01",
              "text", "occurred", "did not consider itself bound"),
            E("Kyiv to raise war emissions at COP30 in Belém in November", "CONSULT", ["Ukraine", "United Nations"],
              "2025-11", "text", "planned", "Kyiv plans to raise the issue at the COP30"),
        ],
        [
            S("Andrii Sybiha", "The opinion leaves no doubt that an aggressor must answer for emissions; Kyiv will "
              "add climate damage to its claims", "2025-07-24", "text", "Andrii Sybiha wrote on X on Thursday"),
            S("Russia", "Moscow dismisses the opinion", "2025-07-24", "published", "Moscow was dismissive."),
            S("Maria Zakharova", "The opinion binds no one; turning it against Russia is absurd", "2025-07-24", "text",
              "not binding on anyone"),
            S("Russia", "The Paris Agreement alone defines states' climate obligations", "2024-12", "text",
              "At the court's hearings in December"),
            S("António Guterres", "The opinion is a victory for the planet and for climate justice", "2025-07-23",
              "text", "a victory for our planet"),
            S("European Union", "Will study the opinion; it strengthens the case for holding polluters to account",
              "2025-07-24", "text", "The European Commission said on Thursday"),
            S("United States", "State Department: the United States is not bound by the opinion", "2025-07-24",
              "published", "did not consider itself bound"),
        ],
        ["United Nations", "Ukraine", "Andrii Sybiha", "Russia", "Maria Zakharova", "António Guterres",
         "European Union", "United States"],
    ),
    doc(
        "b103en04_tokyo_mine_action_conference_2025_10", "2025-10-18", EN04,
        [
            T("Thursday", "DATE", "2025-10-16", 0),
            T("Friday", "DATE", "2025-10-17", 0),
            T("2023", "DATE", "2023"),
            T("Thursday", "DATE", "2025-10-16", 1),
            T("this year", "DATE", "2025"),
            T("Friday", "DATE", "2025-10-17", 1),
            T("2026", "DATE", "2026"),
            T("a year ago", "DATE", "2024"),
            T("Thursday", "DATE", "2025-10-16", 2),
            T("June", "DATE", "2025-06"),
            T("last year", "DATE", "2024"),
        ],
        [
            E("Third international mine action conference for Ukraine in Tokyo", "CONSULT", ["Ukraine"], "2025-10-16",
              "text", "occurred", "gathered in Tokyo on Thursday and Friday", note="16-17 October, co-hosted by Japan"),
            E("Japan pledges a further 10 billion yen for demining", "AID", ["Ukraine"], "2025-10-16", "context",
              "occurred", "Takeshi Iwaya opened the meeting"),
            E("Svyrydenko asks donors to help build a Ukrainian demining industry", "REQUEST", ["Ukraine"],
              "2025-10-16", "context", "occurred", "asked donors to help Ukraine build"),
            E("Zelensky thanks Japan", "SUPPORT", ["Volodymyr Zelensky"], "2025-10-16", "text", "occurred",
              "standing with Ukraine without firing a shot"),
            E("Kallas announces 30 million euros for humanitarian demining", "AID",
              ["Kaja Kallas", "European Union", "Ukraine"], "2025-10-16", "context", "occurred",
              "announced 30 million euros"),
            E("Britain pledges 12 million pounds for mine clearance", "AID", ["United Kingdom", "Ukraine"], "2025-10-16",
              "context", "occurred", "Britain pledged"),
            E("Participants adopt the Tokyo declaration on supporting mine action in Ukraine", "AGREE",
              ["Ukraine", "European Union", "United Kingdom", "United States"], "2025-10-17", "text", "occurred",
              "adopted a Tokyo declaration"),
            E("Poland offers to host the next conference in 2026", "REQUEST", ["Poland", "Ukraine"], "2025-10-17",
              "context", "occurred", "Poland offered to host"),
            E("Previous mine action conference in Lausanne a year ago", "CONSULT", ["Ukraine"], "2024", "text",
              "occurred", "The previous meeting was held in Lausanne"),
            E("Zakharova accuses Tokyo of financing the Kyiv regime under a humanitarian label", "ACCUSE",
              ["Maria Zakharova"], "2025-10-16", "text", "occurred", "financing the Kyiv regime"),
            E("Ukraine began leaving the anti-personnel mine ban treaty in June", "REJECT", ["Ukraine"], "2025-06",
              "text", "occurred", "Ukraine began leaving it in June"),
        ],
        [
            S("Ukraine", "Svyrydenko: about a fifth of the territory is potentially contaminated", "2025-10-16",
              "context", "about a fifth of her country's territory"),
            S("Ukraine", "Svyrydenko: every cleared field is a harvest returned; help build a Ukrainian demining "
              "industry", "2025-10-16", "context", "Every field we clear"),
            S("Volodymyr Zelensky", "Thanks Japan for standing with Ukraine without firing a shot", "2025-10-16",
              "text", "standing with Ukraine without firing a shot"),
            S("Kaja Kallas", "Announces 30 million euros for humanitarian demining", "2025-10-16", "context",
              "announced 30 million euros"),
            S("United States", "A US official: support continues through existing programs", "2025-10-16",
              "context", "a US official said"),
            S("Maria Zakharova", "Tokyo finances the Kyiv regime under a humanitarian label", "2025-10-16", "text",
              "financing the Kyiv regime"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Kaja Kallas", "European Union", "United Kingdom", "United States",
         "Poland", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b103en05_cop29_war_emissions_2024_11", "2024-11-13", EN05,
        [
            T("Tuesday", "DATE", "2024-11-12", 0),
            T("annual", "SET", "P1Y"),
            T("Tuesday", "DATE", "2024-11-12", 1),
            T("Tuesday", "DATE", "2024-11-12", 2),
            T("the same day", "DATE", "2024-11-12"),
            T("Wednesday", "DATE", "2024-11-13", 0),
            T("last week", "DATE", "2024-W45"),
            T("Wednesday morning", "TIME", "2024-11-13TMO"),
            T("73 days", "DURATION", "P73D"),
            T("next year", "DATE", "2025"),
        ],
        [
            E("Strilets: Russia should be made to pay more than $32bn for war emissions", "REQUEST",
              ["Ukraine", "Russia"], "2024-11-12", "context", "occurred", "Russia should be made to pay it"),
            E("Ukraine asks the UN climate secretariat for guidance on reporting military and war emissions",
              "REQUEST", ["Ukraine", "United Nations"], "2024-11-12", "context", "occurred",
              "formally asked the UN climate secretariat"),
            E("The EU backs the Ukrainian push", "SUPPORT", ["European Union", "Ukraine"], "2024-11-12", "context",
              "occurred", "polluter-pays principle"),
            E("Russia's climate envoy rejects the war-emissions accounting", "REJECT", ["Russia", "Ukraine"],
              "2024-11-13", "text", "occurred", "Ruslan Edelgeriyev"),
            E("Russia's climate envoy accuses Kyiv of using the summit to raise money for weapons", "ACCUSE",
              ["Russia", "Ukraine"], "2024-11-13", "text", "occurred", "Ruslan Edelgeriyev"),
            E("Russian missile attack on Kyiv, the first in 73 days", "ASSAULT", ["Russia", "Ukraine"],
              "2024-11-13TMO", "text", "occurred", "first missile attack on Kyiv"),
        ],
        [
            S("Ukraine", "Strilets: damage of more than $32bn at the social cost of carbon; Russia should pay",
              "2024-11-12", "context", "Russia should be made to pay it"),
            S("Ukraine", "Strilets asks the UN climate secretariat for reporting guidance", "2024-11-12", "context",
              "formally asked the UN climate secretariat"),
            S("United Nations", "Stiell: the request will be looked at carefully, but rules need all parties",
              "2024-11-12", "text", "Simon Stiell"),
            S("European Union", "Hoekstra: the polluter-pays principle cannot stop at the front line", "2024-11-12",
              "text", "polluter-pays principle"),
            S("Keir Starmer", "Energy security and climate security are the same thing", "2024-11-12", "text",
              "energy security and climate security"),
            S("Russia", "Moscow's delegation rejects the exercise", "2024-11-13", "published",
              "Russia's delegation rejected the exercise."),
            S("Russia", "Edelgeriyev: a political show; Kyiv raises money for weapons", "2024-11-13", "text",
              "Ruslan Edelgeriyev"),
            S("Donald Trump", "Promises to pull the United States out of the Paris Agreement again", "2024-11-13",
              "published", "has promised to pull the United States"),
            S("Ukraine", "Military: Russia's first missile attack on Kyiv in 73 days", "2024-11-13", "published",
              "first missile attack on Kyiv"),
        ],
        ["Ukraine", "Russia", "United Nations", "European Union", "Keir Starmer", "United Kingdom", "Kremlin",
         "Donald Trump", "United States"],
    ),
    doc(
        "b103en06_un_access_flooded_kherson_2023_06", "2023-06-19", EN06,
        [
            T("Sunday", "DATE", "2023-06-18", 0),
            T("June 6", "DATE", "2023-06-06"),
            T("last week", "DATE", "2023-W24", 0),
            T("Monday", "DATE", "2023-06-19", 0),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2023-06-18", 1),
            T("Monday", "DATE", "2023-06-19", 1),
            T("last week", "DATE", "2023-W24", 1),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("Russia declines the UN's request for access to the flooded occupied areas", "REJECT",
              ["Russia", "United Nations"], "2023-06-18", "context", "occurred", "had declined its request",
              note="dated by the day the UN made the refusal known"),
            E("Brown urges Russia to meet its obligations under international humanitarian law", "REQUEST",
              ["United Nations", "Russia"], "2023-06-18", "context", "occurred", "We urge the Russian Federation"),
            E("UN agencies deliver water, food and cash on the Ukrainian-controlled side", "AID",
              ["United Nations", "Ukraine"], "2023-06-06", "text", "occurred", "UN agencies have delivered",
              date_mod="START"),
            E("Griffiths raised access with Russian officials by phone", "CONSULT", ["United Nations", "Russia"],
              "2023-W24", "text", "occurred", "raised access with Russian officials by phone"),
            E("Polyanskiy accuses Kyiv of shelling the flooded towns", "ACCUSE", ["Russia", "Ukraine"], "2023-06-19",
              "text", "occurred", "Dmitry Polyanskiy"),
            E("Zelensky demands that the UN and the Red Cross be present where people are drowning", "REQUEST",
              ["Volodymyr Zelensky", "United Nations"], "2023-06-18", "text", "occurred",
              "must be where people are drowning"),
            E("The State Department calls the Russian refusal 'unconscionable'", "ACCUSE", ["United States", "Russia"],
              "2023-06-19", "text", "occurred", "unconscionable"),
            E("UNEP begins a remote assessment using satellite imagery", "COOPERATE", ["United Nations"], "2023-W24",
              "text", "occurred", "UNEP said last week"),
        ],
        [
            S("United Nations", "Russia declined the UN's request for access to the flooded occupied areas",
              "2023-06-18", "text", "had declined its request"),
            S("United Nations", "Brown: Russia must act according to international humanitarian law", "2023-06-18",
              "context", "We urge the Russian Federation"),
            S("United Nations", "Brown: aid cannot be denied to people who need it", "2023-06-18", "context",
              "Aid cannot be denied"),
            S("Russia", "Russian-installed officials: dozens of people died on the left bank", "2023-06-19",
              "published", "according to Russian-installed officials"),
            S("United Nations", "Griffiths' office: access was raised with Russian officials by phone", "2023-06-19",
              "published", "raised access with Russian officials by phone"),
            S("Russia", "Polyanskiy: the UN was invited to work from the Russian side; Kyiv's shelling blocked it",
              "2023-06-19", "text", "Dmitry Polyanskiy"),
            S("Ukraine", "Russian forces have shelled evacuation boats several times", "2023-06-19", "published",
              "shelled evacuation boats"),
            S("Volodymyr Zelensky", "The UN and the Red Cross must be where people are drowning", "2023-06-18",
              "text", "must be where people are drowning"),
            S("United States", "The Russian refusal is unconscionable", "2023-06-19", "text", "unconscionable"),
            S("United Nations", "UNEP: remote assessment by satellite begun, to be shared with both sides",
              "2023-W24", "text", "UNEP said last week"),
        ],
        ["United Nations", "Russia", "Ukraine", "Volodymyr Zelensky", "United States"],
    ),
]
