"""English articles of blind25 (written blind to the extraction code; see README.md)."""

from build import E, S, T

DOCS: list[dict] = []

# ---------------------------------------------------------------- en01: LSM English (Latvian Public Broadcasting)
EN01 = """
Latvia orders Russian ambassador out in solidarity with Estonia
Latvia will downgrade its diplomatic relations with Russia and has told the Russian ambassador to leave the country by February 24, Foreign Minister Edgars Rinkēvičs said on Monday.
The decision was taken in solidarity with Estonia, whose ambassador in Moscow was ordered out earlier the same day, Rinkēvičs wrote on Twitter.
Riga's ambassador to Russia will also be recalled, and relations will be kept at the level of chargé d'affaires.

The Russian Foreign Ministry had announced on Monday morning that Estonia's ambassador Margus Laidre must leave Russia by February 7, accusing Tallinn of "total Russophobia".
Moscow was responding to Estonia's demand of January 11 that the Russian embassy in Tallinn cut its staff to the size of the Estonian mission in Moscow by early February.
Within hours Tallinn announced that the Russian ambassador to Estonia would have to leave as well.
"We did not start this, but we will not be intimidated," Estonian Prime Minister Kaja Kallas told reporters in Tallinn.

Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that the Baltic states bore full responsibility for the "destruction" of relations and warned that Moscow would respond to Riga's decision as well.
Lithuania, the third Baltic state, had already downgraded its ties in April last year after the killings in Bucha came to light, and Vilnius said it saw no reason to change course.

The European Union expressed solidarity with Tallinn and Riga.
A spokesperson for the bloc's foreign policy service said on Tuesday that Russia's move was "unjustified" and called on Moscow to stop its "pressure on member states".
NATO officials in Brussels said the alliance stood by the Baltic allies, whose security was guaranteed under Article 5.

The expulsions come as the three Baltic states push the other EU members to agree a tenth package of sanctions before the first anniversary of the invasion.
Rinkēvičs said Latvia also wanted a special tribunal to try Russia's leadership for the crime of aggression, an idea Ukraine's President Volodymyr Zelensky has promoted for months.
Kyiv welcomed the steps taken by Riga and Tallinn, and Ukraine's foreign ministry called them "a clear signal to the aggressor".
The Latvian parliament, the Saeima, is expected to debate the decision on Thursday.
"""

# ---------------------------------------------------------------- en02: Arab News
EN02 = """
Crown prince receives Zelensky in Riyadh, reaffirms Kingdom's mediation role
RIYADH: Crown Prince Mohammed bin Salman received Ukrainian President Volodymyr Zelensky at Al-Yamamah Palace in Riyadh on Tuesday, the Saudi Press Agency reported.
The two leaders reviewed bilateral relations and the latest developments in the crisis between Russia and Ukraine, SPA said.
The crown prince reaffirmed the Kingdom's readiness to continue its efforts to reach a political solution and to mediate between the two sides, including on prisoner exchanges.

Zelensky, who arrived in the Saudi capital on Monday evening on an unannounced visit, thanked the Kingdom for its support.
In a post on X, he said he had discussed with the crown prince the return of prisoners of war and deported children and Ukraine's peace formula.
He asked Saudi Arabia to take part in a global peace summit that Switzerland plans to host, and said he counted on the Kingdom's participation "at the highest level".
The Ukrainian delegation included Andriy Yermak, the head of the presidential office, and Defense Minister Rustem Umerov, who held separate talks with Saudi officials on Tuesday afternoon.

The visit is Zelensky's second to the Kingdom after he addressed the Arab League summit in Jeddah in May last year.
In August, Jeddah hosted talks of national security advisers and senior officials from more than 40 countries on the Ukrainian peace plan.
Saudi Arabia pledged $400 million in humanitarian aid to Ukraine in February 2023, and an agreement on its implementation was signed during the visit.

Riyadh has also maintained its channel to Moscow.
Russian President Vladimir Putin was received in the Saudi capital in December, and the crown prince and Putin spoke by phone as recently as two weeks ago, according to the Kremlin.
Asked about the visit, Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow respected its partners' contacts but that no peace plan could work "without Russia at the table".

The Kingdom played a key role in the release of 10 foreign prisoners held by Russia in September 2022, an exchange that Saudi officials have cited as proof of its neutrality.
Saudi Foreign Minister Prince Faisal bin Farhan is expected to attend the Swiss conference, diplomats in Riyadh said.
"""

