"""English articles of the blind136 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b136en01 (Asia-Plus, Dushanbe)
EN01 = """
Rahmon to Putin: "We want respect"

DUSHANBE, October 15 (Asia-Plus) - President Emomali Rahmon used the first summit between Russia and the five Central Asian states in Astana on Friday to deliver an unusually blunt message to Russian President Vladimir Putin.
"We want respect," Rahmon said in a seven-minute speech, complaining that Moscow had treated the region's smaller nations as junior partners for thirty years.
He urged Putin to stop pursuing policies towards Central Asia "as in the times of the Soviet Union" and asked for more Russian investment in Tajikistan.
Rahmon also raised the situation of Tajik labour migrants, more than a million of whom work in Russia, and called for simpler rules on work permits.

Putin, seated across the table, listened without interrupting and later told reporters that relations with Central Asia were built on "equality and mutual respect".
Kremlin spokesman Dmitry Peskov said on Saturday that the Tajik leader's remarks had been "frank, as between friends" and should not be read as criticism.
The leaders adopted a joint statement on strategic partnership and agreed to meet in this format again in 2024.
On Friday afternoon, the same leaders, joined by the presidents of Azerbaijan, Armenia and Belarus, moved on to a summit of the Commonwealth of Independent States.

Host Kassym-Jomart Tokayev, whose government has refused to recognise Russia's annexation of four Ukrainian regions, called on Moscow and Kyiv to seek a negotiated end to the war.
Russia's missile strikes on Ukrainian cities on Monday showed "the danger of uncontrolled escalation", Tokayev said.

Putin had visited Dushanbe in June on his first foreign trip since the start of the war, and he presented Rahmon with a Russian state order at an informal summit in St Petersburg last week.
Since Putin announced a "partial mobilisation" on September 21, recruiters in Moscow have offered migrants fast-track citizenship in exchange for military service, prompting Tajikistan's embassy to warn its citizens against signing up.
Ukraine's Foreign Ministry spokesman Oleg Nikolenko wrote on Facebook that Rahmon's speech showed that "Russia's neighbours are tired of being treated as vassals".
"""

# ---------------------------------------------------------------- b136en02 (Gazeta.uz, Tashkent)
EN02 = """
Uzbekistan rules out "political conditions" in gas talks with Russia

TASHKENT - Uzbekistan is ready to talk to Russia about gas supplies but will not accept any political conditions in return, Energy Minister Jurabek Mirzamahmudov said on Friday.
"If we sign a gas contract, it will be a commercial contract, and nothing more," the minister told journalists in Tashkent.
"We will never agree to political conditions in exchange for gas."

The idea of a "trilateral gas union" of Russia, Kazakhstan and Uzbekistan was floated by Russian President Vladimir Putin during talks with Kazakhstan's Kassym-Jomart Tokayev in the Kremlin on Monday.
Tokayev, on his first foreign trip since his re-election on November 20, said the proposal needed careful study by experts.
The two presidents also signed a declaration and agreed on an economic cooperation programme until 2025.
Kremlin spokesman Dmitry Peskov said on Tuesday that the union would help supply the three countries' domestic markets and export gas to third countries, "including China".
Kazakhstan's Energy Ministry clarified on Wednesday that the talks were about a "road map" for gas supplies and infrastructure, not about a political or legal union.
On Thursday, Peskov rejected suggestions that Moscow was using gas to pull its neighbours back into its orbit.
"There are no political conditions and there never were," he said.

Both Central Asian countries suffered gas shortages last winter, and demand for heating is rising again.
Gazprom chief executive Alexei Miller visited Tashkent in mid-November for talks on using the Soviet-era Central Asia-Center pipeline in reverse.
Analysts say Moscow, having lost most of its European gas market this year, is looking for new buyers and for transit routes to China.

The European Union is also courting the region.
Last month, the EU signed a memorandum of understanding with Kazakhstan on raw materials, batteries and renewable hydrogen on the sidelines of the COP27 climate conference in Sharm el-Sheikh.
Meanwhile, Ukrainian President Volodymyr Zelensky warned on Friday that Russia was preparing new massive strikes on Ukraine's energy grid as temperatures fall.
"""

# ---------------------------------------------------------------- b136en03 (Vlast.kz)
EN03 = """
Blinken in Astana: US offers help with sanctions fallout, urges vigilance on re-exports

ASTANA - U.S. Secretary of State Antony Blinken assured Central Asian governments on Tuesday that Washington would help their economies cope with the side effects of Western sanctions on Russia.
At the same time, he urged them to make sure that the measures were not being circumvented through the region.
Speaking after a meeting in the C5+1 format with the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, Blinken announced an additional $25 million for the Economic Resilience Initiative, on top of $25 million committed last year.
The programme is meant to open trade routes that bypass Russia, train workers and help companies find new export markets.

