"""English articles of the blind7 evaluation set (written and annotated blind; see README.md).

One sentence per line, the headline on the first line, paragraphs separated by a blank line.
Timexes: T(surface, type, value, n=whole-word occurrence index, mod, note).
Events: E(summary, type, actors, date, date_basis, occurrence, evidence key, date_mod, note).
Statements: S(speaker, summary, date, date_basis, evidence key).
"""
from build import E, S, T

# ---------------------------------------------------------------- b7en01
EN01 = dict(
    id="b7en01_guterres_kyiv_strike_2022_04",
    lang="en",
    published="2022-04-28",
    body="""
Russian missiles hit Kyiv during U.N. chief's visit as Guterres presses for Mariupol evacuation

KYIV, April 28 (Reuters) - Russian missiles struck Kyiv on Thursday evening, shortly after U.N. Secretary-General Antonio Guterres had held talks with Ukrainian President Volodymyr Zelenskiy in the capital, wounding several people in a residential district.
Guterres, whose delegation was staying at a hotel not far from the impact site, was shaken but unharmed, a U.N. spokesman said.
"This says a lot about the true attitude of Russia towards global institutions and about the Russian leadership's efforts to humiliate the U.N.," Zelenskiy said in his nightly video address.

Earlier on Thursday, Guterres toured Bucha, Irpin and Borodianka, towns outside the capital where hundreds of civilian bodies were found after Russian troops withdrew, and urged Moscow to cooperate with an investigation by the International Criminal Court.
"War is evil, and when one sees places like this, one understands it," he told reporters in Borodianka.
Meeting Zelenskiy later in the day, he pledged that the United Nations would not give up on efforts to get civilians out of the besieged Azovstal steelworks in Mariupol.

The visit to Kyiv followed talks in Moscow on Tuesday with President Vladimir Putin and Foreign Minister Sergei Lavrov, at which the Kremlin leader agreed "in principle" to U.N. and Red Cross involvement in an evacuation from the plant, according to a U.N. statement.
Putin told Guterres that Ukrainian fighters were using civilians at the steelworks as human shields.
Lavrov said it was premature to talk about mediation and accused Kyiv of backtracking on proposals its negotiators had put forward in Istanbul last month.

In Washington, President Joe Biden asked Congress on Thursday to approve $33 billion to support Ukraine, including more than $20 billion in weapons and other security assistance, saying the cost of the fight was "not cheap" but caving to aggression would be costlier.
Moscow warned this week that Western arms shipments to Ukraine were "legitimate targets" for its forces, and Lavrov said the risk of a nuclear conflict should not be underestimated.
""",
    timexes=[
        T("April 28", "DATE", "2022-04-28"),
        T("Thursday evening", "TIME", "2022-04-28TEV"),
        T("nightly", "SET", "P1D"),
        T("Thursday", "DATE", "2022-04-28", n=1),
        T("Tuesday", "DATE", "2022-04-26"),
        T("last month", "DATE", "2022-03"),
        T("Thursday", "DATE", "2022-04-28", n=2),
        T("this week", "DATE", "2022-W17"),
    ],
    events=[
        E("Russian missile strike on Kyiv during Guterres's visit", "ASSAULT", ["Russia", "Ukraine"], "2022-04-28TEV",
          "text", "occurred", "Russian missiles struck Kyiv"),
        E("Guterres holds talks with Zelensky in Kyiv", "CONSULT", ["António Guterres", "Volodymyr Zelensky"],
          "2022-04-28", "context", "occurred", "Meeting Zelenskiy later in the day"),
        E("Zelensky accuses Russia of trying to humiliate the UN", "ACCUSE", ["Volodymyr Zelensky", "Russia",
          "United Nations"], "2022-04-28", "context", "occurred", "true attitude of Russia"),
        E("Guterres urges Moscow to cooperate with an ICC investigation", "REQUEST", ["António Guterres", "Russia"],
          "2022-04-28", "text", "occurred", "Earlier on Thursday, Guterres toured"),
        E("Guterres pledges the UN will keep pressing for the Azovstal evacuation", "AGREE",
          ["António Guterres", "United Nations"], "2022-04-28", "context", "occurred", "would not give up"),
        E("Guterres meets Putin and Lavrov in Moscow", "CONSULT", ["António Guterres", "Vladimir Putin",
          "Sergey Lavrov"], "2022-04-26", "text", "occurred", "talks in Moscow on Tuesday"),
        E("Putin agrees in principle to UN and Red Cross involvement in the Azovstal evacuation", "AGREE",
          ["Vladimir Putin", "United Nations"], "2022-04-26", "context", "occurred", "talks in Moscow on Tuesday"),
        E("Putin accuses Ukrainian fighters of using civilians as human shields", "ACCUSE", ["Vladimir Putin",
          "Ukraine"], "2022-04-26", "context", "occurred", "human shields"),
        E("Lavrov rejects talk of mediation as premature", "REJECT", ["Sergey Lavrov"], "2022-04-26", "context",
          "occurred", "premature to talk about mediation"),
        E("Lavrov accuses Kyiv of backtracking on its Istanbul proposals", "ACCUSE", ["Sergey Lavrov", "Ukraine"],
          "2022-04-26", "context", "occurred", "premature to talk about mediation"),
        E("Ukrainian proposals put forward in Istanbul", "REQUEST", ["Ukraine"], "2022-03", "text", "occurred",
          "premature to talk about mediation"),
        E("Biden asks Congress for $33 billion for Ukraine", "AID", ["Joe Biden", "United States", "Ukraine"],
          "2022-04-28", "text", "planned", "asked Congress on Thursday", note="requested from Congress"),
        E("Moscow warns that Western arms shipments are legitimate targets", "THREATEN", ["Russia"], "2022-W17",
          "text", "occurred", "legitimate targets"),
    ],
    statements=[
        S("United Nations", "Guterres was shaken but unharmed", "2022-04-28", "published", "a U.N. spokesman said"),
        S("Volodymyr Zelensky", "The strike shows Russia's attitude to global institutions and its effort to humiliate the UN",
          "2022-04-28", "context", "true attitude of Russia"),
        S("António Guterres", "War is evil", "2022-04-28", "context", "War is evil"),
        S("United Nations", "Putin agreed in principle to UN and Red Cross involvement in the evacuation",
          "2022-04-26", "context", "talks in Moscow on Tuesday"),
        S("Vladimir Putin", "Ukrainian fighters use civilians at the steelworks as human shields", "2022-04-26",
          "context", "human shields"),
        S("Sergey Lavrov", "Premature to talk about mediation; Kyiv backtracked on its Istanbul proposals",
          "2022-04-26", "context", "premature to talk about mediation"),
        S("Joe Biden", "The cost of the fight is not cheap but caving to aggression is costlier", "2022-04-28",
          "text", "asked Congress on Thursday"),
        S("Russia", "Western arms shipments are legitimate targets", "2022-W17", "text", "legitimate targets"),
        S("Sergey Lavrov", "The risk of nuclear conflict should not be underestimated", "2022-W17", "context",
          "legitimate targets"),
    ],
    actors=["Russia", "Ukraine", "United Nations", "António Guterres", "Volodymyr Zelensky", "Vladimir Putin",
            "Sergey Lavrov", "Kremlin", "Joe Biden", "United States"],
)

