"""English articles of the blind124 set (fictionalised; written and annotated blind to the extraction code).

Theme: Armenia's turn away from Russia, 2023-2025. English texts use straight double quotes.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b124en01 (The Armenian Weekly)
EN01 = """
Moscow Summons Armenian Envoy Over Kyiv Visit, ICC Plans and U.S. Drills

WATERTOWN, Mass. — Russia's Foreign Ministry summoned Armenia's ambassador in Moscow, Vagharshak Harutyunyan, on Friday to protest what it called a series of "unfriendly steps" by Yerevan.
According to a ministry statement, the ambassador was handed a list of grievances that included Armenia's moves to join the International Criminal Court, the visit of Prime Minister Nikol Pashinyan's wife to Kyiv and a joint military exercise with the United States that is due to begin on Monday.
The ministry said the steps were being taken under the pretext of diversifying Armenia's foreign policy and were "seriously complicating" relations between the two allies.

Anna Hakobyan traveled to Kyiv on Wednesday for a summit of first ladies and gentlemen hosted by Olena Zelenska, where she handed over humanitarian aid and met President Volodymyr Zelensky.
It was the first trip to Ukraine by a member of Armenia's leadership since Russia launched its full-scale invasion in February 2022.
Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow would "carefully analyze" the visit, and that the exercise with U.S. troops "causes concern, especially in the current situation."

The drills, called Eagle Partner 2023, are to run until Sept. 20 at a training ground near Yerevan, with about 85 American and 175 Armenian soldiers practicing for international peacekeeping missions.
A State Department spokesperson said the exercise was not directed against any country and had been planned for months.
Armenia, which has hosted a Russian military base in Gyumri since 1995, has refused to hold exercises of the Moscow-led Collective Security Treaty Organization on its soil this year.

Earlier this month, Pashinyan told the Italian daily La Repubblica that it had been a "strategic mistake" to rely solely on Russia for Armenia's security, because Moscow had been unable to meet its commitments.
Foreign Ministry spokeswoman Maria Zakharova called the remarks "rude" on Tuesday and accused Yerevan of trying to shift responsibility for its own failures onto Moscow.
Russian peacekeepers have been deployed in Nagorno-Karabakh since November 2020, but Yerevan says they have failed to reopen the Lachin corridor, which Azerbaijan has blocked since December.

In Washington, the Armenian National Committee of America on Thursday urged the Biden administration to press Baku to lift the blockade and to suspend U.S. security assistance to Azerbaijan.
Community members also plan a vigil for Artsakh outside the Massachusetts State House next Saturday, organizers told the Weekly.
"""

DOC_EN01 = doc(
    "b124en01_moscow_summons_armenian_envoy_2023_09", "2023-09-09", EN01,
    [
        T("Friday", "DATE", "2023-09-08"),
        T("Monday", "DATE", "2023-09-11"),
        T("Wednesday", "DATE", "2023-09-06"),
        T("February 2022", "DATE", "2022-02"),
        T("Thursday", "DATE", "2023-09-07", 0),
        T("Sept. 20", "DATE", "2023-09-20"),
        T("months", "DURATION", "PXM"),
        T("1995", "DATE", "1995"),
        T("this year", "DATE", "2023"),
        T("this month", "DATE", "2023-09"),
        T("Tuesday", "DATE", "2023-09-05"),
        T("November 2020", "DATE", "2020-11"),
        T("December", "DATE", "2022-12"),
        T("Thursday", "DATE", "2023-09-07", 1),
        T("next Saturday", "DATE", "2023-09-16"),
    ],
    [
        E("Russia summons Armenia's ambassador over a series of unfriendly steps", "ACCUSE", ["Russia"],
          "2023-09-08", "text", "occurred", "summoned Armenia's ambassador in Moscow"),
        E("Joint US–Armenian military exercise due to begin on Monday", "COOPERATE", ["United States"],
          "2023-09-11", "text", "planned", "According to a ministry statement"),
        E("Anna Hakobyan hands over humanitarian aid in Kyiv", "AID", ["Ukraine"], "2023-09-06", "text",
          "occurred", "Anna Hakobyan traveled to Kyiv"),
        E("Anna Hakobyan meets Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-09-06", "text",
          "occurred", "Anna Hakobyan traveled to Kyiv"),
        E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
          "occurred", "It was the first trip to Ukraine"),
        E("Peskov: the exercise with US troops causes concern; the visit will be analysed", "ACCUSE",
          ["Dmitry Peskov"], "2023-09-07", "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
        E("Russian military base in Gyumri since 1995", "MOBILIZE", ["Russia"], "1995", "text", "occurred",
          "Armenia, which has hosted a Russian military base", date_mod="START"),
        E("Armenia refuses to hold CSTO exercises on its soil this year", "REJECT", ["Russia"], "2023", "text",
          "occurred", "Armenia, which has hosted a Russian military base"),
        E("Pashinyan: relying solely on Russia was a strategic mistake", "ACCUSE", ["Russia"], "2023-09", "text",
          "occurred", "Earlier this month, Pashinyan told"),
        E("Zakharova calls Pashinyan's remarks rude and accuses Yerevan of shifting responsibility", "ACCUSE",
          ["Maria Zakharova"], "2023-09-05", "text", "occurred", 'called the remarks "rude"'),
        E("Russian peacekeepers deployed in Nagorno-Karabakh since November 2020", "MOBILIZE", ["Russia"],
          "2020-11", "text", "occurred", "Russian peacekeepers have been deployed", date_mod="START"),
        E("Yerevan says the Russian peacekeepers failed to reopen the Lachin corridor", "ACCUSE", ["Russia"],
          "2023-09-09", "published", "occurred", "Russian peacekeepers have been deployed"),
        E("ANCA urges the Biden administration to press Baku and suspend security assistance to Azerbaijan",
          "REQUEST", ["United States"], "2023-09-07", "text", "occurred", "urged the Biden administration"),
    ],
    [
        S("Russia", "Foreign ministry lists Armenia's ICC moves, the Kyiv visit and the US exercise as grievances",
          "2023-09-08", "context", "According to a ministry statement"),
        S("Russia", "The steps seriously complicate relations between the two allies", "2023-09-08", "context",
          "The ministry said the steps"),
        S("Dmitry Peskov", "Moscow will carefully analyse the visit; the exercise with US troops causes concern",
          "2023-09-07", "text", "Kremlin spokesman Dmitry Peskov told reporters"),
        S("United States", "The exercise is not directed against any country and was planned for months",
          "2023-09-09", "published", "A State Department spokesperson"),
        S("Maria Zakharova", "Pashinyan's remarks are rude; Yerevan shifts responsibility for its failures onto Moscow",
          "2023-09-05", "text", 'called the remarks "rude"'),
    ],
    ["Russia", "United States", "Ukraine", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
     "Joe Biden"],
)

# ---------------------------------------------------------------- b124en02 (Mediamax, wire)
EN02 = """
CSTO summit held in Minsk without Armenian Prime Minister

