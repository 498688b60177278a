"""English articles of the blind110 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b110en01 (Agri-Pulse)
EN01 = """
EU strikes deal with frontline states to end unilateral bans on Ukrainian grain

WASHINGTON, May 1, 2023 - The European Commission and five Central and Eastern European member states reached an agreement late Friday to lift unilateral bans on imports of Ukrainian grain in exchange for temporary EU-wide restrictions and new aid for their farmers.
Under the deal, announced by Commission Executive Vice President Valdis Dombrovskis, wheat, corn, rapeseed and sunflower seed from Ukraine may transit Poland, Hungary, Slovakia, Romania and Bulgaria but cannot be released for free circulation there.
The safeguard measures are set to take effect Tuesday and to run until June 5.
Brussels will also provide 100 million euros for affected farmers, on top of 56.3 million euros approved in March.

Polish Agriculture Minister Robert Telus said Saturday that Warsaw would lift its national ban as soon as the EU measures were in force, calling the deal "a success for Polish farmers."
Hungary said its own ban, which covers more than 20 products, would remain in place until the end of June.
Slovakia and Bulgaria had also halted imports in mid-April, while Romania had threatened to follow.

Kyiv reacted coolly.
Ukraine's Agrarian Policy Minister Mykola Solskyi said Sunday that the restrictions were "a violation of the association agreement" and urged Brussels to make sure they would not be extended beyond June 5.
Ukraine shipped more than 4 million metric tons of grain through its western neighbors in March alone, as inspection delays continue to slow vessels under the Black Sea Grain Initiative.
Kremlin spokesman Dmitry Peskov said last week that Moscow saw "no grounds" yet to extend the Black Sea deal beyond May 18.

For U.S. exporters, the dispute is a mixed picture.
Tighter EU rules could push more Ukrainian corn toward North Africa and Asia, where it competes with American supplies, a U.S. Wheat Associates official told Agri-Pulse.
USDA's attaché in Warsaw estimated Polish wheat stocks at about 4 million tons at the end of March, roughly twice the usual level.
Dombrovskis said the Commission would review the measures in the coming weeks and could extend them if market disruptions persist.
"""

# ---------------------------------------------------------------- b110en02 (Latifundist)
EN02 = """
Ukraine and Slovakia agree on grain licensing, Kyiv ready to drop WTO case

Ukraine and Slovakia have agreed to replace Bratislava's ban on Ukrainian agricultural products with a licensing system, the Ministry of Agrarian Policy and Food said on Wednesday.
Under the arrangement, reached in a videoconference between Minister Mykola Solskyi and his Slovak counterpart, Ukrainian exporters of wheat, corn, rapeseed and sunflower seed will need a license issued in Kyiv before shipping to Slovakia.
The Slovak government is expected to lift its ban by the end of the year once the system is working, the ministry said.
In return, Kyiv will withdraw the complaint it filed against Slovakia at the World Trade Organization on September 18.

No such deal is in sight with Poland and Hungary, which Ukraine took to the WTO on the same day.
Polish Agriculture Minister Robert Telus said on Thursday that Warsaw would keep its ban "regardless of any licenses" and accused Kyiv of insulting Polish farmers with the complaint.
Poland holds parliamentary elections on October 15, and both the ruling Law and Justice party and the opposition have promised to protect farmers.
Hungary's government extended its own list of banned Ukrainian products to 24 items in mid-September.

The licensing model builds on the export verification mechanism the Cabinet of Ministers introduced last week for the five neighboring countries.
Exporters have to register contracts with the Ministry of Economy, which checks them against the destination country's demand.
Taras Kachka, Ukraine's trade representative, said the government had offered the same arrangement to Warsaw and Budapest and was "ready to talk at any level."
The European Commission welcomed the Ukrainian-Slovak agreement, a spokesperson said, and urged the other member states to follow.

Slovakia took about 120,000 tonnes of Ukrainian grain in 2022, a fraction of the volumes shipped via Poland and Romania, according to Latifundist estimates.
The bigger prize is transit: with Russia striking Danube ports almost nightly since it quit the Black Sea Grain Initiative in July, traders are looking for every open rail and road route west.
Ukraine's own Black Sea corridor has handled more than 20 ships since August.
"""

# ---------------------------------------------------------------- b110en03 (Trans.info)
EN03 = """
Polish carriers suspend border blockade after deal with Warsaw

Polish hauliers ended their blockade of the Dorohusk crossing on Wednesday morning after more than two months, a day after signing an agreement with Infrastructure Minister Dariusz Klimczak.
The deal, signed on Tuesday evening in Dorohusk, suspends the protest until March 1.
By Wednesday afternoon, the queue of trucks waiting to leave Poland for Ukraine had shrunk to about 600 vehicles, according to the Lublin voivodeship office.

