"""English articles of the blind64 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b64en01 (Middle East Eye)
EN01 = """
UAE brokers year-end prisoner swap as Abu Dhabi cements role between Moscow and Kyiv

Russia and Ukraine exchanged hundreds of prisoners of war on Monday in a deal brokered by the United Arab Emirates, Abu Dhabi's eleventh such mediation since the start of the year.
Kyiv said 189 Ukrainians had come home, among them soldiers captured during the defence of Mariupol in 2022, while Russia's defence ministry said 150 Russian servicemen had been returned and were receiving medical care in Belarus.
The UAE foreign ministry said in a statement that the swap brought the number of prisoners released through its mediation to 2,184.

Ukrainian President Volodymyr Zelensky thanked the Emirates on Monday evening and vowed that Kyiv would "bring everyone home", saying more than 8,000 Ukrainians were still held in Russia.
Russia's human rights commissioner Tatyana Moskalkova said a further exchange was already being prepared and that Moscow had passed a new list of names to Kyiv.
Kremlin spokesman Dmitry Peskov told reporters on Tuesday that humanitarian contacts with Kyiv were "working", but that a ceasefire was "not on the agenda".

The swap underlines how Abu Dhabi has turned its close ties with both capitals into diplomatic capital.
UAE President Mohamed bin Zayed has met Russian President Vladimir Putin several times since the invasion, most recently on the sidelines of the BRICS summit in Kazan in October, while Emirati officials speak to their Ukrainian counterparts almost daily, a Ukrainian official told Middle East Eye.
Saudi Arabia, which secured the release of ten foreign fighters from Russian captivity in September 2022, has watched its Gulf rival take the lead on prisoner diplomacy.

Critics say the mediation also shields the UAE from Western pressure over its role as a hub for Russian money and sanctioned goods.
In February, the US Treasury sanctioned several Emirati companies accused of helping Moscow evade export controls.
Emirati officials rejected the accusations, insisting the country complied with all UN sanctions.

The exchange came days after a massive Russian missile and drone attack on Ukraine's energy grid on Christmas Day, which Zelensky denounced as "inhumane".
It also comes weeks before Donald Trump returns to the White House; the president-elect has promised to end the war quickly, and his envoy Keith Kellogg is expected in Kyiv in early January.
"""

doc01 = doc(
    "b64en01_uae_year_end_swap_2024_12", "2024-12-31", EN01,
    [
        T("Monday", "DATE", "2024-12-30", 0),
        T("the start of the year", "DATE", "2024", mod="START"),
        T("2022", "DATE", "2022", 0),
        T("Monday evening", "TIME", "2024-12-30TEV"),
        T("Tuesday", "DATE", "2024-12-31"),
        T("most recently", "DATE", "PAST_REF"),
        T("October", "DATE", "2024-10"),
        T("almost daily", "SET", "P1D", mod="APPROX"),
        T("September 2022", "DATE", "2022-09"),
        T("February", "DATE", "2024-02"),
        T("Christmas Day", "DATE", "2024-12-25"),
        T("early January", "DATE", "2025-01", mod="START"),
    ],
    [
        E("Russia and Ukraine exchange prisoners of war (189 Ukrainians, 150 Russians)", "CONCEDE",
          ["Russia", "Ukraine"], "2024-12-30", "text", "occurred", "exchanged hundreds of prisoners of war"),
        E("UAE mediates the exchange", "CONSULT", ["Russia", "Ukraine"], "2024-12-30", "text", "occurred",
          "exchanged hundreds of prisoners of war"),
        E("Zelensky thanks the Emirates", "SUPPORT", ["Volodymyr Zelensky"], "2024-12-30TEV", "text", "occurred",
          "thanked the Emirates"),
        E("Zelensky vows to bring everyone home", "AGREE", ["Volodymyr Zelensky"], "2024-12-30TEV", "context",
          "occurred", "thanked the Emirates"),
        E("Moscow passes a new list of names to Kyiv", "REQUEST", ["Russia", "Ukraine"], "2024-12-31", "published",
          "occurred", "Tatyana Moskalkova said"),
        E("Peskov: a ceasefire is not on the agenda", "REJECT", ["Dmitry Peskov", "Ukraine"], "2024-12-31", "text",
          "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
        E("Mohamed bin Zayed meets Putin at the BRICS summit in Kazan", "CONSULT", ["Vladimir Putin"], "2024-10",
          "text", "occurred", "Mohamed bin Zayed has met"),
        E("Saudi Arabia secures the release of ten foreign fighters from Russian captivity", "CONCEDE",
          ["Russia", "Saudi Arabia"], "2022-09", "text", "occurred", "secured the release of ten foreign fighters"),
        E("US Treasury sanctions Emirati companies for helping Moscow evade export controls", "SANCTION",
          ["United States", "Russia"], "2024-02", "text", "occurred", "In February, the US Treasury"),
        E("Massive Russian missile and drone attack on Ukraine's energy grid", "ASSAULT", ["Russia", "Ukraine"],
          "2024-12-25", "text", "occurred", "massive Russian missile"),
        E("Zelensky denounces the attack as inhumane", "ACCUSE", ["Volodymyr Zelensky", "Russia"], "2024-12-25",
          "context", "occurred", "massive Russian missile"),
        E("Trump's envoy Kellogg expected in Kyiv", "CONSULT", ["Keith Kellogg", "Ukraine"], "2025-01", "text",
          "planned", "Keith Kellogg is expected", date_mod="START"),
    ],
    [
        S("Ukraine", "189 Ukrainians came home, among them Mariupol defenders", "2024-12-30", "context",
          "Kyiv said 189"),
        S("Russia", "Defence ministry: 150 Russian servicemen returned, treated in Belarus", "2024-12-30", "context",
          "Kyiv said 189"),
        S("Volodymyr Zelensky", "Thanks the Emirates; Kyiv will bring everyone home; more than 8,000 still held",
          "2024-12-30", "text", "thanked the Emirates"),
        S("Russia", "Moskalkova: next exchange being prepared, a new list passed to Kyiv", "2024-12-31", "published",
          "Tatyana Moskalkova said"),
        S("Dmitry Peskov", "Humanitarian contacts with Kyiv work, but a ceasefire is not on the agenda",
          "2024-12-31", "text", "Kremlin spokesman Dmitry Peskov told reporters"),
        S("Ukraine", "Emirati officials speak to Ukrainian counterparts almost daily", "2024-12-31", "published",
          "Mohamed bin Zayed has met"),
        S("Volodymyr Zelensky", "The Christmas Day attack was inhumane", "2024-12-25", "context",
          "massive Russian missile"),
    ],
    ["Russia", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "Saudi Arabia",
     "United States", "United Nations", "Donald Trump", "Keith Kellogg"],
)

# ---------------------------------------------------------------- b64en02 (The Arab Weekly)
EN02 = """
Jeddah talks end without declaration, but Riyadh claims a diplomatic win