YEREVAN, November 24. /Mediamax/. The leaders of the Collective Security Treaty Organization met in Minsk on Thursday without Armenia, which has stayed away from the bloc's top-level meetings for several months.
Russian President Vladimir Putin, Belarusian President Alexander Lukashenko and the leaders of Kazakhstan, Kyrgyzstan and Tajikistan adopted a declaration and a package of documents on joint defense, while the seat of Prime Minister Nikol Pashinyan remained empty.
Foreign Minister Ararat Mirzoyan had also skipped a meeting of the bloc's foreign ministers, including Russia's Sergey Lavrov, in the Belarusian capital on Wednesday.

Speaking at a news conference after the talks, Putin said Armenia remained "our ally" and that Moscow was ready to work with Yerevan "in all areas," including security.
Lukashenko, who hosted the summit, said Pashinyan "will come back, there is nowhere for him to go," and suggested that the Armenian leader was being pushed by the West.
Kremlin spokesman Dmitry Peskov said on Friday that Moscow regretted Armenia's absence but "the door remains open."

Pashinyan has accused Russia and the alliance of failing to defend Armenia after Azerbaijani forces attacked its territory in September 2022.
In a statement on Thursday, the Armenian government said the decisions adopted in Minsk were not binding for Yerevan, as it had not taken part in drafting them.
Armenia is due to hand over the bloc's rotating chairmanship to Belarus on January 1.

Pashinyan has meanwhile stepped up contacts with the West.
EU member states agreed last week to expand the civilian monitoring mission deployed along Armenia's border with Azerbaijan since February, EU diplomats said.
In Washington, Assistant Secretary of State James O'Brien told lawmakers on Nov. 15 that there could be "no business as usual" with Baku after its offensive in Nagorno-Karabakh in September.
Russian Foreign Ministry spokeswoman Maria Zakharova on Tuesday accused Yerevan of "flirting" with the West and warned that Armenia risked sharing "the fate of Ukraine."

