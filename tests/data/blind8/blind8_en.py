"""English articles of the blind8 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b8en01
EN01 = dict(
    id="b8en01_trump_settle_now_2025_01",
    lang="en",
    published="2025-01-23",
    body="""
Trump warns Putin of tariffs and sanctions unless Russia 'settles now'
WASHINGTON (AP) — President Donald Trump on Wednesday threatened Russia with "high levels" of taxes, tariffs and sanctions if Vladimir Putin does not agree soon to end the war in Ukraine, turning up the pressure on the Kremlin as he seeks to deliver on a central campaign promise.

In a lengthy post on his Truth Social platform, Trump said he was doing Russia, "whose Economy is failing," a "very big FAVOR" and urged Moscow to "settle now and STOP this ridiculous War!"
"If we don't make a 'deal,' and soon, I have no other choice than to put high levels of Taxes, Tariffs, and Sanctions on anything being sold by Russia to the United States," he wrote.
He added that he had "always had a very good relationship" with Putin and did not want to hurt Russia.

The Kremlin responded coolly on Thursday.
Kremlin spokesman Dmitry Peskov told reporters he saw "no particularly new elements" in the message, noting that Trump had also favoured sanctions during his first term, and said Putin remained ready for a dialogue "on an equal footing."
Moscow was waiting for signals from Washington, Peskov added, but no preparations for a phone call or a meeting between the two leaders were underway.

Trump has said he would speak with Putin "very soon" and suggested that a face-to-face meeting could follow shortly, although no date has been set.
On Tuesday, Trump told reporters that Putin "should make a deal" and that he was "destroying Russia" by not doing so, adding that Ukraine was ready to negotiate.

Speaking at the World Economic Forum in Davos on Tuesday, Ukrainian President Volodymyr Zelensky said Europe would need to deploy at least 200,000 peacekeepers to make any ceasefire hold, and that Putin could not be trusted to honour a deal without firm security guarantees.
Zelensky welcomed Trump's message in his nightly video address on Wednesday, saying that "Putin must feel that the world is serious."

Secretary of State Marco Rubio said at his confirmation hearing last week that the war had to end and that both sides would have to make concessions.
Trump's envoy for Ukraine and Russia, retired general Keith Kellogg, has said he hopes to broker a settlement within 100 days, a goal that officials in Kyiv and several European capitals privately regard as unrealistic.
During the campaign, Trump had promised to end the war "in 24 hours," a pledge he has since softened.

Russia has launched some of its largest drone attacks of the war in recent weeks, while Ukrainian forces are under heavy pressure in the eastern Donetsk region.
""",
    timexes=[
        T("now", "DATE", "PRESENT_REF"),
        T("Wednesday", "DATE", "2025-01-22"),
        T("soon", "DATE", "FUTURE_REF"),
        T("now", "DATE", "PRESENT_REF", n=1),
        T("soon", "DATE", "FUTURE_REF", n=1),
        T("Thursday", "DATE", "2025-01-23"),
        T("very soon", "DATE", "FUTURE_REF"),
        T("shortly", "DATE", "FUTURE_REF"),
        T("Tuesday", "DATE", "2025-01-21"),
        T("Tuesday", "DATE", "2025-01-21", n=1),
        T("nightly", "SET", "P1D"),
        T("Wednesday", "DATE", "2025-01-22", n=1),
        T("last week", "DATE", "2025-W03"),
        T("100 days", "DURATION", "P100D"),
        T("24 hours", "DURATION", "PT24H"),
        T("recent weeks", "DATE", "PAST_REF"),
    ],
    events=[
        E("Trump threatens Russia with taxes, tariffs and sanctions", "THREATEN", ["Donald Trump", "Russia"],
          "2025-01-22", "text", "occurred", "President Donald Trump on Wednesday threatened"),
        E("Trump urges Moscow to settle now and stop the war", "REQUEST", ["Donald Trump", "Russia"], "2025-01-22",
          "context", "occurred", "settle now and STOP"),
        E("Trump–Putin phone call or meeting", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
          "vague", "uncertain", "Trump has said he would speak with Putin",
          note="Kremlin: no preparations under way"),
        E("Trump says Putin should make a deal", "REQUEST", ["Donald Trump", "Vladimir Putin"], "2025-01-21",
          "text", "occurred", "should make a deal"),
        E("Trump says Putin is destroying Russia", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-01-21",
          "text", "occurred", "should make a deal"),
        E("Zelensky calls for at least 200,000 European peacekeepers", "REQUEST", ["Volodymyr Zelensky"],
          "2025-01-21", "text", "occurred", "Speaking at the World Economic Forum"),
        E("Zelensky welcomes Trump's pressure on Moscow", "SUPPORT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-01-22", "text", "occurred", "Zelensky welcomed Trump's message"),
        E("Rubio: both sides must make concessions", "REQUEST", ["Marco Rubio", "Russia", "Ukraine"], "2025-W03",
          "text", "occurred", "Secretary of State Marco Rubio said"),
        E("Large Russian drone attacks", "ASSAULT", ["Russia", "Ukraine"], "PAST_REF", "vague", "occurred",
          "largest drone attacks"),
    ],
    statements=[
        S("Donald Trump", "Threatens taxes, tariffs and sanctions unless Putin agrees soon", "2025-01-22", "text",
          "President Donald Trump on Wednesday threatened"),
        S("Donald Trump", "Doing Russia a big favour; settle now and stop the war", "2025-01-22", "context",
          "settle now and STOP"),
        S("Donald Trump", "No other choice than tariffs and sanctions without a deal", "2025-01-22", "context",
          "I have no other choice"),
        S("Donald Trump", "Good relationship with Putin; does not want to hurt Russia", "2025-01-22", "context",
          "always had a very good relationship"),
        S("Dmitry Peskov", "No new elements; Putin ready for dialogue on equal footing", "2025-01-23", "context",
          "no particularly new elements"),
        S("Dmitry Peskov", "Waiting for signals; no call or meeting being prepared", "2025-01-23", "context",
          "Moscow was waiting for signals"),
        S("Donald Trump", "Will speak with Putin very soon; meeting could follow", "2025-01-23", "published",
          "Trump has said he would speak with Putin"),
        S("Donald Trump", "Putin should make a deal, is destroying Russia; Ukraine ready", "2025-01-21", "text",
          "should make a deal"),
        S("Volodymyr Zelensky", "200,000 peacekeepers needed; Putin cannot be trusted without guarantees",
          "2025-01-21", "text", "Speaking at the World Economic Forum"),
        S("Volodymyr Zelensky", "Putin must feel the world is serious", "2025-01-22", "text",
          "Zelensky welcomed Trump's message"),
        S("Marco Rubio", "The war must end; both sides must make concessions", "2025-W03", "text",
          "Secretary of State Marco Rubio said"),
        S("Keith Kellogg", "Hopes to broker a settlement within 100 days", "2025-01-23", "published",
          "retired general Keith Kellogg"),
        S("Donald Trump", "Promised to end the war in 24 hours", "2025-01-23", "published",
          "During the campaign"),
    ],
    actors=["Donald Trump", "Russia", "Vladimir Putin", "Ukraine", "Kremlin", "Dmitry Peskov", "United States",
            "Volodymyr Zelensky", "Marco Rubio", "Keith Kellogg"],
)

# ---------------------------------------------------------------- b8en02
EN02 = dict(
    id="b8en02_spiderweb_trump_putin_call_2025_06",
    lang="en",
    published="2025-06-05",
    body="""