JEDDAH - Senior officials from around 40 countries ended two days of talks on a path to peace in Ukraine in the Saudi Red Sea city of Jeddah on Sunday without a joint statement but with an agreement to keep meeting.
The gathering, hosted by Saudi national security adviser Musaed al-Aiban, brought together Ukraine, Western powers and major countries of the Global South, among them China, India, Brazil and South Africa.
Russia was not invited.

Andriy Yermak, the head of Ukraine's presidential office, who led Kyiv's delegation, described the discussions as "very productive" and "honest".
He said the humanitarian points of President Volodymyr Zelensky's ten-point peace formula, among them the release of all prisoners and the return of deported children, had drawn the broadest support.
US national security adviser Jake Sullivan met China's special envoy Li Hui on the sidelines on Saturday, a US official said, describing the exchange as "constructive".

For Riyadh, which has kept close ties with Moscow through the OPEC+ oil alliance, the meeting was a chance to showcase its ambitions as a mediator.
The kingdom helped secure the release of ten foreign fighters held by Russian-backed forces in September last year, and Crown Prince Mohammed bin Salman received Zelensky at the Arab League summit in Jeddah in May.
Foreign Minister Prince Faisal bin Farhan said the kingdom would "continue to support all international efforts" to reach a political solution.

Moscow dismissed the gathering.
Deputy Foreign Minister Sergei Ryabkov said on Saturday the meeting reflected "the West's attempt to mobilise the Global South" behind Kyiv and was "doomed to failure".
Kremlin spokesman Dmitry Peskov said on Monday that Russia would "keep an eye" on the outcome, but that any initiative had to take into account "the realities on the ground".

