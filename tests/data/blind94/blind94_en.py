"""English articles of the blind94 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b94en01 (Cities Today)
EN01 = """
European cities and regions form alliance to rebuild Ukraine from the bottom up

BRUSSELS - More than 30 European cities, regions and associations on Thursday launched an alliance to help Ukrainian municipalities rebuild schools, hospitals and water systems destroyed in Russia's war.
The European Alliance of Cities and Regions for the Reconstruction of Ukraine was set up by the European Committee of the Regions (CoR), the EU's assembly of local and regional representatives, together with Ukrainian associations of cities and regions.
"Reconstruction must start now, and it must start from the bottom up," CoR President Vasco Alves Cordeiro told the committee's plenary session.

Kyiv Mayor Vitali Klitschko, speaking by video link from the capital, said Ukrainian cities needed "not only money but partners who stay for years."
He asked European cities to adopt individual Ukrainian towns and to press their national governments for more air defence.
Kharkiv Mayor Ihor Terekhov told delegates that more than 2,000 buildings in his city had been damaged by Russian shelling since February.
Delegates stood in silence for the victims of Monday's missile strike on a crowded shopping centre in Kremenchuk.

Warsaw Mayor Rafal Trzaskowski said the Polish capital, which has taken in more than 150,000 refugees since February, would send engineers to help Kyiv repair its district heating network before winter.
Members of the alliance will meet again in October to match offers of help with requests from Ukrainian municipalities.

The alliance will feed into the Ukraine Recovery Conference that opens in Lugano, Switzerland, on Monday, where Prime Minister Denys Shmyhal is expected to present a national recovery plan.
European Commission President Ursula von der Leyen has said the EU will set up a reconstruction platform with Kyiv, and EU leaders granted Ukraine candidate status at their summit in Brussels last week.
In his nightly video address on Wednesday, President Volodymyr Zelenskyy thanked "every city in Europe that has opened its doors" and promised that Ukraine would rebuild "better than before."

Russian Foreign Ministry spokeswoman Maria Zakharova on Thursday dismissed the Lugano conference as an attempt "to divide up Ukraine's assets before the war is over."
Cordeiro said the CoR would ask the European Commission to let cities tap EU recovery funds directly rather than through national ministries.
"""

# ---------------------------------------------------------------- b94en02 (The Cincinnati Enquirer)
EN02 = """
Kharkiv mayor visits Cincinnati, asks sister city for help as winter nears

Ihor Terekhov, the mayor of Cincinnati's sister city Kharkiv in Ukraine, asked city leaders Thursday for help keeping the lights on in his city this winter, as Russian missiles keep hitting its power plants.
"Last winter we learned to live without electricity. This winter we must not," Terekhov said at City Hall, speaking through an interpreter.
Mayor Aftab Pureval said Cincinnati would send two mobile generators and a team of Greater Cincinnati Water Works engineers to Kharkiv by the end of November, paid for by city funds and private donations.
The two mayors also signed a memorandum on cooperation between the cities' hospitals and universities.
Terekhov said he had invited Pureval to visit Kharkiv next spring, "when it is safer."

Terekhov came to Cincinnati from New York, where President Volodymyr Zelenskyy on Tuesday urged world leaders at the U.N. General Assembly not to let Russia turn "everything into a weapon."
On Thursday, Zelenskyy met President Joe Biden at the White House, where Biden announced a $325 million package of military aid that includes air defense but not the long-range ATACMS missiles Kyiv has sought.
Kremlin spokesman Dmitry Peskov said Friday that the new U.S. weapons would "not change the course" of what Moscow calls its special military operation.

Cincinnati and Kharkiv became sister cities in 1989, when Ukraine was still part of the Soviet Union.
Since Russia's full-scale invasion in February 2022, the Cincinnati-Kharkiv Sister City Project has shipped medical supplies worth more than $2 million, its volunteers say.

Not everyone in Ohio is on board.
Sen. JD Vance, R-Ohio, on Thursday joined more than two dozen Republican lawmakers in a letter opposing the White House's request for $24 billion more for Ukraine, arguing that the administration had no plan to end the war.
Pureval, a Democrat, said the city's support "is not about Washington politics. It's about a friend in need."
Terekhov is scheduled to visit Cincinnati Children's Hospital on Friday before flying to Chicago.
"""

# ---------------------------------------------------------------- b94en03 (The Baltimore Sun)
EN03 = """
Baltimore renews sister-city pledge to Odesa as Ukraine aid finally clears Congress

Baltimore's City Council on Thursday renewed the city's sister-city pledge with Odesa, Ukraine, marking 50 years of a partnership that began during the Cold War and has taken on new urgency since Russia's invasion.
Odesa Mayor Gennadiy Trukhanov, joining the council session by video from a shelter, thanked Baltimore for ambulances and medical equipment donated since 2022 and asked for help rebuilding the port city's damaged historic center.
"Odesa and Baltimore are both port cities. We know that a port is the lungs of a city, and Russia is trying to choke ours," Trukhanov said.
Mayor Brandon Scott said the city would host a delegation of Odesa port and city officials in June to share experience on port security and reconstruction.

Russian drones hit port infrastructure in the Odesa region overnight into Thursday, regional governor Oleh Kiper said.