Putin tells Trump Russia will respond to Ukraine's airbase drone attacks
Vladimir Putin has told Donald Trump that Russia will "have to respond" to Ukraine's audacious drone attacks on its strategic bomber fleet, the US president said after the two leaders spoke by phone on Wednesday.

In a post on Truth Social, Trump described the roughly 75-minute call as "a good conversation, but not a conversation that will lead to immediate Peace."
Kremlin foreign policy aide Yuri Ushakov told reporters the conversation had been "positive and quite productive," but that Putin had stated "very clearly" that Moscow would respond to the strikes on its airfields.
Trump added that the two men had also discussed Iran's nuclear programme.

In an operation codenamed "Spider's Web", Ukraine's SBU security service on Sunday used more than 100 drones smuggled into Russia in lorries to attack four airbases, some of them thousands of kilometres from the front line.
Kyiv says 41 aircraft, including Tu-95 and Tu-22 strategic bombers, were hit, a figure that could not be independently verified.
On Tuesday, the SBU said it had struck the Crimean Bridge with underwater explosives earlier that day, the third attack on the crossing since 2022.

The attacks came on the eve of a second round of direct talks in Istanbul on Monday, at which the two delegations agreed to swap all severely wounded and young prisoners of war and to return the bodies of 6,000 fallen soldiers each, but made no progress towards a ceasefire.
The Russian delegation, led by Vladimir Medinsky, handed over a memorandum demanding that Ukraine withdraw its troops from four regions Moscow claims as its own, a document Kyiv rejected as an ultimatum.

Ukrainian President Volodymyr Zelensky said the call showed that Putin "feels impunity" and urged Washington to tighten sanctions rather than wait.
Russian forces launched a fresh wave of drones at Kharkiv overnight, killing three people, regional officials said.

