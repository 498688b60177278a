"""English articles of the blind63 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b63en01 (Seatrade Maritime News)
EN01 = """
IMO Council calls for "blue safe maritime corridor" to free ships trapped in Ukraine

The International Maritime Organization's governing Council on Friday called for a "blue safe maritime corridor" to let seafarers and ships leave high-risk areas of the Black Sea and the Sea of Azov.
The decision came at the close of a two-day extraordinary session in London that was convened at the request of Ukraine and backed by more than 40 member states.
In its decision the Council "deplored" the Russian Federation's attacks on Ukraine, which it said had put merchant shipping, the lives of seafarers and the marine environment at risk.
IMO Secretary-General Kitack Lim told delegates that around 1,000 seafarers on close to 100 ships were stranded in Ukrainian ports, many of them running short of food and water.

Russia's delegation objected.
Its representative told the Council the session had been "politicised" and argued that vessels were kept in port by Ukrainian mines and by Ukrainian armed forces, not by the Russian navy.
The Russian defence ministry announced on Wednesday that it would open a humanitarian corridor for foreign vessels each day, running 80 nautical miles south-west from Ukraine's territorial waters.
Ukraine dismissed the offer, with its delegate accusing Russian warships of laying mines off Odesa and of firing on civilian vessels.
Kyiv also urged member states to close their ports to ships flying the Russian flag.

At least five merchant ships have been hit since Russian forces invaded on February 24.
The Bangladeshi bulker Banglar Samriddhi was struck by a Russian missile in the port of Olvia on March 2, killing one crew member, while the Estonian-owned cargo ship Helt sank off Odesa on March 3 after an explosion.
Russia's Federal Security Service claimed on Monday that Ukraine had laid some 420 mines at the entrance to its ports and that several had broken loose in a storm.

Diplomacy has so far offered no relief.
Thursday's meeting in the Turkish resort of Antalya between Russian Foreign Minister Sergey Lavrov and Ukraine's Dmytro Kuleba, hosted by Turkey's foreign minister, produced no agreement even on a humanitarian ceasefire.
Lavrov told reporters afterwards that Russia "did not attack Ukraine" and that talks in the Belarus format would continue.

Shipowners' groups welcomed the IMO's move but said it was of little use without guarantees from both sides.
War risk underwriters have charged additional premiums of up to 5% of hull value for voyages into the northern Black Sea since the Joint War Committee listed the area in February, brokers said.
"For now, the only safe corridor is the one nobody is using," said one London broker.
"""

# ---------------------------------------------------------------- b63en02 (Ahram Online)
EN02 = """
Russia, Ukraine reach technical understanding in Istanbul on grain exports as Cairo eyes wheat relief

Russian and Ukrainian military delegations reached agreement in Istanbul on Wednesday on key technical points of a plan to resume Ukrainian grain exports across the Black Sea, Turkish Defence Minister Hulusi Akar said.
The two sides agreed to set up a coordination centre in Istanbul with representatives of Ukraine, Russia, Turkey and the United Nations, to carry out joint checks of vessels in ports and to ensure the safety of navigation on the transfer routes, Akar told reporters after nearly four hours of talks.
The delegations will meet again in Turkey next week to review the details and sign the documents, he added.

UN Secretary-General António Guterres hailed the talks as "a critical step forward" but cautioned in New York that "more technical work will now be needed".
Ukrainian President Volodymyr Zelensky said on Wednesday evening that his delegation had reported progress, adding that much would depend on whether Moscow stuck to its word.
The Russian defence ministry said it had put forward a package of proposals aimed at resolving the issue "as soon as possible", but Moscow also insists that restrictions affecting its own grain and fertiliser exports be lifted.
In Washington, State Department spokesman Ned Price welcomed the progress but said the United States would judge Russia "by its actions".

Turkish President Recep Tayyip Erdogan is expected to discuss the plan with Russian President Vladimir Putin when both attend a summit in Tehran next Tuesday.
Guterres first raised the idea of a corridor with Putin during a visit to Moscow in April.
More than 20 million tonnes of grain have been stuck in Ukrainian silos since Russia's invasion in February, with Moscow accusing Kyiv of blocking its own ports with mines.
Russian missiles struck the southern port city of Mykolaiv again on Wednesday, regional officials said.

For Egypt, the world's largest wheat importer, the outcome of the talks is of direct concern.
Before the war the country bought some 80 percent of its imported wheat from Russia and Ukraine, and Supply Minister Ali El-Moselhy has said strategic reserves will last until mid-November.
Foreign Minister Sameh Shoukry discussed the grain talks in a phone call with Russia's Sergey Lavrov on Tuesday, the foreign ministry in Cairo said.
Lavrov is due in the Egyptian capital later this month as part of an African tour, diplomatic sources said.
Egyptian officials hope that a corridor would bring down freight and insurance costs that have pushed up the price of imported bread wheat since the spring.
"""

# ---------------------------------------------------------------- b63en03 (Naval News)
EN03 = """
Ukraine Sinks Russian Landing Ship Tsezar Kunikov With Naval Drones Off Crimea

Ukraine's military intelligence directorate (HUR) said on Wednesday that its naval drones had sunk the Russian Navy's Project 775 Ropucha-class landing ship Tsezar Kunikov off the southern coast of Crimea.
According to HUR, the special unit "Group 13" struck the ship with Magura V5 uncrewed surface vessels at around 4 a.m. local time near Alupka.
Footage released by the directorate shows at least three drones hitting the port side before the vessel lists heavily and goes down.
Ukraine's navy spokesman Dmytro Pletenchuk said most of the crew of around 90 had probably not been rescued.

