"""English articles of the blind98 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b98en01 (Manchester Evening News)
EN01 = """
G7 warns Russia of massive consequences as Liverpool talks end

Foreign ministers from the world's leading democracies have warned Vladimir Putin that Russia faces "massive consequences and severe cost" if it invades Ukraine.
The warning came in a joint statement issued on Sunday at the end of a three-day G7 meeting at the Museum of Liverpool on the waterfront.
Russia should be in no doubt that further military aggression against Ukraine would bring a united response, the ministers of the United States, Britain, Germany, France, Italy, Canada and Japan said, alongside the EU's foreign policy chief.
They called on Moscow to de-escalate, pursue diplomatic channels and abide by its international commitments on the transparency of military activities.

Foreign Secretary Liz Truss, who hosted the talks, told reporters that the G7 was speaking "with one voice".
She said: "We need to stand up to aggressors who seek to limit freedom and democracy."
US Secretary of State Antony Blinken said on Saturday that Washington would send its top diplomat for Europe, Karen Donfried, to Kyiv and Moscow from Monday to Wednesday to push for a diplomatic solution.
Germany's new foreign minister, Annalena Baerbock, used her first G7 appearance to say that Nord Stream 2 did not meet the requirements of European energy law and could not be approved as things stand.

Moscow responded coolly.
Kremlin spokesman Dmitry Peskov said on Sunday that Russia was not threatening anyone and that troop movements on its own territory were no reason for concern.
Peskov added that Vladimir Putin and Joe Biden had agreed during their video call last Tuesday to stay in contact, and that a new conversation could take place "soon".

Ukrainian President Volodymyr Zelensky, who spoke to Biden by phone on Thursday, has said his country is ready for talks with Russia in any format.
Ukraine's foreign minister Dmytro Kuleba welcomed the G7 statement on Twitter, calling it "a strong signal of unity".

In Greater Manchester, home to one of Britain's largest Ukrainian communities, the talks were followed closely.
At the Ukrainian Cultural Centre in Cheetham Hill, a prayer service for peace is planned for next Sunday.
"People here have family in Kharkiv and in the east, and they are frightened," community organiser Olena Kovalchuk told the Manchester Evening News.
"""

# ---------------------------------------------------------------- b98en02 (TIME)
EN02 = """
Biden and Putin Trade Warnings in Their Second Call of December

President Joe Biden and Russian President Vladimir Putin spoke for 50 minutes on Thursday in their second conversation this month, trading warnings over Ukraine ahead of a series of high-stakes talks in January.
The call, which Putin had requested, began at 3:35 p.m. Eastern time, with Biden on the line from his home in Wilmington, Delaware.
According to a senior Biden Administration official, the President made clear that the U.S. and its allies would "respond decisively" if Russia further invaded Ukraine.
Biden also said that progress at the talks could only happen "in an environment of de-escalation rather than escalation," the official told reporters.

The Kremlin's account was blunter.
Putin's foreign-policy aide Yuri Ushakov said that Putin had warned Biden that new sanctions would be a "colossal mistake" that could lead to a "complete rupture" of relations between the two countries.
Ushakov described the conversation as "frank and substantive" and said Putin was pleased with it.
He also claimed that Biden had told Putin that Washington had no intention of deploying offensive strike weapons in Ukraine.

The dates of the next round are now set.
Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov will meet in Geneva on Jan. 10, followed by a session of the NATO-Russia Council in Brussels on Jan. 12 and a meeting of the Organization for Security and Co-operation in Europe in Vienna a day later.
Moscow wants written guarantees that NATO will never admit Ukraine, a demand the Administration has called a nonstarter.
Putin had raised the stakes at his annual news conference on Dec. 23, telling a British reporter that it was the U.S. that had come to Russia's doorstep: "Is it we who are placing missiles near the U.S. border?"

In Kyiv, Ukrainian President Volodymyr Zelensky said he would speak with Biden on Sunday.
Nothing about Ukraine can be decided "without Ukraine," Zelensky's office said in a statement.
Russian troops, estimated by U.S. intelligence at around 100,000, remain massed near the border, even after Moscow announced last week that some 10,000 soldiers were returning to their bases after drills.

For Biden, who has ruled out sending U.S. combat troops to defend Ukraine, the coming weeks are a test of whether the threat of economic pain can deter a leader who has shown little fear of it.
Analysts in Washington told TIME that the real signal will come in Geneva.
"""

# ---------------------------------------------------------------- b98en03 (Responsible Statecraft)
EN03 = """
In Geneva, a long day of talks and a narrow opening for diplomacy

After nearly eight hours behind closed doors at the U.S. mission in Geneva on Monday, American and Russian negotiators emerged with no breakthrough but with an agreement to keep talking.
Deputy Secretary of State Wendy Sherman told reporters afterward that Washington had "firmly pushed back on security proposals that are simply nonstarters," including Moscow's demand that NATO close its door to Ukraine.
But she also said the United States was open to discussing the deployment of missiles in Europe and limits on military exercises, provided Russia did the same.

Russian Deputy Foreign Minister Sergei Ryabkov called the talks "difficult, long, very professional" and said Moscow had no intention of attacking Ukraine.
It was "absolutely mandatory," he said, that Ukraine "never, never, never" become a member of NATO.
Ryabkov warned that Russia would not accept a situation in which its key proposals were ignored, and said it was too early to tell whether another round of bilateral talks would follow.

The Geneva meeting opened this week of diplomacy.
On Wednesday, Russian officials will sit down with all 30 NATO allies at the NATO-Russia Council in Brussels, the first such session since 2019, and on Thursday the talks move to the OSCE in Vienna.
NATO Secretary General Jens Stoltenberg warned on Friday after a video conference of alliance foreign ministers that "the risk of conflict is real" and that Moscow would pay a high price for any new aggression.

