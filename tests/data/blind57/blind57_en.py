"""English articles of the blind57 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b57en01 (HS International Edition, Helsingin Sanomat)
EN01 = """
Finland to shut its last open crossing point on the Russian border

The Finnish government decided on Tuesday to close the Raja-Jooseppi crossing point in Lapland, the last one still open on the 1,340-kilometre land border between Finland and Russia.
The closure will take effect on Thursday and is set to last until December 13, Prime Minister Petteri Orpo (NCP) told a press conference at the House of the Estates in Helsinki.
Finland has closed its eastern crossing points one after another since mid-November, after nearly 1,000 asylum seekers without valid visas arrived from Russia in less than a month.

Helsinki accuses Moscow of deliberately steering the migrants to the border, a tactic Finnish officials describe as instrumentalised migration.
“This is a matter of national security,” Orpo said, adding that Finland would not allow Russia to “use people as a weapon” against it.
Kremlin spokesperson Dmitry Peskov said on Tuesday that Moscow “deeply regrets” the decision and accused Helsinki of choosing a “purely Russophobic” course instead of dialogue.
Foreign Ministry spokesperson Maria Zakharova said Finland would “bear full responsibility” for the consequences and recalled that Russia had summoned the Finnish ambassador last week to protest against the earlier closures.

The EU's border agency Frontex has started deploying about 50 officers and patrol cars to the eastern border at Helsinki's request.
NATO Secretary General Jens Stoltenberg, speaking on Tuesday at a meeting of the alliance's foreign ministers in Brussels, said the allies stood “in full solidarity” with Finland.
US Secretary of State Antony Blinken, who attended the meeting, told reporters that Russia's actions were “a deliberate attempt to destabilise a NATO ally”.
European Commission President Ursula von der Leyen wrote on X that the EU would not tolerate Russia's “shameful” use of migrants against its external borders.

Russian Foreign Minister Sergey Lavrov said in Moscow last week that Finland's accession to NATO in April had turned a border of “good neighbourliness” into a line of confrontation.
Before Finland joined the alliance, the border guards of the two countries had cooperated closely for more than 30 years.
For residents of eastern Finland, the closure means long detours: the nearest open crossing for travellers to St Petersburg will be in Narva, Estonia, several hundred kilometres to the south.
The government will review the situation before the closure expires, Interior Minister Mari Rantanen (Finns) said.
"""

# ---------------------------------------------------------------- b57en02 (High North News)
EN02 = """
Norway expels 15 Russian diplomats it says are intelligence officers

Norway on Thursday declared 15 employees of the Russian embassy in Oslo persona non grata, saying they were intelligence officers operating under diplomatic cover.
“This is an important measure to counter and reduce the extent of Russian intelligence activities in Norway,” Foreign Minister Anniken Huitfeldt said in a statement.
It is the largest single expulsion from Norway since 1985, when the government ordered 25 Soviet officials to leave during the Treholt spy affair.

The Russian embassy called the decision “a hostile step” and said it would “not go unanswered”.
In Moscow, Foreign Ministry spokesperson Maria Zakharova said on Thursday evening that Norway was “destroying” what was left of bilateral relations and that Russia's response would follow.
Kremlin spokesperson Dmitry Peskov told reporters on Friday that Oslo was following “the anti-Russian line” of other Western capitals.

The expulsions come less than a month before Norway is due to take over the rotating chairmanship of the Arctic Council from Russia.
The handover is planned for May 11 in Salekhard, but Norwegian officials will only take part by video link.
Work in the council has been largely frozen since March 2022, when the seven Western member states paused their cooperation with Moscow in protest against the invasion of Ukraine.

In Kirkenes, a few kilometres from the Storskog border crossing, the news was met with concern.
“We are the ones who live with the consequences when relations get worse,” said Mayor Lena Bergeng, who has tried to keep people-to-people contacts with Murmansk alive.
Norway expelled three Russian diplomats in April 2022, and Moscow retaliated in May 2022 by ordering three Norwegian diplomats to leave.
NATO Secretary General Jens Stoltenberg, a former Norwegian prime minister, told reporters in Brussels last week that Russia had stepped up its intelligence activities across the alliance.
The Norwegian Police Security Service (PST) said in its annual threat assessment in February that Russia posed the greatest intelligence threat to the country.
"""

# ---------------------------------------------------------------- b57en03 (Delfi EN)
EN03 = """
Lithuania shuts Belarus border for a month over smuggling balloons

Lithuania closed its two remaining road crossings with Belarus, Medininkai and Šalčininkai, at noon on Monday and will keep them shut until the end of November, after balloons launched from Belarus repeatedly paralysed Vilnius Airport.
“This is a clear signal to Minsk that hybrid attacks have a price,” Prime Minister Inga Ruginienė told reporters after a meeting of the State Defence Council.
Since early October, hundreds of helium balloons carrying contraband cigarettes have drifted across the border, and the airport has had to suspend flights at least six times, the latest closure coming on Sunday night.

Lithuanian officials say the Belarusian authorities at the very least tolerate the launches.
Belarusian leader Alexander Lukashenko dismissed the closure on Monday as “a cheap swindle” and said Vilnius was “making a tragedy out of balloons”.
Minsk also said that more than 1,000 Lithuanian trucks stuck on the Belarusian side would not be allowed to leave until the crossings reopen, a step Lithuanian Foreign Minister Kęstutis Budrys called “blackmail”.

