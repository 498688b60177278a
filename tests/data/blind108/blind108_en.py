"""English articles of the blind108 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b108en01 (The News, Portsmouth)
EN01 = """
Portsmouth warship HMS Defender at centre of Black Sea row with Russia

Russia has summoned Britain's ambassador in Moscow after the Portsmouth-based destroyer HMS Defender sailed through waters off Crimea that the Kremlin claims as its own.
The Type 45 destroyer, which left the city in May with the Carrier Strike Group led by HMS Queen Elizabeth, was passing Cape Fiolent on its way from Odesa to Georgia on Wednesday morning when Russian patrol boats and aircraft shadowed it.
Moscow said a border guard vessel fired warning shots and a Su-24 jet dropped four bombs in the ship's path after the crew ignored warnings to leave.
The Ministry of Defence in London denied that any shots had been fired at the ship and said Russia had been carrying out a gunnery exercise it had announced in advance.
"The Royal Navy ship is conducting innocent passage through Ukrainian territorial waters in accordance with international law," an MoD spokesperson said.

The Russian foreign ministry summoned Ambassador Deborah Bronnert on Thursday, after the British defence attache had already been called in over what it described as a "dangerous action".
Kremlin spokesman Dmitry Peskov called the passage a "deliberate and prepared provocation" and said Russia would defend its borders by all means if it happened again.
Deputy foreign minister Sergei Ryabkov warned that next time Russia could drop bombs "not only in the path but on target".

Prime Minister Boris Johnson said on Thursday that it was "entirely appropriate" to use international waters and insisted the ship had done nothing wrong.
"We don't recognise the Russian annexation of Crimea, these are Ukrainian waters," he told reporters during a visit to a vaccination centre in Kent.
Ukraine's foreign ministry thanked London for its support and condemned what it called Russia's "aggressive actions" in the Black Sea.
A Nato spokesperson said the alliance stood firmly behind freedom of navigation in international waters.

On Monday, Defender hosted Ukrainian officials in Odesa for the signing of a memorandum under which Britain will help Ukraine build up its navy.
Defence Secretary Ben Wallace said the deal showed the UK's "unwavering commitment" to Ukraine's sovereignty.

In Portsmouth, the families of the ship's roughly 190 sailors were told by the navy that the crew was safe and well.
Portsmouth South MP Stephen Morgan said the city was "proud" of the crew and urged ministers to keep families informed.
The strike group is due back in Portsmouth in December after a seven-month deployment to the Indo-Pacific.
"""

# ---------------------------------------------------------------- b108en02 (Yeni Şafak English)
EN02 = """
Türkiye says it does not recognize Russian Duma vote held in Crimea

ANKARA - Türkiye does not recognize the elections to the Russian State Duma held on the Crimean peninsula, the Turkish Foreign Ministry said Monday, reiterating Ankara's support for Ukraine's territorial integrity.
"We do not recognize the illegal annexation of Crimea, and therefore the elections held there have no legal validity for us," the ministry said in a written statement.
It added that Türkiye would continue to closely follow the situation of the Crimean Tatar Turks, whom it described as the indigenous people of the peninsula.

Voting in the three-day election ended Sunday, with United Russia, the party backing President Vladimir Putin, winning nearly half of the vote, according to Russia's Central Election Commission.
Residents of Crimea and the city of Sevastopol voted for the Duma for the second time after 2016.

Ukraine's Foreign Ministry said the vote in Crimea was "null and void" and urged the international community not to recognize its results.
Foreign Minister Dmytro Kuleba thanked Ankara on Twitter for its "principled position."
The European Union also said Monday it would not recognize the elections in Crimea, and EU foreign policy chief Josep Borrell said the bloc would consider further measures against those responsible.
The U.S. State Department said Washington did not recognize the results of the vote in Crimea.

Moscow rejected the criticism.
Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Russia "cannot agree" with Ankara's position, since Crimea is "an inseparable part of the Russian Federation."
Russian Foreign Ministry spokeswoman Maria Zakharova accused Western countries of interfering in Russia's internal affairs.

The statement comes a week before President Recep Tayyip Erdoğan is due to travel to the Russian resort city of Sochi for talks with Putin on Sept. 29.
The two leaders are expected to discuss Syria's Idlib province, defense cooperation and the situation in the Black Sea.
Speaking to reporters in New York on Monday ahead of the UN General Assembly, Erdoğan said Türkiye attached great importance to Ukraine's territorial integrity, "including Crimea."

Türkiye, home to a large Crimean Tatar diaspora, has refused to recognize the annexation since 2014 while maintaining close ties with both Moscow and Kyiv.
Foreign Minister Mevlüt Çavuşoğlu attended the founding summit of the Kyiv-led Crimea Platform last month.
"""

# ---------------------------------------------------------------- b108en03 (QHA media)
EN03 = """
Fourth Crimea Platform summit: "Crimea will be free," Zelensky says as partners renew non-recognition pledge

KYIV (QHA media) - Leaders and officials from more than 60 countries and international organizations took part in the fourth summit of the Crimea Platform in Kyiv and online on Wednesday.
"Crimea will be free, and the Crimean Tatar people will return home," President Volodymyr Zelensky said in his opening address, adding that the de-occupation of the peninsula remained a strategic goal of Ukraine.
Participants adopted a joint declaration reaffirming that they would never recognize the attempted annexation and condemning the persecution of Crimean Tatars and other Ukrainian citizens on the peninsula.
The declaration calls on Russia to release all political prisoners, whose number Ukrainian human rights groups put at more than 200, most of them Crimean Tatars.