The council vote came a day after President Joe Biden signed a $95 billion foreign aid package that includes about $61 billion for Ukraine, ending a monthslong standoff in Congress.
Biden said the first weapons shipments would begin "in the next few hours."
President Volodymyr Zelenskyy thanked Biden and lawmakers on Wednesday and said Ukraine needed more Patriot systems "now."
Kremlin spokesman Dmitry Peskov said on Wednesday that the aid would "not change the dynamics on the front" and would only bring Ukraine more deaths.

In Beijing, Secretary of State Antony Blinken met Chinese President Xi Jinping on Friday and warned that China's support for Russia's defense industry threatened European security.
Chinese state media quoted Xi as saying the two countries should be "partners, not rivals."

The partnership dates to 1974, when Baltimore and Odessa, then a Soviet city, became the first U.S.-Soviet sister cities on the East Coast.
Scott said Baltimore would also ask the State Department to include city-to-city projects in future reconstruction funding for Ukraine.
"""

# ---------------------------------------------------------------- b94en04 (Zaborona)
EN04 = """
Klitschko: Ukraine may have to live with lost land for now, but will "never" recognise it

Kyiv Mayor Vitali Klitschko has said Ukraine may have to accept, for a time, that part of its territory stays under Russian control as the price of a peace deal, making him the most senior Ukrainian official to say so openly.
"For peace, we may have to make painful decisions. But we will never legally recognise the occupation," Klitschko told the BBC in an interview published on Friday.
The former boxing champion, who has clashed repeatedly with President Volodymyr Zelensky's office, said a temporary line on the front should not be confused with surrender.
Foreign Minister Andrii Sybiha said the same day that Ukraine "does not trade its land or its people."

Overnight into Saturday, Russia launched one of the largest combined drone and missile attacks on the capital in months.
Klitschko wrote on Telegram that at least 15 people were injured and that debris fell in several districts.
The attack came as Russia and Ukraine carried out the first stage of the largest prisoner exchange of the war on Friday, swapping 390 people each, under a deal struck at direct talks in Istanbul on May 16.
Zelensky said further stages would follow over the weekend, with 1,000 prisoners to return home on each side in total.
U.S. President Donald Trump congratulated both sides in a post, writing that the swap "could lead to something big."

Russian Foreign Minister Sergei Lavrov said Friday that Moscow would hand Kyiv a draft memorandum on a peace settlement once the exchange was complete.
Lavrov also dismissed the Vatican as a venue for talks, saying it would be "not very elegant" for two Orthodox countries to meet on Catholic ground.
Pope Leo XIV had offered to host talks after a phone call with Zelensky earlier this week.
Trump spoke with Vladimir Putin for more than two hours on Monday and said afterwards that Russia and Ukraine would "immediately" start negotiations toward a ceasefire.

Klitschko's remarks are likely to deepen his feud with the presidential office.
In February he accused Zelensky's team of trying to take control of the capital's administration through appointed military officials.
Zelensky's office did not comment on the interview.
"""

# ---------------------------------------------------------------- b94en05 (iStories)
EN05 = """
Putin makes first trip to Kursk region since Ukrainian troops were pushed out

Vladimir Putin visited the Kursk region on Tuesday for the first time since Russia said it had driven out Ukrainian forces, the Kremlin said on Wednesday, releasing footage of the president meeting volunteers and the region's acting governor, Alexander Khinshtein.
Putin inspected the construction site of the Kursk-2 nuclear power plant and held a closed meeting with local officials, according to the Kremlin readout.
Khinshtein asked him to speed up payments to residents whose homes were destroyed during the seven-month Ukrainian occupation of parts of the region.

Khinshtein, a former State Duma deputy appointed governor in December, also raised the fate of more than 100 residents of the Sudzha district who were taken to Ukrainian-held territory and have not returned.
In April he said Moscow had handed Kyiv, through the International Committee of the Red Cross, a list of residents it wants back.
Ukraine's human rights commissioner, Dmytro Lubinets, has said the civilians left voluntarily and can go home via a third country once Russia lets Ukrainian civilians it holds return as well.

In remarks shown on state television, Putin accused Kyiv of having used the incursion to sabotage peace efforts and said Russia was working on a memorandum for Ukraine after his call with U.S. President Donald Trump on Monday.
Kremlin spokesman Dmitry Peskov said on Wednesday that there were no firm deadlines for the memorandum and that no venue for new talks had been chosen.
Ukraine's foreign ministry spokesman Heorhii Tykhyi called the trip "a PR stunt on ruins that Russia itself created."
President Volodymyr Zelensky said on Tuesday that Ukrainian troops were still holding positions in the Kursk and Belgorod regions "to protect our Sumy region."

The Ukrainian incursion began in August 2024, and Russia's general staff declared the region fully retaken in late April.
Putin visited a command post in the region in March, when he called the Ukrainian soldiers still there "terrorists."
A source in the regional administration told iStories that compensation payments had been held up for months by the corruption case against Khinshtein's predecessor, Alexei Smirnov, who was arrested in April.
The European Union on Tuesday adopted its 17th sanctions package against Russia, targeting nearly 200 more tankers of the shadow fleet.
"""

# ---------------------------------------------------------------- b94en06 (The Odessa Journal)
EN06 = """
Zelensky strips Odesa mayor Trukhanov of citizenship, puts military administration in charge

