"""English articles of the blind66 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b66en01 (Civil.ge)
EN01 = """
EU moves to suspend visa-free travel for Georgian diplomats; Kallas warns of "further steps"

Tbilisi, Civil.ge – EU foreign ministers agreed on Monday to suspend visa-free travel to the Schengen area for holders of Georgian diplomatic and service passports, the bloc's foreign policy chief Kaja Kallas told reporters in Brussels.
Kallas said the step was a response to the "violent crackdown" on peaceful protesters since late November, when the Georgian Dream government froze the country's EU accession bid until 2028.
"We are ready to take further steps if the situation does not improve," she said, adding that broader sanctions against individual officials remained blocked by Hungary and Slovakia.
Prime Minister Irakli Kobakhidze dismissed the EU decision as "insignificant," saying only a few hundred people held such passports.

The move adds to a series of punitive steps by Georgia's Western partners.
On December 27, the US Treasury sanctioned Georgian Dream founder Bidzina Ivanishvili, and outgoing Secretary of State Antony Blinken accused him of undermining Georgia's democratic institutions "for the benefit of the Russian Federation."
Washington had already suspended its Strategic Partnership Charter with Tbilisi at the end of November.
Ukraine followed suit in late December, when President Volodymyr Zelensky imposed sanctions on Ivanishvili and 18 other Georgian officials.
"Georgia's people deserve better than a government that serves Moscow," Zelensky said at the time.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Brussels was trying to "punish Georgians for choosing their own path."
Kremlin spokesman Dmitry Peskov had told reporters last week that Russia was ready to restore diplomatic relations, which Tbilisi broke off in 2008, "whenever Georgia is ready."

Diplomats in Brussels said EU ambassadors could formally adopt the visa measure as early as next week.
Kallas also plans to invite former President Salome Zourabichvili, whom the protesters regard as the legitimate head of state, and opposition leaders to Brussels in February.
Protests on Rustaveli Avenue, which began on November 28, entered their third month on Monday.
"""

# ---------------------------------------------------------------- b66en02 (Eurasianet)
EN02 = """
In Astana, Putin threatens Kyiv's "decision-making centers" as Pashinyan shuns CSTO summit

ASTANA – Vladimir Putin used a two-day state visit to Kazakhstan to deliver a fresh threat to Ukraine, saying on Thursday that Russia's new Oreshnik missile could be used against "decision-making centers" in Kyiv.
Speaking at a press conference after a summit of the Russia-led Collective Security Treaty Organization (CSTO), the Kremlin leader said Moscow was choosing targets in response to strikes that Ukraine has carried out on Russian territory with US and British missiles since last week.
He also praised US President-elect Donald Trump as "an experienced and smart politician" and said he was open to contacts with the incoming administration.

The leaders of Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan attended the summit on Thursday; Armenia's seat remained empty.
Belarusian leader Alexander Lukashenko used the gathering to ask for the Oreshnik to be deployed on Belarusian soil.
Putin said he was prepared to grant the request once the system enters serial production.

Armenian Prime Minister Nikol Pashinyan stayed away for the second year running.
Yerevan froze its participation in the bloc in February and has since said it intends to leave.
Kremlin spokesman Dmitry Peskov said on Wednesday that the door "remains open" for Armenia and that Moscow still regarded Yerevan as an ally.

The visit itself began on Wednesday, when Putin and President Kassym-Jomart Tokayev held talks at the Akorda and signed 17 documents, among them an agreement on Russian gas supplies to Kazakhstan's north and east.
Tokayev spoke of "eternal friendship," yet Astana has kept its distance from the war and has never recognized Russia's annexation of Ukrainian regions.

In Kyiv, Foreign Minister Andrii Sybiha said late Thursday that Putin's remarks amounted to "nuclear blackmail" addressed "to the whole world, not just to Ukraine."
On Tuesday, Sybiha had asked NATO allies at an emergency meeting of the NATO-Ukraine Council in Brussels for additional air defense systems.
Russia struck Ukraine's power grid again overnight into Thursday, and Ukrainian officials reported blackouts for more than a million households.

The next CSTO summit is to be held in Bishkek next year, when Kyrgyzstan takes over the rotating chairmanship, and Putin said he would attend.
"""

# ---------------------------------------------------------------- b66en03 (Armenpress)
EN03 = """
Armenia, Türkiye agree to open Margara checkpoint by end of June

YEREVAN, MARCH 13, ARMENPRESS. Minister of Foreign Affairs of Armenia Ararat Mirzoyan and Minister of Foreign Affairs of Türkiye Hakan Fidan held talks in Yerevan on Thursday, during which the sides agreed to open the Margara-Alican border checkpoint for citizens of third countries and holders of diplomatic passports by the end of June.
The Turkish Foreign Minister was also received by Prime Minister Nikol Pashinyan.
It was the first visit by a Turkish foreign minister to Armenia since 2009, when the two countries signed the Zurich Protocols, which were never ratified.

"We have opened a new page, and Türkiye will support the conclusion of a lasting peace treaty between Armenia and Azerbaijan," Fidan said at a joint press conference.
Fidan invited Mirzoyan to the Antalya Diplomacy Forum in April, and the sides agreed that their special envoys for normalization would meet again in Kars next month.

