"""English articles of the blind116 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b116en01 (HumAngle)
EN01 = """
France completes Mali pull-out as junta turns to Russia

The last French soldiers of Operation Barkhane left Mali on Monday, ending a nine-year military presence that began with an intervention against jihadist groups in 2013.
The French army said its final contingent had crossed into Niger after handing over the base in Gao to the Malian armed forces.
President Emmanuel Macron announced the withdrawal in February, after relations with the junta of Colonel Assimi Goïta collapsed over the arrival of Russian mercenaries from the Wagner Group.

On the same day, Mali's Foreign Minister Abdoulaye Diop wrote to the UN Security Council accusing France of violating Malian airspace more than 50 times this year and of supplying intelligence and weapons to jihadist groups.
He asked the council to hold an emergency meeting on what he called "acts of aggression".
France rejected the accusations as "false" and said it had fought terrorism in the Sahel at the request of Mali's own authorities.

Russia has moved quickly to fill the gap.
Last Tuesday, Goïta attended a ceremony at Bamako airport at which Russia handed over fighter jets and a combat helicopter, the latest in a series of deliveries that began in September 2021.
Russia's ambassador Igor Gromyko said the aircraft would help Mali "defend its sovereignty".
Speaking at the opening of the Army-2022 arms fair outside Moscow on Monday, President Vladimir Putin said Russia was ready to offer its allies in Latin America, Asia and Africa "the most modern types of weapons".

In Kyiv, the foreign ministry said Moscow was using arms and mercenaries to "buy loyalty" in Africa while it had blocked Ukrainian grain exports for months.
The first ship carrying Ukrainian grain under the deal brokered by Turkey and the UN in July left Odesa on August 1.

The 13,000-strong UN mission MINUSMA is also under pressure.
Mali has suspended troop rotations for the mission since mid-July, after 49 Ivorian soldiers were detained at Bamako airport.
Germany on Friday halted most of its reconnaissance operations with MINUSMA after Malian authorities again refused to grant overflight permits.
Security analysts told HumAngle that the departure of French forces could push jihadist violence further south towards the coastal states and Nigeria's northwest.
"""

# ---------------------------------------------------------------- b116en02 (Daily News Egypt)
EN02 = """
Putin promises Africa free grain, debt relief at Moscow parliamentary conference

Russian President Vladimir Putin told African lawmakers in Moscow on Monday that Russia would supply grain to the continent free of charge if the Black Sea grain deal is not extended in two months.
Addressing the second Russia-Africa International Parliamentary Conference, which opened on Sunday, Putin said Moscow had written off more than $20 billion of African debt and would keep helping the continent with energy, food and security.
He also said the second Russia-Africa summit would take place in St Petersburg in July, despite what he called Western attempts to isolate Russia.

Speaker of the House of Representatives Hanafy Gebaly, who led Egypt's delegation, met State Duma Chairman Vyacheslav Volodin on the sidelines on Sunday to discuss the El Dabaa nuclear power plant and wheat supplies.
Gebaly called for a negotiated settlement of the conflict in Ukraine that takes into account "the interests of all parties".
Egypt, the world's largest wheat importer, bought about 12 million tonnes last year, most of it from Russia and Ukraine.

On Saturday, Russia said it had agreed to extend the grain deal for 60 days, rather than the 120 days sought by Kyiv and the United Nations.
The deal, brokered by the UN and Türkiye last July, has allowed Ukraine to export more than 24 million tonnes of food from its Black Sea ports.
Ukrainian Foreign Minister Dmytro Kuleba dismissed Putin's offer as "cynical" and said Russia was to blame for high food prices after blockading Ukrainian ports for months.

Putin's speech came hours before he welcomed Chinese President Xi Jinping to the Kremlin for informal talks that lasted four and a half hours.
Formal negotiations between the two delegations were scheduled for Tuesday.
The visit came after the International Criminal Court on Friday issued an arrest warrant for Putin over the deportation of Ukrainian children, a step the Kremlin called "null and void".
Also on Tuesday, Japanese Prime Minister Fumio Kishida was travelling to Kyiv for talks with President Volodymyr Zelensky.
"""

# ---------------------------------------------------------------- b116en03 (The New Times, Kigali)
EN03 = """
Kagame receives Ukraine's Kuleba as Kyiv plans embassy in Kigali

President Paul Kagame on Wednesday received Ukraine's Minister of Foreign Affairs, Dmytro Kuleba, at Village Urugwiro, where the two discussed bilateral cooperation and the war in Ukraine.
Kuleba, who arrived in Kigali on Tuesday evening, is on his second tour of Africa since Russia's full-scale invasion in February last year.