# ---------------------------------------------------------------- en03: Buenos Aires Times
EN03 = """
Zelensky makes Latin America debut at Milei's inauguration
Ukrainian President Volodymyr Zelensky was among the most prominent guests at President Javier Milei's inauguration on Sunday, his first trip to Latin America since Russia's full-scale invasion.
Zelensky landed at Ezeiza on Saturday night and was received by Milei at the Casa Rosada after the ceremony in Congress.
According to the presidential spokesman, the two men agreed to work towards a summit between Ukraine and Latin American countries, which Milei offered to host in Buenos Aires.
Zelensky later told reporters that Argentina could "open the doors of the region" for Ukraine.
Argentina will also join the working group on food security of Ukraine's peace formula, the Ukrainian presidency said.

The visit produced one of the day's most-watched images.
Cameras caught Zelensky in an animated exchange with Hungary's Prime Minister Viktor Orbán in the hall of Congress, just days before an EU summit at which Orbán has threatened to block the opening of accession talks with Ukraine.
"It was a frank conversation," Zelensky said afterwards, adding that he had asked Orbán to "give at least one reason" for his veto.
Orbán's spokesman said later on social media that the Hungarian position had not changed.
EU leaders are due to meet in Brussels on Thursday and Friday.

Zelensky also held brief talks with Uruguay's Luis Lacalle Pou, Paraguay's Santiago Peña and Ecuador's Daniel Noboa, presidential sources said.
Brazil's President Luiz Inácio Lula da Silva, who has declined to send weapons to Ukraine and met Zelensky only once, in New York in September, did not attend.
US Energy Secretary Jennifer Granholm, who led the American delegation, met Zelensky on the margins of the ceremony and reaffirmed Washington's support, the US embassy said.
Milei, who has promised to align Argentina with "the free world", said during the campaign that he would support Ukraine "unconditionally".

Russia sent no delegation to Buenos Aires.
Kremlin spokesman Dmitry Peskov said on Monday that Moscow had "no illusions" about the new government and would judge it by its deeds.
Several Argentine diplomats have warned that the summit idea could strain ties with Moscow, a major supplier of fertiliser to Argentine farmers.

The Foreign Ministry under Diana Mondino is expected to send a delegation to Kyiv early next year to prepare the summit.
Ukraine's foreign minister Dmytro Kuleba said his country would open talks on a trade agreement with Argentina "in the coming months".
"""

# ---------------------------------------------------------------- en04: OC Media
EN04 = """
Putin admits Russian missiles brought down AZAL plane, Aliyev thanks him
Russian President Vladimir Putin has acknowledged for the first time that Russian air defence missiles caused the crash of an Azerbaijan Airlines (AZAL) passenger jet in December 2024, and has promised compensation.
Putin made the admission during talks with Azerbaijani President Ilham Aliyev on Thursday in Dushanbe, on the sidelines of a summit of the Commonwealth of Independent States.
Two missiles fired at Ukrainian drones over Grozny had exploded "a few metres" from the aircraft, Putin said, calling the events "a tragic coincidence".
He said Russia would pay compensation to the victims' families and would give a full legal assessment of the actions of all officials involved.

The Embraer jet crashed near Aktau in Kazakhstan on 25 December 2024 after being diverted from Grozny, killing 38 of the 67 people on board.
Aliyev had accused Moscow of trying to cover up the incident and demanded a public apology, which Putin gave only in a phone call three days after the crash without admitting responsibility.
In Dushanbe, Aliyev thanked Putin for the "sincere" conversation and said he had no doubt that Moscow would honour its promises.

Relations between Baku and Moscow had reached a low point in June, when Russian police raids against Azerbaijanis in Yekaterinburg left two men dead.
Baku responded by detaining Russian citizens, including two employees of the state news agency Sputnik Azerbaijan, and cancelling cultural events with Russia.
Kremlin aide Yuri Ushakov said on Thursday evening that both presidents had agreed to "turn the page" and that the detained journalists would be released soon.

Putin also used his visit to comment on the war in Ukraine.
At a press conference on Friday he warned that the delivery of US Tomahawk missiles to Kyiv would mean "a new stage of escalation", but said he still valued the understandings reached with President Donald Trump in Alaska.
Kremlin spokesman Dmitry Peskov said the Russian leader was ready for a new meeting with Trump if it was "well prepared".
Ukraine's foreign ministry said Putin's admission showed that Russian air defence posed a danger to civil aviation across the region, and accused Moscow of continuing its missile and drone strikes on Ukrainian cities.

Aliyev, who also met Armenian Prime Minister Nikol Pashinyan in Dushanbe, is expected to visit Moscow next year.
"""

# ---------------------------------------------------------------- en05: Helsinki Times
EN05 = """
Nordic-Baltic leaders and Zelensky agree drone pact in Turku
Finland's President Alexander Stubb hosted Ukrainian President Volodymyr Zelensky and the leaders of the Nordic and Baltic states in Turku on Tuesday, where they agreed to set up a joint programme to produce interceptor drones for Ukraine.
The eight countries will finance the production of at least 30,000 drones over the next 12 months, according to a joint statement released after the meeting at Turku Castle.
Zelensky called the agreement "a shield for our cities" and thanked the hosts for "acting, not waiting".

Stubb said the leaders had also discussed the stalled peace talks and urged Russia to accept a complete ceasefire by the end of May.
"Moscow has had every opportunity; the responsibility now lies with the Kremlin," Stubb told a press conference.
NATO Secretary General Mark Rutte joined the meeting by video link and promised that the alliance would step up air policing over the Baltic Sea.

Zelensky and Stubb held a separate meeting on Tuesday morning, the Finnish presidential office said.
According to the office, the two presidents discussed Ukraine's energy needs ahead of next winter and Finnish support for rebuilding power plants.
Stubb, who has close contacts with the White House, spoke to US President Donald Trump by phone on Monday evening to prepare the summit, a source in the presidential office told Helsinki Times.

Moscow reacted with scorn.
Kremlin spokesman Dmitry Peskov said on Wednesday that the Nordic countries were "pumping Ukraine with weapons" and prolonging the war, and rejected any deadline set by "third countries".
Russian Foreign Ministry spokeswoman Maria Zakharova accused Helsinki of turning the Baltic Sea into "a NATO lake".

The last round of US-mediated talks between Russia and Ukraine in Abu Dhabi ended without agreement on March 31.
Ukraine's Foreign Minister Andrii Sybiha said Kyiv was ready for a new round "at any time".
Finland has kept its eastern border with Russia closed since December 2023.
Finland's parliament approved a new aid package worth 200 million euros on Friday, and further deliveries are planned for the summer.
"""