The Russian Foreign Ministry reacted cautiously.
Spokeswoman Maria Zakharova said on Thursday that any change to the protection of Armenia's border with Türkiye, which Russian border guards have patrolled since 1992, must be agreed with Moscow.
Russian border guards left the checkpoint at Zvartnots International Airport in August 2024 under an arrangement agreed with Moscow that spring.
Russian Foreign Minister Sergey Lavrov is expected in Yerevan later this month, according to the Armenian Foreign Ministry.

EU High Representative Kaja Kallas welcomed the agreement on Thursday evening, calling it "a strong signal for the whole South Caucasus."
On Wednesday, US Secretary of State Marco Rubio discussed the regional agenda with Mirzoyan by phone, including progress on the Trump Route for International Peace and Prosperity.
The route, agreed at the White House in August 2025, is to link mainland Azerbaijan with its Nakhchivan exclave through Armenia's Syunik province.

Türkiye closed its border with Armenia in 1993 in solidarity with Azerbaijan.
Charter flights between Yerevan and Istanbul have operated since February 2022, and cargo traffic through Margara was allowed for humanitarian aid after the earthquake in Türkiye in 2023.
"""

# ---------------------------------------------------------------- b66en04 (Azernews)
EN04 = """
Aliyev, Pashinyan sign declaration at White House as Trump secures Zangezur route rights

BAKU – President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan signed a joint declaration at the White House on Friday in the presence of US President Donald Trump, who put his own signature on the document as a witness.
The foreign ministers of the two countries initialed the text of the peace agreement, agreed in March, during the same ceremony.
Before the signing, Trump received both leaders separately and then hosted a trilateral meeting.

Under the declaration, the United States will receive exclusive development rights for 99 years to the Zangezur corridor, which Washington has branded the "Trump Route for International Peace and Prosperity" (TRIPP).
Trump also signed an executive order waiving Section 907 of the Freedom Support Act, which has restricted US assistance to Azerbaijan since 1992.
"It took 35 years, and we got it done," Trump told reporters.
Aliyev and Pashinyan said they would jointly nominate Trump for the Nobel Peace Prize.

Moscow, which brokered the ceasefire of November 2020 and then deployed peacekeepers to Karabakh, was notably absent from the process.
Russian Foreign Ministry spokeswoman Maria Zakharova said on Saturday that Moscow welcomed steps toward peace but warned that "solutions imposed by non-regional players" could destabilize the South Caucasus.
Kremlin spokesman Dmitry Peskov said on Friday that Russia expected to be kept informed, noting that President Vladimir Putin had discussed the summit with Aliyev by phone on Thursday.
Relations between Baku and Moscow have been strained for months.

Turkish President Recep Tayyip Erdoğan congratulated Aliyev by phone on Saturday and said Türkiye stood ready to contribute to the route's construction.
EU foreign policy chief Kaja Kallas called the declaration "a historic opportunity," while French President Emmanuel Macron said it opened "a new era" for the region.

Baku insists that the peace treaty can be signed only once Armenia removes territorial claims from its constitution, a change Pashinyan has promised to put to a referendum, possibly next year.
"""

# ---------------------------------------------------------------- b66en05 (Moldpres)
EN05 = """
Moldova cuts staff of Russian embassy, citing hostile actions

CHISINAU, July 27 /MOLDPRES/ – The Republic of Moldova has decided to reduce the staff of the Embassy of the Russian Federation in Chisinau to 10 diplomats and 15 administrative and technical employees, the Ministry of Foreign Affairs and European Integration announced on Wednesday.
The Russian side has until August 15 to implement the decision, which affects 45 diplomats and technical staff.
Ambassador Oleg Vasnetsov was summoned to the ministry on Wednesday, where he was handed a note verbale.

Deputy Prime Minister, Minister of Foreign Affairs and European Integration Nicu Popescu said the measure was a response to "numerous unfriendly actions" by the Russian Federation, including attempts to destabilize the Republic of Moldova.
Popescu pointed to media reports that antennas and other equipment had been installed on the roof of the embassy building in recent weeks.
In February, the head of state, Maia Sandu, presented what she described as a plan by Moscow to overthrow the government in Chisinau with the help of saboteurs from abroad.

Russian Foreign Ministry spokeswoman Maria Zakharova said late Wednesday that Chisinau had "destroyed" bilateral relations and that Moscow's response "will not be long in coming."
Kremlin spokesman Dmitry Peskov said on Thursday that the decision was "regrettable" and continued the "unfriendly course" of the Moldovan leadership.

The Delegation of the European Union in Chisinau expressed solidarity with the Moldovan authorities.
In April, the EU Council adopted a framework for sanctions against persons responsible for destabilizing the Republic of Moldova, and the first listings followed at the end of May.
The United States imposed sanctions on Russian intelligence-linked persons active in Moldova in June.
Ukrainian Foreign Minister Dmytro Kuleba voiced support for Chisinau's decision.

Popescu reiterated the demand of the Republic of Moldova for the withdrawal of Russian troops and ammunition stocks from the Transnistrian region.
About 1,500 Russian soldiers are stationed in the region, guarding the depot at Cobasna, one of the largest in Eastern Europe.
Negotiations on a Transnistrian settlement in the "5+2" format have not been held since 2019.
"""

# ---------------------------------------------------------------- b66en06 (Belsat)
EN06 = """
Lukashenka claims seventh term as EU dismisses "sham" vote; Putin and Xi send congratulations

WARSAW – Alyaksandr Lukashenka was declared the winner of Sunday's presidential election in Belarus with 86.8 percent of the vote, according to the Central Election Commission, extending a rule that began in 1994.
At a press conference on election day that lasted more than four hours, Lukashenka said he "couldn't care less" whether the European Union recognized the vote.
He also said he was ready for a "big deal" with the administration of US President Donald Trump, and that Russia's Oreshnik missiles would be deployed in Belarus by the end of the year.