The Russian defence ministry did not comment on the loss, saying only that it had destroyed six Ukrainian uncrewed boats in the Black Sea.
Kremlin spokesman Dmitry Peskov referred questions to the defence ministry.
It is the second large Russian warship sunk by Ukrainian naval drones in two weeks, after the missile corvette Ivanovets went down in the Donuzlav area on February 1.
Much of the Black Sea Fleet has moved from Sevastopol to Novorossiysk since last autumn.
In his address on Wednesday evening President Volodymyr Zelensky said the Black Sea "will be safe for Ukraine", and thanked the intelligence service.

The strike came as Kyiv's partners gathered in Brussels.
Defence ministers of the Ukraine Defense Contact Group, chaired by the United States, met there on Wednesday with Ukraine's Defence Minister Rustem Umerov, and Britain and Norway formally launched a Maritime Capability Coalition to help Ukraine build a navy that can operate in the Black Sea.
Two ex-Royal Navy Sandown-class minehunters meant for the coalition remain in Scotland after Turkey refused in January to let them through the Bosphorus under the Montreux Convention.
On Thursday NATO Secretary General Jens Stoltenberg told reporters at the alliance's defence ministers' meeting that Ukraine had pushed back the Black Sea Fleet and opened a corridor for its grain exports.
"This is a significant success," he said.

Moscow has not let up on Ukraine's ports.
Overnight, Russian drones again targeted port infrastructure in Odesa and Izmail, Ukraine's air force said.
Zelensky is due in Berlin and Paris on Friday to sign bilateral security agreements with Germany and France.
"""

# ---------------------------------------------------------------- b63en04 (Insurance Journal)
EN04 = """
War Risk Rates for Ukraine's Black Sea Ports Double After Ships Hit; Kyiv Seeks Wider State-Backed Cover

LONDON — Marine war risk premiums for voyages to Ukraine's Black Sea ports have roughly doubled over the past two weeks after Russian drones and missiles struck several merchant vessels in and around Odesa, brokers said on Monday.
Additional premiums now run at about 1% of a ship's hull value for a seven-day call, up from around 0.5% at the start of the month, according to two London brokers.
In the latest incident, a Panama-flagged bulk carrier loading sunflower oil at Chornomorsk was hit by a Russian drone late Saturday, injuring two crew members, Ukraine's infrastructure ministry said.

Ukrainian Foreign Minister Andrii Sybiha on Monday accused Moscow of "waging war on global food security" and called on the International Maritime Organization to condemn the attacks on civilian shipping.
President Volodymyr Zelensky discussed Black Sea security with Turkish President Recep Tayyip Erdogan in a phone call on Sunday, Zelensky's office said.
Erdogan repeated his offer to host talks on the safety of navigation in Istanbul, according to the Turkish presidency.
Kremlin spokesman Dmitry Peskov said Russia was still open to the Black Sea arrangements discussed with U.S. officials in Riyadh in March, but only if restrictions on the state agricultural bank Rosselkhozbank were lifted.
EU foreign policy chief Kaja Kallas has repeatedly ruled out any easing of sanctions before a full ceasefire.

The rise in rates comes days after U.S. President Donald Trump hosted Zelensky at the White House on Friday and said he planned to meet Russian President Vladimir Putin in Budapest in the coming weeks.
"Underwriters are pricing in the risk that the ports become a bargaining chip," said a marine war underwriter at a Lloyd's syndicate.

Kyiv wants to widen a state-backed scheme that has covered cargo and hulls in its grain corridor since 2023 with backing from the British government.
Ukraine's export credit agency said it was in talks with the U.S. International Development Finance Corporation about political risk cover for port operators under the reconstruction investment fund that Washington and Kyiv agreed in April.
The DFC said last week that it was studying the request but that no decision had been made.
Brokers said state-backed capacity could bring rates back below 0.75% if the attacks eased.
Shipments through the corridor have held up so far, with about 6.5 million metric tons of cargo moved in September, according to the ministry.
"""

# ---------------------------------------------------------------- b63en05 (Romania Insider)
EN05 = """
Constanța dockers strike over drone risk as Ukrainian grain piles up at Romania's main port

Dock workers at the port of Constanța, the main EU outlet for Ukrainian grain, walked off the job on Monday, demanding risk bonuses and better protection after drone debris fell near the port last week.
Some 40 bulk carriers were waiting at anchor on Wednesday, according to the port administration, and trucks carrying Ukrainian wheat and corn were backed up on the A2 motorway.
The union said the strike would continue until the government presented a "credible" safety plan.

The protest follows one of the heaviest Russian attacks on the Danube so far.
Russian drones struck the Ukrainian ports of Izmail and Reni on the night of September 9, and fragments of one drone were found in a field near Agigea, less than five kilometres from Constanța's southern basin.
Romania's foreign ministry summoned the Russian ambassador the next morning to protest the "repeated violation" of Romanian airspace.
The Russian embassy in Bucharest dismissed the protest as "Russophobic hysteria" and suggested the debris could have come from Ukrainian air defences.
Foreign ministry spokeswoman Maria Zakharova warned in Moscow that countries "turning their territory into a NATO staging ground" should not be surprised by the consequences.

NATO Secretary General Mark Rutte said on Friday that allied jets under the Eastern Sentry mission had been scrambled during the attack and that the alliance would send additional air defence assets to Romania's Black Sea coast.
European Commission President Ursula von der Leyen promised on Tuesday EUR 50 million to improve security at Constanța and at the Danube ports used for Ukrainian exports.
Ukrainian President Volodymyr Zelensky spoke by phone with Romanian President Nicușor Dan on Tuesday, urging a quick end to the blockade of the port and offering to share Ukraine's experience in intercepting drones.
Foreign Minister Andrii Sybiha accused Russia of deliberately targeting "the routes that feed Africa and the Middle East".

