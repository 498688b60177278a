"""English articles of the blind80 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b80en01 (The Asahi Shimbun / Asia & Japan Watch)
EN01 = """
Russia bars Kishida, 62 other Japanese in retaliation for sanctions

LONDON—Russia has banned Prime Minister Fumio Kishida and 62 other Japanese nationals from entering the country indefinitely, in retaliation for Tokyo's sanctions over the invasion of Ukraine.
The Russian Foreign Ministry published the list on May 4, accusing the Kishida administration of an "unprecedented anti-Russian campaign" and of "unacceptable rhetoric" against Moscow.
Besides Kishida, it names Foreign Minister Yoshimasa Hayashi, Defense Minister Nobuo Kishi and Chief Cabinet Secretary Hirokazu Matsuno, as well as lawmakers, academics and journalists, among them editors at major newspapers.

Matsuno told reporters in Tokyo on May 5 that the government found the step "absolutely unacceptable" and had lodged a protest through diplomatic channels.
"It is Russia that has trampled on international law," he said, adding that Japan would stay in lockstep with the Group of Seven.

Kishida, who is on a tour of Southeast Asia and Europe, was in London on May 5 for talks with British Prime Minister Boris Johnson at 10 Downing Street.
The two leaders agreed in principle on a reciprocal access agreement that will make it easier for their forces to train together, and pledged to keep up the pressure on Moscow.
Johnson said the two countries stood "shoulder to shoulder" in making sure that Putin's "barbaric" war failed.
In a speech in the City of London later the same day, Kishida warned that "Ukraine may be East Asia tomorrow."

The entry ban is the latest step in a series of tit-for-tat measures.
Japan expelled eight Russian diplomats and trade officials in early April after the killings of civilians in Bucha came to light, and Moscow responded on April 27 by ordering eight Japanese diplomats to leave.
In March, Russia suspended peace treaty negotiations over the disputed Northern Territories and scrapped visa-free visits by former Japanese islanders, citing Tokyo's "openly unfriendly" stance.

Tokyo froze President Vladimir Putin's assets in March and announced on April 8 that it would phase out imports of Russian coal.
It also sent bulletproof vests and helmets from Self-Defense Forces stocks to Ukraine that month, a first for a country that bars the export of lethal weapons.
Kremlin spokesman Dmitry Peskov warned last month that Japan's measures would "not go unanswered."
Ukrainian President Volodymyr Zelensky, for his part, thanked Tokyo on May 4 for "real pressure" on Russia and asked Japan to help rebuild the country once the fighting stops.
"""

# ---------------------------------------------------------------- b80en02 (The Chosun Ilbo, English edition)
EN02 = """
Seoul summons Russian envoy, demands pullout of N. Korean troops

South Korea on Monday summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of North Korean troops sent to Russia, warning that Seoul would respond with "all available means" if military cooperation between Moscow and Pyongyang continued.
First Vice Foreign Minister Kim Hong-kyun told Zinoviev that the deployment posed "a grave security threat" to the Korean Peninsula and the international community.
Zinoviev replied that cooperation between Russia and North Korea was not directed against South Korea's security interests, according to the ministry.

The National Intelligence Service (NIS) said Friday that North Korea had decided to send about 12,000 troops, including special forces, to support Russia's war against Ukraine.
About 1,500 special forces soldiers were moved to Vladivostok on Russian navy vessels between Oct. 8 and 13, the agency said, releasing satellite images of the transports.
President Yoon Suk Yeol convened an emergency security meeting the same day.

A senior presidential official said Tuesday that Seoul was reviewing a "phased response" that could include supplying weapons to Ukraine, first defensive and then, if necessary, offensive arms.
Seoul has so far limited its support to humanitarian aid and non-lethal equipment, citing a long-standing policy against sending weapons to countries at war.

Ukrainian President Volodymyr Zelensky, who first raised the alarm at an EU summit in Brussels last Thursday, said in his nightly address Monday that Kyiv expected a "clear response" from its partners, not "silence."
He said Ukraine would share battlefield intelligence with Seoul and send a delegation to South Korea in the near future.

Kremlin spokesman Dmitry Peskov on Friday dismissed the reports as "another fake."
In Washington, the Pentagon said Monday it could not yet confirm the deployment but that North Korean troops fighting against Ukraine would be "a very serious development."
NATO Secretary General Mark Rutte spoke with Yoon by phone on Monday and said the alliance was in close contact with Seoul.
A South Korean delegation of intelligence and military officials is to brief allies at NATO headquarters in Brussels next week.
"""

# ---------------------------------------------------------------- b80en03 (The Economic Times)
EN03 = """
No Modi-Trump call 'that we are aware of', says MEA after Trump claims India will stop Russian oil buys

NEW DELHI: India on Thursday said it was not aware of any conversation between Prime Minister Narendra Modi and US President Donald Trump a day earlier, after Trump claimed Modi had assured him that India would stop buying oil from Russia.
“I am not aware of any conversation between the two leaders yesterday,” external affairs ministry spokesperson Randhir Jaiswal told reporters at his weekly briefing.

Speaking in the Oval Office on Wednesday, Trump said Modi “assured me today that they will not be buying oil from Russia”, calling it “a big step” and adding that he would now get China to do the same.
He said the halt could not happen “immediately” but would be a “process” that would soon be over.
In a statement issued earlier on Thursday, the MEA said India's energy policy was guided by the need to safeguard the interests of Indian consumers in a volatile market, and that sourcing was being broadened and diversified.
State-run refiners said they had not received any instruction to cut Russian purchases.