# ---------------------------------------------------------------- b7en02
EN02 = dict(
    id="b7en02_nato_madrid_summit_2022_06",
    lang="en",
    published="2022-06-29",
    body="""
NATO brands Russia its biggest threat as Turkey lifts veto on Nordic bids

MADRID (AP) — NATO leaders on Wednesday declared Russia the "most significant and direct threat" to their security, adopting a new strategic blueprint at a summit in Madrid that was dominated by the war in Ukraine and a deal clearing the way for Finland and Sweden to join the alliance.
The breakthrough came late Tuesday, when Turkish President Recep Tayyip Erdogan dropped his objections to the Nordic bids after more than three hours of talks with the Finnish and Swedish leaders.
The three countries signed a memorandum pledging closer cooperation against groups Ankara considers terrorists and lifting arms embargoes on Turkey.
Turkey "got what it wanted," Erdogan's office said in a statement.

Secretary-General Jens Stoltenberg said the alliance would raise the number of troops on high readiness to "well over 300,000," the biggest overhaul of its deterrence since the Cold War.
President Joe Biden announced that the United States would set up a permanent army headquarters in Poland, send two additional squadrons of F-35 jets to Britain and rotate more troops through Romania and the Baltic states.
"Putin was looking for the Finlandization of Europe. He's going to get the NATO-ization of Europe," Biden told reporters after meeting Stoltenberg.

Ukrainian President Volodymyr Zelenskyy, addressing the leaders by video, appealed for modern air defense systems and said his country needed about $5 billion a month to defend itself.
"This is not a war being waged by Russia against Ukraine alone," he said.
The allies approved a package of non-lethal assistance, including fuel, medical supplies and equipment to counter drones.

Speaking in the Turkmen capital, Ashgabat, Russian President Vladimir Putin said Moscow had no issue with Finland and Sweden joining NATO but would respond "in kind" if military contingents and infrastructure were deployed there.
Kremlin spokesman Dmitry Peskov said Russia would study the new strategic concept closely and take "the necessary measures" to guarantee its security.
Erdogan, who held talks with Biden on the sidelines on Wednesday, said the American leader had voiced support for Turkey's long-stalled request to buy F-16 fighter jets.
""",
    timexes=[
        T("Wednesday", "DATE", "2022-06-29"),
        T("late Tuesday", "TIME", "2022-06-28TNI"),
        T("more than three hours", "DURATION", "PT3H", mod="MORE_THAN"),
        T("a month", "SET", "P1M"),
        T("Wednesday", "DATE", "2022-06-29", n=1),
    ],
    events=[
        E("NATO declares Russia the most significant and direct threat", "ACCUSE", ["NATO", "Russia"], "2022-06-29",
          "text", "occurred", "most significant and direct threat"),
        E("NATO adopts a new strategic concept", "AGREE", ["NATO"], "2022-06-29", "text", "occurred",
          "most significant and direct threat"),
        E("Erdoğan drops his objections to Finland's and Sweden's NATO bids", "CONCEDE", ["Recep Tayyip Erdoğan"],
          "2022-06-28TNI", "text", "occurred", "dropped his objections"),
        E("Erdoğan's talks with the Finnish and Swedish leaders", "CONSULT", ["Recep Tayyip Erdoğan"],
          "2022-06-28TNI", "context", "occurred", "dropped his objections"),
        E("Turkey, Finland and Sweden sign a memorandum", "AGREE", ["Turkey"], "2022-06-28TNI", "context",
          "occurred", "signed a memorandum"),
        E("NATO to raise high-readiness forces to over 300,000", "MOBILIZE", ["NATO"], "2022-06-29", "published",
          "planned", "well over 300,000"),
        E("Biden announces a permanent army headquarters in Poland and more US forces in Europe", "MOBILIZE",
          ["Joe Biden", "United States"], "2022-06-29", "published", "planned", "permanent army headquarters"),
        E("Biden meets Stoltenberg", "CONSULT", ["Joe Biden", "Jens Stoltenberg"], "2022-06-29", "published",
          "occurred", "after meeting Stoltenberg"),
        E("Zelensky appeals for modern air defence and financial help", "REQUEST", ["Volodymyr Zelensky", "NATO"],
          "2022-06-29", "context", "occurred", "appealed for modern air defense"),
        E("Allies approve a package of non-lethal aid for Ukraine", "AID", ["NATO", "Ukraine"], "2022-06-29",
          "context", "occurred", "non-lethal assistance"),
        E("Putin threatens to respond in kind to military deployments in Finland and Sweden", "THREATEN",
          ["Vladimir Putin"], "2022-06-29", "published", "occurred", 'respond "in kind"'),
        E("Peskov announces necessary measures in response to NATO's strategic concept", "THREATEN",
          ["Dmitry Peskov", "Russia", "NATO"], "2022-06-29", "published", "occurred", "the necessary measures"),
        E("Erdoğan and Biden hold talks on the summit sidelines", "CONSULT", ["Recep Tayyip Erdoğan", "Joe Biden"],
          "2022-06-29", "text", "occurred", "held talks with Biden"),
        E("Biden voices support for Turkey's request to buy F-16s", "SUPPORT", ["Joe Biden", "Turkey"], "2022-06-29",
          "context", "occurred", "held talks with Biden"),
    ],
    statements=[
        S("NATO", "Russia is the most significant and direct threat to allied security", "2022-06-29", "text",
          "most significant and direct threat"),
        S("Turkey", "Turkey got what it wanted", "2022-06-28TNI", "context", "got what it wanted"),
        S("Jens Stoltenberg", "High-readiness forces will rise to well over 300,000", "2022-06-29", "published",
          "well over 300,000"),
        S("Joe Biden", "The US will set up a permanent army headquarters in Poland and send more forces", "2022-06-29",
          "published", "permanent army headquarters"),
        S("Joe Biden", "Putin sought the Finlandization of Europe and will get its NATO-ization", "2022-06-29",
          "published", "NATO-ization"),
        S("Volodymyr Zelensky", "Ukraine needs modern air defence and about $5 billion a month", "2022-06-29",
          "context", "appealed for modern air defense"),
        S("Volodymyr Zelensky", "This is not a war waged by Russia against Ukraine alone", "2022-06-29", "context",
          "against Ukraine alone"),
        S("Vladimir Putin", "No issue with Finland and Sweden joining, but Russia will respond in kind to deployments",
          "2022-06-29", "published", 'respond "in kind"'),
        S("Dmitry Peskov", "Russia will study the concept and take the necessary measures", "2022-06-29",
          "published", "the necessary measures"),
        S("Recep Tayyip Erdoğan", "Biden voiced support for Turkey's F-16 request", "2022-06-29", "context",
          "held talks with Biden"),
    ],
    actors=["NATO", "Russia", "Ukraine", "Recep Tayyip Erdoğan", "Turkey", "Jens Stoltenberg", "Joe Biden",
            "United States", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Dmitry Peskov"],
)

# ---------------------------------------------------------------- b7en03
EN03 = dict(
    id="b7en03_malta_peace_formula_2023_10",
    lang="en",
    published="2023-10-29",
    body="""
Dozens of countries discuss Ukraine's peace plan in Malta as Russia scoffs

VALLETTA, Oct 29 (Reuters) - Senior officials from 66 countries wrapped up two days of closed-door talks in Malta on Sunday on Ukraine's proposals for ending the war, a gathering Kyiv hailed as proof that international backing for its terms was holding despite the conflict in the Middle East.
Andriy Yermak, the head of Zelenskiy's office, who co-chaired the meeting with Maltese officials, said participants had agreed to work towards a summit of leaders in the coming months to endorse the plan.
"More and more countries are joining, and this is the best answer to those who say the world is tired of Ukraine," Yermak told reporters.

President Volodymyr Zelenskiy addressed the participants by video on Saturday, urging them to focus on nuclear safety, food security and the release of prisoners and deported children, which make up the first points of his 10-point formula.
Turkey and Saudi Arabia were among the countries represented, but China, which had sent its special envoy to a similar gathering in Jeddah in August, stayed away this time, according to two diplomatic sources.
Neither Beijing nor the organisers gave a reason.

Russia, which was not invited, dismissed the exercise.
Kremlin spokesman Dmitry Peskov said on Friday that such meetings were "absolutely doomed" without Moscow's participation and that there was no basis for negotiations with the current leadership in Kyiv.
Foreign Ministry spokeswoman Maria Zakharova called the gathering an "anti-Russian" event aimed at prolonging the fighting.

On the battlefield, Russian forces kept up their assault on the eastern town of Avdiivka, where Ukraine's military said it had repelled more than 20 attacks over the past day.
The offensive, launched in mid-October, is the largest Russian push in months, and Ukrainian officials say Moscow has lost thousands of men and hundreds of armoured vehicles around the town.
Kyiv's partners have been at pains to stress that the war in Gaza will not divert weapons from Ukraine, a concern Zelenskiy raised again in his nightly address on Saturday.
""",
    timexes=[
        T("Oct 29", "DATE", "2023-10-29"),
        T("two days", "DURATION", "P2D"),
        T("Sunday", "DATE", "2023-10-29"),
        T("the coming months", "DATE", "FUTURE_REF"),
        T("Saturday", "DATE", "2023-10-28"),
        T("August", "DATE", "2023-08"),
        T("Friday", "DATE", "2023-10-27"),
        T("the past day", "DURATION", "P1D"),
        T("mid-October", "DATE", "2023-10", mod="MID"),
        T("months", "DURATION", "PXM", n=1),
        T("nightly", "SET", "P1D"),
        T("Saturday", "DATE", "2023-10-28", n=1),
    ],
    events=[
        E("Two days of talks on Ukraine's peace formula in Malta", "CONSULT", ["Ukraine", "Turkey", "Saudi Arabia"],
          "2023-10-29", "text", "occurred", "wrapped up two days", note="held on 28-29 October"),
        E("Participants agree to work towards a leaders' summit to endorse the plan", "AGREE", ["Ukraine"],
          "2023-10-29", "context", "occurred", "work towards a summit of leaders"),
        E("Leaders' summit on the peace formula", "CONSULT", ["Ukraine"], "FUTURE_REF", "vague", "planned",
          "work towards a summit of leaders"),
        E("Zelensky urges the participants to focus on nuclear safety, food security and prisoners", "REQUEST",
          ["Volodymyr Zelensky"], "2023-10-28", "text", "occurred", "addressed the participants by video"),
        E("Jeddah meeting on Ukraine attended by China's envoy", "CONSULT", ["China", "Saudi Arabia", "Ukraine"],
          "2023-08", "text", "occurred", "similar gathering in Jeddah"),
        E("China stays away from the Malta talks", "REJECT", ["China"], "2023-10-29", "published", "occurred",
          "stayed away this time"),
        E("Peskov dismisses the meeting and rules out negotiations with Kyiv's leadership", "REJECT",
          ["Dmitry Peskov", "Ukraine"], "2023-10-27", "text", "occurred", "absolutely doomed"),
        E("Zakharova denounces the gathering as anti-Russian", "ACCUSE", ["Maria Zakharova", "Ukraine"], "2023-10-29",
          "published", "occurred", "anti-Russian"),
        E("Russian offensive on Avdiivka", "ASSAULT", ["Russia", "Ukraine"], "2023-10", "text", "occurred",
          "The offensive, launched in mid-October", date_mod="MID"),
    ],
    statements=[
        S("Ukraine", "The meeting proves international backing for Ukraine's terms holds", "2023-10-29", "context",
          "wrapped up two days"),
        S("Andriy Yermak", "Participants agreed to work towards a leaders' summit", "2023-10-29", "context",
          "work towards a summit of leaders"),
        S("Andriy Yermak", "More countries are joining; the world is not tired of Ukraine", "2023-10-29", "context",
          "the best answer"),
        S("Volodymyr Zelensky", "Focus on nuclear safety, food security and the release of prisoners and children",
          "2023-10-28", "text", "addressed the participants by video"),
        S("Dmitry Peskov", "Such meetings are doomed without Russia; no basis for talks with Kyiv's leadership",
          "2023-10-27", "text", "absolutely doomed"),
        S("Maria Zakharova", "The gathering is an anti-Russian event aimed at prolonging the fighting", "2023-10-29",
          "published", "anti-Russian"),
        S("Ukraine", "Repelled more than 20 attacks near Avdiivka over the past day", "2023-10-29", "published",
          "repelled more than 20 attacks"),
        S("Ukraine", "Russia has lost thousands of men and hundreds of vehicles around Avdiivka", "2023-10-29",
          "published", "Ukrainian officials say"),
        S("Volodymyr Zelensky", "The war in Gaza must not divert weapons from Ukraine", "2023-10-28", "text",
          "a concern Zelenskiy raised again"),
    ],
    actors=["Ukraine", "Russia", "Andriy Yermak", "Volodymyr Zelensky", "Turkey", "Saudi Arabia", "China",
            "Kremlin", "Dmitry Peskov", "Maria Zakharova"],
)

# ---------------------------------------------------------------- b7en04
EN04 = dict(
    id="b7en04_trump_putin_call_airbase_strikes_2025_06",
    lang="en",
    published="2025-06-05",
    body="""
Putin tells Trump he must retaliate for Ukraine's drone strikes on bombers

WASHINGTON (AP) — Russian President Vladimir Putin told Donald Trump in a phone call on Wednesday that Moscow would hit back for Ukraine's weekend drone attack on Russian air bases, the U.S. president said, cautioning that the conversation would not bring about a quick peace.
"It was a good conversation, but not a conversation that will lead to immediate Peace," Trump wrote on his social media platform after the call, which he said lasted about an hour and 15 minutes.
Putin "did say, and very strongly, that he will have to respond to the recent attack on the airfields," Trump wrote.

Kremlin aide Yuri Ushakov told reporters in Moscow that the leaders had also discussed Iran's nuclear program, and that Putin had accused Kyiv of pursuing "state terrorism" by targeting civilian infrastructure and strategic aviation.
Ushakov said the two presidents agreed to stay in touch and that Trump had not raised the prospect of new sanctions.

The Sunday operation, which Ukraine's SBU security service said had taken a year and a half to prepare, used drones smuggled into Russia on trucks to strike long-range bombers at four bases, including one in Siberia.
Kyiv said 41 aircraft were damaged or destroyed, while Russia's defense ministry acknowledged only that several planes had caught fire.

The call came after Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks that lasted barely an hour.
The sides agreed to exchange all severely wounded and seriously ill prisoners as well as those aged 18 to 25, and to hand back the bodies of 6,000 fallen soldiers each, but made no headway toward a ceasefire.
Russia's delegation, led by presidential aide Vladimir Medinsky, handed over a memorandum demanding that Ukraine withdraw from four regions Moscow claims and abandon its bid to join NATO.

Zelenskyy dismissed the document as "an ultimatum" and said on Thursday that Putin's threats showed Moscow had no interest in peace.
He urged Washington to approve the sanctions bill drafted by Republican Sen. Lindsey Graham, which has the backing of more than 80 senators.
The White House said Trump would decide on further steps "in the coming weeks," without elaborating.
""",
    timexes=[
        T("Wednesday", "DATE", "2025-06-04"),
        T("weekend", "DATE", "2025-W22-WE"),
        T("about an hour and 15 minutes", "DURATION", "PT1H15M", mod="APPROX"),
        T("recent", "DATE", "PAST_REF"),
        T("Sunday", "DATE", "2025-06-01"),
        T("a year and a half", "DURATION", "P18M"),
        T("Monday", "DATE", "2025-06-02"),
        T("barely an hour", "DURATION", "PT1H", mod="APPROX"),
        T("Thursday", "DATE", "2025-06-05"),
        T("the coming weeks", "DATE", "FUTURE_REF"),
    ],
    events=[
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-06-04", "text", "occurred",
          "in a phone call on Wednesday"),
        E("Putin tells Trump Russia will retaliate for the airfield attack", "THREATEN", ["Vladimir Putin", "Ukraine"],
          "2025-06-04", "text", "occurred", "in a phone call on Wednesday"),
        E("Putin accuses Kyiv of state terrorism", "ACCUSE", ["Vladimir Putin", "Ukraine"], "2025-06-04", "context",
          "occurred", "state terrorism"),
        E("Trump and Putin agree to stay in touch", "AGREE", ["Donald Trump", "Vladimir Putin"], "2025-06-04",
          "context", "occurred", "agreed to stay in touch"),
        E("Ukrainian drone attack on Russian bomber bases", "ASSAULT", ["Ukraine", "Russia"], "2025-06-01", "text",
          "occurred", "The Sunday operation"),
        E("Second round of direct Russia–Ukraine talks in Istanbul", "CONSULT", ["Russia", "Ukraine"], "2025-06-02",
          "text", "occurred", "met in Istanbul on Monday"),
        E("Agreement to exchange wounded and young prisoners and return 6,000 bodies each", "AGREE",
          ["Russia", "Ukraine"], "2025-06-02", "context", "occurred", "The sides agreed to exchange"),
        E("No progress towards a ceasefire in Istanbul", "REJECT", ["Russia", "Ukraine"], "2025-06-02", "context",
          "occurred", "The sides agreed to exchange"),
        E("Russian memorandum demands Ukraine withdraw from four regions and drop its NATO bid", "REQUEST",
          ["Vladimir Medinsky", "Russia", "Ukraine"], "2025-06-02", "context", "occurred", "handed over a memorandum"),
        E("Zelensky dismisses the Russian memorandum as an ultimatum", "REJECT", ["Volodymyr Zelensky", "Russia"],
          "2025-06-05", "text", "occurred", "dismissed the document"),
        E("Zelensky urges Washington to approve the Graham sanctions bill", "REQUEST",
          ["Volodymyr Zelensky", "United States"], "2025-06-05", "context", "occurred", "He urged Washington"),
    ],
    statements=[
        S("Vladimir Putin, via Donald Trump", "Moscow will respond to the weekend attack on its air bases",
          "2025-06-04", "text", "in a phone call on Wednesday"),
        S("Donald Trump", "A good conversation but not one that will lead to immediate peace", "2025-06-04", "context",
          "It was a good conversation"),
        S("Vladimir Putin, via Donald Trump", "He will have to respond to the attack on the airfields", "2025-06-04",
          "context", "did say, and very strongly"),
        S("Yuri Ushakov", "The leaders also discussed Iran's nuclear programme", "2025-06-04", "context",
          "state terrorism"),
        S("Vladimir Putin, via Yuri Ushakov", "Kyiv pursues state terrorism", "2025-06-04", "context",
          "state terrorism"),
        S("Yuri Ushakov", "The presidents agreed to stay in touch; Trump did not raise new sanctions", "2025-06-04",
          "context", "agreed to stay in touch"),
        S("Ukraine", "The operation took a year and a half to prepare", "2025-06-05", "published",
          "The Sunday operation"),
        S("Ukraine", "41 aircraft were damaged or destroyed", "2025-06-05", "published", "41 aircraft"),
        S("Russia", "Several planes caught fire", "2025-06-05", "published", "41 aircraft"),
        S("Volodymyr Zelensky", "The memorandum is an ultimatum; Putin's threats show Moscow wants no peace",
          "2025-06-05", "text", "dismissed the document"),
        S("Volodymyr Zelensky", "Washington should approve the Graham sanctions bill", "2025-06-05", "context",
          "He urged Washington"),
        S("White House", "Trump will decide on further steps in the coming weeks", "2025-06-05", "published",
          "further steps"),
    ],
    actors=["Vladimir Putin", "Donald Trump", "Russia", "Ukraine", "United States", "Kremlin", "Yuri Ushakov",
            "Vladimir Medinsky", "Volodymyr Zelensky", "NATO", "White House"],
)

