"""English articles of the blind93 set (fictionalised; written and annotated blind to the extraction code).

Theme: cyber attacks, hacking attributions and information-war diplomacy, 2022–2025.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = []

# ---------------------------------------------------------------- b93en01 (Press Gazette)
EN01 = """
EU bans RT and Sputnik across the bloc as Ofcom opens RT investigations

The European Union has banned the Russian state-controlled broadcasters RT and Sputnik from all its member states, calling them part of the Kremlin's "war machine".
The ban, adopted by EU governments on Tuesday, took effect today and covers television, websites, apps and satellite distribution.
It applies to RT English, RT UK, RT Germany, RT France and RT Spanish, as well as to all of Sputnik's services.

European Commission president Ursula von der Leyen first announced the plan on Sunday, saying the outlets would "no longer be able to spread their lies to justify Putin's war".
EU foreign policy chief Josep Borrell said on Tuesday the measure was "not about censorship" but about stopping "systematic information manipulation".

In the UK, where the EU decision does not apply, broadcasting regulator Ofcom said on Monday it had opened 15 investigations into the impartiality of RT's coverage of the invasion.
Prime minister Boris Johnson has called the channel "a part of the Russian propaganda machine".
YouTube said on Tuesday it was blocking RT's and Sputnik's channels across Europe, while Meta and TikTok restricted access to the outlets' accounts in the EU.

Moscow reacted with fury.
Foreign ministry spokeswoman Maria Zakharova said on Wednesday that Russia would respond with "mirror" measures against Western media working in Russia.
RT editor-in-chief Margarita Simonyan wrote on Telegram that the ban proved Europe's freedom of speech had been "a myth all along".
Kremlin spokesman Dmitry Peskov said on Tuesday the restrictions were "unacceptable" and evidence of a "total information war" against Russia.

The ban is part of a wider set of measures the EU has taken since Russian troops invaded Ukraine on February 24.
EU governments today also formally adopted the exclusion of seven Russian banks from the Swift payment system.
Ukraine's president Volodymyr Zelensky had urged European leaders in a video address on Saturday to shut down Russian propaganda channels.

For RT UK, which employs around 150 people in London, the immediate impact is limited.
A spokesperson told Press Gazette the channel was still broadcasting on Freeview and Sky and that its journalists would "keep reporting".
Sky said it would remove RT from its platform as soon as possible.
Ofcom is expected to publish the outcome of its investigations within weeks, and media lawyers say a revocation of RT's licence is now a realistic prospect.
"""

DOCS.append(doc(
    "b93en01_eu_bans_rt_sputnik_2022_03", "2022-03-02", EN01,
    [
        T("Tuesday", "DATE", "2022-03-01", 0),
        T("today", "DATE", "2022-03-02", 0),
        T("Sunday", "DATE", "2022-02-27"),
        T("Tuesday", "DATE", "2022-03-01", 1),
        T("Monday", "DATE", "2022-02-28"),
        T("Tuesday", "DATE", "2022-03-01", 2),
        T("Wednesday", "DATE", "2022-03-02"),
        T("Tuesday", "DATE", "2022-03-01", 3),
        T("February 24", "DATE", "2022-02-24"),
        T("today", "DATE", "2022-03-02", 1),
        T("Saturday", "DATE", "2022-02-26"),
        T("weeks", "DURATION", "PXW"),
        T("now", "DATE", "PRESENT_REF"),
    ],
    [
        E("EU bans RT and Sputnik in all member states", "SANCTION", ["European Union", "Russia"], "2022-03-01",
          "text", "occurred", "The ban, adopted by EU governments on Tuesday",
          note="the Russian state broadcasters count for Russia; in force from 2 March"),
        E("Von der Leyen accuses the outlets of spreading lies to justify Putin's war", "ACCUSE",
          ["Ursula von der Leyen", "Russia", "Vladimir Putin"], "2022-02-27", "text", "occurred",
          "European Commission president Ursula von der Leyen first announced"),
        E("Ofcom opens 15 investigations into RT's coverage", "ACCUSE", ["United Kingdom", "Russia"], "2022-02-28",
          "text", "occurred", "broadcasting regulator Ofcom said on Monday",
          note="the regulator counts for the United Kingdom"),
        E("Johnson calls RT part of the Russian propaganda machine", "ACCUSE", ["United Kingdom", "Russia"],
          "2022-03-02", "published", "occurred", "Prime minister Boris Johnson has called"),
        E("Zakharova threatens mirror measures against Western media", "THREATEN",
          ["Maria Zakharova", "European Union"], "2022-03-02", "text", "occurred",
          "Foreign ministry spokeswoman Maria Zakharova said on Wednesday"),
        E("Peskov calls the restrictions unacceptable and part of an information war", "ACCUSE",
          ["Dmitry Peskov", "European Union"], "2022-03-01", "text", "occurred",
          "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text", "occurred",
          "since Russian troops invaded Ukraine on February 24"),
        E("EU adopts the exclusion of seven Russian banks from Swift", "SANCTION", ["European Union", "Russia"],
          "2022-03-02", "text", "occurred", "EU governments today also formally adopted"),
        E("Zelensky urges European leaders to shut down Russian propaganda channels", "REQUEST",
          ["Volodymyr Zelensky", "European Union"], "2022-02-26", "text", "occurred",
          "Ukraine's president Volodymyr Zelensky had urged European leaders"),
    ],
    [
        S("European Union", "RT and Sputnik are part of the Kremlin's war machine", "2022-03-01", "context",
          "The European Union has banned the Russian state-controlled broadcasters"),
        S("Ursula von der Leyen", "The outlets will no longer be able to spread their lies to justify Putin's war",
          "2022-02-27", "text", "European Commission president Ursula von der Leyen first announced"),
        S("European Union", "Borrell: not about censorship but about stopping information manipulation",
          "2022-03-01", "text", "EU foreign policy chief Josep Borrell said on Tuesday"),
        S("United Kingdom", "Ofcom has opened 15 investigations into RT's impartiality", "2022-02-28", "text",
          "broadcasting regulator Ofcom said on Monday"),
        S("United Kingdom", "Johnson: RT is part of the Russian propaganda machine", "2022-03-02", "published",
          "Prime minister Boris Johnson has called"),
        S("Russia", "Moscow reacted with fury", "2022-03-02", "published", "Moscow reacted with fury."),
        S("Maria Zakharova", "Russia will respond with mirror measures against Western media", "2022-03-02",
          "text", "Foreign ministry spokeswoman Maria Zakharova said on Wednesday"),
        S("Dmitry Peskov", "The restrictions are unacceptable, a total information war against Russia",
          "2022-03-01", "text", "Kremlin spokesman Dmitry Peskov said on Tuesday"),
        S("Volodymyr Zelensky", "European leaders should shut down Russian propaganda channels", "2022-02-26",
          "text", "Ukraine's president Volodymyr Zelensky had urged European leaders"),
    ],
    ["European Union", "Russia", "Kremlin", "Ursula von der Leyen", "Vladimir Putin", "United Kingdom",
     "Maria Zakharova", "Dmitry Peskov", "Ukraine", "Volodymyr Zelensky"],
))

# ---------------------------------------------------------------- b93en02 (SecurityWeek)
EN02 = """
US, UK and EU Blame Russia for Viasat Satellite Hack at Start of Ukraine Invasion

