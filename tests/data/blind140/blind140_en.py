"""English articles of the blind140 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b140en01 (Maclean's)
EN01 = """
Canada becomes first G7 country to ban Russian crude as Ottawa widens sanctions

OTTAWA — Canada will ban all imports of crude oil from Russia, Prime Minister Justin Trudeau announced Monday, making it the first member of the Group of Seven to shut its market to Russian oil since Moscow invaded Ukraine last Thursday.
"Russia's oil industry has profited enormously from the sale of its natural resources," Trudeau told reporters in Ottawa, adding that the ban would cut off a source of revenue for President Vladimir Putin.
Canada has imported little Russian crude since 2019, but officials said the decision was meant to encourage allies to follow.
Trudeau also said Canada would send Ukraine 100 Carl Gustaf anti-tank weapon systems and 2,000 rockets, on top of helmets, body armour and night-vision goggles announced on Sunday.

Deputy Prime Minister and Finance Minister Chrystia Freeland said on Monday that Canada was barring all transactions with the Central Bank of Russia.
Washington, the European Union, Britain, France, Germany, Italy and Canada agreed on Saturday to cut off Russia's central bank from its foreign reserves and to remove selected Russian banks from the SWIFT payment system.
"We are going after Putin's war chest," said Freeland, whose grandparents emigrated from Ukraine.

On Sunday, Transport Minister Omar Alghabra closed Canadian airspace to all Russian-owned or Russian-operated aircraft.
Moscow retaliated on Monday by barring airlines from Canada and 35 other countries from Russian skies.
An Antonov An-124 freighter of the Russian carrier Volga-Dnepr that landed at Toronto Pearson airport on Sunday with a load of COVID-19 test kits has been unable to leave, Transport Canada said.

Trudeau spoke with Ukrainian President Volodymyr Zelenskyy on Sunday, their fourth call since the invasion began.
Ukraine's ambassador to Canada, Yulia Kovaliv, welcomed the oil ban and urged Ottawa to send more lethal weapons, including air defence systems.
Russia's ambassador in Ottawa, Oleg Stepanov, called the Canadian measures "hostile" and accused Canada of "pouring oil on the fire" by arming Kyiv.
Kremlin spokesman Dmitry Peskov said on Monday that Western sanctions were "heavy" but that Russia had the capacity to limit the damage.

Near the city of Gomel, Russian and Ukrainian delegations held about five hours of talks on Monday without a breakthrough, but agreed to meet again.
Foreign Affairs Minister Mélanie Joly will meet her Polish counterpart Zbigniew Rau later this week.
Trudeau is expected in Europe next week for talks with British Prime Minister Boris Johnson, German Chancellor Olaf Scholz and Polish President Andrzej Duda.
"""

# ---------------------------------------------------------------- b140en02 (CityNews live blog)
EN02 = """
Russia-Ukraine war live: Trudeau makes surprise visit to Irpin and Kyiv, reopens Canadian embassy

7:55 p.m. ET: Kremlin spokesman Dmitry Peskov said President Vladimir Putin would address the Victory Day parade on Red Square on Monday.
He dismissed as "nonsense" Western reports that Putin would use the speech to formally declare war on Ukraine.

6:30 p.m. ET: The United States announced new sanctions against three major Russian television stations and executives of Gazprombank, and barred American firms from providing accounting and consulting services to Russian companies.
The White House said the measures were coordinated with the other G7 countries.

5:10 p.m. ET: Leaders of the G7, including U.S. President Joe Biden, German Chancellor Olaf Scholz and British Prime Minister Boris Johnson, held a video call with Zelenskyy and committed to phasing out or banning imports of Russian oil.
Trudeau joined the call from Kyiv, his office said.

3:45 p.m. ET: After talks with Trudeau in Kyiv, Zelenskyy thanked Canada for being "one of our most reliable partners" and asked for more heavy weapons.
"Canada was among the first to respond to our needs, and we will not forget it," Zelenskyy told a joint news conference.

2:20 p.m. ET: Trudeau announced $50 million in new military aid, including drone cameras, satellite imagery and small-arms ammunition, and sanctions on 40 Russian individuals and five companies in the defence sector.
Canada will also ban the export of services to Russia's oil, gas and chemical industries and will seek to lift tariffs on all imports from Ukraine for one year.

1:05 p.m. ET: Trudeau and Foreign Affairs Minister Mélanie Joly reopened Canada's embassy in Kyiv, which was moved to Lviv and then to Poland in February.

11:40 a.m. ET: Trudeau toured Irpin, the Kyiv suburb where Ukrainian officials say Russian troops killed dozens of civilians before they withdrew at the end of March.
He laid flowers at a memorial and walked through streets of burned-out apartment blocks with the town's mayor.

10:15 a.m. ET: Prime Minister Justin Trudeau is in Ukraine on an unannounced visit, the mayor of Irpin said on Telegram, the Canadian leader's first trip to the country since Russia invaded on Feb. 24.

9:00 a.m. ET: Up to 60 people are feared dead after a Russian bomb hit a school in the village of Bilohorivka in the Luhansk region on Saturday, regional governor Serhiy Haidai said.
About 90 people had been sheltering in the building's basement.

8:10 a.m. ET: Ukraine's Deputy Prime Minister Iryna Vereshchuk said all women, children and elderly people had been evacuated from the besieged Azovstal steel plant in Mariupol on Saturday in an operation with the United Nations and the Red Cross.
"""

# ---------------------------------------------------------------- b140en03 (Calgary Herald)
EN03 = """
Canada to buy U.S.-made NASAMS air defence system for Ukraine, Trudeau says