Earlier on Tuesday, Blinken was received by President Kassym-Jomart Tokayev, who told him that Kazakhstan would continue to comply with the sanctions regime in order to avoid secondary sanctions.
"We are working very closely with our partners here to make sure they understand the sanctions and can avoid the risks," Blinken told a news conference with Kazakh Foreign Minister Mukhtar Tleuberdi.
He said Washington was ready to issue licences to companies in the region that had been hurt by sanctions on their Russian partners.
He also reaffirmed U.S. support for Kazakhstan's "sovereignty, independence and territorial integrity", a phrase that carries weight in a country whose northern regions have been claimed by Russian nationalists.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that Washington was trying to "drag" Central Asia into its confrontation with Moscow.
Kazakhstan has refused to recognise Russia's annexation of Ukrainian regions, and last week it abstained when the UN General Assembly demanded the withdrawal of Russian troops from Ukraine.
Beijing is also raising its profile: China plans to host its first summit with the five Central Asian leaders in May.

Blinken travels on to Tashkent on Wednesday for talks with Uzbek President Shavkat Mirziyoyev before attending a meeting of G20 foreign ministers in New Delhi on Thursday.
Ukraine's Foreign Minister Dmytro Kuleba, who spoke to Blinken by phone on Monday, thanked Washington on Tuesday for its "principled position" in the region.
"""

# ---------------------------------------------------------------- b136en04 (Caravanserai)
EN04 = """
Biden hosts first C5+1 summit, offers Central Asia a critical minerals dialogue

NEW YORK - U.S. President Joe Biden met the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on Tuesday on the sidelines of the UN General Assembly, the first C5+1 meeting at the level of heads of state since the format was created in 2015.
Biden proposed a "critical minerals dialogue" to develop the region's reserves of rare earths, copper and lithium.
He also pledged U.S. support for a new business platform to bring American investors to the region.
"We share a commitment to sovereignty, independence and territorial integrity," Biden told the five presidents, in a line widely read as a reference to Russia's war in Ukraine.
The six leaders adopted a joint declaration on Tuesday evening, and the White House said the foreign ministers would meet again in the C5+1 format next year.

Kazakh President Kassym-Jomart Tokayev, speaking at the General Assembly hours before the summit, called on Russia and Ukraine to seek a peaceful settlement based on the UN Charter.
Last Thursday, the U.S. Treasury and State Department imposed sanctions on more than 150 people and companies accused of helping Russia's war effort, among them several firms registered in Kyrgyzstan and Kazakhstan.

Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow respected "the sovereign right" of its Central Asian partners to develop relations with other countries.
He accused Washington, however, of trying to "weaken Russia's positions" in a region where Moscow has deep historical ties.
In his first appearance in person at the General Assembly since the invasion, Ukrainian President Volodymyr Zelensky on Tuesday accused Russia of turning food, energy and even children into weapons.
Zelensky is due to meet Biden at the White House on Thursday.

China, whose leader Xi Jinping hosted the five Central Asian presidents in Xi'an in May, pledged 26 billion yuan in financing and grants at that summit.
Russia remains the region's main security partner and the destination for millions of Central Asian labour migrants, whose remittances make up a large share of the economies of Tajikistan and Kyrgyzstan.
"""

# ---------------------------------------------------------------- b136en05 (Daryo, Tashkent)
EN05 = """
Kazakhstan says no to BRICS partner status as Tokayev backs the UN in Kazan

TASHKENT (Daryo) - Kazakhstan will not seek the status of a BRICS partner country "in the foreseeable future", the Foreign Ministry in Astana said on Friday, a day after President Kassym-Jomart Tokayev attended the group's summit in the Russian city of Kazan.
Russia, which chairs BRICS this year, had offered partner status to 13 countries, among them Kazakhstan and Uzbekistan, Kremlin aide Yuri Ushakov said on Wednesday.
Ministry spokesman Aibek Smadiyarov said Kazakhstan regarded the United Nations as "the only universal and indispensable organisation" and saw no need for new formats.

At the BRICS Plus session on Thursday, Tokayev said there was "no alternative" to the UN and called on Russia and Ukraine to agree a ceasefire and start peace talks.
On Thursday morning he held talks with President Vladimir Putin on the sidelines.
According to the Akorda, Tokayev told Putin that Kazakhstan's position on Ukraine "has not changed", a reference to Astana's refusal to recognise Russia's annexation of Ukrainian territories.
Putin called Kazakhstan "a reliable ally and strategic partner" and said Moscow respected its choices.

Kremlin spokesman Dmitry Peskov said on Friday that the decision on partner status was "Kazakhstan's sovereign right" and would not affect bilateral ties.
Uzbekistan, also on the list, said it was still studying the offer.
UN Secretary-General Antonio Guterres, who attended the summit and met Putin on Thursday, was criticised by Kyiv, which called the visit "the wrong choice".
Chinese President Xi Jinping met Putin in Kazan on Tuesday and called for "de-escalation" in Ukraine.

