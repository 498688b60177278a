"""English articles of the blind45 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b45en01 (Deseret News)
EN01 = """
Utah's senators split as Senate passes $95 billion aid package for Ukraine, Israel and Taiwan

WASHINGTON — The Senate passed a $95.3 billion foreign aid package early Tuesday after a session that ran through the night, sending the bill to a House whose Republican leader has already signaled he is in no hurry to take it up.
The 70-29 vote, at about 5 a.m., included roughly $60 billion for Ukraine, $14 billion for Israel and nearly $5 billion for Indo-Pacific partners including Taiwan.
Twenty-two Republicans joined most Democrats in support.

Utah's two senators landed on opposite sides.
Sen. Mitt Romney, R-Utah, voted for the bill and said on the floor that abandoning Ukraine would tell Vladimir Putin "that the free world has lost its nerve."
Sen. Mike Lee, R-Utah, was among a group of conservatives who held the floor for hours, arguing that the money should not go out the door while the southern border remained "wide open."
Sen. JD Vance, R-Ohio, who voted against the bill after speaking past midnight, said the package would prolong "a war that cannot be won" and amounted to "a blank check" for Kyiv.

The bill now faces an uncertain future in the House.
Speaker Mike Johnson, R-La., said in a statement Monday night that the House "will not be rushed" into passing a bill that contains no border provisions.
President Joe Biden urged the House on Tuesday afternoon to act quickly, asking, "What are we waiting for?"
Biden also called recent remarks by former President Donald Trump about NATO "dumb, shameful, dangerous and un-American."

At a rally in Conway, South Carolina, on Saturday, Trump recounted telling the leader of an unnamed NATO country that he would not protect allies that failed to meet the alliance's spending targets and would instead "encourage" Russia "to do whatever the hell they want."
NATO Secretary General Jens Stoltenberg said Sunday that any suggestion that allies would not defend each other "undermines all of our security, including that of the U.S."
Trump, the front-runner for the Republican nomination, has also urged Republicans to oppose any foreign aid that is not structured as a loan.

In Kyiv, President Volodymyr Zelenskyy thanked the senators who voted for the package, writing on X that the aid would "save lives," and urged the House to follow suit.
The Kremlin was dismissive.
Spokesman Dmitry Peskov told reporters in Moscow that new American money would "not change anything" on the battlefield and would only "prolong the agony" of Ukraine.
Russia launched another wave of drones and missiles at Ukrainian cities overnight, Ukraine's air force said.

Romney, who is not seeking reelection, called the vote "one of the most consequential" of his time in the Senate.
Lee, in a post on X, said he would keep urging House members to reject what he called "an America Last package."
Johnson has floated breaking the package into separate bills, an approach Senate Democrats rejected last fall.
"""

# ---------------------------------------------------------------- b45en02 (Roll Call)
EN02 = """
Rubio tells senators new Russia sanctions now would end talks before they start

Secretary of State Marco Rubio urged senators on Tuesday to hold off on a Russia sanctions bill backed by more than 80 of them, arguing that threatening Moscow with new penalties now would drive it away from negotiations that President Donald Trump believes are finally within reach.
"If we threaten sanctions, the Russians will stop talking," Rubio told the Senate Foreign Relations Committee during a hearing on the State Department's budget request for next year.
"There is value in being able to talk to them and to get them to the table."

The hearing came a day after Trump spoke with Russian President Vladimir Putin for more than two hours, a call the president later described as "excellent" and after which he said Russia and Ukraine would "immediately start negotiations" toward a ceasefire.
Putin, speaking to reporters in Sochi on Monday, said Moscow was ready to work with Kyiv on a "memorandum" outlining the principles of a possible peace settlement, but he did not commit to a ceasefire.
Trump also said the Vatican, represented by the newly elected Pope Leo XIV, had indicated it would be "very interested" in hosting the talks.

Lawmakers from both parties pressed Rubio on whether the administration was giving Putin too much time.
Sen. Jeanne Shaheen of New Hampshire, the committee's top Democrat, said the Kremlin was "playing the president," while Sen. Lindsey Graham, R-S.C., who does not sit on the panel, has said he is ready to move his bill, which would impose tariffs of up to 500 percent on countries that buy Russian oil, as soon as Moscow stalls.
Rubio said that if it became clear Moscow was not serious, the administration would work with Congress on "consequences," and he did not rule out backing Graham's measure.

The administration's caution contrasts with moves in Europe.
The European Union on Tuesday formally adopted its 17th package of sanctions against Russia, targeting nearly 200 vessels of Moscow's so-called shadow fleet, while Britain announced measures against 100 more tankers the same day.
European leaders, including German Chancellor Friedrich Merz, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni, had joined a call with Trump and Ukrainian President Volodymyr Zelenskyy after the Putin conversation on Monday.
Zelenskyy said afterward that Ukraine was ready for direct talks "in any format that brings results" but that a full ceasefire had to come first.

In Moscow, Kremlin spokesman Dmitry Peskov said Tuesday there were "no deadlines" for drafting the memorandum and that "the devil is in the details."
Rubio is scheduled to testify before the House Foreign Affairs Committee on Wednesday, and a Senate vote on the Graham bill is not expected before lawmakers leave for next week's recess.
Senate Majority Leader John Thune, R-S.D., said he would bring the measure to the floor "if and when" the White House gives the go-ahead.
"""

# ---------------------------------------------------------------- b45en03 (PoliticsHome)
EN03 = """
Commons backs British troops for Ukraine after a ceasefire as Farage leads revolt against 'open-ended' mission