Secretary of State Marco Rubio also spoke with Russian Foreign Minister Sergei Lavrov on Wednesday, the State Department said, without giving details.
German Chancellor Friedrich Merz is due at the White House on Thursday for his first meeting with Trump since taking office, where he is expected to press for tougher action against Moscow.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-06-04"),
        T("roughly 75-minute", "DURATION", "PT75M", mod="APPROX"),
        T("Sunday", "DATE", "2025-06-01"),
        T("Tuesday", "DATE", "2025-06-03"),
        T("that day", "DATE", "2025-06-03"),
        T("2022", "DATE", "2022"),
        T("Monday", "DATE", "2025-06-02"),
        T("overnight", "TIME", "2025-06-04TNI"),
        T("Wednesday", "DATE", "2025-06-04", n=1),
        T("Thursday", "DATE", "2025-06-05"),
    ],
    events=[
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-06-04", "text", "occurred",
          "the two leaders spoke by phone on Wednesday"),
        E("Putin says Russia will have to respond to the drone attacks", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2025-06-04", "context", "occurred", "the two leaders spoke by phone on Wednesday"),
        E("Ukraine's 'Spider's Web' drone attack on four Russian airbases", "ASSAULT", ["Ukraine", "Russia"],
          "2025-06-01", "text", "occurred", "Spider's Web"),
        E("Ukraine strikes the Crimean Bridge with underwater explosives", "ASSAULT", ["Ukraine", "Russia"],
          "2025-06-03", "text", "occurred", "struck the Crimean Bridge"),
        E("Second round of direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
          "text", "occurred", "The attacks came on the eve"),
        E("Agreement to swap severely wounded and young POWs and return bodies", "AGREE", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "The attacks came on the eve"),
        E("No progress towards a ceasefire in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-06-02", "context",
          "occurred", "The attacks came on the eve"),
        E("Russian memorandum demands Ukrainian withdrawal from four regions", "REQUEST",
          ["Vladimir Medinsky", "Russia", "Ukraine"], "2025-06-02", "context", "occurred", "handed over a memorandum"),
        E("Kyiv rejects the memorandum as an ultimatum", "REJECT", ["Ukraine"], "2025-06-02", "context", "occurred",
          "handed over a memorandum"),
        E("Zelensky says Putin feels impunity", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"], "2025-06-05",
          "published", "occurred", "feels impunity"),
        E("Zelensky urges Washington to tighten sanctions", "REQUEST", ["Volodymyr Zelensky", "United States"],
          "2025-06-05", "published", "occurred", "feels impunity"),
        E("Russian drone attack on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2025-06-04TNI", "text", "occurred",
          "drones at Kharkiv overnight"),
        E("Rubio–Lavrov call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-06-04", "text", "occurred",
          "Marco Rubio also spoke"),
        E("Merz to meet Trump at the White House", "CONSULT", ["Friedrich Merz", "Donald Trump"], "2025-06-05",
          "text", "planned", "German Chancellor Friedrich Merz is due"),
    ],
    statements=[
        S("Vladimir Putin, via Donald Trump", "Russia will have to respond to the drone attacks", "2025-06-04",
          "context", "the two leaders spoke by phone on Wednesday"),
        S("Donald Trump", "Good conversation, but not one leading to immediate peace", "2025-06-04", "context",
          "roughly 75-minute call"),
        S("Yuri Ushakov", "Call positive and productive; Putin said Moscow would respond", "2025-06-04", "context",
          "Kremlin foreign policy aide Yuri Ushakov"),
        S("Donald Trump", "Also discussed Iran's nuclear programme", "2025-06-04", "context",
          "Trump added that the two men"),
        S("Ukraine", "41 aircraft hit", "2025-06-05", "published", "Kyiv says 41 aircraft"),
        S("Ukraine", "SBU struck the Crimean Bridge with underwater explosives", "2025-06-03", "text",
          "struck the Crimean Bridge"),
        S("Volodymyr Zelensky", "Putin feels impunity; Washington should tighten sanctions", "2025-06-05",
          "published", "feels impunity"),
        S("Ukraine", "Three killed in overnight drone attack on Kharkiv", "2025-06-05", "published",
          "drones at Kharkiv overnight"),
        S("United States", "Rubio spoke with Lavrov", "2025-06-05", "published", "Marco Rubio also spoke"),
    ],
    actors=["Vladimir Putin", "Donald Trump", "Russia", "Ukraine", "United States", "Kremlin", "Yuri Ushakov",
            "Vladimir Medinsky", "Volodymyr Zelensky", "Marco Rubio", "Sergey Lavrov", "Friedrich Merz",
            "Germany"],
)

