"""English articles of the blind30 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- b30en01 (BTA, Bulgarian News Agency)
DOCS.append(dict(
    id="b30en01_gazprom_bulgaria_poland_2022_04",
    lang="en",
    published="2022-04-27",
    body="""
Gazprom Halts Gas Supplies to Bulgaria; Government Says It Will Not Negotiate Under Pressure

Sofia, April 27 (BTA) - Russia's Gazprom stopped natural gas deliveries to Bulgaria on Wednesday morning after Bulgargaz refused to pay in roubles, the Bulgarian state gas company said.
Gazprom Export had informed Bulgargaz on Tuesday afternoon that supplies would be suspended from April 27, a statement by the Ministry of Energy said.
Supplies to Poland were halted at the same time, Polish gas company PGNiG said.
Prime Minister Kiril Petkov told journalists that Bulgaria would not bow to "racketeering" and would not negotiate with Gazprom under pressure.
"We will not allow anyone to blackmail us," Petkov said after an emergency meeting of the Council of Ministers.

Gazprom confirmed in a statement on its Telegram channel that it had "fully suspended" supplies to both countries because they had not paid for April deliveries in roubles.
Kremlin spokesman Dmitry Peskov denied that Moscow was using gas as a weapon.
"This is not blackmail," he told reporters, adding that the new payment scheme was a response to Western sanctions that had frozen Russian assets.
Gazprom also warned that any unauthorised withdrawal of Russian gas transiting to third countries would lead to a corresponding cut in transit volumes.

European Commission President Ursula von der Leyen called the move "another attempt by Russia to use gas as an instrument of blackmail" and said the EU was prepared for such a scenario.
"Europeans can count on our full solidarity," she said, adding that the EU gas coordination group would meet later on Wednesday.
Polish Prime Minister Mateusz Morawiecki said Poland's gas storage was 76 percent full and the country would receive gas from other sources.
Poland had on Tuesday placed sanctions on some 50 Russian oligarchs and companies, including Gazprom.

Bulgaria imports over 90 percent of its gas from Russia under a contract with Gazprom that expires at the end of the year.
Moscow had demanded that buyers from "unfriendly" countries open accounts with Gazprombank and pay in roubles under a decree signed by President Vladimir Putin on March 31.
The Bulgarian government said it had fulfilled all its obligations under the contract and would seek alternative supplies through the Greece-Bulgaria interconnector, which is expected to be completed by June.
Petkov is expected to travel to Kyiv on Thursday for talks with Ukrainian President Volodymyr Zelensky, government sources said.