At sea the situation is calmer.
Turkey's navy escorted its 18th convoy of grain ships from the edge of its economic zone to the Bosphorus on Sunday, and Turkish Foreign Minister Hakan Fidan said on Tuesday that a second round of talks on a moratorium on attacks against merchant shipping could take place in Istanbul in October.
Prime Minister Ilie Bolojan is set to meet union leaders on Wednesday afternoon.
Farmers' associations warned that a strike lasting into October would also hit Romania's own autumn exports.
"""

# ---------------------------------------------------------------- b63en06 (The Maritime Executive)
EN06 = """
Turkey Bars Naval Drones From Its Black Sea EEZ After Istanbul Talks Fail to Agree Moratorium

Turkey says it will treat any uncrewed surface vessel that enters its Black Sea exclusive economic zone without authorization as a threat to navigation, after two days of talks in Istanbul between Russian and Ukrainian delegations ended without agreement on a moratorium on attacks against merchant shipping.
The Turkish Ministry of National Defense announced the measure on Thursday evening, saying the navy and coast guard would intercept such vessels from April 15.
Two shadow fleet tankers were struck by Ukrainian sea drones inside the Turkish EEZ in late November, and last month a grain carrier was hit off the Romanian coast in an attack Kyiv blamed on Russia.

The talks, hosted by Foreign Minister Hakan Fidan with a UN observer present, opened on Wednesday.
Russia's delegation was led by presidential aide Vladimir Medinsky and Ukraine's by Rustem Umerov, secretary of the National Security and Defense Council.
According to the Turkish foreign ministry, the sides agreed only to share information on drifting mines through the Turkish navy.
Medinsky told Russian media that Moscow would consider a moratorium only if the European Union reconnected Rosselkhozbank to SWIFT and reopened its ports to Russian-flagged ships.
Umerov rejected any link to sanctions and accused Russia of "using hunger as a weapon".
No date was set for a further round.
UN Secretary-General António Guterres encouraged the parties "to keep talking", his spokesperson said in New York.

Reactions to Ankara's drone ban were mostly positive.
Ukraine's navy said it had never operated in Turkish waters and would respect the zone.
Kremlin spokesman Dmitry Peskov said Moscow viewed the Turkish step "with understanding" and expected Ankara to enforce it "against everyone".
U.S. Secretary of State Marco Rubio spoke with Fidan by phone on Thursday evening and praised Turkey's role as mediator, the State Department said.