The next CSTO summit is scheduled to take place in Kazakhstan's capital Astana in late 2024.
"""

DOC_EN02 = doc(
    "b124en02_csto_minsk_summit_without_armenia_2023_11", "2023-11-24", EN02,
    [
        T("November 24", "DATE", "2023-11-24"),
        T("Thursday", "DATE", "2023-11-23", 0),
        T("several months", "DURATION", "PXM"),
        T("Wednesday", "DATE", "2023-11-22"),
        T("Friday", "DATE", "2023-11-24"),
        T("September 2022", "DATE", "2022-09"),
        T("Thursday", "DATE", "2023-11-23", 1),
        T("January 1", "DATE", "2024-01-01"),
        T("last week", "DATE", "2023-W46"),
        T("February", "DATE", "2023-02"),
        T("Nov. 15", "DATE", "2023-11-15"),
        T("September", "DATE", "2023-09", 1),
        T("Tuesday", "DATE", "2023-11-21"),
        T("late 2024", "DATE", "2024", mod="END"),
    ],
    [
        E("CSTO summit in Minsk with Putin and Lukashenko, without Pashinyan", "CONSULT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2023-11-23", "context", "occurred",
          "Russian President Vladimir Putin, Belarusian President"),
        E("CSTO leaders adopt a declaration and documents on joint defense", "AGREE",
          ["Vladimir Putin", "Alexander Lukashenko"], "2023-11-23", "context", "occurred",
          "Russian President Vladimir Putin, Belarusian President"),
        E("CSTO foreign ministers meet in Minsk with Lavrov; Mirzoyan stays away", "CONSULT", ["Sergey Lavrov"],
          "2023-11-22", "text", "occurred", "Foreign Minister Ararat Mirzoyan had also skipped"),
        E("Putin: Armenia remains an ally; Moscow is ready to work with Yerevan in all areas", "AGREE",
          ["Vladimir Putin"], "2023-11-23", "context", "occurred", "Speaking at a news conference after the talks"),
        E("Peskov: the door remains open for Armenia", "AGREE", ["Dmitry Peskov"], "2023-11-24", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov said on Friday"),
        E("Pashinyan accuses Russia and the CSTO of failing to defend Armenia", "ACCUSE", ["Russia"], "2023-11-24",
          "published", "occurred", "Pashinyan has accused Russia"),
        E("EU member states agree to expand the monitoring mission in Armenia", "AGREE", ["European Union"],
          "2023-W46", "text", "occurred", "EU member states agreed last week"),
        E("EU monitoring mission deployed on Armenia's border since February", "COOPERATE", ["European Union"],
          "2023-02", "text", "occurred", "EU member states agreed last week", date_mod="START"),
        E("O'Brien: no business as usual with Baku after the Karabakh offensive", "THREATEN", ["United States"],
          "2023-11-15", "text", "occurred", "James O'Brien told lawmakers"),
        E("Zakharova accuses Yerevan of flirting with the West", "ACCUSE", ["Maria Zakharova"], "2023-11-21", "text",
          "occurred", 'accused Yerevan of "flirting"'),
        E("Zakharova warns Armenia risks sharing the fate of Ukraine", "THREATEN", ["Maria Zakharova"],
          "2023-11-21", "text", "occurred", 'accused Yerevan of "flirting"'),
    ],
    [
        S("Vladimir Putin", "Armenia remains our ally; Moscow is ready to work with Yerevan in all areas",
          "2023-11-23", "context", "Speaking at a news conference after the talks"),
        S("Alexander Lukashenko", "Pashinyan will come back; the Armenian leader is being pushed by the West",
          "2023-11-23", "context", "Lukashenko, who hosted the summit"),
        S("Dmitry Peskov", "Moscow regrets Armenia's absence, but the door remains open", "2023-11-24", "text",
          "Kremlin spokesman Dmitry Peskov said on Friday"),
        S("United States", "O'Brien: no business as usual with Baku after its offensive", "2023-11-15", "text",
          "James O'Brien told lawmakers"),
        S("Maria Zakharova", "Yerevan is flirting with the West and risks sharing the fate of Ukraine", "2023-11-21",
          "text", 'accused Yerevan of "flirting"'),
    ],
    ["Vladimir Putin", "Alexander Lukashenko", "Belarus", "Russia", "Sergey Lavrov", "Kremlin", "Dmitry Peskov",
     "European Union", "United States", "Maria Zakharova", "Ukraine"],
)

# ---------------------------------------------------------------- b124en03 (EVN Report, explainer)
EN03 = """
Explainer: What the Brussels meeting does, and does not, mean for Armenia

What happened?
Prime Minister Nikol Pashinyan met European Commission President Ursula von der Leyen, U.S. Secretary of State Antony Blinken and EU foreign policy chief Josep Borrell in Brussels on Friday, the first meeting in this format.
The talks, which lasted about three hours, focused on Armenia's economic resilience rather than on security, and ended with a joint statement but no new defense commitments.

What's in it?
Von der Leyen announced 270 million euros in grants over the next four years to help Armenia diversify its trade, energy and transport links.
Blinken said Washington would provide 65 million dollars this year, on top of more than 1.2 billion dollars in assistance since 1992.
The joint statement also backs a peace treaty between Armenia and Azerbaijan "based on the principles of territorial integrity and inviolability of borders."

Why is Moscow unhappy?
Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday the meeting was part of an effort to "drag Armenia into geopolitical games" and to push Russia out of the South Caucasus.
Kremlin spokesman Dmitry Peskov said on Friday that Moscow was watching the talks "very closely" and expected Yerevan to honor its obligations as a member of the Eurasian Economic Union.
Yerevan froze its participation in the Russian-led Collective Security Treaty Organization in February, and Pashinyan has said the Kremlin failed to protect Armenia when Azerbaijan retook Nagorno-Karabakh last September.

Who else objected?
Azerbaijan's Foreign Ministry called the meeting "one-sided," and Turkey's Foreign Ministry said on Thursday that formats excluding Baku "will not serve lasting peace."
Blinken phoned Azerbaijani President Ilham Aliyev on Thursday to stress that the meeting was not directed against any country, the State Department said.

