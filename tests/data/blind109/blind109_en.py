"""English articles of the blind109 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b109en01 (Deccan Herald)
EN01 = """
Modi dials Putin, calls for "immediate cessation of violence"

New Delhi, DHNS: Prime Minister Narendra Modi spoke to Russian President Vladimir Putin on Thursday night and appealed for an immediate cessation of violence in Ukraine, as Russian troops pressed ahead with their assault on the neighbouring country.
Modi reiterated that the differences between Russia and the NATO group could only be resolved through honest and sincere dialogue, and called for concerted efforts from all sides to return to the path of negotiations, the Prime Minister's Office said.
He also raised the safety of Indian citizens in Ukraine, particularly students, and said their safe return was India's highest priority.
According to the Kremlin, Putin gave Modi a "principled assessment" of what it called the aggressive actions of Kyiv and of the goals of the "special military operation".
The two leaders agreed that their officials and diplomatic teams would remain in regular contact.

In Washington, US President Joe Biden was asked on Thursday whether India was fully in step with the US on Russia.
"We are going to be consulting with India today. We haven't resolved that completely," Biden told reporters at the White House.
He announced a new round of sanctions on Russian banks and sweeping export controls the same day.
External Affairs Minister S Jaishankar spoke to Russian Foreign Minister Sergey Lavrov and Ukrainian Foreign Minister Dmytro Kuleba on Thursday.

Ukraine's ambassador to India, Igor Polikha, said he was "deeply dissatisfied" with New Delhi's position.
He urged Modi to use his "special relationship" with Putin to stop the war.
India is a non-permanent member of the UN Security Council, which is expected to vote on Friday on a US-drafted resolution deploring Russia's aggression.
New Delhi has not said how it will vote; it abstained in a procedural vote on January 31.

Brent crude jumped above $105 a barrel on Thursday for the first time since 2014, raising concerns about India's import bill.
India imports more than 80 per cent of its oil, although so far only a small share has come from Russia.
Russian charge d'affaires Roman Babushkin said on Friday that Moscow expected India to understand its position and that trade, including energy, would continue regardless of Western sanctions.

The Ministry of External Affairs said the first evacuation flights for stranded students would leave from Romania and Hungary on Saturday, as Ukrainian airspace remains closed.
About 16,000 Indians, most of them medical students, are believed to be in Ukraine.
"""

# ---------------------------------------------------------------- b109en02 (BusinessLine)
EN02 = """
IOC snaps up 3 million barrels of discounted Russian Urals

Mumbai/New Delhi, March 16: Indian Oil Corporation has bought three million barrels of Russian Urals crude at a steep discount, the first big purchase by a state-run refiner since the war in Ukraine began, two people familiar with the deal said on Wednesday.
The cargo, bought through the trader Vitol at about $20-25 a barrel below dated Brent, is due to load in May.
Hindustan Petroleum and Mangalore Refinery are weighing similar offers, the people said.
Petroleum Minister Hardeep Singh Puri told Parliament that India would look at all offers at favourable prices, noting that Russian oil made up barely 1 per cent of the country's imports last year.

In Washington, White House Press Secretary Jen Psaki said on Tuesday that buying discounted Russian oil would not violate US sanctions.
"But also think about where you want to stand when history books are written about this moment in time," she said.
State Department spokesman Ned Price said the US had made clear to New Delhi that it expected all countries to abide by the sanctions.
Deputy National Security Adviser Daleep Singh, one of the architects of the sanctions, is expected in New Delhi later this month.

Officials in the Finance Ministry and the Reserve Bank of India are working on a rupee-rouble payment mechanism to settle trade without the dollar.
Russian Deputy Prime Minister Alexander Novak met Indian Ambassador Pavan Kapoor in Moscow on Monday.
Novak said Russia was keen to raise oil and gas exports to India and invited Indian companies to invest in Russian oilfields.

Ukraine's Foreign Ministry urged India on Wednesday to refrain from buying Russian oil, saying every dollar paid to Moscow financed the war.
Russian and Ukrainian negotiators continued their talks by video link the same day.
Ukrainian President Volodymyr Zelensky said the positions in the negotiations sounded "more realistic".

Brent settled near $98 on Wednesday, down from a peak of almost $128 last week.
IOC shares rose 1.2 per cent in Mumbai.
Refinery executives said the discount outweighed higher freight and insurance costs for the long voyage from the Baltic port of Primorsk, which takes about 35 days.
"""

# ---------------------------------------------------------------- b109en03 (Firstpost)
EN03 = """
Putin hosts Jaishankar, says he would be "glad" to see PM Modi in Russia next year

Moscow: Russian President Vladimir Putin received External Affairs Minister S Jaishankar at the Kremlin on Wednesday and invited Prime Minister Narendra Modi to visit Russia in 2024.
"We will be glad to see our friend Prime Minister Modi in Russia," Putin said at the start of the meeting, according to a Kremlin transcript.
Putin said he had informed Modi about the situation in Ukraine many times and knew that the Indian leader wanted the conflict to be settled by peaceful means.
"Despite the turbulence in the world, our trade is growing," he added.
Jaishankar handed over a personal message from Modi, the Ministry of External Affairs said.

