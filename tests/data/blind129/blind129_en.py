"""English articles of the blind129 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b129en01 (Undercurrent News, fisheries trade press)
EN01 = """
Russia suspends Kuril fishing pact with Japan, citing unpaid fees

TOKYO (Undercurrent News) -- Russia has suspended a 1998 agreement that lets Japanese vessels fish in waters around the disputed southern Kuril Islands, dealing a fresh blow to Hokkaido's coastal fleet.
The Russian foreign ministry said on Tuesday that Moscow would stop implementing the agreement until Tokyo had paid what it owes under the deal.
Japan had frozen payments for "technical assistance" to the Sakhalin region that were due this year, the ministry said, accusing Tokyo of "politicizing" a purely economic arrangement.
Under the pact, boats from the Nemuro area catch Atka mackerel, octopus and walleye pollock in waters Japan calls the Northern Territories, in return for fees and equipment worth about ¥20 million ($150,000) a year.

Chief Cabinet Secretary Hirokazu Matsuno said on Wednesday the decision was "extremely regrettable" and that Tokyo had lodged a protest through diplomatic channels.
He said the government would seek talks with the Russian side so that operations could resume as early as possible.
Officials at the Fisheries Agency said the payment had been held up by the difficulty of transferring money to Russian entities under sanctions, not by a political decision.

Fishermen in Nemuro and Rausu, whose boats usually work the area from mid-July, said the suspension could wipe out a third of their annual income.
"We have lost our fishing grounds with one letter from Moscow," the head of a local cooperative told Undercurrent.
Octopus prices at the Nemuro wholesale market rose about 10% on Wednesday morning, traders said.

The move comes as relations between Tokyo and Moscow have fallen to a post-war low since Russia invaded Ukraine on Feb. 24.
Japan has frozen the assets of Russian banks and of President Vladimir Putin and, in May, joined its G7 partners in pledging to phase out Russian oil imports.
Moscow suspended peace-treaty talks with Tokyo in March.
Fisheries ties had so far survived the chill: in April the two sides agreed on a salmon quota of 2,050 tons for Japanese boats.
A separate round on Japanese quotas in Russia's exclusive economic zone is scheduled for next week, the Fisheries Agency said.
"""

# ---------------------------------------------------------------- b129en02 (LNG Industry, energy trade press)
EN02 = """
Putin decree puts Sakhalin-2 under new Russian operator, Japanese partners given a month

Japan's utilities and trading houses are scrambling to assess the impact of a decree signed by Russian President Vladimir Putin that transfers the Sakhalin-2 oil and gas project to a new Russian operator.
The decree, published by the Kremlin late Thursday, orders the creation of a Russian company that will take over all rights and assets of Sakhalin Energy Investment Co.
Foreign shareholders must apply within one month for stakes in the new entity, and the Russian government will then decide whether to grant them.
Gazprom, which holds 50% plus one share, will keep its stake.

Shell owns 27.5%, while Japan's Mitsui & Co. and Mitsubishi Corp. hold 12.5% and 10% respectively.
Shell had already announced on Feb. 28 that it would exit its Russian joint ventures, including Sakhalin-2.
The Japanese trading houses said on Friday they were studying the decree with the government and their partners.

Prime Minister Fumio Kishida, who attended the NATO summit in Madrid on Wednesday, said there would be no immediate disruption to LNG supplies.
Japan would protect its interests in resources, he told reporters before flying home.
Sakhalin-2, which began exporting LNG in 2009, supplies about 10 million tonnes a year, more than half of it to Japanese buyers such as JERA, Tokyo Gas and Hiroshima Gas.
The project accounts for roughly 9% of Japan's LNG imports.

Kremlin spokesman Dmitry Peskov said on Friday the decree was a response to the "unfriendly" actions of some states.
There was no plan to take over foreign energy assets across the board, he added.
A U.S. State Department spokesperson said Washington was in close contact with Tokyo on energy security.

Traders said the decree adds to pressure on a market already stretched by Gazprom's cut in flows through the Nord Stream 1 pipeline to Germany to 40% of capacity in mid-June.
Asian spot LNG prices rose about 6% on Friday, with buyers worried about supply this winter.
Analysts expect Japan to seek additional cargoes from Australia and the United States in the coming weeks.
"""

# ---------------------------------------------------------------- b129en03 (Japan Today, wire style)
EN03 = """
Japan expels Russian consul in Sapporo after Vladivostok detention

TOKYO - Japan on Thursday ordered a Russian consul in Sapporo to leave the country by Oct. 5, retaliating for Moscow's expulsion of a Japanese diplomat accused of spying in Vladivostok.
Vice Foreign Minister Takeo Mori informed Russian Ambassador Mikhail Galuzin of the decision at the Foreign Ministry, officials said.

