"""English articles of the blind85 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b85en01 (The Record by Recorded Future News)
EN01 = """
GPS jamming hit von der Leyen's plane over Bulgaria, EU says, pointing to suspected Russian interference

A plane carrying European Commission President Ursula von der Leyen lost satellite navigation while approaching the Bulgarian city of Plovdiv on Sunday, an incident the Commission linked on Monday to suspected Russian interference.
The aircraft circled the airport for about an hour before the pilots landed using paper maps and ground-based aids, according to two officials familiar with the flight.

“We can indeed confirm that there was GPS jamming, but the plane landed safely in Bulgaria,” deputy chief spokesperson Arianna Podestà told reporters in Brussels on Monday.
She said the Bulgarian authorities had informed the Commission that they suspected the “blatant interference” was carried out by Russia.
The incident would only strengthen the bloc's resolve to invest in its defence, she added.

Von der Leyen is on a four-day tour of the EU member states bordering Russia and Belarus, which began on Friday in Latvia and Finland.
On Saturday she joined Polish Prime Minister Donald Tusk near the Belarusian border, where she called Russian President Vladimir Putin “a predator” who could only be kept in check through strong deterrence.
In Plovdiv on Sunday she met Prime Minister Rosen Zhelyazkov at an ammunition plant and announced that Bulgaria would receive about €3.2 billion in cheap loans under the EU's new SAFE defence instrument.
She is due in Lithuania later on Monday.

Kremlin spokesman Dmitry Peskov told the Financial Times on Monday that “your information is incorrect,” rejecting any Russian role.
Foreign Ministry spokeswoman Maria Zakharova went further, writing on Telegram that the story was a sign of “paranoia” in Brussels.

Interference with satellite navigation over the Baltic and Black Sea regions has surged since Russia's full-scale invasion of Ukraine in 2022, researchers say.
Lithuania alone logged more than 1,000 incidents in July, while Estonia and Finland have complained of disruptions that they trace to the Kaliningrad region and the area around St Petersburg.
A NATO official said on Monday that the alliance was “aware of and concerned about” Russian jamming, which “endangers civilian aircraft”.
EU foreign policy chief Kaja Kallas said she would put hybrid threats on the agenda of a meeting of EU foreign ministers later this month.
The Record has asked Bulgaria's air traffic services authority for comment.
"""

# ---------------------------------------------------------------- b85en02 (SAFETY4SEA)
EN02 = """
Finland detains shadow fleet tanker Eagle S after Estlink 2 cable failure

Finnish authorities have detained the Cook Islands-flagged tanker Eagle S on suspicion of damaging the Estlink 2 power cable and four telecommunications lines in the Gulf of Finland, the second incident of its kind in the Baltic Sea in little more than a month.
The product tanker, laden with unleaded petrol loaded at the Russian port of Ust-Luga, was boarded by the Finnish Border Guard and police on Thursday evening and escorted into Finnish territorial waters off Porvoo.
Investigators believe the vessel dragged its anchor across the seabed for dozens of nautical miles.
Finnish customs described the Eagle S as part of the shadow fleet of ageing tankers that carries Russian oil products around Western sanctions.

Estlink 2, which links Finland and Estonia, went offline at 12:26 local time on Christmas Day, cutting about two thirds of the transmission capacity between the two countries.
Grid operator Fingrid expects the repairs to take until early August.

In a joint statement on Thursday, EU foreign policy chief Kaja Kallas and Commission President Ursula von der Leyen condemned “any deliberate destruction of Europe's critical infrastructure”.
They said the EU would propose further measures against the shadow fleet, including sanctions, as part of a 16th package due by the end of February.
The bloc already listed 52 shadow fleet vessels in its 15th package on 16 December.
NATO Secretary General Mark Rutte said after a call with Finnish President Alexander Stubb on Friday that the alliance would “enhance its military presence in the Baltic Sea”.
Stubb told reporters on Thursday that Finland was prepared and would not be intimidated by attempts to damage its infrastructure.
Estonian Prime Minister Kristen Michal said Tallinn did not rule out asking for consultations under Article 4 of NATO's founding treaty.
A spokesperson for the German Foreign Office said Germany stood “shoulder to shoulder” with Finland and Estonia.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday the incident “has nothing to do with us” and declined to comment on the detention.

For shipowners and insurers, the case raises fresh questions about the condition and insurance cover of tankers trading outside the established protection and indemnity clubs.
According to the Finnish Transport and Communications Agency, the Eagle S showed significant deficiencies during a port state control inspection.
The tanker remains anchored off Porvoo, and eight of its crew members have been barred from leaving Finland while the investigation continues.
"""

# ---------------------------------------------------------------- b85en03 (VRT NWS, English service)
EN03 = """
Drones over Zaventem and Liège: Belgium points to 'professional operation' as allies send help

Air traffic at Brussels Airport was halted for the second time this week on Thursday evening after drones were spotted near the runways, VRT NWS has learned.
Liège Airport, one of Europe's largest cargo hubs, also suspended operations for several hours.
On Tuesday evening, flights at both airports had been stopped around 8 p.m., leaving thousands of passengers stranded and forcing dozens of planes to divert.
Last weekend, several drones were seen over the Kleine-Brogel air base in Limburg, where US nuclear weapons are reportedly stored.