Western capitals are watching closely.
The EU's special envoy for sanctions, David O'Sullivan, is due in Astana next month for talks on preventing the re-export of dual-use goods to Russia.
Earlier this month, Kazakh voters approved the construction of the country's first nuclear power plant in a referendum, with Russia's Rosatom, China's CNNC and France's EDF among the bidders.
"""

# ---------------------------------------------------------------- b136en06 (Tengrinews, live blog)
EN06 = """
LIVE: China-Central Asia summit in Astana - Xi and five presidents sign "eternal" friendship treaty

6:15pm: Kremlin spokesman Dmitry Peskov said Russia did not see the Astana summit as a challenge to its interests in Central Asia.
"These are our allies and strategic partners, and China is our strategic partner too," Peskov told reporters in Moscow.

5:20pm: President Kassym-Jomart Tokayev announced at the closing press conference that the third China-Central Asia summit will be held in China in 2027.

4:45pm: Xi Jinping said China would provide 1.5 billion yuan in grants to the five Central Asian countries this year and train 3,000 specialists over the next two years.

3:10pm: The six leaders signed the Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation and adopted the Astana Declaration.
Xi called the treaty "a milestone" and said China firmly opposed any external interference in the region's internal affairs.

1:05pm: In Kyiv, the death toll from the overnight Russian missile and drone attack has risen to 28, the city's military administration said.
Ukrainian President Volodymyr Zelensky, who is attending the G7 summit in Canada, called the attack "pure terrorism" and urged partners to step up pressure on Moscow.

11:30am: A planned meeting between Zelensky and U.S. President Donald Trump in Kananaskis will not take place after Trump left the G7 summit early on Monday night, citing the conflict between Israel and Iran.

10:05am: The summit has opened at the Palace of Independence.
Tokayev told his guests that Central Asia "will never be anyone's backyard" and called the region a bridge between East and West.

8:30am: Good morning and welcome to our live coverage from Astana.
Xi arrived on Monday afternoon and held talks with Tokayev, after which the two leaders witnessed the signing of 58 agreements worth more than $24 billion.
On Saturday, Kazakhstan chose Russia's Rosatom to lead construction of its first nuclear power plant and China's CNNC to lead the second.
The European Union held its first summit with the five Central Asian states in Samarkand in April.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (Astana, UTC+5)"

