"""English articles of the blind95 set (fictionalised; written and annotated blind to the extraction code).

Theme: refugees and displacement diplomacy, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b95en01 (InfoMigrants)
EN01 = """
EU extends temporary protection for Ukrainians until March 2027: what you need to know

EU interior ministers on Friday agreed to extend the temporary protection granted to people who fled Russia's war in Ukraine by another year, until March 4, 2027.
The decision, taken at a meeting in Luxembourg, affects some 4.3 million people, most of them women and children, who live in the 27 member states.
It still has to be formally adopted, which is expected in the coming weeks.

The European Commission proposed the extension on June 4, together with a recommendation on how countries should prepare for the day protection ends.
Ministers also endorsed that recommendation on Friday.
It asks member states to help people move to other residence permits, for example for work or study, and to set up voluntary return programmes.
"Temporary protection was never meant to be permanent, but the war is not over," Migration Commissioner Magnus Brunner told reporters after the meeting.

Poland, which holds the rotating EU Council presidency and hosts nearly one million Ukrainians, pushed for the deal.
"As long as Russian bombs fall on Ukrainian cities, we will not send anyone back," Polish Interior Minister Tomasz Siemoniak said.
Germany hosts the largest number of beneficiaries, about 1.2 million, followed by Poland and Czechia.

Kyiv welcomed the decision but made clear it wants its citizens home.
Oleksiy Chernyshov, Ukraine's Minister for National Unity, said Ukraine would open so-called Unity Hubs in Berlin, Warsaw and Prague later this year to advise people on jobs and housing back home.
"Every Ukrainian abroad is a part of our recovery," he told InfoMigrants.
President Volodymyr Zelensky thanked the EU in his nightly video address on Friday.

The UN refugee agency UNHCR said it welcomed the extension and urged governments to give those who cannot return a clear path to longer-term residence.

What does this mean for you?
If you already have temporary protection, you do not need to apply for anything at EU level.
Several countries, however, have their own procedures: in Czechia, for example, holders must renew their visa online, and Poland plans to link some benefits to employment.
Check the website of your local immigration office, or contact a legal aid organisation, before your current document expires.
"""

# ---------------------------------------------------------------- b95en02 (Warsaw Business Journal)
EN02 = """
Poland starts suspending asylum claims at Belarus border, Ukrainian workforce unaffected

Poland on Thursday began turning away asylum applications from people crossing the border from Belarus, after President Andrzej Duda signed the enabling law late Wednesday.
The government adopted a regulation that suspends the right to file an asylum claim along the entire 418-kilometre border for 60 days.
Parliament will have to approve any extension.

Prime Minister Donald Tusk said the measure was a response to a "hybrid war" in which Minsk and Moscow fly in migrants from the Middle East and Africa and push them towards the fence.
"This is not a humanitarian crisis, this is an attack on Poland and on the European Union," Tusk told a press conference in Warsaw on Thursday morning.
He accused Belarusian leader Alexander Lukashenko and Russian President Vladimir Putin of using people as "living ammunition".

Unaccompanied minors, pregnant women, people in need of medical care and those who would face serious harm in Belarus remain exempt, the interior ministry said.
The rules do not apply at the crossings with Ukraine, through which most refugees from the war have entered Poland since February 2022.

The Belarusian foreign ministry rejected the accusations as "anti-Belarusian hysteria" and said Warsaw was violating international law.
The UN refugee agency UNHCR said it was deeply concerned and called on Poland to ensure that everyone seeking protection can have their claim heard.

Brussels has so far given Warsaw political cover.
Commission President Ursula von der Leyen said in December that member states facing weaponised migration could take exceptional measures, provided they respected fundamental rights.
At last week's EU summit, leaders backed language stating that exceptional situations require appropriate measures.

Business groups were quick to point out that the move does not concern the roughly one million Ukrainians working in Poland.
"Employers should not confuse border security with the labour market," said an economist at the Lewiatan confederation, adding that Ukrainian workers remain essential in construction, logistics and agriculture.
The zloty was little changed at 4.18 per euro on Thursday afternoon.
"""

# ---------------------------------------------------------------- b95en03 (Moldova.org)
EN03 = """
Moldova extends temporary protection for Ukrainian refugees for another year