What comes next?
EU diplomats say the bloc could agree in the coming months to fund non-lethal equipment for Armenia's army through the European Peace Facility, which would be a first.
Pashinyan is expected back in Brussels for a follow-up meeting next year, while the next round of border talks with Baku is planned for later this month.
"""

DOC_EN03 = doc(
    "b124en03_explainer_brussels_trilateral_2024_04", "2024-04-06", EN03,
    [
        T("Friday", "DATE", "2024-04-05", 0),
        T("about three hours", "DURATION", "PT3H", mod="APPROX"),
        T("the next four years", "DURATION", "P4Y"),
        T("this year", "DATE", "2024"),
        T("1992", "DATE", "1992"),
        T("Wednesday", "DATE", "2024-04-03"),
        T("Friday", "DATE", "2024-04-05", 1),
        T("February", "DATE", "2024-02"),
        T("last September", "DATE", "2023-09"),
        T("Thursday", "DATE", "2024-04-04", 0),
        T("Thursday", "DATE", "2024-04-04", 1),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("next year", "DATE", "2025"),
        T("this month", "DATE", "2024-04"),
    ],
    [
        E("Pashinyan meets von der Leyen, Blinken and Borrell in Brussels", "CONSULT",
          ["Ursula von der Leyen", "Antony Blinken", "European Union"], "2024-04-05", "text", "occurred",
          "met European Commission President"),
        E("The Brussels talks end with a joint statement", "AGREE", ["European Union", "United States"],
          "2024-04-05", "context", "occurred", "The talks, which lasted about three hours"),
        E("Von der Leyen announces 270 million euros in EU grants over four years", "AID",
          ["Ursula von der Leyen", "European Union"], "2024-04-05", "context", "occurred",
          "Von der Leyen announced 270 million euros"),
        E("Washington to provide 65 million dollars to Armenia this year", "AID", ["Antony Blinken", "United States"],
          "2024", "text", "planned", "Blinken said Washington would provide"),
        E("US assistance to Armenia since 1992", "AID", ["United States"], "1992", "text", "occurred",
          "Blinken said Washington would provide", date_mod="START"),
        E("EU and US back a peace treaty based on territorial integrity and inviolability of borders", "SUPPORT",
          ["European Union", "United States"], "2024-04-05", "context", "occurred", "The joint statement also backs"),
        E("Zakharova: the meeting aims to drag Armenia into geopolitical games and push Russia out", "ACCUSE",
          ["Maria Zakharova"], "2024-04-03", "text", "occurred", "Maria Zakharova said on Wednesday"),
        E("Peskov expects Yerevan to honour its obligations in the Eurasian Economic Union", "REQUEST",
          ["Dmitry Peskov"], "2024-04-05", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
        E("Armenia freezes its participation in the Russian-led CSTO", "SANCTION", ["Russia"], "2024-02", "text",
          "occurred", "Yerevan froze its participation"),
        E("Pashinyan: the Kremlin failed to protect Armenia", "ACCUSE", ["Kremlin"], "2024-04-06", "published",
          "occurred", "Yerevan froze its participation"),
        E("Turkey: formats excluding Baku will not serve lasting peace", "ACCUSE", ["Turkey"], "2024-04-04", "text",
          "occurred", "Turkey's Foreign Ministry said on Thursday"),
        E("Blinken phones Aliyev", "CONSULT", ["Antony Blinken"], "2024-04-04", "text", "occurred",
          "Blinken phoned Azerbaijani President Ilham Aliyev"),
        E("EU could fund non-lethal equipment for Armenia's army from the European Peace Facility", "AID",
          ["European Union"], "FUTURE_REF", "vague", "uncertain", "EU diplomats say the bloc could agree"),
        E("Pashinyan expected back in Brussels for a follow-up meeting", "CONSULT", ["European Union"], "2025", "text",
          "planned", "Pashinyan is expected back in Brussels"),
    ],
    [
        S("Ursula von der Leyen", "Announces 270 million euros in grants over the next four years", "2024-04-05",
          "context", "Von der Leyen announced 270 million euros"),
        S("Antony Blinken", "Washington will provide 65 million dollars this year", "2024-04-05", "context",
          "Blinken said Washington would provide"),
        S("Joint statement: European Union, United States",
          "Backs a peace treaty based on territorial integrity and inviolability of borders", "2024-04-05",
          "context", "The joint statement also backs"),
        S("Maria Zakharova", "The meeting aims to drag Armenia into geopolitical games and push Russia out",
          "2024-04-03", "text", "Maria Zakharova said on Wednesday"),
        S("Dmitry Peskov", "Moscow watches the talks very closely and expects Yerevan to honour its EAEU obligations",
          "2024-04-05", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
        S("Turkey", "Formats excluding Baku will not serve lasting peace", "2024-04-04", "text",
          "Turkey's Foreign Ministry said on Thursday"),
        S("Antony Blinken", "Tells Aliyev the meeting is not directed against any country", "2024-04-04", "text",
          "Blinken phoned Azerbaijani President Ilham Aliyev"),
    ],
    ["Ursula von der Leyen", "Antony Blinken", "European Union", "United States", "Maria Zakharova", "Russia",
     "Kremlin", "Dmitry Peskov", "Turkey"],
)

# ---------------------------------------------------------------- b124en04 (News.am, live updates)
EN04 = """
LIVE: EU approves first military-related aid for Armenia as Moscow cries foul

19:05 — Russian Foreign Ministry spokeswoman Maria Zakharova accused the EU on Monday evening of "militarizing" the South Caucasus and said the aid showed Brussels wanted to open "a second front" against Russia.