The United States, the United Kingdom and the European Union on Tuesday formally attributed the cyberattack that crippled Viasat's KA-SAT satellite network in Europe to the Russian government.
The attack, which began about an hour before Russian forces crossed into Ukraine on February 24, disrupted broadband service for tens of thousands of customers in Ukraine and across Europe.

In a statement, the EU said the attack had "significant spillover effects" in several member states and had helped to facilitate the military invasion.
The EU "strongly condemns" the malicious cyber activity and will consider further steps to prevent, deter and respond to such behaviour, the statement said.
British Foreign Secretary Liz Truss called the attack "clear and shocking evidence of a deliberate and malicious attack by Russia against Ukraine".
The UK's National Cyber Security Centre assessed that Russian military intelligence was "almost certainly" involved.

Secretary of State Antony Blinken said Washington was taking steps with allies and partners to "hold Russia accountable" and to defend against Russian cyber operations.
He described such operations as "an integral part" of Moscow's war against Ukraine.
Canada, Australia, Estonia and New Zealand issued similar statements.

Viasat said in March that the attackers had exploited a misconfigured VPN appliance to reach the network's management segment and push destructive commands to tens of thousands of modems.
Researchers at SentinelOne linked the attack to a wiper they dubbed AcidRain, which shares code with malware previously tied to the Russian hacking group Sandworm.
In Germany, the outage cut off remote monitoring for about 5,800 wind turbines operated by Enercon, some of which were still offline this week.

Russia's embassy in Washington rejected the accusations on Wednesday as "unfounded" and said Moscow did not conduct "offensive operations in cyberspace".
Kremlin spokesman Dmitry Peskov said Russia "categorically" denied the allegations and accused Western governments of a campaign of "Russophobia".

The attribution comes as Washington steps up its support for Kyiv.
On Monday, President Joe Biden signed a lend-lease law meant to speed up weapons deliveries to Ukraine.
The House of Representatives approved nearly $40 billion in further aid for Ukraine on Tuesday evening, sending the package to the Senate.

