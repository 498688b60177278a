"""English articles of the blind23 set (see README.md). One sentence per line, headline first."""

from build import E, S, T

DOCS = [
    # ------------------------------------------------------------------ b23en01
    dict(
        id="b23en01_zelenskyy_diet_peace_treaty_talks_2022_03",
        lang="en",
        published="2022-03-24",
        body="""
Zelenskyy urges Japan to keep up pressure as Moscow halts peace treaty talks

Ukrainian President Volodymyr Zelenskyy called on Japan on Wednesday to maintain its sanctions on Russia and to help prevent a nuclear catastrophe, in a video address to the Diet that made him the first foreign leader to speak to lawmakers online.
Speaking for about 12 minutes, Zelenskyy thanked Japan as "the first Asian nation" to put pressure on Moscow and asked Tokyo to consider an embargo on trade with Russia.
He said Russian forces had shelled the Zaporizhzhia nuclear power plant earlier this month, calling the attack "a threat to the whole world."

Prime Minister Fumio Kishida, who listened to the address with members of his Cabinet, told reporters afterward that Japan would "continue to stand by Ukraine" and consider further measures.
Kishida left for Brussels on Wednesday night to attend an emergency Group of Seven summit on Thursday, where leaders including U.S. President Joe Biden are expected to agree on new sanctions.
Biden is also expected to hold talks with Kishida on the sidelines.

On Monday, Russia announced it was pulling out of negotiations with Japan on a peace treaty formally ending World War II hostilities, citing Tokyo's "openly unfriendly" sanctions.
The Russian Foreign Ministry said it would also end visa-free visits by Japanese former residents to the disputed islands off Hokkaido and withdraw from talks on joint economic projects there.
Kishida called the move "extremely unjust and absolutely unacceptable" on Tuesday and said Tokyo had lodged a protest through diplomatic channels.
Kremlin spokesman Dmitry Peskov said Japan had "chosen the path of confrontation" and that Moscow saw no basis for the talks at this time.
Japan's Defense Ministry reported last week that 10 Russian warships, including landing ships, had sailed through the Tsugaru Strait, possibly to reinforce forces fighting in Ukraine.

After the invasion began on Feb. 24, Tokyo moved quickly to align itself with the Group of Seven.
On March 1, it froze the assets of President Vladimir Putin and the Russian central bank, and it announced earlier this month that it would revoke Russia's most-favored-nation trade status.
Japan also pledged $100 million in emergency humanitarian aid to Ukraine last month.

Zelenskyy's speech drew a contrast with China, whose Foreign Ministry on Wednesday again declined to describe Russia's actions as an invasion.
A ministry spokesman criticized what he called unilateral sanctions by the United States and its allies, saying they "will not solve the problem."
""",
        timexes=[
            T("Wednesday", "DATE", "2022-03-23", n=0),
            T("about 12 minutes", "DURATION", "PT12M", mod="APPROX"),
            T("earlier this month", "DATE", "2022-03", n=0),
            T("Wednesday night", "TIME", "2022-03-23TNI"),
            T("Thursday", "DATE", "2022-03-24"),
            T("Monday", "DATE", "2022-03-21"),
            T("Tuesday", "DATE", "2022-03-22"),
            T("this time", "DATE", "PRESENT_REF"),
            T("last week", "DATE", "2022-W11"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("March 1", "DATE", "2022-03-01"),
            T("earlier this month", "DATE", "2022-03", n=1),
            T("last month", "DATE", "2022-02"),
            T("Wednesday", "DATE", "2022-03-23", n=2),
        ],
        events=[
            E("Zelenskyy asks Japan to maintain sanctions on Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-03-23", "text", "occurred", "called on Japan on Wednesday", note="Japan is not canonical"),
            E("Zelenskyy thanks Japan for its pressure on Moscow", "SUPPORT", ["Volodymyr Zelensky"], "2022-03-23",
              "context", "occurred", "Speaking for about 12 minutes"),
            E("Zelenskyy asks Tokyo to consider a trade embargo on Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-03-23", "context", "occurred", "Speaking for about 12 minutes"),
            E("Zelenskyy accuses Russia of shelling the Zaporizhzhia nuclear plant", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-03-23", "context", "occurred",
              "He said Russian forces had shelled"),
            E("Russian forces shelled the Zaporizhzhia nuclear power plant", "ASSAULT", ["Russia", "Ukraine"], "2022-03",
              "text", "occurred", "He said Russian forces had shelled"),
            E("Kishida promises Japan will continue to stand by Ukraine", "AGREE", ["Ukraine"], "2022-03-23", "context",
              "occurred", "Prime Minister Fumio Kishida, who listened", note="Japan is not canonical"),
            E("Emergency G7 summit in Brussels", "CONSULT", ["Joe Biden"], "2022-03-24", "text", "planned",
              "Kishida left for Brussels", note="G7 and Japan are not canonical; Biden is the member named"),
            E("G7 leaders expected to agree on new sanctions against Russia", "SANCTION", ["Joe Biden", "Russia"],
              "2022-03-24", "text", "planned", "Kishida left for Brussels"),
            E("Biden to hold talks with Kishida", "CONSULT", ["Joe Biden"], "2022-03-24", "context", "planned",
              "Biden is also expected to hold talks"),
            E("Russia pulls out of peace treaty negotiations with Japan", "SANCTION", ["Russia"], "2022-03-21", "text",
              "occurred", "On Monday, Russia announced"),
            E("Russia ends visa-free visits to the disputed islands and leaves talks on joint economic projects",
              "SANCTION", ["Russia"], "2022-03-21", "context", "occurred", "The Russian Foreign Ministry said it would also end"),
            E("Japan protests against the Russian move", "ACCUSE", ["Russia"], "2022-03-22", "text", "occurred",
              "Kishida called the move"),
            E("Peskov says Japan chose the path of confrontation", "ACCUSE", ["Dmitry Peskov"], "2022-03-24",
              "published", "occurred", "Kremlin spokesman Dmitry Peskov said Japan"),
            E("Ten Russian warships sailed through the Tsugaru Strait", "MOBILIZE", ["Russia"], "2022-W11", "text",
              "occurred", "Japan's Defense Ministry reported last week"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "After the invasion began on Feb. 24"),
            E("Japan freezes the assets of Putin and the Russian central bank", "SANCTION", ["Vladimir Putin", "Russia"],
              "2022-03-01", "text", "occurred", "On March 1, it froze the assets"),
            E("Japan moves to revoke Russia's most-favored-nation trade status", "SANCTION", ["Russia"], "2022-03", "text",
              "occurred", "On March 1, it froze the assets"),
            E("Japan pledges 100 million dollars in humanitarian aid to Ukraine", "AID", ["Ukraine"], "2022-02", "text",
              "occurred", "Japan also pledged $100 million"),
            E("China criticises unilateral sanctions by the United States and its allies", "ACCUSE",
              ["China", "United States"], "2022-03-23", "context", "occurred", "A ministry spokesman criticized"),
        ],
        statements=[
            S("Volodymyr Zelensky", "Calls on Japan to maintain sanctions and help prevent a nuclear catastrophe",
              "2022-03-23", "text", "called on Japan on Wednesday"),
            S("Volodymyr Zelensky", "Thanks Japan and asks it to consider a trade embargo on Russia", "2022-03-23",
              "context", "Speaking for about 12 minutes"),
            S("Volodymyr Zelensky", "Russia shelled the Zaporizhzhia nuclear plant, a threat to the whole world",
              "2022-03-23", "context", "He said Russian forces had shelled"),
            S("Russia", "Pulls out of peace treaty talks, citing Japan's unfriendly sanctions", "2022-03-21", "text",
              "On Monday, Russia announced"),
            S("Russia", "Ends visa-free visits and withdraws from talks on joint economic projects", "2022-03-21",
              "context", "The Russian Foreign Ministry said it would also end"),
            S("Dmitry Peskov", "Japan chose confrontation; no basis for the talks at this time", "2022-03-24",
              "published", "Kremlin spokesman Dmitry Peskov said Japan"),
            S("China", "Again declines to call Russia's actions an invasion", "2022-03-23", "text",
              "whose Foreign Ministry on Wednesday again declined"),
            S("China", "Unilateral sanctions by the US and its allies will not solve the problem", "2022-03-23",
              "context", "A ministry spokesman criticized"),
        ],
        actors=["Volodymyr Zelensky", "Ukraine", "Russia", "Joe Biden", "United States", "Dmitry Peskov", "Kremlin",
                "Vladimir Putin", "China"],
    ),
    # ------------------------------------------------------------------ b23en02
    dict(
        id="b23en02_saudi_aid_opec_rift_2022_10",
        lang="en",
        published="2022-10-15",
        body="""
Saudi Arabia pledges $400m to Ukraine after crown prince's call with Zelensky

Saudi Arabia will provide $400 million in aid to Ukraine, the kingdom announced late Friday after a phone call between Crown Prince Mohammed bin Salman and President Volodymyr Zelensky.
The package includes $100m in humanitarian assistance and $300m in oil derivatives financed through the Saudi Fund for Development, according to the official Saudi Press Agency.
During the call, Prince Mohammed reaffirmed the kingdom's support for "everything that contributes to de-escalation" and its readiness to continue mediation efforts, SPA said.
Mr Zelensky thanked the crown prince for his support for Ukraine's "sovereignty and territorial integrity" and for the kingdom's vote at the UN General Assembly this week.

The call came after the UAE President, Sheikh Mohamed bin Zayed, held talks with President Vladimir Putin in St Petersburg on Tuesday, his first visit to Russia since the war began.
Sheikh Mohamed told Mr Putin that the UAE was ready to help find "effective solutions" to the crisis, including through prisoner exchanges, state news agency Wam reported.
Mr Putin praised the Emirates' "balanced position" and said Moscow was grateful for its efforts.

The Saudi pledge comes amid a sharp row with Washington over the decision of the Opec+ alliance, led by Riyadh and Moscow, on October 5 to cut oil production by two million barrels a day.
US President Joe Biden said on Tuesday there would be "consequences" for the kingdom's relations with the United States.
White House National Security Council spokesman John Kirby on Thursday accused Riyadh of pressuring other producers and of helping Russia blunt the effect of Western sanctions.
The Saudi Foreign Ministry rejected the criticism the same day as "not based on facts", saying the decision was "purely economic".

Kremlin spokesman Dmitry Peskov welcomed the Opec+ decision earlier this week as "balanced" and aimed at stabilising markets.
Mr Peskov also said Moscow appreciated Riyadh's mediation in the release last month of 10 foreign fighters captured in Ukraine, including five Britons and two Americans.

Gulf states have sought to balance their ties with the West and Russia since February, declining to join sanctions while voting with the majority at the United Nations.
"Riyadh is signalling that it is not taking sides, and that it can be useful to both," said a Gulf-based analyst who asked not to be named.
Overnight, Russian drones and missiles again hit energy facilities in several Ukrainian regions, Ukraine's military said.
""",
        timexes=[
            T("late Friday", "TIME", "2022-10-14TNI"),
            T("this week", "DATE", "2022-W41", n=0),
            T("Tuesday", "DATE", "2022-10-11", n=0),
            T("October 5", "DATE", "2022-10-05"),
            T("a day", "SET", "P1D"),
            T("Tuesday", "DATE", "2022-10-11", n=1),
            T("Thursday", "DATE", "2022-10-13"),
            T("the same day", "DATE", "2022-10-13"),
            T("earlier this week", "DATE", "2022-W41"),
            T("last month", "DATE", "2022-09"),
            T("February", "DATE", "2022-02"),
            T("Overnight", "TIME", "2022-10-14TNI"),
        ],
        events=[
            E("Saudi Arabia pledges 400 million dollars in aid to Ukraine", "AID", ["Saudi Arabia", "Ukraine"],
              "2022-10-14TNI", "text", "occurred", "Saudi Arabia will provide $400 million"),
            E("Phone call between the Saudi crown prince and Zelensky", "CONSULT", ["Saudi Arabia", "Volodymyr Zelensky"],
              "2022-10-14", "context", "occurred", "Saudi Arabia will provide $400 million"),
            E("Saudi crown prince offers to continue mediation", "REQUEST", ["Saudi Arabia", "Russia", "Ukraine"],
              "2022-10-14", "context", "occurred", "During the call, Prince Mohammed reaffirmed"),
            E("Zelensky thanks the crown prince for his support and the UN vote", "SUPPORT",
              ["Volodymyr Zelensky", "Saudi Arabia"], "2022-10-14", "context", "occurred",
              "Mr Zelensky thanked the crown prince"),
            E("UAE president holds talks with Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2022-10-11", "text",
              "occurred", "held talks with President Vladimir Putin in St Petersburg", note="the UAE is not canonical"),
            E("UAE president offers to help find solutions, including prisoner exchanges", "REQUEST", ["Vladimir Putin"],
              "2022-10-11", "context", "occurred", "Sheikh Mohamed told Mr Putin"),
            E("Putin praises the UAE's balanced position", "SUPPORT", ["Vladimir Putin"], "2022-10-11", "context",
              "occurred", "Mr Putin praised the Emirates"),
            E("Opec+ decides to cut oil production by two million barrels a day", "AGREE", ["Saudi Arabia", "Russia"],
              "2022-10-05", "text", "occurred", "The Saudi pledge comes amid a sharp row"),
            E("Biden warns of consequences for relations with Saudi Arabia", "THREATEN", ["Joe Biden", "Saudi Arabia"],
              "2022-10-11", "text", "occurred", "US President Joe Biden said on Tuesday"),
            E("White House accuses Riyadh of pressuring producers and helping Russia blunt sanctions", "ACCUSE",
              ["White House", "Saudi Arabia", "Russia"], "2022-10-13", "text", "occurred",
              "White House National Security Council spokesman John Kirby"),
            E("Saudi Arabia rejects the US criticism as not based on facts", "REJECT", ["Saudi Arabia", "United States"],
              "2022-10-13", "text", "occurred", "The Saudi Foreign Ministry rejected the criticism"),
            E("Peskov welcomes the Opec+ decision as balanced", "SUPPORT", ["Dmitry Peskov"], "2022-W41", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov welcomed the Opec+ decision"),
            E("Peskov appreciates Riyadh's mediation", "SUPPORT", ["Dmitry Peskov", "Saudi Arabia"], "2022-W41",
              "context", "occurred", "Mr Peskov also said Moscow appreciated"),
            E("Saudi mediation of the release of ten foreign fighters", "CONSULT", ["Saudi Arabia", "Russia"], "2022-09",
              "text", "occurred", "Mr Peskov also said Moscow appreciated"),
            E("Russia releases ten foreign fighters captured in Ukraine", "CONCEDE", ["Russia"], "2022-09", "text",
              "occurred", "Mr Peskov also said Moscow appreciated"),
            E("Russian drone and missile strikes on Ukrainian energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2022-10-14TNI", "text", "occurred", "Overnight, Russian drones and missiles"),
        ],
        statements=[
            S("Saudi Arabia", "Announces 400 million dollars in aid to Ukraine after the crown prince's call", "2022-10-14TNI",
              "text", "Saudi Arabia will provide $400 million"),
            S("Saudi Arabia", "The package: 100m in humanitarian aid and 300m in oil derivatives", "2022-10-14TNI",
              "context", "The package includes $100m"),
            S("Saudi Arabia", "Supports de-escalation and is ready to continue mediation", "2022-10-14", "context",
              "During the call, Prince Mohammed reaffirmed"),
            S("Volodymyr Zelensky", "Thanks the crown prince for his support and the UN vote", "2022-10-14", "context",
              "Mr Zelensky thanked the crown prince"),
            S("Vladimir Putin", "Praises the UAE's balanced position; Moscow is grateful", "2022-10-11", "context",
              "Mr Putin praised the Emirates"),
            S("Joe Biden", "There will be consequences for relations with Saudi Arabia", "2022-10-11", "text",
              "US President Joe Biden said on Tuesday"),
            S("White House", "Riyadh pressured other producers and helps Russia blunt sanctions", "2022-10-13", "text",
              "White House National Security Council spokesman John Kirby"),
            S("Saudi Arabia", "The criticism is not based on facts; the decision was purely economic", "2022-10-13",
              "text", "The Saudi Foreign Ministry rejected the criticism"),
            S("Dmitry Peskov", "The Opec+ decision is balanced and aims to stabilise markets", "2022-W41", "text",
              "Kremlin spokesman Dmitry Peskov welcomed the Opec+ decision"),
            S("Dmitry Peskov", "Moscow appreciated Riyadh's mediation in the release of foreign fighters", "2022-W41",
              "context", "Mr Peskov also said Moscow appreciated"),
            S("Ukraine", "Military reports overnight strikes on energy facilities", "2022-10-15", "published",
              "Overnight, Russian drones and missiles"),
        ],
        actors=["Saudi Arabia", "Ukraine", "Volodymyr Zelensky", "United Nations", "Vladimir Putin", "Russia",
                "Joe Biden", "United States", "White House", "Dmitry Peskov", "Kremlin"],
    ),
    # ------------------------------------------------------------------ b23en03
    dict(
        id="b23en03_lavrov_pretoria_pandor_2023_01",
        lang="en",
        published="2023-01-24",
        body="""
Pandor hosts Lavrov, calls demands to cut ties with Moscow 'simplistic and infantile'

International Relations and Cooperation Minister Naledi Pandor on Monday defended South Africa's ties with Russia as she hosted her Russian counterpart, Sergei Lavrov, in Pretoria.
It would be "simplistic and infantile", she told a joint media briefing, to expect Pretoria to sever relations with a country that had supported the fight against apartheid.
The visit, Lavrov's second to the continent in six months, comes as South Africa prepares to host joint naval exercises with Russia and China off the KwaZulu-Natal coast in February.
Pandor said the drills, named Mosi II, were "a natural course of relations" between friendly countries.

Lavrov, for his part, accused the West of trying to isolate Russia and said Moscow was not refusing to negotiate with Kyiv.
"Those who refuse should understand that the longer they delay, the harder it will be to reach agreement," he said.
He described the war as a conflict forced on Russia by Nato's expansion to the east.
The two ministers signed a plan of consultations between their ministries for 2023 to 2025, according to the Russian Foreign Ministry.
Lavrov also said the second Russia-Africa summit would take place in St Petersburg in July.

It was, by any measure, a warm reception, and Washington noticed.
US Treasury Secretary Janet Yellen is due in South Africa on Thursday, following Secretary of State Antony Blinken's visit in August.
A State Department spokesperson said the United States respected South Africa's sovereignty but urged "all countries" to press Moscow to end its "unprovoked war".
China's embassy in Pretoria said in a statement that the naval drills were "not directed at any third party".

Ukraine's foreign ministry said it regretted that Pretoria had given Lavrov "a platform for propaganda".
It called on African states to support the peace formula presented by President Volodymyr Zelensky in November.
South Africa abstained in the UN General Assembly vote in March last year that demanded a Russian withdrawal, and has since called for dialogue.

Lavrov's trip this week also takes him to Eswatini, Angola and Eritrea.
His previous tour of the continent, in July, included stops in Egypt, the Republic of Congo, Uganda and Ethiopia.
""",
        timexes=[
            T("Monday", "DATE", "2023-01-23"),
            T("six months", "DURATION", "P6M"),
            T("February", "DATE", "2023-02"),
            T("2023", "DATE", "2023"),
            T("2025", "DATE", "2025"),
            T("July", "DATE", "2023-07", n=0),
            T("Thursday", "DATE", "2023-01-26"),
            T("August", "DATE", "2022-08"),
            T("November", "DATE", "2022-11"),
            T("March last year", "DATE", "2022-03"),
            T("this week", "DATE", "2023-W04"),
            T("July", "DATE", "2022-07", n=1),
        ],
        events=[
            E("Pandor hosts Lavrov in Pretoria", "CONSULT", ["Sergey Lavrov"], "2023-01-23", "text", "occurred",
              "on Monday defended South Africa's ties", note="South Africa is not canonical"),
            E("Joint naval exercises of South Africa, Russia and China planned off KwaZulu-Natal", "MOBILIZE",
              ["Russia", "China"], "2023-02", "text", "planned", "Lavrov's second to the continent in six months"),
            E("Lavrov accuses the West of trying to isolate Russia", "ACCUSE", ["Sergey Lavrov"], "2023-01-23", "context",
              "occurred", "Lavrov, for his part, accused the West"),
            E("Lavrov: Moscow is not refusing to negotiate with Kyiv", "AGREE", ["Sergey Lavrov", "Ukraine"],
              "2023-01-23", "context", "occurred", "Lavrov, for his part, accused the West"),
            E("Lavrov warns that the longer Kyiv delays, the harder an agreement will be", "THREATEN",
              ["Sergey Lavrov", "Ukraine"], "2023-01-23", "context", "occurred", "Those who refuse should understand"),
            E("Lavrov blames NATO's eastward expansion for the war", "ACCUSE", ["Sergey Lavrov", "NATO"], "2023-01-23",
              "context", "occurred", "He described the war as a conflict forced on Russia"),
            E("Lavrov and Pandor sign a plan of consultations for 2023 to 2025", "AGREE", ["Sergey Lavrov"], "2023-01-23",
              "context", "occurred", "The two ministers signed a plan of consultations"),
            E("Second Russia-Africa summit to take place in St Petersburg", "CONSULT", ["Russia"], "2023-07", "text",
              "planned", "Lavrov also said the second Russia-Africa summit"),
            E("US Treasury Secretary Yellen due in South Africa", "CONSULT", ["United States"], "2023-01-26", "text",
              "planned", "US Treasury Secretary Janet Yellen is due"),
            E("Blinken visited South Africa", "CONSULT", ["Antony Blinken"], "2022-08", "text", "occurred",
              "US Treasury Secretary Janet Yellen is due"),
            E("US urges all countries to press Moscow to end its war", "REQUEST", ["United States", "Russia"],
              "2023-01-24", "published", "occurred", "A State Department spokesperson said"),
            E("Ukraine criticises Pretoria for giving Lavrov a platform for propaganda", "ACCUSE",
              ["Ukraine", "Sergey Lavrov"], "2023-01-24", "published", "occurred",
              "Ukraine's foreign ministry said it regretted"),
            E("Ukraine calls on African states to support Zelensky's peace formula", "REQUEST", ["Ukraine"], "2023-01-24",
              "published", "occurred", "It called on African states"),
            E("Zelensky presented his peace formula", "REQUEST", ["Volodymyr Zelensky", "Russia"], "2022-11", "text",
              "occurred", "It called on African states"),
            E("UN General Assembly demanded a Russian withdrawal", "REQUEST", ["United Nations", "Russia"], "2022-03",
              "text", "occurred", "South Africa abstained in the UN General Assembly vote"),
            E("Lavrov's onward trip to Eswatini, Angola and Eritrea", "CONSULT", ["Sergey Lavrov"], "2023-W04", "text",
              "planned", "Lavrov's trip this week also takes him"),
            E("Lavrov's earlier Africa tour to Egypt, Congo, Uganda and Ethiopia", "CONSULT", ["Sergey Lavrov"], "2022-07",
              "text", "occurred", "His previous tour of the continent"),
        ],
        statements=[
            S("Sergey Lavrov", "The West tries to isolate Russia; Moscow is not refusing to negotiate with Kyiv",
              "2023-01-23", "context", "Lavrov, for his part, accused the West"),
            S("Sergey Lavrov", "The longer those who refuse delay, the harder an agreement will be", "2023-01-23",
              "context", "Those who refuse should understand"),
            S("Sergey Lavrov", "The war was forced on Russia by NATO's expansion", "2023-01-23", "context",
              "He described the war as a conflict forced on Russia"),
            S("Russia", "The ministers signed a plan of consultations for 2023-2025", "2023-01-23", "context",
              "The two ministers signed a plan of consultations"),
            S("Sergey Lavrov", "The second Russia-Africa summit will be in St Petersburg in July", "2023-01-23",
              "context", "Lavrov also said the second Russia-Africa summit"),
            S("United States", "Respects South Africa's sovereignty but urges all countries to press Moscow", "2023-01-24",
              "published", "A State Department spokesperson said"),
            S("China", "The naval drills are not directed at any third party", "2023-01-24", "published",
              "China's embassy in Pretoria said"),
            S("Ukraine", "Regrets that Pretoria gave Lavrov a platform for propaganda", "2023-01-24", "published",
              "Ukraine's foreign ministry said it regretted"),
            S("Ukraine", "Calls on African states to support Zelensky's peace formula", "2023-01-24", "published",
              "It called on African states"),
        ],
        actors=["Russia", "Sergey Lavrov", "China", "Ukraine", "NATO", "United States", "Antony Blinken",
                "Volodymyr Zelensky", "United Nations"],
    ),
    # ------------------------------------------------------------------ b23en04
    dict(
        id="b23en04_jaishankar_moscow_tariffs_2025_08",
        lang="en",
        published="2025-08-22",
        body="""
'Perplexed' by US logic, Jaishankar tells Moscow India's energy choices are its own

External affairs minister S Jaishankar held talks with Russian foreign minister Sergey Lavrov in Moscow on Thursday and met President Vladimir Putin later in the day, as New Delhi pushed back against Washington's pressure over its purchases of Russian oil.
An additional 25% tariff on Indian goods, announced by US President Donald Trump on August 6 as a penalty for those purchases, is set to take effect on August 27, doubling the total duty to 50%.
"We are not the biggest purchasers of Russian oil, that is China; we are not the biggest buyers of LNG, that is the European Union," Jaishankar told reporters after the talks.
He added that New Delhi was "very perplexed" by the American argument.

Lavrov said Russia and India would continue their energy cooperation "regardless of external pressure" and accused Washington of trying to dictate to sovereign nations with whom they may trade.
He also praised New Delhi's "balanced and constructive" position on the Ukraine conflict.
According to the Russian side, Lavrov briefed his guest on the understandings reached by Putin and Trump at their summit in Alaska last week.
Putin is expected to visit India before the end of the year for the annual summit, national security adviser Ajit Doval announced during his own visit to Moscow earlier this month.

In Washington, treasury secretary Scott Bessent on Tuesday accused India of "profiteering" by reselling refined Russian crude.
Trump has said he could impose secondary tariffs on other buyers of Russian oil if Moscow does not agree to end the war, but he has so far held off on similar steps against China.

Prime Minister Narendra Modi spoke to Ukrainian President Volodymyr Zelensky on August 11, when Zelensky urged India to reduce its imports of Russian energy.
Modi had spoken to Putin three days earlier and was briefed on the Kremlin's contacts with Trump's envoy Steve Witkoff.
On Wednesday, Russia's deputy chief of mission in New Delhi, Roman Babushkin, said Russian markets would welcome Indian exports if they faced difficulty entering the US.
Modi and Putin are next due to meet at the Shanghai Cooperation Organisation summit in Tianjin at the end of the month.
""",
        timexes=[
            T("Thursday", "DATE", "2025-08-21"),
            T("the day", "DATE", "2025-08-21"),
            T("August 6", "DATE", "2025-08-06"),
            T("August 27", "DATE", "2025-08-27"),
            T("last week", "DATE", "2025-W33"),
            T("the end of the year", "DATE", "2025", mod="END"),
            T("earlier this month", "DATE", "2025-08"),
            T("Tuesday", "DATE", "2025-08-19"),
            T("August 11", "DATE", "2025-08-11"),
            T("three days earlier", "DATE", "2025-08-08"),
            T("Wednesday", "DATE", "2025-08-20"),
            T("the end of the month", "DATE", "2025-08", mod="END"),
        ],
        events=[
            E("Jaishankar holds talks with Lavrov in Moscow", "CONSULT", ["Sergey Lavrov"], "2025-08-21", "text",
              "occurred", "held talks with Russian foreign minister Sergey Lavrov", note="India is not canonical"),
            E("Jaishankar meets Putin", "CONSULT", ["Vladimir Putin"], "2025-08-21", "text", "occurred",
              "held talks with Russian foreign minister Sergey Lavrov"),
            E("Trump announces an additional 25% tariff on Indian goods over Russian oil purchases", "SANCTION",
              ["Donald Trump"], "2025-08-06", "text", "occurred", "An additional 25% tariff on Indian goods"),
            E("The additional tariff takes effect", "SANCTION", ["Donald Trump"], "2025-08-27", "text", "planned",
              "An additional 25% tariff on Indian goods"),
            E("Jaishankar rejects the US argument over Russian oil purchases", "REJECT", ["United States"], "2025-08-21",
              "context", "occurred", "We are not the biggest purchasers", note="India is not canonical"),
            E("Lavrov: Russia and India will continue energy cooperation regardless of pressure", "AGREE",
              ["Sergey Lavrov"], "2025-08-21", "context", "occurred", "Lavrov said Russia and India would continue"),
            E("Lavrov accuses Washington of dictating to sovereign nations", "ACCUSE", ["Sergey Lavrov", "United States"],
              "2025-08-21", "context", "occurred", "Lavrov said Russia and India would continue"),
            E("Lavrov praises New Delhi's position on the Ukraine conflict", "SUPPORT", ["Sergey Lavrov"], "2025-08-21",
              "context", "occurred", "He also praised New Delhi"),
            E("Putin–Trump summit in Alaska", "CONSULT", ["Vladimir Putin", "Donald Trump"], "2025-W33", "text", "occurred",
              "at their summit in Alaska last week", note="15 August 2025"),
            E("Putin expected to visit India for the annual summit", "CONSULT", ["Vladimir Putin"], "2025", "text",
              "planned", "Putin is expected to visit India", date_mod="END"),
            E("Indian national security adviser Doval visits Moscow", "CONSULT", ["Russia"], "2025-08", "text",
              "occurred", "Putin is expected to visit India"),
            E("Bessent accuses India of profiteering from Russian crude", "ACCUSE", ["United States"], "2025-08-19",
              "text", "occurred", "treasury secretary Scott Bessent on Tuesday"),
            E("Trump threatens secondary tariffs on buyers of Russian oil if Moscow does not agree to end the war",
              "THREATEN", ["Donald Trump", "Russia"], "2025-08-22", "published", "occurred",
              "Trump has said he could impose secondary tariffs"),
            E("Modi–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2025-08-11", "text", "occurred",
              "Prime Minister Narendra Modi spoke to Ukrainian President"),
            E("Zelensky urges India to reduce imports of Russian energy", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-08-11", "context", "occurred", "Prime Minister Narendra Modi spoke to Ukrainian President"),
            E("Modi–Putin phone call", "CONSULT", ["Vladimir Putin"], "2025-08-08", "text", "occurred",
              "Modi had spoken to Putin three days earlier"),
            E("Russian diplomat offers Russian markets to Indian exports", "REQUEST", ["Russia"], "2025-08-20", "text",
              "occurred", "On Wednesday, Russia's deputy chief of mission"),
            E("Modi and Putin due to meet at the SCO summit in Tianjin", "CONSULT", ["Vladimir Putin"], "2025-08", "text",
              "planned", "Modi and Putin are next due to meet", date_mod="END"),
        ],
        statements=[
            S("Sergey Lavrov", "Energy cooperation with India will continue regardless of pressure; Washington dictates",
              "2025-08-21", "context", "Lavrov said Russia and India would continue"),
            S("Sergey Lavrov", "Praises New Delhi's balanced and constructive position", "2025-08-21", "context",
              "He also praised New Delhi"),
            S("Russia", "Lavrov briefed Jaishankar on the Alaska understandings", "2025-08-21", "context",
              "According to the Russian side"),
            S("United States", "India is profiteering by reselling refined Russian crude", "2025-08-19", "text",
              "treasury secretary Scott Bessent on Tuesday"),
            S("Donald Trump", "Could impose secondary tariffs on buyers of Russian oil", "2025-08-22", "published",
              "Trump has said he could impose secondary tariffs"),
            S("Volodymyr Zelensky", "India should reduce its imports of Russian energy", "2025-08-11", "text",
              "Prime Minister Narendra Modi spoke to Ukrainian President"),
            S("Russia", "Russian markets would welcome Indian exports", "2025-08-20", "text",
              "On Wednesday, Russia's deputy chief of mission"),
        ],
        actors=["Sergey Lavrov", "Russia", "Vladimir Putin", "Donald Trump", "United States", "China", "European Union",
                "Ukraine", "Volodymyr Zelensky", "Kremlin", "Steve Witkoff"],
    ),
    # ------------------------------------------------------------------ b23en05
    dict(
        id="b23en05_estonia_tanker_jet_2025_05",
        lang="en",
        published="2025-05-15",
        body="""
Russian fighter jet violated Estonian airspace as navy tried to check shadow fleet tanker

A Russian Su-35 fighter jet violated Estonian airspace near Vaindloo island for less than a minute on Tuesday afternoon while the Estonian navy was attempting to check the documents of a tanker sailing without a valid flag, the Ministry of Defense said.
The tanker, the Jaguar, which Estonian officials say belongs to Russia's shadow fleet, refused to comply and continued toward Russian waters.

The Ministry of Foreign Affairs summoned a representative of the Russian embassy on Wednesday and handed over a protest note, Foreign Minister Margus Tsahkna said.
"This was a very serious and unprecedented incident," Tsahkna said, adding that Estonia would raise it with its NATO allies.
A NATO spokesperson said the alliance was in close contact with Tallinn and that its Baltic Sentry mission would increase patrols in the Gulf of Finland.
Finnish President Alexander Stubb said on Wednesday that Finland stood fully behind Estonia and that the EU must tighten controls on ships that fly flags of convenience.

Russia's Foreign Ministry accused Estonia of "piracy" and said any attempt to stop vessels in international waters would meet a firm response.
Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would continue to protect its shipping "by all available means".
EU High Representative Kaja Kallas, a former Estonian prime minister, said the incident showed that Russia was becoming "more aggressive" in the Baltic Sea.

EU ambassadors on Wednesday approved a 17th package of sanctions against Russia targeting nearly 200 more shadow fleet vessels.
Foreign ministers are expected to adopt it formally at their meeting in Brussels next Tuesday.
It was the second such standoff in a month: in April, Estonia detained the Kiwala, a tanker under EU sanctions, prompting protests from Moscow.

The incident comes as Russian and Ukrainian delegations were due to meet in Istanbul on Thursday for their first direct talks since 2022.
Vladimir Putin, who had proposed the talks on Sunday, is not attending in person.
Ukrainian President Volodymyr Zelensky arrived in Ankara on Thursday to meet President Recep Tayyip Erdoğan.
""",
        timexes=[
            T("less than a minute", "DURATION", "PT1M", mod="LESS_THAN"),
            T("Tuesday afternoon", "TIME", "2025-05-13TAF"),
            T("Wednesday", "DATE", "2025-05-14", n=0),
            T("Wednesday", "DATE", "2025-05-14", n=1),
            T("Wednesday", "DATE", "2025-05-14", n=2),
            T("Wednesday", "DATE", "2025-05-14", n=3),
            T("next Tuesday", "DATE", "2025-05-20"),
            T("a month", "DURATION", "P1M"),
            T("April", "DATE", "2025-04"),
            T("Thursday", "DATE", "2025-05-15", n=0),
            T("2022", "DATE", "2022"),
            T("Sunday", "DATE", "2025-05-11"),
            T("Thursday", "DATE", "2025-05-15", n=1),
        ],
        events=[
            E("Russian Su-35 violates Estonian airspace near Vaindloo", "MOBILIZE", ["Russia"], "2025-05-13TAF", "text",
              "occurred", "A Russian Su-35 fighter jet violated", note="Estonia is not canonical"),
            E("Estonia summons a Russian embassy representative and hands over a protest note", "ACCUSE", ["Russia"],
              "2025-05-14", "text", "occurred", "The Ministry of Foreign Affairs summoned"),
            E("Estonia to raise the incident with NATO allies", "CONSULT", ["NATO"], "2025-05-15", "published", "planned",
              "This was a very serious and unprecedented incident"),
            E("NATO's Baltic Sentry mission to increase patrols in the Gulf of Finland", "MOBILIZE", ["NATO"],
              "2025-05-15", "published", "planned", "A NATO spokesperson said"),
            E("Stubb backs Estonia", "SUPPORT", ["Alexander Stubb"], "2025-05-14", "text", "occurred",
              "Finnish President Alexander Stubb said on Wednesday"),
            E("Stubb calls on the EU to tighten controls on ships under flags of convenience", "REQUEST",
              ["Alexander Stubb", "European Union"], "2025-05-14", "text", "occurred",
              "Finnish President Alexander Stubb said on Wednesday"),
            E("Russian foreign ministry accuses Estonia of piracy", "ACCUSE", ["Russia"], "2025-05-15", "published",
              "occurred", "Russia's Foreign Ministry accused Estonia"),
            E("Russia warns that attempts to stop vessels will meet a firm response", "THREATEN", ["Russia"], "2025-05-15",
              "published", "occurred", "Russia's Foreign Ministry accused Estonia"),
            E("Peskov: Moscow will protect its shipping by all available means", "THREATEN", ["Dmitry Peskov"],
              "2025-05-14", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            E("Kallas accuses Russia of becoming more aggressive in the Baltic Sea", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2025-05-15", "published", "occurred", "EU High Representative Kaja Kallas"),
            E("EU ambassadors approve the 17th sanctions package against Russia", "SANCTION",
              ["European Union", "Russia"], "2025-05-14", "text", "occurred", "EU ambassadors on Wednesday approved"),
            E("EU foreign ministers to meet in Brussels", "CONSULT", ["European Union"], "2025-05-20", "text", "planned",
              "Foreign ministers are expected to adopt it formally"),
            E("Formal adoption of the 17th package", "SANCTION", ["European Union", "Russia"], "2025-05-20", "context",
              "planned", "Foreign ministers are expected to adopt it formally"),
            E("Moscow protested against Estonia's detention of the tanker Kiwala", "ACCUSE", ["Russia"], "2025-04",
              "context", "occurred", "It was the second such standoff in a month"),
            E("Russian and Ukrainian delegations due to meet in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-05-15",
              "text", "planned", "The incident comes as Russian and Ukrainian delegations"),
            E("Putin proposed direct talks", "REQUEST", ["Vladimir Putin", "Ukraine"], "2025-05-11", "text", "occurred",
              "Vladimir Putin, who had proposed the talks on Sunday"),
            E("Putin does not attend the Istanbul talks in person", "CONSULT", ["Vladimir Putin"], "2025-05-15", "context",
              "cancelled", "Vladimir Putin, who had proposed the talks on Sunday"),
            E("Zelensky arrives in Ankara to meet Erdoğan", "CONSULT", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
              "2025-05-15", "text", "planned", "arrived in Ankara on Thursday"),
        ],
        statements=[
            S("NATO", "In close contact with Tallinn; Baltic Sentry to increase patrols", "2025-05-15", "published",
              "A NATO spokesperson said"),
            S("Alexander Stubb", "Finland stands behind Estonia; the EU must tighten controls on flag-of-convenience ships",
              "2025-05-14", "text", "Finnish President Alexander Stubb said on Wednesday"),
            S("Russia", "Estonia commits piracy; attempts to stop vessels will meet a firm response", "2025-05-15",
              "published", "Russia's Foreign Ministry accused Estonia"),
            S("Dmitry Peskov", "Moscow will protect its shipping by all available means", "2025-05-14", "text",
              "Kremlin spokesman Dmitry Peskov said on Wednesday"),
            S("Kaja Kallas", "Russia is becoming more aggressive in the Baltic Sea", "2025-05-15", "published",
              "EU High Representative Kaja Kallas"),
        ],
        actors=["Russia", "NATO", "Alexander Stubb", "European Union", "Dmitry Peskov", "Kremlin", "Kaja Kallas",
                "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan"],
    ),
    # ------------------------------------------------------------------ b23en06
    dict(
        id="b23en06_eu_eleventh_package_china_2023_06",
        lang="en",
        published="2023-06-22",
        body="""
EU agrees 11th sanctions package after Chinese companies dropped from list

EU member states on Wednesday agreed a new package of sanctions against Russia that for the first time gives Brussels the power to restrict exports to third countries suspected of helping Moscow circumvent existing measures.
The deal came after Hungary and Greece lifted their objections, according to diplomats involved in the talks.
Viktor Orbán's government and Athens had held up the package since early May, until Kyiv removed Hungary's OTP Bank and several Greek shipping companies from its list of "international sponsors of war" earlier this month.

The list of entities subject to export restrictions now includes three companies based in mainland China and Hong Kong, down from eight in the European Commission's original proposal.
Beijing had lobbied member states hard, and foreign minister Qin Gang warned in Berlin last month that China would respond to any listing.
China's commerce ministry said on Thursday it "firmly opposed" the measures and would take "necessary steps" to protect the rights of Chinese companies.
The move coincided with a visit to Berlin this week by Chinese premier Li Qiang, who told Chancellor Olaf Scholz on Tuesday that China "has always stood on the side of peace".
Scholz said he had urged Li to use China's influence on Moscow to bring the war to an end.

Among other measures, the package bans the transit through Russia of EU goods that could be used on the battlefield and closes a loophole for Russian oil delivered through the northern branch of the Druzhba pipeline to Germany and Poland.
Commission president Ursula von der Leyen said the anti-circumvention tool would "strike a further blow to Putin's war machine".
Washington has pressed for such a step, and US Treasury officials travelled to the United Arab Emirates and Turkey last month to warn banks against processing Russia-linked transactions.

Ukrainian President Volodymyr Zelensky welcomed the agreement but urged the EU to move faster on a 12th package that would target Russia's nuclear industry.
Kremlin spokesman Dmitry Peskov said the sanctions were illegal and would "only harm those who impose them".
Foreign ministry spokeswoman Maria Zakharova said Moscow would respond in a way that was "most painful" for the EU.
EU leaders will discuss using the proceeds of frozen Russian central bank assets to help rebuild Ukraine at a summit in Brussels next Thursday, said two people familiar with the matter.
""",
        timexes=[
            T("Wednesday", "DATE", "2023-06-21"),
            T("early May", "DATE", "2023-05", mod="START"),
            T("earlier this month", "DATE", "2023-06"),
            T("now", "DATE", "PRESENT_REF"),
            T("last month", "DATE", "2023-05", n=0),
            T("Thursday", "DATE", "2023-06-22", n=0),
            T("this week", "DATE", "2023-W25"),
            T("Tuesday", "DATE", "2023-06-20"),
            T("last month", "DATE", "2023-05", n=1),
            T("next Thursday", "DATE", "2023-06-29"),
        ],
        events=[
            E("EU agrees its 11th sanctions package against Russia with an anti-circumvention tool", "SANCTION",
              ["European Union", "Russia"], "2023-06-21", "text", "occurred", "EU member states on Wednesday agreed"),
            E("Hungary lifts its objection to the package", "CONCEDE", ["Viktor Orbán", "European Union"], "2023-06-21",
              "context", "occurred", "The deal came after Hungary and Greece lifted",
              note="Hungary is not canonical; credited to Orbán's government (named in the next sentence); Greece is not canonical"),
            E("Orbán's government held up the sanctions package", "REJECT", ["Viktor Orbán", "European Union"], "2023-05",
              "text", "occurred", "had held up the package since early May", date_mod="START"),
            E("Kyiv removes OTP Bank and Greek shipping firms from its list of international sponsors of war", "CONCEDE",
              ["Ukraine", "Viktor Orbán"], "2023-06", "text", "occurred", "had held up the package since early May"),
            E("EU lists three companies in mainland China and Hong Kong for export restrictions", "SANCTION",
              ["European Union", "China"], "2023-06-21", "context", "occurred", "The list of entities subject to export"),
            E("Qin Gang warns that China would respond to any listing", "THREATEN", ["China", "European Union"], "2023-05",
              "text", "occurred", "foreign minister Qin Gang warned in Berlin last month"),
            E("China's commerce ministry firmly opposes the listing", "ACCUSE", ["China", "European Union"], "2023-06-22",
              "text", "occurred", "China's commerce ministry said on Thursday"),
            E("China announces necessary steps to protect its companies", "THREATEN", ["China", "European Union"],
              "2023-06-22", "text", "occurred", "China's commerce ministry said on Thursday"),
            E("Chinese premier Li Qiang visits Berlin and meets Scholz", "CONSULT", ["China", "Olaf Scholz"], "2023-06-20",
              "text", "occurred", "The move coincided with a visit to Berlin"),
            E("Scholz urges China to use its influence on Moscow to end the war", "REQUEST",
              ["Olaf Scholz", "China", "Russia"], "2023-06-20", "context", "occurred", "Scholz said he had urged Li"),
            E("US Treasury officials visit the UAE and Turkey", "CONSULT", ["United States", "Turkey"], "2023-05", "text",
              "occurred", "US Treasury officials travelled", note="the UAE is not canonical"),
            E("US officials warn banks against processing Russia-linked transactions", "REQUEST",
              ["United States", "Turkey"], "2023-05", "text", "occurred", "US Treasury officials travelled"),
            E("Zelensky welcomes the agreement", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2023-06-22",
              "published", "occurred", "Ukrainian President Volodymyr Zelensky welcomed"),
            E("Zelensky urges the EU to move faster on a 12th package", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2023-06-22", "published", "occurred", "Ukrainian President Volodymyr Zelensky welcomed"),
            E("Peskov calls the sanctions illegal", "ACCUSE", ["Dmitry Peskov", "European Union"], "2023-06-22",
              "published", "occurred", "Kremlin spokesman Dmitry Peskov said the sanctions were illegal"),
            E("Zakharova: Moscow will respond in the most painful way for the EU", "THREATEN",
              ["Maria Zakharova", "European Union"], "2023-06-22", "published", "occurred",
              "Foreign ministry spokeswoman Maria Zakharova"),
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2023-06-29", "text", "planned",
              "EU leaders will discuss using the proceeds"),
            E("Use of proceeds from frozen Russian assets for Ukraine's reconstruction under discussion", "AID",
              ["European Union", "Ukraine", "Russia"], "2023-06-29", "context", "uncertain",
              "EU leaders will discuss using the proceeds"),
        ],
        statements=[
            S("China", "Qin Gang: China would respond to any listing of Chinese companies", "2023-05", "text",
              "foreign minister Qin Gang warned in Berlin last month"),
            S("China", "Firmly opposes the measures and will take necessary steps", "2023-06-22", "text",
              "China's commerce ministry said on Thursday"),
            S("China", "Li Qiang: China has always stood on the side of peace", "2023-06-20", "text",
              "The move coincided with a visit to Berlin"),
            S("Olaf Scholz", "Urged Li to use China's influence on Moscow to end the war", "2023-06-20", "context",
              "Scholz said he had urged Li"),
            S("Ursula von der Leyen", "The anti-circumvention tool strikes a further blow to Putin's war machine",
              "2023-06-22", "published", "Commission president Ursula von der Leyen said"),
            S("Volodymyr Zelensky", "Welcomes the package and urges a faster 12th package on the nuclear industry",
              "2023-06-22", "published", "Ukrainian President Volodymyr Zelensky welcomed"),
            S("Dmitry Peskov", "The sanctions are illegal and only harm those who impose them", "2023-06-22",
              "published", "Kremlin spokesman Dmitry Peskov said the sanctions were illegal"),
            S("Maria Zakharova", "Moscow will respond in the most painful way for the EU", "2023-06-22", "published",
              "Foreign ministry spokeswoman Maria Zakharova"),
        ],
        actors=["European Union", "Russia", "Viktor Orbán", "Ukraine", "China", "Olaf Scholz", "Germany", "Poland",
                "Ursula von der Leyen", "Vladimir Putin", "United States", "Turkey", "Volodymyr Zelensky",
                "Dmitry Peskov", "Kremlin", "Maria Zakharova"],
    ),
]