MPs have voted overwhelmingly to approve in principle the deployment of British troops to Ukraine as part of a European-led reassurance force once a ceasefire is agreed with Russia, handing Keir Starmer a comfortable victory on the most consequential military decision of his premiership.
The motion was carried by 512 votes to 41 on Wednesday evening after a six-hour debate in which the Conservatives backed the government while Reform UK, a handful of Labour left-wingers and several independents voted against.
Under the plans, up to 7,500 personnel would be based away from the front line, largely in training and air-defence roles, for an initial period of two years.

Opening the debate, Starmer told MPs that the Paris declaration he signed on Saturday with Emmanuel Macron, Volodymyr Zelensky and the leaders of 23 other countries gave Ukraine "the strongest security guarantees it has ever had", and that a ceasefire without them would be "an invitation for Putin to come back".
He confirmed that US Secretary of State Marco Rubio had assured him in a call on Tuesday that Washington would support the force with intelligence and air surveillance, although no American troops would be on the ground.

Kemi Badenoch said the Conservatives would "not play politics with the safety of British servicemen" and supported the motion, but pressed the prime minister to set out the rules of engagement should Russian forces attack British positions.
Nigel Farage said Reform UK could not back an "open-ended commitment with no exit strategy", adding that Europe should "let the Americans and the Russians sort out the peace".
Liberal Democrat leader Sir Ed Davey accused Farage of "parroting the Kremlin's line", prompting angry exchanges across the chamber.

Moscow's response was swift.
Russian foreign ministry spokeswoman Maria Zakharova said on Thursday morning that any British soldiers in Ukraine would be "legitimate targets" for the Russian armed forces, while Kremlin spokesman Dmitry Peskov repeated that Russia would not accept troops from Nato countries "under any flag".
In Kyiv, President Volodymyr Zelensky thanked MPs for what he called "a historic vote of solidarity".

Defence Secretary John Healey is expected to travel to Kyiv next week to discuss basing options with his Ukrainian counterpart, while US envoy Steve Witkoff is due to meet Russian negotiators in Istanbul on Friday for what officials describe as the decisive round on ceasefire lines.
A senior government source told PoliticsHome that no troops would move "until the guns have fallen silent and stayed silent".
"""

# ---------------------------------------------------------------- b45en04 (The Scotsman)
EN04 = """
Abramovich sanctioned as Starmer says UK has been 'too slow' and Sturgeon presses for faster refugee visas

The UK Government has frozen the British assets of Chelsea owner Roman Abramovich and six other Russian oligarchs, in a move ministers said would make the country "no safe haven" for those close to Vladimir Putin.
The sanctions, announced on Thursday, combine a travel ban with an asset freeze covering a combined fortune estimated at £15 billion, although Chelsea has been granted a special licence to keep playing its fixtures.

Sir Keir Starmer had accused ministers at Prime Minister's Questions on Wednesday of "dragging their feet", asking why it had taken the Government so long to act against an oligarch whom the Home Office had flagged as a concern as long ago as 2019.
"Every day that we wait is another day for the money to be moved out of reach," the Labour leader told MPs.
Boris Johnson replied that the Government was moving "as fast as the law allows" and pointed to the Economic Crime Bill, which cleared the Commons on Monday and is expected to receive Royal Assent next week.

On Tuesday, President Volodymyr Zelensky became the first foreign leader to address the Commons directly, speaking by video link to a packed chamber and invoking Winston Churchill as he urged MPs to tighten sanctions and to recognise Russia as a terrorist state.
MPs from every party rose to applaud him.

In Edinburgh, First Minister Nicola Sturgeon said Scotland stood ready to take "at least 3,000" refugees in the first wave and urged the Home Office to waive visa requirements altogether, as Ireland and EU countries have done.
SNP Westminster leader Ian Blackford called the visa regime "a disgrace" after it emerged that only around 760 visas had been issued under the family scheme by Wednesday.
Michael Gove, the Levelling Up Secretary, is expected to open a sponsorship scheme on Monday allowing households across the UK to host Ukrainians.

Diplomatic efforts, meanwhile, made little headway.
Russia's foreign minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba met in the Turkish resort of Antalya on Thursday in the highest-level talks since the invasion, but Mr Kuleba said afterwards that there had been "no progress" on a ceasefire.
Moscow said it would retaliate against the British sanctions, with foreign ministry spokeswoman Maria Zakharova warning that London would face "a tough response".
"""

# ---------------------------------------------------------------- b45en05 (New Statesman)
EN05 = """
Starmer's first weekend: Ukraine, before almost anything else

Keir Starmer had been Prime Minister for barely a day when he picked up the phone to Volodymyr Zelensky on Saturday morning, and the choice of one of his first foreign calls was not an accident.
According to Downing Street, Starmer told the Ukrainian president that Britain's support would remain "unwavering" under Labour and that the £3bn a year in military aid promised by the previous government would continue "for as long as it takes".
Zelensky later wrote that he had invited the new Prime Minister to visit Kyiv.

The following day John Healey, the new Defence Secretary, was in Odesa, where he met Zelensky and announced that a package of artillery ammunition, 90 Brimstone missiles and spare parts promised in April would be delivered within 100 days.
David Lammy, meanwhile, spent the weekend in Berlin, Warsaw and Stockholm, telling his German counterpart Annalena Baerbock that a Labour government wanted a "reset" with Europe, starting with a new defence pact.

The weekend's activity was meant to draw a line under the campaign.
Nigel Farage, elected in Clacton at the eighth attempt, had claimed in a BBC interview last month that the West had "provoked" Putin's invasion by expanding Nato and the EU eastwards; Starmer called the remarks "disgraceful" at the time, and Rishi Sunak, now leader of the opposition, said they played into Putin's hands.
On Sunday Farage repeated that he would "never" defend Putin but insisted that his analysis was correct.