The Kremlin struck a cautious note on Tuesday.
Spokesman Dmitry Peskov said there were "no grounds for optimism" yet, but that Russia would continue the dialogue.
Ukraine's foreign minister Dmytro Kuleba said Kyiv had been consulted before and after the Geneva session and that there would be no decisions about Ukraine without Ukraine.

For advocates of restraint, the fact that the two sides are talking at all is significant.
Arms-control experts have long argued that reciprocal limits on missiles and exercises could ease tensions without forcing Washington to give up its commitments to allies.
Whether the Kremlin sees the offer as enough, with an estimated 100,000 troops still positioned near Ukraine, will become clearer in the coming days.
"""

# ---------------------------------------------------------------- b98en04 (Task & Purpose)
EN04 = """
The US just answered Russia's demands in writing. Here's what it means for the 8,500 troops on standby

The United States has given Moscow its answer, and it's not the one the Kremlin wanted.
U.S. Ambassador John Sullivan handed a written response to Russia's security demands to the Russian Foreign Ministry on Wednesday evening, Secretary of State Antony Blinken told reporters in Washington.
Blinken said the document makes clear that NATO's door stays open: "There is no change, there will be no change."
Instead, it offers Russia a "serious diplomatic path," including talks on reciprocal limits on missile deployments and military exercises and new transparency measures, according to Blinken.
NATO delivered its own written response to Moscow the same day, Secretary General Jens Stoltenberg said.

The Kremlin was unimpressed.
Foreign Minister Sergey Lavrov said on Thursday that the U.S. reply left "little ground for optimism" on the main issue, though it could be the basis for a serious conversation on secondary questions.
Kremlin spokesman Dmitry Peskov said President Vladimir Putin would take time to study the papers and that there was "no need to rush."

Meanwhile, the troops are waiting.
Defense Secretary Lloyd Austin on Monday put about 8,500 U.S. service members on heightened alert for possible deployment to Europe, most of them to reinforce the NATO Response Force if the alliance activates it.
Pentagon press secretary John Kirby said Wednesday that no final decision on deploying them had been made, but that units were ready to move within days of an order.
Among them are elements of the 82nd Airborne Division at Fort Bragg, North Carolina, and the 101st Airborne Division at Fort Campbell, Kentucky.

Russia, which has massed more than 100,000 troops near Ukraine, kept flexing.
Its military announced drills involving some 6,000 troops and 60 aircraft in southern Russia and Crimea this week, and warships were headed for exercises in the Mediterranean.
In Paris, advisers to the leaders of Russia, Ukraine, Germany and France met for more than eight hours on Wednesday in the so-called Normandy format and agreed to meet again in Berlin in two weeks.
Ukrainian President Volodymyr Zelensky, for his part, urged Western leaders not to spread panic, saying the threat was no greater than it had been since 2014.
"""

# ---------------------------------------------------------------- b98en05 (Duvar English)
EN05 = """
Erdoğan offers to host Putin-Zelensky summit during Kyiv visit

President Recep Tayyip Erdoğan on Feb. 3 offered to host a meeting between the leaders of Russia and Ukraine, as Ankara tries to position itself as a mediator in the crisis on its Black Sea doorstep.
Speaking at a joint press conference with Ukrainian President Volodymyr Zelensky in Kyiv, Erdoğan said Turkey was "ready to do its part" to reduce tensions and would be happy to welcome both leaders in Istanbul or in the capital Ankara.
Zelensky said he was open to such a meeting and thanked Turkey for its support for Ukraine's sovereignty and territorial integrity, including Crimea.

The two leaders also signed a free trade agreement that had been under negotiation for more than a decade, as well as a framework deal on the joint production of Bayraktar TB2 drones in Ukraine.
The drones, which the Ukrainian army used against Russian-backed separatists in Donbas in October, have long irritated Moscow.
Erdoğan said the visit was not directed against any third country.

The Kremlin responded cautiously.
Spokesman Dmitry Peskov said on Friday that Moscow valued Erdoğan's efforts, but that Russia was not a party to the conflict in Donbas and could not act as a side in mediation between Kyiv and the separatists.
He warned that supplying Turkish drones to the Ukrainian army could encourage Kyiv to take military action in the east.
Peskov said Vladimir Putin would visit Turkey once the epidemiological situation allowed, but gave no date.

Foreign Minister Mevlüt Çavuşoğlu told reporters that Ankara had also proposed to host a new round of talks in the Normandy format, which brings together Russia, Ukraine, Germany and France.
Turkey, a NATO member, has close ties with both countries: it buys Russian gas and bought Russia's S-400 missile defense system in 2019, while selling weapons to Kyiv.
Opposition Republican People's Party (CHP) deputies accused the government of a risky balancing act that could draw Turkey into a conflict.

Erdoğan's visit came two days after British Prime Minister Boris Johnson and Polish Prime Minister Mateusz Morawiecki traveled to Kyiv.
Western capitals have warned that Russia, which has massed more than 100,000 troops near Ukraine's borders, could invade at any moment, which Moscow denies.
"""

# ---------------------------------------------------------------- b98en06 (Ukraine Business News)
EN06 = """
Hryvnia, Eurobonds rally as Biden and Putin agree in principle to Macron summit plan

