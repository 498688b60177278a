"""English articles of the blind120 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b120en01 (The Aviationist)
EN01 = """
Explosions Rock Engels And Dyagilevo: Russia's Long-Range Bomber Bases Hit Hundreds Of Miles From Ukraine

Two of the air bases from which Russia launches its Tu-95MS and Tu-22M3 bombers against Ukraine were rocked by explosions on Monday, in what appears to be the deepest Ukrainian strike into Russian territory since the start of the war.
The Russian Ministry of Defense said the "Kyiv regime" had attempted to strike Engels air base in the Saratov region and Dyagilevo air base near Ryazan with "Soviet-made jet unmanned aerial vehicles" in the early hours of Monday.
According to the ministry, the drones were intercepted at low altitude, and falling debris killed three servicemen and slightly damaged the skin of two aircraft.

Engels, about 600 kilometers (370 miles) from the front line, is home to Russia's Tu-95MS "Bear" and Tu-160 "Blackjack" strategic bombers, while Dyagilevo hosts a training regiment flying the Tu-22M3 "Backfire" and Il-78 tankers.
Satellite imagery released on Tuesday showed scorch marks next to a Tu-22M3 parked at Dyagilevo, but no confirmed losses at Engels.
Russian Telegram channels claimed the attackers were modified Tu-141 Strizh reconnaissance drones, a type the Soviet Air Force put into service in 1979 and that Ukraine still had in its inventory.

Kyiv has not claimed the attacks.
Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, wrote on Twitter that "if something is launched into other countries' airspace, sooner or later unknown flying objects will return to departure point."
On Tuesday morning, another drone set fire to an oil storage tank at the Khalino airfield near Kursk, regional governor Roman Starovoit said, without causing casualties.

Hours after the Monday explosions, Russia launched more than 70 cruise missiles at Ukraine, many of them from bombers flying over the Caspian Sea, and hit energy facilities in several regions.
Ukraine's Air Force said it shot down more than 60 of them.
The Russian Ministry of Defense said the strike targeted Ukraine's military command and energy systems and that "all 17 assigned targets" were hit.

In Washington, Secretary of State Antony Blinken said on Tuesday that the United States had "neither encouraged nor enabled the Ukrainians to strike inside of Russia."
Speaking at a news conference with Australian ministers, Blinken added that Washington would keep giving Kyiv what it needs to defend itself.
The U.S. has so far refused Kyiv's requests for ATACMS missiles, which have a range of about 300 km (186 miles).

Kremlin spokesman Dmitry Peskov told reporters on Tuesday that President Vladimir Putin had been informed of the attacks and that Russia would take "the necessary measures" to protect its territory.
Putin is due to chair a meeting of his Security Council on domestic security on Tuesday.
How a Tu-141, a drone designed to fly low along a pre-programmed route, could cross hundreds of miles of Russian air defenses remains an open question for now.
"""

DOCS.append(doc(
    "b120en01_engels_dyagilevo_drones_2022_12", "2022-12-06", EN01,
    [
        T("Monday", "DATE", "2022-12-05", 0),
        T("the early hours of Monday", "TIME", "2022-12-04TNI", note="night of 4 to 5 December 2022"),
        T("Tuesday", "DATE", "2022-12-06", 0),
        T("1979", "DATE", "1979"),
        T("Tuesday morning", "TIME", "2022-12-06TMO"),
        T("Monday", "DATE", "2022-12-05", 2),
        T("Tuesday", "DATE", "2022-12-06", 2),
        T("Tuesday", "DATE", "2022-12-06", 3),
        T("Tuesday", "DATE", "2022-12-06", 4),
        T("now", "DATE", "PRESENT_REF"),
    ],
    [
        E("Drone strikes on the Engels and Dyagilevo bomber bases", "ASSAULT", ["Ukraine", "Russia"], "2022-12-05",
          "text", "occurred", "were rocked by explosions on Monday", note="Kyiv has not claimed the attacks"),
        E("Russian defence ministry blames the Kyiv regime for the attack on the air bases", "ACCUSE",
          ["Russia", "Ukraine"], "2022-12-05", "context", "occurred", "had attempted to strike Engels"),
        E("Drone sets fire to an oil tank at the Khalino airfield near Kursk", "ASSAULT", ["Ukraine", "Russia"],
          "2022-12-06TMO", "text", "occurred", "another drone set fire"),
        E("Russia fires more than 70 cruise missiles at Ukraine's energy facilities", "ASSAULT", ["Russia", "Ukraine"],
          "2022-12-05", "context", "occurred", "Hours after the Monday explosions"),
        E("Blinken: Washington will keep giving Kyiv what it needs to defend itself", "AGREE",
          ["Antony Blinken", "Ukraine"], "2022-12-06", "context", "occurred", "Blinken added that Washington"),
        E("Kyiv requests ATACMS missiles", "REQUEST", ["Ukraine", "United States"], "2022-12-06", "published",
          "occurred", "refused Kyiv's requests for ATACMS"),
        E("The US refuses to supply ATACMS", "REJECT", ["United States", "Ukraine"], "2022-12-06", "published",
          "occurred", "refused Kyiv's requests for ATACMS"),
        E("Peskov: Russia will take the necessary measures to protect its territory", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2022-12-06", "text", "occurred", "the necessary measures"),
        E("Putin to chair a Security Council meeting on domestic security", "CONSULT", ["Vladimir Putin"],
          "2022-12-06", "text", "planned", "Putin is due to chair"),
    ],
    [
        S("Russia", "Defence ministry: the Kyiv regime tried to strike Engels and Dyagilevo with Soviet-made jet drones",
          "2022-12-05", "context", "had attempted to strike Engels"),
        S("Russia", "Defence ministry: drones intercepted; debris killed three servicemen and slightly damaged two "
          "aircraft", "2022-12-05", "context", "According to the ministry"),
        S("Ukraine", "Podolyak: unknown flying objects will sooner or later return to the departure point",
          "2022-12-06", "published", "Mykhailo Podolyak"),
        S("Russia", "Governor Starovoit: a drone set fire to an oil tank at the Kursk airfield, no casualties",
          "2022-12-06", "context", "another drone set fire"),
        S("Ukraine", "Air force: more than 60 of over 70 cruise missiles shot down", "2022-12-05", "context",
          "shot down more than 60"),
        S("Russia", "Defence ministry: the strike targeted military command and energy systems, all 17 targets hit",
          "2022-12-05", "context", "all 17 assigned targets"),
        S("Antony Blinken", "The US has neither encouraged nor enabled Ukraine to strike inside Russia", "2022-12-06",
          "text", "neither encouraged nor enabled"),
        S("Antony Blinken", "Washington will keep giving Kyiv what it needs to defend itself", "2022-12-06",
          "context", "Blinken added that Washington"),
        S("Dmitry Peskov", "Putin was informed; Russia will take the necessary measures to protect its territory",
          "2022-12-06", "text", "the necessary measures"),
    ],
    ["Russia", "Ukraine", "Volodymyr Zelensky", "United States", "Antony Blinken", "Kremlin", "Dmitry Peskov",
     "Vladimir Putin"],
))

# ---------------------------------------------------------------- b120en02 (Oilprice.com)
EN02 = """
Ukrainian Drone Hits One Of Russia's Biggest Refineries 1,200 Km From The Border

