"""English articles of the blind87 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b87en01 (ESPN)
EN01 = """
Wimbledon bans Russian, Belarusian players over invasion of Ukraine

Wimbledon will not allow Russian and Belarusian players to compete at this year's tournament because of the invasion of Ukraine, the All England Club announced Wednesday.
The decision, which the club said was taken after "careful and detailed consideration," means that men's world No. 2 Daniil Medvedev and women's No. 4 Aryna Sabalenka will miss the grass-court Grand Slam, which begins June 27.
The Lawn Tennis Association followed suit within hours, barring players from both countries from all of its British events this summer.

Kremlin spokesman Dmitry Peskov called the ban "unacceptable" on Wednesday, saying Russian athletes should not be made "hostages of political intrigues."
Belarus' sports ministry accused Wimbledon of "discrimination on the basis of nationality" and said it would raise the matter with the sport's international bodies.
Britain's government, which had pressed sporting bodies to act, welcomed the decision.
Sports minister Nigel Huddleston told lawmakers last month that Russian players might have to give written assurances that they do not support President Vladimir Putin if they wanted to play in the U.K.

The men's and women's tours condemned the move.
The ATP called it "unfair" and said it could set "a damaging precedent for the game," while the WTA said it was "very disappointed."
Ukrainian player Elina Svitolina had urged the governing bodies last month to require Russian and Belarusian players to state their position on the war.

Ukraine's foreign ministry welcomed Wimbledon's stance and urged other tournaments to follow, with spokesman Oleg Nikolenko writing on Twitter that "sport cannot stay outside politics when people are being killed."
On Tuesday, Britain's Foreign Office had announced sanctions on 26 more Russian individuals and companies, among them military commanders it accused of atrocities in Ukraine.

The ITF, tennis' world governing body, suspended Russia and Belarus from team competitions such as the Davis Cup and the Billie Jean King Cup on March 1, days after Russia invaded Ukraine on Feb. 24, using Belarus as a staging ground.
Russia won both team titles last year.
Players from the two countries have since been allowed to continue on the ATP and WTA tours, but only as neutral athletes without their flags.
Medvedev, who won the U.S. Open in September, has said he wants "peace all over the world" but has not criticized the Kremlin.
"""

# ---------------------------------------------------------------- b87en02 (The Art Newspaper)
EN02 = """
Finland lets seized Russian museum loans go home as EU tightens sanctions

Finland will allow some 50 works of art from Russian state museums, which customs officers seized at the border last weekend, to return to St Petersburg and Moscow, the Finnish foreign ministry said on Thursday.
The paintings, sculptures and antiquities, insured for around €42m, had been on loan to exhibitions in Italy and Japan and were travelling by lorry when they were stopped at the Vaalimaa crossing on Saturday.
They include works from the State Hermitage Museum, the Pushkin State Museum of Fine Arts and the Tsaritsyno museum-reserve.

Finnish customs had argued that the shipments fell under the European Union's ban on exporting luxury goods to Russia, adopted as part of the fourth sanctions package in March.
Helsinki asked the European Commission for guidance earlier this week.
A Commission spokesperson said on Wednesday that cultural objects on temporary loan were "not the target" of the measures, clearing the way for their release.

Moscow had reacted furiously to the seizure.
Russia's culture minister Olga Lyubimova called it "illegal" on Sunday and demanded the immediate return of the works.
Foreign ministry spokeswoman Maria Zakharova accused Helsinki on Monday of "theft in broad daylight" and warned of "consequences."
Kremlin spokesman Dmitry Peskov said on Friday that Moscow expected the works "to come home in full," adding that cultural ties with Europe were being "destroyed by the West."

In Paris, the Fondation Louis Vuitton's exhibition of the Morozov Collection, which closed on Sunday, has created a similar dilemma.
France's culture ministry confirmed on Thursday that the more than 200 works lent by Russian museums would be sent back, with the exception of a portrait of the banker Pyotr Aven, who is subject to EU sanctions.
That painting, which belongs to Aven himself, will stay in France until further notice.

Ukraine's culture minister Oleksandr Tkachenko has urged museums worldwide to suspend all co-operation with Russian institutions, and this week asked the International Council of Museums to expel its Russian members.
On Friday, EU member states formally adopted a fifth sanctions package, including a ban on Russian coal imports; it leaves the rules on cultural loans unchanged.
For lenders, the episode is a warning: several Western museums have already postponed exhibitions planned with Russian partners for the autumn.
"""

# ---------------------------------------------------------------- b87en03 (Liverpool Echo)
EN03 = """
Eurovision bosses reject Zelensky's request to address grand final in Liverpool

Eurovision organisers have turned down a request from Ukrainian President Volodymyr Zelensky to address the grand final in Liverpool tomorrow night, saying it would breach the contest's rules on political neutrality.
The European Broadcasting Union (EBU) confirmed on Thursday that it had declined the request, which Zelensky's office submitted earlier this week.
The EBU said the "non-political nature" of the event was "one of the cornerstones of the contest."