India has become the largest buyer of Russian seaborne crude since 2022, with Russian barrels making up about a third of its imports.
Trump doubled tariffs on Indian goods to 50 per cent in August, half of it as a penalty for those purchases, and Washington has since pressed New Delhi to wind them down as a condition for a trade deal.
An Indian team led by commerce department special secretary Rajesh Agrawal is in Washington this week for talks on that agreement.

Moscow played down the claim.
Kremlin spokesman Dmitry Peskov said on Thursday that India was a sovereign state that decided for itself where to buy energy, and that Russia did not comment on relations between Washington and New Delhi.
Russia's ambassador to India, Denis Alipov, said Russian oil remained “in India's interest” because it was offered at competitive prices.

In Kyiv, foreign minister Andrii Sybiha welcomed any step that cut Russia's oil revenues and urged New Delhi to follow through.
Ukrainian President Volodymyr Zelensky is due to meet Trump at the White House on Friday, where he is expected to press for long-range Tomahawk missiles.
"""

# ---------------------------------------------------------------- b80en04 (Bernama)
EN04 = """
Anwar, Putin discuss trade, BRICS bid in Vladivostok

VLADIVOSTOK, Sept 5 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim and Russian President Vladimir Putin held bilateral talks here on Wednesday evening, focusing on trade, energy and Malaysia's bid to join the BRICS grouping.
Anwar, who is on a four-day working visit to Russia, said Putin had welcomed Malaysia's application and invited him to attend the BRICS summit in Kazan in October.
Malaysia submitted its application in July.
Putin also met Han Zheng on Wednesday and asked him to pass on his greetings to President Xi Jinping, whom he expects in Kazan.

Speaking at the plenary session of the Eastern Economic Forum (EEF) today alongside Anwar and Chinese Vice-President Han Zheng, Putin said Russia had never refused to negotiate with Ukraine.
He said talks could resume on the basis of a draft initialled by the two sides' negotiators in Istanbul in 2022, and named China, Brazil and India as countries that could help as mediators.
Putin said Ukraine's incursion into the Kursk region last month had been meant to force Moscow into talks on Kyiv's terms, and had failed.
In Kyiv, presidential adviser Mykhailo Podolyak dismissed the offer as an attempt to look constructive while Russian missiles hit Ukrainian cities, pointing to Tuesday's strike on a military institute in Poltava that killed more than 50 people.

Anwar told the forum that Malaysia would keep calling for an end to the war and for respect for international law, while keeping its doors open to all partners.
"We are not in anyone's camp. Our camp is peace," he said.

Kremlin aide Yuri Ushakov said the two leaders had also discussed cooperation with ASEAN, which Malaysia will chair next year.
Putin arrived in Vladivostok from Mongolia, where he paid a state visit on Tuesday despite an International Criminal Court (ICC) warrant for his arrest.
Ukraine's Foreign Ministry criticised Ulaanbaatar for failing to arrest him, calling it a "heavy blow" to the court and to international criminal law.
Kremlin spokesman Dmitry Peskov had said beforehand that Moscow had "no worries" about the trip.
"""

# ---------------------------------------------------------------- b80en05 (Kazinform)
EN05 = """
Tokayev, Macron sign over 20 documents in Astana, agree on strategic dialogue

ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks with French President Emmanuel Macron at the Akorda on Wednesday, the first visit by a French head of state to Kazakhstan in nine years.
The two leaders met in narrow and expanded formats and witnessed the signing of more than 20 documents, including agreements on critical raw materials, energy and aviation.
Tokayev described France as one of Kazakhstan's key partners in Europe, while Macron said Paris wanted to support the country's "choice of openness and sovereignty."

At a joint press conference, Macron said France did not intend to put pressure on Kazakhstan over its ties with Moscow, but stressed that Russia's war against Ukraine violated the UN Charter.
Macron, who last spoke to Vladimir Putin by phone in September 2022, said there was currently no basis for talks with the Kremlin.
Tokayev reaffirmed that Kazakhstan would continue to comply with the sanctions regime and would not allow its territory to be used to circumvent it.
The Ukrainian embassy in Astana welcomed the remarks.

Kazakhstan, the world's largest uranium producer, supplies about 40 percent of the uranium used in French reactors, and Paris is seeking to reduce its reliance on Russian nuclear fuel.
"We want to diversify, and Kazakhstan is a reliable partner," Macron said.
The European Union has sent its sanctions envoy David O'Sullivan to Astana several times this year to discuss the re-export of dual-use goods to Russia.

Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow respected Kazakhstan's sovereign right to develop relations with other countries, calling Kazakhstan "our ally and strategic partner."
Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that Western attempts to pull Central Asian states away from Russia were "doomed to failure."

The presidents agreed to hold the next round of their strategic dialogue in Paris next year.
Macron travels on Thursday to Uzbekistan, where he is due to meet President Shavkat Mirziyoyev in Samarkand.
"""

# ---------------------------------------------------------------- b80en06 (The Hankyoreh, English edition)
EN06 = """
11-nation monitoring team says N. Korea sent Russia 9 million shells, got air defense systems in return