A Ukrainian drone struck the TANECO refinery in Nizhnekamsk in Russia's Tatarstan region on Tuesday, hitting a primary crude distillation unit at one of the country's largest processing complexes more than 1,200 kilometers from Ukraine.
In a separate attack the same morning, a drone hit a dormitory in the Alabuga special economic zone in nearby Yelabuga, where Russia assembles Iranian-designed Shahed drones, injuring 12 people, regional authorities said.
Tatarstan's head, Rustam Minnikhanov, said the refinery's technological process had not been disrupted.
A source in Ukraine's military intelligence told Ukrainian media that the damaged unit, known as CDU-7, has a capacity of about 155,000 bpd, roughly half of the plant's total.

Tuesday's attacks were part of a Ukrainian drone campaign that has knocked out an estimated 14% of Russia's oil refining capacity since January.
Moscow banned gasoline exports for six months from March 1 to prevent shortages at home, and traders say it has stepped up fuel purchases from Belarus.

Kremlin spokesman Dmitry Peskov said on Tuesday that the attacks showed the "Kyiv regime" was resorting to "terrorist methods."
Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that U.S. and British intelligence had helped Kyiv plan the strikes.
Overnight, Russian drones struck energy facilities in the Kharkiv and Dnipropetrovsk regions, Ukraine's Air Force said.

The strikes have also caused friction with Washington.
The Financial Times reported last month that U.S. officials had repeatedly urged Kyiv to halt attacks on Russian energy infrastructure, warning that they could drive up global oil prices and provoke retaliation.
White House national security spokesman John Kirby said last week that the United States does not "encourage or enable" strikes inside Russia, but that Ukraine makes its own decisions.
Foreign Minister Dmytro Kuleba said on Monday that Ukraine uses its own drones for the attacks and would keep targeting facilities that "fuel Russia's war machine."

