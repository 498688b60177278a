"""English articles of the blind3 set (fictionalised wire style; facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- ben01
DOCS.append(dict(
    id="ben01_bucha_unsc_expulsions_2022_04", lang="en", published="2022-04-05",
    body="""
Zelensky tells U.N. to act over Bucha or "dissolve yourselves" as Europe expels Russian diplomats
UNITED NATIONS/KYIV, April 5 (Reuters) - Ukrainian President Volodymyr Zelensky told the U.N. Security Council on Tuesday that Russian troops had committed "the most terrible war crimes" since World War Two and urged the body to remove Russia from its seat or disband.
Speaking by video link from Kyiv, the Ukrainian leader said civilians in the town of Bucha had been shot in the street and in their homes, and that the world had so far seen only a fraction of the atrocities.
"If there is no place for you to act, then dissolve yourselves," he told the 15-member council.
Russia's U.N. ambassador Vassily Nebenzia dismissed the images as a "staged provocation" by Kyiv and its Western backers.
He complained that Britain, which holds the council's rotating presidency this month, had on Monday turned down Moscow's request for a separate emergency session.

Germany declared 40 Russian diplomats "persona non grata" on Monday, with Foreign Minister Annalena Baerbock saying they posed a threat to "those who seek protection with us".
France followed on Monday evening with the expulsion of 35 diplomats, and Italy, Spain, Denmark and Sweden announced similar steps on Tuesday.
The Kremlin called the expulsions "short-sighted" and warned that Moscow would respond in kind.

The European Commission on Tuesday proposed a fifth package of sanctions, including a ban on Russian coal imports worth 4 billion euros a year, Commission President Ursula von der Leyen said.
EU ambassadors were due to discuss the proposal on Wednesday, and diplomats said approval could come by the end of the week.
In Washington, President Joe Biden said on Monday that Russian President Vladimir Putin was a "war criminal" who should face a trial, and that the United States would announce further sanctions on Wednesday.

Kremlin spokesman Dmitry Peskov said Moscow categorically rejected the allegations and that Foreign Minister Sergei Lavrov would raise the "provocation" with U.N. Secretary-General Antonio Guterres in the coming days.
Ukrainian and Russian negotiators last met face to face in Istanbul a week ago, when Kyiv offered to adopt a neutral status in exchange for security guarantees.
The talks have since continued by video, but officials on both sides say the killings have made a compromise far harder to reach.
""",
    timexes=[
        T("April 5", "DATE", "2022-04-05"),
        T("Tuesday", "DATE", "2022-04-05", 0),
        T("this month", "DATE", "2022-04"),
        T("Monday", "DATE", "2022-04-04", 0),
        T("Monday", "DATE", "2022-04-04", 1),
        T("Monday evening", "TIME", "2022-04-04TEV"),
        T("Tuesday", "DATE", "2022-04-05", 1),
        T("Tuesday", "DATE", "2022-04-05", 2),
        T("a year", "SET", "P1Y"),
        T("Wednesday", "DATE", "2022-04-06", 0),
        T("the end of the week", "DATE", "2022-W14", mod="END"),
        T("Monday", "DATE", "2022-04-04", 3),
        T("Wednesday", "DATE", "2022-04-06", 1),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("a week ago", "DATE", "2022-W13"),
    ],
    events=[
        E("Zelensky addresses the UN Security Council on Bucha", "CONSULT", ["Volodymyr Zelensky", "United Nations"],
          "2022-04-05", "text", "occurred", "most terrible war crimes"),
        E("Zelensky accuses Russian troops of the worst war crimes since World War Two", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-04-05", "text", "occurred", "most terrible war crimes"),
        E("Zelensky urges the Security Council to remove Russia or disband", "REQUEST",
          ["Volodymyr Zelensky", "United Nations", "Russia"], "2022-04-05", "text", "occurred",
          "most terrible war crimes"),
        E("Russia dismisses the Bucha images as a staged provocation", "REJECT", ["Russia", "Ukraine"],
          "2022-04-05", "context", "occurred", "staged provocation"),
        E("Britain turns down Russia's request for a Security Council session", "REJECT",
          ["United Kingdom", "Russia", "United Nations"], "2022-04-04", "text", "occurred", "turned down"),
        E("Germany expels 40 Russian diplomats", "SANCTION", ["Germany", "Russia"],
          "2022-04-04", "text", "occurred", "persona non grata"),
        E("France expels 35 Russian diplomats", "SANCTION", ["France", "Russia"],
          "2022-04-04TEV", "text", "occurred", "expulsion of 35 diplomats"),
        E("Kremlin threatens to respond in kind to the expulsions", "THREATEN", ["Kremlin", "Russia"],
          "2022-04-05", "published", "occurred", "short-sighted"),
        E("European Commission proposes a fifth sanctions package including a coal ban", "REQUEST",
          ["Ursula von der Leyen", "European Union", "Russia"], "2022-04-05", "text", "occurred", "fifth package"),
        E("EU ambassadors to discuss the sanctions proposal", "CONSULT", ["European Union"],
          "2022-04-06", "text", "planned", "EU ambassadors"),
        E("Possible EU approval of the fifth sanctions package", "SANCTION", ["European Union", "Russia"],
          "2022-W14", "text", "uncertain", "EU ambassadors", date_mod="END"),
        E("Biden calls Putin a war criminal who should face trial", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
          "2022-04-04", "text", "occurred", "war criminal"),
        E("United States to announce further sanctions on Russia", "SANCTION", ["United States", "Russia"],
          "2022-04-06", "text", "planned", "war criminal"),
        E("Kremlin categorically rejects the allegations", "REJECT", ["Dmitry Peskov", "Kremlin"],
          "2022-04-05", "published", "occurred", "categorically rejected"),
        E("Lavrov to raise the issue with Guterres", "CONSULT", ["Sergey Lavrov", "António Guterres"],
          "FUTURE_REF", "vague", "planned", "categorically rejected"),
        E("Russian and Ukrainian negotiators met in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2022-W13", "text", "occurred", "a week ago", note="29 March 2022"),
        E("Kyiv offers neutral status in exchange for security guarantees", "REQUEST", ["Ukraine"],
          "2022-W13", "context", "occurred", "a week ago"),
    ],
    statements=[
        S("Volodymyr Zelensky", "Russian troops committed the most terrible war crimes since World War Two", "2022-04-05",
          "text", "most terrible war crimes"),
        S("Volodymyr Zelensky", "Civilians in Bucha were shot; the world has seen only a fraction of the atrocities",
          "2022-04-05", "context", "Speaking by video link"),
        S("Volodymyr Zelensky", "If the council cannot act, it should dissolve itself", "2022-04-05", "context",
          "If there is no place"),
        S("Russia", "The Bucha images are a staged provocation", "2022-04-05", "context", "staged provocation"),
        S("Russia", "Britain turned down Moscow's request for an emergency session", "2022-04-05", "context",
          "turned down"),
        S("Germany", "The expelled diplomats threaten those who seek protection in Germany", "2022-04-04", "context",
          "persona non grata"),
        S("Kremlin", "The expulsions are short-sighted; Moscow will respond in kind", "2022-04-05", "published",
          "short-sighted"),
        S("Ursula von der Leyen", "Proposes a fifth sanctions package including a coal import ban", "2022-04-05",
          "text", "fifth package"),
        S("Joe Biden", "Putin is a war criminal who should face trial; more US sanctions coming", "2022-04-04", "text",
          "war criminal"),
        S("Dmitry Peskov", "Moscow rejects the allegations; Lavrov will raise the provocation with Guterres",
          "2022-04-05", "published", "categorically rejected"),
    ],
    actors=["Volodymyr Zelensky", "Ukraine", "United Nations", "Russia", "United Kingdom", "Germany", "France",
            "Kremlin", "European Union", "Ursula von der Leyen", "Joe Biden", "Vladimir Putin", "United States",
            "Dmitry Peskov", "Sergey Lavrov", "António Guterres"],
))

# --------------------------------------------------------------------------- ben02
DOCS.append(dict(
    id="ben02_new_start_biden_warsaw_2023_02", lang="en", published="2023-02-21",
    body="""
