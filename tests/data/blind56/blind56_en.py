"""English articles of the blind56 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b56en01 (Breaking Defense)
EN01 = """
Fourteen nations commit troops to Ukraine reassurance force, but key enablers are still missing

LONDON — Fourteen countries pledged a combined 9,000 personnel to the Multinational Force Ukraine (MNF-U) at a force generation conference at the UK's Permanent Joint Headquarters in Northwood on Wednesday, according to two officials who attended and a readout from the UK Ministry of Defence.
Britain and France, the two lead nations, will provide the bulk of the ground contingent and a rotating two-star headquarters in Kyiv, with a forward logistics hub in Rzeszów, Poland.
The force is meant to deter a renewed Russian offensive after the ceasefire that took effect on April 20, not to patrol the line of contact, which remains the job of the unarmed OSCE monitoring mission.

"We have the boots and we have the headquarters, what we still need is the air and missile defense layer and the ISR," one European official told Breaking Defense, referring to intelligence, surveillance and reconnaissance.
Germany offered a Patriot battery and Eurofighters for air policing from Romania, Turkey a maritime task group for mine clearance in the Black Sea, and the Nordic and Baltic states a combined mechanized battalion.
Italy and Poland said they would not send troops into Ukraine but would contribute training and logistics.

Washington's role remains the biggest open question.
Defense Secretary Pete Hegseth told reporters on Tuesday that the US would provide "intelligence and airlift" and would "back up" the force from the air in the event of a Russian attack, but that no American troops would deploy to Ukraine.
Vice President JD Vance, speaking in Ohio later the same day, said the guarantee was "real, but it's not a blank check."

NATO is not formally part of the force, but Secretary General Mark Rutte said the alliance's NSATU command in Wiesbaden would help coordinate training, and he urged allies "to fill the gaps before the summer is over."
Rustem Umerov, the secretary of Ukraine's National Security and Defense Council, who joined by video, thanked the contributing nations and asked for the headquarters to be operational "within weeks, not months."

Moscow has repeatedly warned against any Western deployment.
Kremlin spokesman Dmitry Peskov said Thursday that foreign troops in Ukraine would be "a direct threat to Russia's security" and that Moscow had "never agreed" to them in Istanbul, where the ceasefire was signed on April 14.
Defense ministers of the contributing nations are due to meet in Paris on June 18 to sign off on the rules of engagement, and planners aim for initial operating capability by September 1.
"""

# ---------------------------------------------------------------- b56en02 (CNBC)
EN02 = """
U.S. eases sanctions on Russian farm bank and fertilizer trade in first relief since ceasefire

The Treasury Department on Tuesday lifted sanctions on Russia's state-owned Rosselkhozbank and authorized transactions with Russian fertilizer producers, the first easing of U.S. measures against Moscow since the ceasefire in Ukraine took hold two months ago.
The general licenses issued by the Office of Foreign Assets Control take effect immediately and will be reviewed every 90 days, Treasury Secretary Scott Bessent said in a statement.
"If the ceasefire breaks down, these licenses go away, full stop," Bessent said.

The move is part of a phased relief package that Special Envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev outlined at talks in Miami earlier this month, according to two people familiar with the discussions.
Further steps, including licenses for aircraft parts and a possible return of U.S. energy companies, would depend on Russia's full withdrawal of heavy weapons from the buffer zone, the people said.
Dmitriev welcomed the decision on Telegram as "a first step in the right direction" and said Russian and American business delegations would meet in St. Petersburg in September.

Markets reacted quickly.
Chicago wheat futures fell 1.8% on Tuesday, and the ruble strengthened past 76 per dollar in Moscow trading on Wednesday, its strongest level since early 2023.
Shares of fertilizer producer PhosAgro jumped 9% in Moscow.

Kyiv was less enthusiastic.
President Volodymyr Zelenskyy said in his nightly address that relief was "premature" as long as Russia still held thousands of Ukrainian prisoners of war, and urged Washington to tie every further step to their release.
Secretary of State Marco Rubio, who spoke with Ukrainian Foreign Minister Andrii Sybiha on Tuesday, said the sanctions would "snap back" automatically in the event of a serious violation.

The European Union has no plans to follow suit.
EU foreign policy chief Kaja Kallas told reporters in Brussels on Monday that EU sanctions would stay in place until Russian forces had completed the withdrawal agreed in Istanbul, and that frozen Russian central bank assets would remain immobilized "for as long as it takes."
Kremlin spokesman Dmitry Peskov said Europe was "isolating itself" and called the U.S. decision "a sign of common sense."
"""

# ---------------------------------------------------------------- b56en03 (Irish Independent)
EN03 = """
Irish officers head for Ukraine as monitors' first report logs 1,912 ceasefire breaches

Twelve Defence Forces officers left Casement Aerodrome at Baldonnel yesterday to join the international mission monitoring the ceasefire in Ukraine, the first Irish military personnel to serve in the country since the war began.
They will be based in Dnipro and Kharkiv for an initial six months as part of the 600-strong mission run by the Organisation for Security and Co-operation in Europe (OSCE).
The deployment was approved by the Dáil last month after a lengthy debate over whether it compromised the State's military neutrality.