Later, Kuleba held talks with his Rwandan counterpart, Vincent Biruta, and the two ministers signed a memorandum of understanding on political consultations between their ministries.
Kuleba confirmed that Ukraine would open an embassy in Kigali this year, one of ten new missions Kyiv plans to establish on the continent.
Biruta said the embassy would make it easier for Rwandan students and businesses to deal with Ukraine.

Speaking to journalists after the meeting, Kuleba said Africa had "paid the price" for Russia's war through higher food and fuel prices.
"We are not asking anyone to choose between Russia and Ukraine, we are asking them to choose international law," he said.
He also welcomed the African peace initiative announced by South Africa's President Cyril Ramaphosa last week, after Presidents Vladimir Putin and Volodymyr Zelensky agreed to receive a delegation of African leaders.
But he insisted that any plan must be based on the full withdrawal of Russian troops from Ukrainian territory.

The minister began his tour in Morocco on Monday, where he met Foreign Minister Nasser Bourita in Rabat.
He is due in Maputo on Thursday for talks with Mozambican officials and will travel on to Addis Ababa, where he is expected to meet African Union Commission Chairperson Moussa Faki Mahamat on Friday.

Russia has stepped up its own diplomacy on the continent.
Foreign Minister Sergey Lavrov visited several African countries in January and February, and Moscow will host the second Russia-Africa summit in St Petersburg in July.
Kremlin spokesperson Dmitry Peskov said this week that Russia was "open" to hearing the African proposals.
Rwanda voted in February in favour of a UN General Assembly resolution calling on Russia to withdraw its forces from Ukraine.
"""

# ---------------------------------------------------------------- b116en04 (Dabanga)
EN04 = """
Zelensky meets El Burhan at Shannon, discusses "Russia-financed" armed groups

SHANNON / PORT SUDAN (24 September 2023) – Ukrainian President Volodymyr Zelensky met Sovereignty Council chairman and army commander Gen Abdelfattah El Burhan at Shannon Airport in western Ireland on Saturday, in an unannounced encounter between two leaders returning from the UN General Assembly in New York.
Zelensky wrote on Telegram that they had discussed "common security challenges, namely the activities of illegal armed groups financed by Russia".
He said he had thanked El Burhan for Sudan's "consistent support" for Ukraine's sovereignty and territorial integrity at the United Nations, and that the two had also discussed food supplies under the Grain from Ukraine programme.

The Sovereignty Council said in a statement that El Burhan had briefed Zelensky on the war with the Rapid Support Forces (RSF), which began on April 15.
The meeting came days after CNN reported that Ukrainian special services were "likely" behind a series of drone strikes and a ground operation against the RSF near Khartoum earlier this month.
Kyiv has neither confirmed nor denied any involvement, and the RSF has denied receiving support from the Russian Wagner Group.

Russia has long sought a naval base on the Red Sea coast near Port Sudan, and an agreement was signed in 2020 but has not been ratified by Khartoum.
In June, Washington imposed sanctions on companies linked to both the army and the RSF.
At the General Assembly on Thursday, El Burhan urged member states to designate the RSF a terrorist organisation and accused unnamed foreign countries of sending it weapons and mercenaries.

Zelensky addressed the Assembly on Tuesday and the Security Council on Wednesday, before holding talks with President Joe Biden at the White House on Thursday and visiting Ottawa on Friday.
Irish officials said the meeting at Shannon had not been arranged with the government in Dublin.
According to the United Nations, the war in Sudan has killed at least 5,000 people and driven more than five million from their homes.
A resident of Port Sudan told Radio Dabanga that many people hoped the meeting would not drag Sudan "into someone else's war".
"""

# ---------------------------------------------------------------- b116en05 (Daily Trust, Abuja)
EN05 = """
Russian military instructors arrive in Niger as junta pushes US troops out

A team of Russian military instructors arrived in Niamey on Wednesday night with an air defence system, Niger's state broadcaster RTN reported, the clearest sign yet that the country's military rulers are turning to Moscow for their security.
RTN showed footage on Thursday of a cargo plane unloading equipment and quoted one of the instructors as saying the team had come "to develop military cooperation between Russia and Niger".

The instructors are reported to belong to the Africa Corps, a force set up by the Russian defence ministry to take over the operations of the Wagner Group on the continent after its founder, Yevgeny Prigozhin, died in a plane crash in August last year.
Their arrival follows a telephone conversation on March 26 between President Vladimir Putin and Niger's leader, General Abdourahamane Tchiani, in which the two agreed to strengthen security cooperation, according to the Kremlin.

