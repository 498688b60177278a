"""English articles of the blind48 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b48en01 (Al Arabiya English)
EN01 = """
Saudi crown prince's mediation frees 10 foreigners as Moscow and Kyiv swap hundreds of prisoners

RIYADH: Ten foreign nationals captured while fighting for Ukraine were flown from Russia to Riyadh on Wednesday after a mediation effort led by Crown Prince Mohammed bin Salman, the Saudi Ministry of Foreign Affairs said.
The group of five Britons, two Americans, a Swede, a Croatian and a Moroccan was released as part of a wider exchange between Russia and Ukraine, the ministry said in a statement carried by the Saudi Press Agency (SPA).

Foreign Minister Prince Faisal bin Farhan told Al Arabiya that the Crown Prince had been in contact with President Vladimir Putin and President Volodymyr Zelensky on the file since April.
The Kingdom's efforts reflected its commitment to humanitarian initiatives and its balanced position on the crisis, he said.

In a far larger swap completed the same day, Ukraine recovered 215 of its fighters, among them 108 members of the Azov regiment who had defended the Azovstal steel plant in Mariupol, in return for 55 Russian and pro-Russian prisoners and Viktor Medvedchuk, a Ukrainian opposition politician close to Putin.
Five Azovstal commanders were taken to Turkey, where they are to remain until the end of the war under the protection of President Recep Tayyip Erdogan, Zelensky said in his nightly address on Wednesday.
He thanked Erdogan and the Crown Prince for their help, calling the exchange "a victory for our country."

Russia's Defense Ministry said on Thursday that the 55 servicemen had been flown to Moscow for medical treatment.
Kremlin spokesman Dmitry Peskov declined to say whether Putin had personally approved the release of Medvedchuk, who had been detained by Ukraine's security service in April.

The releases came only hours after Putin announced a partial mobilization of reservists in a televised address on Wednesday morning and warned that Russia would use "all the means at our disposal" to defend its territory.
Zelensky said in his address that Kyiv would not be intimidated and that the mobilization showed Russia's war was going badly.

British Prime Minister Liz Truss called the return of the Britons "hugely welcome news", while US Secretary of State Antony Blinken thanked Saudi Arabia and Ukraine for securing the release of the two Americans.
Ukraine's human rights commissioner Dmytro Lubinets said further exchanges were being prepared.

Saudi Arabia has positioned itself as a possible go-between since the start of the war, keeping channels open to both Moscow and Kyiv while coordinating oil output with Russia within the OPEC+ alliance.
"""

# ---------------------------------------------------------------- b48en02 (The Sydney Morning Herald)
EN02 = """
Easter truce ends as Moscow and Kyiv trade accusations over thousands of violations

Kyiv: A 30-hour Easter truce declared by Russian President Vladimir Putin expired at midnight Moscow time on Sunday, with Ukraine saying Russian forces had broken it nearly 3000 times and Moscow accusing Kyiv of more than 4900 violations.
Mr Putin announced the pause on Saturday afternoon at a televised meeting with the chief of the general staff, Valery Gerasimov, ordering all hostilities to stop from 6pm Moscow time "for humanitarian reasons".
He said Russia expected Ukraine to follow its example, but warned that Russian troops must be ready to repel any provocations.

President Volodymyr Zelensky said in his nightly address on Saturday that Russian shelling and assaults had continued along much of the front, and that Ukraine would mirror Russia's actions, answering fire with fire and silence with silence.
On Sunday he proposed extending the truce for 30 days and, failing that, a 30-day halt to long-range drone and missile strikes on civilian infrastructure, saying Moscow had not responded.

Kremlin spokesman Dmitry Peskov told reporters on Sunday there had been no order to extend the ceasefire.
Russia's Defence Ministry said on Monday that its forces had resumed the "special military operation" after midnight and had destroyed several Ukrainian drones over the Kursk region overnight.

Hours before the truce was announced, the two sides exchanged 246 prisoners each through mediation by the United Arab Emirates, and Kyiv received a further 31 wounded soldiers in return for 15 wounded Russians, according to both defence ministries.
Mr Zelensky said the swap showed that humanitarian steps could work even when the guns did not fall silent.

US President Donald Trump, whose envoy Steve Witkoff met Mr Putin in St Petersburg this month, wrote on Sunday that he hoped Russia and Ukraine would make a deal in the coming days.
Secretary of State Marco Rubio warned in Paris on Friday that Washington could walk away from its mediation within days if there was no progress.

In Canberra, Foreign Minister Penny Wong said Australia would judge Russia "by its actions, not its announcements".
Australia has committed more than $1.5 billion in military and humanitarian support to Ukraine since the invasion in February 2022.
Ukrainian community groups held Easter services in Sydney and Melbourne on Sunday, where many congregants said they had given up hope of a lasting ceasefire this year.
"""

# ---------------------------------------------------------------- b48en03 (UNIAN)
EN03 = """
Ukraine brings 115 defenders home on Independence Day as Moscow gets back Kursk conscripts

Ukraine has brought home 115 servicemen from Russian captivity in exchange for 115 Russian soldiers, most of them conscripts captured during the Ukrainian offensive in Russia's Kursk region, President Volodymyr Zelensky said on Saturday, the day Ukraine marks its independence.
"We are bringing our people home," Zelensky wrote on Telegram, thanking the United Arab Emirates for their mediation.

According to the Coordination Headquarters for the Treatment of Prisoners of War, the returned Ukrainians include soldiers of the National Guard, the Navy and the Territorial Defense, as well as 50 defenders of Mariupol and the Azovstal plant, many of whom spent more than two years in captivity.
Russia's Ministry of Defense said the 115 Russian servicemen were in Belarus, where they were receiving psychological and medical help before being flown to Moscow.
The ministry credited the UAE with "humanitarian mediation" in its statement, which did not mention Kursk.
The exchange was the 55th since the start of the full-scale invasion, Ukraine's human rights commissioner Dmytro Lubinets said.

