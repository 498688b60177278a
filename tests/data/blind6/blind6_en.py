"""English articles of the blind6 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b6en01
EN01 = dict(
    id="b6en01_il76_crash_swap_unsc_2024_01",
    lang="en",
    published="2024-01-25",
    body="""
Russia demands UN session over plane crash it says killed Ukrainian POWs
MOSCOW/KYIV, Jan 25 (Reuters) - Russia requested an emergency session of the United Nations Security Council on Thursday after accusing Ukraine of shooting down a military transport plane that Moscow says was carrying 65 Ukrainian prisoners of war to a planned exchange.
The Ilyushin Il-76 came down in a field near the village of Yablonovo in the Belgorod region at about 11 a.m. Moscow time on Wednesday, killing all 74 people on board, according to Russia's defence ministry.
The ministry said the aircraft had been hit by two missiles fired from Ukraine's Kharkiv region, an account that could not be independently verified.
Foreign Minister Sergei Lavrov told reporters in New York the same evening that Kyiv had acted "deliberately" and had known who was on board.
Kremlin spokesman Dmitry Peskov called the incident a "monstrous act" on Thursday and said it would not go unanswered.

Ukraine's military intelligence agency confirmed that an exchange had been scheduled for Wednesday but said Moscow had not asked for the airspace near Belgorod to be kept safe, as it had done before previous swaps.
It neither confirmed nor denied that Ukrainian forces had brought the plane down.
President Volodymyr Zelensky, in his nightly video address on Wednesday, called for an international investigation and said it was "obvious that the Russians are playing with the lives of Ukrainian prisoners."

The Security Council meeting is scheduled for 3 p.m. New York time on Thursday, diplomats said, after France, which holds the council's rotating presidency this month, agreed to convene it.
The United Nations said on Wednesday it had no way of verifying either side's account and urged both parties to avoid any steps that could endanger prisoners of war.

