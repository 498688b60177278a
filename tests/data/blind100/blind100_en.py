"""English articles of the blind100 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b100en01 (ArcticToday)
EN01 = """
Arctic Council working groups to resume meetings as Norway works to keep the forum alive

The Arctic Council's working groups will gradually resume their meetings in a virtual format, the council's Norwegian chairship announced Thursday, the most significant step toward restoring the forum since seven member states paused cooperation with Russia in March 2022.
The decision was adopted by all eight member states, including Russia and the United States, through a written procedure, Norway's senior Arctic official Morten Høglund said.
"This is an important step to make sure the council can continue its work for the climate, the environment and the people of the Arctic," Høglund said in a statement.
Meetings at the political level remain suspended, and there will be no in-person meetings with Russian participation until further notice.

Russia's ambassador-at-large for Arctic cooperation, Nikolai Korchunov, told RIA Novosti on Thursday that Moscow saw the move as "a step in the right direction," but said it did not go far enough.
Earlier this month, Russia announced that it was suspending its annual payments to the council until "real work" with Russian participation resumes.
Foreign Minister Sergey Lavrov warned last year that Moscow would leave the council if it no longer served Russia's interests.

The U.S. State Department welcomed the decision on Thursday, saying the council's scientific work "must go on."
A department spokesperson added that there could be no return to business as usual with Russia as long as its war against Ukraine continues.

Russia handed the chairship to Norway at a low-key virtual ceremony hosted from Salekhard in May 2023.
Norway's term runs until May 2025, when the chairship passes to the Kingdom of Denmark.
Since the pause, researchers have warned of growing gaps in data on permafrost, sea ice and wildlife, since roughly half of the Arctic's coastline lies in Russia.

Russia has meanwhile turned to China.
Moscow and Beijing agreed last year to set up a joint body on shipping along the Northern Sea Route, a move watched warily in Washington and Oslo.
With Finland's accession in April 2023 and Sweden expected to formally join in the coming days, seven of the eight Arctic states will be members of NATO.

The first virtual working-group meetings are expected in April, Høglund said.
The Permanent Participants, the six Indigenous organizations that sit at the council table, have pushed for the resumption since 2022, arguing that their communities on both sides of the border were paying the price for the freeze.
"""

# ---------------------------------------------------------------- b100en02 (Nunatsiaq News)
EN02 = """
Vance tells troops at Greenland base that Denmark "has not done a good job"

U.S. Vice-President JD Vance told American troops at Pituffik Space Base in northwest Kalaallit Nunaat (Greenland) on Friday that Denmark "has not done a good job by the people of Greenland," as the Trump administration pressed its campaign to bring the island under American control.
Vance was accompanied by his wife Usha Vance, national security adviser Mike Waltz and Energy Secretary Chris Wright.
He said the United States did not believe military force would "ever be necessary."
"We think the people of Greenland are going to choose, through self-determination, to become part of the United States," Vance said.

The trip was scaled back from an earlier plan that had Usha Vance attending the national dogsled race in Sisimiut on Saturday, which drew protests in Nuuk and Copenhagen.
Danish Prime Minister Mette Frederiksen said Thursday that the visit amounted to "unacceptable pressure" on Greenland and its people.
In Washington, President Donald Trump told reporters on Friday that the U.S. "needs Greenland" for international security.
"We have to have it," Trump said.

In Nuuk, premier-designate Jens-Frederik Nielsen presented a broad four-party coalition on Friday and said Greenland "is not for sale and never will be."
The Inuit Circumpolar Council, which represents about 180,000 Inuit in Greenland, Canada, Alaska and Chukotka, said decisions about Inuit homelands must be made by Inuit.

On Thursday, Russian President Vladimir Putin told the International Arctic Forum in Murmansk that American plans for Greenland were "serious" and had "long historical roots."
"It is a matter for two specific states and has nothing to do with us," Putin said, while accusing NATO of treating the Far North as a "springboard for possible conflicts."
He said Russia would expand its military presence in the Arctic and modernize the infrastructure of its Northern Fleet.

The visit has been watched closely in Nunavut.
Prime Minister Mark Carney came to Iqaluit on March 18 to announce new investments in over-the-horizon radar and Arctic defence.
NATO Secretary General Mark Rutte, who met Trump at the White House earlier this month, has so far avoided taking sides on Greenland.
"""

# ---------------------------------------------------------------- b100en03 (Upstream)
EN03 = """
Baltic Pipe opens as Nord Stream leaks stoke sabotage fears