Ukrainian forces crossed into the Kursk region on August 6, the first incursion of foreign troops into Russian territory since World War II, and Kyiv has since captured hundreds of Russian soldiers.
Kremlin aide Yuri Ushakov said this week that talks on a halt to strikes on energy facilities, which were to have been held in Doha with Qatari mediation this month, were "not appropriate" after the incursion.
Russian President Vladimir Putin said on August 12 that there could be no negotiations with those who "indiscriminately strike civilians."

Zelensky, who recorded his Independence Day address in the Sumy region near the Russian border, said Russia was learning what it meant to have the war it started come back to it.
On Friday, Indian Prime Minister Narendra Modi visited Kyiv, the first Indian leader to do so, and urged Russia and Ukraine to "sit together" and find a way out of the war.
Polish President Andrzej Duda, who traveled to Kyiv for the holiday, promised Zelensky that Warsaw would keep supporting Ukraine's path to NATO.

Lubinets said 3,520 Ukrainians had been freed from Russian captivity since February 2022, and called on the International Committee of the Red Cross to gain access to the thousands still held.
The Coordination Headquarters said preparations for the next exchange had already begun.
"""

# ---------------------------------------------------------------- b48en04 (The Christian Science Monitor)
EN04 = """
Same talks, two stories: How Moscow and Kyiv each told the Doha round

Why We Wrote This: Official readouts are written for home audiences as much as for the other side.
Read together, the Russian and Ukrainian accounts of two days in Doha show how far apart the parties remain, even when they agree.

When the Russian and Ukrainian delegations left the Qatari foreign ministry on Wednesday evening after two days of talks, the only text both sides endorsed was a three-paragraph statement issued by their hosts.
It said the delegations had agreed to exchange 600 prisoners of war each in two stages before the end of May and to set up a humanitarian working group that would meet monthly.
Qatar's foreign ministry spokesman, Majed al-Ansari, called the round "a constructive step," and said a further meeting was planned for May.

Everything else depends on whom you read.
Vladimir Medinsky, the Kremlin aide who again led Russia's team, told the state broadcaster Rossiya-1 that Kyiv had "accepted" that territorial questions would be on the agenda of the next round.
Rustem Umerov, who heads Ukraine's delegation, wrote on Telegram an hour later that no such commitment had been made and that the talks had dealt exclusively with humanitarian matters.

President Volodymyr Zelensky went further in his nightly video address on Wednesday.
Ukraine would not trade its land for a pause, he said, accusing Moscow of "negotiating with the cameras instead of at the table."
In Moscow, Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing on Thursday that Kyiv was "misrepresenting" the talks to please its Western sponsors.
Kremlin spokesman Dmitry Peskov, asked about the dispute on Thursday, said President Vladimir Putin had been briefed and was "generally satisfied" with the results.

Such dueling accounts are nothing new.
After the Istanbul talks in 2022, the Russian Defense Ministry announced a drawdown around Kyiv that Ukraine and its allies described as a forced retreat, and in 2025 the two sides argued for days over when bodies of fallen soldiers were to be handed over.
"The readouts are part of the negotiation," said Anna Kessler, a Russia analyst at a Berlin think tank.

In Washington, special envoy Steve Witkoff, who spoke with both delegation heads by phone on Tuesday, called the prisoner deal "real progress" in a post on X.
"""

# ---------------------------------------------------------------- b48en05 (Irish Examiner)
EN05 = """
Zelensky names veteran diplomat Kyslytsya to lead Ukraine's negotiating team

Ukraine's first deputy foreign minister, Serhiy Kyslytsya, will lead Kyiv's delegation when talks with Russia resume in Istanbul later this month, President Volodymyr Zelensky announced in his nightly address on Sunday.
Mr Zelensky said Rustem Umerov, the secretary of the National Security and Defence Council who has headed the team since last year, would remain in charge of the security track and of contacts with Washington.
"We need a diplomat at the table every day, not only on the day of a meeting," Mr Zelensky said.

Mr Kyslytsya, a former ambassador to the United Nations, is known in New York for his sharp exchanges with his Russian counterparts in the Security Council.
Foreign minister Andrii Sybiha said on Monday that his deputy would have "full authority" to agree humanitarian steps and a framework for a ceasefire, but not to discuss any change to Ukraine's borders.

The Kremlin's response was swift.
Spokesman Dmitry Peskov told reporters on Monday that the composition of the Ukrainian team was "Kyiv's internal matter", but that Moscow expected a delegation with a mandate to sign documents rather than to make speeches.
Russia will again be represented by presidential aide Vladimir Medinsky, Mr Peskov said.
Foreign ministry spokeswoman Maria Zakharova wrote on Telegram that Kyiv had sent "a speechwriter to do a soldier's job".

Turkey's foreign ministry confirmed on Monday evening that Istanbul would host the round on June 29 and 30, with foreign minister Hakan Fidan chairing the opening session.
The last round, held in Doha in April, ended with an agreement to exchange 600 prisoners each, of whom 410 have returned home, according to Ukraine's Coordination Headquarters.
Moscow and Kyiv blamed each other for delays in the second stage of that exchange.

Overnight into Monday, Russia attacked Kharkiv and Odesa with more than 100 drones, Ukraine's air force said.
Russia's defence ministry said it had shot down 41 Ukrainian drones over the Belgorod and Kursk regions during the same night.

In Dublin, Tánaiste Simon Harris said Ireland would use its presidency of the Council of the EU, which begins on July 1, to keep "Ukraine's humanitarian agenda", from prisoners to deported children, on the table in Brussels.
"""

# ---------------------------------------------------------------- b48en06 (Toronto Star)
EN06 = """
Moscow claims capture of Kostiantynivka; Kyiv says the fight for the city goes on

