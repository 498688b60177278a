"""English articles of the blind74 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b74en01 (Miami Herald, McClatchy Washington bureau)
EN01 = """
Biden warns Putin of 'swift and severe costs' in hourlong call as U.S. pulls staff from Kyiv

WASHINGTON — President Joe Biden warned Russian President Vladimir Putin on Saturday that the United States and its allies would "respond decisively and impose swift and severe costs" if Russia invades Ukraine, the White House said.
The two leaders spoke for a little more than an hour, with Biden on the line from the presidential retreat at Camp David in Maryland.
It was their first conversation since Dec. 30, when they spoke at Putin's request.

Biden told Putin that an invasion would produce "widespread human suffering" and diminish Russia's standing, according to a White House readout.
The United States remained prepared to engage in diplomacy "in full coordination with our Allies and partners," but was "equally prepared for other scenarios," the readout said.
A senior administration official told reporters afterward that the call was "professional and substantive" but had produced "no fundamental change" in a crisis that has been building for weeks.

Kremlin foreign policy adviser Yuri Ushakov told reporters in Moscow that American "hysteria" about an imminent invasion had "reached its peak."
Putin complained that Washington had still not given a substantive answer to Moscow's main demands, including a halt to NATO's eastward expansion, Ushakov said.
Earlier Saturday, Putin spoke by phone for nearly two hours with French President Emmanuel Macron, who has cast himself as a go-between.
Secretary of State Antony Blinken also spoke with Russian Foreign Minister Sergey Lavrov on Saturday.
Lavrov accused Washington of waging a "propaganda campaign" about Russian aggression, the Russian Foreign Ministry said.

The State Department on Saturday ordered most American staff at the U.S. Embassy in Kyiv to leave and urged all U.S. citizens to depart Ukraine immediately.
Ukrainian President Volodymyr Zelensky sought to calm his country, saying on Saturday that "the best friend of our enemies is panic."
Biden and Zelensky were scheduled to speak by phone on Sunday, the White House said.
National security adviser Jake Sullivan had warned Friday that Russian troops could move "any day," including during the Winter Olympics in Beijing, which end Feb. 20.

In South Florida, home to thousands of Ukrainian Americans, community groups planned a rally in downtown Miami for Sunday afternoon.
U.S. Sen. Marco Rubio, R-Fla., said Saturday that the administration should impose sanctions on Russia now rather than wait for tanks to cross the border.
"Deterrence that only kicks in after the invasion is not deterrence," Rubio said in a statement.
"""

# ---------------------------------------------------------------- b74en02 (Punchbowl News)
EN02 = """
The House clears $61 billion for Ukraine. The Senate is up Tuesday.

The House on Saturday passed $60.8 billion in aid for Ukraine, ending a six-month standoff that had left Kyiv's forces rationing artillery shells.
The vote was 311-112, with 101 Republicans joining 210 Democrats; a majority of the GOP conference voted no.
The chamber also approved $26 billion for Israel, $8 billion for Taiwan and the Indo-Pacific, and a bill that would force a sale of TikTok and let the administration seize Russian sovereign assets held in U.S. banks to help Ukraine.

The Senate is expected to take up the package Tuesday, and Majority Leader Chuck Schumer (D-N.Y.) told colleagues final passage could come as soon as Tuesday night.
President Joe Biden said in a statement Saturday that he would sign the bill "immediately" to "send a message to the world: We stand with our friends."
The Pentagon has a package of roughly $1 billion ready to ship soon after the bill becomes law, two administration officials told us.

Speaker Mike Johnson (R-La.) moved the bills over the objections of hardliners who have threatened his job.
"I'd rather send bullets to Ukraine than American boys," Johnson told reporters on Wednesday.
Donald Trump, who had pressed Republicans for months to hold up the money, wrote on Thursday that Ukraine's survival was "important to us" and that Europe should be paying more.
Sen. JD Vance (R-Ohio), who voted against the Senate version in February, said the House had "written another blank check."

Ukrainian President Volodymyr Zelenskyy thanked Johnson and "both parties" on X shortly after the vote, saying the aid "will keep the war from expanding" and save thousands of lives.
Kremlin spokesman Dmitry Peskov told state news agency RIA Novosti on Saturday that the money would "further enrich" the United States and "further ruin" Ukraine.
Foreign Ministry spokeswoman Maria Zakharova said the aid would only "aggravate the global crisis."

Russia launched a missile and drone attack on energy facilities in central and western Ukraine overnight into Saturday, Ukrainian officials said.
Ukraine has warned for months that its air defenses were running short.
NATO Secretary General Jens Stoltenberg on Friday urged allies to send more Patriot systems after a video call with Zelenskyy and the alliance's defense ministers.
"""

# ---------------------------------------------------------------- b74en03 (Anchorage Daily News)
EN03 = """
No deal in Anchorage: Trump and Putin end JBER summit without a ceasefire

President Donald Trump and Russian President Vladimir Putin ended a nearly three-hour meeting at Joint Base Elmendorf-Richardson on Friday without an agreement to halt the war in Ukraine.
"There's no deal until there's a deal," Trump told reporters at the base, although he said the two sides had agreed on "many points."
Putin, speaking first, called the talks "constructive" and said he hoped the "understanding" reached in Anchorage would open the way to peace.
He warned Kyiv and European capitals not to "torpedo the emerging progress" through provocations or behind-the-scenes intrigue.
When Trump thanked him, Putin answered in English: "Next time in Moscow."

