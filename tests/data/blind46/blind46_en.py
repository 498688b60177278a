"""English articles of the blind46 set (fictionalised; written and annotated blind to the extraction code).

Theme: energy, shipping and infrastructure diplomacy, in wire-copy and trade-press styles.
"""

from build import E, S, T

# ---------------------------------------------------------------- b46en01 (Montel News)
EN01 = """
Ukraine halts gas transit at Sokhranivka, Gazprom rejects rerouting via Sudzha

Ukraine's gas transmission system operator GTSOU stopped accepting Russian gas at the Sokhranivka entry point in the occupied Luhansk region from 07:00 Kyiv time on Wednesday, declaring force majeure and cutting nearly a third of the transit flows to Europe.
The operator said Russian occupying forces had interfered with technical processes at the Novopskov compressor station and siphoned off gas, leaving it unable to control the system.
It proposed that Gazprom shift the affected volumes, up to 32.6 million cubic metres a day, to the Sudzha entry point, which lies in territory controlled by Kyiv.

Gazprom rejected the request the same day, saying a transfer of flows was "technologically impossible" and that it had received no confirmation of force majeure.
Nominations at Sudzha rose only slightly on Thursday, to 72 million cubic metres, data from the operator showed.
Kremlin spokesman Dmitry Peskov told reporters on Thursday that Russia remained a reliable supplier and had always met its obligations, blaming the disruption on Kyiv.

On Wednesday evening Moscow also imposed sanctions on 31 companies in the EU, the US and Singapore, among them Gazprom Germania, which Berlin placed under the trusteeship of the Federal Network Agency in April, and EuRoPol Gaz, owner of the Polish section of the Yamal-Europe pipeline.
The government decree bars Russian entities from doing business with the listed companies.
German economy minister Robert Habeck said on Thursday that some Gazprom Germania subsidiaries were no longer receiving Russian gas, but that the market could make up the shortfall.
"Russia is using energy as a weapon," he told the Bundestag, adding that Germany's supply remained secure for now.

Poland's climate ministry said it did not expect any impact on domestic supply, as PGNiG had stopped buying Russian gas after Gazprom halted deliveries to Poland late last month.
The European Commission said it was monitoring the situation closely with member states and saw no immediate threat to security of supply.

Front-month gas at the Dutch TTF hub rose by as much as 9% on Thursday morning to about €104/MWh before easing in the afternoon.
Traders said the market was more concerned about the Russian sanctions on Gazprom Germania's trading and storage units than about the transit outage itself.
Flows through Ukraine had already fallen by about a quarter since the start of the year, and Gazprom's long-term transit contract with Naftogaz runs until the end of 2024.
"""

# ---------------------------------------------------------------- b46en02 (Nuclear Engineering International)
EN02 = """
Grossi sets out five principles for Zaporizhzhia at UN Security Council

IAEA director general Rafael Grossi on Tuesday asked Russia and Ukraine to commit to five "concrete principles" to protect the Zaporizhzhia nuclear power plant, dropping for now his months-long push for a formal protection zone around Europe's largest nuclear facility.
Speaking to the UN Security Council in New York, Grossi said there should be no attack of any kind from or against the plant, and that it should not be used as a storage site or base for heavy weapons or military personnel.
Off-site power to the plant should not be put at risk, all structures, systems and components essential to its safe operation should be protected, and no action should be taken that undermines these principles.

"These principles are not to the detriment of anyone and for the benefit of everyone," Grossi told the council, adding that the IAEA's experts on site would report any violations publicly.
He said he would not ask the council to vote on them, but hoped both sides would observe them.
UN Secretary-General António Guterres, who has backed the IAEA's efforts since last summer, welcomed the proposals.

Russia's ambassador to the UN, Vasily Nebenzia, said the measures Grossi described were ones Moscow had already been implementing, and accused Kyiv of preparing provocations around the plant as part of its expected counteroffensive.
Ukraine's representative, Sergiy Kyslytsya, said the principles were welcome but insufficient, and that only the withdrawal of Russian troops and the return of the plant to Ukrainian control could remove the danger.
US ambassador Linda Thomas-Greenfield called on Russia to pull its forces out and hand the site back to its "rightful owner".

The plant, occupied by Russian troops since March last year, lost all off-site power for the seventh time on May 22, and had to rely on its emergency diesel generators for more than five hours until the last remaining 750 kV line was reconnected.
All six reactors have been in cold shutdown since September.
Grossi visited the plant at the end of March and met Alexei Likhachev, head of Rosatom, in Kaliningrad in early April.
In January he discussed the plant with President Volodymyr Zelensky in Kyiv.

Grossi's team has been present at the site since September 2022 and rotates every few weeks, a process that has been delayed several times by fighting along the front line.
The agency's Board of Governors meets in Vienna from next Monday, and the Zaporizhzhia plant is expected to dominate the discussion.
Energoatom, the Ukrainian operator, said in a statement after the session that Kyiv would not accept any arrangement that legitimised the occupation.
"""

