"""English articles of the blind81 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b81en01 (The Daily Beast)
EN01 = """
Kremlin Blames ‘Emotional Overload’ as Trump Warns Putin He’s ‘Playing With Fire’

Donald Trump’s patience with Vladimir Putin appears to be wearing thin, and the Kremlin is doing its best to shrug it off.
On Tuesday, the president took to Truth Social to warn that if it weren’t for him, "lots of really bad things would have already happened to Russia, and I mean REALLY BAD."
"He’s playing with fire!" Trump wrote of the Russian leader.

The post capped a volatile stretch for the administration’s Russia policy.
On Sunday, Trump had told reporters in New Jersey that he was "not happy" with Putin after Russia pounded Ukrainian cities overnight with nearly 370 drones and missiles, the largest aerial attack of the war.
Hours later, he declared on his platform that Putin had "gone absolutely CRAZY" and was "needlessly killing a lot of people."
In the same post, he swiped at Volodymyr Zelensky, saying the Ukrainian leader was "doing his Country no favors by talking the way he does."

Kremlin spokesman Dmitry Peskov responded on Monday with a diplomatic shrug.
Trump’s outbursts were linked to the "emotional overload of absolutely everyone," he told reporters on his daily call, adding that Moscow remained "very grateful" to the Americans for helping to launch direct talks with Kyiv.
Putin’s strikes, Peskov insisted, were a response to Ukrainian drone attacks on Russian cities.

Former Russian president Dmitry Medvedev, now deputy chairman of the country’s Security Council, was far less restrained, firing back on X on Tuesday night that he knew of "only one REALLY BAD thing—WWIII."
"I hope Trump understands this!" he added.
Keith Kellogg, Trump’s special envoy for Ukraine and Russia, called the remark "reckless" and "unfit for a world power" in a post on Wednesday morning.
The president is working to stop the war and end the killing, Kellogg wrote, and "we need to END the fearmongering."

At the White House, press secretary Karoline Leavitt told reporters the president was keeping "all options on the table," including new sanctions.
Trump himself said on Wednesday he would know "in about two weeks" whether Putin was stringing him along, and that he would "respond a little bit differently" if so.

Moscow, meanwhile, is trying to keep the diplomatic track alive.
Foreign Minister Sergei Lavrov proposed on Wednesday that Russian and Ukrainian delegations hold a second round of direct talks in Istanbul on June 2, where Moscow would hand over a memorandum setting out its conditions for a ceasefire.
Ukrainian Defense Minister Rustem Umerov said Kyiv was not against further meetings but wanted to see the Russian document first.
The first round in Istanbul on May 16 produced only one tangible result: an exchange of 1,000 prisoners from each side, which was completed on Sunday.
The Daily Beast has reached out to the White House for further comment.
"""

# ---------------------------------------------------------------- b81en02 (USA Today)
EN02 = """
Blinken: Iran has sent ballistic missiles to Russia for use against Ukraine

WASHINGTON – Iran has recently delivered short-range ballistic missiles to Russia, and Moscow is likely to fire them at Ukraine within weeks, Secretary of State Antony Blinken said Tuesday.
Speaking at a news conference in London alongside British Foreign Secretary David Lammy, Blinken said dozens of Russian military personnel had been trained in Iran to operate the Fath-360 system.
He called the transfer a "dramatic escalation" and said Tehran had been warned privately and publicly that it would face a significant response.

The Treasury and State departments followed up with sanctions on Iran Air, the country's flag carrier, and on several Russian cargo ships that the administration says carried the weapons.
Britain, France and Germany said in a joint statement that they would cancel their bilateral air services agreements with Iran and pursue further designations.
At Monday's briefing, State Department spokesman Matthew Miller had said the administration warned Tehran for months that any deliveries would come with "severe costs."

Blinken and Lammy were set to travel to Kyiv by train on Wednesday, the first joint visit by the top diplomats of the two countries, to meet President Volodymyr Zelenskyy.
Zelenskyy has been pressing Washington and London since August to lift restrictions on the use of Western long-range weapons such as ATACMS and Storm Shadow against targets deep inside Russia.
Asked whether President Joe Biden would grant that request, Blinken said only that the administration would "adjust as necessary" and that the issue would come up in Kyiv.
Biden hosts British Prime Minister Keir Starmer at the White House on Friday, where the weapons question is expected to dominate.

The Kremlin brushed the reports aside.
Spokesman Dmitry Peskov told reporters Tuesday that such information "is not always true" and that Russia would keep developing its ties with Iran "in all areas, including the most sensitive ones."
Iran's Foreign Ministry called the accusations "ugly propaganda" and denied sending any missiles.

The missiles have a range of roughly 75 miles, officials say, which would allow Russia to hit targets near the front line while saving its longer-range weapons for strikes deeper inside Ukraine.
Last Friday, Defense Secretary Lloyd Austin announced another $250 million in weapons for Kyiv at a meeting of the Ukraine Defense Contact Group at Ramstein Air Base in Germany.

Reuters contributed to this report.
"""

# ---------------------------------------------------------------- b81en03 (Taipei Times)
EN03 = """
Beijing lashes out at NATO over 'decisive enabler' label

China yesterday accused NATO of "belligerent rhetoric" and of seeking to stir up confrontation in Asia, a day after the alliance's leaders branded Beijing a "decisive enabler" of Russia's war against Ukraine.
The declaration adopted at the NATO summit in Washington on Wednesday said China's "no limits" partnership with Moscow and its large-scale support for Russia's defense industrial base had enabled the war, and called on Beijing to cease all material and political support.

Chinese Ministry of Foreign Affairs spokesman Lin Jian (林劍) told a regular news conference in Beijing that the declaration was "full of Cold War mentality" and that NATO was "hyping up China's responsibility" on Ukraine.
"China is not the creator of the Ukraine crisis, nor a party to it," Lin said, adding that Beijing had never provided lethal weapons to either side and strictly controlled exports of dual-use goods.
NATO should stop trying to "mess up the Asia-Pacific" after messing up Europe, he said.
China's mission to the EU said separately that it "firmly opposed" the declaration and had lodged "stern representations" with the alliance.

NATO Secretary-General Jens Stoltenberg told reporters on Wednesday that Beijing "cannot continue to fuel the largest war in Europe in recent history without that impacting its interests and reputation."
US President Joe Biden, at a news conference late Thursday that closed the three-day summit, said he had warned Chinese President Xi Jinping (習近平) against arming Russia when they met in California in November.