EU foreign policy chief Kaja Kallas said on Tuesday that the balloon flights were “a hybrid attack” and that the bloc was preparing new sanctions against those responsible in Belarus.
Polish Prime Minister Donald Tusk called Ruginienė on Monday evening to express solidarity and said Poland was ready to take the same step if balloons began crossing into its territory.
Poland itself reopened two crossings with Belarus in late September after closing the entire border for almost two weeks during the Russian-Belarusian Zapad exercise.

The closure comes at an awkward moment for Washington, which has been seeking a thaw with Minsk.
In September, US envoy John Coale secured the release of 52 prisoners in Belarus, and the United States lifted its sanctions on the national airline Belavia in return.
In Moscow, Kremlin spokesperson Dmitry Peskov said Russia “fully supports” its ally and that the closure would hurt Lithuania's own economy first.
Delfi's reporter at Medininkai saw dozens of cars being turned back by border guards on Tuesday morning, most of them with Belarusian plates.
"""

# ---------------------------------------------------------------- b57en04 (Postimees English)
EN04 = """
Baltic states request NATO Article 4 talks after Russian drones crash in Ida-Viru County and Latgale

Estonia, Latvia and Lithuania on Tuesday jointly requested consultations under Article 4 of the North Atlantic Treaty after two Russian attack drones crashed on Estonian and Latvian territory overnight.
The North Atlantic Council will meet in Brussels on Wednesday afternoon, NATO spokesperson Allison Hart said.
One of the drones, a Geran-2 of the kind Russia fires at Ukrainian cities every night, came down in a forest near Kohtla-Järve at about 2:40 a.m., the Estonian Defence Forces said; the second was found near Rēzekne in Latgale with its warhead intact.
No one was injured.

Prime Minister Kristen Michal called it the most serious violation of Estonian territory since the restoration of independence and said Tallinn would not accept claims that the drones had simply strayed.
Foreign Minister Margus Tsahkna summoned Russia's chargé d'affaires on Tuesday morning and handed him a protest note, while Latvia ordered an employee of the Russian embassy in Riga to leave the country within 48 hours.
The Russian Defence Ministry said it had no information about any drones in the area and called the reports “a provocation”.
Kremlin spokesperson Dmitry Peskov said on Wednesday that NATO was using “every incident” to escalate tensions and that Moscow had no intention of attacking the Baltic states.
Foreign Ministry spokesperson Maria Zakharova warned that Russia would answer any further “unfriendly steps” against its diplomats.

NATO Secretary General Mark Rutte said the alliance would defend “every inch” of allied territory and that its Eastern Sentry mission, launched in September, would be extended to the skies over north-eastern Estonia.
EU foreign policy chief Kaja Kallas, a former Estonian prime minister, said the drones were “not an accident but a message” and urged member states to adopt the 20th sanctions package before February 24.
Ukraine's Foreign Minister Andrii Sybiha offered to send Ukrainian specialists who have learned to intercept Shahed-type drones.

It is the second time in four months that an Article 4 request has come from Tallinn: Estonia invoked it alone in September after three Russian MiG-31 fighters spent 12 minutes in its airspace.
All three Baltic states, together with Poland and four other allies, had last done so jointly on February 24, 2022.
"""

# ---------------------------------------------------------------- b57en05 (The Warsaw Voice)
EN05 = """
Poland expels 45 Russian diplomats accused of spying

Poland on Wednesday ordered 45 Russian diplomats to leave the country, accusing them of working for Russian intelligence under diplomatic cover.
The Internal Security Agency (ABW) said the group had used their status to conduct operations against Poland and its allies, and that the names had been passed to the foreign ministry.
Russian Ambassador Sergey Andreev was summoned to the ministry on Wednesday morning and handed a note giving the diplomats five days to leave.
Before the expulsions, the embassy in Warsaw and the consulates in Gdańsk, Kraków and Poznań had employed around 90 Russian staff.
Interior Minister Mariusz Kamiński said Poland was “dismantling the network of Russian special services” in the country.

Andreev told reporters outside the ministry that the accusations were “unfounded” and that Moscow would respond in kind.
Foreign ministry spokeswoman Maria Zakharova said in Moscow that Warsaw had chosen “an openly hostile course” and promised a “tough response”.
Kremlin spokesman Dmitry Peskov said on Thursday that Russia's reaction would follow “the principle of reciprocity”.

The expulsions come as western leaders gather in Brussels, where US President Joe Biden attends summits of NATO, the G7 and the European Union on Thursday.
Biden is due in Rzeszów on Friday and in Warsaw on Saturday, where he will meet President Andrzej Duda.
Prime Minister Mateusz Morawiecki said Poland would formally propose an international peacekeeping mission for Ukraine at the NATO summit, an idea Deputy Prime Minister Jarosław Kaczyński first put forward in Kyiv last week.
Russian Foreign Minister Sergey Lavrov warned on Wednesday that such a mission would mean a direct clash between Russian and NATO forces.