The Japanese consul in Vladivostok was detained by Russia's Federal Security Service (FSB) on Sept. 22, allegedly while receiving classified information on Russia's cooperation with another Asian country and on the impact of Western sanctions on the Primorye region.
The FSB said on Monday that he had been caught "red-handed", and the Russian foreign ministry declared him persona non grata, giving him 48 hours to leave.
He left Russia on Wednesday.
Tokyo rejects the spying allegation as "completely groundless" and says the diplomat was blindfolded and held down during questioning, in breach of the Vienna Convention on Consular Relations.
On Tuesday, Mori summoned Galuzin to protest and demanded an official apology, which the ambassador refused to give.

Russian Foreign Ministry spokeswoman Maria Zakharova said late Thursday that the expulsion was "an unfriendly step" and that Moscow would respond.
"The Japanese side bears full responsibility for the further degradation of our relations," she said.

The row comes as Russian President Vladimir Putin is due to sign treaties annexing four partly occupied regions of Ukraine at a ceremony in Moscow on Friday, after referendums that Kyiv and its Western partners call a sham.
Prime Minister Fumio Kishida said on Wednesday Japan would never recognize the results and would consider further sanctions with the Group of Seven.
Ukrainian Foreign Minister Dmytro Kuleba held a call with Foreign Minister Yoshimasa Hayashi on Thursday and thanked Japan for its "principled position", the Ukrainian ministry said.

Ties between Tokyo and Moscow have deteriorated steadily since the invasion.
Russia ended visa-free visits by Japanese to the disputed Kuril Islands earlier this month, after suspending peace-treaty talks in March.
Japan expelled eight Russian diplomats in April, and Moscow answered by expelling eight Japanese diplomats soon afterwards.
"""

# ---------------------------------------------------------------- b129en04 (UNN, Ukrainian news agency)
EN04 = """
Japan to provide $3 billion to Ukraine from proceeds of frozen Russian assets, Shmyhal says

KYIV. Ukraine and Japan on Monday signed an agreement under which Tokyo will provide about 471.9 billion yen (some $3.07 billion) as its share of the G7's Extraordinary Revenue Acceleration (ERA) loans, Prime Minister Denys Shmyhal said.
The money will be channelled through a World Bank fund, and the loans will be repaid from future proceeds of immobilized Russian sovereign assets, Shmyhal wrote on Telegram.
"Japan's contribution is another strong signal that the aggressor will pay," he said.
Japanese Ambassador Masashi Nakagome signed for Tokyo at the ceremony in Kyiv.

The first tranche is expected before the end of the year, Finance Minister Serhiy Marchenko said, adding that the funds would cover budget needs, including salaries of teachers and doctors.
The United States disbursed its $20 billion share of the ERA loans to a World Bank fund last week.
In total, the G7 countries agreed in October to provide Ukraine with about $50 billion backed by the windfall profits of Russian assets frozen since 2022.

President Volodymyr Zelensky thanked Prime Minister Shigeru Ishiba in a phone call on Monday evening and invited him to visit Kyiv, the president's office said.
Ishiba promised that Japan would keep supporting Ukraine "as long as it takes", according to the office.
The two leaders also discussed the deployment of North Korean troops to Russia's Kursk region, which Zelensky called a threat to security in both Europe and Asia.

Moscow reacted angrily.
Russian Foreign Ministry spokeswoman Maria Zakharova on Tuesday called the scheme "theft" and said Tokyo would bear responsibility for it.
Russia would respond with "retaliatory measures" against Japanese interests, she said, without giving details.
Moscow suspended peace-treaty talks with Tokyo in 2022 and has since barred hundreds of Japanese officials, lawmakers and journalists from entering the country.

Overnight into Tuesday, Russia attacked Ukraine with 110 drones, the Ukrainian Air Force said, adding that 61 were shot down and 46 were lost to electronic jamming.
Japan has pledged about $12 billion in humanitarian and financial support to Ukraine since February 2022 and will host an international conference on demining in Tokyo next year.
"""

# ---------------------------------------------------------------- b129en05 (The Hokkaido Shimbun Press, regional)
EN05 = """
Kaigara kelp season delayed as talks with Russian side stall

NEMURO - Dozens of kelp boats stayed moored in Nemuro's Habomai district on Monday after talks with Russia on this year's harvest around Kaigara Island ended without agreement.
The season in the waters off the island, one of the Russian-held Habomai islets just 3.7 kilometers from Cape Nosappu, was due to open on June 1.
The Hokkaido Fisheries Association and the Russian side held three rounds of online talks from May 20 but failed on Friday to agree on the fee and on new inspection procedures.
The private agreement dates back to 1981 and lets Nemuro fishermen harvest kelp near the island in return for an annual fee.
Last year the harvest began two weeks late after similar difficulties.