The meeting, first billed as a one-on-one, was held in a three-on-three format, with Secretary of State Marco Rubio and special envoy Steve Witkoff joining Trump, and Foreign Minister Sergey Lavrov and aide Yuri Ushakov at Putin's side.
A working lunch with the larger delegations was scrapped, and Putin's plane left Anchorage within an hour of the news conference.

On the flight home, Trump spoke by phone with Ukrainian President Volodymyr Zelensky and then with European leaders and NATO Secretary General Mark Rutte, the White House said.
In a post on Truth Social on Saturday morning, Trump wrote that the best way to end the war was to go directly to a peace agreement rather than a ceasefire, which "often times do not hold up."
Zelensky said on Saturday that he would travel to Washington on Monday to meet Trump and thanked him for the invitation.
He also said Ukraine would not withdraw from the Donbas, which Putin is reported to have demanded in Anchorage as the price for ending the fighting.

Kremlin spokesman Dmitry Peskov said on Saturday that no date had been set for a follow-up meeting.
European leaders said in a joint statement Saturday that they stood ready to work toward a three-way summit of Trump, Putin and Zelensky, and that sanctions on Russia would stay in place.

Several hundred people rallied in downtown Anchorage on Friday, waving Ukrainian flags and signs reading "Alaska stands with Ukraine."
U.S. Sen. Lisa Murkowski said Friday night that she was "cautiously hopeful" but that no deal could be made without Ukraine at the table.
It was the first visit by a Kremlin leader to Alaska, which the Russian Empire sold to the United States in 1867.
"""

# ---------------------------------------------------------------- b74en04 (Houston Chronicle)
EN04 = """
Oil jumps as U.S. sanctions Rosneft and Lukoil; Trump shelves Putin summit

WASHINGTON — The Trump administration on Wednesday imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil, its most forceful step yet to pressure Moscow over the war in Ukraine.
Treasury Secretary Scott Bessent said the measures were needed "due to the Kremlin's lack of serious commitment to a peace process."
On Tuesday, President Donald Trump said a summit with Russian President Vladimir Putin in Budapest, announced last week and expected by early November, was off for now because he did not want "a wasted meeting."

Speaking in the Oval Office alongside NATO Secretary General Mark Rutte on Wednesday, Trump called the sanctions "tremendous" and said he hoped they would not stay in place for long.
"Every time I speak with Vladimir, I have good conversations, and then they don't go anywhere," Trump said.
Rutte, who has pressed Washington for months to squeeze Russia's energy revenue, praised the decision.
Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov had spoken by phone on Monday in what both sides called a "productive" call meant to prepare the summit.

Brent crude rose more than 5% on Thursday to above $65 a barrel, while West Texas Intermediate climbed above $61.
Traders in Houston said refiners in India, the largest buyer of Russian seaborne crude after China, were already reviewing their contracts with Rosneft.
Lukoil, which owns a chain of gas stations in the Northeast, has until Nov. 21 to wind down dealings with U.S. persons under a general license issued with the sanctions.

Putin said Thursday that the sanctions were "an unfriendly act" that would not significantly hurt Russia's economy, adding that "no self-respecting country" acts under pressure.
He warned that any strikes deep inside Russia with U.S.-made Tomahawk missiles would meet an "overwhelming" response.
Foreign Ministry spokeswoman Maria Zakharova called the measures "counterproductive" and said Russia had developed "strong immunity" to Western restrictions.

Ukrainian President Volodymyr Zelensky, who was in Brussels for a European Union summit on Thursday, called the U.S. step "a very important signal" and urged Europe to match it.
EU governments on Thursday formally adopted a 19th package of sanctions that bans imports of Russian liquefied natural gas from 2027.
"""

# ---------------------------------------------------------------- b74en05 (The Australian)
EN05 = """
No Tomahawks for Zelensky as Trump tells both sides to 'stop where they are'

Donald Trump has declined to promise Ukraine long-range Tomahawk missiles and urged Kyiv and Moscow to freeze the war along the current front line, leaving Volodymyr Zelensky's third White House visit of the year without the breakthrough he had sought.
The two leaders met for about two and a half hours over lunch in the Cabinet Room on Friday (US time), joined by Vice-President JD Vance, Secretary of State Marco Rubio and, on the Ukrainian side, chief of staff Andriy Yermak and Rustem Umerov, the secretary of the national security council.
"Hopefully we'll be able to end the war without thinking about Tomahawks," Mr Trump said as the meeting began, adding that the US needed the missiles "for our own country".
In a post on Truth Social after the lunch, he said both sides "should stop where they are" and "let both claim victory".

Mr Zelensky told reporters outside the White House that the talks had been "productive" but that the US President "doesn't want escalation".
He said Ukraine had offered the Americans thousands of its long-range drones in exchange for the missiles.
Putin "does not want peace", he added, accusing Moscow of using talk of a summit to play for time.

Mr Trump said he still expected to meet Vladimir Putin in Budapest soon, following their two-and-a-half-hour phone call on Thursday, and that he might then speak separately with Mr Zelensky.
The Kremlin said on Friday that Tomahawks would "change nothing" on the battlefield but would badly damage relations between Moscow and Washington.
On Thursday, Russian drones and missiles struck gas production facilities in the Poltava region, Ukrainian officials said.