For owners, the picture is mixed.
The measure covers a corridor used by most tankers and bulkers heading for the Bosphorus, and one London broker said underwriters would "wait and see" before cutting war risk rates.
Additional premiums for Ukrainian ports stand at up to 1.5% of hull value, roughly double their level at the start of the year.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b63en01_imo_council_safe_corridor_2022_03", "2022-03-11", EN01,
        [
            T("Friday", "DATE", "2022-03-11"),
            T("two-day", "DURATION", "P2D"),
            T("Wednesday", "DATE", "2022-03-09"),
            T("each day", "SET", "P1D"),
            T("February 24", "DATE", "2022-02-24"),
            T("March 2", "DATE", "2022-03-02"),
            T("March 3", "DATE", "2022-03-03"),
            T("Monday", "DATE", "2022-03-07"),
            T("Thursday", "DATE", "2022-03-10"),
            T("February", "DATE", "2022-02", 1),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("IMO Council calls for a blue safe maritime corridor for ships and seafarers", "REQUEST",
              ["United Nations", "Russia", "Ukraine"], "2022-03-11", "text", "occurred",
              "The International Maritime Organization's governing Council on Friday"),
            E("Two-day extraordinary session of the IMO Council at Ukraine's request", "CONSULT",
              ["United Nations", "Ukraine", "Russia"], "2022-03-11", "context", "occurred",
              "two-day extraordinary session", note="session of 10-11 March 2022"),
            E("Ukraine requests the extraordinary session", "REQUEST", ["Ukraine", "United Nations"], "2022-03-11",
              "published", "occurred", "two-day extraordinary session", note="requested before the session"),
            E("IMO Council deplores Russia's attacks on Ukraine", "ACCUSE", ["United Nations", "Russia"],
              "2022-03-11", "context", "occurred", "deplored"),
            E("Russia's delegate rejects the session as politicised", "REJECT", ["Russia", "United Nations"],
              "2022-03-11", "context", "occurred", "politicised"),
            E("Russia blames Ukrainian mines and forces for keeping ships in port", "ACCUSE", ["Russia", "Ukraine"],
              "2022-03-11", "context", "occurred", "politicised"),
            E("Russian defence ministry announces a daily humanitarian corridor for foreign vessels", "AGREE",
              ["Russia"], "2022-03-09", "text", "occurred", "would open a humanitarian corridor"),
            E("Ukraine dismisses the Russian corridor offer", "REJECT", ["Ukraine", "Russia"], "2022-03-11",
              "context", "occurred", "Ukraine dismissed the offer"),
            E("Ukraine accuses Russian warships of mining waters off Odesa and firing on civilian ships", "ACCUSE",
              ["Ukraine", "Russia"], "2022-03-11", "context", "occurred", "Ukraine dismissed the offer"),
            E("Kyiv urges IMO members to close their ports to Russian-flagged ships", "REQUEST",
              ["Ukraine", "United Nations", "Russia"], "2022-03-11", "context", "occurred",
              "Kyiv also urged member states"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "since Russian forces invaded"),
            E("Russian missile strikes the bulker Banglar Samriddhi in Olvia", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03-02", "text", "occurred", "Banglar Samriddhi"),
            E("FSB accuses Ukraine of laying some 420 mines off its ports", "ACCUSE", ["Russia", "Ukraine"],
              "2022-03-07", "text", "occurred", "Federal Security Service claimed"),
            E("Lavrov and Kuleba meet in Antalya, hosted by Turkey", "CONSULT", ["Sergey Lavrov", "Ukraine", "Turkey"],
              "2022-03-10", "text", "occurred", "meeting in the Turkish resort of Antalya"),
            E("No agreement on a humanitarian ceasefire in Antalya", "REJECT", ["Sergey Lavrov", "Ukraine"],
              "2022-03-10", "text", "occurred", "meeting in the Turkish resort of Antalya"),
            E("Lavrov: talks in the Belarus format will continue", "AGREE", ["Sergey Lavrov", "Ukraine"], "2022-03-10",
              "context", "planned", "Lavrov told reporters afterwards"),
        ],
        [
            S("United Nations", "IMO Council calls for a blue safe maritime corridor", "2022-03-11", "text",
              "The International Maritime Organization's governing Council on Friday"),
            S("United Nations", "The Council deplores Russia's attacks, which put shipping, seafarers and the "
              "environment at risk", "2022-03-11", "context", "deplored"),
            S("United Nations", "Kitack Lim: about 1,000 seafarers on close to 100 ships are stranded",
              "2022-03-11", "context", "Kitack Lim told delegates"),
            S("Russia", "Russia's delegation objected", "2022-03-11", "context", "Russia's delegation objected."),
            S("Russia", "The session is politicised; Ukrainian mines and forces keep ships in port", "2022-03-11",
              "context", "politicised"),
            S("Russia", "Defence ministry will open a daily humanitarian corridor for foreign vessels", "2022-03-09",
              "text", "would open a humanitarian corridor"),
            S("Ukraine", "Dismisses the offer; Russian warships lay mines and fire on civilian ships", "2022-03-11",
              "context", "Ukraine dismissed the offer"),
            S("Ukraine", "Member states should close their ports to Russian-flagged ships", "2022-03-11", "context",
              "Kyiv also urged member states"),
            S("Russia", "FSB: Ukraine laid some 420 mines, several broke loose", "2022-03-07", "text",
              "Federal Security Service claimed"),
            S("Sergey Lavrov", "Russia did not attack Ukraine; talks in the Belarus format will continue", "2022-03-10",
              "context", "Lavrov told reporters afterwards"),
        ],
        ["United Nations", "Russia", "Ukraine", "Sergey Lavrov", "Turkey"],
    ),
    doc(
        "b63en02_istanbul_grain_talks_egypt_2022_07", "2022-07-14", EN02,
        [
            T("Wednesday", "DATE", "2022-07-13", 0),
            T("nearly four hours", "DURATION", "PT4H", mod="APPROX"),
            T("next week", "DATE", "2022-W29"),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday evening", "TIME", "2022-07-13TEV"),
            T("next Tuesday", "DATE", "2022-07-19"),
            T("April", "DATE", "2022-04"),
            T("February", "DATE", "2022-02"),
            T("Wednesday", "DATE", "2022-07-13", 2),
            T("mid-November", "DATE", "2022-11", mod="MID"),
            T("Tuesday", "DATE", "2022-07-12", 1),
            T("this month", "DATE", "2022-07"),
            T("the spring", "DATE", "2022-SP"),
        ],
        [
            E("Russian and Ukrainian military delegations meet in Istanbul on grain exports", "CONSULT",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-13", "text", "occurred",
              "Russian and Ukrainian military delegations reached agreement"),
            E("Agreement on a coordination centre, joint checks and safe navigation", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-07-13", "context", "occurred",
              "coordination centre in Istanbul"),
            E("Delegations to meet again in Turkey to review and sign the documents", "CONSULT",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-W29", "text", "planned",
              "will meet again in Turkey next week"),
            E("Guterres hails the talks as a critical step forward", "SUPPORT", ["António Guterres"], "2022-07-14",
              "published", "occurred", "a critical step forward"),
            E("Russia puts forward a package of proposals", "REQUEST", ["Russia"], "2022-07-13", "context",
              "occurred", "package of proposals"),
            E("Moscow demands lifting of restrictions on its grain and fertiliser exports", "REQUEST", ["Russia"],
              "2022-07-14", "published", "occurred", "package of proposals"),
            E("State Department welcomes the progress", "SUPPORT", ["United States"], "2022-07-14", "published",
              "occurred", "Ned Price welcomed"),
            E("Erdogan to discuss the plan with Putin at the Tehran summit", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-07-19", "text", "planned", "summit in Tehran"),
            E("Guterres raises the corridor idea with Putin in Moscow", "CONSULT", ["António Guterres", "Vladimir Putin"],
              "2022-04", "text", "occurred", "Guterres first raised the idea", note="visit of 26 April 2022"),
            E("Guterres proposes a corridor for Ukrainian grain", "REQUEST", ["António Guterres", "Vladimir Putin"],
              "2022-04", "text", "occurred", "Guterres first raised the idea"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "since Russia's invasion in February"),
            E("Moscow accuses Kyiv of blocking its own ports with mines", "ACCUSE", ["Russia", "Ukraine"],
              "2022-07-14", "published", "occurred", "since Russia's invasion in February"),
            E("Russian missiles strike Mykolaiv", "ASSAULT", ["Russia", "Ukraine"], "2022-07-13", "text", "occurred",
              "struck the southern port city of Mykolaiv"),
            E("Shoukry–Lavrov phone call on the grain talks", "CONSULT", ["Sergey Lavrov"], "2022-07-12", "text",
              "occurred", "discussed the grain talks in a phone call"),
            E("Lavrov due in Cairo on an African tour", "CONSULT", ["Sergey Lavrov"], "2022-07", "text", "planned",
              "Lavrov is due in the Egyptian capital"),
        ],
        [
            S("Turkey", "Akar: the delegations reached agreement on key technical points", "2022-07-13", "text",
              "Russian and Ukrainian military delegations reached agreement"),
            S("Turkey", "Akar: coordination centre in Istanbul, joint checks, safe navigation", "2022-07-13",
              "context", "coordination centre in Istanbul"),
            S("Turkey", "Akar: delegations will meet again next week to sign the documents", "2022-07-13", "context",
              "will meet again in Turkey next week"),
            S("António Guterres", "A critical step forward, but more technical work will now be needed", "2022-07-14",
              "published", "a critical step forward"),
            S("Volodymyr Zelensky", "The delegation reported progress; much depends on Moscow keeping its word",
              "2022-07-13TEV", "text", "Wednesday evening"),
            S("Russia", "Defence ministry put forward proposals to solve the issue as soon as possible", "2022-07-14",
              "published", "package of proposals"),
            S("United States", "Price welcomes the progress; Russia will be judged by its actions", "2022-07-14",
              "published", "Ned Price welcomed"),
            S("Russia", "Kyiv is blocking its own ports with mines", "2022-07-14", "published",
              "since Russia's invasion in February"),
            S("Ukraine", "Regional officials: Russian missiles struck Mykolaiv again", "2022-07-14", "published",
              "struck the southern port city of Mykolaiv"),
        ],
        ["Russia", "Ukraine", "Turkey", "United Nations", "António Guterres", "Volodymyr Zelensky", "United States",
         "Recep Tayyip Erdoğan", "Vladimir Putin", "Sergey Lavrov"],
    ),
    doc(
        "b63en03_tsezar_kunikov_naval_drones_2024_02", "2024-02-15", EN03,
        [
            T("Wednesday", "DATE", "2024-02-14", 0),
            T("around 4 a.m. local time", "TIME", "2024-02-14T04:00", mod="APPROX", note="local time (UTC+3)"),
            T("two weeks", "DURATION", "P2W"),
            T("February 1", "DATE", "2024-02-01"),
            T("last autumn", "DATE", "2023-FA"),
            T("Wednesday evening", "TIME", "2024-02-14TEV"),
            T("Wednesday", "DATE", "2024-02-14", 2),
            T("January", "DATE", "2024-01"),
            T("Thursday", "DATE", "2024-02-15"),
            T("Overnight", "TIME", "2024-02-14TNI", note="night of 14 to 15 February 2024"),
            T("Friday", "DATE", "2024-02-16"),
        ],
        [
            E("Ukrainian naval drones sink the landing ship Tsezar Kunikov off Crimea", "ASSAULT",
              ["Ukraine", "Russia"], "2024-02-14T04:00", "text", "occurred",
              'special unit "Group 13" struck the ship'),
            E("Ukrainian naval drones sink the corvette Ivanovets", "ASSAULT", ["Ukraine", "Russia"], "2024-02-01",
              "text", "occurred", "Ivanovets went down"),
            E("Ukraine Defense Contact Group meets in Brussels with Umerov", "CONSULT",
              ["United States", "Rustem Umerov"], "2024-02-14", "text", "occurred",
              "Defence ministers of the Ukraine Defense Contact Group"),
            E("Britain and Norway launch a Maritime Capability Coalition for Ukraine", "COOPERATE",
              ["United Kingdom", "Ukraine"], "2024-02-14", "text", "occurred", "Maritime Capability Coalition"),
            E("Turkey refuses to let the minehunters through the Bosphorus", "REJECT",
              ["Turkey", "United Kingdom", "Ukraine"], "2024-01", "text", "occurred", "after Turkey refused in January"),
            E("NATO defence ministers' meeting", "CONSULT", ["NATO", "Jens Stoltenberg"], "2024-02-15", "text",
              "occurred", "alliance's defence ministers' meeting"),
            E("Stoltenberg praises Ukraine's success in the Black Sea", "SUPPORT", ["Jens Stoltenberg", "Ukraine"],
              "2024-02-15", "context", "occurred", "This is a significant success"),
            E("Russian drones target port infrastructure in Odesa and Izmail", "ASSAULT", ["Russia", "Ukraine"],
              "2024-02-14TNI", "text", "occurred", "Russian drones again targeted port infrastructure"),
            E("Zelensky to visit Berlin", "CONSULT", ["Volodymyr Zelensky", "Germany"], "2024-02-16", "text",
              "planned", "Zelensky is due in Berlin and Paris"),
            E("Zelensky to visit Paris", "CONSULT", ["Volodymyr Zelensky", "France"], "2024-02-16", "text",
              "planned", "Zelensky is due in Berlin and Paris"),
            E("Bilateral security agreements with Germany and France to be signed", "AGREE",
              ["Volodymyr Zelensky", "Germany", "France"], "2024-02-16", "text", "planned",
              "Zelensky is due in Berlin and Paris"),
        ],
        [
            S("Ukraine", "HUR: naval drones sank the landing ship Tsezar Kunikov", "2024-02-14", "text",
              "military intelligence directorate (HUR) said on Wednesday"),
            S("Ukraine", "HUR: Group 13 struck the ship with Magura V5 drones near Alupka", "2024-02-14", "context",
              'special unit "Group 13" struck the ship'),
            S("Ukraine", "Pletenchuk: most of the crew were probably not rescued", "2024-02-15", "published",
              "Dmytro Pletenchuk said"),
            S("Russia", "Defence ministry: six Ukrainian uncrewed boats destroyed in the Black Sea", "2024-02-15",
              "published", "did not comment on the loss"),
            S("Dmitry Peskov", "Refers questions to the defence ministry", "2024-02-15", "published",
              "Kremlin spokesman Dmitry Peskov referred questions"),
            S("Volodymyr Zelensky", "The Black Sea will be safe for Ukraine; thanks the intelligence service",
              "2024-02-14TEV", "text", "will be safe for Ukraine"),
            S("Jens Stoltenberg", "Ukraine has pushed back the Black Sea Fleet and opened a grain corridor",
              "2024-02-15", "text", "told reporters at the alliance's defence ministers' meeting"),
            S("Jens Stoltenberg", "This is a significant success", "2024-02-15", "context",
              "This is a significant success"),
            S("Ukraine", "Air force: Russian drones again targeted port infrastructure in Odesa and Izmail",
              "2024-02-15", "published", "Russian drones again targeted port infrastructure"),
        ],
        ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "United States", "Rustem Umerov",
         "United Kingdom", "Turkey", "NATO", "Jens Stoltenberg", "Germany", "France"],
    ),
    doc(
        "b63en04_war_risk_rates_odesa_2025_10", "2025-10-21", EN04,
        [
            T("the past two weeks", "DURATION", "P2W"),
            T("Monday", "DATE", "2025-10-20", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("seven-day", "DURATION", "P7D"),
            T("the start of the month", "DATE", "2025-10", mod="START"),
            T("late Saturday", "TIME", "2025-10-18TNI"),
            T("Monday", "DATE", "2025-10-20", 1),
            T("Sunday", "DATE", "2025-10-19"),
            T("March", "DATE", "2025-03"),
            T("Friday", "DATE", "2025-10-17"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("2023", "DATE", "2023"),
            T("April", "DATE", "2025-04"),
            T("last week", "DATE", "2025-W42"),
            T("September", "DATE", "2025-09"),
        ],
        [
            E("Russian drones and missiles strike merchant vessels in and around Odesa", "ASSAULT",
              ["Russia", "Ukraine"], "2025-10", "text", "occurred", "have roughly doubled over the past two weeks",
              note="over the two weeks before 20 October 2025"),
            E("Russian drone hits a bulk carrier at Chornomorsk", "ASSAULT", ["Russia", "Ukraine"], "2025-10-18TNI",
              "text", "occurred", "loading sunflower oil at Chornomorsk"),
            E("Sybiha accuses Moscow of waging war on global food security", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-10-20", "text", "occurred", "waging war on global food security"),
            E("Sybiha calls on the IMO to condemn the attacks on civilian shipping", "REQUEST",
              ["Andrii Sybiha", "United Nations"], "2025-10-20", "text", "occurred",
              "waging war on global food security"),
            E("Zelensky–Erdogan phone call on Black Sea security", "CONSULT",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], "2025-10-19", "text", "occurred",
              "discussed Black Sea security with Turkish President"),
            E("Erdogan repeats his offer to host navigation talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2025-10-19", "context", "occurred",
              "Erdogan repeated his offer"),
            E("Peskov: Russia still open to the Black Sea arrangements", "AGREE", ["Dmitry Peskov", "United States"],
              "2025-10-21", "published", "occurred", "Kremlin spokesman Dmitry Peskov said Russia was still open"),
            E("Russia demands lifting of restrictions on Rosselkhozbank", "REQUEST", ["Dmitry Peskov"], "2025-10-21",
              "published", "occurred", "Kremlin spokesman Dmitry Peskov said Russia was still open"),
            E("Black Sea arrangements discussed by Russia and the US in Riyadh", "CONSULT", ["Russia", "United States"],
              "2025-03", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Russia was still open"),
            E("Kallas rules out easing sanctions before a full ceasefire", "REJECT", ["Kaja Kallas", "Russia"],
              "2025-10-21", "published", "occurred", "has repeatedly ruled out"),
            E("Trump hosts Zelensky at the White House", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-10-17", "text", "occurred", "hosted Zelensky at the White House"),
            E("Trump plans to meet Putin in Budapest", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "hosted Zelensky at the White House"),
            E("British-backed insurance scheme for Ukraine's grain corridor", "AID", ["United Kingdom", "Ukraine"],
              "2023", "text", "occurred", "widen a state-backed scheme", date_mod="START"),
            E("Ukraine in talks with the US DFC on political risk cover for port operators", "CONSULT",
              ["Ukraine", "United States"], "2025-10-21", "published", "occurred",
              "export credit agency said it was in talks"),
            E("Washington and Kyiv agreed the reconstruction investment fund", "AGREE", ["United States", "Ukraine"],
              "2025-04", "text", "occurred", "export credit agency said it was in talks", note="signed 30 April 2025"),
            E("DFC studies Ukraine's request for political risk cover", "AID", ["United States", "Ukraine"],
              "2025-W42", "text", "uncertain", "The DFC said last week"),
        ],
        [
            S("Ukraine", "Infrastructure ministry: a bulk carrier was hit at Chornomorsk, two crew injured",
              "2025-10-21", "published", "loading sunflower oil at Chornomorsk"),
            S("Andrii Sybiha", "Moscow is waging war on global food security; the IMO should condemn the attacks",
              "2025-10-20", "text", "waging war on global food security"),
            S("Volodymyr Zelensky", "Discussed Black Sea security with Erdogan", "2025-10-19", "text",
              "discussed Black Sea security with Turkish President"),
            S("Recep Tayyip Erdoğan", "Repeats his offer to host navigation talks in Istanbul", "2025-10-19",
              "context", "Erdogan repeated his offer"),
            S("Dmitry Peskov", "Russia is open to the Black Sea arrangements only if Rosselkhozbank restrictions are "
              "lifted", "2025-10-21", "published", "Kremlin spokesman Dmitry Peskov said Russia was still open"),
            S("Kaja Kallas", "No easing of sanctions before a full ceasefire", "2025-10-21", "published",
              "has repeatedly ruled out"),
            S("Donald Trump", "Plans to meet Putin in Budapest in the coming weeks", "2025-10-17", "context",
              "hosted Zelensky at the White House"),
            S("Ukraine", "Export credit agency is in talks with the DFC on political risk cover", "2025-10-21",
              "published", "export credit agency said it was in talks"),
            S("United States", "DFC is studying the request; no decision yet", "2025-W42", "text",
              "The DFC said last week"),
            S("Ukraine", "About 6.5 million tons of cargo moved through the corridor in September", "2025-10-21",
              "published", "6.5 million metric tons"),
        ],
        ["Russia", "Ukraine", "Andrii Sybiha", "United Nations", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
         "Turkey", "Kremlin", "Dmitry Peskov", "United States", "European Union", "Kaja Kallas", "Donald Trump",
         "Vladimir Putin", "United Kingdom"],
    ),
    doc(
        "b63en05_constanta_dockers_strike_2026_09", "2026-09-16", EN05,
        [
            T("Monday", "DATE", "2026-09-14"),
            T("last week", "DATE", "2026-W37"),
            T("Wednesday", "DATE", "2026-09-16", 0),
            T("the night of September 9", "TIME", "2026-09-09TNI"),
            T("the next morning", "TIME", "2026-09-10TMO"),
            T("Friday", "DATE", "2026-09-11"),
            T("Tuesday", "DATE", "2026-09-15", 0),
            T("Tuesday", "DATE", "2026-09-15", 1),
            T("Sunday", "DATE", "2026-09-13"),
            T("Tuesday", "DATE", "2026-09-15", 2),
            T("October", "DATE", "2026-10", 0),
            T("Wednesday afternoon", "TIME", "2026-09-16TAF"),
            T("October", "DATE", "2026-10", 1),
            T("autumn", "DATE", "2026-FA"),
        ],
        [
            E("Russian drones strike the Danube ports of Izmail and Reni", "ASSAULT", ["Russia", "Ukraine"],
              "2026-09-09TNI", "text", "occurred", "Russian drones struck the Ukrainian ports"),
            E("Romania summons the Russian ambassador over the airspace violation", "ACCUSE", ["Russia"],
              "2026-09-10TMO", "text", "occurred", "summoned the Russian ambassador",
              note="Romania is not a canonical actor"),
            E("Russian embassy dismisses the protest as Russophobic hysteria", "REJECT", ["Russia"], "2026-09-16",
              "published", "occurred", "Russophobic hysteria"),
            E("Russian embassy suggests the debris came from Ukrainian air defences", "ACCUSE", ["Russia", "Ukraine"],
              "2026-09-16", "published", "occurred", "Russophobic hysteria"),
            E("Zakharova warns countries that become a NATO staging ground of consequences", "THREATEN",
              ["Maria Zakharova", "NATO"], "2026-09-16", "published", "occurred", "NATO staging ground"),
            E("NATO jets scrambled under Eastern Sentry during the attack", "MOBILIZE", ["NATO"], "2026-09-09TNI",
              "context", "occurred", "Mark Rutte said on Friday"),
            E("NATO to send more air defence to Romania's Black Sea coast", "MOBILIZE", ["NATO", "Mark Rutte"],
              "2026-09-11", "context", "planned", "Mark Rutte said on Friday"),
            E("Von der Leyen promises EUR 50 million for port security at Constanța and the Danube ports",
              "AID", ["Ursula von der Leyen", "Ukraine"], "2026-09-15", "text", "occurred",
              "promised on Tuesday EUR 50 million"),
            E("Zelensky phones Romania's president", "CONSULT", ["Volodymyr Zelensky"], "2026-09-15", "text",
              "occurred", "spoke by phone with Romanian President"),
            E("Zelensky urges a quick end to the port blockade", "REQUEST", ["Volodymyr Zelensky"], "2026-09-15",
              "text", "occurred", "spoke by phone with Romanian President"),
            E("Zelensky offers Ukraine's experience in intercepting drones", "REQUEST", ["Volodymyr Zelensky"],
              "2026-09-15", "text", "occurred", "spoke by phone with Romanian President"),
            E("Sybiha accuses Russia of targeting the routes that feed Africa and the Middle East", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2026-09-16", "published", "occurred", "Sybiha accused Russia"),
            E("Turkish navy escorts its 18th grain convoy to the Bosphorus", "MOBILIZE", ["Turkey"], "2026-09-13",
              "text", "occurred", "escorted its 18th convoy"),
            E("Second round of Istanbul talks on a shipping moratorium possible in October", "CONSULT",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-10", "text", "uncertain", "escorted its 18th convoy"),
        ],
        [
            S("Russia", "Embassy: the protest is Russophobic hysteria; the debris may be from Ukrainian air defences",
              "2026-09-16", "published", "Russophobic hysteria"),
            S("Maria Zakharova", "Countries turning their territory into a NATO staging ground should not be "
              "surprised by the consequences", "2026-09-16", "published", "NATO staging ground"),
            S("Mark Rutte", "Jets were scrambled; the alliance will send more air defence to Romania's coast",
              "2026-09-11", "text", "Mark Rutte said on Friday"),
            S("Ursula von der Leyen", "Promises EUR 50 million for port security", "2026-09-15", "text",
              "promised on Tuesday EUR 50 million"),
            S("Volodymyr Zelensky", "Urges a quick end to the port blockade; offers drone-interception experience",
              "2026-09-15", "text", "spoke by phone with Romanian President"),
            S("Andrii Sybiha", "Russia deliberately targets the routes that feed Africa and the Middle East",
              "2026-09-16", "published", "Sybiha accused Russia"),
            S("Hakan Fidan", "A second round of moratorium talks could take place in Istanbul in October", "2026-09-15",
              "text", "escorted its 18th convoy"),
        ],
        ["European Union", "Ukraine", "Russia", "Maria Zakharova", "NATO", "Mark Rutte", "Ursula von der Leyen",
         "Volodymyr Zelensky", "Andrii Sybiha", "Turkey", "Hakan Fidan"],
    ),
    doc(
        "b63en06_turkey_usv_ban_istanbul_talks_2026_04", "2026-04-10", EN06,
        [
            T("two days", "DURATION", "P2D"),
            T("Thursday evening", "TIME", "2026-04-09TEV", 0),
            T("April 15", "DATE", "2026-04-15"),
            T("late November", "DATE", "2025-11", mod="END"),
            T("last month", "DATE", "2026-03"),
            T("Wednesday", "DATE", "2026-04-08"),
            T("Thursday evening", "TIME", "2026-04-09TEV", 1),
            T("the start of the year", "DATE", "2026", mod="START"),
        ],
        [
            E("Turkey warns it will intercept uncrewed surface vessels entering its EEZ from April 15", "THREATEN",
              ["Turkey", "Russia", "Ukraine"], "2026-04-09TEV", "context", "occurred",
              "Turkey says it will treat any uncrewed surface vessel", note="in force from 15 April 2026"),
            E("Two days of Russia–Ukraine talks in Istanbul hosted by Fidan", "CONSULT",
              ["Hakan Fidan", "Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov", "United Nations"],
              "2026-04-08", "text", "occurred", "The talks, hosted by Foreign Minister Hakan Fidan",
              date_mod="START", note="8-9 April 2026"),
            E("No agreement on a moratorium on attacks against merchant shipping", "REJECT", ["Russia", "Ukraine"],
              "2026-04-09", "context", "occurred", "Turkey says it will treat any uncrewed surface vessel"),
            E("Ukrainian sea drones strike two shadow-fleet tankers inside the Turkish EEZ", "ASSAULT", ["Ukraine", "Russia"], "2025-11",
              "text", "occurred", "Two shadow fleet tankers were struck", date_mod="END"),
            E("Grain carrier hit off the Romanian coast", "ASSAULT", ["Russia", "Ukraine"], "2026-03", "text", "occurred",
              "Two shadow fleet tankers were struck", note="attributed to Russia by Kyiv"),
            E("Kyiv blames Russia for the attack on the grain carrier", "ACCUSE", ["Ukraine", "Russia"], "2026-03",
              "context", "occurred", "Two shadow fleet tankers were struck"),
            E("Sides agree to share information on drifting mines through the Turkish navy", "AGREE",
              ["Russia", "Ukraine", "Turkey"], "2026-04-09", "context", "occurred", "agreed only to share information"),
            E("Medinsky demands SWIFT for Rosselkhozbank and reopened EU ports as conditions for a moratorium",
              "REQUEST", ["Vladimir Medinsky", "European Union"], "2026-04-09", "context", "occurred",
              "Moscow would consider a moratorium only if"),
            E("Umerov rejects any link to sanctions", "REJECT", ["Rustem Umerov", "Russia"], "2026-04-09", "context",
              "occurred", "Umerov rejected any link to sanctions"),
            E("Umerov accuses Russia of using hunger as a weapon", "ACCUSE", ["Rustem Umerov", "Russia"], "2026-04-09",
              "context", "occurred", "Umerov rejected any link to sanctions"),
            E("Guterres encourages the parties to keep talking", "REQUEST", ["António Guterres", "Russia", "Ukraine"],
              "2026-04-10", "published", "occurred", "to keep talking"),
            E("Ukraine's navy pledges to respect the Turkish zone", "AGREE", ["Ukraine", "Turkey"], "2026-04-10",
              "published", "occurred", "would respect the zone"),
            E("Peskov welcomes the Turkish step with understanding", "SUPPORT", ["Dmitry Peskov", "Turkey"],
              "2026-04-10", "published", "occurred", "with understanding"),
            E("Peskov expects Ankara to enforce the ban against everyone", "REQUEST", ["Dmitry Peskov", "Turkey"],
              "2026-04-10", "published", "occurred", "with understanding"),
            E("Rubio–Fidan phone call", "CONSULT", ["Marco Rubio", "Hakan Fidan"], "2026-04-09TEV", "text",
              "occurred", "spoke with Fidan by phone"),
            E("Rubio praises Turkey's role as mediator", "SUPPORT", ["Marco Rubio", "Turkey"], "2026-04-09TEV",
              "text", "occurred", "spoke with Fidan by phone"),
        ],
        [
            S("Turkey", "Uncrewed surface vessels entering the EEZ without authorization will be treated as a threat",
              "2026-04-09TEV", "context", "Turkey says it will treat any uncrewed surface vessel"),
            S("Turkey", "Defence ministry: navy and coast guard will intercept such vessels from April 15",
              "2026-04-09TEV", "text", "announced the measure on Thursday evening"),
            S("Turkey", "Foreign ministry: the sides agreed only to share information on drifting mines", "2026-04-09",
              "context", "agreed only to share information"),
            S("Vladimir Medinsky", "Moscow would consider a moratorium only if Rosselkhozbank is reconnected to SWIFT "
              "and EU ports reopen", "2026-04-09", "context", "Moscow would consider a moratorium only if"),
            S("Rustem Umerov", "Rejects any link to sanctions; Russia is using hunger as a weapon", "2026-04-09",
              "context", "Umerov rejected any link to sanctions"),
            S("António Guterres, via United Nations", "Encourages the parties to keep talking", "2026-04-10",
              "published", "to keep talking"),
            S("Ukraine", "Navy: never operated in Turkish waters and will respect the zone", "2026-04-10", "published",
              "would respect the zone"),
            S("Dmitry Peskov", "Moscow views the step with understanding and expects it enforced against everyone",
              "2026-04-10", "published", "with understanding"),
            S("Marco Rubio", "Praises Turkey's role as mediator", "2026-04-09TEV", "text",
              "spoke with Fidan by phone"),
        ],
        ["Turkey", "Russia", "Ukraine", "Hakan Fidan", "United Nations", "Vladimir Medinsky", "Rustem Umerov",
         "European Union", "António Guterres", "Kremlin", "Dmitry Peskov", "United States", "Marco Rubio"],
    ),
]
