"""English articles of the blind71 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b71en01 (SABC News)
EN01 = """
Putin and Zelensky agree to receive African peace mission: Ramaphosa

President Cyril Ramaphosa says Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky have both agreed to receive a delegation of African heads of state seeking a path to end the war in Ukraine.
Ramaphosa was speaking in Cape Town on Tuesday during a joint media briefing with Singapore's Prime Minister Lee Hsien Loong, who is on an official visit to South Africa.

He said he had held separate telephone conversations with the two leaders over the weekend, during which both indicated that they were willing to host the mission in Moscow and in Kyiv.
The delegation will include the leaders of Senegal, Zambia, the Republic of Congo, Uganda and Egypt, and the first meetings could take place as early as mid-June.
"Discussions have begun on the details of the proposed initiative, and I have briefed the UN Secretary-General, António Guterres, as well as the United States and the United Kingdom," Ramaphosa said.

Kremlin spokesperson Dmitry Peskov confirmed on Tuesday that Putin had agreed to receive the African leaders.
Moscow, he added, welcomed "any sincere effort by our African friends" to find a settlement, although the details still had to be worked out.
Ukraine's presidential office confirmed the call but said any peace plan would have to begin with the withdrawal of Russian troops from all Ukrainian territory.
UN spokesperson Stéphane Dujarric said Guterres welcomed "every initiative that can contribute to a just peace."

The announcement follows last Thursday's claim by US Ambassador Reuben Brigety that weapons had been loaded onto the sanctioned Russian cargo ship Lady R at the Simon's Town naval base in December, an allegation the Presidency rejected the following day.
South Africa is also due to host the BRICS summit in Johannesburg in August, and Putin has been invited despite the International Criminal Court warrant issued for his arrest in March.

African countries have been hit hard by rising grain and fertiliser prices since the start of the war.
The Black Sea Grain Initiative, which has allowed Ukrainian grain to reach world markets, is due to expire on Thursday unless Moscow agrees to extend it.
"""

# ---------------------------------------------------------------- b71en02 (The Brazilian Report)
EN02 = """
Lula and Zelensky finally meet in New York, agree to keep channels open

After months of missed connections, President Luiz Inácio Lula da Silva and his Ukrainian counterpart Volodymyr Zelensky sat down together for the first time on Wednesday afternoon, on the sidelines of the United Nations General Assembly in New York.
The meeting, held at the hotel where the Brazilian delegation is staying, lasted about an hour and was attended by Foreign Minister Mauro Vieira and presidential adviser Celso Amorim.

Zelensky described the talks as "honest" and said both sides had instructed their diplomatic teams to continue working on the issues they had discussed.
Lula, writing on social media shortly afterward, spoke of a "good conversation" about "the importance of paths to peace" and of keeping dialogue open between the two countries.
According to Brazil's Foreign Ministry, Zelensky also invited Lula to visit Kyiv — an invitation the Brazilian leader has so far not taken up.

The two presidents had been expected to meet in May at the G7 summit in Hiroshima, but the bilateral never happened, with each side citing scheduling problems.
Asked at the time whether he was disappointed, Zelensky quipped that Lula was the one who must be disappointed.
Lula then raised eyebrows in New Delhi on September 9 by suggesting that Vladimir Putin would not be arrested if he attended next year's G20 summit in Rio de Janeiro, remarks he walked back two days later.

Both leaders addressed the General Assembly on Tuesday.
Lula, who by tradition opened the debate, called for "a negotiated solution" to the war, while Zelensky accused Russia of turning food, energy and even children into weapons.
On Wednesday morning, Zelensky told the Security Council that Russia should be stripped of its veto, in a session attended by Russia's UN ambassador Vassily Nebenzia but not by Foreign Minister Sergey Lavrov.
Vieira is expected to meet Lavrov on Friday.

In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday that Russia had "no objections" to Brazil's contacts with Kyiv and valued Brasília's "independent stance."
Brazil has refused to supply weapons to Ukraine, and in January Lula turned down a German request to sell tank ammunition to Kyiv.
"""

# ---------------------------------------------------------------- b71en03 (NDTV)
EN03 = """
NSA Ajit Doval Meets Putin In St Petersburg, Briefs Him On PM Modi's Ukraine Visit

St Petersburg: National Security Adviser Ajit Doval met Russian President Vladimir Putin in St Petersburg on Thursday and briefed him on Prime Minister Narendra Modi's talks with Ukrainian President Volodymyr Zelensky in Kyiv last month.
"Prime Minister wanted me to personally come and convey to you about his visit to Ukraine," Mr Doval was heard telling the Russian leader at the start of the meeting, in footage released by the Kremlin.

President Putin, in turn, said he hoped to hold a bilateral meeting with PM Modi on the sidelines of the BRICS summit in Kazan next month.
"We are waiting for our friend," Mr Putin said, recalling that the two leaders had last met in Moscow in July.

