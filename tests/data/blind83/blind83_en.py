"""English articles of the blind83 set (fictionalised; written and annotated blind to the extraction code).

Theme: interviews, TV appearances and podcasts reported as news, with flashbacks to earlier meetings and calls.
"""

from build import E, S, T

# ---------------------------------------------------------------- b83en01 (New York Post)
EN01 = """
Trump tells Fox News Ukraine 'may be Russian some day' as he eyes $500B rare-earth deal

President Trump says Ukraine "may be Russian some day" — and he wants $500 billion worth of the country's rare earth minerals in return for the aid Washington has poured into Kyiv's war effort.
"They may make a deal, they may not make a deal. They may be Russian some day, or they may not be Russian some day," Trump told Fox News' Bret Baier in an interview that aired Monday night.
The first part of the sit-down, taped at the White House, ran during Fox's Super Bowl pregame show on Sunday.

"I told them I want the equivalent, like, $500 billion worth of rare earth," the president said.
Treasury Secretary Scott Bessent is due in Kyiv on Wednesday to discuss the minerals proposal with Ukrainian President Volodymyr Zelensky, a senior administration official told The Post.
Vice President JD Vance and Secretary of State Marco Rubio are set to meet Zelensky on the sidelines of the Munich Security Conference on Friday, while special envoy Keith Kellogg plans to visit Ukraine later this month.

Trump told The Post aboard Air Force One on Friday that he had recently spoken with Russian President Vladimir Putin by phone, but he would not say how many times.
"Better not say," he said when asked how often they had talked.
The Kremlin has neither confirmed nor denied such a call.

Kremlin spokesman Dmitry Peskov said Monday that "a significant part of Ukraine wants to be Russian and has already become Russian," and welcomed Trump's remark as being "in line with reality."
Zelensky, in an interview with The Guardian published Tuesday, said he would offer Moscow a swap, trading land Ukraine holds in Russia's Kursk region for Ukrainian territory under Russian occupation.
He also insisted that Europe must have a seat at any negotiating table and that Ukraine would never accept a deal "made behind our backs."

Trump and Zelensky last met face to face at Trump Tower in Manhattan in September, weeks before the election.
Throughout his 2024 campaign, Trump vowed he would end the war "in 24 hours," a timeline he has since quietly stretched to six months.
Kellogg told Fox News last month that he hoped to put a peace plan on the president's desk within 100 days.
"""
# ---------------------------------------------------------------- b83en02 (Detroit Free Press)
EN02 = """
Zelenskyy on Lex Fridman podcast: Meet Trump first, then Putin

Ukrainian President Volodymyr Zelenskyy says he wants to sit down with Donald Trump as soon as the president-elect takes office — and only then with Russian President Vladimir Putin.
"First of all, I will meet with Trump, we will agree on how we can stop the war, and then we can meet with Putin," Zelenskyy said in a three-hour conversation with podcaster Lex Fridman that was released Sunday.

Trump, who will be sworn in on Jan. 20, said last month that Zelenskyy should be "prepared to make a deal" to end the fighting.
His pick for special envoy, retired Lt. Gen. Keith Kellogg, has postponed a trip to Kyiv planned for this week until after the inauguration, two people familiar with the plans said.

In the podcast, Zelenskyy called Putin "a killer" and said a ceasefire without Western security guarantees would only give Moscow time to rearm.
He said Ukraine's strongest guarantee would be NATO membership, and that European support alone would not be enough without the United States.
Zelenskyy recalled meeting Trump at Trump Tower in New York on Sept. 27 and again in Paris on Dec. 7, when French President Emmanuel Macron hosted both men at the Élysée Palace ahead of the reopening of Notre-Dame cathedral.

Kremlin spokesman Dmitry Peskov said Monday that Putin remained open to contacts with Trump, but that Moscow saw "no signs" Kyiv was ready for serious negotiations.
Putin told his annual news conference on Dec. 19 that he was ready to meet Trump "at any time."
Defense Secretary Lloyd Austin is set to host the Ukraine Defense Contact Group at Ramstein Air Base in Germany on Thursday, likely the last such meeting under President Joe Biden.
Overnight, Russia launched more than 100 drones at Ukraine, the Ukrainian air force said.

In metro Detroit, home to one of the country's largest Ukrainian American communities, the podcast drew mixed reactions.
"We pray that President Trump listens to him and not only to Moscow," said the Rev. Petro Hrynyk of a Ukrainian Catholic parish in Hamtramck.
The parish plans a prayer service for peace on Jan. 7, when Ukrainian Catholics who follow the old calendar celebrate Christmas.
"""
# ---------------------------------------------------------------- b83en03 (Newsday)
EN03 = """
LI's Witkoff on Putin: 'I don't regard him as a bad guy'

Steve Witkoff, the Long Island-raised real estate developer turned special envoy, said Russian President Vladimir Putin is not "a bad guy," describing a personal rapport with the Kremlin leader that has alarmed Ukraine's supporters on both sides of the aisle.
"I liked him. I thought he was straight with me," Witkoff told conservative commentator Tucker Carlson in a nearly two-hour interview released Friday.

Witkoff, who grew up in Baldwin Harbor and now lives in Old Westbury, recounted his meeting with Putin in Moscow on March 13, when the two men talked for hours about a 30-day ceasefire proposal that Ukraine had accepted in Jeddah, Saudi Arabia, two days earlier.
He said Putin told him he had prayed for Trump after the assassination attempt in Butler, Pennsylvania, last July, and had commissioned a portrait of the president from a Russian artist, which Witkoff carried back to the White House.
"It was a beautiful moment," Witkoff said.

Trump and Putin spoke for more than two hours on Tuesday, agreeing to a 30-day halt to strikes on energy infrastructure but not to the full ceasefire Washington had sought.
Trump spoke with Ukrainian President Volodymyr Zelensky the following day.
American and Ukrainian officials were meeting in Riyadh on Sunday, and a US team is to sit down with Russian negotiators there on Monday, Witkoff said.

In Kyiv, the envoy's praise for Putin drew a frosty response.
Andriy Yermak, the head of Zelensky's office, said Saturday that Ukraine "will never recognize" occupied territories as Russian, after Witkoff suggested in the interview that four regions had voted in referendums to join Russia.
Kremlin spokesman Dmitry Peskov said the same day that Moscow valued Witkoff's "constructive" approach.

Witkoff first met Putin on Feb. 11, when he flew to Moscow to bring home Marc Fogel, a Pennsylvania teacher who had been jailed in Russia since 2021.
A longtime friend and golf partner of Trump, Witkoff made his fortune in Manhattan real estate and had no diplomatic experience before his appointment in November.
"""
# ---------------------------------------------------------------- b83en04 (Taipei Times)
EN04 = """
Zelenskiy ready for Putin talks, warns of 'third world war'

AFP AND REUTERS, KYIV - Ukrainian President Volodymyr Zelenskiy said he was ready to negotiate directly with Russian President Vladimir Putin, but warned that if those efforts failed, the war could turn into a global conflict.
"I'm ready for negotiations with him. I was ready for the last two years," Zelenskiy told CNN's Fareed Zakaria in an interview broadcast on Sunday.
"If these attempts fail, that would mean that this is a third world war," he said.

He repeated his call for a face-to-face meeting with Putin, saying that without talks "we cannot end this war."
Ukrainian and Russian negotiators have held video talks almost daily since March 14, after three rounds of face-to-face meetings near the Belarusian border, the first of them on Feb. 28.
Israeli Prime Minister Naftali Bennett, who met Putin in Moscow on March 5, is among several leaders trying to mediate.

Kremlin spokesman Dmitry Peskov said yesterday that the talks had not yet produced "significant progress" and that a meeting between Putin and Zelenskiy could only take place once a draft agreement was ready.
Turkish Foreign Minister Mevlut Cavusoglu said on Sunday that the two sides were "close to an agreement" on "critical issues."

Russia on Sunday demanded that Ukrainian forces in the besieged port city of Mariupol lay down their arms by 5am Moscow time yesterday, an ultimatum Kyiv flatly rejected.
"There can be no question of any surrender, laying down of arms," Deputy Prime Minister Iryna Vereshchuk told the Ukrainska Pravda news site yesterday morning.
A Russian strike on a shopping center in Kyiv's Podilskyi district late Sunday killed at least eight people, city officials said.

US President Joe Biden is to fly to Brussels tomorrow for an emergency NATO summit on Thursday, before traveling on to Poland on Friday.
Zelenskiy is expected to address the summit by video link.

In Taipei, the Ministry of Foreign Affairs said yesterday that a second shipment of 27 tonnes of medical supplies for Ukraine had left for Poland.
Donations to a relief account set up by the ministry on March 2 have exceeded NT$700 million (US$24.5 million), it said.
"""
# ---------------------------------------------------------------- b83en05 (Daily Express)
EN05 = """
Starmer warns Putin 'time is running out' as PM vows new sanctions blitz

Sir Keir Starmer has accused Vladimir Putin of "stringing the world along" over a ceasefire in Ukraine and vowed to hit the Kremlin's oil revenues with a fresh wave of sanctions this week.
Speaking on the BBC's Sunday with Laura Kuenssberg programme yesterday, the Prime Minister said Mr Putin had "run out of excuses" after ignoring the latest US-brokered proposal for a truce.
"Time is running out for Putin to show he is serious, and if he won't, we will tighten the screw," he said.

Sir Keir revealed that he had spoken to Donald Trump on Saturday evening and that both leaders agreed Moscow "cannot be allowed to run down the clock".
He said Britain stood ready to put troops on the ground as part of a multinational reassurance force once a ceasefire was in place.
But he ruled out sending British soldiers before the guns fell silent.

The Prime Minister will host leaders of the so-called coalition of the willing in London next month, Downing Street confirmed last night.
The group first met at Lancaster House on March 2, 2025, two days after Volodymyr Zelensky's bruising Oval Office clash with Mr Trump.
At that summit, Britain and France agreed to work with Kyiv on a ceasefire plan to put to Washington.
Sir Keir also recalled signing a 100-year partnership with Mr Zelensky in Kyiv in January 2025, which he said "means exactly what it says".

The Kremlin hit back last night.
Spokesman Dmitry Peskov said British sanctions had "never changed anything" and accused London of trying "to prolong the war to the last Ukrainian".
Foreign ministry spokeswoman Maria Zakharova warned that any British soldiers sent to Ukraine would be "legitimate targets".

Mr Zelensky thanked Sir Keir for his "unwavering support" in a post on X this morning.
Overnight, Russia launched more than 200 drones and a dozen missiles at Ukrainian cities, Kyiv's air force said.
Tory leader Kemi Badenoch backed the new sanctions but said Labour had been "too slow" to act against Russia's shadow fleet of ageing tankers.
"""
# ---------------------------------------------------------------- b83en06 (Mediaite)
EN06 = """
Zelensky Calls JD Vance 'Too Radical' and Says Trump 'Doesn't Really Know How to Stop the War'

Ukrainian President Volodymyr Zelensky took aim at Sen. JD Vance (R-OH) in an interview published Sunday, calling the Republican vice presidential nominee "too radical" over his proposal for ending Russia's war.
"The idea that the world should end this war at Ukraine's expense is unacceptable," Zelensky told The New Yorker's Adam Entous.
He also said Donald Trump "doesn't really know how to stop the war, even if he might think that he knows how."

Vance laid out his vision earlier this month on The Shawn Ryan Show, saying a settlement would "probably look like" a demilitarized zone along the current front line, with Ukraine kept out of NATO and guaranteed neutrality.
In the roughly three-hour episode, the Ohio senator argued that Russia would never accept Ukraine's membership in the alliance.

Zelensky arrived in the United States on Sunday for the U.N. General Assembly and is set to present his "victory plan" to President Joe Biden at the White House on Thursday.
He will also meet Vice President Kamala Harris the same day.
Whether he will sit down with Trump this week remains unclear; the two last met in September 2019 in New York, two months after the phone call that led to Trump's first impeachment.

Trump, who has said he would settle the war within 24 hours of taking office, lashed out at Zelensky at a rally in Smithton, Pennsylvania, on Monday, calling him "the greatest salesman" who "refuses to make a deal."
Vance hit back on Monday as well, telling reporters in Erie that Zelensky was "openly campaigning" for Democrats and should "stay out of American politics."
In Moscow, Kremlin spokesman Dmitry Peskov dismissed the victory plan on Monday as "an illusion" and said Russia would achieve all of its goals.
Foreign Minister Andrii Sybiha said on Sunday that Kyiv hoped to hold a second peace summit before the end of the year, this time with Russia invited.
Peskov said Moscow saw no point in taking part.

Watch Vance's remarks above via Fox News.
"""