Putin suspends nuclear treaty as Biden vows Ukraine "will never be a victory for Russia"
MOSCOW/WARSAW (AP) — Russian President Vladimir Putin on Tuesday suspended Moscow's participation in New START, the last remaining nuclear arms control treaty with the United States, hours before President Joe Biden told a crowd in Warsaw that Western support for Ukraine would not waver.
In a state-of-the-nation address that lasted nearly two hours, Putin accused the West of seeking to "finish off" Russia and of using Ukraine as a battering ram.
He said Russia would be ready to resume nuclear tests if the United States did so first.
Secretary of State Antony Blinken called the decision "deeply unfortunate and irresponsible" and said Washington remained ready to talk about strategic arms limitations.

Biden, speaking to thousands of people outside Warsaw's Royal Castle in the evening, said: "Ukraine will never be a victory for Russia. Never."
He had arrived in Poland on Monday night after a surprise visit to Kyiv, his first since the invasion nearly a year ago.
During the five-hour stop, Biden walked with President Volodymyr Zelensky through the city centre as air raid sirens wailed and announced another $500 million in military aid.
The White House said Moscow had been notified of the trip shortly before Biden's departure "for deconfliction purposes".
Zelensky called the visit "an extremely important sign of support" and said the two leaders had discussed long-range weapons.

Earlier on Tuesday, Biden held talks with Polish President Andrzej Duda at the presidential palace.
He will meet leaders of NATO's eastern flank countries, the so-called Bucharest Nine, on Wednesday before flying back to Washington.
NATO Secretary-General Jens Stoltenberg urged Moscow to reconsider the suspension of the treaty.

Meanwhile, China's top diplomat Wang Yi arrived in Moscow on Tuesday, and Kremlin spokesman Dmitry Peskov said a meeting with Putin could not be ruled out.
Beijing is expected to publish a position paper on a political settlement of the war on Friday, the first anniversary of the invasion.
""",
    timexes=[
        T("Tuesday", "DATE", "2023-02-21", 0),
        T("hours", "DURATION", "PTXH"),
        T("nearly two hours", "DURATION", "PT2H", mod="APPROX"),
        T("the evening", "TIME", "2023-02-21TEV"),
        T("Monday night", "TIME", "2023-02-20TNI"),
        T("nearly a year ago", "DATE", "2022"),
        T("five-hour", "DURATION", "PT5H"),
        T("Tuesday", "DATE", "2023-02-21", 1),
        T("Wednesday", "DATE", "2023-02-22"),
        T("Tuesday", "DATE", "2023-02-21", 2),
        T("Friday", "DATE", "2023-02-24"),
    ],
    events=[
        E("Putin suspends Russia's participation in New START", "REJECT", ["Vladimir Putin", "Russia", "United States"],
          "2023-02-21", "text", "occurred", "suspended Moscow's participation"),
        E("Putin accuses the West of seeking to finish off Russia", "ACCUSE", ["Vladimir Putin"],
          "2023-02-21", "context", "occurred", "finish off"),
        E("Putin threatens to resume nuclear tests if the US does", "THREATEN", ["Vladimir Putin", "Russia",
          "United States"], "2023-02-21", "context", "occurred", "resume nuclear tests"),
        E("Blinken criticises the suspension as irresponsible", "ACCUSE", ["Antony Blinken", "Russia"],
          "2023-02-21", "published", "occurred", "deeply unfortunate"),
        E("Biden visits Kyiv and meets Zelensky", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2023-02-20", "context", "occurred", "five-hour stop", note="20 February 2023"),
        E("Biden announces $500 million in military aid", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2023-02-20", "context", "occurred", "five-hour stop"),
        E("White House notified Moscow of Biden's trip", "CONSULT", ["White House", "Russia"],
          "2023-02-20", "context", "occurred", "deconfliction"),
        E("Biden holds talks with Polish President Duda", "CONSULT", ["Joe Biden", "Poland"],
          "2023-02-21", "text", "occurred", "Andrzej Duda"),
        E("Biden to meet Bucharest Nine leaders", "CONSULT", ["Joe Biden", "NATO"],
          "2023-02-22", "text", "planned", "Bucharest Nine"),
        E("Stoltenberg urges Moscow to reconsider the New START suspension", "REQUEST",
          ["Jens Stoltenberg", "NATO", "Russia"], "2023-02-21", "published", "occurred", "reconsider"),
        E("Wang Yi arrives in Moscow", "CONSULT", ["China", "Russia"],
          "2023-02-21", "text", "occurred", "Wang Yi"),
        E("Possible meeting of Wang Yi with Putin", "CONSULT", ["China", "Vladimir Putin"],
          "2023-02-21", "context", "uncertain", "Wang Yi", note="met Putin on 22 February 2023"),
        E("China to publish a position paper on a settlement", "REQUEST", ["China"],
          "2023-02-24", "text", "planned", "position paper"),
    ],
    statements=[
        S("Vladimir Putin", "The West seeks to finish off Russia and uses Ukraine as a battering ram", "2023-02-21",
          "context", "finish off"),
        S("Vladimir Putin", "Russia will resume nuclear tests if the US does so first", "2023-02-21", "context",
          "resume nuclear tests"),
        S("Antony Blinken", "The suspension is deeply unfortunate and irresponsible; US ready to talk", "2023-02-21",
          "published", "deeply unfortunate"),
        S("Joe Biden", "Ukraine will never be a victory for Russia", "2023-02-21", "text", "Royal Castle"),
        S("White House", "Moscow was notified of the trip for deconfliction purposes", "2023-02-21", "published",
          "deconfliction"),
        S("Volodymyr Zelensky", "The visit is an extremely important sign of support", "2023-02-20", "context",
          "extremely important sign"),
        S("Jens Stoltenberg", "Moscow should reconsider suspending the treaty", "2023-02-21", "published",
          "reconsider"),
        S("Dmitry Peskov", "A meeting of Wang Yi with Putin cannot be ruled out", "2023-02-21", "context", "Wang Yi"),
    ],
    actors=["Vladimir Putin", "Russia", "United States", "Joe Biden", "Ukraine", "Antony Blinken", "Poland",
            "Volodymyr Zelensky", "White House", "NATO", "Jens Stoltenberg", "China", "Kremlin", "Dmitry Peskov"],
))

# --------------------------------------------------------------------------- ben03
DOCS.append(dict(
    id="ben03_g7_apulia_loan_2024_06", lang="en", published="2024-06-14",
    body="""
