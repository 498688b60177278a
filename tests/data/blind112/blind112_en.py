"""English articles of the blind112 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b112en01 (The Berlin Spectator)
EN01 = """
Navalny Detained in Moscow: Berlin Demands His Immediate Release

Berlin, January 18th, 2021 (The Berlin Spectator) — Germany's federal government is demanding the immediate release of the Russian opposition politician Alexei Navalny, who was detained at a Moscow airport on Sunday evening after returning from Berlin.
Mr. Navalny, who had spent five months in Germany recovering from a nerve agent attack, was stopped at passport control at Sheremetyevo airport by officers of Russia's prison service.

Chancellor Angela Merkel's spokesman Steffen Seibert said on Monday that Russia had to release Mr. Navalny immediately and investigate the attack on his life.
"It is completely incomprehensible that Mr. Navalny was detained by the Russian authorities immediately after his arrival," Foreign Minister Heiko Maas had said already on Sunday night.
Maas added that Russia was bound by its own constitution and its international obligations to respect the rule of law.

In Moscow, a judge held an improvised hearing at a police station in the town of Khimki on Monday and ordered Mr. Navalny to be held in custody for 30 days.
In a video recorded inside the station, the 44-year-old called on Russians to take to the streets.
His supporters announced nationwide protests for Saturday.

European Council President Charles Michel and Commission President Ursula von der Leyen both called the detention unacceptable and demanded his release.
Outgoing U.S. Secretary of State Mike Pompeo said Washington strongly condemned the decision to arrest Mr. Navalny.
Joe Biden, who will be sworn in as President on Wednesday, is expected to take a tougher line on Moscow than Donald Trump.
British Foreign Secretary Dominic Raab called the arrest "appalling", and the French foreign ministry voiced its "great concern".

Russian Foreign Minister Sergei Lavrov on Monday dismissed the Western criticism, saying officials were using the case "to divert attention from the deep crisis of the liberal development model."
Kremlin spokesman Dmitry Peskov declined to comment, saying the case was a matter for the prison service and the courts.

Mr. Navalny had been flown to Berlin's Charité hospital in August after collapsing on a domestic flight in Siberia.
A Bundeswehr laboratory later established that he had been poisoned with a nerve agent of the Novichok group, a finding confirmed by laboratories in France and Sweden.
The European Union imposed sanctions on six Russian officials over the poisoning in October.
On Monday, the Baltic states and Poland urged the EU to consider new sanctions, and the bloc's foreign ministers are due to discuss the case when they meet in Brussels next Monday.
"""

# ---------------------------------------------------------------- b112en02 (openDemocracy)
EN02 = """
Navalny's 19-year sentence is a message to every Russian who still dissents

A Russian court on Friday sentenced the jailed opposition politician Alexei Navalny to 19 years in a "special regime" colony, the harshest category in the country's penal system.
The closed trial on extremism charges was held inside the IK-6 penal colony in Melekhovo, 250km east of Moscow, where Navalny is already serving an 11-and-a-half-year term for fraud and contempt of court.
His co-defendant Daniel Kholodny, a former technical director of Navalny's YouTube channel, received eight years.

Western governments condemned the verdict within hours.
US Secretary of State Antony Blinken called the ruling "an unjust conclusion to an unjust trial" and said Washington would keep pressing for Navalny's release.
German Foreign Minister Annalena Baerbock wrote that the sentence showed "how afraid the Kremlin is of criticism and opposition".
The EU's foreign policy chief Josep Borrell demanded Navalny's immediate and unconditional release, and the UN human rights chief Volker Türk said the verdict raised "serious concerns about judicial harassment".
The Kremlin said it would not comment on a court decision.

For Navalny's team, now based in Vilnius, the verdict came as no surprise.
Navalny himself had predicted the length of the sentence in a message published on Thursday, calling it "a term set by Putin".
After the verdict, he urged Russians in a statement relayed by his lawyers not to give up resisting.

The case fits a pattern.
In April, the opposition politician Vladimir Kara-Murza was sentenced to 25 years for treason, the longest term yet handed to a Kremlin critic, and Ilya Yashin is serving eight and a half years for speaking out about the killings in Bucha.
The rights group OVD-Info counts more than 19,000 people detained for anti-war protest since February 2022.