According to the association, the Russian side asked for a 20% increase in the fee and for Japanese boats to be inspected at sea by Russian border guards.
Association officials said they could not accept inspections that treated their boats "like intruders."
The Fisheries Agency in Tokyo urged both sides to reach an agreement as soon as possible and said it was in contact with Moscow through diplomatic channels.
The Russian Embassy in Tokyo said the delay was due to "technical questions," but added that Japan's "unfriendly policy" made every kind of cooperation more difficult.

Other fishing arrangements are also under strain.
The 1998 agreement on Japanese fishing near the four islands has been suspended since June 2022, when Moscow accused Tokyo of withholding payments.
In April the two governments agreed on this year's salmon and trout quota after talks that took less than a week.
Last month, Russian border guards detained a crab boat from Rausu and its four crew members off Kunashir Island, saying it had been fishing illegally.
The crew were released last Thursday after the owner paid a fine.

Some in Nemuro pin their hopes on an end to the war in Ukraine.
Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks and agreed on a new prisoner exchange.
But Russian Foreign Ministry spokeswoman Maria Zakharova said last week that a return to peace-treaty talks with Japan was "out of the question" as long as Tokyo kept its sanctions.
"""

# ---------------------------------------------------------------- b129en06 (Nikkei Asia, live blog)
EN06 = """
Live: Japan lowers Russian oil price cap, Moscow vows response

19:30 JST: U.S. Treasury Secretary Scott Bessent said on Thursday that Washington wanted its Group of Seven partners to impose tariffs on China and India over their purchases of Russian oil.
G7 finance ministers are due to discuss the idea in a video call later on Friday, a Japanese Finance Ministry official said.

18:10 JST: Ukrainian President Volodymyr Zelensky thanked Japan on X for the new measures, calling them "an important step to cut Russia's war revenues."
He urged other partners to follow Tokyo's example.

17:00 JST: Kremlin spokesman Dmitry Peskov dismissed the move, saying Russia had "long adapted" to price caps and that its oil exports would not suffer.

16:20 JST: Russian Foreign Ministry spokeswoman Maria Zakharova called Japan's decision "another hostile step" taken "on orders from Brussels."
Moscow would take it into account in its policy toward Tokyo, she said.

14:00 JST: Chief Cabinet Secretary Yoshimasa Hayashi announced that Japan will lower the price cap on Russian crude from $60 to $47.60 a barrel, in line with the European Union and Britain.
Tokyo will also freeze the assets of 14 individuals and 51 entities, including companies in China and the United Arab Emirates accused of helping Russia evade sanctions.
Crude from the Sakhalin-2 project, which supplies Japan with LNG, remains exempt from the cap.
The EU lowered its own cap in July, and Britain followed soon after.

12:30 JST: The measures are among the last decisions of Prime Minister Shigeru Ishiba's government.
Ishiba announced his resignation on Sunday, and the ruling Liberal Democratic Party will elect his successor on Oct. 4.

11:00 JST: Two Russian Tu-95 strategic bombers flew over the Sea of Japan for about seven hours on Thursday, escorted by Su-35 fighter jets, Japan's Joint Staff said.
Air Self-Defense Force jets were scrambled, but the bombers did not enter Japanese airspace.

10:15 JST: The Foreign Ministry in Tokyo called the incursion of Russian drones into Polish airspace overnight into Wednesday "unacceptable" and said Japan stood with Poland and its NATO allies.