17:30 — The U.S. Embassy in Yerevan said the Eagle Partner 2024 exercise, which began at the Zar training center last Monday, will end on Wednesday with a closing ceremony.
About 90 U.S. soldiers and 175 Armenian troops are taking part in the ten-day drills, which focus on peacekeeping.

16:40 — State Department spokesman Matthew Miller welcomed the EU decision, saying Washington "strongly supports" Armenia's efforts to diversify its security partnerships.

15:10 — Kremlin spokesman Dmitry Peskov told reporters that Moscow was "watching attentively" and expected Yerevan to "remember its obligations" as a member of the Collective Security Treaty Organization.
Armenia froze its participation in the Russian-led bloc in February and has since skipped all of its meetings.

13:45 — EU foreign policy chief Josep Borrell said the package was "not directed against anyone" and would "strengthen Armenia's resilience."

12:20 — EU foreign ministers meeting in Brussels on Monday adopted an assistance measure worth 10 million euros under the European Peace Facility to strengthen the logistical capabilities of Armenia's armed forces.
It is the first time Armenia receives support from the fund, which has so far been used mostly to help Ukraine.

11:00 — France's Defense Ministry confirmed that the first CAESAR self-propelled howitzers ordered by Armenia in June will be delivered by the end of the year.

09:30 — Russian border guards at Zvartnots airport began handing over their posts late Sunday ahead of the Aug. 1 transfer of passport control to Armenian officers, the National Security Service said.

08:00 — Good morning and welcome to our live coverage.
EU foreign ministers meet in Brussels today, with Armenia high on the agenda.
Later today, Prime Minister Nikol Pashinyan is due to receive the head of the EU monitoring mission, which has patrolled the border with Azerbaijan since February 2023.
"""

LIVE = "live-blog time (Yerevan, UTC+4)"

DOC_EN04 = doc(
    "b124en04_live_eu_peace_facility_armenia_2024_07", "2024-07-22", EN04,
    [
        T("19:05", "TIME", "2024-07-22T19:05", note=LIVE),
        T("Monday evening", "TIME", "2024-07-22TEV"),
        T("17:30", "TIME", "2024-07-22T17:30", note=LIVE),
        T("last Monday", "DATE", "2024-07-15"),
        T("Wednesday", "DATE", "2024-07-24"),
        T("ten-day", "DURATION", "P10D"),
        T("16:40", "TIME", "2024-07-22T16:40", note=LIVE),
        T("15:10", "TIME", "2024-07-22T15:10", note=LIVE),
        T("February", "DATE", "2024-02"),
        T("13:45", "TIME", "2024-07-22T13:45", note=LIVE),
        T("12:20", "TIME", "2024-07-22T12:20", note=LIVE),
        T("Monday", "DATE", "2024-07-22", 2),
        T("11:00", "TIME", "2024-07-22T11:00", note=LIVE),
        T("June", "DATE", "2024-06"),
        T("the end of the year", "DATE", "2024", mod="END"),
        T("09:30", "TIME", "2024-07-22T09:30", note=LIVE),
        T("late Sunday", "TIME", "2024-07-21TNI"),
        T("Aug. 1", "DATE", "2024-08-01"),
        T("08:00", "TIME", "2024-07-22T08:00", note=LIVE),
        T("today", "DATE", "2024-07-22", 0),
        T("today", "DATE", "2024-07-22", 1),
        T("February 2023", "DATE", "2023-02"),
    ],
    [
        E("Zakharova accuses the EU of militarizing the South Caucasus", "ACCUSE",
          ["Maria Zakharova", "European Union"], "2024-07-22TEV", "text", "occurred",
          "accused the EU on Monday evening"),
        E("US–Armenian Eagle Partner 2024 exercise under way since last Monday", "COOPERATE", ["United States"],
          "2024-07-15", "text", "occurred", "the Eagle Partner 2024 exercise", date_mod="START",
          note="ends on Wednesday 24 July"),
        E("State Department welcomes the EU decision and supports Armenia's diversification", "SUPPORT",
          ["United States", "European Union"], "2024-07-22", "published", "occurred",
          "Matthew Miller welcomed the EU decision"),
        E("Peskov expects Yerevan to remember its CSTO obligations", "REQUEST", ["Dmitry Peskov"], "2024-07-22",
          "published", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
        E("Armenia freezes its participation in the Russian-led CSTO", "SANCTION", ["Russia"], "2024-02", "text",
          "occurred", "Armenia froze its participation"),
        E("EU foreign ministers adopt a 10 million euro European Peace Facility measure for Armenia", "AID",
          ["European Union"], "2024-07-22", "text", "occurred", "adopted an assistance measure"),
        E("France confirms the order of CAESAR howitzers by Armenia in June", "AGREE", ["France"], "2024-06", "text",
          "occurred", "France's Defense Ministry confirmed"),
        E("France to deliver the first CAESAR howitzers to Armenia by the end of the year", "AID", ["France"],
          "2024", "text", "planned", "France's Defense Ministry confirmed", date_mod="END"),
        E("Russian border guards begin handing over their posts at Zvartnots", "RETREAT", ["Russia"],
          "2024-07-21TNI", "text", "occurred", "Russian border guards at Zvartnots airport began"),
        E("EU foreign ministers meet in Brussels", "CONSULT", ["European Union"], "2024-07-22", "text", "occurred",
          "EU foreign ministers meet in Brussels today"),
        E("Pashinyan to receive the head of the EU monitoring mission", "CONSULT", ["European Union"], "2024-07-22",
          "text", "planned", "Later today, Prime Minister Nikol Pashinyan"),
        E("EU monitoring mission patrols Armenia's border since February 2023", "COOPERATE", ["European Union"],
          "2023-02", "text", "occurred", "Later today, Prime Minister Nikol Pashinyan", date_mod="START"),
    ],
    [
        S("Maria Zakharova", "The EU is militarizing the South Caucasus and wants a second front against Russia",
          "2024-07-22TEV", "text", "accused the EU on Monday evening"),
        S("United States", "Embassy: the Eagle Partner exercise will end on Wednesday", "2024-07-22", "published",
          "The U.S. Embassy in Yerevan said"),
        S("United States", "Miller: Washington strongly supports Armenia's efforts to diversify its security partnerships",
          "2024-07-22", "published", "Matthew Miller welcomed the EU decision"),
        S("Dmitry Peskov", "Moscow watches attentively and expects Yerevan to remember its CSTO obligations",
          "2024-07-22", "published", "Kremlin spokesman Dmitry Peskov told reporters"),
        S("European Union", "Borrell: the package is not directed against anyone and strengthens Armenia's resilience",
          "2024-07-22", "published", "EU foreign policy chief Josep Borrell said"),
        S("France", "Defense Ministry: the first CAESAR howitzers will be delivered by the end of the year",
          "2024-07-22", "published", "France's Defense Ministry confirmed"),
    ],
    ["Maria Zakharova", "European Union", "Russia", "United States", "Kremlin", "Dmitry Peskov", "Ukraine",
     "France"],
)

# ---------------------------------------------------------------- b124en05 (PanARMENIAN.Net, wire)
EN05 = """
Armenia, U.S. sign strategic partnership charter as Moscow warns of "conclusions"