An 11-nation team monitoring sanctions on North Korea said Thursday that Pyongyang has shipped at least 9 million rounds of artillery and rocket ammunition to Russia since September 2023 in violation of UN Security Council resolutions.
The Multilateral Sanctions Monitoring Team (MSMT) is made up of South Korea, the United States, Japan, the United Kingdom, France, Germany, Italy, the Netherlands, Canada, Australia and New Zealand.

According to its first report, North Korea has also sent Russia more than 100 ballistic missiles, which have been fired at Ukrainian cities, and deployed some 11,000 troops to the Kursk region last year, followed by about 3,000 more in January and February.
In return, Russia delivered Pantsir air defense systems to Pyongyang in late 2024 and shipped more than 1 million barrels of refined petroleum between March and November 2024, twice the annual cap set by the Security Council.

Foreign ministers of the 11 countries issued a joint statement the same day urging Moscow and Pyongyang to end their military cooperation and calling on all UN member states to enforce the sanctions.
The MSMT was launched in October last year after Russia vetoed in March 2024 the renewal of the UN panel of experts that had tracked North Korea's sanctions violations for 15 years.

The Russian Embassy in Seoul dismissed the report as "biased and groundless" and accused Western governments of using it to justify their own militarization.
Kremlin spokesman Dmitry Peskov said Friday that Russia's cooperation with North Korea, including under last year's comprehensive strategic partnership treaty, was "fully legitimate."
In Kyiv, Foreign Minister Andrii Sybiha said the report confirmed that Russia and North Korea were "a coalition of aggressors" and called for tougher sanctions against both.