Under the agreement, the government will ask the European Commission to exclude empty Ukrainian trucks from the EU-Ukraine road transport agreement and to reintroduce permits for Ukrainian carriers from July 1.
Warsaw will also compensate hauliers for losses during the protest and set up a separate queue for empty vehicles at the Dołhobyczów crossing.
Klimczak said the government had "taken over the carriers' demands" and would raise them at the meeting of EU transport ministers in Brussels next week.

Ukraine's Deputy Prime Minister Oleksandr Kubrakov welcomed the end of the blockade and thanked Prime Minister Donald Tusk's government for its "constructive approach."
Kyiv had agreed with Warsaw last Friday to remove empty trucks from its electronic queue system eCherha, one of the carriers' key demands.
The European Commission, however, repeated that the road transport agreement, extended in December until the end of June 2025, would not be reopened.
A Commission spokesperson said on Wednesday that the permit-free regime had "served both sides well" and that national measures would not be accepted.

The blockade began on November 6 at Dorohusk, Hrebenne and Korczowa and later spread to Medyka.
Slovak carriers blocked the Vyšné Nemecké crossing for several days in December until their government brokered a deal.
According to the Ukrainian State Border Guard Service, at least 30,000 trucks were delayed during the protest, and two Ukrainian drivers died while waiting.
Polish farmers, meanwhile, have announced protests of their own against Ukrainian grain imports from next month.
"""

# ---------------------------------------------------------------- b110en04 (Borderlex)
EN04 = """
EU co-legislators clinch deal on Ukraine trade measures with wider emergency brake

EU negotiators reached a provisional agreement late Wednesday on renewing the autonomous trade measures (ATMs) for Ukraine for another year.
The deal between the European Parliament and the Belgian Council presidency extends tariff-free access for Ukrainian exports from June 6 until June 5, 2025.
It widens the so-called emergency brake, which reimposes tariff-rate quotas once imports exceed a reference level, from poultry, eggs and sugar to oats, maize, groats and honey.
The reference level is the average of imports in 2022 and 2023, not the longer period that farm lobbies and several capitals had sought.

France and Poland had pressed in the Council for wheat and barley to be covered as well, but the Commission and a majority of member states refused.
Trade Commissioner Valdis Dombrovskis said the compromise "strikes the right balance between support for Ukraine and protection of our farmers."
Rapporteur Sandra Kalniete (EPP, Latvia) told Borderlex that Parliament had accepted the wider brake to avoid a gap in June, but warned that "unilateral bans by member states remain illegal."

Kyiv is unhappy.
Ukraine's trade representative Taras Kachka estimated on Thursday that the new brake would cost Ukrainian exporters about 330 million euros a year and said the government would "use all legal avenues" to defend its market access.
Ukraine's WTO complaints against Poland, Hungary and Slovakia, filed in September, are still pending.
Prime Minister Denys Shmyhal is due to discuss the dispute with his Polish counterpart Donald Tusk in Warsaw on March 28.

The agreement still needs formal approval.
Parliament's trade committee is expected to vote next week, followed by the plenary in April, before the Council adopts the regulation in May.
Farm group Copa-Cogeca called the deal "insufficient" and announced new protests in Brussels for Tuesday, when agriculture ministers meet.
The Commission separately proposed in January to extend the ATMs for Moldova on the same terms.
"""

# ---------------------------------------------------------------- b110en05 (Farmers Weekly)
EN05 = """
UK extends tariff-free trade with Ukraine to 2029 as poultry sector seeks safeguards

The UK government has extended tariff-free access for almost all Ukrainian goods until March 2029, the Department for Business and Trade confirmed on Thursday.
The decision prolongs a liberalisation first agreed in May 2022, weeks after Russia's full-scale invasion, and renewed for two years in early 2024.
Trade policy minister Douglas Alexander said the move would "help Ukraine keep its economy going while it defends itself against Russian aggression."
The extension is part of the 100-year partnership that Prime Minister Keir Starmer signed with President Volodymyr Zelensky in Kyiv in January.

Farm leaders back the principle but want protection.
NFU president Tom Bradshaw said British egg and chicken producers could not compete with Ukrainian poultry produced "to standards that would be illegal here" and called on ministers to introduce volume triggers similar to the EU's emergency brake.
The British Poultry Council said imports of Ukrainian chicken had risen fivefold since 2022, to about 40,000 tonnes last year.
Defra said it was monitoring the market and that the agreement allowed the UK to act "if there is clear evidence of harm."