G7 agrees $50 billion loan for Ukraine backed by frozen Russian assets
BORGO EGNAZIA, Italy, June 14 (Reuters) - Leaders of the Group of Seven rich democracies agreed on Thursday to provide Ukraine with a $50 billion loan by the end of the year, to be repaid from the windfall profits generated by Russian central bank assets frozen in the West.
"It's a powerful signal to Putin that we are not backing down," U.S. President Joe Biden told a joint news conference with Ukrainian President Volodymyr Zelensky late Thursday.
Earlier in the day, the two leaders signed a 10-year bilateral security agreement under which Washington commits to train Ukrainian forces and supply weapons, though it stops short of a pledge to send American troops.
Zelensky called the accord historic and described it as a bridge to Ukraine's eventual membership of NATO.
Italian Prime Minister Giorgia Meloni, the summit host, said the loan showed the group's "unity and determination".

Western countries froze around $280 billion in Russian central bank assets shortly after the invasion in February 2022, most of it held in the European Union.
The EU decided in May to channel the windfall profits from those assets into weapons and reconstruction for Ukraine, a step Moscow has called outright theft.
Kremlin spokesman Dmitry Peskov warned on Friday that any use of Russian assets would be "criminal" and that Moscow would respond, without elaborating.

Hours later, Russian President Vladimir Putin set out his own terms for ending the war.
Speaking at the foreign ministry in Moscow on Friday, he said Russia would order an immediate ceasefire and begin negotiations as soon as Kyiv withdrew its troops from the four regions Moscow claims and formally dropped its plans to join NATO.
Zelensky dismissed the offer as an "ultimatum" in an interview with Italian television, saying it was no different from the demands of Adolf Hitler.
NATO Secretary-General Jens Stoltenberg told reporters in Brussels the proposal was "not made in good faith".

More than 90 countries are due to attend a peace summit at the Bürgenstock resort in Switzerland on Saturday and Sunday, to which Russia has not been invited.
China has said it will stay away, arguing that a conference without both warring parties cannot produce a meaningful result.
Vice President Kamala Harris will represent the United States.
""",
    timexes=[
        T("June 14", "DATE", "2024-06-14"),
        T("Thursday", "DATE", "2024-06-13", 0),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("late Thursday", "TIME", "2024-06-13TNI"),
        T("the day", "DATE", "2024-06-13"),
        T("10-year", "DURATION", "P10Y"),
        T("February 2022", "DATE", "2022-02"),
        T("May", "DATE", "2024-05"),
        T("Friday", "DATE", "2024-06-14", 0),
        T("Hours", "DURATION", "PTXH"),
        T("Friday", "DATE", "2024-06-14", 1),
        T("Saturday", "DATE", "2024-06-15"),
        T("Sunday", "DATE", "2024-06-16"),
    ],
    events=[
        E("G7 leaders agree on a $50 billion loan for Ukraine", "AGREE", ["Ukraine", "Russia"],
          "2024-06-13", "text", "occurred", "Leaders of the Group of Seven"),
        E("$50 billion loan to be provided to Ukraine", "AID", ["Ukraine"],
          "2024", "text", "planned", "Leaders of the Group of Seven", date_mod="END"),
        E("Biden and Zelensky hold a joint news conference", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
          "2024-06-13TNI", "text", "occurred", "powerful signal"),
        E("Biden and Zelensky sign a 10-year bilateral security agreement", "AGREE",
          ["Joe Biden", "Volodymyr Zelensky", "United States", "Ukraine"], "2024-06-13", "text", "occurred",
          "10-year bilateral"),
        E("Western countries freeze Russian central bank assets", "SANCTION", ["European Union", "Russia"],
          "2022-02", "text", "occurred", "froze around $280 billion"),
        E("EU decides to use windfall profits from frozen assets for Ukraine's weapons and reconstruction", "AID",
          ["European Union", "Ukraine"], "2024-05", "text", "occurred", "outright theft"),
        E("Moscow calls the use of the windfall profits theft", "ACCUSE", ["Russia", "European Union"],
          "2024-06-14", "published", "occurred", "outright theft"),
        E("Peskov threatens a response to any use of Russian assets", "THREATEN", ["Dmitry Peskov", "Kremlin"],
          "2024-06-14", "text", "occurred", "any use of Russian assets"),
        E("Putin demands Ukrainian withdrawal and renunciation of NATO as conditions for a ceasefire", "REQUEST",
          ["Vladimir Putin", "Ukraine", "NATO"], "2024-06-14", "text", "occurred", "four regions Moscow claims"),
        E("Zelensky rejects Putin's offer as an ultimatum", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2024-06-14", "published", "occurred", "Adolf Hitler"),
        E("Stoltenberg rejects Putin's proposal as not made in good faith", "REJECT", ["Jens Stoltenberg", "NATO"],
          "2024-06-14", "published", "occurred", "good faith"),
        E("Peace summit at the Bürgenstock resort", "CONSULT", ["Ukraine"],
          "2024-06-15", "text", "planned", "Bürgenstock", note="15-16 June 2024"),
        E("China refuses to attend the peace summit", "REJECT", ["China"],
          "2024-06-14", "published", "occurred", "stay away"),
    ],
    statements=[
        S("Joe Biden", "The loan is a powerful signal to Putin that the West is not backing down", "2024-06-13", "text",
          "powerful signal"),
        S("Volodymyr Zelensky", "The security accord is historic and a bridge to NATO membership", "2024-06-13",
          "context", "called the accord historic"),
        S("Giorgia Meloni", "The loan shows the group's unity and determination", "2024-06-14", "published",
          "unity and determination"),
        S("Dmitry Peskov", "Any use of Russian assets is criminal; Moscow will respond", "2024-06-14", "text",
          "any use of Russian assets"),
        S("Vladimir Putin", "Immediate ceasefire and talks once Ukraine withdraws from four regions and drops NATO plans",
          "2024-06-14", "text", "four regions Moscow claims"),
        S("Volodymyr Zelensky", "Putin's offer is an ultimatum like Hitler's demands", "2024-06-14", "published",
          "Adolf Hitler"),
        S("Jens Stoltenberg", "The proposal is not made in good faith", "2024-06-14", "published", "good faith"),
        S("China", "Will stay away: a conference without both warring parties cannot produce a meaningful result",
          "2024-06-14", "published", "stay away"),
    ],
    actors=["Ukraine", "Russia", "Vladimir Putin", "United States", "Joe Biden", "Volodymyr Zelensky", "NATO",
            "Giorgia Meloni", "European Union", "Kremlin", "Dmitry Peskov", "Jens Stoltenberg", "China"],
))

# --------------------------------------------------------------------------- ben04
DOCS.append(dict(
    id="ben04_trump_zelensky_paris_2024_12", lang="en", published="2024-12-08",
    body="""