The Government of the Republic of Moldova on Wednesday extended the temporary protection regime for people displaced from Ukraine until March 1, 2025.
The decision, approved at a cabinet meeting in Chișinău, keeps access to residence, work, medical care and schooling for some 50,000 holders of the status.
Temporary protection was introduced on March 1, 2023, with technical support from the UN refugee agency UNHCR and funding from the European Union.

Nearly one million people have crossed from Ukraine into Moldova since February 24, 2022, according to the General Inspectorate for Migration, and more than 115,000 remain in the country.
Prime Minister Dorin Recean said Moldova would "not close its doors to our neighbours for as long as the war lasts".

UNHCR welcomed the decision.
"Moldova has shown that even a small country with limited resources can offer protection with dignity," said Francesca Bonelli, the agency's representative in Chișinău.
She warned, however, that the inter-agency refugee response plan for 2024 has so far received only a tenth of the money it needs, and appealed to donors to step up.
On Tuesday the EU Delegation announced an additional 15 million euros for housing, cash assistance and schools hosting Ukrainian children.

Ukraine's ambassador in Chișinău, Marko Shevchenko, thanked the Moldovan authorities and said Kyiv was preparing programmes to help its citizens return once it is safe.

The decision came on a tense day for the country.
On Wednesday, a so-called congress of deputies in the separatist Transnistrian region on the left bank of the Dniester asked Moscow for "protection" against what it called economic pressure from Chișinău.
The Russian Foreign Ministry said protecting the residents of Transnistria, many of whom hold Russian passports, was "one of the priorities" and that the appeal would be considered carefully.
The Bureau for Reintegration in Chișinău dismissed the appeal as a propaganda event.

UN High Commissioner for Refugees Filippo Grandi is expected to visit Moldova next month, Moldova.org has learned.
"""

# ---------------------------------------------------------------- b95en04 (Manchester Evening News)
EN04 = """
Ukrainians in Greater Manchester given two more years as Home Office extends visa scheme

Thousands of Ukrainian families who found safety in Greater Manchester will be able to stay in the UK for a further two years, the government has confirmed.
The Home Office announced on Sunday that people on the Ukraine Permission Extension scheme can apply for an extra 24 months once their current permission runs out.
Those whose visas expire from September onwards will be able to apply online, and the application will be free.

The announcement came as Monday marked the third anniversary of Russia's full-scale invasion.
Prime Minister Sir Keir Starmer joined a video meeting of leaders hosted by President Volodymyr Zelensky in Kyiv on Monday morning and told him that Britain would stand with Ukraine "for as long as it takes".
Mr Zelensky thanked the UK for sheltering more than 200,000 of his fellow citizens since 2022.
Foreign Secretary David Lammy announced what the government called the largest package of sanctions against Russia since February 2022, targeting more than 100 ships, companies and individuals.
The Kremlin said the new measures would change nothing and accused London of prolonging the war.

Under the Homes for Ukraine scheme, launched in March 2022, members of the public opened their homes to refugees in return for monthly "thank you" payments.
Around 4,300 Ukrainians have arrived in Greater Manchester through the scheme, according to the Combined Authority.

Local charities welcomed the extension but said the uncertainty had taken a toll.
"Every renewal gives people eighteen months or two years of breathing space, and then the worry starts again," said Olena Kovalenko, who runs a support group for Ukrainian families in Stockport.
Refugee organisations are calling on ministers to offer a route to settlement, which the Home Office has so far ruled out.

Mayor Andy Burnham said the region was proud of its host families and urged councils to help Ukrainians move into longer-term housing.
A thanksgiving concert for host families will take place at Manchester Cathedral on Saturday evening.
"""

# ---------------------------------------------------------------- b95en05 (Sacramento Bee)
EN05 = """
Sacramento's Ukrainian families on edge as Trump weighs ending their legal status

