"""English articles of the blind49 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b49en01 (Irish Examiner)
EN01 = """
EU grants Ukraine candidate status as Taoiseach hails 'clear message to Moscow'

European Union leaders have formally made Ukraine and Moldova candidates for membership of the bloc, a step that would have been unthinkable before Russian tanks rolled across the border in February.
The decision, taken unanimously by the 27 heads of state and government at a summit in Brussels on Thursday evening, was greeted with applause in the room and hailed by European Council president Charles Michel as "a historic moment".
Georgia was told it would be granted the same status once it had met a list of conditions set by the European Commission.

Taoiseach Micheál Martin said Ireland had argued strongly for the move and that it sent "a clear message to Moscow" that Ukraine's future lay in Europe.
In a video address, President Volodymyr Zelensky called the decision "a unique and historic moment" and thanked the leaders, while Commission president Ursula von der Leyen said it was "a good day for Europe".
German chancellor Olaf Scholz, who travelled to Kyiv with the French and Italian leaders last week to signal his backing, said both countries would now have to deliver reforms on the rule of law and corruption before talks could begin.

The celebrations were tempered by anger among the leaders of the Western Balkans, who met their EU counterparts earlier on Thursday and left empty-handed after Bulgaria again refused to lift its veto on talks with North Macedonia.
Albania's prime minister Edi Rama told reporters it was "a shame" that his country had been kept waiting for years while others were fast-tracked.

In Moscow, Kremlin spokesman Dmitry Peskov said the decision was an internal European affair, but that Russia would watch it "very closely" because the EU was increasingly acting like a military bloc.
Foreign minister Sergei Lavrov, speaking in Baku, accused the EU of turning into "an aggressive, militant player" that was little different from Nato.

Ukraine applied to join on February 28, with Moldova and Georgia following on March 3.
Officials in Brussels cautioned that accession would take years and that no country had ever joined the bloc while at war.
Next week Nato leaders meet in Madrid, where Mr Zelensky is expected to address them by video link.
Ireland has taken in more than 35,000 people fleeing the war, according to the Department of Justice.
"""

# ---------------------------------------------------------------- b49en02 (Defense One)
EN02 = """
Hegseth tells allies Ukraine's NATO bid and its old borders are off the table

BRUSSELS — Defense Secretary Pete Hegseth used his first trip to NATO headquarters to deliver a blunt message to European allies: Washington no longer considers NATO membership for Ukraine or a return to the borders Ukraine had before 2014 to be realistic outcomes of a negotiated settlement.
Speaking Wednesday at a meeting of the Ukraine Defense Contact Group, the roughly 50-nation forum that coordinates weapons deliveries to Kyiv, Hegseth said any durable peace must include "robust security guarantees," but that those would have to be provided by "capable European and non-European troops."
If such troops were deployed as peacekeepers, they should not be part of a NATO mission and should not be covered by Article 5, he said, adding that no U.S. troops would be sent to Ukraine.

Hours later, President Donald Trump announced that he had spoken with Russian President Vladimir Putin for about an hour and a half and that the two had agreed to have their teams "start negotiations immediately."
Trump then called Ukrainian President Volodymyr Zelensky, who said afterward that they had discussed "opportunities to achieve peace" and that Kyiv wanted a lasting and reliable settlement.
Kremlin spokesman Dmitry Peskov said Thursday that Putin had invited Trump to Moscow and that the two leaders had agreed in principle to meet in person, possibly in Saudi Arabia.

The sequence rattled European ministers, who gathered at NATO headquarters on Thursday for a regular defense ministerial.
German Defense Minister Boris Pistorius called it "regrettable" that Washington had made public concessions before negotiations had even begun, and EU foreign policy chief Kaja Kallas warned that "appeasement has always failed."
Hegseth pushed back, telling reporters there was "no betrayal" of Kyiv and that "everything is on the table" in talks with Moscow.

Wednesday's contact group meeting was the first chaired by Britain, which took over the format from the United States.
British Defence Secretary John Healey announced 150 million pounds in additional support for air defense and drones, while Ukrainian Defense Minister Rustem Umerov appealed to Washington for more Patriot interceptors.
Hegseth, who left the meeting before the closing session, announced no new U.S. aid.

Vice President JD Vance and Secretary of State Marco Rubio are due in Munich on Friday for the security conference, where Vance is scheduled to meet Zelensky.
"""

# ---------------------------------------------------------------- b49en03 (Times of Malta)
EN03 = """
EU blacklists 189 more shadow fleet tankers in 17th sanctions package

EU foreign ministers on Tuesday adopted a 17th package of sanctions against Russia, adding 189 vessels of the so-called shadow fleet to a blacklist that now counts 342 ships barred from European ports and maritime services.
The package, agreed in Brussels at a meeting attended by Foreign Minister Ian Borg, also targets dozens of companies in Russia and third countries accused of helping Moscow evade export controls, as well as individuals linked to hybrid attacks and the use of chemical weapons in Ukraine.
Moscow relies on the ageing tankers, often sailing under flags of convenience and with opaque ownership, to ship crude above the price cap that the G7 and the EU imposed in December 2022.

