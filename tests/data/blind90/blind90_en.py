"""English articles of the blind90 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b90en01 (Addis Standard)
EN01 = """
Brave Commander docks in Djibouti with Ukrainian wheat for drought-hit Ethiopia

Addis Abeba - The first humanitarian shipment of Ukrainian grain since the start of the war arrived in Djibouti on Tuesday, carrying 23,000 metric tons of wheat destined for Ethiopians facing hunger in the drought-stricken Somali and Oromia regions.
The bulk carrier Brave Commander, chartered by the UN World Food Programme (WFP), had left the Black Sea port of Pivdennyi on August 16 under the grain deal brokered by the United Nations and Türkiye in Istanbul last month.

WFP country director Claude Jibidar said the wheat would be unloaded over the next five days and trucked to Ethiopia, where it will feed about 1.5 million people for a month.
"This ship is a lifeline, but one ship is not enough," he told reporters at the port, warning that 22 million people across the Horn of Africa faced severe hunger after four failed rainy seasons.
The cargo was paid for by the United States, which provided around $68 million to WFP to buy Ukrainian grain, according to the State Department.

UN Secretary-General António Guterres, who visited the Joint Coordination Centre in Istanbul on August 20, called there for the full implementation of the package, including the unimpeded export of Russian food and fertilizer.
During a visit to Odesa on August 19, Guterres said the grain was "not only for Ukraine, but for the poorest people on the planet."
Ukrainian President Volodymyr Zelensky hailed the shipment in his nightly video address on Tuesday, saying Ukraine would remain "a guarantor of global food security" despite the war.

Moscow, however, sees the shipments differently.
Kremlin spokesman Dmitry Peskov on Monday accused the European Union of keeping most of the grain leaving Ukrainian ports for itself, while Africa received "crumbs."
Russian Foreign Minister Sergey Lavrov, who met Prime Minister Abiy Ahmed in Addis Abeba on July 27 at the end of a tour that also took him to Egypt, the Republic of Congo and Uganda, told African counterparts that US and European sanctions, not Russia, were to blame for rising food prices.

Ethiopia's Ministry of Agriculture said a second WFP vessel carrying Ukrainian wheat was expected in late September.
Wheat prices in Addis Abeba markets have nearly doubled since January, according to traders at Merkato.
"""

# ---------------------------------------------------------------- b90en02 (Nyasa Times)
EN02 = """
Russian fertilizer bound for Malawi finally leaves Dutch port

Blantyre - A ship carrying 20,000 metric tons of Russian fertilizer for Malawi left the Dutch port of Rotterdam on Tuesday, the first of several consignments that the United Nations says will help ease a global shortage that has pushed prices beyond the reach of smallholder farmers.
The fertilizer, donated by Russian producer Uralchem, had been stuck in European ports since sanctions were imposed on Russia after its invasion of Ukraine in February.
It was released after talks between the UN, the European Union and Moscow that began in July, and is being shipped by the World Food Programme to the Mozambican port of Beira, from where it will be trucked to Malawi.

UN Secretary-General António Guterres welcomed the departure as "an important step" and said in a statement on Tuesday that he would keep pressing for unimpeded access of Russian food and fertilizer to world markets.
UN trade chief Rebeca Grynspan, who has led the talks with Moscow, said at a press briefing in Geneva that the next shipments would go to Kenya and Nigeria in the coming weeks.
Russia's permanent representative in Geneva, Gennady Gatilov, said the delivery proved that Western claims about Russia "weaponizing food" were false.

President Lazarus Chakwera's government had appealed to Moscow for help in September after the price of a 50 kilogram bag of urea more than doubled within a year.
Agriculture Minister Lobin Lowe told Nyasa Times on Wednesday that the consignment would be distributed under the Affordable Inputs Programme.
The fertilizer is expected to reach farmers within three weeks, in time for the planting season.

Moscow had made the release of its stranded fertilizer a condition when it agreed on November 17 to extend the Black Sea Grain Initiative for another 120 days, in talks mediated by Türkiye and the UN.
President Vladimir Putin had complained in September that 300,000 tons of Russian fertilizer were "blocked" in European ports and offered to hand them over to developing countries free of charge.
The European Commission said in guidance issued in July that EU sanctions did not prohibit the transport of Russian fertilizer to third countries, but shipping firms and banks have remained reluctant.

Ukraine's Foreign Minister Dmytro Kuleba, who toured West Africa last month, said on Monday that Russia was using fertilizer "as a weapon" to win friends in Africa.
Opposition lawmakers in Lilongwe have questioned the deal, but farmers' unions welcomed any help.
"""

# ---------------------------------------------------------------- b90en03 (Vanguard)
EN03 = """
US-Africa summit: Biden pledges $2.5bn for food security, says U.S. is 'all in' on Africa

WASHINGTON - United States President Joe Biden on Thursday announced an additional $2.5 billion in emergency and medium-term food aid for Africa, as he closed a three-day summit with leaders from 49 African countries and the African Union.
"The United States is all in on Africa's future," Biden told the leaders at a session on food security, promising that Washington would help the continent "feed itself and then feed the world."
The aid comes on top of the $55 billion he had pledged on Tuesday over the next three years, Biden said.
He also backed the African Union's bid for a permanent seat at the G20 and said he would visit sub-Saharan Africa next year.

