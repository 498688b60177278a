"""English articles of the blind37 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b37en01 (Iceland Review)
EN01 = """
Reykjavík Summit Sets Up Register of Damage Caused by Russia's War

Leaders of the Council of Europe's member states agreed in Reykjavík today to set up a register of the damage caused by Russia's invasion of Ukraine, a first step towards an international compensation mechanism.
The register, which will be based in The Hague with a satellite office in Kyiv, had been joined by more than 40 countries and the European Union by the close of the two-day summit at the Harpa concert hall this afternoon.
Ukraine's prime minister, Denys Shmyhal, attended in person and signed the agreement on Kyiv's behalf.

President Volodymyr Zelensky, addressing the leaders by video link on Tuesday, urged them to go further and establish a special tribunal for the crime of aggression.
"Russia must pay for what it has done, and this register is where that begins," he said.
British Prime Minister Rishi Sunak, who had hosted Zelensky at Chequers on Monday, told the summit that Putin must not be allowed to profit from his aggression.
German Chancellor Olaf Scholz and French President Emmanuel Macron both called on Moscow to return the Ukrainian children taken from occupied areas.

The Reykjavík Declaration, adopted at the end of the meeting, demands that Russia bring back all deported children and withdraw its forces from Ukraine's internationally recognised territory.
Estonian Prime Minister Kaja Kallas said the register must be followed quickly by a mechanism that uses frozen Russian assets to pay compensation.
European Commission President Ursula von der Leyen said the EU would help fund the register's work in its first three years.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova dismissed the register as "legally null and void" and said Russia would not recognise decisions taken by an organisation it had left.
Russia was expelled from the Council of Europe in March 2022, three weeks after the invasion began.
Kremlin spokesman Dmitry Peskov said the summit showed that the organisation had become "an instrument of anti-Russian policy".

The summit opened hours after Russia fired six Kinzhal hypersonic missiles and dozens of drones at Kyiv overnight into Tuesday, an attack the Ukrainian air force said it had repelled.
Zelensky is due to address the G7 summit in Hiroshima at the weekend.

For Iceland, which holds the rotating chair of the Council's Committee of Ministers, it was the largest diplomatic gathering since the Reagan-Gorbachev summit of 1986.
Police borrowed officers and armoured vehicles from Norway and Denmark, and streets around Harpa were closed to traffic from Monday until this evening.
Prime Minister Katrín Jakobsdóttir called the summit "a message that Europe stands together for human rights and the rule of law."
"""

# ---------------------------------------------------------------- b37en02 (The Barents Observer)
EN02 = """
Moscow threatens Norway over sanctions on Murmansk fishing giants

Russia's Foreign Ministry summoned Norway's ambassador in Moscow on Monday to protest against Oslo's decision to sanction Norebo and Murman Seafood, two of the largest fishing companies in the Murmansk region.
The Norwegian government announced the sanctions on Friday, saying the companies' trawlers had been used to collect intelligence along Norway's coast and near critical undersea infrastructure.
Their vessels will be barred from Norwegian ports and economic waters, and their assets in Norway frozen.

Foreign Ministry spokeswoman Maria Zakharova warned that Oslo would "bear full responsibility" and said Moscow would respond with measures that Norway "will feel."
Ilya Shestakov, the head of Russia's federal fisheries agency, said the move called into question the work of the joint Norwegian-Russian fisheries commission, which has set quotas in the Barents Sea since 1976.
"If Norway wants to destroy fifty years of cooperation, it will have to live with the consequences," Shestakov told RIA Novosti.
The commission's annual session is due to begin in October.

Kremlin spokesman Dmitry Peskov called the sanctions "an unfriendly step by a country that likes to present itself as a good neighbour."
Norway's foreign minister Espen Barth Eide rejected the criticism and said the decision followed the sanctions the European Union had imposed on the two companies in May.
Oslo has aligned with nearly all EU measures against Russia since February 2022, although Norway is not a member of the bloc.

The EU adopted its 18th sanctions package on Friday, lowering the price cap on Russian crude and listing more than a hundred further tankers of the shadow fleet.
EU foreign policy chief Kaja Kallas welcomed Norway's step and said the pressure on Moscow had to grow "until Russia is ready for a real ceasefire."
Ukraine's foreign minister Andrii Sybiha thanked Oslo on X for "a strong decision against those who help finance and supply Russia's war."

In Kirkenes, where Russian trawlers have long been regular visitors, the decision was received with mixed feelings.
Local ship repair yards earned around NOK 150 million a year from Russian vessels before 2022, according to the municipality.
Mayor Magnus Mæland said the town supported the government's course but feared Russian retaliation against the Norwegian fishing fleet.
"""

# ---------------------------------------------------------------- b37en03 (CivilNet)
EN03 = """
European leaders meet in Yerevan as Zelensky makes first visit to Armenia

YEREVAN — More than 40 European leaders gathered in Yerevan on Monday for the eighth summit of the European Political Community, the largest international event Armenia has ever hosted.
Prime Minister Nikol Pashinyan opened the meeting at the Karen Demirchyan Complex by calling on participants to "turn the South Caucasus from a region of war into a crossroads of peace."

Ukrainian President Volodymyr Zelensky, on his first visit to Armenia, held talks with Pashinyan before the plenary session.
The two leaders signed a memorandum under which Armenian specialists will help train Ukrainian deminers, and Zelensky invited Pashinyan to visit Kyiv.
Armenia has not joined Western sanctions against Russia, but Pashinyan said his government would not allow its territory to be used to circumvent them.