"The longer Russia wages its war, the tougher our response," EU foreign policy chief Kaja Kallas said after the meeting, adding that work on an 18th package had already begun.
Britain announced on the same day a further 100 sanctions, most of them against vessels and the firms insuring them, in what London described as a coordinated move with Brussels.
A Commission spokesperson said the next round could include a lower oil price cap and a ban on any transactions involving the Nord Stream pipelines.

The new measures came a day after US President Donald Trump spoke with Vladimir Putin by telephone for more than two hours and declared that Russia and Ukraine would "immediately start negotiations" towards a ceasefire.
Trump, who earlier this month threatened "massive" sanctions if Moscow rejected a 30-day truce, has since said he was reluctant to impose them because "there's a chance of getting something done".

Malta, which runs one of the largest ship registers in the world, had previously joined Greece and Cyprus in resisting measures that could hurt European shipowners, but Dr Borg said the government fully supported the latest listings.
None of the newly sanctioned vessels is registered in Malta, according to Transport Malta.

Ukraine's Foreign Minister Andrii Sybiha welcomed the package and called on the EU to go further by targeting Russian banks and the nuclear company Rosatom.
In Moscow, Kremlin spokesman Dmitry Peskov said Russia considered all such restrictions illegal and would continue to "minimise their impact".
EU sanctions must be renewed unanimously every six months, which has given Hungarian Prime Minister Viktor Orbán leverage at each extension.
"""

# ---------------------------------------------------------------- b49en04 (Balkan Insight)
EN04 = """
Montenegro and Albania Lead, Ukraine Waits on Budapest in EU Enlargement Report

BRUSSELS – The European Commission on Tuesday named Montenegro and Albania as the front-runners among the countries seeking to join the EU, while warning that Ukraine's path remained blocked by a single member state despite what it called "remarkable" reforms under wartime conditions.
Presenting the annual enlargement package in the European Parliament, Enlargement Commissioner Marta Kos said Kyiv had met the conditions to open the first three negotiating clusters and urged member states to take that step "without further delay".
Hungary's Prime Minister Viktor Orbán has vetoed the opening of any cluster since Ukraine formally started talks in June 2024, arguing that its membership would drag the EU into the war.

Montenegro, which has provisionally closed a dozen of its 33 chapters, could wrap up negotiations by the end of 2026, Kos said, with Albania hoping to follow a year later.
Serbia drew the sharpest criticism, with the report citing backsliding on media freedom and Belgrade's refusal to align with EU sanctions against Russia.
For North Macedonia and Bosnia and Herzegovina, the Commission found that progress had largely stalled.

For Kyiv, the report offers little immediate comfort.
Some capitals have in recent weeks floated decoupling Moldova, whose bid has so far moved in lockstep with Ukraine's, so that Chisinau could advance alone, an idea President Volodymyr Zelensky warned last month would only reward "blackmail" from Budapest.
An attempt by European Council President António Costa to let a qualified majority rather than unanimity decide on opening clusters failed at the EU summit on October 23, when several leaders refused to change the rules.

Ukraine's Deputy Prime Minister for European integration, Taras Kachka, wrote on X that Kyiv had "done its homework" and that the blockage was "political, not technical".
Orbán's office dismissed the report as "a wish list from Brussels", saying Hungary would not give its consent "as long as the war continues".
In Moscow, Kremlin spokesman Dmitry Peskov reiterated on Wednesday that EU membership was "the sovereign right of any country", in contrast to NATO enlargement, which Russia regards as a direct threat.

In Podgorica, Prime Minister Milojko Spajić said Montenegro could become the bloc's 28th member by 2028.
EU leaders are due to return to enlargement at their December summit in Brussels.
"""

# ---------------------------------------------------------------- b49en05 (The Washington Times)
EN05 = """
Rubio skips NATO meeting as Witkoff presses Putin on peace plan

Secretary of State Marco Rubio skipped a meeting of NATO foreign ministers in Brussels on Wednesday, sending his deputy in his place and leaving European allies to parse the absence as the Trump administration's push to end the war in Ukraine entered a delicate phase.
Deputy Secretary of State Christopher Landau told his counterparts that Washington remained committed to the alliance but expected Europe to "take primary responsibility" for its own conventional defense and for most of the aid to Kyiv, according to two diplomats who were in the room.
A State Department spokesman said Mr. Rubio had a full schedule in Washington and that it was "entirely impractical to expect him to attend every meeting."

The absence came a day after special envoy Steve Witkoff and Jared Kushner spent nearly five hours in the Kremlin with Russian President Vladimir Putin, going over a revised U.S. peace framework that had been reworked with Ukrainian negotiators in Geneva on Nov. 23 and in Florida on Nov. 30.
Kremlin aide Yuri Ushakov said afterward that the talks had been "useful" but that no compromise had been found on territory, and that both sides had agreed not to disclose details.
Hours before the meeting, Mr. Putin told an investment forum in Moscow that Russia had no plans to fight Europe, "but if Europe wants to and starts, we are ready right now."

At NATO headquarters, Secretary-General Mark Rutte urged allies to keep weapons flowing while the talks continue, saying the best way to get a good deal was to put Ukraine "in the strongest possible position."
Germany, Norway and the Netherlands announced new contributions to the PURL mechanism, under which European allies pay for American weapons for Ukraine, bringing total pledges to more than $4 billion.
Ukrainian Foreign Minister Andrii Sybiha, who joined the ministers for a session of the NATO-Ukraine Council, said Russia was "pretending to negotiate" while launching hundreds of drones at Ukrainian cities every night.