Outside Russia, the response has been limited to statements and targeted sanctions.
The EU and the UK have blacklisted officials involved in Navalny's poisoning and prosecution since 2020, while Washington imposed its own measures in March 2021.
Exiled activists in Berlin and Vilnius say that is not enough and want the judges and prison officials who keep Navalny behind bars added to the lists.
Navalny has now spent more than two and a half years in prison since his arrest in January 2021.
"""

# ---------------------------------------------------------------- b112en03 (Forbes)
EN03 = """
Biden Meets Navalny's Widow And Daughter As U.S. Readies 'Major' Sanctions Over His Death

TOPLINE President Joe Biden met Yulia Navalnaya and her daughter Dasha in San Francisco on Thursday, the White House said, as his administration prepares to unveil what Biden has called "major" sanctions against Russia on Friday over the death of opposition leader Alexei Navalny in an Arctic prison last week.

KEY FACTS Biden told reporters after the meeting that Navalnaya and Dasha were carrying on Navalny's "incredible legacy" and that Friday's package would target those responsible for his death as well as Russia's war machine.
The meeting came during a fundraising trip to California, where Biden on Wednesday evening called Russian President Vladimir Putin a "crazy SOB" at a private event.
Kremlin spokesman Dmitry Peskov responded on Thursday that such language "humiliates" Biden himself rather than Putin.
The U.K. on Wednesday froze the assets of six officials who run the IK-3 penal colony in Kharp where Navalny died and banned them from travel.
EU foreign ministers met Navalnaya in Brussels on Monday, and the bloc's top diplomat Josep Borrell proposed renaming its human rights sanctions regime after Navalny.
EU member states are also expected to approve a 13th package of sanctions against Russia on Friday.

CRUCIAL QUOTE "We are going to announce a major set of sanctions on Friday," National Security Council spokesman John Kirby told reporters on Wednesday.

BIG NUMBER More than 500.
That's how many new targets the administration plans to add to its sanctions lists, according to Kirby, in one of the largest single rounds since the invasion of Ukraine began in February 2022.

WHAT TO WATCH FOR Whether Navalny's body is handed over to his family.
His mother Lyudmila Navalnaya said on Thursday that investigators had given her an ultimatum: agree within three hours to a secret burial, or her son would be buried at the prison colony.
A court in Salekhard is due to hear her lawsuit demanding the release of the body on March 4.

KEY BACKGROUND Russia's prison service said Navalny, 47, lost consciousness after a walk on Feb. 16 and could not be revived.
Biden said the same day that Putin was responsible, and Germany and France summoned Russia's ambassadors on Monday.
Navalny had been serving a 19-year sentence since August on extremism charges that his supporters called politically motivated.
"""

# ---------------------------------------------------------------- b112en04 (The Riga Times)
EN04 = """
EU blacklists 33 over Navalny death, Riga welcomes decision

RIGA – The European Union on Friday imposed sanctions on 33 individuals and two entities it holds responsible for the persecution and death of Russian opposition leader Alexei Navalny.
Those listed include judges, prosecutors and officials of the Russian prison service, among them the head and deputy head of the Arctic penal colony where Navalny died on February 16.
Their assets in the EU are frozen and they are banned from entering the bloc.
EU ambassadors had agreed on the list on Wednesday, clearing the way for Friday's formal decision.

"Those responsible will be held to account," EU foreign policy chief Josep Borrell said in a statement, adding that the EU would continue to support Russian civil society and independent media.
The listings were made under the EU's global human rights sanctions regime, which Borrell proposed last month to rename after Navalny.

Latvian Foreign Minister Krisjanis Karins welcomed the decision, telling the LETA news agency that Latvia had pushed for the listings since Navalny's death.
He also called on Brussels to move faster with a ban on Russian grain imports.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia would respond to the "illegal" measures.
The Kremlin has denied any responsibility for Navalny's death.

Riga has become home to several Russian media outlets in exile, among them Meduza and Novaya Gazeta Europe, while the independent channel TV Rain lost its Latvian licence in December 2022.
Last Sunday, hundreds of Russian citizens queued outside the Russian embassy in Riga at noon to vote in the presidential election, answering a call by Navalny's widow Yulia Navalnaya for a "Noon against Putin" protest.
Putin was declared the winner with 87 percent of the vote on Monday.