# ---------------------------------------------------------------- b7en05
EN05 = dict(
    id="b7en05_munich_security_conference_2026_02",
    lang="en",
    published="2026-02-15",
    body="""
Rubio says Ukraine deal within reach as Zelenskiy warns Europe against leaving talks to others

MUNICH, Feb 15 (Reuters) - U.S. Secretary of State Marco Rubio said on Saturday that an agreement to end the war in Ukraine was closer than at any point in the past four years, but cautioned European allies at the Munich Security Conference that Washington would not keep negotiating indefinitely.
"We are not going to be in this forever," Rubio told the gathering of security officials and lawmakers, adding that the next round of talks between U.S., Russian and Ukrainian negotiators could take place later this month.

Rubio met Zelenskiy on the sidelines on Saturday for what a State Department spokesperson described as a "productive" discussion of security guarantees and reconstruction financing.
Zelenskiy, in a speech earlier in the day, urged European governments not to leave the negotiating table to Washington and Moscow and to keep sanctions in place until a "real, not paper" ceasefire was holding.
He said Russia had fired more than 1,200 drones and some 50 missiles at Ukraine's power grid this week alone, leaving parts of Kyiv without heating in sub-zero temperatures.

German Chancellor Friedrich Merz, who opened the conference on Friday, said Europe would not accept a settlement "over our heads" and pledged that Germany would maintain its military support at current levels through 2027.
NATO Secretary-General Mark Rutte told reporters any deal must be underpinned by "credible" guarantees, and that countries ready to send reassurance forces could move quickly once a ceasefire was in place.
EU foreign policy chief Kaja Kallas said the bloc was preparing a 20th package of sanctions and renewed her call for Europe to have a seat at the table.

Kremlin spokesman Dmitry Peskov said on Sunday that Moscow was ready for another round with the Americans and Ukrainians, but that Russia's position on territory was "well known and unchanged."
Foreign Minister Sergei Lavrov accused European governments of trying to "sabotage" the U.S.-led process by pushing for troop deployments after a truce.
Overnight, Russian drones struck energy facilities in the Odesa and Dnipropetrovsk regions, Ukraine's energy ministry said.
""",
    timexes=[
        T("Feb 15", "DATE", "2026-02-15"),
        T("Saturday", "DATE", "2026-02-14"),
        T("the past four years", "DURATION", "P4Y"),
        T("later this month", "DATE", "2026-02"),
        T("Saturday", "DATE", "2026-02-14", n=1),
        T("this week", "DATE", "2026-W07"),
        T("Friday", "DATE", "2026-02-13"),
        T("2027", "DATE", "2027"),
        T("Sunday", "DATE", "2026-02-15"),
        T("Overnight", "TIME", "2026-02-14TNI"),
    ],
    events=[
        E("Rubio warns that Washington will not keep negotiating indefinitely", "THREATEN",
          ["Marco Rubio", "United States"], "2026-02-14", "text", "occurred", "not keep negotiating indefinitely"),
        E("Next round of US–Russia–Ukraine talks", "CONSULT", ["United States", "Russia", "Ukraine"], "2026-02",
          "text", "uncertain", "later this month"),
        E("Rubio meets Zelensky on the sidelines of the Munich conference", "CONSULT",
          ["Marco Rubio", "Volodymyr Zelensky"], "2026-02-14", "text", "occurred", "Rubio met Zelenskiy"),
        E("Zelensky urges Europeans to stay at the table and keep sanctions until a real ceasefire", "REQUEST",
          ["Volodymyr Zelensky"], "2026-02-14", "context", "occurred", "real, not paper"),
        E("Russian drone and missile strikes on Ukraine's power grid this week", "ASSAULT", ["Russia", "Ukraine"],
          "2026-W07", "text", "occurred", "more than 1,200 drones"),
        E("Merz rejects a settlement over Europe's heads", "REJECT", ["Friedrich Merz"], "2026-02-13", "text",
          "occurred", "over our heads"),
        E("Merz pledges to maintain German military support through 2027", "AID", ["Friedrich Merz", "Germany",
          "Ukraine"], "2026-02-13", "text", "planned", "over our heads", note="support through 2027"),
        E("Rutte demands credible guarantees for any deal", "REQUEST", ["Mark Rutte", "NATO"], "2026-02-15",
          "published", "occurred", "credible"),
        E("EU prepares a 20th sanctions package", "SANCTION", ["European Union", "Russia"], "2026-02-15",
          "published", "planned", "20th package"),
        E("Kallas calls for Europe to have a seat at the table", "REQUEST", ["Kaja Kallas", "European Union"],
          "2026-02-15", "published", "occurred", "20th package"),
        E("Peskov says Russia's territorial position is unchanged", "REJECT", ["Dmitry Peskov", "Russia"],
          "2026-02-15", "text", "occurred", "well known and unchanged"),
        E("Lavrov accuses Europeans of sabotaging the US-led process", "ACCUSE", ["Sergey Lavrov"], "2026-02-15",
          "published", "occurred", "sabotage"),
        E("Overnight Russian drone strikes on energy facilities", "ASSAULT", ["Russia", "Ukraine"], "2026-02-14TNI",
          "text", "occurred", "Overnight, Russian drones"),
    ],
    statements=[
        S("Marco Rubio", "A deal is closer than at any point in four years, but Washington will not negotiate forever",
          "2026-02-14", "text", "not keep negotiating indefinitely"),
        S("Marco Rubio", "The next trilateral round could take place later this month", "2026-02-14", "context",
          "later this month"),
        S("United States", "The Rubio–Zelensky discussion was productive", "2026-02-14", "context",
          "Rubio met Zelenskiy"),
        S("Volodymyr Zelensky", "Europe must not leave the table to others and must keep sanctions", "2026-02-14",
          "context", "real, not paper"),
        S("Volodymyr Zelensky", "Russia fired over 1,200 drones and 50 missiles at the grid this week", "2026-02-14",
          "context", "more than 1,200 drones"),
        S("Friedrich Merz", "No settlement over Europe's heads; German support stays at current levels through 2027",
          "2026-02-13", "text", "over our heads"),
        S("Mark Rutte", "Any deal needs credible guarantees; reassurance forces could move quickly", "2026-02-15",
          "published", "credible"),
        S("Kaja Kallas", "The EU is preparing a 20th sanctions package; Europe needs a seat at the table",
          "2026-02-15", "published", "20th package"),
        S("Dmitry Peskov", "Ready for another round; territorial position unchanged", "2026-02-15", "text",
          "well known and unchanged"),
        S("Sergey Lavrov", "Europeans try to sabotage the US-led process", "2026-02-15", "published", "sabotage"),
        S("Ukraine", "Russian drones struck energy facilities overnight", "2026-02-15", "published",
          "Overnight, Russian drones"),
    ],
    actors=["Marco Rubio", "United States", "Ukraine", "Russia", "Volodymyr Zelensky", "Friedrich Merz", "Germany",
            "NATO", "Mark Rutte", "European Union", "Kaja Kallas", "Kremlin", "Dmitry Peskov", "Sergey Lavrov"],
)