Security experts said the coordinated attribution was unusually fast by the standards of such cases.
"Governments have clearly decided that naming and shaming is part of the response," one former U.S. official told SecurityWeek.
"""

DOCS.append(doc(
    "b93en02_viasat_hack_attribution_2022_05", "2022-05-11", EN02,
    [
        T("Tuesday", "DATE", "2022-05-10", 0),
        T("February 24", "DATE", "2022-02-24"),
        T("March", "DATE", "2022-03"),
        T("this week", "DATE", "2022-W19"),
        T("Wednesday", "DATE", "2022-05-11"),
        T("Monday", "DATE", "2022-05-09"),
        T("Tuesday evening", "TIME", "2022-05-10TEV"),
    ],
    [
        E("Cyberattack on Viasat's KA-SAT network at the start of the invasion", "COERCE", ["Russia", "Ukraine"],
          "2022-02-24", "text", "occurred", "The attack, which began about an hour before",
          note="attribution is that of the US, the UK and the EU (blind81's cyberattack rule)"),
        E("US, UK and EU attribute the KA-SAT hack to the Russian government", "ACCUSE",
          ["United States", "United Kingdom", "European Union", "Russia"], "2022-05-10", "text", "occurred",
          "on Tuesday formally attributed the cyberattack"),
        E("EU will consider further steps to deter and respond", "THREATEN", ["European Union", "Russia"],
          "2022-05-10", "context", "occurred", "and will consider further steps"),
        E("Blinken: steps to hold Russia accountable", "THREATEN", ["Antony Blinken", "Russia"], "2022-05-10",
          "context", "occurred", "Secretary of State Antony Blinken said Washington was taking steps"),
        E("Russian embassy rejects the accusations as unfounded", "REJECT", ["Russia", "United States"],
          "2022-05-11", "text", "occurred", "Russia's embassy in Washington rejected"),
        E("Peskov categorically denies the allegations", "REJECT",
          ["Dmitry Peskov", "United States", "United Kingdom", "European Union"], "2022-05-11", "published",
          "occurred", "Kremlin spokesman Dmitry Peskov said Russia"),
        E("Peskov accuses Western governments of Russophobia", "ACCUSE",
          ["Dmitry Peskov", "United States", "United Kingdom", "European Union"], "2022-05-11", "published",
          "occurred", "Kremlin spokesman Dmitry Peskov said Russia"),
        E("Biden signs the lend-lease law for Ukraine", "AID", ["Joe Biden", "Ukraine"], "2022-05-09", "text",
          "occurred", "On Monday, President Joe Biden signed"),
        E("House approves nearly $40 billion in further aid for Ukraine", "AID", ["United States", "Ukraine"],
          "2022-05-10TEV", "text", "occurred", "The House of Representatives approved",
          note="a step of an aid bill (blind4/blind24)"),
    ],
    [
        S("Joint statement: United States, United Kingdom, European Union",
          "The KA-SAT attack was carried out by the Russian government", "2022-05-10", "text",
          "on Tuesday formally attributed the cyberattack"),
        S("European Union", "The attack had significant spillover effects and facilitated the invasion",
          "2022-05-10", "context", "In a statement, the EU said"),
        S("European Union", "Strongly condemns the attack and will consider further steps", "2022-05-10",
          "context", "and will consider further steps"),
        S("United Kingdom", "Truss: clear and shocking evidence of a deliberate Russian attack", "2022-05-10",
          "context", "British Foreign Secretary Liz Truss called"),
        S("United Kingdom", "NCSC: Russian military intelligence almost certainly involved", "2022-05-10",
          "context", "The UK's National Cyber Security Centre assessed"),
        S("Antony Blinken", "Washington will hold Russia accountable with allies and partners", "2022-05-10",
          "context", "Secretary of State Antony Blinken said Washington was taking steps"),
        S("Antony Blinken", "Cyber operations are an integral part of Moscow's war", "2022-05-10", "context",
          "He described such operations"),
        S("Russia", "The accusations are unfounded; Moscow conducts no offensive cyber operations", "2022-05-11",
          "text", "Russia's embassy in Washington rejected"),
        S("Dmitry Peskov", "Categorically denies; a campaign of Russophobia", "2022-05-11", "published",
          "Kremlin spokesman Dmitry Peskov said Russia"),
    ],
    ["United States", "United Kingdom", "European Union", "Russia", "Ukraine", "Antony Blinken", "Kremlin",
     "Dmitry Peskov", "Joe Biden"],
))

# ---------------------------------------------------------------- b93en03 (CyberScoop)
EN03 = """
FBI dismantles FSB's "Snake" malware network in Operation Medusa

The Justice Department said Tuesday that the FBI had disabled "Snake," a sophisticated piece of malware that Russia's Federal Security Service used for nearly 20 years to steal sensitive documents from hundreds of computer systems in at least 50 countries.
The operation, code-named Medusa, used an FBI-built tool called Perseus to issue commands that caused the malware to overwrite its own vital components on infected machines, officials said.
The FBI obtained a warrant from a federal judge in Brooklyn last week to carry out the operation.

Deputy Attorney General Lisa Monaco said the department would "use every weapon in our arsenal to counter Russia's malicious cyber activity."
A unit of the FSB known as Center 16 ran the network, according to the department, which said it had targeted the governments of NATO member states, journalists and other targets of interest to the Kremlin.

The announcement came with a joint advisory from the United States, the United Kingdom, Canada, Australia and New Zealand that attributes Snake to the FSB and describes its inner workings so that network defenders can find and remove it.
The U.K.'s National Cyber Security Centre said the FSB had used Snake against "sensitive targets" in Britain and allied countries.