The two countries carried out their largest exchange of the war on Jan. 3, when 230 Ukrainians and 248 Russians were freed in a swap mediated by the United Arab Emirates.
That deal followed one of Russia's heaviest missile barrages of the war on Dec. 29, which killed dozens of civilians across Ukraine.
Ukraine's coordination headquarters for prisoners of war said on Thursday it was still checking a list of names published by Russian lawmakers, some of whom it said had already been exchanged earlier.
Russia and Ukraine have swapped about 3,000 prisoners since the start of the full-scale invasion, according to Ukrainian figures.
""",
    timexes=[
        T("Jan 25", "DATE", "2024-01-25"),
        T("Thursday", "DATE", "2024-01-25", 0),
        T("about 11 a.m. Moscow time", "TIME", "2024-01-24T11:00", mod="APPROX", note="Moscow time"),
        T("Wednesday", "DATE", "2024-01-24", 0),
        T("the same evening", "TIME", "2024-01-24TEV", note="evening in New York"),
        T("Thursday", "DATE", "2024-01-25", 1),
        T("Wednesday", "DATE", "2024-01-24", 1),
        T("nightly", "SET", "P1D"),
        T("Wednesday", "DATE", "2024-01-24", 2),
        T("3 p.m. New York time", "TIME", "2024-01-25T15:00", note="New York time"),
        T("Thursday", "DATE", "2024-01-25", 2),
        T("this month", "DATE", "2024-01"),
        T("Wednesday", "DATE", "2024-01-24", 3),
        T("Jan. 3", "DATE", "2024-01-03"),
        T("Dec. 29", "DATE", "2023-12-29"),
        T("Thursday", "DATE", "2024-01-25", 3),
    ],
    events=[
        E("Russia requests an emergency UN Security Council session", "REQUEST",
          ["Russia", "United Nations"], "2024-01-25", "text", "occurred", "requested an emergency session"),
        E("Il-76 transport plane shot down near Belgorod", "ASSAULT",
          ["Ukraine", "Russia"], "2024-01-24T11:00", "text", "occurred", "Yablonovo", date_mod="APPROX",
          note="attribution disputed: Russia says Ukrainian missiles downed it; Kyiv neither confirmed nor denied"),
        E("Russia's defence ministry accuses Ukraine of downing the plane with two missiles", "ACCUSE",
          ["Russia", "Ukraine"], "2024-01-24", "context", "occurred", "two missiles"),
        E("Lavrov accuses Kyiv of acting deliberately", "ACCUSE",
          ["Sergey Lavrov", "Ukraine"], "2024-01-24TEV", "text", "occurred", "deliberately"),
        E("Peskov says the incident will not go unanswered", "THREATEN",
          ["Dmitry Peskov", "Ukraine"], "2024-01-25", "text", "occurred", "monstrous act"),
        E("Planned prisoner exchange does not take place", "CONCEDE",
          ["Russia", "Ukraine"], "2024-01-24", "text", "cancelled", "scheduled for Wednesday"),
        E("Zelensky calls for an international investigation", "REQUEST",
          ["Volodymyr Zelensky"], "2024-01-24", "text", "occurred", "international investigation"),
        E("Zelensky accuses Russia of playing with the lives of Ukrainian prisoners", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2024-01-24", "text", "occurred", "international investigation"),
        E("UN Security Council meeting on the crash", "CONSULT",
          ["United Nations", "Russia", "France"], "2024-01-25T15:00", "text", "planned", "3 p.m."),
        E("UN urges both sides to avoid steps endangering prisoners", "REQUEST",
          ["United Nations", "Russia", "Ukraine"], "2024-01-24", "text", "occurred", "no way of verifying"),
        E("Largest prisoner exchange of the war, mediated by the UAE", "CONCEDE",
          ["Russia", "Ukraine"], "2024-01-03", "text", "occurred", "largest exchange"),
        E("Heavy Russian missile barrage across Ukraine", "ASSAULT",
          ["Russia", "Ukraine"], "2023-12-29", "text", "occurred", "heaviest missile barrages"),
    ],
    statements=[
        S("Russia", "The plane came down near Yablonovo, killing all 74 on board", "2024-01-24", "context",
          "Yablonovo"),
        S("Russia", "The aircraft was hit by two missiles fired from the Kharkiv region", "2024-01-24", "context",
          "two missiles"),
        S("Sergey Lavrov", "Kyiv acted deliberately and knew who was on board", "2024-01-24TEV", "text",
          "deliberately"),
        S("Dmitry Peskov", "A monstrous act that will not go unanswered", "2024-01-25", "text", "monstrous act"),
        S("Ukraine", "An exchange had been scheduled, but Moscow did not ask for the airspace to be kept safe",
          "2024-01-25", "published", "scheduled for Wednesday"),
        S("Volodymyr Zelensky", "Russia is playing with the lives of Ukrainian prisoners; calls for an investigation",
          "2024-01-24", "text", "international investigation"),
        S("United Nations", "No way of verifying either account; both sides should avoid endangering prisoners",
          "2024-01-24", "text", "no way of verifying"),
        S("Ukraine", "Still checking the list of names published by Russian lawmakers", "2024-01-25", "text",
          "coordination headquarters"),
    ],
    actors=["Russia", "United Nations", "Ukraine", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
            "Volodymyr Zelensky", "France"],
)

# ---------------------------------------------------------------- b6en02
EN02 = dict(
    id="b6en02_minerals_deal_signed_2025_05",
    lang="en",
    published="2025-05-01",
    body="""
US and Ukraine sign minerals deal after last-minute snags
WASHINGTON (AP) — The United States and Ukraine signed a long-delayed agreement on Wednesday that gives Washington a share of future revenues from Ukraine's mineral wealth and creates a joint fund for the country's reconstruction, capping weeks of often acrimonious negotiations.
The document was signed late Wednesday by Treasury Secretary Scott Bessent and Ukraine's first deputy prime minister, Yulia Svyrydenko, after a dispute over accompanying papers had threatened to delay it once again.
The Treasury Department said in a statement that the agreement signaled "clearly to Russia" that the administration was committed to a peace process centered on a free, sovereign and prosperous Ukraine.
Under the terms, Ukraine will pay half of its state income from new licenses for critical minerals, oil and gas into the fund, while Washington can count new military assistance as its contribution.

President Volodymyr Zelensky said in his nightly address on Wednesday that the deal had become "a truly equal agreement" that would bring "significant investment" into Ukraine.
The agreement still has to be ratified by Ukraine's parliament, which is expected to take up the text in the coming days.