It was the first Crimea Platform summit for Andrii Sybiha, who took office as foreign minister last week.
Sybiha proposed a new format of Black Sea security talks with partner states and asked allies to help protect civilian shipping from Russian attacks.
Turkish Foreign Minister Hakan Fidan, speaking by video, said Türkiye's position on Crimea "has not changed and will not change" and that Ankara would continue to stand by the Crimean Tatars.
Polish President Andrzej Duda also addressed the summit by video link.

Among the speakers was Nariman Dzhelyal, the first deputy chairman of the Mejlis of the Crimean Tatar people, who was freed from Russian captivity in June in a prisoner exchange after almost three years in detention.
"I was arrested because I came to this platform in 2021, and today I am here again," he said.
Mejlis chairman Refat Chubarov urged the partners to put the fate of Crimean Tatar political prisoners on the agenda of any future negotiations.

The summit coincided with a visit by U.S. Secretary of State Antony Blinken and British Foreign Secretary David Lammy, who met Zelensky in Kyiv on Wednesday.
Blinken announced $717 million in new U.S. assistance, including support for Ukraine's energy grid ahead of winter.
Lammy said Britain would provide a further 600 million pounds, to be detailed in the coming weeks.

Moscow dismissed the gathering.
Russian Foreign Ministry spokeswoman Maria Zakharova called the summit an "anti-Russian get-together" and said the status of Crimea "is not and will not be a subject of discussion."
The next Crimea Platform summit is expected to be held in 2025.
"""

# ---------------------------------------------------------------- b108en04 (Navy Times)
EN04 = """
Moscow summons US ambassador over deadly ATACMS strike on Crimean beach

Russia summoned U.S. Ambassador Lynne Tracy on Monday and accused Washington of sharing responsibility for a Ukrainian missile strike that killed civilians on a beach near Sevastopol, the home port of Russia's Black Sea Fleet.
The Russian Foreign Ministry told Tracy that the United States had become "a party to the conflict" and that "retaliatory measures will definitely follow," according to a ministry statement.
According to Russian officials, four people, including two children, were killed and more than 150 injured on Sunday afternoon when fragments of a cluster warhead rained down on the Uchkuyevka beach north of the city.
Russia's Defense Ministry said air defenses shot down four of five Army Tactical Missile Systems missiles fired at Sevastopol and that the fifth exploded in midair after being hit.
The ministry blamed American specialists, saying they had programmed the missiles' flight paths using data from U.S. satellites, and claimed that a U.S. RQ-4 Global Hawk surveillance drone had been flying over the Black Sea during the attack.

Kremlin spokesman Dmitry Peskov told reporters Monday that the strike "will not go unanswered" and said journalists should ask Washington why its weapons were killing Russian children.
Pentagon press secretary Air Force Maj. Gen. Pat Ryder said Monday that Ukraine makes its own targeting decisions and that U.S. weapons are provided so Ukraine can defend its sovereign territory, "including Crimea."
State Department spokesman Matthew Miller said Washington regretted any loss of civilian life but added: "Russia could end this war today."
The Ukrainian military did not comment on the strike; Kyiv has said it targets only military objects in Crimea, including air-defense sites and Black Sea Fleet facilities.

The Biden administration approved the longer-range version of ATACMS in February and shipped the missiles quietly in the spring.
Ukraine first used them against a Crimean airfield in April.

U.S. Navy P-8A Poseidon and MQ-4C Triton aircraft routinely fly surveillance missions over international waters of the Black Sea, a Navy official told Navy Times, adding that such flights comply with international law.
In March 2023, a Russian Su-27 collided with an Air Force MQ-9 Reaper over the Black Sea, forcing the U.S. to bring the drone down in international waters.
"""

# ---------------------------------------------------------------- b108en05 (Agenda.ge)
EN05 = """
Georgia condemns plan for Russian naval base in occupied Abkhazia

Georgia's Foreign Ministry on Thursday condemned a plan to set up a permanent Russian naval base in the Russia-occupied region of Abkhazia as a "gross violation" of Georgia's sovereignty and territorial integrity.
The de facto leader of Abkhazia, Aslan Bzhania, told the Russian newspaper Izvestia earlier on Thursday that he had signed an agreement with Moscow on a permanent base point for the Russian navy in the Ochamchire district, which would open "in the near future."
He said the base would increase the security of both Russia and Abkhazia.
The ministry called the step another provocation and asked the international community to give it a clear assessment.

Kremlin spokesman Dmitry Peskov declined to comment on the report and referred questions to the Defence Ministry.
The European Union said on Friday it firmly supported Georgia's sovereignty and regarded any Russian military build-up in the occupied regions as a violation of international law.
The US State Department called on Russia to withdraw its forces to pre-war positions in line with the EU-brokered ceasefire agreement of August 2008.