def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b83en01_trump_fox_baier_2025_02", "2025-02-11", EN01,
        [
            T("Monday night", "TIME", "2025-02-10TNI"),
            T("Sunday", "DATE", "2025-02-09"),
            T("Wednesday", "DATE", "2025-02-12"),
            T("Friday", "DATE", "2025-02-14", 0),
            T("this month", "DATE", "2025-02"),
            T("Friday", "DATE", "2025-02-07", 1),
            T("recently", "DATE", "PAST_REF"),
            T("Monday", "DATE", "2025-02-10", 1),
            T("Tuesday", "DATE", "2025-02-11"),
            T("September", "DATE", "2024-09"),
            T("2024", "DATE", "2024"),
            T("24 hours", "DURATION", "PT24H"),
            T("six months", "DURATION", "P6M"),
            T("last month", "DATE", "2025-01"),
            T("100 days", "DURATION", "P100D"),
        ],
        [
            E("Trump demands $500 billion worth of Ukraine's rare earths in return for US aid", "REQUEST",
              ["Donald Trump", "Ukraine"], "2025-02-10", "context", "occurred", "President Trump says Ukraine"),
            E("Bessent to discuss the minerals proposal with Zelensky in Kyiv", "CONSULT",
              ["United States", "Volodymyr Zelensky"], "2025-02-12", "text", "planned",
              "Treasury Secretary Scott Bessent is due in Kyiv"),
            E("Vance and Rubio to meet Zelensky at the Munich Security Conference", "CONSULT",
              ["JD Vance", "Marco Rubio", "Volodymyr Zelensky"], "2025-02-14", "text", "planned",
              "Vice President JD Vance and Secretary of State Marco Rubio"),
            E("Kellogg to visit Ukraine", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-02", "text", "planned",
              "Vice President JD Vance and Secretary of State Marco Rubio"),
            E("Trump–Putin phone call (by Trump's account)", "CONSULT", ["Donald Trump", "Vladimir Putin"], "PAST_REF",
              "vague", "uncertain", "Trump told The Post aboard Air Force One"),
            E("Peskov welcomes Trump's remark as in line with reality", "SUPPORT", ["Dmitry Peskov", "Donald Trump"],
              "2025-02-10", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Monday"),
            E("Zelensky proposes a territory swap with Russia (Kursk for occupied land)", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-02-11", "text", "occurred",
              "Zelensky, in an interview with The Guardian"),
            E("Zelensky demands a seat for Europe at the negotiating table", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-02-11", "context", "occurred",
              "He also insisted that Europe must have a seat"),
            E("Zelensky: Ukraine will never accept a deal made behind its back", "REJECT",
              ["Volodymyr Zelensky", "United States", "Russia"], "2025-02-11", "context", "occurred",
              "He also insisted that Europe must have a seat"),
            E("Trump–Zelensky meeting at Trump Tower", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2024-09",
              "text", "occurred", "Trump and Zelensky last met face to face"),
            E("Trump vows to end the war in 24 hours", "AGREE", ["Donald Trump"], "2024", "text", "occurred",
              "Throughout his 2024 campaign"),
        ],
        [
            S("Donald Trump", "Ukraine may be Russian some day; wants $500 billion worth of rare earths", "2025-02-10",
              "context", "President Trump says Ukraine"),
            S("Donald Trump", "They may make a deal or not; they may be Russian some day or not", "2025-02-10TNI",
              "text", "Trump told Fox News' Bret Baier"),
            S("Donald Trump", "Told them he wants the equivalent of $500 billion in rare earths", "2025-02-10",
              "context", "I told them I want the equivalent"),
            S("United States", "Senior official: Bessent will discuss the minerals proposal with Zelensky in Kyiv",
              "2025-02-11", "published", "Treasury Secretary Scott Bessent is due in Kyiv"),
            S("Donald Trump", "Has recently spoken with Putin by phone", "2025-02-07", "text",
              "Trump told The Post aboard Air Force One"),
            S("Donald Trump", "Better not say how often they talked", "2025-02-07", "context", "Better not say"),
            S("Kremlin", "Neither confirms nor denies a Trump–Putin call", "2025-02-11", "published",
              "The Kremlin has neither confirmed nor denied"),
            S("Dmitry Peskov", "A significant part of Ukraine wants to be Russian; Trump's remark is in line with "
              "reality", "2025-02-10", "text", "Kremlin spokesman Dmitry Peskov said Monday"),
            S("Volodymyr Zelensky", "Would offer Moscow a swap of Kursk land for occupied Ukrainian territory",
              "2025-02-11", "text", "Zelensky, in an interview with The Guardian"),
            S("Volodymyr Zelensky", "Europe must be at the table; no deal made behind Ukraine's back", "2025-02-11",
              "context", "He also insisted that Europe must have a seat"),
            S("Donald Trump", "Would end the war in 24 hours", "2024", "text", "Throughout his 2024 campaign"),
            S("Keith Kellogg", "Hopes to put a peace plan on the president's desk within 100 days", "2025-01", "text",
              "Kellogg told Fox News last month"),
        ],
        ["Donald Trump", "Ukraine", "United States", "Volodymyr Zelensky", "JD Vance", "Marco Rubio",
         "Keith Kellogg", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Russia", "European Union"],
    ),
    doc(
        "b83en02_zelenskyy_fridman_podcast_2025_01", "2025-01-06", EN02,
        [
            T("three-hour", "DURATION", "PT3H"),
            T("Sunday", "DATE", "2025-01-05"),
            T("Jan. 20", "DATE", "2025-01-20"),
            T("last month", "DATE", "2024-12"),
            T("this week", "DATE", "2025-W02"),
            T("Sept. 27", "DATE", "2024-09-27"),
            T("Dec. 7", "DATE", "2024-12-07"),
            T("Monday", "DATE", "2025-01-06"),
            T("annual", "SET", "P1Y"),
            T("Dec. 19", "DATE", "2024-12-19"),
            T("Thursday", "DATE", "2025-01-09"),
            T("Overnight", "TIME", "2025-01-05TNI", note="night of 5 to 6 January 2025"),
            T("Jan. 7", "DATE", "2025-01-07"),
            T("Christmas", "DATE", "2025-01-07", note="Christmas by the Julian calendar"),
        ],
        [
            E("Zelensky wants to meet Trump as soon as he takes office", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-01-20", "context", "planned",
              "says he wants to sit down with Donald Trump"),
            E("Trump: Zelensky should be prepared to make a deal", "REQUEST", ["Donald Trump", "Volodymyr Zelensky"],
              "2024-12", "text", "occurred", "said last month that Zelenskyy should be"),
            E("Kellogg's trip to Kyiv this week postponed until after the inauguration", "CONSULT",
              ["Keith Kellogg", "Ukraine"], "2025-W02", "text", "cancelled", "has postponed a trip to Kyiv"),
            E("Zelensky calls Putin a killer", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"], "2025-01-05",
              "context", "occurred", "called Putin \"a killer\""),
            E("Zelensky rejects a ceasefire without Western security guarantees", "REJECT",
              ["Volodymyr Zelensky", "Russia"], "2025-01-05", "context", "occurred", "called Putin \"a killer\""),
            E("Zelensky asks for NATO membership as Ukraine's strongest guarantee", "REQUEST",
              ["Volodymyr Zelensky", "NATO"], "2025-01-05", "context", "occurred",
              "strongest guarantee would be NATO membership"),
            E("Zelensky–Trump meeting at Trump Tower", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2024-09-27", "text", "occurred", "Zelenskyy recalled meeting Trump at Trump Tower"),
            E("Macron hosts Zelensky and Trump at the Élysée", "CONSULT",
              ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"], "2024-12-07", "text", "occurred",
              "Zelenskyy recalled meeting Trump at Trump Tower"),
            E("Putin open to contacts with Trump, via Peskov", "AGREE", ["Vladimir Putin", "Donald Trump"],
              "2025-01-06", "context", "occurred", "Kremlin spokesman Dmitry Peskov said Monday"),
            E("Peskov: no signs Kyiv is ready for serious negotiations", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-01-06", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Monday"),
            E("Putin ready to meet Trump at any time", "AGREE", ["Vladimir Putin", "Donald Trump"], "2024-12-19",
              "text", "occurred", "Putin told his annual news conference"),
            E("Austin to host the Ukraine Defense Contact Group at Ramstein", "CONSULT", ["United States", "Ukraine"],
              "2025-01-09", "text", "planned", "Defense Secretary Lloyd Austin is set to host"),
            E("Russia launches more than 100 drones at Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-01-05TNI",
              "text", "occurred", "Overnight, Russia launched more than 100 drones"),
        ],
        [
            S("Volodymyr Zelensky", "Wants to meet Trump as soon as he takes office, and only then Putin", "2025-01-05",
              "context", "says he wants to sit down with Donald Trump"),
            S("Volodymyr Zelensky", "First meet Trump, agree how to stop the war, then meet Putin", "2025-01-05",
              "text", "First of all, I will meet with Trump"),
            S("Donald Trump", "Zelensky should be prepared to make a deal", "2024-12", "text",
              "said last month that Zelenskyy should be"),
            S("Volodymyr Zelensky", "Putin is a killer; a ceasefire without guarantees would let Moscow rearm",
              "2025-01-05", "context", "called Putin \"a killer\""),
            S("Volodymyr Zelensky", "NATO membership is the strongest guarantee; Europe alone is not enough",
              "2025-01-05", "context", "strongest guarantee would be NATO membership"),
            S("Volodymyr Zelensky", "Recalls meeting Trump at Trump Tower and in Paris", "2025-01-05", "context",
              "Zelenskyy recalled meeting Trump at Trump Tower"),
            S("Vladimir Putin, via Dmitry Peskov", "Putin remains open to contacts with Trump", "2025-01-06", "text",
              "Kremlin spokesman Dmitry Peskov said Monday"),
            S("Dmitry Peskov", "No signs Kyiv is ready for serious negotiations", "2025-01-06", "text",
              "Kremlin spokesman Dmitry Peskov said Monday"),
            S("Vladimir Putin", "Ready to meet Trump at any time", "2024-12-19", "text",
              "Putin told his annual news conference"),
            S("Ukraine", "Air force: Russia launched more than 100 drones overnight", "2025-01-06", "published",
              "Overnight, Russia launched more than 100 drones"),
        ],
        ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Keith Kellogg", "Ukraine", "Russia", "NATO",
         "United States", "Emmanuel Macron", "France", "Kremlin", "Dmitry Peskov", "Joe Biden"],
    ),
    doc(
        "b83en03_witkoff_carlson_interview_2025_03", "2025-03-23", EN03,
        [
            T("nearly two-hour", "DURATION", "PT2H", mod="APPROX"),
            T("Friday", "DATE", "2025-03-21"),
            T("now", "DATE", "PRESENT_REF"),
            T("March 13", "DATE", "2025-03-13"),
            T("hours", "DURATION", "PXH", 0),
            T("30-day", "DURATION", "P30D", 0),
            T("last July", "DATE", "2024-07"),
            T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
            T("Tuesday", "DATE", "2025-03-18"),
            T("30-day", "DURATION", "P30D", 1),
            T("the following day", "DATE", "2025-03-19"),
            T("Sunday", "DATE", "2025-03-23"),
            T("Monday", "DATE", "2025-03-24"),
            T("Saturday", "DATE", "2025-03-22"),
            T("the same day", "DATE", "2025-03-22"),
            T("Feb. 11", "DATE", "2025-02-11"),
            T("2021", "DATE", "2021"),
            T("November", "DATE", "2024-11"),
        ],
        [
            E("Witkoff praises Putin as not a bad guy", "SUPPORT", ["Steve Witkoff", "Vladimir Putin"], "2025-03-21",
              "context", "occurred", "said Russian President Vladimir Putin is not"),
            E("Witkoff–Putin meeting in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-03-13", "text",
              "occurred", "recounted his meeting with Putin in Moscow"),
            E("US–Ukrainian talks in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11", "context",
              "occurred", "recounted his meeting with Putin in Moscow", note="two days before 13 March"),
            E("Ukraine accepts the US proposal of a 30-day ceasefire in Jeddah", "AGREE", ["Ukraine", "United States"],
              "2025-03-11", "context", "occurred", "recounted his meeting with Putin in Moscow",
              note="two days before 13 March"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "Trump and Putin spoke for more than two hours"),
            E("Trump and Putin agree to a 30-day halt to strikes on energy infrastructure", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context", "occurred",
              "Trump and Putin spoke for more than two hours"),
            E("Putin does not agree to the full ceasefire sought by Washington", "REJECT",
              ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred",
              "Trump and Putin spoke for more than two hours"),
            E("Trump–Zelensky phone call", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-03-19", "text",
              "occurred", "Trump spoke with Ukrainian President Volodymyr Zelensky"),
            E("US and Ukrainian officials meet in Riyadh", "CONSULT", ["United States", "Ukraine"], "2025-03-23",
              "text", "occurred", "American and Ukrainian officials were meeting in Riyadh"),
            E("US team to meet Russian negotiators in Riyadh", "CONSULT", ["United States", "Russia"], "2025-03-24",
              "text", "planned", "American and Ukrainian officials were meeting in Riyadh"),
            E("Yermak: Ukraine will never recognize occupied territories as Russian", "REJECT",
              ["Andriy Yermak", "Russia"], "2025-03-22", "text", "occurred", "Andriy Yermak, the head of Zelensky's"),
            E("Peskov welcomes Witkoff's constructive approach", "SUPPORT", ["Dmitry Peskov", "Steve Witkoff"],
              "2025-03-22", "text", "occurred", "Kremlin spokesman Dmitry Peskov said the same day"),
            E("Witkoff's first meeting with Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-02-11",
              "text", "occurred", "Witkoff first met Putin on Feb. 11"),
            E("Russia releases Marc Fogel to the US envoy", "CONCEDE", ["Russia", "United States", "Steve Witkoff"],
              "2025-02-11", "context", "occurred", "Witkoff first met Putin on Feb. 11"),
        ],
        [
            S("Steve Witkoff", "Putin is not a bad guy", "2025-03-21", "context",
              "said Russian President Vladimir Putin is not"),
            S("Steve Witkoff", "I liked him; he was straight with me", "2025-03-21", "text",
              "I liked him. I thought he was straight with me"),
            S("Steve Witkoff", "Recounts his meeting with Putin on a 30-day ceasefire proposal", "2025-03-21",
              "context", "recounted his meeting with Putin in Moscow"),
            S("Vladimir Putin, via Steve Witkoff", "Prayed for Trump after the assassination attempt and commissioned "
              "his portrait", "2025-03-13", "context", "He said Putin told him he had prayed"),
            S("Steve Witkoff", "It was a beautiful moment", "2025-03-21", "context", "It was a beautiful moment"),
            S("Steve Witkoff", "US and Ukrainian officials meet in Riyadh on Sunday, the US and Russia on Monday",
              "2025-03-23", "published", "American and Ukrainian officials were meeting in Riyadh"),
            S("Andriy Yermak", "Ukraine will never recognize occupied territories as Russian", "2025-03-22", "text",
              "Andriy Yermak, the head of Zelensky's"),
            S("Steve Witkoff", "Four regions voted in referendums to join Russia", "2025-03-21", "context",
              "Andriy Yermak, the head of Zelensky's"),
            S("Dmitry Peskov", "Moscow values Witkoff's constructive approach", "2025-03-22", "text",
              "Kremlin spokesman Dmitry Peskov said the same day"),
        ],
        ["Steve Witkoff", "Vladimir Putin", "Kremlin", "Ukraine", "United States", "Donald Trump",
         "Volodymyr Zelensky", "Russia", "Andriy Yermak", "Dmitry Peskov"],
    ),
    doc(
        "b83en04_zelenskiy_cnn_zakaria_2022_03", "2022-03-22", EN04,
        [
            T("the last two years", "DURATION", "P2Y"),
            T("Sunday", "DATE", "2022-03-20", 0),
            T("almost daily", "SET", "P1D", mod="APPROX"),
            T("March 14", "DATE", "2022-03-14"),
            T("Feb. 28", "DATE", "2022-02-28"),
            T("March 5", "DATE", "2022-03-05"),
            T("yesterday", "DATE", "2022-03-21", 0),
            T("Sunday", "DATE", "2022-03-20", 1),
            T("Sunday", "DATE", "2022-03-20", 2),
            T("5am Moscow time", "TIME", "2022-03-21T05:00", note="Moscow time"),
            T("yesterday", "DATE", "2022-03-21", 1),
            T("yesterday morning", "TIME", "2022-03-21TMO"),
            T("late Sunday", "TIME", "2022-03-20TNI"),
            T("tomorrow", "DATE", "2022-03-23"),
            T("Thursday", "DATE", "2022-03-24"),
            T("Friday", "DATE", "2022-03-25"),
            T("yesterday", "DATE", "2022-03-21", 3),
            T("March 2", "DATE", "2022-03-02"),
        ],
        [
            E("Zelensky ready to negotiate directly with Putin", "AGREE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2022-03-20", "context", "occurred", "said he was ready to negotiate directly"),
            E("Zelensky repeats his call for a face-to-face meeting with Putin", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-03-20", "context", "occurred",
              "He repeated his call for a face-to-face meeting"),
            E("Russian and Ukrainian negotiators hold video talks almost daily", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-14", "text", "occurred", "have held video talks almost daily", date_mod="START"),
            E("First face-to-face round near the Belarusian border", "CONSULT", ["Russia", "Ukraine"], "2022-02-28",
              "text", "occurred", "have held video talks almost daily"),
            E("Bennett meets Putin in Moscow", "CONSULT", ["Vladimir Putin"], "2022-03-05", "text", "occurred",
              "Naftali Bennett, who met Putin in Moscow", note="Bennett and Israel are not canonical actors"),
            E("Peskov: a Putin–Zelensky meeting only once a draft agreement is ready", "REQUEST",
              ["Dmitry Peskov", "Volodymyr Zelensky"], "2022-03-21", "context", "occurred",
              "Kremlin spokesman Dmitry Peskov said yesterday"),
            E("Russia's ultimatum to the Mariupol defenders to lay down their arms", "THREATEN", ["Russia", "Ukraine"],
              "2022-03-20", "text", "occurred", "Russia on Sunday demanded",
              note="deadline 5am Moscow time on 21 March 2022"),
            E("Kyiv rejects the Mariupol ultimatum", "REJECT", ["Ukraine", "Russia"], "2022-03-21", "context",
              "occurred", "Russia on Sunday demanded"),
            E("Russian strike on a shopping center in Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2022-03-20TNI", "text",
              "occurred", "A Russian strike on a shopping center"),
            E("Biden to attend the emergency NATO summit in Brussels", "CONSULT", ["Joe Biden", "NATO"], "2022-03-24",
              "text", "planned", "US President Joe Biden is to fly to Brussels"),
            E("Biden to visit Poland", "CONSULT", ["Joe Biden", "Poland"], "2022-03-25", "text", "planned",
              "US President Joe Biden is to fly to Brussels"),
            E("Taiwan sends a second shipment of medical supplies for Ukraine", "AID", ["Ukraine"], "2022-03-21",
              "text", "occurred", "a second shipment of 27 tonnes",
              note="Taiwan is not a canonical actor"),
        ],
        [
            S("Volodymyr Zelensky", "Ready to negotiate with Putin; failure could turn the war into a global conflict",
              "2022-03-20", "context", "said he was ready to negotiate directly"),
            S("Volodymyr Zelensky", "Ready for negotiations with Putin, as he was for the last two years",
              "2022-03-20", "text", "I'm ready for negotiations with him"),
            S("Volodymyr Zelensky", "If these attempts fail, this is a third world war", "2022-03-20", "context",
              "If these attempts fail"),
            S("Volodymyr Zelensky", "Without talks we cannot end this war", "2022-03-20", "context",
              "He repeated his call for a face-to-face meeting"),
            S("Dmitry Peskov", "No significant progress; a Putin–Zelensky meeting only once a draft is ready",
              "2022-03-21", "text", "Kremlin spokesman Dmitry Peskov said yesterday"),
            S("Turkey", "Cavusoglu: the two sides are close to an agreement on critical issues", "2022-03-20", "text",
              "Turkish Foreign Minister Mevlut Cavusoglu"),
            S("Ukraine", "Vereshchuk: no question of surrender or laying down arms", "2022-03-21TMO", "text",
              "There can be no question of any surrender"),
            S("Ukraine", "City officials: at least eight killed in the strike on a Kyiv shopping center", "2022-03-22",
              "published", "A Russian strike on a shopping center"),
        ],
        ["Volodymyr Zelensky", "Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Turkey",
         "Joe Biden", "United States", "NATO", "Poland"],
    ),
    doc(
        "b83en05_starmer_kuenssberg_2026_05", "2026-05-18", EN05,
        [
            T("this week", "DATE", "2026-W21"),
            T("yesterday", "DATE", "2026-05-17"),
            T("Saturday evening", "TIME", "2026-05-16TEV"),
            T("next month", "DATE", "2026-06"),
            T("last night", "TIME", "2026-05-17TNI", 0),
            T("March 2, 2025", "DATE", "2025-03-02"),
            T("100-year", "DURATION", "P100Y"),
            T("January 2025", "DATE", "2025-01"),
            T("last night", "TIME", "2026-05-17TNI", 1),
            T("this morning", "TIME", "2026-05-18TMO"),
            T("Overnight", "TIME", "2026-05-17TNI", note="night of 17 to 18 May 2026"),
        ],
        [
            E("Starmer accuses Putin of stringing the world along over a ceasefire", "ACCUSE",
              ["Keir Starmer", "Vladimir Putin"], "2026-05-17", "context", "occurred",
              "Sir Keir Starmer has accused Vladimir Putin"),
            E("Starmer vows a new wave of sanctions on Russia's oil revenues", "SANCTION", ["Keir Starmer", "Russia"],
              "2026-W21", "text", "planned", "Sir Keir Starmer has accused Vladimir Putin"),
            E("Starmer: if Putin is not serious, Britain will tighten the screw", "THREATEN",
              ["Keir Starmer", "Vladimir Putin"], "2026-05-17", "context", "occurred", "we will tighten the screw"),
            E("Starmer–Trump phone call", "CONSULT", ["Keir Starmer", "Donald Trump"], "2026-05-16TEV", "text",
              "occurred", "he had spoken to Donald Trump on Saturday evening"),
            E("Starmer and Trump agree Moscow cannot be allowed to run down the clock", "AGREE",
              ["Keir Starmer", "Donald Trump"], "2026-05-16TEV", "context", "occurred",
              "he had spoken to Donald Trump on Saturday evening"),
            E("Britain ready to deploy troops in a reassurance force after a ceasefire", "MOBILIZE",
              ["United Kingdom", "Ukraine"], "2026-05-17", "context", "planned",
              "He said Britain stood ready to put troops"),
            E("Starmer rules out sending British soldiers before a ceasefire", "REJECT", ["Keir Starmer", "Ukraine"],
              "2026-05-17", "context", "occurred", "But he ruled out sending British soldiers"),
            E("Starmer to host coalition-of-the-willing leaders in London", "CONSULT", ["Keir Starmer"], "2026-06",
              "text", "planned", "The Prime Minister will host leaders"),
            E("First coalition meeting at Lancaster House", "CONSULT", ["Keir Starmer"], "2025-03-02", "text",
              "occurred", "The group first met at Lancaster House"),
            E("Zelensky and Trump clash in the Oval Office", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-02-28", "context", "occurred", "The group first met at Lancaster House",
              note="two days before 2 March 2025"),
            E("Britain and France agree to work with Kyiv on a ceasefire plan for Washington", "AGREE",
              ["United Kingdom", "France", "Ukraine"], "2025-03-02", "context", "occurred",
              "At that summit, Britain and France agreed"),
            E("Starmer and Zelensky sign a 100-year partnership in Kyiv", "AGREE",
              ["Keir Starmer", "Volodymyr Zelensky"], "2025-01", "text", "occurred",
              "Sir Keir also recalled signing a 100-year partnership"),
            E("Peskov dismisses British sanctions", "REJECT", ["Dmitry Peskov", "United Kingdom"], "2026-05-17TNI",
              "context", "occurred", "Spokesman Dmitry Peskov said British sanctions"),
            E("Peskov accuses London of prolonging the war", "ACCUSE", ["Dmitry Peskov", "United Kingdom"],
              "2026-05-17TNI", "context", "occurred", "Spokesman Dmitry Peskov said British sanctions"),
            E("Zakharova: British soldiers in Ukraine would be legitimate targets", "THREATEN",
              ["Maria Zakharova", "United Kingdom"], "2026-05-17TNI", "context", "occurred",
              "Foreign ministry spokeswoman Maria Zakharova warned"),
            E("Zelensky thanks Starmer for his support", "SUPPORT", ["Volodymyr Zelensky", "Keir Starmer"],
              "2026-05-18TMO", "text", "occurred", "Mr Zelensky thanked Sir Keir"),
            E("Russian drone and missile attack on Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2026-05-17TNI", "text", "occurred", "Overnight, Russia launched more than 200 drones"),
        ],
        [
            S("Keir Starmer", "Putin is stringing the world along; new sanctions this week", "2026-05-17", "context",
              "Sir Keir Starmer has accused Vladimir Putin"),
            S("Keir Starmer", "Putin has run out of excuses", "2026-05-17", "text",
              "Speaking on the BBC's Sunday with Laura Kuenssberg"),
            S("Keir Starmer", "Time is running out for Putin to show he is serious, or Britain will tighten the screw", "2026-05-17",
              "context", "we will tighten the screw"),
            S("Keir Starmer", "He and Trump agreed Moscow cannot be allowed to run down the clock", "2026-05-17",
              "context", "he had spoken to Donald Trump on Saturday evening"),
            S("Keir Starmer", "Britain ready to put troops on the ground after a ceasefire", "2026-05-17", "context",
              "He said Britain stood ready to put troops"),
            S("Keir Starmer", "No British soldiers before the guns fall silent", "2026-05-17", "context",
              "But he ruled out sending British soldiers"),
            S("United Kingdom", "Downing Street confirms the coalition summit in London next month", "2026-05-17TNI",
              "text", "The Prime Minister will host leaders"),
            S("Keir Starmer", "The 100-year partnership means exactly what it says", "2026-05-17", "context",
              "Sir Keir also recalled signing a 100-year partnership"),
            S("Kremlin", "The Kremlin hits back at Starmer", "2026-05-17TNI", "text", "The Kremlin hit back last night"),
            S("Dmitry Peskov", "British sanctions never changed anything; London wants to prolong the war",
              "2026-05-17TNI", "context", "Spokesman Dmitry Peskov said British sanctions"),
            S("Maria Zakharova", "British soldiers sent to Ukraine would be legitimate targets", "2026-05-17TNI",
              "context", "Foreign ministry spokeswoman Maria Zakharova warned"),
            S("Volodymyr Zelensky", "Thanks Starmer for his unwavering support", "2026-05-18TMO", "text",
              "Mr Zelensky thanked Sir Keir"),
            S("Ukraine", "Air force: more than 200 drones and a dozen missiles overnight", "2026-05-18", "published",
              "Overnight, Russia launched more than 200 drones"),
        ],
        ["Keir Starmer", "Vladimir Putin", "Kremlin", "Ukraine", "United States", "Donald Trump", "Russia",
         "United Kingdom", "Volodymyr Zelensky", "France", "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b83en06_zelensky_new_yorker_vance_2024_09", "2024-09-23", EN06,
        [
            T("Sunday", "DATE", "2024-09-22", 0),
            T("this month", "DATE", "2024-09"),
            T("roughly three-hour", "DURATION", "PT3H", mod="APPROX"),
            T("Sunday", "DATE", "2024-09-22", 1),
            T("Thursday", "DATE", "2024-09-26"),
            T("the same day", "DATE", "2024-09-26"),
            T("this week", "DATE", "2024-W39"),
            T("September 2019", "DATE", "2019-09"),
            T("24 hours", "DURATION", "PT24H"),
            T("Monday", "DATE", "2024-09-23", 0),
            T("Monday", "DATE", "2024-09-23", 1),
            T("Monday", "DATE", "2024-09-23", 2),
            T("Sunday", "DATE", "2024-09-22", 2),
            T("the end of the year", "DATE", "2024", mod="END"),
        ],
        [
            E("Zelensky calls Vance too radical", "ACCUSE", ["Volodymyr Zelensky", "JD Vance"], "2024-09-22", "text",
              "occurred", "took aim at Sen. JD Vance"),
            E("Zelensky rejects ending the war at Ukraine's expense", "REJECT", ["Volodymyr Zelensky", "JD Vance"],
              "2024-09-22", "context", "occurred", "The idea that the world should end this war"),
            E("Zelensky: Trump doesn't really know how to stop the war", "ACCUSE",
              ["Volodymyr Zelensky", "Donald Trump"], "2024-09-22", "context", "occurred",
              "He also said Donald Trump"),
            E("Vance proposes a demilitarized zone, with Ukraine neutral and outside NATO", "REQUEST",
              ["JD Vance", "Ukraine", "Russia"], "2024-09", "text", "occurred", "Vance laid out his vision"),
            E("Zelensky to meet Biden at the White House", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-09-26", "text", "planned", "Zelensky arrived in the United States on Sunday"),
            E("Zelensky to present his victory plan to Biden", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2024-09-26", "text", "planned", "Zelensky arrived in the United States on Sunday"),
            E("Zelensky to meet Vice President Harris", "CONSULT", ["Volodymyr Zelensky", "United States"],
              "2024-09-26", "text", "planned", "He will also meet Vice President Kamala Harris"),
            E("Possible Zelensky–Trump meeting this week", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2024-W39", "text", "uncertain", "Whether he will sit down with Trump this week"),
            E("Trump–Zelensky meeting in New York", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2019-09",
              "text", "occurred", "Whether he will sit down with Trump this week"),
            E("Trump–Zelensky phone call that led to the first impeachment", "CONSULT",
              ["Donald Trump", "Volodymyr Zelensky"], "2019-07", "context", "occurred",
              "Whether he will sit down with Trump this week", note="two months before September 2019"),
            E("Trump lashes out at Zelensky as a salesman who refuses to make a deal", "ACCUSE",
              ["Donald Trump", "Volodymyr Zelensky"], "2024-09-23", "text", "occurred",
              "lashed out at Zelensky at a rally"),
            E("Vance accuses Zelensky of campaigning for Democrats", "ACCUSE", ["JD Vance", "Volodymyr Zelensky"],
              "2024-09-23", "text", "occurred", "Vance hit back on Monday"),
            E("Vance tells Zelensky to stay out of American politics", "REQUEST", ["JD Vance", "Volodymyr Zelensky"],
              "2024-09-23", "context", "occurred", "Vance hit back on Monday"),
            E("Peskov dismisses the victory plan as an illusion", "REJECT", ["Dmitry Peskov", "Volodymyr Zelensky"],
              "2024-09-23", "text", "occurred", "Kremlin spokesman Dmitry Peskov dismissed"),
            E("Kyiv hopes to hold a second peace summit, with Russia invited", "CONSULT",
              ["Andrii Sybiha", "Ukraine", "Russia"], "2024", "text", "planned", "Foreign Minister Andrii Sybiha said",
              date_mod="END"),
            E("Peskov: Moscow sees no point in taking part in a second summit", "REJECT", ["Dmitry Peskov", "Ukraine"],
              "2024-09-23", "context", "occurred", "Peskov said Moscow saw no point"),
        ],
        [
            S("Volodymyr Zelensky", "Vance is too radical", "2024-09-22", "text", "took aim at Sen. JD Vance"),
            S("Volodymyr Zelensky", "Ending the war at Ukraine's expense is unacceptable", "2024-09-22", "context",
              "The idea that the world should end this war"),
            S("Volodymyr Zelensky", "Trump doesn't really know how to stop the war", "2024-09-22", "context",
              "He also said Donald Trump"),
            S("JD Vance", "A settlement would probably look like a demilitarized zone, Ukraine neutral and outside NATO",
              "2024-09", "text", "Vance laid out his vision"),
            S("JD Vance", "Russia would never accept Ukraine's NATO membership", "2024-09", "context",
              "In the roughly three-hour episode"),
            S("Donald Trump", "Zelensky is the greatest salesman and refuses to make a deal", "2024-09-23", "text",
              "lashed out at Zelensky at a rally"),
            S("JD Vance", "Zelensky is openly campaigning for Democrats and should stay out of American politics",
              "2024-09-23", "text", "Vance hit back on Monday"),
            S("Dmitry Peskov", "The victory plan is an illusion; Russia will achieve all its goals", "2024-09-23",
              "text", "Kremlin spokesman Dmitry Peskov dismissed"),
            S("Andrii Sybiha", "Kyiv hopes to hold a second peace summit before the end of the year, with Russia invited",
              "2024-09-22", "text", "Foreign Minister Andrii Sybiha said"),
            S("Dmitry Peskov", "Moscow sees no point in taking part", "2024-09-23", "context",
              "Peskov said Moscow saw no point"),
        ],
        ["Volodymyr Zelensky", "JD Vance", "Russia", "Ukraine", "Donald Trump", "NATO", "United States",
         "United Nations", "Joe Biden", "Kremlin", "Dmitry Peskov", "Andrii Sybiha"],
    ),
]
