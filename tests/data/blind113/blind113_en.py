"""English articles of the blind113 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Kursk incursion of August 2024 to spring 2025 and its diplomatic fallout.
"""

from build import E, S, T

# ---------------------------------------------------------------- b113en01 (Army Times)
EN01 = """
Ukraine's HIMARS knock out Seym River bridges in Kursk as Moscow blames Washington

Ukrainian forces have destroyed a second bridge over the Seym River in Russia's Kursk region, cutting supply lines for Russian troops trying to contain Kyiv's cross-border offensive, Ukrainian officials said Sunday.
The first bridge, near the town of Glushkovo, was hit Friday, according to Ukraine's air force commander, Lt. Gen. Mykola Oleshchuk, who posted drone footage of the strike.
Russian military bloggers said both attacks were carried out with U.S.-supplied High Mobility Artillery Rocket Systems, or HIMARS.

Russian Foreign Ministry spokeswoman Maria Zakharova said Saturday that the use of Western-made rocket launchers showed the "direct involvement" of the United States and its allies in the attack.
She said Washington bore responsibility for the destruction of the bridges and for the deaths of volunteers helping to evacuate civilians.

At the Pentagon, officials said Ukraine's use of American weapons in Kursk was consistent with U.S. policy, which allows Kyiv to strike across the border at Russian forces attacking it.
President Joe Biden first loosened the restrictions in late May, after Russia opened a new front near Kharkiv.
Pentagon press secretary Maj. Gen. Pat Ryder told reporters Thursday that the incursion had not changed the administration's position on long-range strikes deep inside Russia with Army Tactical Missile Systems, or ATACMS.
"We did not have advance notice, and we continue to talk to our Ukrainian counterparts to better understand their objectives," Ryder said.

In his nightly video address Sunday, Ukrainian President Volodymyr Zelenskyy said the operation's main goal was to create a "buffer zone" on Russian territory to protect border communities from shelling.
He again urged allies to lift the remaining limits on long-range weapons, saying the "naive, illusory concept of so-called red lines" had crumbled in the Kursk region.
Biden said last week that the incursion was creating "a real dilemma" for Russian President Vladimir Putin.
Kremlin aide Yuri Ushakov said Saturday that talks with Kyiv were out of the question after what he called an "adventure" in Kursk.

U.S. Army Europe and Africa has trained more than 19,000 Ukrainian soldiers at Grafenwoehr and other sites in Germany since 2022.
HIMARS launchers, built by Lockheed Martin in Camden, Arkansas, have been in Ukraine's arsenal since June 2022.
"""

# ---------------------------------------------------------------- b113en02 (Winnipeg Free Press)
EN02 = """
Zelenskyy says Kursk push is part of 'victory plan' he will put to Biden

KYIV, Ukraine — Ukrainian President Volodymyr Zelenskyy said Tuesday the incursion of his forces into Russia's Kursk region is part of a broader "victory plan" he intends to present to U.S. President Joe Biden next month.
Speaking at a forum in Kyiv, Zelenskyy said he also wanted to show the plan to Vice-President Kamala Harris and former president Donald Trump, the two candidates in November's U.S. election.
The first point of the plan had already been carried out, he said, in a reference to the Kursk operation, which began Aug. 6.
Zelenskyy again pressed Washington and London to allow strikes deep inside Russia with long-range missiles such as the U.S.-made ATACMS and British Storm Shadows.

Ukraine's top commander, Gen. Oleksandr Syrskyi, told the same forum that his troops controlled 1,294 square kilometres of Russian territory and 100 settlements, and had taken 594 Russian soldiers prisoner.
He acknowledged that Russian forces were still advancing toward the eastern logistics hub of Pokrovsk, the main target of Moscow's offensive in the Donetsk region.

In Moscow, Kremlin spokesman Dmitry Peskov dismissed the talk of a victory plan and said Russia's military operation would continue until all its goals were met.
Russian President Vladimir Putin ruled out negotiations with Kyiv on Aug. 12, saying there was nothing to discuss with people who attack civilians.
In Washington, White House national security spokesman John Kirby said Tuesday that Biden would "of course" listen to Zelenskyy's ideas, but that there had been no change in U.S. policy on long-range strikes.
Defence Minister Bill Blair said in Ottawa that Canada respected Ukraine's right to defend itself, including on Russian soil.

In Winnipeg, home to one of Canada's largest Ukrainian communities, the mood has shifted in recent weeks.
Hundreds of people marked Ukraine's Independence Day on Saturday with a rally at the Manitoba Legislative Building, many carrying flags and photos of relatives at the front.
"It's the first time in two years that people here feel Ukraine has the initiative," said Oksana Hrytsenko of the Ukrainian Canadian Congress's Manitoba council.
She said the group would send another shipment of first-aid kits and small drones to Ukraine next week.
"""