MEXICO CITY — Canada will buy a U.S.-made National Advanced Surface-to-Air Missile System, known as NASAMS, and donate it to Ukraine, Prime Minister Justin Trudeau announced Tuesday as the North American Leaders' Summit wrapped up in the Mexican capital.
The purchase, worth about $406 million, is the largest single item of military equipment Canada has pledged to Kyiv since Russia's full-scale invasion in February last year.
Trudeau said he had told Ukrainian President Volodymyr Zelenskyy about the decision in a phone call on Tuesday morning and had discussed the purchase with U.S. President Joe Biden during their bilateral talks earlier in the day.
Zelenskyy thanked Canada on Twitter for "a powerful defence decision" and said the system would help protect Ukrainian cities from "Russian terror from the sky."

Since October, Russia has fired waves of cruise missiles and Iranian-made drones at Ukraine's power plants and substations, leaving millions of people without heat or light.
The United States has already sent two NASAMS units, which entered service in Ukraine in November.
Defence Minister Anita Anand said Canada would work with Washington to get the system to Ukraine "as quickly as possible," but gave no delivery date.

Speaking alongside Trudeau and Mexican President Andrés Manuel López Obrador at the closing news conference, Biden said the three countries "stand united" behind Ukraine.
López Obrador, whose government does not send weapons to Kyiv, repeated his call on Moscow and Kyiv to negotiate.
Russia's embassy in Ottawa said the purchase would "only prolong the agony" and accused Canada of becoming "a direct participant in the conflict."

The announcement came as fierce fighting raged around the eastern town of Soledar, where Russia's Wagner mercenary group claimed on Tuesday to have taken control, a claim Kyiv denied.
In Warsaw, Polish President Andrzej Duda said on Wednesday that Poland would send a company of Leopard 2 tanks to Ukraine as part of a wider coalition, and urged Germany to allow the transfer of the German-made tanks.
Defence ministers of Ukraine's allies will meet at Ramstein Air Base in Germany on Jan. 20 at the invitation of U.S. Defense Secretary Lloyd Austin.
Canada has committed more than $1 billion in military aid to Ukraine since the invasion, including M777 howitzers, armoured vehicles and winter clothing.
"""

# ---------------------------------------------------------------- b140en04 (Edmonton Journal)
EN04 = """
Ukrainians who fled to Canada get a path to stay for good — if they have family here

EDMONTON — Ukrainians who came to Canada under the emergency travel program launched after Russia's invasion can now apply for permanent residence if they have a close relative who is a Canadian citizen or permanent resident, Immigration Minister Marc Miller announced Monday.
The pathway opened the same day, charges no processing fee and has no cap on the number of applications, Miller told reporters at a Ukrainian community centre in north Edmonton.
Since the Canada-Ukraine Authorization for Emergency Travel (CUAET) was launched in March 2022, Ottawa has approved more than 960,000 applications and about 200,000 Ukrainians have arrived, according to Immigration, Refugees and Citizenship Canada.
The program stopped accepting new applications on July 15, but those already approved have until March 31 next year to arrive and can stay for three years.

Ukraine's ambassador to Canada, Yulia Kovaliv, welcomed the decision but said Kyiv hoped that many of its citizens would eventually return to help rebuild the country.
The Ukrainian Canadian Congress, which had lobbied for the change since the spring, called on Ottawa to open the pathway to all CUAET holders, not only those with family in Canada.

For Olena Marchenko, a 41-year-old accountant from Kharkiv who arrived in Edmonton with her two sons in August last year, the announcement came as a relief.
"Every month I was asking myself what happens when the three years are over," she said.
Her sister has lived in Alberta since 2009.

The announcement comes as Russian forces press a major offensive around the eastern town of Avdiivka that began on Oct. 10, and as U.S. President Joe Biden seeks $61 billion in new aid for Ukraine as part of a $106-billion request he sent to Congress on Friday.
In Moscow, Kremlin spokesman Dmitry Peskov said Monday that Western aid would "not change the situation on the front line."
Andriy Yermak, the head of Zelenskyy's office, said national security advisers from more than 50 countries would meet in Malta this weekend to discuss Ukraine's peace formula.
President Volodymyr Zelenskyy thanked Canadians for taking in his compatriots during his visit to Ottawa last month, when he and Prime Minister Justin Trudeau signed an updated free-trade agreement.
"""

# ---------------------------------------------------------------- b140en05 (Canadian Lawyer)
EN05 = """
Ottawa asks court to forfeit Russian An-124 stranded at Pearson and give it to Ukraine

TORONTO — The federal government has asked the Ontario Superior Court of Justice to order the forfeiture of a Russian Antonov An-124 cargo plane that has been parked at Toronto Pearson International Airport for more than two years, so that it can be handed over to Ukraine.
Attorney General Arif Virani filed the application on Tuesday under the Special Economic Measures Act, which since 2022 allows Ottawa to forfeit assets seized from sanctioned Russian entities and to use the proceeds to rebuild Ukraine or compensate victims of the war.
The jet, operated by the sanctioned carrier Volga-Dnepr, landed at Pearson on Feb. 27, 2022; Canada closed its airspace to Russian aircraft the same day, and the plane was seized by government order in June last year.
Prime Minister Justin Trudeau announced that seizure during his visit to Kyiv.

