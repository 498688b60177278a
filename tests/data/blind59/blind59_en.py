"""English articles of the blind59 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b59en01 (IPN, Chisinau)
EN01 = """
Sandu: Russia planned to overthrow Moldova's government using foreign saboteurs

Chisinau, February 14 /IPN/. Russia drew up plans to topple Moldova's leadership by bringing in saboteurs with military training, disguised as civilians, to stage attacks on state buildings and take hostages, President Maia Sandu said, adding that the aim was to install "an illegitimate government controlled by the Russian Federation".
Speaking at a briefing on Monday, the head of state said the plan, whose details had been handed over by Ukrainian partners, involved citizens of Russia, Belarus, Montenegro and Serbia entering the country.
She asked Parliament to pass without delay two bills giving the Intelligence and Security Service and prosecutors more powers to fight "subversive" activities.

The revelations follow a warning by Ukrainian President Volodymyr Zelensky, who told EU leaders at their summit in Brussels on Thursday that Ukraine's intelligence had intercepted a Russian plan "for the destruction of Moldova".
"These are the plans of the Russian special services, and I told Maia about them," Zelensky said after the meeting.
On Friday, Prime Minister Natalia Gavrilita resigned, saying her cabinet had inherited crises it had not created, and Sandu nominated her defence and security adviser Dorin Recean to replace her.

The same day, a Russian cruise missile fired at Ukraine from the Black Sea crossed Moldovan airspace, and the Foreign Ministry summoned Russian Ambassador Oleg Vasnetsov to express "total disagreement with the unacceptable violation".
Ukraine's air force said two Kalibr missiles had flown over Moldova and Romania before entering Ukrainian airspace, a claim Bucharest denied for its own territory.

Moscow dismissed the accusations.
Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that the claims were "absolutely unfounded and unsubstantiated" and accused Kyiv of trying to drag Moldova into a conflict with Russia in order to justify a provocation against Transnistria, where about 1,500 Russian troops are stationed.
Kremlin spokesman Dmitry Peskov told reporters on Monday that Moscow was watching events in Moldova "very closely" and that Chisinau had taken an openly "anti-Russian" course.

In Washington, the White House said it was "deeply concerned" and that the plot matched Russia's "playbook" in the region, pledging continued support for Moldova's sovereignty.
EU foreign policy chief Josep Borrell said the bloc stood "firmly by Moldova" and would strengthen its support, including through a civilian mission to help counter hybrid threats.

Moldova, which was granted EU candidate status together with Ukraine in June last year, has faced an energy crisis since Gazprom cut gas supplies by almost half in October and months of protests organised by the Shor Party, whose leader, the fugitive businessman Ilan Shor, was placed under US sanctions in October as well.
Prime minister-designate Recean is expected to present his cabinet and programme to Parliament in the coming days.
"""

# ---------------------------------------------------------------- b59en02 (Emerging Europe)
EN02 = """
Fico's comeback: what Smer's victory means for Slovakia's support for Ukraine

Robert Fico's Smer-SD won Slovakia's early parliamentary election on Saturday with almost 23 per cent of the vote, putting the three-time prime minister, who campaigned on a promise to end military aid to Ukraine, in pole position to form the next government.
The liberal Progressive Slovakia came second with 18 per cent, while Hlas, the centre-left party of former prime minister Peter Pellegrini, took almost 15 per cent and is widely seen as the kingmaker.

"Slovakia has bigger problems than Ukraine," Fico told supporters in Bratislava on Sunday, repeating that his government would "not send a single round" of ammunition to Kyiv from army stocks, although private companies would remain free to sell weapons commercially.
He also said he would oppose any sanctions that harmed Slovakia's interests and would never support Ukraine's membership of NATO, which he said would mean "World War Three".

Hungarian Prime Minister Viktor Orbán was among the first to congratulate him, writing on X late Saturday: "Guess who's back! Always good to work together with a patriot."
In Moscow, Kremlin spokesman Dmitry Peskov said on Monday that it was "too early" to speak of a change of course in Bratislava, but that Moscow welcomed "politicians who take a sober view of the situation".
Ukraine's foreign ministry said it respected the "democratic choice of the Slovak people" and expected Slovakia to remain a reliable partner.
NATO Secretary General Jens Stoltenberg said he was confident that Slovakia would "remain a committed ally" and urged the next government to keep supporting Ukraine "for as long as it takes".
A European Commission spokesperson declined to comment on the coalition talks but said the EU's unity on Ukraine "has held for 19 months and will hold".

Analysts caution that Fico's room for manoeuvre may be smaller than his rhetoric suggests.
Slovakia has already delivered much of what it could spare, including 13 MiG-29 fighter jets in the spring and an S-300 air defence system last year, and its arms industry earns well from the ammunition boom.
"He will bark louder than he bites," said a Bratislava political scientist, who asked not to be named.

The first real test will come at the EU summit later this month, where leaders are to discuss a 50-billion-euro facility for Ukraine until 2027 that Orbán has so far refused to back.
Opposition leader Michal Šimečka warned that a Fico–Orbán axis could paralyse decisions that require unanimity.
President Zuzana Čaputová is expected to ask Fico to form a government in the coming days; Smer will need both Hlas and the nationalist SNS to secure a majority.
"""

# ---------------------------------------------------------------- b59en03 (Daily News Hungary)
EN03 = """
Hungary and Slovakia turn to Brussels as Ukraine halts Lukoil oil transit

