"""English articles of the blind89 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b89en01 (The Observer)
EN01 = """
Sixteen years for doing his job: Gershkovich verdict sharpens talk of a prisoner swap

MOSCOW - Evan Gershkovich, the Wall Street Journal reporter who has spent almost 16 months in Russian custody, was sentenced on Friday to 16 years in a maximum-security penal colony after a secret trial that Washington has denounced as a sham.
A court in Yekaterinburg found the 32-year-old guilty of gathering secret information on a tank factory for the CIA, a charge that he, his employer and the US government have always rejected.
The verdict came after only three hearings behind closed doors, an unusually brisk pace for a Russian espionage case.

Joe Biden said in a statement on Friday that Gershkovich had been targeted "because he is a journalist and an American" and that his administration was "pushing hard" for his release.
The secretary of state, Antony Blinken, called the proceedings "a sham" and accused Moscow of using detained Americans as "bargaining chips."
In London, the new foreign secretary, David Lammy, said Britain stood "shoulder to shoulder" with the US and demanded that Russia free everyone it holds on politically motivated charges.

The Kremlin was tight-lipped.
Dmitry Peskov, Vladimir Putin's spokesman, told reporters on Saturday that exchanges of this kind "like silence" and that he had nothing to add to the court's ruling.
Sergei Lavrov, the foreign minister, had said in New York on Wednesday that contacts on a possible exchange were continuing between the intelligence services and that the Americans "know about" the channel.
In February, Putin told the American broadcaster Tucker Carlson that a deal was possible and hinted that he wanted a Russian serving a life sentence in Germany in return.

Gershkovich is not the only American in a Russian jail.
Paul Whelan, a former US marine, has been in custody since December 2018 and is serving a 16-year sentence for espionage, which he denies.
A verdict in the case of Alsu Kurmasheva, a Radio Free Europe/Radio Liberty editor with US and Russian citizenship, is expected as early as Monday in Kazan.

The ruling overshadowed a week of European diplomacy in Britain, where Keir Starmer hosted more than 40 leaders at Blenheim Palace on Thursday.
On Friday, Volodymyr Zelensky became the first foreign leader in nearly three decades to address the cabinet in Downing Street.
He used the visit to ask Starmer for permission to strike military targets deep inside Russia with British Storm Shadow missiles.
"""

# ---------------------------------------------------------------- b89en02 (GB News)
EN02 = """
Britain sanctions Putin's spy units and summons Russian ambassador over 'reckless' GRU campaign

LONDON - Britain on Friday imposed sanctions on three units of Russia's military intelligence agency, the GRU, and 18 of its officers, accusing them of a years-long campaign to destabilise Europe.
Among those listed are officers said to have spied on Yulia Navalnaya, the widow of the late opposition leader Alexei Navalny, and to have hacked the email accounts of British officials.
The National Cyber Security Centre also exposed a piece of malicious software that, it said, the GRU had used against Microsoft accounts.

The Foreign Office summoned Russia's ambassador, Andrei Kelin, on Friday afternoon to set out what officials called "a clear pattern of reckless behaviour."
Foreign Secretary David Lammy said: "GRU spies are running a campaign to destabilise Europe, undermine Ukraine's sovereignty and threaten the safety of British citizens."
He vowed that Britain would "continue to expose" such operations and keep standing by Kyiv.

Moscow reacted with scorn.
The Russian embassy called the sanctions "baseless" and part of a "Russophobic hysteria," while Maria Zakharova, the foreign ministry spokeswoman, warned that London's "hostile actions will not go unanswered."
Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia had "nothing to do" with any of the incidents cited by London.

Hours earlier, EU ambassadors in Brussels approved the bloc's 18th package of sanctions after Slovakia dropped its veto, including a lower price cap on Russian crude and a ban on transactions with the Nord Stream pipelines.
The EU's foreign policy chief, Kaja Kallas, said it was "one of its strongest packages to date," and Downing Street said Britain would match the lower cap.

The measures come after Sir Keir Starmer and German Chancellor Friedrich Merz signed a friendship treaty in London on Thursday, committing the two countries to assist each other in the event of a threat.
On Monday, Donald Trump gave Vladimir Putin 50 days to agree a ceasefire with Ukraine or face "very severe" tariffs.
GB News understands that ministers are preparing further listings targeting Russia's shadow fleet in the coming weeks.
"""

# ---------------------------------------------------------------- b89en03 (The First News)
EN03 = """
Tusk: Russia planned acts of 'air terror' against airlines around the world

WARSAW - Prime Minister Donald Tusk confirmed on Wednesday that Russia had planned acts of "air terror" against airlines, not only in Poland but around the world.
Speaking at a joint press conference with Volodymyr Zelensky in Warsaw, Tusk said he could only "confirm the validity of these fears," without giving details.
Polish prosecutors have linked the plot to incendiary parcels sent through courier firms last July, one of which caught fire at a DHL hub in Leipzig, Germany.

Zelensky's visit, his first to Poland since it took over the rotating presidency of the EU Council on January 1, was also meant to ease tensions over the Volhynia massacres of 1943.
Tusk said Kyiv had agreed to allow the exhumation of Polish victims in western Ukraine, with the first work due to begin in April.
Zelensky thanked Poland for its support and called on European partners to provide security guarantees before any talks with Moscow.