On March 16, the junta revoked "with immediate effect" a 2012 military agreement with the United States, which has about 1,000 troops in the country, most of them at a drone base near Agadez built at a cost of more than $100 million.
The decision came after a US delegation led by Assistant Secretary of State for African Affairs Molly Phee and the commander of US Africa Command, Gen Michael Langley, held talks in Niamey in mid-March.
Pentagon spokesperson Sabrina Singh said on Thursday that Washington remained "in contact" with the transitional government and was seeking clarity on the way forward.

Thousands of people are expected to march in Niamey on Saturday to demand the departure of American troops, in a protest called by civil society groups close to the junta.
Moscow has expanded its military footprint in the Sahel even as it presses on with its war in Ukraine.
In January, about 100 Russian soldiers arrived in Burkina Faso, and Russian instructors have been working with Mali's army since 2021.
Ukraine's Foreign Minister Dmytro Kuleba, who toured several African countries last year, said on Tuesday that Russia was "exporting instability" to the continent.

In Abuja, the Ministry of Foreign Affairs said Nigeria would continue to engage the authorities in Niamey after ECOWAS lifted its sanctions on Niger on February 24.
Niger, Mali and Burkina Faso announced in January that they were leaving the regional bloc.
"""

# ---------------------------------------------------------------- b116en06 (Ghana News Agency)
EN06 = """
Mali's Goita holds talks with Putin in Moscow, signs nuclear and trade deals

Accra, June 24, GNA – General Assimi Goita, Mali's transitional President, has held talks with President Vladimir Putin at the Kremlin, his first official visit to Russia since he took power in 2021.
The two leaders met on Monday and signed agreements on civil nuclear energy, trade and economic cooperation, the Kremlin said.
Kremlin spokesman Dmitry Peskov told journalists that the two sides had also agreed on the construction of a gold refinery in Bamako.

President Putin told his guest that Russia would continue to help Mali and its neighbours in the Alliance of Sahel States (AES) to fight terrorism and to strengthen their armed forces.
General Goita thanked Moscow for its support and said the partnership respected Mali's sovereignty.
In April, Foreign Minister Sergey Lavrov hosted his counterparts from Mali, Burkina Faso and Niger in Moscow for the first consultations between Russia and the AES.

The visit came less than three weeks after the Wagner Group announced on June 6 that it was leaving Mali after three and a half years, saying its mission had been accomplished.
Russia's Africa Corps, which is controlled by the Defence Ministry in Moscow, said at the time that it would remain in the country.
Mali severed diplomatic relations with Ukraine in August last year after a Ukrainian military intelligence official suggested that Kyiv had helped Tuareg rebels who inflicted heavy losses on Malian soldiers and Wagner fighters in July.
Niger took the same step days later.

On Tuesday, Ukraine's Foreign Ministry said Moscow was using the Sahel "as a testing ground" for its mercenaries and accused it of taking Malian gold to finance its war.