The Baltic Pipe was officially inaugurated on Tuesday at a ceremony in Goleniow in north-western Poland, giving Warsaw direct access to gas from the Norwegian Continental Shelf for the first time.
The 900-kilometre system, built by Poland's Gaz-System and Denmark's Energinet, has an annual capacity of up to 10 billion cubic metres.
Polish Prime Minister Mateusz Morawiecki said the pipeline marked the end of "the era of dominance of Russian gas" in his country.

Poland has been without Russian pipeline gas since April, when Gazprom cut off supplies after Warsaw refused to pay in roubles.
State-controlled PGNiG has booked most of the new capacity and will ship volumes from its own fields offshore Norway, with the balance bought from Equinor and other producers.
Warsaw intends to stop importing Russian gas altogether when its long-term Yamal contract expires at the end of the year.

The ceremony was overshadowed by the discovery of three leaks on the Nord Stream 1 and 2 pipelines off the Danish island of Bornholm, after Swedish seismologists registered two underwater explosions on Monday.
Morawiecki told reporters in Goleniow that the leaks were "an act of sabotage" that probably marked "the next step of escalation" of the situation in Ukraine.
Kremlin spokesman Dmitry Peskov said on Tuesday that "no option can be ruled out" and called the damage "very worrying."

European Commission President Ursula von der Leyen said on Wednesday she had spoken with Danish Prime Minister Mette Frederiksen about the incidents.
Any deliberate disruption of active European energy infrastructure was "unacceptable" and would lead to "the strongest possible response," von der Leyen said.
NATO Secretary General Jens Stoltenberg said he had discussed the sabotage with Danish Defence Minister Morten Bodskov on Wednesday.

Norway's Energy Minister Terje Aasland said security would be stepped up at Norwegian oil and gas installations after sightings of unidentified drones near offshore platforms in recent weeks.
Norway has overtaken Russia as Europe's largest gas supplier this year, and pipeline operator Gassco said all export systems were running normally.
Germany, which received Russian gas through Nord Stream 1 until Gazprom halted flows at the end of August, has been buying record volumes from Norway.
Benchmark Dutch TTF prices jumped by about 12% on Tuesday as traders priced in the risk to supply routes.

The Baltic Pipe will operate at reduced rates until the end of November, when the Danish section is scheduled to be completed.
"""

# ---------------------------------------------------------------- b100en04 (Eye on the Arctic)
EN04 = """
Finland to keep border with Russia closed "until further notice"

Finland's government decided on Thursday to keep all crossing points on its 1,340-kilometre land border with Russia closed indefinitely, arguing that Moscow could again use migrants to put pressure on its Nordic neighbour.
The closure, which had been in place since mid-December, was due to expire on April 14.
Interior Minister Mari Rantanen told reporters in Helsinki that Russia was continuing its "hybrid influence operation" and that hundreds of people could be waiting near the border on the Russian side.
"The phenomenon has not gone away," Rantanen said.

Helsinki accused Moscow last autumn of deliberately funnelling asylum seekers without proper documents to the border, after about 1,300 people from countries such as Syria, Somalia and Yemen arrived within weeks.
Finland closed its four south-eastern crossings on November 18 and the remaining ones by the end of that month, including Raja-Jooseppi in Lapland, the only crossing point from the Murmansk region.
Two crossings, Vaalimaa and Niirala, were briefly reopened on December 14 but closed again the next day when dozens of migrants reappeared.

President Alexander Stubb, who took office in March, said on Thursday the decision was "regrettable but necessary."
"The key thing is that the security of Finland's border is in our own hands," he told public broadcaster Yle.

Kremlin spokesman Dmitry Peskov said on Friday that Moscow regretted the decision and blamed Helsinki's "Russophobic" course for the deterioration of relations.
Russia's embassy in Helsinki said the closure separated families and called it a violation of the rights of Finnish and Russian citizens.

The European Commission has backed Finland's approach.
The EU border agency Frontex has had about 50 officers and patrol vehicles at Finland's eastern border since November, deployed at Helsinki's request.
EU Home Affairs Commissioner Ylva Johansson said in December that Russia was using migrants as a weapon and that Finland's measures were justified.

In the border towns of Lappeenranta and Imatra, shopkeepers who once depended on Russian day-trippers say business has collapsed.
In Finnish Lapland, where reindeer herders and tourism operators long had close ties to the Kola Peninsula, the closure has ended almost all contact across the border.
"""

# ---------------------------------------------------------------- b100en05 (USNI News)
EN05 = """
Putin Kicks Off Ocean-2024 Drills, Puts Arctic and Northern Fleet Front and Center