Moscow dismissed the allegations.
Maria Zakharova, the foreign ministry spokeswoman, accused Tusk of "Russophobic paranoia" and said Warsaw was trying to distract from its own problems.
Kremlin spokesman Dmitry Peskov called the accusations "unfounded," as he has done with every previous sabotage charge.

Relations between Warsaw and Moscow have deteriorated over a string of arson attacks and sabotage plots that Polish authorities attribute to Russian intelligence.
In October, Poland ordered the closure of the Russian consulate in Poznań, and Moscow retaliated the following month by shutting Poland's consulate in St Petersburg.
Foreign Minister Radosław Sikorski warned at the time that further acts of sabotage would cost Russia its remaining consulates.

Overnight, Russia launched more than 40 missiles and 70 drones at Ukraine, targeting gas production and energy facilities in several regions, Ukrainian officials said.
Zelensky said he hoped to meet Donald Trump soon; the US president-elect will be sworn in on Monday.
"""

# ---------------------------------------------------------------- b89en04 (Newsmax)
EN04 = """
Russia Expels Two US Diplomats Over Contacts With Jailed Ex-Consulate Worker

MOSCOW - Russia on Thursday ordered two American diplomats out of the country, accusing them of "illegal activities" through contacts with a former employee of the U.S. consulate in Vladivostok who is charged with collaborating with a foreign state.
The Russian Foreign Ministry identified the two as First Secretary Jeffrey Sillin and Second Secretary David Bernstein and gave them seven days to leave.
U.S. Ambassador Lynne Tracy was summoned to the ministry Thursday to receive a formal protest.

The former employee, Russian citizen Robert Shonov, was arrested in May and is accused of passing information to U.S. diplomats about Russia's military mobilization and the war in Ukraine.
Shonov had worked at the consulate for more than 25 years before Moscow forced the mission to stop employing local staff in 2021.

State Department spokesman Matthew Miller called the allegations "wholly without merit" and said Washington would "respond appropriately" to the expulsions.
He added that the Kremlin's harassment of American personnel was a transparent attempt at intimidation.

The expulsions came as Vladimir Putin basked in the attention of North Korean leader Kim Jong Un, whom he hosted Wednesday at the Vostochny spaceport in Russia's Far East.
Kremlin spokesman Dmitry Peskov said Putin had accepted an invitation to visit Pyongyang at a convenient time.
Secretary of State Antony Blinken warned last week that any arms deal between Moscow and Pyongyang would violate U.N. Security Council resolutions and would be met with new sanctions.

Blinken announced more than $1 billion in new U.S. aid for Ukraine during a visit to Kyiv on Sept. 6.
Ukrainian President Volodymyr Zelenskyy is expected at the White House next week after addressing the U.N. General Assembly in New York.
Wall Street Journal reporter Evan Gershkovich, detained in Yekaterinburg since March on espionage charges that he, his employer and the U.S. government deny, remains in Moscow's Lefortovo prison.
A State Department official told Newsmax the expulsions would leave the U.S. Embassy in Moscow with its smallest staff in decades.
"""

# ---------------------------------------------------------------- b89en05 (Birmingham Mail)
EN05 = """
MI5 chief warns of Russian 'mayhem' on British streets as Birmingham parcel fire is linked to Moscow

BIRMINGHAM - Russia's military intelligence service is on a "sustained mission to generate mayhem on British and European streets," the head of MI5 warned on Tuesday.
In his annual threat update, Director General Ken McCallum said the GRU had carried out "arson, sabotage and more" and that the number of state-backed plots investigated by his officers had risen by 48 per cent since 2022.

Security sources have linked an incendiary device that ignited at a DHL depot near Birmingham in July to a Russian-backed plot to test routes for air cargo into the UK and North America.
A similar parcel caught fire at a DHL hub in Leipzig the same month, and German investigators have warned that the devices could have brought down an aircraft had they ignited in flight.
West Midlands Police said counter-terrorism officers were supporting the investigation.

Prime Minister Sir Keir Starmer said the government would "do whatever it takes" to keep the country safe and would raise the threat with allies.
The Kremlin brushed the warning aside.
Spokesman Dmitry Peskov said Russia had nothing to do with the incidents and accused British officials of "unfounded Russophobia."

The warning follows months of diplomatic tit-for-tat.
In May, the government expelled Russia's defence attaché and stripped several properties of their diplomatic status after an arson attack in March on a Ukrainian-owned warehouse in Leyton, east London, which prosecutors say was carried out on behalf of the Wagner group.
Moscow responded by expelling Britain's defence attaché.
In September, Russia's FSB stripped six British diplomats of their accreditation, accusing them of spying.

In Berlin, the head of Germany's domestic intelligence agency, Thomas Haldenwang, told MPs on Monday that Russian sabotage in Europe had reached "a new quality" and that Moscow was increasingly recruiting low-level agents online.
Nato leaders agreed at their summit in Washington in July to step up the sharing of information on sabotage and other hybrid attacks.

Volodymyr Zelensky is due in London on Thursday for talks with Sir Keir and Nato secretary general Mark Rutte on his "victory plan."
"""

# ---------------------------------------------------------------- b89en06 (Gulf Today)
EN06 = """
Qatar brokers US-Russia prisoner swap at Doha airport

