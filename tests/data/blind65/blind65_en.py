"""English articles of the blind65 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b65en01 (Power Technology)
EN01 = """
IAEA chief meets Rosatom in Kaliningrad after Chernobyl handover

International Atomic Energy Agency (IAEA) director general Rafael Grossi held talks with senior Russian officials in Kaliningrad on Friday, a day after Russian forces pulled out of the Chernobyl nuclear site in northern Ukraine.
The meeting, which included Rosatom chief executive Alexey Likhachev, focused on the safety of Ukraine's nuclear facilities, the IAEA said in a statement.
Grossi told reporters afterwards that he had asked for guarantees that IAEA experts could travel to the Zaporizhzhia plant, which Russian troops seized in early March.

The Kaliningrad visit came at the end of a three-day trip to Ukraine.
On Wednesday, Grossi visited the South Ukraine nuclear power plant in the Mykolaiv region, where he met Ukrainian officials and plant management and promised the delivery of radiation monitoring equipment.
Ukrainian state operator Energoatom said on Thursday that Russian troops had left Chernobyl and the nearby town of Slavutych, handing control of the site back to Ukrainian staff after more than a month of occupation.
According to Energoatom, soldiers who had dug trenches in the contaminated Red Forest received "significant doses" of radiation.
The IAEA said it could not yet confirm those reports and would send a mission to Chernobyl "in the coming days".

Ukraine's energy minister Herman Halushchenko criticised the Kaliningrad talks, saying the agency should be demanding Russia's withdrawal from Ukrainian nuclear sites rather than negotiating with Rosatom.
Kremlin spokesman Dmitry Peskov said Moscow valued its contacts with the IAEA and accused Kyiv of spreading "provocative fakes" about radiation exposure.

The diplomatic track on the wider war also moved this week.
At talks in Istanbul on Tuesday, Russia's deputy defence minister announced a sharp reduction in military activity around Kyiv and Chernihiv, while Ukraine's delegation put forward proposals for a neutral status backed by security guarantees.
President Volodymyr Zelensky said on Thursday night that he saw no reason to trust Russian promises, as shelling continued around Chernihiv.

Before the invasion, Ukraine's four operating nuclear plants and their 15 reactors supplied about half of the country's electricity.
"""

# ---------------------------------------------------------------- b65en02 (The Boston Globe)
EN02 = """
Last reactor at Europe's largest nuclear plant shut down as Macron presses Putin

KYIV — Ukraine's state nuclear operator shut down the last working reactor at the Russian-occupied Zaporizhzhia plant on Sunday, saying it was the safest option after the facility had spent days cut off from the outside grid.
Energoatom said a backup power line had been restored late Saturday, allowing engineers to move reactor No. 6 into a cold shutdown, in which it needs less power to keep its fuel cool.
The International Atomic Energy Agency, which has kept two inspectors at the site since its mission arrived this month, welcomed the step.

In a nearly two-hour phone call on Sunday, French President Emmanuel Macron urged Russian President Vladimir Putin to withdraw heavy weapons from the plant, according to the Elysée Palace.
Macron also backed the IAEA's proposal for a security zone around the facility and asked that Russia allow the agency's experts to do their work.
The Kremlin's account of the call said Putin blamed Ukrainian forces for "systematic" shelling of the site and pledged to keep cooperating with the agency.
It was the first conversation between the two leaders since Aug. 19, when they discussed the plant's safety.

Hours after the call, Russian missiles slammed into a thermal power station in Kharkiv and other energy facilities in the east, leaving much of the Kharkiv, Poltava and Sumy regions without power on Sunday evening.
President Volodymyr Zelensky called the attacks "deliberate and cynical" and said Moscow was punishing civilians for the army's defeats on the battlefield.
Ukrainian forces have retaken more than 1,150 square miles in the Kharkiv region since the start of the month, according to Kyiv.

The IAEA's 35-nation Board of Governors opened its quarterly meeting in Vienna on Monday.
Director general Rafael Grossi told the board that consultations on a protection zone had begun with both Kyiv and Moscow and that he hoped to reach an agreement "soon."
Russia's envoy to the agency, Mikhail Ulyanov, said Moscow was ready to discuss the idea but would not accept any demilitarization of the site.

Secretary of State Antony Blinken is expected to announce further security assistance for Ukraine this week, according to two officials.
In Boston, members of the Ukrainian community gathered on Sunday at the State House to mark the war's 200th day and to ask for more air defense systems.
"""

# ---------------------------------------------------------------- b65en03 (The Mainichi)
EN03 = """
Zaporizhzhia plant loses outside power for 6th time as Russia fires hypersonic missiles

TOKYO/VIENNA -- The Russian-occupied Zaporizhzhia nuclear power plant in southern Ukraine was cut off from external power for several hours on Thursday after a massive Russian missile barrage struck energy infrastructure across the country.
The plant, Europe's largest, relied on 18 diesel generators to cool its six reactors until a power line was reconnected in the evening, Ukraine's state nuclear operator Energoatom said.
It was the sixth such blackout since Russian forces seized the facility in March last year.

"Each time we are rolling a dice. And if we allow this to continue time after time, then one day our luck will run out," International Atomic Energy Agency Director General Rafael Grossi told the agency's Board of Governors in Vienna on Thursday.
Grossi said he was "astonished by the complacency" of member states and urged Russia and Ukraine to commit to protecting the plant.
He said he planned to visit the facility again in the coming weeks and would also hold talks with Russian officials.