In Moscow, Kremlin spokesman Dmitry Peskov yesterday said the alliance was "fully involved" in the conflict and that Russia would take measures to counter it.
He called the ties between Moscow and Beijing "not directed against anyone."

The row came as Chinese troops held joint "anti-terrorism" drills with Belarus this week near the Polish border, an exercise that Warsaw said it was watching closely.
Ukrainian President Volodymyr Zelensky, who met allied leaders on Thursday at the NATO-Ukraine Council, welcomed the summit's pledge of at least 40 billion euros in military aid next year.
However, he said Ukraine needed more air defense systems "now, not after the elections."

In Taipei, the Ministry of Foreign Affairs welcomed the declaration's language on China, saying it showed that democracies increasingly recognized the threat Beijing posed to regional stability.
Taiwan would continue to work with like-minded partners to safeguard peace across the Taiwan Strait, the ministry said.
"""

# ---------------------------------------------------------------- b81en04 (Hürriyet Daily News)
EN04 = """
Ankara rejects Moscow's drone accusations as 'baseless'

ANKARA – Türkiye has dismissed as "baseless" Russian claims that Turkish-made drone parts were used in a Ukrainian attack on the Black Sea port of Novorossiysk, in a rare public spat between Ankara and Moscow.
Russian Foreign Ministry Spokeswoman Maria Zakharova told her weekly briefing in Moscow on Thursday that components produced by the Turkish company Baykar had been found in the wreckage of sea drones that struck the port last week.
"We expect explanations from our Turkish partners," she said, adding that Moscow would "draw conclusions" if such supplies continued.

Foreign Ministry Spokesperson Öncü Keçeli rejected the allegations in a written statement late Thursday.
Türkiye's defense industry cooperation with Ukraine predates the war, is conducted in full compliance with international law and is "not directed against any third country," the statement said.
It urged all sides to refrain from attacks that endanger civilian shipping and the safety of navigation in the Black Sea.

Foreign Minister Hakan Fidan also discussed the matter with his Russian counterpart Sergey Lavrov by phone on Thursday evening, diplomatic sources said.
The two ministers agreed to keep the channels of communication open and to avoid steps that could harm bilateral ties, according to the sources.

The Kremlin struck a more conciliatory tone on Friday.
Spokesman Dmitry Peskov said Russia valued its "multifaceted partnership" with Türkiye and that the question would be clarified "through working channels."
President Vladimir Putin and President Recep Tayyip Erdoğan would speak by phone in the near future, he added.

Speaking to reporters after Friday prayers in Istanbul, Erdoğan said Türkiye "does not take instructions from anyone" on its defense industry.
He said Türkiye remained ready to host direct talks between Russia and Ukraine in Istanbul "at any moment."

In Kyiv, Ukrainian Foreign Ministry Spokesman Heorhii Tykhyi thanked Ankara for its "principled position" and accused Moscow of trying to drive a wedge between the two countries.
Foreign Minister Andrii Sybiha is expected at the Antalya Diplomacy Forum in April, where Fidan hopes to bring Russian and Ukrainian officials together on the sidelines.

Baykar, whose Bayraktar TB2 drones became a symbol of Ukrainian resistance, is building a production plant near Kyiv that is due to open this year.
Türkiye, which controls access to the Black Sea under the 1936 Montreux Convention, has sought to balance its ties with both countries since February 2022.
"""

# ---------------------------------------------------------------- b81en05 (Babel, English service)
EN05 = """
Budanov to head Zelensky's office as Kyiv hosts allies' security advisers

President Volodymyr Zelensky has appointed military intelligence chief Kyrylo Budanov as head of the Office of the President, filling a post that had been vacant for more than a month.
Zelensky announced the decision on Friday, saying he had met Budanov and offered him the job, which the general accepted.
"Ukraine now needs a greater focus on security issues, on the development of the Defense Forces and on the diplomatic track of negotiations," Zelensky said.
Presidential spokesman Serhiy Nykyforov told Babel that the decree was signed on Friday evening and that Budanov would join the talks with the American side.

Rustem Umerov, secretary of the National Security and Defense Council, will remain Ukraine's chief negotiator, Nykyforov said.
The post had been vacant since November 28, when Andriy Yermak resigned hours after anti-corruption investigators searched his apartment.
Yermak had led Ukraine's delegation in talks with Secretary of State Marco Rubio and envoy Steve Witkoff in Geneva in late November.

The Kremlin said the reshuffle would not change its approach.
"This is an internal matter of the Kyiv regime, we are more interested in whether Kyiv is ready for realistic decisions," Kremlin spokesman Dmitry Peskov told reporters on Saturday.
Russian Foreign Ministry spokeswoman Maria Zakharova called Budanov a "terrorist" who has been charged in Russia over attacks on Russian territory, and said the appointment showed that Kyiv "is not preparing for peace."

The appointment comes as Kyiv hosts national security advisers from more than a dozen countries of the so-called coalition of the willing on Saturday, including Britain, France and Germany, with US representatives joining online.
The meeting is meant to prepare a summit of the coalition's leaders in Paris on Tuesday, where French President Emmanuel Macron and British Prime Minister Keir Starmer, joined by US envoy Steve Witkoff, want to finalize security guarantees for Ukraine.
Zelensky said on Friday he expected "concrete documents" to be ready for signing there.

Zelensky met US President Donald Trump at Mar-a-Lago on December 28, after which Trump said the sides were "closer than ever" to a deal but that the territorial question remained unresolved.
The next day, Moscow accused Ukraine of attacking Vladimir Putin's residence in the Novgorod region with drones, a claim Kyiv rejected as "lies" designed to derail the talks.
Budanov, who has led the Main Intelligence Directorate (HUR) since August 2020, was closely involved in the prisoner exchanges with Russia.
"""

# ---------------------------------------------------------------- b81en06 (The New Zealand Herald)
EN06 = """
Putin sets terms for ceasefire on eve of Swiss peace summit, Kyiv calls it an ultimatum

Russian President Vladimir Putin has said he will order an immediate ceasefire and begin negotiations if Ukraine withdraws its troops from four regions Moscow claims as its own and drops its bid to join Nato.
Speaking at the Russian Foreign Ministry in Moscow on Friday, Putin said Kyiv must pull its forces out of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and officially notify Moscow that it had abandoned its Nato plans.
He also demanded that the United States and the European Union lift their sanctions against Russia.