Mr. Witkoff and Mr. Kushner are scheduled to meet Ukraine's chief negotiator, Rustem Umerov, in Miami on Thursday, and the White House has said President Trump could meet Mr. Zelensky once the remaining issues have been narrowed.
Mr. Trump told reporters Tuesday that the Russian president "would like to end the war" but added that "it takes two to tango."

Republican hawks on Capitol Hill voiced unease.
Sen. Roger Wicker of Mississippi, chairman of the Armed Services Committee, said skipping the meeting "sends the wrong signal to Moscow at exactly the wrong moment."
"""

# ---------------------------------------------------------------- b49en06 (The Christian Science Monitor)
EN06 = """
Europe writes Ukraine a security guarantee. Will anyone have to honor it?

ROME — For four years, Europe's answer to Russia's war in Ukraine has been money, weapons, and sanctions.
On Wednesday, in a Renaissance palazzo overlooking the Tiber, it added something it had long avoided: a written promise to help defend the country after the shooting stops.
Leaders of 31 countries in the so-called coalition of the willing, among them French President Emmanuel Macron, British Prime Minister Keir Starmer, and German Chancellor Friedrich Merz, signed a "Rome Framework" with Ukrainian President Volodymyr Zelensky under which they pledge to keep arming Ukraine's military, to deploy a reassurance force once a ceasefire holds, and to consult within 72 hours on a collective response should Russia attack again.
The summit was hosted by Italian Prime Minister Giorgia Meloni, who called the text "the most serious commitment Europe has made to its own security since the end of the Cold War."

Mr. Zelensky called the document "the first brick" of an architecture that would make another invasion "too expensive for Moscow to even consider."
But he made clear that Kyiv would not accept a ceasefire until the guarantees had been ratified by national parliaments, a process that could take until the end of the year.

The United States did not sign.
Instead, Washington has offered what officials in Rome described as a "backstop" – intelligence, air surveillance, and logistics – set out in a separate bilateral document that the White House sent to the Senate for ratification earlier this month.
Secretary of State Marco Rubio, who attended as an observer, told reporters that America's commitment was "real and substantial," but that "European soldiers, not American ones," would be on the ground.

Moscow was unimpressed.
Foreign Minister Sergei Lavrov said Thursday that any European troops in Ukraine would be "legitimate targets," and Kremlin spokesman Dmitry Peskov dismissed the framework as "a paper designed to prolong the war."
Russia has insisted that any settlement bar foreign forces from Ukrainian soil, a demand its negotiators repeated when they met U.S. envoys in Riyadh in March.

