"""English articles of the blind128 set (fictionalised; written and annotated blind to the extraction code).

Theme: Ukrainian men of military age abroad, 2024–2025. English texts use straight double quotes.
"""

from build import E, S, T

# ---------------------------------------------------------------- b128en01 (wire report from Vilnius)
EN01 = """
Lithuania ready to help Kyiv reach men of conscription age, defence minister says

VILNIUS, April 26 - Lithuania is ready to help Ukraine contact and bring home men of conscription age who live in the country, Defence Minister Laurynas Kasčiūnas said on Thursday.
"I think this is a question of fairness towards those who are fighting," Kasčiūnas told reporters after a government meeting.
Prime Minister Ingrida Šimonytė was more cautious on Friday, saying Lithuania would not deport anyone and that the legal grounds for any step still had to be examined.

Ukraine's foreign ministry on Tuesday suspended consular services for men aged 18 to 60 who live abroad, except for documents that allow them to travel home.
Foreign Minister Dmytro Kuleba said staying abroad "does not relieve a citizen of his duties to the homeland."
The step came ahead of a new mobilisation law that President Volodymyr Zelensky signed on April 16 and that takes effect on May 18.

In Warsaw, Defence Minister Władysław Kosiniak-Kamysz said on Wednesday that Poland could help Ukraine get men liable for military service back to the country.
Foreign Minister Radosław Sikorski said in a television interview on Thursday evening that many Poles were outraged to see young Ukrainian men in hotels and cafés.
Germany's interior ministry said it would not deport any Ukrainian men and that their protection status was unaffected.
The European Commission said temporary protection did not depend on a valid passport.

Kremlin spokesman Dmitry Peskov said on Friday that Kyiv was now "ready to hunt down its own citizens across Europe."
Russia's foreign ministry accused the European Union of helping Kyiv "drive Ukrainians to the slaughter."

According to Lithuania's Migration Department, about 87,000 Ukrainians with temporary protection live in Lithuania, some 13,000 of them men of conscription age.
Lithuanian and Ukrainian defence officials are due to discuss the issue in Kyiv next week, a defence ministry spokeswoman said.
Ukraine's ambassador to Lithuania, Petro Beshta, thanked Vilnius on Friday for its "understanding and solidarity."
He said Kyiv did not expect any country to force people back and that the embassy would open its consular section again as soon as the new rules were in place.
"""

# ---------------------------------------------------------------- b128en02 (maritime trade press)
EN02 = """
Ukrainian seafarers in limbo as military registration deadline passes

Ukrainian seafarers serving on foreign-flagged ships were among millions of men rushing to update their military records before a deadline that expired on Tuesday.
Under the mobilisation law that took effect on May 18, men aged 18 to 60 had 60 days to register their data, either in person, at a consulate or through the Reserv+ smartphone app.
Ukraine's defence ministry said on Wednesday that about 4.6 million men had updated their records, more than 3 million of them through the app.

Seafarers are among the few groups of men allowed to leave Ukraine under martial law, provided they hold a contract from a registered crewing agency.
The cabinet on Friday extended that rule until the end of the year, but added a requirement that crew members show an updated military registration record at the border.
Ukraine's foreign ministry stopped most consular services for men abroad in late April and resumed them in mid-May under the new conditions.
Crewing agencies in Odesa and Izmail say many seafarers hesitate to sign new contracts because consulates will renew passports only for men with valid military papers.

The International Chamber of Shipping urged Kyiv last month to keep the exemption in place, warning that crews on tankers and bulk carriers could not easily be replaced.
Ukraine's deputy infrastructure minister, Yuriy Vaskov, said on Monday that seafarers would not be mobilised while on contract.
He added that a procedure for those coming home on leave was being prepared with the defence ministry.
The European Commission said on Tuesday it was examining with member states how seafarers with expired passports could keep their certificates recognised.

Russia meanwhile kept up its attacks on Ukraine's ports.
A drone strike on Izmail overnight into Tuesday damaged grain storage facilities and a port building, the regional authorities said.
Since the Black Sea corridor opened last August, more than 60 million tonnes of cargo have left Ukraine's ports, according to the infrastructure ministry.
Industry estimates put Ukraine's share of the world's seafarers at about 4%, most of them officers.
Manning agents say the next test will come in the autumn, when many of the contracts signed in the spring expire.
"""