Odesa Mayor Gennadiy Trukhanov has lost his Ukrainian citizenship after President Volodymyr Zelensky signed a decree on Tuesday, based on information from the Security Service of Ukraine (SBU) that he holds a Russian passport.
Zelensky announced the same evening that he had set up a city military administration in Odesa and appointed Serhiy Lysak, who until recently headed the Dnipropetrovsk regional administration, to lead it.
"Every city must have a legal leader who is loyal to Ukraine and does not hold a Russian passport," Zelensky said in his nightly address.

Trukhanov, who has led the city since 2014, denied holding Russian citizenship and said he would challenge the decision in court.
"I have never had and do not have a Russian passport," he wrote on Facebook, calling the documents cited by the SBU "a fake."
Lysak said on Wednesday his priorities were "air defence, energy and the port," and that he would meet city councillors and business leaders on Thursday.

Russia has stepped up strikes on Odesa's energy and port infrastructure, leaving parts of the region without power for days earlier this month.
Drones hit an energy facility in the Odesa region again late Tuesday, cutting power to about 20,000 households, regional governor Oleh Kiper said.
Russian Foreign Ministry spokeswoman Maria Zakharova mocked the decree on Wednesday, saying Kyiv was "purging anyone who is not loyal enough to the regime."

The decree came as a Ukrainian delegation led by Prime Minister Yulia Svyrydenko and presidential chief of staff Andriy Yermak prepared for talks in Washington this week, ahead of Zelensky's meeting with President Donald Trump at the White House on Friday.
Zelensky said he had discussed air defence and long-range capabilities with Trump in two phone calls over the weekend.
Zelensky wants to discuss Tomahawk cruise missiles, which Trump said on Sunday he might send if Russia did not settle the war soon.
Kremlin spokesman Dmitry Peskov said on Monday that the Tomahawk issue was of "extreme concern" to Moscow.