A first attempt to sign a version of the deal collapsed in late February, when Zelensky's visit to the White House ended in a shouting match with President Donald Trump and Vice President JD Vance.
Washington paused military aid and intelligence sharing with Kyiv in early March, a step it reversed after U.S. and Ukrainian officials met in Jeddah, where Kyiv endorsed an American proposal for a 30-day ceasefire.
The two leaders met again briefly on Saturday in St. Peter's Basilica before the funeral of Pope Francis, a 15-minute conversation that both sides described as productive.

Trump said on Thursday that the United States would get back "much more" than it had spent on the war, and he again urged Moscow and Kyiv to agree to a ceasefire.
Vance told Fox News on Thursday that it was now up to Russia and Ukraine to settle their differences and that he did not expect the war to end soon.
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow was studying the text but that no agreement between Washington and Kyiv could change "the realities on the ground."
""",
    timexes=[
        T("Wednesday", "DATE", "2025-04-30", 0),
        T("weeks", "DURATION", "PXW"),
        T("late Wednesday", "TIME", "2025-04-30TNI"),
        T("nightly", "SET", "P1D"),
        T("Wednesday", "DATE", "2025-04-30", 2),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("late February", "DATE", "2025-02", mod="END"),
        T("early March", "DATE", "2025-03", mod="START"),
        T("30-day", "DURATION", "P30D"),
        T("Saturday", "DATE", "2025-04-26"),
        T("15-minute", "DURATION", "PT15M"),
        T("Thursday", "DATE", "2025-05-01", 0),
        T("Thursday", "DATE", "2025-05-01", 1),
        T("now", "DATE", "PRESENT_REF"),
        T("soon", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2025-05-01", 2),
    ],
    events=[
        E("US and Ukraine sign the minerals and reconstruction fund agreement", "AGREE",
          ["United States", "Ukraine"], "2025-04-30", "text", "occurred", "long-delayed agreement"),
        E("Ukraine's parliament to ratify the agreement", "AGREE",
          ["Ukraine"], "FUTURE_REF", "vague", "planned", "ratified by Ukraine's parliament"),
        E("First attempt to sign the deal collapses", "AGREE",
          ["United States", "Ukraine"], "2025-02", "text", "cancelled", "first attempt", date_mod="END"),
        E("Zelensky's White House meeting with Trump and Vance ends in a shouting match", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump", "JD Vance"], "2025-02", "text", "occurred", "first attempt",
          date_mod="END"),
        E("US pauses military aid and intelligence sharing with Kyiv", "SANCTION",
          ["United States", "Ukraine"], "2025-03", "text", "occurred", "paused military aid", date_mod="START"),
        E("US resumes aid and intelligence sharing", "AID",
          ["United States", "Ukraine"], "2025-03", "context", "occurred", "paused military aid",
          note="reversed after the Jeddah meeting"),
        E("US and Ukrainian officials meet in Jeddah", "CONSULT",
          ["United States", "Ukraine"], "2025-03", "context", "occurred", "paused military aid"),
        E("Kyiv endorses the US proposal for a 30-day ceasefire", "AGREE",
          ["Ukraine", "United States"], "2025-03", "context", "occurred", "paused military aid"),
        E("Trump and Zelensky meet briefly in St. Peter's Basilica", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-04-26", "text", "occurred", "St. Peter's Basilica"),
        E("Trump urges Moscow and Kyiv to agree to a ceasefire", "REQUEST",
          ["Donald Trump", "Russia", "Ukraine"], "2025-05-01", "text", "occurred", "much more"),
    ],
    statements=[
        S("United States", "The agreement signals to Russia a commitment to a free, sovereign and prosperous Ukraine",
          "2025-04-30", "context", "Treasury Department"),
        S("Volodymyr Zelensky", "The deal became a truly equal agreement bringing significant investment",
          "2025-04-30", "text", "truly equal"),
        S("Donald Trump", "The US will get back much more than it spent; Moscow and Kyiv should agree a ceasefire",
          "2025-05-01", "text", "much more"),
        S("JD Vance", "It is up to Russia and Ukraine to settle; the war will not end soon", "2025-05-01", "text",
          "Fox News"),
        S("Dmitry Peskov", "Moscow is studying the text; no deal can change the realities on the ground",
          "2025-05-01", "text", "realities on the ground"),
    ],
    actors=["United States", "Ukraine", "Russia", "Volodymyr Zelensky", "Donald Trump", "JD Vance", "Kremlin",
            "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b6en03
EN03 = dict(
    id="b6en03_eu_18th_sanctions_package_2025_07",
    lang="en",
    published="2025-07-18",
    body="""