Kremlin spokesman Dmitry Peskov told reporters Wednesday he had "no information" about the operation and that such claims were usually "unfounded."
The Russian Embassy in Washington did not respond to a request for comment.

The disclosure came as President Vladimir Putin told a scaled-back military parade in Moscow on Tuesday that "a real war" had once again been unleashed against Russia.
In Kyiv, European Commission President Ursula von der Leyen met President Volodymyr Zelenskyy on Tuesday and pledged to keep up the EU's financial and military support.
Russia had fired 15 cruise missiles at the Ukrainian capital on Monday night, all of which were shot down, according to Ukrainian officials.

Snake was first publicly identified in 2014, but researchers believe it has been in use since at least 2003.
The group behind it, tracked in the private sector as Turla, is considered one of the most patient and technically skilled of Russia's state hackers.
Former officials said the takedown reflected a shift toward more aggressive, court-authorized operations against foreign hacking infrastructure rather than indictments alone.
U.S. officials cautioned that the FSB would likely try to rebuild its capabilities, and urged organizations to apply the advisory's detection guidance.
"""

DOCS.append(doc(
    "b93en03_snake_malware_operation_medusa_2023_05", "2023-05-10", EN03,
    [
        T("Tuesday", "DATE", "2023-05-09", 0),
        T("nearly 20 years", "DURATION", "P20Y", mod="APPROX"),
        T("last week", "DATE", "2023-W18"),
        T("Wednesday", "DATE", "2023-05-10"),
        T("Tuesday", "DATE", "2023-05-09", 1),
        T("Tuesday", "DATE", "2023-05-09", 2),
        T("Monday night", "TIME", "2023-05-08TNI"),
        T("2014", "DATE", "2014"),
        T("2003", "DATE", "2003"),
    ],
    [
        E("FBI disables the FSB's Snake malware network", "COERCE", ["United States", "Russia"], "2023-05-09",
          "context", "occurred", "The Justice Department said Tuesday",
          note="announced on Tuesday; the day of the operation is not given"),
        E("Monaco vows to use every weapon to counter Russia's malicious cyber activity", "THREATEN",
          ["United States", "Russia"], "2023-05-09", "context", "occurred",
          "Deputy Attorney General Lisa Monaco said"),
        E("Justice Department charges FSB Center 16 with running the network against NATO governments", "ACCUSE",
          ["United States", "Russia"], "2023-05-09", "context", "occurred", "A unit of the FSB known as Center 16"),
        E("Joint advisory attributes Snake to the FSB", "ACCUSE", ["United States", "United Kingdom", "Russia"],
          "2023-05-09", "context", "occurred", "The announcement came with a joint advisory"),
        E("Peskov: no information, such claims usually unfounded", "REJECT", ["Dmitry Peskov", "United States"],
          "2023-05-10", "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters Wednesday"),
        E("Putin says a real war has been unleashed against Russia", "ACCUSE", ["Vladimir Putin"], "2023-05-09",
          "text", "occurred", "The disclosure came as President Vladimir Putin told"),
        E("Von der Leyen meets Zelensky in Kyiv", "CONSULT", ["Ursula von der Leyen", "Volodymyr Zelensky"],
          "2023-05-09", "text", "occurred", "In Kyiv, European Commission President Ursula von der Leyen met"),
        E("Von der Leyen pledges continued EU support", "AGREE", ["Ursula von der Leyen", "Ukraine"], "2023-05-09",
          "text", "occurred", "In Kyiv, European Commission President Ursula von der Leyen met"),
        E("Russia fires 15 cruise missiles at Kyiv", "ASSAULT", ["Russia", "Ukraine"], "2023-05-08TNI", "text",
          "occurred", "Russia had fired 15 cruise missiles"),
    ],
    [
        S("United States", "The FBI disabled the FSB's Snake malware", "2023-05-09", "text",
          "The Justice Department said Tuesday"),
        S("United States", "Monaco: every weapon will be used against Russia's malicious cyber activity",
          "2023-05-09", "context", "Deputy Attorney General Lisa Monaco said"),
        S("United States", "FSB Center 16 ran the network against NATO governments and journalists", "2023-05-09",
          "context", "A unit of the FSB known as Center 16"),
        S("Joint statement: United States, United Kingdom", "Snake is an FSB tool; detection guidance",
          "2023-05-09", "context", "The announcement came with a joint advisory"),
        S("United Kingdom", "NCSC: the FSB used Snake against sensitive targets in Britain", "2023-05-10",
          "published", "The U.K.'s National Cyber Security Centre said"),
        S("Dmitry Peskov", "No information; such claims are usually unfounded", "2023-05-10", "text",
          "Kremlin spokesman Dmitry Peskov told reporters Wednesday"),
        S("Vladimir Putin", "A real war has once again been unleashed against Russia", "2023-05-09", "text",
          "The disclosure came as President Vladimir Putin told"),
        S("Ukraine", "All 15 cruise missiles were shot down", "2023-05-10", "published",
          "Russia had fired 15 cruise missiles"),
        S("United States", "The FSB will likely try to rebuild; organizations should apply the guidance",
          "2023-05-10", "published", "U.S. officials cautioned"),
    ],
    ["United States", "Russia", "NATO", "Kremlin", "United Kingdom", "Dmitry Peskov", "Vladimir Putin",
     "Ursula von der Leyen", "European Union", "Volodymyr Zelensky", "Ukraine"],
))

# ---------------------------------------------------------------- b93en04 (Infosecurity Magazine)
EN04 = """
Polish News Agency Hacked to Spread Fake Mobilisation Story Ahead of EU Elections