Poland is not the only country to send Russian diplomats home: Bulgaria expelled ten last week, and the United States expelled twelve members of Russia's UN mission on February 28.
Warsaw, which has taken in more than two million refugees from Ukraine since the invasion began, has also called on its EU partners to ban imports of Russian coal and oil.
"""

# ---------------------------------------------------------------- b57en06 (The Copenhagen Post)
EN06 = """
Denmark expels four Russian diplomats over drone flights and caps embassy staff

Denmark on Wednesday expelled four employees of the Russian embassy in Copenhagen, accusing them of helping to coordinate drone flights over Skrydstrup Air Base and the island of Bornholm in August.
The embassy, which currently has 38 accredited staff, has also been ordered to reduce its headcount to 20 by the end of the year.
Foreign Minister Lars Løkke Rasmussen said the Danish Security and Intelligence Service (PET) had traced the drones to a Russian-operated cargo ship that had lain at anchor off Bornholm for several days.

Russian Ambassador Vladimir Barbin was summoned to the ministry on Wednesday afternoon.
Leaving the building, he told Danish media that the accusations were “absurd” and that Copenhagen had “not presented a single fact”.
In Moscow, Foreign Ministry spokesperson Maria Zakharova said on Thursday that Russia would respond “in a mirror manner”, suggesting that Danish diplomats in Moscow would be next.
Kremlin spokesperson Dmitry Peskov accused Copenhagen of “feeding drone hysteria” to justify record defence spending.

Prime Minister Mette Frederiksen, who last year called the closure of Copenhagen Airport by drones “the most serious attack on Danish critical infrastructure so far”, said Denmark would “not be intimidated”.
NATO Secretary General Mark Rutte said on Wednesday evening that the allies backed Denmark's decision.
Finland's President Alexander Stubb, who met Frederiksen in Copenhagen on Thursday morning, said Finland “fully supports” the Danish measures.
EU foreign policy chief Kaja Kallas called for the individuals behind the drone flights to be included in the 22nd sanctions package, due in December.