Energy Minister Alexander Nikolov said the country had enough gas for at least a month and that no restrictions for households were planned.
The next meeting of EU energy ministers is scheduled for May 2 in Brussels.
""",
    timexes=[
        T("April 27", "DATE", "2022-04-27"),
        T("Wednesday morning", "TIME", "2022-04-27TMO"),
        T("Tuesday afternoon", "TIME", "2022-04-26TAF"),
        T("April 27", "DATE", "2022-04-27", n=1),
        T("April", "DATE", "2022-04", n=2),
        T("Wednesday", "DATE", "2022-04-27", n=1),
        T("Tuesday", "DATE", "2022-04-26", n=1),
        T("the end of the year", "DATE", "2022", mod="END"),
        T("March 31", "DATE", "2022-03-31"),
        T("June", "DATE", "2022-06"),
        T("Thursday", "DATE", "2022-04-28"),
        T("at least a month", "DURATION", "P1M", mod="EQUAL_OR_MORE"),
        T("May 2", "DATE", "2022-05-02"),
    ],
    events=[
        E("Gazprom halts gas deliveries to Bulgaria", "SANCTION",
          ["Russia"], "2022-04-27TMO", "text", "occurred", "stopped natural gas deliveries to Bulgaria",
          note="Bulgaria is not canonical; Gazprom counts as Russia"),
        E("Gazprom halts gas deliveries to Poland", "SANCTION",
          ["Russia", "Poland"], "2022-04-27", "context", "occurred", "Supplies to Poland were halted"),
        E("Bulgaria refuses to negotiate with Gazprom under pressure", "REJECT",
          ["Russia"], "2022-04-27", "published", "occurred", "would not bow to",
          note="Petkov and Bulgaria are not canonical"),
        E("Peskov denies blackmail and blames Western sanctions", "ACCUSE",
          ["Dmitry Peskov"], "2022-04-27", "published", "occurred", "This is not blackmail"),
        E("Gazprom threatens to cut transit volumes if gas is withdrawn", "THREATEN",
          ["Russia", "Poland"], "2022-04-27", "published", "occurred", "unauthorised withdrawal"),
        E("Von der Leyen: Russia uses gas as an instrument of blackmail", "ACCUSE",
          ["Ursula von der Leyen", "Russia"], "2022-04-27", "published", "occurred", "instrument of blackmail"),
        E("EU gas coordination group to meet", "CONSULT",
          ["European Union"], "2022-04-27", "text", "planned", "gas coordination group"),
        E("Poland sanctions about 50 Russian oligarchs and companies including Gazprom", "SANCTION",
          ["Poland", "Russia"], "2022-04-26", "text", "occurred", "placed sanctions on some 50"),
        E("Putin's decree demanding rouble payments", "REQUEST",
          ["Vladimir Putin", "Russia"], "2022-03-31", "text", "occurred", "open accounts with Gazprombank"),
        E("Petkov to hold talks with Zelensky in Kyiv", "CONSULT",
          ["Volodymyr Zelensky", "Ukraine"], "2022-04-28", "text", "planned", "travel to Kyiv on Thursday"),
        E("EU energy ministers to meet in Brussels", "CONSULT",
          ["European Union"], "2022-05-02", "text", "planned", "EU energy ministers"),
    ],
    statements=[
        S("Poland", "PGNiG: supplies to Poland halted", "2022-04-27", "published", "Supplies to Poland were halted"),
        S("Russia", "Gazprom: supplies fully suspended for non-payment in roubles", "2022-04-27", "published",
          "Telegram channel"),
        S("Dmitry Peskov", "Moscow is not using gas as a weapon", "2022-04-27", "published", "denied that Moscow"),
        S("Dmitry Peskov", "Not blackmail; the scheme answers Western sanctions", "2022-04-27", "published",
          "This is not blackmail"),
        S("Russia", "Gazprom warns it will cut transit if gas is withdrawn", "2022-04-27", "published",
          "unauthorised withdrawal"),
        S("Ursula von der Leyen", "Another attempt by Russia to use gas as blackmail; the EU is prepared", "2022-04-27",
          "published", "instrument of blackmail"),
        S("Ursula von der Leyen", "Full solidarity; coordination group meets later", "2022-04-27", "published",
          "full solidarity"),
        S("Poland", "Morawiecki: storage 76 percent full, other sources available", "2022-04-27", "published",
          "Morawiecki said"),
    ],
    actors=["Russia", "Poland", "Kremlin", "Dmitry Peskov", "Ursula von der Leyen", "European Union",
            "Vladimir Putin", "Ukraine", "Volodymyr Zelensky"],
))

# --------------------------------------------------------------------------- b30en02 (The Times of Israel)
DOCS.append(dict(
    id="b30en02_zelensky_knesset_2022_03",
    lang="en",
    published="2022-03-20",
    body="""
Zelensky to Knesset: 'You can mediate between states, but not between good and evil'

Ukrainian President Volodymyr Zelensky on Sunday evening urged Israel to supply his country with weapons, including the Iron Dome missile defense system, and to impose sanctions on Russia, in an emotional address to Israeli lawmakers.
"Everyone knows that your missile defense systems are the best," Zelensky said in the Zoom speech, which was also screened to a crowd in Tel Aviv's Habima Square.
"You can mediate between states, but not between good and evil," he said, in an apparent reference to Prime Minister Naftali Bennett's efforts to broker talks between Kyiv and Moscow.
Zelensky repeatedly invoked the Holocaust, saying Russia was seeking a "final solution" for Ukraine.

Bennett, who has spoken with Russian President Vladimir Putin several times since early March, including during a surprise visit to Moscow on March 5, did not respond directly to the speech.
He has also been in almost daily contact with Zelensky.
Speaking at the weekly cabinet meeting before the address, Bennett said Israel would continue its mediation "as long as we are asked to" and would keep sending humanitarian aid to Ukraine.
Foreign Minister Yair Lapid said Israel would not become a route to bypass Western sanctions.

On Saturday, Zelensky said he had proposed Jerusalem as a venue for a meeting with Putin.
The Kremlin has so far shown little interest.
Kremlin spokesman Dmitry Peskov said last week that a meeting between the two presidents could only take place once a document had been agreed by the negotiators.
Russian and Ukrainian delegations have been holding talks by video link for the past week, after three rounds of face-to-face negotiations in Belarus earlier this month.

Several ministers criticized the Holocaust comparison.
Yad Vashem, Israel's Holocaust memorial, said in a statement that it rejected attempts to "trivialize" the Holocaust, while expressing sympathy for the Ukrainian people.
Communications Minister Yoaz Hendel called the comparison "outrageous" but said Israel must keep helping civilians.

