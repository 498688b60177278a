"""English articles of the blind82 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b82en01 (Daily Express)
EN01 = """
Putin plunges Kyiv into darkness with 'cynical' blitz as Zelensky pleads with Trump for air defence

Vladimir Putin's forces launched one of the biggest bombardments of the war on Ukraine's power grid overnight into Friday, leaving large parts of Kyiv without electricity and water.
Ukraine's air force said Russia fired 465 drones and 32 missiles, with power stations in Kyiv, Kharkiv and the Poltava region among the targets.
At least 20 people were injured in the capital, including a seven-year-old girl, according to the city authorities.

Volodymyr Zelensky on Friday accused the Kremlin of exploiting the world's focus on the Middle East, where a Gaza ceasefire was agreed this week.
"Russia is cynically taking advantage of the moment to strike our energy before winter," the Ukrainian leader said in his nightly address.
On Saturday he said he had held a "very productive" call with Donald Trump, in which the two men discussed air defence, long-range capabilities and Ukraine's energy needs.
Mr Zelensky said he had asked the US President for more Patriot systems and that Mr Trump was "ready to help".

The American leader said this week he had "sort of made a decision" on whether to send Tomahawk cruise missiles to Kyiv, but wanted to know what Ukraine would do with them.
Kremlin spokesman Dmitry Peskov warned last weekend that supplying the missiles would mark a "serious escalation" and wreck relations with Washington.

Downing Street said Sir Keir Starmer spoke to Mr Zelensky on Friday evening and promised to speed up deliveries of the British-built Raven air defence systems.
Foreign Secretary Yvette Cooper on Friday condemned what she called a "deliberate campaign to freeze Ukrainians this winter".

Russia's defence ministry said it had carried out a "massive strike" on energy facilities serving Ukraine's military industry in response to Kyiv's "terrorist attacks" on Russian oil refineries in recent weeks.
Ukrainian drones hit a refinery in Russia's Bashkortostan region again on Saturday, local officials said.

EU foreign policy chief Kaja Kallas said the attack showed Putin "has no intention of stopping" and urged member states to send more air defence before winter.
The bloc's ambassadors are due to discuss a 19th package of sanctions against Moscow next week.
"""

# ---------------------------------------------------------------- b82en02 (The War Zone)
EN02 = """
Ukraine's Air Defense Crunch Laid Bare As Russia Wipes Out Kyiv's Biggest Power Plant

A massive Russian missile and drone barrage overnight into Thursday completely destroyed the Trypilska thermal power plant, the largest electricity supplier for the Kyiv, Cherkasy and Zhytomyr regions, its operator Centrenergo said.
Ukraine's Air Force said Russia fired 40 missiles and 42 Shahed-type drones, and that 57 of the 82 threats were shot down.
Energy facilities in the Kharkiv region and underground gas storage sites in western Ukraine were also hit.

Air Force spokesman Yuriy Ihnat told Ukrainian television that the country's stocks of interceptors were "running low" and that some targets could no longer be engaged with surface-to-air missiles.
President Volodymyr Zelensky renewed his plea for Patriot systems on Thursday, saying Ukraine needs "at least 25" of them to protect its cities and critical infrastructure.
Foreign Minister Dmytro Kuleba had asked NATO foreign ministers in Brussels last week for at least seven additional batteries.

In Moscow, Vladimir Putin hosted Belarusian leader Alexander Lukashenko at the Kremlin the same day and told him the strikes were a response to Ukrainian drone attacks on Russian energy facilities.
"We had to respond," Putin said, adding that Russia was carrying out what he called the "demilitarization" of Ukraine.
Ukraine has struck at least ten Russian oil refineries with long-range drones since January, drawing public criticism from Washington last month over the impact on global oil prices.

NATO Secretary General Jens Stoltenberg said allies were "looking into what more they can do" and announced a NATO-Ukraine Council meeting of defense ministers next week focused on air defense.
The Pentagon's top spokesman, Maj. Gen. Pat Ryder, told reporters on Tuesday that the U.S. had no money left to send more Patriot interceptors until Congress passes the stalled $60 billion supplemental.
Germany, which gave Ukraine two Patriot batteries in 2023, is weighing whether to part with a third, according to German media reports.

As TWZ has reported before, Ukraine's air defense network is a patchwork of Soviet-era S-300s, Western systems such as NASAMS and IRIS-T, and Patriots, and the older interceptors are running out fastest.
Russia, meanwhile, has been adapting its tactics for months, mixing cheap drones with ballistic and cruise missiles to saturate defenses before the most valuable targets are struck.
TWZ has reached out to the Pentagon for more details on new interceptor deliveries and will update this story with any response.
"""

# ---------------------------------------------------------------- b82en03 (Air & Space Forces Magazine)
EN03 = """
State Department Clears $1.9 Billion PAC-3 Sale for Ukraine After Record Russian Barrage

The State Department on March 10 approved a possible $1.9 billion Foreign Military Sale of Patriot PAC-3 MSE interceptors for Ukraine, two days after Russia launched its largest drone and missile attack of the war.
The sale will be paid for by European allies under NATO's Prioritized Ukraine Requirements List, or PURL, the Defense Security Cooperation Agency said in its notification to Congress.

Ukraine's Air Force said Russia fired 810 Shahed-type drones and decoys and 62 missiles overnight into March 9, targeting Kyiv, Lviv, Dnipro and energy facilities across the country.
Polish and allied aircraft, including U.S. Air Force F-35As deployed to Łask Air Base, were scrambled as the strikes approached Ukraine's western border, Poland's Operational Command said.