YEREVAN, January 15, 2025, PanARMENIAN.Net - U.S. Secretary of State Antony Blinken and Armenian Foreign Minister Ararat Mirzoyan signed a Charter on Strategic Partnership in Washington on January 14, pledging closer cooperation on security, energy, trade and democracy.
The document, signed six days before President Joe Biden leaves office, also provides for a U.S. customs and border guard advisory team to be sent to Armenia in the coming months.
Blinken said the charter opened "a new chapter" in relations and that Washington would start talks with Yerevan on a civil nuclear cooperation agreement later this year.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the deployment of a U.S. border team would be "incompatible" with Armenia's obligations to its allies, and warned that Moscow would "draw conclusions."
Speaking at his annual news conference on Tuesday, Foreign Minister Sergey Lavrov accused the West of trying to turn the South Caucasus into "an arena of confrontation" and said Yerevan should weigh the costs of "the line it has chosen."
Kremlin spokesman Dmitry Peskov said the Kremlin was "closely following" the contacts between Yerevan and Washington and expected Armenia to remain a reliable partner.

The charter comes two weeks after Armenian border guards took over the Agarak checkpoint on the border with Iran from Russian border troops on New Year's Day, ending a presence that began in 1992.
Russian border guards also left passport control at Zvartnots airport in August.
Last Thursday, the Armenian government approved a draft law on launching the process of accession to the European Union, which now goes to parliament.
Russian Deputy Prime Minister Alexei Overchuk said on Friday that the bill marked "the beginning of Armenia's exit" from the Eurasian Economic Union and that Yerevan could lose duty-free access to the Russian market.