Israel has avoided supplying weapons to Ukraine, citing its need to coordinate with Russian forces operating in Syria.
It sent 100 tons of humanitarian aid on March 1 and is setting up a field hospital in western Ukraine that is due to open in the coming days.
""",
    timexes=[
        T("Sunday evening", "TIME", "2022-03-20TEV"),
        T("early March", "DATE", "2022-03", mod="START"),
        T("March 5", "DATE", "2022-03-05"),
        T("almost daily", "SET", "P1D", mod="APPROX"),
        T("weekly", "SET", "P1W"),
        T("Saturday", "DATE", "2022-03-19"),
        T("last week", "DATE", "2022-W10"),
        T("the past week", "DURATION", "P1W"),
        T("earlier this month", "DATE", "2022-03"),
        T("March 1", "DATE", "2022-03-01"),
        T("the coming days", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Zelensky urges Israel to supply weapons and to sanction Russia", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2022-03-20TEV", "text", "occurred", "urged Israel to supply",
          note="Israel is not canonical"),
        E("Zelensky criticises Israel's neutral mediation", "ACCUSE",
          ["Volodymyr Zelensky"], "2022-03-20TEV", "context", "occurred", "in an apparent reference"),
        E("Zelensky: Russia seeks a 'final solution' for Ukraine", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-03-20TEV", "context", "occurred", "final solution"),
        E("Bennett's phone calls with Putin", "CONSULT",
          ["Vladimir Putin"], "2022-03", "text", "occurred", "surprise visit to Moscow", date_mod="START",
          note="Bennett is not canonical"),
        E("Bennett's visit to Putin in Moscow", "CONSULT",
          ["Vladimir Putin"], "2022-03-05", "text", "occurred", "surprise visit to Moscow"),
        E("Bennett's near-daily contacts with Zelensky", "CONSULT",
          ["Volodymyr Zelensky"], "2022-03", "context", "occurred", "almost daily contact",
          date_mod="START", note="dated by 'since early March' in the sentence before"),
        E("Israel will keep sending humanitarian aid to Ukraine", "AID",
          ["Ukraine"], "2022-03-20", "context", "planned", "keep sending humanitarian aid"),
        E("Zelensky proposes Jerusalem as a venue for a meeting with Putin", "REQUEST",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2022-03-19", "text", "occurred", "proposed Jerusalem"),
        E("Peskov: a Putin–Zelensky meeting only after a document is agreed", "REQUEST",
          ["Dmitry Peskov", "Volodymyr Zelensky"], "2022-W10", "text", "occurred", "once a document had been agreed"),
        E("Russian and Ukrainian delegations hold talks by video link", "CONSULT",
          ["Russia", "Ukraine"], "2022-W11", "text", "occurred", "by video link",
          note="'for the past week'; the video talks began on 14 March 2022"),
        E("Three rounds of face-to-face talks in Belarus", "CONSULT",
          ["Russia", "Ukraine"], "2022-03", "text", "occurred", "three rounds of face-to-face"),
        E("Israel sent 100 tons of humanitarian aid", "AID",
          ["Ukraine"], "2022-03-01", "text", "occurred", "100 tons of humanitarian aid"),
        E("Israeli field hospital in western Ukraine to open", "AID",
          ["Ukraine"], "FUTURE_REF", "vague", "planned", "100 tons of humanitarian aid"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Israel's missile defence systems are the best", "2022-03-20TEV", "context",
          "your missile defense systems"),
        S("Volodymyr Zelensky", "One can mediate between states, not between good and evil", "2022-03-20TEV", "context",
          "in an apparent reference"),
        S("Volodymyr Zelensky", "Russia seeks a 'final solution' for Ukraine", "2022-03-20TEV", "context", "final solution"),
        S("Volodymyr Zelensky", "Proposed Jerusalem as a venue for a meeting with Putin", "2022-03-19", "text",
          "proposed Jerusalem"),
        S("Dmitry Peskov", "A meeting only once negotiators agree a document", "2022-W10", "text",
          "once a document had been agreed"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
))

# --------------------------------------------------------------------------- b30en03 (Nikkei Asia)
DOCS.append(dict(
    id="b30en03_tokyo_reconstruction_conference_2024_02",
    lang="en",
    published="2024-02-19",
    body="""
Japan, Ukraine sign 56 deals as Tokyo pivots aid toward reconstruction

TOKYO -- Japan and Ukraine signed 56 cooperation documents on Monday at a conference in Tokyo aimed at drawing Japanese companies into the rebuilding of the war-torn country, as Prime Minister Fumio Kishida pledged long-term support.
"The promotion of Ukraine's economic growth and reconstruction is an investment in the future," Kishida said in his opening speech.
Ukrainian Prime Minister Denys Shmyhal, who led a delegation of more than 100 officials and business leaders, thanked Tokyo and said Japan could become "a key partner" in demining, energy and agriculture.