NATO Secretary General Mark Rutte said March 11 that Germany, the Netherlands, and Norway would finance the package, and that "more allies will step up in the coming weeks."
Secretary of State Marco Rubio said in a statement that the sale "strengthens Ukraine's ability to defend its cities" and "does not change our commitment to a negotiated end to this war."

Rustem Umerov, secretary of Ukraine's National Security and Defense Council, met with Pentagon officials in Washington on March 11 to press for faster deliveries and for licensed production of PAC-3 missiles in Europe.
President Volodymyr Zelensky thanked "every partner who turns words into interceptors" and said Ukraine would need "hundreds more" before next winter.

President Donald Trump told reporters aboard Air Force One on March 10 that Russian President Vladimir Putin "has to stop" hitting cities, but he declined to say whether he would impose new sanctions.
Kremlin spokesman Dmitry Peskov said the PURL deliveries showed that NATO "is directly involved in the conflict."
Deputy Foreign Minister Sergei Ryabkov warned that U.S.-made systems in Ukraine would remain "legitimate targets" for Russian forces.

The interceptor crunch reaches beyond Ukraine.
Lockheed Martin plans to raise PAC-3 MSE output to 650 missiles a year by 2027, up from about 500 in 2024, and Air Force and Army leaders told lawmakers last month that U.S. stocks for homeland and Pacific defense remain below requirements.
"""

# ---------------------------------------------------------------- b82en04 (dpa international)
EN04 = """
Russian missiles hit US-owned factory in western Ukraine in massive overnight attack

Kyiv/Moscow (dpa) - Russia hit a US-owned electronics factory near the Hungarian border overnight to Thursday in one of its heaviest air attacks on Ukraine in weeks.
Ukraine's air force said on Thursday that 574 drones and 40 missiles had been fired, most of which were intercepted.
Two cruise missiles struck the plant of the US manufacturer Flex in Mukachevo in the Zakarpattia region, injuring 19 workers, regional officials said, while one person was killed in Lviv.

President Volodymyr Zelensky said the strike on an American company was no accident.
"The Russians knew exactly what they were hitting," he said in his video address on Thursday evening.
He called on the United States and Europe to respond with new sanctions and urged partners to send more air defence to the west of the country.
Foreign Minister Andrii Sybiha accused Moscow of deliberately targeting American business and demanded "a strong reaction from Washington."

US President Donald Trump, who had hosted Zelensky and European leaders at the White House on Monday, said he was "not happy" about the attacks.
Within two weeks it would become clear whether Putin and Zelensky would meet, Trump said, adding that he might otherwise take a "very different" approach.
In a post on his Truth Social platform the same day, he blamed his predecessor Joe Biden for forbidding Ukraine to strike back at Russian territory.

Russia's defence ministry said it had struck "enterprises of the military-industrial complex" and fuel depots.
Foreign Minister Sergei Lavrov said on Thursday that no meeting between Putin and Zelensky was planned for now.
Putin was ready to meet the Ukrainian leader once "all questions" had been worked out by experts, Lavrov said, accusing the Europeans of trying to sabotage the peace efforts with their plans for security guarantees.

EU foreign policy chief Kaja Kallas said the attack showed that "Putin is not serious about peace."
The military chiefs of NATO countries had discussed possible security guarantees for Ukraine in a video conference on Wednesday.
Flex, which is headquartered in Austin, Texas, did not immediately respond to a dpa request for comment.
"""

# ---------------------------------------------------------------- b82en05 (The Daily Beast)
EN05 = """
Putin's New Year Missile Blitz Leaves Biden Pleading With a Stalled Congress

Vladimir Putin rang in 2024 the only way he seems to know how: by raining missiles on Ukrainian apartment blocks.
Russia fired about 100 missiles and drones at Kyiv and Kharkiv on Tuesday morning, killing at least five people and knocking out power for a quarter of a million residents, Ukrainian officials said.
The barrage came four days after the largest air attack of the entire war, in which 122 missiles and 36 drones killed more than 40 people across Ukraine last Friday.

One Russian cruise missile strayed into Polish airspace for about three minutes during Friday's onslaught.
Warsaw summoned Russia's chargé d'affaires the next day, and Polish Foreign Minister Radosław Sikorski demanded an explanation.
Moscow insisted there was no evidence of any incursion.

Putin, visiting wounded soldiers at a Moscow military hospital on Monday, vowed to "intensify" strikes in revenge for a Ukrainian attack on the Russian border city of Belgorod that killed 25 people on Saturday.
The Kremlin also hauled the Belgorod attack before an emergency session of the U.N. Security Council that same Saturday, where Britain's envoy accused Russia of shedding "crocodile tears."

In a statement issued on Friday evening, President Joe Biden said the bombardment was "a stark reminder to the world that, after nearly two years of this devastating war, Putin's objective remains unchanged."
He urged Congress to "step up and act without any further delay" on his $61 billion request for Kyiv, which has been stuck for months amid Republican demands for tougher border measures.
White House national security spokesman John Kirby told reporters on Tuesday that the last U.S. package, announced on Dec. 27, had exhausted the money available.
House Speaker Mike Johnson, who is due back in Washington next week, has yet to schedule a vote.

Volodymyr Zelensky, for his part, thanked the allies who have sent Patriot batteries and asked them for more, saying in his nightly address on Tuesday that "every Patriot saves hundreds of lives."
Kremlin spokesman Dmitry Peskov, asked about the strikes on Kyiv, claimed Russia "never targets civilians."
The Daily Beast has reached out to Speaker Johnson's office for comment.
"""

# ---------------------------------------------------------------- b82en06 (The Pillar)
EN06 = """
Holy See summons Russian envoy after drone strike damages Kyiv nunciature