# ---------------------------------------------------------------- en06: Agência Brasil
EN06 = """
Lula talks to Zelensky after Putin call, defends dialogue
President Luiz Inácio Lula da Silva spoke by phone on Monday with Ukrainian President Volodymyr Zelensky, three days after a call with Russian President Vladimir Putin, the Planalto Palace reported.
During the conversation, which lasted about 40 minutes, Lula reaffirmed Brazil's support for "all efforts towards a peaceful solution" and said the country was willing to contribute to a dialogue between the parties.
Zelensky asked Lula to use his influence with Moscow to back a ceasefire and an exchange of prisoners "all for all", according to the Ukrainian presidency.

On Friday, Putin called Lula to brief him on his talks with US special envoy Steve Witkoff in Moscow, which took place on Wednesday.
According to the Kremlin, Putin thanked the Brazilian president for his "balanced position" and informed him of the preparations for a summit with US President Donald Trump.
Trump and Putin are due to meet in Alaska on August 15, the White House confirmed on Saturday.
Lula told Putin that Brazil supported the meeting and hoped it would lead to "a lasting peace", the Brazilian government said.

The calls come at a time of tension between Brasília and Washington.
On August 6, additional US tariffs of 50% on a range of Brazilian products came into force, a measure Trump justified partly with the trial against former president Jair Bolsonaro.
Lula said last week he would not call Trump to negotiate because the American president "does not want to talk", and that he would instead call the leaders of the BRICS countries.
On Monday afternoon he also spoke with Chinese President Xi Jinping, with whom he discussed the tariffs and the war in Ukraine, according to the Chinese foreign ministry.

Brazil and China proposed a six-point plan for a political settlement in May last year and later launched the group "Friends for Peace" at the United Nations.
Kyiv has criticised the plan as favouring Russia.
Lula's chief foreign policy adviser, Celso Amorim, is due to travel to Moscow later this month, the Planalto said.
Brazil will host the COP30 climate conference in Belém in November, to which both Putin and Zelensky have been invited.
"""


def doc(id_, published, body, timexes, events, statements, actors):
    DOCS.append(dict(id=id_, lang="en", published=published, body=body, timexes=timexes, events=events,
                     statements=statements, actors=actors))


P = "2023-01-24"
doc(
    "b25en01_latvia_estonia_ambassadors_2023_01", P, EN01,
    [
        T("February 24", "DATE", "2023-02-24"),
        T("Monday", "DATE", "2023-01-23"),
        T("the same day", "DATE", "2023-01-23"),
        T("Monday morning", "TIME", "2023-01-23TMO"),
        T("February 7", "DATE", "2023-02-07"),
        T("January 11", "DATE", "2023-01-11"),
        T("early February", "DATE", "2023-02", mod="START"),
        T("hours", "DURATION", "PTXH"),
        T("Tuesday", "DATE", "2023-01-24"),
        T("April last year", "DATE", "2022-04"),
        T("Tuesday", "DATE", "2023-01-24", n=1),
        T("months", "DURATION", "PXM"),
        T("Thursday", "DATE", "2023-01-26"),
    ],
    [
        E("Latvia downgrades relations with Russia and orders the Russian ambassador to leave", "SANCTION", ["Russia"],
          "2023-01-23", "text", "occurred", "Latvia will downgrade its diplomatic relations",
          note="deadline 24 February; Latvia is not canonical"),
        E("Russia orders Estonia's ambassador to leave", "SANCTION", ["Russia"], "2023-01-23TMO", "text", "occurred",
          "had announced on Monday morning that Estonia's ambassador", note="deadline 7 February"),
        E("Russia accuses Tallinn of total Russophobia", "ACCUSE", ["Russia"], "2023-01-23TMO", "text", "occurred",
          "had announced on Monday morning that Estonia's ambassador"),
        E("Estonia demands that the Russian embassy cut its staff", "SANCTION", ["Russia"], "2023-01-11", "text",
          "occurred", "Moscow was responding to Estonia's demand"),
        E("Tallinn expels the Russian ambassador in return", "SANCTION", ["Russia"], "2023-01-23", "context",
          "occurred", "Within hours Tallinn announced"),
        E("Zakharova blames the Baltic states for destroying relations", "ACCUSE", ["Maria Zakharova"], "2023-01-24",
          "text", "occurred", "Maria Zakharova said on Tuesday"),
        E("Zakharova warns that Moscow will respond to Riga's decision", "THREATEN", ["Maria Zakharova", "Russia"],
          "2023-01-24", "text", "occurred", "Maria Zakharova said on Tuesday"),
        E("Lithuania downgraded its ties with Russia after Bucha", "SANCTION", ["Russia"], "2022-04", "text",
          "occurred", "Lithuania, the third Baltic state"),
        E("The EU expresses solidarity with Tallinn and Riga", "SUPPORT", ["European Union"], "2023-01-24", "context",
          "occurred", "The European Union expressed solidarity",
          note="dated by the spokesperson's Tuesday statement"),
        E("EU calls Russia's move unjustified", "ACCUSE", ["European Union", "Russia"], "2023-01-24", "text",
          "occurred", "A spokesperson for the bloc's foreign policy service"),
        E("EU calls on Moscow to stop its pressure on member states", "REQUEST", ["European Union", "Russia"],
          "2023-01-24", "text", "occurred", "A spokesperson for the bloc's foreign policy service"),
        E("NATO stands by the Baltic allies", "SUPPORT", ["NATO"], P, "published", "occurred",
          "NATO officials in Brussels said"),
        E("Baltic states push for a tenth EU sanctions package", "REQUEST", ["European Union", "Russia"], P,
          "published", "occurred", "The expulsions come as the three Baltic states",
          note="ongoing push; the target is the first anniversary of the invasion"),
        E("Latvia calls for a special tribunal for Russia's leadership", "REQUEST", ["Russia"], P, "published",
          "occurred", "Rinkēvičs said Latvia also wanted a special tribunal"),
        E("Zelensky promotes a special tribunal", "REQUEST", ["Volodymyr Zelensky", "Russia"], P, "published",
          "occurred", "Rinkēvičs said Latvia also wanted a special tribunal", note="ongoing 'for months'"),
        E("Kyiv welcomes the steps of Riga and Tallinn", "SUPPORT", ["Ukraine"], P, "published", "occurred",
          "Kyiv welcomed the steps"),
    ],
    [
        S("Russia", "Estonia's ambassador must leave; Tallinn's total Russophobia", "2023-01-23TMO", "text",
          "had announced on Monday morning that Estonia's ambassador"),
        S("Kaja Kallas", "We did not start this, but will not be intimidated", "2023-01-23", "context",
          "We did not start this"),
        S("Maria Zakharova", "The Baltic states bear full responsibility; Moscow will respond to Riga", "2023-01-24",
          "text", "Maria Zakharova said on Tuesday"),
        S("European Union", "Solidarity with Tallinn and Riga", "2023-01-24", "context",
          "The European Union expressed solidarity"),
        S("European Union", "Russia's move is unjustified; Moscow must stop its pressure", "2023-01-24", "text",
          "A spokesperson for the bloc's foreign policy service"),
        S("NATO", "The alliance stands by the Baltic allies", P, "published", "NATO officials in Brussels said"),
        S("Ukraine", "A clear signal to the aggressor", P, "published", "Kyiv welcomed the steps"),
    ],
    ["Russia", "Kaja Kallas", "Maria Zakharova", "European Union", "NATO", "Ukraine", "Volodymyr Zelensky"],
)