# ---------------------------------------------------------------- b46en03 (TradeWinds)
EN03 = """
Russian missile hits wheat-laden bulker leaving Ukraine's Black Sea corridor

A Russian missile struck a handysize bulker loaded with Ukrainian wheat late Wednesday shortly after it left Ukrainian territorial waters, in the first attack on a grain carrier outside port in several months.
The 2006-built, St Kitts and Nevis-flagged Aya was bound for Egypt with about 26,000 tonnes of wheat from Chornomorsk, according to the Ukrainian navy.
None of its crew of 20, all Syrian nationals, was injured and the vessel continued its voyage under its own power, a navy spokesman said on Thursday.

President Volodymyr Zelensky said in his nightly video address on Thursday that the strike was aimed squarely at global food security and called on partners to supply more air defence for the southern ports.
Foreign minister Andrii Sybiha, who took office last week, said Kyiv would raise the attack with the International Maritime Organization and asked partners to treat such strikes as a threat to freedom of navigation.
The UK Foreign Office said on Thursday that British intelligence had established that Russia fired a Kh-22 missile from a Tu-22M3 bomber at the vessel, calling the strike "reckless".

Russia's defence ministry did not comment on the incident.
In the past it has said it targets only military cargo and has accused Kyiv of using grain ships to bring in weapons.
Romania, whose exclusive economic zone the Aya was about to enter, said the attack took place outside its waters but condemned it.

The strike came after Russian missiles damaged port infrastructure in Odesa and Izmail last week.
Russia walked out of the UN- and Turkish-brokered Black Sea Grain Initiative in July 2023; since Ukraine opened its own humanitarian corridor the following month, more than 70 million tonnes of cargo have moved through it.
Brokers said on Friday that war-risk premiums for Odesa-bound voyages had risen to about 1.25% of hull value from 1% before the attack.

Turkey, which co-brokered the 2022 deal, has pushed for a broader arrangement on the safety of shipping in the Black Sea.
Foreign minister Hakan Fidan said on Friday that Ankara was "in contact with both sides" and ready to host talks on commercial navigation.
A mine countermeasures group set up by Turkey, Romania and Bulgaria in January has been clearing drifting mines along the western coast since the summer.
Kyiv's maritime administration said on Friday that 14 vessels were waiting to load in the three Greater Odesa ports and that traffic had not been suspended.
"""

# ---------------------------------------------------------------- b46en04 (Argus Media)
EN04 = """
Ukraine steps up gas import plans after strikes on production

London, 6 October (Argus) — Ukraine will need to import significantly more gas this winter after Russian missile and drone strikes on Friday knocked out part of its domestic production, state-owned Naftogaz said.
The attack on facilities in the Kharkiv and Poltava regions, involving 35 missiles and 60 drones, was the largest on Ukraine's gas production since the start of the full-scale invasion, Naftogaz chief executive Serhiy Koretskyi said.
Some of the damaged wells and processing units could take months to repair, he added.

Kyiv had planned to import about 4.6bn m³ for the heating season, but traders in Kyiv now put the requirement at up to 5.5bn m³.
Ukrainian storage sites held about 12.8bn m³ on 1 October, short of the 13.2bn m³ target set by the government.
Naftogaz said on Saturday that it had signed an agreement with Poland's state-controlled Orlen for deliveries of US-sourced LNG through the Polish grid over the winter, without disclosing volumes.

The European Commission on Sunday pledged an additional €500mn to help Naftogaz buy gas, bringing EU support for Ukraine's winter preparations to about €2.5bn this year.
Energy commissioner Dan Jorgensen, who is due in Kyiv next week, said Russia was deliberately trying to freeze Ukrainians into submission.
Germany's economy ministry said it was examining a request from Kyiv for additional funding through the state development bank KfW.

President Volodymyr Zelensky said in a video address on Friday evening that Russia was waging "energy terror" and renewed his call for more Patriot air defence systems, arguing that every missile intercepted meant gas saved for the winter.
Russia's defence ministry said it had struck "gas and energy infrastructure supporting Ukraine's military-industrial complex".
Kremlin spokesman Dmitry Peskov said on Monday that a moratorium on strikes against energy facilities was "not on the agenda", adding that Kyiv had repeatedly violated the 30-day halt agreed in March.
Ukraine has in turn stepped up drone strikes on Russian refineries and export terminals, hitting the Kirishi refinery near St Petersburg on Saturday.

TTF front-month prices were little changed at around €32/MWh on Monday, with EU storage sites about 83pc full.
Ukrainian transit of Russian gas to the EU ended on 1 January, and Ukraine has since relied on imports from Hungary, Slovakia and Poland.
Some traders said the latest damage could force Naftogaz to extend its import programme into February and March, when prices at the Ukrainian border tend to carry a premium of €2-3/MWh to the TTF.
"""

# ---------------------------------------------------------------- b46en05 (Splash247)
EN05 = """
Turkey tightens Bosphorus insurance checks after Black Sea tanker strikes

Turkey will require every tanker transiting the Bosphorus and the Dardanelles to prove valid protection and indemnity cover before entering the straits from April 1, a move aimed squarely at Russia's shadow fleet after a string of attacks on ageing tankers off the Turkish coast.
The Directorate General of Maritime Affairs said on Monday that masters will have to submit certificates from an International Group club or an insurer approved by Ankara at least 48 hours before arrival.

Three sanctioned tankers were hit by sea drones within 20 miles of the Anatolian coast in February, including the suezmax Virtus, which burned for two days off Sinop.
Kyiv has neither confirmed nor denied involvement, though a source in Ukraine's security service told local media that the tankers had been carrying Russian crude in breach of sanctions.
Moscow called the attacks "piracy" and said the Russian navy would escort tankers if needed.

Foreign minister Hakan Fidan told reporters in Ankara on Monday that the checks were "fully compatible" with the Montreux Convention, which guarantees merchant ships free passage in peacetime.
Turkey would also host a meeting of maritime authorities from the Black Sea littoral states, including Russia and Ukraine, in Istanbul on March 24 to discuss the safety of commercial navigation, he said.
Kyiv has confirmed it will attend; the Russian foreign ministry said it was "studying the invitation".

Maria Zakharova, the ministry's spokeswoman, said on Tuesday that any "selective" checks on Russian-linked ships would be discriminatory and would not go unanswered.
Ukraine's foreign minister Andrii Sybiha welcomed the Turkish move and again proposed a "maritime ceasefire" covering ports, ships and offshore energy infrastructure.
EU foreign policy chief Kaja Kallas said the bloc would coordinate with Ankara, noting that the EU's 20th sanctions package, adopted in February, listed close to 600 shadow fleet vessels.

For owners, the new rules add paperwork rather than cost, at least on paper.
Splash understands that several Greek owners have already told charterers they will avoid Russian Black Sea ports until the insurance picture becomes clearer.
War-risk rates for calls at Novorossiysk have doubled since January to around 2% of hull value, London brokers said.
Ship-tracking data still shows about 40 tankers a week leaving Russia's Black Sea ports, most of them bound for India and Turkey itself.
"""