DOCS = [
    doc(
        "b136en01_rahmon_putin_respect_astana_2022_10", "2022-10-15", EN01,
        [
            T("October 15", "DATE", "2022-10-15"),
            T("Friday", "DATE", "2022-10-14", 0),
            T("seven-minute", "DURATION", "PT7M"),
            T("thirty years", "DURATION", "P30Y"),
            T("Saturday", "DATE", "2022-10-15"),
            T("2024", "DATE", "2024"),
            T("Friday afternoon", "TIME", "2022-10-14TAF"),
            T("Monday", "DATE", "2022-10-10"),
            T("June", "DATE", "2022-06"),
            T("last week", "DATE", "2022-W40"),
            T("September 21", "DATE", "2022-09-21"),
        ],
        [
            E("First Russia–Central Asia summit in Astana", "CONSULT", ["Vladimir Putin", "Russia"], "2022-10-14",
              "text", "occurred", "used the first summit between Russia"),
            E("Rahmon complains that Moscow treats Central Asia's nations as junior partners", "ACCUSE",
              ["Russia", "Vladimir Putin"], "2022-10-14", "context", "occurred", "\"We want respect,\" Rahmon said"),
            E("Rahmon urges Putin to drop Soviet-style policies and asks for Russian investment", "REQUEST",
              ["Vladimir Putin"], "2022-10-14", "context", "occurred", "He urged Putin to stop"),
            E("Rahmon calls for simpler work-permit rules for Tajik migrants in Russia", "REQUEST", ["Russia"],
              "2022-10-14", "context", "occurred", "Rahmon also raised the situation"),
            E("Joint statement on strategic partnership adopted", "AGREE", ["Vladimir Putin", "Russia"], "2022-10-14",
              "context", "occurred", "The leaders adopted a joint statement"),
            E("Next Russia–Central Asia summit in 2024", "CONSULT", ["Vladimir Putin", "Russia"], "2024", "text",
              "planned", "The leaders adopted a joint statement"),
            E("CIS summit in Astana", "CONSULT", ["Vladimir Putin", "Belarus"], "2022-10-14TAF", "text", "occurred",
              "On Friday afternoon, the same leaders"),
            E("Tokayev calls on Moscow and Kyiv to seek a negotiated end to the war", "REQUEST", ["Russia", "Ukraine"],
              "2022-10-14", "context", "occurred", "Host Kassym-Jomart Tokayev"),
            E("Russian missile strikes on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"], "2022-10-10", "text",
              "occurred", "Russia's missile strikes on Ukrainian cities on Monday"),
            E("Putin visits Dushanbe", "CONSULT", ["Vladimir Putin"], "2022-06", "text", "occurred",
              "Putin had visited Dushanbe in June"),
            E("Informal summit in St Petersburg", "CONSULT", ["Vladimir Putin"], "2022-W40", "text", "occurred",
              "Putin had visited Dushanbe in June", note="informal CIS summit of 7 October 2022"),
            E("Putin presents Rahmon with a Russian state order", "SUPPORT", ["Vladimir Putin"], "2022-W40",
              "context", "occurred", "Putin had visited Dushanbe in June"),
            E("Putin announces a partial mobilisation", "MOBILIZE", ["Vladimir Putin", "Russia"], "2022-09-21", "text",
              "occurred", "Since Putin announced a \"partial mobilisation\""),
            E("Kyiv: Russia treats its neighbours as vassals", "ACCUSE", ["Ukraine", "Russia"], "2022-10-15",
              "published", "occurred", "Oleg Nikolenko wrote on Facebook"),
        ],
        [
            S("Vladimir Putin", "Relations with Central Asia are built on equality and mutual respect", "2022-10-14",
              "context", "listened without interrupting"),
            S("Dmitry Peskov", "Rahmon's remarks were frank, as between friends, and not criticism", "2022-10-15",
              "text", "Kremlin spokesman Dmitry Peskov said on Saturday"),
            S("Ukraine", "Nikolenko: Russia's neighbours are tired of being treated as vassals", "2022-10-15",
              "published", "Oleg Nikolenko wrote on Facebook"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Belarus", "Ukraine"],
    ),
    doc(
        "b136en02_uzbekistan_gas_union_conditions_2022_12", "2022-12-03", EN02,
        [
            T("Friday", "DATE", "2022-12-02", 0),
            T("Monday", "DATE", "2022-11-28"),
            T("November 20", "DATE", "2022-11-20"),
            T("2025", "DATE", "2025"),
            T("Tuesday", "DATE", "2022-11-29"),
            T("Wednesday", "DATE", "2022-11-30"),
            T("Thursday", "DATE", "2022-12-01"),
            T("last winter", "DATE", "2021-WI"),
            T("mid-November", "DATE", "2022-11", mod="MID"),
            T("this year", "DATE", "2022"),
            T("Last month", "DATE", "2022-11"),
            T("Friday", "DATE", "2022-12-02", 1),
        ],
        [
            E("Uzbekistan rules out political conditions in gas talks with Russia", "REJECT", ["Russia"], "2022-12-02",
              "text", "occurred", "will not accept any political conditions"),
            E("Putin–Tokayev talks in the Kremlin", "CONSULT", ["Vladimir Putin"], "2022-11-28", "text", "occurred",
              "The idea of a \"trilateral gas union\""),
            E("Putin proposes a trilateral gas union of Russia, Kazakhstan and Uzbekistan", "REQUEST",
              ["Vladimir Putin"], "2022-11-28", "context", "occurred", "The idea of a \"trilateral gas union\""),
            E("Putin and Tokayev sign a declaration and agree an economic cooperation programme", "AGREE",
              ["Vladimir Putin"], "2022-11-28", "context", "occurred", "The two presidents also signed"),
            E("Kazakhstan's energy ministry: a road map, not a political or legal union", "REJECT", ["Russia"],
              "2022-11-30", "text", "occurred", "Kazakhstan's Energy Ministry clarified"),
            E("Peskov rejects suggestions that Moscow uses gas as political leverage", "REJECT", ["Dmitry Peskov"],
              "2022-12-01", "text", "occurred", "On Thursday, Peskov rejected"),
            E("Gazprom chief Miller holds talks in Tashkent", "CONSULT", ["Russia"], "2022-11", "text", "occurred",
              "Alexei Miller visited Tashkent", date_mod="MID"),
            E("EU and Kazakhstan sign a memorandum on raw materials, batteries and hydrogen", "AGREE",
              ["European Union"], "2022-11", "text", "occurred", "Last month, the EU signed",
              note="7 November 2022"),
            E("Zelensky warns that Russia is preparing new massive strikes on the energy grid", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-12-02", "text", "occurred", "Volodymyr Zelensky warned on Friday"),
        ],
        [
            S("Dmitry Peskov", "The gas union would supply the three domestic markets and exports, including to China",
              "2022-11-29", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Dmitry Peskov", "Rejects suggestions that Moscow uses gas to pull its neighbours back into its orbit",
              "2022-12-01", "text", "On Thursday, Peskov rejected"),
            S("Dmitry Peskov", "There are no political conditions and there never were", "2022-12-01", "context",
              "\"There are no political conditions"),
            S("Volodymyr Zelensky", "Russia is preparing new massive strikes on Ukraine's energy grid", "2022-12-02",
              "text", "Volodymyr Zelensky warned on Friday"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "China", "European Union", "Volodymyr Zelensky",
         "Ukraine"],
    ),
    doc(
        "b136en03_blinken_astana_c5_sanctions_2023_03", "2023-03-01", EN03,
        [
            T("Tuesday", "DATE", "2023-02-28", 0),
            T("last year", "DATE", "2022"),
            T("Tuesday", "DATE", "2023-02-28", 1),
            T("Wednesday", "DATE", "2023-03-01", 0),
            T("last week", "DATE", "2023-W08"),
            T("May", "DATE", "2023-05"),
            T("Wednesday", "DATE", "2023-03-01", 1),
            T("Thursday", "DATE", "2023-03-02"),
            T("Monday", "DATE", "2023-02-27"),
            T("Tuesday", "DATE", "2023-02-28", 2),
        ],
        [
            E("Blinken assures Central Asia of help with the side effects of sanctions on Russia", "AGREE",
              ["Antony Blinken"], "2023-02-28", "text", "occurred", "assured Central Asian governments on Tuesday"),
            E("Blinken urges Central Asia to prevent circumvention of the sanctions", "REQUEST", ["Antony Blinken"],
              "2023-02-28", "context", "occurred", "At the same time, he urged them"),
            E("C5+1 foreign ministers' meeting in Astana", "CONSULT", ["Antony Blinken"], "2023-02-28", "context",
              "occurred", "Speaking after a meeting in the C5+1 format"),
            E("Blinken announces an additional $25 million for the Economic Resilience Initiative", "AID",
              ["Antony Blinken"], "2023-02-28", "context", "occurred", "Speaking after a meeting in the C5+1 format"),
            E("US committed $25 million to the initiative", "AID", ["United States"], "2022", "text", "occurred",
              "Speaking after a meeting in the C5+1 format"),
            E("Tokayev receives Blinken", "CONSULT", ["Antony Blinken"], "2023-02-28", "text", "occurred",
              "Earlier on Tuesday, Blinken was received"),
            E("Tokayev assures Blinken that Kazakhstan will keep complying with the sanctions", "AGREE",
              ["Antony Blinken"], "2023-02-28", "context", "occurred", "Earlier on Tuesday, Blinken was received"),
            E("Blinken: Washington ready to issue licences to companies hurt by sanctions", "AGREE", ["Antony Blinken"],
              "2023-02-28", "context", "occurred", "ready to issue licences"),
            E("Blinken reaffirms US support for Kazakhstan's sovereignty and territorial integrity", "SUPPORT",
              ["Antony Blinken"], "2023-02-28", "context", "occurred", "He also reaffirmed U.S. support"),
            E("Zakharova accuses Washington of dragging Central Asia into its confrontation with Moscow", "ACCUSE",
              ["Maria Zakharova", "United States"], "2023-03-01", "text", "occurred",
              "Maria Zakharova said on Wednesday"),
            E("UN General Assembly demands the withdrawal of Russian troops from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2023-W08", "text", "occurred", "Kazakhstan has refused to recognise",
              note="vote of 23 February 2023"),
            E("China to host its first summit with the five Central Asian leaders", "CONSULT", ["China"], "2023-05",
              "text", "planned", "China plans to host its first summit"),
            E("Blinken to hold talks with Mirziyoyev in Tashkent", "CONSULT", ["Antony Blinken"], "2023-03-01", "text",
              "planned", "Blinken travels on to Tashkent"),
            E("Blinken to attend the G20 foreign ministers' meeting in New Delhi", "CONSULT", ["Antony Blinken"],
              "2023-03-02", "text", "planned", "Blinken travels on to Tashkent"),
            E("Kuleba–Blinken phone call", "CONSULT", ["Ukraine", "Antony Blinken"], "2023-02-27", "text", "occurred",
              "who spoke to Blinken by phone on Monday"),
            E("Kuleba thanks Washington for its principled position", "SUPPORT", ["Ukraine", "United States"],
              "2023-02-28", "text", "occurred", "who spoke to Blinken by phone on Monday"),
        ],
        [
            S("Antony Blinken", "Washington will help Central Asian economies cope with the side effects of sanctions",
              "2023-02-28", "text", "assured Central Asian governments on Tuesday"),
            S("Antony Blinken", "Urges the region to make sure the sanctions are not circumvented", "2023-02-28",
              "context", "At the same time, he urged them"),
            S("Antony Blinken", "Announces an additional $25 million for the Economic Resilience Initiative",
              "2023-02-28", "context", "Speaking after a meeting in the C5+1 format"),
            S("Antony Blinken", "We work closely with partners so they understand the sanctions and avoid the risks",
              "2023-02-28", "context", "\"We are working very closely"),
            S("Antony Blinken", "Washington is ready to issue licences to companies hurt by sanctions", "2023-02-28",
              "context", "ready to issue licences"),
            S("Antony Blinken", "Reaffirms support for Kazakhstan's sovereignty, independence and territorial "
              "integrity", "2023-02-28", "context", "He also reaffirmed U.S. support"),
            S("Maria Zakharova", "Washington is trying to drag Central Asia into its confrontation with Moscow",
              "2023-03-01", "text", "Maria Zakharova said on Wednesday"),
            S("Ukraine", "Kuleba thanks Washington for its principled position in the region", "2023-02-28", "text",
              "who spoke to Blinken by phone on Monday"),
        ],
        ["Antony Blinken", "United States", "Russia", "Maria Zakharova", "United Nations", "Ukraine", "China"],
    ),
    doc(
        "b136en04_biden_c5_summit_new_york_2023_09", "2023-09-20", EN04,
        [
            T("Tuesday", "DATE", "2023-09-19", 0),
            T("2015", "DATE", "2015"),
            T("Tuesday evening", "TIME", "2023-09-19TEV"),
            T("next year", "DATE", "2024"),
            T("hours", "DURATION", "PXH"),
            T("Last Thursday", "DATE", "2023-09-14"),
            T("Wednesday", "DATE", "2023-09-20"),
            T("Tuesday", "DATE", "2023-09-19", 2),
            T("Thursday", "DATE", "2023-09-21", 1),
            T("May", "DATE", "2023-05"),
        ],
        [
            E("Biden meets the five Central Asian presidents, first C5+1 summit", "CONSULT", ["Joe Biden"],
              "2023-09-19", "text", "occurred", "met the leaders of Kazakhstan"),
            E("Biden proposes a critical minerals dialogue", "REQUEST", ["Joe Biden"], "2023-09-19", "context",
              "occurred", "Biden proposed a \"critical minerals dialogue\""),
            E("Biden pledges support for a business platform", "AGREE", ["Joe Biden"], "2023-09-19", "context",
              "occurred", "He also pledged U.S. support"),
            E("C5+1 leaders adopt a joint declaration", "AGREE", ["Joe Biden"], "2023-09-19TEV", "text", "occurred",
              "The six leaders adopted a joint declaration"),
            E("C5+1 foreign ministers to meet next year", "CONSULT", ["United States"], "2024", "text", "planned",
              "The six leaders adopted a joint declaration"),
            E("Tokayev calls on Russia and Ukraine to seek a peaceful settlement", "REQUEST", ["Russia", "Ukraine"],
              "2023-09-19", "context", "occurred", "Kazakh President Kassym-Jomart Tokayev, speaking"),
            E("US sanctions more than 150 people and firms helping Russia's war effort, including Central Asian firms",
              "SANCTION", ["United States", "Russia"], "2023-09-14", "text", "occurred",
              "Last Thursday, the U.S. Treasury"),
            E("Peskov: Moscow respects its partners' sovereign right to ties with others", "SUPPORT",
              ["Dmitry Peskov"], "2023-09-20", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            E("Peskov accuses Washington of trying to weaken Russia in Central Asia", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2023-09-20", "context", "occurred", "He accused Washington"),
            E("Zelensky accuses Russia at the General Assembly of weaponising food, energy and children", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-09-19", "text", "occurred", "In his first appearance in person"),
            E("Zelensky to meet Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-09-21", "text", "planned", "Zelensky is due to meet Biden"),
            E("Xi hosts the five Central Asian presidents in Xi'an", "CONSULT", ["Xi Jinping"], "2023-05", "text",
              "occurred", "whose leader Xi Jinping hosted"),
            E("China pledges 26 billion yuan in financing and grants", "AID", ["China"], "2023-05", "context",
              "occurred", "whose leader Xi Jinping hosted"),
        ],
        [
            S("Joe Biden", "Proposes a critical minerals dialogue with Central Asia", "2023-09-19", "context",
              "Biden proposed a \"critical minerals dialogue\""),
            S("Joe Biden", "Pledges US support for a business platform for the region", "2023-09-19", "context",
              "He also pledged U.S. support"),
            S("Joe Biden", "We share a commitment to sovereignty, independence and territorial integrity",
              "2023-09-19", "context", "\"We share a commitment"),
            S("White House", "The C5+1 foreign ministers will meet again next year", "2023-09-20", "published",
              "The six leaders adopted a joint declaration"),
            S("Dmitry Peskov", "Moscow respects the sovereign right of its Central Asian partners", "2023-09-20",
              "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Dmitry Peskov", "Washington is trying to weaken Russia's positions in the region", "2023-09-20",
              "context", "He accused Washington"),
            S("Volodymyr Zelensky", "Russia turns food, energy and even children into weapons", "2023-09-19", "text",
              "In his first appearance in person"),
        ],
        ["Joe Biden", "United States", "United Nations", "Russia", "Ukraine", "White House", "Kremlin",
         "Dmitry Peskov", "Volodymyr Zelensky", "China", "Xi Jinping"],
    ),
    doc(
        "b136en05_kazakhstan_brics_partner_kazan_2024_10", "2024-10-25", EN05,
        [
            T("the foreseeable future", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2024-10-25", 0),
            T("this year", "DATE", "2024"),
            T("Wednesday", "DATE", "2024-10-23"),
            T("Thursday", "DATE", "2024-10-24", 0),
            T("Thursday morning", "TIME", "2024-10-24TMO"),
            T("Friday", "DATE", "2024-10-25", 1),
            T("Thursday", "DATE", "2024-10-24", 2),
            T("Tuesday", "DATE", "2024-10-22"),
            T("next month", "DATE", "2024-11"),
            T("this month", "DATE", "2024-10"),
        ],
        [
            E("Kazakhstan declines BRICS partner status", "REJECT", ["Russia"], "2024-10-25", "text", "occurred",
              "Kazakhstan will not seek the status"),
            E("Tokayev attends the BRICS summit in Kazan", "CONSULT", ["Russia"], "2024-10-24", "context", "occurred",
              "Kazakhstan will not seek the status"),
            E("Russia offers BRICS partner status to 13 countries", "REQUEST", ["Russia"], "2024-10-23", "context",
              "occurred", "had offered partner status to 13 countries"),
            E("Tokayev calls on Russia and Ukraine to agree a ceasefire and start peace talks", "REQUEST",
              ["Russia", "Ukraine"], "2024-10-24", "text", "occurred", "At the BRICS Plus session on Thursday"),
            E("Tokayev–Putin talks in Kazan", "CONSULT", ["Vladimir Putin"], "2024-10-24TMO", "text", "occurred",
              "On Thursday morning he held talks"),
            E("Tokayev tells Putin Kazakhstan's position on Ukraine is unchanged (no recognition of the annexation)",
              "REJECT", ["Vladimir Putin", "Russia"], "2024-10-24TMO", "context", "occurred",
              "According to the Akorda"),
            E("Putin calls Kazakhstan a reliable ally and respects its choices", "SUPPORT", ["Vladimir Putin"],
              "2024-10-24TMO", "context", "occurred", "Putin called Kazakhstan"),
            E("Peskov: partner status is Kazakhstan's sovereign right", "SUPPORT", ["Dmitry Peskov"], "2024-10-25",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Guterres meets Putin in Kazan", "CONSULT", ["António Guterres", "Vladimir Putin"], "2024-10-24", "text",
              "occurred", "UN Secretary-General Antonio Guterres"),
            E("Kyiv criticises Guterres's visit as 'the wrong choice'", "ACCUSE", ["Ukraine", "António Guterres"],
              "2024-10-25", "published", "occurred", "UN Secretary-General Antonio Guterres"),
            E("Xi–Putin meeting in Kazan", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2024-10-22", "text",
              "occurred", "Chinese President Xi Jinping met Putin"),
            E("Xi calls for de-escalation in Ukraine", "REQUEST", ["Xi Jinping"], "2024-10-22", "context", "occurred",
              "Chinese President Xi Jinping met Putin"),
            E("EU sanctions envoy O'Sullivan to visit Astana", "CONSULT", ["European Union"], "2024-11", "text",
              "planned", "David O'Sullivan, is due in Astana"),
        ],
        [
            S("Yuri Ushakov", "Russia offered BRICS partner status to 13 countries, including Kazakhstan and "
              "Uzbekistan", "2024-10-23", "text", "had offered partner status to 13 countries"),
            S("Vladimir Putin", "Kazakhstan is a reliable ally and strategic partner; Moscow respects its choices",
              "2024-10-24TMO", "context", "Putin called Kazakhstan"),
            S("Dmitry Peskov", "Partner status is Kazakhstan's sovereign right and will not affect ties", "2024-10-25",
              "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Ukraine", "Guterres's visit to Kazan was the wrong choice", "2024-10-25", "published",
              "UN Secretary-General Antonio Guterres"),
            S("Xi Jinping", "Calls for de-escalation in Ukraine", "2024-10-22", "context",
              "Chinese President Xi Jinping met Putin"),
        ],
        ["Russia", "Yuri Ushakov", "Kremlin", "United Nations", "Ukraine", "Vladimir Putin", "Dmitry Peskov",
         "António Guterres", "Xi Jinping", "China", "European Union", "France"],
    ),
    doc(
        "b136en06_liveblog_china_central_asia_astana_2025_06", "2025-06-17", EN06,
        [
            T("6:15pm", "TIME", "2025-06-17T18:15", note=LIVE),
            T("5:20pm", "TIME", "2025-06-17T17:20", note=LIVE),
            T("2027", "DATE", "2027"),
            T("4:45pm", "TIME", "2025-06-17T16:45", note=LIVE),
            T("this year", "DATE", "2025"),
            T("the next two years", "DURATION", "P2Y"),
            T("3:10pm", "TIME", "2025-06-17T15:10", note=LIVE),
            T("1:05pm", "TIME", "2025-06-17T13:05", note=LIVE),
            T("overnight", "TIME", "2025-06-16TNI", note="night of 16 to 17 June"),
            T("11:30am", "TIME", "2025-06-17T11:30", note=LIVE),
            T("Monday night", "TIME", "2025-06-16TNI"),
            T("10:05am", "TIME", "2025-06-17T10:05", note=LIVE),
            T("8:30am", "TIME", "2025-06-17T08:30", note=LIVE),
            T("Monday afternoon", "TIME", "2025-06-16TAF"),
            T("Saturday", "DATE", "2025-06-14"),
            T("April", "DATE", "2025-04"),
        ],
        [
            E("Third China–Central Asia summit to be held in China", "CONSULT", ["China"], "2027", "text", "planned",
              "the third China-Central Asia summit will be held"),
            E("Xi pledges 1.5 billion yuan in grants and training for 3,000 specialists", "AID", ["Xi Jinping"], "2025",
              "text", "planned", "Xi Jinping said China would provide"),
            E("Six leaders sign the treaty on permanent good-neighbourliness and adopt the Astana Declaration",
              "AGREE", ["Xi Jinping"], "2025-06-17", "context", "occurred", "The six leaders signed the Treaty"),
            E("Overnight Russian missile and drone attack on Kyiv, 28 killed", "ASSAULT", ["Russia", "Ukraine"],
              "2025-06-16TNI", "text", "occurred", "the death toll from the overnight Russian"),
            E("Zelensky attends the G7 summit in Canada", "CONSULT", ["Volodymyr Zelensky"], "2025-06-17", "context",
              "occurred", "who is attending the G7 summit"),
            E("Zelensky calls the attack 'pure terrorism'", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2025-06-17",
              "context", "occurred", "who is attending the G7 summit"),
            E("Zelensky urges partners to step up pressure on Moscow", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-06-17", "context", "occurred", "who is attending the G7 summit"),
            E("Zelensky–Trump meeting in Kananaskis cancelled", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-06-17", "context", "cancelled", "A planned meeting between Zelensky"),
            E("China–Central Asia summit opens in Astana", "CONSULT", ["Xi Jinping"], "2025-06-17", "context",
              "occurred", "The summit has opened"),
            E("Xi arrives in Astana and holds talks with Tokayev", "CONSULT", ["Xi Jinping"], "2025-06-16TAF", "text",
              "occurred", "Xi arrived on Monday afternoon"),
            E("58 agreements signed during Xi's visit", "AGREE", ["Xi Jinping"], "2025-06-16TAF", "context",
              "occurred", "Xi arrived on Monday afternoon"),
            E("Kazakhstan picks Rosatom to lead construction of its first nuclear plant", "COOPERATE", ["Russia"],
              "2025-06-14", "text", "occurred", "On Saturday, Kazakhstan chose"),
            E("Kazakhstan picks China's CNNC to lead the second nuclear plant", "COOPERATE", ["China"], "2025-06-14",
              "text", "occurred", "On Saturday, Kazakhstan chose"),
            E("First EU–Central Asia summit in Samarkand", "CONSULT", ["European Union"], "2025-04", "text", "occurred",
              "held its first summit with the five Central Asian states"),
        ],
        [
            S("Dmitry Peskov", "Russia does not see the Astana summit as a challenge to its interests", "2025-06-17",
              "context", "did not see the Astana summit"),
            S("Dmitry Peskov", "The Central Asian states are allies and strategic partners, and so is China",
              "2025-06-17", "context", "\"These are our allies"),
            S("Xi Jinping", "China will provide 1.5 billion yuan in grants and train 3,000 specialists", "2025-06-17",
              "context", "Xi Jinping said China would provide"),
            S("Xi Jinping", "The treaty is a milestone; China opposes external interference in the region",
              "2025-06-17", "context", "Xi called the treaty"),
            S("Ukraine", "Kyiv military administration: the death toll has risen to 28", "2025-06-17", "context",
              "the death toll from the overnight Russian"),
            S("Volodymyr Zelensky", "The attack is pure terrorism; partners should step up pressure on Moscow",
              "2025-06-17", "context", "who is attending the G7 summit"),
        ],
        ["Kremlin", "Dmitry Peskov", "Russia", "China", "Xi Jinping", "Ukraine", "Volodymyr Zelensky",
         "United States", "Donald Trump", "European Union"],
    ),
]