The harder test comes this week.
Starmer flies to Washington on Tuesday for the Nato summit marking the alliance's 75th anniversary, where he is due to hold his first meeting with Joe Biden on Wednesday and where allies are expected to declare Ukraine's path to membership "irreversible".
He will then host the European Political Community at Blenheim Palace on 18 July, with Zelensky among the expected guests.

Moscow has signalled that it expects little from the change in London.
Kremlin spokesman Dmitry Peskov said on Friday that Russia saw "no grounds for optimism", while Putin received Hungary's Viktor Orbán in the Kremlin the same day and told him that Kyiv would first have to withdraw from the four regions Russia claims as its own.
Ursula von der Leyen said in response that appeasement would not stop Putin, and Orbán's self-styled "peace mission" has left Budapest more isolated within the EU than at any point since the war began.
"""

# ---------------------------------------------------------------- b45en06 (Washington Examiner)
EN06 = """
GOP hawks revolt over Ukraine peace plan as Rubio claims 'tremendous progress' in Geneva

Republican defense hawks in Congress spent the weekend attacking the Trump administration's 28-point plan to end the war in Ukraine, exposing the sharpest split within the party over Russia policy since President Donald Trump returned to the White House.
Sen. Roger Wicker (R-MS), chairman of the Senate Armed Services Committee, said the draft "has real problems" and rewarded "aggression," while Rep. Don Bacon (R-NE) wrote that Ukraine was being asked to surrender to a "thug."
Army Secretary Dan Driscoll had presented the plan to Ukrainian President Volodymyr Zelensky in Kyiv on Thursday.

The criticism sharpened after Sens. Mike Rounds (R-SD) and Angus King (I-ME) told reporters at the Halifax International Security Forum on Saturday that Secretary of State Marco Rubio had described the plan to them in a phone call as a Russian "wish list" rather than an American proposal.
Rubio rejected that account within hours, writing on X that the proposal "was authored by the U.S." and offered "a strong framework for ongoing negotiations," and a State Department spokesman called the senators' version "blatantly false."

Trump said on Friday that Thursday, Thanksgiving Day, was an "appropriate" deadline for Zelensky to accept the framework, though he told reporters on Saturday it was "not my final offer."
On Sunday he complained on Truth Social that Ukraine's leadership had shown "ZERO GRATITUDE" for American efforts.

The Geneva talks on Sunday, led by Rubio, special envoy Steve Witkoff and Driscoll on the American side and by Andriy Yermak, Zelensky's chief of staff, on the Ukrainian side, ran late into the evening.
Rubio told reporters afterward that the two sides had made "tremendous progress" and that remaining differences were "not insurmountable," and the White House said in a joint statement with Kyiv that an "updated and refined" framework had been drafted.
National security advisers from Germany, France and Britain, who had presented European counterproposals earlier on Sunday, were briefed in a separate meeting.

Moscow kept its distance.
Vladimir Putin said Friday that the plan "could form the basis of a final peace settlement" but warned that if Kyiv refused, Russian forces would keep advancing, as they had in Kupiansk.
Kremlin spokesman Dmitry Peskov said Monday that Moscow had not received any official text and would not comment on "leaks."

Vice President JD Vance, who helped shepherd the plan, pushed back at the critics on X, arguing that "every criticism of the framework either misunderstands it or misrepresents some critical reality on the ground."
Wicker's committee has requested a briefing from Driscoll, and Senate aides said a bipartisan group was preparing a letter urging the president not to set deadlines for Kyiv before the Europeans and Congress are consulted.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DC = "Washington time (EST)"