P = "2024-02-28"
doc(
    "b25en02_zelensky_riyadh_crown_prince_2024_02", P, EN02,
    [
        T("Tuesday", "DATE", "2024-02-27"),
        T("Monday evening", "TIME", "2024-02-26TEV"),
        T("Tuesday afternoon", "TIME", "2024-02-27TAF"),
        T("May last year", "DATE", "2023-05"),
        T("August", "DATE", "2023-08"),
        T("February 2023", "DATE", "2023-02"),
        T("December", "DATE", "2023-12"),
        T("two weeks ago", "DATE", "2024-W07"),
        T("Tuesday", "DATE", "2024-02-27", n=2),
        T("September 2022", "DATE", "2022-09"),
    ],
    [
        E("Crown prince receives Zelensky in Riyadh", "CONSULT", ["Saudi Arabia", "Volodymyr Zelensky", "Ukraine"],
          "2024-02-27", "text", "occurred", "Crown Prince Mohammed bin Salman received"),
        E("Saudi Arabia offers to continue mediating, including on prisoner exchanges", "REQUEST",
          ["Saudi Arabia", "Russia", "Ukraine"], "2024-02-27", "context", "occurred",
          "The crown prince reaffirmed the Kingdom's readiness"),
        E("Zelensky asks Saudi Arabia to join the peace summit in Switzerland at the highest level", "REQUEST",
          ["Volodymyr Zelensky", "Saudi Arabia"], "2024-02-27", "context", "occurred",
          "He asked Saudi Arabia to take part"),
        E("Umerov holds separate talks with Saudi officials", "CONSULT", ["Rustem Umerov", "Ukraine", "Saudi Arabia"],
          "2024-02-27TAF", "text", "occurred", "The Ukrainian delegation included Andriy Yermak"),
        E("Zelensky attends the Arab League summit in Jeddah", "CONSULT", ["Volodymyr Zelensky", "Saudi Arabia"],
          "2023-05", "text", "occurred", "The visit is Zelensky's second to the Kingdom"),
        E("Jeddah hosts talks of national security advisers on the Ukrainian peace plan", "CONSULT",
          ["Saudi Arabia", "Ukraine"], "2023-08", "text", "occurred", "In August, Jeddah hosted talks"),
        E("Saudi Arabia pledges $400 million in humanitarian aid to Ukraine", "AID", ["Saudi Arabia", "Ukraine"],
          "2023-02", "text", "occurred", "Saudi Arabia pledged $400 million"),
        E("Agreement on implementing the Saudi aid signed during the visit", "AGREE", ["Saudi Arabia", "Ukraine"],
          "2024-02-27", "context", "occurred", "Saudi Arabia pledged $400 million"),
        E("Putin received in Riyadh", "CONSULT", ["Vladimir Putin", "Saudi Arabia"], "2023-12", "text", "occurred",
          "Russian President Vladimir Putin was received in the Saudi capital"),
        E("Crown prince and Putin speak by phone", "CONSULT", ["Saudi Arabia", "Vladimir Putin"], "2024-W07", "text",
          "occurred", "Russian President Vladimir Putin was received in the Saudi capital"),
        E("Peskov: no peace plan can work without Russia at the table", "REQUEST", ["Dmitry Peskov", "Ukraine"],
          "2024-02-27", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        E("Saudi mediation of the release of 10 foreign prisoners held by Russia", "CONSULT",
          ["Saudi Arabia", "Russia"], "2022-09", "text", "occurred", "The Kingdom played a key role in the release"),
        E("Russia releases 10 foreign prisoners", "CONCEDE", ["Russia"], "2022-09", "text", "occurred",
          "The Kingdom played a key role in the release"),
        E("Saudi foreign minister expected at the Swiss conference", "CONSULT", ["Saudi Arabia"], P, "published",
          "uncertain", "Prince Faisal bin Farhan is expected to attend", note="no date given"),
    ],
    [
        S("Saudi Arabia", "SPA: the leaders reviewed relations and the Russia–Ukraine crisis", "2024-02-27", "context",
          "The two leaders reviewed bilateral relations"),
        S("Saudi Arabia", "Readiness to continue efforts for a political solution and to mediate", "2024-02-27",
          "context", "The crown prince reaffirmed the Kingdom's readiness"),
        S("Volodymyr Zelensky", "Thanks the Kingdom for its support", "2024-02-27", "context",
          "thanked the Kingdom for its support"),
        S("Volodymyr Zelensky", "Discussed prisoners, deported children and the peace formula", "2024-02-27",
          "context", "In a post on X"),
        S("Volodymyr Zelensky", "Asks Saudi Arabia to attend the peace summit at the highest level", "2024-02-27",
          "context", "He asked Saudi Arabia to take part"),
        S("Kremlin", "The crown prince and Putin spoke by phone two weeks ago", P, "published",
          "Russian President Vladimir Putin was received in the Saudi capital"),
        S("Dmitry Peskov", "Moscow respects partners' contacts, but no peace plan without Russia", "2024-02-27",
          "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
    ],
    ["Saudi Arabia", "Volodymyr Zelensky", "Ukraine", "Russia", "Andriy Yermak", "Rustem Umerov", "Vladimir Putin",
     "Kremlin", "Dmitry Peskov"],
)

P = "2023-12-11"
doc(
    "b25en03_zelensky_milei_inauguration_2023_12", P, EN03,
    [
        T("Sunday", "DATE", "2023-12-10"),
        T("Saturday night", "TIME", "2023-12-09TNI"),
        T("Thursday", "DATE", "2023-12-14"),
        T("Friday", "DATE", "2023-12-15"),
        T("September", "DATE", "2023-09"),
        T("Monday", "DATE", "2023-12-11"),
        T("early next year", "DATE", "2024", mod="START"),
        T("the coming months", "DATE", "FUTURE_REF"),
    ],
    [
        E("Milei receives Zelensky at the Casa Rosada", "CONSULT", ["Volodymyr Zelensky"], "2023-12-10", "context",
          "occurred", "was received by Milei at the Casa Rosada"),
        E("Zelensky and Milei agree to work towards a Ukraine–Latin America summit", "AGREE",
          ["Volodymyr Zelensky", "Ukraine"], "2023-12-10", "context", "occurred",
          "the two men agreed to work towards a summit"),
        E("Milei offers to host the summit in Buenos Aires", "REQUEST", ["Ukraine"], "2023-12-10", "context",
          "occurred", "the two men agreed to work towards a summit"),
        E("Argentina to join the food-security working group of the peace formula", "AGREE", ["Ukraine"],
          "2023-12-10", "context", "occurred", "Argentina will also join the working group"),
        E("Zelensky and Orbán in an animated exchange in Congress", "CONSULT", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2023-12-10", "context", "occurred", "Cameras caught Zelensky in an animated exchange"),
        E("Orbán threatens to block the opening of EU accession talks with Ukraine", "THREATEN",
          ["Viktor Orbán", "European Union", "Ukraine"], P, "published", "occurred",
          "Cameras caught Zelensky in an animated exchange", note="standing threat before the 14-15 Dec summit"),
        E("Zelensky asks Orbán to give a reason for his veto", "REQUEST", ["Volodymyr Zelensky", "Viktor Orbán"],
          "2023-12-10", "context", "occurred", "It was a frank conversation"),
        E("Hungary's position unchanged", "REJECT", ["Viktor Orbán", "Ukraine"], "2023-12-10", "context", "occurred",
          "Orbán's spokesman said later on social media"),
        E("EU summit in Brussels", "CONSULT", ["European Union"], "2023-12-14", "text", "planned",
          "EU leaders are due to meet in Brussels", note="14-15 December"),
        E("Zelensky holds brief talks with the presidents of Uruguay, Paraguay and Ecuador", "CONSULT",
          ["Volodymyr Zelensky"], "2023-12-10", "context", "occurred", "Zelensky also held brief talks"),
        E("Lula and Zelensky met in New York", "CONSULT", ["Volodymyr Zelensky"], "2023-09", "text", "occurred",
          "met Zelensky only once, in New York in September"),
        E("Granholm meets Zelensky on the margins of the ceremony", "CONSULT", ["United States", "Volodymyr Zelensky"],
          "2023-12-10", "context", "occurred", "US Energy Secretary Jennifer Granholm"),
        E("Granholm reaffirms US support for Ukraine", "SUPPORT", ["United States", "Ukraine"], "2023-12-10",
          "context", "occurred", "US Energy Secretary Jennifer Granholm"),
        E("Argentine delegation to travel to Kyiv to prepare the summit", "CONSULT", ["Ukraine"], "2024", "text",
          "planned", "is expected to send a delegation to Kyiv", date_mod="START"),
        E("Ukraine to open trade-agreement talks with Argentina", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague",
          "planned", "Dmytro Kuleba said his country would open talks"),
    ],
    [
        S("Volodymyr Zelensky", "Argentina could open the doors of the region for Ukraine", "2023-12-10", "context",
          "Zelensky later told reporters"),
        S("Ukraine", "Argentina will join the food-security working group", "2023-12-10", "context",
          "Argentina will also join the working group"),
        S("Volodymyr Zelensky", "A frank conversation; asked Orbán for a reason for his veto", "2023-12-10",
          "context", "It was a frank conversation"),
        S("Viktor Orbán", "Via his spokesman: the Hungarian position has not changed", "2023-12-10", "context",
          "Orbán's spokesman said later on social media"),
        S("United States", "Embassy: Granholm reaffirmed Washington's support", "2023-12-10", "context",
          "US Energy Secretary Jennifer Granholm"),
        S("Dmitry Peskov", "No illusions about the new government; judged by its deeds", "2023-12-11", "text",
          "Kremlin spokesman Dmitry Peskov said on Monday"),
        S("Ukraine", "Kuleba: trade-agreement talks with Argentina in the coming months", P, "published",
          "Dmytro Kuleba said his country would open talks"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Russia", "Viktor Orbán", "European Union", "United States", "Kremlin",
     "Dmitry Peskov"],
)

P = "2025-10-10"
doc(
    "b25en04_putin_aliyev_dushanbe_azal_2025_10", P, EN04,
    [
        T("December 2024", "DATE", "2024-12"),
        T("Thursday", "DATE", "2025-10-09"),
        T("25 December 2024", "DATE", "2024-12-25"),
        T("June", "DATE", "2025-06"),
        T("Thursday evening", "TIME", "2025-10-09TEV"),
        T("soon", "DATE", "FUTURE_REF"),
        T("Friday", "DATE", "2025-10-10"),
        T("next year", "DATE", "2026"),
    ],
    [
        E("Putin–Aliyev talks in Dushanbe on the sidelines of the CIS summit", "CONSULT", ["Vladimir Putin"],
          "2025-10-09", "text", "occurred", "Putin made the admission during talks"),
        E("Putin admits Russian air-defence missiles exploded near the AZAL plane", "CONCEDE",
          ["Vladimir Putin", "Russia"], "2025-10-09", "context", "occurred", "Two missiles fired at Ukrainian drones"),
        E("Putin promises compensation and a full legal assessment", "AGREE", ["Vladimir Putin", "Russia"],
          "2025-10-09", "context", "occurred", "He said Russia would pay compensation"),
        E("Aliyev accused Moscow of a cover-up", "ACCUSE", ["Russia"], "2024-12", "context", "occurred",
          "Aliyev had accused Moscow", note="after the crash; no day given"),
        E("Aliyev demanded a public apology", "REQUEST", ["Russia"], "2024-12", "context", "occurred",
          "Aliyev had accused Moscow", note="after the crash; no day given"),
        E("Putin–Aliyev phone call three days after the crash", "CONSULT", ["Vladimir Putin"], "2024-12-28",
          "context", "occurred", "Aliyev had accused Moscow", note="three days after 25 December 2024"),
        E("Russian police raids against Azerbaijanis in Yekaterinburg", "COERCE", ["Russia"], "2025-06", "text",
          "occurred", "Relations between Baku and Moscow had reached a low point"),
        E("Baku detains Russian citizens, including Sputnik Azerbaijan employees", "COERCE", ["Russia"], "2025-06",
          "context", "occurred", "Baku responded by detaining Russian citizens"),
        E("Baku cancels cultural events with Russia", "SANCTION", ["Russia"], "2025-06", "context", "occurred",
          "Baku responded by detaining Russian citizens"),
        E("Putin and Aliyev agree to turn the page", "AGREE", ["Vladimir Putin"], "2025-10-09", "context",
          "occurred", "Yuri Ushakov said on Thursday evening"),
        E("Detained Russian journalists to be released", "CONCEDE", ["Russia"], "FUTURE_REF", "vague", "planned",
          "Yuri Ushakov said on Thursday evening"),
        E("Putin warns against delivering Tomahawk missiles to Kyiv", "REQUEST",
          ["Vladimir Putin", "United States", "Ukraine"], "2025-10-10", "text", "occurred",
          "At a press conference on Friday"),
        E("Peskov: Putin ready for a new meeting with Trump if well prepared", "AGREE",
          ["Dmitry Peskov", "Vladimir Putin", "Donald Trump"], P, "published", "occurred",
          "Kremlin spokesman Dmitry Peskov said the Russian leader"),
        E("Ukraine accuses Moscow of continuing strikes on Ukrainian cities", "ACCUSE", ["Ukraine", "Russia"], P,
          "published", "occurred", "Ukraine's foreign ministry said"),
        E("Aliyev to visit Moscow", "CONSULT", ["Russia"], "2026", "text", "planned", "is expected to visit Moscow"),
    ],
    [
        S("Vladimir Putin", "Two missiles exploded metres from the plane; a tragic coincidence", "2025-10-09",
          "context", "Two missiles fired at Ukrainian drones"),
        S("Vladimir Putin", "Russia will pay compensation and give a full legal assessment", "2025-10-09", "context",
          "He said Russia would pay compensation"),
        S("Yuri Ushakov", "Both presidents agreed to turn the page; journalists to be released soon",
          "2025-10-09TEV", "text", "Yuri Ushakov said on Thursday evening"),
        S("Vladimir Putin", "Tomahawks would mean a new stage of escalation; values the Alaska understandings",
          "2025-10-10", "text", "At a press conference on Friday"),
        S("Dmitry Peskov", "Putin ready for a new meeting with Trump if well prepared", P, "published",
          "Kremlin spokesman Dmitry Peskov said the Russian leader"),
        S("Ukraine", "Russian air defence endangers civil aviation; Moscow keeps striking cities", P, "published",
          "Ukraine's foreign ministry said"),
    ],
    ["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Yuri Ushakov", "Dmitry Peskov", "Donald Trump",
     "United States"],
)

P = "2026-04-22"
doc(
    "b25en05_turku_nordic_baltic_drones_2026_04", P, EN05,
    [
        T("Tuesday", "DATE", "2026-04-21"),
        T("the next 12 months", "DURATION", "P12M"),
        T("the end of May", "DATE", "2026-05", mod="END"),
        T("now", "DATE", "PRESENT_REF"),
        T("Tuesday morning", "TIME", "2026-04-21TMO"),
        T("next winter", "DATE", "2026-WI"),
        T("Monday evening", "TIME", "2026-04-20TEV"),
        T("Wednesday", "DATE", "2026-04-22"),
        T("March 31", "DATE", "2026-03-31"),
        T("December 2023", "DATE", "2023-12"),
        T("Friday", "DATE", "2026-04-17"),
        T("the summer", "DATE", "2026-SU"),
    ],
    [
        E("Stubb hosts Zelensky and the Nordic-Baltic leaders in Turku", "CONSULT",
          ["Alexander Stubb", "Volodymyr Zelensky", "Ukraine"], "2026-04-21", "text", "occurred",
          "Finland's President Alexander Stubb hosted"),
        E("Leaders agree a joint programme to produce interceptor drones for Ukraine", "AGREE",
          ["Alexander Stubb", "Volodymyr Zelensky", "Ukraine"], "2026-04-21", "text", "occurred",
          "Finland's President Alexander Stubb hosted"),
        E("Eight countries to finance at least 30,000 drones for Ukraine", "AID", ["Alexander Stubb", "Ukraine"],
          "2026-04-21", "context", "planned", "The eight countries will finance"),
        E("Stubb urges Russia to accept a complete ceasefire", "REQUEST", ["Alexander Stubb", "Russia"], "2026-04-21",
          "context", "occurred", "Stubb said the leaders had also discussed"),
        E("Deadline for Russia: ceasefire by the end of May", "THREATEN", ["Alexander Stubb", "Russia"],
          "2026-04-21", "context", "occurred", "Stubb said the leaders had also discussed",
          note="deadline: end of May 2026"),
        E("Rutte joins the meeting by video link", "CONSULT", ["Mark Rutte", "NATO", "Alexander Stubb"],
          "2026-04-21", "context", "occurred", "Mark Rutte joined the meeting by video link"),
        E("NATO to step up air policing over the Baltic Sea", "MOBILIZE", ["Mark Rutte", "NATO"], "2026-04-21",
          "context", "planned", "Mark Rutte joined the meeting by video link"),
        E("Zelensky and Stubb hold a separate meeting", "CONSULT", ["Volodymyr Zelensky", "Alexander Stubb"],
          "2026-04-21TMO", "text", "occurred", "Zelensky and Stubb held a separate meeting"),
        E("Stubb–Trump phone call to prepare the summit", "CONSULT", ["Alexander Stubb", "Donald Trump"],
          "2026-04-20TEV", "text", "occurred", "spoke to US President Donald Trump by phone"),
        E("Peskov accuses the Nordic countries of prolonging the war with weapons", "ACCUSE", ["Dmitry Peskov"],
          "2026-04-22", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
        E("Peskov rejects any deadline set by third countries", "REJECT", ["Dmitry Peskov", "Alexander Stubb"],
          "2026-04-22", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
        E("Zakharova accuses Helsinki of turning the Baltic into a NATO lake", "ACCUSE", ["Maria Zakharova", "NATO"],
          P, "published", "occurred", "Maria Zakharova accused Helsinki"),
        E("US-mediated Russia–Ukraine talks in Abu Dhabi", "CONSULT", ["Russia", "Ukraine", "United States"],
          "2026-03-31", "context", "occurred", "ended without agreement on March 31",
          note="dated by their end"),
        E("Abu Dhabi talks end without agreement", "REJECT", ["Russia", "Ukraine"], "2026-03-31", "text", "occurred",
          "ended without agreement on March 31"),
        E("Sybiha: Kyiv ready for a new round at any time", "AGREE", ["Andrii Sybiha", "Ukraine"], P, "published",
          "occurred", "Andrii Sybiha said Kyiv was ready"),
        E("Finland keeps its border with Russia closed", "SANCTION", ["Russia"], "2023-12", "text", "occurred",
          "Finland has kept its eastern border", date_mod="START"),
        E("Finnish parliament approves a 200-million-euro aid package", "AID", ["Ukraine"], "2026-04-17", "text",
          "occurred", "Finland's parliament approved a new aid package"),
        E("Further Finnish deliveries planned", "AID", ["Ukraine"], "2026-SU", "text", "planned",
          "Finland's parliament approved a new aid package"),
    ],
    [
        S("Alexander Stubb", "Joint statement: the eight countries will finance 30,000 drones", "2026-04-21",
          "context", "The eight countries will finance"),
        S("Volodymyr Zelensky", "A shield for our cities; thanks for acting, not waiting", "2026-04-21", "context",
          "Zelensky called the agreement"),
        S("Alexander Stubb", "Urges Russia to accept a complete ceasefire by the end of May", "2026-04-21", "context",
          "Stubb said the leaders had also discussed"),
        S("Alexander Stubb", "The responsibility now lies with the Kremlin", "2026-04-21", "context",
          "Moscow has had every opportunity"),
        S("Mark Rutte", "NATO will step up air policing over the Baltic Sea", "2026-04-21", "context",
          "Mark Rutte joined the meeting by video link"),
        S("Alexander Stubb", "Presidential office: energy needs and Finnish help for power plants discussed", P,
          "published", "According to the office"),
        S("Russia", "Moscow reacted with scorn", P, "published", "Moscow reacted with scorn"),
        S("Dmitry Peskov", "Nordic countries pump Ukraine with weapons; no deadlines from third countries",
          "2026-04-22", "text", "Kremlin spokesman Dmitry Peskov said on Wednesday"),
        S("Maria Zakharova", "Helsinki turns the Baltic into a NATO lake", P, "published",
          "Maria Zakharova accused Helsinki"),
        S("Andrii Sybiha", "Kyiv ready for a new round at any time", P, "published",
          "Andrii Sybiha said Kyiv was ready"),
    ],
    ["Alexander Stubb", "Volodymyr Zelensky", "Ukraine", "Russia", "Kremlin", "Mark Rutte", "NATO", "White House",
     "Donald Trump", "United States", "Dmitry Peskov", "Maria Zakharova", "Andrii Sybiha"],
)

P = "2025-08-12"
doc(
    "b25en06_lula_zelensky_putin_calls_2025_08", P, EN06,
    [
        T("Monday", "DATE", "2025-08-11"),
        T("about 40 minutes", "DURATION", "PT40M", mod="APPROX"),
        T("Friday", "DATE", "2025-08-08"),
        T("Wednesday", "DATE", "2025-08-06"),
        T("August 15", "DATE", "2025-08-15"),
        T("Saturday", "DATE", "2025-08-09"),
        T("August 6", "DATE", "2025-08-06"),
        T("last week", "DATE", "2025-W32"),
        T("Monday afternoon", "TIME", "2025-08-11TAF"),
        T("May last year", "DATE", "2024-05"),
        T("this month", "DATE", "2025-08"),
        T("November", "DATE", "2025-11"),
    ],
    [
        E("Lula–Zelensky phone call", "CONSULT", ["Volodymyr Zelensky"], "2025-08-11", "text", "occurred",
          "President Luiz Inácio Lula da Silva spoke by phone on Monday"),
        E("Lula offers Brazil's help for a dialogue between the parties", "REQUEST", ["Ukraine", "Russia"],
          "2025-08-11", "context", "occurred", "During the conversation, which lasted about 40 minutes"),
        E("Zelensky asks Lula to back a ceasefire and an all-for-all exchange with Moscow", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2025-08-11", "context", "occurred", "Zelensky asked Lula to use"),
        E("Putin phones Lula to brief him on the Witkoff talks", "CONSULT", ["Vladimir Putin"], "2025-08-08", "text",
          "occurred", "On Friday, Putin called Lula"),
        E("Witkoff–Putin talks in Moscow", "CONSULT", ["Steve Witkoff", "Vladimir Putin", "United States", "Russia"],
          "2025-08-06", "text", "occurred", "On Friday, Putin called Lula"),
        E("Trump–Putin summit in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08-15", "text",
          "planned", "Trump and Putin are due to meet in Alaska"),
        E("Lula tells Putin Brazil supports the summit", "SUPPORT", ["Vladimir Putin", "Donald Trump"], "2025-08-08",
          "context", "occurred", "Lula told Putin that Brazil supported the meeting"),
        E("Additional US tariffs of 50% on Brazilian products take effect", "SANCTION",
          ["Donald Trump", "United States"], "2025-08-06", "text", "occurred", "On August 6, additional US tariffs"),
        E("Lula refuses to call Trump to negotiate", "REJECT", ["Donald Trump"], "2025-W32", "text", "occurred",
          "Lula said last week he would not call Trump"),
        E("Lula–Xi phone call on tariffs and the war", "CONSULT", ["Xi Jinping"], "2025-08-11TAF", "text",
          "occurred", "On Monday afternoon he also spoke with Chinese President Xi Jinping"),
        E("Brazil and China propose a six-point plan", "REQUEST", ["China"], "2024-05", "text", "occurred",
          "Brazil and China proposed a six-point plan"),
        E("Kyiv criticises the plan as favouring Russia", "ACCUSE", ["Ukraine", "China"], P, "published",
          "occurred", "Kyiv has criticised the plan"),
        E("Amorim to travel to Moscow", "CONSULT", ["Russia"], "2025-08", "text", "planned",
          "Celso Amorim, is due to travel to Moscow"),
        E("Putin and Zelensky invited to COP30", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"], P, "published",
          "occurred", "to which both Putin and Zelensky have been invited", note="invitation date not given"),
    ],
    [
        S("Volodymyr Zelensky", "Via the presidency: asks Lula to back a ceasefire and an all-for-all exchange",
          "2025-08-11", "context", "Zelensky asked Lula to use"),
        S("Kremlin", "Putin thanked Lula for his balanced position and informed him of the summit preparations",
          "2025-08-08", "context", "According to the Kremlin, Putin thanked"),
        S("White House", "Confirms the Alaska meeting on August 15", "2025-08-09", "text",
          "Trump and Putin are due to meet in Alaska"),
        S("China", "Foreign ministry: Lula and Xi discussed the tariffs and the war", "2025-08-11TAF", "context",
          "On Monday afternoon he also spoke with Chinese President Xi Jinping"),
        S("Ukraine", "The Brazil–China plan favours Russia", P, "published", "Kyiv has criticised the plan"),
    ],
    ["Volodymyr Zelensky", "Vladimir Putin", "Russia", "Ukraine", "Steve Witkoff", "United States", "Kremlin",
     "Donald Trump", "White House", "Xi Jinping", "China", "United Nations"],
)