Poland's state news agency PAP said its newswire was compromised this afternoon and used to publish a fake report claiming that Prime Minister Donald Tusk had ordered the mobilisation of 200,000 Polish citizens from July 1.
The false dispatch, which also claimed that the conscripts would be sent to Ukraine, appeared twice on PAP's service before it was withdrawn.

Digital affairs minister Krzysztof Gawkowski said it was "very likely" a Russian cyber-attack intended to sow panic ahead of the European Parliament elections on June 9.
"Russia is carrying out a disinformation campaign on a massive scale, and this is one example of it," he wrote on X.
PAP said the fake had not been written by any of its journalists and that it had alerted the Internal Security Agency and the national CERT.

Tusk wrote on X that he had never made such a decision and called the incident a "dangerous provocation" that showed the scale of Russian interference before the vote.
He has warned in recent weeks that Moscow is trying to influence the campaign, and said last week that several arson attacks in Poland were being investigated for possible Russian involvement.
Foreign minister Radosław Sikorski said Poland would ask the EU to widen its sanctions on Russian propaganda outlets.
Kremlin spokesman Dmitry Peskov has previously dismissed accusations of Russian election interference in Europe as "absurd".

Earlier this month, EU governments agreed to ban four Russian media outlets, including the Prague-based Voice of Europe, which Czech authorities accused in March of paying European politicians to spread Kremlin propaganda.
European Commission vice-president Věra Jourová said this week that Russia was running "a massive campaign" to undermine the elections across the bloc.

Poland has been a frequent target of politically motivated cyber-attacks since it became the main hub for Western military aid to Ukraine.
On Tuesday, Gawkowski announced that the government would spend 3 billion zlotys this year on strengthening the country's cyber-defences.

Jake Moore, global cybersecurity advisor at ESET, told Infosecurity that compromising a trusted news source was "the perfect vehicle" for disinformation.
"People believe what they read on an official wire, and the correction never travels as far as the lie," he said.
PAP said its systems were fully restored by the evening and that an investigation was under way.
"""

DOCS.append(doc(
    "b93en04_pap_fake_mobilisation_hack_2024_05", "2024-05-31", EN04,
    [
        T("this afternoon", "TIME", "2024-05-31TAF"),
        T("July 1", "DATE", "2024-07-01"),
        T("June 9", "DATE", "2024-06-09"),
        T("recent weeks", "DATE", "PAST_REF"),
        T("last week", "DATE", "2024-W21"),
        T("this month", "DATE", "2024-05"),
        T("March", "DATE", "2024-03"),
        T("this week", "DATE", "2024-W22"),
        T("Tuesday", "DATE", "2024-05-28"),
        T("this year", "DATE", "2024"),
        T("the evening", "TIME", "2024-05-31TEV"),
    ],
    [
        E("PAP newswire hacked to publish a fake mobilisation report", "COERCE", ["Russia", "Poland"],
          "2024-05-31TAF", "text", "occurred", "Poland's state news agency PAP said its newswire",
          note="attribution is the Polish government's (blind81's cyberattack rule)"),
        E("Gawkowski: very likely a Russian cyber-attack", "ACCUSE", ["Poland", "Russia"], "2024-05-31",
          "published", "occurred", "Digital affairs minister Krzysztof Gawkowski said"),
        E("Tusk calls the incident a provocation showing Russian interference", "ACCUSE", ["Donald Tusk", "Russia"],
          "2024-05-31", "published", "occurred", "Tusk wrote on X that he had never made such a decision"),
        E("Tusk: arson attacks investigated for possible Russian involvement", "ACCUSE", ["Donald Tusk", "Russia"],
          "2024-W21", "text", "occurred", "He has warned in recent weeks"),
        E("Poland to ask the EU to widen sanctions on Russian propaganda outlets", "REQUEST",
          ["Poland", "European Union"], "2024-05-31", "published", "planned",
          "Foreign minister Radosław Sikorski said"),
        E("EU governments agree to ban four Russian media outlets", "SANCTION", ["European Union", "Russia"],
          "2024-05", "text", "occurred", "Earlier this month, EU governments agreed"),
        E("Czech authorities accuse Voice of Europe of paying politicians to spread Kremlin propaganda", "ACCUSE",
          ["Russia"], "2024-03", "text", "occurred", "Earlier this month, EU governments agreed",
          note="the Czech side is not canonical (blind85)"),
        E("Jourová: Russia runs a massive campaign to undermine the elections", "ACCUSE",
          ["European Union", "Russia"], "2024-W22", "text", "occurred",
          "European Commission vice-president Věra Jourová said this week"),
    ],
    [
        S("Poland", "Gawkowski: very likely a Russian cyber-attack to sow panic before the elections", "2024-05-31",
          "published", "Digital affairs minister Krzysztof Gawkowski said"),
        S("Poland", "Gawkowski: Russia runs a massive disinformation campaign", "2024-05-31", "published",
          "Russia is carrying out a disinformation campaign"),
        S("Donald Tusk", "Never made such a decision; a dangerous provocation showing Russian interference",
          "2024-05-31", "published", "Tusk wrote on X that he had never made such a decision"),
        S("Donald Tusk", "Arson attacks are being investigated for possible Russian involvement", "2024-W21", "text",
          "He has warned in recent weeks"),
        S("Poland", "Sikorski: Poland will ask the EU to widen sanctions on propaganda outlets", "2024-05-31",
          "published", "Foreign minister Radosław Sikorski said"),
        S("Dmitry Peskov", "Accusations of election interference are absurd", "2024-05-31", "published",
          "Kremlin spokesman Dmitry Peskov has previously dismissed"),
        S("European Union", "Jourová: Russia is running a massive campaign to undermine the elections", "2024-W22",
          "text", "European Commission vice-president Věra Jourová said this week"),
    ],
    ["Poland", "Russia", "Donald Tusk", "Ukraine", "Kremlin", "Dmitry Peskov", "European Union"],
))

# ---------------------------------------------------------------- b93en05 (WIRED)
EN05 = """
The US Takes Down Russia's Doppelganger Domains and Goes After RT