Anthony Albanese will meet Mr Trump at the White House on Monday, where Ukraine is expected to feature alongside critical minerals and AUKUS.
Australia has committed more than $1.5bn in military assistance to Ukraine, including 49 decommissioned Abrams tanks announced last October.
It was Mr Zelensky's third visit to the White House since Mr Trump's return to office, after the Oval Office shouting match in February and a meeting with European leaders in August.
"""

# ---------------------------------------------------------------- b74en06 (The Seattle Times)
EN06 = """
House votes to bar Trump from lifting Russian oil sanctions without Congress

WASHINGTON — The House voted 287-131 on Thursday to require congressional review before the administration can lift sanctions on Russia's two largest oil companies, Rosneft and Lukoil, a bipartisan rebuke to President Donald Trump as he weighs easing pressure on Moscow.
The White House had urged lawmakers to reject the bill, arguing that it would "tie the president's hands" in peace talks.
Rep. Adam Smith of Bellevue, the top Democrat on the House Armed Services Committee and a co-sponsor, said after the vote that Congress would not let Vladimir Putin "buy his way out of sanctions."

Trump said Wednesday that he would consider lifting the sanctions, imposed last October, if Putin agreed to a ceasefire, calling them "a very big card."
He spoke with Putin by phone last Friday for more than two hours and with Ukrainian President Volodymyr Zelensky the next day.
Kremlin aide Yuri Ushakov said Putin had used the call to invite Trump to Moscow and to propose that Russian, American and Ukrainian negotiators meet in Istanbul.
Special envoy Steve Witkoff and Jared Kushner are due in Moscow next week, the White House said.

Zelensky thanked House members on X on Thursday night and urged the Senate to follow, warning that easing sanctions now would "reward aggression."
Senate Majority Leader John Thune said the Senate would take up the bill in June.
Kremlin spokesman Dmitry Peskov called the vote "an internal American matter" but accused "Russophobic" forces in Congress of trying to sabotage the talks.

The fight over the oil sanctions is the latest in a year of stop-and-start diplomacy.
In March, Trump threatened to impose 25% tariffs on countries that buy Russian oil unless a ceasefire was in place by July 4.
A summit in Budapest that Trump and Putin agreed on during a call last October was called off days later and has not been rescheduled.
Indian refiners have cut their purchases of Russian crude since the sanctions took effect, according to ship-tracking data.