On the sidelines, Zelensky met French President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer.
The four leaders called on Russia to agree to a full ceasefire "without further delay" and said European support for Ukraine would continue for as long as necessary, according to a joint statement.
Merz said he expected the European Union to adopt its 21st sanctions package before the end of June.

Turkish President Recep Tayyip Erdoğan, whose country is negotiating with Armenia on the opening of their shared border, also met Pashinyan and later Zelensky.
Erdoğan repeated his offer to host direct talks between Moscow and Kyiv in Istanbul "at any level."
Azerbaijani President Ilham Aliyev attended the summit, his first visit to Armenia in an official capacity.

Moscow reacted with irritation.
Russian Foreign Ministry spokeswoman Maria Zakharova warned Yerevan on Monday against turning into "a platform for anti-Russian events," and said the summit would not bring peace "either to the Caucasus or to Ukraine."
Kremlin spokesman Dmitry Peskov said Armenia remained Russia's ally and a member of the Eurasian Economic Union, and that Moscow expected it to "take our interests into account."
Armenia froze its participation in the Russian-led Collective Security Treaty Organization in February 2024.

While the leaders met, Russian drones struck the Ukrainian city of Kharkiv overnight, killing two people, according to regional officials.
The next summit of the European Political Community will be held in Ireland in the autumn.
"""

# ---------------------------------------------------------------- b37en04 (Lloyd's List)
EN04 = """
Razoni clears Odesa as first grain cargo sails under Black Sea deal

The Sierra Leone-flagged Razoni sailed from Odesa on Monday morning with 26,527 tonnes of corn, the first cargo to leave a Ukrainian port under the Black Sea Grain Initiative brokered by the United Nations and Turkey.
The 2002-built general cargo ship, which had been trapped in port since February, is expected at the anchorage off Istanbul this afternoon, and a joint inspection team will board it on Wednesday before it continues to Tripoli in Lebanon.

The inspection will be carried out by the Joint Coordination Centre, which opened in Istanbul last Wednesday with officials from Russia, Ukraine, Turkey and the UN.
The centre agreed on procedures for the humanitarian corridor at the weekend, Lloyd's List understands, but has yet to publish them.
The initiative, signed in Istanbul on July 22, runs for 120 days and can be extended.

UN Secretary-General António Guterres welcomed the departure and said he hoped it would be "the first of many commercial ships".
Turkish officials said 16 more vessels were waiting in Ukrainian ports and could follow once the first voyage had been completed safely.
Kremlin spokesman Dmitry Peskov called the sailing "very positive" and a good opportunity to test the mechanisms agreed in Istanbul.

Ukraine's foreign minister Dmytro Kuleba called it "a day of relief for the world" but warned that Russia had to keep its side of the bargain.
Odesa's port was hit by Russian cruise missiles on July 23, a day after the deal was signed, raising doubts among owners about the safety of the corridor.
Moscow said at the time it had struck a Ukrainian warship and a depot of US-supplied Harpoon missiles.

Underwriters remain cautious.
The Joint War Committee of the London market has kept Ukraine's entire coast on its listed areas, and brokers said additional premiums for a single call at Odesa could reach 1% of hull value.
Insurer Ascot and broker Marsh last week launched a $50m cargo and war-risk facility for grain shipments from Ukraine.

Turkish President Recep Tayyip Erdoğan is due to meet Russian President Vladimir Putin in Sochi on Friday, when the corridor is expected to be on the agenda.
Ukrainian infrastructure minister Oleksandr Kubrakov said exports could reach 3m tonnes a month within a few months if the corridor held.
"""

# ---------------------------------------------------------------- b37en05 (Bucks Free Press)
EN05 = """
Trump tells Starmer at Chequers that Putin has "let me down"

Donald Trump said today that Vladimir Putin had "really let me down" as he held talks with Sir Keir Starmer at Chequers on the final day of his state visit.
Speaking at a joint press conference at the Prime Minister's country residence near Ellesborough, the US President said he had expected the war in Ukraine to be "the easiest one" to settle because of his relationship with the Russian leader.

Mr Trump said he was prepared to impose tougher sanctions on Russia, but only once European countries stopped buying Russian oil and gas.
"You can't ask me to do more while you're still buying from him," he said.
Sir Keir said the two leaders had agreed that more pressure had to be put on Putin to bring him to the negotiating table.
He pointed to the sanctions on 70 more shadow fleet tankers that Britain announced last Friday.
Sir Keir also briefed the President on the coalition of the willing, which is preparing a multinational force to be deployed in Ukraine after any ceasefire.

Earlier, the two leaders signed a technology partnership worth billions of pounds, which Downing Street described as the biggest of its kind.
Mr Trump said he would speak to Ukrainian President Volodymyr Zelensky "very soon" and that a meeting with Putin was still possible.

The Kremlin responded within hours.
Spokesman Dmitry Peskov said President Putin remained open to dialogue with Washington, but that European pressure on Russia would change nothing.
In Kyiv, Zelensky's office said it welcomed "every word of pressure on the aggressor."
Overnight, Russia launched more than 40 drones at Ukraine, the Ukrainian air force said.
Last week Russian drones crossed into Polish airspace, prompting Nato to launch a new mission to protect its eastern flank.