Downing Street criticised the decision today, with the Prime Minister's official spokesman saying Mr Zelensky's voice "should be heard" at a contest Britain is staging on Ukraine's behalf.
Labour leader Sir Keir Starmer called the ruling "the wrong call," adding: "This is not about politics, it is about the values the contest stands for."
Metro Mayor Steve Rotheram said the city region would find its own way to show solidarity with Ukraine on the night.

Mr Zelensky is due in Rome tomorrow, where he is expected to meet Italian Prime Minister Giorgia Meloni and Pope Francis, according to Italian media.
Russian foreign ministry spokeswoman Maria Zakharova mocked the row today, writing on Telegram that Eurovision had become "a stage for one politician's vanity."

Russia has been barred from Eurovision since February last year, when the EBU excluded it a day after the full-scale invasion of Ukraine began.
Ukraine's Kalush Orchestra won last year's contest in Turin with "Stefania," but the EBU ruled in June that the 2023 event could not be held safely in the war-torn country.
Kyiv agreed in July that Britain, as runner-up, would stage it on Ukraine's behalf, and Liverpool was chosen as host city in October.

More than 3,000 Ukrainian refugees living in the UK have been given free tickets, and Ukrainian acts will feature heavily in tomorrow's show, which is expected to draw some 160 million viewers.
Merseyside Police said they were ready for up to 100,000 extra visitors in the city centre this weekend.
"""

# ---------------------------------------------------------------- b87en04 (Inside the Games)
EN04 = """
IOC suspends Russian Olympic Committee over annexed Ukrainian regions

The International Olympic Committee (IOC) Executive Board has suspended the Russian Olympic Committee (ROC) with immediate effect after it incorporated sports bodies from four Ukrainian regions occupied by Russia.
The decision was taken in Mumbai yesterday, on the eve of the 141st IOC Session, and means the ROC loses its right to receive funding from the Olympic Movement.

The ROC had decided on October 5 to admit the regional Olympic councils of Donetsk, Luhansk, Kherson and Zaporizhzhia as members, which the IOC said "constitutes a breach of the Olympic Charter because it violates the territorial integrity of the National Olympic Committee of Ukraine."
Moscow proclaimed the annexation of the four regions in September last year after referendums condemned internationally as shams.
IOC President Thomas Bach said Russian athletes would still be able to compete at the Paris Olympics next year as individual neutral athletes if they qualify, with a final decision to be taken "at the appropriate time."

The ROC said it would appeal to the Court of Arbitration for Sport (CAS) and called the decision "counterproductive and politically motivated."
Kremlin spokesman Dmitry Peskov said yesterday that the IOC had "once again" shown that it was "an instrument of politics," while Russian Sports Minister Oleg Matytsin said the ruling would not stop Russia developing sport in "all of its regions."
Foreign Ministry spokeswoman Maria Zakharova accused the IOC of "open discrimination against Russian athletes" at her weekly briefing today.

Ukraine's Sports Minister Vadym Gutzeit, who also heads the country's National Olympic Committee, welcomed the suspension but urged the IOC to go further and bar Russian and Belarusian athletes from Paris altogether.
French President Emmanuel Macron said in July that there should be no Russian flag at the Games while the war goes on.

The suspension does not affect the ROC's members on the IOC itself, Bach stressed.
The Session, which opens in Mumbai on Sunday, is expected to approve cricket, flag football, lacrosse, squash and baseball-softball for the Los Angeles Games in 2028.
"""

# ---------------------------------------------------------------- b87en05 (Orthodox Times)
EN05 = """
Kyiv urges sanctions on Patriarch Kirill after Moscow council proclaims 'Holy War'

Ukraine's Ministry of Foreign Affairs has called for international sanctions against Patriarch Kirill of Moscow after a congress chaired by him declared Russia's war against Ukraine a "Holy War."
The extraordinary congress of the World Russian People's Council, held on Wednesday in the Cathedral of Christ the Saviour in Moscow, adopted a document describing the "special military operation" as a struggle to defend "Holy Rus" against the "globalist" West.
The text also states that after the war "the entire territory of modern Ukraine" should enter "Russia's exclusive sphere of influence."

Addressing the congress, Russian Foreign Minister Sergey Lavrov accused Western governments of waging "a hybrid war against Russian Orthodoxy" and of persecuting the Ukrainian Orthodox Church.
President Vladimir Putin did not attend but sent a greeting in which he praised the Church's "patriotic service."

In a statement issued on Thursday, Ukraine's foreign ministry described the document as "a manifesto of genocide" and urged the European Union and other partners to add Kirill to their sanctions lists.
The ministry also asked UNESCO and the World Council of Churches to condemn the congress.
Metropolitan Epiphanius, primate of the Orthodox Church of Ukraine, said the council had "shown the true face of the Moscow Patriarchate."

