"""English held-out articles (fictionalised wire style; facts approximate)."""
from build import E, S, T

DOCS = []

# --------------------------------------------------------------------------- en01
DOCS.append(dict(
    id="hen01_unga_mobilisation_2022_09", lang="en", published="2022-09-21",
    body="""
Biden accuses Russia of "shameless" violations as Zelensky addresses UN by video
US President Joe Biden on Wednesday accused Russia of "shamelessly" violating the core tenets of the United Nations Charter, the same day Vladimir Putin ordered a partial mobilisation of reservists.
In a televised address broadcast at 9 a.m. Moscow time, Putin said the call-up of some 300,000 reservists was needed to defend Russia's "territorial integrity".
"This war is about extinguishing Ukraine's right to exist as a state," Biden told the General Assembly in New York.

Volodymyr Zelensky, the only leader allowed to speak by video this year, demanded a "just punishment" for Russia and set out five conditions for peace.
His pre-recorded speech was played in the chamber in the late afternoon, New York time.
"Russia talks about negotiations but announces military mobilisation," Zelensky said.

French President Emmanuel Macron, speaking on Tuesday, said countries staying neutral were "complicit with a new imperialism".
German Chancellor Olaf Scholz told delegates the same evening that Germany would not accept a peace dictated by Moscow.
Turkish President Recep Tayyip Erdoğan said after meeting Putin in Samarkand last week that the Russian leader wanted to end the war "quickly".

Secretary of State Antony Blinken will chair a Security Council session on Thursday, where Russian Foreign Minister Sergey Lavrov is expected to speak.
UN Secretary-General António Guterres urged both sides to agree on safe passage for civilians and warned that the world was "in great peril".
Western diplomats said the mobilisation showed that the Kremlin was preparing for a long war lasting well into next year.
""",
    timexes=[
        T("Wednesday", "DATE", "2022-09-21"),
        T("the same day", "DATE", "2022-09-21"),
        T("9 a.m. Moscow time", "TIME", "2022-09-21T09:00", note="Moscow time"),
        T("this year", "DATE", "2022"),
        T("the late afternoon", "TIME", "2022-09-21TAF", note="New York time"),
        T("Tuesday", "DATE", "2022-09-20"),
        T("the same evening", "TIME", "2022-09-20TEV"),
        T("last week", "DATE", "2022-W37"),
        T("Thursday", "DATE", "2022-09-22"),
        T("next year", "DATE", "2023"),
    ],
    events=[
        E("Biden accuses Russia of violating the UN Charter", "ACCUSE", ["Joe Biden", "Russia"],
          "2022-09-21", "text", "occurred", "shamelessly"),
        E("Putin orders a partial mobilisation of reservists", "MOBILIZE", ["Vladimir Putin", "Russia"],
          "2022-09-21", "text", "occurred", "shamelessly"),
        E("Zelensky demands a just punishment for Russia", "REQUEST", ["Volodymyr Zelensky", "Russia"],
          "2022-09-21TAF", "context", "occurred", "just punishment"),
        E("Zelensky accuses Russia of talking about negotiations while mobilising", "ACCUSE",
          ["Volodymyr Zelensky", "Russia"], "2022-09-21", "context", "occurred", "Russia talks about negotiations"),
        E("Macron accuses neutral countries of complicity with a new imperialism", "ACCUSE", ["Emmanuel Macron"],
          "2022-09-20", "text", "occurred", "new imperialism"),
        E("Scholz: Germany will not accept a peace dictated by Moscow", "REJECT", ["Olaf Scholz", "Germany", "Russia"],
          "2022-09-20TEV", "text", "occurred", "dictated by Moscow"),
        E("Erdoğan met Putin in Samarkand", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"],
          "2022-W37", "text", "occurred", "Samarkand", note="16 Sep 2022"),
        E("UN Security Council session chaired by Blinken with Lavrov", "CONSULT",
          ["Antony Blinken", "Sergey Lavrov", "United Nations"], "2022-09-22", "text", "planned",
          "Security Council session"),
        E("Guterres urges safe passage for civilians", "REQUEST", ["António Guterres", "Russia", "Ukraine"],
          "2022-09-21", "published", "occurred", "safe passage"),
    ],
    statements=[
        S("Joe Biden", "Russia shamelessly violated the core tenets of the UN Charter", "2022-09-21", "text",
          "shamelessly"),
        S("Vladimir Putin", "Call-up of 300,000 reservists needed to defend Russia's territorial integrity",
          "2022-09-21", "text", "300,000 reservists"),
        S("Joe Biden", "The war is about extinguishing Ukraine's right to exist", "2022-09-21", "context",
          "extinguishing"),
        S("Volodymyr Zelensky", "Demands just punishment for Russia; five conditions for peace", "2022-09-21",
          "context", "just punishment"),
        S("Volodymyr Zelensky", "Russia talks about negotiations but announces mobilisation", "2022-09-21",
          "context", "Russia talks about negotiations"),
        S("Emmanuel Macron", "Neutral countries are complicit with a new imperialism", "2022-09-20", "text",
          "new imperialism"),
        S("Olaf Scholz", "Germany will not accept a peace dictated by Moscow", "2022-09-20", "text",
          "dictated by Moscow"),
        S("Recep Tayyip Erdoğan", "Putin wants to end the war as soon as possible", "2022-W37", "context",
          "Samarkand"),
        S("António Guterres", "Urges safe passage for civilians; the world is in great peril", "2022-09-21",
          "published", "safe passage"),
    ],
    actors=["Joe Biden", "United States", "Russia", "United Nations", "Vladimir Putin", "Ukraine",
            "Volodymyr Zelensky", "Emmanuel Macron", "France", "Olaf Scholz", "Germany",
            "Recep Tayyip Erdoğan", "Turkey", "Antony Blinken", "Sergey Lavrov", "António Guterres",
            "Kremlin"],
))