Trump calls for "immediate ceasefire" after meeting Zelensky in Paris
PARIS (AP) — U.S. President-elect Donald Trump on Sunday called for an "immediate ceasefire" in Ukraine and for negotiations to begin, a day after he sat down with Volodymyr Zelensky in Paris on the sidelines of the reopening of Notre-Dame Cathedral.
"Zelensky and Ukraine would like to make a deal and stop the madness," Trump wrote on his social media platform in a post published at 7:15 a.m. Eastern time, adding that China could help.
The three-way meeting at the Elysee Palace on Saturday, hosted by French President Emmanuel Macron, lasted about 35 minutes, according to the French presidency.

Zelensky described the talks as "good and productive" and said the three leaders had agreed to keep working together.
But he insisted on Sunday that any ceasefire must come with solid security guarantees for his country.
"When we talk about an effective peace with Russia, we must first of all talk about effective guarantees of peace," he wrote on Telegram, warning that Russia must not be allowed to restart the war in a few years.

Kremlin spokesman Dmitry Peskov told reporters on Sunday that Moscow remained open to negotiations, but pointed to a 2022 decree in which Zelensky had ruled out any talks with Vladimir Putin.
Peskov added that the Russian conditions set out by Putin in June were unchanged.

Keith Kellogg, whom Trump named as his envoy for Ukraine and Russia late last month, is expected to travel to Kyiv early next year.
NATO Secretary-General Mark Rutte, who held talks with Trump in Florida on Nov. 22, said allies had to give Ukraine enough support to change the trajectory of the conflict.
The outgoing Biden administration on Saturday announced another $988 million in long-term military aid for Kyiv, part of a push to commit all remaining funds before Trump takes office on Jan. 20.
German Chancellor Olaf Scholz, who visited Kyiv last Monday, said on Sunday that no decision about Ukraine could be taken over the heads of Ukrainians.
""",
    timexes=[
        T("Sunday", "DATE", "2024-12-08", 0),
        T("a day", "DURATION", "P1D"),
        T("7:15 a.m. Eastern time", "TIME", "2024-12-08T07:15", note="US Eastern time"),
        T("Saturday", "DATE", "2024-12-07", 0),
        T("Sunday", "DATE", "2024-12-08", 1),
        T("a few years", "DURATION", "PXY"),
        T("Sunday", "DATE", "2024-12-08", 2),
        T("2022", "DATE", "2022"),
        T("June", "DATE", "2024-06"),
        T("late last month", "DATE", "2024-11", mod="END"),
        T("early next year", "DATE", "2025", mod="START"),
        T("Nov. 22", "DATE", "2024-11-22"),
        T("Saturday", "DATE", "2024-12-07", 1),
        T("Jan. 20", "DATE", "2025-01-20"),
        T("last Monday", "DATE", "2024-12-02"),
        T("Sunday", "DATE", "2024-12-08", 3),
    ],
    events=[
        E("Trump calls for an immediate ceasefire and negotiations", "REQUEST", ["Donald Trump", "Ukraine"],
          "2024-12-08", "text", "occurred", "President-elect"),
        E("Trump, Zelensky and Macron meet at the Elysee Palace", "CONSULT",
          ["Donald Trump", "Volodymyr Zelensky", "Emmanuel Macron"], "2024-12-07", "text", "occurred",
          "three-way meeting"),
        E("Trump, Zelensky and Macron agree to keep working together", "AGREE",
          ["Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"], "2024-12-07", "context", "occurred",
          "good and productive"),
        E("Zelensky insists on security guarantees as a condition for a ceasefire", "REQUEST",
          ["Volodymyr Zelensky", "Ukraine"], "2024-12-08", "text", "occurred", "insisted on Sunday"),
        E("Zelensky's decree ruling out talks with Putin", "REJECT", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2022", "text", "occurred", "2022 decree", note="decree of 4 October 2022"),
        E("Putin sets out Russia's conditions for a settlement", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2024-06", "text", "occurred", "set out by Putin in June"),
        E("Kellogg to travel to Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"],
          "2025", "text", "planned", "Keith Kellogg", date_mod="START"),
        E("Rutte held talks with Trump in Florida", "CONSULT", ["Mark Rutte", "Donald Trump"],
          "2024-11-22", "text", "occurred", "Nov. 22"),
        E("Biden administration announces $988 million in military aid", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2024-12-07", "text", "occurred", "$988 million"),
        E("Scholz visited Kyiv", "CONSULT", ["Olaf Scholz", "Ukraine"],
          "2024-12-02", "text", "occurred", "last Monday"),
    ],
    statements=[
        S("Donald Trump", "Zelensky and Ukraine want a deal; China could help; calls for an immediate ceasefire",
          "2024-12-08", "text", "stop the madness"),
        S("France", "The three-way meeting lasted about 35 minutes", "2024-12-08", "published", "three-way meeting"),
        S("Volodymyr Zelensky", "The talks were good and productive; the leaders agreed to keep working together",
          "2024-12-07", "context", "good and productive"),
        S("Volodymyr Zelensky", "An effective peace requires effective guarantees of peace", "2024-12-08", "context",
          "effective guarantees of peace"),
        S("Dmitry Peskov", "Moscow is open to negotiations, but Zelensky's decree rules out talks", "2024-12-08", "text",
          "2022 decree"),
        S("Dmitry Peskov", "Putin's conditions are unchanged", "2024-12-08", "context", "set out by Putin in June"),
        S("Mark Rutte", "Allies must give Ukraine enough support to change the trajectory of the conflict",
          "2024-12-08", "published", "trajectory"),
        S("Olaf Scholz", "No decision about Ukraine over the heads of Ukrainians", "2024-12-08", "text",
          "over the heads"),
    ],
    actors=["United States", "Donald Trump", "Ukraine", "Volodymyr Zelensky", "China", "Emmanuel Macron", "France",
            "Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Keith Kellogg", "NATO", "Mark Rutte",
            "Joe Biden", "Olaf Scholz", "Germany"],
))

# --------------------------------------------------------------------------- ben05
DOCS.append(dict(
    id="ben05_oval_office_clash_2025_03", lang="en", published="2025-03-01",
    body="""
Minerals deal unsigned after Trump and Vance berate Zelensky in Oval Office clash
WASHINGTON, March 1 (Reuters) - A deal giving the United States a share of Ukraine's mineral wealth was left unsigned on Friday after President Donald Trump and Vice President JD Vance berated Volodymyr Zelensky in an extraordinary televised clash in the Oval Office, and the Ukrainian leader was asked to leave the White House.
"You're gambling with World War Three," Trump told his guest, accusing him of being disrespectful and of not being ready for peace.
Vance had told the Ukrainian president that he should thank Trump for trying to end the conflict, prompting Zelensky to point out that Putin had broken a ceasefire agreement brokered in 2019.
A planned lunch and a joint news conference were cancelled, and Zelensky's motorcade left the White House shortly after 1:40 p.m. (1840 GMT).
Trump later wrote on social media that Zelensky "can come back when he is ready for Peace".