The agreements cover areas from mine clearance and power-grid repairs to biotechnology and rubble recycling.
Tokyo also announced an additional 15.8 billion yen ($105 million) in aid, including funds channeled through the Japan International Cooperation Agency (JICA) for demining equipment and power generators.
The Japan External Trade Organization (JETRO) said it would reopen its office in Kyiv, closed since the start of the Russian invasion, later this year.

Japan has committed more than $12 billion in humanitarian and financial aid since February 2022 but, bound by its rules on arms exports, has not supplied lethal weapons.
Foreign Minister Yoko Kamikawa, who visited Kyiv in January, told the conference that Tokyo's support would not waver.
Russian Foreign Ministry spokeswoman Maria Zakharova criticized the conference last week as an attempt to "drag Japanese business into financing the Kyiv regime."

The conference came days after the death of Russian opposition leader Alexei Navalny in an Arctic prison.
Kishida said on Saturday that Japan was "deeply concerned" and called on Moscow to explain the circumstances.
Russia, which lists Japan as an "unfriendly" country, suspended talks on a peace treaty formally ending World War II hostilities in March 2022 in response to Tokyo's sanctions.

Keidanren Chairman Masakazu Tokura said Japanese companies were ready to invest once security conditions allowed.
Some executives, however, remain cautious.
"We need insurance coverage before we can send staff," said an official at a major trading house who asked not to be named.
The next international recovery conference is due to be co-hosted by Germany in Berlin in June.
""",
    timexes=[
        T("Monday", "DATE", "2024-02-19"),
        T("the future", "DATE", "FUTURE_REF"),
        T("this year", "DATE", "2024"),
        T("February 2022", "DATE", "2022-02"),
        T("January", "DATE", "2024-01"),
        T("last week", "DATE", "2024-W07"),
        T("Saturday", "DATE", "2024-02-17"),
        T("March 2022", "DATE", "2022-03"),
        T("June", "DATE", "2024-06"),
    ],
    events=[
        E("Japan–Ukraine conference on economic growth and reconstruction in Tokyo", "CONSULT",
          ["Ukraine"], "2024-02-19", "text", "occurred", "signed 56 cooperation documents",
          note="Japan is not canonical"),
        E("Japan and Ukraine sign 56 cooperation documents", "AGREE",
          ["Ukraine"], "2024-02-19", "text", "occurred", "signed 56 cooperation documents"),
        E("Japan announces 15.8 billion yen in additional aid", "AID",
          ["Ukraine"], "2024-02-19", "context", "occurred", "15.8 billion yen"),
        E("JETRO to reopen its Kyiv office", "COOPERATE",
          ["Ukraine"], "2024", "text", "planned", "reopen its office in Kyiv"),
        E("Japan's aid since February 2022", "AID",
          ["Ukraine"], "2022-02", "text", "occurred", "more than $12 billion", date_mod="START"),
        E("Kamikawa visited Kyiv", "CONSULT",
          ["Ukraine"], "2024-01", "text", "occurred", "who visited Kyiv in January"),
        E("Zakharova criticises the conference", "ACCUSE",
          ["Maria Zakharova", "Ukraine"], "2024-W07", "text", "occurred", "drag Japanese business"),
        E("Japan calls on Moscow to explain Navalny's death", "REQUEST",
          ["Russia"], "2024-02-17", "text", "occurred", "called on Moscow to explain"),
        E("Russia suspended peace-treaty talks with Japan", "SANCTION",
          ["Russia"], "2022-03", "text", "occurred", "suspended talks on a peace treaty"),
        E("Next recovery conference in Berlin", "CONSULT",
          ["Ukraine", "Germany"], "2024-06", "text", "planned", "co-hosted by Germany"),
    ],
    statements=[
        S("Ukraine", "Shmyhal thanks Tokyo; Japan can be a key partner", "2024-02-19", "context", "a key partner"),
        S("Maria Zakharova", "The conference drags Japanese business into financing Kyiv", "2024-W07", "text",
          "drag Japanese business"),
    ],
    actors=["Ukraine", "Russia", "Maria Zakharova", "Germany"],
))

# --------------------------------------------------------------------------- b30en04 (RTÉ News)
DOCS.append(dict(
    id="b30en04_zelensky_dublin_2025_12",
    lang="en",
    published="2025-12-02",
    body="""
Zelensky thanks Ireland for 'steadfast support' as Taoiseach pledges €125m

President Volodymyr Zelensky has thanked Ireland for its "steadfast support" during his first official visit to the country since Russia's full-scale invasion.
Mr Zelensky arrived at Dublin Airport late last night, having travelled from Paris, where he held talks with French President Emmanuel Macron on Monday.
This morning he met Taoiseach Micheál Martin at Government Buildings, before a meeting with President Catherine Connolly at Áras an Uachtaráin.
Speaking at a joint press conference, the Taoiseach announced a further €125 million for Ukraine, €100m of which will go to non-lethal military support.