The UK's approach contrasts with the European Union, where the trade measures for Ukraine expire on June 5 and Brussels is negotiating a permanent replacement under the existing free-trade agreement.
Since last year the EU has applied automatic quotas to Ukrainian eggs, sugar and oats, and Poland, Hungary and Slovakia still ban Ukrainian grain outright.
Ukraine's First Deputy Prime Minister Yulia Svyrydenko thanked London on Thursday and urged "our European friends" not to let access fall back to the pre-war quotas.

Ukrainian exports to the UK reached about 1.2 billion pounds in 2024, led by grain, vegetable oil and poultry meat.
Kremlin spokesman Dmitry Peskov dismissed the partnership in January as an attempt to "drag Ukraine further away from Russia," but Moscow has not commented on the trade extension.
The Department for Business and Trade will publish the legal text next month.
"""

# ---------------------------------------------------------------- b110en06 (Agriland)
EN06 = """
EU extends curbs on Ukrainian grain in five member states until September 15

The European Commission has extended the restrictions on imports of Ukrainian wheat, maize, rapeseed and sunflower seed into five member states until September 15.
The measures, which were due to expire on Monday, allow the four products to transit Bulgaria, Hungary, Poland, Romania and Slovakia but not to be sold there.
Commission Executive Vice-President Valdis Dombrovskis said on Monday evening that the extension was "an exceptional step" and that the measures would be lifted once the market situation allowed.
At the same time, the regulation suspending all EU tariffs and quotas on Ukrainian imports was renewed for a further year from today.

Kyiv reacted with dismay.
Ukraine's agriculture minister Mykola Solskyi said on Tuesday the decision was "contrary to the spirit of the association agreement" and called for the curbs to end "no later than September 15, without any further extension."
President Volodymyr Zelensky discussed the issue in a call with Commission President Ursula von der Leyen on Monday, his office said.
Overnight, the Kakhovka dam on the Dnipro was destroyed, flooding farmland downstream; Kyiv blamed Russian forces, while the Kremlin blamed Ukraine.

Poland's agriculture minister Robert Telus welcomed the extension but said Warsaw would press for the list to include more products, such as flour and honey.
Hungary's government said it would keep its national ban on 24 other products in place regardless.
The five countries had threatened in May to reimpose unilateral bans if Brussels let the measures lapse.