Mr Trump arrived at Chequers by helicopter from Windsor, where he had been guest of honour at a state banquet hosted by the King on Wednesday evening.
Thames Valley Police closed the A4010 between Butler's Cross and Great Kimble from early morning, and around 200 protesters, many carrying Ukrainian flags, gathered near Wendover.
A spokesman for Buckinghamshire Council said traffic had returned to normal by late afternoon.
"""

# ---------------------------------------------------------------- b37en06 (NL Times)
EN06 = """
European Court of Human Rights holds Russia responsible for MH17 downing

The European Court of Human Rights ruled on Wednesday that Russia was responsible for shooting down Malaysia Airlines flight MH17 over eastern Ukraine in July 2014, killing all 298 people on board, 196 of them Dutch.
The Grand Chamber in Strasbourg also found that Russia had committed widespread human rights violations in the parts of Ukraine it has occupied since 2014, including torture, unlawful killings and the forced transfer of children.

The ruling combines cases brought by Ukraine from 2014 onwards and a complaint the Netherlands filed in 2020 on behalf of the victims' relatives.
It is the first time an international court has held Moscow responsible for the downing of the Boeing 777, which was hit by a Russian Buk missile fired from territory controlled by Russian-backed separatists.
The court will decide on compensation at a later stage.

Foreign Minister Caspar Veldkamp called the judgment "an important step towards truth, justice and accountability" and said the Netherlands would use every means to make Russia pay.
Ukrainian President Volodymyr Zelensky, speaking in Rome, where he was attending a reconstruction conference, welcomed the ruling as "historic" and said Russia's crimes would not go unpunished.
EU foreign policy chief Kaja Kallas said the verdict showed that "Russia will be held to account."

The Kremlin said it would ignore the ruling.
"We do not recognise the decisions of the court and consider them null and void," Kremlin spokesman Dmitry Peskov told reporters in Moscow on Wednesday.
Russia was expelled from the Council of Europe in March 2022 and ceased to be a party to the European Convention on Human Rights in September that year, but the court has said it remains competent for acts committed while Russia was still bound by it.

In May, the Council of the International Civil Aviation Organization also concluded that Russia was responsible for the downing, a finding Moscow rejected at the time.
In 2022 a Dutch court convicted two Russians and a Ukrainian separatist in absentia of the murder of those on board.
Russia walked out of talks with the Netherlands and Australia on state responsibility for MH17 in 2020.