China's presence was seen as a success for Kyiv, which had failed to persuade Beijing to attend a first round in Copenhagen in June.
Diplomats said a further meeting could be held in the coming months, and Kyiv hopes to convene a global peace summit before the end of the year.
On Sunday evening, Russian missiles and drones struck the western Khmelnytskyi region, Ukraine's air force said.
"""

doc02 = doc(
    "b64en02_jeddah_peace_formula_talks_2023_08", "2023-08-07", EN02,
    [
        T("two days", "DURATION", "P2D"),
        T("Sunday", "DATE", "2023-08-06", 0),
        T("Saturday", "DATE", "2023-08-05", 0),
        T("September last year", "DATE", "2022-09"),
        T("May", "DATE", "2023-05"),
        T("Saturday", "DATE", "2023-08-05", 1),
        T("Monday", "DATE", "2023-08-07"),
        T("June", "DATE", "2023-06"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("the end of the year", "DATE", "2023", mod="END"),
        T("Sunday evening", "TIME", "2023-08-06TEV"),
    ],
    [
        E("Jeddah meeting of senior officials from about 40 countries on peace in Ukraine", "CONSULT",
          ["Saudi Arabia", "Ukraine", "China", "United States"], "2023-08-06", "text", "occurred",
          "Senior officials from around 40 countries", note="talks of 5-6 August 2023"),
        E("Participants agree to keep meeting", "AGREE", ["Saudi Arabia", "Ukraine", "China", "United States"],
          "2023-08-06", "context", "occurred", "Senior officials from around 40 countries"),
        E("Sullivan meets China's envoy Li Hui", "CONSULT", ["United States", "China"], "2023-08-05", "text",
          "occurred", "Jake Sullivan met"),
        E("Saudi Arabia helps secure the release of ten foreign fighters", "CONCEDE", ["Russia", "Saudi Arabia"],
          "2022-09", "text", "occurred", "helped secure the release"),
        E("Crown Prince receives Zelensky at the Arab League summit in Jeddah", "CONSULT",
          ["Saudi Arabia", "Volodymyr Zelensky"], "2023-05", "text", "occurred", "helped secure the release"),
        E("Saudi Arabia promises to keep supporting international peace efforts", "AGREE", ["Saudi Arabia"],
          "2023-08-06", "context", "occurred", "continue to support all international efforts"),
        E("Ryabkov: the meeting is the West's attempt to mobilise the Global South", "ACCUSE", ["Russia"],
          "2023-08-05", "text", "occurred", "Sergei Ryabkov"),
        E("Ryabkov dismisses the meeting as doomed to failure", "REJECT", ["Russia", "Ukraine"], "2023-08-05", "text",
          "occurred", "Sergei Ryabkov"),
        E("Peskov: any initiative must take the realities on the ground into account", "REQUEST",
          ["Dmitry Peskov", "Ukraine"], "2023-08-07", "text", "occurred", "Kremlin spokesman Dmitry Peskov said"),
        E("First round in Copenhagen", "CONSULT", ["Ukraine"], "2023-06", "text", "occurred", "Copenhagen"),
        E("China stays away from the Copenhagen round", "CONSULT", ["China", "Ukraine"], "2023-06", "text",
          "cancelled", "Copenhagen"),
        E("A further meeting may be held", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague", "uncertain",
          "Diplomats said a further meeting"),
        E("Kyiv hopes to convene a global peace summit", "CONSULT", ["Ukraine"], "2023", "text", "uncertain",
          "Diplomats said a further meeting", date_mod="END"),
        E("Russian missiles and drones strike the Khmelnytskyi region", "ASSAULT", ["Russia", "Ukraine"],
          "2023-08-06TEV", "text", "occurred", "Khmelnytskyi"),
    ],
    [
        S("Andriy Yermak", "The discussions were very productive and honest", "2023-08-06", "context",
          "very productive"),
        S("Andriy Yermak", "The humanitarian points of the peace formula drew the broadest support", "2023-08-06",
          "context", "the humanitarian points"),
        S("United States", "Sullivan met Li Hui; the exchange was constructive", "2023-08-07", "published",
          "Jake Sullivan met"),
        S("Saudi Arabia", "The kingdom will continue to support all international efforts", "2023-08-06",
          "context", "continue to support all international efforts"),
        S("Russia", "Moscow dismissed the gathering", "2023-08-07", "published", "Moscow dismissed the gathering"),
        S("Russia", "Ryabkov: the West's attempt to mobilise the Global South, doomed to failure", "2023-08-05",
          "text", "Sergei Ryabkov"),
        S("Dmitry Peskov", "Russia will keep an eye on the outcome; initiatives must reflect the realities on the "
          "ground", "2023-08-07", "text", "Kremlin spokesman Dmitry Peskov said"),
        S("Ukraine", "Air force: missiles and drones struck the Khmelnytskyi region", "2023-08-07", "published",
          "Khmelnytskyi"),
    ],
    ["Saudi Arabia", "Ukraine", "China", "Russia", "Andriy Yermak", "Volodymyr Zelensky", "United States",
     "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b64en03 (Catholic News Agency)
EN03 = """
Cardinal Zuppi back in Moscow to press for return of Ukrainian children

Vatican City, Oct 16, 2024 (CNA). Cardinal Matteo Zuppi, Pope Francis' peace envoy for Ukraine, held talks in Moscow this week on the return of Ukrainian children to their families and on further prisoner exchanges, the Holy See Press Office said on Wednesday.
According to the Vatican statement, the archbishop of Bologna met Russia's commissioner for children's rights, Maria Lvova-Belova, on Monday and was received by Foreign Minister Sergey Lavrov on Tuesday.
Both sides agreed to "continue the humanitarian cooperation" on reuniting families, the statement said.

Zuppi's trip followed a private audience on Friday in which Pope Francis received Ukrainian President Volodymyr Zelensky for about 35 minutes.
According to the Ukrainian presidency, Zelensky asked the pope to help free Ukrainians held in Russia and handed him a list of prisoners.
The Vatican said the two had discussed "the grave humanitarian situation" and ways to reach "a just and lasting peace".

The humanitarian channel grew out of Zuppi's first mission in June 2023, when he visited Kyiv and then Moscow, where he met Kremlin foreign policy adviser Yuri Ushakov.
Since then, several dozen children have been reunited with their families through contacts facilitated by the cardinal, according to Vatican officials.
Kyiv says nearly 20,000 children were deported after Russia's full-scale invasion in February 2022.

Moscow rejects the term deportation, saying it evacuated the children from a war zone.
Lvova-Belova, who has been subject to an arrest warrant from the International Criminal Court since March 2023, said after meeting Zuppi that Russia was ready to consider new requests from Ukrainian families "case by case".
Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow valued the Vatican's "constructive position" but saw no role for the Holy See as a mediator in political talks.