DOCS = [
    doc(
        "b45en01_senate_aid_package_utah_2024_02", "2024-02-13", EN01,
        [
            T("early Tuesday", "TIME", "2024-02-13TMO"),
            T("the night", "TIME", "2024-02-12TNI"),
            T("about 5 a.m.", "TIME", "2024-02-13T05:00", mod="APPROX", note=DC),
            T("hours", "DURATION", "PTXH"),
            T("midnight", "TIME", "2024-02-13T00:00", note=DC),
            T("now", "DATE", "PRESENT_REF"),
            T("Monday night", "TIME", "2024-02-12TNI"),
            T("Tuesday afternoon", "TIME", "2024-02-13TAF"),
            T("Saturday", "DATE", "2024-02-10"),
            T("Sunday", "DATE", "2024-02-11"),
            T("overnight", "TIME", "2024-02-12TNI", note="night of 12-13 February 2024"),
            T("last fall", "DATE", "2023-FA"),
        ],
        [
            E("Senate passes the $95.3 billion aid package with about $60 billion for Ukraine", "AID",
              ["United States", "Ukraine"], "2024-02-13TMO", "text", "occurred",
              "The Senate passed a $95.3 billion foreign aid package"),
            E("Vance votes against the aid package", "REJECT", ["JD Vance", "Ukraine"], "2024-02-13", "context",
              "occurred", "who voted against the bill after speaking past midnight"),
            E("House passage of the aid package uncertain", "AID", ["United States", "Ukraine"], "2024-02-13",
              "published", "uncertain", "The bill now faces an uncertain future in the House."),
            E("Biden urges the House to pass the package quickly", "REQUEST", ["Joe Biden", "United States"],
              "2024-02-13TAF", "text", "occurred", "President Joe Biden urged the House"),
            E("Biden condemns Trump's remarks about NATO", "ACCUSE", ["Joe Biden", "Donald Trump"], "2024-02-13TAF",
              "context", "occurred", "Biden also called recent remarks"),
            E("Trump says he would not protect NATO allies that do not pay and would encourage Russia", "THREATEN",
              ["Donald Trump", "NATO"], "2024-02-10", "text", "occurred", "At a rally in Conway"),
            E("Stoltenberg criticises Trump's suggestion", "ACCUSE", ["Jens Stoltenberg", "Donald Trump"], "2024-02-11",
              "text", "occurred", "NATO Secretary General Jens Stoltenberg said Sunday"),
            E("Trump urges Republicans to oppose foreign aid that is not a loan", "REQUEST",
              ["Donald Trump", "United States"], "2024-02-13", "published", "occurred",
              "has also urged Republicans to oppose"),
            E("Zelensky urges the House to follow the Senate", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "2024-02-13", "published", "occurred", "thanked the senators who voted for the package"),
            E("Peskov: American money will not change anything on the battlefield", "REJECT",
              ["Dmitry Peskov", "United States"], "2024-02-13", "published", "occurred",
              "Spokesman Dmitry Peskov told reporters in Moscow"),
            E("Peskov: the aid will only prolong Ukraine's agony", "ACCUSE", ["Dmitry Peskov", "United States"],
              "2024-02-13", "published", "occurred", "Spokesman Dmitry Peskov told reporters in Moscow"),
            E("Russian drone and missile attack on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2024-02-12TNI", "text", "occurred", "Russia launched another wave"),
        ],
        [
            S("JD Vance", "The package would prolong a war that cannot be won and is a blank check for Kyiv",
              "2024-02-13", "context", "who voted against the bill after speaking past midnight"),
            S("Joe Biden", "Urges the House to act quickly: what are we waiting for?", "2024-02-13TAF", "text",
              "President Joe Biden urged the House"),
            S("Joe Biden", "Trump's NATO remarks are dumb, shameful, dangerous and un-American", "2024-02-13TAF",
              "context", "Biden also called recent remarks"),
            S("Donald Trump", "Would not protect allies that miss spending targets and would encourage Russia to do "
              "whatever it wants", "2024-02-10", "text", "At a rally in Conway"),
            S("Jens Stoltenberg", "Suggesting allies would not defend each other undermines all of our security",
              "2024-02-11", "text", "NATO Secretary General Jens Stoltenberg said Sunday"),
            S("Donald Trump", "Republicans should oppose foreign aid not structured as a loan", "2024-02-13",
              "published", "has also urged Republicans to oppose"),
            S("Volodymyr Zelensky", "Thanks the senators; the aid will save lives; urges the House to follow",
              "2024-02-13", "published", "thanked the senators who voted for the package"),
            S("Kremlin", "The Kremlin was dismissive of the aid package", "2024-02-13", "published",
              "The Kremlin was dismissive."),
            S("Dmitry Peskov", "New American money will not change anything on the battlefield and only prolong "
              "Ukraine's agony", "2024-02-13", "published", "Spokesman Dmitry Peskov told reporters in Moscow"),
            S("Ukraine", "Air force: Russia launched another wave of drones and missiles overnight", "2024-02-13",
              "published", "Russia launched another wave"),
        ],
        ["United States", "Ukraine", "Vladimir Putin", "JD Vance", "Joe Biden", "Donald Trump", "NATO", "Russia",
         "Jens Stoltenberg", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b45en02_rubio_senate_hearing_sanctions_2025_05", "2025-05-21", EN02,
        [
            T("now", "DATE", "PRESENT_REF", 0),
            T("Tuesday", "DATE", "2025-05-20", 0),
            T("now", "DATE", "PRESENT_REF", 1),
            T("next year", "DATE", "2026"),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Monday", "DATE", "2025-05-19", 0),
            T("Tuesday", "DATE", "2025-05-20", 1),
            T("the same day", "DATE", "2025-05-20"),
            T("Monday", "DATE", "2025-05-19", 1),
            T("Tuesday", "DATE", "2025-05-20", 2),
            T("Wednesday", "DATE", "2025-05-21"),
            T("next week", "DATE", "2025-W22"),
        ],
        [
            E("Rubio argues against new Russia sanctions now", "REJECT", ["Marco Rubio", "Russia"], "2025-05-20",
              "text", "occurred", "Secretary of State Marco Rubio urged senators on Tuesday"),
            E("Trump–Putin phone call of more than two hours", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-05-19", "context", "occurred", "The hearing came a day after"),
            E("Russia and Ukraine to start negotiations toward a ceasefire", "CONSULT", ["Russia", "Ukraine"],
              "2025-05-21", "published", "planned", "The hearing came a day after",
              note="announced by Trump after the call of 19 May; no date given"),
            E("Putin ready to work with Kyiv on a memorandum on a peace settlement", "AGREE",
              ["Vladimir Putin", "Ukraine"], "2025-05-19", "text", "occurred", "Putin, speaking to reporters in Sochi"),
            E("Putin does not commit to a ceasefire", "REJECT", ["Vladimir Putin", "Ukraine"], "2025-05-19",
              "context", "occurred", "Putin, speaking to reporters in Sochi"),
            E("Vatican offers to host the talks", "REQUEST", ["Vatican", "Russia", "Ukraine"], "2025-05-19", "context",
              "occurred", "Trump also said the Vatican",
              note="made known by Trump after the call of 19 May"),
            E("Rubio: consequences if Moscow is not serious, possibly backing the Graham bill", "THREATEN",
              ["Marco Rubio", "Russia"], "2025-05-20", "context", "occurred",
              "Rubio said that if it became clear Moscow was not serious"),
            E("EU formally adopts its 17th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-05-20",
              "text", "occurred", "The European Union on Tuesday formally adopted"),
            E("Britain sanctions 100 more shadow-fleet tankers", "SANCTION", ["United Kingdom", "Russia"], "2025-05-20",
              "text", "occurred", "The European Union on Tuesday formally adopted"),
            E("Call of Trump and Zelensky with European leaders after the Putin call", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Giorgia Meloni"],
              "2025-05-19", "text", "occurred", "had joined a call with Trump"),
            E("Zelensky: Ukraine ready for direct talks in any format", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2025-05-19", "context", "occurred", "Zelenskyy said afterward"),
            E("Zelensky demands a full ceasefire first", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2025-05-19",
              "context", "occurred", "Zelenskyy said afterward"),
        ],
        [
            S("Marco Rubio", "Threatening Moscow with new sanctions now would drive it away from negotiations",
              "2025-05-20", "text", "Secretary of State Marco Rubio urged senators on Tuesday"),
            S("Marco Rubio", "If we threaten sanctions, the Russians will stop talking", "2025-05-20", "context",
              "If we threaten sanctions, the Russians will stop talking"),
            S("Marco Rubio", "There is value in being able to talk to the Russians and get them to the table",
              "2025-05-20", "context", "There is value in being able to talk"),
            S("Donald Trump", "The call was excellent; Russia and Ukraine will immediately start negotiations",
              "2025-05-19", "context", "The hearing came a day after"),
            S("Vladimir Putin", "Moscow is ready to work with Kyiv on a memorandum on a possible peace settlement",
              "2025-05-19", "text", "Putin, speaking to reporters in Sochi"),
            S("Vatican, via Donald Trump", "Would be very interested in hosting the talks", "2025-05-19", "context",
              "Trump also said the Vatican"),
            S("Marco Rubio", "If Moscow is not serious, the administration will work with Congress on consequences",
              "2025-05-20", "context", "Rubio said that if it became clear Moscow was not serious"),
            S("Volodymyr Zelensky", "Ukraine is ready for direct talks in any format that brings results, but a full "
              "ceasefire must come first", "2025-05-19", "context", "Zelenskyy said afterward"),
            S("Dmitry Peskov", "There are no deadlines for the memorandum; the devil is in the details", "2025-05-20",
              "text", "there were \"no deadlines\""),
        ],
        ["Marco Rubio", "United States", "Russia", "Donald Trump", "Vladimir Putin", "Ukraine", "Vatican", "Kremlin",
         "European Union", "United Kingdom", "Germany", "Friedrich Merz", "France", "Emmanuel Macron",
         "Giorgia Meloni", "Volodymyr Zelensky", "Dmitry Peskov", "White House"],
    ),
    doc(
        "b45en03_commons_vote_troops_ukraine_2026_03", "2026-03-19", EN03,
        [
            T("Wednesday evening", "TIME", "2026-03-18TEV"),
            T("six-hour", "DURATION", "PT6H"),
            T("two years", "DURATION", "P2Y"),
            T("Saturday", "DATE", "2026-03-14"),
            T("Tuesday", "DATE", "2026-03-17"),
            T("Thursday morning", "TIME", "2026-03-19TMO"),
            T("next week", "DATE", "2026-W13"),
            T("Friday", "DATE", "2026-03-20"),
        ],
        [
            E("Commons approves in principle the deployment of British troops to Ukraine after a ceasefire",
              "MOBILIZE", ["United Kingdom", "Ukraine"], "2026-03-18TEV", "text", "occurred",
              "The motion was carried by 512 votes to 41"),
            E("Up to 7,500 British personnel to be based in Ukraine for two years after a ceasefire", "MOBILIZE",
              ["United Kingdom", "Ukraine"], "2026-03-19", "published", "uncertain", "Under the plans, up to 7,500",
              note="conditional on a ceasefire"),
            E("Starmer, Macron, Zelensky and 23 other leaders sign the Paris declaration on security guarantees",
              "AGREE", ["Keir Starmer", "Emmanuel Macron", "Volodymyr Zelensky"], "2026-03-14", "text", "occurred",
              "Opening the debate, Starmer told MPs"),
            E("Rubio–Starmer call", "CONSULT", ["Marco Rubio", "Keir Starmer"], "2026-03-17", "text", "occurred",
              "had assured him in a call on Tuesday"),
            E("Rubio assures US support for the force with intelligence and air surveillance", "AGREE",
              ["Marco Rubio", "United Kingdom"], "2026-03-17", "context", "occurred",
              "had assured him in a call on Tuesday"),
            E("No American troops on the ground in Ukraine", "REJECT", ["United States", "Ukraine"], "2026-03-17",
              "context", "occurred", "had assured him in a call on Tuesday"),
            E("Zakharova: British soldiers in Ukraine would be legitimate targets", "THREATEN",
              ["Maria Zakharova", "United Kingdom"], "2026-03-19TMO", "text", "occurred",
              "Maria Zakharova said on Thursday morning"),
            E("Peskov: Russia will not accept troops from NATO countries", "REJECT", ["Dmitry Peskov", "NATO"],
              "2026-03-19", "published", "occurred", "Maria Zakharova said on Thursday morning"),
            E("Zelensky welcomes the Commons vote", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom"], "2026-03-19",
              "published", "occurred", "thanked MPs for what he called"),
            E("Healey to travel to Kyiv to discuss basing options", "CONSULT", ["United Kingdom", "Ukraine"],
              "2026-W13", "text", "planned", "John Healey is expected to travel to Kyiv"),
            E("Witkoff to meet Russian negotiators in Istanbul", "CONSULT", ["Steve Witkoff", "Russia"], "2026-03-20",
              "text", "planned", "John Healey is expected to travel to Kyiv"),
        ],
        [
            S("Keir Starmer", "The Paris declaration gives Ukraine the strongest security guarantees it has ever had; "
              "a ceasefire without them would invite Putin back", "2026-03-18", "context",
              "Opening the debate, Starmer told MPs"),
            S("Keir Starmer", "Confirmed Rubio's assurance of US intelligence and air surveillance support",
              "2026-03-18", "context", "had assured him in a call on Tuesday"),
            S("Marco Rubio, via Keir Starmer", "Washington will support the force with intelligence and air "
              "surveillance; no American troops on the ground", "2026-03-17", "context",
              "had assured him in a call on Tuesday"),
            S("Russia", "Moscow responded swiftly to the vote", "2026-03-19", "published",
              "Moscow's response was swift."),
            S("Maria Zakharova", "Any British soldiers in Ukraine would be legitimate targets", "2026-03-19TMO",
              "text", "Maria Zakharova said on Thursday morning"),
            S("Dmitry Peskov", "Russia will not accept troops from NATO countries under any flag", "2026-03-19",
              "published", "Maria Zakharova said on Thursday morning"),
            S("Volodymyr Zelensky", "Thanks MPs for a historic vote of solidarity", "2026-03-19", "published",
              "thanked MPs for what he called"),
            S("United Kingdom", "Senior government source: no troops will move until the guns have fallen silent",
              "2026-03-19", "published", "A senior government source told PoliticsHome"),
        ],
        ["United Kingdom", "Ukraine", "Russia", "Keir Starmer", "Emmanuel Macron", "Volodymyr Zelensky",
         "Vladimir Putin", "Marco Rubio", "United States", "Kremlin", "Maria Zakharova", "Dmitry Peskov", "NATO",
         "Steve Witkoff"],
    ),
    doc(
        "b45en04_abramovich_sanctions_holyrood_2022_03", "2022-03-11", EN04,
        [
            T("Thursday", "DATE", "2022-03-10", 0),
            T("Wednesday", "DATE", "2022-03-09", 0),
            T("2019", "DATE", "2019"),
            T("Every day", "SET", "P1D"),
            T("Monday", "DATE", "2022-03-07", 0),
            T("next week", "DATE", "2022-W11"),
            T("Tuesday", "DATE", "2022-03-08"),
            T("Wednesday", "DATE", "2022-03-09", 1),
            T("Monday", "DATE", "2022-03-14", 1),
            T("Thursday", "DATE", "2022-03-10", 1),
        ],
        [
            E("UK freezes the assets of Abramovich and six other Russian oligarchs", "SANCTION",
              ["United Kingdom", "Russia"], "2022-03-10", "context", "occurred",
              "The UK Government has frozen the British assets"),
            E("Starmer accuses ministers of dragging their feet on sanctions", "ACCUSE",
              ["Keir Starmer", "United Kingdom"], "2022-03-09", "text", "occurred",
              "Sir Keir Starmer had accused ministers"),
            E("Zelensky urges MPs to tighten sanctions and recognise Russia as a terrorist state", "REQUEST",
              ["Volodymyr Zelensky", "United Kingdom", "Russia"], "2022-03-08", "text", "occurred",
              "On Tuesday, President Volodymyr Zelensky became the first foreign leader"),
            E("UK sponsorship scheme for households to host Ukrainians to open", "AID", ["United Kingdom", "Ukraine"],
              "2022-03-14", "text", "planned", "Michael Gove, the Levelling Up Secretary"),
            E("Lavrov and Kuleba meet in Antalya", "CONSULT", ["Sergey Lavrov", "Ukraine"], "2022-03-10", "text",
              "occurred", "met in the Turkish resort of Antalya"),
            E("No progress on a ceasefire in Antalya", "REJECT", ["Sergey Lavrov", "Ukraine"], "2022-03-10",
              "context", "occurred", "met in the Turkish resort of Antalya"),
            E("Moscow threatens a tough response to the British sanctions", "THREATEN",
              ["Russia", "Maria Zakharova", "United Kingdom"], "2022-03-11", "published", "occurred",
              "Moscow said it would retaliate"),
        ],
        [
            S("United Kingdom", "Ministers: the sanctions make the UK no safe haven for those close to Putin",
              "2022-03-10", "context", "The UK Government has frozen the British assets"),
            S("Keir Starmer", "Ministers are dragging their feet; why did it take so long to act against Abramovich?",
              "2022-03-09", "text", "Sir Keir Starmer had accused ministers"),
            S("Keir Starmer", "Every day we wait is another day for the money to be moved out of reach", "2022-03-09",
              "context", "Every day that we wait"),
            S("United Kingdom", "Johnson: the government is moving as fast as the law allows", "2022-03-09",
              "context", "Boris Johnson replied"),
            S("Volodymyr Zelensky", "Urged MPs to tighten sanctions and recognise Russia as a terrorist state",
              "2022-03-08", "text", "On Tuesday, President Volodymyr Zelensky became the first foreign leader"),
            S("Ukraine", "Kuleba: no progress on a ceasefire", "2022-03-10", "context",
              "met in the Turkish resort of Antalya"),
            S("Russia", "Moscow will retaliate against the British sanctions", "2022-03-11", "published",
              "Moscow said it would retaliate"),
            S("Maria Zakharova", "London will face a tough response", "2022-03-11", "published",
              "Moscow said it would retaliate"),
        ],
        ["United Kingdom", "Russia", "Vladimir Putin", "Keir Starmer", "Volodymyr Zelensky", "Ukraine",
         "European Union", "Sergey Lavrov", "Maria Zakharova"],
    ),
    doc(
        "b45en05_starmer_first_weekend_ukraine_2024_07", "2024-07-08", EN05,
        [
            T("barely a day", "DURATION", "P1D", mod="APPROX"),
            T("Saturday morning", "TIME", "2024-07-06TMO"),
            T("a year", "SET", "P1Y"),
            T("The following day", "DATE", "2024-07-07"),
            T("April", "DATE", "2024-04"),
            T("100 days", "DURATION", "P100D"),
            T("the weekend", "DATE", "2024-W27-WE"),
            T("The weekend", "DATE", "2024-W27-WE"),
            T("last month", "DATE", "2024-06"),
            T("now", "DATE", "PRESENT_REF"),
            T("Sunday", "DATE", "2024-07-07"),
            T("this week", "DATE", "2024-W28"),
            T("Tuesday", "DATE", "2024-07-09"),
            T("Wednesday", "DATE", "2024-07-10"),
            T("18 July", "DATE", "2024-07-18"),
            T("Friday", "DATE", "2024-07-05"),
            T("the same day", "DATE", "2024-07-05"),
        ],
        [
            E("Starmer–Zelensky phone call", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"], "2024-07-06TMO", "text",
              "occurred", "picked up the phone to Volodymyr Zelensky"),
            E("Starmer promises unwavering support and continued £3bn a year in military aid", "AGREE",
              ["Keir Starmer", "Ukraine"], "2024-07-06", "context", "occurred", "According to Downing Street"),
            E("Zelensky invites Starmer to Kyiv", "REQUEST", ["Volodymyr Zelensky", "Keir Starmer"], "2024-07-06",
              "context", "occurred", "Zelensky later wrote"),
            E("Healey meets Zelensky in Odesa", "CONSULT", ["United Kingdom", "Volodymyr Zelensky"], "2024-07-07",
              "text", "occurred", "The following day John Healey"),
            E("Healey announces delivery of the April package within 100 days", "AID", ["United Kingdom", "Ukraine"],
              "2024-07-07", "context", "occurred", "The following day John Healey"),
            E("UK package of artillery ammunition, Brimstone missiles and spare parts promised", "AID",
              ["United Kingdom", "Ukraine"], "2024-04", "text", "occurred", "The following day John Healey"),
            E("Lammy visits Berlin, Warsaw and Stockholm and meets Baerbock", "CONSULT",
              ["United Kingdom", "Germany", "Poland"], "2024-W27-WE", "text", "occurred",
              "David Lammy, meanwhile, spent the weekend"),
            E("Lammy proposes a reset with Europe and a new defence pact", "REQUEST", ["United Kingdom", "Germany"],
              "2024-W27-WE", "context", "occurred", "David Lammy, meanwhile, spent the weekend"),
            E("Starmer to attend the NATO summit in Washington", "CONSULT", ["Keir Starmer", "NATO"], "2024-07-09",
              "text", "planned", "Starmer flies to Washington on Tuesday"),
            E("First Starmer–Biden meeting", "CONSULT", ["Keir Starmer", "Joe Biden"], "2024-07-10", "text", "planned",
              "Starmer flies to Washington on Tuesday"),
            E("NATO allies expected to declare Ukraine's path to membership irreversible", "AGREE", ["NATO", "Ukraine"],
              "2024-07-09", "context", "planned", "Starmer flies to Washington on Tuesday",
              note="during the summit that opens on Tuesday"),
            E("Starmer to host the European Political Community at Blenheim with Zelensky expected", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky"], "2024-07-18", "text", "planned",
              "He will then host the European Political Community"),
            E("Putin receives Orbán in the Kremlin", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07-05",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Putin demands that Kyiv withdraw from four regions", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2024-07-05", "context", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Von der Leyen criticises Orbán's trip: appeasement will not stop Putin", "ACCUSE",
              ["Ursula von der Leyen", "Viktor Orbán"], "2024-07-05", "context", "occurred",
              "Ursula von der Leyen said in response"),
        ],
        [
            S("Keir Starmer, via United Kingdom", "Britain's support will remain unwavering; £3bn a year in military "
              "aid will continue for as long as it takes", "2024-07-06", "context", "According to Downing Street"),
            S("Volodymyr Zelensky", "Invited the new Prime Minister to visit Kyiv", "2024-07-06", "context",
              "Zelensky later wrote"),
            S("United Kingdom", "Healey: the April package will be delivered within 100 days", "2024-07-07", "context",
              "The following day John Healey"),
            S("United Kingdom", "Lammy: a Labour government wants a reset with Europe, starting with a defence pact",
              "2024-W27-WE", "context", "David Lammy, meanwhile, spent the weekend"),
            S("Keir Starmer", "Farage's claim that the West provoked the invasion is disgraceful", "2024-06", "context",
              "Nigel Farage, elected in Clacton"),
            S("Russia", "Moscow expects little from the change of government in London", "2024-07-08", "published",
              "Moscow has signalled"),
            S("Dmitry Peskov", "Russia sees no grounds for optimism", "2024-07-05", "text",
              "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Vladimir Putin", "Kyiv must first withdraw from the four regions Russia claims", "2024-07-05", "context",
              "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("Ursula von der Leyen", "Appeasement will not stop Putin", "2024-07-05", "context",
              "Ursula von der Leyen said in response"),
        ],
        ["Keir Starmer", "Volodymyr Zelensky", "United Kingdom", "Ukraine", "Germany", "Poland", "NATO",
         "European Union", "Vladimir Putin", "Joe Biden", "Russia", "Kremlin", "Dmitry Peskov", "Viktor Orbán",
         "Ursula von der Leyen"],
    ),
    doc(
        "b45en06_gop_hawks_peace_plan_geneva_2025_11", "2025-11-24", EN06,
        [
            T("the weekend", "DATE", "2025-W47-WE"),
            T("Thursday", "DATE", "2025-11-20", 0),
            T("Saturday", "DATE", "2025-11-22", 0),
            T("hours", "DURATION", "PTXH"),
            T("Friday", "DATE", "2025-11-21", 0),
            T("Thursday", "DATE", "2025-11-27", 1),
            T("Thanksgiving Day", "DATE", "2025-11-27"),
            T("Saturday", "DATE", "2025-11-22", 1),
            T("Sunday", "DATE", "2025-11-23", 0),
            T("Sunday", "DATE", "2025-11-23", 1),
            T("the evening", "TIME", "2025-11-23TEV"),
            T("Sunday", "DATE", "2025-11-23", 2),
            T("Friday", "DATE", "2025-11-21", 1),
            T("Monday", "DATE", "2025-11-24"),
        ],
        [
            E("Driscoll presents the 28-point plan to Zelensky in Kyiv", "REQUEST",
              ["United States", "Volodymyr Zelensky"], "2025-11-20", "text", "occurred",
              "Army Secretary Dan Driscoll had presented the plan"),
            E("Trump sets Thanksgiving as the deadline for Zelensky to accept the framework", "THREATEN",
              ["Donald Trump", "Volodymyr Zelensky"], "2025-11-21", "text", "occurred",
              "Trump said on Friday that Thursday", note="deadline Thursday 27 November 2025"),
            E("Trump accuses Ukraine's leadership of showing zero gratitude", "ACCUSE", ["Donald Trump", "Ukraine"],
              "2025-11-23", "text", "occurred", "On Sunday he complained on Truth Social"),
            E("US–Ukrainian talks in Geneva", "CONSULT",
              ["Marco Rubio", "Steve Witkoff", "United States", "Andriy Yermak", "Ukraine"], "2025-11-23", "text",
              "occurred", "The Geneva talks on Sunday"),
            E("US and Ukraine draft an updated and refined framework", "AGREE", ["United States", "Ukraine"],
              "2025-11-23", "context", "occurred", "the White House said in a joint statement with Kyiv"),
            E("Germany, France and Britain present European counterproposals", "REQUEST",
              ["Germany", "France", "United Kingdom"], "2025-11-23", "text", "occurred",
              "National security advisers from Germany, France and Britain"),
            E("European national security advisers briefed on the Geneva talks", "CONSULT",
              ["United States", "Germany", "France", "United Kingdom"], "2025-11-23", "context", "occurred",
              "National security advisers from Germany, France and Britain"),
            E("Putin: the plan could form the basis of a final settlement", "SUPPORT", ["Vladimir Putin", "United States"],
              "2025-11-21", "text", "occurred", "Vladimir Putin said Friday"),
            E("Putin warns Russian forces will keep advancing if Kyiv refuses", "THREATEN", ["Vladimir Putin", "Ukraine"],
              "2025-11-21", "context", "occurred", "Vladimir Putin said Friday"),
        ],
        [
            S("Marco Rubio", "Described the plan to senators as a Russian wish list rather than an American proposal "
              "(as the senators recounted)", "2025-11-22", "context", "Mike Rounds (R-SD) and Angus King"),
            S("Marco Rubio", "The proposal was authored by the US and offers a strong framework for negotiations",
              "2025-11-22", "context", "Rubio rejected that account within hours"),
            S("United States", "State Department spokesman: the senators' version is blatantly false", "2025-11-22",
              "context", "Rubio rejected that account within hours"),
            S("Donald Trump", "Thanksgiving is an appropriate deadline for Zelensky to accept the framework",
              "2025-11-21", "text", "Trump said on Friday that Thursday"),
            S("Donald Trump", "The plan is not his final offer", "2025-11-22", "text", "Trump said on Friday that Thursday"),
            S("Donald Trump", "Ukraine's leadership has shown zero gratitude for American efforts", "2025-11-23", "text",
              "On Sunday he complained on Truth Social"),
            S("Marco Rubio", "Tremendous progress; remaining differences are not insurmountable", "2025-11-23",
              "context", "Rubio told reporters afterward"),
            S("Joint statement: White House, Ukraine", "An updated and refined framework has been drafted",
              "2025-11-23", "context", "Rubio told reporters afterward"),
            S("Russia", "Moscow kept its distance from the plan", "2025-11-24", "published", "Moscow kept its distance."),
            S("Vladimir Putin", "The plan could form the basis of a final settlement; if Kyiv refuses Russian forces "
              "will keep advancing", "2025-11-21", "text", "Vladimir Putin said Friday"),
            S("Dmitry Peskov", "Moscow has received no official text and will not comment on leaks", "2025-11-24",
              "text", "Kremlin spokesman Dmitry Peskov said Monday"),
            S("JD Vance", "Every criticism of the framework misunderstands it or misrepresents reality on the ground",
              "2025-11-24", "published", "Vice President JD Vance"),
        ],
        ["Donald Trump", "White House", "Ukraine", "Russia", "Volodymyr Zelensky", "Marco Rubio", "United States",
         "Steve Witkoff", "Andriy Yermak", "Germany", "France", "United Kingdom", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "JD Vance", "European Union"],
    ),
]