DOHA: The United States and Russia exchanged two prisoners each at Hamad International Airport on Wednesday in a swap mediated by Qatar, the Qatari Ministry of Foreign Affairs said.
One of the Americans, software engineer Daniel Harlow, had been arrested in St Petersburg in October 2024 and sentenced last year to 12 years on espionage charges he denies.
The two Russians handed over by Washington had been convicted in the US of export-control violations and money laundering.

US envoy Steve Witkoff, who flew to Doha for the handover, met Kirill Dmitriev, Vladimir Putin's investment envoy, on the sidelines, according to a person briefed on the talks.
President Donald Trump thanked His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, in a post on Truth Social late Wednesday, calling the swap "a big win for America."
Secretary of State Marco Rubio said the administration would keep pressing Moscow to free "every wrongfully detained American."

Kremlin spokesman Dmitry Peskov said on Thursday that the exchange showed that "channels of trust" between the intelligence services were working and that Moscow was open to further swaps.
He denied that the deal was linked to the stalled peace talks on Ukraine.

Ukrainian President Volodymyr Zelensky welcomed the release but urged Qatar, which has helped return dozens of Ukrainian children from Russia, to press Moscow on the thousands of Ukrainian civilians still held.
The next round of Russian-Ukrainian talks on humanitarian issues is scheduled for early April in Istanbul, Turkey's foreign ministry said.