Secretary of State Marco Rubio said late Friday that Zelensky should apologise for turning the meeting into a "fiasco".
In an interview with Fox News the same night, Zelensky declined to do so, but said his relationship with Trump could still be saved.
"I'm not sure we did something bad," he said.
In Moscow, foreign ministry spokeswoman Maria Zakharova mocked the Ukrainian leader as an ungrateful guest and praised Trump and Vance for their "restraint".

European leaders rushed to show solidarity with Kyiv.
French President Emmanuel Macron said "there is an aggressor, and it is Russia", while Friedrich Merz, expected to become Germany's next chancellor, told Zelensky that Europe would stand with Ukraine "in good and in testing times".
British Prime Minister Keir Starmer, who held talks with Trump at the White House on Thursday, spoke to both men by phone on Friday evening, his office said.
Starmer will host Zelensky in London on Saturday, before European leaders gather there on Sunday for a summit on security guarantees for Ukraine.

The minerals agreement had been negotiated over several weeks, and Trump had said on Wednesday that Zelensky was coming to Washington to sign it.
Since taking office, Trump has sought a quick end to the war: he spoke by phone with Putin on Feb. 12 and sent Rubio to meet Russian Foreign Minister Sergei Lavrov in Riyadh on Feb. 18.
Last week he called Zelensky a "dictator without elections", a remark that caused alarm in European capitals.
""",
    timexes=[
        T("March 1", "DATE", "2025-03-01"),
        T("Friday", "DATE", "2025-02-28", 0),
        T("2019", "DATE", "2019"),
        T("1:40 p.m.", "TIME", "2025-02-28T13:40", note="Washington time (EST)"),
        T("1840 GMT", "TIME", "2025-02-28T18:40", note="GMT"),
        T("late Friday", "TIME", "2025-02-28TNI"),
        T("the same night", "TIME", "2025-02-28TNI"),
        T("Thursday", "DATE", "2025-02-27"),
        T("Friday evening", "TIME", "2025-02-28TEV"),
        T("Saturday", "DATE", "2025-03-01"),
        T("Sunday", "DATE", "2025-03-02"),
        T("several weeks", "DURATION", "PXW"),
        T("Wednesday", "DATE", "2025-02-26"),
        T("Feb. 12", "DATE", "2025-02-12"),
        T("Feb. 18", "DATE", "2025-02-18"),
        T("Last week", "DATE", "2025-W08"),
    ],
    events=[
        E("Signing of the US-Ukraine minerals deal called off", "AGREE", ["United States", "Ukraine"],
          "2025-02-28", "text", "cancelled", "left unsigned on Friday"),
        E("Trump and Vance berate Zelensky in the Oval Office", "ACCUSE",
          ["Donald Trump", "JD Vance", "Volodymyr Zelensky"], "2025-02-28", "text", "occurred",
          "left unsigned on Friday"),
        E("Trump–Zelensky meeting in the Oval Office", "CONSULT", ["Donald Trump", "Volodymyr Zelensky", "White House"],
          "2025-02-28", "text", "occurred", "left unsigned on Friday"),
        E("Zelensky accuses Putin of breaking the 2019 ceasefire", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-02-28", "context", "occurred", "brokered in 2019"),
        E("Joint Trump–Zelensky news conference cancelled", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "context", "cancelled", "joint news conference"),
        E("Rubio demands an apology from Zelensky", "REQUEST", ["Marco Rubio", "Volodymyr Zelensky"],
          "2025-02-28TNI", "text", "occurred", "apologise"),
        E("Zelensky declines to apologise", "REJECT", ["Volodymyr Zelensky", "Marco Rubio"],
          "2025-02-28TNI", "text", "occurred", "declined to do so"),
        E("Zakharova mocks Zelensky as an ungrateful guest", "ACCUSE", ["Maria Zakharova", "Volodymyr Zelensky"],
          "2025-03-01", "published", "occurred", "ungrateful guest"),
        E("Macron and Merz express support for Ukraine", "SUPPORT", ["Emmanuel Macron", "Friedrich Merz", "Ukraine"],
          "2025-03-01", "published", "occurred", "there is an aggressor"),
        E("Starmer held talks with Trump at the White House", "CONSULT", ["Keir Starmer", "Donald Trump"],
          "2025-02-27", "text", "occurred", "on Thursday"),
        E("Starmer's phone calls with Trump and Zelensky", "CONSULT",
          ["Keir Starmer", "Donald Trump", "Volodymyr Zelensky"], "2025-02-28TEV", "text", "occurred", "on Thursday"),
        E("Starmer to host Zelensky in London", "CONSULT", ["Keir Starmer", "Volodymyr Zelensky"],
          "2025-03-01", "text", "planned", "host Zelensky in London"),
        E("European leaders' summit in London on security guarantees", "CONSULT", ["Keir Starmer", "Ukraine"],
          "2025-03-02", "text", "planned", "host Zelensky in London"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-02-12", "text", "occurred", "Feb. 12"),
        E("Rubio meets Lavrov in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-02-18", "text", "occurred", "Feb. 18"),
        E("Trump calls Zelensky a dictator without elections", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-W08", "text", "occurred", "dictator without elections", note="19 February 2025"),
    ],
    statements=[
        S("Donald Trump", "Zelensky is gambling with World War Three, is disrespectful and not ready for peace",
          "2025-02-28", "context", "World War Three"),
        S("JD Vance", "Zelensky should thank Trump for trying to end the conflict", "2025-02-28", "context",
          "Vance had told"),
        S("Volodymyr Zelensky", "Putin broke the ceasefire agreement of 2019", "2025-02-28", "context",
          "brokered in 2019"),
        S("Donald Trump", "Zelensky can come back when he is ready for peace", "2025-02-28", "context",
          "can come back"),
        S("Marco Rubio", "Zelensky should apologise for turning the meeting into a fiasco", "2025-02-28", "text",
          "apologise"),
        S("Volodymyr Zelensky", "Will not apologise; the relationship with Trump can be saved; not sure he did anything bad",
          "2025-02-28", "text", "declined to do so"),
        S("Maria Zakharova", "Zelensky is an ungrateful guest; Trump and Vance showed restraint", "2025-03-01",
          "published", "ungrateful guest"),
        S("Emmanuel Macron", "There is an aggressor, and it is Russia", "2025-03-01", "published",
          "there is an aggressor"),
        S("Friedrich Merz", "Europe stands with Ukraine in good and testing times", "2025-03-01", "published",
          "there is an aggressor"),
        S("Donald Trump", "Zelensky is coming to Washington to sign the minerals deal", "2025-02-26", "text",
          "on Wednesday"),
        S("Donald Trump", "Zelensky is a dictator without elections", "2025-W08", "text", "dictator without elections"),
    ],
    actors=["United States", "Ukraine", "Donald Trump", "JD Vance", "Volodymyr Zelensky", "White House",
            "Vladimir Putin", "Marco Rubio", "Russia", "Maria Zakharova", "Emmanuel Macron", "France",
            "Friedrich Merz", "Germany", "Keir Starmer", "United Kingdom", "Sergey Lavrov"],
))

# --------------------------------------------------------------------------- ben06
DOCS.append(dict(
    id="ben06_sumy_strike_witkoff_2025_04", lang="en", published="2025-04-14",
    body="""