Hungary and Slovakia have formally asked the European Commission to open consultations with Ukraine after Kyiv stopped the transit of Russian oil supplied by Lukoil through the Druzhba pipeline, Foreign Minister Péter Szijjártó announced on Monday.
In a joint letter, the two governments argue that Ukraine's move breaches the EU–Ukraine Association Agreement, which prohibits measures restricting the transit of energy.
"It is unacceptable that Ukraine should decide on its own whether Hungary's energy supply is secure," Szijjártó told a press conference in Budapest, adding that about a third of the crude processed at MOL's Százhalombatta refinery had come from Lukoil.

Ukraine's parliament tightened sanctions against Lukoil in June, and the pipeline operator Ukrtransnafta stopped accepting the company's oil on 17 July, according to MOL.
Deliveries by other Russian producers continue, and MOL said it was looking into taking over ownership of the oil at the Belarusian–Ukrainian border.
Ukraine's foreign ministry rejected the criticism on Tuesday, saying the restrictions concerned only one company, that Hungary and Slovakia were "free to buy oil from other suppliers", and that "Russian companies should not pay taxes that finance Russia's war".

Budapest has since raised the stakes.
Szijjártó said Hungary would not approve the next 6.5 billion euros of reimbursements from the European Peace Facility to member states that send weapons to Ukraine until the transit issue is resolved.
A Commission spokesperson said on Monday that the EU executive was "collecting information" and would respond "in due course", while officials noted privately that both countries had had two years to diversify.

The dispute adds to the tensions between Budapest and the rest of the bloc during Hungary's six-month EU presidency, which began on 1 July.
Commission President Ursula von der Leyen decided last week that commissioners would skip informal ministerial meetings in Hungary after Prime Minister Viktor Orbán's unannounced visits to Vladimir Putin in Moscow and Xi Jinping in Beijing earlier this month, trips he called a "peace mission".
Ukrainian President Volodymyr Zelensky told reporters on Friday that Kyiv would "not finance the aggressor so that someone else can save money".
Kremlin spokesman Dmitry Peskov said Lukoil was "working on solutions" and accused Kyiv of "energy blackmail" against European consumers.

Slovak Prime Minister Robert Fico spoke by phone with his Ukrainian counterpart Denys Shmyhal on Saturday and said afterwards that he had asked Kyiv to reconsider, warning that Slovnaft's Bratislava refinery could run short of crude within weeks.
MOL shares fell 1.4 per cent on the Budapest Stock Exchange on Monday.
"""

# ---------------------------------------------------------------- b59en04 (Hungarian Conservative)
EN04 = """
Budapest Expels Two Ukrainian Diplomats After Kyiv's 'Spy Ring' Allegations

Hungary has expelled two diplomats of the Ukrainian Embassy in Budapest, Minister of Foreign Affairs and Trade Péter Szijjártó announced on Friday, after Ukraine's security service claimed to have uncovered a Hungarian military intelligence network in Transcarpathia.
"We will not allow anyone to smear Hungary," the minister said, describing the allegations as Ukrainian propaganda designed to sway the debate on Ukraine's EU membership.
According to the Hungarian side, Kyiv had not shared any evidence through diplomatic channels before going public.

The SBU said on Friday that it had detained two people, a former Ukrainian serviceman and a woman, who had allegedly gathered information for Hungary's Military National Security Service on air defence positions in Transcarpathia and on the mood of the local population.
Later that day, Ukrainian Foreign Minister Andrii Sybiha announced that Kyiv had expelled a Hungarian diplomat in what he called a "mirror response".
"Budapest has chosen the path of confrontation, and it will receive a symmetrical answer every time," Sybiha wrote on X.

Prime Minister Viktor Orbán told Kossuth Rádió on Friday morning that the affair was part of a campaign by which Kyiv, with the help of the opposition, was trying to interfere in Hungary's internal affairs ahead of next year's election.
He recalled that Hungarians are currently casting their votes in Voks 2025, a consultation on Ukraine's accession to the EU whose result will be announced in June.
"A country at war cannot be admitted to the European Union without bringing the war in with it," Orbán said.

Ukrainian President Volodymyr Zelensky said in a video address on Friday that Ukraine would protect its territory "from any espionage, no matter whose", without naming Hungary.
Relations between the two neighbours have been strained for years over the rights of the roughly 100,000 ethnic Hungarians in Transcarpathia, and Hungary has blocked the opening of the first negotiating cluster in Ukraine's accession talks since last June.

In Brussels, a spokesperson for EU foreign policy chief Kaja Kallas said the bloc was following the reports closely and called on both capitals to settle the matter through diplomatic channels.
Moscow was quick to comment: Russian foreign ministry spokeswoman Maria Zakharova said on Saturday that the affair showed "what kind of European values the Kyiv regime would bring with it".
On Sunday, Szijjártó said Hungary's ambassador in Kyiv would stay at his post and that Budapest was not interested in escalation, but would respond to "every further provocation".
The Hungarian government has also summoned Ukraine's ambassador for talks at the ministry on Monday.
"""

# ---------------------------------------------------------------- b59en05 (Kafkadesk)
EN05 = """
From Beijing to Uzhhorod: Fico shuttles between Putin and Zelensky

Slovak Prime Minister Robert Fico met Ukrainian President Volodymyr Zelensky in the border city of Uzhhorod on Friday, three days after holding talks with Russian President Vladimir Putin in Beijing.
The meeting, their second in Uzhhorod this year, lasted about two hours and focused on energy, EU accession and the Druzhba pipeline, which Ukrainian drones struck several times in August, halting oil flows to Slovakia and Hungary for days.
Fico said afterwards that Slovakia supported Ukraine's EU membership but not its membership of NATO, and that he had told Zelensky that Bratislava would not accept an EU ban on Russian gas and oil imports from 2027.
Zelensky wrote on X that he had asked Fico to help "end Europe's dependence on Russian energy" and to back the EU's next sanctions package.
"We agreed that our energy ministers will meet in the coming weeks," he added.