# ---------------------------------------------------------------- b46en06 (bne IntelliNews)
EN06 = """
Kremlin confirms week-long pause in strikes on Kyiv at Trump's request

The Kremlin said on Friday that Russia would refrain from striking Kyiv until February 1 at the request of US President Donald Trump, as the Ukrainian capital endures its harshest cold spell in years.
Kremlin spokesman Dmitry Peskov said Vladimir Putin had agreed "in order to create favourable conditions" for the trilateral talks due in Abu Dhabi on Sunday.
He did not say whether the pause also covered energy facilities outside the capital.

Trump said on Thursday that he had personally asked Putin not to fire at Kyiv and other cities "for a week" because of the extreme cold, and that Putin had agreed.
Ukraine said Russia had used the night to Friday to hit energy facilities in the Dnipropetrovsk and Kharkiv regions with more than 100 drones, leaving tens of thousands of households without heating.
President Volodymyr Zelensky said in his nightly address on Friday that Kyiv was ready to mirror any Russian restraint and would not strike Russian energy facilities if Moscow stopped attacking Ukraine's.
"A pause that spares only Kyiv is not a ceasefire," he said.

Temperatures in Kyiv fell to minus 24C on Thursday night, and grid operator Ukrenergo has imposed rolling blackouts of up to 16 hours a day in the capital since mid-January.
Poland raised its emergency electricity exports to Ukraine to a record 2.1GW this week, and Prime Minister Donald Tusk said on Friday that Warsaw would send another 300 generators.
EU foreign policy chief Kaja Kallas said a temporary halt was welcome but warned that Moscow had "broken every energy truce so far".

The talks in Abu Dhabi, the third round since December, are due to bring together US envoys Steve Witkoff and Jared Kushner, Ukraine's security council secretary Rustem Umerov and a Russian military delegation.
Russia has demanded that Ukraine withdraw from the parts of Donetsk region it still holds, a condition Kyiv has rejected.
A 30-day moratorium on strikes against energy infrastructure agreed by Putin and Trump in March 2025 collapsed amid mutual accusations and was not renewed after it expired in April.
Analysts in Kyiv said a renewed energy truce was the most realistic outcome of the Abu Dhabi round, but warned that Russia would use any pause to rebuild its stock of Shahed-type drones.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b46en01_sokhranivka_force_majeure_2022_05", "2022-05-12", EN01,
        [
            T("07:00 Kyiv time", "TIME", "2022-05-11T07:00", note="Kyiv time (EEST)"),
            T("Wednesday", "DATE", "2022-05-11", 0),
            T("a day", "SET", "P1D"),
            T("the same day", "DATE", "2022-05-11"),
            T("Thursday", "DATE", "2022-05-12", 0),
            T("Thursday", "DATE", "2022-05-12", 1),
            T("Wednesday evening", "TIME", "2022-05-11TEV"),
            T("April", "DATE", "2022-04"),
            T("Thursday", "DATE", "2022-05-12", 2),
            T("now", "DATE", "PRESENT_REF"),
            T("late last month", "DATE", "2022-04", mod="END"),
            T("Thursday morning", "TIME", "2022-05-12TMO"),
            T("the afternoon", "TIME", "2022-05-12TAF"),
            T("the start of the year", "DATE", "2022", mod="START"),
            T("the end of 2024", "DATE", "2024", mod="END"),
        ],
        [
            E("Ukraine's GTSOU halts Russian gas transit at Sokhranivka, declaring force majeure", "SANCTION",
              ["Ukraine", "Russia"], "2022-05-11T07:00", "text", "occurred", "stopped accepting Russian gas",
              note="GTSOU is state-owned; it cites interference by the occupying forces"),
            E("GTSOU accuses Russian occupying forces of interfering with the compressor station and siphoning off "
              "gas", "ACCUSE", ["Ukraine", "Russia"], "2022-05-11", "context", "occurred",
              "Russian occupying forces had interfered"),
            E("GTSOU proposes that Gazprom shift the volumes to Sudzha", "REQUEST", ["Ukraine", "Russia"],
              "2022-05-11", "context", "occurred", "It proposed that Gazprom"),
            E("Gazprom rejects rerouting the flows", "REJECT", ["Russia", "Ukraine"], "2022-05-11", "text", "occurred",
              "Gazprom rejected the request"),
            E("Peskov blames Kyiv for the disruption", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2022-05-12", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
            E("Russia sanctions 31 Western companies, among them Gazprom Germania and EuRoPol Gaz", "SANCTION",
              ["Russia", "European Union", "United States", "Germany", "Poland"], "2022-05-11TEV", "text", "occurred",
              "imposed sanctions on 31 companies"),
            E("Germany places Gazprom Germania under trusteeship", "SANCTION", ["Germany", "Russia"], "2022-04",
              "text", "occurred", "imposed sanctions on 31 companies"),
            E("Habeck: Russia is using energy as a weapon", "ACCUSE", ["Germany", "Russia"], "2022-05-12", "context",
              "occurred", "Russia is using energy as a weapon"),
            E("Gazprom halts gas deliveries to Poland", "SANCTION", ["Russia", "Poland"], "2022-04", "text",
              "occurred", "Poland's climate ministry said", date_mod="END"),
        ],
        [
            S("Ukraine", "GTSOU: Russian occupying forces interfered with the Novopskov station and siphoned off gas",
              "2022-05-11", "context", "Russian occupying forces had interfered"),
            S("Ukraine", "GTSOU proposes that Gazprom shift the volumes to Sudzha", "2022-05-11", "context",
              "It proposed that Gazprom"),
            S("Russia", "Gazprom: a transfer of flows is 'technologically impossible'; no force majeure confirmed",
              "2022-05-11", "text", "Gazprom rejected the request"),
            S("Dmitry Peskov", "Russia remains a reliable supplier; Kyiv is to blame for the disruption", "2022-05-12",
              "text", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Germany", "Habeck: some Gazprom Germania subsidiaries no longer receive Russian gas; the market can make "
              "up the shortfall", "2022-05-12", "text", "German economy minister Robert Habeck"),
            S("Germany", "Habeck: Russia is using energy as a weapon; German supply is secure for now", "2022-05-12",
              "context", "Russia is using energy as a weapon"),
            S("Poland", "Climate ministry expects no impact on domestic supply", "2022-05-12", "published",
              "Poland's climate ministry said"),
            S("European Union", "Commission monitors the situation and sees no immediate threat to supply",
              "2022-05-12", "published", "The European Commission said"),
        ],
        ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "European Union", "United States", "Germany", "Poland"],
    ),
    doc(
        "b46en02_grossi_five_principles_2023_05", "2023-05-31", EN02,
        [
            T("Tuesday", "DATE", "2023-05-30"),
            T("now", "DATE", "PRESENT_REF"),
            T("months-long", "DURATION", "PXM"),
            T("last summer", "DATE", "2022-SU"),
            T("March last year", "DATE", "2022-03"),
            T("May 22", "DATE", "2023-05-22"),
            T("more than five hours", "DURATION", "PT5H", mod="MORE_THAN"),
            T("September", "DATE", "2022-09", 0),
            T("the end of March", "DATE", "2023-03", mod="END"),
            T("early April", "DATE", "2023-04", mod="START"),
            T("January", "DATE", "2023-01"),
            T("September 2022", "DATE", "2022-09"),
            T("every few weeks", "SET", "PXW"),
            T("next Monday", "DATE", "2023-06-05"),
        ],
        [
            E("Grossi asks Russia and Ukraine to commit to five principles to protect the Zaporizhzhia plant",
              "REQUEST", ["IAEA", "Russia", "Ukraine"], "2023-05-30", "text", "occurred",
              "asked Russia and Ukraine to commit"),
            E("UN Security Council meeting on the Zaporizhzhia plant with Grossi", "CONSULT",
              ["United Nations", "IAEA", "Russia", "Ukraine", "United States"], "2023-05-30", "context", "occurred",
              "Speaking to the UN Security Council"),
            E("Guterres welcomes Grossi's proposals", "SUPPORT", ["António Guterres", "IAEA"], "2023-05-30",
              "context", "occurred", "welcomed the proposals"),
            E("Nebenzia: Moscow already implements the measures", "AGREE", ["Russia", "IAEA"], "2023-05-30",
              "context", "occurred", "Vasily Nebenzia"),
            E("Nebenzia accuses Kyiv of preparing provocations around the plant", "ACCUSE", ["Russia", "Ukraine"],
              "2023-05-30", "context", "occurred", "Vasily Nebenzia"),
            E("Kyslytsya welcomes the principles", "SUPPORT", ["Ukraine", "IAEA"], "2023-05-30", "context", "occurred",
              "Sergiy Kyslytsya"),
            E("Kyslytsya: only a Russian withdrawal and the plant's return can remove the danger", "REQUEST",
              ["Ukraine", "Russia"], "2023-05-30", "context", "occurred", "Sergiy Kyslytsya"),
            E("Thomas-Greenfield calls on Russia to withdraw and hand the plant back", "REQUEST",
              ["United States", "Russia"], "2023-05-30", "context", "occurred", "Linda Thomas-Greenfield"),
            E("Russian occupation of the plant since March 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "occupied by Russian troops since March last year", date_mod="START"),
            E("Grossi visits the plant", "CONSULT", ["IAEA", "Russia", "Ukraine"], "2023-03", "text", "occurred",
              "Grossi visited the plant", date_mod="END"),
            E("Grossi meets Rosatom's Likhachev in Kaliningrad", "CONSULT", ["IAEA", "Russia"], "2023-04", "text",
              "occurred", "Grossi visited the plant", date_mod="START"),
            E("Grossi discusses the plant with Zelensky in Kyiv", "CONSULT", ["IAEA", "Volodymyr Zelensky"], "2023-01",
              "text", "occurred", "In January he discussed"),
            E("IAEA team present at the site since September 2022", "COOPERATE", ["IAEA", "Ukraine", "Russia"],
              "2022-09", "text", "occurred", "Grossi's team has been present", date_mod="START"),
            E("IAEA Board of Governors meets in Vienna", "CONSULT", ["IAEA"], "2023-06-05", "text", "planned",
              "Board of Governors meets in Vienna"),
            E("Energoatom: Kyiv will not accept an arrangement that legitimises the occupation", "REJECT",
              ["Ukraine", "Russia"], "2023-05-30", "context", "occurred", "Energoatom, the Ukrainian operator"),
        ],
        [
            S("IAEA", "Grossi asks Russia and Ukraine to commit to five principles for the plant", "2023-05-30",
              "text", "asked Russia and Ukraine to commit"),
            S("IAEA", "Grossi: no attack from or against the plant; no heavy weapons or troops stationed there",
              "2023-05-30", "context", "Speaking to the UN Security Council"),
            S("IAEA", "Grossi: off-site power not to be put at risk; essential systems to be protected", "2023-05-30",
              "context", "Off-site power to the plant"),
            S("IAEA", "Grossi: the principles harm no one and benefit everyone; violations will be reported",
              "2023-05-30", "context", "These principles are not to the detriment"),
            S("IAEA", "Grossi will not ask for a vote but hopes both sides observe the principles", "2023-05-30",
              "context", "He said he would not ask the council"),
            S("António Guterres", "Welcomes Grossi's proposals", "2023-05-30", "context", "welcomed the proposals"),
            S("Russia", "Nebenzia: Moscow already implements these measures; Kyiv prepares provocations around the "
              "plant", "2023-05-30", "context", "Vasily Nebenzia"),
            S("Ukraine", "Kyslytsya: the principles are welcome but insufficient; only a Russian withdrawal removes the "
              "danger", "2023-05-30", "context", "Sergiy Kyslytsya"),
            S("United States", "Thomas-Greenfield: Russia must pull out and hand the site back to its rightful owner",
              "2023-05-30", "context", "Linda Thomas-Greenfield"),
            S("Ukraine", "Energoatom: Kyiv will not accept any arrangement that legitimises the occupation",
              "2023-05-30", "context", "Energoatom, the Ukrainian operator"),
        ],
        ["IAEA", "Russia", "Ukraine", "United Nations", "António Guterres", "United States", "Volodymyr Zelensky"],
    ),
    doc(
        "b46en03_aya_bulker_strike_2024_09", "2024-09-13", EN03,
        [
            T("late Wednesday", "TIME", "2024-09-11TNI"),
            T("several months", "DURATION", "PXM"),
            T("2006", "DATE", "2006"),
            T("Thursday", "DATE", "2024-09-12", 0),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2024-09-12", 1),
            T("last week", "DATE", "2024-W36", 0),
            T("Thursday", "DATE", "2024-09-12", 2),
            T("the past", "DATE", "PAST_REF"),
            T("last week", "DATE", "2024-W36", 1),
            T("July 2023", "DATE", "2023-07"),
            T("the following month", "DATE", "2023-08"),
            T("Friday", "DATE", "2024-09-13", 0),
            T("2022", "DATE", "2022"),
            T("Friday", "DATE", "2024-09-13", 1),
            T("January", "DATE", "2024-01"),
            T("the summer", "DATE", "2024-SU"),
            T("Friday", "DATE", "2024-09-13", 2),
        ],
        [
            E("Russian missile strikes the grain ship Aya after it leaves Ukrainian waters", "ASSAULT",
              ["Russia", "Ukraine"], "2024-09-11TNI", "text", "occurred", "A Russian missile struck"),
            E("Zelensky: the strike targeted global food security", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2024-09-12", "text", "occurred", "nightly video address on Thursday"),
            E("Zelensky calls on partners to supply more air defence for the southern ports", "REQUEST",
              ["Volodymyr Zelensky"], "2024-09-12", "text", "occurred", "nightly video address on Thursday"),
            E("Sybiha asks partners to treat such strikes as a threat to freedom of navigation", "REQUEST",
              ["Andrii Sybiha"], "2024-09-13", "published", "occurred", "Foreign minister Andrii Sybiha"),
            E("UK: Russia fired a Kh-22 at the vessel; the strike was 'reckless'", "ACCUSE",
              ["United Kingdom", "Russia"], "2024-09-12", "text", "occurred", "The UK Foreign Office said"),
            E("Russia accuses Kyiv of using grain ships to bring in weapons", "ACCUSE", ["Russia", "Ukraine"],
              "PAST_REF", "vague", "occurred", "In the past it has said"),
            E("Russian missiles damage port infrastructure in Odesa and Izmail", "ASSAULT", ["Russia", "Ukraine"],
              "2024-W36", "text", "occurred", "damaged port infrastructure in Odesa and Izmail"),
            E("Russia walks out of the Black Sea Grain Initiative", "SANCTION", ["Russia", "Ukraine"], "2023-07",
              "text", "occurred", "Russia walked out"),
            E("Ukraine opens its own humanitarian corridor", "COOPERATE", ["Ukraine"], "2023-08", "text", "occurred",
              "Russia walked out"),
            E("Turkey co-brokered the 2022 grain deal", "AGREE", ["Turkey", "United Nations", "Russia", "Ukraine"],
              "2022", "text", "occurred", "co-brokered the 2022 deal"),
            E("Fidan: Ankara ready to host talks on commercial navigation", "REQUEST",
              ["Hakan Fidan", "Russia", "Ukraine"], "2024-09-13", "text", "occurred", "Foreign minister Hakan Fidan"),
            E("Turkey, Romania and Bulgaria set up a mine countermeasures group", "COOPERATE", ["Turkey"], "2024-01",
              "text", "occurred", "A mine countermeasures group"),
        ],
        [
            S("Ukraine", "Navy: the Aya was bound for Egypt with about 26,000 tonnes of wheat", "2024-09-13",
              "published", "according to the Ukrainian navy"),
            S("Ukraine", "Navy spokesman: no crew member injured; the vessel continued its voyage", "2024-09-12",
              "text", "a navy spokesman said on Thursday"),
            S("Volodymyr Zelensky", "The strike was aimed at global food security; partners should supply more air "
              "defence", "2024-09-12", "text", "nightly video address on Thursday"),
            S("Andrii Sybiha", "Kyiv will raise the attack at the IMO; partners should treat such strikes as a threat "
              "to navigation", "2024-09-13", "published", "Foreign minister Andrii Sybiha"),
            S("United Kingdom", "Russia fired a Kh-22 missile at the vessel; the strike was reckless", "2024-09-12",
              "text", "The UK Foreign Office said"),
            S("Russia", "Targets only military cargo; Kyiv uses grain ships to bring in weapons", "PAST_REF", "vague",
              "In the past it has said"),
            S("Hakan Fidan", "Ankara is in contact with both sides and ready to host talks on navigation",
              "2024-09-13", "text", "Foreign minister Hakan Fidan"),
            S("Ukraine", "Maritime administration: 14 vessels waiting to load; traffic not suspended", "2024-09-13",
              "text", "Kyiv's maritime administration"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Andrii Sybiha", "United Kingdom", "United Nations", "Turkey",
         "Hakan Fidan"],
    ),
    doc(
        "b46en04_naftogaz_imports_2025_10", "2025-10-06", EN04,
        [
            T("6 October", "DATE", "2025-10-06"),
            T("this winter", "DATE", "2025-WI"),
            T("Friday", "DATE", "2025-10-03", 0),
            T("months", "DURATION", "PXM"),
            T("now", "DATE", "PRESENT_REF"),
            T("1 October", "DATE", "2025-10-01"),
            T("Saturday", "DATE", "2025-10-04", 0),
            T("the winter", "DATE", "2025-WI", 0),
            T("Sunday", "DATE", "2025-10-05"),
            T("this year", "DATE", "2025"),
            T("next week", "DATE", "2025-W42"),
            T("Friday evening", "TIME", "2025-10-03TEV"),
            T("the winter", "DATE", "2025-WI", 1),
            T("Monday", "DATE", "2025-10-06", 0),
            T("30-day", "DURATION", "P30D"),
            T("March", "DATE", "2025-03", 0),
            T("Saturday", "DATE", "2025-10-04", 1),
            T("Monday", "DATE", "2025-10-06", 1),
            T("1 January", "DATE", "2025-01-01"),
            T("February", "DATE", "2026-02"),
            T("March", "DATE", "2026-03", 1),
        ],
        [
            E("Russian missile and drone strikes knock out part of Ukraine's gas production", "ASSAULT",
              ["Russia", "Ukraine"], "2025-10-03", "text", "occurred", "knocked out part of its domestic production"),
            E("Naftogaz signs a deal with Poland's Orlen for US-sourced LNG", "AGREE", ["Ukraine", "Poland"],
              "2025-10-04", "text", "occurred", "signed an agreement with Poland's state-controlled Orlen"),
            E("Commission pledges an extra €500mn for Naftogaz gas purchases", "AID", ["European Union", "Ukraine"],
              "2025-10-05", "text", "occurred", "pledged an additional"),
            E("Jorgensen: Russia is trying to freeze Ukrainians into submission", "ACCUSE",
              ["European Union", "Russia"], "2025-10-06", "published", "occurred", "Dan Jorgensen"),
            E("EU energy commissioner to visit Kyiv next week", "CONSULT", ["European Union", "Ukraine"], "2025-W42",
              "text", "planned", "Dan Jorgensen"),
            E("Kyiv asks Germany for additional funding through KfW", "REQUEST", ["Ukraine", "Germany"], "2025-10-06",
              "published", "occurred", "examining a request from Kyiv"),
            E("Zelensky accuses Russia of 'energy terror'", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-10-03TEV", "text", "occurred", "energy terror"),
            E("Zelensky renews his call for more Patriot systems", "REQUEST", ["Volodymyr Zelensky"], "2025-10-03TEV",
              "text", "occurred", "energy terror"),
            E("Peskov: a moratorium on energy strikes is not on the agenda", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2025-10-06", "text", "occurred", "not on the agenda"),
            E("Peskov accuses Kyiv of violating the March halt", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2025-10-06",
              "text", "occurred", "not on the agenda"),
            E("30-day halt on energy strikes agreed in March", "AGREE", ["Russia", "Ukraine"], "2025-03", "text",
              "occurred", "not on the agenda"),
            E("Ukrainian drones hit the Kirishi refinery", "ASSAULT", ["Ukraine", "Russia"], "2025-10-04", "text",
              "occurred", "Kirishi refinery"),
            E("Ukrainian transit of Russian gas to the EU ends", "SANCTION", ["Ukraine", "Russia"], "2025-01-01",
              "text", "occurred", "Ukrainian transit of Russian gas to the EU ended"),
        ],
        [
            S("Ukraine", "Naftogaz: Ukraine will need to import significantly more gas this winter", "2025-10-06",
              "published", "knocked out part of its domestic production"),
            S("Ukraine", "Koretskyi: the largest attack on Ukraine's gas production since the invasion", "2025-10-06",
              "published", "Naftogaz chief executive Serhiy Koretskyi"),
            S("Ukraine", "Koretskyi: some damaged units could take months to repair", "2025-10-06", "published",
              "could take months to repair"),
            S("Ukraine", "Naftogaz: agreement signed with Orlen for US-sourced LNG over the winter", "2025-10-04",
              "text", "signed an agreement with Poland's state-controlled Orlen"),
            S("European Union", "Commission pledges an additional €500mn to help Naftogaz buy gas", "2025-10-05",
              "text", "pledged an additional"),
            S("European Union", "Jorgensen: Russia is deliberately trying to freeze Ukrainians into submission",
              "2025-10-06", "published", "Dan Jorgensen"),
            S("Germany", "Economy ministry is examining Kyiv's request for KfW funding", "2025-10-06", "published",
              "examining a request from Kyiv"),
            S("Volodymyr Zelensky", "Russia wages 'energy terror'; every missile intercepted means gas saved for the "
              "winter", "2025-10-03TEV", "text", "energy terror"),
            S("Russia", "Defence ministry: it struck gas and energy infrastructure supporting Ukraine's military "
              "industry", "2025-10-03", "context", "Russia's defence ministry said"),
            S("Dmitry Peskov", "An energy-strike moratorium is not on the agenda; Kyiv repeatedly violated the March "
              "halt", "2025-10-06", "text", "not on the agenda"),
        ],
        ["Russia", "Ukraine", "Poland", "United States", "European Union", "Germany", "Volodymyr Zelensky",
         "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b46en05_bosphorus_insurance_checks_2026_03", "2026-03-10", EN05,
        [
            T("April 1", "DATE", "2026-04-01"),
            T("Monday", "DATE", "2026-03-09", 0),
            T("at least 48 hours", "DURATION", "PT48H", mod="EQUAL_OR_MORE"),
            T("February", "DATE", "2026-02", 0),
            T("two days", "DURATION", "P2D"),
            T("Monday", "DATE", "2026-03-09", 1),
            T("March 24", "DATE", "2026-03-24"),
            T("Tuesday", "DATE", "2026-03-10"),
            T("February", "DATE", "2026-02", 1),
            T("January", "DATE", "2026-01"),
            T("a week", "SET", "P1W"),
        ],
        [
            E("Turkey to require proof of P&I cover from tankers transiting the straits", "SANCTION",
              ["Turkey", "Russia"], "2026-04-01", "text", "planned", "prove valid protection and indemnity cover",
              note="aimed at Russia's shadow fleet"),
            E("Sea drones hit three sanctioned tankers off the Anatolian coast", "ASSAULT", ["Ukraine", "Russia"],
              "2026-02", "text", "occurred", "Three sanctioned tankers were hit",
              note="attacker implied; Kyiv neither confirms nor denies involvement"),
            E("SBU source: the tankers carried Russian crude in breach of sanctions", "ACCUSE", ["Ukraine", "Russia"],
              "2026-03-10", "published", "occurred", "neither confirmed nor denied"),
            E("Moscow calls the attacks 'piracy'", "ACCUSE", ["Russia", "Ukraine"], "2026-03-10", "published",
              "occurred", "Moscow called the attacks"),
            E("Russian navy to escort tankers if needed", "MOBILIZE", ["Russia"], "2026-03-10", "published",
              "planned", "Moscow called the attacks", note="conditional announcement"),
            E("Meeting of Black Sea maritime authorities in Istanbul", "CONSULT", ["Turkey", "Russia", "Ukraine"],
              "2026-03-24", "text", "planned", "host a meeting of maritime authorities"),
            E("Kyiv confirms it will attend the Istanbul meeting", "AGREE", ["Ukraine", "Turkey"], "2026-03-10",
              "published", "occurred", "Kyiv has confirmed it will attend"),
            E("Zakharova: selective checks on Russian-linked ships would be discriminatory", "ACCUSE",
              ["Maria Zakharova", "Turkey"], "2026-03-10", "text", "occurred", "selective"),
            E("Zakharova: such checks would not go unanswered", "THREATEN", ["Maria Zakharova", "Turkey"],
              "2026-03-10", "text", "occurred", "selective"),
            E("Sybiha welcomes the Turkish move", "SUPPORT", ["Andrii Sybiha", "Turkey"], "2026-03-10", "published",
              "occurred", "maritime ceasefire"),
            E("Sybiha proposes a maritime ceasefire", "REQUEST", ["Andrii Sybiha", "Russia"], "2026-03-10",
              "published", "occurred", "maritime ceasefire"),
            E("Kallas: the EU will coordinate with Ankara", "COOPERATE", ["European Union", "Turkey"], "2026-03-10",
              "published", "planned", "would coordinate with Ankara"),
            E("EU's 20th sanctions package lists close to 600 shadow fleet vessels", "SANCTION",
              ["European Union", "Russia"], "2026-02", "text", "occurred", "would coordinate with Ankara"),
        ],
        [
            S("Turkey", "Maritime directorate: masters must submit insurance certificates at least 48 hours before "
              "arrival", "2026-03-09", "text", "Directorate General of Maritime Affairs"),
            S("Ukraine", "Security service source: the tankers carried Russian crude in breach of sanctions",
              "2026-03-10", "published", "neither confirmed nor denied"),
            S("Russia", "The attacks are 'piracy'; the navy would escort tankers if needed", "2026-03-10", "published",
              "Moscow called the attacks"),
            S("Hakan Fidan", "The checks are fully compatible with the Montreux Convention", "2026-03-09", "text",
              "fully compatible"),
            S("Hakan Fidan", "Turkey will host Black Sea maritime authorities in Istanbul on 24 March", "2026-03-09",
              "context", "host a meeting of maritime authorities"),
            S("Ukraine", "Kyiv will attend the Istanbul meeting", "2026-03-10", "published",
              "Kyiv has confirmed it will attend"),
            S("Russia", "Foreign ministry is 'studying the invitation'", "2026-03-10", "published",
              "Kyiv has confirmed it will attend"),
            S("Maria Zakharova", "Selective checks would be discriminatory and would not go unanswered", "2026-03-10",
              "text", "selective"),
            S("Andrii Sybiha", "Welcomes the Turkish move and proposes a maritime ceasefire", "2026-03-10",
              "published", "maritime ceasefire"),
            S("Kaja Kallas", "The EU will coordinate with Ankara; its 20th package lists close to 600 vessels",
              "2026-03-10", "published", "would coordinate with Ankara"),
        ],
        ["Turkey", "Russia", "Ukraine", "Hakan Fidan", "Maria Zakharova", "Andrii Sybiha", "Kaja Kallas",
         "European Union"],
    ),
    doc(
        "b46en06_kyiv_cold_pause_2026_01", "2026-01-31", EN06,
        [
            T("week-long", "DURATION", "P1W"),
            T("Friday", "DATE", "2026-01-30", 0),
            T("February 1", "DATE", "2026-02-01"),
            T("years", "DURATION", "PXY"),
            T("Sunday", "DATE", "2026-02-01"),
            T("Thursday", "DATE", "2026-01-29", 0),
            T("a week", "DURATION", "P1W"),
            T("the night to Friday", "TIME", "2026-01-29TNI", note="night to Friday 30 January"),
            T("nightly", "SET", "P1D"),
            T("Friday", "DATE", "2026-01-30", 2),
            T("Thursday night", "TIME", "2026-01-29TNI"),
            T("16 hours", "DURATION", "PT16H"),
            T("a day", "SET", "P1D"),
            T("mid-January", "DATE", "2026-01", mod="MID"),
            T("this week", "DATE", "2026-W05"),
            T("Friday", "DATE", "2026-01-30", 3),
            T("December", "DATE", "2025-12"),
            T("30-day", "DURATION", "P30D"),
            T("March 2025", "DATE", "2025-03"),
            T("April", "DATE", "2025-04"),
        ],
        [
            E("Russia to hold off strikes on Kyiv until 1 February at Trump's request", "RETREAT",
              ["Russia", "Ukraine"], "2026-01-30", "context", "occurred", "would refrain from striking Kyiv",
              note="pause until 1 February; its start is not stated, dated by the Kremlin's Friday statement"),
            E("Trump asks Putin not to strike Kyiv and other cities for a week", "REQUEST",
              ["Donald Trump", "Vladimir Putin"], "2026-01-29", "context", "occurred", "had personally asked Putin"),
            E("Putin agrees to Trump's request", "AGREE", ["Vladimir Putin", "Donald Trump"], "2026-01-29", "context",
              "occurred", "had personally asked Putin"),
            E("Russian drones hit energy facilities in the Dnipropetrovsk and Kharkiv regions", "ASSAULT",
              ["Russia", "Ukraine"], "2026-01-29TNI", "text", "occurred", "the night to Friday"),
            E("Zelensky: Kyiv ready to mirror Russian restraint on energy strikes", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2026-01-30", "text", "occurred", "ready to mirror"),
            E("Zelensky's condition: Moscow stops attacking Ukraine's energy facilities", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2026-01-30", "text", "occurred", "ready to mirror"),
            E("Poland raises its emergency electricity exports to Ukraine", "AID", ["Poland", "Ukraine"], "2026-W05",
              "text", "occurred", "emergency electricity exports"),
            E("Tusk: Warsaw to send another 300 generators", "AID", ["Donald Tusk", "Ukraine"], "2026-01-30", "text",
              "planned", "emergency electricity exports"),
            E("Kallas welcomes the temporary halt", "SUPPORT", ["Kaja Kallas"], "2026-01-31", "published", "occurred",
              "broken every energy truce"),
            E("Kallas: Moscow has broken every energy truce", "ACCUSE", ["Kaja Kallas", "Russia"], "2026-01-31",
              "published", "occurred", "broken every energy truce"),
            E("Trilateral talks in Abu Dhabi with Witkoff, Kushner, Umerov and a Russian delegation", "CONSULT",
              ["United States", "Russia", "Ukraine", "Steve Witkoff", "Rustem Umerov"], "2026-02-01", "context",
              "planned", "The talks in Abu Dhabi"),
            E("Putin and Trump agree a 30-day moratorium on energy strikes", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2025-03", "text", "occurred", "A 30-day moratorium"),
            E("30-day moratorium on strikes against energy infrastructure", "RETREAT", ["Russia", "Ukraine"],
              "2025-03", "text", "occurred", "A 30-day moratorium", note="expired in April 2025"),
        ],
        [
            S("Kremlin", "Russia will refrain from striking Kyiv until 1 February at Trump's request", "2026-01-30",
              "text", "would refrain from striking Kyiv"),
            S("Dmitry Peskov", "Putin agreed in order to create favourable conditions for the Abu Dhabi talks",
              "2026-01-30", "context", "in order to create favourable conditions"),
            S("Donald Trump", "He personally asked Putin not to fire at Kyiv for a week, and Putin agreed",
              "2026-01-29", "text", "had personally asked Putin"),
            S("Ukraine", "Russian drones hit energy facilities in two regions in the night to Friday", "2026-01-31",
              "published", "the night to Friday"),
            S("Volodymyr Zelensky", "Kyiv will mirror Russian restraint and spare Russian energy facilities if Moscow "
              "stops its attacks", "2026-01-30", "text", "ready to mirror"),
            S("Volodymyr Zelensky", "A pause that spares only Kyiv is not a ceasefire", "2026-01-30", "context",
              "A pause that spares only Kyiv"),
            S("Donald Tusk", "Warsaw will send another 300 generators", "2026-01-30", "text",
              "emergency electricity exports"),
            S("Kaja Kallas", "A temporary halt is welcome, but Moscow has broken every energy truce so far",
              "2026-01-31", "published", "broken every energy truce"),
        ],
        ["Kremlin", "Russia", "Ukraine", "Donald Trump", "United States", "Dmitry Peskov", "Vladimir Putin",
         "Volodymyr Zelensky", "Poland", "Donald Tusk", "Kaja Kallas", "European Union", "Steve Witkoff",
         "Rustem Umerov"],
    ),
]