Biden blamed Russia's war in Ukraine for driving up the prices of wheat, cooking oil and fertilizer, which he said had hit African families hardest.
"Russia's war is not just an attack on Ukraine; it is an attack on the food security of every African country," he said.

President Muhammadu Buhari, who led Nigeria's delegation, met Secretary of State Antony Blinken on Tuesday on the sidelines of the summit.
According to presidential spokesman Garba Shehu, Buhari urged Washington to ease restrictions on the sale of fertilizer and farm equipment to Africa and thanked the US for its support in the fight against insurgency in the North-East.
Blinken said the two countries would sign a memorandum on agricultural cooperation early next year.

Moscow reacted coolly.
Russia's ambassador in Washington, Anatoly Antonov, accused the Biden administration of trying to "drag Africa into an anti-Russian coalition" and said Africans would not be fooled.
Kremlin spokesman Dmitry Peskov said on Friday that Russia respected the sovereign choices of African states and would host its own summit with African leaders in St Petersburg in July.

In Kyiv, President Volodymyr Zelensky said in his nightly address on Thursday that Ukraine was ready to send more grain to Africa, with the next ships under the "Grain from Ukraine" programme due to leave Odesa in the coming days.

Nigeria imports most of the wheat it consumes, and flour millers in Lagos say bread prices have risen by more than a third this year.
"""

# ---------------------------------------------------------------- b90en04 (The Standard, Kenya)
EN04 = """
Blinken accuses Moscow of 'blackmail' as UN Security Council debates hunger

NEW YORK, Friday - US Secretary of State Antony Blinken on Thursday accused Russia of using food as a weapon of war and of holding the world's poorest countries to ransom, as he chaired a Security Council debate on conflict-driven hunger.
"Russia's actions are a form of blackmail, and every nation represented here should tell Moscow: enough," Blinken told the 15-member council, which the United States presides over this month.
He announced $362 million in new US aid to tackle food insecurity in Kenya, Somalia and nine other countries worst hit by soaring prices.

More than 90 countries signed a US-drafted communique pledging never to use food as a weapon, including Kenya, whose envoy Martin Kimani told the council that "hunger does not respect borders."
Russia's UN Ambassador Vassily Nebenzia rejected the accusations as "lies" and said US and European sanctions on Russian banks and shipping were the real obstacle to grain and fertilizer exports.
Moscow was ready to return to the Black Sea grain deal "as soon as" its demands were met, including the reconnection of the Russian Agricultural Bank to SWIFT, from which the European Union cut it off last year, he said.

Russia pulled out of the deal, which had been signed in Istanbul in July 2022 under UN and Turkish auspices, on July 17, and has since bombed Ukrainian grain terminals in Odesa and on the Danube.
World Food Programme chief Cindy McCain told the council that 345 million people were facing acute food insecurity, calling it "a staggering figure."

At last week's Russia-Africa summit in St Petersburg, President Vladimir Putin promised free shipments of 25,000 to 50,000 tonnes of grain to six African countries, among them Somalia and Eritrea, in the coming months.
African Union chairperson Azali Assoumani urged him there to revive the grain deal.
Turkish President Recep Tayyip Erdogan, who spoke with Putin by telephone on Wednesday, said afterwards that he expected to host the Russian leader in Turkey in the coming weeks to discuss the deal.

In Nairobi, Foreign Affairs Principal Secretary Korir Sing'oei, who last month called Russia's withdrawal "a stab in the back," said on Thursday that Kenya would keep pushing at the UN for a return to the deal.
Maize flour prices in Nairobi have risen by about a fifth since the deal collapsed, according to millers.
"""

# ---------------------------------------------------------------- b90en05 (Sudan Tribune)
EN05 = """
Russia vetoes UN Security Council call for Sudan ceasefire as famine spreads

PORT SUDAN, November 19, 2024 (Sudan Tribune) - Russia on Monday vetoed a draft resolution at the United Nations Security Council that called on Sudan's warring parties to cease hostilities and allow unhindered humanitarian access, as famine spreads across the country.
The text, drafted by Britain and Sierra Leone, received 14 votes in favour.
British Foreign Secretary David Lammy, who chaired the meeting, called the veto "a disgrace" and accused Moscow of standing on the wrong side of history while millions of Sudanese went hungry.
"How many more Sudanese need to be killed, raped and starved before Russia stops blocking action?" Lammy asked.

Russia's deputy UN ambassador Dmitry Polyanskiy said the draft would have interfered in Sudan's internal affairs and that only the Sudanese government had the right to decide on foreign assistance.
He accused London of "neocolonial" ambitions in Africa.
Sudan's envoy al-Harith Idriss al-Harith thanked Russia for what he called a principled position and rejected any international protection force.
US Ambassador Linda Thomas-Greenfield said Washington was "appalled" by the veto and would keep working with partners on every possible avenue to bring relief to Sudan.

UN Secretary-General António Guterres had urged the council last week to act, warning that Sudan faced "a crisis of staggering proportions" and recalling that famine had been confirmed in the Zamzam camp near El Fasher in August.
The World Food Programme says more than 25 million people, half of Sudan's population, face acute hunger.
Britain announced last week that it would double its humanitarian aid to Sudan to 226 million pounds this year.