Relatives gathered at the national MH17 monument in Vijfhuizen on Wednesday evening.
Piet Ploeg, who lost three family members in the crash, told NL Times the ruling came "eleven years too late, but it came."
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# canonical leaders named as taking part in the Reykjavík summit (b37en01); Sunak stands for the United Kingdom
COE_01 = ["Olaf Scholz", "Emmanuel Macron", "United Kingdom", "Kaja Kallas"]
# the parties of the Black Sea Grain Initiative (b37en04)
GRAIN = ["Russia", "Ukraine", "Turkey", "United Nations"]
# Zelensky and the three leaders he met in Yerevan (b37en03)
FOUR = ["Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]

DOCS = [
    doc(
        "b37en01_reykjavik_register_of_damage_2023_05", "2023-05-17", EN01,
        [
            T("today", "DATE", "2023-05-17"),
            T("two-day", "DURATION", "P2D"),
            T("this afternoon", "TIME", "2023-05-17TAF"),
            T("Tuesday", "DATE", "2023-05-16", 0),
            T("Monday", "DATE", "2023-05-15", 0),
            T("its first three years", "DURATION", "P3Y"),
            T("March 2022", "DATE", "2022-03"),
            T("overnight into Tuesday", "TIME", "2023-05-15TNI", note="night of 15 to 16 May"),
            T("the weekend", "DATE", "2023-W20-WE"),
            T("1986", "DATE", "1986"),
            T("Monday", "DATE", "2023-05-15", 1),
            T("this evening", "TIME", "2023-05-17TEV"),
        ],
        [
            E("Council of Europe leaders agree to set up a register of the damage caused by Russia's invasion",
              "AGREE", COE_01 + ["European Union", "Ukraine", "Russia"], "2023-05-17", "text", "occurred",
              "agreed in Reykjavík today"),
            E("Council of Europe summit in Reykjavík", "CONSULT",
              COE_01 + ["Ursula von der Leyen", "Volodymyr Zelensky", "Ukraine"], "2023-05-16", "context", "occurred",
              "by the close of the two-day summit", note="16-17 May 2023; first day from 'on Tuesday'"),
            E("Zelensky urges the leaders to establish a special tribunal for the crime of aggression", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2023-05-16", "text", "occurred",
              "addressing the leaders by video link"),
            E("Sunak hosts Zelensky at Chequers", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2023-05-15",
              "text", "occurred", "who had hosted Zelensky at Chequers"),
            E("Scholz and Macron call on Moscow to return the Ukrainian children", "REQUEST",
              ["Olaf Scholz", "Emmanuel Macron", "Russia"], "2023-05-17", "published", "occurred",
              "both called on Moscow"),
            E("Leaders adopt the Reykjavík Declaration", "AGREE", COE_01, "2023-05-17", "context", "occurred",
              "The Reykjavík Declaration, adopted"),
            E("Declaration demands that Russia bring back all deported children", "REQUEST", COE_01 + ["Russia"],
              "2023-05-17", "context", "occurred", "The Reykjavík Declaration, adopted"),
            E("Declaration demands that Russia withdraw its forces from Ukraine", "REQUEST",
              COE_01 + ["Russia", "Ukraine"], "2023-05-17", "context", "occurred", "The Reykjavík Declaration, adopted"),
            E("Kallas calls for a compensation mechanism using frozen Russian assets", "REQUEST",
              ["Kaja Kallas", "Russia"], "2023-05-17", "published", "occurred", "Estonian Prime Minister Kaja Kallas"),
            E("Von der Leyen: the EU will help fund the register", "AGREE", ["Ursula von der Leyen", "European Union"],
              "2023-05-17", "published", "occurred", "would help fund the register"),
            E("Zakharova dismisses the register as null and void", "REJECT", ["Maria Zakharova"], "2023-05-17",
              "published", "occurred", "dismissed the register"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "Russia was expelled from the Council of Europe",
              note="16 March 2022; the Council of Europe is not canonical"),
            E("Peskov calls the Council of Europe an instrument of anti-Russian policy", "ACCUSE", ["Dmitry Peskov"],
              "2023-05-17", "published", "occurred", "an instrument of anti-Russian policy"),
            E("Russian missile and drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-05-15TNI", "text",
              "occurred", "Kinzhal hypersonic missiles"),
            E("Zelensky to address the G7 summit in Hiroshima", "CONSULT", ["Volodymyr Zelensky"], "2023-W20-WE",
              "text", "planned", "G7 summit in Hiroshima", note="the G7 members are not named in the article"),
        ],
        [
            S("Volodymyr Zelensky", "Urges the leaders to establish a special tribunal for the crime of aggression",
              "2023-05-16", "text", "addressing the leaders by video link"),
            S("Volodymyr Zelensky", "Russia must pay for what it has done; the register is where that begins",
              "2023-05-16", "context", "Russia must pay for what it has done"),
            S("United Kingdom", "Sunak: Putin must not be allowed to profit from his aggression", "2023-05-17",
              "published", "must not be allowed to profit"),
            S("Olaf Scholz", "Moscow must return the Ukrainian children taken from occupied areas", "2023-05-17",
              "published", "both called on Moscow"),
            S("Emmanuel Macron", "Moscow must return the Ukrainian children taken from occupied areas", "2023-05-17",
              "published", "both called on Moscow"),
            S("Joint statement: Olaf Scholz, Emmanuel Macron, United Kingdom, Kaja Kallas",
              "Reykjavík Declaration: Russia must bring back all deported children and withdraw its forces",
              "2023-05-17", "context", "The Reykjavík Declaration, adopted"),
            S("Kaja Kallas", "The register must quickly be followed by a compensation mechanism using frozen Russian "
              "assets", "2023-05-17", "published", "Estonian Prime Minister Kaja Kallas"),
            S("Ursula von der Leyen", "The EU will help fund the register's work in its first three years",
              "2023-05-17", "published", "would help fund the register"),
            S("Maria Zakharova", "The register is legally null and void; Russia will not recognise decisions of an "
              "organisation it has left", "2023-05-17", "published", "dismissed the register"),
            S("Dmitry Peskov", "The Council of Europe has become an instrument of anti-Russian policy", "2023-05-17",
              "published", "an instrument of anti-Russian policy"),
            S("Ukraine", "Air force says it repelled the missile and drone attack on Kyiv", "2023-05-17", "published",
              "Kinzhal hypersonic missiles"),
        ],
        ["Russia", "Ukraine", "European Union", "Volodymyr Zelensky", "United Kingdom", "Olaf Scholz", "Germany",
         "Emmanuel Macron", "France", "Kaja Kallas", "Ursula von der Leyen", "Maria Zakharova", "Dmitry Peskov",
         "Kremlin", "Vladimir Putin"],
    ),
    doc(
        "b37en02_norway_sanctions_murmansk_fishing_2025_07", "2025-07-21", EN02,
        [
            T("Monday", "DATE", "2025-07-21"),
            T("Friday", "DATE", "2025-07-18", 0),
            T("1976", "DATE", "1976"),
            T("fifty years", "DURATION", "P50Y"),
            T("annual", "SET", "P1Y"),
            T("October", "DATE", "2025-10"),
            T("May", "DATE", "2025-05"),
            T("February 2022", "DATE", "2022-02"),
            T("Friday", "DATE", "2025-07-18", 1),
            T("a year", "SET", "P1Y"),
            T("2022", "DATE", "2022", 1),
        ],
        [
            E("Russia summons Norway's ambassador over the sanctions", "ACCUSE", ["Russia"], "2025-07-21", "text",
              "occurred", "summoned Norway's ambassador", note="Norway is not canonical"),
            E("Norway sanctions the Russian fishing companies Norebo and Murman Seafood", "SANCTION", ["Russia"],
              "2025-07-18", "text", "occurred", "The Norwegian government announced the sanctions",
              note="Norway is not canonical"),
            E("Norway accuses the companies' trawlers of collecting intelligence", "ACCUSE", ["Russia"], "2025-07-18",
              "context", "occurred", "The Norwegian government announced the sanctions",
              note="Norway is not canonical; the companies are Russian"),
            E("Zakharova threatens Norway with retaliation", "THREATEN", ["Maria Zakharova"], "2025-07-21",
              "published", "occurred", "bear full responsibility"),
            E("Russia's fisheries agency threatens the joint fisheries cooperation", "THREATEN", ["Russia"],
              "2025-07-21", "published", "occurred", "If Norway wants to destroy"),
            E("Annual session of the Norwegian-Russian fisheries commission", "CONSULT", ["Russia"], "2025-10", "text",
              "planned", "annual session is due to begin"),
            E("Peskov calls the sanctions an unfriendly step", "ACCUSE", ["Dmitry Peskov"], "2025-07-21", "published",
              "occurred", "an unfriendly step"),
            E("Norway's foreign minister rejects Russia's criticism", "REJECT", ["Russia"], "2025-07-21", "published",
              "occurred", "rejected the criticism", note="Norway is not canonical"),
            E("EU sanctions Norebo and Murman Seafood", "SANCTION", ["European Union", "Russia"], "2025-05", "text",
              "occurred", "rejected the criticism"),
            E("EU adopts its 18th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-07-18", "text",
              "occurred", "18th sanctions package"),
            E("Kallas welcomes Norway's step", "SUPPORT", ["Kaja Kallas"], "2025-07-21", "published", "occurred",
              "welcomed Norway's step"),
            E("Kallas: pressure must grow until Russia is ready for a ceasefire", "REQUEST", ["Kaja Kallas", "Russia"],
              "2025-07-21", "published", "occurred", "welcomed Norway's step"),
            E("Sybiha thanks Oslo for the sanctions", "SUPPORT", ["Andrii Sybiha"], "2025-07-21", "published",
              "occurred", "thanked Oslo on X"),
        ],
        [
            S("Maria Zakharova", "Oslo will bear full responsibility; Moscow will respond with measures Norway will "
              "feel", "2025-07-21", "published", "bear full responsibility"),
            S("Russia", "Fisheries agency head Shestakov: the move calls the joint fisheries commission into question",
              "2025-07-21", "published", "called into question the work"),
            S("Russia", "Shestakov: if Norway destroys fifty years of cooperation, it will live with the consequences",
              "2025-07-21", "published", "If Norway wants to destroy"),
            S("Dmitry Peskov", "The sanctions are an unfriendly step by a self-styled good neighbour", "2025-07-21",
              "published", "an unfriendly step"),
            S("Kaja Kallas", "Welcomes Norway's step; pressure on Moscow must grow until Russia is ready for a real "
              "ceasefire", "2025-07-21", "published", "welcomed Norway's step"),
            S("Andrii Sybiha", "Thanks Oslo for a strong decision against those who help finance and supply Russia's "
              "war", "2025-07-21", "published", "thanked Oslo on X"),
        ],
        ["Russia", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "European Union", "Kaja Kallas", "Ukraine",
         "Andrii Sybiha"],
    ),
    doc(
        "b37en03_epc_yerevan_2026_05", "2026-05-05", EN03,
        [
            T("Monday", "DATE", "2026-05-04", 0),
            T("the end of June", "DATE", "2026-06", mod="END"),
            T("Monday", "DATE", "2026-05-04", 1),
            T("February 2024", "DATE", "2024-02"),
            T("overnight", "TIME", "2026-05-04TNI"),
            T("the autumn", "DATE", "2026-FA"),
        ],
        [
            E("European Political Community summit in Yerevan", "CONSULT",
              FOUR + ["Recep Tayyip Erdoğan"], "2026-05-04", "text", "occurred", "gathered in Yerevan on Monday",
              note="the host Armenia and Azerbaijan are not canonical"),
            E("Zelensky holds talks with Pashinyan", "CONSULT", ["Volodymyr Zelensky"], "2026-05-04", "context",
              "occurred", "held talks with Pashinyan", note="Armenia is not canonical"),
            E("Zelensky and Pashinyan sign a memorandum on training Ukrainian deminers", "AGREE",
              ["Volodymyr Zelensky"], "2026-05-04", "context", "occurred", "signed a memorandum"),
            E("Armenian specialists to help train Ukrainian deminers", "AID", ["Ukraine"], "2026-05-05", "published",
              "planned", "signed a memorandum", note="no date given; Armenia is not canonical"),
            E("Zelensky invites Pashinyan to Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2026-05-04", "context",
              "occurred", "signed a memorandum"),
            E("Zelensky meets Macron, Merz and Starmer on the sidelines", "CONSULT", FOUR, "2026-05-04", "context",
              "occurred", "On the sidelines, Zelensky met"),
            E("The four leaders call on Russia to agree to a full ceasefire", "REQUEST", FOUR + ["Russia"],
              "2026-05-04", "context", "occurred", "The four leaders called on Russia"),
            E("European support for Ukraine to continue", "AGREE",
              ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Ukraine"], "2026-05-04", "context", "occurred",
              "The four leaders called on Russia"),
            E("EU to adopt its 21st sanctions package before the end of June", "SANCTION", ["European Union", "Russia"],
              "2026-06", "text", "planned", "21st sanctions package", date_mod="END"),
            E("Erdoğan meets Pashinyan", "CONSULT", ["Recep Tayyip Erdoğan"], "2026-05-04", "context", "occurred",
              "also met Pashinyan and later Zelensky", note="Armenia is not canonical"),
            E("Erdoğan meets Zelensky", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-05-04",
              "context", "occurred", "also met Pashinyan and later Zelensky"),
            E("Erdoğan repeats his offer to host Russia-Ukraine talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-05-04", "context", "occurred",
              "repeated his offer"),
            E("Zakharova warns Yerevan against becoming a platform for anti-Russian events", "REQUEST",
              ["Maria Zakharova"], "2026-05-04", "text", "occurred", "warned Yerevan on Monday",
              note="Armenia is not canonical"),
            E("Peskov: Moscow expects Armenia to take Russia's interests into account", "REQUEST", ["Dmitry Peskov"],
              "2026-05-05", "published", "occurred", "take our interests into account"),
            E("Armenia freezes its participation in the CSTO", "SANCTION", ["Russia"], "2024-02", "text", "occurred",
              "Armenia froze its participation", note="Armenia and the CSTO are not canonical"),
            E("Russian drone strike on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2026-05-04TNI", "text",
              "occurred", "Russian drones struck"),
        ],
        [
            S("Joint statement: Volodymyr Zelensky, Emmanuel Macron, Friedrich Merz, Keir Starmer",
              "Russia must agree to a full ceasefire without further delay; European support for Ukraine will "
              "continue", "2026-05-04", "context", "The four leaders called on Russia"),
            S("Friedrich Merz", "Expects the EU to adopt its 21st sanctions package before the end of June",
              "2026-05-04", "context", "21st sanctions package"),
            S("Recep Tayyip Erdoğan", "Offers again to host direct Moscow-Kyiv talks in Istanbul at any level",
              "2026-05-04", "context", "repeated his offer"),
            S("Russia", "Moscow reacted with irritation", "2026-05-05", "published", "Moscow reacted with irritation"),
            S("Maria Zakharova", "Yerevan must not become a platform for anti-Russian events; the summit will bring "
              "no peace", "2026-05-04", "text", "warned Yerevan on Monday"),
            S("Dmitry Peskov", "Armenia remains Russia's ally; Moscow expects it to take Russian interests into "
              "account", "2026-05-05", "published", "take our interests into account"),
            S("Ukraine", "Regional officials: two killed in the drone strike on Kharkiv", "2026-05-05", "published",
              "Russian drones struck"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Emmanuel Macron", "France", "Friedrich Merz", "Germany",
         "Keir Starmer", "United Kingdom", "European Union", "Recep Tayyip Erdoğan", "Turkey", "Maria Zakharova",
         "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b37en04_razoni_first_grain_ship_2022_08", "2022-08-02", EN04,
        [
            T("Monday morning", "TIME", "2022-08-01TMO"),
            T("2002", "DATE", "2002"),
            T("February", "DATE", "2022-02"),
            T("this afternoon", "TIME", "2022-08-02TAF"),
            T("Wednesday", "DATE", "2022-08-03", 0),
            T("last Wednesday", "DATE", "2022-07-27"),
            T("the weekend", "DATE", "2022-W30-WE"),
            T("July 22", "DATE", "2022-07-22"),
            T("120 days", "DURATION", "P120D"),
            T("July 23", "DATE", "2022-07-23"),
            T("last week", "DATE", "2022-W30"),
            T("Friday", "DATE", "2022-08-05"),
            T("a month", "SET", "P1M"),
            T("a few months", "DURATION", "PXM"),
        ],
        [
            E("Joint inspection of the Razoni off Istanbul", "COOPERATE", GRAIN, "2022-08-03", "text", "planned",
              "a joint inspection team will board it"),
            E("Joint Coordination Centre opens in Istanbul", "COOPERATE", GRAIN, "2022-07-27", "text", "occurred",
              "which opened in Istanbul last Wednesday"),
            E("Centre agrees procedures for the humanitarian corridor", "AGREE", GRAIN, "2022-W30-WE", "text",
              "occurred", "agreed on procedures"),
            E("Black Sea Grain Initiative signed in Istanbul", "AGREE", GRAIN, "2022-07-22", "text", "occurred",
              "The initiative, signed in Istanbul"),
            E("Guterres welcomes the departure", "SUPPORT", ["António Guterres"], "2022-08-02", "published",
              "occurred", "welcomed the departure"),
            E("Peskov welcomes the sailing as very positive", "SUPPORT", ["Dmitry Peskov"], "2022-08-02", "published",
              "occurred", "called the sailing"),
            E("Kuleba welcomes the sailing", "SUPPORT", ["Ukraine"], "2022-08-02", "published", "occurred",
              "a day of relief for the world"),
            E("Kuleba warns Russia to keep its side of the bargain", "REQUEST", ["Ukraine", "Russia"], "2022-08-02",
              "published", "occurred", "a day of relief for the world"),
            E("Russian missile strike on Odesa port", "ASSAULT", ["Russia", "Ukraine"], "2022-07-23", "text",
              "occurred", "Odesa's port was hit"),
            E("Erdoğan to meet Putin in Sochi", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-08-05",
              "text", "planned", "is due to meet Russian President Vladimir Putin"),
        ],
        [
            S("António Guterres", "Welcomes the departure; hopes it is the first of many commercial ships",
              "2022-08-02", "published", "welcomed the departure"),
            S("Turkey", "Sixteen more vessels are waiting and could follow once the first voyage is completed",
              "2022-08-02", "published", "Turkish officials said"),
            S("Dmitry Peskov", "The sailing is very positive and a chance to test the mechanisms agreed in Istanbul",
              "2022-08-02", "published", "called the sailing"),
            S("Ukraine", "Kuleba: a day of relief for the world, but Russia must keep its side of the bargain",
              "2022-08-02", "published", "a day of relief for the world"),
            S("Russia", "Moscow said it had struck a Ukrainian warship and a depot of Harpoon missiles", "2022-07-23",
              "context", "Moscow said at the time"),
            S("Ukraine", "Kubrakov: exports could reach 3m tonnes a month within a few months", "2022-08-02",
              "published", "Oleksandr Kubrakov"),
        ],
        ["United Nations", "Turkey", "Russia", "Ukraine", "António Guterres", "Dmitry Peskov", "Kremlin",
         "Recep Tayyip Erdoğan", "Vladimir Putin", "United States"],
    ),
    doc(
        "b37en05_trump_starmer_chequers_2025_09", "2025-09-18", EN05,
        [
            T("today", "DATE", "2025-09-18"),
            T("last Friday", "DATE", "2025-09-12"),
            T("very soon", "DATE", "FUTURE_REF"),
            T("hours", "DURATION", "PTXH"),
            T("Overnight", "TIME", "2025-09-17TNI"),
            T("Last week", "DATE", "2025-W37"),
            T("Wednesday evening", "TIME", "2025-09-17TEV"),
            T("early morning", "TIME", "2025-09-18TMO", mod="START"),
            T("late afternoon", "TIME", "2025-09-18TAF", mod="END"),
        ],
        [
            E("Trump and Starmer hold talks at Chequers", "CONSULT", ["Donald Trump", "Keir Starmer"], "2025-09-18",
              "text", "occurred", "held talks with Sir Keir Starmer"),
            E("Trump: Putin has really let me down", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-09-18",
              "text", "occurred", "held talks with Sir Keir Starmer"),
            E("Trump ready to impose tougher sanctions on Russia", "THREATEN", ["Donald Trump", "Russia"],
              "2025-09-18", "context", "occurred", "prepared to impose tougher sanctions"),
            E("Trump's condition: European countries must stop buying Russian oil and gas", "REQUEST",
              ["Donald Trump", "European Union"], "2025-09-18", "context", "occurred",
              "prepared to impose tougher sanctions"),
            E("Trump and Starmer agree that more pressure must be put on Putin", "AGREE",
              ["Keir Starmer", "Donald Trump", "Vladimir Putin"], "2025-09-18", "context", "occurred",
              "had agreed that more pressure"),
            E("UK sanctions 70 more shadow fleet tankers", "SANCTION", ["United Kingdom", "Russia"], "2025-09-12",
              "text", "occurred", "70 more shadow fleet tankers"),
            E("Coalition of the willing prepares a multinational force for Ukraine after a ceasefire", "MOBILIZE",
              ["United Kingdom", "Ukraine"], "2025-09-18", "published", "planned", "coalition of the willing",
              note="no date given; deployment only after a ceasefire"),
            E("Trump and Starmer sign a technology partnership", "AGREE", ["Donald Trump", "Keir Starmer"],
              "2025-09-18", "context", "occurred", "signed a technology partnership"),
            E("Trump to speak to Zelensky very soon", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "FUTURE_REF",
              "vague", "planned", "very soon"),
            E("Possible Trump-Putin meeting", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-09-18",
              "published", "uncertain", "very soon", note="no date given"),
            E("Putin remains open to dialogue with Washington", "AGREE", ["Vladimir Putin", "United States"],
              "2025-09-18", "published", "occurred", "remained open to dialogue"),
            E("Peskov: European pressure on Russia will change nothing", "REJECT",
              ["Dmitry Peskov", "European Union"], "2025-09-18", "published", "occurred", "remained open to dialogue"),
            E("Zelensky's office welcomes Trump's pressure on Russia", "SUPPORT", ["Ukraine", "Donald Trump"],
              "2025-09-18", "published", "occurred", "every word of pressure"),
            E("Russian drone attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-09-17TNI", "text", "occurred",
              "Overnight, Russia launched"),
            E("Russian drones enter Polish airspace", "ASSAULT", ["Russia", "Poland"], "2025-W37", "text", "occurred",
              "crossed into Polish airspace", note="10 September 2025"),
            E("NATO launches a mission to protect its eastern flank", "MOBILIZE", ["NATO"], "2025-W37", "context",
              "occurred", "crossed into Polish airspace", note="Eastern Sentry, 12 September 2025"),
        ],
        [
            S("Donald Trump", "Putin has really let me down", "2025-09-18", "text", "held talks with Sir Keir Starmer"),
            S("Donald Trump", "Expected Ukraine to be the easiest war to settle because of his relationship with Putin",
              "2025-09-18", "context", "the easiest one"),
            S("Donald Trump", "Prepared to impose tougher sanctions on Russia once Europe stops buying Russian oil and "
              "gas", "2025-09-18", "context", "prepared to impose tougher sanctions"),
            S("Donald Trump", "You can't ask me to do more while you're still buying from him", "2025-09-18",
              "context", "You can't ask me"),
            S("Keir Starmer", "The two leaders agreed that more pressure must be put on Putin", "2025-09-18",
              "context", "had agreed that more pressure"),
            S("Keir Starmer", "Points to Britain's sanctions on 70 more shadow fleet tankers", "2025-09-18", "context",
              "70 more shadow fleet tankers"),
            S("United Kingdom", "Downing Street: the technology partnership is the biggest of its kind", "2025-09-18",
              "published", "signed a technology partnership"),
            S("Donald Trump", "Will speak to Zelensky very soon; a meeting with Putin is still possible",
              "2025-09-18", "context", "very soon"),
            S("Kremlin", "The Kremlin responded within hours", "2025-09-18", "published",
              "The Kremlin responded within hours"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin remains open to dialogue with Washington", "2025-09-18",
              "published", "remained open to dialogue"),
            S("Dmitry Peskov", "European pressure on Russia will change nothing", "2025-09-18", "published",
              "remained open to dialogue"),
            S("Ukraine", "Zelensky's office welcomes every word of pressure on the aggressor", "2025-09-18",
              "published", "every word of pressure"),
            S("Ukraine", "Air force: more than 40 drones launched at Ukraine overnight", "2025-09-18", "published",
              "Overnight, Russia launched"),
        ],
        ["Donald Trump", "United States", "Vladimir Putin", "Keir Starmer", "United Kingdom", "Russia",
         "European Union", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Dmitry Peskov", "Poland", "NATO"],
    ),
    doc(
        "b37en06_echr_mh17_ruling_2025_07", "2025-07-10", EN06,
        [
            T("Wednesday", "DATE", "2025-07-09", 0),
            T("July 2014", "DATE", "2014-07"),
            T("2014", "DATE", "2014", 1),
            T("2014", "DATE", "2014", 2),
            T("2020", "DATE", "2020", 0),
            T("Wednesday", "DATE", "2025-07-09", 1),
            T("March 2022", "DATE", "2022-03"),
            T("September that year", "DATE", "2022-09"),
            T("May", "DATE", "2025-05"),
            T("2022", "DATE", "2022", 1),
            T("2020", "DATE", "2020", 1),
            T("Wednesday evening", "TIME", "2025-07-09TEV"),
            T("eleven years", "DURATION", "P11Y"),
        ],
        [
            E("European Court of Human Rights holds Russia responsible for downing MH17", "ACCUSE", ["Russia"],
              "2025-07-09", "text", "occurred", "ruled on Wednesday", note="the court is not canonical"),
            E("Downing of MH17 over eastern Ukraine", "ASSAULT", ["Russia"], "2014-07", "text", "occurred",
              "ruled on Wednesday", note="17 July 2014, as the court found"),
            E("Court finds widespread Russian human rights violations in occupied Ukraine", "ACCUSE", ["Russia"],
              "2025-07-09", "context", "occurred", "The Grand Chamber in Strasbourg also found"),
            E("Russia's occupation of parts of Ukraine since 2014", "ASSAULT", ["Russia", "Ukraine"], "2014", "text",
              "occurred", "The Grand Chamber in Strasbourg also found", date_mod="START"),
            E("Ukraine brings cases against Russia before the court", "ACCUSE", ["Ukraine", "Russia"], "2014", "text",
              "occurred", "cases brought by Ukraine", date_mod="START"),
            E("The Netherlands files a complaint against Russia", "ACCUSE", ["Russia"], "2020", "text", "occurred",
              "cases brought by Ukraine", note="the Netherlands is not canonical"),
            E("Zelensky welcomes the ruling as historic", "SUPPORT", ["Volodymyr Zelensky"], "2025-07-10", "published",
              "occurred", "welcomed the ruling"),
            E("Zelensky: Russia's crimes will not go unpunished", "THREATEN", ["Volodymyr Zelensky", "Russia"],
              "2025-07-10", "published", "occurred", "welcomed the ruling"),
            E("Zelensky attends the reconstruction conference in Rome", "CONSULT", ["Volodymyr Zelensky"],
              "2025-07-10", "published", "occurred", "welcomed the ruling",
              note="Ukraine Recovery Conference, 10-11 July 2025; its hosts are not named"),
            E("Kallas welcomes the verdict", "SUPPORT", ["Kaja Kallas"], "2025-07-10", "published", "occurred",
              "Kallas said the verdict"),
            E("Peskov: Russia does not recognise the court's decisions", "REJECT", ["Dmitry Peskov"], "2025-07-09",
              "text", "occurred", "We do not recognise the decisions"),
            E("Russia expelled from the Council of Europe", "SANCTION", ["Russia"], "2022-03", "text", "occurred",
              "Russia was expelled from the Council of Europe in March 2022", note="the Council is not canonical"),
            E("Russia ceases to be a party to the European Convention on Human Rights", "SANCTION", ["Russia"],
              "2022-09", "text", "occurred", "Russia was expelled from the Council of Europe in March 2022",
              note="16 September 2022"),
            E("ICAO Council finds Russia responsible for the downing", "ACCUSE", ["Russia"], "2025-05", "text",
              "occurred", "International Civil Aviation Organization", note="ICAO is not canonical"),
            E("Moscow rejects the ICAO finding", "REJECT", ["Russia"], "2025-05", "context", "occurred",
              "International Civil Aviation Organization"),
            E("Russia walks out of talks with the Netherlands and Australia", "REJECT", ["Russia"], "2020", "text",
              "occurred", "Russia walked out of talks", note="the Netherlands and Australia are not canonical"),
        ],
        [
            S("Volodymyr Zelensky", "The ruling is historic; Russia's crimes will not go unpunished", "2025-07-10",
              "published", "welcomed the ruling"),
            S("Kaja Kallas", "The verdict shows that Russia will be held to account", "2025-07-10", "published",
              "Kallas said the verdict"),
            S("Kremlin", "The Kremlin will ignore the ruling", "2025-07-09", "context",
              "The Kremlin said it would ignore"),
            S("Dmitry Peskov", "Russia does not recognise the court's decisions and considers them null and void",
              "2025-07-09", "text", "We do not recognise the decisions"),
            S("Russia", "Moscow rejected the ICAO finding", "2025-05", "context",
              "International Civil Aviation Organization"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Kaja Kallas", "European Union", "Kremlin", "Dmitry Peskov"],
    ),
]