Ukrainian assets rallied on Monday morning after French President Emmanuel Macron's office said U.S. President Joe Biden and Russian President Vladimir Putin had accepted "in principle" to hold a summit on security and strategic stability in Europe.
The hryvnia strengthened by about 1% against the dollar in early trading in Kyiv, and Ukraine's Eurobonds maturing in 2032 gained more than 3 cents on the dollar before paring gains by midday.
The Élysée said the summit idea emerged from a series of phone calls Macron held on Sunday, including a 105-minute conversation with Putin and a 15-minute call with Biden, followed by a second call with Putin late on Sunday night.

The summit could only take place if Russia does not invade Ukraine, the Élysée stressed.
Its content would be prepared by U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov at their meeting on Thursday, the statement said.
White House Press Secretary Jen Psaki said Biden had accepted a meeting with Putin after the Blinken-Lavrov talks "if an invasion hasn't happened," adding that Washington was also ready to impose "swift and severe consequences" should Russia choose war.

The Kremlin poured cold water on the plan.
Spokesman Dmitry Peskov told reporters on Monday that it was "premature" to talk about specific plans for a summit, although a meeting of the two presidents was not ruled out if both saw it as necessary.
Putin was due to chair a meeting of Russia's Security Council on Monday afternoon, Peskov said.

Tensions on the ground remained high.
Russia's FSB security service claimed on Monday that it had killed five "saboteurs" who crossed from Ukraine into the Rostov region, a claim Kyiv called "fake news".
Belarus said on Sunday that Russian troops would stay in the country beyond the end of joint drills, which had been scheduled to finish on Feb. 20.
President Volodymyr Zelensky called for an immediate ceasefire and urged an urgent meeting of the Trilateral Contact Group.