Ukrainian authorities said Russia fired 81 missiles overnight, including six Kinzhal hypersonic missiles, killing at least 11 people.
President Volodymyr Zelensky called the attack a "miserable tactic" and vowed that Russia would be held accountable.
Russia's Defense Ministry said the strikes were retaliation for an incursion into the Bryansk region last week, which it blamed on Ukrainian "saboteurs."
Kyiv has denied involvement in the incursion.

In Tokyo, Foreign Minister Yoshimasa Hayashi told reporters on Friday that Japan "strongly condemns" attacks on nuclear facilities and would provide additional generators and transformers to help Ukraine through the winter.
Japan, which holds the presidency of the Group of Seven this year, has delivered more than 500 power generators to Ukraine since December.
Memories of the 2011 Fukushima disaster have made the safety of the Ukrainian plant a matter of particular concern in Japan.

The U.S. State Department said it supported Grossi's efforts and called on Moscow to return the facility to Ukrainian control.
"""

# ---------------------------------------------------------------- b65en04 (National Post)
EN04 = """
IAEA chief crosses front line to Zaporizhzhia as attacks on Ukraine's grid intensify

Rafael Grossi, the head of the United Nations nuclear watchdog, crossed the front line on Wednesday to visit the Russian-occupied Zaporizhzhia nuclear plant, warning that the safety situation there was "very fragile."
Speaking to reporters at the site, Grossi said a drone strike had damaged a road outside the plant's perimeter just days before his arrival, and that last month's fire in one of its cooling towers had left the structure "seriously damaged."
It was his fifth trip to the plant since the International Atomic Energy Agency set up a permanent presence there in September 2022.

On Tuesday, Grossi toured the Khmelnytskyi nuclear plant in western Ukraine and an electrical substation that supplies it, which he said had been repeatedly targeted.
Ukrainian officials asked him to push for an independent assessment of Russia's attacks on substations, which they say are designed to cut Ukraine's nuclear plants off from the grid.
Grossi promised to send IAEA experts to inspect key substations in the coming weeks.

Russia's state nuclear corporation, Rosatom, said its chief executive Alexey Likhachev had met Grossi at the plant and had pressed him to condemn what Moscow calls Ukrainian drone attacks on the facility.
Kyiv has dismissed those claims as staged.

The visit came amid a wave of deadly Russian strikes.
A missile attack on a military academy and a nearby hospital in Poltava killed at least 51 people on Tuesday, and seven people died when missiles and drones hit Lviv on Wednesday morning.
President Volodymyr Zelensky renewed his plea for permission to use Western long-range weapons against Russian airfields, saying "air defence alone will not stop this terror."

In Kyiv, parliament on Thursday appointed Andrii Sybiha as foreign minister, a day after Dmytro Kuleba resigned in the biggest government shake-up since the full-scale invasion.
Sybiha, a career diplomat who served as Zelensky's deputy chief of staff, is expected to travel to Brussels next week.

Foreign Affairs Minister Mélanie Joly said Canada would contribute $5 million to an IAEA fund for nuclear safety in Ukraine.
"Ottawa has been clear that Russia's occupation of Zaporizhzhia is a direct threat to all of us," Joly said in a statement on Wednesday.
"""

# ---------------------------------------------------------------- b65en05 (Energy Voice)
EN05 = """
Zaporizhzhia on diesel as longest blackout tests IAEA diplomacy

The Zaporizhzhia nuclear power plant has been running on emergency diesel generators since Tuesday afternoon, when its last remaining external power line was cut, in what has become the longest loss of off-site power at the Russian-held station since the war began.
It is the tenth such blackout at Europe's largest nuclear facility, according to the International Atomic Energy Agency (IAEA).
The six reactors have been in cold shutdown for three years, but still require electricity to cool their fuel and spent fuel pools.

IAEA director general Rafael Grossi said on Thursday that he was in contact with both sides to arrange repairs, stressing that the plant's diesel reserves would last "at least ten days".
"This is not sustainable, nuclear safety cannot depend on a handful of generators," Grossi said.

Russia's state nuclear firm Rosatom blamed Ukrainian shelling for the damage to the 750-kilovolt Dniprovska line.
Its chief executive, Alexey Likhachev, said repair crews would be sent as soon as Kyiv guaranteed their safety.
Ukraine's foreign minister Andrii Sybiha accused Moscow of deliberately isolating the plant in order to connect it to the Russian-controlled grid in occupied territory, which he called "a blatant theft".
Addressing the UN General Assembly on Wednesday, President Volodymyr Zelensky urged world leaders to force Russia to hand the plant back before "the next accident".

Meanwhile, attacks on both countries' energy systems have intensified over the past month.
Ukrainian drones struck the Bashneft refinery in Ufa early on Thursday, the latest in a campaign that has knocked out an estimated 17% of Russia's refining capacity.
Russian missiles and drones hit gas production sites in the Poltava region overnight, state energy company Naftogaz said.

UK Prime Minister Keir Starmer, speaking in London on Thursday, called on Moscow to allow "immediate and unconditional" repairs and said Britain would fund additional IAEA monitoring.
Kremlin spokesman Dmitry Peskov said on Friday that Russian specialists were "ensuring the safety of the plant" and that the IAEA should direct its appeals to Kyiv.