Russian President Vladimir Putin on Tuesday opened Ocean-2024, a series of naval drills spanning the Pacific and Arctic oceans, the Mediterranean, Caspian and Baltic seas, according to a Kremlin readout.
More than 400 warships, submarines and support vessels, some 120 aircraft and about 90,000 personnel are taking part in the drills, which run through Monday, the Russian Ministry of Defense said.
The exercise is the largest naval maneuver Russia has staged in three decades.

Speaking by video link, Putin said "particular attention" would be paid to the Arctic, where he accused the United States of stepping up its military activity near Russia's borders.
"We see the increasing military presence of the United States and its allies in the Arctic, and we will respond accordingly," Putin said.
He said Russia would continue to build up its Northern Fleet and its capabilities on the Kola Peninsula, home to most of the country's ballistic missile submarines.

Northern Fleet ships and submarines will fire anti-ship and cruise missiles at targets in the Barents Sea and the Norwegian Sea during the drills, the defense ministry said.
Chinese warships will join the Pacific portion of the exercise in the Sea of Japan, according to the ministry, a sign of the deepening military partnership between Moscow and Beijing.
In July, Russian and Chinese strategic bombers flew a joint patrol near Alaska for the first time, prompting NORAD to launch fighters.

The Pentagon released an updated Arctic strategy in July that warned of growing cooperation between Russia and China in the region.
Pentagon Press Secretary Maj. Gen. Pat Ryder said Tuesday that the U.S. was monitoring the drills but did not see them as a threat.
"This is not unusual, and we will continue to fly, sail and operate wherever international law allows," Ryder said.

A NATO official told USNI News the alliance was following the exercise closely and that Allied forces in the High North remained ready to respond.
Norway, which shares a border with Russia in the Arctic, routinely tracks Northern Fleet movements with P-8A Poseidon maritime patrol aircraft flying out of Evenes.
"""

# ---------------------------------------------------------------- b100en06 (newsinenglish.no)
EN06 = """
Drone arrests put Norway on edge as allies patrol its oil fields

Norwegian police have now arrested two Russian citizens in less than two weeks for flying drones in violation of sanctions, amid mounting concern over the security of the country's offshore oil and gas installations.
Andrey Yakunin, a 47-year-old British-Russian businessman and son of a former head of Russia's state railways, was arrested on Monday in Hammerfest after sailing along the coast of Svalbard and Northern Norway on his yacht.
Police said they found several drones and memory cards on board, and a district court in Tromsø ordered him held in custody for two weeks.
On October 11, another Russian man was stopped at the Storskog border crossing near Kirkenes with two drones and several terabytes of photos and video.

Russian citizens and companies have been banned from flying drones over Norwegian territory since February, under the sanctions Norway adopted in step with the EU.
Prime Minister Jonas Gahr Støre told state broadcaster NRK on Tuesday that the rules were clear and that police would enforce them.
"Russians are not allowed to fly drones in Norway," Støre said.

The Russian Embassy in Oslo demanded consular access to both men and accused the Norwegian authorities of "spy mania."
Kremlin spokesman Dmitry Peskov said Moscow had no details about the cases but hoped that the rights of the Russian citizens would be respected.

The arrests come after several weeks of unexplained drone sightings near platforms on the Norwegian continental shelf and near onshore gas processing plants.
Since the explosions that damaged the Nord Stream pipelines in the Baltic, Norway has put its armed forces on a higher state of readiness around energy installations.
German, French and British naval vessels have been helping to patrol around the platforms since early October, at Oslo's request.
NATO Secretary General Jens Stoltenberg, a former Norwegian prime minister, said last week that the alliance had doubled its naval presence in the Baltic and North seas to more than 30 ships.

