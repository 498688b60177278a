"""English articles of the blind102 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b102en01 (Bulletin of the Atomic Scientists)
EN01 = """
Russia pulls its sites from New START inspections, citing sanctions

Russia has suspended on-site inspections of its nuclear weapons facilities under New START, the last remaining arms control agreement between Washington and Moscow.
In a statement on Monday, the Russian Foreign Ministry said it was "temporarily withdrawing" the facilities subject to inspection, arguing that Western sanctions made it impossible for Russian inspectors to travel to the United States while American teams faced no such obstacles.
The ministry said closed airspace, visa restrictions and problems with payments had created "unilateral advantages" for the United States.
Moscow said it had informed Washington through diplomatic channels and that inspections could resume once the problems were "resolved."

The State Department said Monday evening that it was aware of the Russian statement and would respond through diplomatic channels.
A department spokesperson noted that inspections under the treaty had been paused by mutual agreement since March 2020 because of the COVID-19 pandemic.
According to two US officials, Washington had notified Moscow last week that it intended to carry out an inspection, which would have been the first in more than two years.

The Russian step came after President Joe Biden said in a statement to the opening of the Non-Proliferation Treaty review conference in New York on Aug. 1 that his administration was ready to "expeditiously negotiate" a new framework to replace New START when it expires in 2026.
But negotiation requires a willing partner, Biden said, and Russia must demonstrate that it is ready to resume work on arms control in good faith.
Russian President Vladimir Putin wrote in a message to the same conference that there could be no winners in a nuclear war and that it must never be unleashed.

"Inspections are the eyes and ears of this treaty," a former State Department arms control official told the Bulletin.
Without them, both sides rely on satellites and on the data exchanges and notifications that, for now, continue.
The treaty's Bilateral Consultative Commission, where such disputes are supposed to be settled, last met in October 2021.
Deputy Foreign Minister Sergei Ryabkov told reporters on Tuesday that Moscow was open to discussing the issue in the commission, but that no date had been set.
"""

# ---------------------------------------------------------------- b102en02 (Washington Free Beacon)
EN02 = """
Russia Scraps Arms Control Talks in Cairo at Last Minute

Russia has abruptly postponed a round of nuclear arms control talks with the United States that was set to open in Egypt, dealing a fresh blow to the New START treaty.
The State Department said Monday that Moscow had "unilaterally postponed" the meeting of the treaty's Bilateral Consultative Commission, which was to begin Tuesday in Cairo and run through Dec. 6.
Russia said it would propose new dates, according to the department, but gave no indication of when.
A State Department spokesman said the United States was ready to reschedule "at the earliest possible date" because the treaty "remains a national security priority."

Deputy Foreign Minister Sergei Ryabkov told the Kommersant newspaper on Tuesday that the decision was the result of the "toxicity and hostility" of Washington's policy toward Russia.
Arms control could not be "isolated" from the rest of the relationship, Ryabkov said, accusing the Biden administration of seeking Russia's "strategic defeat" in Ukraine.
Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had been postponed, not canceled, and that Moscow still valued the dialogue.

The Cairo session would have been the first meeting of the commission since October 2021.
It was meant to settle how on-site inspections could resume after Russia pulled its facilities from inspections in August, citing Western sanctions.
Russian officials had also wanted to raise the conversion of some American bombers and submarine launch tubes, which Moscow says were not verifiably removed from the treaty's count.

Republicans on Capitol Hill said the episode confirmed their doubts about the treaty.
"Russia's behavior proves once again that the Kremlin cannot be trusted to keep its word," Sen. Jim Risch of Idaho, the top Republican on the Senate Foreign Relations Committee, told the Free Beacon.
He urged the administration not to offer Moscow concessions to bring it back to the table.

The postponement comes as the war in Ukraine grinds into its tenth month and as President Joe Biden's aides seek to keep lines of communication with Moscow open.
CIA director William Burns met his Russian counterpart in Ankara on Nov. 14 to warn against any use of nuclear weapons.
The New START treaty, extended for five years in February 2021, limits each side to 1,550 deployed strategic warheads.
"""

# ---------------------------------------------------------------- b102en03 (Air Force Times)
EN03 = """
US stops sharing New START data with Russia; ICBM bases will see no Russian inspectors

The United States will no longer give Russia the data and notifications required under the New START treaty, the State Department announced Thursday, in a tit-for-tat response to Moscow's suspension of the pact in February.
Washington will stop providing its biannual data update on the numbers and locations of its missiles, bombers and warheads, and will withhold telemetry from missile tests.
The department also said it was revoking the visas of Russian inspectors and aircrew and denying pending visa applications.
The measures mean that Russian teams, which used to visit Air Force missile fields at F.E. Warren, Malmstrom and Minot, will not be coming back for now.