It is only the second forfeiture application under the law.
The first, filed in December 2022, concerns $26 million held by a Canadian company allegedly linked to Russian oligarch Roman Abramovich and is still before the courts.
"These two files will set the rules for how far Canada can go," said Jennifer Klein, a Toronto sanctions lawyer.

Volga-Dnepr said in a statement that it would oppose the application and called the seizure "an act of state piracy."
The Russian Embassy in Ottawa said on Wednesday that Canada was engaged in "legalized theft" and warned that Canadian property in Russia could face "reciprocal measures."
Kremlin spokesman Dmitry Peskov said Western attempts to take Russian assets were "illegal" and would "not go unanswered."
Ukraine's ambassador to Canada, Yulia Kovaliv, thanked Ottawa and said the plane would help the Kyiv-based Antonov company, whose giant An-225 Mriya was destroyed by Russian troops at Hostomel airfield near Kyiv in February 2022.

Foreign Affairs Minister Mélanie Joly said Canada would "keep using every tool" to hold Russia to account.
On Feb. 24, the second anniversary of the full-scale invasion, Ottawa added more than 150 individuals and entities to its Russia sanctions list, and Trudeau signed a security agreement with President Volodymyr Zelenskyy in Kyiv.
Also on Tuesday, the Pentagon announced a $300-million package of weapons for Ukraine, its first since December, as a $60-billion aid bill remains stalled in the U.S. House of Representatives.
Russia's presidential election, which Canada has said it will not recognize in the occupied parts of Ukraine, runs from Friday to Sunday.
"""

# ---------------------------------------------------------------- b140en06 (The Hill Times, interview)
EN06 = """
Anand says Canada ready to help guarantee Ukraine's security, calls Russian incursions 'reckless'

OTTAWA — Canada is prepared to contribute to a multinational force to help secure a future ceasefire in Ukraine, including with troops if needed, Foreign Affairs Minister Anita Anand said on Sunday.
"We are not ruling anything out," Anand told CTV's Question Period, adding that any Canadian contribution would depend on a ceasefire being reached first and on a clear mandate.
Prime Minister Mark Carney made a similar pledge during his visit to Kyiv on Aug. 24, Ukraine's Independence Day.
At a meeting in Paris on Sept. 4 co-chaired by French President Emmanuel Macron and British Prime Minister Keir Starmer, with Ukrainian President Volodymyr Zelenskyy in attendance, 26 countries, Canada among them, committed to providing such reassurance once the fighting stops.

Anand called the Russian drone incursion into Poland on Sept. 10 and Friday's violation of Estonian airspace by three Russian MiG-31 fighter jets "reckless and dangerous," and said Moscow was "testing NATO's resolve."
Estonia has requested consultations under Article 4 of NATO's founding treaty, and the North Atlantic Council will meet on Tuesday.
Kremlin spokesman Dmitry Peskov said Monday that the accusations were "baseless" and part of an "anti-Russian hysteria."
The Russian Defence Ministry said the jets had flown over neutral waters of the Baltic Sea.

Asked about U.S. President Donald Trump's peace efforts, Anand said Canada supported them, but that Russian President Vladimir Putin had "shown no interest in peace" since meeting Trump in Alaska on Aug. 15.
Trump is due to meet Zelenskyy on the sidelines of the UN General Assembly in New York on Tuesday.
Anand will also attend the General Assembly this week, where she plans to meet Ukrainian Foreign Minister Andrii Sybiha and co-host a meeting of the International Coalition for the Return of Ukrainian Children.

On Friday, Canada imposed sanctions on 35 vessels of Russia's shadow fleet and on eight companies that help Moscow sell oil above the G7 price cap.
Anand also confirmed that Canada will contribute US$500 million to NATO's Prioritized Ukraine Requirements List, which buys American weapons for Kyiv.
The Russian Embassy in Ottawa said in a statement that Canada was "prolonging the bloodshed" by arming Kyiv.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (ET, UTC-4)"