Tánaiste and Minister for Defence Simon Harris, who saw the officers off, said Ireland had "a long and honourable record of keeping the peace" and would "not stand on the sidelines of the most important peace process in Europe".
The Russian Embassy in Dublin said in a statement that Ireland was "abandoning its neutrality" by sending officers to a mission "dominated by Nato states".

The deployment comes as the mission published its first monthly report on Monday, recording 1,912 ceasefire violations between June 1 and June 30.
Most involved small-arms fire, but the monitors also logged 46 drone strikes and 11 incidents of artillery fire, and nine civilians were killed.
The report did not assign blame for most incidents, but found that a strike on a market in Druzhkivka on June 14 was carried out by drones launched from Russian-controlled territory.
After that strike, the joint military commission in Istanbul met in emergency session on July 3, but the Russian delegation walked out after two hours.

Moscow rejected the report's finding on Monday evening.
Foreign ministry spokeswoman Maria Zakharova said on Tuesday that the report was "one-sided" and accused Ukrainian forces of shelling the Russian-held town of Horlivka "almost every night".
Ukraine's foreign minister Andrii Sybiha called on the mission to publish the names of units responsible for violations and demanded that Russia let monitors enter the occupied areas without prior notice.

UN Secretary-General António Guterres said the figures showed that the ceasefire was "holding, but fragile" and urged both sides to use the joint military commission to settle incidents.
President Volodymyr Zelensky is expected to visit Dublin in September, the Department of Foreign Affairs confirmed, and the Taoiseach will raise the question of further Irish contributions with him.
"""

# ---------------------------------------------------------------- b56en04 (Global Times)
EN04 = """
Chinese envoy attends Russia-Ukraine line-of-contact talks as observer, move reflects China's constructive role: experts

Li Hui, the Chinese government's Special Representative for Eurasian Affairs, attended on Wednesday the fourth session of the Russia-Ukraine joint commission on the delimitation of the line of contact in Geneva as an observer, the first time a Chinese official has taken part in the commission's work.
Chinese Foreign Ministry spokesperson Lin Jian told a regular press conference on Thursday that Li attended at the invitation of both parties and that China "will continue to play a constructive role in consolidating the ceasefire."
"China's position on the Ukraine crisis has always been objective and impartial," Lin said.

According to a statement released by the commission after the session, the two sides approved maps for a 140-kilometer section of the line in the Zaporizhzhia region and agreed to set up four additional crossing points for civilians by the end of October.
They failed to agree on the section near Kupiansk, where each side claims several villages, and will resume talks on October 7.
Li met separately with the heads of the two delegations, Russian Deputy Defense Minister Alexander Fomin and Ukrainian First Deputy Foreign Minister Sergiy Kyslytsya, according to the Chinese Foreign Ministry.

Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergey Lavrov on Tuesday, and spoke with Ukrainian Foreign Minister Andrii Sybiha last week.
Sybiha welcomed China's participation on social media, writing that Beijing's "influence in Moscow can help make the ceasefire irreversible."
Kremlin spokesman Dmitry Peskov said Russia appreciated China's "balanced position."

Cui Heng, an assistant research fellow at the China National Institute for SCO International Exchange and Judicial Cooperation, told the Global Times that the invitation showed that "both Moscow and Kyiv see China as a trusted partner."
Some Western media outlets have hyped that Beijing is seeking to "buy influence" in Ukraine's reconstruction, a claim the expert called "groundless."

EU foreign policy chief Kaja Kallas said on Monday that China should "first stop the flow of dual-use goods to Russia" before presenting itself as a peacemaker.
Lin rejected the remarks on Thursday, saying China had "never provided lethal weapons to any party" and urging the EU to "stop smearing China."
"""

# ---------------------------------------------------------------- b56en05 (Euromaidan Press)
EN05 = """
Zelenskyy and Zaluzhnyi head for November runoff in Ukraine's first presidential vote since 2019

Incumbent President Volodymyr Zelenskyy and former commander-in-chief Valerii Zaluzhnyi will face each other in a runoff on 15 November, according to preliminary results published by the Central Election Commission (CEC) on Monday morning.
With 92% of protocols processed, Zelenskyy had 38.4% of the vote and Zaluzhnyi 31.2%, while none of the other twelve candidates reached 10%.
Turnout stood at 61%, the CEC said, including more than 900,000 ballots cast by internally displaced persons and some 410,000 abroad.

Sunday's vote, the first since martial law was lifted on 30 June, passed largely without incident.
However, the State Border Guard Service reported that russian drones struck a border post near Vovchansk on election day, wounding two guards, and Kyiv called the attack a deliberate provocation and a breach of the ceasefire.
The russian defense ministry denied that any of its drones had entered Ukrainian airspace.
The OSCE's Office for Democratic Institutions and Human Rights, which deployed some 450 observers, said in its preliminary statement that the election was "competitive and well administered," though it noted "shortcomings in the voting of soldiers at the front."

In Moscow, Kremlin spokesman Dmitry Peskov told journalists that russia "does not consider the vote legitimate" because millions of Ukrainians in russia and in the occupied territories had been unable to take part.
Ukraine's Foreign Ministry responded that "the only thing russia has a say in is the withdrawal of its troops."

European leaders welcomed the peaceful conduct of the vote.
European Commission President Ursula von der Leyen and EU foreign policy chief Kaja Kallas said in a joint statement that Ukrainians had "shown the world what democracy under pressure looks like."
Polish Prime Minister Donald Tusk wrote on X that "russia wanted chaos and got queues at the ballot boxes."