On Wednesday, Mr Doval held talks with Chinese Foreign Minister Wang Yi on the sidelines of a meeting of BRICS security officials, and the two sides agreed to work with "urgency" to resolve the remaining friction points along the Line of Actual Control.
According to a Chinese readout, Mr Wang also discussed the Ukraine conflict with Mr Doval and said Beijing supported "all efforts conducive to peace".

The meeting comes amid growing talk of a mediating role for India.
Mr Putin said last week at the Eastern Economic Forum in Vladivostok that China, Brazil and India could help mediate between Russia and Ukraine, and Italian Prime Minister Giorgia Meloni echoed the idea on Saturday.
External Affairs Minister S Jaishankar said in Berlin on Tuesday that India had been "advising" both Moscow and Kyiv to talk to each other and was ready to offer counsel if asked.

After returning from Kyiv, PM Modi spoke to Mr Putin by phone on August 27 and to US President Joe Biden a day earlier, briefing both on the visit.
During their meeting in Kyiv, Mr Zelensky had suggested that India could host a second peace summit, an idea New Delhi has not publicly responded to.

Kremlin spokesperson Dmitry Peskov told reporters that Moscow valued New Delhi's "sincere interest" in a settlement but saw no basis for talks as long as Ukrainian troops remained in Russia's Kursk region.
"""

# ---------------------------------------------------------------- b71en04 (Jakarta Globe)
EN04 = """
China's Envoy Li Hui Seeks Indonesian Support for Beijing-Brasília Ukraine Peace Plan

Jakarta. China's special envoy for Eurasian affairs, Li Hui, met senior officials at Indonesia's Foreign Ministry in Jakarta on Tuesday to seek support for a six-point peace proposal that Beijing and Brasília put forward in May.
Jakarta is the last stop on a tour that took Li to Brazil and South Africa last week, the Chinese Embassy said in a statement.

The proposal, issued after talks between Chinese Foreign Minister Wang Yi and Brazilian presidential adviser Celso Amorim, calls for de-escalation, an international peace conference recognized by both Russia and Ukraine, more humanitarian aid and an end to attacks on nuclear power plants.
Li told his hosts that China "neither adds fuel to the fire nor seeks selfish gain" and hoped to build "a broad consensus in the Global South," according to the embassy.

The ministry said in a brief statement that the two sides had "exchanged views" and that Indonesia supported any effort consistent with the UN Charter and respect for territorial integrity.
Ministry spokesperson Lalu Muhamad Iqbal declined to say whether Jakarta would join a "Friends of Peace" group that China and Brazil plan to launch on the sidelines of the UN General Assembly later this month.
Indonesia attended the Ukraine peace summit in Switzerland in June but did not sign its final communique, and President-elect Prabowo Subianto, who takes office on Oct. 20, floated his own plan for a demilitarized zone at the Shangri-La Dialogue in June last year.

Kyiv has so far kept its distance from the Chinese-Brazilian initiative.
Ukrainian Foreign Minister Dmytro Kuleba, who visited China in July, said in Guangzhou at the time that Ukraine was ready for negotiations with Russia "at a certain stage" if Moscow acted in good faith.
Kuleba tendered his resignation on Tuesday as part of a broad government reshuffle, and his first deputy, Andrii Sybiha, is widely expected to succeed him.
Russian Foreign Ministry spokeswoman Maria Zakharova said last week that Moscow appreciated the Chinese-Brazilian proposals because, unlike the Swiss format, they took Russia's position into account.
"""

# ---------------------------------------------------------------- b71en05 (CGTN)
EN05 = """
Chinese envoy Li Hui holds talks with Lavrov in Moscow following Riyadh meeting

Li Hui, special representative of the Chinese government on Eurasian affairs, held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Monday, as China continues to promote dialogue on the Ukraine crisis following a meeting of mediating countries in Riyadh earlier this month.
The two sides had an in-depth exchange of views on the outcome of the Riyadh meeting and on the prospects for a political settlement, according to a statement released by the Chinese Foreign Ministry on Tuesday.

Li said China would always stand on the side of peace and was ready to work with all parties to create conditions for a ceasefire and the resumption of negotiations.
Lavrov said Moscow appreciated Beijing's "objective and impartial position" and took the initiative of the Riyadh group seriously, but stressed that any ceasefire must be part of a settlement that eliminates the "root causes" of the conflict, according to the Russian readout.

Li will travel on to Kyiv later this week and is scheduled to meet Ukrainian Foreign Minister Andrii Sybiha on Thursday, Ukraine's Foreign Ministry confirmed.
Chinese Foreign Minister Wang Yi spoke with Sybiha by phone on Friday, telling him that China supported all efforts conducive to peace, including the work of the Riyadh group.
Sybiha, for his part, urged Beijing to use its influence with Moscow to help bring deported Ukrainian children home, according to the Ukrainian side.