Trukhanov, a businessman whom Ukrainian journalists long linked to pro-Russian circles, reinvented himself after 2022 as a wartime mayor, touring partner cities from Baltimore to Marseille in search of aid.
Several of Odesa's partner cities said on Wednesday that their ties were with the city and its people, not with any one official.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b94en01_cities_regions_alliance_reconstruction_2022_07", "2022-07-01", EN01,
        [
            T("Thursday", "DATE", "2022-06-30", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("years", "DURATION", "PXY"),
            T("February", "DATE", "2022-02", 0),
            T("Monday", "DATE", "2022-06-27", 0),
            T("February", "DATE", "2022-02", 1),
            T("winter", "DATE", "2022-WI"),
            T("October", "DATE", "2022-10"),
            T("Monday", "DATE", "2022-07-04", 1),
            T("last week", "DATE", "2022-W25"),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2022-06-29"),
            T("Thursday", "DATE", "2022-06-30", 1),
        ],
        [
            E("European cities and regions launch an alliance for Ukraine's reconstruction", "COOPERATE",
              ["European Union", "Ukraine"], "2022-06-30", "text", "occurred", "More than 30 European cities"),
            E("Klitschko asks European cities to adopt Ukrainian towns and press for more air defence", "REQUEST",
              ["Ukraine", "European Union"], "2022-06-30", "context", "occurred",
              "He asked European cities to adopt"),
            E("Russian shelling of Kharkiv since February", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "Kharkiv Mayor Ihor Terekhov told delegates", date_mod="START"),
            E("Russian missile strike on a shopping centre in Kremenchuk", "ASSAULT", ["Russia", "Ukraine"],
              "2022-06-27", "text", "occurred", "Delegates stood in silence"),
            E("Warsaw to send engineers to help Kyiv repair its heating network", "AID", ["Poland", "Ukraine"],
              "2022-WI", "text", "planned", "Warsaw Mayor Rafal Trzaskowski said"),
            E("Alliance members to meet again in October", "CONSULT", ["European Union", "Ukraine"], "2022-10", "text",
              "planned", "Members of the alliance will meet again"),
            E("Ukraine Recovery Conference in Lugano", "CONSULT", ["Ukraine"], "2022-07-04", "text", "planned",
              "The alliance will feed into the Ukraine Recovery Conference"),
            E("EU to set up a reconstruction platform with Kyiv", "COOPERATE", ["Ursula von der Leyen", "Ukraine"],
              "2022-07-01", "published", "planned", "European Commission President Ursula von der Leyen"),
            E("EU leaders grant Ukraine candidate status", "AGREE", ["European Union", "Ukraine"], "2022-W25", "text",
              "occurred", "European Commission President Ursula von der Leyen"),
            E("Zelenskyy promises Ukraine will rebuild better than before", "AGREE", ["Volodymyr Zelensky"],
              "2022-06-29", "text", "occurred", "In his nightly video address on Wednesday"),
            E("Zakharova dismisses the Lugano conference as an attempt to divide up Ukraine's assets", "ACCUSE",
              ["Maria Zakharova"], "2022-06-30", "text", "occurred", "Russian Foreign Ministry spokeswoman"),
            E("CoR to ask the Commission to let cities tap EU recovery funds directly", "REQUEST",
              ["European Union"], "2022-07-01", "published", "planned", "Cordeiro said the CoR would ask"),
        ],
        [
            S("European Union", "Cordeiro: reconstruction must start now and from the bottom up", "2022-06-30",
              "context", "Reconstruction must start now"),
            S("Ukraine", "Klitschko: Ukrainian cities need money and partners who stay for years", "2022-06-30",
              "context", "Kyiv Mayor Vitali Klitschko, speaking by video"),
            S("Ukraine", "Klitschko asks cities to adopt Ukrainian towns and press for air defence", "2022-06-30",
              "context", "He asked European cities to adopt"),
            S("Ukraine", "Terekhov: more than 2,000 buildings in Kharkiv damaged since February", "2022-06-30",
              "context", "Kharkiv Mayor Ihor Terekhov told delegates"),
            S("Poland", "Trzaskowski: Warsaw will send engineers to help repair Kyiv's heating network", "2022-06-30",
              "context", "Warsaw Mayor Rafal Trzaskowski said"),
            S("Ursula von der Leyen", "The EU will set up a reconstruction platform with Kyiv", "2022-07-01",
              "published", "European Commission President Ursula von der Leyen"),
            S("Volodymyr Zelensky", "Thanks every European city that opened its doors; Ukraine will rebuild better",
              "2022-06-29", "text", "In his nightly video address on Wednesday"),
            S("Maria Zakharova", "The Lugano conference is an attempt to divide up Ukraine's assets", "2022-06-30",
              "text", "Russian Foreign Ministry spokeswoman"),
            S("European Union", "Cordeiro: the CoR will ask the Commission to let cities tap recovery funds directly",
              "2022-07-01", "published", "Cordeiro said the CoR would ask"),
        ],
        ["European Union", "Ukraine", "Russia", "Poland", "Ursula von der Leyen", "Volodymyr Zelensky",
         "Maria Zakharova"],
    ),
    doc(
        "b94en02_kharkiv_terekhov_cincinnati_2023_09", "2023-09-22", EN02,
        [
            T("Thursday", "DATE", "2023-09-21", 0),
            T("this winter", "DATE", "2023-WI"),
            T("Last winter", "DATE", "2022-WI", note="in Terekhov's quote, spoken on 21 Sep 2023"),
            T("This winter", "DATE", "2023-WI"),
            T("the end of November", "DATE", "2023-11", mod="END"),
            T("next spring", "DATE", "2024-SP"),
            T("Tuesday", "DATE", "2023-09-19"),
            T("Thursday", "DATE", "2023-09-21", 1),
            T("Friday", "DATE", "2023-09-22", 0),
            T("1989", "DATE", "1989"),
            T("February 2022", "DATE", "2022-02"),
            T("Thursday", "DATE", "2023-09-21", 2),
            T("Friday", "DATE", "2023-09-22", 1),
        ],
        [
            E("Terekhov asks Cincinnati for help keeping Kharkiv's lights on this winter", "REQUEST",
              ["Ukraine", "United States"], "2023-09-21", "text", "occurred", "asked city leaders Thursday"),
            E("Russian missile strikes on Kharkiv's power plants", "ASSAULT", ["Russia", "Ukraine"], "2023-09-22",
              "published", "occurred", "asked city leaders Thursday"),
            E("Cincinnati to send generators and water engineers to Kharkiv", "AID", ["United States", "Ukraine"],
              "2023-11", "text", "planned", "Mayor Aftab Pureval said Cincinnati would send", date_mod="END"),
            E("Cincinnati and Kharkiv sign a cooperation memorandum", "AGREE", ["United States", "Ukraine"],
              "2023-09-21", "context", "occurred", "The two mayors also signed"),
            E("Terekhov invites Pureval to visit Kharkiv", "REQUEST", ["Ukraine", "United States"], "2023-09-21",
              "context", "occurred", "Terekhov said he had invited Pureval"),
            E("Zelenskyy urges world leaders at the UN General Assembly", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2023-09-19", "text", "occurred",
              "Terekhov came to Cincinnati from New York"),
            E("Zelenskyy meets Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-09-21", "text", "occurred", "On Thursday, Zelenskyy met President Joe Biden"),
            E("Biden announces $325 million of military aid", "AID", ["Joe Biden", "Ukraine"], "2023-09-21", "text",
              "occurred", "On Thursday, Zelenskyy met President Joe Biden"),
            E("No ATACMS in the package", "REJECT", ["Joe Biden", "Ukraine"], "2023-09-21", "text", "occurred",
              "On Thursday, Zelenskyy met President Joe Biden"),
            E("Russia's full-scale invasion", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Since Russia's full-scale invasion in February 2022"),
            E("Vance joins a letter opposing $24 billion more for Ukraine", "REJECT", ["JD Vance", "Ukraine"],
              "2023-09-21", "text", "occurred", "Sen. JD Vance, R-Ohio"),
            E("Vance accuses the administration of having no plan to end the war", "ACCUSE",
              ["JD Vance", "White House"], "2023-09-21", "text", "occurred", "Sen. JD Vance, R-Ohio"),
        ],
        [
            S("Ukraine", "Terekhov: last winter Kharkiv lived without electricity; this winter it must not",
              "2023-09-21", "context", "Last winter we learned"),
            S("United States", "Pureval: Cincinnati will send generators and engineers by the end of November",
              "2023-09-21", "context", "Mayor Aftab Pureval said Cincinnati would send"),
            S("Ukraine", "Terekhov invited Pureval to visit Kharkiv next spring", "2023-09-21", "context",
              "Terekhov said he had invited Pureval"),
            S("Volodymyr Zelensky", "World leaders must not let Russia turn everything into a weapon", "2023-09-19",
              "text", "Terekhov came to Cincinnati from New York"),
            S("Joe Biden", "Announces a $325 million military aid package", "2023-09-21", "text",
              "On Thursday, Zelenskyy met President Joe Biden"),
            S("Dmitry Peskov", "The new US weapons will not change the course of the special military operation",
              "2023-09-22", "text", "Kremlin spokesman Dmitry Peskov said Friday"),
            S("JD Vance", "The administration has no plan to end the war; opposes $24 billion more for Ukraine",
              "2023-09-21", "text", "Sen. JD Vance, R-Ohio"),
            S("United States", "Pureval: supporting Kharkiv is not about Washington politics but a friend in need",
              "2023-09-21", "context", "Pureval, a Democrat, said"),
        ],
        ["Ukraine", "United States", "Russia", "Volodymyr Zelensky", "United Nations", "Joe Biden", "White House",
         "Kremlin", "Dmitry Peskov", "JD Vance"],
    ),
    doc(
        "b94en03_baltimore_odesa_sister_city_2024_04", "2024-04-26", EN03,
        [
            T("Thursday", "DATE", "2024-04-25", 0),
            T("50 years", "DURATION", "P50Y"),
            T("2022", "DATE", "2022"),
            T("June", "DATE", "2024-06"),
            T("overnight into Thursday", "TIME", "2024-04-24TNI", note="night of 24 to 25 Apr 2024"),
            T("monthslong", "DURATION", "PXM"),
            T("the next few hours", "DATE", "FUTURE_REF"),
            T("Wednesday", "DATE", "2024-04-24", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday", "DATE", "2024-04-24", 1),
            T("Friday", "DATE", "2024-04-26"),
            T("1974", "DATE", "1974"),
        ],
        [
            E("Baltimore renews its sister-city pledge with Odesa", "AGREE", ["United States", "Ukraine"],
              "2024-04-25", "text", "occurred", "Baltimore's City Council on Thursday"),
            E("Trukhanov thanks Baltimore for ambulances and equipment", "SUPPORT", ["Ukraine", "United States"],
              "2024-04-25", "context", "occurred", "Odesa Mayor Gennadiy Trukhanov, joining"),
            E("Baltimore's donations of ambulances and medical equipment to Odesa since 2022", "AID",
              ["United States", "Ukraine"], "2022", "text", "occurred", "Odesa Mayor Gennadiy Trukhanov, joining",
              date_mod="START"),
            E("Trukhanov asks for help rebuilding Odesa's historic center", "REQUEST", ["Ukraine", "United States"],
              "2024-04-25", "context", "occurred", "Odesa Mayor Gennadiy Trukhanov, joining"),
            E("Trukhanov accuses Russia of trying to choke Odesa's port", "ACCUSE", ["Ukraine", "Russia"],
              "2024-04-25", "context", "occurred", "We know that a port is the lungs of a city"),
            E("Baltimore to host a delegation of Odesa officials", "CONSULT", ["United States", "Ukraine"], "2024-06",
              "text", "planned", "Mayor Brandon Scott said the city would host"),
            E("Russian drone attack on port infrastructure in Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2024-04-24TNI", "text", "occurred", "Russian drones hit port infrastructure"),
            E("Biden signs the foreign aid package with about $61 billion for Ukraine", "AID", ["Joe Biden", "Ukraine"],
              "2024-04-24", "context", "occurred", "The council vote came a day after",
              note="'a day after' the Thursday vote"),
            E("First weapons shipments to begin within hours", "AID", ["Joe Biden", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Biden said the first weapons shipments"),
            E("Zelenskyy thanks Biden and lawmakers", "SUPPORT", ["Volodymyr Zelensky", "Joe Biden", "United States"],
              "2024-04-24", "text", "occurred", "President Volodymyr Zelenskyy thanked Biden"),
            E("Zelenskyy asks for more Patriot systems", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2024-04-24", "text", "occurred", "President Volodymyr Zelenskyy thanked Biden"),
            E("Blinken meets Xi in Beijing", "CONSULT", ["Antony Blinken", "Xi Jinping"], "2024-04-26", "text",
              "occurred", "In Beijing, Secretary of State Antony Blinken"),
            E("Blinken warns that China's support for Russia's defense industry threatens European security",
              "ACCUSE", ["Antony Blinken", "China", "Russia"], "2024-04-26", "text", "occurred",
              "In Beijing, Secretary of State Antony Blinken"),
            E("Baltimore to ask the State Department to include city projects in reconstruction funding", "REQUEST",
              ["United States"], "2024-04-26", "published", "planned", "Scott said Baltimore would also ask"),
        ],
        [
            S("Ukraine", "Trukhanov: a port is the lungs of a city, and Russia is trying to choke Odesa's",
              "2024-04-25", "context", "We know that a port is the lungs of a city"),
            S("United States", "Scott: Baltimore will host Odesa port and city officials in June", "2024-04-25",
              "context", "Mayor Brandon Scott said the city would host"),
            S("Ukraine", "Kiper: Russian drones hit port infrastructure in Odesa region overnight", "2024-04-25",
              "context", "Russian drones hit port infrastructure"),
            S("Joe Biden", "The first weapons shipments will begin in the next few hours", "2024-04-24", "context",
              "Biden said the first weapons shipments"),
            S("Volodymyr Zelensky", "Thanks Biden and lawmakers; Ukraine needs more Patriot systems now",
              "2024-04-24", "text", "President Volodymyr Zelenskyy thanked Biden"),
            S("Dmitry Peskov", "The aid will not change the dynamics on the front and will bring Ukraine more deaths",
              "2024-04-24", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Antony Blinken", "China's support for Russia's defense industry threatens European security",
              "2024-04-26", "text", "In Beijing, Secretary of State Antony Blinken"),
            S("Xi Jinping, via China", "The two countries should be partners, not rivals", "2024-04-26", "context",
              "Chinese state media quoted Xi"),
            S("United States", "Scott: Baltimore will ask the State Department to include city-to-city projects",
              "2024-04-26", "published", "Scott said Baltimore would also ask"),
        ],
        ["United States", "Ukraine", "Russia", "Joe Biden", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
         "Antony Blinken", "Xi Jinping", "China"],
    ),
    doc(
        "b94en04_klitschko_territory_remarks_2025_05", "2025-05-24", EN04,
        [
            T("now", "DATE", "PRESENT_REF"),
            T("Friday", "DATE", "2025-05-23", 0),
            T("the same day", "DATE", "2025-05-23"),
            T("Overnight into Saturday", "TIME", "2025-05-23TNI", note="night of 23 to 24 May 2025"),
            T("months", "DURATION", "PXM"),
            T("Friday", "DATE", "2025-05-23", 1),
            T("May 16", "DATE", "2025-05-16"),
            T("the weekend", "DATE", "2025-W21-WE"),
            T("Friday", "DATE", "2025-05-23", 2),
            T("this week", "DATE", "2025-W21"),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Monday", "DATE", "2025-05-19"),
            T("February", "DATE", "2025-02"),
        ],
        [
            E("Klitschko: Ukraine will never legally recognise the occupation", "REJECT", ["Ukraine", "Russia"],
              "2025-05-23", "text", "occurred", "For peace, we may have to make painful decisions"),
            E("Sybiha: Ukraine does not trade its land or its people", "REJECT", ["Andrii Sybiha", "Russia"],
              "2025-05-23", "text", "occurred", "Foreign Minister Andrii Sybiha said the same day"),
            E("Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-05-23TNI", "text",
              "occurred", "Overnight into Saturday, Russia launched"),
            E("First stage of the prisoner exchange, 390 for 390", "CONCEDE", ["Russia", "Ukraine"], "2025-05-23",
              "text", "occurred", "The attack came as Russia and Ukraine carried out"),
            E("Russia and Ukraine agree the exchange at direct talks in Istanbul", "AGREE", ["Russia", "Ukraine"],
              "2025-05-16", "text", "occurred", "The attack came as Russia and Ukraine carried out"),
            E("Direct Russian-Ukrainian talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text",
              "occurred", "The attack came as Russia and Ukraine carried out"),
            E("Further stages of the exchange over the weekend", "CONCEDE", ["Russia", "Ukraine"], "2025-W21-WE",
              "text", "planned", "Zelensky said further stages would follow"),
            E("Trump congratulates both sides on the swap", "SUPPORT", ["Donald Trump", "Russia", "Ukraine"],
              "2025-05-23", "context", "occurred", "Donald Trump congratulated both sides"),
            E("Moscow to hand Kyiv a draft peace memorandum after the exchange", "REQUEST",
              ["Sergey Lavrov", "Russia", "Ukraine"], "2025-05-24", "published", "planned",
              "Russian Foreign Minister Sergei Lavrov said Friday"),
            E("Lavrov dismisses the Vatican as a venue", "REJECT", ["Sergey Lavrov", "Vatican"], "2025-05-23",
              "context", "occurred", "Lavrov also dismissed the Vatican"),
            E("Zelensky-Pope Leo phone call", "CONSULT", ["Volodymyr Zelensky", "Vatican"], "2025-W21", "text",
              "occurred", "Pope Leo XIV had offered to host talks"),
            E("Pope Leo offers to host talks", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2025-W21", "context",
              "occurred", "Pope Leo XIV had offered to host talks"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-05-19", "text",
              "occurred", "Trump spoke with Vladimir Putin"),
            E("Klitschko accuses Zelensky's team of trying to take control of Kyiv's administration", "ACCUSE",
              ["Ukraine", "Volodymyr Zelensky"], "2025-02", "text", "occurred", "In February he accused"),
        ],
        [
            S("Ukraine", "Klitschko: painful decisions may be needed for peace, but Ukraine will never legally "
              "recognise the occupation", "2025-05-23", "text", "For peace, we may have to make painful decisions"),
            S("Ukraine", "Klitschko: a temporary line on the front is not surrender", "2025-05-23", "context",
              "said a temporary line on the front"),
            S("Andrii Sybiha", "Ukraine does not trade its land or its people", "2025-05-23", "text",
              "Foreign Minister Andrii Sybiha said the same day"),
            S("Ukraine", "Klitschko: at least 15 injured, debris in several districts", "2025-05-24", "published",
              "Klitschko wrote on Telegram"),
            S("Volodymyr Zelensky", "Further exchange stages over the weekend, 1,000 on each side in total",
              "2025-05-24", "published", "Zelensky said further stages would follow"),
            S("Donald Trump", "The swap could lead to something big", "2025-05-23", "context",
              "Donald Trump congratulated both sides"),
            S("Sergey Lavrov", "Moscow will hand Kyiv a draft peace memorandum once the exchange is complete",
              "2025-05-23", "text", "Russian Foreign Minister Sergei Lavrov said Friday"),
            S("Sergey Lavrov", "The Vatican would be not very elegant as a venue for two Orthodox countries",
              "2025-05-23", "context", "Lavrov also dismissed the Vatican"),
            S("Donald Trump", "Russia and Ukraine will immediately start negotiations toward a ceasefire",
              "2025-05-19", "context", "Trump spoke with Vladimir Putin"),
            S("Ukraine", "Klitschko: Zelensky's team tries to take control of Kyiv's administration", "2025-02",
              "text", "In February he accused"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Andrii Sybiha", "Donald Trump", "United States",
         "Sergey Lavrov", "Vatican", "Vladimir Putin"],
    ),
    doc(
        "b94en05_putin_kursk_khinshtein_2025_05", "2025-05-21", EN05,
        [
            T("Tuesday", "DATE", "2025-05-20", 0),
            T("Wednesday", "DATE", "2025-05-21", 0),
            T("seven-month", "DURATION", "P7M"),
            T("December", "DATE", "2024-12"),
            T("April", "DATE", "2025-04", 0),
            T("Monday", "DATE", "2025-05-19"),
            T("Wednesday", "DATE", "2025-05-21", 1),
            T("Tuesday", "DATE", "2025-05-20", 1),
            T("August 2024", "DATE", "2024-08"),
            T("late April", "DATE", "2025-04", mod="END"),
            T("March", "DATE", "2025-03"),
            T("months", "DURATION", "PXM"),
            T("April", "DATE", "2025-04", 2),
            T("Tuesday", "DATE", "2025-05-20", 2),
        ],
        [
            E("Moscow hands Kyiv via the ICRC a list of Kursk residents it wants back", "REQUEST", ["Russia", "Ukraine"],
              "2025-04", "text", "occurred", "In April he said Moscow had handed Kyiv"),
            E("Lubinets: civilians can return once Russia lets Ukrainian civilians go home too", "REQUEST",
              ["Ukraine", "Russia"], "2025-05-21", "published", "occurred", "Dmytro Lubinets, has said"),
            E("Putin accuses Kyiv of using the incursion to sabotage peace efforts", "ACCUSE",
              ["Vladimir Putin", "Ukraine"], "2025-05-20", "context", "occurred", "In remarks shown on state television"),
            E("Russia works on a memorandum for Ukraine", "REQUEST", ["Russia", "Ukraine"], "2025-05-21", "published",
              "planned", "In remarks shown on state television"),
            E("Trump-Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-05-19", "text",
              "occurred", "In remarks shown on state television"),
            E("Tykhyi calls the trip a PR stunt on ruins Russia created", "ACCUSE", ["Ukraine", "Russia"],
              "2025-05-21", "published", "occurred", "Heorhii Tykhyi called the trip"),
            E("Ukraine's incursion into the Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08", "text",
              "occurred", "The Ukrainian incursion began in August 2024", date_mod="START"),
            E("Russia declares the Kursk region fully retaken", "ASSAULT", ["Russia", "Ukraine"], "2025-04", "text",
              "occurred", "The Ukrainian incursion began in August 2024", date_mod="END"),
            E("Putin calls the Ukrainian soldiers in the region terrorists", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2025-03", "text", "occurred", "Putin visited a command post in the region in March"),
            E("EU adopts its 17th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-05-20", "text",
              "occurred", "The European Union on Tuesday adopted"),
        ],
        [
            S("Kremlin", "Putin visited the Kursk region on Tuesday", "2025-05-21", "text",
              "the Kremlin said on Wednesday"),
            S("Russia", "Khinshtein asks Putin to speed up payments to residents", "2025-05-20", "context",
              "Khinshtein asked him to speed up payments"),
            S("Russia", "Khinshtein: Moscow gave Kyiv via the ICRC a list of residents it wants back", "2025-04", "text",
              "In April he said Moscow had handed Kyiv"),
            S("Ukraine", "Lubinets: the civilians left voluntarily and can return via a third country once Russia "
              "lets Ukrainian civilians return", "2025-05-21", "published", "Dmytro Lubinets, has said"),
            S("Vladimir Putin", "Kyiv used the incursion to sabotage peace; Russia is working on a memorandum",
              "2025-05-20", "context", "In remarks shown on state television"),
            S("Dmitry Peskov", "No firm deadlines for the memorandum; no venue chosen for new talks", "2025-05-21",
              "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Ukraine", "Tykhyi: the trip is a PR stunt on ruins Russia itself created", "2025-05-21", "published",
              "Heorhii Tykhyi called the trip"),
            S("Volodymyr Zelensky", "Ukrainian troops still hold positions in the Kursk and Belgorod regions",
              "2025-05-20", "text", "President Volodymyr Zelensky said on Tuesday"),
            S("Russia", "General staff: the Kursk region is fully retaken", "2025-04", "text",
              "The Ukrainian incursion began in August 2024"),
            S("Vladimir Putin", "The Ukrainian soldiers still in the region are terrorists", "2025-03", "text",
              "Putin visited a command post in the region in March"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Donald Trump", "United States", "Dmitry Peskov",
         "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b94en06_odesa_trukhanov_citizenship_2025_10", "2025-10-15", EN06,
        [
            T("Tuesday", "DATE", "2025-10-14"),
            T("the same evening", "TIME", "2025-10-14TEV"),
            T("recently", "DATE", "PAST_REF"),
            T("nightly", "SET", "P1D"),
            T("2014", "DATE", "2014"),
            T("Wednesday", "DATE", "2025-10-15", 0),
            T("Thursday", "DATE", "2025-10-16"),
            T("days", "DURATION", "PXD"),
            T("this month", "DATE", "2025-10"),
            T("late Tuesday", "TIME", "2025-10-14TNI"),
            T("Wednesday", "DATE", "2025-10-15", 1),
            T("this week", "DATE", "2025-W42"),
            T("Friday", "DATE", "2025-10-17"),
            T("the weekend", "DATE", "2025-W41-WE"),
            T("Sunday", "DATE", "2025-10-12"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2025-10-13"),
            T("2022", "DATE", "2022"),
            T("Wednesday", "DATE", "2025-10-15", 2),
        ],
        [
            E("Russian strikes on Odesa's energy and port infrastructure", "ASSAULT", ["Russia", "Ukraine"], "2025-10",
              "text", "occurred", "Russia has stepped up strikes on Odesa"),
            E("Drone strike on an energy facility in Odesa region", "ASSAULT", ["Russia", "Ukraine"], "2025-10-14TNI",
              "text", "occurred", "Drones hit an energy facility"),
            E("Zakharova mocks the decree as a purge by Kyiv", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2025-10-15", "text", "occurred", "Maria Zakharova mocked the decree"),
            E("Ukrainian delegation led by Svyrydenko and Yermak holds talks in Washington", "CONSULT",
              ["Ukraine", "Andriy Yermak", "United States"], "2025-W42", "text", "planned",
              "The decree came as a Ukrainian delegation"),
            E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "text", "planned", "The decree came as a Ukrainian delegation"),
            E("Two Zelensky-Trump phone calls over the weekend", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-W41-WE", "text", "occurred", "Zelensky said he had discussed air defence"),
            E("Zelensky seeks Tomahawk cruise missiles", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2025-10-15", "published", "occurred", "Zelensky wants to discuss Tomahawk cruise missiles"),
            E("Trump says he might send Tomahawks if Russia does not settle the war", "THREATEN",
              ["Donald Trump", "Russia"], "2025-10-12", "text", "occurred",
              "Zelensky wants to discuss Tomahawk cruise missiles"),
        ],
        [
            S("Volodymyr Zelensky", "Every city must have a legal leader loyal to Ukraine without a Russian passport",
              "2025-10-14TEV", "context", "Every city must have a legal leader"),
            S("Ukraine", "Trukhanov denies holding Russian citizenship and will challenge the decision in court",
              "2025-10-15", "published", "Trukhanov, who has led the city since 2014"),
            S("Ukraine", "Trukhanov: never had a Russian passport; the SBU documents are fake", "2025-10-15",
              "published", "I have never had and do not have a Russian passport"),
            S("Ukraine", "Lysak: priorities are air defence, energy and the port", "2025-10-15", "text",
              "Lysak said on Wednesday"),
            S("Ukraine", "Kiper: drones hit an energy facility, about 20,000 households without power", "2025-10-15",
              "published", "Drones hit an energy facility"),
            S("Maria Zakharova", "Kyiv is purging anyone not loyal enough to the regime", "2025-10-15", "text",
              "Maria Zakharova mocked the decree"),
            S("Volodymyr Zelensky", "Discussed air defence and long-range capabilities with Trump in two calls",
              "2025-10-15", "published", "Zelensky said he had discussed air defence"),
            S("Donald Trump", "He might send Tomahawks if Russia does not settle the war soon", "2025-10-12", "text",
              "Zelensky wants to discuss Tomahawk cruise missiles"),
            S("Dmitry Peskov", "The Tomahawk issue is of extreme concern to Moscow", "2025-10-13", "text",
              "Kremlin spokesman Dmitry Peskov said on Monday"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Russia", "Maria Zakharova", "Andriy Yermak", "United States",
         "Donald Trump", "White House", "Kremlin", "Dmitry Peskov"],
    ),
]