EU adopts 18th sanctions package against Russia after Slovakia drops veto
BRUSSELS, July 18 (Reuters) - European Union countries approved an 18th package of sanctions against Russia over its war in Ukraine on Friday, lowering the price cap on Russian crude oil and blacklisting more than 100 additional tankers of Moscow's so-called shadow fleet after Slovakia abandoned a weeks-long blockade.
The measures, which also include a ban on transactions related to the Nord Stream gas pipelines and listings of two banks in China, were formally adopted at around noon, after Slovak Prime Minister Robert Fico said late Thursday he would no longer stand in the way.
From Sept. 3, the cap will be set at $47.60 a barrel, 15% below the average market price, and will then be reviewed every six months under an automatic mechanism.
Britain said on Friday it would lower its own cap in step with the EU, while the United States, which agreed the original $60 cap with its G7 partners in December 2022, did not join the move.

"We are striking at the heart of Russia's war machine," European Commission President Ursula von der Leyen wrote on X, calling the package one of the toughest the bloc had adopted.
EU foreign policy chief Kaja Kallas said the bloc would keep raising the cost of the war "until Russia ends it" and that work on a 19th package, expected in September, had already begun.
Ukrainian President Volodymyr Zelensky called the decision "essential and timely" and urged partners to follow with sanctions on buyers of Russian oil.

Kremlin spokesman Dmitry Peskov said on Friday that Russia had developed "a certain immunity" to Western sanctions and that each new round would hurt the Europeans themselves.
China's foreign ministry said it "firmly opposes" the listing of Chinese entities and would take "necessary measures" to protect their interests.