KYIV, UKRAINE — Russia's Defence Ministry claimed on Thursday that its troops had taken full control of Kostiantynivka, one of the last large Ukrainian-held cities in the Donetsk region, a claim Ukraine's military dismissed hours later as "a fantasy written for the negotiating table."
The announcement came in a brief statement on the ministry's Telegram channel shortly after 2 p.m. Moscow time, and was followed by footage of soldiers raising a Russian flag over what appeared to be a ruined administrative building.

In a meeting shown on state television, the chief of the general staff, Valery Gerasimov, reported the capture to President Vladimir Putin in the Kremlin.
According to the Kremlin's readout, Putin said the situation on the front was "changing in our favour" and that Kyiv should "draw the appropriate conclusions" before the next round of talks.
The readout did not mention Ukraine's proposal, made last week, for a 30-day ceasefire along the current front line.

Ukraine's General Staff said on Thursday evening that its units continued to hold positions in the city's northern and western districts and that Russian assault groups were being destroyed.
President Volodymyr Zelensky said in his nightly video address that Moscow was lying "to Washington first of all" in order to look stronger than it was.
"They have announced the capture of this city three times since December," he said.

The next round of U.S.-brokered talks between the two sides is expected in early March, and Kremlin spokesman Dmitry Peskov said Friday that the date had not yet been fixed.
U.S. special envoy Steve Witkoff told reporters in Washington that both delegations had confirmed their participation and that the battlefield would "not set the agenda."

Canada's Foreign Affairs Minister Anita Anand called the Russian claim "an attempt to win at the table what Russia has not won on the ground" and announced new sanctions against 14 Russian defence firms.
In Toronto, the Ukrainian Canadian Congress urged Ottawa to speed up the delivery of armoured vehicles promised last year.