Analysts note that the standoff comes as European gas storage stands at around 83% ahead of the heating season.
"""

# ---------------------------------------------------------------- b65en06 (The Express Tribune)
EN06 = """
IAEA conference backs Ukraine nuclear safety resolution as Russia walks out

VIENNA: Member states of the International Atomic Energy Agency (IAEA) adopted a resolution on Friday calling on Russia to withdraw its personnel from the Zaporizhzhia nuclear power plant and return it to Ukraine's "full control", at the close of the agency's five-day General Conference.
The text passed with 71 votes in favour and 11 against, with 46 abstentions, among them Pakistan.
Russia's delegation left the hall before the vote, calling the resolution "politicised" and "legally void".

Speaking after the vote, Director General Rafael Grossi said he would travel to Moscow and Kyiv next month to present a proposal for a "nuclear safety pause" over the winter.
Under the plan, both sides would refrain until the end of March from striking electrical substations that supply Ukraine's nuclear plants, with IAEA experts monitoring compliance.
"We cannot go into this winter hoping for luck," Grossi said.

Ukraine's foreign minister Andrii Sybiha, who attended the opening session on Monday, welcomed the outcome and thanked countries that had "stood up for nuclear safety".
He urged the agency's Board of Governors to consider suspending Russia's participation in technical cooperation programmes.
Russian foreign ministry spokeswoman Maria Zakharova said in Moscow that the West was turning the IAEA into "an instrument of pressure" and warned that Russia would review its cooperation with the agency's inspectors.

The United States and the European Union co-sponsored the resolution.
In a statement, EU foreign policy chief Kaja Kallas said Russia's "reckless occupation" of the plant had to end.
China voted against, with its delegate saying the text would "not help de-escalation".