The bloc adopted its previous package in May, and the Commission proposed the latest measures in early June, but Fico held them up for weeks, demanding guarantees over a separate EU plan to end imports of Russian gas by 2027.
Last Monday, U.S. President Donald Trump threatened "very severe" tariffs on countries buying Russian oil unless Moscow agreed to a peace deal within 50 days.
""",
    timexes=[
        T("July 18", "DATE", "2025-07-18"),
        T("Friday", "DATE", "2025-07-18", 0),
        T("weeks-long", "DURATION", "PXW"),
        T("around noon", "TIME", "2025-07-18T12:00", mod="APPROX"),
        T("late Thursday", "TIME", "2025-07-17TNI"),
        T("Sept. 3", "DATE", "2025-09-03"),
        T("every six months", "SET", "P6M"),
        T("Friday", "DATE", "2025-07-18", 1),
        T("December 2022", "DATE", "2022-12"),
        T("September", "DATE", "2025-09"),
        T("Friday", "DATE", "2025-07-18", 2),
        T("May", "DATE", "2025-05"),
        T("early June", "DATE", "2025-06", mod="START"),
        T("weeks", "DURATION", "PXW", 1),
        T("2027", "DATE", "2027"),
        T("Last Monday", "DATE", "2025-07-14"),
        T("50 days", "DURATION", "P50D"),
    ],
    events=[
        E("EU adopts its 18th sanctions package against Russia", "SANCTION",
          ["European Union", "Russia"], "2025-07-18", "text", "occurred", "approved an 18th package"),
        E("Britain to lower its oil price cap in step with the EU", "SANCTION",
          ["United Kingdom", "Russia"], "2025-07-18", "text", "planned", "Britain said"),
        E("US agreed the original $60 oil price cap with the G7", "SANCTION",
          ["United States", "Russia"], "2022-12", "text", "occurred", "Britain said",
          note="the G7 is not canonical"),
        E("EU's 19th sanctions package expected", "SANCTION",
          ["European Union", "Russia"], "2025-09", "text", "planned", "19th package"),
        E("Zelensky urges partners to sanction buyers of Russian oil", "REQUEST",
          ["Volodymyr Zelensky"], "2025-07-18", "published", "occurred", "essential and timely"),
        E("China threatens 'necessary measures' over the listing of Chinese entities", "THREATEN",
          ["China", "European Union"], "2025-07-18", "published", "occurred", "firmly opposes"),
        E("EU adopted its 17th sanctions package", "SANCTION",
          ["European Union", "Russia"], "2025-05", "text", "occurred", "previous package"),
        E("Commission proposes the 18th package", "REQUEST",
          ["European Union"], "2025-06", "text", "occurred", "previous package", date_mod="START"),
        E("EU plan to end imports of Russian gas", "SANCTION",
          ["European Union", "Russia"], "2027", "text", "planned", "previous package",
          note="dated by the target year of the phase-out"),
        E("Trump threatens tariffs on buyers of Russian oil unless Moscow agrees to peace within 50 days", "THREATEN",
          ["Donald Trump", "Russia"], "2025-07-14", "text", "occurred", "Last Monday",
          note="deadline 50 days later (early September 2025)"),
    ],
    statements=[
        S("United Kingdom", "Will lower its oil price cap in step with the EU", "2025-07-18", "text", "Britain said"),
        S("Ursula von der Leyen", "The EU is striking at the heart of Russia's war machine", "2025-07-18",
          "published", "war machine"),
        S("Kaja Kallas", "The EU will keep raising the cost of the war; work on a 19th package has begun",
          "2025-07-18", "published", "19th package"),
        S("Volodymyr Zelensky", "The decision is essential and timely; partners should sanction buyers of Russian oil",
          "2025-07-18", "published", "essential and timely"),
        S("Dmitry Peskov", "Russia has a certain immunity to sanctions; they hurt the Europeans", "2025-07-18", "text",
          "certain immunity"),
        S("China", "Firmly opposes the listing of Chinese entities and will take necessary measures", "2025-07-18",
          "published", "firmly opposes"),
        S("Donald Trump", "Very severe tariffs on buyers of Russian oil unless there is a peace deal within 50 days",
          "2025-07-14", "text", "Last Monday"),
    ],
    actors=["European Union", "Russia", "Ukraine", "China", "United Kingdom", "United States",
            "Ursula von der Leyen", "Kaja Kallas", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
            "Donald Trump"],
)

# ---------------------------------------------------------------- b6en04
EN04 = dict(
    id="b6en04_independence_day_swap_kellogg_2025_08",
    lang="en",
    published="2025-08-24",
    body="""
Ukraine and Russia swap prisoners on Independence Day as US envoy visits Kyiv
KYIV, Ukraine (AP) — Ukraine and Russia exchanged 146 prisoners of war each on Sunday in a swap brokered by the United Arab Emirates, as Ukrainians marked 34 years of independence from the Soviet Union with a U.S. envoy at President Volodymyr Zelensky's side.
Eight Ukrainian civilians, among them a journalist detained in 2017, were also brought home, Zelensky said in a post on social media, thanking the Emirates for their mediation.
Russia's Defense Ministry confirmed the return of 146 Russian servicemen, who it said were being held in Belarus before being flown home for medical treatment.
It was the latest in a series of exchanges agreed at direct talks in Istanbul earlier this summer, where the two sides made no progress toward a ceasefire.

Keith Kellogg, President Donald Trump's special envoy for Ukraine, attended a ceremony on Kyiv's Sofiiska Square, where Zelensky awarded him the Order of Merit.
Kellogg told reporters that work on security guarantees for Ukraine was "moving fast" and that Washington would not walk away from Kyiv.
In his Independence Day address, Zelensky said Ukraine would never accept a frozen conflict and that a just peace had to come with guarantees strong enough to deter any new Russian attack.

Trump said on Monday, after hosting Zelensky and several European leaders at the White House, that he had begun arranging a meeting between Putin and the Ukrainian leader, possibly before the end of the month.
Russian Foreign Minister Sergey Lavrov said in an interview with NBC's "Meet the Press" aired on Sunday that no such meeting was planned, because Zelensky was refusing to accept Russia's conditions.
Vice President JD Vance, speaking on the same program, said Moscow had made "significant concessions" to Trump at their summit in Alaska this month.