The department said Russia had violated the treaty by refusing inspections and by failing to provide its own data.
The United States will keep notifying Russia of ballistic missile launches under a 1988 agreement, it said.
The countermeasures could be reversed if Russia returned to compliance, a spokesman added.

National security adviser Jake Sullivan used a speech to the Arms Control Association on Friday to offer talks with Moscow "without preconditions" on managing nuclear risks and on a framework to follow New START after it expires in February 2026.
Washington would stay within the treaty's central limits as long as Russia did the same, Sullivan said.
He also urged China to join discussions on arms control, warning that Beijing's buildup could reach 1,500 warheads by 2035.

Deputy Foreign Minister Sergei Ryabkov said Friday that Moscow would study the US steps but that they "will not go unanswered."
On Saturday, Kremlin spokesman Dmitry Peskov called Sullivan's offer "important and positive" but said Moscow was waiting for concrete proposals.

President Vladimir Putin announced the suspension of Russia's participation in an address on Feb. 21, and the Duma approved the move a day later.
Russia has said it will continue to observe the treaty's limits.

Air Force Global Strike Command said the decision would not change the readiness of its 400 Minuteman III missiles or its bomber wings.
"Our mission hasn't changed," a command spokeswoman said.
The service plans to replace the Minuteman III with the new Sentinel missile from 2029.
"""

# ---------------------------------------------------------------- b102en04 (The Defense Post)
EN04 = """
NATO Launches Annual Nuclear Deterrence Exercise Amid Russian Threats

NATO began its annual nuclear deterrence exercise Steadfast Noon on Monday, going ahead with the drills despite heightened tensions over Russian threats to use nuclear weapons in Ukraine.
Around 60 aircraft from 14 member countries, including German Tornado jets from Büchel, are taking part in the two-week exercise, which will run until Oct. 30, the alliance said in a statement.
Training flights take place over Belgium, the North Sea and the United Kingdom, with US B-52 bombers flying in from Minot Air Force Base in North Dakota.
No live weapons are used.

Secretary General Jens Stoltenberg said the exercise had been planned long before the current crisis and that canceling it now would send "a very wrong signal."
At a meeting of NATO defense ministers on Oct. 13, he warned that any use of nuclear weapons by Russia would have "severe consequences."
The alliance says it expects Russia to hold its own strategic forces exercise, known as Grom, later this month.
A NATO official said the alliance had seen no changes in Russia's nuclear forces that would require a change in its own posture.

Pentagon press secretary Brig. Gen. Pat Ryder said on Monday that the United States had seen no indication that Russia was preparing to use nuclear weapons.
"We continue to monitor this very closely," Ryder told reporters.

Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was following the drills and accused NATO of raising tensions "in an already tense situation."
Russia's own forces were "in a state of readiness," Peskov said.

The exercise comes after weeks of alarm over Moscow's nuclear rhetoric.
In a televised address on Sept. 21, President Vladimir Putin said Russia would use "all the means at our disposal" to defend its territory, adding, "This is not a bluff."
US President Joe Biden said on Oct. 6 that the world faced the risk of "Armageddon" for the first time since the Cuban missile crisis of 1962.
Ukrainian President Volodymyr Zelensky has urged Western leaders to make clear to Moscow what would follow a nuclear strike.
"""

# ---------------------------------------------------------------- b102en05 (Lynn News)
EN05 = """
RAF Marham to host new nuclear-capable F-35A jets as UK rejoins Nato's airborne nuclear mission

Twelve new F-35A stealth jets able to carry nuclear weapons are set to be based at RAF Marham, in the biggest change to Britain's nuclear posture for a generation.
Prime Minister Sir Keir Starmer announced the purchase on Tuesday evening as he arrived at the Nato summit in The Hague.
The jets will allow the RAF to take part in Nato's dual-capable aircraft mission, which uses American B61 bombs kept in Europe.
Britain gave up its own air-launched nuclear weapons in 1998 and has since relied solely on its Trident submarines.

"In an era of radical uncertainty, we can no longer take peace for granted," Sir Keir said.
Defence Secretary John Healey said the aircraft would be ordered "as soon as possible" and that the first crews would begin training with allies next year.
Nato secretary general Mark Rutte welcomed the decision as "yet another robust British contribution" to the alliance.