The Holy See summoned Russia's ambassador on Wednesday after a Russian drone attack on Kyiv damaged the apostolic nunciature in the Ukrainian capital overnight into Tuesday.
No one was injured, but the blast wave shattered windows and damaged part of the roof of the building where Archbishop Visvaldas Kulbokas, the nuncio to Ukraine, lives and works, the nunciature said in a statement.

Ambassador Ivan Soltanovsky was received at the Secretariat of State by Archbishop Paul Richard Gallagher, the Vatican's secretary for relations with states, Vatican diplomats told The Pillar.
Gallagher conveyed the Holy See's "deep concern" and asked that diplomatic premises and civilians be spared, according to the same sources.

At the end of his general audience on Wednesday, Pope Leo XIV appealed for "a truce in the skies" over Ukraine's cities for the rest of the winter.
"Cities are not battlefields, and the homes of families are not targets," the pope said in Italian.
Later that day, Leo spoke by phone with Ukrainian President Volodymyr Zelensky, who thanked him for his "voice of truth" and renewed an invitation to visit Kyiv, the Ukrainian presidency said.

The Russian embassy to the Holy See said on Wednesday that Russian forces had struck "only military targets" and that the damage was most likely caused by Ukrainian air-defense missiles.
In Moscow, Kremlin spokesman Dmitry Peskov said President Vladimir Putin "values the Holy Father's humanitarian efforts," but he ruled out any pause in strikes as long as Kyiv "continues its terrorist attacks" on Russian territory.

U.S. Secretary of State Marco Rubio, who is Catholic, called the strike "unacceptable" in a post on X and said Washington was pressing Moscow to agree to an energy truce.