Hours before the exchange, Ukraine's military said its drones had struck the Ust-Luga fuel terminal on Russia's Baltic coast, causing a large fire.
Russia's Defense Ministry said its air defenses had downed 95 Ukrainian drones overnight, most of them over border regions.
""",
    timexes=[
        T("Independence Day", "DATE", "2025-08-24", 0),
        T("Sunday", "DATE", "2025-08-24", 0),
        T("34 years", "DURATION", "P34Y"),
        T("2017", "DATE", "2017"),
        T("earlier this summer", "DATE", "2025-SU"),
        T("Monday", "DATE", "2025-08-18"),
        T("the end of the month", "DATE", "2025-08", mod="END"),
        T("Sunday", "DATE", "2025-08-24", 1),
        T("this month", "DATE", "2025-08"),
        T("overnight", "TIME", "2025-08-23TNI", note="night to Sunday"),
    ],
    events=[
        E("UAE-brokered exchange of 146 prisoners of war each", "CONCEDE",
          ["Russia", "Ukraine"], "2025-08-24", "text", "occurred", "146 prisoners of war each"),
        E("Eight Ukrainian civilians returned", "CONCEDE",
          ["Russia", "Ukraine"], "2025-08-24", "context", "occurred", "Eight Ukrainian civilians"),
        E("Direct Russian–Ukrainian talks in Istanbul", "CONSULT",
          ["Russia", "Ukraine"], "2025-SU", "text", "occurred", "latest in a series"),
        E("Prisoner exchanges agreed in Istanbul", "AGREE",
          ["Russia", "Ukraine"], "2025-SU", "text", "occurred", "latest in a series"),
        E("No progress toward a ceasefire in Istanbul", "REJECT",
          ["Russia", "Ukraine"], "2025-SU", "text", "occurred", "latest in a series"),
        E("Kellogg attends the Independence Day ceremony with Zelensky in Kyiv", "CONSULT",
          ["Keith Kellogg", "Volodymyr Zelensky"], "2025-08-24", "context", "occurred", "Sofiiska Square"),
        E("Zelensky rules out accepting a frozen conflict", "REJECT",
          ["Volodymyr Zelensky"], "2025-08-24", "context", "occurred", "frozen conflict"),
        E("Trump hosts Zelensky and European leaders at the White House", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky"], "2025-08-18", "text", "occurred", "begun arranging",
          note="the European leaders are not named"),
        E("Possible Putin–Zelensky meeting being arranged by Trump", "CONSULT",
          ["Vladimir Putin", "Volodymyr Zelensky"], "2025-08", "text", "uncertain", "begun arranging",
          date_mod="END", note="Lavrov said on Sunday that no such meeting was planned"),
        E("Lavrov blames Zelensky for refusing Russia's conditions", "ACCUSE",
          ["Sergey Lavrov", "Volodymyr Zelensky"], "2025-08-24", "text", "occurred", "Meet the Press"),
        E("Trump–Putin summit in Alaska", "CONSULT",
          ["Donald Trump", "Vladimir Putin"], "2025-08", "text", "occurred", "significant concessions"),
        E("Ukrainian drones strike the Ust-Luga fuel terminal", "ASSAULT",
          ["Ukraine", "Russia"], "2025-08-24", "context", "occurred", "Ust-Luga",
          note="hours before Sunday's exchange"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Eight civilians were also brought home; thanks the Emirates for mediating",
          "2025-08-24", "context", "Eight Ukrainian civilians"),
        S("Russia", "146 Russian servicemen returned via Belarus for medical treatment", "2025-08-24", "context",
          "confirmed the return"),
        S("Keith Kellogg", "Work on security guarantees is moving fast; Washington will not walk away from Kyiv",
          "2025-08-24", "context", "moving fast"),
        S("Volodymyr Zelensky", "Ukraine will never accept a frozen conflict; peace needs strong guarantees",
          "2025-08-24", "context", "frozen conflict"),
        S("Donald Trump", "Has begun arranging a Putin–Zelensky meeting", "2025-08-18", "text", "begun arranging"),
        S("Sergey Lavrov", "No Putin–Zelensky meeting is planned because Zelensky refuses Russia's conditions",
          "2025-08-24", "text", "Meet the Press"),
        S("JD Vance", "Moscow made significant concessions at the Alaska summit", "2025-08-24", "context",
          "significant concessions"),
        S("Ukraine", "Drones struck the Ust-Luga fuel terminal", "2025-08-24", "context", "Ust-Luga"),
        S("Russia", "Air defences downed 95 Ukrainian drones overnight", "2025-08-24", "published", "95 Ukrainian drones"),
    ],
    actors=["Russia", "Ukraine", "United States", "Volodymyr Zelensky", "Keith Kellogg", "Donald Trump",
            "Vladimir Putin", "Sergey Lavrov", "JD Vance"],
)

# ---------------------------------------------------------------- b6en05
EN05 = dict(
    id="b6en05_abu_dhabi_driscoll_talks_2025_11",
    lang="en",
    published="2025-11-26",
    body="""