Ghana's President John Dramani Mahama, who visited Bamako, Ouagadougou and Niamey in March, has appointed a special envoy to the AES and called for renewed dialogue between the three Sahel states and ECOWAS.
The envoy, Mr Larry Gbevlo-Lartey, told the GNA in Accra that Ghana respected the right of the Sahel states to choose their partners but would urge them to remain part of a regional security framework.
He said terrorism in the Sahel posed a direct threat to Ghana's northern regions.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b116en01_france_leaves_mali_2022_08", "2022-08-16", EN01,
        [
            T("Monday", "DATE", "2022-08-15", 0),
            T("nine-year", "DURATION", "P9Y"),
            T("2013", "DATE", "2013"),
            T("February", "DATE", "2022-02"),
            T("the same day", "DATE", "2022-08-15"),
            T("this year", "DATE", "2022"),
            T("Last Tuesday", "DATE", "2022-08-09"),
            T("September 2021", "DATE", "2021-09"),
            T("Monday", "DATE", "2022-08-15", 1),
            T("months", "DURATION", "PXM"),
            T("July", "DATE", "2022-07", 0),
            T("August 1", "DATE", "2022-08-01"),
            T("mid-July", "DATE", "2022-07", mod="MID"),
            T("Friday", "DATE", "2022-08-12"),
        ],
        [
            E("Last French Barkhane troops leave Mali", "RETREAT", ["France"], "2022-08-15", "text", "occurred",
              "The last French soldiers of Operation Barkhane"),
            E("Macron announces the withdrawal from Mali", "RETREAT", ["Emmanuel Macron"], "2022-02", "text",
              "occurred", "President Emmanuel Macron announced the withdrawal", note="17 February 2022"),
            E("Mali accuses France of airspace violations and of arming jihadists in a letter to the Security Council",
              "ACCUSE", ["France"], "2022-08-15", "text", "occurred", "On the same day, Mali's Foreign Minister"),
            E("Mali asks the Security Council for an emergency meeting", "REQUEST", ["United Nations"], "2022-08-15",
              "context", "occurred", "He asked the council to hold an emergency meeting"),
            E("France rejects Mali's accusations", "REJECT", ["France"], "2022-08-16", "published", "occurred",
              "France rejected the accusations"),
            E("Russia hands over fighter jets and a combat helicopter to Mali", "AID", ["Russia"], "2022-08-09", "text",
              "occurred", "Last Tuesday, Goïta attended a ceremony"),
            E("Russian military deliveries to Mali since September 2021", "AID", ["Russia"], "2021-09", "text",
              "occurred", "Last Tuesday, Goïta attended a ceremony", date_mod="START"),
            E("Putin says Russia is ready to offer allies in Africa the most modern weapons", "AGREE",
              ["Vladimir Putin"], "2022-08-15", "text", "occurred", "Speaking at the opening of the Army-2022"),
            E("Kyiv accuses Moscow of buying loyalty in Africa while blocking Ukrainian grain", "ACCUSE",
              ["Ukraine", "Russia"], "2022-08-16", "published", "occurred", "In Kyiv, the foreign ministry said"),
            E("Grain deal brokered by Turkey and the UN", "AGREE", ["Turkey", "United Nations", "Russia", "Ukraine"],
              "2022-07", "text", "occurred", "The first ship carrying Ukrainian grain"),
            E("Mali suspends MINUSMA troop rotations", "SANCTION", ["United Nations"], "2022-07", "text", "occurred",
              "Mali has suspended troop rotations", date_mod="START", note="since mid-July (14 July 2022)"),
            E("Germany halts most of its MINUSMA reconnaissance operations", "RETREAT", ["Germany"], "2022-08-12",
              "text", "occurred", "Germany on Friday halted"),
            E("Malian authorities refuse overflight permits for German aircraft", "REJECT", ["Germany"], "2022-08-12",
              "context", "occurred", "Germany on Friday halted"),
        ],
        [
            S("France", "French army: the final contingent crossed into Niger after handing over the Gao base",
              "2022-08-15", "context", "The French army said"),
            S("France", "The accusations are false; France fought terrorism at the request of Mali's authorities",
              "2022-08-16", "published", "France rejected the accusations"),
            S("Russia", "Ambassador Gromyko: the aircraft will help Mali defend its sovereignty", "2022-08-09",
              "context", "Russia's ambassador Igor Gromyko said"),
            S("Vladimir Putin", "Russia is ready to offer its allies the most modern types of weapons", "2022-08-15",
              "text", "Speaking at the opening of the Army-2022"),
            S("Ukraine", "Moscow uses arms and mercenaries to buy loyalty in Africa while blocking Ukrainian grain",
              "2022-08-16", "published", "In Kyiv, the foreign ministry said"),
        ],
        ["France", "Emmanuel Macron", "United Nations", "Russia", "Vladimir Putin", "Ukraine", "Turkey", "Germany"],
    ),
    doc(
        "b116en02_russia_africa_parliament_conference_2023_03", "2023-03-21", EN02,
        [
            T("Monday", "DATE", "2023-03-20"),
            T("two months", "DURATION", "P2M", note="the deal's extension of 18 March runs until mid-May"),
            T("Sunday", "DATE", "2023-03-19", 0),
            T("July", "DATE", "2023-07", 0),
            T("Sunday", "DATE", "2023-03-19", 1),
            T("last year", "DATE", "2022"),
            T("Saturday", "DATE", "2023-03-18"),
            T("60 days", "DURATION", "P60D"),
            T("the 120 days", "DURATION", "P120D"),
            T("last July", "DATE", "2022-07"),
            T("months", "DURATION", "PXM", 1),
            T("four and a half hours", "DURATION", "PT4H30M"),
            T("Tuesday", "DATE", "2023-03-21", 0),
            T("Friday", "DATE", "2023-03-17"),
            T("Tuesday", "DATE", "2023-03-21", 1),
        ],
        [
            E("Putin pledges free grain to Africa if the grain deal is not extended", "AID", ["Vladimir Putin"],
              "2023-03-20", "text", "occurred", "Russian President Vladimir Putin told African lawmakers"),
            E("Second Russia-Africa International Parliamentary Conference in Moscow", "CONSULT",
              ["Vladimir Putin", "Russia"], "2023-03-19", "text", "occurred", "Addressing the second Russia-Africa",
              note="opened on Sunday 19 March; Putin spoke on Monday 20 March"),
            E("Putin promises to keep helping Africa with energy, food and security", "AGREE", ["Vladimir Putin"],
              "2023-03-20", "context", "occurred", "Addressing the second Russia-Africa"),
            E("Second Russia-Africa summit in St Petersburg", "CONSULT", ["Vladimir Putin", "Russia"], "2023-07",
              "text", "planned", "He also said the second Russia-Africa summit"),
            E("Gebaly meets Duma chairman Volodin", "CONSULT", ["Russia"], "2023-03-19", "text", "occurred",
              "met State Duma Chairman Vyacheslav Volodin"),
            E("Gebaly calls for a negotiated settlement of the conflict in Ukraine", "REQUEST", ["Russia", "Ukraine"],
              "2023-03-19", "context", "occurred", "Gebaly called for a negotiated settlement"),
            E("Russia agrees to extend the grain deal for 60 days", "AGREE", ["Russia"], "2023-03-18", "text",
              "occurred", "On Saturday, Russia said it had agreed"),
            E("Grain deal brokered by the UN and Türkiye", "AGREE", ["United Nations", "Turkey", "Russia", "Ukraine"],
              "2022-07", "text", "occurred", "The deal, brokered by the UN and Türkiye"),
            E("Kuleba dismisses Putin's free-grain offer as cynical", "REJECT", ["Ukraine", "Vladimir Putin"],
              "2023-03-21", "published", "occurred", "Ukrainian Foreign Minister Dmytro Kuleba dismissed"),
            E("Kuleba blames Russia for high food prices", "ACCUSE", ["Ukraine", "Russia"], "2023-03-21", "published",
              "occurred", "Ukrainian Foreign Minister Dmytro Kuleba dismissed"),
            E("Putin and Xi hold informal talks at the Kremlin", "CONSULT", ["Vladimir Putin", "Xi Jinping"],
              "2023-03-20", "context", "occurred", "Putin's speech came hours before"),
            E("Formal Russia–China negotiations", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2023-03-21", "text",
              "planned", "Formal negotiations between the two delegations"),
            E("ICC issues an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03-17", "text", "occurred",
              "The visit came after the International Criminal Court"),
            E("Kremlin calls the warrant null and void", "REJECT", ["Kremlin"], "2023-03-17", "context", "occurred",
              "The visit came after the International Criminal Court"),
            E("Kishida travels to Kyiv for talks with Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2023-03-21",
              "text", "planned", "Also on Tuesday, Japanese Prime Minister"),
        ],
        [
            S("Vladimir Putin", "Russia will supply grain to Africa free of charge if the grain deal is not extended",
              "2023-03-20", "text", "Russian President Vladimir Putin told African lawmakers"),
            S("Vladimir Putin", "Russia wrote off more than $20 billion of African debt and will keep helping the "
              "continent", "2023-03-20", "context", "Addressing the second Russia-Africa"),
            S("Vladimir Putin", "The second Russia-Africa summit will take place in St Petersburg in July despite "
              "Western attempts to isolate Russia", "2023-03-20", "context",
              "He also said the second Russia-Africa summit"),
            S("Russia", "Agreed to extend the grain deal for 60 days", "2023-03-18", "text",
              "On Saturday, Russia said it had agreed"),
            S("Ukraine", "Kuleba: Putin's offer is cynical; Russia is to blame for high food prices", "2023-03-21",
              "published", "Ukrainian Foreign Minister Dmytro Kuleba dismissed"),
            S("Kremlin", "The ICC arrest warrant is null and void", "2023-03-17", "context",
              "The visit came after the International Criminal Court"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "United Nations", "Turkey", "China", "Xi Jinping", "Kremlin",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b116en03_kuleba_kigali_embassy_2023_05", "2023-05-25", EN03,
        [
            T("Wednesday", "DATE", "2023-05-24"),
            T("Tuesday evening", "TIME", "2023-05-23TEV"),
            T("February last year", "DATE", "2022-02"),
            T("this year", "DATE", "2023"),
            T("last week", "DATE", "2023-W20"),
            T("Monday", "DATE", "2023-05-22"),
            T("Thursday", "DATE", "2023-05-25"),
            T("Friday", "DATE", "2023-05-26"),
            T("January", "DATE", "2023-01"),
            T("February", "DATE", "2023-02", 1),
            T("July", "DATE", "2023-07"),
            T("this week", "DATE", "2023-W21"),
            T("February", "DATE", "2023-02", 2),
        ],
        [
            E("Kagame receives Kuleba at Village Urugwiro", "CONSULT", ["Ukraine"], "2023-05-24", "text", "occurred",
              "President Paul Kagame on Wednesday received"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "is on his second tour of Africa"),
            E("Kuleba holds talks with Rwanda's foreign minister Biruta", "CONSULT", ["Ukraine"], "2023-05-24",
              "context", "occurred", "Later, Kuleba held talks"),
            E("Memorandum on political consultations signed", "AGREE", ["Ukraine"], "2023-05-24", "context",
              "occurred", "Later, Kuleba held talks"),
            E("Ukraine to open an embassy in Kigali this year", "COOPERATE", ["Ukraine"], "2023", "text", "planned",
              "Kuleba confirmed that Ukraine would open an embassy"),
            E("Kuleba: Africa paid the price for Russia's war", "ACCUSE", ["Ukraine", "Russia"], "2023-05-24",
              "context", "occurred", "Speaking to journalists after the meeting"),
            E("Kuleba welcomes the African peace initiative", "SUPPORT", ["Ukraine"], "2023-05-24", "context",
              "occurred", "He also welcomed the African peace initiative"),
            E("Putin and Zelensky agree to receive a delegation of African leaders", "AGREE",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2023-W20", "context", "occurred",
              "He also welcomed the African peace initiative", note="announced by Ramaphosa on 16 May 2023"),
            E("Kuleba demands that any plan be based on the full withdrawal of Russian troops", "REQUEST",
              ["Ukraine", "Russia"], "2023-05-24", "context", "occurred", "But he insisted that any plan"),
            E("Kuleba meets Morocco's foreign minister Bourita in Rabat", "CONSULT", ["Ukraine"], "2023-05-22", "text",
              "occurred", "The minister began his tour in Morocco"),
            E("Kuleba due for talks in Maputo", "CONSULT", ["Ukraine"], "2023-05-25", "text", "planned",
              "He is due in Maputo on Thursday"),
            E("Kuleba to meet AU Commission chairperson Moussa Faki Mahamat", "CONSULT", ["Ukraine"], "2023-05-26",
              "text", "planned", "He is due in Maputo on Thursday"),
            E("Lavrov's tours of African countries", "CONSULT", ["Sergey Lavrov"], "2023-01", "text", "occurred",
              "Foreign Minister Sergey Lavrov visited several African countries", note="January and February 2023"),
            E("Second Russia-Africa summit in St Petersburg", "CONSULT", ["Russia"], "2023-07", "text", "planned",
              "Foreign Minister Sergey Lavrov visited several African countries"),
            E("Peskov: Russia open to hearing the African proposals", "AGREE", ["Dmitry Peskov"], "2023-W21", "text",
              "occurred", "Kremlin spokesperson Dmitry Peskov said this week"),
            E("UN General Assembly resolution calls on Russia to withdraw from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2023-02", "text", "occurred", "Rwanda voted in February"),
        ],
        [
            S("Ukraine", "Kuleba: Ukraine will open an embassy in Kigali this year, one of ten new missions in Africa",
              "2023-05-24", "context", "Kuleba confirmed that Ukraine would open an embassy"),
            S("Ukraine", "Kuleba: Africa paid the price for Russia's war through higher food and fuel prices",
              "2023-05-24", "context", "Speaking to journalists after the meeting"),
            S("Ukraine", "Kuleba: we ask Africa not to choose sides but to choose international law", "2023-05-24",
              "context", "we are asking them to choose international law"),
            S("Ukraine", "Kuleba welcomes the African peace initiative", "2023-05-24", "context",
              "He also welcomed the African peace initiative"),
            S("Ukraine", "Kuleba: any plan must be based on the full withdrawal of Russian troops", "2023-05-24",
              "context", "But he insisted that any plan"),
            S("Dmitry Peskov", "Russia is open to hearing the African proposals", "2023-W21", "text",
              "Kremlin spokesperson Dmitry Peskov said this week"),
        ],
        ["Ukraine", "Russia", "Vladimir Putin", "Volodymyr Zelensky", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
         "United Nations"],
    ),
    doc(
        "b116en04_zelensky_burhan_shannon_2023_09", "2023-09-24", EN04,
        [
            T("24 September 2023", "DATE", "2023-09-24"),
            T("Saturday", "DATE", "2023-09-23"),
            T("April 15", "DATE", "2023-04-15"),
            T("this month", "DATE", "2023-09"),
            T("2020", "DATE", "2020"),
            T("June", "DATE", "2023-06"),
            T("Thursday", "DATE", "2023-09-21", 0),
            T("Tuesday", "DATE", "2023-09-19"),
            T("Wednesday", "DATE", "2023-09-20"),
            T("Thursday", "DATE", "2023-09-21", 1),
            T("Friday", "DATE", "2023-09-22"),
        ],
        [
            E("Zelensky meets Sudan's army chief El Burhan at Shannon Airport", "CONSULT", ["Volodymyr Zelensky"],
              "2023-09-23", "text", "occurred", "Ukrainian President Volodymyr Zelensky met Sovereignty Council"),
            E("Zelensky points to illegal armed groups financed by Russia", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2023-09-23", "context", "occurred", "Zelensky wrote on Telegram"),
            E("Zelensky thanks El Burhan for Sudan's support at the UN", "SUPPORT", ["Volodymyr Zelensky"],
              "2023-09-23", "context", "occurred", "He said he had thanked El Burhan"),
            E("Ukrainian special services likely behind strikes on the RSF near Khartoum", "ASSAULT", ["Ukraine"],
              "2023-09", "text", "uncertain", "The meeting came days after CNN reported"),
            E("Russia–Sudan agreement on a naval base near Port Sudan", "AGREE", ["Russia"], "2020", "text",
              "occurred", "Russia has long sought a naval base"),
            E("US sanctions companies linked to the Sudanese army and the RSF", "SANCTION", ["United States"],
              "2023-06", "text", "occurred", "In June, Washington imposed sanctions"),
            E("Zelensky at the UN Security Council", "CONSULT", ["Volodymyr Zelensky", "United Nations"], "2023-09-20",
              "text", "occurred", "Zelensky addressed the Assembly on Tuesday"),
            E("Zelensky holds talks with Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-09-21", "text", "occurred", "Zelensky addressed the Assembly on Tuesday"),
            E("Zelensky visits Ottawa", "CONSULT", ["Volodymyr Zelensky"], "2023-09-22", "text", "occurred",
              "Zelensky addressed the Assembly on Tuesday"),
        ],
        [
            S("Volodymyr Zelensky", "Discussed common security challenges, namely illegal armed groups financed by "
              "Russia", "2023-09-23", "context", "Zelensky wrote on Telegram"),
            S("Volodymyr Zelensky", "Thanked El Burhan for Sudan's support at the UN; discussed food supplies",
              "2023-09-23", "context", "He said he had thanked El Burhan"),
            S("United Nations", "The war in Sudan has killed at least 5,000 people and displaced more than five million",
              "2023-09-24", "published", "According to the United Nations"),
        ],
        ["Volodymyr Zelensky", "Russia", "Ukraine", "United Nations", "United States", "Joe Biden"],
    ),
    doc(
        "b116en05_africa_corps_niamey_2024_04", "2024-04-13", EN05,
        [
            T("Wednesday night", "TIME", "2024-04-10TNI"),
            T("Thursday", "DATE", "2024-04-11", 0),
            T("August last year", "DATE", "2023-08"),
            T("March 26", "DATE", "2024-03-26"),
            T("March 16", "DATE", "2024-03-16"),
            T("2012", "DATE", "2012"),
            T("mid-March", "DATE", "2024-03", mod="MID"),
            T("Thursday", "DATE", "2024-04-11", 1),
            T("Saturday", "DATE", "2024-04-13"),
            T("January", "DATE", "2024-01", 0),
            T("2021", "DATE", "2021"),
            T("last year", "DATE", "2023", 1),
            T("Tuesday", "DATE", "2024-04-09"),
            T("February 24", "DATE", "2024-02-24"),
            T("January", "DATE", "2024-01", 1),
        ],
        [
            E("Russian military instructors arrive in Niamey", "MOBILIZE", ["Russia"], "2024-04-10TNI", "text",
              "occurred", "A team of Russian military instructors arrived"),
            E("Russia delivers an air defence system to Niger", "AID", ["Russia"], "2024-04-10TNI", "text", "occurred",
              "A team of Russian military instructors arrived"),
            E("Putin–Tchiani phone call", "CONSULT", ["Vladimir Putin"], "2024-03-26", "text", "occurred",
              "Their arrival follows a telephone conversation"),
            E("Putin and Tchiani agree to strengthen security cooperation", "AGREE", ["Vladimir Putin"], "2024-03-26",
              "context", "occurred", "Their arrival follows a telephone conversation"),
            E("Niger's junta revokes the military agreement with the United States", "SANCTION", ["United States"],
              "2024-03-16", "text", "occurred", "On March 16, the junta revoked"),
            E("US delegation holds talks in Niamey", "CONSULT", ["United States"], "2024-03", "text", "occurred",
              "The decision came after a US delegation", date_mod="MID"),
            E("Protest in Niamey demanding the departure of US troops", "PROTEST", ["United States"], "2024-04-13",
              "text", "planned", "Thousands of people are expected to march"),
            E("About 100 Russian soldiers arrive in Burkina Faso", "MOBILIZE", ["Russia"], "2024-01", "text",
              "occurred", "In January, about 100 Russian soldiers"),
            E("Russian instructors working with Mali's army since 2021", "MOBILIZE", ["Russia"], "2021", "text",
              "occurred", "In January, about 100 Russian soldiers", date_mod="START"),
            E("Kuleba accuses Russia of exporting instability to Africa", "ACCUSE", ["Ukraine", "Russia"], "2024-04-09",
              "text", "occurred", "Ukraine's Foreign Minister Dmytro Kuleba, who toured"),
        ],
        [
            S("Russia", "Instructor: the team came to develop military cooperation between Russia and Niger",
              "2024-04-11", "text", "RTN showed footage on Thursday"),
            S("Kremlin", "Putin and Tchiani agreed to strengthen security cooperation", "2024-03-26", "context",
              "Their arrival follows a telephone conversation"),
            S("United States", "Pentagon: Washington remains in contact with the transitional government and seeks "
              "clarity", "2024-04-11", "text", "Pentagon spokesperson Sabrina Singh said"),
            S("Ukraine", "Kuleba: Russia is exporting instability to Africa", "2024-04-09", "text",
              "Ukraine's Foreign Minister Dmytro Kuleba, who toured"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "United States", "Ukraine"],
    ),
    doc(
        "b116en06_goita_putin_moscow_2025_06", "2025-06-24", EN06,
        [
            T("June 24", "DATE", "2025-06-24"),
            T("2021", "DATE", "2021"),
            T("Monday", "DATE", "2025-06-23"),
            T("April", "DATE", "2025-04"),
            T("June 6", "DATE", "2025-06-06"),
            T("three and a half years", "DURATION", "P3.5Y"),
            T("August last year", "DATE", "2024-08"),
            T("July", "DATE", "2024-07"),
            T("Tuesday", "DATE", "2025-06-24"),
            T("March", "DATE", "2025-03"),
        ],
        [
            E("Goita holds talks with Putin at the Kremlin", "CONSULT", ["Vladimir Putin"], "2025-06-23", "text",
              "occurred", "The two leaders met on Monday"),
            E("Russia and Mali sign agreements on civil nuclear energy, trade and economic cooperation", "AGREE",
              ["Vladimir Putin"], "2025-06-23", "text", "occurred", "The two leaders met on Monday"),
            E("Russia and Mali agree to build a gold refinery in Bamako", "AGREE", ["Russia"], "2025-06-23",
              "context", "occurred", "Kremlin spokesman Dmitry Peskov told journalists"),
            E("Putin promises continued help to Mali and the AES against terrorism", "AGREE", ["Vladimir Putin"],
              "2025-06-23", "context", "occurred", "President Putin told his guest"),
            E("Goita thanks Moscow for its support", "SUPPORT", ["Russia"], "2025-06-23", "context", "occurred",
              "General Goita thanked Moscow"),
            E("Lavrov hosts the AES foreign ministers in Moscow", "CONSULT", ["Sergey Lavrov"], "2025-04", "text",
              "occurred", "In April, Foreign Minister Sergey Lavrov hosted"),
            E("Africa Corps to remain in Mali after Wagner's exit", "MOBILIZE", ["Russia"], "2025-06-06", "context",
              "occurred", "Russia's Africa Corps, which is controlled"),
            E("Mali severs diplomatic relations with Ukraine", "SANCTION", ["Ukraine"], "2024-08", "text", "occurred",
              "Mali severed diplomatic relations with Ukraine"),
            E("Niger severs diplomatic relations with Ukraine", "SANCTION", ["Ukraine"], "2024-08", "context",
              "occurred", "Niger took the same step days later"),
            E("Ukraine accuses Moscow of using the Sahel as a testing ground and taking Malian gold", "ACCUSE",
              ["Ukraine", "Russia"], "2025-06-24", "text", "occurred", "On Tuesday, Ukraine's Foreign Ministry said"),
        ],
        [
            S("Kremlin", "Putin and Goita signed agreements on civil nuclear energy, trade and economic cooperation",
              "2025-06-23", "context", "The two leaders met on Monday"),
            S("Dmitry Peskov", "The two sides also agreed on building a gold refinery in Bamako", "2025-06-23",
              "context", "Kremlin spokesman Dmitry Peskov told journalists"),
            S("Vladimir Putin", "Russia will continue to help Mali and the AES fight terrorism and strengthen their "
              "armies", "2025-06-23", "context", "President Putin told his guest"),
            S("Russia", "Africa Corps: it will remain in Mali", "2025-06-06", "context",
              "Russia's Africa Corps, which is controlled"),
            S("Ukraine", "Moscow uses the Sahel as a testing ground for its mercenaries and takes Malian gold to "
              "finance its war", "2025-06-24", "text", "On Tuesday, Ukraine's Foreign Ministry said"),
        ],
        ["Vladimir Putin", "Kremlin", "Dmitry Peskov", "Russia", "Sergey Lavrov", "Ukraine"],
    ),
]