The nunciature remained open, and Kulbokas celebrated Mass in its chapel on Wednesday evening for the victims of the attack, which killed four people elsewhere in the city.
The Holy See has kept its nuncio in Kyiv throughout Russia's full-scale invasion, which began in February 2022, even as most embassies briefly left the capital.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b82en01_kyiv_blackout_trump_call_2025_10", "2025-10-11", EN01,
        [
            T("overnight into Friday", "TIME", "2025-10-09TNI", note="night to Friday 10 October 2025"),
            T("Friday", "DATE", "2025-10-10", 1),
            T("this week", "DATE", "2025-W41", 0),
            T("winter", "DATE", "2025-WI", 0, note="in Zelensky's quote"),
            T("nightly", "SET", "P1D"),
            T("Saturday", "DATE", "2025-10-11", 0),
            T("this week", "DATE", "2025-W41", 1),
            T("last weekend", "DATE", "2025-W40-WE"),
            T("Friday evening", "TIME", "2025-10-10TEV"),
            T("Friday", "DATE", "2025-10-10", 3),
            T("this winter", "DATE", "2025-WI"),
            T("recent weeks", "DATE", "PAST_REF"),
            T("Saturday", "DATE", "2025-10-11", 1),
            T("winter", "DATE", "2025-WI", 2),
            T("next week", "DATE", "2025-W42"),
        ],
        [
            E("Russian drone and missile bombardment of Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-09TNI", "text", "occurred", "launched one of the biggest bombardments",
              note="night to Friday 10 October 2025"),
            E("Zelensky accuses the Kremlin of exploiting the focus on the Middle East", "ACCUSE",
              ["Volodymyr Zelensky", "Kremlin"], "2025-10-10", "text", "occurred", "on Friday accused the Kremlin"),
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-10-11", "text",
              "occurred", "very productive"),
            E("Zelensky asks Trump for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-11", "context", "occurred", "had asked the US President"),
            E("Trump ready to help, according to Zelensky", "AGREE", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-10-11", "context", "occurred", "had asked the US President"),
            E("Peskov warns against supplying Tomahawks", "REQUEST", ["Dmitry Peskov", "United States"],
              "2025-W40-WE", "text", "occurred", "serious escalation"),
            E("Starmer–Zelensky phone call", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2025-10-10TEV",
              "text", "occurred", "Downing Street said"),
            E("Starmer promises faster deliveries of Raven air defence systems", "AID", ["Keir Starmer", "Ukraine"],
              "2025-10-10TEV", "context", "planned", "Downing Street said"),
            E("Cooper condemns a deliberate campaign to freeze Ukrainians", "ACCUSE", ["United Kingdom", "Russia"],
              "2025-10-10", "text", "occurred", "Yvette Cooper"),
            E("Russia calls the strike a response to Kyiv's 'terrorist attacks' on refineries", "ACCUSE",
              ["Russia", "Ukraine"], "2025-10-10", "context", "occurred", "Russia's defence ministry said"),
            E("Ukrainian drone strikes on Russian oil refineries", "ASSAULT", ["Ukraine", "Russia"], "PAST_REF",
              "vague", "occurred", "Russia's defence ministry said"),
            E("Ukrainian drones hit a refinery in Bashkortostan", "ASSAULT", ["Ukraine", "Russia"], "2025-10-11",
              "text", "occurred", "Bashkortostan"),
            E("Kallas: Putin has no intention of stopping", "ACCUSE", ["Kaja Kallas", "Vladimir Putin"], "2025-10-11",
              "published", "occurred", "no intention of stopping"),
            E("Kallas urges member states to send more air defence before winter", "REQUEST",
              ["Kaja Kallas", "European Union"], "2025-10-11", "published", "occurred", "no intention of stopping"),
            E("EU ambassadors to discuss a 19th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2025-W42", "text", "planned", "19th package"),
        ],
        [
            S("Ukraine", "Air force: Russia fired 465 drones and 32 missiles at power stations", "2025-10-10",
              "context", "Ukraine's air force said"),
            S("Ukraine", "City authorities: at least 20 injured in Kyiv, including a seven-year-old girl",
              "2025-10-10", "context", "according to the city authorities"),
            S("Volodymyr Zelensky", "The Kremlin exploits the world's focus on the Middle East", "2025-10-10", "text",
              "on Friday accused the Kremlin"),
            S("Volodymyr Zelensky", "Russia cynically uses the moment to strike our energy before winter",
              "2025-10-10", "context", "cynically taking advantage"),
            S("Volodymyr Zelensky", "A very productive call with Trump on air defence, long range and energy",
              "2025-10-11", "text", "very productive"),
            S("Volodymyr Zelensky", "Asked Trump for more Patriots; Trump is ready to help", "2025-10-11", "context",
              "had asked the US President"),
            S("Donald Trump", "Has sort of made a decision on Tomahawks but wants to know what Ukraine would do with "
              "them", "2025-W41", "text", "sort of made a decision"),
            S("Dmitry Peskov", "Supplying Tomahawks would be a serious escalation and wreck relations", "2025-W40-WE",
              "text", "serious escalation"),
            S("Keir Starmer, via United Kingdom", "Will speed up deliveries of Raven air defence systems",
              "2025-10-10TEV", "context", "Downing Street said"),
            S("United Kingdom", "Cooper: a deliberate campaign to freeze Ukrainians this winter", "2025-10-10", "text",
              "Yvette Cooper"),
            S("Russia", "Defence ministry: a massive strike on energy serving the military industry, in response to "
              "attacks on refineries", "2025-10-10", "context", "Russia's defence ministry said"),
            S("Russia", "Local officials: Ukrainian drones hit a refinery in Bashkortostan", "2025-10-11", "context",
              "Bashkortostan"),
            S("Kaja Kallas", "Putin has no intention of stopping; send more air defence before winter", "2025-10-11",
              "published", "no intention of stopping"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Donald Trump", "United States",
         "Dmitry Peskov", "Keir Starmer", "United Kingdom", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b82en02_trypilska_air_defense_crunch_2024_04", "2024-04-12", EN02,
        [
            T("overnight into Thursday", "TIME", "2024-04-10TNI", note="night to Thursday 11 April 2024"),
            T("Thursday", "DATE", "2024-04-11", 1),
            T("last week", "DATE", "2024-W14"),
            T("the same day", "DATE", "2024-04-11"),
            T("January", "DATE", "2024-01"),
            T("last month", "DATE", "2024-03"),
            T("next week", "DATE", "2024-W16"),
            T("Tuesday", "DATE", "2024-04-09"),
            T("2023", "DATE", "2023"),
            T("months", "DURATION", "PXM"),
        ],
        [
            E("Russian barrage destroys the Trypilska thermal power plant", "ASSAULT", ["Russia", "Ukraine"],
              "2024-04-10TNI", "text", "occurred", "completely destroyed the Trypilska",
              note="night to Thursday 11 April 2024"),
            E("Zelensky renews his plea for Patriot systems", "REQUEST", ["Volodymyr Zelensky"], "2024-04-11", "text",
              "occurred", "renewed his plea"),
            E("Kuleba asks NATO foreign ministers for at least seven more Patriot batteries", "REQUEST",
              ["Ukraine", "NATO"], "2024-W14", "text", "occurred", "Kuleba had asked NATO"),
            E("Putin hosts Lukashenko at the Kremlin", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"],
              "2024-04-11", "text", "occurred", "hosted Belarusian leader"),
            E("Putin calls the strikes a response to Ukrainian drone attacks on Russian energy", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2024-04-11", "context", "occurred", "hosted Belarusian leader"),
            E("Ukrainian long-range drone strikes on Russian oil refineries since January", "ASSAULT",
              ["Ukraine", "Russia"], "2024-01", "text", "occurred", "at least ten Russian oil refineries",
              date_mod="START"),
            E("Washington criticises the refinery strikes", "ACCUSE", ["United States", "Ukraine"], "2024-03", "text",
              "occurred", "at least ten Russian oil refineries"),
            E("NATO-Ukraine Council of defence ministers on air defence next week", "CONSULT",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-W16", "text", "planned", "NATO-Ukraine Council"),
            E("Germany gave Ukraine two Patriot batteries", "AID", ["Germany", "Ukraine"], "2023", "text", "occurred",
              "two Patriot batteries in 2023"),
            E("Germany weighs sending a third Patriot battery", "AID", ["Germany", "Ukraine"], "2024-04-12",
              "published", "uncertain", "two Patriot batteries in 2023"),
        ],
        [
            S("Ukraine", "Centrenergo: the Trypilska plant was completely destroyed", "2024-04-11", "context",
              "completely destroyed the Trypilska"),
            S("Ukraine", "Air Force: 40 missiles and 42 drones fired, 57 of 82 shot down", "2024-04-11", "context",
              "Ukraine's Air Force said"),
            S("Ukraine", "Ihnat: interceptor stocks are running low", "2024-04-11", "context", "Yuriy Ihnat"),
            S("Volodymyr Zelensky", "Ukraine needs at least 25 Patriot systems", "2024-04-11", "text",
              "renewed his plea"),
            S("Vladimir Putin", "The strikes respond to Ukrainian drone attacks on Russian energy", "2024-04-11",
              "context", "hosted Belarusian leader"),
            S("Vladimir Putin", "We had to respond; Russia is demilitarizing Ukraine", "2024-04-11", "context",
              "We had to respond"),
            S("Jens Stoltenberg", "Allies are looking into what more they can do; NATO-Ukraine Council next week",
              "2024-04-12", "published", "NATO-Ukraine Council"),
            S("United States", "Ryder: no money left for more Patriot interceptors until Congress passes the "
              "supplemental", "2024-04-09", "text", "Pat Ryder"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "NATO", "Vladimir Putin", "Alexander Lukashenko", "Belarus",
         "United States", "Jens Stoltenberg", "Germany"],
    ),
    doc(
        "b82en03_pac3_sale_record_barrage_2026_03", "2026-03-12", EN03,
        [
            T("March 10", "DATE", "2026-03-10", 0),
            T("overnight into March 9", "TIME", "2026-03-08TNI", note="night to Monday 9 March 2026"),
            T("March 11", "DATE", "2026-03-11", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("March 11", "DATE", "2026-03-11", 1),
            T("next winter", "DATE", "2026-WI"),
            T("March 10", "DATE", "2026-03-10", 1),
            T("a year", "SET", "P1Y"),
            T("2027", "DATE", "2027"),
            T("2024", "DATE", "2024"),
            T("last month", "DATE", "2026-02"),
        ],
        [
            E("State Department approves a $1.9bn PAC-3 MSE sale for Ukraine", "AID", ["United States", "Ukraine"],
              "2026-03-10", "text", "occurred", "The State Department on March 10 approved"),
            E("European allies to pay for the sale under NATO's PURL", "AID", ["NATO", "Ukraine"], "2026-03-10",
              "context", "planned", "The sale will be paid for"),
            E("Largest Russian drone and missile attack of the war on Kyiv, Lviv, Dnipro and energy facilities",
              "ASSAULT", ["Russia", "Ukraine"], "2026-03-08TNI", "text", "occurred", "810 Shahed-type drones",
              note="night to Monday 9 March 2026"),
            E("Polish and allied aircraft, including US F-35As, scrambled", "MOBILIZE", ["Poland", "United States"],
              "2026-03-08TNI", "context", "occurred", "were scrambled"),
            E("Rutte: Germany, the Netherlands and Norway will finance the package", "AID",
              ["Mark Rutte", "NATO", "Germany", "Ukraine"], "2026-03-11", "text", "planned", "Rutte said March 11"),
            E("More allies to step up in the coming weeks", "AID", ["Mark Rutte", "NATO", "Ukraine"], "FUTURE_REF",
              "vague", "planned", "Rutte said March 11"),
            E("Umerov meets Pentagon officials in Washington", "CONSULT", ["Rustem Umerov", "United States"],
              "2026-03-11", "text", "occurred", "met with Pentagon officials"),
            E("Umerov presses for faster deliveries and licensed PAC-3 production in Europe", "REQUEST",
              ["Rustem Umerov", "United States"], "2026-03-11", "context", "occurred", "met with Pentagon officials"),
            E("Zelensky thanks partners", "SUPPORT", ["Volodymyr Zelensky"], "2026-03-12", "published", "occurred",
              "every partner who turns words into interceptors"),
            E("Zelensky: Ukraine needs hundreds more interceptors before next winter", "REQUEST",
              ["Volodymyr Zelensky"], "2026-03-12", "published", "occurred",
              "every partner who turns words into interceptors"),
            E("Trump: Putin has to stop hitting cities", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2026-03-10",
              "text", "occurred", "Air Force One"),
            E("Peskov accuses NATO of direct involvement in the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"],
              "2026-03-12", "published", "occurred", "directly involved"),
            E("Ryabkov warns US-made systems in Ukraine remain legitimate targets", "THREATEN",
              ["Russia", "United States"], "2026-03-12", "published", "occurred", "legitimate targets"),
        ],
        [
            S("United States", "DSCA: the sale will be paid for by European allies under PURL", "2026-03-10",
              "context", "The sale will be paid for"),
            S("Ukraine", "Air Force: 810 drones and decoys and 62 missiles fired at Kyiv, Lviv, Dnipro and energy "
              "sites", "2026-03-09", "context", "810 Shahed-type drones"),
            S("Poland", "Operational Command: Polish and allied aircraft were scrambled", "2026-03-09", "context",
              "were scrambled"),
            S("Mark Rutte", "Germany, the Netherlands and Norway will finance the package; more allies will step up",
              "2026-03-11", "text", "Rutte said March 11"),
            S("Marco Rubio", "The sale strengthens Ukraine's ability to defend its cities and does not change the US "
              "commitment to a negotiated end", "2026-03-10", "context", "Rubio said in a statement"),
            S("Volodymyr Zelensky", "Thanks partners who turn words into interceptors; hundreds more needed before "
              "next winter", "2026-03-12", "published", "every partner who turns words into interceptors"),
            S("Donald Trump", "Putin has to stop hitting cities", "2026-03-10", "text", "Air Force One"),
            S("Dmitry Peskov", "The PURL deliveries show NATO is directly involved in the conflict", "2026-03-12",
              "published", "directly involved"),
            S("Russia", "Ryabkov: US-made systems in Ukraine remain legitimate targets", "2026-03-12", "published",
              "legitimate targets"),
            S("United States", "Air Force and Army leaders: US interceptor stocks remain below requirements",
              "2026-02", "text", "told lawmakers last month"),
        ],
        ["United States", "Ukraine", "Russia", "NATO", "European Union", "Poland", "Mark Rutte", "Germany", "Marco Rubio",
         "Rustem Umerov", "Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b82en04_mukachevo_flex_factory_2025_08", "2025-08-22", EN04,
        [
            T("overnight to Thursday", "TIME", "2025-08-20TNI", note="night to Thursday 21 August 2025"),
            T("weeks", "DURATION", "PXW"),
            T("Thursday", "DATE", "2025-08-21", 1),
            T("Thursday evening", "TIME", "2025-08-21TEV"),
            T("Monday", "DATE", "2025-08-18"),
            T("two weeks", "DURATION", "P2W", note="the point is about 4 September 2025"),
            T("the same day", "DATE", "2025-08-21"),
            T("Thursday", "DATE", "2025-08-21", 3),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday", "DATE", "2025-08-20"),
        ],
        [
            E("Russian air attack hits the US-owned Flex factory in Mukachevo and Lviv", "ASSAULT",
              ["Russia", "Ukraine"], "2025-08-20TNI", "text", "occurred", "Russia hit a US-owned electronics factory",
              note="night to Thursday 21 August 2025"),
            E("Zelensky accuses Russia of deliberately hitting an American company", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-08-21TEV", "context", "occurred",
              "knew exactly what they were hitting"),
            E("Zelensky calls on the US and Europe for new sanctions and more air defence", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union"], "2025-08-21TEV", "context", "occurred",
              "He called on the United States"),
            E("Sybiha accuses Moscow of targeting American business", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-08-22", "published", "occurred", "Sybiha accused Moscow"),
            E("Sybiha demands a strong reaction from Washington", "REQUEST", ["Andrii Sybiha", "United States"],
              "2025-08-22", "published", "occurred", "Sybiha accused Moscow"),
            E("Trump hosted Zelensky and European leaders at the White House", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "European Union"], "2025-08-18", "text", "occurred",
              "who had hosted Zelensky and European leaders"),
            E("Possible Putin–Zelensky meeting, to become clear within two weeks", "CONSULT",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2025-09-04", "text", "uncertain",
              "Within two weeks it would become clear", note="'within two weeks' from 21 August 2025"),
            E("Trump hints at a very different approach otherwise", "THREATEN", ["Donald Trump", "Vladimir Putin"],
              "2025-08-21", "context", "occurred", "Within two weeks it would become clear"),
            E("Trump blames Biden for forbidding Ukraine to strike Russian territory", "ACCUSE",
              ["Donald Trump", "Joe Biden"], "2025-08-21", "text", "occurred", "Truth Social platform the same day"),
            E("Putin ready to meet Zelensky, via Lavrov", "AGREE", ["Vladimir Putin", "Sergey Lavrov",
              "Volodymyr Zelensky"], "2025-08-21", "context", "occurred", "Putin was ready to meet"),
            E("Condition: all questions worked out by experts first", "REQUEST", ["Vladimir Putin", "Sergey Lavrov", "Ukraine"],
              "2025-08-21", "context", "occurred", "Putin was ready to meet"),
            E("Lavrov accuses the Europeans of sabotaging peace efforts", "ACCUSE", ["Sergey Lavrov",
              "European Union"], "2025-08-21", "context", "occurred", "Putin was ready to meet"),
            E("Kallas: Putin is not serious about peace", "ACCUSE", ["Kaja Kallas", "Vladimir Putin"], "2025-08-22",
              "published", "occurred", "Putin is not serious about peace"),
            E("NATO military chiefs discuss security guarantees for Ukraine by video", "CONSULT", ["NATO", "Ukraine"],
              "2025-08-20", "text", "occurred", "video conference on Wednesday"),
        ],
        [
            S("Ukraine", "Air force: 574 drones and 40 missiles fired, most intercepted", "2025-08-21", "text",
              "Ukraine's air force said on Thursday"),
            S("Ukraine", "Regional officials: two cruise missiles hit the Flex plant, 19 injured", "2025-08-21",
              "context", "Two cruise missiles struck"),
            S("Volodymyr Zelensky", "The strike on an American company was no accident; the Russians knew what they "
              "were hitting", "2025-08-21TEV", "context", "knew exactly what they were hitting"),
            S("Volodymyr Zelensky", "The US and Europe must respond with sanctions; more air defence for the west",
              "2025-08-21TEV", "context", "He called on the United States"),
            S("Andrii Sybiha", "Moscow deliberately targets American business; Washington must react strongly",
              "2025-08-22", "published", "Sybiha accused Moscow"),
            S("Donald Trump", "Not happy about the attacks", "2025-08-21", "context", "said he was"),
            S("Donald Trump", "Within two weeks it will be clear whether Putin and Zelensky meet; otherwise a very "
              "different approach", "2025-08-21", "context", "Within two weeks it would become clear"),
            S("Donald Trump", "Biden forbade Ukraine to strike back at Russian territory", "2025-08-21", "text",
              "Truth Social platform the same day"),
            S("Russia", "Defence ministry: military-industrial enterprises and fuel depots were struck", "2025-08-21",
              "context", "enterprises of the military-industrial complex"),
            S("Sergey Lavrov", "No Putin–Zelensky meeting is planned for now", "2025-08-21", "text",
              "Lavrov said on Thursday"),
            S("Vladimir Putin, via Sergey Lavrov", "Putin is ready to meet Zelensky once experts have worked out all "
              "questions", "2025-08-21", "context", "Putin was ready to meet"),
            S("Sergey Lavrov", "The Europeans try to sabotage the peace efforts with security guarantees",
              "2025-08-21", "context", "Putin was ready to meet"),
            S("Kaja Kallas", "The attack shows Putin is not serious about peace", "2025-08-22", "published",
              "Putin is not serious about peace"),
        ],
        ["Russia", "Ukraine", "United States", "Volodymyr Zelensky", "European Union", "Andrii Sybiha",
         "Donald Trump", "Vladimir Putin", "Joe Biden", "Sergey Lavrov", "Kaja Kallas", "NATO"],
    ),
    doc(
        "b82en05_new_year_barrage_congress_2024_01", "2024-01-03", EN05,
        [
            T("2024", "DATE", "2024"),
            T("Tuesday morning", "TIME", "2024-01-02TMO"),
            T("last Friday", "DATE", "2023-12-29"),
            T("about three minutes", "DURATION", "PT3M", mod="APPROX"),
            T("Friday", "DATE", "2023-12-29", 1),
            T("the next day", "DATE", "2023-12-30"),
            T("Monday", "DATE", "2024-01-01"),
            T("Saturday", "DATE", "2023-12-30", 0),
            T("that same Saturday", "DATE", "2023-12-30"),
            T("Friday evening", "TIME", "2023-12-29TEV"),
            T("nearly two years", "DURATION", "P2Y", mod="APPROX"),
            T("months", "DURATION", "PXM"),
            T("Tuesday", "DATE", "2024-01-02", 1),
            T("Dec. 27", "DATE", "2023-12-27"),
            T("next week", "DATE", "2024-W02"),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2024-01-02", 2),
        ],
        [
            E("Russian missile and drone attack on Kyiv and Kharkiv", "ASSAULT", ["Russia", "Ukraine"],
              "2024-01-02TMO", "text", "occurred", "on Tuesday morning"),
            E("Largest Russian air attack of the war across Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2023-12-29",
              "text", "occurred", "largest air attack of the entire war"),
            E("Russian cruise missile strays into Polish airspace", "ASSAULT", ["Russia", "Poland"], "2023-12-29",
              "text", "occurred", "strayed into Polish airspace"),
            E("Poland summons Russia's chargé d'affaires", "ACCUSE", ["Poland", "Russia"], "2023-12-30", "text",
              "occurred", "Warsaw summoned"),
            E("Sikorski demands an explanation", "REQUEST", ["Poland", "Russia"], "2023-12-30", "context", "occurred",
              "Warsaw summoned"),
            E("Moscow denies any incursion", "REJECT", ["Russia", "Poland"], "2023-12-30", "context", "occurred",
              "Moscow insisted"),
            E("Putin vows to intensify strikes in revenge for Belgorod", "THREATEN", ["Vladimir Putin", "Ukraine"],
              "2024-01-01", "text", "occurred", "vowed to"),
            E("Ukrainian attack on Belgorod kills 25", "ASSAULT", ["Ukraine", "Russia"], "2023-12-30", "text",
              "occurred", "vowed to"),
            E("Kremlin brings the Belgorod attack before the UN Security Council", "REQUEST",
              ["Kremlin", "United Nations"], "2023-12-30", "text", "occurred", "emergency session"),
            E("Emergency session of the UN Security Council on Belgorod", "CONSULT",
              ["United Nations", "Russia", "United Kingdom"], "2023-12-30", "text", "occurred", "emergency session"),
            E("Britain's envoy accuses Russia of crocodile tears", "ACCUSE", ["United Kingdom", "Russia"],
              "2023-12-30", "context", "occurred", "emergency session"),
            E("Biden: Putin's objective remains unchanged", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
              "2023-12-29TEV", "text", "occurred", "a stark reminder"),
            E("Biden urges Congress to act on his Ukraine request", "REQUEST", ["Joe Biden"], "2023-12-29TEV",
              "context", "occurred", "step up and act"),
            E("Last US aid package announced", "AID", ["United States", "Ukraine"], "2023-12-27", "text", "occurred",
              "Dec. 27"),
            E("Zelensky thanks allies who sent Patriot batteries", "SUPPORT", ["Volodymyr Zelensky"], "2024-01-02",
              "text", "occurred", "every Patriot saves"),
            E("Zelensky asks allies for more Patriots", "REQUEST", ["Volodymyr Zelensky"], "2024-01-02", "text",
              "occurred", "every Patriot saves"),
            E("Peskov denies targeting civilians", "REJECT", ["Dmitry Peskov"], "2024-01-03", "published",
              "occurred", "never targets civilians"),
        ],
        [
            S("Ukraine", "About 100 missiles and drones on Kyiv and Kharkiv, five dead, power cut for 250,000",
              "2024-01-02", "context", "on Tuesday morning"),
            S("Poland", "Sikorski demands an explanation from Russia", "2023-12-30", "context", "Warsaw summoned"),
            S("Russia", "No evidence of any incursion", "2023-12-30", "context", "Moscow insisted"),
            S("Vladimir Putin", "Strikes will be intensified in revenge for Belgorod", "2024-01-01", "text",
              "vowed to"),
            S("United Kingdom", "Russia is shedding crocodile tears", "2023-12-30", "context", "emergency session"),
            S("Joe Biden", "A stark reminder that Putin's objective remains unchanged", "2023-12-29TEV", "text",
              "a stark reminder"),
            S("Joe Biden", "Congress must step up and act without further delay", "2023-12-29TEV", "context",
              "step up and act"),
            S("White House", "Kirby: the last package exhausted the money available", "2024-01-02", "text",
              "John Kirby"),
            S("Volodymyr Zelensky", "Thanks for the Patriots; every Patriot saves hundreds of lives", "2024-01-02",
              "text", "every Patriot saves"),
            S("Dmitry Peskov", "Russia never targets civilians", "2024-01-03", "published", "never targets civilians"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Poland", "Kremlin", "United Nations", "United Kingdom", "Joe Biden",
         "White House", "United States", "Volodymyr Zelensky", "Dmitry Peskov"],
    ),
    doc(
        "b82en06_kyiv_nunciature_summons_2026_02", "2026-02-05", EN06,
        [
            T("Wednesday", "DATE", "2026-02-04", 0),
            T("overnight into Tuesday", "TIME", "2026-02-02TNI", note="night to Tuesday 3 February 2026"),
            T("Wednesday", "DATE", "2026-02-04", 1),
            T("the winter", "DATE", "2025-WI", note="winter 2025-26"),
            T("that day", "DATE", "2026-02-04"),
            T("Wednesday", "DATE", "2026-02-04", 2),
            T("Wednesday evening", "TIME", "2026-02-04TEV"),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("Holy See summons Russia's ambassador", "ACCUSE", ["Vatican", "Russia"], "2026-02-04", "text",
              "occurred", "The Holy See summoned Russia's ambassador"),
            E("Russian drone attack on Kyiv damages the apostolic nunciature", "ASSAULT",
              ["Russia", "Ukraine", "Vatican"], "2026-02-02TNI", "text", "occurred",
              "The Holy See summoned Russia's ambassador", note="night to Tuesday 3 February 2026"),
            E("Gallagher receives Ambassador Soltanovsky at the Secretariat of State", "CONSULT", ["Vatican", "Russia"],
              "2026-02-04", "context", "occurred", "Soltanovsky was received"),
            E("Gallagher asks that diplomatic premises and civilians be spared", "REQUEST", ["Vatican", "Russia"],
              "2026-02-04", "context", "occurred", "deep concern"),
            E("Pope Leo XIV appeals for a truce in the skies over Ukraine's cities", "REQUEST",
              ["Vatican", "Russia", "Ukraine"], "2026-02-04", "text", "occurred", "a truce in the skies"),
            E("Pope Leo–Zelensky phone call", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2026-02-04", "text",
              "occurred", "Later that day"),
            E("Zelensky thanks the Pope for his voice of truth", "SUPPORT", ["Volodymyr Zelensky", "Vatican"],
              "2026-02-04", "context", "occurred", "Later that day"),
            E("Zelensky renews his invitation to the Pope to visit Kyiv", "REQUEST", ["Volodymyr Zelensky", "Vatican"],
              "2026-02-04", "context", "occurred", "Later that day"),
            E("Russian embassy denies hitting anything but military targets", "REJECT", ["Russia", "Vatican"],
              "2026-02-04", "text", "occurred", "The Russian embassy to the Holy See said"),
            E("Russian embassy blames Ukrainian air defence for the damage", "ACCUSE", ["Russia", "Ukraine"],
              "2026-02-04", "text", "occurred", "The Russian embassy to the Holy See said"),
            E("Putin values the Pope's humanitarian efforts, via Peskov", "SUPPORT",
              ["Vladimir Putin", "Dmitry Peskov", "Vatican"], "2026-02-05", "published", "occurred",
              "values the Holy Father"),
            E("Peskov rules out a pause in strikes", "REJECT", ["Dmitry Peskov", "Vatican"], "2026-02-05",
              "published", "occurred", "values the Holy Father"),
            E("Peskov accuses Kyiv of terrorist attacks on Russian territory", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2026-02-05", "published", "occurred", "values the Holy Father"),
            E("Rubio calls the strike unacceptable", "ACCUSE", ["Marco Rubio", "Russia"], "2026-02-05", "published",
              "occurred", "unacceptable"),
            E("Washington presses Moscow to agree to an energy truce", "REQUEST", ["Marco Rubio", "Russia"],
              "2026-02-05", "published", "occurred", "unacceptable"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "full-scale invasion"),
        ],
        [
            S("Vatican", "Nunciature: no one injured; windows shattered and part of the roof damaged", "2026-02-03",
              "context", "the nunciature said in a statement"),
            S("Vatican", "Vatican diplomats: Soltanovsky was received by Gallagher", "2026-02-05", "published",
              "Soltanovsky was received"),
            S("Vatican", "Gallagher conveyed deep concern and asked that diplomatic premises and civilians be spared",
              "2026-02-04", "context", "deep concern"),
            S("Vatican", "Pope Leo XIV appeals for a truce in the skies for the rest of the winter", "2026-02-04",
              "text", "a truce in the skies"),
            S("Vatican", "Cities are not battlefields, and family homes are not targets", "2026-02-04", "context",
              "Cities are not battlefields"),
            S("Volodymyr Zelensky, via Ukraine", "Thanks the Pope for his voice of truth and invites him to Kyiv",
              "2026-02-04", "context", "Later that day"),
            S("Russia", "Embassy: only military targets were struck; Ukrainian air defence likely caused the damage",
              "2026-02-04", "text", "The Russian embassy to the Holy See said"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin values the Holy Father's humanitarian efforts", "2026-02-05",
              "published", "values the Holy Father"),
            S("Dmitry Peskov", "No pause in strikes while Kyiv continues its terrorist attacks", "2026-02-05",
              "published", "values the Holy Father"),
            S("Marco Rubio", "The strike is unacceptable; Washington presses Moscow for an energy truce", "2026-02-05",
              "published", "unacceptable"),
        ],
        ["Vatican", "Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "Marco Rubio", "United States"],
    ),
]