Army secretary's talks with Russians in Abu Dhabi raise hopes, and doubts, over US peace push
ABU DHABI (AFP) - U.S. Army Secretary Dan Driscoll held two days of talks with a Russian delegation in Abu Dhabi on Monday and Tuesday, officials said, the latest twist in a frantic American effort to end the war in Ukraine before the end of the year.
The White House said late Tuesday that the discussions had gone "very well," and a spokesman for Driscoll described the mood as "optimistic."
Ukraine's military intelligence chief, Kyrylo Budanov, was also in the Emirati capital, according to people familiar with the matter, although it was unclear whether he met the Russian side.
The talks followed a weekend session in Geneva, where Secretary of State Marco Rubio and Zelensky's chief of staff, Andriy Yermak, reworked a 28-point U.S. draft into a shorter framework that Kyiv says it can broadly accept.

President Donald Trump wrote on social media on Tuesday that only "a few remaining points of disagreement" were left and that he had instructed special envoy Steve Witkoff to meet Vladimir Putin in Moscow.
He also signaled that he was no longer holding Kyiv to the Thursday deadline he had set last week, saying the only deadline was "when it's over."
Kremlin foreign policy aide Yuri Ushakov said on Wednesday that Witkoff was expected in Moscow next week, but that it was "too early" to speak of an agreement, as some elements of the American draft required "special discussion."
Foreign Minister Sergey Lavrov warned on Tuesday that Moscow would reject any version of the plan that departed from the understandings Putin and Trump had reached at their summit in Alaska in August.