# ---------------------------------------------------------------- b113en03 (The Dong-A Ilbo, English edition)
EN03 = """
Ukraine reports first clashes with North Korean troops in Kursk

Ukrainian forces have fought North Korean soldiers for the first time in Russia's Kursk region, Ukrainian Defense Minister Rustem Umerov said, deepening concerns in Seoul over Pyongyang's direct role in the war.
In an interview with KBS aired Monday, Umerov described the engagements as "small-scale" and said Pyongyang's soldiers were being integrated into Russian units.
The U.S. Department of Defense said Monday that about 10,000 North Korean troops had moved into the Kursk region, where they were being trained in artillery, drone operations and basic infantry tactics.
Deputy Pentagon press secretary Sabrina Singh said Washington had not seen them in combat but expected that to happen "in the coming days."

North Korean Foreign Minister Choe Son-hui was received by Russian President Vladimir Putin at the Kremlin on Monday, after holding talks with Foreign Minister Sergey Lavrov on Friday.
According to the Russian Foreign Ministry, Choe told Lavrov that Pyongyang would stand firmly by its "Russian comrades" until victory.
Kremlin spokesman Dmitry Peskov declined to comment on the troop reports, saying cooperation with Pyongyang "is not directed against third countries."

In Seoul, Defense Minister Kim Yong-hyun told lawmakers on Monday that the government was considering sending a team to Ukraine to analyze North Korean tactics and question any captured soldiers.
President Yoon Suk Yeol will address the issue at a press conference on Thursday, his office said.
Last Thursday, Kim and Foreign Minister Cho Tae-yul held talks in Washington with Secretary of State Antony Blinken and Defense Secretary Lloyd Austin, who jointly called on Moscow to withdraw the North Korean troops.
NATO Secretary General Mark Rutte warned last week that Russia may be paying for the troops with missile and satellite technology.
The UN Security Council discussed the deployment on Oct. 30, when Russia's deputy ambassador dismissed the reports as "lies."

Americans vote Tuesday in a presidential election that could reshape Washington's support for Ukraine.
Republican candidate Donald Trump has said he would end the war "within 24 hours" if elected.
A senior official at the presidential office in Seoul said the government would "carefully watch" how a new U.S. administration handles the war and the troop deployment.
"""

# ---------------------------------------------------------------- b113en04 (The Atlanta Journal-Constitution)
EN04 = """
Trump blasts long-range strikes into Russia; Kremlin welcomes his stance

WASHINGTON — President-elect Donald Trump said he disagrees "very vehemently" with Ukraine firing American missiles deep into Russia, breaking openly with a decision President Joe Biden made last month.
"We're just escalating this war and making it worse," Trump told Time magazine in an interview published Thursday, when the magazine named him its Person of the Year.

The Kremlin was quick to seize on the remarks.
Kremlin spokesman Dmitry Peskov told reporters Friday that Trump's view "fully coincides with our position" and that responsibility for the escalation lay with the outgoing administration.
Russia's Defense Ministry said Ukraine fired six ATACMS missiles at a military airfield in the port city of Taganrog on Wednesday and warned that "retaliatory measures will be taken."

White House national security spokesman John Kirby said the administration stood by the decision, which followed the deployment of thousands of North Korean troops to Russia's Kursk region in the fall.
He said the missiles were helping Ukraine hold territory it seized in Kursk in August, which Moscow has vowed to retake.
The Pentagon on Thursday announced a $500 million weapons package, one of the last Biden is expected to approve before he leaves office Jan. 20.

Ukrainian President Volodymyr Zelenskyy, who met Trump and French President Emmanuel Macron in Paris last weekend, said in his nightly address Thursday that Ukraine needed "more, not fewer" long-range capabilities.
Any weakening of Western support, he said, would only reward Putin.

In Georgia, the debate has a local dimension.
About 4,000 soldiers of Fort Stewart's 3rd Infantry Division are deployed in Poland and other NATO countries on Russia's flank, part of a U.S. buildup that began in 2022.
Sen. Raphael Warnock, D-Ga., said Friday that Congress should not let Putin "wait out" American support.
Rep. Marjorie Taylor Greene, R-Ga., praised Trump's comments on social media, writing that Georgians "don't want another forever war."
"""

# ---------------------------------------------------------------- b113en05 (Arirang News)
EN05 = """
Captured North Korean soldier wants to come to South Korea, NIS says

One of the two North Korean soldiers captured by Ukrainian forces in Russia's Kursk region has said he wants to come to South Korea.
South Korea's spy agency says Seoul is ready to help if he makes a formal request.
Kim Ji-yeon reports.

Briefing lawmakers on Wednesday, the National Intelligence Service said one of the prisoners had expressed his wish to defect to the South during interviews conducted together with Ukraine's intelligence service.
The other soldier has not made up his mind, according to the agency.
Seoul's foreign ministry said it would accept any North Korean who wishes to come, as the constitution regards them as citizens, and that it would consult closely with Kyiv.

The two men were captured in early January during fighting in Kursk, where North Korea has sent some 11,000 troops to support Russia since October.
Ukrainian President Volodymyr Zelensky offered last month to hand them over to Pyongyang in exchange for Ukrainian prisoners held in Russia.
Kyiv said on Wednesday that any decision would be taken in line with the Geneva Conventions and that the soldiers' own wishes would be respected.

The NIS also told lawmakers that North Korean troops had been pulled back from the front line since mid-January after suffering heavy losses.
It said Pyongyang appears to be preparing to send additional soldiers to Russia.
Russia has never officially confirmed their presence, and Kremlin spokesman Dmitry Peskov declined to comment on Wednesday.

The briefing came as the war's diplomacy shifted to the Gulf.
On Tuesday, U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks in Riyadh, their first on ending the war, and agreed to restore staff at their embassies.
Ukraine was not invited, and Zelensky said Kyiv would not accept any deal reached without it.
Officials in Seoul say they are watching closely whether a settlement could send the North Korean troops home.
Kim Ji-yeon, Arirang News.
"""