# --------------------------------------------------------------------------- en02
DOCS.append(dict(
    id="hen02_jeddah_talks_2023_08", lang="en", published="2023-08-06",
    body="""
Saudi Arabia hosts Ukraine peace talks without Russia
Senior officials from around 40 countries ended two days of talks on a possible framework for peace in Ukraine in the Saudi port city of Jeddah on Sunday.
The meeting, which began on Saturday evening, was hosted by Saudi Arabia and brought together national security advisers from Western countries as well as from Brazil, India and China.
Andriy Yermak, the head of the Ukrainian presidential office, said the discussions had been "very productive".
China's presence was seen as a diplomatic gain for Kyiv, after Beijing stayed away from a first round in Copenhagen in late June.

Russia was not invited, and Kremlin spokesman Dmitry Peskov said on Saturday that Moscow would "keep an eye" on the meeting.
On Friday, foreign ministry spokeswoman Maria Zakharova had called the gathering a "doomed" attempt to rally the Global South behind Kyiv.
Zelensky said in a video address on Saturday night that he hoped the talks would lead to a global peace summit based on his ten-point formula, which he first presented nine months ago.
Ukrainian officials said they hoped such a summit could take place before the end of the year.

Saudi Crown Prince Mohammed bin Salman, who hosted Zelensky at an Arab League summit in May, has positioned the kingdom as a mediator.
Riyadh helped broker a prisoner swap last September that freed ten foreigners held by Russian forces.
Participants agreed to continue consultations at working level in the coming weeks, according to a Saudi statement.
Ukrainian negotiators currently hold weekly video calls with their partners, and a further meeting could take place in the autumn.
""",
    timexes=[
        T("two days", "DURATION", "P2D"),
        T("Sunday", "DATE", "2023-08-06"),
        T("Saturday evening", "TIME", "2023-08-05TEV"),
        T("late June", "DATE", "2023-06", mod="END"),
        T("Saturday", "DATE", "2023-08-05", 1),
        T("Friday", "DATE", "2023-08-04"),
        T("Saturday night", "TIME", "2023-08-05TNI"),
        T("nine months ago", "DATE", "2022-11"),
        T("the end of the year", "DATE", "2023", mod="END"),
        T("May", "DATE", "2023-05"),
        T("last September", "DATE", "2022-09"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("currently", "DATE", "PRESENT_REF"),
        T("weekly", "SET", "P1W"),
        T("the autumn", "DATE", "2023-FA"),
    ],
    events=[
        E("Saudi-hosted talks in Jeddah on a peace framework for Ukraine", "CONSULT",
          ["Saudi Arabia", "Ukraine", "China"], "2023-08-05TEV", "text", "occurred", "began on Saturday evening",
          note="talks held 5-6 August 2023"),
        E("First round of talks in Copenhagen", "CONSULT", ["Ukraine"],
          "2023-06", "text", "occurred", "Copenhagen", date_mod="END"),
        E("Hoped-for global peace summit", "CONSULT", ["Ukraine"],
          "2023", "text", "uncertain", "before the end of the year", date_mod="END"),
        E("Saudi crown prince hosted Zelensky at the Arab League summit", "CONSULT",
          ["Saudi Arabia", "Volodymyr Zelensky"], "2023-05", "text", "occurred", "Arab League"),
        E("Saudi-brokered release of ten foreigners held by Russian forces", "CONCEDE", ["Saudi Arabia", "Russia"],
          "2022-09", "text", "occurred", "last September"),
        E("Zakharova dismisses the gathering as a doomed attempt", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2023-08-04", "text", "occurred", "doomed"),
        E("Participants agree to continue consultations at working level", "AGREE", ["Saudi Arabia", "Ukraine"],
          "2023-08-06", "published", "occurred", "continue consultations"),
        E("Weekly video calls between Ukrainian negotiators and partners", "CONSULT", ["Ukraine"],
          "PRESENT_REF", "vague", "occurred", "weekly video calls"),
        E("Possible further meeting in the autumn", "CONSULT", ["Ukraine"],
          "2023-FA", "text", "uncertain", "in the autumn"),
    ],
    statements=[
        S("Andriy Yermak", "The discussions were very productive", "2023-08-06", "published", "very productive"),
        S("Dmitry Peskov", "Moscow will keep an eye on the meeting", "2023-08-05", "text", "keep an eye"),
        S("Maria Zakharova", "The gathering is a doomed attempt to rally the Global South behind Kyiv",
          "2023-08-04", "text", "doomed"),
        S("Volodymyr Zelensky", "Hopes the talks lead to a global peace summit based on his peace formula",
          "2023-08-05", "text", "video address"),
        S("Saudi Arabia", "Participants agreed to continue consultations at working level", "2023-08-06",
          "published", "continue consultations"),
    ],
    actors=["Saudi Arabia", "Ukraine", "China", "Andriy Yermak", "Russia", "Kremlin", "Dmitry Peskov",
            "Maria Zakharova", "Volodymyr Zelensky"],
))

# --------------------------------------------------------------------------- en03
DOCS.append(dict(
    id="hen03_hiroshima_g7_2023_05", lang="en", published="2023-05-21",
    body="""
Zelensky rallies G7 leaders in Hiroshima as Biden backs F-16 training
Volodymyr Zelensky met Joe Biden on the sidelines of the G7 summit in Hiroshima on Sunday, having flown into Japan on Saturday aboard a French government plane.
Biden announced a new military aid package worth 375 million dollars, including ammunition and armoured vehicles.
"We're in this together," Biden told Zelensky at the start of their meeting, promising that the United States would stand by Ukraine.

On Friday, Biden had told fellow leaders that Washington would support a joint effort to train Ukrainian pilots on F-16 fighter jets.
US officials said the training was expected to begin in the coming weeks in Europe and could last at least several months.
The G7 leaders, among them Emmanuel Macron, Olaf Scholz and Giorgia Meloni, agreed the same day on new measures to restrict Russia's access to their technology and markets.
On Saturday, Zelensky held talks with Indian Prime Minister Narendra Modi, their first face-to-face meeting since the full-scale invasion began.

"Peace will be ours," Zelensky told reporters at a press conference late Sunday, before leaving Japan.
Asked whether Bakhmut was still held by Ukrainian forces, he said the city was "only in our hearts" for now, a remark his office later said had been misinterpreted.
Russia's defence ministry had claimed full control of the city on Saturday.
Foreign Minister Sergey Lavrov accused the G7 of seeking the "double containment" of Russia and China.
China's foreign ministry summoned Japan's ambassador over the summit's statements on Beijing, a sign that tensions are likely to persist for the foreseeable future.
""",
    timexes=[
        T("Sunday", "DATE", "2023-05-21"),
        T("Saturday", "DATE", "2023-05-20", 0),
        T("Friday", "DATE", "2023-05-19"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
        T("at least several months", "DURATION", "PXM", mod="EQUAL_OR_MORE"),
        T("the same day", "DATE", "2023-05-19"),
        T("Saturday", "DATE", "2023-05-20", 1),
        T("late Sunday", "TIME", "2023-05-21TNI"),
        T("now", "DATE", "PRESENT_REF"),
        T("Saturday", "DATE", "2023-05-20", 2),
        T("the foreseeable future", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Zelensky meets Biden at the G7 summit", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"],
          "2023-05-21", "text", "occurred", "on the sidelines of the G7"),
        E("Biden announces a 375-million-dollar military aid package", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2023-05-21", "published", "occurred", "375 million"),
        E("Biden promises US will stand by Ukraine", "AGREE", ["Joe Biden", "United States", "Ukraine"],
          "2023-05-21", "context", "occurred", "in this together"),
        E("US backs joint training of Ukrainian pilots on F-16s", "AGREE", ["Joe Biden", "United States", "Ukraine"],
          "2023-05-19", "text", "occurred", "F-16 fighter jets"),
        E("F-16 pilot training to begin", "AID", ["United States", "Ukraine"],
          "FUTURE_REF", "vague", "planned", "training was expected to begin"),
        E("G7 leaders agree new measures restricting Russia's access to technology and markets", "SANCTION",
          ["Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Russia"], "2023-05-19", "text", "occurred",
          "restrict Russia's access"),
        E("Zelensky meets Indian Prime Minister Modi", "CONSULT", ["Volodymyr Zelensky"],
          "2023-05-20", "text", "occurred", "Narendra Modi"),
        E("Lavrov accuses the G7 of seeking double containment of Russia and China", "ACCUSE", ["Sergey Lavrov"],
          "2023-05-21", "published", "occurred", "double containment"),
        E("China summons Japan's ambassador over G7 statements", "ACCUSE", ["China"],
          "2023-05-21", "published", "occurred", "summoned"),
    ],
    statements=[
        S("Joe Biden", "We're in this together; the US will stand by Ukraine", "2023-05-21", "context",
          "in this together"),
        S("Joe Biden", "Washington will support training Ukrainian pilots on F-16s", "2023-05-19", "text",
          "F-16 fighter jets"),
        S("Volodymyr Zelensky", "Peace will be ours", "2023-05-21", "text", "Peace will be ours"),
        S("Volodymyr Zelensky", "Bakhmut is only in our hearts for now", "2023-05-21", "context",
          "only in our hearts"),
        S("Russia", "Claims full control of Bakhmut", "2023-05-20", "text", "full control"),
        S("Sergey Lavrov", "The G7 seeks the double containment of Russia and China", "2023-05-21", "published",
          "double containment"),
    ],
    actors=["Volodymyr Zelensky", "Joe Biden", "France", "United States", "Ukraine", "Emmanuel Macron",
            "Olaf Scholz", "Giorgia Meloni", "Russia", "Sergey Lavrov", "China"],
))

# --------------------------------------------------------------------------- en04
DOCS.append(dict(
    id="hen04_kellogg_kyiv_2025_02", lang="en", published="2025-02-20",
    body="""
Kellogg meets Zelensky in Kyiv as joint press conference is scrapped
US special envoy Keith Kellogg met Volodymyr Zelensky in Kyiv on Thursday, but a joint news conference planned for the afternoon was cancelled at Washington's request.
Ukrainian officials said the meeting lasted about 50 minutes and described it as constructive.
Kellogg arrived in the capital by train on Wednesday morning and told reporters: "I'm here today to listen."

The visit was overshadowed by a sharp escalation in rhetoric between Zelensky and US President Donald Trump.
On Wednesday Trump called Zelensky "a dictator without elections" in a post on his Truth Social platform.
Zelensky had said the same day that the US president was living in a "disinformation space" shaped by Moscow.
Vice President JD Vance warned Kyiv that publicly attacking Trump would be "counterproductive".

The dispute erupted after Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met in Riyadh on Tuesday without Ukrainian or European participation.
Andriy Yermak said Ukraine would not accept any agreement reached behind its back.
Ukraine had recently offered Washington access to rare earth deposits in return for security guarantees, but Zelensky rejected a first US draft as inadequate.
Kellogg is due to leave Kyiv on Friday, while French President Emmanuel Macron and British Prime Minister Keir Starmer will visit Washington next week.
Trump said on Thursday he could meet Vladimir Putin "very soon".
""",
    timexes=[
        T("Thursday", "DATE", "2025-02-20", 0),
        T("the afternoon", "TIME", "2025-02-20TAF"),
        T("about 50 minutes", "DURATION", "PT50M", mod="APPROX"),
        T("Wednesday morning", "TIME", "2025-02-19TMO"),
        T("today", "DATE", "2025-02-19"),
        T("Wednesday", "DATE", "2025-02-19", 1),
        T("the same day", "DATE", "2025-02-19"),
        T("Tuesday", "DATE", "2025-02-18"),
        T("recently", "DATE", "PAST_REF"),
        T("Friday", "DATE", "2025-02-21"),
        T("next week", "DATE", "2025-W09"),
        T("Thursday", "DATE", "2025-02-20", 1),
        T("very soon", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Kellogg meets Zelensky in Kyiv", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"],
          "2025-02-20", "text", "occurred", "met Volodymyr Zelensky in Kyiv"),
        E("Joint Kellogg-Zelensky news conference cancelled", "CONSULT", ["Keith Kellogg", "Volodymyr Zelensky"],
          "2025-02-20TAF", "text", "cancelled", "met Volodymyr Zelensky in Kyiv"),
        E("Kellogg arrives in Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"],
          "2025-02-19TMO", "text", "occurred", "by train"),
        E("Trump calls Zelensky a dictator without elections", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-19", "text", "occurred", "dictator without elections"),
        E("Zelensky says Trump lives in a disinformation space", "ACCUSE", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-02-19", "text", "occurred", "disinformation space"),
        E("Vance warns Kyiv against publicly attacking Trump", "REQUEST", ["JD Vance", "Ukraine"],
          "2025-02-20", "published", "occurred", "counterproductive"),
        E("Rubio and Lavrov meet in Riyadh", "CONSULT", ["Marco Rubio", "Sergey Lavrov"],
          "2025-02-18", "text", "occurred", "met in Riyadh"),
        E("Ukraine will not accept agreements reached behind its back", "REJECT", ["Andriy Yermak", "Ukraine"],
          "2025-02-20", "published", "occurred", "behind its back"),
        E("Zelensky rejects a first US draft on rare earth deposits", "REJECT", ["Volodymyr Zelensky", "United States"],
          "PAST_REF", "vague", "occurred", "rare earth"),
        E("Macron visits Washington", "CONSULT", ["Emmanuel Macron", "United States"],
          "2025-W09", "text", "planned", "next week", note="24 Feb 2025"),
        E("Starmer visits Washington", "CONSULT", ["Keir Starmer", "United States"],
          "2025-W09", "text", "planned", "next week", note="27 Feb 2025"),
        E("Possible Trump-Putin meeting", "CONSULT", ["Donald Trump", "Vladimir Putin"],
          "FUTURE_REF", "vague", "uncertain", "very soon"),
    ],
    statements=[
        S("Ukraine", "The Kellogg meeting lasted about 50 minutes and was constructive", "2025-02-20", "context",
          "about 50 minutes"),
        S("Keith Kellogg", "Is in Kyiv to listen", "2025-02-19", "text", "here today to listen"),
        S("Donald Trump", "Zelensky is a dictator without elections", "2025-02-19", "text",
          "dictator without elections"),
        S("Volodymyr Zelensky", "Trump lives in a disinformation space shaped by Moscow", "2025-02-19", "text",
          "disinformation space"),
        S("JD Vance", "Publicly attacking Trump would be counterproductive for Kyiv", "2025-02-20", "published",
          "counterproductive"),
        S("Andriy Yermak", "Ukraine will not accept agreements reached behind its back", "2025-02-20",
          "published", "behind its back"),
        S("Donald Trump", "Could meet Putin very soon", "2025-02-20", "text", "very soon"),
    ],
    actors=["United States", "Keith Kellogg", "Volodymyr Zelensky", "Ukraine", "Donald Trump", "Russia",
            "JD Vance", "Marco Rubio", "Sergey Lavrov", "Andriy Yermak", "Emmanuel Macron", "France",
            "Keir Starmer", "United Kingdom", "Vladimir Putin"],
))

# --------------------------------------------------------------------------- en05
DOCS.append(dict(
    id="hen05_uae_prisoner_swap_2024_12", lang="en", published="2024-12-30",
    body="""
Russia and Ukraine swap hundreds of prisoners in UAE-brokered deal
Russia and Ukraine carried out one of the largest prisoner exchanges of the war on Monday, with 189 Ukrainians and 150 Russian servicemen returning home.
The swap was brokered by the United Arab Emirates, which has mediated several exchanges this year.
"We are bringing our people home," Volodymyr Zelensky wrote on Telegram in the early afternoon.
Among those freed were border guards captured in the spring of 2022 and defenders of Mariupol who had spent more than two years in captivity.

Russia's defence ministry said the returned soldiers were being flown to Moscow for medical treatment.
Kremlin spokesman Dmitry Peskov said on Sunday that Russia remained open to talks but would not accept a truce that allowed Ukraine to rearm.
The previous exchange, on October 18, returned 95 prisoners to each side.

The swap came after a massive Russian missile and drone attack on Ukraine's energy system on Christmas Day, which Zelensky called "inhumane".
US President-elect Donald Trump, who takes office on January 20, has said he wants to end the war quickly but has given no details.
Foreign Minister Andrii Sybiha said Kyiv wanted to bring everyone home and urged partners to keep up pressure on Moscow in the new year.
Officials in Kyiv said further exchanges were being prepared and could take place as early as January.
""",
    timexes=[
        T("Monday", "DATE", "2024-12-30"),
        T("this year", "DATE", "2024"),
        T("the early afternoon", "TIME", "2024-12-30TAF"),
        T("the spring of 2022", "DATE", "2022-SP"),
        T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
        T("Sunday", "DATE", "2024-12-29"),
        T("October 18", "DATE", "2024-10-18"),
        T("Christmas Day", "DATE", "2024-12-25"),
        T("January 20", "DATE", "2025-01-20"),
        T("the new year", "DATE", "2025"),
        T("January", "DATE", "2025-01", 1),
    ],
    events=[
        E("Russia and Ukraine exchange 189 Ukrainian and 150 Russian prisoners", "CONCEDE", ["Russia", "Ukraine"],
          "2024-12-30", "text", "occurred", "largest prisoner exchanges"),
        E("Kremlin rejects a truce that would let Ukraine rearm", "REJECT", ["Dmitry Peskov", "Russia"],
          "2024-12-29", "text", "occurred", "rearm"),
        E("Previous exchange of 95 prisoners each", "CONCEDE", ["Russia", "Ukraine"],
          "2024-10-18", "text", "occurred", "95 prisoners"),
        E("Russian missile and drone attack on Ukraine's energy system", "ASSAULT", ["Russia", "Ukraine"],
          "2024-12-25", "text", "occurred", "Christmas Day"),
        E("Zelensky calls the Christmas attack inhumane", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2024-12-25", "context", "occurred", "Christmas Day"),
        E("Sybiha urges partners to keep up pressure on Moscow", "REQUEST", ["Andrii Sybiha"],
          "2024-12-30", "published", "occurred", "keep up pressure"),
        E("Further prisoner exchanges being prepared", "CONCEDE", ["Russia", "Ukraine"],
          "2025-01", "text", "uncertain", "as early as January", note="A 25-for-25 exchange took place on 5 Jan 2025"),
    ],
    statements=[
        S("Volodymyr Zelensky", "We are bringing our people home", "2024-12-30", "text", "bringing our people home"),
        S("Russia", "Returned soldiers are being flown to Moscow for treatment", "2024-12-30", "published",
          "medical treatment"),
        S("Dmitry Peskov", "Russia open to talks but rejects a truce that lets Ukraine rearm", "2024-12-29", "text",
          "rearm"),
        S("Volodymyr Zelensky", "The Christmas attack was inhumane", "2024-12-25", "context", "Christmas Day"),
        S("Donald Trump", "Wants to end the war quickly", "2024-12-30", "published", "end the war quickly"),
        S("Andrii Sybiha", "Kyiv wants everyone home; partners should keep up pressure on Moscow", "2024-12-30",
          "published", "keep up pressure"),
        S("Ukraine", "Further exchanges are being prepared, possibly in January", "2024-12-30", "published",
          "as early as January"),
    ],
    actors=["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Donald Trump",
            "United States", "Andrii Sybiha"],
))

# --------------------------------------------------------------------------- en06
DOCS.append(dict(
    id="hen06_witkoff_kremlin_2025_12", lang="en", published="2025-12-03",
    body="""
Putin and Witkoff hold five-hour Kremlin talks without breakthrough on territory
Vladimir Putin received US envoy Steve Witkoff in Moscow on Tuesday evening for talks on a US plan to end the war in Ukraine that lasted nearly five hours.
The meeting began at about 7 p.m. Moscow time, according to Russian state media, and Witkoff was accompanied by Jared Kushner.
Yuri Ushakov, Putin's foreign policy adviser, told reporters after the meeting that "no compromise has been found yet" on the territorial question.
He called the talks "useful, constructive and very substantive" and said both sides had agreed not to disclose details.
Kirill Dmitriev, Putin's special envoy for economic cooperation, also took part in the talks, Witkoff's sixth meeting with Putin since his first visit to Moscow nearly ten months ago.

Earlier on Tuesday, Putin accused European governments of sabotaging the US peace effort and said Russia was "ready right now" if Europe wanted a war.
Zelensky, speaking in Dublin on Tuesday, said he was waiting for signals from the US delegation and warned against any decisions "about Ukraine without Ukraine".
On Sunday, Rustem Umerov and Marco Rubio held talks near Miami that the Ukrainian side called productive.
Zelensky had met Emmanuel Macron in Paris on Monday, and both leaders said Europe must have a seat at the table.

Rubio will skip a meeting of NATO foreign ministers in Brussels on Wednesday, sending his deputy instead.
NATO Secretary General Mark Rutte said the alliance stood ready to support "a just and lasting peace".
Witkoff and Umerov are due to meet again in Miami on Thursday, while the Kremlin said a summit between Putin and Donald Trump was not yet on the agenda.
""",
    timexes=[
        T("five-hour", "DURATION", "PT5H"),
        T("Tuesday evening", "TIME", "2025-12-02TEV"),
        T("nearly five hours", "DURATION", "PT5H", mod="APPROX"),
        T("about 7 p.m. Moscow time", "TIME", "2025-12-02T19:00", mod="APPROX", note="Moscow time"),
        T("nearly ten months ago", "DATE", "2025-02"),
        T("Tuesday", "DATE", "2025-12-02", 1),
        T("right now", "DATE", "PRESENT_REF"),
        T("Tuesday", "DATE", "2025-12-02", 2),
        T("Sunday", "DATE", "2025-11-30"),
        T("Monday", "DATE", "2025-12-01"),
        T("Wednesday", "DATE", "2025-12-03"),
        T("Thursday", "DATE", "2025-12-04"),
    ],
    events=[
        E("Putin receives Witkoff in Moscow", "CONSULT", ["Vladimir Putin", "Steve Witkoff"],
          "2025-12-02TEV", "text", "occurred", "received US envoy"),
        E("Russian and US sides agree not to disclose details", "AGREE", ["Russia", "United States"],
          "2025-12-02", "context", "occurred", "not to disclose"),
        E("Witkoff's first visit to Putin in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
          "2025-02", "text", "occurred", "nearly ten months ago", note="11 Feb 2025"),
        E("Putin accuses European governments of sabotaging the US peace effort", "ACCUSE", ["Vladimir Putin"],
          "2025-12-02", "text", "occurred", "sabotaging"),
        E("Zelensky warns against decisions about Ukraine without Ukraine", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2025-12-02", "text", "occurred", "without Ukraine"),
        E("Umerov and Rubio hold talks near Miami", "CONSULT", ["Rustem Umerov", "Marco Rubio"],
          "2025-11-30", "text", "occurred", "near Miami"),
        E("Zelensky meets Macron in Paris", "CONSULT", ["Volodymyr Zelensky", "Emmanuel Macron"],
          "2025-12-01", "text", "occurred", "in Paris on Monday"),
        E("NATO foreign ministers' meeting in Brussels (without Rubio)", "CONSULT", ["NATO"],
          "2025-12-03", "text", "planned", "sending his deputy"),
        E("Witkoff and Umerov to meet again in Miami", "CONSULT", ["Steve Witkoff", "Rustem Umerov"],
          "2025-12-04", "text", "planned", "due to meet again"),
    ],
    statements=[
        S("Yuri Ushakov", "No compromise found yet on the territorial question", "2025-12-02", "context",
          "no compromise"),
        S("Yuri Ushakov", "Talks useful, constructive and very substantive; details not to be disclosed",
          "2025-12-02", "context", "very substantive"),
        S("Vladimir Putin", "Europeans sabotage the US peace effort; Russia is ready if Europe wants war",
          "2025-12-02", "text", "sabotaging"),
        S("Volodymyr Zelensky", "Waiting for signals from the US delegation; no decisions about Ukraine without Ukraine",
          "2025-12-02", "text", "without Ukraine"),
        S("Ukraine", "The Umerov-Rubio talks were productive", "2025-11-30", "context", "near Miami"),
        S("Joint statement: Volodymyr Zelensky, Emmanuel Macron", "Europe must have a seat at the table",
          "2025-12-01", "context", "seat at the table"),
        S("Mark Rutte", "NATO stands ready to support a just and lasting peace", "2025-12-03", "published",
          "just and lasting peace"),
        S("Kremlin", "A Putin-Trump summit is not yet on the agenda", "2025-12-03", "published",
          "not yet on the agenda"),
    ],
    actors=["Vladimir Putin", "United States", "Steve Witkoff", "Ukraine", "Russia", "Yuri Ushakov",
            "Kirill Dmitriev", "Volodymyr Zelensky", "Rustem Umerov", "Marco Rubio", "Emmanuel Macron",
            "NATO", "Mark Rutte", "Kremlin", "Donald Trump"],
))