Russian missiles kill 35 in Sumy on Palm Sunday, two days after Witkoff–Putin talks
KYIV (AP) — Two Russian ballistic missiles slammed into the centre of the northeastern Ukrainian city of Sumy on Sunday morning as residents gathered for Palm Sunday, killing at least 35 people and wounding more than 100, Ukrainian officials said.
It was the deadliest attack on civilians in Ukraine this year.
Russia's Defence Ministry said on Monday that it had targeted a meeting of Ukrainian commanders, and accused Kyiv of using civilians as a "human shield".

President Volodymyr Zelensky condemned the strike as the work of "scum" and urged the United States and Europe to respond with tougher pressure on Moscow.
"Talks have never stopped ballistic missiles and aerial bombs," he said in a video address.
In an interview with CBS broadcast on Sunday evening, he invited Trump to come to Ukraine before making "any kind of decisions, any form of negotiations", to see the destruction for himself.
Trump, asked about the attack aboard Air Force One, called it "terrible" and said he had been told that Russia "made a mistake", without elaborating.
His Ukraine envoy, Keith Kellogg, said the strike had "crossed any line of decency".

The attack came after Trump's special envoy Steve Witkoff held more than four hours of talks with President Vladimir Putin in St Petersburg on Friday, their third meeting this year.
Putin's investment envoy Kirill Dmitriev described the talks as "productive", while Kremlin aide Yuri Ushakov said a possible summit between Putin and Trump had not been discussed.
Trump wrote on his social media platform the following day that Russia had to "get moving" to end what he called a "terrible, senseless war".

Russia and Ukraine agreed on March 18 to a 30-day halt to strikes on energy facilities, which expires later this week, but each side has repeatedly accused the other of breaching it.
Friedrich Merz, who is expected to be elected German chancellor early next month, called the Sumy strike a "serious war crime".
EU foreign policy chief Kaja Kallas, speaking in Luxembourg on Monday ahead of a meeting of EU foreign ministers, said Moscow "wants to continue this war" and pressed Washington to increase the pressure on Russia.
Sumy, about 30 kilometres from the border, has come under growing fire since Ukrainian troops withdrew from Russia's Kursk region last month.
""",
    timexes=[
        T("two days", "DURATION", "P2D"),
        T("Sunday morning", "TIME", "2025-04-13TMO"),
        T("Palm Sunday", "DATE", "2025-04-13", 0),
        T("Palm Sunday", "DATE", "2025-04-13", 1),
        T("this year", "DATE", "2025", 0),
        T("Monday", "DATE", "2025-04-14", 0),
        T("Sunday evening", "TIME", "2025-04-13TEV"),
        T("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
        T("Friday", "DATE", "2025-04-11"),
        T("this year", "DATE", "2025", 1),
        T("the following day", "DATE", "2025-04-12"),
        T("March 18", "DATE", "2025-03-18"),
        T("30-day", "DURATION", "P30D"),
        T("this week", "DATE", "2025-W16"),
        T("early next month", "DATE", "2025-05", mod="START"),
        T("Monday", "DATE", "2025-04-14", 1),
        T("last month", "DATE", "2025-03"),
    ],
    events=[
        E("Russian ballistic missile strike on Sumy", "ASSAULT", ["Russia", "Ukraine"],
          "2025-04-13TMO", "text", "occurred", "slammed into the centre"),
        E("Russia accuses Kyiv of using civilians as a human shield", "ACCUSE", ["Russia", "Ukraine"],
          "2025-04-14", "text", "occurred", "human shield"),
        E("Zelensky condemns the strike", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-04-13", "context", "occurred", "the work of"),
        E("Zelensky urges the US and Europe to put more pressure on Moscow", "REQUEST",
          ["Volodymyr Zelensky", "United States", "Russia"], "2025-04-13", "context", "occurred", "the work of"),
        E("Zelensky invites Trump to visit Ukraine", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-04-13TEV", "text", "occurred", "CBS"),
        E("Kellogg condemns the strike", "ACCUSE", ["Keith Kellogg", "Russia"],
          "2025-04-14", "published", "occurred", "line of decency"),
        E("Witkoff holds talks with Putin in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-04-11", "text", "occurred", "more than four hours"),
        E("Trump urges Russia to get moving to end the war", "REQUEST", ["Donald Trump", "Russia"],
          "2025-04-12", "text", "occurred", "get moving"),
        E("Russia and Ukraine agree to a 30-day halt to strikes on energy facilities", "AGREE", ["Russia", "Ukraine"],
          "2025-03-18", "text", "occurred", "March 18"),
        E("30-day moratorium on strikes on energy facilities", "RETREAT", ["Russia", "Ukraine"],
          "2025-03-18", "text", "occurred", "March 18"),
        E("Merz calls the Sumy strike a serious war crime", "ACCUSE", ["Friedrich Merz", "Russia"],
          "2025-04-14", "published", "occurred", "serious war crime"),
        E("Kallas accuses Moscow of wanting to continue the war", "ACCUSE", ["Kaja Kallas", "Russia"],
          "2025-04-14", "text", "occurred", "Kaja Kallas"),
        E("Kallas presses Washington to increase pressure on Russia", "REQUEST", ["Kaja Kallas", "United States"],
          "2025-04-14", "text", "occurred", "Kaja Kallas"),
        E("Meeting of EU foreign ministers in Luxembourg", "CONSULT", ["European Union"],
          "2025-04-14", "text", "occurred", "Kaja Kallas"),
    ],
    statements=[
        S("Russia", "Targeted a meeting of Ukrainian commanders; Kyiv uses civilians as a human shield", "2025-04-14",
          "text", "human shield"),
        S("Volodymyr Zelensky", "The strike is the work of scum; the US and Europe must increase pressure", "2025-04-13",
          "context", "the work of"),
        S("Volodymyr Zelensky", "Talks have never stopped ballistic missiles and aerial bombs", "2025-04-13", "context",
          "Talks have never stopped"),
        S("Volodymyr Zelensky", "Trump should come to Ukraine before any decisions or negotiations", "2025-04-13",
          "text", "CBS"),
        S("Donald Trump", "The attack was terrible; he was told Russia made a mistake", "2025-04-14", "published",
          "Air Force One"),
        S("Keith Kellogg", "The strike crossed any line of decency", "2025-04-14", "published", "line of decency"),
        S("Kirill Dmitriev", "The talks with Witkoff were productive", "2025-04-11", "context", "Ushakov"),
        S("Yuri Ushakov", "A Putin–Trump summit was not discussed", "2025-04-11", "context", "Ushakov"),
        S("Donald Trump", "Russia has to get moving to end the senseless war", "2025-04-12", "text", "get moving"),
        S("Friedrich Merz", "The Sumy strike is a serious war crime", "2025-04-14", "published", "serious war crime"),
        S("Kaja Kallas", "Moscow wants to continue the war; Washington should increase pressure", "2025-04-14", "text",
          "Kaja Kallas"),
    ],
    actors=["Russia", "Ukraine", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky", "United States",
            "Donald Trump", "Keith Kellogg", "Kirill Dmitriev", "Kremlin", "Yuri Ushakov", "Friedrich Merz",
            "Germany", "Kaja Kallas", "European Union"],
))

# --------------------------------------------------------------------------- ben07
DOCS.append(dict(
    id="ben07_istanbul_third_round_2025_07", lang="en", published="2025-07-24",
    body="""