EU foreign policy chief Kaja Kallas and Enlargement Commissioner Marta Kos said on Monday that the election was "neither free nor fair" and that Lukashenka "has no legitimacy."
The EU would continue to expand sanctions against the regime in the coming weeks, they added.
Polish Foreign Minister Radosław Sikorski called the vote a "farce," and Lithuania said it would not recognize the result.

Russian President Vladimir Putin was among the first to congratulate Lukashenka, sending a telegram on Sunday night in which he praised a "convincing victory."
Chinese leader Xi Jinping followed on Monday, saying Beijing was ready to deepen its "all-weather comprehensive strategic partnership" with Minsk.
Kremlin spokesman Dmitry Peskov said on Monday that Moscow regarded the result as a clear expression of the will of the Belarusian people.

Ukraine's Foreign Minister Andrii Sybiha wrote on X that Lukashenka had lost all legitimacy by turning Belarus into a launchpad for Russian aggression in February 2022.

Since July, Lukashenka has pardoned more than 250 people convicted in what rights groups consider politically motivated cases, a move widely seen as an overture to Washington.
Exiled opposition leader Sviatlana Tsikhanouskaya, whom Belsat interviewed in Warsaw on Monday, urged Western governments not to "legitimize the dictator" through new contacts.
The human rights center Viasna counts more than 1,200 political prisoners in Belarus.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b66en01_eu_visa_georgian_diplomats_2025_01", "2025-01-28", EN01,
        [
            T("Monday", "DATE", "2025-01-27", 0),
            T("late November", "DATE", "2024-11", mod="END"),
            T("2028", "DATE", "2028"),
            T("December 27", "DATE", "2024-12-27"),
            T("the end of November", "DATE", "2024-11", mod="END"),
            T("late December", "DATE", "2024-12", mod="END"),
            T("Tuesday", "DATE", "2025-01-28"),
            T("last week", "DATE", "2025-W04"),
            T("2008", "DATE", "2008"),
            T("next week", "DATE", "2025-W06"),
            T("February", "DATE", "2025-02"),
            T("November 28", "DATE", "2024-11-28"),
            T("Monday", "DATE", "2025-01-27", 1),
        ],
        [
            E("EU foreign ministers agree to suspend visa-free travel for Georgian diplomatic and service passports",
              "SANCTION", ["European Union"], "2025-01-27", "text", "occurred", "EU foreign ministers agreed on Monday"),
            E("Kallas accuses the Georgian authorities of a violent crackdown on protesters", "ACCUSE", ["Kaja Kallas"],
              "2025-01-27", "context", "occurred", "violent crackdown"),
            E("Georgian Dream government freezes the EU accession bid until 2028", "REJECT", ["European Union"],
              "2024-11", "text", "occurred", "violent crackdown", date_mod="END", note="announced on 28 November 2024"),
            E("Kallas threatens further steps if the situation does not improve", "THREATEN", ["Kaja Kallas"],
              "2025-01-27", "context", "occurred", "We are ready to take further steps"),
            E("Hungary and Slovakia keep blocking broader EU sanctions on Georgian officials", "REJECT",
              ["European Union"], "2025-01-27", "context", "occurred", "We are ready to take further steps"),
            E("Kobakhidze dismisses the EU decision as insignificant", "REJECT", ["European Union"], "2025-01-27",
              "context", "occurred", "Prime Minister Irakli Kobakhidze dismissed"),
            E("US Treasury sanctions Bidzina Ivanishvili", "SANCTION", ["United States"], "2024-12-27", "text",
              "occurred", "On December 27, the US Treasury"),
            E("Blinken accuses Ivanishvili of undermining Georgia's democracy for Russia's benefit", "ACCUSE",
              ["Antony Blinken"], "2024-12-27", "context", "occurred", "On December 27, the US Treasury"),
            E("US suspends its Strategic Partnership Charter with Georgia", "SANCTION", ["United States"], "2024-11",
              "text", "occurred", "Strategic Partnership Charter", date_mod="END", note="30 November 2024"),
            E("Zelensky imposes sanctions on Ivanishvili and 18 other Georgian officials", "SANCTION",
              ["Volodymyr Zelensky"], "2024-12", "text", "occurred", "Ukraine followed suit", date_mod="END"),
            E("Zelensky accuses the Georgian government of serving Moscow", "ACCUSE", ["Volodymyr Zelensky"], "2024-12",
              "context", "occurred", "deserve better than a government", date_mod="END"),
            E("Zakharova accuses Brussels of trying to punish Georgians for their choice", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-01-28", "text", "occurred",
              "Foreign Ministry spokeswoman Maria Zakharova said on Tuesday"),
            E("Peskov: Russia ready to restore diplomatic relations with Georgia", "AGREE", ["Dmitry Peskov"],
              "2025-W04", "text", "occurred", "Kremlin spokesman Dmitry Peskov had told"),
            E("Georgia broke off diplomatic relations with Russia in 2008", "SANCTION", ["Russia"], "2008", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov had told"),
            E("EU ambassadors could formally adopt the visa measure next week", "SANCTION", ["European Union"],
              "2025-W06", "text", "uncertain", "could formally adopt the visa measure"),
            E("Kallas to invite Zourabichvili and opposition leaders to Brussels", "CONSULT", ["Kaja Kallas"],
              "2025-02", "text", "planned", "Kallas also plans to invite"),
        ],
        [
            S("Kaja Kallas", "EU ministers agreed to suspend visa-free travel for Georgian diplomatic passports",
              "2025-01-27", "text", "EU foreign ministers agreed on Monday"),
            S("Kaja Kallas", "The step responds to the violent crackdown on peaceful protesters", "2025-01-27",
              "context", "violent crackdown"),
            S("Kaja Kallas", "Ready to take further steps; broader sanctions blocked by Hungary and Slovakia",
              "2025-01-27", "context", "We are ready to take further steps"),
            S("Antony Blinken", "Ivanishvili undermined Georgia's democratic institutions for the benefit of Russia",
              "2024-12-27", "context", "On December 27, the US Treasury"),
            S("Volodymyr Zelensky", "Georgians deserve better than a government that serves Moscow", "2024-12",
              "context", "deserve better than a government"),
            S("Maria Zakharova", "Brussels is trying to punish Georgians for choosing their own path", "2025-01-28",
              "text", "Foreign Ministry spokeswoman Maria Zakharova said on Tuesday"),
            S("Dmitry Peskov", "Russia is ready to restore diplomatic relations whenever Georgia is ready", "2025-W04",
              "text", "Kremlin spokesman Dmitry Peskov had told"),
        ],
        ["European Union", "Kaja Kallas", "United States", "Antony Blinken", "Russia", "Ukraine",
         "Volodymyr Zelensky", "Maria Zakharova", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b66en02_putin_astana_csto_oreshnik_2024_11", "2024-11-29", EN02,
        [
            T("two-day", "DURATION", "P2D"),
            T("Thursday", "DATE", "2024-11-28", 0),
            T("last week", "DATE", "2024-W47"),
            T("Thursday", "DATE", "2024-11-28", 1),
            T("February", "DATE", "2024-02"),
            T("Wednesday", "DATE", "2024-11-27", 0),
            T("Wednesday", "DATE", "2024-11-27", 1),
            T("late Thursday", "TIME", "2024-11-28TNI"),
            T("Tuesday", "DATE", "2024-11-26"),
            T("overnight into Thursday", "TIME", "2024-11-27TNI", note="night of 27 to 28 November"),
            T("next year", "DATE", "2025"),
        ],
        [
            E("Putin threatens to use the Oreshnik against decision-making centres in Kyiv", "THREATEN",
              ["Vladimir Putin", "Ukraine"], "2024-11-28", "text", "occurred", "deliver a fresh threat"),
            E("Ukraine strikes Russian territory with US and British missiles", "ASSAULT", ["Ukraine", "Russia"],
              "2024-W47", "text", "occurred", "Speaking at a press conference", date_mod="START"),
            E("Putin praises Trump as an experienced and smart politician", "SUPPORT", ["Vladimir Putin", "Donald Trump"],
              "2024-11-28", "context", "occurred", "He also praised US President-elect"),
            E("Putin open to contacts with the incoming Trump administration", "AGREE",
              ["Vladimir Putin", "Donald Trump"], "2024-11-28", "context", "occurred",
              "He also praised US President-elect"),
            E("CSTO summit in Astana", "CONSULT", ["Belarus", "Russia"], "2024-11-28", "text", "occurred",
              "attended the summit on Thursday"),
            E("Lukashenko asks for the Oreshnik to be deployed in Belarus", "REQUEST",
              ["Alexander Lukashenko", "Vladimir Putin"], "2024-11-28", "context", "occurred",
              "used the gathering to ask"),
            E("Putin agrees to grant Lukashenko's request once serial production starts", "AGREE",
              ["Vladimir Putin", "Alexander Lukashenko"], "2024-11-28", "context", "occurred",
              "prepared to grant the request"),
            E("Armenia froze its participation in the CSTO", "SANCTION", ["Russia"], "2024-02", "text", "occurred",
              "Yerevan froze its participation"),
            E("Peskov: the door remains open for Armenia", "AGREE", ["Dmitry Peskov"], "2024-11-27", "text",
              "occurred", "the door \"remains open\""),
            E("Putin and Tokayev hold talks at the Akorda", "CONSULT", ["Vladimir Putin"], "2024-11-27", "text",
              "occurred", "The visit itself began on Wednesday"),
            E("Putin and Tokayev sign 17 documents, including a gas supply agreement", "AGREE", ["Vladimir Putin"],
              "2024-11-27", "context", "occurred", "The visit itself began on Wednesday"),
            E("Sybiha calls Putin's remarks nuclear blackmail", "ACCUSE", ["Andrii Sybiha", "Vladimir Putin"],
              "2024-11-28TNI", "text", "occurred", "nuclear blackmail"),
            E("Emergency meeting of the NATO-Ukraine Council in Brussels", "CONSULT", ["Andrii Sybiha", "NATO"],
              "2024-11-26", "text", "occurred", "On Tuesday, Sybiha had asked"),
            E("Sybiha asks NATO allies for additional air defence systems", "REQUEST", ["Andrii Sybiha", "NATO"],
              "2024-11-26", "context", "occurred", "On Tuesday, Sybiha had asked"),
            E("Russia strikes Ukraine's power grid overnight", "ASSAULT", ["Russia", "Ukraine"], "2024-11-27TNI",
              "text", "occurred", "Russia struck Ukraine's power grid"),
            E("Putin to attend the next CSTO summit in Bishkek", "CONSULT", ["Vladimir Putin"], "2025", "text",
              "planned", "The next CSTO summit"),
        ],
        [
            S("Vladimir Putin", "The Oreshnik could be used against decision-making centres in Kyiv", "2024-11-28",
              "text", "deliver a fresh threat"),
            S("Vladimir Putin", "Targets are chosen in response to Ukraine's strikes with US and British missiles",
              "2024-11-28", "context", "Speaking at a press conference"),
            S("Vladimir Putin", "Trump is an experienced and smart politician; open to contacts", "2024-11-28",
              "context", "He also praised US President-elect"),
            S("Vladimir Putin", "Prepared to deploy the Oreshnik in Belarus once in serial production", "2024-11-28",
              "context", "prepared to grant the request"),
            S("Dmitry Peskov", "The door remains open for Armenia, still regarded as an ally", "2024-11-27", "text",
              "the door \"remains open\""),
            S("Andrii Sybiha", "Putin's remarks are nuclear blackmail addressed to the whole world", "2024-11-28TNI",
              "text", "nuclear blackmail"),
            S("Ukraine", "Blackouts for more than a million households after the overnight strike", "2024-11-28",
              "context", "Russia struck Ukraine's power grid"),
            S("Vladimir Putin", "Will attend the next CSTO summit in Bishkek", "2024-11-28", "context",
              "The next CSTO summit"),
        ],
        ["Vladimir Putin", "Kremlin", "Ukraine", "Russia", "United States", "Donald Trump", "Belarus",
         "Alexander Lukashenko", "Dmitry Peskov", "Andrii Sybiha", "NATO"],
    ),
    doc(
        "b66en03_fidan_yerevan_margara_2026_03", "2026-03-13", EN03,
        [
            T("end of June", "DATE", "2026-06", mod="END"),
            T("MARCH 13", "DATE", "2026-03-13"),
            T("Thursday", "DATE", "2026-03-12", 0),
            T("the end of June", "DATE", "2026-06", mod="END"),
            T("2009", "DATE", "2009"),
            T("April", "DATE", "2026-04"),
            T("next month", "DATE", "2026-04"),
            T("Thursday", "DATE", "2026-03-12", 1),
            T("1992", "DATE", "1992"),
            T("August 2024", "DATE", "2024-08"),
            T("that spring", "DATE", "2024-SP"),
            T("this month", "DATE", "2026-03"),
            T("Thursday evening", "TIME", "2026-03-12TEV"),
            T("Wednesday", "DATE", "2026-03-11"),
            T("August 2025", "DATE", "2025-08"),
            T("1993", "DATE", "1993"),
            T("February 2022", "DATE", "2022-02"),
            T("2023", "DATE", "2023"),
        ],
        [
            E("Fidan and Mirzoyan hold talks in Yerevan", "CONSULT", ["Hakan Fidan"], "2026-03-12", "text",
              "occurred", "held talks in Yerevan on Thursday"),
            E("Armenia and Türkiye agree to open the Margara-Alican checkpoint by the end of June", "AGREE",
              ["Hakan Fidan", "Turkey"], "2026-03-12", "context", "occurred", "held talks in Yerevan on Thursday"),
            E("Pashinyan receives Fidan", "CONSULT", ["Hakan Fidan"], "2026-03-12", "context", "occurred",
              "was also received by Prime Minister"),
            E("Armenia and Türkiye signed the Zurich Protocols", "AGREE", ["Turkey"], "2009", "text", "occurred",
              "Zurich Protocols"),
            E("Fidan: Türkiye will support a lasting Armenia-Azerbaijan peace treaty", "SUPPORT", ["Hakan Fidan"],
              "2026-03-12", "context", "occurred", "We have opened a new page"),
            E("Fidan invites Mirzoyan to the Antalya Diplomacy Forum", "REQUEST", ["Hakan Fidan"], "2026-03-12",
              "context", "occurred", "Fidan invited Mirzoyan"),
            E("The sides agree that their special envoys will meet again", "AGREE", ["Turkey"], "2026-03-12",
              "context", "occurred", "Fidan invited Mirzoyan"),
            E("Special envoys for normalization to meet in Kars", "CONSULT", ["Turkey"], "2026-04", "text", "planned",
              "Fidan invited Mirzoyan"),
            E("Zakharova: any change to the protection of the Turkish border must be agreed with Moscow", "REQUEST",
              ["Maria Zakharova"], "2026-03-12", "text", "occurred", "Spokeswoman Maria Zakharova said on Thursday"),
            E("Russian border guards patrol Armenia's border with Türkiye since 1992", "MOBILIZE", ["Russia"], "1992",
              "text", "occurred", "Spokeswoman Maria Zakharova said on Thursday", date_mod="START"),
            E("Russian border guards leave the checkpoint at Zvartnots airport", "RETREAT", ["Russia"], "2024-08",
              "text", "occurred", "Zvartnots International Airport"),
            E("Armenia and Russia agree on the border guards' departure", "AGREE", ["Russia"], "2024-SP", "text",
              "occurred", "Zvartnots International Airport"),
            E("Lavrov expected in Yerevan later this month", "CONSULT", ["Sergey Lavrov"], "2026-03", "text",
              "planned", "Lavrov is expected in Yerevan"),
            E("Kallas welcomes the agreement as a strong signal for the South Caucasus", "SUPPORT",
              ["Kaja Kallas", "Turkey"], "2026-03-12TEV", "text", "occurred", "welcomed the agreement"),
            E("Rubio and Mirzoyan discuss the regional agenda by phone", "CONSULT", ["Marco Rubio"], "2026-03-11",
              "text", "occurred", "On Wednesday, US Secretary of State Marco Rubio"),
            E("TRIPP route agreed at the White House", "AGREE", ["United States"], "2025-08", "text", "occurred",
              "The route, agreed at the White House"),
            E("Türkiye closes its border with Armenia", "SANCTION", ["Turkey"], "1993", "text", "occurred",
              "closed its border with Armenia"),
            E("Humanitarian aid for Türkiye allowed through Margara after the earthquake", "AID", ["Turkey"], "2023",
              "text", "occurred", "cargo traffic through Margara", note="February 2023"),
        ],
        [
            S("Hakan Fidan", "A new page; Türkiye will support a lasting Armenia-Azerbaijan peace treaty", "2026-03-12",
              "context", "We have opened a new page"),
            S("Russia", "The Russian Foreign Ministry reacted cautiously", "2026-03-12", "context",
              "The Russian Foreign Ministry reacted cautiously."),
            S("Maria Zakharova", "Any change to the protection of Armenia's border with Türkiye must be agreed with "
              "Moscow", "2026-03-12", "text", "Spokeswoman Maria Zakharova said on Thursday"),
            S("Kaja Kallas", "The agreement is a strong signal for the whole South Caucasus", "2026-03-12TEV", "text",
              "welcomed the agreement"),
        ],
        ["Turkey", "Hakan Fidan", "Russia", "Maria Zakharova", "Sergey Lavrov", "European Union", "Kaja Kallas",
         "United States", "Marco Rubio"],
    ),
    doc(
        "b66en04_washington_declaration_tripp_2025_08", "2025-08-09", EN04,
        [
            T("Friday", "DATE", "2025-08-08", 0),
            T("March", "DATE", "2025-03"),
            T("99 years", "DURATION", "P99Y"),
            T("1992", "DATE", "1992"),
            T("35 years", "DURATION", "P35Y"),
            T("November 2020", "DATE", "2020-11"),
            T("Saturday", "DATE", "2025-08-09", 0),
            T("Friday", "DATE", "2025-08-08", 1),
            T("Thursday", "DATE", "2025-08-07"),
            T("months", "DURATION", "PXM"),
            T("Saturday", "DATE", "2025-08-09", 1),
            T("next year", "DATE", "2026"),
        ],
        [
            E("Aliyev and Pashinyan sign a joint declaration with Trump as witness", "AGREE", ["Donald Trump"],
              "2025-08-08", "text", "occurred", "signed a joint declaration at the White House on Friday"),
            E("Trump meets Aliyev and Pashinyan separately and in a trilateral meeting", "CONSULT", ["Donald Trump"],
              "2025-08-08", "context", "occurred", "Before the signing, Trump received"),
            E("The United States receives exclusive development rights to the TRIPP corridor", "AGREE",
              ["United States"], "2025-08-08", "context", "occurred", "exclusive development rights"),
            E("Trump waives Section 907 restrictions on US assistance to Azerbaijan", "CONCEDE", ["Donald Trump"],
              "2025-08-08", "context", "occurred", "waiving Section 907"),
            E("Section 907 has restricted US assistance to Azerbaijan since 1992", "SANCTION", ["United States"],
              "1992", "text", "occurred", "waiving Section 907", date_mod="START"),
            E("Aliyev and Pashinyan to jointly nominate Trump for the Nobel Peace Prize", "SUPPORT", ["Donald Trump"],
              "2025-08-08", "context", "occurred", "jointly nominate Trump"),
            E("Russia brokered the Karabakh ceasefire of November 2020", "AGREE", ["Russia"], "2020-11", "text",
              "occurred", "brokered the ceasefire of November 2020", note="trilateral statement of 9-10 November 2020"),
            E("Russia deploys peacekeepers to Karabakh", "MOBILIZE", ["Russia"], "2020-11", "context", "occurred",
              "brokered the ceasefire of November 2020"),
            E("Zakharova: Moscow welcomes steps toward peace", "SUPPORT", ["Maria Zakharova"], "2025-08-09", "text",
              "occurred", "Maria Zakharova said on Saturday"),
            E("Zakharova warns against solutions imposed by non-regional players", "REQUEST", ["Maria Zakharova"],
              "2025-08-09", "text", "occurred", "Maria Zakharova said on Saturday"),
            E("Peskov: Russia expects to be kept informed", "REQUEST", ["Dmitry Peskov"], "2025-08-08", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Putin discusses the summit with Aliyev by phone", "CONSULT", ["Vladimir Putin"], "2025-08-07", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Erdoğan phones Aliyev", "CONSULT", ["Recep Tayyip Erdoğan"], "2025-08-09", "text", "occurred",
              "congratulated Aliyev by phone on Saturday"),
            E("Erdoğan congratulates Aliyev", "SUPPORT", ["Recep Tayyip Erdoğan"], "2025-08-09", "context", "occurred",
              "congratulated Aliyev by phone on Saturday"),
            E("Erdoğan: Türkiye ready to contribute to the route's construction", "AGREE",
              ["Recep Tayyip Erdoğan", "Turkey"], "2025-08-09", "context", "occurred",
              "congratulated Aliyev by phone on Saturday"),
            E("Kallas calls the declaration a historic opportunity", "SUPPORT", ["Kaja Kallas"], "2025-08-09",
              "published", "occurred", "a historic opportunity"),
            E("Macron says the agreement opens a new era for the region", "SUPPORT", ["Emmanuel Macron"], "2025-08-09",
              "published", "occurred", "a historic opportunity"),
        ],
        [
            S("Donald Trump", "'It took 35 years, and we got it done'", "2025-08-08", "context", "It took 35 years"),
            S("Maria Zakharova", "Moscow welcomes steps toward peace but solutions imposed by non-regional players "
              "could destabilise the South Caucasus", "2025-08-09", "text", "Maria Zakharova said on Saturday"),
            S("Dmitry Peskov", "Russia expects to be kept informed; Putin discussed the summit with Aliyev on Thursday",
              "2025-08-08", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Recep Tayyip Erdoğan", "Congratulations; Türkiye stands ready to contribute to the route", "2025-08-09",
              "context", "congratulated Aliyev by phone on Saturday"),
            S("Kaja Kallas", "The declaration is a historic opportunity", "2025-08-09", "published",
              "a historic opportunity"),
            S("Emmanuel Macron", "The agreement opens a new era for the region", "2025-08-09", "published",
              "a historic opportunity"),
        ],
        ["Donald Trump", "United States", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Recep Tayyip Erdoğan", "Turkey", "European Union", "Kaja Kallas", "France", "Emmanuel Macron"],
    ),
    doc(
        "b66en05_moldova_russian_embassy_staff_2023_07", "2023-07-27", EN05,
        [
            T("July 27", "DATE", "2023-07-27"),
            T("Wednesday", "DATE", "2023-07-26", 0),
            T("August 15", "DATE", "2023-08-15"),
            T("Wednesday", "DATE", "2023-07-26", 1),
            T("recent weeks", "DATE", "PAST_REF"),
            T("February", "DATE", "2023-02"),
            T("late Wednesday", "TIME", "2023-07-26TNI"),
            T("Thursday", "DATE", "2023-07-27"),
            T("April", "DATE", "2023-04"),
            T("the end of May", "DATE", "2023-05", mod="END"),
            T("June", "DATE", "2023-06"),
            T("2019", "DATE", "2019"),
        ],
        [
            E("Moldova orders the Russian embassy to cut its staff to 10 diplomats and 15 employees", "SANCTION",
              ["Russia"], "2023-07-26", "text", "occurred", "has decided to reduce the staff"),
            E("Deadline of 15 August for Russia to implement the staff cut", "THREATEN", ["Russia"], "2023-07-26",
              "context", "occurred", "has until August 15", note="deadline 15 August 2023"),
            E("Russian ambassador Vasnetsov summoned to the Moldovan foreign ministry", "ACCUSE", ["Russia"],
              "2023-07-26", "text", "occurred", "was summoned to the ministry on Wednesday"),
            E("Popescu accuses Russia of numerous unfriendly actions and destabilisation attempts", "ACCUSE", ["Russia"],
              "2023-07-26", "context", "occurred", "numerous unfriendly actions"),
            E("Sandu accuses Moscow of planning to overthrow the government", "ACCUSE", ["Russia"], "2023-02", "text",
              "occurred", "In February, the head of state"),
            E("Zakharova accuses Chisinau of destroying bilateral relations", "ACCUSE", ["Maria Zakharova"],
              "2023-07-26TNI", "text", "occurred", "said late Wednesday"),
            E("Zakharova threatens a Russian response", "THREATEN", ["Maria Zakharova"], "2023-07-26TNI", "text",
              "occurred", "said late Wednesday"),
            E("Peskov calls the decision regrettable and part of an unfriendly course", "ACCUSE", ["Dmitry Peskov"],
              "2023-07-27", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("EU Delegation expresses solidarity with the Moldovan authorities", "SUPPORT", ["European Union"],
              "2023-07-27", "published", "occurred", "expressed solidarity"),
            E("EU Council adopts a sanctions framework against those destabilising Moldova", "SANCTION",
              ["European Union"], "2023-04", "text", "occurred", "the EU Council adopted a framework"),
            E("First EU listings under the Moldova framework", "SANCTION", ["European Union"], "2023-05", "text",
              "occurred", "the EU Council adopted a framework", date_mod="END"),
            E("US sanctions Russian intelligence-linked persons active in Moldova", "SANCTION",
              ["United States", "Russia"], "2023-06", "text", "occurred", "The United States imposed sanctions"),
            E("Kuleba backs Chisinau's decision", "SUPPORT", ["Ukraine"], "2023-07-27", "published", "occurred",
              "Dmytro Kuleba voiced support"),
            E("Moldova demands the withdrawal of Russian troops and ammunition from Transnistria", "REQUEST",
              ["Russia"], "2023-07-27", "published", "occurred", "Popescu reiterated the demand"),
        ],
        [
            S("Maria Zakharova", "Chisinau has destroyed bilateral relations; Moscow's response will not be long in "
              "coming", "2023-07-26TNI", "text", "said late Wednesday"),
            S("Dmitry Peskov", "The decision is regrettable and continues an unfriendly course", "2023-07-27", "text",
              "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("European Union", "Solidarity with the Moldovan authorities", "2023-07-27", "published",
              "expressed solidarity"),
            S("Ukraine", "Kuleba supports Chisinau's decision", "2023-07-27", "published",
              "Dmytro Kuleba voiced support"),
        ],
        ["Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "European Union", "United States", "Ukraine"],
    ),
    doc(
        "b66en06_lukashenko_seventh_term_reactions_2025_01", "2025-01-28", EN06,
        [
            T("Sunday", "DATE", "2025-01-26"),
            T("1994", "DATE", "1994"),
            T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            T("the end of the year", "DATE", "2025", mod="END"),
            T("Monday", "DATE", "2025-01-27", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Sunday night", "TIME", "2025-01-26TNI"),
            T("Monday", "DATE", "2025-01-27", 1),
            T("Monday", "DATE", "2025-01-27", 2),
            T("February 2022", "DATE", "2022-02"),
            T("July", "DATE", "2024-07"),
            T("Monday", "DATE", "2025-01-27", 3),
        ],
        [
            E("Lukashenko says he does not care whether the EU recognises the vote", "REJECT",
              ["Alexander Lukashenko", "European Union"], "2025-01-26", "context", "occurred", "couldn't care less"),
            E("Lukashenko ready for a 'big deal' with the Trump administration", "AGREE",
              ["Alexander Lukashenko", "Donald Trump"], "2025-01-26", "context", "occurred", "big deal"),
            E("Oreshnik missiles to be deployed in Belarus by the end of the year", "MOBILIZE", ["Russia", "Belarus"],
              "2025", "text", "planned", "big deal", date_mod="END"),
            E("Kallas and Kos: the election was neither free nor fair", "ACCUSE",
              ["Kaja Kallas", "European Union", "Alexander Lukashenko"], "2025-01-27", "text", "occurred",
              "neither free nor fair"),
            E("Kallas and Kos deny Lukashenko legitimacy", "REJECT", ["Kaja Kallas", "European Union",
              "Alexander Lukashenko"], "2025-01-27", "text", "occurred", "neither free nor fair"),
            E("EU to expand sanctions against the Belarusian regime", "SANCTION", ["European Union", "Belarus"],
              "FUTURE_REF", "vague", "planned", "continue to expand sanctions"),
            E("Sikorski calls the vote a farce", "ACCUSE", ["Poland"], "2025-01-28", "published", "occurred",
              "called the vote a"),
            E("Lithuania will not recognise the result", "REJECT", ["Alexander Lukashenko"], "2025-01-28",
              "published", "occurred", "called the vote a"),
            E("Putin congratulates Lukashenko on a convincing victory", "SUPPORT",
              ["Vladimir Putin", "Alexander Lukashenko"], "2025-01-26TNI", "text", "occurred",
              "among the first to congratulate"),
            E("Xi congratulates Lukashenko", "SUPPORT", ["Xi Jinping", "Alexander Lukashenko"], "2025-01-27", "text",
              "occurred", "Chinese leader Xi Jinping followed on Monday"),
            E("Xi ready to deepen the strategic partnership with Belarus", "AGREE", ["Xi Jinping", "Belarus"],
              "2025-01-27", "context", "occurred", "Chinese leader Xi Jinping followed on Monday"),
            E("Peskov welcomes the result as the will of the Belarusian people", "SUPPORT", ["Dmitry Peskov"],
              "2025-01-27", "text", "occurred", "clear expression of the will"),
            E("Sybiha: Lukashenko lost all legitimacy by lending Belarus to Russia's aggression", "ACCUSE",
              ["Andrii Sybiha", "Alexander Lukashenko"], "2025-01-28", "published", "occurred", "wrote on X"),
            E("Russia attacks Ukraine, partly from Belarusian territory", "ASSAULT", ["Russia", "Ukraine", "Belarus"],
              "2022-02", "text", "occurred", "wrote on X"),
            E("Lukashenko pardons more than 250 people convicted in political cases", "CONCEDE",
              ["Alexander Lukashenko"], "2024-07", "text", "occurred", "Since July, Lukashenka has pardoned",
              date_mod="START"),
        ],
        [
            S("Alexander Lukashenko", "Couldn't care less whether the EU recognises the vote", "2025-01-26", "context",
              "couldn't care less"),
            S("Alexander Lukashenko", "Ready for a big deal with Trump; Oreshnik in Belarus by the end of the year",
              "2025-01-26", "context", "big deal"),
            S("Joint statement: Kaja Kallas, European Union", "The election was neither free nor fair; Lukashenko has "
              "no legitimacy", "2025-01-27", "text", "neither free nor fair"),
            S("Joint statement: Kaja Kallas, European Union", "The EU will expand sanctions in the coming weeks",
              "2025-01-27", "context", "continue to expand sanctions"),
            S("Poland", "Sikorski: the vote is a farce", "2025-01-28", "published", "called the vote a"),
            S("Vladimir Putin", "Congratulates Lukashenko on a convincing victory", "2025-01-26TNI", "text",
              "among the first to congratulate"),
            S("Xi Jinping", "Beijing is ready to deepen the all-weather strategic partnership with Minsk",
              "2025-01-27", "text", "Chinese leader Xi Jinping followed on Monday"),
            S("Dmitry Peskov", "The result is a clear expression of the will of the Belarusian people", "2025-01-27",
              "text", "clear expression of the will"),
            S("Andrii Sybiha", "Lukashenko lost all legitimacy by making Belarus a launchpad for Russian aggression",
              "2025-01-28", "published", "wrote on X"),
        ],
        ["Alexander Lukashenko", "Belarus", "European Union", "United States", "Donald Trump", "Russia",
         "Kaja Kallas", "Poland", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Xi Jinping", "China", "Ukraine",
         "Andrii Sybiha"],
    ),
]