US President Donald Trump called both finalists on Sunday night, according to the White House, and told them he would "work closely with the winner to make this peace permanent."
Zelenskyy told supporters in Kyiv later on Sunday night that the runoff would be "a choice about how we secure the peace, not whether we keep it."
Zaluzhnyi, who returned in July from his post as ambassador in London to run, called for a "government of national unity" and challenged Zelenskyy to a televised debate.
"""

# ---------------------------------------------------------------- b56en06 (Fox News Digital)
EN06 = """
Trump warns Russia and Ukraine sanctions will 'snap back' after deadliest ceasefire breach

President Donald Trump on Wednesday warned Russia and Ukraine that he would reimpose "every sanction and then some" if either side broke the ceasefire again, after a Russian drone strike on a bus in the southern city of Kherson killed nine civilians and Ukraine hit an ammunition depot inside Russia hours later.
"I made a great deal, the best deal, and I won't let anybody ruin it," Trump wrote on Truth Social late Wednesday.

The Kherson strike on Tuesday morning was the deadliest incident since the truce took effect in April, according to the OSCE monitoring mission, whose observers reached the site within two hours.
Ukraine's General Staff said it had retaliated on Tuesday night with a drone strike on an ammunition depot near Valuyki in Russia's Belgorod region, which Russian officials said injured four soldiers.

Vice President JD Vance told Fox News Digital on Wednesday that the administration was "not going to pick a side in a blame game" but expected Moscow to "hold its people accountable."
Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergey Lavrov and with Ukraine's Andrii Sybiha on Wednesday, the State Department said, and both "committed to de-escalation."
Special envoy Steve Witkoff is expected in Moscow next week, two sources familiar with the plans told Fox News Digital.

The Kremlin blamed Kyiv.
Spokesman Dmitry Peskov said the Kherson incident was being "investigated," but accused Ukraine of "systematic provocations" and said Russia reserved "the right to respond to the strike on Russian territory."

Freshly re-elected President Volodymyr Zelenskyy, who won Sunday's runoff with 54% of the vote, called the bus attack "a deliberate killing of civilians" and said Ukraine's response had targeted "exclusively a military facility."
He demanded an emergency session of the joint military commission, which the Turkish hosts scheduled for Friday in Istanbul.