Pakistan's permanent representative in Vienna told the conference on Wednesday that Islamabad supported "dialogue-based solutions" and that nuclear facilities must never be targeted.
Pakistan has abstained on all previous resolutions on the plant since 2022.
Separately, Pakistan and the IAEA signed an agreement on Thursday on the safety review of the Chashma-5 reactor, which is being built with Chinese assistance and is due online by 2030.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b65en01_grossi_kaliningrad_chernobyl_2022_04", "2022-04-01", EN01,
        [
            T("Friday", "DATE", "2022-04-01"),
            T("early March", "DATE", "2022-03", mod="START"),
            T("three-day", "DURATION", "P3D"),
            T("Wednesday", "DATE", "2022-03-30"),
            T("Thursday", "DATE", "2022-03-31", 0),
            T("more than a month", "DURATION", "P1M", mod="MORE_THAN"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("this week", "DATE", "2022-W13"),
            T("Tuesday", "DATE", "2022-03-29"),
            T("Thursday night", "TIME", "2022-03-31TNI"),
        ],
        [
            E("Grossi holds talks with Russian officials including Likhachev in Kaliningrad", "CONSULT",
              ["IAEA", "Russia"], "2022-04-01", "text", "occurred", "held talks with senior Russian officials"),
            E("Grossi asks for guarantees that IAEA experts can travel to Zaporizhzhia", "REQUEST", ["IAEA", "Russia"],
              "2022-04-01", "context", "occurred", "asked for guarantees"),
            E("Russian troops seize the Zaporizhzhia plant", "COERCE", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "asked for guarantees", date_mod="START"),
            E("Grossi visits the South Ukraine nuclear plant and meets Ukrainian officials", "CONSULT",
              ["IAEA", "Ukraine"], "2022-03-30", "text", "occurred", "On Wednesday, Grossi visited"),
            E("Grossi promises radiation monitoring equipment", "AID", ["IAEA", "Ukraine"], "2022-03-30", "context",
              "planned", "On Wednesday, Grossi visited"),
            E("Russian troops leave Chernobyl and Slavutych", "RETREAT", ["Russia", "Ukraine"], "2022-03-31",
              "context", "occurred", "Russian troops had left Chernobyl"),
            E("IAEA to send a mission to Chernobyl", "CONSULT", ["IAEA", "Ukraine"], "FUTURE_REF", "vague", "planned",
              "would send a mission to Chernobyl"),
            E("Ukraine's energy minister criticises the IAEA's talks with Rosatom", "ACCUSE", ["Ukraine", "IAEA"],
              "2022-04-01", "published", "occurred", "Herman Halushchenko criticised"),
            E("Peskov: Moscow values its contacts with the IAEA", "SUPPORT", ["Dmitry Peskov", "IAEA"], "2022-04-01",
              "published", "occurred", "Moscow valued its contacts"),
            E("Peskov accuses Kyiv of spreading provocative fakes", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2022-04-01", "published", "occurred", "Moscow valued its contacts"),
            E("Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2022-03-29", "text", "occurred",
              "At talks in Istanbul on Tuesday"),
            E("Russia announces a sharp reduction of military activity around Kyiv and Chernihiv", "RETREAT",
              ["Russia", "Ukraine"], "2022-03-29", "context", "occurred", "At talks in Istanbul on Tuesday"),
            E("Ukraine proposes neutral status with security guarantees", "REQUEST", ["Ukraine", "Russia"],
              "2022-03-29", "context", "occurred", "At talks in Istanbul on Tuesday"),
            E("Russian shelling continues around Chernihiv", "ASSAULT", ["Russia", "Ukraine"], "2022-03-31TNI",
              "context", "occurred", "President Volodymyr Zelensky said on Thursday night"),
        ],
        [
            S("IAEA", "The Kaliningrad meeting focused on the safety of Ukraine's nuclear facilities", "2022-04-01",
              "context", "focused on the safety"),
            S("IAEA", "Grossi asked for guarantees that experts can travel to Zaporizhzhia", "2022-04-01", "context",
              "asked for guarantees"),
            S("Ukraine", "Energoatom: Russian troops left Chernobyl and Slavutych", "2022-03-31", "text",
              "Russian troops had left Chernobyl"),
            S("Ukraine", "Energoatom: soldiers who dug trenches received significant radiation doses", "2022-03-31",
              "context", "significant doses"),
            S("IAEA", "Cannot confirm the reports yet; will send a mission to Chernobyl in the coming days",
              "2022-04-01", "published", "would send a mission to Chernobyl"),
            S("Ukraine", "Energy minister: the IAEA should demand Russia's withdrawal instead of negotiating with "
              "Rosatom", "2022-04-01", "published", "Herman Halushchenko criticised"),
            S("Dmitry Peskov", "Moscow values its IAEA contacts; Kyiv spreads provocative fakes", "2022-04-01",
              "published", "Moscow valued its contacts"),
            S("Volodymyr Zelensky", "Sees no reason to trust Russian promises", "2022-03-31TNI", "text",
              "President Volodymyr Zelensky said on Thursday night"),
        ],
        ["IAEA", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b65en02_zaporizhzhia_cold_shutdown_2022_09", "2022-09-12", EN02,
        [
            T("Sunday", "DATE", "2022-09-11", 0),
            T("days", "DURATION", "PXD"),
            T("late Saturday", "TIME", "2022-09-10TNI"),
            T("this month", "DATE", "2022-09"),
            T("nearly two-hour", "DURATION", "PT2H", mod="APPROX"),
            T("Sunday", "DATE", "2022-09-11", 1),
            T("Aug. 19", "DATE", "2022-08-19"),
            T("Sunday evening", "TIME", "2022-09-11TEV"),
            T("the start of the month", "DATE", "2022-09", mod="START"),
            T("quarterly", "SET", "P3M"),
            T("Monday", "DATE", "2022-09-12"),
            T("soon", "DATE", "FUTURE_REF"),
            T("this week", "DATE", "2022-W37"),
            T("Sunday", "DATE", "2022-09-11", 3),
        ],
        [
            E("IAEA welcomes the cold shutdown of the last reactor", "SUPPORT", ["IAEA", "Ukraine"], "2022-09-12",
              "published", "occurred", "welcomed the step"),
            E("IAEA inspectors present at the plant since the mission arrived", "CONSULT", ["IAEA"], "2022-09",
              "text", "occurred", "welcomed the step", date_mod="START"),
            E("Macron–Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-09-11", "text",
              "occurred", "In a nearly two-hour phone call"),
            E("Macron urges Putin to withdraw heavy weapons from the plant", "REQUEST",
              ["Emmanuel Macron", "Vladimir Putin"], "2022-09-11", "context", "occurred",
              "In a nearly two-hour phone call"),
            E("Macron backs the IAEA's security-zone proposal", "SUPPORT", ["Emmanuel Macron", "IAEA"], "2022-09-11",
              "context", "occurred", "Macron also backed"),
            E("Macron asks Russia to let the IAEA experts work", "REQUEST", ["Emmanuel Macron", "Russia"],
              "2022-09-11", "context", "occurred", "Macron also backed"),
            E("Putin blames Ukrainian forces for shelling the plant", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2022-09-11", "context", "occurred", "The Kremlin's account of the call"),
            E("Putin pledges to keep cooperating with the IAEA", "AGREE", ["Vladimir Putin", "IAEA"], "2022-09-11",
              "context", "occurred", "The Kremlin's account of the call"),
            E("Earlier Macron–Putin call on the plant's safety", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
              "2022-08-19", "text", "occurred", "since Aug. 19"),
            E("Russian missiles hit a Kharkiv power station and energy facilities in the east", "ASSAULT",
              ["Russia", "Ukraine"], "2022-09-11TEV", "text", "occurred", "Russian missiles slammed"),
            E("Zelensky accuses Moscow of punishing civilians", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-09-11", "context", "occurred", "deliberate and cynical"),
            E("Ukrainian counter-offensive retakes territory in the Kharkiv region", "ASSAULT", ["Ukraine", "Russia"],
              "2022-09", "text", "occurred", "Ukrainian forces have retaken", date_mod="START"),
            E("IAEA Board of Governors opens its quarterly meeting", "CONSULT", ["IAEA"], "2022-09-12", "text",
              "occurred", "Board of Governors opened"),
            E("IAEA consultations with Kyiv and Moscow on a protection zone", "CONSULT", ["IAEA", "Ukraine", "Russia"],
              "2022-09-12", "context", "occurred", "consultations on a protection zone",
              note="begun before; reported to the board on 12 September"),
            E("Ulyanov: Moscow ready to discuss a protection zone", "AGREE", ["Russia", "IAEA"], "2022-09-12",
              "context", "occurred", "Mikhail Ulyanov, said"),
            E("Ulyanov rejects any demilitarisation of the site", "REJECT", ["Russia", "IAEA"], "2022-09-12",
              "context", "occurred", "Mikhail Ulyanov, said"),
            E("Blinken to announce further security assistance for Ukraine", "AID", ["Antony Blinken", "Ukraine"],
              "2022-W37", "text", "planned", "Secretary of State Antony Blinken"),
        ],
        [
            S("Ukraine", "Energoatom: shutting down the last reactor was the safest option", "2022-09-11", "text",
              "shut down the last working reactor"),
            S("Ukraine", "Energoatom: a backup line was restored late Saturday, allowing a cold shutdown",
              "2022-09-12", "published", "Energoatom said a backup power line"),
            S("IAEA", "Welcomes the cold shutdown", "2022-09-12", "published", "welcomed the step"),
            S("Emmanuel Macron, via France", "Russia must withdraw heavy weapons from the plant", "2022-09-11",
              "text", "In a nearly two-hour phone call"),
            S("Emmanuel Macron, via France", "Supports the IAEA's security zone; Russia must let the experts work",
              "2022-09-11", "context", "Macron also backed"),
            S("Vladimir Putin, via Kremlin", "Ukrainian forces shell the plant systematically; Russia will keep "
              "cooperating with the IAEA", "2022-09-11", "context", "The Kremlin's account of the call"),
            S("Volodymyr Zelensky", "The strikes are deliberate and cynical; Moscow punishes civilians for its defeats",
              "2022-09-11", "context", "deliberate and cynical"),
            S("Ukraine", "More than 1,150 square miles retaken since the start of the month", "2022-09-12",
              "published", "Ukrainian forces have retaken"),
            S("IAEA", "Grossi: consultations on a protection zone have begun; hopes for agreement soon", "2022-09-12",
              "context", "consultations on a protection zone"),
            S("Russia", "Ulyanov: ready to discuss the idea, but no demilitarisation of the site", "2022-09-12",
              "context", "Mikhail Ulyanov, said"),
        ],
        ["Ukraine", "Russia", "IAEA", "Emmanuel Macron", "France", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky",
         "Antony Blinken"],
    ),
    doc(
        "b65en03_sixth_blackout_kinzhal_2023_03", "2023-03-10", EN03,
        [
            T("several hours", "DURATION", "PXH"),
            T("Thursday", "DATE", "2023-03-09", 0),
            T("the evening", "TIME", "2023-03-09TEV"),
            T("March last year", "DATE", "2022-03"),
            T("Thursday", "DATE", "2023-03-09", 1),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("overnight", "TIME", "2023-03-08TNI", note="night of 8 to 9 March"),
            T("last week", "DATE", "2023-W09"),
            T("Friday", "DATE", "2023-03-10"),
            T("the winter", "DATE", "2022-WI"),
            T("this year", "DATE", "2023"),
            T("December", "DATE", "2022-12"),
            T("2011", "DATE", "2011"),
        ],
        [
            E("Russian forces seize the Zaporizhzhia plant", "COERCE", ["Russia", "Ukraine"], "2022-03", "text",
              "occurred", "since Russian forces seized the facility"),
            E("Grossi addresses the IAEA Board of Governors", "CONSULT", ["IAEA"], "2023-03-09", "text", "occurred",
              "Each time we are rolling a dice"),
            E("Grossi criticises member states' complacency", "ACCUSE", ["IAEA"], "2023-03-09", "context",
              "occurred", "astonished by the complacency"),
            E("Grossi urges Russia and Ukraine to commit to protecting the plant", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2023-03-09", "context", "occurred", "astonished by the complacency"),
            E("Grossi plans another visit to the plant", "CONSULT", ["IAEA"], "FUTURE_REF", "vague", "planned",
              "He said he planned to visit"),
            E("Grossi plans talks with Russian officials", "CONSULT", ["IAEA", "Russia"], "FUTURE_REF", "vague",
              "planned", "He said he planned to visit"),
            E("Russia fires 81 missiles including six Kinzhals at Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2023-03-08TNI", "text", "occurred", "Russia fired 81 missiles overnight"),
            E("Zelensky calls the attack a miserable tactic", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2023-03-10",
              "published", "occurred", "miserable tactic"),
            E("Zelensky vows Russia will be held accountable", "THREATEN", ["Volodymyr Zelensky", "Russia"],
              "2023-03-10", "published", "occurred", "miserable tactic"),
            E("Russia blames the Bryansk incursion on Ukrainian saboteurs", "ACCUSE", ["Russia", "Ukraine"],
              "2023-03-10", "published", "occurred", "Russia's Defense Ministry said"),
            E("Kyiv denies involvement in the incursion", "REJECT", ["Ukraine", "Russia"], "2023-03-10", "published",
              "occurred", "Kyiv has denied involvement"),
            E("Japan condemns attacks on nuclear facilities", "ACCUSE", ["Russia"], "2023-03-10", "text", "occurred",
              "Yoshimasa Hayashi told reporters"),
            E("Japan to provide additional generators and transformers to Ukraine", "AID", ["Ukraine"], "2023-03-10",
              "context", "planned", "Yoshimasa Hayashi told reporters"),
            E("Japan has delivered more than 500 generators to Ukraine", "AID", ["Ukraine"], "2022-12", "text",
              "occurred", "has delivered more than 500 power generators", date_mod="START"),
            E("US supports Grossi's efforts", "SUPPORT", ["United States", "IAEA"], "2023-03-10", "published",
              "occurred", "The U.S. State Department said"),
            E("US calls on Moscow to return the plant to Ukraine", "REQUEST", ["United States", "Russia"],
              "2023-03-10", "published", "occurred", "The U.S. State Department said"),
        ],
        [
            S("Ukraine", "Energoatom: 18 diesel generators cooled the reactors until power was restored",
              "2023-03-10", "published", "relied on 18 diesel generators"),
            S("IAEA", "Grossi: each time we are rolling a dice; one day our luck will run out", "2023-03-09", "text",
              "Each time we are rolling a dice"),
            S("IAEA", "Grossi is astonished by the complacency and urges both sides to protect the plant",
              "2023-03-09", "context", "astonished by the complacency"),
            S("IAEA", "Grossi plans another visit and talks with Russian officials", "2023-03-09", "context",
              "He said he planned to visit"),
            S("Ukraine", "Russia fired 81 missiles, including six Kinzhals, killing at least 11", "2023-03-10",
              "published", "Russia fired 81 missiles overnight"),
            S("Volodymyr Zelensky", "A miserable tactic; Russia will be held accountable", "2023-03-10", "published",
              "miserable tactic"),
            S("Russia", "Defence ministry: the strikes were retaliation for the Bryansk incursion by Ukrainian "
              "saboteurs", "2023-03-10", "published", "Russia's Defense Ministry said"),
            S("Ukraine", "Denies involvement in the Bryansk incursion", "2023-03-10", "published",
              "Kyiv has denied involvement"),
            S("United States", "State Department supports Grossi and calls on Moscow to return the plant",
              "2023-03-10", "published", "The U.S. State Department said"),
        ],
        ["Russia", "Ukraine", "IAEA", "Volodymyr Zelensky", "United States"],
    ),
    doc(
        "b65en04_grossi_front_line_khmelnytskyi_2024_09", "2024-09-05", EN04,
        [
            T("Wednesday", "DATE", "2024-09-04", 0),
            T("last month's", "DATE", "2024-08"),
            T("September 2022", "DATE", "2022-09"),
            T("Tuesday", "DATE", "2024-09-03", 0),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2024-09-03", 1),
            T("Wednesday morning", "TIME", "2024-09-04TMO"),
            T("Thursday", "DATE", "2024-09-05"),
            T("next week", "DATE", "2024-W37"),
            T("Wednesday", "DATE", "2024-09-04", 2),
        ],
        [
            E("Grossi crosses the front line to visit the Zaporizhzhia plant", "CONSULT", ["IAEA"], "2024-09-04",
              "text", "occurred", "crossed the front line on Wednesday"),
            E("IAEA keeps a permanent presence at the plant", "CONSULT", ["IAEA"], "2022-09", "text", "occurred",
              "set up a permanent presence", date_mod="START"),
            E("Grossi tours the Khmelnytskyi plant and a substation", "CONSULT", ["IAEA", "Ukraine"], "2024-09-03",
              "text", "occurred", "On Tuesday, Grossi toured"),
            E("Ukrainian officials ask Grossi to push for an assessment of attacks on substations", "REQUEST",
              ["Ukraine", "IAEA"], "2024-09-03", "context", "occurred", "Ukrainian officials asked him"),
            E("Kyiv accuses Russia of attacking substations to cut nuclear plants off the grid", "ACCUSE",
              ["Ukraine", "Russia"], "2024-09-03", "context", "occurred", "Ukrainian officials asked him"),
            E("Grossi promises to send experts to inspect substations", "AGREE", ["IAEA", "Ukraine"], "2024-09-03",
              "context", "occurred", "Grossi promised to send"),
            E("IAEA experts to inspect key substations", "CONSULT", ["IAEA", "Ukraine"], "FUTURE_REF", "vague",
              "planned", "Grossi promised to send"),
            E("Likhachev meets Grossi at the plant", "CONSULT", ["Russia", "IAEA"], "2024-09-04", "context",
              "occurred", "had met Grossi at the plant"),
            E("Likhachev presses Grossi to condemn Ukrainian drone attacks", "REQUEST", ["Russia", "IAEA"],
              "2024-09-04", "context", "occurred", "had met Grossi at the plant"),
            E("Moscow accuses Ukraine of drone attacks on the plant", "ACCUSE", ["Russia", "Ukraine"], "2024-09-04",
              "context", "occurred", "had met Grossi at the plant"),
            E("Kyiv dismisses the claims as staged", "REJECT", ["Ukraine", "Russia"], "2024-09-05", "published",
              "occurred", "Kyiv has dismissed those claims"),
            E("Russian missile attack on a military academy and hospital in Poltava", "ASSAULT", ["Russia", "Ukraine"],
              "2024-09-03", "text", "occurred", "A missile attack on a military academy"),
            E("Russian missiles and drones hit Lviv", "ASSAULT", ["Russia", "Ukraine"], "2024-09-04TMO", "text",
              "occurred", "A missile attack on a military academy"),
            E("Zelensky renews his plea for permission to use long-range weapons", "REQUEST", ["Volodymyr Zelensky"],
              "2024-09-05", "published", "occurred", "renewed his plea"),
            E("Sybiha to travel to Brussels", "CONSULT", ["Andrii Sybiha"], "2024-W37", "text", "planned",
              "is expected to travel to Brussels"),
            E("Canada to contribute $5 million to an IAEA nuclear safety fund for Ukraine", "AID", ["IAEA", "Ukraine"],
              "2024-09-04", "context", "planned", "Canada would contribute"),
            E("Canada: Russia's occupation of Zaporizhzhia is a direct threat", "ACCUSE", ["Russia"], "2024-09-04",
              "text", "occurred", "Ottawa has been clear"),
        ],
        [
            S("IAEA", "Grossi: the safety situation at the plant is very fragile", "2024-09-04", "text",
              "crossed the front line on Wednesday"),
            S("IAEA", "A drone damaged a road outside the perimeter; the cooling tower is seriously damaged",
              "2024-09-04", "context", "Speaking to reporters at the site"),
            S("IAEA", "The substation supplying Khmelnytskyi has been repeatedly targeted", "2024-09-03", "context",
              "On Tuesday, Grossi toured"),
            S("Ukraine", "Russia's attacks on substations are designed to cut the nuclear plants off the grid",
              "2024-09-03", "context", "Ukrainian officials asked him"),
            S("Russia", "Rosatom: Likhachev met Grossi and pressed him to condemn Ukrainian drone attacks",
              "2024-09-05", "published", "had met Grossi at the plant"),
            S("Ukraine", "The Russian claims are staged", "2024-09-05", "published", "Kyiv has dismissed those claims"),
            S("Volodymyr Zelensky", "Air defence alone will not stop this terror; asks for long-range permission",
              "2024-09-05", "published", "renewed his plea"),
        ],
        ["United Nations", "IAEA", "Russia", "Ukraine", "Volodymyr Zelensky", "Andrii Sybiha"],
    ),
    doc(
        "b65en05_zaporizhzhia_diesel_blackout_2025_09", "2025-09-26", EN05,
        [
            T("Tuesday afternoon", "TIME", "2025-09-23TAF"),
            T("three years", "DURATION", "P3Y"),
            T("Thursday", "DATE", "2025-09-25", 0),
            T("at least ten days", "DURATION", "P10D", mod="EQUAL_OR_MORE"),
            T("Wednesday", "DATE", "2025-09-24"),
            T("the past month", "DURATION", "P1M"),
            T("Thursday", "DATE", "2025-09-25", 1),
            T("overnight", "TIME", "2025-09-25TNI", note="night of 25 to 26 September"),
            T("Thursday", "DATE", "2025-09-25", 2),
            T("Friday", "DATE", "2025-09-26"),
        ],
        [
            E("Grossi in contact with both sides to arrange repairs", "CONSULT", ["IAEA", "Russia", "Ukraine"],
              "2025-09-25", "text", "occurred", "in contact with both sides"),
            E("Rosatom blames Ukrainian shelling for the damaged line", "ACCUSE", ["Russia", "Ukraine"], "2025-09-26",
              "published", "occurred", "Rosatom blamed Ukrainian shelling"),
            E("Likhachev: repair crews only once Kyiv guarantees their safety", "REQUEST", ["Russia", "Ukraine"],
              "2025-09-26", "published", "occurred", "repair crews would be sent"),
            E("Sybiha accuses Moscow of isolating the plant to connect it to the Russian grid", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-09-26", "published", "occurred", "Andrii Sybiha accused Moscow"),
            E("Zelensky urges world leaders to force Russia to hand the plant back", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-09-24", "text", "occurred", "Addressing the UN General Assembly"),
            E("Ukrainian drones strike the Bashneft refinery in Ufa", "ASSAULT", ["Ukraine", "Russia"], "2025-09-25",
              "text", "occurred", "Ukrainian drones struck"),
            E("Russian missiles and drones hit gas production sites in Poltava region", "ASSAULT",
              ["Russia", "Ukraine"], "2025-09-25TNI", "text", "occurred", "hit gas production sites"),
            E("Starmer calls on Moscow to allow immediate repairs", "REQUEST", ["Keir Starmer", "Russia"],
              "2025-09-25", "text", "occurred", "Keir Starmer, speaking in London"),
            E("Britain to fund additional IAEA monitoring", "AID", ["United Kingdom", "IAEA"], "2025-09-25",
              "context", "planned", "Keir Starmer, speaking in London"),
            E("Peskov rejects the appeals and says the IAEA should address Kyiv", "REJECT", ["Dmitry Peskov", "IAEA"],
              "2025-09-26", "text", "occurred", "direct its appeals to Kyiv"),
        ],
        [
            S("IAEA", "It is the tenth blackout at the plant", "2025-09-26", "published",
              "It is the tenth such blackout"),
            S("IAEA", "Grossi: in contact with both sides on repairs; diesel lasts at least ten days", "2025-09-25",
              "text", "in contact with both sides"),
            S("IAEA", "Grossi: this is not sustainable", "2025-09-25", "context", "This is not sustainable"),
            S("Russia", "Rosatom: Ukrainian shelling damaged the Dniprovska line", "2025-09-26", "published",
              "Rosatom blamed Ukrainian shelling"),
            S("Russia", "Likhachev: crews will be sent once Kyiv guarantees their safety", "2025-09-26", "published",
              "repair crews would be sent"),
            S("Andrii Sybiha", "Moscow is isolating the plant to connect it to its grid, a blatant theft",
              "2025-09-26", "published", "Andrii Sybiha accused Moscow"),
            S("Volodymyr Zelensky", "World leaders must force Russia to hand the plant back before the next accident",
              "2025-09-24", "text", "Addressing the UN General Assembly"),
            S("Ukraine", "Naftogaz: Russian strikes hit gas production sites in Poltava region", "2025-09-26",
              "published", "hit gas production sites"),
            S("Keir Starmer", "Moscow must allow immediate and unconditional repairs; Britain will fund monitoring",
              "2025-09-25", "text", "Keir Starmer, speaking in London"),
            S("Dmitry Peskov", "Russian specialists ensure the plant's safety; the IAEA should address Kyiv",
              "2025-09-26", "text", "direct its appeals to Kyiv"),
        ],
        ["IAEA", "Russia", "Ukraine", "Andrii Sybiha", "United Nations", "Volodymyr Zelensky", "Keir Starmer",
         "United Kingdom", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b65en06_iaea_general_conference_2026_09", "2026-09-19", EN06,
        [
            T("Friday", "DATE", "2026-09-18"),
            T("five-day", "DURATION", "P5D"),
            T("next month", "DATE", "2026-10"),
            T("the winter", "DATE", "2026-WI"),
            T("the end of March", "DATE", "2027-03", mod="END"),
            T("this winter", "DATE", "2026-WI"),
            T("Monday", "DATE", "2026-09-14"),
            T("Wednesday", "DATE", "2026-09-16"),
            T("2022", "DATE", "2022"),
            T("Thursday", "DATE", "2026-09-17"),
            T("2030", "DATE", "2030"),
        ],
        [
            E("IAEA General Conference resolution calls on Russia to withdraw from Zaporizhzhia", "REQUEST",
              ["IAEA", "Russia"], "2026-09-18", "text", "occurred", "adopted a resolution on Friday"),
            E("IAEA General Conference in Vienna", "CONSULT", ["IAEA"], "2026-09-18", "text", "occurred",
              "adopted a resolution on Friday", note="14-18 September 2026"),
            E("Russia's delegation walks out and rejects the resolution", "REJECT", ["Russia", "IAEA"], "2026-09-18",
              "context", "occurred", "Russia's delegation left the hall"),
            E("Grossi to travel to Moscow and Kyiv", "CONSULT", ["IAEA", "Russia", "Ukraine"], "2026-10", "text",
              "planned", "Speaking after the vote"),
            E("Grossi proposes a nuclear safety pause for substations until the end of March", "REQUEST",
              ["IAEA", "Russia", "Ukraine"], "2026-09-18", "context", "occurred", "Under the plan"),
            E("Sybiha attends the opening session", "CONSULT", ["Andrii Sybiha", "IAEA"], "2026-09-14", "text",
              "occurred", "who attended the opening session"),
            E("Sybiha welcomes the outcome and thanks supporters", "SUPPORT", ["Andrii Sybiha", "IAEA"], "2026-09-19",
              "published", "occurred", "who attended the opening session"),
            E("Sybiha urges the Board to consider suspending Russia from technical cooperation", "REQUEST",
              ["Andrii Sybiha", "IAEA"], "2026-09-19", "published", "occurred", "He urged the agency's Board"),
            E("Zakharova accuses the West of turning the IAEA into an instrument of pressure", "ACCUSE",
              ["Maria Zakharova", "IAEA"], "2026-09-19", "published", "occurred", "an instrument of pressure"),
            E("Zakharova warns Russia will review its cooperation with the inspectors", "THREATEN",
              ["Maria Zakharova", "IAEA"], "2026-09-19", "published", "occurred", "an instrument of pressure"),
            E("US and EU co-sponsor the resolution", "REQUEST", ["United States", "European Union", "Russia"],
              "2026-09-19", "published", "occurred", "co-sponsored the resolution"),
            E("Kallas: Russia's reckless occupation of the plant must end", "REQUEST", ["Kaja Kallas", "Russia"],
              "2026-09-19", "published", "occurred", "reckless occupation"),
            E("China votes against the resolution", "REJECT", ["China", "IAEA"], "2026-09-18", "context", "occurred",
              "China voted against"),
            E("Pakistan and the IAEA sign an agreement on the Chashma-5 safety review", "AGREE", ["IAEA"],
              "2026-09-17", "text", "occurred", "signed an agreement on Thursday"),
        ],
        [
            S("Russia", "The resolution is politicised and legally void", "2026-09-18", "context",
              "Russia's delegation left the hall"),
            S("IAEA", "Grossi will travel to Moscow and Kyiv next month to present a nuclear safety pause",
              "2026-09-18", "context", "Speaking after the vote"),
            S("IAEA", "The plan: no strikes on substations supplying nuclear plants until the end of March",
              "2026-09-18", "context", "Under the plan"),
            S("IAEA", "Grossi: we cannot go into this winter hoping for luck", "2026-09-18", "context",
              "hoping for luck"),
            S("Andrii Sybiha", "Welcomes the outcome and thanks those who stood up for nuclear safety", "2026-09-19",
              "published", "who attended the opening session"),
            S("Andrii Sybiha", "The Board should consider suspending Russia from technical cooperation", "2026-09-19",
              "published", "He urged the agency's Board"),
            S("Maria Zakharova", "The West turns the IAEA into an instrument of pressure; Russia will review its "
              "cooperation", "2026-09-19", "published", "an instrument of pressure"),
            S("Kaja Kallas", "Russia's reckless occupation of the plant must end", "2026-09-19", "published",
              "reckless occupation"),
            S("China", "The text will not help de-escalation", "2026-09-18", "context", "China voted against"),
        ],
        ["IAEA", "Russia", "Ukraine", "Andrii Sybiha", "Maria Zakharova", "United States", "European Union",
         "Kaja Kallas", "China"],
    ),
]