Brent crude rose above $89 a barrel on Tuesday for the first time since October, as traders weighed the refinery attacks and supply risks in the Middle East.
The OPEC+ Joint Ministerial Monitoring Committee, co-chaired by Saudi Arabia and Russia, meets online on Wednesday and is expected to leave the group's output policy unchanged.
Analysts said repairs to distillation units typically take weeks, as Western sanctions restrict Russia's access to spare parts.
"""

DOCS.append(doc(
    "b120en02_nizhnekamsk_yelabuga_refinery_2024_04", "2024-04-03", EN02,
    [
        T("Tuesday", "DATE", "2024-04-02", 0),
        T("the same morning", "TIME", "2024-04-02TMO"),
        T("Tuesday", "DATE", "2024-04-02", 1),
        T("January", "DATE", "2024-01"),
        T("six months", "DURATION", "P6M"),
        T("March 1", "DATE", "2024-03-01"),
        T("Tuesday", "DATE", "2024-04-02", 2),
        T("Wednesday", "DATE", "2024-04-03", 0),
        T("Overnight", "TIME", "2024-04-02TNI", note="night of 2 to 3 April 2024"),
        T("last month", "DATE", "2024-03"),
        T("last week", "DATE", "2024-W13"),
        T("Monday", "DATE", "2024-04-01"),
        T("Tuesday", "DATE", "2024-04-02", 3),
        T("October", "DATE", "2023-10"),
        T("Wednesday", "DATE", "2024-04-03", 1),
        T("weeks", "DURATION", "PXW"),
    ],
    [
        E("Ukrainian drone strikes the TANECO refinery in Nizhnekamsk", "ASSAULT", ["Ukraine", "Russia"], "2024-04-02",
          "text", "occurred", "struck the TANECO refinery"),
        E("Drone hits a dormitory in the Alabuga zone in Yelabuga, 12 injured", "ASSAULT", ["Ukraine", "Russia"],
          "2024-04-02TMO", "text", "occurred", "In a separate attack the same morning"),
        E("Ukrainian drone campaign against Russian refineries since January", "ASSAULT", ["Ukraine", "Russia"],
          "2024-01", "text", "occurred", "Ukrainian drone campaign", date_mod="START"),
        E("Peskov accuses the Kyiv regime of terrorist methods", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2024-04-02",
          "text", "occurred", 'resorting to "terrorist methods'),
        E("Zakharova accuses US and British intelligence of helping plan the strikes", "ACCUSE",
          ["Maria Zakharova", "United States", "United Kingdom"], "2024-04-03", "text", "occurred",
          "U.S. and British intelligence"),
        E("Russian drones strike energy facilities in the Kharkiv and Dnipropetrovsk regions", "ASSAULT",
          ["Russia", "Ukraine"], "2024-04-02TNI", "text", "occurred", "Overnight, Russian drones"),
        E("US officials urged Kyiv to halt attacks on Russian energy infrastructure", "REQUEST",
          ["United States", "Ukraine"], "2024-03", "context", "occurred", "repeatedly urged Kyiv",
          note="dated by the Financial Times report of 22 March 2024; the warnings themselves are undated"),
        E("Kuleba: Ukraine will keep targeting facilities that fuel Russia's war machine", "THREATEN",
          ["Ukraine", "Russia"], "2024-04-01", "text", "occurred", "fuel Russia's war machine"),
        E("OPEC+ ministerial monitoring committee, co-chaired by Saudi Arabia and Russia, meets online", "CONSULT",
          ["Saudi Arabia", "Russia"], "2024-04-03", "text", "planned", "Joint Ministerial Monitoring Committee"),
    ],
    [
        S("Russia", "Regional authorities: a drone hit a dormitory in the Alabuga zone, 12 injured", "2024-04-02",
          "context", "In a separate attack the same morning"),
        S("Russia", "Minnikhanov: the refinery's technological process was not disrupted", "2024-04-02", "context",
          "Rustam Minnikhanov"),
        S("Ukraine", "Intelligence source: the damaged CDU-7 unit processes about 155,000 bpd, half of the plant",
          "2024-04-03", "published", "known as CDU-7"),
        S("Dmitry Peskov", "The attacks show the Kyiv regime resorts to terrorist methods", "2024-04-02", "text",
          'resorting to "terrorist methods'),
        S("Maria Zakharova", "US and British intelligence helped Kyiv plan the strikes", "2024-04-03", "text",
          "U.S. and British intelligence"),
        S("Ukraine", "Air force: Russian drones struck energy facilities in Kharkiv and Dnipropetrovsk overnight",
          "2024-04-03", "published", "Overnight, Russian drones"),
        S("White House", "Kirby: the US does not encourage or enable strikes inside Russia; Ukraine decides itself",
          "2024-W13", "text", "John Kirby"),
        S("Ukraine", "Kuleba: Ukraine uses its own drones and will keep targeting facilities that fuel the war",
          "2024-04-01", "text", "fuel Russia's war machine"),
    ],
    ["Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United States", "United Kingdom",
     "White House", "Saudi Arabia", "Belarus"],
))

# ---------------------------------------------------------------- b120en03 (Military.com)
EN03 = """
Ukraine Hits Refinery, Chemical Plants Deep in Russia With ATACMS, Storm Shadows and Drones; Moscow Vows Response

Ukraine launched one of its largest missile and drone attacks of the war against targets deep inside Russia on Tuesday, hitting an oil refinery in Saratov, chemical plants in the Bryansk and Tula regions and a fuel depot near the Engels strategic bomber base, according to Ukraine's General Staff.
Russia's Defense Ministry said its air defenses shot down six U.S.-made ATACMS missiles and six British Storm Shadow cruise missiles over the Bryansk region, along with 146 drones over several regions overnight.
"These actions of the Kyiv regime, supported by its Western curators, will not go unanswered," the ministry said in a statement.
Saratov Gov. Roman Busargin said on Telegram that two industrial facilities had been damaged in Saratov and Engels and that no one was killed.
The Kristall fuel depot in Engels, which supplies the nearby air base, was already hit on Jan. 8 and burned for five days, killing two firefighters.

The use of ATACMS against targets inside Russia follows President Joe Biden's decision in November to allow Kyiv to fire the missiles into Russian territory, a policy that will pass to President-elect Donald Trump after his inauguration on Monday.
Trump told Time magazine last month that he disagreed "very vehemently" with sending missiles "hundreds of miles into Russia."
The Pentagon said Monday that weapons deliveries to Ukraine under the remaining drawdown authority would continue until Jan. 20.

Kremlin spokesman Dmitry Peskov welcomed Trump's readiness to talk to President Vladimir Putin but said no preparations for a meeting had begun.
Trump said last week that Putin "wants to meet" and that a meeting was being set up.
Russia has answered earlier strikes with Western-supplied missiles with massive barrages against Ukraine's energy grid and, on Nov. 21, fired an experimental intermediate-range ballistic missile, the Oreshnik, at the city of Dnipro.
Ukraine's Air Force warned on Tuesday evening of a high risk of a new Russian missile attack overnight.