Zuppi is expected to brief the pope in the coming days.
In a message to a peace gathering in Rome late last month, Francis renewed his call for prisoners to be freed in an exchange "of all for all".
"""

doc03 = doc(
    "b64en03_zuppi_moscow_children_2024_10", "2024-10-16", EN03,
    [
        T("Oct 16, 2024", "DATE", "2024-10-16"),
        T("this week", "DATE", "2024-W42"),
        T("Wednesday", "DATE", "2024-10-16", 0),
        T("Monday", "DATE", "2024-10-14"),
        T("Tuesday", "DATE", "2024-10-15"),
        T("Friday", "DATE", "2024-10-11"),
        T("about 35 minutes", "DURATION", "PT35M", mod="APPROX"),
        T("June 2023", "DATE", "2023-06"),
        T("February 2022", "DATE", "2022-02"),
        T("March 2023", "DATE", "2023-03"),
        T("Wednesday", "DATE", "2024-10-16", 1),
        T("the coming days", "DATE", "FUTURE_REF"),
        T("late last month", "DATE", "2024-09", mod="END"),
    ],
    [
        E("Cardinal Zuppi meets Russia's children's commissioner Lvova-Belova", "CONSULT", ["Vatican", "Russia"],
          "2024-10-14", "text", "occurred", "met Russia's commissioner"),
        E("Lavrov receives Cardinal Zuppi", "CONSULT", ["Vatican", "Sergey Lavrov"], "2024-10-15", "text",
          "occurred", "met Russia's commissioner"),
        E("Holy See and Russia agree to continue humanitarian cooperation on reuniting families", "AGREE",
          ["Vatican", "Russia"], "2024-10-15", "context", "occurred", "Both sides agreed"),
        E("Pope Francis receives Zelensky in a private audience", "CONSULT", ["Vatican", "Volodymyr Zelensky"],
          "2024-10-11", "text", "occurred", "private audience on Friday"),
        E("Zelensky asks the Pope to help free Ukrainians held in Russia and hands him a list", "REQUEST",
          ["Volodymyr Zelensky", "Vatican"], "2024-10-11", "context", "occurred", "asked the pope to help"),
        E("Zuppi visits Kyiv", "CONSULT", ["Vatican", "Ukraine"], "2023-06", "text", "occurred",
          "first mission in June 2023"),
        E("Zuppi meets Ushakov in Moscow", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-06", "text", "occurred",
          "first mission in June 2023"),
        E("Several dozen children reunited with their families through the cardinal's contacts", "CONCEDE",
          ["Russia", "Ukraine", "Vatican"], "2023-06", "context", "occurred", "several dozen children",
          date_mod="START"),
        E("Deportation of nearly 20,000 children (Kyiv's figure)", "COERCE", ["Russia", "Ukraine"], "2022-02", "text",
          "occurred", "nearly 20,000 children", date_mod="START"),
        E("Russia's full-scale invasion", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
          "nearly 20,000 children"),
        E("Moscow rejects the term deportation", "REJECT", ["Russia", "Ukraine"], "2024-10-16", "published",
          "occurred", "rejects the term deportation"),
        E("ICC arrest warrant for Lvova-Belova", "ACCUSE", ["Russia"], "2023-03", "text", "occurred",
          "arrest warrant"),
        E("Lvova-Belova: Russia ready to consider new requests from Ukrainian families case by case", "AGREE",
          ["Russia", "Ukraine"], "2024-10-14", "context", "occurred", "arrest warrant"),
        E("Peskov: Moscow values the Vatican's constructive position", "SUPPORT", ["Dmitry Peskov", "Vatican"],
          "2024-10-16", "text", "occurred", "constructive position"),
        E("Peskov: no role for the Holy See as a mediator in political talks", "REJECT", ["Dmitry Peskov", "Vatican"],
          "2024-10-16", "text", "occurred", "constructive position"),
        E("Pope renews his call for an all-for-all exchange of prisoners", "REQUEST", ["Vatican", "Russia", "Ukraine"],
          "2024-09", "text", "occurred", "late last month", date_mod="END"),
    ],
    [
        S("Vatican", "Zuppi held talks in Moscow on the return of children and on prisoner exchanges", "2024-10-16",
          "text", "Holy See Press Office said on Wednesday"),
        S("Vatican", "Zuppi met Lvova-Belova on Monday and Lavrov on Tuesday", "2024-10-16", "context",
          "met Russia's commissioner"),
        S("Vatican", "Both sides agreed to continue the humanitarian cooperation", "2024-10-16", "context",
          "Both sides agreed"),
        S("Ukraine", "Zelensky asked the Pope to help free Ukrainians and handed him a list", "2024-10-11", "context",
          "asked the pope to help"),
        S("Vatican", "The Pope and Zelensky discussed the grave humanitarian situation and a just peace",
          "2024-10-11", "context", "The Vatican said the two had discussed"),
        S("Vatican", "Several dozen children reunited through the cardinal's contacts", "2024-10-16", "published",
          "several dozen children"),
        S("Ukraine", "Nearly 20,000 children were deported", "2024-10-16", "published", "nearly 20,000 children"),
        S("Russia", "The children were evacuated from a war zone, not deported", "2024-10-16", "published",
          "rejects the term deportation"),
        S("Russia", "Lvova-Belova: ready to consider new requests case by case", "2024-10-14", "context",
          "arrest warrant"),
        S("Dmitry Peskov", "Moscow values the Vatican's position but sees no role for it as a political mediator",
          "2024-10-16", "text", "constructive position"),
        S("Vatican", "Pope renews his call for an all-for-all exchange", "2024-09", "text", "late last month"),
    ],
    ["Vatican", "Russia", "Sergey Lavrov", "Volodymyr Zelensky", "Ukraine", "Kremlin", "Yuri Ushakov",
     "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b64en04 (Justice Info)
EN04 = """
Ukraine's deported children: a list of 339 names and the limits of negotiation

At their second round of direct talks in Istanbul on Monday, Ukraine's delegation handed its Russian counterparts a list of 339 children it says were deported or unlawfully transferred to Russia, and asked for their return.
The head of the Russian delegation, presidential aide Vladimir Medinsky, said Moscow would "work on" the list but rejected the idea that the children had been abducted, saying they had been "saved".
It was the first time since the failed talks of spring 2022 that the fate of the children had been raised directly at the negotiating table.