Kirill is under sanctions in Britain, Canada and Lithuania, but the EU dropped him from its sixth sanctions package in June 2022 at the insistence of Hungarian Prime Minister Viktor Orbán.
Asked about the congress on Thursday, Kremlin spokesman Dmitry Peskov said the Kremlin "does not comment on Church documents" but that Russia was "defending its people and its values."

The Holy See has not commented.
Pope Francis drew protests from Kyiv earlier this month when he said in an interview that Ukraine should have "the courage of the white flag" and negotiate.
President Volodymyr Zelensky replied that the Church should be "with the people" and not mediating "virtually" from afar.

The congress met five days after the attack on Crocus City Hall near Moscow, which Putin on Monday sought to link to Ukraine despite a claim of responsibility by the Islamic State group.
The Ecumenical Patriarchate, which granted the Orthodox Church of Ukraine autocephaly in January 2019, has so far refrained from comment.
"""

# ---------------------------------------------------------------- b87en06 (Sports Illustrated)
EN06 = """
Trump Floats Russia's Return to World Cup as Reward for Peace; Zelensky Says No

WASHINGTON — President Donald Trump suggested Wednesday that Russia could be readmitted to international soccer if it agrees to end the war in Ukraine, hours before the World Cup kicks off in Mexico City on Thursday.
Speaking in the Oval Office alongside FIFA president Gianni Infantino, Trump said a return to FIFA competitions "could be a very good incentive" for Moscow and that he would raise the idea with Russian President Vladimir Putin "soon."

Russia's national teams and clubs have been suspended by FIFA and UEFA since February 2022, days after the full-scale invasion began.
Infantino, who attended Trump's inauguration last year and has been a frequent White House guest, said FIFA's ruling council would "look at the situation" when it meets in September, but declined to say whether he favored lifting the ban.

The Kremlin welcomed the remarks.
Spokesman Dmitry Peskov told reporters Thursday that Moscow "appreciates President Trump's understanding that sport should be outside politics," but insisted that Russia's return must not be tied to "any conditions."
Russia's sports minister Mikhail Degtyarev said Russian teams were "ready to play at any moment."

Ukrainian President Volodymyr Zelensky rejected the idea in his video address Wednesday evening, saying the aggressor "must not be rewarded with trophies while it is still killing our children."
Ukraine's sports ministry wrote to FIFA on Thursday asking it to keep the suspension in place "until the last Russian soldier has left Ukrainian soil."
Overnight, Russian drones and missiles struck Kyiv and Odesa, killing at least nine people, Ukrainian officials said.

In Brussels, EU foreign policy chief Kaja Kallas said Thursday that lifting sports bans would be "a gift to the Kremlin" as long as the war continued.
UEFA said its own suspension, which also covers the Champions League, remains in force.