The US government on Wednesday launched its broadest action yet against Russian efforts to influence the November presidential election, seizing 32 web domains, charging two employees of the state broadcaster RT, and sanctioning the network's top editor.
Attorney General Merrick Garland said the domains had been used by the Doppelganger campaign to push "covert Russian government propaganda" at American voters.

According to an indictment unsealed in Manhattan, RT employees Kostiantyn Kalashnikov and Elena Afanasyeva funneled nearly $10 million to a Tennessee content company that paid popular right-wing influencers to post videos, without telling them the money came from Moscow.
The influencers were "victims," Garland said, and are not accused of wrongdoing.
The Treasury Department's sanctions cover ten people and two entities, including RT editor-in-chief Margarita Simonyan, whom it described as a "central figure" in the Kremlin's influence operations.

Secretary of State Antony Blinken announced visa restrictions on RT staff and said the State Department would designate RT's parent company as a foreign mission, forcing it to disclose its personnel and property in the United States.
"For years, RT has been a core part of Russia's propaganda machine, and it is now doing the Kremlin's covert work as well," Blinken said.

Simonyan answered on Telegram with a joke: "Three days without sanctions against Simonyan, and Simonyan is already missing them."
Kremlin spokesman Dmitry Peskov said Thursday that Moscow rejects the accusations of election interference and that Washington was looking for a scapegoat for its own domestic problems.
Foreign ministry spokeswoman Maria Zakharova promised a response, calling the measures part of an "information war" against Russian journalists.

Doppelganger, which has been running since 2022, clones the websites of legitimate outlets such as The Washington Post and Fox News and fills them with fabricated stories, often about Ukraine.
Internal planning documents cited in an FBI affidavit show the Social Design Agency, a Moscow firm, working under the direction of Sergei Kiriyenko, the first deputy chief of staff in Vladimir Putin's administration.
The European Union already sanctioned the Social Design Agency in July 2023, but the network has kept registering new domains faster than platforms can block them.