At the summit on Wednesday, Nato leaders agreed to raise defence and security spending to five per cent of national output by 2035.
Ukrainian President Volodymyr Zelensky was due to meet US President Donald Trump on the sidelines of the summit on Wednesday afternoon.

The Kremlin reacted sharply.
Speaking to reporters in Moscow on Wednesday, spokesman Dmitry Peskov accused Britain and its allies of "an unbridled militarisation" of Europe and said Russia would take the decision into account in its own planning.

The base near Narborough is already home to the RAF's fleet of F-35B Lightning jets.
North West Norfolk MP James Wild said the decision was "a vote of confidence in Marham and the skilled people who work there".
Borough council leader Alistair Beales said the town would welcome the extra jobs but wanted assurances on noise and traffic.
Members of the West Norfolk branch of the Campaign for Nuclear Disarmament said they would hold a protest outside the base's main gate on Saturday.
The Ministry of Defence said it could not yet say when the jets would arrive.
"""

# ---------------------------------------------------------------- b102en06 (Las Vegas Review-Journal)
EN06 = """
Putin orders proposals on nuclear test preparations as Nevada watches Trump's next move

Russian President Vladimir Putin has ordered his government to draw up proposals for a possible resumption of nuclear weapons testing, raising the stakes in a standoff that could put the Nevada National Security Site back in the spotlight.
At a meeting of Russia's Security Council on Wednesday, Putin told the foreign and defense ministries and the intelligence services to gather information and submit proposals on the "possible start of work" to prepare for tests.
Defense Minister Andrei Belousov told the meeting that preparations should begin immediately at the Arctic test site on Novaya Zemlya.
Putin repeated that Russia would only test if the United States or another nuclear power did so first.

The order came a week after President Donald Trump wrote on social media on Oct. 30 that he had instructed the Pentagon to "start testing our Nuclear Weapons on an equal basis."
Energy Secretary Chris Wright said on Sunday that the tests under consideration were "noncritical explosions" and system tests, not nuclear detonations.
Kremlin spokesman Dmitry Peskov said Thursday that Moscow was still waiting for Washington to explain what Trump meant.

The United States last detonated a nuclear device in 1992, at the Nevada site about 65 miles northwest of Las Vegas.
Resuming explosive testing there would take at least six months, and probably far longer, according to experts at the National Nuclear Security Administration.
Russia revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty in 2023 but has said it observes a moratorium.

In a separate launch on Wednesday, the Air Force fired an unarmed Minuteman III missile from Vandenberg Space Force Base in California.
The service said Russia had been notified in advance under a 1988 agreement.