Mr Zelensky said the coming days would be decisive for diplomatic efforts to end the war.
"We need peace, not a pause," he said, adding that Ukraine would not accept any agreement that "rewards the aggressor".
He said he had been briefed by Rustem Umerov, who led Ukraine's delegation at talks with Secretary of State Marco Rubio and US envoy Steve Witkoff in Florida on Sunday.
Mr Witkoff and Jared Kushner were due to meet Russian President Vladimir Putin in Moscow this afternoon.
Kremlin aide Yuri Ushakov said Moscow had received the revised version of the US plan but that "much work" remained.

Separately, gardaí and the Defence Forces are examining reports that several drones were seen near the flight path of the President's aircraft shortly before it landed last night.
A Government spokesperson said the visit went ahead as planned and there had been no threat to the delegation.
The Russian Embassy in Dublin described the visit as "political theatre" and accused the Government of abandoning Irish neutrality.

Ireland has provided more than €380m in non-lethal and humanitarian support since February 2022 and hosts around 100,000 Ukrainians under temporary protection.
Ireland will take over the presidency of the Council of the EU in July, and Mr Martin said Ukraine's accession path would be a priority.
European leaders are to hold a video call with Mr Zelensky tomorrow.
""",
    timexes=[
        T("late last night", "TIME", "2025-12-01TNI"),
        T("Monday", "DATE", "2025-12-01"),
        T("This morning", "TIME", "2025-12-02TMO"),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Sunday", "DATE", "2025-11-30"),
        T("this afternoon", "TIME", "2025-12-02TAF"),
        T("last night", "TIME", "2025-12-01TNI", n=1),
        T("February 2022", "DATE", "2022-02"),
        T("July", "DATE", "2026-07"),
        T("tomorrow", "DATE", "2025-12-03"),
    ],
    events=[
        E("Zelensky–Macron talks in Paris", "CONSULT",
          ["Volodymyr Zelensky", "Emmanuel Macron"], "2025-12-01", "text", "occurred", "held talks with French President"),
        E("Zelensky meets the Taoiseach and the President of Ireland", "CONSULT",
          ["Volodymyr Zelensky"], "2025-12-02TMO", "text", "occurred", "he met Taoiseach",
          note="Ireland is not canonical"),
        E("Ireland pledges a further €125 million for Ukraine", "AID",
          ["Ukraine"], "2025-12-02", "context", "occurred", "a further €125 million"),
        E("Zelensky: Ukraine will not accept a deal that rewards the aggressor", "REJECT",
          ["Volodymyr Zelensky", "Russia"], "2025-12-02", "context", "occurred", "rewards the aggressor"),
        E("Umerov's talks with Rubio and Witkoff in Florida", "CONSULT",
          ["Rustem Umerov", "Marco Rubio", "Steve Witkoff", "Ukraine", "United States"], "2025-11-30", "text",
          "occurred", "led Ukraine's delegation"),
        E("Witkoff to meet Putin in Moscow", "CONSULT",
          ["Steve Witkoff", "Vladimir Putin"], "2025-12-02TAF", "text", "planned", "were due to meet"),
        E("Irish aid to Ukraine since February 2022", "AID",
          ["Ukraine"], "2022-02", "text", "occurred", "more than €380m", date_mod="START"),
        E("Russian embassy accuses Dublin over the visit", "ACCUSE",
          ["Russia"], "2025-12-02", "published", "occurred", "political theatre"),
        E("European leaders' video call with Zelensky", "CONSULT",
          ["European Union", "Volodymyr Zelensky"], "2025-12-03", "text", "planned", "video call"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks Ireland for its steadfast support", "2025-12-02", "published", "has thanked Ireland"),
        S("Volodymyr Zelensky", "The coming days are decisive for diplomacy", "2025-12-02", "context",
          "would be decisive"),
        S("Volodymyr Zelensky", "Peace, not a pause; no deal rewarding the aggressor", "2025-12-02", "context",
          "rewards the aggressor"),
        S("Volodymyr Zelensky", "Was briefed by Umerov on the Florida talks", "2025-12-02", "context",
          "led Ukraine's delegation"),
        S("Yuri Ushakov", "Moscow received the revised US plan; much work remains", "2025-12-02", "published",
          "much work"),
        S("Russia", "Embassy: the visit is political theatre", "2025-12-02", "published", "political theatre"),
    ],
    actors=["Volodymyr Zelensky", "Russia", "Emmanuel Macron", "France", "Ukraine", "Rustem Umerov", "Marco Rubio",
            "United States", "Steve Witkoff", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "European Union"],
))

# --------------------------------------------------------------------------- b30en05 (Atlantic Council UkraineAlert)
DOCS.append(dict(
    id="b30en05_crimea_platform_summit_2023_08",
    lang="en",
    published="2023-08-23",
    body="""