# ---------------------------------------------------------------- b128en03 (explainer, think-tank style)
EN03 = """
Explainer: Why Washington wants Ukraine to draft 18-year-olds, and what it means for men abroad

A senior official in the Biden administration said on Wednesday that Ukraine should lower its minimum mobilisation age from 25 to 18 to replenish its exhausted brigades.
Kyiv pushed back the same day, when Andriy Yermak, the head of the presidential office, said Ukraine needed weapons and training for the brigades it already had, not younger conscripts.

What is the current rule?
Men aged 18 to 60 may not leave Ukraine under martial law, but only men from 25 can be called up; the age was cut from 27 in April.
A law in force since May 18 requires all men of conscription age, including those living abroad, to register their data with the military.

Why do the men abroad matter?
According to Eurostat, about 4.2 million Ukrainians hold temporary protection in the EU, among them roughly 860,000 adult men.
Since April, Ukrainian consulates have issued passports to men of conscription age only if they show military registration documents.
Poland's defence minister, Władysław Kosiniak-Kamysz, repeated this month that Warsaw would not force anyone to return.
Lithuania offered in April to help Kyiv contact men liable for service.
Germany's interior ministry said on Thursday that it would deport no one and that the issue was "for Ukraine to decide."

What does Zelensky say?
President Volodymyr Zelensky told Sky News on Friday that lowering the age would not fix a shortage of equipment and that Ukraine would not "sacrifice its youth."
He said he wanted men abroad to come home when they felt able to, but that Kyiv would not punish those who had left legally.

How has Moscow reacted?
Russian foreign ministry spokeswoman Maria Zakharova said on Thursday that Washington wanted Ukrainians to fight "to the last teenager."
Russia itself launched one of its largest attacks on Ukraine's power grid on Thursday morning, firing more than 90 missiles and nearly 100 drones, according to Ukraine's air force.

What happens next?
US Defense Secretary Lloyd Austin is expected to raise the issue with Ukrainian Defence Minister Rustem Umerov when allies meet at Ramstein in early January.
President-elect Donald Trump, who takes office on January 20, has not commented on the mobilisation age.
Analysts expect the debate to return in the coming weeks, as Ukraine's parliament must extend martial law and mobilisation again in February.
"""

# ---------------------------------------------------------------- b128en04 (regional English-language paper, Kraków)
EN04 = """
Young Ukrainian men head for Kraków as Warsaw weighs Kyiv's new exit rule

KRAKÓW - More than 40,000 Ukrainian men aged 18 to 22 have entered Poland since Kyiv lifted its exit ban for the age group three weeks ago, the Border Guard said on Thursday.
Many are heading for Kraków, Wrocław and Lublin, where universities and employment agencies report a surge in applications.
At the Jagiellonian University, the number of Ukrainian applicants has doubled compared with last year, a spokeswoman said.

Interior Minister Marcin Kierwiński said on Wednesday that Poland had no plans to close its doors.
He said Warsaw expected Kyiv to share data on who was crossing and why.
After a video call with his Ukrainian counterpart Ihor Klymenko the same evening, the two ministries agreed to set up a joint working group.
President Karol Nawrocki struck a harsher tone on Tuesday, saying young men "should be defending their country, not queuing for our social support."

Ukraine's ambassador, Vasyl Bodnar, told the Kraków Post that the young men were "students and workers, not deserters," and that most would return.
Kyiv's consulate in Kraków will open on Saturdays from next month to cope with demand for passports, which men aged 18 to 22 can again obtain abroad.

The debate has been sharpened by the Russian drone incursion of last week.
Russian drones entered Polish airspace overnight into September 10, and several were shot down by Polish and allied jets.
Warsaw then invoked Article 4 of NATO's founding treaty, and Prime Minister Donald Tusk said Poland was "closer to open conflict than at any time since the Second World War."
Kremlin spokesman Dmitry Peskov on Thursday dismissed the accusations as "groundless."
He also said the exit rule showed that "Ukrainians are voting with their feet."

Local employers see it differently.
The Małopolska Chamber of Commerce says its members are short of about 6,000 workers in construction and logistics alone.
The regional labour office registered 2,300 new work notifications for Ukrainian citizens in August, almost twice the monthly average of last year.
The university's Ukrainian students' association plans an information evening on Saturday on residence permits and military registration.
"""

# ---------------------------------------------------------------- b128en05 (live blog)
EN05 = """
Live: Lithuania tightens residence rules for Ukrainian men as Zelensky defends exit rule

18:40 CET: Lithuania's parliament voted on Tuesday to require Ukrainian men aged 18 to 60 to show a valid passport or a consular certificate when they renew their residence permits from March.
The bill passed by 71 votes to 23 and still needs the president's signature.
Ukraine's embassy in Vilnius said it regretted the decision and would ask for exemptions for men whose passports cannot be renewed abroad.

17:05 CET: President Volodymyr Zelensky rejected calls from Berlin and Warsaw to reverse the rule that has allowed men aged 18 to 22 to leave Ukraine since late August.
"We will not lock our young people in," he told reporters in Rome after meeting Italian Prime Minister Giorgia Meloni.

15:20 CET: Poland's Border Guard says about 98,000 Ukrainian men aged 18 to 22 have entered Poland since August 28.
Deputy Interior Minister Czesław Mroczek said the number of those who stay was "far lower," as many travel on to Germany and the Czech Republic.

13:45 CET: In Berlin, the Bundestag is due to hold the first reading on Thursday of the bill moving Ukrainians who arrived after April 1 from citizen's income to asylum-seeker benefits.
Government spokesman Stefan Kornelius said the change was "about fairness, not about sending anyone to the front."

11:30 CET: Kremlin aide Yuri Ushakov said Moscow had not yet received revised US proposals after Ukrainian and American negotiators met in Florida at the weekend.
Kremlin spokesman Dmitry Peskov said separately that the departure of young Ukrainian men showed "the real mood" in Ukraine.

09:10 CET: Zelensky met British Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor Friedrich Merz in London on Monday to discuss the US peace plan.
He then flew to Brussels for talks with NATO Secretary General Mark Rutte and Commission President Ursula von der Leyen on Monday evening.

08:00 CET: Russia launched 110 drones at Ukraine overnight, most of which were shot down, the Ukrainian air force said.
"""