President Volodymyr Zelensky said in his nightly address on Tuesday that Ukraine was ready to move forward with the framework and that he wanted to discuss the most sensitive points, including territory, with Trump in person, possibly before the end of the month.
Russian missiles and drones struck Kyiv overnight into Tuesday, killing at least seven people and knocking out heating in parts of the city, according to the city's military administration.
European leaders of the so-called coalition of the willing held a video call on Tuesday afternoon, co-chaired by British Prime Minister Keir Starmer and French President Emmanuel Macron, and agreed to set up a working group on security guarantees with the United States.
""",
    timexes=[
        T("two days", "DURATION", "P2D"),
        T("Monday", "DATE", "2025-11-24"),
        T("Tuesday", "DATE", "2025-11-25", 0),
        T("the end of the year", "DATE", "2025", mod="END"),
        T("late Tuesday", "TIME", "2025-11-25TNI"),
        T("weekend", "DATE", "2025-W47-WE"),
        T("Tuesday", "DATE", "2025-11-25", 2),
        T("Thursday", "DATE", "2025-11-27"),
        T("last week", "DATE", "2025-W47"),
        T("Wednesday", "DATE", "2025-11-26"),
        T("next week", "DATE", "2025-W49"),
        T("Tuesday", "DATE", "2025-11-25", 3),
        T("August", "DATE", "2025-08"),
        T("nightly", "SET", "P1D"),
        T("Tuesday", "DATE", "2025-11-25", 4),
        T("the end of the month", "DATE", "2025-11", mod="END"),
        T("overnight into Tuesday", "TIME", "2025-11-24TNI", note="night from Monday to Tuesday"),
        T("Tuesday afternoon", "TIME", "2025-11-25TAF"),
    ],
    events=[
        E("US Army Secretary holds talks with a Russian delegation in Abu Dhabi", "CONSULT",
          ["United States", "Russia"], "2025-11-24", "text", "occurred", "two days of talks",
          note="two days, Monday 24 and Tuesday 25 November; Driscoll is not canonical"),
        E("Possible contact between Ukraine's intelligence chief and the Russian side in Abu Dhabi", "CONSULT",
          ["Ukraine", "Russia"], "2025-11-24", "context", "uncertain", "Budanov",
          note="Budanov is not canonical; unclear whether he met the Russians"),
        E("Rubio and Yermak meet in Geneva", "CONSULT",
          ["Marco Rubio", "Andriy Yermak", "United States", "Ukraine"], "2025-W47-WE", "text", "occurred",
          "weekend session"),
        E("US and Ukraine rework the 28-point draft into a shorter framework", "AGREE",
          ["Marco Rubio", "Andriy Yermak", "United States", "Ukraine"], "2025-W47-WE", "context", "occurred",
          "weekend session"),
        E("Trump sets Kyiv a Thursday deadline to respond", "THREATEN",
          ["Donald Trump", "Ukraine"], "2025-W47", "text", "occurred", "Thursday deadline",
          note="deadline Thursday 2025-11-27"),
        E("Trump drops the Thursday deadline", "CONCEDE",
          ["Donald Trump", "Ukraine"], "2025-11-25", "context", "occurred", "Thursday deadline"),
        E("Witkoff to meet Putin in Moscow", "CONSULT",
          ["Steve Witkoff", "Vladimir Putin"], "2025-W49", "text", "planned", "expected in Moscow next week"),
        E("Lavrov warns against departing from the Alaska understandings", "REQUEST",
          ["Sergey Lavrov", "United States"], "2025-11-25", "text", "occurred", "warned on Tuesday"),
        E("Putin–Trump summit in Alaska", "CONSULT",
          ["Vladimir Putin", "Donald Trump"], "2025-08", "text", "occurred", "warned on Tuesday"),
        E("Zelensky seeks an in-person meeting with Trump", "CONSULT",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-11", "text", "uncertain", "nightly address",
          date_mod="END"),
        E("Russian missile and drone strike on Kyiv", "ASSAULT",
          ["Russia", "Ukraine"], "2025-11-24TNI", "text", "occurred", "struck Kyiv"),
        E("Coalition of the willing video call co-chaired by Starmer and Macron", "CONSULT",
          ["Keir Starmer", "Emmanuel Macron", "United Kingdom", "France"], "2025-11-25TAF", "text", "occurred",
          "video call"),
        E("Coalition agrees to set up a working group on security guarantees with the US", "AGREE",
          ["Keir Starmer", "Emmanuel Macron", "United States"], "2025-11-25TAF", "context", "occurred",
          "video call"),
    ],
    statements=[
        S("White House", "The discussions went very well", "2025-11-25TNI", "text", "very well"),
        S("United States", "The mood is optimistic (Driscoll's spokesman)", "2025-11-25", "context", "very well"),
        S("Donald Trump", "Only a few points of disagreement remain; Witkoff will meet Putin in Moscow", "2025-11-25",
          "text", "remaining points"),
        S("Donald Trump", "The only deadline is when it's over", "2025-11-25", "context", "Thursday deadline"),
        S("Yuri Ushakov", "Witkoff expected next week; too early to speak of an agreement", "2025-11-26", "text",
          "expected in Moscow next week"),
        S("Sergey Lavrov", "Moscow will reject any plan departing from the Alaska understandings", "2025-11-25", "text",
          "warned on Tuesday"),
        S("Volodymyr Zelensky", "Ukraine is ready to move forward; wants to discuss territory with Trump in person",
          "2025-11-25", "text", "nightly address"),
    ],
    actors=["United States", "Russia", "Ukraine", "White House", "Marco Rubio", "Andriy Yermak",
            "Volodymyr Zelensky", "Donald Trump", "Steve Witkoff", "Vladimir Putin", "Kremlin", "Yuri Ushakov",
            "Sergey Lavrov", "Keir Starmer", "Emmanuel Macron", "United Kingdom", "France"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05]