US intelligence officials say Russia remains the "predominant threat" to the November vote, with Iran and China also active.
Researchers who track the campaign told WIRED that the seizures will cost Doppelganger little in practical terms, because its operators rely on disposable infrastructure.
The indictment is different, they said: it exposes how Russian money can reach American audiences through people who never knew where it came from.
"""

DOCS.append(doc(
    "b93en05_us_doppelganger_rt_action_2024_09", "2024-09-05", EN05,
    [
        T("Wednesday", "DATE", "2024-09-04"),
        T("November", "DATE", "2024-11", 0),
        T("years", "DURATION", "PXY"),
        T("now", "DATE", "PRESENT_REF"),
        T("Three days", "DURATION", "P3D", note="in Simonyan's post"),
        T("Thursday", "DATE", "2024-09-05"),
        T("2022", "DATE", "2022"),
        T("July 2023", "DATE", "2023-07"),
        T("November", "DATE", "2024-11", 1),
    ],
    [
        E("US seizes 32 Doppelganger web domains", "COERCE", ["United States", "Russia"], "2024-09-04", "text",
          "occurred", "The US government on Wednesday launched"),
        E("US charges two RT employees over a covert influence scheme", "ACCUSE", ["United States", "Russia"],
          "2024-09-04", "text", "occurred", "The US government on Wednesday launched",
          note="the state broadcaster counts for Russia"),
        E("US sanctions RT's top editor", "SANCTION", ["United States", "Russia"], "2024-09-04", "text",
          "occurred", "The US government on Wednesday launched",
          note="the Treasury listing of ten people and two entities"),
        E("Blinken announces visa restrictions on RT staff and a foreign-mission designation", "SANCTION",
          ["Antony Blinken", "Russia"], "2024-09-04", "context", "occurred",
          "Secretary of State Antony Blinken announced visa restrictions"),
        E("Blinken: RT is part of Russia's propaganda machine doing the Kremlin's covert work", "ACCUSE",
          ["Antony Blinken", "Russia", "Kremlin"], "2024-09-04", "context", "occurred",
          "RT has been a core part of Russia's propaganda machine"),
        E("Peskov rejects the accusations of election interference", "REJECT", ["Dmitry Peskov", "United States"],
          "2024-09-05", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
        E("Peskov: Washington is looking for a scapegoat", "ACCUSE", ["Dmitry Peskov", "United States"],
          "2024-09-05", "text", "occurred", "Kremlin spokesman Dmitry Peskov said Thursday"),
        E("Zakharova promises a response", "THREATEN", ["Maria Zakharova", "United States"], "2024-09-05",
          "published", "occurred", "Foreign ministry spokeswoman Maria Zakharova promised a response"),
        E("Zakharova calls the measures part of an information war", "ACCUSE", ["Maria Zakharova", "United States"],
          "2024-09-05", "published", "occurred", "Foreign ministry spokeswoman Maria Zakharova promised a response"),
        E("The Doppelganger disinformation campaign runs since 2022", "COERCE", ["Russia", "United States"], "2022",
          "text", "occurred", "Doppelganger, which has been running since 2022",
          date_mod="START", note="attribution is Washington's (blind81's disinformation rule)"),
        E("EU sanctioned the Social Design Agency", "SANCTION", ["European Union", "Russia"], "2023-07", "text",
          "occurred", "The European Union already sanctioned"),
        E("US intelligence: Russia is the predominant threat to the election", "ACCUSE", ["United States", "Russia"],
          "2024-09-05", "published", "occurred", "US intelligence officials say Russia remains",
          note="standing charge, dated published (blind34)"),
    ],
    [
        S("United States", "Garland: the domains pushed covert Russian government propaganda", "2024-09-04",
          "context", "Attorney General Merrick Garland said the domains"),
        S("United States", "Indictment: RT employees funneled nearly $10 million to a US content company",
          "2024-09-04", "context", "According to an indictment unsealed in Manhattan"),
        S("United States", "Garland: the influencers were victims", "2024-09-04", "context",
          'The influencers were "victims," Garland said'),
        S("United States", "Treasury: Simonyan is a central figure in the Kremlin's influence operations",
          "2024-09-04", "context", "The Treasury Department's sanctions cover"),
        S("Antony Blinken", "Visa restrictions on RT staff; RT's parent to be designated a foreign mission",
          "2024-09-04", "context", "Secretary of State Antony Blinken announced visa restrictions"),
        S("Antony Blinken", "RT is a core part of Russia's propaganda machine", "2024-09-04", "context",
          "RT has been a core part of Russia's propaganda machine"),
        S("Dmitry Peskov", "Moscow rejects the accusations; Washington seeks a scapegoat", "2024-09-05", "text",
          "Kremlin spokesman Dmitry Peskov said Thursday"),
        S("Maria Zakharova", "A response will follow; an information war against Russian journalists",
          "2024-09-05", "published", "Foreign ministry spokeswoman Maria Zakharova promised a response"),
        S("United States", "FBI affidavit: the Social Design Agency works under Kiriyenko's direction",
          "2024-09-05", "published", "Internal planning documents cited in an FBI affidavit"),
        S("United States", "Russia remains the predominant threat to the November vote", "2024-09-05",
          "published", "US intelligence officials say Russia remains"),
    ],
    ["United States", "Russia", "Kremlin", "Antony Blinken", "Dmitry Peskov", "Maria Zakharova", "Vladimir Putin",
     "European Union", "Ukraine"],
))

# ---------------------------------------------------------------- b93en06 (Nextgov/FCW)
EN06 = """
Hegseth orders pause in Cyber Command planning against Russia, officials say

Defense Secretary Pete Hegseth has ordered U.S. Cyber Command to halt planning for offensive cyber and information operations against Russia while the Trump administration pursues talks with Moscow on ending the war in Ukraine, according to two U.S. officials.
The order was issued late last week, before President Donald Trump's Oval Office meeting with Ukrainian President Volodymyr Zelenskyy on Friday, one official said, and covers planning but not operations already underway.

A Pentagon spokesperson declined to comment on "cyber intelligence, plans, or operations," saying there was "no greater priority than the safety of the warfighter in all operations, to include the cyber domain."
The Cybersecurity and Infrastructure Security Agency said Sunday that its mission "to defend against all cyber threats to U.S. critical infrastructure, including from Russia" was unchanged.
Democratic lawmakers on the armed services and intelligence committees said they would demand a classified briefing on the decision.