Earlier on Wednesday, Jaishankar held talks with Foreign Minister Sergey Lavrov.
Lavrov told reporters that the two sides had discussed Ukraine and that Moscow had explained the "root causes" of the conflict to its Indian partners.
He said Russia and India had made progress towards joint production of modern weapons.
Jaishankar said energy trade, which has made Russia India's largest supplier of crude since the last quarter of 2022, had been "a stabilising factor" for global markets.

On Tuesday, Jaishankar and Deputy Prime Minister Denis Manturov signed agreements on future power units of the Kudankulam nuclear plant in Tamil Nadu.
Manturov said bilateral trade could exceed $50 billion this year, most of it Indian purchases of Russian oil.
Indian refiners have paid for some cargoes in UAE dirhams and Chinese yuan after Russian sellers balked at piling up rupees, a problem Lavrov raised publicly in May.

The visit comes after the annual India-Russia summit was skipped for two years in a row; the last one was held in New Delhi in December 2021.
Kremlin spokesman Dmitry Peskov said the dates of Modi's visit would be agreed through diplomatic channels.

Ukraine's Foreign Ministry spokesman Oleg Nikolenko said on Thursday that Kyiv expected India to use its contacts with Moscow to press for a full withdrawal of Russian troops.
In Washington, a State Department spokesperson said the US had been clear with India about its concerns over Russian energy purchases and would continue to engage New Delhi on the issue.
Jaishankar travels to St Petersburg on Thursday before returning to New Delhi.
"""

# ---------------------------------------------------------------- b109en04 (Scroll)
EN04 = """
"All possible cooperation": Modi tells Putin in Kazan that India backs an early peace

Prime Minister Narendra Modi on Tuesday told Russian President Vladimir Putin that India was ready to "provide all possible cooperation" to help end the war in Ukraine.
The two leaders met on the sidelines of the BRICS summit in the Russian city of Kazan, their second meeting in just over three months after Modi's visit to Moscow in July.
"We believe that problems should be resolved only peacefully," Modi said in his opening remarks.
Putin thanked Modi for his attention to the conflict and joked that their relations were so close that Modi "would understand me without translation".
The Kremlin said Modi had invited Putin to India for the next annual summit, but no date has been set.

Energy has been at the heart of the relationship since 2022.
In September, Russian oil made up nearly 40 per cent of India's crude imports, according to ship-tracking data from Kpler.
At a business forum last week, Putin proposed that BRICS countries build their own payment system to settle trade in national currencies.
New Delhi has been cool on the idea, and officials in the delegation said India had no intention of replacing the dollar.

Modi is set to hold his first formal bilateral meeting in five years with Chinese President Xi Jinping on Wednesday.
The two countries announced on Monday an agreement on patrolling arrangements along their disputed border.

Kyiv, meanwhile, has criticised the presence of UN Secretary-General Antonio Guterres, who is due in Kazan on Thursday.
Ukraine's foreign ministry said on Tuesday that the visit was "a wrong choice" that damaged the UN's reputation.
Ukrainian President Volodymyr Zelensky, who hosted Modi in Kyiv in August, has urged India to use its influence with Moscow and suggested that it could host a second peace summit.

In Washington, State Department spokesperson Matthew Miller said on Monday that the US expected India, as a partner, to encourage Russia to end its war and respect the UN Charter.
India has abstained on every UN resolution condemning Russia's invasion and has not joined Western sanctions.
"""

# ---------------------------------------------------------------- b109en05 (News18)
EN05 = """
"India is not neutral, it is on the side of peace": PM Modi at White House as Trump pushes oil and gas sales

Washington: Prime Minister Narendra Modi on Thursday told US President Donald Trump that India was "not neutral" in the Russia-Ukraine war but "on the side of peace", as the two leaders agreed to expand trade and energy ties at their first meeting since Trump returned to office.
The talks in the Oval Office began shortly after 4 pm local time (2:30 am IST on Friday) and were followed by a joint press conference.
Modi welcomed Trump's efforts to end the war.
Trump had spoken by phone on Wednesday with Russian President Vladimir Putin and then with Ukrainian President Volodymyr Zelensky, and said negotiations would start "immediately".
He said he would probably meet Putin for the first time in Saudi Arabia.

India will buy more American oil and gas, Trump told reporters, adding that the US wanted to become India's top energy supplier.
The joint statement set a goal of raising US energy sales to India to $25 billion and of more than doubling bilateral trade to $500 billion by 2030.
Negotiators will aim to conclude the first tranche of a trade agreement by the fall of 2025.
Hours before Modi arrived, Trump signed a memorandum ordering reciprocal tariffs on trading partners, and he called India's import duties "very high".

India's imports of Russian crude dipped in January after the US sanctions of January 10 on Gazprom Neft, Surgutneftegas and more than 180 tankers, but Russia remained its largest supplier.
Trump did not directly criticise New Delhi's purchases, saying only that India "will be buying a lot more from us".

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that Russia had "no objections" to India buying American energy.
Peskov added that preparations for a meeting between Putin and Trump had not yet begun.
Zelensky, who heads to the Munich Security Conference on Friday, said Ukraine would never accept any agreement negotiated behind its back.
"""

# ---------------------------------------------------------------- b109en06 (OilPrice.com)
EN06 = """
Trump Hits India With 25% Tariff and a "Penalty" Over Russian Oil