09:00 JST: Welcome to our live coverage of Japan's latest sanctions against Russia and the reactions from Moscow and Kyiv.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b129en01_kuril_fishing_pact_suspended_2022_06", "2022-06-08", EN01,
        [
            T("1998", "DATE", "1998"),
            T("Tuesday", "DATE", "2022-06-07"),
            T("this year", "DATE", "2022"),
            T("a year", "SET", "P1Y"),
            T("Wednesday", "DATE", "2022-06-08", 0),
            T("mid-July", "DATE", "2022-07", mod="MID"),
            T("annual", "SET", "P1Y"),
            T("Wednesday morning", "TIME", "2022-06-08TMO"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("May", "DATE", "2022-05"),
            T("March", "DATE", "2022-03"),
            T("April", "DATE", "2022-04"),
            T("next week", "DATE", "2022-W24"),
        ],
        [
            E("Russia suspends the 1998 agreement on Japanese fishing near the southern Kurils", "SANCTION",
              ["Russia"], "2022-06-07", "text", "occurred", "would stop implementing the agreement"),
            E("Moscow demands Tokyo pay what it owes before the pact is applied again", "REQUEST", ["Russia"],
              "2022-06-07", "text", "occurred", "would stop implementing the agreement"),
            E("Russian foreign ministry accuses Tokyo of politicizing the deal", "ACCUSE", ["Russia"], "2022-06-07",
              "context", "occurred", "accusing Tokyo of"),
            E("Tokyo calls the decision extremely regrettable and protests", "ACCUSE", ["Russia"], "2022-06-08",
              "text", "occurred", "lodged a protest through diplomatic channels"),
            E("Japan to seek talks with Russia on resuming operations", "CONSULT", ["Russia"], "2022-06-08",
              "published", "planned", "would seek talks with the Russian side"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "since Russia invaded Ukraine"),
            E("Japan pledges with the G7 to phase out Russian oil imports", "SANCTION", ["Russia"], "2022-05",
              "text", "occurred", "in May, joined its G7 partners"),
            E("Moscow suspends peace-treaty talks with Tokyo", "REJECT", ["Russia"], "2022-03", "text", "occurred",
              "Moscow suspended peace-treaty talks"),
            E("Japan and Russia agree a salmon quota of 2,050 tons", "AGREE", ["Russia"], "2022-04", "text",
              "occurred", "in April the two sides agreed"),
            E("Talks on Japanese quotas in Russia's exclusive economic zone", "CONSULT", ["Russia"], "2022-W24",
              "text", "planned", "scheduled for next week"),
        ],
        [
            S("Russia", "Foreign ministry: Moscow stops implementing the agreement until Tokyo pays what it owes",
              "2022-06-07", "text", "would stop implementing the agreement"),
            S("Russia", "Japan froze the payments due this year and politicizes an economic arrangement",
              "2022-06-07", "context", "accusing Tokyo of"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin"],
    ),
    doc(
        "b129en02_sakhalin2_decree_new_operator_2022_07", "2022-07-01", EN02,
        [
            T("a month", "DURATION", "P1M", note="headline"),
            T("late Thursday", "TIME", "2022-06-30TNI"),
            T("one month", "DURATION", "P1M"),
            T("Feb. 28", "DATE", "2022-02-28"),
            T("Friday", "DATE", "2022-07-01", 0),
            T("Wednesday", "DATE", "2022-06-29"),
            T("2009", "DATE", "2009"),
            T("a year", "SET", "P1Y"),
            T("Friday", "DATE", "2022-07-01", 1),
            T("mid-June", "DATE", "2022-06", mod="MID"),
            T("Friday", "DATE", "2022-07-01", 2),
            T("this winter", "DATE", "2022-WI"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Putin decree transfers Sakhalin-2 to a new Russian operator", "SANCTION", ["Vladimir Putin"],
              "2022-06-30TNI", "text", "occurred", "The decree, published by the Kremlin late Thursday"),
            E("Foreign shareholders given one month to apply for stakes in the new operator", "THREATEN", ["Russia"],
              "2022-06-30TNI", "context", "occurred", "must apply within one month",
              note="deadline about the end of July 2022"),
            E("Kishida attends the NATO summit in Madrid", "CONSULT", ["NATO"], "2022-06-29", "text", "occurred",
              "attended the NATO summit in Madrid"),
            E("Peskov: the decree answers the unfriendly actions of some states", "ACCUSE", ["Dmitry Peskov"],
              "2022-07-01", "text", "occurred", "Peskov said on Friday"),
            E("Gazprom cuts Nord Stream 1 flows to Germany to 40% of capacity", "SANCTION", ["Russia", "Germany"],
              "2022-06", "text", "occurred", "Gazprom's cut in flows", date_mod="MID"),
        ],
        [
            S("Dmitry Peskov", "The decree is a response to the unfriendly actions of some states", "2022-07-01",
              "text", "Peskov said on Friday"),
            S("Dmitry Peskov", "There is no plan to take over foreign energy assets across the board", "2022-07-01",
              "context", "across the board"),
            S("United States", "State Department: Washington is in close contact with Tokyo on energy security",
              "2022-07-01", "published", "in close contact with Tokyo"),
        ],
        ["Vladimir Putin", "Russia", "Kremlin", "NATO", "Dmitry Peskov", "United States", "Germany"],
    ),
    doc(
        "b129en03_sapporo_consul_expelled_2022_09", "2022-09-30", EN03,
        [
            T("Thursday", "DATE", "2022-09-29", 0),
            T("Oct. 5", "DATE", "2022-10-05"),
            T("Sept. 22", "DATE", "2022-09-22"),
            T("Monday", "DATE", "2022-09-26"),
            T("48 hours", "DURATION", "PT48H"),
            T("Wednesday", "DATE", "2022-09-28", 0),
            T("Tuesday", "DATE", "2022-09-27"),
            T("late Thursday", "TIME", "2022-09-29TNI"),
            T("Friday", "DATE", "2022-09-30"),
            T("Wednesday", "DATE", "2022-09-28", 1),
            T("Thursday", "DATE", "2022-09-29", 2),
            T("earlier this month", "DATE", "2022-09"),
            T("March", "DATE", "2022-03"),
            T("April", "DATE", "2022-04"),
        ],
        [
            E("Japan orders a Russian consul in Sapporo to leave by 5 October", "SANCTION", ["Russia"], "2022-09-29",
              "text", "occurred", "Japan on Thursday ordered a Russian consul"),
            E("FSB detains the Japanese consul in Vladivostok", "COERCE", ["Russia"], "2022-09-22", "text",
              "occurred", "was detained by Russia's Federal Security Service"),
            E("FSB accuses the Japanese consul of espionage", "ACCUSE", ["Russia"], "2022-09-26", "text", "occurred",
              "caught \"red-handed\""),
            E("Russia declares the Japanese consul persona non grata with 48 hours to leave", "SANCTION", ["Russia"],
              "2022-09-26", "context", "occurred", "caught \"red-handed\""),
            E("Tokyo rejects the spying allegation as groundless", "REJECT", ["Russia"], "2022-09-30", "published",
              "occurred", "completely groundless"),
            E("Tokyo accuses Russia of mistreating its consul in breach of the Vienna Convention", "ACCUSE",
              ["Russia"], "2022-09-30", "published", "occurred", "completely groundless"),
            E("Mori summons Ambassador Galuzin to protest", "ACCUSE", ["Russia"], "2022-09-27", "text", "occurred",
              "Mori summoned Galuzin"),
            E("Tokyo demands an official apology", "REQUEST", ["Russia"], "2022-09-27", "context", "occurred",
              "Mori summoned Galuzin"),
            E("Galuzin refuses to apologise", "REJECT", ["Russia"], "2022-09-27", "context", "occurred",
              "Mori summoned Galuzin"),
            E("Zakharova calls the expulsion an unfriendly step", "ACCUSE", ["Maria Zakharova"], "2022-09-29TNI",
              "text", "occurred", "an unfriendly step"),
            E("Zakharova: Moscow will respond", "THREATEN", ["Maria Zakharova"], "2022-09-29TNI", "text",
              "occurred", "an unfriendly step"),
            E("Putin to sign treaties annexing four Ukrainian regions", "COERCE", ["Vladimir Putin", "Ukraine"],
              "2022-09-30", "text", "planned", "due to sign treaties annexing"),
            E("Japan will never recognize the referendum results", "REJECT", ["Russia"], "2022-09-28", "text",
              "occurred", "would never recognize the results"),
            E("Japan to consider further sanctions with the G7", "SANCTION", ["Russia"], "2022-09-28", "context",
              "uncertain", "would never recognize the results"),
            E("Kuleba–Hayashi phone call", "CONSULT", ["Ukraine"], "2022-09-29", "text", "occurred",
              "held a call with Foreign Minister Yoshimasa Hayashi"),
            E("Kuleba thanks Japan for its principled position", "SUPPORT", ["Ukraine"], "2022-09-29", "context",
              "occurred", "held a call with Foreign Minister Yoshimasa Hayashi"),
            E("Russia ends visa-free visits to the Kurils", "SANCTION", ["Russia"], "2022-09", "text", "occurred",
              "Russia ended visa-free visits"),
            E("Russia suspended the peace-treaty talks", "REJECT", ["Russia"], "2022-03", "text", "occurred",
              "Russia ended visa-free visits"),
            E("Japan expels eight Russian diplomats", "SANCTION", ["Russia"], "2022-04", "text", "occurred",
              "Japan expelled eight Russian diplomats"),
            E("Moscow expels eight Japanese diplomats in response", "SANCTION", ["Russia"], "2022-04", "context",
              "occurred", "Japan expelled eight Russian diplomats"),
        ],
        [
            S("Russia", "FSB: the Japanese consul was caught red-handed", "2022-09-26", "text",
              "caught \"red-handed\""),
            S("Maria Zakharova", "The expulsion is an unfriendly step; Moscow will respond", "2022-09-29TNI", "text",
              "an unfriendly step"),
            S("Maria Zakharova", "The Japanese side bears full responsibility for the degradation of relations",
              "2022-09-29TNI", "context", "bears full responsibility"),
            S("Ukraine", "Kuleba thanks Japan for its principled position", "2022-09-29", "context",
              "held a call with Foreign Minister Yoshimasa Hayashi"),
        ],
        ["Russia", "Maria Zakharova", "Vladimir Putin", "Ukraine"],
    ),
    doc(
        "b129en04_japan_era_loan_share_2024_12", "2024-12-17", EN04,
        [
            T("Monday", "DATE", "2024-12-16", 0),
            T("the end of the year", "DATE", "2024", mod="END"),
            T("last week", "DATE", "2024-W50"),
            T("October", "DATE", "2024-10"),
            T("2022", "DATE", "2022", 0),
            T("Monday evening", "TIME", "2024-12-16TEV"),
            T("Tuesday", "DATE", "2024-12-17", 0),
            T("2022", "DATE", "2022", 1),
            T("Overnight into Tuesday", "TIME", "2024-12-16TNI", note="night of 16 to 17 December"),
            T("February 2022", "DATE", "2022-02"),
            T("next year", "DATE", "2025"),
        ],
        [
            E("Ukraine and Japan sign the agreement on Japan's ERA loan share", "AGREE", ["Ukraine"], "2024-12-16",
              "text", "occurred", "Ukraine and Japan on Monday signed"),
            E("Japan to provide about 471.9 billion yen backed by immobilized Russian assets", "AID",
              ["Ukraine", "Russia"], "2024-12-16", "text", "occurred", "Ukraine and Japan on Monday signed"),
            E("First tranche of the Japanese ERA loan expected by the end of the year", "AID", ["Ukraine"], "2024",
              "text", "planned", "The first tranche is expected", date_mod="END"),
            E("US disburses its $20 billion ERA share", "AID", ["United States", "Ukraine", "Russia"], "2024-W50",
              "text", "occurred", "disbursed its $20 billion share"),
            E("G7 agrees about $50 billion for Ukraine backed by Russian asset profits", "AID",
              ["United States", "Germany", "France", "United Kingdom", "Ukraine", "Russia"], "2024-10", "text",
              "occurred", "the G7 countries agreed in October"),
            E("Zelensky–Ishiba phone call", "CONSULT", ["Volodymyr Zelensky"], "2024-12-16TEV", "text", "occurred",
              "in a phone call on Monday evening"),
            E("Zelensky thanks Ishiba", "SUPPORT", ["Volodymyr Zelensky"], "2024-12-16TEV", "context", "occurred",
              "in a phone call on Monday evening"),
            E("Zelensky invites Ishiba to Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2024-12-16TEV", "context",
              "occurred", "in a phone call on Monday evening"),
            E("Ishiba promises continued support for Ukraine", "AGREE", ["Ukraine"], "2024-12-16TEV", "context",
              "occurred", "as long as it takes"),
            E("Zelensky calls North Korean troops in Kursk a threat to Europe and Asia", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-12-16TEV", "context", "occurred",
              "deployment of North Korean troops"),
            E("Zakharova calls the scheme theft", "ACCUSE", ["Maria Zakharova"], "2024-12-17", "text", "occurred",
              "called the scheme"),
            E("Zakharova threatens retaliatory measures against Japanese interests", "THREATEN", ["Maria Zakharova"],
              "2024-12-17", "context", "occurred", "retaliatory measures"),
            E("Moscow suspended peace-treaty talks with Tokyo", "REJECT", ["Russia"], "2022", "text", "occurred",
              "Moscow suspended peace-treaty talks"),
            E("Russian drone attack on Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"], "2024-12-16TNI", "text",
              "occurred", "Russia attacked Ukraine with 110 drones"),
            E("Japan's support to Ukraine since February 2022", "AID", ["Ukraine"], "2022-02", "text", "occurred",
              "Japan has pledged about $12 billion", date_mod="START"),
            E("International demining conference in Tokyo", "CONSULT", ["Ukraine"], "2025", "text", "planned",
              "Japan has pledged about $12 billion"),
        ],
        [
            S("Ukraine", "Shmyhal: Japan will provide about 471.9 billion yen as its ERA share", "2024-12-16",
              "context", "Ukraine and Japan on Monday signed"),
            S("Ukraine", "Shmyhal: the money goes through a World Bank fund, repaid from Russian asset proceeds",
              "2024-12-16", "context", "Shmyhal wrote on Telegram"),
            S("Ukraine", "Shmyhal: a strong signal that the aggressor will pay", "2024-12-16", "context",
              "the aggressor will pay"),
            S("Ukraine", "Marchenko: the first tranche is expected before the end of the year", "2024-12-17",
              "published", "The first tranche is expected"),
            S("Volodymyr Zelensky", "Thanks Ishiba and invites him to Kyiv", "2024-12-16TEV", "context",
              "in a phone call on Monday evening"),
            S("Volodymyr Zelensky", "North Korean troops in Kursk threaten security in Europe and Asia",
              "2024-12-16TEV", "context", "deployment of North Korean troops"),
            S("Russia", "Moscow reacted angrily", "2024-12-17", "published", "Moscow reacted angrily"),
            S("Maria Zakharova", "The scheme is theft; Tokyo will bear responsibility", "2024-12-17", "text",
              "called the scheme"),
            S("Maria Zakharova", "Russia will respond with retaliatory measures", "2024-12-17", "context",
              "retaliatory measures"),
            S("Ukraine", "Air Force: 110 drones, 61 shot down, 46 lost to jamming", "2024-12-17", "published",
              "Russia attacked Ukraine with 110 drones"),
        ],
        ["Ukraine", "Russia", "United States", "Germany", "France", "United Kingdom", "Volodymyr Zelensky",
         "Maria Zakharova"],
    ),
    doc(
        "b129en05_kaigara_kelp_talks_stall_2025_06", "2025-06-03", EN05,
        [
            T("Monday", "DATE", "2025-06-02", 0),
            T("this year", "DATE", "2025", 0),
            T("June 1", "DATE", "2025-06-01"),
            T("May 20", "DATE", "2025-05-20"),
            T("Friday", "DATE", "2025-05-30"),
            T("1981", "DATE", "1981"),
            T("annual", "SET", "P1Y"),
            T("Last year", "DATE", "2024"),
            T("two weeks", "DURATION", "P2W"),
            T("1998", "DATE", "1998"),
            T("June 2022", "DATE", "2022-06"),
            T("April", "DATE", "2025-04"),
            T("this year", "DATE", "2025", 1),
            T("less than a week", "DURATION", "P1W", mod="LESS_THAN"),
            T("Last month", "DATE", "2025-05"),
            T("last Thursday", "DATE", "2025-05-29"),
            T("Monday", "DATE", "2025-06-02", 1),
            T("last week", "DATE", "2025-W22"),
        ],
        [
            E("Online talks on the Kaigara kelp harvest", "CONSULT", ["Russia"], "2025-05-20", "text", "occurred",
              "held three rounds of online talks", date_mod="START"),
            E("Kelp talks fail to reach agreement", "REJECT", ["Russia"], "2025-05-30", "text", "occurred",
              "held three rounds of online talks"),
            E("Russian side demands a higher fee and inspections at sea", "REQUEST", ["Russia"], "2025-05-30",
              "context", "occurred", "asked for a 20% increase"),
            E("Fisheries association refuses inspections by Russian border guards", "REJECT", ["Russia"],
              "2025-06-03", "published", "occurred", "could not accept inspections"),
            E("Fisheries Agency urges an agreement as soon as possible", "REQUEST", ["Russia"], "2025-06-03",
              "published", "occurred", "urged both sides to reach an agreement"),
            E("Russian Embassy blames Japan's unfriendly policy", "ACCUSE", ["Russia"], "2025-06-03", "published",
              "occurred", "The Russian Embassy in Tokyo said"),
            E("Russia suspended the 1998 fishing agreement", "SANCTION", ["Russia"], "2022-06", "text", "occurred",
              "has been suspended since June 2022", date_mod="START"),
            E("Moscow accused Tokyo of withholding payments", "ACCUSE", ["Russia"], "2022-06", "context", "occurred",
              "has been suspended since June 2022"),
            E("Salmon and trout talks", "CONSULT", ["Russia"], "2025-04", "context", "occurred",
              "In April the two governments agreed"),
            E("Japan and Russia agree the 2025 salmon and trout quota", "AGREE", ["Russia"], "2025-04", "text",
              "occurred", "In April the two governments agreed"),
            E("Russian border guards detain a Rausu crab boat and its crew", "COERCE", ["Russia"], "2025-05", "text",
              "occurred", "Russian border guards detained a crab boat"),
            E("Border guards accuse the boat of illegal fishing", "ACCUSE", ["Russia"], "2025-05", "context",
              "occurred", "Russian border guards detained a crab boat"),
            E("Crew released after a fine", "CONCEDE", ["Russia"], "2025-05-29", "text", "occurred",
              "The crew were released last Thursday"),
            E("Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text",
              "occurred", "delegations met in Istanbul on Monday"),
            E("Russia and Ukraine agree on a new prisoner exchange", "AGREE", ["Russia", "Ukraine"], "2025-06-02",
              "context", "occurred", "delegations met in Istanbul on Monday"),
            E("Zakharova rules out a return to peace-treaty talks while Japan keeps its sanctions", "REJECT",
              ["Maria Zakharova"], "2025-W22", "text", "occurred", "out of the question"),
        ],
        [
            S("Russia", "Embassy: the delay is due to technical questions; Japan's unfriendly policy hampers "
              "cooperation", "2025-06-03", "published", "The Russian Embassy in Tokyo said"),
            S("Russia", "Border guards: the boat was fishing illegally", "2025-05", "context",
              "Russian border guards detained a crab boat"),
            S("Maria Zakharova", "A return to peace-treaty talks is out of the question while Tokyo keeps sanctions",
              "2025-W22", "text", "out of the question"),
        ],
        ["Russia", "Ukraine", "Maria Zakharova"],
    ),
    doc(
        "b129en06_liveblog_japan_price_cap_2025_09", "2025-09-12", EN06,
        [
            T("19:30 JST", "TIME", "2025-09-12T19:30", note="live-blog time stamp (JST)"),
            T("Thursday", "DATE", "2025-09-11", 0),
            T("Friday", "DATE", "2025-09-12"),
            T("18:10 JST", "TIME", "2025-09-12T18:10", note="live-blog time stamp (JST)"),
            T("17:00 JST", "TIME", "2025-09-12T17:00", note="live-blog time stamp (JST)"),
            T("16:20 JST", "TIME", "2025-09-12T16:20", note="live-blog time stamp (JST)"),
            T("14:00 JST", "TIME", "2025-09-12T14:00", note="live-blog time stamp (JST)"),
            T("July", "DATE", "2025-07"),
            T("12:30 JST", "TIME", "2025-09-12T12:30", note="live-blog time stamp (JST)"),
            T("Sunday", "DATE", "2025-09-07"),
            T("Oct. 4", "DATE", "2025-10-04"),
            T("11:00 JST", "TIME", "2025-09-12T11:00", note="live-blog time stamp (JST)"),
            T("about seven hours", "DURATION", "PT7H", mod="APPROX"),
            T("Thursday", "DATE", "2025-09-11", 1),
            T("10:15 JST", "TIME", "2025-09-12T10:15", note="live-blog time stamp (JST)"),
            T("overnight into Wednesday", "TIME", "2025-09-09TNI", note="night of 9 to 10 September"),
            T("09:00 JST", "TIME", "2025-09-12T09:00", note="live-blog time stamp (JST)"),
        ],
        [
            E("Bessent wants G7 partners to impose tariffs on China and India over Russian oil", "REQUEST",
              ["United States", "China"], "2025-09-11", "text", "occurred", "Bessent said on Thursday"),
            E("G7 finance ministers' video call", "CONSULT", ["United States", "Germany", "France", "United Kingdom"],
              "2025-09-12", "text", "planned", "video call later on Friday"),
            E("Zelensky thanks Japan for the new measures", "SUPPORT", ["Volodymyr Zelensky"], "2025-09-12",
              "published", "occurred", "Zelensky thanked Japan"),
            E("Zelensky urges other partners to follow Tokyo's example", "REQUEST", ["Volodymyr Zelensky"],
              "2025-09-12", "published", "occurred", "follow Tokyo's example"),
            E("Peskov dismisses the lower cap", "REJECT", ["Dmitry Peskov"], "2025-09-12", "published", "occurred",
              "Peskov dismissed the move"),
            E("Zakharova calls the decision a hostile step on orders from Brussels", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2025-09-12", "published", "occurred", "another hostile step"),
            E("Zakharova: Moscow will take the decision into account in its policy toward Tokyo", "THREATEN",
              ["Maria Zakharova"], "2025-09-12", "published", "occurred", "take it into account"),
            E("Japan lowers the price cap on Russian crude to $47.60", "SANCTION", ["Russia"], "2025-09-12",
              "published", "occurred", "lower the price cap on Russian crude"),
            E("Japan freezes the assets of 14 individuals and 51 entities", "SANCTION", ["Russia"], "2025-09-12",
              "published", "occurred", "freeze the assets of 14 individuals"),
            E("EU lowers its price cap", "SANCTION", ["European Union", "Russia"], "2025-07", "text", "occurred",
              "The EU lowered its own cap in July"),
            E("Britain lowers its price cap", "SANCTION", ["United Kingdom", "Russia"], "2025-07", "context",
              "occurred", "The EU lowered its own cap in July"),
            E("Tu-95 bombers fly over the Sea of Japan", "MOBILIZE", ["Russia"], "2025-09-11", "text", "occurred",
              "Two Russian Tu-95 strategic bombers"),
            E("Russian drones enter Polish airspace", "ASSAULT", ["Russia", "Poland"], "2025-09-09TNI", "text",
              "occurred", "incursion of Russian drones"),
            E("Tokyo calls the drone incursion unacceptable", "ACCUSE", ["Russia"], "2025-09-12", "published",
              "occurred", "incursion of Russian drones"),
            E("Japan stands with Poland and its NATO allies", "SUPPORT", ["Poland", "NATO"], "2025-09-12",
              "published", "occurred", "incursion of Russian drones"),
        ],
        [
            S("United States", "Bessent: G7 partners should impose tariffs on China and India over Russian oil",
              "2025-09-11", "text", "Bessent said on Thursday"),
            S("Volodymyr Zelensky", "Japan's measures are an important step to cut Russia's war revenues",
              "2025-09-12", "published", "Zelensky thanked Japan"),
            S("Volodymyr Zelensky", "Other partners should follow Tokyo's example", "2025-09-12", "published",
              "follow Tokyo's example"),
            S("Dmitry Peskov", "Russia has long adapted to price caps; its oil exports will not suffer",
              "2025-09-12", "published", "Peskov dismissed the move"),
            S("Maria Zakharova", "Japan's decision is another hostile step taken on orders from Brussels",
              "2025-09-12", "published", "another hostile step"),
            S("Maria Zakharova", "Moscow will take it into account in its policy toward Tokyo", "2025-09-12",
              "published", "take it into account"),
        ],
        ["United States", "China", "Russia", "Germany", "France", "United Kingdom", "Volodymyr Zelensky", "Ukraine",
         "Dmitry Peskov", "Kremlin", "Maria Zakharova", "European Union", "Poland", "NATO"],
    ),
]