At the Riyadh meeting, hosted by Saudi Foreign Minister Prince Faisal bin Farhan on April 18 and 19, envoys of China, Brazil, India, Indonesia, Saudi Arabia, South Africa and Türkiye formed a contact group for peace.
In a joint statement, the group called for a ceasefire along the current line of contact for the duration of negotiations and offered to set up a humanitarian channel for prisoner exchanges and the return of children.
The group's next meeting is expected to take place in Istanbul in June.

U.S. Secretary of State Marco Rubio said last week that Washington would welcome "any constructive role" China could play in ending the conflict.
China has consistently stressed that dialogue and negotiation are the only viable way out of the crisis, and that the legitimate security concerns of all countries should be taken seriously.
Li has made several trips to Europe since the crisis broke out, including visits to Kyiv, Moscow, Berlin, Paris and Brussels in May 2023 and March 2024.
"""

# ---------------------------------------------------------------- b71en06 (TimesLIVE)
EN06 = """
US envoy Brigety 'apologises unreservedly' as Dirco summons him over Lady R claims

The US ambassador to South Africa, Reuben Brigety, was summoned to the department of international relations and co-operation (Dirco) on Friday morning over his claim that weapons had been loaded onto a Russian cargo ship at the Simon's Town naval base last year.
Dirco said in a statement that Brigety had "admitted that he crossed the line and apologised unreservedly" to the government and the people of South Africa during his meeting with minister Naledi Pandor.
Brigety wrote on Twitter on Friday afternoon that he was grateful for the opportunity to "correct any misimpressions" left by his remarks.

Speaking to journalists in Pretoria on Thursday, Brigety said he would "bet my life" on the accuracy of the claim that arms and ammunition had been loaded onto the Lady R, a vessel under US sanctions, in December.
The rand slid past R19 to the dollar, a record low, after his comments.
The presidency said on Thursday evening that it was "disappointed" that the ambassador had chosen to go public, noting that an independent inquiry led by a retired judge had already been set up.

In Washington, State Department spokesperson Matthew Miller said the US valued its partnership with SA but that the Lady R's visit remained "a serious concern".
President Cyril Ramaphosa also spoke by telephone with Russian President Vladimir Putin on Friday, according to the Kremlin, which said the two leaders had agreed to further intensify their co-operation.
The Russian embassy in Pretoria dismissed the US claims, accusing Washington of trying to "drive a wedge" between SA and Russia.