By Charles Kennedy - Jul 31, 2025, 9:30 AM CDT.

U.S. President Donald Trump said on Wednesday that India will face a 25% tariff from August 1, plus an unspecified "penalty" for buying Russian military equipment and energy.
"India is our friend, but their tariffs are far too high," Trump wrote on Truth Social.
He also accused New Delhi of being, together with China, Russia's largest energy buyer at a time when "everyone wants Russia to STOP THE KILLING IN UKRAINE".
On Thursday, Trump went further: "I don't care what India does with Russia. They can take their dead economies down together, for all I care," he posted.
In the same post, he told former Russian President Dmitry Medvedev to "watch his words", after Medvedev warned on Monday that every new ultimatum was "a step towards war".

Trump on Tuesday set Moscow a deadline of August 8 to agree to a ceasefire, shortening the 50-day ultimatum he issued on July 14, when he first threatened secondary tariffs of about 100% on buyers of Russian oil.
India's Commerce Ministry said it was studying the implications of the announcement and would take all steps necessary to secure the national interest.
Indian and U.S. negotiators have held five rounds of talks on a trade deal since March, and a U.S. team is due in New Delhi in late August.

The oil market is watching the refiners.
Indian Oil, Bharat Petroleum, Hindustan Petroleum and Mangalore Refinery have not sought Russian cargoes for September delivery this week, trading sources said, as discounts to Brent narrowed to about $1 a barrel, the smallest since 2022.
Russia supplied about 35% of India's crude imports in the first half of 2025.
Brent crude settled at $73.24 on Wednesday, its highest close since mid-June.