Moscow has been negotiating since 2020 with Sudan's army-led authorities over a naval logistics centre on the Red Sea coast.
Sovereignty Council deputy chairman Malik Agar met President Vladimir Putin in St Petersburg in June on the sidelines of the economic forum.
Agar said at the time that Sudan would honour its agreements with Russia.

The Rapid Support Forces, which control most of Darfur, said in a statement that they were ready to facilitate aid deliveries, a claim aid agencies treat with caution.
"""

# ---------------------------------------------------------------- b90en06 (Africanews)
EN06 = """
Addis Ababa food summit: Guterres and Meloni warn against 'hunger as a weapon'

Addis Ababa, Ethiopia - UN Secretary-General António Guterres and Italian Prime Minister Giorgia Meloni on Monday opened the UN Food Systems Summit Stocktake in the Ethiopian capital, as conflicts and aid cuts push millions of people towards famine.
"Hunger is not a natural disaster. It is a political failure, and far too often a weapon of war," Guterres told delegations from more than 150 countries at the African Union headquarters.
He called on donor governments to restore the funding that humanitarian agencies have lost this year.

Meloni, who co-hosts the three-day gathering with Ethiopian Prime Minister Abiy Ahmed, pledged 100 million euros over the next three years for smallholder irrigation projects in East Africa under Italy's Mattei Plan.
She had arrived in Addis Ababa on Sunday evening for talks with Abiy, their third meeting in less than a year.
"Africa does not need charity, it needs partners who invest," Meloni said.

The United States, which has cut most of its foreign aid since President Donald Trump took office in January, was represented only by a mid-level diplomat.
The World Food Programme warned last week that it would have to halve rations for refugees in Ethiopia, Kenya and Uganda in the coming months because of the shortfall.
In Sudan, where the war between the army and the Rapid Support Forces entered its third year in April, famine has spread to at least ten areas, according to UN-backed experts.

Russia and Ukraine, two of the world's largest grain exporters, used the meeting to court African governments.
Russian Ambassador Evgeny Terekhin told the plenary that Moscow had shipped more than 200,000 tonnes of free grain and fertilizer to African countries since 2023 and was ready to increase supplies "without any political conditions."
In a video message, Ukrainian President Volodymyr Zelensky accused Russia of "stealing Ukrainian grain and selling it to Africa as charity."
He said Kyiv would send new shipments under its Grain from Ukraine programme to Ethiopia, Sudan and Somalia later this year.
African Union Commission chairperson Mahmoud Ali Youssouf urged both Moscow and Kyiv to return to talks and "stop burning the breadbasket of the world."