Analysts say the framework's credibility will hinge on money as much as on troops.
Ukraine's armed forces are to be financed largely through the 90 billion euro loan that EU leaders approved in December, while some 210 billion euros in Russian central bank assets remain immobilized in Europe.
"A guarantee is only as good as the willingness to pay for it," said Camille Grand, a former NATO assistant secretary-general now at the European Council on Foreign Relations.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b49en01_eu_candidate_status_ukraine_2022_06", "2022-06-24", EN01,
        [
            T("February", "DATE", "2022-02", 0),
            T("Thursday evening", "TIME", "2022-06-23TEV"),
            T("last week", "DATE", "2022-W24"),
            T("now", "DATE", "PRESENT_REF"),
            T("Thursday", "DATE", "2022-06-23", 1),
            T("years", "DURATION", "PXY", 0),
            T("February 28", "DATE", "2022-02-28"),
            T("March 3", "DATE", "2022-03-03"),
            T("years", "DURATION", "PXY", 1),
            T("Next week", "DATE", "2022-W26"),
        ],
        [
            E("Russian invasion of Ukraine in February", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "European Union leaders have formally made"),
            E("EU leaders unanimously grant Ukraine candidate status", "AGREE", ["European Union", "Ukraine"],
              "2022-06-23TEV", "text", "occurred", "The decision, taken unanimously",
              note="the lead summarises the decision; the event is on the detailed sentence"),
            E("Scholz travelled to Kyiv with the French and Italian leaders", "CONSULT",
              ["Olaf Scholz", "France", "Ukraine"], "2022-W24", "text", "occurred",
              "German chancellor Olaf Scholz, who travelled"),
            E("Scholz: reforms on rule of law and corruption needed before talks begin", "REQUEST",
              ["Olaf Scholz", "Ukraine"], "2022-06-23", "context", "occurred",
              "German chancellor Olaf Scholz, who travelled"),
            E("EU leaders meet the Western Balkan leaders", "CONSULT", ["European Union"], "2022-06-23", "text",
              "occurred", "The celebrations were tempered"),
            E("Peskov: the EU is increasingly acting like a military bloc", "ACCUSE",
              ["Dmitry Peskov", "European Union"], "2022-06-24", "published", "occurred",
              "In Moscow, Kremlin spokesman Dmitry Peskov"),
            E("Lavrov accuses the EU of becoming an aggressive, militant player", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2022-06-24", "published", "occurred",
              "Foreign minister Sergei Lavrov", note="said in Baku on 23 June"),
            E("Ukraine applies to join the EU", "REQUEST", ["Ukraine", "European Union"], "2022-02-28", "text",
              "occurred", "Ukraine applied to join"),
            E("NATO summit in Madrid", "CONSULT", ["NATO"], "2022-W26", "text", "planned", "Next week Nato leaders"),
            E("Zelensky to address the NATO leaders by video", "CONSULT", ["Volodymyr Zelensky", "NATO"], "2022-W26",
              "context", "planned", "Next week Nato leaders"),
        ],
        [
            S("European Union", "Michel: a historic moment", "2022-06-23TEV", "context",
              "The decision, taken unanimously"),
            S("Volodymyr Zelensky", "A unique and historic moment; thanks the leaders", "2022-06-23", "context",
              "In a video address"),
            S("Ursula von der Leyen", "A good day for Europe", "2022-06-23", "context", "In a video address"),
            S("Olaf Scholz", "Both countries must deliver reforms on the rule of law and corruption before talks",
              "2022-06-23", "context", "German chancellor Olaf Scholz, who travelled"),
            S("Dmitry Peskov", "An internal European affair, but Russia will watch closely as the EU acts like a "
              "military bloc", "2022-06-24", "published", "In Moscow, Kremlin spokesman Dmitry Peskov"),
            S("Sergey Lavrov", "The EU is turning into an aggressive, militant player little different from NATO",
              "2022-06-24", "published", "Foreign minister Sergei Lavrov"),
            S("European Union", "Accession will take years; no country ever joined while at war", "2022-06-24",
              "published", "Officials in Brussels cautioned"),
        ],
        ["European Union", "Ukraine", "Russia", "Volodymyr Zelensky", "Ursula von der Leyen", "Germany",
         "Olaf Scholz", "France", "Kremlin", "Dmitry Peskov", "Sergey Lavrov", "NATO"],
    ),
    doc(
        "b49en02_hegseth_contact_group_defence_ministerial_2025_02", "2025-02-13", EN02,
        [
            T("2014", "DATE", "2014"),
            T("Wednesday", "DATE", "2025-02-12", 0),
            T("about an hour and a half", "DURATION", "PT1H30M", mod="APPROX"),
            T("Thursday", "DATE", "2025-02-13", 0),
            T("Thursday", "DATE", "2025-02-13", 1),
            T("Wednesday", "DATE", "2025-02-12", 1),
            T("Friday", "DATE", "2025-02-14"),
        ],
        [
            E("Hegseth: NATO membership and a return to the pre-2014 borders are unrealistic for Ukraine", "REJECT",
              ["United States", "Ukraine"], "2025-02-12", "context", "occurred", "Defense Secretary Pete Hegseth used"),
            E("Ukraine Defense Contact Group meets at NATO headquarters", "CONSULT",
              ["United States", "Ukraine", "United Kingdom"], "2025-02-12", "text", "occurred",
              "Speaking Wednesday at a meeting"),
            E("Hegseth: security guarantees must be provided by European and non-European troops", "REQUEST",
              ["United States", "European Union"], "2025-02-12", "text", "occurred", "Speaking Wednesday at a meeting"),
            E("Hegseth: peacekeepers would be no NATO mission, not covered by Article 5, and no US troops", "REJECT",
              ["United States", "Ukraine", "NATO"], "2025-02-12", "context", "occurred",
              "If such troops were deployed"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "context",
              "occurred", "Hours later, President Donald Trump"),
            E("Trump and Putin agree to have their teams start negotiations immediately", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-02-12", "context", "occurred",
              "Hours later, President Donald Trump"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-02-12", "context",
              "occurred", "Trump then called"),
            E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"], "2025-02-12", "context",
              "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Putin and Trump agree in principle to meet in person", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2025-02-12", "context", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
            E("Putin–Trump meeting, possibly in Saudi Arabia", "CONSULT",
              ["Vladimir Putin", "Donald Trump", "Saudi Arabia"], "2025-02-13", "published", "planned",
              "Kremlin spokesman Dmitry Peskov said Thursday", note="no date given"),
            E("NATO defence ministers meet at headquarters", "CONSULT", ["NATO"], "2025-02-13", "text", "occurred",
              "The sequence rattled European ministers"),
            E("Pistorius criticises the US for public concessions before negotiations", "ACCUSE",
              ["Germany", "United States"], "2025-02-13", "context", "occurred", "German Defense Minister Boris Pistorius"),
            E("Kallas: appeasement has always failed", "ACCUSE", ["Kaja Kallas", "United States"], "2025-02-13",
              "context", "occurred", "German Defense Minister Boris Pistorius"),
            E("Britain announces 150 million pounds for air defence and drones", "AID", ["United Kingdom", "Ukraine"],
              "2025-02-12", "context", "occurred", "British Defence Secretary John Healey"),
            E("Umerov asks Washington for more Patriot interceptors", "REQUEST", ["Rustem Umerov", "United States"],
              "2025-02-12", "context", "occurred", "British Defence Secretary John Healey"),
            E("Vance and Rubio at the Munich Security Conference", "CONSULT", ["JD Vance", "Marco Rubio"],
              "2025-02-14", "text", "planned", "Vice President JD Vance"),
            E("Vance to meet Zelensky in Munich", "CONSULT", ["JD Vance", "Volodymyr Zelensky"], "2025-02-14",
              "context", "planned", "Vice President JD Vance"),
        ],
        [
            S("United States", "Hegseth: NATO membership for Ukraine and a return to its pre-2014 borders are not "
              "realistic", "2025-02-12", "context", "Defense Secretary Pete Hegseth used"),
            S("United States", "Hegseth: security guarantees must come from capable European and non-European troops",
              "2025-02-12", "text", "Speaking Wednesday at a meeting"),
            S("United States", "Hegseth: peacekeepers would be no NATO mission and not covered by Article 5; no US "
              "troops", "2025-02-12", "context", "If such troops were deployed"),
            S("Donald Trump", "Spoke with Putin; their teams will start negotiations immediately", "2025-02-12",
              "context", "Hours later, President Donald Trump"),
            S("Volodymyr Zelensky", "Discussed opportunities to achieve peace; Kyiv wants a lasting settlement",
              "2025-02-12", "context", "Trump then called"),
            S("Dmitry Peskov", "Putin invited Trump to Moscow; they agreed in principle to meet", "2025-02-13", "text",
              "Kremlin spokesman Dmitry Peskov said Thursday"),
            S("Germany", "Pistorius: regrettable that Washington made public concessions before negotiations",
              "2025-02-13", "context", "German Defense Minister Boris Pistorius"),
            S("Kaja Kallas", "Appeasement has always failed", "2025-02-13", "context",
              "German Defense Minister Boris Pistorius"),
            S("United States", "Hegseth: no betrayal of Kyiv; everything is on the table", "2025-02-13", "context",
              "Hegseth pushed back"),
            S("United Kingdom", "Healey announces 150 million pounds for air defence and drones", "2025-02-12",
              "context", "British Defence Secretary John Healey"),
            S("Rustem Umerov", "Appeals to Washington for more Patriot interceptors", "2025-02-12", "context",
              "British Defence Secretary John Healey"),
        ],
        ["United States", "NATO", "Ukraine", "European Union", "Donald Trump", "Russia", "Vladimir Putin",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Saudi Arabia", "Germany", "Kaja Kallas",
         "United Kingdom", "Rustem Umerov", "JD Vance", "Marco Rubio"],
    ),
    doc(
        "b49en03_eu_17th_package_shadow_fleet_2025_05", "2025-05-21", EN03,
        [
            T("Tuesday", "DATE", "2025-05-20"),
            T("now", "DATE", "PRESENT_REF"),
            T("December 2022", "DATE", "2022-12"),
            T("the same day", "DATE", "2025-05-20"),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("this month", "DATE", "2025-05"),
            T("30-day", "DURATION", "P30D"),
            T("every six months", "SET", "P6M"),
        ],
        [
            E("EU foreign ministers adopt the 17th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2025-05-20", "text", "occurred", "EU foreign ministers on Tuesday adopted"),
            E("G7 and EU impose the oil price cap", "SANCTION", ["European Union", "Russia"], "2022-12", "text",
              "occurred", "Moscow relies on the ageing tankers"),
            E("Work on an 18th package has begun", "SANCTION", ["European Union", "Russia"], "2025-05-21",
              "published", "planned", "The longer Russia wages its war", note="no date for the 18th package"),
            E("Britain announces 100 further sanctions", "SANCTION", ["United Kingdom", "Russia"], "2025-05-20",
              "text", "occurred", "Britain announced on the same day"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-05-19", "context",
              "occurred", "The new measures came a day after",
              note="'a day after' Tuesday's package; the relative phrase itself is not annotated"),
            E("Russia and Ukraine to start negotiations immediately, per Trump", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-21", "published", "planned", "The new measures came a day after",
              note="'immediately'; no date given"),
            E("Trump threatened massive sanctions if Moscow rejected a 30-day truce", "THREATEN",
              ["Donald Trump", "Russia"], "2025-05", "text", "occurred", "Trump, who earlier this month"),
            E("Sybiha welcomes the package", "SUPPORT", ["Andrii Sybiha", "European Union"], "2025-05-21",
              "published", "occurred", "Andrii Sybiha welcomed"),
            E("Sybiha calls on the EU to target Russian banks and Rosatom", "REQUEST",
              ["Andrii Sybiha", "European Union", "Russia"], "2025-05-21", "published", "occurred",
              "Andrii Sybiha welcomed"),
            E("Peskov: the restrictions are illegal", "ACCUSE", ["Dmitry Peskov", "European Union"], "2025-05-21",
              "published", "occurred", "In Moscow, Kremlin spokesman Dmitry Peskov"),
        ],
        [
            S("Kaja Kallas", "The longer Russia wages war, the tougher the response; work on an 18th package has "
              "begun", "2025-05-20", "context", "The longer Russia wages its war"),
            S("United Kingdom", "The sanctions are a coordinated move with Brussels", "2025-05-20", "context",
              "Britain announced on the same day"),
            S("European Union", "Next round could include a lower price cap and a Nord Stream transaction ban",
              "2025-05-21", "published", "A Commission spokesperson said"),
            S("Donald Trump", "Russia and Ukraine will immediately start negotiations towards a ceasefire",
              "2025-05-19", "context", "The new measures came a day after"),
            S("Donald Trump", "Threatened massive sanctions if Moscow rejected a 30-day truce", "2025-05", "text",
              "Trump, who earlier this month"),
            S("Donald Trump", "Reluctant to impose sanctions because there is a chance of getting something done",
              "2025-05-21", "published", "Trump, who earlier this month"),
            S("Andrii Sybiha", "Welcomes the package; the EU should target Russian banks and Rosatom", "2025-05-21",
              "published", "Andrii Sybiha welcomed"),
            S("Dmitry Peskov", "All such restrictions are illegal; Russia will minimise their impact", "2025-05-21",
              "published", "In Moscow, Kremlin spokesman Dmitry Peskov"),
        ],
        ["European Union", "Russia", "Ukraine", "Kaja Kallas", "United Kingdom", "United States", "Donald Trump",
         "Vladimir Putin", "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "Viktor Orbán"],
    ),
    doc(
        "b49en04_enlargement_package_ukraine_veto_2025_11", "2025-11-05", EN04,
        [
            T("Tuesday", "DATE", "2025-11-04"),
            T("annual", "SET", "P1Y"),
            T("June 2024", "DATE", "2024-06"),
            T("the end of 2026", "DATE", "2026", mod="END"),
            T("recent weeks", "DATE", "PAST_REF"),
            T("last month", "DATE", "2025-10"),
            T("October 23", "DATE", "2025-10-23"),
            T("Wednesday", "DATE", "2025-11-05"),
            T("2028", "DATE", "2028"),
            T("December", "DATE", "2025-12"),
        ],
        [
            E("Kos urges member states to open the first three clusters with Ukraine without delay", "REQUEST",
              ["European Union", "Ukraine"], "2025-11-04", "context", "occurred",
              "Presenting the annual enlargement package"),
            E("Ukraine formally started accession talks", "CONSULT", ["Ukraine", "European Union"], "2024-06", "text",
              "occurred", "Hungary's Prime Minister Viktor Orbán has vetoed"),
            E("Orbán has vetoed the opening of any cluster with Ukraine since", "REJECT", ["Viktor Orbán", "Ukraine"],
              "2024-06", "context", "occurred", "Hungary's Prime Minister Viktor Orbán has vetoed", date_mod="START"),
            E("The Commission criticises Serbia, including its refusal to align with EU sanctions", "ACCUSE",
              ["European Union"], "2025-11-04", "context", "occurred", "Serbia drew the sharpest criticism",
              note="Serbia is not canonical"),
            E("Some capitals float decoupling Moldova's bid from Ukraine's", "REQUEST", ["European Union", "Ukraine"],
              "PAST_REF", "vague", "occurred", "Some capitals have in recent weeks"),
            E("Zelensky warns that decoupling would reward Budapest's blackmail", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-10", "text", "occurred",
              "Some capitals have in recent weeks"),
            E("EU summit", "CONSULT", ["European Union"], "2025-10-23", "text", "occurred",
              "An attempt by European Council President"),
            E("Costa proposes qualified-majority voting on opening clusters", "REQUEST", ["European Union", "Ukraine"],
              "2025-10-23", "context", "occurred", "An attempt by European Council President"),
            E("Leaders refuse to change the unanimity rule for clusters", "REJECT", ["European Union", "Ukraine"],
              "2025-10-23", "text", "occurred", "An attempt by European Council President"),
            E("Orbán's office: no Hungarian consent as long as the war continues", "REJECT",
              ["Viktor Orbán", "Ukraine"], "2025-11-05", "published", "occurred", "office dismissed the report"),
            E("Peskov: EU membership is the sovereign right of any country", "SUPPORT", ["Dmitry Peskov", "Ukraine"],
              "2025-11-05", "text", "occurred", "In Moscow, Kremlin spokesman Dmitry Peskov"),
            E("EU December summit to return to enlargement", "CONSULT", ["European Union"], "2025-12", "text",
              "planned", "EU leaders are due to return"),
        ],
        [
            S("European Union", "Ukraine's path is blocked by one member state despite remarkable reforms",
              "2025-11-04", "text", "The European Commission on Tuesday named"),
            S("European Union", "Kos: Kyiv met the conditions for three clusters; open them without further delay",
              "2025-11-04", "context", "Presenting the annual enlargement package"),
            S("Viktor Orbán", "Ukraine's membership would drag the EU into the war", "2025-11-05", "published",
              "Hungary's Prime Minister Viktor Orbán has vetoed"),
            S("European Union", "Kos: Montenegro could wrap up negotiations by the end of 2026", "2025-11-04",
              "context", "Montenegro, which has provisionally closed"),
            S("Volodymyr Zelensky", "Decoupling Moldova would only reward blackmail from Budapest", "2025-10", "text",
              "Some capitals have in recent weeks"),
            S("Ukraine", "Kachka: Kyiv has done its homework; the blockage is political, not technical", "2025-11-05",
              "published", "Taras Kachka"),
            S("Viktor Orbán", "The report is a wish list from Brussels; no consent as long as the war continues",
              "2025-11-05", "published", "office dismissed the report"),
            S("Dmitry Peskov", "EU membership is the sovereign right of any country, unlike NATO enlargement",
              "2025-11-05", "text", "In Moscow, Kremlin spokesman Dmitry Peskov"),
        ],
        ["European Union", "Ukraine", "Viktor Orbán", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
         "NATO"],
    ),
    doc(
        "b49en05_rubio_skips_nato_foreign_ministers_2025_12", "2025-12-04", EN05,
        [
            T("Wednesday", "DATE", "2025-12-03"),
            T("nearly five hours", "DURATION", "PT5H", mod="APPROX"),
            T("Nov. 23", "DATE", "2025-11-23"),
            T("Nov. 30", "DATE", "2025-11-30"),
            T("right now", "DATE", "PRESENT_REF"),
            T("every night", "SET", "P1D"),
            T("Thursday", "DATE", "2025-12-04"),
            T("Tuesday", "DATE", "2025-12-02"),
        ],
        [
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO"], "2025-12-03", "text", "occurred",
              "Secretary of State Marco Rubio skipped"),
            E("Rubio skips the NATO foreign ministers' meeting", "CONSULT", ["Marco Rubio", "NATO"], "2025-12-03",
              "text", "cancelled", "Secretary of State Marco Rubio skipped"),
            E("Landau: Europe must take primary responsibility for its defence and for aid to Kyiv", "REQUEST",
              ["United States", "European Union"], "2025-12-03", "context", "occurred",
              "Deputy Secretary of State Christopher Landau"),
            E("Witkoff and Kushner meet Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-12-02", "context", "occurred", "The absence came a day after",
              note="'a day after' Wednesday's meeting"),
            E("US and Ukrainian negotiators rework the framework in Geneva", "CONSULT", ["United States", "Ukraine"],
              "2025-11-23", "text", "occurred", "The absence came a day after"),
            E("US and Ukrainian negotiators rework the framework in Florida", "CONSULT", ["United States", "Ukraine"],
              "2025-11-30", "text", "occurred", "The absence came a day after"),
            E("No compromise found on territory", "REJECT", ["Russia", "United States"], "2025-12-02", "context",
              "occurred", "Kremlin aide Yuri Ushakov"),
            E("Both sides agree not to disclose details", "AGREE", ["Russia", "United States"], "2025-12-02",
              "context", "occurred", "Kremlin aide Yuri Ushakov"),
            E("Putin: if Europe starts a war, Russia is ready right now", "THREATEN",
              ["Vladimir Putin", "European Union"], "2025-12-02", "context", "occurred",
              "Hours before the meeting"),
            E("Rutte urges allies to keep weapons flowing to Ukraine", "REQUEST", ["Mark Rutte", "NATO", "Ukraine"],
              "2025-12-03", "context", "occurred", "At NATO headquarters"),
            E("Germany, Norway and the Netherlands pledge new PURL contributions for US weapons for Ukraine", "AID",
              ["Germany", "Ukraine", "United States"], "2025-12-03", "context", "occurred",
              "Germany, Norway and the Netherlands announced"),
            E("Sybiha joins the NATO-Ukraine Council session", "CONSULT", ["Andrii Sybiha", "NATO"], "2025-12-03",
              "context", "occurred", "Ukrainian Foreign Minister Andrii Sybiha"),
            E("Sybiha: Russia is pretending to negotiate", "ACCUSE", ["Andrii Sybiha", "Russia"], "2025-12-03",
              "context", "occurred", "Ukrainian Foreign Minister Andrii Sybiha"),
            E("Russia launches hundreds of drones at Ukrainian cities every night", "ASSAULT", ["Russia", "Ukraine"],
              "2025-12-04", "published", "occurred", "Ukrainian Foreign Minister Andrii Sybiha",
              note="nightly attacks; no day given"),
            E("Witkoff and Kushner to meet Umerov in Miami", "CONSULT", ["Steve Witkoff", "Rustem Umerov"],
              "2025-12-04", "text", "planned", "are scheduled to meet"),
            E("Trump could meet Zelensky once the remaining issues are narrowed", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-12-04", "published", "uncertain",
              "are scheduled to meet", note="no date given"),
        ],
        [
            S("United States", "Landau: Europe must take primary responsibility for its defence and aid to Kyiv",
              "2025-12-03", "context", "Deputy Secretary of State Christopher Landau"),
            S("United States", "State Department: impractical to expect Rubio at every meeting", "2025-12-04",
              "published", "A State Department spokesman"),
            S("Yuri Ushakov", "Talks useful; no compromise on territory; details not to be disclosed", "2025-12-02",
              "context", "Kremlin aide Yuri Ushakov"),
            S("Vladimir Putin", "Russia has no plans to fight Europe, but is ready right now if Europe starts",
              "2025-12-02", "context", "Hours before the meeting"),
            S("Mark Rutte", "Keep weapons flowing; put Ukraine in the strongest possible position", "2025-12-03",
              "context", "At NATO headquarters"),
            S("Andrii Sybiha", "Russia is pretending to negotiate while launching drones every night", "2025-12-03",
              "context", "Ukrainian Foreign Minister Andrii Sybiha"),
            S("White House", "Trump could meet Zelensky once the remaining issues are narrowed", "2025-12-04",
              "published", "are scheduled to meet"),
            S("Donald Trump", "Putin would like to end the war, but it takes two to tango", "2025-12-02", "text",
              "told reporters Tuesday"),
            S("United States", "Wicker: skipping the meeting sends the wrong signal to Moscow", "2025-12-04",
              "published", "Sen. Roger Wicker"),
        ],
        ["Marco Rubio", "NATO", "United States", "Ukraine", "European Union", "Steve Witkoff", "Vladimir Putin",
         "Kremlin", "Yuri Ushakov", "Russia", "Mark Rutte", "Germany", "Andrii Sybiha", "Rustem Umerov",
         "White House", "Donald Trump", "Volodymyr Zelensky"],
    ),
    doc(
        "b49en06_rome_framework_security_guarantee_2026_04", "2026-04-23", EN06,
        [
            T("four years", "DURATION", "P4Y"),
            T("Wednesday", "DATE", "2026-04-22"),
            T("72 hours", "DURATION", "PT72H"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("this month", "DATE", "2026-04"),
            T("Thursday", "DATE", "2026-04-23"),
            T("March", "DATE", "2026-03"),
            T("December", "DATE", "2025-12"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("Coalition leaders and Zelensky sign the Rome Framework of security guarantees", "AGREE",
              ["Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Volodymyr Zelensky"], "2026-04-22", "context",
              "occurred", "Leaders of 31 countries",
              note="the lead's 'On Wednesday ... it added' summarises this signing"),
            E("Reassurance force to deploy once a ceasefire holds", "MOBILIZE",
              ["Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Ukraine"], "2026-04-23", "published", "planned",
              "Leaders of 31 countries", note="after a ceasefire; no date"),
            E("Coalition of the willing summit in Rome hosted by Meloni", "CONSULT",
              ["Giorgia Meloni", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Volodymyr Zelensky"],
              "2026-04-22", "context", "occurred", "The summit was hosted by"),
            E("Zelensky: no ceasefire until the guarantees are ratified", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-04-22", "context", "occurred", "But he made clear"),
            E("The United States does not sign the framework", "REJECT", ["United States", "Ukraine"], "2026-04-22",
              "context", "occurred", "The United States did not sign."),
            E("Washington offers a backstop in a separate bilateral document sent to the Senate", "AGREE",
              ["United States", "White House", "Ukraine"], "2026-04", "text", "occurred",
              "Instead, Washington has offered"),
            E("Rubio attends the summit as an observer", "CONSULT", ["Marco Rubio"], "2026-04-22", "context",
              "occurred", "Secretary of State Marco Rubio"),
            E("Rubio: no American soldiers on the ground", "REJECT", ["Marco Rubio", "Ukraine"], "2026-04-22",
              "context", "occurred", "Secretary of State Marco Rubio"),
            E("Lavrov: European troops in Ukraine would be legitimate targets", "THREATEN",
              ["Sergey Lavrov", "European Union"], "2026-04-23", "text", "occurred",
              "Foreign Minister Sergei Lavrov said Thursday"),
            E("Peskov dismisses the framework as a paper to prolong the war", "REJECT", ["Dmitry Peskov"],
              "2026-04-23", "context", "occurred", "Foreign Minister Sergei Lavrov said Thursday"),
            E("Russian negotiators demand no foreign forces in Ukraine", "REQUEST", ["Russia", "United States"],
              "2026-03", "context", "occurred", "Russia has insisted"),
            E("US and Russian negotiators meet in Riyadh", "CONSULT", ["United States", "Russia"], "2026-03", "text",
              "occurred", "Russia has insisted"),
            E("EU leaders approved the 90-billion-euro loan to finance Ukraine's armed forces", "AID",
              ["European Union", "Ukraine"], "2025-12", "text", "occurred", "Ukraine's armed forces are to be"),
        ],
        [
            S("Giorgia Meloni", "The most serious commitment Europe has made to its own security since the Cold War",
              "2026-04-22", "context", "The summit was hosted by"),
            S("Volodymyr Zelensky", "The first brick of an architecture that makes another invasion too expensive",
              "2026-04-22", "context", "the first brick"),
            S("Volodymyr Zelensky", "No ceasefire until national parliaments ratify the guarantees", "2026-04-22",
              "context", "But he made clear"),
            S("Marco Rubio", "America's commitment is real, but European soldiers will be on the ground",
              "2026-04-22", "context", "Secretary of State Marco Rubio"),
            S("Russia", "Moscow is unimpressed by the framework", "2026-04-23", "published", "Moscow was unimpressed"),
            S("Sergey Lavrov", "European troops in Ukraine would be legitimate targets", "2026-04-23", "text",
              "Foreign Minister Sergei Lavrov said Thursday"),
            S("Dmitry Peskov", "The framework is a paper designed to prolong the war", "2026-04-23", "context",
              "Foreign Minister Sergei Lavrov said Thursday"),
        ],
        ["Russia", "Ukraine", "European Union", "France", "Emmanuel Macron", "United Kingdom", "Keir Starmer",
         "Germany", "Friedrich Merz", "Volodymyr Zelensky", "Giorgia Meloni", "United States", "White House",
         "Marco Rubio", "Sergey Lavrov", "Kremlin", "Dmitry Peskov", "NATO"],
    ),
]