Ukraine rejected the proposal the same day.
Speaking on the sidelines of the G7 summit in southern Italy, President Volodymyr Zelensky said Putin's words were "the same as what Hitler did" when he demanded parts of Czechoslovakia, and called them an ultimatum.
Presidential adviser Mykhailo Podolyak said the terms were "offensive to common sense" and showed that Moscow had no interest in peace.

Nato Secretary-General Jens Stoltenberg, speaking after a meeting of alliance defence ministers in Brussels on Friday, said it was "not a peace proposal" but "a proposal for more aggression, more occupation."
US Defence Secretary Lloyd Austin, also in Brussels, said Putin was "in no position to dictate" to Ukraine what it must do to bring about peace.
Italian Prime Minister Giorgia Meloni, host of the G7 summit in Apulia, dismissed the offer as "propaganda."
Kremlin spokesman Dmitry Peskov insisted on Saturday that the offer was "a genuine peace initiative" and that the reactions in Washington and at Nato showed they did not want peace.

Leaders and officials from more than 90 countries are gathering with Zelensky at the Bürgenstock resort near Lucerne this weekend for the two-day summit, with US Vice-President Kamala Harris leading the American delegation.
Russia was not invited, and China has chosen to stay away.
Prime Minister Christopher Luxon, who flew to Switzerland on Friday, said New Zealand would back a final communique calling for Ukraine's territorial integrity to be respected.
He also announced a further $16 million in support for Ukraine, including funding for demining and humanitarian relief.