Norway has become Europe's most important supplier of natural gas this year, delivering about a quarter of the gas used in the EU and Britain.
Støre is due in Berlin on Friday for talks with German Chancellor Olaf Scholz, where the protection of energy infrastructure is expected to top the agenda.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b100en01_arctic_council_working_groups_2024_03", "2024-03-01", EN01,
        [
            T("Thursday", "DATE", "2024-02-29", 0),
            T("March 2022", "DATE", "2022-03"),
            T("Thursday", "DATE", "2024-02-29", 1),
            T("this month", "DATE", "2024-02"),
            T("annual", "SET", "P1Y"),
            T("last year", "DATE", "2023", 0),
            T("Thursday", "DATE", "2024-02-29", 2),
            T("May 2023", "DATE", "2023-05"),
            T("May 2025", "DATE", "2025-05"),
            T("last year", "DATE", "2023", 1),
            T("April 2023", "DATE", "2023-04"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("April", "DATE", "2024-04", 1),
            T("2022", "DATE", "2022", 1),
        ],
        [
            E("Seven Arctic Council member states paused cooperation with Russia", "SANCTION",
              ["United States", "Russia"], "2022-03", "text", "occurred", "The Arctic Council's working groups"),
            E("All eight member states, including Russia and the US, agree to resume working-group meetings "
              "virtually", "AGREE", ["Russia", "United States"], "2024-02-29", "context", "occurred",
              "The decision was adopted by all eight"),
            E("Russia's Arctic envoy welcomes the move as a step in the right direction", "SUPPORT", ["Russia"],
              "2024-02-29", "text", "occurred", "Nikolai Korchunov, told RIA Novosti"),
            E("Russia suspends its annual payments to the Arctic Council", "SANCTION", ["Russia"], "2024-02",
              "text", "occurred", "Earlier this month, Russia announced"),
            E("Lavrov warns Moscow would leave the council if it no longer served Russia's interests", "THREATEN",
              ["Sergey Lavrov"], "2023", "text", "occurred", "Foreign Minister Sergey Lavrov warned"),
            E("The US State Department welcomes the decision", "SUPPORT", ["United States"], "2024-02-29", "text",
              "occurred", "The U.S. State Department welcomed"),
            E("The US rules out business as usual with Russia while its war against Ukraine continues", "REJECT",
              ["United States", "Russia"], "2024-02-29", "context", "occurred", "A department spokesperson added"),
            E("Russia hands the Arctic Council chairship to Norway at a virtual ceremony", "CONSULT", ["Russia"],
              "2023-05", "text", "occurred", "Russia handed the chairship to Norway"),
            E("Russia and China agree to set up a joint body on the Northern Sea Route", "AGREE", ["Russia", "China"],
              "2023", "text", "occurred", "Moscow and Beijing agreed last year"),
            E("Finland joins NATO", "COOPERATE", ["NATO"], "2023-04", "text", "occurred",
              "With Finland's accession in April 2023"),
            E("Sweden expected to formally join NATO", "COOPERATE", ["NATO"], "FUTURE_REF", "vague", "planned",
              "With Finland's accession in April 2023"),
            E("First virtual working-group meetings", "CONSULT", ["Russia", "United States"], "2024-04", "text",
              "planned", "The first virtual working-group meetings"),
        ],
        [
            S("Russia", "Korchunov: the move is a step in the right direction but does not go far enough",
              "2024-02-29", "text", "Nikolai Korchunov, told RIA Novosti"),
            S("Russia", "Russia suspends its payments to the council until real work with Russian participation "
              "resumes", "2024-02", "text", "Earlier this month, Russia announced"),
            S("Sergey Lavrov", "Moscow would leave the council if it no longer served Russia's interests", "2023",
              "text", "Foreign Minister Sergey Lavrov warned"),
            S("United States", "The council's scientific work must go on", "2024-02-29", "text",
              "The U.S. State Department welcomed"),
            S("United States", "No return to business as usual with Russia while its war against Ukraine continues",
              "2024-02-29", "context", "A department spokesperson added"),
        ],
        ["Russia", "United States", "Sergey Lavrov", "Ukraine", "China", "NATO"],
    ),
    doc(
        "b100en02_vance_pituffik_greenland_2025_03", "2025-03-29", EN02,
        [
            T("Friday", "DATE", "2025-03-28", 0),
            T("Saturday", "DATE", "2025-03-29"),
            T("Thursday", "DATE", "2025-03-27", 0),
            T("Friday", "DATE", "2025-03-28", 1),
            T("Friday", "DATE", "2025-03-28", 2),
            T("Thursday", "DATE", "2025-03-27", 1),
            T("March 18", "DATE", "2025-03-18"),
            T("this month", "DATE", "2025-03"),
        ],
        [
            E("Vance visits US troops at Pituffik Space Base in Greenland", "CONSULT", ["JD Vance"], "2025-03-28",
              "text", "occurred", "told American troops at Pituffik"),
            E("Vance accuses Denmark of not doing a good job by the people of Greenland", "ACCUSE", ["JD Vance"],
              "2025-03-28", "text", "occurred", "told American troops at Pituffik"),
            E("Usha Vance's planned visit to the dogsled race in Sisimiut dropped", "CONSULT", ["United States"],
              "2025-03-29", "text", "cancelled", "The trip was scaled back"),
            E("Frederiksen calls the visit unacceptable pressure", "ACCUSE", ["United States"], "2025-03-27", "text",
              "occurred", "Danish Prime Minister Mette Frederiksen"),
            E("Trump: the US needs Greenland", "REQUEST", ["Donald Trump"], "2025-03-28", "text", "occurred",
              "told reporters on Friday"),
            E("Nielsen: Greenland is not for sale", "REJECT", ["United States"], "2025-03-28", "text", "occurred",
              "premier-designate Jens-Frederik Nielsen"),
            E("Putin accuses NATO of treating the Far North as a springboard for conflicts", "ACCUSE",
              ["Vladimir Putin", "NATO"], "2025-03-27", "context", "occurred", "It is a matter for two specific states"),
            E("Russia to expand its military presence in the Arctic", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2025-03-27", "context", "planned", "He said Russia would expand",
              note="no date given; dated by the announcement at the forum"),
            E("Rutte met Trump at the White House", "CONSULT", ["Mark Rutte", "Donald Trump"], "2025-03", "text",
              "occurred", "who met Trump at the White House"),
        ],
        [
            S("JD Vance", "Denmark has not done a good job by the people of Greenland", "2025-03-28", "text",
              "told American troops at Pituffik"),
            S("JD Vance", "The US does not believe military force will ever be necessary", "2025-03-28", "context",
              "He said the United States did not believe"),
            S("JD Vance", "Greenlanders will choose through self-determination to become part of the US",
              "2025-03-28", "context", "We think the people of Greenland"),
            S("Donald Trump", "The US needs Greenland for international security", "2025-03-28", "text",
              "told reporters on Friday"),
            S("Donald Trump", "We have to have it", "2025-03-28", "context", "We have to have it"),
            S("Vladimir Putin", "US plans for Greenland are serious and have long historical roots", "2025-03-27",
              "text", "On Thursday, Russian President Vladimir Putin"),
            S("Vladimir Putin", "Greenland is a matter for two states; NATO treats the Far North as a springboard for "
              "conflicts", "2025-03-27", "context", "It is a matter for two specific states"),
            S("Vladimir Putin", "Russia will expand its military presence in the Arctic and modernize the Northern "
              "Fleet's infrastructure", "2025-03-27", "context", "He said Russia would expand"),
        ],
        ["JD Vance", "United States", "Donald Trump", "Vladimir Putin", "Russia", "NATO", "Mark Rutte"],
    ),
    doc(
        "b100en03_baltic_pipe_nord_stream_2022_09", "2022-09-28", EN03,
        [
            T("Tuesday", "DATE", "2022-09-27", 0),
            T("annual", "SET", "P1Y"),
            T("April", "DATE", "2022-04"),
            T("the end of the year", "DATE", "2022", mod="END"),
            T("Monday", "DATE", "2022-09-26"),
            T("Tuesday", "DATE", "2022-09-27", 1),
            T("Wednesday", "DATE", "2022-09-28", 0),
            T("Wednesday", "DATE", "2022-09-28", 1),
            T("recent weeks", "DATE", "PAST_REF"),
            T("this year", "DATE", "2022"),
            T("the end of August", "DATE", "2022-08", mod="END"),
            T("Tuesday", "DATE", "2022-09-27", 2),
            T("the end of November", "DATE", "2022-11", mod="END"),
        ],
        [
            E("The Baltic Pipe from Norway to Poland is inaugurated in Goleniow", "COOPERATE", ["Poland"],
              "2022-09-27", "text", "occurred", "The Baltic Pipe was officially inaugurated"),
            E("Gazprom cuts off gas supplies to Poland", "SANCTION", ["Russia", "Poland"], "2022-04", "text",
              "occurred", "Poland has been without Russian pipeline gas"),
            E("Warsaw refuses to pay for Russian gas in roubles", "REJECT", ["Poland", "Russia"], "2022-04",
              "context", "occurred", "Poland has been without Russian pipeline gas"),
            E("Poland to stop importing Russian gas when the Yamal contract expires", "SANCTION",
              ["Poland", "Russia"], "2022", "text", "planned", "Warsaw intends to stop importing", date_mod="END"),
            E("Von der Leyen speaks with Danish Prime Minister Frederiksen about the Nord Stream incidents",
              "CONSULT", ["Ursula von der Leyen"], "2022-09-28", "text", "occurred",
              "Ursula von der Leyen said on Wednesday"),
            E("Von der Leyen warns any deliberate disruption of energy infrastructure will meet the strongest "
              "possible response", "THREATEN", ["Ursula von der Leyen"], "2022-09-28", "context", "occurred",
              "Any deliberate disruption"),
            E("Stoltenberg discusses the sabotage with the Danish defence minister", "CONSULT", ["Jens Stoltenberg"],
              "2022-09-28", "text", "occurred", "Jens Stoltenberg said he had discussed"),
            E("Gazprom halts flows to Germany through Nord Stream 1", "SANCTION", ["Russia", "Germany"], "2022-08",
              "text", "occurred", "until Gazprom halted flows", date_mod="END"),
        ],
        [
            S("Poland", "Morawiecki: the pipeline ends the era of dominance of Russian gas", "2022-09-27", "context",
              "Morawiecki said the pipeline marked"),
            S("Poland", "Morawiecki: the leaks are an act of sabotage and probably the next step of escalation",
              "2022-09-27", "context", "Morawiecki told reporters in Goleniow"),
            S("Dmitry Peskov", "No option can be ruled out; the damage is very worrying", "2022-09-27", "text",
              "Kremlin spokesman Dmitry Peskov said on Tuesday"),
            S("Ursula von der Leyen", "Spoke with Frederiksen about the incidents", "2022-09-28", "text",
              "Ursula von der Leyen said on Wednesday"),
            S("Ursula von der Leyen", "Deliberate disruption of European energy infrastructure is unacceptable and "
              "will meet the strongest possible response", "2022-09-28", "context", "Any deliberate disruption"),
            S("Jens Stoltenberg", "Discussed the sabotage with the Danish defence minister", "2022-09-28", "text",
              "Jens Stoltenberg said he had discussed"),
        ],
        ["Poland", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine", "Ursula von der Leyen", "European Union",
         "NATO", "Jens Stoltenberg", "Germany"],
    ),
    doc(
        "b100en04_finland_border_closed_indefinitely_2024_04", "2024-04-05", EN04,
        [
            T("Thursday", "DATE", "2024-04-04", 0),
            T("mid-December", "DATE", "2023-12", mod="MID"),
            T("April 14", "DATE", "2024-04-14"),
            T("last autumn", "DATE", "2023-FA"),
            T("weeks", "DURATION", "PXW"),
            T("November 18", "DATE", "2023-11-18"),
            T("the end of that month", "DATE", "2023-11", mod="END"),
            T("December 14", "DATE", "2023-12-14"),
            T("the next day", "DATE", "2023-12-15"),
            T("March", "DATE", "2024-03"),
            T("Thursday", "DATE", "2024-04-04", 1),
            T("Friday", "DATE", "2024-04-05"),
            T("November", "DATE", "2023-11", 1),
            T("December", "DATE", "2023-12", 1),
        ],
        [
            E("Finland decides to keep its border with Russia closed indefinitely", "SANCTION", ["Russia"],
              "2024-04-04", "text", "occurred", "Finland's government decided on Thursday"),
            E("Rantanen accuses Russia of continuing a hybrid influence operation", "ACCUSE", ["Russia"],
              "2024-04-04", "context", "occurred", "Interior Minister Mari Rantanen told reporters"),
            E("Helsinki accused Moscow of funnelling asylum seekers to the border", "ACCUSE", ["Russia"], "2023-FA",
              "text", "occurred", "Helsinki accused Moscow last autumn"),
            E("Finland closes its four south-eastern crossings", "SANCTION", ["Russia"], "2023-11-18", "text",
              "occurred", "Finland closed its four south-eastern crossings"),
            E("Finland closes its remaining crossings, including Raja-Jooseppi", "SANCTION", ["Russia"], "2023-11",
              "text", "occurred", "Finland closed its four south-eastern crossings", date_mod="END"),
            E("Finland briefly reopens Vaalimaa and Niirala", "CONCEDE", ["Russia"], "2023-12-14", "text",
              "occurred", "Two crossings, Vaalimaa and Niirala"),
            E("Finland closes the two crossings again", "SANCTION", ["Russia"], "2023-12-15", "text", "occurred",
              "Two crossings, Vaalimaa and Niirala"),
            E("Stubb backs the decision as regrettable but necessary", "SUPPORT", ["Alexander Stubb"], "2024-04-04",
              "text", "occurred", "President Alexander Stubb, who took office"),
            E("Peskov blames Helsinki's Russophobic course for the deterioration of relations", "ACCUSE",
              ["Dmitry Peskov"], "2024-04-05", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Russia's embassy calls the closure a violation of citizens' rights", "ACCUSE", ["Russia"],
              "2024-04-05", "published", "occurred", "Russia's embassy in Helsinki said"),
            E("Frontex deploys about 50 officers to Finland's eastern border at Helsinki's request", "AID",
              ["European Union"], "2023-11", "text", "occurred", "The EU border agency Frontex", date_mod="START"),
            E("Johansson accuses Russia of using migrants as a weapon", "ACCUSE", ["European Union", "Russia"],
              "2023-12", "text", "occurred", "EU Home Affairs Commissioner Ylva Johansson"),
            E("Johansson backs Finland's measures as justified", "SUPPORT", ["European Union"], "2023-12", "text",
              "occurred", "EU Home Affairs Commissioner Ylva Johansson"),
        ],
        [
            S("Alexander Stubb", "The decision is regrettable but necessary", "2024-04-04", "text",
              "President Alexander Stubb, who took office"),
            S("Alexander Stubb", "The security of Finland's border is in our own hands", "2024-04-04", "context",
              "The key thing is"),
            S("Dmitry Peskov", "Moscow regrets the decision; Helsinki's Russophobic course is to blame", "2024-04-05",
              "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Russia", "The closure separates families and violates the rights of Finnish and Russian citizens",
              "2024-04-05", "published", "Russia's embassy in Helsinki said"),
            S("European Union", "The Commission backs Finland's approach", "2024-04-05", "published",
              "The European Commission has backed"),
            S("European Union", "Johansson: Russia uses migrants as a weapon; Finland's measures are justified",
              "2023-12", "text", "EU Home Affairs Commissioner Ylva Johansson"),
        ],
        ["Russia", "Alexander Stubb", "Kremlin", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b100en05_ocean_2024_northern_fleet_2024_09", "2024-09-11", EN05,
        [
            T("Tuesday", "DATE", "2024-09-10", 0),
            T("Monday", "DATE", "2024-09-16"),
            T("three decades", "DURATION", "P30Y"),
            T("July", "DATE", "2024-07", 0),
            T("July", "DATE", "2024-07", 1),
            T("Tuesday", "DATE", "2024-09-10", 1),
        ],
        [
            E("Putin opens the Ocean-2024 naval drills", "MOBILIZE", ["Vladimir Putin", "Russia"], "2024-09-10",
              "text", "occurred", "Russian President Vladimir Putin on Tuesday opened"),
            E("Putin accuses the US of stepping up military activity in the Arctic near Russia's borders", "ACCUSE",
              ["Vladimir Putin", "United States"], "2024-09-10", "context", "occurred",
              "Speaking by video link, Putin said"),
            E("Putin vows to respond to the US military presence in the Arctic", "THREATEN",
              ["Vladimir Putin", "United States"], "2024-09-10", "context", "occurred",
              "We see the increasing military presence"),
            E("Russia to continue building up the Northern Fleet and its capabilities on Kola", "MOBILIZE",
              ["Vladimir Putin", "Russia"], "2024-09-10", "context", "planned", "He said Russia would continue"),
            E("Northern Fleet to fire missiles in the Barents and Norwegian seas during the drills", "MOBILIZE",
              ["Russia"], "2024-09-10", "context", "planned", "Northern Fleet ships and submarines will fire",
              note="during the drills of 10-16 September"),
            E("Chinese warships to join the Pacific portion of the exercise", "MOBILIZE", ["China", "Russia"],
              "2024-09-10", "context", "planned", "Chinese warships will join",
              note="during the drills of 10-16 September"),
            E("Russian and Chinese strategic bombers fly a joint patrol near Alaska", "MOBILIZE", ["Russia", "China"],
              "2024-07", "text", "occurred", "In July, Russian and Chinese strategic bombers"),
            E("The Pentagon's Arctic strategy warns of growing Russia-China cooperation", "ACCUSE",
              ["United States", "Russia", "China"], "2024-07", "text", "occurred",
              "The Pentagon released an updated Arctic strategy"),
        ],
        [
            S("Russia", "The defense ministry: more than 400 vessels and about 90,000 personnel take part", "2024-09-11",
              "published", "More than 400 warships"),
            S("Vladimir Putin", "Particular attention on the Arctic; the US is stepping up military activity near "
              "Russia's borders", "2024-09-10", "context", "Speaking by video link, Putin said"),
            S("Vladimir Putin", "Russia sees the growing US and allied presence in the Arctic and will respond",
              "2024-09-10", "context", "We see the increasing military presence"),
            S("Vladimir Putin", "Russia will keep building up the Northern Fleet and its Kola capabilities",
              "2024-09-10", "context", "He said Russia would continue"),
            S("Russia", "Northern Fleet ships will fire missiles in the Barents and Norwegian seas", "2024-09-11",
              "published", "Northern Fleet ships and submarines will fire"),
            S("Russia", "Chinese warships will join the Pacific portion", "2024-09-11", "published",
              "Chinese warships will join"),
            S("United States", "Ryder: the US monitors the drills but does not see them as a threat", "2024-09-10",
              "text", "Pat Ryder said Tuesday"),
            S("United States", "Ryder: not unusual; the US will keep operating wherever international law allows",
              "2024-09-10", "context", "This is not unusual"),
            S("NATO", "The alliance follows the exercise closely; forces in the High North remain ready", "2024-09-11",
              "published", "A NATO official told USNI News"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "United States", "China", "NATO"],
    ),
    doc(
        "b100en06_norway_drone_arrests_platforms_2022_10", "2022-10-19", EN06,
        [
            T("now", "DATE", "PRESENT_REF"),
            T("less than two weeks", "DURATION", "P2W", mod="LESS_THAN"),
            T("Monday", "DATE", "2022-10-17"),
            T("two weeks", "DURATION", "P2W", 1),
            T("October 11", "DATE", "2022-10-11"),
            T("February", "DATE", "2022-02"),
            T("Tuesday", "DATE", "2022-10-18"),
            T("several weeks", "DURATION", "PXW"),
            T("early October", "DATE", "2022-10", mod="START"),
            T("last week", "DATE", "2022-W41"),
            T("this year", "DATE", "2022"),
            T("Friday", "DATE", "2022-10-21"),
        ],
        [
            E("Norwegian police arrest British-Russian businessman Andrey Yakunin in Hammerfest over drone flights",
              "COERCE", ["Russia", "United Kingdom"], "2022-10-17", "text", "occurred",
              "Andrey Yakunin, a 47-year-old"),
            E("A Russian man stopped at Storskog with drones and photos", "COERCE", ["Russia"], "2022-10-11", "text",
              "occurred", "On October 11, another Russian man"),
            E("Norway bans Russian citizens and companies from flying drones over its territory", "SANCTION",
              ["Russia"], "2022-02", "text", "occurred", "Russian citizens and companies have been banned",
              date_mod="START"),
            E("The Russian embassy demands consular access to both men", "REQUEST", ["Russia"], "2022-10-19",
              "published", "occurred", "The Russian Embassy in Oslo demanded"),
            E("The Russian embassy accuses Norway of spy mania", "ACCUSE", ["Russia"], "2022-10-19", "published",
              "occurred", "The Russian Embassy in Oslo demanded"),
            E("Peskov asks that the rights of the Russian citizens be respected", "REQUEST", ["Dmitry Peskov"],
              "2022-10-19", "published", "occurred", "Kremlin spokesman Dmitry Peskov said"),
            E("German, French and British naval vessels patrol Norway's platforms", "MOBILIZE",
              ["Germany", "France", "United Kingdom"], "2022-10", "text", "occurred",
              "German, French and British naval vessels", date_mod="START"),
            E("NATO doubles its naval presence in the Baltic and North seas", "MOBILIZE",
              ["NATO", "Jens Stoltenberg"], "2022-W41", "context", "occurred", "said last week that the alliance"),
            E("Støre to meet Scholz in Berlin for talks on protecting energy infrastructure", "CONSULT",
              ["Olaf Scholz"], "2022-10-21", "text", "planned", "Støre is due in Berlin on Friday"),
        ],
        [
            S("Russia", "The embassy demands consular access and accuses Norway of spy mania", "2022-10-19", "published",
              "The Russian Embassy in Oslo demanded"),
            S("Dmitry Peskov", "Moscow has no details but hopes the Russian citizens' rights are respected",
              "2022-10-19", "published", "Kremlin spokesman Dmitry Peskov said"),
            S("Jens Stoltenberg", "NATO has doubled its naval presence in the Baltic and North seas to more than 30 "
              "ships", "2022-W41", "text", "said last week that the alliance"),
        ],
        ["Russia", "United Kingdom", "European Union", "Kremlin", "Dmitry Peskov", "Germany", "France", "NATO",
         "Jens Stoltenberg", "Olaf Scholz"],
    ),
]