The Institute for the Study of War, a Washington-based think tank, said geolocated footage confirmed Russian advances in the east of the city but not full control.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b48en01_saudi_mediation_azovstal_swap_2022_09", "2022-09-22", EN01,
        [
            T("Wednesday", "DATE", "2022-09-21", 0),
            T("April", "DATE", "2022-04", 0),
            T("the same day", "DATE", "2022-09-21"),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2022-09-21", 1),
            T("Thursday", "DATE", "2022-09-22"),
            T("April", "DATE", "2022-04", 1),
            T("Wednesday morning", "TIME", "2022-09-21TMO"),
        ],
        [
            E("Ten foreign nationals released by Russia and flown to Riyadh after Saudi mediation", "CONCEDE",
              ["Russia", "Saudi Arabia"], "2022-09-21", "text", "occurred", "Ten foreign nationals captured"),
            E("The Crown Prince in contact with Putin and Zelensky on the prisoner file since April", "CONSULT",
              ["Saudi Arabia", "Vladimir Putin", "Volodymyr Zelensky"], "2022-04", "text", "occurred",
              "had been in contact with President Vladimir Putin", date_mod="START"),
            E("Russia and Ukraine exchange 215 Ukrainian fighters for 55 prisoners and Medvedchuk", "CONCEDE",
              ["Russia", "Ukraine"], "2022-09-21", "text", "occurred", "In a far larger swap"),
            E("Five Azovstal commanders to stay in Turkey until the end of the war under Erdoğan's protection",
              "AGREE", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-09-21", "context", "occurred",
              "Five Azovstal commanders were taken to Turkey"),
            E("Zelensky thanks Erdoğan and the Crown Prince", "SUPPORT",
              ["Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Saudi Arabia"], "2022-09-21", "context", "occurred",
              "He thanked Erdogan and the Crown Prince"),
            E("Putin announces a partial mobilization of reservists", "MOBILIZE", ["Vladimir Putin", "Russia"],
              "2022-09-21TMO", "text", "occurred", "announced a partial mobilization"),
            E("Putin warns Russia will use all the means at its disposal", "THREATEN", ["Vladimir Putin"],
              "2022-09-21TMO", "text", "occurred", "announced a partial mobilization"),
            E("Blinken thanks Saudi Arabia and Ukraine for the release of two Americans", "SUPPORT",
              ["Antony Blinken", "Saudi Arabia", "Ukraine"], "2022-09-22", "published", "occurred",
              "hugely welcome news"),
            E("Further exchanges being prepared", "CONCEDE", ["Ukraine", "Russia"], "2022-09-22", "published",
              "planned", "further exchanges were being prepared", note="no date given"),
        ],
        [
            S("Saudi Arabia", "Ten foreign nationals were flown from Russia to Riyadh after the Crown Prince's mediation",
              "2022-09-21", "context", "Ten foreign nationals captured"),
            S("Saudi Arabia", "The ten were released as part of a wider Russia–Ukraine exchange", "2022-09-21",
              "context", "was released as part of a wider exchange"),
            S("Saudi Arabia", "Faisal bin Farhan: the Crown Prince has been in contact with Putin and Zelensky on the "
              "file since April", "2022-09-22", "published", "had been in contact with President Vladimir Putin"),
            S("Saudi Arabia", "The efforts reflect the Kingdom's humanitarian commitment and balanced position",
              "2022-09-22", "published", "The Kingdom's efforts reflected"),
            S("Volodymyr Zelensky", "Five Azovstal commanders will stay in Turkey until the end of the war under "
              "Erdoğan's protection", "2022-09-21", "text", "Five Azovstal commanders were taken to Turkey"),
            S("Volodymyr Zelensky", "Thanks Erdoğan and the Crown Prince; the exchange is a victory for Ukraine",
              "2022-09-21", "context", "He thanked Erdogan and the Crown Prince"),
            S("Russia", "Defense ministry: the 55 servicemen were flown to Moscow for treatment", "2022-09-22", "text",
              "the 55 servicemen had been flown to Moscow"),
            S("Vladimir Putin", "Russia will use all the means at its disposal to defend its territory",
              "2022-09-21TMO", "text", "announced a partial mobilization"),
            S("Volodymyr Zelensky", "Kyiv will not be intimidated; the mobilization shows Russia's war is going badly",
              "2022-09-21", "context", "Kyiv would not be intimidated"),
            S("United Kingdom", "Truss: the return of the Britons is hugely welcome news", "2022-09-22", "published",
              "hugely welcome news"),
            S("Antony Blinken", "Thanks Saudi Arabia and Ukraine for securing the Americans' release", "2022-09-22",
              "published", "hugely welcome news"),
            S("Ukraine", "Lubinets: further exchanges are being prepared", "2022-09-22", "published",
              "further exchanges were being prepared"),
        ],
        ["Russia", "Saudi Arabia", "Ukraine", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Kremlin", "Dmitry Peskov", "United Kingdom", "United States", "Antony Blinken"],
    ),
    doc(
        "b48en02_easter_truce_accusations_2025_04", "2025-04-21", EN02,
        [
            T("30-hour", "DURATION", "PT30H"),
            T("midnight Moscow time", "TIME", "2025-04-20T24:00", note="Moscow time, end of Sunday"),
            T("Sunday", "DATE", "2025-04-20", 0),
            T("Saturday afternoon", "TIME", "2025-04-19TAF"),
            T("6pm Moscow time", "TIME", "2025-04-19T18:00", note="Moscow time"),
            T("nightly", "SET", "P1D"),
            T("Saturday", "DATE", "2025-04-19", 1),
            T("Sunday", "DATE", "2025-04-20", 1),
            T("30 days", "DURATION", "P30D"),
            T("30-day", "DURATION", "P30D"),
            T("Sunday", "DATE", "2025-04-20", 2),
            T("Monday", "DATE", "2025-04-21"),
            T("midnight", "TIME", "2025-04-20T24:00", 1, note="Moscow time"),
            T("overnight", "TIME", "2025-04-20TNI"),
            T("this month", "DATE", "2025-04"),
            T("Sunday", "DATE", "2025-04-20", 3),
            T("the coming days", "DATE", "FUTURE_REF"),
            T("Friday", "DATE", "2025-04-18"),
            T("days", "DURATION", "PXD", 2),
            T("February 2022", "DATE", "2022-02"),
            T("Sunday", "DATE", "2025-04-20", 4),
            T("this year", "DATE", "2025"),
        ],
        [
            E("Ukraine accuses Russian forces of breaking the truce nearly 3000 times", "ACCUSE", ["Ukraine", "Russia"],
              "2025-04-20", "context", "occurred", "A 30-hour Easter truce declared"),
            E("Moscow accuses Kyiv of more than 4900 violations", "ACCUSE", ["Russia", "Ukraine"], "2025-04-20",
              "context", "occurred", "A 30-hour Easter truce declared"),
            E("Putin declares an Easter truce from 6pm Moscow time", "RETREAT", ["Russia", "Ukraine"],
              "2025-04-19T18:00", "text", "occurred", "Mr Putin announced the pause"),
            E("Putin expects Ukraine to follow Russia's example", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2025-04-19TAF", "context", "occurred", "He said Russia expected Ukraine"),
            E("Putin warns troops must be ready to repel provocations", "THREATEN", ["Vladimir Putin", "Ukraine"],
              "2025-04-19TAF", "context", "occurred", "He said Russia expected Ukraine"),
            E("Zelensky accuses Russia of continued shelling and assaults", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-04-19", "text", "occurred", "answering fire with fire"),
            E("Zelensky: Ukraine will mirror Russia's actions, silence with silence", "AGREE",
              ["Volodymyr Zelensky", "Russia"], "2025-04-19", "text", "occurred", "answering fire with fire"),
            E("Zelensky proposes extending the truce for 30 days", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2025-04-20", "text", "occurred", "On Sunday he proposed extending"),
            E("Zelensky proposes a 30-day halt to long-range strikes on civilian infrastructure", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2025-04-20", "text", "occurred", "On Sunday he proposed extending"),
            E("Kremlin: no order to extend the ceasefire", "REJECT", ["Dmitry Peskov", "Ukraine"], "2025-04-20",
              "text", "occurred", "there had been no order to extend"),
            E("Russian forces resume the offensive after the truce", "ASSAULT", ["Russia", "Ukraine"], "2025-04-21",
              "context", "occurred", "its forces had resumed the"),
            E("Ukrainian drones over the Kursk region overnight (Russian account)", "ASSAULT", ["Ukraine", "Russia"],
              "2025-04-20TNI", "text", "occurred", "its forces had resumed the"),
            E("Prisoner exchange of 246 for 246 and of wounded soldiers", "CONCEDE", ["Russia", "Ukraine"],
              "2025-04-19", "context", "occurred", "the two sides exchanged 246 prisoners"),
            E("UAE mediation of the exchange", "CONSULT", ["Russia", "Ukraine"], "2025-04-19", "context", "occurred",
              "the two sides exchanged 246 prisoners"),
            E("Witkoff met Putin in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-04", "text",
              "occurred", "whose envoy Steve Witkoff met Mr Putin"),
            E("Rubio warns Washington could walk away from its mediation", "THREATEN",
              ["Marco Rubio", "Russia", "Ukraine"], "2025-04-18", "text", "occurred", "Secretary of State Marco Rubio"),
            E("Russia's invasion of Ukraine in February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text",
              "occurred", "since the invasion in February 2022"),
        ],
        [
            S("Ukraine", "Russian forces broke the truce nearly 3000 times", "2025-04-20", "context",
              "A 30-hour Easter truce declared"),
            S("Russia", "Kyiv committed more than 4900 violations", "2025-04-20", "context",
              "A 30-hour Easter truce declared"),
            S("Vladimir Putin", "Orders all hostilities to stop from 6pm Moscow time for humanitarian reasons",
              "2025-04-19TAF", "text", "Mr Putin announced the pause"),
            S("Vladimir Putin", "Expects Ukraine to follow Russia's example; troops must be ready to repel "
              "provocations", "2025-04-19TAF", "context", "He said Russia expected Ukraine"),
            S("Volodymyr Zelensky", "Russian shelling and assaults continued; Ukraine will mirror Russia's actions",
              "2025-04-19", "text", "answering fire with fire"),
            S("Volodymyr Zelensky", "Proposes a 30-day extension or a 30-day halt to long-range strikes on civilian "
              "infrastructure; Moscow has not responded", "2025-04-20", "text", "On Sunday he proposed extending"),
            S("Dmitry Peskov", "There has been no order to extend the ceasefire", "2025-04-20", "text",
              "there had been no order to extend"),
            S("Russia", "Defence ministry: forces resumed the operation after midnight and destroyed Ukrainian "
              "drones over Kursk", "2025-04-21", "text", "its forces had resumed the"),
            S("Russia", "Defence ministry: 246 prisoners exchanged each, plus wounded", "2025-04-19", "context",
              "the two sides exchanged 246 prisoners"),
            S("Ukraine", "Defence ministry: 246 prisoners exchanged each, plus 31 wounded for 15", "2025-04-19",
              "context", "the two sides exchanged 246 prisoners"),
            S("Volodymyr Zelensky", "The swap shows humanitarian steps can work even without a ceasefire",
              "2025-04-21", "published", "the swap showed that humanitarian steps"),
            S("Donald Trump", "Hopes Russia and Ukraine will make a deal in the coming days", "2025-04-20", "text",
              "whose envoy Steve Witkoff met Mr Putin"),
            S("Marco Rubio", "Washington could walk away from its mediation within days without progress",
              "2025-04-18", "text", "Secretary of State Marco Rubio"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Donald Trump",
         "United States", "Steve Witkoff", "Marco Rubio"],
    ),
    doc(
        "b48en03_independence_day_swap_kursk_2024_08", "2024-08-24", EN03,
        [
            T("Saturday", "DATE", "2024-08-24"),
            T("more than two years", "DURATION", "P2Y", mod="MORE_THAN"),
            T("August 6", "DATE", "2024-08-06"),
            T("this week", "DATE", "2024-W34"),
            T("this month", "DATE", "2024-08"),
            T("August 12", "DATE", "2024-08-12"),
            T("Friday", "DATE", "2024-08-23"),
            T("February 2022", "DATE", "2022-02"),
        ],
        [
            E("Ukraine and Russia exchange 115 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2024-08-24", "text",
              "occurred", "Ukraine has brought home 115 servicemen"),
            E("UAE mediation of the exchange", "CONSULT", ["Russia", "Ukraine"], "2024-08-24", "context", "occurred",
              "We are bringing our people home"),
            E("Ukrainian forces cross into Russia's Kursk region", "ASSAULT", ["Ukraine", "Russia"], "2024-08-06",
              "text", "occurred", "Ukrainian forces crossed into the Kursk region"),
            E("Ushakov: talks on halting strikes on energy facilities not appropriate after the incursion", "REJECT",
              ["Yuri Ushakov", "Ukraine"], "2024-W34", "text", "occurred", "Kremlin aide Yuri Ushakov said"),
            E("Qatar-mediated talks in Doha on a halt to energy strikes called off", "CONSULT",
              ["Russia", "Ukraine", "Qatar"], "2024-08", "text", "cancelled", "Kremlin aide Yuri Ushakov said"),
            E("Putin rules out negotiations with Kyiv", "REJECT", ["Vladimir Putin", "Ukraine"], "2024-08-12", "text",
              "occurred", "there could be no negotiations"),
            E("Putin accuses Kyiv of indiscriminately striking civilians", "ACCUSE", ["Vladimir Putin", "Ukraine"],
              "2024-08-12", "text", "occurred", "there could be no negotiations"),
            E("Modi visits Kyiv", "CONSULT", ["Ukraine"], "2024-08-23", "text", "occurred",
              "Narendra Modi visited Kyiv"),
            E("Modi urges Russia and Ukraine to sit together", "REQUEST", ["Russia", "Ukraine"], "2024-08-23", "text",
              "occurred", "Narendra Modi visited Kyiv"),
            E("Duda visits Kyiv for Independence Day", "CONSULT", ["Poland", "Volodymyr Zelensky"], "2024-08-24",
              "context", "occurred", "Polish President Andrzej Duda"),
            E("Duda promises continued support for Ukraine's path to NATO", "AGREE", ["Poland", "Ukraine", "NATO"],
              "2024-08-24", "context", "occurred", "Polish President Andrzej Duda"),
            E("3,520 Ukrainians freed from Russian captivity since February 2022", "CONCEDE", ["Russia", "Ukraine"],
              "2022-02", "text", "occurred", "3,520 Ukrainians had been freed", date_mod="START"),
            E("Lubinets calls for ICRC access to Ukrainians still held", "REQUEST", ["Ukraine", "Russia"],
              "2024-08-24", "published", "occurred", "3,520 Ukrainians had been freed"),
            E("Preparations for the next exchange", "CONCEDE", ["Russia", "Ukraine"], "2024-08-24", "published",
              "planned", "preparations for the next exchange", note="no date given"),
        ],
        [
            S("Volodymyr Zelensky", "115 servicemen brought home in exchange for 115 Russian soldiers", "2024-08-24",
              "text", "Ukraine has brought home 115 servicemen"),
            S("Volodymyr Zelensky", "We are bringing our people home; thanks to the UAE for mediation", "2024-08-24",
              "context", "We are bringing our people home"),
            S("Ukraine", "Coordination Headquarters: the returned include National Guard, Navy, Territorial Defense "
              "and 50 defenders of Mariupol", "2024-08-24", "context", "According to the Coordination Headquarters"),
            S("Russia", "Defence ministry: the 115 servicemen are in Belarus receiving help before being flown to "
              "Moscow", "2024-08-24", "context", "the 115 Russian servicemen were in Belarus"),
            S("Russia", "Defence ministry credits the UAE with humanitarian mediation", "2024-08-24", "context",
              "The ministry credited the UAE"),
            S("Ukraine", "Lubinets: the 55th exchange since the full-scale invasion", "2024-08-24", "published",
              "The exchange was the 55th"),
            S("Yuri Ushakov", "Talks on a halt to energy strikes are not appropriate after the incursion", "2024-W34",
              "text", "Kremlin aide Yuri Ushakov said"),
            S("Vladimir Putin", "No negotiations with those who indiscriminately strike civilians", "2024-08-12",
              "text", "there could be no negotiations"),
            S("Volodymyr Zelensky", "Russia is learning what it means to have the war it started come back to it",
              "2024-08-24", "published", "recorded his Independence Day address"),
            S("Poland", "Duda: Warsaw will keep supporting Ukraine's path to NATO", "2024-08-24", "context",
              "Polish President Andrzej Duda"),
            S("Ukraine", "Lubinets: 3,520 Ukrainians freed since February 2022; calls for ICRC access", "2024-08-24",
              "published", "3,520 Ukrainians had been freed"),
            S("Ukraine", "Coordination Headquarters: preparations for the next exchange have begun", "2024-08-24",
              "published", "preparations for the next exchange"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Kremlin", "Yuri Ushakov", "Qatar", "Vladimir Putin", "Poland",
         "NATO"],
    ),
    doc(
        "b48en04_doha_round_two_readouts_2026_04", "2026-04-23", EN04,
        [
            T("two days", "DURATION", "P2D", 0),
            T("Wednesday evening", "TIME", "2026-04-22TEV"),
            T("two days", "DURATION", "P2D", 1),
            T("the end of May", "DATE", "2026-05", mod="END"),
            T("monthly", "SET", "P1M"),
            T("May", "DATE", "2026-05", 1),
            T("nightly", "SET", "P1D"),
            T("Wednesday", "DATE", "2026-04-22", 1),
            T("weekly", "SET", "P1W"),
            T("Thursday", "DATE", "2026-04-23", 0),
            T("Thursday", "DATE", "2026-04-23", 1),
            T("2022", "DATE", "2022"),
            T("2025", "DATE", "2025"),
            T("days", "DURATION", "PXD", 2),
            T("Tuesday", "DATE", "2026-04-21"),
        ],
        [
            E("Two days of Russia–Ukraine talks in Doha under Qatari mediation", "CONSULT", ["Russia", "Ukraine", "Qatar"],
              "2026-04-21", "context", "occurred", "When the Russian and Ukrainian delegations left",
              note="21–22 April 2026"),
            E("Agreement to exchange 600 prisoners of war each", "AGREE", ["Russia", "Ukraine"], "2026-04-22",
              "context", "occurred", "It said the delegations had agreed"),
            E("Exchange of 600 prisoners each in two stages before the end of May", "CONCEDE", ["Russia", "Ukraine"],
              "2026-05", "text", "planned", "It said the delegations had agreed", date_mod="END"),
            E("Agreement to set up a humanitarian working group", "AGREE", ["Russia", "Ukraine"], "2026-04-22",
              "context", "occurred", "It said the delegations had agreed"),
            E("Humanitarian working group to meet monthly", "COOPERATE", ["Russia", "Ukraine"], "2026-04-23",
              "published", "planned", "It said the delegations had agreed", note="start not given"),
            E("Further meeting planned for May", "CONSULT", ["Russia", "Ukraine", "Qatar"], "2026-05", "text",
              "planned", "a further meeting was planned for May"),
            E("Kyiv accepted territorial questions for the next round (Medinsky's claim)", "AGREE",
              ["Ukraine", "Russia"], "2026-04-22", "context", "uncertain", "told the state broadcaster Rossiya-1",
              note="claimed by Medinsky, denied by Umerov"),
            E("Umerov denies any commitment on territorial questions", "REJECT", ["Rustem Umerov", "Russia"],
              "2026-04-22", "context", "occurred", "no such commitment had been made"),
            E("Zelensky: Ukraine will not trade its land for a pause", "REJECT", ["Volodymyr Zelensky", "Russia"],
              "2026-04-22", "context", "occurred", "Ukraine would not trade its land"),
            E("Zelensky accuses Moscow of negotiating with the cameras", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2026-04-22", "context", "occurred", "Ukraine would not trade its land"),
            E("Zakharova accuses Kyiv of misrepresenting the talks", "ACCUSE", ["Maria Zakharova", "Ukraine"],
              "2026-04-23", "text", "occurred", "misrepresenting"),
            E("Istanbul talks of 2022", "CONSULT", ["Russia", "Ukraine"], "2022", "text", "occurred",
              "After the Istanbul talks in 2022"),
            E("Russian drawdown around Kyiv in 2022", "RETREAT", ["Russia", "Ukraine"], "2022", "context", "occurred",
              "After the Istanbul talks in 2022"),
            E("Moscow and Kyiv argue over the handover of fallen soldiers' bodies in 2025", "ACCUSE",
              ["Russia", "Ukraine"], "2025", "text", "occurred", "After the Istanbul talks in 2022"),
            E("Witkoff speaks by phone with both delegation heads", "CONSULT",
              ["Steve Witkoff", "Vladimir Medinsky", "Rustem Umerov"], "2026-04-21", "text", "occurred",
              "special envoy Steve Witkoff"),
            E("Witkoff welcomes the prisoner deal as real progress", "SUPPORT", ["Steve Witkoff", "Russia", "Ukraine"],
              "2026-04-23", "published", "occurred", "special envoy Steve Witkoff"),
        ],
        [
            S("Joint statement: Russia, Ukraine, Qatar", "Agreement to exchange 600 prisoners each in two stages before "
              "the end of May and to set up a monthly humanitarian working group", "2026-04-22TEV", "context",
              "It said the delegations had agreed"),
            S("Qatar", "The round was a constructive step; a further meeting is planned for May", "2026-04-22",
              "context", "a further meeting was planned for May"),
            S("Vladimir Medinsky", "Kyiv accepted that territorial questions will be on the agenda of the next round",
              "2026-04-22", "context", "told the state broadcaster Rossiya-1"),
            S("Rustem Umerov", "No such commitment was made; the talks dealt only with humanitarian matters",
              "2026-04-22", "context", "no such commitment had been made"),
            S("Volodymyr Zelensky", "Ukraine will not trade its land for a pause; Moscow negotiates with the cameras",
              "2026-04-22", "context", "Ukraine would not trade its land"),
            S("Maria Zakharova", "Kyiv is misrepresenting the talks to please its Western sponsors", "2026-04-23",
              "text", "misrepresenting"),
            S("Dmitry Peskov", "Putin has been briefed on the results", "2026-04-23", "text",
              "asked about the dispute on Thursday"),
            S("Vladimir Putin, via Dmitry Peskov", "Generally satisfied with the results", "2026-04-23", "text",
              "asked about the dispute on Thursday"),
            S("Steve Witkoff", "The prisoner deal is real progress", "2026-04-23", "published",
              "special envoy Steve Witkoff"),
        ],
        ["Russia", "Ukraine", "Qatar", "Vladimir Medinsky", "Kremlin", "Rustem Umerov", "Volodymyr Zelensky",
         "Maria Zakharova", "Dmitry Peskov", "Vladimir Putin", "Steve Witkoff"],
    ),
    doc(
        "b48en05_kyslytsya_chief_negotiator_2026_06", "2026-06-16", EN05,
        [
            T("this month", "DATE", "2026-06"),
            T("nightly", "SET", "P1D"),
            T("Sunday", "DATE", "2026-06-14"),
            T("last year", "DATE", "2025"),
            T("every day", "SET", "P1D"),
            T("Monday", "DATE", "2026-06-15", 0),
            T("Monday", "DATE", "2026-06-15", 1),
            T("Monday evening", "TIME", "2026-06-15TEV"),
            T("June 29", "DATE", "2026-06-29"),
            T("30", "DATE", "2026-06-30"),
            T("April", "DATE", "2026-04"),
            T("Overnight into Monday", "TIME", "2026-06-14TNI", note="night of 14 to 15 June"),
            T("the same night", "TIME", "2026-06-14TNI"),
            T("July 1", "DATE", "2026-07-01"),
        ],
        [
            E("Sybiha: Kyslytsya will not be mandated to discuss any change to Ukraine's borders", "REJECT",
              ["Andrii Sybiha", "Russia"], "2026-06-15", "text", "occurred", "Foreign minister Andrii Sybiha"),
            E("Peskov: Moscow expects a delegation with a mandate to sign documents", "REQUEST",
              ["Dmitry Peskov", "Ukraine"], "2026-06-15", "text", "occurred", "a mandate to sign documents"),
            E("Zakharova mocks Kyiv's choice of negotiator", "ACCUSE", ["Maria Zakharova", "Ukraine"], "2026-06-16",
              "published", "occurred", "a speechwriter to do a soldier's job"),
            E("Russia–Ukraine talks in Istanbul on 29 and 30 June, opened by Fidan", "CONSULT",
              ["Russia", "Ukraine", "Turkey", "Hakan Fidan", "Vladimir Medinsky"], "2026-06-29", "text", "planned",
              "Istanbul would host the round"),
            E("Previous round held in Doha in April", "CONSULT", ["Russia", "Ukraine"], "2026-04", "text",
              "occurred", "The last round, held in Doha"),
            E("Agreement to exchange 600 prisoners each", "AGREE", ["Russia", "Ukraine"], "2026-04", "context",
              "occurred", "The last round, held in Doha"),
            E("410 Ukrainian prisoners returned under the Doha agreement", "CONCEDE", ["Russia", "Ukraine"], "2026-04",
              "context", "occurred", "The last round, held in Doha", note="date of the returns not given"),
            E("Moscow and Kyiv blame each other for delays in the exchange", "ACCUSE", ["Russia", "Ukraine"],
              "2026-06-16", "published", "occurred", "blamed each other for delays"),
            E("Russian drone attack on Kharkiv and Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-06-14TNI", "text",
              "occurred", "Russia attacked Kharkiv and Odesa"),
            E("Ukrainian drones over the Belgorod and Kursk regions (Russian account)", "ASSAULT", ["Ukraine", "Russia"],
              "2026-06-14TNI", "text", "occurred", "shot down 41 Ukrainian drones"),
        ],
        [
            S("Volodymyr Zelensky", "Kyslytsya will lead the delegation when talks resume in Istanbul", "2026-06-14",
              "text", "will lead Kyiv's delegation"),
            S("Volodymyr Zelensky", "Umerov remains in charge of the security track and contacts with Washington",
              "2026-06-14", "context", "would remain in charge of the security track"),
            S("Volodymyr Zelensky", "We need a diplomat at the table every day", "2026-06-14", "context",
              "We need a diplomat at the table"),
            S("Andrii Sybiha", "Kyslytsya has full authority on humanitarian steps and a ceasefire framework, not on "
              "borders", "2026-06-15", "text", "Foreign minister Andrii Sybiha"),
            S("Kremlin", "Swift response to the appointment", "2026-06-15", "context",
              "The Kremlin's response was swift."),
            S("Dmitry Peskov", "The team's composition is Kyiv's internal matter, but Moscow expects a delegation able "
              "to sign", "2026-06-15", "text", "a mandate to sign documents"),
            S("Dmitry Peskov", "Medinsky will again represent Russia", "2026-06-15", "context",
              "Russia will again be represented"),
            S("Maria Zakharova", "Kyiv sent a speechwriter to do a soldier's job", "2026-06-16", "published",
              "a speechwriter to do a soldier's job"),
            S("Turkey", "Istanbul will host the round on 29 and 30 June, with Fidan chairing the opening",
              "2026-06-15TEV", "text", "Istanbul would host the round"),
            S("Ukraine", "Coordination Headquarters: 410 of the 600 have returned", "2026-06-16", "published",
              "The last round, held in Doha"),
            S("Russia", "Blames Kyiv for delays in the second stage of the exchange", "2026-06-16", "published",
              "blamed each other for delays"),
            S("Ukraine", "Blames Moscow for delays in the second stage of the exchange", "2026-06-16", "published",
              "blamed each other for delays"),
            S("Ukraine", "Air force: Russia attacked Kharkiv and Odesa with more than 100 drones", "2026-06-16",
              "published", "Russia attacked Kharkiv and Odesa"),
            S("Russia", "Defence ministry: 41 Ukrainian drones shot down over Belgorod and Kursk", "2026-06-16",
              "published", "shot down 41 Ukrainian drones"),
        ],
        ["Ukraine", "Russia", "Volodymyr Zelensky", "Rustem Umerov", "United States", "United Nations",
         "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "Vladimir Medinsky", "Maria Zakharova", "Turkey", "Hakan Fidan",
         "European Union"],
    ),
    doc(
        "b48en06_kostiantynivka_claim_denial_2026_02", "2026-02-27", EN06,
        [
            T("Thursday", "DATE", "2026-02-26", 0),
            T("2 p.m. Moscow time", "TIME", "2026-02-26T14:00", note="Moscow time"),
            T("last week", "DATE", "2026-W08"),
            T("30-day", "DURATION", "P30D"),
            T("Thursday evening", "TIME", "2026-02-26TEV"),
            T("nightly", "SET", "P1D"),
            T("December", "DATE", "2025-12"),
            T("early March", "DATE", "2026-03", mod="START"),
            T("Friday", "DATE", "2026-02-27"),
            T("last year", "DATE", "2025"),
        ],
        [
            E("Russia claims the capture of Kostiantynivka", "ASSAULT", ["Russia", "Ukraine"], "2026-02-26",
              "context", "uncertain", "claimed on Thursday that its troops had taken full control",
              note="capture claimed by Moscow, denied by Kyiv"),
            E("Putin: Kyiv should draw the appropriate conclusions before the next round", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2026-02-26", "context", "occurred", "According to the Kremlin's readout"),
            E("Ukraine proposes a 30-day ceasefire along the front line", "REQUEST", ["Ukraine", "Russia"], "2026-W08",
              "text", "occurred", "Ukraine's proposal, made last week"),
            E("Ukraine's General Staff denies the capture", "REJECT", ["Ukraine", "Russia"], "2026-02-26TEV", "text",
              "occurred", "General Staff said on Thursday evening"),
            E("Zelensky accuses Moscow of lying to Washington to look stronger", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-02-26", "context", "occurred", "Moscow was lying"),
            E("Next round of US-brokered talks expected in early March", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-03", "text", "planned", "The next round of U.S.-brokered talks", date_mod="START"),
            E("Both delegations confirm their participation in the next round", "AGREE", ["Russia", "Ukraine"],
              "2026-02-27", "published", "occurred", "both delegations had confirmed their participation",
              note="date of the confirmations not given"),
            E("Canada accuses Russia of trying to win at the table what it has not won on the ground", "ACCUSE",
              ["Russia"], "2026-02-27", "published", "occurred", "Anita Anand"),
            E("Canada sanctions 14 Russian defence firms", "SANCTION", ["Russia"], "2026-02-27", "published",
              "occurred", "Anita Anand"),
        ],
        [
            S("Russia", "Defence ministry: troops have taken full control of Kostiantynivka", "2026-02-26", "text",
              "claimed on Thursday that its troops had taken full control"),
            S("Ukraine", "The military dismisses the claim as a fantasy written for the negotiating table",
              "2026-02-26", "context", "claimed on Thursday that its troops had taken full control"),
            S("Russia", "Gerasimov reports the capture of Kostiantynivka to Putin", "2026-02-26", "context",
              "reported the capture to President Vladimir Putin"),
            S("Vladimir Putin, via Kremlin", "The front is changing in Russia's favour; Kyiv should draw the "
              "appropriate conclusions before the next round", "2026-02-26", "context",
              "According to the Kremlin's readout"),
            S("Ukraine", "General Staff: units still hold the northern and western districts; Russian assault groups "
              "are being destroyed", "2026-02-26TEV", "text", "General Staff said on Thursday evening"),
            S("Volodymyr Zelensky", "Moscow lies to Washington first of all to look stronger", "2026-02-26",
              "context", "Moscow was lying"),
            S("Volodymyr Zelensky", "Russia has announced the capture of the city three times since December",
              "2026-02-26", "context", "three times since December"),
            S("Dmitry Peskov", "The date of the next round has not yet been fixed", "2026-02-27", "text",
              "Peskov said Friday"),
            S("Steve Witkoff", "Both delegations have confirmed; the battlefield will not set the agenda",
              "2026-02-27", "published", "both delegations had confirmed their participation"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Kremlin", "Volodymyr Zelensky", "United States", "Dmitry Peskov",
         "Steve Witkoff"],
    ),
]