The report comes ahead of South Korea's presidential election on Tuesday.
Democratic Party candidate Lee Jae-myung, the front-runner, has said he would seek to reopen dialogue with Pyongyang while managing ties with Moscow "pragmatically."
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b80en01_russia_bars_kishida_2022_05", "2022-05-05", EN01,
        [
            T("May 4", "DATE", "2022-05-04", 0),
            T("May 5", "DATE", "2022-05-05", 0),
            T("May 5", "DATE", "2022-05-05", 1),
            T("the same day", "DATE", "2022-05-05"),
            T("tomorrow", "DATE", "FUTURE_REF", note="figurative, in Kishida's quote"),
            T("early April", "DATE", "2022-04", mod="START"),
            T("April 27", "DATE", "2022-04-27"),
            T("March", "DATE", "2022-03", 0),
            T("March", "DATE", "2022-03", 1),
            T("April 8", "DATE", "2022-04-08"),
            T("that month", "DATE", "2022-03", note="the March of the asset freeze"),
            T("last month", "DATE", "2022-04"),
            T("May 4", "DATE", "2022-05-04", 1),
        ],
        [
            E("Russia bans Kishida and 62 other Japanese from entering the country", "SANCTION", ["Russia"],
              "2022-05-04", "text", "occurred", "published the list on May 4",
              note="Japan and Kishida are not canonical"),
            E("Russian foreign ministry accuses Tokyo of an unprecedented anti-Russian campaign", "ACCUSE", ["Russia"],
              "2022-05-04", "context", "occurred", "published the list on May 4"),
            E("Japan protests the entry ban through diplomatic channels", "ACCUSE", ["Russia"], "2022-05-05", "text",
              "occurred", "Matsuno told reporters"),
            E("Matsuno: Russia has trampled on international law", "ACCUSE", ["Russia"], "2022-05-05", "context",
              "occurred", "It is Russia that has trampled"),
            E("Kishida holds talks with Johnson in London", "CONSULT", ["United Kingdom"], "2022-05-05", "text",
              "occurred", "was in London on May 5"),
            E("Japan and Britain agree in principle on a reciprocal access agreement", "AGREE", ["United Kingdom"],
              "2022-05-05", "context", "occurred", "agreed in principle"),
            E("Kishida and Johnson pledge to keep up the pressure on Moscow", "AGREE", ["United Kingdom", "Russia"],
              "2022-05-05", "context", "occurred", "agreed in principle"),
            E("Johnson: Putin's barbaric war must fail", "ACCUSE", ["United Kingdom", "Vladimir Putin"], "2022-05-05",
              "context", "occurred", "shoulder to shoulder"),
            E("Japan expels eight Russian diplomats and trade officials", "SANCTION", ["Russia"], "2022-04", "text",
              "occurred", "Japan expelled eight Russian diplomats", date_mod="START"),
            E("Moscow orders eight Japanese diplomats to leave", "SANCTION", ["Russia"], "2022-04-27", "text",
              "occurred", "Japan expelled eight Russian diplomats"),
            E("Russia suspends peace treaty negotiations with Japan", "REJECT", ["Russia"], "2022-03", "text",
              "occurred", "suspended peace treaty negotiations"),
            E("Russia scraps visa-free visits by former Japanese islanders", "SANCTION", ["Russia"], "2022-03",
              "text", "occurred", "suspended peace treaty negotiations"),
            E("Russia cites Tokyo's openly unfriendly stance", "ACCUSE", ["Russia"], "2022-03", "context", "occurred",
              "suspended peace treaty negotiations"),
            E("Japan freezes Putin's assets", "SANCTION", ["Vladimir Putin"], "2022-03", "text", "occurred",
              "Tokyo froze President Vladimir Putin's assets"),
            E("Japan announces it will phase out Russian coal imports", "SANCTION", ["Russia"], "2022-04-08", "text",
              "occurred", "Tokyo froze President Vladimir Putin's assets"),
            E("Japan sends bulletproof vests and helmets to Ukraine", "AID", ["Ukraine"], "2022-03", "text",
              "occurred", "bulletproof vests and helmets"),
            E("Peskov warns Japan's measures will not go unanswered", "THREATEN", ["Dmitry Peskov"], "2022-04",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov warned"),
            E("Zelensky thanks Tokyo for real pressure on Russia", "SUPPORT", ["Volodymyr Zelensky"], "2022-05-04",
              "text", "occurred", "thanked Tokyo on May 4"),
            E("Zelensky asks Japan to help rebuild Ukraine", "REQUEST", ["Volodymyr Zelensky"], "2022-05-04",
              "context", "occurred", "thanked Tokyo on May 4"),
        ],
        [
            S("Russia", "Foreign ministry: the Kishida administration wages an unprecedented anti-Russian campaign "
              "with unacceptable rhetoric", "2022-05-04", "context", "published the list on May 4"),
            S("United Kingdom", "Johnson: Britain and Japan stand shoulder to shoulder to make sure Putin's barbaric war "
              "fails", "2022-05-05", "context", "shoulder to shoulder"),
            S("Russia", "Moscow cites Tokyo's openly unfriendly stance", "2022-03", "context",
              "suspended peace treaty negotiations"),
            S("Dmitry Peskov", "Japan's measures will not go unanswered", "2022-04", "text",
              "Kremlin spokesman Dmitry Peskov warned"),
            S("Volodymyr Zelensky", "Thanks Tokyo for real pressure on Russia; asks Japan to help rebuild Ukraine",
              "2022-05-04", "text", "thanked Tokyo on May 4"),
        ],
        ["Russia", "Ukraine", "United Kingdom", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky"],
    ),
    doc(
        "b80en02_seoul_summons_russian_envoy_2024_10", "2024-10-22", EN02,
        [
            T("Monday", "DATE", "2024-10-21", 0),
            T("Friday", "DATE", "2024-10-18", 0),
            T("Oct. 8", "DATE", "2024-10-08"),
            T("13", "DATE", "2024-10-13"),
            T("the same day", "DATE", "2024-10-18"),
            T("Tuesday", "DATE", "2024-10-22"),
            T("last Thursday", "DATE", "2024-10-17"),
            T("nightly", "SET", "P1D"),
            T("Monday", "DATE", "2024-10-21", 1),
            T("the near future", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2024-10-18", 1),
            T("Monday", "DATE", "2024-10-21", 2),
            T("Monday", "DATE", "2024-10-21", 3),
            T("next week", "DATE", "2024-W44"),
        ],
        [
            E("Seoul summons Russian ambassador Zinoviev", "ACCUSE", ["Russia"], "2024-10-21", "text", "occurred",
              "South Korea on Monday summoned", note="South Korea and North Korea are not canonical"),
            E("Seoul demands the immediate withdrawal of North Korean troops from Russia", "REQUEST", ["Russia"],
              "2024-10-21", "text", "occurred", "South Korea on Monday summoned"),
            E("Seoul warns it will respond with all available means if the cooperation continues", "THREATEN",
              ["Russia"], "2024-10-21", "text", "occurred", "South Korea on Monday summoned"),
            E("Kim Hong-kyun calls the deployment a grave security threat", "ACCUSE", ["Russia"], "2024-10-21",
              "context", "occurred", "First Vice Foreign Minister Kim Hong-kyun"),
            E("Zinoviev rejects the charge: the cooperation is not directed against South Korea", "REJECT",
              ["Russia"], "2024-10-21", "context", "occurred", "Zinoviev replied"),
            E("North Korea decides to send about 12,000 troops to support Russia's war", "MOBILIZE", ["Russia"],
              "2024-10-18", "context", "occurred", "The National Intelligence Service (NIS) said Friday",
              note="dated by the NIS report"),
            E("About 1,500 North Korean special forces moved to Vladivostok on Russian navy vessels", "MOBILIZE",
              ["Russia"], "2024-10-08", "text", "occurred", "About 1,500 special forces soldiers",
              note="between 8 and 13 October 2024"),
            E("Seoul reviews a phased response that could include weapons for Ukraine", "AID", ["Ukraine"],
              "2024-10-22", "context", "uncertain", "A senior presidential official said Tuesday"),
            E("Zelensky raises the alarm about North Korean troops at the EU summit in Brussels", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2024-10-17", "text", "occurred", "who first raised the alarm"),
            E("Zelensky attends the EU summit in Brussels", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2024-10-17", "text", "occurred", "who first raised the alarm"),
            E("Zelensky demands a clear response from partners", "REQUEST", ["Volodymyr Zelensky"], "2024-10-21",
              "text", "occurred", "who first raised the alarm"),
            E("Ukraine to share battlefield intelligence with Seoul", "COOPERATE", ["Ukraine"], "FUTURE_REF",
              "vague", "planned", "He said Ukraine would share"),
            E("Ukraine to send a delegation to South Korea", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "He said Ukraine would share"),
            E("Peskov dismisses the reports as another fake", "REJECT", ["Dmitry Peskov"], "2024-10-18", "text",
              "occurred", "Kremlin spokesman Dmitry Peskov on Friday"),
            E("Rutte speaks with Yoon by phone", "CONSULT", ["Mark Rutte", "NATO"], "2024-10-21", "text",
              "occurred", "NATO Secretary General Mark Rutte spoke"),
            E("South Korean delegation to brief allies at NATO headquarters", "CONSULT", ["NATO"], "2024-W44", "text",
              "planned", "A South Korean delegation"),
        ],
        [
            S("Russia", "Zinoviev: cooperation with North Korea is not directed against South Korea", "2024-10-21",
              "context", "Zinoviev replied"),
            S("Volodymyr Zelensky", "Kyiv expects a clear response from partners, not silence", "2024-10-21", "text",
              "who first raised the alarm"),
            S("Volodymyr Zelensky", "Ukraine will share intelligence with Seoul and send a delegation", "2024-10-21",
              "context", "He said Ukraine would share"),
            S("Dmitry Peskov", "The reports are another fake", "2024-10-18", "text",
              "Kremlin spokesman Dmitry Peskov on Friday"),
            S("United States", "Pentagon: cannot yet confirm; North Korean troops fighting Ukraine would be a very "
              "serious development", "2024-10-21", "text", "the Pentagon said Monday"),
            S("Mark Rutte", "NATO is in close contact with Seoul", "2024-10-21", "context",
              "NATO Secretary General Mark Rutte spoke"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "European Union", "Kremlin", "Dmitry Peskov", "United States",
         "NATO", "Mark Rutte"],
    ),
    doc(
        "b80en03_mea_modi_trump_russian_oil_2025_10", "2025-10-17", EN03,
        [
            T("Thursday", "DATE", "2025-10-16", 0),
            T("a day earlier", "DATE", "2025-10-15"),
            T("yesterday", "DATE", "2025-10-15", note="in Jaiswal's quote, said on Thursday 16 October"),
            T("weekly", "SET", "P1W"),
            T("Wednesday", "DATE", "2025-10-15"),
            T("today", "DATE", "2025-10-15", note="in Trump's quote, said on Wednesday 15 October"),
            T("now", "DATE", "PRESENT_REF"),
            T("soon", "DATE", "FUTURE_REF"),
            T("Thursday", "DATE", "2025-10-16", 1),
            T("2022", "DATE", "2022"),
            T("August", "DATE", "2025-08"),
            T("this week", "DATE", "2025-W42"),
            T("Thursday", "DATE", "2025-10-16", 2),
            T("Friday", "DATE", "2025-10-17"),
        ],
        [
            E("India says it is not aware of any Modi–Trump conversation, contradicting Trump's claim", "REJECT",
              ["Donald Trump"], "2025-10-16", "text", "occurred", "India on Thursday said",
              note="India, Modi and the MEA are not canonical"),
            E("Trump claims Modi assured him India will stop buying Russian oil", "AGREE", ["Donald Trump"],
              "2025-10-15", "context", "uncertain", "Speaking in the Oval Office on Wednesday"),
            E("India buys Russian seaborne crude", "COOPERATE", ["Russia"], "2022", "text", "occurred",
              "largest buyer of Russian seaborne crude", date_mod="START"),
            E("Trump doubles tariffs on Indian goods to 50 per cent, half as a penalty for Russian oil", "SANCTION",
              ["Donald Trump"], "2025-08", "text", "occurred", "Trump doubled tariffs"),
            E("Washington presses New Delhi to wind down Russian oil purchases for a trade deal", "REQUEST",
              ["United States"], "2025-08", "context", "occurred", "Trump doubled tariffs", date_mod="START",
              note="'since' the tariffs of August"),
            E("Indian trade team holds talks in Washington", "CONSULT", ["United States"], "2025-W42", "text",
              "occurred", "An Indian team led by"),
            E("Peskov: India is sovereign and decides where to buy energy", "SUPPORT", ["Dmitry Peskov"],
              "2025-10-16", "text", "occurred", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            E("Sybiha welcomes any step that cuts Russia's oil revenues", "SUPPORT", ["Andrii Sybiha"], "2025-10-17",
              "published", "occurred", "In Kyiv, foreign minister Andrii Sybiha"),
            E("Sybiha urges New Delhi to follow through", "REQUEST", ["Andrii Sybiha"], "2025-10-17", "published",
              "occurred", "In Kyiv, foreign minister Andrii Sybiha"),
            E("Zelensky to meet Trump at the White House", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"],
              "2025-10-17", "text", "planned", "is due to meet Trump at the White House"),
            E("Zelensky expected to press Trump for Tomahawk missiles", "REQUEST",
              ["Volodymyr Zelensky", "Donald Trump"], "2025-10-17", "context", "planned",
              "is due to meet Trump at the White House"),
        ],
        [
            S("Donald Trump", "Modi assured me today India will not buy Russian oil; a big step; now China",
              "2025-10-15", "text", "Speaking in the Oval Office on Wednesday"),
            S("Donald Trump", "The halt cannot happen immediately but is a process that will soon be over",
              "2025-10-15", "context", "He said the halt could not happen"),
            S("Russia", "Moscow plays down the claim", "2025-10-16", "context", "Moscow played down the claim"),
            S("Dmitry Peskov", "India is sovereign and decides where to buy energy; Russia does not comment on "
              "US–India relations", "2025-10-16", "text", "Kremlin spokesman Dmitry Peskov said on Thursday"),
            S("Russia", "Alipov: Russian oil remains in India's interest at competitive prices", "2025-10-17",
              "published", "Russia's ambassador to India"),
            S("Andrii Sybiha", "Welcomes any step cutting Russia's oil revenues and urges New Delhi to follow through",
              "2025-10-17", "published", "In Kyiv, foreign minister Andrii Sybiha"),
        ],
        ["Donald Trump", "United States", "Russia", "China", "Kremlin", "Dmitry Peskov", "Andrii Sybiha",
         "Ukraine", "Volodymyr Zelensky"],
    ),
    doc(
        "b80en04_anwar_putin_vladivostok_2024_09", "2024-09-05", EN04,
        [
            T("Sept 5", "DATE", "2024-09-05"),
            T("Wednesday evening", "TIME", "2024-09-04TEV"),
            T("four-day", "DURATION", "P4D"),
            T("October", "DATE", "2024-10"),
            T("July", "DATE", "2024-07"),
            T("Wednesday", "DATE", "2024-09-04", 1),
            T("today", "DATE", "2024-09-05"),
            T("2022", "DATE", "2022"),
            T("last month", "DATE", "2024-08"),
            T("next year", "DATE", "2025"),
            T("Tuesday", "DATE", "2024-09-03", 0),
            T("Tuesday", "DATE", "2024-09-03", 1),
        ],
        [
            E("Anwar and Putin hold bilateral talks in Vladivostok", "CONSULT", ["Vladimir Putin"], "2024-09-04TEV",
              "text", "occurred", "held bilateral talks here on Wednesday evening",
              note="Malaysia and Anwar are not canonical"),
            E("Putin welcomes Malaysia's BRICS application", "SUPPORT", ["Vladimir Putin"], "2024-09-04TEV",
              "context", "occurred", "Putin had welcomed Malaysia's application"),
            E("Putin invites Anwar to the BRICS summit in Kazan", "REQUEST", ["Vladimir Putin"], "2024-09-04TEV",
              "context", "occurred", "Putin had welcomed Malaysia's application"),
            E("BRICS summit in Kazan", "CONSULT", ["Russia"], "2024-10", "text", "planned",
              "Putin had welcomed Malaysia's application"),
            E("Putin meets Chinese Vice-President Han Zheng", "CONSULT", ["Vladimir Putin", "China"], "2024-09-04",
              "text", "occurred", "Putin also met Han Zheng"),
            E("Xi expected at the BRICS summit in Kazan", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2024-10",
              "context", "planned", "Putin also met Han Zheng"),
            E("Putin: Russia ready to resume talks with Ukraine", "AGREE", ["Vladimir Putin", "Ukraine"], "2024-09-05",
              "context", "occurred", "He said talks could resume"),
            E("Putin's condition: talks on the basis of the Istanbul draft", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2024-09-05", "context", "occurred", "He said talks could resume"),
            E("Russian and Ukrainian negotiators initialled a draft agreement in Istanbul", "AGREE",
              ["Russia", "Ukraine"], "2022", "text", "occurred", "He said talks could resume"),
            E("Putin names China, Brazil and India as possible mediators", "SUPPORT", ["Vladimir Putin", "China"],
              "2024-09-05", "context", "occurred", "He said talks could resume"),
            E("Ukraine's incursion into the Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08", "text",
              "occurred", "Putin said Ukraine's incursion"),
            E("Podolyak dismisses Putin's offer as a pose while Russian missiles hit Ukrainian cities", "REJECT",
              ["Ukraine", "Vladimir Putin"], "2024-09-05", "published", "occurred", "Podolyak dismissed the offer"),
            E("Russian missile strike on a military institute in Poltava kills more than 50", "ASSAULT",
              ["Russia", "Ukraine"], "2024-09-03", "text", "occurred", "Podolyak dismissed the offer"),
            E("Putin in Mongolia on a state visit despite the ICC warrant", "CONSULT", ["Vladimir Putin"],
              "2024-09-03", "text", "occurred", "Putin arrived in Vladivostok from Mongolia"),
            E("Ukraine criticises Mongolia for failing to arrest Putin", "ACCUSE", ["Ukraine", "Vladimir Putin"],
              "2024-09-03", "context", "occurred", "Ukraine's Foreign Ministry criticised"),
        ],
        [
            S("Vladimir Putin", "Welcomes Malaysia's BRICS application and invites Anwar to Kazan (per Anwar)",
              "2024-09-04TEV", "context", "Putin had welcomed Malaysia's application"),
            S("Vladimir Putin", "Russia has never refused to negotiate with Ukraine", "2024-09-05", "text",
              "Speaking at the plenary session"),
            S("Vladimir Putin", "Talks could resume on the basis of the Istanbul draft; China, Brazil and India could "
              "mediate", "2024-09-05", "context", "He said talks could resume"),
            S("Vladimir Putin", "The Kursk incursion was meant to force Moscow into talks on Kyiv's terms and failed",
              "2024-09-05", "context", "Putin said Ukraine's incursion"),
            S("Ukraine", "Podolyak: Putin's offer is an attempt to look constructive while Russian missiles hit "
              "Ukrainian cities", "2024-09-05", "published", "Podolyak dismissed the offer"),
            S("Yuri Ushakov", "The leaders also discussed cooperation with ASEAN", "2024-09-05", "published",
              "Kremlin aide Yuri Ushakov"),
            S("Ukraine", "Mongolia's failure to arrest Putin is a heavy blow to the court", "2024-09-03", "context",
              "Ukraine's Foreign Ministry criticised"),
            S("Dmitry Peskov", "Moscow has no worries about the Mongolia trip", "2024-09-05", "published",
              "Kremlin spokesman Dmitry Peskov had said"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "China", "Xi Jinping", "Kremlin", "Yuri Ushakov", "Dmitry Peskov"],
    ),
    doc(
        "b80en05_macron_tokayev_astana_2023_11", "2023-11-02", EN05,
        [
            T("Wednesday", "DATE", "2023-11-01", 0),
            T("nine years", "DURATION", "P9Y"),
            T("September 2022", "DATE", "2022-09"),
            T("currently", "DATE", "PRESENT_REF"),
            T("this year", "DATE", "2023"),
            T("Tuesday", "DATE", "2023-10-31"),
            T("Wednesday", "DATE", "2023-11-01", 1),
            T("next year", "DATE", "2024"),
            T("Thursday", "DATE", "2023-11-02"),
        ],
        [
            E("Tokayev and Macron hold talks at the Akorda", "CONSULT", ["Emmanuel Macron"], "2023-11-01", "text",
              "occurred", "held talks with French President Emmanuel Macron",
              note="Kazakhstan and Tokayev are not canonical"),
            E("More than 20 documents signed on raw materials, energy and aviation", "AGREE",
              ["Emmanuel Macron", "France"], "2023-11-01", "context", "occurred", "witnessed the signing"),
            E("Macron: Paris supports Kazakhstan's choice of openness and sovereignty", "SUPPORT",
              ["Emmanuel Macron"], "2023-11-01", "context", "occurred", "choice of openness and sovereignty"),
            E("Macron: Russia's war against Ukraine violates the UN Charter", "ACCUSE", ["Emmanuel Macron", "Russia"],
              "2023-11-01", "context", "occurred", "At a joint press conference"),
            E("Macron–Putin phone call", "CONSULT", ["Emmanuel Macron", "Vladimir Putin"], "2022-09", "text",
              "occurred", "who last spoke to Vladimir Putin"),
            E("Macron: currently no basis for talks with the Kremlin", "REJECT", ["Emmanuel Macron", "Kremlin"],
              "2023-11-01", "context", "occurred", "who last spoke to Vladimir Putin"),
            E("Tokayev pledges Kazakhstan will comply with sanctions and prevent circumvention", "AGREE",
              ["Emmanuel Macron", "Russia"], "2023-11-01", "context", "occurred", "Tokayev reaffirmed"),
            E("Ukrainian embassy welcomes Tokayev's remarks", "SUPPORT", ["Ukraine"], "2023-11-02", "published",
              "occurred", "The Ukrainian embassy in Astana"),
            E("EU sanctions envoy O'Sullivan visits Astana to discuss re-exports of dual-use goods to Russia",
              "CONSULT", ["European Union", "Russia"], "2023", "text", "occurred", "sanctions envoy David O'Sullivan"),
            E("Peskov: Moscow respects Kazakhstan's sovereign right to relations with others", "SUPPORT",
              ["Dmitry Peskov"], "2023-10-31", "text", "occurred", "Kremlin spokesman Dmitry Peskov told reporters"),
            E("Zakharova: Western attempts to pull Central Asia away from Russia are doomed", "ACCUSE",
              ["Maria Zakharova"], "2023-11-01", "text", "occurred", "Russian Foreign Ministry spokeswoman"),
            E("Presidents agree to hold the next strategic dialogue in Paris", "AGREE", ["Emmanuel Macron"],
              "2023-11-01", "context", "occurred", "The presidents agreed"),
            E("Next round of the strategic dialogue in Paris", "CONSULT", ["France"], "2024", "text", "planned",
              "The presidents agreed"),
            E("Macron to meet Mirziyoyev in Samarkand", "CONSULT", ["Emmanuel Macron"], "2023-11-02", "text",
              "planned", "Macron travels on Thursday to Uzbekistan"),
        ],
        [
            S("Emmanuel Macron", "Paris wants to support Kazakhstan's choice of openness and sovereignty",
              "2023-11-01", "context", "choice of openness and sovereignty"),
            S("Emmanuel Macron", "France will not pressure Kazakhstan over Moscow; Russia's war violates the UN "
              "Charter", "2023-11-01", "context", "At a joint press conference"),
            S("Emmanuel Macron", "Currently no basis for talks with the Kremlin", "2023-11-01", "context",
              "who last spoke to Vladimir Putin"),
            S("Emmanuel Macron", "France wants to diversify; Kazakhstan is a reliable partner", "2023-11-01", "context",
              "We want to diversify"),
            S("Ukraine", "The embassy welcomes Tokayev's remarks on sanctions", "2023-11-02", "published",
              "The Ukrainian embassy in Astana"),
            S("Dmitry Peskov", "Moscow respects Kazakhstan's sovereign right; Kazakhstan is our ally and strategic "
              "partner", "2023-10-31", "text", "Kremlin spokesman Dmitry Peskov told reporters"),
            S("Maria Zakharova", "Western attempts to pull Central Asia away from Russia are doomed to failure",
              "2023-11-01", "text", "Russian Foreign Ministry spokeswoman"),
        ],
        ["Emmanuel Macron", "France", "Russia", "Ukraine", "United Nations", "European Union", "Vladimir Putin", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b80en06_msmt_report_north_korea_russia_2025_05", "2025-05-30", EN06,
        [
            T("Thursday", "DATE", "2025-05-29"),
            T("September 2023", "DATE", "2023-09"),
            T("last year", "DATE", "2024", 0),
            T("January", "DATE", "2025-01"),
            T("February", "DATE", "2025-02"),
            T("late 2024", "DATE", "2024", mod="END"),
            T("March", "DATE", "2024-03", 0),
            T("November 2024", "DATE", "2024-11"),
            T("annual", "SET", "P1Y"),
            T("the same day", "DATE", "2025-05-29"),
            T("October last year", "DATE", "2024-10"),
            T("March 2024", "DATE", "2024-03"),
            T("15 years", "DURATION", "P15Y"),
            T("Friday", "DATE", "2025-05-30"),
            T("last year", "DATE", "2024", 2),
            T("Tuesday", "DATE", "2025-06-03"),
        ],
        [
            E("MSMT report accuses North Korea and Russia of violating UN sanctions", "ACCUSE",
              ["United States", "United Kingdom", "France", "Germany", "Russia"], "2025-05-29", "text", "occurred", "An 11-nation team monitoring sanctions",
              note="the MSMT members that are canonical; North Korea, South Korea and Japan are not"),
            E("North Korea ships at least 9 million rounds of ammunition to Russia", "AID", ["Russia"], "2023-09",
              "text", "occurred", "An 11-nation team monitoring sanctions", date_mod="START"),
            E("North Korea sends Russia more than 100 ballistic missiles", "AID", ["Russia"], "2023-09", "context",
              "occurred", "According to its first report", date_mod="START",
              note="no date of its own; the period of the transfers named in the lead"),
            E("North Korean missiles fired at Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"], "2023-09",
              "context", "occurred", "According to its first report", date_mod="START"),
            E("North Korea deploys some 11,000 troops to the Kursk region", "MOBILIZE", ["Russia"], "2024", "text",
              "occurred", "According to its first report"),
            E("About 3,000 more North Korean troops sent", "MOBILIZE", ["Russia"], "2025-01", "text", "occurred",
              "According to its first report", note="January and February 2025"),
            E("Russia delivers Pantsir air defense systems to Pyongyang", "AID", ["Russia"], "2024", "text",
              "occurred", "In return, Russia delivered", date_mod="END"),
            E("Russia ships more than 1 million barrels of refined petroleum to North Korea", "AID", ["Russia"],
              "2024-03", "text", "occurred", "In return, Russia delivered", date_mod="START",
              note="between March and November 2024"),
            E("Joint statement urges Moscow and Pyongyang to end their military cooperation", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "Russia"], "2025-05-29", "text", "occurred", "Foreign ministers of the 11 countries"),
            E("Joint statement calls on all UN member states to enforce the sanctions", "REQUEST",
              ["United States", "United Kingdom", "France", "Germany", "United Nations"], "2025-05-29", "text", "occurred",
              "Foreign ministers of the 11 countries"),
            E("The MSMT is launched", "COOPERATE", ["United States", "United Kingdom", "France", "Germany"], "2024-10", "text", "occurred",
              "The MSMT was launched"),
            E("Russia vetoes the renewal of the UN panel of experts", "REJECT", ["Russia", "United Nations"],
              "2024-03", "text", "occurred", "The MSMT was launched"),
            E("Russian embassy dismisses the report as biased and groundless", "REJECT", ["Russia"], "2025-05-30",
              "published", "occurred", "The Russian Embassy in Seoul"),
            E("Russian embassy accuses Western governments of justifying their own militarization", "ACCUSE",
              ["Russia"], "2025-05-30", "published", "occurred", "The Russian Embassy in Seoul"),
            E("Peskov: cooperation with North Korea is fully legitimate", "REJECT", ["Dmitry Peskov"], "2025-05-30",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said Friday"),
            E("Russia and North Korea's comprehensive strategic partnership treaty", "AGREE", ["Russia"], "2024",
              "text", "occurred", "Kremlin spokesman Dmitry Peskov said Friday"),
            E("Sybiha calls Russia and North Korea a coalition of aggressors", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2025-05-30", "published", "occurred", "coalition of aggressors"),
            E("Sybiha calls for tougher sanctions against Russia and North Korea", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-05-30", "published", "occurred", "coalition of aggressors"),
        ],
        [
            S("Joint statement: United States, United Kingdom, France, Germany", "Moscow and Pyongyang must end their military "
              "cooperation; all UN members must enforce the sanctions", "2025-05-29", "text",
              "Foreign ministers of the 11 countries"),
            S("Russia", "Embassy: the report is biased and groundless; the West uses it to justify its militarization",
              "2025-05-30", "published", "The Russian Embassy in Seoul"),
            S("Dmitry Peskov", "Russia's cooperation with North Korea is fully legitimate", "2025-05-30", "text",
              "Kremlin spokesman Dmitry Peskov said Friday"),
            S("Andrii Sybiha", "The report confirms Russia and North Korea are a coalition of aggressors; tougher "
              "sanctions needed", "2025-05-30", "published", "coalition of aggressors"),
        ],
        ["United States", "United Kingdom", "France", "Germany", "Russia", "Ukraine", "United Nations", "Kremlin", "Dmitry Peskov",
         "Andrii Sybiha"],
    ),
]