On Capitol Hill, Sen. Lindsey Graham, R-S.C., who co-authored last year's Russia sanctions bill, said the Kherson attack proved that "Putin only understands strength" and urged the White House to restore the oil sanctions it lifted in September.
Under the ceasefire agreement signed in Istanbul in April, U.S. sanctions relief is tied to compliance, and the Treasury Department can revoke the licenses issued since June within 24 hours.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b56en01_mnfu_force_generation_2026_05", "2026-05-28", EN01,
        [
            T("Wednesday", "DATE", "2026-05-27"),
            T("April 20", "DATE", "2026-04-20"),
            T("Tuesday", "DATE", "2026-05-26"),
            T("the same day", "DATE", "2026-05-26"),
            T("the summer", "DATE", "2026-SU"),
            T("weeks", "DURATION", "PXW"),
            T("months", "DURATION", "PXM"),
            T("Thursday", "DATE", "2026-05-28"),
            T("April 14", "DATE", "2026-04-14"),
            T("June 18", "DATE", "2026-06-18"),
            T("September 1", "DATE", "2026-09-01"),
        ],
        [
            E("Force generation conference for the Multinational Force Ukraine at Northwood", "CONSULT",
              ["United Kingdom", "France", "Germany", "Turkey", "Poland", "Ukraine", "Rustem Umerov"], "2026-05-27",
              "text", "occurred", "force generation conference at the UK's"),
            E("Britain and France to provide the bulk of the ground contingent and a headquarters in Kyiv", "MOBILIZE",
              ["United Kingdom", "France", "Ukraine"], "2026-05-27", "context", "planned",
              "Britain and France, the two lead nations"),
            E("Germany offers a Patriot battery and Eurofighters for air policing from Romania", "MOBILIZE",
              ["Germany"], "2026-05-27", "context", "planned", "Germany offered a Patriot battery"),
            E("Turkey offers a maritime task group for mine clearance in the Black Sea", "MOBILIZE", ["Turkey"],
              "2026-05-27", "context", "planned", "Germany offered a Patriot battery"),
            E("Poland will not send troops into Ukraine", "REJECT", ["Poland", "Ukraine"], "2026-05-27", "context",
              "occurred", "Italy and Poland said"),
            E("Poland to contribute training and logistics", "AID", ["Poland", "Ukraine"], "2026-05-27", "context",
              "planned", "Italy and Poland said"),
            E("Hegseth: the US will provide intelligence and airlift and back up the force from the air", "AGREE",
              ["United States", "Ukraine"], "2026-05-26", "text", "occurred", "Hegseth told reporters"),
            E("Hegseth: no American troops will deploy to Ukraine", "REJECT", ["United States", "Ukraine"],
              "2026-05-26", "text", "occurred", "Hegseth told reporters"),
            E("Rutte: NATO's NSATU command will help coordinate training", "AGREE", ["Mark Rutte", "NATO"],
              "2026-05-28", "published", "occurred", "NATO is not formally part"),
            E("Rutte urges allies to fill the gaps before the summer is over", "REQUEST", ["Mark Rutte", "NATO"],
              "2026-05-28", "published", "occurred", "NATO is not formally part"),
            E("Umerov asks for the headquarters to be operational within weeks", "REQUEST", ["Rustem Umerov"],
              "2026-05-27", "context", "occurred", "who joined by video"),
            E("Peskov: foreign troops in Ukraine would threaten Russia's security; Moscow never agreed to them",
              "REJECT", ["Dmitry Peskov"], "2026-05-28", "text", "occurred", "Peskov said Thursday"),
            E("Ceasefire signed in Istanbul", "AGREE", ["Russia", "Ukraine"], "2026-04-14", "text", "occurred",
              "Peskov said Thursday"),
            E("Ceasefire takes effect", "RETREAT", ["Russia", "Ukraine"], "2026-04-20", "text", "occurred",
              "The force is meant to deter"),
            E("Defence ministers of the contributing nations to meet in Paris on the rules of engagement", "CONSULT",
              ["United Kingdom", "France", "Germany", "Turkey", "Poland"], "2026-06-18", "text", "planned",
              "Defense ministers of the contributing nations"),
            E("MNF-U to reach initial operating capability", "MOBILIZE", ["United Kingdom", "France", "Ukraine"],
              "2026-09-01", "text", "planned", "Defense ministers of the contributing nations"),
        ],
        [
            S("United Kingdom", "MoD readout: fourteen countries pledged 9,000 personnel to the MNF-U", "2026-05-27",
              "context", "force generation conference at the UK's"),
            S("Poland", "Will not send troops into Ukraine but will contribute training and logistics", "2026-05-27",
              "context", "Italy and Poland said"),
            S("United States", "Hegseth: intelligence, airlift and air backup for the force, but no US troops in "
              "Ukraine", "2026-05-26", "text", "Hegseth told reporters"),
            S("JD Vance", "The guarantee is real but not a blank check", "2026-05-26", "text",
              "Vance, speaking in Ohio"),
            S("Mark Rutte", "NSATU will help coordinate training; allies must fill the gaps before the summer is over",
              "2026-05-28", "published", "NATO is not formally part"),
            S("Rustem Umerov", "Thanks the contributors; the headquarters must be operational within weeks, not months",
              "2026-05-27", "context", "who joined by video"),
            S("Russia", "Moscow warns against any Western deployment", "2026-05-28", "published",
              "Moscow has repeatedly warned"),
            S("Dmitry Peskov", "Foreign troops in Ukraine would be a direct threat; Moscow never agreed to them in "
              "Istanbul", "2026-05-28", "text", "Peskov said Thursday"),
        ],
        ["United Kingdom", "France", "Germany", "Turkey", "Poland", "Ukraine", "Russia", "United States", "JD Vance",
         "NATO", "Mark Rutte", "Rustem Umerov", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b56en02_treasury_sanctions_relief_2026_06", "2026-06-24", EN02,
        [
            T("Tuesday", "DATE", "2026-06-23", 0),
            T("two months ago", "DATE", "2026-04"),
            T("every 90 days", "SET", "P90D"),
            T("this month", "DATE", "2026-06"),
            T("September", "DATE", "2026-09"),
            T("Tuesday", "DATE", "2026-06-23", 1),
            T("Wednesday", "DATE", "2026-06-24"),
            T("early 2023", "DATE", "2023", mod="START"),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2026-06-23", 2),
            T("Monday", "DATE", "2026-06-22"),
        ],
        [
            E("US Treasury lifts sanctions on Rosselkhozbank and authorises transactions with Russian fertiliser "
              "producers", "CONCEDE", ["United States", "Russia"], "2026-06-23", "text", "occurred",
              "The Treasury Department on Tuesday"),
            E("Ceasefire in Ukraine took hold", "RETREAT", ["Russia", "Ukraine"], "2026-04", "text", "occurred",
              "The Treasury Department on Tuesday"),
            E("Witkoff and Dmitriev outline a phased relief package at talks in Miami", "CONSULT",
              ["Steve Witkoff", "Kirill Dmitriev"], "2026-06", "text", "occurred", "talks in Miami"),
            E("Further US relief depends on Russia's full withdrawal of heavy weapons from the buffer zone", "REQUEST",
              ["United States", "Russia"], "2026-06-24", "published", "occurred", "Further steps"),
            E("Dmitriev welcomes the US decision", "SUPPORT", ["Kirill Dmitriev", "United States"], "2026-06-24",
              "published", "occurred", "Dmitriev welcomed"),
            E("Russian and American business delegations to meet in St. Petersburg", "CONSULT",
              ["Russia", "United States"], "2026-09", "text", "planned", "Dmitriev welcomed"),
            E("Zelenskyy criticises the relief as premature", "ACCUSE", ["Volodymyr Zelensky", "United States"],
              "2026-06-24", "published", "occurred", "nightly address"),
            E("Zelenskyy urges Washington to tie further steps to the release of Ukrainian prisoners", "REQUEST",
              ["Volodymyr Zelensky", "United States"], "2026-06-24", "published", "occurred", "nightly address"),
            E("Rubio speaks with Sybiha", "CONSULT", ["Marco Rubio", "Andrii Sybiha"], "2026-06-23", "text",
              "occurred", "who spoke with Ukrainian Foreign Minister"),
            E("Rubio: the sanctions will snap back after a serious violation", "THREATEN", ["Marco Rubio", "Russia"],
              "2026-06-23", "context", "occurred", "who spoke with Ukrainian Foreign Minister"),
            E("Kallas: EU sanctions stay until the withdrawal is complete and frozen assets remain immobilized",
              "REJECT", ["Kaja Kallas", "Russia"], "2026-06-22", "text", "occurred", "Kallas told reporters"),
            E("Peskov: Europe is isolating itself", "ACCUSE", ["Dmitry Peskov", "European Union"], "2026-06-24",
              "published", "occurred", "Peskov said Europe"),
            E("Peskov calls the US decision a sign of common sense", "SUPPORT", ["Dmitry Peskov", "United States"],
              "2026-06-24", "published", "occurred", "Peskov said Europe"),
        ],
        [
            S("United States", "Bessent: the licences take effect immediately and will be reviewed every 90 days",
              "2026-06-23", "context", "general licenses issued"),
            S("United States", "Bessent: if the ceasefire breaks down the licences go away", "2026-06-23", "context",
              "full stop"),
            S("Kirill Dmitriev", "A first step in the right direction; business delegations to meet in St. Petersburg "
              "in September", "2026-06-24", "published", "Dmitriev welcomed"),
            S("Ukraine", "Kyiv is less enthusiastic about the relief", "2026-06-24", "published",
              "Kyiv was less enthusiastic"),
            S("Volodymyr Zelensky", "Relief is premature while Russia holds thousands of Ukrainian prisoners; tie every "
              "step to their release", "2026-06-24", "published", "nightly address"),
            S("Marco Rubio", "The sanctions will snap back automatically after a serious violation", "2026-06-23",
              "context", "who spoke with Ukrainian Foreign Minister"),
            S("European Union", "The EU has no plans to follow the US", "2026-06-24", "published",
              "no plans to follow suit"),
            S("Kaja Kallas", "EU sanctions stay until the withdrawal is complete; frozen assets stay immobilized",
              "2026-06-22", "text", "Kallas told reporters"),
            S("Dmitry Peskov", "Europe is isolating itself; the US decision is a sign of common sense", "2026-06-24",
              "published", "Peskov said Europe"),
        ],
        ["United States", "Russia", "Ukraine", "Steve Witkoff", "Kremlin", "Kirill Dmitriev", "Volodymyr Zelensky",
         "Marco Rubio", "Andrii Sybiha", "European Union", "Kaja Kallas", "Dmitry Peskov"],
    ),
    doc(
        "b56en03_irish_monitors_first_report_2026_07", "2026-07-22", EN03,
        [
            T("yesterday", "DATE", "2026-07-21"),
            T("an initial six months", "DURATION", "P6M"),
            T("last month", "DATE", "2026-06"),
            T("monthly", "SET", "P1M"),
            T("Monday", "DATE", "2026-07-20", 0),
            T("June 1", "DATE", "2026-06-01"),
            T("June 30", "DATE", "2026-06-30"),
            T("June 14", "DATE", "2026-06-14"),
            T("July 3", "DATE", "2026-07-03"),
            T("two hours", "DURATION", "PT2H"),
            T("Monday evening", "TIME", "2026-07-20TEV"),
            T("Tuesday", "DATE", "2026-07-21"),
            T("almost every night", "SET", "P1D", mod="APPROX"),
            T("September", "DATE", "2026-09"),
        ],
        [
            E("Russian embassy accuses Ireland of abandoning its neutrality", "ACCUSE", ["Russia"], "2026-07-22",
              "published", "occurred", "The Russian Embassy in Dublin"),
            E("Drone strike on a market in Druzhkivka launched from Russian-controlled territory", "ASSAULT",
              ["Russia", "Ukraine"], "2026-06-14", "text", "occurred", "market in Druzhkivka"),
            E("Emergency session of the joint military commission in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2026-07-03", "text", "occurred", "met in emergency session on July 3"),
            E("Russian delegation walks out of the emergency session", "REJECT", ["Russia"], "2026-07-03", "context",
              "occurred", "met in emergency session on July 3"),
            E("Moscow rejects the report's finding", "REJECT", ["Russia"], "2026-07-20TEV", "text", "occurred",
              "Moscow rejected the report"),
            E("Zakharova accuses Ukrainian forces of shelling Horlivka almost every night", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-07-21", "text", "occurred", "Zakharova said on Tuesday"),
            E("Sybiha calls on the mission to name the units responsible for violations", "REQUEST", ["Andrii Sybiha"],
              "2026-07-22", "published", "occurred", "Sybiha called on the mission"),
            E("Sybiha demands that Russia let monitors into the occupied areas without prior notice", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-07-22", "published", "occurred", "Sybiha called on the mission"),
            E("Guterres urges both sides to use the joint military commission to settle incidents", "REQUEST",
              ["António Guterres", "Russia", "Ukraine"], "2026-07-22", "published", "occurred",
              "Guterres said the figures"),
            E("Zelensky expected to visit Dublin", "CONSULT", ["Volodymyr Zelensky"], "2026-09", "text", "planned",
              "expected to visit Dublin"),
        ],
        [
            S("Russia", "Embassy: Ireland is abandoning its neutrality by joining a NATO-dominated mission",
              "2026-07-22", "published", "The Russian Embassy in Dublin"),
            S("Russia", "Rejects the report's finding on the Druzhkivka strike", "2026-07-20TEV", "text",
              "Moscow rejected the report"),
            S("Maria Zakharova", "The report is one-sided; Ukrainian forces shell Horlivka almost every night",
              "2026-07-21", "text", "Zakharova said on Tuesday"),
            S("Andrii Sybiha", "The mission should name the units responsible; Russia must let monitors into the "
              "occupied areas without notice", "2026-07-22", "published", "Sybiha called on the mission"),
            S("António Guterres", "The ceasefire is holding but fragile; both sides should use the joint military "
              "commission", "2026-07-22", "published", "Guterres said the figures"),
        ],
        ["Ukraine", "Russia", "NATO", "Maria Zakharova", "Andrii Sybiha", "United Nations", "António Guterres",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b56en04_li_hui_line_of_contact_commission_2026_09", "2026-09-10", EN04,
        [
            T("Wednesday", "DATE", "2026-09-09"),
            T("Thursday", "DATE", "2026-09-10", 0),
            T("the end of October", "DATE", "2026-10", mod="END"),
            T("October 7", "DATE", "2026-10-07"),
            T("Tuesday", "DATE", "2026-09-08"),
            T("last week", "DATE", "2026-W36"),
            T("Monday", "DATE", "2026-09-07"),
            T("Thursday", "DATE", "2026-09-10", 1),
        ],
        [
            E("Li Hui attends the fourth session of the Russia–Ukraine line-of-contact commission in Geneva as an "
              "observer", "CONSULT", ["China", "Russia", "Ukraine"], "2026-09-09", "text", "occurred",
              "attended on Wednesday the fourth session"),
            E("The two sides approve maps for a 140-km section and agree four new crossing points", "AGREE",
              ["Russia", "Ukraine"], "2026-09-09", "context", "occurred", "approved maps"),
            E("Four additional crossing points for civilians by the end of October", "COOPERATE",
              ["Russia", "Ukraine"], "2026-10", "text", "planned", "approved maps", date_mod="END"),
            E("No agreement on the section near Kupiansk", "REJECT", ["Russia", "Ukraine"], "2026-09-09", "context",
              "occurred", "failed to agree"),
            E("Commission talks to resume", "CONSULT", ["Russia", "Ukraine"], "2026-10-07", "text", "planned",
              "failed to agree"),
            E("Li meets the heads of the Russian and Ukrainian delegations", "CONSULT", ["China", "Russia", "Ukraine"],
              "2026-09-09", "context", "occurred", "Li met separately"),
            E("Wang Yi–Lavrov phone call", "CONSULT", ["China", "Sergey Lavrov"], "2026-09-08", "text", "occurred",
              "held a phone call"),
            E("Wang Yi speaks with Sybiha", "CONSULT", ["China", "Andrii Sybiha"], "2026-W36", "text", "occurred",
              "held a phone call"),
            E("Sybiha welcomes China's participation", "SUPPORT", ["Andrii Sybiha", "China"], "2026-09-10",
              "published", "occurred", "Sybiha welcomed"),
            E("Peskov: Russia appreciates China's balanced position", "SUPPORT", ["Dmitry Peskov", "China"],
              "2026-09-10", "published", "occurred", "appreciated China's"),
            E("Kallas: China should first stop the flow of dual-use goods to Russia", "REQUEST",
              ["Kaja Kallas", "China"], "2026-09-07", "text", "occurred", "Kallas said on Monday"),
            E("China rejects Kallas's remarks", "REJECT", ["China", "Kaja Kallas"], "2026-09-10", "text", "occurred",
              "Lin rejected the remarks"),
            E("China urges the EU to stop smearing China", "REQUEST", ["China", "European Union"], "2026-09-10",
              "text", "occurred", "Lin rejected the remarks"),
        ],
        [
            S("China", "Lin Jian: Li attended at the invitation of both parties; China will keep playing a "
              "constructive role", "2026-09-10", "text", "told a regular press conference on Thursday"),
            S("China", "Lin Jian: China's position on the Ukraine crisis has always been objective and impartial",
              "2026-09-10", "context", "has always been objective"),
            S("Joint statement: Russia, Ukraine", "Maps approved for a 140-km section; four more crossing points by "
              "the end of October", "2026-09-09", "context", "approved maps"),
            S("China", "Foreign ministry: Li met the two delegation heads separately", "2026-09-10", "published",
              "Li met separately"),
            S("Andrii Sybiha", "Beijing's influence in Moscow can help make the ceasefire irreversible", "2026-09-10",
              "published", "Sybiha welcomed"),
            S("Dmitry Peskov", "Russia appreciates China's balanced position", "2026-09-10", "published",
              "appreciated China's"),
            S("Kaja Kallas", "China should first stop the flow of dual-use goods to Russia before posing as a "
              "peacemaker", "2026-09-07", "text", "Kallas said on Monday"),
            S("China", "China never provided lethal weapons to any party; the EU should stop smearing China",
              "2026-09-10", "text", "Lin rejected the remarks"),
        ],
        ["China", "Russia", "Ukraine", "Sergey Lavrov", "Andrii Sybiha", "Kremlin", "Dmitry Peskov",
         "European Union", "Kaja Kallas"],
    ),
    doc(
        "b56en05_ukraine_election_first_round_2026_10", "2026-10-26", EN05,
        [
            T("November", "DATE", "2026-11", 0),
            T("2019", "DATE", "2019"),
            T("15 November", "DATE", "2026-11-15"),
            T("Monday morning", "TIME", "2026-10-26TMO"),
            T("Sunday", "DATE", "2026-10-25", 0),
            T("30 June", "DATE", "2026-06-30"),
            T("Sunday night", "TIME", "2026-10-25TNI", 0),
            T("Sunday night", "TIME", "2026-10-25TNI", 1),
            T("July", "DATE", "2026-07"),
        ],
        [
            E("Russian drones strike a border post near Vovchansk on election day, wounding two guards", "ASSAULT",
              ["Russia", "Ukraine"], "2026-10-25", "context", "occurred", "State Border Guard Service reported"),
            E("Kyiv calls the attack a deliberate provocation and a breach of the ceasefire", "ACCUSE",
              ["Ukraine", "Russia"], "2026-10-25", "context", "occurred", "State Border Guard Service reported"),
            E("Russian defence ministry denies its drones entered Ukrainian airspace", "REJECT", ["Russia", "Ukraine"],
              "2026-10-26", "published", "occurred", "defense ministry denied"),
            E("Peskov: Russia does not consider the vote legitimate", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2026-10-26", "published", "occurred", "Peskov told journalists"),
            E("Ukraine's Foreign Ministry rebuffs the Kremlin", "REJECT", ["Ukraine", "Russia"], "2026-10-26",
              "context", "occurred", "Foreign Ministry responded"),
            E("Von der Leyen and Kallas praise Ukrainians for the conduct of the vote", "SUPPORT",
              ["Ursula von der Leyen", "Kaja Kallas", "Ukraine"], "2026-10-26", "published", "occurred",
              "said in a joint statement"),
            E("Tusk: Russia wanted chaos", "ACCUSE", ["Donald Tusk", "Russia"], "2026-10-26", "published", "occurred",
              "Tusk wrote on X"),
            E("Trump calls both finalists", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2026-10-25TNI", "text",
              "occurred", "called both finalists"),
            E("Trump promises to work closely with the winner to make the peace permanent", "AGREE",
              ["Donald Trump", "Ukraine"], "2026-10-25TNI", "context", "occurred", "called both finalists"),
        ],
        [
            S("Ukraine", "CEC preliminary results: Zelenskyy and Zaluzhnyi go to a runoff on 15 November",
              "2026-10-26TMO", "text", "will face each other"),
            S("Ukraine", "CEC: turnout 61%, with more than 900,000 ballots from IDPs and 410,000 abroad", "2026-10-26",
              "published", "Turnout stood at"),
            S("Ukraine", "Border guards: Russian drones struck a border post near Vovchansk; a deliberate provocation "
              "and a breach of the ceasefire", "2026-10-26", "published", "State Border Guard Service reported"),
            S("Russia", "Defence ministry: none of its drones entered Ukrainian airspace", "2026-10-26", "published",
              "defense ministry denied"),
            S("Dmitry Peskov", "Russia does not consider the vote legitimate", "2026-10-26", "published",
              "Peskov told journalists"),
            S("Ukraine", "The only thing Russia has a say in is the withdrawal of its troops", "2026-10-26", "context",
              "Foreign Ministry responded"),
            S("European Union", "European leaders welcome the peaceful conduct of the vote", "2026-10-26", "published",
              "European leaders welcomed"),
            S("Joint statement: Ursula von der Leyen, Kaja Kallas", "Ukrainians have shown the world what democracy "
              "under pressure looks like", "2026-10-26", "published", "said in a joint statement"),
            S("Donald Tusk", "Russia wanted chaos and got queues at the ballot boxes", "2026-10-26", "published",
              "Tusk wrote on X"),
            S("Donald Trump, via White House", "Will work closely with the winner to make the peace permanent",
              "2026-10-25TNI", "text", "called both finalists"),
            S("Volodymyr Zelensky", "The runoff is a choice about how to secure the peace, not whether to keep it",
              "2026-10-25TNI", "text", "Zelenskyy told supporters"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "European Union",
         "Ursula von der Leyen", "Kaja Kallas", "Poland", "Donald Tusk", "United States", "Donald Trump",
         "White House"],
    ),
    doc(
        "b56en06_kherson_bus_strike_snapback_2026_11", "2026-11-19", EN06,
        [
            T("Wednesday", "DATE", "2026-11-18", 0),
            T("late Wednesday", "TIME", "2026-11-18TNI"),
            T("Tuesday morning", "TIME", "2026-11-17TMO"),
            T("April", "DATE", "2026-04", 0),
            T("two hours", "DURATION", "PT2H"),
            T("Tuesday night", "TIME", "2026-11-17TNI"),
            T("Wednesday", "DATE", "2026-11-18", 2),
            T("Wednesday", "DATE", "2026-11-18", 3),
            T("next week", "DATE", "2026-W48"),
            T("Sunday", "DATE", "2026-11-15"),
            T("Friday", "DATE", "2026-11-20"),
            T("last year", "DATE", "2025"),
            T("September", "DATE", "2026-09"),
            T("April", "DATE", "2026-04", 1),
            T("June", "DATE", "2026-06"),
            T("24 hours", "DURATION", "PT24H"),
        ],
        [
            E("Trump threatens to reimpose every sanction if either side breaks the ceasefire again", "THREATEN",
              ["Donald Trump", "Russia", "Ukraine"], "2026-11-18", "text", "occurred",
              "President Donald Trump on Wednesday warned"),
            E("Russian drone strike on a bus in Kherson kills nine civilians", "ASSAULT", ["Russia", "Ukraine"],
              "2026-11-17TMO", "text", "occurred", "The Kherson strike on Tuesday morning"),
            E("Ceasefire took effect", "RETREAT", ["Russia", "Ukraine"], "2026-04", "text", "occurred",
              "The Kherson strike on Tuesday morning"),
            E("Ukrainian drone strike on an ammunition depot near Valuyki", "ASSAULT", ["Ukraine", "Russia"],
              "2026-11-17TNI", "text", "occurred", "retaliated on Tuesday night"),
            E("Vance expects Moscow to hold its people accountable", "REQUEST", ["JD Vance", "Russia"], "2026-11-18",
              "text", "occurred", "Vance told Fox News Digital"),
            E("Rubio phone calls with Lavrov and Sybiha", "CONSULT", ["Marco Rubio", "Sergey Lavrov", "Andrii Sybiha"],
              "2026-11-18", "text", "occurred", "Rubio spoke by phone"),
            E("Lavrov and Sybiha commit to de-escalation", "AGREE", ["Sergey Lavrov", "Andrii Sybiha"], "2026-11-18",
              "context", "occurred", "Rubio spoke by phone"),
            E("Witkoff expected in Moscow", "CONSULT", ["Steve Witkoff", "Russia"], "2026-W48", "text", "planned",
              "Witkoff is expected in Moscow"),
            E("Peskov accuses Ukraine of systematic provocations", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2026-11-19", "published", "occurred", "Spokesman Dmitry Peskov said"),
            E("Peskov: Russia reserves the right to respond to the strike on Russian territory", "THREATEN",
              ["Dmitry Peskov", "Ukraine"], "2026-11-19", "published", "occurred", "Spokesman Dmitry Peskov said"),
            E("Zelenskyy calls the bus attack a deliberate killing of civilians", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-11-19", "published", "occurred", "Freshly re-elected"),
            E("Zelenskyy demands an emergency session of the joint military commission", "REQUEST",
              ["Volodymyr Zelensky"], "2026-11-19", "published", "occurred", "He demanded an emergency session"),
            E("Emergency session of the joint military commission in Istanbul", "CONSULT",
              ["Russia", "Ukraine", "Turkey"], "2026-11-20", "text", "planned", "He demanded an emergency session"),
            E("The US lifted oil sanctions on Russia", "CONCEDE", ["United States", "Russia"], "2026-09", "text",
              "occurred", "Lindsey Graham"),
            E("Ceasefire agreement signed in Istanbul", "AGREE", ["Russia", "Ukraine"], "2026-04", "text", "occurred",
              "Under the ceasefire agreement"),
            E("US sanctions licences issued since June", "CONCEDE", ["United States", "Russia"], "2026-06", "text",
              "occurred", "Under the ceasefire agreement", date_mod="START"),
        ],
        [
            S("Donald Trump", "Will reimpose every sanction and then some if either side breaks the ceasefire again",
              "2026-11-18", "text", "President Donald Trump on Wednesday warned"),
            S("Donald Trump", "I made a great deal and won't let anybody ruin it", "2026-11-18TNI", "text",
              "Trump wrote on Truth Social"),
            S("Ukraine", "General Staff: a retaliatory drone strike hit an ammunition depot near Valuyki",
              "2026-11-19", "published", "retaliated on Tuesday night"),
            S("Russia", "Russian officials: four soldiers were injured", "2026-11-19", "published",
              "retaliated on Tuesday night"),
            S("JD Vance", "The administration will not pick a side in a blame game; Moscow should hold its people "
              "accountable", "2026-11-18", "text", "Vance told Fox News Digital"),
            S("United States", "State Department: Lavrov and Sybiha committed to de-escalation", "2026-11-18",
              "context", "Rubio spoke by phone"),
            S("Kremlin", "The Kremlin blames Kyiv", "2026-11-19", "published", "The Kremlin blamed Kyiv"),
            S("Dmitry Peskov", "The Kherson incident is being investigated; Ukraine commits systematic provocations; "
              "Russia reserves the right to respond", "2026-11-19", "published", "Spokesman Dmitry Peskov said"),
            S("Volodymyr Zelensky", "The bus attack was a deliberate killing of civilians; Ukraine's response hit only "
              "a military facility", "2026-11-19", "published", "Freshly re-elected"),
            S("United States", "Graham: Putin only understands strength; the oil sanctions should be restored",
              "2026-11-19", "published", "Lindsey Graham"),
        ],
        ["Donald Trump", "Russia", "Ukraine", "JD Vance", "Marco Rubio", "Sergey Lavrov", "Andrii Sybiha",
         "United States", "Steve Witkoff", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Turkey",
         "Vladimir Putin", "White House"],
    ),
]