Russia, Ukraine agree new prisoner swap in brief Istanbul talks but stay far apart on truce
ISTANBUL, July 24 (Reuters) - Russian and Ukrainian negotiators agreed on Wednesday evening to exchange another 1,200 prisoners of war but made no headway towards a ceasefire, in talks that lasted barely 40 minutes.
The meeting at Istanbul's Ciragan Palace, hosted by Turkish Foreign Minister Hakan Fidan, was the third round of direct talks since May.
Russia's chief negotiator Vladimir Medinsky said Moscow had proposed short truces of 24 hours along parts of the front to allow the bodies of fallen soldiers to be collected.
Ukraine's delegation, led by Rustem Umerov, now secretary of the National Security and Defence Council, proposed that Zelensky and Putin meet before the end of August, with U.S. President Donald Trump and Turkish President Recep Tayyip Erdogan possibly attending.
Medinsky replied that a meeting of the leaders made sense only to sign a final agreement, not to negotiate one.

Kremlin spokesman Dmitry Peskov said on Thursday that it would be "naive" to expect a quick breakthrough, describing the two sides' positions as "diametrically opposed".
At the second round on June 2, the delegations swapped draft memorandums setting out their visions for peace.
Moscow's draft demanded that Kyiv pull its troops out of four regions and forgo Western military aid, terms Ukraine called a non-starter.

Trump last week gave Moscow 50 days to agree to a ceasefire or face "very severe" tariffs on buyers of Russian oil.
He also announced that European NATO members would buy American weapons for Ukraine, including Patriot air defence systems.
Zelensky said in his nightly video address on Wednesday that he had instructed Umerov to press for a meeting "at the level of leaders", adding that Ukraine was ready for one.
At home, Zelensky faces the first street protests since the invasion after he signed a law on Tuesday curbing the independence of anti-corruption agencies.
European Commission President Ursula von der Leyen on Wednesday asked him for explanations, her spokesman said.
No date was set for a fourth round, Fidan said, adding that Turkey was ready to host further talks whenever both parties wished.
""",
    timexes=[
        T("July 24", "DATE", "2025-07-24"),
        T("Wednesday evening", "TIME", "2025-07-23TEV"),
        T("barely 40 minutes", "DURATION", "PT40M", mod="APPROX"),
        T("May", "DATE", "2025-05"),
        T("24 hours", "DURATION", "PT24H"),
        T("now", "DATE", "PRESENT_REF"),
        T("the end of August", "DATE", "2025-08", mod="END"),
        T("Thursday", "DATE", "2025-07-24"),
        T("June 2", "DATE", "2025-06-02"),
        T("last week", "DATE", "2025-W29"),
        T("50 days", "DURATION", "P50D"),
        T("nightly", "SET", "P1D"),
        T("Wednesday", "DATE", "2025-07-23", 1),
        T("Tuesday", "DATE", "2025-07-22"),
        T("Wednesday", "DATE", "2025-07-23", 2),
    ],
    events=[
        E("Russia and Ukraine agree to exchange 1,200 prisoners of war", "AGREE", ["Russia", "Ukraine"],
          "2025-07-23TEV", "text", "occurred", "1,200 prisoners"),
        E("No progress towards a ceasefire in Istanbul", "REJECT", ["Russia", "Ukraine"],
          "2025-07-23TEV", "text", "occurred", "1,200 prisoners"),
        E("Third round of Russian-Ukrainian talks in Istanbul hosted by Fidan", "CONSULT",
          ["Russia", "Ukraine", "Hakan Fidan", "Turkey"], "2025-07-23TEV", "context", "occurred", "Ciragan Palace"),
        E("Russia proposes short truces to collect the bodies of fallen soldiers", "REQUEST",
          ["Vladimir Medinsky", "Russia"], "2025-07-23", "context", "occurred", "short truces"),
        E("Ukraine proposes a Zelensky–Putin meeting", "REQUEST", ["Rustem Umerov", "Ukraine"],
          "2025-07-23", "context", "occurred", "before the end of August"),
        E("Proposed Zelensky–Putin meeting before the end of August", "CONSULT",
          ["Volodymyr Zelensky", "Vladimir Putin"], "2025-08", "text", "uncertain", "before the end of August",
          date_mod="END"),
        E("Medinsky rejects a leaders' meeting except to sign a final agreement", "REJECT",
          ["Vladimir Medinsky", "Ukraine"], "2025-07-23", "context", "occurred", "Medinsky replied"),
        E("Second round of talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
          "2025-06-02", "text", "occurred", "June 2"),
        E("Russia's memorandum demands Ukrainian withdrawal from four regions", "REQUEST", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "Moscow's draft demanded"),
        E("Trump gives Moscow 50 days to agree to a ceasefire", "THREATEN", ["Donald Trump", "Russia"],
          "2025-W29", "text", "occurred", "50 days", note="issued 14 July 2025; deadline early September"),
        E("European NATO members to buy US weapons for Ukraine", "AID", ["Donald Trump", "NATO", "United States", "Ukraine"],
          "2025-W29", "context", "occurred", "Patriot"),
        E("Von der Leyen asks Zelensky to explain the anti-corruption law", "REQUEST",
          ["Ursula von der Leyen", "European Union", "Volodymyr Zelensky"], "2025-07-23", "text", "occurred",
          "asked him for explanations"),
    ],
    statements=[
        S("Vladimir Medinsky", "Moscow proposed short truces of 24 hours to collect the bodies of soldiers",
          "2025-07-23", "context", "short truces"),
        S("Rustem Umerov", "Proposes a Zelensky–Putin meeting before the end of August", "2025-07-23", "context",
          "before the end of August"),
        S("Vladimir Medinsky", "A leaders' meeting only makes sense to sign a final agreement", "2025-07-23",
          "context", "Medinsky replied"),
        S("Dmitry Peskov", "A quick breakthrough is naive to expect; positions are diametrically opposed",
          "2025-07-24", "text", "diametrically opposed"),
        S("Volodymyr Zelensky", "Instructed Umerov to press for a leaders' meeting; Ukraine is ready", "2025-07-23",
          "text", "nightly video address"),
        S("Ursula von der Leyen", "Asks Zelensky for explanations about the anti-corruption law", "2025-07-23", "text",
          "asked him for explanations"),
        S("Hakan Fidan", "No date for a fourth round; Turkey is ready to host further talks", "2025-07-23", "context",
          "No date was set"),
    ],
    actors=["Russia", "Ukraine", "Hakan Fidan", "Turkey", "Vladimir Medinsky", "Rustem Umerov", "Volodymyr Zelensky",
            "Vladimir Putin", "Donald Trump", "United States", "Recep Tayyip Erdoğan", "Kremlin", "Dmitry Peskov",
            "NATO", "Ursula von der Leyen", "European Union"],
))

# --------------------------------------------------------------------------- ben08
DOCS.append(dict(
    id="ben08_coalition_willing_paris_2026_01", lang="en", published="2026-01-07",
    body="""