Defence Minister Theo Francken (N-VA) said on Wednesday that the flights bore the hallmarks of “a professional operation” aimed at spying on military sites.
He stopped short of formally blaming Moscow but called Russia “the obvious suspect”.
Prime Minister Bart De Wever (N-VA) chaired a meeting of the National Security Council the same day, which decided to speed up the purchase of anti-drone systems worth some €50 million.

Allies were quick to offer support.
A team of German soldiers with drone detection equipment arrived at Kleine-Brogel on Thursday, the German defence ministry confirmed.
Britain and France offered to send specialists as well.
NATO Secretary General Mark Rutte said after speaking to De Wever on Thursday that the alliance “stands fully with Belgium” and was sharing intelligence on the incidents.
European Commission President Ursula von der Leyen wrote on X on Wednesday that the incidents showed the need to accelerate the EU's planned “drone wall” on its eastern flank.

The Russian embassy in Brussels rejected any involvement as “groundless speculation”.
In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Belgium was “looking for a scapegoat” for its own security failures.
She also warned that any use of Russian state assets held in Belgium would be treated as “theft” and would not go unanswered.

Some security officials in Brussels link the overflights to Belgium's pivotal role in the debate over those assets, most of which are held by the Euroclear depository.
The EU wants to use them to fund a reparations loan for Ukraine, a plan De Wever has so far refused to back without guarantees from other member states.
EU leaders are due to return to the issue at their summit in December.
"""

# ---------------------------------------------------------------- b85en04 (Nordic Monitor)
EN04 = """
Sweden expels five Russian diplomats as its NATO bid remains stuck in Ankara

Sweden on Tuesday declared five employees of the Russian Embassy in Stockholm persona non grata, accusing them of intelligence activities incompatible with their diplomatic status.
Foreign Minister Tobias Billström said the Russian ambassador, Viktor Tatarintsev, had been summoned to the ministry on Tuesday morning to be informed of the decision.
The five must leave the country within two weeks.
In its annual report in February, the Swedish Security Service (Säpo) named Russia as the main intelligence threat to the country.

The Russian Embassy called the expulsions an “unfriendly step” on Tuesday evening and said they would “not go unanswered”.
Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that Moscow would respond “in accordance with the principle of reciprocity”.
Kremlin spokesman Dmitry Peskov accused Stockholm of “systematically destroying” what remained of bilateral relations.
In April last year Sweden had already expelled three Russian diplomats in the wake of Moscow's invasion of Ukraine.

The expulsions come as Sweden's application to join NATO remains blocked by Turkey, almost a year after it was submitted.
President Recep Tayyip Erdoğan said in a television interview on Monday that Ankara could not approve the bid “as long as terrorists march in the streets of Stockholm” and demanded concrete steps against supporters of the PKK.
Erdoğan, who faces a tough election on May 14, suspended the talks with Stockholm in January after a far-right activist burned a Quran outside the Turkish embassy.
By contrast, the Turkish parliament ratified Finland's accession on March 30, and Finland became NATO's 31st member on April 4.
Neither the Turkish Foreign Ministry nor the presidency commented on the Swedish expulsions on Wednesday.

NATO Secretary General Jens Stoltenberg urged Ankara last week to ratify Sweden's membership before the alliance's summit in Vilnius in July.
US Secretary of State Antony Blinken said Washington expected Turkey to complete the ratification “as soon as possible”.
Pro-government Turkish newspapers, meanwhile, portrayed the Swedish move as an attempt to curry favour with the alliance while ignoring Ankara's security concerns.
"""

# ---------------------------------------------------------------- b85en05 (HuffPost UK)
EN05 = """
UK Expels Russia's Defence Attaché As Cleverly Warns Of 'Malign Activity' On British Soil

Britain is expelling Russia's defence attaché and stripping two Russian-owned properties of their diplomatic status in response to what the government calls a wave of “malign activity” by Moscow.
Home Secretary James Cleverly told MPs on Wednesday that Colonel Maxim Elovik, whom he described as an undeclared military intelligence officer, had been ordered to leave the country.
Seacox Heath, a country house in East Sussex, and a trade building in Highgate, north London, will lose their diplomatic status, and visa rules for Russian diplomats will be tightened.
“This is a message to the Russian state: we will not tolerate this,” Cleverly said.

The Russian ambassador, Andrei Kelin, was summoned to the Foreign Office on Wednesday afternoon.
Cleverly linked the measures to a string of incidents, including an arson attack on a Ukrainian-owned warehouse in Leyton, east London, in March, for which several men are awaiting trial, some of them allegedly acting on behalf of the Wagner group.
It is the first such step since 2018, when Theresa May's government expelled 23 Russian diplomats after the Salisbury poisoning.

Moscow's response was swift.
Foreign ministry spokeswoman Maria Zakharova said on Thursday that Britain would face “retaliatory measures” and accused London of “blatant Russophobia”.
On Monday the ministry had already summoned Britain's ambassador, Nigel Casey, over Foreign Secretary David Cameron's remark that Ukraine had the right to use British weapons to strike targets inside Russia.
It warned that any such strike could be answered with attacks on British military facilities and equipment “in Ukraine and beyond”.
Cameron had made the remark during a visit to Kyiv last week, where he also pledged £3 billion a year in military aid “for as long as it takes”.