# ---------------------------------------------------------------- b8en03
EN03 = dict(
    id="b8en03_north_korean_troops_kursk_2024_10",
    lang="en",
    published="2024-10-31",
    body="""
Blinken says 8,000 North Korean troops are in Russia's Kursk region, poised to join the fighting
Around 8,000 North Korean soldiers have been moved to Russia's Kursk border region and are expected to be used against Ukrainian forces "in the coming days", US secretary of state Antony Blinken said on Thursday, warning that the deployment marked a dangerous escalation of the war.

Speaking alongside defence secretary Lloyd Austin after talks with their South Korean counterparts in Washington, Blinken said that if the troops entered combat they would be "legitimate military targets".
He urged China, which has significant influence over both Moscow and Pyongyang, to use its leverage to halt the deployment.

Nato secretary-general Mark Rutte confirmed on Monday that North Korean units had been sent to the Kursk region, calling the step "a significant escalation" and a sign of Russia's growing desperation.
At an emergency session of the UN Security Council on Wednesday, US and Russian envoys traded accusations, with Moscow's deputy ambassador dismissing the reports as "a blatant lie".

The Kremlin has neither confirmed nor denied the presence of North Korean troops.
Spokesman Dmitry Peskov said on Tuesday that Russia's co-operation with Pyongyang was a sovereign matter and "not directed against third countries".
Vladimir Putin signed a mutual defence treaty with North Korean leader Kim Jong Un during a rare visit to Pyongyang in June, and the Russian parliament ratified it last week.

Ukrainian President Volodymyr Zelensky said on Thursday that the reaction of Kyiv's allies had so far been "zero" and called on them to allow strikes with western long-range weapons on the camps where the troops were gathering.
Seoul, which first reported the transfers earlier this month, has said it may reconsider its refusal to send weapons directly to Ukraine.

North Korea's foreign minister Choe Son Hui arrived in Moscow on Thursday ahead of talks with Sergei Lavrov scheduled for Friday, Russia's foreign ministry said.
Her visit follows a trip to Pyongyang by Russia's security council secretary, Sergei Shoigu, in September.
""",
    timexes=[
        T("the coming days", "DATE", "FUTURE_REF"),
        T("Thursday", "DATE", "2024-10-31"),
        T("Monday", "DATE", "2024-10-28"),
        T("Wednesday", "DATE", "2024-10-30"),
        T("Tuesday", "DATE", "2024-10-29"),
        T("June", "DATE", "2024-06"),
        T("last week", "DATE", "2024-W43"),
        T("Thursday", "DATE", "2024-10-31", n=1),
        T("earlier this month", "DATE", "2024-10"),
        T("Thursday", "DATE", "2024-10-31", n=2),
        T("Friday", "DATE", "2024-11-01"),
        T("September", "DATE", "2024-09"),
    ],
    events=[
        E("About 8,000 North Korean soldiers deployed to Russia's Kursk region", "MOBILIZE", ["Russia"],
          "2024-10-31", "published", "occurred", "Around 8,000 North Korean soldiers",
          note="North Korea not canonical"),
        E("North Korean troops expected to go into combat against Ukraine", "ASSAULT", ["Russia", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "Around 8,000 North Korean soldiers"),
        E("Blinken and Austin hold talks with South Korean counterparts", "CONSULT",
          ["Antony Blinken", "United States"], "2024-10-31", "context", "occurred", "Speaking alongside defence"),
        E("Blinken: troops in combat would be legitimate military targets", "THREATEN", ["Antony Blinken"],
          "2024-10-31", "context", "occurred", "legitimate military targets"),
        E("Blinken urges China to use its leverage", "REQUEST", ["Antony Blinken", "China"], "2024-10-31",
          "context", "occurred", "He urged China"),
        E("Rutte calls the deployment a significant escalation", "ACCUSE", ["Mark Rutte", "NATO", "Russia"],
          "2024-10-28", "text", "occurred", "Mark Rutte confirmed on Monday"),
        E("Emergency UN Security Council session", "CONSULT", ["United Nations", "United States", "Russia"],
          "2024-10-30", "text", "occurred", "emergency session of the UN Security Council"),
        E("US and Russian envoys trade accusations", "ACCUSE", ["United States", "Russia"], "2024-10-30", "context",
          "occurred", "emergency session of the UN Security Council"),
        E("Putin signs mutual defence treaty with Kim Jong Un", "AGREE", ["Vladimir Putin"], "2024-06", "text",
          "occurred", "mutual defence treaty", note="Kim Jong Un / North Korea not canonical"),
        E("Putin's visit to Pyongyang", "CONSULT", ["Vladimir Putin"], "2024-06", "text", "occurred",
          "mutual defence treaty"),
        E("Russian parliament ratifies the treaty", "AGREE", ["Russia"], "2024-W43", "text", "occurred",
          "mutual defence treaty"),
        E("Zelensky criticises allies' 'zero' reaction", "ACCUSE", ["Volodymyr Zelensky"], "2024-10-31", "text",
          "occurred", "had so far been"),
        E("Zelensky calls for permission to strike the troop camps with western weapons", "REQUEST",
          ["Volodymyr Zelensky"], "2024-10-31", "text", "occurred", "had so far been"),
        E("Lavrov to hold talks with North Korea's foreign minister", "CONSULT", ["Sergey Lavrov"], "2024-11-01",
          "text", "planned", "Choe Son Hui arrived"),
        E("Shoigu's trip to Pyongyang", "CONSULT", ["Russia"], "2024-09", "text", "occurred",
          "Her visit follows a trip"),
    ],
    statements=[
        S("Antony Blinken", "8,000 North Korean troops in Kursk, expected in combat in coming days", "2024-10-31",
          "text", "Around 8,000 North Korean soldiers"),
        S("Antony Blinken", "Troops entering combat would be legitimate targets", "2024-10-31", "context",
          "legitimate military targets"),
        S("Antony Blinken", "China should use its leverage to halt the deployment", "2024-10-31", "context",
          "He urged China"),
        S("Mark Rutte", "North Korean units sent to Kursk; significant escalation", "2024-10-28", "text",
          "Mark Rutte confirmed on Monday"),
        S("Russia", "Reports of North Korean troops are a blatant lie", "2024-10-30", "context",
          "emergency session of the UN Security Council"),
        S("Dmitry Peskov", "Cooperation with Pyongyang is a sovereign matter", "2024-10-29", "text",
          "Spokesman Dmitry Peskov said on Tuesday"),
        S("Volodymyr Zelensky", "Allies' reaction zero; allow strikes on the camps", "2024-10-31", "text",
          "had so far been"),
        S("Russia", "Choe arrived; talks with Lavrov on Friday", "2024-10-31", "published", "Choe Son Hui arrived"),
    ],
    actors=["Russia", "Ukraine", "Antony Blinken", "United States", "China", "Mark Rutte", "NATO",
            "United Nations", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky", "Sergey Lavrov"],
)

# ---------------------------------------------------------------- b8en04
EN04 = dict(
    id="b8en04_mar_a_lago_zelensky_2025_12",
    lang="en",
    published="2025-12-30",
    body="""
Trump says Ukraine deal 'closer than ever' after Mar-a-Lago talks, but Moscow's drone claim clouds hopes
Donald Trump said a deal to end the war in Ukraine was "closer than ever" after hosting Volodymyr Zelensky at his Mar-a-Lago club in Florida on Sunday, though both leaders acknowledged that the fate of the eastern Donbas region remained unresolved.

Before Zelensky arrived, Trump spoke with Vladimir Putin by phone for more than an hour in what he called a "very productive" conversation.
According to the Kremlin's readout, delivered by foreign policy aide Yuri Ushakov, Putin told Trump that a temporary ceasefire would only prolong the conflict and that Kyiv must take a "courageous decision" on Donbas.

Speaking to reporters alongside Zelensky, Trump said the two sides had agreed on "95%" of a 20-point framework, but conceded that territory remained "one or two very thorny issues" that would take more work.
Zelensky said a bilateral agreement on US security guarantees was "100% agreed" and that Washington had offered guarantees for 15 years, adding that he had asked Trump to consider 50 years.

The two leaders then joined a call with European leaders including Emmanuel Macron, Friedrich Merz, Keir Starmer, Giorgia Meloni and Alexander Stubb, as well as Ursula von der Leyen and Nato's Mark Rutte, according to officials familiar with the conversation.
Macron is due to host the so-called coalition of the willing in Paris in early January to finalise Europe's contribution to the guarantees, including a possible multinational force to be deployed after a ceasefire.

The optimism was short-lived.
On Monday, Foreign Minister Sergei Lavrov accused Ukraine of launching 91 long-range drones overnight at Putin's state residence in the Novgorod region, calling it an act of "state terrorism" and saying Moscow would review its negotiating position.
Zelensky dismissed the claim as "typical Russian lies" intended to justify new strikes on Kyiv and to derail the progress made in Florida.
Trump told reporters that Putin had informed him of the incident in a second phone call on Monday morning and that he was "very angry" about it, though he added that it was possible "nothing happened."

Russia launched one of its heaviest combined attacks on Kyiv on Saturday, firing around 500 drones and 40 missiles and leaving large parts of the capital without heat and power in sub-zero temperatures.
White House officials said envoys Steve Witkoff and Jared Kushner would continue talks with both sides in the coming weeks.
""",
    timexes=[
        T("Sunday", "DATE", "2025-12-28"),
        T("more than an hour", "DURATION", "PT1H", mod="MORE_THAN"),
        T("15 years", "DURATION", "P15Y"),
        T("50 years", "DURATION", "P50Y"),
        T("early January", "DATE", "2026-01", mod="START"),
        T("Monday", "DATE", "2025-12-29"),
        T("overnight", "TIME", "2025-12-28TNI", note="night to Monday 29 Dec"),
        T("Monday morning", "TIME", "2025-12-29TMO"),
        T("Saturday", "DATE", "2025-12-27"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Trump hosts Zelensky at Mar-a-Lago", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-12-28",
          "text", "occurred", "after hosting Volodymyr Zelensky"),
        E("Trump–Putin phone call before the meeting", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-12-28",
          "context", "occurred", "Before Zelensky arrived"),
        E("Putin rejects a temporary ceasefire", "REJECT", ["Vladimir Putin"], "2025-12-28", "context", "occurred",
          "According to the Kremlin's readout"),
        E("Putin demands a 'courageous decision' from Kyiv on Donbas", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2025-12-28", "context", "occurred", "According to the Kremlin's readout"),
        E("US and Ukraine agree on 95% of the 20-point framework", "AGREE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-12-28", "context", "occurred", "95%", note="partial agreement; territory open"),
        E("Agreement on US security guarantees for Ukraine", "AGREE", ["United States", "Ukraine"], "2025-12-28",
          "context", "occurred", "100% agreed"),
        E("Zelensky asks for 50-year guarantees", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"], "2025-12-28",
          "context", "occurred", "100% agreed"),
        E("Call of Trump and Zelensky with European leaders", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer",
           "Giorgia Meloni", "Alexander Stubb", "Ursula von der Leyen", "Mark Rutte"], "2025-12-28", "context",
          "occurred", "The two leaders then joined a call"),
        E("Macron to host the coalition of the willing in Paris", "CONSULT", ["Emmanuel Macron"], "2026-01", "text",
          "planned", "coalition of the willing", date_mod="START"),
        E("Lavrov accuses Ukraine of a drone attack on Putin's residence", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2025-12-29", "text", "occurred", "Foreign Minister Sergei Lavrov accused"),
        E("Alleged Ukrainian drone attack on Putin's Novgorod residence", "ASSAULT", ["Ukraine", "Russia"],
          "2025-12-28TNI", "text", "uncertain", "Foreign Minister Sergei Lavrov accused",
          note="claimed by Russia, denied by Ukraine"),
        E("Russia to review its negotiating position", "THREATEN", ["Sergey Lavrov", "Russia"], "2025-12-29",
          "context", "occurred", "Foreign Minister Sergei Lavrov accused"),
        E("Zelensky calls the claim typical Russian lies", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-12-29", "context", "occurred", "typical Russian lies"),
        E("Second Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-12-29TMO", "text",
          "occurred", "second phone call"),
        E("Heavy Russian drone and missile attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2025-12-27", "text",
          "occurred", "heaviest combined attacks"),
        E("Witkoff and Kushner to continue talks with both sides", "CONSULT", ["Steve Witkoff", "Russia", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "White House officials said"),
    ],
    statements=[
        S("Donald Trump", "Deal closer than ever; Donbas unresolved", "2025-12-28", "context",
          "after hosting Volodymyr Zelensky"),
        S("Donald Trump", "Call with Putin very productive", "2025-12-28", "context", "Before Zelensky arrived"),
        S("Vladimir Putin, via Yuri Ushakov", "Temporary ceasefire prolongs conflict; Kyiv must decide on Donbas",
          "2025-12-28", "context", "According to the Kremlin's readout"),
        S("Donald Trump", "95% of the framework agreed; territory thorny", "2025-12-28", "context", "95%"),
        S("Volodymyr Zelensky", "Security guarantees 100% agreed; 15 years offered, 50 asked", "2025-12-28",
          "context", "100% agreed"),
        S("Sergey Lavrov", "Ukraine attacked Putin's residence; state terrorism; position to be reviewed",
          "2025-12-29", "text", "Foreign Minister Sergei Lavrov accused"),
        S("Volodymyr Zelensky", "Typical Russian lies to justify strikes and derail talks", "2025-12-29", "context",
          "typical Russian lies"),
        S("Donald Trump", "Putin told him of the incident; very angry; maybe nothing happened", "2025-12-29",
          "context", "second phone call"),
        S("White House", "Witkoff and Kushner will continue talks in the coming weeks", "2025-12-30", "published",
          "White House officials said"),
    ],
    actors=["Donald Trump", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Yuri Ushakov", "Ukraine",
            "United States", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Giorgia Meloni",
            "Alexander Stubb", "Ursula von der Leyen", "NATO", "Mark Rutte", "Sergey Lavrov", "Russia",
            "White House", "Steve Witkoff"],
)

# ---------------------------------------------------------------- b8en05
EN05 = dict(
    id="b8en05_easter_swap_uae_2026_04",
    lang="en",
    published="2026-04-12",
    body="""
Russia and Ukraine swap 175 prisoners each ahead of Orthodox Easter as truce talks stall
KYIV, April 12 (Reuters) - Russia and Ukraine exchanged 175 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates, the first such exchange in nearly two months, as efforts to agree a pause in attacks on energy facilities faltered.

Ukrainian President Volodymyr Zelensky posted photographs of the freed soldiers, many of whom had been held since 2022, and thanked the UAE for its mediation.
"Every one of our people must come home," he wrote on Telegram.
Russia's defence ministry said the returning Russian servicemen were being flown to Moscow for medical treatment.

Kremlin spokesman Dmitry Peskov on Friday rejected Zelensky's proposal, made on Wednesday, for a 30-day halt to strikes on energy infrastructure starting on Easter Sunday, saying Kyiv had used previous pauses to rearm.
Any ceasefire must be part of a comprehensive settlement that addresses the "root causes" of the conflict, Peskov told reporters.

Overnight, Russia attacked the southern port city of Odesa with drones, damaging a power substation and wounding four people, the regional governor said.
Ukraine's air force said it had shot down 88 of 104 drones launched at the country.

U.S. Secretary of State Marco Rubio spoke by phone with Ukrainian Foreign Minister Andrii Sybiha on Friday and "reaffirmed the President's commitment to a durable peace," according to a State Department readout.
Special envoy Steve Witkoff and Jared Kushner are expected in Moscow later this month for another meeting with President Vladimir Putin, two people familiar with the plans said, after trilateral talks between U.S., Russian and Ukrainian negotiators in Geneva in March ended without a breakthrough on territory.

Both sides agreed at talks in Istanbul last year to exchange all severely wounded and young prisoners, but Kyiv says more than 7,000 Ukrainians remain in Russian captivity.
""",
    timexes=[
        T("Orthodox Easter", "DATE", "2026-04-12"),
        T("April 12", "DATE", "2026-04-12"),
        T("Saturday", "DATE", "2026-04-11"),
        T("nearly two months", "DURATION", "P2M", mod="APPROX"),
        T("2022", "DATE", "2022"),
        T("Friday", "DATE", "2026-04-10"),
        T("Wednesday", "DATE", "2026-04-08"),
        T("30-day", "DURATION", "P30D"),
        T("Easter Sunday", "DATE", "2026-04-12"),
        T("Overnight", "TIME", "2026-04-11TNI"),
        T("Friday", "DATE", "2026-04-10", n=1),
        T("later this month", "DATE", "2026-04"),
        T("March", "DATE", "2026-03"),
        T("last year", "DATE", "2025"),
    ],
    events=[
        E("UAE-brokered exchange of 175 POWs each", "CONCEDE", ["Russia", "Ukraine"], "2026-04-11", "text",
          "occurred", "exchanged 175 prisoners of war"),
        E("Peskov rejects Zelensky's energy-strike pause proposal", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
          "2026-04-10", "text", "occurred", "Kremlin spokesman Dmitry Peskov on Friday rejected"),
        E("Zelensky proposes a 30-day halt to strikes on energy infrastructure", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2026-04-08", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov on Friday rejected", note="pause was to start on Easter Sunday"),
        E("Peskov accuses Kyiv of using pauses to rearm", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2026-04-10",
          "context", "occurred", "Kremlin spokesman Dmitry Peskov on Friday rejected"),
        E("Peskov demands a comprehensive settlement addressing root causes", "REQUEST", ["Dmitry Peskov"],
          "2026-04-10", "context", "occurred", "root causes"),
        E("Russian drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-04-11TNI", "text", "occurred",
          "Overnight, Russia attacked"),
        E("Rubio–Sybiha phone call", "CONSULT", ["Marco Rubio", "Andrii Sybiha"], "2026-04-10", "text", "occurred",
          "Marco Rubio spoke by phone"),
        E("Witkoff and Kushner expected in Moscow to meet Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2026-04", "text", "planned", "later this month"),
        E("Trilateral US–Russia–Ukraine talks in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
          "2026-03", "text", "occurred", "later this month"),
        E("No breakthrough on territory in Geneva", "REJECT", ["Russia", "Ukraine"], "2026-03", "context",
          "occurred", "later this month"),
        E("Agreement in Istanbul to exchange severely wounded and young prisoners", "AGREE", ["Russia", "Ukraine"],
          "2025", "text", "occurred", "Both sides agreed at talks in Istanbul"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Thanks the UAE for its mediation", "2026-04-11", "context",
          "posted photographs of the freed soldiers"),
        S("Volodymyr Zelensky", "Every one of our people must come home", "2026-04-11", "context",
          "he wrote on Telegram"),
        S("Russia", "Returning servicemen flown to Moscow for treatment", "2026-04-11", "context",
          "Russia's defence ministry said"),
        S("Dmitry Peskov", "Rejects energy pause; Kyiv used pauses to rearm", "2026-04-10", "text",
          "Kremlin spokesman Dmitry Peskov on Friday rejected"),
        S("Dmitry Peskov", "Ceasefire only within a comprehensive settlement addressing root causes", "2026-04-10",
          "context", "root causes"),
        S("Ukraine", "Drone attack on Odesa wounded four", "2026-04-12", "published", "Overnight, Russia attacked"),
        S("Ukraine", "Air force shot down 88 of 104 drones", "2026-04-12", "published",
          "Ukraine's air force said"),
        S("Marco Rubio", "Reaffirmed the President's commitment to a durable peace", "2026-04-10", "text",
          "Marco Rubio spoke by phone"),
        S("Ukraine", "More than 7,000 Ukrainians remain in Russian captivity", "2026-04-12", "published",
          "Both sides agreed at talks in Istanbul"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "United States", "Marco Rubio",
            "Andrii Sybiha", "Steve Witkoff", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b8en06
EN06 = dict(
    id="b8en06_samarkand_sco_xi_modi_2022_09",
    lang="en",
    published="2022-09-16",
    body="""
Putin acknowledges Xi's 'concerns' over Ukraine as Modi tells him 'this is not an era of war'
Vladimir Putin said on Friday that he wanted to end the war in Ukraine "as soon as possible", after Indian prime minister Narendra Modi told him publicly at a regional summit in Uzbekistan that "today's era is not an era of war".
"We will do everything to stop this as soon as possible," Putin replied, accusing Kyiv of refusing to negotiate.

The exchange, broadcast at the start of their bilateral meeting on the sidelines of the Shanghai Cooperation Organisation summit in Samarkand, capped a difficult trip for the Russian president.
On Thursday, in his first face-to-face meeting with Chinese leader Xi Jinping since the invasion, Putin said he understood that Beijing had "questions and concerns" about the situation in Ukraine and promised to explain Moscow's position.
Xi, on his first trip abroad since the start of the pandemic, did not mention Ukraine in his public remarks but said China was willing to work with Russia to "inject stability" into a turbulent world.

Putin's diplomatic discomfort comes as his forces reel from a lightning Ukrainian counter-offensive that has recaptured more than 6,000 sq km in the north-eastern Kharkiv region since early September.
At a press conference on Friday evening, Putin said the offensive would not change Russia's plans and warned that Moscow's response so far had been "restrained".
"We are in no hurry," he said, adding that "if the situation develops this way, our response will be more serious."

Putin also met Turkish President Recep Tayyip Erdoğan, who told reporters afterwards that the two had discussed expanding the Black Sea grain corridor agreed in Istanbul in July and a possible new prisoner exchange.
Erdoğan, who has positioned himself as a mediator between Moscow and Kyiv, said Putin had told him he wanted the war to end "soon".

Western officials played down suggestions of a rift between Moscow and Beijing, noting that China has refused to condemn the invasion and has stepped up purchases of Russian oil and gas.
US Secretary of State Antony Blinken said Xi's remarks showed that "even Russia's friends" were uneasy, and that Washington would keep supporting Kyiv "for as long as it takes".
Russian Foreign Minister Sergei Lavrov is due to address the UN General Assembly in New York next week, where the war is expected to dominate.
""",
    timexes=[
        T("Friday", "DATE", "2022-09-16"),
        T("today", "DATE", "PRESENT_REF"),
        T("Thursday", "DATE", "2022-09-15"),
        T("early September", "DATE", "2022-09", mod="START"),
        T("Friday evening", "TIME", "2022-09-16TEV"),
        T("July", "DATE", "2022-07"),
        T("soon", "DATE", "FUTURE_REF", n=2),
        T("next week", "DATE", "2022-W38"),
    ],
    events=[
        E("Modi tells Putin this is not an era of war", "REQUEST", ["Vladimir Putin"], "2022-09-16", "context",
          "occurred", "Narendra Modi told him publicly", note="Modi/India not canonical; Putin is the addressee"),
        E("Putin accuses Kyiv of refusing to negotiate", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2022-09-16",
          "context", "occurred", "accusing Kyiv of refusing"),
        E("Putin–Modi bilateral meeting at the SCO summit", "CONSULT", ["Vladimir Putin"], "2022-09-16", "context",
          "occurred", "bilateral meeting on the sidelines", note="Modi/India not canonical"),
        E("Putin–Xi meeting in Samarkand", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2022-09-15", "text",
          "occurred", "first face-to-face meeting with Chinese leader"),
        E("Xi says China willing to work with Russia", "SUPPORT", ["Xi Jinping", "Russia"], "2022-09-15", "context",
          "occurred", "inject stability"),
        E("Ukrainian counter-offensive in Kharkiv region", "ASSAULT", ["Ukraine", "Russia"], "2022-09", "text",
          "occurred", "lightning Ukrainian counter-offensive", date_mod="START"),
        E("Putin threatens a more serious response", "THREATEN", ["Vladimir Putin", "Ukraine"], "2022-09-16TEV",
          "text", "occurred", "At a press conference on Friday evening"),
        E("Putin–Erdoğan meeting", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2022-09-16", "context",
          "occurred", "Putin also met Turkish President"),
        E("Black Sea grain corridor agreed in Istanbul", "AGREE", ["Russia", "Ukraine", "Turkey"], "2022-07", "text",
          "occurred", "Putin also met Turkish President", note="UN also a party"),
        E("Blinken: US will keep supporting Kyiv", "AGREE", ["Antony Blinken", "Ukraine"], "2022-09-16",
          "published", "occurred", "even Russia's friends"),
    ],
    statements=[
        S("Vladimir Putin", "Wants to end the war as soon as possible", "2022-09-16", "text",
          "Vladimir Putin said on Friday"),
        S("Vladimir Putin", "Will do everything to stop it; Kyiv refuses to negotiate", "2022-09-16", "context",
          "accusing Kyiv of refusing"),
        S("Vladimir Putin", "Understands Beijing's questions and concerns; will explain Moscow's position",
          "2022-09-15", "text", "first face-to-face meeting with Chinese leader"),
        S("Xi Jinping", "China willing to work with Russia to inject stability", "2022-09-15", "context",
          "inject stability"),
        S("Vladimir Putin", "Offensive will not change plans; response so far restrained", "2022-09-16TEV", "text",
          "At a press conference on Friday evening"),
        S("Vladimir Putin", "No hurry; response will be more serious", "2022-09-16TEV", "context",
          "We are in no hurry"),
        S("Recep Tayyip Erdoğan", "Discussed expanding the grain corridor and a prisoner exchange", "2022-09-16",
          "context", "Putin also met Turkish President"),
        S("Vladimir Putin, via Recep Tayyip Erdoğan", "Wants the war to end soon", "2022-09-16", "context",
          "positioned himself as a mediator"),
        S("Antony Blinken", "Even Russia's friends are uneasy; US will keep supporting Kyiv", "2022-09-16",
          "published", "even Russia's friends"),
    ],
    actors=["Vladimir Putin", "Ukraine", "Russia", "Xi Jinping", "China", "Recep Tayyip Erdoğan", "Turkey",
            "Antony Blinken", "United States", "Sergey Lavrov", "United Nations"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