Analysts in Tbilisi link the plan to the growing pressure on Russia's Black Sea Fleet in Crimea.
A Ukrainian missile strike destroyed parts of the fleet's headquarters in Sevastopol on September 22, and a landing ship and a submarine were hit in the city's shipyard earlier that month.
Ukrainian navy spokesman Dmytro Pletenchuk said the fleet was "looking for a place to hide" and that no port within reach of Ukrainian weapons would be safe.
British Defence Intelligence said in its Friday update that the base would likely allow Moscow to shelter ships further from Ukrainian strikes, but that dredging the harbour could take months.

Prime Minister Irakli Garibashvili said Tbilisi would raise the issue at the next round of the Geneva International Discussions in December, which are co-chaired by the EU, the UN and the OSCE, with Russia and the United States taking part.
Russia has kept thousands of troops in Abkhazia and the Tskhinvali region since the 2008 war and has recognized both as independent states.
Georgia broke off diplomatic relations with Moscow after the war.
"""

# ---------------------------------------------------------------- b108en06 (19FortyFive)
EN06 = """
Explosions at Saki Air Base: Is Crimea No Longer Safe for Russia?

A series of powerful explosions tore through Russia's Saki air base on the western coast of Crimea on Tuesday afternoon, in what could be the most costly single blow to Russian air power in this war.
Russia's Defense Ministry insisted that several aviation munitions had detonated at a storage site, that the base had not been attacked and that no aircraft had been damaged.
Satellite images released Wednesday by the commercial firm Planet Labs tell a different story, showing at least seven burned-out jets on the airfield's parking area.
Ukraine's air force said nine Russian aircraft had been destroyed, without explaining how.

Officially, Kyiv has not claimed responsibility.
Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, suggested with a wink that Russian soldiers may have been smoking where they should not, and a Ukrainian official told The New York Times that special forces had been behind the blasts.
Zelensky himself went further in his nightly address on Tuesday: "This Russian war against Ukraine, against all of free Europe, began with Crimea and must end with Crimea, with its liberation."
He said it was impossible to speak of peace without the return of the peninsula.

Moscow chose its words carefully.
Kremlin spokesman Dmitry Peskov said on Wednesday that President Vladimir Putin had received a report from Defense Minister Sergei Shoigu, and referred all other questions to the military.
The Russian-installed head of Crimea, Sergei Aksyonov, declared a regional emergency and said one person had been killed, while long lines of cars with tourists formed at the Kerch bridge.
In July, former president Dmitry Medvedev warned that any attack on Crimea would mean "Judgment Day" for Ukraine's leadership.

Washington kept its distance.
A Pentagon spokesman said the U.S. had no information on the cause and had not supplied Ukraine with weapons able to reach the base from the front line.
The Biden administration has so far refused to give Kyiv long-range ATACMS missiles, fearing escalation.