On Thursday, G7 leaders including US President Joe Biden and Meloni agreed to provide Ukraine with a US$50 billion loan backed by profits from immobilised Russian central bank assets.
Biden and Zelensky also signed a ten-year bilateral security agreement on the sidelines.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b81en01_playing_with_fire_emotional_overload_2025_05", "2025-05-28", EN01,
        [
            T("Tuesday", "DATE", "2025-05-27", 0),
            T("Sunday", "DATE", "2025-05-25", 0),
            T("overnight", "TIME", "2025-05-24TNI", note="night of 24 to 25 May"),
            T("Monday", "DATE", "2025-05-26"),
            T("daily", "SET", "P1D"),
            T("now", "DATE", "PRESENT_REF"),
            T("Tuesday night", "TIME", "2025-05-27TNI"),
            T("Wednesday morning", "TIME", "2025-05-28TMO"),
            T("Wednesday", "DATE", "2025-05-28", 1),
            T("about two weeks", "DURATION", "P2W", mod="APPROX"),
            T("Wednesday", "DATE", "2025-05-28", 2),
            T("June 2", "DATE", "2025-06-02"),
            T("May 16", "DATE", "2025-05-16"),
            T("Sunday", "DATE", "2025-05-25", 1),
        ],
        [
            E("Trump warns that really bad things would have happened to Russia without him", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-05-27", "text", "occurred", "took to Truth Social"),
            E("Trump says he is not happy with Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-05-25",
              "text", "occurred", "with Putin after Russia pounded"),
            E("Largest Russian aerial attack of the war on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2025-05-24TNI", "text", "occurred", "with Putin after Russia pounded"),
            E("Trump: Putin has gone absolutely crazy and is needlessly killing people", "ACCUSE",
              ["Donald Trump", "Vladimir Putin"], "2025-05-25", "context", "occurred", "gone absolutely CRAZY"),
            E("Trump criticises Zelensky", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"], "2025-05-25", "context",
              "occurred", "doing his Country no favors"),
            E("Peskov: Moscow is grateful to the Americans for helping to launch direct talks", "SUPPORT",
              ["Dmitry Peskov", "United States"], "2025-05-26", "context", "occurred", "emotional overload"),
            E("Peskov: Russia's strikes respond to Ukrainian drone attacks", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-05-26", "context", "occurred", "Peskov insisted"),
            E("Medvedev answers Trump with a warning of World War III", "THREATEN", ["Russia", "Donald Trump"],
              "2025-05-27TNI", "text", "occurred", "only one REALLY BAD thing"),
            E("Kellogg calls Medvedev's remark reckless and unfit for a world power", "ACCUSE",
              ["Keith Kellogg", "Russia"], "2025-05-28TMO", "text", "occurred", "called the remark"),
            E("Trump: will know in about two weeks whether Putin is stringing him along and respond differently",
              "THREATEN", ["Donald Trump", "Vladimir Putin"], "2025-05-28", "text", "occurred",
              "Trump himself said on Wednesday", note="decision point about two weeks later"),
            E("Lavrov proposes a second round of direct talks in Istanbul", "REQUEST", ["Sergey Lavrov", "Ukraine"],
              "2025-05-28", "text", "occurred", "Foreign Minister Sergei Lavrov proposed"),
            E("Second round of Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
              "text", "planned", "Foreign Minister Sergei Lavrov proposed"),
            E("Russia to hand over a memorandum with its conditions for a ceasefire", "REQUEST", ["Russia", "Ukraine"],
              "2025-06-02", "context", "planned", "Foreign Minister Sergei Lavrov proposed"),
            E("Umerov: Kyiv is not against further meetings", "AGREE", ["Rustem Umerov", "Russia"], "2025-05-28",
              "published", "occurred", "Rustem Umerov said"),
            E("Umerov: Kyiv wants to see the Russian memorandum first", "REQUEST", ["Rustem Umerov", "Russia"],
              "2025-05-28", "published", "occurred", "Rustem Umerov said"),
            E("First round of direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-16",
              "text", "occurred", "The first round in Istanbul on May 16"),
            E("Agreement on an exchange of 1,000 prisoners each at the first round", "AGREE", ["Russia", "Ukraine"],
              "2025-05-16", "context", "occurred", "The first round in Istanbul on May 16"),
            E("1,000-for-1,000 prisoner exchange completed", "CONCEDE", ["Russia", "Ukraine"], "2025-05-25", "text",
              "occurred", "The first round in Istanbul on May 16", note="exchange carried out 23-25 May 2025"),
        ],
        [
            S("Donald Trump", "Without him, really bad things would already have happened to Russia", "2025-05-27",
              "text", "took to Truth Social"),
            S("Donald Trump", "Putin is playing with fire", "2025-05-27", "context", "He’s playing with fire!"),
            S("Donald Trump", "Not happy with Putin after the attack", "2025-05-25", "text",
              "with Putin after Russia pounded"),
            S("Donald Trump", "Putin has gone absolutely crazy and is needlessly killing a lot of people", "2025-05-25",
              "context", "gone absolutely CRAZY"),
            S("Donald Trump", "Zelensky is doing his country no favors by talking the way he does", "2025-05-25",
              "context", "doing his Country no favors"),
            S("Dmitry Peskov", "Responds to Trump with a diplomatic shrug", "2025-05-26", "text",
              "responded on Monday with a diplomatic shrug"),
            S("Dmitry Peskov", "Trump's outbursts reflect everyone's emotional overload; Moscow is grateful for US help "
              "in launching talks", "2025-05-26", "context", "emotional overload"),
            S("Dmitry Peskov", "Putin's strikes respond to Ukrainian drone attacks on Russian cities", "2025-05-26",
              "context", "Peskov insisted"),
            S("Russia", "Medvedev: the only really bad thing is World War III", "2025-05-27TNI", "text",
              "only one REALLY BAD thing"),
            S("Russia", "Medvedev: hopes Trump understands this", "2025-05-27TNI", "context",
              "I hope Trump understands this!"),
            S("Keith Kellogg", "Medvedev's remark is reckless and unfit for a world power", "2025-05-28TMO", "text",
              "called the remark"),
            S("Keith Kellogg", "The president works to stop the war; the fearmongering must end", "2025-05-28TMO",
              "context", "END the fearmongering"),
            S("White House", "Leavitt: all options are on the table, including new sanctions", "2025-05-28",
              "published", "Karoline Leavitt told reporters"),
            S("Donald Trump", "Will know in about two weeks whether Putin is stringing him along; would respond "
              "differently", "2025-05-28", "text", "Trump himself said on Wednesday"),
            S("Sergey Lavrov", "Proposes a second round in Istanbul on June 2 with a Russian memorandum", "2025-05-28",
              "text", "Foreign Minister Sergei Lavrov proposed"),
            S("Rustem Umerov", "Kyiv is not against further meetings but wants to see the Russian document first",
              "2025-05-28", "published", "Rustem Umerov said"),
        ],
        ["Donald Trump", "Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Volodymyr Zelensky", "Dmitry Peskov",
         "United States", "Keith Kellogg", "White House", "Sergey Lavrov", "Rustem Umerov"],
    ),
    doc(
        "b81en02_blinken_iran_missiles_russia_2024_09", "2024-09-11", EN02,
        [
            T("recently", "DATE", "PAST_REF"),
            T("weeks", "DURATION", "PXW"),
            T("Tuesday", "DATE", "2024-09-10", 0),
            T("Monday", "DATE", "2024-09-09"),
            T("months", "DURATION", "PXM"),
            T("Wednesday", "DATE", "2024-09-11"),
            T("August", "DATE", "2024-08"),
            T("Friday", "DATE", "2024-09-13", 0),
            T("Tuesday", "DATE", "2024-09-10", 1),
            T("Last Friday", "DATE", "2024-09-06"),
        ],
        [
            E("Blinken: Iran has delivered short-range ballistic missiles to Russia", "ACCUSE", ["Antony Blinken", "Russia"],
              "2024-09-10", "text", "occurred", "Iran has recently delivered"),
            E("Iran delivers short-range ballistic missiles to Russia", "AID", ["Russia"], "PAST_REF", "vague",
              "occurred", "Iran has recently delivered", note="Iran is not a canonical actor"),
            E("Blinken and Lammy hold a news conference in London", "CONSULT", ["Antony Blinken", "United Kingdom"],
              "2024-09-10", "context", "occurred", "alongside British Foreign Secretary David Lammy"),
            E("US sanctions Iran Air and Russian cargo ships", "SANCTION", ["United States", "Russia"], "2024-09-10",
              "context", "occurred", "sanctions on Iran Air"),
            E("Britain, France and Germany cancel their air services agreements with Iran", "SANCTION",
              ["United Kingdom", "France", "Germany"], "2024-09-10", "context", "occurred",
              "cancel their bilateral air services agreements", note="directed at Iran, not a canonical actor"),
            E("Blinken and Lammy to visit Kyiv and meet Zelenskyy", "CONSULT",
              ["Antony Blinken", "United Kingdom", "Volodymyr Zelensky"], "2024-09-11", "text", "planned",
              "travel to Kyiv by train on Wednesday"),
            E("Zelenskyy presses Washington and London to lift restrictions on long-range weapons", "REQUEST",
              ["Volodymyr Zelensky", "United States", "United Kingdom"], "2024-08", "text", "occurred",
              "has been pressing Washington and London since August", date_mod="START"),
            E("Biden hosts Starmer at the White House", "CONSULT", ["Joe Biden", "Keir Starmer"], "2024-09-13", "text",
              "planned", "Biden hosts British Prime Minister Keir Starmer"),
            E("Peskov rejects the reports as not always true", "REJECT", ["Dmitry Peskov", "United States"],
              "2024-09-10", "text", "occurred", "is not always true"),
            E("Iran denies sending missiles and calls the accusations propaganda", "REJECT", ["United States"],
              "2024-09-11", "published", "occurred", "ugly propaganda", note="Iran is not a canonical actor"),
            E("Austin announces another $250 million in weapons for Kyiv", "AID", ["United States", "Ukraine"],
              "2024-09-06", "text", "occurred", "Last Friday, Defense Secretary Lloyd Austin"),
            E("Ukraine Defense Contact Group meets at Ramstein", "CONSULT", ["United States", "Ukraine"], "2024-09-06",
              "context", "occurred", "Last Friday, Defense Secretary Lloyd Austin"),
        ],
        [
            S("Antony Blinken", "Iran has delivered ballistic missiles to Russia, which is likely to use them within "
              "weeks", "2024-09-10", "text", "Iran has recently delivered"),
            S("Antony Blinken", "Dozens of Russian personnel were trained in Iran on the Fath-360", "2024-09-10",
              "context", "alongside British Foreign Secretary David Lammy"),
            S("Antony Blinken", "A dramatic escalation; Tehran was warned it would face a significant response",
              "2024-09-10", "context", "dramatic escalation"),
            S("United States", "The sanctioned Russian cargo ships carried the weapons", "2024-09-10", "context",
              "sanctions on Iran Air"),
            S("Joint statement: United Kingdom, France, Germany", "Will cancel air services agreements with Iran and "
              "pursue further designations", "2024-09-10", "context", "cancel their bilateral air services agreements"),
            S("United States", "Miller: Tehran was warned for months that deliveries would bring severe costs",
              "2024-09-09", "text", "At Monday's briefing"),
            S("Antony Blinken", "The administration will adjust as necessary; the issue will come up in Kyiv",
              "2024-09-10", "context", "adjust as necessary"),
            S("Kremlin", "Brushes the reports aside", "2024-09-10", "context", "The Kremlin brushed the reports aside"),
            S("Dmitry Peskov", "Such information is not always true; Russia will develop ties with Iran in all areas",
              "2024-09-10", "text", "is not always true"),
            S("United States", "Officials: the missiles' range of about 75 miles lets Russia save longer-range weapons",
              "2024-09-11", "published", "roughly 75 miles"),
        ],
        ["Antony Blinken", "United States", "Russia", "Ukraine", "United Kingdom", "France", "Germany",
         "Volodymyr Zelensky", "Joe Biden", "Keir Starmer", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b81en03_lin_jian_nato_decisive_enabler_2024_07", "2024-07-12", EN03,
        [
            T("yesterday", "DATE", "2024-07-11", 0),
            T("Wednesday", "DATE", "2024-07-10", 0),
            T("Wednesday", "DATE", "2024-07-10", 1),
            T("late Thursday", "TIME", "2024-07-11TNI"),
            T("three-day", "DURATION", "P3D"),
            T("November", "DATE", "2023-11"),
            T("yesterday", "DATE", "2024-07-11", 1),
            T("this week", "DATE", "2024-W28"),
            T("Thursday", "DATE", "2024-07-11", 1),
            T("next year", "DATE", "2025"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("NATO summit in Washington adopts its declaration", "CONSULT", ["NATO", "Jens Stoltenberg", "Joe Biden"],
              "2024-07-10", "text", "occurred", "The declaration adopted at the NATO summit",
              note="summit 9-11 July 2024"),
            E("NATO brands China a decisive enabler of Russia's war", "ACCUSE", ["NATO", "China"], "2024-07-10",
              "text", "occurred", "The declaration adopted at the NATO summit"),
            E("NATO calls on China to cease all material and political support for Russia", "REQUEST",
              ["NATO", "China"], "2024-07-10", "text", "occurred", "The declaration adopted at the NATO summit"),
            E("Lin Jian: the declaration is full of Cold War mentality and hypes China's responsibility", "ACCUSE",
              ["China", "NATO"], "2024-07-11", "context", "occurred", "full of Cold War mentality"),
            E("Lin Jian: China is not a party and has not provided lethal weapons", "REJECT", ["China", "NATO"],
              "2024-07-11", "context", "occurred", "nor a party to it"),
            E("Lin Jian: NATO should stop messing up the Asia-Pacific", "REQUEST", ["China", "NATO"], "2024-07-11",
              "context", "occurred", "mess up the Asia-Pacific"),
            E("China's mission to the EU lodges stern representations with NATO", "ACCUSE", ["China", "NATO"],
              "2024-07-12", "published", "occurred", "stern representations"),
            E("Stoltenberg: China cannot fuel the war without harm to its interests and reputation", "THREATEN",
              ["Jens Stoltenberg", "China"], "2024-07-10", "text", "occurred", "cannot continue to fuel"),
            E("Biden and Xi meet in California", "CONSULT", ["Joe Biden", "Xi Jinping"], "2023-11", "text", "occurred",
              "when they met in California in November"),
            E("Biden warns Xi against arming Russia", "REQUEST", ["Joe Biden", "Xi Jinping"], "2023-11", "context",
              "occurred", "when they met in California in November"),
            E("Peskov: NATO is fully involved in the conflict", "ACCUSE", ["Dmitry Peskov", "NATO"], "2024-07-11",
              "text", "occurred", "fully involved"),
            E("Peskov: Russia will take measures to counter NATO", "THREATEN", ["Dmitry Peskov", "NATO"], "2024-07-11",
              "text", "occurred", "fully involved"),
            E("Chinese and Belarusian troops hold joint drills near the Polish border", "COOPERATE",
              ["China", "Belarus"], "2024-W28", "text", "occurred", "joint \"anti-terrorism\" drills"),
            E("Zelensky meets allied leaders at the NATO-Ukraine Council", "CONSULT", ["Volodymyr Zelensky", "NATO"],
              "2024-07-11", "text", "occurred", "met allied leaders on Thursday"),
            E("Zelensky welcomes the summit's aid pledge", "SUPPORT", ["Volodymyr Zelensky", "NATO"], "2024-07-11",
              "context", "occurred", "met allied leaders on Thursday"),
            E("NATO pledges at least 40 billion euros in military aid for Ukraine next year", "AID", ["NATO", "Ukraine"],
              "2025", "text", "planned", "met allied leaders on Thursday"),
            E("Zelensky: Ukraine needs more air defense now", "REQUEST", ["Volodymyr Zelensky", "NATO"], "2024-07-11",
              "context", "occurred", "not after the elections"),
            E("Taiwan welcomes the declaration's language on China", "SUPPORT", ["NATO"], "2024-07-12", "published",
              "occurred", "In Taipei, the Ministry of Foreign Affairs", note="Taiwan is not a canonical actor"),
        ],
        [
            S("China", "Accuses NATO of belligerent rhetoric and stirring up confrontation in Asia", "2024-07-11",
              "text", "China yesterday accused NATO"),
            S("NATO", "China is a decisive enabler of Russia's war and must cease all support", "2024-07-10", "text",
              "The declaration adopted at the NATO summit"),
            S("China", "Lin Jian: the declaration is full of Cold War mentality and hypes China's responsibility",
              "2024-07-11", "context", "full of Cold War mentality"),
            S("China", "China is neither creator of nor party to the crisis; no lethal weapons, strict dual-use "
              "controls", "2024-07-11", "context", "nor a party to it"),
            S("China", "NATO should stop messing up the Asia-Pacific after messing up Europe", "2024-07-11", "context",
              "mess up the Asia-Pacific"),
            S("China", "Mission to the EU firmly opposes the declaration and lodged stern representations",
              "2024-07-12", "published", "stern representations"),
            S("Jens Stoltenberg", "Beijing cannot keep fuelling the war without impact on its interests and reputation",
              "2024-07-10", "text", "cannot continue to fuel"),
            S("Joe Biden", "Warned Xi against arming Russia", "2024-07-11TNI", "text",
              "when they met in California in November"),
            S("Dmitry Peskov", "NATO is fully involved in the conflict; Russia will take countermeasures",
              "2024-07-11", "text", "fully involved"),
            S("Dmitry Peskov", "Moscow–Beijing ties are not directed against anyone", "2024-07-11", "context",
              "not directed against anyone"),
            S("Poland", "Warsaw is watching the Chinese-Belarusian drills closely", "2024-07-12", "published",
              "watching closely"),
            S("Volodymyr Zelensky", "Welcomes the aid pledge", "2024-07-11", "context", "met allied leaders on Thursday"),
            S("Volodymyr Zelensky", "Ukraine needs more air defense now, not after the elections", "2024-07-11",
              "context", "not after the elections"),
        ],
        ["China", "NATO", "Russia", "Ukraine", "European Union", "Jens Stoltenberg", "Joe Biden", "United States",
         "Xi Jinping", "Kremlin", "Dmitry Peskov", "Belarus", "Poland", "Volodymyr Zelensky"],
    ),
    doc(
        "b81en04_ankara_rejects_drone_claims_2026_03", "2026-03-06", EN04,
        [
            T("weekly", "SET", "P1W"),
            T("Thursday", "DATE", "2026-03-05", 0),
            T("last week", "DATE", "2026-W09"),
            T("late Thursday", "TIME", "2026-03-05TNI"),
            T("Thursday evening", "TIME", "2026-03-05TEV"),
            T("Friday", "DATE", "2026-03-06", 0),
            T("the near future", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2026-03-06", 1),
            T("April", "DATE", "2026-04"),
            T("this year", "DATE", "2026"),
            T("1936", "DATE", "1936"),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("Zakharova: Baykar components were found in the drones that struck Novorossiysk", "ACCUSE",
              ["Maria Zakharova", "Turkey"], "2026-03-05", "text", "occurred", "told her weekly briefing"),
            E("Ukrainian sea-drone attack on the port of Novorossiysk", "ASSAULT", ["Ukraine", "Russia"], "2026-W09",
              "text", "occurred", "told her weekly briefing"),
            E("Zakharova expects explanations from Ankara", "REQUEST", ["Maria Zakharova", "Turkey"], "2026-03-05",
              "context", "occurred", "We expect explanations"),
            E("Zakharova: Moscow will draw conclusions if the supplies continue", "THREATEN",
              ["Maria Zakharova", "Turkey"], "2026-03-05", "context", "occurred", "We expect explanations"),
            E("Turkish foreign ministry rejects the allegations", "REJECT", ["Turkey", "Russia"], "2026-03-05TNI",
              "text", "occurred", "rejected the allegations in a written statement"),
            E("Türkiye urges all sides to refrain from attacks endangering civilian shipping", "REQUEST",
              ["Turkey", "Russia", "Ukraine"], "2026-03-05TNI", "context", "occurred", "It urged all sides"),
            E("Fidan–Lavrov phone call", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"], "2026-03-05TEV", "text",
              "occurred", "by phone on Thursday evening"),
            E("Fidan and Lavrov agree to keep channels open and avoid harming ties", "AGREE",
              ["Hakan Fidan", "Sergey Lavrov"], "2026-03-05TEV", "context", "occurred", "The two ministers agreed"),
            E("Peskov: Russia values its multifaceted partnership with Türkiye", "SUPPORT", ["Dmitry Peskov", "Turkey"],
              "2026-03-06", "context", "occurred", "multifaceted partnership"),
            E("Putin–Erdoğan phone call", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"], "FUTURE_REF", "vague",
              "planned", "would speak by phone in the near future"),
            E("Erdoğan: Türkiye does not take instructions from anyone on its defense industry", "REJECT",
              ["Recep Tayyip Erdoğan", "Russia"], "2026-03-06", "text", "occurred", "does not take instructions"),
            E("Erdoğan offers again to host Russia–Ukraine talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2026-03-06", "context", "occurred",
              "remained ready to host direct talks"),
            E("Ukraine thanks Ankara for its principled position", "SUPPORT", ["Ukraine", "Turkey"], "2026-03-06",
              "published", "occurred", "principled position"),
            E("Ukraine accuses Moscow of trying to drive a wedge between Kyiv and Ankara", "ACCUSE", ["Ukraine", "Russia"],
              "2026-03-06", "published", "occurred", "principled position"),
            E("Sybiha expected at the Antalya Diplomacy Forum", "CONSULT", ["Andrii Sybiha", "Turkey"], "2026-04",
              "text", "planned", "Antalya Diplomacy Forum"),
            E("Fidan hopes to bring Russian and Ukrainian officials together in Antalya", "CONSULT",
              ["Hakan Fidan", "Russia", "Ukraine"], "2026-04", "context", "uncertain", "Antalya Diplomacy Forum"),
            E("Baykar's drone plant near Kyiv due to open", "COOPERATE", ["Turkey", "Ukraine"], "2026", "text",
              "planned", "is building a production plant near Kyiv"),
        ],
        [
            S("Turkey", "Dismisses Russian claims about Turkish drone parts as baseless", "2026-03-06", "published",
              "Türkiye has dismissed"),
            S("Maria Zakharova", "Baykar components were found in the wreckage of the drones that struck Novorossiysk",
              "2026-03-05", "text", "told her weekly briefing"),
            S("Maria Zakharova", "Moscow expects explanations and will draw conclusions if supplies continue",
              "2026-03-05", "context", "We expect explanations"),
            S("Turkey", "Keçeli rejects the allegations", "2026-03-05TNI", "text",
              "rejected the allegations in a written statement"),
            S("Turkey", "Defense cooperation with Ukraine predates the war, is lawful and not directed against third "
              "countries", "2026-03-05TNI", "context", "predates the war"),
            S("Turkey", "All sides should refrain from attacks endangering shipping in the Black Sea", "2026-03-05TNI",
              "context", "It urged all sides"),
            S("Turkey", "Diplomatic sources: Fidan and Lavrov agreed to keep channels open", "2026-03-05TEV", "context",
              "The two ministers agreed"),
            S("Kremlin", "Strikes a more conciliatory tone", "2026-03-06", "text", "The Kremlin struck"),
            S("Dmitry Peskov", "Russia values its partnership with Türkiye; the matter will be clarified through "
              "working channels", "2026-03-06", "context", "multifaceted partnership"),
            S("Dmitry Peskov", "Putin and Erdoğan will speak by phone in the near future", "2026-03-06", "context",
              "would speak by phone in the near future"),
            S("Recep Tayyip Erdoğan", "Türkiye does not take instructions from anyone on its defense industry",
              "2026-03-06", "text", "does not take instructions"),
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host direct Russia–Ukraine talks in Istanbul", "2026-03-06",
              "context", "remained ready to host direct talks"),
            S("Ukraine", "Tykhyi thanks Ankara and accuses Moscow of trying to drive a wedge", "2026-03-06",
              "published", "principled position"),
        ],
        ["Turkey", "Russia", "Ukraine", "Maria Zakharova", "Hakan Fidan", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Recep Tayyip Erdoğan", "Andrii Sybiha"],
    ),
    doc(
        "b81en05_budanov_office_of_the_president_2026_01", "2026-01-03", EN05,
        [
            T("more than a month", "DURATION", "P1M", mod="MORE_THAN"),
            T("Friday", "DATE", "2026-01-02", 0),
            T("now", "DATE", "PRESENT_REF"),
            T("Friday evening", "TIME", "2026-01-02TEV"),
            T("November 28", "DATE", "2025-11-28"),
            T("late November", "DATE", "2025-11", mod="END"),
            T("Saturday", "DATE", "2026-01-03", 0),
            T("Saturday", "DATE", "2026-01-03", 1),
            T("Tuesday", "DATE", "2026-01-06"),
            T("Friday", "DATE", "2026-01-02", 2),
            T("December 28", "DATE", "2025-12-28"),
            T("The next day", "DATE", "2025-12-29"),
            T("August 2020", "DATE", "2020-08"),
        ],
        [
            E("Budanov to join the talks with the US side", "CONSULT", ["Ukraine", "United States"], "2026-01-03",
              "published", "planned", "Presidential spokesman Serhiy Nykyforov", note="no date given"),
            E("Yermak leads Ukraine's delegation in talks with Rubio and Witkoff in Geneva", "CONSULT",
              ["Andriy Yermak", "Ukraine", "Marco Rubio", "Steve Witkoff", "United States"], "2025-11", "text",
              "occurred", "in Geneva in late November", date_mod="END"),
            E("Peskov: Moscow wants to know whether Kyiv is ready for realistic decisions", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-01-03", "text", "occurred", "ready for realistic decisions"),
            E("Zakharova calls Budanov a terrorist and says Kyiv is not preparing for peace", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2026-01-03", "published", "occurred", "is not preparing for peace"),
            E("Kyiv hosts national security advisers of the coalition of the willing", "CONSULT",
              ["Ukraine", "United Kingdom", "France", "Germany", "United States"], "2026-01-03", "text", "occurred",
              "national security advisers"),
            E("Summit of the coalition's leaders in Paris, with Witkoff", "CONSULT",
              ["Emmanuel Macron", "Keir Starmer", "Steve Witkoff"], "2026-01-06", "text", "planned",
              "a summit of the coalition's leaders in Paris"),
            E("Macron and Starmer to finalize security guarantees for Ukraine", "AGREE",
              ["Emmanuel Macron", "Keir Starmer", "Ukraine"], "2026-01-06", "context", "planned",
              "a summit of the coalition's leaders in Paris"),
            E("Zelensky meets Trump at Mar-a-Lago", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2025-12-28",
              "text", "occurred", "at Mar-a-Lago on December 28"),
            E("Moscow accuses Ukraine of a drone attack on Putin's residence", "ACCUSE", ["Russia", "Ukraine"],
              "2025-12-29", "text", "occurred", "The next day, Moscow accused Ukraine"),
            E("Kyiv rejects the claim as lies designed to derail the talks", "REJECT", ["Ukraine", "Russia"],
              "2025-12-29", "context", "occurred", "The next day, Moscow accused Ukraine"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine now needs more focus on security, the Defense Forces and negotiations",
              "2026-01-02", "context", "Ukraine now needs a greater focus"),
            S("Ukraine", "Nykyforov: the decree was signed on Friday evening; Budanov will join the talks with the US",
              "2026-01-03", "published", "Presidential spokesman Serhiy Nykyforov"),
            S("Ukraine", "Umerov remains Ukraine's chief negotiator", "2026-01-03", "published",
              "will remain Ukraine's chief negotiator"),
            S("Kremlin", "The reshuffle will not change Moscow's approach", "2026-01-03", "context",
              "The Kremlin said the reshuffle"),
            S("Dmitry Peskov", "An internal matter of the Kyiv regime; Moscow wants to know if Kyiv is ready for "
              "realistic decisions", "2026-01-03", "text", "ready for realistic decisions"),
            S("Maria Zakharova", "Budanov is a terrorist; the appointment shows Kyiv is not preparing for peace",
              "2026-01-03", "published", "is not preparing for peace"),
            S("Volodymyr Zelensky", "Expects concrete documents ready for signing in Paris", "2026-01-02", "text",
              "Zelensky said on Friday he expected"),
            S("Donald Trump", "The sides are closer than ever to a deal; the territorial question is unresolved",
              "2025-12-28", "context", "at Mar-a-Lago on December 28"),
            S("Russia", "Ukraine attacked Putin's residence in the Novgorod region with drones", "2025-12-29", "text",
              "The next day, Moscow accused Ukraine"),
            S("Ukraine", "The residence claim is lies designed to derail the talks", "2025-12-29", "context",
              "The next day, Moscow accused Ukraine"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United States", "Rustem Umerov", "Andriy Yermak", "Marco Rubio",
         "Steve Witkoff", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Russia", "United Kingdom", "France",
         "Germany", "Emmanuel Macron", "Keir Starmer", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b81en06_putin_ceasefire_terms_burgenstock_2024_06", "2024-06-15", EN06,
        [
            T("Friday", "DATE", "2024-06-14", 0),
            T("the same day", "DATE", "2024-06-14"),
            T("Friday", "DATE", "2024-06-14", 1),
            T("Saturday", "DATE", "2024-06-15"),
            T("this weekend", "DATE", "2024-W24-WE"),
            T("two-day", "DURATION", "P2D"),
            T("Friday", "DATE", "2024-06-14", 2),
            T("Thursday", "DATE", "2024-06-13"),
            T("ten-year", "DURATION", "P10Y"),
        ],
        [
            E("Putin offers an immediate ceasefire and negotiations", "AGREE", ["Vladimir Putin", "Ukraine"],
              "2024-06-14", "context", "occurred", "will order an immediate ceasefire"),
            E("Putin demands Ukraine's withdrawal from four regions and renunciation of NATO membership", "REQUEST",
              ["Vladimir Putin", "Ukraine", "NATO"], "2024-06-14", "text", "occurred", "Speaking at the Russian Foreign Ministry"),
            E("Putin demands that the US and the EU lift their sanctions", "REQUEST",
              ["Vladimir Putin", "United States", "European Union"], "2024-06-14", "context", "occurred",
              "lift their sanctions against Russia"),
            E("Ukraine rejects Putin's proposal", "REJECT", ["Ukraine", "Vladimir Putin"], "2024-06-14", "text",
              "occurred", "Ukraine rejected the proposal the same day"),
            E("Zelensky compares Putin's terms to Hitler's and calls them an ultimatum", "ACCUSE",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2024-06-14", "context", "occurred", "what Hitler did"),
            E("Podolyak: the terms are offensive to common sense", "ACCUSE", ["Ukraine", "Russia"], "2024-06-15",
              "published", "occurred", "offensive to common sense"),
            E("NATO defence ministers meet in Brussels", "CONSULT", ["NATO", "Jens Stoltenberg"], "2024-06-14", "text",
              "occurred", "after a meeting of alliance defence ministers"),
            E("Stoltenberg: not a peace proposal but a proposal for more aggression", "REJECT",
              ["Jens Stoltenberg", "Vladimir Putin"], "2024-06-14", "text", "occurred",
              "after a meeting of alliance defence ministers"),
            E("Austin: Putin is in no position to dictate terms to Ukraine", "REJECT", ["United States", "Vladimir Putin"],
              "2024-06-14", "context", "occurred", "in no position to dictate"),
            E("Meloni dismisses Putin's offer as propaganda", "REJECT", ["Giorgia Meloni", "Vladimir Putin"],
              "2024-06-15", "published", "occurred", "dismissed the offer"),
            E("Peskov: the reactions show Washington and NATO do not want peace", "ACCUSE",
              ["Dmitry Peskov", "United States", "NATO"], "2024-06-15", "text", "occurred", "a genuine peace initiative"),
            E("Peace summit at the Bürgenstock with more than 90 countries", "CONSULT",
              ["Volodymyr Zelensky", "United States"], "2024-W24-WE", "text", "occurred", "Bürgenstock resort",
              note="15-16 June 2024"),
            E("Russia not invited to the peace summit", "CONSULT", ["Russia"], "2024-W24-WE", "context", "cancelled",
              "China has chosen to stay away", note="the host, Switzerland, is not a canonical actor"),
            E("China stays away from the peace summit", "CONSULT", ["China"], "2024-W24-WE", "context", "cancelled",
              "China has chosen to stay away"),
            E("New Zealand to back a communique on Ukraine's territorial integrity", "SUPPORT", ["Ukraine"],
              "2024-06-15", "published", "occurred", "would back a final communique",
              note="New Zealand is not a canonical actor"),
            E("New Zealand announces a further $16 million for Ukraine", "AID", ["Ukraine"], "2024-06-15", "published",
              "occurred", "a further $16 million", note="New Zealand is not a canonical actor"),
            E("G7 summit in Apulia", "CONSULT", ["Joe Biden", "Giorgia Meloni", "Volodymyr Zelensky"], "2024-06-13",
              "context", "occurred", "G7 leaders including US President Joe Biden", note="summit 13-15 June 2024"),
            E("G7 agrees a $50 billion loan for Ukraine backed by profits from immobilised Russian assets", "AID",
              ["Joe Biden", "Giorgia Meloni", "Ukraine", "Russia"], "2024-06-13", "text", "occurred",
              "G7 leaders including US President Joe Biden"),
            E("Biden and Zelensky sign a ten-year bilateral security agreement", "AGREE",
              ["Joe Biden", "Volodymyr Zelensky"], "2024-06-13", "context", "occurred",
              "ten-year bilateral security agreement"),
        ],
        [
            S("Vladimir Putin", "Will order an immediate ceasefire and negotiations if Ukraine withdraws from four "
              "regions and drops its NATO bid", "2024-06-14", "context", "will order an immediate ceasefire"),
            S("Vladimir Putin", "Kyiv must pull its forces out of four regions and notify Moscow it abandons NATO "
              "plans", "2024-06-14", "text", "Speaking at the Russian Foreign Ministry"),
            S("Vladimir Putin", "The US and the EU must lift their sanctions against Russia", "2024-06-14", "context",
              "lift their sanctions against Russia"),
            S("Ukraine", "Rejects Putin's proposal", "2024-06-14", "text", "Ukraine rejected the proposal the same day"),
            S("Volodymyr Zelensky", "Putin's words are the same as what Hitler did; an ultimatum", "2024-06-14",
              "context", "what Hitler did"),
            S("Ukraine", "Podolyak: the terms are offensive to common sense; Moscow has no interest in peace",
              "2024-06-15", "published", "offensive to common sense"),
            S("Jens Stoltenberg", "Not a peace proposal but a proposal for more aggression and occupation", "2024-06-14",
              "text", "after a meeting of alliance defence ministers"),
            S("United States", "Austin: Putin is in no position to dictate to Ukraine", "2024-06-14", "context",
              "in no position to dictate"),
            S("Giorgia Meloni", "Putin's offer is propaganda", "2024-06-15", "published", "dismissed the offer"),
            S("Dmitry Peskov", "The offer is a genuine peace initiative; Washington and NATO do not want peace",
              "2024-06-15", "text", "a genuine peace initiative"),
        ],
        ["Vladimir Putin", "Ukraine", "Russia", "NATO", "United States", "European Union", "Volodymyr Zelensky",
         "Jens Stoltenberg", "Giorgia Meloni", "Kremlin", "Dmitry Peskov", "China", "Joe Biden"],
    ),
]