# ---------------------------------------------------------------- b128en06 (public broadcaster, English service)
EN06 = """
Lithuania to let Ukraine recruit volunteers among refugees, defence minister says

VILNIUS - Lithuania will allow Ukraine to recruit volunteers among the roughly 14,000 Ukrainian men of military age living in the country, Defence Minister Dovilė Šakalienė said on Thursday.
The volunteers would receive basic training from Lithuanian instructors before joining Ukrainian units, she said after meeting Ukrainian Defence Minister Rustem Umerov in Vilnius.
The first group is due to start training at the Pabradė range in June.
Umerov thanked Lithuania for "a strong signal of solidarity" and said Kyiv hoped other host countries would follow its example.
Participation will be strictly voluntary, and no one will lose his residence permit for refusing, Prime Minister Gintautas Paluckas said on Friday.

Lithuania has hosted Ukrainians under temporary protection since March 2022, and EU governments agreed last year to extend that status until March 2026.
A similar Ukrainian Legion in Poland, which began recruiting last October, has so far attracted only a few hundred volunteers.
Polish Defence Minister Władysław Kosiniak-Kamysz said in January that the project would continue despite the low numbers.
Many men fear that volunteering abroad would mean being sent straight to the front, Ukrainian community groups in Vilnius say.

The plan comes as Kyiv tries to fill its ranks without lowering the mobilisation age of 25, as Washington has urged.
Ukraine agreed in Jeddah last week to a US proposal for a 30-day ceasefire, which Russia has not accepted.
Presidents Donald Trump and Vladimir Putin agreed in a phone call on Tuesday to halt strikes on energy infrastructure for 30 days.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Vilnius was turning refugees into "cannon fodder."
She warned that Lithuania would "bear full responsibility" for the consequences.
Ukraine's embassy in Vilnius said it had received more than 300 inquiries since Thursday morning.
The Seimas committee on national security and defence will hear Šakalienė on the plan next Wednesday.
"""