If Ukraine can hit targets deep in Crimea, Russia's sense of sanctuary on the peninsula is gone, and with it the Black Sea Fleet's freedom of action from Sevastopol.
Kyiv will host the second summit of the Crimea Platform on August 23, and Ukrainian officials say their message to partners will be simple: Crimea is Ukraine, and Russian bases there are legitimate targets.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [    doc(
        "b108en01_hms_defender_crimea_2021_06", "2021-06-24", EN01,
        [
            T("May", "DATE", "2021-05"),
            T("Wednesday morning", "TIME", "2021-06-23TMO"),
            T("Thursday", "DATE", "2021-06-24", 0),
            T("next time", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2021-06-24", 1),
            T("Monday", "DATE", "2021-06-21"),
            T("December", "DATE", "2021-12"),
            T("seven-month", "DURATION", "P7M"),
        ],
        [
            E("Russian border guards fire warning shots and a jet drops bombs in HMS Defender's path", "THREATEN",
              ["Russia", "United Kingdom"], "2021-06-23TMO", "context", "uncertain",
              "Moscow said a border guard vessel fired warning shots",
              note="Moscow's account; London denies that shots were fired at the ship"),
            E("MoD denies shots were fired at the ship", "REJECT", ["United Kingdom", "Russia"], "2021-06-23", "context",
              "occurred", "The Ministry of Defence in London denied"),
            E("Russia summons Ambassador Deborah Bronnert", "ACCUSE", ["Russia", "United Kingdom"], "2021-06-24", "text",
              "occurred", "summoned Ambassador Deborah Bronnert on Thursday"),
            E("Russia calls in the British defence attache", "ACCUSE", ["Russia", "United Kingdom"], "2021-06-23",
              "context", "occurred", "summoned Ambassador Deborah Bronnert on Thursday",
              note="called in on Wednesday 23 June, before the ambassador"),
            E("Peskov calls the passage a deliberate provocation", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2021-06-24", "context", "occurred", "Kremlin spokesman Dmitry Peskov called the passage"),
            E("Peskov: Russia will defend its borders by all means if it happens again", "THREATEN",
              ["Dmitry Peskov", "United Kingdom"], "2021-06-24", "context", "occurred",
              "Kremlin spokesman Dmitry Peskov called the passage"),
            E("Ryabkov warns Russia could bomb on target next time", "THREATEN", ["Russia", "United Kingdom"],
              "2021-06-24", "context", "occurred", "Deputy foreign minister Sergei Ryabkov warned"),
            E("Johnson: Britain does not recognise the annexation of Crimea", "REJECT", ["United Kingdom", "Russia"],
              "2021-06-24", "context", "occurred", "We don't recognise the Russian annexation"),
            E("Ukraine thanks London for its support", "SUPPORT", ["Ukraine", "United Kingdom"], "2021-06-24",
              "published", "occurred", "Ukraine's foreign ministry thanked London"),
            E("Ukraine condemns Russia's aggressive actions in the Black Sea", "ACCUSE", ["Ukraine", "Russia"],
              "2021-06-24", "published", "occurred", "Ukraine's foreign ministry thanked London"),
            E("Nato backs freedom of navigation", "SUPPORT", ["NATO", "United Kingdom"], "2021-06-24", "published",
              "occurred", "A Nato spokesperson said"),
            E("Britain and Ukraine sign a memorandum on building up Ukraine's navy", "AGREE",
              ["United Kingdom", "Ukraine"], "2021-06-21", "text", "occurred", "On Monday, Defender hosted"),
        ],
        [
            S("Russia", "A border guard vessel fired warning shots and a Su-24 dropped bombs in the ship's path",
              "2021-06-23", "context", "Moscow said a border guard vessel fired warning shots"),
            S("United Kingdom", "MoD: no shots fired at the ship; Russia was holding an announced gunnery exercise",
              "2021-06-23", "context", "The Ministry of Defence in London denied"),
            S("United Kingdom", "The ship is conducting innocent passage through Ukrainian territorial waters",
              "2021-06-23", "context", "an MoD spokesperson said"),
            S("Russia", "Foreign ministry calls the passage a dangerous action", "2021-06-24", "text",
              "summoned Ambassador Deborah Bronnert on Thursday"),
            S("Dmitry Peskov", "A deliberate and prepared provocation; Russia will defend its borders by all means",
              "2021-06-24", "context", "Kremlin spokesman Dmitry Peskov called the passage"),
            S("Russia", "Ryabkov: next time bombs could fall not only in the path but on target", "2021-06-24",
              "context", "Deputy foreign minister Sergei Ryabkov warned"),
            S("United Kingdom", "Johnson: entirely appropriate to use international waters; the ship did nothing wrong",
              "2021-06-24", "text", "Prime Minister Boris Johnson said on Thursday"),
            S("United Kingdom", "Johnson: we don't recognise the annexation of Crimea; these are Ukrainian waters",
              "2021-06-24", "context", "We don't recognise the Russian annexation"),
            S("Ukraine", "Thanks London and condemns Russia's aggressive actions", "2021-06-24", "published",
              "Ukraine's foreign ministry thanked London"),
            S("NATO", "The alliance stands behind freedom of navigation", "2021-06-24", "published",
              "A Nato spokesperson said"),
            S("United Kingdom", "Wallace: the deal shows unwavering commitment to Ukraine's sovereignty", "2021-06-21",
              "context", "Defence Secretary Ben Wallace said"),
        ],
        ["Russia", "United Kingdom", "Kremlin", "Dmitry Peskov", "Ukraine", "NATO"],
    ),
    doc(
        "b108en02_tuerkiye_duma_vote_crimea_2021_09", "2021-09-21", EN02,
        [
            T("Monday", "DATE", "2021-09-20", 0),
            T("three-day", "DURATION", "P3D"),
            T("Sunday", "DATE", "2021-09-19"),
            T("2016", "DATE", "2016"),
            T("Monday", "DATE", "2021-09-20", 1),
            T("Tuesday", "DATE", "2021-09-21"),
            T("Sept. 29", "DATE", "2021-09-29"),
            T("Monday", "DATE", "2021-09-20", 2),
            T("2014", "DATE", "2014"),
            T("last month", "DATE", "2021-08"),
        ],
        [
            E("Türkiye does not recognize the Duma elections held in Crimea", "REJECT", ["Turkey", "Russia"],
              "2021-09-20", "text", "occurred", "the Turkish Foreign Ministry said Monday"),
            E("Ukraine declares the vote in Crimea null and void", "REJECT", ["Ukraine", "Russia"], "2021-09-21",
              "published", "occurred", "Ukraine's Foreign Ministry said the vote"),
            E("Ukraine urges the international community not to recognize the results", "REQUEST", ["Ukraine"],
              "2021-09-21", "published", "occurred", "Ukraine's Foreign Ministry said the vote"),
            E("Kuleba thanks Ankara for its principled position", "SUPPORT", ["Ukraine", "Turkey"], "2021-09-21",
              "published", "occurred", "Foreign Minister Dmytro Kuleba thanked Ankara"),
            E("The EU will not recognize the elections in Crimea", "REJECT", ["European Union", "Russia"], "2021-09-20",
              "text", "occurred", "The European Union also said Monday"),
            E("The EU will consider further measures against those responsible", "SANCTION",
              ["European Union", "Russia"], "2021-09-20", "context", "uncertain", "The European Union also said Monday",
              note="dated by Borrell's announcement; no date for any measure"),
            E("The US does not recognize the results of the vote in Crimea", "REJECT", ["United States", "Russia"],
              "2021-09-21", "published", "occurred", "The U.S. State Department said"),
            E("Peskov: Russia cannot agree with Ankara's position", "REJECT", ["Dmitry Peskov", "Turkey"], "2021-09-21",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"),
            E("Zakharova accuses Western countries of interference", "ACCUSE", ["Maria Zakharova"], "2021-09-21",
              "published", "occurred", "Maria Zakharova accused Western countries"),
            E("Erdoğan to hold talks with Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "2021-09-29", "text", "planned", "for talks with Putin on Sept. 29"),
            E("Erdoğan backs Ukraine's territorial integrity including Crimea", "SUPPORT",
              ["Recep Tayyip Erdoğan", "Ukraine"], "2021-09-20", "text", "occurred", "Speaking to reporters in New York"),
            E("Türkiye refuses to recognize the annexation since 2014", "REJECT", ["Turkey", "Russia"], "2014", "text",
              "occurred", "has refused to recognize the annexation since 2014", date_mod="START"),
            E("Çavuşoğlu attends the founding summit of the Crimea Platform", "CONSULT", ["Turkey", "Ukraine"], "2021-08",
              "text", "occurred", "Mevlüt Çavuşoğlu attended the founding summit", note="23 August 2021"),
        ],
        [
            S("Turkey", "Türkiye does not recognize the Duma elections held in Crimea", "2021-09-20", "text",
              "the Turkish Foreign Ministry said Monday"),
            S("Turkey", "The annexation is illegal, so the elections there have no legal validity", "2021-09-20",
              "context", "We do not recognize the illegal annexation of Crimea"),
            S("Turkey", "Will closely follow the situation of the Crimean Tatar Turks", "2021-09-20", "context",
              "It added that Türkiye would continue"),
            S("Russia", "Central Election Commission: United Russia won nearly half of the vote", "2021-09-21",
              "published", "Voting in the three-day election ended Sunday"),
            S("Ukraine", "The vote in Crimea is null and void; do not recognize its results", "2021-09-21", "published",
              "Ukraine's Foreign Ministry said the vote"),
            S("Ukraine", "Kuleba thanks Ankara for its principled position", "2021-09-21", "published",
              "Foreign Minister Dmytro Kuleba thanked Ankara"),
            S("European Union", "Will not recognize the elections in Crimea; Borrell: further measures to be "
              "considered", "2021-09-20", "text", "The European Union also said Monday"),
            S("United States", "Washington does not recognize the results of the vote in Crimea", "2021-09-21",
              "published", "The U.S. State Department said"),
            S("Russia", "Moscow rejects the criticism", "2021-09-21", "published", "Moscow rejected the criticism."),
            S("Dmitry Peskov", "Russia cannot agree with Ankara; Crimea is an inseparable part of Russia", "2021-09-21",
              "text", "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"),
            S("Maria Zakharova", "Western countries interfere in Russia's internal affairs", "2021-09-21", "published",
              "Maria Zakharova accused Western countries"),
            S("Recep Tayyip Erdoğan", "Türkiye attaches great importance to Ukraine's territorial integrity, including "
              "Crimea", "2021-09-20", "text", "Speaking to reporters in New York"),
        ],
        ["Turkey", "Russia", "Ukraine", "Vladimir Putin", "European Union", "United States", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova", "Recep Tayyip Erdoğan", "United Nations"],
    ),
    doc(
        "b108en03_crimea_platform_fourth_summit_2024_09", "2024-09-12", EN03,
        [
            T("Wednesday", "DATE", "2024-09-11", 0),
            T("last week", "DATE", "2024-W36"),
            T("June", "DATE", "2024-06"),
            T("almost three years", "DURATION", "P3Y", mod="APPROX"),
            T("2021", "DATE", "2021"),
            T("today", "DATE", "2024-09-11", note="in Dzhelyal's quote, speech time Wednesday 11 September"),
            T("Wednesday", "DATE", "2024-09-11", 1),
            T("winter", "DATE", "2024-WI"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("2025", "DATE", "2025"),
        ],
        [
            E("Fourth summit of the Crimea Platform in Kyiv and online", "CONSULT",
              ["Ukraine", "Volodymyr Zelensky", "Andrii Sybiha", "Hakan Fidan", "Turkey", "Poland"], "2024-09-11",
              "text", "occurred", "took part in the fourth summit of the Crimea Platform"),
            E("Participants adopt a declaration never to recognize the annexation", "AGREE",
              ["Ukraine", "Turkey", "Poland"], "2024-09-11", "context", "occurred", "Participants adopted a joint declaration"),
            E("The declaration condemns the persecution of Crimean Tatars", "ACCUSE",
              ["Ukraine", "Turkey", "Poland", "Russia"], "2024-09-11", "context", "occurred",
              "Participants adopted a joint declaration"),
            E("The declaration calls on Russia to release all political prisoners", "REQUEST",
              ["Ukraine", "Turkey", "Poland", "Russia"], "2024-09-11", "context", "occurred",
              "The declaration calls on Russia"),
            E("Sybiha proposes Black Sea security talks and asks allies to protect civilian shipping", "REQUEST",
              ["Andrii Sybiha"], "2024-09-11", "context", "occurred", "Sybiha proposed a new format"),
            E("Fidan: Türkiye's position on Crimea will not change", "SUPPORT", ["Hakan Fidan", "Ukraine"], "2024-09-11",
              "context", "occurred", "Turkish Foreign Minister Hakan Fidan, speaking by video"),
            E("Dzhelyal freed from Russian captivity in a prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2024-06",
              "text", "occurred", "Among the speakers was Nariman Dzhelyal"),
            E("Dzhelyal arrested after attending the platform in 2021", "COERCE", ["Russia"], "2021", "text", "occurred",
              "I was arrested because I came to this platform", note="detained in September 2021"),
            E("Blinken and Lammy meet Zelensky in Kyiv", "CONSULT",
              ["Antony Blinken", "United Kingdom", "Volodymyr Zelensky"], "2024-09-11", "text", "occurred",
              "The summit coincided with a visit"),
            E("Blinken announces $717 million in new US assistance", "AID", ["Antony Blinken", "Ukraine"], "2024-09-11",
              "context", "occurred", "Blinken announced $717 million"),
            E("Britain to provide a further 600 million pounds", "AID", ["United Kingdom", "Ukraine"], "2024-09-11",
              "context", "planned", "Lammy said Britain would provide"),
            E("Zakharova calls the summit an anti-Russian get-together", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2024-09-12", "published", "occurred", "Maria Zakharova called the summit"),
            E("Zakharova: Crimea's status is not a subject of discussion", "REJECT", ["Maria Zakharova", "Ukraine"],
              "2024-09-12", "published", "occurred", "Maria Zakharova called the summit"),
            E("Next Crimea Platform summit expected in 2025", "CONSULT", ["Ukraine"], "2025", "text", "planned",
              "The next Crimea Platform summit"),
        ],
        [
            S("Volodymyr Zelensky", "Crimea will be free and the Crimean Tatars will return home; de-occupation "
              "remains a strategic goal", "2024-09-11", "context", "Crimea will be free, and the Crimean Tatar"),
            S("Joint statement: Ukraine, Turkey, Poland", "Will never recognize the attempted annexation; condemn the "
              "persecution of Crimean Tatars", "2024-09-11", "context", "Participants adopted a joint declaration"),
            S("Joint statement: Ukraine, Turkey, Poland", "Russia must release all political prisoners", "2024-09-11",
              "context", "The declaration calls on Russia"),
            S("Andrii Sybiha", "Proposes Black Sea security talks; asks allies to help protect civilian shipping",
              "2024-09-11", "context", "Sybiha proposed a new format"),
            S("Hakan Fidan", "Türkiye's position on Crimea has not changed and will not change", "2024-09-11",
              "context", "Turkish Foreign Minister Hakan Fidan, speaking by video"),
            S("Antony Blinken", "Announces $717 million in new US assistance", "2024-09-11", "context",
              "Blinken announced $717 million"),
            S("United Kingdom", "Lammy: a further 600 million pounds, details in the coming weeks", "2024-09-11",
              "context", "Lammy said Britain would provide"),
            S("Russia", "Moscow dismisses the gathering", "2024-09-12", "published", "Moscow dismissed the gathering."),
            S("Maria Zakharova", "An anti-Russian get-together; Crimea's status is not a subject of discussion",
              "2024-09-12", "published", "Maria Zakharova called the summit"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "Andrii Sybiha", "Hakan Fidan", "Turkey", "Poland",
         "Antony Blinken", "United States", "United Kingdom", "Maria Zakharova"],
    ),
    doc(
        "b108en04_sevastopol_beach_atacms_2024_06", "2024-06-25", EN04,
        [
            T("Monday", "DATE", "2024-06-24", 0),
            T("Sunday afternoon", "TIME", "2024-06-23TAF"),
            T("Monday", "DATE", "2024-06-24", 1),
            T("Monday", "DATE", "2024-06-24", 2),
            T("today", "DATE", "2024-06-24", note="in Miller's quote, speech time Monday 24 June"),
            T("February", "DATE", "2024-02"),
            T("the spring", "DATE", "2024-SP"),
            T("April", "DATE", "2024-04"),
            T("March 2023", "DATE", "2023-03"),
        ],
        [
            E("Russia summons US Ambassador Lynne Tracy", "ACCUSE", ["Russia", "United States"], "2024-06-24", "text",
              "occurred", "Russia summoned U.S. Ambassador Lynne Tracy on Monday"),
            E("Foreign ministry: the US has become a party to the conflict", "ACCUSE", ["Russia", "United States"],
              "2024-06-24", "context", "occurred", "The Russian Foreign Ministry told Tracy"),
            E("Foreign ministry: retaliatory measures will follow", "THREATEN", ["Russia", "United States"], "2024-06-24",
              "context", "occurred", "The Russian Foreign Ministry told Tracy"),
            E("Ukrainian ATACMS strike kills civilians on the Uchkuyevka beach", "ASSAULT", ["Ukraine", "Russia"],
              "2024-06-23TAF", "text", "occurred", "According to Russian officials, four people"),
            E("Defense ministry blames American specialists for the strike", "ACCUSE", ["Russia", "United States"],
              "2024-06-23", "context", "occurred", "The ministry blamed American specialists"),
            E("Peskov: the strike will not go unanswered", "THREATEN", ["Dmitry Peskov", "United States"], "2024-06-24",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters Monday"),
            E("Peskov blames Washington's weapons for killing Russian children", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2024-06-24", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov told reporters Monday"),
            E("Pentagon: Ukraine makes its own targeting decisions", "REJECT", ["United States", "Russia"], "2024-06-24",
              "text", "occurred", "Pentagon press secretary Air Force Maj. Gen. Pat Ryder said Monday"),
            E("Miller: Russia could end this war today", "REQUEST", ["United States", "Russia"], "2024-06-24", "context",
              "occurred", "State Department spokesman Matthew Miller said"),
            E("Biden administration approves the longer-range ATACMS", "AID", ["Joe Biden", "Ukraine"], "2024-02", "text",
              "occurred", "The Biden administration approved"),
            E("US ships the missiles to Ukraine", "AID", ["United States", "Ukraine"], "2024-SP", "text", "occurred",
              "The Biden administration approved"),
            E("Ukraine first uses ATACMS against a Crimean airfield", "ASSAULT", ["Ukraine", "Russia"], "2024-04",
              "text", "occurred", "Ukraine first used them against a Crimean airfield",
              note="Dzhankoi, 17 April 2024"),
            E("Russian Su-27 collides with a US MQ-9 Reaper over the Black Sea", "ASSAULT", ["Russia", "United States"],
              "2023-03", "text", "occurred", "In March 2023, a Russian Su-27 collided", note="14 March 2023"),
        ],
        [
            S("Russia", "Foreign ministry to Tracy: the US is a party to the conflict; retaliation will follow",
              "2024-06-24", "context", "The Russian Foreign Ministry told Tracy"),
            S("Russia", "Four killed, including two children, and more than 150 injured", "2024-06-25", "published",
              "According to Russian officials, four people"),
            S("Russia", "Defense ministry: four of five ATACMS shot down, the fifth exploded in midair", "2024-06-23",
              "context", "Russia's Defense Ministry said air defenses"),
            S("Russia", "Defense ministry: American specialists programmed the flight paths; a Global Hawk was "
              "overhead", "2024-06-23", "context", "The ministry blamed American specialists"),
            S("Dmitry Peskov", "The strike will not go unanswered; ask Washington why its weapons kill Russian children",
              "2024-06-24", "text", "Kremlin spokesman Dmitry Peskov told reporters Monday"),
            S("United States", "Ryder: Ukraine makes its own targeting decisions; US weapons defend its territory "
              "including Crimea", "2024-06-24", "text",
              "Pentagon press secretary Air Force Maj. Gen. Pat Ryder said Monday"),
            S("United States", "Miller: regret any loss of civilian life; Russia could end this war today",
              "2024-06-24", "context", "State Department spokesman Matthew Miller said"),
            S("Ukraine", "Kyiv targets only military objects in Crimea", "2024-06-25", "published",
              "The Ukrainian military did not comment"),
            S("United States", "Navy official: surveillance flights over the Black Sea comply with international law",
              "2024-06-25", "published", "a Navy official told Navy Times"),
        ],
        ["Russia", "United States", "Ukraine", "Kremlin", "Dmitry Peskov", "Joe Biden"],
    ),
    doc(
        "b108en05_ochamchire_naval_base_2023_10", "2023-10-06", EN05,
        [
            T("Thursday", "DATE", "2023-10-05", 0),
            T("Thursday", "DATE", "2023-10-05", 1),
            T("the near future", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2023-10-06", 0),
            T("August 2008", "DATE", "2008-08"),
            T("September 22", "DATE", "2023-09-22"),
            T("that month", "DATE", "2023-09"),
            T("Friday", "DATE", "2023-10-06", 1),
            T("months", "DURATION", "PXM"),
            T("December", "DATE", "2023-12"),
            T("2008", "DATE", "2008", 1),
        ],
        [
            E("Georgia condemns the planned Russian naval base as a gross violation of its sovereignty", "ACCUSE",
              ["Russia"], "2023-10-05", "text", "occurred", "Georgia's Foreign Ministry on Thursday condemned"),
            E("Abkhazia's de facto leader signed an agreement with Moscow on a permanent naval base", "AGREE", ["Russia"],
              "2023-10-05", "context", "occurred", "The de facto leader of Abkhazia, Aslan Bzhania",
              note="signing date not given; made known on Thursday"),
            E("Russian naval base in Ochamchire to open in the near future", "MOBILIZE", ["Russia"], "FUTURE_REF",
              "vague", "planned", "The de facto leader of Abkhazia, Aslan Bzhania"),
            E("EU regards a Russian military build-up in the occupied regions as a violation of international law",
              "ACCUSE", ["European Union", "Russia"], "2023-10-06", "text", "occurred", "The European Union said on Friday"),
            E("US calls on Russia to withdraw its forces to pre-war positions", "REQUEST", ["United States", "Russia"],
              "2023-10-06", "published", "occurred", "The US State Department called on Russia"),
            E("EU-brokered ceasefire agreement of August 2008", "AGREE", ["European Union", "Russia"], "2008-08", "text",
              "occurred", "The US State Department called on Russia"),
            E("Ukrainian missile strike on the Black Sea Fleet headquarters in Sevastopol", "ASSAULT",
              ["Ukraine", "Russia"], "2023-09-22", "text", "occurred", "A Ukrainian missile strike destroyed"),
            E("A landing ship and a submarine hit in the Sevastopol shipyard", "ASSAULT", ["Ukraine", "Russia"],
              "2023-09", "text", "occurred", "A Ukrainian missile strike destroyed", note="13 September 2023"),
            E("Pletenchuk: no port within reach of Ukrainian weapons will be safe", "THREATEN", ["Ukraine", "Russia"],
              "2023-10-06", "published", "occurred", "Ukrainian navy spokesman Dmytro Pletenchuk said"),
            E("Georgia to raise the base at the Geneva International Discussions in December", "CONSULT",
              ["European Union", "United Nations", "Russia", "United States"], "2023-12", "text", "planned",
              "Geneva International Discussions"),
            E("Russia keeps troops in Abkhazia and the Tskhinvali region since 2008", "MOBILIZE", ["Russia"], "2008",
              "text", "occurred", "Russia has kept thousands of troops", date_mod="START"),
        ],
        [
            S("Dmitry Peskov", "No comment; questions to the Defence Ministry", "2023-10-06", "published",
              "Kremlin spokesman Dmitry Peskov declined"),
            S("European Union", "Firmly supports Georgia's sovereignty; a Russian build-up in the occupied regions "
              "violates international law", "2023-10-06", "text", "The European Union said on Friday"),
            S("United States", "Russia must withdraw its forces to pre-war positions under the 2008 ceasefire",
              "2023-10-06", "published", "The US State Department called on Russia"),
            S("Ukraine", "Pletenchuk: the fleet is looking for a place to hide; no port within reach will be safe",
              "2023-10-06", "published", "Ukrainian navy spokesman Dmytro Pletenchuk said"),
            S("United Kingdom", "Defence Intelligence: the base would let Moscow shelter ships further from Ukrainian "
              "strikes", "2023-10-06", "text", "British Defence Intelligence said in its Friday update"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "European Union", "United States", "Ukraine", "United Kingdom",
         "United Nations"],
    ),
    doc(
        "b108en06_saki_air_base_explosions_2022_08", "2022-08-10", EN06,
        [
            T("Tuesday afternoon", "TIME", "2022-08-09TAF"),
            T("Wednesday", "DATE", "2022-08-10", 0),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2022-08-09", 1),
            T("Wednesday", "DATE", "2022-08-10", 1),
            T("July", "DATE", "2022-07"),
            T("August 23", "DATE", "2022-08-23"),
        ],
        [
            E("Explosions destroy Russian jets at the Saki air base in Crimea", "ASSAULT", ["Ukraine", "Russia"],
              "2022-08-09TAF", "text", "occurred", "A series of powerful explosions tore through",
              note="Russia denies an attack; Kyiv has not officially claimed it, a Ukrainian official credits special "
              "forces"),
            E("Zelensky: no peace without the return of Crimea", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-08-09", "context", "occurred", "He said it was impossible to speak of peace"),
            E("Medvedev warns an attack on Crimea would mean Judgment Day for Ukraine's leadership", "THREATEN",
              ["Russia", "Ukraine"], "2022-07", "text", "occurred", "In July, former president Dmitry Medvedev warned"),
            E("Pentagon denies supplying weapons able to reach the base", "REJECT", ["United States", "Russia"],
              "2022-08-10", "published", "occurred", "A Pentagon spokesman said"),
            E("Biden administration refuses to give Kyiv ATACMS", "REJECT", ["Joe Biden", "Ukraine"], "2022-08-10",
              "published", "occurred", "has so far refused to give Kyiv", note="standing refusal"),
            E("Second summit of the Crimea Platform in Kyiv", "CONSULT", ["Ukraine"], "2022-08-23", "text", "planned",
              "Kyiv will host the second summit"),
        ],
        [
            S("Russia", "Defense ministry: aviation munitions detonated; no attack, no aircraft damaged", "2022-08-09",
              "context", "Russia's Defense Ministry insisted"),
            S("Ukraine", "Air force: nine Russian aircraft destroyed", "2022-08-10", "published",
              "Ukraine's air force said nine"),
            S("Ukraine", "Podolyak hints at careless smoking; an official credits special forces", "2022-08-10",
              "published", "Mykhailo Podolyak, an adviser"),
            S("Volodymyr Zelensky", "The war began with Crimea and must end with its liberation", "2022-08-09", "text",
              "Zelensky himself went further"),
            S("Volodymyr Zelensky", "No peace without the return of the peninsula", "2022-08-09", "context",
              "He said it was impossible to speak of peace"),
            S("Dmitry Peskov", "Putin received a report from Shoigu; other questions to the military", "2022-08-10",
              "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Russia", "Aksyonov declares an emergency; one person killed", "2022-08-10", "published",
              "Sergei Aksyonov, declared"),
            S("Russia", "Medvedev: an attack on Crimea would mean Judgment Day for Ukraine's leadership", "2022-07",
              "text", "In July, former president Dmitry Medvedev warned"),
            S("United States", "Washington keeps its distance", "2022-08-10", "published",
              "Washington kept its distance."),
            S("United States", "Pentagon: no information on the cause; no US weapons able to reach the base",
              "2022-08-10", "published", "A Pentagon spokesman said"),
            S("Ukraine", "Crimea is Ukraine; Russian bases there are legitimate targets", "2022-08-10", "published",
              "Ukrainian officials say their message"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "United States",
         "Joe Biden"],
    ),
]