The two sides also agreed to exchange all seriously wounded prisoners and those under 25, and Russia offered to hand over the bodies of 6,000 fallen Ukrainian soldiers.
Ukraine's Defence Minister Rustem Umerov, who led Kyiv's delegation, said the humanitarian track was "the only one where we see movement".
A Russian memorandum setting out Moscow's conditions for a ceasefire was dismissed in Kyiv as an ultimatum.

Legal experts say the list matters beyond the talks.
Under the Rome Statute, the deportation or unlawful transfer of protected persons is a war crime, and in March 2023 the ICC issued arrest warrants for President Vladimir Putin and his children's rights commissioner Maria Lvova-Belova on precisely that basis.
"If Russia confirms where these 339 children are, that is evidence in itself," said Kateryna Rashevska, a lawyer at the Regional Center for Human Rights in Kyiv.

Returns so far have depended largely on third parties.
Qatar, which has mediated since 2023, says it has helped bring back more than 100 children, most recently nine at the end of May, while the Vatican runs a separate channel through Cardinal Matteo Zuppi.
Qatar's minister of state for international cooperation, Lolwah al-Khater, said last week that Doha was ready to host a "technical meeting" on the children at any time.

Kyiv says 19,546 children have been deported since February 2022 and only about 1,300 have returned.
Lvova-Belova said this week that Russia had itself reunited more than 100 children with relatives in Ukraine and accused Kyiv of using the issue for "propaganda".
No date has been set for a third round, although Medinsky suggested meeting again at the end of June.
"""

doc04 = doc(
    "b64en04_istanbul_children_list_2025_06", "2025-06-06", EN04,
    [
        T("Monday", "DATE", "2025-06-02"),
        T("spring 2022", "DATE", "2022-SP"),
        T("March 2023", "DATE", "2023-03"),
        T("2023", "DATE", "2023", 1),
        T("most recently", "DATE", "PAST_REF"),
        T("the end of May", "DATE", "2025-05", mod="END"),
        T("last week", "DATE", "2025-W22"),
        T("February 2022", "DATE", "2022-02"),
        T("this week", "DATE", "2025-W23"),
        T("the end of June", "DATE", "2025-06", mod="END"),
    ],
    [
        E("Second round of direct Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
          "text", "occurred", "At their second round"),
        E("Ukraine hands Russia a list of 339 deported children and asks for their return", "REQUEST",
          ["Ukraine", "Russia"], "2025-06-02", "text", "occurred", "At their second round"),
        E("Medinsky: Moscow will work on the list", "AGREE", ["Vladimir Medinsky", "Ukraine"], "2025-06-02",
          "context", "occurred", "work on"),
        E("Medinsky rejects the claim that the children were abducted", "REJECT", ["Vladimir Medinsky", "Ukraine"],
          "2025-06-02", "context", "occurred", "work on"),
        E("Russia-Ukraine talks of spring 2022", "CONSULT", ["Russia", "Ukraine"], "2022-SP", "text", "occurred",
          "failed talks of spring 2022"),
        E("Agreement to exchange all seriously wounded prisoners and those under 25", "AGREE", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "also agreed to exchange"),
        E("Russia offers to hand over the bodies of 6,000 Ukrainian soldiers", "AGREE", ["Russia", "Ukraine"],
          "2025-06-02", "context", "occurred", "also agreed to exchange"),
        E("Russia sets out its ceasefire conditions in a memorandum", "REQUEST", ["Russia", "Ukraine"], "2025-06-02",
          "context", "occurred", "Russian memorandum"),
        E("Kyiv dismisses the memorandum as an ultimatum", "REJECT", ["Ukraine", "Russia"], "2025-06-06",
          "published", "occurred", "Russian memorandum"),
        E("ICC arrest warrants for Putin and Lvova-Belova", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03", "text",
          "occurred", "Rome Statute"),
        E("Qatar mediates on the children", "CONSULT", ["Qatar", "Russia", "Ukraine"], "2023", "text", "occurred",
          "which has mediated since 2023", date_mod="START"),
        E("More than 100 children brought back with Qatar's help", "CONCEDE", ["Qatar", "Russia", "Ukraine"], "2023",
          "context", "occurred", "which has mediated since 2023", date_mod="START"),
        E("Nine children returned through Qatar", "CONCEDE", ["Qatar", "Russia", "Ukraine"], "2025-05", "text",
          "occurred", "which has mediated since 2023", date_mod="END"),
        E("Qatar offers to host a technical meeting on the children", "REQUEST", ["Qatar", "Russia", "Ukraine"],
          "2025-W22", "text", "occurred", "Lolwah al-Khater"),
        E("Deportation of 19,546 children since February 2022 (Kyiv's figure)", "COERCE", ["Russia", "Ukraine"],
          "2022-02", "text", "occurred", "19,546", date_mod="START"),
        E("Lvova-Belova accuses Kyiv of using the issue for propaganda", "ACCUSE", ["Russia", "Ukraine"], "2025-W23",
          "text", "occurred", "propaganda"),
        E("Medinsky suggests a third round at the end of June", "REQUEST", ["Vladimir Medinsky", "Ukraine"],
          "2025-06-06", "published", "occurred", "No date has been set"),
        E("Possible third round of talks", "CONSULT", ["Russia", "Ukraine"], "2025-06", "text", "uncertain",
          "No date has been set", date_mod="END"),
    ],
    [
        S("Vladimir Medinsky", "Moscow will work on the list; the children were saved, not abducted", "2025-06-02",
          "context", "work on"),
        S("Rustem Umerov", "The humanitarian track is the only one with movement", "2025-06-02", "context",
          "the only one where we see movement"),
        S("Qatar", "Has helped bring back more than 100 children, most recently nine", "2025-06-06", "published",
          "which has mediated since 2023"),
        S("Qatar", "Doha ready to host a technical meeting on the children", "2025-W22", "text",
          "Lolwah al-Khater"),
        S("Ukraine", "19,546 children deported since February 2022, about 1,300 returned", "2025-06-06",
          "published", "19,546"),
        S("Russia", "Lvova-Belova: Russia reunited more than 100 children; Kyiv uses the issue for propaganda",
          "2025-W23", "text", "propaganda"),
        S("Vladimir Medinsky", "Suggests meeting again at the end of June", "2025-06-06", "published",
          "No date has been set"),
    ],
    ["Russia", "Ukraine", "Vladimir Medinsky", "Rustem Umerov", "Vladimir Putin", "Qatar", "Vatican"],
)

# ---------------------------------------------------------------- b64en05 (The New Arab)
EN05 = """
Qatar reunites more Ukrainian children as Doha eyes bigger role in peace push