London is not alone in pushing back.
On Monday, Germany recalled its ambassador from Moscow for a week of consultations over a cyberattack on the Social Democrats that Berlin blames on Russian military intelligence.
NATO allies said in a statement last week that they were “deeply concerned” about Russian hybrid actions, including sabotage, cyberattacks and disinformation, in several member states, Britain among them.
Downing Street said Prime Minister Rishi Sunak had discussed the threat with NATO Secretary General Jens Stoltenberg by phone on Tuesday.
The Russian embassy in London did not respond to HuffPost UK's request for comment.
"""

# ---------------------------------------------------------------- b85en06 (The Sofia Globe)
EN06 = """
Sweden seizes Bulgarian-owned ship Vezhen over Baltic cable damage, Sofia pledges cooperation

Swedish authorities have seized the Malta-flagged bulk carrier Vezhen, owned by the Bulgarian shipping company Navigation Maritime Bulgare (Navibulgar), on suspicion of damaging an undersea fibre-optic cable between Latvia and the Swedish island of Gotland.
The cable, operated by Latvia's state radio and television centre, was damaged on Sunday morning in Sweden's exclusive economic zone.
The Swedish coast guard boarded the ship on Sunday evening and escorted it to an anchorage near Karlskrona, where prosecutors opened a preliminary investigation into suspected sabotage.

Navibulgar said on Monday that any damage had been caused accidentally, most likely by the ship's anchor dragging in heavy seas, and rejected any suggestion of deliberate action.
Bulgaria's Foreign Ministry said it was in contact with the Swedish and Latvian authorities and would cooperate fully with the investigation.
Prime Minister Rosen Zhelyazkov told Bulgarian National Radio there was “no indication” of a deliberate act by the Bulgarian crew.

NATO said on Monday that ships deployed under its Baltic Sentry mission, launched on January 14 at a summit of Baltic Sea allies hosted by Finnish President Alexander Stubb in Helsinki, were patrolling the area.
Secretary General Mark Rutte wrote on X on Sunday that he had spoken to Latvian Prime Minister Evika Siliņa and that the alliance stood “in solidarity” with Latvia.
EU foreign policy chief Kaja Kallas said the bloc would add more shadow fleet vessels to its sanctions list in a 16th package, which it aims to adopt by February 24.
A spokesperson for Commission President Ursula von der Leyen said the Commission would present an action plan on the security of undersea cables next month.
Polish Prime Minister Donald Tusk, whose country holds the rotating EU presidency, said Warsaw was ready to send navy ships to help protect the Baltic's undersea infrastructure.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova accused NATO of using the incidents as a pretext to restrict Russian shipping in the Baltic, something she said Moscow would “not allow”.