It is not yet clear how the administration of President-elect Donald Trump, who takes office on January 20, will treat the charter.
Armenian officials said they expected the dialogue to continue and the first meeting of a new U.S.-Armenian strategic commission to take place in the spring.
"""

DOC_EN05 = doc(
    "b124en05_us_armenia_strategic_charter_2025_01", "2025-01-15", EN05,
    [
        T("January 15, 2025", "DATE", "2025-01-15"),
        T("January 14", "DATE", "2025-01-14"),
        T("six days", "DURATION", "P6D"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("this year", "DATE", "2025"),
        T("Wednesday", "DATE", "2025-01-15"),
        T("annual", "SET", "P1Y"),
        T("Tuesday", "DATE", "2025-01-14"),
        T("two weeks", "DURATION", "P2W"),
        T("New Year's Day", "DATE", "2025-01-01"),
        T("1992", "DATE", "1992"),
        T("August", "DATE", "2024-08"),
        T("Last Thursday", "DATE", "2025-01-09"),
        T("now", "DATE", "PRESENT_REF"),
        T("Friday", "DATE", "2025-01-10"),
        T("January 20", "DATE", "2025-01-20"),
        T("the spring", "DATE", "2025-SP"),
    ],
    [
        E("Blinken and Mirzoyan sign the US–Armenia Charter on Strategic Partnership", "AGREE",
          ["Antony Blinken", "United States"], "2025-01-14", "text", "occurred",
          "signed a Charter on Strategic Partnership"),
        E("US customs and border guard advisory team to be sent to Armenia", "COOPERATE", ["United States"],
          "FUTURE_REF", "vague", "planned", "also provides for a U.S. customs"),
        E("Washington to start talks with Yerevan on a civil nuclear cooperation agreement", "CONSULT",
          ["United States"], "2025", "text", "planned", "Blinken said the charter opened"),
        E("Zakharova: a US border team would be incompatible with Armenia's obligations to its allies", "ACCUSE",
          ["Maria Zakharova"], "2025-01-15", "text", "occurred", "Maria Zakharova said on Wednesday"),
        E("Zakharova warns that Moscow will draw conclusions", "THREATEN", ["Maria Zakharova"], "2025-01-15", "text",
          "occurred", "Maria Zakharova said on Wednesday"),
        E("Lavrov accuses the West of turning the South Caucasus into an arena of confrontation", "ACCUSE",
          ["Sergey Lavrov"], "2025-01-14", "text", "occurred", "Speaking at his annual news conference"),
        E("Lavrov: Yerevan should weigh the costs of the line it has chosen", "REQUEST", ["Sergey Lavrov"],
          "2025-01-14", "text", "occurred", "Speaking at his annual news conference"),
        E("Peskov expects Armenia to remain a reliable partner", "REQUEST", ["Dmitry Peskov"], "2025-01-15",
          "published", "occurred", "Kremlin spokesman Dmitry Peskov said the Kremlin"),
        E("Russian border troops hand over the Agarak checkpoint to Armenian border guards", "RETREAT", ["Russia"],
          "2025-01-01", "text", "occurred", "The charter comes two weeks after"),
        E("Russian border troops at the Iranian border since 1992", "MOBILIZE", ["Russia"], "1992", "text",
          "occurred", "The charter comes two weeks after", date_mod="START"),
        E("Russian border guards leave passport control at Zvartnots", "RETREAT", ["Russia"], "2024-08", "text",
          "occurred", "Russian border guards also left"),
        E("Armenian government approves a draft law on launching EU accession", "REQUEST", ["European Union"],
          "2025-01-09", "text", "occurred", "Last Thursday, the Armenian government"),
        E("Overchuk: the bill marks the beginning of Armenia's exit from the EAEU; loss of duty-free access",
          "THREATEN", ["Russia"], "2025-01-10", "text", "occurred", "Alexei Overchuk said on Friday"),
        E("First meeting of a new US–Armenian strategic commission expected in the spring", "CONSULT",
          ["United States"], "2025-SP", "text", "planned", "Armenian officials said they expected"),
    ],
    [
        S("Antony Blinken", "The charter opens a new chapter; talks on civil nuclear cooperation later this year",
          "2025-01-14", "context", "Blinken said the charter opened"),
        S("Maria Zakharova", "A US border team would be incompatible with Armenia's obligations; Moscow will draw conclusions",
          "2025-01-15", "text", "Maria Zakharova said on Wednesday"),
        S("Sergey Lavrov", "The West turns the South Caucasus into an arena of confrontation; Yerevan should weigh the costs",
          "2025-01-14", "text", "Speaking at his annual news conference"),
        S("Dmitry Peskov", "The Kremlin closely follows the contacts and expects Armenia to remain a reliable partner",
          "2025-01-15", "published", "Kremlin spokesman Dmitry Peskov said the Kremlin"),
        S("Russia", "Overchuk: the bill marks the beginning of Armenia's exit from the EAEU", "2025-01-10", "text",
          "Alexei Overchuk said on Friday"),
    ],
    ["Antony Blinken", "United States", "Joe Biden", "Maria Zakharova", "Russia", "Sergey Lavrov", "Kremlin",
     "Dmitry Peskov", "European Union", "Donald Trump"],
)

# ---------------------------------------------------------------- b124en06 (Armenian Mirror-Spectator)
EN06 = """
OSCE Closes Minsk Group, Ending Three Decades of Co-Chair Diplomacy

VIENNA/WATERTOWN — The Organization for Security and Cooperation in Europe on Monday formally decided to dissolve the Minsk Group, which for more than three decades tried to mediate a settlement of the Nagorno-Karabakh conflict under the co-chairmanship of Russia, France and the United States.
The decision of the OSCE Ministerial Council was adopted by consensus of all 57 participating states, Russia included.
Under the decision, all structures related to the group, including the office of the Personal Representative of the OSCE Chairperson-in-Office, are to be wound up by Dec. 1.

Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev had asked for the closure in a joint declaration signed with President Donald Trump as a witness at the White House on Aug. 8.
The declaration also grants the United States development rights for a transit route through southern Armenia, dubbed the Trump Route for International Peace and Prosperity (TRIPP).

Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that the Minsk Group had been "paralyzed" since 2022 by the West's refusal to work with Moscow and that its closure was "a logical step."
She warned, however, that any arrangements for the region "must take into account the interests of its neighbors," including Russia and Iran.
President Vladimir Putin met Pashinyan on Monday on the sidelines of the Shanghai Cooperation Organization summit in Tianjin, where the Armenian leader briefed him on the Washington agreements.
Kremlin aide Yuri Ushakov said Putin had called the accords "a positive development" but stressed that Russia would remain "an active player" in the South Caucasus.