Qatar has facilitated the return of eight Ukrainian children and a young woman from Russia, its foreign ministry said on Tuesday, the latest in a series of reunifications brokered by Doha since 2023.
The children were handed over to Qatari diplomats in Moscow last week and flown to Doha, where they spent several days with relatives before travelling on to Ukraine, ministry spokesman Majed al-Ansari told reporters.
Their families had been separated from them during the occupation of parts of the Kherson and Zaporizhzhia regions.

Ukrainian President Volodymyr Zelensky thanked Emir Sheikh Tamim bin Hamad Al Thani in a phone call on Tuesday evening and invited Qatar to join the international coalition for the return of Ukrainian children.
Ukraine's ombudsman Dmytro Lubinets said about 1,400 children had been brought back through all channels, a fraction of the more than 19,000 Kyiv says were deported.

Russian and Ukrainian delegations met in Istanbul last Wednesday for a third round of direct talks that lasted less than an hour.
They agreed to a further exchange of 1,200 prisoners of war, but Russian negotiator Vladimir Medinsky rejected a Ukrainian proposal for a meeting between Zelensky and President Vladimir Putin before the end of August.
Ukraine's delegation also handed over a new list of children, according to Kyiv.

US envoy Steve Witkoff, who has visited Doha repeatedly this year as part of Gaza ceasefire efforts, praised Qatar's work on the children during a meeting with Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Sunday, according to the Qatari side.
President Donald Trump said this month he was "very disappointed" in Putin and gave Moscow 50 days to agree to a deal, a deadline he cut on Monday to "10 or 12 days".