Kremlin spokesman Dmitry Peskov said Monday he had no information about the reported order and would not comment on "internal American decisions."
On Sunday, Peskov told state television that the Trump administration's new foreign policy "largely coincides" with Moscow's vision.

The reported pause comes amid a sharp shift in Washington's approach to the war.
After Friday's televised clash, Trump accused Zelenskyy of "gambling with World War III," and the Ukrainian delegation left the White House without signing a planned minerals agreement.
On Sunday, European leaders meeting in London with Zelenskyy agreed to work on a plan to end the war that they would then present to Washington, British Prime Minister Keir Starmer said.
Secretary of State Marco Rubio has said the administration's priority is to bring Russia to the negotiating table.

Cyber Command and the National Security Agency have conducted operations against Russian targets for years, including a 2018 effort that reportedly knocked the Internet Research Agency troll farm offline during the midterm elections.
Former officials told Nextgov/FCW that a pause in planning could cost months of preparation, because access to foreign networks takes time to build and is easily lost.
"You can stop an operation overnight, but you cannot restart one that way," one former Cyber Command official said.
The Record first reported the order on Friday.
"""

DOCS.append(doc(
    "b93en06_hegseth_cyber_command_pause_2025_03", "2025-03-03", EN06,
    [
        T("late last week", "DATE", "2025-W09", mod="END"),
        T("Friday", "DATE", "2025-02-28", 0),
        T("Sunday", "DATE", "2025-03-02", 0),
        T("Monday", "DATE", "2025-03-03"),
        T("Sunday", "DATE", "2025-03-02", 1),
        T("Friday", "DATE", "2025-02-28", 1),
        T("Sunday", "DATE", "2025-03-02", 2),
        T("years", "DURATION", "PXY"),
        T("2018", "DATE", "2018"),
        T("months", "DURATION", "PXM"),
        T("Friday", "DATE", "2025-02-28", 2),
    ],
    [
        E("Hegseth orders Cyber Command to pause offensive planning against Russia", "RETREAT",
          ["United States", "Russia"], "2025-W09", "text", "uncertain", "The order was issued late last week",
          date_mod="END", note="a unilateral easing of hostile operations; reported by anonymous officials"),
        E("Trump–Zelensky meeting in the Oval Office", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "text", "occurred", "The order was issued late last week"),
        E("Peskov: the new US foreign policy largely coincides with Moscow's vision", "SUPPORT",
          ["Dmitry Peskov", "United States"], "2025-03-02", "text", "occurred",
          "On Sunday, Peskov told state television"),
        E("Trump accuses Zelensky of gambling with World War III", "ACCUSE", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "text", "occurred", "After Friday's televised clash"),
        E("The minerals agreement is not signed", "AGREE", ["United States", "Ukraine"], "2025-02-28", "text",
          "cancelled", "After Friday's televised clash"),
        E("European leaders meet Zelensky in London", "CONSULT",
          ["Keir Starmer", "European Union", "Volodymyr Zelensky"], "2025-03-02", "text", "occurred",
          "On Sunday, European leaders meeting in London"),
        E("European leaders agree to work on a plan to end the war to present to Washington", "AGREE",
          ["Keir Starmer", "European Union", "Volodymyr Zelensky"], "2025-03-02", "text", "occurred",
          "On Sunday, European leaders meeting in London"),
        E("Cyber Command operation knocked the Internet Research Agency offline", "COERCE",
          ["United States", "Russia"], "2018", "text", "uncertain", "including a 2018 effort"),
    ],
    [
        S("United States", "Pentagon declines to comment; the safety of the warfighter is the priority",
          "2025-03-03", "published", "A Pentagon spokesperson declined to comment"),
        S("United States", "CISA: its mission to defend against Russian cyber threats is unchanged", "2025-03-02",
          "text", "The Cybersecurity and Infrastructure Security Agency said Sunday"),
        S("Dmitry Peskov", "No information about the order; no comment on internal American decisions",
          "2025-03-03", "text", "Kremlin spokesman Dmitry Peskov said Monday"),
        S("Dmitry Peskov", "The Trump administration's foreign policy largely coincides with Moscow's vision",
          "2025-03-02", "text", "On Sunday, Peskov told state television"),
        S("Donald Trump", "Zelensky is gambling with World War III", "2025-02-28", "text",
          "After Friday's televised clash"),
        S("Keir Starmer", "European leaders will work on a plan to end the war and present it to Washington",
          "2025-03-02", "text", "On Sunday, European leaders meeting in London"),
        S("Marco Rubio", "The priority is to bring Russia to the negotiating table", "2025-03-03", "published",
          "Secretary of State Marco Rubio has said"),
    ],
    ["United States", "Russia", "Ukraine", "Donald Trump", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
     "European Union", "Keir Starmer", "United Kingdom", "Marco Rubio"],
))