Flowers and candles left at the improvised Navalny memorial on Antonijas Street, across from the embassy, were still there on Friday evening.
Volunteers from the Russian diaspora say they replace the wilted flowers every few days and keep a book of condolences that has been signed by more than 3,000 people.
The EU has now sanctioned more than 2,000 individuals and entities over Russia's war against Ukraine.
"""

# ---------------------------------------------------------------- b112en05 (Exberliner)
EN05 = """
"No to Putin, no to war": Russian exiles march through Berlin

Thousands of Russians living in exile marched through central Berlin on Sunday afternoon in one of the largest anti-war demonstrations by the diaspora since Russia's full-scale invasion of Ukraine in February 2022.
The march, led by Yulia Navalnaya, Ilya Yashin and Vladimir Kara-Murza, set off from Potsdamer Platz at around 1pm and ended near the Russian embassy on Unter den Linden.
Police put the turnout at around 2,000, the organisers at more than twice that.

The organisers' three demands were printed on banners in Russian, German and English: the withdrawal of Russian troops from Ukraine, a trial for Vladimir Putin as a war criminal and the release of all political prisoners in Russia.
"We are not asking anyone to love Russia, we are asking people to tell Russia apart from Putin," Navalnaya told the crowd outside the embassy.
Yashin and Kara-Murza were both freed in August in the largest prisoner exchange between Russia and the West since the Cold War.
Several speakers referred to the news from Ukraine: Russia had fired around 120 missiles and 90 drones at the country's power grid on Sunday morning, one of the largest air attacks of the war.

Not everyone in Berlin's Russian-speaking scene was on board.
Some Ukrainian groups stayed away, objecting that the organisers had not explicitly called for Crimea to be returned to Ukraine, while many marchers carried the white-blue-white flag of the anti-war movement instead of the Russian tricolour.

The march came at a delicate moment for German politics.
On Friday, Chancellor Olaf Scholz phoned Putin for the first time in almost two years, a call that Ukraine's President Volodymyr Zelensky said had opened "Pandora's box".
Navalnaya told reporters before the march that talking to Putin achieved "nothing except flattering him".
A hearing with Navalnaya and Kara-Murza in the Bundestag's foreign affairs committee, planned for Wednesday, has been called off after the collapse of Scholz's coalition, committee sources said.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova on Monday dismissed the marchers as "traitors" performing for Western audiences.
Berlin has become home to tens of thousands of Russians who left after the invasion, and to the offices of several exiled NGOs and media outlets, from Kreuzberg to Charlottenburg.
The organisers said they plan similar marches in other European capitals next year.
"""

# ---------------------------------------------------------------- b112en06 (Coda Story)
EN06 = """
Navalnaya says two foreign labs found her husband was poisoned, challenging the Kremlin's story

Yulia Navalnaya said on Wednesday that laboratories in two countries had independently concluded that her husband, the Russian opposition leader Alexei Navalny, was poisoned before his death in an Arctic prison colony in February 2024.
In a video posted on her YouTube channel, she said biological samples had been secretly obtained and taken out of Russia, and called on the governments of the two countries, which she did not name, to make the results public.
"I am not asking anyone to believe me. I am asking them to publish what they know," she said.

Kremlin spokesman Dmitry Peskov said on Thursday he had "nothing to add" to the official findings and dismissed the claims as part of an information campaign against Russia.
Russian authorities initially attributed the death to "sudden death syndrome", and the death certificate handed to Navalny's mother cited natural causes.
State television later floated a blood clot, while pro-Kremlin Telegram channels claimed that Western intelligence services had killed him to overshadow Putin's re-election.

Coda has tracked the Kremlin's shifting explanations since 2021, when Navalny's organisations were outlawed as "extremist".
Each new version has been amplified by the same network of accounts, and none has been backed by a published autopsy.
Within 24 hours, Navalnaya's video had been viewed more than three million times, while the main Russian state channels did not mention it.

The European Union's foreign policy chief Kaja Kallas said the findings, if confirmed, would be "further proof" of the Kremlin's responsibility and called on Russia to allow an independent international investigation.
UN special rapporteur Mariana Katzarova said she would raise the case at the Human Rights Council in Geneva next week.
Germany's foreign ministry said it would examine any evidence made available to Berlin.