Qatar has offered to host talks on a broader humanitarian agreement covering detained civilians and the bodies of the dead, al-Ansari said, adding that "no one has said no so far".
Moscow has not commented on the offer, though Kremlin spokesman Dmitry Peskov said last week that Russia appreciated "the efforts of our Qatari friends" on humanitarian issues.
"""

doc05 = doc(
    "b64en05_qatar_children_istanbul_2025_07", "2025-07-30", EN05,
    [
        T("Tuesday", "DATE", "2025-07-29", 0),
        T("2023", "DATE", "2023"),
        T("last week", "DATE", "2025-W30", 0),
        T("several days", "DURATION", "PXD"),
        T("Tuesday evening", "TIME", "2025-07-29TEV"),
        T("last Wednesday", "DATE", "2025-07-23"),
        T("less than an hour", "DURATION", "PT1H", mod="LESS_THAN"),
        T("the end of August", "DATE", "2025-08", mod="END"),
        T("this year", "DATE", "2025"),
        T("Sunday", "DATE", "2025-07-27"),
        T("this month", "DATE", "2025-07"),
        T("50 days", "DURATION", "P50D"),
        T("Monday", "DATE", "2025-07-28"),
        T("10 or 12 days", "DURATION", "PXD", note="'10 or 12 days' in Trump's quote"),
        T("last week", "DATE", "2025-W30", 1),
    ],
    [
        E("Qatar brokers the reunification of Ukrainian children", "CONSULT", ["Qatar", "Russia", "Ukraine"], "2023",
          "text", "occurred", "a series of reunifications brokered by Doha", date_mod="START"),
        E("Eight children and a young woman handed over to Qatari diplomats in Moscow and returned", "CONCEDE",
          ["Russia", "Ukraine", "Qatar"], "2025-W30", "text", "occurred", "handed over to Qatari diplomats"),
        E("Zelensky phones the Emir of Qatar", "CONSULT", ["Volodymyr Zelensky", "Qatar"], "2025-07-29TEV", "text",
          "occurred", "thanked Emir"),
        E("Zelensky thanks the Emir", "SUPPORT", ["Volodymyr Zelensky", "Qatar"], "2025-07-29TEV", "text",
          "occurred", "thanked Emir"),
        E("Zelensky invites Qatar to join the coalition for the return of Ukrainian children", "REQUEST",
          ["Volodymyr Zelensky", "Qatar"], "2025-07-29TEV", "text", "occurred", "thanked Emir"),
        E("Third round of direct Russia-Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-07-23",
          "text", "occurred", "third round of direct talks"),
        E("Agreement on a further exchange of 1,200 prisoners of war", "AGREE", ["Russia", "Ukraine"], "2025-07-23",
          "context", "occurred", "They agreed to a further exchange"),
        E("Ukraine proposes a Zelensky-Putin meeting before the end of August", "REQUEST",
          ["Ukraine", "Vladimir Putin"], "2025-07-23", "context", "occurred", "They agreed to a further exchange"),
        E("Medinsky rejects the proposed leaders' meeting", "REJECT", ["Vladimir Medinsky", "Ukraine"], "2025-07-23",
          "context", "occurred", "They agreed to a further exchange"),
        E("Ukraine hands over a new list of children", "REQUEST", ["Ukraine", "Russia"], "2025-07-23", "context",
          "occurred", "new list of children"),
        E("Witkoff meets Qatar's prime minister", "CONSULT", ["Steve Witkoff", "Qatar"], "2025-07-27", "text",
          "occurred", "praised Qatar's work"),
        E("Witkoff praises Qatar's work on the children", "SUPPORT", ["Steve Witkoff", "Qatar"], "2025-07-27", "text",
          "occurred", "praised Qatar's work"),
        E("Trump says he is very disappointed in Putin", "ACCUSE", ["Donald Trump", "Vladimir Putin"], "2025-07",
          "text", "occurred", "very disappointed"),
        E("Trump gives Moscow 50 days to agree to a deal", "THREATEN", ["Donald Trump", "Russia"], "2025-07", "text",
          "occurred", "very disappointed", note="deadline set on 14 July 2025"),
        E("Trump cuts the deadline to 10 or 12 days", "THREATEN", ["Donald Trump", "Russia"], "2025-07-28", "text",
          "occurred", "very disappointed"),
        E("Qatar offers to host talks on a broader humanitarian agreement", "REQUEST", ["Qatar", "Russia", "Ukraine"],
          "2025-07-29", "context", "occurred", "Qatar has offered to host"),
        E("Peskov: Russia appreciates the efforts of its Qatari friends", "SUPPORT", ["Dmitry Peskov", "Qatar"],
          "2025-W30", "text", "occurred", "our Qatari friends"),
    ],
    [
        S("Qatar", "Foreign ministry: eight children and a young woman returned from Russia", "2025-07-29", "text",
          "a series of reunifications brokered by Doha"),
        S("Qatar", "Al-Ansari: the children were handed over in Moscow and flown to Doha", "2025-07-29", "context",
          "handed over to Qatari diplomats"),
        S("Volodymyr Zelensky", "Thanks the Emir and invites Qatar to join the children's coalition", "2025-07-29",
          "text", "thanked Emir"),
        S("Ukraine", "Lubinets: about 1,400 children brought back through all channels", "2025-07-30", "published",
          "Dmytro Lubinets said"),
        S("Ukraine", "The delegation handed over a new list of children", "2025-07-30", "published",
          "new list of children"),
        S("Steve Witkoff, via Qatar", "Praises Qatar's work on the children", "2025-07-27", "text",
          "praised Qatar's work"),
        S("Donald Trump", "Very disappointed in Putin; 50 days, then 10 or 12 days to agree to a deal", "2025-07",
          "text", "very disappointed"),
        S("Qatar", "Offers to host talks on a broader humanitarian agreement; no one has said no", "2025-07-29",
          "context", "Qatar has offered to host"),
        S("Dmitry Peskov", "Russia appreciates the efforts of our Qatari friends", "2025-W30", "text",
          "our Qatari friends"),
    ],
    ["Qatar", "Russia", "Ukraine", "Volodymyr Zelensky", "Vladimir Medinsky", "Vladimir Putin", "Steve Witkoff",
     "United States", "Donald Trump", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b64en06 (The Ukrainian Weekly)
EN06 = """
ICRC president visits Kyiv, vows to press for access to Ukrainian POWs

KYIV - The president of the International Committee of the Red Cross (ICRC), Mirjana Spoljaric, met with President Volodymyr Zelenskyy in Kyiv on December 7 during her first visit to Ukraine since taking office on October 1.
According to the Presidential Office, Mr. Zelenskyy urged the ICRC to obtain access to Ukrainian prisoners of war held by Russia, including at the Olenivka camp, where more than 50 Ukrainian POWs were killed in an explosion on July 29.
Ms. Spoljaric said the organization would "not stop insisting" on full access to all prisoners on both sides.

Ukraine's Ombudsman Dmytro Lubinets, who also met with Ms. Spoljaric, said afterwards that he had handed her a list of more than 1,000 Ukrainian civilians detained by Russia and asked that ICRC delegates be allowed to visit them.
He criticized what he called the organization's "inaction" over Olenivka, saying the Red Cross had "no right to remain silent".

The visit came as Russia and Ukraine carried out further exchanges.
On December 6, 60 Ukrainian servicemen returned home in exchange for 60 Russians, the head of the Presidential Office, Andriy Yermak, announced.
The largest swap so far, on September 21, freed 215 Ukrainians, among them defenders of the Azovstal steel plant, and coincided with the Saudi-mediated release of ten foreign nationals, including two Americans and five Britons.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on December 8 that Russia "values" its cooperation with the ICRC, but accused Kyiv of "cynically" blocking exchanges by making "impossible demands".
Ms. Spoljaric is expected to travel to Moscow in the coming months, an ICRC spokesperson said.