The expulsions come as US envoy Steve Witkoff prepares to travel to Moscow next week for talks with President Vladimir Putin on the stalled peace process.
Ukrainian President Volodymyr Zelensky, who spoke to Frederiksen by phone on Wednesday, thanked Denmark for its “principled stance”.
Denmark first expelled 15 Russian intelligence officers in April 2022, weeks after the full-scale invasion.
After last year's airport closures, EU leaders met for an informal summit in Copenhagen on October 1, 2025, and agreed to build a “drone wall” along the bloc's eastern border.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b57en01_finland_raja_jooseppi_closure_2023_11", "2023-11-29", EN01,
        [
            T("Tuesday", "DATE", "2023-11-28", 0),
            T("Thursday", "DATE", "2023-11-30"),
            T("December 13", "DATE", "2023-12-13"),
            T("mid-November", "DATE", "2023-11", mod="MID"),
            T("less than a month", "DURATION", "P1M", mod="LESS_THAN"),
            T("Tuesday", "DATE", "2023-11-28", 1),
            T("last week", "DATE", "2023-W47", 0),
            T("Tuesday", "DATE", "2023-11-28", 2),
            T("last week", "DATE", "2023-W47", 1),
            T("April", "DATE", "2023-04"),
            T("more than 30 years", "DURATION", "P30Y", mod="MORE_THAN"),
        ],
        [
            E("Finland decides to close Raja-Jooseppi, its last open crossing point to Russia", "SANCTION",
              ["Russia"], "2023-11-28", "text", "occurred", "decided on Tuesday to close",
              note="the closure takes effect on 30 November and runs until 13 December"),
            E("Finland has closed its eastern crossing points one after another since mid-November", "SANCTION",
              ["Russia"], "2023-11", "text", "occurred", "one after another", date_mod="MID",
              note="the first four crossings closed on 18 November 2023"),
            E("Helsinki accuses Moscow of deliberately steering migrants to the border", "ACCUSE", ["Russia"],
              "2023-11-29", "published", "occurred", "deliberately steering"),
            E("Peskov regrets the decision and accuses Helsinki of a Russophobic course", "ACCUSE",
              ["Dmitry Peskov"], "2023-11-28", "text", "occurred", "deeply regrets"),
            E("Zakharova: Finland will bear full responsibility for the consequences", "THREATEN",
              ["Maria Zakharova"], "2023-11-29", "published", "occurred", "bear full responsibility"),
            E("Russia summoned the Finnish ambassador to protest against the closures", "ACCUSE", ["Russia"],
              "2023-W47", "text", "occurred", "bear full responsibility"),
            E("Frontex deploys officers and patrol cars to the Finnish border", "AID", ["European Union"],
              "2023-11-29", "published", "occurred", "Frontex"),
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO", "Jens Stoltenberg", "Antony Blinken"],
              "2023-11-28", "text", "occurred", "speaking on Tuesday at a meeting"),
            E("Stoltenberg: the allies stand in full solidarity with Finland", "SUPPORT",
              ["Jens Stoltenberg", "NATO"], "2023-11-28", "text", "occurred", "speaking on Tuesday at a meeting"),
            E("Blinken accuses Russia of trying to destabilise a NATO ally", "ACCUSE", ["Antony Blinken", "Russia"],
              "2023-11-28", "context", "occurred", "deliberate attempt"),
            E("Von der Leyen condemns Russia's shameful use of migrants", "ACCUSE",
              ["Ursula von der Leyen", "Russia"], "2023-11-29", "published", "occurred", "shameful"),
            E("Lavrov: Finland's NATO accession turned the border into a line of confrontation", "ACCUSE",
              ["Sergey Lavrov", "NATO"], "2023-W47", "text", "occurred", "good neighbourliness"),
            E("Finland joins NATO", "COOPERATE", ["NATO"], "2023-04", "text", "occurred", "good neighbourliness",
              note="4 April 2023"),
        ],
        [
            S("Dmitry Peskov", "Moscow deeply regrets the decision; Helsinki chose a purely Russophobic course",
              "2023-11-28", "text", "deeply regrets"),
            S("Maria Zakharova", "Finland will bear full responsibility; Russia summoned the Finnish ambassador last "
              "week", "2023-11-29", "published", "bear full responsibility"),
            S("Jens Stoltenberg", "The allies stand in full solidarity with Finland", "2023-11-28", "text",
              "speaking on Tuesday at a meeting"),
            S("Antony Blinken", "Russia's actions are a deliberate attempt to destabilise a NATO ally",
              "2023-11-28", "context", "deliberate attempt"),
            S("Ursula von der Leyen", "The EU will not tolerate Russia's shameful use of migrants against its "
              "borders", "2023-11-29", "published", "shameful"),
            S("Sergey Lavrov", "Finland's NATO accession turned a border of good neighbourliness into a line of "
              "confrontation", "2023-W47", "text", "good neighbourliness"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "European Union", "NATO", "Jens Stoltenberg",
         "United States", "Antony Blinken", "Ursula von der Leyen", "Sergey Lavrov"],
    ),
    doc(
        "b57en02_norway_expels_fifteen_2023_04", "2023-04-14", EN02,
        [
            T("Thursday", "DATE", "2023-04-13", 0),
            T("1985", "DATE", "1985"),
            T("Thursday evening", "TIME", "2023-04-13TEV"),
            T("Friday", "DATE", "2023-04-14"),
            T("May 11", "DATE", "2023-05-11"),
            T("March 2022", "DATE", "2022-03"),
            T("April 2022", "DATE", "2022-04"),
            T("May 2022", "DATE", "2022-05"),
            T("last week", "DATE", "2023-W14"),
            T("February", "DATE", "2023-02"),
        ],
        [
            E("Norway declares 15 Russian embassy employees persona non grata", "SANCTION", ["Russia"],
              "2023-04-13", "text", "occurred", "persona non grata"),
            E("Norway says they are intelligence officers under diplomatic cover", "ACCUSE", ["Russia"],
              "2023-04-13", "text", "occurred", "persona non grata"),
            E("Russian embassy calls the decision a hostile step", "ACCUSE", ["Russia"], "2023-04-14", "published",
              "occurred", "a hostile step"),
            E("Russian embassy: the step will not go unanswered", "THREATEN", ["Russia"], "2023-04-14",
              "published", "occurred", "a hostile step"),
            E("Zakharova: Norway is destroying what is left of relations", "ACCUSE", ["Maria Zakharova"],
              "2023-04-13TEV", "text", "occurred", "destroying"),
            E("Zakharova: Russia's response will follow", "THREATEN", ["Maria Zakharova"], "2023-04-13TEV", "text",
              "occurred", "destroying"),
            E("Peskov: Oslo follows the anti-Russian line of Western capitals", "ACCUSE", ["Dmitry Peskov"],
              "2023-04-14", "text", "occurred", "anti-Russian line"),
            E("Arctic Council chairmanship handed over from Russia to Norway in Salekhard", "CONSULT", ["Russia"],
              "2023-05-11", "text", "planned", "The handover is planned"),
            E("Western members pause their cooperation with Russia in the Arctic Council", "SANCTION", ["Russia"],
              "2022-03", "text", "occurred", "largely frozen"),
            E("Norway expelled three Russian diplomats", "SANCTION", ["Russia"], "2022-04", "text", "occurred",
              "retaliated in May 2022"),
            E("Russia retaliated by expelling three Norwegian diplomats", "SANCTION", ["Russia"], "2022-05", "text",
              "occurred", "retaliated in May 2022"),
            E("Stoltenberg: Russia has stepped up intelligence activities across the alliance", "ACCUSE",
              ["Jens Stoltenberg", "Russia"], "2023-W14", "text", "occurred", "stepped up its intelligence"),
            E("PST names Russia the greatest intelligence threat to Norway", "ACCUSE", ["Russia"], "2023-02",
              "text", "occurred", "annual threat assessment"),
        ],
        [
            S("Russia", "Embassy: a hostile step that will not go unanswered", "2023-04-14", "published",
              "a hostile step"),
            S("Maria Zakharova", "Norway is destroying what is left of relations; Russia's response will follow",
              "2023-04-13TEV", "text", "destroying"),
            S("Dmitry Peskov", "Oslo follows the anti-Russian line of other Western capitals", "2023-04-14", "text",
              "anti-Russian line"),
            S("Jens Stoltenberg", "Russia has stepped up its intelligence activities across the alliance",
              "2023-W14", "text", "stepped up its intelligence"),
        ],
        ["Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Ukraine", "NATO", "Jens Stoltenberg"],
    ),
    doc(
        "b57en03_lithuania_belarus_balloons_2025_10", "2025-10-28", EN03,
        [
            T("a month", "DURATION", "P1M"),
            T("noon", "TIME", "2025-10-27T12:00", note="Lithuanian time (EET)"),
            T("Monday", "DATE", "2025-10-27", 0),
            T("the end of November", "DATE", "2025-11", mod="END"),
            T("early October", "DATE", "2025-10", mod="START"),
            T("Sunday night", "TIME", "2025-10-26TNI"),
            T("Monday", "DATE", "2025-10-27", 1),
            T("Tuesday", "DATE", "2025-10-28", 0),
            T("Monday evening", "TIME", "2025-10-27TEV"),
            T("late September", "DATE", "2025-09", mod="END"),
            T("almost two weeks", "DURATION", "P2W", mod="APPROX"),
            T("September", "DATE", "2025-09", 1),
            T("Tuesday morning", "TIME", "2025-10-28TMO"),
        ],
        [
            E("Lithuania closes its road crossings with Belarus until the end of November", "SANCTION",
              ["Belarus"], "2025-10-27T12:00", "text", "occurred", "at noon on Monday"),
            E("Ruginienė: the closure is a signal to Minsk that hybrid attacks have a price", "ACCUSE", ["Belarus"],
              "2025-10-27", "context", "occurred", "hybrid attacks have a price"),
            E("Lithuanian officials say the Belarusian authorities tolerate the balloon launches", "ACCUSE",
              ["Belarus"], "2025-10-28", "published", "occurred", "at the very least tolerate"),
            E("Lukashenko dismisses the closure as a cheap swindle", "REJECT", ["Alexander Lukashenko"],
              "2025-10-27", "text", "occurred", "cheap swindle"),
            E("Minsk will not let stranded Lithuanian trucks leave until the crossings reopen", "COERCE",
              ["Belarus"], "2025-10-28", "published", "occurred", "1,000 Lithuanian trucks"),
            E("Lithuania's foreign minister calls the truck blockade blackmail", "ACCUSE", ["Belarus"], "2025-10-28",
              "published", "occurred", "1,000 Lithuanian trucks"),
            E("Kallas calls the balloon flights a hybrid attack", "ACCUSE", ["Kaja Kallas", "Belarus"],
              "2025-10-28", "text", "occurred", "balloon flights were"),
            E("EU prepares new sanctions against those responsible in Belarus", "SANCTION",
              ["European Union", "Belarus"], "2025-10-28", "published", "planned", "balloon flights were",
              note="no date given"),
            E("Tusk phones Ruginienė", "CONSULT", ["Donald Tusk"], "2025-10-27TEV", "text", "occurred",
              "Tusk called"),
            E("Tusk expresses solidarity with Lithuania", "SUPPORT", ["Donald Tusk"], "2025-10-27TEV", "text",
              "occurred", "Tusk called"),
            E("Tusk: Poland ready to take the same step if balloons cross into its territory", "THREATEN",
              ["Donald Tusk", "Belarus"], "2025-10-27TEV", "context", "occurred", "Tusk called"),
            E("Poland reopened two crossings with Belarus", "CONCEDE", ["Poland", "Belarus"], "2025-09", "text",
              "occurred", "reopened two crossings", date_mod="END"),
            E("Poland closed its entire border with Belarus during the Zapad exercise", "SANCTION",
              ["Poland", "Belarus"], "2025-09", "context", "occurred", "reopened two crossings",
              note="closed from 12 September 2025"),
            E("Belarus releases 52 prisoners after the mission of US envoy Coale", "CONCEDE",
              ["Belarus", "United States"], "2025-09", "text", "occurred", "52 prisoners"),
            E("The United States lifts its sanctions on Belavia", "CONCEDE", ["United States", "Belarus"],
              "2025-09", "text", "occurred", "52 prisoners"),
            E("Peskov: Russia fully supports its ally", "SUPPORT", ["Dmitry Peskov", "Belarus"], "2025-10-28",
              "published", "occurred", "fully supports"),
        ],
        [
            S("Alexander Lukashenko", "The closure is a cheap swindle; Vilnius makes a tragedy out of balloons",
              "2025-10-27", "text", "cheap swindle"),
            S("Belarus", "Stranded Lithuanian trucks will not be allowed to leave until the crossings reopen",
              "2025-10-28", "published", "1,000 Lithuanian trucks"),
            S("Kaja Kallas", "The balloon flights are a hybrid attack; the EU prepares sanctions against those "
              "responsible", "2025-10-28", "text", "balloon flights were"),
            S("Donald Tusk", "Solidarity with Lithuania; Poland is ready to take the same step if balloons cross "
              "into its territory", "2025-10-27TEV", "text", "Tusk called"),
            S("Dmitry Peskov", "Russia fully supports its ally; the closure will hurt Lithuania's economy first",
              "2025-10-28", "published", "fully supports"),
        ],
        ["Belarus", "Alexander Lukashenko", "Kaja Kallas", "European Union", "Donald Tusk", "Poland", "Russia",
         "United States", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b57en04_baltic_article4_drones_2026_01", "2026-01-21", EN04,
        [
            T("Tuesday", "DATE", "2026-01-20", 0),
            T("overnight", "TIME", "2026-01-19TNI", note="night of 19 to 20 January"),
            T("Wednesday afternoon", "TIME", "2026-01-21TAF"),
            T("every night", "SET", "P1D"),
            T("about 2:40 a.m.", "TIME", "2026-01-20T02:40", mod="APPROX", note="Estonian time (EET)"),
            T("Tuesday morning", "TIME", "2026-01-20TMO"),
            T("48 hours", "DURATION", "PT48H"),
            T("Wednesday", "DATE", "2026-01-21", 1),
            T("September", "DATE", "2025-09", 0),
            T("February 24", "DATE", "2026-02-24", 0),
            T("four months", "DURATION", "P4M"),
            T("September", "DATE", "2025-09", 1),
            T("12 minutes", "DURATION", "PT12M"),
            T("February 24, 2022", "DATE", "2022-02-24"),
        ],
        [
            E("Estonia, Latvia and Lithuania request Article 4 consultations", "REQUEST", ["NATO"], "2026-01-20",
              "text", "occurred", "jointly requested consultations"),
            E("North Atlantic Council to meet on Wednesday afternoon", "CONSULT", ["NATO"], "2026-01-21TAF", "text",
              "planned", "North Atlantic Council will meet"),
            E("Estonia summons Russia's chargé d'affaires and hands him a protest note", "ACCUSE", ["Russia"],
              "2026-01-20TMO", "text", "occurred", "summoned Russia's chargé"),
            E("Latvia orders a Russian embassy employee to leave within 48 hours", "SANCTION", ["Russia"],
              "2026-01-20", "context", "occurred", "summoned Russia's chargé"),
            E("Russian defence ministry denies knowledge of any drones", "REJECT", ["Russia"], "2026-01-21",
              "published", "occurred", "no information about any drones"),
            E("Russian defence ministry calls the reports a provocation", "ACCUSE", ["Russia"], "2026-01-21",
              "published", "occurred", "no information about any drones"),
            E("Michal: the most serious violation of Estonian territory; no acceptance of claims the drones strayed",
              "ACCUSE", ["Russia"], "2026-01-21", "published", "occurred", "simply strayed"),
            E("Peskov accuses NATO of using every incident to escalate tensions", "ACCUSE",
              ["Dmitry Peskov", "NATO"], "2026-01-21", "text", "occurred", "every incident"),
            E("Zakharova warns Russia will answer further unfriendly steps against its diplomats", "THREATEN",
              ["Maria Zakharova"], "2026-01-21", "published", "occurred", "unfriendly steps"),
            E("Eastern Sentry to be extended to north-eastern Estonia", "MOBILIZE", ["NATO", "Mark Rutte"],
              "2026-01-21", "published", "planned", "every inch", note="no date given"),
            E("NATO launched Eastern Sentry", "MOBILIZE", ["NATO"], "2025-09", "text", "occurred", "every inch"),
            E("Kallas: the drones were not an accident but a message", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2026-01-21", "published", "occurred", "not an accident"),
            E("Kallas urges member states to adopt the 20th sanctions package", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-01-21", "published", "occurred", "not an accident"),
            E("20th EU sanctions package to be adopted before 24 February", "SANCTION", ["European Union", "Russia"],
              "2026-02-24", "text", "planned", "not an accident", note="deadline: before 24 February 2026"),
            E("Sybiha offers Ukrainian specialists in intercepting Shahed-type drones", "REQUEST", ["Andrii Sybiha"],
              "2026-01-21", "published", "occurred", "offered to send"),
            E("Estonia invoked Article 4 after three MiG-31s entered its airspace", "REQUEST", ["NATO"], "2025-09",
              "text", "occurred", "invoked it alone"),
            E("The Baltic states, Poland and four other allies invoked Article 4", "REQUEST", ["Poland", "NATO"],
              "2022-02-24", "text", "occurred", "last done so jointly"),
        ],
        [
            S("NATO", "Spokesperson: the North Atlantic Council will meet on Wednesday afternoon", "2026-01-21",
              "published", "North Atlantic Council will meet"),
            S("Russia", "Defence ministry: no information about any drones; the reports are a provocation",
              "2026-01-21", "published", "no information about any drones"),
            S("Dmitry Peskov", "NATO uses every incident to escalate tensions; Moscow has no intention of attacking "
              "the Baltic states", "2026-01-21", "text", "every incident"),
            S("Maria Zakharova", "Russia will answer further unfriendly steps against its diplomats", "2026-01-21",
              "published", "unfriendly steps"),
            S("Mark Rutte", "NATO will defend every inch; Eastern Sentry to be extended to north-eastern Estonia",
              "2026-01-21", "published", "every inch"),
            S("Kaja Kallas", "The drones were not an accident but a message; adopt the 20th package before 24 "
              "February", "2026-01-21", "published", "not an accident"),
            S("Andrii Sybiha", "Offers Ukrainian specialists in intercepting Shahed-type drones", "2026-01-21",
              "published", "offered to send"),
        ],
        ["NATO", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Mark Rutte", "Kaja Kallas",
         "European Union", "Andrii Sybiha", "Poland"],
    ),
    doc(
        "b57en05_poland_expels_45_diplomats_2022_03", "2022-03-24", EN05,
        [
            T("Wednesday", "DATE", "2022-03-23", 0),
            T("Wednesday morning", "TIME", "2022-03-23TMO"),
            T("five days", "DURATION", "P5D"),
            T("Thursday", "DATE", "2022-03-24", 0),
            T("Thursday", "DATE", "2022-03-24", 1),
            T("Friday", "DATE", "2022-03-25"),
            T("Saturday", "DATE", "2022-03-26"),
            T("last week", "DATE", "2022-W11", 0),
            T("Wednesday", "DATE", "2022-03-23", 2),
            T("last week", "DATE", "2022-W11", 1),
            T("February 28", "DATE", "2022-02-28"),
        ],
        [
            E("Poland orders 45 Russian diplomats to leave the country", "SANCTION", ["Poland", "Russia"],
              "2022-03-23", "text", "occurred", "ordered 45 Russian diplomats"),
            E("Poland accuses them of working for Russian intelligence", "ACCUSE", ["Poland", "Russia"],
              "2022-03-23", "text", "occurred", "ordered 45 Russian diplomats"),
            E("Russian ambassador Andreev summoned to the foreign ministry", "ACCUSE", ["Poland", "Russia"],
              "2022-03-23TMO", "text", "occurred", "was summoned to the ministry"),
            E("Andreev rejects the accusations as unfounded", "REJECT", ["Russia", "Poland"], "2022-03-23",
              "context", "occurred", "outside the ministry"),
            E("Andreev: Moscow will respond in kind", "THREATEN", ["Russia", "Poland"], "2022-03-23", "context",
              "occurred", "outside the ministry"),
            E("Zakharova: Warsaw has chosen an openly hostile course", "ACCUSE", ["Maria Zakharova", "Poland"],
              "2022-03-24", "published", "occurred", "openly hostile course"),
            E("Zakharova promises a tough response", "THREATEN", ["Maria Zakharova", "Poland"], "2022-03-24",
              "published", "occurred", "openly hostile course"),
            E("Peskov: Russia's reaction will follow the principle of reciprocity", "THREATEN",
              ["Dmitry Peskov", "Poland"], "2022-03-24", "text", "occurred", "principle of reciprocity"),
            E("Biden attends the NATO summit in Brussels", "CONSULT", ["Joe Biden", "NATO"], "2022-03-24", "text",
              "occurred", "attends summits of NATO"),
            E("Biden attends the G7 and EU summits in Brussels", "CONSULT", ["Joe Biden", "European Union"],
              "2022-03-24", "text", "occurred", "attends summits of NATO"),
            E("Biden to visit Rzeszów", "CONSULT", ["Joe Biden", "Poland"], "2022-03-25", "text", "planned",
              "Biden is due in Rzeszów"),
            E("Biden to meet Duda in Warsaw", "CONSULT", ["Joe Biden", "Poland"], "2022-03-26", "text", "planned",
              "Biden is due in Rzeszów"),
            E("Poland to propose an international peacekeeping mission for Ukraine at the NATO summit", "REQUEST",
              ["Poland", "NATO"], "2022-03-24", "context", "planned", "peacekeeping mission"),
            E("Kaczyński first floated a peacekeeping mission in Kyiv", "REQUEST", ["Poland"], "2022-W11", "text",
              "occurred", "peacekeeping mission", note="15 March 2022"),
            E("Polish leaders' visit to Kyiv", "CONSULT", ["Poland", "Ukraine"], "2022-W11", "text", "occurred",
              "peacekeeping mission", note="15 March 2022"),
            E("Lavrov warns that a peacekeeping mission would mean a direct clash between Russian and NATO forces",
              "REQUEST", ["Sergey Lavrov", "Poland", "NATO"], "2022-03-23", "text", "occurred", "direct clash"),
            E("Bulgaria expels ten Russian diplomats", "SANCTION", ["Russia"], "2022-W11", "text", "occurred",
              "Bulgaria expelled ten"),
            E("The United States expels twelve members of Russia's UN mission", "SANCTION",
              ["United States", "Russia"], "2022-02-28", "text", "occurred", "Bulgaria expelled ten"),
            E("Poland calls on its EU partners to ban imports of Russian coal and oil", "REQUEST",
              ["Poland", "European Union", "Russia"], "2022-03-24", "published", "occurred",
              "ban imports of Russian coal"),
        ],
        [
            S("Poland", "ABW: the group used their status for operations against Poland and its allies",
              "2022-03-24", "published", "Internal Security Agency"),
            S("Poland", "Kamiński: Poland is dismantling the network of Russian special services", "2022-03-24",
              "published", "dismantling the network"),
            S("Russia", "Andreev: the accusations are unfounded; Moscow will respond in kind", "2022-03-23",
              "context", "outside the ministry"),
            S("Maria Zakharova", "Warsaw has chosen an openly hostile course; a tough response will follow",
              "2022-03-24", "published", "openly hostile course"),
            S("Dmitry Peskov", "Russia's reaction will follow the principle of reciprocity", "2022-03-24", "text",
              "principle of reciprocity"),
            S("Poland", "Morawiecki: Poland will formally propose an international peacekeeping mission at the NATO "
              "summit", "2022-03-24", "published", "peacekeeping mission"),
            S("Sergey Lavrov", "Such a mission would mean a direct clash between Russian and NATO forces",
              "2022-03-23", "text", "direct clash"),
        ],
        ["Poland", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "United States", "Joe Biden", "NATO",
         "European Union", "Ukraine", "Sergey Lavrov", "United Nations"],
    ),
    doc(
        "b57en06_denmark_expels_four_drones_2026_10", "2026-10-15", EN06,
        [
            T("Wednesday", "DATE", "2026-10-14", 0),
            T("August", "DATE", "2026-08"),
            T("currently", "DATE", "PRESENT_REF"),
            T("the end of the year", "DATE", "2026", mod="END"),
            T("several days", "DURATION", "PXD"),
            T("Wednesday afternoon", "TIME", "2026-10-14TAF"),
            T("Thursday", "DATE", "2026-10-15", 0),
            T("last year", "DATE", "2025", 0),
            T("Wednesday evening", "TIME", "2026-10-14TEV"),
            T("Thursday morning", "TIME", "2026-10-15TMO"),
            T("December", "DATE", "2026-12"),
            T("next week", "DATE", "2026-W43"),
            T("Wednesday", "DATE", "2026-10-14", 3),
            T("April 2022", "DATE", "2022-04"),
            T("last year", "DATE", "2025", 1),
            T("October 1, 2025", "DATE", "2025-10-01"),
        ],
        [
            E("Denmark expels four Russian embassy employees", "SANCTION", ["Russia"], "2026-10-14", "text",
              "occurred", "expelled four employees"),
            E("Denmark accuses them of helping to coordinate drone flights over Skrydstrup and Bornholm", "ACCUSE",
              ["Russia"], "2026-10-14", "text", "occurred", "expelled four employees"),
            E("The Russian embassy is ordered to cut its staff to 20", "SANCTION", ["Russia"], "2026-10-14",
              "context", "occurred", "reduce its headcount", note="the cap must be met by the end of 2026"),
            E("Russian ambassador Barbin summoned", "ACCUSE", ["Russia"], "2026-10-14TAF", "text", "occurred",
              "Barbin was summoned"),
            E("Barbin rejects the accusations as absurd", "REJECT", ["Russia"], "2026-10-14TAF", "context",
              "occurred", "Leaving the building"),
            E("Zakharova: Russia will respond in a mirror manner", "THREATEN", ["Maria Zakharova"], "2026-10-15",
              "text", "occurred", "mirror manner"),
            E("Peskov accuses Copenhagen of feeding drone hysteria", "ACCUSE", ["Dmitry Peskov"], "2026-10-15",
              "published", "occurred", "drone hysteria"),
            E("Rutte: the allies back Denmark's decision", "SUPPORT", ["Mark Rutte", "NATO"], "2026-10-14TEV",
              "text", "occurred", "backed Denmark's decision"),
            E("Stubb meets Frederiksen in Copenhagen", "CONSULT", ["Alexander Stubb"], "2026-10-15TMO", "text",
              "occurred", "who met Frederiksen"),
            E("Stubb: Finland fully supports the Danish measures", "SUPPORT", ["Alexander Stubb"], "2026-10-15TMO",
              "context", "occurred", "who met Frederiksen"),
            E("Kallas calls for those behind the drone flights to be listed in the 22nd package", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-10-15", "published", "occurred", "22nd sanctions package"),
            E("22nd EU sanctions package due in December", "SANCTION", ["European Union", "Russia"], "2026-12",
              "text", "planned", "22nd sanctions package"),
            E("Witkoff to travel to Moscow for talks with Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2026-W43", "text", "planned", "Witkoff prepares"),
            E("Zelensky–Frederiksen phone call", "CONSULT", ["Volodymyr Zelensky"], "2026-10-14", "text",
              "occurred", "principled stance"),
            E("Zelensky thanks Denmark for its principled stance", "SUPPORT", ["Volodymyr Zelensky"], "2026-10-14",
              "context", "occurred", "principled stance"),
            E("Denmark expelled 15 Russian intelligence officers", "SANCTION", ["Russia"], "2022-04", "text",
              "occurred", "first expelled 15"),
            E("Informal EU summit in Copenhagen", "CONSULT", ["European Union"], "2025-10-01", "text", "occurred",
              "informal summit"),
            E("EU leaders agree to build a drone wall along the eastern border", "AGREE", ["European Union"],
              "2025-10-01", "text", "occurred", "informal summit"),
        ],
        [
            S("Russia", "Barbin: the accusations are absurd; Copenhagen has not presented a single fact",
              "2026-10-14TAF", "context", "Leaving the building"),
            S("Maria Zakharova", "Russia will respond in a mirror manner", "2026-10-15", "text", "mirror manner"),
            S("Dmitry Peskov", "Copenhagen feeds drone hysteria to justify record defence spending", "2026-10-15",
              "published", "drone hysteria"),
            S("Mark Rutte", "The allies back Denmark's decision", "2026-10-14TEV", "text", "backed Denmark's decision"),
            S("Alexander Stubb", "Finland fully supports the Danish measures", "2026-10-15TMO", "context",
              "who met Frederiksen"),
            S("Kaja Kallas", "Those behind the drone flights should be listed in the 22nd sanctions package",
              "2026-10-15", "published", "22nd sanctions package"),
            S("Volodymyr Zelensky", "Thanks Denmark for its principled stance", "2026-10-14", "context",
              "principled stance"),
        ],
        ["Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "NATO", "Mark Rutte", "Alexander Stubb",
         "Kaja Kallas", "European Union", "United States", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky",
         "Ukraine"],
    ),
]