Tens of thousands of Ukrainians who fled the war and settled in the Sacramento region are waiting anxiously after reports that the Trump administration is preparing to revoke the humanitarian parole that allows them to live and work in the United States.
The plan, first reported by Reuters on Thursday, could affect some 240,000 Ukrainians nationwide and take effect as soon as April, according to officials familiar with the discussions.

President Donald Trump told reporters at the White House on Thursday afternoon that he had not made a decision.
"I'm not looking to hurt anybody, and we'll be deciding soon," he said.
A spokesperson for the Department of Homeland Security said no final decision had been made and that all parole programs created under the previous administration were "under review."

Most of the affected families arrived through Uniting for Ukraine, the sponsorship program President Joe Biden launched on April 21, 2022, which let Americans sponsor Ukrainians for two years of parole.
The Department of Homeland Security stopped accepting new applications in late January, after Trump signed an executive order on his first day in office ordering a review of parole programs.

The Ukrainian Embassy in Washington said it had asked the administration to preserve the status of Ukrainians "who have found a temporary home in America while their own homes are being bombed."
The uncertainty follows the clash between Trump and President Volodymyr Zelensky in the Oval Office last Friday and the White House's decision on Monday to pause U.S. military aid to Kyiv.

Rep. Ami Bera, D-Elk Grove, said sending families back to a war zone would be "unconscionable" and that he had written to Homeland Security Secretary Kristi Noem.

Sacramento County is home to one of the largest Ukrainian and Slavic communities in the country, and local churches have sponsored hundreds of new arrivals since 2022.
"People are calling me every day asking if they should pack their bags," said Pastor Vasyl Melnyk of a Slavic Baptist congregation in Rancho Cordova.
Immigration attorneys urged parolees to apply for asylum or Temporary Protected Status before their parole expires.
The Slavic Community Center in Rancho Cordova will hold a free legal clinic on Saturday from 10 a.m.
"""

# ---------------------------------------------------------------- b95en06 (Rubryka)
EN06 = """
A ministry to bring people home: how Ukraine plans to reconnect with millions abroad

Ukraine now has a ministry whose main task is to keep in touch with the millions of citizens who left the country and to help them come back.
On Tuesday the Verkhovna Rada appointed Oleksiy Chernyshov as Deputy Prime Minister and Minister of National Unity.
The new ministry replaces the former Ministry of Reintegration of the Temporarily Occupied Territories and keeps responsibility for people living under Russian occupation.

President Volodymyr Zelensky announced the idea in a video address last week.
"We must preserve not only our land but our people," he said, adding that the state had to offer Ukrainians abroad "a real reason to return, not just words."

According to the UN refugee agency UNHCR, about 6.8 million refugees from Ukraine are registered worldwide, more than four million of them under temporary protection in the European Union.
A UNHCR survey published in the spring found that the share of refugees who plan to return has fallen over the past two years.

Chernyshov told Rubryka that the ministry would open so-called Unity Hubs in the countries with the largest Ukrainian communities, starting with Germany, Poland and Czechia in the first half of 2025.
The hubs are meant to offer advice on jobs, housing and schooling back home, as well as Ukrainian lessons for children.
"We are not asking anyone to send people back; we want people to choose Ukraine," Chernyshov said.
He plans to discuss the hubs in Berlin and Warsaw later this month.

Germany's ambassador in Kyiv, Martin Jäger, welcomed the ministry on Wednesday and said Berlin was ready to support voluntary returns.
Polish officials have been more direct: Warsaw wants the hubs to help Ukrainians of conscription age return.