LIVE = "live-blog time stamp (CET)"


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b128en01_lithuania_offer_conscripts_2024_04", "2024-04-26", EN01,
        [
            T("April 26", "DATE", "2024-04-26"),
            T("Thursday", "DATE", "2024-04-25", 0),
            T("Friday", "DATE", "2024-04-26", 0),
            T("Tuesday", "DATE", "2024-04-23"),
            T("April 16", "DATE", "2024-04-16"),
            T("May 18", "DATE", "2024-05-18"),
            T("Wednesday", "DATE", "2024-04-24"),
            T("Thursday evening", "TIME", "2024-04-25TEV"),
            T("Friday", "DATE", "2024-04-26", 1),
            T("now", "DATE", "PRESENT_REF"),
            T("next week", "DATE", "2024-W18"),
            T("Friday", "DATE", "2024-04-26", 2),
        ],
        [
            E("Lithuania ready to help Ukraine contact and bring home men of conscription age", "AGREE", ["Ukraine"],
              "2024-04-25", "text", "occurred", "Lithuania is ready to help Ukraine"),
            E("Šimonytė: Lithuania will not deport anyone", "REJECT", ["Ukraine"], "2024-04-26", "text", "occurred",
              "would not deport anyone"),
            E("Ukraine suspends consular services for men of conscription age abroad", "COERCE", ["Ukraine"],
              "2024-04-23", "text", "occurred", "suspended consular services"),
            E("Zelensky signed the mobilisation law", "MOBILIZE", ["Volodymyr Zelensky"], "2024-04-16", "text",
              "occurred", "The step came ahead of a new mobilisation law"),
            E("Mobilisation law to take effect", "MOBILIZE", ["Ukraine"], "2024-05-18", "text", "planned",
              "The step came ahead of a new mobilisation law"),
            E("Kosiniak-Kamysz: Poland could help Ukraine get men back", "AGREE", ["Poland", "Ukraine"], "2024-04-24",
              "text", "occurred", "In Warsaw, Defence Minister"),
            E("Sikorski criticises young Ukrainian men in Polish hotels and cafés", "ACCUSE", ["Poland", "Ukraine"],
              "2024-04-25TEV", "text", "occurred", "Foreign Minister Radosław Sikorski said"),
            E("Germany will not deport Ukrainian men", "REJECT", ["Germany", "Ukraine"], "2024-04-26", "published",
              "occurred", "Germany's interior ministry said"),
            E("Peskov: Kyiv is ready to hunt down its own citizens across Europe", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2024-04-26", "text", "occurred", "hunt down its own citizens"),
            E("Russian foreign ministry accuses the EU of helping drive Ukrainians to the slaughter", "ACCUSE",
              ["Russia", "European Union"], "2024-04-26", "published", "occurred", "drive Ukrainians to the slaughter"),
            E("Lithuanian and Ukrainian defence officials to meet in Kyiv", "CONSULT", ["Ukraine"], "2024-W18", "text",
              "planned", "are due to discuss the issue in Kyiv"),
            E("Ambassador Beshta thanks Vilnius for its understanding", "SUPPORT", ["Ukraine"], "2024-04-26", "text",
              "occurred", "thanked Vilnius"),
        ],
        [
            S("Ukraine", "Kuleba: staying abroad does not relieve a citizen of his duties to the homeland",
              "2024-04-23", "context", "does not relieve a citizen"),
            S("Poland", "Kosiniak-Kamysz: Poland could help Ukraine get men liable for service back", "2024-04-24",
              "text", "In Warsaw, Defence Minister"),
            S("Poland", "Sikorski: many Poles are outraged to see young Ukrainian men in hotels and cafés",
              "2024-04-25TEV", "text", "Foreign Minister Radosław Sikorski said"),
            S("Germany", "Will not deport Ukrainian men; their protection status is unaffected", "2024-04-26",
              "published", "Germany's interior ministry said"),
            S("European Union", "Temporary protection does not depend on a valid passport", "2024-04-26", "published",
              "The European Commission said"),
            S("Dmitry Peskov", "Kyiv is ready to hunt down its own citizens across Europe", "2024-04-26", "text",
              "hunt down its own citizens"),
            S("Russia", "The EU helps Kyiv drive Ukrainians to the slaughter", "2024-04-26", "published",
              "drive Ukrainians to the slaughter"),
            S("Ukraine", "Beshta thanks Vilnius for its understanding and solidarity", "2024-04-26", "text",
              "thanked Vilnius"),
            S("Ukraine", "Kyiv expects no country to force people back; consular section to reopen under the new rules",
              "2024-04-26", "context", "did not expect any country to force people back"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Poland", "Germany", "European Union", "Dmitry Peskov", "Kremlin",
         "Russia"],
    ),
    doc(
        "b128en02_seafarers_registration_deadline_2024_07", "2024-07-17", EN02,
        [
            T("Tuesday", "DATE", "2024-07-16", 0),
            T("May 18", "DATE", "2024-05-18"),
            T("60 days", "DURATION", "P60D"),
            T("Wednesday", "DATE", "2024-07-17"),
            T("Friday", "DATE", "2024-07-12"),
            T("the end of the year", "DATE", "2024", mod="END"),
            T("late April", "DATE", "2024-04", mod="END"),
            T("mid-May", "DATE", "2024-05", mod="MID"),
            T("last month", "DATE", "2024-06"),
            T("Monday", "DATE", "2024-07-15"),
            T("Tuesday", "DATE", "2024-07-16", 1),
            T("overnight into Tuesday", "TIME", "2024-07-15TNI", note="night of 15 to 16 July"),
            T("last August", "DATE", "2023-08"),
            T("the autumn", "DATE", "2024-FA"),
            T("the spring", "DATE", "2024-SP"),
        ],
        [
            E("Mobilisation law takes effect", "MOBILIZE", ["Ukraine"], "2024-05-18", "text", "occurred",
              "Under the mobilisation law that took effect"),
            E("Men given 60 days to register their data", "THREATEN", ["Ukraine"], "2024-05-18", "text", "occurred",
              "Under the mobilisation law that took effect", note="deadline expired on 16 July 2024"),
            E("Cabinet extends the rule letting seafarers leave until the end of the year", "CONCEDE", ["Ukraine"],
              "2024-07-12", "text", "occurred", "The cabinet on Friday extended"),
            E("Cabinet requires crew to show an updated military record at the border", "COERCE", ["Ukraine"],
              "2024-07-12", "text", "occurred", "The cabinet on Friday extended"),
            E("Foreign ministry stopped most consular services for men abroad", "COERCE", ["Ukraine"], "2024-04",
              "text", "occurred", "stopped most consular services", date_mod="END"),
            E("Consular services resumed under new conditions", "CONCEDE", ["Ukraine"], "2024-05", "text", "occurred",
              "stopped most consular services", date_mod="MID"),
            E("International Chamber of Shipping urges Kyiv to keep the seafarers' exemption", "REQUEST", ["Ukraine"],
              "2024-06", "text", "occurred", "The International Chamber of Shipping urged Kyiv"),
            E("Vaskov: seafarers will not be mobilised while on contract", "AGREE", ["Ukraine"], "2024-07-15", "text",
              "occurred", "would not be mobilised while on contract"),
            E("Russian drone strike on Izmail", "ASSAULT", ["Russia", "Ukraine"], "2024-07-15TNI", "text", "occurred",
              "A drone strike on Izmail"),
        ],
        [
            S("Ukraine", "About 4.6 million men have updated their records, over 3 million through the app",
              "2024-07-17", "text", "Ukraine's defence ministry said on Wednesday"),
            S("Ukraine", "Vaskov: seafarers will not be mobilised while on contract", "2024-07-15", "text",
              "would not be mobilised while on contract"),
            S("Ukraine", "Vaskov: a procedure for seafarers coming home on leave is being prepared", "2024-07-15",
              "context", "He added that a procedure"),
            S("European Union", "Examining how seafarers with expired passports can keep their certificates recognised",
              "2024-07-16", "text", "The European Commission said on Tuesday"),
            S("Ukraine", "Regional authorities: the Izmail strike damaged grain storage and a port building",
              "2024-07-17", "published", "A drone strike on Izmail"),
            S("Ukraine", "Infrastructure ministry: more than 60 million tonnes of cargo via the Black Sea corridor",
              "2024-07-17", "published", "more than 60 million tonnes"),
        ],
        ["Ukraine", "European Union", "Russia"],
    ),
    doc(
        "b128en03_explainer_draft_age_men_abroad_2024_11", "2024-11-29", EN03,
        [
            T("Wednesday", "DATE", "2024-11-27"),
            T("the same day", "DATE", "2024-11-27"),
            T("April", "DATE", "2024-04", 0),
            T("May 18", "DATE", "2024-05-18"),
            T("April", "DATE", "2024-04", 1),
            T("this month", "DATE", "2024-11"),
            T("April", "DATE", "2024-04", 2),
            T("Thursday", "DATE", "2024-11-28", 0),
            T("Friday", "DATE", "2024-11-29"),
            T("Thursday", "DATE", "2024-11-28", 1),
            T("Thursday morning", "TIME", "2024-11-28TMO"),
            T("early January", "DATE", "2025-01", mod="START"),
            T("January 20", "DATE", "2025-01-20"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("February", "DATE", "2025-02"),
        ],
        [
            E("US official: Ukraine should lower the mobilisation age to 18", "REQUEST", ["United States", "Ukraine"],
              "2024-11-27", "text", "occurred", "A senior official in the Biden administration"),
            E("Yermak rejects the call: Ukraine needs weapons, not younger conscripts", "REJECT",
              ["Andriy Yermak", "United States"], "2024-11-27", "text", "occurred", "Kyiv pushed back the same day"),
            E("Ukraine cut the mobilisation age from 27 to 25", "MOBILIZE", ["Ukraine"], "2024-04", "text",
              "occurred", "the age was cut from 27 in April"),
            E("Law requiring men of conscription age, also abroad, to register in force", "MOBILIZE", ["Ukraine"],
              "2024-05-18", "text", "occurred", "A law in force since May 18"),
            E("Consulates issue passports to men only with military registration documents", "COERCE", ["Ukraine"],
              "2024-04", "text", "occurred", "Since April, Ukrainian consulates", date_mod="START"),
            E("Kosiniak-Kamysz: Warsaw will not force anyone to return", "REJECT", ["Poland", "Ukraine"], "2024-11",
              "text", "occurred", "would not force anyone to return"),
            E("Lithuania offered to help Kyiv contact men liable for service", "AGREE", ["Ukraine"], "2024-04",
              "text", "occurred", "Lithuania offered in April"),
            E("Germany will deport no one", "REJECT", ["Germany", "Ukraine"], "2024-11-28", "text", "occurred",
              "it would deport no one"),
            E("Zelensky rejects lowering the mobilisation age", "REJECT", ["Volodymyr Zelensky", "United States"],
              "2024-11-29", "text", "occurred", "told Sky News on Friday"),
            E("Zakharova: Washington wants Ukrainians to fight to the last teenager", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-11-28", "text", "occurred", "to the last teenager"),
            E("Russian missile and drone attack on Ukraine's power grid", "ASSAULT", ["Russia", "Ukraine"],
              "2024-11-28TMO", "text", "occurred", "one of its largest attacks on Ukraine's power grid"),
            E("Austin to raise the issue with Umerov at the Ramstein meeting", "CONSULT",
              ["United States", "Rustem Umerov"], "2025-01", "text", "planned", "Lloyd Austin is expected",
              date_mod="START"),
            E("Rada to extend martial law and mobilisation", "MOBILIZE", ["Ukraine"], "2025-02", "text", "planned",
              "must extend martial law and mobilisation"),
        ],
        [
            S("United States", "Ukraine should lower its minimum mobilisation age from 25 to 18", "2024-11-27", "text",
              "A senior official in the Biden administration"),
            S("Andriy Yermak", "Ukraine needs weapons and training for existing brigades, not younger conscripts",
              "2024-11-27", "text", "Kyiv pushed back the same day"),
            S("European Union", "Eurostat: 4.2 million Ukrainians hold temporary protection, about 860,000 adult men",
              "2024-11-29", "published", "According to Eurostat"),
            S("Poland", "Kosiniak-Kamysz: Warsaw will not force anyone to return", "2024-11", "text",
              "would not force anyone to return"),
            S("Germany", "Will deport no one; the issue is for Ukraine to decide", "2024-11-28", "text",
              "it would deport no one"),
            S("Volodymyr Zelensky", "Lowering the age would not fix the equipment shortage; Ukraine will not sacrifice "
              "its youth", "2024-11-29", "text", "told Sky News on Friday"),
            S("Volodymyr Zelensky", "Wants men abroad to come home when able; those who left legally will not be "
              "punished", "2024-11-29", "context", "He said he wanted men abroad"),
            S("Maria Zakharova", "Washington wants Ukrainians to fight to the last teenager", "2024-11-28", "text",
              "to the last teenager"),
            S("Ukraine", "Air force: more than 90 missiles and nearly 100 drones", "2024-11-29", "published",
              "one of its largest attacks on Ukraine's power grid"),
        ],
        ["Joe Biden", "United States", "Ukraine", "Andriy Yermak", "European Union", "Poland", "Germany",
         "Volodymyr Zelensky", "Maria Zakharova", "Russia", "Rustem Umerov", "Donald Trump"],
    ),
    doc(
        "b128en04_krakow_young_men_exit_rule_2025_09", "2025-09-19", EN04,
        [
            T("three weeks ago", "DATE", "2025-W35"),
            T("Thursday", "DATE", "2025-09-18", 0),
            T("last year", "DATE", "2024", 0),
            T("Wednesday", "DATE", "2025-09-17"),
            T("the same evening", "TIME", "2025-09-17TEV"),
            T("Tuesday", "DATE", "2025-09-16"),
            T("Saturdays", "SET", "P1W"),
            T("next month", "DATE", "2025-10"),
            T("last week", "DATE", "2025-W37"),
            T("overnight into September 10", "TIME", "2025-09-09TNI", note="night of 9 to 10 September"),
            T("Thursday", "DATE", "2025-09-18", 1),
            T("August", "DATE", "2025-08"),
            T("monthly", "SET", "P1M"),
            T("last year", "DATE", "2024", 1),
            T("Saturday", "DATE", "2025-09-20"),
        ],
        [
            E("Kyiv lifted the exit ban for men aged 18 to 22", "CONCEDE", ["Ukraine"], "2025-W35", "text", "occurred",
              "since Kyiv lifted its exit ban"),
            E("Kierwiński: Warsaw expects Kyiv to share data on who is crossing", "REQUEST", ["Poland", "Ukraine"],
              "2025-09-17", "context", "occurred", "He said Warsaw expected Kyiv"),
            E("Kierwiński–Klymenko video call", "CONSULT", ["Poland", "Ukraine"], "2025-09-17TEV", "text", "occurred",
              "After a video call with his Ukrainian counterpart"),
            E("Polish and Ukrainian interior ministries agree on a joint working group", "AGREE", ["Poland", "Ukraine"],
              "2025-09-17TEV", "text", "occurred", "After a video call with his Ukrainian counterpart"),
            E("Nawrocki: young men should defend their country, not queue for Polish social support", "ACCUSE",
              ["Poland", "Ukraine"], "2025-09-16", "text", "occurred", "President Karol Nawrocki struck"),
            E("Russian drones enter Polish airspace", "ASSAULT", ["Russia", "Poland"], "2025-09-09TNI", "text",
              "occurred", "Russian drones entered Polish airspace"),
            E("Poland invokes Article 4 of the NATO treaty", "REQUEST", ["Poland", "NATO"], "2025-09-10", "context",
              "occurred", "Warsaw then invoked Article 4"),
            E("Peskov dismisses Polish accusations as groundless", "REJECT", ["Dmitry Peskov", "Poland"], "2025-09-18",
              "text", "occurred", "dismissed the accusations"),
            E("Peskov: the exit rule shows Ukrainians are voting with their feet", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-09-18", "context", "occurred", "voting with their feet"),
        ],
        [
            S("Poland", "Border Guard: more than 40,000 men aged 18 to 22 have entered Poland", "2025-09-18", "text",
              "More than 40,000 Ukrainian men"),
            S("Poland", "Kierwiński: Poland has no plans to close its doors", "2025-09-17", "text",
              "had no plans to close its doors"),
            S("Poland", "Kierwiński: Warsaw expects Kyiv to share data on who is crossing and why", "2025-09-17",
              "context", "He said Warsaw expected Kyiv"),
            S("Poland", "Nawrocki: young men should be defending their country, not queuing for social support",
              "2025-09-16", "text", "President Karol Nawrocki struck"),
            S("Ukraine", "Bodnar: the young men are students and workers, not deserters, and most will return",
              "2025-09-19", "published", "not deserters"),
            S("Donald Tusk", "Poland is closer to open conflict than at any time since the Second World War",
              "2025-09-10", "context", "Warsaw then invoked Article 4"),
            S("Dmitry Peskov", "The Polish accusations are groundless", "2025-09-18", "text",
              "dismissed the accusations"),
            S("Dmitry Peskov", "The exit rule shows that Ukrainians are voting with their feet", "2025-09-18", "context",
              "voting with their feet"),
        ],
        ["Ukraine", "Poland", "Russia", "NATO", "Donald Tusk", "Dmitry Peskov", "Kremlin"],
    ),
    doc(
        "b128en05_liveblog_lithuania_exit_rule_2025_12", "2025-12-09", EN05,
        [
            T("18:40 CET", "TIME", "2025-12-09T18:40", note=LIVE),
            T("Tuesday", "DATE", "2025-12-09"),
            T("March", "DATE", "2026-03"),
            T("17:05 CET", "TIME", "2025-12-09T17:05", note=LIVE),
            T("late August", "DATE", "2025-08", mod="END"),
            T("15:20 CET", "TIME", "2025-12-09T15:20", note=LIVE),
            T("August 28", "DATE", "2025-08-28"),
            T("13:45 CET", "TIME", "2025-12-09T13:45", note=LIVE),
            T("Thursday", "DATE", "2025-12-11"),
            T("April 1", "DATE", "2025-04-01"),
            T("11:30 CET", "TIME", "2025-12-09T11:30", note=LIVE),
            T("the weekend", "DATE", "2025-W49-WE"),
            T("09:10 CET", "TIME", "2025-12-09T09:10", note=LIVE),
            T("Monday", "DATE", "2025-12-08", 0),
            T("Monday evening", "TIME", "2025-12-08TEV"),
            T("08:00 CET", "TIME", "2025-12-09T08:00", note=LIVE),
            T("overnight", "TIME", "2025-12-08TNI", note="night of 8 to 9 December"),
        ],
        [
            E("Lithuanian parliament requires Ukrainian men to show a valid passport to renew residence permits",
              "SANCTION", ["Ukraine"], "2025-12-09", "text", "occurred", "Lithuania's parliament voted on Tuesday"),
            E("Ukraine's embassy to ask Lithuania for exemptions", "REQUEST", ["Ukraine"], "2025-12-09", "published",
              "planned", "would ask for exemptions"),
            E("Zelensky rejects calls from Berlin and Warsaw to reverse the exit rule", "REJECT",
              ["Volodymyr Zelensky", "Germany", "Poland"], "2025-12-09", "published", "occurred",
              "rejected calls from Berlin and Warsaw"),
            E("Men aged 18 to 22 allowed to leave Ukraine", "CONCEDE", ["Ukraine"], "2025-08", "text", "occurred",
              "rejected calls from Berlin and Warsaw", date_mod="END"),
            E("Zelensky meets Meloni in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"], "2025-12-09",
              "published", "occurred", "after meeting Italian Prime Minister Giorgia Meloni"),
            E("Bundestag first reading of the bill moving Ukrainians to asylum-seeker benefits", "SANCTION",
              ["Germany", "Ukraine"], "2025-12-11", "text", "planned", "the Bundestag is due to hold the first reading"),
            E("Ukrainian and American negotiators meet in Florida", "CONSULT", ["Ukraine", "United States"],
              "2025-W49-WE", "text", "occurred", "negotiators met in Florida"),
            E("Peskov: the departure of young men shows the real mood in Ukraine", "ACCUSE",
              ["Dmitry Peskov", "Ukraine"], "2025-12-09", "published", "occurred", "the real mood"),
            E("Zelensky meets Starmer, Macron and Merz in London", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"], "2025-12-08", "text",
              "occurred", "Zelensky met British Prime Minister Keir Starmer"),
            E("Zelensky holds talks with Rutte and von der Leyen in Brussels", "CONSULT",
              ["Volodymyr Zelensky", "Mark Rutte", "Ursula von der Leyen"], "2025-12-08TEV", "text", "occurred",
              "He then flew to Brussels"),
            E("Russian drone attack on Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2025-12-08TNI", "text", "occurred",
              "Russia launched 110 drones"),
        ],
        [
            S("Ukraine", "Embassy regrets the decision and will ask for exemptions", "2025-12-09", "published",
              "would ask for exemptions"),
            S("Volodymyr Zelensky", "Rejects calls to reverse the exit rule for men aged 18 to 22", "2025-12-09",
              "published", "rejected calls from Berlin and Warsaw"),
            S("Volodymyr Zelensky", "We will not lock our young people in", "2025-12-09", "context",
              "We will not lock our young people in"),
            S("Poland", "Border Guard: about 98,000 men aged 18 to 22 have entered Poland since 28 August",
              "2025-12-09", "published", "about 98,000 Ukrainian men"),
            S("Poland", "Mroczek: far fewer stay, many travel on to Germany and the Czech Republic", "2025-12-09",
              "published", "Czesław Mroczek"),
            S("Germany", "Kornelius: the change is about fairness, not about sending anyone to the front",
              "2025-12-09", "published", "Stefan Kornelius"),
            S("Yuri Ushakov", "Moscow has not yet received revised US proposals", "2025-12-09", "published",
              "Yuri Ushakov said"),
            S("Dmitry Peskov", "The departure of young Ukrainian men shows the real mood in Ukraine", "2025-12-09",
              "published", "the real mood"),
            S("Ukraine", "Air force: 110 drones launched overnight, most shot down", "2025-12-09", "published",
              "Russia launched 110 drones"),
        ],
        ["Ukraine", "Volodymyr Zelensky", "Germany", "Poland", "Giorgia Meloni", "Yuri Ushakov", "Kremlin", "Russia",
         "United States", "Dmitry Peskov", "Keir Starmer", "United Kingdom", "Emmanuel Macron", "France",
         "Friedrich Merz", "NATO", "Mark Rutte", "Ursula von der Leyen", "European Union"],
    ),
    doc(
        "b128en06_lithuania_recruit_volunteers_2025_03", "2025-03-21", EN06,
        [
            T("Thursday", "DATE", "2025-03-20", 0),
            T("June", "DATE", "2025-06"),
            T("Friday", "DATE", "2025-03-21"),
            T("March 2022", "DATE", "2022-03"),
            T("last year", "DATE", "2024"),
            T("March 2026", "DATE", "2026-03"),
            T("last October", "DATE", "2024-10"),
            T("January", "DATE", "2025-01"),
            T("last week", "DATE", "2025-W11"),
            T("30-day", "DURATION", "P30D"),
            T("Tuesday", "DATE", "2025-03-18"),
            T("30 days", "DURATION", "P30D"),
            T("Thursday", "DATE", "2025-03-20", 1),
            T("Thursday morning", "TIME", "2025-03-20TMO"),
            T("next Wednesday", "DATE", "2025-03-26"),
        ],
        [
            E("Lithuania to let Ukraine recruit volunteers among Ukrainian men in the country", "AGREE", ["Ukraine"],
              "2025-03-20", "text", "occurred", "Lithuania will allow Ukraine to recruit"),
            E("Šakalienė meets Umerov in Vilnius", "CONSULT", ["Rustem Umerov"], "2025-03-20", "context", "occurred",
              "she said after meeting Ukrainian Defence Minister"),
            E("Lithuanian instructors to train the first group of volunteers", "COOPERATE", ["Ukraine"], "2025-06",
              "text", "planned", "The first group is due to start training"),
            E("Umerov thanks Lithuania", "SUPPORT", ["Rustem Umerov"], "2025-03-20", "context", "occurred",
              "a strong signal of solidarity"),
            E("Umerov hopes other host countries will follow", "REQUEST", ["Rustem Umerov"], "2025-03-20", "context",
              "occurred", "a strong signal of solidarity"),
            E("Paluckas: no one will lose his residence permit for refusing", "REJECT", ["Ukraine"], "2025-03-21",
              "text", "occurred", "Gintautas Paluckas"),
            E("Lithuania hosts Ukrainians under temporary protection", "AID", ["Ukraine"], "2022-03", "text",
              "occurred", "since March 2022", date_mod="START"),
            E("EU governments agree to extend temporary protection until March 2026", "AGREE",
              ["European Union", "Ukraine"], "2024", "text", "occurred", "since March 2022"),
            E("Ukrainian Legion in Poland began recruiting", "MOBILIZE", ["Ukraine", "Poland"], "2024-10", "text",
              "occurred", "A similar Ukrainian Legion in Poland"),
            E("Ukraine accepts the US proposal for a 30-day ceasefire in Jeddah", "AGREE", ["Ukraine", "United States"],
              "2025-W11", "text", "occurred", "Ukraine agreed in Jeddah"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text",
              "occurred", "agreed in a phone call on Tuesday"),
            E("Trump and Putin agree to halt strikes on energy infrastructure for 30 days", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred", "agreed in a phone call on Tuesday"),
            E("Zakharova: Vilnius is turning refugees into cannon fodder", "ACCUSE", ["Maria Zakharova"], "2025-03-20",
              "text", "occurred", "cannon fodder"),
            E("Zakharova warns Lithuania will bear full responsibility", "THREATEN", ["Maria Zakharova"],
              "2025-03-20", "context", "occurred", "bear full responsibility"),
        ],
        [
            S("Rustem Umerov", "Thanks Lithuania for a strong signal of solidarity; hopes other host countries follow",
              "2025-03-20", "context", "a strong signal of solidarity"),
            S("Poland", "Kosiniak-Kamysz: the Legion will continue despite the low numbers", "2025-01", "text",
              "would continue despite the low numbers"),
            S("Maria Zakharova", "Vilnius is turning refugees into cannon fodder", "2025-03-20", "text",
              "cannon fodder"),
            S("Maria Zakharova", "Lithuania will bear full responsibility for the consequences", "2025-03-20",
              "context", "bear full responsibility"),
            S("Ukraine", "Embassy: more than 300 inquiries since Thursday morning", "2025-03-21", "published",
              "more than 300 inquiries"),
        ],
        ["Ukraine", "Rustem Umerov", "European Union", "Poland", "United States", "Russia", "Donald Trump",
         "Vladimir Putin", "Maria Zakharova"],
    ),
]