Ukrainian President Volodymyr Zelenskyy said in his nightly video address that Ukraine "will continue to strike" Russian plants that produce weapons and fuel for the army.
He is expected to host British Prime Minister Keir Starmer in Kyiv in the coming days, according to Ukrainian officials.
Trump's envoy for Ukraine and Russia, retired Lt. Gen. Keith Kellogg, had planned to visit Kyiv and European capitals in early January, but the trip was postponed until after the inauguration.
"""

DOCS.append(doc(
    "b120en03_saratov_bryansk_atacms_2025_01", "2025-01-14", EN03,
    [
        T("Tuesday", "DATE", "2025-01-14", 0),
        T("overnight", "TIME", "2025-01-13TNI", 0, note="night of 13 to 14 January 2025"),
        T("Jan. 8", "DATE", "2025-01-08"),
        T("five days", "DURATION", "P5D"),
        T("November", "DATE", "2024-11"),
        T("Monday", "DATE", "2025-01-20", 0),
        T("last month", "DATE", "2024-12"),
        T("Monday", "DATE", "2025-01-13", 1),
        T("Jan. 20", "DATE", "2025-01-20"),
        T("last week", "DATE", "2025-W02"),
        T("Nov. 21", "DATE", "2024-11-21"),
        T("Tuesday evening", "TIME", "2025-01-14TEV"),
        T("overnight", "TIME", "2025-01-14TNI", 1, note="the coming night of 14 to 15 January 2025"),
        T("nightly", "SET", "P1D"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("early January", "DATE", "2025-01", mod="START"),
    ],
    [
        E("Ukrainian missile and drone attack on a Saratov refinery, chemical plants and the Engels fuel depot",
          "ASSAULT", ["Ukraine", "Russia"], "2025-01-14", "text", "occurred", "Ukraine launched one of its largest"),
        E("Russian defence ministry: the attack will not go unanswered", "THREATEN", ["Russia", "Ukraine"],
          "2025-01-14", "published", "occurred", "will not go unanswered"),
        E("Strike on the Kristall fuel depot in Engels", "ASSAULT", ["Ukraine", "Russia"], "2025-01-08", "text",
          "occurred", "The Kristall fuel depot"),
        E("Biden allows Kyiv to fire ATACMS into Russian territory", "AGREE", ["Joe Biden", "Ukraine"], "2024-11",
          "text", "occurred", "Joe Biden's decision in November"),
        E("Trump criticises the decision to let Ukraine fire missiles deep into Russia", "ACCUSE",
          ["Donald Trump", "Joe Biden"], "2024-12", "text", "occurred", "Trump told Time magazine"),
        E("US weapons deliveries to Ukraine to continue until 20 January", "AID", ["United States", "Ukraine"],
          "2025-01-20", "text", "planned", "under the remaining drawdown authority", date_mod="END"),
        E("Peskov welcomes Trump's readiness to talk to Putin", "SUPPORT", ["Dmitry Peskov", "Donald Trump"],
          "2025-01-14", "published", "occurred", "welcomed Trump's readiness"),
        E("Putin wants to meet Trump, by Trump's account", "AGREE", ["Vladimir Putin", "Donald Trump"], "2025-W02",
          "context", "occurred", "a meeting was being set up"),
        E("Trump–Putin meeting being set up", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-01-14",
          "published", "planned", "a meeting was being set up", note="no date set"),
        E("Russia fires the experimental Oreshnik missile at Dnipro", "ASSAULT", ["Russia", "Ukraine"], "2024-11-21",
          "text", "occurred", "the Oreshnik"),
        E("Possible new Russian missile attack overnight", "ASSAULT", ["Russia", "Ukraine"], "2025-01-14TNI", "text",
          "uncertain", "warned on Tuesday evening"),
        E("Zelenskyy: Ukraine will continue to strike Russian weapons and fuel plants", "THREATEN",
          ["Volodymyr Zelensky", "Russia"], "2025-01-14", "published", "occurred", "will continue to strike"),
        E("Zelenskyy to host Starmer in Kyiv", "CONSULT", ["Volodymyr Zelensky", "Keir Starmer"], "FUTURE_REF",
          "vague", "planned", "to host British Prime Minister Keir Starmer"),
        E("Kellogg's trip to Kyiv and European capitals in early January postponed", "CONSULT",
          ["Keith Kellogg", "Ukraine"], "2025-01", "text", "cancelled", "the trip was postponed", date_mod="START"),
    ],
    [
        S("Ukraine", "General Staff: a Saratov refinery, chemical plants and the Engels fuel depot were hit",
          "2025-01-14", "published", "Ukraine launched one of its largest"),
        S("Russia", "Defence ministry: six ATACMS, six Storm Shadows and 146 drones shot down", "2025-01-14",
          "published", "six British Storm Shadow"),
        S("Russia", "Defence ministry: the actions of the Kyiv regime and its Western curators will not go unanswered",
          "2025-01-14", "published", "will not go unanswered"),
        S("Russia", "Governor Busargin: two industrial facilities damaged, no one killed", "2025-01-14", "published",
          "Roman Busargin"),
        S("Donald Trump", "Disagrees very vehemently with sending missiles hundreds of miles into Russia", "2024-12",
          "text", "Trump told Time magazine"),
        S("United States", "Pentagon: deliveries under the remaining drawdown authority continue until 20 January",
          "2025-01-13", "text", "under the remaining drawdown authority"),
        S("Dmitry Peskov", "Welcomes Trump's readiness to talk to Putin; no preparations for a meeting yet",
          "2025-01-14", "published", "welcomed Trump's readiness"),
        S("Donald Trump", "Putin wants to meet; a meeting is being set up", "2025-W02", "text",
          "a meeting was being set up"),
        S("Ukraine", "Air force: high risk of a new Russian missile attack overnight", "2025-01-14TEV", "text",
          "warned on Tuesday evening"),
        S("Volodymyr Zelensky", "Ukraine will continue to strike Russian plants producing weapons and fuel",
          "2025-01-14", "published", "will continue to strike"),
        S("Ukraine", "Officials: Zelenskyy expects to host Starmer in Kyiv in the coming days", "2025-01-14",
          "published", "to host British Prime Minister Keir Starmer"),
    ],
    ["Ukraine", "Russia", "United States", "United Kingdom", "Joe Biden", "Donald Trump", "Kremlin", "Dmitry Peskov",
     "Vladimir Putin", "Volodymyr Zelensky", "Keir Starmer", "Keith Kellogg"],
))

# ---------------------------------------------------------------- b120en04 (Hromadske International)
EN04 = """
Istanbul talks last just over an hour: new prisoner swap agreed, but no ceasefire

The second round of direct talks between Ukraine and Russia in Istanbul on June 2 lasted a little over an hour and ended with an agreement on a new prisoner exchange, but without a ceasefire.
The delegations met at the Çırağan Palace, where Turkish Foreign Minister Hakan Fidan opened the meeting by urging both sides to find common ground.
Ukraine's delegation was led by Defense Minister Rustem Umerov, Russia's by presidential aide Vladimir Medinsky.