Trump's special envoy Steve Witkoff is due in Moscow next week for talks with Putin on a ceasefire framework, the White House said, after a U.S.-brokered round between Russian and Ukrainian negotiators in Geneva last month ended without agreement.
The tournament, co-hosted by the United States, Canada and Mexico, runs until July 19, with the final at MetLife Stadium in New Jersey.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b87en01_wimbledon_ban_2022_04", "2022-04-20", EN01,
        [
            T("this year", "DATE", "2022"),
            T("Wednesday", "DATE", "2022-04-20", 0),
            T("June 27", "DATE", "2022-06-27"),
            T("this summer", "DATE", "2022-SU"),
            T("Wednesday", "DATE", "2022-04-20", 1),
            T("last month", "DATE", "2022-03", 0),
            T("last month", "DATE", "2022-03", 1),
            T("Tuesday", "DATE", "2022-04-19"),
            T("March 1", "DATE", "2022-03-01"),
            T("Feb. 24", "DATE", "2022-02-24"),
            T("last year", "DATE", "2021"),
            T("September", "DATE", "2021-09"),
        ],
        [
            E("Wimbledon bars Russian and Belarusian players", "SANCTION", ["Russia", "Belarus"], "2022-04-20", "text",
              "occurred", "Wimbledon will not allow Russian"),
            E("The LTA bars Russian and Belarusian players from its British events", "SANCTION",
              ["Russia", "Belarus"], "2022-04-20", "context", "occurred", "The Lawn Tennis Association followed suit"),
            E("Peskov calls the ban unacceptable", "ACCUSE", ["Dmitry Peskov"], "2022-04-20", "text", "occurred",
              "Kremlin spokesman Dmitry Peskov called the ban"),
            E("Belarus' sports ministry accuses Wimbledon of discrimination", "ACCUSE", ["Belarus"], "2022-04-20",
              "published", "occurred", "Belarus' sports ministry accused"),
            E("British government welcomes the ban", "SUPPORT", ["United Kingdom"], "2022-04-20", "published",
              "occurred", "Britain's government, which had pressed"),
            E("UK sports minister suggests Russian players give written assurances against Putin", "REQUEST",
              ["United Kingdom", "Russia"], "2022-03", "text", "occurred", "Sports minister Nigel Huddleston"),
            E("Ukraine's foreign ministry welcomes Wimbledon's stance", "SUPPORT", ["Ukraine"], "2022-04-20",
              "published", "occurred", "Ukraine's foreign ministry welcomed"),
            E("Ukraine urges other tournaments to follow", "REQUEST", ["Ukraine"], "2022-04-20", "published",
              "occurred", "Ukraine's foreign ministry welcomed"),
            E("UK sanctions 26 more Russian individuals and companies", "SANCTION", ["United Kingdom", "Russia"],
              "2022-04-19", "text", "occurred", "On Tuesday, Britain's Foreign Office"),
            E("UK accuses Russian commanders of atrocities in Ukraine", "ACCUSE", ["United Kingdom", "Russia"],
              "2022-04-19", "context", "occurred", "On Tuesday, Britain's Foreign Office"),
            E("ITF suspends Russia and Belarus from team competitions", "SANCTION", ["Russia", "Belarus"],
              "2022-03-01", "text", "occurred", "The ITF, tennis' world governing body"),
            E("Russia invades Ukraine, using Belarus as a staging ground", "ASSAULT", ["Russia", "Ukraine", "Belarus"],
              "2022-02-24", "text", "occurred", "The ITF, tennis' world governing body"),
        ],
        [
            S("Dmitry Peskov", "The ban is unacceptable; athletes must not be hostages of political intrigues",
              "2022-04-20", "text", "Kremlin spokesman Dmitry Peskov called the ban"),
            S("Belarus", "Wimbledon discriminates on the basis of nationality", "2022-04-20", "published",
              "Belarus' sports ministry accused"),
            S("United Kingdom", "The government welcomes the decision", "2022-04-20", "published",
              "Britain's government, which had pressed"),
            S("United Kingdom", "Huddleston: Russian players may need to give written assurances", "2022-03", "text",
              "Sports minister Nigel Huddleston"),
            S("Ukraine", "Sport cannot stay outside politics when people are being killed", "2022-04-20",
              "published", "Ukraine's foreign ministry welcomed"),
        ],
        ["Russia", "Belarus", "Ukraine", "Kremlin", "Dmitry Peskov", "United Kingdom", "Vladimir Putin"],
    ),
    doc(
        "b87en02_finland_russian_museum_loans_2022_04", "2022-04-08", EN02,
        [
            T("last weekend", "DATE", "2022-W13-WE"),
            T("Thursday", "DATE", "2022-04-07", 0),
            T("Saturday", "DATE", "2022-04-02"),
            T("March", "DATE", "2022-03"),
            T("this week", "DATE", "2022-W14", 0),
            T("Wednesday", "DATE", "2022-04-06"),
            T("Sunday", "DATE", "2022-04-03", 0),
            T("Monday", "DATE", "2022-04-04"),
            T("Friday", "DATE", "2022-04-08", 0),
            T("Sunday", "DATE", "2022-04-03", 1),
            T("Thursday", "DATE", "2022-04-07", 1),
            T("this week", "DATE", "2022-W14", 1),
            T("Friday", "DATE", "2022-04-08", 1),
            T("the autumn", "DATE", "2022-FA"),
        ],
        [
            E("Finland releases the seized Russian museum loans", "CONCEDE", ["Russia"], "2022-04-07", "text",
              "occurred", "Finland will allow some 50 works",
              note="the releasing state, Finland, is not canonical"),
            E("Finnish customs seize some 50 works from Russian museums at Vaalimaa", "SANCTION", ["Russia"],
              "2022-04-02", "text", "occurred", "The paintings, sculptures and antiquities"),
            E("EU ban on exporting luxury goods to Russia in the fourth package", "SANCTION",
              ["European Union", "Russia"], "2022-03", "text", "occurred", "Finnish customs had argued"),
            E("Helsinki asks the Commission for guidance", "REQUEST", ["European Union"], "2022-W14", "text",
              "occurred", "Helsinki asked the European Commission"),
            E("Lyubimova calls the seizure illegal", "ACCUSE", ["Russia"], "2022-04-03", "text", "occurred",
              "Russia's culture minister Olga Lyubimova"),
            E("Lyubimova demands the immediate return of the works", "REQUEST", ["Russia"], "2022-04-03", "text",
              "occurred", "Russia's culture minister Olga Lyubimova"),
            E("Zakharova accuses Helsinki of theft", "ACCUSE", ["Maria Zakharova"], "2022-04-04", "text", "occurred",
              "Foreign ministry spokeswoman Maria Zakharova"),
            E("Zakharova warns of consequences", "THREATEN", ["Maria Zakharova"], "2022-04-04", "text", "occurred",
              "Foreign ministry spokeswoman Maria Zakharova"),
            E("Peskov: Moscow expects the works to come home in full", "REQUEST", ["Dmitry Peskov"], "2022-04-08",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("Peskov accuses the West of destroying cultural ties", "ACCUSE", ["Dmitry Peskov"], "2022-04-08", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said on Friday"),
            E("France to send the Morozov Collection loans back to Russia", "CONCEDE", ["France", "Russia"],
              "2022-04-07", "text", "planned", "France's culture ministry confirmed",
              note="no date for the return; dated by the announcement"),
            E("France keeps the Aven portrait under EU sanctions", "SANCTION", ["France"], "2022-04-07", "text",
              "occurred", "France's culture ministry confirmed"),
            E("Tkachenko urges museums to suspend co-operation with Russian institutions", "REQUEST", ["Ukraine"],
              "2022-04-08", "published", "occurred", "Ukraine's culture minister Oleksandr Tkachenko"),
            E("Tkachenko asks ICOM to expel its Russian members", "REQUEST", ["Ukraine"], "2022-W14", "text",
              "occurred", "Ukraine's culture minister Oleksandr Tkachenko"),
            E("EU adopts its fifth sanctions package, including a coal ban", "SANCTION", ["European Union", "Russia"],
              "2022-04-08", "text", "occurred", "On Friday, EU member states"),
        ],
        [
            S("European Union", "Cultural objects on temporary loan are not the target of the sanctions",
              "2022-04-06", "text", "A Commission spokesperson said"),
            S("Russia", "Moscow reacts furiously to the seizure", "2022-04-08", "published",
              "Moscow had reacted furiously"),
            S("Russia", "Lyubimova: the seizure is illegal; the works must be returned immediately", "2022-04-03",
              "text", "Russia's culture minister Olga Lyubimova"),
            S("Maria Zakharova", "Theft in broad daylight; warns of consequences", "2022-04-04", "text",
              "Foreign ministry spokeswoman Maria Zakharova"),
            S("Dmitry Peskov", "Expects the works to come home in full; the West destroys cultural ties",
              "2022-04-08", "text", "Kremlin spokesman Dmitry Peskov said on Friday"),
            S("France", "The loans go back, except the sanctioned Aven portrait", "2022-04-07", "text",
              "France's culture ministry confirmed"),
            S("Ukraine", "Museums should suspend co-operation with Russian institutions", "2022-04-08", "published",
              "Ukraine's culture minister Oleksandr Tkachenko"),
        ],
        ["Russia", "European Union", "Maria Zakharova", "Dmitry Peskov", "Kremlin", "France", "Ukraine"],
    ),
    doc(
        "b87en03_eurovision_zelensky_request_2023_05", "2023-05-12", EN03,
        [
            T("tomorrow night", "TIME", "2023-05-13TNI"),
            T("Thursday", "DATE", "2023-05-11"),
            T("this week", "DATE", "2023-W19"),
            T("today", "DATE", "2023-05-12", 0),
            T("the night", "TIME", "2023-05-13TNI", note="the night of the grand final"),
            T("tomorrow", "DATE", "2023-05-13", 1),
            T("today", "DATE", "2023-05-12", 1),
            T("February last year", "DATE", "2022-02"),
            T("last year", "DATE", "2022", 1),
            T("June", "DATE", "2022-06"),
            T("2023", "DATE", "2023"),
            T("July", "DATE", "2022-07"),
            T("October", "DATE", "2022-10"),
            T("tomorrow", "DATE", "2023-05-13", 2),
            T("this weekend", "DATE", "2023-W19-WE"),
        ],
        [
            E("EBU rejects Zelensky's request to address the final", "REJECT", ["Volodymyr Zelensky"], "2023-05-11",
              "text", "occurred", "The European Broadcasting Union (EBU) confirmed"),
            E("Zelensky's office asks to address the Eurovision final", "REQUEST", ["Volodymyr Zelensky"], "2023-W19",
              "text", "occurred", "The European Broadcasting Union (EBU) confirmed"),
            E("Downing Street criticises the EBU's decision", "ACCUSE", ["United Kingdom"], "2023-05-12", "text",
              "occurred", "Downing Street criticised the decision"),
            E("Starmer calls the ruling the wrong call", "ACCUSE", ["Keir Starmer"], "2023-05-12", "published",
              "occurred", "Labour leader Sir Keir Starmer"),
            E("Zelensky to meet Meloni and Pope Francis in Rome", "CONSULT",
              ["Volodymyr Zelensky", "Giorgia Meloni", "Vatican"], "2023-05-13", "text", "planned",
              "Mr Zelensky is due in Rome tomorrow"),
            E("Zakharova mocks Zelensky over the row", "ACCUSE", ["Maria Zakharova", "Volodymyr Zelensky"],
              "2023-05-12", "text", "occurred", "Russian foreign ministry spokeswoman Maria Zakharova"),
            E("EBU excludes Russia from Eurovision", "SANCTION", ["Russia"], "2022-02", "text", "occurred",
              "Russia has been barred from Eurovision"),
            E("EBU rules the 2023 contest cannot be held in Ukraine", "REJECT", ["Ukraine"], "2022-06", "text",
              "occurred", "Ukraine's Kalush Orchestra won"),
            E("Kyiv agrees that Britain stages the contest on Ukraine's behalf", "AGREE",
              ["Ukraine", "United Kingdom"], "2022-07", "text", "occurred", "Kyiv agreed in July"),
        ],
        [
            S("United Kingdom", "PM's spokesman: Zelensky's voice should be heard", "2023-05-12", "text",
              "Downing Street criticised the decision"),
            S("Keir Starmer", "The ruling is the wrong call; it is about the contest's values", "2023-05-12",
              "published", "Labour leader Sir Keir Starmer"),
            S("Maria Zakharova", "Eurovision has become a stage for one politician's vanity", "2023-05-12", "text",
              "Russian foreign ministry spokeswoman Maria Zakharova"),
        ],
        ["Volodymyr Zelensky", "United Kingdom", "Keir Starmer", "Giorgia Meloni", "Vatican", "Maria Zakharova",
         "Russia", "Ukraine"],
    ),
    doc(
        "b87en04_ioc_suspends_roc_2023_10", "2023-10-13", EN04,
        [
            T("yesterday", "DATE", "2023-10-12", 0),
            T("October 5", "DATE", "2023-10-05"),
            T("September last year", "DATE", "2022-09"),
            T("next year", "DATE", "2024"),
            T("yesterday", "DATE", "2023-10-12", 1),
            T("weekly", "SET", "P1W"),
            T("today", "DATE", "2023-10-13"),
            T("July", "DATE", "2023-07"),
            T("Sunday", "DATE", "2023-10-15"),
            T("2028", "DATE", "2028"),
        ],
        [
            E("IOC Executive Board suspends the Russian Olympic Committee", "SANCTION", ["Russia"], "2023-10-12",
              "text", "occurred", "The decision was taken in Mumbai yesterday"),
            E("ROC admits the regional councils of four occupied Ukrainian regions", "COERCE", ["Russia", "Ukraine"],
              "2023-10-05", "text", "occurred", "The ROC had decided on October 5"),
            E("IOC finds the ROC in breach of the Olympic Charter", "ACCUSE", ["Russia"], "2023-10-12", "context",
              "occurred", "The ROC had decided on October 5"),
            E("Moscow proclaims the annexation of four Ukrainian regions", "COERCE", ["Russia", "Ukraine"], "2022-09",
              "text", "occurred", "Moscow proclaimed the annexation"),
            E("ROC to appeal to the CAS", "ACCUSE", ["Russia"], "2023-10-13", "published", "planned",
              "The ROC said it would appeal"),
            E("ROC calls the decision politically motivated", "ACCUSE", ["Russia"], "2023-10-13", "published",
              "occurred", "The ROC said it would appeal"),
            E("Peskov calls the IOC an instrument of politics", "ACCUSE", ["Dmitry Peskov"], "2023-10-12", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov said yesterday"),
            E("Zakharova accuses the IOC of discrimination", "ACCUSE", ["Maria Zakharova"], "2023-10-13", "text",
              "occurred", "Foreign Ministry spokeswoman Maria Zakharova"),
            E("Ukraine welcomes the suspension", "SUPPORT", ["Ukraine"], "2023-10-13", "published", "occurred",
              "Ukraine's Sports Minister Vadym Gutzeit"),
            E("Ukraine urges the IOC to bar Russian and Belarusian athletes from Paris", "REQUEST",
              ["Ukraine", "Russia", "Belarus"], "2023-10-13", "published", "occurred",
              "Ukraine's Sports Minister Vadym Gutzeit"),
            E("Macron: no Russian flag at the Games while the war goes on", "REJECT", ["Emmanuel Macron", "Russia"],
              "2023-07", "text", "occurred", "French President Emmanuel Macron said in July"),
        ],
        [
            S("Russia", "ROC will appeal; the decision is counterproductive and politically motivated", "2023-10-13",
              "published", "The ROC said it would appeal"),
            S("Dmitry Peskov", "The IOC has once again shown it is an instrument of politics", "2023-10-12", "text",
              "Kremlin spokesman Dmitry Peskov said yesterday"),
            S("Russia", "Matytsin: the ruling will not stop Russia developing sport in all its regions", "2023-10-12",
              "context", "Kremlin spokesman Dmitry Peskov said yesterday"),
            S("Maria Zakharova", "The IOC openly discriminates against Russian athletes", "2023-10-13", "text",
              "Foreign Ministry spokeswoman Maria Zakharova"),
            S("Ukraine", "Gutzeit welcomes the suspension and asks for a full ban from Paris", "2023-10-13",
              "published", "Ukraine's Sports Minister Vadym Gutzeit"),
            S("Emmanuel Macron", "There should be no Russian flag at the Games while the war goes on", "2023-07",
              "text", "French President Emmanuel Macron said in July"),
        ],
        ["Russia", "Ukraine", "Belarus", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Emmanuel Macron", "France"],
    ),
    doc(
        "b87en05_kirill_holy_war_council_2024_03", "2024-03-28", EN05,
        [
            T("Wednesday", "DATE", "2024-03-27"),
            T("Thursday", "DATE", "2024-03-28", 0),
            T("June 2022", "DATE", "2022-06"),
            T("Thursday", "DATE", "2024-03-28", 1),
            T("this month", "DATE", "2024-03"),
            T("Monday", "DATE", "2024-03-25"),
            T("January 2019", "DATE", "2019-01"),
        ],
        [
            E("Lavrov accuses the West of a hybrid war against Russian Orthodoxy", "ACCUSE", ["Sergey Lavrov"],
              "2024-03-27", "context", "occurred", "Addressing the congress, Russian Foreign Minister"),
            E("Ukraine's foreign ministry calls the document a manifesto of genocide", "ACCUSE", ["Ukraine"],
              "2024-03-28", "text", "occurred", "In a statement issued on Thursday"),
            E("Ukraine urges the EU to sanction Kirill", "REQUEST", ["Ukraine", "European Union"], "2024-03-28",
              "text", "occurred", "In a statement issued on Thursday"),
            E("Ukraine asks UNESCO and the WCC to condemn the congress", "REQUEST", ["Ukraine", "United Nations"],
              "2024-03-28", "context", "occurred", "The ministry also asked UNESCO"),
            E("EU drops Kirill from its sixth sanctions package", "CONCEDE", ["European Union"], "2022-06", "text",
              "occurred", "Kirill is under sanctions in Britain"),
            E("Orbán insists that Kirill be dropped", "REQUEST", ["Viktor Orbán", "European Union"], "2022-06", "text",
              "occurred", "Kirill is under sanctions in Britain"),
            E("Pope Francis urges Ukraine to have the courage of the white flag and negotiate", "REQUEST",
              ["Vatican", "Ukraine"], "2024-03", "text", "occurred", "Pope Francis drew protests from Kyiv"),
            E("Kyiv protests against the Pope's remark", "ACCUSE", ["Ukraine", "Vatican"], "2024-03", "context",
              "occurred", "Pope Francis drew protests from Kyiv"),
            E("Zelensky rejects the Pope's call", "REJECT", ["Volodymyr Zelensky", "Vatican"], "2024-03", "context",
              "occurred", "President Volodymyr Zelensky replied"),
            E("Putin seeks to link the Crocus City Hall attack to Ukraine", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2024-03-25", "text", "occurred", "The congress met five days after"),
        ],
        [
            S("Sergey Lavrov", "The West wages a hybrid war against Russian Orthodoxy", "2024-03-27", "context",
              "Addressing the congress, Russian Foreign Minister"),
            S("Vladimir Putin", "Greeting praises the Church's patriotic service", "2024-03-27", "context",
              "President Vladimir Putin did not attend"),
            S("Ukraine", "The document is a manifesto of genocide; partners should sanction Kirill", "2024-03-28",
              "text", "In a statement issued on Thursday"),
            S("Dmitry Peskov", "The Kremlin does not comment on Church documents; Russia defends its values",
              "2024-03-28", "text", "Asked about the congress on Thursday"),
            S("Vatican", "Pope Francis: Ukraine should have the courage of the white flag and negotiate", "2024-03",
              "text", "Pope Francis drew protests from Kyiv"),
            S("Volodymyr Zelensky", "The Church should be with the people, not mediating virtually from afar",
              "2024-03", "context", "President Volodymyr Zelensky replied"),
            S("Vladimir Putin", "Links the Crocus City Hall attack to Ukraine", "2024-03-25", "text",
              "The congress met five days after"),
        ],
        ["Ukraine", "Russia", "Sergey Lavrov", "Vladimir Putin", "European Union", "United Nations", "United Kingdom",
         "Viktor Orbán", "Dmitry Peskov", "Kremlin", "Vatican", "Volodymyr Zelensky"],
    ),
    doc(
        "b87en06_trump_russia_world_cup_2026_06", "2026-06-11", EN06,
        [
            T("Wednesday", "DATE", "2026-06-10", 0),
            T("Thursday", "DATE", "2026-06-11", 0),
            T("soon", "DATE", "FUTURE_REF"),
            T("February 2022", "DATE", "2022-02"),
            T("last year", "DATE", "2025"),
            T("September", "DATE", "2026-09"),
            T("Thursday", "DATE", "2026-06-11", 1),
            T("Wednesday evening", "TIME", "2026-06-10TEV"),
            T("Thursday", "DATE", "2026-06-11", 2),
            T("Overnight", "TIME", "2026-06-10TNI", note="night to Thursday 11 June"),
            T("Thursday", "DATE", "2026-06-11", 3),
            T("next week", "DATE", "2026-W25"),
            T("last month", "DATE", "2026-05"),
            T("July 19", "DATE", "2026-07-19"),
        ],
        [
            E("Trump meets FIFA president Infantino in the Oval Office", "CONSULT", ["Donald Trump"], "2026-06-10",
              "context", "occurred", "Speaking in the Oval Office"),
            E("Trump proposes Russia's return to FIFA as an incentive for peace", "REQUEST",
              ["Donald Trump", "Russia"], "2026-06-10", "context", "occurred", "Speaking in the Oval Office"),
            E("Trump to raise the idea with Putin", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
              "vague", "planned", "Speaking in the Oval Office"),
            E("FIFA and UEFA suspend Russia's teams since February 2022", "SANCTION", ["Russia"], "2022-02", "text",
              "occurred", "Russia's national teams and clubs have been suspended", date_mod="START"),
            E("Peskov welcomes Trump's remarks", "SUPPORT", ["Dmitry Peskov", "Donald Trump"], "2026-06-11", "text",
              "occurred", "Spokesman Dmitry Peskov told reporters"),
            E("Peskov rejects conditions for Russia's return", "REJECT", ["Dmitry Peskov", "Donald Trump"],
              "2026-06-11", "text", "occurred", "Spokesman Dmitry Peskov told reporters"),
            E("Zelensky rejects rewarding the aggressor", "REJECT", ["Volodymyr Zelensky", "Donald Trump"],
              "2026-06-10TEV", "text", "occurred", "Ukrainian President Volodymyr Zelensky rejected"),
            E("Ukraine's sports ministry asks FIFA to keep the suspension", "REQUEST", ["Ukraine"], "2026-06-11",
              "text", "occurred", "Ukraine's sports ministry wrote to FIFA"),
            E("Russian drones and missiles strike Kyiv and Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-06-10TNI",
              "text", "occurred", "Overnight, Russian drones and missiles"),
            E("Kallas rejects lifting sports bans while the war continues", "REJECT", ["Kaja Kallas"], "2026-06-11",
              "text", "occurred", "In Brussels, EU foreign policy chief Kaja Kallas"),
            E("Witkoff to meet Putin in Moscow on a ceasefire framework", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-W25", "text", "planned", "Trump's special envoy Steve Witkoff"),
            E("US-brokered Russia–Ukraine round in Geneva", "CONSULT", ["United States", "Russia", "Ukraine"],
              "2026-05", "text", "occurred", "Trump's special envoy Steve Witkoff"),
            E("The Geneva round ends without agreement", "REJECT", ["Russia", "Ukraine"], "2026-05", "text",
              "occurred", "Trump's special envoy Steve Witkoff"),
        ],
        [
            S("Donald Trump", "Russia's return to FIFA could be a very good incentive; will raise it with Putin",
              "2026-06-10", "context", "Speaking in the Oval Office"),
            S("Kremlin", "The Kremlin welcomes Trump's remarks", "2026-06-11", "published",
              "The Kremlin welcomed the remarks."),
            S("Dmitry Peskov", "Moscow appreciates Trump's understanding; no conditions for Russia's return",
              "2026-06-11", "text", "Spokesman Dmitry Peskov told reporters"),
            S("Russia", "Degtyarev: Russian teams are ready to play at any moment", "2026-06-11", "published",
              "Russia's sports minister Mikhail Degtyarev"),
            S("Volodymyr Zelensky", "The aggressor must not be rewarded with trophies", "2026-06-10TEV", "text",
              "Ukrainian President Volodymyr Zelensky rejected"),
            S("Ukraine", "Sports ministry asks FIFA to keep the suspension until Russia leaves", "2026-06-11", "text",
              "Ukraine's sports ministry wrote to FIFA"),
            S("Ukraine", "At least nine killed in Kyiv and Odesa", "2026-06-11", "published",
              "Overnight, Russian drones and missiles"),
            S("Kaja Kallas", "Lifting sports bans would be a gift to the Kremlin", "2026-06-11", "text",
              "In Brussels, EU foreign policy chief Kaja Kallas"),
            S("White House", "Witkoff is due in Moscow next week", "2026-06-11", "published",
              "Trump's special envoy Steve Witkoff"),
        ],
        ["Donald Trump", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky",
         "Kaja Kallas", "European Union", "Steve Witkoff", "White House", "United States"],
    ),
]