In Washington, State Department spokesperson Ned Price said on December 8 that the United States "strongly supports" the ICRC's work and called on Russia to grant it "immediate and unhindered access" to all POWs.
The same day, U.S. basketball player Brittney Griner was released in exchange for Russian arms dealer Viktor Bout at Abu Dhabi airport in a swap that the United Arab Emirates and Saudi Arabia said they had helped mediate.
"""

doc06 = doc(
    "b64en06_icrc_spoljaric_kyiv_2022_12", "2022-12-11", EN06,
    [
        T("December 7", "DATE", "2022-12-07"),
        T("October 1", "DATE", "2022-10-01"),
        T("July 29", "DATE", "2022-07-29"),
        T("December 6", "DATE", "2022-12-06"),
        T("September 21", "DATE", "2022-09-21"),
        T("December 8", "DATE", "2022-12-08", 0),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("December 8", "DATE", "2022-12-08", 1),
        T("The same day", "DATE", "2022-12-08"),
    ],
    [
        E("ICRC president Spoljaric meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2022-12-07", "text",
          "occurred", "met with President Volodymyr Zelenskyy"),
        E("Zelensky urges the ICRC to obtain access to Ukrainian POWs held by Russia", "REQUEST",
          ["Volodymyr Zelensky"], "2022-12-07", "context", "occurred", "urged the ICRC"),
        E("Explosion at Olenivka kills more than 50 Ukrainian POWs", "ASSAULT", ["Russia", "Ukraine"], "2022-07-29",
          "text", "occurred", "urged the ICRC"),
        E("Spoljaric vows to keep insisting on access to all prisoners on both sides", "REQUEST",
          ["Russia", "Ukraine"], "2022-12-07", "context", "occurred", "not stop insisting"),
        E("Lubinets meets Spoljaric", "CONSULT", ["Ukraine"], "2022-12-07", "context", "occurred",
          "who also met with Ms. Spoljaric"),
        E("Lubinets hands over a list of detained civilians and asks for ICRC visits", "REQUEST", ["Ukraine"],
          "2022-12-07", "context", "occurred", "who also met with Ms. Spoljaric"),
        E("Lubinets criticises the ICRC's inaction over Olenivka", "ACCUSE", ["Ukraine"], "2022-12-07", "context",
          "occurred", "inaction"),
        E("60-for-60 prisoner exchange", "CONCEDE", ["Russia", "Ukraine"], "2022-12-06", "text", "occurred",
          "On December 6"),
        E("Largest swap so far frees 215 Ukrainians", "CONCEDE", ["Russia", "Ukraine"], "2022-09-21", "text",
          "occurred", "The largest swap so far"),
        E("Saudi-mediated release of ten foreign nationals", "CONCEDE", ["Russia", "Saudi Arabia"], "2022-09-21",
          "context", "occurred", "The largest swap so far"),
        E("Zakharova: Russia values its cooperation with the ICRC", "SUPPORT", ["Maria Zakharova"], "2022-12-08",
          "text", "occurred", "Maria Zakharova said on December 8"),
        E("Zakharova accuses Kyiv of cynically blocking exchanges", "ACCUSE", ["Maria Zakharova", "Ukraine"],
          "2022-12-08", "text", "occurred", "Maria Zakharova said on December 8"),
        E("Spoljaric expected to travel to Moscow", "CONSULT", ["Russia"], "FUTURE_REF", "vague", "planned",
          "expected to travel to Moscow"),
        E("US strongly supports the ICRC's work", "SUPPORT", ["United States"], "2022-12-08", "text", "occurred",
          "Ned Price"),
        E("US calls on Russia to grant the ICRC access to all POWs", "REQUEST", ["United States", "Russia"],
          "2022-12-08", "text", "occurred", "Ned Price"),
        E("Griner released in exchange for Bout in Abu Dhabi", "CONCEDE", ["United States", "Russia"], "2022-12-08",
          "text", "occurred", "Brittney Griner"),
        E("UAE and Saudi Arabia say they helped mediate the swap", "CONSULT",
          ["Saudi Arabia", "United States", "Russia"], "2022-12-08", "context", "occurred", "Brittney Griner"),
    ],
    [
        S("Volodymyr Zelensky", "Urges the ICRC to obtain access to Ukrainian POWs, including Olenivka", "2022-12-07",
          "context", "urged the ICRC"),
        S("Ukraine", "Lubinets handed Spoljaric a list of detained civilians and asked for visits", "2022-12-07",
          "context", "who also met with Ms. Spoljaric"),
        S("Ukraine", "Lubinets: the Red Cross has no right to remain silent over Olenivka", "2022-12-07", "context",
          "inaction"),
        S("Andriy Yermak", "60 Ukrainian servicemen returned home in exchange for 60 Russians", "2022-12-06",
          "context", "On December 6"),
        S("Maria Zakharova", "Russia values cooperation with the ICRC; Kyiv cynically blocks exchanges",
          "2022-12-08", "text", "Maria Zakharova said on December 8"),
        S("United States", "Strongly supports the ICRC; Russia must grant it unhindered access to all POWs",
          "2022-12-08", "text", "Ned Price"),
        S("Saudi Arabia", "Helped mediate the Griner-Bout swap", "2022-12-08", "context", "Brittney Griner"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "Andriy Yermak", "Saudi Arabia", "Maria Zakharova",
     "United States"],
)

DOCS = [doc01, doc02, doc03, doc04, doc05, doc06]