Kremlin spokesman Dmitry Peskov said on Thursday that sovereign states had the right to choose their own trading partners.
Attempts to force countries to stop trading with Russia were "illegitimate", he said.
Ukrainian President Volodymyr Zelensky thanked Trump on Wednesday evening for "strong steps" against those who finance Russia's war.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b109en01_modi_putin_call_2022_02", "2022-02-25", EN01,
        [
            T("Thursday night", "TIME", "2022-02-24TNI"),
            T("Thursday", "DATE", "2022-02-24", 1),
            T("today", "DATE", "2022-02-24", note="in Biden's quote, speech time Thursday 24 February"),
            T("the same day", "DATE", "2022-02-24"),
            T("Thursday", "DATE", "2022-02-24", 2),
            T("Friday", "DATE", "2022-02-25", 0),
            T("January 31", "DATE", "2022-01-31"),
            T("Thursday", "DATE", "2022-02-24", 3),
            T("2014", "DATE", "2014"),
            T("Friday", "DATE", "2022-02-25", 1),
            T("Saturday", "DATE", "2022-02-26"),
        ],
        [
            E("Modi and Putin speak by phone", "CONSULT", ["Vladimir Putin"], "2022-02-24TNI", "text", "occurred",
              "Prime Minister Narendra Modi spoke to Russian President"),
            E("Modi appeals to Putin for an immediate cessation of violence in Ukraine", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2022-02-24TNI", "text", "occurred",
              "Prime Minister Narendra Modi spoke to Russian President"),
            E("Russian troops press ahead with their assault on Ukraine", "ASSAULT", ["Russia", "Ukraine"],
              "2022-02-24", "context", "occurred", "Prime Minister Narendra Modi spoke to Russian President",
              note="the invasion began on 24 February 2022"),
            E("Modi calls on all sides to return to negotiations", "REQUEST", ["Russia", "NATO"], "2022-02-24TNI",
              "context", "occurred", "Modi reiterated that the differences"),
            E("Putin blames the aggressive actions of Kyiv", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2022-02-24TNI",
              "context", "occurred", "According to the Kremlin, Putin gave Modi"),
            E("Modi and Putin agree their teams will stay in regular contact", "AGREE", ["Vladimir Putin"],
              "2022-02-24TNI", "context", "occurred", "The two leaders agreed"),
            E("The US to consult India on Russia", "CONSULT", ["Joe Biden", "United States"], "2022-02-24", "text",
              "planned", "We are going to be consulting with India today"),
            E("Biden announces new sanctions on Russian banks and export controls", "SANCTION",
              ["Joe Biden", "Russia"], "2022-02-24", "text", "occurred", "He announced a new round of sanctions"),
            E("Jaishankar speaks to Lavrov", "CONSULT", ["Sergey Lavrov"], "2022-02-24", "text", "occurred",
              "External Affairs Minister S Jaishankar spoke"),
            E("Jaishankar speaks to Kuleba", "CONSULT", ["Ukraine"], "2022-02-24", "text", "occurred",
              "External Affairs Minister S Jaishankar spoke"),
            E("Ukraine's ambassador criticises New Delhi's position", "ACCUSE", ["Ukraine"], "2022-02-25",
              "published", "occurred", "deeply dissatisfied"),
            E("Ukraine's ambassador urges Modi to use his relationship with Putin to stop the war", "REQUEST",
              ["Ukraine", "Vladimir Putin"], "2022-02-25", "published", "occurred",
              "He urged Modi to use his"),
            E("UN Security Council to vote on a resolution deploring Russia's aggression", "CONSULT",
              ["United Nations", "United States", "Russia"], "2022-02-25", "text", "planned",
              "which is expected to vote on Friday"),
            E("US-drafted resolution deploring Russia's aggression", "REQUEST", ["United States", "Russia"],
              "2022-02-25", "context", "occurred", "which is expected to vote on Friday"),
            E("Russia says trade with India, including energy, will continue regardless of sanctions", "COOPERATE",
              ["Russia"], "2022-02-25", "text", "planned", "Russian charge d'affaires Roman Babushkin"),
        ],
        [
            S("Vladimir Putin, via Kremlin", "Gave Modi a principled assessment of Kyiv's aggressive actions and the "
              "goals of the special military operation", "2022-02-24TNI", "context",
              "According to the Kremlin, Putin gave Modi"),
            S("Joe Biden", "We are going to be consulting with India today; we haven't resolved that completely",
              "2022-02-24", "context", "We are going to be consulting with India today"),
            S("Ukraine", "Polikha is deeply dissatisfied with New Delhi's position", "2022-02-25", "published",
              "deeply dissatisfied"),
            S("Ukraine", "Polikha urges Modi to use his special relationship with Putin to stop the war",
              "2022-02-25", "published", "He urged Modi to use his"),
            S("Russia", "Babushkin: Moscow expects India to understand its position; trade including energy will "
              "continue", "2022-02-25", "text", "Russian charge d'affaires Roman Babushkin"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "NATO", "Kremlin", "Joe Biden", "United States", "Sergey Lavrov",
         "United Nations"],
    ),
    doc(
        "b109en02_ioc_urals_discount_2022_03", "2022-03-17", EN02,
        [
            T("March 16", "DATE", "2022-03-16", note="dateline"),
            T("Wednesday", "DATE", "2022-03-16", 0),
            T("May", "DATE", "2022-05"),
            T("last year", "DATE", "2021"),
            T("Tuesday", "DATE", "2022-03-15"),
            T("this moment", "DATE", "PRESENT_REF"),
            T("this month", "DATE", "2022-03"),
            T("Monday", "DATE", "2022-03-14"),
            T("Wednesday", "DATE", "2022-03-16", 1),
            T("the same day", "DATE", "2022-03-16"),
            T("Wednesday", "DATE", "2022-03-16", 2),
            T("last week", "DATE", "2022-W10"),
            T("about 35 days", "DURATION", "P35D", mod="APPROX"),
        ],
        [
            E("IOC buys three million barrels of discounted Russian Urals crude", "COOPERATE", ["Russia"],
              "2022-03-16", "context", "occurred", "Indian Oil Corporation has bought three million barrels",
              note="reported on Wednesday 16 March; the day of purchase is not given"),
            E("Psaki: buying discounted Russian oil would not violate US sanctions, but think where you want to stand",
              "REQUEST", ["White House", "Russia"], "2022-03-15", "context", "occurred",
              "But also think about where you want to stand"),
            E("The US tells New Delhi it expects all countries to abide by the sanctions", "REQUEST",
              ["United States"], "2022-03-16", "context", "occurred", "State Department spokesman Ned Price said"),
            E("Daleep Singh expected in New Delhi", "CONSULT", ["United States"], "2022-03", "text", "planned",
              "is expected in New Delhi later this month"),
            E("India works on a rupee-rouble payment mechanism for trade with Russia", "COOPERATE", ["Russia"],
              "2022-03-16", "context", "planned", "rupee-rouble payment mechanism"),
            E("Novak meets India's ambassador in Moscow", "CONSULT", ["Russia"], "2022-03-14", "text", "occurred",
              "Novak met Indian Ambassador Pavan Kapoor"),
            E("Novak offers more oil and gas exports and invites Indian investment in Russian oilfields", "REQUEST",
              ["Russia"], "2022-03-14", "context", "occurred", "Novak said Russia was keen"),
            E("Ukraine urges India to refrain from buying Russian oil", "REQUEST", ["Ukraine", "Russia"],
              "2022-03-16", "text", "occurred", "Ukraine's Foreign Ministry urged India on Wednesday"),
            E("Ukraine says every dollar paid to Moscow finances the war", "ACCUSE", ["Ukraine", "Russia"],
              "2022-03-16", "text", "occurred", "Ukraine's Foreign Ministry urged India on Wednesday"),
            E("Russian and Ukrainian negotiators continue talks by video link", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-16", "text", "occurred", "continued their talks by video link"),
        ],
        [
            S("White House", "Buying discounted Russian oil would not violate US sanctions", "2022-03-15", "text",
              "White House Press Secretary Jen Psaki said on Tuesday"),
            S("White House", "Think about where you want to stand when history books are written", "2022-03-15",
              "context", "But also think about where you want to stand"),
            S("United States", "The US made clear to New Delhi it expects all countries to abide by the sanctions",
              "2022-03-16", "context", "State Department spokesman Ned Price said"),
            S("Russia", "Novak: Russia is keen to raise oil and gas exports to India and invites Indian investment",
              "2022-03-14", "context", "Novak said Russia was keen"),
            S("Ukraine", "India should refrain from buying Russian oil; every dollar paid to Moscow finances the war",
              "2022-03-16", "text", "Ukraine's Foreign Ministry urged India on Wednesday"),
            S("Volodymyr Zelensky", "The positions in the negotiations sound more realistic", "2022-03-16", "context",
              "sounded \"more realistic\""),
        ],
        ["Russia", "Ukraine", "White House", "United States", "Volodymyr Zelensky"],
    ),
    doc(
        "b109en03_jaishankar_putin_moscow_2023_12", "2023-12-28", EN03,
        [
            T("next year", "DATE", "2024"),
            T("Wednesday", "DATE", "2023-12-27", 0),
            T("2024", "DATE", "2024"),
            T("Wednesday", "DATE", "2023-12-27", 1),
            T("the last quarter of 2022", "DATE", "2022-Q4"),
            T("Tuesday", "DATE", "2023-12-26"),
            T("this year", "DATE", "2023"),
            T("May", "DATE", "2023-05"),
            T("two years", "DURATION", "P2Y"),
            T("annual", "SET", "P1Y"),
            T("December 2021", "DATE", "2021-12"),
            T("Thursday", "DATE", "2023-12-28", 0),
            T("Thursday", "DATE", "2023-12-28", 1),
        ],
        [
            E("Putin receives Jaishankar", "CONSULT", ["Vladimir Putin"], "2023-12-27", "text", "occurred",
              "Russian President Vladimir Putin received External Affairs Minister"),
            E("Putin invites Modi to visit Russia", "REQUEST", ["Vladimir Putin"], "2023-12-27", "text", "occurred",
              "Russian President Vladimir Putin received External Affairs Minister"),
            E("Modi to visit Russia in 2024", "CONSULT", ["Vladimir Putin"], "2024", "text", "planned",
              "Russian President Vladimir Putin received External Affairs Minister"),
            E("Jaishankar hands Putin a personal message from Modi", "CONSULT", ["Vladimir Putin"], "2023-12-27",
              "context", "occurred", "Jaishankar handed over a personal message"),
            E("Jaishankar and Lavrov hold talks", "CONSULT", ["Sergey Lavrov"], "2023-12-27", "text", "occurred",
              "Earlier on Wednesday, Jaishankar held talks"),
            E("Russia and India make progress towards joint production of modern weapons", "COOPERATE",
              ["Sergey Lavrov", "Russia"], "2023-12-27", "context", "occurred", "He said Russia and India had made"),
            E("Russia India's largest crude supplier since the last quarter of 2022", "COOPERATE", ["Russia"],
              "2022-Q4", "text", "occurred", "Jaishankar said energy trade", date_mod="START"),
            E("Jaishankar and Manturov sign agreements on future Kudankulam power units", "AGREE", ["Russia"],
              "2023-12-26", "text", "occurred", "On Tuesday, Jaishankar and Deputy Prime Minister"),
            E("Last annual India-Russia summit in New Delhi", "CONSULT", ["Vladimir Putin"], "2021-12", "text",
              "occurred", "the last one was held in New Delhi", note="Putin's visit of 6 December 2021"),
            E("Ukraine expects India to press Moscow for a full withdrawal of Russian troops", "REQUEST",
              ["Ukraine", "Russia"], "2023-12-28", "text", "occurred", "Oleg Nikolenko said on Thursday"),
        ],
        [
            S("Vladimir Putin", "We will be glad to see our friend Prime Minister Modi in Russia", "2023-12-27",
              "context", "We will be glad to see our friend"),
            S("Vladimir Putin", "He has informed Modi about Ukraine many times and knows Modi wants a peaceful "
              "settlement", "2023-12-27", "context", "Putin said he had informed Modi"),
            S("Vladimir Putin", "Despite the turbulence in the world, our trade is growing", "2023-12-27", "context",
              "Despite the turbulence in the world"),
            S("Sergey Lavrov", "The sides discussed Ukraine; Moscow explained the root causes of the conflict",
              "2023-12-27", "context", "Lavrov told reporters"),
            S("Sergey Lavrov", "Russia and India made progress towards joint production of modern weapons",
              "2023-12-27", "context", "He said Russia and India had made"),
            S("Russia", "Manturov: bilateral trade could exceed $50 billion this year", "2023-12-26", "context",
              "Manturov said bilateral trade"),
            S("Dmitry Peskov", "The dates of Modi's visit will be agreed through diplomatic channels", "2023-12-28",
              "published", "Kremlin spokesman Dmitry Peskov said"),
            S("Ukraine", "Kyiv expects India to use its contacts with Moscow to press for a full withdrawal",
              "2023-12-28", "text", "Oleg Nikolenko said on Thursday"),
            S("United States", "The US has been clear with India about its concerns over Russian energy purchases",
              "2023-12-28", "published", "a State Department spokesperson said"),
        ],
        ["Vladimir Putin", "Kremlin", "Russia", "Ukraine", "Sergey Lavrov", "Dmitry Peskov", "United States"],
    ),
    doc(
        "b109en04_modi_putin_kazan_2024_10", "2024-10-23", EN04,
        [
            T("Tuesday", "DATE", "2024-10-22", 0),
            T("just over three months", "DURATION", "P3M", mod="MORE_THAN"),
            T("July", "DATE", "2024-07"),
            T("annual", "SET", "P1Y"),
            T("2022", "DATE", "2022"),
            T("September", "DATE", "2024-09"),
            T("last week", "DATE", "2024-W42"),
            T("five years", "DURATION", "P5Y"),
            T("Wednesday", "DATE", "2024-10-23"),
            T("Monday", "DATE", "2024-10-21", 0),
            T("Thursday", "DATE", "2024-10-24"),
            T("Tuesday", "DATE", "2024-10-22", 1),
            T("August", "DATE", "2024-08"),
            T("Monday", "DATE", "2024-10-21", 1),
        ],
        [
            E("Modi offers Putin all possible cooperation to help end the war", "REQUEST",
              ["Vladimir Putin", "Russia", "Ukraine"], "2024-10-22", "text", "occurred",
              "Prime Minister Narendra Modi on Tuesday told"),
            E("Modi and Putin meet on the sidelines of the BRICS summit in Kazan", "CONSULT", ["Vladimir Putin"],
              "2024-10-22", "context", "occurred", "The two leaders met on the sidelines"),
            E("Modi's visit to Moscow", "CONSULT", ["Vladimir Putin"], "2024-07", "text", "occurred",
              "The two leaders met on the sidelines"),
            E("Putin thanks Modi for his attention to the conflict", "SUPPORT", ["Vladimir Putin"], "2024-10-22",
              "context", "occurred", "Putin thanked Modi"),
            E("Modi invites Putin to India for the next annual summit", "REQUEST", ["Vladimir Putin"], "2024-10-22",
              "context", "occurred", "The Kremlin said Modi had invited Putin"),
            E("India's energy trade with Russia since 2022", "COOPERATE", ["Russia"], "2022", "text", "occurred",
              "Energy has been at the heart of the relationship", date_mod="START"),
            E("Putin proposes a BRICS payment system in national currencies", "REQUEST", ["Vladimir Putin"],
              "2024-W42", "text", "occurred", "At a business forum last week"),
            E("Modi to hold his first formal meeting in five years with Xi", "CONSULT", ["Xi Jinping"], "2024-10-23",
              "text", "planned", "Modi is set to hold his first formal bilateral meeting"),
            E("India and China announce an agreement on border patrolling", "AGREE", ["China"], "2024-10-21", "text",
              "occurred", "The two countries announced on Monday"),
            E("Guterres due in Kazan", "CONSULT", ["António Guterres", "United Nations", "Russia"], "2024-10-24",
              "text", "planned", "who is due in Kazan on Thursday"),
            E("Ukraine criticises Guterres's visit to Kazan as a wrong choice", "ACCUSE",
              ["Ukraine", "António Guterres", "United Nations"], "2024-10-22", "text", "occurred",
              "Ukraine's foreign ministry said on Tuesday"),
            E("Zelensky hosts Modi in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2024-08", "text", "occurred",
              "who hosted Modi in Kyiv in August"),
            E("Zelensky urges India to use its influence with Moscow and suggests it host a second peace summit",
              "REQUEST", ["Volodymyr Zelensky", "Russia"], "2024-08", "context", "occurred",
              "who hosted Modi in Kyiv in August"),
            E("The US expects India to encourage Russia to end its war", "REQUEST", ["United States", "Russia"],
              "2024-10-21", "text", "occurred", "Matthew Miller said on Monday"),
        ],
        [
            S("Vladimir Putin", "Relations are so close that Modi would understand him without translation",
              "2024-10-22", "context", "Putin thanked Modi"),
            S("Kremlin", "Modi invited Putin to India for the next annual summit; no date set", "2024-10-23",
              "published", "The Kremlin said Modi had invited Putin"),
            S("Vladimir Putin", "BRICS countries should build their own payment system in national currencies",
              "2024-W42", "text", "At a business forum last week"),
            S("Ukraine", "Guterres's visit to Kazan is a wrong choice that damages the UN's reputation", "2024-10-22",
              "text", "Ukraine's foreign ministry said on Tuesday"),
            S("Volodymyr Zelensky", "India should use its influence with Moscow and could host a second peace summit",
              "2024-08", "context", "who hosted Modi in Kyiv in August"),
            S("United States", "The US expects India to encourage Russia to end its war and respect the UN Charter",
              "2024-10-21", "text", "Matthew Miller said on Monday"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Xi Jinping", "China", "António Guterres",
         "United Nations", "Volodymyr Zelensky", "United States"],
    ),
    doc(
        "b109en05_modi_trump_white_house_2025_02", "2025-02-14", EN05,
        [
            T("Thursday", "DATE", "2025-02-13", 0),
            T("4 pm local time", "TIME", "2025-02-13T16:00", note="Washington local time (EST)"),
            T("2:30 am IST", "TIME", "2025-02-14T02:30", note="India Standard Time"),
            T("Friday", "DATE", "2025-02-14", 0),
            T("Wednesday", "DATE", "2025-02-12"),
            T("2030", "DATE", "2030"),
            T("the fall of 2025", "DATE", "2025-FA"),
            T("January", "DATE", "2025-01"),
            T("January 10", "DATE", "2025-01-10"),
            T("Thursday", "DATE", "2025-02-13", 1),
            T("Friday", "DATE", "2025-02-14", 1),
        ],
        [
            E("Modi and Trump meet at the White House", "CONSULT", ["Donald Trump"], "2025-02-13", "text",
              "occurred", "Prime Minister Narendra Modi on Thursday told US President Donald Trump"),
            E("Modi and Trump agree to expand trade and energy ties", "AGREE", ["Donald Trump"], "2025-02-13", "text",
              "occurred", "Prime Minister Narendra Modi on Thursday told US President Donald Trump"),
            E("Modi welcomes Trump's efforts to end the war", "SUPPORT", ["Donald Trump"], "2025-02-13", "context",
              "occurred", "Modi welcomed Trump's efforts"),
            E("Trump speaks by phone with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "text",
              "occurred", "Trump had spoken by phone on Wednesday"),
            E("Trump speaks by phone with Zelensky", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-02-12",
              "text", "occurred", "Trump had spoken by phone on Wednesday"),
            E("Trump says negotiations on ending the war will start immediately", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-02-12", "context", "occurred",
              "Trump had spoken by phone on Wednesday"),
            E("Trump to meet Putin, probably in Saudi Arabia", "CONSULT", ["Donald Trump", "Vladimir Putin",
              "Saudi Arabia"], "2025-02-14", "published", "uncertain", "He said he would probably meet Putin",
              note="no date given"),
            E("India to buy more US oil and gas", "AGREE", ["Donald Trump", "United States"], "2025-02-13",
              "context", "occurred", "India will buy more American oil and gas"),
            E("Joint goal of $25 billion in US energy sales and $500 billion in trade by 2030", "AGREE",
              ["United States"], "2025-02-13", "context", "occurred", "The joint statement set a goal"),
            E("First tranche of a US-India trade agreement to be concluded", "AGREE", ["United States"], "2025-FA",
              "text", "planned", "Negotiators will aim to conclude"),
            E("Trump orders reciprocal tariffs on trading partners", "SANCTION", ["Donald Trump"], "2025-02-13",
              "context", "occurred", "Trump signed a memorandum ordering reciprocal tariffs"),
            E("Trump calls India's import duties very high", "ACCUSE", ["Donald Trump"], "2025-02-13", "context",
              "occurred", "Trump signed a memorandum ordering reciprocal tariffs"),
            E("US sanctions on Gazprom Neft, Surgutneftegas and more than 180 tankers", "SANCTION",
              ["United States", "Russia"], "2025-01-10", "text", "occurred", "after the US sanctions of January 10"),
            E("Zelensky to attend the Munich Security Conference", "CONSULT", ["Volodymyr Zelensky"], "2025-02-14",
              "text", "planned", "who heads to the Munich Security Conference"),
            E("Zelensky: Ukraine will never accept an agreement negotiated behind its back", "REJECT",
              ["Volodymyr Zelensky"], "2025-02-14", "published", "occurred",
              "who heads to the Munich Security Conference"),
        ],
        [
            S("Donald Trump", "Negotiations will start immediately", "2025-02-12", "context",
              "Trump had spoken by phone on Wednesday"),
            S("Donald Trump", "He will probably meet Putin for the first time in Saudi Arabia", "2025-02-14",
              "published", "He said he would probably meet Putin"),
            S("Donald Trump", "India will buy more American oil and gas; the US wants to be India's top energy "
              "supplier", "2025-02-13", "context", "India will buy more American oil and gas"),
            S("Donald Trump", "India's import duties are very high", "2025-02-13", "context",
              "Trump signed a memorandum ordering reciprocal tariffs"),
            S("Donald Trump", "India will be buying a lot more from us", "2025-02-13", "context",
              "Trump did not directly criticise"),
            S("Dmitry Peskov", "Russia has no objections to India buying American energy", "2025-02-13", "text",
              "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Dmitry Peskov", "Preparations for a Putin-Trump meeting have not yet begun", "2025-02-13", "context",
              "Peskov added that preparations"),
            S("Volodymyr Zelensky", "Ukraine will never accept an agreement negotiated behind its back",
              "2025-02-14", "published", "who heads to the Munich Security Conference"),
        ],
        ["Donald Trump", "United States", "Russia", "Ukraine", "Vladimir Putin",
         "Volodymyr Zelensky", "Saudi Arabia", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b109en06_trump_india_tariff_penalty_2025_07", "2025-07-31", EN06,
        [
            T("Jul 31, 2025", "DATE", "2025-07-31", note="byline"),
            T("9:30 AM CDT", "TIME", "2025-07-31T09:30", note="byline, US Central Daylight Time"),
            T("Wednesday", "DATE", "2025-07-30", 0),
            T("August 1", "DATE", "2025-08-01"),
            T("Thursday", "DATE", "2025-07-31", 0),
            T("Monday", "DATE", "2025-07-28"),
            T("Tuesday", "DATE", "2025-07-29"),
            T("August 8", "DATE", "2025-08-08"),
            T("50-day", "DURATION", "P50D"),
            T("July 14", "DATE", "2025-07-14"),
            T("March", "DATE", "2025-03"),
            T("late August", "DATE", "2025-08", mod="END"),
            T("September", "DATE", "2025-09"),
            T("this week", "DATE", "2025-W31"),
            T("2022", "DATE", "2022"),
            T("the first half of 2025", "DATE", "2025-H1"),
            T("Wednesday", "DATE", "2025-07-30", 1),
            T("mid-June", "DATE", "2025-06", mod="MID"),
            T("Thursday", "DATE", "2025-07-31", 1),
            T("Wednesday evening", "TIME", "2025-07-30TEV"),
        ],
        [
            E("Trump announces a 25% tariff and a penalty on India over Russian arms and energy", "SANCTION",
              ["Donald Trump", "Russia"], "2025-07-30", "text", "occurred",
              "U.S. President Donald Trump said on Wednesday that India will face"),
            E("The 25% tariff on India to take effect", "SANCTION", ["Donald Trump"], "2025-08-01", "text",
              "planned", "U.S. President Donald Trump said on Wednesday that India will face", date_mod="START"),
            E("Trump: India's tariffs are far too high", "ACCUSE", ["Donald Trump"], "2025-07-30", "context",
              "occurred", "India is our friend, but their tariffs"),
            E("Trump accuses India and China of being Russia's largest energy buyers", "ACCUSE",
              ["Donald Trump", "China", "Russia"], "2025-07-30", "context", "occurred",
              "He also accused New Delhi"),
            E("Trump: India and Russia can take their dead economies down together", "ACCUSE",
              ["Donald Trump", "Russia"], "2025-07-31", "text", "occurred", "On Thursday, Trump went further"),
            E("Trump tells Medvedev to watch his words", "REQUEST", ["Donald Trump", "Russia"], "2025-07-31",
              "context", "occurred", "In the same post, he told former Russian President"),
            E("Medvedev warns that every new ultimatum is a step towards war", "THREATEN",
              ["Russia", "Donald Trump"], "2025-07-28", "text", "occurred", "In the same post, he told former"),
            E("Trump sets Moscow an 8 August deadline to agree to a ceasefire", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-29", "text", "occurred", "Trump on Tuesday set Moscow a deadline",
              note="deadline 8 August 2025"),
            E("Trump issues a 50-day ultimatum and threatens secondary tariffs on buyers of Russian oil", "THREATEN",
              ["Donald Trump", "Russia"], "2025-07-14", "text", "occurred", "Trump on Tuesday set Moscow a deadline"),
            E("US-India trade talks since March", "CONSULT", ["United States"], "2025-03", "text", "occurred",
              "Indian and U.S. negotiators have held five rounds", date_mod="START"),
            E("US negotiating team due in New Delhi", "CONSULT", ["United States"], "2025-08", "text", "planned",
              "a U.S. team is due in New Delhi", date_mod="END"),
            E("Indian state refiners pause purchases of Russian crude", "SANCTION", ["Russia"], "2025-W31", "text",
              "occurred", "have not sought Russian cargoes",
              note="a halt of purchases, treated like a halt of deliveries"),
            E("Russia supplies about 35% of India's crude imports", "COOPERATE", ["Russia"], "2025-H1", "text",
              "occurred", "Russia supplied about 35%"),
            E("Peskov: sovereign states have the right to choose their trading partners", "SUPPORT",
              ["Dmitry Peskov"], "2025-07-31", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Peskov calls attempts to force countries to stop trading with Russia illegitimate", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2025-07-31", "context", "occurred",
              "Attempts to force countries to stop trading"),
            E("Zelensky thanks Trump for strong steps against those who finance Russia's war", "SUPPORT",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-07-30TEV", "text", "occurred",
              "Zelensky thanked Trump on Wednesday evening"),
        ],
        [
            S("Donald Trump", "India will face a 25% tariff from August 1 plus a penalty for buying Russian arms and "
              "energy", "2025-07-30", "text", "U.S. President Donald Trump said on Wednesday that India will face"),
            S("Donald Trump", "India is our friend, but their tariffs are far too high", "2025-07-30", "context",
              "India is our friend, but their tariffs"),
            S("Donald Trump", "India and China are Russia's largest energy buyers while everyone wants Russia to stop "
              "the killing", "2025-07-30", "context", "He also accused New Delhi"),
            S("Donald Trump", "I don't care what India does with Russia; they can take their dead economies down "
              "together", "2025-07-31", "text", "On Thursday, Trump went further"),
            S("Donald Trump", "Medvedev should watch his words", "2025-07-31", "context",
              "In the same post, he told former Russian President"),
            S("Russia", "Medvedev: every new ultimatum is a step towards war", "2025-07-28", "text",
              "In the same post, he told former Russian President"),
            S("Dmitry Peskov", "Sovereign states have the right to choose their own trading partners", "2025-07-31",
              "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Dmitry Peskov", "Attempts to force countries to stop trading with Russia are illegitimate",
              "2025-07-31", "context", "Attempts to force countries to stop trading"),
            S("Volodymyr Zelensky", "Thanks Trump for strong steps against those who finance Russia's war",
              "2025-07-30TEV", "text", "Zelensky thanked Trump on Wednesday evening"),
        ],
        ["Donald Trump", "United States", "Russia", "China", "Ukraine", "Kremlin", "Dmitry Peskov",
         "Volodymyr Zelensky"],
    ),
]