According to Umerov, the sides agreed to exchange all seriously wounded and seriously ill prisoners of war, as well as all captured soldiers aged 18 to 25.
Each side will also hand over the bodies of 6,000 fallen soldiers, Medinsky told reporters after the talks.
Medinsky also proposed a ceasefire of several days in certain sections of the front so that the bodies of the dead could be collected.
The Russian side handed over a memorandum setting out two options for a ceasefire: a withdrawal of Ukrainian troops from the four regions Russia claims, or a package of measures including a halt to mobilization and to Western arms deliveries.
Umerov said Kyiv would study the document within a week and proposed holding the next meeting before the end of June.
Ukraine also handed over a list of children it says were deported to Russia and demanded their return.

President Volodymyr Zelensky, speaking in Vilnius on Monday evening, called the Russian memorandum an "ultimatum" and dismissed the proposal of a short truce.
"A pause to collect bodies is not a ceasefire," he said, insisting that Ukraine needs a full and unconditional ceasefire of at least 30 days.
Zelensky also repeated his readiness to meet Vladimir Putin in person, with U.S. President Donald Trump taking part if necessary.
Turkish President Recep Tayyip Erdoğan said on Monday that he wanted to bring Putin, Zelensky and Trump together in Istanbul or Ankara.
Kremlin spokesman Dmitry Peskov said on Tuesday that such a meeting was unlikely in the near future.

The talks took place a day after Ukraine's Security Service struck four Russian airfields in Operation Spiderweb, which Kyiv says damaged 41 aircraft, including strategic bombers.
Several Russian lawmakers accused Kyiv of trying to derail the talks, but Moscow did not recall its delegation.
The first round in Istanbul on May 16 produced the largest prisoner exchange of the war, 1,000 for 1,000, completed in late May.
"""

DOCS.append(doc(
    "b120en04_istanbul_second_round_2025_06", "2025-06-03", EN04,
    [
        T("June 2", "DATE", "2025-06-02"),
        T("a little over an hour", "DURATION", "PT1H", mod="MORE_THAN"),
        T("several days", "DURATION", "PXD"),
        T("a week", "DURATION", "P1W", note="'within a week': by about 9 June 2025"),
        T("the end of June", "DATE", "2025-06", mod="END"),
        T("Monday evening", "TIME", "2025-06-02TEV"),
        T("at least 30 days", "DURATION", "P30D", mod="EQUAL_OR_MORE"),
        T("Monday", "DATE", "2025-06-02", 1),
        T("Tuesday", "DATE", "2025-06-03"),
        T("the near future", "DATE", "FUTURE_REF"),
        T("May 16", "DATE", "2025-05-16"),
        T("late May", "DATE", "2025-05", mod="END"),
    ],
    [
        E("Second round of Ukraine–Russia talks in Istanbul, hosted by Turkey", "CONSULT",
          ["Ukraine", "Russia", "Turkey", "Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky"], "2025-06-02", "text",
          "occurred", "lasted a little over an hour"),
        E("Agreement on a new prisoner exchange", "AGREE", ["Ukraine", "Russia"], "2025-06-02", "text", "occurred",
          "lasted a little over an hour"),
        E("No agreement on a ceasefire", "REJECT", ["Ukraine", "Russia"], "2025-06-02", "text", "occurred",
          "lasted a little over an hour"),
        E("Fidan urges both sides to find common ground", "REQUEST", ["Hakan Fidan", "Ukraine", "Russia"],
          "2025-06-02", "context", "occurred", "urging both sides to find common ground"),
        E("Medinsky proposes a ceasefire of several days to collect the dead", "REQUEST",
          ["Vladimir Medinsky", "Ukraine"], "2025-06-02", "context", "occurred", "Medinsky also proposed"),
        E("Russia hands over a memorandum with its conditions for a ceasefire", "REQUEST", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "handed over a memorandum"),
        E("Umerov proposes the next meeting before the end of June", "REQUEST", ["Rustem Umerov", "Russia"],
          "2025-06-02", "context", "occurred", "proposed holding the next meeting",
          note="made at the talks; the proposed meeting is before the end of June"),
        E("Ukraine hands over a list of deported children and demands their return", "REQUEST", ["Ukraine", "Russia"],
          "2025-06-02", "context", "occurred", "a list of children"),
        E("Zelensky calls the Russian memorandum an ultimatum", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-06-02TEV", "text", "occurred", "speaking in Vilnius on Monday evening"),
        E("Zelensky dismisses the proposal of a short truce", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2025-06-02TEV", "text", "occurred", "speaking in Vilnius on Monday evening"),
        E("Zelensky demands a full and unconditional ceasefire of at least 30 days", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2025-06-02TEV", "context", "occurred", "A pause to collect bodies"),
        E("Zelensky ready to meet Putin in person, with Trump if necessary", "AGREE",
          ["Volodymyr Zelensky", "Vladimir Putin", "Donald Trump"], "2025-06-02TEV", "context", "occurred",
          "repeated his readiness to meet"),
        E("Erdoğan offers to bring Putin, Zelensky and Trump together in Istanbul or Ankara", "REQUEST",
          ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"], "2025-06-02", "text",
          "occurred", "he wanted to bring Putin, Zelensky and Trump together"),
        E("Operation Spiderweb: Ukraine's Security Service strikes four Russian airfields", "ASSAULT",
          ["Ukraine", "Russia"], "2025-06-01", "context", "occurred", "Operation Spiderweb",
          note="'a day after' the talks of June 2"),
        E("Russian lawmakers accuse Kyiv of trying to derail the talks", "ACCUSE", ["Russia", "Ukraine"], "2025-06-03",
          "published", "occurred", "Several Russian lawmakers"),
        E("First round of talks in Istanbul", "CONSULT", ["Ukraine", "Russia"], "2025-05-16", "text", "occurred",
          "The first round in Istanbul"),
        E("1,000-for-1,000 prisoner exchange completed", "CONCEDE", ["Ukraine", "Russia"], "2025-05", "text",
          "occurred", "The first round in Istanbul", date_mod="END"),
    ],
    [
        S("Hakan Fidan", "Urges both sides to find common ground", "2025-06-02", "context",
          "urging both sides to find common ground"),
        S("Rustem Umerov", "All seriously wounded and ill POWs and all captured soldiers aged 18 to 25 to be exchanged",
          "2025-06-02", "context", "According to Umerov"),
        S("Vladimir Medinsky", "Each side will hand over the bodies of 6,000 soldiers", "2025-06-02", "context",
          "Medinsky told reporters after the talks"),
        S("Vladimir Medinsky", "Proposes a ceasefire of several days in some sections to collect the dead",
          "2025-06-02", "context", "Medinsky also proposed"),
        S("Rustem Umerov", "Kyiv will study the memorandum within a week; next meeting before the end of June",
          "2025-06-02", "context", "proposed holding the next meeting"),
        S("Volodymyr Zelensky", "The Russian memorandum is an ultimatum; a short truce is no solution", "2025-06-02TEV",
          "text", "speaking in Vilnius on Monday evening"),
        S("Volodymyr Zelensky", "A pause to collect bodies is not a ceasefire; at least 30 days of full ceasefire needed",
          "2025-06-02TEV", "context", "A pause to collect bodies"),
        S("Volodymyr Zelensky", "Ready to meet Putin in person, with Trump if necessary", "2025-06-02TEV", "context",
          "repeated his readiness to meet"),
        S("Recep Tayyip Erdoğan", "Wants to bring Putin, Zelensky and Trump together in Istanbul or Ankara",
          "2025-06-02", "text", "he wanted to bring Putin, Zelensky and Trump together"),
        S("Dmitry Peskov", "A Putin–Zelensky–Trump meeting is unlikely in the near future", "2025-06-03", "text",
          "unlikely in the near future"),
        S("Ukraine", "Operation Spiderweb damaged 41 aircraft", "2025-06-03", "published", "Operation Spiderweb"),
        S("Russia", "Lawmakers: Kyiv tries to derail the talks", "2025-06-03", "published", "Several Russian lawmakers"),
    ],
    ["Ukraine", "Russia", "Turkey", "Hakan Fidan", "Rustem Umerov", "Vladimir Medinsky", "Volodymyr Zelensky",
     "Vladimir Putin", "Donald Trump", "United States", "Recep Tayyip Erdoğan", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b120en05 (Hartford Courant)
EN05 = """
Russia pounds Ukraine in 'response' to drone raid; Blumenthal presses for sanctions vote

