"""English articles of the blind22 evaluation set (fictionalised; see README.md)."""

from build import E, S, T

DOCS = [
    dict(
        id="b22en01_blinken_lavrov_g20_delhi_2023_03",
        lang="en",
        published="2023-03-02",
        body="""
Blinken and Lavrov speak briefly as Ukraine war splits G20 in New Delhi
US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov spoke for less than 10 minutes on the sidelines of a G20 meeting in New Delhi on Thursday, their first face-to-face contact since Russia invaded Ukraine more than a year ago.
Blinken told reporters he had urged Lavrov to end "this war of aggression" and to reverse Moscow's "irresponsible" decision to suspend its participation in the New START nuclear arms treaty.
He said he had also pressed Russia to accept "a serious proposal" Washington had put forward for the release of Paul Whelan, a former US Marine jailed in Russia.
Russian foreign ministry spokeswoman Maria Zakharova said it was Blinken who had asked for the conversation, adding that the two men had spoken "on the move" and that "there were no negotiations."

The meeting of foreign ministers from the Group of 20 ended without a joint communique after Russia and China objected to two paragraphs on the war in Ukraine.
India, which holds the G20 presidency this year, instead issued a chair's summary noting that most members "strongly condemned" the war.
It was the second time in a week that Moscow and Beijing had refused to sign up to a G20 text, after a meeting of finance ministers in Bengaluru last Saturday.

Lavrov accused the West at a news conference of turning the G20 agenda into "a farce" and of "blackmailing" other delegations over Ukraine.
He said Moscow remained ready for talks but would not accept any plan that ignored "the new territorial realities."
British Foreign Secretary James Cleverly said Russia had "isolated itself" by blocking the statement.
China's Foreign Minister Qin Gang called for a ceasefire and peace talks, pointing to the 12-point position paper Beijing published last Friday.

The brief encounter came after US President Joe Biden made a surprise visit to Kyiv on February 20 and, in a speech in Warsaw the following day, accused Vladimir Putin of a "craven lust for land and power."
Putin announced the suspension of New START in his state-of-the-nation address the same day.
Blinken had flown in from Central Asia, where he met the foreign ministers of five former Soviet republics in the Kazakh capital Astana on Tuesday.

In Kyiv, Ukrainian Foreign Minister Dmytro Kuleba said no "handshakes on the sidelines" would end Russia's isolation as long as its troops remained on Ukrainian soil.
""",
        timexes=[
            T("less than 10 minutes", "DURATION", "PT10M", mod="LESS_THAN"),
            T("Thursday", "DATE", "2023-03-02"),
            T("more than a year ago", "DATE", "2022"),
            T("this year", "DATE", "2023"),
            T("a week", "DURATION", "P1W"),
            T("last Saturday", "DATE", "2023-02-25"),
            T("last Friday", "DATE", "2023-02-24"),
            T("February 20", "DATE", "2023-02-20"),
            T("the following day", "DATE", "2023-02-21"),
            T("the same day", "DATE", "2023-02-21"),
            T("Tuesday", "DATE", "2023-02-28"),
        ],
        events=[
            E("Blinken and Lavrov speak on the sidelines of the G20 meeting", "CONSULT",
              ["Antony Blinken", "Sergey Lavrov"], "2023-03-02", "text", "occurred", "spoke for less than 10 minutes"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "spoke for less than 10 minutes", note="24 February 2022"),
            E("Blinken urges Lavrov to end the war and reverse the New START suspension", "REQUEST",
              ["Antony Blinken", "Sergey Lavrov"], "2023-03-02", "context", "occurred",
              "Blinken told reporters he had urged Lavrov"),
            E("Blinken calls the New START suspension irresponsible", "ACCUSE", ["Antony Blinken", "Russia"],
              "2023-03-02", "context", "occurred", "Blinken told reporters he had urged Lavrov"),
            E("Blinken presses Russia to accept the US proposal on Paul Whelan", "REQUEST", ["Antony Blinken", "Russia"],
              "2023-03-02", "context", "occurred", "pressed Russia to accept"),
            E("Blinken asked for the conversation, according to Zakharova", "REQUEST",
              ["Antony Blinken", "Sergey Lavrov"], "2023-03-02", "context", "occurred",
              "it was Blinken who had asked for the conversation"),
            E("Russia and China block a joint G20 communique", "REJECT", ["Russia", "China"], "2023-03-02", "context",
              "occurred", "ended without a joint communique"),
            E("Russia and China block the text of the G20 finance ministers in Bengaluru", "REJECT",
              ["Russia", "China"], "2023-02-25", "text", "occurred", "after a meeting of finance ministers in Bengaluru"),
            E("Lavrov accuses the West of turning the G20 into a farce", "ACCUSE", ["Sergey Lavrov"], "2023-03-02",
              "context", "occurred", "Lavrov accused the West at a news conference"),
            E("Lavrov: Moscow remains ready for talks", "AGREE", ["Sergey Lavrov"], "2023-03-02", "context",
              "occurred", "Moscow remained ready for talks"),
            E("Lavrov: no plan that ignores the new territorial realities", "REQUEST", ["Sergey Lavrov", "Ukraine"],
              "2023-03-02", "context", "occurred", "Moscow remained ready for talks"),
            E("Cleverly: Russia has isolated itself", "ACCUSE", ["United Kingdom", "Russia"], "2023-03-02", "context",
              "occurred", "isolated itself"),
            E("Qin Gang calls for a ceasefire and peace talks", "REQUEST", ["China"], "2023-03-02", "context",
              "occurred", "Qin Gang called for a ceasefire"),
            E("China publishes its 12-point position paper", "REQUEST", ["China"], "2023-02-24", "text", "occurred",
              "Qin Gang called for a ceasefire"),
            E("Biden makes a surprise visit to Kyiv", "CONSULT", ["Joe Biden", "Ukraine"], "2023-02-20", "text",
              "occurred", "made a surprise visit to Kyiv"),
            E("Biden accuses Putin of a craven lust for land and power", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
              "2023-02-21", "text", "occurred", "made a surprise visit to Kyiv"),
            E("Putin suspends New START", "SANCTION", ["Vladimir Putin", "United States"], "2023-02-21", "text",
              "occurred", "Putin announced the suspension of New START"),
            E("Blinken meets five Central Asian foreign ministers in Astana", "CONSULT", ["Antony Blinken"],
              "2023-02-28", "text", "occurred", "Blinken had flown in from Central Asia",
              note="the Central Asian states are not canonical"),
        ],
        statements=[
            S("Antony Blinken", "Urged Lavrov to end the war of aggression and reverse the New START decision",
              "2023-03-02", "context", "Blinken told reporters he had urged Lavrov"),
            S("Antony Blinken", "Pressed Russia to accept the US proposal to release Paul Whelan", "2023-03-02",
              "context", "pressed Russia to accept"),
            S("Maria Zakharova", "Blinken asked for the talk; they spoke on the move; no negotiations", "2023-03-02",
              "published", "it was Blinken who had asked for the conversation"),
            S("Sergey Lavrov", "The West turns the G20 into a farce and blackmails delegations", "2023-03-02",
              "context", "Lavrov accused the West at a news conference"),
            S("Sergey Lavrov", "Moscow is ready for talks but not for plans ignoring the new territorial realities",
              "2023-03-02", "context", "Moscow remained ready for talks"),
            S("United Kingdom", "Russia has isolated itself by blocking the statement", "2023-03-02", "context",
              "isolated itself"),
            S("China", "Calls for a ceasefire and peace talks in line with its position paper", "2023-03-02",
              "context", "Qin Gang called for a ceasefire"),
            S("Joe Biden", "Putin's craven lust for land and power", "2023-02-21", "text",
              "made a surprise visit to Kyiv"),
            S("Vladimir Putin", "Announces the suspension of New START", "2023-02-21", "text",
              "Putin announced the suspension of New START"),
            S("Ukraine", "No handshakes on the sidelines end Russia's isolation while its troops stay in Ukraine",
              "2023-03-02", "published", "handshakes on the sidelines"),
        ],
        actors=["Antony Blinken", "Sergey Lavrov", "Russia", "Ukraine", "United States", "Maria Zakharova", "China",
                "United Kingdom", "Joe Biden", "Vladimir Putin"],
    ),
    dict(
        id="b22en02_copenhagen_peace_formula_mutiny_2023_06",
        lang="en",
        published="2023-06-26",
        body="""
Ukraine courts 'global South' at secret Copenhagen talks as mutiny rocks Moscow
National security advisers from Ukraine, the United States, the European Union and several of the world's most influential neutral powers, among them Brazil, India, Saudi Arabia, Turkey and South Africa, met behind closed doors in Copenhagen on Saturday to discuss the outlines of a possible peace.
The meeting, hosted by Denmark and chaired by Andriy Yermak, the head of President Zelensky's office, lasted about four hours, according to two officials briefed on the discussions.
China, which had been invited, stayed away.
One of the officials said Saudi Arabia had offered to host the next round.

"It is very important that the voice of Ukraine is heard," Mr Yermak said in a statement on Sunday, adding that partners from the global South had shown "a clear interest" in Kyiv's peace formula.
He said the participants had agreed to meet again and that Ukraine hoped to hold a summit of world leaders on the plan as soon as this summer.
Mr Zelensky's ten-point formula, first set out at the G20 summit in Bali last November, demands the withdrawal of all Russian troops and the restoration of Ukraine's borders of 1991.
Mr Zelensky thanked Denmark in his nightly video address on Sunday.

The talks were overshadowed by the armed revolt of the Wagner mercenary group, whose fighters advanced to within 125 miles of Moscow before Yevgeny Prigozhin, its leader, ordered them back late Saturday.
Under a deal brokered by Alexander Lukashenko, the Belarusian president, Prigozhin is to leave for Belarus and the criminal case against him is to be dropped, the Kremlin said.
Mr Putin, who had called the mutiny "a stab in the back" in a televised address on Saturday morning, has not been seen in public since.

President Biden spoke to Mr Zelensky by telephone on Sunday and, according to the White House, reaffirmed America's "steadfast support".
Antony Blinken, the US secretary of state, said on television the same day that the revolt had exposed "real cracks" in Mr Putin's authority.
Dmitry Peskov, the Kremlin spokesman, said this morning that any discussion of peace "without Russia" had "no prospects whatsoever".
Sergei Lavrov, the foreign minister, accused western intelligence services today of having "hoped" the revolt would succeed.

In Luxembourg, EU foreign ministers agreed today to add €3.5 billion to the fund the bloc uses to pay for weapons for Ukraine.
James Cleverly, the foreign secretary, told MPs that Britain would back a leaders' summit on the peace formula before the end of the year.
Ukraine's air force said it had shot down all 13 Russian drones launched at Kyiv overnight.
""",
        timexes=[
            T("Saturday", "DATE", "2023-06-24"),
            T("about four hours", "DURATION", "PT4H", mod="APPROX"),
            T("Sunday", "DATE", "2023-06-25"),
            T("this summer", "DATE", "2023-SU"),
            T("last November", "DATE", "2022-11"),
            T("1991", "DATE", "1991"),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2023-06-25", n=1),
            T("late Saturday", "TIME", "2023-06-24TNI"),
            T("Saturday morning", "TIME", "2023-06-24TMO"),
            T("Sunday", "DATE", "2023-06-25", n=2),
            T("the same day", "DATE", "2023-06-25"),
            T("this morning", "TIME", "2023-06-26TMO"),
            T("today", "DATE", "2023-06-26"),
            T("today", "DATE", "2023-06-26", n=1),
            T("the end of the year", "DATE", "2023", mod="END"),
            T("overnight", "TIME", "2023-06-25TNI"),
        ],
        events=[
            E("Security advisers of Ukraine, the US, the EU and neutral powers meet in Copenhagen", "CONSULT",
              ["Ukraine", "United States", "European Union", "Saudi Arabia", "Turkey", "Andriy Yermak"],
              "2023-06-24", "text", "occurred", "met behind closed doors in Copenhagen",
              note="Brazil, India, South Africa and the host Denmark are not canonical; Yermak chaired"),
            E("China stays away from the Copenhagen meeting", "REJECT", ["China"], "2023-06-24", "context",
              "occurred", "China, which had been invited, stayed away."),
            E("Saudi Arabia offers to host the next round", "REQUEST", ["Saudi Arabia", "Ukraine"], "2023-06-24",
              "context", "occurred", "Saudi Arabia had offered to host the next round",
              note="offer made at or around the Copenhagen meeting"),
            E("Participants agree to meet again", "AGREE",
              ["Andriy Yermak", "Ukraine", "United States", "European Union", "Saudi Arabia", "Turkey"],
              "2023-06-24", "context", "occurred", "the participants had agreed to meet again"),
            E("Ukraine hopes to hold a leaders' summit on the peace formula", "CONSULT", ["Ukraine"], "2023-SU",
              "text", "planned", "the participants had agreed to meet again"),
            E("Zelensky's peace formula demands the withdrawal of all Russian troops", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-11", "text", "occurred", "ten-point formula"),
            E("Zelensky thanks Denmark", "SUPPORT", ["Volodymyr Zelensky"], "2023-06-25", "text", "occurred",
              "Mr Zelensky thanked Denmark", note="Denmark is not canonical"),
            E("Lukashenko brokers a deal ending the Wagner mutiny", "AGREE", ["Alexander Lukashenko", "Kremlin"],
              "2023-06-24", "context", "occurred", "Under a deal brokered by Alexander Lukashenko",
              note="Prigozhin and Wagner are not canonical"),
            E("Biden phones Zelensky", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2023-06-25", "text",
              "occurred", "President Biden spoke to Mr Zelensky"),
            E("Biden reaffirms steadfast US support", "AGREE", ["Joe Biden", "Ukraine"], "2023-06-25", "context",
              "occurred", "President Biden spoke to Mr Zelensky"),
            E("Peskov: peace talks without Russia have no prospects", "REJECT", ["Dmitry Peskov"], "2023-06-26TMO",
              "text", "occurred", "Dmitry Peskov, the Kremlin spokesman, said this morning"),
            E("Lavrov accuses Western intelligence of hoping the revolt would succeed", "ACCUSE", ["Sergey Lavrov"],
              "2023-06-26", "text", "occurred", "accused western intelligence services today"),
            E("EU foreign ministers add 3.5 billion euros to the weapons fund for Ukraine", "AID",
              ["European Union", "Ukraine"], "2023-06-26", "text", "occurred", "EU foreign ministers agreed today"),
            E("Britain would back a leaders' summit on the peace formula", "SUPPORT", ["United Kingdom", "Ukraine"],
              "2023-06-26", "published", "occurred", "Britain would back a leaders' summit"),
            E("Russian drone attack on Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-06-25TNI", "text", "occurred",
              "13 Russian drones launched at Kyiv overnight"),
        ],
        statements=[
            S("Andriy Yermak", "The voice of Ukraine must be heard; the global South showed interest in the formula",
              "2023-06-25", "text", "It is very important that the voice of Ukraine is heard"),
            S("Andriy Yermak", "Participants agreed to meet again; Ukraine hopes for a leaders' summit this summer",
              "2023-06-25", "context", "the participants had agreed to meet again"),
            S("Volodymyr Zelensky", "Thanks Denmark", "2023-06-25", "text", "Mr Zelensky thanked Denmark"),
            S("Kremlin", "Prigozhin is to leave for Belarus and the criminal case is to be dropped", "2023-06-24",
              "context", "Under a deal brokered by Alexander Lukashenko"),
            S("Vladimir Putin", "The mutiny is a stab in the back", "2023-06-24TMO", "text", "a stab in the back"),
            S("Joe Biden, via White House", "Reaffirms steadfast American support for Ukraine", "2023-06-25",
              "context", "President Biden spoke to Mr Zelensky"),
            S("Antony Blinken", "The revolt exposed real cracks in Putin's authority", "2023-06-25", "text",
              "real cracks"),
            S("Dmitry Peskov", "Any discussion of peace without Russia has no prospects", "2023-06-26TMO", "text",
              "Dmitry Peskov, the Kremlin spokesman, said this morning"),
            S("Sergey Lavrov", "Western intelligence services hoped the revolt would succeed", "2023-06-26", "text",
              "accused western intelligence services today"),
            S("United Kingdom", "Britain would back a leaders' summit before the end of the year", "2023-06-26",
              "published", "Britain would back a leaders' summit"),
            S("Ukraine", "All 13 Russian drones launched at Kyiv were shot down", "2023-06-26", "published",
              "13 Russian drones launched at Kyiv overnight"),
        ],
        actors=["Ukraine", "United States", "European Union", "Saudi Arabia", "Turkey", "Andriy Yermak",
                "Volodymyr Zelensky", "China", "Russia", "Alexander Lukashenko", "Belarus", "Kremlin",
                "Vladimir Putin", "Joe Biden", "White House", "Antony Blinken", "Dmitry Peskov", "Sergey Lavrov",
                "United Kingdom"],
    ),
    dict(
        id="b22en03_g7_charlevoix_ceasefire_2025_03",
        lang="en",
        published="2025-03-14",
        body="""
G7 ministers back ceasefire push, warn Russia as Charlevoix meeting wraps up
La Malbaie, Que. — G7 foreign ministers wrapped up three days of talks in Quebec's Charlevoix region on Friday with a joint statement backing a U.S.-proposed 30-day ceasefire in Ukraine.
The statement called on Russia to "reciprocate by agreeing to a ceasefire on equal terms" and said members would consider further sanctions, caps on oil prices and more support for Ukraine if Moscow did not.

U.S. Secretary of State Marco Rubio told reporters before flying home that Washington was "cautiously optimistic" after Russian President Vladimir Putin said on Thursday that he supported the idea of a truce but that "there are nuances."
Speaking alongside Belarusian leader Alexander Lukashenko at the Kremlin, Putin asked who would monitor a pause along a front line of some 2,000 kilometres and whether Ukraine would use it to rearm.
"The ball is now in their court," Rubio said, adding that U.S. envoy Steve Witkoff had met Putin in Moscow late Thursday.
Kremlin aide Yuri Ushakov had dismissed the American plan earlier this week as "nothing but a temporary respite for the Ukrainian military."

In a post on Friday, U.S. President Donald Trump said there had been "very good and productive discussions" with Putin and that he had "strongly requested" that the lives of thousands of Ukrainian troops surrounded in Russia's Kursk region be spared.
Ukrainian President Volodymyr Zelenskyy called Putin's response "very predictable" and "manipulative" in his nightly video address on Thursday, saying the Russian leader was preparing to reject the truce.
Kyiv accepted the U.S. proposal at talks with American officials in Jeddah, Saudi Arabia, on Tuesday, after which Washington lifted its pause on military aid and intelligence sharing.

German Foreign Minister Annalena Baerbock said Putin was "playing for time," while Britain's David Lammy urged Moscow to agree "without conditions."
France's Jean-Noël Barrot said Europe had to keep up the pressure.
EU foreign policy chief Kaja Kallas, attending as a guest, said the bloc was already preparing its 17th package of sanctions.

Foreign Affairs Minister Mélanie Joly, who hosted the meeting, said the G7 had shown "unity" despite tensions over Trump's tariffs on Canadian goods and his talk of making Canada the 51st state.
Hours later, Mark Carney was sworn in as Canada's 24th prime minister in Ottawa.
""",
        timexes=[
            T("three days", "DURATION", "P3D"),
            T("Friday", "DATE", "2025-03-14"),
            T("30-day", "DURATION", "P30D"),
            T("Thursday", "DATE", "2025-03-13"),
            T("now", "DATE", "PRESENT_REF"),
            T("late Thursday", "TIME", "2025-03-13TNI"),
            T("earlier this week", "DATE", "2025-W11"),
            T("Friday", "DATE", "2025-03-14", n=1),
            T("nightly", "SET", "P1D"),
            T("Thursday", "DATE", "2025-03-13", n=2),
            T("Tuesday", "DATE", "2025-03-11"),
        ],
        events=[
            E("G7 foreign ministers' meeting in Charlevoix", "CONSULT",
              ["United States", "United Kingdom", "France", "Germany", "European Union"], "2025-03-14", "text",
              "occurred", "wrapped up three days of talks",
              note="12-14 March 2025; dated by the day in the text; Canada, Italy and Japan are not canonical"),
            E("G7 backs the US-proposed 30-day ceasefire", "SUPPORT",
              ["United States", "United Kingdom", "France", "Germany", "European Union"], "2025-03-14", "text",
              "occurred", "wrapped up three days of talks"),
            E("G7 calls on Russia to agree to a ceasefire on equal terms", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia"], "2025-03-14",
              "context", "occurred", "The statement called on Russia"),
            E("G7 warns of further sanctions and oil price caps", "THREATEN",
              ["United States", "United Kingdom", "France", "Germany", "European Union", "Russia"], "2025-03-14",
              "context", "occurred", "The statement called on Russia"),
            E("Putin supports the idea of a truce but with 'nuances'", "AGREE", ["Vladimir Putin"], "2025-03-13",
              "text", "occurred", "cautiously optimistic"),
            E("Putin meets Lukashenko", "CONSULT", ["Vladimir Putin", "Alexander Lukashenko"], "2025-03-13", "context",
              "occurred", "Speaking alongside Belarusian leader Alexander Lukashenko"),
            E("Witkoff meets Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-03-13TNI", "text",
              "occurred", "Steve Witkoff had met Putin in Moscow"),
            E("Ushakov dismisses the US ceasefire plan", "REJECT", ["Yuri Ushakov", "United States"], "2025-W11",
              "text", "occurred", "Yuri Ushakov had dismissed the American plan"),
            E("Trump asks Putin to spare the Ukrainian troops in Kursk", "REQUEST", ["Donald Trump", "Vladimir Putin"],
              "2025-03-14", "text", "occurred", "In a post on Friday"),
            E("Zelensky calls Putin's response manipulative", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
              "2025-03-13", "text", "occurred", "very predictable"),
            E("US-Ukraine talks in Jeddah", "CONSULT", ["Ukraine", "United States"], "2025-03-11", "text", "occurred",
              "Kyiv accepted the U.S. proposal"),
            E("Kyiv accepts the US ceasefire proposal", "AGREE", ["Ukraine", "United States"], "2025-03-11", "text",
              "occurred", "Kyiv accepted the U.S. proposal"),
            E("Washington lifts its pause on military aid and intelligence sharing", "AID", ["United States", "Ukraine"],
              "2025-03-11", "context", "occurred", "Kyiv accepted the U.S. proposal"),
            E("Baerbock: Putin is playing for time", "ACCUSE", ["Germany", "Vladimir Putin"], "2025-03-14",
              "published", "occurred", "playing for time"),
            E("Lammy urges Moscow to agree without conditions", "REQUEST", ["United Kingdom", "Russia"], "2025-03-14",
              "published", "occurred", "playing for time"),
            E("EU prepares its 17th sanctions package", "SANCTION", ["European Union", "Russia"], "2025-03-14",
              "published", "planned", "17th package of sanctions"),
        ],
        statements=[
            S("Joint statement: United States, United Kingdom, France, Germany, European Union",
              "Back the US-proposed 30-day ceasefire", "2025-03-14", "text", "wrapped up three days of talks"),
            S("Joint statement: United States, United Kingdom, France, Germany, European Union",
              "Russia must reciprocate; further sanctions and oil price caps considered", "2025-03-14", "context",
              "The statement called on Russia"),
            S("Marco Rubio", "Washington is cautiously optimistic", "2025-03-14", "context", "cautiously optimistic"),
            S("Vladimir Putin", "Supports the idea of a truce, but there are nuances", "2025-03-13", "text",
              "cautiously optimistic"),
            S("Vladimir Putin", "Asks who would monitor the pause and whether Ukraine would rearm", "2025-03-13",
              "context", "Speaking alongside Belarusian leader Alexander Lukashenko"),
            S("Marco Rubio", "The ball is now in Russia's court; Witkoff met Putin", "2025-03-14", "context",
              "The ball is now in their court"),
            S("Yuri Ushakov", "The plan is nothing but a respite for the Ukrainian military", "2025-W11", "text",
              "Yuri Ushakov had dismissed the American plan"),
            S("Donald Trump", "Very good and productive discussions with Putin; asked him to spare Ukrainian troops",
              "2025-03-14", "text", "In a post on Friday"),
            S("Volodymyr Zelensky", "Putin's response is predictable and manipulative", "2025-03-13", "text",
              "very predictable"),
            S("Germany", "Putin is playing for time", "2025-03-14", "published", "playing for time"),
            S("United Kingdom", "Moscow should agree without conditions", "2025-03-14", "published",
              "playing for time"),
            S("France", "Europe must keep up the pressure", "2025-03-14", "published",
              "France's Jean-Noël Barrot said"),
            S("Kaja Kallas", "The EU is preparing its 17th sanctions package", "2025-03-14", "published",
              "17th package of sanctions"),
        ],
        actors=["United States", "United Kingdom", "France", "Germany", "European Union", "Ukraine", "Russia",
                "Marco Rubio", "Vladimir Putin", "Alexander Lukashenko", "Belarus", "Kremlin", "Steve Witkoff",
                "Yuri Ushakov", "Donald Trump", "Volodymyr Zelensky", "Kaja Kallas"],
    ),
    dict(
        id="b22en04_trump_xi_beijing_ukraine_2026_04",
        lang="en",
        published="2026-04-15",
        body="""
Xi tells Trump China will play 'constructive role' on Ukraine, but rebuffs pressure over Russian oil
Chinese President Xi Jinping told visiting US President Donald Trump on Wednesday that Beijing was willing to "play a constructive role" in ending the war in Ukraine, but pushed back against American pressure over its purchases of Russian oil.
The two leaders met for more than three hours at the Great Hall of the People in Beijing, the centrepiece of Trump's first visit to China since 2017.
According to Xinhua, Xi said China had "never provided lethal weapons to any party to the conflict" and supported "all efforts conducive to peace", including direct talks between Moscow and Kyiv.

Speaking to reporters after the talks, Trump said he had asked Xi to "help us get this done" and to cut back oil purchases that he said were "funding the war machine".
"He wants to see it end, I believe that," Trump said.
Chinese foreign ministry spokesman Lin Jian said later on Wednesday that normal trade between China and Russia "should not be interfered with", and that Beijing opposed "unilateral sanctions and long-arm jurisdiction".

The two sides agreed to open a consultation channel on the Ukraine crisis between their foreign ministries, a senior US official said, with Secretary of State Marco Rubio and Foreign Minister Wang Yi expected to hold a first round within weeks.
Rubio and Wang had already met on Tuesday evening, shortly after Trump's arrival.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia "welcomes any contacts" that could help a settlement and was "fully confident" in its partnership with Beijing.
Putin and Xi would speak by phone in the coming days to discuss the outcome of the summit, Peskov added.
Ukrainian President Volodymyr Zelensky urged Beijing to use its "real influence" on Moscow, saying in his nightly address on Tuesday that "one word from China" could stop the strikes on Ukrainian cities.
Overnight, Russia launched more than 300 drones and 20 missiles at Ukraine, killing at least 11 people in Kharkiv and Dnipro, Ukrainian officials said.

In Brussels, EU foreign policy chief Kaja Kallas warned that any deal affecting Ukraine "cannot be struck over the heads of Ukrainians and Europeans".
She said EU foreign ministers would discuss listing more Chinese firms that supply Russia's military at their meeting next Monday.
Trump and Putin last met in Alaska in August 2025, and a second summit planned for Budapest was called off that October.
Xi hosted Putin at a military parade in Beijing last September and has not visited Kyiv since the war began.
Trump is due to fly on to Seoul on Friday.
""",
        timexes=[
            T("Wednesday", "DATE", "2026-04-15"),
            T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
            T("2017", "DATE", "2017"),
            T("Wednesday", "DATE", "2026-04-15", n=1),
            T("weeks", "DURATION", "PXW"),
            T("Tuesday evening", "TIME", "2026-04-14TEV"),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("nightly", "SET", "P1D"),
            T("Tuesday", "DATE", "2026-04-14", n=1),
            T("Overnight", "TIME", "2026-04-14TNI"),
            T("next Monday", "DATE", "2026-04-20"),
            T("August 2025", "DATE", "2025-08"),
            T("that October", "DATE", "2025-10"),
            T("last September", "DATE", "2025-09"),
            T("Friday", "DATE", "2026-04-17"),
        ],
        events=[
            E("Xi: China willing to play a constructive role in ending the war", "AGREE", ["Xi Jinping", "Donald Trump"],
              "2026-04-15", "text", "occurred", "Beijing was willing to"),
            E("Xi and Trump meet at the Great Hall of the People", "CONSULT", ["Xi Jinping", "Donald Trump"],
              "2026-04-15", "context", "occurred", "The two leaders met for more than three hours"),
            E("Xi denies providing lethal weapons", "REJECT", ["Xi Jinping"], "2026-04-15", "context", "occurred",
              "According to Xinhua"),
            E("Xi supports direct talks between Moscow and Kyiv", "SUPPORT", ["Xi Jinping", "Russia", "Ukraine"],
              "2026-04-15", "context", "occurred", "According to Xinhua"),
            E("Trump asks Xi to help end the war and cut Russian oil purchases", "REQUEST", ["Donald Trump", "Xi Jinping"],
              "2026-04-15", "context", "occurred", "help us get this done"),
            E("Trump: Chinese oil purchases fund the war machine", "ACCUSE", ["Donald Trump", "China"], "2026-04-15",
              "context", "occurred", "help us get this done"),
            E("Beijing rejects interference in its trade with Russia and unilateral sanctions", "REJECT",
              ["China", "United States"], "2026-04-15", "text", "occurred", "Lin Jian said later on Wednesday"),
            E("US and China agree a consultation channel on the Ukraine crisis", "AGREE", ["United States", "China"],
              "2026-04-15", "context", "occurred", "open a consultation channel"),
            E("Foreign-ministry consultation channel on Ukraine to be set up", "COOPERATE", ["United States", "China"],
              "2026-04-15", "published", "planned", "open a consultation channel"),
            E("Rubio and Wang Yi to hold a first round", "CONSULT", ["Marco Rubio", "China"], "2026-04-15", "published",
              "planned", "open a consultation channel", note="'within weeks'; no date given"),
            E("Rubio meets Wang Yi", "CONSULT", ["Marco Rubio", "China"], "2026-04-14TEV", "text", "occurred",
              "Rubio and Wang had already met"),
            E("Peskov welcomes the US-China contacts", "SUPPORT", ["Dmitry Peskov", "United States", "China"],
              "2026-04-15", "published", "occurred", "welcomes any contacts"),
            E("Putin and Xi to speak by phone", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "FUTURE_REF", "vague",
              "planned", "Putin and Xi would speak by phone"),
            E("Zelensky urges Beijing to use its influence on Moscow", "REQUEST",
              ["Volodymyr Zelensky", "China", "Russia"], "2026-04-14", "text", "occurred", "real influence"),
            E("Russian drone and missile attack on Kharkiv and Dnipro", "ASSAULT", ["Russia", "Ukraine"],
              "2026-04-14TNI", "text", "occurred", "Overnight, Russia launched more than 300 drones"),
            E("Kallas warns against a deal over the heads of Ukrainians and Europeans", "REQUEST",
              ["Kaja Kallas", "United States", "China"], "2026-04-15", "published", "occurred",
              "cannot be struck over the heads"),
            E("EU to discuss listing more Chinese firms supplying Russia's military", "SANCTION",
              ["European Union", "China"], "2026-04-20", "context", "planned", "listing more Chinese firms"),
            E("EU foreign ministers' meeting", "CONSULT", ["European Union"], "2026-04-20", "text", "planned",
              "listing more Chinese firms"),
            E("Trump and Putin meet in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "Trump and Putin last met in Alaska"),
            E("Budapest summit called off", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-10", "text",
              "cancelled", "Trump and Putin last met in Alaska", note="called off in October 2025"),
            E("Xi hosts Putin at the Beijing military parade", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2025-09",
              "text", "occurred", "Xi hosted Putin at a military parade"),
            E("Trump to fly on to Seoul", "CONSULT", ["Donald Trump"], "2026-04-17", "text", "planned",
              "Trump is due to fly on to Seoul", note="South Korea is not canonical"),
        ],
        statements=[
            S("Xi Jinping", "China is willing to play a constructive role in ending the war", "2026-04-15", "text",
              "Beijing was willing to"),
            S("Xi Jinping, via China", "China never provided lethal weapons and supports all efforts for peace",
              "2026-04-15", "context", "According to Xinhua"),
            S("Donald Trump", "Asked Xi to help get it done and cut oil purchases funding the war machine",
              "2026-04-15", "context", "help us get this done"),
            S("Donald Trump", "Xi wants to see the war end", "2026-04-15", "context", "He wants to see it end"),
            S("China", "Normal trade with Russia must not be interfered with; opposes unilateral sanctions",
              "2026-04-15", "text", "Lin Jian said later on Wednesday"),
            S("United States", "A US-China consultation channel on Ukraine agreed; Rubio and Wang to meet within weeks",
              "2026-04-15", "context", "open a consultation channel"),
            S("Dmitry Peskov", "Russia welcomes any contacts helping a settlement; confident in the partnership",
              "2026-04-15", "published", "welcomes any contacts"),
            S("Dmitry Peskov", "Putin and Xi will speak by phone in the coming days", "2026-04-15", "published",
              "Putin and Xi would speak by phone"),
            S("Volodymyr Zelensky", "One word from China could stop the strikes on Ukrainian cities", "2026-04-14",
              "text", "real influence"),
            S("Ukraine", "At least 11 killed in Kharkiv and Dnipro", "2026-04-15", "published",
              "Overnight, Russia launched more than 300 drones"),
            S("Kaja Kallas", "No deal over the heads of Ukrainians and Europeans", "2026-04-15", "published",
              "cannot be struck over the heads"),
            S("Kaja Kallas", "EU ministers will discuss listing more Chinese firms next Monday", "2026-04-15",
              "published", "listing more Chinese firms"),
        ],
        actors=["Xi Jinping", "Donald Trump", "China", "United States", "Russia", "Ukraine", "Marco Rubio", "Kremlin",
                "Dmitry Peskov", "Vladimir Putin", "Volodymyr Zelensky", "Kaja Kallas", "European Union"],
    ),
    dict(
        id="b22en05_erdogan_putin_akkuyu_2026_08",
        lang="en",
        published="2026-08-20",
        body="""
Erdogan, Putin inaugurate Akkuyu's first unit, discuss path to peace in Ukraine
MERSIN, Türkiye (AA) - Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin on Thursday held talks in the southern province of Mersin after jointly inaugurating the first power unit of the Akkuyu Nuclear Power Plant.
The closed-door meeting lasted nearly two and a half hours and focused on the war in Ukraine, energy cooperation and regional issues, according to Türkiye's Communications Directorate.
It was Putin's first visit to Türkiye since January 2020, when the two leaders opened the TurkStream gas pipeline in Istanbul.

Speaking at a joint press conference, Erdogan said Türkiye stood ready to host a meeting between Putin and Ukrainian President Volodymyr Zelensky in Istanbul "at the earliest opportunity."
"A just and lasting peace is possible, and the path to it passes through dialogue," he said.
Putin said Moscow did not rule out a meeting with Zelensky, but that it could only take place "at the final stage," once the delegations had prepared the documents.
He thanked Türkiye for hosting three rounds of direct Russian-Ukrainian talks in Istanbul last year.

The two leaders signed a joint declaration on energy cooperation, while ministers concluded agreements on natural gas supplies and trade, the Communications Directorate said.
Erdogan said the two countries aimed to raise bilateral trade to $100 billion annually.
Earlier in the day, Foreign Minister Hakan Fidan met his Russian counterpart Sergey Lavrov, who briefed him on Moscow's position ahead of a new round of technical talks with Ukraine.
Fidan said the round, to be held in Istanbul on Sept. 3, would focus on prisoner exchanges and the protection of energy facilities.

Ukrainian Foreign Minister Andrii Sybiha said Kyiv valued Türkiye's efforts, but that "a meeting for the sake of a meeting" made no sense while Russia continued to strike Ukrainian cities.
Overnight, Russian drones struck energy facilities in the Odesa region, Ukrainian authorities said.
NATO Secretary General Mark Rutte, who was in Ankara last week, said on Wednesday that contacts with Moscow were "Türkiye's sovereign decision," but urged Russia to accept an immediate ceasefire.

Türkiye, a NATO member, has maintained dialogue with both Moscow and Kyiv since the war began in February 2022, and brokered the Black Sea grain deal together with the UN in July 2022.
The Akkuyu plant, built by Russia's state nuclear corporation Rosatom at a cost of about $20 billion, will have four units when completed.
""",
        timexes=[
            T("Thursday", "DATE", "2026-08-20"),
            T("nearly two and a half hours", "DURATION", "PT2H30M", mod="APPROX"),
            T("January 2020", "DATE", "2020-01"),
            T("last year", "DATE", "2025"),
            T("annually", "SET", "P1Y"),
            T("the day", "DATE", "2026-08-20"),
            T("Sept. 3", "DATE", "2026-09-03"),
            T("Overnight", "TIME", "2026-08-19TNI"),
            T("last week", "DATE", "2026-W33"),
            T("Wednesday", "DATE", "2026-08-19"),
            T("February 2022", "DATE", "2022-02"),
            T("July 2022", "DATE", "2022-07"),
        ],
        events=[
            E("Erdoğan and Putin hold talks in Mersin after inaugurating Akkuyu's first unit", "CONSULT",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-08-20", "text", "occurred",
              "on Thursday held talks in the southern province of Mersin"),
            E("Putin's previous visit: Erdoğan and Putin open TurkStream in Istanbul", "CONSULT",
              ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2020-01", "text", "occurred",
              "first visit to Türkiye since January 2020"),
            E("Erdoğan offers to host a Putin-Zelensky meeting in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin", "Volodymyr Zelensky"], "2026-08-20", "context", "occurred",
              "stood ready to host a meeting"),
            E("Putin does not rule out meeting Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2026-08-20", "context", "occurred", "did not rule out a meeting with Zelensky"),
            E("Putin: a meeting only at the final stage, once documents are prepared", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2026-08-20", "context", "occurred",
              "did not rule out a meeting with Zelensky"),
            E("Putin thanks Türkiye for hosting the Istanbul talks", "SUPPORT", ["Vladimir Putin", "Turkey"],
              "2026-08-20", "context", "occurred", "He thanked Türkiye"),
            E("Three rounds of Russian-Ukrainian talks in Istanbul", "CONSULT", ["Russia", "Ukraine", "Turkey"], "2025",
              "text", "occurred", "He thanked Türkiye", note="May-July 2025, summed up as one event"),
            E("Erdoğan and Putin sign a joint declaration on energy cooperation", "AGREE",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-08-20", "context", "occurred",
              "signed a joint declaration on energy cooperation"),
            E("Ministers conclude agreements on gas supplies and trade", "AGREE", ["Turkey", "Russia"], "2026-08-20",
              "context", "occurred", "signed a joint declaration on energy cooperation"),
            E("Fidan meets Lavrov", "CONSULT", ["Hakan Fidan", "Sergey Lavrov"], "2026-08-20", "text", "occurred",
              "Hakan Fidan met his Russian counterpart"),
            E("New round of Russian-Ukrainian technical talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2026-09-03", "text", "planned", "to be held in Istanbul on Sept. 3"),
            E("Sybiha values Türkiye's efforts", "SUPPORT", ["Andrii Sybiha", "Turkey"], "2026-08-20", "published",
              "occurred", "a meeting for the sake of a meeting"),
            E("Sybiha dismisses a meeting for the sake of a meeting", "REJECT", ["Andrii Sybiha"], "2026-08-20",
              "published", "occurred", "a meeting for the sake of a meeting"),
            E("Sybiha: Russia keeps striking Ukrainian cities", "ACCUSE", ["Andrii Sybiha", "Russia"], "2026-08-20",
              "published", "occurred", "a meeting for the sake of a meeting"),
            E("Russian drones strike energy facilities in the Odesa region", "ASSAULT", ["Russia", "Ukraine"],
              "2026-08-19TNI", "text", "occurred", "Overnight, Russian drones struck"),
            E("Rutte visits Ankara", "CONSULT", ["Mark Rutte", "Turkey"], "2026-W33", "text", "occurred",
              "who was in Ankara last week"),
            E("Rutte urges Russia to accept an immediate ceasefire", "REQUEST", ["Mark Rutte", "Russia"], "2026-08-19",
              "text", "occurred", "who was in Ankara last week"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "since the war began in February 2022"),
            E("Türkiye and the UN broker the Black Sea grain deal", "AGREE",
              ["Turkey", "United Nations", "Russia", "Ukraine"], "2022-07", "text", "occurred",
              "since the war began in February 2022"),
        ],
        statements=[
            S("Turkey", "The meeting lasted nearly 2.5 hours and focused on Ukraine, energy and regional issues",
              "2026-08-20", "context", "The closed-door meeting lasted"),
            S("Recep Tayyip Erdoğan", "Türkiye is ready to host a Putin-Zelensky meeting in Istanbul", "2026-08-20",
              "context", "stood ready to host a meeting"),
            S("Recep Tayyip Erdoğan", "A just and lasting peace is possible through dialogue", "2026-08-20",
              "context", "A just and lasting peace is possible"),
            S("Vladimir Putin", "A meeting with Zelensky is not ruled out, but only at the final stage", "2026-08-20",
              "context", "did not rule out a meeting with Zelensky"),
            S("Vladimir Putin", "Thanks Türkiye for hosting three rounds of talks last year", "2026-08-20", "context",
              "He thanked Türkiye"),
            S("Turkey", "A joint declaration and agreements on gas and trade were signed", "2026-08-20", "context",
              "signed a joint declaration on energy cooperation"),
            S("Joint statement: Recep Tayyip Erdoğan, Vladimir Putin", "Joint declaration on energy cooperation",
              "2026-08-20", "context", "signed a joint declaration on energy cooperation"),
            S("Recep Tayyip Erdoğan", "Aim to raise bilateral trade to 100 billion dollars a year", "2026-08-20",
              "context", "Erdogan said the two countries aimed"),
            S("Hakan Fidan", "The Istanbul round on 3 September will focus on prisoners and energy facilities",
              "2026-08-20", "context", "to be held in Istanbul on Sept. 3"),
            S("Andrii Sybiha", "Values Türkiye's efforts; a meeting for its own sake makes no sense while Russia strikes",
              "2026-08-20", "published", "a meeting for the sake of a meeting"),
            S("Ukraine", "Russian drones struck energy facilities in the Odesa region", "2026-08-20", "published",
              "Overnight, Russian drones struck"),
            S("Mark Rutte", "Contacts with Moscow are Türkiye's sovereign decision; Russia must accept a ceasefire",
              "2026-08-19", "text", "who was in Ankara last week"),
        ],
        actors=["Recep Tayyip Erdoğan", "Vladimir Putin", "Turkey", "Russia", "Ukraine", "Volodymyr Zelensky",
                "Hakan Fidan", "Sergey Lavrov", "Andrii Sybiha", "NATO", "Mark Rutte", "United Nations"],
    ),
    dict(
        id="b22en06_biden_xi_lima_apec_2024_11",
        lang="en",
        published="2024-11-17",
        body="""
Biden presses Xi over North Korean troops in Russia in final meeting before Trump takes over
US President Joe Biden has urged Chinese leader Xi Jinping to use Beijing's influence to stop North Korea from deepening its involvement in Russia's war in Ukraine, in what is expected to be their last meeting before Donald Trump returns to the White House in January.
The two leaders met for almost two hours on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in the Peruvian capital, Lima, on Saturday local time.
A White House official said Mr Biden told Mr Xi that the deployment of North Korean soldiers to Russia's Kursk region was a "dangerous escalation" with consequences for security in Europe and the Indo-Pacific.
US and South Korean officials say more than 10,000 North Korean troops were moved to Russia last month.

Chinese state media quoted Mr Xi as saying China would "never allow conflict and turmoil" on the Korean Peninsula and that its position on the Ukraine crisis had been "open and above board" from the start.
Mr Xi also repeated Beijing's call for a ceasefire and said China would keep working to promote peace talks.

Ukrainian President Volodymyr Zelenskyy said on Saturday that the war would "end sooner" once Mr Trump was in office, and that Kyiv must do everything to end it next year "through diplomatic means".
He again criticised German Chancellor Olaf Scholz for phoning Russian President Vladimir Putin on Friday, their first conversation in nearly two years, saying the call had opened "Pandora's box".
Kremlin spokesman Dmitry Peskov said Moscow was open to dialogue with the incoming US administration, but that the conditions Mr Putin set out in June remained unchanged.

Overnight, Russia launched one of its biggest air attacks of the war, firing about 120 missiles and 90 drones at energy facilities across Ukraine, the Ukrainian air force said.
Poland scrambled fighter jets as a precaution, its armed forces' operational command said.
On Friday, Mr Biden met Japan's Prime Minister Shigeru Ishiba and South Korea's President Yoon Suk Yeol, and the three leaders condemned what they called the "dangerous and destabilising" military cooperation between Russia and North Korea.
Secretary of State Antony Blinken said Washington would use its remaining two months in office to put Ukraine in "the strongest possible position", including by delivering all the aid already approved by Congress.

Prime Minister Anthony Albanese, who also attended the summit, said Australia would continue to support Ukraine and that the first of 49 retired Abrams tanks announced last month would arrive there in the coming months.
Mr Xi and Mr Albanese are expected to meet at the G20 summit in Rio de Janeiro on Monday, where Russia will be represented by Foreign Minister Sergei Lavrov.
""",
        timexes=[
            T("January", "DATE", "2025-01"),
            T("almost two hours", "DURATION", "PT2H", mod="APPROX"),
            T("Saturday", "DATE", "2024-11-16", note="Lima local time"),
            T("last month", "DATE", "2024-10"),
            T("Saturday", "DATE", "2024-11-16", n=1),
            T("next year", "DATE", "2025"),
            T("Friday", "DATE", "2024-11-15"),
            T("nearly two years", "DURATION", "P2Y", mod="APPROX"),
            T("June", "DATE", "2024-06"),
            T("Overnight", "TIME", "2024-11-16TNI"),
            T("Friday", "DATE", "2024-11-15", n=1),
            T("two months", "DURATION", "P2M"),
            T("last month", "DATE", "2024-10", n=1),
            T("the coming months", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2024-11-18"),
        ],
        events=[
            E("Biden urges Xi to use his influence on North Korea", "REQUEST", ["Joe Biden", "Xi Jinping"],
              "2024-11-16", "context", "occurred", "US President Joe Biden has urged"),
            E("Biden and Xi meet on the sidelines of the APEC summit in Lima", "CONSULT", ["Joe Biden", "Xi Jinping"],
              "2024-11-16", "text", "occurred", "The two leaders met for almost two hours"),
            E("Biden calls the North Korean deployment to Kursk a dangerous escalation", "ACCUSE", ["Joe Biden", "Russia"],
              "2024-11-16", "context", "occurred", "dangerous escalation", note="North Korea is not canonical"),
            E("More than 10,000 North Korean troops moved to Russia", "MOBILIZE", ["Russia"], "2024-10", "text",
              "occurred", "more than 10,000 North Korean troops"),
            E("Xi repeats China's call for a ceasefire", "REQUEST", ["Xi Jinping"], "2024-11-16", "context", "occurred",
              "Mr Xi also repeated Beijing's call"),
            E("Xi: China will keep working to promote peace talks", "AGREE", ["Xi Jinping"], "2024-11-16", "context",
              "occurred", "Mr Xi also repeated Beijing's call"),
            E("Zelensky criticises Scholz for phoning Putin", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-11-16", "context", "occurred", "He again criticised German Chancellor Olaf Scholz"),
            E("Scholz phones Putin", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "text", "occurred",
              "He again criticised German Chancellor Olaf Scholz"),
            E("Peskov: Moscow open to dialogue with the incoming US administration", "AGREE",
              ["Dmitry Peskov", "United States"], "2024-11-17", "published", "occurred", "Moscow was open to dialogue"),
            E("Putin sets out his conditions for peace talks", "REQUEST", ["Vladimir Putin", "Ukraine"], "2024-06",
              "text", "occurred", "Moscow was open to dialogue",
              note="the June 2024 conditions, named only as 'the conditions Mr Putin set out in June'"),
            E("Massive Russian missile and drone attack on Ukraine's energy grid", "ASSAULT", ["Russia", "Ukraine"],
              "2024-11-16TNI", "text", "occurred", "Overnight, Russia launched one of its biggest air attacks"),
            E("Poland scrambles fighter jets", "MOBILIZE", ["Poland"], "2024-11-16TNI", "context", "occurred",
              "Poland scrambled fighter jets"),
            E("Biden meets Ishiba and Yoon", "CONSULT", ["Joe Biden"], "2024-11-15", "text", "occurred",
              "On Friday, Mr Biden met", note="Japan and South Korea are not canonical"),
            E("Biden, Ishiba and Yoon condemn Russia-North Korea military cooperation", "ACCUSE", ["Joe Biden", "Russia"],
              "2024-11-15", "context", "occurred", "On Friday, Mr Biden met"),
            E("Blinken: Washington will put Ukraine in the strongest possible position", "AGREE",
              ["Antony Blinken", "Ukraine"], "2024-11-17", "published", "occurred", "the strongest possible position"),
            E("US to deliver all aid already approved by Congress", "AID", ["United States", "Ukraine"], "2024-11-17",
              "published", "planned", "the strongest possible position"),
            E("Australia promises continued support for Ukraine", "AGREE", ["Ukraine"], "2024-11-17", "published",
              "occurred", "Prime Minister Anthony Albanese", note="Australia is not canonical"),
            E("Australia announces 49 Abrams tanks for Ukraine", "AID", ["Ukraine"], "2024-10", "text", "occurred",
              "Prime Minister Anthony Albanese", note="Australia is not canonical"),
            E("Xi and Albanese to meet at the G20 in Rio", "CONSULT", ["Xi Jinping"], "2024-11-18", "text", "planned",
              "Mr Xi and Mr Albanese are expected to meet"),
            E("Lavrov to represent Russia at the G20 in Rio", "CONSULT", ["Sergey Lavrov", "Russia"], "2024-11-18",
              "text", "planned", "Mr Xi and Mr Albanese are expected to meet"),
        ],
        statements=[
            S("Joe Biden, via White House", "North Korean deployment to Kursk is a dangerous escalation", "2024-11-16",
              "context", "dangerous escalation"),
            S("United States", "More than 10,000 North Korean troops were moved to Russia last month", "2024-11-17",
              "published", "more than 10,000 North Korean troops"),
            S("Xi Jinping, via China", "China will never allow conflict on the Korean Peninsula; its position is open",
              "2024-11-16", "context", "Chinese state media quoted Mr Xi"),
            S("Xi Jinping, via China", "Repeats the call for a ceasefire; China will keep promoting peace talks",
              "2024-11-16", "context", "Mr Xi also repeated Beijing's call"),
            S("Volodymyr Zelensky", "The war will end sooner under Trump; Kyiv must end it next year by diplomacy",
              "2024-11-16", "text", "end sooner"),
            S("Volodymyr Zelensky", "Scholz's call with Putin opened Pandora's box", "2024-11-16", "context",
              "He again criticised German Chancellor Olaf Scholz"),
            S("Dmitry Peskov", "Moscow is open to dialogue with the new US administration; Putin's conditions stand",
              "2024-11-17", "published", "Moscow was open to dialogue"),
            S("Ukraine", "Russia fired about 120 missiles and 90 drones at energy facilities", "2024-11-17",
              "published", "Overnight, Russia launched one of its biggest air attacks"),
            S("Poland", "Fighter jets were scrambled as a precaution", "2024-11-17", "published",
              "Poland scrambled fighter jets"),
            S("Joe Biden", "Condemns the dangerous and destabilising Russia-North Korea cooperation", "2024-11-15",
              "context", "On Friday, Mr Biden met"),
            S("Antony Blinken", "The US will use its last two months to strengthen Ukraine and deliver approved aid",
              "2024-11-17", "published", "the strongest possible position"),
        ],
        actors=["Joe Biden", "Xi Jinping", "China", "Russia", "Ukraine", "Donald Trump", "White House",
                "United States", "Volodymyr Zelensky", "Olaf Scholz", "Germany", "Vladimir Putin", "Kremlin",
                "Dmitry Peskov", "Poland", "Antony Blinken", "Sergey Lavrov"],
    ),
]