France, which co-chaired the group alongside Moscow and Washington, welcomed the decision, with President Emmanuel Macron writing on X that it "closes a chapter" and that Paris would support the peace agreement "until its full implementation."
Secretary of State Marco Rubio said the United States remained committed to the agreements and that a U.S. team would travel to Yerevan later this month to discuss the TRIPP project.

Reaction in the diaspora was mixed.
The Armenian National Committee of America called the closure "premature" and urged the Trump administration to tie any further U.S. assistance to Azerbaijan to the release of Armenian prisoners held in Baku.
A community forum on the future of the region is planned for Sept. 14 at the Armenian Museum in Watertown.
"""

DOC_EN06 = doc(
    "b124en06_osce_closes_minsk_group_2025_09", "2025-09-03", EN06,
    [
        T("Monday", "DATE", "2025-09-01", 0),
        T("more than three decades", "DURATION", "P30Y", mod="MORE_THAN"),
        T("Dec. 1", "DATE", "2025-12-01"),
        T("Aug. 8", "DATE", "2025-08-08"),
        T("Tuesday", "DATE", "2025-09-02"),
        T("2022", "DATE", "2022"),
        T("Monday", "DATE", "2025-09-01", 1),
        T("this month", "DATE", "2025-09"),
        T("Sept. 14", "DATE", "2025-09-14"),
    ],
    [
        E("OSCE decides by consensus to dissolve the Minsk Group co-chaired by Russia, France and the US", "AGREE",
          ["Russia", "France", "United States"], "2025-09-01", "text", "occurred",
          "formally decided to dissolve the Minsk Group",
          note="decision of the OSCE Ministerial Council; the OSCE is not canonical, the co-chairs are"),
        E("Washington declaration signed with Trump as a witness", "AGREE", ["Donald Trump"], "2025-08-08", "text",
          "occurred", "had asked for the closure in a joint declaration"),
        E("The declaration grants the US development rights for the TRIPP route", "AGREE", ["United States"],
          "2025-08-08", "context", "occurred", "The declaration also grants"),
        E("Zakharova: the West paralyzed the Minsk Group by refusing to work with Moscow", "ACCUSE",
          ["Maria Zakharova"], "2025-09-02", "text", "occurred", "Maria Zakharova said on Tuesday"),
        E("Zakharova calls the closure a logical step", "SUPPORT", ["Maria Zakharova"], "2025-09-02", "text",
          "occurred", "Maria Zakharova said on Tuesday"),
        E("Zakharova: arrangements must take into account the interests of the neighbours", "REQUEST",
          ["Maria Zakharova"], "2025-09-02", "context", "occurred", "She warned, however"),
        E("Putin meets Pashinyan in Tianjin", "CONSULT", ["Vladimir Putin"], "2025-09-01", "text", "occurred",
          "President Vladimir Putin met Pashinyan on Monday"),
        E("Putin calls the Washington accords a positive development", "SUPPORT", ["Vladimir Putin"], "2025-09-01",
          "context", "occurred", "Kremlin aide Yuri Ushakov said"),
        E("Macron welcomes the closure of the Minsk Group", "SUPPORT", ["Emmanuel Macron", "France"], "2025-09-03",
          "published", "occurred", "France, which co-chaired the group"),
        E("Macron: Paris will support the peace agreement until its full implementation", "AGREE",
          ["Emmanuel Macron"], "2025-09-03", "published", "occurred", "France, which co-chaired the group"),
        E("Rubio: the US remains committed to the agreements", "AGREE", ["Marco Rubio"], "2025-09-03", "published",
          "occurred", "Secretary of State Marco Rubio said"),
        E("US team to travel to Yerevan later this month to discuss TRIPP", "CONSULT", ["United States"], "2025-09",
          "text", "planned", "Secretary of State Marco Rubio said"),
        E("ANCA urges the Trump administration to tie aid to Azerbaijan to the release of prisoners", "REQUEST",
          ["United States"], "2025-09-03", "published", "occurred", "urged the Trump administration"),
    ],
    [
        S("Maria Zakharova", "The Minsk Group was paralyzed by the West since 2022; its closure is a logical step",
          "2025-09-02", "text", "Maria Zakharova said on Tuesday"),
        S("Maria Zakharova", "Arrangements for the region must take into account the interests of its neighbours",
          "2025-09-02", "context", "She warned, however"),
        S("Vladimir Putin, via Yuri Ushakov",
          "The accords are a positive development, but Russia will remain an active player in the South Caucasus",
          "2025-09-01", "context", "Kremlin aide Yuri Ushakov said"),
        S("Emmanuel Macron", "The decision closes a chapter; Paris will support the peace agreement until its full implementation",
          "2025-09-03", "published", "France, which co-chaired the group"),
        S("Marco Rubio", "The US remains committed; a US team will travel to Yerevan this month to discuss TRIPP",
          "2025-09-03", "published", "Secretary of State Marco Rubio said"),
    ],
    ["Russia", "France", "United States", "Donald Trump", "Maria Zakharova", "Vladimir Putin", "Kremlin",
     "Yuri Ushakov", "Emmanuel Macron", "Marco Rubio"],
)

DOCS = [DOC_EN01, DOC_EN02, DOC_EN03, DOC_EN04, DOC_EN05, DOC_EN06]