The swap follows weeks of friction between Moscow and Washington.
Last month, Russia expelled a US diplomat from the consulate general in Yekaterinburg for alleged espionage, and Washington retaliated by ordering a Russian diplomat out of New York.
Qatar, which has mediated several exchanges between Moscow and Kyiv since 2024, said it stood ready to continue its efforts.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b89en01_gershkovich_verdict_2024_07", "2024-07-21", EN01,
        [
            T("Sixteen years", "DURATION", "P16Y"),
            T("almost 16 months", "DURATION", "P16M", mod="APPROX"),
            T("Friday", "DATE", "2024-07-19", 0),
            T("16 years", "DURATION", "P16Y"),
            T("Friday", "DATE", "2024-07-19", 1),
            T("Saturday", "DATE", "2024-07-20"),
            T("Wednesday", "DATE", "2024-07-17"),
            T("February", "DATE", "2024-02"),
            T("December 2018", "DATE", "2018-12"),
            T("16-year", "DURATION", "P16Y"),
            T("Monday", "DATE", "2024-07-22"),
            T("a week", "DURATION", "P1W"),
            T("Thursday", "DATE", "2024-07-18"),
            T("Friday", "DATE", "2024-07-19", 2),
            T("nearly three decades", "DURATION", "P30Y", mod="APPROX"),
        ],
        [
            E("Gershkovich sentenced to 16 years in a penal colony", "COERCE", ["Russia", "United States"],
              "2024-07-19", "text", "occurred", "was sentenced on Friday"),
            E("Court finds Gershkovich guilty of spying for the CIA", "ACCUSE", ["Russia", "United States"],
              "2024-07-19", "context", "occurred", "A court in Yekaterinburg found"),
            E("Biden: Gershkovich targeted because he is a journalist and an American", "ACCUSE",
              ["Joe Biden", "Russia"], "2024-07-19", "text", "occurred", "Joe Biden said in a statement"),
            E("Biden presses for Gershkovich's release", "REQUEST", ["Joe Biden", "Russia"], "2024-07-19", "text",
              "occurred", "Joe Biden said in a statement"),
            E("Blinken calls the trial a sham and accuses Moscow of using detained Americans as bargaining chips",
              "ACCUSE", ["Antony Blinken", "Russia"], "2024-07-19", "context", "occurred", "bargaining chips"),
            E("Lammy: Britain stands shoulder to shoulder with the US", "SUPPORT", ["United Kingdom", "United States"],
              "2024-07-21", "published", "occurred", "shoulder to shoulder"),
            E("Lammy demands Russia free everyone held on politically motivated charges", "REQUEST",
              ["United Kingdom", "Russia"], "2024-07-21", "published", "occurred", "shoulder to shoulder"),
            E("Contacts between Russian and US intelligence services on a possible exchange", "CONSULT",
              ["Russia", "United States"], "2024-07-17", "context", "occurred", "contacts on a possible exchange"),
            E("Putin tells Carlson a deal on Gershkovich is possible", "AGREE", ["Vladimir Putin", "United States"],
              "2024-02", "text", "occurred", "Tucker Carlson"),
            E("Putin hints he wants a Russian jailed in Germany in return", "REQUEST", ["Vladimir Putin", "Germany"],
              "2024-02", "text", "occurred", "Tucker Carlson"),
            E("Paul Whelan in Russian custody since December 2018", "COERCE", ["Russia", "United States"], "2018-12",
              "text", "occurred", "Paul Whelan", date_mod="START"),
            E("Verdict expected in the case of Alsu Kurmasheva", "COERCE", ["Russia", "United States"], "2024-07-22",
              "text", "uncertain", "Alsu Kurmasheva"),
            E("Starmer hosts more than 40 leaders at Blenheim Palace", "CONSULT", ["Keir Starmer"],
              "2024-07-18", "text", "occurred", "Blenheim Palace"),
            E("Zelensky addresses the British cabinet in Downing Street", "CONSULT",
              ["Volodymyr Zelensky", "United Kingdom"], "2024-07-19", "text", "occurred", "On Friday, Volodymyr Zelensky"),
            E("Zelensky asks Starmer for permission to strike targets in Russia with Storm Shadow missiles",
              "REQUEST", ["Volodymyr Zelensky", "Keir Starmer"], "2024-07-19", "context", "occurred",
              "He used the visit to ask Starmer"),
        ],
        [
            S("Joe Biden", "Gershkovich was targeted because he is a journalist and an American; pushing hard for "
              "his release", "2024-07-19", "text", "Joe Biden said in a statement"),
            S("Antony Blinken", "The proceedings are a sham; Moscow uses detained Americans as bargaining chips",
              "2024-07-19", "context", "bargaining chips"),
            S("United Kingdom", "Lammy: Britain stands shoulder to shoulder with the US; Russia must free those held "
              "on political charges", "2024-07-21", "published", "shoulder to shoulder"),
            S("Kremlin", "The Kremlin was tight-lipped", "2024-07-21", "published", "The Kremlin was tight-lipped"),
            S("Dmitry Peskov", "Exchanges like silence; nothing to add to the court's ruling", "2024-07-20", "text",
              "like silence"),
            S("Sergey Lavrov", "Contacts on an exchange continue between intelligence services; the Americans know "
              "the channel", "2024-07-17", "text", "contacts on a possible exchange"),
            S("Vladimir Putin", "A deal is possible; hints at a Russian jailed in Germany in return", "2024-02", "text",
              "Tucker Carlson"),
        ],
        ["Russia", "United States", "Joe Biden", "Antony Blinken", "United Kingdom", "Kremlin", "Dmitry Peskov",
         "Vladimir Putin", "Sergey Lavrov", "Germany", "Keir Starmer", "Volodymyr Zelensky"],
    ),
    doc(
        "b89en02_uk_gru_sanctions_2025_07", "2025-07-18", EN02,
        [
            T("Friday", "DATE", "2025-07-18", 0),
            T("years-long", "DURATION", "PXY"),
            T("Friday afternoon", "TIME", "2025-07-18TAF"),
            T("Thursday", "DATE", "2025-07-17"),
            T("Monday", "DATE", "2025-07-14"),
            T("50 days", "DURATION", "P50D"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
        ],
        [
            E("Britain sanctions three GRU units and 18 officers", "SANCTION", ["United Kingdom", "Russia"],
              "2025-07-18", "text", "occurred", "Britain on Friday imposed sanctions"),
            E("Britain accuses the GRU of a years-long campaign to destabilise Europe", "ACCUSE",
              ["United Kingdom", "Russia"], "2025-07-18", "text", "occurred", "Britain on Friday imposed sanctions"),
            E("NCSC exposes GRU malware used against Microsoft accounts", "ACCUSE", ["United Kingdom", "Russia"],
              "2025-07-18", "context", "occurred", "National Cyber Security Centre"),
            E("Foreign Office summons Russian ambassador Kelin", "ACCUSE", ["United Kingdom", "Russia"],
              "2025-07-18TAF", "text", "occurred", "summoned Russia's ambassador"),
            E("Lammy vows Britain will keep standing by Kyiv", "AGREE", ["United Kingdom", "Ukraine"], "2025-07-18",
              "published", "occurred", "He vowed that Britain"),
            E("Russian embassy rejects the sanctions as baseless", "REJECT", ["Russia", "United Kingdom"],
              "2025-07-18", "published", "occurred", "Russophobic hysteria"),
            E("Russian embassy calls the sanctions Russophobic hysteria", "ACCUSE", ["Russia", "United Kingdom"],
              "2025-07-18", "published", "occurred", "Russophobic hysteria"),
            E("Zakharova warns London's hostile actions will not go unanswered", "THREATEN",
              ["Maria Zakharova", "United Kingdom"], "2025-07-18", "published", "occurred", "Russophobic hysteria"),
            E("Peskov denies any Russian link to the incidents cited by London", "REJECT",
              ["Dmitry Peskov", "United Kingdom"], "2025-07-18", "published", "occurred", "nothing to do"),
            E("EU ambassadors approve the 18th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2025-07-18", "context", "occurred", "18th package"),
            E("Britain to match the lower oil price cap", "SANCTION", ["United Kingdom", "Russia"], "2025-07-18",
              "published", "planned", "Downing Street said Britain would match"),
            E("Starmer and Merz sign a friendship treaty with a mutual assistance clause", "AGREE",
              ["Keir Starmer", "Friedrich Merz"], "2025-07-17", "text", "occurred", "signed a friendship treaty"),
            E("Trump gives Putin 50 days to agree a ceasefire or face tariffs", "THREATEN",
              ["Donald Trump", "Vladimir Putin"], "2025-07-14", "text", "occurred", "50 days",
              note="deadline early September 2025"),
            E("Further British listings targeting the shadow fleet", "SANCTION", ["United Kingdom", "Russia"],
              "FUTURE_REF", "vague", "planned", "shadow fleet"),
        ],
        [
            S("United Kingdom", "Government: the GRU runs a years-long campaign to destabilise Europe", "2025-07-18",
              "text", "Britain on Friday imposed sanctions"),
            S("United Kingdom", "NCSC: the GRU used malicious software against Microsoft accounts", "2025-07-18",
              "context", "National Cyber Security Centre"),
            S("United Kingdom", "Lammy: GRU spies are destabilising Europe, undermining Ukraine and threatening "
              "British citizens", "2025-07-18", "published", "GRU spies are running a campaign"),
            S("United Kingdom", "Lammy: Britain will continue to expose such operations and stand by Kyiv",
              "2025-07-18", "published", "He vowed that Britain"),
            S("Russia", "Moscow reacted with scorn", "2025-07-18", "published", "Moscow reacted with scorn"),
            S("Russia", "Embassy: the sanctions are baseless, part of a Russophobic hysteria", "2025-07-18",
              "published", "Russophobic hysteria"),
            S("Maria Zakharova", "London's hostile actions will not go unanswered", "2025-07-18", "published",
              "Russophobic hysteria"),
            S("Dmitry Peskov", "Russia has nothing to do with any of the incidents", "2025-07-18", "published",
              "nothing to do"),
            S("Kaja Kallas", "The 18th package is one of the EU's strongest to date", "2025-07-18", "published",
              "one of its strongest packages"),
            S("United Kingdom", "Downing Street: Britain will match the lower price cap", "2025-07-18", "published",
              "Downing Street said Britain would match"),
        ],
        ["United Kingdom", "Russia", "Ukraine", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "European Union",
         "Kaja Kallas", "Keir Starmer", "Germany", "Friedrich Merz", "Donald Trump", "Vladimir Putin"],
    ),
    doc(
        "b89en03_tusk_air_terror_2025_01", "2025-01-15", EN03,
        [
            T("Wednesday", "DATE", "2025-01-15"),
            T("last July", "DATE", "2024-07"),
            T("January 1", "DATE", "2025-01-01"),
            T("1943", "DATE", "1943"),
            T("April", "DATE", "2025-04"),
            T("October", "DATE", "2024-10"),
            T("the following month", "DATE", "2024-11"),
            T("Overnight", "TIME", "2025-01-14TNI"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Monday", "DATE", "2025-01-20"),
        ],
        [
            E("Tusk confirms Russia planned acts of air terror against airlines", "ACCUSE", ["Donald Tusk", "Russia"],
              "2025-01-15", "text", "occurred", "Prime Minister Donald Tusk confirmed"),
            E("Tusk–Zelensky talks and joint press conference in Warsaw", "CONSULT",
              ["Donald Tusk", "Volodymyr Zelensky"], "2025-01-15", "context", "occurred",
              "Speaking at a joint press conference"),
            E("Incendiary parcel catches fire at a DHL hub in Leipzig", "ASSAULT", ["Russia", "Germany"], "2024-07",
              "text", "uncertain", "Polish prosecutors have linked",
              note="attribution to Russia by Polish prosecutors; Leipzig, 22 July 2024"),
            E("Kyiv agrees to allow exhumations of Polish Volhynia victims", "AGREE", ["Ukraine", "Poland"],
              "2025-01-15", "context", "occurred", "Tusk said Kyiv had agreed"),
            E("First exhumation work to begin in western Ukraine", "COOPERATE", ["Poland", "Ukraine"], "2025-04",
              "text", "planned", "Tusk said Kyiv had agreed"),
            E("Zelensky thanks Poland for its support", "SUPPORT", ["Volodymyr Zelensky", "Poland"], "2025-01-15",
              "context", "occurred", "Zelensky thanked Poland"),
            E("Zelensky calls on European partners to provide security guarantees", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2025-01-15", "context", "occurred",
              "Zelensky thanked Poland"),
            E("Zakharova accuses Tusk of Russophobic paranoia", "ACCUSE", ["Maria Zakharova", "Donald Tusk"],
              "2025-01-15", "published", "occurred", "Russophobic paranoia"),
            E("Peskov rejects the accusations as unfounded", "REJECT", ["Dmitry Peskov", "Donald Tusk"], "2025-01-15",
              "published", "occurred", "unfounded"),
            E("Poland orders the closure of the Russian consulate in Poznań", "SANCTION", ["Poland", "Russia"],
              "2024-10", "text", "occurred", "In October, Poland ordered"),
            E("Russia closes Poland's consulate in St Petersburg", "SANCTION", ["Russia", "Poland"], "2024-11",
              "text", "occurred", "In October, Poland ordered"),
            E("Sikorski warns further sabotage would cost Russia its remaining consulates", "THREATEN",
              ["Poland", "Russia"], "2024-10", "context", "occurred", "Radosław Sikorski warned"),
            E("Russian missile and drone attack on Ukrainian gas and energy facilities", "ASSAULT",
              ["Russia", "Ukraine"], "2025-01-14TNI", "text", "occurred", "more than 40 missiles"),
            E("Zelensky hopes to meet Trump soon", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "FUTURE_REF",
              "vague", "planned", "hoped to meet Donald Trump"),
        ],
        [
            S("Donald Tusk", "Russia planned acts of air terror against airlines around the world", "2025-01-15",
              "text", "Prime Minister Donald Tusk confirmed"),
            S("Donald Tusk", "Can only confirm the validity of these fears", "2025-01-15", "context",
              "Speaking at a joint press conference"),
            S("Donald Tusk", "Kyiv agreed to allow exhumations of Polish victims; first work in April", "2025-01-15",
              "context", "Tusk said Kyiv had agreed"),
            S("Volodymyr Zelensky", "Thanks Poland; European partners must give security guarantees before talks "
              "with Moscow", "2025-01-15", "context", "Zelensky thanked Poland"),
            S("Russia", "Moscow dismissed the allegations", "2025-01-15", "published", "Moscow dismissed"),
            S("Maria Zakharova", "Tusk suffers from Russophobic paranoia; Warsaw distracts from its own problems",
              "2025-01-15", "published", "Russophobic paranoia"),
            S("Dmitry Peskov", "The accusations are unfounded", "2025-01-15", "published", "unfounded"),
            S("Poland", "Sikorski: further sabotage would cost Russia its remaining consulates", "2024-10", "context",
              "Radosław Sikorski warned"),
            S("Ukraine", "Officials: Russia launched over 40 missiles and 70 drones at gas and energy sites",
              "2025-01-15", "published", "more than 40 missiles"),
            S("Volodymyr Zelensky", "Hopes to meet Trump soon", "2025-01-15", "context", "hoped to meet Donald Trump"),
        ],
        ["Donald Tusk", "Russia", "Poland", "Volodymyr Zelensky", "Germany", "European Union", "Ukraine",
         "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Donald Trump", "United States"],
    ),
    doc(
        "b89en04_us_diplomats_expelled_shonov_2023_09", "2023-09-14", EN04,
        [
            T("Thursday", "DATE", "2023-09-14", 0),
            T("seven days", "DURATION", "P7D"),
            T("Thursday", "DATE", "2023-09-14", 1),
            T("May", "DATE", "2023-05"),
            T("more than 25 years", "DURATION", "P25Y", mod="MORE_THAN"),
            T("2021", "DATE", "2021"),
            T("Wednesday", "DATE", "2023-09-13"),
            T("last week", "DATE", "2023-W36"),
            T("Sept. 6", "DATE", "2023-09-06"),
            T("next week", "DATE", "2023-W38"),
            T("March", "DATE", "2023-03"),
            T("decades", "DURATION", "PXY"),
        ],
        [
            E("Russia expels two US diplomats", "SANCTION", ["Russia", "United States"], "2023-09-14", "text",
              "occurred", "Russia on Thursday ordered two American diplomats"),
            E("Russia accuses the US diplomats of illegal activities through contacts with Shonov", "ACCUSE",
              ["Russia", "United States"], "2023-09-14", "text", "occurred",
              "Russia on Thursday ordered two American diplomats"),
            E("US Ambassador Tracy summoned to the Russian foreign ministry", "ACCUSE", ["Russia", "United States"],
              "2023-09-14", "text", "occurred", "Lynne Tracy was summoned"),
            E("Russia arrests former consulate employee Robert Shonov", "COERCE", ["Russia"], "2023-05", "text",
              "occurred", "was arrested in May"),
            E("Moscow forces the US mission to stop employing local staff", "SANCTION", ["Russia", "United States"],
              "2021", "text", "occurred", "stop employing local staff"),
            E("State Department rejects the allegations as wholly without merit", "REJECT",
              ["United States", "Russia"], "2023-09-14", "published", "occurred", "wholly without merit"),
            E("Washington vows to respond appropriately to the expulsions", "THREATEN", ["United States", "Russia"],
              "2023-09-14", "published", "occurred", "wholly without merit"),
            E("State Department accuses the Kremlin of harassing American personnel", "ACCUSE",
              ["United States", "Kremlin"], "2023-09-14", "published", "occurred", "transparent attempt"),
            E("Putin hosts Kim Jong Un at the Vostochny spaceport", "CONSULT", ["Vladimir Putin"], "2023-09-13",
              "text", "occurred", "Vostochny"),
            E("Putin accepts an invitation to visit Pyongyang", "AGREE", ["Vladimir Putin"], "2023-09-13", "context",
              "occurred", "accepted an invitation"),
            E("Blinken warns that an arms deal with Pyongyang would be met with new sanctions", "THREATEN",
              ["Antony Blinken", "Russia"], "2023-W36", "text", "occurred", "Blinken warned last week"),
            E("Blinken visits Kyiv", "CONSULT", ["Antony Blinken", "Ukraine"], "2023-09-06", "text", "occurred",
              "during a visit to Kyiv"),
            E("Blinken announces more than $1 billion in new US aid for Ukraine", "AID", ["United States", "Ukraine"],
              "2023-09-06", "text", "occurred", "during a visit to Kyiv"),
            E("Zelensky expected at the White House", "CONSULT", ["Volodymyr Zelensky", "White House"], "2023-W38",
              "text", "planned", "expected at the White House"),
            E("Gershkovich detained in Russia since March", "COERCE", ["Russia", "United States"], "2023-03", "text",
              "occurred", "detained in Yekaterinburg since March", date_mod="START"),
        ],
        [
            S("Russia", "Foreign ministry: the two diplomats engaged in illegal activities and must leave within "
              "seven days", "2023-09-14", "text", "Russia on Thursday ordered two American diplomats"),
            S("United States", "Miller: the allegations are wholly without merit; Washington will respond "
              "appropriately", "2023-09-14", "published", "wholly without merit"),
            S("United States", "Miller: the Kremlin's harassment of American personnel is an attempt at "
              "intimidation", "2023-09-14", "published", "transparent attempt"),
            S("Dmitry Peskov", "Putin accepted an invitation to visit Pyongyang", "2023-09-14", "published",
              "accepted an invitation"),
            S("Antony Blinken", "An arms deal between Moscow and Pyongyang would violate UN resolutions and be met "
              "with sanctions", "2023-W36", "text", "Blinken warned last week"),
            S("United States", "Official: the expulsions leave the embassy with its smallest staff in decades",
              "2023-09-14", "published", "told Newsmax"),
        ],
        ["Russia", "United States", "Ukraine", "Kremlin", "Vladimir Putin", "Dmitry Peskov", "Antony Blinken",
         "United Nations", "Volodymyr Zelensky", "White House"],
    ),
    doc(
        "b89en05_mi5_mayhem_birmingham_parcel_2024_10", "2024-10-09", EN05,
        [
            T("Tuesday", "DATE", "2024-10-08"),
            T("annual", "SET", "P1Y"),
            T("2022", "DATE", "2022"),
            T("July", "DATE", "2024-07", 0),
            T("the same month", "DATE", "2024-07"),
            T("months", "DURATION", "PXM"),
            T("May", "DATE", "2024-05"),
            T("March", "DATE", "2024-03"),
            T("September", "DATE", "2024-09"),
            T("Monday", "DATE", "2024-10-07"),
            T("July", "DATE", "2024-07", 1),
            T("Thursday", "DATE", "2024-10-10"),
        ],
        [
            E("MI5 chief accuses the GRU of a sustained mission to generate mayhem in Britain and Europe", "ACCUSE",
              ["United Kingdom", "Russia"], "2024-10-08", "text", "occurred", "the head of MI5 warned on Tuesday"),
            E("Incendiary device ignites at a DHL depot near Birmingham", "ASSAULT", ["Russia", "United Kingdom"],
              "2024-07", "text", "uncertain", "Security sources have linked",
              note="attribution by unnamed security sources"),
            E("Similar parcel catches fire at a DHL hub in Leipzig", "ASSAULT", ["Russia", "Germany"], "2024-07",
              "text", "uncertain", "A similar parcel caught fire"),
            E("Kremlin denies any involvement in the incidents", "REJECT", ["Dmitry Peskov", "United Kingdom"],
              "2024-10-09", "published", "occurred", "unfounded Russophobia"),
            E("Peskov accuses British officials of unfounded Russophobia", "ACCUSE",
              ["Dmitry Peskov", "United Kingdom"], "2024-10-09", "published", "occurred", "unfounded Russophobia"),
            E("Britain expels Russia's defence attaché and strips properties of diplomatic status", "SANCTION",
              ["United Kingdom", "Russia"], "2024-05", "text", "occurred", "In May, the government expelled"),
            E("Arson attack on a Ukrainian-owned warehouse in Leyton", "ASSAULT",
              ["Russia", "United Kingdom"], "2024-03", "text", "uncertain",
              "In May, the government expelled", note="prosecutors link it to the Wagner group"),
            E("Moscow expels Britain's defence attaché", "SANCTION", ["Russia", "United Kingdom"], "2024-05",
              "context", "occurred", "Moscow responded by expelling"),
            E("Russia's FSB strips six British diplomats of accreditation", "SANCTION", ["Russia", "United Kingdom"],
              "2024-09", "text", "occurred", "In September, Russia's FSB"),
            E("FSB accuses the British diplomats of spying", "ACCUSE", ["Russia", "United Kingdom"], "2024-09",
              "text", "occurred", "In September, Russia's FSB"),
            E("German domestic intelligence chief accuses Russia of sabotage of a new quality", "ACCUSE",
              ["Germany", "Russia"], "2024-10-07", "text", "occurred", "Thomas Haldenwang"),
            E("NATO summit in Washington", "CONSULT", ["NATO"], "2024-07", "text", "occurred",
              "summit in Washington", note="9–11 July 2024"),
            E("NATO leaders agree to step up information-sharing on sabotage and hybrid attacks", "AGREE", ["NATO"],
              "2024-07", "text", "occurred", "summit in Washington"),
            E("Zelensky due in London for talks with Starmer and Rutte", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer", "Mark Rutte"], "2024-10-10", "text", "planned",
              "due in London on Thursday"),
        ],
        [
            S("United Kingdom", "MI5: the GRU is on a sustained mission to generate mayhem on British and European "
              "streets", "2024-10-08", "text", "the head of MI5 warned on Tuesday"),
            S("United Kingdom", "McCallum: the GRU carried out arson and sabotage; state-backed plots up 48 per cent "
              "since 2022", "2024-10-08", "context", "In his annual threat update"),
            S("Germany", "Investigators: the devices could have brought down an aircraft", "2024-10-09", "published",
              "A similar parcel caught fire"),
            S("Keir Starmer", "The government will do whatever it takes and raise the threat with allies",
              "2024-10-09", "published", "do whatever it takes"),
            S("Germany", "Haldenwang: Russian sabotage has reached a new quality; Moscow recruits low-level agents "
              "online", "2024-10-07", "text", "Thomas Haldenwang"),
            S("Kremlin", "The Kremlin brushed the warning aside", "2024-10-09", "published",
              "The Kremlin brushed the warning aside"),
            S("Dmitry Peskov", "Russia has nothing to do with the incidents; British officials show unfounded "
              "Russophobia", "2024-10-09", "published", "unfounded Russophobia"),
        ],
        ["United Kingdom", "Russia", "Germany", "Keir Starmer", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "Mark Rutte", "NATO"],
    ),
    doc(
        "b89en06_doha_prisoner_swap_2026_03", "2026-03-19", EN06,
        [
            T("Wednesday", "DATE", "2026-03-18"),
            T("October 2024", "DATE", "2024-10"),
            T("last year", "DATE", "2025"),
            T("12 years", "DURATION", "P12Y"),
            T("late Wednesday", "TIME", "2026-03-18TNI"),
            T("Thursday", "DATE", "2026-03-19"),
            T("early April", "DATE", "2026-04", mod="START"),
            T("weeks", "DURATION", "PXW"),
            T("Last month", "DATE", "2026-02"),
            T("2024", "DATE", "2024", 1),
        ],
        [
            E("US–Russia exchange of two prisoners each at Doha airport", "CONCEDE", ["United States", "Russia"],
              "2026-03-18", "text", "occurred", "exchanged two prisoners each"),
            E("Qatar mediates the swap", "CONSULT", ["Qatar", "United States", "Russia"], "2026-03-18", "text",
              "occurred", "exchanged two prisoners each"),
            E("Russia arrests Daniel Harlow in St Petersburg", "COERCE", ["Russia", "United States"], "2024-10",
              "text", "occurred", "Daniel Harlow"),
            E("Harlow sentenced to 12 years for espionage", "COERCE", ["Russia", "United States"], "2025", "text",
              "occurred", "Daniel Harlow"),
            E("Witkoff meets Dmitriev on the sidelines of the handover", "CONSULT",
              ["Steve Witkoff", "Kirill Dmitriev"], "2026-03-18", "context", "occurred", "met Kirill Dmitriev"),
            E("Trump thanks the Amir of Qatar", "SUPPORT", ["Donald Trump", "Qatar"], "2026-03-18TNI", "text",
              "occurred", "a big win for America"),
            E("Rubio: the administration will keep pressing Moscow to free wrongfully detained Americans", "REQUEST",
              ["Marco Rubio", "Russia"], "2026-03-19", "published", "occurred", "wrongfully detained"),
            E("Peskov: Moscow open to further swaps", "AGREE", ["Dmitry Peskov", "United States"], "2026-03-19",
              "text", "occurred", "channels of trust"),
            E("Peskov denies a link between the swap and the peace talks", "REJECT", ["Dmitry Peskov"], "2026-03-19",
              "context", "occurred", "He denied that the deal"),
            E("Zelensky welcomes the release", "SUPPORT", ["Volodymyr Zelensky", "United States"], "2026-03-19",
              "published", "occurred", "welcomed the release"),
            E("Zelensky urges Qatar to press Moscow on Ukrainian civilians still held", "REQUEST",
              ["Volodymyr Zelensky", "Qatar", "Russia"], "2026-03-19", "published", "occurred",
              "welcomed the release"),
            E("Next round of Russian–Ukrainian humanitarian talks in Istanbul", "CONSULT", ["Russia", "Ukraine"],
              "2026-04", "text", "planned", "The next round", date_mod="START"),
            E("Russia expels a US diplomat from Yekaterinburg for alleged espionage", "SANCTION",
              ["Russia", "United States"], "2026-02", "text", "occurred", "Last month, Russia expelled"),
            E("Russia accuses the US diplomat of espionage", "ACCUSE", ["Russia", "United States"], "2026-02", "text",
              "occurred", "Last month, Russia expelled"),
            E("Washington retaliates by ordering a Russian diplomat out of New York", "SANCTION",
              ["United States", "Russia"], "2026-02", "text", "occurred", "Last month, Russia expelled"),
            E("Qatar has mediated exchanges between Moscow and Kyiv since 2024", "CONSULT",
              ["Qatar", "Russia", "Ukraine"], "2024", "text", "occurred", "Qatar, which has mediated",
              date_mod="START"),
            E("Qatar ready to continue its mediation", "AGREE", ["Qatar", "Russia", "Ukraine"], "2026-03-19",
              "published", "occurred", "Qatar, which has mediated"),
        ],
        [
            S("Qatar", "Foreign ministry: the US and Russia exchanged two prisoners each in a Qatari-mediated swap",
              "2026-03-19", "published", "exchanged two prisoners each"),
            S("Donald Trump", "Thanks the Amir of Qatar; the swap is a big win for America", "2026-03-18TNI", "text",
              "a big win for America"),
            S("Marco Rubio", "Will keep pressing Moscow to free every wrongfully detained American", "2026-03-19",
              "published", "wrongfully detained"),
            S("Dmitry Peskov", "Channels of trust between the services work; Moscow is open to further swaps",
              "2026-03-19", "text", "channels of trust"),
            S("Dmitry Peskov", "The deal is not linked to the peace talks", "2026-03-19", "context",
              "He denied that the deal"),
            S("Volodymyr Zelensky", "Welcomes the release; Qatar should press Moscow on Ukrainian civilians",
              "2026-03-19", "published", "welcomed the release"),
            S("Turkey", "Foreign ministry: the next humanitarian round is set for early April in Istanbul",
              "2026-03-19", "published", "The next round"),
            S("Qatar", "Stands ready to continue its mediation efforts", "2026-03-19", "published",
              "Qatar, which has mediated"),
        ],
        ["United States", "Russia", "Qatar", "Steve Witkoff", "Kirill Dmitriev", "Vladimir Putin", "Donald Trump",
         "Marco Rubio", "Kremlin", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky", "Turkey"],
    ),
]