Crimea Platform summit shows Ukraine's allies are thinking beyond the front line

Leaders and officials from more than 60 countries and international organizations joined Ukraine's third Crimea Platform summit in Kyiv on August 23, sending a clear message that the world has not accepted Russia's 2014 annexation of the peninsula.
Polish President Andrzej Duda and the presidents of Latvia and Lithuania were among those who traveled to the Ukrainian capital, while many others, including Turkish President Recep Tayyip Erdoğan and NATO Secretary General Jens Stoltenberg, addressed the gathering by video.
Erdoğan told participants that the return of Crimea to Ukraine was "a requirement of international law," a notable statement from a leader who has maintained close ties with Vladimir Putin.

In his opening speech, President Volodymyr Zelensky said Russia had turned the peninsula into a military base and "a place of fear."
Participants including Poland and Turkey adopted a joint declaration condemning the occupation and committing to coordinate their response to Russian threats against shipping in the Black Sea.

The Black Sea dimension was front and center.
Since Russia quit the Black Sea Grain Initiative on July 17, Russian forces have repeatedly struck Ukrainian ports in Odesa and on the Danube.
Moscow also warned on July 19 that it would treat all ships heading to Ukrainian ports as potential military cargo carriers.
Kyiv has responded by opening a temporary corridor for merchant vessels, and the first ship to use it left Odesa last week.

The summit came amid a flurry of diplomacy.
Earlier this month, Saudi Arabia hosted talks in Jeddah on Zelensky's peace formula, attended by national security advisers from some 40 countries including the United States and China, but not Russia.
Zelensky himself spent the weekend in Sweden, Denmark, and the Netherlands, securing commitments on Gripen training and, crucially, F-16 fighter jets.
Meanwhile, Putin addressed the BRICS summit in Johannesburg by video on Tuesday, blaming the West for the war.
Kremlin spokesman Dmitry Peskov dismissed the Crimea Platform as "an anti-Russian gathering" that would have "no consequences."

Western capitals should take note: Crimea is not a bargaining chip to be traded away in some future settlement.
As long as Russia holds the peninsula, it will remain the launchpad for the drones and missiles that terrorize southern Ukraine and the Black Sea.
The next Crimea Platform summit is planned for 2024.