The damage is the latest in a series of incidents in the Baltic.
On Christmas Day, the Estlink 2 power cable between Finland and Estonia was damaged, and Finnish authorities detained the tanker Eagle S, which the EU considers part of Russia's shadow fleet.
In November, two data cables were cut, with suspicion falling on the Chinese bulk carrier Yi Peng 3.
The Vezhen had been sailing from the Russian port of Ust-Luga to Lisbon with a cargo of fertiliser, according to ship-tracking data.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b85en01_gps_jamming_von_der_leyen_2025_09", "2025-09-01", EN01,
        [
            T("Sunday", "DATE", "2025-08-31", 0),
            T("Monday", "DATE", "2025-09-01", 0),
            T("about an hour", "DURATION", "PT1H", mod="APPROX"),
            T("Monday", "DATE", "2025-09-01", 1),
            T("four-day", "DURATION", "P4D"),
            T("Friday", "DATE", "2025-08-29"),
            T("Saturday", "DATE", "2025-08-30"),
            T("Sunday", "DATE", "2025-08-31", 1),
            T("Monday", "DATE", "2025-09-01", 2),
            T("Monday", "DATE", "2025-09-01", 3),
            T("2022", "DATE", "2022"),
            T("July", "DATE", "2025-07"),
            T("Monday", "DATE", "2025-09-01", 4),
            T("this month", "DATE", "2025-09"),
        ],
        [
            E("Bulgarian authorities suspect Russia of the jamming of von der Leyen's plane", "ACCUSE", ["Russia"],
              "2025-09-01", "context", "occurred", "She said the Bulgarian authorities"),
            E("Von der Leyen visits Latvia and Finland at the start of her tour", "CONSULT", ["Ursula von der Leyen"],
              "2025-08-29", "text", "occurred", "which began on Friday in Latvia and Finland"),
            E("Von der Leyen joins Tusk near the Belarusian border", "CONSULT", ["Ursula von der Leyen", "Donald Tusk"],
              "2025-08-30", "text", "occurred", "On Saturday she joined"),
            E("Von der Leyen calls Putin a predator", "ACCUSE", ["Ursula von der Leyen", "Vladimir Putin"],
              "2025-08-30", "context", "occurred", "On Saturday she joined"),
            E("Von der Leyen meets Bulgarian Prime Minister Zhelyazkov in Plovdiv", "CONSULT", ["Ursula von der Leyen"],
              "2025-08-31", "text", "occurred", "In Plovdiv on Sunday"),
            E("Von der Leyen announces about €3.2 billion in SAFE defence loans for Bulgaria", "AID",
              ["Ursula von der Leyen", "European Union"], "2025-08-31", "context", "planned", "In Plovdiv on Sunday"),
            E("Von der Leyen to visit Lithuania", "CONSULT", ["Ursula von der Leyen"], "2025-09-01", "text",
              "planned", "She is due in Lithuania"),
            E("Peskov rejects any Russian role in the jamming", "REJECT", ["Dmitry Peskov", "European Union"],
              "2025-09-01", "text", "occurred", "your information is incorrect"),
            E("Zakharova calls the story a sign of paranoia in Brussels", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-09-01", "published", "occurred", "went further"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "has surged since Russia's full-scale invasion"),
            E("NATO official: Russian jamming endangers civilian aircraft", "ACCUSE", ["NATO", "Russia"], "2025-09-01",
              "text", "occurred", "A NATO official said"),
            E("EU foreign ministers to discuss hybrid threats", "CONSULT", ["Kaja Kallas", "European Union"], "2025-09",
              "text", "planned", "Kaja Kallas said she would put"),
        ],
        [
            S("European Union", "Confirms GPS jamming of the president's plane, which landed safely", "2025-09-01",
              "text", "We can indeed confirm"),
            S("European Union", "Bulgarian authorities suspect the blatant interference was carried out by Russia",
              "2025-09-01", "context", "She said the Bulgarian authorities"),
            S("European Union", "The incident will only strengthen the bloc's resolve to invest in defence",
              "2025-09-01", "context", "The incident would only strengthen"),
            S("Ursula von der Leyen", "Putin is a predator who can only be kept in check through strong deterrence",
              "2025-08-30", "context", "On Saturday she joined"),
            S("Ursula von der Leyen", "Bulgaria will receive about €3.2 billion in SAFE loans", "2025-08-31",
              "context", "In Plovdiv on Sunday"),
            S("Dmitry Peskov", "Your information is incorrect; no Russian role", "2025-09-01", "text",
              "your information is incorrect"),
            S("Maria Zakharova", "The story is a sign of paranoia in Brussels", "2025-09-01", "published",
              "went further"),
            S("NATO", "Aware of and concerned about Russian jamming, which endangers civilian aircraft", "2025-09-01",
              "text", "A NATO official said"),
            S("Kaja Kallas", "Will put hybrid threats on the agenda of the EU foreign ministers later this month",
              "2025-09-01", "published", "Kaja Kallas said she would put"),
        ],
        ["European Union", "Ursula von der Leyen", "Russia", "Belarus", "Donald Tusk", "Poland", "Vladimir Putin",
         "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Ukraine", "NATO", "Kaja Kallas"],
    ),
    doc(
        "b85en02_eagle_s_estlink_2024_12", "2024-12-27", EN02,
        [
            T("little more than a month", "DURATION", "P1M", mod="MORE_THAN"),
            T("Thursday evening", "TIME", "2024-12-26TEV"),
            T("12:26 local time", "TIME", "2024-12-25T12:26", note="local time (EET)"),
            T("Christmas Day", "DATE", "2024-12-25"),
            T("early August", "DATE", "2025-08", mod="START"),
            T("Thursday", "DATE", "2024-12-26", 1),
            T("the end of February", "DATE", "2025-02", mod="END"),
            T("16 December", "DATE", "2024-12-16"),
            T("Friday", "DATE", "2024-12-27", 0),
            T("Thursday", "DATE", "2024-12-26", 2),
            T("Friday", "DATE", "2024-12-27", 1),
        ],
        [
            E("Finnish authorities board and detain the shadow fleet tanker Eagle S", "COERCE", ["Russia"],
              "2024-12-26TEV", "text", "occurred", "was boarded by the Finnish Border Guard"),
            E("Kallas and von der Leyen condemn any deliberate destruction of critical infrastructure", "ACCUSE",
              ["Kaja Kallas", "Ursula von der Leyen", "European Union"], "2024-12-26", "text", "occurred",
              "In a joint statement on Thursday"),
            E("EU to propose shadow-fleet sanctions in a 16th package", "SANCTION", ["European Union", "Russia"],
              "2025-02", "text", "planned", "as part of a 16th package", date_mod="END"),
            E("EU lists 52 shadow fleet vessels in its 15th package", "SANCTION", ["European Union", "Russia"],
              "2024-12-16", "text", "occurred", "The bloc already listed"),
            E("Rutte–Stubb phone call", "CONSULT", ["Mark Rutte", "Alexander Stubb"], "2024-12-27", "text",
              "occurred", "Mark Rutte said after a call"),
            E("NATO to enhance its military presence in the Baltic Sea", "MOBILIZE", ["NATO", "Mark Rutte"],
              "2024-12-27", "context", "planned", "Mark Rutte said after a call"),
            E("Estonia considers requesting Article 4 consultations", "REQUEST", ["NATO"], "2024-12-27", "published",
              "uncertain", "did not rule out asking for consultations"),
            E("Germany declares solidarity with Finland and Estonia", "SUPPORT", ["Germany"], "2024-12-27",
              "published", "occurred", "shoulder to shoulder"),
            E("Peskov: the incident has nothing to do with Russia", "REJECT", ["Dmitry Peskov"], "2024-12-27", "text",
              "occurred", "has nothing to do with us"),
        ],
        [
            S("Joint statement: Kaja Kallas, Ursula von der Leyen", "Condemn any deliberate destruction of Europe's "
              "critical infrastructure", "2024-12-26", "text", "In a joint statement on Thursday"),
            S("Joint statement: Kaja Kallas, Ursula von der Leyen", "The EU will propose further measures against the "
              "shadow fleet, including sanctions, in a 16th package", "2024-12-26", "context",
              "as part of a 16th package"),
            S("Mark Rutte", "NATO will enhance its military presence in the Baltic Sea", "2024-12-27", "text",
              "Mark Rutte said after a call"),
            S("Alexander Stubb", "Finland is prepared and will not be intimidated", "2024-12-26", "text",
              "Stubb told reporters on Thursday"),
            S("Germany", "Germany stands shoulder to shoulder with Finland and Estonia", "2024-12-27", "published",
              "shoulder to shoulder"),
            S("Dmitry Peskov", "The incident has nothing to do with Russia; no comment on the detention",
              "2024-12-27", "text", "has nothing to do with us"),
        ],
        ["Russia", "European Union", "Kaja Kallas", "Ursula von der Leyen", "NATO", "Mark Rutte", "Alexander Stubb",
         "Germany", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b85en03_drones_belgium_airports_2025_11", "2025-11-07", EN03,
        [
            T("this week", "DATE", "2025-W45"),
            T("Thursday evening", "TIME", "2025-11-06TEV"),
            T("several hours", "DURATION", "PTXH"),
            T("Tuesday evening", "TIME", "2025-11-04TEV"),
            T("around 8 p.m.", "TIME", "2025-11-04T20:00", mod="APPROX", note="local time (CET)"),
            T("Last weekend", "DATE", "2025-W44-WE"),
            T("Wednesday", "DATE", "2025-11-05", 0),
            T("the same day", "DATE", "2025-11-05"),
            T("Thursday", "DATE", "2025-11-06", 1),
            T("Thursday", "DATE", "2025-11-06", 2),
            T("Wednesday", "DATE", "2025-11-05", 1),
            T("Thursday", "DATE", "2025-11-06", 3),
            T("December", "DATE", "2025-12"),
        ],
        [
            E("Belgium's defence minister calls Russia the obvious suspect behind the drone flights", "ACCUSE",
              ["Russia"], "2025-11-05", "context", "occurred", "He stopped short of formally blaming Moscow"),
            E("German anti-drone team arrives at Kleine-Brogel", "AID", ["Germany"], "2025-11-06", "text",
              "occurred", "A team of German soldiers"),
            E("Britain and France offer to send specialists", "REQUEST", ["United Kingdom", "France"], "2025-11-07",
              "published", "occurred", "Britain and France offered"),
            E("Rutte speaks to De Wever", "CONSULT", ["Mark Rutte"], "2025-11-06", "text", "occurred",
              "after speaking to De Wever"),
            E("Rutte: NATO stands fully with Belgium", "SUPPORT", ["Mark Rutte", "NATO"], "2025-11-06", "context",
              "occurred", "after speaking to De Wever"),
            E("NATO shares intelligence on the drone incidents", "COOPERATE", ["NATO"], "2025-11-06", "context",
              "occurred", "after speaking to De Wever"),
            E("Von der Leyen calls for accelerating the EU's drone wall", "REQUEST",
              ["Ursula von der Leyen", "European Union"], "2025-11-05", "text", "occurred",
              "Ursula von der Leyen wrote on X"),
            E("Russian embassy rejects any involvement as groundless speculation", "REJECT", ["Russia"], "2025-11-07",
              "published", "occurred", "The Russian embassy in Brussels"),
            E("Zakharova: Belgium is looking for a scapegoat", "ACCUSE", ["Maria Zakharova"], "2025-11-06", "text",
              "occurred", "looking for a scapegoat"),
            E("Zakharova warns that using Russian assets would be theft and not go unanswered", "THREATEN",
              ["Maria Zakharova", "European Union"], "2025-11-06", "context", "occurred", "She also warned"),
            E("EU plan to fund a reparations loan for Ukraine from frozen Russian assets", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12", "context", "planned",
              "The EU wants to use them"),
            E("EU summit to return to the reparations loan", "CONSULT", ["European Union"], "2025-12", "text",
              "planned", "EU leaders are due to return"),
        ],
        [
            S("Germany", "Confirms that a team of German soldiers with drone detection equipment arrived at "
              "Kleine-Brogel", "2025-11-06", "context", "A team of German soldiers"),
            S("Mark Rutte", "NATO stands fully with Belgium and shares intelligence on the incidents", "2025-11-06",
              "text", "after speaking to De Wever"),
            S("Ursula von der Leyen", "The incidents show the need to accelerate the EU's drone wall", "2025-11-05",
              "text", "Ursula von der Leyen wrote on X"),
            S("Russia", "Embassy: accusations of involvement are groundless speculation", "2025-11-07", "published",
              "The Russian embassy in Brussels"),
            S("Maria Zakharova", "Belgium is looking for a scapegoat for its own security failures", "2025-11-06",
              "text", "looking for a scapegoat"),
            S("Maria Zakharova", "Any use of Russian assets held in Belgium would be theft and would not go "
              "unanswered", "2025-11-06", "context", "She also warned"),
        ],
        ["United States", "Russia", "Germany", "United Kingdom", "France", "NATO", "Mark Rutte", "Ursula von der Leyen",
         "European Union", "Maria Zakharova", "Ukraine"],
    ),
    doc(
        "b85en04_sweden_expels_russian_diplomats_2023_04", "2023-04-26", EN04,
        [
            T("Tuesday", "DATE", "2023-04-25", 0),
            T("Tuesday morning", "TIME", "2023-04-25TMO"),
            T("two weeks", "DURATION", "P2W"),
            T("February", "DATE", "2023-02"),
            T("Tuesday evening", "TIME", "2023-04-25TEV"),
            T("Wednesday", "DATE", "2023-04-26", 0),
            T("April last year", "DATE", "2022-04"),
            T("Monday", "DATE", "2023-04-24"),
            T("May 14", "DATE", "2023-05-14"),
            T("January", "DATE", "2023-01"),
            T("March 30", "DATE", "2023-03-30"),
            T("April 4", "DATE", "2023-04-04"),
            T("Wednesday", "DATE", "2023-04-26", 1),
            T("last week", "DATE", "2023-W16"),
            T("July", "DATE", "2023-07"),
        ],
        [
            E("Sweden declares five Russian embassy employees persona non grata", "SANCTION", ["Russia"], "2023-04-25",
              "text", "occurred", "Sweden on Tuesday declared five"),
            E("Russian ambassador summoned to the Swedish foreign ministry", "ACCUSE", ["Russia"], "2023-04-25TMO",
              "text", "occurred", "had been summoned to the ministry"),
            E("The five Russian diplomats must leave Sweden", "SANCTION", ["Russia"], "2023-05-09", "text", "planned",
              "The five must leave the country", note="within two weeks of 25 April 2023"),
            E("Säpo names Russia the main intelligence threat to Sweden", "ACCUSE", ["Russia"], "2023-02", "text",
              "occurred", "In its annual report in February"),
            E("Russian embassy calls the expulsions an unfriendly step", "ACCUSE", ["Russia"], "2023-04-25TEV",
              "text", "occurred", "The Russian Embassy called the expulsions"),
            E("Russian embassy: the expulsions will not go unanswered", "THREATEN", ["Russia"], "2023-04-25TEV",
              "text", "occurred", "The Russian Embassy called the expulsions"),
            E("Zakharova: Moscow will respond on the principle of reciprocity", "THREATEN", ["Maria Zakharova"],
              "2023-04-26", "text", "occurred", "in accordance with the principle of reciprocity"),
            E("Peskov accuses Stockholm of systematically destroying relations", "ACCUSE", ["Dmitry Peskov"],
              "2023-04-26", "published", "occurred", "systematically destroying"),
            E("Sweden expels three Russian diplomats", "SANCTION", ["Russia"], "2022-04", "text", "occurred",
              "In April last year Sweden had already expelled"),
            E("Erdoğan: Ankara cannot approve Sweden's NATO bid", "REJECT", ["Recep Tayyip Erdoğan"], "2023-04-24",
              "text", "occurred", "as long as terrorists march"),
            E("Erdoğan demands concrete steps against PKK supporters", "REQUEST", ["Recep Tayyip Erdoğan"],
              "2023-04-24", "text", "occurred", "as long as terrorists march"),
            E("Erdoğan suspends the talks with Stockholm", "CONSULT", ["Recep Tayyip Erdoğan"], "2023-01", "text",
              "cancelled", "suspended the talks with Stockholm"),
            E("Turkish parliament ratifies Finland's NATO accession", "AGREE", ["Turkey", "NATO"], "2023-03-30",
              "text", "occurred", "the Turkish parliament ratified"),
            E("Finland becomes NATO's 31st member", "COOPERATE", ["NATO"], "2023-04-04", "text", "occurred",
              "the Turkish parliament ratified"),
            E("Stoltenberg urges Ankara to ratify Sweden's membership", "REQUEST", ["Jens Stoltenberg", "Turkey"],
              "2023-W16", "text", "occurred", "Jens Stoltenberg urged Ankara"),
            E("NATO summit in Vilnius", "CONSULT", ["NATO"], "2023-07", "text", "planned",
              "Jens Stoltenberg urged Ankara", note="11–12 July 2023"),
            E("Blinken expects Turkey to complete the ratification as soon as possible", "REQUEST",
              ["Antony Blinken", "Turkey"], "2023-04-26", "published", "occurred", "Antony Blinken said"),
        ],
        [
            S("Russia", "Embassy: the expulsions are an unfriendly step and will not go unanswered", "2023-04-25TEV",
              "text", "The Russian Embassy called the expulsions"),
            S("Maria Zakharova", "Moscow will respond in accordance with the principle of reciprocity", "2023-04-26",
              "text", "in accordance with the principle of reciprocity"),
            S("Dmitry Peskov", "Stockholm is systematically destroying what remains of bilateral relations",
              "2023-04-26", "published", "systematically destroying"),
            S("Recep Tayyip Erdoğan", "Ankara cannot approve the bid as long as terrorists march in Stockholm; "
              "concrete steps against PKK supporters needed", "2023-04-24", "text", "as long as terrorists march"),
            S("Jens Stoltenberg", "Ankara should ratify Sweden's membership before the Vilnius summit", "2023-W16",
              "text", "Jens Stoltenberg urged Ankara"),
            S("Antony Blinken", "Washington expects Turkey to complete the ratification as soon as possible",
              "2023-04-26", "published", "Antony Blinken said"),
        ],
        ["Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Ukraine", "NATO", "Turkey",
         "Recep Tayyip Erdoğan", "Jens Stoltenberg", "Antony Blinken", "United States"],
    ),
    doc(
        "b85en05_uk_expels_russian_attache_2024_05", "2024-05-09", EN05,
        [
            T("Wednesday", "DATE", "2024-05-08"),
            T("Wednesday afternoon", "TIME", "2024-05-08TAF"),
            T("March", "DATE", "2024-03"),
            T("2018", "DATE", "2018"),
            T("Thursday", "DATE", "2024-05-09"),
            T("Monday", "DATE", "2024-05-06", 0),
            T("last week", "DATE", "2024-W18", 0),
            T("a year", "SET", "P1Y"),
            T("Monday", "DATE", "2024-05-06", 1),
            T("a week", "DURATION", "P1W"),
            T("last week", "DATE", "2024-W18", 1),
            T("Tuesday", "DATE", "2024-05-07"),
        ],
        [
            E("UK expels Russia's defence attaché", "SANCTION", ["United Kingdom", "Russia"], "2024-05-08", "text",
              "occurred", "Home Secretary James Cleverly told MPs"),
            E("UK strips two Russian properties of diplomatic status and tightens visa rules for Russian diplomats",
              "SANCTION", ["United Kingdom", "Russia"], "2024-05-08", "context", "planned", "Seacox Heath"),
            E("Russian ambassador Kelin summoned to the Foreign Office", "ACCUSE", ["United Kingdom", "Russia"],
              "2024-05-08TAF", "text", "occurred", "Andrei Kelin, was summoned"),
            E("Cleverly links the measures to a string of Russian-backed incidents", "ACCUSE",
              ["United Kingdom", "Russia"], "2024-05-08", "context", "occurred", "Cleverly linked the measures"),
            E("Arson attack on a Ukrainian-owned warehouse in Leyton allegedly on behalf of Wagner", "ASSAULT",
              ["Russia"], "2024-03", "text", "uncertain", "Cleverly linked the measures",
              note="20 March 2024; attribution alleged"),
            E("Britain expels 23 Russian diplomats after the Salisbury poisoning", "SANCTION",
              ["United Kingdom", "Russia"], "2018", "text", "occurred", "It is the first such step since 2018",
              note="March 2018"),
            E("Zakharova: Britain will face retaliatory measures", "THREATEN", ["Maria Zakharova", "United Kingdom"],
              "2024-05-09", "text", "occurred", "retaliatory measures"),
            E("Zakharova accuses London of blatant Russophobia", "ACCUSE", ["Maria Zakharova", "United Kingdom"],
              "2024-05-09", "text", "occurred", "retaliatory measures"),
            E("Russia summons the British ambassador over Cameron's remark", "ACCUSE", ["Russia", "United Kingdom"],
              "2024-05-06", "text", "occurred", "had already summoned Britain's ambassador"),
            E("Russia warns of attacks on British military facilities in Ukraine and beyond", "THREATEN",
              ["Russia", "United Kingdom"], "2024-05-06", "context", "occurred", "It warned that any such strike"),
            E("Cameron visits Kyiv", "CONSULT", ["United Kingdom", "Ukraine"], "2024-W18", "text", "occurred",
              "Cameron had made the remark during a visit to Kyiv", note="2–3 May 2024"),
            E("Cameron pledges £3 billion a year in military aid to Ukraine", "AID", ["United Kingdom", "Ukraine"],
              "2024-W18", "context", "occurred", "Cameron had made the remark during a visit to Kyiv"),
            E("Germany recalls its ambassador from Moscow for consultations", "SANCTION", ["Germany", "Russia"],
              "2024-05-06", "text", "occurred", "Germany recalled its ambassador"),
            E("Berlin blames Russian military intelligence for the cyberattack on the SPD", "ACCUSE",
              ["Germany", "Russia"], "2024-05-06", "context", "occurred", "Germany recalled its ambassador"),
            E("NATO allies deeply concerned about Russian hybrid actions", "ACCUSE", ["NATO", "Russia"], "2024-W18",
              "text", "occurred", "NATO allies said in a statement", note="2 May 2024"),
            E("Sunak–Stoltenberg phone call", "CONSULT", ["United Kingdom", "Jens Stoltenberg"], "2024-05-07", "text",
              "occurred", "Downing Street said Prime Minister Rishi Sunak"),
        ],
        [
            S("United Kingdom", "Cleverly: the Russian defence attaché, an undeclared intelligence officer, has been "
              "ordered to leave", "2024-05-08", "text", "Home Secretary James Cleverly told MPs"),
            S("United Kingdom", "Cleverly: this is a message to the Russian state, we will not tolerate this",
              "2024-05-08", "context", "This is a message to the Russian state"),
            S("United Kingdom", "Cleverly links the measures to incidents such as the Leyton arson", "2024-05-08",
              "context", "Cleverly linked the measures"),
            S("Russia", "Moscow responds swiftly to the expulsions", "2024-05-09", "published",
              "Moscow's response was swift"),
            S("Maria Zakharova", "Britain will face retaliatory measures; London shows blatant Russophobia",
              "2024-05-09", "text", "retaliatory measures"),
            S("Russia", "Any strike with British weapons could be answered with attacks on British military "
              "facilities in Ukraine and beyond", "2024-05-06", "context", "It warned that any such strike"),
            S("United Kingdom", "Cameron: Ukraine has the right to use British weapons to strike inside Russia; "
              "£3 billion a year for as long as it takes", "2024-W18", "context",
              "Cameron had made the remark during a visit to Kyiv"),
            S("Germany", "Berlin blames Russian military intelligence for the cyberattack on the SPD", "2024-05-06",
              "context", "Germany recalled its ambassador"),
            S("NATO", "Deeply concerned about Russian hybrid actions in several member states", "2024-W18", "text",
              "NATO allies said in a statement"),
            S("United Kingdom", "Sunak discussed the threat with Stoltenberg by phone", "2024-05-09", "published",
              "Downing Street said Prime Minister Rishi Sunak"),
        ],
        ["United Kingdom", "Russia", "Ukraine", "Maria Zakharova", "Germany", "NATO", "Jens Stoltenberg"],
    ),
    doc(
        "b85en06_vezhen_cable_gotland_2025_01", "2025-01-27", EN06,
        [
            T("Sunday morning", "TIME", "2025-01-26TMO"),
            T("Sunday evening", "TIME", "2025-01-26TEV"),
            T("Monday", "DATE", "2025-01-27", 0),
            T("Monday", "DATE", "2025-01-27", 1),
            T("January 14", "DATE", "2025-01-14"),
            T("Sunday", "DATE", "2025-01-26", 2),
            T("February 24", "DATE", "2025-02-24"),
            T("next month", "DATE", "2025-02"),
            T("Christmas Day", "DATE", "2024-12-25"),
            T("November", "DATE", "2024-11"),
        ],
        [
            E("NATO ships of the Baltic Sentry mission patrol the area of the damaged cable", "MOBILIZE", ["NATO"],
              "2025-01-27", "text", "occurred", "NATO said on Monday that ships"),
            E("NATO launches Baltic Sentry", "MOBILIZE", ["NATO"], "2025-01-14", "text", "occurred",
              "NATO said on Monday that ships"),
            E("Summit of Baltic Sea allies hosted by Stubb in Helsinki", "CONSULT", ["NATO", "Alexander Stubb"],
              "2025-01-14", "text", "occurred", "NATO said on Monday that ships"),
            E("Rutte speaks to Latvian Prime Minister Siliņa", "CONSULT", ["Mark Rutte"], "2025-01-26", "text",
              "occurred", "Mark Rutte wrote on X on Sunday"),
            E("Rutte: NATO stands in solidarity with Latvia", "SUPPORT", ["Mark Rutte", "NATO"], "2025-01-26",
              "context", "occurred", "Mark Rutte wrote on X on Sunday"),
            E("EU to list more shadow fleet vessels in its 16th sanctions package", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2025-02-24", "text", "planned",
              "Kaja Kallas said the bloc would add"),
            E("Commission to present an action plan on undersea cable security", "REQUEST", ["European Union"],
              "2025-02", "text", "planned", "A spokesperson for Commission President"),
            E("Tusk offers Polish navy ships to protect Baltic undersea infrastructure", "REQUEST",
              ["Donald Tusk", "Poland"], "2025-01-27", "published", "occurred", "Warsaw was ready to send navy ships"),
            E("Zakharova accuses NATO of using the incidents as a pretext to restrict Russian shipping", "ACCUSE",
              ["Maria Zakharova", "NATO"], "2025-01-27", "published", "occurred", "accused NATO of using"),
            E("Zakharova: Moscow will not allow restrictions on its Baltic shipping", "THREATEN",
              ["Maria Zakharova", "NATO"], "2025-01-27", "published", "occurred", "accused NATO of using"),
            E("Finland detains the shadow fleet tanker Eagle S", "COERCE", ["Russia"], "2024-12-25", "context",
              "occurred", "Finnish authorities detained the tanker Eagle S", note="detained on 26 December 2024"),
        ],
        [
            S("NATO", "Baltic Sentry ships are patrolling the area", "2025-01-27", "text",
              "NATO said on Monday that ships"),
            S("Mark Rutte", "Spoke to Siliņa; NATO stands in solidarity with Latvia", "2025-01-26", "text",
              "Mark Rutte wrote on X on Sunday"),
            S("Kaja Kallas", "The EU will list more shadow fleet vessels in the 16th package by February 24",
              "2025-01-27", "published", "Kaja Kallas said the bloc would add"),
            S("European Union", "The Commission will present an action plan on undersea cable security next month",
              "2025-01-27", "published", "A spokesperson for Commission President"),
            S("Donald Tusk", "Warsaw is ready to send navy ships to protect Baltic undersea infrastructure",
              "2025-01-27", "published", "Warsaw was ready to send navy ships"),
            S("Maria Zakharova", "NATO uses the incidents as a pretext to restrict Russian shipping; Moscow will not "
              "allow it", "2025-01-27", "published", "accused NATO of using"),
        ],
        ["NATO", "Alexander Stubb", "Mark Rutte", "European Union", "Kaja Kallas", "Ursula von der Leyen", "Russia",
         "Donald Tusk", "Poland", "Maria Zakharova"],
    ),
]