Analysts at Kyiv brokerage ICU said the summit news offered "a glimmer of hope" but warned that the risk premium on Ukrainian assets would stay high until Russia pulled back its troops.
The National Bank of Ukraine said it had enough reserves to keep the currency market stable.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b98en01_g7_liverpool_warning_2021_12", "2021-12-12", EN01,
        [
            T("Sunday", "DATE", "2021-12-12", 0),
            T("three-day", "DURATION", "P3D"),
            T("Saturday", "DATE", "2021-12-11"),
            T("Monday", "DATE", "2021-12-13"),
            T("Wednesday", "DATE", "2021-12-15"),
            T("Sunday", "DATE", "2021-12-12", 1),
            T("last Tuesday", "DATE", "2021-12-07"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2021-12-09"),
            T("next Sunday", "DATE", "2021-12-19"),
        ],
        [
            E("G7 foreign ministers meet in Liverpool", "CONSULT",
              ["United States", "United Kingdom", "Germany", "France", "European Union"], "2021-12-10", "context",
              "occurred", "The warning came in a joint statement",
              note="three-day meeting ending on Sunday 12 December"),
            E("G7 warns Russia that further aggression against Ukraine would bring a united response", "THREATEN",
              ["United States", "United Kingdom", "Germany", "France", "European Union", "Russia"], "2021-12-12",
              "context", "occurred", "Russia should be in no doubt"),
            E("G7 calls on Moscow to de-escalate and pursue diplomacy", "REQUEST",
              ["United States", "United Kingdom", "Germany", "France", "European Union", "Russia"], "2021-12-12",
              "context", "occurred", "They called on Moscow to de-escalate"),
            E("Donfried to travel to Kyiv and Moscow from Monday to Wednesday", "CONSULT",
              ["United States", "Ukraine", "Russia"], "2021-12-13", "text", "planned", "Karen Donfried",
              note="trip from Monday 13 to Wednesday 15 December"),
            E("Peskov denies that Russia is threatening anyone", "REJECT", ["Dmitry Peskov"], "2021-12-12", "text",
              "occurred", "Russia was not threatening anyone"),
            E("Biden–Putin video call last Tuesday", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-07", "text",
              "occurred", "during their video call last Tuesday"),
            E("Putin and Biden agreed to stay in contact", "AGREE", ["Vladimir Putin", "Joe Biden"], "2021-12-07",
              "text", "occurred", "during their video call last Tuesday"),
            E("New Putin–Biden conversation possible soon", "CONSULT", ["Vladimir Putin", "Joe Biden"], "FUTURE_REF",
              "vague", "uncertain", "during their video call last Tuesday"),
            E("Zelensky–Biden phone call on Thursday", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2021-12-09",
              "text", "occurred", "who spoke to Biden by phone on Thursday"),
            E("Zelensky: Ukraine ready for talks with Russia in any format", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2021-12-12", "published", "occurred", "who spoke to Biden by phone on Thursday"),
            E("Kuleba welcomes the G7 statement", "SUPPORT",
              ["Ukraine", "United States", "United Kingdom", "Germany", "France", "European Union"], "2021-12-12",
              "published", "occurred", "a strong signal of unity"),
        ],
        [
            S("Joint statement: United States, United Kingdom, Germany, France, European Union",
              "Further military aggression against Ukraine would bring a united response; massive consequences and "
              "severe cost", "2021-12-12", "context", "Russia should be in no doubt"),
            S("Joint statement: United States, United Kingdom, Germany, France, European Union",
              "Moscow should de-escalate, pursue diplomacy and abide by its transparency commitments", "2021-12-12",
              "context", "They called on Moscow to de-escalate"),
            S("United Kingdom", "Truss: the G7 speaks with one voice", "2021-12-12", "published",
              "with one voice"),
            S("United Kingdom", "Truss: we need to stand up to aggressors", "2021-12-12", "published",
              "We need to stand up to aggressors"),
            S("Antony Blinken", "Donfried will go to Kyiv and Moscow to push for a diplomatic solution",
              "2021-12-11", "text", "Karen Donfried"),
            S("Germany", "Baerbock: Nord Stream 2 does not meet EU energy law and cannot be approved as things stand",
              "2021-12-12", "published", "Annalena Baerbock"),
            S("Russia", "Moscow responded coolly", "2021-12-12", "published", "Moscow responded coolly"),
            S("Dmitry Peskov", "Russia is not threatening anyone; troop moves on its territory are no reason for "
              "concern", "2021-12-12", "text", "Russia was not threatening anyone"),
            S("Dmitry Peskov", "Putin and Biden agreed to stay in contact; a new conversation could come soon",
              "2021-12-12", "context", "during their video call last Tuesday"),
            S("Volodymyr Zelensky", "Ukraine is ready for talks with Russia in any format", "2021-12-12",
              "published", "who spoke to Biden by phone on Thursday"),
            S("Ukraine", "Kuleba: the G7 statement is a strong signal of unity", "2021-12-12", "published",
              "a strong signal of unity"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "United States", "United Kingdom", "Germany", "France",
         "European Union", "Antony Blinken", "Kremlin", "Dmitry Peskov", "Joe Biden", "Volodymyr Zelensky"],
    ),
    doc(
        "b98en02_biden_putin_december_call_2021_12", "2021-12-31", EN02,
        [
            T("December", "DATE", "2021-12"),
            T("50 minutes", "DURATION", "PT50M"),
            T("Thursday", "DATE", "2021-12-30"),
            T("this month", "DATE", "2021-12"),
            T("January", "DATE", "2022-01"),
            T("3:35 p.m. Eastern time", "TIME", "2021-12-30T15:35", note="US Eastern time"),
            T("now", "DATE", "PRESENT_REF"),
            T("Jan. 10", "DATE", "2022-01-10"),
            T("Jan. 12", "DATE", "2022-01-12"),
            T("annual", "SET", "P1Y"),
            T("Dec. 23", "DATE", "2021-12-23"),
            T("Sunday", "DATE", "2022-01-02"),
            T("last week", "DATE", "2021-W51"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Biden–Putin phone call", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-30", "text", "occurred",
              "spoke for 50 minutes on Thursday"),
            E("Biden: the US and its allies would respond decisively if Russia further invades", "THREATEN",
              ["Joe Biden", "Russia"], "2021-12-30", "context", "occurred", "respond decisively"),
            E("Biden: progress only in an environment of de-escalation", "REQUEST", ["Joe Biden", "Russia"],
              "2021-12-30", "context", "occurred", "in an environment of de-escalation"),
            E("Putin warns Biden that new sanctions would be a colossal mistake", "REQUEST",
              ["Vladimir Putin", "Joe Biden"], "2021-12-30", "context", "occurred", "colossal mistake"),
            E("Biden tells Putin the US does not intend to deploy offensive strike weapons in Ukraine", "AGREE",
              ["Joe Biden", "Vladimir Putin"], "2021-12-30", "context", "occurred", "He also claimed that Biden"),
            E("Sherman–Ryabkov talks in Geneva", "CONSULT", ["United States", "Russia"], "2022-01-10", "text",
              "planned", "will meet in Geneva on Jan. 10"),
            E("NATO–Russia Council in Brussels", "CONSULT", ["NATO", "Russia"], "2022-01-12", "text", "planned",
              "will meet in Geneva on Jan. 10"),
            E("OSCE meeting in Vienna a day after the NATO–Russia Council", "CONSULT", ["United States", "Russia"],
              "2022-01-13", "context", "planned", "will meet in Geneva on Jan. 10",
              note="'a day later' after Jan. 12 (event-anchored, not a timex)"),
            E("Moscow demands written guarantees that NATO will never admit Ukraine", "REQUEST",
              ["Russia", "NATO", "Ukraine"], "2021-12-31", "published", "occurred", "Moscow wants written guarantees",
              note="standing demand"),
            E("The Administration calls the demand a nonstarter", "REJECT", ["United States", "Russia"], "2021-12-31",
              "published", "occurred", "Moscow wants written guarantees", note="standing position"),
            E("Putin accuses the US of coming to Russia's doorstep", "ACCUSE", ["Vladimir Putin", "United States"],
              "2021-12-23", "text", "occurred", "Putin had raised the stakes"),
            E("Zelensky to speak with Biden on Sunday", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2022-01-02",
              "text", "planned", "he would speak with Biden on Sunday"),
            E("Zelensky's office: nothing about Ukraine without Ukraine", "REQUEST", ["Ukraine"], "2021-12-31",
              "published", "occurred", "Zelensky's office said"),
            E("About 100,000 Russian troops remain massed near the border", "MOBILIZE", ["Russia", "Ukraine"],
              "2021-12-31", "published", "occurred", "remain massed near the border",
              note="build-up with no date in the text (blind13)"),
            E("Moscow announces 10,000 soldiers returning to base after drills", "RETREAT", ["Russia"], "2021-W51",
              "text", "occurred", "remain massed near the border"),
            E("Biden has ruled out sending US combat troops to defend Ukraine", "REJECT", ["Joe Biden", "Ukraine"],
              "2021-12-31", "published", "occurred", "who has ruled out sending", note="standing position"),
        ],
        [
            S("Joe Biden, via United States", "The US and its allies would respond decisively if Russia further "
              "invades Ukraine", "2021-12-30", "context", "respond decisively"),
            S("Joe Biden, via United States", "Progress is possible only with de-escalation", "2021-12-30", "context",
              "in an environment of de-escalation"),
            S("Kremlin", "The Kremlin's account of the call was blunter", "2021-12-30", "context",
              "The Kremlin's account was blunter"),
            S("Vladimir Putin, via Yuri Ushakov", "New sanctions would be a colossal mistake leading to a complete "
              "rupture of relations", "2021-12-30", "context", "colossal mistake"),
            S("Yuri Ushakov", "The conversation was frank and substantive; Putin was pleased", "2021-12-30",
              "context", "frank and substantive"),
            S("Joe Biden, via Yuri Ushakov", "Washington has no intention of deploying offensive strike weapons in "
              "Ukraine", "2021-12-30", "context", "He also claimed that Biden"),
            S("United States", "Russia's demand for guarantees is a nonstarter", "2021-12-31", "published",
              "Moscow wants written guarantees"),
            S("Vladimir Putin", "It is the US that came to Russia's doorstep, not Russia placing missiles near the "
              "US border", "2021-12-23", "text", "Putin had raised the stakes"),
            S("Volodymyr Zelensky", "Will speak with Biden on Sunday", "2021-12-31", "published",
              "he would speak with Biden on Sunday"),
            S("Ukraine", "Nothing about Ukraine can be decided without Ukraine", "2021-12-31", "published",
              "Zelensky's office said"),
            S("United States", "US intelligence estimates about 100,000 Russian troops near the border", "2021-12-31",
              "published", "remain massed near the border"),
        ],
        ["Joe Biden", "Vladimir Putin", "Russia", "Ukraine", "United States", "Yuri Ushakov", "Kremlin", "NATO",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b98en03_geneva_strategic_stability_2022_01", "2022-01-11", EN03,
        [
            T("nearly eight hours", "DURATION", "PT8H", mod="APPROX"),
            T("Monday", "DATE", "2022-01-10"),
            T("this week", "DATE", "2022-W02"),
            T("Wednesday", "DATE", "2022-01-12"),
            T("2019", "DATE", "2019"),
            T("Thursday", "DATE", "2022-01-13"),
            T("Friday", "DATE", "2022-01-07"),
            T("Tuesday", "DATE", "2022-01-11"),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        [
            E("US–Russia talks in Geneva", "CONSULT", ["United States", "Russia"], "2022-01-10", "text", "occurred",
              "After nearly eight hours behind closed doors"),
            E("No breakthrough in Geneva", "REJECT", ["United States", "Russia"], "2022-01-10", "text", "occurred",
              "After nearly eight hours behind closed doors"),
            E("US and Russia agree to keep talking", "AGREE", ["United States", "Russia"], "2022-01-10", "text",
              "occurred", "After nearly eight hours behind closed doors"),
            E("Sherman pushes back on Russia's nonstarter proposals, including NATO's closed door", "REJECT",
              ["United States", "Russia"], "2022-01-10", "context", "occurred", "firmly pushed back"),
            E("US offers talks on missile deployments and exercise limits if Russia reciprocates", "REQUEST",
              ["United States", "Russia"], "2022-01-10", "context", "occurred", "provided Russia did the same"),
            E("Ryabkov: Moscow has no intention of attacking Ukraine", "REJECT", ["Russia", "United States"],
              "2022-01-10", "context", "occurred", "difficult, long, very professional"),
            E("Ryabkov demands that Ukraine never become a NATO member", "REQUEST", ["Russia", "NATO", "Ukraine"],
              "2022-01-10", "context", "occurred", "absolutely mandatory"),
            E("Ryabkov warns Russia will not accept its proposals being ignored", "REQUEST",
              ["Russia", "United States"], "2022-01-10", "context", "occurred", "would not accept a situation"),
            E("NATO–Russia Council in Brussels on Wednesday", "CONSULT", ["Russia", "NATO"], "2022-01-12", "text",
              "planned", "the first such session since 2019"),
            E("Talks move to the OSCE in Vienna on Thursday", "CONSULT", ["Russia", "United States"], "2022-01-13",
              "text", "planned", "the first such session since 2019"),
            E("Video conference of NATO foreign ministers", "CONSULT", ["NATO"], "2022-01-07", "text", "occurred",
              "the risk of conflict is real"),
            E("Stoltenberg: Moscow would pay a high price for new aggression", "THREATEN",
              ["Jens Stoltenberg", "Russia"], "2022-01-07", "text", "occurred", "the risk of conflict is real"),
            E("Peskov: Russia will continue the dialogue", "AGREE", ["Dmitry Peskov"], "2022-01-11", "context",
              "occurred", "no grounds for optimism"),
            E("Kyiv consulted before and after the Geneva session", "CONSULT", ["Ukraine", "United States"],
              "2022-01-10", "context", "occurred", "Kyiv had been consulted"),
            E("Kuleba: no decisions about Ukraine without Ukraine", "REQUEST", ["Ukraine"], "2022-01-11",
              "published", "occurred", "Kyiv had been consulted"),
            E("About 100,000 Russian troops positioned near Ukraine", "MOBILIZE", ["Russia", "Ukraine"], "2022-01-11",
              "published", "occurred", "an estimated 100,000 troops",
              note="build-up with no date in the text (blind13)"),
        ],
        [
            S("United States", "Sherman: Washington firmly pushed back on nonstarter proposals, including closing "
              "NATO's door to Ukraine", "2022-01-10", "context", "firmly pushed back"),
            S("United States", "Sherman: open to discussing missile deployments and exercise limits if Russia "
              "reciprocates", "2022-01-10", "context", "provided Russia did the same"),
            S("Russia", "Ryabkov: the talks were difficult, long, very professional; no intention to attack Ukraine",
              "2022-01-10", "context", "difficult, long, very professional"),
            S("Russia", "Ryabkov: it is absolutely mandatory that Ukraine never become a NATO member", "2022-01-10",
              "context", "absolutely mandatory"),
            S("Russia", "Ryabkov: Russia will not accept its key proposals being ignored; too early to tell about "
              "another round", "2022-01-10", "context", "would not accept a situation"),
            S("Jens Stoltenberg", "The risk of conflict is real; Moscow would pay a high price for new aggression",
              "2022-01-07", "text", "the risk of conflict is real"),
            S("Kremlin", "A cautious note on the talks", "2022-01-11", "text", "The Kremlin struck a cautious note"),
            S("Dmitry Peskov", "No grounds for optimism yet, but Russia will continue the dialogue", "2022-01-11",
              "context", "no grounds for optimism"),
            S("Ukraine", "Kuleba: Kyiv was consulted before and after Geneva; no decisions about Ukraine without "
              "Ukraine", "2022-01-11", "published", "Kyiv had been consulted"),
        ],
        ["United States", "Russia", "NATO", "Ukraine", "Jens Stoltenberg", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b98en04_written_response_troops_alert_2022_01", "2022-01-27", EN04,
        [
            T("Wednesday evening", "TIME", "2022-01-26TEV"),
            T("the same day", "DATE", "2022-01-26"),
            T("Thursday", "DATE", "2022-01-27"),
            T("Monday", "DATE", "2022-01-24"),
            T("Wednesday", "DATE", "2022-01-26", 1),
            T("this week", "DATE", "2022-W04"),
            T("more than eight hours", "DURATION", "PT8H", mod="MORE_THAN"),
            T("Wednesday", "DATE", "2022-01-26", 2),
            T("two weeks", "DURATION", "P2W", note="in two weeks: about 2022-02-09"),
            T("2014", "DATE", "2014"),
        ],
        [
            E("US written response: NATO's door stays open", "REJECT", ["United States", "Russia"],
              "2022-01-26TEV", "context", "occurred", "There is no change",
              note="the response was handed over on Wednesday evening"),
            E("US written response offers a diplomatic path: reciprocal limits and transparency", "REQUEST",
              ["United States", "Russia"], "2022-01-26TEV", "context", "occurred", "serious diplomatic path"),
            E("NATO delivers its own written response to Moscow", "REJECT", ["NATO", "Russia"], "2022-01-26", "text",
              "occurred", "NATO delivered its own written response"),
            E("Lavrov: the US reply leaves little ground for optimism on the main issue", "REJECT",
              ["Sergey Lavrov", "United States"], "2022-01-27", "text", "occurred", "little ground for optimism"),
            E("Lavrov: the reply could be the basis for a serious conversation on secondary questions", "AGREE",
              ["Sergey Lavrov", "United States"], "2022-01-27", "text", "occurred", "little ground for optimism"),
            E("Austin puts 8,500 US troops on heightened alert for Europe", "MOBILIZE", ["United States", "NATO"],
              "2022-01-24", "text", "occurred", "heightened alert"),
            E("Russia has massed more than 100,000 troops near Ukraine", "MOBILIZE", ["Russia", "Ukraine"],
              "2022-01-27", "published", "occurred", "kept flexing",
              note="build-up with no date in the text (blind13)"),
            E("Russian drills with 6,000 troops in southern Russia and Crimea, warships to the Mediterranean",
              "MOBILIZE", ["Russia"], "2022-W04", "text", "occurred", "Its military announced drills"),
            E("Normandy-format advisers meet in Paris", "CONSULT", ["Russia", "Ukraine", "Germany", "France"],
              "2022-01-26", "text", "occurred", "so-called Normandy format"),
            E("Normandy advisers agree to meet again in Berlin", "AGREE", ["Russia", "Ukraine", "Germany", "France"],
              "2022-01-26", "context", "occurred", "so-called Normandy format"),
            E("Next Normandy advisers' meeting in Berlin in two weeks", "CONSULT",
              ["Russia", "Ukraine", "Germany", "France"], "2022-02-09", "text", "planned",
              "so-called Normandy format", note="'in two weeks' from the Wednesday meeting"),
            E("Zelensky urges Western leaders not to spread panic", "REQUEST", ["Volodymyr Zelensky"], "2022-01-27",
              "published", "occurred", "not to spread panic"),
        ],
        [
            S("Antony Blinken", "The US handed its written response to Russia's demands on Wednesday evening",
              "2022-01-26", "context", "handed a written response"),
            S("Antony Blinken", "NATO's door stays open: there is no change, there will be no change", "2022-01-26",
              "context", "There is no change"),
            S("Antony Blinken", "The response offers Russia a serious diplomatic path", "2022-01-26", "context",
              "serious diplomatic path"),
            S("Jens Stoltenberg", "NATO delivered its own written response the same day", "2022-01-26", "context",
              "NATO delivered its own written response"),
            S("Kremlin", "The Kremlin was unimpressed", "2022-01-27", "published", "The Kremlin was unimpressed"),
            S("Sergey Lavrov", "The reply leaves little ground for optimism on the main issue but could allow a "
              "serious conversation on secondary questions", "2022-01-27", "text", "little ground for optimism"),
            S("Dmitry Peskov", "Putin will take time to study the papers; no need to rush", "2022-01-27", "published",
              "no need to rush"),
            S("United States", "Kirby: no final decision on deployment; units ready to move within days of an order",
              "2022-01-26", "text", "Pentagon press secretary John Kirby"),
            S("Volodymyr Zelensky", "Western leaders should not spread panic; the threat is no greater than since "
              "2014", "2022-01-27", "published", "not to spread panic"),
        ],
        ["United States", "Russia", "Kremlin", "Antony Blinken", "NATO", "Jens Stoltenberg", "Sergey Lavrov",
         "Dmitry Peskov", "Vladimir Putin", "Ukraine", "Germany", "France", "Volodymyr Zelensky"],
    ),
    doc(
        "b98en05_erdogan_kyiv_mediation_2022_02", "2022-02-04", EN05,
        [
            T("Feb. 3", "DATE", "2022-02-03"),
            T("more than a decade", "DURATION", "P10Y", mod="MORE_THAN"),
            T("October", "DATE", "2021-10"),
            T("Friday", "DATE", "2022-02-04"),
            T("2019", "DATE", "2019"),
        ],
        [
            E("Erdoğan–Zelensky meeting in Kyiv", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2022-02-03", "context", "occurred", "Speaking at a joint press conference"),
            E("Erdoğan offers to host Putin and Zelensky in Istanbul or Ankara", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2022-02-03", "context", "occurred",
              "Speaking at a joint press conference"),
            E("Zelensky open to a meeting hosted by Turkey", "AGREE", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2022-02-03", "context", "occurred", "Zelensky said he was open"),
            E("Zelensky thanks Turkey for supporting Ukraine's territorial integrity", "SUPPORT",
              ["Volodymyr Zelensky", "Turkey"], "2022-02-03", "context", "occurred", "Zelensky said he was open"),
            E("Turkey and Ukraine sign a free trade agreement", "AGREE", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2022-02-03", "context", "occurred", "signed a free trade agreement"),
            E("Framework deal on joint production of Bayraktar drones in Ukraine", "AGREE",
              ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2022-02-03", "context", "occurred",
              "signed a free trade agreement"),
            E("Ukrainian army uses Bayraktar drones against separatists in Donbas", "ASSAULT", ["Ukraine"], "2021-10",
              "text", "occurred", "have long irritated Moscow"),
            E("Peskov: Russia not a party in Donbas, cannot be a side in mediation", "REJECT",
              ["Dmitry Peskov", "Recep Tayyip Erdoğan"], "2022-02-04", "text", "occurred",
              "Moscow valued Erdoğan's efforts"),
            E("Peskov warns that Turkish drones could encourage Kyiv to attack in the east", "REQUEST",
              ["Dmitry Peskov", "Turkey", "Ukraine"], "2022-02-04", "context", "occurred",
              "He warned that supplying Turkish drones"),
            E("Putin to visit Turkey, no date", "CONSULT", ["Vladimir Putin", "Turkey"], "2022-02-04", "published",
              "planned", "would visit Turkey once", note="no date given"),
            E("Ankara proposes hosting a Normandy-format round", "REQUEST",
              ["Turkey", "Russia", "Ukraine", "Germany", "France"], "2022-02-04", "published", "occurred",
              "Mevlüt Çavuşoğlu"),
            E("Johnson and Morawiecki in Kyiv", "CONSULT", ["United Kingdom", "Poland", "Ukraine"], "2022-02-01",
              "context", "occurred", "came two days after",
              note="'two days after' Erdoğan's visit of 3 February (event-anchored, not a timex)"),
            E("Russia has massed more than 100,000 troops near Ukraine's borders", "MOBILIZE", ["Russia", "Ukraine"],
              "2022-02-04", "published", "occurred", "Western capitals have warned",
              note="build-up with no date in the text (blind13)"),
        ],
        [
            S("Recep Tayyip Erdoğan", "Turkey is ready to do its part and would welcome both leaders in Istanbul or "
              "Ankara", "2022-02-03", "context", "Speaking at a joint press conference"),
            S("Volodymyr Zelensky", "Open to such a meeting; thanks Turkey for its support, including on Crimea",
              "2022-02-03", "context", "Zelensky said he was open"),
            S("Recep Tayyip Erdoğan", "The visit is not directed against any third country", "2022-02-03",
              "context", "not directed against any third country"),
            S("Kremlin", "The Kremlin responded cautiously", "2022-02-04", "published",
              "The Kremlin responded cautiously"),
            S("Dmitry Peskov", "Moscow values Erdoğan's efforts, but Russia is not a party in Donbas and cannot be a "
              "side in mediation", "2022-02-04", "text", "Moscow valued Erdoğan's efforts"),
            S("Dmitry Peskov", "Turkish drones could encourage Kyiv to take military action in the east",
              "2022-02-04", "context", "He warned that supplying Turkish drones"),
            S("Dmitry Peskov", "Putin will visit Turkey once the epidemiological situation allows", "2022-02-04",
              "context", "would visit Turkey once"),
            S("Turkey", "Çavuşoğlu: Ankara proposed hosting a new Normandy-format round", "2022-02-04", "published",
              "Mevlüt Çavuşoğlu"),
            S("Russia", "Denies that it could invade", "2022-02-04", "published", "Western capitals have warned"),
        ],
        ["Recep Tayyip Erdoğan", "Russia", "Ukraine", "Volodymyr Zelensky", "Turkey", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Germany", "France", "NATO", "United Kingdom", "Poland"],
    ),
    doc(
        "b98en06_macron_summit_plan_markets_2022_02", "2022-02-21", EN06,
        [
            T("Monday morning", "TIME", "2022-02-21TMO"),
            T("2032", "DATE", "2032"),
            T("midday", "TIME", "2022-02-21T12:00"),
            T("Sunday", "DATE", "2022-02-20", 0),
            T("105-minute", "DURATION", "PT105M"),
            T("15-minute", "DURATION", "PT15M"),
            T("Sunday night", "TIME", "2022-02-20TNI"),
            T("Thursday", "DATE", "2022-02-24"),
            T("Monday", "DATE", "2022-02-21", 1),
            T("Monday afternoon", "TIME", "2022-02-21TAF"),
            T("Monday", "DATE", "2022-02-21", 3),
            T("Sunday", "DATE", "2022-02-20", 2),
            T("Feb. 20", "DATE", "2022-02-20"),
        ],
        [
            E("Biden and Putin accept a summit in principle", "AGREE", ["Joe Biden", "Vladimir Putin"], "2022-02-21",
              "published", "occurred", 'had accepted "in principle"',
              note="accepted after Macron's Sunday calls, announced on Monday morning"),
            E("Possible Biden–Putin summit on European security", "CONSULT", ["Joe Biden", "Vladimir Putin"],
              "2022-02-21", "published", "uncertain", 'had accepted "in principle"', note="no date given"),
            E("Macron proposes a Biden–Putin summit", "REQUEST", ["Emmanuel Macron", "Joe Biden", "Vladimir Putin"],
              "2022-02-20", "context", "occurred", "The Élysée said the summit idea"),
            E("Macron–Putin call of 105 minutes", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-02-20",
              "text", "occurred", "The Élysée said the summit idea"),
            E("Macron–Biden call of 15 minutes", "CONSULT", ["Emmanuel Macron", "Joe Biden"], "2022-02-20", "text",
              "occurred", "The Élysée said the summit idea"),
            E("Second Macron–Putin call late on Sunday night", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"],
              "2022-02-20TNI", "text", "occurred", "The Élysée said the summit idea"),
            E("Élysée: summit only if Russia does not invade Ukraine", "REQUEST", ["France", "Russia"], "2022-02-21",
              "published", "occurred", "the Élysée stressed"),
            E("Blinken–Lavrov meeting on Thursday to prepare the summit", "CONSULT", ["Antony Blinken", "Sergey Lavrov"],
              "2022-02-24", "text", "planned", "at their meeting on Thursday"),
            E("White House: meeting only if an invasion has not happened", "REQUEST", ["White House", "Russia"],
              "2022-02-21", "published", "occurred", "Jen Psaki"),
            E("White House: ready to impose swift and severe consequences if Russia chooses war", "THREATEN",
              ["White House", "Russia"], "2022-02-21", "published", "occurred", "Jen Psaki"),
            E("Peskov: premature to talk about specific summit plans", "REJECT", ["Dmitry Peskov", "Emmanuel Macron"],
              "2022-02-21", "text", "occurred", 'it was "premature"'),
            E("FSB claims it killed five saboteurs who crossed from Ukraine", "ACCUSE", ["Russia", "Ukraine"],
              "2022-02-21", "text", "occurred", "Russia's FSB security service"),
            E("Kyiv calls the FSB claim fake news", "REJECT", ["Ukraine", "Russia"], "2022-02-21", "context",
              "occurred", "Russia's FSB security service"),
            E("Russian troops to stay in Belarus beyond the drills", "MOBILIZE", ["Belarus", "Russia"], "2022-02-20",
              "text", "occurred", "Belarus said on Sunday"),
            E("Zelensky calls for an immediate ceasefire", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2022-02-21",
              "published", "occurred", "Trilateral Contact Group"),
            E("Zelensky urges an urgent meeting of the Trilateral Contact Group", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-02-21", "published", "occurred", "Trilateral Contact Group"),
        ],
        [
            S("France", "Biden and Putin have accepted in principle a summit on security and strategic stability",
              "2022-02-21", "published", 'had accepted "in principle"'),
            S("France", "The summit idea emerged from Macron's Sunday calls with Putin and Biden", "2022-02-21",
              "published", "The Élysée said the summit idea"),
            S("France", "The summit can only take place if Russia does not invade Ukraine", "2022-02-21", "published",
              "the Élysée stressed"),
            S("France", "Blinken and Lavrov will prepare the summit at their Thursday meeting", "2022-02-21",
              "published", "at their meeting on Thursday"),
            S("White House", "Biden accepted a meeting if an invasion has not happened; ready for swift and severe "
              "consequences", "2022-02-21", "published", "Jen Psaki"),
            S("Kremlin", "The Kremlin poured cold water on the plan", "2022-02-21", "published",
              "The Kremlin poured cold water"),
            S("Dmitry Peskov", "Premature to talk about specific summit plans; a meeting is not ruled out",
              "2022-02-21", "text", 'it was "premature"'),
            S("Dmitry Peskov", "Putin will chair a Security Council meeting on Monday afternoon", "2022-02-21",
              "context", "Putin was due to chair"),
            S("Russia", "FSB: five saboteurs who crossed from Ukraine were killed", "2022-02-21", "text",
              "Russia's FSB security service"),
            S("Ukraine", "The FSB claim is fake news", "2022-02-21", "context", "Russia's FSB security service"),
            S("Belarus", "Russian troops will stay beyond the end of the joint drills", "2022-02-20", "text",
              "Belarus said on Sunday"),
            S("Volodymyr Zelensky", "Calls for an immediate ceasefire and an urgent Trilateral Contact Group meeting",
              "2022-02-21", "published", "Trilateral Contact Group"),
            S("Ukraine", "The National Bank has enough reserves to keep the currency market stable", "2022-02-21",
              "published", "The National Bank of Ukraine"),
        ],
        ["Emmanuel Macron", "France", "Joe Biden", "Vladimir Putin", "United States", "Russia", "Ukraine",
         "Antony Blinken", "Sergey Lavrov", "White House", "Kremlin", "Dmitry Peskov", "Belarus",
         "Volodymyr Zelensky"],
    ),
]