# ---------------------------------------------------------------- b7en06
EN06 = dict(
    id="b7en06_trump_tariff_threat_russia_2025_01",
    lang="en",
    published="2025-01-23",
    body="""
Trump threatens Russia with tariffs and sanctions unless Putin ends war

WASHINGTON, Jan 23 (Reuters) - U.S. President Donald Trump threatened on Wednesday to impose high taxes, tariffs and further sanctions on Russia unless it agreed to end the war in Ukraine, ratcheting up pressure on Moscow just days into his second term.
"Settle now, and STOP this ridiculous War! IT'S ONLY GOING TO GET WORSE," Trump wrote on his Truth Social platform, adding that he was doing Russia and its president, Vladimir Putin, a "very big FAVOR."
"We can do it the easy way, or the hard way - and the easy way is always better," he wrote.

The Kremlin responded coolly on Thursday.
Spokesman Dmitry Peskov told reporters he saw "no particularly new elements" in the post and that Putin remained open to a dialogue with Trump based on "mutual respect."
Moscow was waiting for signals from Washington about a possible conversation between the two leaders, he said, adding that no preparations had begun.

Trump had said on Tuesday that Putin was "destroying Russia" by refusing to make a deal and that he would probably speak with him very soon.
He has tasked retired Lieutenant General Keith Kellogg, his envoy for Ukraine and Russia, with securing an end to the fighting within 100 days, according to two people familiar with the matter.

Ukrainian President Volodymyr Zelenskiy, speaking at the World Economic Forum in Davos on Tuesday, said any ceasefire would have to be secured by at least 200,000 European peacekeepers and urged Europe to stop waiting for Washington to decide its future.
His foreign minister, Andrii Sybiha, welcomed Trump's post, writing on X that "peace through strength" was the only way to halt Russian aggression.

The European Union is expected to roll over its economic sanctions against Russia before they expire on Jan. 31, although Hungarian Prime Minister Viktor Orban threatened again this week to block the extension unless Kyiv resumed gas transit to central Europe.
Russia's economy, strained by soaring military spending and interest rates of 21%, has so far weathered nearly three years of Western restrictions.
""",
    timexes=[
        T("Jan 23", "DATE", "2025-01-23"),
        T("Wednesday", "DATE", "2025-01-22"),
        T("now", "DATE", "PRESENT_REF"),
        T("Thursday", "DATE", "2025-01-23"),
        T("Tuesday", "DATE", "2025-01-21"),
        T("very soon", "DATE", "FUTURE_REF"),
        T("100 days", "DURATION", "P100D"),
        T("Tuesday", "DATE", "2025-01-21", n=1),
        T("Jan. 31", "DATE", "2025-01-31"),
        T("this week", "DATE", "2025-W04"),
        T("nearly three years", "DURATION", "P3Y", mod="APPROX"),
    ],
    events=[
        E("Trump threatens Russia with taxes, tariffs and sanctions unless it ends the war", "THREATEN",
          ["Donald Trump", "Russia"], "2025-01-22", "text", "occurred", "threatened on Wednesday"),
        E("Possible Trump–Putin conversation", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF", "vague",
          "uncertain", "very soon"),
        E("Trump accuses Putin of destroying Russia by refusing a deal", "ACCUSE", ["Donald Trump", "Vladimir Putin"],
          "2025-01-21", "text", "occurred", "destroying Russia"),
        E("Zelensky calls for at least 200,000 European peacekeepers", "REQUEST", ["Volodymyr Zelensky"],
          "2025-01-21", "text", "occurred", "200,000 European peacekeepers"),
        E("Sybiha welcomes Trump's post", "SUPPORT", ["Andrii Sybiha", "Donald Trump"], "2025-01-23", "published",
          "occurred", "peace through strength"),
        E("EU expected to roll over its economic sanctions against Russia", "SANCTION", ["European Union", "Russia"],
          "2025-01-31", "context", "planned", "roll over its economic sanctions",
          note="renewal due before the sanctions expire on 31 Jan"),
        E("Orbán threatens to block the sanctions extension", "THREATEN", ["Viktor Orbán", "European Union"],
          "2025-W04", "text", "occurred", "roll over its economic sanctions"),
        E("Orbán demands that Kyiv resume gas transit", "REQUEST", ["Viktor Orbán", "Ukraine"], "2025-W04",
          "context", "occurred", "roll over its economic sanctions"),
    ],
    statements=[
        S("Donald Trump", "Settle now and stop the war; it will only get worse", "2025-01-22", "context",
          "Settle now"),
        S("Donald Trump", "The easy way is always better", "2025-01-22", "context", "the easy way"),
        S("Dmitry Peskov", "No particularly new elements in the post", "2025-01-23", "context",
          "no particularly new elements"),
        S("Vladimir Putin, via Dmitry Peskov", "Putin remains open to dialogue with Trump based on mutual respect",
          "2025-01-23", "context", "no particularly new elements"),
        S("Dmitry Peskov", "Moscow awaits signals about a call; no preparations have begun", "2025-01-23", "context",
          "waiting for signals"),
        S("Donald Trump", "Putin is destroying Russia; will probably speak with him very soon", "2025-01-21", "text",
          "destroying Russia"),
        S("Volodymyr Zelensky", "A ceasefire needs at least 200,000 European peacekeepers; Europe must not wait",
          "2025-01-21", "text", "200,000 European peacekeepers"),
        S("Andrii Sybiha", "Peace through strength is the only way to halt Russian aggression", "2025-01-23",
          "published", "peace through strength"),
    ],
    actors=["Donald Trump", "United States", "Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Dmitry Peskov",
            "Keith Kellogg", "Volodymyr Zelensky", "Andrii Sybiha", "European Union", "Viktor Orbán"],
)

DOCS = [EN01, EN02, EN03, EN04, EN05, EN06]