Russia launched one of its largest air attacks of the war on Ukraine overnight into Friday, firing more than 400 drones and about 40 missiles at Kyiv and cities in the west of the country, Ukrainian officials said.
At least four people were killed in Kyiv, three of them emergency workers, and dozens were injured in Kyiv, Lutsk and Ternopil.
Russia's Defense Ministry said the "massive strike" was a response to "terrorist acts of the Kyiv regime," a reference to Ukraine's drone attack on Russian airfields last Sunday.
President Vladimir Putin had told President Donald Trump in a phone call Wednesday that Moscow would "have to respond" to the attack on its bomber fleet, Trump wrote afterward.

Ukrainian President Volodymyr Zelenskyy said Friday that every such attack was a deliberate choice by Putin and that anyone who delayed pressure on Moscow was "complicit."
He called on the United States in particular to impose sanctions "that have been ready for a long time."
Ukraine's drones struck the Engels air base in Russia's Saratov region again Thursday, hitting fuel tanks, the General Staff in Kyiv said.

Trump, asked about the war during a meeting with German Chancellor Friedrich Merz in the Oval Office on Thursday, compared Ukraine and Russia to two children fighting in a park.
"Sometimes you're better off letting them fight for a while and then pulling them apart," Trump said, adding that he would hit "both" countries with sanctions if necessary.
Kremlin spokesman Dmitry Peskov said Friday that contacts with Ukraine on the Istanbul track would continue at the expert level.

U.S. Sen. Richard Blumenthal, D-Conn., who co-wrote the Russia sanctions bill with Republican Sen. Lindsey Graham of South Carolina, said Friday that the overnight barrage showed "Putin is laughing at us" and that the Senate should vote on the measure next week.
The bill, which has more than 80 co-sponsors, would impose tariffs of up to 500% on countries that buy Russian oil.
Blumenthal and Graham met Zelenskyy in Kyiv late last month.