In Beijing on Tuesday, Fico had a one-on-one meeting with Putin on the eve of China's military parade, his first since he travelled to Moscow for the Victory Day celebrations in May.
According to the Kremlin readout, Putin praised Slovakia's "independent foreign policy" and dismissed claims that Russia intended to attack any European country as "nonsense" spread to justify higher arms spending.
Putin also said he was "not against" Ukraine joining the EU, a remark Fico promised to pass on in Uzhhorod.
Presidential aide Yuri Ushakov told reporters that the two had also discussed gas and that Moscow was ready to resume supplies to Slovakia via Ukraine "at any moment" if Kyiv agreed.

The Beijing trip drew sharp criticism in Brussels.
EU foreign policy chief Kaja Kallas said on Wednesday that leaders who stood next to Putin and Xi Jinping at the parade were sending "a message we cannot accept".
Hungarian Prime Minister Viktor Orbán, who did not attend, praised Fico's "courage" in a Facebook post on Thursday.

Also on Thursday, Zelensky joined French President Emmanuel Macron in Paris for a meeting of the so-called coalition of the willing, where 26 countries pledged to contribute to a reassurance force once a ceasefire is reached; Slovakia was not among them.
U.S. President Donald Trump joined part of the meeting by phone and told the Europeans they must stop buying Russian oil, according to a White House official.
For Fico, who has faced weekly street protests over his foreign policy since the winter, the message from Uzhhorod was simple: Slovakia wants "good relations with everyone".
"""

# ---------------------------------------------------------------- b59en06 (European Western Balkans)
EN06 = """
NIS deal signed in Budapest as Washington extends Serbia's lifeline

BELGRADE – Hungary's MOL signed an agreement on Thursday to buy the majority stake held by Russia's Gazprom Neft in Serbian oil company NIS, ending a four-month standoff that had threatened fuel supplies across the Western Balkans.
The signing took place in Budapest in the presence of Hungarian Prime Minister Viktor Orbán and Serbian President Aleksandar Vučić, with Gazprom Neft represented by its chief executive Alexander Dyukov.
Under the deal, MOL will take 51 per cent of NIS, and the Serbian state will buy a further five per cent, bringing its share to almost 35 per cent.

The US Treasury's Office of Foreign Assets Control (OFAC), which sanctioned NIS in January 2025 and let the measures take full effect in October, issued a licence on Wednesday allowing the company to operate until the transaction closes, expected by the end of June.
Croatia's JANAF pipeline operator said crude deliveries to the Pančevo refinery, halted since December, would resume next week.
"Serbia did not have a single hour without fuel, but we were closer to that than people know," Vučić told reporters in Budapest, thanking Orbán and "our American friends".
Orbán said the agreement proved that "energy security is a matter of national sovereignty, not of Brussels ideology", adding that he had informed Russian President Vladimir Putin of the deal in a phone call on Monday.

In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that the sale was "a forced decision" caused by "illegal American restrictions", but that Russia respected the commercial agreement.
Russian Foreign Ministry spokeswoman Maria Zakharova went further, calling it "a textbook example of Washington's economic racketeering".
Kirill Dmitriev, the Kremlin's envoy for economic cooperation, said he hoped the settlement would be "a step towards normal economic relations" with the United States and recalled that he had discussed NIS with US special envoy Steve Witkoff in January.

The deal does not resolve Belgrade's wider dilemma.
The European Commission criticised Serbia in its enlargement report in November for failing to align with EU sanctions against Russia, and EU foreign policy chief Kaja Kallas said in Brussels on Thursday that Serbia "cannot sit on two chairs" if it wants to join the Union.
Serbia's gas contract with Gazprom, which expired at the end of May 2025, has since been extended on a monthly basis, and talks on a new long-term agreement are due to continue in Moscow in March.