DOCS = [
    doc(
        "b140en01_canada_russian_crude_ban_2022_03", "2022-03-01", EN01,
        [
            T("Monday", "DATE", "2022-02-28", 0),
            T("last Thursday", "DATE", "2022-02-24"),
            T("2019", "DATE", "2019"),
            T("Sunday", "DATE", "2022-02-27", 0),
            T("Monday", "DATE", "2022-02-28", 1),
            T("Saturday", "DATE", "2022-02-26"),
            T("Sunday", "DATE", "2022-02-27", 1),
            T("Monday", "DATE", "2022-02-28", 2),
            T("Sunday", "DATE", "2022-02-27", 2),
            T("Sunday", "DATE", "2022-02-27", 3),
            T("Monday", "DATE", "2022-02-28", 3),
            T("about five hours", "DURATION", "PT5H", mod="APPROX"),
            T("Monday", "DATE", "2022-02-28", 4),
            T("this week", "DATE", "2022-W09"),
            T("next week", "DATE", "2022-W10"),
        ],
        [
            E("Canada bans imports of Russian crude oil", "SANCTION", ["Russia"], "2022-02-28", "text", "occurred",
              "Canada will ban all imports of crude oil"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "Canada will ban all imports of crude oil"),
            E("Canada to send anti-tank weapons and rockets to Ukraine", "AID", ["Ukraine"], "2022-02-28", "context",
              "occurred", "Trudeau also said Canada would send"),
            E("Canada announced helmets, body armour and night-vision goggles for Ukraine", "AID", ["Ukraine"],
              "2022-02-27", "text", "occurred", "Trudeau also said Canada would send"),
            E("Canada bars all transactions with the Central Bank of Russia", "SANCTION", ["Russia"], "2022-02-28",
              "text", "occurred", "Canada was barring all transactions"),
            E("Western allies agree to cut off Russia's central bank and remove banks from SWIFT", "SANCTION",
              ["United States", "European Union", "United Kingdom", "France", "Germany", "Russia"], "2022-02-26",
              "text", "occurred", "agreed on Saturday to cut off"),
            E("Canada closes its airspace to Russian aircraft", "SANCTION", ["Russia"], "2022-02-27", "text",
              "occurred", "closed Canadian airspace"),
            E("Russia bars Canadian airlines from its airspace", "SANCTION", ["Russia"], "2022-02-28", "text",
              "occurred", "Moscow retaliated on Monday"),
            E("Trudeau–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2022-02-27", "text", "occurred",
              "Trudeau spoke with Ukrainian President"),
            E("Ukraine's ambassador welcomes the oil ban", "SUPPORT", ["Ukraine"], "2022-03-01", "published",
              "occurred", "welcomed the oil ban"),
            E("Ukraine's ambassador urges Canada to send more lethal weapons", "REQUEST", ["Ukraine"], "2022-03-01",
              "published", "occurred", "welcomed the oil ban"),
            E("Russian ambassador accuses Canada of pouring oil on the fire", "ACCUSE", ["Russia"], "2022-03-01",
              "published", "occurred", "Oleg Stepanov"),
            E("Russian and Ukrainian delegations hold talks near Gomel", "CONSULT", ["Russia", "Ukraine"],
              "2022-02-28", "text", "occurred", "Near the city of Gomel"),
            E("Russia and Ukraine agree to meet again", "AGREE", ["Russia", "Ukraine"], "2022-02-28", "context",
              "occurred", "Near the city of Gomel"),
            E("Joly to meet Polish foreign minister Rau", "CONSULT", ["Poland"], "2022-W09", "text", "planned",
              "will meet her Polish counterpart"),
            E("Trudeau to hold talks with Johnson, Scholz and Duda in Europe", "CONSULT",
              ["United Kingdom", "Olaf Scholz", "Poland"], "2022-W10", "text", "planned",
              "Trudeau is expected in Europe"),
        ],
        [
            S("Ukraine", "Ambassador Kovaliv welcomes the oil ban and asks for more lethal weapons, including air "
              "defence", "2022-03-01", "published", "welcomed the oil ban"),
            S("Russia", "Ambassador Stepanov: the measures are hostile; Canada is pouring oil on the fire",
              "2022-03-01", "published", "Oleg Stepanov"),
            S("Dmitry Peskov", "Western sanctions are heavy but Russia can limit the damage", "2022-02-28", "text",
              "Kremlin spokesman Dmitry Peskov said on Monday"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "United States", "European Union", "United Kingdom", "France",
         "Germany", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov", "Poland", "Olaf Scholz"],
    ),
    doc(
        "b140en02_liveblog_trudeau_irpin_kyiv_2022_05", "2022-05-08", EN02,
        [
            T("7:55 p.m. ET", "TIME", "2022-05-08T19:55", note=LIVE),
            T("Monday", "DATE", "2022-05-09"),
            T("6:30 p.m. ET", "TIME", "2022-05-08T18:30", note=LIVE),
            T("5:10 p.m. ET", "TIME", "2022-05-08T17:10", note=LIVE),
            T("3:45 p.m. ET", "TIME", "2022-05-08T15:45", note=LIVE),
            T("2:20 p.m. ET", "TIME", "2022-05-08T14:20", note=LIVE),
            T("one year", "DURATION", "P1Y"),
            T("1:05 p.m. ET", "TIME", "2022-05-08T13:05", note=LIVE),
            T("February", "DATE", "2022-02"),
            T("11:40 a.m. ET", "TIME", "2022-05-08T11:40", note=LIVE),
            T("the end of March", "DATE", "2022-03", mod="END"),
            T("10:15 a.m. ET", "TIME", "2022-05-08T10:15", note=LIVE),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("9:00 a.m. ET", "TIME", "2022-05-08T09:00", note=LIVE),
            T("Saturday", "DATE", "2022-05-07", 0),
            T("8:10 a.m. ET", "TIME", "2022-05-08T08:10", note=LIVE),
            T("Saturday", "DATE", "2022-05-07", 1),
        ],
        [
            E("US sanctions Russian TV stations and Gazprombank executives and bans consulting services", "SANCTION",
              ["United States", "Russia"], "2022-05-08", "published", "occurred",
              "The United States announced new sanctions"),
            E("G7 leaders hold a video call with Zelensky", "CONSULT",
              ["Joe Biden", "Olaf Scholz", "United Kingdom", "Volodymyr Zelensky"], "2022-05-08", "published",
              "occurred", "Leaders of the G7"),
            E("G7 leaders commit to phasing out or banning Russian oil imports", "AGREE",
              ["Joe Biden", "Olaf Scholz", "United Kingdom"], "2022-05-08", "published", "occurred",
              "Leaders of the G7"),
            E("Trudeau holds talks with Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2022-05-08",
              "published", "occurred", "After talks with Trudeau in Kyiv"),
            E("Zelensky thanks Canada", "SUPPORT", ["Volodymyr Zelensky"], "2022-05-08", "published", "occurred",
              "After talks with Trudeau in Kyiv"),
            E("Zelensky asks Canada for more heavy weapons", "REQUEST", ["Volodymyr Zelensky"], "2022-05-08",
              "published", "occurred", "After talks with Trudeau in Kyiv"),
            E("Canada announces 50 million dollars in military aid", "AID", ["Ukraine"], "2022-05-08", "published",
              "occurred", "Trudeau announced $50 million"),
            E("Canada sanctions 40 Russian individuals and five defence companies", "SANCTION", ["Russia"],
              "2022-05-08", "published", "occurred", "Trudeau announced $50 million"),
            E("Canada to ban services exports to Russia's oil, gas and chemical industries", "SANCTION", ["Russia"],
              "2022-05-08", "published", "planned", "Canada will also ban the export"),
            E("Canada to lift tariffs on imports from Ukraine for one year", "AID", ["Ukraine"], "2022-05-08",
              "published", "planned", "Canada will also ban the export"),
            E("Canada reopens its embassy in Kyiv", "COOPERATE", ["Ukraine"], "2022-05-08", "published", "occurred",
              "reopened Canada's embassy"),
            E("Russian troops killed civilians in Irpin", "ASSAULT", ["Russia", "Ukraine"], "2022-03", "context",
              "occurred", "Trudeau toured Irpin"),
            E("Russian troops withdrew from Irpin at the end of March", "RETREAT", ["Russia", "Ukraine"],
              "2022-03", "text", "occurred", "Trudeau toured Irpin", date_mod="END"),
            E("Russia invades Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
              "the Canadian leader's first trip"),
            E("Russian bomb hits a school in Bilohorivka", "ASSAULT", ["Russia", "Ukraine"], "2022-05-07", "text",
              "occurred", "Up to 60 people are feared dead"),
            E("Evacuation of civilians from Azovstal with the UN and the Red Cross", "COOPERATE",
              ["Ukraine", "United Nations"], "2022-05-07", "text", "occurred", "Iryna Vereshchuk"),
        ],
        [
            S("Dmitry Peskov", "Putin will address the Victory Day parade on Red Square on Monday", "2022-05-08",
              "published", "would address the Victory Day parade"),
            S("Dmitry Peskov", "Reports that Putin will formally declare war on Ukraine are nonsense", "2022-05-08",
              "published", "He dismissed as"),
            S("White House", "The measures were coordinated with the other G7 countries", "2022-05-08", "published",
              "The White House said"),
            S("Volodymyr Zelensky", "Thanks Canada as one of Ukraine's most reliable partners; asks for more heavy "
              "weapons", "2022-05-08", "published", "After talks with Trudeau in Kyiv"),
            S("Volodymyr Zelensky", "Canada was among the first to respond to Ukraine's needs; Ukraine will not forget "
              "it", "2022-05-08", "context", "Canada was among the first"),
            S("Ukraine", "Officials: Russian troops killed dozens of civilians in Irpin", "2022-05-08", "published",
              "Trudeau toured Irpin"),
            S("Ukraine", "Governor Haidai: up to 60 people feared dead in Bilohorivka", "2022-05-08", "published",
              "Up to 60 people are feared dead"),
            S("Ukraine", "Vereshchuk: all women, children and elderly people evacuated from Azovstal", "2022-05-08",
              "published", "Iryna Vereshchuk"),
        ],
        ["Kremlin", "Dmitry Peskov", "Vladimir Putin", "Ukraine", "United States", "Russia", "White House",
         "Joe Biden", "Olaf Scholz", "Germany", "United Kingdom", "Volodymyr Zelensky", "United Nations"],
    ),
    doc(
        "b140en03_canada_nasams_mexico_city_2023_01", "2023-01-11", EN03,
        [
            T("Tuesday", "DATE", "2023-01-10", 0),
            T("February last year", "DATE", "2022-02"),
            T("Tuesday morning", "TIME", "2023-01-10TMO"),
            T("October", "DATE", "2022-10"),
            T("November", "DATE", "2022-11"),
            T("Tuesday", "DATE", "2023-01-10", 2),
            T("Wednesday", "DATE", "2023-01-11"),
            T("Jan. 20", "DATE", "2023-01-20"),
        ],
        [
            E("Canada to buy a NASAMS system and donate it to Ukraine", "AID", ["Ukraine"], "2023-01-10", "text",
              "occurred", "Canada will buy a U.S.-made"),
            E("Russia's full-scale invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "The purchase, worth about $406 million"),
            E("Trudeau–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2023-01-10TMO", "text", "occurred",
              "in a phone call on Tuesday morning"),
            E("Trudeau–Biden bilateral talks", "CONSULT", ["Joe Biden"], "2023-01-10", "context", "occurred",
              "in a phone call on Tuesday morning"),
            E("Zelensky thanks Canada for the NASAMS decision", "SUPPORT", ["Volodymyr Zelensky"], "2023-01-11",
              "published", "occurred", "Zelenskyy thanked Canada on Twitter"),
            E("Russian missile and drone strikes on Ukraine's power grid since October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10", "text", "occurred", "Since October, Russia has fired",
              date_mod="START"),
            E("US NASAMS units enter service in Ukraine", "AID", ["United States", "Ukraine"], "2022-11", "text",
              "occurred", "The United States has already sent"),
            E("Canada to work with Washington on delivering the system", "COOPERATE", ["United States"], "2023-01-11",
              "published", "planned", "Canada would work with Washington"),
            E("Biden: the three countries stand united behind Ukraine", "SUPPORT", ["Joe Biden", "Ukraine"],
              "2023-01-10", "context", "occurred", "Biden said the three countries"),
            E("López Obrador calls on Moscow and Kyiv to negotiate", "REQUEST", ["Russia", "Ukraine"], "2023-01-10",
              "context", "occurred", "repeated his call on Moscow and Kyiv"),
            E("Russian embassy accuses Canada of becoming a participant in the conflict", "ACCUSE", ["Russia"],
              "2023-01-11", "published", "occurred", "Russia's embassy in Ottawa said"),
            E("Fighting around Soledar", "ASSAULT", ["Russia", "Ukraine"], "2023-01-10", "context", "occurred",
              "fierce fighting raged"),
            E("Poland to send a company of Leopard 2 tanks to Ukraine", "AID", ["Poland", "Ukraine"], "2023-01-11",
              "text", "planned", "Polish President Andrzej Duda said on Wednesday"),
            E("Duda urges Germany to allow the transfer of Leopard tanks", "REQUEST", ["Poland", "Germany"],
              "2023-01-11", "context", "occurred", "Polish President Andrzej Duda said on Wednesday"),
            E("Meeting of Ukraine's allies at Ramstein hosted by Austin", "CONSULT", ["United States", "Ukraine"],
              "2023-01-20", "text", "planned", "Defence ministers of Ukraine's allies"),
            E("Canada has committed more than 1 billion dollars in military aid since the invasion", "AID",
              ["Ukraine"], "2022-02", "context", "occurred", "Canada has committed more than $1 billion",
              date_mod="START"),
        ],
        [
            S("Volodymyr Zelensky", "Thanks Canada for a powerful defence decision; the system will protect cities "
              "from Russian terror from the sky", "2023-01-11", "published", "Zelenskyy thanked Canada on Twitter"),
            S("Joe Biden", "The three countries stand united behind Ukraine", "2023-01-10", "context",
              "Biden said the three countries"),
            S("Russia", "Embassy: the purchase only prolongs the agony; Canada is a direct participant in the "
              "conflict", "2023-01-11", "published", "Russia's embassy in Ottawa said"),
            S("Ukraine", "Denies Wagner's claim to have taken Soledar", "2023-01-11", "published",
              "fierce fighting raged"),
            S("Poland", "Duda: Poland will send a company of Leopard 2 tanks within a coalition; Germany should allow "
              "the transfer", "2023-01-11", "text", "Polish President Andrzej Duda said on Wednesday"),
        ],
        ["Ukraine", "United States", "Russia", "Volodymyr Zelensky", "Joe Biden", "Poland", "Germany"],
    ),
    doc(
        "b140en04_cuaet_permanent_residence_2023_10", "2023-10-24", EN04,
        [
            T("now", "DATE", "PRESENT_REF"),
            T("Monday", "DATE", "2023-10-23", 0),
            T("the same day", "DATE", "2023-10-23"),
            T("March 2022", "DATE", "2022-03"),
            T("July 15", "DATE", "2023-07-15"),
            T("March 31 next year", "DATE", "2024-03-31"),
            T("three years", "DURATION", "P3Y", 0),
            T("the spring", "DATE", "2023-SP"),
            T("August last year", "DATE", "2022-08"),
            T("Every month", "SET", "P1M"),
            T("the three years", "DURATION", "P3Y"),
            T("2009", "DATE", "2009"),
            T("Oct. 10", "DATE", "2023-10-10"),
            T("Friday", "DATE", "2023-10-20"),
            T("Monday", "DATE", "2023-10-23", 1),
            T("this weekend", "DATE", "2023-W43-WE"),
            T("last month", "DATE", "2023-09"),
        ],
        [
            E("Canada opens a permanent-residence pathway for Ukrainians with family in Canada", "AID", ["Ukraine"],
              "2023-10-23", "text", "occurred", "can now apply for permanent residence"),
            E("Canada launched the CUAET programme", "AID", ["Ukraine"], "2022-03", "text", "occurred",
              "Since the Canada-Ukraine Authorization"),
            E("CUAET stops accepting new applications", "SANCTION", ["Ukraine"], "2023-07-15", "text", "occurred",
              "The program stopped accepting"),
            E("Ukraine's ambassador welcomes the pathway", "SUPPORT", ["Ukraine"], "2023-10-24", "published",
              "occurred", "Yulia Kovaliv, welcomed"),
            E("Russian offensive around Avdiivka", "ASSAULT", ["Russia", "Ukraine"], "2023-10-10", "text",
              "occurred", "Russian forces press a major offensive", date_mod="START"),
            E("Biden asks Congress for 106 billion dollars including 61 billion for Ukraine", "REQUEST",
              ["Joe Biden"], "2023-10-20", "text", "occurred", "Russian forces press a major offensive"),
            E("National security advisers to meet in Malta on Ukraine's peace formula", "CONSULT", ["Ukraine"],
              "2023-W43-WE", "text", "planned", "would meet in Malta"),
            E("Zelensky visits Ottawa", "CONSULT", ["Volodymyr Zelensky"], "2023-09", "text", "occurred",
              "during his visit to Ottawa last month"),
            E("Zelensky thanks Canadians for taking in Ukrainians", "SUPPORT", ["Volodymyr Zelensky"], "2023-09",
              "context", "occurred", "during his visit to Ottawa last month"),
            E("Zelensky and Trudeau sign an updated free-trade agreement", "AGREE", ["Volodymyr Zelensky"], "2023-09",
              "context", "occurred", "during his visit to Ottawa last month"),
        ],
        [
            S("Ukraine", "Kovaliv welcomes the pathway but hopes many Ukrainians will return to rebuild the country",
              "2023-10-24", "published", "Yulia Kovaliv, welcomed"),
            S("Dmitry Peskov", "Western aid will not change the situation on the front line", "2023-10-23", "text",
              "Kremlin spokesman Dmitry Peskov said Monday"),
            S("Andriy Yermak", "National security advisers from more than 50 countries will meet in Malta this "
              "weekend on the peace formula", "2023-10-24", "published", "would meet in Malta"),
            S("Volodymyr Zelensky", "Thanked Canadians for taking in his compatriots", "2023-09", "context",
              "during his visit to Ottawa last month"),
        ],
        ["Ukraine", "Russia", "Joe Biden", "United States", "Kremlin", "Dmitry Peskov", "Andriy Yermak",
         "Volodymyr Zelensky"],
    ),
    doc(
        "b140en05_an124_forfeiture_application_2024_03", "2024-03-13", EN05,
        [
            T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
            T("Tuesday", "DATE", "2024-03-12", 0),
            T("2022", "DATE", "2022", 0),
            T("Feb. 27, 2022", "DATE", "2022-02-27"),
            T("the same day", "DATE", "2022-02-27"),
            T("June last year", "DATE", "2023-06"),
            T("December 2022", "DATE", "2022-12"),
            T("Wednesday", "DATE", "2024-03-13"),
            T("February 2022", "DATE", "2022-02"),
            T("Feb. 24", "DATE", "2024-02-24"),
            T("Tuesday", "DATE", "2024-03-12", 1),
            T("December", "DATE", "2023-12", 1),
            T("Friday", "DATE", "2024-03-15"),
            T("Sunday", "DATE", "2024-03-17"),
        ],
        [
            E("Canada applies to forfeit the Russian An-124", "SANCTION", ["Russia"], "2024-03-12", "text",
              "occurred", "Attorney General Arif Virani filed"),
            E("The An-124 to be handed over to Ukraine", "AID", ["Ukraine"], "2024-03-13", "published", "planned",
              "The federal government has asked"),
            E("Canada closes its airspace to Russian aircraft", "SANCTION", ["Russia"], "2022-02-27", "text",
              "occurred", "Canada closed its airspace to Russian aircraft the same day"),
            E("Canada seizes the An-124 by government order", "SANCTION", ["Russia"], "2023-06", "text", "occurred",
              "Canada closed its airspace to Russian aircraft the same day"),
            E("Trudeau visits Kyiv", "CONSULT", ["Ukraine"], "2023-06", "context", "occurred",
              "announced that seizure during his visit to Kyiv"),
            E("First forfeiture application against Abramovich-linked funds", "SANCTION", ["Russia"], "2022-12",
              "text", "occurred", "The first, filed in December 2022"),
            E("Russian embassy calls the move legalized theft", "ACCUSE", ["Russia"], "2024-03-13", "text",
              "occurred", "The Russian Embassy in Ottawa said on Wednesday"),
            E("Russian embassy warns of reciprocal measures against Canadian property", "THREATEN", ["Russia"],
              "2024-03-13", "text", "occurred", "The Russian Embassy in Ottawa said on Wednesday"),
            E("Peskov calls Western seizures of Russian assets illegal", "ACCUSE", ["Dmitry Peskov"], "2024-03-13",
              "published", "occurred", "Western attempts to take Russian assets"),
            E("Peskov: the seizures will not go unanswered", "THREATEN", ["Dmitry Peskov"], "2024-03-13",
              "published", "occurred", "Western attempts to take Russian assets"),
            E("Ukraine's ambassador thanks Ottawa", "SUPPORT", ["Ukraine"], "2024-03-13", "published", "occurred",
              "thanked Ottawa"),
            E("Russian troops destroy the An-225 Mriya at Hostomel", "ASSAULT", ["Russia", "Ukraine"], "2022-02",
              "text", "occurred", "thanked Ottawa"),
            E("Joly vows to keep using every tool to hold Russia to account", "THREATEN", ["Russia"], "2024-03-13",
              "published", "occurred", "keep using every tool"),
            E("Canada adds more than 150 names to its Russia sanctions list", "SANCTION", ["Russia"], "2024-02-24",
              "text", "occurred", "On Feb. 24, the second anniversary"),
            E("Trudeau and Zelensky sign a security agreement in Kyiv", "AGREE", ["Volodymyr Zelensky"], "2024-02-24",
              "context", "occurred", "On Feb. 24, the second anniversary"),
            E("Pentagon announces a 300-million-dollar weapons package for Ukraine", "AID",
              ["United States", "Ukraine"], "2024-03-12", "text", "occurred", "the Pentagon announced"),
            E("Canada will not recognise Russia's presidential election in occupied parts of Ukraine", "REJECT",
              ["Russia"], "2024-03-13", "published", "occurred", "which Canada has said it will not recognize"),
        ],
        [
            S("Russia", "Embassy: Canada engages in legalized theft; Canadian property in Russia could face reciprocal "
              "measures", "2024-03-13", "text", "The Russian Embassy in Ottawa said on Wednesday"),
            S("Dmitry Peskov", "Western attempts to take Russian assets are illegal and will not go unanswered",
              "2024-03-13", "published", "Western attempts to take Russian assets"),
            S("Ukraine", "Kovaliv thanks Ottawa; the plane will help the Antonov company", "2024-03-13", "published",
              "thanked Ottawa"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "United States"],
    ),
    doc(
        "b140en06_anand_question_period_2025_09", "2025-09-22", EN06,
        [
            T("Sunday", "DATE", "2025-09-21"),
            T("Aug. 24", "DATE", "2025-08-24"),
            T("Independence Day", "DATE", "2025-08-24"),
            T("Sept. 4", "DATE", "2025-09-04"),
            T("Sept. 10", "DATE", "2025-09-10"),
            T("Friday", "DATE", "2025-09-19", 0),
            T("Tuesday", "DATE", "2025-09-23", 0),
            T("Monday", "DATE", "2025-09-22"),
            T("Aug. 15", "DATE", "2025-08-15"),
            T("Tuesday", "DATE", "2025-09-23", 1),
            T("this week", "DATE", "2025-W39"),
            T("Friday", "DATE", "2025-09-19", 1),
        ],
        [
            E("Canada ready to contribute troops to a multinational force after a ceasefire", "MOBILIZE", ["Ukraine"],
              "2025-09-21", "text", "planned", "Canada is prepared to contribute"),
            E("Carney visits Kyiv", "CONSULT", ["Ukraine"], "2025-08-24", "text", "occurred",
              "Prime Minister Mark Carney made a similar pledge"),
            E("Carney pledges a Canadian contribution to security guarantees", "MOBILIZE", ["Ukraine"], "2025-08-24",
              "context", "planned", "Prime Minister Mark Carney made a similar pledge"),
            E("Paris meeting co-chaired by Macron and Starmer with Zelensky", "CONSULT",
              ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"], "2025-09-04", "text", "occurred",
              "At a meeting in Paris on Sept. 4"),
            E("26 countries commit to providing reassurance to Ukraine after the fighting stops", "AGREE",
              ["Emmanuel Macron", "Keir Starmer", "Ukraine"], "2025-09-04", "text", "occurred",
              "At a meeting in Paris on Sept. 4"),
            E("Russian drone incursion into Poland", "ASSAULT", ["Russia", "Poland"], "2025-09-10", "text",
              "occurred", "Anand called the Russian drone incursion"),
            E("Russian MiG-31s violate Estonian airspace", "MOBILIZE", ["Russia"], "2025-09-19", "text", "occurred",
              "Anand called the Russian drone incursion"),
            E("Anand calls the incursions reckless and says Moscow is testing NATO", "ACCUSE", ["Russia"],
              "2025-09-21", "context", "occurred", "Anand called the Russian drone incursion"),
            E("Estonia requests NATO Article 4 consultations", "REQUEST", ["NATO"], "2025-09-22", "published",
              "occurred", "Estonia has requested consultations"),
            E("North Atlantic Council to meet", "CONSULT", ["NATO"], "2025-09-23", "text", "planned",
              "Estonia has requested consultations"),
            E("Peskov rejects the accusations as baseless", "REJECT", ["Dmitry Peskov"], "2025-09-22", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said Monday"),
            E("Canada supports Trump's peace efforts", "SUPPORT", ["Donald Trump"], "2025-09-21", "context",
              "occurred", "Asked about U.S. President Donald Trump"),
            E("Anand: Putin has shown no interest in peace", "ACCUSE", ["Vladimir Putin"], "2025-09-21", "context",
              "occurred", "Asked about U.S. President Donald Trump"),
            E("Trump–Putin meeting in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
              "occurred", "Asked about U.S. President Donald Trump"),
            E("Trump to meet Zelensky in New York", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"], "2025-09-23",
              "text", "planned", "Trump is due to meet Zelenskyy"),
            E("Anand to attend the UN General Assembly", "CONSULT", ["United Nations"], "2025-W39", "text", "planned",
              "Anand will also attend the General Assembly"),
            E("Anand to meet Sybiha", "CONSULT", ["Andrii Sybiha"], "2025-W39", "context", "planned",
              "Anand will also attend the General Assembly"),
            E("Anand to co-host a meeting of the coalition for the return of Ukrainian children", "CONSULT",
              ["Ukraine"], "2025-W39", "context", "planned", "Anand will also attend the General Assembly"),
            E("Canada sanctions 35 shadow-fleet vessels and eight companies", "SANCTION", ["Russia"], "2025-09-19",
              "text", "occurred", "On Friday, Canada imposed sanctions"),
            E("Canada contributes 500 million US dollars to NATO's PURL for Ukraine", "AID", ["Ukraine", "NATO"],
              "2025-09-21", "context", "occurred", "Anand also confirmed"),
            E("Russian embassy accuses Canada of prolonging the bloodshed", "ACCUSE", ["Russia"], "2025-09-22",
              "published", "occurred", "prolonging the bloodshed"),
        ],
        [
            S("Dmitry Peskov", "The accusations are baseless and part of an anti-Russian hysteria", "2025-09-22",
              "text", "Kremlin spokesman Dmitry Peskov said Monday"),
            S("Russia", "Defence ministry: the jets flew over neutral waters of the Baltic Sea", "2025-09-22",
              "published", "The Russian Defence Ministry said"),
            S("Russia", "Embassy: Canada is prolonging the bloodshed by arming Kyiv", "2025-09-22", "published",
              "prolonging the bloodshed"),
        ],
        ["Ukraine", "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Volodymyr Zelensky", "Russia",
         "Poland", "NATO", "Kremlin", "Dmitry Peskov", "Donald Trump", "United States", "Vladimir Putin",
         "United Nations", "Andrii Sybiha"],
    ),
]