The claims come at an awkward moment for Washington.
In August, President Donald Trump hosted Putin in Alaska for their first summit since 2019, and the White House has since avoided public criticism of Moscow's treatment of dissidents.
Navalny was first poisoned with the nerve agent Novichok in August 2020, and Moscow has always denied any involvement.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b112en01_navalny_detained_berlin_demands_2021_01", "2021-01-18", EN01,
        [
            T("January 18th, 2021", "DATE", "2021-01-18"),
            T("Sunday evening", "TIME", "2021-01-17TEV"),
            T("five months", "DURATION", "P5M"),
            T("Monday", "DATE", "2021-01-18", 0),
            T("Sunday night", "TIME", "2021-01-17TNI"),
            T("Monday", "DATE", "2021-01-18", 1),
            T("30 days", "DURATION", "P30D"),
            T("Saturday", "DATE", "2021-01-23"),
            T("Wednesday", "DATE", "2021-01-20"),
            T("Monday", "DATE", "2021-01-18", 2),
            T("August", "DATE", "2020-08"),
            T("October", "DATE", "2020-10"),
            T("Monday", "DATE", "2021-01-18", 3),
            T("next Monday", "DATE", "2021-01-25"),
        ],
        [
            E("Germany demands Navalny's immediate release", "REQUEST", ["Germany", "Russia"], "2021-01-18", "text",
              "occurred", "Steffen Seibert said on Monday"),
            E("Maas calls Navalny's detention completely incomprehensible", "ACCUSE", ["Germany", "Russia"],
              "2021-01-17TNI", "text", "occurred", "completely incomprehensible"),
            E("Michel and von der Leyen call the detention unacceptable", "ACCUSE",
              ["European Union", "Ursula von der Leyen", "Russia"], "2021-01-18", "published", "occurred",
              "European Council President Charles Michel"),
            E("Michel and von der Leyen demand Navalny's release", "REQUEST",
              ["European Union", "Ursula von der Leyen", "Russia"], "2021-01-18", "published", "occurred",
              "European Council President Charles Michel"),
            E("Pompeo: Washington strongly condemns the arrest", "ACCUSE", ["United States", "Russia"], "2021-01-18",
              "published", "occurred", "Mike Pompeo"),
            E("Raab calls the arrest appalling", "ACCUSE", ["United Kingdom", "Russia"], "2021-01-18", "published",
              "occurred", "Dominic Raab"),
            E("Lavrov dismisses the Western criticism", "REJECT", ["Sergey Lavrov"], "2021-01-18", "text",
              "occurred", "Sergei Lavrov on Monday dismissed"),
            E("Lavrov: the case is used to divert attention from the crisis of liberalism", "ACCUSE",
              ["Sergey Lavrov"], "2021-01-18", "text", "occurred", "Sergei Lavrov on Monday dismissed"),
            E("EU sanctions six Russian officials over the poisoning", "SANCTION", ["European Union", "Russia"],
              "2020-10", "text", "occurred", "imposed sanctions on six Russian officials"),
            E("Baltic states and Poland urge the EU to consider new sanctions", "REQUEST",
              ["Poland", "European Union", "Russia"], "2021-01-18", "text", "occurred",
              "the Baltic states and Poland urged"),
            E("EU foreign ministers to discuss the case in Brussels", "CONSULT", ["European Union"], "2021-01-25",
              "text", "planned", "the Baltic states and Poland urged"),
        ],
        [
            S("Germany", "Seibert: Russia must release Navalny immediately and investigate the attack", "2021-01-18",
              "text", "Steffen Seibert said on Monday"),
            S("Germany", "Maas: completely incomprehensible that Navalny was detained on arrival", "2021-01-17TNI",
              "text", "completely incomprehensible"),
            S("Germany", "Maas: Russia is bound by its constitution and international obligations to the rule of law",
              "2021-01-17TNI", "context", "Maas added that Russia was bound"),
            S("European Union", "Michel: the detention is unacceptable; Navalny must be released", "2021-01-18",
              "published", "European Council President Charles Michel"),
            S("Ursula von der Leyen", "The detention is unacceptable; Navalny must be released", "2021-01-18",
              "published", "European Council President Charles Michel"),
            S("United States", "Pompeo: Washington strongly condemns the decision to arrest Navalny", "2021-01-18",
              "published", "Mike Pompeo"),
            S("United Kingdom", "Raab calls the arrest appalling", "2021-01-18", "published", "Dominic Raab"),
            S("France", "Foreign ministry voices great concern", "2021-01-18", "published", "Dominic Raab"),
            S("Sergey Lavrov", "Western officials use the case to divert attention from the crisis of the liberal "
              "model", "2021-01-18", "text", "Sergei Lavrov on Monday dismissed"),
            S("Dmitry Peskov", "No comment; the case is a matter for the prison service and the courts",
              "2021-01-18", "published", "Kremlin spokesman Dmitry Peskov declined"),
            S("Poland", "Baltic states and Poland urge the EU to consider new sanctions", "2021-01-18", "text",
              "the Baltic states and Poland urged"),
        ],
        ["Germany", "Russia", "European Union", "Ursula von der Leyen", "United States", "Joe Biden",
         "Donald Trump", "United Kingdom", "France", "Sergey Lavrov", "Kremlin", "Dmitry Peskov", "Poland"],
    ),
    doc(
        "b112en02_navalny_19_years_reactions_2023_08", "2023-08-05", EN02,
        [
            T("19-year", "DURATION", "P19Y"),
            T("Friday", "DATE", "2023-08-04"),
            T("19 years", "DURATION", "P19Y"),
            T("11-and-a-half-year", "DURATION", "P11.5Y"),
            T("eight years", "DURATION", "P8Y"),
            T("hours", "DURATION", "PXH"),
            T("now", "DATE", "PRESENT_REF", 0),
            T("Thursday", "DATE", "2023-08-03"),
            T("April", "DATE", "2023-04"),
            T("25 years", "DURATION", "P25Y"),
            T("eight and a half years", "DURATION", "P8.5Y"),
            T("February 2022", "DATE", "2022-02"),
            T("2020", "DATE", "2020"),
            T("March 2021", "DATE", "2021-03"),
            T("now", "DATE", "PRESENT_REF", 1),
            T("more than two and a half years", "DURATION", "P2.5Y", mod="MORE_THAN"),
            T("January 2021", "DATE", "2021-01"),
        ],
        [
            E("Blinken calls the verdict an unjust conclusion to an unjust trial", "ACCUSE",
              ["Antony Blinken", "Russia"], "2023-08-04", "context", "occurred", "Antony Blinken called the ruling"),
            E("Blinken: Washington will keep pressing for Navalny's release", "REQUEST", ["Antony Blinken", "Russia"],
              "2023-08-04", "context", "occurred", "Antony Blinken called the ruling"),
            E("Baerbock: the sentence shows how afraid the Kremlin is", "ACCUSE", ["Germany", "Kremlin"],
              "2023-08-04", "context", "occurred", "Annalena Baerbock wrote"),
            E("Borrell demands Navalny's immediate and unconditional release", "REQUEST", ["European Union", "Russia"],
              "2023-08-04", "context", "occurred", "Josep Borrell demanded"),
            E("Türk: the verdict raises concerns about judicial harassment", "ACCUSE", ["United Nations", "Russia"],
              "2023-08-04", "context", "occurred", "Josep Borrell demanded"),
            E("EU and UK sanctions on officials involved in the poisoning and prosecution", "SANCTION",
              ["European Union", "United Kingdom", "Russia"], "2020", "text", "occurred",
              "have blacklisted officials", date_mod="START"),
            E("US sanctions over the Navalny case", "SANCTION", ["United States", "Russia"], "2021-03", "text",
              "occurred", "have blacklisted officials"),
        ],
        [
            S("Antony Blinken", "An unjust conclusion to an unjust trial; Washington will keep pressing for release",
              "2023-08-04", "context", "Antony Blinken called the ruling"),
            S("Germany", "Baerbock: the sentence shows how afraid the Kremlin is of criticism and opposition",
              "2023-08-04", "context", "Annalena Baerbock wrote"),
            S("European Union", "Borrell demands Navalny's immediate and unconditional release", "2023-08-04",
              "context", "Josep Borrell demanded"),
            S("United Nations", "Türk: the verdict raises serious concerns about judicial harassment", "2023-08-04",
              "context", "Josep Borrell demanded"),
            S("Kremlin", "Will not comment on a court decision", "2023-08-05", "published",
              "The Kremlin said it would not comment"),
        ],
        ["Russia", "Antony Blinken", "United States", "Germany", "Kremlin", "European Union", "United Nations",
         "Vladimir Putin", "United Kingdom"],
    ),
    doc(
        "b112en03_biden_navalnaya_sanctions_2024_02", "2024-02-22", EN03,
        [
            T("Thursday", "DATE", "2024-02-22", 0),
            T("Friday", "DATE", "2024-02-23", 0),
            T("last week", "DATE", "2024-W07"),
            T("Friday", "DATE", "2024-02-23", 1),
            T("Wednesday evening", "TIME", "2024-02-21TEV"),
            T("Thursday", "DATE", "2024-02-22", 1),
            T("Wednesday", "DATE", "2024-02-21", 1),
            T("Monday", "DATE", "2024-02-19", 0),
            T("Friday", "DATE", "2024-02-23", 2),
            T("Friday", "DATE", "2024-02-23", 3),
            T("Wednesday", "DATE", "2024-02-21", 2),
            T("February 2022", "DATE", "2022-02"),
            T("Thursday", "DATE", "2024-02-22", 2),
            T("three hours", "DURATION", "PT3H"),
            T("March 4", "DATE", "2024-03-04"),
            T("Feb. 16", "DATE", "2024-02-16"),
            T("the same day", "DATE", "2024-02-16"),
            T("Monday", "DATE", "2024-02-19", 1),
            T("19-year", "DURATION", "P19Y"),
            T("August", "DATE", "2023-08"),
        ],
        [
            E("Biden meets Yulia Navalnaya and her daughter in San Francisco", "CONSULT", ["Joe Biden"], "2024-02-22",
              "text", "occurred", "TOPLINE President Joe Biden met"),
            E("US to unveil major sanctions against Russia over Navalny's death", "SANCTION",
              ["United States", "Russia"], "2024-02-23", "text", "planned", "TOPLINE President Joe Biden met"),
            E("Biden calls Putin a crazy SOB", "ACCUSE", ["Joe Biden", "Vladimir Putin"], "2024-02-21TEV", "text",
              "occurred", "crazy SOB"),
            E("Peskov: such language humiliates Biden himself", "ACCUSE", ["Dmitry Peskov", "Joe Biden"],
              "2024-02-22", "text", "occurred", "Kremlin spokesman Dmitry Peskov responded"),
            E("UK sanctions six heads of the IK-3 penal colony", "SANCTION", ["United Kingdom", "Russia"],
              "2024-02-21", "text", "occurred", "The U.K. on Wednesday froze"),
            E("EU foreign ministers meet Navalnaya in Brussels", "CONSULT", ["European Union"], "2024-02-19", "text",
              "occurred", "EU foreign ministers met Navalnaya"),
            E("Borrell proposes renaming the EU human rights sanctions regime after Navalny", "REQUEST",
              ["European Union"], "2024-02-19", "context", "occurred", "EU foreign ministers met Navalnaya"),
            E("EU expected to approve a 13th sanctions package", "SANCTION", ["European Union", "Russia"],
              "2024-02-23", "text", "planned", "13th package"),
            E("Investigators give Navalny's mother a three-hour ultimatum over a secret burial", "THREATEN",
              ["Russia"], "2024-02-22", "context", "occurred", "given her an ultimatum",
              note="issued shortly before her statement of Thursday"),
            E("Biden holds Putin responsible for Navalny's death", "ACCUSE", ["Joe Biden", "Vladimir Putin"],
              "2024-02-16", "text", "occurred", "Biden said the same day"),
            E("Germany and France summon Russia's ambassadors", "ACCUSE", ["Germany", "France", "Russia"],
              "2024-02-19", "text", "occurred", "Biden said the same day"),
        ],
        [
            S("White House", "Biden met Yulia Navalnaya and Dasha in San Francisco", "2024-02-22", "text",
              "TOPLINE President Joe Biden met"),
            S("Joe Biden", "Navalnaya and Dasha carry on Navalny's legacy; Friday's package will target those "
              "responsible and Russia's war machine", "2024-02-22", "context", "KEY FACTS Biden told reporters"),
            S("Joe Biden", "Calls Putin a crazy SOB", "2024-02-21TEV", "text", "crazy SOB"),
            S("Dmitry Peskov", "Such language humiliates Biden himself rather than Putin", "2024-02-22", "text",
              "Kremlin spokesman Dmitry Peskov responded"),
            S("White House", "Kirby: a major set of sanctions will be announced on Friday", "2024-02-21", "text",
              "CRUCIAL QUOTE"),
            S("White House", "Kirby: more than 500 new targets", "2024-02-21", "context",
              "That's how many new targets"),
            S("Russia", "Prison service: Navalny lost consciousness after a walk and could not be revived",
              "2024-02-22", "published", "KEY BACKGROUND"),
            S("Joe Biden", "Putin is responsible for Navalny's death", "2024-02-16", "text",
              "Biden said the same day"),
        ],
        ["Joe Biden", "White House", "United States", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
         "United Kingdom", "European Union", "Ukraine", "Germany", "France"],
    ),
    doc(
        "b112en04_eu_navalny_listings_riga_2024_03", "2024-03-23", EN04,
        [
            T("Friday", "DATE", "2024-03-22", 0),
            T("February 16", "DATE", "2024-02-16"),
            T("Wednesday", "DATE", "2024-03-20"),
            T("Friday", "DATE", "2024-03-22", 1),
            T("last month", "DATE", "2024-02"),
            T("December 2022", "DATE", "2022-12"),
            T("Last Sunday", "DATE", "2024-03-17"),
            T("noon", "TIME", "2024-03-17T12:00", note="Riga time (EET)"),
            T("Monday", "DATE", "2024-03-18"),
            T("Friday evening", "TIME", "2024-03-22TEV"),
            T("every few days", "SET", "PXD"),
            T("now", "DATE", "PRESENT_REF"),
        ],
        [
            E("EU sanctions 33 individuals and two entities over Navalny's persecution and death", "SANCTION",
              ["European Union", "Russia"], "2024-03-22", "text", "occurred", "The European Union on Friday imposed"),
            E("EU ambassadors agree on the list", "AGREE", ["European Union"], "2024-03-20", "text", "occurred",
              "EU ambassadors had agreed on the list"),
            E("Borrell: those responsible will be held to account", "THREATEN", ["European Union", "Russia"],
              "2024-03-22", "context", "occurred", "Those responsible will be held to account"),
            E("Borrell: the EU will continue to support Russian civil society and independent media", "AGREE",
              ["European Union"], "2024-03-22", "context", "occurred", "Those responsible will be held to account"),
            E("Borrell proposes renaming the human rights sanctions regime after Navalny", "REQUEST",
              ["European Union"], "2024-02", "text", "occurred", "which Borrell proposed last month"),
            E("Latvia welcomes the EU listings", "SUPPORT", ["European Union"], "2024-03-23", "published",
              "occurred", "welcomed the decision"),
            E("Karins calls on Brussels to move faster on a ban of Russian grain imports", "REQUEST",
              ["European Union", "Russia"], "2024-03-23", "published", "occurred", "He also called on Brussels"),
            E("Zakharova: Russia will respond to the illegal measures", "THREATEN",
              ["Maria Zakharova", "European Union"], "2024-03-23", "published", "occurred",
              "Maria Zakharova said Russia would respond"),
            E("Russians in Riga join the Noon against Putin protest at the embassy", "PROTEST", ["Vladimir Putin"],
              "2024-03-17", "text", "occurred", "Last Sunday, hundreds of Russian citizens"),
        ],
        [
            S("European Union", "Borrell: those responsible will be held to account; the EU will keep supporting "
              "Russian civil society and independent media", "2024-03-22", "context",
              "Those responsible will be held to account"),
            S("Maria Zakharova", "Russia will respond to the illegal measures", "2024-03-23", "published",
              "Maria Zakharova said Russia would respond"),
            S("Kremlin", "Denies any responsibility for Navalny's death", "2024-03-23", "published",
              "The Kremlin has denied"),
        ],
        ["European Union", "Russia", "Maria Zakharova", "Kremlin", "Vladimir Putin", "Ukraine"],
    ),
    doc(
        "b112en05_exiles_march_berlin_2024_11", "2024-11-18", EN05,
        [
            T("Sunday afternoon", "TIME", "2024-11-17TAF"),
            T("February 2022", "DATE", "2022-02"),
            T("around 1pm", "TIME", "2024-11-17T13:00", mod="APPROX", note="Berlin time (CET)"),
            T("August", "DATE", "2024-08"),
            T("Sunday morning", "TIME", "2024-11-17TMO"),
            T("Friday", "DATE", "2024-11-15"),
            T("almost two years", "DURATION", "P2Y", mod="APPROX"),
            T("Wednesday", "DATE", "2024-11-20"),
            T("Monday", "DATE", "2024-11-18"),
            T("next year", "DATE", "2025"),
        ],
        [
            E("Russian exiles march through Berlin against the war", "PROTEST", ["Russia"], "2024-11-17TAF", "text",
              "occurred", "Thousands of Russians living in exile marched"),
            E("Marchers demand Russia's withdrawal from Ukraine, a trial for Putin and the release of political "
              "prisoners", "REQUEST", ["Russia", "Vladimir Putin"], "2024-11-17", "context", "occurred",
              "The organisers' three demands"),
            E("Yashin and Kara-Murza freed in the prisoner exchange", "CONCEDE", ["Russia"], "2024-08", "text",
              "occurred", "Yashin and Kara-Murza were both freed"),
            E("Russia fires around 120 missiles and 90 drones at Ukraine's power grid", "ASSAULT",
              ["Russia", "Ukraine"], "2024-11-17TMO", "text", "occurred", "Several speakers referred"),
            E("Scholz phones Putin", "CONSULT", ["Olaf Scholz", "Vladimir Putin"], "2024-11-15", "text", "occurred",
              "Chancellor Olaf Scholz phoned Putin"),
            E("Zelensky says the call opened Pandora's box", "ACCUSE", ["Volodymyr Zelensky", "Olaf Scholz"],
              "2024-11-15", "context", "occurred", "Chancellor Olaf Scholz phoned Putin"),
            E("Bundestag committee hearing with Navalnaya and Kara-Murza called off", "CONSULT", ["Germany"],
              "2024-11-20", "text", "cancelled", "A hearing with Navalnaya and Kara-Murza"),
            E("Zakharova dismisses the marchers as traitors", "ACCUSE", ["Maria Zakharova"], "2024-11-18", "text",
              "occurred", "Maria Zakharova on Monday dismissed"),
        ],
        [
            S("Volodymyr Zelensky", "Scholz's call with Putin opened Pandora's box", "2024-11-15", "context",
              "Chancellor Olaf Scholz phoned Putin"),
            S("Maria Zakharova", "The marchers are traitors performing for Western audiences", "2024-11-18", "text",
              "Maria Zakharova on Monday dismissed"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Germany", "Olaf Scholz", "Volodymyr Zelensky",
         "Maria Zakharova"],
    ),
    doc(
        "b112en06_navalnaya_lab_findings_poisoning_2025_09", "2025-09-18", EN06,
        [
            T("Wednesday", "DATE", "2025-09-17"),
            T("February 2024", "DATE", "2024-02"),
            T("Thursday", "DATE", "2025-09-18"),
            T("2021", "DATE", "2021"),
            T("24 hours", "DURATION", "PT24H"),
            T("next week", "DATE", "2025-W39"),
            T("August", "DATE", "2025-08", 0),
            T("2019", "DATE", "2019"),
            T("August 2020", "DATE", "2020-08"),
        ],
        [
            E("Peskov dismisses the lab claims as part of an information campaign", "REJECT", ["Dmitry Peskov"],
              "2025-09-18", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Kallas: the findings would be further proof of the Kremlin's responsibility", "ACCUSE",
              ["Kaja Kallas", "Kremlin"], "2025-09-18", "published", "occurred", "Kaja Kallas said the findings"),
            E("Kallas calls on Russia to allow an independent international investigation", "REQUEST",
              ["Kaja Kallas", "Russia"], "2025-09-18", "published", "occurred", "Kaja Kallas said the findings"),
            E("UN rapporteur to raise the case at the Human Rights Council", "CONSULT", ["United Nations"],
              "2025-W39", "text", "planned", "Mariana Katzarova said she would raise"),
            E("Trump hosts Putin in Alaska", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-08", "text",
              "occurred", "President Donald Trump hosted Putin in Alaska"),
        ],
        [
            S("Dmitry Peskov", "Nothing to add to the official findings; the claims are an information campaign "
              "against Russia", "2025-09-18", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Russia", "The death was due to sudden death syndrome; natural causes", "2025-09-18", "published",
              "sudden death syndrome"),
            S("Kaja Kallas", "If confirmed, the findings are further proof of the Kremlin's responsibility; Russia "
              "must allow an independent international investigation", "2025-09-18", "published",
              "Kaja Kallas said the findings"),
            S("United Nations", "Katzarova will raise the case at the Human Rights Council next week", "2025-09-18",
              "published", "Mariana Katzarova said she would raise"),
            S("Germany", "Will examine any evidence made available", "2025-09-18", "published",
              "Germany's foreign ministry said"),
        ],
        ["Russia", "Kremlin", "Dmitry Peskov", "Vladimir Putin", "European Union", "Kaja Kallas", "United Nations",
         "Germany", "United States", "Donald Trump", "White House"],
    ),
]