The summit is due to close on Wednesday with a declaration on financing food systems drafted by Italy and Ethiopia.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b90en01_brave_commander_djibouti_2022_08", "2022-08-31", EN01,
        [
            T("Tuesday", "DATE", "2022-08-30", 0),
            T("August 16", "DATE", "2022-08-16"),
            T("last month", "DATE", "2022-07"),
            T("the next five days", "DURATION", "P5D"),
            T("a month", "DURATION", "P1M"),
            T("August 20", "DATE", "2022-08-20"),
            T("August 19", "DATE", "2022-08-19"),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2022-08-30", 1),
            T("Monday", "DATE", "2022-08-29"),
            T("July 27", "DATE", "2022-07-27"),
            T("late September", "DATE", "2022-09", mod="END"),
            T("January", "DATE", "2022-01"),
        ],
        [
            E("First WFP shipment of Ukrainian wheat for Ethiopia arrives in Djibouti", "AID",
              ["United Nations", "Ukraine"], "2022-08-30", "text", "occurred", "arrived in Djibouti on Tuesday"),
            E("Brave Commander leaves Pivdennyi with Ukrainian wheat", "AID", ["United Nations", "Ukraine"],
              "2022-08-16", "text", "occurred", "The bulk carrier Brave Commander"),
            E("Grain deal brokered by the UN and Turkey in Istanbul", "AGREE",
              ["United Nations", "Turkey", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "The bulk carrier Brave Commander", note="signed on 22 July 2022"),
            E("US pays about 68 million dollars to WFP for Ukrainian grain", "AID",
              ["United States", "United Nations", "Ukraine"], "2022-08-31", "published", "occurred",
              "The cargo was paid for by the United States", note="no date given; funding preceded the shipment"),
            E("Guterres visits the Joint Coordination Centre in Istanbul", "CONSULT", ["António Guterres"],
              "2022-08-20", "text", "occurred", "who visited the Joint Coordination Centre"),
            E("Guterres calls for full implementation of the package including Russian food and fertiliser exports",
              "REQUEST", ["António Guterres", "Russia"], "2022-08-20", "context", "occurred",
              "who visited the Joint Coordination Centre"),
            E("Guterres visits Odesa", "CONSULT", ["António Guterres", "Ukraine"], "2022-08-19", "text", "occurred",
              "During a visit to Odesa on August 19"),
            E("Zelensky hails the shipment", "SUPPORT", ["Volodymyr Zelensky"], "2022-08-30", "text", "occurred",
              "hailed the shipment in his nightly video address"),
            E("Peskov accuses the EU of keeping most of the Ukrainian grain for itself", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-08-29", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov on Monday accused"),
            E("Lavrov meets Ethiopian Prime Minister Abiy Ahmed in Addis Ababa", "CONSULT", ["Sergey Lavrov"],
              "2022-07-27", "text", "occurred", "who met Prime Minister Abiy Ahmed"),
            E("Lavrov blames US and European sanctions for rising food prices", "ACCUSE",
              ["Sergey Lavrov", "United States", "European Union"], "2022-07-27", "context", "occurred",
              "who met Prime Minister Abiy Ahmed"),
            E("Second WFP vessel with Ukrainian wheat expected", "AID", ["United Nations", "Ukraine"], "2022-09",
              "text", "planned", "a second WFP vessel", date_mod="END"),
        ],
        [
            S("United Nations", "WFP: the wheat will be unloaded over five days and feed 1.5 million people for a "
              "month", "2022-08-30", "context", "WFP country director Claude Jibidar"),
            S("United Nations", "WFP: one ship is a lifeline but not enough; 22 million face severe hunger",
              "2022-08-30", "context", "This ship is a lifeline"),
            S("United States", "State Department: the US provided about 68 million dollars to WFP for Ukrainian grain",
              "2022-08-31", "published", "The cargo was paid for by the United States"),
            S("António Guterres", "Calls for full implementation including unimpeded Russian food and fertiliser "
              "exports", "2022-08-20", "context", "who visited the Joint Coordination Centre"),
            S("António Guterres", "The grain is not only for Ukraine but for the poorest people on the planet",
              "2022-08-19", "text", "During a visit to Odesa on August 19"),
            S("Volodymyr Zelensky", "Ukraine will remain a guarantor of global food security", "2022-08-30", "text",
              "hailed the shipment in his nightly video address"),
            S("Russia", "Moscow sees the shipments differently", "2022-08-31", "published",
              "Moscow, however, sees the shipments differently"),
            S("Dmitry Peskov", "The EU keeps most of the grain; Africa receives crumbs", "2022-08-29", "text",
              "Kremlin spokesman Dmitry Peskov on Monday accused"),
            S("Sergey Lavrov", "US and European sanctions, not Russia, are to blame for rising food prices",
              "2022-07-27", "context", "who met Prime Minister Abiy Ahmed"),
        ],
        ["Ukraine", "United Nations", "Turkey", "Russia", "United States", "António Guterres",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "European Union", "Sergey Lavrov"],
    ),
    doc(
        "b90en02_russian_fertilizer_malawi_2022_11", "2022-11-30", EN02,
        [
            T("Tuesday", "DATE", "2022-11-29", 0),
            T("February", "DATE", "2022-02"),
            T("July", "DATE", "2022-07", 0),
            T("Tuesday", "DATE", "2022-11-29", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("September", "DATE", "2022-09", 0),
            T("a year", "DURATION", "P1Y"),
            T("Wednesday", "DATE", "2022-11-30"),
            T("three weeks", "DURATION", "P3W"),
            T("November 17", "DATE", "2022-11-17"),
            T("120 days", "DURATION", "P120D"),
            T("September", "DATE", "2022-09", 1),
            T("July", "DATE", "2022-07", 1),
            T("last month", "DATE", "2022-10"),
            T("Monday", "DATE", "2022-11-28"),
        ],
        [
            E("WFP ship with Russian fertilizer for Malawi leaves Rotterdam", "AID", ["Russia", "United Nations"],
              "2022-11-29", "text", "occurred", "A ship carrying 20,000 metric tons"),
            E("Sanctions imposed on Russia after the invasion", "SANCTION", ["Russia"], "2022-02", "text",
              "occurred", "donated by Russian producer Uralchem"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "donated by Russian producer Uralchem"),
            E("Talks between the UN, the EU and Moscow on releasing the fertilizer", "CONSULT",
              ["United Nations", "European Union", "Russia"], "2022-07", "text", "occurred",
              "It was released after talks", date_mod="START"),
            E("Guterres welcomes the departure", "SUPPORT", ["António Guterres"], "2022-11-29", "text", "occurred",
              "welcomed the departure"),
            E("Guterres will keep pressing for unimpeded access of Russian food and fertilizer", "REQUEST",
              ["António Guterres", "Russia"], "2022-11-29", "text", "occurred", "welcomed the departure"),
            E("Next fertilizer shipments to go to Kenya and Nigeria", "AID", ["Russia", "United Nations"],
              "FUTURE_REF", "vague", "planned", "UN trade chief Rebeca Grynspan"),
            E("Russia's Geneva envoy rejects Western claims of weaponizing food", "REJECT", ["Russia"], "2022-11-30",
              "published", "occurred", "Gennady Gatilov, said the delivery proved"),
            E("Malawi appeals to Moscow for fertilizer", "REQUEST", ["Russia"], "2022-09", "text", "occurred",
              "had appealed to Moscow for help"),
            E("Russia agrees to extend the Black Sea Grain Initiative by 120 days", "AGREE",
              ["Russia", "Turkey", "United Nations", "Ukraine"], "2022-11-17", "text", "occurred",
              "Moscow had made the release"),
            E("Russia makes the release of its fertilizer a condition", "REQUEST", ["Russia"], "2022-11-17",
              "context", "occurred", "Moscow had made the release"),
            E("Putin complains that Russian fertilizer is blocked in European ports", "ACCUSE", ["Vladimir Putin"],
              "2022-09", "text", "occurred", "President Vladimir Putin had complained"),
            E("Putin offers the fertilizer free of charge to developing countries", "AID", ["Vladimir Putin"],
              "2022-09", "text", "occurred", "President Vladimir Putin had complained"),
            E("Kuleba tours West Africa", "CONSULT", ["Ukraine"], "2022-10", "text", "occurred",
              "who toured West Africa last month"),
            E("Kuleba accuses Russia of using fertilizer as a weapon in Africa", "ACCUSE", ["Ukraine", "Russia"],
              "2022-11-28", "text", "occurred", "who toured West Africa last month"),
        ],
        [
            S("United Nations", "The consignments will help ease a global fertilizer shortage", "2022-11-30",
              "published", "A ship carrying 20,000 metric tons"),
            S("António Guterres", "Welcomes the departure as an important step; will keep pressing for access of "
              "Russian food and fertilizer", "2022-11-29", "text", "welcomed the departure"),
            S("United Nations", "Grynspan: next shipments to Kenya and Nigeria in the coming weeks", "2022-11-30",
              "published", "UN trade chief Rebeca Grynspan"),
            S("Russia", "Gatilov: the delivery proves Western claims of weaponizing food false", "2022-11-30",
              "published", "Gennady Gatilov, said the delivery proved"),
            S("Vladimir Putin", "300,000 tons of Russian fertilizer are blocked in European ports; offers them free",
              "2022-09", "text", "President Vladimir Putin had complained"),
            S("European Union", "Commission guidance: sanctions do not prohibit transporting Russian fertilizer to "
              "third countries", "2022-07", "text", "The European Commission said in guidance"),
            S("Ukraine", "Kuleba: Russia uses fertilizer as a weapon to win friends in Africa", "2022-11-28", "text",
              "who toured West Africa last month"),
        ],
        ["Russia", "United Nations", "Ukraine", "European Union", "António Guterres", "Turkey", "Vladimir Putin"],
    ),
    doc(
        "b90en03_us_africa_leaders_summit_food_2022_12", "2022-12-16", EN03,
        [
            T("Thursday", "DATE", "2022-12-15", 0),
            T("three-day", "DURATION", "P3D"),
            T("Tuesday", "DATE", "2022-12-13", 0),
            T("the next three years", "DURATION", "P3Y"),
            T("next year", "DATE", "2023", 0),
            T("Tuesday", "DATE", "2022-12-13", 1),
            T("early next year", "DATE", "2023", mod="START"),
            T("Friday", "DATE", "2022-12-16"),
            T("July", "DATE", "2023-07"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2022-12-15", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("this year", "DATE", "2022"),
        ],
        [
            E("Biden announces 2.5 billion dollars in food aid for Africa", "AID", ["Joe Biden"], "2022-12-15",
              "text", "occurred", "announced an additional $2.5 billion"),
            E("US–Africa Leaders Summit in Washington closes", "CONSULT", ["Joe Biden"], "2022-12-15", "text",
              "occurred", "announced an additional $2.5 billion", note="summit 13-15 December 2022"),
            E("Biden promises to help Africa feed itself", "AGREE", ["Joe Biden"], "2022-12-15", "context",
              "occurred", "The United States is all in"),
            E("Biden pledges 55 billion dollars for Africa over three years", "AID", ["Joe Biden"], "2022-12-13",
              "text", "occurred", "The aid comes on top"),
            E("Biden backs the African Union's bid for a permanent G20 seat", "SUPPORT", ["Joe Biden"], "2022-12-15",
              "context", "occurred", "He also backed"),
            E("Biden to visit sub-Saharan Africa", "CONSULT", ["Joe Biden"], "2023", "text", "planned",
              "He also backed"),
            E("Biden blames Russia's war for rising food and fertilizer prices in Africa", "ACCUSE",
              ["Joe Biden", "Russia"], "2022-12-15", "context", "occurred", "Biden blamed Russia's war"),
            E("Buhari meets Blinken on the sidelines of the summit", "CONSULT", ["Antony Blinken"], "2022-12-13",
              "text", "occurred", "who led Nigeria's delegation"),
            E("Buhari urges Washington to ease restrictions on fertilizer and farm equipment sales", "REQUEST",
              ["United States"], "2022-12-13", "context", "occurred", "According to presidential spokesman"),
            E("Buhari thanks the US for its support against insurgency", "SUPPORT", ["United States"], "2022-12-13",
              "context", "occurred", "According to presidential spokesman"),
            E("US and Nigeria to sign a memorandum on agricultural cooperation", "AGREE", ["Antony Blinken"], "2023",
              "text", "planned", "Blinken said the two countries", date_mod="START"),
            E("Antonov accuses the Biden administration of dragging Africa into an anti-Russian coalition", "ACCUSE",
              ["Russia", "United States"], "2022-12-16", "published", "occurred",
              "Russia's ambassador in Washington, Anatoly Antonov"),
            E("Russia to host a summit with African leaders in St Petersburg", "CONSULT", ["Russia"], "2023-07",
              "text", "planned", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Ukraine to send more grain to Africa under Grain from Ukraine", "AID", ["Volodymyr Zelensky"],
              "FUTURE_REF", "vague", "planned", "In Kyiv, President Volodymyr Zelensky"),
        ],
        [
            S("Joe Biden", "Announces 2.5 billion dollars in food aid for Africa", "2022-12-15", "text",
              "announced an additional $2.5 billion"),
            S("Joe Biden", "The US is all in on Africa and will help it feed itself and the world", "2022-12-15",
              "context", "The United States is all in"),
            S("Joe Biden", "The food aid comes on top of 55 billion dollars over three years", "2022-12-15",
              "context", "The aid comes on top"),
            S("Joe Biden", "Backs the AU's G20 bid and will visit sub-Saharan Africa next year", "2022-12-15",
              "context", "He also backed"),
            S("Joe Biden", "Russia's war drives up food and fertilizer prices, hitting Africans hardest", "2022-12-15",
              "context", "Biden blamed Russia's war"),
            S("Joe Biden", "Russia's war is an attack on the food security of every African country", "2022-12-15",
              "context", "it is an attack on the food security"),
            S("Antony Blinken", "The US and Nigeria will sign a memorandum on agricultural cooperation",
              "2022-12-13", "context", "Blinken said the two countries"),
            S("Russia", "Moscow reacts coolly", "2022-12-16", "published", "Moscow reacted coolly"),
            S("Russia", "Antonov: Washington tries to drag Africa into an anti-Russian coalition", "2022-12-16",
              "published", "Russia's ambassador in Washington, Anatoly Antonov"),
            S("Dmitry Peskov", "Russia respects African states' choices and will host its own summit in July",
              "2022-12-16", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Volodymyr Zelensky", "Ukraine is ready to send more grain to Africa", "2022-12-15", "text",
              "In Kyiv, President Volodymyr Zelensky"),
        ],
        ["Joe Biden", "United States", "Russia", "Ukraine", "Antony Blinken", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b90en04_security_council_hunger_debate_2023_08", "2023-08-04", EN04,
        [
            T("Friday", "DATE", "2023-08-04"),
            T("Thursday", "DATE", "2023-08-03", 0),
            T("this month", "DATE", "2023-08"),
            T("last year", "DATE", "2022"),
            T("July 2022", "DATE", "2022-07"),
            T("July 17", "DATE", "2023-07-17"),
            T("last week", "DATE", "2023-W30"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("Wednesday", "DATE", "2023-08-02"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("last month", "DATE", "2023-07"),
            T("Thursday", "DATE", "2023-08-03", 1),
        ],
        [
            E("Blinken accuses Russia of using food as a weapon", "ACCUSE", ["Antony Blinken", "Russia"],
              "2023-08-03", "text", "occurred", "US Secretary of State Antony Blinken on Thursday accused"),
            E("Security Council debate on conflict-driven hunger chaired by Blinken", "CONSULT",
              ["Antony Blinken", "United Nations"], "2023-08-03", "text", "occurred",
              "US Secretary of State Antony Blinken on Thursday accused"),
            E("Blinken calls on every nation to tell Moscow 'enough'", "REQUEST", ["Antony Blinken", "Russia"],
              "2023-08-03", "context", "occurred", "Russia's actions are a form of blackmail"),
            E("Blinken announces 362 million dollars in new US food aid", "AID", ["Antony Blinken"], "2023-08-03",
              "context", "occurred", "He announced $362 million"),
            E("More than 90 countries sign a US-drafted communique against using food as a weapon", "AGREE",
              ["United States"], "2023-08-03", "context", "occurred", "More than 90 countries signed"),
            E("Nebenzia rejects the accusations as lies", "REJECT", ["Russia", "Antony Blinken"], "2023-08-03",
              "context", "occurred", "Vassily Nebenzia rejected the accusations"),
            E("Nebenzia blames US and European sanctions for blocking grain and fertilizer exports", "ACCUSE",
              ["Russia", "United States", "European Union"], "2023-08-03", "context", "occurred",
              "Vassily Nebenzia rejected the accusations"),
            E("Russia ready to return to the grain deal", "AGREE", ["Russia"], "2023-08-03", "context", "occurred",
              "Moscow was ready to return"),
            E("Russia demands reconnection of the Russian Agricultural Bank to SWIFT", "REQUEST",
              ["Russia", "European Union"], "2023-08-03", "context", "occurred", "Moscow was ready to return"),
            E("EU cut the Russian Agricultural Bank off from SWIFT", "SANCTION", ["European Union", "Russia"], "2022",
              "text", "occurred", "Moscow was ready to return"),
            E("Russia pulls out of the Black Sea grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07-17", "text",
              "occurred", "Russia pulled out of the deal"),
            E("Black Sea grain deal signed in Istanbul", "AGREE", ["Russia", "Ukraine", "United Nations", "Turkey"],
              "2022-07", "text", "occurred", "Russia pulled out of the deal"),
            E("Russian strikes on grain terminals in Odesa and on the Danube since the exit", "ASSAULT",
              ["Russia", "Ukraine"], "2023-07-17", "context", "occurred", "Russia pulled out of the deal",
              date_mod="START"),
            E("Putin promises free grain to six African countries", "AID", ["Vladimir Putin"], "2023-W30", "text",
              "occurred", "At last week's Russia-Africa summit"),
            E("Russian free grain shipments to Africa", "AID", ["Russia"], "FUTURE_REF", "vague", "planned",
              "At last week's Russia-Africa summit"),
            E("AU chair Assoumani urges Putin to revive the grain deal", "REQUEST", ["Vladimir Putin"], "2023-W30",
              "context", "occurred", "African Union chairperson Azali Assoumani"),
            E("Erdoğan–Putin phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2023-08-02",
              "text", "occurred", "who spoke with Putin by telephone on Wednesday"),
            E("Erdoğan expects to host Putin in Turkey", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "who spoke with Putin by telephone on Wednesday"),
            E("Kenya calls Russia's withdrawal a stab in the back", "ACCUSE", ["Russia"], "2023-07", "text",
              "occurred", "In Nairobi, Foreign Affairs Principal Secretary"),
            E("Kenya will keep pushing at the UN for a return to the deal", "REQUEST", ["Russia", "United Nations"],
              "2023-08-03", "text", "occurred", "In Nairobi, Foreign Affairs Principal Secretary"),
        ],
        [
            S("Antony Blinken", "Russia uses food as a weapon and holds the poorest countries to ransom",
              "2023-08-03", "text", "US Secretary of State Antony Blinken on Thursday accused"),
            S("Antony Blinken", "Russia's actions are blackmail; every nation should tell Moscow enough",
              "2023-08-03", "context", "Russia's actions are a form of blackmail"),
            S("Antony Blinken", "Announces 362 million dollars in new US aid against food insecurity", "2023-08-03",
              "context", "He announced $362 million"),
            S("Russia", "Nebenzia: the accusations are lies; US and European sanctions block exports", "2023-08-03",
              "context", "Vassily Nebenzia rejected the accusations"),
            S("Russia", "Nebenzia: Moscow ready to return to the deal once its demands, incl. SWIFT, are met",
              "2023-08-03", "context", "Moscow was ready to return"),
            S("United Nations", "McCain: 345 million people face acute food insecurity", "2023-08-03", "context",
              "World Food Programme chief Cindy McCain"),
            S("Vladimir Putin", "Promises free grain to six African countries", "2023-W30", "text",
              "At last week's Russia-Africa summit"),
            S("Recep Tayyip Erdoğan", "Expects to host Putin in Turkey in the coming weeks", "2023-08-02", "context",
              "who spoke with Putin by telephone on Wednesday"),
        ],
        ["Antony Blinken", "United States", "Russia", "United Nations", "European Union", "Ukraine", "Turkey",
         "Vladimir Putin", "Recep Tayyip Erdoğan"],
    ),
    doc(
        "b90en05_russia_veto_sudan_famine_2024_11", "2024-11-19", EN05,
        [
            T("November 19, 2024", "DATE", "2024-11-19"),
            T("Monday", "DATE", "2024-11-18"),
            T("last week", "DATE", "2024-W46", 0),
            T("August", "DATE", "2024-08"),
            T("last week", "DATE", "2024-W46", 1),
            T("this year", "DATE", "2024"),
            T("2020", "DATE", "2020"),
            T("June", "DATE", "2024-06"),
        ],
        [
            E("Russia vetoes the Security Council draft on a Sudan ceasefire", "REJECT", ["Russia", "United Nations"],
              "2024-11-18", "text", "occurred", "Russia on Monday vetoed"),
            E("Lammy calls the veto a disgrace and accuses Moscow", "ACCUSE", ["United Kingdom", "Russia"],
              "2024-11-18", "context", "occurred", "British Foreign Secretary David Lammy"),
            E("Polyanskiy accuses London of neocolonial ambitions in Africa", "ACCUSE",
              ["Russia", "United Kingdom"], "2024-11-18", "context", "occurred", "He accused London"),
            E("Sudan's envoy thanks Russia", "SUPPORT", ["Russia"], "2024-11-18", "context", "occurred",
              "Sudan's envoy al-Harith Idriss al-Harith"),
            E("US 'appalled' by the Russian veto", "ACCUSE", ["United States", "Russia"], "2024-11-18", "context",
              "occurred", "US Ambassador Linda Thomas-Greenfield"),
            E("US promises to keep working with partners to bring relief to Sudan", "AGREE", ["United States"],
              "2024-11-18", "context", "occurred", "US Ambassador Linda Thomas-Greenfield"),
            E("Guterres urges the Security Council to act on Sudan", "REQUEST", ["António Guterres", "United Nations"],
              "2024-W46", "text", "occurred", "had urged the council last week"),
            E("Britain doubles its humanitarian aid to Sudan", "AID", ["United Kingdom"], "2024-W46", "text",
              "occurred", "Britain announced last week"),
            E("Russia negotiates with Sudan's authorities over a naval logistics centre", "CONSULT", ["Russia"],
              "2020", "text", "occurred", "Moscow has been negotiating since 2020", date_mod="START"),
            E("Malik Agar meets Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2024-06", "text",
              "occurred", "Sovereignty Council deputy chairman Malik Agar"),
            E("Agar: Sudan will honour its agreements with Russia", "AGREE", ["Russia"], "2024-06", "context",
              "occurred", "Agar said at the time"),
        ],
        [
            S("United Kingdom", "Lammy: the veto is a disgrace; Moscow is on the wrong side of history",
              "2024-11-18", "context", "British Foreign Secretary David Lammy"),
            S("United Kingdom", "Lammy: how many more Sudanese must die before Russia stops blocking action",
              "2024-11-18", "context", "How many more Sudanese"),
            S("Russia", "Polyanskiy: the draft would have interfered in Sudan's internal affairs", "2024-11-18",
              "context", "Russia's deputy UN ambassador Dmitry Polyanskiy"),
            S("Russia", "Polyanskiy: London has neocolonial ambitions in Africa", "2024-11-18", "context",
              "He accused London"),
            S("United States", "Thomas-Greenfield: appalled by the veto; will keep working on relief for Sudan",
              "2024-11-18", "context", "US Ambassador Linda Thomas-Greenfield"),
            S("António Guterres", "Sudan faces a crisis of staggering proportions; famine confirmed in Zamzam",
              "2024-W46", "text", "had urged the council last week"),
            S("United Nations", "WFP: more than 25 million people in Sudan face acute hunger", "2024-11-19",
              "published", "The World Food Programme says"),
            S("United Kingdom", "Will double humanitarian aid to Sudan to 226 million pounds", "2024-W46", "text",
              "Britain announced last week"),
        ],
        ["Russia", "United Nations", "United Kingdom", "United States", "António Guterres", "Vladimir Putin"],
    ),
    doc(
        "b90en06_addis_food_systems_stocktake_2025_07", "2025-07-29", EN06,
        [
            T("Monday", "DATE", "2025-07-28"),
            T("this year", "DATE", "2025", 0),
            T("three-day", "DURATION", "P3D"),
            T("the next three years", "DURATION", "P3Y"),
            T("Sunday evening", "TIME", "2025-07-27TEV"),
            T("less than a year", "DURATION", "P1Y", mod="LESS_THAN"),
            T("January", "DATE", "2025-01"),
            T("last week", "DATE", "2025-W30"),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("April", "DATE", "2025-04"),
            T("2023", "DATE", "2023"),
            T("this year", "DATE", "2025", 1),
            T("Wednesday", "DATE", "2025-07-30"),
        ],
        [
            E("UN Food Systems Summit Stocktake opens in Addis Ababa", "CONSULT",
              ["António Guterres", "Giorgia Meloni", "United Nations"], "2025-07-28", "text", "occurred",
              "on Monday opened the UN Food Systems Summit Stocktake", note="28-30 July 2025"),
            E("Guterres calls on donors to restore humanitarian funding", "REQUEST", ["António Guterres"],
              "2025-07-28", "context", "occurred", "He called on donor governments"),
            E("Meloni pledges 100 million euros for irrigation in East Africa", "AID", ["Giorgia Meloni"],
              "2025-07-28", "context", "occurred", "pledged 100 million euros"),
            E("Meloni holds talks with Abiy Ahmed", "CONSULT", ["Giorgia Meloni"], "2025-07-27TEV", "text",
              "occurred", "She had arrived in Addis Ababa on Sunday evening"),
            E("Russia has shipped more than 200,000 tonnes of free grain and fertilizer to Africa since 2023", "AID",
              ["Russia"], "2023", "text", "occurred", "Russian Ambassador Evgeny Terekhin", date_mod="START"),
            E("Russia ready to increase supplies without political conditions", "AGREE", ["Russia"], "2025-07-28",
              "context", "occurred", "Russian Ambassador Evgeny Terekhin"),
            E("Zelensky accuses Russia of stealing Ukrainian grain and selling it to Africa as charity", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-07-28", "context", "occurred", "In a video message"),
            E("Ukraine to send new Grain from Ukraine shipments to Ethiopia, Sudan and Somalia", "AID", ["Ukraine"],
              "2025", "text", "planned", "He said Kyiv would send new shipments"),
            E("AU Commission chair urges Moscow and Kyiv to return to talks", "REQUEST", ["Russia", "Ukraine"],
              "2025-07-28", "context", "occurred", "African Union Commission chairperson"),
            E("Summit to close with a declaration on financing food systems", "AGREE", ["United Nations"],
              "2025-07-30", "text", "planned", "The summit is due to close on Wednesday"),
        ],
        [
            S("António Guterres", "Hunger is a political failure and too often a weapon of war", "2025-07-28",
              "context", "Hunger is not a natural disaster"),
            S("António Guterres", "Calls on donors to restore the funding humanitarian agencies lost this year",
              "2025-07-28", "context", "He called on donor governments"),
            S("Giorgia Meloni", "Pledges 100 million euros over three years under the Mattei Plan", "2025-07-28",
              "context", "pledged 100 million euros"),
            S("Giorgia Meloni", "Africa needs partners who invest, not charity", "2025-07-28", "context",
              "Africa does not need charity"),
            S("United Nations", "WFP will have to halve rations for refugees in East Africa", "2025-W30", "text",
              "The World Food Programme warned last week"),
            S("Russia", "Terekhin: Moscow shipped more than 200,000 tonnes of free grain and fertilizer and is "
              "ready to do more", "2025-07-28", "context", "Russian Ambassador Evgeny Terekhin"),
            S("Volodymyr Zelensky", "Russia steals Ukrainian grain and sells it to Africa as charity", "2025-07-28",
              "context", "In a video message"),
            S("Volodymyr Zelensky", "Kyiv will send new shipments to Ethiopia, Sudan and Somalia this year",
              "2025-07-28", "context", "He said Kyiv would send new shipments"),
        ],
        ["António Guterres", "Giorgia Meloni", "United Nations", "United States", "Donald Trump", "Russia",
         "Ukraine", "Volodymyr Zelensky"],
    ),
]