Experts interviewed by Rubryka caution that returns depend on security.
"As long as Russian missiles hit power plants, families with children will not come back," said Ella Libanova, director of the Institute for Demography.
The ministry plans a first pilot with returning teachers in Kyiv region in the spring.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b95en01_eu_temporary_protection_2027_2025_06", "2025-06-14", EN01,
        [
            T("March 2027", "DATE", "2027-03", 0),
            T("Friday", "DATE", "2025-06-13", 0),
            T("another year", "DURATION", "P1Y"),
            T("March 4, 2027", "DATE", "2027-03-04"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("June 4", "DATE", "2025-06-04"),
            T("Friday", "DATE", "2025-06-13", 1),
            T("this year", "DATE", "2025"),
            T("nightly", "SET", "P1D"),
            T("Friday", "DATE", "2025-06-13", 2),
        ],
        [
            E("EU interior ministers agree to extend temporary protection for Ukrainians until 4 March 2027", "AGREE",
              ["European Union", "Ukraine"], "2025-06-13", "text", "occurred", "EU interior ministers on Friday agreed"),
            E("Formal adoption of the extension expected in the coming weeks", "AID", ["European Union", "Ukraine"],
              "FUTURE_REF", "vague", "planned", "It still has to be formally adopted"),
            E("Commission proposed the extension and a recommendation on the end of protection", "REQUEST",
              ["European Union"], "2025-06-04", "text", "occurred", "The European Commission proposed the extension"),
            E("Ministers endorse the recommendation on transition and voluntary return", "AGREE", ["European Union"],
              "2025-06-13", "text", "occurred", "Ministers also endorsed that recommendation"),
            E("Poland pushed for the deal", "REQUEST", ["Poland", "European Union"], "2025-06-13", "context",
              "occurred", "pushed for the deal"),
            E("Siemoniak: Poland will not send anyone back while Russian bombs fall", "REJECT", ["Poland", "Ukraine"],
              "2025-06-13", "context", "occurred", "we will not send anyone back"),
            E("Ukraine to open Unity Hubs in Berlin, Warsaw and Prague", "COOPERATE", ["Ukraine", "Germany", "Poland"],
              "2025", "text", "planned", "would open so-called Unity Hubs"),
            E("Zelensky thanks the EU", "SUPPORT", ["Volodymyr Zelensky", "European Union"], "2025-06-13", "text",
              "occurred", "President Volodymyr Zelensky thanked the EU"),
            E("UNHCR welcomes the extension", "SUPPORT", ["United Nations", "European Union"], "2025-06-14",
              "published", "occurred", "The UN refugee agency UNHCR said"),
            E("UNHCR urges a path to longer-term residence for those who cannot return", "REQUEST",
              ["United Nations", "European Union"], "2025-06-14", "published", "occurred",
              "The UN refugee agency UNHCR said"),
        ],
        [
            S("European Union", "Brunner: temporary protection was never meant to be permanent, but the war is not over",
              "2025-06-13", "context", "Magnus Brunner told reporters"),
            S("Poland", "Siemoniak: as long as Russian bombs fall, Poland will not send anyone back", "2025-06-13",
              "context", "we will not send anyone back"),
            S("Ukraine", "Kyiv welcomes the decision but wants its citizens home", "2025-06-14", "published",
              "Kyiv welcomed the decision"),
            S("Ukraine", "Chernyshov: Ukraine will open Unity Hubs in Berlin, Warsaw and Prague", "2025-06-14",
              "published", "would open so-called Unity Hubs"),
            S("Ukraine", "Chernyshov: every Ukrainian abroad is part of the recovery", "2025-06-14", "published",
              "Every Ukrainian abroad is a part of our recovery"),
            S("Volodymyr Zelensky", "Thanks the EU for the extension", "2025-06-13", "text",
              "President Volodymyr Zelensky thanked the EU"),
            S("United Nations", "UNHCR welcomes the extension and urges a path to longer-term residence",
              "2025-06-14", "published", "The UN refugee agency UNHCR said"),
        ],
        ["European Union", "Russia", "Ukraine", "Poland", "Germany", "Volodymyr Zelensky", "United Nations"],
    ),
    doc(
        "b95en02_poland_asylum_suspension_belarus_2025_03", "2025-03-27", EN02,
        [
            T("Thursday", "DATE", "2025-03-27", 0),
            T("late Wednesday", "TIME", "2025-03-26TNI"),
            T("60 days", "DURATION", "P60D"),
            T("Thursday morning", "TIME", "2025-03-27TMO"),
            T("February 2022", "DATE", "2022-02"),
            T("December", "DATE", "2024-12"),
            T("last week", "DATE", "2025-W12"),
            T("Thursday afternoon", "TIME", "2025-03-27TAF"),
        ],
        [
            E("Poland begins suspending asylum applications at the Belarus border", "SANCTION", ["Poland", "Belarus"],
              "2025-03-27", "text", "occurred", "Poland on Thursday began turning away"),
            E("President Duda signs the law enabling the suspension", "SANCTION", ["Poland", "Belarus"],
              "2025-03-26TNI", "text", "occurred", "Poland on Thursday began turning away"),
            E("Government adopts a regulation suspending asylum claims at the border for 60 days", "SANCTION",
              ["Poland", "Belarus"], "2025-03-27", "context", "occurred", "The government adopted a regulation"),
            E("Tusk accuses Minsk and Moscow of a hybrid war using migrants", "ACCUSE",
              ["Donald Tusk", "Belarus", "Russia"], "2025-03-27TMO", "context", "occurred",
              "Prime Minister Donald Tusk said the measure"),
            E("Tusk accuses Lukashenko and Putin of using people as living ammunition", "ACCUSE",
              ["Donald Tusk", "Alexander Lukashenko", "Vladimir Putin"], "2025-03-27TMO", "context", "occurred",
              "He accused Belarusian leader Alexander Lukashenko"),
            E("Belarus rejects the accusations", "REJECT", ["Belarus", "Poland"], "2025-03-27", "published",
              "occurred", "The Belarusian foreign ministry rejected"),
            E("Belarus accuses Warsaw of violating international law", "ACCUSE", ["Belarus", "Poland"], "2025-03-27",
              "published", "occurred", "The Belarusian foreign ministry rejected"),
            E("UNHCR calls on Poland to ensure everyone seeking protection is heard", "REQUEST",
              ["United Nations", "Poland"], "2025-03-27", "published", "occurred", "The UN refugee agency UNHCR said"),
            E("Von der Leyen backs exceptional measures against weaponised migration", "SUPPORT",
              ["Ursula von der Leyen", "Poland"], "2024-12", "text", "occurred",
              "Commission President Ursula von der Leyen said in December"),
            E("EU leaders back language on exceptional measures at last week's summit", "SUPPORT",
              ["European Union", "Poland"], "2025-W12", "text", "occurred", "At last week's EU summit"),
            E("EU summit last week", "CONSULT", ["European Union"], "2025-W12", "text", "occurred",
              "At last week's EU summit"),
        ],
        [
            S("Donald Tusk", "The measure answers a hybrid war by Minsk and Moscow", "2025-03-27TMO", "context",
              "Prime Minister Donald Tusk said the measure"),
            S("Donald Tusk", "This is not a humanitarian crisis but an attack on Poland and the EU", "2025-03-27TMO",
              "text", "Tusk told a press conference"),
            S("Donald Tusk", "Lukashenko and Putin use people as living ammunition", "2025-03-27TMO", "context",
              "He accused Belarusian leader Alexander Lukashenko"),
            S("Poland", "Interior ministry: minors, pregnant women and people at risk remain exempt", "2025-03-27",
              "published", "remain exempt, the interior ministry said"),
            S("Belarus", "The accusations are anti-Belarusian hysteria; Warsaw violates international law",
              "2025-03-27", "published", "The Belarusian foreign ministry rejected"),
            S("United Nations", "UNHCR is deeply concerned and calls on Poland to hear every claim", "2025-03-27",
              "published", "The UN refugee agency UNHCR said"),
            S("Ursula von der Leyen", "States facing weaponised migration may take exceptional measures",
              "2024-12", "text", "Commission President Ursula von der Leyen said in December"),
        ],
        ["Poland", "Belarus", "Donald Tusk", "Russia", "European Union", "Alexander Lukashenko", "Vladimir Putin",
         "Ukraine", "United Nations", "Ursula von der Leyen"],
    ),
    doc(
        "b95en03_moldova_extends_temporary_protection_2024_02", "2024-02-29", EN03,
        [
            T("another year", "DURATION", "P1Y"),
            T("Wednesday", "DATE", "2024-02-28", 0),
            T("March 1, 2025", "DATE", "2025-03-01"),
            T("March 1, 2023", "DATE", "2023-03-01"),
            T("February 24, 2022", "DATE", "2022-02-24"),
            T("2024", "DATE", "2024"),
            T("Tuesday", "DATE", "2024-02-27"),
            T("Wednesday", "DATE", "2024-02-28", 1),
            T("next month", "DATE", "2024-03"),
        ],
        [
            E("Moldova extends temporary protection for people displaced from Ukraine until 1 March 2025", "AID",
              ["Ukraine"], "2024-02-28", "text", "occurred", "on Wednesday extended the temporary protection regime"),
            E("Moldova introduced temporary protection with UNHCR and EU support", "AID",
              ["Ukraine", "United Nations", "European Union"], "2023-03-01", "text", "occurred",
              "Temporary protection was introduced on March 1, 2023"),
            E("UNHCR welcomes the decision", "SUPPORT", ["United Nations"], "2024-02-29", "published", "occurred",
              "UNHCR welcomed the decision"),
            E("UNHCR appeals to donors to fund the 2024 refugee response plan", "REQUEST", ["United Nations"],
              "2024-02-29", "published", "occurred", "appealed to donors to step up"),
            E("EU announces an additional 15 million euros for the refugee response in Moldova", "AID",
              ["European Union", "Ukraine"], "2024-02-27", "text", "occurred", "On Tuesday the EU Delegation"),
            E("Ukraine's ambassador thanks the Moldovan authorities", "SUPPORT", ["Ukraine"], "2024-02-29",
              "published", "occurred", "Marko Shevchenko, thanked"),
            E("Transnistrian congress asks Moscow for protection", "REQUEST", ["Russia"], "2024-02-28", "text",
              "occurred", "asked Moscow for \"protection\""),
            E("UN refugee chief Grandi expected to visit Moldova next month", "CONSULT", ["United Nations"],
              "2024-03", "text", "planned", "is expected to visit Moldova next month"),
        ],
        [
            S("United Nations", "Bonelli: Moldova shows a small country can offer protection with dignity",
              "2024-02-29", "published", "said Francesca Bonelli"),
            S("United Nations", "Bonelli: the 2024 response plan has received only a tenth of its funding",
              "2024-02-29", "published", "appealed to donors to step up"),
            S("European Union", "EU Delegation announces an additional 15 million euros", "2024-02-27", "text",
              "On Tuesday the EU Delegation"),
            S("Ukraine", "Shevchenko thanks Moldova; Kyiv prepares programmes for safe return", "2024-02-29",
              "published", "Marko Shevchenko, thanked"),
            S("Russia", "Protecting Transnistria's residents is one of the priorities; the appeal will be considered",
              "2024-02-28", "context", "The Russian Foreign Ministry said"),
        ],
        ["Ukraine", "United Nations", "European Union", "Russia"],
    ),
    doc(
        "b95en04_uk_ukraine_permission_extension_2025_02", "2025-02-24", EN04,
        [
            T("two more years", "DURATION", "P2Y"),
            T("a further two years", "DURATION", "P2Y"),
            T("Sunday", "DATE", "2025-02-23"),
            T("an extra 24 months", "DURATION", "P24M"),
            T("September", "DATE", "2025-09"),
            T("Monday", "DATE", "2025-02-24", 0),
            T("Monday morning", "TIME", "2025-02-24TMO"),
            T("2022", "DATE", "2022", 0),
            T("February 2022", "DATE", "2022-02"),
            T("March 2022", "DATE", "2022-03"),
            T("monthly", "SET", "P1M"),
            T("eighteen months", "DURATION", "P18M"),
            T("two years", "DURATION", "P2Y", 1),
            T("Saturday evening", "TIME", "2025-03-01TEV"),
        ],
        [
            E("Home Office lets Ukrainians on the permission extension scheme apply for 24 more months", "AID",
              ["United Kingdom", "Ukraine"], "2025-02-23", "text", "occurred", "The Home Office announced on Sunday"),
            E("Video meeting of leaders hosted by Zelensky, joined by Starmer", "CONSULT",
              ["Keir Starmer", "Volodymyr Zelensky"], "2025-02-24TMO", "text", "occurred",
              "joined a video meeting of leaders"),
            E("Starmer promises Britain will stand with Ukraine for as long as it takes", "AGREE",
              ["Keir Starmer", "Ukraine"], "2025-02-24TMO", "context", "occurred", "joined a video meeting of leaders"),
            E("Zelensky thanks the UK for sheltering Ukrainians", "SUPPORT", ["Volodymyr Zelensky", "United Kingdom"],
              "2025-02-24TMO", "context", "occurred", "Mr Zelensky thanked the UK"),
            E("UK announces its largest sanctions package against Russia", "SANCTION", ["United Kingdom", "Russia"],
              "2025-02-24", "published", "occurred", "Foreign Secretary David Lammy announced"),
            E("Kremlin accuses London of prolonging the war", "ACCUSE", ["Kremlin", "United Kingdom"], "2025-02-24",
              "published", "occurred", "The Kremlin said the new measures"),
            E("Homes for Ukraine scheme launched", "AID", ["United Kingdom", "Ukraine"], "2022-03", "text",
              "occurred", "Under the Homes for Ukraine scheme"),
            E("Home Office has ruled out a route to settlement", "REJECT", ["United Kingdom", "Ukraine"],
              "2025-02-24", "published", "occurred", "Refugee organisations are calling on ministers"),
        ],
        [
            S("United Kingdom", "Home Office: Ukrainians can apply for an extra 24 months", "2025-02-23", "text",
              "The Home Office announced on Sunday"),
            S("Keir Starmer", "Britain will stand with Ukraine for as long as it takes", "2025-02-24TMO", "context",
              "joined a video meeting of leaders"),
            S("Volodymyr Zelensky", "Thanks the UK for sheltering more than 200,000 Ukrainians", "2025-02-24TMO",
              "context", "Mr Zelensky thanked the UK"),
            S("United Kingdom", "Lammy announces the largest sanctions package since February 2022",
              "2025-02-24", "published", "Foreign Secretary David Lammy announced"),
            S("Kremlin", "The new measures change nothing; London is prolonging the war", "2025-02-24", "published",
              "The Kremlin said the new measures"),
        ],
        ["United Kingdom", "Ukraine", "Russia", "Keir Starmer", "Volodymyr Zelensky", "Kremlin"],
    ),
    doc(
        "b95en05_trump_ukrainian_parole_sacramento_2025_03", "2025-03-07", EN05,
        [
            T("Thursday", "DATE", "2025-03-06", 0),
            T("April", "DATE", "2025-04", 0),
            T("Thursday afternoon", "TIME", "2025-03-06TAF"),
            T("soon", "DATE", "FUTURE_REF", 1),
            T("April 21, 2022", "DATE", "2022-04-21"),
            T("two years", "DURATION", "P2Y"),
            T("late January", "DATE", "2025-01", mod="END"),
            T("last Friday", "DATE", "2025-02-28"),
            T("Monday", "DATE", "2025-03-03"),
            T("2022", "DATE", "2022", 1),
            T("every day", "SET", "P1D"),
            T("Saturday", "DATE", "2025-03-08"),
            T("10 a.m.", "TIME", "2025-03-08T10:00", note="local time (PST)"),
        ],
        [
            E("Trump administration prepares to revoke humanitarian parole for about 240,000 Ukrainians", "COERCE",
              ["United States", "Ukraine"], "2025-04", "text", "uncertain", "could affect some 240,000 Ukrainians"),
            E("Biden launched Uniting for Ukraine", "AID", ["Joe Biden", "Ukraine"], "2022-04-21", "text",
              "occurred", "President Joe Biden launched on April 21, 2022"),
            E("DHS stopped accepting new Uniting for Ukraine applications", "SANCTION", ["United States", "Ukraine"],
              "2025-01", "text", "occurred", "stopped accepting new applications in late January", date_mod="END"),
            E("Ukrainian Embassy asks the administration to preserve Ukrainians' status", "REQUEST",
              ["Ukraine", "United States"], "2025-03-07", "published", "occurred",
              "The Ukrainian Embassy in Washington said"),
            E("Trump and Zelensky clashed in the Oval Office last Friday", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-02-28", "text", "occurred", "in the Oval Office last Friday"),
            E("White House paused US military aid to Kyiv", "SANCTION", ["White House", "Ukraine"], "2025-03-03",
              "text", "occurred", "in the Oval Office last Friday"),
        ],
        [
            S("Donald Trump", "Has not made a decision; not looking to hurt anybody, will decide soon", "2025-03-06TAF",
              "text", "told reporters at the White House on Thursday afternoon"),
            S("United States", "DHS: no final decision; all parole programs of the previous administration under review",
              "2025-03-07", "published", "A spokesperson for the Department of Homeland Security"),
            S("Ukraine", "Embassy asked the administration to preserve the status of Ukrainians", "2025-03-07",
              "published", "The Ukrainian Embassy in Washington said"),
            S("United States", "Rep. Bera: sending families back to a war zone would be unconscionable", "2025-03-07",
              "published", "Rep. Ami Bera"),
        ],
        ["United States", "Donald Trump", "White House", "Ukraine", "Joe Biden", "Volodymyr Zelensky"],
    ),
    doc(
        "b95en06_ministry_national_unity_2024_12", "2024-12-05", EN06,
        [
            T("now", "DATE", "PRESENT_REF"),
            T("Tuesday", "DATE", "2024-12-03"),
            T("last week", "DATE", "2024-W48"),
            T("the spring", "DATE", "2024-SP", 0),
            T("the past two years", "DURATION", "P2Y"),
            T("the first half of 2025", "DATE", "2025-H1"),
            T("this month", "DATE", "2024-12"),
            T("Wednesday", "DATE", "2024-12-04"),
            T("the spring", "DATE", "2025-SP", 1),
        ],
        [
            E("Ukraine to open Unity Hubs in Germany, Poland and Czechia", "COOPERATE",
              ["Ukraine", "Germany", "Poland"], "2025-H1", "text", "planned", "would open so-called Unity Hubs"),
            E("Chernyshov to discuss the hubs in Berlin and Warsaw", "CONSULT", ["Ukraine", "Germany", "Poland"],
              "2024-12", "text", "planned", "He plans to discuss the hubs"),
            E("German ambassador welcomes the ministry", "SUPPORT", ["Germany", "Ukraine"], "2024-12-04", "text",
              "occurred", "Martin Jäger, welcomed the ministry"),
            E("Germany ready to support voluntary returns", "AGREE", ["Germany", "Ukraine"], "2024-12-04", "context",
              "occurred", "Martin Jäger, welcomed the ministry"),
            E("Poland wants the hubs to help Ukrainians of conscription age return", "REQUEST", ["Poland", "Ukraine"],
              "2024-12-05", "published", "occurred", "Warsaw wants the hubs"),
        ],
        [
            S("Volodymyr Zelensky", "We must preserve our people; Ukrainians abroad need a real reason to return",
              "2024-W48", "context", "We must preserve not only our land"),
            S("United Nations", "UNHCR: about 6.8 million refugees from Ukraine are registered worldwide",
              "2024-12-05", "published", "According to the UN refugee agency UNHCR"),
            S("United Nations", "UNHCR survey: the share of refugees planning to return has fallen", "2024-SP",
              "text", "A UNHCR survey published in the spring"),
            S("Ukraine", "Chernyshov: Unity Hubs in Germany, Poland and Czechia in the first half of 2025",
              "2024-12-05", "published", "would open so-called Unity Hubs"),
            S("Ukraine", "Chernyshov: we are not asking anyone to send people back", "2024-12-05", "published",
              "We are not asking anyone to send people back"),
            S("Germany", "Jäger welcomes the ministry; Berlin ready to support voluntary returns", "2024-12-04", "text",
              "Martin Jäger, welcomed the ministry"),
            S("Poland", "Warsaw wants the hubs to help Ukrainians of conscription age return", "2024-12-05",
              "published", "Warsaw wants the hubs"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "United Nations", "European Union", "Germany", "Poland"],
    ),
]