Kyiv welcomed the deal with caution.
Ukrainian Foreign Minister Andrii Sybiha said every euro "no longer flowing into Gazprom's war chest" was good news and urged Budapest and Belgrade to "take the next step" by ending their purchases of Russian gas.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b59en01_sandu_coup_plot_moldova_2023_02", "2023-02-14", EN01,
        [
            T("February 14", "DATE", "2023-02-14"),
            T("Monday", "DATE", "2023-02-13", 0),
            T("Thursday", "DATE", "2023-02-09"),
            T("Friday", "DATE", "2023-02-10"),
            T("The same day", "DATE", "2023-02-10"),
            T("Tuesday", "DATE", "2023-02-14"),
            T("Monday", "DATE", "2023-02-13", 1),
            T("June last year", "DATE", "2022-06"),
            T("October", "DATE", "2022-10", 0),
            T("months", "DURATION", "PXM"),
            T("October", "DATE", "2022-10", 1),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        [
            E("Sandu accuses Russia of planning to topple Moldova's leadership with saboteurs", "ACCUSE", ["Russia"],
              "2023-02-13", "context", "occurred", "Russia drew up plans to topple"),
            E("Zelensky at the EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2023-02-09", "text", "occurred", "who told EU leaders at their summit"),
            E("Zelensky says Ukraine intercepted a Russian plan to destroy Moldova", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-02-09", "text", "occurred", "who told EU leaders at their summit"),
            E("Russian cruise missile fired at Ukraine crosses Moldovan airspace", "ASSAULT", ["Russia", "Ukraine"],
              "2023-02-10", "text", "occurred", "a Russian cruise missile fired at Ukraine"),
            E("Moldova summons the Russian ambassador over the airspace violation", "ACCUSE", ["Russia"], "2023-02-10",
              "text", "occurred", "a Russian cruise missile fired at Ukraine"),
            E("Zakharova dismisses the claims as unfounded", "REJECT", ["Maria Zakharova"], "2023-02-14", "text",
              "occurred", "absolutely unfounded"),
            E("Zakharova accuses Kyiv of dragging Moldova into a conflict with Russia", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2023-02-14", "text", "occurred", "absolutely unfounded"),
            E("Peskov: Chisinau has taken an anti-Russian course", "ACCUSE", ["Dmitry Peskov"], "2023-02-13", "text",
              "occurred", "anti-Russian"),
            E("White House: the plot matches Russia's playbook", "ACCUSE", ["White House", "Russia"], "2023-02-14",
              "published", "occurred", "deeply concerned"),
            E("White House pledges continued support for Moldova's sovereignty", "AGREE", ["White House"], "2023-02-14",
              "published", "occurred", "deeply concerned"),
            E("EU promises to strengthen its support for Moldova, including a civilian mission", "AGREE",
              ["European Union"], "2023-02-14", "published", "occurred", "firmly by Moldova"),
            E("EU grants candidate status to Moldova and Ukraine", "AGREE", ["European Union", "Ukraine"], "2022-06",
              "text", "occurred", "granted EU candidate status"),
            E("Gazprom cuts gas supplies to Moldova by almost half", "SANCTION", ["Russia"], "2022-10", "text",
              "occurred", "granted EU candidate status"),
            E("US sanctions Ilan Shor", "SANCTION", ["United States"], "2022-10", "text", "occurred",
              "granted EU candidate status"),
        ],
        [
            S("Volodymyr Zelensky", "Ukraine's intelligence intercepted a Russian plan for the destruction of Moldova",
              "2023-02-09", "text", "who told EU leaders at their summit"),
            S("Volodymyr Zelensky", "These are the plans of the Russian special services; he told Sandu about them",
              "2023-02-09", "context", "These are the plans"),
            S("Ukraine", "Air force: two Kalibr missiles flew over Moldova and Romania", "2023-02-10", "context",
              "Ukraine's air force said"),
            S("Russia", "Moscow dismissed the accusations", "2023-02-14", "published", "Moscow dismissed the accusations."),
            S("Maria Zakharova", "The claims are absolutely unfounded; Kyiv wants to drag Moldova into a conflict with "
              "Russia", "2023-02-14", "text", "absolutely unfounded"),
            S("Dmitry Peskov", "Moscow is watching Moldova very closely; Chisinau has taken an anti-Russian course",
              "2023-02-13", "text", "anti-Russian"),
            S("White House", "Deeply concerned; the plot matches Russia's playbook; continued support for Moldova",
              "2023-02-14", "published", "deeply concerned"),
            S("European Union", "Borrell: the EU stands firmly by Moldova and will strengthen its support", "2023-02-14",
              "published", "firmly by Moldova"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "Maria Zakharova", "Kremlin", "Dmitry Peskov",
         "White House", "United States"],
    ),
    doc(
        "b59en02_fico_election_ukraine_aid_2023_10", "2023-10-02", EN02,
        [
            T("Saturday", "DATE", "2023-09-30"),
            T("Sunday", "DATE", "2023-10-01"),
            T("late Saturday", "TIME", "2023-09-30TNI"),
            T("Monday", "DATE", "2023-10-02"),
            T("19 months", "DURATION", "P19M"),
            T("the spring", "DATE", "2023-SP"),
            T("last year", "DATE", "2022"),
            T("this month", "DATE", "2023-10"),
            T("2027", "DATE", "2027"),
            T("the coming days", "DATE", "FUTURE_REF"),
        ],
        [
            E("Fico: no more ammunition for Kyiv from army stocks", "REJECT", ["Ukraine"], "2023-10-01", "text",
              "occurred", "not send a single round"),
            E("Fico will never support Ukraine's NATO membership", "REJECT", ["Ukraine", "NATO"], "2023-10-01",
              "context", "occurred", "membership of NATO"),
            E("Orbán congratulates Fico", "SUPPORT", ["Viktor Orbán"], "2023-09-30TNI", "text", "occurred",
              "among the first to congratulate"),
            E("Peskov: Moscow welcomes politicians with a sober view", "SUPPORT", ["Dmitry Peskov"], "2023-10-02",
              "text", "occurred", "too early"),
            E("Kyiv expects Slovakia to remain a reliable partner", "REQUEST", ["Ukraine"], "2023-10-02", "published",
              "occurred", "democratic choice"),
            E("Stoltenberg urges the next Slovak government to keep supporting Ukraine", "REQUEST",
              ["Jens Stoltenberg", "Ukraine"], "2023-10-02", "published", "occurred", "committed ally"),
            E("Slovakia delivered 13 MiG-29 fighter jets to Ukraine", "AID", ["Ukraine"], "2023-SP", "text", "occurred",
              "13 MiG-29"),
            E("Slovakia delivered an S-300 air defence system to Ukraine", "AID", ["Ukraine"], "2022", "text",
              "occurred", "13 MiG-29"),
            E("EU summit later this month", "CONSULT", ["European Union"], "2023-10", "text", "planned",
              "The first real test"),
            E("50-billion-euro facility for Ukraine to be discussed at the summit", "AID", ["European Union", "Ukraine"],
              "2023-10", "context", "uncertain", "The first real test"),
            E("Orbán refuses to back the facility", "REJECT", ["Viktor Orbán", "European Union", "Ukraine"],
              "2023-10-02", "published", "occurred", "The first real test"),
        ],
        [
            S("Viktor Orbán", "Guess who's back! Always good to work together with a patriot", "2023-09-30TNI", "text",
              "among the first to congratulate"),
            S("Dmitry Peskov", "Too early to speak of a change of course; Moscow welcomes politicians with a sober view",
              "2023-10-02", "text", "too early"),
            S("Ukraine", "Respects the Slovak people's democratic choice and expects Slovakia to remain a reliable partner",
              "2023-10-02", "published", "democratic choice"),
            S("Jens Stoltenberg", "Slovakia will remain a committed ally; the next government should keep supporting "
              "Ukraine", "2023-10-02", "published", "committed ally"),
            S("European Union", "Commission spokesperson: EU unity on Ukraine has held for 19 months and will hold",
              "2023-10-02", "published", "has held for 19 months"),
        ],
        ["Ukraine", "NATO", "Viktor Orbán", "Kremlin", "Dmitry Peskov", "Russia", "Jens Stoltenberg",
         "European Union"],
    ),
    doc(
        "b59en03_lukoil_transit_hungary_slovakia_2024_07", "2024-07-23", EN03,
        [
            T("Monday", "DATE", "2024-07-22", 0),
            T("June", "DATE", "2024-06"),
            T("17 July", "DATE", "2024-07-17"),
            T("Tuesday", "DATE", "2024-07-23"),
            T("Monday", "DATE", "2024-07-22", 1),
            T("two years", "DURATION", "P2Y"),
            T("six-month", "DURATION", "P6M"),
            T("1 July", "DATE", "2024-07-01"),
            T("last week", "DATE", "2024-W29"),
            T("this month", "DATE", "2024-07"),
            T("Friday", "DATE", "2024-07-19"),
            T("Saturday", "DATE", "2024-07-20"),
            T("weeks", "DURATION", "PXW"),
            T("Monday", "DATE", "2024-07-22", 2),
        ],
        [
            E("Hungary and Slovakia ask the Commission to open consultations with Ukraine", "REQUEST",
              ["European Union", "Ukraine"], "2024-07-22", "text", "occurred", "have formally asked"),
            E("Joint letter: Ukraine breaches the Association Agreement", "ACCUSE", ["Ukraine"], "2024-07-22", "context",
              "occurred", "In a joint letter"),
            E("Ukraine tightens sanctions against Lukoil", "SANCTION", ["Ukraine", "Russia"], "2024-06", "text",
              "occurred", "tightened sanctions against Lukoil"),
            E("Ukrtransnafta stops accepting Lukoil's oil", "SANCTION", ["Ukraine", "Russia"], "2024-07-17", "text",
              "occurred", "tightened sanctions against Lukoil"),
            E("Ukraine's foreign ministry rejects the criticism", "REJECT", ["Ukraine"], "2024-07-23", "text",
              "occurred", "rejected the criticism on Tuesday"),
            E("Hungary threatens to withhold 6.5 billion euros of EPF reimbursements", "THREATEN",
              ["European Union", "Ukraine"], "2024-07-23", "published", "occurred", "6.5 billion euros"),
            E("Von der Leyen decides commissioners will skip informal meetings in Hungary", "REJECT",
              ["Ursula von der Leyen", "Viktor Orbán"], "2024-W29", "text", "occurred", "decided last week"),
            E("Orbán visits Putin in Moscow", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2024-07", "text",
              "occurred", "decided last week", note="5 July 2024"),
            E("Orbán visits Xi in Beijing", "CONSULT", ["Viktor Orbán", "Xi Jinping"], "2024-07", "text", "occurred",
              "decided last week", note="8 July 2024"),
            E("Zelensky: Kyiv will not finance the aggressor", "REJECT", ["Volodymyr Zelensky"], "2024-07-19", "text",
              "occurred", "not finance the aggressor"),
            E("Peskov accuses Kyiv of energy blackmail", "ACCUSE", ["Dmitry Peskov", "Ukraine"], "2024-07-23",
              "published", "occurred", "energy blackmail"),
            E("Fico phones Shmyhal", "CONSULT", ["Ukraine"], "2024-07-20", "text", "occurred", "spoke by phone"),
            E("Fico asks Kyiv to reconsider", "REQUEST", ["Ukraine"], "2024-07-20", "context", "occurred",
              "spoke by phone"),
        ],
        [
            S("Ukraine", "The restrictions concern only one company; Hungary and Slovakia are free to buy from other "
              "suppliers; Russian companies should not finance Russia's war", "2024-07-23", "text",
              "rejected the criticism on Tuesday"),
            S("European Union", "Commission spokesperson: collecting information, will respond in due course",
              "2024-07-22", "text", "collecting information"),
            S("Volodymyr Zelensky", "Kyiv will not finance the aggressor so that someone else can save money",
              "2024-07-19", "text", "not finance the aggressor"),
            S("Dmitry Peskov", "Lukoil is working on solutions; Kyiv is engaged in energy blackmail against Europeans",
              "2024-07-23", "published", "energy blackmail"),
        ],
        ["European Union", "Ukraine", "Russia", "Ursula von der Leyen", "Viktor Orbán", "Vladimir Putin", "Xi Jinping",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b59en04_hungary_ukraine_spy_expulsions_2025_05", "2025-05-12", EN04,
        [
            T("Friday", "DATE", "2025-05-09", 0),
            T("Friday", "DATE", "2025-05-09", 1),
            T("that day", "DATE", "2025-05-09"),
            T("Friday morning", "TIME", "2025-05-09TMO"),
            T("next year", "DATE", "2026"),
            T("currently", "DATE", "PRESENT_REF"),
            T("June", "DATE", "2025-06", 0),
            T("Friday", "DATE", "2025-05-09", 3),
            T("years", "DURATION", "PXY"),
            T("last June", "DATE", "2024-06"),
            T("Saturday", "DATE", "2025-05-10"),
            T("Sunday", "DATE", "2025-05-11"),
            T("Monday", "DATE", "2025-05-12"),
        ],
        [
            E("Hungary expels two Ukrainian diplomats", "SANCTION", ["Ukraine"], "2025-05-09", "text", "occurred",
              "Hungary has expelled two diplomats"),
            E("Szijjártó calls the allegations Ukrainian propaganda", "ACCUSE", ["Ukraine"], "2025-05-09", "context",
              "occurred", "We will not allow anyone to smear Hungary"),
            E("SBU detains two alleged agents of Hungarian military intelligence", "COERCE", ["Ukraine"], "2025-05-09",
              "context", "occurred", "The SBU said on Friday",
              note="announced on Friday; the day of the arrests is not given"),
            E("SBU accuses Hungary of running a spy network in Transcarpathia", "ACCUSE", ["Ukraine"], "2025-05-09",
              "text", "occurred", "The SBU said on Friday"),
            E("Ukraine expels a Hungarian diplomat in a mirror response", "SANCTION", ["Andrii Sybiha", "Ukraine"],
              "2025-05-09", "text", "occurred", "Later that day"),
            E("Sybiha: Budapest has chosen confrontation", "ACCUSE", ["Andrii Sybiha"], "2025-05-09", "context",
              "occurred", "path of confrontation"),
            E("Sybiha: a symmetrical answer every time", "THREATEN", ["Andrii Sybiha"], "2025-05-09", "context",
              "occurred", "path of confrontation"),
            E("Orbán accuses Kyiv of interfering in Hungary's internal affairs", "ACCUSE", ["Viktor Orbán", "Ukraine"],
              "2025-05-09TMO", "text", "occurred", "Kossuth Rádió"),
            E("Orbán: a country at war cannot be admitted to the EU", "REJECT",
              ["Viktor Orbán", "Ukraine", "European Union"], "2025-05-09TMO", "context", "occurred",
              "A country at war cannot be admitted"),
            E("Hungary blocks the opening of the first negotiating cluster", "REJECT", ["European Union", "Ukraine"],
              "2024-06", "text", "occurred", "has blocked the opening of the first negotiating cluster",
              date_mod="START"),
            E("Kallas's spokesperson calls on both capitals to settle the matter diplomatically", "REQUEST",
              ["Kaja Kallas", "Ukraine"], "2025-05-12", "published", "occurred", "a spokesperson for EU foreign policy chief"),
            E("Zakharova mocks the Kyiv regime's European values", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2025-05-10", "text", "occurred", "what kind of European values"),
            E("Szijjártó: Hungary will respond to every further provocation", "THREATEN", ["Ukraine"], "2025-05-11",
              "text", "occurred", "On Sunday, Szijjártó said"),
            E("Hungary summons Ukraine's ambassador", "ACCUSE", ["Ukraine"], "2025-05-12", "text", "occurred",
              "has also summoned Ukraine's ambassador"),
        ],
        [
            S("Ukraine", "SBU: two people detained for gathering information for Hungarian military intelligence",
              "2025-05-09", "text", "The SBU said on Friday"),
            S("Andrii Sybiha", "Kyiv has expelled a Hungarian diplomat in a mirror response", "2025-05-09", "text",
              "Later that day"),
            S("Andrii Sybiha", "Budapest chose confrontation and will receive a symmetrical answer every time",
              "2025-05-09", "context", "path of confrontation"),
            S("Viktor Orbán", "The affair is part of a Kyiv campaign to interfere in Hungary before the election",
              "2025-05-09TMO", "text", "Kossuth Rádió"),
            S("Viktor Orbán", "Hungarians are voting in Voks 2025; the result will be announced in June",
              "2025-05-09TMO", "context", "He recalled that"),
            S("Viktor Orbán", "A country at war cannot be admitted to the EU without bringing the war with it",
              "2025-05-09TMO", "context", "A country at war cannot be admitted"),
            S("Volodymyr Zelensky", "Ukraine will protect its territory from any espionage, no matter whose",
              "2025-05-09", "text", "no matter whose"),
            S("Kaja Kallas, via European Union", "The EU follows the reports closely; both capitals should settle the "
              "matter through diplomatic channels", "2025-05-12", "published",
              "a spokesperson for EU foreign policy chief"),
            S("Maria Zakharova", "The affair shows what kind of European values the Kyiv regime would bring",
              "2025-05-10", "text", "what kind of European values"),
        ],
        ["Ukraine", "Andrii Sybiha", "Viktor Orbán", "European Union", "Volodymyr Zelensky", "Kaja Kallas", "Russia",
         "Maria Zakharova"],
    ),
    doc(
        "b59en05_fico_putin_beijing_zelensky_uzhhorod_2025_09", "2025-09-06", EN05,
        [
            T("Friday", "DATE", "2025-09-05"),
            T("this year", "DATE", "2025"),
            T("about two hours", "DURATION", "PT2H", mod="APPROX"),
            T("August", "DATE", "2025-08"),
            T("days", "DURATION", "PXD", 1),
            T("2027", "DATE", "2027"),
            T("the coming weeks", "DATE", "FUTURE_REF"),
            T("Tuesday", "DATE", "2025-09-02"),
            T("May", "DATE", "2025-05"),
            T("Wednesday", "DATE", "2025-09-03"),
            T("Thursday", "DATE", "2025-09-04", 0),
            T("Thursday", "DATE", "2025-09-04", 1),
            T("weekly", "SET", "P1W"),
            T("the winter", "DATE", "2024-WI"),
        ],
        [
            E("Fico meets Zelensky in Uzhhorod", "CONSULT", ["Volodymyr Zelensky"], "2025-09-05", "text", "occurred",
              "in the border city of Uzhhorod"),
            E("Ukrainian drones strike the Druzhba pipeline", "ASSAULT", ["Ukraine", "Russia"], "2025-08", "text",
              "occurred", "Ukrainian drones struck"),
            E("Fico: Slovakia supports Ukraine's EU membership", "SUPPORT", ["Ukraine", "European Union"], "2025-09-05",
              "context", "occurred", "Fico said afterwards"),
            E("Fico: Slovakia does not support Ukraine's NATO membership", "REJECT", ["Ukraine", "NATO"], "2025-09-05",
              "context", "occurred", "Fico said afterwards"),
            E("Fico tells Zelensky Slovakia will not accept an EU ban on Russian energy imports", "REJECT",
              ["European Union", "Volodymyr Zelensky"], "2025-09-05", "context", "occurred", "Fico said afterwards"),
            E("EU ban on Russian gas and oil imports from 2027", "SANCTION", ["European Union", "Russia"], "2027",
              "text", "planned", "Fico said afterwards"),
            E("Zelensky asks Fico to help end dependence on Russian energy and back the next sanctions package",
              "REQUEST", ["Volodymyr Zelensky"], "2025-09-05", "context", "occurred", "Zelensky wrote on X"),
            E("Zelensky and Fico agree that their energy ministers will meet", "AGREE", ["Volodymyr Zelensky"],
              "2025-09-05", "context", "occurred", "We agreed that our energy ministers"),
            E("Meeting of the Ukrainian and Slovak energy ministers", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "We agreed that our energy ministers"),
            E("Fico meets Putin in Beijing", "CONSULT", ["Vladimir Putin"], "2025-09-02", "text", "occurred",
              "In Beijing on Tuesday"),
            E("Fico's meeting with Putin in Moscow in May", "CONSULT", ["Vladimir Putin"], "2025-05", "text",
              "occurred", "In Beijing on Tuesday"),
            E("Putin dismisses claims that Russia intends to attack Europe", "REJECT", ["Vladimir Putin"], "2025-09-02",
              "context", "occurred", "independent foreign policy"),
            E("Putin: not against Ukraine joining the EU", "SUPPORT", ["Vladimir Putin", "Ukraine", "European Union"],
              "2025-09-02", "context", "occurred", "not against"),
            E("Ushakov: Moscow ready to resume gas supplies to Slovakia via Ukraine", "AGREE", ["Yuri Ushakov"],
              "2025-09-02", "context", "occurred", "Presidential aide Yuri Ushakov"),
            E("Ushakov's condition that Kyiv agree to the transit", "REQUEST", ["Yuri Ushakov", "Ukraine"],
              "2025-09-02", "context", "occurred", "Presidential aide Yuri Ushakov"),
            E("Kallas criticises the leaders who stood next to Putin and Xi", "ACCUSE", ["Kaja Kallas"], "2025-09-03",
              "text", "occurred", "a message we cannot accept"),
            E("Orbán praises Fico's courage", "SUPPORT", ["Viktor Orbán"], "2025-09-04", "text", "occurred",
              "praised Fico's"),
            E("Coalition of the willing meets in Paris with Zelensky and Macron", "CONSULT",
              ["Volodymyr Zelensky", "Emmanuel Macron"], "2025-09-04", "text", "occurred", "Also on Thursday"),
            E("26 countries pledge to contribute to a reassurance force after a ceasefire", "MOBILIZE",
              ["Emmanuel Macron", "Ukraine"], "2025-09-04", "context", "planned", "Also on Thursday"),
            E("Trump joins part of the meeting by phone", "CONSULT",
              ["Donald Trump", "Emmanuel Macron", "Volodymyr Zelensky"], "2025-09-04", "context", "occurred",
              "joined part of the meeting by phone"),
            E("Trump tells the Europeans to stop buying Russian oil", "REQUEST", ["Donald Trump", "European Union"],
              "2025-09-04", "context", "occurred", "joined part of the meeting by phone"),
        ],
        [
            S("Volodymyr Zelensky", "Asked Fico to help end Europe's dependence on Russian energy and back the next "
              "sanctions package", "2025-09-05", "context", "Zelensky wrote on X"),
            S("Volodymyr Zelensky", "The energy ministers will meet in the coming weeks", "2025-09-05", "context",
              "We agreed that our energy ministers"),
            S("Vladimir Putin, via Kremlin", "Praises Slovakia's independent foreign policy; claims that Russia will "
              "attack Europe are nonsense", "2025-09-02", "context", "independent foreign policy"),
            S("Vladimir Putin", "Not against Ukraine joining the EU", "2025-09-02", "context", "not against"),
            S("Yuri Ushakov", "Gas was discussed; Moscow is ready to resume supplies via Ukraine at any moment if Kyiv "
              "agrees", "2025-09-02", "context", "Presidential aide Yuri Ushakov"),
            S("Kaja Kallas", "Leaders who stood next to Putin and Xi sent a message we cannot accept", "2025-09-03",
              "text", "a message we cannot accept"),
            S("Viktor Orbán", "Praises Fico's courage", "2025-09-04", "text", "praised Fico's"),
            S("Donald Trump, via White House", "The Europeans must stop buying Russian oil", "2025-09-04", "context",
              "joined part of the meeting by phone"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Vladimir Putin", "Russia", "European Union", "NATO", "China", "Kremlin",
         "Yuri Ushakov", "Kaja Kallas", "Xi Jinping", "Viktor Orbán", "Emmanuel Macron", "France", "Donald Trump",
         "United States", "White House"],
    ),
    doc(
        "b59en06_nis_mol_deal_serbia_2026_02", "2026-02-20", EN06,
        [
            T("Thursday", "DATE", "2026-02-19", 0),
            T("four-month", "DURATION", "P4M"),
            T("January 2025", "DATE", "2025-01"),
            T("October", "DATE", "2025-10"),
            T("Wednesday", "DATE", "2026-02-18"),
            T("the end of June", "DATE", "2026-06", mod="END"),
            T("December", "DATE", "2025-12"),
            T("next week", "DATE", "2026-W09"),
            T("Monday", "DATE", "2026-02-16"),
            T("Friday", "DATE", "2026-02-20"),
            T("January", "DATE", "2026-01", 1),
            T("November", "DATE", "2025-11"),
            T("Thursday", "DATE", "2026-02-19", 1),
            T("the end of May 2025", "DATE", "2025-05", mod="END"),
            T("monthly", "SET", "P1M"),
            T("March", "DATE", "2026-03"),
        ],
        [
            E("MOL signs the purchase of Gazprom Neft's majority stake in NIS, in Orbán's presence", "AGREE",
              ["Russia", "Viktor Orbán"], "2026-02-19", "text", "occurred", "signed an agreement on Thursday"),
            E("OFAC sanctions NIS", "SANCTION", ["United States", "Russia"], "2025-01", "text", "occurred",
              "Office of Foreign Assets Control"),
            E("US sanctions on NIS take full effect", "SANCTION", ["United States", "Russia"], "2025-10", "text",
              "occurred", "Office of Foreign Assets Control"),
            E("OFAC issues a licence letting NIS operate until the deal closes", "AGREE", ["United States"],
              "2026-02-18", "text", "occurred", "Office of Foreign Assets Control"),
            E("Orbán informs Putin of the deal by phone", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2026-02-16",
              "text", "occurred", "informed Russian President Vladimir Putin"),
            E("Orbán: energy security is not a matter of Brussels ideology", "ACCUSE", ["Viktor Orbán", "European Union"],
              "2026-02-19", "context", "occurred", "informed Russian President Vladimir Putin"),
            E("Peskov: a forced decision caused by illegal American restrictions", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2026-02-20", "text", "occurred", "a forced decision"),
            E("Zakharova calls the sale Washington's economic racketeering", "ACCUSE", ["Maria Zakharova", "United States"],
              "2026-02-20", "published", "occurred", "economic racketeering"),
            E("Dmitriev discussed NIS with Witkoff", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"], "2026-01", "text",
              "occurred", "Kirill Dmitriev, the Kremlin's envoy"),
            E("Commission criticises Serbia for not aligning with EU sanctions", "ACCUSE", ["European Union"], "2025-11",
              "text", "occurred", "enlargement report"),
            E("Kallas: Serbia cannot sit on two chairs", "REQUEST", ["Kaja Kallas"], "2026-02-19", "text", "occurred",
              "enlargement report"),
            E("Serbian–Russian talks on a new long-term gas agreement in Moscow", "CONSULT", ["Russia"], "2026-03",
              "text", "planned", "talks on a new long-term agreement"),
            E("Sybiha welcomes the deal", "SUPPORT", ["Andrii Sybiha"], "2026-02-20", "published", "occurred",
              "every euro"),
            E("Sybiha urges Budapest and Belgrade to stop buying Russian gas", "REQUEST", ["Andrii Sybiha"],
              "2026-02-20", "published", "occurred", "every euro"),
        ],
        [
            S("Viktor Orbán", "The agreement proves energy security is a matter of national sovereignty, not of Brussels "
              "ideology; he informed Putin of the deal", "2026-02-19", "context",
              "informed Russian President Vladimir Putin"),
            S("Dmitry Peskov", "The sale is a forced decision caused by illegal American restrictions, but Russia respects "
              "the commercial agreement", "2026-02-20", "text", "a forced decision"),
            S("Maria Zakharova", "A textbook example of Washington's economic racketeering", "2026-02-20", "published",
              "economic racketeering"),
            S("Kirill Dmitriev", "Hopes the settlement is a step towards normal economic relations with the US",
              "2026-02-20", "published", "Kirill Dmitriev, the Kremlin's envoy"),
            S("Kaja Kallas", "Serbia cannot sit on two chairs if it wants to join the Union", "2026-02-19", "text",
              "enlargement report"),
            S("Ukraine", "Kyiv welcomed the deal with caution", "2026-02-20", "published", "Kyiv welcomed the deal"),
            S("Andrii Sybiha", "Every euro not flowing into Gazprom's war chest is good news; Budapest and Belgrade should "
              "stop buying Russian gas", "2026-02-20", "published", "every euro"),
        ],
        ["Russia", "Viktor Orbán", "United States", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova",
         "Kirill Dmitriev", "Steve Witkoff", "European Union", "Kaja Kallas", "Ukraine", "Andrii Sybiha"],
    ),
]