SA has abstained in several UN General Assembly votes condemning Russia's invasion of Ukraine and insists it is non-aligned.
Last month, a group of US lawmakers urged the Biden administration to reconsider holding the African Growth and Opportunity Act forum in Johannesburg later this year.
Opposition parties in Parliament on Friday demanded that Pandor brief MPs on the affair as soon as possible.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="en", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b71en01_african_peace_mission_agreed_2023_05", "2023-05-16", EN01,
        [
            T("Tuesday", "DATE", "2023-05-16", 0),
            T("the weekend", "DATE", "2023-W19-WE"),
            T("mid-June", "DATE", "2023-06", mod="MID"),
            T("Tuesday", "DATE", "2023-05-16", 1),
            T("last Thursday", "DATE", "2023-05-11"),
            T("December", "DATE", "2022-12"),
            T("the following day", "DATE", "2023-05-12"),
            T("August", "DATE", "2023-08"),
            T("March", "DATE", "2023-03"),
            T("Thursday", "DATE", "2023-05-18", 1),
        ],
        [
            E("Ramaphosa's phone call with Putin", "CONSULT", ["Vladimir Putin"], "2023-W19-WE", "text", "occurred",
              "separate telephone conversations"),
            E("Ramaphosa's phone call with Zelensky", "CONSULT", ["Volodymyr Zelensky"], "2023-W19-WE", "text",
              "occurred", "separate telephone conversations"),
            E("Putin and Zelensky agree to receive the African peace mission", "AGREE",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2023-W19-WE", "context", "occurred",
              "separate telephone conversations"),
            E("African leaders' mission to meet Putin and Zelensky", "CONSULT", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2023-06", "text", "planned", "as early as mid-June", date_mod="MID"),
            E("Ramaphosa briefs Guterres, the United States and the United Kingdom on the initiative", "CONSULT",
              ["António Guterres", "United States", "United Kingdom"], "2023-05-16", "published", "occurred",
              "Discussions have begun"),
            E("Moscow welcomes the African effort", "SUPPORT", ["Dmitry Peskov", "Russia"], "2023-05-16", "context",
              "occurred", "any sincere effort by our African friends"),
            E("Kyiv: any peace plan must begin with the withdrawal of Russian troops", "REQUEST", ["Ukraine", "Russia"],
              "2023-05-16", "published", "occurred", "presidential office confirmed the call"),
            E("Guterres welcomes initiatives for a just peace", "SUPPORT", ["António Guterres"], "2023-05-16",
              "published", "occurred", "Dujarric"),
            E("US ambassador claims weapons were loaded onto the Russian ship Lady R", "ACCUSE", ["United States"],
              "2023-05-11", "text", "occurred", "The announcement follows"),
            E("South African presidency rejects the US allegation", "REJECT", ["United States"], "2023-05-12", "text",
              "occurred", "The announcement follows"),
            E("Putin's possible attendance at the BRICS summit in Johannesburg", "CONSULT", ["Vladimir Putin"],
              "2023-08", "text", "uncertain", "BRICS summit in Johannesburg"),
            E("South Africa invites Putin to the BRICS summit", "REQUEST", ["Vladimir Putin"], "2023-05-16",
              "published", "occurred", "BRICS summit in Johannesburg"),
            E("ICC arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "BRICS summit in Johannesburg"),
            E("Possible extension of the Black Sea Grain Initiative by Moscow", "AGREE", ["Russia"], "2023-05-18",
              "text", "uncertain", "due to expire on Thursday"),
        ],
        [
            S("Vladimir Putin, via Dmitry Peskov", "Putin agreed to receive the African leaders", "2023-05-16", "text",
              "Kremlin spokesperson Dmitry Peskov confirmed"),
            S("Dmitry Peskov", "Moscow welcomes any sincere effort by African friends; details still to be worked out",
              "2023-05-16", "context", "any sincere effort by our African friends"),
            S("Ukraine", "Any peace plan must begin with the withdrawal of Russian troops from all Ukrainian territory",
              "2023-05-16", "published", "presidential office confirmed the call"),
            S("António Guterres, via United Nations", "Welcomes every initiative that can contribute to a just peace",
              "2023-05-16", "published", "Dujarric"),
            S("United States", "Brigety: weapons were loaded onto the Lady R at Simon's Town", "2023-05-11", "text",
              "The announcement follows"),
        ],
        ["Vladimir Putin", "Volodymyr Zelensky", "Russia", "Ukraine", "António Guterres", "United Nations",
         "United States", "United Kingdom", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b71en02_lula_zelensky_new_york_2023_09", "2023-09-21", EN02,
        [
            T("months", "DURATION", "PXM"),
            T("Wednesday afternoon", "TIME", "2023-09-20TAF"),
            T("about an hour", "DURATION", "PT1H", mod="APPROX"),
            T("May", "DATE", "2023-05"),
            T("September 9", "DATE", "2023-09-09"),
            T("next year", "DATE", "2024"),
            T("Tuesday", "DATE", "2023-09-19"),
            T("Wednesday morning", "TIME", "2023-09-20TMO"),
            T("Friday", "DATE", "2023-09-22"),
            T("Thursday", "DATE", "2023-09-21"),
            T("January", "DATE", "2023-01"),
        ],
        [
            E("Lula and Zelensky meet for the first time in New York", "CONSULT", ["Volodymyr Zelensky"],
              "2023-09-20TAF", "text", "occurred", "sat down together for the first time"),
            E("Both sides instruct their diplomatic teams to continue working", "AGREE", ["Volodymyr Zelensky"],
              "2023-09-20", "context", "occurred", "instructed their diplomatic teams"),
            E("Zelensky invites Lula to visit Kyiv", "REQUEST", ["Volodymyr Zelensky"], "2023-09-20", "context",
              "occurred", "invited Lula to visit Kyiv"),
            E("Expected Lula–Zelensky meeting at the G7 summit in Hiroshima does not happen", "CONSULT",
              ["Volodymyr Zelensky"], "2023-05", "text", "cancelled", "had been expected to meet in May"),
            E("Lula calls for a negotiated solution to the war", "REQUEST", ["Russia", "Ukraine"], "2023-09-19",
              "context", "occurred", "called for \"a negotiated solution\""),
            E("Zelensky accuses Russia of turning food, energy and children into weapons", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2023-09-19", "context", "occurred", "called for \"a negotiated solution\""),
            E("Security Council session with Zelensky", "CONSULT", ["United Nations", "Volodymyr Zelensky", "Russia"],
              "2023-09-20TMO", "text", "occurred", "told the Security Council"),
            E("Zelensky demands that Russia be stripped of its veto", "REQUEST",
              ["Volodymyr Zelensky", "United Nations", "Russia"], "2023-09-20TMO", "text", "occurred",
              "told the Security Council"),
            E("Lavrov stays away from the Security Council session", "CONSULT", ["Sergey Lavrov", "United Nations"],
              "2023-09-20TMO", "text", "cancelled", "told the Security Council"),
            E("Vieira to meet Lavrov", "CONSULT", ["Sergey Lavrov"], "2023-09-22", "text", "planned",
              "Vieira is expected to meet Lavrov"),
            E("Peskov: no objections to Brazil's contacts with Kyiv", "SUPPORT", ["Dmitry Peskov"], "2023-09-21",
              "text", "occurred", "no objections"),
            E("Germany asks Brazil to sell tank ammunition for Kyiv", "REQUEST", ["Germany"], "2023-01", "context",
              "occurred", "turned down a German request"),
            E("Lula turns down the German request", "REJECT", ["Germany", "Ukraine"], "2023-01", "text", "occurred",
              "turned down a German request"),
        ],
        [
            S("Volodymyr Zelensky", "The talks were honest; both teams to keep working on the issues discussed",
              "2023-09-20", "context", "instructed their diplomatic teams"),
            S("Volodymyr Zelensky", "Invites Lula to visit Kyiv", "2023-09-20", "context", "invited Lula to visit Kyiv"),
            S("Volodymyr Zelensky", "Lula is the one who must be disappointed", "2023-05", "context",
              "Zelensky quipped"),
            S("Volodymyr Zelensky", "Russia turns food, energy and children into weapons", "2023-09-19", "context",
              "called for \"a negotiated solution\""),
            S("Volodymyr Zelensky", "Russia should be stripped of its veto", "2023-09-20TMO", "text",
              "told the Security Council"),
            S("Dmitry Peskov", "No objections to Brazil's contacts with Kyiv; values Brasília's independent stance",
              "2023-09-21", "text", "no objections"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United Nations", "Vladimir Putin", "Russia", "Sergey Lavrov", "Kremlin",
         "Dmitry Peskov", "Germany"],
    ),
    doc(
        "b71en03_doval_putin_st_petersburg_2024_09", "2024-09-12", EN03,
        [
            T("Thursday", "DATE", "2024-09-12"),
            T("last month", "DATE", "2024-08"),
            T("next month", "DATE", "2024-10"),
            T("July", "DATE", "2024-07"),
            T("Wednesday", "DATE", "2024-09-11"),
            T("last week", "DATE", "2024-W36"),
            T("Saturday", "DATE", "2024-09-07"),
            T("Tuesday", "DATE", "2024-09-10"),
            T("August 27", "DATE", "2024-08-27"),
        ],
        [
            E("Doval meets Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2024-09-12", "text", "occurred",
              "Ajit Doval met Russian President"),
            E("Modi's talks with Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2024-08", "text", "occurred",
              "Ajit Doval met Russian President"),
            E("Putin hopes to meet Modi at the BRICS summit in Kazan", "CONSULT", ["Vladimir Putin"], "2024-10",
              "text", "planned", "hoped to hold a bilateral meeting"),
            E("Putin and Modi last met in Moscow", "CONSULT", ["Vladimir Putin"], "2024-07", "text", "occurred",
              "We are waiting for our friend"),
            E("Doval holds talks with Wang Yi", "CONSULT", ["China"], "2024-09-11", "text", "occurred",
              "held talks with Chinese Foreign Minister Wang Yi"),
            E("India and China agree to work with urgency on the friction points along the LAC", "AGREE", ["China"],
              "2024-09-11", "context", "occurred", "held talks with Chinese Foreign Minister Wang Yi"),
            E("Wang Yi: Beijing supports all efforts conducive to peace", "SUPPORT", ["China"], "2024-09-11", "context",
              "occurred", "According to a Chinese readout"),
            E("Putin names China, Brazil and India as possible mediators", "SUPPORT", ["Vladimir Putin", "China"],
              "2024-W36", "text", "occurred", "Eastern Economic Forum"),
            E("Meloni echoes the idea of a mediating role for China and India", "SUPPORT", ["Giorgia Meloni", "China"],
              "2024-09-07", "text", "occurred", "Eastern Economic Forum"),
            E("India advises Moscow and Kyiv to talk to each other", "REQUEST", ["Russia", "Ukraine"], "2024-09-10",
              "text", "occurred", "Jaishankar said in Berlin"),
            E("Modi–Putin phone call", "CONSULT", ["Vladimir Putin"], "2024-08-27", "text", "occurred",
              "spoke to Mr Putin by phone"),
            E("Modi–Biden phone call", "CONSULT", ["Joe Biden"], "2024-08-26", "context", "occurred",
              "spoke to Mr Putin by phone"),
            E("Zelensky suggests India host a second peace summit", "REQUEST", ["Volodymyr Zelensky"], "2024-08",
              "context", "occurred", "second peace summit"),
            E("Peskov: Moscow values New Delhi's interest in a settlement", "SUPPORT", ["Dmitry Peskov"], "2024-09-12",
              "published", "occurred", "sincere interest"),
            E("Peskov: no basis for talks while Ukrainian troops remain in Kursk region", "REJECT",
              ["Dmitry Peskov", "Ukraine"], "2024-09-12", "published", "occurred", "sincere interest"),
        ],
        [
            S("Vladimir Putin", "Hopes to hold a bilateral meeting with Modi in Kazan", "2024-09-12", "context",
              "hoped to hold a bilateral meeting"),
            S("Vladimir Putin", "We are waiting for our friend", "2024-09-12", "context",
              "We are waiting for our friend"),
            S("China", "Wang Yi: Beijing supports all efforts conducive to peace", "2024-09-11", "context",
              "According to a Chinese readout"),
            S("Vladimir Putin", "China, Brazil and India could help mediate between Russia and Ukraine", "2024-W36",
              "text", "Eastern Economic Forum"),
            S("Giorgia Meloni", "Echoes the idea of mediation by China and India", "2024-09-07", "text",
              "Eastern Economic Forum"),
            S("Volodymyr Zelensky", "India could host a second peace summit", "2024-08", "context",
              "second peace summit"),
            S("Dmitry Peskov", "Moscow values New Delhi's sincere interest but sees no basis for talks while Ukrainian "
              "troops are in Kursk region", "2024-09-12", "published", "sincere interest"),
        ],
        ["Vladimir Putin", "Russia", "Volodymyr Zelensky", "Ukraine", "Kremlin", "China", "Giorgia Meloni",
         "Joe Biden", "United States", "Dmitry Peskov"],
    ),
    doc(
        "b71en04_li_hui_jakarta_2024_09", "2024-09-04", EN04,
        [
            T("Tuesday", "DATE", "2024-09-03", 0),
            T("May", "DATE", "2024-05"),
            T("last week", "DATE", "2024-W35", 0),
            T("this month", "DATE", "2024-09"),
            T("June", "DATE", "2024-06", 0),
            T("Oct. 20", "DATE", "2024-10-20"),
            T("June last year", "DATE", "2023-06"),
            T("July", "DATE", "2024-07"),
            T("Tuesday", "DATE", "2024-09-03", 1),
            T("last week", "DATE", "2024-W35", 1),
        ],
        [
            E("Li Hui meets senior Indonesian Foreign Ministry officials in Jakarta", "CONSULT", ["China"], "2024-09-03",
              "text", "occurred", "met senior officials at Indonesia's Foreign Ministry"),
            E("Li Hui seeks support for the six-point proposal", "REQUEST", ["China"], "2024-09-03", "context",
              "occurred", "met senior officials at Indonesia's Foreign Ministry"),
            E("Li Hui's visits to Brazil and South Africa", "CONSULT", ["China"], "2024-W35", "text", "occurred",
              "the last stop on a tour"),
            E("Wang Yi and Celso Amorim hold talks", "CONSULT", ["China"], "2024-05", "context", "occurred",
              "The proposal, issued after talks"),
            E("China and Brazil propose de-escalation and a peace conference recognised by Russia and Ukraine",
              "REQUEST", ["China", "Russia", "Ukraine"], "2024-05", "context", "occurred",
              "The proposal, issued after talks"),
            E("China and Brazil to launch a 'Friends of Peace' group at the UN General Assembly", "COOPERATE",
              ["China"], "2024-09", "text", "planned", "Friends of Peace"),
            E("Ukraine peace summit in Switzerland", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Indonesia attended the Ukraine peace summit"),
            E("Prabowo proposes a demilitarised zone at the Shangri-La Dialogue", "REQUEST", ["Russia", "Ukraine"],
              "2023-06", "text", "occurred", "Indonesia attended the Ukraine peace summit"),
            E("Kuleba visits China", "CONSULT", ["Ukraine", "China"], "2024-07", "text", "occurred",
              "who visited China in July"),
            E("Kuleba: Ukraine ready for negotiations with Russia at a certain stage", "AGREE", ["Ukraine", "Russia"],
              "2024-07", "context", "occurred", "who visited China in July"),
            E("Zakharova: Moscow appreciates the Chinese-Brazilian proposals", "SUPPORT", ["Maria Zakharova", "China"],
              "2024-W35", "text", "occurred", "Zakharova said last week"),
        ],
        [
            S("China", "Embassy: Jakarta is the last stop of a tour that took Li to Brazil and South Africa",
              "2024-09-04", "published", "the last stop on a tour"),
            S("China", "The proposal calls for de-escalation, a peace conference, humanitarian aid and no attacks on "
              "nuclear plants", "2024-05", "context", "The proposal, issued after talks"),
            S("China", "Li: China neither adds fuel to the fire nor seeks selfish gain; wants a broad consensus in the "
              "Global South", "2024-09-03", "context", "neither adds fuel to the fire"),
            S("Ukraine", "Kyiv keeps its distance from the Chinese-Brazilian initiative", "2024-09-04", "published",
              "Kyiv has so far kept its distance"),
            S("Ukraine", "Kuleba: Ukraine ready for negotiations with Russia at a certain stage", "2024-07", "context",
              "who visited China in July"),
            S("Maria Zakharova", "Moscow appreciates the Chinese-Brazilian proposals because they take Russia's "
              "position into account", "2024-W35", "text", "Zakharova said last week"),
        ],
        ["China", "Russia", "Ukraine", "United Nations", "Andrii Sybiha", "Maria Zakharova"],
    ),
    doc(
        "b71en05_li_hui_lavrov_moscow_fiction_2026_04", "2026-04-28", EN05,
        [
            T("Monday", "DATE", "2026-04-27"),
            T("earlier this month", "DATE", "2026-04"),
            T("Tuesday", "DATE", "2026-04-28"),
            T("this week", "DATE", "2026-W18"),
            T("Thursday", "DATE", "2026-04-30"),
            T("Friday", "DATE", "2026-04-24"),
            T("April 18", "DATE", "2026-04-18"),
            T("19", "DATE", "2026-04-19"),
            T("June", "DATE", "2026-06"),
            T("last week", "DATE", "2026-W17"),
            T("May 2023", "DATE", "2023-05"),
            T("March 2024", "DATE", "2024-03"),
        ],
        [
            E("Li Hui holds talks with Lavrov in Moscow", "CONSULT", ["China", "Sergey Lavrov"], "2026-04-27", "text",
              "occurred", "held talks with Russian Foreign Minister Sergey Lavrov"),
            E("Li: China ready to work with all parties towards a ceasefire and negotiations", "AGREE", ["China"],
              "2026-04-27", "context", "occurred", "stand on the side of peace"),
            E("Lavrov appreciates Beijing's objective and impartial position", "SUPPORT", ["Sergey Lavrov", "China"],
              "2026-04-27", "context", "occurred", "objective and impartial position"),
            E("Lavrov: any ceasefire must be part of a settlement eliminating the root causes", "REQUEST",
              ["Sergey Lavrov"], "2026-04-27", "context", "occurred", "objective and impartial position"),
            E("Li Hui to meet Sybiha in Kyiv", "CONSULT", ["China", "Andrii Sybiha"], "2026-04-30", "text", "planned",
              "Li will travel on to Kyiv"),
            E("Wang Yi–Sybiha phone call", "CONSULT", ["China", "Andrii Sybiha"], "2026-04-24", "text", "occurred",
              "spoke with Sybiha by phone"),
            E("Wang Yi: China supports all efforts conducive to peace, including the Riyadh group", "SUPPORT",
              ["China", "Saudi Arabia", "Turkey"], "2026-04-24", "context", "occurred", "spoke with Sybiha by phone"),
            E("Sybiha urges Beijing to use its influence to bring deported children home", "REQUEST",
              ["Andrii Sybiha", "China", "Russia"], "2026-04-24", "context", "occurred", "Sybiha, for his part"),
            E("Riyadh meeting hosted by the Saudi foreign minister", "CONSULT", ["Saudi Arabia", "China", "Turkey"],
              "2026-04-18", "text", "occurred", "At the Riyadh meeting", note="18–19 April 2026"),
            E("Envoys form a contact group for peace", "COOPERATE", ["Saudi Arabia", "China", "Turkey"], "2026-04-18",
              "text", "occurred", "At the Riyadh meeting", note="18–19 April 2026"),
            E("Contact group calls for a ceasefire along the line of contact", "REQUEST",
              ["Saudi Arabia", "China", "Turkey", "Russia", "Ukraine"], "2026-04-19", "context", "occurred",
              "In a joint statement"),
            E("Contact group offers a humanitarian channel for prisoner exchanges and children", "REQUEST",
              ["Saudi Arabia", "China", "Turkey", "Russia", "Ukraine"], "2026-04-19", "context", "occurred",
              "In a joint statement"),
            E("Next meeting of the group in Istanbul", "CONSULT", ["Saudi Arabia", "China", "Turkey"], "2026-06", "text",
              "planned", "The group's next meeting"),
            E("Rubio: Washington would welcome a constructive Chinese role", "SUPPORT", ["Marco Rubio", "China"],
              "2026-W17", "text", "occurred", "any constructive role"),
            E("Li Hui's visits to Kyiv, Moscow, Berlin, Paris and Brussels in May 2023", "CONSULT",
              ["China", "Ukraine", "Russia", "Germany", "France", "European Union"], "2023-05", "text", "occurred",
              "Li has made several trips"),
            E("Li Hui's visits to Kyiv, Moscow, Berlin, Paris and Brussels in March 2024", "CONSULT",
              ["China", "Ukraine", "Russia", "Germany", "France", "European Union"], "2024-03", "text", "occurred",
              "Li has made several trips"),
        ],
        [
            S("China", "In-depth exchange of views with Lavrov on the Riyadh meeting and a political settlement",
              "2026-04-28", "text", "The two sides had an in-depth exchange"),
            S("China", "Li: China stands on the side of peace and is ready to work with all parties", "2026-04-27",
              "context", "stand on the side of peace"),
            S("Sergey Lavrov", "Appreciates Beijing's impartial position; any ceasefire must address the root causes",
              "2026-04-27", "context", "objective and impartial position"),
            S("Ukraine", "Foreign ministry confirms Li's visit and his meeting with Sybiha on Thursday", "2026-04-28",
              "published", "Li will travel on to Kyiv"),
            S("China", "Wang Yi: China supports all efforts conducive to peace, including the Riyadh group",
              "2026-04-24", "context", "spoke with Sybiha by phone"),
            S("Andrii Sybiha", "Urges Beijing to use its influence with Moscow to bring deported children home",
              "2026-04-24", "context", "Sybiha, for his part"),
            S("Joint statement: Saudi Arabia, China, Turkey", "Ceasefire along the line of contact; offer of a "
              "humanitarian channel", "2026-04-19", "context", "In a joint statement"),
            S("Marco Rubio", "Washington would welcome any constructive role China could play", "2026-W17", "text",
              "any constructive role"),
            S("China", "Dialogue and negotiation are the only way out; legitimate security concerns must be taken "
              "seriously", "2026-04-28", "published", "China has consistently stressed"),
        ],
        ["China", "Sergey Lavrov", "Russia", "Ukraine", "Andrii Sybiha", "Saudi Arabia", "Turkey", "Marco Rubio",
         "United States", "Germany", "France", "European Union"],
    ),
    doc(
        "b71en06_lady_r_brigety_summoned_2023_05", "2023-05-12", EN06,
        [
            T("Friday morning", "TIME", "2023-05-12TMO"),
            T("last year", "DATE", "2022"),
            T("Friday afternoon", "TIME", "2023-05-12TAF"),
            T("Thursday", "DATE", "2023-05-11", 0),
            T("December", "DATE", "2022-12"),
            T("Thursday evening", "TIME", "2023-05-11TEV"),
            T("Friday", "DATE", "2023-05-12", 2),
            T("Last month", "DATE", "2023-04"),
            T("this year", "DATE", "2023"),
            T("Friday", "DATE", "2023-05-12", 3),
        ],
        [
            E("Dirco summons the US ambassador over his Lady R claim", "ACCUSE", ["United States"], "2023-05-12TMO",
              "text", "occurred", "was summoned to the department"),
            E("Brigety claims arms were loaded onto the Lady R", "ACCUSE", ["United States"], "2023-05-11", "text",
              "occurred", "bet my life"),
            E("The presidency criticises the ambassador for going public", "ACCUSE", ["United States"],
              "2023-05-11TEV", "text", "occurred", "The presidency said on Thursday evening"),
            E("State Department: the Lady R's visit remains a serious concern", "ACCUSE", ["United States"],
              "2023-05-12", "published", "occurred", "Matthew Miller"),
            E("Ramaphosa–Putin phone call", "CONSULT", ["Vladimir Putin"], "2023-05-12", "text", "occurred",
              "spoke by telephone with Russian President Vladimir Putin"),
            E("Ramaphosa and Putin agree to intensify cooperation", "AGREE", ["Vladimir Putin"], "2023-05-12",
              "context", "occurred", "spoke by telephone with Russian President Vladimir Putin"),
            E("Russian embassy dismisses the US claims", "REJECT", ["Russia", "United States"], "2023-05-12",
              "published", "occurred", "The Russian embassy in Pretoria dismissed"),
            E("Russian embassy accuses Washington of trying to drive a wedge", "ACCUSE", ["Russia", "United States"],
              "2023-05-12", "published", "occurred", "The Russian embassy in Pretoria dismissed"),
            E("US lawmakers urge the Biden administration to reconsider the AGOA forum venue", "REQUEST",
              ["United States", "Joe Biden"], "2023-04", "text", "occurred", "a group of US lawmakers urged"),
        ],
        [
            S("United States", "Brigety admitted crossing the line and apologised unreservedly", "2023-05-12",
              "context", "crossed the line"),
            S("United States", "Brigety: grateful for the chance to correct any misimpressions", "2023-05-12TAF",
              "text", "correct any misimpressions"),
            S("United States", "Brigety would bet his life that arms were loaded onto the Lady R", "2023-05-11",
              "text", "bet my life"),
            S("United States", "Miller: the US values the partnership but the Lady R's visit remains a serious "
              "concern", "2023-05-12", "published", "Matthew Miller"),
            S("Kremlin", "Putin and Ramaphosa agreed to further intensify cooperation", "2023-05-12", "context",
              "spoke by telephone with Russian President Vladimir Putin"),
            S("Russia", "Embassy: the US claims try to drive a wedge between South Africa and Russia", "2023-05-12",
              "published", "The Russian embassy in Pretoria dismissed"),
            S("United States", "Lawmakers urge reconsidering Johannesburg as AGOA forum venue", "2023-04", "text",
              "a group of US lawmakers urged"),
        ],
        ["United States", "Russia", "Vladimir Putin", "Kremlin", "United Nations", "Ukraine", "Joe Biden"],
    ),
]