# ---------------------------------------------------------------- b113en06 (The West Australian)
EN06 = """
Russian commandos crawl through gas pipeline as Ukraine's Kursk foothold shrinks

Russian special forces have used a disused gas pipeline to get behind Ukrainian lines near the town of Sudzha, in a bid to drive Kyiv's troops out of the Kursk region they seized in August.
Pro-Kremlin military bloggers published footage on Saturday of soldiers in gas masks crawling through the pipe, which once carried Russian gas to Europe via Ukraine.
Ukraine's General Staff said on Sunday the attackers had been spotted and were being "destroyed", but acknowledged heavy fighting around Sudzha.
Transit of Russian gas through the pipeline ended on January 1, when Kyiv let a five-year transit deal expire.

The assault comes after Washington paused intelligence sharing with Kyiv last week, a step Ukrainian officials say has made it harder to spot Russian troop movements.
CIA Director John Ratcliffe announced the pause on Wednesday.
President Donald Trump had already halted military aid to Ukraine on March 3, following his Oval Office clash with Volodymyr Zelensky on February 28.

US Secretary of State Marco Rubio arrives in Saudi Arabia on Monday ahead of talks with a Ukrainian delegation in Jeddah on Tuesday.
Mr Rubio told reporters the pause on intelligence could be lifted if Kyiv showed it was serious about peace, and that Ukraine would have to make "concessions" on territory.
Mr Zelensky, who is due to meet Saudi Crown Prince Mohammed bin Salman on Monday, said Ukraine was committed to a "constructive" dialogue and proposed a ceasefire in the air and at sea as a first step.

On Friday, Mr Trump said he was "strongly considering" large-scale sanctions and tariffs on Russia until a ceasefire was reached.
Kremlin spokesman Dmitry Peskov said on Sunday that Russian forces were "gradually" pushing the enemy out of the Kursk region and that Moscow was still waiting for details of any US proposal.

Prime Minister Anthony Albanese said on the weekend Australia was "open to considering" a contribution to a peacekeeping force if a ceasefire was agreed.
Members of Perth's Ukrainian community, who rallied in Forrest Place on Saturday, said they feared Kyiv was being pushed into a bad deal.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b113en01_himars_seym_bridges_kursk_2024_08", "2024-08-19", EN01,
        [
            T("Sunday", "DATE", "2024-08-18", 0),
            T("Friday", "DATE", "2024-08-16"),
            T("Saturday", "DATE", "2024-08-17", 0),
            T("late May", "DATE", "2024-05", mod="END"),
            T("Thursday", "DATE", "2024-08-15"),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2024-08-18", 1),
            T("last week", "DATE", "2024-W33"),
            T("Saturday", "DATE", "2024-08-17", 1),
            T("2022", "DATE", "2022", 0),
            T("June 2022", "DATE", "2022-06"),
        ],
        [
            E("Ukraine destroys a second bridge over the Seym", "ASSAULT", ["Ukraine", "Russia"], "2024-08-18",
              "context", "occurred", "destroyed a second bridge over the Seym",
              note="dated by the officials' Sunday report"),
            E("Ukraine hits the first Seym bridge near Glushkovo", "ASSAULT", ["Ukraine", "Russia"], "2024-08-16",
              "text", "occurred", "The first bridge, near the town of Glushkovo"),
            E("Zakharova accuses the US of direct involvement", "ACCUSE", ["Maria Zakharova", "United States"],
              "2024-08-17", "text", "occurred", "Maria Zakharova said Saturday"),
            E("Biden loosens the restrictions on cross-border strikes", "AGREE", ["Joe Biden", "Ukraine"], "2024-05",
              "text", "occurred", "first loosened the restrictions in late May", date_mod="END"),
            E("Russia opens a new front near Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2024-05", "context",
              "occurred", "first loosened the restrictions in late May"),
            E("Pentagon: no change on long-range strikes deep inside Russia", "REJECT", ["United States", "Ukraine"],
              "2024-08-15", "text", "occurred", "Ryder told reporters Thursday"),
            E("Zelenskyy urges allies to lift the limits on long-range weapons", "REQUEST", ["Volodymyr Zelensky"],
              "2024-08-18", "context", "occurred", "He again urged allies"),
            E("Ushakov rules out talks with Kyiv", "REJECT", ["Yuri Ushakov", "Ukraine"], "2024-08-17", "text",
              "occurred", "Kremlin aide Yuri Ushakov said Saturday"),
            E("US Army trains Ukrainian soldiers in Germany since 2022", "COOPERATE", ["United States", "Ukraine"],
              "2022", "text", "occurred", "has trained more than 19,000", date_mod="START"),
            E("HIMARS in Ukraine's arsenal since June 2022", "AID", ["United States", "Ukraine"], "2022-06", "text",
              "occurred", "HIMARS launchers, built by Lockheed Martin", date_mod="START"),
        ],
        [
            S("Ukraine", "A second Seym bridge has been destroyed", "2024-08-18", "text",
              "destroyed a second bridge over the Seym"),
            S("Ukraine", "Oleshchuk: the first bridge near Glushkovo was hit on Friday", "2024-08-16", "context",
              "The first bridge, near the town of Glushkovo"),
            S("Maria Zakharova", "Western rocket launchers show the direct involvement of the US and its allies",
              "2024-08-17", "text", "Maria Zakharova said Saturday"),
            S("Maria Zakharova", "Washington is responsible for the bridges' destruction and the volunteers' deaths",
              "2024-08-17", "context", "She said Washington bore responsibility"),
            S("United States", "Pentagon officials: use of US weapons in Kursk is consistent with US policy",
              "2024-08-19", "published", "At the Pentagon, officials said"),
            S("United States", "Ryder: no change on long-range strikes deep inside Russia", "2024-08-15", "text",
              "Ryder told reporters Thursday"),
            S("United States", "Ryder: no advance notice; talking to Ukrainian counterparts", "2024-08-15",
              "context", "We did not have advance notice"),
            S("Volodymyr Zelensky", "The operation's main goal is a buffer zone on Russian territory", "2024-08-18",
              "text", "In his nightly video address Sunday"),
            S("Volodymyr Zelensky", "The concept of red lines has crumbled; allies should lift the limits",
              "2024-08-18", "context", "He again urged allies"),
            S("Joe Biden", "The incursion creates a real dilemma for Putin", "2024-W33", "text",
              "Biden said last week"),
            S("Yuri Ushakov", "Talks with Kyiv are out of the question after the Kursk adventure", "2024-08-17",
              "text", "Kremlin aide Yuri Ushakov said Saturday"),
        ],
        ["Ukraine", "Russia", "United States", "Maria Zakharova", "Joe Biden", "Volodymyr Zelensky",
         "Vladimir Putin", "Yuri Ushakov", "Kremlin"],
    ),
    doc(
        "b113en02_zelenskyy_victory_plan_kursk_2024_08", "2024-08-28", EN02,
        [
            T("Tuesday", "DATE", "2024-08-27", 0),
            T("next month", "DATE", "2024-09"),
            T("November", "DATE", "2024-11"),
            T("Aug. 6", "DATE", "2024-08-06"),
            T("Aug. 12", "DATE", "2024-08-12"),
            T("Tuesday", "DATE", "2024-08-27", 1),
            T("recent weeks", "DATE", "PAST_REF"),
            T("Independence Day", "DATE", "2024-08-24"),
            T("Saturday", "DATE", "2024-08-24"),
            T("two years", "DURATION", "P2Y"),
            T("next week", "DATE", "2024-W36"),
        ],
        [
            E("Zelenskyy to present his victory plan to Biden", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-09", "text", "planned", "intends to present to U.S. President Joe Biden"),
            E("Zelenskyy wants to show the plan to Harris and Trump", "CONSULT",
              ["Volodymyr Zelensky", "United States", "Donald Trump"], "2024-08-28", "published", "planned",
              "he also wanted to show the plan", note="no date given for the meetings"),
            E("The Kursk operation, begun on 6 August", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06", "text",
              "occurred", "which began Aug. 6", date_mod="START"),
            E("Zelenskyy presses Washington and London to allow deep strikes", "REQUEST",
              ["Volodymyr Zelensky", "United States", "United Kingdom"], "2024-08-27", "context", "occurred",
              "Zelenskyy again pressed Washington and London"),
            E("Ukrainian troops control 1,294 km2 of Russian territory", "COERCE", ["Ukraine", "Russia"],
              "2024-08-27", "context", "occurred", "his troops controlled 1,294 square kilometres"),
            E("Russian forces advance toward Pokrovsk", "ASSAULT", ["Russia", "Ukraine"], "2024-08-27", "context",
              "occurred", "Russian forces were still advancing"),
            E("Peskov dismisses the victory plan", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"], "2024-08-28",
              "published", "occurred", "dismissed the talk of a victory plan"),
            E("Putin rules out negotiations with Kyiv", "REJECT", ["Vladimir Putin", "Ukraine"], "2024-08-12",
              "text", "occurred", "ruled out negotiations with Kyiv on Aug. 12"),
            E("White House: no change in US policy on long-range strikes", "REJECT", ["White House", "Ukraine"],
              "2024-08-27", "text", "occurred", "John Kirby said Tuesday"),
        ],
        [
            S("Volodymyr Zelensky", "The Kursk incursion is part of a victory plan for Biden", "2024-08-27", "text",
              "Ukrainian President Volodymyr Zelenskyy said Tuesday"),
            S("Volodymyr Zelensky", "Wants to show the plan to Harris and Trump", "2024-08-27", "context",
              "he also wanted to show the plan"),
            S("Volodymyr Zelensky", "The plan's first point has been carried out", "2024-08-27", "context",
              "The first point of the plan"),
            S("Volodymyr Zelensky", "Washington and London should allow deep strikes with long-range missiles",
              "2024-08-27", "context", "Zelenskyy again pressed Washington and London"),
            S("Ukraine", "Syrskyi: 1,294 km2 and 100 settlements under control, 594 prisoners", "2024-08-27",
              "context", "his troops controlled 1,294 square kilometres"),
            S("Ukraine", "Syrskyi: Russian forces still advance toward Pokrovsk", "2024-08-27", "context",
              "Russian forces were still advancing"),
            S("Dmitry Peskov", "Dismisses the victory plan; the operation continues until its goals are met",
              "2024-08-28", "published", "dismissed the talk of a victory plan"),
            S("Vladimir Putin", "Nothing to discuss with people who attack civilians", "2024-08-12", "text",
              "ruled out negotiations with Kyiv on Aug. 12"),
            S("White House", "Kirby: Biden will listen to Zelenskyy's ideas, but US policy on long-range strikes is "
              "unchanged", "2024-08-27", "text", "John Kirby said Tuesday"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Joe Biden", "United States", "Donald Trump", "United Kingdom",
         "Kremlin", "Dmitry Peskov", "Vladimir Putin", "White House"],
    ),
    doc(
        "b113en03_first_clashes_north_korean_troops_2024_11", "2024-11-05", EN03,
        [
            T("Monday", "DATE", "2024-11-04", 0),
            T("Monday", "DATE", "2024-11-04", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2024-11-04", 2),
            T("Friday", "DATE", "2024-11-01"),
            T("Monday", "DATE", "2024-11-04", 3),
            T("Thursday", "DATE", "2024-11-07", 0),
            T("Last Thursday", "DATE", "2024-10-31"),
            T("last week", "DATE", "2024-W44"),
            T("Oct. 30", "DATE", "2024-10-30"),
            T("Tuesday", "DATE", "2024-11-05"),
            T("24 hours", "DURATION", "PT24H"),
        ],
        [
            E("First clashes between Ukrainian forces and North Korean soldiers in Kursk", "ASSAULT",
              ["Ukraine", "Russia"], "2024-11-04", "context", "occurred",
              "have fought North Korean soldiers for the first time",
              note="no day given; dated by Umerov's interview aired on Monday"),
            E("About 10,000 North Korean troops moved into the Kursk region", "MOBILIZE", ["Russia"], "2024-11-04",
              "context", "occurred", "about 10,000 North Korean troops had moved",
              note="dated by the Pentagon's Monday statement"),
            E("North Korean troops expected in combat in the coming days", "ASSAULT", ["Russia", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "expected that to happen"),
            E("Putin receives North Korea's foreign minister", "CONSULT", ["Vladimir Putin"], "2024-11-04", "text",
              "occurred", "was received by Russian President Vladimir Putin"),
            E("Choe–Lavrov talks", "CONSULT", ["Sergey Lavrov"], "2024-11-01", "text", "occurred",
              "was received by Russian President Vladimir Putin"),
            E("Choe pledges to stand by Russia until victory", "SUPPORT", ["Russia", "Sergey Lavrov"], "2024-11-01",
              "context", "occurred", "Choe told Lavrov"),
            E("South Korean ministers' talks with Blinken and Austin in Washington", "CONSULT",
              ["Antony Blinken", "United States"], "2024-10-31", "text", "occurred",
              "Last Thursday, Kim and Foreign Minister"),
            E("Blinken and Austin call on Moscow to withdraw the North Korean troops", "REQUEST",
              ["Antony Blinken", "United States", "Russia"], "2024-10-31", "context", "occurred",
              "Last Thursday, Kim and Foreign Minister"),
            E("Rutte warns Russia may pay for the troops with technology", "ACCUSE", ["Mark Rutte", "Russia"],
              "2024-W44", "text", "occurred", "Rutte warned last week"),
            E("Russia may transfer missile and satellite technology to North Korea", "AID", ["Russia"], "2024-W44",
              "context", "uncertain", "Rutte warned last week"),
            E("UN Security Council meeting on the deployment", "CONSULT", ["United Nations"], "2024-10-30", "text",
              "occurred", "The UN Security Council discussed"),
            E("Russia's deputy ambassador dismisses the reports as lies", "REJECT", ["Russia"], "2024-10-30",
              "context", "occurred", "The UN Security Council discussed"),
        ],
        [
            S("Rustem Umerov", "Ukrainian forces have fought North Korean soldiers for the first time", "2024-11-04",
              "context", "have fought North Korean soldiers for the first time"),
            S("Rustem Umerov", "The engagements are small-scale; North Koreans integrated into Russian units",
              "2024-11-04", "text", "In an interview with KBS aired Monday"),
            S("United States", "About 10,000 North Korean troops have moved into the Kursk region", "2024-11-04",
              "text", "about 10,000 North Korean troops had moved"),
            S("United States", "Singh: not yet seen in combat, expected in the coming days", "2024-11-04", "context",
              "expected that to happen"),
            S("Russia", "Foreign ministry: Choe pledged to stand by the 'Russian comrades' until victory",
              "2024-11-01", "context", "Choe told Lavrov"),
            S("Dmitry Peskov", "No comment; cooperation with Pyongyang is not directed against third countries",
              "2024-11-05", "published", "Kremlin spokesman Dmitry Peskov declined to comment"),
            S("Mark Rutte", "Russia may be paying for the troops with missile and satellite technology", "2024-W44",
              "text", "Rutte warned last week"),
            S("Russia", "Deputy ambassador: the reports are lies", "2024-10-30", "context",
              "The UN Security Council discussed"),
            S("Donald Trump", "Would end the war within 24 hours if elected", "2024-11-05", "published",
              "Republican candidate Donald Trump has said"),
        ],
        ["Ukraine", "Russia", "Rustem Umerov", "United States", "Vladimir Putin", "Sergey Lavrov", "Kremlin",
         "Dmitry Peskov", "Antony Blinken", "NATO", "Mark Rutte", "United Nations", "Donald Trump"],
    ),
    doc(
        "b113en04_trump_time_atacms_kremlin_2024_12", "2024-12-13", EN04,
        [
            T("last month", "DATE", "2024-11"),
            T("Thursday", "DATE", "2024-12-12", 0),
            T("Friday", "DATE", "2024-12-13", 0),
            T("Wednesday", "DATE", "2024-12-11"),
            T("the fall", "DATE", "2024-FA"),
            T("August", "DATE", "2024-08"),
            T("Thursday", "DATE", "2024-12-12", 1),
            T("Jan. 20", "DATE", "2025-01-20"),
            T("last weekend", "DATE", "2024-W49-WE"),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2024-12-12", 2),
            T("2022", "DATE", "2022"),
            T("Friday", "DATE", "2024-12-13", 1),
        ],
        [
            E("Trump criticises Biden's decision on long-range strikes into Russia", "ACCUSE",
              ["Donald Trump", "Joe Biden"], "2024-12-12", "context", "occurred", "said he disagrees",
              note="dated by the interview published on Thursday"),
            E("Biden allows Ukraine to fire American missiles deep into Russia", "AGREE", ["Joe Biden", "Ukraine"],
              "2024-11", "text", "occurred", "said he disagrees"),
            E("Peskov welcomes Trump's view", "SUPPORT", ["Dmitry Peskov", "Donald Trump"], "2024-12-13", "text",
              "occurred", "Peskov told reporters Friday"),
            E("Peskov blames the outgoing US administration for the escalation", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2024-12-13", "text", "occurred", "Peskov told reporters Friday"),
            E("Ukraine fires six ATACMS at the Taganrog airfield", "ASSAULT", ["Ukraine", "Russia"], "2024-12-11",
              "text", "occurred", "fired six ATACMS missiles"),
            E("Russia's defence ministry threatens retaliation", "THREATEN", ["Russia", "Ukraine"], "2024-12-11",
              "context", "occurred", "fired six ATACMS missiles"),
            E("North Korean troops deployed to the Kursk region in the fall", "MOBILIZE", ["Russia"], "2024-FA",
              "text", "occurred", "the administration stood by the decision"),
            E("Ukraine seized territory in Kursk in August", "ASSAULT", ["Ukraine", "Russia"], "2024-08", "text",
              "occurred", "territory it seized in Kursk in August", date_mod="START"),
            E("Moscow vows to retake the territory", "ASSAULT", ["Russia", "Ukraine"], "2024-12-13", "published",
              "planned", "territory it seized in Kursk in August", note="no date given for the vow"),
            E("Pentagon announces a $500 million weapons package", "AID", ["United States", "Ukraine"],
              "2024-12-12", "text", "occurred", "The Pentagon on Thursday announced"),
            E("Zelenskyy meets Trump and Macron in Paris", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"], "2024-W49-WE", "text", "occurred",
              "who met Trump and French President Emmanuel Macron"),
            E("Zelenskyy: Ukraine needs more long-range capabilities", "REQUEST", ["Volodymyr Zelensky"],
              "2024-12-12", "context", "occurred", "who met Trump and French President Emmanuel Macron"),
            E("US troops deployed in Poland and other NATO countries since 2022", "MOBILIZE",
              ["United States", "Poland", "NATO"], "2022", "text", "occurred", "About 4,000 soldiers",
              date_mod="START"),
            E("Greene praises Trump's comments", "SUPPORT", ["United States", "Donald Trump"], "2024-12-13",
              "published", "occurred", "praised Trump's comments"),
        ],
        [
            S("Donald Trump", "Disagrees very vehemently with Ukraine firing US missiles deep into Russia",
              "2024-12-12", "context", "said he disagrees"),
            S("Donald Trump", "We're just escalating this war and making it worse", "2024-12-12",
              "text", "We're just escalating this war"),
            S("Kremlin", "Seizes on Trump's remarks", "2024-12-13", "published", "The Kremlin was quick"),
            S("Dmitry Peskov", "Trump's view fully coincides with Russia's; the outgoing administration is "
              "responsible for the escalation", "2024-12-13", "text", "Peskov told reporters Friday"),
            S("Russia", "Defence ministry: six ATACMS fired at Taganrog, retaliation will follow", "2024-12-11",
              "context", "fired six ATACMS missiles"),
            S("White House", "Kirby: the administration stands by the decision", "2024-12-13", "published",
              "the administration stood by the decision"),
            S("White House", "Kirby: the missiles help Ukraine hold the territory it seized in Kursk", "2024-12-13",
              "published", "territory it seized in Kursk in August"),
            S("Volodymyr Zelensky", "Ukraine needs more, not fewer, long-range capabilities", "2024-12-12", "text",
              "who met Trump and French President Emmanuel Macron"),
            S("Volodymyr Zelensky", "Any weakening of Western support would reward Putin", "2024-12-12", "context",
              "Any weakening of Western support"),
            S("United States", "Warnock: Congress should not let Putin wait out American support", "2024-12-13",
              "text", "Sen. Raphael Warnock"),
            S("United States", "Greene praises Trump: Georgians don't want another forever war", "2024-12-13",
              "published", "praised Trump's comments"),
        ],
        ["Donald Trump", "Ukraine", "Russia", "Joe Biden", "Kremlin", "Dmitry Peskov", "United States",
         "White House", "Volodymyr Zelensky", "France", "Emmanuel Macron", "Vladimir Putin", "Poland", "NATO"],
    ),
    doc(
        "b113en05_north_korean_pow_seoul_2025_02", "2025-02-19", EN05,
        [
            T("Wednesday", "DATE", "2025-02-19", 0),
            T("early January", "DATE", "2025-01", mod="START"),
            T("October", "DATE", "2024-10"),
            T("last month", "DATE", "2025-01"),
            T("Wednesday", "DATE", "2025-02-19", 1),
            T("mid-January", "DATE", "2025-01", mod="MID"),
            T("Wednesday", "DATE", "2025-02-19", 2),
            T("Tuesday", "DATE", "2025-02-18"),
        ],
        [
            E("Seoul to consult closely with Kyiv on the soldiers", "CONSULT", ["Ukraine"], "2025-02-19",
              "published", "planned", "it would consult closely with Kyiv",
              note="the South Korean side is not canonical"),
            E("North Korea has sent some 11,000 troops to Russia since October", "MOBILIZE", ["Russia"], "2024-10",
              "text", "occurred", "where North Korea has sent some 11,000 troops", date_mod="START"),
            E("Zelensky offers to hand the soldiers to Pyongyang for Ukrainian prisoners", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-01", "text", "occurred", "offered last month"),
            E("Kyiv promises to respect the soldiers' wishes", "AGREE", ["Ukraine"], "2025-02-19", "context",
              "occurred", "Kyiv said on Wednesday"),
            E("North Korean troops pulled back from the front line since mid-January", "RETREAT", ["Russia"],
              "2025-01", "text", "occurred", "pulled back from the front line", date_mod="MID"),
            E("Pyongyang preparing to send more soldiers to Russia", "MOBILIZE", ["Russia"], "2025-02-19",
              "published", "uncertain", "preparing to send additional soldiers"),
            E("Rubio–Lavrov talks in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-02-18", "text",
              "occurred", "On Tuesday, U.S. Secretary of State Marco Rubio"),
            E("Rubio and Lavrov agree to restore embassy staff", "AGREE", ["Marco Rubio", "Sergey Lavrov"],
              "2025-02-18", "context", "occurred", "On Tuesday, U.S. Secretary of State Marco Rubio"),
            E("Zelensky rejects any deal reached without Ukraine", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-19", "published", "occurred",
              "Ukraine was not invited"),
        ],
        [
            S("Volodymyr Zelensky", "Offers to hand the two soldiers to Pyongyang in exchange for Ukrainian "
              "prisoners", "2025-01", "text", "offered last month"),
            S("Ukraine", "Any decision will follow the Geneva Conventions and respect the soldiers' wishes",
              "2025-02-19", "text", "Kyiv said on Wednesday"),
            S("Dmitry Peskov", "Declines to comment on the soldiers", "2025-02-19", "text",
              "Peskov declined to comment on Wednesday"),
            S("Volodymyr Zelensky", "Kyiv will not accept any deal reached without it", "2025-02-19", "published",
              "Ukraine was not invited"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "United States", "Marco Rubio",
         "Sergey Lavrov"],
    ),
    doc(
        "b113en06_sudzha_pipeline_kursk_2025_03", "2025-03-10", EN06,
        [
            T("August", "DATE", "2024-08"),
            T("Saturday", "DATE", "2025-03-08", 0),
            T("Sunday", "DATE", "2025-03-09", 0),
            T("January 1", "DATE", "2025-01-01"),
            T("five-year", "DURATION", "P5Y"),
            T("last week", "DATE", "2025-W10"),
            T("Wednesday", "DATE", "2025-03-05"),
            T("March 3", "DATE", "2025-03-03"),
            T("February 28", "DATE", "2025-02-28"),
            T("Monday", "DATE", "2025-03-10", 0),
            T("Tuesday", "DATE", "2025-03-11"),
            T("Monday", "DATE", "2025-03-10", 1),
            T("Friday", "DATE", "2025-03-07"),
            T("Sunday", "DATE", "2025-03-09", 1),
            T("the weekend", "DATE", "2025-W10-WE"),
            T("Saturday", "DATE", "2025-03-08", 1),
        ],
        [
            E("Russian special forces use a gas pipeline to get behind Ukrainian lines near Sudzha", "ASSAULT",
              ["Russia", "Ukraine"], "2025-03-08", "context", "occurred",
              "Russian special forces have used a disused gas pipeline",
              note="dated by the footage published on Saturday"),
            E("Ukraine seized part of the Kursk region in August", "ASSAULT", ["Ukraine", "Russia"], "2024-08",
              "text", "occurred", "Russian special forces have used a disused gas pipeline", date_mod="START"),
            E("Gas transit through Ukraine ends as Kyiv lets the deal expire", "SANCTION", ["Ukraine", "Russia"],
              "2025-01-01", "text", "occurred", "Transit of Russian gas through the pipeline"),
            E("Washington pauses intelligence sharing with Kyiv", "SANCTION", ["United States", "Ukraine"],
              "2025-W10", "text", "occurred", "Washington paused intelligence sharing"),
            E("Trump halts military aid to Ukraine", "SANCTION", ["Donald Trump", "Ukraine"], "2025-03-03", "text",
              "occurred", "had already halted military aid"),
            E("Trump–Zelensky Oval Office meeting", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-02-28",
              "text", "occurred", "had already halted military aid"),
            E("Rubio arrives in Saudi Arabia", "CONSULT", ["Marco Rubio", "Saudi Arabia"], "2025-03-10", "text",
              "planned", "arrives in Saudi Arabia on Monday"),
            E("US–Ukrainian talks in Jeddah", "CONSULT", ["Marco Rubio", "Ukraine"], "2025-03-11", "text",
              "planned", "arrives in Saudi Arabia on Monday"),
            E("Rubio: Ukraine will have to make territorial concessions", "REQUEST", ["Marco Rubio", "Ukraine"],
              "2025-03-10", "published", "occurred", "Mr Rubio told reporters"),
            E("Zelensky to meet the Saudi crown prince", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"],
              "2025-03-10", "text", "planned", "who is due to meet Saudi Crown Prince"),
            E("Zelensky proposes a ceasefire in the air and at sea", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-03-10", "published", "occurred", "who is due to meet Saudi Crown Prince"),
            E("Trump considers large-scale sanctions and tariffs on Russia", "THREATEN", ["Donald Trump", "Russia"],
              "2025-03-07", "text", "occurred", "On Friday, Mr Trump said"),
            E("Russian forces push Ukrainian troops out of the Kursk region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-03-09", "context", "occurred", "Peskov said on Sunday"),
        ],
        [
            S("Ukraine", "General Staff: the attackers were spotted and are being destroyed; heavy fighting",
              "2025-03-09", "text", "Ukraine's General Staff said on Sunday"),
            S("Ukraine", "Officials: the intelligence pause makes it harder to spot Russian troop movements",
              "2025-03-10", "published", "Washington paused intelligence sharing"),
            S("United States", "Ratcliffe announces the intelligence pause", "2025-03-05", "text",
              "CIA Director John Ratcliffe announced"),
            S("Marco Rubio", "The pause could be lifted if Kyiv is serious about peace; Ukraine must make "
              "concessions", "2025-03-10", "published", "Mr Rubio told reporters"),
            S("Volodymyr Zelensky", "Committed to constructive dialogue; proposes an air and sea ceasefire",
              "2025-03-10", "published", "who is due to meet Saudi Crown Prince"),
            S("Donald Trump", "Strongly considering sanctions and tariffs on Russia until a ceasefire", "2025-03-07",
              "text", "On Friday, Mr Trump said"),
            S("Dmitry Peskov", "Russian forces are gradually pushing the enemy out of Kursk; waiting for US details",
              "2025-03-09", "text", "Peskov said on Sunday"),
        ],
        ["Russia", "Ukraine", "Kremlin", "United States", "Donald Trump", "Volodymyr Zelensky", "Marco Rubio",
         "Saudi Arabia", "Dmitry Peskov"],
    ),
]