In New Britain, home to one of Connecticut's largest Ukrainian communities, parishioners at a Ukrainian Catholic church held a prayer service Friday evening for the victims.
"Every night my mother sits in the hallway of her building in Lutsk and waits," said one parishioner, who asked that her name not be used.
"""

DOCS.append(doc(
    "b120en05_retaliation_strike_blumenthal_2025_06", "2025-06-07", EN05,
    [
        T("overnight into Friday", "TIME", "2025-06-05TNI", note="night of 5 to 6 June 2025"),
        T("last Sunday", "DATE", "2025-06-01"),
        T("Wednesday", "DATE", "2025-06-04"),
        T("Friday", "DATE", "2025-06-06", 1),
        T("Thursday", "DATE", "2025-06-05", 0),
        T("Thursday", "DATE", "2025-06-05", 1),
        T("Friday", "DATE", "2025-06-06", 2),
        T("Friday", "DATE", "2025-06-06", 3),
        T("overnight", "TIME", "2025-06-05TNI", 1, note="the night to Friday"),
        T("next week", "DATE", "2025-W24"),
        T("late last month", "DATE", "2025-05", mod="END"),
        T("Friday evening", "TIME", "2025-06-06TEV"),
        T("Every night", "SET", "P1D"),
    ],
    [
        E("Massive Russian drone and missile attack on Kyiv and western Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "2025-06-05TNI", "text", "occurred", "Russia launched one of its largest air attacks"),
        E("Russian defence ministry calls the strike a response to terrorist acts of the Kyiv regime", "ACCUSE",
          ["Russia", "Ukraine"], "2025-06-06", "context", "occurred", "terrorist acts of the Kyiv regime"),
        E("Ukraine's drone attack on Russian airfields", "ASSAULT", ["Ukraine", "Russia"], "2025-06-01", "text",
          "occurred", "terrorist acts of the Kyiv regime"),
        E("Putin–Trump phone call", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-06-04", "text", "occurred",
          "in a phone call Wednesday"),
        E("Putin tells Trump Moscow will have to respond to the attack on its bombers", "THREATEN",
          ["Vladimir Putin", "Ukraine"], "2025-06-04", "context", "occurred", "in a phone call Wednesday"),
        E("Zelenskyy accuses Putin of deliberately choosing such attacks", "ACCUSE",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-06-06", "text", "occurred", "a deliberate choice by Putin"),
        E("Zelenskyy calls on the US to impose sanctions", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2025-06-06", "context", "occurred", "He called on the United States"),
        E("Ukrainian drones strike fuel tanks at the Engels air base", "ASSAULT", ["Ukraine", "Russia"], "2025-06-05",
          "text", "occurred", "struck the Engels air base"),
        E("Trump meets Merz in the Oval Office", "CONSULT", ["Donald Trump", "Friedrich Merz"], "2025-06-05", "text",
          "occurred", "during a meeting with German Chancellor Friedrich Merz"),
        E("Trump threatens sanctions on both countries if necessary", "THREATEN",
          ["Donald Trump", "Russia", "Ukraine"], "2025-06-05", "context", "occurred", "Sometimes you're better off"),
        E("Peskov: contacts with Ukraine on the Istanbul track will continue at expert level", "AGREE",
          ["Dmitry Peskov", "Ukraine"], "2025-06-06", "text", "occurred", "on the Istanbul track"),
        E("Blumenthal: Putin is laughing at us", "ACCUSE", ["United States", "Vladimir Putin"], "2025-06-06", "text",
          "occurred", "Putin is laughing at us"),
        E("Senate vote on the Russia sanctions bill next week", "SANCTION", ["United States", "Russia"], "2025-W24",
          "text", "planned", "Putin is laughing at us"),
        E("Blumenthal and Graham meet Zelenskyy in Kyiv", "CONSULT", ["United States", "Volodymyr Zelensky"],
          "2025-05", "text", "occurred", "Blumenthal and Graham met Zelenskyy", date_mod="END"),
    ],
    [
        S("Ukraine", "Officials: more than 400 drones and about 40 missiles fired at Kyiv and western cities",
          "2025-06-06", "context", "Russia launched one of its largest air attacks"),
        S("Russia", "Defence ministry: the massive strike responds to terrorist acts of the Kyiv regime", "2025-06-06",
          "context", "terrorist acts of the Kyiv regime"),
        S("Vladimir Putin, via Donald Trump", "Moscow will have to respond to the attack on its bomber fleet",
          "2025-06-04", "context", "in a phone call Wednesday"),
        S("Volodymyr Zelensky", "Every such attack is Putin's deliberate choice; delaying pressure is complicity",
          "2025-06-06", "text", "a deliberate choice by Putin"),
        S("Volodymyr Zelensky", "The US should impose the sanctions that have long been ready", "2025-06-06",
          "context", "He called on the United States"),
        S("Ukraine", "General Staff: drones hit fuel tanks at the Engels air base", "2025-06-05", "context",
          "struck the Engels air base"),
        S("Donald Trump", "Ukraine and Russia are like two children fighting in a park", "2025-06-05", "context",
          "compared Ukraine and Russia to two children"),
        S("Donald Trump", "Sometimes better to let them fight for a while; sanctions on both if necessary",
          "2025-06-05", "context", "Sometimes you're better off"),
        S("Dmitry Peskov", "Contacts with Ukraine on the Istanbul track will continue at expert level", "2025-06-06",
          "text", "on the Istanbul track"),
        S("United States", "Blumenthal: Putin is laughing at us; the Senate should vote on the bill next week",
          "2025-06-06", "text", "Putin is laughing at us"),
    ],
    ["Russia", "Ukraine", "Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "United States", "Friedrich Merz",
     "Germany", "Kremlin", "Dmitry Peskov"],
))

# ---------------------------------------------------------------- b120en06 (Aviation Week)
EN06 = """
U.S. To Share Intelligence For Ukrainian Strikes On Russian Energy Infrastructure

The U.S. will provide Ukraine with intelligence for long-range strikes on Russian energy infrastructure, including refineries, pipelines and power plants, the Wall Street Journal reported Oct. 1, citing U.S. officials.
President Donald Trump recently signed off on the step, according to the report, and Washington has asked NATO allies to provide similar support.
Kyiv has asked Washington for Tomahawk cruise missiles, which have a range of about 2,500 km (1,550 mi.), and for Barracuda missiles made by Anduril.
Vice President JD Vance said Sept. 28 that the administration was considering a request by European countries to buy Tomahawks for Ukraine, and that Trump would make the "final determination."
Trump's special envoy Keith Kellogg said the same day that Trump had allowed Ukraine to strike deep inside Russia, adding: "There are no such things as sanctuaries."

Kremlin spokesman Dmitry Peskov said Oct. 1 that the U.S. and NATO were already supplying intelligence to Kyiv "directly" and that Moscow would study the report carefully.
On Sept. 29, Peskov said there was "no magic weapon" that could change the situation at the front and warned that a delivery of Tomahawks would mean a new round of escalation.
President Vladimir Putin is due to speak at the Valdai Discussion Club in Sochi on Thursday, where he is expected to address the issue.

Ground-launched Tomahawks would require the Typhon system, which the U.S. Army plans to deploy to Germany from 2026.
In August, the State Department approved the sale of 3,350 Extended Range Attack Munitions (ERAM) to Ukraine, with a range of up to 450 km, financed largely by European allies.
First deliveries are expected within about six weeks.