Olena Marchenko is a nonresident fellow with the Atlantic Council's Eurasia Center.
""",
    timexes=[
        T("August 23", "DATE", "2023-08-23"),
        T("2014", "DATE", "2014"),
        T("July 17", "DATE", "2023-07-17"),
        T("July 19", "DATE", "2023-07-19"),
        T("last week", "DATE", "2023-W33"),
        T("Earlier this month", "DATE", "2023-08"),
        T("the weekend", "DATE", "2023-W33-WE"),
        T("Tuesday", "DATE", "2023-08-22"),
        T("2024", "DATE", "2024"),
    ],
    events=[
        E("Third Crimea Platform summit in Kyiv", "CONSULT",
          ["Ukraine", "Volodymyr Zelensky", "Poland", "Recep Tayyip Erdoğan", "Jens Stoltenberg", "NATO"],
          "2023-08-23", "text", "occurred", "third Crimea Platform summit"),
        E("Russia's annexation of Crimea", "COERCE",
          ["Russia", "Ukraine"], "2014", "text", "occurred", "third Crimea Platform summit"),
        E("Erdoğan: Crimea's return to Ukraine is required by international law", "SUPPORT",
          ["Recep Tayyip Erdoğan", "Ukraine"], "2023-08-23", "context", "occurred", "a requirement of international law"),
        E("Zelensky accuses Russia of turning Crimea into a military base", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2023-08-23", "context", "occurred", "a place of fear"),
        E("Participants adopt a joint declaration", "AGREE",
          ["Ukraine", "Poland", "Turkey"], "2023-08-23", "context", "occurred", "adopted a joint declaration"),
        E("The declaration condemns the occupation", "ACCUSE",
          ["Ukraine", "Poland", "Turkey", "Russia"], "2023-08-23", "context", "occurred", "adopted a joint declaration"),
        E("Russia quit the Black Sea Grain Initiative", "SANCTION",
          ["Russia", "Ukraine"], "2023-07-17", "text", "occurred", "quit the Black Sea Grain Initiative"),
        E("Russian strikes on Ukrainian ports since the exit", "ASSAULT",
          ["Russia", "Ukraine"], "2023-07-17", "text", "occurred", "quit the Black Sea Grain Initiative",
          date_mod="START"),
        E("Moscow warns ships heading to Ukrainian ports", "THREATEN",
          ["Russia", "Ukraine"], "2023-07-19", "text", "occurred", "warned on July 19"),
        E("Jeddah talks on the peace formula", "CONSULT",
          ["Saudi Arabia", "Ukraine", "United States", "China"], "2023-08", "text", "occurred",
          "hosted talks in Jeddah"),
        E("Zelensky visits Sweden, Denmark and the Netherlands", "CONSULT",
          ["Volodymyr Zelensky"], "2023-W33-WE", "text", "occurred", "spent the weekend"),
        E("Commitments on Gripen training and F-16 jets", "AID",
          ["Ukraine"], "2023-W33-WE", "text", "occurred", "spent the weekend"),
        E("Putin blames the West for the war at the BRICS summit", "ACCUSE",
          ["Vladimir Putin"], "2023-08-22", "text", "occurred", "blaming the West"),
        E("Peskov dismisses the Crimea Platform", "REJECT",
          ["Dmitry Peskov", "Ukraine"], "2023-08-23", "published", "occurred", "an anti-Russian gathering"),
        E("Next Crimea Platform summit", "CONSULT",
          ["Ukraine"], "2024", "text", "planned", "planned for 2024"),
    ],
    statements=[
        S("Recep Tayyip Erdoğan", "Crimea's return to Ukraine is a requirement of international law", "2023-08-23",
          "context", "a requirement of international law"),
        S("Volodymyr Zelensky", "Russia turned Crimea into a military base and a place of fear", "2023-08-23", "context",
          "a place of fear"),
        S("Joint statement: Ukraine, Poland, Turkey", "Condemns the occupation; will coordinate on Black Sea threats",
          "2023-08-23", "context", "adopted a joint declaration"),
        S("Russia", "Ships heading to Ukrainian ports will be treated as military cargo carriers", "2023-07-19", "text",
          "warned on July 19"),
        S("Vladimir Putin", "Blames the West for the war", "2023-08-22", "text", "blaming the West"),
        S("Dmitry Peskov", "The Crimea Platform is an anti-Russian gathering with no consequences", "2023-08-23",
          "published", "an anti-Russian gathering"),
    ],
    actors=["Ukraine", "Russia", "Poland", "Recep Tayyip Erdoğan", "Turkey", "Jens Stoltenberg", "NATO",
            "Vladimir Putin", "Volodymyr Zelensky", "Saudi Arabia", "United States", "China", "Kremlin",
            "Dmitry Peskov"],
))

# --------------------------------------------------------------------------- b30en06 (Radio Prague International, fiction)
DOCS.append(dict(
    id="b30en06_ammunition_initiative_nato_2026_02",
    lang="en",
    published="2026-02-11",
    body="""
Ammunition initiative to pass to NATO coordination, Babiš says after Rutte talks

Prime Minister Andrej Babiš said on Tuesday that the Czech-led initiative to buy artillery ammunition for Ukraine on markets outside the EU would be transferred to NATO coordination from April, ending months of uncertainty over its future.
Speaking after talks with NATO Secretary General Mark Rutte at Kramář's Villa, Mr Babiš said the Czech state would no longer contribute money to the scheme, but Czech companies and logistics would remain involved.
"The Czech taxpayer will not pay for it, but we will not block it," the prime minister told reporters.
Mr Rutte welcomed the arrangement and said the initiative had been "one of the most effective tools" for supplying Ukraine's armed forces.

The initiative, launched by the previous government of Petr Fiala in early 2024, delivered around 1.5 million large-calibre shells to Ukraine that year, according to the Defence Ministry.
More than a dozen countries, including Germany, the Netherlands and Canada, have financed purchases through it.
President Petr Pavel, who championed the scheme, met Mr Rutte separately at Prague Castle on Tuesday afternoon and said he was "relieved" that deliveries would continue.

Ukrainian President Volodymyr Zelensky thanked Czech partners in his video address on Tuesday evening, saying that "every shell saves lives at the front."
Foreign Minister Andrii Sybiha, who spoke with his Czech counterpart Petr Macinka by phone, said Kyiv counted on the purchases being financed "without interruption."
In Moscow, Kremlin spokesman Dmitry Peskov said the move would not change the situation on the battlefield and accused European countries of "pumping weapons into Ukraine" to prolong the war.
Foreign Ministry spokeswoman Maria Zakharova said Russia would regard the ammunition as a legitimate target "the moment it crosses the Ukrainian border."