Britain and France pledge troops for post-ceasefire Ukraine as "coalition of the willing" meets in Paris
PARIS, Jan 7 (AFP) - Britain and France signed a declaration of intent in Paris on Tuesday to deploy troops to Ukraine once a ceasefire is in place, the most concrete commitment yet by European allies to underpin a peace deal.
Prime Minister Keir Starmer said the two countries would set up "military hubs" across Ukraine and build protected facilities for weapons and equipment.
President Emmanuel Macron, who hosted the meeting, told reporters that several thousand French soldiers could be deployed.
The gathering of around 35 countries at the Elysee Palace was attended for the first time by US envoy Steve Witkoff and by Jared Kushner, Donald Trump's son-in-law, as well as by Volodymyr Zelensky.

In a final declaration, participants agreed that a US-led mechanism would monitor a future ceasefire, and Washington pledged to back the multinational force, although the text stopped short of a binding commitment.
Witkoff told reporters that the security protocols were "largely finished" and that Trump "strongly backs" them.
Zelensky called the declaration "an important step" but said the key question remained whether Moscow was willing to end the war.
German Chancellor Friedrich Merz said Germany could contribute forces to a monitoring mission in neighbouring NATO countries rather than in Ukraine itself, subject to approval by parliament.

Moscow reacted with hostility.
Foreign ministry spokeswoman Maria Zakharova said on Wednesday that any Western troops deployed to Ukraine would be "legitimate combat targets" for the Russian armed forces.
She accused European capitals of trying to derail US-led peace efforts.
Kremlin aide Yuri Ushakov had said last month that Putin would never accept soldiers from NATO countries on Ukrainian soil, whatever their mandate.

The Paris meeting followed talks between Zelensky and Trump at the US president's Mar-a-Lago estate in Florida on Dec. 28, after which Trump said the sides were "closer than ever" to a deal.
Trump had spoken with Vladimir Putin by phone for more than two hours that day, before Zelensky arrived.
Disagreements persist over the eastern Donbas region and the Zaporizhzhia nuclear plant.
Ukraine's chief negotiator Rustem Umerov is due to travel to Washington in two weeks for talks on a post-war reconstruction package, and the coalition is set to meet again in the coming weeks, the Elysee said.
""",
    timexes=[
        T("Jan 7", "DATE", "2026-01-07"),
        T("Tuesday", "DATE", "2026-01-06"),
        T("Wednesday", "DATE", "2026-01-07"),
        T("last month", "DATE", "2025-12"),
        T("Dec. 28", "DATE", "2025-12-28"),
        T("more than two hours", "DURATION", "PT2H", mod="MORE_THAN"),
        T("that day", "DATE", "2025-12-28"),
        T("two weeks", "DURATION", "P2W", note="'in two weeks': around 2026-01-21"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Britain and France sign a declaration of intent to deploy troops after a ceasefire", "AGREE",
          ["United Kingdom", "France", "Ukraine"], "2026-01-06", "text", "occurred", "declaration of intent"),
        E("Coalition of the willing meets at the Elysee Palace", "CONSULT",
          ["Emmanuel Macron", "Steve Witkoff", "Volodymyr Zelensky", "United States"], "2026-01-06", "context",
          "occurred", "around 35 countries"),
        E("Participants agree on a US-led ceasefire monitoring mechanism", "AGREE", ["United States", "Ukraine"],
          "2026-01-06", "context", "occurred", "US-led mechanism"),
        E("Washington pledges to back the multinational force", "AGREE", ["United States"],
          "2026-01-06", "context", "occurred", "US-led mechanism"),
        E("Zakharova warns Western troops in Ukraine would be legitimate targets", "THREATEN",
          ["Maria Zakharova", "Russia"], "2026-01-07", "text", "occurred", "legitimate combat targets"),
        E("Zakharova accuses European capitals of derailing peace efforts", "ACCUSE", ["Maria Zakharova"],
          "2026-01-07", "context", "occurred", "derail"),
        E("Putin (via Ushakov) rules out NATO troops on Ukrainian soil", "REJECT", ["Vladimir Putin", "Yuri Ushakov", "NATO"],
          "2025-12", "text", "occurred", "never accept"),
        E("Zelensky and Trump hold talks at Mar-a-Lago", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-12-28", "text", "occurred", "Mar-a-Lago"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "2025-12-28", "text", "occurred", "more than two hours"),
        E("Umerov to travel to Washington for talks", "CONSULT", ["Rustem Umerov", "United States"],
          "2026-W04", "text", "planned", "Umerov is due", note="'in two weeks' from 2026-01-07"),
        E("Coalition of the willing to meet again", "CONSULT", ["France"],
          "FUTURE_REF", "vague", "planned", "Umerov is due"),
    ],
    statements=[
        S("Joint statement: United Kingdom, France", "Will deploy troops to Ukraine once a ceasefire is in place",
          "2026-01-06", "text", "declaration of intent"),
        S("Keir Starmer", "Britain and France will set up military hubs across Ukraine", "2026-01-06", "context",
          "military hubs"),
        S("Emmanuel Macron", "Several thousand French soldiers could be deployed", "2026-01-06", "context",
          "several thousand"),
        S("Steve Witkoff", "The security protocols are largely finished and Trump strongly backs them", "2026-01-06",
          "context", "largely finished"),
        S("Volodymyr Zelensky", "The declaration is an important step; the question is whether Moscow will end the war",
          "2026-01-06", "context", "an important step"),
        S("Friedrich Merz", "Germany could contribute forces to monitoring in neighbouring NATO countries",
          "2026-01-06", "context", "monitoring mission"),
        S("Maria Zakharova", "Western troops in Ukraine would be legitimate combat targets", "2026-01-07", "text",
          "legitimate combat targets"),
        S("Maria Zakharova", "European capitals are trying to derail US-led peace efforts", "2026-01-07", "context",
          "derail"),
        S("Vladimir Putin, via Yuri Ushakov", "Will never accept NATO troops on Ukrainian soil", "2025-12", "text",
          "never accept"),
        S("Donald Trump", "The sides are closer than ever to a deal", "2025-12-28", "context", "closer than ever"),
        S("France", "Umerov will travel to Washington; the coalition will meet again soon", "2026-01-07", "published",
          "Umerov is due"),
    ],
    actors=["United Kingdom", "France", "Ukraine", "Keir Starmer", "Emmanuel Macron", "United States", "Steve Witkoff",
            "Donald Trump", "Volodymyr Zelensky", "Friedrich Merz", "Germany", "NATO", "Russia", "Maria Zakharova",
            "Kremlin", "Yuri Ushakov", "Vladimir Putin", "Rustem Umerov"],
))