Nevada's congressional delegation pushed back.
Rep. Dina Titus, a Las Vegas Democrat, said a return to explosive testing would be "reckless" and would endanger people living downwind of the site.
She said she would reintroduce a bill next week to bar funding for any explosive test.
The Downwinders, a group of residents exposed to fallout from the atmospheric tests that ended in 1962, plan a vigil at the Atomic Museum on Saturday.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b102en01_new_start_inspections_2022_08", "2022-08-09", EN01,
        [
            T("Monday", "DATE", "2022-08-08", 0),
            T("Monday evening", "TIME", "2022-08-08TEV"),
            T("March 2020", "DATE", "2020-03"),
            T("last week", "DATE", "2022-W31"),
            T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
            T("Aug. 1", "DATE", "2022-08-01"),
            T("2026", "DATE", "2026"),
            T("now", "DATE", "PRESENT_REF"),
            T("October 2021", "DATE", "2021-10"),
            T("Tuesday", "DATE", "2022-08-09"),
        ],
        [
            E("Russia withdraws its facilities from New START inspections", "SANCTION", ["Russia", "United States"],
              "2022-08-08", "text", "occurred", "temporarily withdrawing"),
            E("Russia says Western sanctions give the United States unilateral advantages", "ACCUSE",
              ["Russia", "United States"], "2022-08-08", "context", "occurred", "unilateral advantages"),
            E("Moscow informed Washington through diplomatic channels", "CONSULT", ["Russia", "United States"],
              "2022-08-08", "context", "occurred", "Moscow said it had informed Washington"),
            E("Russia: inspections could resume", "AGREE", ["Russia", "United States"], "2022-08-08", "context",
              "occurred", "Moscow said it had informed Washington"),
            E("Russia's condition: the problems must be resolved first", "REQUEST", ["Russia", "United States"],
              "2022-08-08", "context", "occurred", "Moscow said it had informed Washington"),
            E("Inspections paused by mutual agreement since March 2020", "AGREE", ["United States", "Russia"],
              "2020-03", "text", "occurred", "paused by mutual agreement", date_mod="START"),
            E("Washington notified Moscow of an intended inspection", "CONSULT", ["United States", "Russia"],
              "2022-W31", "text", "occurred", "intended to carry out an inspection"),
            E("Biden ready to negotiate a framework to replace New START", "AGREE", ["Joe Biden", "Russia"],
              "2022-08-01", "text", "occurred", "expeditiously negotiate"),
            E("Biden: Russia must show it is ready to resume arms control work in good faith", "REQUEST",
              ["Joe Biden", "Russia"], "2022-08-01", "context", "occurred", "willing partner"),
            E("Bilateral Consultative Commission last met in October 2021", "CONSULT", ["United States", "Russia"],
              "2021-10", "text", "occurred", "last met in October 2021"),
            E("Ryabkov: Moscow open to discussing the issue in the commission", "AGREE", ["Russia", "United States"],
              "2022-08-09", "text", "occurred", "Deputy Foreign Minister Sergei Ryabkov"),
        ],
        [
            S("Russia", "Foreign ministry: facilities temporarily withdrawn from inspection because of sanctions",
              "2022-08-08", "text", "temporarily withdrawing"),
            S("Russia", "Sanctions created unilateral advantages for the United States", "2022-08-08", "context",
              "unilateral advantages"),
            S("Russia", "Washington was informed; inspections can resume once the problems are resolved",
              "2022-08-08", "context", "Moscow said it had informed Washington"),
            S("United States", "State Department aware of the statement, will respond through diplomatic channels",
              "2022-08-08TEV", "text", "aware of the Russian statement"),
            S("United States", "Inspections have been paused by mutual agreement since March 2020", "2022-08-08TEV",
              "context", "paused by mutual agreement"),
            S("United States", "Two officials: Washington had announced an inspection last week", "2022-08-09",
              "published", "intended to carry out an inspection"),
            S("Joe Biden", "Ready to negotiate a new framework to replace New START", "2022-08-01", "text",
              "expeditiously negotiate"),
            S("Joe Biden", "Negotiation requires a willing partner; Russia must show good faith", "2022-08-01",
              "context", "willing partner"),
            S("Vladimir Putin", "There can be no winners in a nuclear war; it must never be unleashed", "2022-08-01",
              "context", "no winners in a nuclear war"),
            S("Russia", "Ryabkov: open to discussing the issue in the commission, no date set", "2022-08-09", "text",
              "Deputy Foreign Minister Sergei Ryabkov"),
        ],
        ["Russia", "United States", "Joe Biden", "Vladimir Putin"],
    ),
    doc(
        "b102en02_cairo_bcc_postponed_2022_11", "2022-11-29", EN02,
        [
            T("Monday", "DATE", "2022-11-28"),
            T("Tuesday", "DATE", "2022-11-29", 0),
            T("Dec. 6", "DATE", "2022-12-06"),
            T("Tuesday", "DATE", "2022-11-29", 1),
            T("Tuesday", "DATE", "2022-11-29", 2),
            T("October 2021", "DATE", "2021-10"),
            T("August", "DATE", "2022-08"),
            T("Nov. 14", "DATE", "2022-11-14"),
            T("five years", "DURATION", "P5Y"),
            T("February 2021", "DATE", "2021-02"),
        ],
        [
            E("Bilateral Consultative Commission session in Cairo postponed by Russia", "CONSULT",
              ["Russia", "United States"], "2022-11-29", "text", "cancelled", "unilaterally postponed",
              note="postponed; the session was to run from 29 November to 6 December 2022"),
            E("United States ready to reschedule the talks", "AGREE", ["United States", "Russia"], "2022-11-28",
              "context", "occurred", "at the earliest possible date"),
            E("Ryabkov blames the toxicity and hostility of US policy", "ACCUSE", ["Russia", "United States"],
              "2022-11-29", "text", "occurred", "toxicity and hostility"),
            E("Ryabkov accuses the Biden administration of seeking Russia's strategic defeat", "ACCUSE",
              ["Russia", "United States"], "2022-11-29", "context", "occurred", "strategic defeat"),
            E("Russia pulled its facilities from inspections in August", "SANCTION", ["Russia", "United States"],
              "2022-08", "text", "occurred", "pulled its facilities from inspections"),
            E("Risch: the Kremlin cannot be trusted", "ACCUSE", ["United States", "Kremlin"], "2022-11-29",
              "published", "occurred", "cannot be trusted"),
            E("Burns meets his Russian counterpart in Ankara", "CONSULT", ["United States", "Russia"], "2022-11-14",
              "text", "occurred", "met his Russian counterpart in Ankara"),
            E("Burns warns against any use of nuclear weapons", "REQUEST", ["United States", "Russia"], "2022-11-14",
              "text", "occurred", "met his Russian counterpart in Ankara"),
            E("New START extended for five years", "AGREE", ["United States", "Russia"], "2021-02", "text",
              "occurred", "extended for five years"),
        ],
        [
            S("United States", "Moscow unilaterally postponed the commission meeting", "2022-11-28", "text",
              "unilaterally postponed"),
            S("Russia, via United States", "Russia will propose new dates", "2022-11-28", "context",
              "Russia said it would propose new dates"),
            S("United States", "Ready to reschedule at the earliest possible date; the treaty is a priority",
              "2022-11-28", "context", "at the earliest possible date"),
            S("Russia", "Ryabkov: the postponement results from the toxicity and hostility of US policy",
              "2022-11-29", "text", "toxicity and hostility"),
            S("Russia", "Ryabkov: arms control cannot be isolated; Washington seeks Russia's strategic defeat",
              "2022-11-29", "context", "strategic defeat"),
            S("Dmitry Peskov", "The talks were postponed, not canceled; Moscow values the dialogue", "2022-11-29",
              "text", "postponed, not canceled"),
            S("Russia", "US bombers and launch tubes were not verifiably removed from the count", "2022-11-29",
              "published", "submarine launch tubes"),
            S("United States", "Risch: the Kremlin cannot be trusted to keep its word", "2022-11-29", "published",
              "cannot be trusted"),
            S("United States", "Risch: no concessions to bring Moscow back to the table", "2022-11-29", "published",
              "not to offer Moscow concessions"),
        ],
        ["Russia", "United States", "Kremlin", "Dmitry Peskov", "Joe Biden", "Ukraine"],
    ),
    doc(
        "b102en03_us_new_start_countermeasures_2023_06", "2023-06-03", EN03,
        [
            T("Thursday", "DATE", "2023-06-01"),
            T("February", "DATE", "2023-02", 0),
            T("biannual", "SET", "P6M"),
            T("now", "DATE", "PRESENT_REF"),
            T("1988", "DATE", "1988"),
            T("Friday", "DATE", "2023-06-02", 0),
            T("February 2026", "DATE", "2026-02"),
            T("2035", "DATE", "2035"),
            T("Friday", "DATE", "2023-06-02", 1),
            T("Saturday", "DATE", "2023-06-03"),
            T("Feb. 21", "DATE", "2023-02-21"),
            T("2029", "DATE", "2029"),
        ],
        [
            E("United States stops giving Russia New START data and notifications", "SANCTION",
              ["United States", "Russia"], "2023-06-01", "text", "occurred", "will no longer give Russia the data"),
            E("United States revokes the visas of Russian inspectors and aircrew", "SANCTION",
              ["United States", "Russia"], "2023-06-01", "context", "occurred", "revoking the visas"),
            E("State Department accuses Russia of violating the treaty", "ACCUSE", ["United States", "Russia"],
              "2023-06-01", "context", "occurred", "Russia had violated the treaty"),
            E("United States will keep notifying Russia of ballistic missile launches", "AGREE",
              ["United States", "Russia"], "2023-06-01", "context", "occurred", "keep notifying Russia"),
            E("Countermeasures could be reversed", "AGREE", ["United States", "Russia"], "2023-06-01", "context",
              "occurred", "could be reversed"),
            E("Condition: Russia returns to compliance", "REQUEST", ["United States", "Russia"], "2023-06-01",
              "context", "occurred", "could be reversed"),
            E("Sullivan offers talks with Moscow without preconditions", "AGREE", ["United States", "Russia"],
              "2023-06-02", "text", "occurred", "without preconditions"),
            E("Washington will stay within the central limits", "AGREE", ["United States", "Russia"], "2023-06-02",
              "context", "occurred", "central limits"),
            E("Condition: Russia does the same", "REQUEST", ["United States", "Russia"], "2023-06-02", "context",
              "occurred", "central limits"),
            E("Sullivan urges China to join arms control discussions", "REQUEST", ["United States", "China"],
              "2023-06-02", "context", "occurred", "urged China"),
            E("Ryabkov: the US steps will not go unanswered", "THREATEN", ["Russia", "United States"], "2023-06-02",
              "text", "occurred", "will not go unanswered"),
            E("Peskov calls Sullivan's offer important and positive", "SUPPORT", ["Dmitry Peskov", "United States"],
              "2023-06-03", "text", "occurred", "important and positive"),
            E("Peskov: Moscow waits for concrete proposals", "REQUEST", ["Dmitry Peskov", "United States"],
              "2023-06-03", "text", "occurred", "important and positive"),
            E("Putin suspends Russia's participation in New START", "SANCTION",
              ["Vladimir Putin", "Russia", "United States"], "2023-02-21", "text", "occurred",
              "announced the suspension"),
            E("The Duma approves the suspension", "SANCTION", ["Russia"], "2023-02-22", "context", "occurred",
              "announced the suspension", note="'a day later' than 21 February"),
        ],
        [
            S("United States", "Will no longer provide New START data and notifications", "2023-06-01", "text",
              "will no longer give Russia the data"),
            S("United States", "Revoking visas of Russian inspectors and aircrew", "2023-06-01", "context",
              "revoking the visas"),
            S("United States", "Russia violated the treaty by refusing inspections and data", "2023-06-01",
              "context", "Russia had violated the treaty"),
            S("United States", "Launch notifications under the 1988 agreement continue", "2023-06-01", "context",
              "keep notifying Russia"),
            S("United States", "The countermeasures could be reversed if Russia complies", "2023-06-01", "context",
              "could be reversed"),
            S("United States", "Sullivan: ready for talks without preconditions on a post-New START framework",
              "2023-06-02", "text", "without preconditions"),
            S("United States", "Sullivan: Washington stays within the limits as long as Russia does", "2023-06-02",
              "context", "central limits"),
            S("United States", "Sullivan: China should join arms control talks; its buildup could reach 1,500",
              "2023-06-02", "context", "urged China"),
            S("Russia", "Ryabkov: Moscow will study the steps; they will not go unanswered", "2023-06-02", "text",
              "will not go unanswered"),
            S("Dmitry Peskov", "Sullivan's offer is important and positive; Moscow awaits concrete proposals",
              "2023-06-03", "text", "important and positive"),
            S("Russia", "Russia will continue to observe the treaty's limits", "2023-06-03", "published",
              "continue to observe"),
            S("United States", "Global Strike Command: readiness of Minuteman III and bombers unchanged",
              "2023-06-03", "published", "Air Force Global Strike Command said"),
            S("United States", "Our mission hasn't changed", "2023-06-03", "published", "Our mission"),
        ],
        ["United States", "Russia", "China", "Kremlin", "Dmitry Peskov", "Vladimir Putin"],
    ),
    doc(
        "b102en04_steadfast_noon_2022_10", "2022-10-18", EN04,
        [
            T("Annual", "SET", "P1Y"),
            T("annual", "SET", "P1Y"),
            T("Monday", "DATE", "2022-10-17", 0),
            T("two-week", "DURATION", "P2W"),
            T("Oct. 30", "DATE", "2022-10-30"),
            T("now", "DATE", "PRESENT_REF"),
            T("Oct. 13", "DATE", "2022-10-13"),
            T("this month", "DATE", "2022-10"),
            T("Monday", "DATE", "2022-10-17", 1),
            T("Tuesday", "DATE", "2022-10-18"),
            T("weeks", "DURATION", "PXW"),
            T("Sept. 21", "DATE", "2022-09-21"),
            T("Oct. 6", "DATE", "2022-10-06"),
            T("1962", "DATE", "1962"),
        ],
        [
            E("NATO begins its nuclear deterrence exercise Steadfast Noon", "MOBILIZE", ["NATO"], "2022-10-17",
              "text", "occurred", "began its annual nuclear deterrence exercise",
              note="exercise from 17 to 30 October 2022"),
            E("NATO defence ministers meet", "CONSULT", ["NATO", "Jens Stoltenberg"], "2022-10-13", "text",
              "occurred", "severe consequences"),
            E("Stoltenberg: any Russian use of nuclear weapons would have severe consequences", "THREATEN",
              ["Jens Stoltenberg", "Russia"], "2022-10-13", "text", "occurred", "severe consequences"),
            E("Russia expected to hold its Grom strategic forces exercise later this month", "MOBILIZE", ["Russia"],
              "2022-10", "text", "planned", "known as Grom"),
            E("Peskov accuses NATO of raising tensions", "ACCUSE", ["Dmitry Peskov", "NATO"], "2022-10-18", "text",
              "occurred", "was following the drills"),
            E("Putin: Russia will use all means at its disposal, 'This is not a bluff'", "THREATEN",
              ["Vladimir Putin"], "2022-09-21", "text", "occurred", "This is not a bluff"),
            E("Zelensky urges Western leaders to make clear what would follow a nuclear strike", "REQUEST",
              ["Volodymyr Zelensky"], "2022-10-18", "published", "occurred", "has urged Western leaders"),
        ],
        [
            S("NATO", "Around 60 aircraft from 14 countries take part until 30 October", "2022-10-17", "context",
              "the alliance said in a statement"),
            S("Jens Stoltenberg", "The exercise was planned long ago; canceling it would send a wrong signal",
              "2022-10-18", "published", "a very wrong signal"),
            S("Jens Stoltenberg", "Any Russian use of nuclear weapons would have severe consequences", "2022-10-13",
              "text", "severe consequences"),
            S("NATO", "Expects Russia's Grom exercise later this month", "2022-10-18", "published",
              "known as Grom"),
            S("NATO", "No changes in Russia's nuclear forces requiring a change in NATO's posture", "2022-10-18",
              "published", "A NATO official said"),
            S("United States", "Ryder: no indication that Russia is preparing to use nuclear weapons", "2022-10-17",
              "text", "Pentagon press secretary"),
            S("United States", "Ryder: we continue to monitor this very closely", "2022-10-17", "context",
              "We continue to monitor"),
            S("Dmitry Peskov", "Moscow follows the drills; NATO raises tensions", "2022-10-18", "text",
              "was following the drills"),
            S("Dmitry Peskov", "Russia's forces are in a state of readiness", "2022-10-18", "context",
              "in a state of readiness"),
            S("Vladimir Putin", "Russia will use all means to defend its territory; not a bluff", "2022-09-21",
              "text", "This is not a bluff"),
            S("Joe Biden", "The world faces the risk of Armageddon for the first time since 1962", "2022-10-06",
              "text", "Armageddon"),
            S("Volodymyr Zelensky", "The West must make clear to Moscow what would follow a nuclear strike",
              "2022-10-18", "published", "has urged Western leaders"),
        ],
        ["NATO", "Russia", "Ukraine", "Germany", "United States", "Jens Stoltenberg", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Joe Biden", "Volodymyr Zelensky"],
    ),
    doc(
        "b102en05_marham_f35a_nuclear_mission_2025_06", "2025-06-25", EN05,
        [
            T("Tuesday evening", "TIME", "2025-06-24TEV"),
            T("1998", "DATE", "1998"),
            T("next year", "DATE", "2026"),
            T("Wednesday", "DATE", "2025-06-25", 0),
            T("2035", "DATE", "2035"),
            T("Wednesday afternoon", "TIME", "2025-06-25TAF"),
            T("Wednesday", "DATE", "2025-06-25", 2),
            T("Saturday", "DATE", "2025-06-28"),
        ],
        [
            E("UK to buy 12 F-35A jets and join NATO's nuclear mission", "MOBILIZE",
              ["Keir Starmer", "United Kingdom", "NATO"], "2025-06-24TEV", "context", "planned",
              "announced the purchase", note="no date for the purchase or the basing; dated by the announcement"),
            E("Starmer arrives at the NATO summit in The Hague", "CONSULT", ["Keir Starmer", "NATO"],
              "2025-06-24TEV", "text", "occurred", "announced the purchase"),
            E("First crews to train with allies next year", "COOPERATE", ["United Kingdom", "NATO"], "2026", "text",
              "planned", "begin training with allies"),
            E("Rutte welcomes the British decision", "SUPPORT", ["Mark Rutte", "United Kingdom"], "2025-06-25",
              "published", "occurred", "robust British contribution"),
            E("NATO leaders agree to spend five per cent of output on defence by 2035", "AGREE", ["NATO"],
              "2025-06-25", "text", "occurred", "Nato leaders agreed"),
            E("Zelensky to meet Trump at the summit", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-06-25TAF", "text", "planned", "was due to meet"),
            E("Peskov accuses Britain and its allies of unbridled militarisation", "ACCUSE",
              ["Dmitry Peskov", "United Kingdom"], "2025-06-25", "text", "occurred", "unbridled militarisation"),
            E("Peskov: Russia will take the decision into account in its planning", "THREATEN",
              ["Dmitry Peskov", "United Kingdom"], "2025-06-25", "text", "occurred", "unbridled militarisation"),
        ],
        [
            S("Keir Starmer", "In an era of radical uncertainty peace cannot be taken for granted", "2025-06-24TEV",
              "context", "radical uncertainty"),
            S("United Kingdom", "Healey: the jets will be ordered as soon as possible, crews train next year",
              "2025-06-25", "published", "Defence Secretary John Healey"),
            S("Mark Rutte", "Yet another robust British contribution to the alliance", "2025-06-25", "published",
              "robust British contribution"),
            S("Kremlin", "Reacted sharply to the decision", "2025-06-25", "published", "The Kremlin reacted sharply"),
            S("Dmitry Peskov", "Unbridled militarisation of Europe; Russia will factor it into its planning",
              "2025-06-25", "text", "unbridled militarisation"),
            S("United Kingdom", "Ministry of Defence cannot yet say when the jets will arrive", "2025-06-25",
              "published", "The Ministry of Defence said"),
        ],
        ["United Kingdom", "Keir Starmer", "NATO", "Mark Rutte", "United States", "Donald Trump", "Ukraine",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Russia"],
    ),
    doc(
        "b102en06_putin_test_preparations_2025_11", "2025-11-06", EN06,
        [
            T("Wednesday", "DATE", "2025-11-05", 0),
            T("Oct. 30", "DATE", "2025-10-30"),
            T("Sunday", "DATE", "2025-11-02"),
            T("Thursday", "DATE", "2025-11-06"),
            T("1992", "DATE", "1992"),
            T("at least six months", "DURATION", "P6M", mod="EQUAL_OR_MORE"),
            T("2023", "DATE", "2023"),
            T("Wednesday", "DATE", "2025-11-05", 1),
            T("1988", "DATE", "1988"),
            T("next week", "DATE", "2025-W46"),
            T("1962", "DATE", "1962"),
            T("Saturday", "DATE", "2025-11-08"),
        ],
        [
            E("Putin orders proposals on preparing possible nuclear tests", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2025-11-05", "text", "occurred", "possible start of work"),
            E("Putin: Russia will test only if the United States does so first", "THREATEN",
              ["Vladimir Putin", "United States"], "2025-11-05", "context", "occurred",
              "Putin repeated that Russia would only test"),
            E("Trump instructs the Pentagon to start testing nuclear weapons", "MOBILIZE",
              ["Donald Trump", "United States"], "2025-10-30", "text", "occurred", "on an equal basis"),
            E("Peskov: Moscow waits for Washington to explain what Trump meant", "REQUEST",
              ["Dmitry Peskov", "United States"], "2025-11-06", "text", "occurred", "still waiting for Washington"),
            E("Russia revoked its ratification of the test-ban treaty", "SANCTION", ["Russia"], "2023", "text",
              "occurred", "Russia revoked its ratification"),
            E("Russia notified in advance of the Minuteman III launch", "CONSULT", ["United States", "Russia"],
              "2025-11-05", "context", "occurred", "notified in advance under a 1988 agreement"),
        ],
        [
            S("Vladimir Putin", "Orders proposals on the possible start of work to prepare nuclear tests",
              "2025-11-05", "text", "possible start of work"),
            S("Russia", "Belousov: preparations should begin immediately at Novaya Zemlya", "2025-11-05", "context",
              "Defense Minister Andrei Belousov"),
            S("Vladimir Putin", "Russia will only test if the US or another nuclear power does first", "2025-11-05",
              "context", "Putin repeated that Russia would only test"),
            S("Donald Trump", "Has instructed the Pentagon to start testing nuclear weapons on an equal basis",
              "2025-10-30", "text", "on an equal basis"),
            S("United States", "Wright: the tests considered are noncritical explosions, not detonations",
              "2025-11-02", "text", "noncritical explosions"),
            S("Dmitry Peskov", "Moscow is still waiting for Washington to explain what Trump meant", "2025-11-06",
              "text", "still waiting for Washington"),
            S("Russia", "Russia observes a testing moratorium", "2025-11-06", "published",
              "Russia revoked its ratification"),
            S("United States", "Air Force: Russia was notified in advance of the launch", "2025-11-05", "context",
              "notified in advance under a 1988 agreement"),
            S("United States", "Titus: a return to explosive testing would be reckless", "2025-11-06", "published",
              "Rep. Dina Titus"),
            S("United States", "Titus will reintroduce a bill next week to bar funding for explosive tests",
              "2025-11-06", "published", "reintroduce a bill"),
        ],
        ["Vladimir Putin", "Russia", "United States", "Donald Trump", "Kremlin", "Dmitry Peskov"],
    ),
]