The Babiš government, which took office in December, had initially said it would end state support for the scheme, prompting concern in Kyiv and Brussels.
EU foreign policy chief Kaja Kallas said last week that Europe must step up its own ammunition production and could not rely on purchases abroad for ever.
The handover to NATO's Security Assistance and Training for Ukraine command in Wiesbaden is due to be completed by the end of April.
Meanwhile, talks between Russia, Ukraine and the United States are expected to resume in Abu Dhabi next week, according to Ukrainian officials.
""",
    timexes=[
        T("Tuesday", "DATE", "2026-02-10"),
        T("April", "DATE", "2026-04"),
        T("months", "DURATION", "PXM"),
        T("early 2024", "DATE", "2024", mod="START"),
        T("that year", "DATE", "2024"),
        T("Tuesday afternoon", "TIME", "2026-02-10TAF"),
        T("Tuesday evening", "TIME", "2026-02-10TEV"),
        T("December", "DATE", "2025-12"),
        T("last week", "DATE", "2026-W06"),
        T("the end of April", "DATE", "2026-04", mod="END"),
        T("next week", "DATE", "2026-W08"),
    ],
    events=[
        E("Ammunition initiative to be transferred to NATO coordination", "AGREE",
          ["NATO", "Ukraine"], "2026-02-10", "text", "occurred", "would be transferred to NATO coordination",
          note="the Czech government is not canonical"),
        E("Babiš–Rutte talks in Prague", "CONSULT",
          ["Mark Rutte", "NATO"], "2026-02-10", "context", "occurred", "Speaking after talks with NATO"),
        E("Czech state stops funding the initiative", "REJECT",
          ["Ukraine"], "2026-02-10", "context", "occurred", "Speaking after talks with NATO",
          note="the Czech government is not canonical"),
        E("Rutte welcomes the arrangement", "SUPPORT",
          ["Mark Rutte", "Ukraine"], "2026-02-10", "context", "occurred", "Mr Rutte welcomed"),
        E("About 1.5 million shells delivered to Ukraine in 2024", "AID",
          ["Ukraine"], "2024", "text", "occurred", "1.5 million large-calibre shells"),
        E("Pavel meets Rutte at Prague Castle", "CONSULT",
          ["Mark Rutte"], "2026-02-10TAF", "text", "occurred", "met Mr Rutte separately"),
        E("Sybiha's phone call with the Czech foreign minister", "CONSULT",
          ["Andrii Sybiha"], "2026-02-11", "published", "occurred", "by phone"),
        E("Sybiha asks for financing without interruption", "REQUEST",
          ["Andrii Sybiha"], "2026-02-11", "published", "occurred", "by phone"),
        E("Peskov accuses European countries of pumping weapons into Ukraine", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2026-02-11", "published", "occurred", "pumping weapons into Ukraine"),
        E("Zakharova: the ammunition will be a legitimate target", "THREATEN",
          ["Maria Zakharova", "Ukraine"], "2026-02-11", "published", "occurred", "legitimate target"),
        E("Kallas: Europe must step up ammunition production", "REQUEST",
          ["Kaja Kallas", "European Union"], "2026-W06", "text", "occurred", "step up its own ammunition"),
        E("Handover to NATO's SATU command to be completed", "COOPERATE",
          ["NATO", "Ukraine"], "2026-04", "text", "planned", "The handover to NATO", date_mod="END"),
        E("Russia–Ukraine–US talks to resume in Abu Dhabi", "CONSULT",
          ["Russia", "Ukraine", "United States"], "2026-W08", "text", "planned", "resume in Abu Dhabi"),
    ],
    statements=[
        S("Mark Rutte", "The initiative has been one of the most effective tools", "2026-02-10", "context",
          "Mr Rutte welcomed"),
        S("Volodymyr Zelensky", "Every shell saves lives at the front", "2026-02-10TEV", "text", "every shell saves lives"),
        S("Andrii Sybiha", "Kyiv counts on uninterrupted financing", "2026-02-11", "published", "by phone"),
        S("Dmitry Peskov", "The move changes nothing; Europeans pump weapons into Ukraine", "2026-02-11", "published",
          "pumping weapons into Ukraine"),
        S("Maria Zakharova", "The ammunition is a legitimate target once in Ukraine", "2026-02-11", "published",
          "legitimate target"),
        S("Kaja Kallas", "Europe must raise its own ammunition production", "2026-W06", "text",
          "step up its own ammunition"),
        S("Ukraine", "Talks in Abu Dhabi expected to resume next week", "2026-02-11", "published", "resume in Abu Dhabi"),
    ],
    actors=["NATO", "Ukraine", "European Union", "Mark Rutte", "Germany", "Volodymyr Zelensky", "Andrii Sybiha",
            "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Russia", "Kaja Kallas", "United States"],
))