For Irish feed buyers, the extension changes little.
Ukrainian maize accounted for about a third of Ireland's maize imports in 2022, the Irish Grain and Feed Association said, and cargoes continue to arrive under the Black Sea Grain Initiative.
Minister for Agriculture Charlie McConalogue told Agriland that Ireland supported "keeping the trade routes open" and opposed any unilateral action by member states.
EU agriculture ministers will discuss the market situation in Luxembourg later this month.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b110en01_eu_frontline_states_grain_deal_2023_05", "2023-05-01", EN01,
        [
            T("May 1, 2023", "DATE", "2023-05-01"),
            T("late Friday", "TIME", "2023-04-28TNI"),
            T("Tuesday", "DATE", "2023-05-02"),
            T("June 5", "DATE", "2023-06-05", 0),
            T("March", "DATE", "2023-03", 0),
            T("Saturday", "DATE", "2023-04-29"),
            T("the end of June", "DATE", "2023-06", mod="END"),
            T("mid-April", "DATE", "2023-04", mod="MID"),
            T("Sunday", "DATE", "2023-04-30"),
            T("June 5", "DATE", "2023-06-05", 1),
            T("March", "DATE", "2023-03", 1),
            T("last week", "DATE", "2023-W17"),
            T("May 18", "DATE", "2023-05-18"),
            T("the end of March", "DATE", "2023-03", mod="END"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Commission and five member states agree to lift unilateral bans on Ukrainian grain", "AGREE",
              ["European Union", "Poland"], "2023-04-28TNI", "text", "occurred", "reached an agreement late Friday"),
            E("EU safeguard measures on four Ukrainian crops to take effect", "SANCTION", ["European Union", "Ukraine"],
              "2023-05-02", "text", "planned", "The safeguard measures are set to take effect"),
            E("EU pledges 100 million euros for affected farmers", "AID", ["European Union", "Poland"],
              "2023-04-28TNI", "context", "occurred", "Brussels will also provide 100 million euros"),
            E("EU approved 56.3 million euros for farmers in March", "AID", ["European Union"], "2023-03", "text",
              "occurred", "Brussels will also provide 100 million euros"),
            E("Poland to lift its national ban once the EU measures are in force", "CONCEDE", ["Poland", "Ukraine"],
              "2023-05-02", "context", "planned", "Polish Agriculture Minister Robert Telus said Saturday"),
            E("Slovakia and Bulgaria halted imports of Ukrainian grain", "SANCTION", ["Ukraine"], "2023-04", "text",
              "occurred", "Slovakia and Bulgaria had also halted imports", date_mod="MID"),
            E("Solskyi calls the restrictions a violation of the association agreement", "ACCUSE",
              ["Ukraine", "European Union"], "2023-04-30", "text", "occurred", "Mykola Solskyi said Sunday"),
            E("Solskyi urges Brussels not to extend the restrictions beyond June 5", "REQUEST",
              ["Ukraine", "European Union"], "2023-04-30", "text", "occurred", "Mykola Solskyi said Sunday"),
            E("Peskov sees no grounds yet to extend the Black Sea grain deal", "REJECT", ["Dmitry Peskov"], "2023-W17",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said last week"),
            E("Commission may extend the measures after a review", "SANCTION", ["European Union", "Ukraine"],
              "FUTURE_REF", "vague", "uncertain", "Dombrovskis said the Commission would review"),
        ],
        [
            S("European Union", "Dombrovskis announces the deal: four crops may transit but not be sold in the five states",
              "2023-04-28TNI", "context", "Under the deal, announced by"),
            S("Poland", "Telus: Warsaw will lift its ban once the EU measures are in force; a success for Polish farmers",
              "2023-04-29", "text", "Polish Agriculture Minister Robert Telus said Saturday"),
            S("Ukraine", "Solskyi: the restrictions violate the association agreement and must not be extended",
              "2023-04-30", "text", "Mykola Solskyi said Sunday"),
            S("Dmitry Peskov", "Moscow sees no grounds yet to extend the Black Sea deal beyond May 18", "2023-W17",
              "text", "Kremlin spokesman Dmitry Peskov said last week"),
            S("United States", "USDA attaché: Polish wheat stocks about 4 million tons, twice the usual level",
              "2023-05-01", "published", "USDA's attaché in Warsaw"),
            S("European Union", "Dombrovskis: the Commission will review the measures and may extend them",
              "2023-05-01", "published", "Dombrovskis said the Commission would review"),
        ],
        ["European Union", "Poland", "Ukraine", "Dmitry Peskov", "Kremlin", "Russia", "United States"],
    ),
    doc(
        "b110en02_ukraine_slovakia_grain_licensing_2023_10", "2023-10-05", EN02,
        [
            T("Wednesday", "DATE", "2023-10-04"),
            T("the end of the year", "DATE", "2023", mod="END"),
            T("September 18", "DATE", "2023-09-18"),
            T("the same day", "DATE", "2023-09-18"),
            T("Thursday", "DATE", "2023-10-05"),
            T("October 15", "DATE", "2023-10-15"),
            T("mid-September", "DATE", "2023-09", mod="MID"),
            T("last week", "DATE", "2023-W39"),
            T("2022", "DATE", "2022"),
            T("almost nightly", "SET", "P1D", mod="APPROX"),
            T("July", "DATE", "2023-07"),
            T("August", "DATE", "2023-08"),
        ],
        [
            E("Ukraine and Slovakia agree to replace the Slovak ban with a licensing system", "AGREE", ["Ukraine"],
              "2023-10-04", "context", "occurred", "Ukraine and Slovakia have agreed",
              note="Slovakia is not canonical; the day of the agreement is not given"),
            E("Videoconference between Solskyi and his Slovak counterpart", "CONSULT", ["Ukraine"], "2023-10-04",
              "context", "occurred", "reached in a videoconference"),
            E("Slovakia expected to lift its ban by the end of the year", "CONCEDE", ["Ukraine"], "2023", "text",
              "planned", "The Slovak government is expected to lift", date_mod="END"),
            E("Kyiv to withdraw its WTO complaint against Slovakia", "CONCEDE", ["Ukraine"], "2023-10-05", "published",
              "planned", "In return, Kyiv will withdraw", note="no date given for the withdrawal"),
            E("Ukraine filed a WTO complaint against Slovakia", "ACCUSE", ["Ukraine"], "2023-09-18", "text",
              "occurred", "In return, Kyiv will withdraw"),
            E("Ukraine took Poland to the WTO", "ACCUSE", ["Ukraine", "Poland"], "2023-09-18", "text", "occurred",
              "No such deal is in sight"),
            E("Telus: Poland will keep its ban regardless of licenses", "REJECT", ["Poland", "Ukraine"], "2023-10-05",
              "text", "occurred", "regardless of any licenses"),
            E("Telus accuses Kyiv of insulting Polish farmers with the complaint", "ACCUSE", ["Poland", "Ukraine"],
              "2023-10-05", "text", "occurred", "regardless of any licenses"),
            E("Hungary extends its ban to 24 Ukrainian products", "SANCTION", ["Ukraine"], "2023-09", "text",
              "occurred", "Hungary's government extended", date_mod="MID"),
            E("Ukraine introduces an export verification mechanism for five neighbours", "CONCEDE", ["Ukraine"],
              "2023-W39", "text", "occurred", "export verification mechanism"),
            E("Ukraine offers Warsaw and Budapest the same arrangement", "REQUEST", ["Ukraine", "Poland"],
              "2023-10-05", "published", "occurred", "Taras Kachka, Ukraine's trade representative"),
            E("Commission welcomes the Ukrainian-Slovak agreement", "SUPPORT", ["European Union", "Ukraine"],
              "2023-10-05", "published", "occurred", "The European Commission welcomed"),
            E("Commission urges the other member states to follow", "REQUEST", ["European Union"], "2023-10-05",
              "published", "occurred", "The European Commission welcomed"),
            E("Russia quit the Black Sea Grain Initiative", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text",
              "occurred", "The bigger prize is transit"),
            E("Russian strikes on Danube ports since July", "ASSAULT", ["Russia", "Ukraine"], "2023-07", "text",
              "occurred", "The bigger prize is transit", date_mod="START"),
        ],
        [
            S("Ukraine", "Ukraine and Slovakia agreed to replace the ban with licensing", "2023-10-04", "text",
              "Ukraine and Slovakia have agreed"),
            S("Ukraine", "The Slovak government is expected to lift its ban by the end of the year", "2023-10-04",
              "context", "The Slovak government is expected to lift"),
            S("Poland", "Telus: Warsaw keeps its ban regardless of licenses; the complaint insults Polish farmers",
              "2023-10-05", "text", "regardless of any licenses"),
            S("Ukraine", "Kachka: the same arrangement was offered to Warsaw and Budapest; ready to talk at any level",
              "2023-10-05", "published", "Taras Kachka, Ukraine's trade representative"),
            S("European Union", "Welcomes the agreement and urges the other member states to follow", "2023-10-05",
              "published", "The European Commission welcomed"),
        ],
        ["Ukraine", "Poland", "European Union", "Russia"],
    ),
    doc(
        "b110en03_polish_carriers_suspend_blockade_2024_01", "2024-01-17", EN03,
        [
            T("Wednesday morning", "TIME", "2024-01-17TMO"),
            T("more than two months", "DURATION", "P2M", mod="MORE_THAN"),
            T("Tuesday evening", "TIME", "2024-01-16TEV"),
            T("March 1", "DATE", "2024-03-01"),
            T("Wednesday afternoon", "TIME", "2024-01-17TAF"),
            T("July 1", "DATE", "2024-07-01"),
            T("next week", "DATE", "2024-W04"),
            T("last Friday", "DATE", "2024-01-12"),
            T("December", "DATE", "2023-12", 0),
            T("the end of June 2025", "DATE", "2025-06", mod="END"),
            T("Wednesday", "DATE", "2024-01-17", 2),
            T("November 6", "DATE", "2023-11-06"),
            T("several days", "DURATION", "PXD"),
            T("December", "DATE", "2023-12", 1),
            T("next month", "DATE", "2024-02"),
        ],
        [
            E("Polish hauliers end their blockade of the Dorohusk crossing", "CONCEDE", ["Ukraine"], "2024-01-17TMO",
              "text", "occurred", "Polish hauliers ended their blockade",
              note="blockade by private Polish hauliers; Ukraine as the side blocked"),
            E("Hauliers and Infrastructure Minister Klimczak sign an agreement suspending the protest", "AGREE",
              ["Poland"], "2024-01-16TEV", "text", "occurred", "The deal, signed on Tuesday evening"),
            E("Warsaw to ask the Commission to exclude empty Ukrainian trucks and reintroduce permits", "REQUEST",
              ["Poland", "European Union", "Ukraine"], "2024-W04", "context", "planned",
              "Under the agreement, the government will ask"),
            E("Klimczak to raise the demands at the EU transport ministers' meeting", "CONSULT",
              ["Poland", "European Union"], "2024-W04", "text", "planned", "would raise them at the meeting"),
            E("Kubrakov welcomes the end of the blockade and thanks Tusk's government", "SUPPORT",
              ["Ukraine", "Donald Tusk", "Poland"], "2024-01-17", "published", "occurred",
              "Oleksandr Kubrakov welcomed"),
            E("Kyiv agreed with Warsaw to remove empty trucks from eCherha", "AGREE", ["Ukraine", "Poland"],
              "2024-01-12", "text", "occurred", "Kyiv had agreed with Warsaw last Friday"),
            E("EU-Ukraine road transport agreement extended to the end of June 2025", "AGREE",
              ["European Union", "Ukraine"], "2023-12", "text", "occurred", "The European Commission, however"),
            E("Commission refuses to reopen the road transport agreement", "REJECT", ["European Union", "Poland"],
              "2024-01-17", "context", "occurred", "The European Commission, however"),
            E("Polish hauliers' blockade began at three crossings", "COERCE", ["Ukraine"], "2023-11-06", "text",
              "occurred", "The blockade began on November 6", date_mod="START"),
            E("Slovak carriers blocked the Vyšné Nemecké crossing", "COERCE", ["Ukraine"], "2023-12", "text",
              "occurred", "Slovak carriers blocked"),
        ],
        [
            S("Poland", "Lublin voivodeship office: the queue shrank to about 600 trucks", "2024-01-17TAF", "text",
              "By Wednesday afternoon"),
            S("Poland", "Klimczak: the government took over the carriers' demands and will raise them in Brussels",
              "2024-01-17", "published", "Klimczak said the government"),
            S("Ukraine", "Kubrakov welcomes the end of the blockade and thanks Tusk's government", "2024-01-17",
              "published", "Oleksandr Kubrakov welcomed"),
            S("European Union", "The road transport agreement will not be reopened", "2024-01-17", "context",
              "The European Commission, however"),
            S("European Union", "The permit-free regime served both sides well; national measures not accepted",
              "2024-01-17", "text", "A Commission spokesperson said on Wednesday"),
            S("Ukraine", "Border guards: at least 30,000 trucks delayed, two drivers died", "2024-01-17", "published",
              "According to the Ukrainian State Border Guard Service"),
        ],
        ["Poland", "Ukraine", "European Union", "Donald Tusk"],
    ),
    doc(
        "b110en04_ukraine_atm_trilogue_deal_2024_03", "2024-03-21", EN04,
        [
            T("late Wednesday", "TIME", "2024-03-20TNI"),
            T("another year", "DURATION", "P1Y"),
            T("June 6", "DATE", "2024-06-06"),
            T("June 5, 2025", "DATE", "2025-06-05"),
            T("2022", "DATE", "2022"),
            T("2023", "DATE", "2023"),
            T("June", "DATE", "2024-06", 2),
            T("Thursday", "DATE", "2024-03-21"),
            T("a year", "SET", "P1Y"),
            T("September", "DATE", "2023-09"),
            T("March 28", "DATE", "2024-03-28"),
            T("next week", "DATE", "2024-W13"),
            T("April", "DATE", "2024-04"),
            T("May", "DATE", "2024-05"),
            T("Tuesday", "DATE", "2024-03-26"),
            T("January", "DATE", "2024-01"),
        ],
        [
            E("Parliament and Council reach a provisional deal on renewing Ukraine's trade measures", "AGREE",
              ["European Union", "Ukraine"], "2024-03-20TNI", "text", "occurred", "reached a provisional agreement"),
            E("Tariff-free access for Ukrainian exports extended from June 6", "AID", ["European Union", "Ukraine"],
              "2024-06-06", "text", "planned", "extends tariff-free access", date_mod="START"),
            E("France and Poland press for wheat and barley to be covered by the brake", "REQUEST",
              ["France", "Poland", "European Union"], "2024-03-20TNI", "context", "occurred",
              "France and Poland had pressed", note="during the negotiations that ended late Wednesday"),
            E("Commission and a majority of member states refuse to cover wheat and barley", "REJECT",
              ["European Union", "France", "Poland"], "2024-03-20TNI", "context", "occurred",
              "France and Poland had pressed"),
            E("Kachka: Kyiv will use all legal avenues to defend market access", "THREATEN",
              ["Ukraine", "European Union"], "2024-03-21", "text", "occurred", "Taras Kachka estimated on Thursday"),
            E("Ukraine's WTO complaints against Poland, Hungary and Slovakia", "ACCUSE", ["Ukraine", "Poland"],
              "2023-09", "text", "occurred", "Ukraine's WTO complaints against Poland"),
            E("Shmyhal and Tusk to discuss the dispute in Warsaw", "CONSULT", ["Ukraine", "Donald Tusk"],
              "2024-03-28", "text", "planned", "Prime Minister Denys Shmyhal is due"),
            E("Parliament's trade committee to vote on the deal", "AGREE", ["European Union", "Ukraine"], "2024-W13",
              "text", "planned", "Parliament's trade committee is expected"),
            E("Parliament's plenary to vote on the deal", "AGREE", ["European Union", "Ukraine"], "2024-04", "text",
              "planned", "Parliament's trade committee is expected"),
            E("Council to adopt the regulation", "AGREE", ["European Union", "Ukraine"], "2024-05", "text", "planned",
              "Parliament's trade committee is expected"),
            E("EU agriculture ministers meet", "CONSULT", ["European Union"], "2024-03-26", "text", "planned",
              "when agriculture ministers meet"),
            E("Commission proposes extending the ATMs for Moldova", "REQUEST", ["European Union"], "2024-01", "text",
              "occurred", "The Commission separately proposed"),
        ],
        [
            S("European Union", "Dombrovskis: the compromise balances support for Ukraine and protection of farmers",
              "2024-03-21", "published", "Trade Commissioner Valdis Dombrovskis said"),
            S("European Union", "Kalniete: Parliament accepted the wider brake to avoid a gap; unilateral bans illegal",
              "2024-03-21", "published", "Rapporteur Sandra Kalniete"),
            S("Ukraine", "Kachka: the brake will cost about 330 million euros a year; Kyiv will use all legal avenues",
              "2024-03-21", "text", "Taras Kachka estimated on Thursday"),
        ],
        ["European Union", "Ukraine", "France", "Poland", "Donald Tusk"],
    ),
    doc(
        "b110en05_uk_extends_ukraine_tariff_free_trade_2025_02", "2025-02-20", EN05,
        [
            T("2029", "DATE", "2029", 0),
            T("March 2029", "DATE", "2029-03"),
            T("Thursday", "DATE", "2025-02-20", 0),
            T("May 2022", "DATE", "2022-05"),
            T("two years", "DURATION", "P2Y"),
            T("early 2024", "DATE", "2024", mod="START"),
            T("100-year", "DURATION", "P100Y"),
            T("January", "DATE", "2025-01", 0),
            T("2022", "DATE", "2022", 1),
            T("last year", "DATE", "2024", 0),
            T("June 5", "DATE", "2025-06-05"),
            T("last year", "DATE", "2024", 1),
            T("Thursday", "DATE", "2025-02-20", 1),
            T("2024", "DATE", "2024", 1),
            T("January", "DATE", "2025-01", 1),
            T("next month", "DATE", "2025-03"),
        ],
        [
            E("UK extends tariff-free access for Ukrainian goods until March 2029", "AID",
              ["United Kingdom", "Ukraine"], "2025-02-20", "text", "occurred", "The UK government has extended"),
            E("UK-Ukraine trade liberalisation first agreed", "AGREE", ["United Kingdom", "Ukraine"], "2022-05",
              "text", "occurred", "The decision prolongs a liberalisation"),
            E("Liberalisation renewed for two years", "AGREE", ["United Kingdom", "Ukraine"], "2024", "text",
              "occurred", "The decision prolongs a liberalisation", date_mod="START"),
            E("Starmer and Zelensky sign the 100-year partnership in Kyiv", "AGREE",
              ["Keir Starmer", "Volodymyr Zelensky"], "2025-01", "text", "occurred", "the 100-year partnership"),
            E("Starmer visits Zelensky in Kyiv", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2025-01", "text",
              "occurred", "the 100-year partnership"),
            E("EU negotiates a permanent replacement for the trade measures with Ukraine", "CONSULT",
              ["European Union", "Ukraine"], "2025-02-20", "published", "occurred",
              "Brussels is negotiating a permanent replacement"),
            E("EU applies automatic quotas to Ukrainian eggs, sugar and oats", "SANCTION",
              ["European Union", "Ukraine"], "2024", "text", "occurred", "Since last year the EU", date_mod="START"),
            E("Poland still bans Ukrainian grain", "SANCTION", ["Poland", "Ukraine"], "2025-02-20", "published",
              "occurred", "Since last year the EU"),
            E("Svyrydenko thanks London for the extension", "SUPPORT", ["Ukraine", "United Kingdom"], "2025-02-20",
              "text", "occurred", "Yulia Svyrydenko thanked London"),
            E("Svyrydenko urges the Europeans not to return to pre-war quotas", "REQUEST",
              ["Ukraine", "European Union"], "2025-02-20", "text", "occurred", "Yulia Svyrydenko thanked London"),
            E("Peskov dismisses the partnership as an attempt to pull Ukraine away from Russia", "ACCUSE",
              ["Dmitry Peskov", "United Kingdom", "Ukraine"], "2025-01", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov dismissed"),
        ],
        [
            S("United Kingdom", "Department for Business and Trade confirms the extension to March 2029", "2025-02-20",
              "text", "The UK government has extended"),
            S("United Kingdom", "Alexander: the move helps Ukraine keep its economy going while it defends itself",
              "2025-02-20", "context", "Trade policy minister Douglas Alexander"),
            S("United Kingdom", "Defra is monitoring the market and can act if there is clear evidence of harm",
              "2025-02-20", "published", "Defra said it was monitoring"),
            S("Ukraine", "Svyrydenko thanks London and urges Europeans not to fall back to pre-war quotas",
              "2025-02-20", "text", "Yulia Svyrydenko thanked London"),
            S("Dmitry Peskov", "The partnership is an attempt to drag Ukraine further away from Russia", "2025-01",
              "text", "Kremlin spokesman Dmitry Peskov dismissed"),
        ],
        ["United Kingdom", "Ukraine", "Russia", "Keir Starmer", "Volodymyr Zelensky", "European Union", "Poland",
         "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b110en06_eu_extends_grain_curbs_september_2023_06", "2023-06-06", EN06,
        [
            T("September 15", "DATE", "2023-09-15", 0),
            T("September 15", "DATE", "2023-09-15", 1),
            T("Monday", "DATE", "2023-06-05", 0),
            T("Monday evening", "TIME", "2023-06-05TEV"),
            T("a further year", "DURATION", "P1Y"),
            T("today", "DATE", "2023-06-06"),
            T("Tuesday", "DATE", "2023-06-06"),
            T("September 15", "DATE", "2023-09-15", 2),
            T("Monday", "DATE", "2023-06-05", 2),
            T("Overnight", "TIME", "2023-06-05TNI", note="night to Tuesday 6 June 2023"),
            T("May", "DATE", "2023-05"),
            T("2022", "DATE", "2022"),
            T("this month", "DATE", "2023-06"),
        ],
        [
            E("Commission extends the restrictions on four Ukrainian crops in five member states until 15 September",
              "SANCTION", ["European Union", "Ukraine"], "2023-06-05", "context", "occurred",
              "The European Commission has extended the restrictions"),
            E("EU renews the suspension of tariffs and quotas on Ukrainian imports for a further year", "AID",
              ["European Union", "Ukraine"], "2023-06-06", "text", "occurred", "renewed for a further year",
              date_mod="START"),
            E("Solskyi criticises the extension as contrary to the association agreement", "ACCUSE",
              ["Ukraine", "European Union"], "2023-06-06", "text", "occurred", "Mykola Solskyi said on Tuesday"),
            E("Solskyi demands the curbs end no later than 15 September", "REQUEST", ["Ukraine", "European Union"],
              "2023-06-06", "text", "occurred", "Mykola Solskyi said on Tuesday"),
            E("Zelensky-von der Leyen phone call on the grain curbs", "CONSULT",
              ["Volodymyr Zelensky", "Ursula von der Leyen"], "2023-06-05", "text", "occurred",
              "discussed the issue in a call"),
            E("Kyiv blames Russian forces for the destruction of the Kakhovka dam", "ACCUSE", ["Ukraine", "Russia"],
              "2023-06-06", "published", "occurred", "the Kakhovka dam on the Dnipro was destroyed"),
            E("The Kremlin blames Ukraine for the destruction of the dam", "ACCUSE", ["Kremlin", "Ukraine"],
              "2023-06-06", "published", "occurred", "the Kakhovka dam on the Dnipro was destroyed"),
            E("Telus welcomes the extension", "SUPPORT", ["Poland", "European Union"], "2023-06-06", "published",
              "occurred", "Robert Telus welcomed the extension"),
            E("Telus: Warsaw will press for flour and honey to be added", "REQUEST", ["Poland", "European Union"],
              "2023-06-06", "published", "occurred", "Robert Telus welcomed the extension"),
            E("The five countries threatened to reimpose unilateral bans if the measures lapsed", "THREATEN",
              ["Poland", "European Union"], "2023-05", "text", "occurred", "The five countries had threatened"),
            E("EU agriculture ministers to discuss the market situation in Luxembourg", "CONSULT", ["European Union"],
              "2023-06", "text", "planned", "EU agriculture ministers will discuss"),
        ],
        [
            S("European Union", "Dombrovskis: an exceptional step; measures will be lifted once the market allows",
              "2023-06-05TEV", "text", "said on Monday evening"),
            S("Ukraine", "Solskyi: contrary to the association agreement; the curbs must end by 15 September",
              "2023-06-06", "text", "Mykola Solskyi said on Tuesday"),
            S("Ukraine", "Russian forces destroyed the Kakhovka dam", "2023-06-06", "published",
              "the Kakhovka dam on the Dnipro was destroyed"),
            S("Kremlin", "Ukraine destroyed the Kakhovka dam", "2023-06-06", "published",
              "the Kakhovka dam on the Dnipro was destroyed"),
            S("Poland", "Telus welcomes the extension and will press for more products", "2023-06-06", "published",
              "Robert Telus welcomed the extension"),
        ],
        ["European Union", "Ukraine", "Volodymyr Zelensky", "Ursula von der Leyen", "Russia", "Kremlin", "Poland"],
    ),
]