In Washington state, the vote split the delegation along familiar lines, with all eight Democrats and two of the state's Republicans voting in favor.
Trump has not said whether he would veto the bill if it reaches his desk.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b74en01_biden_putin_call_2022_02", "2022-02-13", EN01,
        [
            T("hourlong", "DURATION", "PT1H"),
            T("Saturday", "DATE", "2022-02-12", 0),
            T("a little more than an hour", "DURATION", "PT1H", mod="MORE_THAN"),
            T("Dec. 30", "DATE", "2021-12-30"),
            T("weeks", "DURATION", "PXW"),
            T("Saturday", "DATE", "2022-02-12", 1),
            T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Saturday", "DATE", "2022-02-12", 2),
            T("Saturday", "DATE", "2022-02-12", 3),
            T("Saturday", "DATE", "2022-02-12", 4),
            T("Sunday", "DATE", "2022-02-13", 0),
            T("Friday", "DATE", "2022-02-11"),
            T("Feb. 20", "DATE", "2022-02-20"),
            T("Sunday afternoon", "TIME", "2022-02-13TAF"),
            T("Saturday", "DATE", "2022-02-12", 5),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("Biden warns Putin of swift and severe costs if Russia invades Ukraine", "THREATEN",
              ["Joe Biden", "Vladimir Putin", "Russia"], "2022-02-12", "text", "occurred",
              "respond decisively and impose swift"),
            E("Biden and Putin speak by phone for a little more than an hour", "CONSULT",
              ["Joe Biden", "Vladimir Putin"], "2022-02-12", "context", "occurred", "a little more than an hour"),
            E("Biden and Putin spoke on 30 December", "CONSULT", ["Joe Biden", "Vladimir Putin"], "2021-12-30",
              "text", "occurred", "since Dec. 30"),
            E("US remains prepared to engage in diplomacy", "AGREE", ["United States", "Russia"], "2022-02-12",
              "context", "occurred", "remained prepared to engage in diplomacy"),
            E("Ushakov: US hysteria about an invasion has peaked", "ACCUSE", ["Yuri Ushakov", "United States"],
              "2022-02-12", "context", "occurred", "reached its peak"),
            E("Putin complains Washington has not answered Moscow's main demands", "ACCUSE",
              ["Vladimir Putin", "United States"], "2022-02-12", "context", "occurred", "Putin complained"),
            E("Putin demands a halt to NATO's eastward expansion", "REQUEST", ["Vladimir Putin", "NATO"], "2022-02-12",
              "context", "occurred", "Putin complained"),
            E("Putin and Macron speak by phone for nearly two hours", "CONSULT", ["Vladimir Putin", "Emmanuel Macron"],
              "2022-02-12", "text", "occurred", "nearly two hours"),
            E("Blinken and Lavrov speak by phone", "CONSULT", ["Antony Blinken", "Sergey Lavrov"], "2022-02-12", "text",
              "occurred", "Blinken also spoke with"),
            E("Lavrov accuses Washington of a propaganda campaign", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2022-02-12", "context", "occurred", "propaganda campaign"),
            E("Biden and Zelensky to speak by phone", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2022-02-13",
              "text", "planned", "were scheduled to speak by phone on Sunday"),
            E("Rubio calls for sanctions on Russia now, before an invasion", "REQUEST",
              ["Marco Rubio", "United States", "Russia"], "2022-02-12", "text", "occurred",
              "should impose sanctions on Russia now"),
        ],
        [
            S("Joe Biden, via White House", "The US and its allies will respond decisively and impose swift and severe "
              "costs if Russia invades", "2022-02-12", "text", "respond decisively and impose swift"),
            S("Joe Biden, via White House", "An invasion would produce widespread human suffering and diminish "
              "Russia's standing", "2022-02-12", "context", "widespread human suffering"),
            S("White House", "The US is prepared for diplomacy but equally prepared for other scenarios",
              "2022-02-12", "context", "remained prepared to engage in diplomacy"),
            S("United States", "Senior official: the call was professional and substantive but brought no "
              "fundamental change", "2022-02-12", "context", "professional and substantive"),
            S("Yuri Ushakov", "American hysteria about an imminent invasion has reached its peak", "2022-02-12",
              "context", "reached its peak"),
            S("Vladimir Putin, via Yuri Ushakov", "Washington has not given a substantive answer to Moscow's main "
              "demands, including a halt to NATO expansion", "2022-02-12", "context", "Putin complained"),
            S("Sergey Lavrov", "Washington is waging a propaganda campaign about Russian aggression", "2022-02-12",
              "context", "propaganda campaign"),
            S("Volodymyr Zelensky", "The best friend of our enemies is panic", "2022-02-12", "text",
              "the best friend of our enemies"),
            S("White House", "Biden and Zelensky will speak by phone on Sunday", "2022-02-13", "published",
              "were scheduled to speak by phone on Sunday"),
            S("United States", "Sullivan: Russian troops could move any day, including during the Olympics",
              "2022-02-11", "text", "Jake Sullivan had warned Friday"),
            S("Marco Rubio", "The administration should impose sanctions on Russia now", "2022-02-12", "text",
              "should impose sanctions on Russia now"),
            S("Marco Rubio", "Deterrence that only kicks in after an invasion is not deterrence", "2022-02-12",
              "context", "Deterrence that only kicks in"),
        ],
        ["Joe Biden", "Vladimir Putin", "United States", "Russia", "Ukraine", "White House", "Kremlin",
         "Yuri Ushakov", "NATO", "Emmanuel Macron", "France", "Antony Blinken", "Sergey Lavrov", "Volodymyr Zelensky",
         "Marco Rubio"],
    ),
    doc(
        "b74en02_house_passes_ukraine_aid_2024_04", "2024-04-21", EN02,
        [
            T("Tuesday", "DATE", "2024-04-23", 0),
            T("Saturday", "DATE", "2024-04-20", 0),
            T("six-month", "DURATION", "P6M"),
            T("Tuesday", "DATE", "2024-04-23", 1),
            T("Tuesday night", "TIME", "2024-04-23TNI"),
            T("Saturday", "DATE", "2024-04-20", 1),
            T("soon", "DATE", "FUTURE_REF", 1),
            T("Wednesday", "DATE", "2024-04-17"),
            T("months", "DURATION", "PXM", 0),
            T("Thursday", "DATE", "2024-04-18"),
            T("February", "DATE", "2024-02"),
            T("Saturday", "DATE", "2024-04-20", 2),
            T("overnight into Saturday", "TIME", "2024-04-19TNI", note="night of 19 to 20 April"),
            T("months", "DURATION", "PXM", 1),
            T("Friday", "DATE", "2024-04-19"),
        ],
        [
            E("House passes 60.8 billion dollars in aid for Ukraine", "AID", ["United States", "Ukraine"],
              "2024-04-20", "text", "occurred", "The House on Saturday passed"),
            E("House bill lets the administration seize Russian sovereign assets to help Ukraine", "AID",
              ["United States", "Russia", "Ukraine"], "2024-04-20", "context", "planned",
              "seize Russian sovereign assets"),
            E("Senate to take up the Ukraine aid package", "AID", ["United States", "Ukraine"], "2024-04-23", "text",
              "planned", "The Senate is expected to take up"),
            E("Biden promises to sign the bill immediately", "AGREE", ["Joe Biden", "Ukraine"], "2024-04-20", "text",
              "occurred", "he would sign the bill"),
            E("Pentagon package of about 1 billion dollars ready to ship", "AID", ["United States", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "The Pentagon has a package"),
            E("Zelenskyy thanks Johnson and both parties for the vote", "SUPPORT",
              ["Volodymyr Zelensky", "United States"], "2024-04-20", "context", "occurred",
              "thanked Johnson and"),
            E("Peskov: the aid will enrich the US and ruin Ukraine", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-04-20", "text", "occurred", "further enrich"),
            E("Zakharova: the aid will aggravate the global crisis", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-04-21", "published", "occurred", "aggravate the global crisis"),
            E("Russian missile and drone attack on Ukrainian energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2024-04-19TNI", "text", "occurred", "overnight into Saturday"),
            E("Stoltenberg urges allies to send more Patriot systems", "REQUEST", ["Jens Stoltenberg", "NATO"],
              "2024-04-19", "text", "occurred", "Stoltenberg on Friday urged"),
            E("NATO video call with Zelenskyy and defense ministers", "CONSULT",
              ["Jens Stoltenberg", "NATO", "Volodymyr Zelensky"], "2024-04-19", "context", "occurred",
              "Stoltenberg on Friday urged"),
        ],
        [
            S("United States", "Schumer: final passage could come as soon as Tuesday night", "2024-04-21", "published",
              "told colleagues final passage"),
            S("Joe Biden", "Will sign the bill immediately to send a message: we stand with our friends", "2024-04-20",
              "text", "he would sign the bill"),
            S("United States", "Officials: a package of about 1 billion dollars is ready to ship", "2024-04-21",
              "published", "The Pentagon has a package"),
            S("United States", "Johnson: I'd rather send bullets to Ukraine than American boys", "2024-04-17", "text",
              "send bullets to Ukraine"),
            S("Donald Trump", "Ukraine's survival is important to us; Europe should pay more", "2024-04-18", "text",
              "wrote on Thursday"),
            S("JD Vance", "The House has written another blank check", "2024-04-21", "published",
              "another blank check"),
            S("Volodymyr Zelensky", "Thanks Johnson and both parties; the aid will keep the war from expanding and "
              "save lives", "2024-04-20", "context", "thanked Johnson and"),
            S("Dmitry Peskov", "The money will further enrich the US and further ruin Ukraine", "2024-04-20", "text",
              "further enrich"),
            S("Maria Zakharova", "The aid will only aggravate the global crisis", "2024-04-21", "published",
              "aggravate the global crisis"),
            S("Ukraine", "Russia attacked energy facilities overnight", "2024-04-21", "published",
              "overnight into Saturday"),
            S("Ukraine", "Its air defenses are running short", "2024-04-21", "published",
              "Ukraine has warned for months"),
            S("Jens Stoltenberg", "Allies should send more Patriot systems", "2024-04-19", "text",
              "Stoltenberg on Friday urged"),
        ],
        ["United States", "Ukraine", "Russia", "Joe Biden", "Donald Trump", "JD Vance", "Volodymyr Zelensky",
         "Kremlin", "Dmitry Peskov", "Maria Zakharova", "NATO", "Jens Stoltenberg", "European Union"],
    ),
    doc(
        "b74en03_anchorage_summit_no_deal_2025_08", "2025-08-16", EN03,
        [
            T("nearly three-hour", "DURATION", "PT3H", mod="APPROX"),
            T("Friday", "DATE", "2025-08-15", 0),
            T("Saturday morning", "TIME", "2025-08-16TMO"),
            T("Saturday", "DATE", "2025-08-16", 1),
            T("Monday", "DATE", "2025-08-18"),
            T("Saturday", "DATE", "2025-08-16", 2),
            T("Saturday", "DATE", "2025-08-16", 3),
            T("Friday", "DATE", "2025-08-15", 1),
            T("Friday night", "TIME", "2025-08-15TNI"),
            T("1867", "DATE", "1867"),
        ],
        [
            E("Trump and Putin meet at Joint Base Elmendorf-Richardson", "CONSULT",
              ["Donald Trump", "Vladimir Putin", "Marco Rubio", "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov"],
              "2025-08-15", "text", "occurred", "ended a nearly three-hour meeting"),
            E("No agreement to halt the war", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "occurred", "ended a nearly three-hour meeting"),
            E("Trump: the sides agreed on many points", "AGREE", ["Donald Trump", "Vladimir Putin"], "2025-08-15",
              "context", "occurred", "There's no deal until"),
            E("Putin warns Kyiv and European capitals not to torpedo the progress", "REQUEST",
              ["Vladimir Putin", "Ukraine", "European Union"], "2025-08-15", "context", "occurred",
              "torpedo the emerging progress"),
            E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"], "2025-08-15", "context",
              "occurred", "Next time in Moscow"),
            E("Working lunch with the larger delegations scrapped", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-08-15", "context", "cancelled", "A working lunch"),
            E("Trump phones Zelensky on the flight home", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-08-15", "context", "occurred", "On the flight home"),
            E("Trump phones European leaders and Rutte", "CONSULT",
              ["Donald Trump", "European Union", "Mark Rutte", "NATO"], "2025-08-15", "context", "occurred",
              "On the flight home"),
            E("Trump: go directly to a peace agreement rather than a ceasefire", "REQUEST",
              ["Donald Trump", "Russia", "Ukraine"], "2025-08-16TMO", "text", "occurred",
              "go directly to a peace agreement"),
            E("Zelensky to meet Trump in Washington", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-08-18",
              "text", "planned", "travel to Washington on Monday"),
            E("Zelensky thanks Trump for the invitation", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-08-16", "text", "occurred", "travel to Washington on Monday"),
            E("Zelensky: Ukraine will not withdraw from the Donbas", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-08-16", "context", "occurred", "would not withdraw from the Donbas"),
            E("Putin reportedly demanded the Donbas as the price for ending the fighting", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2025-08-15", "context", "uncertain",
              "would not withdraw from the Donbas"),
            E("European leaders ready to work toward a Trump–Putin–Zelensky summit", "AGREE",
              ["European Union", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"], "2025-08-16", "text",
              "occurred", "European leaders said in a joint statement"),
            E("European leaders: sanctions on Russia stay in place", "REJECT", ["European Union", "Russia"],
              "2025-08-16", "context", "occurred", "European leaders said in a joint statement"),
        ],
        [
            S("Donald Trump", "There's no deal until there's a deal; many points were agreed", "2025-08-15", "context",
              "There's no deal until"),
            S("Vladimir Putin", "The talks were constructive; the understanding reached could open the way to peace",
              "2025-08-15", "context", "Putin, speaking first"),
            S("Vladimir Putin", "Kyiv and European capitals must not torpedo the emerging progress", "2025-08-15",
              "context", "torpedo the emerging progress"),
            S("Vladimir Putin", "Next time in Moscow", "2025-08-15", "context", "Next time in Moscow"),
            S("White House", "Trump spoke with Zelensky, European leaders and Rutte on the flight home",
              "2025-08-15", "context", "On the flight home"),
            S("Donald Trump", "The best way to end the war is a peace agreement, not a ceasefire", "2025-08-16TMO",
              "text", "go directly to a peace agreement"),
            S("Volodymyr Zelensky", "Will travel to Washington on Monday; thanks Trump for the invitation",
              "2025-08-16", "text", "travel to Washington on Monday"),
            S("Volodymyr Zelensky", "Ukraine will not withdraw from the Donbas", "2025-08-16", "context",
              "would not withdraw from the Donbas"),
            S("Dmitry Peskov", "No date has been set for a follow-up meeting", "2025-08-16", "text",
              "no date had been set"),
            S("Joint statement: European Union", "Ready to work toward a three-way summit; sanctions on Russia stay",
              "2025-08-16", "text", "European leaders said in a joint statement"),
            S("United States", "Murkowski: cautiously hopeful, but no deal without Ukraine at the table",
              "2025-08-15TNI", "text", "cautiously hopeful"),
        ],
        ["Donald Trump", "Vladimir Putin", "Ukraine", "European Union", "Russia", "United States", "Marco Rubio",
         "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "Volodymyr Zelensky", "NATO", "Mark Rutte",
         "White House", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b74en04_rosneft_lukoil_sanctions_2025_10", "2025-10-23", EN04,
        [
            T("Wednesday", "DATE", "2025-10-22", 0),
            T("Tuesday", "DATE", "2025-10-21"),
            T("last week", "DATE", "2025-W42"),
            T("early November", "DATE", "2025-11", mod="START"),
            T("now", "DATE", "PRESENT_REF"),
            T("Wednesday", "DATE", "2025-10-22", 1),
            T("months", "DURATION", "PXM"),
            T("Monday", "DATE", "2025-10-20"),
            T("Thursday", "DATE", "2025-10-23", 0),
            T("Nov. 21", "DATE", "2025-11-21"),
            T("Thursday", "DATE", "2025-10-23", 1),
            T("Thursday", "DATE", "2025-10-23", 2),
            T("Thursday", "DATE", "2025-10-23", 3),
            T("2027", "DATE", "2027"),
        ],
        [
            E("US sanctions Rosneft and Lukoil", "SANCTION", ["United States", "Russia"], "2025-10-22", "text",
              "occurred", "The Trump administration on Wednesday imposed sanctions"),
            E("Bessent: the Kremlin lacks serious commitment to a peace process", "ACCUSE",
              ["United States", "Kremlin"], "2025-10-22", "context", "occurred", "lack of serious commitment"),
            E("Trump calls off the Budapest summit with Putin for now", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-11", "text", "cancelled", "a summit with Russian President Vladimir Putin in Budapest",
              date_mod="START", note="called off on Tuesday 21 October 2025"),
            E("Trump meets Rutte in the Oval Office", "CONSULT", ["Donald Trump", "Mark Rutte"], "2025-10-22", "text",
              "occurred", "alongside NATO Secretary General Mark Rutte"),
            E("Trump complains that his talks with Putin go nowhere", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
              "2025-10-22", "context", "occurred", "Every time I speak with Vladimir"),
            E("Rutte praises the sanctions decision", "SUPPORT", ["Mark Rutte", "United States"], "2025-10-22",
              "context", "occurred", "praised the decision"),
            E("Rubio and Lavrov speak by phone", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-10-20", "text",
              "occurred", "had spoken by phone on Monday"),
            E("Putin calls the sanctions an unfriendly act", "ACCUSE", ["Vladimir Putin", "United States"],
              "2025-10-23", "text", "occurred", "an unfriendly act"),
            E("Putin: Russia will not act under pressure", "REJECT", ["Vladimir Putin", "United States"], "2025-10-23",
              "context", "occurred", "an unfriendly act"),
            E("Putin threatens an overwhelming response to Tomahawk strikes", "THREATEN",
              ["Vladimir Putin", "Ukraine", "United States"], "2025-10-23", "context", "occurred", "overwhelming"),
            E("Zakharova calls the sanctions counterproductive", "ACCUSE", ["Maria Zakharova", "United States"],
              "2025-10-23", "published", "occurred", "counterproductive"),
            E("EU summit in Brussels attended by Zelensky", "CONSULT", ["European Union", "Volodymyr Zelensky"],
              "2025-10-23", "text", "occurred", "who was in Brussels for a European Union summit"),
            E("Zelensky welcomes the US sanctions", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2025-10-23",
              "context", "occurred", "a very important signal"),
            E("Zelensky urges Europe to match the US sanctions", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2025-10-23", "context", "occurred", "urged Europe to match it"),
            E("EU adopts its 19th sanctions package with an LNG import ban from 2027", "SANCTION",
              ["European Union", "Russia"], "2025-10-23", "text", "occurred", "19th package"),
        ],
        [
            S("United States", "Bessent: sanctions needed due to the Kremlin's lack of commitment to peace",
              "2025-10-22", "context", "lack of serious commitment"),
            S("Donald Trump", "The Budapest summit is off for now; he does not want a wasted meeting", "2025-10-21",
              "text", "a summit with Russian President Vladimir Putin in Budapest"),
            S("Donald Trump", "The sanctions are tremendous; hopes they will not stay long", "2025-10-22", "text",
              "alongside NATO Secretary General Mark Rutte"),
            S("Donald Trump", "Good conversations with Putin never go anywhere", "2025-10-22", "context",
              "Every time I speak with Vladimir"),
            S("Mark Rutte", "Praises the sanctions decision", "2025-10-22", "context", "praised the decision"),
            S("United States", "The Rubio–Lavrov call was productive", "2025-10-20", "context",
              "had spoken by phone on Monday"),
            S("Russia", "The Rubio–Lavrov call was productive", "2025-10-20", "context",
              "had spoken by phone on Monday"),
            S("Vladimir Putin", "The sanctions are an unfriendly act that will not significantly hurt Russia; no "
              "self-respecting country acts under pressure", "2025-10-23", "text", "an unfriendly act"),
            S("Vladimir Putin", "Tomahawk strikes deep inside Russia would meet an overwhelming response",
              "2025-10-23", "context", "overwhelming"),
            S("Maria Zakharova", "The measures are counterproductive; Russia has strong immunity to sanctions",
              "2025-10-23", "published", "counterproductive"),
            S("Volodymyr Zelensky", "The US step is a very important signal; Europe should match it", "2025-10-23",
              "context", "a very important signal"),
        ],
        ["United States", "Russia", "Ukraine", "Kremlin", "Donald Trump", "Vladimir Putin", "NATO", "Mark Rutte",
         "Marco Rubio", "Sergey Lavrov", "China", "Maria Zakharova", "Volodymyr Zelensky", "European Union"],
    ),
    doc(
        "b74en05_zelensky_white_house_tomahawks_2025_10", "2025-10-18", EN05,
        [
            T("the year", "DATE", "2025"),
            T("about two and a half hours", "DURATION", "PT2H30M", mod="APPROX"),
            T("Friday", "DATE", "2025-10-17", 0, note="US time"),
            T("soon", "DATE", "FUTURE_REF"),
            T("two-and-a-half-hour", "DURATION", "PT2H30M"),
            T("Thursday", "DATE", "2025-10-16", 0),
            T("Friday", "DATE", "2025-10-17", 1),
            T("Thursday", "DATE", "2025-10-16", 1),
            T("Monday", "DATE", "2025-10-20", note="US time"),
            T("last October", "DATE", "2024-10"),
            T("February", "DATE", "2025-02"),
            T("August", "DATE", "2025-08"),
        ],
        [
            E("Zelensky meets Trump over lunch at the White House", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "JD Vance", "Marco Rubio", "Andriy Yermak", "Rustem Umerov"],
              "2025-10-17", "text", "occurred", "The two leaders met for about two and a half hours"),
            E("Trump declines to promise Tomahawks", "REJECT", ["Donald Trump", "Volodymyr Zelensky"], "2025-10-17",
              "context", "occurred", "without thinking about Tomahawks"),
            E("Trump urges both sides to stop where they are", "REQUEST", ["Donald Trump", "Russia", "Ukraine"],
              "2025-10-17", "context", "occurred", "should stop where they are"),
            E("Ukraine offers the US thousands of long-range drones in exchange for Tomahawks", "REQUEST",
              ["Ukraine", "United States"], "2025-10-17", "context", "occurred", "offered the Americans thousands"),
            E("Zelensky accuses Moscow of playing for time", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2025-10-17",
              "context", "occurred", "play for time"),
            E("Trump expects to meet Putin in Budapest soon", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "FUTURE_REF", "vague", "planned", "expected to meet Vladimir Putin in Budapest soon"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10-16", "text", "occurred",
              "two-and-a-half-hour phone call"),
            E("Trump may speak separately with Zelensky after Budapest", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky"], "FUTURE_REF", "vague", "uncertain",
              "speak separately with Mr Zelensky"),
            E("Kremlin warns Tomahawks would badly damage relations with Washington", "REQUEST",
              ["Kremlin", "United States"], "2025-10-17", "text", "occurred", "change nothing"),
            E("Russian strikes on gas production facilities in the Poltava region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-10-16", "text", "occurred", "gas production facilities"),
            E("Albanese to meet Trump at the White House", "CONSULT", ["Donald Trump"], "2025-10-20", "text", "planned",
              "Anthony Albanese will meet"),
            E("Australia announced 49 Abrams tanks for Ukraine", "AID", ["Ukraine"], "2024-10", "text", "occurred",
              "Abrams tanks"),
            E("Oval Office meeting of Zelensky and Trump in February", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-02", "text", "occurred", "shouting match"),
            E("Zelensky and European leaders at the White House in August", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "European Union"], "2025-08", "text", "occurred",
              "a meeting with European leaders in August"),
        ],
        [
            S("Donald Trump", "Hopefully the war can end without Tomahawks; the US needs them for itself",
              "2025-10-17", "context", "without thinking about Tomahawks"),
            S("Donald Trump", "Both sides should stop where they are and let both claim victory", "2025-10-17",
              "context", "should stop where they are"),
            S("Volodymyr Zelensky", "The talks were productive but Trump does not want escalation", "2025-10-17",
              "context", "doesn't want escalation"),
            S("Volodymyr Zelensky", "Ukraine offered the US thousands of long-range drones for the missiles",
              "2025-10-17", "context", "offered the Americans thousands"),
            S("Volodymyr Zelensky", "Putin does not want peace and uses summit talk to play for time", "2025-10-17",
              "context", "play for time"),
            S("Donald Trump", "Still expects to meet Putin in Budapest soon and may then speak separately with Zelensky",
              "2025-10-17", "context", "expected to meet Vladimir Putin in Budapest soon"),
            S("Kremlin", "Tomahawks would change nothing on the battlefield but badly damage relations", "2025-10-17",
              "text", "change nothing"),
            S("Ukraine", "Russian drones and missiles struck gas facilities in the Poltava region", "2025-10-18",
              "published", "gas production facilities"),
        ],
        ["Donald Trump", "Ukraine", "Russia", "Volodymyr Zelensky", "JD Vance", "Marco Rubio",
         "Andriy Yermak", "Rustem Umerov", "United States", "Vladimir Putin", "Kremlin", "European Union"],
    ),
    doc(
        "b74en06_house_oil_sanctions_review_2026_05", "2026-05-15", EN06,
        [
            T("Thursday", "DATE", "2026-05-14", 0),
            T("Wednesday", "DATE", "2026-05-13"),
            T("last October", "DATE", "2025-10", 0),
            T("last Friday", "DATE", "2026-05-08"),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("the next day", "DATE", "2026-05-09"),
            T("next week", "DATE", "2026-W21"),
            T("Thursday night", "TIME", "2026-05-14TNI"),
            T("now", "DATE", "PRESENT_REF"),
            T("June", "DATE", "2026-06"),
            T("a year", "DURATION", "P1Y"),
            T("March", "DATE", "2026-03"),
            T("July 4", "DATE", "2026-07-04"),
            T("last October", "DATE", "2025-10", 1),
        ],
        [
            E("House passes a bill requiring congressional review before sanctions on Rosneft and Lukoil can be lifted",
              "SANCTION", ["United States", "Russia"], "2026-05-14", "text", "occurred", "The House voted 287-131"),
            E("Trump would consider lifting the oil sanctions if Putin agrees to a ceasefire", "AGREE",
              ["Donald Trump", "Russia"], "2026-05-13", "text", "occurred", "would consider lifting the sanctions"),
            E("Trump's condition: a ceasefire", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2026-05-13", "text",
              "occurred", "would consider lifting the sanctions"),
            E("US sanctions on Rosneft and Lukoil imposed last October", "SANCTION", ["United States", "Russia"],
              "2025-10", "text", "occurred", "would consider lifting the sanctions"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2026-05-08", "text", "occurred",
              "He spoke with Putin by phone last Friday"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-05-09", "text",
              "occurred", "He spoke with Putin by phone last Friday"),
            E("Putin invites Trump to Moscow", "REQUEST", ["Vladimir Putin", "Donald Trump"], "2026-05-08", "context",
              "occurred", "to invite Trump to Moscow"),
            E("Putin proposes that Russian, US and Ukrainian negotiators meet in Istanbul", "REQUEST",
              ["Vladimir Putin", "Donald Trump", "Ukraine"], "2026-05-08", "context", "occurred",
              "to invite Trump to Moscow"),
            E("Witkoff and Kushner to visit Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W21", "text",
              "planned", "are due in Moscow next week"),
            E("Zelensky thanks House members", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2026-05-14TNI",
              "text", "occurred", "Zelensky thanked House members"),
            E("Zelensky urges the Senate to follow", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2026-05-14TNI", "text", "occurred", "Zelensky thanked House members"),
            E("Senate to take up the sanctions bill", "SANCTION", ["United States", "Russia"], "2026-06", "text",
              "planned", "would take up the bill in June"),
            E("Peskov accuses Russophobic forces in Congress of sabotaging the talks", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2026-05-15", "published", "occurred", "Russophobic"),
            E("Trump threatens tariffs on buyers of Russian oil unless there is a ceasefire", "THREATEN",
              ["Donald Trump", "Russia"], "2026-03", "text", "occurred", "In March, Trump threatened",
              note="deadline 4 July 2026"),
            E("Trump and Putin agreed in a call on a Budapest summit", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-10", "text", "occurred", "A summit in Budapest that Trump and Putin agreed on"),
            E("Budapest summit called off", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10", "text",
              "cancelled", "A summit in Budapest that Trump and Putin agreed on",
              note="no planned date in the text; dated by the month of the call in which it was agreed"),
        ],
        [
            S("White House", "The bill would tie the president's hands in peace talks", "2026-05-15", "published",
              "tie the president's hands"),
            S("United States", "Smith: Congress will not let Putin buy his way out of sanctions", "2026-05-14",
              "context", "buy his way out of sanctions"),
            S("Donald Trump", "Would consider lifting the sanctions if Putin agrees to a ceasefire; they are a very "
              "big card", "2026-05-13", "text", "would consider lifting the sanctions"),
            S("Yuri Ushakov", "Putin invited Trump to Moscow and proposed talks of negotiators in Istanbul",
              "2026-05-08", "context", "to invite Trump to Moscow"),
            S("White House", "Witkoff and Kushner are due in Moscow next week", "2026-05-15", "published",
              "are due in Moscow next week"),
            S("Volodymyr Zelensky", "Thanks the House; the Senate should follow; easing sanctions now would reward "
              "aggression", "2026-05-14TNI", "text", "Zelensky thanked House members"),
            S("United States", "Thune: the Senate will take up the bill in June", "2026-05-15", "published",
              "would take up the bill in June"),
            S("Dmitry Peskov", "The vote is an internal American matter, but Russophobic forces want to sabotage the "
              "talks", "2026-05-15", "published", "Russophobic"),
        ],
        ["United States", "Russia", "Donald Trump", "White House", "Vladimir Putin", "Volodymyr Zelensky", "Ukraine",
         "Kremlin", "Yuri Ushakov", "Steve Witkoff", "Dmitry Peskov"],
    ),
]