Ukrainian drones and missiles have hit more than a dozen Russian refineries since August, contributing to gasoline shortages in several regions.
Ukraine's own FP-5 Flamingo cruise missile has been used in combat since late August, according to Kyiv.
Zelensky, who met Trump on the sidelines of the UN General Assembly on Sept. 23, said on Sept. 30 that Ukraine had asked for "a specific weapon" and that the answer would come "soon."
He also offered to supply Ukrainian combat drones to the U.S. in exchange for American weapons.
"""

DOCS.append(doc(
    "b120en06_intelligence_energy_tomahawk_2025_10", "2025-10-02", EN06,
    [
        T("Oct. 1", "DATE", "2025-10-01", 0),
        T("recently", "DATE", "PAST_REF"),
        T("Sept. 28", "DATE", "2025-09-28"),
        T("the same day", "DATE", "2025-09-28"),
        T("Oct. 1", "DATE", "2025-10-01", 1),
        T("Sept. 29", "DATE", "2025-09-29"),
        T("Thursday", "DATE", "2025-10-02"),
        T("2026", "DATE", "2026"),
        T("August", "DATE", "2025-08", 0),
        T("about six weeks", "DURATION", "P6W", mod="APPROX"),
        T("August", "DATE", "2025-08", 1),
        T("late August", "DATE", "2025-08", mod="END"),
        T("Sept. 23", "DATE", "2025-09-23"),
        T("Sept. 30", "DATE", "2025-09-30"),
        T("soon", "DATE", "FUTURE_REF"),
    ],
    [
        E("US to provide Ukraine with intelligence for long-range strikes on Russian energy infrastructure", "AID",
          ["United States", "Ukraine"], "2025-10-01", "context", "planned", "will provide Ukraine with intelligence",
          note="dated by the Wall Street Journal report of 1 October"),
        E("Trump signs off on the intelligence sharing", "AGREE", ["Donald Trump", "Ukraine"], "PAST_REF", "vague",
          "occurred", "recently signed off"),
        E("Washington asks NATO allies to provide similar support", "REQUEST", ["United States", "NATO"], "2025-10-02",
          "published", "occurred", "recently signed off"),
        E("Kyiv asks Washington for Tomahawk and Barracuda missiles", "REQUEST", ["Ukraine", "United States"],
          "2025-10-02", "published", "occurred", "Kyiv has asked Washington for Tomahawk"),
        E("The administration considers a European request to buy Tomahawks for Ukraine", "AID",
          ["United States", "Ukraine", "European Union"], "2025-09-28", "context", "uncertain",
          "Vice President JD Vance said"),
        E("Trump allowed Ukraine to strike deep inside Russia, by Kellogg's account", "AGREE",
          ["Donald Trump", "Ukraine"], "2025-09-28", "context", "occurred", "no such things as sanctuaries"),
        E("Peskov: the US and NATO already supply intelligence to Kyiv directly", "ACCUSE",
          ["Dmitry Peskov", "United States", "NATO"], "2025-10-01", "text", "occurred",
          "already supplying intelligence to Kyiv"),
        E("Peskov warns that Tomahawk deliveries would mean a new round of escalation", "REQUEST",
          ["Dmitry Peskov", "United States"], "2025-09-29", "text", "occurred", "no magic weapon"),
        E("US Army to deploy the Typhon system to Germany from 2026", "MOBILIZE", ["United States", "Germany"], "2026",
          "text", "planned", "the Typhon system"),
        E("State Department approves the sale of 3,350 ERAM missiles to Ukraine", "AID", ["United States", "Ukraine"],
          "2025-08", "text", "occurred", "Extended Range Attack Munitions"),
        E("Ukrainian strikes on more than a dozen Russian refineries since August", "ASSAULT", ["Ukraine", "Russia"],
          "2025-08", "text", "occurred", "more than a dozen Russian refineries", date_mod="START"),
        E("Ukraine uses its FP-5 Flamingo cruise missile in combat", "ASSAULT", ["Ukraine", "Russia"], "2025-08",
          "text", "occurred", "Flamingo cruise missile", date_mod="END", note="in use since late August"),
        E("Zelensky meets Trump at the UN General Assembly", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-09-23", "text", "occurred", "on the sidelines of the UN General Assembly"),
        E("Zelensky offers Ukrainian combat drones to the US in exchange for weapons", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2025-09-30", "context", "occurred", "He also offered to supply"),
    ],
    [
        S("United States", "Officials: the US will share intelligence for strikes on Russian energy infrastructure",
          "2025-10-01", "context", "will provide Ukraine with intelligence"),
        S("JD Vance", "The administration is considering the European request for Tomahawks; Trump will decide",
          "2025-09-28", "text", "Vice President JD Vance said"),
        S("Keith Kellogg", "Trump has allowed Ukraine to strike deep inside Russia; there are no sanctuaries",
          "2025-09-28", "text", "no such things as sanctuaries"),
        S("Dmitry Peskov", "The US and NATO already supply intelligence to Kyiv directly; Moscow will study the report",
          "2025-10-01", "text", "already supplying intelligence to Kyiv"),
        S("Dmitry Peskov", "There is no magic weapon; Tomahawks would mean a new round of escalation", "2025-09-29",
          "text", "no magic weapon"),
        S("Ukraine", "The Flamingo cruise missile has been used in combat since late August", "2025-10-02",
          "published", "Flamingo cruise missile"),
        S("Volodymyr Zelensky", "Ukraine asked for a specific weapon; the answer will come soon", "2025-09-30", "text",
          "on the sidelines of the UN General Assembly"),
        S("Volodymyr Zelensky", "Offers Ukrainian combat drones to the US in exchange for weapons", "2025-09-30",
          "context", "He also offered to supply"),
    ],
    ["United States", "Ukraine", "Russia", "Donald Trump", "NATO", "JD Vance", "European Union", "Keith Kellogg",
     "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Germany", "Volodymyr Zelensky", "United Nations"],
))
